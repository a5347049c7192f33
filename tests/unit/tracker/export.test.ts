import { csvParse } from "d3";
import { describe, expect, it } from "vitest";
import { csvLines } from "../../../src/lib/data/csv.ts";
import { trackerFields, trackerRecordSchema, type TrackerRecord } from "../../../src/lib/schema/tracker.ts";

const records: TrackerRecord[] = [
  { id: "ceshi-2020-t-1", place: "ceshi", metric: "gdp_growth", year: 2020, target_report: "ceshi-2020", target_figure: "ceshi-2020-t-1", outcome_report: "ceshi-2021", outcome_figure: "ceshi-2021-r-1", status: "missed", rule_id: "floor_approx", rule: "约数或区间目标：结果 0.3% 对目标 6.5%，差 6.2个百分点，超过0.5个百分点为未完成" },
  { id: "ceshi-2020-t-2", place: "ceshi", metric: "cpi_growth", year: 2020, target_report: "ceshi-2020", target_figure: "ceshi-2020-t-2", outcome_report: "ceshi-2021", outcome_figure: null, status: "not_reported", rule_id: "no_outcome", rule: "未报告：2021年报告没有给出2020年这一指标的单年数字, \"引号\"" },
];

describe("the tracker downloads", () => {
  it("CSV: a BOM, a header row of the record's fields, and the same content as the JSON (null as an empty cell)", () => {
    const csv = [...csvLines(trackerFields, records)].join("");
    expect(csv.startsWith("\ufeff")).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(trackerFields);
    const back = rows.map((r) =>
      trackerRecordSchema.parse({ ...r, year: Number(r.year), outcome_figure: r.outcome_figure === "" ? null : r.outcome_figure }),
    );
    expect(back).toEqual(records);
  });

  it("JSON records follow the schema field by field", () => {
    for (const r of records) expect(Object.keys(trackerRecordSchema.strict().parse(r))).toEqual(trackerFields);
  });
});

describe("shortName", () => {
  it("drops the level word and a region's peoples, never the whole name", async () => {
    const { shortName } = await import("../../../src/lib/tracker/view.ts");
    expect(["宁夏回族自治区", "石嘴山市", "内蒙古自治区", "西藏自治区", "新疆维吾尔自治区", "黔西南布依族苗族自治州", "北京市", "国务院"].map(shortName)).toEqual([
      "宁夏", "石嘴山", "内蒙古", "西藏", "新疆", "黔西南", "北京", "国务院",
    ]);
  });
});
