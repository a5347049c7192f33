import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { figuresToCsv, figuresToJson, publicFigure } from "../../../src/lib/figures/export.ts";
import { figureFields, figureSchema, type Figure } from "../../../src/lib/schema/figure.ts";
import { real } from "./helpers.ts";

const figures = [...real("zhongwei-2020").figures, ...real("shizuishan-2020").figures];

/** A CSV cell back to the record's type, by the schema's field. */
function fromCell(field: keyof Figure, cell: string): unknown {
  if (cell === "" && field !== "quote" && field !== "label_zh") return null;
  switch (field) {
    case "year":
    case "base_year":
    case "min":
    case "max":
      return Number(cell);
    case "value":
      return cell.includes(":") ? cell.split(":").map(Number) : Number(cell);
    case "period":
      return cell.split(":").map(Number);
    case "estimate":
      return cell === "true";
    default:
      return cell;
  }
}

describe("the data exports", () => {
  it("JSON: an array of public records in schema field order, without span", () => {
    const parsed = JSON.parse(figuresToJson(figures)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(figures.length);
    for (const record of parsed) {
      expect(Object.keys(record)).toEqual(figureFields);
      expect(figureSchema.strict().parse(record)).toEqual(record);
    }
    expect(parsed[0]).toEqual(publicFigure(figures[0]!));
  });

  it("CSV: a BOM, a header row, one row per record, and the same content as the JSON", () => {
    const csv = figuresToCsv(figures);
    expect(csv.startsWith("\ufeff")).toBe(true);
    expect(csv.slice(1).split("\n")[0]).toBe(figureFields.join(","));
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(figureFields);
    expect(rows).toHaveLength(figures.length);
    const back = rows.map((row) => Object.fromEntries(figureFields.map((k) => [k, fromCell(k, row[k]!)])));
    expect(back).toEqual(JSON.parse(figuresToJson(figures)));
  });

  it("CSV: ratios as 14:43:43, nulls as empty cells, quotes and commas quoted", () => {
    const ratio = figures.find((f) => Array.isArray(f.value))!;
    const tricky: Figure = { ...publicFigure(ratio), label_zh: 'a "b", c', quote: "x,\ny" };
    const csv = figuresToCsv([tricky]);
    expect(csv).toContain(",14:43:43,,,:,");
    expect(csv).toContain('"a ""b"", c"');
    expect(csvParse(csv.slice(1))[0]).toMatchObject({ label_zh: 'a "b", c', quote: "x,\ny", min: "", qualifier: "" });
  });
});
