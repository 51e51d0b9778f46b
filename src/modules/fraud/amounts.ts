/**
 * Amounts of money in a message, in the ways people write them: `$400,000`, `400.000,00 EUR`,
 * `£12k`, `USD 400000`, `€ 23 450,00`, `1.5m dollars`, `18 mil euros`. Each is sized in rough US
 * dollars so the scorer can tell a lunch order from a wire.
 */
import { foldText, originalSpan, type FoldedText } from './text-fold.js';

/** One amount found in a text. */
export interface Amount {
  /** As written. */
  text: string;
  /** ISO 4217 code, or KR for a krona/krone of unknown country. */
  currency: string;
  value: number;
  /** Roughly in US dollars — only for sizing, never shown as a conversion. */
  usd: number;
}

// Rough rates, enough to put an amount in the right bucket (under 10,000 / 100,000 / more).
const USD_PER_UNIT: Record<string, number> = {
  USD: 1, EUR: 1.1, GBP: 1.25, CHF: 1.1, CAD: 0.73, AUD: 0.65, NZD: 0.6, JPY: 0.007,
  SEK: 0.095, NOK: 0.093, DKK: 0.15, KR: 0.1, PLN: 0.25,
};

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:us\$|usd|\$|us dollars?|dollars?|dolares)$/, 'USD'],
  [/^(?:a\$|au\$|aud)$/, 'AUD'],
  [/^(?:c\$|ca\$|cad)$/, 'CAD'],
  [/^(?:nz\$|nzd)$/, 'NZD'],
  [/^(?:€|eur|euros?)$/, 'EUR'],
  [/^(?:£|gbp|pounds?(?: sterling)?)$/, 'GBP'],
  [/^(?:chf|francs?)$/, 'CHF'],
  [/^(?:¥|jpy|yen)$/, 'JPY'],
  [/^(?:sek|nok|dkk|pln)$/, 'SELF'],
  [/^(?:kr)$/, 'KR'],
  [/^(?:zl|zloty)$/, 'PLN'],
];

const PREFIX = String.raw`us\$|usd|au?\$|aud|ca?\$|cad|nz\$|nzd|\$|€|eur|£|gbp|chf|¥|jpy|sek|nok|dkk|pln`;
const SUFFIX = String.raw`usd|us dollars?|dollars?|dolares|eur|euros?|€|gbp|pounds?(?: sterling)?|£|chf|francs?|cad|aud|jpy|yen|sek|nok|dkk|kr|pln|zl|zloty`;
// At most six groups of three (a quadrillion): bounds the backtracking on long runs of digits.
const NUMBER = String.raw`\d{1,3}(?:[.,' ]\d{3}){1,6}(?:[.,]\d{1,2})?|\d{1,18}(?:[.,]\d{1,2})?`;
const MULTIPLIER = String.raw`k|mn|mm|m|mio\.?|millions?|millionen|millones|miljoen|thousand|tsd\.?|mil|bn|billions?|mrd\.?|milliarden?`;
const END = String.raw`(?![\p{L}\p{N}])`;

const AMOUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<pre>${PREFIX}) ?(?<n1>${NUMBER})(?: ?(?<m1>${MULTIPLIER})${END})?` +
    String.raw`|(?<n2>${NUMBER})(?: ?(?<m2>${MULTIPLIER}))? ?(?<post>${SUFFIX})${END})`,
  'gu',
);

/** A written number as a value: the last of `.`/`,` is decimal unless it groups exactly 3 digits. */
export function parseNumber(written: string): number {
  const digits = written.replace(/[ ']/g, '');
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = digits.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = digits.split(sep);
    const grouping = parts.length > 2 || parts[1].length === 3;
    normal = grouping ? parts.join('') : `${parts[0]}.${parts[1]}`;
  } else {
    normal = digits;
  }
  return Number(normal);
}

function multiplierOf(word: string | undefined, currencyFirst: boolean): number {
  if (!word) return 1;
  const w = word.replace(/\.$/, '');
  if (w === 'k' || w === 'thousand' || w === 'tsd') return 1e3;
  // "mil" is a thousand in Spanish ("18 mil euros") and slang for a million in English ("$5 mil").
  if (w === 'mil') return currencyFirst ? 1e6 : 1e3;
  if (/^(?:bn|billions?|mrd|milliarden?)$/.test(w)) return 1e9;
  return 1e6;
}

function currencyOf(word: string): string {
  const cleaned = word.replace(/\s+/g, ' ');
  for (const [pattern, code] of CURRENCY_WORDS) {
    if (pattern.test(cleaned)) return code === 'SELF' ? cleaned.toUpperCase() : code;
  }
  return 'USD';
}

/** Every amount of money written in a text, in order. */
export function extractAmounts(text: string, fold: FoldedText = foldText(text)): Amount[] {
  const found: Amount[] = [];
  for (const match of fold.folded.matchAll(AMOUNT)) {
    const g = match.groups!;
    const currencyFirst = g.pre !== undefined;
    const currency = currencyOf(currencyFirst ? g.pre : g.post);
    const value = parseNumber(currencyFirst ? g.n1 : g.n2) * multiplierOf(currencyFirst ? g.m1 : g.m2, currencyFirst);
    if (!Number.isFinite(value) || value <= 0) continue;
    const start = match.index!;
    found.push({ text: originalSpan(text, fold, start, start + match[0].length), currency, value, usd: value * (USD_PER_UNIT[currency] ?? 1) });
  }
  return found;
}
