/**
 * An email's sanitised HTML in a sandboxed frame: no scripts, no forms, no same-origin access, and
 * a Content-Security-Policy that lets nothing load — remote images stay blocked placeholders until
 * "Show images" puts their addresses back and allows images over http(s) for this message only.
 */
import { useMemo, useState } from 'react';

const POLICY = (images: boolean) => `default-src 'none'; style-src 'unsafe-inline'; img-src data:${images ? ' https: http:' : ''}; font-src data:`;

/** The document the frame shows: the policy first, then the message's (already sanitised) HTML. */
export function frameDocument(html: string, showImages: boolean): string {
  const body = showImages ? html.replace(/\sdata-sb-remote-src=/g, ' src=') : html;
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${POLICY(showImages)}"><base target="_blank"><style>body{font:14px/1.45 system-ui,sans-serif;margin:8px;color:#222;overflow-wrap:anywhere}img[data-sb-remote-src]{display:inline-block;min-width:24px;min-height:16px;background:#eee;outline:1px dashed #aaa}</style></head><body>${body}</body></html>`;
}

export function MessageFrame({ html, title }: { html: string; title: string }) {
  const [images, setImages] = useState(false);
  const blocked = useMemo(() => (html.match(/data-sb-remote-src=/g) ?? []).length, [html]);
  return (
    <div className="mail-frame">
      {blocked > 0 && (
        <div className="mail-frame-bar">
          {images ? (
            <span className="muted small">Remote images shown.</span>
          ) : (
            <>
              <span className="muted small">{blocked} remote image{blocked === 1 ? '' : 's'} blocked.</span>
              <button type="button" className="button small" onClick={() => setImages(true)}>
                Show images
              </button>
            </>
          )}
        </div>
      )}
      <iframe title={title} sandbox="" referrerPolicy="no-referrer" srcDoc={frameDocument(html, images)} className="mail-frame-body" />
    </div>
  );
}
