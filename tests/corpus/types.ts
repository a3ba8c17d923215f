import type { Category, FieldRole, FormKind } from '@/lib/analysis/types';

/**
 * One labelled text. `present`/`absent` list only the categories a reviewer can decide for this text by the seeds'
 * criteria; unlabelled categories do not count. `split`: "dev" = seed examples and the research's constructed pairs
 * (seen while writing the rules); "holdout" = texts written after the rules, with new wording, never tuned against.
 */
export interface CorpusEntry {
  id: string;
  text: string;
  form: FormKind | null;
  field: FieldRole | null;
  subKind?: 'indstilling';
  /** Seed line(s) for verbatim text, or the research fixture it was constructed from. */
  source: string;
  present: readonly Category[];
  absent: readonly Category[];
  split: 'dev' | 'holdout';
}
