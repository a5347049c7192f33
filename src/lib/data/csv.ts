import { csvFormatRows } from "d3";

/** A value a CSV cell can hold: arrays are written `a:b` (ratios, periods), null as an empty cell. */
export type CellValue = string | number | boolean | null | readonly number[];

/** One CSV cell as written. */
export function csvCell(value: CellValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(":");
  return String(value);
}

/**
 * A CSV download: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese correctly), a header
 * row of the given fields in order, one row per record; quoting by d3's `csvFormatRows`.
 */
export function recordsToCsv<K extends string>(fields: readonly K[], records: readonly Record<K, CellValue>[]): string {
  const rows = records.map((r) => fields.map((k) => csvCell(r[k])));
  return `\ufeff${csvFormatRows([fields.slice(), ...rows])}\n`;
}
