import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { runCorpus, type CorpusEntry } from './run-corpus.js';
import { rawMessage } from './test-messages.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-corpus-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('runCorpus', () => {
  it('screens every .eml file under the folder, recursively, and counts them', async () => {
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'a.eml'), rawMessage({ From: 'Ana <ana@client.example>', Subject: 'Printer' }, 'It is broken.\n\nSent from my iPhone'));
    fs.writeFileSync(path.join(dir, 'nested', 'b.eml'), rawMessage({ From: 'ana@client.example', Subject: 'Automatic reply: x', 'Auto-Submitted': 'auto-replied' }, 'Away.'));
    fs.writeFileSync(path.join(dir, 'nested', 'empty.eml'), '');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a message');
    const entries: CorpusEntry[] = [];
    const summary = await runCorpus({ clock: new ManualClock(0) }, dir, (e) => entries.push(e));
    expect(entries.map((e) => e.file)).toEqual(['a.eml', path.join('nested', 'b.eml'), path.join('nested', 'empty.eml')]);
    expect(entries[0]).toMatchObject({ parsed: true, from: 'ana@client.example', subject: 'Printer', attachments: 0, visibleText: 'It is broken.', bounce: null, auto: null, fraud: { score: 0, flagged: false, reasons: [] } });
    expect(entries[1].auto).toMatch(/^vacation: /);
    expect(entries[2]).toMatchObject({ parsed: false, error: expect.stringMatching(/^empty_message/) });
    expect(summary).toMatchObject({ files: 3, parsed: 2, failed: 1, failures: { empty_message: 1 }, automatic: 1, bounces: 0 });
  });

  it('refuses a folder that does not exist with a clear error', async () => {
    await expect(runCorpus({ clock: new ManualClock(0) }, path.join(dir, 'missing'), () => undefined)).rejects.toMatchObject({ code: 'corpus_dir_unreadable' });
  });
});
