#!/usr/bin/env node
// `npm run bench:ext-cpu`: the extension's own main-thread CPU time on the busy page without a form (bench-busy.html, a
// new DOM every 100 ms for 10 s), from CDP CPU profiles: the samples whose stack holds a frame of the extension's
// scripts. Finer than `npm run bench:e2e`'s with/without ratio, whose pairs differ by ±30 ms of the page's own time.
// Options: --no-build (reuse $JOBRETTET_OUT, default .output), --loads N (default 6), --compare DIR (alternate the
// loads with the build in DIR/chrome-mv3, e.g. a previous commit's, and print both and the paired differences).
import path from 'node:path';
import { EXT_DIR, buildAll, checkChromium, launch, serveDemo } from './lib/browser.mjs';
import { NO_FORM_PAGES, writeNoFormPages } from './lib/no-form.mjs';
import { median } from './lib/bench-node.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const LOADS = Number(option('--loads') ?? 6);
const COMPARE = option('--compare');

checkChromium();
if (!argv.includes('--no-build')) buildAll();
writeNoFormPages();
const server = await serveDemo();
const dirs = [EXT_DIR, ...(COMPARE ? [path.join(path.resolve(COMPARE), 'chrome-mv3')] : [])];
const contexts = [];
for (const extDir of dirs) contexts.push(await launch({ extDir }));

/** ms of samples with an extension frame anywhere on their stack. */
function extensionMs(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let ms = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      if (byId.get(id).callFrame.url.startsWith('chrome-extension://')) {
        ms += (profile.timeDeltas[i + 1] ?? 0) / 1000;
        break;
      }
    }
  }
  return ms;
}

async function load(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/${NO_FORM_PAGES.busy}`);
  await page.waitForFunction(() => window.__done === true, null, { timeout: 60_000, polling: 500 });
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return extensionMs(profile);
}

const series = dirs.map(() => []);
try {
  // One unmeasured load each (caches, JIT); then alternated, the order flipped every round.
  for (const c of contexts) await load(c);
  for (let r = 0; r < LOADS; r++) {
    const order = r % 2 ? [...contexts.keys()].reverse() : [...contexts.keys()];
    for (const k of order) series[k].push(await load(contexts[k]));
  }
} finally {
  for (const c of contexts) await c.close();
  await server.close();
}
const fmt = (xs) => `${median(xs).toFixed(1)} ms (${xs.map((x) => x.toFixed(1)).join(', ')})`;
console.log(`Udvidelsens egen CPU-tid på den travle side uden formular (10 s), median af ${LOADS} indlæsninger:`);
console.log(`  denne build: ${fmt(series[0])}`);
if (COMPARE) {
  console.log(`  ${COMPARE}: ${fmt(series[1])}`);
  console.log(`  parvis forskel (denne − sammenligning), median: ${median(series[0].map((x, i) => x - series[1][i])).toFixed(1)} ms`);
}
