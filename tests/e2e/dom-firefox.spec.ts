/**
 * lib/dom in Debian's firefox-esr (runs in the `firefox-esr` project; Playwright is only the runner, the
 * browser is driven by puppeteer-core over WebDriver BiDi): insert + one Ctrl+Z per field kind, checked
 * against each host's own model, and highlights in both strategies.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDemoServer } from '../demo/server.mjs';
// @ts-expect-error -- plain ESM build script without type declarations
import { buildDomHarness } from '../fixtures/dom/build.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

let browser: Browser;
let server: { origin: string; close(): Promise<unknown> };
let script: string;
const out = path.join(os.tmpdir(), `jobrettet-dom-ff-${process.pid}`);

test.beforeAll(async () => {
  test.skip(!fs.existsSync(FIREFOX), 'firefox-esr is not installed');
  test.setTimeout(180_000);
  script = fs.readFileSync(await buildDomHarness(out), 'utf8');
  server = await startDemoServer(out);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(out, { recursive: true, force: true });
});

/** Requests of the test pages (and their frames) that left the local server; checked after each test. */
const foreign: string[] = [];
test.afterEach(() => {
  expect(foreign.splice(0), 'requests that left the machine').toEqual([]);
});

async function open(name: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.origin) && !/^(?:data|blob|about):/.test(url)) foreign.push(`${r.method()} ${url}`);
  });
  await page.goto(`${server.origin}/${name}`);
  await page.evaluate(script);
  if (name !== 'plain.html') await page.waitForSelector('html[data-ready]');
  return page;
}

async function undo(page: Page) {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

const CASES = [
  { page: 'plain.html', sel: '#ta', find: 'lagermedarbejder', repl: 'kok', path: 'execCommand', model: () => document.querySelector<HTMLTextAreaElement>('#ta')!.value },
  { page: 'plain.html', sel: '#in', find: 'måske', repl: 'nok', path: 'execCommand', model: () => document.querySelector<HTMLInputElement>('#in')!.value },
  { page: 'plain.html', sel: '#ce', find: 'måske arbejde', repl: 'arbejde', path: 'execCommand', model: () => window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>('#ce')!).getText() },
  { page: 'preact.html', sel: '#note', find: 'prøve noget med lager', repl: 'arbejde på et lager', path: 'execCommand', model: () => window.__state.note },
  { page: 'editors.html', sel: '.ck-editor__editable', find: 'prøver at ringe', repl: 'ringer', path: 'beforeinput', model: () => window.__ck.getData() },
  { page: 'editors.html', sel: '.ql-editor', find: 'prøver at ringe', repl: 'ringer', path: 'execCommand', model: () => window.__quill.getText() },
] as const;

for (const c of CASES) {
  test(`firefox: ${c.page} ${c.sel}: insert reaches the model, Ctrl+Z undoes it`, async () => {
    const page = await open(c.page);
    try {
      const before = await page.evaluate(c.model);
      const result = await page.evaluate(
        async (sel, find, repl) => {
          const a = window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>(sel)!);
          const s = a.getText().indexOf(find);
          return a.replace({ start: s, end: s + find.length, expected: find, replacement: repl });
        },
        c.sel,
        c.find,
        c.repl,
      );
      expect(result).toEqual({ ok: true, path: c.path, undoable: true });
      // the model changed exactly there and nowhere else (contenteditable: as the user sees it; Firefox may keep a space as U+00A0)
      await expect.poll(() => page.evaluate(c.model)).toBe(before.replace(c.find, c.repl));
      await undo(page);
      await expect.poll(() => page.evaluate(c.model)).toBe(before);
    } finally {
      await page.close();
    }
  });
}

test('firefox: CSS highlights for contenteditable, overlay for textarea, no node in the fields', async () => {
  const page = await open('plain.html');
  try {
    const r = await page.evaluate(() => {
      const D = window.JobrettetDom;
      const ce = document.querySelector<HTMLElement>('#ce')!;
      const html = ce.innerHTML;
      const a = D.createFieldAdapter(ce);
      const h1 = D.createHighlighter(a);
      const s = a.getText().indexOf('måske');
      h1.set([{ start: s, end: s + 5, category: 'vague-accommodation', severity: 'warning' }]);
      const ta = D.createFieldAdapter(document.querySelector<HTMLElement>('#ta')!);
      const h2 = D.createHighlighter(ta);
      const t = ta.getText().indexOf('lagermedarbejder');
      h2.set([{ start: t, end: t + 16, category: 'job-focus', severity: 'info' }]);
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const bar = document.querySelector('jobrettet-highlights')!.shadowRoot!.querySelector('.jr-underline')!.getBoundingClientRect();
      const field = document.querySelector('#ta')!.getBoundingClientRect();
      return {
        strategies: [h1.strategy, h2.strategy],
        ceUnchanged: ce.innerHTML === html,
        ranges: Array.from(reg.get('jobrettet-vague-accommodation-warning') ?? []).map((r) => r.toString()),
        barInside: bar.left >= field.left && bar.right <= field.right && bar.top >= field.top && bar.bottom <= field.bottom,
      };
    });
    expect(r).toEqual({ strategies: ['css-highlight', 'overlay'], ceUnchanged: true, ranges: ['måske'], barInside: true });
  } finally {
    await page.close();
  }
});
