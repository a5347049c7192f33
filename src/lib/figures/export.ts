import { csvFormatRows } from "d3";
import { figureFields, type Figure, type StoredFigure } from "../schema/figure.ts";

/** The public record of a stored figure: the fields of GUIDE §2 in schema order, `span` dropped. */
export function publicFigure(f: StoredFigure | Figure): Figure {
  return Object.fromEntries(figureFields.map((k) => [k, f[k]])) as Figure;
}

/** `/data/indicators.json`: an array of public figure records, two-space indented, final newline. */
export function figuresToJson(figs: readonly (StoredFigure | Figure)[]): string {
  return `${JSON.stringify(figs.map(publicFigure), null, 2)}\n`;
}

/** One CSV cell: arrays as `14:43:43` (a ratio) or `2016:2020` (a period), null as an empty cell, everything else as written by `String`. */
function cell(value: Figure[keyof Figure]): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.join(":");
  return String(value);
}

/**
 * `/data/indicators.csv`: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese correctly),
 * a header row of the figure fields in schema order, one row per record; quoting by d3's `csvFormatRows`.
 */
export function figuresToCsv(figs: readonly (StoredFigure | Figure)[]): string {
  const rows = figs.map((f) => figureFields.map((k) => cell(publicFigure(f)[k])));
  return `\ufeff${csvFormatRows([figureFields.slice(), ...rows])}\n`;
}
