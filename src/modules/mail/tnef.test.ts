import { describe, expect, it } from 'vitest';
import { isTnef, readTnef } from './tnef.js';

/** Little-endian writer for building TNEF streams by the [MS-OXTNEF] layout. */
class Writer {
  parts: number[] = [];
  u8(v: number) { this.parts.push(v & 0xff); return this; }
  u16(v: number) { return this.u8(v).u8(v >> 8); }
  u32(v: number) { return this.u16(v & 0xffff).u16(v >>> 16); }
  bytes(b: Uint8Array) { this.parts.push(...b); return this; }
  pad4(n: number) { for (let i = 0; i < (4 - (n % 4)) % 4; i++) this.u8(0); return this; }
  attr(level: number, tag: number, data: Uint8Array) { return this.u8(level).u32(tag).u32(data.length).bytes(data).u16(0); }
  done() { return new Uint8Array(this.parts); }
}

const ascii = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string) => new Uint8Array(Buffer.from(`${s}\0`, 'utf16le'));

/** A MAPI property list with one PT_UNICODE long filename and one PT_STRING8 MIME type. */
function attachmentProps(longName: string, mime: string): Uint8Array {
  const w = new Writer().u32(2);
  const name = utf16(longName);
  w.u16(0x001f).u16(0x3707).u32(1).u32(name.length).bytes(name).pad4(name.length);
  const type = ascii(`${mime}\0`);
  w.u16(0x001e).u16(0x370e).u32(1).u32(type.length).bytes(type).pad4(type.length);
  return w.done();
}

function tnef(...files: { short: string; long: string; mime: string; data: string }[]): Uint8Array {
  const w = new Writer().u32(0x223e9f78).u16(0x0001);
  for (const f of files) {
    w.attr(2, 0x00069002, new Uint8Array(14));
    w.attr(2, 0x00018010, ascii(`${f.short}\0`));
    w.attr(2, 0x0006800f, ascii(f.data));
    w.attr(2, 0x00069005, attachmentProps(f.long, f.mime));
  }
  return w.done();
}

describe('readTnef', () => {
  it('unpacks every attachment with its long filename, type and bytes', () => {
    const stream = tnef({ short: 'QUARTE~1.PDF', long: 'Quarterly report 2024.pdf', mime: 'application/pdf', data: '%PDF-1.4 fake' }, { short: 'NOTES.TXT', long: 'notes.txt', mime: 'text/plain', data: 'hello' });
    expect(isTnef(stream)).toBe(true);
    const out = readTnef(stream);
    expect(out.damage).toBeNull();
    expect(out.attachments.map((a) => [a.filename, a.contentType, new TextDecoder().decode(a.content)])).toEqual([
      ['Quarterly report 2024.pdf', 'application/pdf', '%PDF-1.4 fake'],
      ['notes.txt', 'text/plain', 'hello'],
    ]);
  });

  it('keeps what was read before a truncation and says where it stopped', () => {
    const stream = tnef({ short: 'A.TXT', long: 'a.txt', mime: 'text/plain', data: 'first' }, { short: 'B.TXT', long: 'b.txt', mime: 'text/plain', data: 'second' });
    const out = readTnef(stream.subarray(0, stream.length - 20));
    expect(out.attachments.map((a) => a.filename)).toContain('a.txt');
    expect(out.damage).toMatch(/truncated/);
  });

  it('rejects data without the TNEF signature', () => {
    expect(isTnef(ascii('not tnef at all'))).toBe(false);
    expect(readTnef(ascii('not tnef at all')).damage).toBe('not a TNEF stream');
  });
});
