// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectForm, findCandidateFields, mayHaveForm } from '@/lib/detect';
import { loadHtml } from './load';

const DIR = path.resolve(__dirname, '../../fixtures/detect');
const fixture = (name: string, url?: string) => loadHtml(fs.readFileSync(path.join(DIR, name), 'utf8'), url);

describe('saved pages with unfamiliar markup', () => {
  it('aria-labelledby divs, a ProseMirror editor and nested editables (no <label>, no signature)', () => {
    const doc = fixture('minplan-aria-divs.html');
    const d = detectForm(doc, 'https://sag.example.dk/borger/42');
    expect(d).toMatchObject({ kind: 'minplan', profileId: 'minplan' });
    expect(d!.fields.map((f) => [f.label, f.role, f.kind, f.editor])).toEqual([
      ['Borgerens jobmål', 'job-goal', 'contenteditable', null],
      ['Aftaler (hvem gør hvad, hvornår)', 'agreement', 'contenteditable', 'prosemirror'],
      ['Tilbud og aktiviteter', 'activity', 'contenteditable', null],
    ]);
    // The editable caption inside a contenteditable="false" island belongs to its outer editor.
    expect(findCandidateFields(doc).some((c) => c.element.tagName === 'SPAN')).toBe(false);
  });

  it('table layout, UPPERCASE, ASCII oe/aa/ae spellings, placeholder/title-only labels, snake_case ids', () => {
    const d = detectForm(fixture('rehab-table-ascii.html'), 'https://fagsystem.example.dk/sag/2231');
    expect(d).toMatchObject({ kind: 'rehab', subKind: null, profileId: 'rehab-forberedende' });
    expect(d!.fields.map((f) => [f.element.id, f.role])).toEqual([
      ['rehab_maal', 'job-goal'],
      ['rehab_ressourcer', 'resources'],
      ['rehab_udfordringer', 'challenges'],
      ['felt_4', 'health'],
      ['felt_5', 'wishes'],
      ['rehab_tidligere_indsatser', 'previous-efforts'],
      ['felt_7', 'accommodations'],
    ]);
  });

  it('names like txtMinPlanAftale plus a Jobnet URL hint; hidden and password inputs are not fields', () => {
    const doc = fixture('minplan-names-only.html', 'https://www.jobnet.dk/minplan/aftaler');
    const d = detectForm(doc, 'https://www.jobnet.dk/minplan/aftaler');
    expect(d).toMatchObject({ kind: 'minplan' });
    expect(d!.fields.map((f) => f.role)).toEqual(['job-goal', 'agreement', 'agreement']);
    expect(findCandidateFields(doc)).toHaveLength(3);
    // The URL hint counts: the same markup elsewhere is less certain.
    const elsewhere = detectForm(doc, 'https://example.org/page');
    expect(elsewhere!.confidence).toBeLessThan(d!.confidence);
  });

  it('a field labelled "Skånehensyn" on a Min Plan screen is an accommodations field (roles do not depend on the form)', () => {
    const d = detectForm(fixture('minplan-skaanehensyn.html'), 'https://sag.example.dk/minplan/42');
    expect(d).toMatchObject({ kind: 'minplan', profileId: 'minplan' });
    expect(d!.fields.map((f) => [f.element.id, f.role])).toEqual([
      ['maal', 'job-goal'],
      ['aftaler', 'agreement'],
      ['skaane', 'accommodations'],
    ]);
  });

  it('English ids and a <dl> layout with Danish captions', () => {
    const d = detectForm(fixture('cv-english-dl.html'), 'https://cv.example.com/edit');
    expect(d).toMatchObject({ kind: 'cv' });
    expect(Object.fromEntries(d!.fields.map((f) => [f.element.id, f.role]))).toEqual({
      jobWish: 'cv-job-wish',
      aboutMe: 'cv-profile',
      workExperienceDescription: 'cv-experience',
      educationText: 'cv-education',
      skills: 'cv-competences',
    });
  });

  it('fields known from headings, TinyMCE inline editors; hidden, read-only and panel fields are skipped', () => {
    const doc = fixture('indstilling-headings-tinymce.html');
    const d = detectForm(doc, 'https://fagsystem.example.dk/rehab/7');
    expect(d).toMatchObject({ kind: 'rehab', subKind: 'indstilling', profileId: 'rehab-indstilling' });
    expect(d!.fields.map((f) => [f.role, f.editor])).toEqual([
      ['recommendation', 'tinymce'],
      ['progression-goal', 'tinymce'],
      ['hours', 'tinymce'],
      ['justification', 'tinymce'],
      ['accommodations', 'tinymce'],
    ]);
    const ids = findCandidateFields(doc).map((c) => c.element.id);
    for (const skipped of ['hidden-copy', 'hidden-two', 'readonly-one', 'inside-panel']) expect(ids).not.toContain(skipped);
  });

  it.each(['negative-blog-comment.html', 'negative-heading-only.html'])('%s (search box + comment form) is not a form', (name) => {
    const doc = fixture(name);
    expect(findCandidateFields(doc).length).toBeGreaterThan(0);
    expect(detectForm(doc, 'https://www.example.dk/nyheder/1')).toBeNull();
  });
});

describe('pages rendered by scripts (saved from Chromium by capture.mjs)', () => {
  it('spa.html (Preact) is Min Plan with goal and agreements', () => {
    const d = detectForm(fixture('spa-rendered.html'), 'http://127.0.0.1/spa.html');
    expect(d).toMatchObject({ kind: 'minplan' });
    expect(d!.fields.map((f) => [f.element.id, f.role])).toEqual([
      ['spa-jobmaal', 'job-goal'],
      ['spa-aftaler', 'agreement'],
    ]);
  });

  it('editors.html: the Quill editor is "Mit mål" and the CKEditor 5 editable is "Aftaler"', () => {
    const d = detectForm(fixture('editors-rendered.html'), 'http://127.0.0.1/editors.html');
    expect(d).toMatchObject({ kind: 'minplan' });
    expect(d!.fields.map((f) => [f.label, f.role, f.kind, f.editor])).toEqual([
      ['Mit mål', 'job-goal', 'contenteditable', 'quill'],
      ['Aftaler', 'agreement', 'contenteditable', 'ckeditor5'],
    ]);
    expect(d!.fields[0]!.element.classList.contains('ql-editor')).toBe(true);
    expect(d!.fields[1]!.element.classList.contains('ck-editor__editable')).toBe(true);
  });
});

describe('editor iframes (TinyMCE classic, designMode) and labels', () => {
  it('reports a same-origin editor iframe body as a field of the parent document, labelled from around the iframe', () => {
    const doc = loadHtml(`<!doctype html><html><head><title>Min Plan</title></head><body>
      <h1>Min Plan</h1>
      <label for="aftaler">Aftaler</label><textarea id="aftaler" style="display:none"></textarea>
      <div class="tox-tinymce"><iframe id="ed"></iframe></div>
      <label for="maal">Mit mål</label><textarea id="maal"></textarea></body></html>`);
    const inner = loadHtml('<!doctype html><html><body id="tinymce" class="mce-content-body" contenteditable="true"><p>Du skal søge job.</p></body></html>');
    Object.defineProperty(doc.getElementById('ed')!, 'contentDocument', { value: inner });
    const d = detectForm(doc, 'https://fagsystem.example.dk/plan');
    expect(d).toMatchObject({ kind: 'minplan' });
    expect(d!.fields.map((f) => [f.label, f.role, f.editor, f.element.ownerDocument === inner])).toEqual([
      ['Aftaler', 'agreement', 'tinymce', true],
      ['Mit mål', 'job-goal', null, false],
    ]);
    // The frame's own document, seen by the content script inside it, is no form: no double detection.
    expect(detectForm(inner, 'about:blank')).toBeNull();
  });

  it('labels a CKEditor 4 iframe from the textarea it replaced', () => {
    const doc = loadHtml(`<title>Min Plan</title>
      <label for="ref">Mødereferat</label><textarea id="ref" style="visibility:hidden;display:none"></textarea>
      <div id="cke_ref" class="cke"><div class="cke_inner"><div class="cke_contents"><iframe title="Rich Text Editor, ref"></iframe></div></div></div>
      <label for="maal">Mit mål</label><textarea id="maal"></textarea>`);
    const inner = loadHtml('<body class="cke_editable" contenteditable="true"><p>Referat.</p></body>');
    Object.defineProperty(doc.querySelector('iframe')!, 'contentDocument', { value: inner });
    const d = detectForm(doc, 'https://fagsystem.example.dk/plan')!;
    expect(d.fields.map((f) => [f.label, f.role])).toEqual([
      ['Mødereferat', 'meeting-summary'],
      ['Mit mål', 'job-goal'],
    ]);
  });

  it('uses the label text without its help text', () => {
    const { fields } = detectForm(
      loadHtml('<title>Min Plan</title><label for="a">Aftaler <span class="hint">Én aftale pr. linje</span></label><textarea id="a"></textarea>'),
      'https://x.dk/',
    )!;
    expect(fields[0]!.label).toBe('Aftaler');
  });
});

describe('re-rendering and the cheap pre-check', () => {
  it('keeps field ids when a framework replaces the field elements', () => {
    const doc = fixture('spa-rendered.html');
    const before = detectForm(doc, 'http://127.0.0.1/spa.html')!;
    for (const t of doc.querySelectorAll('textarea')) t.replaceWith(t.cloneNode(true));
    const after = detectForm(doc, 'http://127.0.0.1/spa.html')!;
    expect(after.fields.map((f) => f.fieldId)).toEqual(before.fields.map((f) => f.fieldId));
    expect(after.fields[0]!.element).not.toBe(before.fields[0]!.element);
    expect(after.fields[0]!.element.isConnected).toBe(true);
  });

  it('numbers fields with the same role and label in document order', () => {
    const doc = loadHtml(`<title>Mit CV</title><h2>Arbejdserfaring</h2>
      <label for="a">Beskrivelse af arbejdsopgaver</label><textarea id="a"></textarea>
      <label for="b">Beskrivelse af arbejdsopgaver</label><textarea id="b"></textarea>
      <label for="c">Jeg søger job som</label><input id="c">`);
    expect(detectForm(doc, 'https://x.dk/')!.fields.map((f) => f.fieldId)).toEqual([
      'cv-experience:beskrivelse-af-arbejdsopgaver:0',
      'cv-experience:beskrivelse-af-arbejdsopgaver:1',
      'cv-job-wish:jeg-søger-job-som:0',
    ]);
  });

  it('mayHaveForm is false on a page without anything to type into', () => {
    expect(mayHaveForm(loadHtml('<h1>Min Plan</h1><p>Tekst</p><input type="checkbox"><button>OK</button>'))).toBe(false);
    expect(mayHaveForm(loadHtml('<div contenteditable="false">x</div>'))).toBe(false);
    expect(mayHaveForm(loadHtml('<div contenteditable>x</div>'))).toBe(true);
    expect(mayHaveForm(loadHtml('<input>'))).toBe(true);
  });
});

describe('field ids ignore numbers in labels', () => {
  it('a live character counter in the label does not change the id', () => {
    const html = (n: number) => `<title>Min Plan</title><label for="a">Aftaler (${n}/4000 tegn)</label><textarea id="a"></textarea><label for="b">Mit mål</label><textarea id="b"></textarea>`;
    const a = detectForm(loadHtml(html(12)), 'https://x.dk/')!.fields[0]!;
    const b = detectForm(loadHtml(html(13)), 'https://x.dk/')!.fields[0]!;
    expect(a.label).not.toBe(b.label);
    expect(a.fieldId).toBe(b.fieldId);
    expect(a.fieldId).toBe('agreement:aftaler-tegn:0');
  });
});

describe('label edge cases', () => {
  it('a label that merely contains "editor" inside a word is kept; generic editor names are not labels', () => {
    const doc = loadHtml(`<title>Min Plan</title>
      <label for="a">Aftaler med kreditorer</label><textarea id="a"></textarea>
      <div class="ck ck-editor"><div class="ck-editor__main"><div class="ck-editor__editable" contenteditable="true" aria-label="Rich Text Editor. Editing area: main"></div></div></div>`);
    const d = detectForm(doc, 'https://x.dk/')!;
    expect(d.fields[0]!.label).toBe('Aftaler med kreditorer');
    expect(findCandidateFields(doc)[1]!.sources.map((s) => s.text)).not.toContain('Rich Text Editor. Editing area: main');
  });

  it('keeps fields while a dialog makes the form aria-hidden or inert', () => {
    const html = (attr: string) =>
      `<title>Min Plan</title><main ${attr}><label for="a">Aftaler</label><textarea id="a"></textarea><label for="b">Mit mål</label><textarea id="b"></textarea></main><div role="dialog">Gem ændringer?</div>`;
    for (const attr of ['aria-hidden="true"', 'inert']) expect(detectForm(loadHtml(html(attr)), 'https://x.dk/')?.fields).toHaveLength(2);
    expect(detectForm(loadHtml(html('hidden')), 'https://x.dk/')).toBeNull();
  });
});
