/**
 * Incremental analysis: the same result as `analyse()`, recomputing only the chunks that changed since the last call
 * (as Harper caches its lint results per chunk). A chunk is a run of whole sentences: a paragraph (a run of non-blank
 * lines; the text model never joins two of them, and no lexicon phrase spans a line break), or a part of a long one cut
 * between two sentences where the model of each side, built alone, is the whole text's (`isSentenceCut`). Cuts are
 * chosen by the text around them alone, so an edit leaves the chunks before and after it as they were. Each chunk's
 * model and lexicon hits are built once, on the chunk alone, and shifted into the whole text's (a block cut in two is
 * joined again). Rules marked `scope: 'sentence'` run per chunk and `scope: 'paragraph'` per paragraph of one chunk,
 * their reports cached; every other rule, the score, the agreements and LIX run on the joined model of the whole text,
 * exactly as `analyse()` runs them. A whole document with headings (no field given) is analysed in full.
 */
import type { AnalyseOptions, AnalysisResult, FieldRole, FormKind } from './types';
import type { ChunkView, Rule, RuleContext, RuleReport } from './rule';
import type { Block, Sentence, TextModel, Word } from './text/types';
import { analyseText, analyseWithDiagnostics, isForm, isRole, type Diagnostics, type RuleFailure } from './analyse';
import { findSections } from './document';
import { allRules } from './rules';
import { buildModel, isSentenceCut, isWordChar, splitLines, writtenInAscii } from './text/model';
import { hitsOf, primeHits, type LexHit } from './vocab/lexicon';
import { factsOf } from './facts';
import { slotsOf } from './facts/store';
import { breaksCleanly, timeExpressionsOf, type TimeExpression } from './text/time';

/** One paragraph's (or chunk's) text at one place in the whole text. */
interface Chunk {
  start: number;
  end: number;
}

/** A chunk of the whole text: `continues` when it starts inside the previous chunk's last block (cut between sentences). */
interface TextChunk extends Chunk {
  continues: boolean;
  /** Index of its paragraph (chunks of one paragraph share it). */
  paragraph: number;
  /** Index of its first word in the whole model (set when the model is joined). */
  firstWord: number;
}

/** A chunk's model and lexicon hits copied into the whole text at `at` (chars) and `wordAt` (words). */
interface Placed {
  at: number;
  wordAt: number;
  words: Word[];
  sentences: Sentence[];
  blocks: Block[];
  /** The chunk's own hits these were copied from (a new lexicon version computes new ones). */
  from: readonly (LexHit[] | undefined)[];
  byLex: (LexHit[] | undefined)[];
}

/** What is kept of a chunk between calls (keyed by its text). */
interface ChunkEntry {
  /** The chunk's own model (offsets into the chunk). */
  model: TextModel;
  /** ascii flag the model was built with. */
  ascii: boolean;
  /**
   * Its copies in the whole text, one per occurrence (a chunk may repeat). A copy that moved is shifted in place:
   * the state is consumed by the next call, and nothing in a result refers to the model's objects.
   */
  placed: Placed[];
  /** Sentence and paragraph rules' reports (chunk offsets) by rule id, for the context `reportsFor` (form|field|subKind). */
  reports: Map<string, RuleReport[]>;
  reportsFor: string;
}

/** The state one field keeps between keystrokes. Opaque to callers; pass each state to the next call only once. */
export interface IncrementalState {
  /** The chunks of the last text, by their text. */
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

/** Cut a paragraph at about every third safe sentence cut, chosen by a hash of the text around it (stable under edits elsewhere). */
const CUT_EVERY = 3;

/** The chunks of `text`: its paragraphs, long ones cut between sentences (see the module comment). */
export function chunksOf(text: string): TextChunk[] {
  const out: TextChunk[] = [];
  paragraphsOf(text).forEach((para, paragraph) => {
    let from = para.start;
    let continues = false;
    // Only in the paragraph's last line: a list item goes on over the next lines by rules of its own, which a chunk
    // that starts inside it (a plain paragraph) would not follow.
    const lastLine = text.lastIndexOf('\n', para.end - 1) + 1;
    for (let i = text.indexOf(' ', Math.max(para.start + 6, lastLine)); i >= 0 && i + 2 < para.end; i = text.indexOf(' ', i + 1)) {
      const t = text.charCodeAt(i - 1);
      if (t !== 46 && t !== 33 && t !== 63) continue; // . ! ?
      const p = i + 1;
      let h = 0;
      for (let k = p - 6; k < p + 2; k++) h = (h * 31 + text.charCodeAt(k)) | 0;
      if ((h >>> 0) % CUT_EVERY !== 0 || !isSentenceCut(text, p)) continue;
      out.push({ start: from, end: p, continues, paragraph, firstWord: 0 });
      from = p;
      continues = true;
    }
    out.push({ start: from, end: para.end, continues, paragraph, firstWord: 0 });
  });
  return out;
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

/** Build the whole text's model from its chunks (reusing unchanged ones), and prime its lexicon hits. */
function joinedModel(text: string, chunks: readonly TextChunk[], entries: readonly ChunkEntry[]): { model: TextModel; timesLocal: boolean } {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  const blocks: Block[] = [];
  const byLex: (LexHit[] | undefined)[] = [];
  const seen = new Map<ChunkEntry, number>();
  chunks.forEach((c, i) => {
    const entry = entries[i]!;
    const occurrence = seen.get(entry) ?? 0;
    seen.set(entry, occurrence + 1);
    c.firstWord = words.length;
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
    let b0 = 0;
    const last = blocks[blocks.length - 1];
    if (c.continues && last && p.blocks.length) {
      // The block cut at this chunk's start, joined again (a new object: the chunks' own blocks stay as they are).
      const first = p.blocks[0]!;
      blocks[blocks.length - 1] = { ...last, end: first.end, text: text.slice(last.start, first.end), sentences: [...last.sentences, ...first.sentences] };
      b0 = 1;
    }
    for (let b = b0; b < p.blocks.length; b++) blocks.push(p.blocks[b]!);
  });
  const model: TextModel = { text, blocks, sentences, words };
  primeHits(model, byLex);
  // No time expression spans a sentence cut, nor a blank line after a paragraph that ends as breaksCleanly says: then
  // each chunk's own, shifted, on first use; else the whole scan.
  const timesLocal = chunks.every((c, i) => i === 0 || c.continues || breaksCleanly(text, chunks[i - 1]!.end));
  if (timesLocal) {
    slotsOf(model).timesFromParts = () => {
      const out: TimeExpression[] = [];
      chunks.forEach((c, i) => {
        for (const t of timeExpressionsOf(entries[i]!.model)) out.push({ start: t.start + c.start, end: t.end + c.start, kind: t.kind });
      });
      return out;
    };
  }
  return { model, timesLocal };
}

/** The text model of `text`, equal to `buildModel(text)`, built from the previous state's chunks where unchanged. */
export function incrementalModel(
  text: string,
  previous: IncrementalState | null,
): { model: TextModel; state: IncrementalState; chunks: TextChunk[]; entries: ChunkEntry[]; timesLocal: boolean } {
  const ascii = writtenInAscii(text);
  const old = previous?.chunks ?? new Map<string, ChunkEntry>();
  const chunks = chunksOf(text);
  const next = new Map<string, ChunkEntry>();
  const entries = chunks.map((c) => {
    const key = text.slice(c.start, c.end);
    let entry = next.get(key) ?? old.get(key);
    if (!entry || entry.ascii !== ascii) entry = { model: buildModel(key, ascii), ascii, placed: [], reports: new Map(), reportsFor: '' };
    next.set(key, entry);
    return entry;
  });
  return { ...joinedModel(text, chunks, entries), state: { chunks: next }, chunks, entries };
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
  let chunks: TextChunk[] = [];
  let entries: ChunkEntry[] = [];
  let state: IncrementalState = empty();
  let timesLocal = false;
  try {
    ({ model, chunks, entries, state, timesLocal } = incrementalModel(text, previous));
  } catch {
    model = undefined; // analyseText builds it (and reports a failure) as analyse() does
  }
  // A paragraph of more than one chunk: its paragraph rules run on the whole text.
  const cutParagraphs = new Set<number>();
  for (let i = 1; i < chunks.length; i++) if (chunks[i]!.continues) cutParagraphs.add(chunks[i]!.paragraph);
  const views = (): ChunkView[] => chunks.map((c, i) => ({ start: c.start, firstWord: c.firstWord, continues: c.continues, model: entries[i]!.model }));
  const check = (rule: Rule, ctx: RuleContext): RuleReport[] => {
    if (ctx.model !== model) return rule.check(ctx);
    let local = rule.scope === 'sentence' || (rule.scope === 'paragraph' && !cutParagraphs.size);
    try {
      if (!local && timesLocal && rule.chunkable) local = rule.chunkable(ctx, views());
    } catch {
      local = false; // the whole-text run decides, as analyse() runs it
    }
    if (!local) return rule.check(ctx);
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
