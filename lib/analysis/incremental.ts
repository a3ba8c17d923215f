/**
 * Incremental analysis: the same result as `analyse()`, recomputing only the paragraphs that changed since the last call
 * (as Harper caches its lint results per chunk). A paragraph here is a run of non-blank lines: the text model never joins
 * two of them (a block, a sentence or a word never spans a blank line, and no lexicon phrase spans a line break), so
 * each paragraph's model and lexicon hits are built once, on the paragraph alone, and shifted into the whole text's.
 * Rules marked `scope: 'paragraph'` are run per paragraph and their reports cached; every other rule, the score,
 * the agreements and LIX run on the joined model of the whole text, exactly as `analyse()` runs them.
 * A whole document with headings (no field given) is analysed in full.
 */
import type { AnalyseOptions, AnalysisResult, FieldRole, FormKind } from './types';
import type { Rule, RuleContext, RuleReport } from './rule';
import type { Block, Sentence, TextModel, Word } from './text/types';
import { analyseText, analyseWithDiagnostics, isForm, isRole, type Diagnostics, type RuleFailure } from './analyse';
import { findSections } from './document';
import { allRules } from './rules';
import { buildModel, isWordChar, splitLines, writtenInAscii } from './text/model';
import { hitsOf, primeHits, type LexHit } from './vocab/lexicon';
import { factsOf } from './facts';

/** One paragraph's text at one place in the whole text. */
interface Chunk {
  start: number;
  end: number;
}

/** A paragraph's model and lexicon hits copied into the whole text at `at` (chars) and `wordAt` (words). */
interface Placed {
  at: number;
  wordAt: number;
  words: Word[];
  sentences: Sentence[];
  blocks: Block[];
  /** The paragraph's own hits these were copied from (a new lexicon version computes new ones). */
  from: readonly (LexHit[] | undefined)[];
  byLex: (LexHit[] | undefined)[];
}

/** What is kept of a paragraph between calls (keyed by its text). */
interface ChunkEntry {
  /** The paragraph's own model (offsets into the paragraph). */
  model: TextModel;
  /** ascii flag the model was built with. */
  ascii: boolean;
  /**
   * Its copies in the whole text, one per occurrence (a paragraph may repeat). A copy that moved is shifted in place:
   * the state is consumed by the next call, and nothing in a result refers to the model's objects.
   */
  placed: Placed[];
  /** Paragraph rules' reports (paragraph offsets) by rule id, for the context `reportsFor` (form|field|subKind). */
  reports: Map<string, RuleReport[]>;
  reportsFor: string;
}

/** The state one field keeps between keystrokes. Opaque to callers; pass each state to the next call only once. */
export interface IncrementalState {
  /** The paragraphs of the last text, by their text. */
  chunks: Map<string, ChunkEntry>;
}

export interface IncrementalDiagnostics extends Diagnostics {
  state: IncrementalState;
}

/**
 * Paragraphs of `text`: maximal runs of non-blank lines, from the start of the first line (its indentation decides
 * whether it opens an item) to the end of the last one's content.
 */
export function paragraphsOf(text: string): Chunk[] {
  const chunks: (Chunk & { first: number; last: number })[] = [];
  let current: (Chunk & { first: number; last: number }) | null = null;
  for (const line of splitLines(text)) {
    if (line.first === line.last) {
      current = null;
      continue;
    }
    if (current) {
      current.end = line.end;
      current.last = line.last;
    } else chunks.push((current = { start: line.start, end: line.end, first: line.first, last: line.last }));
  }
  // A unit after a number ("10\n\nt") is read as "timer" across a gap of two characters: keep such neighbours together.
  for (let i = chunks.length - 1; i > 0; i--) {
    const a = chunks[i - 1]!;
    const b = chunks[i]!;
    if (b.first - a.last <= 2 && isWordChar(text.charCodeAt(a.last - 1)) && isWordChar(text.charCodeAt(b.first))) {
      a.end = b.end;
      a.last = b.last;
      chunks.splice(i, 1);
    }
  }
  return chunks.map(({ start, end }) => ({ start, end }));
}

function copyOf(entry: ChunkEntry, at: number, wordAt: number): Placed {
  const m = entry.model;
  const own = hitsOf(m);
  const words = m.words.map((w): Word => ({ start: w.start + at, end: w.end + at, text: w.text, norm: w.norm }));
  let wi = 0;
  const sentences = m.sentences.map((x): Sentence => {
    if (x.words.length) while (wi < m.words.length && m.words[wi] !== x.words[0]) wi++;
    return { start: x.start + at, end: x.end + at, text: x.text, words: words.slice(wi, wi + x.words.length) };
  });
  let si = 0;
  const blocks = m.blocks.map((b): Block => {
    if (b.sentences.length) while (si < m.sentences.length && m.sentences[si] !== b.sentences[0]) si++;
    return { kind: b.kind, marker: b.marker, start: b.start + at, end: b.end + at, contentStart: b.contentStart + at, text: b.text, sentences: sentences.slice(si, si + b.sentences.length) };
  });
  const byLex = own.map((list) => list?.map((h): LexHit => ({ start: h.start + at, end: h.end + at, wordIndex: h.wordIndex + wordAt, wordCount: h.wordCount, entry: h.entry })));
  return { at, wordAt, words, sentences, blocks, from: own, byLex };
}

/** The occurrence's copy at `at`/`wordAt`: reused, shifted in place, or made. */
function place(entry: ChunkEntry, occurrence: number, at: number, wordAt: number): Placed {
  const p = entry.placed[occurrence];
  if (!p || p.from !== hitsOf(entry.model)) return (entry.placed[occurrence] = copyOf(entry, at, wordAt));
  const d = at - p.at;
  const dw = wordAt - p.wordAt;
  if (d !== 0) {
    for (const w of p.words) {
      w.start += d;
      w.end += d;
    }
    for (const x of p.sentences) {
      x.start += d;
      x.end += d;
    }
    for (const b of p.blocks) {
      b.start += d;
      b.end += d;
      b.contentStart += d;
    }
  }
  if (d !== 0 || dw !== 0) {
    for (const list of p.byLex) {
      if (!list) continue;
      for (const h of list) {
        h.start += d;
        h.end += d;
        h.wordIndex += dw;
      }
    }
  }
  p.at = at;
  p.wordAt = wordAt;
  return p;
}

/** Build the whole text's model from its paragraphs (reusing unchanged ones), and prime its lexicon hits. */
function joinedModel(text: string, chunks: readonly Chunk[], entries: readonly ChunkEntry[]): TextModel {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const blocks: Block[] = [];
  const byLex: (LexHit[] | undefined)[] = [];
  const seen = new Map<ChunkEntry, number>();
  chunks.forEach((c, i) => {
    const entry = entries[i]!;
    const occurrence = seen.get(entry) ?? 0;
    seen.set(entry, occurrence + 1);
    const p = place(entry, occurrence, c.start, words.length);
    for (let lex = 0; lex < p.byLex.length; lex++) {
      const list = p.byLex[lex];
      if (!list?.length) continue;
      const into = byLex[lex];
      if (into) for (const h of list) into.push(h);
      else byLex[lex] = list.slice();
    }
    for (const w of p.words) words.push(w);
    for (const s of p.sentences) sentences.push(s);
    for (const b of p.blocks) blocks.push(b);
  });
  const model: TextModel = { text, blocks, sentences, words };
  primeHits(model, byLex);
  return model;
}

/** The text model of `text`, equal to `buildModel(text)`, built from the previous state's paragraphs where unchanged. */
export function incrementalModel(
  text: string,
  previous: IncrementalState | null,
): { model: TextModel; state: IncrementalState; chunks: Chunk[]; entries: ChunkEntry[] } {
  const ascii = writtenInAscii(text);
  const old = previous?.chunks ?? new Map<string, ChunkEntry>();
  const chunks = paragraphsOf(text);
  const next = new Map<string, ChunkEntry>();
  const entries = chunks.map((c) => {
    const key = text.slice(c.start, c.end);
    let entry = next.get(key) ?? old.get(key);
    if (!entry || entry.ascii !== ascii) entry = { model: buildModel(key, ascii), ascii, placed: [], reports: new Map(), reportsFor: '' };
    next.set(key, entry);
    return entry;
  });
  return { model: joinedModel(text, chunks, entries), state: { chunks: next }, chunks, entries };
}

const contextKey = (form: FormKind | null, field: FieldRole | null, subKind: string | null): string => `${form}|${field}|${subKind}`;

/**
 * `analyseWithDiagnostics`, incrementally: pass the state the previous call returned (for the same field) and the new
 * text. The result equals `analyseWithDiagnostics(text, options).result` (the property test checks it on random edits).
 */
export function analyseIncrementalWithDiagnostics(
  input: string,
  opts: AnalyseOptions = {},
  previous: IncrementalState | null = null,
  rules: readonly Rule[] = allRules,
): IncrementalDiagnostics {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const options: AnalyseOptions = opts && typeof opts === 'object' ? opts : {};
  const empty = (): IncrementalState => ({ chunks: new Map() });
  if (!isRole(options.field)) {
    // A whole document is split by its headings into sections with their own roles: analysed in full.
    let sections = 0;
    try {
      sections = findSections(text, isForm(options.form) ? options.form : null).length;
    } catch {
      sections = 1; // the full analysis reports the failure
    }
    if (sections) return { ...analyseWithDiagnostics(text, options, rules), state: previous ?? empty() };
  }
  const failures: RuleFailure[] = [];
  let model: TextModel | undefined;
  let chunks: Chunk[] = [];
  let entries: ChunkEntry[] = [];
  let state: IncrementalState = empty();
  try {
    ({ model, chunks, entries, state } = incrementalModel(text, previous));
  } catch {
    model = undefined; // analyseText builds it (and reports a failure) as analyse() does
  }
  const check = (rule: Rule, ctx: RuleContext): RuleReport[] => {
    if (rule.scope !== 'paragraph' || ctx.model !== model) return rule.check(ctx);
    const key = contextKey(ctx.form, ctx.field, ctx.subKind);
    const out: RuleReport[] = [];
    try {
      chunks.forEach((c, i) => {
        const entry = entries[i]!;
        if (entry.reportsFor !== key) {
          entry.reports.clear();
          entry.reportsFor = key;
        }
        let reports = entry.reports.get(rule.id);
        if (!reports) {
          const own = rule.check({ ...ctx, text: entry.model.text, model: entry.model, facts: factsOf(entry.model) });
          reports = Array.isArray(own) ? own : [];
          entry.reports.set(rule.id, reports);
        }
        for (const r of reports) out.push(r ? { ...r, start: r.start + c.start, end: r.end + c.start } : r);
      });
    } catch {
      return rule.check(ctx); // the whole-text run reports the failure as analyse() would
    }
    return out;
  };
  const result: AnalysisResult = analyseText(text, options, rules, failures, { ...(model ? { model } : {}), check });
  return { result, failures, state };
}

/** `analyse()`, incrementally (see analyseIncrementalWithDiagnostics). Never throws. */
export function analyseIncremental(text: string, options: AnalyseOptions, previous: IncrementalState | null): { result: AnalysisResult; state: IncrementalState } {
  const { result, state } = analyseIncrementalWithDiagnostics(text, options, previous);
  return { result, state };
}

/** One incremental analyser per field: keeps its state between calls. */
export function createIncrementalAnalyser(): { analyse(text: string, options: AnalyseOptions): AnalysisResult; reset(): void } {
  let state: IncrementalState | null = null;
  return {
    analyse(text, options) {
      const r = analyseIncremental(text, options, state);
      state = r.state;
      return r.result;
    },
    reset() {
      state = null;
    },
  };
}
