import { describe, expect, it } from "vitest";
import { closeBrackets } from "../../../src/lib/figures/quote.ts";
import { DEV_IDS, RAW_IDS, dev, quoting, real } from "./helpers.ts";

describe("closeBrackets", () => {
  const text = "地方一般公共预算收入419.4亿元，下降1%（扣除新增减税因素影响，增长5.6%），好于全国平均水平。";
  const cut = text.indexOf("，增长5.6%");

  it("carries a quote cut inside a parenthesis on to its closing bracket", () => {
    expect(text.slice(...closeBrackets(text, [0, cut]))).toBe("地方一般公共预算收入419.4亿元，下降1%（扣除新增减税因素影响，增长5.6%）");
  });

  it("keeps a quote whose brackets are closed, or whose bracket does not close before the sentence ends", () => {
    expect(closeBrackets(text, [0, 18])).toEqual([0, 18]);
    const open = "增长5%（含新增项目。其余另计）";
    expect(closeBrackets(open, [0, 8])).toEqual([0, 8]);
    const ascii = "下降2% (ASCII, 另计) 。";
    expect(ascii.slice(...closeBrackets(ascii, [0, ascii.indexOf(",")]))).toBe("下降2% (ASCII, 另计)");
  });

  it("gives the real report's record the whole parenthesis", () => {
    const [record] = quoting(real("ningxia-2021"), "下降1%（扣除新增减税因素影响");
    expect(record?.quote).toBe("地方一般公共预算收入419.4亿元，下降1%（扣除新增减税因素影响，增长5.6%）");
  });
});

describe.each([...RAW_IDS.map((id) => [id, real] as const), ...DEV_IDS.map((id) => [id, dev] as const)])("the quotes of %s", (id, load) => {
  it("close every bracket they open", () => {
    for (const f of load(id).figures) {
      const open = (f.quote.match(/[（(]/g) ?? []).length;
      const close = (f.quote.match(/[）)]/g) ?? []).length;
      expect(open, f.quote).toBeLessThanOrEqual(close);
    }
  });
});
