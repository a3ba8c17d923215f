/** createFieldAdapter: one interface over textarea, text input and contenteditable roots. */
import { createContentEditableAdapter } from './contenteditable';
import { editingHost, isTextControl } from './detect-editor';
import { createTextControlAdapter } from './text-control';
import type { FieldAdapter } from './types';

/**
 * An adapter for a field element: a <textarea>, a text <input>, or any element inside a contenteditable
 * region (the adapter then works on the outermost editing host, e.g. CKEditor's `.ck-editor__editable`
 * or Quill's `.ql-editor`). Throws for other elements.
 */
export function createFieldAdapter(el: HTMLElement): FieldAdapter {
  if (isTextControl(el)) return createTextControlAdapter(el);
  const host = editingHost(el);
  if (host) return createContentEditableAdapter(host);
  throw new TypeError(`Not an editable field: <${el.tagName.toLowerCase()}>`);
}
