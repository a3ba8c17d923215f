/**
 * One editor matrix (as Harper runs its shared test macros over every editor): the same scenarios over every field
 * kind, editor and web component on the demo pages, with the extension loaded and the browser's requests recorded
 * (fixtures.ts fails a test on any request that leaves the local server).
 *
 * Per case: detect → type → finding → insert right after typing (model equals view, nothing else changed) →
 * Ctrl+Z restores the text from just before the insert, typing included → a second Ctrl+Z goes into the typing →
 * type again, pause, insert, Ctrl+Z is one step → a second insert → the editor re-renders from its model and the
 * panel analyses the new text. "Model" is the editor's own state (getData / getText / getContent / the component's
 * value), "view" is the field's DOM as the user sees it.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAnalysedLength, panelCount, panelOf } from './fixtures';
import { CPR1, CPR2, EDITOR_CASES, RERENDERED, modelText, norm, type EditorCase } from './editor-cases';

const fieldOf = (page: Page, c: EditorCase): Locator => (c.frame ? page.frameLocator(c.frame) : page).locator(c.field.join(' >> '));
const modelOf = async (page: Page, c: EditorCase) => modelText(c, await page.evaluate(c.model));

/** The field's text as the extension reads it: a form control's value, else its blocks joined by "\n". */
const viewOf = (page: Page, c: EditorCase) =>
  fieldOf(page, c).evaluate((el) => {
    if (typeof (el as HTMLTextAreaElement).value === 'string') return (el as HTMLTextAreaElement).value;
    const text = (e: Element) => (e.textContent ?? '').replace(/\u00a0/g, ' ');
    return el.children.length ? [...el.children].map(text).join('\n') : text(el);
  });

async function insertMask(page: Page, masked: string) {
  const panel = panelOf(page);
  const button = panel.locator(`[data-rule-id="cpr-number"] [data-action="apply-suggestion"][aria-label*="${masked}"]`).first();
  await expect(button).toBeVisible();
  await button.click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
}

async function typeAtEnd(page: Page, c: EditorCase, text: string) {
  await fieldOf(page, c).click();
  await page.keyboard.press('Control+End');
  if (c.singleLine) await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function undo(page: Page, c: EditorCase) {
  await fieldOf(page, c).focus();
  await page.keyboard.press('Control+z');
}

for (const c of EDITOR_CASES) {
  test(`matrix: ${c.name} (${c.page})`, async ({ context, site }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    await page.goto(`${site}/${c.page}`);
    if (c.ready) await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', c.ready);
    const panel = panelOf(page);
    const model = () => modelOf(page, c);
    const view = () => viewOf(page, c);
    // detect
    await expect(panel).toHaveAttribute('data-form-kind', /.+/);
    await fieldOf(page, c).click();
    await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', c.role);
    const initial = await model();

    // type → the model has it, the panel analysed exactly the field's text → finding
    await typeAtEnd(page, c, CPR1.typed);
    await expect.poll(model).toContain(CPR1.raw);
    const typed = await model();
    expect(typed.startsWith(initial.replace(/\s+$/, ''))).toBe(true);
    await expectAnalysedLength(page, (await view()).length);

    // insert right after typing: model equals view, nothing else changed
    await insertMask(page, CPR1.masked);
    await expect.poll(model).toContain(CPR1.masked);
    expect(await model()).toBe(typed.replace(CPR1.raw, CPR1.masked));
    expect(norm(await view())).toBe(norm(await model()));

    // undo right after typing: one step back is the text just before the insert, typing included…
    await undo(page, c);
    await expect.poll(model).toBe(typed);
    // …and the next step goes on into the typing
    await undo(page, c);
    await expect.poll(model).not.toBe(typed);
    expect(await model()).not.toContain(CPR1.masked);

    // type again, pause (as a user reading the panel), insert: Ctrl+Z is again exactly the insert
    await typeAtEnd(page, c, CPR2.typed);
    await expect.poll(model).toContain(CPR2.raw);
    const typed2 = await model();
    await page.waitForTimeout(1200); // longer than Quill's history delay (1 s)
    await insertMask(page, CPR2.masked);
    await expect.poll(model).toBe(typed2.replace(CPR2.raw, CPR2.masked));
    await undo(page, c);
    await expect.poll(model).toBe(typed2);

    // a second insert (the same finding again, after the undo)
    await insertMask(page, CPR2.masked);
    await expect.poll(model).toBe(typed2.replace(CPR2.raw, CPR2.masked));
    expect(norm(await view())).toBe(norm(await model()));

    // re-render from the model (no typing): the panel follows, still one panel
    await page.evaluate(c.rerender, RERENDERED.text);
    await fieldOf(page, c).click();
    await expect.poll(async () => norm(await view())).toBe(RERENDERED.text);
    await expectAnalysedLength(page, (await view()).length);
    await insertMask(page, RERENDERED.masked);
    await expect.poll(model).toBe(RERENDERED.text.replace(RERENDERED.raw, RERENDERED.masked));
    expect(await panelCount(page)).toBe(1);
  });
}
