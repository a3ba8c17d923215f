/**
 * The analysis contract: what `analyse()` returns, shared by the extension, the CLI and the tests.
 * Offsets are UTF-16 indices into the analysed string (JavaScript string indices), end exclusive.
 * The JSON shape is a public contract (`jobrettet check --json`, see README): change it only additively.
 */

export const FORM_KINDS = ['cv', 'minplan', 'rehab'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/**
 * The usual field roles of each form kind (../shared/spec/FORMS.md). Roles do not depend on the form kind: every role is
 * accepted with every form (a field labelled "Skånehensyn" on a Min Plan screen is an accommodations field).
 */
export const ROLES_BY_FORM = {
  cv: ['cv-profile', 'cv-job-wish', 'cv-experience', 'cv-education', 'cv-competences', 'cv-other'],
  minplan: ['job-goal', 'agreement', 'activity', 'meeting-summary'],
  rehab: [
    'job-goal',
    'resources',
    'challenges',
    'health',
    'wishes',
    'previous-efforts',
    'accommodations',
    'recommendation',
    'progression-goal',
    'hours',
    'justification',
  ],
} as const satisfies Record<FormKind, readonly string[]>;
export type FieldRole = (typeof ROLES_BY_FORM)[FormKind][number];
export const FIELD_ROLES: readonly FieldRole[] = [...new Set(Object.values(ROLES_BY_FORM).flat())];

export const CATEGORIES = [
  'job-focus',
  'vague-accommodation',
  'smart',
  'deficit-language',
  'personal-data',
  'plain-language',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Span {
  start: number;
  end: number;
}

/** A replacement for the finding's own range [start, end). */
export interface Suggestion {
  label: string;
  replacement: string;
}

export interface Finding extends Span {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Always `text.slice(start, end)`. */
  excerpt: string;
  message: string;
  suggestions: Suggestion[];
}

export interface Criterion {
  id: string;
  label: string;
  met: boolean;
  points: number;
  max: number;
  evidence: Span[];
}

export interface JobFocus {
  /** Integer 0–100. */
  score: number;
  criteria: Criterion[];
}

export interface Smart {
  specific: boolean;
  measurable: boolean;
  attractive: boolean | null;
  realistic: boolean | null;
  timeBound: boolean;
}

export interface Agreement extends Span {
  /** Always `text.slice(start, end)`. */
  text: string;
  smart: Smart;
  /** A rewrite in the guide's style with visible placeholders, or null when the agreement is already SMART. */
  rewrite: string | null;
}

export interface AnalysisResult {
  form: FormKind | null;
  field: FieldRole | null;
  jobFocus: JobFocus;
  findings: Finding[];
  agreements: Agreement[];
  /** LIX readability index of the whole text (0 for empty text). */
  lix: number;
  /** Only for a whole document with headings (no field given): its sections and the role each heading names. */
  sections?: SectionInfo[];
}

export interface SectionInfo extends Span {
  heading: string;
  role: FieldRole | null;
}

export interface AnalyseOptions {
  form?: FormKind;
  field?: FieldRole;
  /** Rehab sub-kind: the rehabiliteringsteam's indstilling. */
  subKind?: 'indstilling';
  /** Categories switched off by the user or by managed policy. */
  disabledCategories?: readonly Category[];
}
