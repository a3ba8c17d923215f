import { z } from 'zod/mini';
import { FORM_KINDS } from '@/lib/analysis/types';
import { CASE_LABEL_MAX } from './form-key';

// zod/mini: these schemas travel in messages, so the content script bundles them too.

export const NOTE_TEXT_MAX = 20_000;
export const TAG_MAX = 40;
export const TAGS_MAX = 20;
export const COMMENT_MAX = 2_000;
export const EXCERPT_MAX = 2_000;
export const FORM_KEY_MAX = 2_048;

export const CHECK_STATES = ['met', 'not-met', 'unknown'] as const;
export type CheckState = (typeof CHECK_STATES)[number];

const Id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
const Time = z.int().check(z.minimum(0), z.maximum(8.64e15));
const FormKey = z.string().check(z.minLength(1), z.maxLength(FORM_KEY_MAX));
const CaseLabel = z.string().check(z.maxLength(CASE_LABEL_MAX));
const FormKindOrNull = z.nullable(z.enum(FORM_KINDS));
const Tag = z.string().check(z.minLength(1), z.maxLength(TAG_MAX));

/** What the panel sends to save a note: the background sets the timestamps and masks CPR numbers. */
export const NoteDraftSchema = z.strictObject({
  id: Id,
  formKey: FormKey,
  caseLabel: CaseLabel,
  formKind: FormKindOrNull,
  text: z.string().check(z.minLength(1), z.maxLength(NOTE_TEXT_MAX)),
  tags: z.array(Tag).check(z.maxLength(TAGS_MAX)),
});
export type NoteDraft = z.infer<typeof NoteDraftSchema>;

/** A stored record is its draft plus the timestamps the background sets. */
const Stamps = { createdAt: Time, updatedAt: Time };

export const NoteRecordSchema = z.extend(NoteDraftSchema, Stamps);
export type NoteRecord = z.infer<typeof NoteRecordSchema>;

export const ReviewItemSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  state: z.enum(CHECK_STATES),
  /** What the analysis suggested; differs from `state` when the reviewer overrode it. */
  auto: z.enum(CHECK_STATES),
  comment: z.string().check(z.maxLength(COMMENT_MAX)),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewMetricsSchema = z.strictObject({
  jobFocusScore: z.nullable(z.int().check(z.minimum(0), z.maximum(100))),
  agreementsTotal: z.int().check(z.minimum(0), z.maximum(10_000)),
  agreementsSmart: z.int().check(z.minimum(0), z.maximum(10_000)),
});
export type ReviewMetrics = z.infer<typeof ReviewMetricsSchema>;

export const ReviewDraftSchema = z.strictObject({
  id: Id,
  formKey: FormKey,
  caseLabel: CaseLabel,
  formKind: FormKindOrNull,
  subKind: z.nullable(z.literal('indstilling')),
  phase: z.string().check(z.minLength(1), z.maxLength(64)),
  items: z.array(ReviewItemSchema).check(z.maxLength(100)),
  metrics: ReviewMetricsSchema,
  /** Only when the reviewer explicitly attaches an excerpt of the citizen's text; CPR-masked. */
  excerpt: z.nullable(z.string().check(z.maxLength(EXCERPT_MAX))),
});
export type ReviewDraft = z.infer<typeof ReviewDraftSchema>;

export const ReviewRecordSchema = z.extend(ReviewDraftSchema, Stamps);
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

/**
 * A random id for a new record (128 bits, 32 hex digits), created by the client so that a retried save is
 * idempotent. `crypto.getRandomValues` works in every context; `randomUUID` only in secure ones (https, localhost),
 * and many municipal intranet systems are plain http.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
