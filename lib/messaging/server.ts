import { classifyError, StorageError } from '@/lib/storage/errors';
import { RequestSchema, resultSchema, type Request, type RequestType, type ResultOf } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type Handlers = {
  [T in RequestType]: (req: Extract<Request, { type: T }>, sender: SenderInfo) => Promise<ResultOf<T>>;
};

type Listener = (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => boolean;

/**
 * A runtime.onMessage listener that validates every request and every result.
 * Written as `sendResponse(x); return true` (works in Chrome, Firefox, the polyfill and fakeBrowser 2.x).
 * Messages without our namespace are left to other listeners (returns false).
 */
export function createMessageListener(handlers: Handlers): Listener {
  return (message, sender, sendResponse) => {
    if (!message || typeof message !== 'object' || (message as { ns?: unknown }).ns !== 'jobrettet') return false;
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      sendResponse({ ok: false, error: { code: 'invalid', detail: 'request failed validation' } });
      return true;
    }
    const req = parsed.data;
    const handler = handlers[req.type] as (r: Request, s: SenderInfo) => Promise<unknown>;
    handler(req, sender).then(
      (data) => {
        const checked = resultSchema(req.type).safeParse(data);
        if (checked.success) sendResponse({ ok: true, data: checked.data });
        else sendResponse({ ok: false, error: { code: 'invalid', detail: 'result failed validation' } });
      },
      (err: unknown) => {
        const code = classifyError(err);
        const detail = err instanceof StorageError || err instanceof Error ? err.message.slice(0, 200) : undefined;
        sendResponse({ ok: false, error: { code, detail } });
      },
    );
    return true;
  };
}

/** True for messages from our own extension pages (options, overview, popup), false for content scripts. */
export function isExtensionPage(sender: SenderInfo, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
