import { browser } from 'wxt/browser';
import { StorageError } from '@/lib/storage/errors';
import { ErrorResponseSchema, RequestSchema, resultSchema, type Request, type RequestType, type ResultOf } from './protocol';

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
 * Sends one typed request to the background and returns its validated result.
 * Rejects with a StorageError whose `code` the UI turns into a message; never resolves with unchecked data.
 */
export async function request<T extends RequestType>(payload: Payload<T>, opts: { timeoutMs?: number; retries?: number } = {}): Promise<ResultOf<T>> {
  const msg = RequestSchema.parse({ ns: 'jobrettet', ...payload }) as Extract<Request, { type: T }>;
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

export function parseResponse<T extends RequestType>(type: T, raw: unknown): ResultOf<T> {
  if (raw && typeof raw === 'object' && (raw as { ok?: unknown }).ok === true) {
    const r = resultSchema(type).safeParse((raw as { data?: unknown }).data);
    if (r.success) return r.data as ResultOf<T>;
    throw new StorageError('invalid', 'malformed response');
  }
  const e = ErrorResponseSchema.safeParse(raw);
  if (e.success) throw new StorageError(e.data.error.code, e.data.error.detail ?? e.data.error.code);
  throw new StorageError(raw === undefined ? 'unavailable' : 'invalid', 'no valid response');
}
