// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFieldAdapter } from '@/lib/dom/adapter';
import { createHighlighter } from '@/lib/dom/highlighter';
import type { HighlightSpan } from '@/lib/dom/types';

const span = (start: number, end: number, extra: Partial<HighlightSpan> = {}): HighlightSpan => ({
  start,
  end,
  category: 'vague-accommodation',
  severity: 'warning',
  ...extra,
});

/** A minimal CSS Custom Highlight registry (happy-dom has none). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

afterEach(() => {
  document.body.replaceChildren();
  document.getElementById('jobrettet-highlight-style')?.remove();
  vi.unstubAllGlobals();
});

describe('overlay highlighter (textarea)', () => {
  it('puts its host outside the field, and carries spans through typing', async () => {
    const ta = document.createElement('textarea');
    ta.value = 'Borgeren kan måske løfte lidt.';
    document.body.append(ta);
    const hl = createHighlighter(createFieldAdapter(ta));
    expect(hl.strategy).toBe('overlay');
    hl.set([span(13, 18), span(25, 29)]);
    const host = document.querySelector('jobrettet-highlights')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(ta.childNodes.length).toBe(0);

    // typing before both spans shifts them
    ta.value = 'Ja. Borgeren kan måske løfte lidt.';
    ta.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(hl.spans().map((s) => [s.start, s.end])).toEqual([[17, 22], [29, 33]]));
    // typing inside the first one drops it
    ta.value = 'Ja. Borgeren kan måxske løfte lidt.';
    ta.dispatchEvent(new Event('input'));
    await vi.waitFor(() => expect(hl.spans().map((s) => [s.start, s.end])).toEqual([[30, 34]]));

    hl.destroy();
    expect(document.querySelector('jobrettet-highlights')).toBeNull();
  });

  it('set() with the analysed text remaps spans computed on an older text', () => {
    const ta = document.createElement('textarea');
    ta.value = 'XX Borgeren kan måske løfte.';
    document.body.append(ta);
    const hl = createHighlighter(createFieldAdapter(ta));
    hl.set([span(13, 18), span(0, 8)], 'Borgeren kan måske løfte.');
    // "Borgeren" (0-8) was not touched by the insertion at 0 either: both shift by 3
    expect(hl.spans().map((s) => [s.start, s.end])).toEqual([[16, 21], [3, 11]]);
    expect(ta.value.slice(16, 21)).toBe('måske');
    hl.destroy();
  });

  it('ignores empty and out-of-range spans', () => {
    const ta = document.createElement('textarea');
    ta.value = 'kort';
    document.body.append(ta);
    const hl = createHighlighter(createFieldAdapter(ta));
    hl.set([span(2, 2), span(1, 3), span(3, 10), span(-1, 2)]);
    expect(hl.spans().map((s) => [s.start, s.end])).toEqual([[1, 3]]);
    hl.clear();
    expect(hl.spans()).toEqual([]);
    hl.destroy();
  });
});

describe('CSS highlight highlighter (contenteditable)', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry, supports: () => true });
  });

  function editable(html: string): HTMLElement {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.innerHTML = html;
    document.body.append(el);
    return el;
  }

  it('registers ranges per category and severity, adds no node to the field, injects one style', () => {
    const el = editable('<p>Hun kan <b>måske</b> arbejde</p><p>i kortere tid</p>');
    const before = el.innerHTML;
    const hl = createHighlighter(createFieldAdapter(el));
    expect(hl.strategy).toBe('css-highlight');
    const text = createFieldAdapter(el).getText();
    expect(text).toBe('Hun kan måske arbejde\ni kortere tid');
    const i = text.indexOf('i kortere tid');
    hl.set([span(8, 13), span(i, i + 13, { category: 'smart', severity: 'error', active: true })]);
    expect(el.innerHTML).toBe(before);
    expect([...registry.keys()].sort()).toEqual(['jobrettet-active', 'jobrettet-smart-error', 'jobrettet-vague-accommodation-warning']);
    expect([...registry.get('jobrettet-vague-accommodation-warning')!].map((r) => (r as Range).toString())).toEqual(['måske']);
    expect([...registry.get('jobrettet-smart-error')!].map((r) => (r as Range).toString())).toEqual(['i kortere tid']);
    expect(document.querySelectorAll('#jobrettet-highlight-style').length).toBe(1);
    expect(document.getElementById('jobrettet-highlight-style')!.textContent).toContain('::highlight(jobrettet-smart-error)');
    hl.destroy();
    expect(registry.size).toBe(0);
  });

  it('two fields share highlight names without removing each other’s ranges', () => {
    const a = createHighlighter(createFieldAdapter(editable('<p>måske</p>')));
    const b = createHighlighter(createFieldAdapter(editable('<p>evt. måske</p>')));
    a.set([span(0, 5)]);
    b.set([span(5, 10)]);
    expect(registry.get('jobrettet-vague-accommodation-warning')!.size).toBe(2);
    a.clear();
    expect([...registry.get('jobrettet-vague-accommodation-warning')!].map((r) => (r as Range).toString())).toEqual(['måske']);
    b.destroy();
    a.destroy();
    expect(registry.size).toBe(0);
    expect(document.querySelectorAll('#jobrettet-highlight-style').length).toBe(1);
  });

  it('rebuilds ranges when the editor replaces its DOM', async () => {
    const el = editable('<p>Hun kan måske arbejde</p>');
    const hl = createHighlighter(createFieldAdapter(el));
    hl.set([span(8, 13)]);
    // an editor re-render: same text, new nodes, plus a typed prefix
    el.innerHTML = '<p>Ja, hun kan måske arbejde</p>';
    await vi.waitFor(() => expect(hl.spans()[0]).toMatchObject({ start: 12, end: 17 }));
    const ranges = [...registry.get('jobrettet-vague-accommodation-warning')!] as Range[];
    expect(ranges.map((r) => r.toString())).toEqual(['måske']);
    expect(el.contains(ranges[0].startContainer)).toBe(true);
    hl.destroy();
  });
});
