// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Detection } from '@/lib/detect/detect';
import { danishText, showFrame } from '@/entrypoints/panel.content/frame';
import { FRAME_ATTR, PANEL_TAG } from '@/entrypoints/panel.content/host';
import { layoutFor } from '@/entrypoints/panel.content/layout';

function detection(labels: string[]): Detection {
  const fields = labels.map((label, i) => {
    const ta = document.createElement('textarea');
    document.body.append(ta);
    return { element: ta, role: i === 0 ? 'job-goal' : 'agreement', label, kind: 'textarea', editor: null, fieldId: `f${i}` } as Detection['fields'][number];
  });
  return { profileId: 'min-plan', kind: 'minplan', subKind: null, confidence: 1, fields };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("the loader's panel frame", () => {
  it('is one open-shadow jobrettet-panel with the form, the roles and the score placeholder, in Danish', () => {
    showFrame(detection(['Mit jobmål', 'På mødet aftalte vi']), layoutFor(1400, false), false, danishText);
    const hosts = document.querySelectorAll(PANEL_TAG);
    expect(hosts).toHaveLength(1);
    const host = hosts[0] as HTMLElement;
    expect(host.getAttribute('data-form-kind')).toBe('minplan');
    expect(host.hasAttribute(FRAME_ATTR)).toBe(true);
    expect(host.getAttribute('data-layout')).toBe('docked');
    const root = host.shadowRoot!;
    expect(root.querySelector('.jr-form')?.textContent).toBe('Formular: Min Plan');
    expect(root.querySelector('.jr-active h3')?.textContent).toBe('Aktivt felt: Jobmål');
    expect(root.querySelector('.jr-score')?.textContent).toContain('Jobfokus');
    expect(root.querySelector('.jr-others')?.textContent).toContain('Aftaler – På mødet aftalte vi');
    // No score number and no contract attribute the analysis alone can fill in.
    expect(root.querySelector('[data-job-focus-score], [data-rule-id], [data-field-role]')).toBeNull();
  });

  it('puts page text in as text, never as markup', () => {
    showFrame(detection(['Jobmål', '<img src=x onerror="alert(1)">Aftaler']), layoutFor(1400, false), false, danishText);
    const root = document.querySelector(PANEL_TAG)!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.jr-others')?.textContent).toContain('<img src=x onerror="alert(1)">Aftaler');
  });

  it('collapsed, it is the rail: no body shown', () => {
    showFrame(detection(['Jobmål']), layoutFor(1400, true), true, danishText);
    const host = document.querySelector(PANEL_TAG) as HTMLElement;
    expect(host.hasAttribute('data-collapsed')).toBe(true);
    expect(host.getAttribute('data-layout')).toBe('rail');
    expect((host.shadowRoot!.querySelector('.jr-body') as HTMLElement).hidden).toBe(true);
  });
});
