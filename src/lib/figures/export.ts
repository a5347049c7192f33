import { csvLines } from "../data/csv.ts";
import { jsonArrayLines } from "../data/json.ts";
import {
  figureFields,
  publishedFigureFields,
  type Figure,
  type FigureCitation,
  type PublishedFigure,
  type StoredFigure,
} from "../schema/figure.ts";

/** The public record of a stored figure: the fields of GUIDE §2 in schema order, `span` dropped. */
export function publicFigure(f: StoredFigure | Figure): Figure {
  return Object.fromEntries(figureFields.map((k) => [k, f[k]])) as Figure;
}

/** Gives a record its citation fields (src/lib/cite/data.ts `figureCiter`). */
export type CiteFigure = (f: Figure) => FigureCitation;

const ownFields = new Set<string>(figureFields);

/**
 * A record as the downloads publish it: its public fields, then its citation's (issuer, title, date, permalink),
 * in the order of `publishedFigureFields`; a citation field of a record's name would win. One object made per
 * record (at 400 reports, about 74,000 records in each of two downloads).
 */
export function publishedFigure(f: StoredFigure | Figure, cite: CiteFigure): PublishedFigure {
  const citation: Partial<Record<string, unknown>> = cite(f);
  const out: Record<string, unknown> = {};
  for (const k of publishedFigureFields) out[k] = Object.hasOwn(citation, k) ? citation[k] : ownFields.has(k) ? f[k as keyof Figure] : undefined;
  return out as PublishedFigure;
}

/** The records as published, one at a time: with their citation fields when `cite` is given. */
const records = (figs: Iterable<StoredFigure | Figure>, cite?: CiteFigure): Iterable<Figure | PublishedFigure> =>
  Iterator.from(figs).map((f) => (cite ? publishedFigure(f, cite) : publicFigure(f)));

/** `/data/indicators.json`, piece by piece (see `figuresToJson`). */
export function figureJsonLines(figs: Iterable<StoredFigure | Figure>, cite?: CiteFigure): Generator<string> {
  return jsonArrayLines(records(figs, cite));
}

/** `/data/indicators.json`: an array of public figure records (with `cite`, their citation fields too), two-space indented, final newline. */
export function figuresToJson(figs: Iterable<StoredFigure | Figure>, cite?: CiteFigure): string {
  return [...figureJsonLines(figs, cite)].join("");
}

/** `/data/indicators.csv`, line by line (see `figuresToCsv`). */
export function figureCsvLines(figs: Iterable<StoredFigure | Figure>, cite?: CiteFigure): Generator<string> {
  const all = Iterator.from(figs);
  return cite ? csvLines(publishedFigureFields, all.map((f) => publishedFigure(f, cite))) : csvLines(figureFields, all.map(publicFigure));
}

/**
 * `/data/indicators.csv`: UTF-8 with a byte-order mark, a header row of the figure fields in schema order (with
 * `cite`, the citation fields after them), one row per record (arrays such as ratios and periods as `a:b`,
 * null as an empty cell).
 */
export function figuresToCsv(figs: Iterable<StoredFigure | Figure>, cite?: CiteFigure): string {
  return [...figureCsvLines(figs, cite)].join("");
}
