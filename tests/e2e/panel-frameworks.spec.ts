/** The panel on pages built with a framework, real rich-text editors and a same-origin iframe. */
import type { Page } from '@playwright/test';
import { test, expect, expectAnalysedLength, panelCount, panelOf } from './fixtures';

const demoState = (page: Page) => page.evaluate(() => (window as unknown as { __demoState: { generation: number; route: string; values: Record<string, string> } }).__demoState);

test('spa.html: insert reaches the framework state, Ctrl+Z undoes it there too', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/spa.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  const field = page.locator('#spa-aftaler');
  await field.click();
  const before = await field.inputValue();
  await expectAnalysedLength(page, before.length);

  const finding = panel.locator('[data-rule-id="smart-agreement"]').filter({ hasText: 'Du skal søge job.' }).first();
  await finding.locator('[data-action="apply-suggestion"]').first().click();
  await expect(field).not.toHaveValue(before);
  const after = await field.inputValue();
  expect(after).not.toContain('Du skal søge job.');
  expect(after.startsWith('- ')).toBe(true); // only the agreement's own range changed
  expect((await demoState(page)).values.aftaler).toBe(after);

  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue(before);
  await expect.poll(async () => (await demoState(page)).values.aftaler).toBe(before);
});

test('spa.html: the panel survives field replacement and route changes, one panel, still analysing', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/spa.html`);
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');

  // The framework replaces every field element (same values).
  await page.locator('[data-action="replace-fields"]').click();
  await expect.poll(async () => (await demoState(page)).generation).toBe(1);
  let field = page.locator('#spa-aftaler');
  await field.click();
  await field.press('End');
  await field.pressSequentially(' Du skal ringe til Netto.');
  await expectAnalysedLength(page, (await field.inputValue()).length);
  expect(await panelCount(page)).toBe(1);

  // Several quick re-renders in a row.
  for (let i = 0; i < 3; i++) await page.evaluate(() => (window as unknown as { __demoReplace(): void }).__demoReplace());
  field = page.locator('#spa-aftaler');
  await field.click();
  await field.press('End');
  await field.pressSequentially(' Ok.');
  await expectAnalysedLength(page, (await field.inputValue()).length);
  expect(await panelCount(page)).toBe(1);

  // Route change: the whole form is replaced by other fields.
  await page.getByRole('link', { name: 'Aktiviteter og referat' }).click();
  const referat = page.locator('#spa-referat');
  await referat.click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'meeting-summary');
  await referat.press('End');
  await referat.pressSequentially(' Hun skal undgå stress.');
  await expectAnalysedLength(page, (await referat.inputValue()).length);
  expect(await panelCount(page)).toBe(1);
});

test('editors.html: insert + undo in CKEditor 5, checked against the editor model', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/editors.html`);
  await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'minplan');
  const ckData = () => page.evaluate(() => (window as unknown as { __editors: { ck: { getData(): string } } }).__editors.ck.getData());
  const before = await ckData();
  expect(before).toContain('<p>Du skal søge job.</p>');

  await page.locator('.ck-editor__editable').click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'agreement');
  const finding = panel.locator('[data-rule-id="smart-agreement"]').filter({ hasText: 'Du skal søge job.' }).first();
  // The rewrite as the panel shows it: “…” after the suggestion's label.
  const rewrite = /“(.*)”/.exec((await finding.locator('.jr-sugg-text').first().textContent())!)![1];
  await finding.locator('[data-action="apply-suggestion"]').first().click();
  await expect.poll(ckData).not.toContain('<p>Du skal søge job.</p>');
  const after = await ckData();
  expect(after).toContain(`<p>${rewrite}</p>`);
  // The other agreements are untouched.
  expect(after).toContain('Borger er informeret om muligheden for virksomhedspraktik.');

  await page.locator('.ck-editor__editable').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(ckData).toBe(before);
});

test('editors.html: typing and insert + undo in Quill, checked against quill.getText()', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/editors.html`);
  await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
  const panel = panelOf(page);
  const quillText = () => page.evaluate(() => (window as unknown as { __editors: { quill: { getText(): string } } }).__editors.quill.getText());
  const editor = page.locator('#maal-editor .ql-editor');
  await editor.click();
  await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'job-goal');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Cpr 010190-1234.');
  // Quill's getText() ends with a newline the field text does not count.
  await expectAnalysedLength(page, (await quillText()).replace(/\n$/, '').length);
  const before = await quillText();
  expect(before).toContain('Cpr 010190-1234.');
  // Quill's history merges changes less than 1 s apart into one undo step (its `delay` option): a user who
  // reads the panel before inserting gets a separate step for the insert.
  await page.waitForTimeout(1100);

  const finding = panel.locator('[data-rule-id="cpr-number"][data-category="personal-data"]').first();
  await finding.locator('[data-action="apply-suggestion"][aria-label*="XXXX"]').click();
  await expect.poll(quillText).toContain('Cpr 010190-XXXX.');
  const after = await quillText();
  expect(after).toBe(before.replace('010190-1234', '010190-XXXX')); // nothing else changed

  await editor.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(quillText).toBe(before);
});

test('rehab-iframe.html: the form in a same-origin iframe gets exactly one panel, in the top document', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/rehab-iframe.html`);
  const frame = page.frameLocator('iframe.embedded');
  const panel = panelOf(page);
  await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
  const frameObj = page.frames().find((f) => f.url().endsWith('/rehab-frame.html'))!;
  expect(await panelCount(page)).toBe(1);
  expect(await panelCount(frameObj)).toBe(0); // not squeezed inside the frame

  // The top window is 1280 px wide: the panel docks beside the page, as on a page without a frame.
  await expect(panel).toHaveAttribute('data-layout', 'docked');
  const field = frame.locator('#rp-skaane');
  await field.fill('');
  await field.pressSequentially('Der skal tages hensyn til ryggen.');
  await expectAnalysedLength(page, (await field.inputValue()).length);
  await expect(panel.locator('[data-rule-id="vague-accommodation"]').first()).toBeVisible();
});
