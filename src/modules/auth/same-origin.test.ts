import { describe, expect, it } from 'vitest';
import { crossSiteReason } from './same-origin.js';

describe('same-origin check for logins', () => {
  const allowed = ['https://desk.msp.example', 'http://127.0.0.1:8080'];

  it('lets through same-origin browsers and programs that send no Origin', () => {
    expect(crossSiteReason({}, allowed)).toBeUndefined();
    expect(crossSiteReason({ origin: 'https://desk.msp.example', secFetchSite: 'same-origin' }, allowed)).toBeUndefined();
    expect(crossSiteReason({ origin: 'HTTPS://DESK.msp.example:443' }, allowed)).toBeUndefined();
    expect(crossSiteReason({ origin: 'http://127.0.0.1:8080' }, allowed)).toBeUndefined();
    expect(crossSiteReason({ secFetchSite: 'none' }, allowed)).toBeUndefined();
  });

  it('refuses another site, a sibling subdomain, an opaque origin and a cross-site fetch', () => {
    expect(crossSiteReason({ origin: 'https://evil.example' }, allowed)).toBe('Origin https://evil.example');
    expect(crossSiteReason({ origin: 'https://desk.msp.example.evil.example' }, allowed)).toBeDefined();
    expect(crossSiteReason({ origin: 'http://desk.msp.example' }, allowed)).toBeDefined();
    expect(crossSiteReason({ origin: 'null' }, allowed)).toBe('Origin null');
    expect(crossSiteReason({ secFetchSite: 'cross-site' }, allowed)).toBe('Sec-Fetch-Site: cross-site');
    expect(crossSiteReason({ origin: 'https://desk.msp.example', secFetchSite: 'same-site' }, allowed)).toBeDefined();
  });
});
