import { describe, expect, it } from 'vitest';
import { opensAgreement } from '@/lib/analysis/smart/split';

describe('opensAgreement in any case', () => {
  it.each([
    ['Du vil søge 2 job inden d. 5.3.', true],
    ['DU SKAL ringe til Netto.', true],
    ['Borgeren Kommer Til At deltage i jobklub.', true],
    ['AFTALE 2: Du vil søge job.', true],
    ['Jobkonsulenten Sender dig 3 jobopslag.', true],
    ['Du vilde ikke.', false],
    ['Du tager kontakt til Netto.', false],
    // Lower-casing that is no plain fold ("İ" becomes two characters): read with the case-insensitive pattern.
    ['Du vil ringe til İlker.', true],
    ['İlker vil ringe.', false],
  ])('%s', (text, opens) => {
    expect(opensAgreement(text)).toBe(opens);
  });
});
