// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES, detectForm, pageTexts } from '@/lib/detect';
import { watchFieldsAppear } from '@/lib/detect/appear';
import { fieldMayMatch, isEditableTarget, MAX_SHADOW_PROBE, pageMayMatch } from '@/lib/detect/gate';
import { DEMO_PAGES, readDemoPage } from '../../demo/includes.mjs';
import { BUSY_HTML, bigStaticHtml } from '../../../scripts/lib/no-form-pages.mjs';
import { compilePhrase, labelKeys, phraseIn } from '@/lib/detect/fold';
import { loadHtml } from './load';

const DIR = path.resolve(__dirname, '../../fixtures/detect');
const URL = 'https://fagsystem.example.dk/sag/123';
const pages = [
  ...fs.readdirSync(DIR).filter((f) => f.endsWith('.html')).map((f) => ({ name: f, html: fs.readFileSync(path.join(DIR, f), 'utf8') })),
  ...DEMO_PAGES.map((p: string) => ({ name: `demo/${p}`, html: readDemoPage(p) })),
];

describe('cheap gate before a full detection', () => {
  it.each(pages)('$name: every page the full detection recognises passes the gate', ({ html }) => {
    const doc = loadHtml(html, URL);
    if (detectForm(doc, URL) !== null) expect(pageMayMatch(doc, BUILTIN_PROFILES)).toBe(true);
  });

  it('a news page with a search box and a comment form does not pass (no full detection there)', () => {
    const doc = loadHtml(readDemoPage('none.html'), URL);
    expect(pageMayMatch(doc, BUILTIN_PROFILES)).toBe(false);
  });

  // The loader starts importing the panel bundle when the gate passes: pages without a form must not pay for it.
  it("the benchmark's no-form pages (a busy list app with a search box, a 50,000-element archive) do not pass", () => {
    // The busy app as its script renders it (scripts do not run here): sections of headings and list rows.
    const rows = Array.from({ length: 20 }, (_, s) => `<section><h2>Afdeling ${s} · opdatering 0</h2><ul><li class="row"><b>Vare ${s * 100}</b><span> 13 stk. på lager</span></li></ul></section>`);
    const busy = loadHtml(BUSY_HTML.replace('<main id="app"></main>', `<main id="app">${rows.join('')}</main>`), URL);
    expect(busy.querySelectorAll('h2')).toHaveLength(20);
    expect(pageMayMatch(busy, BUILTIN_PROFILES)).toBe(false);
    expect(pageMayMatch(loadHtml(bigStaticHtml(), URL), BUILTIN_PROFILES)).toBe(false);
  });

  it('a page without any field does not pass, however many headings name a role', () => {
    const doc = loadHtml('<h1>Jobmål</h1><h2>Skånehensyn</h2><p>Aftaler</p>', URL);
    expect(pageMayMatch(doc, BUILTIN_PROFILES)).toBe(false);
  });

  it("a field's own label, name, placeholder or the text before it names a role; a search box does not", () => {
    const doc = loadHtml(
      `<label for="a">Borgerens jobmål</label><textarea id="a"></textarea>
       <textarea name="txtSkaanehensyn" id="b"></textarea>
       <input id="c" placeholder="Aftaler">
       <div><span>Ressourcer</span><div><textarea id="d"></textarea></div></div>
       <input id="e" type="search" aria-label="Søg på siden">`,
      URL,
    );
    for (const id of ['a', 'b', 'c', 'd']) expect(fieldMayMatch(doc.getElementById(id)!, BUILTIN_PROFILES), id).toBe(true);
    expect(fieldMayMatch(doc.getElementById('e')!, BUILTIN_PROFILES)).toBe(false);
  });

  it('probes the first MAX_SHADOW_PROBE elements for web components; a field further down still passes by its own label', () => {
    const page = (before: number) => {
      const doc = loadHtml(`<main>${'<p></p>'.repeat(before)}<case-form></case-form></main>`, URL);
      const root = doc.querySelector('case-form')!.attachShadow({ mode: 'open' });
      root.innerHTML = '<label for="a">Borgerens jobmål</label><textarea id="a"></textarea>';
      return { doc, field: root.getElementById('a')! };
    };
    // html, head, body and main come first in tree order.
    expect(pageMayMatch(page(MAX_SHADOW_PROBE - 5).doc, BUILTIN_PROFILES)).toBe(true);
    const far = page(MAX_SHADOW_PROBE);
    expect(pageMayMatch(far.doc, BUILTIN_PROFILES)).toBe(false);
    expect(fieldMayMatch(far.field, BUILTIN_PROFILES)).toBe(true);
  });

  it('custom profiles bring their own vocabulary', () => {
    const doc = loadHtml('<label for="x">Kaffeønsker</label><textarea id="x"></textarea>', URL);
    const custom = [{ id: 'kaffe', name: 'Kaffe', kind: 'minplan' as const, urlHints: [], signatures: [], fields: { agreement: ['kaffeønsker'] } }];
    expect(pageMayMatch(doc, BUILTIN_PROFILES)).toBe(false);
    expect(pageMayMatch(doc, [...custom, ...BUILTIN_PROFILES])).toBe(true);
  });

  it('focus targets: text fields and editables, not checkboxes or buttons', () => {
    const doc = loadHtml('<textarea id="t"></textarea><input id="i"><input id="k" type="checkbox"><button id="b">x</button><div id="c" contenteditable="true"></div>', URL);
    expect(['t', 'i', 'k', 'b'].map((id) => isEditableTarget(doc.getElementById(id)))).toEqual([true, true, false, false]);
  });

  it('page texts are read from the first 200 headings only', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<h3>Afsnit ${i}</h3>`).join('');
    const texts = pageTexts(loadHtml(`<title>T</title>${many}`, URL));
    expect(texts.length).toBeLessThanOrEqual(201);
    expect(texts).toContain('Afsnit 0');
    expect(texts).not.toContain('Afsnit 4999');
  });
});

describe('fields appearing after load', () => {
  it('reports fields added later, once each; ignores other nodes; reports a field shown again', async () => {
    const doc = loadHtml('<main><textarea id="old"></textarea></main>', URL);
    const seen: string[][] = [];
    const stop = watchFieldsAppear(doc, (f) => seen.push(f.map((e) => e.id)), { interval: 5 });
    const wait = () => new Promise((r) => setTimeout(r, 40));
    const main = doc.querySelector('main')!;
    const div = doc.createElement('div');
    div.innerHTML = '<p>tekst</p>';
    main.append(div);
    await wait();
    expect(seen).toEqual([]);
    const section = doc.createElement('section');
    section.innerHTML = '<label for="n">Aftaler</label><textarea id="n"></textarea>';
    main.append(section);
    await wait();
    expect(seen).toEqual([['n']]);
    section.setAttribute('hidden', '');
    await wait();
    section.removeAttribute('hidden');
    await wait();
    expect(seen.at(-1)).toEqual(['n']);
    stop();
  });

  it('a page re-rendering a big DOM without fields gets ever fewer looks; a new field or a new address starts again', async () => {
    const doc = loadHtml('<main id="app"></main><div id="form"></div>', URL);
    const win = doc.defaultView!;
    const app = doc.getElementById('app')!;
    const list = doc.createElement('ul');
    list.innerHTML = Array.from({ length: 1_200 }, (_, i) => `<li>Vare ${i}</li>`).join('');
    // Each look walks the subtrees added since the last: the times of its walks.
    const looks: number[] = [];
    const createTreeWalker = doc.createTreeWalker.bind(doc);
    doc.createTreeWalker = ((...args: Parameters<Document['createTreeWalker']>) => {
      looks.push(performance.now());
      return createTreeWalker(...args);
    }) as Document['createTreeWalker'];
    const seen: string[][] = [];
    const stop = watchFieldsAppear(doc, (f) => seen.push(f.map((e) => e.id)), { interval: 5, maxWait: 160 });
    const busy = win.setInterval(() => app.replaceChildren(list.cloneNode(true)), 10);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    await sleep(900);
    // Without backing off, a look after every few renders (14 here, gaps of 50–70 ms); with it, waits of 5, 10, 20,
    // 40, 80, then 160 ms: at most 11 looks however fast the walks.
    expect(looks.length).toBeLessThanOrEqual(11);
    const gaps = looks.slice(1).map((t, i) => t - looks[i]!);
    expect(Math.max(...gaps.slice(-2))).toBeGreaterThanOrEqual(120);
    // A field rendered meanwhile is still reported within the longest wait.
    doc.getElementById('form')!.innerHTML = '<textarea id="a"></textarea>';
    await sleep(300);
    expect(seen).toEqual([['a']]);
    await sleep(600);
    // A new address (an SPA route) starts again at the short wait, also for a look already waiting: its form is
    // reported well within the longest wait.
    win.history.pushState({}, '', '/sag/123/plan');
    doc.getElementById('form')!.innerHTML = '<textarea id="b"></textarea>';
    await sleep(60);
    expect(seen).toEqual([['a'], ['b']]);
    win.clearInterval(busy);
    stop();
  });

  it('a page replacing its content is looked at in what it added last, not in every replaced subtree nor the whole page', async () => {
    const doc = loadHtml('<main id="app"></main>', URL);
    const app = doc.getElementById('app')!;
    const roots: Node[] = [];
    const createTreeWalker = doc.createTreeWalker.bind(doc);
    doc.createTreeWalker = ((root: Node, ...rest: [number?, NodeFilter?]) => {
      roots.push(root);
      return createTreeWalker(root, ...rest);
    }) as Document['createTreeWalker'];
    const seen: string[][] = [];
    const stop = watchFieldsAppear(doc, (f) => seen.push(f.map((e) => e.id)), { interval: 5 });
    await new Promise((r) => setTimeout(r, 40)); // the first look, over the whole page
    roots.length = 0;
    // 40 renders of 20 sections each, faster than the looks: 800 added nodes, more than a look collects one by one.
    for (let tick = 0; tick < 40; tick++) {
      const sections = Array.from({ length: 20 }, (_, i) => {
        const s = doc.createElement('section');
        s.textContent = `Afdeling ${i} · ${tick}`;
        return s;
      });
      app.replaceChildren(...sections);
    }
    app.lastElementChild!.innerHTML = '<textarea id="n"></textarea>';
    await new Promise((r) => setTimeout(r, 40));
    expect(seen).toEqual([['n']]);
    // Only what is on the page was walked, not the whole page: the replaced sections were dropped as they went (and not
    // kept in memory), so the collected nodes never overflowed into one walk of the document.
    expect(roots.length).toBeGreaterThan(0);
    expect(roots).not.toContain(doc.documentElement);
    expect(roots.every((n) => n.isConnected && app.contains(n))).toBe(true);
    stop();
  });

  it('reports fields a web component renders into its shadow root later, also two shadow roots deep', async () => {
    const doc = loadHtml('<main><case-form id="host"></case-form></main>', URL);
    const host = doc.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const seen: string[][] = [];
    const stop = watchFieldsAppear(doc, (f) => seen.push(f.map((e) => e.id)), { interval: 5 });
    const wait = () => new Promise((r) => setTimeout(r, 40));
    root.innerHTML = '<label for="a">Aftaler</label><textarea id="a"></textarea><inner-field id="inner"></inner-field>';
    await wait();
    expect(seen).toEqual([['a']]);
    // An element whose shadow root comes later (no mutation reports it): found by the check 250 ms after it was met.
    const inner = root.getElementById('inner')!.attachShadow({ mode: 'open' });
    await new Promise((r) => setTimeout(r, 300));
    inner.innerHTML = '<p>Indlæser …</p>';
    await wait();
    inner.innerHTML = '<textarea id="b"></textarea>';
    await wait();
    expect(seen).toEqual([['a'], ['b']]);
    stop();
  });

  it('reports the fields of a custom element defined after it was met (its upgrade reports no mutation)', async () => {
    const doc = loadHtml('<main><late-form id="late"></late-form></main>', URL);
    const win = doc.defaultView!;
    const seen: string[][] = [];
    const stop = watchFieldsAppear(doc, (f) => seen.push(f.map((e) => e.id)), { interval: 5 });
    await new Promise((r) => setTimeout(r, 40));
    expect(seen).toEqual([]);
    win.customElements.define(
      'late-form',
      class extends win.HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' }).innerHTML = '<label for="j">Borgerens jobmål</label><textarea id="j"></textarea>';
        }
      },
    );
    // The first check runs 250 ms after the element was met.
    await new Promise((r) => setTimeout(r, 400));
    expect(seen).toEqual([['j']]);
    stop();
  });
});

describe('the gate reads only the phrases a label word can start', () => {
  it('lets a field through exactly when some role phrase of some profile occurs in its label', () => {
    const phrases = BUILTIN_PROFILES.flatMap((p) => Object.values(p.fields).flat() as string[]);
    const compiled = phrases.map(compilePhrase).filter((c) => c.words.length > 0);
    const labels = [
      ...phrases.flatMap((p) => [p.toUpperCase(), p.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa'), `Borgerens ${p}erne`, p.slice(0, 3), p.slice(0, 5)]),
      'Søg', 'Kommentar', 'Dit navn', 'E-mail', 'Besked til redaktionen',
    ];
    const doc = loadHtml('<form></form>', URL);
    const field = doc.createElement('textarea');
    doc.querySelector('form')!.append(field);
    let passed = 0;
    for (const label of labels) {
      field.setAttribute('aria-label', label);
      const expected = compiled.some((c) => phraseIn(labelKeys(label), c));
      expect(fieldMayMatch(field, BUILTIN_PROFILES), label).toBe(expected);
      if (expected) passed++;
    }
    expect(passed).toBeGreaterThan(phrases.length);
    expect(passed).toBeLessThan(labels.length);
  });
});
