#!/usr/bin/env node
// Self-hosted Chrome/Edge install (docs/admin.md): signs the built extension as a CRX with the private key and writes the
// update manifest that ExtensionInstallForcelist points at.
//   npm run build && npm run package:crx -- --key /safe/place/jobrettet.pem --base-url https://intranet.kommune.dk/jobrettet/
// Output: .output/jobrettet-<version>.crx and .output/updates.xml. The key must be the one whose public half is the
// manifest `key` (otherwise the id would change); it is checked before anything is signed.
import { spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.resolve(ROOT, process.env.JOBRETTET_OUT ?? '.output');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_ID = 'chdlcpjdhgndpjnhoalcmkihnjjopgim';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const keyFile = opt('key');
const baseUrl = opt('base-url');
if (!keyFile || !baseUrl || !/^https:\/\//.test(baseUrl)) {
  console.error('Brug: npm run package:crx -- --key <privat nøgle .pem> --base-url https://<server>/<mappe>/');
  process.exit(2);
}
const dir = path.join(OUT, 'chrome-mv3');
const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
let pub;
try {
  pub = createPublicKey(fs.readFileSync(keyFile)).export({ type: 'spki', format: 'der' }).toString('base64');
} catch (err) {
  console.error(`Fejl: kan ikke læse nøglen ${keyFile}: ${err.message}`);
  process.exit(2);
}
if (pub !== manifest.key) {
  console.error(`Fejl: nøglen passer ikke til manifestets "key" (id'et ville ikke blive ${CHROME_ID}).`);
  process.exit(1);
}

// Chromium writes <dir>.crx next to the folder it packs: pack a copy in a temporary folder.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jobrettet-crx-'));
try {
  const copy = path.join(tmp, 'ext');
  fs.cpSync(dir, copy, { recursive: true });
  const r = spawnSync(CHROMIUM, ['--headless', '--no-sandbox', `--user-data-dir=${path.join(tmp, 'profile')}`, `--pack-extension=${copy}`, `--pack-extension-key=${path.resolve(keyFile)}`], { encoding: 'utf8' });
  if (!fs.existsSync(`${copy}.crx`)) {
    console.error(`Fejl: Chromium lavede ingen CRX-fil.\n${r.stderr}`);
    process.exit(1);
  }
  const crxName = `jobrettet-${manifest.version}.crx`;
  fs.copyFileSync(`${copy}.crx`, path.join(OUT, crxName));
  const codebase = new URL(crxName, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
  fs.writeFileSync(
    path.join(OUT, 'updates.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">\n  <app appid="${CHROME_ID}">\n    <updatecheck codebase="${codebase}" version="${manifest.version}" />\n  </app>\n</gupdate>\n`,
  );
  console.log(`${path.relative(ROOT, path.join(OUT, crxName))}\n${path.relative(ROOT, path.join(OUT, 'updates.xml'))}`);
  console.log(`ExtensionInstallForcelist: ${CHROME_ID};${new URL('updates.xml', codebase).href}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
