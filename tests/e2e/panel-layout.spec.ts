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

test('tabs Fund · Noter · Kvalitetstjek: ARIA tabs, arrow keys move between them', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  const panel = panelOf(page);
  const tabs = panel.locator('[role="tablist"] [role="tab"]');
  await expect(tabs).toHaveText([/^Fund/, 'Noter', 'Kvalitetstjek']);
  const fund = panel.locator('[role="tab"][data-tab="findings"]');
  await expect(fund).toHaveAttribute('aria-selected', 'true');
  await expect(panel.locator('[data-note-editor]')).toBeHidden();
  await fund.focus();
  await page.keyboard.press('ArrowRight');
  const notes = panel.locator('[role="tab"][data-tab="notes"]');
  await expect(notes).toHaveAttribute('aria-selected', 'true');
  await expect(notes).toBeFocused();
  await expect(panel.locator('#jr-tabpanel-notes')).toHaveAttribute('role', 'tabpanel');
  await expect(panel.locator('[data-note-editor]')).toBeVisible();
  await page.keyboard.press('End');
  await expect(panel.locator('[role="tab"][data-tab="review"]')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.locator('[data-action="toggle-review"]')).toBeVisible();
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
