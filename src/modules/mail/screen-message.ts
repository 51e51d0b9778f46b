/**
 * The intake pipeline without storage: parse → automatic → bounce → visible text → fraud score.
 * Used by `switchboard corpus` now, and by mail intake once it stores and threads messages.
 */
import { scoreMessage, type FraudContext, type FraudScore } from '../fraud/index.js';
import { detectAutomatic, type AutomaticVerdict } from './automatic.js';
import { detectBounce, type Bounce } from './bounce.js';
import { visibleHtmlToText } from './html-text.js';
import type { ParsedMessage, ParseNote } from './mail-message.js';
import { parseMessage, type ParseLimits } from './parse-message.js';
import { visibleText, type VisibleText } from './visible-text.js';

/** Everything the pipeline learned about one message. */
export type Screening =
  | { parsed: true; message: ParsedMessage; notes: ParseNote[]; auto: AutomaticVerdict | null; bounce: Bounce | null; visible: VisibleText; fraud: FraudScore }
  | { parsed: false; error: ParseNote; notes: ParseNote[] };

/** What screening needs besides the message: limits, and what the fraud scorer knows. */
export interface ScreenOptions {
  limits?: Partial<ParseLimits>;
  fraudContext: FraudContext;
}

/** A fraud context that knows nothing (no client, no directory): only the message's own signals count. */
export function emptyFraudContext(threshold: number): FraudContext {
  return { knownDomains: [], knownPeople: [], seenDomains: null, lookalikeDomains: [], threshold };
}

/** Runs the pipeline over one raw message. Never throws for bad input. */
export async function screenMessage(raw: Uint8Array, options: ScreenOptions): Promise<Screening> {
  const result = await parseMessage(raw, options.limits);
  if (!result.ok) return { parsed: false, error: result.refusal, notes: result.notes };
  return screenParsed(result.message, result.notes, raw, options.fraudContext);
}

/**
 * The pipeline after parsing: intake parses first, learns who the sender is, then screens with
 * that client's fraud context.
 */
export function screenParsed(message: ParsedMessage, notes: ParseNote[], raw: Uint8Array, fraudContext: FraudContext): Extract<Screening, { parsed: true }> {
  const auto = detectAutomatic(message);
  const bounce = detectBounce(message, raw);
  const fromHtml = message.textFromHtml && message.sourceHtml !== null ? visibleHtmlToText(message.sourceHtml) : null;
  const visible = visibleText(fromHtml ?? message.text);
  const fraud = scoreMessage(
    {
      from: { address: message.from?.address ?? '', name: message.from?.name ?? null },
      replyTo: message.replyTo.map((a) => a.address),
      returnPath: message.returnPath,
      subject: message.subject,
      text: visible.text,
      authResults: message.authResults ? { spf: message.authResults.spf, dkim: message.authResults.dkim, dmarc: message.authResults.dmarc } : null,
    },
    fraudContext,
  );
  return { parsed: true, message, notes, auto, bounce, visible, fraud };
}
