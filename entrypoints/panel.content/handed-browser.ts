/**
 * `wxt/browser` inside the panel bundle (wxt.config.ts aliases it there): the loader's polyfilled `browser`, which
 * the loader leaves on its isolated world's global before it imports the bundle, so the polyfill is bundled once.
 */
import type { browser as loaderBrowser } from 'wxt/browser';

type AnyBrowser = typeof loaderBrowser;
const g = globalThis as unknown as { __jobrettetBrowser?: AnyBrowser; browser?: AnyBrowser; chrome?: AnyBrowser };
export const browser: AnyBrowser = (g.__jobrettetBrowser ?? g.browser ?? g.chrome)!;
