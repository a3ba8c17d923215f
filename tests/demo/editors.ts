/**
 * Demo: two real rich-text editors, bundled locally. Quill 2 keeps its own Delta model and syncs from DOM edits
 * (execCommand reaches it); CKEditor 5 keeps its own model and ignores foreign DOM edits, so inserts must go through
 * `beforeinput`. Tests read the editors' own state via `window.__editors` (`ck.getData()`, `quill.getText()`) and undo.
 */
import { Bold, ClassicEditor, Essentials, Italic, List, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import Quill from 'quill';
import 'quill/dist/quill.snow.css';

declare global {
  interface Window {
    __editors: { ck: ClassicEditor; quill: Quill };
    __editorsReady: Promise<void>;
  }
}

async function start(): Promise<void> {
  const quill = new Quill('#maal-editor', {
    theme: 'snow',
    modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] },
  });
  const ck = await ClassicEditor.create(document.querySelector<HTMLElement>('#aftaler-editor')!, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, List],
    toolbar: ['undo', 'redo', '|', 'bold', 'italic', '|', 'bulletedList', 'numberedList'],
    language: 'da',
  });
  window.__editors = { ck, quill };
  document.documentElement.dataset.editorsReady = 'true';
}

window.__editorsReady = start();
