import Fuse from "fuse.js/basic";
import { describe, expect, it } from "vitest";
import { hitRanges } from "../../../src/lib/search/search.ts";
import { foldText } from "../../../src/lib/search/normalize.ts";
import { corpus, documents, find, glossary, urls } from "./corpus.ts";

/**
 * The oracle: permalinks of everything in the reports that contains every word (case-insensitive, full-width
 * forms and dashes folded: `互联网＋` holds `互联网+`, `6.5%-7%` holds `6.5%—7%`), read straight from the parsed
 * reports and glossary, not from the search index.
 */
function containing(...words: string[]): Set<string> {
  const has = (text: string) => words.every((w) => foldText(text).includes(foldText(w)));
  const out = new Set<string>();
  for (const doc of documents) {
    const id = doc.meta.id;
    const inGlossary = new Set(glossary.filter((g) => g.report === id).map((g) => g.paragraph));
    for (const h of doc.headings) if (has(h.text)) out.add(`/reports/${id}/#${h.id}`);
    for (const p of doc.paragraphs) if (!inGlossary.has(p.id) && has(p.text)) out.add(`/reports/${id}/#${p.id}`);
  }
  for (const g of glossary) if (has(g.term) || has(g.definition)) out.add(`/glossary/#${g.id}`);
  return out;
}

/** Everyday and newsroom queries; each occurs in the reports. */
const QUERIES = [
  "养老",
  "幼儿园",
  "公交",
  "营商环境",
  "黄河",
  "枸杞",
  "脱贫攻坚",
  "互联网+",
  "5G",
  "硒砂瓜",
  "老旧小区",
  "三大攻坚战",
  "放管服",
  "乡村振兴",
  "垃圾",
  "污水",
  "就业",
  "民生实事",
];

describe("exact matching on the real reports", () => {
  it.each(QUERIES)("%s: finds exactly the documents that contain it, before any with its words in another order", (q) => {
    const expected = containing(q);
    expect(expected.size).toBeGreaterThan(0);
    const result = find(q);
    expect(result.mode).toBe("exact");
    const exact = urls(result).slice(0, expected.size);
    expect(new Set(exact)).toEqual(expected);
    expect(exact).toHaveLength(expected.size);
    expect(result.hits.slice(expected.size).every((h) => h.tier === 1)).toBe(true);
  });

  it("finds matches deep inside long paragraphs, which fuse.js's default options miss", () => {
    const deep: { q: string; url: string }[] = [];
    for (const q of QUERIES) {
      for (const hit of find(q).hits)
        if (hit.item.kind === "paragraph" && hit.item.text.indexOf(q) > 300) deep.push({ q, url: hit.item.url });
    }
    expect(deep.length).toBeGreaterThan(5);
    const paragraphs = corpus.docs.filter((d) => d.kind === "paragraph");
    const naive = new Fuse(paragraphs, { keys: ["text"] });
    // fuse.js over every paragraph, once per query: its cost grows with the reports.
    const naiveUrls = new Map([...new Set(deep.map((d) => d.q))].map((q) => [q, new Set(naive.search(q).map((r) => r.item.url))]));
    const missed = deep.filter(({ q, url }) => !naiveUrls.get(q)!.has(url));
    expect(missed.length).toBeGreaterThan(0);
  }, 60_000);

  it("ranks a glossary entry whose term is the query first, then headings that name it", () => {
    const result = find("三大攻坚战");
    expect(result.hits[0]?.item.kind).toBe("glossary");
    expect(result.hits[1]?.item.kind).toBe("heading");
  });

  it("ranks a paragraph whose lead sentence holds the query above one that mentions it in passing", () => {
    const lead = corpus.docs.find(
      (d) => d.kind === "paragraph" && d.lead > 0 && d.text.slice(0, d.lead).includes("教育"),
    );
    expect(lead).toBeDefined();
    const hits = find("教育").hits.map((h) => h.item);
    const passing = hits.filter(
      (d) =>
        d.kind === "paragraph" &&
        !d.text.slice(0, d.lead).includes("教育") &&
        d.text.length >= (lead?.text.length ?? 0),
    );
    expect(passing.length).toBeGreaterThan(0);
    for (const p of passing) expect(hits.indexOf(lead!)).toBeLessThan(hits.indexOf(p));
  });

  it("gives ranges that point at the matched words in the text as written", () => {
    for (const q of ["pm2.5", "黄河", "R&D"]) {
      const result = find(q);
      for (const hit of result.hits) {
        const ranges = hitRanges(hit, result.query);
        expect(ranges.text.length + ranges.title.length).toBeGreaterThan(0);
        const forms = result.query.terms.flatMap((t) => t.forms);
        for (const [s, e] of ranges.text) expect(forms).toContain(foldText(hit.item.text.slice(s, e)));
      }
    }
  });
});

describe("queries with no real match", () => {
  /** Words none of the reports uses (checked by the oracle below); the 2021 reports do speak of 疫情, 快递, 电梯. */
  const ABSENT = [
    "潜水艇",
    "演唱会",
    "滑雪场",
    "比特币",
    "冰淇淋",
    "高尔夫",
    "航空母舰",
    "芭蕾",
    "游艇",
    "动漫",
    "股票",
    "彩票",
    "地铁",
    "网吧",
    "警察",
    "火箭",
    "熊猫",
    "咖啡",
    "钢琴",
    "口红",
    "麻将",
    "炒股",
    "拳击",
  ];

  // Reports of other places and years may say some of them (成都: 动漫, 地铁): those are left out.
  const absent = ABSENT.filter((q) => containing(q).size === 0);

  it("are most of them absent from the reports", () => {
    expect(absent.length).toBeGreaterThanOrEqual(ABSENT.length / 2);
  });

  it.each(absent)("%s: not in the reports, and nothing is returned", (q) => {
    expect(containing(q).size).toBe(0);
    expect(find(q).hits).toEqual([]);
  });

  it("returns nothing for two-character words whose characters each occur in the reports", () => {
    const all = corpus.docs.map((d) => d.title + d.text).join("");
    const pairs = absent.filter((q) => q.length === 2 && [...q].every((c) => all.includes(c)));
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const q of pairs) expect(find(q).hits).toEqual([]);
  });
});

describe("several terms, case, entities, dashes", () => {
  it.each([
    ["黄河", "保护"],
    ["城市", "建设"],
    ["教育", "幼儿园"],
  ])("%s %s: every term must match", (a, b) => {
    const result = find(`${a} ${b}`);
    expect(new Set(urls(result))).toEqual(containing(a, b));
    expect(result.hits.length).toBeLessThan(Math.min(containing(a).size, containing(b).size) + 1);
  });

  it("splits on the ideographic space and on pasted list punctuation too", () => {
    const expected = new Set(urls(find("黄河 保护")));
    expect(new Set(urls(find("黄河\u3000保护")))).toEqual(expected);
    expect(new Set(urls(find("黄河，保护")))).toEqual(expected);
    expect(new Set(urls(find("黄河、保护")))).toEqual(expected);
  });

  it("matches Latin text case-insensitively, also typed full-width", () => {
    const expected = urls(find("PM2.5"));
    expect(expected.length).toBe(containing("PM2.5").size);
    for (const q of ["pm2.5", "Pm2.5", "ＰＭ２．５", "ｐｍ２．５"]) expect(urls(find(q))).toEqual(expected);
  });

  it("finds the source's R&amp;D whether the query says R&D, r&d or R&amp;D", () => {
    const rd = find("R&D");
    expect(rd.hits.some((h) => h.item.text.includes("R&D"))).toBe(true);
    expect(urls(find("r&d"))).toEqual(urls(rd));
    expect(urls(find("R&amp;D"))).toEqual(urls(rd));
  });

  it("matches a range whatever dash the query uses", () => {
    const expected = containing("6.5%—7%");
    expect(expected.size).toBeGreaterThan(0);
    for (const q of ["6.5%—7%", "6.5%-7%", "6.5%–7%", "6.5%－7%"]) expect(new Set(urls(find(q)))).toEqual(expected);
  });
});

describe("synonyms", () => {
  it("searches the reports' wording for a colloquial or foreign word, and says so", () => {
    const result = find("GDP");
    expect(result.query.terms[0]?.synonyms.map((s) => s.display)).toContain("地区生产总值");
    expect(containing("地区生产总值").size).toBeGreaterThan(containing("GDP").size);
    expect(new Set(urls(result))).toEqual(new Set([...containing("GDP"), ...containing("地区生产总值")]));
  });

  it("replaces a synonym inside a longer term", () => {
    const result = find("GDP增长");
    expect(result.hits.length).toBeGreaterThan(0);
    // Every paragraph that says it either way, then (tier 1) any whose sentence holds the words apart (占GDP比重增长).
    const exact = result.hits.filter((h) => !h.tier);
    expect(new Set(exact.map((h) => h.item.url))).toEqual(new Set([...containing("地区生产总值增长"), ...containing("GDP增长")]));
    expect(result.hits.slice(exact.length).every((h) => h.tier === 1 && /gdp[^。；]*增长|增长[^。；]*gdp/.test(foldText(h.item.text)))).toBe(true);
  });

  it("finds 看病 through 医疗 and 医院", () => {
    const result = find("看病");
    expect(containing("医疗").size + containing("医院").size).toBeGreaterThan(containing("看病").size);
    expect(new Set(urls(result))).toEqual(new Set([...containing("看病"), ...containing("医疗"), ...containing("医院")]));
  });
});

describe("fuzzy fallback", () => {
  it.each([
    ["幼儿圆", "幼儿园"],
    ["养老服物", "养老服务"],
    ["pm25", "PM2.5"],
  ])("%s (a typo) falls back to near misses: every document with %s", (typo, word) => {
    expect(containing(typo).size).toBe(0);
    const result = find(typo);
    expect(result.mode).toBe("fuzzy");
    for (const url of containing(word)) expect(urls(result)).toContain(url);
  });

  it("is not used when exact matching finds something", () => {
    const result = find("幼儿园");
    expect(result.mode).toBe("exact");
    expect(new Set(urls(result))).toEqual(containing("幼儿园"));
  });
});

describe("filters", () => {
  it("keeps one place, one year, one part, and counts what they left out", () => {
    const all = find("就业");
    const zw = find("就业", { place: "zhongwei", year: null, period: null });
    const plan = find("就业", { place: null, year: null, period: "plan" });
    expect(zw.hits.length).toBeGreaterThan(0);
    expect(zw.hits.every((h) => h.item.report.place === "zhongwei")).toBe(true);
    expect(zw.hits.length + zw.filtered).toBe(all.hits.length);
    expect(plan.hits.every((h) => h.item.period === "plan")).toBe(true);
    expect(plan.hits.length).toBeLessThan(all.hits.length);
    const both = find("就业", { place: "shizuishan", year: 2021, period: "review" });
    expect(both.hits.length).toBeGreaterThan(0);
    expect(new Set(urls(both))).toEqual(
      new Set(
        all.hits
          .filter((h) => h.item.report.place === "shizuishan" && h.item.report.year === 2021 && h.item.period === "review")
          .map((h) => h.item.url),
      ),
    );
  });
});

describe("十四五 across years", () => {
  it("finds the 2021 reports, and the year filter narrows to them", () => {
    const all = find("十四五");
    expect(new Set(urls(all))).toEqual(containing("十四五"));
    const reports2021 = documents.filter((d) => d.meta.year === 2021).map((d) => d.meta.id);
    const found = new Set(all.hits.map((h) => h.item.report.id));
    for (const id of reports2021) expect(found).toContain(id);
    const only = find("十四五", { place: null, year: 2021, period: null });
    expect(only.hits.every((h) => h.item.report.year === 2021)).toBe(true);
    expect(only.hits.length + only.filtered).toBe(all.hits.length);
    expect(only.hits.length).toBeGreaterThan(all.hits.length / 2);
  });
});

describe("words in another order", () => {
  it("老旧小区改造 also finds 改造老旧小区…, after every exact match", () => {
    const result = find("老旧小区改造");
    const exact = containing("老旧小区改造");
    const got = urls(result);
    expect(new Set(got.slice(0, exact.size))).toEqual(exact);
    const loose = result.hits.slice(exact.size);
    expect(loose.length).toBeGreaterThan(0);
    expect(loose.every((h) => h.tier === 1)).toBe(true);
    const reversed = [...containing("改造老旧小区")].filter((u) => !exact.has(u));
    expect(reversed.length).toBeGreaterThan(0);
    for (const u of reversed) expect(got).toContain(u);
    for (const hit of loose) {
      const ranges = hitRanges(hit, result.query);
      const words = ranges.text.map(([s, e]) => hit.item.foldedText.slice(s, e)).sort();
      expect(words).toEqual(["小区", "改造", "老旧"].sort());
    }
  });

  it("keeps a term's words within one sentence", () => {
    for (const hit of find("高质量发展").hits.filter((h) => h.tier === 1)) {
      const r = hit.ranges!.text;
      const stretch = hit.item.foldedText.slice(r[0]![0], r.at(-1)![1]);
      expect(stretch).not.toMatch(/[。；！？]/);
    }
  });
});
