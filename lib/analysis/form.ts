import type { AnalysisResult, Category, FieldRole, FormKind, Severity } from './types';
import { analyse } from './analyse';
import { buildModel } from './text/model';
import { factsOf } from './facts';
import missingJobGoal from './rules/missing-job-goal';
import fixedHours from './rules/fixed-hours';

/** One field of a form: its role, its text and (when the caller has it) its analysis. */
export interface FormFieldInput {
  role: FieldRole | null;
  text: string;
  result?: AnalysisResult;
}

export interface FormOptions {
  form?: FormKind;
  subKind?: 'indstilling';
  disabledCategories?: readonly Category[];
}

/** A finding about the form as a whole (shown once, not per field). `fields`: indices of the fields it concerns. */
export interface FormFinding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  fields: number[];
}

export interface FormAnalysis {
  findings: FormFinding[];
  /** Per-field findings another field answers (a job goal stated in the Jobmål field, hours given as an interval). */
  superseded: { field: number; ruleId: string }[];
}

const GOAL_ROLES: ReadonlySet<FieldRole | null> = new Set<FieldRole | null>(['job-goal', 'recommendation']);

export const FORM_MISSING_JOB_GOAL =
  'Formularen nævner ikke et konkret jobmål i nogen af felterne. Skriv jobmålet (stillingsbetegnelse, funktion eller branche) i feltet til jobmål.';
export const FORM_FIXED_HOURS =
  'Formularen angiver kun faste timetal og intet timeinterval. Angiv et realistisk timeinterval og arbejdsintensiteten, og at timetallet kan ændre sig.';

/**
 * The form-level view: rules about the form as a whole take every field into account. A job goal is missing only when
 * no job-goal or recommendation field states one (so the indstilling is not "mangler jobmål" beside a Jobmål field that
 * holds one); hour figures are judged against the hours field's interval. Pure; never throws on odd input.
 */
export function analyseForm(fields: readonly FormFieldInput[], options: FormOptions = {}): FormAnalysis {
  const out: FormAnalysis = { findings: [], superseded: [] };
  if (!Array.isArray(fields) || !fields.length || options.form === 'cv') return out;
  const disabled = new Set(options.disabledCategories ?? []);
  const texts = fields.map((f) => (typeof f?.text === 'string' ? f.text : ''));
  const filled = texts.map((t) => t.trim().length > 0);
  const results: AnalysisResult[] = fields.map(
    (f, i) =>
      f.result ??
      analyse(texts[i]!, {
        ...(options.form ? { form: options.form } : {}),
        ...(f.role ? { field: f.role } : {}),
        ...(options.subKind ? { subKind: options.subKind } : {}),
        ...(options.disabledCategories ? { disabledCategories: options.disabledCategories } : {}),
      }),
  );
  const has = (i: number, ruleId: string): boolean => results[i]!.findings.some((f) => f.ruleId === ruleId);
  const supersede = (ruleId: string, keep: (i: number) => boolean): void => {
    results.forEach((_, i) => {
      if (!keep(i) && has(i, ruleId)) out.superseded.push({ field: i, ruleId });
    });
  };

  if (!disabled.has(missingJobGoal.category)) {
    const goals = fields.map((f, i) => i).filter((i) => GOAL_ROLES.has(fields[i]!.role));
    const stated = goals.some((i) => filled[i] && !has(i, missingJobGoal.id));
    if (stated) supersede(missingJobGoal.id, () => false);
    else if ((goals.length || options.subKind === 'indstilling') && goals.every((i) => !filled[i]) && filled.some(Boolean)) {
      out.findings.push({
        ruleId: missingJobGoal.id,
        category: missingJobGoal.category,
        severity: missingJobGoal.severity,
        message: FORM_MISSING_JOB_GOAL,
        fields: goals,
      });
    }
  }

  if (!disabled.has(fixedHours.category)) {
    const hours = texts.map((t, i) => (filled[i] && /\d/.test(t) ? factsOf(buildModel(t)).hours : []));
    const interval = hours.some((list) => list.some((h) => h.interval || h.bounded));
    const hoursField = (i: number): boolean => fields[i]!.role === 'hours';
    if (fields.some((_, i) => hoursField(i) && hours[i]!.some((h) => h.interval || h.bounded))) supersede(fixedHours.id, hoursField);
    // Only where the form states the work capacity (a praktik's past hours in another field are no capacity).
    const capacity = (i: number): boolean => hoursField(i) || GOAL_ROLES.has(fields[i]!.role);
    const figures = hours.map((list, i) => (list.length && capacity(i) ? i : -1)).filter((i) => i >= 0);
    const flagged = results.some((_, i) => has(i, fixedHours.id));
    // Hour figures across the form, none an interval, and no field already flags them: say it once.
    if (figures.length && !interval && !flagged) {
      out.findings.push({ ruleId: fixedHours.id, category: fixedHours.category, severity: fixedHours.severity, message: FORM_FIXED_HOURS, fields: figures });
    }
  }
  return out;
}
