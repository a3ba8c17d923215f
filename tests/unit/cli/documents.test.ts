/** Real documents (tests/fixtures/docs, made by scripts/make-doc-fixtures.mjs with docx, pdf-lib and qpdf). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type CliIO } from '@/cli/main';
import { joinPdfItems, readDocument } from '@/cli/documents';

const docs = path.resolve(__dirname, '../../fixtures/docs');
const fixture = (name: string): string => path.join(docs, name);

async function run(args: string[], io: Partial<CliIO> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    readStdin: async () => new TextEncoder().encode(''),
    color: false,
    ...io,
  });
  return { code, stdout, stderr };
}

describe('reading documents', () => {
  it('a .docx gives its paragraphs as lines', async () => {
    const text = await readDocument({ path: fixture('minplan.docx'), file: 'minplan.docx' });
    expect(text.split('\n').filter(Boolean)).toEqual([
      'Aftaler',
      'Du skal arbejde på din jobsøgning.',
      'Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.',
    ]);
  });

  it('a .pdf gives its text layer as lines, with a blank line at a paragraph gap', async () => {
    const text = await readDocument({ path: fixture('skaanehensyn.pdf'), file: 'skaanehensyn.pdf' });
    expect(text).toBe('Borger skal skånes og må ikke løfte tungt.\nHan kan arbejde 10-12 timer om ugen.\n\nMax 5 kg løft højst 10 gange i timen.\n');
  });

  it('joins pdf.js items on one baseline into one line', () => {
    const item = (str: string, y: number, hasEOL = false) => ({ str, hasEOL, transform: [12, 0, 0, 12, 60, y], height: 12 });
    expect(joinPdfItems([item('Max 5 kg', 700), item(' løft.', 700, true), item('Næste', 684)])).toBe('Max 5 kg løft.\nNæste');
  });

  it.each([
    ['krypteret.pdf', /krypteret\.pdf" er en krypteret PDF \(beskyttet med adgangskode\)/],
    ['scannet.pdf', /scannet\.pdf" har ingen tekst \(en scannet PDF uden tekstlag\?\)/],
    ['beskadiget.docx', /beskadiget\.docx" er ikke en gyldig Word-fil/],
  ])('%s alone: a Danish reason on stderr, exit 2, nothing on stdout', async (name, reason) => {
    for (const json of [[], ['--json']]) {
      const r = await run(['check', ...json, fixture(name)]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(reason);
    }
  });

  it('a binary file (NUL bytes) is refused with a Danish reason', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jobrettet-bin-'));
    writeFileSync(path.join(dir, 'data.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    const r = await run(['check', path.join(dir, 'data.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/er binære data, ikke tekst/);
  });

  it('UTF-16 with a byte-order mark (Notepad\'s "Unicode") is read as text; the BOM stays, as for UTF-8', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jobrettet-utf16-'));
    const text = 'Du skal søge job i Århus.';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be]] as const) {
      writeFileSync(path.join(dir, name), bytes);
      const res = JSON.parse((await run(['check', '--json', '--field', 'agreement', path.join(dir, name)])).stdout);
      expect(res.agreements[0].text).toBe(text);
      expect(res.agreements[0].start).toBe(1);
    }
  });

  it('a .docx is analysed like the same text typed in: agreements and offsets into the extracted text', async () => {
    const r = await run(['check', '--json', '--form', 'minplan', '--field', 'agreement', fixture('minplan.docx')]);
    const text = await readDocument({ path: fixture('minplan.docx'), file: 'x' });
    const res = JSON.parse(r.stdout);
    expect(Array.isArray(res)).toBe(false);
    expect(res.file).toBeUndefined();
    const dated = res.agreements.find((a: { text: string }) => a.text.startsWith('Du vil søge 3 stillinger'));
    expect(dated.smart.timeBound).toBe(true);
    const vague = res.agreements.find((a: { text: string }) => a.text === 'Du skal arbejde på din jobsøgning.');
    expect(vague.smart.timeBound).toBe(false);
    for (const f of res.findings) expect(f.excerpt).toBe(text.slice(f.start, f.end));
  });

  it('a .pdf skånehensyn: the vague sentence is flagged, the concrete limit is not', async () => {
    const r = await run(['check', '--json', '--form', 'rehab', '--field', 'accommodations', fixture('skaanehensyn.pdf')]);
    const vague = JSON.parse(r.stdout).findings.filter((f: { category: string }) => f.category === 'vague-accommodation');
    expect(vague.length).toBeGreaterThan(0);
    for (const f of vague) expect(f.excerpt).not.toContain('5 kg');
  });
});

describe('folders and several files', () => {
  it('--json on a folder: results in path order, each with "file", recursive; unreadable files on stderr only', async () => {
    const r = await run(['check', '--json', docs]);
    const arr = JSON.parse(r.stdout);
    const rel = (f: string) => path.relative(docs, f);
    expect(arr.map((x: { file: string }) => rel(x.file))).toEqual(['jobmaal.txt', 'minplan.docx', 'skaanehensyn.pdf', 'sub/noter.md']);
    expect(arr[0].file).toBe(path.join(docs, 'jobmaal.txt'));
    expect(Object.keys(arr[0]).slice(0, 2)).toEqual(['file', 'form']);
    const txt = readFileSync(fixture('jobmaal.txt'), 'utf8');
    for (const f of arr[0].findings) expect(f.excerpt).toBe(txt.slice(f.start, f.end));
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toMatch(/krypteret\.pdf" er en krypteret PDF/);
    expect(r.stderr).toMatch(/scannet\.pdf" har ingen tekst/);
    expect(r.stderr).toMatch(/beskadiget\.docx" er ikke en gyldig Word-fil/);
    expect(r.stderr).not.toContain('ignoreret.json');
    expect(r.code).toBe(0);
  });

  it('"file" is the path as given (relative stays relative)', async () => {
    const cwd = process.cwd();
    process.chdir(docs);
    try {
      const r = await run(['check', '--json', 'sub', 'jobmaal.txt']);
      expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual(['jobmaal.txt', 'sub/noter.md']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('several files: one result each in path order; a missing one is reported and the rest still run', async () => {
    const missing = path.join(docs, 'findes-ikke.txt');
    const r = await run(['check', '--json', fixture('sub/noter.md'), missing, fixture('jobmaal.txt')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual([fixture('jobmaal.txt'), fixture('sub/noter.md')]);
    expect(r.stderr).toMatch(/findes-ikke\.txt" findes ikke/);
  });

  it('exit 2 only when no file could be read (then an empty list)', async () => {
    const r = await run(['check', '--json', fixture('krypteret.pdf'), fixture('scannet.pdf')]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('--each-line over several files: one result per line with "file" and "line"', async () => {
    const r = await run(['check', '--json', '--each-line', fixture('jobmaal.txt'), fixture('sub/noter.md')]);
    const arr = JSON.parse(r.stdout);
    expect(arr.map((x: { file: string; line: number }) => [path.basename(x.file), x.line])).toEqual([
      ['jobmaal.txt', 1],
      ['noter.md', 1],
      ['noter.md', 3],
    ]);
  });

  it('readable report on a folder: one block per document and a closing line with the counts', async () => {
    const r = await run(['check', docs]);
    for (const f of ['jobmaal.txt', 'minplan.docx', 'skaanehensyn.pdf', path.join('sub', 'noter.md')]) expect(r.stdout).toContain(path.join(docs, f));
    expect(r.stdout).toMatch(/4 dokumenter læst, 3 kunne ikke læses\)\.\n$/);
  });

  it('a progress line on stderr only when stderr is a TTY, cleared before other output', async () => {
    const tty = await run(['check', '--json', docs], { progress: true });
    expect(tty.stderr).toContain('Tjekker 1/7: ');
    expect(tty.stderr).toContain('\r\u001b[K');
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(tty.stdout)).toHaveLength(4);
    const pipe = await run(['check', '--json', docs], { progress: false });
    expect(pipe.stderr).not.toContain('Tjekker');
    const single = await run(['check', '--json', fixture('jobmaal.txt')], { progress: true });
    expect(single.stderr).toBe('');
  });

  it('walks nested folders but not into files it cannot check', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jobrettet-walk-'));
    mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
    writeFileSync(path.join(dir, 'b', 'c', 'z.TXT'), 'Du skal søge job.');
    writeFileSync(path.join(dir, 'a.md'), 'Han skal skånes.');
    writeFileSync(path.join(dir, 'b', '~$laast.docx'), 'lock');
    writeFileSync(path.join(dir, 'b', 'billede.png'), 'x');
    const r = await run(['check', '--json', dir]);
    expect(JSON.parse(r.stdout).map((x: { file: string }) => path.relative(dir, x.file))).toEqual(['a.md', 'b/c/z.TXT']);
    expect(r.stderr).toBe('');
  });
});
