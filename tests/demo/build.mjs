// Builds the demo pages into ${JOBRETTET_OUT:-.output}/demo with Vite (multi-page, relative base, local assets only).
// Usage: node tests/demo/build.mjs
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { DEMO_DIR, DEMO_PAGES, expandIncludes } from './includes.mjs';

const ROOT = path.resolve(DEMO_DIR, '../..');
const OUT = path.resolve(ROOT, process.env.JOBRETTET_OUT ?? '.output', 'demo');

const started = Date.now();
await build({
  configFile: false,
  root: DEMO_DIR,
  base: './',
  logLevel: 'warn',
  resolve: { alias: { '@': ROOT } },
  define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [{ name: 'jobrettet-demo-includes', transformIndexHtml: { order: 'pre', handler: (html) => expandIncludes(html) } }],
  build: {
    outDir: OUT,
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: Object.fromEntries(DEMO_PAGES.map((p) => [p.replace(/\.html$/, ''), path.join(DEMO_DIR, p)])),
      output: { comments: { legal: false } },
    },
  },
});

// No page may load anything from the network: check every src/href/url()/import in the output.
const REMOTE = /(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\/|url\(\s*["']?\s*(?:https?:)?\/\/|@import\s+["']?(?:https?:)?\/\/|import\s*\(\s*["'](?:https?:)?\/\//gi;
const offenders = [];
for (const file of fs.readdirSync(OUT, { recursive: true })) {
  const full = path.join(OUT, String(file));
  if (!/\.(html|css|js)$/.test(full)) continue;
  const text = fs.readFileSync(full, 'utf8');
  for (const m of text.matchAll(REMOTE)) offenders.push(`${path.relative(OUT, full)}: ${text.slice(m.index, m.index + 80)}`);
}
if (offenders.length) {
  console.error(`Remote references in the demo build:\n${offenders.join('\n')}`);
  process.exit(1);
}
console.log(`demo pages built in ${Date.now() - started} ms: ${OUT}`);
