/** The panel at every width: docked when the window is wide, a rail that opens as an overlay at 150 % zoom; no page jump. */
import type { Page } from '@playwright/test';
import { test, expect, panelOf } from './fixtures';

const marginRight = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).marginRight);

test('150 % zoom on 1280×720 (853×480 css px): a 48 px rail that opens as an overlay without squeezing the form', async ({ context, site }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 853, height: 480 });
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  await expect(panel).toHaveAttribute('data-collapsed', '');
  await expect(panel).toHaveAttribute('data-layout', 'rail');
  expect((await panel.boundingBox())!.width).toBe(48);
  expect(await marginRight(page)).toBe('48px');
  const field = page.locator('#mp-aftaler');
  const before = (await field.boundingBox())!;
  expect(before.x + before.width).toBeLessThanOrEqual(853 - 48);

  await panel.locator('.jr-toggle').click();
  await expect(panel).toHaveAttribute('data-layout', 'overlay');
  await expect(panel).not.toHaveAttribute('data-collapsed');
  const box = (await panel.boundingBox())!;
  expect(box.width).toBeGreaterThan(48);
  expect(box.width).toBeLessThanOrEqual(360);
  // The page is not squeezed: the form keeps its width and the margin stays the rail's.
  expect(await marginRight(page)).toBe('48px');
  expect((await field.boundingBox())!.width).toBe(before.width);
  await expect(panel.locator('[data-job-focus-score]')).toBeVisible();
});

test('wide window: docked at 360 px; the collapsed choice is remembered for the site across reloads', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-layout', 'docked');
  expect(await marginRight(page)).toBe('360px');
  await panel.locator('.jr-toggle').click();
  await expect(panel).toHaveAttribute('data-collapsed', '');
  await expect.poll(() => marginRight(page)).toBe('48px');
  // Stored in the extension's storage, keyed by host: the next page on the site starts collapsed.
  await expect
    .poll(async () => {
      const [sw] = context.serviceWorkers();
      return sw.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('panelCollapsed')).panelCollapsed);
    })
    .toEqual({ '127.0.0.1': true });
  await page.goto(`${site}/rehab.html`);
  await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
  await expect(panel).toHaveAttribute('data-collapsed', '');
  expect(await page.evaluate(() => localStorage.length)).toBe(0); // nothing in the page's origin
  await panel.locator('.jr-toggle').click();
  await expect(panel).toHaveAttribute('data-layout', 'docked');
  await page.reload();
  await expect(panel).toHaveAttribute('data-layout', 'docked');
});

test('the page margin is reserved before the panel is added (one reflow, no jump when the panel appears)', async ({ context, site }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __layoutLog: string[] }).__layoutLog = log;
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target === document.documentElement) log.push(`margin:${document.documentElement.style.marginRight}`);
        for (const n of r.addedNodes) if ((n as Element).tagName === 'JOBRETTET-PANEL') log.push('panel');
      }
    }).observe(document, { attributes: true, attributeFilter: ['style'], childList: true, subtree: true });
  });
  await page.goto(`${site}/rehab.html`);
  await expect(panelOf(page)).toHaveAttribute('data-form-kind', 'rehab');
  const log = await page.evaluate(() => (window as unknown as { __layoutLog: string[] }).__layoutLog.filter((e, i, a) => e !== a[i - 1]));
  expect(log.indexOf('margin:360px')).toBeGreaterThanOrEqual(0);
  expect(log.indexOf('margin:360px')).toBeLessThan(log.indexOf('panel'));
  // The margin never changes to anything else on the way.
  expect(log.filter((e) => e.startsWith('margin:'))).toEqual(['margin:360px']);
});
