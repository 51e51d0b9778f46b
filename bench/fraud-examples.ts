/**
 * The fraud guard's labelled examples (bench/fixtures/fraud): messages written for this project,
 * half fraud attempts and half legitimate mail that talks about money, banks or urgency, each
 * scored against its made-up client's directory. Used by bench/fraud.ts (precision and recall,
 * threshold sweep) and by src/modules/fraud/labelled-examples.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreMessage, type FraudContext, type FraudInput, type FraudOptions, type FraudScore } from '../src/modules/fraud/index.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'fraud');

/** One labelled message with the context it arrives in. */
export interface FraudExample {
  file: string;
  label: 'fraud' | 'legit';
  kind: string;
  note: string;
  input: FraudInput;
  context: FraudContext;
}

interface ContextsFile {
  lookalikeDomains: string[];
  clients: Record<string, Omit<FraudContext, 'lookalikeDomains'>>;
}

/** Every example, in file order; throws on a file that names an unknown client or label. */
export function loadFraudExamples(): FraudExample[] {
  const contexts = JSON.parse(readFileSync(path.join(DIR, 'contexts.json'), 'utf8')) as ContextsFile;
  // One context object per client, shared by its examples, as a caller serving one client would.
  const byClient = new Map(Object.entries(contexts.clients).map(([name, c]) => [name, { ...c, lookalikeDomains: contexts.lookalikeDomains }]));
  const files = readdirSync(path.join(DIR, 'messages')).filter((f) => f.endsWith('.json')).sort();
  return files.map((file) => {
    const doc = JSON.parse(readFileSync(path.join(DIR, 'messages', file), 'utf8'));
    const context = byClient.get(doc.context);
    if (!context) throw new Error(`${file}: unknown client "${doc.context}"`);
    if (doc.label !== 'fraud' && doc.label !== 'legit') throw new Error(`${file}: label must be fraud or legit`);
    return { file, label: doc.label, kind: doc.kind, note: doc.note, input: doc.input, context };
  });
}

/** Counts of one classification run. */
export interface Confusion {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** An example with its score. */
export interface Scored extends FraudExample {
  score: FraudScore;
}

/** Scores every example with the given options (the threshold comes from each client's context). */
export function scoreExamples(examples: FraudExample[], options: FraudOptions = {}): Scored[] {
  return examples.map((example) => ({ ...example, score: scoreMessage(example.input, example.context, options) }));
}

/** Precision and recall when every client's threshold is `threshold`. */
export function confusionAt(scored: Scored[], threshold: number): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const s of scored) {
    const flagged = s.score.score >= threshold;
    if (s.label === 'fraud') flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn, precision, recall, f1 };
}
