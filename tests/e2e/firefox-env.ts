// Where the firefox-esr specs find the browser, the Firefox build and the demo pages (puppeteer-core drives firefox-esr
// over WebDriver BiDi; Playwright's own Firefox cannot be downloaded here). Each spec skips cleanly without them.
import { test } from '@playwright/test';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const OUT = process.env.JOBRETTET_OUT ?? '.output';
export const EXT = path.resolve(process.env.FIREFOX_EXT_DIR ?? path.join(OUT, 'firefox-mv2'));
export const DEMO = path.resolve(OUT, 'demo');
export const firefox =
  process.env.FIREFOX_PATH ??
  (() => {
    try {
      return execSync('command -v firefox-esr || command -v firefox', { shell: '/bin/sh' }).toString().trim();
    } catch {
      return '';
    }
  })();

/** Call at a spec's top level: skips its tests when firefox-esr or the Firefox build is missing. */
export function skipWithoutFirefox(): void {
  test.skip(!firefox, 'firefox-esr is not installed (apt-get install firefox-esr)');
  test.skip(!fs.existsSync(path.join(EXT, 'manifest.json')), `Firefox build missing: npx wxt build -b firefox (${EXT})`);
}
