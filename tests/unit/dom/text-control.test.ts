// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFieldAdapter } from '@/lib/dom/adapter';

afterEach(() => {
  document.body.replaceChildren();
});

function textarea(value: string): HTMLTextAreaElement {
  const ta = document.createElement('textarea');
  ta.value = value;
  document.body.append(ta);
  return ta;
}

describe('textarea/input adapter', () => {
  it('reads the value and reports its kind', () => {
    const ta = textarea('Jeg søger job\nsom kok');
    const a = createFieldAdapter(ta);
    expect(a.kind).toBe('textarea');
    expect(a.editor).toBe('none');
    expect(a.getText()).toBe('Jeg søger job\nsom kok');
    expect(a.domRange(0, 3)).toBeNull();
    const input = document.createElement('input');
    input.value = 'x';
    document.body.append(input);
    expect(createFieldAdapter(input).kind).toBe('input');
  });

  it('refuses non-text inputs', () => {
    const cb = document.createElement('input');
    cb.type = 'checkbox';
    expect(() => createFieldAdapter(cb)).toThrow(TypeError);
  });

  it('refuses a stale replace and changes nothing', async () => {
    const ta = textarea('Borgeren vil prøve noget');
    const onInput = vi.fn();
    ta.addEventListener('input', onInput);
    const a = createFieldAdapter(ta);
    const res = await a.replace({ start: 13, end: 18, expected: 'prove', replacement: 'søge' });
    expect(res).toEqual({ ok: false, reason: 'stale' });
    expect(ta.value).toBe('Borgeren vil prøve noget');
    expect(onInput).not.toHaveBeenCalled();
  });

  it('refuses offsets outside the text, read-only and detached fields', async () => {
    const ta = textarea('abc');
    const a = createFieldAdapter(ta);
    expect(await a.replace({ start: 2, end: 5, expected: 'c', replacement: 'x' })).toEqual({ ok: false, reason: 'out-of-range' });
    ta.readOnly = true;
    expect(await a.replace({ start: 0, end: 1, expected: 'a', replacement: 'x' })).toEqual({ ok: false, reason: 'read-only' });
    ta.readOnly = false;
    ta.remove();
    expect(await a.replace({ start: 0, end: 1, expected: 'a', replacement: 'x' })).toEqual({ ok: false, reason: 'disconnected' });
    expect(ta.value).toBe('abc');
  });

  it('replaces exactly the range; where execCommand is missing it falls back to setRangeText + input event', async () => {
    const ta = textarea('Borgeren vil prøve noget med lager.');
    const seen: string[] = [];
    ta.addEventListener('input', () => seen.push(ta.value));
    const a = createFieldAdapter(ta);
    const start = ta.value.indexOf('prøve noget med lager');
    const res = await a.replace({ start, end: start + 21, expected: 'prøve noget med lager', replacement: 'arbejde på et lager' });
    expect(res.ok).toBe(true);
    expect(ta.value).toBe('Borgeren vil arbejde på et lager.');
    // happy-dom has no editing commands: the fallback ran and told the page
    expect(res).toEqual({ ok: true, path: 'setRangeText', undoable: false });
    expect(seen).toEqual(['Borgeren vil arbejde på et lager.']);
  });

  it('refuses a replacement that maxlength would truncate, without touching the value', async () => {
    const input = document.createElement('input');
    input.value = 'Jobmål: kok';
    input.maxLength = 14;
    document.body.append(input);
    const a = createFieldAdapter(input);
    expect(await a.replace({ start: 8, end: 11, expected: 'kok', replacement: 'lagermedarbejder' })).toEqual({ ok: false, reason: 'not-applied' });
    expect(input.value).toBe('Jobmål: kok');
    expect(await a.replace({ start: 8, end: 11, expected: 'kok', replacement: 'tjener' })).toMatchObject({ ok: true });
    expect(input.value).toBe('Jobmål: tjener');
  });

  it('select() sets the selection', () => {
    const ta = textarea('abc def');
    const a = createFieldAdapter(ta);
    expect(a.select(4, 7)).toBe(true);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([4, 7]);
    expect(a.select(4, 99)).toBe(false);
  });

  it('observe() reports input events once per frame and stops after unsubscribe', async () => {
    const ta = textarea('a');
    const a = createFieldAdapter(ta);
    const onChange = vi.fn();
    const stop = a.observe(onChange);
    ta.value = 'ab';
    ta.dispatchEvent(new Event('input'));
    ta.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    // an event without a change is not reported; a silent .value change is, at the next focus/key event
    ta.dispatchEvent(new Event('keyup'));
    await new Promise((r) => setTimeout(r, 150));
    expect(onChange).toHaveBeenCalledTimes(1);
    ta.value = 'abc';
    ta.dispatchEvent(new Event('blur'));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    stop();
    ta.value = 'abcd';
    ta.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 150));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('contenteditable adapter: refusals', () => {
  it('refuses a stale replace and leaves the DOM alone', async () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = '<p>Hun kan <b>måske</b> arbejde</p>';
    document.body.append(el);
    const before = el.innerHTML;
    const a = createFieldAdapter(el);
    expect(a.editor).toBe('plain');
    expect(await a.replace({ start: 8, end: 13, expected: 'maske', replacement: 'gerne' })).toEqual({ ok: false, reason: 'stale' });
    expect(await a.replace({ start: 8, end: 99, expected: 'måske', replacement: 'gerne' })).toEqual({ ok: false, reason: 'out-of-range' });
    expect(el.innerHTML).toBe(before);
  });

  it('detects the editor kind from the editing host', () => {
    const mk = (cls: string, attr?: string) => {
      const el = document.createElement('div');
      el.setAttribute('contenteditable', 'true');
      if (cls) el.className = cls;
      if (attr) el.setAttribute(attr, 'true');
      document.body.append(el);
      return createFieldAdapter(el).editor;
    };
    expect(mk('ck ck-content ck-editor__editable')).toBe('ckeditor5');
    expect(mk('ql-editor')).toBe('quill');
    expect(mk('ProseMirror')).toBe('prosemirror');
    expect(mk('mce-content-body')).toBe('tinymce');
    expect(mk('', 'data-lexical-editor')).toBe('lexical');
    expect(mk('', 'data-slate-editor')).toBe('slate');
    expect(mk('')).toBe('plain');
  });
});
