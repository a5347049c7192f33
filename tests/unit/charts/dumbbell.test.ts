import { describe, expect, it } from "vitest";
import { describeRows } from "../../../src/lib/charts/describe.ts";
import { dumbbellModel, type DumbbellModel } from "../../../src/lib/charts/dumbbell.ts";
import { styleAt } from "../../../src/lib/charts/palette.ts";
import { markRows, type ChartFigure } from "../../../src/lib/charts/rows.ts";
import { textWidth } from "../../../src/lib/charts/text-width.ts";
import { gdp, investment, jobs, pm25, unemployment } from "./fixtures.ts";

/** Two rows, Zhongwei then Shizuishan. */
function rows(z: [ChartFigure | null, ChartFigure | null], s: [ChartFigure | null, ChartFigure | null]) {
  return markRows([
    { key: "zhongwei", label: "中卫", style: styleAt(1), result: z[0], target: z[1] },
    { key: "shizuishan", label: "石嘴山", style: styleAt(2), result: s[0], target: s[1] },
  ]);
}

/** Every text's left and right end, estimated as the renderer would place it. */
function textExtents(model: DumbbellModel) {
  const texts = model.rows.flatMap((r) => [r.result?.label, r.target?.label, r.note]).filter((t) => t != null);
  return texts.map((t) => {
    const w = textWidth(t.text, 12);
    const left = t.anchor === "start" ? t.x : t.anchor === "end" ? t.x - w : t.x - w / 2;
    return { text: t.text, left, right: left + w };
  });
}

describe("dumbbellModel", () => {
  const gdpRows = rows([gdp.zhongweiResult, gdp.zhongweiTarget], [gdp.shizuishanResult, gdp.shizuishanTarget]);
  const model = dumbbellModel(gdpRows, { better: "up" });

  it("puts both cities on one scale whose domain holds every mark", () => {
    expect(model.domain[0]).toBe(0);
    expect(model.domain[1]).toBeGreaterThanOrEqual(7);
    const [z, s] = model.rows;
    expect(z?.result?.x).toBeLessThan(z?.target?.x ?? 0);
    expect(s?.target?.x1).toBeLessThan(s?.target?.x2 ?? 0);
    expect(z?.result?.x).toBeLessThan(s?.result?.x ?? 0);
    for (const row of model.rows) {
      for (const mark of [row.result, row.target]) {
        expect(mark?.x1).toBeGreaterThanOrEqual(model.plot.left);
        expect(mark?.x2).toBeLessThanOrEqual(model.plot.right);
      }
    }
  });

  it("draws a range target as a band between its bounds and links the result to the band's nearer edge", () => {
    const s = model.rows[1]!;
    expect(s.target?.shape).toBe("band");
    expect(s.target!.x2 - s.target!.x1).toBeGreaterThan(0);
    // The 7% result sits at the band's upper end: no link is needed.
    expect(s.link).toBeNull();
    const z = model.rows[0]!;
    expect(z.link).toEqual({ x1: z.result!.x, x2: z.target!.x });
  });

  it("labels marks with values as the report writes them and keeps labels inside the chart", () => {
    const labels = model.rows.flatMap((r) => [r.result?.label.text, r.target?.label.text]);
    expect(labels).toEqual(["预计6%", "6.5%左右", "预计7%左右", "6.5%—7%"]);
    for (const t of textExtents(model)) {
      expect(t.left, t.text).toBeGreaterThanOrEqual(0);
      expect(t.right, t.text).toBeLessThanOrEqual(model.width);
    }
  });

  it("says which way is better, on the better side of the axis", () => {
    expect(model.better).toMatchObject({ direction: "up", anchor: "end", x: model.plot.right });
    const down = dumbbellModel(rows([unemployment.zhongweiResult, unemployment.zhongweiTarget], [null, null]), {
      better: "down",
    });
    expect(down.better).toMatchObject({ direction: "down", anchor: "start", x: down.plot.left });
    expect(down.better?.text).toContain("越低越好");
    expect(dumbbellModel(gdpRows).better).toBeNull();
  });

  it("notes what a city lacks instead of drawing it", () => {
    const inv = dumbbellModel(rows([investment.zhongweiResult, null], [investment.shizuishanResult, investment.shizuishanTarget]));
    expect(inv.rows[0]?.target).toBeNull();
    expect(inv.rows[0]?.note?.text).toBe("无2020年目标");
    const flat = inv.rows[1]?.target;
    expect(flat).toMatchObject({ flat: true, value: 0, x: inv.plot.left });
    expect(flat?.label.text).toBe("持平");
    const none = dumbbellModel(rows([null, null], [pm25.shizuishanResult, pm25.shizuishanTarget]), { years: [2019, 2020] });
    expect(none.rows[0]?.note?.text).toBe("无数据");
  });

  it("draws bounds with their open side and falls below zero", () => {
    const pm = dumbbellModel(rows([null, null], [pm25.shizuishanResult, pm25.shizuishanTarget]));
    expect(pm.domain[1]).toBe(0);
    expect(pm.rows[1]?.target).toMatchObject({ shape: "bound", bound: "at_most", value: -12 });
    expect(pm.ticks.find((t) => t.zero)?.x).toBe(pm.plot.right);
  });

  it("draws 人 and 万人 in one unit, with the unit as axis caption", () => {
    const j = dumbbellModel(rows([jobs.zhongweiResult, null], [jobs.shizuishanResult, jobs.shizuishanTarget]));
    expect(j.unit).toBe("万人");
    expect(j.caption?.text).toBe("单位：万人");
    expect(j.rows[0]?.result?.value).toBeCloseTo(0.8271);
    expect(j.rows[0]?.result?.label.text).toBe("8271人");
    expect(j.ticks.every((t) => !t.label.includes("万"))).toBe(true);
    expect(dumbbellModel(gdpRows).caption).toBeNull();
  });

  it("honours a shared domain (small multiples)", () => {
    const shared = dumbbellModel(gdpRows, { domain: [-5, 20] });
    expect(shared.domain).toEqual([-5, 20]);
    expect(shared.ticks.find((t) => t.zero)?.x).toBeGreaterThan(shared.plot.left);
  });
});

describe("describeRows", () => {
  it("puts every value and the better direction into words", () => {
    const marked = rows([investment.zhongweiResult, null], [investment.shizuishanResult, investment.shizuishanTarget]);
    expect(describeRows(marked, "up")).toBe(
      "中卫：2019年预计5%，未提出2020年目标；石嘴山：2019年预计5%左右，2020年目标持平。数值越高越好。",
    );
  });
});

describe("markRows: a CPI target written as an index on the previous year (居民消费价格指数控制在103左右)", () => {
  it("draws it as the change it is, on the percent axis of the other rows", () => {
    const cpi = (f: Partial<ChartFigure>): ChartFigure => ({ value: 3, min: null, max: null, unit: "%", qualifier: "approx", estimate: false, direction: "up", quote: "居民消费价格涨幅3%左右", year: 2022, ...f });
    const marked = rows([cpi({ value: 1.4, qualifier: null, year: 2021 }), cpi({ value: 103, max: 103, unit: "（上年=100）", direction: null, quote: "居民消费价格指数控制在103左右" })], [null, cpi({})]);
    expect(marked.unit).toBe("%");
    expect(marked.rows[0]!.target!.mark.value).toBeCloseTo(3);
    expect(marked.rows[0]!.target!.figure.quote).toBe("居民消费价格指数控制在103左右");
  });
});
