import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PanelSectionProps } from '@/components/panel/contracts';
import { request } from '@/lib/messaging/client';
import { subscribeNotes } from '@/lib/messaging/sync-client';
import { maskCpr } from '@/lib/storage/cpr';
import { StorageError, type StorageErrorCode } from '@/lib/storage/errors';
import { storageErrorText } from '@/lib/storage/error-text';
import { checkCaseLabel, formKeyFromUrl } from '@/lib/storage/form-key';
import { NOTE_TEXT_MAX, TAG_MAX, TAGS_MAX, newId, type NoteRecord } from '@/lib/storage/records';
import { formatDate } from '@/lib/settings/i18n';
import { caseLabelSignal } from './case-label';
import { tNotes, type NotesKey } from './strings';
import { useLocale } from './use-locale';
import { NOTES_CSS } from './styles';

interface Draft {
  /** Id the note will be saved under: stable across retries, so a retried save never duplicates. */
  id: string;
  editingId: string | null;
  text: string;
  tags: string;
  /** A CPR number was masked while typing (the user is told). */
  masked?: boolean;
}

/** Drafts live outside the component so a panel re-render or remount never loses what the user typed. */
const drafts = new Map<string, Draft>();

function freshDraft(): Draft {
  return { id: newId(), editingId: null, text: '', tags: '' };
}

export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((t) => t.trim().slice(0, TAG_MAX)).filter(Boolean))].slice(0, TAGS_MAX);
}

const AUTO_RETRY: StorageErrorCode[] = ['unavailable', 'timeout'];
/** The request may have reached the background and only its answer was lost (service worker stopped). */
const ANSWER_LOST: StorageErrorCode[] = ['unavailable', 'timeout', 'unknown'];

export function NotesSection(props: PanelSectionProps) {
  const locale = useLocale();
  const t = (k: NotesKey, v?: Record<string, string | number>) => tNotes(locale, k, v);
  const formKey = useMemo(() => formKeyFromUrl(props.pageUrl), [props.pageUrl]);
  const label = caseLabelSignal(formKey);
  const caseLabel = label.value;
  const draftKey = `${formKey}\u0000${caseLabel}`;

  const [labelInput, setLabelInput] = useState(caseLabel);
  const [labelError, setLabelError] = useState<NotesKey | null>(null);
  const [notes, setNotes] = useState<NoteRecord[]>([]);
  const [labels, setLabels] = useState<string[]>([]);
  const [draft, setDraftState] = useState<Draft>(() => drafts.get(draftKey) ?? freshDraft());
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);
  const [masked, setMasked] = useState(false);
  const [confirmId, setConfirmId] = useState<string | null>(null);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const setDraft = (d: Draft) => {
    drafts.set(draftKey, d);
    setDraftState(d);
  };

  const updateDraft = (patch: Partial<Draft>) => setDraft({ ...(drafts.get(draftKey) ?? draft), ...patch });

  useEffect(() => {
    setDraftState(drafts.get(draftKey) ?? freshDraft());
  }, [draftKey]);

  // Load, then follow live changes (other tabs, overview, retention) through the background's liveQuery.
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      request({ type: 'notes.list', formKey, caseLabel })
        .then((r) => {
          if (!alive) return;
          setNotes(r.notes);
          setLabels(r.labels);
        })
        .catch(() => {});
    void refresh();
    const stop = subscribeNotes(formKey, caseLabel, (n) => alive && setNotes(n));
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive = false;
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [formKey, caseLabel]);

  useEffect(() => () => clearTimeout(retryTimer.current), []);

  // Note text sits in the (open) shadow root only while the user can see it: not while the panel is collapsed
  // (its body is hidden, so this section has no size) or the tab is in the background. Drafts stay in memory.
  const sectionRef = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(true);
  useEffect(() => {
    const el = sectionRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let sized = true;
    const update = () => setShown(sized && document.visibilityState !== 'hidden');
    const ro = new ResizeObserver((entries) => {
      const r = entries[entries.length - 1]?.contentRect;
      sized = !!r && r.width > 0 && r.height > 0;
      update();
    });
    ro.observe(el);
    document.addEventListener('visibilitychange', update);
    return () => {
      ro.disconnect();
      document.removeEventListener('visibilitychange', update);
    };
  }, []);

  const applyLabel = () => {
    const r = checkCaseLabel(labelInput);
    if (!r.ok) {
      setLabelError(r.problem === 'too-long' ? 'caseLabelTooLong' : r.problem === 'cpr' ? 'caseLabelCpr' : 'caseLabelChars');
      return;
    }
    setLabelError(null);
    setLabelInput(r.label);
    label.value = r.label;
  };

  const save = async (attempt = 0) => {
    clearTimeout(retryTimer.current);
    // Read the draft map, not the render closure: the click may come before the re-render of the last keystroke.
    const saving = drafts.get(draftKey) ?? draft;
    const text = saving.text.trim();
    if (!text) {
      setStatus({ kind: 'error', text: t('emptyNote') });
      return;
    }
    if (text.length > NOTE_TEXT_MAX) {
      setStatus({ kind: 'error', text: t('tooLong', { max: NOTE_TEXT_MAX }) });
      return;
    }
    setStatus({ kind: 'busy', text: t('saving') });
    const id = saving.editingId ?? saving.id;
    const tags = parseTags(saving.tags);
    const done = (note: NoteRecord, masked: boolean) => {
      setMasked(masked || saving.masked === true);
      setNotes((prev) => [note, ...prev.filter((n) => n.id !== note.id)].sort((a, b) => b.updatedAt - a.updatedAt));
      // Only clear the draft if the user has not typed more while we were saving.
      const current = drafts.get(draftKey);
      if (!current || (current.text === saving.text && current.tags === saving.tags)) setDraft(freshDraft());
      setStatus({ kind: 'ok', text: t('saved') });
    };
    try {
      const r = await request({ type: 'notes.save', note: { id, formKey, caseLabel, formKind: props.formKind, text, tags } });
      done(r.note, r.masked);
    } catch (err) {
      const code = err instanceof StorageError ? err.code : 'unknown';
      if (ANSWER_LOST.includes(code)) {
        // Ask whether the record landed before saying it did not: the id is known, the background may have written it.
        const landed = await request({ type: 'notes.get', id, formKey }).then((r) => r.note, () => null);
        const wanted = { text: maskCpr(text).text, tags: tags.map((x) => maskCpr(x).text) };
        if (landed && landed.text === wanted.text && JSON.stringify(landed.tags) === JSON.stringify([...new Set(wanted.tags)])) {
          done(landed, landed.text !== text || landed.tags.join() !== tags.join());
          return;
        }
      }
      setStatus({ kind: 'error', text: `${storageErrorText(locale, code)} ${t('draftKept')}` });
      if (AUTO_RETRY.includes(code) && attempt < 2) retryTimer.current = setTimeout(() => void save(attempt + 1), 1500 * (attempt + 1));
    }
  };

  const remove = async (id: string) => {
    setConfirmId(null);
    try {
      await request({ type: 'notes.delete', id });
      setNotes((prev) => prev.filter((n) => n.id !== id));
      if (draft.editingId === id) setDraft(freshDraft());
      setStatus({ kind: 'ok', text: t('deleted') });
    } catch (err) {
      setStatus({ kind: 'error', text: storageErrorText(locale, err instanceof StorageError ? err.code : 'unknown') });
    }
  };

  const startEdit = (n: NoteRecord) => {
    setDraft({ id: n.id, editingId: n.id, text: n.text, tags: n.tags.join(', ') });
    setStatus(null);
    editorRef.current?.focus();
  };

  const uid = useMemo(() => newId().slice(0, 8), []);

  /** Masks a CPR number as it is typed, before it sits in the panel's DOM, keeping the caret where it was. */
  const typed = (el: HTMLTextAreaElement | HTMLInputElement, field: 'text' | 'tags') => {
    const r = maskCpr(el.value);
    if (r.masked) {
      const fromEnd = el.value.length - (el.selectionEnd ?? el.value.length);
      el.value = r.text;
      const at = Math.max(0, r.text.length - fromEnd);
      el.setSelectionRange(at, at);
      setMasked(true);
    }
    updateDraft(r.masked ? { [field]: r.text, masked: true } : { [field]: r.text });
  };

  return (
    <section class="jr-notes" aria-labelledby={`jr-notes-h-${uid}`} data-section="notes" ref={sectionRef} data-notes-shown={shown ? 'true' : 'false'}>
      <style>{NOTES_CSS}</style>
      <h3 id={`jr-notes-h-${uid}`}>{t('heading')}</h3>
      {shown && (
        <>
      <p class="jr-hint">{t('intro')}</p>

      <div class="jr-field">
        <label for={`jr-label-${uid}`}>{t('caseLabel')}</label>
        <input
          id={`jr-label-${uid}`}
          type="text"
          data-case-label
          maxLength={60}
          list={`jr-labels-${uid}`}
          value={labelInput}
          aria-describedby={`jr-label-hint-${uid}`}
          aria-invalid={labelError ? 'true' : undefined}
          onInput={(e) => setLabelInput((e.target as HTMLInputElement).value)}
          onChange={applyLabel}
          onKeyDown={(e) => e.key === 'Enter' && applyLabel()}
        />
        <datalist id={`jr-labels-${uid}`}>
          {labels.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <p id={`jr-label-hint-${uid}`} class={labelError ? 'jr-error' : 'jr-hint'} role={labelError ? 'alert' : undefined}>
          {labelError ? t(labelError) : t('caseLabelHint')}
        </p>
      </div>

      <div class="jr-field">
        <label for={`jr-editor-${uid}`}>{draft.editingId ? t('editorEditing') : t('editor')}</label>
        <textarea
          id={`jr-editor-${uid}`}
          ref={editorRef}
          data-note-editor
          rows={4}
          value={draft.text}
          aria-describedby={`jr-status-${uid}`}
          onInput={(e) => typed(e.target as HTMLTextAreaElement, 'text')}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void save();
            }
          }}
        />
      </div>
      <div class="jr-field">
        <label for={`jr-tags-${uid}`}>{t('tags')}</label>
        <input id={`jr-tags-${uid}`} type="text" data-note-tags value={draft.tags} onInput={(e) => typed(e.target as HTMLInputElement, 'tags')} />
      </div>
      <div class="jr-actions">
        <button type="button" data-action="save-note" disabled={status?.kind === 'busy'} onClick={() => void save()}>
          {draft.editingId ? t('saveEdit') : t('save')}
        </button>
        {draft.editingId && (
          <button type="button" data-action="cancel-edit" onClick={() => setDraft(freshDraft())}>
            {t('cancelEdit')}
          </button>
        )}
      </div>
      <div id={`jr-status-${uid}`} aria-live="polite">
        {status && (
          <p class={status.kind === 'error' ? 'jr-error' : 'jr-hint'} role={status.kind === 'error' ? 'alert' : undefined} data-note-status={status.kind}>
            {status.text}
            {status.kind === 'error' && (
              <>
                {' '}
                <button type="button" data-action="retry-save-note" onClick={() => void save()}>
                  {t('retry')}
                </button>
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

      <h4>{t('list')}</h4>
      {notes.length === 0 ? (
        <p class="jr-hint">{t('empty')}</p>
      ) : (
        <ul class="jr-note-list">
          {notes.map((n) => (
            <li key={n.id} data-note-id={n.id}>
              <p class="jr-note-text">{n.text}</p>
              {n.tags.length > 0 && (
                <p class="jr-tags">
                  {n.tags.map((tag) => (
                    <span key={tag} class="jr-tag">
                      {tag}
                    </span>
                  ))}
                </p>
              )}
              <p class="jr-meta">
                {t('created', { date: formatDate(n.createdAt, true) })}
                {n.updatedAt !== n.createdAt && <>, {t('updated', { date: formatDate(n.updatedAt, true) })}</>}
              </p>
              {confirmId === n.id ? (
                <p class="jr-actions" role="group" aria-label={t('confirmDelete')}>
                  <span>{t('confirmDelete')}</span>{' '}
                  <button type="button" data-action="confirm-delete-note" onClick={() => void remove(n.id)}>
                    {t('yesDelete')}
                  </button>{' '}
                  <button type="button" onClick={() => setConfirmId(null)}>
                    {t('no')}
                  </button>
                </p>
              ) : (
                <p class="jr-actions">
                  <button type="button" data-action="edit-note" aria-label={`${t('edit')}: ${n.text.slice(0, 40)}`} onClick={() => startEdit(n)}>
                    {t('edit')}
                  </button>{' '}
                  <button type="button" data-action="delete-note" aria-label={`${t('delete')}: ${n.text.slice(0, 40)}`} onClick={() => setConfirmId(n.id)}>
                    {t('delete')}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
        </>
      )}
    </section>
  );
}

export default NotesSection;
