import { z } from 'zod/mini';
import { NoteDraftSchema, NoteRecordSchema, ReviewDraftSchema, ReviewRecordSchema } from '@/lib/storage/records';
import { STORAGE_ERROR_CODES } from '@/lib/storage/errors';
import { dismissalDraftSchema, dismissalSchema } from '@/lib/storage/dismissals';

/**
 * Typed messages between the panel (content script) / extension pages and the background, which alone owns
 * the database. Every request and every response is validated with zod on both ends.
 * All messages carry `ns: 'jobrettet'` so that other listeners can ignore them.
 */
const NS = z.literal('jobrettet');
const FormRef = { formKey: z.string().check(z.minLength(1), z.maxLength(2048)), caseLabel: z.string().check(z.maxLength(40)) };
const Id = z.string().check(z.minLength(1), z.maxLength(64));

export const RequestSchema = z.discriminatedUnion('type', [
  z.strictObject({ ns: NS, type: z.literal('ping') }),
  z.strictObject({ ns: NS, type: z.literal('notes.list'), ...FormRef }),
  z.strictObject({ ns: NS, type: z.literal('notes.save'), note: NoteDraftSchema }),
  z.strictObject({ ns: NS, type: z.literal('notes.delete'), id: Id }),
  /** Did a save whose answer was lost land? (the panel knows the id it saved under) */
  z.strictObject({ ns: NS, type: z.literal('notes.get'), id: Id, formKey: FormRef.formKey }),
  z.strictObject({ ns: NS, type: z.literal('reviews.latest'), ...FormRef }),
  z.strictObject({ ns: NS, type: z.literal('reviews.save'), review: ReviewDraftSchema }),
  /** "Se den i oversigten": web pages may not open extension pages themselves, the background does it. */
  z.strictObject({ ns: NS, type: z.literal('overview.open') }),
  z.strictObject({ ns: NS, type: z.literal('dismissals.list'), host: z.string().check(z.maxLength(255)) }),
  z.strictObject({ ns: NS, type: z.literal('dismissals.add'), dismissal: dismissalDraftSchema() }),
  z.strictObject({ ns: NS, type: z.literal('dismissals.remove'), id: z.string().check(z.minLength(1), z.maxLength(400)) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

const ResultSchemas = {
  ping: z.strictObject({ pong: z.literal(true) }),
  'notes.list': z.strictObject({ notes: z.array(NoteRecordSchema), labels: z.array(z.string()) }),
  'notes.save': z.strictObject({ note: NoteRecordSchema, masked: z.boolean() }),
  'notes.delete': z.strictObject({ deleted: z.literal(true) }),
  'notes.get': z.strictObject({ note: z.nullable(NoteRecordSchema) }),
  'reviews.latest': z.strictObject({ review: z.nullable(ReviewRecordSchema) }),
  'reviews.save': z.strictObject({ review: ReviewRecordSchema, masked: z.boolean() }),
  'overview.open': z.strictObject({ opened: z.literal(true) }),
  'dismissals.list': z.strictObject({ dismissals: z.array(dismissalSchema()) }),
  'dismissals.add': z.strictObject({ dismissal: dismissalSchema() }),
  'dismissals.remove': z.strictObject({ removed: z.literal(true) }),
} as const;
export type ResultOf<T extends RequestType> = z.infer<(typeof ResultSchemas)[T]>;

export const ErrorResponseSchema = z.strictObject({
  ok: z.literal(false),
  error: z.strictObject({ code: z.enum(STORAGE_ERROR_CODES), detail: z.optional(z.string()) }),
});

export function resultSchema<T extends RequestType>(type: T): (typeof ResultSchemas)[T] {
  return ResultSchemas[type];
}

export type Response<T extends RequestType> = { ok: true; data: ResultOf<T> } | z.infer<typeof ErrorResponseSchema>;

/** The port name of the live note/review subscription (lib/messaging/sync.ts). */
export const SYNC_PORT = 'jobrettet-sync';

export const SyncSubscribeSchema = z.strictObject({ ns: NS, type: z.literal('subscribe'), ...FormRef });
export const SyncPushSchema = z.strictObject({
  ns: NS,
  type: z.literal('notes'),
  formKey: z.string(),
  caseLabel: z.string(),
  notes: z.array(NoteRecordSchema),
});
export type SyncPush = z.infer<typeof SyncPushSchema>;
