import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnalyseOptions } from '@/lib/analysis/types';
import { openPrebuilt } from '@/lib/analysis/vocab/lexicon-records';
import { prebuiltLexicons } from '../../../../scripts/build/prebuilt-lexicons';
import { DEV } from '../../../corpus/dev';

const MODES: AnalyseOptions[] = [
  {},
  { form: 'minplan', field: 'agreement' },
  { form: 'rehab', field: 'resources' },
  { form: 'rehab', field: 'accommodations' },
  { form: 'cv', field: 'cv-experience' },
  { form: 'rehab', field: 'job-goal' },
];

/** One fresh copy of the analyser, with the given build index (or the sources' empty one). */
async function analyser(index?: string) {
  vi.resetModules();
  if (index !== undefined) vi.doMock('@/lib/analysis/vocab/prebuilt-index', () => ({ PREBUILT_INDEX: index }));
  const { analyse } = await import('@/lib/analysis/analyse');
  const lexicon = await import('@/lib/analysis/vocab/lexicon');
  const { buildModel } = await import('@/lib/analysis/text/model');
  /** Every list's hits in a text (each with its entry index). */
  const hits = (text: string) => lexicon.hitsOf(buildModel(text));
  return { analyse, lexicon, hits };
}

/** A text that holds every phrase and compound head of the index (a prefix with an ending, a number for `#`). */
function everyPhrase(json: string): string {
  const data = JSON.parse(json) as { exact: Record<string, unknown[]>; prefix: Record<string, unknown[]>; heads: Record<string, unknown[]>; numeric: unknown[] };
  const word = (t: string) => (t === '#' ? '12' : t.endsWith('*') ? `${t.slice(0, -1)}er` : t);
  const out: string[] = [];
  for (const [table, ending] of [[data.exact, ''], [data.prefix, 'er']] as const) {
    for (const [key, flat] of Object.entries(table)) {
      out.push(key + ending);
      for (const x of flat) if (typeof x === 'string') out.push(x.split(' ').map(word).join(' '));
    }
  }
  for (const x of data.numeric) if (typeof x === 'string') out.push(x.split(' ').map(word).join(' '));
  for (const head of Object.keys(data.heads)) out.push(`arbejds${head}`);
  return out.join('. ');
}

afterEach(() => {
  vi.doUnmock('@/lib/analysis/vocab/prebuilt-index');
  vi.resetModules();
});

describe('the build’s word-list index (vocab/lexicon-records.ts, scripts/build/prebuilt-lexicons.ts)', () => {
  it('gives every analysis what the lists tokenized at run time give', async () => {
    const plain = await analyser();
    const json = plain.lexicon.serializedIndex();
    const texts = [everyPhrase(json), ...DEV.map((e) => e.text)];
    const expected = MODES.map((o) => texts.map((t) => plain.analyse(t, o)));
    const lists = plain.lexicon.indexedLists().built;
    expect(lists).toBeGreaterThan(100);
    expect(plain.lexicon.indexedLists().prebuilt).toBe(0);

    const expectedHits = texts.map(plain.hits);
    const built = await analyser(json);
    expect(texts.map(built.hits)).toEqual(expectedHits);
    const got = MODES.map((o) => texts.map((t) => built.analyse(t, o)));
    expect(built.lexicon.indexedLists()).toEqual({ prebuilt: lists, built: 0 });
    expect(got).toEqual(expected);
    // The every-phrase text finds something in every mode (a test that matched nothing would prove nothing).
    for (const r of got) expect(r[0]!.findings.length + r[0]!.jobFocus.score).toBeGreaterThan(0);
  });

  it('is not used for lists it does not hold, nor when it is empty or corrupt: they are tokenized as without a build', async () => {
    const plain = await analyser();
    const json = plain.lexicon.serializedIndex();
    const lists = [{ id: 0, name: 'occupations', entries: ['kok', 'tømrer*'] }];
    expect(openPrebuilt(json, lists)).toBeNull();
    expect(openPrebuilt('', lists)).toBeNull();
    expect(openPrebuilt('{"lists":', lists)).toBeNull();
    const corrupt = await analyser('{"lists": [');
    expect(corrupt.analyse('Jeg søger job som kok.', { form: 'cv', field: 'cv-job-wish' })).toEqual(plain.analyse('Jeg søger job som kok.', { form: 'cv', field: 'cv-job-wish' }));
    expect(corrupt.lexicon.indexedLists().prebuilt).toBe(0);
  });

  it('is written into vocab/prebuilt-index.ts by the build step, for exactly the lists the analyser compiles', async () => {
    const plugin = prebuiltLexicons();
    const load = plugin.load as (id: string) => Promise<string | null>;
    expect(await load.call({}, '/x/lib/analysis/vocab/lexicon.ts')).toBeNull();
    const code = (await load.call({}, '/x/lib/analysis/vocab/prebuilt-index.ts?v=1'))!;
    const json = JSON.parse(code.match(/^export const PREBUILT_INDEX = (".*");\n$/s)![1]!) as string;
    const built = await analyser(json);
    built.analyse('Borger søger job som kok.', {});
    expect(built.lexicon.indexedLists().built).toBe(0);
    expect(built.lexicon.indexedLists().prebuilt).toBeGreaterThan(100);
  }, 30_000);
});
