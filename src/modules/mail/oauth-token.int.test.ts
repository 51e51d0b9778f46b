import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import type { MailDb } from './mail.tables.js';
import { findMailbox, mailboxSecrets } from './mailbox.repository.js';
import { refreshAccessToken, TokenRefreshError } from './oauth-token.js';
import { openMailboxSecrets } from './save-mailbox.js';

/** A token endpoint on loopback that answers as the test says and records what it was sent. */
function tokenServer() {
  const seen: URLSearchParams[] = [];
  let answer: { status: number; body: Record<string, unknown> } = { status: 200, body: {} };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push(new URLSearchParams(body));
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  return {
    seen,
    answer: (a: typeof answer) => (answer = a),
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/token`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const KEY = 'o'.repeat(40);

describe.each(DIALECTS)('OAuth2 token refresh for mailboxes on %s', (dialect) => {
  let t: TestApp;
  const endpoint = tokenServer();
  let mailboxId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': KEY, roles: 'api,engine,mail', 'mail-port': '0' });
    const tokenUrl = await endpoint.start();
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', {
      name: 'M365', address: 'support@msp.example', kind: 'imap',
      imap: { host: '127.0.0.1', port: 1, secure: false, username: 'support@msp.example', auth: 'oauth2', oauth: { provider: 'microsoft', clientId: 'app-id', tenant: 'msp.example', tokenUrl } },
      secrets: { clientSecret: 'app secret', refreshToken: 'refresh-1' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    mailboxId = r.body.id;
  });
  afterAll(async () => {
    await endpoint.stop();
    await t?.close();
  });

  const db = () => t.sb.database.db;

  it('exchanges the stored refresh token and keeps a rotated one, encrypted', async () => {
    endpoint.answer({ status: 200, body: { access_token: 'access-1', expires_in: 3599, refresh_token: 'refresh-2', token_type: 'Bearer' } });
    const mailbox = (await findMailbox(db(), mailboxId))!;
    const token = await refreshAccessToken({ db: db(), clock: t.clock, secretKey: KEY }, mailbox);
    expect(token).toEqual({ token: 'access-1', expiresIn: 3599 });
    const sent = endpoint.seen.at(-1)!;
    expect(Object.fromEntries(sent)).toMatchObject({ grant_type: 'refresh_token', client_id: 'app-id', client_secret: 'app secret', refresh_token: 'refresh-1' });
    expect(sent.get('scope')).toContain('IMAP.AccessAsUser.All');
    const sealed = (await mailboxSecrets(db(), mailboxId))!;
    expect(sealed).not.toContain('refresh-2');
    expect(openMailboxSecrets(KEY, mailboxId, sealed)).toMatchObject({ refreshToken: 'refresh-2', clientSecret: 'app secret' });
  });

  it('fails with the provider’s reason, which the IMAP connection records on the mailbox status', async () => {
    endpoint.answer({ status: 400, body: { error: 'invalid_grant', error_description: 'AADSTS700082: The refresh token has expired' } });
    const mailbox = (await findMailbox(db(), mailboxId))!;
    await expect(refreshAccessToken({ db: db(), clock: t.clock, secretKey: KEY }, mailbox)).rejects.toThrow(TokenRefreshError);
    await t.sb.mail!.imap.start();
    const started = Date.now();
    let status: any;
    while (Date.now() - started < 10_000) {
      status = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/mailboxes/${mailboxId}`)).body.status;
      if (status.tokenFailedAt) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await t.sb.mail!.imap.stop();
    expect(status).toMatchObject({ health: 'failing', tokenFailedAt: expect.any(String), lastError: expect.stringContaining('invalid_grant') });
  });
});
