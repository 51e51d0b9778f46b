import { describe, expect, it } from 'vitest';
import { canRead, meaningfulTerms, normaliseTags, renderArticle, snippet, strongMatch, withoutCommonWords } from './article.js';

describe('renderArticle', () => {
  it('renders Markdown headings, lists, code and links to HTML', () => {
    const { html } = renderArticle('## Reset the VPN\n\n1. Open **FortiClient**\n2. Run `ipconfig /flushdns`\n\nSee https://support.example/vpn');
    expect(html).toContain('<h2>Reset the VPN</h2>');
    expect(html).toContain('<strong>FortiClient</strong>');
    expect(html).toContain('<code>ipconfig /flushdns</code>');
    expect(html).toContain('<a href="https://support.example/vpn" rel="noopener noreferrer nofollow" target="_blank">');
  });

  it('keeps raw HTML, event handlers and javascript: links out of the HTML', () => {
    const { html } = renderArticle('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1)) [data](data:text/html,hi)');
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror|href="(javascript|data)/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives the plain text of the article for search, without markup or link targets', () => {
    const { text } = renderArticle('# Printer offline\n\nRestart the **spooler** ([guide](https://x.example/guide)).');
    expect(text).toBe('Printer offline\n\nRestart the spooler (guide).');
  });
});

describe('snippet', () => {
  const long = `${'Intro words here. '.repeat(20)}To fix the mapped drive, reconnect the VPN first and then run net use again. ${'Trailing text. '.repeat(20)}`;

  it('cuts around the first searched word, at word boundaries', () => {
    const s = snippet(long, ['mapped']);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('mapped drive');
    expect(s.length).toBeLessThanOrEqual(186);
  });

  it('matches a word start, as the search does, and falls back to the beginning', () => {
    expect(snippet(long, ['reconn'])).toContain('reconnect the VPN');
    expect(snippet(long, ['zzz']).startsWith('Intro words here.')).toBe(true);
    expect(snippet('Short text', ['short'])).toBe('Short text');
  });
});

describe('canRead', () => {
  const article = { audience: 'clients' as const, organizationId: null as string | null, archivedAt: null as string | null };
  it('lets staff read every article, internal and archived included', () => {
    expect(canRead({ kind: 'staff' }, { ...article, audience: 'internal', archivedAt: '2026-01-01T00:00:00.000Z' })).toBe(true);
  });
  it('lets a client read client-visible articles that are global or scoped to its organisation, never internal, archived or another client’s', () => {
    const me = { kind: 'client' as const, organizationId: 'org-a' };
    expect(canRead(me, article)).toBe(true);
    expect(canRead(me, { ...article, organizationId: 'org-a' })).toBe(true);
    expect(canRead(me, { ...article, organizationId: 'org-b' })).toBe(false);
    expect(canRead(me, { ...article, audience: 'internal' })).toBe(false);
    expect(canRead(me, { ...article, archivedAt: '2026-01-01T00:00:00.000Z' })).toBe(false);
  });
});

describe('normaliseTags', () => {
  it('trims, lower-cases and drops empty and repeated tags', () => {
    expect(normaliseTags([' VPN ', 'vpn', '', 'Printing'])).toEqual(['vpn', 'printing']);
  });
});

describe('meaningfulTerms', () => {
  it('leaves function words out of an any-word search, unless they are all there is', () => {
    expect(meaningfulTerms(['vpn', 'drops', 'for', 'the', 'remote', 'planners'])).toEqual(['vpn', 'drops', 'remote', 'planners']);
    expect(meaningfulTerms(['how', 'to'])).toEqual(['how', 'to']);
  });
});

describe('withoutCommonWords', () => {
  const counts = (articles: number, held: Record<string, number>) => ({ articles, holding: new Map(Object.entries(held)) });

  it('leaves out the words more than half the articles hold', () => {
    expect(withoutCommonWords(['open', 'shared', 'drive', 'update'], counts(1000, { open: 900, shared: 40, drive: 500, update: 501 }))).toEqual(['shared', 'drive']);
  });

  it('keeps every word in a small knowledge base', () => {
    expect(withoutCommonWords(['open', 'shared'], counts(150, { open: 150, shared: 3 }))).toEqual(['open', 'shared']);
  });

  it('keeps the rarest word when every one is that common', () => {
    expect(withoutCommonWords(['open', 'update', 'the'], counts(1000, { open: 900, update: 700, the: 990 }))).toEqual(['update']);
    expect(withoutCommonWords([], counts(1000, {}))).toEqual([]);
  });
});

describe('strongMatch', () => {
  const title = ['docking', 'station', 'monitors', 'flicker', 'after', 'the', 'firmware', 'update'];

  it('suggests an article whose title holds most of the subject’s words', () => {
    expect(strongMatch(title, ['monitors', 'flicker', 'docking', 'station'])).toBe(true);
    expect(strongMatch(title, ['monitors', 'flicker', 'dock'])).toBe(true);
  });

  it('does not suggest one that shares a single word, or under half of them', () => {
    expect(strongMatch(title, ['monitors'])).toBe(false);
    expect(strongMatch(title, ['monitors', 'flicker', 'laptop', 'screen', 'hdmi'])).toBe(false);
    expect(strongMatch(title, ['dock', 'flicker'])).toBe(false);
  });
});
