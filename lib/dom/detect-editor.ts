/** Which field kind and rich-text editor an element belongs to. */
import type { EditorKind, FieldKind } from './types';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'email', 'tel', '']);

export function isTextControl(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  if (el.tagName === 'TEXTAREA') return true;
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(((el as HTMLInputElement).getAttribute('type') ?? '').toLowerCase());
}

/** The outermost editable element containing el (the editing host), or null. */
export function editingHost(el: HTMLElement): HTMLElement | null {
  if (!isEditable(el)) return null;
  let host: HTMLElement = el;
  for (let p = el.parentElement; p && isEditable(p); p = p.parentElement) host = p;
  return host;
}

function isEditable(el: HTMLElement): boolean {
  // happy-dom and detached nodes may not compute isContentEditable; fall back to the attribute chain.
  if (el.isContentEditable) return true;
  const attr = el.getAttribute('contenteditable');
  if (attr === null) return false;
  return attr === '' || attr.toLowerCase() === 'true' || attr.toLowerCase() === 'plaintext-only';
}

export function fieldKindOf(el: HTMLElement): FieldKind | null {
  if (el.tagName === 'TEXTAREA') return 'textarea';
  if (isTextControl(el)) return 'input';
  return editingHost(el) ? 'contenteditable' : null;
}

export function editorKindOf(root: HTMLElement): EditorKind {
  if (isTextControl(root)) return 'none';
  if (root.closest('.ck-editor__editable, .ck-content[contenteditable]')) return 'ckeditor5';
  if (root.closest('.ql-editor')) return 'quill';
  if (root.closest('.ProseMirror')) return 'prosemirror';
  if (root.closest('[data-lexical-editor]')) return 'lexical';
  if (root.closest('[data-slate-editor]')) return 'slate';
  if (root.closest('.mce-content-body')) return 'tinymce';
  return 'plain';
}

/**
 * Editors that apply text only through their own model and honour a synthetic `beforeinput`
 * (execCommand('insertText') changes their DOM behind the model's back; CKEditor 5 redraws the old text).
 */
export function prefersBeforeInput(editor: EditorKind): boolean {
  return editor === 'ckeditor5' || editor === 'lexical' || editor === 'slate';
}
