/** Fields in a same-origin iframe and in a shadow root; edits never land in a field that could not take focus. */
import { expect, test } from '../fixtures/dom/harness';

test('same-origin iframe: insert + undo in textarea and contenteditable, overlay inside the frame', async ({ open }) => {
  const page = await open('iframe.html');
  const frame = page.frameLocator('#frame');
  await expect(frame.locator('#ta')).toBeVisible();
  // lib/dom runs in the top document and works on the frame's elements (each in its own document)
  const r = await page.evaluate(async () => {
    const doc = document.querySelector<HTMLIFrameElement>('#frame')!.contentDocument!;
    const D = window.JobrettetDom;
    const ta = D.createFieldAdapter(doc.querySelector<HTMLElement>('#ta')!);
    const s = ta.getText().indexOf('måske arbejde lidt');
    const taRes = await ta.replace({ start: s, end: s + 18, expected: 'måske arbejde lidt', replacement: 'arbejde 10 timer om ugen' });
    const ce = D.createFieldAdapter(doc.querySelector<HTMLElement>('#ce')!);
    const c = ce.getText().indexOf('evt. et job');
    const ceRes = await ce.replace({ start: c, end: c + 11, expected: 'evt. et job', replacement: 'et job' });
    const hl = D.createHighlighter(ta);
    const t = ta.getText();
    hl.set([{ start: t.indexOf('ondt'), end: t.indexOf('ondt') + 4, category: 'deficit-language', severity: 'warning' }]);
    const host = doc.querySelector('jobrettet-highlights');
    const bar = host?.shadowRoot?.querySelector('.jr-underline')?.getBoundingClientRect();
    const field = doc.querySelector('#ta')!.getBoundingClientRect();
    return {
      taRes,
      ceRes,
      ta: (doc.querySelector('#ta') as HTMLTextAreaElement).value,
      ce: ce.getText(),
      overlayInFrame: host?.ownerDocument === doc && document.querySelector('jobrettet-highlights') === null,
      inside: !!bar && bar.left >= field.left && bar.right <= field.right && bar.top >= field.top && bar.bottom <= field.bottom,
    };
  });
  expect(r.taRes).toMatchObject({ ok: true, path: 'execCommand' });
  expect(r.ceRes).toMatchObject({ ok: true, path: 'execCommand' });
  expect(r.ta).toBe('Borgeren har ondt i ryggen og kan arbejde 10 timer om ugen.');
  expect(r.ce).toBe('Hun ønsker et job i butik.');
  expect(r.overlayInFrame).toBe(true);
  expect(r.inside).toBe(true);
  // focus is in the frame's contenteditable now: Ctrl+Z undoes that insert
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => page.evaluate(() => document.querySelector<HTMLIFrameElement>('#frame')!.contentDocument!.querySelector('#ce')!.textContent))
    .toBe('Hun ønsker evt. et job i butik.');
});

test('textarea inside an open shadow root: execCommand path with undo', async ({ open }) => {
  const page = await open('iframe.html');
  const r = await page.evaluate(async () => {
    const ta = document.querySelector('#shadow-host')!.shadowRoot!.querySelector<HTMLTextAreaElement>('#inner')!;
    const a = window.JobrettetDom.createFieldAdapter(ta);
    const res = await a.replace({ start: 8, end: 24, expected: 'noget med kunder', replacement: 'butiksassistent' });
    return { res, value: ta.value };
  });
  expect(r).toEqual({ res: { ok: true, path: 'execCommand', undoable: true }, value: 'Jobmål: butiksassistent.' });
  await page.keyboard.press('Control+z');
  expect(await page.evaluate(() => document.querySelector('#shadow-host')!.shadowRoot!.querySelector('textarea')!.value)).toBe(
    'Jobmål: noget med kunder.',
  );
});

test('a field that cannot take focus is never edited through another focused field', async ({ open }) => {
  const page = await open('plain.html');
  await page.locator('#ta').focus();
  const taBefore = await page.locator('#ta').inputValue();
  const r = await page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('#in')!;
    input.style.display = 'none'; // hidden: focus() is a no-op
    const a = window.JobrettetDom.createFieldAdapter(input);
    const res = await a.replace({ start: 8, end: 13, expected: 'noget', replacement: 'et' });
    const ce = document.querySelector<HTMLElement>('#ce')!;
    ce.setAttribute('inert', '');
    const c = window.JobrettetDom.createFieldAdapter(ce);
    const ceRes = await c.replace({ start: 0, end: 8, expected: 'Borgeren', replacement: 'Hun' });
    return { res, value: input.value, ceRes, ce: c.getText() };
  });
  // the hidden input still gets the change, through the fallback that needs no focus
  expect(r.res).toEqual({ ok: true, path: 'setRangeText', undoable: false });
  expect(r.value).toBe('Jobmål: et med lager måske');
  // the inert contenteditable cannot be edited safely: refused, unchanged
  expect(r.ceRes).toEqual({ ok: false, reason: 'not-applied' });
  expect(r.ce.startsWith('Borgeren')).toBe(true);
  expect(await page.locator('#ta').inputValue()).toBe(taBefore);
});

test('contenteditable inside a shadow root: highlight styles adopted by that root, no node added', async ({ open }) => {
  const page = await open('iframe.html');
  const ce = page.locator('#shadow-ce-host');
  const shotBefore = await ce.screenshot();
  const r = await page.evaluate(() => {
    const root = document.querySelector('#shadow-ce-host')!.shadowRoot!;
    const el = root.querySelector<HTMLElement>('#inner-ce')!;
    const before = { html: el.innerHTML, children: root.childNodes.length };
    const a = window.JobrettetDom.createFieldAdapter(el);
    const hl = window.JobrettetDom.createHighlighter(a);
    const s = a.getText().indexOf('måske');
    hl.set([{ start: s, end: s + 5, category: 'vague-accommodation', severity: 'error' }]);
    return {
      strategy: hl.strategy,
      same: el.innerHTML === before.html && root.childNodes.length === before.children,
      adopted: root.adoptedStyleSheets.some((sh) => Array.from(sh.cssRules).some((r) => r.cssText.includes('jobrettet-vague-accommodation-error'))),
    };
  });
  expect(r).toEqual({ strategy: 'css-highlight', same: true, adopted: true });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect((await ce.screenshot()).equals(shotBefore)).toBe(false);
});
