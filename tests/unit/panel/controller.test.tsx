// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import type { AnalyseOptions, AnalysisResult } from '@/lib/analysis/types';
import type { FieldAdapter, InsertRequest, InsertResult } from '@/lib/dom/types';
import { createPanelController, type DetectionInput } from '@/lib/panel/controller';
import { createPanelState } from '@/lib/panel/state';
import type { SchedulerHost } from '@/lib/panel/scheduler';
import { forcedLocale } from '@/lib/i18n';
import { Panel } from '@/components/panel/Panel';
import { dismissKey } from '@/lib/panel/dismiss-key';
import type { Dismissal } from '@/lib/storage/dismissals';
import { analyse as realAnalyse } from '@/lib/analysis/analyse';

/** A textarea-backed adapter with the FieldAdapter contract (lib/dom's real adapters are tested in the browser). */
function fakeAdapter(el: HTMLTextAreaElement): FieldAdapter & { replaced: InsertRequest[] } {
  const listeners = new Set<() => void>();
  el.addEventListener('input', () => listeners.forEach((l) => l()));
  const replaced: InsertRequest[] = [];
  return {
    element: el,
    kind: 'textarea',
    editor: 'none',
    replaced,
    getText: () => el.value,
    domRange: () => null,
    offsetsOf: () => null,
    select: (s, e) => {
      el.setSelectionRange(s, e);
      return true;
    },
    async replace(req): Promise<InsertResult> {
      replaced.push(req);
      if (el.value.slice(req.start, req.end) !== req.expected) return { ok: false, reason: 'stale' };
      el.value = el.value.slice(0, req.start) + req.replacement + el.value.slice(req.end);
      return { ok: true, path: 'execCommand', undoable: true };
    },
    observe(cb) {
      listeners.add(cb);
      return () => void listeners.delete(cb);
    },
    get isConnected() {
      return el.isConnected;
    },
  };
}

/** A deterministic analyser: score = text length (capped), one finding per "hensyn" with one suggestion. */
function fakeAnalyse(text: string, options: AnalyseOptions): AnalysisResult {
  const findings = [...text.matchAll(/hensyn/g)].map((m) => ({
    ruleId: 'vague-accommodation',
    category: 'vague-accommodation' as const,
    severity: 'warning' as const,
    start: m.index!,
    end: m.index! + 6,
    excerpt: 'hensyn',
    message: 'Uklart skånehensyn',
    suggestions: [{ label: 'Konkret', replacement: 'løft under 10 kg' }],
  }));
  return {
    form: options.form ?? null,
    field: options.field ?? null,
    jobFocus: { score: Math.min(100, text.length), criteria: [{ id: 'job-title', label: 'Konkret stilling', met: false, points: 0, max: 30, evidence: [] }] },
    findings: options.disabledCategories?.includes('vague-accommodation') ? [] : findings,
    agreements: [],
    lix: 0,
  };
}

/** Tasks, frames and idle callbacks run when the test says so: run() = pending tasks, end of frame, then idle. */
function manualHost() {
  const tasks: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const idles: (() => void)[] = [];
  const host: SchedulerHost = { postTask: (cb) => void tasks.push(cb), requestFrame: (cb) => frames.push(cb) };
  const runTasks = () => {
    tasks.splice(0).forEach((t) => t());
    frames.splice(0).forEach((f) => f());
  };
  return {
    host,
    whenIdle: (cb: () => void) => void idles.push(cb),
    runTasks,
    run: () => {
      runTasks();
      idles.splice(0).forEach((f) => f());
    },
  };
}

function setup(values: string[], extra: Partial<Parameters<typeof createPanelController>[2]> = {}) {
  document.body.innerHTML = '';
  const areas = values.map((v, i) => {
    const ta = document.createElement('textarea');
    ta.id = `f${i}`;
    ta.value = v;
    document.body.append(ta);
    return ta;
  });
  const state = createPanelState();
  const m = manualHost();
  const analyse = vi.fn(fakeAnalyse);
  const adapters = new Map<HTMLElement, ReturnType<typeof fakeAdapter>>();
  const controller = createPanelController(document, state, {
    analyse,
    createAdapter: (el) => {
      const a = fakeAdapter(el as HTMLTextAreaElement);
      adapters.set(el, a);
      return a;
    },
    schedulerHost: m.host,
    whenIdle: m.whenIdle,
    now: () => 42,
    ...extra,
  });
  const detection = (els: HTMLTextAreaElement[]): DetectionInput => ({
    profileId: 'min-plan',
    kind: 'minplan',
    subKind: null,
    fields: els.map((el, i) => ({ element: el, role: i === 0 ? 'job-goal' : 'agreement', label: `Felt ${i}`, fieldId: `field-${i}` })),
  });
  return { areas, state, m, analyse, adapters, controller, detection };
}

afterEach(() => {
  forcedLocale.value = null;
});

describe('panel controller', () => {
  it('analyses each detected field once, keyed by fieldId, with the form and role', () => {
    const { areas, state, m, analyse, controller, detection } = setup(['abc', 'hensyn her']);
    controller.setDetection(detection(areas));
    m.run();
    expect(analyse).toHaveBeenCalledTimes(2);
    expect(analyse).toHaveBeenCalledWith('abc', expect.objectContaining({ form: 'minplan', field: 'job-goal' }));
    expect(state.results.value.get('field-1')?.result.findings).toHaveLength(1);
    expect(state.lastUpdate.value).toBe(42);
    // The first field counts as focused until the user focuses another.
    expect(state.activeField.value?.fieldId).toBe('field-0');
    expect(state.activeAnalysis.value?.textLength).toBe(3);
  });

  it('analyses the field the panel shows first at once and the other fields when the page is idle', () => {
    const { areas, state, m, analyse, controller, detection } = setup(['abc', 'hensyn her', 'tredje felt']);
    areas[1].focus();
    controller.setDetection(detection(areas));
    m.runTasks();
    expect(analyse.mock.calls.map((c) => c[0])).toEqual(['hensyn her']);
    expect(state.activeAnalysis.value?.fieldId).toBe('field-1');
    m.run();
    expect(analyse.mock.calls.map((c) => c[0]).sort()).toEqual(['abc', 'hensyn her', 'tredje felt']);
    expect([...state.results.value.keys()].sort()).toEqual(['field-0', 'field-1', 'field-2']);
  });

  it('a field focused before the idle-time analysis is analysed at once', () => {
    const { areas, state, m, analyse, controller, detection } = setup(['abc', 'hensyn her']);
    controller.setDetection(detection(areas));
    m.runTasks();
    expect(analyse.mock.calls.map((c) => c[0])).toEqual(['abc']);
    areas[1].focus();
    areas[1].dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    m.runTasks();
    expect(state.activeAnalysis.value?.textLength).toBe('hensyn her'.length);
  });

  it('re-analyses only the field the user typed in, and only when its text changed', () => {
    const { areas, m, analyse, controller, detection, state } = setup(['abc', 'def']);
    controller.setDetection(detection(areas));
    m.run();
    analyse.mockClear();
    areas[1].value = 'defg';
    areas[1].dispatchEvent(new Event('input', { bubbles: true }));
    areas[1].dispatchEvent(new Event('input', { bubbles: true }));
    m.run();
    expect(analyse).toHaveBeenCalledTimes(1);
    expect(analyse.mock.calls[0][0]).toBe('defg');
    expect(state.results.value.get('field-1')?.textLength).toBe(4);
    // An input event without a text change costs nothing.
    areas[1].dispatchEvent(new Event('input', { bubbles: true }));
    m.run();
    expect(analyse).toHaveBeenCalledTimes(1);
  });

  it('gives each field its own analyser (the incremental one keeps state per field), kept when the element is replaced', () => {
    const made: string[][] = [];
    const createAnalyser = () => {
      const texts: string[] = [];
      made.push(texts);
      return (text: string, options: AnalyseOptions) => {
        texts.push(text);
        return fakeAnalyse(text, options);
      };
    };
    const { areas, m, analyse, controller, detection, state } = setup(['abc', 'def'], { createAnalyser });
    controller.setDetection(detection(areas));
    m.run();
    areas[1].value = 'defg';
    areas[1].dispatchEvent(new Event('input', { bubbles: true }));
    m.run();
    expect(analyse).not.toHaveBeenCalled();
    expect(made).toEqual([['abc'], ['def', 'defg']]);
    expect(state.results.value.get('field-1')?.textLength).toBe(4);
    // A framework re-renders the second field: same field, same analyser (its state goes on).
    const replaced = document.createElement('textarea');
    replaced.value = 'defgh';
    areas[1].replaceWith(replaced);
    controller.setDetection(detection([areas[0], replaced]));
    m.run();
    expect(made).toHaveLength(2);
    expect(made[1]).toEqual(['def', 'defg', 'defgh']);
  });

  it('follows focus, and keeps results when a framework replaces a field element', () => {
    const { areas, m, analyse, controller, detection, state, adapters } = setup(['abc', 'hensyn']);
    controller.setDetection(detection(areas));
    m.run();
    areas[1].dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(state.focusedFieldId.value).toBe('field-1');

    const replacement = document.createElement('textarea');
    replacement.value = 'hensyn';
    areas[1].replaceWith(replacement);
    const before = state.results.value.get('field-1');
    analyse.mockClear();
    controller.setDetection(detection([areas[0], replacement]));
    expect(state.focusedFieldId.value).toBe('field-1'); // same field, new element
    expect(state.results.value.get('field-1')).toBe(before); // nothing lost meanwhile
    m.run();
    expect(adapters.get(replacement)).toBeDefined();
    // The new element's text equals what was analysed before, but the new adapter starts fresh: analysed once.
    expect(analyse).toHaveBeenCalledTimes(1);
    replacement.value = 'hensyn og mere';
    replacement.dispatchEvent(new Event('input', { bubbles: true }));
    m.run();
    expect(state.results.value.get('field-1')?.textLength).toBe(14);
  });

  it('updates the score at once and the lists (findings, sections) when the page is idle', () => {
    const { areas, m, controller, detection, state } = setup(['hensyn']);
    controller.setDetection(detection(areas));
    m.run();
    areas[0].value = 'hensyn og hensyn';
    areas[0].dispatchEvent(new Event('input', { bubbles: true }));
    m.runTasks();
    expect(state.results.value.get('field-0')?.result.findings).toHaveLength(2);
    expect(state.analyses.value[0].result.findings).toHaveLength(1); // still the previous list
    m.run();
    expect(state.analyses.value[0].result.findings).toHaveLength(2);
  });

  it('drops fields that left the page', () => {
    const { areas, m, controller, detection, state } = setup(['abc', 'def']);
    controller.setDetection(detection(areas));
    m.run();
    controller.setDetection(detection([areas[0]]));
    expect(state.fields.value.map((f) => f.fieldId)).toEqual(['field-0']);
    expect([...state.results.value.keys()]).toEqual(['field-0']);
  });

  it('re-analyses everything when rule categories are switched off', () => {
    const { areas, m, controller, detection, state } = setup(['hensyn']);
    controller.setDetection(detection(areas));
    m.run();
    expect(state.results.value.get('field-0')?.result.findings).toHaveLength(1);
    controller.setDisabledCategories(['vague-accommodation']);
    m.run();
    expect(state.results.value.get('field-0')?.result.findings).toHaveLength(0);
  });

  it('apply: inserts through the adapter with the analysed excerpt as expected text, and reports in Danish', async () => {
    forcedLocale.value = 'da';
    const { areas, m, controller, detection, state, adapters } = setup(['et hensyn']);
    controller.setDetection(detection(areas));
    m.run();
    const res = await controller.apply('field-0', { start: 3, end: 9, expected: 'hensyn', replacement: 'løft under 10 kg' });
    expect(res.ok).toBe(true);
    expect(areas[0].value).toBe('et løft under 10 kg');
    expect(adapters.get(areas[0])!.replaced[0].expected).toBe('hensyn');
    expect(state.status.value?.text).toMatch(/indsat/);
    m.run();
    expect(state.results.value.get('field-0')?.textLength).toBe('et løft under 10 kg'.length);

    const stale = await controller.apply('field-0', { start: 3, end: 9, expected: 'hensyn', replacement: 'x' });
    expect(stale).toEqual({ ok: false, reason: 'stale' });
    expect(state.status.value).toEqual(expect.objectContaining({ tone: 'error', text: expect.stringMatching(/Teksten er ændret/) }));
  });

  it('select: refuses a range whose text moved on', () => {
    forcedLocale.value = 'da';
    const { areas, m, controller, detection, state } = setup(['et hensyn']);
    controller.setDetection(detection(areas));
    m.run();
    expect(controller.select('field-0', 3, 9, 'hensyn')).toBe(true);
    expect([areas[0].selectionStart, areas[0].selectionEnd]).toEqual([3, 9]);
    areas[0].value = 'XXet hensyn';
    expect(controller.select('field-0', 3, 9, 'hensyn')).toBe(false);
    expect(state.status.value?.tone).toBe('error');
  });
});

describe('the form as a whole', () => {
  function indstilling(values: [string, string]) {
    const { areas, state, m, adapters } = setup(values);
    const controller = createPanelController(document, state, {
      analyse: realAnalyse,
      createAdapter: (el) => fakeAdapter(el as HTMLTextAreaElement),
      schedulerHost: m.host,
      whenIdle: m.whenIdle,
      now: () => 42,
    });
    controller.setDetection({
      profileId: 'rehab-indstilling',
      kind: 'rehab',
      subKind: 'indstilling',
      fields: [
        { element: areas[0]!, role: 'recommendation', label: 'Indstilling', fieldId: 'rec' },
        { element: areas[1]!, role: 'job-goal', label: 'Jobmål', fieldId: 'goal' },
      ],
    });
    m.run();
    return { areas, state, m, adapters, controller };
  }
  const rules = (state: ReturnType<typeof createPanelState>, id: string) =>
    state.listResults.value.get(id)!.result.findings.map((f) => f.ruleId);

  it('does not list "mangler jobmål" for the indstilling while the Jobmål field holds one, and does once it is emptied', () => {
    const { areas, state, m } = indstilling(['Teamet indstiller til fleksjob.', 'Køkkenmedhjælper med opvask og anretning.']);
    // The field's own analysis still says so (its score is its own); the lists see the form.
    expect(state.results.value.get('rec')!.result.findings.map((f) => f.ruleId)).toContain('missing-job-goal');
    expect(rules(state, 'rec')).not.toContain('missing-job-goal');
    expect(state.formFindings.value).toEqual([]);
    areas[1]!.value = '';
    areas[1]!.dispatchEvent(new Event('input', { bubbles: true }));
    m.run();
    expect(rules(state, 'rec')).toContain('missing-job-goal');
  });

  it('computes form-level findings from every field when the page is idle', () => {
    const { areas, m, controller, detection, state } = setup(['', 'Du vil søge 3 stillinger som kok inden d. 1.4.']);
    controller.setDetection(detection(areas));
    m.run();
    expect(state.formFindings.value.map((f) => [f.ruleId, f.fieldIds])).toEqual([['missing-job-goal', ['field-0']]]);
    areas[0]!.value = 'Kok i et storkøkken';
    areas[0]!.dispatchEvent(new Event('input', { bubbles: true }));
    m.run();
    expect(state.formFindings.value).toEqual([]);
  });

  it('shows a form-level finding once in the panel', async () => {
    forcedLocale.value = 'da';
    const { state } = indstilling(['', '']);
    state.formFindings.value = [{ ruleId: 'missing-job-goal', category: 'job-focus', severity: 'warning', message: 'Formularen mangler et jobmål.', fields: [1], fieldIds: ['goal'] }];
    const root = document.createElement('div');
    document.body.append(root);
    render(<Panel state={state} actions={{ select: vi.fn(), apply: vi.fn(), toggle: vi.fn() }} pageUrl="http://x/" />, root);
    const items = root.querySelectorAll('[data-form-rule-id]');
    expect(items).toHaveLength(1);
    expect(items[0]!.getAttribute('data-form-rule-id')).toBe('missing-job-goal');
    expect(items[0]!.textContent).toContain('Formularen mangler et jobmål.');
    expect(items[0]!.textContent).toContain('(Jobmål)');
    expect(root.querySelector('#jr-form-find-h')!.textContent).toBe('Hele formularen');
  });
});

describe('Panel component', () => {
  it('renders the DOM contract: score with text length, findings with rule id and category, insert buttons', async () => {
    forcedLocale.value = 'da';
    const { areas, m, controller, detection, state } = setup(['abc', 'et hensyn']);
    controller.setDetection(detection(areas));
    m.run();
    const root = document.createElement('div');
    document.body.append(root);
    const actions = { select: vi.fn(), apply: vi.fn(), toggle: vi.fn() };
    render(<Panel state={state} actions={actions} pageUrl="http://x/" />, root);
    const score = root.querySelector('[data-job-focus-score]')!;
    expect(score.getAttribute('data-job-focus-score')).toBe('3');
    expect(score.getAttribute('data-text-length')).toBe('3');
    expect(root.querySelector('[data-field-role]')!.textContent).toBe('Jobmål');
    // Only the focused field's findings are listed; the other field is a link with its count.
    expect(root.querySelector('[data-rule-id]')).toBeNull();
    const other = root.querySelector('[data-focus-field="field-1"]')!;
    expect(other.getAttribute('data-finding-count')).toBe('1');
    state.focusedFieldId.value = 'field-1';
    await vi.waitFor(() => expect(root.querySelector('[data-rule-id="vague-accommodation"]')).not.toBeNull());
    const finding = root.querySelector('[data-rule-id="vague-accommodation"]')!;
    expect(finding.getAttribute('data-category')).toBe('vague-accommodation');
    (finding.querySelector('[data-action="apply-suggestion"]') as HTMLButtonElement).click();
    expect(actions.apply).toHaveBeenCalledWith('field-1', { start: 3, end: 9, expected: 'hensyn', replacement: 'løft under 10 kg' });
    expect(actions.select).not.toHaveBeenCalled(); // the insert button does not also select
    (finding.querySelector('.jr-finding-main') as HTMLButtonElement).click();
    expect(actions.select).toHaveBeenCalledWith('field-1', 3, 9, 'hensyn');

    // Typing updates the score element asynchronously (signals → DOM).
    state.focusedFieldId.value = 'field-0';
    areas[0].value = 'abcdef';
    areas[0].dispatchEvent(new Event('input', { bubbles: true }));
    m.run();
    await vi.waitFor(() => expect(root.querySelector('[data-job-focus-score]')!.getAttribute('data-text-length')).toBe('6'));

    // English when the setting says so.
    forcedLocale.value = 'en';
    state.focusedFieldId.value = 'field-1';
    await vi.waitFor(() => expect(root.querySelector('[data-field-role]')!.textContent).toBe('Agreements'));
    render(null, root);
  });
});

describe('dismissed findings and muted rules', () => {
  const keyOf = (info: { role: string | null; label: string }, f: { ruleId: string; excerpt: string }) =>
    dismissKey({ ruleId: f.ruleId, formKey: 'http://x/plan', role: info.role, label: info.label, excerpt: f.excerpt });
  const dismissal = (hash: string): Dismissal => ({ id: `f:${hash}`, kind: 'finding', ruleId: 'vague-accommodation', host: 'x', hash, createdAt: 1 });

  it('drops a dismissed finding for that text in that field only, and lets it come back when the text changes', () => {
    const { areas, state, m, controller, detection } = setup(['hensyn', 'hensyn'], { findingKey: keyOf });
    controller.setDetection(detection(areas));
    m.run();
    expect(state.listResults.value.get('field-1')!.result.findings).toHaveLength(1);
    const hash = keyOf({ role: 'agreement', label: 'Felt 1' }, { ruleId: 'vague-accommodation', excerpt: 'hensyn' });
    state.dismissals.value = [dismissal(hash)];
    m.run();
    expect(state.listResults.value.get('field-1')!.result.findings).toHaveLength(0);
    // The same text in another field is another finding.
    expect(state.listResults.value.get('field-0')!.result.findings).toHaveLength(1);
    // Restored: it is back.
    state.dismissals.value = [];
    m.run();
    expect(state.listResults.value.get('field-1')!.result.findings).toHaveLength(1);
  });

  it('a muted rule disappears from every field', () => {
    const { areas, state, m, controller, detection } = setup(['hensyn', 'et hensyn'], { findingKey: keyOf });
    controller.setDetection(detection(areas));
    m.run();
    state.dismissals.value = [{ id: 'r:x:vague-accommodation', kind: 'rule', ruleId: 'vague-accommodation', host: 'x', createdAt: 1 }];
    m.run();
    expect([...state.listResults.value.values()].flatMap((a) => a.result.findings)).toEqual([]);
  });

  it('the key changes with the excerpt, the rule, the field and the form, and holds no clear text', () => {
    const base = { ruleId: 'smart-agreement', formKey: 'http://x/plan', role: 'agreement', label: 'Aftaler', excerpt: 'Du skal søge job.' };
    const k = dismissKey(base);
    expect(k).toMatch(/^[0-9a-f]{16}$/);
    expect(dismissKey({ ...base, excerpt: 'Du skal  søge job.' })).toBe(k); // whitespace does not count
    for (const change of [{ excerpt: 'Du skal søge job hver dag.' }, { ruleId: 'cpr-number' }, { label: 'Mål' }, { role: 'job-goal' }, { formKey: 'http://y/plan' }]) {
      expect(dismissKey({ ...base, ...change })).not.toBe(k);
    }
  });
});

describe('placeholders after an insert', () => {
  const withPlaceholders = (text: string, options: AnalyseOptions): AnalysisResult => {
    const r = fakeAnalyse(text, options);
    return { ...r, findings: r.findings.map((f) => ({ ...f, suggestions: [{ label: 'Konkret', replacement: 'løft under [antal] kg højst [antal gange] om dagen' }] })) };
  };

  it('selects the first placeholder, Tab and Shift+Tab move within the insert, and the status goes on the next edit', async () => {
    forcedLocale.value = 'da';
    const { areas, state, m, controller, detection } = setup(['Ingen [x]. Et hensyn.'], { analyse: vi.fn(withPlaceholders) });
    controller.setDetection(detection(areas));
    m.run();
    const ta = areas[0];
    const f = state.listResults.value.get('field-0')!.result.findings[0];
    const res = await controller.apply('field-0', { start: f.start, end: f.end, expected: f.excerpt, replacement: f.suggestions[0].replacement });
    expect(res.ok).toBe(true);
    const sel = () => ta.value.slice(ta.selectionStart, ta.selectionEnd);
    expect(ta.value).toBe('Ingen [x]. Et løft under [antal] kg højst [antal gange] om dagen.');
    expect(sel()).toBe('[antal]');
    expect(state.status.value?.text).toContain('Forslaget er indsat');
    const tab = (shiftKey = false) => {
      const ev = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true });
      ta.dispatchEvent(ev);
      return ev.defaultPrevented;
    };
    expect(tab()).toBe(true);
    expect(sel()).toBe('[antal gange]');
    expect(tab(true)).toBe(true);
    expect(sel()).toBe('[antal]');
    // "[x]" before the insert is not one of its placeholders: Tab wraps within the insert.
    expect(tab(true)).toBe(true);
    expect(sel()).toBe('[antal gange]');

    // Fill both in: the status goes with the first edit, and Tab is the browser's again.
    ta.setRangeText('3', ta.selectionStart, ta.selectionEnd, 'end');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state.status.value).toBeNull();
    ta.value = ta.value.replace('[antal]', '10');
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    expect(tab()).toBe(false);
  });
});
