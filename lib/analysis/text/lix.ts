import type { TextModel } from './types';

/**
 * LIX = words per sentence + percentage of words longer than six letters (Björnsson), rounded; 0 without words.
 * Numbers (a digit first) are not words to read. The only LIX computation: `analyse` reports the same figure.
 */
export function lixOf(model: TextModel): number {
  // Words that are not numbers (a digit first); one pass, no regex per word.
  let count = 0;
  let long = 0;
  for (const w of model.words) {
    const c = w.text.charCodeAt(0);
    if (c >= 48 && c <= 57) continue;
    count++;
    if (w.text.length > 6) long++;
  }
  if (!count) return 0;
  const sentences = Math.max(1, model.sentences.length);
  return Math.round(count / sentences + (100 * long) / count);
}
