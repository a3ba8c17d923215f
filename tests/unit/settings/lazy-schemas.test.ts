import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The panel reads the settings and the site's dismissals on every form page. With nothing stored (no settings saved,
 * no policy, no dismissals) it must not build their zod schemas: building them was a quarter of the panel bundle's
 * start-up evaluation. zod/mini is wrapped so every object schema built is counted.
 */
const built = vi.hoisted(() => ({ objects: 0 }));
vi.mock('zod/mini', async (importOriginal) => {
  const real = await importOriginal<typeof import('zod/mini')>();
  const count =
    <F extends (...args: never[]) => unknown>(f: F) =>
    (...args: Parameters<F>) => {
      built.objects++;
      return f(...args) as ReturnType<F>;
    };
  const z = { ...real.z, object: count(real.z.object), strictObject: count(real.z.strictObject) };
  return { ...real, z };
});

const { loadSettings, saveUserSettings, SETTINGS_KEY } = await import('@/lib/settings');
const { readDismissals, DISMISSALS_KEY } = await import('@/lib/storage/dismissals');
const builtByImport = built.objects;

describe('settings and dismissals schemas are built on first use', () => {
  beforeEach(() => fakeBrowser.reset());

  it('nothing stored: loading the modules and the start-up reads give the defaults and build no schema', async () => {
    expect(builtByImport).toBe(0);
    const before = built.objects;
    const settings = await loadSettings();
    expect(settings.locale).toBe('da');
    expect(settings.disabledSites).toEqual([]);
    expect(settings.locked).toEqual({});
    expect(await readDismissals()).toEqual([]);
    expect(built.objects).toBe(before);
  });

  it('something stored: it is validated as before (an invalid value dropped, a valid one kept)', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['jobnet.dk'], retentionDays: -1 } });
    await fakeBrowser.storage.local.set({ [DISMISSALS_KEY]: [{ id: 'r:a.dk:lix', kind: 'rule', ruleId: 'lix', host: 'a.dk', createdAt: 5 }, { id: '', kind: 'x' }] });
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['jobnet.dk']);
    expect(settings.retentionDays).toBe(90);
    // One bad entry makes the stored list invalid as a whole: nothing is shown muted rather than something wrongly.
    expect(await readDismissals()).toEqual([]);
    await fakeBrowser.storage.local.set({ [DISMISSALS_KEY]: [{ id: 'r:a.dk:lix', kind: 'rule', ruleId: 'lix', host: 'a.dk', createdAt: 5 }] });
    expect((await readDismissals()).map((d) => d.id)).toEqual(['r:a.dk:lix']);
    await expect(saveUserSettings({ locale: 'en' })).resolves.toMatchObject({ locale: 'en', disabledSites: ['jobnet.dk'] });
    expect(built.objects).toBeGreaterThan(0);
  });
});
