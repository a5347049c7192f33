import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { dev, DEV_IDS, real, RAW_IDS, root, type Extracted } from "./helpers.ts";

/** The plan year's GDP growth target as the issue defines it: metric gdp_growth, a target of the plan year itself. */
const planGdpTargets = (e: Extracted): StoredFigure[] =>
  e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target" && f.year === e.doc.meta.year && f.period === null && f.base_year === null);

type Expected = { clause: string; value: number | null; min: number | null; max: number | null; qualifier: StoredFigure["qualifier"] };
const approx = (clause: string, value: number): Expected => ({ clause, value, min: null, max: null, qualifier: "approx" });
const atLeast = (clause: string, value: number): Expected => ({ clause, value, min: value, max: null, qualifier: "at_least" });
const exact = (clause: string, value: number): Expected => ({ clause, value, min: null, max: null, qualifier: null });
const range = (clause: string, min: number, max: number): Expected => ({ clause, value: null, min, max, qualifier: null });
/** The fields that state a figure. */
const figure = (f: Pick<StoredFigure, "value" | "min" | "max" | "qualifier">) => ({ value: f.value, min: f.min, max: f.max, qualifier: f.qualifier });

/** Read from the reports (`grep -n 主要预期目标 content/raw/*`; guyuan-2021 states it in `二是抓实经济运行`). */
const RAW: Record<string, Expected> = {
  "guyuan-2020": exact("全市地区生产总值增长6.5%", 6.5),
  "guyuan-2021": atLeast("全市地区生产总值增长7%以上", 7),
  "ningxia-2020": approx("地区生产总值增长6.5%左右", 6.5),
  "ningxia-2021": atLeast("地区生产总值增长7%以上", 7),
  "shizuishan-2020": range("地区生产总值增长6.5%—7%", 6.5, 7),
  "shizuishan-2021": atLeast("地区生产总值增长7.5%以上", 7.5),
  "wuzhong-2020": exact("地区生产总值增长7%", 7),
  "wuzhong-2021": approx("地区生产总值增长7.5%左右", 7.5),
  "yinchuan-2020": exact("地区生产总值同比增长6.5%", 6.5),
  "yinchuan-2021": exact("全市地区生产总值增长7.0%", 7),
  "zhongwei-2020": approx("力争地区生产总值增长6.5%左右", 6.5),
  "zhongwei-2021": approx("地区生产总值增长8%左右", 8),
};

/** The corpus README's GDP target column, by file id (a verbatim clause of the file). */
const README = new Map(
  readFileSync(join(root, "tests/fixtures/corpus-dev/README.md"), "utf8")
    .split("\n")
    .flatMap((line) => {
      const cells = line.split("|").map((c) => c.trim());
      const file = /^`([a-z]+-\d{4})\.md`$/.exec(cells[1] ?? "");
      return file ? [[file[1]!, cells.at(-2)!] as const] : [];
    }),
);

/** The figures of the README clauses (the clause's first part, up to a comma, is the target's quote or inside it). */
const DEV: Record<string, Expected | null> = {
  "beijing-2023": atLeast("", 4.5),
  "chengdu-2020": null,
  "dongguan-2023": atLeast("", 5.5),
  "guizhou-2019": approx("", 9),
  "guowuyuan-2021": atLeast("", 6),
  "hebei-2016": approx("", 7),
  "jingdezhen-2022": atLeast("", 7),
  "luzhou-2022": atLeast("", 7),
  "nanchang-2017": approx("", 9),
  "neimenggu-2023": approx("", 6),
  "qianxinan-2020": approx("", 9),
  "shanghai-2016": range("", 6.5, 7),
  "taiyuan-2019": approx("", 8),
  "tianjin-2018": exact("", 5),
  "wuhan-2018": approx("", 7.8),
  "wuxi-2017": range("", 7, 7.5),
  "xiamen-2020": approx("", 7.5),
  "xian-2018": approx("", 8),
  "xingtai-2024": approx("", 5.5),
  "xizang-2021": atLeast("", 9),
};

describe("the plan year's GDP growth target of each content/raw report", () => {
  it("covers every report of content/raw", () => {
    expect(Object.keys(RAW).sort()).toEqual(RAW_IDS);
  });

  // A report without a hand-read target fails the test above, not this one.
  it.each(RAW_IDS.filter((id) => id in RAW))("%s: found exactly once, from its main-targets clause, and no decoy shares its classification", (id) => {
    const e = real(id);
    const want = RAW[id]!;
    const found = planGdpTargets(e);
    expect(found.map((f) => f.quote), id).toHaveLength(1);
    const f = found[0]!;
    expect(figure(f)).toEqual(figure(want));
    expect(f.quote).toContain(want.clause);
    expect(f).toMatchObject({ unit: "%", direction: "up", estimate: false, label_en: "GDP growth" });
  });
});

describe("the plan year's GDP growth target of the development corpus (other places and years)", () => {
  it("pins every file the README lists", () => {
    expect(Object.keys(DEV).sort()).toEqual(DEV_IDS);
    expect([...README.keys()].sort()).toEqual(DEV_IDS);
  });

  it.each(DEV_IDS)("%s: the README's target clause, exactly once", (id) => {
    const e = dev(id);
    const want = DEV[id] ?? null;
    const clause = README.get(id)!;
    const found = planGdpTargets(e);
    if (want === null) {
      // chengdu-2020 gives its GDP aim without a figure: nothing is read as one.
      expect(found).toEqual([]);
      expect(e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target")).toEqual([]);
      return;
    }
    expect(found.map((f) => f.quote), id).toHaveLength(1);
    const f = found[0]!;
    expect(figure(f)).toEqual(figure(want));
    expect(f.quote).toContain(clause.split(/[，,；]/)[0]);
  });
});
