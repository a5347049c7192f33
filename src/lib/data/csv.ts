import { csvFormatRow } from "d3-dsv";

/** A value a CSV cell can hold: arrays are written `a:b` (ratios, periods), null as an empty cell. */
export type CellValue = string | number | boolean | null | readonly number[];

/** One CSV cell as written. */
export function csvCell(value: CellValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(":");
  return String(value);
}

/**
 * A CSV download, line by line: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese
 * correctly), a header row of the given fields in order, one row per record, each line ending in a newline;
 * quoting by d3's `csvFormatRow`. Records are read one at a time, so a large table is never held whole.
 */
export function* csvLines<K extends string>(fields: readonly K[], records: Iterable<Record<K, CellValue>>): Generator<string> {
  yield `\ufeff${csvFormatRow(fields.slice())}\n`;
  for (const r of records) yield `${csvFormatRow(fields.map((k) => csvCell(r[k])))}\n`;
}
