import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { EXT_DIR, launchWithExtension, recordForeignRequests, TEST_EXT_DIR, test, expect } from './fixtures';

const panel = (page: Page) => page.locator('jobrettet-panel');

async function extensionId(context: BrowserContext): Promise<string> {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  return new URL(sw.url()).host;
}

/** The panel's section buttons (Fund · Noter · Kvalitetstjek) bring a section into view. */
async function openTab(page: Page, tab: 'notes' | 'review') {
  const t = panel(page).locator(`button[data-tab="${tab}"]`);
  await t.click();
  await expect(t).toHaveAttribute('aria-current', 'true');
}

async function writeNote(page: Page, text: string) {
  await openTab(page, 'notes');
  const editor = panel(page).locator('[data-note-editor]');
  await editor.fill(text);
  await panel(page).locator('[data-action="save-note"]').click();
}

test('a note survives a reload and a browser restart; the host page origin holds none of our data', async ({ site }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobrettet-profile-'));
  const text = `Ring til virksomheden om pladsmand ${Date.now()}`;
  try {
    let context = await launchWithExtension(dir);
    const foreign = recordForeignRequests(context, site);
    let page = await context.newPage();
    await page.goto(`${site}/minplan.html`);
    await writeNote(page, `${text} (CPR 010190-1234)`);
    const saved = panel(page).locator('[data-note-id]').filter({ hasText: text });
    await expect(saved).toHaveCount(1);
    await expect(saved).not.toContainText('010190-1234');
    await expect(saved).toContainText('******-****');
    await expect(panel(page).locator('[data-cpr-masked]')).toContainText('CPR-numre ikke må gemmes');

    await page.reload();
    await expect(panel(page).locator('[data-note-id]').filter({ hasText: text })).toHaveCount(1);

    // Nothing of ours in the page's origin: no IndexedDB, no localStorage/sessionStorage keys.
    const origin = await page.evaluate(async () => ({
      dbs: (await indexedDB.databases()).map((d) => d.name),
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(origin).toEqual({ dbs: [], local: [], session: [] });
    await context.close();
    expect(foreign).toEqual([]);

    for (let round = 0; round < 2; round++) {
      context = await launchWithExtension(dir);
      const foreignAfterRestart = recordForeignRequests(context, site);
      page = await context.newPage();
      await page.goto(`${site}/minplan.html`);
      await expect(panel(page).locator('[data-note-id]').filter({ hasText: text })).toHaveCount(1);
      await context.close();
      expect(foreignAfterRestart).toEqual([]);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('notes stay in sync across tabs, and edits and deletes reach the other tab', async ({ context, site }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(`${site}/minplan.html`);
  await b.goto(`${site}/minplan.html`);
  await openTab(b, 'notes');
  await expect(panel(b).locator('[data-note-editor]')).toBeVisible();
  await writeNote(a, 'Spørg om løftegrænse i kg');
  await expect(panel(b).locator('[data-note-id]').filter({ hasText: 'løftegrænse' })).toHaveCount(1);
  await panel(a).locator('[data-action="delete-note"]').first().click();
  await panel(a).locator('[data-action="confirm-delete-note"]').click();
  await expect(panel(b).locator('[data-note-id]')).toHaveCount(0);
});

test('a failed write (simulated quota) shows a Danish error next to the note and keeps the draft', async ({ site }) => {
  // The product build has no fault-injection hook; the test build (TEST_EXT_DIR) adds it.
  expect(fs.readFileSync(path.join(EXT_DIR, 'background.js'), 'utf8')).not.toMatch(/jobrettet-test|failNextWrite|Simulated/);
  const context = await launchWithExtension('', TEST_EXT_DIR);
  try {
    const foreign = recordForeignRequests(context, site);
    const id = await extensionId(context);
    const ext = await context.newPage();
    await ext.goto(`chrome-extension://${id}/overview.html`);
    const page = await context.newPage();
    await page.goto(`${site}/minplan.html`);
    await openTab(page, 'notes');
    await expect(panel(page).locator('[data-note-editor]')).toBeVisible();

    // Accepted only from an extension page.
    const armed = await ext.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ ns: 'jobrettet-test', type: 'failNextWrite', errorName: 'QuotaExceededError' }));
    expect(armed).toEqual({ ok: true, data: { armed: true } });

    await writeNote(page, 'Vigtigt udkast der ikke må gå tabt');
    const error = panel(page).locator('[data-note-status="error"]');
    await expect(error).toContainText('ikke mere plads');
    await expect(error).toContainText('bevaret');
    await expect(panel(page).locator('[data-note-editor]')).toHaveValue('Vigtigt udkast der ikke må gå tabt');
    await expect(panel(page).locator('[data-note-id]')).toHaveCount(0);

    await panel(page).locator('[data-action="retry-save-note"]').click();
    await expect(panel(page).locator('[data-note-id]').filter({ hasText: 'Vigtigt udkast' })).toHaveCount(1);
    await expect(panel(page).locator('[data-note-editor]')).toHaveValue('');
    expect(foreign).toEqual([]);
  } finally {
    await context.close();
  }
});

test('a reviewer completes a checklist on the indstilling and sees it in the overview', async ({ context, site }) => {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`${site}/indstilling.html`);
  await openTab(page, 'review');
  await panel(page).locator('[data-action="toggle-review"]').click();
  const items = panel(page).locator('[data-check-id]');
  await expect(items.first()).toBeVisible();
  const n = await items.count();
  expect(n).toBeGreaterThanOrEqual(5);
  const states = await items.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-check-id')}=${e.getAttribute('data-check-state')}`));
  for (const st of states) expect(st).toMatch(/=(met|not-met|unknown)$/);
  // The demo indstilling is filled in: the analysis decides some items by itself.
  expect(states.filter((st) => !st.endsWith('=unknown')).length, states.join(' ')).toBeGreaterThanOrEqual(2);
  await panel(page).locator('[data-check-id="cv-complete"] [data-check-option="not-met"]').check();
  await expect(panel(page).locator('[data-check-id="cv-complete"]')).toHaveAttribute('data-check-state', 'not-met');
  await panel(page).locator('[data-check-id="cv-complete"] [data-check-comment]').fill('CV mangler arbejdsopgaver');
  await panel(page).locator('[data-action="save-review"]').click();
  await expect(panel(page).locator('[data-review-status="ok"]')).toBeVisible();
  // The notes and review sections inside the panel are accessible too.
  await openTab(page, 'notes');
  await panel(page).locator('[data-note-editor]').fill('Udkast');
  const axe = await new AxeBuilder({ page }).include('jobrettet-panel').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const overview = await context.newPage();
  await overview.goto(`chrome-extension://${id}/overview.html`);
  const row = overview.locator('[data-table="reviews"] tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('indstilling');
  const csv = await Promise.all([overview.waitForEvent('download'), overview.locator('[data-action="export-csv"]').click()]).then(([d]) => d.path()).then((p) => fs.readFileSync(p!, 'utf8'));
  // Danish column names and readable names: one column per checklist item with its state and comment.
  const [header, first] = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(header).not.toMatch(/cv-complete|job-goal/);
  expect(first).toContain('Kvalitetstjek;');
  expect(first).toContain('Rehabiliteringsteamets indstilling');
  expect(first).not.toMatch(/;rehab;|;rehab-indstilling;/);
  expect(first).toContain('Ikke opfyldt: CV mangler arbejdsopgaver');
});

test('popup: without the tabs permission Chromium hides tab.url, so the content script reports the host', async ({ context, site }) => {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  await expect(panel(page)).toHaveCount(1);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${id}/popup.html`);
  type Chrome = { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } };
  const seen = await ext.evaluate(async () => {
    const { chrome } = globalThis as unknown as Chrome;
    const tabs = await chrome.tabs.query({});
    const answers = await Promise.all(tabs.map((t) => chrome.tabs.sendMessage(t.id!, { ns: 'jobrettet', type: 'page.hostname' }, { frameId: 0 }).catch(() => null)));
    return { urls: tabs.map((t) => t.url ?? null), answers };
  });
  // No `tabs` permission and no activeTab grant (that needs a real toolbar click): the page URL is hidden …
  expect(seen.urls).not.toContain(`${site}/minplan.html`);
  // … and our content script answers with its host instead.
  expect(seen.answers).toContainEqual({ host: new URL(site).hostname });
  // The popup page itself is the active tab here, so it explains that it cannot run on it.
  await expect(ext.locator('[data-site-state="unavailable"]')).toBeVisible();
});

test('a site switched off in the settings gets no panel, and comes back when switched on', async ({ context, site }) => {
  const id = await extensionId(context);
  const opts = await context.newPage();
  await opts.goto(`chrome-extension://${id}/options.html`);
  await opts.locator('#opt-site').fill(new URL(site).hostname);
  await opts.locator('[data-action="add-site"]').click();
  await expect(opts.locator(`[data-site="${new URL(site).hostname}"]`)).toBeVisible();
  const page = await context.newPage();
  await page.goto(`${site}/minplan.html`);
  await page.waitForTimeout(1500);
  await expect(panel(page)).toHaveCount(0);
  await opts.locator(`[data-site="${new URL(site).hostname}"] button`).click();
  await page.reload();
  await expect(panel(page)).toHaveCount(1);
});
