/**
 * Demo: a Min Plan screen as a React 19 app with a "Skånehensyn" field. "Gengiv skærmen" (or `__skaane.rerender()`)
 * remounts the whole form (a new key): every field is a new element, the values come from React's state, as when a
 * fagsystem reloads the case. Tests read the state through `window.__skaane`.
 */
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

interface Values {
  maal: string;
  skaane: string;
}
declare global {
  interface Window {
    __skaane: { values(): Values; generation(): number; rerender(): void };
  }
}

let current: Values = { maal: 'Lagermedarbejder i Køge, 15 timer om ugen.', skaane: '' };
let generation = 0;
let rerender: () => void = () => undefined;

function Field(props: { id: string; label: string; rows: number; value: string; onChange(v: string): void }) {
  return createElement(
    'section',
    { className: 'card' },
    createElement('label', { htmlFor: props.id }, props.label),
    createElement('textarea', { id: props.id, rows: props.rows, value: props.value, onChange: (e: { target: HTMLTextAreaElement }) => props.onChange(e.target.value) }),
  );
}

function Plan() {
  const [values, setValues] = useState(current);
  const [gen, setGen] = useState(0);
  current = values;
  generation = gen;
  rerender = () => setGen((g) => g + 1);
  const set = (key: keyof Values) => (v: string) => setValues((old) => ({ ...old, [key]: v }));
  return createElement(
    'form',
    { key: gen, id: 'skaane-form', action: '#', 'data-generation': String(gen), onSubmit: (e: Event) => e.preventDefault() },
    createElement(Field, { id: 'sk-maal', label: 'Mit jobmål', rows: 2, value: values.maal, onChange: set('maal') }),
    createElement(Field, { id: 'sk-skaane', label: 'Skånehensyn', rows: 3, value: values.skaane, onChange: set('skaane') }),
    createElement(
      'div',
      { className: 'actions' },
      createElement('button', { type: 'button', 'data-action': 'rerender', onClick: () => rerender() }, 'Gengiv skærmen'),
      createElement('button', { type: 'submit' }, 'Gem'),
    ),
  );
}

flushSync(() => createRoot(document.getElementById('skaane-root')!).render(createElement(Plan)));
window.__skaane = { values: () => current, generation: () => generation, rerender: () => flushSync(() => rerender()) };
requestAnimationFrame(() => (document.documentElement.dataset.skaaneReady = 'true'));
