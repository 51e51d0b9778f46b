/**
 * Invoice arithmetic, pure: tax on a subtotal and the totals of an invoice's lines, in integer minor
 * units. The rounding rule: tax is computed once per invoice, on the subtotal (not per line), and a
 * half minor unit rounds up — 1,005 × 10% is 100.5 → 101. BigInt keeps the product exact for any
 * subtotal the database holds.
 */

/** Tax on `subtotalMinor` at `rateBp` basis points (2000 = 20%), half a minor unit rounded up. */
export function taxMinor(subtotalMinor: number, rateBp: number): number {
  if (!Number.isSafeInteger(subtotalMinor) || subtotalMinor < 0) throw new RangeError(`subtotal must be a whole number of minor units >= 0, got ${subtotalMinor}`);
  if (!Number.isInteger(rateBp) || rateBp < 0) throw new RangeError(`tax rate must be whole basis points >= 0, got ${rateBp}`);
  const twice = BigInt(subtotalMinor) * BigInt(rateBp) * 2n + 10_000n;
  return Number(twice / 20_000n);
}

/** The money figures of an invoice line. */
export interface LineMoney {
  quantity: number;
  unitMinor: number;
  amountMinor: number;
  /** What the line is worth before any waiver (goodwill: the value waived; else the amount). */
  valueMinor: number;
  kind: string;
}

/** An invoice's totals: the lines' sum, tax on it, the total, and the goodwill given (the value of $0 goodwill lines). */
export interface InvoiceTotals {
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  goodwillMinor: number;
}

/** Sums the lines and adds the tax: subtotal + tax = total, always. */
export function invoiceTotals(lines: readonly LineMoney[], rateBp: number): InvoiceTotals {
  let subtotal = 0;
  let goodwill = 0;
  for (const l of lines) {
    subtotal += l.amountMinor;
    if (l.kind === 'goodwill') goodwill += l.valueMinor;
  }
  const tax = taxMinor(subtotal, rateBp);
  return { subtotalMinor: subtotal, taxMinor: tax, totalMinor: subtotal + tax, goodwillMinor: goodwill };
}

/** Digits after the point of each currency that does not use two (ISO 4217). */
const EXPONENTS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, UGX: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

/** Minor units as a plain decimal in the currency's own digits: 123456 USD → "1234.56" (for exports and the PDF). */
export function decimal(minor: number, currency: string): string {
  const digits = EXPONENTS[currency] ?? 2;
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Basis points as a percentage: 2000 → "20", 825 → "8.25". */
export function percent(rateBp: number): string {
  return decimal(rateBp, 'USD').replace(/\.?0+$/, '') || '0';
}
