import type { Span } from '../types';

/** A word with its offsets. `norm` is lower-cased with "aa" read as "å" where it spells one (see normalize.ts). */
export interface Word extends Span {
  text: string;
  norm: string;
}

export interface Sentence extends Span {
  text: string;
  words: Word[];
}

/** A paragraph or a bullet/numbered item ("-", "•", "*", "1.", "a)"); `contentStart` skips the marker. */
export interface Block extends Span {
  kind: 'paragraph' | 'item';
  marker: string | null;
  contentStart: number;
  text: string;
  sentences: Sentence[];
}

/** The Danish text model every rule reads. All offsets are UTF-16 indices into `text`. */
export interface TextModel {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  words: Word[];
}
