/**
 * How caseworkers write in a hurry (journal notes, Min Plan entries): abbreviations, common misspellings and ASCII
 * spellings. The text model reads each word as the word it stands for (`Word.norm`), so every rule and vocabulary list
 * sees "borger" in "bgr. fortæller" and "timer" in "10-12 t/uge"; offsets still index the original text.
 * Keys and values are folded (lower case, "aa" read as "å"), keys without the abbreviation's period.
 */

/** Abbreviations that are never a Danish word of their own, read as the word they abbreviate. */
export const ABBREVIATION_WORDS: Readonly<Record<string, string>> = {
  bgr: 'borger', bg: 'borger', brg: 'borger', bgrs: 'borgers',
  sb: 'sagsbehandler', sbh: 'sagsbehandler', sagsbeh: 'sagsbehandler', sagsbehandl: 'sagsbehandler',
  jc: 'jobcentret', jobc: 'jobcentret',
  nst: 'næste', næstk: 'næstkommende',
  evt: 'eventuelt', vedr: 'vedrørende', ang: 'angående',
  virk: 'virksomhed', virks: 'virksomhed', vksh: 'virksomhed', arbg: 'arbejdsgiver', arbgiver: 'arbejdsgiver',
  prak: 'praktik', vp: 'virksomhedspraktik', ltj: 'løntilskud',
  ugl: 'ugentligt', ugtl: 'ugentligt', ugentl: 'ugentligt', dagl: 'dagligt', mdl: 'månedligt', mdtl: 'månedligt',
  beh: 'behandling', sygem: 'sygemeldt', sygemeld: 'sygemeldt',
  afd: 'afdeling', opf: 'opfølgning', opfølg: 'opfølgning', henv: 'henvisning',
  // Documents the staff send and ask for ("sender anmodn. om LÆ 130").
  anmodn: 'anmodning', ansøgn: 'ansøgning', henvisn: 'henvisning', lægeerkl: 'lægeerklæring', erkl: 'erklæring',
  bevill: 'bevilling',
  // Weekdays as notes write them ("inden fre.", "tirs. d. 4/5"); "man"/"søn" are words of their own and stay.
  tirs: 'tirsdag', ons: 'onsdag', tors: 'torsdag', fre: 'fredag', lør: 'lørdag',
};

/** Unit abbreviations, read as the unit only right after a number ("10 t/uge", "12 tim.", "30 min."): "min" is also "my". */
export const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  t: 'timer', tim: 'timer', timr: 'timer', tt: 'timer', min: 'minutter', mins: 'minutter', mdr: 'måneder', md: 'måned',
};

/** Common misspellings in case notes, read as the word meant (typos of the verbs of reported speech above all). */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  fortællr: 'fortæller', fortæler: 'fortæller', fortællar: 'fortæller', fortaller: 'fortæller',
  forttæller: 'fortæller', fotæller: 'fortæller', fortæll: 'fortæller', fortalde: 'fortalte',
  fortælte: 'fortalte', fortallte: 'fortalte',
  // "e" typed for "æ" in the verbs of reported speech ("bgr forteller at …").
  forteller: 'fortæller', fortelle: 'fortælle', fortelte: 'fortalte', fortællet: 'fortalt', nevner: 'nævner',
  nevnte: 'nævnte', udtaller: 'udtaler', oplyset: 'oplyst',
  oplysr: 'oplyser', opyser: 'oplyser', olyser: 'oplyser', oplyer: 'oplyser', oplsyer: 'oplyser',
  opylste: 'oplyste', oplsyte: 'oplyste',
  sigr: 'siger', sieger: 'siger', udtalr: 'udtaler', nævnr: 'nævner', mennr: 'mener', menr: 'mener',
  borgr: 'borger', boger: 'borger', brger: 'borger', borgre: 'borger', brogeren: 'borgeren', borgern: 'borgeren',
  skånehesyn: 'skånehensyn', skånhensyn: 'skånehensyn', skånehensy: 'skånehensyn', skanehensyn: 'skånehensyn',
  hensny: 'hensyn', pratik: 'praktik', praktig: 'praktik', virksomed: 'virksomhed', virksomhd: 'virksomhed',
  virksomheed: 'virksomhed', arbjede: 'arbejde', arbejed: 'arbejde', arbjeder: 'arbejder', samtle: 'samtale',
  smatale: 'samtale', timmer: 'timer', timmers: 'timer', ugn: 'ugen', næst: 'næste', nætse: 'næste', næsre: 'næste',
  løffte: 'løfte', løte: 'løfte', jobmåll: 'jobmål', jobmæl: 'jobmål',
  // Typos of subjects and agreement words.
  sagsbehandlr: 'sagsbehandler', sagsbehander: 'sagsbehandler', jobcentert: 'jobcentret', jobcentere: 'jobcentret',
  stilliger: 'stillinger', stilinger: 'stillinger', ansøgniger: 'ansøgninger', ansøgnigner: 'ansøgninger',
  kontater: 'kontakter', kontackter: 'kontakter', sneder: 'sender',
};

/**
 * Subjects that open a new clause in a note written in lower case ("søger 3 job inden fre. bgr. ringer til Netto"): after
 * a period, one of them starts a new sentence even after a short word or a date ("d. 4/5. bgr. deltager …").
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'bgr', 'bg', 'brg', 'borger', 'borgeren', 'sb', 'sbh', 'sagsbehandler', 'sagsbehandleren', 'jc', 'jobcentret',
  'jobcenteret', 'hun', 'han', 'du', 'jeg', 'vi',
];
/** Abbreviations that a subject follows inside the same clause ("iflg. bgr.", "ift. borger", "m. bgr."). */
export const BEFORE_A_SUBJECT: readonly string[] = [
  'ift', 'ifht', 'i.f.t', 'mht', 'm.h.t', 'vedr', 'ang', 'jf', 'jvf', 'iht', 'pga', 'p.g.a', 'mhp', 'm', 'inkl', 'ekskl', 'fx',
  'f.eks', 'bl.a', 'evt', 'ifm', 'vha', 'iflg', 'ca', 'nr', 'att',
];

/** Words a line does not end on when its sentence goes on below ("… og\nkan ikke …"). */
export const LINE_CONTINUES: readonly string[] = [
  'og', 'eller', 'men', 'samt', 'at', 'som', 'der', 'i', 'på', 'til', 'med', 'for', 'af', 'fra', 'hos', 'om', 'efter',
  'inden', 'under', 'over', 'ved', 'en', 'et', 'den', 'det', 'de', 'hun', 'han', 'har', 'er', 'kan', 'skal', 'vil',
  'ikke', 'så', 'når', 'hvis', 'fordi', 'da', 'mens', 'din', 'dit', 'dine', 'sin', 'sit', 'sine', 'hans', 'hendes',
];

/** Compounds abbreviated in their head ("planteafd.", "personaleadm."): the period ends no sentence. */
export const ABBREVIATED_HEADS: readonly string[] = ['afd', 'adm'];

/**
 * Multi-word phrases and their abbreviations ("ift." = "i forhold til"). Every vocabulary list that holds one form also
 * matches the other (vocab/lexicon.ts adds the variant when it compiles the list), so the text itself is not rewritten.
 */
export const PHRASE_ABBREVIATIONS: readonly (readonly [string, string])[] = [
  ['ift', 'i forhold til'], ['ifht', 'i forhold til'], ['mht', 'med hensyn til'], ['pga', 'på grund af'], ['mhp', 'med henblik på'],
  ['iht', 'i henhold til'], ['iflg', 'ifølge'], ['fx', 'for eksempel'], ['vha', 'ved hjælp af'], ['ifm', 'i forbindelse med'],
];

/**
 * A text written without æ, ø and å ("borger fortaeller at hun ikke kan loefte") spells them "ae", "oe" and "aa"; "aa"
 * is always read as "å", "ae"/"oe" only in a text that has no æ, ø or å at all. These endings are plurals of words
 * that end in a vowel ("kollegaer", "radioer"), not ASCII spellings; so is the definite neuter "-oet" ("tempoet").
 */
export const ASCII_PLURAL_ENDINGS: readonly string[] = ['aer', 'aerne', 'oer', 'oerne', 'oene', 'aene', 'oet'];
