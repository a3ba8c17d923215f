import type { FieldRole, FormKind, Span } from './types';
import { compilePhrase, labelKeys, phraseIn, type CompiledPhrase } from './text/labels';
import { CLEAR_ROLE_NAMES, GENERIC_HEADINGS, ROLE_LABELS, type RoleLabels } from './vocab/roles';

/**
 * The document model: a whole exported document (a forberedende del, an indstilling, a Min Plan) split into sections by
 * its headings, each with the role its heading names, in the same role vocabulary as field detection. Pure and linear.
 */
export interface DocumentSection extends Span {
  /** The heading as written, without a trailing colon. */
  heading: string;
  role: FieldRole | null;
  /** Where the section's own text starts: after the heading line, or after the colon of "Jobmål: …". */
  bodyStart: number;
}

interface RolePhrase {
  role: FieldRole;
  phrase: CompiledPhrase;
}

const compileLabels = (labels: RoleLabels): RolePhrase[] =>
  (Object.entries(labels) as [FieldRole, readonly string[]][]).flatMap(([role, list]) =>
    list.map((p) => ({ role, phrase: compilePhrase(p) })).filter((p) => p.phrase.words.length > 0),
  );

/**
 * Phrases with an index by the first four letters of their first word: a label word can only match a phrase word that
 * starts with the same four letters (or equals it, when shorter), so only those phrases are tried, in pool order.
 */
interface Pool {
  items: RolePhrase[];
  byStart: Map<string, number[]>;
}
const startKey = (word: string): string => word.slice(0, 4);

function poolOf(items: RolePhrase[]): Pool {
  const byStart = new Map<string, number[]>();
  items.forEach(({ phrase }, i) => {
    const first = phrase.words[0]!;
    for (const key of new Set([startKey(first.ascii), startKey(first.bare)])) {
      const list = byStart.get(key);
      if (list) list.push(i);
      else byStart.set(key, [i]);
    }
  });
  return { items, byStart };
}

interface Pools {
  clear: Pool;
  byForm: Record<FormKind, Pool>;
  /** Without a form: every form's words (longest phrase wins; on a tie rehab, then Min Plan, then CV). */
  any: Pool;
  caseForms: Pool;
}
let pools: Pools | null = null;
/** Compiled on the first heading read, not at module load (a field's analysis never needs them). */
function labelPools(): Pools {
  if (pools) return pools;
  const lists: Record<FormKind, RolePhrase[]> = {
    cv: compileLabels(ROLE_LABELS.cv),
    minplan: compileLabels(ROLE_LABELS.minplan),
    rehab: [...compileLabels(ROLE_LABELS.forberedende), ...compileLabels(ROLE_LABELS.indstilling)],
  };
  pools = {
    clear: poolOf(compileLabels(CLEAR_ROLE_NAMES)),
    byForm: { cv: poolOf(lists.cv), minplan: poolOf(lists.minplan), rehab: poolOf(lists.rehab) },
    any: poolOf([...lists.rehab, ...lists.minplan, ...lists.cv]),
    caseForms: poolOf([...lists.rehab, ...lists.minplan]),
  };
  return pools;
}

interface LabelMatch {
  role: FieldRole;
  /** Words of the label the phrase covers. */
  words: number;
  /** The label starts with the phrase ("Ønsker for fremtiden"). */
  leading: boolean;
}

function bestIn(keys: readonly string[], pool: Pool): LabelMatch | null {
  let candidates: number[] | null = null;
  for (const key of keys) {
    const list = pool.byStart.get(startKey(key));
    if (list) candidates = candidates ? candidates.concat(list) : list;
  }
  if (!candidates) return null;
  if (keys.length > 1) candidates = [...new Set(candidates)].sort((a, b) => a - b);
  let best: { role: FieldRole; weight: number; words: number; leading: boolean } | null = null;
  for (const i of candidates) {
    const { role, phrase } = pool.items[i]!;
    if ((!best || phrase.weight > best.weight) && phraseIn(keys, phrase)) {
      best = { role, weight: phrase.weight, words: phrase.words.length, leading: phraseIn(keys.slice(0, phrase.words.length), phrase) };
    }
  }
  return best && { role: best.role, words: best.words, leading: best.leading };
}

function matchLabel(keys: readonly string[], form: FormKind | null): LabelMatch | null {
  if (!keys.length) return null;
  const { any, byForm, clear, caseForms } = labelPools();
  if (form === null) return bestIn(keys, any);
  // The form's own words first; a label that clearly names another role ("Skånehensyn" on Min Plan) keeps it, and a
  // heading may name a role of another case form ("Indsatser" in a rehab document): roles do not depend on the form.
  return bestIn(keys, byForm[form]) ?? bestIn(keys, clear) ?? (form === 'cv' ? null : bestIn(keys, caseForms));
}

/** The role a label or heading names ("Skånehensyn", "3. Hensyn", "JOBMÅL"), or null. */
export function roleOfLabel(label: string, form: FormKind | null = null): FieldRole | null {
  return matchLabel(labelKeys(label), form)?.role ?? null;
}

let generic: CompiledPhrase[] | null = null;
/** A heading that names no role ("Baggrund", "Bemærkninger") — the whole label must be one. */
const isGeneric = (label: string): boolean => {
  const keys = labelKeys(label);
  return (generic ??= GENERIC_HEADINGS.map(compilePhrase)).some((p) => p.words.length === keys.length && phraseIn(keys, p));
};

const NUMBERING = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-ZÆØÅ][.)]|[IVX]{1,4}\.)[ \t\u00a0]+/u;
const MAX_HEADING = 60;
const MAX_LABEL = 40;

interface Line {
  start: number;
  /** First and one past the last non-space character. */
  first: number;
  last: number;
}

const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);

/** Exactly what `/\s/` matches, by character code (no one-character string and no pattern per test). */
const isJsSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
  c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** Is there a ":" in text[from, to)? (A bounded scan: no slice per line.) */
function colonIn(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let k = from; k < end; k++) if (text.charCodeAt(k) === 58) return true;
  return false;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    let first = start;
    let last = nl;
    while (first < last && isSpaceCode(text.charCodeAt(first))) first++;
    while (last > first && isSpaceCode(text.charCodeAt(last - 1))) last--;
    lines.push({ start, first, last });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return lines;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Counted with test(), which builds no array of matches. */
const wordCount = (s: string): number => {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(s)) n++;
  return n;
};
const isUpperLine = (s: string): boolean => {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

interface Heading {
  start: number;
  bodyStart: number;
  heading: string;
  role: FieldRole | null;
}

/** Is line `i` a heading? Only short lines are looked at, so long texts pay one scan. */
function headingAt(text: string, lines: readonly Line[], i: number, form: FormKind | null): Heading | null {
  const line = lines[i]!;
  const length = line.last - line.first;
  if (length < 2) return null;
  const c = text.charCodeAt(line.first);
  // Bullets ("- …", "• …") are items, not headings.
  if (c === 45 || c === 0x2022 || c === 42 || c === 0x2013) return null;
  // Most lines of a text are long sentences without a label: one bounded search rejects them.
  if (length > MAX_HEADING) {
    if (!colonIn(text, line.first, line.first + MAX_LABEL + 9)) return null;
  }
  const raw = text.slice(line.first, Math.min(line.last, line.first + MAX_HEADING + 8));
  const numbering = NUMBERING.exec(raw);
  const lead = numbering ? numbering[0].length : 0;
  // "Jobmål: …", "Skånehensyn:" — a label and a colon at the line's start; the content may follow on the same line.
  const colon = raw.indexOf(':', lead);
  if (colon > lead && colon - lead <= MAX_LABEL && (colon + 1 >= raw.length || isJsSpace(raw.charCodeAt(colon + 1)))) {
    const label = raw.slice(lead, colon).trim();
    const words = wordCount(label);
    if (words >= 1 && words <= 5 && !/[.!?;,]/.test(label)) {
      const match = matchLabel(labelKeys(label), form);
      const alone = line.first + colon + 1 >= line.last;
      const plain = alone && words <= 3 && hasContentAfter(lines, i) && (isGeneric(label) || isUpperLine(label) || lead > 0);
      if (match || plain) {
        let body = line.first + colon + 1;
        while (body < line.last && isJsSpace(text.charCodeAt(body))) body++;
        return { start: line.first, bodyStart: alone ? nextLineStart(lines, i, text) : body, heading: raw.slice(0, colon).trim(), role: match?.role ?? null };
      }
    }
  }
  // A short line alone: "Skånehensyn", "3. Hensyn", "JOBMÅL".
  if (length > MAX_HEADING || /[.!?,;:]$/.test(raw)) return null;
  const body = raw.slice(lead).trim();
  const words = wordCount(body);
  if (words < 1 || words > 6 || !hasContentAfter(lines, i)) return null;
  const match = matchLabel(labelKeys(body), form);
  // The role's words must be most of the line, or open a short one ("Ønsker for fremtiden", not "Borger har hensyn").
  const named = match !== null && (match.words * 2 >= words || (match.leading && words <= 4));
  const upper = isUpperLine(body);
  const numbered = lead > 0 && words <= 4 && /^\p{Lu}/u.test(body) && !nextIsNumbered(text, lines, i);
  if (!named && !upper && !numbered && !isGeneric(body)) return null;
  return { start: line.first, bodyStart: nextLineStart(lines, i, text), heading: raw.trim(), role: match?.role ?? null };
}

function hasContentAfter(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]!.last > lines[j]!.first) return true;
  return false;
}

function nextLineStart(lines: readonly Line[], i: number, text: string): number {
  return i + 1 < lines.length ? lines[i + 1]!.start : text.length;
}

/** A numbered list ("1. Du skal søge job" / "2. …") is items, not headings. */
function nextIsNumbered(text: string, lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.last === l.first) continue;
    return NUMBERING.test(text.slice(l.first, l.first + 8));
  }
  return false;
}

/**
 * The document's sections, one per heading, in text order; [] when the text has no headings (then it is one field's
 * text). A section runs from its heading to the next one; text before the first heading belongs to no section.
 */
export function findSections(text: string, form: FormKind | null = null): DocumentSection[] {
  if (text.length < 4 || !text.includes('\n')) return [];
  const lines = linesOf(text);
  const headings: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = headingAt(text, lines, i, form);
    if (h) headings.push(h);
  }
  return headings.map((h, k) => {
    let end = k + 1 < headings.length ? headings[k + 1]!.start : text.length;
    while (end > h.start && isJsSpace(text.charCodeAt(end - 1))) end--;
    return { start: h.start, end, heading: h.heading, role: h.role, bodyStart: Math.min(Math.max(h.bodyStart, h.start), end) };
  });
}
