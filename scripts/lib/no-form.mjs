// No-form cost for `npm run bench:e2e`: main-thread script time (CDP Performance.getMetrics ScriptDuration, CPU
// time, so load on the machine matters less than wall time) on pages without a form, with vs without the
// extension: two browsers, one launched with the extension, alternated per pair (who goes first alternates too).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, DEMO_DIR } from './browser.mjs';

/** A single-page app re-rendering a big DOM every 100 ms for 10 s: a list, headings, a search box; no form field any profile knows. */
const BUSY = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Lagerstatus – live (bench)</title></head>
<body><header><h1>Lagerstatus</h1><input type="search" name="q" placeholder="Søg vare" aria-label="Søg"></header><main id="app"></main>
<script>
const app = document.getElementById('app');
let tick = 0;
function render() {
  const frag = document.createDocumentFragment();
  for (let s = 0; s < 20; s++) {
    const sec = document.createElement('section');
    const h = document.createElement('h2');
    h.textContent = 'Afdeling ' + s + ' · opdatering ' + tick;
    sec.append(h);
    const ul = document.createElement('ul');
    for (let i = 0; i < 100; i++) {
      const li = document.createElement('li');
      li.className = 'row';
      const b = document.createElement('b');
      b.textContent = 'Vare ' + (s * 100 + i);
      const span = document.createElement('span');
      span.textContent = ' ' + ((tick * 7 + i * 13) % 997) + ' stk. på lager';
      li.append(b, span);
      ul.append(li);
    }
    sec.append(ul);
    frag.append(sec);
  }
  app.replaceChildren(frag);
  tick++;
}
render();
const started = performance.now();
const timer = setInterval(() => {
  render();
  if (performance.now() - started >= 10000) { clearInterval(timer); window.__done = true; }
}, 100);
</script></body></html>`;

/** A static page with 50,000 elements and 5,000 headings, a search box, no form. */
function bigStatic() {
  let body = '<header><h1>Arkiv</h1><input type="search" name="q" aria-label="Søg i arkivet"></header><main>';
  for (let i = 0; i < 5000; i++) {
    body += `<article><h3>Nyhed ${i}: nye åbningstider</h3><p>Tekst <b>${i}</b> om <i>biblioteket</i> og <a href="#a${i}">mere</a>.</p><ul><li>a</li><li>b</li></ul></article>`;
  }
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Arkiv (bench)</title></head><body>${body}</main></body></html>`;
}

export const NO_FORM_PAGES = { busy: 'bench-busy.html', static: 'bench-static.html' };

export function writeNoFormPages() {
  fs.writeFileSync(path.join(DEMO_DIR, NO_FORM_PAGES.busy), BUSY);
  fs.writeFileSync(path.join(DEMO_DIR, NO_FORM_PAGES.static), bigStatic());
}

async function scriptTime(context, url, waitDone) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  if (waitDone) await page.waitForFunction(() => window.__done === true, null, { timeout: 60_000, polling: 500 });
  else await page.waitForTimeout(2000); // the extension's idle work after load
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? 0;
  const out = { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000 };
  await page.close();
  return out;
}

/**
 * Median over alternated pairs of (script time with the extension) / (without), plus the median extra ms.
 * `withExt` is the extension's context (already warmed up); a plain Chromium is launched here for the other side.
 */
export async function noFormCost(withExt, origin, { pairs = 7 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  const plain = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const results = {};
  for (const [key, file] of Object.entries(NO_FORM_PAGES)) {
    const url = `${origin}/${file}`;
    const waitDone = key === 'busy';
    // One unmeasured load each (caches, JIT).
    await scriptTime(withExt, url, false);
    await scriptTime(plain, url, false);
    const ratios = [];
    const extra = [];
    const base = [];
    for (let i = 0; i < (waitDone ? Math.ceil(pairs / 2) + 1 : pairs); i++) {
      const order = i % 2 ? [plain, withExt] : [withExt, plain];
      const r = new Map();
      for (const ctx of order) r.set(ctx, await scriptTime(ctx, url, waitDone));
      const w = r.get(withExt).script;
      const wo = r.get(plain).script;
      ratios.push(w / wo);
      extra.push(w - wo);
      base.push(wo);
    }
    results[key] = { ratios, extra, base };
  }
  await browser.close();
  return results;
}
