import type { Span } from '../types';
import type { TextModel, Word } from '../text/types';
import { foldDanish } from '../text/normalize';
import { matchRest, wordsJoin } from '../text/phrases';
import { keyLengths, openPrebuilt, recordsOf, serializeLists, tableOf, type ListRecords, type Phrase, type PrebuiltIndex } from './lexicon-records';
import { PREBUILT_INDEX } from './prebuilt-index';
import { isDigit, lowerBound } from '../text/search';
import { slotsOf, type FactSlots } from '../facts/store';

/**
 * Vocabulary lists compiled once (indexed by first word on the first match, not at module load; in the extension's
 * and the CLI's builds the index comes ready-made, vocab/prebuilt-index.ts) and matched over a model's words in ONE
 * pass for all lists together (part of the model's facts), so that adding a list costs index entries, not another scan
 * of the text.
 *
 * Entry syntax (the phrase syntax of text/phrases.ts plus compound heads):
 *  - words separated by spaces match case-insensitively after Danish folding ("Aabenraa" = "åbenrå");
 *  - a trailing `*` makes a word a prefix ("søg*" matches "søge", "søger", "søgt");
 *  - `#` matches a word that starts with a digit ("# kg");
 *  - "*smerter" (one word, leading `*`) matches a word that ENDS with "smerter" and is longer than it ("rygsmerter",
 *    not "smerter"): Danish compounds put the head last. List the bare word separately when it should match too.
 * `except` lists words (folded) that never start a hit ("samarbejder" for the head "*arbejder").
 * Words of a phrase must be adjacent, separated only by spaces or hyphens/dashes.
 */
export interface Lexicon {
  readonly name: string;
  readonly id: number;
  readonly except: ReadonlySet<string>;
}

export interface LexHit extends Span {
  /** Index of the first word of the hit in `model.words`. */
  wordIndex: number;
  wordCount: number;
  /** Index of the matched entry in the list given to compileLexicon. */
  entry: number;
}

/**
 * Phrases by their first token, and compound heads by the head: one Map entry per phrase instead of one trie node per
 * character (without the build's index the lists are indexed on the first analysis: start-up time). A word's
 * candidates are read in the order a character trie would give them: prefixes by increasing length, then the exact
 * word; heads by increasing length of the word's ending.
 */
const exactFirst = new Map<string, Phrase[]>();
const prefixFirst = new Map<string, Phrase[]>();
/** Lexicon id and entry index of each head, as pairs. */
const headsByKey = new Map<string, number[]>();
/** The distinct lengths of the keys of prefixFirst and headsByKey, ascending. */
let prefixLengths: number[] = [];
let headLengths: number[] = [];

const lexicons: Lexicon[] = [];
const numericFirst: Phrase[] = [];
/** Bumped on every compile so that cached hits of older models are recomputed. */
let version = 0;

function pushTo<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/** Every list compiled, with its entries, in compile order (the build's prebuilt index is written from them). */
const sources: { lex: Lexicon; entries: readonly string[] }[] = [];
/** How many of `sources` are indexed: the rest are inserted on the first match (not at module load). */
let indexedCount = 0;
/**
 * The build's index of the lists compiled at module load (vocab/prebuilt-index.ts), opened on the first flush; null:
 * none, or not for these lists. Lists compiled later are tokenized here.
 */
let prebuiltIndex: PrebuiltIndex | null | undefined;
/** How many lists came from the build's index and how many were tokenized here. */
const indexed = { prebuilt: 0, built: 0 };

export function compileLexicon(name: string, entries: readonly string[], except: readonly string[] = []): Lexicon {
  const lex: Lexicon = { name, id: lexicons.length, except: new Set(except.map(foldDanish)) };
  lexicons.push(lex);
  sources.push({ lex, entries });
  version++;
  return lex;
}

/** Index every list compiled so far (once; again only after a later compile). */
function flushPending(): void {
  const lists = sources.slice(indexedCount);
  indexedCount = sources.length;
  if (prebuiltIndex === undefined) {
    prebuiltIndex = openPrebuilt(PREBUILT_INDEX, lists.map(({ lex, entries }) => ({ id: lex.id, name: lex.name, entries })));
    if (prebuiltIndex) {
      for (const p of prebuiltIndex.numeric) numericFirst.push(p);
      indexed.prebuilt += lists.length;
      lists.length = 0;
    }
  }
  for (const { lex, entries } of lists) {
    insertRecords(lex, recordsOf(entries));
    indexed.built++;
  }
  prefixLengths = keyLengths(prefixFirst.keys(), prebuiltIndex?.prefixLengths);
  headLengths = keyLengths(headsByKey.keys(), prebuiltIndex?.headLengths);
}

function insertRecords(lex: Lexicon, { phrases, heads }: ListRecords): void {
  for (const { head, entry } of heads) {
    const pairs = headsByKey.get(head);
    if (pairs) pairs.push(lex.id, entry);
    else headsByKey.set(head, [lex.id, entry]);
  }
  for (const { entry, tokens } of phrases) {
    const p: Phrase = { lex: lex.id, entry, tokens };
    const table = tableOf(tokens[0]!);
    if (table === 'numeric') numericFirst.push(p);
    else if (table) pushTo(table === 'prefix' ? prefixFirst : exactFirst, tokens[0]!.value, p);
  }
}

/** The index of every list compiled so far, as the build writes it into vocab/prebuilt-index.ts. */
export function serializedIndex(): string {
  return serializeLists(sources.map(({ lex, entries }) => ({ name: lex.name, entries })));
}

/** How the lists were indexed (the build's index or tokenized here): for tests. */
export const indexedLists = (): Readonly<typeof indexed> => ({ ...indexed });

interface WordInfo {
  /** Phrases whose first token matches the word (all of them; `first.length` says whether any can start here). */
  first: Phrase[];
  /** One-word phrases among them. */
  single: Phrase[];
  /** Longer phrases keyed by their exact second token: only the next word's bucket is tried (one Map lookup). */
  bySecond: Map<string, Phrase[]> | null;
  /** Longer phrases whose second token is a prefix or `#`: always tried. */
  otherSecond: Phrase[];
  /** Compound heads matching the word, as pairs [lexicon id, entry index]. */
  heads: number[];
}

const NOTHING: WordInfo = { first: [], single: [], bySecond: null, otherSecond: [], heads: [] };
/** Per distinct folded word: what it can start. Words repeat across keystrokes and texts, so this is memoised. */
const wordMemo = new Map<string, WordInfo>();
let memoVersion = -1;
const MEMO_LIMIT = 50_000;

/** The phrase and head index and the memo ready for a pass (once per pass, not per word: nothing compiles during one). */
function prepareWordInfo(): void {
  if (indexedCount < sources.length) flushPending();
  if (memoVersion !== version || wordMemo.size > MEMO_LIMIT) {
    wordMemo.clear();
    memoVersion = version;
  }
}

function wordInfo(norm: string): WordInfo {
  return wordMemo.get(norm) ?? newWordInfo(norm);
}

/** The first head per lexicon among `pairs` (lexicon id, entry index) that the lexicon does not except for `norm`. */
function takeHeads(pairs: readonly number[] | undefined, norm: string, seen: Set<number>, heads: number[]): void {
  if (!pairs) return;
  for (let h = 0; h < pairs.length; h += 2) {
    const lex = pairs[h]!;
    if (seen.has(lex) || lexicons[lex]!.except.has(norm)) continue;
    seen.add(lex);
    heads.push(lex, pairs[h + 1]!);
  }
}

function newWordInfo(norm: string): WordInfo {
  let info: WordInfo;
  const first: Phrase[] = [];
  for (const n of prefixLengths) {
    if (n > norm.length) break;
    const key = n === norm.length ? norm : norm.slice(0, n);
    const fromBuild = prebuiltIndex?.prefix(key);
    if (fromBuild) for (const p of fromBuild) first.push(p);
    const list = prefixFirst.get(key);
    if (list) for (const p of list) first.push(p);
  }
  const exactFromBuild = prebuiltIndex?.exact(norm);
  if (exactFromBuild) for (const p of exactFromBuild) first.push(p);
  const exact = exactFirst.get(norm);
  if (exact) for (const p of exact) first.push(p);
  if (numericFirst.length && isDigit(norm.charCodeAt(0))) for (const p of numericFirst) first.push(p);
  // A word a lexicon excepts never starts its hits: drop those phrases here, once per distinct word.
  for (let k = first.length - 1; k >= 0; k--) {
    const except = lexicons[first[k]!.lex]!.except;
    if (except.size && except.has(norm)) first.splice(k, 1);
  }
  const heads: number[] = [];
  if (norm.length >= 4) {
    const seen = new Set<number>();
    for (const n of headLengths) {
      if (n >= norm.length) break;
      const key = norm.slice(norm.length - n);
      takeHeads(prebuiltIndex?.heads(key), norm, seen, heads);
      takeHeads(headsByKey.get(key), norm, seen, heads);
    }
  }
  if (!first.length && !heads.length) info = NOTHING;
  else {
    const single: Phrase[] = [];
    const otherSecond: Phrase[] = [];
    let bySecond: Map<string, Phrase[]> | null = null;
    for (const p of first) {
      if (p.tokens.length === 1) single.push(p);
      else {
        const t = p.tokens[1]!;
        if (t.prefix || t.numeric) otherSecond.push(p);
        else {
          bySecond ??= new Map();
          const list = bySecond.get(t.value);
          if (list) list.push(p);
          else bySecond.set(t.value, [p]);
        }
      }
    }
    info = { first, single, bySecond, otherSecond, heads };
  }
  wordMemo.set(norm, info);
  return info;
}

/** Per-pass state of computeAll, indexed by lexicon id (typed arrays: no per-word allocation). */
interface PassState {
  /** The word index up to which words are covered by the lexicon's last phrase hit. */
  coveredTo: Int32Array;
  /** Last word of the best phrase starting at the current word (-1: none yet) and its entry. */
  bestLast: Int32Array;
  bestEntry: Int32Array;
  /** Lexicons with a candidate at the current word (the first `touchedCount`). */
  touched: Int32Array;
  touchedCount: number;
}

/** One scratch state, reused by every pass (the pass is synchronous and never re-entered; typed arrays cost more to
 * allocate than to reset). */
let scratch: PassState | null = null;

function passState(n: number): PassState {
  if (!scratch || scratch.coveredTo.length < n) {
    scratch = { coveredTo: new Int32Array(n), bestLast: new Int32Array(n), bestEntry: new Int32Array(n), touched: new Int32Array(n), touchedCount: 0 };
  }
  scratch.coveredTo.fill(-1);
  scratch.bestLast.fill(-1);
  scratch.touchedCount = 0;
  return scratch;
}

/** Keep the longest phrase per lexicon (then the lowest entry): the result does not depend on the order tried. */
function consider(st: PassState, p: Phrase, last: number, wi: number): void {
  if (last < 0 || wi <= st.coveredTo[p.lex]!) return;
  const best = st.bestLast[p.lex]!;
  if (best < 0) st.touched[st.touchedCount++] = p.lex;
  if (last > best || (last === best && p.entry < st.bestEntry[p.lex]!)) {
    st.bestLast[p.lex] = last;
    st.bestEntry[p.lex] = p.entry;
  }
}

/**
 * A model's hits, packed in one typed array: per lexicon, its phrase hits as (wordIndex, wordCount, entry) and its
 * compound heads as (wordIndex, entry), in word order. The LexHit objects of a list are made on its first use
 * (`listOf`): a third of the hits are in lists no rule of the mode asks for, and numbers in a typed array are no
 * objects for the young generation to copy while a long text is analysed.
 * Layout, for n lexicons: [0, n] where each lexicon's phrase records start (a record index), [n + 1, 2n + 1] the same
 * for heads, then the phrase records (3 numbers each), then the head records (2 each).
 */
type Packed = Int32Array;

/** The slot with its packed hits (lists not made yet); a type of this module only. */
type HitSlot = NonNullable<FactSlots['lexHits']> & { packed?: Packed | undefined };

/** The pass's records before they are sorted by lexicon, reused by every pass (grown by doubling). */
let phraseScratch: Int32Array<ArrayBuffer> = new Int32Array(1024);
let headScratch: Int32Array<ArrayBuffer> = new Int32Array(256);
let fillScratch: Int32Array<ArrayBuffer> = new Int32Array(128);

function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Records of `width` numbers (the first the lexicon id) sorted by lexicon, stably, without the id, into `out` from
 * `data`; each lexicon's first record index into `out` from `at` (n + 1 numbers).
 */
function byLexicon(records: Int32Array, count: number, width: number, n: number, out: Int32Array, at: number, data: number): void {
  for (let lex = 0; lex <= n; lex++) out[at + lex] = 0;
  for (let r = 0; r < count; r++) out[at + records[r * width]! + 1]!++;
  for (let lex = 0; lex < n; lex++) out[at + lex + 1]! += out[at + lex]!;
  fillScratch = grown(fillScratch, n);
  const fill = fillScratch;
  for (let lex = 0; lex < n; lex++) fill[lex] = out[at + lex]!;
  const w = width - 1;
  for (let r = 0; r < count; r++) {
    const o = data + fill[records[r * width]!]!++ * w;
    for (let k = 0; k < w; k++) out[o + k] = records[r * width + 1 + k]!;
  }
}

/** One pass over the words for every lexicon: phrase hits (leftmost-longest per lexicon), then compound heads. */
function computeAll(model: TextModel): Packed {
  const n = lexicons.length;
  prepareWordInfo();
  const st = passState(n);
  const words = model.words;
  const text = model.text;
  let phrases = phraseScratch;
  let heads = headScratch;
  let phraseCount = 0;
  let headCount = 0;
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi]!;
    const norm = w.norm;
    const info = wordInfo(norm);
    if (info === NOTHING) continue;
    for (let h = 0; h < info.heads.length; h += 2) {
      heads = grown(heads, (headCount + 1) * 3);
      const o = headCount++ * 3;
      heads[o] = info.heads[h]!;
      heads[o + 1] = wi;
      heads[o + 2] = info.heads[h + 1]!;
    }
    if (!info.first.length) continue;
    st.touchedCount = 0;
    for (const p of info.single) consider(st, p, wi, wi);
    // Longer phrases only when the next word is joined to this one; then only the bucket of the next word.
    if (wi + 1 < words.length && wordsJoin(text, w, words[wi + 1]!)) {
      const bucket = info.bySecond?.get(words[wi + 1]!.norm);
      if (bucket) for (const p of bucket) if (wi > st.coveredTo[p.lex]!) consider(st, p, matchRest(model, wi, p.tokens), wi);
      for (const p of info.otherSecond) if (wi > st.coveredTo[p.lex]!) consider(st, p, matchRest(model, wi, p.tokens), wi);
    }
    for (let k = 0; k < st.touchedCount; k++) {
      const lex = st.touched[k]!;
      const last = st.bestLast[lex]!;
      phrases = grown(phrases, (phraseCount + 1) * 4);
      const o = phraseCount++ * 4;
      phrases[o] = lex;
      phrases[o + 1] = wi;
      phrases[o + 2] = last - wi + 1;
      phrases[o + 3] = st.bestEntry[lex]!;
      st.coveredTo[lex] = last;
      st.bestLast[lex] = -1;
    }
  }
  phraseScratch = phrases;
  headScratch = heads;
  const head = 2 * (n + 1);
  const packed = new Int32Array(head + phraseCount * 3 + headCount * 2);
  byLexicon(phrases, phraseCount, 4, n, packed, 0, head);
  byLexicon(heads, headCount, 3, n, packed, n + 1, head + phraseCount * 3);
  return packed;
}

/**
 * The LexHit list of lexicon `lex` from the packed hits, or undefined (no hit). Compound heads only on words not
 * covered by a phrase hit of the same lexicon.
 */
function unpack(model: TextModel, packed: Packed, lex: number): LexHit[] | undefined {
  const n1 = lexicons.length + 1;
  let p = packed[lex]!;
  const p1 = packed[lex + 1]!;
  const h0 = packed[n1 + lex]!;
  const h1 = packed[n1 + lex + 1]!;
  if (p === p1 && h0 === h1) return undefined;
  const words = model.words;
  // Record r of the phrases at ph + 3r, of the heads at hd + 2r.
  const ph = 2 * n1;
  const hd = ph + packed[n1 - 1]! * 3;
  const out: LexHit[] = [];
  for (let h = h0; h < h1; h++) {
    const hw = packed[hd + h * 2]!;
    while (p < p1 && packed[ph + p * 3]! + packed[ph + p * 3 + 1]! <= hw) out.push(phraseHit(words, packed, ph + 3 * p++));
    if (p < p1 && packed[ph + p * 3]! <= hw) continue;
    const w = words[hw]!;
    out.push({ start: w.start, end: w.end, wordIndex: hw, wordCount: 1, entry: packed[hd + h * 2 + 1]! });
  }
  while (p < p1) out.push(phraseHit(words, packed, ph + 3 * p++));
  return out;
}

function phraseHit(words: readonly Word[], packed: Packed, o: number): LexHit {
  const wi = packed[o]!;
  const count = packed[o + 1]!;
  return { start: words[wi]!.start, end: words[wi + count - 1]!.end, wordIndex: wi, wordCount: count, entry: packed[o + 2]! };
}

/** Every lexicon's hits in a model, indexed by lexicon id (a hole = no hit); computed once per model (its facts). */
export function hitsOf(model: TextModel): readonly (LexHit[] | undefined)[] {
  const c = hitSlot(model);
  if (c.part || c.packed) {
    for (let lex = 0; lex < c.byLex.length; lex++) listOf(model, c, lex);
    c.part = undefined;
    c.packed = undefined;
  }
  return c.byLex;
}

function hitSlot(model: TextModel): HitSlot {
  const slots = slotsOf(model);
  let c = slots.lexHits as HitSlot | undefined;
  if (!c || c.version !== version) {
    const fresh: HitSlot = { version, byLex: new Array<LexHit[] | undefined>(lexicons.length), packed: computeAll(model) };
    slots.lexHits = c = fresh;
  }
  return c;
}

/**
 * One lexicon's hits, made on first use (most lists are never asked for). A part's are the whole's inside it, shifted:
 * the part's words are the whole's words there, and when no hit of that list in the whole crosses the part's edges, the
 * leftmost-longest choice inside the part is the same (each list is matched on its own). Otherwise the part's own.
 */
function listOf(model: TextModel, c: HitSlot, lex: number): LexHit[] | undefined {
  const done = c.byLex[lex];
  if (done) return done;
  if (c.packed) return (c.byLex[lex] = unpack(model, c.packed, lex));
  const p = c.part;
  if (!p) return undefined;
  const from = p.from[lex];
  if (!from?.length) return undefined;
  // Hits of one list are in text order and never overlap: only the neighbours of the part's range can cross its edges.
  const i0 = lowerBound(from, p.at);
  const i1 = lowerBound(from, p.end);
  if ((i0 > 0 && from[i0 - 1]!.end > p.at) || (i1 > i0 && from[i1 - 1]!.end > p.end)) {
    c.byLex = new Array<LexHit[] | undefined>(lexicons.length);
    c.packed = computeAll(model);
    c.part = undefined;
    return (c.byLex[lex] = unpack(model, c.packed, lex));
  }
  // An empty list is kept too (a list asked for once is asked for again).
  const out = new Array<LexHit>(i1 - i0);
  for (let i = i0; i < i1; i++) {
    const h = from[i]!;
    out[i - i0] = { start: h.start - p.at, end: h.end - p.at, wordIndex: h.wordIndex - p.w0, wordCount: h.wordCount, entry: h.entry };
  }
  return (c.byLex[lex] = out);
}

/**
 * Hand a model the hits computed elsewhere (the incremental analyser joins its paragraphs' hits: no phrase spans a line
 * break). They must equal what `computeAll(model)` would find.
 */
export function primeHits(model: TextModel, byLex: (LexHit[] | undefined)[]): void {
  slotsOf(model).lexHits = { version, byLex };
}

/**
 * Let `part` (a model of `whole.text.slice(at, at + part.text.length)`) take its hits from `whole`'s (see listOf) when its
 * words are the whole's words there (same norms). False: nothing done.
 */
export function primeHitsFrom(part: TextModel, whole: TextModel, at: number): boolean {
  const pw = part.words;
  const ww = whole.words;
  const end = at + part.text.length;
  const w0 = lowerBound(ww, at);
  if (w0 + pw.length > ww.length || (w0 + pw.length < ww.length && ww[w0 + pw.length]!.start < end)) return false;
  for (let k = 0; k < pw.length; k++) {
    const a = pw[k]!;
    const b = ww[w0 + k]!;
    if (a.start + at !== b.start || a.end + at !== b.end || a.norm !== b.norm) return false;
  }
  const all = hitsOf(whole);
  slotsOf(part).lexHits = { version, byLex: new Array<LexHit[] | undefined>(all.length), part: { from: all, at, end, w0 } };
  return true;
}

/** Shared result for a list with no hit inside a span; never mutated. */
const NO_HITS: LexHit[] = [];

/** A cursor for `findLex` over spans of one model asked in text order (each list walked on from the previous span's hits). */
export function hitCursor(model: TextModel): Int32Array {
  return new Int32Array(hitSlot(model).byLex.length);
}

/**
 * Hits of `lex` in text order (never two on one word), optionally only those inside `within` (a result is never to be
 * mutated: the whole list is the model's memo, an empty one is shared). `cursor`, by lexicon id (`hitCursor`): where the
 * previous span's hits started, for spans asked in text order (one that goes back is searched).
 */
export function findLex(model: TextModel, lex: Lexicon, within?: Span, cursor?: Int32Array): LexHit[] {
  const all = listOf(model, hitSlot(model), lex.id);
  if (!within) return all ?? [];
  if (!all) return NO_HITS;
  let lo: number;
  if (cursor) {
    lo = cursor[lex.id]!;
    if (lo > all.length || (lo > 0 && all[lo - 1]!.start >= within.start)) lo = lowerBound(all, within.start);
    else while (lo < all.length && all[lo]!.start < within.start) lo++;
    cursor[lex.id] = lo;
  } else lo = lowerBound(all, within.start);
  // Hits of one list never overlap, so their ends rise with their starts: those inside are one run, copied at once.
  let hi = lo;
  while (hi < all.length && all[hi]!.start < within.end) hi++;
  while (hi > lo && all[hi - 1]!.end > within.end) hi--;
  // (One hit, the common case, as a literal: no call into slice.)
  return hi > lo ? (hi === lo + 1 ? [all[lo]!] : all.slice(lo, hi)) : NO_HITS;
}

export function hasLex(model: TextModel, lex: Lexicon, within?: Span): boolean {
  return findLex(model, lex, within).length > 0;
}
