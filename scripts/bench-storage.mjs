#!/usr/bin/env node
// Storage benchmark (not part of the tests): time to open the overview with 10,000 reviews, and the time to
// export 10,000 rows as CSV and JSON. Needs a built extension: `npx wxt build` (or JOBRETTET_OUT=<dir>).
// Usage: node scripts/bench-storage.mjs [rows=10000]
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROWS = Number(process.argv[2] ?? 10_000);
const OUT = process.env.JOBRETTET_OUT ?? '.output';
const EXT = path.resolve(OUT, 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(path.join(EXT, 'manifest.json'))) {
  console.error(`build first: ${EXT} missing (npx wxt build)`);
  process.exit(1);
}

const PHASES = ['minplan', 'cv', 'rehab-forberedende', 'rehab-indstilling'];
const KINDS = { minplan: 'minplan', cv: 'cv', 'rehab-forberedende': 'rehab', 'rehab-indstilling': 'rehab' };
const STATES = ['met', 'not-met', 'unknown'];
function reviews(n) {
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => {
    const phase = PHASES[i % PHASES.length];
    const total = i % 6;
    return {
      id: `bench${i}`,
      formKey: `https://fagsystem.example.dk/${phase}/*`,
      caseLabel: `Sag ${i % 500}`,
      formKind: KINDS[phase],
      subKind: phase === 'rehab-indstilling' ? 'indstilling' : null,
      phase,
      items: ['job-goal-concrete', 'accommodations-concrete', 'progression-goal', 'hours-interval', 'cv-complete'].map((id, k) => ({
        id, state: STATES[(i + k) % 3], auto: STATES[(i * 7 + k) % 3], comment: k === 0 && i % 10 === 0 ? 'Mangler konkret stilling; se "aftale" =ok' : '',
      })),
      metrics: { jobFocusScore: (i * 37) % 101, agreementsTotal: total, agreementsSmart: Math.floor(total / 3) },
      excerpt: null,
      createdAt: now - (i % 80) * 86_400_000,
      updatedAt: now - (i % 80) * 86_400_000,
    };
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobrettet-bench-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM,
  headless: true,
  acceptDownloads: true,
  args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(sw.url()).host;
  const page = await context.newPage();
  const url = `chrome-extension://${id}/overview.html`;
  await page.goto(url);
  await page.waitForSelector('main[data-ready="true"]');

  const file = JSON.stringify({ format: 'jobrettet-export', version: 1, exportedAt: new Date().toISOString(), notes: [], reviews: reviews(ROWS) });
  let t = performance.now();
  await page.locator('[data-action="import-json"]').setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.waitForSelector('[data-import-status="ok"]', { timeout: 120_000 });
  const importMs = performance.now() - t;

  const opens = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await page.goto(url);
    await page.waitForSelector('[data-table="reviews"] tbody tr[data-row-id]', { timeout: 120_000 });
    opens.push(performance.now() - t);
  }
  const rowsShown = await page.locator('[data-table="reviews"] tbody tr').count();
  const heading = await page.locator('#ov-reviews').textContent();

  const exportTime = async (action) => {
    const runs = [];
    let size = 0;
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator(`[data-action="${action}"]`).click()]);
      const p = await dl.path();
      runs.push(performance.now() - t);
      size = fs.statSync(p).size;
    }
    return { ms: median(runs), size };
  };
  const csv = await exportTime('export-csv');
  const json = await exportTime('export-json');

  console.log(`rows: ${ROWS} reviews (${heading?.trim()}; ${rowsShown} table rows rendered, the rest behind "Vis flere")`);
  console.log(`import JSON (${(file.length / 1e6).toFixed(1)} MB, validated + one transaction): ${importMs.toFixed(0)} ms`);
  console.log(`open overview with ${ROWS} reviews (navigation → first table row), median of 5: ${median(opens).toFixed(0)} ms  [${opens.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`export CSV ${ROWS} rows (click → download complete), median of 3: ${csv.ms.toFixed(0)} ms, ${(csv.size / 1e6).toFixed(2)} MB`);
  console.log(`export JSON ${ROWS} rows, median of 3: ${json.ms.toFixed(0)} ms, ${(json.size / 1e6).toFixed(2)} MB`);
} finally {
  await context.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
