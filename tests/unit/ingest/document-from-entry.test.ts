import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentFromEntry, readDocument } from "../../../src/lib/report/document.ts";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { root } from "../support/ingest.ts";

const markdown = readFileSync(join(root, "content/reports/zhongwei-2020.md"), "utf8");
const full = readDocument(parseMarkdown(markdown));
const entry = { body: markdown.replace(/^---\n[\s\S]*?\n---\n/, ""), data: full.meta };

describe("documentFromEntry (a body is parsed once per process)", () => {
  it("gives every caller its own tree, equal to a fresh parse", () => {
    const a = documentFromEntry(entry);
    const b = documentFromEntry(entry);
    expect(a.tree).not.toBe(b.tree);
    expect(b.paragraphs).toEqual(a.paragraphs);
    expect(b.headings).toEqual(a.headings);
    expect(b.tree).toEqual(readDocument(parseMarkdown(entry.body), entry.data).tree);
  });

  it("a caller that changes its tree changes no other caller's", () => {
    const a = documentFromEntry(entry);
    a.tree.children.length = 0;
    const b = documentFromEntry(entry);
    expect(b.tree.children.length).toBeGreaterThan(0);
    expect(b.paragraphIds.size).toBe(b.paragraphs.length);
  });
});
