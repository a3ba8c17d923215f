import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findCprNumbers } from '../text/cpr';

export { isValidCprDate } from '../text/cpr';

/** Labels that say a number is something else (case, order, account, phone, company numbers). */
const OTHER_NUMBER = /(?:sags?\s?nr|sagsnummer|\bsag|j\.?\s?nr|journal\s?nr|journalnummer|ordre\s?nr|ordrenummer|faktura\s?nr|fakturanummer|konto\s?nr|kontonummer|reg\.?\s?nr|cvr|se-?nr|p-?nr|ean|tlf|telefon|mobil|fax|ref(?:erence)?\.?\s?nr|reference|kunde\s?nr|kundenummer|medlems\s?nr|police\s?nr|iban|bilag)\.?\s*(?:nr\.?|nummer)?\s*[:.]?\s*$/i;

/** Recognised by the one shared recogniser (text/cpr.ts); here only numbers labelled as something else are skipped. */
function check(ctx: RuleContext): RuleReport[] {
  const { text } = ctx;
  const out: RuleReport[] = [];
  for (const { start, end, dd, mm, yy } of findCprNumbers(text)) {
    const before = text.slice(Math.max(0, start - 24), start);
    if (OTHER_NUMBER.test(before)) continue;
    const masked = `${dd}${mm}${yy}-XXXX`;
    out.push({
      start,
      end,
      suggestions: [
        { label: 'Fjern CPR-nummeret', replacement: '' },
        { label: 'Maskér de sidste fire cifre', replacement: masked },
      ],
    });
  }
  return out;
}

export default defineRule({
  id: 'cpr-number',
  category: 'personal-data',
  severity: 'error',
  appliesTo: { forms: '*', roles: '*', unknownField: true },
  message: 'Teksten indeholder et CPR-nummer. Fjern det: CPR-numre hører ikke hjemme i fritekst.',
  rationale:
    'Personnummer i fritekst (issue 3 punkt 8): CV og Min Plan læses af arbejdsgivere og borger via Jobnet (001 L3882–3884, ' +
    'L3901–3904). Kontrolcifferet (modulus 11) kræves ikke, da det ikke gælder for alle numre siden 2007.',
  check,
  examples: {
    valid: [
      'Ring på tlf. 20 30 40 50 eller +45 20304050.',
      'CVR 12345678, sagsnr. 2023-0012345, J.nr. 010190-1234.',
      'Mødet er d. 05.02.2025 kl. 10.30; beløb 120.000 kr.',
      'IBAN DK5000400440116243 og kontonr. 1234-5678901234.',
      'Nummer 12345678901234 er ikke et CPR-nummer.',
      'Ugyldig dato: 320190-1234 og 011390-1234.',
      'Sagsnummer: 010190-1234 (journal).',
      'Beløbet 1.250.000,00 kr. og tallet 12-34-56-7890.',
      'Sag 150278-1234 er afsluttet.',
    ],
    invalid: [
      { text: 'Borgers CPR er 010190-1234.', errors: [{ excerpt: '010190-1234', output: ['Borgers CPR er .', 'Borgers CPR er 010190-XXXX.'] }] },
      { text: 'CPR: 0101901234', errors: [{ excerpt: '0101901234', output: ['CPR: ', 'CPR: 010190-XXXX'] }] },
      { text: 'Født 290200 1234 (skudår).', errors: [{ excerpt: '290200 1234', output: ['Født  (skudår).', 'Født 290200-XXXX (skudår).'] }] },
      { text: 'Jens (150385-4321) og Mette (230791-1112).', errors: [{ excerpt: '150385-4321', output: ['Jens () og Mette (230791-1112).', 'Jens (150385-XXXX) og Mette (230791-1112).'] }, { excerpt: '230791-1112', output: ['Jens (150385-4321) og Mette ().', 'Jens (150385-4321) og Mette (230791-XXXX).'] }] },
      { text: '010190-1234', errors: [{ excerpt: '010190-1234', output: ['', '010190-XXXX'] }] },
      { text: 'Borgers CPR i sagen: 010190-1234', errors: [{ excerpt: '010190-1234', output: ['Borgers CPR i sagen: ', 'Borgers CPR i sagen: 010190-XXXX'] }] },
      { text: 'CPR-nr.: 311299\u20111234.', errors: [{ excerpt: '311299\u20111234', output: ['CPR-nr.: .', 'CPR-nr.: 311299-XXXX.'] }] },
      { text: 'Borger, 0101901234, ringede.', errors: [{ excerpt: '0101901234', output: ['Borger, , ringede.', 'Borger, 010190-XXXX, ringede.'] }] },
    ],
  },
});
