/**
 * The one CPR-number recogniser (Danish personal id, DDMMYY-SSSS), shared by the `cpr-number` rule, the masker
 * that keeps CPR numbers out of storage, import validation and export (lib/storage/cpr.ts).
 *
 * Forms: `010190-1234`, `0101901234`, `010190 1234`, a no-break or other Unicode space, a dot (`010190.1234`) or a
 * Unicode dash between date and serial, and a dotted or dashed date (`04.01.90-1114`, `04-01-90-1114`). The date
 * Also with spaces in the date as notes write it (`0103 89 4417`, `01 03 89 4417`, `12 08 85 - 3390`), never beside another digit group. The date
 * must exist (day + 60 for an erstatningspersonnummer). No modulus-11 check: it has not held for all numbers
 * since 2007. Never part of a longer digit run (phone, amounts, IBAN).
 */
export interface CprMatch {
  start: number;
  end: number;
  dd: string;
  mm: string;
  yy: string;
}

const DATE_SEP = '[.\\-]';
/** A dash or dot between date and serial, also with a space on either side as hurried notes write it (`120885 - 3390`). */
const SERIAL_SEP = '(?: ?[-.\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212] ?|\\s)';
const BODY = `(\\d{2})(${DATE_SEP})?(\\d{2})\\2(\\d{2})${SERIAL_SEP}?(\\d{4})`;
/** Not glued to letters or digits, not inside a dotted/dashed number run (`2023-010190-1234`, `1.250.000`). */
const STRICT = new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\d[-./,:]\\s?)${BODY}(?![\\p{L}\\p{N}])(?![-./,:]\\d)`, 'gu');
/** Also glued to letters (`CPR0101901234`): what storage masks, where a false positive costs nothing. */
const GLUED = new RegExp(`(?<!\\p{N})(?<!\\d[-./,:]\\s?)${BODY}(?!\\p{N})(?![-./,:]\\d)`, 'gu');

/** Spaces in the date: "0103 89 4417", "01 03 89 4417" (not one of a run of digit groups, like a phone number's). */
const SPACED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<!\\d[-./,:\\s])(\\d{2}) ?(\\d{2}) (\\d{2})${SERIAL_SEP}?(\\d{4})(?![\\p{L}\\p{N}])(?![-./,:\\s]\\d)`,
  'gu',
);

const SPACED_HINT = /\d{2} \d{2}(?: ?[-.\u2010-\u2014\u2212] ?|\s)?\d{4}/;

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date; days 61–91 are erstatningspersonnumre (day + 60). */
export function isValidCprDate(dd: number, mm: number, yy: number): boolean {
  const d = dd > 60 ? dd - 60 : dd;
  if (mm < 1 || mm > 12 || d < 1) return false;
  if (mm === 2 && d === 29) return yy % 4 === 0;
  return d <= DAYS[mm - 1]!;
}

/** Every CPR-like number in `text`, in order. `glued`: also those glued to letters (storage masking). */
export function findCprNumbers(text: string, opts: { glued?: boolean } = {}): CprMatch[] {
  const re = opts.glued ? GLUED : STRICT;
  re.lastIndex = 0;
  const out: CprMatch[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [all, dd, , mm, yy] = m;
    if (isValidCprDate(Number(dd), Number(mm), Number(yy))) out.push({ start: m.index, end: m.index + all.length, dd: dd!, mm: mm!, yy: yy! });
  }
  // The spaced form is rare: scanned only when the text has a digit, a space and a digit.
  if (!SPACED_HINT.test(text)) return out;
  SPACED.lastIndex = 0;
  let added = false;
  while ((m = SPACED.exec(text)) !== null) {
    const [all, dd, mm, yy] = m;
    if (!isValidCprDate(Number(dd), Number(mm), Number(yy))) continue;
    const start = m.index;
    if (out.some((o) => o.start < start + all.length && start < o.end)) continue;
    out.push({ start, end: start + all.length, dd: dd!, mm: mm!, yy: yy! });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
  return out;
}
