/**
 * The page a mail's rating link lands on, server-rendered: phone-sized, no JavaScript, every value
 * escaped. Opening a link only shows the choice made, ready to send; the button POSTs it back to
 * the same signed address — mail link scanners fetch links, and must never rate a ticket. Pure:
 * facts in, HTML out.
 */
import { escapeHtml, htmlPageHeaders } from '../../platform/http/html-page.js';
import { RATINGS, type Rating } from './csat.js';

const CSS = [
  ':root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45}',
  'body{margin:0;padding:1rem;background:Canvas;color:CanvasText}',
  'main{max-width:28rem;margin:0 auto}',
  '.ticket{font-weight:600;margin:0}',
  'h1{font-size:1.35rem;margin:.25rem 0 1rem;overflow-wrap:anywhere}',
  'fieldset{border:0;padding:0;margin:0 0 1rem;display:flex;gap:.5rem}',
  'legend{font-weight:600;margin-bottom:.5rem}',
  'label.choice{flex:1;text-align:center;border:2px solid GrayText;border-radius:.5rem;padding:.75rem .25rem;cursor:pointer}',
  'label.choice:has(input:checked){border-color:#1565c0;background:#1565c022}',
  'textarea{width:100%;box-sizing:border-box;min-height:5rem;font:inherit}',
  'button{display:block;width:100%;min-height:3.25rem;margin-top:1rem;font-size:1.1rem;font-weight:600;border:0;border-radius:.5rem;background:#1565c0;color:#fff;cursor:pointer}',
  'button:focus-visible{outline:3px solid #ffb300;outline-offset:2px}',
  '.done{border:2px solid #2e7d32;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem}',
  '.small{font-size:.9rem;opacity:.8}',
].join('');

/** Headers of every answer of the rating page: nothing cached, indexed, framed or referred; no scripts. */
export const RATING_PAGE_HEADERS = htmlPageHeaders(CSS, 'self');

const LABELS: Record<Rating, string> = { good: 'Good', okay: 'Okay', bad: 'Bad' };


function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="robots" content="noindex, nofollow">\n<title>${escapeHtml(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}

export interface RatingView {
  number: string;
  subject: string;
  /** The rating chosen by the link (or stored), pre-selected. */
  chosen: Rating | null;
  comment: string | null;
  /** Set after a POST: the rating was recorded. */
  saved?: boolean;
}

/** The form: the three choices, an optional comment, and the button that sends it. */
export function renderRatingPage(v: RatingView): string {
  const choices = RATINGS.map(
    (r) => `<label class="choice"><input type="radio" name="rating" value="${r}"${v.chosen === r ? ' checked' : ''} required> ${LABELS[r]}</label>`,
  ).join('');
  const done = v.saved ? `<p class="done" role="status">Thank you — your rating “${escapeHtml(v.chosen ?? '')}” is recorded. You can change it below.</p>\n` : '';
  return page(
    `Rate ${v.number}`,
    `${done}<p class="ticket">${escapeHtml(v.number)}</p>\n<h1>${escapeHtml(v.subject)}</h1>\n` +
      `<form method="post">\n<fieldset><legend>How did we do?</legend>${choices}</fieldset>\n` +
      `<label for="comment">Anything to add? (optional)</label>\n<textarea id="comment" name="comment" maxlength="2000">${escapeHtml(v.comment ?? '')}</textarea>\n` +
      `<button type="submit">${v.saved ? 'Change my rating' : 'Send my rating'}</button>\n</form>`,
  );
}

/** A link that cannot be used, with the reason. */
export function renderRatingProblemPage(title: string, text: string): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(text)}</p>\n<p class="small">You can still rate the ticket when you sign in to the portal.</p>`);
}
