import type { Agreement, Span } from '../types';
import type { RuleContext } from '../rule';
import type { TextModel } from '../text/types';
import { evaluateAgreement, type SmartEvaluation } from './evaluate';
import { hitCursor } from '../vocab/lexicon';
import { rewriteAgreement } from './rewrite';
import { inferAgreements, splitAgreements } from './split';
import { slotsOf } from '../facts/store';

export { evaluateAgreement, type SmartEvaluation } from './evaluate';
export { rewriteAgreement } from './rewrite';
export { inferAgreements, opensAgreement, splitAgreements } from './split';

export interface AgreementAnalysis {
  agreement: Agreement;
  evaluation: SmartEvaluation;
}

/** Check and rewrite one agreement span of the model's text (`cursor`: see evaluateAgreement). */
export function analyseAgreement(model: TextModel, span: Span, preferWhole = false, cursor?: Int32Array): AgreementAnalysis {
  const evaluation = evaluateAgreement(model, span, preferWhole, cursor);
  const text = model.text.slice(span.start, span.end);
  return {
    agreement: {
      start: span.start,
      end: span.end,
      text,
      smart: evaluation.smart,
      rewrite: rewriteAgreement(model, span, evaluation, text),
    },
    evaluation,
  };
}

/** Where agreements are looked for: the agreement field; with no field, wherever the text itself shows them. */
export function agreementSpans(ctx: Pick<RuleContext, 'model' | 'form' | 'field'>): Span[] {
  if (ctx.field === 'agreement') return splitAgreements(ctx.model);
  if (ctx.field === null || ctx.field === 'meeting-summary' || ctx.field === 'activity') {
    if (ctx.form === null || ctx.form === 'minplan') return inferAgreements(ctx.model);
  }
  return [];
}

/** The agreements of a text, computed once per model and context (the rule and the result share them). */
export function findAgreements(ctx: Pick<RuleContext, 'model' | 'form' | 'field'>): AgreementAnalysis[] {
  const key = `${ctx.form}|${ctx.field}`;
  const slots = slotsOf(ctx.model);
  const byKey = (slots.agreements ??= new Map());
  let found = byKey.get(key);
  if (!found) {
    const spans = agreementSpans(ctx);
    let covered = 0;
    for (const s of spans) covered += s.end - s.start;
    const preferWhole = covered * 3 > ctx.model.text.length;
    const cursor = spans.length ? hitCursor(ctx.model) : undefined;
    found = spans.map((span) => analyseAgreement(ctx.model, span, preferWhole, cursor));
    byKey.set(key, found);
  }
  return found;
}
