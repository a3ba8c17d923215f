import type { FieldAnalysis } from '@/components/panel/contracts';
import type { FieldRole, FormKind } from '@/lib/analysis/types';
import type { CheckState, ReviewMetrics } from '@/lib/storage/records';

/**
 * Reviewer checklists per phase (research/seed-001.md §4.3, the four-stage mapping of the seed's phases, and
 * §6.7 R-36), pre-filled from the analysis where it can decide. Pure: no DOM, no storage.
 *
 * Deciding rules, in order: a finding that speaks against the item → not-met; a job-focus criterion that
 * matches the item → its met/unmet; a field whose rules would have flagged the problem, with text and no
 * finding → met; otherwise unknown (the reviewer decides). Evidence never leaves the panel: the review
 * stores only states and comments.
 */
export type Phase = 'rehab-forberedende' | 'rehab-indstilling' | 'minplan' | 'cv';

export interface Evidence {
  /** Rule message or a summary; shown to the reviewer, never stored. */
  text: string;
  /** The analysed excerpt, when there is one (shown, never stored). */
  excerpt?: string;
}

export interface CheckResult {
  state: CheckState;
  evidence: Evidence[];
}

export interface CheckDef {
  id: string;
  da: string;
  en: string;
  decide: (fields: FieldAnalysis[]) => CheckResult;
}

const unknown = (evidence: Evidence[] = []): CheckResult => ({ state: 'unknown', evidence });

function withRole(fields: FieldAnalysis[], ...roles: FieldRole[]): FieldAnalysis[] {
  return fields.filter((f) => f.role !== null && roles.includes(f.role));
}

function findingEvidence(f: FieldAnalysis, pred: (ruleId: string, category: string) => boolean): Evidence[] {
  return f.result.findings
    .filter((x) => pred(x.ruleId, x.category))
    .map((x) => ({ text: `${f.label || f.role}: ${x.message}`, excerpt: x.excerpt.slice(0, 120) }));
}

function criteriaEvidence(fields: FieldAnalysis[], re: RegExp): { met: boolean; evidence: Evidence[] } | null {
  // Matched on the criterion id only: labels are prose and mention "job" in unrelated criteria.
  const hits = fields.flatMap((f) => f.result.jobFocus.criteria.filter((c) => re.test(c.id)).map((c) => ({ f, c })));
  if (hits.length === 0) return null;
  const met = hits.some((h) => h.c.met);
  return { met, evidence: hits.map((h) => ({ text: `${h.f.label || h.f.role}: ${h.c.label} – ${h.c.met ? '✓' : '✗'}` })) };
}

/**
 * Generic decision: fields with the roles → findings matching `against` → not-met; criteria matching `criteria` →
 * their state; if `metWhenClean`, a field with text and no such finding → met.
 */
function decideFrom(
  roles: FieldRole[],
  against: (ruleId: string, category: string) => boolean,
  opts: { criteria?: RegExp; metWhenClean?: boolean; emptyIsNotMet?: boolean } = {},
) {
  return (fields: FieldAnalysis[]): CheckResult => {
    const fs = withRole(fields, ...roles);
    if (fs.length === 0) return unknown([{ text: 'no-field' }]);
    const withText = fs.filter((f) => f.textLength > 0);
    if (withText.length === 0) return opts.emptyIsNotMet === false ? unknown() : { state: 'not-met', evidence: [{ text: 'empty' }] };
    const bad = withText.flatMap((f) => findingEvidence(f, against));
    if (bad.length > 0) return { state: 'not-met', evidence: bad };
    if (opts.criteria) {
      const c = criteriaEvidence(withText, opts.criteria);
      if (c) return { state: c.met ? 'met' : 'not-met', evidence: c.evidence };
    }
    return opts.metWhenClean ? { state: 'met', evidence: [{ text: 'clean' }] } : unknown();
  };
}

const isVague = (_r: string, c: string) => c === 'vague-accommodation';
const isProgression = (r: string) => /progress/i.test(r);
const isHours = (r: string) => /hour|timer|interval/i.test(r);
const isDeficit = (_r: string, c: string) => c === 'deficit-language';
const isHealth = (r: string) => /health|helbred|diagnos|illness/i.test(r);
const isCitizenSays = (r: string) => /citizen-says|borger-siger|reported/i.test(r);

/** Agreements across all fields. */
export function agreementCounts(fields: FieldAnalysis[]): { total: number; smart: number; dated: number } {
  const all = fields.flatMap((f) => f.result.agreements);
  const smart = all.filter((a) => a.smart.specific && a.smart.measurable && a.smart.timeBound).length;
  return { total: all.length, smart, dated: all.filter((a) => a.smart.timeBound).length };
}

const isJobGoalProblem = (r: string, c: string) => c === 'job-focus' && !/progress|hour/i.test(r);
const jobGoal = (roles: FieldRole[]): CheckDef['decide'] => decideFrom(roles, isJobGoalProblem, { criteria: /^(job-title|occupation)$/i, metWhenClean: false });

const CHECKS: Record<string, CheckDef> = {
  'job-goal-concrete': { id: 'job-goal-concrete', da: 'Konkret jobmål (stilling og funktion)', en: 'Concrete job goal (position and function)', decide: jobGoal(['job-goal']) },
  'accommodations-concrete': {
    id: 'accommodations-concrete',
    da: 'Konkrete skånehensyn knyttet til opgaver',
    en: 'Concrete accommodations tied to tasks',
    decide: (fields) => {
      const r = decideFrom(['accommodations'], isVague, { metWhenClean: true })(fields);
      if (r.state !== 'unknown') return r;
      // No skånehensyn field (e.g. Min Plan): vague skånehensyn written elsewhere still count against it.
      const bad = fields.flatMap((f) => findingEvidence(f, isVague));
      return bad.length ? { state: 'not-met', evidence: bad } : r;
    },
  },
  'progression-goal': { id: 'progression-goal', da: 'Progressionsmål ud over timetal', en: 'Progression goal beyond hours', decide: decideFrom(['progression-goal'], isProgression, { metWhenClean: true }) },
  'hours-interval': { id: 'hours-interval', da: 'Timetal som interval, ikke et fast tal', en: 'Hours as an interval, not a fixed number', decide: decideFrom(['hours'], isHours, { criteria: /^hours-interval$/ }) },
  'resources-described': { id: 'resources-described', da: 'Ressourcer og kompetencer er beskrevet', en: 'Resources and competences are described', decide: decideFrom(['resources'], isDeficit, { metWhenClean: true }) },
  'cv-complete': { id: 'cv-complete', da: 'CV er vedlagt og komplet', en: 'CV attached and complete', decide: () => unknown() },
  'experience-tasks': {
    id: 'experience-tasks',
    da: 'Erhvervserfaring med funktioner og opgaver',
    en: 'Work experience with functions and tasks',
    decide: decideFrom(['cv-experience', 'resources'], (r) => /task|opgave/i.test(r), { criteria: /^tasks$/ }),
  },
  'no-citizen-says': { id: 'no-citizen-says', da: 'Ingen ukvalificeret "borger siger …"-tekst', en: 'No unqualified "citizen says …" text', decide: decideFrom(['resources', 'challenges', 'health', 'wishes', 'previous-efforts'], isCitizenSays) },
  'progression-justified': { id: 'progression-justified', da: 'Begrundelse for, hvorfor progression forventes', en: 'Reason why progression is expected', decide: decideFrom(['justification'], isProgression) },
  'agreements-smart': {
    id: 'agreements-smart',
    da: 'Hver aftale er SMART',
    en: 'Each agreement is SMART',
    decide: (fields) => {
      const c = agreementCounts(fields);
      if (c.total === 0) return unknown([{ text: 'no-agreements' }]);
      return { state: c.smart === c.total ? 'met' : 'not-met', evidence: [{ text: `smart:${c.smart}/${c.total}` }] };
    },
  },
  'job-goal-oriented': { id: 'job-goal-oriented', da: 'Jobrettet mål', en: 'Job-oriented goal', decide: jobGoal(['job-goal']) },
  'next-step-dated': {
    id: 'next-step-dated',
    da: 'Næste skridt har en dato',
    en: 'The next step has a date',
    decide: (fields) => {
      const c = agreementCounts(fields);
      if (c.total === 0) return unknown([{ text: 'no-agreements' }]);
      return { state: c.dated > 0 ? 'met' : 'not-met', evidence: [{ text: `dated:${c.dated}/${c.total}` }] };
    },
  },
  'responsible-named': { id: 'responsible-named', da: 'Ansvarlig person for hver aftale', en: 'A responsible person for each agreement', decide: decideFrom(['agreement'], (r) => /responsib|ansvar/i.test(r)) },
  'concrete-job-applications': { id: 'concrete-job-applications', da: 'Aftaler om at søge konkrete job', en: 'Agreements to apply for concrete jobs', decide: decideFrom(['agreement'], (r) => /concrete-job|konkret/i.test(r)) },
  'job-wish-concrete': { id: 'job-wish-concrete', da: '"Jeg søger job som" er konkret', en: '"I am looking for a job as" is concrete', decide: jobGoal(['cv-job-wish']) },
  'profile-job-directed': { id: 'profile-job-directed', da: 'Faglig profil er jobrettet', en: 'Professional profile is job-directed', decide: jobGoal(['cv-profile']) },
  'no-health-info': {
    id: 'no-health-info',
    da: 'Ingen helbredsoplysninger i CV’et',
    en: 'No health information in the CV',
    decide: (fields) => {
      const withText = fields.filter((f) => f.textLength > 0);
      if (withText.length === 0) return unknown([{ text: 'no-field' }]);
      const bad = withText.flatMap((f) => findingEvidence(f, isHealth));
      return bad.length ? { state: 'not-met', evidence: bad } : { state: 'met', evidence: [{ text: 'clean' }] };
    },
  },
};

export const PHASE_CHECKS: Record<Phase, string[]> = {
  'rehab-forberedende': ['job-goal-concrete', 'accommodations-concrete', 'progression-goal', 'hours-interval', 'resources-described', 'experience-tasks', 'no-citizen-says', 'cv-complete'],
  'rehab-indstilling': ['job-goal-concrete', 'accommodations-concrete', 'progression-goal', 'progression-justified', 'hours-interval', 'resources-described', 'cv-complete'],
  minplan: ['agreements-smart', 'job-goal-oriented', 'next-step-dated', 'responsible-named', 'concrete-job-applications', 'accommodations-concrete'],
  cv: ['job-wish-concrete', 'experience-tasks', 'profile-job-directed', 'no-health-info'],
};

export const PHASE_LABELS: Record<Phase, { da: string; en: string }> = {
  'rehab-forberedende': { da: 'Rehabiliteringsplan, forberedende del (fase 1)', en: 'Rehabilitation plan, preparatory part (phase 1)' },
  'rehab-indstilling': { da: 'Rehabiliteringsteamets indstilling (fase 1)', en: 'The rehabilitation team’s recommendation (phase 1)' },
  minplan: { da: 'Min Plan (fase 2–3)', en: 'Min Plan (phases 2–3)' },
  cv: { da: 'Jobnet-CV (fase 2)', en: 'Jobnet CV (phase 2)' },
};

export function phaseFor(formKind: FormKind, subKind: 'indstilling' | null): Phase {
  if (formKind === 'rehab') return subKind === 'indstilling' ? 'rehab-indstilling' : 'rehab-forberedende';
  return formKind;
}

export function checksFor(phase: Phase): CheckDef[] {
  return PHASE_CHECKS[phase].map((id) => CHECKS[id]);
}

export function checkLabel(id: string, locale: 'da' | 'en'): string {
  const c = CHECKS[id];
  return c ? c[locale] : id;
}

/** Pre-fills every item of the phase from the current analysis. */
export function evaluateChecklist(phase: Phase, fields: FieldAnalysis[]): Array<{ id: string } & CheckResult> {
  return checksFor(phase).map((c) => ({ id: c.id, ...c.decide(fields) }));
}

/** Scores a review stores (no text): mean job-focus score of fields with text, agreement counts. */
export function reviewMetrics(fields: FieldAnalysis[]): ReviewMetrics {
  const scored = fields.filter((f) => f.textLength > 0);
  const jobFocusScore = scored.length ? Math.round(scored.reduce((s, f) => s + f.result.jobFocus.score, 0) / scored.length) : null;
  const c = agreementCounts(fields);
  return { jobFocusScore: jobFocusScore === null ? null : Math.max(0, Math.min(100, jobFocusScore)), agreementsTotal: c.total, agreementsSmart: c.smart };
}
