// @vitest-environment happy-dom
/** Property tests: range mapping round-trips on random editor-like DOM; diffEdit/remapSpans laws. */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldAdapter } from '@/lib/dom/adapter';
import { diffEdit, remapSpans } from '@/lib/dom/text-edit';

afterEach(() => {
  document.body.replaceChildren();
});

const word = fc.constantFrom('jeg', 'søger', 'job', 'måske', '😀', 'a\u00a0b', 'x', 'Ø', '10');
const inline: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? word
    : fc.oneof(
        { weight: 3, arbitrary: word },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('b', 'i', 'span', 'strong'), fc.array(inline(depth - 1), { minLength: 1, maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join(' ')}</${t}>`) },
      ),
);
const line = fc.array(inline(3), { minLength: 0, maxLength: 4 }).map((parts) => parts.join(' '));
const block = fc
  .tuple(fc.constantFrom('p', 'div', 'li'), fc.array(line, { minLength: 1, maxLength: 3 }))
  .map(([t, lines]) => {
    const body = lines.join('<br>');
    const inner = body === '' ? '<br>' : body;
    return t === 'li' ? `<ul><li>${inner}</li></ul>` : `<${t}>${inner}</${t}>`;
  });
const html = fc.array(block, { minLength: 1, maxLength: 4 }).map((b) => b.join(''));

describe('contenteditable range mapping (property)', () => {
  it('domRange → offsetsOf round-trips and covers exactly the text', () => {
    fc.assert(
      fc.property(html, fc.nat(), fc.nat(), (markup, x, y) => {
        document.body.replaceChildren();
        const el = document.createElement('div');
        el.setAttribute('contenteditable', 'true');
        el.innerHTML = markup;
        document.body.append(el);
        const a = createFieldAdapter(el);
        const text = a.getText();
        const s = text.length === 0 ? 0 : x % (text.length + 1);
        const e = text.length === 0 ? 0 : s + (y % (text.length - s + 1));
        const r = a.domRange(s, e);
        expect(r).not.toBeNull();
        expect(a.offsetsOf(r!)).toEqual({ start: s, end: e });
        // the DOM text in the range equals the field text (ignoring the virtual newlines and nbsp/space)
        const norm = (t: string) => t.replace(/[\n\u00a0 ]/g, '');
        expect(norm(r!.toString())).toBe(norm(text.slice(s, e)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('diffEdit and remapSpans (property)', () => {
  const str = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ø', '\n', '😀'), maxLength: 30 });
  it('applying the edit to the old text gives the new text', () => {
    fc.assert(
      fc.property(str, str, (a, b) => {
        const e = diffEdit(a, b);
        if (a === b) {
          expect(e).toBeNull();
          return;
        }
        const out = a.slice(0, e!.start) + b.slice(e!.start, e!.start + e!.insertedLength) + a.slice(e!.start + e!.deletedLength);
        expect(out).toBe(b);
      }),
    );
  });
  it('remapped spans still cover the same text', () => {
    fc.assert(
      fc.property(str, str, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (a, b, raw) => {
        const spans = raw
          .map(([x, y]) => {
            const s = a.length ? x % a.length : 0;
            return { start: s, end: Math.min(a.length, s + 1 + (y % 5)) };
          })
          .filter((s) => s.end > s.start);
        for (const s of remapSpans(spans, diffEdit(a, b))) {
          const original = spans.find((o) => o.end - o.start === s.end - s.start && a.slice(o.start, o.end) === b.slice(s.start, s.end));
          expect(original).toBeDefined();
        }
      }),
    );
  });
});
