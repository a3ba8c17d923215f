// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectForm, findCandidateFields } from '@/lib/detect';
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
