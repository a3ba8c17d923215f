/**
 * Inserting a rewrite through the browser's editing path, per field kind, checked against the host's own
 * model (value, Preact state, CKEditor getData(), Quill getText()) and undone with one Ctrl+Z.
 */
import { expect, test } from '../fixtures/dom/harness';
import type { Page } from '@playwright/test';

interface Outcome {
  result: unknown;
  text: string;
}

/** Replaces the first occurrence of `find` in the field's adapter text. */
async function replaceIn(page: Page, selector: string, find: string, replacement: string, expected = find): Promise<Outcome> {
  return page.evaluate(
    async ({ selector, find, replacement, expected }) => {
      const a = window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>(selector)!);
      const start = a.getText().indexOf(find);
      if (start < 0) throw new Error(`"${find}" not in ${JSON.stringify(a.getText())}`);
      const result = await a.replace({ start, end: start + find.length, expected, replacement });
      return { result, text: a.getText() };
    },
    { selector, find, replacement, expected },
  );
}

/** The document selection inside the field, as text offsets (null when it is elsewhere). */
const caret = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    return window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>(s)!).offsetsOf(sel.getRangeAt(0));
  }, selector);

const adapterText = (page: Page, selector: string) =>
  page.evaluate((s) => window.JobrettetDom.createFieldAdapter(document.querySelector<HTMLElement>(s)!).getText(), selector);

test.describe('textarea and input (plain page)', () => {
  test('textarea: execCommand insert fires input, Ctrl+Z undoes it, stale is refused', async ({ open }) => {
    const page = await open('plain.html');
    const ta = page.locator('#ta');
    const original = await ta.inputValue();
    const out = await replaceIn(page, '#ta', 'lagermedarbejder', 'pædagogmedhjælper');
    expect(out.result).toEqual({ ok: true, path: 'execCommand', undoable: true });
    expect(await ta.inputValue()).toBe(original.replace('lagermedarbejder', 'pædagogmedhjælper'));
    expect(await page.evaluate(() => window.__events.ta)).toBeGreaterThan(0);
    // a trusted input event, as from typing: frameworks and the page's own listeners see it
    expect(await page.evaluate(() => window.__events.inputTypes)).toContain('ta:insertText:true');
    // the caret sits after the replacement (no jump to start/end of the field)
    const caret = await ta.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
    const end = original.indexOf('lagermedarbejder') + 'pædagogmedhjælper'.length;
    expect(caret).toEqual([end, end]);
    await page.keyboard.press('Control+z');
    expect(await ta.inputValue()).toBe(original);

    const stale = await replaceIn(page, '#ta', 'lagermedarbejder', 'x', 'lagerarbejder');
    expect(stale.result).toEqual({ ok: false, reason: 'stale' });
    expect(await ta.inputValue()).toBe(original);
  });

  test('input: insert, undo, stale', async ({ open }) => {
    const page = await open('plain.html');
    const input = page.locator('#in');
    const original = await input.inputValue();
    const out = await replaceIn(page, '#in', 'noget med lager måske', 'lagermedarbejder');
    expect(out.result).toMatchObject({ ok: true, path: 'execCommand' });
    expect(await input.inputValue()).toBe('Jobmål: lagermedarbejder');
    expect(await page.evaluate(() => window.__events.in)).toBeGreaterThan(0);
    await page.keyboard.press('Control+z');
    expect(await input.inputValue()).toBe(original);
    const stale = await replaceIn(page, '#in', 'lager', 'x', 'lagre');
    expect(stale.result).toEqual({ ok: false, reason: 'stale' });
    expect(await input.inputValue()).toBe(original);
  });

  test('an empty replacement deletes exactly the range and undoes', async ({ open }) => {
    const page = await open('plain.html');
    const original = await page.locator('#in').inputValue();
    const out = await replaceIn(page, '#in', ' måske', '');
    expect(out.result).toMatchObject({ ok: true });
    expect(await page.locator('#in').inputValue()).toBe('Jobmål: noget med lager');
    await page.keyboard.press('Control+z');
    expect(await page.locator('#in').inputValue()).toBe(original);
  });
});

test.describe('plain contenteditable', () => {
  test('insert inside inline markup, nothing else changes, Ctrl+Z undoes', async ({ open }) => {
    const page = await open('plain.html');
    const original = await adapterText(page, '#ce');
    expect(original).toBe('Borgeren søger job som kok.\nHun kan måske arbejde 10 timer.');
    const htmlBefore = await page.locator('#ce').innerHTML();
    const out = await replaceIn(page, '#ce', 'måske arbejde', 'arbejde');
    expect(out.result).toEqual({ ok: true, path: 'execCommand', undoable: true });
    expect(out.text).toBe('Borgeren søger job som kok.\nHun kan arbejde 10 timer.');
    // the caret sits right after the replacement
    const end = out.text.indexOf('arbejde 10') + 'arbejde'.length;
    expect(await caret(page, '#ce')).toEqual({ start: end, end });
    // the first paragraph's markup is untouched
    const p1 = await page.locator('#ce p').first().innerHTML();
    expect(htmlBefore).toContain(p1);
    await page.keyboard.press('Control+z');
    expect(await adapterText(page, '#ce')).toBe(original);
  });

  test('a range across nested inline markup', async ({ open }) => {
    const page = await open('plain.html');
    const out = await replaceIn(page, '#ce', 'søger job som', 'vil arbejde som');
    expect(out.result).toMatchObject({ ok: true });
    expect(out.text).toBe('Borgeren vil arbejde som kok.\nHun kan måske arbejde 10 timer.');
    await page.keyboard.press('Control+z');
    expect(await adapterText(page, '#ce')).toBe('Borgeren søger job som kok.\nHun kan måske arbejde 10 timer.');
  });

  test('stale replace is refused and changes nothing', async ({ open }) => {
    const page = await open('plain.html');
    const htmlBefore = await page.locator('#ce').innerHTML();
    const out = await replaceIn(page, '#ce', 'kok', 'tjener', 'kokk');
    expect(out.result).toEqual({ ok: false, reason: 'stale' });
    expect(await page.locator('#ce').innerHTML()).toBe(htmlBefore);
  });
});

test.describe('Preact controlled form', () => {
  test('textarea: Preact state follows the insert and the undo', async ({ open }) => {
    const page = await open('preact.html');
    await page.waitForSelector('html[data-ready]');
    const original = await page.evaluate(() => window.__state.note);
    const out = await replaceIn(page, '#note', 'prøve noget med lager', 'arbejde som lagermedarbejder');
    expect(out.result).toMatchObject({ ok: true, path: 'execCommand', undoable: true });
    const wanted = original.replace('prøve noget med lager', 'arbejde som lagermedarbejder');
    await expect.poll(() => page.evaluate(() => window.__state.note)).toBe(wanted);
    expect(await page.locator('#note').inputValue()).toBe(wanted);
    await expect(page.locator('#echo')).toHaveText(String(wanted.length));
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.__state.note)).toBe(original);
    expect(await page.locator('#note').inputValue()).toBe(original);
  });

  test('input: Preact state follows, stale refused', async ({ open }) => {
    const page = await open('preact.html');
    await page.waitForSelector('html[data-ready]');
    const out = await replaceIn(page, '#goal', 'lager', 'lagermedarbejder i Aarhus');
    expect(out.result).toMatchObject({ ok: true });
    await expect.poll(() => page.evaluate(() => window.__state.goal)).toBe('Jobmål: lagermedarbejder i Aarhus');
    const stale = await replaceIn(page, '#goal', 'Jobmål', 'Mål', 'Jobmal');
    expect(stale.result).toEqual({ ok: false, reason: 'stale' });
    expect(await page.evaluate(() => window.__state.goal)).toBe('Jobmål: lagermedarbejder i Aarhus');
  });
});

test.describe('rich-text editors', () => {
  const CK = '.ck-editor__editable';
  const QL = '.ql-editor';
  const CK_ORIGINAL = '<p>Borgeren skal <strong>måske</strong> søge job.</p><p>Aftale: hun prøver at ringe til tre virksomheder.</p>';

  test('CKEditor 5: beforeinput reaches the model; getData() and its undo agree', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    expect(await page.evaluate(() => window.__ck.getData())).toBe(CK_ORIGINAL);
    expect(await adapterText(page, CK)).toBe('Borgeren skal måske søge job.\nAftale: hun prøver at ringe til tre virksomheder.');
    const out = await replaceIn(page, CK, 'prøver at ringe', 'ringer');
    expect(out.result).toEqual({ ok: true, path: 'beforeinput', undoable: true });
    expect(await page.evaluate(() => window.__ck.getData())).toBe(
      '<p>Borgeren skal <strong>måske</strong> søge job.</p><p>Aftale: hun ringer til tre virksomheder.</p>',
    );
    const ckEnd = out.text.indexOf('ringer') + 'ringer'.length;
    await expect.poll(() => caret(page, CK)).toEqual({ start: ckEnd, end: ckEnd });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.__ck.getData())).toBe(CK_ORIGINAL);
    expect(await adapterText(page, CK)).toBe('Borgeren skal måske søge job.\nAftale: hun prøver at ringe til tre virksomheder.');
  });

  test('CKEditor 5: a range across <strong>, and a stale replace is refused', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    const out = await replaceIn(page, CK, 'skal måske søge', 'søger');
    expect(out.result).toMatchObject({ ok: true, path: 'beforeinput' });
    expect(await page.evaluate(() => window.__ck.getData())).toBe(
      '<p>Borgeren søger job.</p><p>Aftale: hun prøver at ringe til tre virksomheder.</p>',
    );
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.__ck.getData())).toBe(CK_ORIGINAL);
    const stale = await replaceIn(page, CK, 'tre', 'fem', 'tree');
    expect(stale.result).toEqual({ ok: false, reason: 'stale' });
    expect(await page.evaluate(() => window.__ck.getData())).toBe(CK_ORIGINAL);
  });

  test('Quill 2: execCommand reaches the Delta model; getText() and its history agree', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    const original = 'Borgeren skal måske søge job.\nAftale: hun prøver at ringe til tre virksomheder.\n';
    expect(await page.evaluate(() => window.__quill.getText())).toBe(original);
    const out = await replaceIn(page, QL, 'prøver at ringe', 'ringer');
    expect(out.result).toEqual({ ok: true, path: 'execCommand', undoable: true });
    await expect
      .poll(() => page.evaluate(() => window.__quill.getText()))
      .toBe('Borgeren skal måske søge job.\nAftale: hun ringer til tre virksomheder.\n');
    const qlEnd = out.text.indexOf('ringer') + 'ringer'.length;
    expect(await caret(page, QL)).toEqual({ start: qlEnd, end: qlEnd });
    // formatting elsewhere is intact in the model
    expect(await page.evaluate(() => JSON.stringify(window.__quill.getContents().ops))).toContain('"bold":true');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.__quill.getText())).toBe(original);

    const stale = await replaceIn(page, QL, 'tre', 'fem', 'tree');
    expect(stale.result).toEqual({ ok: false, reason: 'stale' });
    expect(await page.evaluate(() => window.__quill.getText())).toBe(original);
  });

  test('evidence: execCommand does not reach the CKEditor 5 model (its view redraws the old text)', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    const r = await page.evaluate(async () => {
      const el = document.querySelector<HTMLElement>('.ck-editor__editable')!;
      const a = window.JobrettetDom.createFieldAdapter(el);
      const s = a.getText().indexOf('prøver at ringe');
      el.focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(a.domRange(s, s + 'prøver at ringe'.length)!);
      const accepted = document.execCommand('insertText', false, 'ringer');
      const domRightAfter = a.getText();
      await new Promise((r) => setTimeout(r, 200));
      return { accepted, domRightAfter, domLater: a.getText(), data: window.__ck.getData() };
    });
    expect(r.accepted).toBe(true);
    expect(r.domRightAfter).toContain('hun ringer til');
    expect(r.domLater).toContain('hun prøver at ringe til');
    expect(r.data).toBe(CK_ORIGINAL);
  });

  test('an editor the adapter does not recognise: a reverted execCommand falls back to beforeinput', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    const r = await page.evaluate(async () => {
      const el = document.querySelector<HTMLElement>('.ck-editor__editable')!;
      // hide CKEditor's classes from detection (CKEditor re-adds them on its next render)
      el.classList.remove('ck-editor__editable', 'ck-content');
      const a = window.JobrettetDom.createFieldAdapter(el);
      const s = a.getText().indexOf('prøver at ringe');
      const result = await a.replace({ start: s, end: s + 15, expected: 'prøver at ringe', replacement: 'ringer' });
      return { editor: a.editor, result, data: window.__ck.getData() };
    });
    expect(r.editor).toBe('plain');
    expect(r.result).toEqual({ ok: true, path: 'beforeinput', undoable: true });
    expect(r.data).toBe('<p>Borgeren skal <strong>måske</strong> søge job.</p><p>Aftale: hun ringer til tre virksomheder.</p>');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => window.__ck.getData())).toBe(CK_ORIGINAL);
  });

  test('evidence: Quill 2 also applies a synthetic beforeinput (insertReplacementText) to its model', async ({ open }) => {
    const page = await open('editors.html');
    await page.waitForSelector('html[data-ready]');
    const r = await page.evaluate(async () => {
      const el = document.querySelector<HTMLElement>('.ql-editor')!;
      const a = window.JobrettetDom.createFieldAdapter(el);
      const s = a.getText().indexOf('tre');
      const range = a.domRange(s, s + 3)!;
      el.focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const ev = new InputEvent('beforeinput', {
        bubbles: true,
        cancelable: true,
        inputType: 'insertReplacementText',
        data: 'fem',
        targetRanges: [new StaticRange(range)],
      });
      el.dispatchEvent(ev);
      await new Promise((r) => setTimeout(r, 100));
      return { prevented: ev.defaultPrevented, text: window.__quill.getText() };
    });
    expect(r).toEqual({ prevented: true, text: 'Borgeren skal måske søge job.\nAftale: hun prøver at ringe til fem virksomheder.\n' });
  });
});
