import { readFile } from 'node:fs/promises';
import { analyse } from '@/lib/analysis/analyse';
import { FIELD_ROLES, FORM_KINDS, ROLES_BY_FORM, type AnalysisResult, type FieldRole, type FormKind } from '@/lib/analysis/types';
import { formatReport, type ReportTarget } from './report';

/**
 * `jobrettet check [--form cv|minplan|rehab] [--field ROLE] [--json] [--each-line] [FILE|-]`
 * Exit codes (a contract): 0 ran, 1 ran and found error-severity findings, 2 bad usage or unreadable input.
 */

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Uint8Array>;
  /** Colours in the human report: stdout is a TTY and NO_COLOR is not set. */
  color: boolean;
}

export const USAGE = `Brug: jobrettet check [--form cv|minplan|rehab] [--field FELT] [--json] [--each-line] [FIL|-]

Tjekker jobrettet skriftlighed: jobfokus (0–100), uklare skånehensyn, SMART-aftaler, CPR-numre m.m.
Læser FIL (UTF-8) eller standard-input ("-" eller ingen fil).

  --form FORM     Formular: ${FORM_KINDS.join(', ')}
  --field FELT    Feltets rolle, fx agreement, accommodations, cv-job-wish (se listen nedenfor).
                  Uden --field vurderer Jobrettet feltet ud fra teksten.
  --json          Skriv resultatet som JSON (se README for formatet).
  --each-line     Hver ikke-tomme linje er en tekst for sig; JSON bliver en liste i samme rækkefølge.
  -h, --help      Vis denne hjælp.

Felter (alle felter kan bruges med alle formularer); de sædvanlige pr. formular:
${FORM_KINDS.map((f) => `  ${f.padEnd(8)} ${ROLES_BY_FORM[f].join(', ')}`).join('\n')}
Uden --field deles et helt dokument i afsnit efter dets overskrifter ("Skånehensyn", "3. Hensyn", "Jobmål: …"),
og hvert afsnit tjekkes med sin rolle; JSON får da "sections".

Afslutningskoder: 0 = kørt, 1 = kørt og fundet fejl (fx CPR-nummer), 2 = forkert brug eller ulæselig fil.
`;

class UsageError extends Error {}

interface Options {
  form: FormKind | null;
  field: FieldRole | null;
  json: boolean;
  eachLine: boolean;
  file: string | null;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { form: null, field: null, json: false, eachLine: false, file: null, help: false };
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
    if (opts.file !== null) throw new UsageError(`Angiv højst én fil (fik "${opts.file}" og "${arg}").`);
    opts.file = arg;
  }
  return opts;
}

class InputError extends Error {}

function describeReadError(file: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return `Filen "${file}" findes ikke.`;
  if (code === 'EISDIR') return `"${file}" er en mappe, ikke en fil.`;
  if (code === 'EACCES' || code === 'EPERM') return `Filen "${file}" kan ikke læses (ingen adgang).`;
  return `Filen "${file}" kan ikke læses (${code ?? String(error)}).`;
}

async function readInput(file: string | null, io: CliIO): Promise<{ text: string; name: string }> {
  const name = file === null || file === '-' ? 'standard-input' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === null || file === '-' ? await io.readStdin() : await readFile(file);
  } catch (error) {
    throw new InputError(file === null || file === '-' ? `Standard-input kan ikke læses (${String(error)}).` : describeReadError(file, error));
  }
  try {
    // Keep a BOM: offsets must index the text as any JavaScript reader of the file sees it (Node keeps the BOM).
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), name };
  } catch {
    throw new InputError(`${name === 'standard-input' ? 'Standard-input' : `Filen "${name}"`} er ikke gyldig UTF-8. Gem teksten som UTF-8 og prøv igen.`);
  }
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
    color: !!process.stdout.isTTY && !('NO_COLOR' in process.env && process.env.NO_COLOR !== ''),
  };
}

/** Run the command; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
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
  let input: { text: string; name: string };
  try {
    input = await readInput(opts.file, io);
  } catch (error) {
    io.stderr(`jobrettet: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const options = { ...(opts.form ? { form: opts.form } : {}), ...(opts.field ? { field: opts.field } : {}) };
  const targets = textsOf(input.text, opts.eachLine);
  const results: AnalysisResult[] = targets.map((t) => analyse(t.text, options));
  if (opts.json) io.stdout(JSON.stringify(opts.eachLine ? results : results[0], null, 2) + '\n');
  else io.stdout(formatReport(input.name, targets, results, { color: io.color, eachLine: opts.eachLine }));
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
