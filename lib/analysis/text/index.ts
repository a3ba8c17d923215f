export type { Block, Sentence, TextModel, Word } from './types';
export { buildModel, tokenize } from './model';
export { foldDanish, sameWord } from './normalize';
export { compilePhrases, hasPhrase, matchPhrases, wordIndexAt } from './phrases';
export type { MatchOptions, PhraseMatch, PhraseMatcher } from './phrases';
