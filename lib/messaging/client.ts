import { browser } from 'wxt/browser';
import { STORAGE_ERROR_CODES, StorageError, type StorageErrorCode } from '@/lib/storage/errors';
import type { Request, RequestType, ResultOf } from './protocol';

export const DEFAULT_TIMEOUT_MS = 8_000;

type Payload<T extends RequestType> = { type: T } & Omit<Extract<Request, { type: T }>, 'ns' | 'type'>;

/** The background was not reachable (service worker starting or restarting): worth one retry. */
function isConnectionError(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /Receiving end does not exist|Could not establish connection|message port closed|No listeners available/i.test(msg);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StorageError('timeout', `no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * Sends one typed request to the background and returns its result.
 * Rejects with a StorageError whose `code` the UI turns into a message.
 *
 * zod runs at the background end only (lib/messaging/server.ts validates every request before a handler sees
 * it and every result before it is sent; an invalid request comes back as the `invalid` error). This module is
 * bundled into the content script, which must stay small: re-validating our own background's answers with the
 * record schemas cost ~1.4 KB gzip there. The client checks the envelope only.
 */
export async function request<T extends RequestType>(payload: Payload<T>, opts: { timeoutMs?: number; retries?: number } = {}): Promise<ResultOf<T>> {
  const msg = { ns: 'jobrettet', ...payload } as Extract<Request, { type: T }>;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let retries = opts.retries ?? 1;
  for (;;) {
    let raw: unknown;
    try {
      raw = await withTimeout(browser.runtime.sendMessage(msg), timeoutMs);
    } catch (err) {
      if (retries-- > 0 && isConnectionError(err)) {
        await new Promise((r) => setTimeout(r, 250));
        continue;
      }
      if (err instanceof StorageError) throw err;
      throw new StorageError(isConnectionError(err) ? 'unavailable' : 'unknown', String(err instanceof Error ? err.message : err));
    }
    return parseResponse(msg.type as T, raw);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Unwraps the background's `{ ok, data }` / `{ ok: false, error }` envelope (its content is validated there). */
export function parseResponse<T extends RequestType>(_type: T, raw: unknown): ResultOf<T> {
  if (isObject(raw) && raw.ok === true) {
    if (isObject(raw.data)) return raw.data as ResultOf<T>;
    throw new StorageError('invalid', 'malformed response');
  }
  const error = isObject(raw) && raw.ok === false && isObject(raw.error) ? raw.error : null;
  if (error && (STORAGE_ERROR_CODES as readonly unknown[]).includes(error.code)) {
    const code = error.code as StorageErrorCode;
    throw new StorageError(code, typeof error.detail === 'string' ? error.detail : code);
  }
  throw new StorageError(raw === undefined ? 'unavailable' : 'invalid', 'no valid response');
}
