import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { containsCpr, maskCpr } from '@/lib/storage/cpr';
import { validateImport } from '@/lib/storage/import-export';

// Written as users paste them: dots, a no-break space, Unicode dashes, a dotted date, an erstatningspersonnummer.
const VARIANTS = ['04.01.90-1114', '050190\u00a01115', '050190 1115', '0501901115', '050190.1116', '050190\u20131117', '050190\u20111118', '04-01-90-1114', '650190-1119', '050190\u202f1120'];

describe('one CPR recogniser: the analyser flags exactly what storage masks', () => {
  it.each(VARIANTS)('%j is flagged by cpr-number, masked for storage and refused in an import', (cpr) => {
    const text = `Borger (CPR ${cpr}) ringede.`;
    const finding = analyse(text).findings.find((f) => f.ruleId === 'cpr-number');
    expect(finding?.excerpt).toBe(cpr);
    expect(maskCpr(text)).toEqual({ text: 'Borger (CPR ******-****) ringede.', masked: true });
    const file = { format: 'jobrettet-export', version: 1, exportedAt: '2026-11-20T10:00:00.000Z', notes: [{ id: 'n1', formKey: 'https://x.dk/p', caseLabel: '', formKind: null, text: 'ok', tags: [`opfølg ${cpr}`], createdAt: 1, updatedAt: 1 }], reviews: [] };
    expect(validateImport(JSON.stringify(file))).toEqual({ ok: false, problem: 'cpr', path: 'notes.0.tags.0' });
  });

  it.each(['Mødet er d. 05.02.2025 kl. 10.30.', 'Ring på 20 30 40 50.', 'beløb 1.234.567 kr', '991399-1234 er ikke en dato', '300290-1234 (30. februar)', '12345678901234', 'sagsnr. 2023-010190-1234'])('%j is neither flagged nor masked', (text) => {
    expect(analyse(text).findings.filter((f) => f.ruleId === 'cpr-number')).toEqual([]);
    expect(containsCpr(text)).toBe(false);
  });

  it('storage also masks a number glued to letters', () => {
    expect(maskCpr('CPR0101901234')).toEqual({ text: 'CPR******-****', masked: true });
  });
});
