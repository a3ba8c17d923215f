// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldAdapter } from '@/lib/dom/adapter';

function editable(html: string, style = ''): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  if (style) el.setAttribute('style', style);
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The text a DOM range covers, reading only its text nodes (what the user would see selected). */
function rangeText(r: Range | null): string | null {
  return r ? r.toString() : null;
}

describe('contenteditable text', () => {
  it('joins paragraphs with one newline and maps offsets across nested inline markup', () => {
    const el = editable('<p>Jeg <b>søger <i>job</i></b> som</p><p>lagermedarbejder</p>');
    const a = createFieldAdapter(el);
    expect(a.kind).toBe('contenteditable');
    expect(a.getText()).toBe('Jeg søger job som\nlagermedarbejder');
    expect(rangeText(a.domRange(4, 13))).toBe('søger job');
    expect(rangeText(a.domRange(10, 17))).toBe('job som');
    expect(rangeText(a.domRange(18, 34))).toBe('lagermedarbejder');
    // a range over the paragraph boundary
    const r = a.domRange(14, 22)!;
    expect(r.startContainer.textContent).toBe(' som');
    expect(r.endContainer.textContent).toBe('lagermedarbejder');
    expect(r.endOffset).toBe(4);
  });

  it('treats <br> as a newline and ignores the trailing placeholder <br>', () => {
    const el = editable('<p>a<br>b<br></p><p><br></p><p>c</p>');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('a\nb\n\nc');
    expect(rangeText(a.domRange(2, 3))).toBe('b');
    expect(rangeText(a.domRange(5, 6))).toBe('c');
  });

  it('keeps an empty paragraph as an empty line and maps a caret into it', () => {
    const el = editable('<p>a</p><p><br></p><p>b</p>');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('a\n\nb');
    const caret = a.domRange(2, 2)!;
    expect(caret.collapsed).toBe(true);
    expect(caret.startContainer).toBe(el.children[1]);
    expect(a.offsetsOf(caret)).toEqual({ start: 2, end: 2 });
  });

  it('handles emoji (surrogate pairs) as two UTF-16 units', () => {
    const el = editable('<p>Mål 🎯 nået <b>😀x</b></p>');
    const a = createFieldAdapter(el);
    const text = a.getText();
    expect(text).toBe('Mål 🎯 nået 😀x');
    const i = text.indexOf('😀');
    expect(rangeText(a.domRange(i, i + 2))).toBe('😀');
    expect(rangeText(a.domRange(4, 6))).toBe('🎯');
  });

  it('collapses source white space between blocks and words where white-space is normal', () => {
    const el = editable('\n  <p>  Jeg   søger\n   job </p>\n  <p>som kok</p>\n');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('Jeg søger job\nsom kok');
    expect(rangeText(a.domRange(4, 9))).toBe('søger');
    // the collapsed space maps to the whole run of source spaces
    expect(rangeText(a.domRange(3, 4))).toBe('   ');
  });

  it('keeps white space where white-space preserves it', () => {
    const el = editable('<p>a  b</p>', 'white-space: pre-wrap');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('a  b');
  });

  it('reads non-breaking spaces as spaces (CKEditor keeps spaces that way)', () => {
    const el = editable('<p>a&nbsp; b</p>');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('a  b');
  });

  it('maps DOM ranges back to offsets (round trip)', () => {
    const el = editable('<p>Jeg <b>søger <i>job</i></b> som</p><ul><li>kok</li><li>tjener</li></ul>');
    const a = createFieldAdapter(el);
    const text = a.getText();
    expect(text).toBe('Jeg søger job som\nkok\ntjener');
    for (let s = 0; s <= text.length; s++) {
      for (let e = s; e <= text.length; e++) {
        const r = a.domRange(s, e)!;
        expect(r).not.toBeNull();
        expect(a.offsetsOf(r)).toEqual({ start: s, end: e });
        expect(r.toString().replace(/\s+/g, '')).toBe(text.slice(s, e).replace(/\s+/g, ''));
      }
    }
  });

  it('works from an element inside the editing host and rejects non-editable elements', () => {
    const el = editable('<p>x <b>y</b></p>');
    const a = createFieldAdapter(el.querySelector('b')!);
    expect(a.element).toBe(el);
    expect(() => createFieldAdapter(document.createElement('div'))).toThrow(TypeError);
  });

  it('returns null for offsets outside the text', () => {
    const a = createFieldAdapter(editable('<p>abc</p>'));
    expect(a.domRange(-1, 2)).toBeNull();
    expect(a.domRange(1, 9)).toBeNull();
    expect(a.domRange(2, 1)).toBeNull();
  });

  it('sees DOM changes made by an editor right away', () => {
    const el = editable('<p>abc</p>');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('abc');
    el.querySelector('p')!.append(document.createTextNode('def'));
    expect(a.getText()).toBe('abcdef');
    a.dispose?.();
  });

  it('skips editor UI nodes and scripts', () => {
    const el = editable('<p>abc<span hidden>gemt</span></p><div class="ck-fake-selection-container">widget</div><script>x</script>');
    expect(createFieldAdapter(el).getText()).toBe('abc');
  });
});

describe('editor fillers and empty editors', () => {
  it('skips caret fillers (CKEditor U+2060×7, Quill/Slate U+FEFF) and maps around them', () => {
    const el = editable('<p>Hun <b>\u2060\u2060\u2060\u2060\u2060\u2060\u2060</b>kan <span class="ql-cursor">\ufeff</span>måske</p>');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('Hun kan måske');
    expect(rangeText(a.domRange(8, 13))).toBe('måske');
    expect(rangeText(a.domRange(4, 7))).toBe('kan');
  });

  it('reads an empty editor paragraph as empty text', () => {
    expect(createFieldAdapter(editable('<p><br data-cke-filler="true"></p>')).getText()).toBe('');
    expect(createFieldAdapter(editable('<p><br></p><p>a</p>')).getText()).toBe('\na');
    expect(createFieldAdapter(editable('')).getText()).toBe('');
    const empty = createFieldAdapter(editable(''));
    expect(empty.domRange(0, 0)?.collapsed).toBe(true);
  });

  it('ProseMirror-style trailing break and separator image add no characters', () => {
    const el = editable('<p>abc<img class="ProseMirror-separator"><br class="ProseMirror-trailingBreak"></p><p>d</p>');
    expect(createFieldAdapter(el).getText()).toBe('abc\nd');
  });
});

describe('offsetsOf with element boundary points (how editors often place the selection)', () => {
  it('maps (element, childIndex) points to text offsets', () => {
    const el = editable('<p>Jeg <b>søger</b> job</p><p>som kok</p>');
    const a = createFieldAdapter(el);
    expect(a.getText()).toBe('Jeg søger job\nsom kok');
    const p1 = el.children[0];
    const p2 = el.children[1];
    const at = (node: Node, offset: number) => {
      const r = document.createRange();
      r.setStart(node, offset);
      r.collapse(true);
      return a.offsetsOf(r)!.start;
    };
    expect(at(p1, 0)).toBe(0);
    expect(at(p1, 1)).toBe(4); // before <b>
    expect(at(p1, 2)).toBe(9); // after <b>
    expect(at(p1, 3)).toBe(13); // end of the first paragraph
    expect(at(p2, 0)).toBe(14); // start of the second
    expect(at(el, 2)).toBe(21); // end of the field
    expect(at(el, 0)).toBe(0);
  });

  it('returns null for a range outside the field', () => {
    const el = editable('<p>abc</p>');
    const other = editable('<p>x</p>');
    const a = createFieldAdapter(el);
    const r = document.createRange();
    r.selectNodeContents(other);
    expect(a.offsetsOf(r)).toBeNull();
  });
});
