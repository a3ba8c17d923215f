import { browser } from 'wxt/browser';

/**
 * The managed policy as stored (unvalidated), for every reader: the loader (zod-free), lib/settings, the background.
 *
 * Chromium loads an extension's managed storage lazily: the first `storage.managed.get` after the browser starts takes
 * 1.5–3 s on this project's machines, and the panel (even its frame) would wait that long on the first page of the day.
 * So the last policy read is kept as a copy in the extension's own storage.local (it is the organisation's
 * configuration, no personal data). When the real read is slow, the copy stands in; when the real read then differs,
 * the copy is rewritten, and that storage change brings the fresh policy to every settings listener (watchSettings, the
 * loader) as a policy change would. Without a copy (the first start after installing) the real read is awaited.
 */
export const MANAGED_COPY_KEY = 'managedPolicyCopy';

/** How long a read waits for the real managed storage before the copy stands in (ms; a warm read takes 1–3 ms). */
export const MANAGED_WAIT_MS = 5;

type Raw = Record<string, unknown>;
/** `v` when it is a plain object (what storage holds for a settings record), else undefined. */
export const obj = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);

function realManaged(): Promise<Raw> {
  // Firefox rejects when no policy is installed, Chrome returns {}; fakeBrowser may lack the area.
  return Promise.resolve()
    .then(() => browser.storage.managed?.get(null) ?? {})
    .then((v) => obj(v) ?? {})
    .catch(() => ({}));
}

function storedCopy(): Promise<Raw | undefined> {
  return Promise.resolve()
    .then(() => browser.storage.local.get(MANAGED_COPY_KEY))
    .then((got) => obj((got as Raw)[MANAGED_COPY_KEY]))
    .catch(() => undefined);
}

/** Same policy? (Both come from JSON-like storage: key order aside, a canonical JSON string compares them.) */
function samePolicy(a: Raw, b: Raw): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : obj(v) ? Object.fromEntries(Object.keys(v as Raw).sort().map((k) => [k, canon((v as Raw)[k])])) : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}

function keepCopy(real: Raw, copy: Raw | undefined): void {
  if (copy && samePolicy(real, copy)) return;
  void Promise.resolve()
    .then(() => browser.storage.local.set({ [MANAGED_COPY_KEY]: real }))
    .catch(() => {}); // a full disk: the next read tries again
}

/** Resolves with null after `ms`. */
function after(ms: number): { promise: Promise<null>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

export async function readManagedRaw(): Promise<Raw> {
  const real = realManaged();
  const copy = storedCopy();
  const wait = after(MANAGED_WAIT_MS);
  const quick = await Promise.race([real, wait.promise]);
  wait.cancel();
  if (quick) {
    void copy.then((c) => keepCopy(quick, c));
    return quick;
  }
  const stored = await copy;
  if (stored) {
    void real.then((value) => keepCopy(value, stored));
    return stored;
  }
  // No copy yet (the first start after installing): the real policy is awaited. (Going on without it and leaving the
  // read pending was measured to stall Chromium's managed storage for minutes while pages kept loading.)
  const value = await real;
  keepCopy(value, undefined);
  return value;
}

/** Is this storage change one of the managed policy (the area itself, or its copy)? */
export function isPolicyChange(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && Object.prototype.hasOwnProperty.call(changes, MANAGED_COPY_KEY));
}
