import { signal, type Signal } from '@preact/signals';

/**
 * The user's own short case label per form key, shared by the notes and review sections of one panel.
 * Kept in memory only (never derived from the page).
 */
const labels = new Map<string, Signal<string>>();

export function caseLabelSignal(formKey: string): Signal<string> {
  let s = labels.get(formKey);
  if (!s) {
    s = signal('');
    labels.set(formKey, s);
  }
  return s;
}
