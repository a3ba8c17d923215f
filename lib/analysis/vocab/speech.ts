/**
 * Reported speech with no professional assessment. 31 % of forberedende dele are written by the caseworker with
 * phrasings like "”borger siger…” eller ”adspurgt fortæller borger...”. Med andre ord bliver borgers udsagn ikke nuanceret
 * og udvidet i forhold til et muligt bredere jobrettet perspektiv" (001 L3740–3743); only 12 % are qualified by the
 * caseworker (001 L3745–3747). "borger oplyser/fortæller" are research/seed-001.md R-06 extensions of the seed's two.
 */
export const REPORTED_SPEECH: readonly string[] = [
  'borger* siger', 'borger* fortæller', 'borger* oplyser', 'borger* udtaler', 'borger* beretter', 'borger* nævner',
  'borger* angiver', 'borger* giver udtryk for', 'borger* udtrykker', 'borger* beskriver', 'borger* forklarer',
  'borger* mener', 'borger* oplever', 'borger* føler', 'borger* tilkendegiver', 'borger* svarer', 'borger* har oplyst',
  'borger* har fortalt', 'borger* har sagt', 'borger* har udtalt', 'borger* har nævnt', 'borger* har beskrevet',
  'adspurgt fortæller', 'adspurgt oplyser', 'adspurgt siger', 'adspurgt svarer', 'adspurgt udtaler', 'adspurgt',
  'ifølge borger*', 'iflg borger*', 'efter borger* eget udsagn', 'efter eget udsagn', 'ifølge eget udsagn',
  'hun fortæller', 'han fortæller', 'hun oplyser', 'han oplyser', 'hun siger', 'han siger', 'hun mener',
  'han mener', 'hun oplever', 'han oplever', 'det oplyses', 'det fortælles', 'oplyser borger*', 'fortæller borger*',
  'siger borger*', 'udtaler borger*', 'mener borger*', 'oplever borger*', 'nævner borger*', 'beskriver borger*',
  // The past tense of case notes ("bgr. fortalte, at …"); shorthand and typos are read by the text model (vocab/shorthand.ts).
  'borger* fortalte', 'borger* oplyste', 'borger* sagde', 'borger* udtalte', 'borger* nævnte', 'borger* forklarede',
  'borger* beskrev', 'borger* mente', 'borger* oplevede', 'borger* svarede', 'borger* gav udtryk for', 'borger* angav',
  'hun fortalte', 'han fortalte', 'hun oplyste', 'han oplyste', 'hun sagde', 'han sagde', 'hun mente', 'han mente',
  'fortalte borger*', 'oplyste borger*', 'sagde borger*', 'udtalte borger*', 'adspurgt fortalte', 'adspurgt oplyste',
];

/** A professional assessment or a named source in the same text qualifies the citizen's statements. */
export const ASSESSMENT_MARKERS: readonly string[] = [
  'vurderer', 'vurderes', 'vurderet', 'vurdering*', 'min vurdering', 'vores vurdering', 'jobcentrets vurdering',
  'faglig vurdering', 'fagligt', 'det er min vurdering', 'det vurderes', 'jobcentret vurderer', 'jobcenteret vurderer',
  'sagsbehandler vurderer', 'teamet vurderer', 'jeg vurderer', 'vi vurderer', 'jf', 'jvf', 'jævnfør', 'fremgår af',
  'det fremgår', 'ifølge lægeattest*', 'ifølge lægeerklæring*', 'ifølge praktik*', 'ifølge virksomhed*',
  'ifølge arbejdsgiver*', 'ifølge statusattest*', 'ifølge speciallæge*', 'praktikevaluering*', 'praktikrapport*',
  'praktikstatus*', 'statusattest*', 'lægeattest*', 'lægeerklæring*', 'speciallægeerklæring*', 'arbejdsprøvning*',
  'observeret', 'observation*', 'dokumenteret', 'dokumentation', 'har vist', 'viste', 'erfaringer fra praktik*',
  'i praktikken', 'i praktik hos', 'virksomheden melder', 'arbejdsgiver melder', 'arbejdsgiveren oplyser',
  'virksomheden oplyser', 'mentor oplyser', 'kontaktpersonen oplyser', 'vurderingen', 'konklusion*', 'samlet set',
  'bekræfter', 'bekræftet', 'understøttes af', 'på baggrund af',
];

/**
 * The citizen's own wish, reported ("Borger siger, at hun gerne vil arbejde med mennesker"): that is the citizen's voice on
 * their goal, which the plan should carry, not a deficit (the team is to "understøtte borgers eget perspektiv", 000 L151–152).
 */
export const WISH_MARKERS: readonly string[] = [
  'gerne vil', 'vil gerne', 'gerne ville', 'ville gerne', 'ønsker', 'ønsker at', 'har lyst til', 'drømmer om',
  'kunne tænke sig', 'er motiveret for', 'brænder for', 'håber på', 'håber at', 'glæder sig til',
];
