/**
 * The independent corpus (`tests/corpus/independent/*.json`): texts and labels written by someone who had not seen
 * `lib/` — only the seeds, FORMS.md and the category criteria. Loaded as data and measured here; never tuned to one text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from '@/lib/analysis/analyse';
import { CATEGORIES, FIELD_ROLES, FORM_KINDS, type AnalysisResult, type Category, type FieldRole, type FormKind } from '@/lib/analysis/types';
import type { CorpusEntry } from './types';
import { evaluate, table } from './metrics';

/**
 * `independent/` was the first set; `independent-2/` and `independent-3/` later ones, each written by another session,
 * equally blind (the third mostly Min Plan agreements not in the du-form).
 */
export type CorpusSet = 'independent' | 'independent-2' | 'independent-3';

export interface IndependentEntry {
  id: string;
  text: string;
  form: FormKind | null;
  field: FieldRole | null;
  subKind?: 'indstilling';
  source: string;
  present: Category[];
  absent: Category[];
}
export interface DocumentEntry extends IndependentEntry {
  sections: { heading: string; role: FieldRole }[];
  judgements: { section: string | null; category: Category; flag: boolean }[];
}
export interface AgreementEntry extends IndependentEntry {
  smart: { specific: boolean; measurable: boolean | null; timeBound: boolean };
}
export interface GradedEntry extends IndependentEntry {
  group: string;
  level: number;
}
export interface AccommodationEntry extends IndependentEntry {
  set?: 'A' | 'B';
}
export interface RoleEntry extends IndependentEntry {
  quality: 'good' | 'poor';
}

export function load<T>(name: string, set: CorpusSet = 'independent'): T[] {
  const file = path.join(__dirname, set, `${name}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T[]) : [];
}

export const run = (e: IndependentEntry): AnalysisResult =>
  analyse(e.text, { form: e.form ?? undefined, field: e.field ?? undefined, subKind: e.subKind });

/** As a labelled corpus entry (for the precision/recall table of metrics.ts). */
export const asCorpus = (e: IndependentEntry): CorpusEntry => ({ ...e, split: 'holdout' });

/** Start offset of each labelled heading line in a document (the line that equals the heading, trimmed). */
function sectionSpans(doc: DocumentEntry): Map<string, { start: number; end: number }> {
  const starts: { heading: string; start: number }[] = [];
  const lines = doc.text.split('\n');
  let offset = 0;
  const wanted = new Set(doc.sections.map((s) => s.heading.trim()));
  for (const line of lines) {
    const t = line.trim();
    for (const h of wanted) {
      if (t === h || (h.endsWith(':') && t.startsWith(h))) {
        starts.push({ heading: h, start: offset });
        wanted.delete(h);
        break;
      }
    }
    offset += line.length + 1;
  }
  const spans = new Map<string, { start: number; end: number }>();
  starts.forEach((s, i) => spans.set(s.heading, { start: s.start, end: starts[i + 1]?.start ?? doc.text.length }));
  return spans;
}

export interface JudgementMiss {
  id: string;
  section: string | null;
  category: Category;
  expected: boolean;
}

/** Share of a reviewer's judgements per document section that the findings agree with. */
export function judgeDocuments(docs: readonly DocumentEntry[]): { right: number; total: number; misses: JudgementMiss[] } {
  let right = 0;
  let total = 0;
  const misses: JudgementMiss[] = [];
  for (const doc of docs) {
    const result = run(doc);
    const spans = sectionSpans(doc);
    for (const j of doc.judgements) {
      const span = j.section === null ? { start: 0, end: doc.text.length } : spans.get(j.section.trim());
      if (!span) throw new Error(`${doc.id}: heading not found: ${j.section}`);
      const flagged = result.findings.some((f) => f.category === j.category && f.start >= span.start && f.start < span.end);
      total++;
      if (flagged === j.flag) right++;
      else misses.push({ id: doc.id, section: j.section, category: j.category, expected: j.flag });
    }
  }
  return { right, total, misses };
}

/** Per SMART letter: labels the analysis gets right (a null measurable label does not count). */
export function judgeAgreements(entries: readonly AgreementEntry[]): {
  right: number;
  total: number;
  perLetter: Record<'specific' | 'measurable' | 'timeBound', { right: number; total: number }>;
  misses: string[];
} {
  const perLetter = { specific: { right: 0, total: 0 }, measurable: { right: 0, total: 0 }, timeBound: { right: 0, total: 0 } };
  const misses: string[] = [];
  for (const e of entries) {
    const agreements = run(e).agreements;
    // One agreement per text; a text read as no agreement at all counts every label as missed.
    const got = agreements.length === 1 ? agreements[0]!.smart : null;
    for (const letter of ['specific', 'measurable', 'timeBound'] as const) {
      const want = e.smart[letter];
      if (want === null) continue;
      perLetter[letter].total++;
      if (got && got[letter] === want) perLetter[letter].right++;
      else misses.push(`${e.id} ${letter}=${String(want)}`);
    }
  }
  const right = perLetter.specific.right + perLetter.measurable.right + perLetter.timeBound.right;
  const total = perLetter.specific.total + perLetter.measurable.total + perLetter.timeBound.total;
  return { right, total, perLetter, misses };
}

/** Share of cross-level pairs within a group whose job-focus scores are ordered as their levels (ties are wrong). */
export function judgeGraded(entries: readonly GradedEntry[]): { right: number; total: number; misses: string[] } {
  const groups = new Map<string, { level: number; score: number; id: string }[]>();
  for (const e of entries) {
    const list = groups.get(e.group) ?? [];
    list.push({ level: e.level, score: run(e).jobFocus.score, id: e.id });
    groups.set(e.group, list);
  }
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  for (const list of groups.values()) {
    for (const a of list)
      for (const b of list) {
        if (a.level >= b.level) continue;
        total++;
        if (a.score < b.score) right++;
        else misses.push(`${a.id} ${a.score} ≥ ${b.id} ${b.score}`);
      }
  }
  return { right, total, misses };
}

/** Good texts for a role should score ≥ 80 there, poor texts ≤ 30. */
export function judgeRoles(entries: readonly RoleEntry[]): { role: string; good: number[]; poor: number[] }[] {
  const byRole = new Map<string, { good: number[]; poor: number[] }>();
  for (const e of entries) {
    const row = byRole.get(e.field ?? '(none)') ?? { good: [], poor: [] };
    row[e.quality].push(run(e).jobFocus.score);
    byRole.set(e.field ?? '(none)', row);
  }
  return [...byRole].map(([role, r]) => ({ role, ...r }));
}

export const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

export const pct = (x: number): string => x.toFixed(2);
/** Precision, recall and F1 over every labelled category of the entries, with the table and the misses. */
export function overall(entries: readonly IndependentEntry[]): { p: number; r: number; f: number; text: string } {
  const { rows, misses } = evaluate(entries.map(asCorpus));
  const tot = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  const p = tot.tp / (tot.tp + tot.fp || 1);
  const r = tot.tp / (tot.tp + tot.fn || 1);
  const missText = misses.map((m) => `${m.kind} ${m.category} ${m.id} ${m.rules.join(',')}`).join('; ');
  return { p, r, f: f1(p, r), text: `${table(`${entries.length} texts`, rows)}\nmisses: ${missText || 'none'}` };
}

/** What is wrong with a set's entries: duplicate ids, unknown forms, roles or categories (empty when well-formed). */
export function malformed(entries: readonly IndependentEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) problems.push(`${e.id}: duplicate id`);
    seen.add(e.id);
    if (e.form && !(FORM_KINDS as readonly string[]).includes(e.form)) problems.push(`${e.id}: unknown form ${e.form}`);
    if (e.field && !(FIELD_ROLES as readonly string[]).includes(e.field)) problems.push(`${e.id}: unknown role ${e.field}`);
    for (const c of [...e.present, ...e.absent]) if (!(CATEGORIES as readonly string[]).includes(c)) problems.push(`${e.id}: unknown category ${c}`);
  }
  return problems;
}

/** Agreements in the third person, with the jobcentre as actor or in the passive (not du-form). */
export const notDuForm = (e: AgreementEntry): boolean => !/^\s*(du|dit|din|dine)\b/i.test(e.text) && !/\b(du|dig)\b/i.test(e.text);

export interface SetFigures {
  entries: IndependentEntry[];
  shorthandF1: number;
  accommodationsF1: { A: number; B: number };
  agreements: number;
  thirdPerson: number;
  documents: number;
  /** Null when the set has no graded texts. */
  graded: number | null;
  /** The printable report: tables and misses per file. */
  text: string;
}

/** Every figure of a later independent set (shorthand, skånehensyn A/B, agreements, documents, graded job focus). */
export function setFigures(set: CorpusSet): SetFigures {
  const shorthand = load<IndependentEntry>('shorthand', set);
  const accommodations = load<AccommodationEntry>('accommodations', set);
  const agreements = load<AgreementEntry>('agreements', set);
  const documents = load<DocumentEntry>('documents', set);
  const graded = load<GradedEntry>('graded', set);
  const out: string[] = [];
  const sh = overall(shorthand);
  out.push(`### shorthand (P ${pct(sh.p)} R ${pct(sh.r)} F1 ${pct(sh.f)})\n${sh.text}`);
  const accF = { A: 0, B: 0 };
  for (const s of ['A', 'B'] as const) {
    const acc = overall(accommodations.filter((e) => e.set === s));
    accF[s] = acc.f;
    out.push(`### skånehensyn set ${s} (P ${pct(acc.p)} R ${pct(acc.r)} F1 ${pct(acc.f)})\n${acc.text}`);
  }
  const ag = judgeAgreements(agreements);
  const third = judgeAgreements(agreements.filter(notDuForm));
  const letters = Object.entries(ag.perLetter).map(([k, v]) => `${k} ${v.right}/${v.total}`).join(', ');
  out.push(
    `### agreements: s/m/t labels right ${ag.right}/${ag.total} = ${pct(ag.right / ag.total)} (${letters}); ` +
      `third person/passive ${third.right}/${third.total} = ${pct(third.right / third.total)}\nmisses: ${ag.misses.join('; ')}`,
  );
  const docs = judgeDocuments(documents);
  out.push(
    `### documents: judgements right ${docs.right}/${docs.total} = ${pct(docs.right / docs.total)}\nmisses: ${docs.misses
      .map((m) => `${m.id} [${m.section ?? 'whole'}] ${m.category} expected ${m.expected}`)
      .join('; ')}`,
  );
  let gradedShare: number | null = null;
  if (graded.length) {
    const gr = judgeGraded(graded);
    gradedShare = gr.right / gr.total;
    out.push(`### graded job focus: pairs ordered ${gr.right}/${gr.total} = ${pct(gradedShare)}\nmisses: ${gr.misses.join('; ')}`);
  }
  return {
    entries: [...shorthand, ...accommodations, ...agreements, ...documents, ...graded],
    shorthandF1: sh.f,
    accommodationsF1: accF,
    agreements: ag.right / ag.total,
    thirdPerson: third.right / third.total,
    documents: docs.right / docs.total,
    graded: gradedShare,
    text: out.join('\n\n'),
  };
}

export { CATEGORIES };
