import { recordsToCsv } from "../data/csv.ts";
import { figureFields, type Figure, type StoredFigure } from "../schema/figure.ts";

/** The public record of a stored figure: the fields of GUIDE §2 in schema order, `span` dropped. */
export function publicFigure(f: StoredFigure | Figure): Figure {
  return Object.fromEntries(figureFields.map((k) => [k, f[k]])) as Figure;
}

/** `/data/indicators.json`: an array of public figure records, two-space indented, final newline. */
export function figuresToJson(figs: readonly (StoredFigure | Figure)[]): string {
  return `${JSON.stringify(figs.map(publicFigure), null, 2)}\n`;
}

/**
 * `/data/indicators.csv`: UTF-8 with a byte-order mark, a header row of the figure fields in schema order, one row
 * per record (arrays such as ratios and periods as `a:b`, null as an empty cell).
 */
export function figuresToCsv(figs: readonly (StoredFigure | Figure)[]): string {
  return recordsToCsv(figureFields, figs.map(publicFigure));
}
