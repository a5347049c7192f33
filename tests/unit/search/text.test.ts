import { describe, expect, it } from "vitest";
import { decodeQueryEntities } from "../../../src/lib/search/entities.ts";
import { foldText } from "../../../src/lib/search/normalize.ts";
import { parseQuery, QUERY_LIMITS } from "../../../src/lib/search/query.ts";
import { compileSynonyms, expandTerm } from "../../../src/lib/search/synonyms.ts";

describe("foldText", () => {
  it("folds full-width ASCII, dashes and case", () => {
    expect(foldText("ＰＭ２．５")).toBe("pm2.5");
    expect(foldText("6.5%—7%")).toBe("6.5%-7%");
    expect(foldText("6.5%－7%")).toBe("6.5%-7%");
    expect(foldText("R&D投入")).toBe("r&d投入");
    expect(foldText("黄河\u3000保护")).toBe("黄河 保护");
  });

  it("never changes the length, so offsets in the folded text are offsets in the text", () => {
    for (const s of ["İstanbul ＡＢＣ", "ß—Ⅱ类ǅ", "中文，标点：（一）", "\u{20000}𠀀x"])
      expect(foldText(s)).toHaveLength(s.length);
    expect(foldText("İİ")).toHaveLength(2);
  });
});

describe("decodeQueryEntities", () => {
  it("decodes the common named and all numeric references, and leaves the rest", () => {
    expect(decodeQueryEntities("R&amp;D")).toBe("R&D");
    expect(decodeQueryEntities("&#25945;&#x80B2;")).toBe("教育");
    expect(decodeQueryEntities("a&lt;b&gt;&quot;&apos;")).toBe("a<b>\"'");
    expect(decodeQueryEntities("&bogus; & &#xD800; &#0;")).toBe("&bogus; & &#xD800; &#0;");
  });
});

describe("parseQuery", () => {
  const rules = compileSynonyms({ GDP: ["地区生产总值"], 看病: ["医疗", "医院"] });

  it("splits on spaces and list punctuation, folds, drops quotes and duplicates", () => {
    const q = parseQuery('  "黄河"  保护，ＰＭ２．５、黄河 ', rules);
    expect(q.terms.map((t) => t.text)).toEqual(["黄河", "保护", "pm2.5"]);
  });

  it("adds synonym forms after the term itself, keeping their written form for display", () => {
    const [gdp] = parseQuery("gdp", rules).terms;
    expect(gdp?.forms).toEqual(["gdp", "地区生产总值"]);
    expect(gdp?.synonyms.map((s) => s.display)).toEqual(["地区生产总值"]);
    expect(parseQuery("看病难", rules).terms[0]?.forms).toEqual(["看病难", "医疗难", "医院难"]);
  });

  it("is empty for blank input and bounded for a pasted paragraph", () => {
    expect(parseQuery(" \u3000 ", rules).terms).toEqual([]);
    const long = parseQuery(Array.from({ length: 20 }, (_, i) => `词${i}`.repeat(40)).join(" "), rules);
    expect(long.terms).toHaveLength(QUERY_LIMITS.terms);
    expect(Math.max(...long.terms.map((t) => t.text.length))).toBe(QUERY_LIMITS.termLength);
  });
});

describe("expandTerm", () => {
  it("applies every key found in the term, longest first, without repeating the term", () => {
    const rules = compileSynonyms({ 公交: ["公共交通"], 公交车: ["公交"] });
    expect(expandTerm("公交车站", rules).map((a) => a.folded)).toEqual(["公交站", "公共交通车站"]);
    expect(expandTerm("铁路", rules)).toEqual([]);
  });
});
