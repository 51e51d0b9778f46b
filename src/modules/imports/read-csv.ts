/**
 * Reads a CSV file as it streams in: its bytes counted against the limit and hashed, decoded as
 * UTF-8 (a byte-order mark dropped), its delimiter taken from the header line (comma, semicolon or
 * tab, as spreadsheets in different locales write them), and its records parsed by csv-parse —
 * one at a time, so a 20 MB file never sits in memory whole.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../../platform/errors.js';

/** A record of the file: its cells, and its number as a spreadsheet shows it (the header is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** Filled in while reading: the file's size and SHA-256 (hex) once it has been read to its end. */
export interface CsvMeter {
  bytes: number;
  sha256: string;
}

/** The delimiter of a header line: whichever of comma, semicolon and tab it has most of outside quotes. */
export function sniffDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts.entries()].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function tooLarge(limit: number): AppError {
  return new AppError('file_too_large', `The file is larger than the ${Math.floor(limit / 1024 / 1024) || limit} ${limit >= 1024 * 1024 ? 'MB' : 'bytes'} an import accepts: split it into smaller files`, {
    status: 413,
    field: '/body',
    details: { limitBytes: limit },
  });
}

async function* decoded(source: AsyncIterable<Buffer | string>, limitBytes: number, meter: CsvMeter): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const hash = createHash('sha256');
  let lines = 1;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    meter.bytes += bytes.length;
    if (meter.bytes > limitBytes) throw tooLarge(limitBytes);
    hash.update(bytes);
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new AppError('invalid_encoding', `The file is not UTF-8 text (near line ${lines}): save it as “CSV UTF-8” and upload it again`, { status: 422, field: '/body' });
    }
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines += 1;
    if (text) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new AppError('invalid_encoding', 'The file ends in the middle of a UTF-8 character: save it as “CSV UTF-8” and upload it again', { status: 422, field: '/body' });
  }
  meter.sha256 = hash.digest('hex');
}

/**
 * The records of a CSV byte stream, header first. Bad input ends the reading with a 4xx AppError:
 * over `limitBytes` (413 file_too_large), not UTF-8 (422 invalid_encoding), broken quoting
 * (422 malformed_csv, with the line).
 */
export async function* readCsv(source: AsyncIterable<Buffer | string>, limitBytes: number, meter: CsvMeter): AsyncGenerator<CsvRecord> {
  const text = decoded(source, limitBytes, meter)[Symbol.asyncIterator]();
  const head: string[] = [];
  while (!head.join('').includes('\n')) {
    const next = await text.next();
    if (next.done) break;
    head.push(next.value);
  }
  const firstLine = head.join('').replace(/^\uFEFF/, '').split('\n')[0];
  const parser = parse({ delimiter: sniffDelimiter(firstLine), record_delimiter: ['\r\n', '\n', '\r'], bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  let failure: unknown;
  const input = Readable.from(
    (async function* () {
      yield* head;
      for (;;) {
        const next = await text.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
    { objectMode: false },
  );
  const feeding = pipeline(input, parser).catch((error: unknown) => {
    failure ??= error;
  });
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      yield { row: item.info.records, cells: item.record };
    }
  } catch (error) {
    failure ??= error;
  } finally {
    input.destroy();
    await feeding;
  }
  if (failure) throw asAppError(failure);
}

function asAppError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof CsvError) {
    const csv = error as CsvError & { lines?: number };
    return new AppError('malformed_csv', `The file is not valid CSV at line ${csv.lines ?? '?'}: ${csv.message.replace(/ at line \d+.*$/s, '')}`, { status: 422, field: '/body', details: { line: csv.lines } });
  }
  return error;
}
