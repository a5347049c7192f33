import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { findPhrases, phraseFinder } from "../../../src/lib/glossary/match.ts";
import { termNames, termVariants, unquote } from "../../../src/lib/glossary/variants.ts";
import { glossary } from "../topics/support.ts";

const found = (text: string, patterns: { key: string; variants: string[] }[]) =>
  findPhrases(text, patterns).map((m) => [m.key, text.slice(m.start, m.end)]);

describe("termVariants", () => {
  // Zhongwei's 2020 appendix (other reports' appendices may define the same terms, spelt otherwise).
  const entry = (term: string) => glossary.find((e) => e.term === term && e.report === "zhongwei-2020")!;

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

  it("spells a term of several quoted names under each (xian-2018: `［27］“八个明确”“十四个坚持”：…`)", () => {
    const e = (term: string, term_display: string) => ({ term, term_display });
    expect(termNames(e("八个明确", "“八个明确”“十四个坚持”"))).toEqual(["八个明确", "十四个坚持"]);
    expect(termVariants(e("八个明确", "“八个明确”“十四个坚持”"))).toEqual(["八个明确十四个坚持", "十四个坚持", "八个明确"]);
    expect(termVariants(e("八个明确", "“八个明确”“十四个坚持”"), ["十四个坚持"])).toEqual(["十四个坚持"]);
    // One quoted name followed by more words is one term (`“四个一”行动`).
    expect(termNames(e("四个一", "“四个一”行动"))).toEqual(["四个一"]);
    expect(termNames(e("三大攻坚战", "“三大攻坚战”"))).toEqual(["三大攻坚战"]);
  });

  it("spells under each name a run joined by 和 or followed by the noun the names share (wuhai-2021, qitaihe-2014)", () => {
    const e = (term: string, term_display: string) => ({ term, term_display });
    // `[^3]: “两个屏障”“两个基地”和“一个桥头堡”：习近平总书记要求内蒙古筑牢…`
    expect(termNames(e("两个屏障", "“两个屏障”“两个基地”和“一个桥头堡”"))).toEqual(["两个屏障", "两个基地", "一个桥头堡"]);
    // `[^5]: “黑天鹅”“灰犀牛”事件：黑天鹅事件是指非常难以预测且不寻常的事件…`
    expect(termNames(e("黑天鹅", "“黑天鹅”“灰犀牛”事件"))).toEqual(["黑天鹅", "灰犀牛"]);
    expect(termVariants(e("黑天鹅", "“黑天鹅”“灰犀牛”事件"))).toEqual(["黑天鹅灰犀牛事件", "黑天鹅", "灰犀牛"]);
    // `“联包助帮”和“三办”活动：指市委开展的…`
    expect(termNames(e("联包助帮", "“联包助帮”和“三办”活动"))).toEqual(["联包助帮", "三办"]);
    // A joining word with no name after it ends no run.
    expect(termNames(e("三个着力", "“三个着力”和"))).toEqual(["三个着力"]);
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

describe("phrases that start with a Chinese numeral", () => {
  it("are not found inside a longer number (党的二十大 holds no 十大)", () => {
    const find = phraseFinder([{ key: "十大", variants: ["十大"] }, { key: "三大攻坚战", variants: ["三大攻坚战"] }]);
    expect(find("深入学习党的二十大精神").map((m) => m.key)).toEqual([]);
    expect(find("实施市容环境“十大”整治行动，打好三大攻坚战").map((m) => m.key)).toEqual(["十大", "三大攻坚战"]);
  });
});

describe("phraseFinder on the real reports", () => {
  /** The rule of findPhrases written plainly: quotation marks dropped, leftmost, longest spelling first, no overlap. */
  function reference(text: string, spellings: string[]) {
    const quotes = /[“”「」『』‘’"]/;
    const keep = [...text].map((c, i) => (quotes.test(c) ? -1 : i)).filter((i) => i >= 0);
    const norm = keep.map((i) => text[i]).join("");
    const sorted = [...spellings].sort((a, b) => b.length - a.length);
    const alnum = /[0-9A-Za-z]/;
    const numeral = /[〇零一二两三四五六七八九十百千万]/;
    const out: { key: string; start: number }[] = [];
    for (let i = 0; i < norm.length; ) {
      const hit = sorted.find(
        (v) =>
          norm.startsWith(v, i) &&
          !((alnum.test(norm[i]!) && alnum.test(norm[i - 1] ?? "")) || (alnum.test(norm[i + v.length - 1]!) && alnum.test(norm[i + v.length] ?? ""))) &&
          !(numeral.test(norm[i]!) && numeral.test(norm[i - 1] ?? "")),
      );
      if (!hit) {
        i++;
        continue;
      }
      out.push({ key: hit, start: keep[i]! });
      i += hit.length;
    }
    return out;
  }

  it("finds what the plain rule finds, at the same places, in every paragraph with quotation marks", () => {
    const dir = join(import.meta.dirname, "../../../content/reports");
    const texts = readdirSync(dir).flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter((l) => /[“「]/.test(l)));
    const spellings = [...new Set([...glossary.map((e) => e.term), ...texts.flatMap((t) => [...t.matchAll(/“([^“”]{2,8})”/g)].map((m) => m[1]!))])];
    const find = phraseFinder(spellings.map((s) => ({ key: s, variants: [s] })));
    let compared = 0;
    for (const text of texts.slice(0, 400)) {
      const found = find(text);
      const expected = reference(text, spellings);
      // Starts can widen by one to take an opening quotation mark along (balance); the phrases and their order agree.
      expect(found.map((m) => m.key)).toEqual(expected.map((m) => m.key));
      found.forEach((m, i) => expect(expected[i]!.start - m.start).toBeGreaterThanOrEqual(0));
      found.forEach((m, i) => expect(expected[i]!.start - m.start).toBeLessThanOrEqual(1));
      compared += found.length;
    }
    expect(compared).toBeGreaterThan(500);
    // The plain rule tries every spelling at every character: its cost grows with the reports and their appendices.
  }, 60_000);
});
