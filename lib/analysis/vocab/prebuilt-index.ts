/**
 * The word lists' index records as JSON (vocab/lexicon-records.ts), written in by the extension's build
 * (scripts/build/prebuilt-lexicons.ts) so that the panel's first analysis need not tokenize every list. Empty in the
 * sources: tests and tools index the lists themselves on the first analysis.
 */
export const PREBUILT_INDEX: string = '';
