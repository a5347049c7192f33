/**
 * English search over the Chinese reports: English words (indicators, topics) map to the reports' wording
 * through the hand-kept synonym table, as whole words, phrases kept together, function words dropped; the
 * table has an English entry for every indicator of content/metrics.json; on the real corpus, English
 * queries find what their Chinese wording finds.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldText } from "../../../src/lib/search/normalize.ts";
import { parseQuery } from "../../../src/lib/search/query.ts";
import { compileSynonyms, expandTerm, keyOccurrences, phraseLength } from "../../../src/lib/search/synonyms.ts";
import { englishExamples, englishKeys } from "../../../src/i18n/search.ts";
import { unknownWords } from "../../../src/scripts/search/render.ts";
import { corpus, find, parse, root, synonymTable, urls } from "./corpus.ts";

/** Permalinks of every document whose title or text holds one of `words` (folded): the oracle. */
function holding(...words: string[]): Set<string> {
  const folded = words.map(foldText);
  return new Set(corpus.docs.filter((d) => folded.some((w) => d.foldedTitle.includes(w) || d.foldedText.includes(w))).map((d) => d.url));
}

describe("English words in the synonym rules", () => {
  const rules = compileSynonyms({
    GDP: ["地区生产总值"],
    CPI: ["居民消费价格"],
    unemployment: ["失业"],
    "unemployment rate": ["失业率"],
    "retail sales": ["社会消费品零售总额"],
    "tax and fee cuts": ["减税降费"],
    tax: ["税收"],
    kindergarten: ["幼儿园"],
    "per capita": ["人均"],
  });
  const forms = (term: string) => expandTerm(term, rules).map((a) => a.display);

  it("are found as whole words, also beside Chinese, and with a plural ending", () => {
    expect(forms("gdp")).toEqual(["地区生产总值"]);
    expect(forms("gdp增长")).toEqual(["地区生产总值增长"]);
    expect(forms("人均gdp")).toEqual(["人均地区生产总值"]);
    expect(forms("kindergartens")).toEqual(["幼儿园"]);
    expect(forms("taxes")).toEqual(["税收"]);
    expect(forms("epic")).toEqual([]);
    expect(forms("cpis")).toEqual(["居民消费价格"]);
    expect(forms("syntax")).toEqual([]);
    expect(forms("taxation")).toEqual([]);
    expect(keyOccurrences("gdp gdps", { key: "gdp", word: true })).toEqual([
      [0, 3],
      [4, 8],
    ]);
  });

  it("give way to a longer key that holds them: no half-translated forms", () => {
    expect(forms("unemployment rate")).toEqual(["失业率"]);
    expect(forms("unemployment")).toEqual(["失业"]);
    expect(forms("tax and fee cuts")).toEqual(["减税降费"]);
  });

  it("keep the words of a phrase key together in one term", () => {
    expect(phraseLength(["retail", "sales", "growth"], rules)).toBe(2);
    expect(phraseLength(["retail"], rules)).toBe(0);
    expect(phraseLength(["gdp", "per", "capita"], rules)).toBe(0);
    const q = parseQuery("Retail  Sales growth", rules);
    expect(q.terms.map((t) => t.text)).toEqual(["retail sales", "growth"]);
    expect(q.terms[0]?.forms).toEqual(["retail sales", "社会消费品零售总额"]);
    expect(parseQuery("GDP per capita", rules).terms.map((t) => t.forms.at(-1))).toEqual(["地区生产总值", "人均"]);
    expect(parseQuery("unemployment rate", rules).terms.map((t) => t.forms)).toEqual([["unemployment rate", "失业率"]]);
  });

  it("drop English function words, unless nothing else is left", () => {
    expect(parseQuery("the rate of unemployment", rules).terms.map((t) => t.text)).toEqual(["rate", "unemployment"]);
    expect(parseQuery("tax and fee cuts", rules).terms.map((t) => t.text)).toEqual(["tax and fee cuts"]);
    expect(parseQuery("the", rules).terms.map((t) => t.text)).toEqual(["the"]);
  });

  it("name the Latin words the table does not know", () => {
    expect(unknownWords(parseQuery("GDP protection 5G 黄河", rules))).toEqual(["protection"]);
    expect(unknownWords(parseQuery("kindergartens", rules))).toEqual([]);
  });

  it("leave the Chinese keys as they were: found inside a longer term, every key applied", () => {
    const zh = compileSynonyms({ 公交: ["公共交通"], 公交车: ["公交"] });
    expect(expandTerm("公交车站", zh).map((a) => a.folded)).toEqual(["公交站", "公共交通车站"]);
  });
});

describe("content/synonyms.json in English", () => {
  const metrics = JSON.parse(readFileSync(join(root, "content/metrics.json"), "utf8")) as { id: string; names: string[]; label_en: string }[];
  const english = englishKeys(synonymTable);

  it("has English words, first the examples the search page names", () => {
    expect(english.length).toBeGreaterThan(80);
    expect(englishExamples(synonymTable)).toEqual(["GDP", "unemployment", "retail sales"]);
  });

  it("has an English entry for every indicator: some English word maps to the wording the indicator is found by", () => {
    const missing = metrics.filter((m) => {
      const names = m.names.map((n) => foldText(n.replace(/^\^/, "")));
      return !english.some((k) => (synonymTable[k] ?? []).some((w) => names.some((n) => n.includes(foldText(w)))));
    });
    expect(missing.map((m) => `${m.id} (${m.label_en})`)).toEqual([]);
  });

  it("maps every English word to the reports' wording, never to other English words", () => {
    for (const k of english) expect((synonymTable[k] ?? []).filter((w) => /^[A-Za-z' -]+$/.test(w)), k).toEqual([]);
  });
});

describe("English search on the real reports", () => {
  it.each([
    ["GDP", ["GDP", "地区生产总值"]],
    ["unemployment", ["失业"]],
    ["retail sales", ["社会消费品零售总额"]],
    ["Kindergartens", ["幼儿园"]],
    ["Yellow River", ["黄河"]],
    ["e-commerce", ["电子商务", "电商"]],
  ])("%s finds what its Chinese wording finds", (q, words) => {
    const result = find(q);
    expect(result.mode).toBe("exact");
    expect(result.hits.length).toBeGreaterThan(0);
    expect(new Set(urls(result))).toEqual(holding(q, ...words));
  });

  it("combines an English phrase with other words: retail sales growth", () => {
    const result = find("retail sales growth");
    const both = [...holding("社会消费品零售总额")].filter((u) => holding("增长", "增速").has(u));
    expect(new Set(urls(result))).toEqual(new Set(both));
    expect(parse("retail sales growth").terms.flatMap((t) => t.synonyms.map((s) => s.display))).toEqual(["社会消费品零售总额", "增长", "增速"]);
  });

  it("finds nothing for an English word the table does not know, and says which", () => {
    const result = find("GDP protection");
    expect(result.hits).toEqual([]);
    expect(unknownWords(result.query)).toEqual(["protection"]);
  });
});
