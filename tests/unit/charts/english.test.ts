/**
 * The result → target charts in English: value labels, notes, the better direction, the axis and its unit,
 * the links' names, the text alternative and the legend are English, with no Chinese left in the drawing;
 * English row labels get a wider label column, Chinese ones keep theirs.
 */
import { describe, expect, it } from "vitest";
import { describeRows } from "../../../src/lib/charts/describe.ts";
import { dumbbellModel, layout, plotLeft } from "../../../src/lib/charts/dumbbell.ts";
import { chartLegend } from "../../../src/lib/charts/legend.ts";
import { styleAt } from "../../../src/lib/charts/palette.ts";
import { dumbbellSvg, type ChartAlt } from "../../../src/lib/charts/render-dumbbell.ts";
import { toSvgMarkup } from "../../../src/lib/charts/svg.ts";
import type { DumbbellModel } from "../../../src/lib/charts/dumbbell.ts";
import { markRows, type ChartFigure } from "../../../src/lib/charts/rows.ts";
import { axisWords, markWords, valueWords } from "../../../src/lib/charts/words.ts";
import { gdp, investment, jobs, unemployment } from "./fixtures.ts";

/** The SVG markup of a dumbbell model, as the charts write it. */
const renderDumbbell = (model: DumbbellModel, text: ChartAlt): string => toSvgMarkup(dumbbellSvg(model, text));

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;

type Pair = [ChartFigure | null, ChartFigure | null];

/** A two-place chart in English: its model, its markup and its description. */
function english(z: Pair, s: Pair, better: "up" | "down" | null) {
  const marked = markRows([
    { key: "zhongwei", label: "Zhongwei", style: styleAt(1), result: z[0], target: z[1] },
    { key: "shizuishan", label: "Shizuishan", style: styleAt(2), result: s[0], target: s[1] },
  ]);
  const model = dumbbellModel(marked, { better, lang: "en" });
  const desc = describeRows(marked, better, [2019, 2020], "en");
  const svg = renderDumbbell(model, { id: "c", title: "GDP growth: 2019 results and 2020 targets", desc, lang: "en" });
  return { model, svg, desc };
}

/** The text of an SVG's elements and the names of its links. */
const texts = (svg: string) => [...svg.matchAll(/>([^<>]+)</g), ...svg.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]!);

describe("an English chart", () => {
  const gdpChart = english([gdp.zhongweiResult, gdp.zhongweiTarget], [gdp.shizuishanResult, gdp.shizuishanTarget], "up");

  it("labels the values in English: estimates, about, ranges", () => {
    const labels = gdpChart.model.rows.flatMap((r) => [r.result?.label.text, r.target?.label.text]);
    expect(labels).toEqual(["est. 6%", "about 6.5%", "est. about 7%", "6.5–7%"]);
    expect(gdpChart.model.better?.text).toBe("higher is better →");
    expect(gdpChart.model.ticks.map((t) => t.label)).toContain("6%");
  });

  it("names each mark's link by place, year, kind and value", () => {
    expect(gdpChart.svg).toContain(`<a href="${gdp.zhongweiTarget.url}" aria-label="Zhongwei, 2020 target: about 6.5% (source)"`);
    expect(gdpChart.svg).toContain('aria-label="Shizuishan, 2019 result: est. about 7% (source)"');
  });

  it("describes every row in words, with the better direction", () => {
    expect(gdpChart.desc).toBe(
      "Zhongwei: 2019 estimate 6%, 2020 target about 6.5%; Shizuishan: 2019 estimate about 7%, 2020 target 6.5–7%. Higher is better.",
    );
    expect(gdpChart.svg).toContain(`<desc id="c-desc">${gdpChart.desc}</desc>`);
  });

  it("says what is missing and which way is better, in English", () => {
    const flat = english([investment.zhongweiResult, null], [investment.shizuishanResult, investment.shizuishanTarget], "up");
    expect(flat.model.rows[0]?.note?.text).toBe("no 2020 target");
    expect(flat.model.rows[1]?.target?.label.text).toBe("flat (no change)");
    expect(flat.desc).toContain("Zhongwei: 2019 estimate 5%, no 2020 target set");
    const ceiling = english([unemployment.zhongweiResult, unemployment.zhongweiTarget], [null, null], "down");
    expect(ceiling.model.rows[1]?.note?.text).toBe("no data");
    expect(ceiling.model.better?.text).toBe("← lower is better");
    expect(ceiling.desc).toContain("Shizuishan: not mentioned");
    expect(ceiling.desc).toMatch(/Lower is better\.$/);
    expect(ceiling.model.rows[0]?.target?.label.text).toBe("at most 4.5%");
  });

  it("counts people in English magnitudes, the unit on the axis", () => {
    const people = english([jobs.zhongweiResult, null], [jobs.shizuishanResult, jobs.shizuishanTarget], "up");
    expect(people.model.caption?.text).toBe("Unit: thousand people");
    expect(people.model.ticks.map((t) => t.label)).toContain("20");
    expect(people.model.rows.flatMap((r) => [r.result?.label.text, r.target?.label.text])).toEqual([
      "8,271 people",
      undefined,
      "14,000 people",
      "at least 10,000 people",
    ]);
  });

  it("leaves no Chinese in the drawing", () => {
    for (const chart of [
      gdpChart,
      english([jobs.zhongweiResult, null], [jobs.shizuishanResult, jobs.shizuishanTarget], "up"),
      english([unemployment.zhongweiResult, unemployment.zhongweiTarget], [null, null], "down"),
      english([investment.zhongweiResult, null], [investment.shizuishanResult, investment.shizuishanTarget], "up"),
    ]) {
      expect(texts(chart.svg).filter((t) => CJK.test(t))).toEqual([]);
    }
  });

  it("makes room for long row labels, and keeps the Chinese label column as it is", () => {
    expect(plotLeft(["自治区", "石嘴山"])).toBe(layout.left);
    expect(plotLeft(["Ningxia", "Shizuishan"])).toBeGreaterThan(layout.left);
    expect(gdpChart.model.plot.left).toBe(plotLeft(["Zhongwei", "Shizuishan"]));
    const chinese = dumbbellModel(markRows([{ key: "z", label: "中卫", style: styleAt(1), result: gdp.zhongweiResult, target: null }]));
    expect(chinese.plot.left).toBe(layout.left);
  });
});

describe("axis words", () => {
  it("count in English magnitudes chosen by the largest value", () => {
    const yuan = axisWords("亿元", [0, 140], "en");
    expect([yuan.caption, yuan.tick(140), yuan.tick(25)]).toEqual(["Unit: billion yuan", "14", "2.5"]);
    const people = axisWords("万人", [0, 50], "en");
    expect([people.caption, people.tick(50)]).toEqual(["Unit: thousand people", "500"]);
    expect(axisWords("万人", [0, 300], "en").caption).toBe("Unit: million people");
    expect(axisWords("万人", [0, 300], "en").tick(250)).toBe("2.5");
    expect(axisWords("个/家", [0, 30], "en").caption).toBe("Unit: firms");
    expect(axisWords("个", [0, 30], "en").caption).toBe("Unit: number");
    expect(axisWords("元", [0, 40000], "en")).toMatchObject({ caption: "Unit: thousand yuan" });
    expect(axisWords("个百分点", [0, 2], "en").caption).toBe("Unit: percentage points");
    expect([axisWords("%", [0, 8], "en").caption, axisWords("%", [0, 8], "en").tick(8)]).toEqual([null, "8%"]);
  });

  it("stay as they were in Chinese", () => {
    const zh = axisWords("万人", [0, 2000]);
    expect([zh.caption, zh.tick(2000)]).toEqual(["单位：万人", "2000"]);
    expect(axisWords("%", [0, 8]).caption).toBeNull();
  });

  it("value words follow the language", () => {
    expect([valueWords(gdp.zhongweiTarget), valueWords(gdp.zhongweiTarget, "en")]).toEqual(["6.5%左右", "about 6.5%"]);
    expect([markWords(gdp.zhongweiResult), markWords(gdp.zhongweiResult, "en")]).toEqual(["预计6%", "est. 6%"]);
  });
});

describe("an English legend", () => {
  it("names places and mark kinds in English, and the region's rule as its target", () => {
    const items = chartLegend(
      [
        { label: "Ningxia (region)", style: styleAt(0) },
        { label: "Zhongwei", style: styleAt(5) },
      ],
      [2020, 2021],
      [{ label: "Ningxia (region)", style: styleAt(0) }],
      "en",
    );
    expect(items.map((i) => i.text)).toEqual([
      "Ningxia (region)",
      "Zhongwei",
      "2020 result",
      "Estimate",
      "2021 target",
      "Approximate (about)",
      "Target range",
      "Floor (at least)",
      "Ceiling (at most)",
      "Ningxia (region) 2021 target (reference line)",
    ]);
    expect(chartLegend([], null, [], "en").map((i) => i.text).slice(0, 3)).toEqual(["Result of the year before", "Estimate", "Target for the year"]);
  });
});
