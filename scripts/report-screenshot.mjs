#!/usr/bin/env node
// Regenerates docs/report.png: a small folder of rehab documents (texts plus the .docx/.pdf fixtures, one of them
// encrypted) checked with `jobrettet check --form rehab --report`, photographed by Debian's headless Chromium.
// Run after `npm run build:cli`: node scripts/report-screenshot.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'jobrettet-report-'));
const fixtures = path.join(root, 'tests', 'fixtures', 'docs');
const texts = {
  'sag-1042/skaanehensyn.txt': 'Skånehensyn\nBorger skal skånes og må ikke løfte tungt.\n',
  'sag-1042/jobmaal.txt': 'Borger ønsker at arbejde med noget praktisk.\n',
  'sag-1042/progression.txt': 'Progressionsmål: Borger skal op på 15 timer om ugen.\n',
  'sag-1057/skaanehensyn.txt': 'Max 5 kg løft højst 10 gange i timen. Ingen arbejde over skulderhøjde; pauser på 10 minutter hver time.\n',
  'sag-1057/jobmaal.txt': 'Jobmål: job som lagermedarbejder hos en mellemstor virksomhed i Kolding, 10-15 timer om ugen, med plukning og pakning.\n',
  'sag-1057/progression.txt':
    'Progressionsmål: Borger kan arbejde 10-12 timer om ugen nu og forventes at kunne klare flere opgaver selvstændigt, fx modtagekontrol, inden for et halvt år.\n',
};
for (const [name, text] of Object.entries(texts)) {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
}
copyFileSync(path.join(fixtures, 'minplan.docx'), path.join(dir, 'sag-1042/min-plan.docx'));
copyFileSync(path.join(fixtures, 'skaanehensyn.pdf'), path.join(dir, 'sag-1042/forberedende-del.pdf'));
copyFileSync(path.join(fixtures, 'krypteret.pdf'), path.join(dir, 'sag-1057/indstilling.pdf'));

const report = path.join(dir, 'rapport.html');
spawnSync(process.execPath, [path.join(root, 'bin', 'jobrettet.mjs'), 'check', '--form', 'rehab', '--report', report, '.'], { cwd: dir, stdio: 'ignore' });
const png = path.join(root, 'docs', 'report.png');
execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--screenshot=${png}`, '--window-size=1280,900', `file://${report}`], {
  stdio: 'ignore',
  timeout: 60_000,
});
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${path.relative(process.cwd(), png)}`);
