/** Label folding and phrase matching live with the analyser (headings of documents use them too). */
export { asciiKey, compilePhrase, foldLabel, labelKeys, labelWords, phraseIn, type CompiledPhrase } from '@/lib/analysis/text/labels';
