#!/usr/bin/env node
// `npm run bench`: time per analysis for realistic Danish case texts of 2,000, 10,000 and 100,000 characters,
// alternated round by round with harper.js (LocalLinter, WASM from node_modules, no network) on an English text of the
// same length. Prints a markdown table. Not part of the test suite (no timing assertions there). `--compare DIR` (a
// checkout of another revision) also times that revision's analyser in the same rounds and prints the paired ratios.
//
// The analyser is bundled with Vite (as the CLI is) into a temporary folder, together with the labelled corpus
// (tests/corpus), whose texts are concatenated with the realistic paragraphs below to build the inputs.
import { loadavg } from 'node:os';
import { bundleForNode, median, quantile } from './lib/bench-node.mjs';

const SIZES = [2_000, 10_000, 100_000];
const quick = process.argv.includes('--quick');
// --compare DIR: a checkout of another revision (e.g. `git worktree add /tmp/base <rev>`); its analyser runs in the
// same rounds, and the paired ratios (its time / this time) are printed too.
const compareAt = process.argv.indexOf('--compare');
const COMPARE = compareAt >= 0 ? process.argv[compareAt + 1] : undefined;

// Realistic Danish case-text paragraphs (Min Plan, rehabiliteringsplan, CV), in the style of the seeds' own examples
// (000 L209–227, 001 L3814–3819) and the constructed pairs of research/seed-001.md §2.5 / seed-003.md §2.6.
const DANISH = [
  'Min Plan - På mødet aftalte vi:\nKonkrete aftaler ift. dine jobmål:\n- Du vil kontakte og mødes med tre personer fra dit netværk, som du vil tage en snak med, ift. hvor du uopfordret kunne søge et fleksjob inden d. 05.02. Dit mål er at søge 2 uopfordrede stillinger inden d. 15.02.\n- Du vil finde tre jobmuligheder via Jobindex og afsøge kompetencebehovet i lignende stillinger via Jobindex Arkiv for at kunne målrette dit CV og ansøgning inden d. 12.02.\n- Du skal arbejde på din jobsøgning.',
  'Borger har 12 års erfaring som kontorassistent og har de seneste 3 år arbejdet med bogholderi og kundeservice i en mindre virksomhed. Borger fortæller, at hun har ondt i ryggen og ikke kan sidde stille i mere end 30 minutter ad gangen. Jobcentret vurderer på baggrund af praktikrapporten, at hun kan varetage lettere kontoropgaver 10-15 timer om ugen.',
  'Skånehensyn: Ingen tunge løft, skal ikke være omgivet af mange mennesker, skal skånes for høje lyde. Max 5 kg løft, højst 10 gange i timen. Mulighed for pause på 10 minutter hver time og skift mellem at stå og sidde hver halve time.',
  'Teamet vurderer, at borger realistisk kan arbejde ca. 6–10 timer om ugen med lav arbejdsintensitet; timetallet afhænger af det konkrete job og forventes at kunne øges, efterhånden som borger falder til. Progression: fra 9 til forventet 11–13 timer ved at tilføje varemodtagelse og justere mødetiden; afprøves inden næste opfølgning d. 12.5.',
  'Jobmål: 1) lettere serviceopgaver (oprydning, opfyldning) i mindre butik; 2) kundeservice/telefon i mindre virksomhed. Begge afprøvet eller drøftet med virksomhedskonsulent. Du vil tage ud og besøge Hans Hansen i Tømrerlusen for at søge job som pladsmand/forefaldende arbejde inden d. 15.02.',
  'Jeg søger job som lagermedarbejder, truckfører eller chauffør i Kolding og omegn. Jeg har 6 års erfaring med plukning, pakning og varemodtagelse fra Bilka og PostNord, og jeg har truckcertifikat B. Jeg er mødestabil og glad for at arbejde i et team.',
  'Borger har kroniske smerter og angst, kan ikke klare pres, har svært ved at møde stabilt og går til fysioterapi 2 gange om ugen. Adspurgt oplyser borger, at hun gerne vil arbejde med noget praktisk. Borger er informeret om mulighederne for virksomhedspraktik og vil overveje det til næste samtale.',
  'Praktik hos Netto i Vejle fra d. 1. marts til og med 30.4. med henblik på at afprøve opfyldning, varemodtagelse og kasse i 8-12 timer om ugen. Jobkonsulenten følger op telefonisk hver 14. dag, og vi holder opfølgningsmøde i uge 12 sammen med butikschefen.',
];
const ENGLISH = [
  'At the meeting we agreed:\n- You will contact and meet three people from your network about where you could apply for a part-time job before February 5. Your goal is to apply for 2 unsolicited positions before February 15.\n- You will find three job openings on the job portal and look at the skills employers ask for in similar positions so you can target your CV and application before February 12.\n- You should work on your job search.',
  'The citizen has 12 years of experience as an office assistant and has worked with bookkeeping and customer service in a small company for the past three years. She says that her back hurts and that she cannot sit still for more than 30 minutes at a time. Based on the internship report, the job centre assesses that she can handle light office tasks 10 to 15 hours a week.',
  'Accommodations: no heavy lifting, should not be surrounded by many people, should be spared from loud noises. Lifting at most 5 kg, no more than 10 times an hour. A 10-minute break every hour and a change between standing and sitting every half hour.',
  'The team assesses that the citizen can realistically work about 6 to 10 hours a week at a low intensity; the number of hours depends on the specific job and is expected to increase as the citizen settles in. Progression: from 9 to an expected 11 to 13 hours by adding goods reception and adjusting the start time; to be tried before the next follow-up on May 12.',
  'Job goal: 1) light service tasks (tidying, restocking) in a small shop; 2) customer service by phone in a small company. Both have been tried or discussed with the company consultant. You will visit Hans Hansen at the carpentry firm to apply for a job as a yard hand before February 15.',
  'I am looking for a job as a warehouse worker, forklift driver or driver in Kolding and the surrounding area. I have six years of experience with picking, packing and goods reception, and I hold a forklift licence. I am reliable and enjoy working in a team.',
  'The citizen has chronic pain and anxiety, cannot handle pressure, finds it hard to attend regularly and goes to physiotherapy twice a week. When asked, the citizen says that she would like to do something practical. The citizen has been informed about the options for a work placement and will consider it before the next meeting.',
  'Work placement at the supermarket from March 1 to April 30 in order to try restocking, goods reception and the till for 8 to 12 hours a week. The job consultant follows up by phone every two weeks, and we hold a follow-up meeting in week 12 together with the store manager.',
];

const gcd = (a, b) => (b ? gcd(b, a % b) : a);

/**
 * Concatenate varied paragraphs (cycling, in a shuffled but fixed order) to exactly n characters. The step is coprime
 * with the number of paragraphs, so every paragraph comes once before any comes again (a step of 7 through 63
 * paragraphs visited only 9 of them).
 */
function textOf(paragraphs, n) {
  let step = 7;
  while (gcd(step, paragraphs.length) !== 1) step++;
  let s = '';
  let i = 0;
  while (s.length < n) {
    s += paragraphs[(i * step + 3) % paragraphs.length] + '\n\n';
    i++;
  }
  return s.slice(0, n);
}

/** Median wall time and median CPU time (process.cpuUsage: user + system, all threads incl. GC) per call, in ms. */
async function timeIt(fn, runs, warmup) {
  for (let i = 0; i < warmup; i++) await fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const bundle = await bundleForNode({ analyse: 'lib/analysis/analyse.ts', text: 'lib/analysis/text/index.ts', corpus: 'tests/corpus/dev.ts' });
const base = COMPARE ? await bundleForNode({ analyse: 'lib/analysis/analyse.ts' }, COMPARE) : null;
try {
  const { analyse } = await bundle.load('analyse');
  const baseAnalyse = base ? (await base.load('analyse')).analyse : null;
  const { tokenize } = await bundle.load('text');
  let corpus = [];
  try {
    corpus = (await bundle.load('corpus')).DEV.map((e) => e.text).filter((t) => t.length > 30);
  } catch {
    // The corpus is optional for the bench.
  }
  const danish = [...DANISH, ...corpus];
  const { LocalLinter } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const harper = new LocalLinter({ binary });
  await harper.setup();

  // Paired, alternated rounds: in each round every Jobrettet mode and harper.js run back to back on texts of the
  // same length (the order flips every round), so load drift hits both sides of a ratio alike. A round's ratio is
  // harper.js time / Jobrettet time; the table reports the median round and the spread (p10–p90) of the ratios.
  const MODES = { unknown: {}, minplan: { form: 'minplan', field: 'agreement' }, rehab: { form: 'rehab', field: 'resources' } };
  const rows = [];
  for (const n of SIZES) {
    const da = textOf(danish, n);
    const en = textOf(ENGLISH, n);
    const rounds = quick ? 4 : n <= 2_000 ? 40 : n <= 10_000 ? 20 : 8;
    const reps = quick ? 3 : n <= 2_000 ? 20 : n <= 10_000 ? 6 : 2; // Jobrettet calls per round and mode (mean)
    for (const opts of Object.values(MODES)) for (let i = 0; i < 20; i++) analyse(da, opts); // warm-up
    if (baseAnalyse) for (const opts of Object.values(MODES)) for (let i = 0; i < 20; i++) baseAnalyse(da, opts);
    for (let i = 0; i < 2; i++) await harper.lint(en, { language: 'plaintext' });
    const samples = { unknown: [], minplan: [], rehab: [], h: [] };
    const ratios = { unknown: [], minplan: [], rehab: [] };
    const vsBase = { unknown: [], minplan: [], rehab: [] };
    const timeOwn = (opts, fn = analyse) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let i = 0; i < reps; i++) fn(da, opts);
      const c = process.cpuUsage(c0);
      return { wall: (performance.now() - t0) / reps, cpu: (c.user + c.system) / 1000 / reps };
    };
    const timeHarper = async () => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await harper.lint(en, { language: 'plaintext' });
      const c = process.cpuUsage(c0);
      return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
    };
    for (let r = 0; r < rounds; r++) {
      const own = {};
      let h;
      if (r % 2) h = await timeHarper();
      for (const [m, opts] of Object.entries(MODES)) {
        // With --compare, the other revision runs right before or after this one (the order flips every round).
        const other = baseAnalyse && r % 2 ? timeOwn(opts, baseAnalyse) : null;
        own[m] = timeOwn(opts);
        const then = other ?? (baseAnalyse ? timeOwn(opts, baseAnalyse) : null);
        if (then) vsBase[m].push(then.cpu / own[m].cpu);
      }
      if (!(r % 2)) h = await timeHarper();
      samples.h.push(h);
      for (const m of Object.keys(MODES)) {
        samples[m].push(own[m]);
        ratios[m].push(h.wall / own[m].wall);
      }
    }
    const med = (list) => ({ wall: median(list.map((x) => x.wall)), cpu: median(list.map((x) => x.cpu)) });
    const findings = analyse(da, {}).findings.length;
    rows.push({ n, unknown: med(samples.unknown), minplan: med(samples.minplan), rehab: med(samples.rehab), h: med(samples.h), ratios, vsBase, findings });
  }
  await harper.dispose();

  // The word scanner: the hand-written tokenizer against Intl.Segmenter('da', { granularity: 'word' }) (at 10,000
  // characters: the segmenter is far slower, and grows faster than linearly on long texts).
  const big = textOf(danish, 10_000);
  const segmenter = new Intl.Segmenter('da', { granularity: 'word' });
  const ownTokens = await timeIt(() => tokenize(big), quick ? 5 : 200, 20);
  const segTokens = await timeIt(() => {
    let n = 0;
    for (const seg of segmenter.segment(big)) if (seg.isWordLike) n++;
    return n;
  }, quick ? 3 : 10, 2);

  const ms = (x) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
  const both = (t) => `${ms(t.wall)} / ${ms(t.cpu)}`;
  console.log(`Node ${process.version}, ${process.arch}; median of repeated runs after warm-up; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}.`);
  console.log('Each cell: wall ms / CPU ms (process.cpuUsage, user + system). On a loaded machine wall time waits for the CPU; CPU time does not.\n');
  console.log('| Characters | Jobrettet, no form | Jobrettet, Min Plan aftale | Jobrettet, rehab ressourcer | harper.js LocalLinter, English | Jobrettet wall ms per 10k chars (no form / Min Plan / rehab) |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  const per10k = (t, n) => ms((t.wall * 10_000) / n);
  for (const r of rows) {
    console.log(`| ${r.n.toLocaleString('en')} | ${both(r.unknown)} | ${both(r.minplan)} | ${both(r.rehab)} | ${both(r.h)} | ${per10k(r.unknown, r.n)} / ${per10k(r.minplan, r.n)} / ${per10k(r.rehab, r.n)} |`);
  }
  const modes = ['unknown', 'minplan', 'rehab'];
  const worstOf = (r, key) => Math.max(...modes.map((m) => r[m][key]));
  const worst = Math.max(...rows.map((r) => worstOf(r, 'wall') / r.h.wall));
  const at2k = rows[0];
  const at10k = rows.find((r) => r.n === 10_000) ?? rows[1];
  const at100k = rows[rows.length - 1];
  // Growth: the extra time per extra 10,000 characters between 10k and 100k (linear growth keeps it near ms per 10k).
  const slope = (m, key) => ((at100k[m][key] - at10k[m][key]) * 10_000) / (at100k.n - at10k.n);
  console.log('');
  console.log(`Growth 10k→100k, ms per extra 10,000 chars (wall / CPU): ${modes.map((m) => `${m === 'unknown' ? 'no form' : m} ${ms(slope(m, 'wall'))} / ${ms(slope(m, 'cpu'))}`).join('; ')}.`);
  console.log('');
  console.log('Paired ratios (harper.js ms / Jobrettet ms in the same round; median, p10–p90):\n');
  console.log('| Characters | no form | Min Plan aftale | rehab ressourcer |');
  console.log('|---:|---:|---:|---:|');
  const ratio = (xs) => `${median(xs).toFixed(0)}× (${quantile(xs, 0.1).toFixed(0)}–${quantile(xs, 0.9).toFixed(0)}×)`;
  for (const r of rows) console.log(`| ${r.n.toLocaleString('en')} | ${ratio(r.ratios.unknown)} | ${ratio(r.ratios.minplan)} | ${ratio(r.ratios.rehab)} |`);
  const perChar = (r, m) => r[m].wall / r.n;
  if (baseAnalyse) {
    console.log(`\nAgainst ${COMPARE} (its CPU time / this CPU time in the same round; median, p10–p90; > 1 = this is faster):\n`);
    console.log('| Characters | no form | Min Plan aftale | rehab ressourcer |');
    console.log('|---:|---:|---:|---:|');
    const times = (xs) => `${median(xs).toFixed(2)}× (${quantile(xs, 0.1).toFixed(2)}–${quantile(xs, 0.9).toFixed(2)}×)`;
    for (const r of rows) console.log(`| ${r.n.toLocaleString('en')} | ${times(r.vsBase.unknown)} | ${times(r.vsBase.minplan)} | ${times(r.vsBase.rehab)} |`);
    console.log('');
  }
  console.log(`Per character, 100k vs 10k (wall): ${modes.map((m) => `${m === 'unknown' ? 'no form' : m} ${(perChar(at100k, m) / perChar(at10k, m)).toFixed(2)}×`).join('; ')} (≤ 1.00 = no slower per character).`);
  console.log(`Word scanner @ 10,000 chars: hand-written tokenizer ${ms(ownTokens.wall)} ms, Intl.Segmenter('da') ${ms(segTokens.wall)} ms.`);
  console.log(`Targets: ≤ 0.5 ms @ 2,000 (worst mode ${ms(worstOf(at2k, 'wall'))} ms wall, ${ms(worstOf(at2k, 'cpu'))} ms CPU), ≤ 25 ms @ 100,000 (${ms(worstOf(at100k, 'wall'))} ms wall, ${ms(worstOf(at100k, 'cpu'))} ms CPU), at least 50× faster than harper.js at 2,000 (lowest median paired ratio ${Math.min(...modes.map((m) => median(at2k.ratios[m]))).toFixed(0)}×; worst wall share of harper.js at any size ${worst.toFixed(3)}).`);
} finally {
  bundle.dispose();
  base?.dispose();
}
