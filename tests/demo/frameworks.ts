/**
 * Demo: fields built with real frameworks and editors, bundled locally (no JSX: React via createElement, Vue via a
 * render function with the `v-model` directive the template compiler emits, so no runtime compilation). Each keeps
 * its own model; tests read it via `window.__frameworks` and make each one re-render from it.
 */
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { createApp, h, ref, vModelText, withDirectives } from 'vue';
import { Editor as TiptapEditor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor as createLexical } from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { createEditor as createSlate, Editor as SlateEditor, Node as SlateNode, Transforms, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';

const AFTALE = 'Du skal søge job.';
const MAAL = 'At komme i arbejde igen.';

interface Frameworks {
  react: { value(): string; set(v: string): void };
  vue: { value(): string; set(v: string): void };
  tiptap: TiptapEditor;
  lexical: { text(): string; set(v: string): void };
  slate: { text(): string; set(v: string): void };
}
declare global {
  interface Window {
    __frameworks: Frameworks;
  }
}
const api: Partial<Frameworks> = {};

// React 19 controlled textarea.
let reactValue = AFTALE;
let setReact: (v: string) => void = () => undefined;
function ReactField() {
  const [value, setValue] = useState(AFTALE);
  reactValue = value;
  setReact = setValue;
  return createElement('textarea', { id: 'fw-react', rows: 4, value, onChange: (e: { target: HTMLTextAreaElement }) => setValue(e.target.value) });
}
flushSync(() => createRoot(document.getElementById('fw-react-root')!).render(createElement(ReactField)));
api.react = { value: () => reactValue, set: (v) => flushSync(() => setReact(v)) };

// Vue 3 v-model textarea.
const vueValue = ref(MAAL);
createApp({
  render: () => withDirectives(h('textarea', { id: 'fw-vue', rows: 3, 'onUpdate:modelValue': (v: string) => (vueValue.value = v) }), [[vModelText, vueValue.value]]),
}).mount('#fw-vue-root');
api.vue = { value: () => vueValue.value, set: (v) => (vueValue.value = v) };

// Tiptap (ProseMirror).
api.tiptap = new TiptapEditor({ element: document.getElementById('fw-tiptap')!, extensions: [StarterKit], content: `<p>${AFTALE}</p>` });

// Lexical, plain text with history.
const lexical = createLexical({ namespace: 'jobrettet-demo', onError: (e) => console.error(e) });
lexical.setRootElement(document.getElementById('fw-lexical'));
registerPlainText(lexical);
registerHistory(lexical, createEmptyHistoryState(), 300);
const setLexical = (v: string) =>
  lexical.update(() => {
    const root = $getRoot();
    root.clear();
    root.append($createParagraphNode().append($createTextNode(v)));
  });
setLexical(MAAL);
api.lexical = { text: () => lexical.getEditorState().read(() => $getRoot().getTextContent()), set: setLexical };

// Slate with React 19.
const slate = withHistory(withReact(createSlate()));
const slateInitial: Descendant[] = [{ type: 'paragraph', children: [{ text: AFTALE }] } as Descendant];
flushSync(() =>
  createRoot(document.getElementById('fw-slate-root')!).render(
    createElement(Slate, { editor: slate, initialValue: slateInitial, children: createElement(Editable, { id: 'fw-slate' }) }),
  ),
);
api.slate = {
  text: () => slate.children.map((n) => SlateNode.string(n)).join('\n'),
  set: (v) => {
    Transforms.select(slate, SlateEditor.range(slate, []));
    Transforms.insertText(slate, v);
    Transforms.deselect(slate);
  },
};

window.__frameworks = api as Frameworks;
requestAnimationFrame(() => (document.documentElement.dataset.frameworksReady = 'true'));
