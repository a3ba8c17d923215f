/**
 * Contracts of lib/dom: the field adapters, inserting a rewrite, and in-field highlights.
 * Offsets are UTF-16 indices into `FieldAdapter.getText()`, end exclusive (same as lib/analysis).
 */
import type { Category, Severity } from '@/lib/analysis/types';

export type FieldKind = 'textarea' | 'input' | 'contenteditable';

/** Which rich-text editor (if any) owns a contenteditable root; decides the insert path. */
export type EditorKind = 'plain' | 'ckeditor5' | 'quill' | 'tinymce' | 'prosemirror' | 'lexical' | 'slate' | 'none';

export interface InsertRequest {
  start: number;
  end: number;
  /** The text the analysis saw at [start, end); the insert is refused when the field no longer has it. */
  expected: string;
  replacement: string;
}

/** How the change was applied (for diagnostics and tests). */
export type InsertPath = 'execCommand' | 'beforeinput' | 'setRangeText';

export type InsertResult =
  | { ok: true; path: InsertPath; /** true when the browser's/editor's undo covers the change */ undoable: boolean }
  | {
      ok: false;
      /**
       * stale: the field's text at [start, end) is not `expected` (nothing changed);
       * not-applied: the editor did not take the change (the field was restored or never changed);
       * out-of-range: offsets outside the text; disconnected: the element left the document;
       * read-only: disabled/readonly field.
       */
      reason: 'stale' | 'not-applied' | 'out-of-range' | 'disconnected' | 'read-only';
    };

export interface FieldAdapter {
  readonly element: HTMLElement;
  readonly kind: FieldKind;
  readonly editor: EditorKind;
  /** The text as the user sees it; for contenteditable blocks and <br> become "\n". */
  getText(): string;
  /** Text offsets → a DOM Range over the field's text (contenteditable only; null for textarea/input or bad offsets). */
  domRange(start: number, end: number): Range | null;
  /** A DOM Range (or StaticRange) inside the field → text offsets, or null when it is outside. */
  offsetsOf(range: AbstractRange): { start: number; end: number } | null;
  /** Selects [start, end) in the field (focusing it) and scrolls it into view. */
  select(start: number, end: number): boolean;
  /** Replaces exactly [start, end) through the browser's editing path; see InsertResult. */
  replace(req: InsertRequest): Promise<InsertResult>;
  /** Calls onChange (coalesced to one call per animation frame) whenever the text may have changed. Returns unsubscribe. */
  observe(onChange: () => void): () => void;
  readonly isConnected: boolean;
  /**
   * Releases the adapter's internal observers; call it when the field goes away or is replaced.
   * (Optional in the type so test doubles need not implement it; lib/dom's adapters always have it.)
   */
  dispose?(): void;
}

/** A span to highlight in a field. */
export interface HighlightSpan {
  start: number;
  end: number;
  category: Category;
  severity: Severity;
  /** The finding the user picked in the panel; drawn stronger. */
  active?: boolean;
}

/** One text edit: `deletedLength` characters at `start` were replaced by `insertedLength` characters. */
export interface TextEdit {
  start: number;
  deletedLength: number;
  insertedLength: number;
}

export interface Highlighter {
  /**
   * Replaces the drawn spans. Offsets refer to `analysedText` when given (the text the analysis ran on;
   * spans are then carried through the edits made since, and dropped where those edits touched them),
   * else to the adapter's current text.
   */
  set(spans: readonly HighlightSpan[], analysedText?: string): void;
  clear(): void;
  /** Removes every listener, observer and overlay node. */
  destroy(): void;
}
