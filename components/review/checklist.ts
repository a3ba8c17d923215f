import type { FieldAnalysis } from '@/components/panel/contracts';
import type { Agreement, FieldRole, FormKind } from '@/lib/analysis/types';
import { AGREEMENT_ACTORS } from '@/lib/analysis/vocab/review';
import { CRITERION, RULE, type CriterionId, type RuleId } from '@/lib/review/ids';
import type { CheckState, ReviewMetrics } from '@/lib/storage/records';

/**
 * Reviewer checklists per phase (research/seed-001.md §4.3, the four-stage mapping of the seed's phases, and
 * §6.7 R-36), pre-filled from the analysis where it can decide. Pure: no DOM, no storage.
 *
 * Decided by typed rule and criterion ids (lib/review/ids.ts), in order: the item's field is empty → not met; a finding
 * of a rule that speaks against the item → not met; the job-focus criterion that measures it → its met/unmet; a field
 * with text and no such finding → met where no criterion measures it; otherwise unknown (the reviewer decides).
 * Agreement items follow the agreement counts the panel shows (n of total SMART, dated, with a responsible person).
 * Evidence never leaves the panel: the review stores only states and comments.
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
  /** Field roles the item is about; the item is shown only when the form has one of them (none: always shown). */
  roles: readonly FieldRole[];
  decide: (fields: FieldAnalysis[]) => CheckResult;
}

const unknown = (evidence: Evidence[] = []): CheckResult => ({ state: 'unknown', evidence });
const label = (f: FieldAnalysis) => f.label || f.role || '';

function withRole(fields: FieldAnalysis[], roles: readonly FieldRole[]): FieldAnalysis[] {
  return fields.filter((f) => f.role !== null && roles.includes(f.role));
}

function findingEvidence(fields: FieldAnalysis[], rules: readonly RuleId[]): Evidence[] {
  return fields.flatMap((f) =>
    f.result.findings
      .filter((x) => (rules as readonly string[]).includes(x.ruleId))
      .map((x) => ({ text: `${label(f)}: ${x.message}`, excerpt: x.excerpt.slice(0, 120) })),
  );
}

/** The criterion in each field that scores it: met in any field → met; scored but unmet everywhere → not met. */
function criterionState(fields: FieldAnalysis[], ids: readonly CriterionId[]): CheckResult | null {
  const hits = fields.flatMap((f) => f.result.jobFocus.criteria.filter((c) => (ids as readonly string[]).includes(c.id)).map((c) => ({ f, c })));
  if (hits.length === 0) return null;
  const met = hits.some((h) => h.c.met);
  const shown = met ? hits.filter((h) => h.c.met) : hits;
  return {
    state: met ? 'met' : 'not-met',
    evidence: shown.map((h) => ({ text: `${label(h.f)}: ${h.c.label} – ${h.c.met ? '✓' : '✗'} ${h.c.points}/${h.c.max}` })),
  };
}

interface Decision {
  /** Findings of these rules in the item's fields → not met. */
  against?: readonly RuleId[];
  /** Else these criteria decide (met in any field → met). */
  criteria?: readonly CriterionId[];
  /** Else (no criterion scored) a field with text and no finding is met. */
  metWhenClean?: boolean;
}

/** Fields with the item's roles → empty → not met; findings against it → not met; its criteria; else clean → met. */
function decideFrom(roles: readonly FieldRole[], d: Decision): CheckDef['decide'] {
  return (fields) => {
    const fs = withRole(fields, roles);
    if (fs.length === 0) return unknown([{ text: 'no-field' }]);
    const withText = fs.filter((f) => f.textLength > 0);
    if (withText.length === 0) return { state: 'not-met', evidence: [{ text: 'empty' }] };
    const bad = d.against ? findingEvidence(withText, d.against) : [];
    if (bad.length > 0) return { state: 'not-met', evidence: bad };
    const c = d.criteria ? criterionState(withText, d.criteria) : null;
    if (c) return c;
    return d.metWhenClean ? { state: 'met', evidence: [{ text: 'clean' }] } : unknown();
  };
}

/** Agreements of the agreement fields (each is one SMART unit, as the panel shows them). */
function agreementsOf(fields: FieldAnalysis[]): Agreement[] {
  const own = withRole(fields, ['agreement']);
  return (own.length ? own : fields).flatMap((f) => f.result.agreements);
}

/** Agreements across the form's agreement fields (all fields when the form has none). */
export function agreementCounts(fields: FieldAnalysis[]): { total: number; smart: number; dated: number; withActor: number } {
  const all = agreementsOf(fields);
  const smart = all.filter((a) => a.smart.specific && a.smart.measurable && a.smart.timeBound).length;
  return { total: all.length, smart, dated: all.filter((a) => a.smart.timeBound).length, withActor: all.filter(namesActor).length };
}

const ACTORS: ReadonlySet<string> = new Set(AGREEMENT_ACTORS);

/** Does the agreement say who does it ("Du sender …", "Jobformidler sender …", "Anne Holm kontakter …")? */
function namesActor(a: Agreement): boolean {
  const words = a.text.replace(/^[\s\-–•*\d.)]+/u, '').split(/[^\p{L}\p{N}-]+/u).filter(Boolean).slice(0, 5);
  if (words.some((w) => ACTORS.has(w.toLowerCase()))) return true;
  // A name: two capitalised words first ("Anne Holm kontakter …").
  const cap = (w: string | undefined) => !!w && w[0] !== w[0]!.toLowerCase();
  return cap(words[0]) && cap(words[1]);
}

function agreementItem(key: 'smart' | 'dated' | 'actors', count: (c: ReturnType<typeof agreementCounts>) => number, against?: RuleId): CheckDef['decide'] {
  return (fields) => {
    const c = agreementCounts(fields);
    if (c.total === 0) return unknown([{ text: 'no-agreements' }]);
    const n = count(c);
    const evidence: Evidence[] = [{ text: `${key}:${n}/${c.total}` }];
    if (against) evidence.push(...findingEvidence(fields, [against]));
    return { state: n === c.total ? 'met' : 'not-met', evidence };
  };
}

const JOB_GOAL: Decision = { against: [RULE.missingJobGoal, RULE.vagueJobGoal], criteria: [CRITERION.jobTitle] };

const CHECK_LIST: readonly CheckDef[] = [
  { id: 'job-goal-concrete', da: 'Konkret jobmål (stilling og funktion)', en: 'Concrete job goal (position and function)', roles: ['job-goal'], decide: decideFrom(['job-goal'], JOB_GOAL) },
  {
    id: 'accommodations-concrete', da: 'Konkrete skånehensyn knyttet til opgaver', en: 'Concrete accommodations tied to tasks', roles: ['accommodations'],
    decide: decideFrom(['accommodations'], { against: [RULE.vagueAccommodation], criteria: [CRITERION.accommodationConcrete] }),
  },
  {
    id: 'progression-goal', da: 'Progressionsmål ud over timetal', en: 'Progression goal beyond hours', roles: ['progression-goal'],
    decide: decideFrom(['progression-goal'], { against: [RULE.progressionOnlyHours], criteria: [CRITERION.progressionDimensions] }),
  },
  {
    id: 'hours-interval', da: 'Timetal som interval, ikke et fast tal', en: 'Hours as an interval, not a fixed number', roles: ['hours'],
    decide: decideFrom(['hours'], { against: [RULE.fixedHours], criteria: [CRITERION.hoursInterval] }),
  },
  {
    id: 'resources-described', da: 'Ressourcer og kompetencer er beskrevet', en: 'Resources and competences are described', roles: ['resources'],
    decide: decideFrom(['resources'], { against: [RULE.deficitBalance, RULE.illnessFocus], criteria: [CRITERION.resources, CRITERION.experience] }),
  },
  { id: 'cv-complete', da: 'CV er vedlagt og komplet', en: 'CV attached and complete', roles: [], decide: () => unknown() },
  {
    id: 'experience-tasks', da: 'Erhvervserfaring med funktioner og opgaver', en: 'Work experience with functions and tasks', roles: ['cv-experience', 'resources'],
    decide: decideFrom(['cv-experience', 'resources'], { against: [RULE.cvExperienceWithoutTasks], criteria: [CRITERION.tasks] }),
  },
  {
    id: 'no-citizen-says', da: 'Ingen ukvalificeret "borger siger …"-tekst', en: 'No unqualified "citizen says …" text', roles: ['resources', 'challenges', 'health', 'wishes', 'previous-efforts'],
    decide: decideFrom(['resources', 'challenges', 'health', 'wishes', 'previous-efforts'], { against: [RULE.reportedSpeech], metWhenClean: true }),
  },
  {
    id: 'progression-justified', da: 'Begrundelse for, hvorfor progression forventes', en: 'Reason why progression is expected', roles: ['justification', 'progression-goal'],
    decide: decideFrom(['justification', 'progression-goal'], { criteria: [CRITERION.progressionReason] }),
  },
  {
    id: 'agreements-smart', da: 'Hver aftale er SMART', en: 'Each agreement is SMART', roles: ['agreement'],
    decide: agreementItem('smart', (c) => c.smart, RULE.smartAgreement),
  },
  { id: 'job-goal-oriented', da: 'Jobrettet mål', en: 'Job-oriented goal', roles: ['job-goal'], decide: decideFrom(['job-goal'], JOB_GOAL) },
  { id: 'next-step-dated', da: 'Næste skridt har en dato', en: 'The next step has a date', roles: ['agreement'], decide: agreementItem('dated', (c) => c.dated) },
  { id: 'responsible-named', da: 'Ansvarlig person for hver aftale', en: 'A responsible person for each agreement', roles: ['agreement'], decide: agreementItem('actors', (c) => c.withActor) },
  {
    id: 'concrete-job-applications', da: 'Aftaler om at søge konkrete job', en: 'Agreements to apply for concrete jobs', roles: ['agreement'],
    decide: decideFrom(['agreement'], { criteria: [CRITERION.employerContact] }),
  },
  {
    id: 'job-wish-concrete', da: '"Jeg søger job som" er konkret', en: '"I am looking for a job as" is concrete', roles: ['cv-job-wish'],
    decide: decideFrom(['cv-job-wish'], { against: [RULE.cvVagueJobWish], criteria: [CRITERION.jobTitle] }),
  },
  {
    id: 'profile-job-directed', da: 'Faglig profil er jobrettet', en: 'Professional profile is job-directed', roles: ['cv-profile'],
    decide: decideFrom(['cv-profile'], { against: [RULE.cvPersonalityOnly, RULE.cvFlexjobLabel], criteria: [CRITERION.jobTitle] }),
  },
  {
    id: 'no-health-info', da: 'Ingen helbredsoplysninger i CV’et', en: 'No health information in the CV', roles: [],
    decide: (fields) => {
      const withText = fields.filter((f) => f.textLength > 0);
      if (withText.length === 0) return unknown([{ text: 'no-field' }]);
      const bad = findingEvidence(withText, [RULE.healthInCv]);
      return bad.length ? { state: 'not-met', evidence: bad } : { state: 'met', evidence: [{ text: 'clean' }] };
    },
  },
];

const CHECKS: Record<string, CheckDef> = Object.fromEntries(CHECK_LIST.map((c) => [c.id, c]));

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

/**
 * The phase's items for a form with these fields: an item about field roles appears only when the form has one of them
 * (no skånehensyn item on a Min Plan without a skånehensyn field). Before any field is known, every item is shown.
 */
export function checksFor(phase: Phase, fields: readonly FieldAnalysis[] = []): CheckDef[] {
  const roles = new Set(fields.map((f) => f.role));
  return PHASE_CHECKS[phase].map((id) => CHECKS[id]!).filter((c) => fields.length === 0 || c.roles.length === 0 || c.roles.some((r) => roles.has(r)));
}

export function checkLabel(id: string, locale: 'da' | 'en'): string {
  const c = CHECKS[id];
  return c ? c[locale] : id;
}

/** Pre-fills every item of the phase from the current analysis. */
export function evaluateChecklist(phase: Phase, fields: FieldAnalysis[]): Array<{ id: string } & CheckResult> {
  return checksFor(phase, fields).map((c) => ({ id: c.id, ...c.decide(fields) }));
}

/** Scores a review stores (no text): mean job-focus score of fields with text, agreement counts. */
export function reviewMetrics(fields: FieldAnalysis[]): ReviewMetrics {
  const scored = fields.filter((f) => f.textLength > 0);
  const jobFocusScore = scored.length ? Math.round(scored.reduce((s, f) => s + f.result.jobFocus.score, 0) / scored.length) : null;
  const c = agreementCounts(fields);
  return { jobFocusScore: jobFocusScore === null ? null : Math.max(0, Math.min(100, jobFocusScore)), agreementsTotal: c.total, agreementsSmart: c.smart };
}
