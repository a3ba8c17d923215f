import { z } from 'zod/mini';
import { browser } from 'wxt/browser';

/**
 * Dismissed findings and rules muted on a site, in browser.storage.local (the extension's origin; the background
 * writes it). A finding is kept only as a hash (lib/panel/dismiss-key.ts), never its text.
 */
export const DISMISSALS_KEY = 'dismissals';
export const DISMISSALS_MAX = 5_000;
const DAY_MS = 86_400_000;

const Host = z.string().check(z.maxLength(255));
const RuleId = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9-]+$/));

export const DismissalDraftSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('finding'), hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)), ruleId: RuleId, host: Host }),
  z.strictObject({ kind: z.literal('rule'), ruleId: RuleId, host: Host }),
]);
export type DismissalDraft = z.infer<typeof DismissalDraftSchema>;

export const DismissalSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(400)),
  kind: z.enum(['finding', 'rule']),
  ruleId: RuleId,
  host: Host,
  hash: z.optional(z.string()),
  createdAt: z.int().check(z.minimum(0)),
});
export type Dismissal = z.infer<typeof DismissalSchema>;

export function dismissalId(d: DismissalDraft): string {
  return d.kind === 'finding' ? `f:${d.hash}` : `r:${d.host}:${d.ruleId}`;
}

export async function readDismissals(): Promise<Dismissal[]> {
  const got = await browser.storage.local.get(DISMISSALS_KEY);
  const raw = got[DISMISSALS_KEY];
  const parsed = z.array(DismissalSchema).safeParse(raw);
  return parsed.success ? parsed.data : [];
}

async function write(list: Dismissal[]): Promise<void> {
  await browser.storage.local.set({ [DISMISSALS_KEY]: list.slice(-DISMISSALS_MAX) });
}

export async function listDismissals(host: string): Promise<Dismissal[]> {
  return (await readDismissals()).filter((d) => d.host === host);
}

export async function addDismissal(draft: DismissalDraft, now = Date.now()): Promise<Dismissal> {
  const id = dismissalId(draft);
  const rec: Dismissal = { id, kind: draft.kind, ruleId: draft.ruleId, host: draft.host, createdAt: now, ...(draft.kind === 'finding' ? { hash: draft.hash } : {}) };
  const list = (await readDismissals()).filter((d) => d.id !== id);
  await write([...list, rec]);
  return rec;
}

export async function removeDismissal(id: string): Promise<void> {
  await write((await readDismissals()).filter((d) => d.id !== id));
}

/** Retention: dismissals older than `retentionDays` go, like notes and reviews. Returns how many. */
export async function pruneDismissals(retentionDays: number, now = Date.now()): Promise<number> {
  if (!Number.isFinite(retentionDays) || retentionDays < 1) return 0;
  const cutoff = now - retentionDays * DAY_MS;
  const list = await readDismissals();
  const keep = list.filter((d) => d.createdAt >= cutoff);
  if (keep.length !== list.length) await write(keep);
  return list.length - keep.length;
}

/** "Slet alle mine data". */
export async function clearDismissals(): Promise<void> {
  await browser.storage.local.remove(DISMISSALS_KEY);
}
