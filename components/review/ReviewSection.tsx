import { useComputed } from '@preact/signals';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PanelSectionProps } from '@/components/panel/contracts';
import { caseLabelSignal } from '@/components/notes/case-label';
import { NOTES_CSS } from '@/components/notes/styles';
import { useLocale } from '@/components/notes/use-locale';
import { request } from '@/lib/messaging/client';
import { formatDate } from '@/lib/settings/i18n';
import type { Locale } from '@/lib/settings/schema';
import { maskCpr } from '@/lib/storage/cpr';
import { StorageError } from '@/lib/storage/errors';
import { storageErrorText } from '@/lib/storage/error-text';
import { formKeyFromUrl } from '@/lib/storage/form-key';
import { COMMENT_MAX, EXCERPT_MAX, newId, type CheckState, type ReviewRecord } from '@/lib/storage/records';
import { checkLabel, evaluateChecklist, PHASE_LABELS, phaseFor, reviewMetrics, type Evidence } from './checklist';
import { tReview, type ReviewKey } from './strings';

export const REVIEWER_MODE_KEY = 'reviewerMode';

const STATE_KEYS: Record<CheckState, ReviewKey> = { met: 'met', 'not-met': 'notMet', unknown: 'unknown' };

function evidenceText(e: Evidence, locale: Locale): string {
  const t = (k: ReviewKey, v?: Record<string, string | number>) => tReview(locale, k, v);
  if (e.text === 'no-field') return t('noField');
  if (e.text === 'empty') return t('empty');
  if (e.text === 'clean') return t('clean');
  if (e.text === 'no-agreements') return t('noAgreements');
  const m = /^(smart|dated|actors):(\d+)\/(\d+)$/.exec(e.text);
  if (m) return t(m[1] as 'smart' | 'dated' | 'actors', { n: m[2], total: m[3] });
  return e.text;
}

interface ItemEdit {
  state?: CheckState;
  comment: string;
}

export function ReviewSection(props: PanelSectionProps) {
  const locale = useLocale();
  const t = (k: ReviewKey, v?: Record<string, string | number>) => tReview(locale, k, v);
  const formKey = useMemo(() => formKeyFromUrl(props.pageUrl), [props.pageUrl]);
  const caseLabel = caseLabelSignal(formKey).value;
  const phase = phaseFor(props.formKind, props.subKind);

  const [on, setOn] = useState(false);
  const [reviewId, setReviewId] = useState(newId);
  const [edits, setEdits] = useState<Record<string, ItemEdit>>({});
  const [attach, setAttach] = useState(false);
  const [excerpt, setExcerpt] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string; link?: boolean } | null>(null);
  // The text the user last selected in the page (textarea/input `select`, or the DOM selection): the excerpt starts with it.
  const lastSelection = useRef('');
  useEffect(() => {
    const onSelect = (e: Event) => {
      const el = e.composedPath()[0];
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) lastSelection.current = el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0);
    };
    const onSelectionChange = () => {
      const text = document.getSelection()?.toString() ?? '';
      if (text.trim()) lastSelection.current = text;
    };
    document.addEventListener('select', onSelect, true);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      document.removeEventListener('select', onSelect, true);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, []);
  const startAttach = (checked: boolean) => {
    setAttach(checked);
    if (!checked || excerpt.trim()) return;
    const firstFinding = props.fields.value.flatMap((a) => a.result.findings).find((f) => f.excerpt.trim());
    setExcerpt((lastSelection.current.trim() ? lastSelection.current : (firstFinding?.excerpt ?? '')).slice(0, EXCERPT_MAX));
  };
  const openOverview = (e: Event) => {
    e.preventDefault();
    void request({ type: 'overview.open' }).catch(() => {});
  };
  const [masked, setMasked] = useState(false);

  // Pre-filled from the live analysis; recomputed when the fields' results change.
  const auto = useComputed(() => evaluateChecklist(phase, props.fields.value));
  const metrics = useComputed(() => reviewMetrics(props.fields.value));

  useEffect(() => {
    void browser.storage.local
      .get(REVIEWER_MODE_KEY)
      .then((r) => setOn(r[REVIEWER_MODE_KEY] === true))
      .catch(() => {});
  }, []);

  // Reopening a form: continue the latest review of it.
  useEffect(() => {
    if (!on) return;
    let alive = true;
    request({ type: 'reviews.latest', formKey, caseLabel })
      .then(({ review }) => {
        if (!alive || !review) return;
        setReviewId(review.id);
        setEdits(Object.fromEntries(review.items.map((i) => [i.id, { state: i.state !== i.auto ? i.state : undefined, comment: i.comment }])));
        setExcerpt(review.excerpt ?? '');
        setAttach(review.excerpt !== null);
        setStatus({ kind: 'ok', text: t('loaded', { date: formatDate(review.updatedAt, true) }) });
      })
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, [on, formKey, caseLabel]);

  /** CPR numbers are masked as they are typed (before they sit in the panel's DOM); the user is told. */
  const typed = (el: HTMLTextAreaElement): string => {
    const r = maskCpr(el.value);
    if (!r.masked) return el.value;
    el.value = r.text;
    setMasked(true);
    return r.text;
  };

  // Reviewer mode applies on every site: a page script clicking the button (an untrusted event) cannot switch it.
  const toggle = (e: Event) => {
    if (!e.isTrusted) return;
    const next = !on;
    setOn(next);
    void browser.storage.local.set({ [REVIEWER_MODE_KEY]: next }).catch(() => {});
  };

  const items = auto.value.map((a) => {
    const edit = edits[a.id];
    return { ...a, auto: a.state, state: edit?.state ?? a.state, comment: edit?.comment ?? '' };
  });

  const setItem = (id: string, patch: Partial<ItemEdit>) => setEdits((prev) => ({ ...prev, [id]: { comment: prev[id]?.comment ?? '', state: prev[id]?.state, ...patch } }));

  const save = async () => {
    setStatus({ kind: 'busy', text: t('saving') });
    try {
      const r = await request({
        type: 'reviews.save',
        review: {
          id: reviewId,
          formKey,
          caseLabel,
          formKind: props.formKind,
          subKind: props.subKind,
          phase,
          items: items.map((i) => ({ id: i.id, state: i.state, auto: i.auto, comment: i.comment.slice(0, COMMENT_MAX) })),
          metrics: metrics.value,
          excerpt: attach && excerpt.trim() ? excerpt.trim().slice(0, EXCERPT_MAX) : null,
        },
      });
      setMasked((m) => m || r.masked);
      // Show what was stored (CPR numbers masked), not what was typed.
      setEdits((prev) => {
        const next = { ...prev };
        for (const i of r.review.items) next[i.id] = { state: prev[i.id]?.state, comment: i.comment };
        return next;
      });
      if (r.review.excerpt !== null) setExcerpt(r.review.excerpt);
      setStatus({ kind: 'ok', text: t('saved'), link: true });
    } catch (err) {
      setStatus({ kind: 'error', text: storageErrorText(locale, err instanceof StorageError ? err.code : 'unknown') });
    }
  };

  const startNew = () => {
    setReviewId(newId());
    setEdits({});
    setExcerpt('');
    setAttach(false);
    setStatus(null);
    setMasked(false);
  };

  const counts = { met: 0, notMet: 0, unknown: 0 };
  for (const i of items) counts[i.state === 'met' ? 'met' : i.state === 'not-met' ? 'notMet' : 'unknown']++;
  const uid = reviewId.slice(0, 8);

  return (
    <section class="jr-review" data-section="review" aria-labelledby={`jr-review-h-${uid}`}>
      <style>{NOTES_CSS}</style>
      <h3 id={`jr-review-h-${uid}`}>{t('heading')}</h3>
      <button type="button" data-action="toggle-review" aria-pressed={on ? 'true' : 'false'} onClick={(e) => toggle(e)}>
        {on ? t('toggleOff') : t('toggleOn')}
      </button>
      {on && (
        <div data-review-checklist data-phase={phase}>
          <p class="jr-hint">{t('intro')}</p>
          <p>
            <strong>{t('phase', { phase: PHASE_LABELS[phase][locale] })}</strong>
          </p>
          <p class="jr-hint" data-review-summary>
            {t('summary', counts)}
          </p>
          <ul class="jr-checklist">
            {items.map((i) => {
              const name = `jr-check-${uid}-${i.id}`;
              return (
                <li key={i.id} data-check-id={i.id} data-check-state={i.state} data-check-auto={i.auto}>
                  <fieldset>
                    <legend>
                      <strong>{checkLabel(i.id, locale)}</strong> – <span class={`jr-state-${i.state}`}>{t(STATE_KEYS[i.state])}</span>
                    </legend>
                    {(['met', 'not-met', 'unknown'] as const).map((s) => (
                      <label key={s}>
                        <input type="radio" name={name} value={s} data-check-option={s} checked={i.state === s} onChange={() => setItem(i.id, { state: s === i.auto ? undefined : s })} />{' '}
                        {t(STATE_KEYS[s])}
                      </label>
                    ))}
                  </fieldset>
                  <p class="jr-evidence">
                    {t('auto', { state: t(STATE_KEYS[i.auto]) })}
                    {i.state !== i.auto && <> ({t('overridden')})</>}
                  </p>
                  <ul class="jr-evidence" aria-label={t('evidence')}>
                    {(i.evidence.length ? i.evidence : [{ text: i.auto === 'unknown' ? 'manual' : 'clean' }]).map((e, n) => (
                      <li key={n}>
                        {e.text === 'manual' ? t('manual') : evidenceText(e, locale)}
                        {e.excerpt && <> «{e.excerpt}»</>}
                      </li>
                    ))}
                  </ul>
                  <div class="jr-field">
                    <label for={`${name}-c`}>{t('comment')}</label>
                    <textarea id={`${name}-c`} rows={2} maxLength={COMMENT_MAX} data-check-comment value={i.comment} onInput={(e) => setItem(i.id, { comment: typed(e.target as HTMLTextAreaElement) })} />
                  </div>
                </li>
              );
            })}
          </ul>
          <div class="jr-field">
            <label>
              <input type="checkbox" data-review-attach checked={attach} onChange={(e) => startAttach((e.target as HTMLInputElement).checked)} /> {t('attachExcerpt')}
            </label>
            {attach && (
              <>
                <label for={`jr-excerpt-${uid}`}>{t('excerpt')}</label>
                <textarea id={`jr-excerpt-${uid}`} rows={3} maxLength={EXCERPT_MAX} data-review-excerpt value={excerpt} onInput={(e) => setExcerpt(typed(e.target as HTMLTextAreaElement))} />
              </>
            )}
          </div>
          <div class="jr-actions">
            <button type="button" data-action="save-review" disabled={status?.kind === 'busy'} onClick={() => void save()}>
              {t('save')}
            </button>
            <button type="button" data-action="new-review" onClick={startNew}>
              {t('newReview')}
            </button>
          </div>
          <div aria-live="polite">
            {status && (
              <p class={status.kind === 'error' ? 'jr-error' : 'jr-hint'} role={status.kind === 'error' ? 'alert' : undefined} data-review-status={status.kind}>
                {status.text}
                {status.link && (
                  <>
                    {' '}
                    <a href={browser.runtime.getURL('/overview.html')} target="_blank" rel="noopener" data-action="open-overview" onClick={openOverview}>
                      {t('seeInOverview')}
                    </a>
                  </>
                )}
              </p>
            )}
            {masked && status?.kind !== 'error' && (
              <p class="jr-warning" data-cpr-masked>
                {t('cprMasked')}
              </p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

export type { ReviewRecord };
export default ReviewSection;
