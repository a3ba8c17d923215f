import type { Category, FieldRole, FormKind, Severity, Suggestion } from './types';
import type { TextModel } from './text/types';
import type { Facts } from './facts';

/** What a rule sees: the text, its model and where it was written. */
export interface RuleContext {
  text: string;
  model: TextModel;
  /** null when the caller did not say (the CLI without --form): rules then judge by the text itself. */
  form: FormKind | null;
  field: FieldRole | null;
  subKind: 'indstilling' | null;
  /** What is known about the text (signals, hours, time expressions, agreements, lexicon hits, LIX), computed once. */
  facts: Facts;
}

/** A rule's raw report; the runner adds ruleId, category, severity, excerpt and the default message. */
export interface RuleReport {
  start: number;
  end: number;
  message?: string;
  /** Overrides the rule's severity for this finding (e.g. stricter in Min Plan, which the citizen reads). */
  severity?: Severity;
  suggestions?: Suggestion[];
}

export interface RuleExample {
  text: string;
  form?: FormKind;
  field?: FieldRole;
  subKind?: 'indstilling';
}

/** One expected finding of an invalid example, pinned as the user sees it (ESLint's RuleTester `errors`/`output`). */
export interface ExpectedFinding {
  /** The flagged text, `text.slice(start, end)`. */
  excerpt: string;
  /** The whole text after applying each suggestion in turn (its range replaced); omitted = no suggestions. */
  output?: readonly string[];
  /** When the finding's severity differs from the rule's. */
  severity?: Severity;
  /** When the finding's message differs from the rule's. */
  message?: string;
}

export interface InvalidRuleExample extends RuleExample {
  /** Every finding of this rule, in text order. */
  errors: readonly ExpectedFinding[];
}

/** Where a rule runs. `'*'` = any. With no field given, a rule runs when `unknownField` is true. */
export interface AppliesTo {
  forms: readonly FormKind[] | '*';
  roles: readonly FieldRole[] | '*';
  unknownField?: boolean;
}

export interface Rule {
  /** Stable kebab-case id: part of the public contract. */
  id: string;
  category: Category;
  severity: Severity;
  appliesTo: AppliesTo;
  /** Danish default message. */
  message: string;
  /** Why, with the seed file and line(s) it comes from, e.g. "001 L1234–1240". */
  rationale: string;
  check(ctx: RuleContext): RuleReport[];
  /**
   * `'paragraph'`: the rule's reports on a text are the union of its reports on each paragraph (a run of non-blank lines)
   * checked alone, so the incremental analyser may run it per paragraph and cache the result. `'sentence'`: the same for
   * any run of whole sentences (a rule that looks only inside one sentence); it implies `'paragraph'`. Default: the whole text.
   */
  scope?: 'sentence' | 'paragraph' | 'text';
  /**
   * For a rule that reads one sentence at a time except near some edges: true when its reports on `ctx` are the union
   * of its reports on `chunks` (runs of whole sentences covering the text, each checked alone as its own text, between
   * which no lexicon phrase and no time expression runs), so the incremental analyser may run it per chunk and cache it.
   */
  chunkable?: (ctx: RuleContext, chunks: readonly ChunkView[]) => boolean;
  examples: { valid: readonly (string | RuleExample)[]; invalid: readonly InvalidRuleExample[] };
}

/** A chunk of a text as `Rule.chunkable` sees it. */
export interface ChunkView {
  /** Offset of its first character in the whole text, and index of its first word in the whole model. */
  start: number;
  firstWord: number;
  /** It starts inside a block of the chunk before it (cut between two sentences). */
  continues: boolean;
  /** Its own model (offsets into the chunk). */
  model: TextModel;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
