import { foldDanish } from '../text/normalize';
import { forEachVariant, tokenizePhrase, type PhraseToken } from '../text/phrases';

/** A phrase of a list in the index (vocab/lexicon.ts): its list (lexicon id), entry index and tokens. */
export interface Phrase {
  lex: number;
  entry: number;
  tokens: PhraseToken[];
}

/** How one list enters the index: its phrases, variants included, and its compound heads, in entry order. */
export interface ListRecords {
  phrases: { entry: number; tokens: PhraseToken[] }[];
  /** "*smerter": the folded head. */
  heads: { head: string; entry: number }[];
}

/** The table a phrase is indexed in by its first token; none for an empty one, which never matches a word. */
export function tableOf(first: PhraseToken): 'numeric' | 'prefix' | 'exact' | null {
  if (first.numeric) return 'numeric';
  if (!first.value) return null;
  return first.prefix ? 'prefix' : 'exact';
}

/** Tokenize a list's entries (and their variants) as the index needs them: the cold start-up work the build can do. */
export function recordsOf(entries: readonly string[]): ListRecords {
  const phrases: ListRecords['phrases'] = [];
  const heads: ListRecords['heads'] = [];
  forEachVariant(entries, (e, entry) => {
    if (e.startsWith('*') && !e.includes(' ')) {
      const head = foldDanish(e.slice(1));
      if (head) heads.push({ head, entry });
      return;
    }
    const tokens = tokenizePhrase(e);
    if (tokens.length) phrases.push({ entry, tokens });
  });
  return { phrases, heads };
}

/**
 * The whole index as JSON data, keyed as the index is looked up, so that a page decodes only the keys its words ask for.
 * `lists`: name, entry count, first and last entry of each list (what identifies it: two lists may share a name).
 * Phrases flat as list number, entry index and the tokens after the key (space-separated; `#` a number, a trailing `*`
 * a prefix: a token's value, a word's norm, holds neither; numbers keep every token); a one-word phrase, its key alone
 * (most are), as list number and `-1 - entry`. Heads flat as list number and entry index.
 */
interface Serialized {
  lists: [string, number, string, string][];
  exact: Record<string, (number | string)[]>;
  prefix: Record<string, (number | string)[]>;
  numeric: (number | string)[];
  heads: Record<string, number[]>;
  prefixLengths: number[];
  headLengths: number[];
}

interface Source {
  name: string;
  entries: readonly string[];
}

const identity = ({ name, entries }: Source): [string, number, string, string] => [name, entries.length, entries[0] ?? '', entries[entries.length - 1] ?? ''];
const sameList = (a: readonly [string, number, string, string], b: readonly [string, number, string, string]): boolean =>
  a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
/** The distinct lengths of `keys` (and `more`), ascending: the index's key lengths, tried one by one per word. */
export function keyLengths(keys: Iterable<string>, more: readonly number[] = []): number[] {
  const out = new Set(more);
  for (const k of keys) out.add(k.length);
  return [...out].sort((x, y) => x - y);
}

const encode = (t: PhraseToken): string => {
  if (t.numeric) return '#';
  if (/[\s*#]/.test(t.value)) throw new Error(`lexicon records: a token that cannot be written: ${JSON.stringify(t.value)}`);
  return t.prefix ? `${t.value}*` : t.value;
};

function decode(token: string): PhraseToken {
  if (token === '#') return { value: '', prefix: false, numeric: true };
  const prefix = token.charCodeAt(token.length - 1) === 42; /* * */
  return { value: prefix ? token.slice(0, -1) : token, prefix, numeric: false };
}

/** The index of the lists (in compile order), as the JSON string the build writes into vocab/prebuilt-index.ts. */
export function serializeLists(lists: readonly Source[]): string {
  const out: Serialized = { lists: lists.map(identity), exact: {}, prefix: {}, numeric: [], heads: {}, prefixLengths: [], headLengths: [] };
  lists.forEach(({ entries }, list) => {
    const { phrases, heads } = recordsOf(entries);
    for (const { entry, tokens } of phrases) {
      const table = tableOf(tokens[0]!);
      if (table === 'numeric') out.numeric.push(list, entry, tokens.map(encode).join(' '));
      else if (table) {
        const flat = (out[table][tokens[0]!.value] ??= []);
        if (tokens.length === 1) flat.push(list, -1 - entry);
        else flat.push(list, entry, tokens.slice(1).map(encode).join(' '));
      }
    }
    for (const { head, entry } of heads) (out.heads[head] ??= []).push(list, entry);
  });
  out.prefixLengths = keyLengths(Object.keys(out.prefix));
  out.headLengths = keyLengths(Object.keys(out.heads));
  return JSON.stringify(out);
}

/** The serialized index opened for lists compiled at run time: each key decoded on its first lookup. */
export interface PrebuiltIndex {
  exact(key: string): readonly Phrase[] | undefined;
  prefix(key: string): readonly Phrase[] | undefined;
  /** Pairs of lexicon id and entry index. */
  heads(key: string): readonly number[] | undefined;
  numeric: readonly Phrase[];
  prefixLengths: readonly number[];
  headLengths: readonly number[];
}

/**
 * Open the serialized index for these lists (lexicon ids and entries, as compiled at run time), or null when it is
 * empty or does not hold every one of them: then they are all tokenized at run time, as without a build.
 */
export function openPrebuilt(json: string, lists: readonly (Source & { id: number })[]): PrebuiltIndex | null {
  if (!json) return null;
  let data: Serialized;
  try {
    data = JSON.parse(json) as Serialized;
  } catch {
    return null;
  }
  // Serialized list number → lexicon id (-1: no such list here).
  const idOf = data.lists.map(() => -1);
  const byName = new Map<string, number[]>();
  data.lists.forEach((s, i) => byName.set(s[0], [...(byName.get(s[0]) ?? []), i]));
  for (const l of lists) {
    const own = identity(l);
    const k = byName.get(l.name)?.find((i) => idOf[i] === -1 && sameList(data.lists[i]!, own));
    if (k === undefined) return null;
    idOf[k] = l.id;
  }
  /** A key's phrases; `key`: the first token of each (null for the numbers, which keep every token). */
  const phrasesOf = (flat: readonly (number | string)[], key: PhraseToken | null): Phrase[] => {
    const out: Phrase[] = [];
    for (let i = 0; i < flat.length; ) {
      const lex = idOf[flat[i] as number]!;
      const entry = flat[i + 1] as number;
      const rest = entry < 0 ? [] : (flat[i + 2] as string).split(' ').map(decode);
      const tokens = key ? [key, ...rest] : rest;
      i += entry < 0 ? 2 : 3;
      if (lex >= 0) out.push({ lex, entry: entry < 0 ? -1 - entry : entry, tokens });
    }
    return out;
  };
  const headPairs = (flat: readonly number[]): number[] => {
    const pairs: number[] = [];
    for (let i = 0; i < flat.length; i += 2) if (idOf[flat[i]!]! >= 0) pairs.push(idOf[flat[i]!]!, flat[i + 1]!);
    return pairs;
  };
  /** A table's key decoded on its first lookup, and kept. */
  const onFirstLookup = <F, T>(table: Record<string, F>, decodeKey: (flat: F, key: string) => T) => {
    const done = new Map<string, T>();
    return (key: string): T | undefined => {
      let value = done.get(key);
      if (value === undefined && Object.prototype.hasOwnProperty.call(table, key)) done.set(key, (value = decodeKey(table[key]!, key)));
      return value;
    };
  };
  return {
    exact: onFirstLookup(data.exact, (flat, key) => phrasesOf(flat, { value: key, prefix: false, numeric: false })),
    prefix: onFirstLookup(data.prefix, (flat, key) => phrasesOf(flat, { value: key, prefix: true, numeric: false })),
    heads: onFirstLookup(data.heads, headPairs),
    numeric: phrasesOf(data.numeric, null),
    prefixLengths: data.prefixLengths,
    headLengths: data.headLengths,
  };
}
