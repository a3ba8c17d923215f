// Loaded by prebuilt-lexicons.ts in the build's own Node process: every word list compiles as the analyser's modules
// load, then their index records are serialised.
import '@/lib/analysis/analyse';

export { serializedIndex } from '@/lib/analysis/vocab/lexicon';
