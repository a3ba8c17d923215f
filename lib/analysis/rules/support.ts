/** Small helpers shared by the rule modules (pure, linear). */
import type { Span } from '../types';
import type { TextModel } from '../text/types';
import { wordIndexAt } from '../text/phrases';
import { lowerBound } from '../text/search';
import type { LexHit } from '../vocab/lexicon';

/** Span of a sentence without trailing sentence punctuation (so a replacement can keep the user's period). */
export function sentenceBody(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s.!?;:…]/.test(text[end - 1]!)) end--;
  return { start: s.start, end: Math.max(end, s.start) };
}

/** Whole text without surrounding whitespace, or null when empty. */
export function trimmedText(text: string): Span | null {
  let start = 0;
  let end = text.length;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** First and one-past-last index in `model.words` of the words inside `span`. */
export function wordRange(model: TextModel, span: Span): [number, number] {
  const a = wordIndexAt(model, span.start);
  let b = a;
  while (b < model.words.length && model.words[b]!.end <= span.end) b++;
  return [a, b];
}

/** Mark, per word index, which hits cover it (a dense boolean array; one pass), into `into` (zeroed) when given. */
export function coverage(model: TextModel, hits: readonly LexHit[], into?: Uint8Array): Uint8Array {
  const out = into ?? new Uint8Array(model.words.length);
  for (const h of hits) for (let i = h.wordIndex; i < h.wordIndex + h.wordCount; i++) out[i] = 1;
  return out;
}

/** True when any hit starts inside the span. Hits must be sorted; binary search. */
export function anyIn(hits: readonly Span[], span: Span): boolean {
  const lo = lowerBound(hits, span.start);
  return lo < hits.length && hits[lo]!.start < span.end;
}

/** Lower-case the first letter (for a replacement that continues a sentence). */
export function lowerFirst(s: string): string {
  return s ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}


/**
 * Zeroed per-word arrays for one run of a check, as views of buffers that every run reuses: a new typed array of a
 * few hundred words is allocated off the heap (~1 µs), a view of a kept one costs a tenth. A run takes its arrays after
 * `start(n)`; they stay valid until the next `start` (a check runs synchronously, is never re-entered and keeps none).
 */
export class WordArrays {
  private readonly flagBuffers: Uint8Array[] = [];
  private readonly maskBuffers: Uint32Array[] = [];
  private flagsUsed = 0;
  private masksUsed = 0;
  private n = 0;

  start(n: number): this {
    this.n = n;
    this.flagsUsed = 0;
    this.masksUsed = 0;
    return this;
  }

  /** One byte per word. */
  flags(): Uint8Array {
    return this.view(this.flagBuffers, this.flagsUsed++, newFlags);
  }

  /** 32 bits per word. */
  masks(): Uint32Array {
    return this.view(this.maskBuffers, this.masksUsed++, newMasks);
  }

  /** The zeroed first `n` entries of buffer `i`, replaced by one half again as long when too short. */
  private view<T extends Uint8Array | Uint32Array>(buffers: T[], i: number, make: (size: number) => T): T {
    let b = buffers[i];
    if (!b || b.length < this.n) b = buffers[i] = make(this.n + (this.n >> 1));
    const view = b.subarray(0, this.n) as T;
    view.fill(0);
    return view;
  }
}

const newFlags = (size: number): Uint8Array => new Uint8Array(size);
const newMasks = (size: number): Uint32Array => new Uint32Array(size);
