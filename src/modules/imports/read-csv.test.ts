import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { readCsv, sniffDelimiter, type CsvMeter } from './read-csv.js';

async function read(chunks: (string | Buffer)[], limit = 1_000_000) {
  const meter: CsvMeter = { bytes: 0, sha256: '' };
  const records = [];
  for await (const r of readCsv((async function* () { yield* chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)); })(), limit, meter)) records.push(r);
  return { records, meter };
}

async function failure(chunks: (string | Buffer)[], limit = 1_000_000): Promise<AppError> {
  try {
    await read(chunks, limit);
  } catch (error) {
    return error as AppError;
  }
  throw new Error('expected the file to be refused');
}

describe('reading a CSV file as it streams in', () => {
  it('numbers rows as a spreadsheet does, across quoted line breaks, blank lines and chunk boundaries', async () => {
    const { records, meter } = await read(['\uFEFFName,Notes\nAl', 'der,"two\nlines"\n\n', 'Birch,plain\r\n']);
    expect(records).toEqual([
      { row: 1, cells: ['Name', 'Notes'] },
      { row: 2, cells: ['Alder', 'two\nlines'] },
      { row: 3, cells: ['Birch', 'plain'] },
    ]);
    expect(meter.bytes).toBe(Buffer.byteLength('\uFEFFName,Notes\nAlder,"two\nlines"\n\nBirch,plain\r\n'));
    expect(meter.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the delimiter from the header line: semicolons and tabs as well as commas', async () => {
    expect(sniffDelimiter('Name;Email;"A, B"')).toBe(';');
    expect(sniffDelimiter('Name\tEmail')).toBe('\t');
    expect(sniffDelimiter('"Name; with semicolon",Email')).toBe(',');
    const { records } = await read(['Name;Email\nAlder, Inc;a@alder.example\n']);
    expect(records[1].cells).toEqual(['Alder, Inc', 'a@alder.example']);
  });

  it('keeps rows with fewer or more cells than the header', async () => {
    const { records } = await read(['a,b,c\n1\n1,2,3,4\n']);
    expect(records.map((r) => r.cells.length)).toEqual([3, 1, 4]);
  });

  it('refuses a file over the limit with 413 file_too_large', async () => {
    const error = await failure(['Name\n', 'x'.repeat(200), '\n'], 100);
    expect(error).toMatchObject({ code: 'file_too_large', status: 413 });
  });

  it('refuses text that is not UTF-8, saying how to save it', async () => {
    const error = await failure([Buffer.from('Name\n'), Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a])]);
    expect(error).toMatchObject({ code: 'invalid_encoding', status: 422 });
    expect(error.message).toContain('CSV UTF-8');
  });

  it('refuses broken quoting with the line it is on', async () => {
    const error = await failure(['Name,Email\nok,a@b.example\n"bad"x,c@d.example\n']);
    expect(error).toMatchObject({ code: 'malformed_csv', status: 422 });
    expect(error.message).toContain('line 3');
  });
});
