/**
 * Glue between a detected form, the field adapters (lib/dom), the analyser (lib/analysis) and the panel state.
 * One controller per document. It owns: an adapter per fieldId (re-created when a framework replaces the
 * element), input/focus listeners, the analysis scheduler, and the highlighter of the active field.
 */
import { batch, effect } from '@preact/signals';
import type { FieldAnalysis } from '@/components/panel/contracts';
import type { AnalyseOptions, AnalysisResult, Category, FieldRole, Finding, FormKind } from '@/lib/analysis/types';
import { nextPlaceholder, placeholdersIn, selectionOffsets, selectPlaceholder } from '@/lib/dom/placeholder-select';
import type { FormAnalysis } from '@/lib/analysis/form';
import type { FieldAdapter, HighlightSpan, InsertRequest, InsertResult } from '@/lib/dom/types';
import { deepActiveElement } from '@/lib/dom/shadow';
import { t } from '@/lib/i18n';
import { createScheduler, defaultSchedulerHost, whenIdle, type SchedulerHost } from './scheduler';
import type { FieldInfo, PanelState } from './state';
import { analyseForm } from '@/lib/analysis/form';

/** The part of lib/detect's Detection the panel needs. */
export interface DetectionInput {
  profileId: string;
  kind: FormKind;
  subKind: 'indstilling' | null;
  fields: readonly { element: HTMLElement; role: FieldRole; label: string; fieldId: string }[];
}

export interface HighlighterLike {
  set(spans: readonly HighlightSpan[], analysedText?: string): void;
  destroy(): void;
}

export interface ControllerDeps {
  analyse(text: string, options: AnalyseOptions): AnalysisResult;
  /**
   * One analyser per field (it may keep state between that field's texts: the incremental analyser); its result must
   * equal `analyse`'s. Without it every field uses `analyse`.
   */
  createAnalyser?(): (text: string, options: AnalyseOptions) => AnalysisResult;
  createAdapter(el: HTMLElement): FieldAdapter;
  createHighlighter?(adapter: FieldAdapter): HighlighterLike;
  schedulerHost?: SchedulerHost;
  /** Runs `cb` when the page is idle (bounded wait); the lists catch up with the latest results there. */
  whenIdle?(cb: () => void): void;
  now?(): number;
  /** The key a dismissed finding is remembered by (lib/panel/dismiss-key.ts); without it nothing is filtered by key. */
  findingKey?(info: FieldInfo, finding: Finding): string;
}

const defaultWhenIdle =
  (win: Window) =>
  (cb: () => void): void =>
    whenIdle(win, cb, 120, 50);

interface Entry {
  info: FieldInfo;
  element: HTMLElement;
  adapter: FieldAdapter;
  stopObserving: () => void;
  /** The text the current result was computed from (null: never analysed or forced re-analysis). */
  analysedText: string | null;
  /** This field's analyser. */
  analyse: (text: string, options: AnalyseOptions) => AnalysisResult;
}

export interface PanelController {
  setDetection(d: DetectionInput): void;
  setDisabledCategories(categories: readonly Category[]): void;
  /** Selects a span of a field (the finding's range) in the page. */
  select(fieldId: string, start: number, end: number, expected: string): boolean;
  /** Inserts a rewrite for [start, end) if the field still holds `expected` there. */
  apply(fieldId: string, req: InsertRequest): Promise<InsertResult>;
  /** Focuses a field (the panel's list of other fields); the panel then shows it first. */
  focusField(fieldId: string): boolean;
  /** True when `node` is (inside) one of the detected fields. */
  isFieldNode(node: Node): boolean;
  /** Analyses whatever is dirty right now (tests). */
  flush(): void;
  dispose(): void;
}

const REASON_KEYS: Record<Exclude<InsertResult, { ok: true }>['reason'], string> = {
  stale: 'panel.stale',
  'not-applied': 'panel.notApplied',
  'out-of-range': 'panel.outOfRange',
  disconnected: 'panel.disconnected',
  'read-only': 'panel.readOnly',
};

export function createPanelController(doc: Document, state: PanelState, deps: ControllerDeps): PanelController {
  const win = doc.defaultView ?? window;
  const now = deps.now ?? (() => win.performance.now());
  const entries = new Map<string, Entry>();
  const scheduler = createScheduler((ids) => analyseNow(ids), deps.schedulerHost ?? defaultSchedulerHost(win));
  /** The exact text each analysis was computed from (highlights remap from it to the field's current text). */
  const analysedTextOf = new WeakMap<FieldAnalysis, string>();
  const whenIdle = deps.whenIdle ?? defaultWhenIdle(win);
  let listPending = false;
  const catchUpLists = () => {
    if (listPending) return;
    listPending = true;
    whenIdle(() => {
      listPending = false;
      if (!disposed) catchUpForm(state.results.peek());
    });
  };
  /**
   * The lists catch up with the results, seen as one form: form-level findings once, and per-field findings another
   * field answers (a job goal in the Jobmål field beside the indstilling) left out of the lists and highlights.
   */
  const catchUpForm = (results: ReadonlyMap<string, FieldAnalysis>) => {
    const form = state.form.peek();
    const order = state.fields.peek().filter((f) => results.has(f.fieldId));
    const analyses = order.map((f) => results.get(f.fieldId)!);
    let formAnalysis: FormAnalysis = { findings: [], superseded: [] };
    try {
      formAnalysis = analyseForm(
        analyses.map((a) => ({ role: a.role, text: analysedTextOf.get(a) ?? '', result: a.result })),
        { ...(form ? { form: form.kind } : {}), ...(form?.subKind ? { subKind: form.subKind } : {}), disabledCategories: state.disabledCategories.peek() },
      );
    } catch {
      // the form-level view is a bonus; the fields' own findings stand
    }
    let lists: ReadonlyMap<string, FieldAnalysis> = results;
    if (formAnalysis.superseded.length) {
      const next = new Map(results);
      analyses.forEach((a, i) => {
        const drop = new Set(formAnalysis.superseded.filter((s) => s.field === i).map((s) => s.ruleId));
        if (!drop.size) return;
        const trimmed: FieldAnalysis = { ...a, result: { ...a.result, findings: a.result.findings.filter((f) => !drop.has(f.ruleId)) } };
        const text = analysedTextOf.get(a);
        if (text !== undefined) analysedTextOf.set(trimmed, text);
        next.set(a.fieldId, trimmed);
      });
      lists = next;
    }
    batch(() => {
      state.formFindings.value = formAnalysis.findings.map((f) => ({ ...f, fieldIds: f.fields.map((i) => order[i]!.fieldId) }));
      state.listResults.value = lists;
    });
  };
  /** The placeholders of the last insert: Tab / Shift+Tab move between them while any remain in its range. */
  let session: { fieldId: string; start: number; end: number; length: number } | null = null;
  /** The field text right after the last insert: the status line goes on the first change after it (edit or undo). */
  let appliedText: { fieldId: string; text: string } | null = null;
  let applying = false;
  const noteChange = (id: string) => {
    if (applying || !appliedText || appliedText.fieldId !== id) return;
    const e = entries.get(id);
    if (!e || e.adapter.getText() === appliedText.text) return;
    appliedText = null;
    if (state.status.peek()?.fieldId === id) state.status.value = null;
  };
  const keep = (info: FieldInfo, f: Finding): boolean => {
    if (state.mutedRules.peek().has(f.ruleId)) return false;
    const keys = state.dismissedKeys.peek();
    return !(deps.findingKey && keys.size > 0 && keys.has(deps.findingKey(info, f)));
  };
  let highlight: { fieldId: string; adapter: FieldAdapter; h: HighlighterLike; shown: FieldAnalysis | null } | null = null;
  let disposed = false;

  const entryOf = (node: Node | null): Entry | undefined => {
    if (!node) return undefined;
    for (const e of entries.values()) {
      if (e.element === node || e.element.contains(node) || e.adapter.element.contains(node)) return e;
    }
    return undefined;
  };

  function analyseNow(ids: string[]) {
    if (disposed) return;
    const form = state.form.peek();
    let next: Map<string, FieldAnalysis> | null = null;
    for (const id of ids) {
      const e = entries.get(id);
      if (!e || !e.adapter.isConnected) continue;
      const text = e.adapter.getText();
      if (text === e.analysedText) continue;
      const started = now();
      const raw = e.analyse(text, {
        form: form?.kind,
        field: e.info.role,
        subKind: form?.subKind ?? undefined,
        disabledCategories: state.disabledCategories.peek(),
      });
      e.analysedText = text;
      const kept = raw.findings.filter((f) => keep(e.info, f));
      const result = kept.length === raw.findings.length ? raw : { ...raw, findings: kept };
      measure('jobrettet:analyse', started, now());
      next ??= new Map(state.results.peek());
      const analysis: FieldAnalysis = { fieldId: id, role: e.info.role, label: e.info.label, textLength: text.length, result };
      analysedTextOf.set(analysis, text);
      next.set(id, analysis);
    }
    if (!next) return;
    const results = next;
    batch(() => {
      state.results.value = results;
      state.lastUpdate.value = now();
    });
    catchUpLists();
  }

  /** A performance.measure in the page's timeline, so `npm run bench:e2e` can split analysis from rendering. */
  function measure(name: string, start: number, end: number) {
    try {
      win.performance.clearMeasures(name); // keep only the latest: typing for hours must not fill the timeline
      win.performance.measure(name, { start, end });
    } catch {
      // not available (tests with a fake clock): only a diagnostic
    }
  }

  function teardown(e: Entry) {
    e.stopObserving();
    if (highlight && highlight.adapter === e.adapter) {
      highlight.h.destroy();
      highlight = null;
    }
  }

  // Highlights follow the active field and its latest analysis.
  const stopHighlightEffect = effect(() => {
    const active = state.activeField.value;
    const analysis = active ? (state.listResults.value.get(active.fieldId) ?? null) : null;
    if (!deps.createHighlighter || disposed) return;
    const e = active ? entries.get(active.fieldId) : undefined;
    if (highlight && (!e || highlight.adapter !== e.adapter)) {
      highlight.h.destroy();
      highlight = null;
    }
    if (!e) return;
    if (!highlight) {
      try {
        highlight = { fieldId: e.info.fieldId, adapter: e.adapter, h: deps.createHighlighter(e.adapter), shown: null };
      } catch {
        return; // highlights are a bonus; the panel list is the accessible channel
      }
    }
    if (analysis && analysis !== highlight.shown) {
      highlight.shown = analysis;
      const spans: HighlightSpan[] = analysis.result.findings.map((f) => ({ start: f.start, end: f.end, category: f.category, severity: f.severity }));
      highlight.h.set(spans, analysedTextOf.get(analysis));
    }
  });

  const onInput = (ev: Event) => {
    const e = entryOf(ev.composedPath()[0] as Node);
    if (!e) return;
    scheduler.markDirty(e.info.fieldId);
    noteChange(e.info.fieldId);
  };
  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.key !== 'Tab' || ev.ctrlKey || ev.altKey || ev.metaKey || !session || ev.isComposing) return;
    const e = entryOf(ev.composedPath()[0] as Node);
    if (!e || e.info.fieldId !== session.fieldId) return;
    const text = e.adapter.getText();
    const end = session.end + (text.length - session.length);
    const list = placeholdersIn(text, session.start, end);
    const next = nextPlaceholder(list, selectionOffsets(e.adapter), ev.shiftKey);
    if (!next) {
      session = null; // all filled in: Tab moves focus as usual again
      return;
    }
    ev.preventDefault();
    ev.stopPropagation();
    selectPlaceholder(e.adapter, next);
  };
  // Dismissing a finding or muting a rule filters the lists at once (the next run re-reads every field).
  let firstDismissRun = true;
  const stopDismissEffect = effect(() => {
    void state.dismissedKeys.value;
    void state.mutedRules.value;
    if (firstDismissRun) {
      firstDismissRun = false;
      return;
    }
    for (const e of entries.values()) {
      e.analysedText = null;
      scheduler.markDirty(e.info.fieldId);
    }
  });
  doc.addEventListener('keydown', onKeyDown, true);
  const onFocusIn = (ev: Event) => {
    const e = entryOf(ev.composedPath()[0] as Node);
    if (!e) return;
    state.focusedFieldId.value = e.info.fieldId;
    if (e.analysedText === null) scheduler.markDirty(e.info.fieldId); // focused before its idle-time analysis
  };
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('focusin', onFocusIn, true);
  // Focus moving between two fields of one shadow root never reaches the document (both retarget to the same
  // host): listen on every shadow root that holds a field.
  const focusRoots = new Set<ShadowRoot>();
  // Fields in a same-origin frame's document (the panel is in the top document): their events stay in that document.
  const fieldDocs = new Set<Document>();
  const listenForFocusIn = (el: Node) => {
    const owner = el.ownerDocument;
    if (owner && owner !== doc && !fieldDocs.has(owner)) {
      fieldDocs.add(owner);
      owner.addEventListener('keydown', onKeyDown, true);
      owner.addEventListener('input', onInput, true);
      owner.addEventListener('focusin', onFocusIn, true);
    }
    for (let root = el.getRootNode(); root.nodeType === 11; root = (root as ShadowRoot).host.getRootNode()) {
      const sr = root as ShadowRoot;
      if (focusRoots.has(sr)) continue;
      focusRoots.add(sr);
      sr.addEventListener('focusin', onFocusIn, true);
    }
  };

  return {
    setDetection(d) {
      if (disposed) return;
      const seen = new Set<string>();
      const infos: FieldInfo[] = [];
      /** Fields with a new adapter: not analysed yet. */
      const fresh: string[] = [];
      for (const f of d.fields) {
        if (seen.has(f.fieldId)) continue;
        seen.add(f.fieldId);
        const info: FieldInfo = { fieldId: f.fieldId, role: f.role, label: f.label };
        const old = entries.get(f.fieldId);
        if (old && old.element === f.element && old.adapter.isConnected) {
          old.info = info;
          infos.push(info);
          continue;
        }
        let adapter: FieldAdapter;
        try {
          adapter = deps.createAdapter(f.element);
        } catch {
          continue;
        }
        if (old) teardown(old); // the framework replaced the element: same field, new adapter
        listenForFocusIn(f.element);
        const id = f.fieldId;
        const stopObserving = adapter.observe(() => {
          scheduler.markDirty(id);
          noteChange(id);
        });
        const analyse = old?.analyse ?? deps.createAnalyser?.() ?? deps.analyse;
        entries.set(id, { info, element: f.element, adapter, stopObserving, analysedText: null, analyse });
        infos.push(info);
        fresh.push(id);
      }
      for (const [id, e] of entries) {
        if (!seen.has(id)) {
          teardown(e);
          entries.delete(id);
        }
      }
      batch(() => {
        state.form.value = { profileId: d.profileId, kind: d.kind, subKind: d.subKind };
        state.fields.value = infos;
        const results = state.results.peek();
        if ([...results.keys()].some((id) => !seen.has(id))) {
          state.results.value = new Map([...results].filter(([id]) => seen.has(id)));
          state.listResults.value = new Map([...state.listResults.peek()].filter(([id]) => seen.has(id)));
        }
        const focused = state.focusedFieldId.peek();
        if (focused !== null && !seen.has(focused)) state.focusedFieldId.value = null;
      });
      // Focus may already be in a field (the user was typing when the form appeared).
      const active = activeAcrossFrames(doc);
      const e = active ? entryOf(active) : undefined;
      if (e) state.focusedFieldId.value = e.info.fieldId;
      // The field the panel shows first is analysed at once; the others when the page is idle, so the panel's first
      // render never waits for every field's analysis.
      const first = state.activeField.peek()?.fieldId;
      const later = fresh.filter((id) => id !== first);
      if (first !== undefined && fresh.includes(first)) scheduler.markDirty(first);
      if (later.length) {
        whenIdle(() => {
          if (disposed) return;
          for (const id of later) if (entries.get(id)?.analysedText === null) scheduler.markDirty(id);
          scheduler.flush();
        });
      }
    },

    setDisabledCategories(categories) {
      const same =
        categories.length === state.disabledCategories.peek().length && categories.every((c) => state.disabledCategories.peek().includes(c));
      if (same) return;
      state.disabledCategories.value = [...categories];
      for (const e of entries.values()) {
        e.analysedText = null;
        scheduler.markDirty(e.info.fieldId);
      }
    },

    select(fieldId, start, end, expected) {
      const e = entries.get(fieldId);
      if (!e || !e.adapter.isConnected) {
        state.status.value = { tone: 'error', text: t('panel.disconnected'), fieldId };
        return false;
      }
      if (e.adapter.getText().slice(start, end) !== expected) {
        scheduler.markDirty(fieldId);
        state.status.value = { tone: 'error', text: t('panel.outOfRange'), fieldId };
        return false;
      }
      return e.adapter.select(start, end);
    },

    async apply(fieldId, req) {
      const e = entries.get(fieldId);
      session = null;
      appliedText = null;
      applying = true;
      let res: InsertResult;
      try {
        res = e ? await e.adapter.replace(req) : { ok: false, reason: 'disconnected' };
      } finally {
        applying = false;
      }
      const placeholders = res.ok && e ? placeholdersIn(req.replacement) : [];
      state.status.value = res.ok
        ? { tone: 'ok', text: t(placeholders.length > 0 ? 'panel.appliedPlaceholders' : 'panel.applied'), fieldId }
        : { tone: 'error', text: t(REASON_KEYS[res.reason]), fieldId };
      if (e && res.ok) {
        const text = e.adapter.getText();
        // Select the first placeholder of the insert (where the field took the text as given).
        if (placeholders.length > 0 && text.slice(req.start, req.start + req.replacement.length) === req.replacement) {
          session = { fieldId, start: req.start, end: req.start + req.replacement.length, length: text.length };
          const first = placeholders[0];
          selectPlaceholder(e.adapter, { start: req.start + first.start, end: req.start + first.end });
        }
        appliedText = { fieldId, text };
      }
      if (e) scheduler.markDirty(fieldId);
      return res;
    },

    focusField(fieldId) {
      const e = entries.get(fieldId);
      if (!e || !e.adapter.isConnected) return false;
      state.focusedFieldId.value = fieldId;
      e.adapter.element.focus({ preventScroll: true });
      e.adapter.element.scrollIntoView({ block: 'nearest' });
      return true;
    },

    isFieldNode(node) {
      return entryOf(node) !== undefined;
    },

    flush: () => scheduler.flush(),

    dispose() {
      disposed = true;
      stopHighlightEffect();
      stopDismissEffect();
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('focusin', onFocusIn, true);
      for (const sr of focusRoots) sr.removeEventListener('focusin', onFocusIn, true);
      focusRoots.clear();
      for (const d of fieldDocs) {
        d.removeEventListener('keydown', onKeyDown, true);
        d.removeEventListener('input', onInput, true);
        d.removeEventListener('focusin', onFocusIn, true);
      }
      fieldDocs.clear();
      scheduler.dispose();
      for (const e of entries.values()) teardown(e);
      entries.clear();
      highlight?.h.destroy();
      highlight = null;
    },
  };
}

/** The focused element, also inside open shadow roots and same-origin frames (whose element is the focused one above). */
function activeAcrossFrames(doc: Document): Element | null {
  let a = deepActiveElement(doc);
  for (let depth = 0; a && (a.tagName === 'IFRAME' || a.tagName === 'FRAME') && depth < 8; depth++) {
    let inner: Document | null = null;
    try {
      inner = (a as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner) break;
    a = deepActiveElement(inner);
  }
  return a;
}
