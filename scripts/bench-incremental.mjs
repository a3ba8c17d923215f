#!/usr/bin/env node
// Full vs incremental analysis per keystroke: `node scripts/bench-incremental.mjs [--quick]`.
// Texts of 20,000 and 100,000 characters (realistic paragraphs from the labelled corpus); a "user" types a sentence
// into a paragraph in the middle, one character per keystroke, and after each one the text is analysed twice: in full
// (`analyse`) and incrementally (`analyseIncremental` with the field's previous state), alternating which goes first.
// Each result is checked to be equal. Prints median and p95 CPU ms (the machine may be loaded; CPU time does not wait) per keystroke for the fields the panel shows.
import { isDeepStrictEqual } from 'node:util';
import { loadavg } from 'node:os';
import { bundleForNode, median, quantile } from './lib/bench-node.mjs';

const quick = process.argv.includes('--quick');
// Texts of paragraphs, and one long paragraph (the corpus texts joined by a space: no blank line anywhere).
const SHAPES = [
  { n: 20_000, one: false },
  { n: 100_000, one: false },
  { n: 20_000, one: true },
];
const FIELDS = [
  { form: 'minplan', field: 'agreement' },
  { form: 'rehab', field: 'accommodations' },
  { form: 'rehab', field: 'resources' },
];
const TYPED_PARAGRAPHS = ' Du vil ringe til tre virksomheder i Vejle inden d. 12.03. og sende 2 ansøgninger.\n\nSkånehensyn: højst 5 kg løft.';
const TYPED_ONE = ' Du vil ringe til tre virksomheder i Vejle inden d. 12.03. og sende 2 ansøgninger. Skånehensyn: højst 5 kg løft.';

const bundle = await bundleForNode({
  analyse: 'lib/analysis/analyse.ts',
  incremental: 'lib/analysis/incremental.ts',
  corpus: 'tests/corpus/dev.ts',
  holdout: 'tests/corpus/holdout.ts',
});
try {
  const { load } = bundle;
  const { analyse } = await load('analyse');
  const { analyseIncremental } = await load('incremental');
  const paragraphs = [...(await load('corpus')).DEV, ...(await load('holdout')).HOLDOUT].map((e) => e.text).filter((t) => t.length > 30);
  const textOf = (n, one) => {
    let s = '';
    for (let i = 0; s.length < n; i++) {
      const p = paragraphs[(i * 7 + 3) % paragraphs.length];
      s += one ? p.replace(/\s*\n\s*/g, ' ') + ' ' : p + '\n\n';
    }
    return s.slice(0, n);
  };

  console.log(`Node ${process.version}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}. CPU ms per keystroke (process.cpuUsage, user + system; median / p95), typing a sentence (${TYPED_PARAGRAPHS.length} characters) into the middle paragraph, or (one paragraph) after a sentence in the middle.\n`);
  console.log('| Characters | Field | full analyse() | incremental | saved (median) |');
  console.log('|---:|---|---:|---:|---:|');
  for (const { n, one } of SHAPES) {
    const base = textOf(n, one);
    const cut = one ? base.indexOf('. ', n >> 1) + 1 : base.indexOf('\n\n', n >> 1);
    const TYPED = one ? TYPED_ONE : TYPED_PARAGRAPHS;
    for (const opts of FIELDS) {
      const full = [];
      const inc = [];
      let state = null;
      // Warm-up: both paths on the whole text (the panel's first analysis of a field is a full one either way).
      for (let i = 0; i < (quick ? 3 : 15); i++) analyse(base, opts);
      ({ state } = analyseIncremental(base, opts, null));
      const keys = quick ? 20 : TYPED.length * 2;
      for (let k = 0; k < keys; k++) {
        const typed = TYPED.length - Math.abs(TYPED.length - 1 - k); // type it, then delete it again
        const text = base.slice(0, cut) + TYPED.slice(0, typed) + base.slice(cut);
        let a;
        let b;
        const cpu = () => {
          const c = process.cpuUsage();
          return (c.user + c.system) / 1000;
        };
        const timeFull = () => {
          const t0 = cpu();
          a = analyse(text, opts);
          full.push(cpu() - t0);
        };
        const timeInc = () => {
          const t0 = cpu();
          const r = analyseIncremental(text, opts, state);
          inc.push(cpu() - t0);
          state = r.state;
          b = r.result;
        };
        if (k % 2) {
          timeFull();
          timeInc();
        } else {
          timeInc();
          timeFull();
        }
        if (!isDeepStrictEqual(a, b)) throw new Error(`incremental result differs from analyse() at keystroke ${k} (${opts.field}, ${n}${one ? ', one paragraph' : ''})`);
      }
      const ms = (x) => x.toFixed(2);
      console.log(
        `| ${n.toLocaleString('en')}${one ? ' in one paragraph' : ''} | ${opts.form} ${opts.field} | ${ms(median(full))} / ${ms(quantile(full, 0.95))} | ${ms(median(inc))} / ${ms(quantile(inc, 0.95))} | ${((1 - median(inc) / median(full)) * 100).toFixed(0)} % |`,
      );
    }
  }
} finally {
  bundle.dispose();
}
