/**
 * Danish-aware folding for vocabulary matching.
 * æ, ø and å are letters of their own (never stripped); "aa" is the old spelling of "å" (Aabenraa → åbenrå);
 * other accents are folded away (é → e), and the German/Swedish ä/ö are read as æ/ø.
 */

const COMBINING = /[\u0300-\u036f]/;
// Anything outside printable ASCII and æøå (control characters pass through foldChar unchanged).
const FOREIGN = /[^ -~æøå]/;
const FOREIGN_ALL = /[^ -~æøå]/g;
const MARKS = /\p{M}/gu;
const SPECIAL: Record<string, string> = { ä: 'æ', ö: 'ø', ǿ: 'ø', ǽ: 'æ' };

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  const stripped = ch.normalize('NFD').replace(MARKS, '');
  return stripped.length ? stripped : ch;
}

/** Lower-case and fold a word or phrase for matching: `foldDanish("Aabenraa") === "åbenrå"`, `foldDanish("Café") === "cafe"`. */
export function foldDanish(input: string): string {
  let s = input.toLowerCase();
  if (COMBINING.test(s)) s = s.normalize('NFC');
  if (FOREIGN.test(s)) s = s.replace(FOREIGN_ALL, foldChar);
  if (s.includes('aa')) s = s.replaceAll('aa', 'å');
  return s;
}

/** True when `a` and `b` are the same word after Danish folding. */
export function sameWord(a: string, b: string): boolean {
  return a === b || foldDanish(a) === foldDanish(b);
}

/**
 * `s` lower-cased, for patterns written in lower case without the `i` flag (a case-insensitive Unicode pattern costs
 * several times more to compile), or null when lower-casing is no plain fold of it (then use the `i` flag): lower-casing
 * maps each character to one the `i` flag would match, except where it changes the length ("İ") and for U+017F "ſ"
 * (folds to "s") and U+0345 (folds to a letter). Offsets into the result are offsets into `s`.
 */
export function lowerForMatching(s: string): string | null {
  const lower = s.toLowerCase();
  return lower.length === s.length && lower.indexOf('\u017f') < 0 && lower.indexOf('\u0345') < 0 ? lower : null;
}
