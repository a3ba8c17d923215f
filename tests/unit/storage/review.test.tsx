// @vitest-environment happy-dom
import './helpers';
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyse } from '@/lib/analysis/analyse';
import type { FieldRole, FormKind } from '@/lib/analysis/types';
import type { FieldAnalysis } from '@/components/panel/contracts';
import { evaluateChecklist, reviewMetrics } from '@/components/review/checklist';
import { allRules } from '@/lib/analysis/rules';
import { RULE } from '@/lib/review/ids';
import { ReviewSection } from '@/components/review/ReviewSection';
import type { JobrettetDB } from '@/lib/storage/db';
import { freshBackground } from './helpers';

function field(form: FormKind, role: FieldRole, text: string, subKind?: 'indstilling'): FieldAnalysis {
  return { fieldId: role, role, label: role, textLength: text.length, result: analyse(text, { form, field: role, subKind }) };
}

const state = (items: Array<{ id: string; state: string }>, id: string) => items.find((i) => i.id === id)?.state;

describe('checklist pre-filled from the analysis', () => {
  it('rehab indstilling: vague skånehensyn and hours-only progression are not met; items without their field are not shown', () => {
    const fields = [
      field('rehab', 'accommodations', 'Han skal skånes.', 'indstilling'),
      field('rehab', 'progression-goal', 'Hun skal arbejde 10 timer om ugen.', 'indstilling'),
      field('rehab', 'job-goal', 'Lagermedarbejder med truckcertifikat', 'indstilling'),
    ];
    const items = evaluateChecklist('rehab-indstilling', fields);
    expect(items.map((i) => `${i.id}=${i.state}`)).toEqual([
      'job-goal-concrete=met',
      'accommodations-concrete=not-met',
      'progression-goal=not-met',
      'progression-justified=not-met',
      'cv-complete=unknown',
    ]);
    expect(items.find((i) => i.id === 'accommodations-concrete')!.evidence[0].excerpt).toBe('Han skal skånes');
  });

  it('concrete skånehensyn are met', () => {
    const items = evaluateChecklist('rehab-forberedende', [field('rehab', 'accommodations', 'Løft højst 5 kg, og pause på 10 minutter hver time.')]);
    expect(state(items, 'accommodations-concrete')).toBe('met');
  });

  it('Min Plan: a SMART agreement with a date and a person is met on every agreement item', () => {
    const good = [field('minplan', 'agreement', '- Du sender 3 ansøgninger til stillinger som lagermedarbejder i Vejle inden 05.02.')];
    expect(evaluateChecklist('minplan', good).map((i) => `${i.id}=${i.state}`)).toEqual([
      'agreements-smart=met',
      'next-step-dated=met',
      'responsible-named=met',
      'concrete-job-applications=met',
    ]);
    const bad = [field('minplan', 'agreement', '- Du sender 3 ansøgninger til lagerjob inden 05.02.\n- Du skal søge job.')];
    const badItems = evaluateChecklist('minplan', bad);
    expect(state(badItems, 'agreements-smart')).toBe('not-met');
    expect(reviewMetrics(bad)).toMatchObject({ agreementsTotal: 2, agreementsSmart: 0 });
    expect(state(evaluateChecklist('minplan', []), 'agreements-smart')).toBe('unknown');
  });

  it('Min Plan: the items agree with the agreement counts and the findings; no skånehensyn item without that field', () => {
    const aftaler = [
      '- Du skal søge job.',
      '- Du vil kontakte og mødes med tre personer fra dit netværk for at høre om job som lagermedarbejder inden d. 05.02.',
      '- Jobformidler sender dig 3 jobopslag som chauffør senest fredag d. 14.02.',
      '- Borger er informeret om muligheden for virksomhedspraktik.',
      '- Der skal findes en praktik.',
    ].join('\n');
    const fields = [
      field('minplan', 'job-goal', 'At komme i arbejde igen. Borger vil gerne have et job inden for noget praktisk.'),
      field('minplan', 'agreement', aftaler),
      field('minplan', 'activity', 'Virksomhedspraktik i 4 uger. Formålet er afklaring af arbejdsevnen.'),
    ];
    const items = evaluateChecklist('minplan', fields);
    expect(items.map((i) => `${i.id}=${i.state}`)).toEqual([
      'agreements-smart=not-met',
      'job-goal-oriented=not-met',
      'next-step-dated=not-met',
      'responsible-named=not-met',
      'concrete-job-applications=met',
    ]);
    const ev = (id: string) => items.find((i) => i.id === id)!.evidence.map((e) => e.text);
    expect(ev('agreements-smart')[0]).toBe('smart:2/5');
    expect(ev('next-step-dated')).toEqual(['dated:2/5']);
    expect(ev('responsible-named')).toEqual(['actors:4/5']);
    expect(reviewMetrics(fields)).toMatchObject({ agreementsTotal: 5, agreementsSmart: 2 });
  });

  it('decides by rule ids that exist: every id the checklist names is a registered rule', () => {
    const registered = new Set(allRules.map((r) => r.id));
    for (const id of Object.values(RULE)) expect(registered, id).toContain(id);
  });
});

describe('ReviewSection', () => {
  let db: JobrettetDB;
  beforeEach(async () => {
    document.body.innerHTML = '';
    db = await freshBackground();
  });

  it('toggles reviewer mode, pre-fills, lets the reviewer override and comment, and stores no citizen text or CPR', async () => {
    const citizenText = 'Han skal skånes.';
    const fields = signal([field('rehab', 'accommodations', citizenText, 'indstilling')]);
    const root = document.createElement('div');
    document.body.append(root);
    render(<ReviewSection formKind="rehab" subKind="indstilling" pageUrl="https://x.dk/borger/0101901234/indstilling" fields={fields} />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-action="toggle-review"]')).not.toBeNull());
    expect(root.querySelector('[data-check-id]')).toBeNull();
    // A page script's click (untrusted) cannot switch reviewer mode, which applies on every site.
    const toggle = root.querySelector<HTMLButtonElement>('[data-action="toggle-review"]')!;
    toggle.click();
    toggle.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await Promise.resolve();
    expect(root.querySelector('[data-check-id]')).toBeNull();
    expect((await fakeBrowser.storage.local.get('reviewerMode')).reviewerMode).toBeUndefined();
    // The user's own click (trusted; happy-dom cannot make one, so the flag is set by hand).
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    toggle.dispatchEvent(trusted);
    await vi.waitFor(() => expect(root.querySelector('[data-check-id="accommodations-concrete"]')).not.toBeNull());
    expect(root.querySelector('[data-check-id="accommodations-concrete"]')!.getAttribute('data-check-state')).toBe('not-met');
    expect((await fakeBrowser.storage.local.get('reviewerMode')).reviewerMode).toBe(true);

    // Override "cv-complete" (unknown) to met, and comment with a CPR number.
    root.querySelector<HTMLInputElement>('[data-check-id="cv-complete"] [data-check-option="met"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-check-id="cv-complete"]')!.getAttribute('data-check-state')).toBe('met'));
    const comment = root.querySelector<HTMLTextAreaElement>('[data-check-id="accommodations-concrete"] [data-check-comment]')!;
    comment.value = 'Spørg om løftegrænse; borger 010190-1234';
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    // Masked as it is typed, and the reviewer is told.
    expect(comment.value).toBe('Spørg om løftegrænse; borger ******-****');
    await vi.waitFor(() => expect(root.querySelector('[data-cpr-masked]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="save-review"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-review-status="ok"]')).not.toBeNull());

    // The comment box now shows what was stored: the CPR number masked.
    await vi.waitFor(() => expect(comment.value).toBe('Spørg om løftegrænse; borger ******-****'));
    // The saved message links to the overview.
    expect(root.querySelector('[data-review-status="ok"] a[data-action="open-overview"]')!.getAttribute('href')).toMatch(/overview\.html$/);

    const [stored] = await db.reviews.toArray();
    expect(stored.formKey).toBe('https://x.dk/borger/*/indstilling');
    expect(stored.phase).toBe('rehab-indstilling');
    expect(stored.items.find((i) => i.id === 'cv-complete')).toMatchObject({ state: 'met', auto: 'unknown' });
    expect(stored.items.find((i) => i.id === 'accommodations-concrete')).toMatchObject({ state: 'not-met', comment: 'Spørg om løftegrænse; borger ******-****' });
    expect(stored.excerpt).toBeNull();
    const json = JSON.stringify(stored);
    expect(json).not.toContain(citizenText);
    expect(json).not.toContain('010190');
  });

  it('the excerpt box starts with the text selected in the page, else the first finding', async () => {
    const fields = signal([field('rehab', 'accommodations', 'Han skal skånes.', 'indstilling')]);
    await fakeBrowser.storage.local.set({ reviewerMode: true });
    const ta = document.createElement('textarea');
    ta.value = 'Borger kan løfte 10 kg og gå en time.';
    document.body.append(ta);
    const root = document.createElement('div');
    document.body.append(root);
    render(<ReviewSection formKind="rehab" subKind="indstilling" pageUrl="https://x.dk/indstilling" fields={fields} />, root);
    const attach = await vi.waitFor(() => {
      const el = root.querySelector<HTMLInputElement>('[data-review-attach]');
      expect(el).not.toBeNull();
      return el!;
    });
    attach.click();
    const box = await vi.waitFor(() => {
      const el = root.querySelector<HTMLTextAreaElement>('[data-review-excerpt]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(box.value).toBe(fields.value[0].result.findings[0].excerpt);
    expect(box.value).toContain('skånes');

    attach.click(); // off, and empty it
    await vi.waitFor(() => expect(root.querySelector('[data-review-excerpt]')).toBeNull());
    ta.setSelectionRange(7, 23);
    ta.dispatchEvent(new Event('select', { bubbles: true }));
    // A box with text keeps it; start over to see the selection.
    root.querySelector<HTMLButtonElement>('[data-action="new-review"]')!.click();
    await vi.waitFor(() => expect(root.querySelector<HTMLInputElement>('[data-review-attach]')!.checked).toBe(false));
    root.querySelector<HTMLInputElement>('[data-review-attach]')!.click();
    await vi.waitFor(() => expect(root.querySelector<HTMLTextAreaElement>('[data-review-excerpt]')?.value).toBe('kan løfte 10 kg '));
  });

  it('reopening the form continues the latest review', async () => {
    await db.reviews.put({
      id: 'prev', formKey: 'https://x.dk/minplan', caseLabel: '', formKind: 'minplan', subKind: null, phase: 'minplan',
      items: [{ id: 'responsible-named', state: 'met', auto: 'unknown', comment: 'Ok' }], metrics: { jobFocusScore: null, agreementsTotal: 0, agreementsSmart: 0 }, excerpt: null, createdAt: 1, updatedAt: 1,
    });
    await fakeBrowser.storage.local.set({ reviewerMode: true });
    const root = document.createElement('div');
    document.body.append(root);
    render(<ReviewSection formKind="minplan" subKind={null} pageUrl="https://x.dk/minplan" fields={signal([])} />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-check-id="responsible-named"]')?.getAttribute('data-check-state')).toBe('met'));
    expect(root.querySelector<HTMLTextAreaElement>('[data-check-id="responsible-named"] [data-check-comment]')!.value).toBe('Ok');
    root.querySelector<HTMLButtonElement>('[data-action="save-review"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-review-status="ok"]')).not.toBeNull());
    expect(await db.reviews.count()).toBe(1);
  });
});
