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
  it('screens every mail file under the folder, recursively, skipping obvious non-mail, and counts them', async () => {
    fs.mkdirSync(path.join(dir, 'nested'));
    fs.writeFileSync(path.join(dir, 'a.eml'), rawMessage({ From: 'Ana <ana@client.example>', Subject: 'Printer' }, 'It is broken.\n\nSent from my iPhone'));
    fs.writeFileSync(path.join(dir, 'nested', 'b.txt'), rawMessage({ From: 'ana@client.example', Subject: 'Automatic reply: x', 'Auto-Submitted': 'auto-replied' }, 'Away.'));
    fs.writeFileSync(path.join(dir, 'nested', 'empty.eml'), '');
    fs.writeFileSync(path.join(dir, 'nested', 'no-extension'), rawMessage({ From: 'bo@client.example', Subject: 'Plain file' }, 'Exported without an extension.'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a message, just some notes\nabout the corpus');
    fs.writeFileSync(path.join(dir, 'outlook.msg'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    for (const skipped of ['README.md', 'expected.json', 'winmail.tnef', 'names.list', 'photo.png']) fs.writeFileSync(path.join(dir, skipped), 'x');
    const entries: CorpusEntry[] = [];
    const summary = await runCorpus({ clock: new ManualClock(0) }, dir, (e) => entries.push(e));
    expect(entries.map((e) => e.file)).toEqual(['a.eml', path.join('nested', 'b.txt'), path.join('nested', 'empty.eml'), path.join('nested', 'no-extension'), 'notes.txt', 'outlook.msg']);
    expect(entries[0]).toMatchObject({ parsed: true, from: 'ana@client.example', subject: 'Printer', attachments: 0, visibleText: 'It is broken.', bounce: null, auto: null, fraud: { score: 0, flagged: false, reasons: [] } });
    expect(entries[1].auto).toMatch(/^vacation: /);
    expect(entries[2]).toMatchObject({ parsed: false, error: expect.stringMatching(/^empty_message/) });
    expect(entries[3]).toMatchObject({ parsed: true, subject: 'Plain file' });
    expect(entries[4]).toMatchObject({ parsed: false, error: expect.stringMatching(/^no_headers/) });
    expect(entries[5]).toMatchObject({ parsed: false, error: expect.stringMatching(/^outlook_msg/) });
    expect(summary).toMatchObject({ files: 6, parsed: 3, failed: 3, failures: { empty_message: 1, no_headers: 1, outlook_msg: 1 }, automatic: 1, bounces: 0 });
  });

  it('splits an mbox file into its messages, one entry each', async () => {
    const box = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-mbox-'));
    const one = new TextDecoder().decode(rawMessage({ From: 'a@client.example', Subject: 'First', 'Message-ID': '<1@x>' }, 'One.\n>From the archive, quoted.'));
    const two = new TextDecoder().decode(rawMessage({ From: 'b@client.example', Subject: 'Second', 'Message-ID': '<2@x>' }, 'Two.'));
    fs.writeFileSync(path.join(box, 'archive.mbox'), `From a@client.example Tue Dec  3 10:00:00 2024\n${one}\n\nFrom b@client.example Tue Dec  3 11:00:00 2024\n${two}\n`);
    const entries: CorpusEntry[] = [];
    const summary = await runCorpus({ clock: new ManualClock(0) }, box, (e) => entries.push(e));
    fs.rmSync(box, { recursive: true, force: true });
    expect(entries.map((e) => [e.file, e.subject])).toEqual([['archive.mbox#1', 'First'], ['archive.mbox#2', 'Second']]);
    expect(entries[0].visibleText).toContain('From the archive, quoted.');
    expect(summary).toMatchObject({ files: 2, parsed: 2 });
  });

  it('refuses a folder that does not exist with a clear error', async () => {
    await expect(runCorpus({ clock: new ManualClock(0) }, path.join(dir, 'missing'), () => undefined)).rejects.toMatchObject({ code: 'corpus_dir_unreadable' });
  });
});
