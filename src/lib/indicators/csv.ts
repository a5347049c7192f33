import { csvFormat } from "d3";
import { figureFields, type Figure } from "../schema/figure.ts";

/** A record's fields as CSV cells: null → empty, a ratio's parts joined by `:` (14:43:43), the rest as text. */
function cells(figure: Figure): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of figureFields) {
    const v = figure[field];
    out[field] = v === null ? "" : Array.isArray(v) ? v.join(":") : String(v);
  }
  return out;
}

/** Figure records as CSV text (RFC 4180 quoting by d3-dsv): a header row of the record's fields, one row each. */
export function figuresCsv(figures: readonly Figure[]): string {
  return csvFormat(figures.map(cells), figureFields);
}
