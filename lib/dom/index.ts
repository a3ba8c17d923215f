/**
 * lib/dom: field adapters, text↔DOM range mapping, in-field highlights and inserting rewrites.
 * See types.ts for the contracts.
 */
export { createFieldAdapter } from './adapter';
export { createHighlighter, supportsCssHighlights, OVERLAY_TAG, STYLE_ID, type HighlightStrategy } from './highlighter';
export { diffEdit, remapSpans } from './text-edit';
export { editorKindOf, fieldKindOf, editingHost, isTextControl } from './detect-editor';
export { buildTextMap } from './text-map';
export { highlightName, ACTIVE_HIGHLIGHT } from './highlight-style';
export type * from './types';
