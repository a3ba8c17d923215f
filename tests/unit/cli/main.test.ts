import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, textsOf, USAGE, type CliDeps, type CliIO } from '@/cli/main';
import { escapeControls, LineIndex, lineColumn } from '@/cli/report';
import { analyseWithDiagnostics } from '@/lib/analysis/analyse';
import { allRules } from '@/lib/analysis/rules';
import type { Rule } from '@/lib/analysis/rule';

const dir = mkdtempSync(path.join(tmpdir(), 'jobrettet-cli-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function run(args: string[], stdin: string | Uint8Array = '', color = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin),
    color,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

const AGREEMENTS = '- Du skal arbejde på din jobsøgning.\n- Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.\n';

describe('jobrettet check --json', () => {
  it('prints one result object with the contract keys', async () => {
    const r = await run(['check', '--json', '--form', 'minplan', '--field', 'agreement', file('a.txt', AGREEMENTS)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const res = JSON.parse(r.stdout);
    expect(Object.keys(res).sort()).toEqual(['agreements', 'field', 'findings', 'form', 'jobFocus', 'lix']);
    expect(res.form).toBe('minplan');
    expect(res.field).toBe('agreement');
    expect(res.agreements).toHaveLength(2);
    expect(res.agreements[0].smart.timeBound).toBe(false);
    expect(res.agreements[1].smart.timeBound).toBe(true);
    for (const f of res.findings) expect(f.excerpt).toBe(AGREEMENTS.slice(f.start, f.end));
    for (const a of res.agreements) expect(a.text).toBe(AGREEMENTS.slice(a.start, a.end));
  });

  it('accepts --opt=value and reads stdin for "-" and for no file', async () => {
    const a = await run(['check', '--json', '--form=minplan', '--field=agreement', '-'], AGREEMENTS);
    const b = await run(['check', '--json', '--field', 'agreement'], AGREEMENTS);
    expect(JSON.parse(a.stdout).agreements).toHaveLength(2);
    expect(JSON.parse(b.stdout)).toMatchObject({ form: 'minplan', field: 'agreement' });
  });

  it('--each-line: an array with one result per non-empty line, in order, offsets per line', async () => {
    const input = 'Han skal skånes.\r\n\n   \nDu skal søge job.\nMax 5 kg løft.';
    const r = await run(['check', '--json', '--each-line', '--form', 'minplan', '--field', 'agreement', '-'], input);
    const arr = JSON.parse(r.stdout);
    expect(Array.isArray(arr)).toBe(true);
    expect(arr).toHaveLength(3);
    const lines = ['Han skal skånes.', 'Du skal søge job.', 'Max 5 kg løft.'];
    arr.forEach((res: { agreements: { start: number; end: number; text: string }[] }, i: number) => {
      for (const a of res.agreements) expect(a.text).toBe(lines[i]!.slice(a.start, a.end));
    });
    expect(arr[1].agreements[0].text).toBe('Du skal søge job.');
  });

  it('empty input is a valid empty result (exit 0); --each-line on empty input is []', async () => {
    const r = await run(['check', '--json', '-'], '');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ findings: [], agreements: [], lix: 0 });
    expect(JSON.parse((await run(['check', '--json', '--each-line', '-'], '\n\n')).stdout)).toEqual([]);
  });

  it('keeps a UTF-8 BOM so offsets index the file as JavaScript reads it, and keeps Danish letters intact', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Du skal søge job i Århus.')]);
    const res = JSON.parse((await run(['check', '--json', '--field', 'agreement', file('bom.txt', bytes)])).stdout);
    const asRead = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(asRead.charCodeAt(0)).toBe(0xfeff);
    expect(res.agreements[0].text).toBe('Du skal søge job i Århus.');
    expect(asRead.slice(res.agreements[0].start, res.agreements[0].end)).toBe('Du skal søge job i Århus.');
    for (const f of res.findings) expect(f.excerpt).toBe(asRead.slice(f.start, f.end));
  });
});

describe('roles with any form, and whole documents', () => {
  it('accepts --field accommodations with --form minplan and checks the skånehensyn', async () => {
    const r = await run(['check', '--json', '--form', 'minplan', '--field', 'accommodations', '-'], 'Han skal have hensyn.');
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res).toMatchObject({ form: 'minplan', field: 'accommodations' });
    expect(res.findings.map((f: { ruleId: string; excerpt: string }) => [f.ruleId, f.excerpt])).toContainEqual(['vague-accommodation', 'Han skal have hensyn']);
  });

  it('adds "sections" to the JSON of a document with headings, and only then', async () => {
    const doc = 'Jobmål\nLagermedarbejder.\n\nAftaler:\n- Du skal søge job.\n';
    const res = JSON.parse((await run(['check', '--json', '--form', 'minplan', '-'], doc)).stdout);
    expect(res.sections).toEqual([
      { start: 0, end: 24, heading: 'Jobmål', role: 'job-goal' },
      { start: 26, end: 54, heading: 'Aftaler', role: 'agreement' },
    ]);
    expect(res.agreements.map((a: { text: string }) => a.text)).toEqual(['Du skal søge job.']);
    const plain = JSON.parse((await run(['check', '--json', '--form', 'minplan', '-'], 'Du skal søge job.')).stdout);
    expect('sections' in plain).toBe(false);
  });
});

describe('exit codes and usage errors (stderr, Danish, exit 2)', () => {
  it.each([
    [['check', path.join(dir, 'findes-ikke.txt')], /findes ikke/],
    [['check', '--form', 'nonsense', '-'], /Ukendt formular "nonsense"/],
    [['check', '--field', 'nonsense', '-'], /Ukendt felt "nonsense"/],
    [['check', '--form'], /--form mangler en værdi/],
    [['check', '--wat', '-'], /Ukendt tilvalg "--wat"/],
    [['check', path.join(dir, 'a-findes-ikke.txt'), path.join(dir, 'b-findes-ikke.txt')], /a-findes-ikke\.txt" findes ikke\.\n.*b-findes-ikke\.txt" findes ikke/],
    [['check', '-', '-'], /kun læses én gang/],
    [['check', '--report', 'rapport.pdf', '-'], /skal ende på \.html eller \.csv/],
    [['lint', '-'], /Ukendt kommando "lint"/],
    [[], /Angiv en kommando/],
    [['check', mkdtempSync(path.join(tmpdir(), 'jobrettet-empty-'))], /indeholder ingen filer at tjekke/],
  ])('%j', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('invalid UTF-8 in a file or on stdin → exit 2 "ikke gyldig UTF-8"', async () => {
    const bad = new Uint8Array([0x48, 0xc3, 0x28, 0xff, 0xfe, 0x0a]);
    for (const r of [await run(['check', file('bad.txt', bad)]), await run(['check', '-'], bad)]) {
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/ikke gyldig UTF-8/);
      expect(r.stdout).toBe('');
    }
  });

  it('--help prints the Danish usage with every form and role, exit 0', async () => {
    const r = await run(['check', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(USAGE);
    expect(r.stdout).toMatch(/Brug: jobrettet check/);
    for (const word of ['cv', 'minplan', 'rehab', 'agreement', 'accommodations', 'cv-job-wish']) expect(r.stdout).toContain(word);
  });

  it('exit 1 when an error-severity finding exists, 0 for warnings only', async () => {
    const warnOnly = await run(['check', '--json', '--field', 'agreement', '-'], 'Du skal søge job.');
    expect(JSON.parse(warnOnly.stdout).findings.some((f: { severity: string }) => f.severity === 'warning')).toBe(true);
    expect(warnOnly.code).toBe(0);
    const withCpr = await run(['check', '--json', '-'], 'Borgers CPR-nummer er 010190-1234.');
    const hasError = JSON.parse(withCpr.stdout).findings.some((f: { severity: string }) => f.severity === 'error');
    expect(withCpr.code).toBe(hasError ? 1 : 0);
  });
});

describe('readable report (no --json)', () => {
  it('shows score, findings with line:column, agreements, rewrites and LIX in Danish, without colours', async () => {
    const r = await run(['check', '--form', 'minplan', '--field', 'agreement', file('plan.txt', AGREEMENTS)]);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).toThrow();
    expect(r.stdout).toMatch(/Jobfokus: \d+\/100/);
    expect(r.stdout).toMatch(/1:3 +advarsel +Aftalen er ikke SMART/);
    expect(r.stdout).toContain('Omskrivning: Du vil arbejde på din jobsøgning ved at søge [antal] stillinger');
    expect(r.stdout).toMatch(/LIX: \d+/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('uses ANSI colours only when asked (TTY without NO_COLOR)', async () => {
    const r = await run(['check', '--field', 'agreement', '-'], 'Du skal søge job.', true);
    expect(r.stdout).toContain('\u001b[');
  });

  it('--each-line reports the input line numbers', async () => {
    const r = await run(['check', '--each-line', '--field', 'agreement', '-'], 'Du vil søge 3 stillinger som kok hos Netto inden d. 1.3.\n\nDu skal søge job.');
    expect(r.stdout).toContain('standard-input, linje 1');
    expect(r.stdout).toContain('standard-input, linje 3');
    expect(r.stdout).toMatch(/3:1 +advarsel/);
  });
});

describe('helpers', () => {
  it('textsOf splits non-empty lines (CRLF aware) and keeps line numbers', () => {
    expect(textsOf('a\r\n\n b \n', true)).toEqual([
      { text: 'a', line: 1 },
      { text: ' b ', line: 3 },
    ]);
    expect(textsOf('a\nb', false)).toEqual([{ text: 'a\nb', line: 1 }]);
  });

  it('lineColumn is 1-based', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('rule failures (exit 3)', () => {
  const boom: Rule = {
    id: 'test-throws',
    category: 'plain-language',
    severity: 'info',
    message: 'never shown',
    rationale: 'test',
    appliesTo: { forms: '*', roles: '*', unknownField: true },
    examples: { valid: [], invalid: [] },
    check: () => {
      throw new Error('regel gik i stykker');
    },
  } as unknown as Rule;
  const deps: CliDeps = { analyse: (text, options) => analyseWithDiagnostics(text, options, [boom, ...allRules]), now: () => new Date() };

  async function runWith(args: string[], stdin: string) {
    let stdout = '';
    let stderr = '';
    const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => new TextEncoder().encode(stdin), color: false };
    return { code: await main(args, io, deps), stdout, stderr };
  }

  it('prints the results of the other rules, then the failing rule id and its message on stderr, exit 3', async () => {
    const r = await runWith(['check', '--json', '--field', 'agreement', '-'], 'Du skal søge job.');
    expect(r.code).toBe(3);
    const res = JSON.parse(r.stdout);
    expect(res.findings.some((f: { ruleId: string }) => f.ruleId === 'smart-agreement')).toBe(true);
    expect(res.findings.some((f: { ruleId: string }) => f.ruleId === 'test-throws')).toBe(false);
    expect(r.stderr).toBe('jobrettet: reglen "test-throws" fejlede: regel gik i stykker. Dens fund mangler i resultatet.\n');
  });

  it('exit 3 wins over exit 1; one stderr line per failing rule, however many texts', async () => {
    const r = await runWith(['check', '--each-line', '-'], 'Borgers CPR-nummer er 010190-1234.\nDu skal søge job.\nHan skal skånes.');
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/Jobfokus/);
    expect(r.stderr).toBe('jobrettet: reglen "test-throws" fejlede i standard-input, linje 1 og 2 tekster til: regel gik i stykker. Dens fund mangler i resultatet.\n');
  });

  it('without a failure the same input exits 1 (CPR) as before', async () => {
    const r = await run(['check', '-'], 'Borgers CPR-nummer er 010190-1234.');
    expect(r.code).toBe(1);
  });
});

describe('terminal safety and size', () => {
  it('control characters from the input are shown escaped in the readable report', async () => {
    const input = 'Du skal søge job.\u001b]52;c;SGVq\u0007 Han skal skånes.\u202e\u009b2J\u0001\r\u007f\u2066';
    const r = await run(['check', '--field', 'agreement', '-'], input);
    expect(r.stdout).toContain('\\x1b]52;c;SGVq\\x07');
    expect(r.stdout).toContain('\\u202e\\x9b2J');
    // eslint-disable-next-line no-control-regex
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    // --json keeps the text exactly (JSON escapes it).
    const res = JSON.parse((await run(['check', '--json', '--field', 'agreement', '-'], input)).stdout);
    for (const f of res.findings) expect(f.excerpt).toBe(input.slice(f.start, f.end));
  });

  it('a file name with control characters is escaped too', async () => {
    const p = file('navn\u001b[2J.txt', 'Han skal skånes.');
    const r = await run(['check', p]);
    expect(r.stdout).toContain('navn\\x1b[2J.txt');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('escapeControls leaves tab, line feed and ordinary text alone', () => {
    expect(escapeControls('a\tb\nå ø 😀 \u200b')).toBe('a\tb\nå ø 😀 \u200b');
    expect(escapeControls('\u0085\u202a\u2069\u001b')).toBe('\\x85\\u202a\\u2069\\x1b');
  });

  it('--each-line --json is byte-identical to one JSON.stringify of the array', async () => {
    const input = 'Du skal søge job.\n\nHan skal skånes.\nMax 5 kg løft.';
    const r = await run(['check', '--json', '--each-line', '--form', 'minplan', '-'], input);
    expect(r.stdout).toBe(JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n');
  });

  it('100,000 lines: the readable report gives every finding its own line:column', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => (i === 99_998 ? 'Borgers CPR-nummer er 010190-1234.' : 'Ok.'));
    const r = await run(['check', '--form', 'rehab', '--field', 'resources', '-'], lines.join('\n'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\n {4}99999:\d+ +fejl /);
  });

  it('LineIndex agrees with a direct count', () => {
    const text = 'ab\n\ncd\nefg';
    const index = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) expect(index.at(o)).toEqual(lineColumn(text, o));
    expect(index.at(4)).toEqual({ line: 3, column: 1 });
    expect(index.at(text.length)).toEqual({ line: 4, column: 4 });
  });
});
