/**
 * Demo: a form built from web components, bundled locally. `fag-rehab-form` (Lit) renders a section heading and
 * Shoelace `sl-textarea` fields into its shadow root; each sl-textarea keeps its `<label for>` and `<textarea>` in its
 * own shadow root (two levels deep). One label is slotted, one field is a contenteditable labelled by
 * `aria-labelledby` inside the shadow root. `window.__components` lets tests read the components' own values and
 * re-render the form (new field elements, same values).
 */
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import type SlTextarea from '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import { LitElement, css, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

const INITIAL = {
  maal: 'Borger ønsker et fleksjob.',
  ressourcer: 'Borger har 6 års erfaring som lagermedarbejder med plukning, pakning og truckkørsel.',
  skaane: 'Ingen tunge løft. Skal ikke være omgivet af mange mennesker.',
  indsatser: 'Virksomhedspraktik i 2024 hos dem vi plejer at bruge.',
};

class FagRehabForm extends LitElement {
  static override properties = { generation: { type: Number } };
  declare generation: number;
  values: Record<keyof typeof INITIAL, string> = { ...INITIAL };

  static override styles = css`
    :host { display: block; }
    section { background: #fff; border: 1px solid #c8ced6; border-radius: 4px; padding: 14px 16px; margin: 12px 0; }
    h2 { font-size: 1.1rem; margin: 0 0 8px; }
    sl-textarea { margin: 10px 0; }
    .ce-label { display: block; font-weight: 600; margin: 10px 0 4px; }
    .ce { min-height: 3em; padding: 6px 8px; border: 1px solid #8c959f; border-radius: 4px; background: #fff; }
  `;

  constructor() {
    super();
    this.generation = 0;
  }

  private onInput(key: keyof typeof INITIAL) {
    return (e: Event) => {
      this.values[key] = (e.target as SlTextarea).value;
    };
  }

  override render() {
    return keyed(
      this.generation,
      html`<section>
          <h2>Borgerens mål og ressourcer</h2>
          <sl-textarea name="beskaeftigelsesmaal" label="Borgerens beskæftigelses- og uddannelsesmål" rows="2"
            .value=${this.values.maal} @sl-input=${this.onInput('maal')}></sl-textarea>
          <sl-textarea name="ressourcer" label="Erfaringer og ressourcer i forhold til job og uddannelse" rows="3"
            help-text="Skriv konkrete arbejdsopgaver." .value=${this.values.ressourcer} @sl-input=${this.onInput('ressourcer')}></sl-textarea>
        </section>
        <section>
          <h2>Hensyn</h2>
          <sl-textarea name="skaanehensyn" rows="3" .value=${this.values.skaane} @sl-input=${this.onInput('skaane')}>
            <span slot="label">Skånehensyn</span>
          </sl-textarea>
          <span class="ce-label" id="lbl-indsatser">Tidligere indsatser og resultater</span>
          <div class="ce" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="lbl-indsatser"
            @input=${(e: Event) => (this.values.indsatser = (e.target as HTMLElement).innerText)}>${this.values.indsatser}</div>
        </section>`,
    );
  }
}
customElements.define('fag-rehab-form', FagRehabForm);

declare global {
  interface Window {
    __components: { values(): Record<string, string>; rerender(): Promise<void> };
  }
}

const form = () => document.querySelector<FagRehabForm>('fag-rehab-form')!;
window.__components = {
  values: () => ({ ...form().values, onsker: (document.querySelector('#wc-onsker') as HTMLInputElement).value }),
  async rerender() {
    form().generation++;
    await form().updateComplete;
  },
};
void Promise.all([customElements.whenDefined('sl-textarea'), customElements.whenDefined('sl-input'), form().updateComplete]).then(() => {
  document.documentElement.dataset.componentsReady = 'true';
});
