import type { Agreement, AnalyseOptions, AnalysisResult, FieldRole, Finding } from './types';
import type { Rule, RuleContext } from './rule';
import type { RuleFailure, TextParts } from './analyse';
import type { DocumentSection } from './document';
import type { TextModel } from './text/types';
import { buildModel, modelOfPart, writtenInAscii } from './text/model';
import { primeHitsFrom } from './vocab/lexicon';
import { primeTimesFrom } from './text/time';

type AnalyseText = (text: string, options: AnalyseOptions, rules: readonly Rule[], failures: RuleFailure[], parts?: TextParts) => AnalysisResult;

interface Segment {
  start: number;
  end: number;
  role: FieldRole | null;
  findings: Finding[];
}

const GOAL_ROLES: ReadonlySet<FieldRole | null> = new Set<FieldRole | null>(['job-goal', 'recommendation']);

const byPosition = (a: Finding, b: Finding): number =>
  a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

const shift = <T extends { start: number; end: number }>(x: T, by: number): T => ({ ...x, start: x.start + by, end: x.end + by });

/** The job-goal check on the whole text's model (cheap: its signals are already computed for the score). */
function lacksJobGoal(rule: Rule, ctx: RuleContext, failures: RuleFailure[]): boolean {
  try {
    return rule.check({ ...ctx, field: 'job-goal' }).length > 0;
  } catch (error) {
    failures.push({ ruleId: rule.id, error });
    return false;
  }
}

/**
 * A whole document: each section's text runs with its heading's role (offsets mapped back to the whole text), so a
 * heading is never itself a finding; rules about the document as a whole see every section: a job goal is missing only
 * when no job-goal or recommendation section has one, and hours are judged in the hours section when there is one.
 * The score and LIX are the whole text's.
 */
export function analyseDocument(
  text: string,
  options: AnalyseOptions,
  sections: readonly DocumentSection[],
  rules: readonly Rule[],
  failures: RuleFailure[],
  analyseText: AnalyseText,
): AnalysisResult {
  const base: AnalyseOptions = { ...(options.disabledCategories ? { disabledCategories: options.disabledCategories } : {}) };
  let wholeCtx: RuleContext | null = null;
  const whole = analyseText(
    text,
    { ...base, ...(options.form ? { form: options.form } : {}), ...(options.subKind ? { subKind: options.subKind } : {}) },
    [],
    failures,
    { agreements: false, onContext: (c) => void (wholeCtx = c) },
  );
  const form = whole.form;
  const spans: { start: number; end: number; role: FieldRole | null }[] = [];
  if (sections[0]!.start > 0) spans.push({ start: 0, end: sections[0]!.start, role: null });
  for (const s of sections) spans.push({ start: s.bodyStart, end: s.end, role: s.role });

  const segments: Segment[] = [];
  const agreements: Agreement[] = [];
  const wholeAscii = writtenInAscii(text);
  for (const { start, end, role } of spans) {
    const slice = text.slice(start, end);
    if (!/\S/.test(slice)) continue;
    let model: TextModel | undefined;
    try {
      // The whole text's words, lexicon hits and time expressions, computed for its score, serve the section when they
      // are what it would find itself.
      const whole = (wholeCtx as RuleContext | null)?.model;
      model = whole ? modelOfPart(whole, start, end, wholeAscii) : buildModel(slice);
      if (whole && primeHitsFrom(model, whole, start)) primeTimesFrom(model, whole, start);
    } catch {
      // analyseText builds the model itself and reports what failed.
      model = undefined;
    }
    const r = analyseText(
      slice,
      { ...base, ...(form ? { form } : {}), ...(role ? { field: role } : {}), ...(role && options.subKind ? { subKind: options.subKind } : {}) },
      rules,
      failures,
      { score: false, ...(model ? { model } : {}) },
    );
    // The section's findings are its own fresh objects: moved in place to the whole text's offsets.
    for (const f of r.findings) {
      f.start += start;
      f.end += start;
    }
    segments.push({ start, end, role, findings: r.findings });
    for (const a of r.agreements) agreements.push(shift(a, start));
  }

  const drop = new Set<Finding>();
  // A job goal is missing only when no section that states one has one.
  const goalSegments = segments.filter((s) => GOAL_ROLES.has(s.role));
  if (goalSegments.some((s) => !s.findings.some((f) => f.ruleId === 'missing-job-goal'))) {
    for (const s of segments) for (const f of s.findings) if (f.ruleId === 'missing-job-goal') drop.add(f);
  }
  const extra: Finding[] = [];
  const goalRule = rules.filter((r) => r.id === 'missing-job-goal');
  const ctx = wholeCtx as RuleContext | null;
  if (!goalSegments.length && goalRule.length && form !== 'cv' && ctx && lacksJobGoal(goalRule[0]!, ctx, failures)) {
    // A document without a job-goal section is judged as a whole, as the rule judges a job-goal field: it needs a
    // concrete job somewhere. Headings are blanked (same length, so offsets hold) so that none is reported.
    // One pass (sections are in text order and do not overlap): rebuilding the string per heading was quadratic.
    const pieces: string[] = [];
    let at = 0;
    for (const s of sections) {
      pieces.push(text.slice(at, s.start), text.slice(s.start, s.bodyStart).replace(/[^\n]/g, ' '));
      at = s.bodyStart;
    }
    pieces.push(text.slice(at));
    const masked = pieces.join('');
    const whole = analyseText(masked, { ...base, ...(form ? { form } : {}), field: 'job-goal' }, goalRule, failures).findings;
    for (const f of whole) extra.push({ ...f, excerpt: text.slice(f.start, f.end) });
  }
  // Hours are judged where the document states them: a figure in another section is not the work capacity.
  if (segments.some((s) => s.role === 'hours')) {
    for (const s of segments) if (s.role !== 'hours') for (const f of s.findings) if (f.ruleId === 'fixed-hours') drop.add(f);
  }

  const seen = new Set<string>();
  const findings: Finding[] = [];
  const keep = (f: Finding): void => {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (drop.has(f) || seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };
  for (const s of segments) for (const f of s.findings) keep(f);
  for (const f of extra) keep(f);
  findings.sort(byPosition);
  agreements.sort((a, b) => a.start - b.start);
  return {
    form,
    field: null,
    jobFocus: whole.jobFocus,
    findings,
    agreements,
    lix: whole.lix,
    sections: sections.map(({ start, end, heading, role }) => ({ start, end, heading, role })),
  };
}
