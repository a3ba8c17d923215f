import type { Rule } from '../rule';
import smartAgreement from './smart-agreement';

/** Every rule, in report order. Adding a rule = adding its file and one line here. */
export const allRules: readonly Rule[] = [
  smartAgreement,
];
