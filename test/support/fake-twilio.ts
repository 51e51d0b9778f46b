import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { systemClock, type Clock } from '../../src/platform/clock.js';
import { closeServer, listenLoopback, readBody, waitUntil } from './fake-webhook.js';

/**
 * A Twilio-compatible REST server on loopback for tests. It speaks the two endpoints Switchboard
 * uses (Messages.json, Calls.json), checks Basic auth, records what it accepted, can fail or go
 * down on demand, and plays the phone side: status callbacks, inbound SMS replies and keypresses,
 * each POSTed to our webhooks and signed with `X-Twilio-Signature` as Twilio signs them.
 */

/** An accepted SMS. */
export interface FakeSms {
  sid: string;
  to: string;
  from?: string;
  messagingServiceSid?: string;
  body: string;
  statusCallback?: string;
  status: string;
  /** Every form parameter as received. */
  params: Record<string, string>;
}

/** An accepted call. */
export interface FakeCall {
  sid: string;
  to: string;
  from: string;
  twiml?: string;
  statusCallback?: string;
  status: string;
  params: Record<string, string>;
}

/** What our webhook answered to a POST made by the fake. */
export interface WebhookAnswer {
  status: number;
  body: string;
  contentType: string | null;
}

/** Options of the fake. */
export interface FakeTwilioOptions {
  accountSid?: string;
  authToken?: string;
  /** Our number as seen by the phone when a message went out through a messaging service. */
  serviceNumber?: string;
  /** Source of `date_created`; the system clock by default. */
  clock?: Clock;
}

const API = '/2010-04-01';
const PATH = /^\/2010-04-01\/Accounts\/([^/]+)\/(Messages|Calls)\.json$/;

/** The fake Twilio. */
export class FakeTwilio {
  readonly accountSid: string;
  readonly authToken: string;
  private readonly serviceNumber: string;
  private readonly clock: Clock;
  private server?: Server;
  private base = '';
  private smsLog: FakeSms[] = [];
  private callLog: FakeCall[] = [];
  private received = 0;
  private failures: number[] = [];
  private isDown = false;
  private hanging = false;

  constructor(options: FakeTwilioOptions = {}) {
    this.accountSid = options.accountSid ?? `AC${'0'.repeat(32)}`;
    this.authToken = options.authToken ?? 'fake-twilio-auth-token';
    this.serviceNumber = options.serviceNumber ?? '+15005550006';
    this.clock = options.clock ?? systemClock;
  }

  /** Starts listening; returns the base URL to configure as the provider's `baseUrl`. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.base = await listenLoopback(this.server);
    return this.base;
  }

  /** The base URL; `start()` first. */
  get url(): string {
    return this.base;
  }

  /** Stops the server and drops every connection, hanging ones included. */
  async stop(): Promise<void> {
    await closeServer(this.server);
  }

  /** Accepted SMS, in order. */
  sms(): FakeSms[] {
    return [...this.smsLog];
  }

  /** Accepted calls, in order. */
  calls(): FakeCall[] {
    return [...this.callLog];
  }

  /** How many API requests arrived (accepted, refused or failed on purpose). */
  requestCount(): number {
    return this.received;
  }

  /** Waits until at least `count` SMS and calls together have been accepted. */
  waitFor(count: number, timeoutMs = 2000): Promise<void> {
    return waitUntil('messages and calls', () => this.smsLog.length + this.callLog.length, count, timeoutMs);
  }

  /** Answers the next `count` API requests with `status` and a Twilio error body. */
  failNext(count: number, status = 503): void {
    for (let i = 0; i < count; i++) this.failures.push(status);
  }

  /** While down, every connection is cut before an answer (a network error for the client). */
  down(on = true): void {
    this.isDown = on;
  }

  /** While hanging, requests are read but never answered (a timeout for the client). */
  hang(on = true): void {
    this.hanging = on;
  }

  /** Forgets everything recorded and every simulated failure; the server keeps running. */
  reset(): void {
    this.smsLog = [];
    this.callLog = [];
    this.received = 0;
    this.failures = [];
    this.isDown = false;
    this.hanging = false;
  }

  /** Sends the status callback for a message or call (default `delivered` / `completed`). */
  async deliver(sid: string, status?: string): Promise<WebhookAnswer> {
    const sms = this.smsLog.find((m) => m.sid === sid);
    const call = this.callLog.find((c) => c.sid === sid);
    const record = sms ?? call;
    if (!record) throw new Error(`fake Twilio: no message or call ${sid}`);
    if (!record.statusCallback) throw new Error(`fake Twilio: ${sid} was sent without a StatusCallback`);
    record.status = status ?? (sms ? 'delivered' : 'completed');
    const common = { AccountSid: this.accountSid, From: record.from ?? this.serviceNumber, To: record.to, ApiVersion: '2010-04-01' };
    const params = sms
      ? { ...common, MessageSid: sid, SmsSid: sid, MessageStatus: record.status, SmsStatus: record.status }
      : { ...common, CallSid: sid, CallStatus: record.status, Direction: 'outbound-api', CallDuration: '12' };
    return this.post(record.statusCallback, params, this.authToken);
  }

  /** The phone `fromNumber` texts `body` back; POSTed to our inbound-SMS webhook. */
  async reply(fromNumber: string, body: string, toWebhookUrl: string, authToken = this.authToken): Promise<WebhookAnswer> {
    const last = [...this.smsLog].reverse().find((m) => m.to === fromNumber);
    const sid = this.newSid('SM');
    return this.post(
      toWebhookUrl,
      {
        MessageSid: sid,
        SmsSid: sid,
        SmsMessageSid: sid,
        AccountSid: this.accountSid,
        From: fromNumber,
        To: last?.from ?? this.serviceNumber,
        Body: body,
        NumMedia: '0',
        NumSegments: '1',
        SmsStatus: 'received',
        ApiVersion: '2010-04-01',
      },
      authToken,
    );
  }

  /** The callee of `callSid` presses `digit`; POSTed to the Gather action URL. */
  async press(callSid: string, digit: string, gatherActionUrl: string, authToken = this.authToken): Promise<WebhookAnswer> {
    const call = this.callLog.find((c) => c.sid === callSid);
    const params = {
      AccountSid: this.accountSid,
      CallSid: callSid,
      From: call?.from ?? this.serviceNumber,
      To: call?.to ?? '',
      Direction: 'outbound-api',
      CallStatus: 'in-progress',
      Digits: digit,
      FinishedOnKey: '',
      ApiVersion: '2010-04-01',
    };
    return this.post(gatherActionUrl, params, authToken);
  }

  /** POSTs form `params` to `url`, signed as Twilio signs webhooks; for hand-made test requests. */
  async post(url: string, params: Record<string, string>, authToken = this.authToken): Promise<WebhookAnswer> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-twilio-signature': FakeTwilio.sign(authToken, url, params),
        'i-twilio-idempotency-token': randomBytes(16).toString('hex'),
        'user-agent': 'TwilioProxy/1.1',
      },
      body: new URLSearchParams(params).toString(),
      signal: AbortSignal.timeout(5000),
    });
    return { status: response.status, body: await response.text(), contentType: response.headers.get('content-type') };
  }

  /** Twilio's signature, computed here independently of the code under test. */
  static sign(authToken: string, url: string, params: Record<string, string>): string {
    const data = Object.keys(params)
      .sort()
      .reduce((acc, key) => acc + key + params[key], url);
    return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.isDown) {
      req.socket.destroy();
      return;
    }
    let raw: string;
    try {
      raw = await readBody(req, 64 * 1024);
    } catch {
      return this.error(res, 413, 'Request too large', 20001);
    }
    this.received++;
    if (this.hanging) return;
    const failure = this.failures.shift();
    if (failure !== undefined) return this.error(res, failure, 'Service unavailable (simulated)', 20500);
    const match = PATH.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) return this.error(res, 404, 'The requested resource was not found', 20404);
    if (!this.authorized(req, match[1]!)) return this.error(res, 401, 'Authenticate', 20003);
    const params = Object.fromEntries(new URLSearchParams(raw));
    if (match[2] === 'Messages') this.createMessage(res, params);
    else this.createCall(res, params);
  }

  private authorized(req: IncomingMessage, pathSid: string): boolean {
    const header = req.headers.authorization ?? '';
    if (!header.startsWith('Basic ')) return false;
    const expected = `${this.accountSid}:${this.authToken}`;
    return Buffer.from(header.slice(6), 'base64').toString('utf8') === expected && decodeURIComponent(pathSid) === this.accountSid;
  }

  private createMessage(res: ServerResponse, p: Record<string, string>): void {
    if (!p.To) return this.error(res, 400, "A 'To' phone number is required.", 21604);
    if (!p.From && !p.MessagingServiceSid) return this.error(res, 400, "A 'From' phone number is required.", 21603);
    if (!p.Body) return this.error(res, 400, 'Message body is required.', 21602);
    if (!/^\+[1-9]\d{6,14}$/.test(p.To)) return this.error(res, 400, `The 'To' number ${p.To} is not a valid phone number.`, 21211);
    const sms: FakeSms = { sid: this.newSid('SM'), to: p.To, from: p.From, messagingServiceSid: p.MessagingServiceSid, body: p.Body, statusCallback: p.StatusCallback, status: 'queued', params: p };
    this.smsLog.push(sms);
    this.created(res, 'Messages', sms.sid, { to: sms.to, from: sms.from ?? null, body: sms.body, messaging_service_sid: sms.messagingServiceSid ?? null, num_segments: '1', direction: 'outbound-api', price: null, error_code: null });
  }

  private createCall(res: ServerResponse, p: Record<string, string>): void {
    if (!p.To) return this.error(res, 400, "A 'To' phone number is required.", 21201);
    if (!p.From) return this.error(res, 400, "A 'From' phone number is required.", 21213);
    if (!p.Twiml && !p.Url) return this.error(res, 400, 'Either Url or Twiml is required.', 21205);
    if (!/^\+[1-9]\d{6,14}$/.test(p.To)) return this.error(res, 400, `The 'To' number ${p.To} is not a valid phone number.`, 21211);
    const call: FakeCall = { sid: this.newSid('CA'), to: p.To, from: p.From, twiml: p.Twiml, statusCallback: p.StatusCallback, status: 'queued', params: p };
    this.callLog.push(call);
    this.created(res, 'Calls', call.sid, { to: call.to, from: call.from, direction: 'outbound-api', duration: null, price: null });
  }

  private created(res: ServerResponse, kind: string, sid: string, fields: Record<string, unknown>): void {
    const date = new Date(this.clock.now()).toUTCString().replace('GMT', '+0000');
    const body = { sid, account_sid: this.accountSid, status: 'queued', date_created: date, date_updated: date, api_version: '2010-04-01', uri: `${API}/Accounts/${this.accountSid}/${kind}/${sid}.json`, ...fields };
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private error(res: ServerResponse, status: number, message: string, code: number): void {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
  }

  private newSid(prefix: string): string {
    return prefix + randomBytes(16).toString('hex');
  }
}
