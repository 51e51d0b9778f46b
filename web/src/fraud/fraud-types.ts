/** The fraud guard's shapes as the API answers them (generated from the OpenAPI document). */
import type { components } from '../platform/api-types';

type Schemas = components['schemas'];

/** GET /api/v1/tickets/{id}/verification. */
export type TicketVerification = Schemas['TicketVerification'];
export type FraudFlag = Schemas['FraudFlag'];
export type FraudWarning = Schemas['FraudWarning'];
export type Outcome = NonNullable<FraudFlag['call']>['outcome'];
export type CallBack = FraudFlag['callBack'];

export const OUTCOME_LABEL: Record<Outcome, string> = {
  verified: 'Verified',
  fraud: 'Fraud',
  not_reachable: 'Not reachable',
};

/** What each outcome means, as the form explains it. */
export const OUTCOME_HINT: Record<Outcome, string> = {
  verified: 'they confirmed they sent this request',
  fraud: 'they did not send it',
  not_reachable: 'nobody answered on the number',
};

/** How the purported sender is named: "Dana Whitfield <dana@…>", the address, or the name. */
export function senderText(sender: FraudFlag['purportedSender']): string {
  if (sender.name && sender.address) return `${sender.name} <${sender.address}>`;
  return sender.name ?? sender.address ?? 'an unknown sender';
}

/** A tel: link for a number on file with its extension (RFC 3966). */
export function telHref(number: string, extension: string): string {
  return `tel:${number}${extension ? `;ext=${extension}` : ''}`;
}
