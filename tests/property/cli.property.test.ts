import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse } from '@/lib/analysis/analyse';
import { textsOf } from '@/cli/main';
import { formatReport, lineColumn } from '@/cli/report';

describe('CLI output on any input', () => {
  it('--each-line texts are the non-blank lines; report and JSON never throw; JSON round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.boolean(), fc.boolean(), (input, eachLine, color) => {
        const targets = textsOf(input, eachLine);
        if (eachLine) {
          for (const t of targets) {
            expect(t.text.includes('\n')).toBe(false);
            expect(t.text.trim().length).toBeGreaterThan(0);
            expect(input.split('\n')[t.line - 1]!.replace(/\r$/, '')).toBe(t.text);
          }
        } else expect(targets).toEqual([{ text: input, line: 1 }]);
        const results = targets.map((t) => analyse(t.text, { form: 'minplan' }));
        expect(typeof formatReport('x', targets, results, { color, eachLine })).toBe('string');
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
