import { describe, expect, it } from "vitest";
import { chartLegend } from "../../../src/lib/charts/legend.ts";
import { styleAt } from "../../../src/lib/charts/palette.ts";

describe("chartLegend", () => {
  const items = chartLegend([
    { label: "中卫", style: styleAt(1) },
    { label: "石嘴山", style: styleAt(2) },
  ]);

  it("names each city and each kind of mark in words", () => {
    expect(items.map((i) => i.text)).toEqual([
      "中卫",
      "石嘴山",
      "2019年结果",
      "预计（估计值）",
      "2020年目标",
      "约数（左右）",
      "目标区间",
      "下限（以上）",
      "上限（以内）",
    ]);
  });

  it("draws decorative swatches, hidden from assistive technology, cities in their colour and shape", () => {
    for (const item of items) expect(item.swatch).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(items[0]?.swatch).toContain(`fill="${styleAt(1).color}"`);
    expect(items[1]?.swatch).toContain(`fill="${styleAt(2).color}"`);
    expect(items[0]?.swatch).not.toBe(items[1]?.swatch.replaceAll(styleAt(2).color, styleAt(1).color));
  });

  it("takes the years it is given", () => {
    expect(chartLegend([], [2020, 2021]).map((i) => i.text)).toContain("2021年目标");
  });
});
