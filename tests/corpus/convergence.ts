/**
 * Rewrite convergence: every suggestion, inserted and filled in as asked, must stand. Shared by the corpus test and
 * scripts/convergence.ts (which prints the figure for the README).
 *
 * For each finding with suggestions, on every rule's examples, the whole corpus and the demo pages' fields, per suggestion:
 * - placeholders: inserted as offered, each of its placeholders is one `unfilled-placeholder` finding, exactly on it,
 *   and every bracketed part of it is a placeholder;
 * - converges: filled from FILL, re-analysed in the same form and field, its rule no longer fires on the inserted range;
 * - smart: for agreements, the agreement in the inserted range is then specific, measurable and time-bound;
 * - keeps: the user's facts in the flagged excerpt (numbers, names, and the objects CV, kursus, praktik, uddannelse)
 *   are still in the suggestion (not for the rules whose point is to remove personal data).
 */
import { analyse } from '@/lib/analysis/analyse';
import { allRules } from '@/lib/analysis/rules';
import { findPlaceholders } from '@/lib/analysis/text/placeholders';
import type { AnalyseOptions, Finding, Suggestion } from '@/lib/analysis/types';
import type { RuleExample } from '@/lib/analysis/rule';
import { readFileSync } from 'node:fs';
import { ROLES_BY_FORM, type FieldRole, type FormKind } from '@/lib/analysis/types';
import { DEV } from './dev';
import { HOLDOUT } from './holdout';
import { load, type CorpusSet, type IndependentEntry } from './independent';

/** Plausible values per placeholder name, as a caseworker would fill them in. Unknown names fail loudly. */
export const FILL: Readonly<Record<string, string | readonly string[]>> = {
  // A list gives the 1st, 2nd, … occurrence of the name in one suggestion its own value ("[antal]–[antal] timer").
  antal: ['2', '4', '3'],
  dato: '15.03',
  stilling: 'lagermedarbejder',
  'beslægtet stilling': 'chauffør',
  virksomhed: 'Netto',
  arbejdsplads: 'Netto',
  branche: 'detailhandel',
  arbejdsopgave: ['varemodtagelse', 'opfyldning af varer', 'oprydning på lageret'],
  handling: 'sende 2 ansøgninger til Netto',
  uddannelsessted: 'AMU Syd',
  'uddannelse/kursus': 'truckcertifikat',
  afsnit: 'erhvervserfaring',
  aktivitet: 'jobklub',
  procent: '60',
  'grad af selvstændighed': 'mindre støtte fra en kollega',
  tempo: 'et højere tempo',
  'faglig vurdering': 'borger kan klare opfyldning af varer 2 timer ad gangen',
  kilde: 'praktikrapporten fra Netto',
  skånehensyn: 'hun kan holde pause hver time',
  hjælpemiddel: 'løftevogn',
  kontaktperson: 'butikschef Lone',
  bevægelse: 'armene over skulderhøjde',
  støjkilde: 'kompressoren',
  sanseindtryk: 'skarpt lys',
  ugedage: 'mandag, onsdag og fredag',
  fra: '9',
  til: '12',
  belastning: 'løft fra gulvhøjde',
  'hvad/hvor': 'hos Netto',
  'hvem/hvor': 'hos Netto',
  virksomheder: 'Netto og Føtex',
};

export interface ConvergenceCase {
  source: string;
  text: string;
  options: AnalyseOptions;
}

export interface ConvergenceCheck {
  kind: 'placeholders' | 'converges' | 'smart' | 'keeps';
  ok: boolean;
  source: string;
  ruleId: string;
  detail: string;
}

const optionsOf = (e: RuleExample | { form: AnalyseOptions['form'] | null; field: AnalyseOptions['field'] | null; subKind?: 'indstilling' }): AnalyseOptions => ({
  form: e.form ?? undefined,
  field: e.field ?? undefined,
  subKind: e.subKind,
});

/** Every rule example (valid and invalid) and every corpus text. */
export function convergenceCases(): ConvergenceCase[] {
  const out: ConvergenceCase[] = [];
  for (const rule of allRules) {
    for (const e of [...rule.examples.valid, ...rule.examples.invalid]) {
      const ex: RuleExample = typeof e === 'string' ? { text: e } : e;
      out.push({ source: `${rule.id} example`, text: ex.text, options: optionsOf(ex) });
    }
  }
  for (const e of [...DEV, ...HOLDOUT]) out.push({ source: `corpus ${e.id}`, text: e.text, options: optionsOf(e) });
  for (const set of ['independent', 'independent-2', 'independent-3'] as const) out.push(...independentCases(set));
  out.push(...demoCases());
  return out;
}

const INDEPENDENT_FILES = ['shorthand', 'accommodations', 'agreements', 'documents', 'graded', 'roles'] as const;

/** Every text of an independent set (written without sight of lib/), with its form and field. */
export function independentCases(set: CorpusSet): ConvergenceCase[] {
  const out: ConvergenceCase[] = [];
  for (const file of INDEPENDENT_FILES) {
    let entries: IndependentEntry[];
    try {
      entries = load<IndependentEntry>(file, set);
    } catch {
      continue; // the second set has no roles file
    }
    for (const e of entries) out.push({ source: `${set} ${e.id}`, text: e.text, options: optionsOf(e) });
  }
  return out;
}

/** The demo pages' prefilled fields, each in every role its form has (whichever role the panel detects) and none. */
const DEMO_PAGES: readonly [string, FormKind][] = [['cv.html', 'cv'], ['minplan.html', 'minplan'], ['indstilling.html', 'rehab'], ['partials/rehab-form.html', 'rehab']];
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

function demoCases(): ConvergenceCase[] {
  const out: ConvergenceCase[] = [];
  for (const [page, form] of DEMO_PAGES) {
    const html = readFileSync(new URL(`../demo/${page}`, import.meta.url), 'utf8');
    for (const m of html.matchAll(/<textarea\b([^>]*)>([^<]*)<\/textarea>/g)) {
      const text = m[2]!.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!);
      if (!text.trim()) continue;
      const id = /\bid="([^"]+)"/.exec(m[1]!)?.[1] ?? '?';
      for (const field of [undefined, ...(ROLES_BY_FORM[form] as readonly FieldRole[])]) {
        out.push({ source: `demo ${page}#${id} ${field ?? '-'}`, text, options: { form, field } });
      }
    }
  }
  return out;
}

/** Fill every placeholder of `s` from FILL; throws on a name the table does not know. */
export function fillPlaceholders(s: string): string {
  let out = '';
  let at = 0;
  const seen = new Map<string, number>();
  for (const p of findPlaceholders(s)) {
    const entry = FILL[p.name];
    if (entry === undefined) throw new Error(`FILL has no value for the placeholder [${p.name}] in "${s}"`);
    const nth = seen.get(p.name) ?? 0;
    seen.set(p.name, nth + 1);
    const value = typeof entry === 'string' ? entry : entry[Math.min(nth, entry.length - 1)]!;
    out += s.slice(at, p.start) + value;
    at = p.end;
  }
  return out + s.slice(at);
}

const overlaps = (f: Finding, start: number, end: number): boolean => f.start < end && f.end > start;
/** Rules whose suggestion removes or masks personal data: it is meant to drop what the user wrote. */
const REMOVES = new Set(['cpr-number', 'health-in-cv', 'cv-flexjob-label']);
const OBJECT = /^(?:cv|cv'et|kursus|kurset|kurser|praktik\p{L}*|uddannelse\p{L}*)$/iu;

/** The user's facts in an excerpt: numbers, names (a capital inside a sentence) and the objects above. */
export function factsOf(excerpt: string): string[] {
  const out: string[] = [];
  for (const m of excerpt.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'./-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    const w = m[0];
    const before = excerpt.slice(0, m.index).trimEnd();
    const sentenceStart = before === '' || /[.!?:;\n-]$/.test(before);
    if (/^\p{N}/u.test(w) || OBJECT.test(w) || (/^\p{Lu}/u.test(w) && !sentenceStart && !/^(?:CV|Du|Jeg)$/u.test(w))) out.push(w);
  }
  return out;
}

function checkSuggestion(c: ConvergenceCase, f: Finding, s: Suggestion, push: (k: ConvergenceCheck['kind'], ok: boolean, detail: string) => void): void {
  const { text, options } = c;
  const inserted = text.slice(0, f.start) + s.replacement + text.slice(f.end);
  // Placeholders: each is one unfilled-placeholder finding on exactly its span, and nothing bracketed is anything else.
  const own = findPlaceholders(s.replacement);
  // Brackets the user wrote (kept by the rewrite) are theirs; every bracket the suggestion adds must be a placeholder.
  const count = (x: string) => (x.match(/\[[^\]]*\]/g) ?? []).length;
  const brackets = count(s.replacement) - count(f.excerpt) + findPlaceholders(f.excerpt).length;
  const flagged = analyse(inserted, options).findings.filter((x) => x.ruleId === 'unfilled-placeholder');
  const covered = own.every((p) => flagged.some((x) => x.start === f.start + p.start && x.end === f.start + p.end));
  push('placeholders', covered && brackets === own.length, `${s.replacement}`);

  let filled: string;
  try {
    filled = fillPlaceholders(s.replacement);
  } catch (error) {
    push('converges', false, String(error));
    return;
  }
  const after = text.slice(0, f.start) + filled + text.slice(f.end);
  const end = f.start + filled.length;
  const result = analyse(after, options);
  const again = result.findings.filter((x) => x.ruleId === f.ruleId && overlaps(x, f.start, Math.max(end, f.start + 1)));
  push('converges', again.length === 0, `${after}${again.length ? `  ⇒ ${again.map((x) => `"${x.excerpt}": ${x.message}`).join(' | ')}` : ''}`);

  if (f.category === 'smart' && options.field === 'agreement') {
    const mine = result.agreements.filter((a) => a.start < end && a.end > f.start);
    const ok = mine.length > 0 && mine.every((a) => a.smart.specific && a.smart.measurable && a.smart.timeBound);
    push('smart', ok, `${filled} ⇒ ${mine.map((a) => JSON.stringify(a.smart)).join(' ')}`);
  }
  if (!REMOVES.has(f.ruleId)) {
    const lost = factsOf(f.excerpt).filter((w) => !s.replacement.includes(w));
    push('keeps', lost.length === 0, `${f.excerpt} → ${s.replacement}${lost.length ? `  lost: ${lost.join(', ')}` : ''}`);
  }
}

/** Run every check over every case. */
export function convergenceChecks(cases: readonly ConvergenceCase[] = convergenceCases()): ConvergenceCheck[] {
  const checks: ConvergenceCheck[] = [];
  for (const c of cases) {
    for (const f of analyse(c.text, c.options).findings) {
      for (const s of f.suggestions) {
        checkSuggestion(c, f, s, (kind, ok, detail) => checks.push({ kind, ok, source: c.source, ruleId: f.ruleId, detail }));
      }
    }
  }
  return checks;
}

/** "held / total" per kind and overall, as a markdown table. */
export function convergenceTable(checks: readonly ConvergenceCheck[]): string {
  const kinds = ['placeholders', 'converges', 'smart', 'keeps'] as const;
  const row = (label: string, xs: readonly ConvergenceCheck[]) => {
    const held = xs.filter((x) => x.ok).length;
    return `| ${label} | ${held} / ${xs.length} | ${xs.length ? (held / xs.length).toFixed(3) : '–'} |`;
  };
  return [
    '| check | held / total | share |',
    '|---|---:|---:|',
    ...kinds.map((k) => row(k, checks.filter((x) => x.kind === k))),
    row('**all**', checks),
  ].join('\n');
}
