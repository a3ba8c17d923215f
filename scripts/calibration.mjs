#!/usr/bin/env node
// Per-role calibration table of the job-focus score for the README: runs the calibration test
// (tests/unit/analysis/score/calibration.test.ts) and prints its markdown table. Reads the seed pairs, the demo pages'
// texts, the labelled corpus and, when present, tests/corpus/independent/roles.json ({text, form, field, quality}).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'jobrettet-calibration-'));
const out = path.join(dir, 'table.md');
const run = spawnSync('npx', ['vitest', 'run', 'tests/unit/analysis/score/calibration.test.ts', '-t', 'prints the per-role table'], {
  cwd: root,
  env: { ...process.env, CALIBRATION_OUT: out },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  process.stdout.write(readFileSync(out, 'utf8'));
} catch {
  console.error('Kalibreringstabellen blev ikke skrevet (se fejlen ovenfor).');
  process.exitCode = run.status || 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
