import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAmounts, parseNumber } from './amounts.js';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261204) });

describe('extractAmounts', () => {
  it.each([
    ['please wire $400,000 today', 'USD', 400_000],
    ['Betrag: 400.000,00 EUR', 'EUR', 400_000],
    ['about £12k by Friday', 'GBP', 12_000],
    ['send USD 400000 now', 'USD', 400_000],
    ['virement de 23 450,00 € demain', 'EUR', 23_450],
    ['a 1.5m dollars deal', 'USD', 1_500_000],
    ['18 mil euros', 'EUR', 18_000],
    ['it is $5 mil', 'USD', 5_000_000],
    ["CHF 1'250.50", 'CHF', 1_250.5],
    ['250,000 GBP', 'GBP', 250_000],
    ['€ 4.215,60', 'EUR', 4_215.6],
    ['A$ 9,900', 'AUD', 9_900],
    ['50.000 SEK', 'SEK', 50_000],
    ['12,50 €', 'EUR', 12.5],
    ['１２３ EUR', 'EUR', 123],
  ])('reads %s as %s %d', (text, currency, value) => {
    const [amount] = extractAmounts(text);
    expect(amount).toMatchObject({ currency, value });
  });

  it('quotes the amount as written', () => {
    expect(extractAmounts('Bitte 185.000,00 EUR überweisen')[0].text).toBe('185.000,00 EUR');
  });

  it('sizes amounts in rough US dollars', () => {
    expect(extractAmounts('¥1,000,000')[0].usd).toBeLessThan(10_000);
    expect(extractAmounts('€100,000')[0].usd).toBeGreaterThan(100_000);
  });

  it('ignores numbers that are not money', () => {
    for (const text of ['ticket 2024-118', 'in 2024 we moved', 'call 555 0100', 'room 12, 3 printers', 'europe 2024', 'version 1.5m']) {
      expect(extractAmounts(text), text).toEqual([]);
    }
  });

  it('finds every amount in order', () => {
    expect(extractAmounts('$200 each, $1,200 in total').map((a) => a.value)).toEqual([200, 1200]);
  });
});

describe('parseNumber', () => {
  it('takes a lone separator before three digits as grouping and before one or two as decimals', () => {
    expect(parseNumber('1,500')).toBe(1500);
    expect(parseNumber('1.500')).toBe(1500);
    expect(parseNumber('12.50')).toBe(12.5);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1.234.567,89')).toBe(1_234_567.89);
    expect(parseNumber('1,234,567.89')).toBe(1_234_567.89);
  });
});

describe('extractAmounts properties', () => {
  const amount = fc.integer({ min: 1, max: 999_999_999 });
  const us = (n: number) => n.toLocaleString('en-US');
  const de = (n: number) => n.toLocaleString('de-DE', { minimumFractionDigits: 2 });
  const fr = (n: number) => n.toLocaleString('fr-FR', { minimumFractionDigits: 2 });
  const styles: [string, (n: number) => string, string][] = [
    ['$ + en-US', (n) => `$${us(n)}`, 'USD'],
    ['de-DE + EUR', (n) => `${de(n)} EUR`, 'EUR'],
    ['fr-FR + €', (n) => `${fr(n)} €`, 'EUR'],
    ['USD + plain digits', (n) => `USD ${n}`, 'USD'],
    ['GBP + en-US with pence', (n) => `£${us(n)}.00`, 'GBP'],
  ];

  it.each(styles)('reads back any whole amount written as %s', (_name, write, currency) => {
    fc.assert(
      fc.property(amount, (n) => {
        const found = extractAmounts(`Please pay ${write(n)} by Friday.`);
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ currency, value: n });
      }),
    );
  });
});
