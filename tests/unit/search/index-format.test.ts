import Fuse from "fuse.js/basic";
import { describe, expect, it } from "vitest";
import { buildManifest, contentHash, serializeShard, shardPath } from "../../../src/lib/search/build.ts";
import { searchDocuments } from "../../../src/lib/search/documents.ts";
import { docUrl } from "../../../src/lib/search/format.ts";
import { buildShard } from "../../../src/lib/search/shard.ts";
import { glossaryLayout } from "../../../src/lib/glossary/pages.ts";
import type { ReportDocument } from "../../../src/lib/report/document.ts";

const reportShardOf = ({ meta: { id, place, place_zh, place_en, title, year } }: ReportDocument) => ({ id, place, place_zh, place_en, title, year });
import { FUSE_KEYS } from "../../../src/lib/search/fuse-options.ts";
import { corpus, documents, glossary, shards, synonymTable } from "./corpus.ts";

describe("search documents", () => {
  it("cover every heading and paragraph once, with glossary entries in place of the appendix paragraphs they stand for", () => {
    for (const doc of documents) {
      const docs = searchDocuments(doc, glossary);
      const entries = glossary.filter((g) => g.report === doc.meta.id);
      const anchors = docs.map((d) => d.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
      expect(
        docs
          .filter((d) => d.kind === "heading")
          .map((d) => d.anchor)
          .sort(),
      ).toEqual(doc.headings.map((h) => h.id).sort());
      expect(docs.filter((d) => d.kind === "glossary").map((d) => d.anchor)).toEqual(entries.map((g) => g.id));
      const covered = new Set(entries.map((g) => g.paragraph));
      expect(docs.filter((d) => d.kind === "paragraph").map((d) => d.anchor)).toEqual(
        doc.paragraphs.filter((p) => !covered.has(p.id)).map((p) => p.id),
      );
    }
  });

  it("link a glossary entry at its page: /glossary/ for the real reports' glossary, its term's page when the glossary is split", () => {
    const zw = documents.find((d) => d.meta.id === "zhongwei-2020")!;
    const entry = glossary.find((g) => g.report === "zhongwei-2020")!;
    const found = (list: typeof glossary) => searchDocuments(zw, list).find((d) => d.kind === "glossary" && d.anchor === entry.id)!;
    expect(found(glossary).page).toBeUndefined();
    expect(docUrl("zhongwei-2020", found(glossary))).toBe(`/glossary/#${entry.id}`);
    // The same entry in a glossary of many more terms: filed on its term's page, and its shard says so.
    const more = [...glossary, ...Array.from({ length: 80 }, (_, i) => ({ ...entry, id: `other-2020-g${i + 1}`, report: "other-2020", term: `术语${i}号` }))];
    const page = glossaryLayout(more.map((g) => g.term)).pathOf(entry.term);
    expect(page).toMatch(/^\/glossary\/[a-z0-9_-]+\/$/);
    expect(found(more).page).toBe(page);
    expect(docUrl("zhongwei-2020", found(more))).toBe(`${page}#${entry.id}`);
    expect(buildShard(reportShardOf(zw), searchDocuments(zw, more)).docs.find((d) => d.anchor === entry.id)!.page).toBe(page);
  });

  it("carry the part of the report, the section path and the lead sentence", () => {
    const zw = documents.find((d) => d.meta.id === "zhongwei-2020");
    expect(zw).toBeDefined();
    const docs = searchDocuments(zw!, glossary);
    for (const p of zw!.paragraphs) {
      const d = docs.find((x) => x.kind === "paragraph" && x.anchor === p.id);
      if (!d) continue;
      expect(d.period).toBe(p.period);
      expect(d.path).toEqual(p.headings.map((h) => h.id));
      expect(d.lead).toBe(p.lead ? p.lead.length : 0);
    }
    const review = docs.find((d) => d.kind === "heading" && d.title.includes("回顾"));
    expect(review?.period).toBe("review");
  });
});

describe("shards and manifest", () => {
  it("store each text once, in the fuse.js index, which fuse.js reads back as it is", () => {
    for (const shard of shards) {
      const body = serializeShard(shard);
      const parsed = JSON.parse(body) as { docs: object[]; index: Parameters<typeof Fuse.parseIndex>[0] };
      expect(parsed.docs.every((d) => !("title" in d) && !("text" in d))).toBe(true);
      const index = Fuse.parseIndex(parsed.index);
      const fuse = new Fuse(shard.docs, { keys: FUSE_KEYS, threshold: 0 }, index);
      const paragraph = corpus.docs.find(
        (d) => d.report.id === shard.report.id && d.kind === "paragraph" && d.text.length > 20,
      );
      expect(fuse.search(paragraph!.text.slice(0, 20)).length).toBeGreaterThan(0);
    }
  });

  it("read back into the documents they were built from", () => {
    for (const [i, doc] of documents.entries()) {
      const expected = searchDocuments(doc, glossary);
      const loaded = corpus.docs.filter((d) => d.report.id === doc.meta.id);
      expect(loaded.map((d) => ({ kind: d.kind, anchor: d.anchor, title: d.title, text: d.text }))).toEqual(
        expected.map((d) => ({ kind: d.kind, anchor: d.anchor, title: d.title, text: d.text })),
      );
      expect(loaded.every((d) => d.reportOrder === i)).toBe(true);
    }
  });

  it("list every shard with a content hash, its size and the synonyms", () => {
    const manifest = buildManifest(shards, synonymTable);
    expect(manifest.places.map((c) => c.id).sort()).toEqual([...new Set(shards.map((s) => s.report.place))].sort());
    expect(manifest.years).toEqual([...new Set(shards.map((s) => s.report.year))].sort());
    expect(manifest.parts).toEqual(expect.arrayContaining(["review", "plan"]));
    expect(manifest.parts).toEqual([...new Set(shards.flatMap((s) => s.docs.flatMap((d) => (d.period ? [d.period] : []))))]);
    for (const [i, entry] of manifest.shards.entries()) {
      const body = serializeShard(shards[i]!);
      expect(entry.url).toBe(`${shardPath(entry.id)}?v=${contentHash(body)}`);
      expect(entry.bytes).toBe(new TextEncoder().encode(body).length);
    }
    expect(manifest.synonyms).toEqual(synonymTable);
    expect(contentHash("a")).not.toBe(contentHash("b"));
  });
});
