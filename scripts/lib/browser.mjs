// Shared by `npm run demo` and `npm run bench:e2e`: build, serve the demo pages, launch Chromium with the extension.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startDemoServer } from '../../tests/demo/server.mjs';

export const OUT = path.resolve(process.env.JOBRETTET_OUT ?? '.output');
export const EXT_DIR = path.join(OUT, 'chrome-mv3');
export const DEMO_DIR = path.join(OUT, 'demo');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`Fejl: "${cmd} ${args.join(' ')}" fejlede (kode ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

/** Builds the Chrome extension and the demo pages into $JOBRETTET_OUT (default .output). */
export function buildAll() {
  run(process.execPath, [path.resolve('node_modules/wxt/bin/wxt.mjs'), 'build']);
  run(process.execPath, [path.resolve('tests/demo/build.mjs')]);
}

export function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium mangler (${CHROMIUM}). Installér det med: apt-get update && apt-get install -y chromium`);
    process.exit(1);
  }
}

export async function serveDemo() {
  return startDemoServer(DEMO_DIR);
}

/** A plain-http intranet host name (not a secure context, unlike 127.0.0.1/localhost), mapped to the local server. */
export const PLAIN_HTTP_HOST = 'jobrettet-intranet.test';

/**
 * Chromium flags that load the unpacked extension (both are needed: Playwright adds --disable-extensions) and
 * stop Chromium's own background connections on this closed network. Shared with tests/e2e/fixtures.ts.
 */
export function chromiumArgs(extDir = EXT_DIR) {
  return [
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Every *.test name (a reserved TLD) is the local demo server: the E2E project `chromium-plain-http` serves the
    // demo pages as http://jobrettet-intranet.test:<port>, and cross-origin tests use a second name.
    '--host-resolver-rules=MAP *.test 127.0.0.1',
  ];
}

/** A fresh Chromium profile with an unpacked extension, this build's by default (new headless mode runs MV3 extensions). */
export async function launch({ headless = true, viewport = { width: 1400, height: 900 }, extDir = EXT_DIR } = {}) {
  return chromium.launchPersistentContext('', { executablePath: CHROMIUM, headless, viewport, args: chromiumArgs(extDir) });
}
