import type { Block, Sentence, TextModel, Word } from './types';
import { foldDanish } from './normalize';
import { isDigit } from './search';
import { ABBREVIATED_HEADS, ABBREVIATION_WORDS, BEFORE_A_SUBJECT, CLAUSE_OPENERS, LINE_CONTINUES, ASCII_PLURAL_ENDINGS, PHRASE_ABBREVIATIONS, SPELLING_VARIANTS, UNIT_ABBREVIATIONS } from '../vocab/shorthand';

/** Abbreviations after which a period never ends a sentence (lower-case, without the final period). */
const ABBREVIATIONS = new Set([
  'd', 'kl', 'ca', 'fx', 'f.eks', 'bl.a', 'evt', 'jf', 'jvf', 'mht', 'inkl', 'ekskl', 'nr', 'pga', 'p.g.a', 'vedr', 'ift',
  'i.f.t', 'iht', 'i.h.t', 'dvs', 'd.v.s', 'mv', 'm.v', 'mm', 'm.m', 'hhv', 'ang', 'tlf', 'stk', 'pkt', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'tirs', 'tors', 'hr',
  'fr', 'dr', 'cand', 'stud', 'mag', 'merc', 'jur', 'psych', 'scient', 'pæd', 'ml', 'tidl', 'ult', 'prim', 'min', 'max',
  'maks', 'mdr', 'md', 'årh', 'bl', 'e', 'f', 'a', 'o', 'm', 'v', 'jvnf', 'resp', 'ff', 'gl', 'ndr', 'sdr', 'st', 'sk',
  'nst', 'tim', 'sagsbeh', 'ugl', 'ugtl', 'ugentl', 'virk', 'virks', 'osv', 'etc', 'pt', 'p.t', 'tlf.nr', 'ang', 'sygem',
  'afd', 'opf', 'henv', 'iflg', 'vha', 'ifm', 'mhp', 'dagl', 'mdl', 'mdtl', 'ifht',
]);
const OPENERS_SET: ReadonlySet<string> = new Set(CLAUSE_OPENERS);
const BEFORE_SUBJECT: ReadonlySet<string> = new Set(BEFORE_A_SUBJECT);

/** The lower-cased letters of the word at `k` (up to 16). */
function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && e - k < 16 && isLower(text[e]!)) e++;
  return text.slice(k, e);
}
const CONTINUES: ReadonlySet<string> = new Set(LINE_CONTINUES);

/**
 * Notes written line by line in lower case ("bgr. søger 2 job inden d. 3/4\nsb. sender cv videre\nopf. samtale …"): a
 * line that opens with a subject or an abbreviation ("sb.", "opf."), after a line that needs nothing more (no comma,
 * hyphen, "og", "at" …), is a sentence of its own. A wrapped line of prose ("fra dit\nnetværk") goes on.
 */
function lineOfItsOwn(text: string, from: number, nl: number, next: number): boolean {
  if (!isLower(text[next]!)) return false;
  let e = nl;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  const last = text[e - 1];
  if (last === undefined || last === ',' || last === '-' || last === '–' || last === '(' || last === '/') return false;
  const first = wordAt(text, next);
  if (!OPENERS_SET.has(first) && text[next + first.length] !== '.') return false;
  let w = e;
  while (w > from && isLower(text[w - 1]!)) w--;
  return !CONTINUES.has(text.slice(w, e));
}

const abbreviatedHead = (token: string): boolean => ABBREVIATED_HEADS.some((h) => token.length > h.length && token.endsWith(h));

/** Shorthand read as the word it stands for (vocab/shorthand.ts): one map, looked up once per short word. */
const SHORTHAND = new Map<string, string>([...Object.entries(SPELLING_VARIANTS), ...Object.entries(ABBREVIATION_WORDS)]);
const SHORTHAND_MAX = Math.max(...[...SHORTHAND.keys()].map((k) => k.length));
const UNITS = new Map(Object.entries(UNIT_ABBREVIATIONS));
/**
 * A cheap gate before the map lookups (most words are no shorthand): per first character (Latin-1), a bit per length
 * of the keys that start with it. Bit 31 stands for every length above 30; characters above Latin-1 always pass.
 */
const lengthBits = (keys: Iterable<string>): Uint32Array => {
  const bits = new Uint32Array(256);
  for (const k of keys) {
    const c = k.charCodeAt(0);
    if (c < 256) bits[c]! |= 1 << Math.min(k.length, 31);
  }
  return bits;
};
const SHORTHAND_BITS = lengthBits(SHORTHAND.keys());
const UNIT_BITS = lengthBits(UNITS.keys());
const mayBe = (bits: Uint32Array, norm: string): boolean => {
  const c = norm.charCodeAt(0);
  return c >= 256 || ((bits[c]! >>> Math.min(norm.length, 31)) & 1) === 1;
};
const ASCII_PLURAL = new RegExp(`(?:${ASCII_PLURAL_ENDINGS.join('|')})$`);

/** "fortaeller" → "fortæller", "loefte" → "løfte" (only in texts written without æ, ø and å; see vocab/shorthand.ts). */
function foldAsciiSpelling(norm: string): string {
  if (ASCII_PLURAL.test(norm)) return norm;
  return norm.replaceAll('ae', 'æ').replaceAll('oe', 'ø');
}

/** A text written without æ, ø and å that has "ae" or "oe" in it. */
export function writtenInAscii(text: string): boolean {
  return !/[æøåÆØÅ]/.test(text) && /[ao]e/i.test(text);
}

const MONTHS = /^(?:jan(?:uar)?|feb(?:ruar)?|mar(?:ts)?|apr(?:il)?|maj|jun[i]?|jul[i]?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** A bullet or numbered item marker at the start of a line (after optional indentation). */
const MARKER = /^[ \t\u00a0]*(?:[-•*–—·▪‣◦●○■□➢►>]|\d{1,3}[.)]|[a-zæøå][.)]|[A-Z]\)|\(\d{1,3}\)|\([a-z]\))(?=[ \t\u00a0]|$)[ \t\u00a0]*/;

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11 ||
  (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isUpper = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
};
const isLower = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
};
const CLOSERS = '"\'”’»)]}';
const OPENERS = '"\'“„«([{';

export interface Line {
  start: number;
  /** End of the line's content, before "\r\n" / "\n". */
  end: number;
  /** First / one past last non-space character (start === end for a blank line). */
  first: number;
  last: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    let first = start;
    while (first < end && isSpace(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
    lines.push({ start, end, first, last });
    if (nl >= n) break;
    start = nl + 1;
  }
  return lines;
}

/** The marker length at the start of a line, or 0. A date like "5. februar" is not a numbered item. */
function markerEnd(text: string, line: Line): number {
  const c = text.charCodeAt(line.first);
  // Fast reject: markers start with punctuation, a digit, a letter followed by . or ), or "(".
  if (!(c < 0x30 || (c >= 0x30 && c <= 0x39) || c === 0x28 || c > 0x7f || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a))) return 0;
  const m = MARKER.exec(text.slice(line.start, Math.min(line.end, line.first + 8)));
  if (!m) return 0;
  const end = line.start + m[0].length;
  if (end > line.end) return 0;
  const marker = text.slice(line.first, end).trim();
  if (/^\d+\.$/.test(marker) && MONTHS.test(text.slice(end, end + 10))) return 0;
  // A single letter + "." followed by a capitalised word is more likely an initial ("A. Hansen").
  if (/^[a-zæøå]\.$/i.test(marker) && !/^[a-zæøå]\.$/.test(marker)) return 0;
  return end;
}

const LETTER = /\p{L}/u;

/** The lower-cased abbreviation candidate (letters and inner periods) ending right before `dot`. */
function tokenBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    // ASCII and Latin-1 to Latin Extended-B (all letters there but × and ÷) by code; other characters by the pattern.
    const letter = c < 0x80 ? (c | 32) >= 97 && (c | 32) <= 122 : c >= 0xc0 && c <= 0x24f ? c !== 0xd7 && c !== 0xf7 : LETTER.test(text[i - 1]!);
    if (c === 46 || letter) i--;
    else break;
    if (dot - i > 12) break;
  }
  const token = text.slice(i, dot);
  return (token.charCodeAt(0) === 46 ? token.replace(/^\.+/, '') : token).toLowerCase();
}

/** Does the terminator run [i, j) end a sentence, given the block ends at `end`? */
function endsSentence(text: string, i: number, j: number, end: number): boolean {
  if (j >= end) return true;
  if (!isSpace(text.charCodeAt(j))) return false;
  let k = j;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k >= end) return true;
  while (k < end && OPENERS.includes(text[k]!)) k++;
  if (k >= end) return true;
  const next = text[k]!;
  const term = text[i]!;
  if (term === '!' || term === '?' || term === '…') return !isLower(next);
  // A period: before a capitalised word, never after an abbreviation or an initial. Notes written in a hurry start
  // sentences in lower case ("har ondt i ryggen. kan ikke løfte"): after a whole word of 4+ letters that is no abbreviation.
  const before = tokenBefore(text, i);
  if (!isUpper(next)) {
    if (!isLower(next)) return false;
    if (before.length >= 4 && /^\p{L}+$/u.test(before) && !ABBREVIATIONS.has(before) && !SHORTHAND.has(before) && !abbreviatedHead(before)) return true;
    // A subject opens the next clause ("inden fre. bgr. ringer …", "d. 4/5. hun deltager …").
    return OPENERS_SET.has(wordAt(text, k)) && !BEFORE_SUBJECT.has(before) && !/\p{L}/u.test(text[k + wordAt(text, k).length] ?? '');
  }
  if (ABBREVIATIONS.has(before)) return false;
  if (before.length === 1 && isUpper(text[i - 1]!)) return false;
  // An ordinal date with a capitalised month ("d. 7. Marts").
  if (before === '' && /\d/.test(text[i - 1] ?? '') && !/\d{3}$/.test(text.slice(Math.max(0, i - 3), i)) && MONTHS.test(text.slice(k, k + 10))) return false;
  return true;
}

const SENTENCE_MARKS = /[.!?\u2026\n]/g;

const TERMINATORS = '.!?';
const PLAIN_TOKEN = /^[a-zæøåé]{4,}$/;
const PHRASE_KEYS: ReadonlySet<string> = new Set(PHRASE_ABBREVIATIONS.map(([abbr]) => abbr));

/**
 * Is `p` a cut between two sentences of one line such that the models of the text before and after it, each built alone,
 * are the whole text's model there (the incremental analyser's chunks)? Only the plainest case: "[a word of 4+ letters,
 * no abbreviation or shorthand][.!?] [upper-case][lower-case]". Then the whole text ends a sentence there
 * (endsSentence), the part after it opens with no list marker, no word is read from a word across the cut (a unit after
 * a number) and no phrase joins across its terminator (wordsJoin).
 */
export function isSentenceCut(text: string, p: number): boolean {
  if (p < 6 || p + 1 >= text.length || text.charCodeAt(p - 1) !== 32 || !TERMINATORS.includes(text[p - 2]!)) return false;
  if (!isUpper(text[p]!) || !isLower(text[p + 1]!)) return false;
  // The whole word before the terminator, alone (not glued to a digit, a hyphen, an apostrophe or a period).
  let a = p - 2;
  while (a > 0 && isWordChar(text.charCodeAt(a - 1))) a--;
  const c = a > 0 ? text[a - 1]! : ' ';
  if (c === '.' || c === '-' || c === "'" || c === '\u2019') return false;
  const word = text.slice(a, p - 2).toLowerCase();
  if (!PLAIN_TOKEN.test(word) || ABBREVIATIONS.has(word) || ABBREVIATIONS.has(tokenBefore(text, p - 2))) return false;
  const norm = word.replaceAll('aa', 'å');
  for (const w of [word, norm, foldAsciiSpelling(norm)]) if (SHORTHAND.has(w) || UNITS.has(w) || PHRASE_KEYS.has(w)) return false;
  return true;
}

function splitSentences(text: string, from: number, end: number, words: Word[], wordCursor: { i: number }, out: Sentence[]): Sentence[] {
  const sentences: Sentence[] = [];
  let s = from;
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) return;
    let wi = wordCursor.i;
    while (wi < words.length && words[wi]!.start < a) wi++;
    const w0 = wi;
    while (wi < words.length && words[wi]!.start < b) wi++;
    wordCursor.i = wi;
    const sentence: Sentence = { start: a, end: b, text: text.slice(a, b), words: words.slice(w0, wi) };
    sentences.push(sentence);
    out.push(sentence);
  };
  for (let i = from; i < end; i++) {
    // Jump to the next terminator or line break (a native scan; no match object is made).
    SENTENCE_MARKS.lastIndex = i;
    if (!SENTENCE_MARKS.test(text)) break;
    i = SENTENCE_MARKS.lastIndex - 1;
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */) {
      let j = i + 1;
      while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…' || CLOSERS.includes(text[j]!))) j++;
      if (endsSentence(text, i, j, end)) {
        push(s, j);
        s = j;
      }
      i = j - 1;
    } else if (c === 10) {
      // A line break inside a paragraph ends a sentence when the next line starts like a new one.
      let k = i + 1;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      if (k < end && (isUpper(text[k]!) || /\d/.test(text[k]!) || lineOfItsOwn(text, from, i, k))) {
        push(s, i);
        s = i + 1;
      }
    }
  }
  push(s, end);
  return sentences;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{M}\p{N}]$/u;
/** Word-character cache for BMP code points above Latin Extended-B: 0 unknown, 1 word, 2 not. */
const wordCache = new Uint8Array(0x10000);

/** Letters, combining marks and digits (the BMP; astral characters such as emoji are never word characters). */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let v = wordCache[c]!;
  if (v === 0) {
    v = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    wordCache[c] = v;
  }
  return v === 1;
}


const PLAIN_WORD = /^[a-zæøå]+$/;
/**
 * The norm `tokenize` gives a text that is one plain lower-case word alone ("søg", "borger", "bgr" → "borger"), or
 * null for anything else (the caller tokenizes it).
 */
export function plainWordNorm(word: string): string | null {
  if (!PLAIN_WORD.test(word)) return null;
  const norm = word.includes('aa') ? word.replaceAll('aa', 'å') : word;
  return SHORTHAND.get(norm) ?? norm;
}

/**
 * Words seen before, by their characters: the word's text and its norm (shorthand read, before a unit is read from the
 * word before), for the plain and the ascii reading. Words repeat within and across texts, so a word already seen
 * costs a hash of its characters and one comparison instead of a copy of its characters, the norm's string work and
 * the shorthand lookup. Open addressing over a power-of-two table; cleared when half full.
 */
const INTERN_BITS = 14;
const INTERN_SIZE = 1 << INTERN_BITS;
const internHash = new Int32Array(INTERN_SIZE);
const internText: (string | undefined)[] = new Array<string | undefined>(INTERN_SIZE);
/** The norm of a word, by reading (index 0 plain, 1 ascii); undefined until that reading is asked for. */
const internNorm: [(string | undefined)[], (string | undefined)[]] = [new Array<string | undefined>(INTERN_SIZE), new Array<string | undefined>(INTERN_SIZE)];
/** 1 where the norm is shorthand read as the word meant (then no unit is read from it), by reading. */
const internMeant: [Uint8Array, Uint8Array] = [new Uint8Array(INTERN_SIZE), new Uint8Array(INTERN_SIZE)];
let internCount = 0;

function clearInterned(): void {
  internText.fill(undefined);
  internNorm[0].fill(undefined);
  internNorm[1].fill(undefined);
  internCount = 0;
}

/**
 * `text.slice(start, end)` as a string of its own: a slice of 13 characters or more would point into `text` and keep the
 * whole text alive as long as the table keeps the word. Built from the character codes, it is also stored in one byte
 * per character when it can be (Danish words can), which hashes and compares faster wherever the word goes.
 */
function ownCopy(text: string, start: number, end: number): string {
  let s = '';
  for (let k = start; k < end; k += 64) s += String.fromCharCode(...codesOf(text, k, Math.min(end, k + 64)));
  return s;
}
const codeBuffer: number[] = [];
function codesOf(text: string, start: number, end: number): number[] {
  codeBuffer.length = 0;
  for (let k = start; k < end; k++) codeBuffer.push(text.charCodeAt(k));
  return codeBuffer;
}

/** The norm of a word's text before units: lower case, "aa" as "å", shorthand as the word meant (`meant[slot]` = 1). */
function normOf(w: string, plain: boolean, upper: boolean, initial: boolean, aa: boolean, ascii: boolean, meantAt: Uint8Array, slot: number): string {
  let norm: string;
  if (plain) {
    // A capitalised word ("Borger") is lower-cased by hand: far cheaper than toLowerCase() on every sentence start
    // and name (A-Z and ÆØÅ are 32 below their lower-case forms).
    norm = upper ? w.toLowerCase() : initial ? String.fromCharCode(w.charCodeAt(0) + 32) + w.slice(1) : w;
    if (aa) norm = norm.replaceAll('aa', 'å');
  } else norm = foldDanish(w);
  if (ascii && (norm.includes('ae') || norm.includes('oe'))) norm = foldAsciiSpelling(norm);
  if (norm.length <= SHORTHAND_MAX) {
    const meant = mayBe(SHORTHAND_BITS, norm) ? SHORTHAND.get(norm) : undefined;
    if (meant !== undefined) {
      meantAt[slot] = 1;
      return meant;
    }
  }
  meantAt[slot] = 0;
  return norm;
}

/**
 * Find the words of `text` in one linear scan. A word is a run of letters/digits/marks, joined by an inner hyphen or
 * apostrophe ("sosu-hjælper", "10-15"), and for numbers by ".", ",", ":" or "/" between digits ("10.30", "05.02", "1/3").
 * `norm` reads shorthand as the word meant ("bgr" → "borger", "10 t" → "timer"); `ascii` also reads "ae"/"oe" as æ/ø.
 */
export function tokenize(text: string, ascii = false): Word[] {
  const words: Word[] = [];
  const n = text.length;
  const reading = ascii ? 1 : 0;
  const norms = internNorm[reading];
  const meantAt = internMeant[reading];
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    // plain: only a-z, 0-9, æ, ø, å (norm = text unless it holds "aa"); upper: only A-Z/ÆØÅ besides those.
    let plain = true;
    /** Upper-case letters after the first one ("NAV"), or only the first one is upper-case ("Borger"). */
    let upper = false;
    let initial = false;
    /** "aa" (in any case) somewhere in a plain word: read as "å". */
    let aa = false;
    let last = 0;
    let hash = 0;
    for (;;) {
      hash = (Math.imul(hash, 31) + c) | 0;
      if (c >= 97 && c <= 122) {
        // lower-case ASCII
        if (c === 97 && last === 97) aa = true;
      } else if (isDigit(c) || c === 0xe6 || c === 0xf8 || c === 0xe5) {
        // digit or æøå
      } else if ((c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5) {
        if (i === start) initial = true;
        else upper = true;
        if (c === 65 && last === 97) aa = true;
      } else if (c !== 45 && c !== 39) plain = false;
      // Letters as lower case (A-Z are 32 below a-z), for the "aa" test.
      last = c >= 65 && c <= 90 ? c + 32 : c;
      i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (isWordChar(c)) continue;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if ((c === 45 || c === 39 || c === 0x2019) && isWordChar(next)) {
        if (c === 0x2019) plain = false;
        continue;
      }
      if ((c === 46 || c === 44 || c === 58 || c === 47) && isDigit(text.charCodeAt(i - 1)) && isDigit(next)) {
        plain = false;
        continue;
      }
      break;
    }
    // The word's slot in the intern table: its own characters, or the first free slot.
    const len = i - start;
    let slot = hash & (INTERN_SIZE - 1);
    let w: string | undefined;
    for (;;) {
      const t = internText[slot];
      if (t === undefined) break;
      if (internHash[slot] === hash && t.length === len) {
        let k = 0;
        while (k < len && t.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        if (k === len) {
          w = t;
          break;
        }
      }
      slot = (slot + 1) & (INTERN_SIZE - 1);
    }
    if (w === undefined) {
      if (internCount >= INTERN_SIZE >> 1) {
        clearInterned();
        slot = hash & (INTERN_SIZE - 1);
      }
      w = ownCopy(text, start, i);
      internText[slot] = w;
      internHash[slot] = hash;
      internCount++;
    }
    let norm = norms[slot] ?? (norms[slot] = normOf(w, plain, upper, initial, aa, ascii, meantAt, slot));
    if (norm.length <= 4 && meantAt[slot] === 0 && words.length && mayBe(UNIT_BITS, norm)) {
      const unit = UNITS.get(norm);
      const prev = words[words.length - 1]!;
      if (unit !== undefined && isDigit(prev.norm.charCodeAt(prev.norm.length - 1)) && start - prev.end <= 2) norm = unit;
    }
    words.push({ start, end: i, text: w, norm });
  }
  return words;
}

/**
 * Build the Danish text model: blocks (paragraphs and bullet/numbered items), sentences and words, all with
 * UTF-16 offsets into `text`. Linear in the text length; never throws. `ascii`: read "ae"/"oe" as æ/ø (the incremental
 * analyser builds one paragraph at a time and passes the whole text's answer).
 */
export function buildModel(text: string, ascii = writtenInAscii(text), given?: Word[]): TextModel {
  const words = given ?? tokenize(text, ascii);
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const cursor = { i: 0 };
  const lines = splitLines(text);
  let li = 0;
  while (li < lines.length) {
    const line = lines[li]!;
    if (line.first === line.last) {
      li++;
      continue;
    }
    const mEnd = markerEnd(text, line);
    let lastLine = li;
    if (mEnd > 0) {
      // An item continues over following lines that are indented or start in lower case (a wrapped line).
      while (lastLine + 1 < lines.length) {
        const next = lines[lastLine + 1]!;
        if (next.first === next.last || markerEnd(text, next) > 0) break;
        const indented = next.first > next.start;
        if (!indented && !isLower(text[next.first]!)) break;
        lastLine++;
      }
    } else {
      while (lastLine + 1 < lines.length) {
        const next = lines[lastLine + 1]!;
        if (next.first === next.last || markerEnd(text, next) > 0) break;
        lastLine++;
      }
    }
    const start = line.first;
    const end = lines[lastLine]!.last;
    const contentStart = mEnd > 0 ? Math.min(Math.max(mEnd, start), end) : start;
    const blockSentences = splitSentences(text, contentStart, end, words, cursor, sentences);
    blocks.push({
      kind: mEnd > 0 ? 'item' : 'paragraph',
      marker: mEnd > 0 ? text.slice(start, mEnd).trim() : null,
      start,
      end,
      contentStart,
      text: text.slice(start, end),
      sentences: blockSentences,
    });
    li = lastLine + 1;
  }
  return { text, blocks, sentences, words };
}

/**
 * `buildModel(whole.text.slice(start, end))`, taking the whole model's words (shifted) when they are what the part's
 * own scan finds: the same ascii reading, no word across an edge, and the first word read without a word before it.
 */
export function modelOfPart(whole: TextModel, start: number, end: number, wholeAscii: boolean): TextModel {
  const text = whole.text.slice(start, end);
  const ascii = writtenInAscii(text);
  if (ascii !== wholeAscii) return buildModel(text, ascii);
  const ww = whole.words;
  let w0 = 0;
  let hi = ww.length;
  while (w0 < hi) {
    const mid = (w0 + hi) >>> 1;
    if (ww[mid]!.end <= start) w0 = mid + 1;
    else hi = mid;
  }
  let w1 = w0;
  while (w1 < ww.length && ww[w1]!.end <= end) w1++;
  if ((w0 < ww.length && ww[w0]!.start < start) || (w1 < ww.length && ww[w1]!.start < end)) return buildModel(text, ascii);
  const words: Word[] = new Array<Word>(w1 - w0);
  for (let k = w0; k < w1; k++) {
    const w = ww[k]!;
    words[k - w0] = { start: w.start - start, end: w.end - start, text: w.text, norm: w.norm };
  }
  // A unit after a number ("10 t") is read from the word before: the part's first word has none.
  if (words.length) {
    const first = tokenize(text.slice(0, words[0]!.end), ascii);
    if (first.length !== 1 || first[0]!.norm !== words[0]!.norm || first[0]!.start !== words[0]!.start) return buildModel(text, ascii);
  }
  return buildModel(text, ascii, words);
}
