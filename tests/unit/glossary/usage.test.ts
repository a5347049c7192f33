import { describe, expect, it } from "vitest";
import { glossaryUsage } from "../../../src/lib/glossary/occurrences.ts";
import { quotedPhrases, sharedPhrases, slogansQuotedByAll } from "../../../src/lib/glossary/shared.ts";
import { snippetOf } from "../../../src/lib/glossary/snippet.ts";
import { reportTermPatterns, termPatterns } from "../../../src/lib/glossary/terms.ts";
import { termNames, termVariants } from "../../../src/lib/glossary/variants.ts";
import { phraseFinder, type PhrasePattern } from "../../../src/lib/glossary/match.ts";
import { familyOf, type GlossaryEntry } from "../../../src/lib/schema/glossary.ts";
import { glossary, reportOf, reports } from "../topics/support.ts";

const docs = reports.map((r) => r.document);
const usage = glossaryUsage(glossary, docs);
const zw = "zhongwei-2020";
const sz = "shizuishan-2020";

describe("glossaryUsage on the real reports", () => {
  it("reports every entry of every appendix, each of Zhongwei's 2020 terms used in Zhongwei's own text", () => {
    expect(usage).toHaveLength(glossary.length);
    const own = usage.filter((u) => u.entry.report === zw);
    expect(own).toHaveLength(17);
    for (const u of own) expect(u.counts[zw], u.entry.term).toBeGreaterThan(0);
  });

  it("finds the slogans Shizuishan shares with Zhongwei's appendix", () => {
    const used = usage.filter((u) => (u.counts[sz] ?? 0) > 0).map((u) => u.entry.term);
    expect(used).toEqual(expect.arrayContaining(["三大攻坚战", "三大战略", "三个着力", "守好三条生命线", "四个最严"]));
    expect(usage.find((u) => u.entry.term === "一带两廊")!.counts[sz]).toBeUndefined();
  });

  it("counts uses in body paragraphs only: the appendix entries are the definitions", () => {
    const appendix = new Set(reportOf("zhongwei").glossary.map((g) => g.paragraph));
    for (const u of usage)
      for (const o of u.occurrences) if (o.report === zw) expect(appendix.has(o.paragraph)).toBe(false);
  });

  it("keeps counts and occurrence spans in step, and every span holds the term", () => {
    for (const u of usage) {
      for (const doc of docs) {
        const mine = u.occurrences.filter((o) => o.report === doc.meta.id);
        expect(mine.reduce((n, o) => n + o.spans.length, 0)).toBe(u.counts[doc.meta.id] ?? 0);
        for (const o of mine) {
          const text = doc.paragraphs.find((p) => p.id === o.paragraph)!.text;
          // An entry of several names (“六稳”“六保”) is used under any of them.
          for (const [a, b] of o.spans) {
            const span = text.slice(a, b).replace(/[“”]/g, "");
            expect(termNames(u.entry).some((name) => span.includes(name.replace(/^守好/, ""))), span).toBe(true);
          }
        }
      }
    }
  });
});

describe("sharedPhrases", () => {
  // The reports of Ningxia and its cities (2020 and 2021: every one names both five-year plans); reports of other
  // places and years share other phrases, held below to what every one of them uses.
  const ningxia = docs.filter((d) => familyOf(d.meta) === "ningxia");
  const terms = glossary.filter((e) => ningxia.some((d) => d.meta.id === e.report)).map((e) => e.term);
  const shared = sharedPhrases(ningxia, terms);
  const phrases = shared.map((s) => s.phrase);

  it("finds the quoted slogans every report uses, quoted or not", () => {
    expect(ningxia.length).toBeGreaterThan(1);
    expect(phrases).toEqual(expect.arrayContaining(["十四五", "十三五"]));
    for (const s of sharedPhrases(docs, glossary.map((e) => e.term))) for (const doc of docs) expect(s.counts[doc.meta.id], s.phrase).toBeGreaterThan(0);
    const pair = sharedPhrases([reportOf("zhongwei", "zhongwei-2020").document, reportOf("shizuishan", "shizuishan-2020").document], terms);
    expect(pair.map((s) => s.phrase)).toEqual(
      expect.arrayContaining(["放管服", "1+16", "不忘初心、牢记使命", "三大攻坚战", "三个着力", "十四五"]),
    );
    for (const s of shared) for (const doc of ningxia) expect(s.counts[doc.meta.id], s.phrase).toBeGreaterThan(0);
  });

  it("leaves out what only one report says", () => {
    expect(phrases).not.toContain("一带两廊");
    expect(phrases).not.toContain("健康中卫");
    expect(phrases).not.toContain("四个一");
  });

  it("lists the most used first", () => {
    const totals = shared.map((s) => Object.values(s.counts).reduce((a, b) => a + b, 0));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it("needs at least two reports", () => {
    expect(sharedPhrases(docs.slice(0, 1))).toEqual([]);
  });
});

describe("slogansQuotedByAll", () => {
  const pair = [reportOf("zhongwei", "zhongwei-2020").document, reportOf("shizuishan", "shizuishan-2020").document];
  const quotedIn = (doc: (typeof docs)[number]) => new Set(doc.paragraphs.filter((p) => p.kind !== "glossary").flatMap((p) => quotedPhrases(p.text)));

  it("gives the slogans both reports put in quotation marks, without the marks, and not the five-year plans' names", () => {
    const slogans = slogansQuotedByAll(pair);
    expect(slogans).toEqual(expect.arrayContaining(["放管服", "不忘初心、牢记使命", "三个着力", "回头看"]));
    expect(slogans.some((s) => /[“”]/.test(s))).toBe(false);
    expect(slogans).not.toContain("十四五");
    expect(slogans).not.toContain("十三五");
    for (const doc of pair) for (const s of slogans) expect(quotedIn(doc).has(s), `${doc.meta.id} ${s}`).toBe(true);
  });

  it("leaves out a slogan one of them uses without quotation marks, and what only one says", () => {
    const slogans = new Set(slogansQuotedByAll(pair));
    const [zhongwei, shizuishan] = pair.map(quotedIn) as [Set<string>, Set<string>];
    const unquotedInOne = sharedPhrases(pair)
      .map((s) => s.phrase)
      .filter((p) => zhongwei.has(p) !== shizuishan.has(p));
    expect(unquotedInOne.length).toBeGreaterThan(0);
    for (const p of unquotedInOne) expect(slogans.has(p), p).toBe(false);
    expect(slogans.has("健康中卫")).toBe(false);
  });

  it("keeps a slogan both quote when one report also quotes a longer phrase that holds it (纠“四风”, “纠四风”)", () => {
    const region = reportOf("ningxia", "ningxia-2021").document;
    const city = reportOf("shizuishan", "shizuishan-2021").document;
    expect(quotedIn(city).has("纠四风")).toBe(true);
    for (const d of [region, city]) expect(quotedIn(d).has("四风"), d.meta.id).toBe(true);
    expect(slogansQuotedByAll([region, city])).toContain("四风");
  });

  it("lists the most used first and needs two reports", () => {
    const slogans = slogansQuotedByAll(pair);
    // Uses counted plainly, for the slogans that hold no other (where the longest match at a place decides nothing).
    const plain = pair.flatMap((d) => d.paragraphs.filter((p) => p.kind !== "glossary").map((p) => p.text.replace(/[“”]/g, "")));
    const alone = slogans.filter((s) => !slogans.some((o) => o !== s && (o.includes(s) || s.includes(o))));
    const uses = alone.map((s) => plain.reduce((n, t) => n + t.split(s).length - 1, 0));
    expect(alone.length).toBeGreaterThan(5);
    expect(uses).toEqual([...uses].sort((a, b) => b - a));
    expect(slogansQuotedByAll(pair.slice(0, 1))).toEqual([]);
  });
});

describe("quotedPhrases", () => {
  it("takes short quoted phrases and leaves out long quotations and bare numbers", () => {
    expect(
      quotedPhrases("深化“放管服”改革，“1+16”政策，“2019”年，“这是一句很长很长的引语，超过了口号应有的长度”。"),
    ).toEqual(["放管服", "1+16"]);
  });
});

describe("snippetOf", () => {
  it("cuts the context at sentence marks and marks where the text goes on", () => {
    const text = "第一句话很长很长。坚决打赢三大攻坚战，持续实施三大战略，统筹推进稳增长、促改革。后面还有。";
    const at = text.indexOf("三大攻坚战");
    expect(snippetOf(text, [at, at + 5], 12)).toEqual({
      before: "…坚决打赢",
      match: "三大攻坚战",
      after: "，持续实施三大战略，统筹…",
    });
    expect(snippetOf(text, [at, at + 5], 40)).toEqual({
      before: "…坚决打赢",
      match: "三大攻坚战",
      after: "，持续实施三大战略，统筹推进稳增长、促改革。…",
    });
  });
});

describe("another appendix's terms", () => {
  // The reports of Ningxia and its cities, read as the build reads them: with their region (family), so that the
  // appendices of other regions that define the same terms are no part of it.
  const suffixOf = (term: string, report?: string) => termPatterns(glossary, report, report && "ningxia").find((p) => p.key.term === term)!.suffix;

  it("carry the words the appendix spells after the quoted term, in other reports only", () => {
    expect(suffixOf("四个一", "guyuan-2020")).toBe("行动"); // shizuishan-2021: “四个一”行动
    expect(suffixOf("1+9", "guyuan-2020")).toBe("创建机制"); // zhongwei-2020: “1+9”创建机制
    expect(suffixOf("四个一", "shizuishan-2021")).toBeUndefined();
    expect(suffixOf("四个一", undefined)).toBeUndefined();
    expect(suffixOf("四尘", "guyuan-2021")).toBeUndefined(); // “四尘”“五水”“六废”: another slogan follows, not words
  });

  it("are not found followed by other words: another place's programme of the same name", () => {
    const find = phraseFinder(termPatterns(glossary, "guyuan-2020", "ningxia"));
    const terms = (text: string) => find(text).map((m) => [m.key.term, text.slice(m.start, m.end)]);
    expect(terms("高标准实施“四个一”林草产业工程")).toEqual([]);
    expect(terms("制定了“1+9”行动计划")).toEqual([]);
    expect(terms("实施“四个一”行动，落实“1+9”创建机制")).toEqual([
      ["四个一", "“四个一”行动"],
      ["1+9", "“1+9”创建机制"],
    ]);
    expect(terms("推进“四个一”，完善“1+9”")).toEqual([
      ["四个一", "“四个一”"],
      ["1+9", "“1+9”"],
    ]);
    // In its own report the term is found whatever follows it.
    expect(phraseFinder(termPatterns(glossary, "shizuishan-2021", "ningxia"))("“四个一”林草产业").map((m) => m.key.term)).toEqual(["四个一"]);
  });

  it("link no other report's “四个一” and “1+9” in Guyuan's reports, where they name Guyuan's own programmes", () => {
    for (const u of usage.filter((u) => ["四个一", "1+9"].includes(u.entry.term)))
      for (const id of ["guyuan-2020", "guyuan-2021"]) expect(u.counts[id] ?? 0, `${u.entry.id} in ${id}`).toBe(0);
  });
});

describe("termPatterns for many reports", () => {
  it("links each name of an entry of several: Zhongwei 2021's “六稳”“六保” is read where a report says “六保” alone", () => {
    // content/raw/zhongwei-2021.md: `1. “六稳”“六保”：稳就业、稳金融、…；保居民就业、…`; Yinchuan's and Shizuishan's
    // 2021 reports: `全面落实“六保”任务`.
    const entry = glossary.find((e) => e.report === "zhongwei-2021" && e.term_display === "“六稳”“六保”")!;
    expect(termNames(entry)).toEqual(["六稳", "六保"]);
    const u = usage.find((x) => x.entry === entry)!;
    for (const id of ["yinchuan-2021", "shizuishan-2021"]) {
      const spans = u.occurrences.filter((o) => o.report === id).flatMap((o) => {
        const text = docs.find((d) => d.meta.id === id)!.paragraphs.find((p) => p.id === o.paragraph)!.text;
        return o.spans.map(([a, b]) => text.slice(a, b));
      });
      expect(spans, id).toContain("“六保”");
    }
  });
  it("gives each report the patterns termPatterns gives it: its own entry of a term, else the first, in the same order", () => {
    // What a report reads, entry by entry: the first entry of each term (each name of an entry of several, “六稳”“六保”),
    // replaced by the report's own first one; an entry is read under the names it is chosen for.
    const expected = (report?: string) => {
      const byTerm = new Map<string, GlossaryEntry>();
      for (const e of glossary) {
        for (const name of termNames(e)) {
          const known = byTerm.get(name);
          if (!known || (e.report === report && known.report !== report)) byTerm.set(name, e);
        }
      }
      const names = new Map<GlossaryEntry, string[]>();
      for (const [name, e] of byTerm) names.set(e, [...(names.get(e) ?? []), name]);
      return [...names].map(([e, ns]) => ({ key: e, variants: termVariants(e, ns) }));
    };
    const ofReport = reportTermPatterns(glossary);
    const keysAndSpellings = (ps: readonly PhrasePattern<GlossaryEntry>[]) => ps.map((p) => ({ key: p.key, variants: p.variants }));
    for (const report of [...docs.map((d) => d.meta.id), "nowhere-2020", undefined]) {
      expect(keysAndSpellings(ofReport(report)), String(report)).toEqual(expected(report));
      expect(keysAndSpellings(termPatterns(glossary, report)), String(report)).toEqual(expected(report));
    }
    // A term two appendices define: each report reads its own entry.
    const shared = [...Map.groupBy(glossary, (e) => e.term).values()].find((es) => new Set(es.map((e) => e.report)).size > 1)!;
    expect(shared).toBeDefined();
    for (const e of shared) expect(ofReport(e.report).find((p) => p.key.term === e.term)!.key.report).toBe(e.report);
  });
});

describe("the appendices of other regions", () => {
  const entry = (report: string, family: string, term: string, n: number): GlossaryEntry => ({
    id: `${report}-g${n}`,
    term,
    term_display: `“${term}”`,
    definition: `${report}的${term}。`,
    report,
    family,
    number: n,
    paragraph: `p-${n}`,
  });
  // Two regions: 甲省 (its city 乙市 defines 六稳 and its own 四个一), 丙省 (its city 丁市 defines 六稳 and 十大).
  const entries = [entry("yishi-2021", "jiasheng", "六稳", 1), entry("yishi-2021", "jiasheng", "四个一", 2), entry("dingshi-2022", "bingsheng", "六稳", 1), entry("dingshi-2022", "bingsheng", "十大", 2)];
  const reads = (report: string, family?: string) => termPatterns(entries, report, family).map((p) => `${p.key.term}:${p.key.report}`);

  it("reads a term of its own region first, a national slogan from the first appendix by report id, and no other region's programme", () => {
    // The region's own report reads its city's entries; another city of 丙省 reads 丁市's.
    expect(reads("jiasheng-2021", "jiasheng")).toEqual(["六稳:yishi-2021", "四个一:yishi-2021"]);
    expect(reads("wushi-2022", "bingsheng")).toEqual(["六稳:dingshi-2022", "十大:dingshi-2022"]);
    // A place of a third region reads the slogan both regions define (from dingshi-2022, the first by id), and
    // neither region's own programme.
    expect(reads("gengshi-2019", "gengsheng")).toEqual(["六稳:dingshi-2022"]);
    // Without a family, every report reads the first entry of every term.
    expect(reads("gengshi-2019")).toEqual(["六稳:dingshi-2022", "四个一:yishi-2021", "十大:dingshi-2022"]);
  });

  it("reads the same entries whatever order the list comes in (the glossary page lists them by place, the readers by file)", () => {
    const again = (list: GlossaryEntry[], report: string, family?: string) => termPatterns(list, report, family).map((p) => p.key.id).sort();
    for (const [report, family] of [["gengshi-2019", "gengsheng"], ["gengshi-2019", undefined], ["jiasheng-2021", "jiasheng"], ["wushi-2022", "bingsheng"]] as const) {
      expect(again(entries.toReversed(), report, family)).toEqual(again(entries, report, family));
    }
  });

  it("links no other region's programme in the reader", () => {
    const find = phraseFinder(termPatterns(entries, "jiasheng-2021", "jiasheng"));
    expect(find("实施“十大”工程，做好“六稳”工作").map((m) => `${m.key.term}:${m.key.report}`)).toEqual(["六稳:yishi-2021"]);
  });
});

