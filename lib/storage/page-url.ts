/**
 * The URL a frame's notes and reviews are filed under (its form key comes from it, lib/storage/form-key.ts).
 * `about:srcdoc`, `about:blank` and other local documents have no address of their own: they take their
 * parent's (the document that made them, whose origin they share), so a srcdoc copy of a form on another site
 * never shares its key. Chromium's `location.ancestorOrigins` and `document.referrer` are the fallbacks when
 * the parent cannot be read (a sandboxed frame); a document whose address cannot be found gets a key of its own.
 */
export interface FrameLike {
  location: { href: string; ancestorOrigins?: { readonly length: number; readonly [i: number]: string } };
  document?: { referrer?: string };
  parent?: FrameLike | null;
}

const isWeb = (href: string) => /^https?:\/\//i.test(href);

export function frameUrl(win: FrameLike): string {
  if (isWeb(win.location.href)) return win.location.href;
  let w: FrameLike = win;
  for (let depth = 0; depth < 20; depth++) {
    const parent = w.parent;
    if (!parent || parent === w) break;
    let href: string | null = null;
    try {
      href = parent.location.href; // throws for a cross-origin (or sandboxed child's) parent
    } catch {
      break;
    }
    if (isWeb(href)) return href;
    w = parent;
  }
  const referrer = win.document?.referrer ?? '';
  if (isWeb(referrer)) return referrer;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0 && isWeb(ancestors[0])) return `${ancestors[0]}/`;
  return `${UNKNOWN_PREFIX}${uniqueSuffix()}`;
}

/** Form keys of documents without a known address: unique per document, so they match no other note. */
export const UNKNOWN_PREFIX = 'about:ukendt-';

let suffix: string | null = null;
function uniqueSuffix(): string {
  if (!suffix) {
    const b = crypto.getRandomValues(new Uint8Array(8));
    suffix = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  }
  return suffix;
}
