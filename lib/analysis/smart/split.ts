import type { Span } from '../types';
import type { Block, Sentence, TextModel } from '../text/types';

/**
 * Splitting an agreement field into single agreements. A Min Plan agreement is a bullet or numbered item, or, in
 * prose, a sentence that opens an agreement ("Du vil …", "Borger skal …", "Vi aftalte …") together with the sentences
 * that follow it ("Dit mål er …", as in the guide's own agreements, 000 L213–217).
 */

/** A sentence that opens an agreement: who + a binding verb, or an agreement label. */
export const AGREEMENT_OPENER = new RegExp(
  [
    // "Aftale 2: …", "Næste skridt: …"
    '(?:aftale|aftaler|næste skridt|handling|delmål|opgave)\\s*\\d*\\s*[:.–-]\\s*\\S',
    // The citizen with a binding modal: "Du vil …", "Borgeren skal …" (not "Du tager …", which goes on an agreement).
    '(?:du|borger(?:en)?)\\s+(?:vil|skal|må|kommer til at)(?![\\p{L}])',
    // Staff: "Jobkonsulenten sender …", "Vi aftalte …"
    '(?:jobkonsulent(?:en)?|jobformidler(?:en)?|virksomhedskonsulent(?:en)?|sagsbehandler(?:en)?|mentor(?:en)?|kontaktperson(?:en)?|jobcent(?:e)?ret)\\s+(?:vil|skal|sender|kontakter|ringer|booker|indkalder|finder|hjælper|følger op|undersøger)(?![\\p{L}])',
    '(?:vi\\s+(?:aftalte|har aftalt|aftaler|skal|vil)|det\\s+(?:er|blev)\\s+aftalt|det\\s+aftales|på\\s+mødet\\s+aftalte\\s+vi\\s+\\S)(?![\\p{L}])',
  ]
    .map((p) => `^${p}`)
    .join('|'),
  'iu',
);

/** A leading label to leave out of the agreement span ("Aftale 2: Du vil …"). */
const LABEL = /^(?:aftale|aftaler|næste skridt|handling|delmål|opgave)\s*\d*\s*[:.–-]\s*/iu;

/** A heading line such as "Min Plan - På mødet aftalte vi:" or "Konkrete aftaler ift. dine jobmål:". */
function isHeading(text: string): boolean {
  if (text.length >= 120) return false;
  // As /:\s*$/, from the end (no scan of the whole sentence).
  let i = text.length;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i > 0 && text.charCodeAt(i - 1) === 58 /* : */;
}
const SPACE = /\s/;

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  // Labels start with "af", "næ", "ha", "de" or "op": other agreements ("Du vil …") skip the substring and the regex.
  const label = mayBeLabel(text, start) ? LABEL.exec(text.slice(start, Math.min(end, start + 40))) : null;
  if (label && start + label[0].length < end) start += label[0].length;
  return end > start ? { start, end } : null;
}

function mayBeLabel(text: string, at: number): boolean {
  const a = text.charCodeAt(at) | 0x20;
  const b = text.charCodeAt(at + 1) | 0x20;
  if (a === 0x61 /* a */) return b === 0x66 /* f */;
  if (a === 0x6e /* n */) return b === 0xe6 /* æ, Æ */;
  if (a === 0x68 /* h */) return b === 0x61 /* a */;
  if (a === 0x64 /* d */) return b === 0x65 /* e */;
  if (a === 0x6f /* o */) return b === 0x70 /* p */;
  return false;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

export function opensAgreement(sentenceText: string): boolean {
  return AGREEMENT_OPENER.test(sentenceText);
}

/** Group the sentences of a prose block into agreements (appended to `into`). */
function proseAgreements(text: string, sentences: readonly Sentence[], strict: boolean, into: Span[]): void {
  const out: Span[] = [];
  const openers = sentences.map((s) => opensAgreement(s.text));
  const anyOpener = openers.includes(true);
  let current: Span | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (isHeading(s.text)) {
      current = null;
      continue;
    }
    if (!anyOpener) {
      // Prose with no openers: each sentence is one agreement (only where the field is known to hold agreements).
      if (!strict) out.push({ start: s.start, end: s.end });
      continue;
    }
    // A sentence on a line of its own starts a new agreement: editors separate paragraphs with one line break,
    // and caseworkers write one agreement per line (FORMS.md).
    if (openers[i] || (!strict && current && lineBreakBetween(text, current.end, s.start))) {
      current = { start: s.start, end: s.end };
      out.push(current);
    } else if (current && !strict) {
      current.end = s.end;
    } else if (!strict && !current) {
      current = { start: s.start, end: s.end };
      out.push(current);
    }
  }
  // The spans are this function's own: trim them in place.
  for (const s of out) {
    const span = trimSpan(text, s.start, s.end);
    if (!span) continue;
    s.start = span.start;
    s.end = span.end;
    into.push(s);
  }
}

/** The agreements of one block, appended to `into` (no list per block). */
function blockAgreements(model: TextModel, block: Block, strict: boolean, into: Span[]): void {
  const text = model.text;
  if (block.kind === 'item') {
    if (strict && !(block.sentences[0] && opensAgreement(block.sentences[0].text))) return;
    if (block.sentences.length === 1 && isHeading(block.sentences[0]!.text)) return;
    const span = trimSpan(text, block.contentStart, block.end);
    if (span) into.push(span);
    return;
  }
  proseAgreements(text, block.sentences, strict, into);
}

/** Split a text that is known to hold agreements (the Min Plan agreement field) into its agreements. */
export function splitAgreements(model: TextModel, within?: Span): Span[] {
  const out: Span[] = [];
  for (const block of model.blocks) {
    if (within && (block.end <= within.start || block.start >= within.end)) continue;
    blockAgreements(model, block, false, out);
  }
  return clip(out, within);
}

/**
 * Find agreements in a text whose field is unknown: items and sentences that open an agreement, and the items under
 * an agreement heading ("På mødet aftalte vi:", "Aftaler:", "Næste skridt:").
 */
export function inferAgreements(model: TextModel): Span[] {
  const out: Span[] = [];
  let underHeading = false;
  let prevEnd = 0;
  for (const block of model.blocks) {
    const gap = model.text.slice(prevEnd, block.start);
    if (/\n[ \t\u00a0]*\r?\n/.test(gap)) underHeading = false;
    prevEnd = block.end;
    const first = block.sentences[0]?.text ?? '';
    if (block.kind === 'paragraph' && block.sentences.length === 1 && isHeading(first)) {
      underHeading = /aftal|næste skridt|handleplan|plan for|det gør du|du skal/i.test(first);
      continue;
    }
    if (block.kind === 'item' && underHeading) blockAgreements(model, block, false, out);
    else {
      if (block.kind === 'paragraph') underHeading = false;
      blockAgreements(model, block, true, out);
    }
  }
  return out;
}

function clip(spans: Span[], within?: Span): Span[] {
  if (!within) return spans;
  return spans
    .map((s) => ({ start: Math.max(s.start, within.start), end: Math.min(s.end, within.end) }))
    .filter((s) => s.end > s.start);
}
