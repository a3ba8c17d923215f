/**
 * In-field highlights: an overlay outside textarea/input that stays on the text through scrolling, zoom and
 * typing; CSS Custom Highlights for contenteditable that add no node inside the editor.
 */
import { expect, test } from '../fixtures/dom/harness';
import type { Page } from '@playwright/test';

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/** Creates an adapter + highlighter for `selector` in the page (kept on window.__hl) and sets spans for the given words. */
async function highlightWords(page: Page, selector: string, words: string[], severity = 'warning') {
  return page.evaluate(
    ({ selector, words, severity }) => {
      const { createFieldAdapter, createHighlighter } = window.JobrettetDom;
      const adapter = createFieldAdapter(document.querySelector<HTMLElement>(selector)!);
      const hl = createHighlighter(adapter);
      const text = adapter.getText();
      const spans = words.map((w) => {
        const start = text.indexOf(w);
        if (start < 0) throw new Error(`${w} not found`);
        return { start, end: start + w.length, category: 'job-focus' as const, severity: severity as 'warning' };
      });
      hl.set(spans);
      (window as unknown as { __hl: unknown }).__hl = { adapter, hl };
      return { strategy: hl.strategy, spans };
    },
    { selector, words, severity },
  );
}

/** The overlay's underline bars for span start `start` (viewport boxes). */
async function bars(page: Page, start: number): Promise<Box[]> {
  return page.evaluate((start) => {
    const host = document.querySelector('jobrettet-highlights');
    if (!host?.shadowRoot) return [];
    return Array.from(host.shadowRoot.querySelectorAll<HTMLElement>(`.jr-underline[data-start="${start}"]`)).map((b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
    });
  }, start);
}

const rectOf = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });

const frames = (page: Page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

function within(inner: Box, outer: Box) {
  expect(inner.left).toBeGreaterThanOrEqual(outer.left - 0.5);
  expect(inner.right).toBeLessThanOrEqual(outer.right + 0.5);
  expect(inner.top).toBeGreaterThanOrEqual(outer.top - 0.5);
  expect(inner.bottom).toBeLessThanOrEqual(outer.bottom + 0.5);
}

/** Where the text starting at `offset` begins on its line, measured with canvas text metrics (independent of lib/dom). */
async function expectedLeft(page: Page, selector: string, offset: number): Promise<number> {
  return page.locator(selector).evaluate((el: HTMLTextAreaElement, offset) => {
    const cs = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    ctx.letterSpacing = cs.letterSpacing === 'normal' ? '0px' : cs.letterSpacing;
    const lineStart = el.value.lastIndexOf('\n', offset - 1) + 1;
    const prefix = el.value.slice(lineStart, offset);
    const r = el.getBoundingClientRect();
    return r.left + el.clientLeft + parseFloat(cs.paddingLeft) + ctx.measureText(prefix).width - el.scrollLeft;
  }, offset);
}

test.describe('textarea/input overlay', () => {
  test('underlines sit on the text, inside the field, and follow textarea and page scroll', async ({ open }) => {
    const page = await open('plain.html');
    const valueBefore = await page.locator('#ta').inputValue();
    const { strategy, spans } = await highlightWords(page, '#ta', ['lagermedarbejder', 'slutter teksten']);
    expect(strategy).toBe('overlay');
    // the overlay is not inside the field's form/parent: it hangs off <html>
    expect(await page.evaluate(() => document.querySelector('jobrettet-highlights')!.parentElement === document.documentElement)).toBe(true);
    expect(await page.locator('#ta').inputValue()).toBe(valueBefore);

    const ta = await rectOf(page, '#ta');
    const [first] = await bars(page, spans[0].start);
    expect(first).toBeDefined();
    within(first, ta);
    // horizontal position and width agree with canvas text metrics of the same font (±2px)
    const left = await expectedLeft(page, '#ta', spans[0].start);
    const right = await expectedLeft(page, '#ta', spans[0].end);
    expect(Math.abs(first.left - left)).toBeLessThan(2);
    expect(Math.abs(first.right - right)).toBeLessThan(2);
    // the last line is scrolled out of the 90px textarea: no underline drawn outside it
    expect(await bars(page, spans[1].start)).toEqual([]);

    // scroll the textarea a little: the underline moves up by the same amount
    await page.locator('#ta').evaluate((el) => (el.scrollTop = 12));
    await frames(page);
    const [moved] = await bars(page, spans[0].start);
    expect(moved.top).toBeCloseTo(first.top - 12, 0);
    // scroll to the end: the first line's underline is gone, the last line's is inside the field
    await page.locator('#ta').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await frames(page);
    expect(await bars(page, spans[0].start)).toEqual([]);
    const [last] = await bars(page, spans[1].start);
    expect(last).toBeDefined();
    within(last, await rectOf(page, '#ta'));

    // page scroll moves field and underline together
    await page.evaluate(() => window.scrollBy(0, 40));
    await frames(page);
    const taAfter = await rectOf(page, '#ta');
    const [lastAfter] = await bars(page, spans[1].start);
    expect(taAfter.top).toBeCloseTo(ta.top - 40, 0);
    expect(lastAfter.top).toBeCloseTo(last.top - 40, 0);
    within(lastAfter, taAfter);
  });

  test('underlines follow CSS zoom and a resized field', async ({ open }) => {
    const page = await open('plain.html');
    const { spans } = await highlightWords(page, '#ta', ['lagermedarbejder']);
    const [before] = await bars(page, spans[0].start);
    await page.evaluate(() => ((document.body.style as CSSStyleDeclaration & { zoom: string }).zoom = '1.5'));
    // no synthetic event: the page's own size change (ResizeObserver) triggers the redraw
    await frames(page);
    await frames(page);
    const [zoomed] = await bars(page, spans[0].start);
    expect(zoomed.width).toBeCloseTo(before.width * 1.5, 0);
    within(zoomed, await rectOf(page, '#ta'));
    await page.evaluate(() => ((document.body.style as CSSStyleDeclaration & { zoom: string }).zoom = ''));
    // a narrower field wraps the text differently; the ResizeObserver redraws
    await page.locator('#ta').evaluate((el) => (el.style.width = '200px'));
    await frames(page);
    await frames(page);
    for (const b of await bars(page, spans[0].start)) within(b, await rectOf(page, '#ta'));
    expect((await bars(page, spans[0].start)).length).toBeGreaterThan(0);
  });

  test('underlines follow the field when the page layout shifts (e.g. a docked panel narrows the body)', async ({ open }) => {
    const page = await open('plain.html');
    const { spans } = await highlightWords(page, '#ta', ['lagermedarbejder']);
    const [before] = await bars(page, spans[0].start);
    await page.evaluate(() => (document.body.style.marginLeft = '120px'));
    await frames(page);
    await frames(page);
    const [after] = await bars(page, spans[0].start);
    expect(after.left).toBeCloseTo(before.left + 100, 0); // body margin 20px → 120px
    within(after, await rectOf(page, '#ta'));
  });

  test('typing before a span shifts it; typing inside it hides it', async ({ open }) => {
    const page = await open('plain.html');
    const { spans } = await highlightWords(page, '#ta', ['lagermedarbejder', 'tunge ting']);
    await page.locator('#ta').evaluate((el: HTMLTextAreaElement) => {
      el.focus();
      el.setSelectionRange(0, 0);
    });
    await page.keyboard.type('Ja. ');
    await frames(page);
    const remapped = await page.evaluate(() => (window as unknown as { __hl: { hl: { spans(): { start: number }[] } } }).__hl.hl.spans());
    expect(remapped.map((s) => s.start)).toEqual([spans[0].start + 4, spans[1].start + 4]);
    // "tunge ting" is on the second line, which did not re-wrap: its underline moved with the text offsets
    const [bar] = await bars(page, spans[1].start + 4);
    expect(Math.abs(bar.left - (await expectedLeft(page, '#ta', spans[1].start + 4)))).toBeLessThan(2);
    // now type inside "lagermedarbejder"
    await page.locator('#ta').evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), spans[0].start + 4 + 5);
    await page.keyboard.type('x');
    await frames(page);
    const after = await page.evaluate(() => (window as unknown as { __hl: { hl: { spans(): { start: number }[] } } }).__hl.hl.spans());
    expect(after.map((s) => s.start)).toEqual([spans[1].start + 5]);
    expect(await bars(page, spans[0].start + 4)).toEqual([]);
  });

  test('large textarea: underlines hide while typing and come back shifted when typing pauses', async ({ open }) => {
    const page = await open('plain.html');
    await page.locator('#ta').evaluate((el: HTMLTextAreaElement) => {
      el.value = 'Borgeren kan måske løfte.\n' + 'Fyldtekst om praktik og jobsøgning. '.repeat(120);
    });
    const { spans } = await highlightWords(page, '#ta', ['måske']);
    // a big field with new text is measured once the user pauses
    await expect.poll(async () => (await bars(page, spans[0].start)).length).toBe(1);
    // An edit as typing makes it (value + input event); in the same frame as the highlighter's redraw,
    // right after it, the underlines are hidden (no full re-layout per keystroke) ...
    const hiddenAfterEdit = await page.locator('#ta').evaluate(
      (el: HTMLTextAreaElement) =>
        new Promise<number>((resolve) => {
          el.setRangeText('Ja', 0, 0, 'end');
          el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'Ja' }));
          // registered after the highlighter's own frame callback, so it runs right after it
          requestAnimationFrame(() => resolve(document.querySelector('jobrettet-highlights')!.shadowRoot!.querySelectorAll('.jr-underline').length));
        }),
    );
    expect(hiddenAfterEdit).toBe(0);
    // ... and redrawn at the remapped offsets once typing pauses
    await expect.poll(async () => (await bars(page, spans[0].start + 2)).length).toBe(1);
    const [bar] = await bars(page, spans[0].start + 2);
    expect(Math.abs(bar.left - (await expectedLeft(page, '#ta', spans[0].start + 2)))).toBeLessThan(2);
  });

  test('input: underline inside the field; destroy removes the overlay', async ({ open }) => {
    const page = await open('plain.html');
    const { spans } = await highlightWords(page, '#in', ['måske']);
    const [bar] = await bars(page, spans[0].start);
    within(bar, await rectOf(page, '#in'));
    await page.evaluate(() => (window as unknown as { __hl: { hl: { destroy(): void } } }).__hl.hl.destroy());
    expect(await page.locator('jobrettet-highlights').count()).toBe(0);
  });
});

test.describe('contenteditable: CSS Custom Highlights', () => {
  async function registered(page: Page) {
    return page.evaluate(() =>
      Array.from((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.entries()).map(([name, h]) => ({
        name,
        texts: Array.from(h).map((r) => r.toString()),
      })),
    );
  }

  test('plain contenteditable: no node added, highlight painted, remapped on typing', async ({ open }) => {
    const page = await open('plain.html');
    const ce = page.locator('#ce');
    const htmlBefore = await ce.innerHTML();
    const shotBefore = await ce.screenshot();
    const { strategy } = await highlightWords(page, '#ce', ['måske', 'søger job']);
    expect(strategy).toBe('css-highlight');
    expect(await ce.innerHTML()).toBe(htmlBefore);
    expect(await registered(page)).toEqual([{ name: 'jobrettet-job-focus-warning', texts: ['måske', 'søger job'] }]);
    // the ::highlight rule lives in the document's styles and actually paints
    expect(await page.locator('head style#jobrettet-highlight-style').count()).toBe(1);
    expect((await ce.screenshot()).equals(shotBefore)).toBe(false);
    // type at the start of the second paragraph: ranges are rebuilt on the moved text
    await page.evaluate(() => {
      const p = document.querySelectorAll('#ce p')[1];
      const r = document.createRange();
      r.setStart(p.firstChild!, 0);
      r.collapse(true);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(r);
    });
    await page.keyboard.type('Ja, ');
    await frames(page);
    expect((await registered(page))[0].texts).toEqual(['måske', 'søger job']);
  });

  test('CKEditor 5 and Quill: the editors keep their DOM and model; ranges cover the words', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    const ck = page.locator('.ck-editor__editable');
    const ql = page.locator('.ql-editor');
    const ckHtml = await ck.innerHTML();
    const qlHtml = await ql.innerHTML();
    const ckData = await page.evaluate(() => window.__ck.getData());
    const qlText = await page.evaluate(() => window.__quill.getText());
    await highlightWords(page, '.ck-editor__editable', ['måske søge', 'virksomheder'], 'error');
    await highlightWords(page, '.ql-editor', ['prøver at ringe'], 'info');
    await frames(page);
    expect(await ck.innerHTML()).toBe(ckHtml);
    expect(await ql.innerHTML()).toBe(qlHtml);
    expect(await page.evaluate(() => window.__ck.getData())).toBe(ckData);
    expect(await page.evaluate(() => window.__quill.getText())).toBe(qlText);
    const reg = await registered(page);
    expect(reg).toContainEqual({ name: 'jobrettet-job-focus-error', texts: ['måske søge', 'virksomheder'] });
    expect(reg).toContainEqual({ name: 'jobrettet-job-focus-info', texts: ['prøver at ringe'] });
    // typing in CKEditor (which re-renders its text nodes) keeps the highlights on the same words
    await ck.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Nu: ');
    await frames(page);
    expect(await page.evaluate(() => window.__ck.getData())).toContain('<p>Nu: Borgeren skal');
    expect((await registered(page)).find((h) => h.name === 'jobrettet-job-focus-error')!.texts).toEqual(['måske søge', 'virksomheder']);
  });
});

test.describe('select()', () => {
  test('textarea: selects the range and scrolls it into view', async ({ open }) => {
    const page = await open('plain.html');
    const sel = await page.evaluate(() => {
      const a = window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>('#ta')!);
      const start = a.getText().indexOf('slutter teksten');
      a.select(start, start + 'slutter teksten'.length);
      const ta = document.querySelector('textarea')!;
      return { text: ta.value.slice(ta.selectionStart, ta.selectionEnd), scrollTop: ta.scrollTop, focused: document.activeElement === ta };
    });
    expect(sel).toMatchObject({ text: 'slutter teksten', focused: true });
    expect(sel.scrollTop).toBeGreaterThan(0);
  });

  test('contenteditable and CKEditor: the document selection covers the text', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    const text = await page.evaluate(() => {
      const a = window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>('.ck-editor__editable')!);
      const start = a.getText().indexOf('skal måske');
      a.select(start, start + 'skal måske'.length);
      return document.getSelection()!.toString();
    });
    expect(text).toBe('skal måske');
    // CKEditor adopts the DOM selection into its model selection
    await expect
      .poll(() =>
        page.evaluate(() => {
          const range = window.__ck.model.document.selection.getFirstRange()!;
          return Array.from(range.getItems()).map((i) => ('data' in i ? (i as { data: string }).data : '')).join('');
        }),
      )
      .toBe('skal måske');
  });

  test('Quill with a scrolling editor: select() scrolls the range into view', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    await page.evaluate(() => window.__quill.setText(Array.from({ length: 40 }, (_, i) => `Linje ${i + 1} om jobsøgning.`).join('\n')));
    const r = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.ql-editor')!;
      const a = window.JobrettetDom.createFieldAdapter(el);
      const start = a.getText().indexOf('Linje 38');
      a.select(start, start + 'Linje 38'.length);
      const rect = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { selected: document.getSelection()!.toString(), scrolled: el.scrollTop > 0, visible: rect.top >= box.top && rect.bottom <= box.bottom };
    });
    expect(r).toEqual({ selected: 'Linje 38', scrolled: true, visible: true });
  });
});
