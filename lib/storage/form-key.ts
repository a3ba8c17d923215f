import { containsCpr } from './cpr';
import { UNKNOWN_PREFIX } from './page-url';

/**
 * The key a note or review is filed under: the page's origin and path, with every path segment that could
 * identify a citizen replaced by `*`. Query string and hash are dropped (they often carry ids). The user tells
 * cases apart with their own short case label (validated separately), never with data from the page.
 */
const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const HEX_RE = /^[0-9a-f]{8,}$/i;
const DIGITS_RE = /\d{3,}/;
/** Segments after which the next segment names or ids a person. */
const PERSON_MARKERS = new Set(['borger', 'borgere', 'citizen', 'citizens', 'person', 'personer', 'cpr', 'sag', 'sager', 'case', 'cases', 'klient', 'client', 'patient', 'user', 'bruger', 'profil', 'profile']);

export function looksLikeIdentifier(segment: string): boolean {
  let s = segment;
  try {
    s = decodeURIComponent(segment);
  } catch {
    return true; // malformed escapes: do not keep what we cannot read
  }
  if (!s) return false;
  if (UUID_RE.test(s) || HEX_RE.test(s) || DIGITS_RE.test(s) || containsCpr(s)) return true;
  if (/[@\s,;:=]/.test(s)) return true; // e-mail addresses, names with spaces, matrix params
  if (/^[A-Za-z0-9_-]{20,}$/.test(s) && /\d/.test(s)) return true; // opaque tokens
  return false;
}

export function formKeyFromUrl(pageUrl: string): string {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return 'ukendt';
  }
  // about:srcdoc, about:blank, blob: … are resolved to their parent's address first (lib/storage/page-url.ts);
  // a literal one here would be the same key on every site.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return pageUrl.startsWith(UNKNOWN_PREFIX) ? pageUrl.slice(0, 64) : 'ukendt';
  const segments = url.pathname.split('/');
  const out: string[] = [];
  let afterMarker = false;
  for (const seg of segments) {
    if (seg === '') {
      out.push(seg);
      continue;
    }
    // ;jsessionid=… and similar matrix parameters never belong in a key
    const bare = seg.split(';')[0];
    const hidden = afterMarker || looksLikeIdentifier(bare);
    out.push(hidden ? '*' : bare.toLowerCase());
    afterMarker = PERSON_MARKERS.has(bare.toLowerCase());
  }
  return `${url.protocol}//${url.host.toLowerCase()}${out.join('/')}`;
}

export const CASE_LABEL_MAX = 40;

export type CaseLabelProblem = 'too-long' | 'cpr' | 'chars';

/** The user's own short case label ("Sag A", "Mandag 3"). Returns the trimmed label or the problem. */
export function checkCaseLabel(label: string): { ok: true; label: string } | { ok: false; problem: CaseLabelProblem } {
  const l = label.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (l.length > CASE_LABEL_MAX) return { ok: false, problem: 'too-long' };
  // Six or more digits could be (part of) a CPR number or another id: not allowed in a label.
  if (containsCpr(l) || l.replace(/\D/g, '').length >= 6) return { ok: false, problem: 'cpr' };
  if (/[\p{Cc}<>]/u.test(l)) return { ok: false, problem: 'chars' };
  return { ok: true, label: l };
}
