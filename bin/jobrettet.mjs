#!/usr/bin/env node
// Entry point of the `jobrettet` command. The TypeScript sources are bundled to dist/cli.mjs by
// `npm run build:cli` (run automatically after `npm ci`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('jobrettet: dist/cli.mjs mangler. Kør "npm run build:cli" (eller "npm ci") først.\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
