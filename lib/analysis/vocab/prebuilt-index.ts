/**
 * The word lists' index as JSON (vocab/lexicon-records.ts), written in by the extension's and the CLI's builds
 * (scripts/build/prebuilt-lexicons.ts) so that the first analysis need not tokenize every list. Empty in the sources:
 * tests and tools index the lists themselves on the first analysis.
 */
export const PREBUILT_INDEX: string = '';
