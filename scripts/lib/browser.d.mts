// Types for browser.mjs (imported by tests/e2e/fixtures.ts).
export declare function chromiumArgs(extDir?: string): string[];
export declare const PLAIN_HTTP_HOST: string;
