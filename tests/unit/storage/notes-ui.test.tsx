// @vitest-environment happy-dom
import './helpers';
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { freshBackground } from './helpers';
import { NotesSection } from '@/components/notes/NotesSection';
import { failNextWrite } from '@/lib/storage/errors';
import type { JobrettetDB } from '@/lib/storage/db';

const props = () => ({ formKind: 'minplan' as const, subKind: null, pageUrl: 'https://fagsystem.kommune.dk/borger/0101901234/minplan?id=7', fields: signal([]) });

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  render(<NotesSection {...props()} />, root);
  return root;
}

function type(el: HTMLTextAreaElement | HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('NotesSection', () => {
  let db: JobrettetDB;
  beforeEach(async () => {
    document.body.innerHTML = '';
    db = await freshBackground();
  });

  it('saves a note through the background, shows it, and masks a CPR number with a Danish explanation', async () => {
    const root = mount();
    const editor = root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!;
    type(editor, 'Ring til virksomheden om pladsmand. CPR 010190-1234');
    await vi.waitFor(() => expect(root.querySelector('[data-cpr-warning]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="save-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-note-id]')).not.toBeNull());
    const shown = root.querySelector('[data-note-id]')!;
    expect(shown.textContent).toContain('Ring til virksomheden om pladsmand.');
    expect(shown.textContent).not.toContain('010190-1234');
    expect(root.querySelector('[data-cpr-masked]')?.textContent).toMatch(/CPR-numre ikke må gemmes/);
    const stored = await db.notes.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0].text).toContain('******-****');
    expect(stored[0].formKey).toBe('https://fagsystem.kommune.dk/borger/*/minplan');
    expect(editor.value).toBe('');
  });

  it('keeps the draft and shows a Danish error when the write fails, then saves on retry', async () => {
    const root = mount();
    const editor = root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!;
    type(editor, 'Spørg om løftegrænse i kg');
    failNextWrite('QuotaExceededError');
    root.querySelector<HTMLButtonElement>('[data-action="save-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-note-status="error"]')).not.toBeNull());
    expect(root.querySelector('[data-note-status="error"]')!.textContent).toMatch(/ikke mere plads/);
    expect(root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!.value).toBe('Spørg om løftegrænse i kg');
    expect(await db.notes.count()).toBe(0);
    root.querySelector<HTMLButtonElement>('[data-action="save-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-note-id]')?.textContent).toContain('løftegrænse'));
    expect(await db.notes.count()).toBe(1);
  });

  it('shows saved notes again when the form is opened again, and edits and deletes them', async () => {
    await db.notes.put({ id: 'n1', formKey: 'https://fagsystem.kommune.dk/borger/*/minplan', caseLabel: '', formKind: 'minplan', text: 'Gammel note', tags: ['opfølgning'], createdAt: 1, updatedAt: 1 });
    const root = mount();
    await vi.waitFor(() => expect(root.querySelector('[data-note-id="n1"]')?.textContent).toContain('Gammel note'));
    root.querySelector<HTMLButtonElement>('[data-action="edit-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!.value).toBe('Gammel note'));
    type(root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!, 'Ny tekst');
    root.querySelector<HTMLButtonElement>('[data-action="save-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-note-id="n1"]')?.textContent).toContain('Ny tekst'));
    expect((await db.notes.get('n1'))?.createdAt).toBe(1);
    root.querySelector<HTMLButtonElement>('[data-action="delete-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="confirm-delete-note"]')).not.toBeNull());
    expect(await db.notes.count()).toBe(1); // nothing deleted before confirmation
    root.querySelector<HTMLButtonElement>('[data-action="confirm-delete-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-note-id]')).toBeNull());
    expect(await db.notes.count()).toBe(0);
  });
});
