import { describe, expect, it } from "vitest";
import { filterQuery, filterStatus, parseFilter, passes, showAll } from "../../../src/lib/indicators/filter.ts";
import { placeInfos } from "../../../src/lib/indicators/places.ts";
import { recordRow } from "../../../src/lib/indicators/record-row.ts";
import { gdp, pm25 } from "../charts/fixtures.ts";

const places = ["zhongwei", "shizuishan", "ningxia"];
const years = ["2020", "2021"];

describe("record filter", () => {
  it("reads a filter from the address, ignoring unknown places, kinds and years", () => {
    expect(parseFilter("?place=zhongwei&kind=target&year=2021", places, years)).toEqual({ place: "zhongwei", kind: "target", year: "2021" });
    expect(parseFilter("?place=beijing&kind=plan&year=1999", places, years)).toEqual(showAll);
    expect(parseFilter("", places, years)).toEqual(showAll);
  });

  it("reads the older city parameter as the place", () => {
    expect(parseFilter("?city=ningxia", places, years).place).toBe("ningxia");
  });

  it("writes a filter into the address, keeping other parameters and leaving out `all`", () => {
    expect(filterQuery({ place: "shizuishan", kind: "all", year: "all" }, "?x=1")).toBe("?x=1&place=shizuishan");
    expect(filterQuery(showAll, "?place=zhongwei&kind=result&year=2020")).toBe("");
    const filter = { place: "zhongwei", kind: "result", year: "2020" } as const;
    expect(parseFilter(filterQuery(filter), places, years)).toEqual(filter);
  });

  it("lets through the records of the chosen place, kind and year", () => {
    expect(passes(showAll, "zhongwei", "result", "2020")).toBe(true);
    expect(passes({ ...showAll, place: "zhongwei" }, "shizuishan", "result")).toBe(false);
    expect(passes({ ...showAll, kind: "target" }, "shizuishan", "result")).toBe(false);
    expect(passes({ ...showAll, year: "2021" }, "shizuishan", "result", "2020")).toBe(false);
    expect(passes({ place: "shizuishan", kind: "target", year: "2021" }, "shizuishan", "target", "2021")).toBe(true);
  });

  it("says how many records show", () => {
    expect(filterStatus(326, 326)).toBe("显示全部 326 条记录");
    expect(filterStatus(52, 326)).toBe("显示 52 条记录（共 326 条）");
  });
});

describe("recordRow", () => {
  const metrics = new Map([["pm25_change", { id: "pm25_change", label_zh: "PM2.5浓度变化", label_en: "PM2.5", better: "down", category: "ecology", measure: "change" } as const]]);
  const placeList = placeInfos(
    [
      { id: "ningxia", name_zh: "宁夏回族自治区", parent: null },
      { id: "shizuishan", name_zh: "石嘴山市", parent: "ningxia" },
    ],
    ["ningxia", "shizuishan"],
  );

  it("shows a record with its place, kind, vocabulary label, phrased value, permalink and quote", () => {
    expect(recordRow(pm25.shizuishanResult, metrics, placeList)).toMatchObject({
      id: pm25.shizuishanResult.id,
      placeName: "石嘴山",
      kindText: "2019年结果",
      indicator: "PM2.5浓度变化",
      indicatorHref: "/indicators/pm25_change/",
      value: "下降2.6%",
      href: pm25.shizuishanResult.url,
      quote: "PM2.5、PM10平均浓度分别下降2.6%、8.1%",
    });
  });

  it("names the region as the region, and a figure over several years by its period", () => {
    const region = { ...gdp.zhongweiTarget, city: "ningxia", period: [2021, 2025], year: 2025 } as typeof gdp.zhongweiTarget;
    expect(recordRow(region, metrics, placeList)).toMatchObject({ placeName: "宁夏（自治区）", kindText: "2021—2025年目标" });
  });

  it("falls back to the text's label and the place id outside the vocabulary and the places", () => {
    const row = recordRow({ ...gdp.zhongweiTarget, metric: null }, metrics, placeList);
    expect(row).toMatchObject({ indicator: "地区生产总值增长", indicatorHref: null, placeName: "zhongwei", kindText: "2020年目标", value: "6.5%左右" });
  });
});

describe("category names", () => {
  it("name every category of the vocabulary's schema in Chinese and English", async () => {
    const { metricCategories } = await import("../../../src/lib/schema/metric.ts");
    const { categoryNames } = await import("../../../src/lib/indicators/categories.ts");
    for (const c of metricCategories) expect(categoryNames[c], c).toMatchObject({ zh: expect.any(String), en: expect.any(String) });
  });
});
