import { describe, it, expect, beforeEach, afterEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MANAGED_COPY_KEY, MANAGED_WAIT_MS, isPolicyChange, readManagedRaw } from '@/lib/settings/managed-read';
import { loadSettings, watchSettings } from '@/lib/settings';
import { loaderView } from '@/lib/settings/presence';

/** A managed storage whose first read answers only when `release` is called (Chromium right after start). */
function slowManaged() {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => (release = r));
  const real = fakeBrowser.storage.managed.get.bind(fakeBrowser.storage.managed);
  const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(async (k?: unknown) => {
    await gate;
    return real(k as never);
  });
  return { release, spy };
}

const copyOf = async () => (await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY];

describe('the managed policy and its copy (the first managed read after a browser start is slow)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('returns the real policy when it answers in time, and keeps a copy of it', async () => {
    await fakeBrowser.storage.managed.set({ disabledSites: ['blocked.dk'] });
    expect(await readManagedRaw()).toEqual({ disabledSites: ['blocked.dk'] });
    await vi.waitFor(async () => expect(await copyOf()).toEqual({ disabledSites: ['blocked.dk'] }));
  });

  it('waits for the real policy when there is no copy yet (the first start after installing)', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 7 });
    const slow = slowManaged();
    let done = false;
    const read = readManagedRaw().then((v) => ((done = true), v));
    await new Promise((r) => setTimeout(r, MANAGED_WAIT_MS * 20));
    expect(done).toBe(false);
    slow.release();
    expect(await read).toEqual({ retentionDays: 7 });
    await vi.waitFor(async () => expect(await copyOf()).toEqual({ retentionDays: 7 }));
  });

  it('lets the copy stand in while the real read is slow, then rewrites the copy when the policy changed', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_COPY_KEY]: { disabledSites: ['old.dk'] } });
    await fakeBrowser.storage.managed.set({ disabledSites: ['new.dk'] });
    const slow = slowManaged();
    const started = Date.now();
    expect(await readManagedRaw()).toEqual({ disabledSites: ['old.dk'] });
    expect(Date.now() - started).toBeLessThan(1_000);
    slow.release();
    await vi.waitFor(async () => expect(await copyOf()).toEqual({ disabledSites: ['new.dk'] }));
  });

  it('the rewritten copy reaches the settings listeners, and the loader sees the fresh policy', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_COPY_KEY]: {} });
    await fakeBrowser.storage.managed.set({ disabledSites: ['kommune.dk'] });
    const slow = slowManaged();
    expect((await loaderView('kommune.dk')).enabled).toBe(true); // the copy: no policy yet
    const seen: string[][] = [];
    const stop = watchSettings((s) => seen.push(s.disabledSites));
    slow.release();
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['kommune.dk']));
    stop();
    expect((await loaderView('kommune.dk')).enabled).toBe(false);
    expect((await loadSettings()).locked.disabledSites).toBe(true);
  });

  it('does not rewrite an unchanged copy (key order aside)', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_COPY_KEY]: { retentionDays: 7, locale: 'da' } });
    await fakeBrowser.storage.managed.set({ locale: 'da', retentionDays: 7 });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await readManagedRaw();
    await new Promise((r) => setTimeout(r, 20));
    expect(set).not.toHaveBeenCalled();
  });

  it('treats an unreadable managed area as no policy (Firefox without a policy rejects)', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedRaw()).toEqual({});
  });

  it('counts the managed area and its copy as policy changes, nothing else', () => {
    expect(isPolicyChange({}, 'managed')).toBe(true);
    expect(isPolicyChange({ [MANAGED_COPY_KEY]: {} }, 'local')).toBe(true);
    expect(isPolicyChange({ settings: {} }, 'local')).toBe(false);
    expect(isPolicyChange({ [MANAGED_COPY_KEY]: {} }, 'sync')).toBe(false);
  });
});
