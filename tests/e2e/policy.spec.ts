/**
 * A real Chromium enterprise policy for Jobrettet: a policy file in /etc/chromium/policies/managed/ (what Group
 * Policy/Intune write to the registry on Windows), addressed to the extension's fixed id. Needs root; the file
 * applies to every Chromium on this machine while it exists, so it only lives for this one test and is removed
 * whatever happens.
 */
import { chromium, test, expect, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../../playwright.config';
import { CHROMIUM_ARGS, DEMO_DIR, EXT_DIR, panelOf, panelCount, recordForeignRequests } from './fixtures';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'jobrettet-test.json');
/** The id documented in README.md and docs/admin.md. */
const DOCUMENTED_ID = 'chdlcpjdhgndpjnhoalcmkihnjjopgim';
const DAY = 86_400_000;

const PROFILE = {
  id: 'fagsystem-nord-indstilling',
  name: 'Indstilling i Fagsystem Nord',
  kind: 'rehab',
  subKind: 'indstilling',
  urlHints: [{ host: '127.0.0.1', path: '/sagsnotat' }],
  signatures: ['Beslutningsgrundlag'],
  fields: { accommodations: ['særlige forhold på arbejdspladsen'], justification: ['indstillingens begrundelse'] },
};
const POLICY = {
  locale: 'en',
  urlPatterns: ['127.0.0.1', 'localhost'],
  disabledSites: ['localhost'],
  disabledCategories: ['personal-data'],
  retentionDays: 30,
  profiles: [PROFILE],
};

/** A page no built-in profile recognises (its labels are the municipality's own words). */
const CUSTOM_PAGE = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sagsnotat – Fagsystem Nord</title></head>
<body><h1>Beslutningsgrundlag</h1><form onsubmit="return false">
<label for="a">Særlige forhold på arbejdspladsen</label><textarea id="a" rows="4" cols="60"></textarea>
<label for="b">Indstillingens begrundelse</label><textarea id="b" rows="4" cols="60"></textarea>
</form></body></html>`;

/** Chrome's id: the first 128 bits of the SHA-256 of the manifest key, hex digits written as a-p. */
function idOfKey(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function removePolicy() {
  fs.rmSync(POLICY_FILE, { force: true });
}

async function serve(host: string): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (rel === '/sagsnotat.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CUSTOM_PAGE);
    const file = path.join(DEMO_DIR, path.normalize(rel));
    if (!file.startsWith(DEMO_DIR) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    const type = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' }[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { port: (server.address() as { port: number }).port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function worker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

type StorageArea = { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
async function storage(context: BrowserContext, area: 'managed' | 'local'): Promise<Record<string, unknown>> {
  return (await worker(context)).evaluate((a) => (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } }).chrome.storage[a].get(null), area);
}

test.describe.configure({ mode: 'serial' });

test.afterAll(removePolicy);

test('a real Chromium policy sets, locks and is honoured everywhere; removing it updates open pages live', async () => {
  test.skip(typeof process.getuid === 'function' && process.getuid() !== 0, 'needs root: writes a Chromium policy file to /etc/chromium/policies/managed');
  test.setTimeout(150_000);
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, 'manifest.json'), 'utf8')) as { key?: string };
  expect(manifest.key, 'the built manifest has a fixed key').toBeTruthy();
  const id = idOfKey(manifest.key!);
  expect(id).toBe(DOCUMENTED_ID);

  const server = await serve('127.0.0.1');
  // Another loopback address: a host outside the policy's urlPatterns.
  const outside = await serve('127.0.0.2');
  const ip = `http://127.0.0.1:${server.port}`;
  const local = `http://localhost:${server.port}`;
  const other = `http://127.0.0.2:${outside.port}`;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobrettet-policy-'));
  let context: BrowserContext | null = null;
  const launch = async () => {
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    return context;
  };
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [id]: POLICY } } }));

    // 1. A first run: notes edited 60 and 10 days ago (imported), the user's own retention of 120 days.
    let ctx = await launch();
    expect(new URL((await worker(ctx)).url()).host, 'Chromium loaded the extension under its fixed id').toBe(id);
    await expect.poll(() => storage(ctx, 'managed'), { message: 'managed storage holds the whole policy' }).toEqual(POLICY);
    await (await worker(ctx)).evaluate((s) => (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } }).chrome.storage.local.set({ settings: s }), { retentionDays: 120 });
    const overview = await ctx.newPage();
    await overview.goto(`chrome-extension://${id}/overview.html`);
    await expect(overview.locator('main[data-ready="true"]')).toBeVisible();
    const now = Date.now();
    const note = (nid: string, age: number, text: string) => ({ id: nid, formKey: `${ip}/sagsnotat.html`, caseLabel: '', formKind: 'rehab', text, tags: [], createdAt: now - age, updatedAt: now - age });
    const file = { format: 'jobrettet-export', version: 1, exportedAt: new Date(now).toISOString(), notes: [note('old', 60 * DAY, 'Ændret for 60 dage siden'), note('recent', 10 * DAY, 'Ændret for 10 dage siden')], reviews: [] };
    await overview.locator('[data-action="import-json"]').setInputFiles({ name: 'noter.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(overview.locator('[data-table="notes"] tbody tr')).toHaveCount(2);
    await ctx.close();

    // 2. Next start: retention runs with the policy's 30 days (the user's 120 would keep both notes).
    ctx = await launch();
    const foreign = recordForeignRequests(ctx, ip);
    await expect.poll(() => storage(ctx, 'managed')).toEqual(POLICY);
    const overview2 = await ctx.newPage();
    await overview2.goto(`chrome-extension://${id}/overview.html`);
    await expect(overview2.locator('main[data-ready="true"]')).toBeVisible();
    await expect(overview2.locator('[data-table="notes"] tbody tr')).toHaveCount(1);
    await expect(overview2.locator('[data-table="notes"]')).toContainText('Ændret for 10 dage siden');

    // 3. The options page: every setting shows the policy's value, locked, in the policy's language.
    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.locator('#opt-retention')).toHaveValue('30');
    await expect(options.locator('html')).toHaveAttribute('lang', 'en');
    await expect(options.locator('[data-locked]')).toHaveCount(5);
    for (const sel of ['#opt-locale', '#opt-site', '#opt-retention', '#opt-profiles', '[data-action="save-retention"]', '[data-action="save-profiles"]', '[data-action="add-site"]']) {
      await expect(options.locator(sel), sel).toBeDisabled();
    }
    for (const box of await options.locator('[data-category]').all()) await expect(box).toBeDisabled();
    await expect(options.locator('[data-category="personal-data"]')).not.toBeChecked();
    await expect(options.locator('[data-setting="disabledSites"] [data-site="localhost"]')).toBeVisible();
    expect(JSON.parse(await options.locator('#opt-profiles').inputValue())).toEqual([PROFILE]);

    // 4. The content script: a switched-off site gets no panel; the policy's profile recognises the unfamiliar page;
    //    the policy's language and switched-off category apply.
    const off = await ctx.newPage();
    await off.goto(`${local}/minplan.html`);
    const notAllowed = await ctx.newPage();
    await notAllowed.goto(`${other}/minplan.html`);
    const page: Page = await ctx.newPage();
    await page.goto(`${ip}/sagsnotat.html`);
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-form-kind', 'rehab');
    await expect(panel).toHaveAttribute('data-sub-kind', 'indstilling');
    await expect(panel.locator('[data-form-name]')).toHaveText("Rehabilitation team's recommendation");
    await page.locator('#a').click();
    await expect(panel.locator('[data-field-role]')).toHaveAttribute('data-field-role', 'accommodations');
    await expect(panel.locator('.jr-score')).toContainText('Job focus');
    await page.locator('#a').fill('Der skal tages hensyn til ryggen. CPR 010190-1234.');
    await expect(panel.locator('[data-rule-id="vague-accommodation"]').first()).toBeVisible();
    await expect(panel.locator('[data-category="personal-data"]')).toHaveCount(0);
    // The switched-off site and the one outside urlPatterns loaded long before: their content scripts have answered by now.
    expect(await panelCount(off)).toBe(0);
    expect(await panelCount(notAllowed)).toBe(0);

    // 5. Live removal: delete the file and have Chromium re-read its policies (chrome://policy, "Reload policies").
    removePolicy();
    const policyPage = await ctx.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    await expect.poll(() => storage(ctx, 'managed'), { timeout: 30_000 }).toEqual({});
    // The open options page unlocks and shows the values now in force (the user's own 120 days, not the stale 30).
    await expect(options.locator('[data-locked]')).toHaveCount(0);
    await expect(options.locator('#opt-retention')).toHaveValue('120');
    await expect(options.locator('#opt-retention')).toBeEnabled();
    await expect(options.locator('html')).toHaveAttribute('lang', 'da');
    await expect(options.locator('#opt-profiles')).toHaveValue('');
    // Saving now keeps 120: nothing stale is written.
    await options.locator('[data-action="save-retention"]').click();
    await expect.poll(async () => ((await storage(ctx, 'local')).settings as { retentionDays?: number }).retentionDays).toBe(120);
    // The page that only the policy's profile recognised loses its panel; the site that was off gets one, in Danish.
    await expect(panelOf(page)).toHaveCount(0);
    await expect(panelOf(off)).toHaveAttribute('data-form-kind', 'minplan');
    await expect(panelOf(off).locator('.jr-score')).toContainText('Jobfokus');
    await expect(panelOf(notAllowed)).toHaveAttribute('data-form-kind', 'minplan');
    expect(foreign.filter((r) => !r.includes(` ${local}/`) && !r.includes(` ${other}/`) && !/^GET chrome:\/\//.test(r)), 'requests that left the machine').toEqual([]);
  } finally {
    removePolicy();
    await (context as BrowserContext | null)?.close().catch(() => {});
    await server.close();
    await outside.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});
