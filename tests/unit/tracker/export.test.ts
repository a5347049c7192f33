import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { csvLines } from "../../../src/lib/data/csv.ts";
import { publishedTrackerFields, publishedTrackerSchema, trackerFields, trackerRecordSchema, type TrackerRecord } from "../../../src/lib/schema/tracker.ts";
import { publishedTrackerRecords } from "../../../src/lib/tracker/export.ts";

const records: TrackerRecord[] = [
  { id: "ceshi-2020-t-1", place: "ceshi", metric: "gdp_growth", year: 2020, target_report: "ceshi-2020", target_figure: "ceshi-2020-t-1", outcome_report: "ceshi-2021", outcome_figure: "ceshi-2021-r-1", status: "missed", rule_id: "floor_approx", rule: "约数或区间目标：结果 0.3% 对目标 6.5%，差 6.2个百分点，超过0.5个百分点为未完成" },
  { id: "ceshi-2020-t-2", place: "ceshi", metric: "cpi_growth", year: 2020, target_report: "ceshi-2020", target_figure: "ceshi-2020-t-2", outcome_report: "ceshi-2021", outcome_figure: null, status: "not_reported", rule_id: "no_outcome", rule: "未报告：2021年报告没有给出2020年这一指标的单年数字, \"引号\"" },
];

const figures = [
  { id: "ceshi-2020-t-1", report: "ceshi-2020", paragraph: "p-30", quote: "力争地区生产总值增长6.5%左右" },
  { id: "ceshi-2021-r-1", report: "ceshi-2021", paragraph: "p-4", quote: "全市地区生产总值增长0.3%" },
  { id: "ceshi-2020-t-2", report: "ceshi-2020", paragraph: "p-31", quote: "居民消费价格涨幅控制在3%左右" },
];
const cite = (f: { report: string; paragraph: string }) => ({ permalink: `https://example.org/reports/${f.report}/#${f.paragraph}` });
const published = [...publishedTrackerRecords(records, figures, cite)];

describe("the tracker downloads", () => {
  it("publish each record with both sentences and their permalinks, null where there is no outcome", () => {
    expect(published.map((r) => Object.keys(r))).toEqual([publishedTrackerFields, publishedTrackerFields]);
    expect(publishedTrackerFields.slice(0, trackerFields.length)).toEqual(trackerFields);
    expect(published[0]).toMatchObject({
      ...records[0],
      target_quote: "力争地区生产总值增长6.5%左右",
      target_permalink: "https://example.org/reports/ceshi-2020/#p-30",
      outcome_quote: "全市地区生产总值增长0.3%",
      outcome_permalink: "https://example.org/reports/ceshi-2021/#p-4",
    });
    expect(published[1]).toMatchObject({ ...records[1], target_quote: "居民消费价格涨幅控制在3%左右", outcome_quote: null, outcome_permalink: null });
    for (const r of published) publishedTrackerSchema.strict().parse(r);
    expect(() => [...publishedTrackerRecords(records, figures.slice(1), cite)]).toThrow(/unknown figure: ceshi-2020-t-1/);
  });

  it("CSV: a BOM, a header row of the published fields, and the same content as the JSON (null as an empty cell)", () => {
    const csv = [...csvLines(publishedTrackerFields, published)].join("");
    expect(csv.startsWith("\ufeff")).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(publishedTrackerFields);
    const nullable = ["outcome_figure", "outcome_quote", "outcome_permalink"] as const;
    const back = rows.map((r) => publishedTrackerSchema.parse({ ...r, year: Number(r.year), ...Object.fromEntries(nullable.map((k) => [k, r[k] === "" ? null : r[k]])) }));
    expect(back).toEqual(published);
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
