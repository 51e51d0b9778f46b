/**
 * What the message asks for, in words and amounts: one reason per category of fraud language, and
 * the largest amount when the words are about money. Scored whoever the sender is — a real vendor's
 * hijacked mailbox passes every sender check and only its words give it away.
 */
import { extractAmounts } from './amounts.js';
import { reason, type FraudReason, type FraudReasonCode } from './fraud.js';
import { LANGUAGE_NAMES, type LanguageCategory, type LanguageRule } from './language-rules.js';
import { readLanguage, type CategoryHit } from './language.js';
import { foldText } from './text-fold.js';
import type { FraudWeights } from './weights.js';

/** How much of subject and text is read: fraud asks come first, quoted history trails behind. */
export const MAX_TEXT_CHARS = 20_000;

const CATEGORY: Record<LanguageCategory, { code: FraudReasonCode; says: string }> = {
  bank_change: { code: 'bank_change_language', says: 'Says bank or payment details have changed — the classic invoice-redirect trick' },
  payment: { code: 'payment_language', says: 'Asks for a payment or a transfer' },
  gift_card: { code: 'gift_card_language', says: 'Asks about gift cards — requests for gift cards by email are almost always fraud' },
  secrecy: { code: 'secrecy_language', says: 'Asks for secrecy or avoids being called' },
  urgency: { code: 'urgency_language', says: 'Pushes for speed' },
};
const MONEY_CATEGORIES: LanguageCategory[] = ['payment', 'bank_change', 'gift_card'];

function describe(hit: CategoryHit): string {
  const quotes = hit.evidence.slice(0, 3).map((e) => {
    const language = e.lang === 'en' ? '' : ` (${LANGUAGE_NAMES[e.lang] ?? e.lang})`;
    return `"${e.text}"${language}`;
  });
  return `${CATEGORY[hit.category].says}: ${quotes.join(', ')}.`;
}

const usd = (value: number) => Math.round(value).toLocaleString('en-US');

/** Reasons the subject and text give. */
export function languageSignals(subject: string, text: string, rules: readonly LanguageRule[], weights: FraudWeights): FraudReason[] {
  const body = `${String(subject ?? '')}\n${String(text ?? '')}`.slice(0, MAX_TEXT_CHARS);
  const fold = foldText(body);
  const hits = readLanguage(body, fold, rules);
  const reasons = hits.flatMap((hit) => reason(CATEGORY[hit.category].code, describe(hit), hit.weight));
  if (!hits.some((hit) => MONEY_CATEGORIES.includes(hit.category))) return reasons;
  const amounts = extractAmounts(body, fold);
  if (amounts.length === 0) return reasons;
  const largest = amounts.reduce((a, b) => (b.usd > a.usd ? b : a));
  const weight = largest.usd >= 100_000 ? weights.amount.over100k : largest.usd >= 10_000 ? weights.amount.over10k : weights.amount.any;
  const about = largest.currency === 'USD' ? '' : ` (about USD ${usd(largest.usd)})`;
  const others = amounts.length > 1 ? `, among ${amounts.length} amounts` : '';
  reasons.push(...reason('payment_amount', `Names an amount of money: ${largest.text}${about}${others}.`, weight));
  return reasons;
}
