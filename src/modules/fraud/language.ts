/**
 * Reads a message's words against the language rules (language-rules.ts): which categories of
 * fraud language it uses — payment, bank-detail change, gift cards, urgency, secrecy — with the
 * strongest rule's weight and the phrases as evidence.
 */
import { NEGATIONS, type LanguageCategory, type LanguageRule } from './language-rules.js';
import { originalSpan, type FoldedText } from './text-fold.js';

/** A phrase that matched, quoted from the message. */
export interface Evidence {
  ruleId: string;
  lang: string;
  text: string;
}

/** One category the message uses, with its strongest rule's weight. */
export interface CategoryHit {
  category: LanguageCategory;
  weight: number;
  evidence: Evidence[];
}

interface CompiledRule {
  rule: LanguageRule;
  pattern: RegExp;
  near: RegExp | null;
}

const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const NEGATION = new RegExp(`${WORD_START}(?:${NEGATIONS})${WORD_END}`, 'u');
// How far a sentence or clause is looked for around a match; bounds the work on one-line texts.
const MAX_REACH = 300;
const NEGATION_WORDS = 5;
// Occurrences of one rule looked at before giving up on it: a text repeating a word thousands of
// times must not cost thousands of window checks.
const MAX_TRIES_PER_RULE = 50;

const compiledSets = new WeakMap<readonly LanguageRule[], CompiledRule[]>();

function wrap(source: string, partial: boolean | undefined, flags: string): RegExp {
  return new RegExp(partial ? `(?:${source})` : `${WORD_START}(?:${source})${WORD_END}`, flags);
}

function compile(rules: readonly LanguageRule[]): CompiledRule[] {
  const cached = compiledSets.get(rules);
  if (cached) return cached;
  const compiled = rules.map((rule) => ({
    rule,
    pattern: wrap(rule.pattern, rule.partial, 'gu'),
    near: rule.near ? wrap(rule.near, rule.partial, 'u') : null,
  }));
  compiledSets.set(rules, compiled);
  return compiled;
}

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** Start of the sentence around `index`: after a newline or a full stop, ! or ? and a space. */
function sentenceStart(text: string, index: number, stops: RegExp): number {
  const floor = Math.max(0, index - MAX_REACH);
  for (let i = index - 1; i >= floor; i--) {
    if (text[i] === '\n' || (stops.test(text[i]) && isSpace(text[i + 1]))) return i + 1;
  }
  return floor;
}

function sentenceEnd(text: string, index: number): number {
  const ceiling = Math.min(text.length, index + MAX_REACH);
  for (let i = index; i < ceiling; i++) {
    if (text[i] === '\n' || (/[.!?]/.test(text[i]) && isSpace(text[i + 1]))) return i;
  }
  return ceiling;
}

/** Index `words` words back from `index`, not before `floor`. */
function wordsBack(text: string, index: number, words: number, floor: number): number {
  let seen = 0;
  for (let i = index - 1; i >= floor; i--) {
    if (!isSpace(text[i]) && isSpace(text[i - 1]) && ++seen === words) return i;
  }
  return floor;
}

/** Index `words` words on from `index`, not past `ceiling`. */
function wordsOn(text: string, index: number, words: number, ceiling: number): number {
  let seen = 0;
  for (let i = index; i < ceiling; i++) {
    if (!isSpace(text[i]) && isSpace(text[i + 1]) && ++seen === words) return i + 1;
  }
  return ceiling;
}

/** The span [start, end) a rule matched at, or null when its `near` or a negation rules it out. */
function confirm(compiled: CompiledRule, text: string, start: number, end: number): [number, number] | null {
  let spanStart = start;
  let spanEnd = end;
  if (compiled.near) {
    const window = compiled.rule.window ?? 6;
    const from = wordsBack(text, start, window, sentenceStart(text, start, /[.!?]/));
    const to = wordsOn(text, end, window, sentenceEnd(text, end));
    const before = compiled.near.exec(text.slice(from, start));
    const after = before ? null : compiled.near.exec(text.slice(end, to));
    if (!before && !after) return null;
    if (before) spanStart = from + before.index;
    if (after) spanEnd = end + after.index + after[0].length;
  }
  if (compiled.rule.negatable) {
    const clause = sentenceStart(text, spanStart, /[.!?,;:]/);
    const from = wordsBack(text, spanStart, NEGATION_WORDS, clause);
    if (NEGATION.test(text.slice(from, spanStart))) return null;
  }
  return [spanStart, spanEnd];
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The matched words as written; a match inside a compound is widened to the whole word. */
function quote(original: string, fold: FoldedText, start: number, end: number): string {
  const folded = fold.folded;
  while (start > 0 && isWordChar(folded[start - 1])) start--;
  while (end < folded.length && isWordChar(folded[end])) end++;
  const text = originalSpan(original, fold, start, end);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The fraud-language categories a text uses; `original` is the text `fold` was made from. */
export function readLanguage(original: string, fold: FoldedText, rules: readonly LanguageRule[]): CategoryHit[] {
  const hits = new Map<LanguageCategory, CategoryHit>();
  for (const compiled of compile(rules)) {
    let tries = 0;
    for (const match of fold.folded.matchAll(compiled.pattern)) {
      if (++tries > MAX_TRIES_PER_RULE) break;
      const span = confirm(compiled, fold.folded, match.index!, match.index! + match[0].length);
      if (!span) continue;
      const { category, weight, id, lang } = compiled.rule;
      const hit = hits.get(category) ?? { category, weight: 0, evidence: [] };
      hit.weight = Math.max(hit.weight, weight);
      const text = quote(original, fold, span[0], span[1]);
      // The same word can be a rule in two languages ("urgente"); quote it once.
      if (!hit.evidence.some((e) => e.text.toLowerCase() === text.toLowerCase())) hit.evidence.push({ ruleId: id, lang, text });
      hits.set(category, hit);
      // One piece of evidence per rule is enough to explain it.
      break;
    }
  }
  return [...hits.values()];
}
