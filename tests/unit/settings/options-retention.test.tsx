// @vitest-environment happy-dom
import { describe, it, expect, beforeEach, vi } from 'vitest';
import { render } from 'preact';
import { freshBackground } from '../storage/helpers';
import { OptionsPage, siteFromUrl } from '@/components/options/OptionsPage';
import { loadSettings, saveUserSettings } from '@/lib/settings';
import type { JobrettetDB } from '@/lib/storage/db';

const DAY = 86_400_000;

function mount(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

/** Types into an input and lets Preact re-render (its handlers close over the rendered state). */
async function setInput(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
}

describe('options: shorter retention asks first; "Slå fra" for the site the user came from', () => {
  let db: JobrettetDB;
  beforeEach(async () => {
    db = await freshBackground();
    document.body.innerHTML = '';
  });

  it('says how many notes and reviews a shorter retention deletes, and deletes nothing until confirmed', async () => {
    const now = Date.now();
    const base = { formKey: 'https://x.dk/plan', caseLabel: '', formKind: null };
    await db.notes.bulkPut([
      { ...base, id: 'n1', text: 'gammel', tags: [], createdAt: now - 40 * DAY, updatedAt: now - 40 * DAY },
      { ...base, id: 'n2', text: 'gammel 2', tags: [], createdAt: now - 50 * DAY, updatedAt: now - 50 * DAY },
      { ...base, id: 'n3', text: 'ny', tags: [], createdAt: now, updatedAt: now },
    ]);
    const root = mount(<OptionsPage currentSite={null} />);
    await vi.waitFor(() => expect(root.querySelector('[data-setting="retentionDays"]')).not.toBeNull());
    await setInput(root.querySelector<HTMLInputElement>('[data-setting="retentionDays"]')!, '30');
    root.querySelector<HTMLButtonElement>('[data-action="save-retention"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-retention-confirm]')).not.toBeNull());
    expect(root.querySelector('[data-retention-confirm]')!.textContent).toContain('2 noter og 0 kvalitetstjek');
    expect((await loadSettings()).retentionDays).toBe(90);
    expect(await db.notes.count()).toBe(3);

    root.querySelector<HTMLButtonElement>('[data-action="cancel-retention"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-retention-confirm]')).toBeNull());
    expect(await db.notes.count()).toBe(3);

    root.querySelector<HTMLButtonElement>('[data-action="save-retention"]')!.click();
    await vi.waitFor(() => expect(root.querySelector('[data-action="confirm-retention"]')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('[data-action="confirm-retention"]')!.click();
    await vi.waitFor(async () => expect(await db.notes.count()).toBe(1));
    expect((await loadSettings()).retentionDays).toBe(30);
  });

  it('turns off the site the popup came from (not the typed one)', async () => {
    expect(siteFromUrl('chrome-extension://abc/options.html?site=Fagsystem.Kommune.dk')).toBe('fagsystem.kommune.dk');
    expect(siteFromUrl('chrome-extension://abc/options.html?site=%3Cscript%3E')).toBeNull();
    expect(siteFromUrl('chrome-extension://abc/options.html')).toBeNull();
    await saveUserSettings({ disabledSites: [] });
    const root = mount(<OptionsPage currentSite="fagsystem.kommune.dk" />);
    await vi.waitFor(() => expect(root.querySelector('[data-action="disable-current-site"]')).not.toBeNull());
    await setInput(root.querySelector<HTMLInputElement>('#opt-site')!, 'typed.dk');
    const btn = root.querySelector<HTMLButtonElement>('[data-action="disable-current-site"]')!;
    expect(btn.textContent).toBe('Slå fra på fagsystem.kommune.dk');
    btn.click();
    await vi.waitFor(async () => expect((await loadSettings()).disabledSites).toEqual(['fagsystem.kommune.dk']));
  });
});
