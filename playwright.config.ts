import { defineConfig } from '@playwright/test';
import { PLAIN_HTTP_HOST } from './scripts/lib/browser.mjs';

// Debian's /usr/bin/chromium; `npx playwright install` cannot download browsers here.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig<object, { siteHost: string }>({
  testDir: './tests/e2e',
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // 2-core machine; each test launches its own persistent Chromium
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  outputDir: 'test-results',
  use: { launchOptions: { executablePath: CHROMIUM }, trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    { name: 'chromium', testIgnore: /firefox\.spec\.ts/ },
    // The same panel and storage specs on a plain-http intranet host name (not a secure context: no
    // crypto.randomUUID, no other secure-context-only API), as many municipal fagsystems are served.
    // The whole editor matrix runs there too (every row passes; about 10 s a row).
    {
      name: 'chromium-plain-http',
      testMatch: /(panel|storage-[\w-]+|editors-matrix)\.spec\.ts$/,
      use: { siteHost: PLAIN_HTTP_HOST },
    },
    // runner only: firefox.spec.ts drives Debian firefox-esr itself through puppeteer-core (WebDriver BiDi)
    { name: 'firefox-esr', testMatch: /firefox\.spec\.ts/ },
  ],
});
