import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '@/lib/analysis/analyse';
import { textsOf } from '@/cli/main';
import { formatReport, lineColumn } from '@/cli/report';

const CONTROLS = ['\u001b', '\u0007', '\r', '\u0000', '\u007f', '\u009b', '\u0085', '\u202e', '\u2066', '\u2069', '\n', '\t'];
/** Danish case text with terminal control characters mixed in, so they land inside findings and agreements. */
const controlText = fc
  .array(fc.oneof(fc.constantFrom('Du skal søge job.', 'Han skal skånes.', ' ', 'CPR 010190-1234', ']52;c;SGVq', '[2J'), fc.constantFrom(...CONTROLS)), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('CLI output on any input', () => {
  it('--each-line texts are the non-blank lines; report and JSON never throw; JSON round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), controlText), fc.boolean(), fc.boolean(), (input, eachLine, color) => {
        const targets = textsOf(input, eachLine);
        if (eachLine) {
          for (const t of targets) {
            expect(t.text.includes('\n')).toBe(false);
            expect(t.text.trim().length).toBeGreaterThan(0);
            expect(input.split('\n')[t.line - 1]!.replace(/\r$/, '')).toBe(t.text);
          }
        } else expect(targets).toEqual([{ text: input, line: 1 }]);
        const results = targets.map((t) => analyse(t.text, { form: 'minplan' }));
        const report = formatReport('x', targets, results, { color, eachLine });
        // Only our own colour codes reach the terminal; every control character of the input is escaped.
        // eslint-disable-next-line no-control-regex
        const shown = color ? report.replace(/\u001b\[[0-9;]*m/g, '') : report;
        // eslint-disable-next-line no-control-regex
        expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(JSON.parse(JSON.stringify(results))).toEqual(results);
      }),
      { numRuns: 200 },
    );
  });

  it('lineColumn maps every offset to a 1-based line and column consistent with the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat(), (text, n) => {
        const offset = text.length ? n % (text.length + 1) : 0;
        const { line, column } = lineColumn(text, offset);
        const lines = text.slice(0, offset).split('\n');
        expect(line).toBe(lines.length);
        expect(column).toBe(lines[lines.length - 1]!.length + 1);
      }),
      { numRuns: 300 },
    );
  });
});
