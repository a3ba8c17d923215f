// The editor matrix (editors-matrix.spec.ts) in firefox-esr with the Firefox build (firefox-mv2) loaded as a temporary
// add-on, driven by puppeteer-core over WebDriver BiDi (see firefox.spec.ts), with the same scenarios: detect and role,
// type, finding, insert right after typing reaching the editor's own model with nothing else changed, Ctrl+Z restoring
// the text from just before the insert and a second Ctrl+Z going into the typing, type + pause + insert + Ctrl+Z, a
// second insert, a re-render from the model followed by a new analysis and insert; no request leaves the local server.
import { test, expect } from '@playwright/test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { startDemoServer } from '../demo/server.mjs';
import { DEMO, EXT, firefox, skipWithoutFirefox } from './firefox-env';

skipWithoutFirefox();

type W = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface FfCase {
  name: string;
  page: string;
  ready?: string;
  role: string;
  /** Puppeteer selector of the field (`>>>` pierces shadow roots). */
  field: string;
  /** Puppeteer selector of the iframe whose document holds the field (TinyMCE), else the page. */
  frame?: string;
  /** The editor's own model as text, run in the page (serialised: no closures). */
  model: () => string;
  /** Makes the editor re-render from its model with this text, run in the page. */
  rerender: (text: string) => unknown;
}

const CASES: FfCase[] = [
  {
    name: 'textarea',
    page: 'minplan.html',
    role: 'agreement',
    field: '#mp-aftaler',
    model: () => document.querySelector<HTMLTextAreaElement>('#mp-aftaler')!.value,
    rerender: (t) => (document.querySelector<HTMLTextAreaElement>('#mp-aftaler')!.value = t),
  },
  {
    name: 'input',
    page: 'basic.html',
    role: 'job-goal',
    field: '#basic-maal',
    model: () => document.querySelector<HTMLInputElement>('#basic-maal')!.value,
    rerender: (t) => (document.querySelector<HTMLInputElement>('#basic-maal')!.value = t),
  },
  {
    name: 'plain contenteditable',
    page: 'basic.html',
    role: 'agreement',
    field: '#basic-aftaler',
    model: () => [...document.querySelector('#basic-aftaler')!.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n'),
    rerender: (t) => document.querySelector('#basic-aftaler')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: t })),
  },
  {
    name: 'CKEditor 5',
    page: 'editors.html',
    ready: 'editorsReady',
    role: 'agreement',
    field: '.ck-editor__editable',
    model: () => {
      const d = new DOMParser().parseFromString((window as W).__editors.ck.getData(), 'text/html');
      return [...d.body.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
    },
    rerender: (t) => (window as W).__editors.ck.setData(`<p>${t}</p>`),
  },
  {
    name: 'Quill 2',
    page: 'editors.html',
    ready: 'editorsReady',
    role: 'job-goal',
    field: '#maal-editor .ql-editor',
    model: () => ((window as W).__editors.quill.getText() as string).replace(/\n$/, ''),
    rerender: (t) => (window as W).__editors.quill.setText(t),
  },
  {
    name: 'TinyMCE 7 (iframe)',
    page: 'tinymce.html',
    ready: 'editorsReady',
    role: 'agreement',
    frame: 'iframe.tox-edit-area__iframe',
    field: 'body',
    model: () => ((window as W).__tinymce.getContent({ format: 'text' }) as string).replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').replace(/\n$/, ''),
    rerender: (t) => (window as W).__tinymce.setContent(`<p>${t}</p>`),
  },
  {
    name: 'web component (Shoelace sl-textarea in a Lit shadow root)',
    page: 'components.html',
    ready: 'componentsReady',
    role: 'accommodations',
    field: 'fag-rehab-form >>> sl-textarea[name="skaanehensyn"] >>> textarea',
    model: () => (window as W).__components.values().skaane as string,
    rerender: async (t) => {
      (document.querySelector('fag-rehab-form') as unknown as { values: Record<string, string> }).values.skaane = t;
      await (window as W).__components.rerender();
    },
  },
  {
    name: 'React 19 controlled textarea',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: '#fw-react',
    model: () => (window as W).__frameworks.react.value() as string,
    rerender: (t) => (window as W).__frameworks.react.set(t),
  },
  {
    name: 'Vue 3 v-model textarea',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'job-goal',
    field: '#fw-vue',
    model: () => (window as W).__frameworks.vue.value() as string,
    rerender: (t) => (window as W).__frameworks.vue.set(t),
  },
  {
    name: 'Angular 22 reactive-forms textarea ([formControl])',
    page: 'angular.html',
    ready: 'angularReady',
    role: 'agreement',
    field: '#ng-aftaler',
    model: () => (window as W).__angular.value() as string,
    rerender: (t) => (window as W).__angular.set(t),
  },
  {
    name: 'Tiptap (ProseMirror)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: '#fw-tiptap .ProseMirror',
    model: () => ((window as W).__frameworks.tiptap.getText() as string).replace(/\n+/g, '\n'),
    rerender: (t) => (window as W).__frameworks.tiptap.commands.setContent(`<p>${t}</p>`),
  },
  {
    name: 'Lexical (plain text)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'job-goal',
    field: '#fw-lexical',
    model: () => ((window as W).__frameworks.lexical.text() as string).replace(/\n+/g, '\n'),
    rerender: (t) => (window as W).__frameworks.lexical.set(t),
  },
  {
    name: 'Slate (React 19)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: '#fw-slate',
    model: () => (window as W).__frameworks.slate.text() as string,
    rerender: (t) => (window as W).__frameworks.slate.set(t),
  },
];

let browser: Browser;
let server: { origin: string; close(): Promise<unknown> };
const foreign: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { default: puppeteer } = await import('puppeteer-core');
  server = await startDemoServer(DEMO);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true });
  await browser.installExtension(EXT);
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(foreign.splice(0), 'requests that left the machine').toEqual([]);
});

const panelSel = (s: string) => `jobrettet-panel >>> ${s}`;

async function undo(page: Page) {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

async function waitModel(page: Page, c: FfCase, pred: 'includes' | 'equals' | 'differs', arg: string) {
  await page.waitForFunction(
    (src: string, p: string, a: string) => {
      const text = (0, eval)(`(${src})`)() as string; // eslint-disable-line no-eval -- test page only
      return p === 'includes' ? text.includes(a) : p === 'equals' ? text === a : text !== a;
    },
    { timeout: 20_000 },
    c.model.toString(),
    pred,
    arg,
  );
}

const CPR1 = { typed: ' Cpr 010190-1234.', masked: '010190-XXXX', raw: '010190-1234' };
const CPR2 = { typed: ' Cpr 020290-5678.', masked: '020290-XXXX', raw: '020290-5678' };

async function insertMask(page: Page, masked: string) {
  const button = await page.waitForSelector(panelSel(`[data-rule-id="cpr-number"] [data-action="apply-suggestion"][aria-label*="${masked}"]`), {
    timeout: 20_000,
    visible: true,
  });
  await button!.evaluate((b) => (b as HTMLButtonElement).click());
}

for (const c of CASES) {
  test(`firefox matrix: ${c.name} (${c.page})`, async () => {
    test.setTimeout(90_000);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 }); // wide enough for the docked panel (puppeteer's default is 800 px)
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(server.origin) && !/^(?:data|blob|about|moz-extension):/.test(url)) foreign.push(`${r.method()} ${url}`);
    });
    try {
      await page.goto(`${server.origin}/${c.page}`);
      if (c.ready) await page.waitForFunction((f: string) => document.documentElement.dataset[f] === 'true', { timeout: 30_000 }, c.ready);
      await page.waitForFunction(() => !!document.querySelector('jobrettet-panel')?.getAttribute('data-form-kind'), { timeout: 30_000 });
      const model = () => page.evaluate(c.model);
      const scope: Page | Frame = c.frame ? (await (await page.waitForSelector(c.frame))!.contentFrame())! : page;
      const typeAtEnd = async (text: string) => {
        await scope.click(c.field);
        await page.keyboard.down('Control');
        await page.keyboard.press('End');
        await page.keyboard.up('Control');
        if (c.name === 'input') await page.keyboard.press('End');
        await page.keyboard.type(text);
      };
      const undoInField = async () => {
        await scope.focus(c.field);
        await undo(page);
      };
      // detect: the focused field gets its role
      await scope.click(c.field);
      await page.waitForFunction(
        (role: string) => document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-field-role]')?.getAttribute('data-field-role') === role,
        { timeout: 20_000 },
        c.role,
      );
      const initial = await model();

      // type → the model has it → finding → insert right after typing: nothing else changed
      await typeAtEnd(CPR1.typed);
      await waitModel(page, c, 'includes', CPR1.raw);
      const typed = await model();
      expect(typed.startsWith(initial.replace(/\s+$/, ''))).toBe(true);
      await insertMask(page, CPR1.masked);
      await waitModel(page, c, 'equals', typed.replace(CPR1.raw, CPR1.masked));

      // Ctrl+Z: the text from just before the insert, typing included; the next Ctrl+Z goes into the typing
      await undoInField();
      await waitModel(page, c, 'equals', typed);
      await undoInField();
      await waitModel(page, c, 'differs', typed);
      expect(await model()).not.toContain(CPR1.masked);

      // type again, pause, insert: Ctrl+Z is again exactly the insert; then a second insert
      await typeAtEnd(CPR2.typed);
      await waitModel(page, c, 'includes', CPR2.raw);
      const typed2 = await model();
      await new Promise((r) => setTimeout(r, 1200)); // longer than Quill's history delay (1 s)
      await insertMask(page, CPR2.masked);
      await waitModel(page, c, 'equals', typed2.replace(CPR2.raw, CPR2.masked));
      await undoInField();
      await waitModel(page, c, 'equals', typed2);
      await insertMask(page, CPR2.masked);
      await waitModel(page, c, 'equals', typed2.replace(CPR2.raw, CPR2.masked));

      // re-render from the model (no typing): the panel analyses the new text and its insert works
      const next = 'Du skal ringe til Netto. Cpr 030390-1111.';
      await page.evaluate(c.rerender, next);
      await scope.click(c.field);
      await waitModel(page, c, 'equals', next);
      await insertMask(page, '030390-XXXX');
      await waitModel(page, c, 'equals', next.replace('030390-1111', '030390-XXXX'));
      expect(await page.evaluate(() => document.querySelectorAll('jobrettet-panel').length)).toBe(1);
    } finally {
      await page.close();
    }
  });
}

test('firefox: Min Plan in React, "Han skal have hensyn." in Skånehensyn is a vague skånehensyn, also after a re-render', async () => {
  test.setTimeout(60_000);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !/^(?:data|blob|about|moz-extension):/.test(url)) foreign.push(`${r.method()} ${url}`);
  });
  const inPanel = (fn: (root: ShadowRoot, arg: string) => boolean, arg = '') =>
    page.waitForFunction(
      (src: string, a: string) => {
        const root = document.querySelector('jobrettet-panel')?.shadowRoot;
        return !!root && ((0, eval)(`(${src})`) as (r: ShadowRoot, a: string) => boolean)(root, a); // eslint-disable-line no-eval -- test page only
      },
      { timeout: 20_000 },
      fn.toString(),
      arg,
    );
  try {
    await page.goto(`${server.origin}/minplan-skaane.html`);
    await page.waitForFunction(() => document.documentElement.dataset.skaaneReady === 'true', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('jobrettet-panel')?.getAttribute('data-form-kind') === 'minplan', { timeout: 30_000 });
    await page.click('#sk-skaane');
    await inPanel((root) => root.querySelector('[data-field-role]')?.getAttribute('data-field-role') === 'accommodations');
    await page.keyboard.type('Han skal have hensyn.');
    const oneVague = (root: ShadowRoot) => {
      const q = [...root.querySelectorAll('[data-rule-id="vague-accommodation"] .jr-excerpt')].map((e) => e.textContent);
      return q.length === 1 && q[0] === 'Han skal have hensyn';
    };
    await inPanel(oneVague);

    // the screen remounts every field as a new element
    await page.evaluate(() => ((document.querySelector('#sk-skaane') as unknown as W).__before = true));
    await page.click('[data-action="rerender"]');
    await page.waitForFunction(() => document.querySelector('#skaane-form')?.getAttribute('data-generation') === '1');
    expect(await page.evaluate(() => (document.querySelector('#sk-skaane') as unknown as W).__before === true)).toBe(false);
    expect(await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('#sk-skaane')!.value)).toBe('Han skal have hensyn.');
    await inPanel(oneVague);

    // the panel follows the new element
    await page.click('#sk-skaane');
    await page.keyboard.press('End');
    const more = 'Han skal have hensyn. Han arbejder 15 timer om ugen.';
    await page.keyboard.type(' Han arbejder 15 timer om ugen.');
    await inPanel((root, len) => root.querySelector('[data-job-focus-score]')?.getAttribute('data-text-length') === len, String(more.length));
    await inPanel(oneVague);
    expect(await page.evaluate(() => document.querySelectorAll('jobrettet-panel').length)).toBe(1);
  } finally {
    await page.close();
  }
});
