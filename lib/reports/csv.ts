/** CSV for spreadsheets: a header row, CRLF line ends, ISO dates, money as decimal pounds ("300.00"). */

/** Minor units as a plain decimal: 30000 → "300.00", -2050 → "-20.50". */
export function decimal(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * A text cell. Names typed by people may start with = + - @ (or a tab / CR), which a spreadsheet would
 * run as a formula: such cells get a leading apostrophe.
 */
export function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * One cell, quoted when it holds a quote, a line break, or either separator a spreadsheet may split
 * on: "," and also ";" (Excel in many European locales reads ";" as the separator).
 */
function cell(value: string | number): string {
  const s = String(value);
  return /[",;\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
