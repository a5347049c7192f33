/**
 * `sharedDocument`: one document per report for the callers that only read it. Every such caller runs here on
 * the real reports' shared documents, deep-frozen, so a caller that changed the tree (and so every other
 * caller's page) would throw instead.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pairModel } from "../../../src/components/compare/pair-model.ts";
import { splitFrontMatter } from "../../../src/lib/markdown/front-matter.ts";
import { citePage } from "../../../src/lib/cite/page.ts";
import { mergeGlossary } from "../../../src/lib/glossary/merge.ts";
import { paragraphRenderer } from "../../../src/lib/glossary/render-paragraph.ts";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { documentFromEntry, readDocument, sharedDocument } from "../../../src/lib/report/document.ts";
import { glossaryEntrySchema } from "../../../src/lib/schema/glossary.ts";
import { reportMetaSchema } from "../../../src/lib/schema/report.ts";
import { reportShard } from "../../../src/lib/search/build.ts";
import { reportTopics } from "../../../src/lib/topics/report-topics.ts";
import { topics } from "../topics/support.ts";

const root = join(import.meta.dirname, "../../..");
const entries = readdirSync(join(root, "content/reports"))
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => {
    const { data, body } = splitFrontMatter(readFileSync(join(root, "content/reports", f), "utf8"));
    return { body, data: reportMetaSchema.parse(data) };
  });
const glossary = readdirSync(join(root, "content/glossary")).flatMap(
  (f) => (JSON.parse(readFileSync(join(root, "content/glossary", f), "utf8")) as { entries: unknown[] }).entries.map((e) => glossaryEntrySchema.parse(e)),
);

/** Freezes a value and everything reachable from it through plain objects and arrays. */
function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  for (const v of value instanceof Map ? [...value.keys(), ...value.values()] : Object.values(value)) deepFreeze(v, seen);
  return Object.freeze(value);
}

describe("sharedDocument", () => {
  it("gives every caller the same document of a report, and a new one when its text or front matter changes", () => {
    const [e] = entries;
    const doc = sharedDocument(e!);
    expect(sharedDocument({ ...e!, data: { ...e!.data } })).toBe(doc);
    expect(sharedDocument({ ...e!, body: `${e!.body}\n\n新增一段。` })).not.toBe(doc);
    expect(sharedDocument({ ...e!, data: { ...e!.data, speaker: "某某" } }).meta.speaker).toBe("某某");
    // The same ids and text as a document of one's own.
    const own = documentFromEntry(e!);
    expect(own).not.toBe(doc);
    expect(own.paragraphs.map((p) => [p.id, p.text])).toEqual(sharedDocument(e!).paragraphs.map((p) => [p.id, p.text]));
  });

  // Parses every report twice: its time grows with the reports.
  it("is read from the parsed tree itself: reading a report leaves its tree unchanged", () => {
    for (const e of entries) {
      const tree = deepFreeze(parseMarkdown(e.body));
      expect(readDocument(tree, e.data).paragraphs.map((p) => p.id)).toEqual(documentFromEntry(e).paragraphs.map((p) => p.id));
    }
  }, 60_000);

  it("is left unchanged by every caller that reads it: topics, search shards, glossary, citations, comparisons", () => {
    const docs = entries.map((e) => deepFreeze(sharedDocument(e)));
    for (const doc of docs) {
      expect(reportTopics(doc, topics).meta.id).toBe(doc.meta.id);
      expect(reportShard(doc, glossary).report.id).toBe(doc.meta.id);
      expect(citePage(doc.meta, doc.paragraphs, "https://example.org").entries.length).toBeGreaterThan(0);
    }
    expect(mergeGlossary(glossary, docs).length).toBeGreaterThan(0);
    const [a, b] = [docs.find((d) => d.meta.id === "shizuishan-2020")!, docs.find((d) => d.meta.id === "zhongwei-2020")!];
    const model = pairModel([{ doc: a, figures: [] }, { doc: b, figures: [] }], topics, glossary, new Map());
    expect(model.comparison.length).toBeGreaterThan(0);
    expect(model.shared.length).toBeGreaterThan(0);
    for (const doc of [a, b]) {
      const render = paragraphRenderer(doc, { glossary, shared: model.shared, sharedTerms: model.sharedTerms });
      expect(doc.paragraphs.filter((p) => render(p.id).shared.length > 0).length).toBeGreaterThan(0);
    }
  });
});
