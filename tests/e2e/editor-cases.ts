/**
 * The editor matrix's cases: one table for editors-matrix.spec.ts (Chromium, Playwright) and editors-firefox.spec.ts
 * (firefox-esr, puppeteer-core), so a new editor runs in both browsers (and on the plain-http host). `model` and
 * `rerender` run in the page, serialised by the driver: they may use nothing from outside their own body.
 */

type W = Window & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface EditorCase {
  name: string;
  page: string;
  /** A `data-*-ready` flag on <html> the page sets once its editors exist. */
  ready?: string;
  role: string;
  /** Selectors of the field from the document down, one more for each open shadow root to enter. */
  field: readonly string[];
  /** Selector of the iframe whose document holds the field (TinyMCE), else the page. */
  frame?: string;
  /** A one-line field (Ctrl+End does not reach its end in every browser). */
  singleLine?: true;
  /** The editor's own model as text ("model"; the field's DOM as the user sees it is the "view"). */
  model: () => string;
  /** The model's text is read as blocks: see `modelText`. */
  blocks?: true;
  /** Makes the editor re-render its content from its model (or the page set the value without an event). */
  rerender: (text: string) => unknown;
}

/** A text as the extension reads blocks: no-break spaces as spaces, one "\n" between blocks, none at the end. */
export const norm = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n').replace(/\n$/, '');

/** The text of a case's model as its spec compares it. */
export const modelText = (c: EditorCase, raw: string) => (c.blocks ? norm(raw) : raw);

export const EDITOR_CASES: readonly EditorCase[] = [
  {
    name: 'textarea',
    page: 'minplan.html',
    role: 'agreement',
    field: ['#mp-aftaler'],
    model: () => document.querySelector<HTMLTextAreaElement>('#mp-aftaler')!.value,
    rerender: (t) => (document.querySelector<HTMLTextAreaElement>('#mp-aftaler')!.value = t),
  },
  {
    name: 'input',
    page: 'basic.html',
    role: 'job-goal',
    field: ['#basic-maal'],
    singleLine: true,
    model: () => document.querySelector<HTMLInputElement>('#basic-maal')!.value,
    rerender: (t) => (document.querySelector<HTMLInputElement>('#basic-maal')!.value = t),
  },
  {
    name: 'plain contenteditable',
    page: 'basic.html',
    role: 'agreement',
    field: ['#basic-aftaler'],
    model: () => {
      const el = document.querySelector('#basic-aftaler')!;
      return el.children.length ? [...el.children].map((c) => (c.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n') : (el.textContent ?? '');
    },
    rerender: (t) => document.querySelector('#basic-aftaler')!.replaceChildren(Object.assign(document.createElement('p'), { textContent: t })),
  },
  {
    name: 'CKEditor 5',
    page: 'editors.html',
    ready: 'editorsReady',
    role: 'agreement',
    field: ['.ck-editor__editable'],
    model: () => {
      const d = new DOMParser().parseFromString((window as W).__editors.ck.getData(), 'text/html');
      return [...d.body.children].map((c) => c.textContent).join('\n');
    },
    rerender: (t) => (window as W).__editors.ck.setData(`<p>${t}</p>`),
  },
  {
    name: 'Quill 2',
    page: 'editors.html',
    ready: 'editorsReady',
    role: 'job-goal',
    field: ['#maal-editor .ql-editor'],
    model: () => (window as W).__editors.quill.getText() as string,
    blocks: true,
    rerender: (t) => (window as W).__editors.quill.setText(t),
  },
  {
    name: 'TinyMCE 7 (iframe)',
    page: 'tinymce.html',
    ready: 'editorsReady',
    role: 'agreement',
    frame: 'iframe.tox-edit-area__iframe',
    field: ['body'],
    model: () => (window as W).__tinymce.getContent({ format: 'text' }) as string,
    blocks: true,
    rerender: (t) => (window as W).__tinymce.setContent(`<p>${t}</p>`),
  },
  {
    name: 'web component (Shoelace sl-textarea in a Lit shadow root)',
    page: 'components.html',
    ready: 'componentsReady',
    role: 'accommodations',
    field: ['fag-rehab-form', 'sl-textarea[name="skaanehensyn"]', 'textarea'],
    model: () => (window as W).__components.values().skaane as string,
    rerender: async (t) => {
      (document.querySelector('fag-rehab-form') as unknown as { values: Record<string, string> }).values.skaane = t;
      await (window as W).__components.rerender();
    },
  },
  {
    name: 'React 19 controlled textarea',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: ['#fw-react'],
    model: () => (window as W).__frameworks.react.value() as string,
    rerender: (t) => (window as W).__frameworks.react.set(t),
  },
  {
    name: 'Vue 3 v-model textarea',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'job-goal',
    field: ['#fw-vue'],
    model: () => (window as W).__frameworks.vue.value() as string,
    rerender: (t) => (window as W).__frameworks.vue.set(t),
  },
  {
    name: 'Angular 22 reactive-forms textarea ([formControl])',
    page: 'angular.html',
    ready: 'angularReady',
    role: 'agreement',
    field: ['#ng-aftaler'],
    model: () => (window as W).__angular.value() as string,
    rerender: (t) => (window as W).__angular.set(t),
  },
  {
    name: 'Tiptap (ProseMirror)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: ['#fw-tiptap .ProseMirror'],
    model: () => (window as W).__frameworks.tiptap.getText() as string,
    blocks: true,
    rerender: (t) => (window as W).__frameworks.tiptap.commands.setContent(`<p>${t}</p>`),
  },
  {
    name: 'Lexical (plain text)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'job-goal',
    field: ['#fw-lexical'],
    model: () => (window as W).__frameworks.lexical.text() as string,
    blocks: true,
    rerender: (t) => (window as W).__frameworks.lexical.set(t),
  },
  {
    name: 'Slate (React 19)',
    page: 'frameworks.html',
    ready: 'frameworksReady',
    role: 'agreement',
    field: ['#fw-slate'],
    model: () => (window as W).__frameworks.slate.text() as string,
    rerender: (t) => (window as W).__frameworks.slate.set(t),
  },
];

/** The matrix's typed CPR numbers: each is a finding whose suggestion masks it. */
export const CPR1 = { typed: ' Cpr 010190-1234.', masked: '010190-XXXX', raw: '010190-1234' };
export const CPR2 = { typed: ' Cpr 020290-5678.', masked: '020290-XXXX', raw: '020290-5678' };
/** The text a re-render sets, with the CPR number its new analysis must offer to mask. */
export const RERENDERED = { text: 'Du skal ringe til Netto. Cpr 030390-1111.', raw: '030390-1111', masked: '030390-XXXX' };
