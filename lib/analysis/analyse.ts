import type { AnalyseOptions, AnalysisResult, Finding, JobFocus, Span, Suggestion } from './types';
import { CATEGORIES, FORM_KINDS, FIELD_ROLES, SEVERITIES } from './types';
import type { Rule, RuleContext, RuleReport } from './rule';
import type { TextModel } from './text/types';
import { buildModel } from './text/model';
import { allRules } from './rules';
import { factsOf } from './facts';
import { scoreJobFocus } from './score';
import { inferContext } from './infer';
import { findSections, type DocumentSection } from './document';
import { analyseDocument } from './analyse-document';
import { sortIfNeeded } from './text/search';

const byPosition = (a: Finding, b: Finding): number =>
  a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/** A rule (or the score) that threw; the analysis goes on without it. */
export interface RuleFailure {
  ruleId: string;
  error: unknown;
}

export interface Diagnostics {
  result: AnalysisResult;
  failures: RuleFailure[];
}

const EMPTY_FOCUS: JobFocus = { score: 0, criteria: [] };
const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);
const SEVERITY_SET: ReadonlySet<string> = new Set(SEVERITIES);

/**
 * Does the rule run for this form and field? With no field known, only rules that judge by the text itself. A rule that
 * names the field's role runs in any form: roles do not depend on the form kind (a "Skånehensyn" field on a Min Plan
 * screen gets the skånehensyn checks); the form restricts only rules that run for every role.
 */
export function ruleApplies(rule: Rule, ctx: Pick<RuleContext, 'form' | 'field'>, disabled: ReadonlySet<string>): boolean {
  if (disabled.has(rule.category)) return false;
  const { forms, roles, unknownField } = rule.appliesTo;
  if (ctx.field !== null && roles !== '*' && roles.includes(ctx.field)) return true;
  if (ctx.form !== null && forms !== '*' && !forms.includes(ctx.form)) return false;
  if (ctx.field === null) return unknownField === true;
  return roles === '*';
}

const toInt = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? Math.trunc(x) : null);

/** Clamp a span into the text; null when it is not a span at all. */
function clampSpan(s: { start?: unknown; end?: unknown }, length: number): Span | null {
  let start = toInt(s.start);
  let end = toInt(s.end);
  if (start === null || end === null) return null;
  start = Math.min(Math.max(start, 0), length);
  end = Math.min(Math.max(end, 0), length);
  if (end < start) return null;
  return { start, end };
}

function cleanSuggestions(list: unknown): Suggestion[] {
  const out: Suggestion[] = [];
  if (!Array.isArray(list)) return out;
  for (const s of list as unknown[]) {
    const x = s as Partial<Suggestion> | null | undefined;
    if (x && typeof x.label === 'string' && typeof x.replacement === 'string') out.push({ label: x.label, replacement: x.replacement });
  }
  return out;
}

function toFinding(rule: Rule, report: RuleReport, text: string): Finding | null {
  const span = clampSpan(report, text.length);
  if (!span) return null;
  const message = typeof report.message === 'string' && report.message.trim() ? report.message : rule.message;
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: report.severity !== undefined && (SEVERITIES as readonly unknown[]).includes(report.severity) ? report.severity : rule.severity,
    start: span.start,
    end: span.end,
    excerpt: text.slice(span.start, span.end),
    message,
    suggestions: cleanSuggestions(report.suggestions),
  };
}

function cleanFocus(focus: JobFocus | null | undefined, length: number): JobFocus {
  if (!focus || !Array.isArray(focus.criteria)) return EMPTY_FOCUS;
  const score = toInt(Math.round(Number(focus.score)));
  return {
    score: score === null ? 0 : Math.min(100, Math.max(0, score)),
    criteria: focus.criteria.map((c) => {
      // Only {start, end} leaves the analyser (the JSON contract), clamped into the text.
      const evidence: Span[] = [];
      for (const e of Array.isArray(c.evidence) ? c.evidence : []) {
        const span = clampSpan(e, length);
        if (span) evidence.push(span);
      }
      return { ...c, evidence };
    }),
  };
}

/** LIX of the whole text: the one computation, shared with the `lix` rule (result.lix and its finding agree). */
export { lixOf as lix } from './text/lix';

export const isForm = (x: unknown): x is AnalysisResult['form'] & string => (FORM_KINDS as readonly unknown[]).includes(x);
export const isRole = (x: unknown): x is AnalysisResult['field'] & string => (FIELD_ROLES as readonly unknown[]).includes(x);

/** `analyse` plus the rules that failed (for tests and debugging). Never throws. */
export function analyseWithDiagnostics(input: string, opts: AnalyseOptions = {}, rules: readonly Rule[] = allRules): Diagnostics {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const options: AnalyseOptions = opts && typeof opts === 'object' ? opts : {};
  const failures: RuleFailure[] = [];
  // A whole document (headings, no field given): each section with its role's rules.
  if (!isRole(options.field)) {
    let sections: DocumentSection[] = [];
    try {
      sections = findSections(text, isForm(options.form) ? options.form : null);
    } catch (error) {
      failures.push({ ruleId: 'document', error });
    }
    if (sections.length) return { result: analyseDocument(text, options, sections, rules, failures, analyseText), failures };
  }
  return { result: analyseText(text, options, rules, failures), failures };
}

/** What a caller of analyseText needs besides the findings (a document's sections need no score of their own). */
export interface TextParts {
  score?: boolean;
  agreements?: boolean;
  /** Receives the rule context (text model included) once it is built. */
  onContext?: (ctx: RuleContext) => void;
  /** A model of `text` built elsewhere (the incremental analyser); it must equal `buildModel(text)`. */
  model?: TextModel;
  /** Runs a rule (default `rule.check(ctx)`); the incremental analyser answers paragraph rules from its cache. */
  check?: (rule: Rule, ctx: RuleContext) => RuleReport[];
}

/** One field's text (no sections). */
export function analyseText(
  text: string,
  options: AnalyseOptions,
  rules: readonly Rule[],
  failures: RuleFailure[],
  parts: TextParts = {},
): AnalysisResult {
  let model: TextModel;
  try {
    model = parts.model ?? buildModel(text);
  } catch (error) {
    failures.push({ ruleId: 'text-model', error });
    model = { text, blocks: [], sentences: [], words: [] };
  }
  const givenForm = isForm(options.form) ? options.form : null;
  const givenField = isRole(options.field) ? options.field : null;
  let inferred: { form: AnalysisResult['form']; field: AnalysisResult['field'] } = { form: givenForm, field: givenField };
  try {
    inferred = inferContext(model, { form: givenForm, field: givenField });
  } catch (error) {
    failures.push({ ruleId: 'infer', error });
  }
  const ctx: RuleContext = {
    text,
    model,
    form: inferred.form,
    field: inferred.field,
    subKind: options.subKind === 'indstilling' ? 'indstilling' : null,
    facts: factsOf(model),
  };
  const disabled = new Set<string>(Array.isArray(options.disabledCategories) ? options.disabledCategories : []);
  const findings: Finding[] = [];
  /** Spans already reported, by rule id: start * (length + 1) + end (a clamped span is unique so; no key strings). */
  const seen = new Map<string, Set<number>>();
  const width = text.length + 1;
  /** Each rule's reports, for the score (it weighs some rules' verdicts and need not run them again). */
  const reportsByRule = new Map<string, RuleReport[]>();
  const scored = parts.score !== false;
  for (const rule of rules) {
    try {
      if (!ruleApplies(rule, ctx, disabled)) continue;
      if (!CATEGORY_SET.has(rule.category) || !SEVERITY_SET.has(rule.severity)) continue;
      const reports = parts.check ? parts.check(rule, ctx) : rule.check(ctx);
      if (!Array.isArray(reports)) continue;
      if (scored) reportsByRule.set(rule.id, reports);
      for (const report of reports) {
        const finding = report ? toFinding(rule, report, text) : null;
        if (!finding) continue;
        let spans = seen.get(finding.ruleId);
        if (!spans) seen.set(finding.ruleId, (spans = new Set()));
        const key = finding.start * width + finding.end;
        if (spans.has(key)) continue;
        spans.add(key);
        findings.push(finding);
      }
    } catch (error) {
      failures.push({ ruleId: rule.id, error });
    }
  }
  sortIfNeeded(findings, byPosition);

  parts.onContext?.(ctx);
  let jobFocus = EMPTY_FOCUS;
  try {
    if (scored) jobFocus = cleanFocus(scoreJobFocus(ctx, reportsByRule), text.length);
  } catch (error) {
    failures.push({ ruleId: 'job-focus-score', error });
  }
  let agreements: AnalysisResult['agreements'] = [];
  try {
    if (parts.agreements !== false) agreements = ctx.facts.agreements(ctx.form, ctx.field).map((a) => a.agreement);
  } catch (error) {
    failures.push({ ruleId: 'agreements', error });
  }
  return { form: ctx.form, field: ctx.field, jobFocus, findings, agreements, lix: ctx.facts.lix };
}

/** The only entry point of the analysis core: analyse one text written in a form's field. Never throws. */
export function analyse(text: string, options: AnalyseOptions = {}): AnalysisResult {
  return analyseWithDiagnostics(text, options).result;
}
