/** The rule that decides which document hosts the panel of a form in a frame (both sides must agree). */
import { describe, expect, it } from 'vitest';
import { hostedByTop, MAX_DEPTH } from '@/entrypoints/panel.content/frames';

interface FakeWin {
  top: FakeWin;
  parent: FakeWin;
  frameElement: object | null;
  location: { protocol: string };
  document: { body: { tagName: string } | null };
}

/** A chain of `depth` frames below a top window; `crossAt`/`throwAt`: the frame at that depth has a cross-origin parent. */
function chain(depth: number, opts: { protocol?: string; crossAt?: number; throwAt?: number; topBody?: string } = {}): Window {
  const top = { frameElement: null, location: { protocol: opts.protocol ?? 'https:' }, document: { body: { tagName: opts.topBody ?? 'BODY' } } } as unknown as FakeWin;
  top.top = top;
  top.parent = top;
  let w = top;
  for (let i = 1; i <= depth; i++) {
    const child = { top, parent: w, location: { protocol: 'https:' } } as unknown as FakeWin;
    if (i === opts.throwAt) {
      Object.defineProperty(child, 'frameElement', { get: () => { throw new DOMException('cross-origin', 'SecurityError'); } });
    } else child.frameElement = i === opts.crossAt ? null : {};
    w = child;
  }
  return w as unknown as Window;
}

describe('hostedByTop', () => {
  it('the top document hosts its own panel', () => {
    expect(hostedByTop(chain(0))).toBe(false);
  });
  it('a same-origin child and grandchild of a web page stand down', () => {
    expect(hostedByTop(chain(1))).toBe(true);
    expect(hostedByTop(chain(2))).toBe(true);
  });
  it('a frame below a cross-origin parent keeps its own panel (the top cannot reach it)', () => {
    expect(hostedByTop(chain(1, { crossAt: 1 }))).toBe(false);
    expect(hostedByTop(chain(3, { crossAt: 2 }))).toBe(false);
    expect(hostedByTop(chain(2, { throwAt: 2 }))).toBe(false);
  });
  it('a frame whose top is no web page (no content script runs there) keeps its own panel', () => {
    expect(hostedByTop(chain(1, { protocol: 'file:' }))).toBe(false);
    expect(hostedByTop(chain(1, { protocol: 'about:' }))).toBe(false);
  });
  it('a frame of a frameset keeps its own panel (a frameset renders no panel beside its frames)', () => {
    expect(hostedByTop(chain(1, { topBody: 'FRAMESET' }))).toBe(false);
    expect(hostedByTop(chain(2, { topBody: 'FRAMESET' }))).toBe(false);
  });
  it('frames deeper than the top looks keep their own panel', () => {
    expect(hostedByTop(chain(MAX_DEPTH))).toBe(true);
    expect(hostedByTop(chain(MAX_DEPTH + 1))).toBe(false);
  });
});
