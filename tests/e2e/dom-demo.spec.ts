/**
 * lib/dom on the team's demo pages (tests/demo, built privately here): the real CKEditor 5 / Quill setup of
 * editors.html and the Preact SPA of spa.html. Skipped when the demo pages cannot be built.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoServer } from '../demo/server.mjs';
import { recordForeignRequests } from './fixtures';
// @ts-expect-error -- plain ESM build script without type declarations
import { buildDomHarness } from '../fixtures/dom/build.mjs';

const test = base.extend<{}, { demo: { origin: string; script: string } | null }>({
  demo: [
    // Playwright fixtures need an object pattern for their (unused) first argument.
    async ({}, use) => {
      const out = path.join(os.tmpdir(), `jobrettet-dom-demo-${process.pid}`);
      let built = false;
      try {
        execFileSync(process.execPath, ['tests/demo/build.mjs'], { env: { ...process.env, JOBRETTET_OUT: out }, stdio: 'pipe', timeout: 180_000 });
        built = fs.existsSync(path.join(out, 'demo', 'editors.html'));
      } catch {
        built = false;
      }
      if (!built) {
        fs.rmSync(out, { recursive: true, force: true });
        return use(null);
      }
      const script: string = await buildDomHarness(path.join(out, 'dom'));
      const server = await startDemoServer(path.join(out, 'demo'));
      await use({ origin: server.origin, script });
      await server.close();
      fs.rmSync(out, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  // Every request of the whole browser context; none may leave the local server.
  context: async ({ context, demo }, use) => {
    const foreign = recordForeignRequests(context, demo?.origin ?? 'http://127.0.0.1');
    await use(context);
    expect(foreign, 'requests that left the machine').toEqual([]);
  },
});

async function openDemo(page: Page, demo: { origin: string; script: string } | null, name: string): Promise<Page> {
  test.skip(!demo, 'demo pages could not be built');
  await page.goto(`${demo!.origin}/${name}`);
  await page.addScriptTag({ path: demo!.script });
  return page;
}

async function replaceFirst(page: Page, selector: string, find: string, replacement: string) {
  return page.evaluate(
    async ({ selector, find, replacement }) => {
      const a = window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>(selector)!);
      const start = a.getText().indexOf(find);
      if (start < 0) throw new Error(`"${find}" not in ${JSON.stringify(a.getText())}`);
      return a.replace({ start, end: start + find.length, expected: find, replacement });
    },
    { selector, find, replacement },
  );
}

type DemoEditors = { __editors: { ck: { getData(): string }; quill: { getText(): string } } };

test('demo editors.html: CKEditor 5 and Quill take the insert in their models and undo it', async ({ page, demo }) => {
  await openDemo(page, demo, 'editors.html');
  await page.waitForSelector('html[data-editors-ready]');
  const ck = () => page.evaluate(() => (window as unknown as DemoEditors).__editors.ck.getData());
  const ql = () => page.evaluate(() => (window as unknown as DemoEditors).__editors.quill.getText());
  const ckBefore = await ck();
  const qlBefore = await ql();

  const r1 = await replaceFirst(page, '.ck-editor__editable', 'Du skal søge job.', 'Du søger 5 job om ugen som lagermedarbejder.');
  expect(r1).toEqual({ ok: true, path: 'beforeinput', undoable: true });
  expect(await ck()).toBe(ckBefore.replace('Du skal søge job.', 'Du søger 5 job om ugen som lagermedarbejder.'));
  await page.keyboard.press('Control+z');
  await expect.poll(ck).toBe(ckBefore);

  const r2 = await replaceFirst(page, '.ql-editor', 'noget praktisk', 'lager og logistik');
  expect(r2).toEqual({ ok: true, path: 'execCommand', undoable: true });
  await expect.poll(ql).toBe(qlBefore.replace('noget praktisk', 'lager og logistik'));
  await page.keyboard.press('Control+z');
  await expect.poll(ql).toBe(qlBefore);
});

test('demo spa.html: the Preact state sees the insert and the undo', async ({ page, demo }) => {
  await openDemo(page, demo, 'spa.html');
  await page.waitForSelector('#spa-jobmaal');
  const state = () => page.evaluate(() => (window as unknown as { __demoState: { values: Record<string, string> } }).__demoState.values.jobmaal);
  const before = await state();
  const r = await replaceFirst(page, '#spa-jobmaal', 'noget praktisk', 'lager og logistik');
  expect(r).toEqual({ ok: true, path: 'execCommand', undoable: true });
  await expect.poll(state).toBe(before.replace('noget praktisk', 'lager og logistik'));
  await page.keyboard.press('Control+z');
  await expect.poll(state).toBe(before);
});
