import { z } from 'zod/mini';
import { browser } from 'wxt/browser';

/**
 * Dismissed findings and rules muted on a site, in browser.storage.local (the extension's origin; the background
 * writes it). A finding is kept only as a hash (lib/panel/dismiss-key.ts), never its text.
 */
export const DISMISSALS_KEY = 'dismissals';
export const DISMISSALS_MAX = 5_000;
const DAY_MS = 86_400_000;

// Built on first use: the panel reads the dismissals at start, and a site without any needs no schema for them.
const host = () => z.string().check(z.maxLength(255));
const ruleId = () => z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[a-z0-9-]+$/));

const buildDismissalDraft = () =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('finding'), hash: z.string().check(z.regex(/^[0-9a-f]{16}$/)), ruleId: ruleId(), host: host() }),
    z.strictObject({ kind: z.literal('rule'), ruleId: ruleId(), host: host() }),
  ]);
let dismissalDraft: ReturnType<typeof buildDismissalDraft> | null = null;
export const dismissalDraftSchema = /* @__NO_SIDE_EFFECTS__ */ () => (dismissalDraft ??= buildDismissalDraft());
export type DismissalDraft = z.infer<ReturnType<typeof buildDismissalDraft>>;

const buildDismissal = () =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(400)),
    kind: z.enum(['finding', 'rule']),
    ruleId: ruleId(),
    host: host(),
    hash: z.optional(z.string()),
    createdAt: z.int().check(z.minimum(0)),
  });
let dismissal: ReturnType<typeof buildDismissal> | null = null;
export const dismissalSchema = /* @__NO_SIDE_EFFECTS__ */ () => (dismissal ??= buildDismissal());
export type Dismissal = z.infer<ReturnType<typeof buildDismissal>>;

export function dismissalId(d: DismissalDraft): string {
  return d.kind === 'finding' ? `f:${d.hash}` : `r:${d.host}:${d.ruleId}`;
}

export async function readDismissals(): Promise<Dismissal[]> {
  const got = await browser.storage.local.get(DISMISSALS_KEY);
  const raw = got[DISMISSALS_KEY];
  if (raw === undefined) return [];
  const parsed = z.array(dismissalSchema()).safeParse(raw);
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
