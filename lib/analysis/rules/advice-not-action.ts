import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../score/signals';
import { sentenceBody } from './support';
import { buildModel } from '../text/model';
import { evaluateAgreement, rewriteAgreement } from '../smart';
import { timeExpressionsOf } from '../text/time';
import type { Span } from '../types';
import type { LexHit } from '../vocab/lexicon';

const LABEL = 'Skriv en handling med dato';

/** The action in the guide's voice, made SMART with placeholders where facts are missing ("Du vil søge …"). */
function asAgreement(candidate: string): string {
  const model = buildModel(candidate);
  const span = { start: 0, end: candidate.length };
  return rewriteAgreement(model, span, evaluateAgreement(model, span)) ?? candidate;
}

/**
 * The rewrite keeps what the user wrote about: an intention to act ("vil overveje at søge job i detailhandlen")
 * becomes that action ("Du vil søge [antal] job som [stilling] i detailhandlen inden d. [dato]"); advice received
 * ("er informeret om muligheden for løntilskud") becomes contact about the same thing. Facts are placeholders.
 */
function rewrite(text: string, body: Span, hits: readonly LexHit[]): string {
  for (let i = hits.length - 1; i >= 0; i--) {
    const m = /^\s*at\s+(\S[\s\S]*)$/u.exec(text.slice(hits[i]!.end, body.end));
    if (m) return asAgreement(`Du vil ${m[1]!}`);
  }
  const first = hits[0]!;
  let end = first.end;
  const rest = text.slice(first.end, body.end);
  const stop = /,|\s(?:og|men|samt)\s/u.exec(rest);
  end = stop ? first.end + stop.index : body.end;
  const about = text.slice(first.end, end).trim();
  const out = `Du vil kontakte [virksomhed] om ${about}`;
  return timeExpressionsOf(buildModel(out)).some((t) => t.kind !== 'vague') ? out : `${out} inden d. [dato]`;
}

/**
 * An agreement that records advice or an intention instead of an action ("Borger er informeret om…", "vil overveje…").
 * Agreements must be "handlingsbærende aftaler, som reelt ændrer og optimerer borgerens søgeadfærd" (001 L3050–3052),
 * binding (001 L3054–3055), with a clear "hvem gør hvad, hvornår" (001 L3936–3937).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  const out: RuleReport[] = [];
  const seen = new Set<number>();
  const hits = findLex(model, LEX.adviceOnly);
  for (const h of hits) {
    const si = sentenceAt(model, h.start);
    if (si < 0 || seen.has(si)) continue;
    seen.add(si);
    const body = sentenceBody(text, model.sentences[si]!);
    const mine = hits.filter((x) => x.start >= body.start && x.end <= body.end);
    out.push({ start: body.start, end: body.end, suggestions: [{ label: LABEL, replacement: rewrite(text, body, mine) }] });
  }
  return out;
}

export default defineRule({
  id: 'advice-not-action',
  category: 'smart',
  severity: 'warning',
  appliesTo: { forms: ['minplan'], roles: ['agreement', 'activity', 'meeting-summary'], unknownField: false },
  message: 'Aftalen beskriver vejledning eller en hensigt, ikke en handling. Skriv, hvem der gør hvad, hvornår.',
  rationale:
    'Vejledning skal omsættes "til handlingsbærende aftaler, som reelt ændrer og optimerer borgerens søgeadfærd" (001 L3050–3052); ' +
    'aftaler skal være forpligtende (001 L3054–3055) og vise "hvem gør hvad, hvornår" (001 L3936–3937).',
  check,
  examples: {
    valid: [{ text: 'Du vil sende 2 ansøgninger til lagerjob inden d. 15.02.', form: 'minplan', field: 'agreement' }],
    invalid: [
      { text: 'Borger er informeret om muligheden for løntilskud.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger er informeret om muligheden for løntilskud', output: ['Du vil kontakte [virksomhed] om muligheden for løntilskud inden d. [dato].'] }] },
      { text: 'Borger vil overveje at søge job i detailhandlen.', form: 'minplan', field: 'agreement', errors: [{ excerpt: 'Borger vil overveje at søge job i detailhandlen', output: ['Du vil søge [antal] job som [stilling] i detailhandlen inden d. [dato].'] }] },
    ],
  },
});
