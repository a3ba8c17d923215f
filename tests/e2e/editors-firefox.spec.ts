// The editor matrix of editors-matrix.spec.ts (the same cases, editor-cases.ts) in firefox-esr with the Firefox build
// (firefox-mv2) loaded as a temporary add-on, driven by puppeteer-core over WebDriver BiDi (see firefox.spec.ts), with the
// same scenarios: detect and role, type, finding, insert right after typing reaching the editor's own model with nothing
// else changed, Ctrl+Z restoring the text from just before the insert and a second Ctrl+Z going into the typing, type +
// pause + insert + Ctrl+Z, a second insert, a re-render from the model followed by a new analysis and insert; no request
// leaves the local server.
import { test, expect } from '@playwright/test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { startDemoServer } from '../demo/server.mjs';
import { CPR1, CPR2, EDITOR_CASES, RERENDERED, modelText } from './editor-cases';
import { DEMO, EXT, firefox, skipWithoutFirefox } from './firefox-env';

skipWithoutFirefox();

type W = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

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

async function insertMask(page: Page, masked: string) {
  const button = await page.waitForSelector(panelSel(`[data-rule-id="cpr-number"] [data-action="apply-suggestion"][aria-label*="${masked}"]`), {
    timeout: 20_000,
    visible: true,
  });
  await button!.evaluate((b) => (b as HTMLButtonElement).click());
}

for (const c of EDITOR_CASES) {
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
      const model = async () => modelText(c, await page.evaluate(c.model));
      /** Polls the model until it meets the expectation (the editor applies keys and inserts asynchronously). */
      const poll = () => expect.poll(model, { timeout: 20_000 });
      const field = c.field.join(' >>> ');
      const scope: Page | Frame = c.frame ? (await (await page.waitForSelector(c.frame))!.contentFrame())! : page;
      const typeAtEnd = async (text: string) => {
        await scope.click(field);
        await page.keyboard.down('Control');
        await page.keyboard.press('End');
        await page.keyboard.up('Control');
        if (c.singleLine) await page.keyboard.press('End');
        await page.keyboard.type(text);
      };
      const undoInField = async () => {
        await scope.focus(field);
        await undo(page);
      };
      // detect: the focused field gets its role
      await scope.click(field);
      await page.waitForFunction(
        (role: string) => document.querySelector('jobrettet-panel')?.shadowRoot?.querySelector('[data-field-role]')?.getAttribute('data-field-role') === role,
        { timeout: 20_000 },
        c.role,
      );
      const initial = await model();

      // type → the model has it → finding → insert right after typing: nothing else changed
      await typeAtEnd(CPR1.typed);
      await poll().toContain(CPR1.raw);
      const typed = await model();
      expect(typed.startsWith(initial.replace(/\s+$/, ''))).toBe(true);
      await insertMask(page, CPR1.masked);
      await poll().toBe(typed.replace(CPR1.raw, CPR1.masked));

      // Ctrl+Z: the text from just before the insert, typing included; the next Ctrl+Z goes into the typing
      await undoInField();
      await poll().toBe(typed);
      await undoInField();
      await poll().not.toBe(typed);
      expect(await model()).not.toContain(CPR1.masked);

      // type again, pause, insert: Ctrl+Z is again exactly the insert; then a second insert
      await typeAtEnd(CPR2.typed);
      await poll().toContain(CPR2.raw);
      const typed2 = await model();
      await new Promise((r) => setTimeout(r, 1200)); // longer than Quill's history delay (1 s)
      await insertMask(page, CPR2.masked);
      await poll().toBe(typed2.replace(CPR2.raw, CPR2.masked));
      await undoInField();
      await poll().toBe(typed2);
      await insertMask(page, CPR2.masked);
      await poll().toBe(typed2.replace(CPR2.raw, CPR2.masked));

      // re-render from the model (no typing): the panel analyses the new text and its insert works
      await page.evaluate(c.rerender, RERENDERED.text);
      await scope.click(field);
      await poll().toBe(RERENDERED.text);
      await insertMask(page, RERENDERED.masked);
      await poll().toBe(RERENDERED.text.replace(RERENDERED.raw, RERENDERED.masked));
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
