// Shared by the Node benchmarks (bench.mjs, bench-incremental.mjs): the analyser bundled with Vite for Node (as the CLI
// is) into a temporary folder, and the statistics they report.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundles `entries` ({ name: path relative to the project root, or to `from`: a checkout of another revision })
 * for Node; `load(name)` imports one of them, `dispose()` removes the folder.
 */
export async function bundleForNode(entries, from = root) {
  const out = mkdtempSync(path.join(tmpdir(), 'jobrettet-bench-'));
  const dispose = () => rmSync(out, { recursive: true, force: true });
  // tsconfig.json extends WXT's generated one: a fresh checkout of another revision borrows this one's.
  if (!existsSync(path.join(from, '.wxt', 'tsconfig.json'))) cpSync(path.join(root, '.wxt'), path.join(from, '.wxt'), { recursive: true });
  try {
    await build({
      configFile: false,
      root: from,
      logLevel: 'silent',
      resolve: { alias: { '@': from } },
      build: {
        ssr: true,
        outDir: out,
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        rolldownOptions: {
          input: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(from, file)])),
          output: { entryFileNames: '[name].mjs', format: 'es' },
        },
      },
    });
  } catch (error) {
    dispose();
    throw error;
  }
  return { load: (name) => import(pathToFileURL(path.join(out, `${name}.mjs`)).href), dispose };
}

export function median(xs) {
  const a = [...xs].sort((x, y) => x - y);
  return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
}

export function quantile(xs, q) {
  const a = [...xs].sort((x, y) => x - y);
  return a[Math.min(a.length - 1, Math.max(0, Math.round(q * (a.length - 1))))];
}
