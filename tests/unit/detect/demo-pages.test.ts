// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectForm, mayHaveForm } from '@/lib/detect';
import { readDemoPage } from '../../demo/includes.mjs';
import { loadHtml } from './load';

const URL = 'http://127.0.0.1:4173/';

function detectPage(page: string) {
  const doc = loadHtml(readDemoPage(page), URL + page);
  return { doc, detection: detectForm(doc, URL + page) };
}

function rolesByLabel(page: string): Record<string, string> {
  const { detection } = detectPage(page);
  expect(detection).not.toBeNull();
  return Object.fromEntries(detection!.fields.map((f) => [f.label, f.role]));
}

describe('demo pages (static HTML)', () => {
  it('cv.html is the Jobnet CV with every CV role', () => {
    const { detection } = detectPage('cv.html');
    expect(detection).toMatchObject({ profileId: 'jobnet-cv', kind: 'cv', subKind: null });
    expect(detection!.confidence).toBeGreaterThan(0.7);
    const roles = rolesByLabel('cv.html');
    expect(roles['Jeg søger job som']).toBe('cv-job-wish');
    expect(roles['Profiltekst']).toBe('cv-profile');
    expect(roles['Uddannelse og kurser']).toBe('cv-education');
    expect(roles['Faglige og personlige kompetencer']).toBe('cv-competences');
    expect(roles['Sprog']).toBe('cv-other');
    const desc = detection!.fields.filter((f) => f.label.startsWith('Beskrivelse af arbejdsopgaver'));
    expect(desc.map((f) => f.role)).toEqual(['cv-experience', 'cv-experience']);
    // Read-only name and e-mail/phone inputs are not fields.
    expect(detection!.fields.some((f) => f.label === 'Navn' || f.label === 'E-mail')).toBe(false);
  });

  it('minplan.html is Min Plan: goal, agreements, activities, meeting summary', () => {
    const { detection } = detectPage('minplan.html');
    expect(detection).toMatchObject({ profileId: 'minplan', kind: 'minplan', subKind: null });
    expect(detection!.fields.map((f) => [f.element.id, f.role])).toEqual([
      ['mp-maal', 'job-goal'],
      ['mp-aftaler', 'agreement'],
      ['mp-aktiviteter', 'activity'],
      ['mp-referat', 'meeting-summary'],
    ]);
  });

  it.each(['rehab.html', 'rehab-frame.html'])('%s is the forberedende del with all seven roles', (page) => {
    const { detection } = detectPage(page);
    expect(detection).toMatchObject({ profileId: 'rehab-forberedende', kind: 'rehab', subKind: null });
    expect(detection!.fields.map((f) => f.role)).toEqual([
      'job-goal',
      'resources',
      'resources',
      'challenges',
      'wishes',
      'health',
      'previous-efforts',
      'accommodations',
    ]);
  });

  it('rehab-iframe.html: the top document itself has no form (the form is in the frame)', () => {
    const { doc, detection } = detectPage('rehab-iframe.html');
    expect(detection).toBeNull();
    expect(doc.querySelector('iframe')?.getAttribute('src')).toBe('./rehab-frame.html');
  });

  it('indstilling.html is the rehab team indstilling with its six roles', () => {
    const { detection } = detectPage('indstilling.html');
    expect(detection).toMatchObject({ profileId: 'rehab-indstilling', kind: 'rehab', subKind: 'indstilling' });
    expect(detection!.fields.map((f) => f.role)).toEqual([
      'recommendation',
      'job-goal',
      'accommodations',
      'progression-goal',
      'hours',
      'justification',
    ]);
  });

  it('none.html and index.html have no form (search box and comment form are ignored)', () => {
    const none = detectPage('none.html');
    expect(mayHaveForm(none.doc)).toBe(true);
    expect(none.detection).toBeNull();
    expect(detectPage('index.html').detection).toBeNull();
  });

  it('field ids are stable across a re-parse and unique within the page', () => {
    for (const page of ['cv.html', 'minplan.html', 'rehab.html', 'indstilling.html']) {
      const a = detectPage(page).detection!.fields.map((f) => f.fieldId);
      const b = detectPage(page).detection!.fields.map((f) => f.fieldId);
      expect(a).toEqual(b);
      expect(new Set(a).size).toBe(a.length);
    }
  });

  it('only one demo field carries the fake demo CPR number', () => {
    const pages = ['cv.html', 'minplan.html', 'rehab.html', 'indstilling.html', 'spa.tsx', 'editors.html'];
    const hits = pages.filter((p) => readDemoPage(p).includes('010190-1234'));
    expect(hits).toEqual(['minplan.html']);
    for (const p of pages) expect(readDemoPage(p).match(/\b\d{6}-\d{4}\b/g) ?? []).toEqual(p === 'minplan.html' ? ['010190-1234'] : []);
  });
});
