import { describe, expect, it } from "vitest";
import { comparePairs, consecutivePairs, defaultPair, pairCount, pairGroups, pairOf, pairPath, PAIR_PAGE_LIMIT, PICKER_PAIR_LINKS, pickerLinksEvery, pickerPairs, readingOrder } from "../../../src/lib/topics/pairs.ts";

const places = ["ningxia", "yinchuan", "shizuishan", "wuzhong", "guyuan", "zhongwei"];
const reportsOf = (ps: string[], years: number[]) => years.flatMap((year) => ps.map((place) => ({ id: `${place}-${year}`, place, year })));

describe("comparePairs", () => {
  const reports = reportsOf(places, [2020, 2021]);
  const pairs = comparePairs(reports);

  it("lists every two reports of one year and each place's consecutive years: 15 + 15 + 6 for six places over two years", () => {
    expect(pairs).toHaveLength(36);
    expect(pairs.filter((p) => p.kind === "same-year")).toHaveLength(30);
    expect(pairs.filter((p) => p.kind === "consecutive").map((p) => pairPath(p))).toContain("/compare/zhongwei-2020/zhongwei-2021/");
    for (const p of pairs) {
      expect(p.a.id < p.b.id).toBe(true);
      if (p.kind === "same-year") expect(p.a.year).toBe(p.b.year);
      else expect([p.a.place, p.b.year - p.a.year]).toEqual([p.b.place, 1]);
    }
    expect(new Set(pairs.map(pairPath)).size).toBe(36);
  });

  it("pairs no years that are not consecutive, and nothing of a lone report", () => {
    const gap = comparePairs(reportsOf(["a"], [2018, 2020]));
    expect(gap).toEqual([]);
    expect(comparePairs(reportsOf(["a", "b", "c"], [2019]))).toHaveLength(3);
  });

  it(`builds pair pages only up to ${PAIR_PAGE_LIMIT} reports: above, none (composed at view time instead)`, () => {
    const many = reportsOf(Array.from({ length: 21 }, (_, i) => `p${String.fromCharCode(97 + i)}`), [2020, 2021]);
    expect(many.length).toBeGreaterThan(PAIR_PAGE_LIMIT);
    expect(comparePairs(many)).toEqual([]);
    expect(comparePairs(many.slice(0, PAIR_PAGE_LIMIT)).length).toBeGreaterThan(0);
    expect(comparePairs(many, Number.POSITIVE_INFINITY).length).toBe(2 * (21 * 20) / 2 + 21);
  });

  it("opens /compare/ on the pair content/topics.json names, when the site has both reports and they make a pair", () => {
    const shown = defaultPair(reports, places, ["zhongwei-2020", "shizuishan-2020"]);
    expect([shown?.a.id, shown?.b.id, shown?.kind]).toEqual(["shizuishan-2020", "zhongwei-2020", "same-year"]);
    expect(defaultPair(reports, places, ["zhongwei-2020", "zhongwei-2021"])?.kind).toBe("consecutive");
  });

  it("otherwise opens on the latest year's first two places in the places' order (the region before its cities)", () => {
    const latest = (rs: typeof reports, preferred?: string[]) => {
      const p = defaultPair(rs, places, preferred);
      return p && [p.a.id, p.b.id];
    };
    expect(latest(reports)).toEqual(["ningxia-2021", "yinchuan-2021"]);
    // A named report the site lacks, two reports that make no pair (two places of different years), a pair named by halves.
    expect(latest(reports, ["shizuishan-2019", "zhongwei-2020"])).toEqual(["ningxia-2021", "yinchuan-2021"]);
    expect(latest(reports, ["shizuishan-2020", "zhongwei-2021"])).toEqual(["ningxia-2021", "yinchuan-2021"]);
    expect(latest(reports, ["zhongwei-2020"])).toEqual(["ningxia-2021", "yinchuan-2021"]);
    // Places the order does not list come after those it does; a year with one place gives way to the latest year with two.
    expect(latest(reportsOf(["x", "wuzhong", "guyuan"], [2022]))).toEqual(["guyuan-2022", "wuzhong-2022"]);
    expect(latest([...reportsOf(["x"], [2023]), ...reportsOf(["a", "b"], [2022])])).toEqual(["a-2022", "b-2022"]);
    // One place only: its two latest consecutive years.
    expect(latest(reportsOf(["x"], [2019, 2020, 2021]))).toEqual(["x-2020", "x-2021"]);
    expect(defaultPair(reportsOf(["x"], [2018, 2020]), places)).toBeNull();
    expect(defaultPair([], places)).toBeNull();
  });

  it("groups the pairs by year and by place for the picker", () => {
    const { byYear, byPlace } = pairGroups(pairs, places);
    expect(byYear.map((g) => [g.year, g.pairs.length])).toEqual([
      [2020, 15],
      [2021, 15],
    ]);
    expect(byPlace.map((g) => g.place)).toEqual(places);
    for (const g of byPlace) expect(g.pairs).toHaveLength(11);
  });
});

describe("readingOrder", () => {
  it("puts the region before its cities and the earlier year first, whatever the ids", () => {
    const [guyuan, ningxia] = [{ id: "guyuan-2020", place: "guyuan", year: 2020 }, { id: "ningxia-2020", place: "ningxia", year: 2020 }];
    expect(readingOrder({ a: guyuan, b: ningxia }, places).map((r) => r.id)).toEqual(["ningxia-2020", "guyuan-2020"]);
    const years = { a: { id: "x-2021", place: "x", year: 2021 }, b: { id: "x-2020", place: "x", year: 2020 } };
    expect(readingOrder(years, places).map((r) => r.year)).toEqual([2020, 2021]);
  });

  it("orders the picker's groups the same way", () => {
    const { byYear, byPlace } = pairGroups(comparePairs(reportsOf(places, [2020, 2021])), places);
    expect(readingOrder(byYear[0]!.pairs[0]!, places).map((r) => r.place)).toEqual(["ningxia", "yinchuan"]);
    const zhongwei = byPlace.find((g) => g.place === "zhongwei")!.pairs.map((p) => `${p.a.id}/${p.b.id}`);
    expect(zhongwei.slice(0, 6)).toEqual([
      "ningxia-2020/zhongwei-2020",
      "yinchuan-2020/zhongwei-2020",
      "shizuishan-2020/zhongwei-2020",
      "wuzhong-2020/zhongwei-2020",
      "guyuan-2020/zhongwei-2020",
      "zhongwei-2020/zhongwei-2021",
    ]);
  });
});

describe("pairOf", () => {
  const pairs = comparePairs(reportsOf(places, [2020, 2021]));

  it("finds the pair of two reports either way round, and nothing for reports that are no pair", () => {
    const pair = pairOf(pairs, "zhongwei-2021", "zhongwei-2020");
    expect(pair && pairPath(pair)).toBe("/compare/zhongwei-2020/zhongwei-2021/");
    expect(pairOf(pairs, "zhongwei-2020", "zhongwei-2021")).toBe(pair);
    expect(pairOf(pairs, "ningxia-2020", "guyuan-2020")?.kind).toBe("same-year");
    expect(pairOf(pairs, "ningxia-2020", "guyuan-2021")).toBeUndefined();
    expect(pairOf(pairs, "zhongwei-2020", "zhongwei-2020")).toBeUndefined();
  });

  it("answers as a search of the list does, for every two reports", () => {
    const reports = reportsOf(places, [2020, 2021]);
    for (const x of reports)
      for (const y of reports)
        expect(pairOf(pairs, x.id, y.id)).toBe(pairs.find((p) => (p.a.id === x.id && p.b.id === y.id) || (p.a.id === y.id && p.b.id === x.id)));
  });
});

describe("the picker's pairs above the pair-page limit", () => {
  const many = reportsOf(Array.from({ length: 21 }, (_, i) => `p${String.fromCharCode(97 + i)}`), [2019, 2020, 2021]);
  /** Uneven corpora: a gap year, a place with one report, two reports of one place and year. */
  const uneven = [
    ...reportsOf(["a", "b"], [2018, 2019, 2021]),
    { id: "c-2019", place: "c", year: 2019 },
    { id: "d-2020", place: "d", year: 2020 },
    { id: "d-2020b", place: "d", year: 2020 },
    { id: "d-2021", place: "d", year: 2021 },
  ];

  it.each([
    ["six places over two years", reportsOf(places, [2020, 2021])],
    ["21 places over three years", many],
    ["an uneven corpus", uneven],
  ])("consecutivePairs and pairCount agree with the full list of pairs (%s)", (_, reports) => {
    const all = comparePairs(reports, Number.POSITIVE_INFINITY);
    expect(consecutivePairs(reports)).toEqual(all.filter((p) => p.kind === "consecutive"));
    expect(pairCount(reports)).toBe(all.length);
  });

  it("lists every pair up to the limit, and above it only each place's consecutive years (linear in the reports)", () => {
    const few = reportsOf(places, [2020, 2021]);
    expect(pickerPairs(few)).toEqual(comparePairs(few, Number.POSITIVE_INFINITY));
    expect(many.length).toBeGreaterThan(PAIR_PAGE_LIMIT);
    expect(pickerPairs(many)).toHaveLength(21 * 2);
    expect(pickerPairs(many).every((p) => p.kind === "consecutive")).toBe(true);
    expect(pairCount(many)).toBe(3 * ((21 * 20) / 2) + 21 * 2);
  });

  it("lists only consecutive years too once there are more than PICKER_PAIR_LINKS pairs, though every pair has a page", () => {
    // 16 places over two years: 2 × 120 same-year pairs and 16 consecutive ones, 32 reports.
    const sixteen = reportsOf([...places, ...Array.from({ length: 10 }, (_, i) => `place${i}`)], [2020, 2021]);
    expect(sixteen.length).toBeLessThanOrEqual(PAIR_PAGE_LIMIT);
    expect(comparePairs(sixteen)).toHaveLength(256);
    expect(pickerLinksEvery(sixteen.length, pairCount(sixteen))).toBe(false);
    expect(pickerPairs(sixteen)).toEqual(consecutivePairs(sixteen));
    // Six places over two years: 36 pairs, all listed.
    expect(pickerLinksEvery(12, 36)).toBe(true);
    expect(pickerLinksEvery(12, PICKER_PAIR_LINKS + 1)).toBe(false);
    expect(pickerLinksEvery(PAIR_PAGE_LIMIT + 1, 10)).toBe(false);
  });
});
