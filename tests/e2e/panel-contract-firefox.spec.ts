// The panel's dismiss and placeholder contract in firefox-esr (puppeteer-core over WebDriver BiDi, as firefox.spec.ts).
import { test, expect } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { DEMO, EXT, firefox, skipWithoutFirefox } from './firefox-env';

skipWithoutFirefox();

test('firefox-esr: dismiss a finding (kept after reload), and the first placeholder is selected after an insert, Tab to the next', async () => {
  test.setTimeout(120_000);
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startDemoServer(DEMO);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true });
  try {
    await browser.installExtension(EXT);
    const page = await browser.newPage();
    const text = 'Du skal søge job.';
    const fillAndWait = async () => {
      await page.waitForFunction(() => !!document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-job-focus-score]'), { timeout: 30_000 });
      await page.$eval('#mp-aftaler', (el, v) => {
        const ta = el as HTMLTextAreaElement;
        ta.focus();
        ta.select();
        document.execCommand('insertText', false, v as string);
      }, text);
      await page.waitForFunction(
        (n: number) => document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-job-focus-score]')?.getAttribute('data-text-length') === String(n),
        { timeout: 30_000 },
        text.length,
      );
    };
    const count = () => page.evaluate(() => document.querySelector('jobrettet-panel')?.shadowRoot?.querySelectorAll('[data-rule-id="smart-agreement"]').length ?? -1);

    await page.goto(`${server.origin}/minplan.html`);
    await fillAndWait();
    await page.waitForFunction(() => (document.querySelector('jobrettet-panel')?.shadowRoot?.querySelectorAll('[data-rule-id="smart-agreement"]').length ?? 0) > 0, { timeout: 30_000 });
    const before = await count();

    // Placeholders: insert the suggestion, the first placeholder is selected, Tab moves to the next.
    await page.evaluate(() => document.querySelector('jobrettet-panel')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-rule-id="smart-agreement"] [data-action="apply-suggestion"]')!.click());
    const selected = () => page.$eval('#mp-aftaler', (el) => (el as HTMLTextAreaElement).value.slice((el as HTMLTextAreaElement).selectionStart, (el as HTMLTextAreaElement).selectionEnd));
    await page.waitForFunction(() => /^\[[^\]]+\]$/.test((() => { const ta = document.querySelector<HTMLTextAreaElement>('#mp-aftaler')!; return ta.value.slice(ta.selectionStart, ta.selectionEnd); })()), { timeout: 10_000 });
    const value = await page.$eval('#mp-aftaler', (el) => (el as HTMLTextAreaElement).value);
    const placeholders = value.match(/\[[^\]]+\]/g)!;
    expect(await selected()).toBe(placeholders[0]);
    await page.keyboard.press('Tab');
    await page.waitForFunction((p: string) => { const ta = document.querySelector<HTMLTextAreaElement>('#mp-aftaler')!; return ta.value.slice(ta.selectionStart, ta.selectionEnd) === p; }, { timeout: 10_000 }, placeholders[1]);

    // Dismiss: back to the flagged text, dismiss it, reload, the same text stays dismissed.
    await fillAndWait();
    await page.waitForFunction((n: number) => (document.querySelector('jobrettet-panel')?.shadowRoot?.querySelectorAll('[data-rule-id="smart-agreement"]').length ?? 0) === n, { timeout: 30_000 }, before);
    await page.evaluate(() => document.querySelector('jobrettet-panel')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-rule-id="smart-agreement"] [data-action="dismiss-finding"]')!.click());
    await page.waitForFunction((n: number) => (document.querySelector('jobrettet-panel')?.shadowRoot?.querySelectorAll('[data-rule-id="smart-agreement"]').length ?? 0) === n - 1, { timeout: 5_000 }, before);
    await page.reload();
    await fillAndWait();
    // The dismissals list shows it, and the finding is not back.
    await page.waitForFunction(() => !!document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-dismissal-kind="finding"]'), { timeout: 30_000 });
    expect(await count()).toBe(before - 1);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  } finally {
    await browser.close();
    await server.close();
  }
});
