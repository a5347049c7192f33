import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/lib/figures/clauses.ts";
import { fixture, typed, one } from "./helpers.ts";

describe("splitSentences", () => {
  it("an exclamation mark closing a quoted name ends no sentence when the sentence goes on (Liaocheng 2023)", () => {
    const text = "新增全国名特优新农产品10个，“聊·胜一筹！”产品销售额突破100亿元，“聊城新三宝”品牌成功推出。阳谷入选。";
    const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(["新增全国名特优新农产品10个，“聊·胜一筹！”产品销售额突破100亿元，“聊城新三宝”品牌成功推出", "阳谷入选"]);
  });

  it("a full stop before a closing quote still ends its sentence", () => {
    const text = "走速度和扩大投资规模的老路。”当前经济增长的一些条件发生了变化。";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["走速度和扩大投资规模的老路", "当前经济增长的一些条件发生了变化"]);
  });

  it("the closing quote after a quoted saying's full stop opens neither the next figure's quote nor its label (Bijie 2014)", () => {
    const e = fixture(["生产总值增长10%。"], ["“小康不小康，关键看老乡。”我市现有贫困人口151.7万人，没有贫困人口的真正脱贫，就没有同步小康。"]);
    const f = one(e, "我市现有贫困人口", "151.7万人");
    expect(f.quote).toBe("我市现有贫困人口151.7万人");
    expect(f.label_zh).toBe("我市现有贫困人口");
  });

  it("the record's label keeps the quoted name whole (Liaocheng 2023)", () => {
    const e = fixture(["新增全国名特优新农产品10个、“三品一标”118个，“聊·胜一筹！”产品销售额突破100亿元，“聊城新三宝”品牌成功推出。"], ["生产总值增长6%。"]);
    expect(typed(one(e, "产品销售额", "100亿元"))).toMatchObject({ label_zh: "“聊·胜一筹！”产品销售额", value: 100, unit: "亿元", qualifier: "at_least" });
  });

  it("a comma inside a short quoted name ends no clause (Huizhou 2022)", () => {
    const text = "新增国家级“一村一品，一镇一业”示范镇（村）5个，省级“一镇一业”专业镇16个。";
    const clauses = splitSentences(text)[0]!.clauses.map((c) => text.slice(c.start, c.end));
    expect(clauses).toEqual(["新增国家级“一村一品，一镇一业”示范镇（村）5个", "省级“一镇一业”专业镇16个"]);
    const e = fixture([text], ["生产总值增长6%。"]);
    expect(one(e, "示范镇", "5个").label_zh).toBe("新增国家级“一村一品，一镇一业”示范镇（村）");
  });
});
