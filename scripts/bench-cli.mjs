#!/usr/bin/env node
// Times `jobrettet check` on a large generated file in both output modes (readable report and --json),
// and --each-line on 100,000 lines, with peak memory (max RSS). Run after `npm run build:cli`:
//   node scripts/bench-cli.mjs [megabytes=20]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const mb = Number(process.argv[2] ?? 20);
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'bench-cli-'));
const paragraph =
  'Borger skal skånes og må ikke løfte tungt. Han kan arbejde 10-12 timer om ugen.\n' +
  '- Du skal arbejde på din jobsøgning.\n- Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.\n' +
  'Borger fortæller, at hun har ondt i ryggen, og at hun gerne vil arbejde som kontorassistent.\n\n';
const big = path.join(dir, 'big.txt');
writeFileSync(big, paragraph.repeat(Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(paragraph))));
const lines = path.join(dir, 'lines.txt');
writeFileSync(lines, Array.from({ length: 100_000 }, (_, i) => (i % 2 ? 'Han skal skånes.' : 'Du vil søge 3 stillinger som kok hos Netto inden d. 1.3.')).join('\n'));

function time(label, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(root, 'bin/jobrettet.mjs'), 'check', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const rssKb = Number(r.stderr.trim().split('\n').pop());
  console.log(`${label.padEnd(34)} ${s.toFixed(1).padStart(6)} s   max RSS ${(rssKb / 1024).toFixed(0)} MB   exit ${r.status}   stdout ${(r.stdout.length / 1e6).toFixed(1)} MB`);
}
console.log(`input: ${mb} MB (${paragraph.split('\n').length - 1} lines repeated), and 100,000 lines`);
time(`${mb} MB, readable report`, ['--form', 'rehab', big]);
time(`${mb} MB, --json`, ['--json', '--form', 'rehab', big]);
time('100,000 lines, --each-line readable', ['--each-line', '--form', 'minplan', '--field', 'agreement', lines]);
time('100,000 lines, --each-line --json', ['--json', '--each-line', '--form', 'minplan', '--field', 'agreement', lines]);
rmSync(dir, { recursive: true, force: true });
