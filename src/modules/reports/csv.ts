/** CSV of the reports (RFC 4180, CRLF line ends), with cells a spreadsheet would run as formulas defused. */

const cell = (v: unknown): string => {
  let s = v === null || v === undefined ? '' : String(v);
  // A leading =, +, - or @ makes a spreadsheet evaluate the cell (CSV injection); a quote keeps it text.
  if (/^[=+\-@]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The header line, then one line per row. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return `${[header.join(','), ...rows.map((r) => r.map(cell).join(','))].join('\r\n')}\r\n`;
}
