/**
 * Pure string folding and phrase matching for labels and headings (form detection, document sections).
 * Labels come from many places (visible text, placeholders, ids like `txtMinPlanAftale`), so they are split into
 * words and compared as ASCII keys: "Skånehensyn", "SKAANEHENSYN", "skaane_hensyn"-style ids and "oensker" all meet.
 */
import { foldDanish } from './normalize';

/**
 * Words of a–z, 0–9, æ, ø, å with single spaces, each word at most capitalised ("Jobmål", most vocabulary phrases and
 * headings): the steps below only lower-case such a string and read "aa" as "å" (no camelCase boundary, no other mark).
 */
const PLAIN_LABEL = /^[A-ZÆØÅ]?[a-z0-9æøå]+(?: [A-ZÆØÅ]?[a-z0-9æøå]+)*$/;

/** Lower-case, strip accents (æ/ø/å kept, "aa" → "å"), split camelCase/snake/kebab and collapse spaces. */
export function foldLabel(input: string): string {
  if (PLAIN_LABEL.test(input)) {
    const lower = input.toLowerCase();
    return lower.includes('aa') ? lower.replaceAll('aa', 'å') : lower;
  }
  const split = input
    // camelCase and PascalCase boundaries: "txtMinPlanAftale" → "txt Min Plan Aftale", "CVStatus" → "CV Status".
    .replace(/([a-zæøå])([A-ZÆØÅ])/g, '$1 $2')
    .replace(/([A-ZÆØÅ]+)([A-ZÆØÅ][a-zæøå])/g, '$1 $2');
  return foldDanish(split)
    .replace(/[^a-z0-9æøå]+/g, ' ')
    .trim();
}

/** Words of a label, already folded. */
export function labelWords(input: string): string[] {
  const folded = foldLabel(input);
  return folded ? folded.split(' ') : [];
}

const isMark = (c: number): boolean => c === 0xe6 || c === 0xf8 || c === 0xe5;

/** ASCII spelling of a folded word: æ → ae, ø → oe, å → aa (how ids and old keyboards write them). */
export function asciiKey(word: string): string {
  // A scan by character code: a few times cheaper than a test and three replaces (every heading line's words pass).
  const n = word.length;
  let i = 0;
  while (i < n && !isMark(word.charCodeAt(i))) i++;
  if (i === n) return word;
  let out = word.slice(0, i);
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    out += c === 0xe6 ? 'ae' : c === 0xf8 ? 'oe' : c === 0xe5 ? 'aa' : word[i]!;
  }
  return out;
}

const MARKED = /[æøå]/;

/** A looser ASCII spelling that simply drops the marks: æ → a, ø → o, å → a ("skanehensyn"). */
function bareKey(word: string): string {
  if (!MARKED.test(word)) return word;
  return word.replace(/æ/g, 'a').replace(/ø/g, 'o').replace(/å/g, 'a');
}

/** Short words must match whole ("mål" is not "målgruppe"); longer ones may be the start of a word ("aftale" → "aftalerne"). */
const PREFIX_MIN = 4;

/** A phrase word as ASCII keys; `prefix` when it may also match the start of a longer word. */
interface PhraseWord {
  ascii: string;
  bare: string;
  prefix: boolean;
}

/** A phrase prepared for matching: its word keys and a weight (longer phrases are more specific). */
export interface CompiledPhrase {
  source: string;
  words: PhraseWord[];
  weight: number;
}

export function compilePhrase(phrase: string): CompiledPhrase {
  const words = labelWords(phrase).map((w) => ({ ascii: asciiKey(w), bare: bareKey(w), prefix: w.length >= PREFIX_MIN }));
  return { source: phrase, words, weight: words.reduce((n, w) => n + w.ascii.length, 0) + words.length - 1 };
}

function wordMatches(labelWord: string, w: PhraseWord): boolean {
  if (labelWord === w.ascii || labelWord === w.bare) return true;
  return w.prefix && (labelWord.startsWith(w.ascii) || labelWord.startsWith(w.bare));
}

/** Label words as ASCII keys, ready for `phraseIn`. */
export function labelKeys(input: string): string[] {
  return labelWords(input).map(asciiKey);
}

/** True when the phrase occurs as consecutive words in the label (each label word may extend the phrase word). */
export function phraseIn(keys: readonly string[], phrase: CompiledPhrase): boolean {
  const n = phrase.words.length;
  if (n === 0) return false;
  outer: for (let i = 0; i + n <= keys.length; i++) {
    for (let j = 0; j < n; j++) if (!wordMatches(keys[i + j]!, phrase.words[j]!)) continue outer;
    return true;
  }
  return false;
}
