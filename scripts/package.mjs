#!/usr/bin/env node
// `npm run package`: the store packages and their checks.
//   .output/jobrettet-<version>-chrome.zip   Chrome/Edge with the fixed id (manifest `key`): unpacked, self-hosted CRX
//   .output/jobrettet-<version>-chrome-store.zip  the same without `key`, for the Chrome Web Store / Edge Add-ons upload
//   .output/jobrettet-<version>-firefox.zip  addons.mozilla.org or self-hosted (firefox-mv2)
//   .output/jobrettet-<version>-sources.zip  the sources addons.mozilla.org's review rebuilds (npm run package:verify)
// Then: web-ext lint on the Firefox build (0 errors; every warning must be a known one from a library), no
// Function constructor/eval in any bundle, and the fixed identity and icons in both manifests and zips.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.resolve(ROOT, process.env.JOBRETTET_OUT ?? '.output');
const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const ICON_SIZES = ['16', '32', '48', '128'];
/** Pinned here as in README.md and docs/admin.md: a changed key must be a deliberate change of all three. */
const CHROME_ID = 'chdlcpjdhgndpjnhoalcmkihnjjopgim';
const GECKO_ID = 'jobrettet@jobrettet.dk';

/**
 * Warnings web-ext lint may report that are not in our code: Preact's renderer assigns innerHTML for
 * `dangerouslySetInnerHTML`, which our code never uses (checked below).
 */
const KNOWN_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML' }];

const problems = [];
const fail = (msg) => problems.push(msg);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: process.env });
  if (r.status !== 0 && !opts.allowFail) {
    console.error(`Fejl: "${cmd} ${args.join(' ')}" fejlede (kode ${r.status}).`);
    process.exit(r.status ?? 1);
  }
  return r.stdout ?? '';
}

/** Names of the files in a zip (the central directory), without an unzip tool. */
export function zipEntries(file) {
  const buf = fs.readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extra + comment;
  }
  return names;
}

function idOfKey(key) {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const wxt = [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs')];
run(process.execPath, [...wxt, 'zip']);
run(process.execPath, [...wxt, 'zip', '-b', 'firefox']);
// The store build goes to its own folder, so .output/chrome-mv3 keeps the fixed id.
const STORE_OUT = path.join(OUT, 'store');
{
  const r = spawnSync(process.execPath, [...wxt, 'zip'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, JOBRETTET_STORE: '1', JOBRETTET_OUT: STORE_OUT } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  fs.renameSync(path.join(STORE_OUT, `jobrettet-${version}-chrome.zip`), path.join(OUT, `jobrettet-${version}-chrome-store.zip`));
}

const zips = {
  chrome: path.join(OUT, `jobrettet-${version}-chrome.zip`),
  'chrome-store': path.join(OUT, `jobrettet-${version}-chrome-store.zip`),
  firefox: path.join(OUT, `jobrettet-${version}-firefox.zip`),
  sources: path.join(OUT, `jobrettet-${version}-sources.zip`),
};
for (const [name, file] of Object.entries(zips)) if (!fs.existsSync(file)) fail(`${name} zip missing: ${file}`);

// Identity and icons.
const chromeManifest = JSON.parse(fs.readFileSync(path.join(OUT, 'chrome-mv3/manifest.json'), 'utf8'));
const firefoxManifest = JSON.parse(fs.readFileSync(path.join(OUT, 'firefox-mv2/manifest.json'), 'utf8'));
if (!chromeManifest.key || idOfKey(chromeManifest.key) !== CHROME_ID) fail(`chrome manifest key does not give the id ${CHROME_ID}`);
if (firefoxManifest.key) fail('firefox manifest has a key (Firefox does not use it)');
const storeManifest = JSON.parse(fs.readFileSync(path.join(STORE_OUT, 'chrome-mv3/manifest.json'), 'utf8'));
if (storeManifest.key) fail('the Chrome Web Store zip has a key (the store refuses it)');
const { key: _key, ...keyless } = chromeManifest;
if (JSON.stringify(storeManifest) !== JSON.stringify(keyless)) fail('the store manifest differs from the Chrome manifest by more than the key');
const gecko = firefoxManifest.browser_specific_settings?.gecko ?? {};
if (gecko.id !== GECKO_ID) fail(`firefox gecko id is ${gecko.id}, expected ${GECKO_ID}`);
if (JSON.stringify(gecko.data_collection_permissions) !== JSON.stringify({ required: ['none'] })) fail('firefox data_collection_permissions must be { required: ["none"] }');
for (const [browser, m, action] of [['chrome', chromeManifest, chromeManifest.action], ['chrome-store', storeManifest, storeManifest.action], ['firefox', firefoxManifest, firefoxManifest.browser_action]]) {
  for (const size of ICON_SIZES) {
    if (!m.icons?.[size]) fail(`${browser} manifest: no ${size}px icon`);
    if (!action?.default_icon?.[size]) fail(`${browser} manifest: no ${size}px action icon`);
  }
  if (fs.existsSync(zips[browser])) {
    const entries = new Set(zipEntries(zips[browser]));
    for (const icon of Object.values(m.icons ?? {})) if (!entries.has(icon)) fail(`${browser} zip lacks ${icon}`);
    if (!entries.has('managed_schema.json')) fail(`${browser} zip lacks managed_schema.json`);
  }
}
if (fs.existsSync(zips.sources)) {
  const leaked = zipEntries(zips.sources).filter((e) => /\.pem$|(^|\/)\.keys\/|(^|\/)\.env/.test(e));
  if (leaked.length) fail(`sources zip holds secrets: ${leaked.join(', ')}`);
}

// No string evaluation anywhere in the bundles.
for (const dir of ['chrome-mv3', 'firefox-mv2', 'store/chrome-mv3']) {
  for (const rel of fs.readdirSync(path.join(OUT, dir), { recursive: true })) {
    const file = path.join(OUT, dir, String(rel));
    if (!file.endsWith('.js')) continue;
    const js = fs.readFileSync(file, 'utf8');
    const m = /\bnew Function\b|(?<![.\w$])Function\(|(?<![.\w$])eval\(/.exec(js);
    if (m) fail(`${dir}/${rel}: string evaluation near "${js.slice(Math.max(0, m.index - 40), m.index + 40)}"`);
  }
}

// Our own code never uses what the known warnings are about.
for (const dir of ['components', 'entrypoints', 'lib']) {
  for (const rel of fs.readdirSync(path.join(ROOT, dir), { recursive: true })) {
    const file = path.join(ROOT, dir, String(rel));
    if (/\.(ts|tsx)$/.test(file) && /dangerouslySetInnerHTML/.test(fs.readFileSync(file, 'utf8'))) fail(`${dir}/${rel} uses dangerouslySetInnerHTML`);
  }
}

// Mozilla's linter, as addons.mozilla.org runs it.
const lintOut = run(process.execPath, [path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', path.join(OUT, 'firefox-mv2'), '--output', 'json', '--no-input'], { capture: true, allowFail: true });
let lint;
try {
  lint = JSON.parse(lintOut.slice(lintOut.indexOf('{')));
} catch {
  fail(`web-ext lint gave no JSON: ${lintOut.slice(0, 300)}`);
}
if (lint) {
  for (const e of lint.errors) fail(`web-ext lint error ${e.code} in ${e.file ?? 'manifest'}: ${e.message}`);
  for (const n of [...lint.warnings, ...lint.notices]) {
    const known = KNOWN_WARNINGS.some((k) => k.code === n.code && n.message === k.message);
    if (!known) fail(`web-ext lint ${n._type} ${n.code} in ${n.file ?? 'manifest'}: ${n.message}`);
  }
  console.log(`web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings (${lint.warnings.filter((n) => KNOWN_WARNINGS.some((k) => k.code === n.code && n.message === k.message)).length} known, from Preact), ${lint.summary.notices} notices`);
}

for (const [name, file] of Object.entries(zips)) if (fs.existsSync(file)) console.log(`${name.padEnd(12)} ${path.relative(ROOT, file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KB)`);
console.log(`Chrome/Edge id: ${CHROME_ID} · Firefox id: ${GECKO_ID}`);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('package: ok');
