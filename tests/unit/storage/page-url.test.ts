import { describe, expect, it } from 'vitest';
import { formKeyFromUrl } from '@/lib/storage/form-key';
import { frameUrl, type FrameLike } from '@/lib/storage/page-url';

const top = (href: string): FrameLike => {
  const w: FrameLike = { location: { href }, parent: null };
  w.parent = w;
  return w;
};
const child = (href: string, parent: FrameLike, extra: Partial<FrameLike> = {}): FrameLike => ({ location: { href }, parent, ...extra });
const crossOrigin = (): FrameLike => ({
  get location(): FrameLike['location'] {
    throw new DOMException('Blocked a frame', 'SecurityError');
  },
});

describe('the URL a frame files its notes under', () => {
  it('is the frame’s own address for http(s) documents', () => {
    expect(frameUrl(child('https://b.dk/form', top('https://a.dk/')))).toBe('https://b.dk/form');
  });

  it('srcdoc and about:blank frames take their parent’s address: the same srcdoc on two sites gets two keys', () => {
    const a = formKeyFromUrl(frameUrl(child('about:srcdoc', top('https://fagsystem.kommune-a.dk/minplan'))));
    const b = formKeyFromUrl(frameUrl(child('about:srcdoc', top('http://intranet.kommune-b.local/minplan'))));
    expect(a).toBe('https://fagsystem.kommune-a.dk/minplan');
    expect(b).toBe('http://intranet.kommune-b.local/minplan');
    expect(formKeyFromUrl(frameUrl(child('about:blank', child('about:srcdoc', top('https://a.dk/x')))))).toBe('https://a.dk/x');
  });

  it('falls back to the referrer, then to the nearest ancestor origin, when the parent cannot be read', () => {
    expect(frameUrl(child('about:srcdoc', crossOrigin(), { document: { referrer: 'https://c.dk/plan?id=1' } }))).toBe('https://c.dk/plan?id=1');
    const w = child('about:srcdoc', crossOrigin(), { document: { referrer: '' } });
    w.location.ancestorOrigins = { length: 2, 0: 'https://near.dk', 1: 'https://far.dk' };
    expect(formKeyFromUrl(frameUrl(w))).toBe('https://near.dk/');
  });

  it('a document with no address to be found gets a key no other document shares', () => {
    const key = formKeyFromUrl(frameUrl(child('about:srcdoc', crossOrigin())));
    expect(key).toMatch(/^about:ukendt-[0-9a-f]{16}$/);
    expect(formKeyFromUrl('about:srcdoc')).not.toBe(key);
  });
});
