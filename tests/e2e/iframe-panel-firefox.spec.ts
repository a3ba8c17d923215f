// firefox-esr with the Firefox build: a form in a same-origin iframe gets its one panel in the top document, and an
// insert from that panel reaches the frame's field (Ctrl+Z undoes it). puppeteer-core over WebDriver BiDi.
import { test, expect } from '@playwright/test';
import { startDemoServer } from '../demo/server.mjs';
import { DEMO, EXT, firefox, skipWithoutFirefox } from './firefox-env';

skipWithoutFirefox();

test('firefox-esr: rehab-iframe.html has one panel, in the top document, driven by the frame\u2019s field', async () => {
  test.setTimeout(120_000);
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startDemoServer(DEMO);
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true });
  const foreign: string[] = [];
  try {
    await browser.installExtension(EXT);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.origin) && !/^(?:data|blob|about|moz-extension):/.test(url)) foreign.push(`${r.method()} ${url}`);
    });
    await page.goto(`${server.origin}/rehab-iframe.html`);
    await page.waitForFunction(() => document.querySelector('jobrettet-panel')?.getAttribute('data-form-kind') === 'rehab', { timeout: 30_000 });
    const frame = page.frames().find((f) => f.url().endsWith('/rehab-frame.html'))!;
    expect(await page.evaluate(() => document.querySelectorAll('jobrettet-panel').length)).toBe(1);
    expect(await frame.evaluate(() => document.querySelectorAll('jobrettet-panel').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('jobrettet-panel')!.getAttribute('data-layout'))).toBe('docked');

    const text = 'Der skal tages hensyn til ryggen. Arbejdstid 15-20 timer om ugen.';
    await frame.click('#rp-skaane');
    await frame.$eval('#rp-skaane', (el, v) => {
      const ta = el as HTMLTextAreaElement;
      ta.select();
      document.execCommand('insertText', false, v as string);
    }, text);
    const score = () => page.evaluate(() => document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-job-focus-score]')?.getAttribute('data-text-length'));
    await page.waitForFunction((n: number) => document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-job-focus-score]')?.getAttribute('data-text-length') === String(n), { timeout: 30_000 }, text.length);
    expect(await score()).toBe(String(text.length));

    await page.waitForFunction(() => !!document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-rule-id="vague-accommodation"] [data-action="apply-suggestion"]'), { timeout: 30_000 });
    await page.evaluate(() => document.querySelector('jobrettet-panel')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-rule-id="vague-accommodation"] [data-action="apply-suggestion"]')!.click());
    const value = () => frame.$eval('#rp-skaane', (el) => (el as HTMLTextAreaElement).value);
    await frame.waitForFunction((t: string) => document.querySelector<HTMLTextAreaElement>('#rp-skaane')!.value !== t, { timeout: 10_000 }, text);
    const after = await value();
    expect(after).not.toContain('Der skal tages hensyn til ryggen');
    expect(after.endsWith('. Arbejdstid 15-20 timer om ugen.')).toBe(true);

    await frame.focus('#rp-skaane');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await frame.waitForFunction((t: string) => document.querySelector<HTMLTextAreaElement>('#rp-skaane')!.value === t, { timeout: 10_000 }, text);
    expect(foreign).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
