export const BUSY_HTML: string;
export function bigStaticHtml(): string;
