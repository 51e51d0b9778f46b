/**
 * The fraud guard on its labelled examples (bench/fixtures/fraud): precision and recall at the
 * default threshold, a threshold sweep, every misclassified message with its reasons, and how many
 * messages per second the scorer handles (the whole intake must reach 300/s).
 *
 *   node --import tsx bench/fraud.ts [--rounds 200] [--verbose]
 */
import { DEFAULT_THRESHOLD } from '../src/modules/fraud/index.js';
import { confusionAt, loadFraudExamples, scoreExamples, type Scored } from './fraud-examples.js';

const SWEEP = [20, 30, 40, 45, 50, 55, 60, 70, 80];

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printExample(s: Scored): void {
  console.log(`  ${s.file}  score ${s.score.score}  (${s.label}, ${s.kind})`);
  for (const r of s.score.reasons) console.log(`      ${String(r.weight).padStart(3)}  ${r.code}: ${r.detail}`);
}

function main(): void {
  const examples = loadFraudExamples();
  const scored = scoreExamples(examples);
  const fraud = scored.filter((s) => s.label === 'fraud').length;
  console.log(`Fraud guard on ${scored.length} labelled examples (${fraud} fraud, ${scored.length - fraud} legitimate)\n`);

  const atDefault = confusionAt(scored, DEFAULT_THRESHOLD);
  console.log(`At the default threshold ${DEFAULT_THRESHOLD}: precision ${pct(atDefault.precision)}, recall ${pct(atDefault.recall)}, F1 ${atDefault.f1.toFixed(3)}`);
  console.log(`  flagged fraud ${atDefault.truePositives}, missed fraud ${atDefault.falseNegatives}, flagged legitimate ${atDefault.falsePositives}, passed legitimate ${atDefault.trueNegatives}\n`);

  console.log('threshold  precision  recall  F1     TP  FP  FN  TN');
  for (const t of SWEEP) {
    const c = confusionAt(scored, t);
    console.log(
      `${String(t).padStart(9)}  ${pct(c.precision).padStart(9)}  ${pct(c.recall).padStart(6)}  ${c.f1.toFixed(3)}  ${String(c.truePositives).padStart(2)}  ${String(c.falsePositives).padStart(2)}  ${String(c.falseNegatives).padStart(2)}  ${String(c.trueNegatives).padStart(2)}`,
    );
  }

  const lowestFraud = Math.min(...scored.filter((s) => s.label === 'fraud').map((s) => s.score.score));
  const highestLegit = Math.max(...scored.filter((s) => s.label === 'legit').map((s) => s.score.score));
  console.log(`\nLowest fraud score ${lowestFraud}, highest legitimate score ${highestLegit}.`);

  const wrong = scored.filter((s) => (s.score.score >= DEFAULT_THRESHOLD) !== (s.label === 'fraud'));
  console.log(`\nMisclassified at ${DEFAULT_THRESHOLD}:${wrong.length === 0 ? ' none' : ''}`);
  wrong.forEach(printExample);
  if (process.argv.includes('--verbose')) {
    console.log('\nEvery example:');
    scored.forEach(printExample);
  }

  const rounds = flag('rounds', 200);
  const started = performance.now();
  for (let i = 0; i < rounds; i++) scoreExamples(examples);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nScoring speed: ${Math.round((rounds * examples.length) / seconds).toLocaleString('en-US')} messages/s (${rounds} rounds over the examples, contexts prepared once).`);
}

main();
