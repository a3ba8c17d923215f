/** The panel on a form built from web components (Shoelace + Lit): fields two shadow roots deep. */
import type { Page } from '@playwright/test';
import { test, expect, expectAnalysedLength, panelCount, panelOf } from './fixtures';

const values = (page: Page) => page.evaluate(() => window.__components.values());

async function open(page: Page, site: string) {
  await page.goto(`${site}/components.html`);
  await page.waitForFunction(() => document.documentElement.dataset.componentsReady === 'true');
}

test('components.html: fields in nested shadow roots are found with their roles', async ({ context, site }) => {
  const page = await context.newPage();
  await open(page, site);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
  const roleOf = async (selector: string) => {
    await page.locator(selector).click();
    return panel.locator('[data-field-role]').getAttribute('data-field-role');
  };
  // label-for inside the shadow root (label given as attribute), a slotted label, aria-labelledby, one outside the form.
  await expect.poll(() => roleOf('sl-textarea[name="beskaeftigelsesmaal"] textarea')).toBe('job-goal');
  await expect.poll(() => roleOf('sl-textarea[name="ressourcer"] textarea')).toBe('resources');
  await expect.poll(() => roleOf('sl-textarea[name="skaanehensyn"] textarea')).toBe('accommodations');
  await expect.poll(() => roleOf('fag-rehab-form [contenteditable]')).toBe('previous-efforts');
  await expect.poll(() => roleOf('#wc-onsker input')).toBe('wishes');
});

test('components.html: typing, finding, highlight, insert reaching the component, undo, re-render', async ({ context, site }) => {
  const page = await context.newPage();
  await open(page, site);
  const panel = panelOf(page);
  const field = page.locator('sl-textarea[name="skaanehensyn"] textarea');
  await field.click();
  await field.press('Control+End');
  await field.pressSequentially(' Der skal tages hensyn til ryggen.');
  const typed = await field.inputValue();
  await expectAnalysedLength(page, typed.length);
  expect((await values(page)).skaane).toBe(typed); // the component saw the typing

  const finding = panel.locator('[data-rule-id="vague-accommodation"]').filter({ hasText: 'hensyn til ryggen' }).first();
  await expect(finding).toBeVisible();
  // The underline overlay draws bars for the field inside the shadow root.
  await expect.poll(() => page.evaluate(() => document.querySelector('jobrettet-highlights')?.shadowRoot?.querySelectorAll('*').length ?? 0)).toBeGreaterThan(0);
  await finding.locator('.jr-finding-main').click();
  expect(await field.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toContain('hensyn til ryggen');

  await finding.locator('[data-action="apply-suggestion"]').first().click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
  const after = await field.inputValue();
  expect(after).not.toContain('hensyn til ryggen');
  expect(after.startsWith('Ingen tunge løft. Skal ikke være omgivet af mange mennesker. ')).toBe(true); // nothing else changed
  expect((await values(page)).skaane).toBe(after); // model equals view
  await expectAnalysedLength(page, after.length);

  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(typed);
  await expect.poll(async () => (await values(page)).skaane).toBe(typed);

  // The component re-renders: new sl-textarea elements (in a shadow root the document observer cannot see).
  const oldId = await field.evaluate((el) => ((el as unknown as { __mark?: number }).__mark = 1));
  expect(oldId).toBe(1);
  await page.evaluate(() => window.__components.rerender());
  const fresh = page.locator('sl-textarea[name="skaanehensyn"] textarea');
  expect(await fresh.evaluate((el) => (el as unknown as { __mark?: number }).__mark ?? 0)).toBe(0);
  await fresh.click();
  await fresh.press('Control+End');
  await fresh.pressSequentially(' Hun skal undgå stress.');
  await expectAnalysedLength(page, (await fresh.inputValue()).length);
  expect(await panelCount(page)).toBe(1);
});

test('components.html: insert into a contenteditable inside a shadow root', async ({ context, site }) => {
  const page = await context.newPage();
  await open(page, site);
  const panel = panelOf(page);
  const ce = page.locator('fag-rehab-form [contenteditable]');
  await ce.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Borger starter i virksomhedspraktik med henblik på afklaring af arbejdsevnen.');
  const typed = (await ce.innerText()).trim();
  await expectAnalysedLength(page, typed.length);
  const finding = panel.locator('[data-rule-id="documentation-only-praktik"]').first();
  await expect(finding).toBeVisible();
  await finding.locator('[data-action="apply-suggestion"]').first().click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
  const after = (await ce.innerText()).trim();
  expect(after).not.toBe(typed);
  await expect.poll(async () => (await values(page)).indsatser.trim()).toBe(after);
  await ce.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await ce.innerText()).trim()).toBe(typed);
});
