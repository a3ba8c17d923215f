/** Styles for the notes and review sections (inside the panel's shadow root, so they cannot leak). */
export const NOTES_CSS = `
.jr-notes, .jr-review { font: inherit; color: inherit; }
.jr-notes h3, .jr-review h3 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
.jr-notes h4, .jr-review h4 { font-size: 0.9rem; margin: 0.75rem 0 0.25rem; }
.jr-field { display: flex; flex-direction: column; gap: 0.2rem; margin: 0.4rem 0; }
.jr-field textarea, .jr-field input[type=text], .jr-review textarea, .jr-review select { font: inherit; padding: 0.3rem; border: 1px solid #595959; border-radius: 3px; background: #fff; color: #1a1a1a; }
.jr-hint, .jr-meta { color: #4a4a4a; font-size: 0.85em; margin: 0.2rem 0; }
.jr-error { color: #a00000; font-weight: 600; margin: 0.3rem 0; }
.jr-warning { color: #6b4200; background: #fff4e0; padding: 0.3rem; border-radius: 3px; margin: 0.3rem 0; }
.jr-actions { display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; margin: 0.3rem 0; }
.jr-notes button, .jr-review button { font: inherit; padding: 0.25rem 0.6rem; border: 1px solid #1f4e79; border-radius: 3px; background: #1f4e79; color: #fff; cursor: pointer; }
.jr-notes button:disabled, .jr-review button:disabled { opacity: 0.6; cursor: default; }
.jr-notes button:focus-visible, .jr-review button:focus-visible, .jr-notes textarea:focus-visible, .jr-notes input:focus-visible, .jr-review textarea:focus-visible, .jr-review select:focus-visible { outline: 3px solid #ffbf47; outline-offset: 1px; }
.jr-note-list { list-style: none; padding: 0; margin: 0; }
.jr-note-list li { border-top: 1px solid #ccc; padding: 0.4rem 0; }
.jr-note-text { white-space: pre-wrap; margin: 0.2rem 0; overflow-wrap: anywhere; }
.jr-tag { display: inline-block; background: #e8eef5; color: #1a1a1a; border-radius: 2px; padding: 0 0.3rem; margin-right: 0.25rem; font-size: 0.85em; }
.jr-checklist { list-style: none; padding: 0; margin: 0; }
.jr-checklist > li { border-top: 1px solid #ccc; padding: 0.4rem 0; }
.jr-state-met { color: #0b6b2a; }
.jr-state-not-met { color: #a00000; }
.jr-state-unknown { color: #4a4a4a; }
.jr-evidence { font-size: 0.85em; color: #333; margin: 0.2rem 0 0.2rem 0.5rem; }
.jr-review fieldset { border: 0; padding: 0; margin: 0.2rem 0; display: flex; gap: 0.6rem; flex-wrap: wrap; }
.jr-review legend { font-size: 0.85em; color: #333; }
`;
