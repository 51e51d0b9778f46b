/** What reading rows needs from elsewhere: the countries the clients module knows, by name and code. */
import { phoneCountries } from '../clients/index.js';
import type { ReadContext } from './row-values.js';

let context: ReadContext | undefined;

export function readContext(): ReadContext {
  if (context) return context;
  const countries = new Map<string, string>();
  for (const c of phoneCountries().items) {
    countries.set(c.name.toLowerCase(), c.code);
    countries.set(`code:${c.code}`, c.code);
  }
  context = { countries };
  return context;
}
