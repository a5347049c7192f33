import { describe, expect, it } from "vitest";
import { filterQuery, filterStatus, parseFilter, passes, showAll } from "../../../src/lib/indicators/filter.ts";
import { recordRow } from "../../../src/lib/indicators/record-row.ts";
import { gdp, pm25 } from "../charts/fixtures.ts";

const cities = ["zhongwei", "shizuishan"];

describe("record filter", () => {
  it("reads a filter from the address, ignoring unknown cities and kinds", () => {
    expect(parseFilter("?city=zhongwei&kind=target", cities)).toEqual({ city: "zhongwei", kind: "target" });
    expect(parseFilter("?city=beijing&kind=plan", cities)).toEqual(showAll);
    expect(parseFilter("", cities)).toEqual(showAll);
  });

  it("writes a filter into the address, keeping other parameters and leaving out `all`", () => {
    expect(filterQuery({ city: "shizuishan", kind: "all" }, "?x=1")).toBe("?x=1&city=shizuishan");
    expect(filterQuery(showAll, "?city=zhongwei&kind=result")).toBe("");
    const filter = { city: "zhongwei", kind: "result" } as const;
    expect(parseFilter(filterQuery(filter), cities)).toEqual(filter);
  });

  it("lets through the records of the chosen city and kind", () => {
    expect(passes(showAll, "zhongwei", "result")).toBe(true);
    expect(passes({ city: "zhongwei", kind: "all" }, "shizuishan", "result")).toBe(false);
    expect(passes({ city: "all", kind: "target" }, "shizuishan", "result")).toBe(false);
    expect(passes({ city: "shizuishan", kind: "target" }, "shizuishan", "target")).toBe(true);
  });

  it("says how many records show", () => {
    expect(filterStatus(326, 326)).toBe("显示全部 326 条记录");
    expect(filterStatus(52, 326)).toBe("显示 52 条记录（共 326 条）");
  });
});

describe("recordRow", () => {
  const metrics = new Map([["pm25_change", { id: "pm25_change", label_zh: "PM2.5浓度变化", label_en: "PM2.5", better: "down", category: "ecology", measure: "change" } as const]]);
  const cityInfo = [{ id: "shizuishan", name_zh: "石嘴山市", short: "石嘴山" }];

  it("shows a record with its city, kind, vocabulary label, phrased value, permalink and quote", () => {
    expect(recordRow(pm25.shizuishanResult, metrics, cityInfo)).toMatchObject({
      id: pm25.shizuishanResult.id,
      cityName: "石嘴山",
      kindText: "2019年结果",
      indicator: "PM2.5浓度变化",
      indicatorHref: "/indicators/pm25_change/",
      value: "下降2.6%",
      href: pm25.shizuishanResult.url,
      quote: "PM2.5、PM10平均浓度分别下降2.6%、8.1%",
    });
  });

  it("falls back to the text's label and the city id outside the vocabulary and the city list", () => {
    const row = recordRow({ ...gdp.zhongweiTarget, metric: null }, metrics, cityInfo);
    expect(row).toMatchObject({ indicator: "地区生产总值增长", indicatorHref: null, cityName: "zhongwei", kindText: "2020年目标", value: "6.5%左右" });
  });
});

describe("category names", () => {
  it("name every category of the vocabulary's schema in Chinese and English", async () => {
    const { metricCategories } = await import("../../../src/lib/schema/metric.ts");
    const { categoryNames } = await import("../../../src/lib/indicators/categories.ts");
    for (const c of metricCategories) expect(categoryNames[c], c).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
  });
});
