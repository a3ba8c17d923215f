#!/usr/bin/env node
// Writes the document fixtures of the CLI tests (tests/fixtures/docs/) with real libraries:
// `docx` for Word files, `pdf-lib` for PDFs, `qpdf` (apt-get install -y qpdf) to encrypt one PDF.
// Same content on every run (the .docx dates and qpdf's salt differ). Run: node scripts/make-doc-fixtures.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const out = path.resolve(import.meta.dirname, '../tests/fixtures/docs');
mkdirSync(path.join(out, 'sub'), { recursive: true });
const write = (name, data) => writeFileSync(path.join(out, name), data);

// A Min Plan as a Word file: a heading and two agreements (one vague, one SMART) in separate paragraphs.
const plan = new Document({
  creator: 'Jobrettet tests',
  sections: [
    {
      children: [
        new Paragraph({ text: 'Aftaler', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('Du skal arbejde på din jobsøgning.'),
        new Paragraph('Du vil søge 3 stillinger som lagermedarbejder i Kolding inden d. 15.03.'),
      ],
    },
  ],
});
const fixed = new Date('2026-01-01T00:00:00Z');
const docxBytes = await Packer.toBuffer(plan);
write('minplan.docx', docxBytes);

// A skånehensyn text as a PDF with a real text layer: two paragraphs, the first on two lines.
async function textPdf(lines) {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 780;
  for (const line of lines) {
    if (line === '') y -= 18; // a paragraph gap
    else page.drawText(line, { x: 60, y, size: 12, font });
    y -= 16;
  }
  return pdf.save({ useObjectStreams: false });
}
write(
  'skaanehensyn.pdf',
  await textPdf(['Borger skal skånes og må ikke løfte tungt.', 'Han kan arbejde 10-12 timer om ugen.', '', 'Max 5 kg løft højst 10 gange i timen.']),
);

// A "scanned" PDF: one page with only a drawn rectangle (an image stand-in), no text layer at all.
{
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(fixed);
  pdf.setModificationDate(fixed);
  const page = pdf.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 495, height: 742, borderWidth: 2 });
  write('scannet.pdf', await pdf.save({ useObjectStreams: false }));
}

// An encrypted PDF (user password), made from the text PDF with qpdf.
{
  const plain = path.join(out, 'plain.tmp.pdf');
  writeFileSync(plain, await textPdf(['Fortroligt.']));
  execFileSync('qpdf', ['--encrypt', 'hemmelig', 'hemmelig', '256', '--', plain, path.join(out, 'krypteret.pdf')]);
  rmSync(plain);
}

// A corrupt Word file: bytes that are no ZIP archive (deterministic pseudo-random).
{
  const bytes = new Uint8Array(2048);
  let x = 0x12345678;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    bytes[i] = x & 0xff;
  }
  write('beskadiget.docx', bytes);
}

// Plain texts, one in a subfolder, and a file type the folder walk skips.
write('jobmaal.txt', 'Mit jobmål er noget med kontor.\n');
write('sub/noter.md', '# Noter\n\nDu skal søge job.\n');
write('sub/ignoreret.json', '{"not": "checked"}\n');
console.log(`fixtures written to ${path.relative(process.cwd(), out)}`);
