/**
 * Danish number words: the one list. Each word says where it is read as a number:
 * - `hours`: before "timer" in an hour figure ("otte timer", "halvanden time"; "en time" too);
 * - `quantity`: an amount that makes an agreement measurable ("tre ansøgninger"; never the articles "en"/"et", and
 *   "begge" counts).
 * (Before, the hour figures, the SMART check and an unused skånehensyn lexicon each had a list of their own; the two
 * readings keep what each check was calibrated on.)
 */
const TABLE: readonly (readonly [word: string, hours: boolean, quantity: boolean])[] = [
  ['en', true, false], ['et', true, false], ['én', true, true], ['ét', true, true],
  ['to', true, true], ['tre', true, true], ['fire', true, true], ['fem', true, true], ['seks', true, true],
  ['syv', true, true], ['otte', true, true], ['ni', true, true], ['ti', true, true], ['elleve', true, true],
  ['tolv', true, true], ['tretten', true, true], ['fjorten', true, true], ['femten', true, true],
  ['seksten', true, true], ['sytten', true, true], ['atten', true, true], ['nitten', true, true], ['tyve', true, true],
  ['tredive', false, true], ['fyrre', false, true], ['halvtreds', false, true],
  ['halvanden', true, false], ['begge', false, true],
];

/** Every number word. */
export const NUMBER_WORDS: readonly string[] = TABLE.map(([w]) => w);
/** Number words of an hour figure. */
export const HOUR_NUMBER_WORDS: readonly string[] = TABLE.filter(([, hours]) => hours).map(([w]) => w);
/** Number words that give an agreement an amount. */
export const QUANTITY_WORDS: readonly string[] = TABLE.filter(([, , quantity]) => quantity).map(([w]) => w);
