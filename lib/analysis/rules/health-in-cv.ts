import { defineRule, type RuleContext, type RuleReport } from '../rule';
import { findLex } from '../vocab/lexicon';
import { LEX } from '../vocab/lexicons';
import { sentenceAt } from '../text/search';
import { withoutInside } from '../facts/signals';

/**
 * Health, diagnosis, medication and sick-leave details in a Jobnet CV. Employers search and read the CV
 * (001 L3882–3884 "udsøgningsværktøj for arbejdsgiver"); the seed's framing for job search is "deltidsjob – med hensyn",
 * not the health story (001 L1989–1991). A health word inside a professional context ("erfaring med borgere med ADHD",
 * "medicinhåndtering på plejehjem") is work experience, not the citizen's health.
 */
function check(ctx: RuleContext): RuleReport[] {
  const { model, text } = ctx;
  // Only a CV is read by employers; a rehab text describes health by design (the runner also runs this rule when the
  // form is unknown, so the form is checked here).
  if (ctx.form !== 'cv' || !model.words.length) return [];
  const signals = ctx.facts.signals;
  const professional = signals.professionalSentences;
  const notInTitle = <T extends { start: number; end: number }>(hits: readonly T[]): T[] => withoutInside(hits, signals.jobTitles);
  const personal = new Set<number>();
  const hits = [
    ...findLex(model, LEX.sickLeave).map((h) => ({ h, always: true })),
    ...notInTitle(findLex(model, LEX.diagnoses)).map((h) => ({ h, always: false })),
    ...notInTitle(findLex(model, LEX.treatment)).map((h) => ({ h, always: false })),
    ...notInTitle(findLex(model, LEX.medication)).map((h) => ({ h, always: false })),
  ];
  const bySentence = new Map<number, { start: number; end: number }[]>();
  for (const { h, always } of hits) {
    const si = sentenceAt(model, h.start);
    if (si < 0) continue;
    if (!always && professional.has(si)) continue;
    personal.add(si);
    const list = bySentence.get(si) ?? [];
    list.push({ start: h.start, end: h.end });
    bySentence.set(si, list);
  }
  const out: RuleReport[] = [];
  for (const si of [...personal].sort((a, b) => a - b)) {
    const s = model.sentences[si]!;
    // The whole sentence with its full stop: removing it leaves no stray punctuation behind.
    let end = s.end;
    while (end > s.start && /\s/.test(text[end - 1]!)) end--;
    const body = { start: s.start, end };
    const words = bySentence.get(si)!.map((h) => text.slice(h.start, h.end));
    out.push({
      start: body.start,
      end: body.end,
      message: `CV'et nævner helbredsforhold (${[...new Set(words)].slice(0, 3).join(', ')}). Arbejdsgivere læser CV'et: foreslå borgeren i stedet at skrive, hvad borgeren kan, og at borgeren søger et deltidsjob med hensyn.`,
      suggestions: [
        { label: 'Fjern helbredsoplysningen', replacement: '' },
        { label: 'Skriv det som et jobønske med hensyn', replacement: 'Jeg søger et deltidsjob – med hensyn – som [stilling].' },
      ],
    });
  }
  return out;
}

export default defineRule({
  id: 'health-in-cv',
  category: 'personal-data',
  severity: 'warning',
  appliesTo: { forms: ['cv'], roles: '*', unknownField: true },
  message: 'Helbredsoplysninger hører ikke hjemme i CV’et: arbejdsgivere kan læse det.',
  rationale:
    'Jobnet-CV’et er et udsøgningsværktøj for arbejdsgivere (001 L3882–3884); i jobsøgningen præsenterer borgerne sig ikke med ' +
    'helbred/"fleksjobber", men som søgende til "et deltidsjob – med hensyn" (001 L1989–1991; 000 L124–126). Helbred hører til ' +
    'rehabiliteringsplanen (001 L3553–3554).',
  check,
  examples: {
    valid: [
      { text: 'Erfaring med borgere med ADHD og autisme fra bosted.', form: 'cv', field: 'cv-experience' },
      { text: 'Medicinhåndtering og personlig pleje på plejehjem.', form: 'cv', field: 'cv-experience' },
      { text: 'Jeg er god til at arbejde under stress og travlhed.', form: 'cv', field: 'cv-profile' },
      { text: 'Lagermedarbejder med truckcertifikat og 6 års erfaring.', form: 'cv', field: 'cv-profile' },
      { text: 'Portør på Aarhus Sygehus: transport af patienter og prøver.', form: 'cv', field: 'cv-experience' },
      { text: 'Jeg søger et deltidsjob som konsultationssygeplejerske eller fysioterapeut.', form: 'cv', field: 'cv-job-wish' },
    ],
    invalid: [
      { text: 'Jeg har diskusprolaps og tager smertestillende medicin.', form: 'cv', field: 'cv-profile', errors: [{ excerpt: 'Jeg har diskusprolaps og tager smertestillende medicin.', output: ['', 'Jeg søger et deltidsjob – med hensyn – som [stilling].'] }] },
      { text: 'Sygemeldt fra 2019 til 2021 pga. stress.', form: 'cv', field: 'cv-experience', errors: [{ excerpt: 'Sygemeldt fra 2019 til 2021 pga. stress.', output: ['', 'Jeg søger et deltidsjob – med hensyn – som [stilling].'] }] },
      { text: 'Butiksassistent. Jeg har ADHD og angst.', form: 'cv', field: 'cv-profile', errors: [{ excerpt: 'Jeg har ADHD og angst.', output: ['Butiksassistent. ', 'Butiksassistent. Jeg søger et deltidsjob – med hensyn – som [stilling].'] }] },
      { text: 'Jeg har været indlagt på sygehuset i 2022.', form: 'cv', field: 'cv-other', errors: [{ excerpt: 'Jeg har været indlagt på sygehuset i 2022.', output: ['', 'Jeg søger et deltidsjob – med hensyn – som [stilling].'] }] },
    ],
  },
});
