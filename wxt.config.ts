import path from 'node:path';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { silentContentScriptContext } from './scripts/build/silent-content-script';
import { withoutRuleExamples } from './scripts/build/without-rule-examples';
import { prebuiltLexicons } from './scripts/build/prebuilt-lexicons';

// https://wxt.dev/api/config.html

/** Chrome/Edge extension id, derived from PUBLIC_KEY (first 128 bits of its SHA-256, digits 0-f written as a-p). */
export const CHROME_EXTENSION_ID = 'chdlcpjdhgndpjnhoalcmkihnjjopgim';
export const GECKO_ID = 'jobrettet@jobrettet.dk';
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqoujIkj7P5HjNw5V4ZnE7stAVCGRYa5AF/cjVgMDE2xOkdfbQYmzhWGpmpBfnn6dC7fOV/7RBhiCPPzN9CWilmqxSsAE/PAXrU0A4GfNz7amQTSlIJS39grWrdooCLmaIGOYbCOJPMNpuQ/tBI0k+z/PznCVpztBa26XGye5OAAoNBiTVdCFriz1gyWorOPcWzSznBcWt66253o3LUapneZlhGv6UfBQDWgrTjI8E0tN9ql2muw/AfXtQXxnRIkk7yXUQlkg53GDXRjOy8X1lK2npsIYzOIb7o2B+Cemke0lVNq0MrkL9iG6JluHpWwwaat2cr2Cy5u0qNPR1FkIxQIDAQAB';
/**
 * zod 4 probes for eval support with `new Function("")` (util.allowsEval) even though lib/settings/zod-jitless.ts
 * switches its JIT off; the probe alone makes every bundle contain the Function constructor (web-ext lint:
 * DANGEROUS_EVAL). With jitless the probe's answer is never used, so it is compiled to "no eval". Fails the build
 * when a zod upgrade changes the probe, so the check cannot silently stop working.
 */
function zodWithoutEvalProbe(): Plugin {
  const probe = /const F = Function;\s*new F\(""\);\s*return true;/;
  return {
    name: 'jobrettet:zod-without-eval-probe',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/.test(id)) return null;
      if (!probe.test(code)) this.error('zod util.allowsEval changed: update zodWithoutEvalProbe in wxt.config.ts');
      return { code: code.replace(probe, 'return false;'), map: null };
    },
  };
}

const ICONS = { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' };
export default defineConfig({
  // A separate output folder lets parallel work (or the benchmark) build without clobbering .output/.
  outDir: process.env.JOBRETTET_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // `npm run package` (scripts/package.mjs): the store zips and, for addons.mozilla.org's review, the sources zip
  // (hidden files such as .keys/ are left out by WXT; so are tests and the output folder).
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['dist/**', 'test-results/**', 'demo-screenshots/**', 'reports/**', 'playwright-report/**', '**/*.pem', 'docs/*.png'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'da',
    // storage: settings (per-site off switch, options). Nothing else: no tabs, no host permissions
    // beyond the content script's own matches, no remote code.
    // activeTab (H6): lets the toolbar popup read the current tab's URL for the per-site switch while the user
    // has it open — Chromium hides tab.url for content-script-only hosts, and `tabs` would be far broader.
    permissions: ['storage', 'activeTab'],
    // Municipal IT can set policy centrally (Chrome/Edge managed storage); lib/settings merges and locks it.
    storage: { managed_schema: 'managed_schema.json' },
    // The panel's shortcut; users change it in the browser's extension shortcuts (chrome://extensions/shortcuts).
    commands: { 'toggle-panel': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commandTogglePanel__' } },
    web_accessible_resources: [{ resources: ['panel-app.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    icons: ICONS,
    action: { default_icon: ICONS },
    // A fixed identity, so IT can address the extension in policies (docs/admin.md). Chrome/Edge: the public key
    // fixes the id to CHROME_EXTENSION_ID for unpacked and self-hosted builds; the private key that signs CRX files
    // is kept outside the repository. Firefox ignores `key` and uses the gecko id.
    ...(browser === 'firefox'
      ? {
          // WXT writes the MV2 browser_action from the popup; its icon has to be given here.
          browser_action: { default_icon: ICONS },
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // addons.mozilla.org: Jobrettet collects and transmits no data.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // The Chrome Web Store refuses a manifest with `key` ("key field is not allowed"): its zip is built without it.
        process.env.JOBRETTET_STORE === '1'
        ? {}
        : { key: PUBLIC_KEY }),
  }),
  hooks: {
    // The panel bundle uses the loader's polyfilled `browser` (entrypoints/panel.content/handed-browser.ts) instead
    // of a second copy of webextension-polyfill; the first matching alias wins, so it goes in front.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'panel-app')) return;
      const own = { find: /^wxt\/browser$/, replacement: path.resolve('entrypoints/panel.content/handed-browser.ts') };
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [own, ...rest] };
    },
  },
  vite: () => ({
    plugins: [zodWithoutEvalProbe(), silentContentScriptContext(), withoutRuleExamples(), prebuiltLexicons()], // no eval probe; no page-visible start-up message; no test data; the word lists indexed at build time
    // The E2E test build (JOBRETTET_TEST=1) adds lib/storage/test-hooks.ts; production bundles have no test hook.
    define: { 'import.meta.env.JOBRETTET_TEST': JSON.stringify(process.env.JOBRETTET_TEST === '1') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Vite 8 (rolldown): WXT only forces ASCII output for esbuild. Without this, Dexie's
    // "\uFFFF" is emitted raw and Chrome refuses the content script as "not UTF-8".
    // JOBRETTET_SOURCEMAP=1: source maps beside the bundles, to see what they are made of (bytes per source file);
    // =plain: unminified bundles (one statement per line: line-level CPU profiles of start-up).
    build: { sourcemap: process.env.JOBRETTET_SOURCEMAP === '1', ...(process.env.JOBRETTET_SOURCEMAP === 'plain' ? { minify: false } : {}), rolldownOptions: { output: { charset: 'ascii' } } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
