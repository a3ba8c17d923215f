/**
 * Placeholders: the gaps a rewrite leaves for the user to fill ("[antal]", "[dato]", "[stilling]").
 *
 * One form, shared by every rewrite, the `unfilled-placeholder` rule, the panel and the CLI report: a square bracket,
 * a short Danish name in lower case, a square bracket. The name is one to four words of lower-case letters (a-z, æ, ø,
 * å, é; an inner hyphen allowed: "hæve-sænkebord"), joined by a space or a slash ("hvad/hvor", "konkret belastning"),
 * at most 40 characters. So "[sic]" (an editorial mark), "[1]" (a citation), "[Netto]" (a name), "[x]" (a check box)
 * and longer bracketed remarks are not placeholders.
 */
import type { Span } from '../types';

export interface Placeholder extends Span {
  /** The name inside the brackets ("antal", "hvad/hvor"). */
  name: string;
}

export const PLACEHOLDER_MAX_NAME = 40;
/** Editorial marks in brackets that look like a name but are not a gap to fill. */
const EDITORIAL = new Set(['sic', 'red', 'min fremhævning', 'vores fremhævning', 'forf', 'anm', 'oversat', 'udeladt']);

const WORD = '[a-zæøåé]+(?:-[a-zæøåé]+)*';
const NAME = `${WORD}(?:[ /]${WORD}){0,3}`;
/** One placeholder (global: use with lastIndex or matchAll). */
export const PLACEHOLDER_PATTERN = new RegExp(`\\[(${NAME})\\]`, 'gu');
const WHOLE = new RegExp(`^\\[(${NAME})\\]$`, 'u');

/** Is `name` (the text between the brackets) a placeholder's name? */
export function isPlaceholderName(name: string): boolean {
  if (name.length > PLACEHOLDER_MAX_NAME || EDITORIAL.has(name)) return false;
  let letters = 0;
  for (const ch of name) if (ch !== ' ' && ch !== '/' && ch !== '-') letters++;
  return letters >= 3 && WHOLE.test(`[${name}]`);
}

/** Every placeholder in `text` (inside `within` when given), in order. Linear; no match per character. */
export function findPlaceholders(text: string, within?: Span): Placeholder[] {
  const from = within ? Math.max(0, within.start) : 0;
  const to = within ? Math.min(text.length, within.end) : text.length;
  const out: Placeholder[] = [];
  const i = text.indexOf('[', from);
  if (i < 0 || i >= to) return out;
  const re = new RegExp(PLACEHOLDER_PATTERN.source, 'gu');
  re.lastIndex = i;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    if (isPlaceholderName(m[1]!)) out.push({ start: m.index, end, name: m[1]! });
  }
  return out;
}

/** Does `text` hold at least one placeholder? */
export function hasPlaceholder(text: string): boolean {
  return text.includes('[') && findPlaceholders(text).length > 0;
}
