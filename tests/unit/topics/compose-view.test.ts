import { describe, expect, it } from "vitest";
import { composePair, pairHref, pairQuery, permalink, topicsPath, viewPath } from "../../../src/lib/topics/compose-view.ts";
import { PAIR_PAGE_LIMIT } from "../../../src/lib/topics/pairs.ts";
import type { ReportTopics } from "../../../src/lib/topics/report-topics.ts";

const report = (id: string, topics: [string, number[]][]): ReportTopics => ({
  meta: { id, place_zh: id, place_en: id, year: 2020, title: id },
  parts: [{ id: "plan", label: "2020年工作安排", label_en: "2020 plan" }],
  topics: topics.map(([t, ns]) => ({
    id: t,
    label: `${t}-zh`,
    label_en: `${t}-en`,
    paragraphs: ns.map((n) => ({ id: `p-${n}`, n, text: `${id} ${n}`, part: "plan" as const })),
  })),
});

describe("pairQuery", () => {
  it("reads two different report ids", () => {
    expect(pairQuery("?a=shizuishan-2020&b=zhongwei-2020")).toEqual({ a: "shizuishan-2020", b: "zhongwei-2020" });
  });
  it.each(["", "?a=zhongwei-2020", "?a=zhongwei-2020&b=zhongwei-2020", "?a=../x&b=zhongwei-2020", "?a=Zhongwei-2020&b=ningxia-2020"])(
    "refuses %j",
    (q) => expect(pairQuery(q)).toBeNull(),
  );
});

describe("composePair", () => {
  it("puts both reports' paragraphs under each topic, in the first report's topic order, without empty topics", () => {
    const a = report("a-2020", [["econ", [3, 5]], ["eco", []], ["other", [1]]]);
    const b = report("b-2020", [["econ", [2]], ["eco", []], ["other", []]]);
    const composed = composePair(a, b);
    expect(composed.map((t) => t.id)).toEqual(["econ", "other"]);
    expect(composed[0]!.label).toBe("econ-zh");
    expect(composed[0]!.label_en).toBe("econ-en");
    expect(composed[0]!.columns.map((c) => c.map((p) => p.id))).toEqual([["p-3", "p-5"], ["p-2"]]);
    expect(composed[1]!.columns.map((c) => c.length)).toEqual([1, 0]);
  });
});

describe("links", () => {
  it("builds permalinks, topic pages and view URLs", () => {
    expect(permalink("zhongwei-2020", "p-12")).toBe("/reports/zhongwei-2020/#p-12");
    expect(topicsPath("zhongwei-2020")).toBe("/reports/zhongwei-2020/topics/");
    expect(viewPath("a-2020", "b-2020")).toBe("/compare/view/?a=a-2020&b=b-2020");
  });
});

describe("pairHref", () => {
  const a = { id: "zhongwei-2020", place: "zhongwei", year: 2020 };
  const b = { id: "shizuishan-2020", place: "shizuishan", year: 2020 };
  it("links the pre-rendered page up to the limit, in id order", () => {
    expect(pairHref(a, b, PAIR_PAGE_LIMIT)).toBe("/compare/shizuishan-2020/zhongwei-2020/");
  });
  it("links the view-time composer above it", () => {
    expect(pairHref(a, b, PAIR_PAGE_LIMIT + 1)).toBe("/compare/view/?a=shizuishan-2020&b=zhongwei-2020");
  });
});
