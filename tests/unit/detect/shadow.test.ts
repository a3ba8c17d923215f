// @vitest-environment happy-dom
// Fields inside open shadow roots (web components): discovery at any depth, labels inside the shadow root,
// slotted labels, aria-labelledby, and headings inside and around the host.
import { describe, expect, it } from 'vitest';
import { detectForm, findCandidateFields, mayHaveForm } from '@/lib/detect';
import { deepQueryAll } from '@/lib/dom/shadow';
import { loadHtml } from './load';

function attach(host: Element, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

/** A design-system text field: the label and textarea inside its shadow root, the label text slotted or as attribute. */
function designField(host: Element) {
  attach(
    host,
    `<div part="form-control"><label for="input" part="label"><slot name="label">${host.getAttribute('label') ?? ''}</slot></label>
     <textarea id="input" name="${host.getAttribute('name') ?? ''}"></textarea><small class="hint">Hjælpetekst</small></div>`,
  );
}

function page(): Document {
  return loadHtml(`<!doctype html><html><head><title>Min Plan</title></head><body>
    <h1>Min Plan</h1>
    <fag-form id="form"></fag-form>
    <ds-textarea id="outer" label="Mit mål" name="maal"></ds-textarea>
    <div id="closed-host"></div>
  </body></html>`);
}

describe('fields in open shadow roots', () => {
  it('finds fields two shadow roots deep, with label-for, slotted labels, aria-labelledby and headings', () => {
    const doc = page();
    // The outer component renders a section heading and two design-system fields into its own shadow root.
    const form = attach(
      doc.getElementById('form')!,
      `<section><h2>Aftaler og aktiviteter</h2>
        <ds-textarea id="a"><span slot="label">Aftaler</span></ds-textarea>
        <span id="lbl-akt">Tilbud og aktiviteter</span><div contenteditable="true" aria-labelledby="lbl-akt"></div>
        <h3>Næste skridt</h3><ds-textarea id="s"></ds-textarea>
      </section>`,
    );
    for (const host of form.querySelectorAll('ds-textarea')) designField(host);
    designField(doc.getElementById('outer')!);
    // A closed root cannot be reached: its field is not found.
    attach(doc.getElementById('closed-host')!, '<label for="x">Aftaler</label><textarea id="x"></textarea>', 'closed');

    expect(mayHaveForm(doc)).toBe(true);
    const d = detectForm(doc, 'https://fagsystem.example.dk/borger/1/minplan');
    expect(d?.kind).toBe('minplan');
    expect(d!.fields.map((f) => [f.label, f.role, f.kind])).toEqual([
      ['Aftaler', 'agreement', 'textarea'],
      ['Tilbud og aktiviteter', 'activity', 'contenteditable'],
      ['Næste skridt', 'agreement', 'textarea'],
      ['Mit mål', 'job-goal', 'textarea'],
    ]);
    // The elements are the real fields inside the shadow roots (what the adapters edit).
    expect(d!.fields[0].element.getRootNode()).toBe(form.querySelector('#a')!.shadowRoot);
    // The hint inside the label's container is not part of the label.
    expect(findCandidateFields(doc)[0].sources.map((s) => s.text)).not.toContain('Hjælpetekst');
  });

  it('mayHaveForm sees a field that lives only in a shadow root', () => {
    const doc = loadHtml('<!doctype html><body><x-a></x-a></body>');
    expect(mayHaveForm(doc)).toBe(false);
    const inner = attach(doc.querySelector('x-a')!, '<x-b></x-b>');
    attach(inner.querySelector('x-b')!, '<textarea></textarea>');
    expect(mayHaveForm(doc)).toBe(true);
  });

  it('deepQueryAll keeps composed document order: shadow content right after its host, before what follows', () => {
    const doc = loadHtml('<!doctype html><body><h2 id="h1">1</h2><x-a id="host"><h2 id="light">3</h2></x-a><h2 id="h4">4</h2></body>');
    attach(doc.getElementById('host')!, '<h2 id="in">2</h2><slot></slot>');
    expect(deepQueryAll(doc, 'h2').map((e) => e.id)).toEqual(['h1', 'in', 'light', 'h4']);
  });
});
