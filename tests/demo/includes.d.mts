export const DEMO_DIR: string;
export function expandIncludes(html: string): string;
export function readDemoPage(page: string): string;
export const DEMO_PAGES: string[];
