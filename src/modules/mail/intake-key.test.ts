import { describe, expect, it } from 'vitest';
import { contentHash, dedupeKey, rawMessageId } from './intake-key.js';

const enc = (s: string) => new TextEncoder().encode(s);
const message = (trace: string, body = 'The printer is on fire.') =>
  enc(`${trace}From: Ana <ana@client.example>\r\nTo: help@msp.example\r\nSubject: Printer\r\nDate: Tue, 03 Dec 2024 10:00:00 +0000\r\nMessage-ID: <m1@client.example>\r\n\r\n${body}\r\n`);

describe('intake dedupe key', () => {
  it('gives a message retried through another relay the same content hash', () => {
    const first = message('Received: from a.example by mx1\r\nReturn-Path: <ana@client.example>\r\n');
    const retry = message('Received: from b.example by mx2\r\nReceived: from c.example\r\nDelivered-To: help@msp.example\r\n');
    expect(contentHash(first)).toBe(contentHash(retry));
  });

  it('tells apart two messages with the same Message-ID but different bodies', () => {
    expect(contentHash(message('', 'one'))).not.toBe(contentHash(message('', 'two')));
  });

  it('reads the Message-ID from the raw header block, folded or not', () => {
    expect(rawMessageId(message(''))).toBe('m1@client.example');
    expect(rawMessageId(enc('Subject: x\r\nMessage-ID:\r\n <folded@x.example>\r\n\r\nbody'))).toBe('folded@x.example');
    expect(rawMessageId(enc('Subject: x\r\n\r\nMessage-ID: <in-body@x.example>'))).toBeNull();
  });

  it('keys by mailbox, Message-ID and hash', () => {
    expect(dedupeKey('mb', 'id@x', 'h')).toBe('mb:id@x:h');
    expect(dedupeKey('mb', null, 'h')).toBe('mb::h');
  });
});
