import { describe, expect, it } from 'vitest';
import { LANGUAGE_NAMES, LANGUAGE_RULES, type LanguageRule } from './language-rules.js';
import { languageSignals, MAX_TEXT_CHARS } from './language-signals.js';
import { DEFAULT_WEIGHTS } from './weights.js';

const read = (text: string, rules: readonly LanguageRule[] = LANGUAGE_RULES) => languageSignals('', text, rules, DEFAULT_WEIGHTS);
const codes = (text: string) => read(text).map((r) => r.code).sort();
const find = (text: string, code: string) => read(text).find((r) => r.code === code);

describe('bank-detail changes', () => {
  it.each([
    ['en', 'Please note our bank details have changed as of this month.'],
    ['en', 'We have switched banks, kindly update our remittance details.'],
    ['en', 'Please update my direct deposit to the new account below.'],
    ['de', 'Bitte beachten Sie unsere neue Bankverbindung.'],
    ['de', 'Unsere Kontodaten haben sich geändert.'],
    ['fr', 'Nos coordonnées bancaires ont été modifiées.'],
    ['es', 'Hemos cambiado de banco, esta es la nueva cuenta bancaria.'],
    ['nl', 'Wij hebben een nieuw rekeningnummer.'],
  ])('are read in %s: %s', (_lang, text) => {
    expect(codes(text)).toContain('bank_change_language');
  });

  it('are not read when a negation comes first in the clause', () => {
    for (const text of [
      'We will never ask you to change bank details by email.',
      'Nothing about our bank details has changed, we have not moved banks.',
      'Wir werden Ihnen niemals eine neue Bankverbindung per E-Mail mitteilen.',
      'Nous ne changeons jamais nos coordonnées bancaires par e-mail.',
    ]) {
      expect(codes(text), text).not.toContain('bank_change_language');
    }
  });

  it('still counts when the negation sits in an earlier clause', () => {
    expect(codes('I could not reach you by phone, so please note our new bank details.')).toContain('bank_change_language');
  });

  it('need the change word close by, in the same sentence', () => {
    expect(codes('The new office opens Monday. Our bank details are on the invoice.')).not.toContain('bank_change_language');
    expect(codes('New starters get a laptop, a badge, a parking spot, a locker, a desk phone and later the bank details form.')).not.toContain('bank_change_language');
  });

  it('are not read in everyday IT requests', () => {
    for (const text of ['Please create a new account for Jenna.', 'The office is closed for the bank holiday, new laptops come Tuesday.', 'My account details for the portal are not working.']) {
      expect(codes(text), text).not.toContain('bank_change_language');
    }
  });
});

describe('payment, gift cards, urgency and secrecy', () => {
  it('tell a wire of money from a network wire', () => {
    expect(codes('Please wire the $48,750 today.')).toContain('payment_language');
    expect(codes('The wired network in room 3 is down.')).not.toContain('payment_language');
  });

  it('weigh a transfer more than an invoice', () => {
    expect(find('Attached is the invoice.', 'payment_language')?.weight).toBe(10);
    expect(find('A transfer of 250,000 GBP must be made.', 'payment_language')?.weight).toBe(20);
  });

  it('weigh sending gift-card codes more than mentioning gift cards', () => {
    expect(find('Win a $50 gift card in our survey.', 'gift_card_language')?.weight).toBe(25);
    expect(find('Buy six Apple gift cards, scratch the back and send me pictures of the codes.', 'gift_card_language')?.weight).toBe(40);
  });

  it('read urgency and secrecy in every supported language', () => {
    for (const text of ['This is urgent.', 'Das ist dringend.', "C'est urgent.", 'Es urgente.', 'Het is dringend.']) {
      expect(codes(text), text).toContain('urgency_language');
    }
    for (const text of ["Keep this between us, I'm in a meeting.", 'Bitte streng vertraulich behandeln.', 'Je suis en réunion.', 'Estoy en una reunión.', 'Ik zit in een vergadering.']) {
      expect(codes(text), text).toContain('secrecy_language');
    }
  });

  it('do not take a mail footer for secrecy', () => {
    expect(codes('This e-mail is confidential and intended solely for the addressee.')).not.toContain('secrecy_language');
  });
});

describe('evidence', () => {
  it('quotes what was written, accents and whole compound words included, and names the language', () => {
    const detail = find('Bitte die Sofortüberweisung heute ausführen.', 'payment_language')!.detail;
    expect(detail).toContain('"Sofortüberweisung" (German)');
  });

  it('quotes a word once even when two languages share it', () => {
    const detail = find('URGENT: the server is down', 'urgency_language')!.detail;
    expect(detail.match(/URGENT/g)).toHaveLength(1);
  });
});

describe('amounts', () => {
  it('count only beside payment, bank or gift-card words, sized by the largest', () => {
    expect(codes('We saved $400,000 on hardware this year.')).not.toContain('payment_amount');
    expect(find('Please pay the invoice: $120 and $250,000.', 'payment_amount')).toMatchObject({ weight: DEFAULT_WEIGHTS.amount.over100k });
    expect(find('Please pay the invoice of $12,000.', 'payment_amount')?.weight).toBe(DEFAULT_WEIGHTS.amount.over10k);
    expect(find('Please pay the invoice of $120.', 'payment_amount')?.weight).toBe(DEFAULT_WEIGHTS.amount.any);
  });

  it('are read in the subject too', () => {
    expect(languageSignals('Wire $400,000 today', 'see below', LANGUAGE_RULES, DEFAULT_WEIGHTS).map((r) => r.code)).toContain('payment_amount');
  });
});

describe('the rules as data', () => {
  it('have unique ids, known languages and expressions that compile', () => {
    expect(new Set(LANGUAGE_RULES.map((r) => r.id)).size).toBe(LANGUAGE_RULES.length);
    for (const rule of LANGUAGE_RULES) {
      expect(LANGUAGE_NAMES[rule.lang], rule.id).toBeDefined();
      expect(() => new RegExp(rule.pattern, 'u'), rule.id).not.toThrow();
      if (rule.near) expect(() => new RegExp(rule.near!, 'u'), rule.id).not.toThrow();
      expect(rule.id.startsWith(`${rule.lang}.${rule.category}.`) || rule.id === `${rule.lang}.${rule.category}`, rule.id).toBe(true);
    }
  });

  it('cover the core words in English, German, French, Spanish and Dutch', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'nl']) {
      const categories = new Set(LANGUAGE_RULES.filter((r) => r.lang === lang).map((r) => r.category));
      expect([...categories].sort(), lang).toEqual(['bank_change', 'gift_card', 'payment', 'secrecy', 'urgency']);
    }
  });

  it('take a new language by adding rules, without code', () => {
    const italian: LanguageRule = { id: 'it.bank_change.details', lang: 'it', category: 'bank_change', weight: 40, pattern: 'coordinate bancarie', near: 'nuove', negatable: true };
    const text = 'Vi preghiamo di usare le nuove coordinate bancarie.';
    expect(codes(text)).not.toContain('bank_change_language');
    expect(read(text, [...LANGUAGE_RULES, italian]).map((r) => r.code)).toContain('bank_change_language');
  });

  it('give up on a rule after 50 of its words failed their check, so a repeated word costs little', () => {
    const noise = 'the wire is loose. '.repeat(50);
    expect(codes(`${noise}Please wire $400,000.`)).not.toContain('payment_language');
    expect(codes(`${'the wire is loose. '.repeat(49)}Please wire $400,000.`)).toContain('payment_language');
  });

  it('read only the start of a very long text', () => {
    const filler = 'The printer is fine. '.repeat(Math.ceil(MAX_TEXT_CHARS / 21));
    expect(codes(`${filler} Our bank details have changed.`)).not.toContain('bank_change_language');
    expect(codes(`Our bank details have changed. ${filler}`)).toContain('bank_change_language');
  });
});
