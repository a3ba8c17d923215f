// No-form cost for `npm run bench:e2e`: main-thread script time (CDP Performance.getMetrics ScriptDuration, CPU
// time, so load on the machine matters less than wall time) on pages without a form, with vs without the
// extension: two browsers, one launched with the extension, alternated per pair (who goes first alternates too).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM, DEMO_DIR } from './browser.mjs';
import { BUSY_HTML, bigStaticHtml } from './no-form-pages.mjs';

export const NO_FORM_PAGES = { busy: 'bench-busy.html', static: 'bench-static.html' };

export function writeNoFormPages() {
  fs.writeFileSync(path.join(DEMO_DIR, NO_FORM_PAGES.busy), BUSY_HTML);
  fs.writeFileSync(path.join(DEMO_DIR, NO_FORM_PAGES.static), bigStaticHtml());
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
