import path from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/**
 * The word lists are indexed on the first analysis: every entry and its variants tokenized and folded. In a fresh page
 * that cold code took 20–90 ms of the panel's start-up. The build does it instead: it loads the analyser's sources in
 * its own Node process, serialises the records (vocab/lexicon-records.ts) and writes them into
 * vocab/prebuilt-index.ts, which is empty in the sources. At run time a list whose records are missing or do not
 * match its entries is tokenized as before, so the records can only save time, never change a match.
 */
const TARGET = /[\\/]lib[\\/]analysis[\\/]vocab[\\/]prebuilt-index\.ts$/;
const ROOT = path.resolve(import.meta.dirname, '../..');

let json: Promise<string> | null = null;
/** The records, computed once per build process (WXT runs several Vite builds). */
export function lexiconIndexJson(): Promise<string> {
  return (json ??= runnerImport<{ serializedIndex(): string }>(path.join(ROOT, 'scripts/build/lexicon-index-source.ts'), {
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: { alias: { '@': ROOT } },
  }).then(({ module }) => module.serializedIndex()));
}

export function prebuiltLexicons(): Plugin {
  return {
    name: 'jobrettet:prebuilt-lexicons',
    enforce: 'pre',
    async load(id) {
      if (!TARGET.test(id.split('?')[0]!)) return null;
      return `export const PREBUILT_INDEX = ${JSON.stringify(await lexiconIndexJson())};\n`;
    },
  };
}
