/** Hostile host pages: look-alike forms on other origins and in srcdoc frames, pages probing for the extension. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { DEMO_DIR, launchWithExtension, otherOrigin, test, expect } from './fixtures';

type Scope = Page | FrameLocator;
const panel = (s: Scope) => s.locator('jobrettet-panel');

async function saveNote(s: Scope, text: string) {
  await panel(s).locator('[data-note-editor]').fill(text);
  await panel(s).locator('[data-action="save-note"]').click();
  await expect(panel(s).locator('[data-note-id]').filter({ hasText: text })).toHaveCount(1);
}

/** Serves `/vaert.html` on `origin`: a host page whose form (the demo Min Plan) sits in an `<iframe srcdoc>`. */
async function routeSrcdocHost(context: BrowserContext, origin: string) {
  const minplan = fs.readFileSync(path.join(DEMO_DIR, 'minplan.html'), 'utf8');
  const attr = minplan.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const body = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sag</title></head><body><h1>Sag</h1><iframe style="width:1100px;height:600px" srcdoc="${attr}"></iframe></body></html>`;
  await context.route(`${origin}/vaert.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}

test('look-alike forms on another origin and in srcdoc frames on two sites never see each other’s notes', async ({ context, site }) => {
  const other = otherOrigin(site);
  const a = await context.newPage();
  await a.goto(`${site}/minplan.html`);
  await saveNote(a, 'Note fra kommune A');

  // The same form on another origin: only its own notes, after a reload too.
  const b = await context.newPage();
  await b.goto(`${other}/minplan.html`);
  await saveNote(b, 'Note fra kommune B');
  await b.reload();
  await expect(panel(b).locator('[data-note-id]').filter({ hasText: 'Note fra kommune B' })).toHaveCount(1);
  await expect(panel(b).locator('[data-note-id]')).toHaveCount(1);

  // The same form inside <iframe srcdoc> on both sites (its panel is in the top document, beside the frame): each
  // files its notes under its own site.
  await routeSrcdocHost(context, site);
  await routeSrcdocHost(context, other);
  const sa = await context.newPage();
  await sa.goto(`${site}/vaert.html`);
  await saveNote(sa, 'Srcdoc-note fra kommune A');
  await expect(sa.frameLocator('iframe').locator('jobrettet-panel')).toHaveCount(0);

  const sb = await context.newPage();
  await sb.goto(`${other}/vaert.html`);
  await saveNote(sb, 'Srcdoc-note fra kommune B');
  await sb.reload();
  await expect(panel(sb).locator('[data-note-id]').filter({ hasText: 'Srcdoc-note fra kommune B' })).toHaveCount(1);
  await expect(panel(sb).locator('[data-note-id]')).toHaveCount(1);

  await sa.reload();
  await expect(panel(sa).locator('[data-note-id]').filter({ hasText: 'Srcdoc-note fra kommune A' })).toHaveCount(1);
  await expect(panel(sa).locator('[data-note-id]')).toHaveCount(1);
});

test('a page sees no message or event from Jobrettet, and forged ones remove neither the panel nor the draft', async ({ context, site, extensionId }) => {
  const name = `${extensionId}:panel:wxt:content-script-started`;
  // Runs in the page's own world before any other script: what a hostile page could observe.
  await context.addInitScript((eventName: string) => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    window.addEventListener('message', (e) => seen.push(`message:${JSON.stringify(e.data)}`), true);
    for (const target of [window, document]) target.addEventListener(eventName, () => seen.push(`event:${eventName}`), true);
  }, name);
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  await expect(panel(page).locator('[data-note-editor]')).toBeVisible();
  // A page without a form too (the loader runs in every frame).
  const none = await context.newPage();
  await none.goto(`${site}/none.html`);
  await expect(panel(page).locator('[data-note-editor]')).toBeVisible();

  await panel(page).locator('[data-note-editor]').fill('Udkast der ikke må forsvinde');
  const seen = (p: Page) => p.evaluate(() => [...(window as unknown as { __seen: string[] }).__seen]);
  expect(await seen(page)).toEqual([]);
  expect(await seen(none)).toEqual([]);

  await page.evaluate((eventName: string) => {
    document.dispatchEvent(new CustomEvent(eventName, { detail: { contentScriptName: 'panel', messageId: 'forged' } }));
    window.postMessage({ type: eventName, contentScriptName: 'panel', messageId: 'forged' }, '*');
  }, name);
  // The panel keeps its draft and still follows the field (an invalidated content script would stop).
  const typed = 'Du sender 2 ansøgninger som lagermedarbejder inden d. 1. marts.';
  await page.locator('#mp-aftaler').fill(typed);
  await expect(panel(page).locator('[data-job-focus-score]')).toHaveAttribute('data-text-length', String(typed.length));
  await expect(panel(page).locator('[data-note-editor]')).toHaveValue('Udkast der ikke må forsvinde');

  // A page removing the panel element gets it back, with the draft.
  await page.evaluate(() => document.querySelector('jobrettet-panel')?.remove());
  await expect(panel(page).locator('[data-note-editor]')).toHaveValue('Udkast der ikke må forsvinde');
});

test('page scripts on the form’s origin: no note text while the panel is collapsed, no CPR while typing, no reviewer-mode switch', async ({ context, site }) => {
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  await saveNote(page, 'Hemmelig note om samtalen');
  const shadowText = () => page.evaluate(() => document.querySelector('jobrettet-panel')!.shadowRoot!.textContent ?? '');
  expect(await shadowText()).toContain('Hemmelig note om samtalen');

  // Collapsed: the note text is gone from the shadow root (a page script reading it finds nothing); opened again, it is back.
  await panel(page).locator('.jr-toggle').click();
  await expect(panel(page).locator('[data-section="notes"]')).toHaveAttribute('data-notes-shown', 'false');
  expect(await shadowText()).not.toContain('Hemmelig note');
  await panel(page).locator('.jr-toggle').click();
  await expect(panel(page).locator('[data-note-id]').filter({ hasText: 'Hemmelig note om samtalen' })).toHaveCount(1);

  // Typed key by key, a CPR number never sits in the editor: masked as it is completed, and the user is told.
  const editor = panel(page).locator('[data-note-editor]');
  await editor.pressSequentially('Borger 04.01.90-1114 ringede');
  await expect(editor).toHaveValue('Borger ******-**** ringede');
  await expect(panel(page).locator('[data-cpr-masked]')).toBeVisible();

  // A page script clicking the reviewer-mode switch (an untrusted event) changes nothing; the user's click does.
  await page.evaluate(() => document.querySelector('jobrettet-panel')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="toggle-review"]')!.click());
  await expect(panel(page).locator('[data-action="toggle-review"]')).toHaveAttribute('aria-pressed', 'false');
  await expect(panel(page).locator('[data-review-checklist]')).toHaveCount(0);
  await panel(page).locator('[data-action="toggle-review"]').click();
  await expect(panel(page).locator('[data-review-checklist]')).toBeVisible();
});

/** Every file of the profile's IndexedDB (LevelDB logs and tables) that holds `marker` as raw bytes. */
function filesHolding(profile: string, marker: string): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && fs.readFileSync(p).includes(Buffer.from(marker, 'latin1'))) hits.push(path.relative(profile, p));
    }
  };
  walk(path.join(profile, 'Default', 'IndexedDB'));
  return hits;
}

async function deleteAllFromOptions(context: BrowserContext) {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`);
  await page.locator('[data-action="delete-all"]').click();
  await page.locator('[data-action="confirm-delete-all"]').click();
  await expect(page.locator('section:has(#opt-del) p.ok')).not.toBeEmpty();
}

test('"Slet alle mine data" deletes the database itself; the panel and other tabs go on with a new, empty one', async ({ context, site }) => {
  const a = await context.newPage();
  await a.goto(`${site}/minplan.html`);
  await saveNote(a, 'Note der skal slettes');
  await deleteAllFromOptions(context);
  await expect(panel(a).locator('[data-note-id]')).toHaveCount(0);
  await saveNote(a, 'Ny note efter sletning');
  await a.reload();
  await expect(panel(a).locator('[data-note-id]').filter({ hasText: 'Ny note efter sletning' })).toHaveCount(1);
  await expect(panel(a).locator('[data-note-id]')).toHaveCount(1);
});

// Known limit: Chromium 156 keeps the deleted bytes in a LevelDB table file (.ldb) until it happens to compact it,
// even after the database is deleted — in some runs they are gone, in others not. Skipped until deletion can force it.
test.fixme('"Slet alle mine data" leaves no deleted text in the profile’s IndexedDB files, across a browser restart', async ({ site }) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'jobrettet-delete-'));
  const marker = `Slettes${Date.now().toString(36)}q${Math.random().toString(36).slice(2, 10)}`;
  try {
    let context = await launchWithExtension(profile);
    const page = await context.newPage();
    await page.goto(`${site}/minplan.html`);
    await saveNote(page, `Note ${marker}`);
    await context.close();
    expect(filesHolding(profile, marker).length, 'the saved note is on disk (the check below means something)').toBeGreaterThan(0);

    context = await launchWithExtension(profile);
    await deleteAllFromOptions(context);
    await context.close();
    context = await launchWithExtension(profile);
    await context.close();
    expect(filesHolding(profile, marker)).toEqual([]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
