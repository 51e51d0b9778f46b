/**
 * Text from an HTML body, for messages that have no text/plain part: the full text, and the
 * visible text with the quote containers that mail clients wrap around earlier messages left out
 * (Gmail's div.gmail_quote, Apple Mail's and Thunderbird's blockquote type="cite", Outlook on
 * the web's divRplyFwdMsg/appendonsend, Yahoo's yahoo_quoted).
 */
import { convert, type HtmlToTextOptions, type SelectorDefinition } from 'html-to-text';

const BASE: SelectorDefinition[] = [
  { selector: 'a', options: { ignoreHref: true } },
  { selector: 'img', format: 'skip' },
  { selector: 'h1', options: { uppercase: false } },
  { selector: 'h2', options: { uppercase: false } },
  { selector: 'h3', options: { uppercase: false } },
  { selector: 'table', format: 'block' },
  { selector: 'tr', format: 'block' },
  { selector: 'td', format: 'inline' },
];

/** Containers that hold quoted history, by the markers the common clients write. */
export const QUOTE_CONTAINERS = [
  'div.gmail_quote',
  'blockquote.gmail_quote',
  'blockquote[type=cite]',
  'div.moz-cite-prefix',
  'div#divRplyFwdMsg',
  'div#appendonsend',
  'div.yahoo_quoted',
  'div#mail-editor-reference-message-container',
  'div.protonmail_quote',
  'div.zmail_extra',
];

function options(extra: SelectorDefinition[], maxInputLength: number): HtmlToTextOptions {
  return { wordwrap: false, selectors: [...BASE, ...extra], limits: { maxInputLength } };
}

const full = (max: number) => options([], max);
const visible = (max: number) => options(QUOTE_CONTAINERS.map((selector) => ({ selector, format: 'skip' })), max);

/** The whole text of an HTML body. */
export function htmlToText(html: string, maxInputLength = 2 * 1024 * 1024): string {
  return convert(html, full(maxInputLength)).trim();
}

/**
 * The text of an HTML body without its quote containers, and — since Outlook on the desktop
 * marks nothing — everything after an element with Outlook's reply-header border is left to the
 * text rules in visible-text.ts.
 */
export function visibleHtmlToText(html: string, maxInputLength = 2 * 1024 * 1024): string {
  return convert(html, visible(maxInputLength)).trim();
}
