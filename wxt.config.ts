import { defineConfig } from 'wxt';
import { silentContentScriptContext } from './scripts/build/silent-content-script';

// https://wxt.dev/api/config.html
export default defineConfig({
  // A separate output folder lets parallel work (or the benchmark) build without clobbering .output/.
  outDir: process.env.JOBRETTET_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: {
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
    web_accessible_resources: [{ resources: ['panel-app.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
  },
  vite: () => ({
    plugins: [silentContentScriptContext()], // no page-visible start-up message (see the file)
    // The E2E test build (JOBRETTET_TEST=1) adds lib/storage/test-hooks.ts; production bundles have no test hook.
    define: { 'import.meta.env.JOBRETTET_TEST': JSON.stringify(process.env.JOBRETTET_TEST === '1') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Vite 8 (rolldown): WXT only forces ASCII output for esbuild. Without this, Dexie's
    // "\uFFFF" is emitted raw and Chrome refuses the content script as "not UTF-8".
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
