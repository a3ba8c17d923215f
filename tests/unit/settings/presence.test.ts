import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasCustomProfiles, SETTINGS_KEY } from '@/lib/settings/presence';

describe('hasCustomProfiles (the content-script loader decides whether to load the panel)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is false without settings, with empty lists and with non-list junk', async () => {
    expect(await hasCustomProfiles()).toBe(false);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { customProfiles: [] } });
    expect(await hasCustomProfiles()).toBe(false);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { customProfiles: { id: 'x' } } });
    expect(await hasCustomProfiles()).toBe(false);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'nonsense' });
    expect(await hasCustomProfiles()).toBe(false);
    await fakeBrowser.storage.managed.set({ profiles: 'nonsense' });
    expect(await hasCustomProfiles()).toBe(false);
  });

  it("is true for the user's own profiles", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { locale: 'da', customProfiles: [{ id: 'p' }] } });
    expect(await hasCustomProfiles()).toBe(true);
  });

  it('is true for profiles from the managed policy', async () => {
    await fakeBrowser.storage.managed.set({ profiles: [{ id: 'p' }] });
    expect(await hasCustomProfiles()).toBe(true);
  });

  it('treats unreadable storage as no profiles (Firefox rejects managed storage without a policy)', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { customProfiles: [{ id: 'p' }] } });
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await hasCustomProfiles()).toBe(true);
    const local = vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    expect(await hasCustomProfiles()).toBe(false);
    managed.mockRestore();
    local.mockRestore();
  });
});
