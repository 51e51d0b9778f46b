/**
 * Message HTML made safe to show: sanitize-html keeps an allowlist of layout tags and attributes
 * and drops everything that can run, submit, frame or fetch. Remote images become placeholders
 * (`data-sb-remote-src`) that the UI can turn back into images when a person asks; tracking
 * pixels are removed outright. The result is still meant for a sandboxed frame without scripts.
 */
import sanitizeHtml from 'sanitize-html';

/** The sanitised HTML and what was taken out of it. */
export interface SafeHtml {
  html: string;
  /** Remote images replaced by placeholders. */
  remoteImages: number;
  /** Remote images removed as tracking pixels (tiny or hidden). */
  trackingPixels: number;
  /** Scripts, event-handler attributes, forms and frames that were in the source. */
  removedActive: number;
}

const TAGS = [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center', 'u', 's', 'small', 'big', 'strike'];
const COMMON = ['style', 'align', 'valign', 'width', 'height', 'bgcolor', 'color', 'dir', 'lang', 'title', 'class'];
// Styles that fetch (url(), @import) or run (expression(), bindings) are dropped with the attribute.
const ACTIVE_STYLE = /url\s*\(|expression\s*\(|@import|javascript:|behaviou?r\s*:|-moz-binding/i;
const SAFE_DATA_IMAGE = /^data:image\/(png|gif|jpe?g|webp|bmp);/i;
const DROP = 'data-sb-drop';
const REMOTE = /^\s*(https?:)?\/\//i;

type Attribs = Record<string, string>;

function cleanStyle(attribs: Attribs): Attribs {
  if (attribs.style !== undefined && ACTIVE_STYLE.test(attribs.style)) {
    const { style: _dropped, ...rest } = attribs;
    return rest;
  }
  return attribs;
}

/** Tiny or hidden images are how senders learn that a message was opened. */
function isTrackingPixel(attribs: Attribs): boolean {
  const tiny = (v: string | undefined) => v !== undefined && /^\s*[0-2](px)?\s*$/i.test(v);
  const style = attribs.style ?? '';
  return (
    tiny(attribs.width) ||
    tiny(attribs.height) ||
    /display\s*:\s*none|visibility\s*:\s*hidden|(?:^|[;\s])(width|height)\s*:\s*[0-2](px)?\s*(;|$)/i.test(style)
  );
}

/** Counts active content in the source, for the note that says what was removed. */
function countActive(html: string): number {
  const patterns = [/<script\b/gi, /\son[a-z]+\s*=/gi, /<form\b/gi, /<i?frame\b/gi, /<(object|embed|applet)\b/gi, /javascript:/gi];
  let n = 0;
  for (const p of patterns) n += html.match(p)?.length ?? 0;
  return n;
}

/** Sanitises one message's HTML. Linear in its length (htmlparser2 underneath). */
export function sanitizeMessageHtml(html: string): SafeHtml {
  let remoteImages = 0;
  let trackingPixels = 0;
  const clean = sanitizeHtml(html, {
    allowedTags: TAGS,
    allowedAttributes: {
      '*': COMMON,
      a: [...COMMON, 'href', 'name', 'target', 'rel'],
      img: [...COMMON, 'src', 'alt', 'data-sb-remote-src', DROP],
      td: [...COMMON, 'colspan', 'rowspan'],
      th: [...COMMON, 'colspan', 'rowspan'],
      table: [...COMMON, 'border', 'cellpadding', 'cellspacing'],
      font: [...COMMON, 'face', 'size'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['cid', 'data'] },
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'head', 'xml'],
    // Marked in transformTags, removed here: renaming a tag instead confuses its closing tag.
    exclusiveFilter: (frame) => frame.attribs[DROP] !== undefined,
    transformTags: {
      '*': (tagName: string, attribs: Attribs) => ({ tagName, attribs: cleanStyle(attribs) }),
      a: (tagName: string, attribs: Attribs) => ({
        tagName,
        attribs: { ...cleanStyle(attribs), target: '_blank', rel: 'noopener noreferrer nofollow' },
      }),
      img: (tagName: string, attribs: Attribs) => {
        const src = attribs.src ?? '';
        if (REMOTE.test(src)) {
          if (isTrackingPixel(attribs)) {
            trackingPixels++;
            return { tagName, attribs: { [DROP]: '1' } };
          }
          remoteImages++;
          const { src: _remote, ...rest } = cleanStyle(attribs);
          return { tagName, attribs: { ...rest, 'data-sb-remote-src': src, alt: attribs.alt ?? 'Remote image (blocked)' } };
        }
        if (/^\s*data:/i.test(src) && !SAFE_DATA_IMAGE.test(src.trim())) return { tagName, attribs: { [DROP]: '1' } };
        return { tagName, attribs: cleanStyle(attribs) };
      },
    },
  });
  return { html: clean, remoteImages, trackingPixels, removedActive: countActive(html) };
}
