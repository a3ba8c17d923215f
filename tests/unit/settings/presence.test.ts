import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hasCustomProfiles, loaderView, SETTINGS_KEY } from '@/lib/settings/presence';
import { isSiteEnabled, loadSettings } from '@/lib/settings';

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

describe('loaderView (whether the loader may draw the panel\'s frame before the panel bundle loads)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lets the frame show by default, in Danish', async () => {
    expect(await loaderView('jobnet.dk')).toEqual({ customProfiles: false, enabled: true, locale: null });
  });

  it("follows the user's switched-off sites (subdomains too) and the forced language", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['kommune.dk'], locale: 'en' } });
    expect(await loaderView('fagsystem.kommune.dk')).toMatchObject({ enabled: false, locale: 'en' });
    expect(await loaderView('jobnet.dk')).toMatchObject({ enabled: true, locale: 'en' });
  });

  it("lets the policy's sites and language win over the user's, as the panel's settings do", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['jobnet.dk'], locale: 'en' } });
    await fakeBrowser.storage.managed.set({ disabledSites: ['other.dk'], urlPatterns: ['jobnet.dk', '*.kommune.dk'], locale: 'da' });
    for (const host of ['jobnet.dk', 'other.dk', 'a.kommune.dk', 'example.com']) {
      const view = await loaderView(host);
      // The same answer as the full, validated settings give the panel.
      expect([host, view.enabled]).toEqual([host, isSiteEnabled(await loadSettings(), host)]);
      expect(view.locale).toBe('da');
    }
    expect((await loaderView('jobnet.dk')).enabled).toBe(true);
    expect((await loaderView('example.com')).enabled).toBe(false);
  });
});
