/**
 * Text as the language rules read it: lower case, accents removed (`Überweisung` → `uberweisung`,
 * `coordonnées` → `coordonnees`), compatibility forms folded (full-width letters, typographic
 * apostrophes, no-break spaces), with a map back to the original so evidence is quoted as written.
 */

/** Folded text and, for each of its characters, the index of the original character. */
export interface FoldedText {
  folded: string;
  /** Original index per folded character; null when folding kept every position (ASCII text). */
  origin: number[] | null;
}

const SPECIAL: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
  '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ', '\u2007': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
};

/** Folds one character that is not ASCII. */
function foldChar(char: string): string {
  return SPECIAL[char] ?? char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folds text for matching. ASCII text (most mail) takes the fast path. */
export function foldText(text: string): FoldedText {
  if (/^[\u0000-\u007f]*$/.test(text)) return { folded: text.toLowerCase(), origin: null };
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = char.charCodeAt(0) < 128 ? char.toLowerCase() : foldChar(char);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(index);
    index += char.length;
  }
  return { folded, origin };
}

/** The original text behind folded positions [start, end), whitespace collapsed. */
export function originalSpan(text: string, fold: FoldedText, start: number, end: number): string {
  if (!fold.origin) return text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (end <= start) return '';
  const from = fold.origin[start] ?? text.length;
  const lastChar = fold.origin[end - 1] ?? text.length;
  const to = lastChar + (text.codePointAt(lastChar)! > 0xffff ? 2 : 1);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}
