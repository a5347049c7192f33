import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeEntities, splitLines, trimLine } from "../../../src/lib/text/hygiene.ts";
import { RAW, ingestFile, root } from "../support/ingest.ts";
import type { IngestResult } from "../../../src/lib/ingest.ts";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { readDocument } from "../../../src/lib/report/document.ts";

/** Everything a reader of the output sees, in document order: header lines, headings, paragraphs. */
function outputText(r: IngestResult): string {
  const { document: doc } = r;
  const parts: string[] = [...doc.meta.header];
  let h = 0;
  for (const p of doc.paragraphs) {
    // Headings come before the first paragraph that sits under them.
    while (h < doc.headings.length && p.headings.includes(doc.headings[h]!)) parts.push(doc.headings[h++]!.text);
    const entry = r.glossary.find((g) => g.paragraph === p.id);
    parts.push(entry ? `${entry.number}.${p.text}` : p.text);
  }
  while (h < doc.headings.length) parts.push(doc.headings[h++]!.text);
  return parts.join("\n");
}

/** The sentences of a line: split after 。！？；, keeping the punctuation. */
const sentences = (line: string) => line.split(/(?<=[。！？；])/).filter((s) => s.trim() !== "");

describe.each([...RAW, "tests/fixtures/reports/nested-2021.txt", "tests/fixtures/reports/variant-2022.txt"])(
  "nothing of %s is lost",
  (path) => {
    const result = ingestFile(path);
    const out = outputText(result);
    const source = splitLines(readFileSync(join(root, path), "utf8"))
      .map((l) => trimLine(decodeEntities(l)))
      .filter(Boolean);

    it("every sentence of every source line is in the output, in order", () => {
      let at = 0;
      const missing: string[] = [];
      for (const line of source) {
        for (const s of sentences(line)) {
          const i = out.indexOf(s.trim(), at);
          if (i === -1) missing.push(s);
          else at = i + s.trim().length;
        }
      }
      expect(missing).toEqual([]);
    });

    it("the output holds no character the source does not (apart from list numbers and line breaks)", () => {
      const count = (text: string) => text.replace(/\s/g, "").length;
      expect(count(out)).toBe(count(source.join("")));
    });
  },
);

describe("paragraph ids", () => {
  it("count paragraphs from p-1 in document order, the same on every run", () => {
    for (const path of RAW) {
      const a = ingestFile(path);
      const b = ingestFile(path);
      expect(a.markdown).toBe(b.markdown);
      expect(a.document.paragraphs.map((p) => p.id)).toEqual(a.document.paragraphs.map((_, i) => `p-${i + 1}`));
    }
  });

  it("put the salutation first and the appendix entries last in Zhongwei", () => {
    const doc = ingestFile("content/raw/zhongwei-2020.txt").document;
    expect(doc.paragraphs[0]).toMatchObject({ id: "p-1", text: "各位代表：" });
    expect(doc.paragraphs.slice(-17).every((p) => p.kind === "glossary")).toBe(true);
  });
});

describe("Markdown round trip", () => {
  it.each([...RAW, "tests/fixtures/reports/nested-2021.txt", "tests/fixtures/reports/markup-2025.txt"])(
    "%s reads back from its Markdown exactly as built (same ids, texts, leads, kinds, periods)",
    (path) => {
      const r = ingestFile(path);
      const back = readDocument(parseMarkdown(r.markdown));
      const shape = (d: typeof back) => ({
        meta: d.meta,
        headings: d.headings,
        paragraphs: d.paragraphs.map((p) => ({ ...p, headings: p.headings.map((h) => h.id) })),
      });
      expect(shape(back)).toEqual(shape(r.document));
    },
  );
});
