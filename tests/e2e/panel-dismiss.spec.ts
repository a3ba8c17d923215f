/** The panel's contract for a working day: dismissing a finding (remembered, without the text in clear) and placeholders after an insert. */
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectAnalysedLength, panelOf } from './fixtures';

async function extensionStorage(context: BrowserContext): Promise<Record<string, unknown>> {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  return sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(null));
}

async function pageOriginData(page: Page): Promise<{ local: number; session: number; dbs: string[] }> {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    dbs: ((await indexedDB.databases?.()) ?? []).map((d) => d.name ?? ''),
  }));
}

const TEXT = 'Du skal søge job.\nDu skal passe på ryggen.';

test('dismiss: removes only that finding, stays dismissed after reload, comes back when the text changes; nothing in the page origin, no clear text', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  const field = page.locator('#mp-aftaler');
  await field.fill(TEXT);
  await expectAnalysedLength(page, TEXT.length);
  const findings = panel.locator('[data-rule-id]');
  await expect.poll(() => findings.count()).toBeGreaterThan(1);
  const before = await findings.allTextContents();
  const target = panel.locator('[data-rule-id="smart-agreement"]').filter({ hasText: 'Du skal søge job.' });
  await expect(target).toHaveCount(1);
  const others = before.filter((x) => !x.includes('Du skal søge job.'));

  await target.locator('[data-action="dismiss-finding"]').click();
  await expect(target).toHaveCount(0, { timeout: 1000 });
  // Only that one went: every other finding is still listed.
  expect(await findings.allTextContents()).toEqual(others);

  // The list of dismissals offers it back.
  await expect(panel.locator('[data-dismissal-kind="finding"]')).toHaveCount(1);

  const stored = JSON.stringify(await extensionStorage(context));
  expect(stored).toContain('smart-agreement');
  expect(stored).not.toContain('søge job');
  expect(stored).not.toContain('s\\u00f8ge job');
  expect(await pageOriginData(page)).toEqual({ local: 0, session: 0, dbs: [] });

  // Reload with the same text: still dismissed.
  await page.reload();
  await field.fill(TEXT);
  await expectAnalysedLength(page, TEXT.length);
  await expect.poll(() => findings.allTextContents()).toEqual(others);
  await expect(target).toHaveCount(0);

  // The flagged text changes: the rule may flag it again.
  const changed = 'Du skal søge job hver dag.\nDu skal passe på ryggen.';
  await field.fill(changed);
  await expectAnalysedLength(page, changed.length);
  await expect(panel.locator('[data-rule-id="smart-agreement"]').filter({ hasText: 'Du skal søge job hver dag' })).toHaveCount(1);

  // Restoring the dismissal brings the original back.
  await field.fill(TEXT);
  await expectAnalysedLength(page, TEXT.length);
  await panel.locator('.jr-dismissed summary').click();
  await panel.locator('[data-dismissal-kind="finding"] [data-action="restore-dismissal"]').click();
  await expect(target).toHaveCount(1);
});

test('mute a rule on this site: its findings go in every field until restored', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await page.locator('#mp-aftaler').fill(TEXT);
  await expect(panel.locator('[data-rule-id="smart-agreement"]').first()).toBeVisible();
  await panel.locator('[data-rule-id="smart-agreement"] [data-action="mute-rule"]').first().click();
  await expect(panel.locator('[data-rule-id="smart-agreement"]')).toHaveCount(0);
  await page.reload();
  await page.locator('#mp-aftaler').fill(TEXT);
  await expectAnalysedLength(page, TEXT.length);
  await expect(panel.locator('[data-rule-id="smart-agreement"]')).toHaveCount(0);
  await panel.locator('.jr-dismissed summary').click();
  await panel.locator('[data-dismissal-kind="rule"] [data-action="restore-dismissal"]').click();
  await expect(panel.locator('[data-rule-id="smart-agreement"]').first()).toBeVisible();
});

test('placeholders in a textarea: the first is selected after the insert, Tab / Shift+Tab move between them, the status goes on the next edit', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  const field = page.locator('#mp-aftaler');
  await field.fill('Du skal søge job.');
  const finding = panel.locator('[data-rule-id="smart-agreement"]').filter({ hasText: 'Du skal søge job.' });
  const apply = finding.locator('[data-action="apply-suggestion"]').first();
  await expect(apply).toBeVisible();
  await apply.click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
  const selected = () => field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  const value = await field.inputValue();
  const placeholders = value.match(/\[[^\]]+\]/g)!;
  expect(placeholders.length).toBeGreaterThan(1);
  await expect.poll(selected).toBe(placeholders[0]);
  await expect(field).toBeFocused();

  await page.keyboard.press('Tab');
  await expect.poll(selected).toBe(placeholders[1]);
  await page.keyboard.press('Shift+Tab');
  await expect.poll(selected).toBe(placeholders[0]);

  // Filling one in keeps Tab on the insert's remaining placeholders; the status line goes with the edit.
  await page.keyboard.type('5');
  await expect(panel.locator('.jr-status')).toHaveText('');
  await page.keyboard.press('Tab');
  await expect.poll(selected).toBe(placeholders[1]);

  // A placeholder left in the field is itself a finding (once the analysis rule is there).
  await expectAnalysedLength(page, (await field.inputValue()).length);
});

test('status line goes on undo', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  const field = page.locator('#mp-aftaler');
  await field.fill('Du skal søge job.');
  await panel.locator('[data-rule-id="smart-agreement"] [data-action="apply-suggestion"]').first().click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('Du skal søge job.');
  await expect(panel.locator('.jr-status')).toHaveText('');
});

test('placeholders in contenteditable (CKEditor 5): the DOM selection is the first placeholder, Tab moves to the next', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/editors.html`);
  await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
  const panel = panelOf(page);
  const editable = page.locator('#aftaler-editor + .ck-editor .ck-editor__editable, .ck-editor__editable').first();
  await editable.click();
  const finding = panel.locator('[data-rule-id="smart-agreement"]').filter({ hasText: 'Du skal søge job.' });
  const apply = finding.locator('[data-action="apply-suggestion"]').first();
  await expect(apply).toBeVisible();
  const replacement = (await finding.locator('.jr-sugg-text').first().textContent())!;
  const placeholders = replacement.match(/\[[^\]]+\]/g)!;
  expect(placeholders.length).toBeGreaterThan(1);
  await apply.click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
  const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? '');
  await expect.poll(selected).toBe(placeholders[0]);
  await page.keyboard.press('Tab');
  await expect.poll(selected).toBe(placeholders[1]);
});
