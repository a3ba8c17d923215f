/** The real command: bundle cli/main.ts like `npm run build:cli` (into a private folder) and spawn bin/jobrettet.mjs. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(__dirname, '../../..');
// Inside the project (.tmp/ is git-ignored), so the bundle finds mammoth and pdfjs-dist in node_modules as it does in use.
mkdirSync(path.join(root, '.tmp'), { recursive: true });
const dir = mkdtempSync(path.join(root, '.tmp', 'jobrettet-bin-'));
const bin = path.join(dir, 'bin', 'jobrettet.mjs');

beforeAll(async () => {
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(path.join(root, 'bin', 'jobrettet.mjs'), bin);
  await build({ configFile: path.join(root, 'cli', 'vite.config.ts'), root, logLevel: 'silent', build: { outDir: path.join(dir, 'dist') } });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], input = '', env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });

describe('bin/jobrettet.mjs', () => {
  it('runs check --json --each-line from stdin', () => {
    const r = run(['check', '--json', '--each-line', '--form', 'minplan', '--field', 'agreement', '-'], 'Du skal søge job.\nDu vil søge 3 stillinger som kok hos Netto inden d. 1.3.\n');
    expect(r.status).toBe(0);
    const arr = JSON.parse(r.stdout);
    expect(arr).toHaveLength(2);
    expect(arr[0].agreements[0].rewrite).toContain('[dato]');
    expect(arr[1].agreements[0].rewrite).toBeNull();
  });

  it('exits 2 with a Danish message for a missing file and for invalid UTF-8', () => {
    const missing = run(['check', path.join(dir, 'nope.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/findes ikke/);
    const bad = path.join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0xc3, 0x28]));
    const r = run(['check', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ikke gyldig UTF-8/);
  });

  it('reads a folder of .docx and .pdf files through the bundle, in path order, unreadable ones on stderr', () => {
    const docs = path.join(root, 'tests', 'fixtures', 'docs');
    const r = run(['check', '--json', docs]);
    expect(r.status).toBe(0);
    const files = JSON.parse(r.stdout).map((x: { file: string }) => path.relative(docs, x.file));
    expect(files).toEqual(['jobmaal.txt', 'minplan.docx', 'skaanehensyn.pdf', 'sub/noter.md']);
    expect(r.stderr).toMatch(/krypteret\.pdf" er en krypteret PDF/);
  });

  it('prints no colours when stdout is not a TTY', () => {
    const r = run(['check', '--field', 'agreement', '-'], 'Du skal søge job.');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Aftalen er ikke SMART/);
    expect(r.stdout).not.toContain('\u001b[');
  });
});
