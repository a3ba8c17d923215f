/** Names and colours of in-field highlights (one CSS highlight name per category × severity). */
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '@/lib/analysis/types';

export const HIGHLIGHT_PREFIX = 'jobrettet';
export const ACTIVE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-active`;
/** The <style> element with the ::highlight() rules in the host document's <head>. */
export const STYLE_ID = 'jobrettet-highlight-style';
/** Tag of every element lib/dom appends to the host page (overlay hosts, temporary measuring hosts). */
export const OVERLAY_TAG = 'jobrettet-highlights';

export function highlightName(category: Category, severity: Severity): string {
  return `${HIGHLIGHT_PREFIX}-${category}-${severity}`;
}

/** Category colours: dark enough for 3:1 against white (WCAG 1.4.11); severity is also shown by line style. */
export const CATEGORY_COLOR: Record<Category, string> = {
  'job-focus': '#1d5fb4',
  'vague-accommodation': '#a34d00',
  smart: '#6b3fa0',
  'deficit-language': '#b3261e',
  'personal-data': '#c2002f',
  'plain-language': '#2e6b30',
};

/** Severity → underline style, so severity never depends on colour alone. */
export const SEVERITY_LINE: Record<Severity, { style: 'wavy' | 'solid' | 'dotted'; thickness: number }> = {
  error: { style: 'wavy', thickness: 2 },
  warning: { style: 'solid', thickness: 2 },
  info: { style: 'dotted', thickness: 2 },
};

/** The ::highlight() rules for the host document (Highlight ranges in light DOM use document styles). */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const c of CATEGORIES) {
    for (const s of SEVERITIES) {
      const line = SEVERITY_LINE[s];
      rules.push(
        `::highlight(${highlightName(c, s)}){text-decoration:underline ${line.style} ${CATEGORY_COLOR[c]} ${line.thickness}px;` +
          `text-underline-offset:3px;background-color:${CATEGORY_COLOR[c]}14}`,
      );
    }
  }
  rules.push(`::highlight(${ACTIVE_HIGHLIGHT}){background-color:#ffd54f99}`);
  return rules.join('\n');
}
