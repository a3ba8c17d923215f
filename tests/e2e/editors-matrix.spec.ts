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
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, expectAnalysedLength, panelCount, panelOf } from './fixtures';

interface Case {
  name: string;
  page: string;
  /** A `data-*-ready` flag on <html> the page sets once its editors exist. */
  ready?: string;
  role: string;
  field(page: Page): Locator;
  /** The frame whose document holds the field (TinyMCE's iframe), else the page. */
  frame?(page: Page): FrameLocator;
  model(page: Page): Promise<string>;
  /** The field's text as the extension reads it (blocks joined by "\n"). */
  view(page: Page): Promise<string>;
  /** Makes the editor re-render its content from its model (or the page set the value without an event). */
  rerender(page: Page, text: string): Promise<unknown>;
}

/** Paragraph texts of an element's block children, joined by "\n" (what the adapter reads for simple blocks). */
const blocksOf = (el: Element) =>
  el.children.length ? [...el.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n') : (el.textContent ?? '');
const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').replace(/\n$/, '');

type W = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CASES: Case[] = [
  {
    name: 'textarea',
    page: 'minplan.html',
    role: 'agreement',
    field: (p) => p.locator('#mp-aftaler'),
    model: (p) => p.locator('#mp-aftaler').inputValue(),
    view: (p) => p.locator('#mp-aftaler').inputValue(),
    rerender: (p, t) => p.locator('#mp-aftaler').evaluate((el: HTMLTextAreaElement, v) => (el.value = v), t),
  },
  {
    name: 'input',
    page: 'basic.html',
    role: 'job-goal',
    field: (p) => p.locator('#basic-maal'),
    model: (p) => p.locator('#basic-maal').inputValue(),
    view: (p) => p.locator('#basic-maal').inputValue(),
    rerender: (p, t) => p.locator('#basic-maal').evaluate((el: HTMLInputElement, v) => (el.value = v), t),
  },
  {
    name: 'plain contenteditable',
    page: 'basic.html',
    role: 'agreement',
    field: (p) => p.locator('#basic-aftaler'),
    model: (p) => p.locator('#basic-aftaler').evaluate(blocksOf),
    view: (p) => p.locator('#basic-aftaler').evaluate(blocksOf),
    rerender: (p, t) => p.locator('#basic-aftaler').evaluate((el, v) => el.replaceChildren(Object.assign(document.createElement('p'), { textContent: v })), t),
  },
  {
    name: 'CKEditor 5',
    page: 'editors.html',
    ready: 'editorsReady',
    role: 'agreement',
    field: (p) => p.locator('.ck-editor__editable'),
    model: (p) =>
      p.evaluate(() => {
        const d = new DOMParser().parseFromString((window as W).__editors.ck.getData(), 'text/html');
        return [...d.body.children].map((c) => c.textContent).join('\n');
      }),
    view: (p) => p.locator('.ck-editor__editable').evaluate(blocksOf),
    rerender: (p, t) => p.evaluate((v) => (window as W).__editors.ck.setData(`<p>${v}</p>`), t),
  },
  {
    name: 'Quill 2',
    page: 'editors.html',
    ready: 'editorsReady',
    role: 'job-goal',
    field: (p) => p.locator('#maal-editor .ql-editor'),
    model: (p) => p.evaluate(() => (window as W).__editors.quill.getText() as string).then(norm),
    view: (p) => p.locator('#maal-editor .ql-editor').evaluate(blocksOf),
    rerender: (p, t) => p.evaluate((v) => (window as W).__editors.quill.setText(v), t),
  },
  {
    name: 'TinyMCE 7 (iframe)',
    page: 'tinymce.html',
    ready: 'editorsReady',
    role: 'agreement',
    frame: (p) => p.frameLocator('iframe.tox-edit-area__iframe'),
    field: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body'),
    model: (p) => p.evaluate(() => (window as W).__tinymce.getContent({ format: 'text' }) as string).then(norm),
    view: (p) => p.frameLocator('iframe.tox-edit-area__iframe').locator('body').evaluate(blocksOf),
    rerender: (p, t) => p.evaluate((v) => (window as W).__tinymce.setContent(`<p>${v}</p>`), t),
  },
  {
    name: 'web component (Shoelace sl-textarea in a Lit shadow root)',
    page: 'components.html',
    ready: 'componentsReady',
    role: 'accommodations',
    field: (p) => p.locator('sl-textarea[name="skaanehensyn"] textarea'),
    model: (p) => p.evaluate(() => (window as W).__components.values().skaane as string),
    view: (p) => p.locator('sl-textarea[name="skaanehensyn"] textarea').inputValue(),
    rerender: async (p, t) => {
      await p.evaluate(async (v) => {
        const form = document.querySelector('fag-rehab-form') as unknown as { values: Record<string, string> };
        form.values.skaane = v;
        await (window as W).__components.rerender();
      }, t);
    },
  },
  {
    name: 'React 19 controlled textarea',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: (p) => p.locator('#fw-react'),
    model: (p) => p.evaluate(() => (window as W).__frameworks.react.value() as string),
    view: (p) => p.locator('#fw-react').inputValue(),
    rerender: (p, t) => p.evaluate((v) => (window as W).__frameworks.react.set(v), t),
  },
  {
    name: 'Vue 3 v-model textarea',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'job-goal',
    field: (p) => p.locator('#fw-vue'),
    model: (p) => p.evaluate(() => (window as W).__frameworks.vue.value() as string),
    view: (p) => p.locator('#fw-vue').inputValue(),
    rerender: (p, t) => p.evaluate((v) => (window as W).__frameworks.vue.set(v), t),
  },
  {
    name: 'Angular 22 reactive-forms textarea ([formControl])',
    page: 'angular.html',
    ready: 'angularReady',
    role: 'agreement',
    field: (p) => p.locator('#ng-aftaler'),
    model: (p) => p.evaluate(() => (window as W).__angular.value() as string),
    view: (p) => p.locator('#ng-aftaler').inputValue(),
    rerender: (p, t) => p.evaluate((v) => (window as W).__angular.set(v), t),
  },
  {
    name: 'Tiptap (ProseMirror)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: (p) => p.locator('#fw-tiptap .ProseMirror'),
    model: (p) => p.evaluate(() => (window as W).__frameworks.tiptap.getText() as string).then(norm),
    view: (p) => p.locator('#fw-tiptap .ProseMirror').evaluate(blocksOf),
    rerender: (p, t) => p.evaluate((v) => (window as W).__frameworks.tiptap.commands.setContent(`<p>${v}</p>`), t),
  },
  {
    name: 'Lexical (plain text)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'job-goal',
    field: (p) => p.locator('#fw-lexical'),
    model: (p) => p.evaluate(() => (window as W).__frameworks.lexical.text() as string).then(norm),
    view: (p) => p.locator('#fw-lexical').evaluate(blocksOf),
    rerender: (p, t) => p.evaluate((v) => (window as W).__frameworks.lexical.set(v), t),
  },
  {
    name: 'Slate (React 19)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: (p) => p.locator('#fw-slate'),
    model: (p) => p.evaluate(() => (window as W).__frameworks.slate.text() as string),
    view: (p) => p.locator('#fw-slate').evaluate(blocksOf),
    rerender: (p, t) => p.evaluate((v) => (window as W).__frameworks.slate.set(v), t),
  },
];

const CPR1 = { typed: ' Cpr 010190-1234.', masked: '010190-XXXX', raw: '010190-1234' };
const CPR2 = { typed: ' Cpr 020290-5678.', masked: '020290-XXXX', raw: '020290-5678' };

async function insertMask(page: Page, masked: string) {
  const panel = panelOf(page);
  const button = panel.locator(`[data-rule-id="cpr-number"] [data-action="apply-suggestion"][aria-label*="${masked}"]`).first();
  await expect(button).toBeVisible();
  await button.click();
  await expect(panel.locator('.jr-status')).toContainText('Forslaget er indsat');
}

async function typeAtEnd(page: Page, c: Case, text: string) {
  const field = c.field(page);
  await field.click();
  await page.keyboard.press('Control+End');
  if (c.name === 'input') await page.keyboard.press('End');
  await page.keyboard.type(text);
}

async function undo(page: Page, c: Case) {
  await c.field(page).focus();
  await page.keyboard.press('Control+z');
}

for (const c of CASES) {
  test(`matrix: ${c.name} (${c.page})`, async ({ context, site }) => {
    test.setTimeout(90_000);
    const page = await context.newPage();
    await page.goto(`${site}/${c.page}`);
    if (c.ready) await page.waitForFunction((flag) => document.documentElement.dataset[flag] === 'true', c.ready);
    const panel = panelOf(page);
    // detect
    await expect(panel).toHaveAttribute('data-form-kind', /.+/);
    await c.field(page).click();
    await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', c.role);
    const initial = await c.model(page);

    // type → the model has it, the panel analysed exactly the field's text → finding
    await typeAtEnd(page, c, CPR1.typed);
    await expect.poll(() => c.model(page)).toContain(CPR1.raw);
    const typed = await c.model(page);
    expect(typed.startsWith(initial.replace(/\s+$/, ''))).toBe(true);
    await expectAnalysedLength(page, (await c.view(page)).length);

    // insert right after typing: model equals view, nothing else changed
    await insertMask(page, CPR1.masked);
    await expect.poll(() => c.model(page)).toContain(CPR1.masked);
    expect(await c.model(page)).toBe(typed.replace(CPR1.raw, CPR1.masked));
    expect(norm(await c.view(page))).toBe(norm(await c.model(page)));

    // undo right after typing: one step back is the text just before the insert, typing included…
    await undo(page, c);
    await expect.poll(() => c.model(page)).toBe(typed);
    // …and the next step goes on into the typing
    await undo(page, c);
    await expect.poll(() => c.model(page)).not.toBe(typed);
    expect(await c.model(page)).not.toContain(CPR1.masked);

    // type again, pause (as a user reading the panel), insert: Ctrl+Z is again exactly the insert
    await typeAtEnd(page, c, CPR2.typed);
    await expect.poll(() => c.model(page)).toContain(CPR2.raw);
    const typed2 = await c.model(page);
    await page.waitForTimeout(1200); // longer than Quill's history delay (1 s)
    await insertMask(page, CPR2.masked);
    await expect.poll(() => c.model(page)).toBe(typed2.replace(CPR2.raw, CPR2.masked));
    await undo(page, c);
    await expect.poll(() => c.model(page)).toBe(typed2);

    // a second insert (the same finding again, after the undo)
    await insertMask(page, CPR2.masked);
    await expect.poll(() => c.model(page)).toBe(typed2.replace(CPR2.raw, CPR2.masked));
    expect(norm(await c.view(page))).toBe(norm(await c.model(page)));

    // re-render from the model (no typing): the panel follows, still one panel
    const next = 'Du skal ringe til Netto. Cpr 030390-1111.';
    await c.rerender(page, next);
    await c.field(page).click();
    await expect.poll(async () => norm(await c.view(page))).toBe(next);
    await expectAnalysedLength(page, (await c.view(page)).length);
    await insertMask(page, '030390-XXXX');
    await expect.poll(() => c.model(page)).toBe(next.replace('030390-1111', '030390-XXXX'));
    expect(await panelCount(page)).toBe(1);
  });
}
