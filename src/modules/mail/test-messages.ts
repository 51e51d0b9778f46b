/**
 * Builders of raw test messages, made in code so the repository holds no large fixture files.
 * Used by this module's tests only.
 */

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
