/** The panel's layout for a working day: the focused field first, the other fields as links, tabs, the collapsed state per site. */
import { test, expect, panelOf } from './fixtures';

test('the focused field first; another field is a link with its count that focuses that field', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await page.locator('#mp-aftaler').click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'agreement');
  // Only the focused field's findings are listed.
  await expect(panel.locator('[data-rule-id]').first()).toBeVisible();
  const other = panel.locator('[data-focus-field]').filter({ hasText: 'Jobmål' }).first();
  await expect(other).toHaveAttribute('data-finding-count', /^\d+$/);
  await other.click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'job-goal');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('mp-maal');
});

test('Fund · Noter · Kvalitetstjek: buttons that move view and focus to each section; nothing is hidden behind them', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  const buttons = panel.locator('nav.jr-tabs button[data-tab]');
  await expect(buttons).toHaveText([/^Fund/, 'Noter', 'Kvalitetstjek']);
  // Every section is rendered: notes and reviewer mode are there without choosing anything.
  await expect(panel.locator('[data-note-editor]')).toBeAttached();
  await expect(panel.locator('[data-action="toggle-review"]')).toBeAttached();
  const notes = panel.locator('button[data-tab="notes"]');
  await notes.focus();
  await page.keyboard.press('Enter');
  await expect(notes).toHaveAttribute('aria-current', 'true');
  await expect(panel.locator('#jr-section-notes')).toBeFocused();
  await expect(panel.locator('[data-note-editor]')).toBeInViewport();
  await panel.locator('button[data-tab="review"]').click();
  await expect(panel.locator('#jr-section-review')).toBeFocused();
  await expect(panel.locator('[data-action="toggle-review"]')).toBeInViewport();
});

test('the collapsed state is remembered per site (in the extension, not the page)', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  await panel.locator('.jr-toggle').click();
  await expect(panel).toHaveAttribute('data-collapsed', '');
  await page.reload();
  await expect(panel).toHaveAttribute('data-collapsed', '');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await panel.locator('.jr-toggle').click();
  await expect(panel).not.toHaveAttribute('data-collapsed');
  await page.reload();
  await expect(panel.locator('[data-job-focus-score]')).toBeVisible();
  await expect(panel).not.toHaveAttribute('data-collapsed');
});
