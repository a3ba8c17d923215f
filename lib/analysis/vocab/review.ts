/**
 * Who does what (001 L3056–3058 "hvem der er ansvarlig for de enkelte handlinger"; L3936–3937 "hvem gør hvad, hvornår"):
 * words that name the person responsible for an agreement, looked for among its first words.
 */
export const AGREEMENT_ACTORS: readonly string[] = [
  'du', 'jeg', 'vi', 'borger', 'borgeren', 'jobformidler', 'jobformidleren', 'jobkonsulent', 'jobkonsulenten',
  'virksomhedskonsulent', 'virksomhedskonsulenten', 'sagsbehandler', 'sagsbehandleren', 'mentor', 'mentoren',
  'kontaktperson', 'kontaktpersonen', 'arbejdsgiver', 'arbejdsgiveren', 'virksomheden', 'jobcentret', 'jobcenteret',
  'rådgiver', 'rådgiveren', 'koordinator', 'koordinatoren', 'leder', 'lederen', 'teamet',
];
