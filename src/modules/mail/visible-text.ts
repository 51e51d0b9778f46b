/**
 * The visible reply: what the sender wrote this time, without the quoted history below it and
 * without the signature. The full text is kept elsewhere; this only decides what to show first.
 *
 * Top-posted replies are cut at the first marker (attribution, header block, separator,
 * signature, quoted lines). A reply that answers between quoted lines (bottom-posted or
 * interleaved) keeps every unquoted paragraph and drops the quotes. When nothing would be left
 * (a bare forward), the whole text is shown.
 */
import { GENERIC_HEADER_LINE, isAttribution, isForwardSeparator, isHeaderBlock, isMobileSignature, isQuoted, isRule, isSignatureDelimiter } from './quote-markers.js';

/** What ended the visible part. */
export type CutKind = 'attribution' | 'header-block' | 'forward-separator' | 'quoted-lines' | 'signature' | 'mobile-signature' | 'list-footer';

/** The visible reply and why it ends where it does. */
export interface VisibleText {
  text: string;
  /** Whether anything was left out. */
  trimmed: boolean;
  /** The first marker that cut the text, or null. */
  cut: CutKind | null;
  /** Quoted lines were interleaved with the reply and left out between its paragraphs. */
  interleaved: boolean;
}

interface Marker {
  kind: CutKind;
  start: number;
  /** First line after the marker itself (after a wrapped attribution's last line). */
  after: number;
}

/** Only the start of a very long body is examined; a reply is never megabytes long. */
const MAX_CHARS = 200_000;

/** An attribution may be wrapped over up to three lines by the sender's client. */
function attributionAt(lines: string[], i: number): number {
  if (isAttribution(lines[i])) return i + 1;
  // A wrapped attribution starts with its date or address, and its first line is no sentence.
  if (!startsAttribution(lines[i])) return -1;
  let joined = '';
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    if (lines[j].trim() === '' || lines[j].length > 300) return -1;
    joined = joined === '' ? lines[j].trim() : `${joined} ${lines[j].trim()}`;
    if (isAttribution(joined)) return j + 1;
  }
  return -1;
}

function startsAttribution(line: string): boolean {
  const t = line.trim();
  return !/[.!?]$/.test(t) && /\d|@/.test(t);
}

/** A short tail after a rule of underscores is a mailing-list or legal footer. */
function isFooterAt(lines: string[], i: number): boolean {
  if (!/^\s*_{2,}\s*$/.test(lines[i])) return false;
  let rest = 0;
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim() !== '') rest++;
  return rest > 0 && rest <= 8;
}

/** A rule directly above a header block ("____" then "From: …") belongs to the block. */
function ruleAboveBlock(lines: string[], i: number): boolean {
  if (!isRule(lines[i])) return false;
  for (let j = i + 1, seen = 0; j < lines.length && seen < 2; j++) {
    if (lines[j].trim() === '') continue;
    if (isHeaderBlock(lines, j) || isForwardSeparator(lines[j])) return true;
    seen++;
  }
  return false;
}

function markerAt(lines: string[], i: number): Marker | null {
  const line = lines[i];
  if (isQuoted(line)) return { kind: 'quoted-lines', start: i, after: i + 1 };
  if (line.length > 400) return null;
  if (isSignatureDelimiter(line)) return { kind: 'signature', start: i, after: i + 1 };
  if (isMobileSignature(line)) return { kind: 'mobile-signature', start: i, after: i + 1 };
  if (isForwardSeparator(line)) return { kind: 'forward-separator', start: i, after: i + 1 };
  if (ruleAboveBlock(lines, i)) return { kind: 'header-block', start: i, after: i + 1 };
  if (isHeaderBlock(lines, i)) {
    let start = i;
    while (start > 0 && lines[start - 1].trim() !== '' && GENERIC_HEADER_LINE.test(lines[start - 1])) start--;
    return { kind: 'header-block', start, after: i + 1 };
  }
  const end = attributionAt(lines, i);
  if (end > 0) return { kind: 'attribution', start: i, after: end };
  if (isFooterAt(lines, i)) return { kind: 'list-footer', start: i, after: i + 1 };
  return null;
}

/**
 * Lines of quoted text (and blank lines between them) from `i`; returns the first line after.
 * An unquoted line right under a long quoted line, with no blank line between, is the quote's
 * own text re-wrapped by a client that lost the ">" (a reply is set off by a blank line).
 */
function skipQuote(lines: string[], i: number): number {
  let j = i;
  while (j < lines.length) {
    const wrapped = j > i && isQuoted(lines[j - 1]) && lines[j - 1].length >= 60 && lines[j].trim() !== '';
    if (!(isQuoted(lines[j]) || lines[j].trim() === '' || wrapped)) break;
    j++;
  }
  return j;
}

/** After an attribution or quote block, does the sender's own text continue (an interleaved reply)? */
function answersBelow(lines: string[], marker: Marker): boolean {
  let j = marker.after;
  while (j < lines.length && lines[j].trim() === '') j++;
  if (marker.kind === 'attribution' && (j >= lines.length || !isQuoted(lines[j]))) return false;
  j = skipQuote(lines, j);
  if (j >= lines.length) return false;
  const next = markerAt(lines, j);
  return next === null || next.kind === 'attribution';
}

/** Walks an interleaved reply: keeps unquoted lines, drops quotes and attributions, stops at a signature. */
function interleaved(lines: string[], from: number, head: string[]): string[] {
  const kept = [...head];
  for (let i = from; i < lines.length; ) {
    const m = markerAt(lines, i);
    if (m === null) {
      kept.push(lines[i++]);
      continue;
    }
    if (m.kind === 'quoted-lines' || m.kind === 'attribution') {
      i = m.kind === 'quoted-lines' ? skipQuote(lines, i) : m.after;
      if (kept.length > 0 && kept[kept.length - 1].trim() !== '') kept.push('');
      continue;
    }
    break;
  }
  return kept;
}

/** Trailing spaces per line, and leading or trailing blank lines and rules, removed. */
function tidy(lines: string[]): string {
  const out = lines.map((l) => l.replace(/[ \t\u00a0]+$/, ''));
  while (out.length > 0 && (out[out.length - 1] === '' || isRule(out[out.length - 1]))) out.pop();
  while (out.length > 0 && out[0] === '') out.shift();
  return out.join('\n');
}

/** The visible reply of a message's full text. Linear in the text's length. */
export function visibleText(full: string): VisibleText {
  const lines = full.slice(0, MAX_CHARS).replace(/\r\n?/g, '\n').split('\n');
  const whole = tidy(lines);
  let first: Marker | null = null;
  for (let i = 0; i < lines.length && first === null; i++) first = markerAt(lines, i);
  if (first === null) return { text: whole, trimmed: whole !== tidy(full.replace(/\r\n?/g, '\n').split('\n')), cut: null, interleaved: false };
  const head = lines.slice(0, first.start);
  const quoteFirst = first.kind === 'attribution' || first.kind === 'quoted-lines';
  let kept = head;
  let mixed = false;
  if (quoteFirst && (head.every((l) => l.trim() === '') || answersBelow(lines, first))) {
    kept = interleaved(lines, first.start, head);
    mixed = true;
  }
  const text = tidy(kept);
  if (text === '') return { text: whole, trimmed: false, cut: null, interleaved: false };
  return { text, trimmed: true, cut: first.kind, interleaved: mixed };
}
