/**
 * The side panel (inside the `jobrettet-panel` shadow root). Reads the panel state's signals; every action
 * goes through `actions` (the controller). Accessible: one complementary landmark, headings, real buttons,
 * polite live regions for the score and insert results, state never shown by colour alone.
 */
import { Component, type ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { Agreement, Finding, Smart } from '@/lib/analysis/types';
import type { InsertRequest } from '@/lib/dom/types';
import { currentLocale, keyPart, t } from '@/lib/i18n';
import type { FieldInfo, PanelState } from '@/lib/panel/state';
import type { FieldAnalysis, PanelSectionProps } from './contracts';

export interface PanelActions {
  select(fieldId: string, start: number, end: number, expected: string): void;
  apply(fieldId: string, req: InsertRequest): void;
  toggle(): void;
}

export interface PanelProps {
  state: PanelState;
  actions: PanelActions;
  pageUrl: string;
  /** Notes and review sections (H6); omitted in unit tests. */
  sections?: ComponentType<PanelSectionProps>[];
}

export function roleName(role: string | null): string {
  return role ? t(`panel.role.${keyPart(role)}`) : t('panel.noRole');
}

export function formName(kind: string, subKind: string | null): string {
  return t(subKind === 'indstilling' ? 'panel.kind.indstilling' : `panel.kind.${kind}`);
}

function fieldTitle(f: { role: string | null; label: string }): string {
  const role = roleName(f.role);
  const label = f.label.trim();
  return label && label.toLowerCase() !== role.toLowerCase() ? `${role} – ${label}` : role;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function Panel({ state, actions, pageUrl, sections = [] }: PanelProps) {
  const form = state.form.value;
  if (!form) return null;
  const collapsed = state.collapsed.value;
  return (
    <aside class="jr" aria-label={t('panel.region')} data-collapsed={collapsed ? '' : undefined}>
      <div class="jr-head">
        <button
          type="button"
          class="jr-toggle"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls="jr-body"
          aria-keyshortcuts="Alt+Shift+J"
          title={t('panel.shortcutHint')}
          onClick={actions.toggle}
        >
          <span aria-hidden="true">{collapsed ? '«' : '»'}</span>
          <span class="sr-only">{collapsed ? t('panel.expand') : t('panel.collapse')}</span>
        </button>
        {!collapsed && <h2 class="jr-title">{t('panel.title')}</h2>}
      </div>
      <div id="jr-body" class="jr-body" hidden={collapsed}>
        <p class="jr-form">
          <span class="jr-k">{t('panel.form')}:</span> <strong data-form-name="">{formName(form.kind, form.subKind)}</strong>
        </p>
        <ActiveField state={state} />
        <Agreements state={state} actions={actions} />
        <FormFindings state={state} />
        <Findings state={state} actions={actions} />
        <p class={`jr-status jr-status-${state.status.value?.tone ?? 'ok'}`} role="status" aria-live="polite">
          {state.status.value?.text ?? ''}
        </p>
        {sections.map((Section, i) => (
          <Section key={i} formKind={form.kind} subKind={form.subKind} pageUrl={pageUrl} fields={state.analyses} />
        ))}
      </div>
    </aside>
  );
}

function ActiveField({ state }: { state: PanelState }) {
  const field = state.activeField.value;
  const analysis = state.activeAnalysis.value;
  if (!field) return null;
  const score = analysis ? Math.round(analysis.result.jobFocus.score) : null;
  return (
    <section class="jr-active" aria-labelledby="jr-active-h">
      <h3 id="jr-active-h">
        {t('panel.focusedField')}: <span data-field-role={field.role}>{roleName(field.role)}</span>
      </h3>
      {field.label && field.label.toLowerCase() !== roleName(field.role).toLowerCase() && <p class="jr-label">{clip(field.label, 80)}</p>}
      {analysis && score !== null && (
        <>
          <div class="jr-score" data-job-focus-score={String(score)} data-text-length={String(analysis.textLength)} data-field-id={field.fieldId}>
            <span class="jr-k">{t('panel.score')}</span>
            <span class="jr-score-num">{score}</span>
            <span class="jr-score-max">/100</span>
            <span class="jr-meter" aria-hidden="true">
              <span class={`jr-meter-fill ${score >= 70 ? 'hi' : score >= 40 ? 'mid' : 'lo'}`} style={{ width: `${score}%` }} />
            </span>
          </div>
          <p class="sr-only" aria-live="polite">
            {t('panel.scoreAnnounce', roleName(field.role), score)}
          </p>
          {analysis.result.jobFocus.criteria.length > 0 && (
            <>
              <h4>{t('panel.criteria')}</h4>
              <ul class="jr-criteria">
                {analysis.result.jobFocus.criteria.map((c) => (
                  <li key={c.id} data-criterion-id={c.id} data-met={c.met ? 'true' : 'false'} class={c.met ? 'met' : 'not-met'}>
                    <span class="jr-mark" aria-hidden="true">
                      {c.met ? '✓' : '✗'}
                    </span>
                    <span class="jr-crit-label">
                      {c.label}
                      <span class="sr-only"> ({c.met ? t('panel.criterionMet') : t('panel.criterionNotMet')})</span>
                    </span>
                    <span class="jr-pts">{t('panel.points', c.points, c.max)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

const SMART_KEYS: { letter: 'S' | 'M' | 'A' | 'R' | 'T'; key: keyof Smart }[] = [
  { letter: 'S', key: 'specific' },
  { letter: 'M', key: 'measurable' },
  { letter: 'A', key: 'attractive' },
  { letter: 'R', key: 'realistic' },
  { letter: 'T', key: 'timeBound' },
];

function Agreements({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const withAgreements = state.analyses.value.filter((a) => a.result.agreements.length > 0);
  if (withAgreements.length === 0) return null;
  return (
    <section class="jr-agreements" aria-labelledby="jr-agr-h">
      <h3 id="jr-agr-h">{t('panel.agreements')}</h3>
      {withAgreements.map((a) => (
        <div key={a.fieldId} class="jr-group">
          {withAgreements.length > 1 && <h4>{fieldTitle(a)}</h4>}
          <ol class="jr-agreement-list">
            {a.result.agreements.map((ag, i) => (
              <AgreementItem key={`${ag.start}:${i}`} analysis={a} agreement={ag} index={i} actions={actions} />
            ))}
          </ol>
        </div>
      ))}
    </section>
  );
}

function AgreementItem({ analysis, agreement, index, actions }: { analysis: FieldAnalysis; agreement: Agreement; index: number; actions: PanelActions }) {
  const name = t('panel.agreement', index + 1);
  return (
    <li class="jr-agreement" data-agreement-index={String(index)}>
      <button type="button" class="jr-link" onClick={() => actions.select(analysis.fieldId, agreement.start, agreement.end, agreement.text)}>
        <span class="sr-only">{name}: </span>
        {clip(agreement.text, 140)}
      </button>
      <ul class="jr-smart" aria-label={`SMART – ${name}`}>
        {SMART_KEYS.map(({ letter, key }) => {
          const v = agreement.smart[key];
          const st = v === null ? 'unknown' : v ? 'met' : 'not-met';
          const stText = v === null ? t('panel.smartUnknown') : v ? t('panel.smartMet') : t('panel.smartNotMet');
          return (
            <li key={letter} class={`jr-chip ${st}`} data-smart={letter} data-state={st} title={`${t(`panel.smart.${letter}`)}: ${stText}`}>
              <span aria-hidden="true">
                {letter}
                {v === null ? '?' : v ? '✓' : '✗'}
              </span>
              <span class="sr-only">
                {t(`panel.smart.${letter}`)}: {stText}
              </span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** Findings about the form as a whole (a job goal missing from every field), shown once; nothing when there are none. */
function FormFindings({ state }: { state: PanelState }) {
  const findings = state.formFindings.value;
  if (!findings.length) return null;
  const fields = state.fields.value;
  return (
    <section class="jr-form-findings" aria-labelledby="jr-form-find-h">
      <h3 id="jr-form-find-h">{t('panel.formFindings')}</h3>
      <ul class="jr-finding-list">
        {findings.map((f) => (
          <li key={f.ruleId} class={`jr-form-finding sev-${f.severity}`} data-form-rule-id={f.ruleId} data-category={f.category}>
            <span class="jr-cat">
              {t(`panel.category.${keyPart(f.category)}`)} · {t(`panel.severity.${f.severity}`)}
            </span>{' '}
            <span class="jr-msg">{f.message}</span>
            {f.fieldIds.length > 0 && (
              <span class="jr-k">
                {' '}
                ({f.fieldIds.map((id) => fields.find((x) => x.fieldId === id)?.label ?? id).join(', ')})
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A field with hundreds of findings shows this many until the user asks for all (keeps each render small). */
export const FINDINGS_SHOWN = 25;

function Findings({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const analyses = state.analyses.value;
  const fields = state.fields.value;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const groups = analyses.filter((a) => a.result.findings.length > 0);
  const total = groups.reduce((n, a) => n + a.result.findings.length, 0);
  const locale = currentLocale();
  return (
    <section class="jr-findings" aria-labelledby="jr-find-h">
      <h3 id="jr-find-h">
        {t('panel.findings')} <span class="jr-count">({total})</span>
      </h3>
      {groups.length === 0 && <p class="jr-empty">{t('panel.noFindingsAll')}</p>}
      {groups.map((a) => (
        <FindingGroup
          key={a.fieldId}
          analysis={a}
          info={fields.find((f) => f.fieldId === a.fieldId)}
          actions={actions}
          locale={locale}
          expanded={expanded.has(a.fieldId)}
          onExpand={() => setExpanded(new Set([...expanded, a.fieldId]))}
        />
      ))}
    </section>
  );
}

interface GroupProps {
  analysis: FieldAnalysis;
  info: FieldInfo | undefined;
  actions: PanelActions;
  locale: string;
  expanded: boolean;
  onExpand: () => void;
}

/** One field's findings. Re-renders only when that field's analysis changed: typing in one field leaves the others alone. */
class FindingGroup extends Component<GroupProps> {
  override shouldComponentUpdate(next: GroupProps): boolean {
    const p = this.props;
    return next.analysis !== p.analysis || next.info !== p.info || next.locale !== p.locale || next.expanded !== p.expanded;
  }

  override render({ analysis: a, info, actions, expanded, onExpand }: GroupProps) {
    const all = a.result.findings;
    const shown = expanded ? all : all.slice(0, FINDINGS_SHOWN);
    return (
      <div class="jr-group" data-field-id={a.fieldId}>
        <h4>{fieldTitle(info ?? a)}</h4>
        <ul class="jr-finding-list">
          {shown.map((f, i) => (
            <FindingItem key={`${f.ruleId}:${f.start}:${i}`} fieldId={a.fieldId} finding={f} actions={actions} />
          ))}
        </ul>
        {shown.length < all.length && (
          <button type="button" class="jr-more" onClick={onExpand}>
            {t('panel.showAll', all.length)}
          </button>
        )}
      </div>
    );
  }
}

function FindingItem({ fieldId, finding: f, actions }: { fieldId: string; finding: Finding; actions: PanelActions }) {
  const select = () => actions.select(fieldId, f.start, f.end, f.excerpt);
  return (
    <li
      class={`jr-finding sev-${f.severity}`}
      data-rule-id={f.ruleId}
      data-category={f.category}
      data-severity={f.severity}
      tabIndex={-1}
      onClick={(e) => {
        // Insert buttons act on their own; any other click on the finding selects its range in the field.
        if (!(e.target as Element).closest('[data-action]')) select();
      }}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          select();
        }
      }}
    >
      <button type="button" class="jr-finding-main" title={t('panel.selectInField')}>
        <span class="jr-cat">
          {t(`panel.category.${keyPart(f.category)}`)} · {t(`panel.severity.${f.severity}`)}
        </span>
        <span class="jr-msg">{f.message}</span>
        {f.excerpt && <q class="jr-excerpt">{clip(f.excerpt, 90)}</q>}
      </button>
      {f.suggestions.length > 0 && (
        <ul class="jr-sugg">
          {f.suggestions.map((s, i) => (
            <li key={i} class="jr-sugg-row">
              <p class="jr-sugg-text">
                <span class="jr-k">{s.label || t('panel.suggestion')}:</span> {s.replacement ? `“${s.replacement}”` : '–'}
              </p>
              <ApplyButton
                replacement={s.replacement}
                onApply={() => actions.apply(fieldId, { start: f.start, end: f.end, expected: f.excerpt, replacement: s.replacement })}
              />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The one-click insert: replaces exactly the analysed range, refused (with a message) when the text moved on. */
function ApplyButton({ replacement, onApply }: { replacement: string; onApply: () => void }) {
  return (
    <button type="button" class="jr-apply" data-action="apply-suggestion" aria-label={t('panel.applyLabel', clip(replacement, 60))} onClick={onApply}>
      {t('panel.apply')}
    </button>
  );
}
