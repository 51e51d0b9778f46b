import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { postOrThrow } from './http.js';
import { DeliveryError } from './provider.js';

/**
 * A provider endpoint that drops the first `drops` connections as soon as a request arrives on
 * them (what a reused keep-alive connection the server had already closed looks like to the
 * client), then answers 201.
 */
async function flakyEndpoint(drops: number): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let seen = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    seen += 1;
    if (seen <= drops) {
      req.socket.destroy();
      return;
    }
    res.writeHead(201, { 'content-type': 'application/json' }).end('{"sid":"SM1"}');
  });
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    requests: () => seen,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

describe('posting to a provider', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => close?.());

  it('tries once more at once when the connection is closed under the request, before any answer', async () => {
    const endpoint = await flakyEndpoint(1);
    close = endpoint.close;
    const answer = await postOrThrow({ provider: 'SMS', url: endpoint.url, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(answer).toEqual({ status: 201, text: '{"sid":"SM1"}' });
    expect(endpoint.requests()).toBe(2);
  });

  it('tries only once more: a provider that keeps dropping the connection is a temporary failure for the worker to retry', async () => {
    const endpoint = await flakyEndpoint(5);
    close = endpoint.close;
    const error = await postOrThrow({ provider: 'SMS', url: endpoint.url, headers: {}, body: '{}' }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).message).toMatch(/^SMS could not be reached/);
    expect((error as DeliveryError).temporary).toBe(true);
    expect(endpoint.requests()).toBe(2);
  });
});
