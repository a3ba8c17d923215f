/**
 * The panel's state as signals. Keyed by fieldId (from detection), never by element: a framework that
 * replaces a field's element keeps its results, its focus and its place in the panel.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { FieldAnalysis } from '@/components/panel/contracts';
import type { Category, FieldRole, FormKind } from '@/lib/analysis/types';
import type { Dismissal } from '@/lib/storage/dismissals';
import type { FormFinding } from '@/lib/analysis/form';

export interface FormInfo {
  profileId: string;
  kind: FormKind;
  subKind: 'indstilling' | null;
}

export interface FieldInfo {
  fieldId: string;
  role: FieldRole;
  label: string;
}

/** A form-level finding with the ids of the fields it concerns. */
export interface PanelFormFinding extends FormFinding {
  fieldIds: string[];
}

export type StatusTone = 'ok' | 'error';
export interface PanelStatus {
  tone: StatusTone;
  text: string;
  fieldId: string | null;
}

export interface PanelState {
  form: Signal<FormInfo | null>;
  fields: Signal<FieldInfo[]>;
  results: Signal<ReadonlyMap<string, FieldAnalysis>>;
  focusedFieldId: Signal<string | null>;
  /** The field the score is shown for: the focused one, else the first detected field. */
  activeField: ReadonlySignal<FieldInfo | null>;
  activeAnalysis: ReadonlySignal<FieldAnalysis | null>;
  /**
   * What the lists (findings, agreements, notes/review sections, highlights) show: `results`, caught up once per
   * idle period. The score follows `results` at once; the heavy lists never hold up the next keystroke.
   */
  listResults: Signal<ReadonlyMap<string, FieldAnalysis>>;
  /** Analyses in field order, from `listResults` (what NotesSection / ReviewSection receive). */
  analyses: ReadonlySignal<FieldAnalysis[]>;
  /** Findings about the form as a whole (lib/analysis/form.ts), caught up with `listResults`; shown once. */
  formFindings: Signal<PanelFormFinding[]>;
  collapsed: Signal<boolean>;
  status: Signal<PanelStatus | null>;
  disabledCategories: Signal<readonly Category[]>;
  /** This site's dismissed findings and muted rules (from the background; changed optimistically by the panel). */
  dismissals: Signal<readonly Dismissal[]>;
  dismissedKeys: ReadonlySignal<ReadonlySet<string>>;
  mutedRules: ReadonlySignal<ReadonlySet<string>>;
  /** Bumped after every analysis run (performance.now()); benchmarks and tests read it. */
  lastUpdate: Signal<number>;
}

export function createPanelState(): PanelState {
  const form = signal<FormInfo | null>(null);
  const fields = signal<FieldInfo[]>([]);
  const results = signal<ReadonlyMap<string, FieldAnalysis>>(new Map());
  const focusedFieldId = signal<string | null>(null);
  const activeField = computed(() => {
    const list = fields.value;
    const id = focusedFieldId.value;
    return (id !== null ? list.find((f) => f.fieldId === id) : undefined) ?? list[0] ?? null;
  });
  const activeAnalysis = computed(() => {
    const f = activeField.value;
    return f ? (results.value.get(f.fieldId) ?? null) : null;
  });
  const listResults = signal<ReadonlyMap<string, FieldAnalysis>>(new Map());
  const analyses = computed(() => {
    const map = listResults.value;
    return fields.value.map((f) => map.get(f.fieldId)).filter((a): a is FieldAnalysis => a !== undefined);
  });
  const dismissals = signal<readonly Dismissal[]>([]);
  const dismissedKeys = computed(() => new Set(dismissals.value.flatMap((d) => (d.kind === 'finding' && d.hash ? [d.hash] : []))));
  const mutedRules = computed(() => new Set(dismissals.value.flatMap((d) => (d.kind === 'rule' ? [d.ruleId] : []))));
  return {
    form,
    fields,
    results,
    focusedFieldId,
    activeField,
    activeAnalysis,
    listResults,
    analyses,
    formFindings: signal<PanelFormFinding[]>([]),
    collapsed: signal(false),
    status: signal<PanelStatus | null>(null),
    disabledCategories: signal<readonly Category[]>([]),
    dismissals,
    dismissedKeys,
    mutedRules,
    lastUpdate: signal(0),
  };
}
