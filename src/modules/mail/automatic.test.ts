import { describe, expect, it } from 'vitest';
import { detectAutomatic } from './automatic.js';
import { parseMessage } from './parse-message.js';
import { rawMessage } from './test-messages.js';

async function verdict(headers: Record<string, string>, body = 'Hello') {
  const result = await parseMessage(rawMessage({ From: 'ana@client.example', Subject: 'Printer', ...headers }, body));
  if (!result.ok) throw new Error('refused');
  return detectAutomatic(result.message);
}

describe('detectAutomatic', () => {
  it('is null for mail a person wrote', async () => {
    expect(await verdict({})).toBeNull();
    expect(await verdict({ 'Auto-Submitted': 'no' })).toBeNull();
  });

  it('recognises RFC 3834 Auto-Submitted and the X- auto-reply headers', async () => {
    expect(await verdict({ 'Auto-Submitted': 'auto-replied' })).toMatchObject({ kind: 'auto-reply', reasons: ['Auto-Submitted: auto-replied'] });
    expect((await verdict({ 'X-Autoreply': 'yes' }))?.kind).toBe('auto-reply');
    expect((await verdict({ 'X-Autorespond': 'true' }))?.kind).toBe('auto-reply');
    expect((await verdict({ 'X-Auto-Response-Suppress': 'All' }))?.reasons).toEqual(['X-Auto-Response-Suppress: All']);
  });

  it('recognises out-of-office replies by subject, or by body when another signal says automatic', async () => {
    expect((await verdict({ Subject: 'Automatic reply: Printer' }))?.kind).toBe('vacation');
    expect((await verdict({ Subject: 'Abwesenheitsnotiz: Drucker' }))?.kind).toBe('vacation');
    expect((await verdict({ 'Return-Path': '<>' }, 'I am out of the office until Monday.'))?.kind).toBe('vacation');
    expect(await verdict({}, 'I will be out of the office tomorrow, can you fix it today?')).toBeNull();
  });

  it('recognises lists, bulk mail, the null sender and system senders', async () => {
    expect((await verdict({ 'List-Id': '<users.lists.example>' }))?.kind).toBe('list');
    expect((await verdict({ 'List-Unsubscribe': '<mailto:u@lists.example>' }))?.kind).toBe('list');
    expect((await verdict({ Precedence: 'bulk' }))?.kind).toBe('bulk');
    expect((await verdict({ 'Return-Path': '<>' }))?.reasons).toContain('Return-Path <> (null sender)');
    expect((await verdict({ From: 'MAILER-DAEMON@mx.example' }))?.kind).toBe('system');
    expect((await verdict({ From: 'no-reply@vendor.example' }))?.kind).toBe('system');
  });
});
