import { describe, expect, it } from 'vitest';
import { analyse } from '@/lib/analysis/analyse';
import { buildModel, tokenize } from '@/lib/analysis/text/model';
import { forEachVariant, phraseVariants, tokenizePhrase } from '@/lib/analysis/text/phrases';
import { findTimeExpressions } from '@/lib/analysis/text/time';
import { compileLexicon, findLex } from '@/lib/analysis/vocab/lexicon';

/** Case notes as caseworkers write them in a hurry: abbreviations, typos, lower-case starts, no æ/ø/å. */
const flagged = (text: string, opts: Parameters<typeof analyse>[1]) => analyse(text, opts).findings.map((f) => [f.ruleId, f.excerpt]);

describe('the text model reads shorthand as the word meant, offsets into the original text', () => {
  it('abbreviations, unit abbreviations after a number, typos and ASCII spellings', () => {
    const m = buildModel('bgr. fortællr at hun kan 10-12 t/uge, min plan');
    expect(m.words.map((w) => [w.text, w.norm])).toEqual([
      ['bgr', 'borger'], ['fortællr', 'fortæller'], ['at', 'at'], ['hun', 'hun'], ['kan', 'kan'], ['10-12', '10-12'],
      ['t', 'timer'], ['uge', 'uge'], ['min', 'min'], ['plan', 'plan'],
    ]);
    for (const w of m.words) expect(m.text.slice(w.start, w.end)).toBe(w.text);
    expect(buildModel('borger fortaeller at hun ikke kan loefte tungt').words.map((w) => w.norm).join(' ')).toBe(
      'borger fortæller at hun ikke kan løfte tungt',
    );
    // A text with æ/ø/å keeps "ae"/"oe"; plurals of vowel stems are no ASCII spellings.
    expect(buildModel('Israel er på ferie').words[0]!.norm).toBe('israel');
    expect(buildModel('kollegaer og radioer').words.map((w) => w.norm)).toEqual(['kollegaer', 'og', 'radioer']);
  });

  it('abbreviated documents the staff send do not end the agreement ("sb. sender anmodn. om LÆ 130 …")', () => {
    const r = analyse('sb. sender anmodn. om LÆ 130 til egen læge', { form: 'minplan', field: 'agreement' });
    expect(r.agreements.map((a) => a.text)).toEqual(['sb. sender anmodn. om LÆ 130 til egen læge']);
    expect(r.agreements[0]!.smart.specific).toBe(true);
    expect(buildModel('bgr. henter lægeerkl. i morgen').words.map((w) => w.norm)).toContain('lægeerklæring');
  });

  it('lower-case sentence starts after a full stop, but not after an abbreviation or an ordinal', () => {
    expect(buildModel('har ondt i ryggen. kan ikke løfte').sentences.map((s) => s.text)).toEqual(['har ondt i ryggen.', 'kan ikke løfte']);
    expect(buildModel('talt med bgr. om praktik d. 3. maj').sentences).toHaveLength(1);
    expect(buildModel('aftalt ift. praktik, evt. hos Netto').sentences).toHaveLength(1);
  });
});

describe('every rule benefits', () => {
  it('reported speech with an abbreviated subject, a typo or the past tense', () => {
    expect(flagged('bgr. fortæller at hun har ondt i ryggen', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'bgr. fortæller at hun har ondt i ryggen'],
    ]);
    expect(flagged('bg fortællr at hun sover dårligt', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'bg fortællr at hun sover dårligt'],
    ]);
    expect(flagged('Bgr. fortalte at han ikke kan løfte', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'Bgr. fortalte at han ikke kan løfte'],
    ]);
    expect(flagged('borger fortaeller at hun ikke kan taale stress', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'borger fortaeller at hun ikke kan taale stress'],
    ]);
    expect(flagged('bgr. fortæller at hun har ondt. sb. vurderer at hun kan arbejde', { form: 'rehab', field: 'challenges' })).toEqual([]);
  });

  it('abbreviated hour units', () => {
    expect(flagged('Fleksjob 10-12 t/uge', { form: 'rehab', field: 'hours' })).toEqual([]);
    expect(flagged('bgr. kan arbejde 10 t. om ugen', { form: 'rehab', field: 'hours' })).toEqual([['fixed-hours', '10 t. om ugen']]);
  });

  it('deadlines as notes write them', () => {
    expect(findTimeExpressions('søge 3 job til nst. samtale').map((e) => [e.kind, 'søge 3 job til nst. samtale'.slice(e.start, e.end)])).toEqual([
      ['relative', 'til nst. samtale'],
    ]);
    const smart = (t: string) => analyse(t, { form: 'minplan', field: 'agreement' }).agreements[0]!.smart.timeBound;
    expect(smart('du skal søge 3 job som lagermedarbejder til nst. samtale')).toBe(true);
    expect(smart('du skal søge 3 job som lagermedarbejder inden uge 14')).toBe(true);
    expect(smart('du skal søge 3 job som lagermedarbejder')).toBe(false);
  });
});

describe('more shorthand read as data', () => {
  const lexWords = (text: string, lex: ReturnType<typeof compileLexicon>) => findLex(buildModel(text), lex).map((h) => text.slice(h.start, h.end));

  it('phrase abbreviations match both ways: a list with "i forhold til" finds "ift.", one with "mht" finds "med hensyn til"', () => {
    const lex = compileLexicon('test:phrase-abbreviations', ['i forhold til en kollega', 'mht praktik', 'på grund af smerter', 'med henblik på job']);
    expect(lexWords('vurderet 60 % ift. en kollega', lex)).toEqual(['ift. en kollega']);
    expect(lexWords('vurderet 60 % ifht en kollega', lex)).toEqual(['ifht en kollega']);
    expect(lexWords('Aftale med hensyn til praktik i Føtex', lex)).toEqual(['med hensyn til praktik']);
    expect(lexWords('sygemeldt pga. smerter i ryggen', lex)).toEqual(['pga. smerter']);
    expect(lexWords('praktik mhp. job i Netto', lex)).toEqual(['mhp. job']);
    // The full phrase still matches, and an entry listed in both forms gives one hit, not two.
    expect(lexWords('60 % i forhold til en kollega', lex)).toEqual(['i forhold til en kollega']);
    const both = compileLexicon('test:phrase-abbreviations-2', ['ift', 'i forhold til']);
    expect(findLex(buildModel('ift. job og i forhold til kolleger'), both).map((h) => h.entry)).toEqual([0, 1]);
  });

  it('abbreviated weekdays are deadlines ("inden fre.", "senest tirs. d. 4/5"); "man" as a pronoun is not', () => {
    const times = (t: string) => findTimeExpressions(t).map((e) => [e.kind, t.slice(e.start, e.end)]);
    expect(times('bgr. sender 2 ansøgninger inden fre.')).toEqual([['deadline', 'inden fre.']]);
    expect(times('ringer til Bilka senest tirs. d. 4/5')).toEqual([['deadline', 'senest tirs. d. 4/5']]);
    expect(times('møde på tors kl. 10')).toEqual([['date', 'på tors kl. 10']]);
    expect(times('ringer til Netto på man.')).toEqual([['date', 'på man.']]);
    expect(times('man skal ringe til Netto')).toEqual([]);
  });

  it('a compound abbreviated in its head ("planteafd.", "personaleadm.") ends no sentence', () => {
    expect(buildModel('bgr. spørger til praktik i planteafd. inden uge 14').sentences).toHaveLength(1);
    expect(buildModel('møde i personaleadm. kl. 10 med Lone').sentences).toHaveLength(1);
    expect(buildModel('har ondt i ryggen. kan ikke løfte').sentences).toHaveLength(2);
  });

  it('"e" typed for "æ" in the verbs of reported speech', () => {
    expect(flagged('bgr forteller at hun ikke kan taale larm', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'bgr forteller at hun ikke kan taale larm'],
    ]);
    expect(flagged('Borgeren nevner at han sover daarligt', { form: 'rehab', field: 'challenges' })).toEqual([
      ['reported-speech', 'Borgeren nevner at han sover daarligt'],
    ]);
    expect(flagged('bg. fortelte at hun vil arbejde med dyr', { form: 'rehab', field: 'wishes' }).map(([id]) => id)).toContain('reported-speech');
  });

  it('CPR numbers with spaces in the date as notes write them, not phone numbers', () => {
    const cpr = (t: string) => flagged(t, { field: 'meeting-summary' }).filter(([id]) => id === 'cpr-number');
    expect(cpr('cpr: 0103 89 4417')).toEqual([['cpr-number', '0103 89 4417']]);
    expect(cpr('bgr (cpr 21 11 74 2231) mødte op')).toEqual([['cpr-number', '21 11 74 2231']]);
    expect(cpr('cpr: 12 08 85 - 3390')).toEqual([['cpr-number', '12 08 85 - 3390']]);
    expect(cpr('cpr.nr. 120885 - 3390, mødt')).toEqual([['cpr-number', '120885 - 3390']]);
    expect(cpr('bgr. (040190 – 1114) ringede')).toEqual([['cpr-number', '040190 – 1114']]);
    expect(cpr('arbejdede 2019 - 2021 og 1998 - 2004')).toEqual([]);
    expect(cpr('tlf. 20 30 40 50')).toEqual([]);
    expect(cpr('tlf. 20 30 40 50 eller 4417 2231')).toEqual([]);
  });

  it('a shorthand agreement with an abbreviated subject, a compound abbreviation and an abbreviated deadline is SMART', () => {
    const smart = (t: string) => {
      const a = analyse(t, { form: 'minplan', field: 'agreement' }).agreements;
      return a.map((x) => [x.smart.specific, x.smart.measurable, x.smart.timeBound]);
    };
    expect(smart('bgr. ringer til Plantorama i Horsens og spørger til praktik i planteafd. inden uge 9')).toEqual([[true, true, true]]);
    expect(smart('bgr. søger 3 job som lagermedarbejder inden fre.')).toEqual([[true, true, true]]);
    expect(smart('sb. kontakter Rema 1000 i Skive mht. praktik inden d. 20/3')).toEqual([[true, true, true]]);
    expect(analyse('sb. kontakter Rema 1000 i Skive mht. praktik inden d. 20/3', { form: 'minplan', field: 'agreement' }).findings).toEqual([]);
  });
});

describe('a job goal written in a hurry', () => {
  it('"et eller andet med …" after "jobmål:" is no job title', () => {
    expect(flagged('jobmål: et eller andet med dyr', { form: 'minplan', field: 'job-goal' })).toEqual([
      ['missing-job-goal', 'jobmål: et eller andet med dyr'],
      ['vague-job-goal', 'et eller andet'],
    ]);
    expect(flagged('jobmål: lagermedarb. eller chauffør', { form: 'minplan', field: 'job-goal' })).toEqual([]);
  });
});

describe('run-on notes in lower case', () => {
  it('a subject after a period opens a new sentence, also after a short word or a date; not after "iflg."/"ift."/"m."', () => {
    const sentences = (t: string) => buildModel(t).sentences.map((s) => s.text);
    expect(sentences('bgr. søger 3 job som kok inden fre. bgr. ringer til Netto inden uge 12')).toEqual([
      'bgr. søger 3 job som kok inden fre.', 'bgr. ringer til Netto inden uge 12',
    ]);
    expect(sentences('sb. sender henvisning d. 4/5. hun deltager i jobklub hver tirs.')).toEqual([
      'sb. sender henvisning d. 4/5.', 'hun deltager i jobklub hver tirs.',
    ]);
    expect(sentences('iflg. bgr. har hun ondt')).toHaveLength(1);
    expect(sentences('samtale m. bgr. om praktik ift. bgr. ønsker')).toHaveLength(1);
  });

  it('a lower-case line that opens with a subject or an abbreviation is a sentence of its own; wrapped prose goes on', () => {
    const sentences = (t: string) => buildModel(t).sentences.map((x) => x.text);
    expect(sentences('bgr. søger 2 job som kok inden d. 3/4\nsb. sender evt. cv videre\nopf. samtale d. 12/6 hos Netto')).toEqual([
      'bgr. søger 2 job som kok inden d. 3/4', 'sb. sender evt. cv videre', 'opf. samtale d. 12/6 hos Netto',
    ]);
    expect(sentences('hun har ondt i ryggen og\nbgr. kan ikke løfte')).toHaveLength(1);
    expect(sentences('kan ikke sidde længe,\nsb. vurderer dog')).toHaveLength(1);
    expect(sentences('du vil kontakte tre personer fra dit\nnetværk inden d. 5/2')).toHaveLength(1);
  });

  it('an agreement section written line by line in lower case gets each agreement judged', () => {
    const text = 'Aftaler\nbgr. søger 2 job som rengøringsassistent inden d. 3/4\nsb. sender evt. CV videre';
    expect(analyse(text, { form: 'minplan' }).findings.map((f) => [f.ruleId, f.excerpt])).toEqual([['smart-agreement', 'sb. sender evt. CV videre']]);
  });

  it('two agreements on one line are judged one by one', () => {
    const agreements = analyse('bgr. søger 3 job som kok inden fre. bgr. ringer til Netto', { form: 'minplan', field: 'agreement' }).agreements;
    expect(agreements.map((a) => [a.text, a.smart.timeBound])).toEqual([
      ['bgr. søger 3 job som kok inden fre.', true],
      ['bgr. ringer til Netto', false],
    ]);
  });
});

describe('phraseVariants (list entries with their abbreviated or spelled-out phrases)', () => {
  it.each([
    ['hensyn i forhold til ryggen', ['hensyn i forhold til ryggen', 'hensyn ift ryggen', 'hensyn ifht ryggen']],
    ['pga smerter', ['pga smerter', 'på grund af smerter']],
    ['ved  hjælp af', ['ved  hjælp af', 'vha']],
    // "i" and "for" start spelled-out phrases, but not these.
    ['i praktik for en periode', ['i praktik for en periode']],
    ['ryg*', ['ryg*']],
    ['ifølge lægen', ['ifølge lægen', 'iflg lægen']],
    ['ift', ['ift', 'i forhold til']],
    ['fx\tlager', ['fx\tlager', 'for eksempel lager']],
  ])('%s', (phrase, variants) => {
    expect(phraseVariants(phrase)).toEqual(variants);
  });
});

describe('tokenizePhrase reads a list word as the tokenizer reads it in a text', () => {
  it.each(['bgr', 'sb', 'aabenraa', 'Aabenraa', 'søg', 'café', 'sosu-hjælper', '10-15', 'kl', 'nst', 'ift', 'BGR', 'e'])('%s', (word) => {
    expect(tokenizePhrase(word)).toEqual(tokenize(word).map((w) => ({ value: w.norm, prefix: false, numeric: false })));
    expect(tokenizePhrase(`${word}*`).at(-1)).toEqual({ value: tokenize(word).at(-1)!.norm, prefix: true, numeric: false });
  });
});

describe('forEachVariant', () => {
  it('gives each entry and its variants in order, leaving out a variant that is an entry of its own', () => {
    const seen: [string, number][] = [];
    forEachVariant(['i forhold til', 'ift', 'hensyn pga ryg', 'ryg'], (phrase, index) => seen.push([phrase, index]));
    expect(seen).toEqual([
      ['i forhold til', 0],
      ['ifht', 0],
      ['ift', 1],
      ['hensyn pga ryg', 2],
      ['hensyn på grund af ryg', 2],
      ['ryg', 3],
    ]);
  });
});
