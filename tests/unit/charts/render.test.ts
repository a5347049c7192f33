import { describe, expect, it } from "vitest";
import { describeRows } from "../../../src/lib/charts/describe.ts";
import { dumbbellModel } from "../../../src/lib/charts/dumbbell.ts";
import { styleAt } from "../../../src/lib/charts/palette.ts";
import { dumbbellSvg, type ChartAlt } from "../../../src/lib/charts/render-dumbbell.ts";
import { toSvgMarkup } from "../../../src/lib/charts/svg.ts";
import type { DumbbellModel } from "../../../src/lib/charts/dumbbell.ts";
import { markRows, type ChartFigure } from "../../../src/lib/charts/rows.ts";
import { gdp, investment, jobs, pm25, unemployment } from "./fixtures.ts";

/** The SVG markup of a dumbbell model, as the charts write it. */
const renderDumbbell = (model: DumbbellModel, text: ChartAlt): string => toSvgMarkup(dumbbellSvg(model, text));

type Pair = [ChartFigure | null, ChartFigure | null];

/** Renders a two-city chart. */
function render(id: string, z: Pair, s: Pair, better: "up" | "down" | null) {
  const marked = markRows([
    { key: "zhongwei", label: "中卫", style: styleAt(1), result: z[0], target: z[1] },
    { key: "shizuishan", label: "石嘴山", style: styleAt(2), result: s[0], target: s[1] },
  ]);
  return renderDumbbell(dumbbellModel(marked, { better }), { id, title: id, desc: describeRows(marked, better) });
}

/** Snapshot form: numbers in attributes rounded to one decimal (text is left as is), one element per line. */
const normalise = (svg: string) => {
  const round = (n: string) => String(Math.round(Number(n) * 10) / 10);
  const rounded = svg.replace(/="([^"]*)"/g, (_, v: string) => `="${v.replace(/\d+\.\d+/g, round)}"`);
  return `${rounded.replace(/></g, ">\n<")}\n`;
};

const cases: [string, Pair, Pair, "up" | "down" | null][] = [
  ["gdp", [gdp.zhongweiResult, gdp.zhongweiTarget], [gdp.shizuishanResult, gdp.shizuishanTarget], "up"],
  ["investment-flat", [investment.zhongweiResult, null], [investment.shizuishanResult, investment.shizuishanTarget], "up"],
  ["unemployment-ceiling", [unemployment.zhongweiResult, unemployment.zhongweiTarget], [null, null], "down"],
  ["jobs-units-floor", [jobs.zhongweiResult, null], [jobs.shizuishanResult, jobs.shizuishanTarget], "up"],
  ["pm25-falls", [null, null], [pm25.shizuishanResult, pm25.shizuishanTarget], "down"],
];

describe("renderDumbbell", () => {
  it.each(cases)("draws %s as in its snapshot", async (id, z, s, better) => {
    await expect(normalise(render(id, z, s, better))).toMatchFileSnapshot(`./__snapshots__/${id}.svg`);
  });

  it("is labelled by its title and description, with ids from the given prefix: an image, or a group when its marks link", () => {
    const svg = render("gdp", ...cases[0]!.slice(1, 4) as [Pair, Pair, "up"]);
    expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="gdp-title gdp-desc"/);
    const bare = (f: ChartFigure) => ({ ...f, url: undefined });
    const plain = render("plain", [bare(gdp.zhongweiResult), bare(gdp.zhongweiTarget)], [null, null], "up");
    expect(plain).toMatch(/^<svg [^>]*role="img"/);
    expect(plain).not.toContain("<a ");
    expect(svg).toContain('<title id="gdp-title">gdp</title>');
    expect(svg).toContain('<desc id="gdp-desc">中卫：2019年预计6%，2020年目标6.5%左右；石嘴山：');
  });

  it("writes every value label and the better direction as text", () => {
    const svg = render("gdp", ...cases[0]!.slice(1, 4) as [Pair, Pair, "up"]);
    for (const label of ["预计6%", "6.5%左右", "预计7%左右", "6.5%—7%", "数值越高越好 →", ">中卫<", ">石嘴山<"]) {
      expect(svg).toContain(label);
    }
  });

  it("links every mark to its source paragraph, named by place, year, kind and value", () => {
    const svg = render("gdp", ...cases[0]!.slice(1, 4) as [Pair, Pair, "up"]);
    expect(svg).toContain(`<a href="${gdp.zhongweiTarget.url}" aria-label="中卫 2020年目标 6.5%左右：原文"`);
    expect(svg.match(/<a href="\/reports\/[a-z]+-\d{4}\/#p-\d+"/g)).toHaveLength(4);
  });

  it("draws a region above its cities as in its snapshot", async () => {
    const marked = markRows([
      { key: "ningxia", label: "自治区", style: styleAt(0), reference: true, result: gdp.shizuishanResult, target: gdp.zhongweiTarget },
      { key: "zhongwei", label: "中卫", style: styleAt(5), parent: "ningxia", result: gdp.zhongweiResult, target: gdp.zhongweiTarget },
      { key: "shizuishan", label: "石嘴山", style: styleAt(2), parent: "ningxia", result: gdp.shizuishanResult, target: gdp.shizuishanTarget },
    ]);
    const svg = renderDumbbell(dumbbellModel(marked, { better: "up" }), { id: "region", title: "region", desc: describeRows(marked, "up") });
    await expect(normalise(svg)).toMatchFileSnapshot("./__snapshots__/region-rule.svg");
  });

  it("draws the region's target as a dashed rule across the rows, in the region's colour", () => {
    const marked = markRows([
      { key: "ningxia", label: "自治区", style: styleAt(0), reference: true, result: gdp.zhongweiResult, target: gdp.shizuishanTarget },
      { key: "zhongwei", label: "中卫", style: styleAt(1), parent: "ningxia", result: gdp.zhongweiResult, target: gdp.zhongweiTarget },
    ]);
    const model = dumbbellModel(marked, { better: "up" });
    expect(model.rules).toHaveLength(1);
    expect(model.rules[0]?.x).toBe(model.rows[0]?.target?.x);
    expect(model.rules[0]?.y2).toBe(model.plot.bottom);
    const svg = renderDumbbell(model, { id: "r", title: "r", desc: "r" });
    expect(svg).toMatch(new RegExp(`<line [^>]*stroke="${styleAt(0).color}"[^>]*stroke-dasharray="5 4" data-rule="region"`));
    const alone = dumbbellModel(markRows([{ key: "ningxia", label: "自治区", style: styleAt(0), reference: true, result: null, target: gdp.zhongweiTarget }]));
    expect(alone.rules).toEqual([]);
  });

  it("escapes text", () => {
    const odd = { ...gdp.zhongweiResult, unit: "<b>&" };
    const svg = render("odd", [odd, null], [null, null], null);
    // No <b> element: outside quoted attribute values (where < is inert) every < is escaped.
    expect(svg.replace(/="[^"]*"/g, '=""')).not.toContain("<b>");
    expect(svg).not.toMatch(/="[^"]*&[^#a-z][^"]*"/);
    expect(svg).toMatch(/&#x3C;b>&#x26;|&lt;b&gt;&amp;/);
  });

  it("draws a bound as a bar with an arrowhead, a band as a rectangle, 左右 with a dotted halo", () => {
    const gdpSvg = render("gdp", ...cases[0]!.slice(1, 4) as [Pair, Pair, "up"]);
    expect(gdpSvg).toMatch(/<rect [^>]*fill-opacity="0.18"/);
    expect(gdpSvg).toMatch(/<circle [^>]*stroke-dasharray/);
    const floor = render("jobs", ...cases[3]!.slice(1, 4) as [Pair, Pair, "up"]);
    expect(floor).toMatch(new RegExp(`<path d="M[\\d.]+,[\\d.]+L[\\d.]+,[\\d.]+L[\\d.]+,[\\d.]+Z" fill="${styleAt(2).color}"`));
  });
});
