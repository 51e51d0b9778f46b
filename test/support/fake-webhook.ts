import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A webhook receiver on loopback for tests: records every request (headers and raw body), answers
 * 200 "ok" unless told to fail, and can hang to provoke client timeouts.
 */

/** One request as received. */
export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as sent (signatures are computed over it). */
  body: string;
}

/** Largest body the fakes accept, in bytes. */
export const FAKE_BODY_LIMIT = 1024 * 1024;

/** Reads a request body, refusing anything larger than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = FAKE_BODY_LIMIT): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts `server` on 127.0.0.1 with a free port and returns `http://127.0.0.1:<port>`. */
export async function listenLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Closes `server`, cutting open and hanging connections so the close never waits on a client. */
export async function closeServer(server: Server | undefined): Promise<void> {
  if (!server?.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}

/** Resolves once `count()` reaches `wanted`, polling briefly; rejects after `timeoutMs`. */
export async function waitUntil(what: string, count: () => number, wanted: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (count() < wanted) {
    if (performance.now() > deadline) throw new Error(`expected ${wanted} ${what} within ${timeoutMs} ms, got ${count()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The webhook receiver. */
export class FakeWebhook {
  private server?: Server;
  private base = '';
  private recorded: RecordedRequest[] = [];
  private failures: Array<{ status: number; body: string }> = [];
  private hanging = false;

  /** Starts listening; returns the base URL (`http://127.0.0.1:<port>`). */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.base = await listenLoopback(this.server);
    return this.base;
  }

  /** The base URL; `start()` first. */
  get url(): string {
    return this.base;
  }

  /** Stops the server and drops every connection. */
  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  /** Every request received so far, in order (including those answered with a failure). */
  requests(): RecordedRequest[] {
    return [...this.recorded];
  }

  /** Waits until at least `count` requests have arrived. */
  waitFor(count: number, timeoutMs = 2000): Promise<void> {
    return waitUntil('webhook requests', () => this.recorded.length, count, timeoutMs);
  }

  /** Answers the next `count` requests with `status` (and `body`). */
  failNext(count: number, status: number, body = `{"error":"status ${status}"}`): void {
    for (let i = 0; i < count; i++) this.failures.push({ status, body });
  }

  /** While true, requests are recorded but never answered (the client times out). */
  hang(on = true): void {
    this.hanging = on;
  }

  /** Forgets recorded requests and pending failures. */
  reset(): void {
    this.recorded = [];
    this.failures = [];
    this.hanging = false;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: string;
    try {
      body = await readBody(req);
    } catch {
      res.writeHead(413).end();
      return;
    }
    this.recorded.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    if (this.hanging) return;
    const failure = this.failures.shift();
    if (failure) {
      res.writeHead(failure.status, { 'content-type': 'application/json' }).end(failure.body);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  }
}
