import type { ReadonlySignal } from '@preact/signals';
import type { AnalysisResult, FieldRole, FormKind } from '@/lib/analysis/types';

/** One detected field and the analysis of its current text, as the panel holds it. */
export interface FieldAnalysis {
  /** Stable id for the field within the page (survives re-renders that replace the element). */
  fieldId: string;
  role: FieldRole | null;
  /** The field's visible label, for grouping findings. */
  label: string;
  textLength: number;
  result: AnalysisResult;
}

/** What the panel gives its notes and review sections. */
export interface PanelSectionProps {
  formKind: FormKind;
  subKind: 'indstilling' | null;
  /** Page URL; the storage layer derives a CPR- and name-free form key from it. */
  pageUrl: string;
  fields: ReadonlySignal<FieldAnalysis[]>;
}
