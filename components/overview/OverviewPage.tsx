import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { FORM_KINDS } from '@/lib/analysis/types';
import { formatDate } from '@/lib/settings/i18n';
import { useEffectiveSettings } from '@/components/notes/use-locale';
import { checkLabel, PHASE_LABELS, type Phase } from '@/components/review/checklist';
import { toCsv, type CsvNames } from '@/lib/storage/csv';
import { formKindName } from '@/lib/i18n/display';
import { getDb } from '@/lib/storage/db';
import { exportJson, importJson, IMPORT_MAX_BYTES, type ImportProblem } from '@/lib/storage/import-export';
import type { NoteRecord, ReviewRecord } from '@/lib/storage/records';
import { stateCounts } from '@/lib/storage/review-summary';
import { JobFocusHistogram, SharesChart } from './Charts';
import { downloadText, stamp } from './download';
import { SortableTable, type Column } from './SortableTable';
import { computeStats } from './stats';
import { tOverview, type OverviewKey } from './strings';

function matches(filter: string, ...values: Array<string | null | undefined>): boolean {
  if (!filter) return true;
  const f = filter.toLocaleLowerCase('da');
  return values.some((v) => v?.toLocaleLowerCase('da').includes(f));
}

export function OverviewPage() {
  const settings = useEffectiveSettings();
  const locale = settings?.locale ?? 'da';
  const t = (k: OverviewKey, v?: Record<string, string | number>) => tOverview(locale, k, v);
  const [data, setData] = useState<{ notes: NoteRecord[]; reviews: ReviewRecord[] } | null>(null);
  const [filter, setFilter] = useState('');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error' | 'busy'; text: string } | null>(null);

  useEffect(() => {
    const db = getDb();
    // Live: follows saves in the panel, imports, retention and deletions from any context.
    const sub = liveQuery(async () => ({ notes: await db.notes.toArray(), reviews: await db.reviews.toArray() })).subscribe({
      next: (d) => setData(d),
      error: (e) => setStatus({ kind: 'error', text: String(e) }),
    });
    return () => sub.unsubscribe();
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('title');
  }, [locale]);

  useEffect(() => {
    if (data) performance.mark('jobrettet-overview-ready');
  }, [data !== null]);

  const reviews = useMemo(() => (data?.reviews ?? []).filter((r) => (!kind || r.formKind === kind) && matches(filter, r.caseLabel, r.formKey, r.phase, ...r.items.map((i) => i.comment))), [data, filter, kind]);
  const notes = useMemo(() => (data?.notes ?? []).filter((n) => (!kind || n.formKind === kind) && matches(filter, n.caseLabel, n.formKey, n.text, ...n.tags)), [data, filter, kind]);
  const stats = useMemo(() => computeStats(reviews), [reviews]);

  const reviewCols: Column<ReviewRecord>[] = useMemo(
    () => [
      { id: 'updatedAt', label: t('date'), sortValue: (r) => r.updatedAt, render: (r) => formatDate(r.updatedAt, true) },
      { id: 'phase', label: t('phase'), sortValue: (r) => r.phase, render: (r) => PHASE_LABELS[r.phase as Phase]?.[locale] ?? r.phase },
      { id: 'caseLabel', label: t('caseLabel'), sortValue: (r) => r.caseLabel, render: (r) => r.caseLabel },
      { id: 'formKey', label: t('formKey'), sortValue: (r) => r.formKey, render: (r) => <code>{r.formKey}</code> },
      { id: 'jobFocus', label: t('jobFocus'), sortValue: (r) => r.metrics.jobFocusScore ?? -1, render: (r) => r.metrics.jobFocusScore ?? '–' },
      { id: 'smart', label: t('smartCol'), sortValue: (r) => (r.metrics.agreementsTotal ? r.metrics.agreementsSmart / r.metrics.agreementsTotal : -1), render: (r) => (r.metrics.agreementsTotal ? `${r.metrics.agreementsSmart}/${r.metrics.agreementsTotal}` : '–') },
      { id: 'met', label: t('met'), sortValue: (r) => stateCounts(r).met, render: (r) => <span title={r.items.filter((i) => i.state === 'met').map((i) => checkLabel(i.id, locale)).join('\n')}>{stateCounts(r).met}</span> },
      { id: 'notMet', label: t('notMet'), sortValue: (r) => stateCounts(r)['not-met'], render: (r) => <span title={r.items.filter((i) => i.state === 'not-met').map((i) => checkLabel(i.id, locale)).join('\n')}>{stateCounts(r)['not-met']}</span> },
      { id: 'unknown', label: t('unknown'), sortValue: (r) => stateCounts(r).unknown, render: (r) => stateCounts(r).unknown },
    ],
    [locale],
  );
  const noteCols: Column<NoteRecord>[] = useMemo(
    () => [
      { id: 'updatedAt', label: t('date'), sortValue: (n) => n.updatedAt, render: (n) => formatDate(n.updatedAt, true) },
      { id: 'created', label: t('created'), sortValue: (n) => n.createdAt, render: (n) => formatDate(n.createdAt) },
      { id: 'form', label: t('form'), sortValue: (n) => n.formKind ?? '', render: (n) => formKindName(n.formKind, locale) },
      { id: 'caseLabel', label: t('caseLabel'), sortValue: (n) => n.caseLabel, render: (n) => n.caseLabel },
      { id: 'text', label: t('text'), sortValue: (n) => n.text, render: (n) => <span style={{ whiteSpace: 'pre-wrap' }}>{n.text}</span> },
      { id: 'tags', label: t('tags'), sortValue: (n) => n.tags.join(','), render: (n) => n.tags.join(', ') },
      { id: 'formKey', label: t('formKey'), sortValue: (n) => n.formKey, render: (n) => <code>{n.formKey}</code> },
    ],
    [locale],
  );

  const csvNames: CsvNames = {
    form: (kind, subKind) => formKindName(kind, locale, subKind),
    phase: (id) => PHASE_LABELS[id as Phase]?.[locale] ?? id,
    item: (id) => checkLabel(id, locale),
  };
  const exportCsv = () => downloadText(`jobrettet-${stamp()}.csv`, toCsv(notes, reviews, locale, csvNames), 'text/csv;charset=utf-8');
  const exportJsonFile = async () => downloadText(`jobrettet-${stamp()}.json`, JSON.stringify(await exportJson(), null, 1), 'application/json');

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refuse = (problem: ImportProblem | 'read-failed', path?: string) => setStatus({ kind: 'error', text: t('importRefused', { reason: t(`problem-${problem}`, { path: path ?? '?' }) }) });
    if (file.size > IMPORT_MAX_BYTES) return refuse('too-large');
    setStatus({ kind: 'busy', text: t('importing') });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return refuse('read-failed');
    }
    const r = await importJson(text, file.size);
    if (r.ok) {
      const skipped = r.skippedNotes + r.skippedReviews > 0 ? ` ${t('importSkipped', { notes: r.skippedNotes, reviews: r.skippedReviews })}` : '';
      setStatus({ kind: 'ok', text: t('imported', { notes: r.notes, reviews: r.reviews }) + skipped });
    }
    else refuse(r.problem, r.path);
  };

  return (
    <main data-page="overview" data-ready={data ? 'true' : 'false'}>
      <h1>{t('title')}</h1>
      <p class="hint">{t('intro')}</p>
      <nav>
        <a href="options.html">{t('settings')}</a>
      </nav>

      <section aria-labelledby="ov-io">
        <h2 id="ov-io">{t('exportImport')}</h2>
        <div class="row">
          <button type="button" data-action="export-csv" disabled={!data} onClick={exportCsv}>
            {t('exportCsv')}
          </button>
          <button type="button" data-action="export-json" disabled={!data} onClick={() => void exportJsonFile()}>
            {t('exportJson')}
          </button>
          <label for="ov-import">{t('importJson')}</label>
          <input id="ov-import" type="file" accept="application/json,.json" data-action="import-json" aria-describedby="ov-import-hint" onChange={(e) => void onImport(e.target as HTMLInputElement)} />
        </div>
        <p class="hint" id="ov-import-hint">
          {t('importHint')}
        </p>
        <p aria-live="polite" data-import-status={status?.kind ?? ''} class={status?.kind === 'error' ? 'error' : status?.kind === 'busy' ? 'hint' : 'ok'} role={status?.kind === 'error' ? 'alert' : undefined}>
          {status?.text ?? ''}
        </p>
      </section>

      {!data ? (
        <p aria-busy="true">{t('loading')}</p>
      ) : (
        <>
          <section aria-labelledby="ov-filter-h">
            <h2 id="ov-filter-h" class="sr-only">
              {t('filter')}
            </h2>
            <div class="row">
              <label for="ov-filter">{t('filter')}</label>
              <input id="ov-filter" type="search" data-filter="text" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
              <label for="ov-kind">{t('formFilter')}</label>
              <select id="ov-kind" data-filter="form" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
                <option value="">{t('all')}</option>
                {FORM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {formKindName(k, locale)}
                  </option>
                ))}
              </select>
            </div>
          </section>

          <section aria-labelledby="ov-charts">
            <h2 id="ov-charts">{t('charts')}</h2>
            <p class="hint">{t('chartsIntro')}</p>
            <SharesChart stats={stats} locale={locale} />
            <JobFocusHistogram stats={stats} locale={locale} />
          </section>

          <section aria-labelledby="ov-reviews">
            <h2 id="ov-reviews">{t('reviews', { n: reviews.length })}</h2>
            <SortableTable
              name="reviews"
              caption={t('reviews', { n: reviews.length })}
              columns={reviewCols}
              rows={reviews}
              initialSort="updatedAt"
              emptyText={t('emptyTable')}
              sortLabel={(col) => t('sortBy', { col })}
              moreLabel={(shown, total) => t('showMore', { shown, total })}
            />
          </section>

          <section aria-labelledby="ov-notes">
            <h2 id="ov-notes">{t('notes', { n: notes.length })}</h2>
            <SortableTable
              name="notes"
              caption={t('notes', { n: notes.length })}
              columns={noteCols}
              rows={notes}
              initialSort="updatedAt"
              emptyText={t('emptyTable')}
              sortLabel={(col) => t('sortBy', { col })}
              moreLabel={(shown, total) => t('showMore', { shown, total })}
            />
          </section>
        </>
      )}
    </main>
  );
}
