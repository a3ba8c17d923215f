import type { RuleContext, RuleReport } from '../rule';
import { compileLexicon, findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { JOB_WISH_FILLER, VAGUE_JOB_WISHES } from '../vocab/cv';
import { BROAD_FIELD_WISHES } from '../vocab/job-goal';
import { coverage, sentenceBody } from './support';

const WISHES = compileLexicon('vagueJobWishes', VAGUE_JOB_WISHES.map((w) => w.phrase));
const BROAD_FIELDS = compileLexicon('broadFieldWishes', BROAD_FIELD_WISHES);
/** Words of the field named after "inden for" ("kontorarbejde", "lager og logistik"): the field, not a title or task. */
const FIELD_WORDS = 3;
/** The gap to fill: the job titles themselves (examples go in the message, never into the text). */
const TITLES = '[stilling] eller [beslægtet stilling]';
const LABEL = 'Skriv konkrete stillingsbetegnelser';
/** A job noun a title can follow ("fleksjob som …", "et job som …"). */
const JOB_NOUN_END = /(?:job|arbejde|stilling|jobbet|arbejdet|stillingen)$/iu;
const FILLER = new Set(JOB_WISH_FILLER);
/** "Jeg søger et job/arbejde/en stilling …": the head noun is "job" itself; with no title anywhere, it names none. */
const GENERIC_WISH = compileLexicon('genericJobWish', [
  'søger et job', 'søger job', 'søger et arbejde', 'søger arbejde', 'søger en stilling', 'søger et deltidsjob',
  'søger deltidsjob', 'søger et fleksjob', 'søger fleksjob', 'ønsker et job', 'ønsker job', 'ønsker et arbejde',
  'vil gerne have et job', 'vil gerne have et arbejde', 'leder efter et job', 'leder efter arbejde',
]);

/**
 * "Jeg søger job som" must name concrete occupations that employers and the jobcentre can search on (001 L3882–3884),
 * and is the place to name related trades (001 L3876–3877); "noget med mennesker" names none (issue 3 item 9; 003
 * L2411–2414 "ikke selv ved, hvad de kunne tænke sig at arbejde med"). Shared by cv-vague-job-wish and vague-job-goal.
 */
export const CV_MESSAGE = 'Jobønsket nævner ingen konkrete stillinger. Arbejdsgivere søger på stillingsbetegnelser – foreslå borgeren at nævne nogle.';
export const GOAL_MESSAGE = 'Jobmålet nævner et område, ikke et job. Skriv konkrete stillingsbetegnelser eller funktioner.';

export function vagueJobWishReports(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  if (!model.words.length) return [];
  const out: RuleReport[] = [];
  const s = ctx.facts.signals;
  const concrete = s.jobTitles.length > 0 || s.tasks.length > 0;
  for (const m of findLex(model, WISHES)) {
    if (concrete) break;
    const examples = VAGUE_JOB_WISHES[m.entry]!.examples;
    // A listed area ("noget med dyr") is replaced by the titles; in an open one ("noget på et kontor") only "noget" is,
    // so the user's area stays ("job som … på et kontor").
    let end = m.end;
    const keepsArea = !examples && model.words[m.wordIndex]!.norm === 'noget';
    if (keepsArea) end = model.words[m.wordIndex]!.end;
    out.push({
      start: m.start,
      end,
      message: examples ? `${ctx.form === 'cv' ? CV_MESSAGE : GOAL_MESSAGE} Fx ${examples}.` : undefined,
      suggestions: [{ label: LABEL, replacement: `job som ${TITLES}` }],
    });
  }
  if (out.length) return out;
  // "Fleksjob inden for kontorarbejde": a kind of job and a field. Titles or tasks count only outside the field's words.
  for (const m of findLex(model, BROAD_FIELDS)) {
    const fieldEnd = model.words[Math.min(model.words.length - 1, m.wordIndex + m.wordCount + FIELD_WORDS - 1)]!.end;
    const outside = (x: { start: number; end: number }): boolean => x.end <= m.start || x.start >= fieldEnd;
    if (s.jobTitles.some(outside) || s.tasks.some(outside)) continue;
    const noun = model.words[m.wordIndex]!;
    const rest = text.slice(noun.end, m.end);
    out.push({ start: m.start, end: m.end, suggestions: [{ label: LABEL, replacement: `${text.slice(noun.start, noun.end)} som ${TITLES}${rest}` }] });
  }
  if (out.length) return out;
  if (concrete) return out;
  // "Jeg søger et job, hvor der er gode kolleger": a wish whose only job noun is "job" (any field that states wishes).
  // The titles follow the job noun; the rest of the wish stays.
  const generic = findLex(model, GENERIC_WISH)[0];
  if (generic && !s.workplaces.length) {
    out.push({ start: generic.start, end: generic.end, suggestions: [{ label: LABEL, replacement: `${text.slice(generic.start, generic.end)} som ${TITLES}` }] });
    return out;
  }
  if (ctx.field !== 'cv-job-wish' && ctx.field !== 'job-goal') return out;
  // In the job-wish field: every content word is filler or vague ("fleksjob", "deltidsjob", "alt muligt").
  const vague = coverage(model, findLex(model, LEX.vagueJobWords));
  const content = model.words.some((w, i) => !vague[i] && !FILLER.has(w.norm) && !/^\d/.test(w.norm));
  if (content) return out;
  const first = model.sentences[0];
  if (!first) return out;
  const body = sentenceBody(text, first);
  const own = text.slice(body.start, body.end);
  const replacement = JOB_NOUN_END.test(own) ? `${own} som ${TITLES}` : `Jeg søger job som ${TITLES}`;
  out.push({ start: body.start, end: body.end, suggestions: [{ label: LABEL, replacement }] });
  return out;
}

