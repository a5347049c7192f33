import { describe, expect, it } from "vitest";
import { gridCells, levelName, orderPlaces, relatedReports, reportGrid, shortName, sitePlaces } from "../../../src/lib/render/places.ts";
import { places } from "../support/ingest.ts";

const r = (place: string, year: number) => ({ id: `${place}-${year}`, place, year });

describe("places", () => {
  it("orders the region first, then its cities as places.json lists them", () => {
    expect(orderPlaces(places).map((p) => p.id)).toEqual(["ningxia", "yinchuan", "shizuishan", "wuzhong", "guyuan", "zhongwei"]);
    const shuffled = [places[3]!, places[0]!, places[5]!];
    expect(orderPlaces(shuffled).map((p) => p.id)).toEqual(["ningxia", "wuzhong", "zhongwei"]);
  });

  it("orders a deeper tree depth first, and lists every place once, places in a loop of parents too", () => {
    const p = (id: string, parent: string | null) => ({ id, parent });
    const tree = [p("c1", "r"), p("d1", "c1"), p("r", null), p("c2", "r"), p("d2", "c2"), p("d3", "c1"), p("x", "y"), p("y", "x")];
    expect(orderPlaces(tree).map((q) => q.id)).toEqual(["r", "c1", "d1", "d3", "c2", "d2", "x", "y"]);
  });

  it("names levels as the names do: the region is a 自治区, never a 市", () => {
    expect(levelName("province", "宁夏回族自治区")).toBe("自治区");
    expect(levelName("province", "河北省")).toBe("省");
    expect(levelName("province", "上海市")).toBe("直辖市");
    expect(levelName("city", "中卫市")).toBe("地级市");
    expect(levelName("city", "黔西南布依族苗族自治州")).toBe("自治州");
    expect(shortName("宁夏回族自治区")).toBe("宁夏");
    expect(shortName("中卫市")).toBe("中卫");
  });
});

describe("reportGrid", () => {
  it("lays places × years from the data: years ascending, places with reports only", () => {
    const grid = reportGrid(places, [r("zhongwei", 2021), r("ningxia", 2020), r("zhongwei", 2019)]);
    expect(grid.years).toEqual([2019, 2020, 2021]);
    expect(grid.rows.map((row) => [row.place.id, row.cells.map((c) => c?.id ?? null)])).toEqual([
      ["ningxia", [null, "ningxia-2020", null]],
      ["zhongwei", ["zhongwei-2019", null, "zhongwei-2021"]],
    ]);
  });
});

describe("sitePlaces", () => {
  /** A report's front matter as the ingest writes it for a place content/places.json lacks. */
  const unlisted = (place: string, place_zh: string, year: number) => ({ ...r(place, year), place_zh, place_en: place[0]!.toUpperCase() + place.slice(1), level: "province" as const, parent: null });

  it("adds each place of a report that the list lacks, once, named as its front matter names it, after the list, by id", () => {
    const reports = [unlisted("xizang", "西藏自治区", 2021), { ...places[5]!, ...r("zhongwei", 2021), place_zh: "中卫市", place_en: "Zhongwei" }, unlisted("beijing", "北京市", 2023), unlisted("beijing", "北京市", 2022)];
    const all = sitePlaces(places, reports);
    expect(all.slice(0, places.length)).toEqual(places);
    expect(all.slice(places.length)).toEqual([
      { id: "beijing", name_zh: "北京市", name_en: "Beijing", level: "province", parent: null },
      { id: "xizang", name_zh: "西藏自治区", name_en: "Xizang", level: "province", parent: null },
    ]);
    expect(sitePlaces(places, [])).toEqual(places);
  });

  it("puts those places' reports in the grid: no report is left out of the places × years table", () => {
    const reports = [r("zhongwei", 2021), unlisted("beijing", "北京市", 2023)];
    const grid = reportGrid(sitePlaces(places, reports as never), reports);
    expect(grid.years).toEqual([2021, 2023]);
    expect(grid.rows.flatMap((row) => row.cells.filter((c) => c !== null).map((c) => c!.id)).sort()).toEqual(["beijing-2023", "zhongwei-2021"]);
    expect(reportGrid(places, reports).rows.map((row) => row.place.id)).toEqual(["zhongwei"]);
  });
});

describe("relatedReports", () => {
  const all = places.flatMap((p) => [r(p.id, 2020), r(p.id, 2021)]);

  it("gives a city its other years and its region's report of the same year", () => {
    const rel = relatedReports(r("zhongwei", 2021), all, places);
    expect(rel.otherYears.map((x) => x.id)).toEqual(["zhongwei-2020"]);
    expect(rel.parent?.id).toBe("ningxia-2021");
    expect(rel.children).toEqual([]);
  });

  it("gives the region its cities' reports of the same year, in place order", () => {
    const rel = relatedReports(r("ningxia", 2020), all, places);
    expect(rel.parent).toBeNull();
    expect(rel.children.map((x) => x.id)).toEqual(["yinchuan-2020", "shizuishan-2020", "wuzhong-2020", "guyuan-2020", "zhongwei-2020"]);
  });

  it("links nothing that does not exist", () => {
    const rel = relatedReports(r("guyuan", 2022), [r("guyuan", 2022)], places);
    expect(rel).toEqual({ otherYears: [], parent: null, children: [] });
  });
});

describe("gridCells", () => {
  it("joins consecutive years without a report into one cell, so the table grows with its reports, not places × years", () => {
    const a = r("a", 1998), b = r("a", 2004);
    expect(gridCells([null, null, a, null, null, null, b, null])).toEqual([
      { report: null, span: 2 },
      { report: a, span: 1 },
      { report: null, span: 3 },
      { report: b, span: 1 },
      { report: null, span: 1 },
    ]);
    expect(gridCells([a, b])).toEqual([{ report: a, span: 1 }, { report: b, span: 1 }]);
    const years = 30;
    expect(gridCells([...Array(years - 1).fill(null), a]).length).toBe(2);
  });
});
