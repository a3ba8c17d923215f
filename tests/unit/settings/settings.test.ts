import { describe, it, expect, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  hostMatches,
  isSiteEnabled,
  loadSettings,
  mergeSettings,
  parseManagedPolicy,
  saveUserSettings,
  setSiteEnabled,
  SettingLockedError,
  SETTINGS_KEY,
  watchSettings,
} from '@/lib/settings';

describe('settings merge and lock', () => {
  it('defaults', () => {
    expect(mergeSettings({}, {})).toEqual({ ...DEFAULT_SETTINGS, locked: {}, allowedSites: [] });
    expect(DEFAULT_SETTINGS.retentionDays).toBe(90);
  });

  it('managed values override and lock the user settings', () => {
    const s = mergeSettings(
      { locale: 'en', retentionDays: 30, disabledSites: ['a.dk'], disabledCategories: ['smart'] },
      { retentionDays: 14, disabledCategories: ['plain-language'], profiles: [{ id: 'p' }], urlPatterns: ['*.kommune.dk'] },
    );
    expect(s.locale).toBe('en');
    expect(s.retentionDays).toBe(14);
    expect(s.disabledSites).toEqual(['a.dk']);
    expect(s.disabledCategories).toEqual(['plain-language']);
    expect(s.customProfiles).toEqual([{ id: 'p' }]);
    expect(s.locked).toEqual({ retentionDays: true, disabledCategories: true, customProfiles: true });
    expect(s.allowedSites).toEqual(['*.kommune.dk']);
  });

  it('drops only the invalid keys of a policy', () => {
    expect(parseManagedPolicy({ retentionDays: -5, locale: 'fr', disabledCategories: ['smart'], junk: 1 })).toEqual({ disabledCategories: ['smart'] });
    expect(parseManagedPolicy('nonsense')).toEqual({});
  });
});

describe('site matching', () => {
  it('matches hosts, subdomains and wildcards', () => {
    expect(hostMatches('jobnet.dk', 'www.jobnet.dk')).toBe(true);
    expect(hostMatches('jobnet.dk', 'cv.jobnet.dk')).toBe(true);
    expect(hostMatches('jobnet.dk', 'notjobnet.dk')).toBe(false);
    expect(hostMatches('*.kommune.dk', 'fag.kommune.dk')).toBe(true);
    expect(hostMatches('*.kommune.dk', 'kommune.dk')).toBe(false);
    expect(hostMatches('127.0.0.1:8080', '127.0.0.1:9090')).toBe(false);
    expect(hostMatches('127.0.0.1', '127.0.0.1:9090')).toBe(true);
  });

  it('isSiteEnabled honours disabled sites and the managed allow-list', () => {
    const s = mergeSettings({ disabledSites: ['a.dk'] }, {});
    expect(isSiteEnabled(s, 'a.dk')).toBe(false);
    expect(isSiteEnabled(s, 'b.dk')).toBe(true);
    expect(isSiteEnabled(s, '')).toBe(false);
    const m = mergeSettings({}, { urlPatterns: ['*.kommune.dk', 'jobnet.dk'] });
    expect(isSiteEnabled(m, 'fag.kommune.dk')).toBe(true);
    expect(isSiteEnabled(m, 'www.jobnet.dk')).toBe(true);
    expect(isSiteEnabled(m, 'example.com')).toBe(false);
  });
});

describe('storage-backed settings (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads user settings and ignores corrupt ones', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { locale: 'en', retentionDays: 'many' } });
    const s = await loadSettings();
    expect(s.locale).toBe('en');
    expect(s.retentionDays).toBe(90);
  });

  it('merges managed policy from storage.managed and refuses to change locked keys', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 7, disabledSites: ['blocked.dk'] });
    const s = await loadSettings();
    expect(s.retentionDays).toBe(7);
    expect(s.locked.retentionDays).toBe(true);
    await expect(saveUserSettings({ retentionDays: 200 })).rejects.toBeInstanceOf(SettingLockedError);
    await expect(setSiteEnabled('x.dk', false)).rejects.toBeInstanceOf(SettingLockedError);
    await saveUserSettings({ locale: 'en' });
    expect((await loadSettings()).locale).toBe('en');
  });

  it('setSiteEnabled turns a site off and on again', async () => {
    await setSiteEnabled('www.Jobnet.dk', false);
    let s = await loadSettings();
    expect(s.disabledSites).toEqual(['jobnet.dk']);
    expect(isSiteEnabled(s, 'jobnet.dk')).toBe(false);
    await setSiteEnabled('jobnet.dk', true);
    s = await loadSettings();
    expect(s.disabledSites).toEqual([]);
  });

  it('watchSettings reports changes and stops after unsubscribe', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    await saveUserSettings({ locale: 'en' });
    await vi.waitFor(() => expect(cb).toHaveBeenCalledWith(expect.objectContaining({ locale: 'en' })));
    stop();
    cb.mockClear();
    await saveUserSettings({ locale: 'da' });
    await new Promise((r) => setTimeout(r, 20));
    expect(cb).not.toHaveBeenCalled();
  });

  it('watchSettings delivers only the newest state when reads finish out of order (a policy removed mid-read)', async () => {
    const cb = vi.fn();
    const stop = watchSettings(cb);
    const real = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
    let releaseFirst: (v: Record<string, unknown>) => void = () => {};
    const get = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockImplementationOnce(() => new Promise((resolve) => (releaseFirst = resolve)))
      .mockImplementation(real as never);
    await fakeBrowser.storage.managed.set({ retentionDays: 10 });
    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(() => expect(cb).toHaveBeenCalledWith(expect.objectContaining({ retentionDays: 90, locked: {} })));
    releaseFirst({ retentionDays: 10 }); // the stale read of the removed policy
    await new Promise((r) => setTimeout(r, 20));
    expect(cb.mock.calls.map(([s]) => s.retentionDays)).toEqual([90]);
    get.mockRestore();
    stop();
  });

  it('rejects invalid values on save', async () => {
    await expect(saveUserSettings({ retentionDays: 0 } as never)).resolves.toMatchObject({ retentionDays: 90 });
    await expect(saveUserSettings({ disabledCategories: ['nope'] } as never)).resolves.toMatchObject({ disabledCategories: [] });
  });
});
