import { describe, expect, it } from "vitest";
import { isPartLine, partOfOpening, partOfTitle, partsOf, PARTS } from "../../../src/lib/topics/parts.ts";
import { docOf, reports } from "./support.ts";

describe("partOfTitle", () => {
  it("reads the part a title names, relative to the report's year", () => {
    expect(partOfTitle("一、2019年工作回顾", 2020)).toBe("review");
    expect(partOfTitle("一、2020年和“十三五”工作回顾", 2021)).toBe("review");
    expect(partOfTitle("二、“十四五”时期重点任务", 2021)).toBe("outlook");
    // The plan named in full (上海 2016).
    expect(partOfTitle("二、关于《上海市国民经济和社会发展第十三个五年规划纲要（草案）》的说明", 2016)).toBe("outlook");
    expect(partOfTitle("2035年远景和“十四五”目标任务", 2021)).toBe("outlook");
    expect(partOfTitle("三、2021年重点工作", 2021)).toBe("plan");
    expect(partOfTitle("三、努力实现“十四五”良好开局", 2021)).toBe("plan");
    expect(partOfTitle("二、2020年主要目标和重点任务", 2020)).toBe("plan");
    expect(partOfTitle("四、加强政府自身建设", 2021)).toBeNull();
  });

  it("never uses fixed years: the same words one plan period later", () => {
    expect(partOfTitle("一、2025年和“十四五”工作回顾", 2026)).toBe("review");
    expect(partOfTitle("二、“十五五”时期主要目标", 2026)).toBe("outlook");
    expect(partOfTitle("三、2026年重点工作", 2026)).toBe("plan");
    // A past plan named in a title is not the outlook.
    expect(partOfTitle("二、“十三五”时期主要目标", 2026)).toBeNull();
  });
});

describe("partOfOpening and isPartLine", () => {
  it("reads the first words of a part that has a title naming none", () => {
    expect(partOfOpening("各位代表，“十四五”时期，是开启全面建设社会主义现代化国家新征程的第一个五年。", 2021)).toBe("outlook");
    expect(partOfOpening("2021年是实施“十四五”规划的开局之年。", 2021)).toBe("plan");
    expect(partOfOpening("今后五年，我们将……", 2021)).toBe("outlook");
    expect(partOfOpening("各位代表，实现“十四五”良好开局，任务艰巨。", 2021)).toBe("plan");
    expect(partOfOpening("深化供给侧结构性改革，“十三五”以来成效明显。", 2021)).toBeNull();
  });

  it("takes a short line naming a part as a part title, not a sentence", () => {
    expect(isPartLine({ text: "2019年工作回顾", kind: "paragraph" }, 2020)).toBe(true);
    expect(isPartLine({ text: "2021年重点工作", kind: "paragraph" }, 2021)).toBe(true);
    expect(isPartLine({ text: "2021年重点工作是：", kind: "paragraph" }, 2021)).toBe(false);
    expect(isPartLine({ text: "全面加强政府自身建设", kind: "paragraph" }, 2020)).toBe(false);
  });
});

describe("partsOf", () => {
  it("splits a small report at its part headings, the greeting first", () => {
    const doc = docOf(["一、2020年工作回顾", "回顾一。", "二、“十四五”时期目标", "今后五年。", "三、2021年重点工作", "计划一。", "四、加强政府自身建设", "建设一。"], 2021);
    expect([...partsOf(doc).values()]).toEqual([null, "review", "outlook", "plan", "plan"]);
  });

  it("reads a first part that names nothing as no part, though it opens with the plan year (成都 2020: 疫情防控 before the review)", () => {
    const doc = docOf(["一、关于新冠肺炎疫情防控", "2020年春节前夕，新冠肺炎疫情突如其来。", "二、2019年工作回顾", "回顾一。", "三、2020年工作安排", "计划一。"], 2020);
    expect([...partsOf(doc).values()]).toEqual([null, null, "review", "plan"]);
    // After the review, the same words open the plan.
    const later = docOf(["一、2019年工作回顾", "回顾一。", "二、坚定信心", "2020年是全面建成小康社会之年。"], 2020);
    expect([...partsOf(later).values()]).toEqual([null, "review", "plan"]);
  });

  it.each(reports.map((r) => [r.id, r] as const))("%s: parts follow each other in reading order, review and plan present", (_id, r) => {
    const parts = [...partsOf(r.document)].filter(([id]) => !r.glossary.some((g) => g.paragraph === id)).map(([, p]) => p);
    const seen = parts.filter((p, i) => p !== null && p !== parts[i - 1]);
    expect(seen).toEqual(PARTS.filter((p) => seen.includes(p)));
    expect(seen).toContain("review");
    expect(seen).toContain("plan");
    // The first year of a five-year plan (2021) looks ahead five years.
    if (r.document.meta.year % 5 === 1) expect(seen).toContain("outlook");
    expect(parts[0]).toBeNull();
  });
});
