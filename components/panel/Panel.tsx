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
  /** Focuses another field (the compact list): the panel then shows it first. */
  focusField?(fieldId: string): void;
  /** Hides this finding for this text in this field (remembered in the extension). */
  dismiss?(fieldId: string, finding: Finding): void;
  /** Hides the rule on this site. */
  muteRule?(ruleId: string): void;
  /** Shows a dismissed finding or muted rule again. */
  restore?(id: string): void;
}

/** A section behind one of the panel's tabs (notes, reviewer mode). */
export interface PanelSection {
  id: 'notes' | 'review';
  Component: ComponentType<PanelSectionProps>;
}

export interface PanelProps {
  state: PanelState;
  actions: PanelActions;
  pageUrl: string;
  /** Notes and review sections, each behind its own tab; omitted in unit tests. */
  sections?: PanelSection[];
}

/** The keyboard shortcut that shows and hides the panel (the manifest's `commands` entry has the same default). */
export const SHORTCUT = 'Alt+Shift+J';

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

type TabId = 'findings' | PanelSection['id'];
const TAB_LABEL: Record<TabId, string> = { findings: 'panel.tab.findings', notes: 'panel.tab.notes', review: 'panel.tab.review' };

export function Panel({ state, actions, pageUrl, sections = [] }: PanelProps) {
  const [tab, setTab] = useState<TabId>('findings');
  const form = state.form.value;
  if (!form) return null;
  const collapsed = state.collapsed.value;
  const tabs: TabId[] = ['findings', ...sections.map((x) => x.id)];
  const total = state.analyses.value.reduce((n, a) => n + a.result.findings.length, 0);
  /**
   * Jump to a section (Noter, Kvalitetstjek) without scrolling: every section stays rendered, so nothing the user or a
   * screen reader looks for is ever hidden behind a tab; the buttons move the view and the focus there.
   */
  const jump = (e: MouseEvent, id: TabId) => {
    setTab(id);
    const root = (e.currentTarget as HTMLElement).getRootNode() as ShadowRoot | Document;
    const target = root.getElementById?.(`jr-section-${id}`) as HTMLElement | null;
    if (!target) return;
    target.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  };
  return (
    <aside class="jr" aria-label={t('panel.region')} data-collapsed={collapsed ? '' : undefined}>
      <div class="jr-head">
        <button
          type="button"
          class="jr-toggle"
          aria-expanded={collapsed ? 'false' : 'true'}
          aria-controls="jr-body"
          aria-keyshortcuts={SHORTCUT}
          title={t('panel.shortcutHint', SHORTCUT)}
          onClick={actions.toggle}
        >
          <span aria-hidden="true">{collapsed ? '«' : '»'}</span>
          <span class="sr-only">{collapsed ? t('panel.expand') : t('panel.collapse')}</span>
        </button>
        {!collapsed && <h2 class="jr-title">{t('panel.title')}</h2>}
        {!collapsed && (
          <p class="jr-shortcut" data-shortcut={SHORTCUT}>
            <kbd>{SHORTCUT}</kbd> <span class="sr-only">{t('panel.shortcutHint', SHORTCUT)}</span>
          </p>
        )}
      </div>
      <div id="jr-body" class="jr-body" hidden={collapsed}>
        <p class="jr-form">
          <span class="jr-k">{t('panel.form')}:</span> <strong data-form-name="">{formName(form.kind, form.subKind)}</strong>
        </p>
        <p class="jr-hint">{t('panel.shortcutHelp')}</p>
        {tabs.length > 1 && (
          <nav class="jr-tabs" aria-label={t('panel.tabs')}>
            {tabs.map((id) => (
              <button
                key={id}
                type="button"
                id={`jr-tab-${id}`}
                class="jr-tab"
                data-tab={id}
                aria-current={tab === id ? 'true' : undefined}
                aria-controls={`jr-section-${id}`}
                onClick={(e) => jump(e, id)}
              >
                {t(TAB_LABEL[id])}
                {id === 'findings' && <span class="jr-count"> ({total})</span>}
              </button>
            ))}
          </nav>
        )}
        <div id="jr-section-findings" class="jr-section" tabIndex={-1}>
          <ActiveField state={state} />
          <p class={`jr-status jr-status-${state.status.value?.tone ?? 'ok'}`} role="status" aria-live="polite">
            {state.status.value?.text ?? ''}
          </p>
          <Findings state={state} actions={actions} />
          <FormFindings state={state} />
          <Agreements state={state} actions={actions} />
          <OtherFields state={state} actions={actions} />
          <Dismissed state={state} actions={actions} />
        </div>
        {sections.map(({ id, Component: Section }) => (
          <div key={id} id={`jr-section-${id}`} class="jr-section" tabIndex={-1}>
            <Section formKind={form.kind} subKind={form.subKind} pageUrl={pageUrl} fields={state.analyses} />
          </div>
        ))}
      </div>
    </aside>
  );
}

/** The other detected fields, each with its number of findings; activating one focuses that field. */
function OtherFields({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const active = state.activeField.value;
  const results = state.listResults.value;
  const others = state.fields.value.filter((f) => f.fieldId !== active?.fieldId);
  if (others.length === 0) return null;
  return (
    <section class="jr-others" aria-labelledby="jr-others-h">
      <h3 id="jr-others-h">{t('panel.otherFields')}</h3>
      <ul>
        {others.map((f) => {
          const n = results.get(f.fieldId)?.result.findings.length ?? 0;
          return (
            <li key={f.fieldId}>
              <button type="button" class="jr-link jr-other" data-focus-field={f.fieldId} data-finding-count={String(n)} onClick={() => actions.focusField?.(f.fieldId)}>
                <span class="jr-other-name">{fieldTitle(f)}</span>
                <span class={`jr-badge${n > 0 ? ' has' : ''}`}>{n === 1 ? t('panel.oneFinding') : t('panel.nFindings', n)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Dismissed findings and muted rules on this site, each with a button to show it again. */
function Dismissed({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const list = state.dismissals.value;
  if (list.length === 0 || !actions.restore) return null;
  const locale = currentLocale() === 'en' ? 'en-GB' : 'da-DK';
  return (
    <details class="jr-dismissed" data-dismissals={String(list.length)}>
      <summary>{t('panel.dismissedHeading', list.length)}</summary>
      <ul>
        {[...list].reverse().map((d) => (
          <li key={d.id} data-dismissal-id={d.id} data-dismissal-kind={d.kind}>
            <span>
              {d.kind === 'rule' ? t('panel.mutedRule', ruleName(d.ruleId)) : t('panel.dismissedFinding', ruleName(d.ruleId))}
              <span class="jr-k"> · {new Date(d.createdAt).toLocaleDateString(locale)}</span>
            </span>
            <button type="button" class="jr-small" data-action="restore-dismissal" onClick={() => actions.restore?.(d.id)}>
              {t('panel.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function ruleName(ruleId: string): string {
  const name = t(`panel.rule.${keyPart(ruleId)}`);
  return name === `panel.rule.${keyPart(ruleId)}` ? ruleId : name;
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
          <details class="jr-help" data-score-help={field.role}>
            <summary>{t('panel.scoreHelpQ')}</summary>
            <p>{scoreHelp(field.role)}</p>
            <p>{t('panel.scoreHelpAll')}</p>
          </details>
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

/** What the score means for a field of this role (falls back to the general explanation). */
export function scoreHelp(role: string | null): string {
  const key = `panel.scoreHelp.${keyPart(role ?? 'default')}`;
  const text = t(key);
  return text === key || !text ? t('panel.scoreHelp.default') : text;
}

const SMART_KEYS: { letter: 'S' | 'M' | 'A' | 'R' | 'T'; key: keyof Smart }[] = [
  { letter: 'S', key: 'specific' },
  { letter: 'M', key: 'measurable' },
  { letter: 'A', key: 'attractive' },
  { letter: 'R', key: 'realistic' },
  { letter: 'T', key: 'timeBound' },
];

function Agreements({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const active = state.activeField.value;
  const a = active ? state.listResults.value.get(active.fieldId) : undefined;
  if (!a || a.result.agreements.length === 0) return null;
  const unknown = a.result.agreements.some((ag) => SMART_KEYS.some(({ key }) => ag.smart[key] === null));
  return (
    <section class="jr-agreements" aria-labelledby="jr-agr-h">
      <h3 id="jr-agr-h">{t('panel.agreements')}</h3>
      <p class="jr-legend" data-smart-legend="">
        {t('panel.smartLegend')}
        {unknown && <> {t('panel.smartUnknownWhy')}</>}
      </p>
      <ol class="jr-agreement-list">
        {a.result.agreements.map((ag, i) => (
          <AgreementItem key={`${ag.start}:${i}`} analysis={a} agreement={ag} index={i} actions={actions} />
        ))}
      </ol>
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
  const active = state.activeField.value;
  const a = active ? state.listResults.value.get(active.fieldId) : undefined;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const locale = currentLocale();
  const n = a?.result.findings.length ?? 0;
  return (
    <section class="jr-findings" aria-labelledby="jr-find-h">
      <h3 id="jr-find-h">
        {t('panel.findingsHere')} <span class="jr-count">({n})</span>
      </h3>
      {!a || n === 0 ? (
        <p class="jr-empty">{a ? t('panel.noFindings') : t('panel.noFindingsAll')}</p>
      ) : (
        <FindingGroup
          key={a.fieldId}
          analysis={a}
          info={active ?? undefined}
          actions={actions}
          locale={locale}
          expanded={expanded.has(a.fieldId)}
          onExpand={() => setExpanded(new Set([...expanded, a.fieldId]))}
        />
      )}
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
        <h4 class="sr-only">{fieldTitle(info ?? a)}</h4>
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
        // Buttons with an action act on their own; any other click on the finding selects its range in the field.
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
                <span class="jr-k">{s.label || t('panel.suggestion')}:</span> {s.replacement ? `“${s.replacement}”` : t('panel.removeText')}
              </p>
              <ApplyButton
                replacement={s.replacement}
                excerpt={f.excerpt}
                onApply={() => actions.apply(fieldId, { start: f.start, end: f.end, expected: f.excerpt, replacement: s.replacement })}
              />
            </li>
          ))}
        </ul>
      )}
      {actions.dismiss && (
        <div class="jr-finding-menu" role="group" aria-label={t('panel.hideMenu')}>
          <button type="button" class="jr-small" data-action="dismiss-finding" aria-label={t('panel.dismissLabel', clip(f.excerpt || f.message, 60))} onClick={() => actions.dismiss?.(fieldId, f)}>
            {t('panel.dismiss')}
          </button>
          <button type="button" class="jr-small jr-quiet" data-action="mute-rule" onClick={() => actions.muteRule?.(f.ruleId)}>
            {t('panel.muteRule')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The one-click insert (or removal, for an empty replacement): replaces exactly the analysed range, refused (with a message) when the text moved on. */
function ApplyButton({ replacement, excerpt, onApply }: { replacement: string; excerpt: string; onApply: () => void }) {
  const removal = replacement === '';
  return (
    <button
      type="button"
      class="jr-apply"
      data-action="apply-suggestion"
      data-removal={removal ? '' : undefined}
      aria-label={removal ? t('panel.removeLabel', clip(excerpt, 60)) : t('panel.applyLabel', clip(replacement, 60))}
      onClick={onApply}
    >
      {removal ? t('panel.remove') : t('panel.apply')}
    </button>
  );
}
