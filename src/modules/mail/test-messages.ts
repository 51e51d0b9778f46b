/**
 * Builders of raw test messages, made in code so the repository holds no large fixture files.
 * Used by this module's tests only.
 */
import { generateKeyPairSync } from 'node:crypto';

/** A raw message from header lines and a body, CRLF line endings. */
export function rawMessage(headers: Record<string, string>, body: string): Uint8Array {
  const head = Object.entries({ 'MIME-Version': '1.0', Date: 'Tue, 03 Dec 2024 10:00:00 +0000', 'Message-ID': '<m1@example.test>', ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return new TextEncoder().encode(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`);
}

/** A multipart/mixed body of the given parts (each with its own header lines), closed or cut short. */
export function multipart(boundary: string, parts: { headers: string; body: string }[], closed = true): string {
  const inner = parts.map((p) => `--${boundary}\r\n${p.headers}\r\n\r\n${p.body}\r\n`).join('');
  return `${inner}${closed ? `--${boundary}--\r\n` : ''}`;
}

/** A base64 body wrapped at 76 characters. */
export function base64Lines(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n');
}

/**
 * DNS answering from a map of `"TXT name"` → record, as the SMTP listener's checks ask it; any
 * other name is unknown (ENOTFOUND). Lets SPF, DKIM and DMARC run offline.
 */
export function dnsFromMap(records: Record<string, string>): (name: string, rrtype: string) => Promise<string[][]> {
  return async (name, rrtype) => {
    const record = records[`${rrtype} ${name.toLowerCase()}`];
    if (record === undefined) throw Object.assign(new Error(`query${rrtype} ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    return [[record]];
  };
}

/** A fresh RSA key for DKIM: the private key (PEM) and its DNS record (`v=DKIM1; k=rsa; p=…`). */
export function dkimKey(): { privateKey: string; record: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    record: `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`,
  };
}
