/**
 * The words of wire fraud, kept as data so a language or a phrasing is added without touching the
 * scorer. Patterns are JavaScript regular expressions matched on folded text (lower case, accents
 * removed: write `uberweisung`, `coordonnees`), as whole words unless `partial`. A category scores
 * once, with the weight of its strongest matching rule. docs/fraud.md explains how to add rules.
 */

export type LanguageCategory = 'payment' | 'bank_change' | 'gift_card' | 'urgency' | 'secrecy';

export interface LanguageRule {
  /** Unique, stable: `<lang>.<category>.<what>`. */
  id: string;
  /** ISO 639-1 code of the language the rule reads. */
  lang: string;
  category: LanguageCategory;
  /** Points when this is the category's strongest match. */
  weight: number;
  pattern: string;
  /** A second expression that must occur within `window` words, in the same sentence. */
  near?: string;
  /** Words either side for `near` (default 6). */
  window?: number;
  /** Match inside longer words too (German and Dutch compounds). */
  partial?: boolean;
  /** A negation earlier in the same clause cancels the match ("we will never change our bank details"). */
  negatable?: boolean;
}

/** Negations, in every supported language, that cancel a negatable rule. */
export const NEGATIONS = String.raw`never|not|no|nothing|neither|nor|don't|do not|won't|will not|cannot|can't|nie|niemals|nicht|kein(?:e|en|er|es)?|jamais|ne|pas|aucun(?:e)?|nunca|jamas|ningun(?:a|o)?|nooit|niet|geen`;

/** The language names used in reasons. */
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'German', fr: 'French', es: 'Spanish', nl: 'Dutch' };

// Shared pieces: money within a few words makes a verb about payment ("wire", "send") one.
const MONEY = String.raw`funds|money|payments?|amount|deposit|balance|invoices?|bank|escrow|\$|€|£|usd|eur|gbp|chf|\d{1,3}(?:[.,' ]\d{3})+`;
const EN_CHANGE = String.raw`chang(?:e|ed|es|ing)|updat(?:e|ed|es|ing)|new|different|switch(?:ed|ing)?|mov(?:e|ed|ing)|alternat(?:e|ive)|revised|modif(?:y|ied)|replac(?:e|ed|ing)|no longer (?:valid|active|in use)|under audit`;
const EN_BANK = String.raw`bank(?:ing)? (?:details|account|info(?:rmation)?|instructions|coordinates)|iban|routing (?:number|no)|sort code|swift(?: code)?|bic|remittance (?:details|info(?:rmation)?|address|instructions)|wire instructions|beneficiary(?: details| account| bank)?|direct deposit|payroll (?:account|details|info(?:rmation)?)`;

export const LANGUAGE_RULES: readonly LanguageRule[] = [
  // English
  { id: 'en.payment.invoice', lang: 'en', category: 'payment', weight: 10, pattern: String.raw`invoices?|payments?|remit(?:tance)?|outstanding (?:balance|invoices?|amount)|overdue|past due|ach|sepa|pay (?:the|this|that|our|an?|my) (?:invoice|bill|balance|amount|vendor|supplier)` },
  { id: 'en.payment.wire', lang: 'en', category: 'payment', weight: 20, pattern: String.raw`wire|wired|wiring`, near: MONEY, window: 5 },
  { id: 'en.payment.transfer-of', lang: 'en', category: 'payment', weight: 20, pattern: String.raw`transfers?|transferred|transferring|remit`, near: MONEY, window: 4 },
  { id: 'en.payment.transfer', lang: 'en', category: 'payment', weight: 20, pattern: String.raw`bank transfer|wire transfer|(?:transfer|send|move|release) (?:the |a |an |this |that )?(?:funds|money|payment|deposit)|(?:process|make|send|initiate|approve) (?:a |an |the )?(?:wire|transfer|(?:urgent |same[- ]day )?payment)|swift transfer|escrow` },
  { id: 'en.bank_change.details', lang: 'en', category: 'bank_change', weight: 40, pattern: EN_BANK, near: EN_CHANGE, window: 6, negatable: true },
  { id: 'en.bank_change.account', lang: 'en', category: 'bank_change', weight: 25, pattern: String.raw`account (?:details|number|no|info(?:rmation)?)|payment (?:details|info(?:rmation)?|instructions)`, near: EN_CHANGE, window: 5, negatable: true },
  { id: 'en.bank_change.banks', lang: 'en', category: 'bank_change', weight: 40, pattern: String.raw`(?:changed|switched|moved|changing|switching)(?: \w+){0,2} banks?|new bank(?! holiday)`, negatable: true },
  { id: 'en.bank_change.records', lang: 'en', category: 'bank_change', weight: 40, pattern: String.raw`update (?:your|the|our) (?:records|vendor (?:file|master|profile|record)|system|file)`, near: String.raw`bank|account|payment|remit\w*|iban`, window: 10, negatable: true },
  { id: 'en.gift_card.mention', lang: 'en', category: 'gift_card', weight: 25, pattern: String.raw`gift ?cards?|(?:itunes|apple|google play|steam|amazon|visa) (?:gift )?cards?` },
  { id: 'en.gift_card.buy', lang: 'en', category: 'gift_card', weight: 30, pattern: String.raw`(?:buy|purchase|get|pick up|grab)(?: \w+){0,4} (?:gift ?cards?|(?:itunes|apple|google play|steam|amazon) cards?)` },
  { id: 'en.gift_card.codes', lang: 'en', category: 'gift_card', weight: 40, pattern: String.raw`scratch(?: off)?|(?:send|email|text) (?:me )?(?:the |all the )?(?:codes?|pins?|pictures?|photos?|pics?|images?)`, near: String.raw`cards?|codes?`, window: 8 },
  { id: 'en.urgency.strong', lang: 'en', category: 'urgency', weight: 15, pattern: String.raw`urgent(?:ly)?|asap|as soon as possible|immediately|right away|right now|(?:by|before) (?:the )?end of (?:the )?(?:day|business)|eod|by (?:close of business|cob)|within (?:the )?(?:next )?hour|time[- ]?(?:sensitive|critical)|top priority|without delay|before (?:the )?(?:cut-?off|deadline)` },
  { id: 'en.urgency.today', lang: 'en', category: 'urgency', weight: 5, pattern: String.raw`today|quickly|promptly|deadline` },
  { id: 'en.secrecy.keep', lang: 'en', category: 'secrecy', weight: 20, pattern: String.raw`keep (?:this|it|the matter) (?:confidential|quiet|between us|to yourself|private|discreet)|strictly confidential|highly confidential|confidential (?:matter|transaction|acquisition|deal|project|request|payment)|between (?:you and me|us)|discreet(?:ly)?|discretion|(?:do not|don't) (?:share|discuss|mention|tell)(?: this| it| anything)? (?:with|to) (?:anyone|anybody|others|the team|staff|colleagues|management)|(?:do not|don't) tell anyone|surprise for` },
  { id: 'en.secrecy.unreachable', lang: 'en', category: 'secrecy', weight: 20, pattern: String.raw`(?:i'?m|i am) (?:in|stuck in|going into|heading into|about to (?:enter|go into)|tied up in) (?:a |an |the )?(?:meetings?|conference|board meeting|flight)|can'?t (?:talk|take calls|take a call|be reached|call)|cannot (?:talk|take calls|be reached)|(?:unable|not able) to (?:talk|take calls|take your call)|(?:reply|respond|communicate) (?:only )?(?:by|via) (?:e-?mail|this e-?mail)|e-?mail only|do not call|don't call` },

  // German
  { id: 'de.payment.invoice', lang: 'de', category: 'payment', weight: 10, pattern: String.raw`rechnung|zahlung|bezahl|begleich|offene posten|mahnung|zahlbar|lastschrift|sepa`, partial: true },
  { id: 'de.payment.transfer', lang: 'de', category: 'payment', weight: 20, pattern: String.raw`uberweis|geld (?:senden|uberweisen|transferieren)|transaktion|auslandszahlung`, partial: true },
  { id: 'de.bank_change.details', lang: 'de', category: 'bank_change', weight: 40, pattern: String.raw`bankverbindung|bankdaten|kontodaten|kontoverbindung|kontonummer|bankkonto|iban|bic`, near: String.raw`neu\w*|geandert\w*|andern|anderung\w*|aktualisier\w*|gewechselt|wechsel\w*|umgestellt|ersetzt|nicht mehr gultig`, partial: true, window: 6, negatable: true },
  { id: 'de.gift_card.mention', lang: 'de', category: 'gift_card', weight: 25, pattern: String.raw`gutscheinkarte|geschenkkarte|geschenkgutschein|guthabenkarte|itunes-karte|amazon-gutschein`, partial: true },
  { id: 'de.urgency.strong', lang: 'de', category: 'urgency', weight: 15, pattern: String.raw`dringend|eilig|sofort|umgehend|unverzuglich|heute noch|noch heute|schnellstmoglich|zeitkritisch`, partial: true },
  { id: 'de.secrecy', lang: 'de', category: 'secrecy', weight: 20, pattern: String.raw`streng vertraulich|absolut vertraulich|vertraulich (?:behandeln|angelegenheit|transaktion|projekt)|diskret|mit niemandem|niemandem (?:davon|etwas)|(?:bin|sitze) (?:gerade )?in (?:einer|einem) (?:besprechung|meeting|sitzung|termin)|nicht erreichbar|nur per (?:e-?mail|mail)|nicht anrufen` },

  // French
  { id: 'fr.payment.invoice', lang: 'fr', category: 'payment', weight: 10, pattern: String.raw`factures?|paiements?|payer|reglements?|regler|echeances?|impayes?` },
  { id: 'fr.payment.transfer', lang: 'fr', category: 'payment', weight: 20, pattern: String.raw`virements?|virer|transferer (?:les |des )?fonds|transfert de fonds` },
  { id: 'fr.bank_change.details', lang: 'fr', category: 'bank_change', weight: 40, pattern: String.raw`coordonnees bancaires|rib|iban|compte bancaire|references bancaires|domiciliation bancaire|numero de compte|banque`, near: String.raw`nouve(?:au|lle|aux|lles|l)|change\w*|modifi\w*|mis[ea]? a jour|mettre a jour|mise a jour`, window: 6, negatable: true },
  { id: 'fr.gift_card.mention', lang: 'fr', category: 'gift_card', weight: 25, pattern: String.raw`cartes?[- ]cadeaux?` },
  { id: 'fr.urgency.strong', lang: 'fr', category: 'urgency', weight: 15, pattern: String.raw`urgent(?:e|es|s)?|urgence|immediatement|des que possible|sans delai|au plus vite|aujourd'hui meme` },
  { id: 'fr.secrecy', lang: 'fr', category: 'secrecy', weight: 20, pattern: String.raw`strictement confidentiel(?:le)?|confidentiel(?:le)? (?:et urgent|pour le moment)|en toute discretion|discret(?:e|ement)|n'en parlez a personne|(?:je suis|suis) en reunion|injoignable|uniquement par (?:e-?mail|mail|courriel)|ne m'appelez pas` },

  // Spanish
  { id: 'es.payment.invoice', lang: 'es', category: 'payment', weight: 10, pattern: String.raw`facturas?|pagos?|pagar|abonar|vencid[ao]s?|saldo pendiente` },
  { id: 'es.payment.transfer', lang: 'es', category: 'payment', weight: 20, pattern: String.raw`transferencias?|transferir|giro bancario` },
  { id: 'es.bank_change.details', lang: 'es', category: 'bank_change', weight: 40, pattern: String.raw`datos bancarios|cuenta bancaria|numero de cuenta|iban|cuenta corriente|banco`, near: String.raw`nuev[ao]s?|cambi\w*|actualiz\w*|modific\w*`, window: 6, negatable: true },
  { id: 'es.gift_card.mention', lang: 'es', category: 'gift_card', weight: 25, pattern: String.raw`tarjetas? (?:de )?regalo` },
  { id: 'es.urgency.strong', lang: 'es', category: 'urgency', weight: 15, pattern: String.raw`urgentes?|urgencia|inmediatamente|hoy mismo|lo antes posible|cuanto antes|sin demora|de inmediato` },
  { id: 'es.secrecy', lang: 'es', category: 'secrecy', weight: 20, pattern: String.raw`estrictamente confidencial|asunto confidencial|(?:con|maxima) discrecion|no (?:lo comentes|se lo digas|lo hables)|estoy en (?:una )?reunion|no puedo hablar|solo por (?:correo|e-?mail)|no me llames` },

  // Dutch
  { id: 'nl.payment.invoice', lang: 'nl', category: 'payment', weight: 10, pattern: String.raw`factuur|facturen|betaling|betalen|openstaand|achterstallig|incasso`, partial: true },
  { id: 'nl.payment.transfer', lang: 'nl', category: 'payment', weight: 20, pattern: String.raw`overboeking|overmaken|overschrijving|overschrijven`, partial: true },
  { id: 'nl.bank_change.details', lang: 'nl', category: 'bank_change', weight: 40, pattern: String.raw`bankgegevens|rekeningnummer|bankrekening|iban|rekening`, near: String.raw`nieuw\w*|gewijzigd|wijziging\w*|veranderd|aangepast|bijwerken|overgestapt`, partial: true, window: 6, negatable: true },
  { id: 'nl.gift_card.mention', lang: 'nl', category: 'gift_card', weight: 25, pattern: String.raw`cadeaukaart|cadeaubon|tegoedbon`, partial: true },
  { id: 'nl.urgency.strong', lang: 'nl', category: 'urgency', weight: 15, pattern: String.raw`dringend|spoed|onmiddellijk|vandaag nog|zo snel mogelijk|z\.s\.m\.|per direct|meteen` },
  { id: 'nl.secrecy', lang: 'nl', category: 'secrecy', weight: 20, pattern: String.raw`strikt vertrouwelijk|vertrouwelijk behandelen|discreet|discretie|niemand (?:over )?(?:vertellen|zeggen)|(?:zit|ben) in (?:een )?(?:vergadering|overleg)|niet bereikbaar|alleen per (?:e-?mail|mail)|bel (?:me )?niet` },
];
