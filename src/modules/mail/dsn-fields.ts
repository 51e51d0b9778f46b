/**
 * The fields of a delivery status notification (RFC 3464 message/delivery-status): one group
 * per recipient (Final-Recipient, Action, Status, Diagnostic-Code …). Read leniently, as
 * servers write them: folded lines, "Name : value", groups not separated by blank lines.
 */

/** One recipient's group of fields, names lowercased. */
export type DsnGroup = Map<string, string>;

const FIELD = /^([A-Za-z][A-Za-z0-9-]{1,40})\s*:\s*(.*)$/;

/** Unfolds continuation lines and splits into groups at blank lines and at each new recipient. */
export function dsnGroups(text: string): DsnGroup[] {
  const groups: DsnGroup[] = [];
  let current: DsnGroup = new Map();
  let last: string | null = null;
  const close = () => {
    if (current.size > 0) groups.push(current);
    current = new Map();
    last = null;
  };
  for (const line of text.slice(0, 200_000).replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      close();
      continue;
    }
    if (/^[ \t]/.test(line) && last !== null) {
      current.set(last, `${current.get(last)} ${line.trim()}`);
      continue;
    }
    const m = FIELD.exec(line);
    if (!m) {
      last = null;
      continue;
    }
    const name = m[1].toLowerCase();
    // A second recipient's fields sometimes follow without a blank line.
    if ((name === 'final-recipient' || name === 'original-recipient') && (current.has('final-recipient') || current.has('action')) && current.has(name)) close();
    if (!current.has(name)) current.set(name, m[2].trim());
    last = name;
  }
  close();
  return groups;
}

/** The address of a "rfc822; user@example.com" recipient field. */
export function dsnAddress(value: string | undefined): string | null {
  if (!value) return null;
  const after = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
  const m = /<?([^\s<>;"]+@[^\s<>;"]+?)>?(?:\s|$)/.exec(after.trim() + ' ');
  if (!m) return null;
  // A source route ("@relay:user@host") keeps only the mailbox.
  return m[1].replace(/^@[^:]+:/, '').toLowerCase();
}

/** The recipient groups among the groups: those naming a recipient and saying what happened. */
export function recipientGroups(groups: DsnGroup[]): DsnGroup[] {
  return groups.filter((g) => (g.has('final-recipient') || g.has('original-recipient')) && (g.has('action') || g.has('status') || g.has('diagnostic-code')));
}
