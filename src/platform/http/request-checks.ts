/**
 * Checks of raw request input that schemas cannot express, made before anything reaches a
 * database: how deep a JSON body nests, whether path and query text is well-formed UTF-8 without
 * control characters, and which path parameter a malformed URL segment stands in. Every refusal is
 * an AppError with a stable code and, where one parameter is at fault, its JSON pointer.
 */
import { AppError } from '../errors.js';

/** JSON bodies nest at most this deep; the API's own bodies need six levels at most. */
export const MAX_JSON_DEPTH = 32;

/** The longest text one path or query parameter may carry, in UTF-16 code units. */
export const MAX_PARAMETER_LENGTH = 2000;

/** C0 controls and DEL: no person types them into an id or a search, and PostgreSQL text refuses NUL. */
const CONTROL = /[\u0000-\u001f\u007f]/;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

interface Frame {
  array: boolean;
  key: string;
  index: number;
  expectKey: boolean;
}

/**
 * The JSON pointer of the first container nested deeper than `limit` in JSON text, or undefined.
 * A single pass over the text, so a hostile body is refused before a recursive parser or validator
 * walks it. Malformed JSON is left for the parser to refuse.
 */
export function tooDeepAt(text: string, limit = MAX_JSON_DEPTH): string | undefined {
  if (text.length <= limit) return undefined;
  const frames: Frame[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      for (i += 1; i < text.length && text.charCodeAt(i) !== QUOTE; i += 1) if (text.charCodeAt(i) === BACKSLASH) i += 1;
      const top = frames[frames.length - 1];
      if (top && !top.array && top.expectKey) {
        top.key = decodeKey(text.slice(start, i + 1));
        top.expectKey = false;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (frames.length >= limit) return pointer(frames);
      frames.push({ array: c === 0x5b, key: '', index: 0, expectKey: c === 0x7b });
    } else if (c === 0x7d || c === 0x5d) {
      frames.pop();
    } else if (c === 0x2c) {
      const top = frames[frames.length - 1];
      if (top?.array) top.index += 1;
      else if (top) top.expectKey = true;
    }
  }
  return undefined;
}

function decodeKey(raw: string): string {
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.slice(1, -1);
  }
}

function pointer(frames: Frame[]): string {
  return frames.map((f) => `/${f.array ? f.index : f.key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Refuses a JSON body nested deeper than MAX_JSON_DEPTH (400 too_deep). */
export function assertJsonDepth(text: string): void {
  const at = tooDeepAt(text);
  if (at !== undefined) {
    throw new AppError('too_deep', `JSON bodies may nest at most ${MAX_JSON_DEPTH} levels deep`, { status: 400, field: at || undefined });
  }
}

/**
 * Refuses a query string whose names or values are not percent-encoded UTF-8 (400
 * invalid_encoding): the query parser would otherwise hand the undecoded text on as if it were
 * what the caller meant.
 */
export function assertQueryEncoding(url: string): void {
  const q = url.indexOf('?');
  if (q < 0 || !url.includes('%', q)) return;
  for (const pair of url.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    for (const part of eq < 0 ? [pair] : [name, pair.slice(eq + 1)]) {
      if (!decodes(part)) throw invalidEncoding(`/${decodes(name) ? decodeURIComponent(name.replace(/\+/g, ' ')) : name}`);
    }
  }
}

function decodes(text: string): boolean {
  if (!text.includes('%')) return true;
  try {
    decodeURIComponent(text.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

function invalidEncoding(field: string | undefined): AppError {
  return new AppError('invalid_encoding', 'The URL holds a percent-encoding that is not UTF-8 text', { status: 400, field });
}

/**
 * Refuses control characters and over-long text in decoded path or query parameters (400
 * invalid_character / too_long, naming the parameter), whatever the route's schema says.
 */
export function assertParameters(values: unknown): void {
  if (values === null || typeof values !== 'object') return;
  for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
    if (CONTROL.test(name)) throw new AppError('invalid_character', 'Parameter names may not contain control characters', { status: 400 });
    const field = `/${name}`;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string') continue;
      if (CONTROL.test(item)) throw new AppError('invalid_character', 'Path and query parameters may not contain control characters', { status: 400, field });
      if (item.length > MAX_PARAMETER_LENGTH) throw new AppError('too_long', `A path or query parameter may hold at most ${MAX_PARAMETER_LENGTH} characters`, { status: 400, field });
    }
  }
}

/** A registered route: its method and its URL pattern (`/api/v1/tickets/:id`). */
export interface RoutePattern {
  method: string;
  url: string;
}

/**
 * The error for a URL the router could not decode (bad percent-encoding) or whose parameter is
 * longer than it accepts: the parameter is named when exactly one route pattern fits the URL's
 * other segments.
 */
export function badUrlError(patterns: readonly RoutePattern[], method: string, rawUrl: string, kind: 'encoding' | 'length'): AppError {
  const segments = rawUrl.split('?')[0].split('/');
  const longest = Math.max(...segments.map((s) => s.length));
  const bad = segments.findIndex((s) => (kind === 'encoding' ? !decodes(s) : s.length === longest));
  const name = bad < 0 ? undefined : paramAt(patterns, method, segments, bad);
  const field = name === undefined ? undefined : `/${name}`;
  if (kind === 'length') return new AppError('too_long', 'A path parameter is longer than any id this API issues', { status: 414, field });
  return invalidEncoding(field);
}

function paramAt(patterns: readonly RoutePattern[], method: string, segments: string[], index: number): string | undefined {
  const names = new Set<string>();
  for (const p of patterns) {
    if (p.method !== method) continue;
    const parts = p.url.split('/');
    if (parts.length !== segments.length || !parts[index].startsWith(':')) continue;
    if (parts.every((part, i) => i === index || part.startsWith(':') || part === segments[i])) names.add(parts[index].slice(1));
  }
  return names.size === 1 ? [...names][0] : undefined;
}
