/**
 * Deficit language (what the citizen cannot do). The seeds ask for balance, not censorship: mapping limitations is
 * legitimate (003 L1762–1768 "udvikling/afklaring, ressourcer/manglende ressourcer, muligheder/begrænsninger"), but
 * resource and job-goal texts dominated by it work against the citizen (001 L524–526; 001 L2219–2220 "så meget snak om
 * ens sygdom, ens begrænsninger og alt det, man ikke kunne"; 003 L2780–2782 "det nu handler om job og kompetencer og
 * ikke om det, borgerne ikke kan"; research/seed-003.md §3.3).
 */
export const DEFICITS: readonly string[] = [
  'kan ikke', 'kan ikke længere', 'kunne ikke', 'kan hverken', 'har svært ved', 'har vanskeligt ved',
  'har meget svært ved', 'havde svært ved', 'svært ved', 'vanskeligt ved', 'ikke i stand til', 'ude af stand til',
  'magter ikke', 'orker ikke', 'klarer ikke', 'tåler ikke', 'formår ikke', 'har ikke overskud', 'intet overskud',
  'mangler overskud', 'ikke overskud', 'har ikke energi', 'ingen energi', 'ikke kan', 'ikke kunne', 'ikke magter',
  'ikke orker', 'ikke klarer', 'begrænset', 'begrænsede', 'begrænsning*', 'barriere*', 'udfordring*', 'udfordret',
  'problem*', 'nedsat arbejdsevne', 'nedsat funktionsevne', 'funktionsnedsættelse*', 'manglende', 'mangler',
  'dårlig*', 'dårligt', 'svag*', 'usikker*', 'bekymret', 'bekymring*', 'nervøs*', 'frygt*', 'opgivet',
  'uarbejdsdygtig*', 'udtrættelig*', 'udtrættes', 'udmattet', 'træt', 'trætte', 'nedtrykt', 'lav selvtillid',
  'lavt selvværd', 'sårbar*', 'ustabil*', 'fravær', 'udeblevet', 'udeblivelse*',
];
