import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const KEY = 'http://127.0.0.1/minplan.html';
const now = Date.UTC(2026, 10, 20, 10, 30);

function review(id: string, opts: { smart: number; total: number; score: number; acc: 'met' | 'not-met' | 'unknown' }) {
  return {
    id, formKey: KEY, caseLabel: `Sag ${id}`, formKind: 'minplan', subKind: null, phase: 'minplan',
    items: [
      { id: 'agreements-smart', state: opts.smart === opts.total ? 'met' : 'not-met', auto: 'not-met', comment: '=HYPERLINK("x")' },
      { id: 'job-goal-oriented', state: 'met', auto: 'met', comment: '' },
      { id: 'accommodations-concrete', state: opts.acc, auto: 'unknown', comment: 'semikolon; og "citat"' },
    ],
    metrics: { jobFocusScore: opts.score, agreementsTotal: opts.total, agreementsSmart: opts.smart },
    excerpt: null, createdAt: now, updatedAt: now,
  };
}

const FILE = {
  format: 'jobrettet-export',
  version: 1,
  exportedAt: new Date(now).toISOString(),
  notes: [
    { id: 'n1', formKey: KEY, caseLabel: 'Sag A', formKind: 'minplan', text: 'Ring til virksomheden om pladsmand', tags: ['opfølgning'], createdAt: now, updatedAt: now },
    { id: 'n2', formKey: KEY, caseLabel: '', formKind: 'cv', text: 'Spørg om løftegrænse i kg', tags: [], createdAt: now - 1000, updatedAt: now - 1000 },
    { id: 'n3', formKey: KEY, caseLabel: '', formKind: 'cv', text: '=1+1 og @SUM(A1)', tags: [], createdAt: now - 2000, updatedAt: now - 2000 },
  ],
  reviews: [review('r1', { smart: 1, total: 4, score: 35, acc: 'not-met' }), review('r2', { smart: 2, total: 2, score: 81, acc: 'met' }), review('r3', { smart: 0, total: 2, score: 55, acc: 'not-met' })],
};

async function importFile(page: Page, name: string, body: string) {
  await page.locator('[data-action="import-json"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
}

async function download(page: Page, action: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-action="${action}"]`).click()]);
  return fs.readFileSync((await dl.path())!, 'utf8');
}

function sorted<T extends { id: string }>(xs: T[]): T[] {
  return [...xs].sort((a, b) => a.id.localeCompare(b.id));
}

test('overview: import, tables, charts beside baselines, CSV and JSON export round-trip, corrupt import refused', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/overview.html`);
  await expect(page.locator('main[data-ready="true"]')).toBeVisible();
  await importFile(page, 'eksport.json', JSON.stringify(FILE));
  await expect(page.locator('[data-import-status="ok"]')).toContainText('Importeret: 3 noter og 3 kvalitetstjek');
  // An older backup of the same records never overwrites them, and the summary says so.
  const older = { ...FILE, notes: FILE.notes.map((x) => (x.id === 'n1' ? { ...x, text: 'Gammel udgave', updatedAt: now - 5000 } : x)) };
  await importFile(page, 'gammel.json', JSON.stringify(older));
  await expect(page.locator('[data-import-status="ok"]')).toContainText('Importeret: 2 noter og 3 kvalitetstjek. Ikke importeret: 1 noter og 0 kvalitetstjek');
  await expect(page.locator('[data-table="notes"]')).not.toContainText('Gammel udgave');
  await expect(page.locator('[data-table="reviews"] tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-table="notes"] tbody tr')).toHaveCount(3);

  // Charts: 3/8 SMART agreements = 38 %, skånehensyn 1 of 3 = 33 %, beside the seed baselines.
  await expect(page.locator('[data-chart-table="shares"] tr[data-metric="smart"]')).toContainText('38 %');
  await expect(page.locator('[data-chart-table="shares"] tr[data-metric="smart"]')).toContainText('25 %');
  await expect(page.locator('[data-chart-table="shares"] tr[data-metric="accommodations"]')).toContainText('33 %');
  await expect(page.locator('[data-chart-table="shares"] tr[data-metric="accommodations"]')).toContainText('30–37 %');
  await expect(page.locator('[data-chart-table="shares"] tr[data-metric="progression"]')).toContainText('6 %');
  await expect(page.locator('svg[role="img"] title')).toHaveCount(2);

  // Sorting and filtering.
  await page.locator('[data-table="reviews"] [data-sort="jobFocus"]').click();
  await expect(page.locator('[data-table="reviews"] tbody tr').first()).toHaveAttribute('data-row-id', 'r1');
  await page.locator('[data-table="reviews"] [data-sort="jobFocus"]').click();
  await expect(page.locator('[data-table="reviews"] tbody tr').first()).toHaveAttribute('data-row-id', 'r2');
  await page.locator('[data-filter="text"]').fill('løftegrænse');
  await expect(page.locator('[data-table="notes"] tbody tr')).toHaveCount(1);
  await page.locator('[data-filter="text"]').fill('');

  const csv = await download(page, 'export-csv');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFType;Oprettet;Ændret;/);
  expect(csv).toContain('20-11-2026');
  // Formula injection neutralised; `;`, quotes and newlines stay inside one quoted cell.
  expect(csv).toContain(`;'=1+1 og @SUM(A1);`);
  expect(csv).not.toMatch(/;=1\+1/);
  expect(csv).toContain('"Hver aftale er SMART: =HYPERLINK(""x"")\nKonkrete skånehensyn knyttet til opgaver: semikolon; og ""citat"""');

  const exported = JSON.parse(await download(page, 'export-json'));
  expect(sorted(exported.notes)).toEqual(sorted(FILE.notes));
  expect(sorted(exported.reviews)).toEqual(sorted(FILE.reviews));

  // A truncated file is refused with a Danish reason and changes nothing.
  const text = JSON.stringify(exported);
  await importFile(page, 'afkortet.json', text.slice(0, text.length / 2));
  await expect(page.locator('[data-import-status="error"]')).toContainText('ikke gyldig JSON');
  await importFile(page, 'cpr.json', JSON.stringify({ ...exported, notes: [{ ...exported.notes[0], text: 'CPR 010190-1234' }] }));
  await expect(page.locator('[data-import-status="error"]')).toContainText('CPR-nummer');
  await expect(page.locator('[data-table="notes"] tbody tr')).toHaveCount(3);

  // Delete everything in the options page, then the export restores it exactly.
  const opts = await context.newPage();
  await opts.goto(`chrome-extension://${extensionId}/options.html`);
  await opts.locator('[data-action="delete-all"]').click();
  await opts.locator('[data-action="confirm-delete-all"]').click();
  await expect(opts.getByText('Alle dine noter, kvalitetstjek og afviste fund er slettet.')).toBeVisible();
  await expect(page.locator('[data-table="notes"] tbody tr')).toHaveText(['Ingen rækker.']);
  await importFile(page, 'eksport.json', JSON.stringify(exported));
  await expect(page.locator('[data-import-status="ok"]')).toContainText('3 noter og 3 kvalitetstjek');
  const again = JSON.parse(await download(page, 'export-json'));
  expect(sorted(again.notes)).toEqual(sorted(FILE.notes));
  expect(sorted(again.reviews)).toEqual(sorted(FILE.reviews));

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('options: language, sites, categories, retention validation, profile errors at their line; axe clean', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('h1')).toHaveText('Jobrettet – indstillinger');
  await expect(page.locator('[data-locked]')).toHaveCount(0);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.locator('#opt-site').fill('https://www.jobnet.dk/cv');
  await page.locator('[data-action="add-site"]').click();
  await expect(page.locator('[data-site="jobnet.dk"]')).toBeVisible();
  await page.locator('[data-category="plain-language"]').uncheck();
  await page.locator('#opt-retention').fill('0');
  await page.locator('[data-action="save-retention"]').click();
  await expect(page.getByText('Skriv et helt antal dage mellem 1 og 3650.')).toBeVisible();
  await page.locator('#opt-retention').fill('30');
  await page.locator('[data-action="save-retention"]').click();

  const profiles = '[\n  {\n    "id": "vores-plan",\n    "name": "Vores plan",\n    "kind": "minplan",\n    "fields": {\n      "agreement": ["aftaler"],\n      "timetal": ["timer"]\n    }\n  }\n]';
  await page.locator('#opt-profiles').fill(profiles);
  await page.locator('[data-action="save-profiles"]').click();
  await expect(page.locator('[data-error-line="8"]')).toContainText('Linje 8');
  await page.locator('#opt-profiles').fill(profiles.replace(',\n      "timetal": ["timer"]', ''));
  await page.locator('[data-action="save-profiles"]').click();
  await expect(page.getByText('1 profiler er gemt.')).toBeVisible();

  const [sw] = context.serviceWorkers();
  const stored = await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ disabledSites: ['jobnet.dk'], disabledCategories: ['plain-language'], retentionDays: 30, customProfiles: [{ id: 'vores-plan' }] });

  await page.locator('#opt-locale').selectOption('en');
  await expect(page.locator('h1')).toHaveText('Jobrettet – settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
