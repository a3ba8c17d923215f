#!/usr/bin/env node
// `npm run package:verify` (after `npm run package`): what addons.mozilla.org's reviewers do with the sources zip.
// Unpacks it into a temporary folder, runs `npm ci` there (from npm's cache when possible) and builds both browsers,
// then compares every file of the fresh builds with the Chrome and Firefox zips byte for byte.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.resolve(ROOT, process.env.JOBRETTET_OUT ?? '.output');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const zip = (name) => path.join(OUT, `jobrettet-${version}-${name}.zip`);
for (const name of ['chrome', 'firefox', 'sources']) {
  if (!fs.existsSync(zip(name))) {
    console.error(`Fejl: ${zip(name)} mangler. Kør først: npm run package`);
    process.exit(2);
  }
}

const env = { ...process.env };
delete env.JOBRETTET_OUT;
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`Fejl: "${cmd} ${args.join(' ')}" fejlede (kode ${r.status}) i ${cwd}.`);
    process.exit(1);
  }
}

function hashes(dir) {
  const out = new Map();
  for (const rel of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, String(rel));
    if (fs.statSync(file).isFile()) out.set(String(rel).split(path.sep).join('/'), createHash('sha256').update(fs.readFileSync(file)).digest('hex'));
  }
  return out;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobrettet-verify-'));
let failed = 0;
try {
  const src = path.join(tmp, 'src');
  fs.mkdirSync(src);
  run('unzip', ['-q', zip('sources'), '-d', src], tmp);
  run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], src);
  run(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], src);
  run(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build', '-b', 'firefox'], src);
  for (const [name, dir] of [['chrome', 'chrome-mv3'], ['firefox', 'firefox-mv2']]) {
    const pkg = path.join(tmp, `pkg-${name}`);
    fs.mkdirSync(pkg);
    run('unzip', ['-q', zip(name), '-d', pkg], tmp);
    const want = hashes(pkg);
    const got = hashes(path.join(src, '.output', dir));
    const differ = [...new Set([...want.keys(), ...got.keys()])].filter((f) => want.get(f) !== got.get(f)).sort();
    if (differ.length) {
      failed++;
      console.error(`${name}: ${differ.length} file(s) differ between the package and the rebuild from sources:\n  ${differ.join('\n  ')}`);
    } else console.log(`${name}: the rebuild from the sources zip is identical (${want.size} files)`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
