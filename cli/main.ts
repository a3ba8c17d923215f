import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseWithDiagnostics, type Diagnostics } from '@/lib/analysis/analyse';
import { FIELD_ROLES, FORM_KINDS, ROLES_BY_FORM, type AnalyseOptions, type AnalysisResult, type FieldRole, type FormKind } from '@/lib/analysis/types';
import { errorRow, rowOf, toCsv, toHtml, type DocumentRow } from './batch-report';
import { decodeText, DOCUMENT_EXTENSIONS, expandPaths, readDocument, UnreadableError, type Source } from './documents';
import { addTotals, escapeControls, formatEmpty, formatSummary, formatTarget, type ReportTarget, type ReportTotals } from './report';

/**
 * `jobrettet check [--form cv|minplan|rehab] [--field ROLE] [--json] [--each-line] [--report FILE] [FILE|FOLDER|-]…`
 * Exit codes (a contract): 0 ran, 1 ran and found error-severity findings, 2 bad usage or no input could be read,
 * 3 ran but a rule failed (its findings are missing).
 */

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Colours in the human report: stdout is a TTY and NO_COLOR is not set. */
  color: boolean;
  /** A progress line while a folder is checked: stderr is a TTY. */
  progress?: boolean;
  /** Resolves when stdout has taken what was written (a pipe to a slow reader), so memory stays bounded. */
  drain?: () => Promise<void>;
}

/** Seams for tests: the analysis (with its diagnostics) and the clock of the report. */
export interface CliDeps {
  analyse: (text: string, options: AnalyseOptions) => Diagnostics;
  now: () => Date;
}

const DEFAULT_DEPS: CliDeps = { analyse: (text, options) => analyseWithDiagnostics(text, options), now: () => new Date() };

export const USAGE = `Brug: jobrettet check [--form cv|minplan|rehab] [--field FELT] [--json] [--each-line] [--report RAPPORT] [FIL|MAPPE|-]…

Tjekker jobrettet skriftlighed: jobfokus (0–100), uklare skånehensyn, SMART-aftaler, CPR-numre m.m.
Læser tekstfiler (UTF-8), Word (.docx) og PDF (med tekstlag), mapper (alle ${DOCUMENT_EXTENSIONS.join(', ')} i
mappen og dens undermapper) eller standard-input ("-" eller ingen fil).

  --form FORM       Formular: ${FORM_KINDS.join(', ')}
  --field FELT      Feltets rolle, fx agreement, accommodations, cv-job-wish (se listen nedenfor).
                    Uden --field vurderer Jobrettet feltet ud fra teksten.
  --json            Skriv resultatet som JSON (se README for formatet). Med en mappe eller flere filer:
                    en liste med ét resultat pr. dokument i stiorden, hvert med "file".
  --each-line       Hver ikke-tomme linje er en tekst for sig; JSON bliver en liste i samme rækkefølge.
  --report RAPPORT  Gem også en rapport med en række pr. dokument og nøgletal ved siden af baseline:
                    RAPPORT.html (en selvstændig side) eller RAPPORT.csv (til Excel).
  -h, --help        Vis denne hjælp.

Felter (alle felter kan bruges med alle formularer); de sædvanlige pr. formular:
${FORM_KINDS.map((f) => `  ${f.padEnd(8)} ${ROLES_BY_FORM[f].join(', ')}`).join('\n')}
Uden --field deles et helt dokument i afsnit efter dets overskrifter ("Skånehensyn", "3. Hensyn", "Jobmål: …"),
og hvert afsnit tjekkes med sin rolle; JSON får da "sections".

Afslutningskoder: 0 = kørt, 1 = kørt og fundet fejl (fx CPR-nummer), 2 = forkert brug, eller ingen fil kunne læses,
3 = kørt, men en regel fejlede (dens fund mangler).
`;

class UsageError extends Error {}

interface Options {
  form: FormKind | null;
  field: FieldRole | null;
  json: boolean;
  eachLine: boolean;
  files: string[];
  report: { path: string; format: 'html' | 'csv' } | null;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { form: null, field: null, json: false, eachLine: false, files: [], report: null, help: false };
  const args = [...argv];
  if (args.some((a) => a === '-h' || a === '--help' || a === 'help')) return { ...opts, help: true };
  const command = args.shift();
  if (command === undefined) throw new UsageError('Angiv en kommando: jobrettet check [FIL]');
  if (command !== 'check') throw new UsageError(`Ukendt kommando "${command}". Den eneste kommando er "check".`);
  let endOfOptions = false;
  while (args.length) {
    const arg = args.shift()!;
    if (!endOfOptions && arg === '--') {
      endOfOptions = true;
      continue;
    }
    if (!endOfOptions && arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
      const value = (): string => {
        const v = inline ?? args.shift();
        if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${name} mangler en værdi.`);
        return v;
      };
      switch (name) {
        case '--form': {
          const v = value();
          if (!(FORM_KINDS as readonly string[]).includes(v)) {
            throw new UsageError(`Ukendt formular "${v}". Vælg en af: ${FORM_KINDS.join(', ')}.`);
          }
          opts.form = v as FormKind;
          break;
        }
        case '--field': {
          const v = value();
          if (!(FIELD_ROLES as readonly string[]).includes(v)) {
            throw new UsageError(`Ukendt felt "${v}". Gyldige felter: ${FIELD_ROLES.join(', ')}.`);
          }
          opts.field = v as FieldRole;
          break;
        }
        case '--report': {
          const v = value();
          const ext = path.extname(v).toLowerCase();
          const format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.csv' ? 'csv' : null;
          if (!format) throw new UsageError(`Rapporten "${v}" skal ende på .html eller .csv.`);
          opts.report = { path: v, format };
          break;
        }
        case '--json':
        case '--each-line':
          if (inline !== undefined) throw new UsageError(`${name} tager ingen værdi.`);
          if (name === '--json') opts.json = true;
          else opts.eachLine = true;
          break;
        default:
          throw new UsageError(`Ukendt tilvalg "${name}".`);
      }
      continue;
    }
    if (!endOfOptions && arg.startsWith('-') && arg !== '-') throw new UsageError(`Ukendt tilvalg "${arg}".`);
    if (arg === '-' && opts.files.includes('-')) throw new UsageError('Standard-input ("-") kan kun læses én gang.');
    opts.files.push(arg);
  }
  return opts;
}

/** The texts to check: the whole input, or each non-empty line with its line number. */
export function textsOf(text: string, eachLine: boolean): ReportTarget[] {
  if (!eachLine) return [{ text, line: 1 }];
  const out: ReportTarget[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim()) out.push({ text: line, line: i + 1 });
  });
  return out;
}

async function defaultStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function defaultIO(): CliIO {
  // A closed pipe (`jobrettet check … | head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: defaultStdin,
    drain: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
    color: !!process.stdout.isTTY && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
    progress: !!process.stderr.isTTY,
  };
}

/** Writes a JSON array item by item, byte-identical to `JSON.stringify(array, null, 2)`, without holding it. */
function jsonArrayWriter(write: (s: string) => void): { item: (value: unknown) => void; end: () => void } {
  let n = 0;
  return {
    // Stringified inside a one-element array, the item gets the array's indentation; strip the brackets.
    item: (value) => write((n++ ? ',\n' : '[\n') + JSON.stringify([value], null, 2).slice(2, -2)),
    end: () => write(n ? '\n]\n' : '[]\n'),
  };
}

const STDIN_NAME = 'standard-input';

async function readSource(source: Source, io: CliIO): Promise<string> {
  if (source.kind === 'missing') throw new UnreadableError(source.message);
  if (source.kind === 'document') return readDocument(source.ref);
  let bytes: Uint8Array;
  try {
    bytes = await io.readStdin();
  } catch (error) {
    throw new UnreadableError(`Standard-input kan ikke læses (${String(error)}).`);
  }
  return decodeText(bytes, 'Standard-input');
}

const nameOf = (source: Source): string => (source.kind === 'stdin' ? STDIN_NAME : source.kind === 'document' ? source.ref.file : source.file);

interface FailureSummary {
  ruleId: string;
  message: string;
  count: number;
  first: string;
}

function errorMessage(error: unknown): string {
  const m = error instanceof Error ? error.message : String(error);
  return m.trim() || (error instanceof Error ? error.name : 'ukendt fejl');
}

/** Run the command; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO(), deps: CliDeps = DEFAULT_DEPS): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`jobrettet: ${error.message}\nSe "jobrettet check --help".\n`);
      return 2;
    }
    throw error;
  }
  if (opts.help) {
    io.stdout(USAGE);
    return 0;
  }
  const { sources, folders } = await expandPaths(opts.files.length ? opts.files : ['-']);
  // One file (or stdin) keeps the single-result output; a folder or several paths give a list with "file".
  const batch = folders > 0 || opts.files.length > 1;
  const options: AnalyseOptions = { ...(opts.form ? { form: opts.form } : {}), ...(opts.field ? { field: opts.field } : {}) };

  let progressShown = false;
  const clearProgress = (): void => {
    if (progressShown) io.stderr('\r\u001b[K');
    progressShown = false;
  };
  const out = (s: string): void => {
    clearProgress();
    io.stdout(s);
  };
  const err = (s: string): void => {
    clearProgress();
    io.stderr(s);
  };

  const json = jsonArrayWriter(out);
  const totals: ReportTotals = { texts: 0, findings: 0, errors: 0 };
  const failures = new Map<string, FailureSummary>();
  const rows: DocumentRow[] = [];
  const reportOpts = { color: io.color, eachLine: opts.eachLine };
  let blocks = 0;
  let read = 0;
  let unreadable = 0;

  for (const [i, source] of sources.entries()) {
    const name = nameOf(source);
    if (io.progress && folders > 0 && sources.length > 1) {
      clearProgress();
      io.stderr(`Tjekker ${i + 1}/${sources.length}: ${escapeControls(name)}`);
      progressShown = true;
    }
    let text: string;
    try {
      text = await readSource(source, io);
    } catch (error) {
      // Anything else (a reader library that fails to load or crashes) is this file's problem too, not the batch's.
      const message = error instanceof UnreadableError ? error.message : `${name === STDIN_NAME ? 'Standard-input' : `Filen "${name}"`} kan ikke læses (${errorMessage(error)}).`;
      unreadable++;
      err(`jobrettet: ${escapeControls(message)}\n`);
      rows.push(errorRow(name, message));
      continue;
    }
    read++;
    const targets = textsOf(text, opts.eachLine);
    if (!opts.json && !targets.length) {
      out((blocks++ ? '\n\n' : '') + formatEmpty(name));
    }
    for (const target of targets) {
      const { result, failures: failed } = deps.analyse(target.text, options);
      const where = `${name}${opts.eachLine ? `, linje ${target.line}` : ''}`;
      for (const f of failed) {
        const message = errorMessage(f.error);
        const key = `${f.ruleId}\u0000${message}`;
        const seen = failures.get(key);
        if (seen) seen.count++;
        else failures.set(key, { ruleId: f.ruleId, message, count: 1, first: where });
      }
      addTotals(totals, result);
      if (opts.report) rows.push(rowOf(opts.eachLine ? where : name, result, target.text.length));
      if (opts.json) {
        if (!batch && !opts.eachLine) out(JSON.stringify(result, null, 2) + '\n');
        else if (!batch) json.item(result);
        else json.item({ file: name, ...(opts.eachLine ? { line: target.line } : {}), ...result } satisfies AnalysisResult & { file: string });
      } else {
        out((blocks++ ? '\n\n' : '') + formatTarget(name, target, result, reportOpts));
      }
      if (io.drain) await io.drain();
    }
  }
  clearProgress();

  if (read === 0) {
    // Nothing could be read: the reasons are on stderr; a batch's JSON is an empty list.
    if (opts.json && batch) json.end();
  } else if (opts.json) {
    if (batch || opts.eachLine) json.end();
  } else if (totals.texts) {
    const docs = batch ? `${read} ${read === 1 ? 'dokument' : 'dokumenter'} læst${unreadable ? `, ${unreadable} kunne ikke læses` : ''}` : '';
    out('\n\n' + formatSummary(totals, io.color, docs) + '\n');
  } else {
    out('\n');
  }

  for (const f of failures.values()) {
    const where = batch || opts.eachLine ? ` i ${escapeControls(f.first)}${f.count > 1 ? ` og ${f.count - 1} ${f.count === 2 ? 'tekst' : 'tekster'} til` : ''}` : '';
    err(`jobrettet: reglen "${f.ruleId}" fejlede${where}: ${escapeControls(f.message)}. Dens fund mangler i resultatet.\n`);
  }

  if (opts.report) {
    const body = opts.report.format === 'html' ? toHtml(rows, deps.now()) : toCsv(rows);
    try {
      await writeFile(opts.report.path, body);
    } catch (error) {
      err(`jobrettet: Rapporten "${opts.report.path}" kan ikke gemmes (${(error as { code?: string }).code ?? String(error)}).\n`);
      return 2;
    }
    err(`Rapporten er gemt i ${opts.report.path} (${rows.length} ${rows.length === 1 ? 'række' : 'rækker'}).\n`);
  }

  if (read === 0) return 2;
  if (failures.size) return 3;
  return totals.errors ? 1 : 0;
}
