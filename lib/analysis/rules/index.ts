import type { Rule } from '../rule';

/** Every rule, in report order. Adding a rule = adding its file and one line here. */
export const allRules: readonly Rule[] = [];
