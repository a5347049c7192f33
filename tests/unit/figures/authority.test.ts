import { describe, expect, it } from "vitest";
import { AUTHORITY } from "../../../src/lib/figures/authority.ts";
import { dev, paragraphWith } from "./helpers.ts";

describe("the main-targets clause as the authority on the plan year's targets", () => {
  it("is introduced the ways the reports write it", () => {
    for (const text of [
      "主要预期目标是：",
      "主要预期目标为:",
      "主要预期目标：",
      "预期目标是：",
      "主要目标是：",
      "主要预期指标是：",
      "经济社会发展的主要预期目标是",
      "主要调控目标是：",
      "经济社会发展的主要目标任务是：",
      "今年的奋斗目标是：",
    ]) {
      expect(AUTHORITY.test(text), text).toBe(true);
    }
    // Reporting that last year's targets were met is no statement of targets.
    expect(AUTHORITY.test("全年发展主要目标任务较好完成")).toBe(false);
    expect(AUTHORITY.test("努力完成全年目标任务。")).toBe(false);
  });

  it("keeps an indicator's id for its own figure; another plan-year figure of that indicator elsewhere loses it", () => {
    const e = dev("neimenggu-2023");
    const main = paragraphWith(e, "主要预期目标");
    const jobs = e.figures.filter((f) => f.metric === "urban_jobs_new" && f.kind === "target" && f.year === 2023 && f.period === null);
    expect(jobs.map((f) => [f.paragraph, f.quote])).toEqual([[main.id, "城镇新增就业20万人以上"]]);
    const program = e.figures.filter((f) => f.quote === "新增就业8000人");
    expect(program).toHaveLength(1);
    expect(program[0]).toMatchObject({ kind: "target", year: 2023, metric: null, label_en: null });
  });

});
