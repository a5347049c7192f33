import { describe, expect, it } from "vitest";
import { findPhrases } from "../../../src/lib/glossary/match.ts";
import { termVariants, unquote } from "../../../src/lib/glossary/variants.ts";
import { glossary } from "../topics/support.ts";

const found = (text: string, patterns: { key: string; variants: string[] }[]) =>
  findPhrases(text, patterns).map((m) => [m.key, text.slice(m.start, m.end)]);

describe("termVariants", () => {
  const entry = (term: string) => glossary.find((e) => e.term === term)!;

  it("spells the appendix's terms as the text writes them, longest first", () => {
    expect(termVariants(entry("六稳"))).toEqual(["六稳工作", "六稳"]);
    expect(termVariants(entry("十大行动"))).toEqual(["工业对标十大行动", "十大行动"]);
    expect(termVariants(entry("守好三条生命线"))).toEqual(["守好三条生命线", "三条生命线"]);
    expect(termVariants(entry("9个方面"))).toEqual(["9个方面本领", "九个方面本领", "9个方面", "九个方面"]);
    expect(termVariants(entry("三大攻坚战"))).toEqual(["三大攻坚战"]);
  });

  it("keeps a slogan whole when what comes before its number is more than a verb", () => {
    const e = (term: string) => ({ term, term_display: `“${term}”` });
    expect(termVariants(e("双随机一公开"))).toEqual(["双随机一公开"]);
    expect(termVariants(e("两减一治四增强一确保"))).toEqual(["两减一治四增强一确保"]);
  });

  it("drops quotation marks of every kind", () => {
    expect(unquote('“放管服”「一带一路」『双创』‘三公’"四风"')).toBe("放管服一带一路双创三公四风");
  });
});

describe("findPhrases", () => {
  const p = [
    { key: "a", variants: ["三条生命线", "守好三条生命线"] },
    { key: "b", variants: ["互联网+"] },
    { key: "c", variants: ["互联网+医疗健康"] },
    { key: "d", variants: ["1+9"] },
  ];

  it("ignores quotation marks inside and takes the quotes around a phrase along", () => {
    expect(found("坚决守好“三条生命线”。", p)).toEqual([["a", "守好“三条生命线”"]]);
    expect(found("改善生态环境“三条生命线”。", p)).toEqual([["a", "“三条生命线”"]]);
    expect(found("“六稳”工作", [{ key: "x", variants: ["六稳工作"] }])).toEqual([["x", "“六稳”工作"]]);
    expect(found("工业对标“十大行动”", [{ key: "x", variants: ["工业对标十大行动"] }])).toEqual([
      ["x", "工业对标“十大行动”"],
    ]);
  });

  it("takes the longest spelling at a position and never overlaps", () => {
    expect(found("推进“互联网+医疗健康”和“互联网+”行动", p)).toEqual([
      ["c", "“互联网+医疗健康”"],
      ["b", "“互联网+”"],
    ]);
    expect(found("三条生命线三条生命线", p)).toEqual([
      ["a", "三条生命线"],
      ["a", "三条生命线"],
    ]);
  });

  it("does not cut through numbers", () => {
    expect(found("完善“1+9”机制", p)).toEqual([["d", "“1+9”"]]);
    expect(found("11+9、1+99 和 1+9。", p)).toEqual([["d", "1+9"]]);
  });

  it("gives offsets into the original text, widened to keep quotation marks paired", () => {
    const text = "甲“乙丙”丁";
    const [m] = findPhrases(text, [{ key: 1, variants: ["乙丙丁"] }]);
    expect(m).toEqual({ key: 1, start: 1, end: 6 });
    expect(text.slice(m!.start, m!.end)).toBe("“乙丙”丁");
  });
});
