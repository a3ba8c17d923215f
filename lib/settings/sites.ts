import type { EffectiveSettings } from './schema';

/* Zod-free, so the content script's loader can judge the per-site switch before the panel bundle loads. */

/** Normalises a hostname for comparison: lower case, no trailing dot, no `www.`. */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** `jobnet.dk` matches jobnet.dk and its subdomains; `*.kommune.dk` matches only subdomains; a port must match when given. */
export function hostMatches(pattern: string, hostname: string): boolean {
  const p = normaliseHost(pattern);
  const h = normaliseHost(hostname);
  const [pHost, pPort] = p.split(':');
  const [hHost, hPort] = h.split(':');
  if (pPort !== undefined && pPort !== hPort) return false;
  if (pHost.startsWith('*.')) return hHost.endsWith(pHost.slice(1));
  return hHost === pHost || hHost.endsWith(`.${pHost}`);
}

export function isSiteEnabled(s: Pick<EffectiveSettings, 'disabledSites'> & Partial<Pick<EffectiveSettings, 'allowedSites'>>, hostname: string): boolean {
  if (!hostname) return false;
  if (s.allowedSites && s.allowedSites.length > 0 && !s.allowedSites.some((p) => hostMatches(p, hostname))) return false;
  return !s.disabledSites.some((p) => hostMatches(p, hostname));
}
