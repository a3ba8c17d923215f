import { defineConfig } from 'vite';

// Bundles the `jobrettet` command (cli/main.ts + the pure lib/analysis core) into dist/cli.mjs,
// so `npx jobrettet check` runs with plain Node 20 after `npm ci` (postinstall builds it).
export default defineConfig({
  resolve: { alias: { '@': new URL('..', import.meta.url).pathname.replace(/\/$/, '') } },
  build: {
    ssr: 'cli/main.ts',
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { entryFileNames: 'cli.mjs', format: 'es' } },
  },
  logLevel: 'warn',
});
