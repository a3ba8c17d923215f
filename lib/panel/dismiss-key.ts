/**
 * The key a dismissed finding is remembered by: a 64-bit FNV-1a hash of rule id, form key, field role and label,
 * and the flagged excerpt. Pure (no crypto.subtle, which plain-http intranet hosts do not get), so the flagged
 * text never leaves the page in clear; when the text changes, the key changes and the rule may flag it again.
 */
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/** FNV-1a 64 over the UTF-8 bytes of `s`, as 16 hex digits. */
export function fnv1a64(s: string): string {
  let h = OFFSET;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= BigInt(byte);
    h = (h * PRIME) & MASK;
  }
  return h.toString(16).padStart(16, '0');
}

export interface DismissKeyInput {
  ruleId: string;
  formKey: string;
  role: string | null;
  label: string;
  excerpt: string;
}

export function dismissKey(k: DismissKeyInput): string {
  const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
  return fnv1a64([k.ruleId, k.formKey, k.role ?? '', norm(k.label), norm(k.excerpt)].join('\u0000'));
}
