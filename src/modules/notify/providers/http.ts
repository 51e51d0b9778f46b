import { DEFAULT_TIMEOUT_MS, DeliveryError, type OutboundMessage, type SendResult } from './provider.js';

/** One POST to a provider. */
export interface HttpPost {
  /** Provider name, used in error messages. */
  provider: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Milliseconds allowed for the whole exchange, body included; default 10 s. */
  timeoutMs?: number;
}

/** A successful (2xx) answer. */
export interface HttpAnswer {
  status: number;
  text: string;
}

/** Error bodies are read only this far; they only go into error messages. */
const MAX_ANSWER_BYTES = 64 * 1024;
/** Statuses that say the fault is our account or the endpoint, not the message. */
const PROVIDER_FAULT_STATUSES = new Set([401, 402, 403, 404]);

/** True for HTTP statuses worth retrying: 408, 429 and every 5xx. */
export function isTemporaryStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * POSTs and returns a 2xx answer, or throws a classified `DeliveryError`: network errors and
 * timeouts are temporary, so are 408/429/5xx; other statuses are permanent. Redirects are not
 * followed, so a message never lands somewhere other than the configured address.
 */
export async function postOrThrow(request: HttpPost): Promise<HttpAnswer> {
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const post = () => fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal });
  let response: Response;
  let text: string;
  try {
    response = await post().catch((error: unknown) => {
      // A kept-alive connection the provider closed while it sat idle fails the moment it is
      // reused, before any answer; the request never reached the provider, so one immediate try
      // on a fresh connection costs nothing, where the delivery worker's retry would hold a page
      // back half a minute.
      if (!closedBeforeAnswer(error)) throw error;
      return post();
    });
    text = await readBounded(response);
  } catch (error) {
    throw networkError(request.provider, timeoutMs, error);
  }
  if (response.status >= 200 && response.status < 300) return { status: response.status, text };
  const status = response.status;
  const detail = errorDetail(text);
  const message = `${request.provider} answered HTTP ${status}${detail ? `: ${detail}` : ''}`;
  if (status >= 300 && status < 400) {
    throw new DeliveryError(`${message} (redirects are not followed)`, false, status, { providerFault: true });
  }
  throw new DeliveryError(message, isTemporaryStatus(status), status, {
    providerFault: PROVIDER_FAULT_STATUSES.has(status),
    retryAfterMs: retryAfter(response.headers.get('retry-after')),
  });
}

/** Codes of a connection that was closed or reset under a request, before any answer came. */
const CLOSED_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

function closedBeforeAnswer(error: unknown): boolean {
  if (!(error instanceof Error) || error.name === 'TimeoutError' || error.name === 'AbortError') return false;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && CLOSED_CODES.has(code);
}

function networkError(provider: string, timeoutMs: number, error: unknown): DeliveryError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new DeliveryError(`${provider} did not answer within ${timeoutMs} ms`, true, undefined, { cause: error });
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new DeliveryError(`${provider} could not be reached: ${cause}`, true, undefined, { cause: error });
}

async function readBounded(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= MAX_ANSWER_BYTES) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8');
}

/** The `message` of a JSON error body (Twilio's shape), else the start of the text. */
function errorDetail(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; code?: unknown };
    if (typeof parsed.message === 'string') {
      return parsed.code === undefined ? parsed.message : `${parsed.message} (code ${String(parsed.code)})`;
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().slice(0, 200);
}

function retryAfter(header: string | null): number | undefined {
  if (!header || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim()) * 1000;
}

/** Refuses a destination that is not an absolute http(s) URL (permanent: the address is wrong). */
export function requireHttpUrl(provider: string, to: string): URL {
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    throw new DeliveryError(`${provider}: "${to}" is not a URL`, false);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DeliveryError(`${provider}: only http and https URLs are supported`, false);
  }
  return url;
}

/**
 * POSTs a JSON payload to an incoming webhook, the recipient's address (`message.to`): Slack's and
 * Teams' channels. Such webhooks answer without a message id, so our delivery id stands in.
 */
export async function postToIncomingWebhook(provider: string, message: OutboundMessage, payload: unknown, timeoutMs?: number): Promise<SendResult> {
  const url = requireHttpUrl(provider, message.to);
  await postOrThrow({ provider, url: url.toString(), headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload), timeoutMs });
  return { providerMessageId: message.id, status: 'delivered', provider };
}
