// @vitest-environment happy-dom
import './helpers';
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { signal } from '@preact/signals';
import { freshBackground } from './helpers';
import { NotesSection } from '@/components/notes/NotesSection';
import { failNextWrite } from '@/lib/storage/errors';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener } from '@/lib/messaging/server';
import { createHandlers } from '@/lib/storage/handlers';
import { saveNote } from '@/lib/storage/repositories';
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
    // Masked while typing: the number never sits in the panel's DOM, and the user is told.
    expect(editor.value).toBe('Ring til virksomheden om pladsmand. CPR ******-****');
    await vi.waitFor(() => expect(root.querySelector('[data-cpr-masked]')?.textContent).toMatch(/CPR-numre ikke må gemmes/));
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

  it('a CPR number typed only in a tag (dotted, no-break space) is masked and the user is told', async () => {
    const root = mount();
    type(root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!, 'Opfølgning');
    const tags = root.querySelector<HTMLInputElement>('[data-note-tags]')!;
    type(tags, 'vigtigt, 04.01.90\u00a01114');
    expect(tags.value).toBe('vigtigt, ******-****');
    await vi.waitFor(() => expect(root.querySelector('[data-cpr-masked]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="save-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-note-status="ok"]')).not.toBeNull());
    expect(root.querySelector('[data-cpr-masked]')).not.toBeNull();
    expect(JSON.stringify(await db.notes.toArray())).not.toMatch(/1114/);
  });

  it('when the answer to a save is lost (service worker stopped after writing), asks whether it landed and says “gemt”', async () => {
    fakeBrowser.reset();
    const real = createMessageListener(createHandlers(db));
    let saves = 0;
    let errorShown = false;
    fakeBrowser.runtime.onMessage.addListener(((msg: { type?: string; note?: unknown }, sender: object, sendResponse: (r: unknown) => void) => {
      if (msg.type === 'notes.save' && saves++ === 0) {
        // Written, then the worker stops before it answers.
        void saveNote(msg.note, Date.now(), db).then(() => sendResponse(undefined));
        return true;
      }
      return real(msg, sender, sendResponse);
    }) as never);
    const root = mount();
    new MutationObserver(() => {
      errorShown ||= root.querySelector('[data-note-status="error"]') !== null;
    }).observe(root, { subtree: true, childList: true, attributes: true });
    type(root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!, 'Aftalt møde med virksomheden');
    root.querySelector<HTMLButtonElement>('[data-action="save-note"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-note-status="ok"]')?.textContent).toBe('Noten er gemt.'));
    expect(root.querySelector('[data-note-id]')?.textContent).toContain('Aftalt møde');
    expect(root.querySelector<HTMLTextAreaElement>('[data-note-editor]')!.value).toBe('');
    expect(errorShown).toBe(false);
    expect(saves).toBe(1);
    expect(await db.notes.count()).toBe(1);
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
