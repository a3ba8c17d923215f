/** Error codes that travel to the UI (which turns them into Danish/English text). */
export const STORAGE_ERROR_CODES = ['invalid', 'quota', 'blocked', 'not-found', 'forbidden', 'locked', 'timeout', 'unavailable', 'unknown'] as const;
export type StorageErrorCode = (typeof STORAGE_ERROR_CODES)[number];

export class StorageError extends Error {
  constructor(
    public readonly code: StorageErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Maps IndexedDB/Dexie failures to our codes (Dexie keeps the DOMException name, or wraps it in `inner`). */
export function classifyError(err: unknown): StorageErrorCode {
  if (err instanceof StorageError) return err.code;
  const names: string[] = [];
  let e: unknown = err;
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  if (names.some((n) => n === 'QuotaExceededError')) return 'quota';
  if (names.some((n) => ['DatabaseClosedError', 'VersionError', 'BlockedError', 'OpenFailedError', 'InvalidStateError', 'UpgradeError'].includes(n))) return 'blocked';
  if (names.some((n) => n === 'ZodError' || n === '$ZodError' || n === 'DataError' || n === 'ConstraintError')) return 'invalid';
  return 'unknown';
}

/**
 * Test hook: the next write fails with this error. Armed by unit tests directly and, in the E2E test build only,
 * through lib/storage/test-hooks.ts. Production builds (`JOBRETTET_TEST` false) compile it away.
 */
let failNext: string | null = null;

export function failNextWrite(errorName: string | null): void {
  failNext = errorName;
}

export function throwIfWriteShouldFail(): void {
  if (import.meta.env.JOBRETTET_TEST === false || !failNext) return;
  const name = failNext;
  failNext = null;
  throw new DOMException(`Simulated ${name}`, name);
}
