/**
 * The indicator pages' models in English, on small fixtures and on the real records: English place names
 * (the region as "Ningxia (region)"), English indicator labels (a record outside the vocabulary keeps its
 * Chinese wording, marked as such), English values, gaps, legends and charts whose links open the English
 * reader; split into the same parts as the Chinese pages, so each has its twin.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publicFigure } from "../../../src/lib/figures/export.ts";
import { indicatorChart } from "../../../src/lib/indicators/chart.ts";
import { filterStatus } from "../../../src/lib/indicators/filter.ts";
import { groupByMetric } from "../../../src/lib/indicators/group.ts";
import { indicatorsIndex } from "../../../src/lib/indicators/index-page.ts";
import { fitTitle, htmlLength, indicatorLabel, TITLE_MAX } from "../../../src/lib/indicators/label.ts";
import { metricPage } from "../../../src/lib/indicators/metric-page.ts";
import { placeInfos, rowLabel, shortNameEn, tableName } from "../../../src/lib/indicators/places.ts";
import { recordRow, yearsText } from "../../../src/lib/indicators/record-row.ts";
import { reportRecords } from "../../../src/lib/indicators/report-records.ts";
import type { MetricInfo } from "../../../src/lib/indicators/types.ts";
import { placesLegend, yearPages } from "../../../src/lib/indicators/year-page.ts";
import { planYears } from "../../../src/lib/indicators/years.ts";
import type { Figure, StoredFigure } from "../../../src/lib/schema/figure.ts";
import { metricsFileSchema } from "../../../src/lib/schema/metric.ts";
import { placesFileSchema } from "../../../src/lib/schema/place.ts";
import { fig, gdp } from "../charts/fixtures.ts";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;
/** The text of an SVG's elements and its links' names. */
const svgTexts = (svg: string) => [...svg.matchAll(/>([^<>]+)</g), ...svg.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]!);

const places = placeInfos(
  [
    { id: "ningxia", name_zh: "宁夏回族自治区", name_en: "Ningxia Hui Autonomous Region", parent: null },
    { id: "shizuishan", name_zh: "石嘴山市", name_en: "Shizuishan", parent: "ningxia" },
    { id: "zhongwei", name_zh: "中卫市", name_en: "Zhongwei", parent: "ningxia" },
  ],
  ["ningxia", "shizuishan", "zhongwei"],
);
const metrics: MetricInfo[] = [
  { id: "gdp_growth", label_zh: "地区生产总值增速", label_en: "GDP growth", better: "up", category: "economy", measure: "change" },
];
const regionTarget = { ...gdp.zhongweiTarget, id: "ningxia-2020-t-1", report: "ningxia-2020", city: "ningxia", url: "/reports/ningxia-2020/#p-9" };
const unmapped = fig({ city: "zhongwei", kind: "result", value: 68, unit: "万吨", label_zh: "粮食产量", quote: "粮食产量达68万吨" });

describe("places in English", () => {
  it("are named by name_en, shortened, the region said to be one", () => {
    expect(places.map((p) => [p.short_en, tableName(p, "en"), rowLabel(p, "en")])).toEqual([
      ["Ningxia", "Ningxia (region)", "Ningxia"],
      ["Shizuishan", "Shizuishan", "Shizuishan"],
      ["Zhongwei", "Zhongwei", "Zhongwei"],
    ]);
    expect(places.map((p) => tableName(p))).toEqual(["宁夏（自治区）", "石嘴山", "中卫"]);
    expect(["Gansu Province", "Inner Mongolia Autonomous Region", "Guangxi Zhuang Autonomous Region", "Zhongwei"].map(shortNameEn)).toEqual([
      "Gansu",
      "Inner Mongolia",
      "Guangxi",
      "Zhongwei",
    ]);
  });
});

describe("a chart model in English", () => {
  const [group] = groupByMetric([regionTarget, gdp.zhongweiResult, gdp.zhongweiTarget], places, metrics, 2020, "en");
  const chart = indicatorChart(group!, { idPrefix: "e", lang: "en" })!;

  it("is titled by the English label and the years, and describes the rows, the region's rule and the absent", () => {
    expect(chart.title).toBe("GDP growth: 2019 results and 2020 targets");
    expect(chart.desc).toBe(
      "Ningxia: no 2019 result reported, 2020 target about 6.5%; Zhongwei: 2019 estimate 6%, 2020 target about 6.5%. Higher is better. The dashed line marks the target of Ningxia (region). Not mentioned: Shizuishan.",
    );
    expect(group!.gaps).toBe("only a 2020 target: Ningxia (region); not mentioned: Shizuishan");
  });

  it("links its marks to the English reader and leaves no Chinese in the drawing", () => {
    expect([...chart.svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "/en/reports/ningxia-2020/#p-9",
      gdp.zhongweiResult.url.replace(/^/, "/en"),
      gdp.zhongweiTarget.url.replace(/^/, "/en"),
    ]);
    expect(svgTexts(chart.svg).filter((t) => CJK.test(t))).toEqual([]);
    expect(chart.svg).toMatch(/data-row="ningxia"[^>]*>Ningxia</);
  });

  it("has a legend naming the region's reference line", () => {
    expect(placesLegend(places, [2019, 2020], "en").map((i) => i.text)).toEqual(
      expect.arrayContaining(["Ningxia (region)", "Zhongwei", "2019 result", "2020 target", "Ningxia (region) 2020 target (reference line)"]),
    );
  });
});

describe("record rows in English", () => {
  const byId = new Map(metrics.map((m) => [m.id, m]));

  it("give the place, the kind and the value in English, the indicator by its English label", () => {
    expect(recordRow(gdp.zhongweiTarget, byId, places, "en")).toMatchObject({
      placeName: "Zhongwei",
      kindText: "2020 target",
      years: "2020",
      value: "about 6.5%",
      indicator: "GDP growth",
      indicatorLang: undefined,
      indicatorHref: "/indicators/gdp_growth/",
      quote: gdp.zhongweiTarget.quote,
    });
    expect(recordRow(regionTarget, byId, places, "en").placeName).toBe("Ningxia (region)");
  });

  it("keep the Chinese wording of an indicator outside the vocabulary, marked as Chinese", () => {
    expect(recordRow(unmapped, byId, places, "en")).toMatchObject({ indicator: "粮食产量", indicatorLang: "zh-CN", value: "680,000 tonnes" });
    expect(indicatorLabel("zh-CN", { label_zh: "粮食产量", label_en: null })).toEqual({ text: "粮食产量", lang: undefined });
  });

  it("write a period with an en dash", () => {
    const fiveYear = { ...gdp.zhongweiResult, period: [2016, 2020] as [number, number], year: 2020 };
    expect([yearsText(fiveYear, "en"), yearsText(fiveYear)]).toEqual(["2016–2020", "2016—2020年"]);
  });

  it("are filtered with an English status line", () => {
    expect([filterStatus(32, 32, "en"), filterStatus(3, 32, "en"), filterStatus(3, 32)]).toEqual([
      "Showing all 32 records",
      "Showing 3 of 32 records",
      "显示 3 条记录（共 32 条）",
    ]);
  });
});

describe("page titles", () => {
  const site = "Government Work Reports Side by Side";
  const fits = (t: string) => htmlLength(`${t} · ${site}`) <= TITLE_MAX;

  it("stay as they are when they fit beside the site name", () => {
    expect(fitTitle("GDP growth", site)).toBe("GDP growth");
    expect(fitTitle("地区生产总值增速：各地各年的结果与目标", "政府工作报告对读")).toBe("地区生产总值增速：各地各年的结果与目标");
  });

  it("drop a closing parenthesis, then shorten around an ellipsis, within the limit", () => {
    expect(fitTitle("Industrial value added growth (above designated size)", site)).toBe("Industrial value added growth");
    const urban = fitTitle("Urban per-capita disposable income growth", site);
    expect(urban).toBe("Urban… disposable income growth");
    expect(fits(urban)).toBe(true);
    expect(fitTitle("“Zombie” enterprises disposed of", site)).toBe("“Zombie” enterprises disposed…");
    expect(fits(fitTitle("Supercalifragilisticexpialidociousnessesnesses", site))).toBe(true);
    // Measured as written in the HTML, where an apostrophe takes five characters.
    expect(fits(fitTitle("People's congress deputies' suggestions handled", site))).toBe(true);
    expect(htmlLength("People's")).toBe(12);
  });
});

describe("the English pages on the real reports", () => {
  const content = join(import.meta.dirname, "../../../content");
  const read = (path: string): unknown => JSON.parse(readFileSync(join(content, path), "utf8"));
  const files = readdirSync(join(content, "indicators")).filter((f) => f.endsWith(".json")).sort();
  const figures: Figure[] = files.flatMap((f) => (read(`indicators/${f}`) as { figures: StoredFigure[] }).figures.map(publicFigure));
  const vocabulary = metricsFileSchema.parse(read("metrics.json"));
  const all = placeInfos(placesFileSchema.parse(read("places.json")), new Set(figures.map((f) => f.city)));

  it.each(planYears(figures.map((f) => f.report)))("split %i into the same parts as the Chinese, every chart in English", (year) => {
    const en = yearPages(year, figures, all, vocabulary, "en");
    const zh = yearPages(year, figures, all, vocabulary);
    expect(en.map((p) => p.sections.map((s) => [s.id, s.entries.length]))).toEqual(zh.map((p) => p.sections.map((s) => [s.id, s.entries.length])));
    const charts = en.flatMap((p) => p.sections.flatMap((s) => s.entries.flatMap((e) => (e.chart ? [e.chart] : []))));
    expect(charts.length).toBeGreaterThan(10);
    for (const c of charts) {
      expect(c.title, c.metric).toMatch(new RegExp(`: ${year - 1} results and ${year} targets$`));
      expect(svgTexts(c.svg).filter((t) => CJK.test(t)), c.metric).toEqual([]);
      for (const [, href] of c.svg.matchAll(/<a href="([^"]+)"/g)) expect(href).toMatch(/^\/en\/reports\/[a-z]+-\d{4}\/#p-\d+$/);
    }
    for (const g of en.flatMap((p) => p.gaps)) expect(`${g.gaps}`, g.id).not.toMatch(CJK);
    expect(en[0]?.legend.map((i) => i.text).filter((t) => CJK.test(t))).toEqual([]);
    // The English parts are split by the Chinese charts' sizes, drawn once: each English chart is as large.
    const entries = en.flatMap((p) => p.sections.flatMap((s) => s.entries));
    expect(entries.map((e) => [e.group.id, e.elements])).toEqual(entries.map((e) => [e.group.id, e.chart?.elements ?? 0]));
    expect(entries.every((e) => e.elements > 0)).toBe(true);
    expect(yearPages(year, figures, all, vocabulary)).toBe(zh);
  });

  it("name every indicator in English on the index, and every record's value in English", () => {
    const index = indicatorsIndex(figures, all, vocabulary, "en");
    expect(index.categories.flatMap((c) => [c.name, ...c.metrics.map((m) => m.label)]).filter((t) => CJK.test(t))).toEqual([]);
    const rows = reportRecords(figures, all, vocabulary, "en").flatMap((r) => [...r.results, ...r.targets]);
    expect(rows.length).toBe(figures.length);
    expect(rows.filter((r) => CJK.test(`${r.value} ${r.kindText} ${r.placeName}`)).map((r) => `${r.id}: ${r.value}`)).toEqual([]);
    expect(rows.filter((r) => CJK.test(r.indicator) && r.indicatorLang !== "zh-CN").map((r) => r.id)).toEqual([]);
  });

  it("give every indicator's page its own title that fits", () => {
    const titles = vocabulary.map((m) => fitTitle(m.label_en, "Government Work Reports Side by Side"));
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => htmlLength(`${t} · Government Work Reports Side by Side`) > TITLE_MAX)).toEqual([]);
  });

  it("describe an indicator page in English", () => {
    const page = metricPage("gdp_growth", figures, all, vocabulary, "en");
    expect(page.description).toMatch(/^GDP growth: results and targets in the \d{4}(–\d{4})? government work reports of /);
    expect(page.description).not.toMatch(CJK);
    expect(page.category.name).toBe("Economy");
    expect(page.years.map((y) => y.chart?.desc ?? "").join(" ")).toContain("Higher is better.");
  });
});
