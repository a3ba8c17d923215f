// The editor matrix's core scenarios in firefox-esr with the Firefox build (firefox-mv2) loaded as a temporary
// add-on, driven by puppeteer-core over WebDriver BiDi (see firefox.spec.ts): detect, type, finding, insert right
// after typing reaching the editor's own model, Ctrl+Z restoring the text from just before the insert, and no
// request leaving the local server.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { startDemoServer } from '../demo/server.mjs';

const OUT = process.env.JOBRETTET_OUT ?? '.output';
const EXT = path.resolve(process.env.FIREFOX_EXT_DIR ?? path.join(OUT, 'firefox-mv2'));
const DEMO = path.resolve(OUT, 'demo');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

test.skip(!fs.existsSync(FIREFOX), 'firefox-esr is not installed');
test.skip(!fs.existsSync(path.join(EXT, 'manifest.json')), `Firefox build missing: npx wxt build -b firefox (${EXT})`);

type W = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface FfCase {
  name: string;
  page: string;
  ready?: string;
  /** Puppeteer selector of the field (`>>>` pierces shadow roots). */
  field: string;
  /** Puppeteer selector of the iframe whose document holds the field (TinyMCE), else the page. */
  frame?: string;
  model: () => string;
}

const CASES: FfCase[] = [
  { name: 'textarea', page: 'minplan.html', field: '#mp-aftaler', model: () => document.querySelector<HTMLTextAreaElement>('#mp-aftaler')!.value },
  { name: 'input', page: 'basic.html', field: '#basic-maal', model: () => document.querySelector<HTMLInputElement>('#basic-maal')!.value },
  {
    name: 'plain contenteditable',
    page: 'basic.html',
    field: '#basic-aftaler',
    model: () => [...document.querySelector('#basic-aftaler')!.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n'),
  },
  {
    name: 'CKEditor 5',
    page: 'editors.html',
    ready: 'editorsReady',
    field: '.ck-editor__editable',
    model: () => {
      const d = new DOMParser().parseFromString((window as W).__editors.ck.getData(), 'text/html');
      return [...d.body.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
    },
  },
  {
    name: 'Quill 2',
    page: 'editors.html',
    ready: 'editorsReady',
    field: '#maal-editor .ql-editor',
    model: () => ((window as W).__editors.quill.getText() as string).replace(/\n$/, ''),
  },
  {
    name: 'web component (shadow root)',
    page: 'components.html',
    ready: 'componentsReady',
    field: 'fag-rehab-form >>> sl-textarea[name="skaanehensyn"] >>> textarea',
    model: () => (window as W).__components.values().skaane as string,
  },
  { name: 'React 19 controlled textarea', page: 'frameworks.html', ready: 'frameworksReady', field: '#fw-react', model: () => (window as W).__frameworks.react.value() as string },
  { name: 'Vue 3 v-model textarea', page: 'frameworks.html', ready: 'frameworksReady', field: '#fw-vue', model: () => (window as W).__frameworks.vue.value() as string },
  {
    name: 'Tiptap (ProseMirror)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    field: '#fw-tiptap .ProseMirror',
    model: () => ((window as W).__frameworks.tiptap.getText() as string).replace(/\n+/g, '\n'),
  },
  { name: 'Angular 22 reactive-forms textarea', page: 'angular.html', ready: 'angularReady', field: '#ng-aftaler', model: () => (window as W).__angular.value() as string },
  {
    name: 'TinyMCE 7 (iframe)',
    page: 'tinymce.html',
    ready: 'editorsReady',
    frame: 'iframe.tox-edit-area__iframe',
    field: 'body',
    model: () => ((window as W).__tinymce.getContent({ format: 'text' }) as string).replace(/\u00a0/g, ' ').replace(/\n+/g, '\n'),
  },
  { name: 'Lexical (plain text)', page: 'frameworks.html', ready: 'frameworksReady', field: '#fw-lexical', model: () => ((window as W).__frameworks.lexical.text() as string).replace(/\n+/g, '\n') },
  { name: 'Slate (React 19)', page: 'frameworks.html', ready: 'frameworksReady', field: '#fw-slate', model: () => (window as W).__frameworks.slate.text() as string },
];

let browser: Browser;
let server: { origin: string; close(): Promise<unknown> };
const foreign: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { default: puppeteer } = await import('puppeteer-core');
  server = await startDemoServer(DEMO);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
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

async function waitModel(page: Page, c: FfCase, pred: string, arg: string) {
  await page.waitForFunction(
    (src: string, p: string, a: string) => {
      const text = (0, eval)(`(${src})`)() as string; // eslint-disable-line no-eval -- test page only
      return p === 'includes' ? text.includes(a) : text === a;
    },
    { timeout: 20_000 },
    c.model.toString(),
    pred,
    arg,
  );
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
      const scope = c.frame ? (await (await page.waitForSelector(c.frame))!.contentFrame())! : page;
      const focusField = () => scope.focus(c.field);
      await scope.click(c.field);
      await page.keyboard.down('Control');
      await page.keyboard.press('End');
      await page.keyboard.up('Control');
      if (c.name === 'input') await page.keyboard.press('End');
      await page.keyboard.type(' Cpr 010190-1234.');
      await waitModel(page, c, 'includes', '010190-1234');
      const typed = await model();
      // insert right after typing
      const button = await page.waitForSelector(panelSel('[data-action="apply-suggestion"][aria-label*="010190-XXXX"]'), { timeout: 20_000, visible: true });
      await button!.evaluate((b) => (b as HTMLButtonElement).click());
      await waitModel(page, c, 'equals', typed.replace('010190-1234', '010190-XXXX'));
      // Ctrl+Z: the text from just before the insert, typing included
      await focusField();
      await undo(page);
      await waitModel(page, c, 'equals', typed);
      expect(await page.evaluate(() => document.querySelectorAll('jobrettet-panel').length)).toBe(1);
    } finally {
      await page.close();
    }
  });
}
