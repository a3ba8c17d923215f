import { defineRule, type RuleContext, type RuleReport } from '../rule';
import type { Span } from '../types';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../text/search';
import { sentenceBody } from './support';

const ADDITION =
  '; samtidig overtager borger [arbejdsopgave] med [grad af selvstændighed] og i [tempo]; status ved opfølgning d. [dato]';

/**
 * Progression goals that only mention hours. The seed: goals are "alene rettet mod et øget timetal uden kobling til,
 * hvordan det skal lykkes at hæve timetallet" (001 L1104–1106), "sidestillet med målet om øgning af timetallet"
 * (001 L4011–4013); progression has other dimensions (opgavesammensætning, rammer, skånehensyn, intensitet: 001 L508–515;
 * kvalitet i opgaveløsning, opgavemængde: 003 L4322–4326, L4874).
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  if (!model.words.length) return [];
  const hours = findLex(model, LEX.hoursChange);
  if (!hours.length) return [];
  const field = ctx.field === 'progression-goal';
  // The unit judged: the whole field for a progression goal; elsewhere each sentence that speaks of progression.
  const units: Span[] = [];
  if (field) {
    const first = model.sentences[0];
    const last = model.sentences[model.sentences.length - 1];
    if (first && last) units.push({ start: first.start, end: last.end });
  } else {
    const seen = new Set<number>();
    for (const h of findLex(model, LEX.progressionMarkers)) {
      const si = sentenceAt(model, h.start);
      if (si >= 0 && !seen.has(si)) {
        seen.add(si);
        units.push(model.sentences[si]!);
      }
    }
  }
  // Bucket hours and other dimensions by sentence once (no scan per unit).
  const hoursBySentence = new Map<number, Span>();
  for (const h of hours) {
    const si = sentenceAt(model, h.start);
    if (!hoursBySentence.has(si)) hoursBySentence.set(si, h);
  }
  // Other dimensions: the progression vocabulary, and any concrete task or function named (a new task is progression).
  const sig = ctx.facts.signals;
  const dimSentences = new Set([...findLex(model, LEX.progressionDimensions), ...sig.tasks, ...sig.jobTitles].map((h) => sentenceAt(model, h.start)));
  const out: RuleReport[] = [];
  for (const u of units) {
    const first = sentenceAt(model, u.start);
    const last = sentenceAt(model, Math.max(u.start, u.end - 1));
    let hoursAt = -1;
    let other = false;
    for (let si = first; si <= last && si >= 0; si++) {
      if (hoursAt < 0 && hoursBySentence.has(si)) hoursAt = si;
      if (dimSentences.has(si)) other = true;
    }
    if (hoursAt < 0 || other) continue;
    // Report on the sentence that names the hours; the suggestion keeps it and adds the other dimensions.
    const s = sentenceBody(text, model.sentences[hoursAt]!);
    out.push({
      start: s.start,
      end: s.end,
      suggestions: [{ label: 'Tilføj andre udviklingsdimensioner end timer', replacement: text.slice(s.start, s.end) + ADDITION }],
    });
  }
  return out;
}

export default defineRule({
  id: 'progression-only-hours',
  category: 'job-focus',
  severity: 'warning',
  appliesTo: {
    forms: ['rehab', 'minplan'],
    roles: ['progression-goal', 'recommendation', 'justification', 'job-goal', 'agreement', 'activity', 'meeting-summary'],
    unknownField: true,
  },
  message:
    'Progressionsmålet handler kun om flere timer. Beskriv også, hvor forandringen kan ske: opgaver, selvstændighed, tempo eller pauser.',
  rationale:
    'Progressionsmål er "alene rettet mod et øget timetal uden kobling til, hvordan det skal lykkes at hæve timetallet" (001 L1104–1106, ' +
    'L4011–4013); konkrete progressionsmål beskriver, "hvor der kan ske en forandring" (001 L1117–1118): opgavesammensætning, rammer, ' +
    'skånehensyn, støtte, intensitet (001 L508–515), og hvad der "konkret skal prøves af til næste gang" (001 L4050–4052).',
  check,
  examples: {
    valid: [
      { text: 'Fra 9 til 12 timer ved at overtage varemodtagelse om tirsdagen; afprøves inden næste opfølgning.', form: 'rehab', field: 'progression-goal' },
      { text: 'Borger skal arbejde mere selvstændigt med kassen og øge tempoet.', form: 'rehab', field: 'progression-goal' },
      { text: 'Progression: flere opgaver i køkkenet og kortere pauser.', form: 'minplan', field: 'agreement' },
    ],
    invalid: [
      { text: 'Borger skal op i timer.', form: 'rehab', field: 'progression-goal', errors: [{ excerpt: 'Borger skal op i timer', output: ['Borger skal op i timer; samtidig overtager borger [arbejdsopgave] med [grad af selvstændighed] og i [tempo]; status ved opfølgning d. [dato].'] }] },
      { text: 'Progressionsmål: fra 10 til 15 timer om ugen.', form: 'rehab', errors: [{ excerpt: 'Progressionsmål: fra 10 til 15 timer om ugen', output: ['Progressionsmål: fra 10 til 15 timer om ugen; samtidig overtager borger [arbejdsopgave] med [grad af selvstændighed] og i [tempo]; status ved opfølgning d. [dato].'] }] },
      { text: 'Målet er flere timer på sigt.', form: 'rehab', field: 'progression-goal', errors: [{ excerpt: 'Målet er flere timer på sigt', output: ['Målet er flere timer på sigt; samtidig overtager borger [arbejdsopgave] med [grad af selvstændighed] og i [tempo]; status ved opfølgning d. [dato].'] }] },
    ],
  },
});
