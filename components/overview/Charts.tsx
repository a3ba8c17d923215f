import type { Locale } from '@/lib/settings/schema';
import { sourceName } from '@/lib/i18n/display';
import { BASELINES, BIN_LABELS, percent, type MetricId, type OverviewStats } from './stats';
import { tOverview, type OverviewKey } from './strings';

const METRICS: MetricId[] = ['smart', 'jobGoal', 'accommodations', 'progression'];
const YOURS = '#1f4e79';
const BASE = '#8a5a00';

function baselineText(m: MetricId): string {
  const b = BASELINES[m];
  return b.low === b.high ? `${b.low} %` : `${b.low}–${b.high} %`;
}

/** Bars of each share beside its seed baseline; accessible SVG plus the same numbers as a table. */
export function SharesChart({ stats, locale }: { stats: OverviewStats; locale: Locale }) {
  const t = (k: OverviewKey, v?: Record<string, string | number>) => tOverview(locale, k, v);
  const rowH = 56;
  const labelW = 190;
  const barW = 320;
  const h = METRICS.length * rowH + 30;
  return (
    <figure data-chart="shares">
      <svg role="img" aria-labelledby="chart-shares-title chart-shares-desc" viewBox={`0 0 ${labelW + barW + 70} ${h}`} width="100%" style={{ maxWidth: '40rem' }}>
        <title id="chart-shares-title">{t('sharesTitle')}</title>
        <desc id="chart-shares-desc">
          {t('sharesDesc')}{' '}
          {METRICS.map((m) => {
            const p = percent(stats[m]);
            return `${t(m)}: ${t('yours')} ${p === null ? t('noData') : `${p} %`}, ${t('baseline')} ${baselineText(m)}.`;
          }).join(' ')}
        </desc>
        {METRICS.map((m, i) => {
          const y = i * rowH + 6;
          const p = percent(stats[m]);
          const b = BASELINES[m];
          return (
            <g key={m}>
              <text x={0} y={y + 22} font-size="13" fill="#1a1a1a">
                {t(m)}
              </text>
              <rect x={labelW} y={y + 4} width={((p ?? 0) / 100) * barW} height={18} fill={YOURS} />
              <text x={labelW + ((p ?? 0) / 100) * barW + 4} y={y + 18} font-size="12" fill="#1a1a1a">
                {p === null ? t('noData') : `${p} %`}
              </text>
              <rect x={labelW} y={y + 26} width={(b.low / 100) * barW} height={18} fill={BASE} />
              {b.high > b.low && <rect x={labelW + (b.low / 100) * barW} y={y + 26} width={((b.high - b.low) / 100) * barW} height={18} fill={BASE} fill-opacity={0.45} />}
              <text x={labelW + (b.high / 100) * barW + 4} y={y + 40} font-size="12" fill="#1a1a1a">
                {baselineText(m)}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${labelW}, ${h - 10})`}>
          <rect width={12} height={12} y={-10} fill={YOURS} />
          <text x={16} font-size="12" fill="#1a1a1a">
            {t('yours')}
          </text>
          <rect x={150} width={12} height={12} y={-10} fill={BASE} />
          <text x={166} font-size="12" fill="#1a1a1a">
            {t('baseline')}
          </text>
        </g>
      </svg>
      <table data-chart-table="shares">
        <caption class="sr-only">{t('sharesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('metric')}</th>
            <th scope="col">{t('yours')}</th>
            <th scope="col">{t('baseline')}</th>
          </tr>
        </thead>
        <tbody>
          {METRICS.map((m) => {
            const p = percent(stats[m]);
            return (
              <tr key={m} data-metric={m}>
                <th scope="row">{t(m)}</th>
                <td data-value={p ?? ''}>
                  {p === null ? t('noData') : `${p} %`} ({t('basis', { met: stats[m].met, of: stats[m].of })})
                </td>
                <td>
                  {baselineText(m)} <span class="hint">{t('source', { source: sourceName('001', locale, '5.3') })}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

export function JobFocusHistogram({ stats, locale }: { stats: OverviewStats; locale: Locale }) {
  const t = (k: OverviewKey, v?: Record<string, string | number>) => tOverview(locale, k, v);
  const max = Math.max(1, ...stats.jobFocusBins);
  const w = 420;
  const h = 180;
  const colW = w / 5;
  return (
    <figure data-chart="job-focus">
      <svg role="img" aria-labelledby="chart-hist-title chart-hist-desc" viewBox={`0 0 ${w} ${h + 40}`} width="100%" style={{ maxWidth: '28rem' }}>
        <title id="chart-hist-title">{t('histTitle')}</title>
        <desc id="chart-hist-desc">
          {t('histDesc')} {BIN_LABELS.map((l, i) => `${l}: ${stats.jobFocusBins[i]}`).join(', ')}.
        </desc>
        {stats.jobFocusBins.map((n, i) => {
          const bh = (n / max) * h;
          return (
            <g key={i}>
              <rect x={i * colW + 8} y={h - bh + 10} width={colW - 16} height={bh} fill={YOURS} />
              <text x={i * colW + colW / 2} y={h - bh + 5} font-size="12" text-anchor="middle" fill="#1a1a1a">
                {n}
              </text>
              <text x={i * colW + colW / 2} y={h + 28} font-size="12" text-anchor="middle" fill="#1a1a1a">
                {BIN_LABELS[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <table data-chart-table="job-focus">
        <caption class="sr-only">{t('histTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scoreRange')}</th>
            {BIN_LABELS.map((l) => (
              <th scope="col" key={l}>
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('count')}</th>
            {stats.jobFocusBins.map((n, i) => (
              <td key={i}>{n}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </figure>
  );
}
