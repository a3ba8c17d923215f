import type { AnalyseOptions, AnalysisResult } from './types';

/** The only entry point of the analysis core. (Skeleton: replaced by the real rule runner.) */
export function analyse(text: string, options: AnalyseOptions = {}): AnalysisResult {
  return {
    form: options.form ?? null,
    field: options.field ?? null,
    jobFocus: { score: 0, criteria: [] },
    findings: [],
    agreements: [],
    lix: text.length ? 0 : 0,
  };
}
