import { findCprNumbers } from '@/lib/analysis/text/cpr';

/**
 * CPR numbers must never be stored. Everything the analyser's recogniser calls one (lib/analysis/text/cpr.ts),
 * and also one glued to letters, is masked. False positives (a 10-digit number that happens to be a date) are
 * masked too: safer than keeping a CPR number.
 */
export const CPR_MASK = '******-****';

export function containsCpr(text: string): boolean {
  return findCprNumbers(text, { glued: true }).length > 0;
}

/** Replaces every CPR-like number with `******-****`; `masked` tells the UI to explain why. */
export function maskCpr(text: string): { text: string; masked: boolean } {
  const found = findCprNumbers(text, { glued: true });
  if (found.length === 0) return { text, masked: false };
  let out = '';
  let at = 0;
  for (const m of found) {
    out += text.slice(at, m.start) + CPR_MASK;
    at = m.end;
  }
  return { text: out + text.slice(at), masked: true };
}

/** A copy of a stored record (or any JSON value) with every string CPR-masked except ids (random hex, keys). */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskCpr(value).text as T;
  if (Array.isArray(value)) return value.map((v: unknown) => maskDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'id' ? v : maskDeep(v);
    return out as T;
  }
  return value;
}
