/**
 * A reader for TNEF (winmail.dat, application/ms-tnef), the format Outlook and Exchange wrap
 * attachments in, written from Microsoft's published specification [MS-OXTNEF] and the MAPI
 * property types of [MS-OXCDATA]. See docs/adr/0006-own-tnef-reader.md for why not node-tnef.
 *
 * Every read is bounds-checked and the walk is linear in the input; a damaged stream yields
 * what was read before the damage and says so.
 */

/** One attachment found in a TNEF stream. */
export interface TnefAttachment {
  filename: string | null;
  contentType: string | null;
  contentId: string | null;
  content: Uint8Array;
}

/** What a TNEF stream held. */
export interface TnefContent {
  attachments: TnefAttachment[];
  /** The HTML body (PR_BODY_HTML), when the sender's Outlook stored one. */
  html: string | null;
  /** The plain-text body (PR_BODY). */
  text: string | null;
  /** Why reading stopped early, when it did. */
  damage: string | null;
}

const SIGNATURE = 0x223e9f78;
const LEVEL_ATTACHMENT = 0x02;
// Attribute ids (the low 16 bits of the attribute tag).
const ATT_ATTACH_REND_DATA = 0x9002; // starts a new attachment
const ATT_ATTACH_TITLE = 0x8010;
const ATT_ATTACH_DATA = 0x800f;
const ATT_ATTACHMENT = 0x9005; // the attachment's MAPI properties
const ATT_MAPI_PROPS = 0x9003; // the message's MAPI properties
// MAPI property ids.
const PR_ATTACH_DATA = 0x3701;
const PR_ATTACH_FILENAME = 0x3704;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_MIME_TAG = 0x370e;
const PR_ATTACH_CONTENT_ID = 0x3712;
const PR_DISPLAY_NAME = 0x3001;
const PR_BODY = 0x1000;
const PR_BODY_HTML = 0x1013;
// MAPI property types: fixed sizes in the stream (values are padded to 4 bytes).
const FIXED: Record<number, number> = { 0x0001: 4, 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8, 0x000a: 4, 0x000b: 4, 0x0014: 8, 0x0040: 8, 0x0048: 16 };
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
const PT_BINARY = 0x0102;
const PT_OBJECT = 0x000d;
const MV_FLAG = 0x1000;

class Damaged extends Error {}

/** A bounds-checked little-endian cursor. */
class Cursor {
  constructor(readonly buf: Uint8Array, public pos = 0, readonly end = buf.length) {}
  need(n: number): void {
    if (n < 0 || this.pos + n > this.end) throw new Damaged(`truncated at byte ${this.pos}`);
  }
  u8(): number {
    this.need(1);
    return this.buf[this.pos++];
  }
  u16(): number {
    this.need(2);
    const v = this.buf[this.pos] | (this.buf[this.pos + 1] << 8);
    this.pos += 2;
    return v;
  }
  u32(): number {
    this.need(4);
    const v = (this.buf[this.pos] | (this.buf[this.pos + 1] << 8) | (this.buf[this.pos + 2] << 16)) + this.buf[this.pos + 3] * 0x1000000;
    this.pos += 4;
    return v;
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }
  skip(n: number): void {
    this.need(n);
    this.pos += n;
  }
}

const latin1 = new TextDecoder('latin1');
const utf16 = new TextDecoder('utf-16le');
const utf8 = new TextDecoder('utf-8');
const cString = (s: string) => s.replace(/\0+$/, '');

type PropValue = Uint8Array | string | null;

/** Reads one MAPI property list into a map of property id → first value of interest. */
function readProps(data: Uint8Array): Map<number, PropValue> {
  const c = new Cursor(data);
  const props = new Map<number, PropValue>();
  const count = c.u32();
  for (let i = 0; i < count && c.pos < c.end; i++) {
    const type = c.u16();
    const id = c.u16();
    if (id >= 0x8000) {
      c.skip(16); // named property: GUID, then a number or a UTF-16 name
      if (c.u32() === 0) c.skip(4);
      else {
        const len = c.u32();
        c.skip(len + ((4 - (len % 4)) % 4));
      }
    }
    const base = type & ~MV_FLAG;
    const values = type & MV_FLAG || [PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT].includes(base) ? c.u32() : 1;
    for (let v = 0; v < values; v++) {
      const fixed = FIXED[base];
      if (fixed !== undefined) {
        c.skip(fixed);
        continue;
      }
      if (![PT_STRING8, PT_UNICODE, PT_BINARY, PT_OBJECT].includes(base)) throw new Damaged(`unknown property type 0x${base.toString(16)}`);
      const len = c.u32();
      const raw = c.bytes(len);
      c.skip((4 - (len % 4)) % 4);
      if (v > 0 || props.has(id)) continue;
      if (base === PT_UNICODE) props.set(id, cString(utf16.decode(raw)));
      else if (base === PT_STRING8) props.set(id, cString(latin1.decode(raw)));
      // An object value starts with the 16-byte interface id of what follows.
      else props.set(id, base === PT_OBJECT ? raw.subarray(Math.min(16, raw.length)) : raw);
    }
  }
  return props;
}

interface Building {
  title: string | null;
  data: Uint8Array | null;
  props: Map<number, PropValue>;
}

const text = (v: PropValue | undefined) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function finish(a: Building): TnefAttachment | null {
  const dataProp = a.props.get(PR_ATTACH_DATA);
  const content = a.data ?? (dataProp instanceof Uint8Array ? dataProp : null);
  if (!content) return null;
  const filename = text(a.props.get(PR_ATTACH_LONG_FILENAME)) ?? text(a.props.get(PR_ATTACH_FILENAME)) ?? a.title ?? text(a.props.get(PR_DISPLAY_NAME));
  return { filename, contentType: text(a.props.get(PR_ATTACH_MIME_TAG)), contentId: text(a.props.get(PR_ATTACH_CONTENT_ID)), content };
}

/** True when the bytes start with the TNEF signature. */
export function isTnef(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && new Cursor(bytes).u32() === SIGNATURE;
}

/** Reads a TNEF stream. At most `maxAttachments` attachments are returned. */
export function readTnef(bytes: Uint8Array, maxAttachments = 1000): TnefContent {
  const out: TnefContent = { attachments: [], html: null, text: null, damage: null };
  const c = new Cursor(bytes);
  let current: Building | null = null;
  const flush = () => {
    const done = current && finish(current);
    if (done && out.attachments.length < maxAttachments) out.attachments.push(done);
    current = null;
  };
  try {
    if (c.u32() !== SIGNATURE) throw new Damaged('not a TNEF stream');
    c.skip(2); // legacy key
    while (c.pos < c.end) {
      const level = c.u8();
      const id = c.u32() & 0xffff;
      const length = c.u32();
      const data = c.bytes(length);
      c.skip(2); // checksum
      if (id === ATT_ATTACH_REND_DATA) {
        flush();
        current = { title: null, data: null, props: new Map() };
      } else if (level === LEVEL_ATTACHMENT && current) {
        const building: Building = current;
        if (id === ATT_ATTACH_TITLE) building.title = text(cString(latin1.decode(data)));
        else if (id === ATT_ATTACH_DATA) building.data = data;
        else if (id === ATT_ATTACHMENT) building.props = readProps(data);
      } else if (id === ATT_MAPI_PROPS) {
        const props = readProps(data);
        const html = props.get(PR_BODY_HTML);
        out.html = html instanceof Uint8Array ? utf8.decode(html) : text(html);
        out.text = text(props.get(PR_BODY));
      }
    }
  } catch (error) {
    if (!(error instanceof Damaged)) throw error;
    out.damage = error.message;
  }
  flush();
  return out;
}
