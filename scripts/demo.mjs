// `npm run demo`: builds the extension and the demo pages, serves them on 127.0.0.1 and opens Chromium with
// Jobrettet loaded. With a display: a normal browser window on the demo index (close it to stop). Without one:
// headless, saving a screenshot of every demo page with the panel into demo-screenshots/ and printing the paths.
// Options: --no-build (reuse the last build), --headless (screenshots even when a display is present).
import fs from 'node:fs';
import path from 'node:path';
import { buildAll, checkChromium, launch, serveDemo } from './lib/browser.mjs';

const args = new Set(process.argv.slice(2));
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !args.has('--headless');
const SHOTS = path.resolve('demo-screenshots');

/** Each page, the field to focus (so the panel shows that field) and a sentence to type (live analysis). */
const PAGES = [
  { page: 'cv.html', field: '#cv-jobonske', type: ' Jeg er god til at samarbejde.' },
  { page: 'minplan.html', field: '#mp-aftaler' },
  { page: 'rehab.html', field: '#rp-skaane', type: ' Der skal tages hensyn til ryggen.' },
  { page: 'rehab-iframe.html', frame: 'rehab-frame.html', field: '#rp-skaane', type: ' Hun skal tage det roligt.' },
  { page: 'indstilling.html', field: '#in-skaane' },
  { page: 'spa.html', field: '#spa-aftaler' },
  { page: 'editors.html', field: '.ck-editor__editable' },
  { page: 'none.html' },
];

checkChromium();
if (!args.has('--no-build')) buildAll();
const server = await serveDemo();
console.log(`Demo-sider: ${server.origin}/index.html`);

if (headed) {
  const context = await launch({ headless: false, viewport: null });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/index.html`);
  console.log('Chromium er åbnet med Jobrettet. Luk vinduet for at stoppe.');
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

fs.mkdirSync(SHOTS, { recursive: true });
const context = await launch({ headless: true });
const saved = [];
let failed = 0;
for (const p of PAGES) {
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/${p.page}`);
    if (p.page === 'editors.html') await page.waitForFunction(() => document.documentElement.dataset.editorsReady === 'true');
    const scope = p.frame ? page.frames().find((f) => f.url().endsWith(`/${p.frame}`)) : page;
    if (!scope) throw new Error(`rammen ${p.frame} blev ikke fundet`);
    if (p.field) {
      const panel = page.locator('jobrettet-panel'); // a same-origin frame's form has its panel in the top document
      await panel.locator('[data-job-focus-score]').waitFor({ timeout: 10_000 });
      const field = scope.locator(p.field).first();
      await field.click();
      if (p.type) {
        await field.press('Control+End');
        await field.pressSequentially(p.type, { delay: 10 });
      }
      await page.waitForTimeout(300); // let the last analysis and highlights land
      // Start the screenshot at the top of the page; the panel has its own scroll.
      await scope.evaluate(() => window.scrollTo(0, 0));
      if (scope !== page) await page.evaluate(() => window.scrollTo(0, 0));
    } else {
      await page.waitForTimeout(800);
      const n = await page.evaluate(() => document.querySelectorAll('jobrettet-panel').length);
      if (n !== 0) throw new Error('panel på en side uden formular');
    }
    const file = path.join(SHOTS, p.page.replace(/\.html$/, '.png'));
    await page.screenshot({ path: file });
    saved.push(file);
  } catch (err) {
    failed++;
    console.error(`${p.page}: ${err instanceof Error ? err.message : err}`);
  } finally {
    await page.close();
  }
}
await context.close();
await server.close();
console.log(`Ingen skærm (DISPLAY): skærmbilleder gemt (${saved.length}):`);
for (const f of saved) console.log(`  ${path.relative(process.cwd(), f)}`);
process.exit(failed ? 1 : 0);
