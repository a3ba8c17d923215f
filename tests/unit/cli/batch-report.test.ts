/** `--report report.html|report.csv`: rows per document, key figures beside the seed baselines. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main, type CliIO } from '@/cli/main';
import { escapeHtml, fieldsOf } from '@/cli/batch-report';
import { analyse } from '@/lib/analysis/analyse';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), readStdin: async () => new Uint8Array(), color: false };
  const code = await main(args, io, { analyse: (await import('@/lib/analysis/analyse')).analyseWithDiagnostics, now: () => new Date(2026, 11, 1) });
  return { code, stdout, stderr };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jobrettet-report-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const CONCRETE = 'Max 5 kg løft højst 10 gange i timen.';
const VAGUE = 'Han skal skånes.';

describe('--report report.html', () => {
  const dir = folder({ 'a-konkret.txt': CONCRETE, 'b-uklar.txt': VAGUE, 'c-<img src=x onerror=alert(1)>.txt': VAGUE });
  const out = path.join(dir, 'rapport.html');

  it('one self-contained page: no scripts, no external resources, every text escaped', async () => {
    const r = await run(['check', '--form', 'rehab', '--field', 'accommodations', '--report', out, dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Rapporten er gemt i .*rapport\.html \(3 rækker\)/);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="da">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|url\(|@import|https?:/i);
    expect(html).not.toMatch(/<[a-z]+\s[^>]*\b(src|href|on[a-z]+)=/i);
    expect(html).toContain('c-&lt;img src=x onerror=alert(1)&gt;.txt');
  });

  it('a row per document with form, score and findings by category; summary beside the baselines', async () => {
    await run(['check', '--form', 'rehab', '--field', 'accommodations', '--report', out, dir]);
    const html = readFileSync(out, 'utf8');
    const rows = html.split('<tr>').filter((r) => r.includes('.txt'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('a-konkret.txt');
    expect(rows[0]).toContain('Rehabiliteringsplan');
    for (const h of ['Fil', 'Formular og felt', 'Jobfokus', 'Fund i alt', 'Fund pr. kategori', 'SMART-aftaler', 'Konkrete skånehensyn']) expect(html).toContain(`<th scope="col">${h}</th>`);
    expect(rows[1]).toMatch(/<td>Uklare skånehensyn: [1-9]/);
    expect(rows[0]).not.toContain('Uklare skånehensyn:');
    // 1 of the 3 skånehensyn is concrete; the seed's case review found 30–37 %.
    expect(html).toMatch(/Konkrete skånehensyn<\/th><td>.*33 % \(1 af 3\)<\/td><td>.*30–37 %<\/td>/);
    expect(html).toMatch(/SMART-aftaler<\/th><td>[^<]*(<span[^>]*><\/span>)?[^<]*<\/td><td>.*25 %<\/td>/);
    expect(html).toMatch(/Konkrete jobmål<\/th><td>ingen data<\/td><td>.*21 %/);
    expect(html).toMatch(/Progressionsmål<\/th><td>ingen data<\/td><td>.*6 %/);
    expect(rows[0]).toContain('class="yes">Ja<');
    expect(rows[1]).toContain('class="no">Nej<');
  });

  it('an unreadable document gets a row with the Danish reason', async () => {
    const bad = folder({ 'ok.txt': CONCRETE });
    writeFileSync(path.join(bad, 'bad.md'), Buffer.from([0xc3, 0x28]));
    const html = path.join(bad, 'r.html');
    const r = await run(['check', '--report', html, bad]);
    expect(r.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/<tr class="err"><td>[^<]*bad\.md<\/td><td colspan="\d+">Kunne ikke læses: Filen &quot;[^<]*bad\.md&quot; er ikke gyldig UTF-8/);
  });

  it('a report that cannot be written: Danish message, exit 2', async () => {
    const r = await run(['check', '--report', path.join(dir, 'findes-ikke', 'r.html'), dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Rapporten ".*r\.html" kan ikke gemmes \(ENOENT\)/);
  });

  it('escapeHtml escapes markup and quotes and drops control characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u001b[2J`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\ufffd[2J');
  });
});

describe('--report report.csv', () => {
  it('Danish Excel: UTF-8 BOM, ";" separators, CRLF, formulas neutralised, the same rows and the summary', async () => {
    const dir = folder({ '=HYPERLINK("x").txt': VAGUE, 'ok.txt': CONCRETE });
    const out = path.join(dir, 'r.csv');
    const cwd = process.cwd();
    process.chdir(dir);
    const r = await run(['check', '--form', 'rehab', '--field', 'accommodations', '--report', out, '.']).finally(() => process.chdir(cwd));
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Fil', 'Formular', 'Felt', 'Jobfokus']);
    expect(lines[1]!.startsWith(`"'=HYPERLINK(""x"").txt";Rehabiliteringsplan;accommodations;`)).toBe(true);
    expect(lines[2]!.startsWith('ok.txt;Rehabiliteringsplan;accommodations;')).toBe(true);
    expect(lines.find((l) => l.startsWith('Konkrete skånehensyn;'))).toBe('Konkrete skånehensyn;50 % (1 af 2);30–37 %;Udvikling i fleksjob II, afsnit 5.3');
  });
});

describe('fieldsOf', () => {
  it('a text without headings is one field; a document is split by its sections, with findings in their section', () => {
    const plain = 'Han skal skånes. Du skal søge job.';
    const one = analyse(plain, { form: 'rehab' });
    expect(fieldsOf(one, plain.length)).toEqual([{ fieldId: 'document', role: one.field, label: '', textLength: plain.length, result: one }]);
    const text = 'Skånehensyn\nHan skal skånes.\nAftaler\nDu skal søge job.';
    const fields = fieldsOf(analyse(text, { form: 'rehab' }), text.length);
    expect(fields.map((f) => f.role)).toEqual(['accommodations', 'agreement']);
    expect(fields[0]!.result.findings.map((f) => f.ruleId)).toContain('vague-accommodation');
    expect(fields[0]!.result.findings.map((f) => f.ruleId)).not.toContain('smart-agreement');
    expect(fields[1]!.result.findings.map((f) => f.ruleId)).toContain('smart-agreement');
    expect(fields[1]!.result.findings.map((f) => f.ruleId)).not.toContain('vague-accommodation');
  });
});
