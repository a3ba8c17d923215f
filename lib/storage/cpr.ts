/**
 * CPR numbers (Danish personal id: DDMMYY-SSSS) must never be stored. We mask anything that looks like one:
 * six digits forming a plausible date, an optional dash/space/dot, four digits, not inside a longer number.
 * False positives (a 10-digit number that happens to be a date) are masked too: safer than leaking a CPR.
 */
const CPR_RE = /(?<![\d])(\d{2})(\d{2})(\d{2})[ \-.\u2010\u2011\u2013]?(\d{4})(?![\d])/g;

export const CPR_MASK = '******-****';

function plausibleDate(dd: string, mm: string): boolean {
  const d = Number(dd);
  const m = Number(mm);
  // Day 61–91 would be an "erstatningspersonnummer" (day + 60); accept those as well.
  return m >= 1 && m <= 12 && ((d >= 1 && d <= 31) || (d >= 61 && d <= 91));
}

export function containsCpr(text: string): boolean {
  for (const m of text.matchAll(CPR_RE)) if (plausibleDate(m[1], m[2])) return true;
  return false;
}

/** Replaces every CPR-like number with `******-****`; `masked` tells the UI to explain why. */
export function maskCpr(text: string): { text: string; masked: boolean } {
  let masked = false;
  const out = text.replace(CPR_RE, (whole, dd: string, mm: string) => {
    if (!plausibleDate(dd, mm)) return whole;
    masked = true;
    return CPR_MASK;
  });
  return { text: out, masked };
}
