export type { Block, Sentence, TextModel, Word } from './types';
export { buildModel, tokenize } from './model';
export { foldDanish, sameWord } from './normalize';
export { wordIndexAt } from './phrases';
