import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES, contentDigests, contentKey, dataDigest, pageKey, type KeyedEntry } from "../../../src/lib/build/content-key.ts";

const root = join(import.meta.dirname, "../../..");
const report = (id: string, digest: string, data: unknown = { id }): KeyedEntry => ({ id, digest, data });
const corpus = (reports: KeyedEntry[], places: KeyedEntry[] = [{ id: "zhongwei", data: { name: "中卫市" } }]) =>
  new Map<string, KeyedEntry[]>([
    ["reports", reports],
    ["places", places],
  ]);

describe("contentKey", () => {
  const base = corpus([report("zhongwei-2020", "a1"), report("zhongwei-2021", "b2")]);

  it("is the same for the same content, whatever order the loaders give", () => {
    expect(contentKey(base)).toBe(contentKey(corpus([report("zhongwei-2021", "b2"), report("zhongwei-2020", "a1")])));
    expect(contentKey(base)).toMatch(/^[0-9a-f]{32}$/);
  });

  it("changes when a report's file changes (its digest)", () => {
    expect(contentKey(corpus([report("zhongwei-2020", "a1"), report("zhongwei-2021", "b3")]))).not.toBe(contentKey(base));
  });

  it("changes when the parsed data changes with the file unchanged (a schema's default or transform)", () => {
    const before = corpus([report("zhongwei-2020", "a1", { id: "zhongwei-2020", year: 2020 })]);
    const after = corpus([report("zhongwei-2020", "a1", { id: "zhongwei-2020", year: 2020, level: "city" })]);
    expect(contentKey(after)).not.toBe(contentKey(before));
  });

  it("changes when a report is added or removed", () => {
    const added = corpus([report("zhongwei-2020", "a1"), report("zhongwei-2021", "b2"), report("guyuan-2021", "c3")]);
    expect(contentKey(added)).not.toBe(contentKey(base));
    expect(contentKey(corpus([report("zhongwei-2020", "a1")]))).not.toBe(contentKey(base));
  });

  it("changes when another collection changes (a place's name)", () => {
    const renamed = corpus([report("zhongwei-2020", "a1"), report("zhongwei-2021", "b2")], [{ id: "zhongwei", data: { name: "中卫" } }]);
    expect(contentKey(renamed)).not.toBe(contentKey(base));
  });

  it("keeps entries of different collections apart (the same entry moved to another collection)", () => {
    const entry = report("x", "d");
    const a = new Map<string, KeyedEntry[]>([["glossary", [entry]], ["indicators", []]]);
    const b = new Map<string, KeyedEntry[]>([["glossary", []], ["indicators", [entry]]]);
    expect(contentKey(a)).not.toBe(contentKey(b));
  });

  it("names every collection of src/content.config.ts", () => {
    const config = readFileSync(join(root, "src/content.config.ts"), "utf8");
    const declared = /export const collections = \{([^}]*)\}/.exec(config)?.[1]?.split(",").map((s) => s.trim()).filter(Boolean);
    expect(declared?.sort()).toEqual([...COLLECTION_NAMES].sort());
  });
});

describe("contentDigests and pageKey: a page's key names the reports it reads", () => {
  const meta = (id: string, extra: Record<string, unknown> = {}) => ({ id, place: id.replace(/-\d{4}$/, ""), title: `${id} 报告`, source_sha256: `sha-${id}`, ...extra });
  const figures = (report: string, digest: string): KeyedEntry => ({ id: report, digest, data: { report, count: 3 } });
  const collections = (over: { reports?: KeyedEntry[]; indicators?: KeyedEntry[]; glossary?: KeyedEntry[] } = {}) =>
    new Map<string, KeyedEntry[]>([
      ["reports", over.reports ?? [report("zhongwei-2020", "a1", meta("zhongwei-2020")), report("guyuan-2020", "b1", meta("guyuan-2020"))]],
      ["indicators", over.indicators ?? [figures("zhongwei-2020", "f1"), figures("guyuan-2020", "g1")]],
      ["glossary", over.glossary ?? [{ id: "zhongwei-2020", digest: "t1", data: { entries: [] } }]],
      ["places", [{ id: "zhongwei", data: { name: "中卫市" } }]],
    ]);
  const base = contentDigests(collections());
  const zw = { reports: ["zhongwei-2020"] };
  const gy = { reports: ["guyuan-2020"] };

  it("edits of one report's text (its file and source digest) change its pages' keys, not another report's", () => {
    const edited = contentDigests(
      collections({ reports: [report("zhongwei-2020", "a2", meta("zhongwei-2020", { source_sha256: "sha-new" })), report("guyuan-2020", "b1", meta("guyuan-2020"))] }),
    );
    expect(pageKey(edited, zw)).not.toBe(pageKey(base, zw));
    expect(pageKey(edited, gy)).toBe(pageKey(base, gy));
    expect(edited.shared).toBe(base.shared);
    expect(edited.all).not.toBe(base.all);
  });

  it("a report's figure file counts with the report", () => {
    const edited = contentDigests(collections({ indicators: [figures("zhongwei-2020", "f2"), figures("guyuan-2020", "g1")] }));
    expect(pageKey(edited, zw)).not.toBe(pageKey(base, zw));
    expect(pageKey(edited, gy)).toBe(pageKey(base, gy));
  });

  it("a page of figure records alone (`figures`) keeps its key when a report's text changes, not when its figure file does", () => {
    const text = contentDigests(
      collections({ reports: [report("zhongwei-2020", "a2", meta("zhongwei-2020", { source_sha256: "sha-new" })), report("guyuan-2020", "b1", meta("guyuan-2020"))] }),
    );
    const records = contentDigests(collections({ indicators: [figures("zhongwei-2020", "f2"), figures("guyuan-2020", "g1")] }));
    const every = { figures: ["zhongwei-2020", "guyuan-2020"] };
    expect(pageKey(text, every)).toBe(pageKey(base, every));
    expect(pageKey(records, every)).not.toBe(pageKey(base, every));
    expect(pageKey(records, { figures: ["guyuan-2020"] })).toBe(pageKey(base, { figures: ["guyuan-2020"] }));
    // Reading a report's figures is not reading the report: the two keys differ, and the text counts only in the second.
    expect(pageKey(base, { figures: ["zhongwei-2020"] })).not.toBe(pageKey(base, zw));
    expect(pageKey(text, { reports: ["guyuan-2020"], figures: ["zhongwei-2020"] })).toBe(pageKey(base, { reports: ["guyuan-2020"], figures: ["zhongwei-2020"] }));
    expect(pageKey(records, { reports: ["guyuan-2020"], figures: ["zhongwei-2020"] })).not.toBe(pageKey(base, { reports: ["guyuan-2020"], figures: ["zhongwei-2020"] }));
  });

  it("a report without a figure file has a figures digest, which its first figure file changes", () => {
    const none = contentDigests(collections({ indicators: [figures("guyuan-2020", "g1")] }));
    expect(none.figures.has("zhongwei-2020")).toBe(true);
    expect(pageKey(none, { figures: ["zhongwei-2020"] })).not.toBe(pageKey(base, { figures: ["zhongwei-2020"] }));
  });

  it("metadata every page may show (a title), the glossary and the other collections change every key", () => {
    const retitled = contentDigests(
      collections({ reports: [report("zhongwei-2020", "a1", meta("zhongwei-2020", { title: "新标题" })), report("guyuan-2020", "b1", meta("guyuan-2020"))] }),
    );
    const glossary = contentDigests(collections({ glossary: [{ id: "zhongwei-2020", digest: "t2", data: { entries: [{ id: "zhongwei-2020-g1", term: "四大提升行动" }] } }] }));
    for (const d of [retitled, glossary]) {
      expect(d.shared).not.toBe(base.shared);
      expect(pageKey(d, gy)).not.toBe(pageKey(base, gy));
      expect(pageKey(d, {})).not.toBe(pageKey(base, {}));
      expect(pageKey(d, { figures: ["guyuan-2020"] })).not.toBe(pageKey(base, { figures: ["guyuan-2020"] }));
    }
  });

  it("an added report changes the shared digest (lists of reports), so every page's key", () => {
    const added = contentDigests(collections({ reports: [...collections().get("reports")!, report("yinchuan-2020", "c1", meta("yinchuan-2020"))] }));
    expect(pageKey(added, gy)).not.toBe(pageKey(base, gy));
  });

  describe("a page that names the reports whose metadata it reads (`metadata`)", () => {
    const yc = report("yinchuan-2020", "c1", meta("yinchuan-2020"));
    const added = contentDigests(collections({ reports: [...collections().get("reports")!, yc], glossary: [...collections().get("glossary")!, { id: "yinchuan-2020", digest: "t9", data: { entries: [] } }] }));
    const alone = { reports: ["guyuan-2020"], metadata: [] };

    it("keeps its key when a report it does not name is added (with a glossary file without entries), not a page of the list", () => {
      expect(added.base).toBe(base.base);
      expect(added.shared).not.toBe(base.shared);
      expect(pageKey(added, alone)).toBe(pageKey(base, alone));
      expect(pageKey(added, { metadata: ["zhongwei-2020"], data: 1 })).toBe(pageKey(base, { metadata: ["zhongwei-2020"], data: 1 }));
      expect(pageKey(added, {})).not.toBe(pageKey(base, {}));
      // Naming no report's metadata is not reading the list of every report.
      expect(pageKey(base, alone)).not.toBe(pageKey(base, { reports: ["guyuan-2020"] }));
    });

    it("changes when a report it names changes its metadata, not its text", () => {
      const retitled = contentDigests(
        collections({ reports: [report("zhongwei-2020", "a1", meta("zhongwei-2020", { title: "新标题" })), report("guyuan-2020", "b1", meta("guyuan-2020"))] }),
      );
      const text = contentDigests(
        collections({ reports: [report("zhongwei-2020", "a2", meta("zhongwei-2020", { source_sha256: "sha-new" })), report("guyuan-2020", "b1", meta("guyuan-2020"))] }),
      );
      const names = { reports: ["guyuan-2020"], metadata: ["zhongwei-2020"] };
      expect(pageKey(retitled, names)).not.toBe(pageKey(base, names));
      expect(pageKey(retitled, alone)).toBe(pageKey(base, alone));
      expect(pageKey(text, names)).toBe(pageKey(base, names));
    });

    it("changes with the glossary's entries when it links their terms (`glossary`), and with the other collections", () => {
      const entries = contentDigests(collections({ glossary: [{ id: "zhongwei-2020", digest: "t2", data: { entries: [{ id: "zhongwei-2020-g1", term: "四大提升行动" }] } }] }));
      const linked = { ...alone, glossary: true };
      expect(entries.glossary).not.toBe(base.glossary);
      expect(pageKey(entries, linked)).not.toBe(pageKey(base, linked));
      expect(pageKey(entries, alone)).toBe(pageKey(base, alone));
      expect(pageKey(base, linked)).not.toBe(pageKey(base, alone));
      // An added report without an appendix leaves the glossary as it was.
      expect(pageKey(added, linked)).toBe(pageKey(base, linked));
      const places = new Map(collections());
      places.set("places", [{ id: "zhongwei", data: { name: "中卫" } }]);
      expect(pageKey(contentDigests(places), alone)).not.toBe(pageKey(base, alone));
    });

    it("throws on a report the build does not have", () => {
      expect(() => pageKey(base, { metadata: ["nowhere-2020"] })).toThrow(/nowhere-2020/);
    });
  });

  describe("a page that links the glossary's terms in its reports' text, the bodies known (`glossaryReads`)", () => {
    const entry = (report: string, n: number, term: string, definition = `${term}的解释`) => ({
      id: `${report}-g${n}`,
      term,
      term_display: `“${term}”`,
      definition,
      report,
      number: n,
      paragraph: `p-${90 + n}`,
    });
    const glossaryFile = (report: string, entries: unknown[]): KeyedEntry => ({ id: report, digest: JSON.stringify(entries), data: { report, entries } });
    // zhongwei-2020 defines 四大提升行动, which guyuan-2020 quotes; guyuan-2020 also names 放管服 and 1+X证书 (a
    // Markdown escape inside the spelling); yinchuan-2020 uses no term.
    const bodies = new Map([
      ["zhongwei-2020", "## 一、工作回顾\n\n实施“四大提升行动”。\n\n1. **“四大提升行动”**：四个方面。"],
      ["guyuan-2020", "我们学习中卫“四大提升行动”的经验，深化“放管服”改革，推行1\\+X证书制度。"],
      ["yinchuan-2020", "全年地区生产总值增长6.5%。"],
    ]);
    const reportsOf = [...collections().get("reports")!, report("yinchuan-2020", "c1", meta("yinchuan-2020"))];
    const corpusWith = (glossary: KeyedEntry[], texts = bodies) => contentDigests(collections({ reports: reportsOf, glossary }), texts);
    const zwGlossary = glossaryFile("zhongwei-2020", [entry("zhongwei-2020", 1, "四大提升行动")]);
    const before = corpusWith([zwGlossary]);
    const page = (id: string) => ({ reports: [id], metadata: [], glossary: true });
    const keys = (d: ReturnType<typeof contentDigests>) => ["zhongwei-2020", "guyuan-2020", "yinchuan-2020"].map((id) => pageKey(d, page(id)));

    it("an appendix added renders again the pages of the texts that hold one of its terms, and the report's own", () => {
      const [zw, gy, yc] = keys(before);
      for (const term of ["放管服", "1+X证书"]) {
        const added = corpusWith([zwGlossary, glossaryFile("yinchuan-2020", [entry("yinchuan-2020", 1, term)])]);
        const [zw2, gy2, yc2] = keys(added);
        expect(gy2, term).not.toBe(gy); // its text holds the term
        expect(yc2, term).not.toBe(yc); // its own appendix (its search shard, its reader's list)
        expect(zw2, term).toBe(zw); // not in its text
        expect(added.glossary).not.toBe(before.glossary);
      }
      // A term no text holds changes the pages of its own report only.
      const [zw3, gy3, yc3] = keys(corpusWith([zwGlossary, glossaryFile("yinchuan-2020", [entry("yinchuan-2020", 1, "河长制")])]));
      expect([zw3, gy3]).toEqual([zw, gy]);
      expect(yc3).not.toBe(yc);
    });

    it("an entry's definition edited renders again the texts that use its term; a later definition of the same term changes none but its own", () => {
      const edited = corpusWith([glossaryFile("zhongwei-2020", [entry("zhongwei-2020", 1, "四大提升行动", "新的解释")])]);
      const [zw, gy, yc] = keys(before);
      const [zw2, gy2, yc2] = keys(edited);
      expect([zw2 === zw, gy2 === gy, yc2 === yc]).toEqual([false, false, true]);
      // A second definition in the family: guyuan reads the first by report id, yinchuan-2020's, whatever the files' order.
      const ycGlossary = glossaryFile("yinchuan-2020", [entry("yinchuan-2020", 1, "四大提升行动", "另一种解释")]);
      const again = corpusWith([zwGlossary, ycGlossary]);
      expect(keys(again)[1]).not.toBe(keys(before)[1]);
      expect(keys(corpusWith([ycGlossary, zwGlossary]))[1]).toBe(keys(again)[1]);
      expect(keys(again)[2]).not.toBe(keys(before)[2]); // yinchuan's own appendix changed
      // The later definition (zhongwei's) edited changes its own report's pages, not guyuan's.
      const later = corpusWith([glossaryFile("zhongwei-2020", [entry("zhongwei-2020", 1, "四大提升行动", "新的解释")]), ycGlossary]);
      expect(keys(later)[1]).toBe(keys(again)[1]);
      expect(keys(later)[0]).not.toBe(keys(again)[0]);
    });

    it("a text edited to use a term changes its key by the term, besides its own digest", () => {
      const used = new Map(bodies).set("yinchuan-2020", "推进四大提升行动。");
      const unused = new Map(bodies).set("yinchuan-2020", "推进四大行动。");
      expect(corpusWith([zwGlossary], used).glossaryReads!.get("yinchuan-2020")).not.toBe(before.glossaryReads!.get("yinchuan-2020"));
      expect(corpusWith([zwGlossary], unused).glossaryReads!.get("yinchuan-2020")).toBe(before.glossaryReads!.get("yinchuan-2020"));
    });

    it("a page of a report's own entries (`glossary: 'own'`, a search shard) changes with its appendix alone", () => {
      const shard = (id: string) => ({ reports: [id], metadata: [], glossary: "own" as const });
      const other = corpusWith([zwGlossary, glossaryFile("yinchuan-2020", [entry("yinchuan-2020", 1, "放管服")])]);
      expect(pageKey(other, shard("guyuan-2020"))).toBe(pageKey(before, shard("guyuan-2020"))); // its text holds 放管服
      expect(pageKey(other, shard("yinchuan-2020"))).not.toBe(pageKey(before, shard("yinchuan-2020")));
      const edited = corpusWith([glossaryFile("zhongwei-2020", [entry("zhongwei-2020", 1, "四大提升行动", "新的解释")])]);
      expect(pageKey(edited, shard("zhongwei-2020"))).not.toBe(pageKey(before, shard("zhongwei-2020")));
      expect(pageKey(edited, shard("guyuan-2020"))).toBe(pageKey(before, shard("guyuan-2020")));
      expect(pageKey(before, shard("guyuan-2020"))).not.toBe(pageKey(before, page("guyuan-2020")));
    });

    it("reads a term across inline markup, as a comparison counts it in a paragraph's text (`**改革**开放` is 改革开放)", () => {
      // A comparison marks 改革 as used by both reports; 改革开, found across the bold mark, takes that match away.
      const marked = new Map([...bodies, ["yinchuan-2020", "深化改革**开**放，[改](#x)革\\\n开放。"]]);
      const t = glossaryFile("guyuan-2020", [entry("guyuan-2020", 1, "改革")]);
      const one = corpusWith([t], marked);
      const two = corpusWith([t, glossaryFile("wuzhong-2020", [entry("wuzhong-2020", 1, "改革开")])], marked);
      expect(two.glossaryReads!.get("yinchuan-2020")).not.toBe(one.glossaryReads!.get("yinchuan-2020"));
      const three = corpusWith([t, glossaryFile("wuzhong-2020", [entry("wuzhong-2020", 1, "革开放")])], marked);
      expect(three.glossaryReads!.get("yinchuan-2020")).not.toBe(one.glossaryReads!.get("yinchuan-2020"));
    });

    it("groups a report's own entries by the report each names, as its search shard finds them, whatever file holds them", () => {
      const shard = { reports: ["guyuan-2020"], metadata: [], glossary: "own" as const };
      const moved = corpusWith([zwGlossary, { id: "elsewhere", digest: "e1", data: { entries: [entry("guyuan-2020", 1, "河长制")] } }]);
      expect(pageKey(moved, shard)).not.toBe(pageKey(before, shard));
    });

    it("a page of one report alone (`glossary` not asked) keeps its key whatever the glossary", () => {
      const added = corpusWith([zwGlossary, glossaryFile("yinchuan-2020", [entry("yinchuan-2020", 1, "放管服")])]);
      expect(pageKey(added, { reports: ["guyuan-2020"], metadata: [] })).toBe(pageKey(before, { reports: ["guyuan-2020"], metadata: [] }));
    });
  });

  it("keys on the page's data, in any order of its reports, each once", () => {
    expect(pageKey(base, { data: [1, 2] })).not.toBe(pageKey(base, { data: [1, 3] }));
    expect(pageKey(base, { data: [1, 2] })).toBe(pageKey(base, { data: [1, 2] }));
    expect(pageKey(base, { reports: ["guyuan-2020", "zhongwei-2020"] })).toBe(pageKey(base, { reports: ["zhongwei-2020", "guyuan-2020", "zhongwei-2020"] }));
    expect(pageKey(base, { reports: ["guyuan-2020", "zhongwei-2020"] })).not.toBe(pageKey(base, zw));
    expect(pageKey(base, zw)).toMatch(/^[0-9a-f]{32}$/);
  });

  it("throws on a report the build does not have, rather than key a page on nothing", () => {
    expect(() => pageKey(base, { reports: ["nowhere-2020"] })).toThrow(/nowhere-2020/);
    expect(() => pageKey(base, { figures: ["nowhere-2020"] })).toThrow(/nowhere-2020/);
  });

  it("on the real content: every report has a digest, and one report's figure file counts only with it", async () => {
    const reports = readdirSync(join(root, "content/reports")).filter((f) => f.endsWith(".md"));
    const entries = reports.map((f) => ({ id: f.replace(/\.md$/, ""), digest: f, data: { id: f.replace(/\.md$/, "") } }));
    const files = reports.map((f) => figures(f.replace(/\.md$/, ""), "x"));
    const d = contentDigests(new Map([["reports", entries], ["indicators", files]]));
    expect([...d.reports.keys()].sort()).toEqual(entries.map((e) => e.id).sort());
    const [first, second] = entries.map((e) => e.id);
    const changed = contentDigests(new Map([["reports", entries], ["indicators", files.map((f) => (f.id === first ? { ...f, digest: "y" } : f))]]));
    expect(changed.reports.get(first!)).not.toBe(d.reports.get(first!));
    expect(changed.reports.get(second!)).toBe(d.reports.get(second!));
    expect(changed.shared).toBe(d.shared);
  });
});

describe("dataDigest: a page's data, read once per object", () => {
  const record = (value: number, quote = "地区生产总值增长6.5%") => ({ id: "r-1", value, unit: "%", quote, period: { start: 2020, end: 2020 }, note: undefined });

  it("is the same for the same JSON and differs for any change, however deep", () => {
    expect(dataDigest({ records: [record(6.5)] })).toBe(dataDigest({ records: [record(6.5)] }));
    expect(dataDigest({ records: [record(6.5)] })).not.toBe(dataDigest({ records: [record(6.6)] }));
    expect(dataDigest({ records: [record(6.5)] })).not.toBe(dataDigest({ records: [record(6.5, "地区生产总值增长6.5%左右")] }));
    const a = record(6.5);
    const b = { ...record(6.5), period: { start: 2020, end: 2021 } };
    expect(dataDigest([a])).not.toBe(dataDigest([b]));
    expect(dataDigest([a, b])).not.toBe(dataDigest([b, a]));
    // A long text changes the digest anywhere in it.
    const long = "很长的一段原文。".repeat(40);
    expect(dataDigest({ quote: long })).not.toBe(dataDigest({ quote: `${long.slice(0, -1)}，` }));
    // So does any number of a long array in a record of plain values, or of a record in a list of records.
    const span = Array.from({ length: 60 }, (_, i) => i);
    expect(dataDigest({ id: "r-1", span })).not.toBe(dataDigest({ id: "r-1", span: span.map((v) => (v === 59 ? 60 : v)) }));
    expect(dataDigest([{ id: "r-1", span }, a])).not.toBe(dataDigest([{ id: "r-1", span: [...span, 60] }, a]));
    expect(dataDigest({ id: "r-1", span })).toBe(dataDigest({ id: "r-1", span: [...span] }));
  });

  it("reads values as JSON does: undefined fields left out, undefined in arrays as null, toJSON used", () => {
    expect(dataDigest({ a: 1, b: undefined })).toBe(dataDigest({ a: 1 }));
    expect(dataDigest([1, undefined])).toBe(dataDigest([1, null]));
    expect(dataDigest({ at: new Date("2021-01-01T00:00:00Z") })).toBe(dataDigest({ at: { toJSON: () => "2021-01-01T00:00:00.000Z" } }));
    expect(dataDigest({ a: 1, b: 2 })).not.toBe(dataDigest({ a: 2, b: 1 }));
    expect(dataDigest(["1"])).not.toBe(dataDigest([1]));
    expect(dataDigest(null)).not.toBe(dataDigest({}));
  });

  it("reads a Map's or a Set's members, which JSON would leave out", () => {
    expect(dataDigest({ by: new Map([["a", 1]]) })).not.toBe(dataDigest({ by: new Map([["a", 2]]) }));
    expect(dataDigest({ by: new Map([["a", 1]]) })).toBe(dataDigest({ by: new Map([["a", 1]]) }));
    expect(dataDigest(new Set(["a"]))).not.toBe(dataDigest(new Set(["b"])));
    expect(dataDigest(new Map())).not.toBe(dataDigest({}));
    expect(dataDigest(new Set())).not.toBe(dataDigest(new Map()));
  });

  it("keeps page keys as before: the same data, the same key; other data, another key", () => {
    const base = contentDigests(new Map([["reports", [report("zhongwei-2020", "a1")]]]));
    const records = Array.from({ length: 200 }, (_, i) => record(i));
    expect(pageKey(base, { data: { records } })).toBe(pageKey(base, { data: { records: records.map((r) => ({ ...r })) } }));
    expect(pageKey(base, { data: { records } })).not.toBe(pageKey(base, { data: { records: records.slice(1) } }));
  });
});
