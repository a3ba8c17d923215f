// Firefox smoke test: the Firefox build (`wxt build -b firefox` → firefox-mv2) loads in Debian's firefox-esr and
// shows the panel on a demo page, live. Playwright's own Firefox is a patched build that cannot be downloaded here,
// so puppeteer-core drives firefox-esr over WebDriver BiDi; @playwright/test is only the runner for this file.
import { test, expect } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { DEMO, EXT, firefox, skipWithoutFirefox } from './firefox-env';

skipWithoutFirefox();

test('firefox-esr: the Firefox build shows the panel on minplan.html and analyses live', async () => {
  test.setTimeout(90_000);
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startDemoServer(DEMO);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true });
  try {
    await browser.installExtension(EXT); // BiDi webExtension.install: a temporary add-on
    const page = await browser.newPage();
    await page.goto(`${server.origin}/minplan.html`);
    await page.waitForFunction(() => document.querySelector('jobrettet-panel')?.getAttribute('data-form-kind') === 'minplan', { timeout: 30_000 });
    const shadowMode = await page.evaluate(() => document.querySelector('jobrettet-panel')?.shadowRoot?.mode ?? null);
    expect(shadowMode).toBe('open');
    await page.waitForFunction(() => !!document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-job-focus-score]'), { timeout: 30_000 });

    await page.click('#mp-aftaler');
    await page.keyboard.press('End');
    await page.type('#mp-aftaler', ' Du skal søge job.');
    const length = await page.$eval('#mp-aftaler', (el) => (el as HTMLTextAreaElement).value.length);
    await page.waitForFunction(
      (n: number) => document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-job-focus-score]')?.getAttribute('data-text-length') === String(n),
      { timeout: 30_000 },
      length,
    );
    const ruleIds = await page.evaluate(() =>
      [...(document.querySelector('jobrettet-panel')?.shadowRoot?.querySelectorAll('[data-rule-id]') ?? [])].map((e) => e.getAttribute('data-rule-id')),
    );
    expect(ruleIds.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll('jobrettet-panel').length)).toBe(1);
  } finally {
    await browser.close();
    await server.close();
  }
});
