import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reading the documents `jobrettet check` is given: plain text (UTF-8), Word (.docx, raw text via mammoth)
 * and PDF (the text layer via pdfjs-dist), and folders of them. Every failure is an UnreadableError with a
 * Danish message that names the file.
 */

/** What a folder walk picks up; a file named on the command line is read whatever its extension. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

export class UnreadableError extends Error {}

/** A document to check: `path` to open, `file` as shown to the user (as given, or folder + relative path). */
export interface DocumentRef {
  path: string;
  file: string;
}

const quoted = (file: string): string => `Filen "${file}"`;

function describeReadError(file: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `${quoted(file)} findes ikke.`;
  if (code === 'EISDIR') return `"${file}" er en mappe, ikke en fil.`;
  if (code === 'EACCES' || code === 'EPERM') return `${quoted(file)} kan ikke læses (ingen adgang).`;
  return `${quoted(file)} kan ikke læses (${code ?? String(error)}).`;
}

/** UTF-8 text (or UTF-16 with a byte-order mark), strictly: invalid UTF-8 and binary data (NUL bytes) are refused. */
export function decodeText(bytes: Uint8Array, label: string): string {
  let text: string;
  // Windows Notepad's "Unicode" is UTF-16 with a byte-order mark; it is text, not binary data.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new UnreadableError(`${label} er ikke gyldig UTF-16. Gem teksten som UTF-8 og prøv igen.`);
    }
  }
  try {
    // Keep a BOM: offsets must index the text as any JavaScript reader of the file sees it (Node keeps the BOM).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new UnreadableError(`${label} er ikke gyldig UTF-8. Gem teksten som UTF-8 og prøv igen.`);
  }
  if (text.includes('\0')) {
    throw new UnreadableError(`${label} er binære data, ikke tekst. Jobrettet læser ${DOCUMENT_EXTENSIONS.join(', ')}.`);
  }
  return text;
}

async function docxText(bytes: Uint8Array, file: string): Promise<string> {
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    // mammoth ends every paragraph with a blank line; one trailing line break is enough.
    return value.replace(/\n+$/, '\n');
  } catch {
    throw new UnreadableError(`${quoted(file)} er ikke en gyldig Word-fil (.docx). Den er måske beskadiget eller i det gamle .doc-format.`);
  }
}

interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/** Joins a page's text items into lines; a vertical gap of more than 1.6 line heights is a paragraph break. */
export function joinPdfItems(items: readonly PdfTextItem[]): string {
  let out = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  let atLineStart = true;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (item.str) {
      if (lastY !== null && Math.abs(lastY - y) > Math.max(lastHeight, item.height) * 0.5) {
        if (!atLineStart) out += '\n';
        if (Math.abs(lastY - y) > Math.max(lastHeight, item.height) * 1.6) out += '\n';
        atLineStart = true;
      }
      out += item.str;
      atLineStart = false;
      lastY = y;
      lastHeight = item.height || lastHeight;
    }
    if (item.hasEOL && !atLineStart) {
      out += '\n';
      atLineStart = true;
    }
  }
  return out.replace(/[ \t]+\n/g, '\n').trimEnd();
}

async function pdfText(bytes: Uint8Array, file: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // A copy: pdf.js transfers (detaches) the buffer it is given.
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new UnreadableError(`${quoted(file)} er en krypteret PDF (beskyttet med adgangskode). Gem den uden adgangskode og prøv igen.`);
    }
    throw new UnreadableError(`${quoted(file)} er ikke en gyldig PDF. Den er måske beskadiget.`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinPdfItems(content.items.flatMap((i) => ('str' in i ? [i] : []))));
      page.cleanup();
    }
    const text = pages.filter((p) => p.trim()).join('\n\n');
    if (!text.trim()) {
      throw new UnreadableError(`${quoted(file)} har ingen tekst (en scannet PDF uden tekstlag?). Kør tekstgenkendelse (OCR) på den og prøv igen.`);
    }
    return text + '\n';
  } catch (error) {
    if (error instanceof UnreadableError) throw error;
    throw new UnreadableError(`${quoted(file)} er en PDF, hvis tekst ikke kan læses (${error instanceof Error ? error.message : String(error)}).`);
  } finally {
    await doc.destroy();
  }
}

/** The text of one document, chosen by its extension (anything but .docx/.pdf is read as UTF-8 text). */
export async function readDocument(ref: DocumentRef): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(ref.path);
  } catch (error) {
    throw new UnreadableError(describeReadError(ref.file, error));
  }
  const ext = path.extname(ref.path).toLowerCase();
  if (ext === '.docx') return docxText(bytes, ref.file);
  if (ext === '.pdf') return pdfText(bytes, ref.file);
  return decodeText(bytes, quoted(ref.file));
}

/** Path order: the shown paths compared as strings (UTF-16 code units, as Array.prototype.sort does). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byPath = (a: DocumentRef, b: DocumentRef): number => compare(a.file, b.file);

/** Every document below a folder (recursively), in path order. Symbolic links to folders are not followed. */
export async function listFolder(dir: string): Promise<DocumentRef[]> {
  const out: DocumentRef[] = [];
  const walk = async (abs: string, shown: string): Promise<void> => {
    for (const entry of await readdir(abs, { withFileTypes: true })) {
      const childAbs = path.join(abs, entry.name);
      const childShown = path.join(shown, entry.name);
      if (entry.isDirectory()) await walk(childAbs, childShown);
      else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(childAbs).catch(() => null))?.isFile())) {
        // Word's lock files (~$name.docx) are not documents.
        if (entry.name.startsWith('~$')) continue;
        if ((DOCUMENT_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())) out.push({ path: childAbs, file: childShown });
      }
    }
  };
  await walk(dir, dir);
  return out.sort(byPath);
}

export type Source = { kind: 'stdin' } | { kind: 'document'; ref: DocumentRef } | { kind: 'missing'; file: string; message: string };

/**
 * Expands the command line's paths, in path order (standard input first): folders into their documents; an unreadable
 * path becomes a `missing` entry.
 */
export async function expandPaths(args: readonly string[]): Promise<{ sources: Source[]; folders: number }> {
  const sources: Source[] = [];
  let folders = 0;
  for (const arg of args) {
    if (arg === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(arg).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (info instanceof Error) {
      sources.push({ kind: 'missing', file: arg, message: describeReadError(arg, info) });
    } else if (info.isDirectory()) {
      folders++;
      let docs: DocumentRef[];
      try {
        docs = await listFolder(arg);
      } catch (error) {
        sources.push({ kind: 'missing', file: arg, message: `Mappen "${arg}" kan ikke læses (${(error as { code?: string }).code ?? String(error)}).` });
        continue;
      }
      if (!docs.length) {
        sources.push({ kind: 'missing', file: arg, message: `Mappen "${arg}" indeholder ingen filer at tjekke (${DOCUMENT_EXTENSIONS.join(', ')}).` });
      }
      for (const ref of docs) sources.push({ kind: 'document', ref });
    } else {
      sources.push({ kind: 'document', ref: { path: arg, file: arg } });
    }
  }
  const key = (s: Source): string => (s.kind === 'document' ? s.ref.file : s.kind === 'missing' ? s.file : '');
  sources.sort((a, b) => compare(key(a), key(b)));
  return { sources, folders };
}
