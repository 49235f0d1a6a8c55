// CSV as RFC 4180 has it: CRLF line ends, every field quoted when it holds a comma, quote or line
// break, quotes doubled. UTF-8, no byte-order mark (spreadsheets that need one can be told the encoding).
export type CsvValue = string | number;

export function csvField(value: CsvValue): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(",")}\r\n`).join("");
}
