import { describe, expect, it } from 'vitest';
import { buildModel, modelOfPart, writtenInAscii } from '@/lib/analysis/text/model';

const whole =
  'Jobmål: lager 10 t om ugen.\nSkånehensyn: t ugen, sosu-hjælper kl. 10.30 d. 05.02\nUge 12\nt og mere tekst her. Bgr. søger job.';

describe('modelOfPart', () => {
  const model = buildModel(whole);
  const ascii = writtenInAscii(whole);

  it('equals the model built on the part alone, for every cut', () => {
    for (let start = 0; start <= whole.length; start += 1) {
      for (const end of [start, start + 1, start + 9, whole.indexOf('\n', start) < 0 ? whole.length : whole.indexOf('\n', start), whole.length]) {
        if (end > whole.length) continue;
        expect(modelOfPart(model, start, end, ascii), `${start}–${end}`).toEqual(buildModel(whole.slice(start, end)));
      }
    }
  });

  it('reads a unit after a number from the word before only inside the part ("12\\nt")', () => {
    const start = whole.indexOf('t og');
    const part = modelOfPart(model, start, whole.length, ascii);
    expect(part.words[0]!.norm).toBe(buildModel(whole.slice(start)).words[0]!.norm);
    expect(model.words.find((w) => w.start === start)!.norm).not.toBe(part.words[0]!.norm);
  });

  it('reads "ae"/"oe" as the part itself is written', () => {
    const text = 'Maal: kaere borger\nHensyn: kære borger';
    const part = modelOfPart(buildModel(text), 0, 18, writtenInAscii(text));
    expect(part).toEqual(buildModel(text.slice(0, 18)));
    expect(part.words.map((w) => w.norm)).toEqual(['mål', 'kære', 'borger']);
  });
});
