/**
 * Figures on the independent corpus (written without sight of lib/). `npm run figures:corpus` prints them for the
 * README. The first-run figures (before any rule change) are recorded in tests/corpus/README.md; the bars below sit
 * under today's figures so a regression fails.
 */
import { describe, expect, it } from 'vitest';
import {
  judgeAgreements,
  judgeDocuments,
  judgeGraded,
  judgeRoles,
  load,
  malformed,
  overall,
  pct,
  type AgreementEntry,
  type DocumentEntry,
  type GradedEntry,
  type IndependentEntry,
  type RoleEntry,
} from './independent';

const shorthand = load<IndependentEntry>('shorthand');
const accommodations = load<IndependentEntry>('accommodations');
const agreements = load<AgreementEntry>('agreements');
const documents = load<DocumentEntry>('documents');
const graded = load<GradedEntry>('graded');
const roles = load<RoleEntry>('roles');
const all: IndependentEntry[] = [...shorthand, ...accommodations, ...agreements, ...documents, ...graded, ...roles];

describe('independent corpus', () => {
  it('is well-formed', () => {
    expect(malformed(all)).toEqual([]);
    expect(all.length).toBeGreaterThanOrEqual(250);
  });

  it('figures: shorthand, skånehensyn, agreements, documents, graded job focus, roles', () => {
    const out: string[] = [];
    const sh = overall(shorthand);
    out.push(`### shorthand (F1 ${pct(sh.f)})\n${sh.text}`);
    const acc = overall(accommodations);
    out.push(`### skånehensyn (F1 ${pct(acc.f)})\n${acc.text}`);
    const ag = judgeAgreements(agreements);
    const letters = Object.entries(ag.perLetter).map(([k, v]) => `${k} ${v.right}/${v.total}`).join(', ');
    out.push(`### agreements: s/m/t labels right ${ag.right}/${ag.total} = ${pct(ag.right / ag.total)} (${letters})\nmisses: ${ag.misses.join('; ')}`);
    const docs = judgeDocuments(documents);
    out.push(
      `### documents: judgements right ${docs.right}/${docs.total} = ${pct(docs.right / docs.total)}\nmisses: ${docs.misses
        .map((m) => `${m.id} [${m.section ?? 'whole'}] ${m.category} expected ${m.expected}`)
        .join('; ')}`,
    );
    const gr = judgeGraded(graded);
    out.push(`### graded job focus: pairs ordered ${gr.right}/${gr.total} = ${pct(gr.right / gr.total)}\nmisses: ${gr.misses.join('; ')}`);
    const rl = judgeRoles(roles);
    out.push(
      `### roles (good ≥ 80, poor ≤ 30)\n| role | good scores | poor scores |\n|---|---|---|\n${rl
        .map((r) => `| ${r.role} | ${r.good.join(', ')} | ${r.poor.join(', ')} |`)
        .join('\n')}`,
    );
    console.log(out.join('\n\n'));
    // Bars just under the current figures (README): a regression fails, no figure is assumed.
    expect(docs.right / docs.total, 'documents').toBeGreaterThanOrEqual(0.95);
    expect(sh.f, 'shorthand F1').toBeGreaterThanOrEqual(0.95);
    expect(acc.f, 'skånehensyn F1').toBeGreaterThanOrEqual(0.95);
    expect(ag.right / ag.total, 'agreement s/m/t labels').toBeGreaterThanOrEqual(0.98);
    expect(gr.right / gr.total, 'graded pairs').toBeGreaterThanOrEqual(0.88);
    expect(rl.flatMap((r) => r.poor).every((x) => x <= 30), 'poor texts ≤ 30').toBe(true);
    expect(rl.flatMap((r) => r.good).filter((x) => x >= 80).length, 'good texts ≥ 80').toBeGreaterThanOrEqual(16);
  });
});
