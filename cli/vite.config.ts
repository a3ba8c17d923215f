import { defineConfig } from 'vite';
import { prebuiltLexicons } from '../scripts/build/prebuilt-lexicons.ts';

// Bundles the `jobrettet` command (cli/main.ts + the pure lib/analysis core) into dist/cli.mjs,
// so `npx jobrettet check` runs with plain Node 20 after `npm ci` (postinstall builds it).
export default defineConfig({
  // The word lists indexed at build time: a command checks one document per start (scripts/build/prebuilt-lexicons.ts).
  plugins: [prebuiltLexicons()],
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
