import { ROLES_BY_FORM, type FieldRole, type FormKind } from './types';
import type { TextModel } from './text/types';
import { opensAgreement } from './smart/split';
import { lowerForMatching } from './text/normalize';

/**
 * Guessing the form kind and field role from the text itself, for callers that do not know them (the CLI without
 * --form/--field). Conservative: a wrong role would run the wrong rules, so only strong signals count; otherwise null.
 */
export interface Inferred {
  form: FormKind | null;
  field: FieldRole | null;
}

const FORMS_OF_ROLE = new Map<FieldRole, FormKind[]>();
for (const [form, roles] of Object.entries(ROLES_BY_FORM) as [FormKind, readonly FieldRole[]][]) {
  for (const role of roles) FORMS_OF_ROLE.set(role, [...(FORMS_OF_ROLE.get(role) ?? []), form]);
}

/** The forms a role belongs to (FORMS.md). */
export function formsOfRole(role: FieldRole): readonly FormKind[] {
  return FORMS_OF_ROLE.get(role) ?? [];
}

export function roleFitsForm(role: FieldRole, form: FormKind): boolean {
  return (ROLES_BY_FORM[form] as readonly string[]).includes(role);
}

interface Signal {
  role: FieldRole;
  form: FormKind | null;
  /** Share of the text's sentences that must match. */
  share: number;
  re: RegExp;
  /** `re` without the `i` flag, for the lower-cased text (a case-insensitive Unicode pattern is far slower). */
  lower?: RegExp;
}

const SIGNALS: readonly Signal[] = [
  { role: 'cv-job-wish', form: 'cv', share: 0.3, re: /^jeg (?:søger|ønsker|vil gerne have|leder efter) (?:et |en )?(?:job|stilling|arbejde|deltidsjob|fleksjob)/iu },
  { role: 'cv-profile', form: 'cv', share: 0.5, re: /^(?:jeg er (?:en )?|jeg har \S+ års erfaring|jeg har erfaring|jeg brænder for|som person er jeg)/iu },
  { role: 'accommodations', form: 'rehab', share: 0.5, re: /skån|hensyn til|må ikke|skal undgå|tunge løft|kan ikke tåle|pauser/iu },
  { role: 'progression-goal', form: 'rehab', share: 0.5, re: /progression|udvikle (?:sin|din|hans|hendes) arbejdsevne|øge (?:sin|sit|sine|dit|din|dine|timetal)/iu },
  { role: 'recommendation', form: 'rehab', share: 0.3, re: /rehabiliteringsteamet (?:indstiller|anbefaler|vurderer)|teamet (?:indstiller|anbefaler)|indstilles til/iu },
  { role: 'health', form: 'rehab', share: 0.6, re: /diagnos|behandling|smerte|medicin|sygemeld|operation|læge|psykiater|psykolog/iu },
  { role: 'job-goal', form: null, share: 0.5, re: /^(?:jobmål|mit jobmål|dit jobmål|borgers jobmål|jobmålet er|mål\s*:)/iu },
];
for (const s of SIGNALS) s.lower = new RegExp(s.re.source, s.re.flags.replace('i', ''));

export function inferContext(model: TextModel, given: { form?: FormKind | null; field?: FieldRole | null } = {}): Inferred {
  const givenForm = given.form ?? null;
  const givenField = given.field ?? null;
  if (givenField) {
    const forms = formsOfRole(givenField);
    return { form: givenForm ?? (forms.length === 1 ? forms[0]! : null), field: givenField };
  }
  const fits = (role: FieldRole, form: FormKind | null): boolean =>
    givenForm === null ? true : roleFitsForm(role, givenForm) && (form === null || form === givenForm);
  const role = guessRole(model, fits);
  if (!role) return { form: givenForm, field: null };
  const forms = formsOfRole(role);
  return { form: givenForm ?? (forms.length === 1 ? forms[0]! : null), field: role };
}

function guessRole(model: TextModel, fits: (role: FieldRole, form: FormKind | null) => boolean): FieldRole | null {
  const blocks = model.blocks.filter((b) => !(b.sentences.length === 1 && /:\s*$/.test(b.sentences[0]!.text)));
  if (!blocks.length) return null;
  // Agreements: (nearly) every block opens an agreement ("Du vil …", "Aftale: …").
  if (fits('agreement', 'minplan')) {
    const agreeing = blocks.filter((b) => b.sentences[0] && opensAgreement(b.sentences[0].text)).length;
    if (agreeing >= 1 && agreeing * 3 >= blocks.length * 2) return 'agreement';
  }
  const sentences = model.sentences;
  if (!sentences.length || sentences.length > 40) return null;
  let best: FieldRole | null = null;
  let bestShare = 0;
  // The sentences lower-cased once, for the patterns without the `i` flag; null when lower-casing is no plain fold.
  const lower = lowerForMatching(model.text);
  const lowered: (string | undefined)[] = [];
  const test = (s: Signal, i: number): boolean => {
    if (lower === null) return s.re.test(sentences[i]!.text);
    const sentence = sentences[i]!;
    return s.lower!.test((lowered[i] ??= lower.slice(sentence.start, sentence.end)));
  };
  for (const s of SIGNALS) {
    if (!fits(s.role, s.form)) continue;
    // An unanchored pattern (none looks around) that matches nowhere in the text matches in no sentence: one scan.
    if (lower !== null && !s.re.source.startsWith('^') && !s.lower!.test(lower)) continue;
    // Count matching sentences, and stop once even the rest matching could not make this signal win.
    const n = sentences.length;
    let hits = 0;
    for (let i = 0; i < n; i++) {
      const reachable = (hits + n - i) / n;
      if (reachable < s.share || reachable <= bestShare) break;
      if (test(s, i)) hits++;
    }
    const share = hits / n;
    if (hits && share >= s.share && share > bestShare) {
      best = s.role;
      bestShare = share;
    }
  }
  return best;
}
