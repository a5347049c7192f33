import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Nodes, Parents, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkCjkFriendly from "remark-cjk-friendly";
import { describe, expect, it } from "vitest";
import { decodeEntities, splitLines, trimLine } from "../../../src/lib/text/hygiene.ts";
import { CORPUS_DEV, RAW, UNSEEN, ingestFile, ingestOnce, root } from "../support/ingest.ts";
import type { IngestResult } from "../../../src/lib/ingest.ts";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { readDocument } from "../../../src/lib/report/document.ts";

/** Everything a reader of the output sees, in document order: header lines, headings, paragraphs. */
function outputText(r: IngestResult, numbers = true): string {
  const { document: doc } = r;
  const parts: string[] = [...doc.meta.header];
  let h = 0;
  for (const p of doc.paragraphs) {
    // Headings come before the first paragraph that sits under them (or under a later heading).
    const under = p.headings.length ? doc.headings.indexOf(p.headings.at(-1)!) : -1;
    while (h <= under) parts.push(doc.headings[h++]!.text);
    const entry = r.glossary.find((g) => g.paragraph === p.id);
    parts.push(entry && numbers ? `${entry.number}.${p.text}` : p.text);
  }
  while (h < doc.headings.length) parts.push(doc.headings[h++]!.text);
  return parts.join("\n");
}

/** The sentences of a line: split after 。！？；, keeping the punctuation. */
const sentences = (line: string) => line.split(/(?<=[。！？；])/).filter((s) => s.trim() !== "");
/** Text compared without white space (table cells, spaced names and line breaks are joined differently). */
const bare = (s: string) => s.replace(/[\s\u3000]+/g, "");

/**
 * The text of a Markdown report computed apart from the ingest: remark (GFM, front matter, CJK-friendly
 * emphasis) and mdast-util-to-string per block, front matter left out, HTML comments apart (they go to the
 * front matter's `dropped:`), footnote references gone with their markup.
 */
function markdownText(source: string, marks: readonly { line: number; text: string }[] = []): { blocks: string[]; comments: string[]; numbers: number } {
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm, { singleTilde: false }).use(remarkCjkFriendly).parse(source);
  const comments: string[] = [];
  const strip = (node: Nodes) => {
    if (!("children" in node)) return;
    const parent = node as Parents;
    parent.children = parent.children.filter((c) => {
      if (c.type === "html" && /^\s*<!--/.test(c.value)) {
        comments.push(c.value.replace(/^\s*<!--|-->\s*$/g, "").trim());
        return false;
      }
      return c.type !== "yaml" && c.type !== "footnoteReference";
    }) as typeof parent.children;
    for (const c of parent.children) strip(c);
  };
  strip(tree);
  const blocks: string[] = [];
  // The numbers of an ordered list's items (`1. 加大改革力度，…`), markup that the ingest may keep as text: their length.
  let numbers = 0;
  /** A block's text without the emphasis marks the ingest recorded as dropped (reason `markup`) on one of its lines. */
  const unmarked = (node: Nodes, text: string) => {
    const from = node.position?.start.line ?? 0;
    const to = node.position?.end.line ?? 0;
    const lines = text.split("\n");
    for (const m of marks.filter((m) => m.line >= from && m.line <= to)) {
      const k = m.line - from;
      if (lines[k]?.includes(m.text)) lines[k] = lines[k]!.replace(m.text, "");
    }
    return lines.join("\n");
  };
  const visit = (node: Nodes) => {
    // A line break written in a cell (`公共医疗<br>卫生`, `…<br>（1）…`) is markup, as the ingest reads it: no text.
    if (node.type === "table") for (const row of node.children) blocks.push(row.children.map((c) => toString(c).replace(/<br\s*\/?>/gi, "")).join(" "));
    else if (node.type === "list" || node.type === "listItem" || node.type === "blockquote" || node.type === "footnoteDefinition") {
      if (node.type === "list" && node.ordered) node.children.forEach((_, i) => (numbers += `${(node.start ?? 1) + i}.`.length));
      node.children.forEach(visit);
    }
    else blocks.push(unmarked(node, toString(node)));
  };
  tree.children.forEach(visit);
  return { blocks: blocks.filter((b) => b.trim() !== ""), comments, numbers };
}

/**
 * The number of an appendix entry as written (`1.`, `［1］`, `（1）`, `①`, in full-width digits too: `６．`), or set right
 * before its term and the colon after it (`１两计划两工程：即…`, `１１ 住房保障五个一制度体系：…`, Huangshi 2014).
 */
const ENTRY_NUMBER = /^(?:[①-⑳]|[⑴-⒇]|[\d０-９]{1,3}[.．、]|［[\d０-９]{1,3}］|\[\d{1,3}\]|[（(][\d０-９]{1,3}[）)]|[\d０-９]{1,3}\s?(?=[^\d０-９\s：:，。；]{1,20}[：:]))/;

/** `text` without the end of a dropped piece it opens with and the start of one it closes with (two characters or more). */
function trimPieces(text: string, pieces: string[]): string {
  let t = text;
  for (const d of pieces) {
    for (let k = d.length - 1; k >= 2; k--) if (t.startsWith(d.slice(-k))) { t = t.slice(k).trimStart(); break; }
    for (let k = d.length - 1; k >= 2; k--) if (t.endsWith(d.slice(0, k))) { t = t.slice(0, -k).trimEnd(); break; }
  }
  return t;
}

/**
 * Sentences of `expected` missing from `out` in order; those found among the dropped lines are not missing, nor are those
 * found once the dropped text cut out of them (a newspaper's page mark, `（紧接第二版）`) is taken out, or the part of such a
 * piece a wrapped line opens or closes with, nor those made of such pieces alone. Where the ingest moved an appendix a copy
 * set inside the text to its end (`moved`), a sentence not found after the one before is looked for from the start, and the
 * sentences after it in order from there: the text after the appendix, then the appendix's rest.
 */
function missingSentences(expected: string[], out: string, dropped: string, moved = false): string[] {
  const text = bare(out);
  const cuts = dropped.split("\n").filter(Boolean);
  let at = 0;
  const missing: string[] = [];
  for (const line of expected) {
    for (const s of sentences(line)) {
      let b = bare(s);
      if (!b) continue;
      // Punctuation alone (a stray `、` on a line of its own) is found anywhere: it marks no place in the text to go on from.
      if (!/[\p{L}\p{N}]/u.test(b)) {
        if (!text.includes(b) && !dropped.includes(b)) missing.push(s);
        continue;
      }
      let i = text.indexOf(b, at);
      if (i === -1) {
        const cut = cuts.reduce((t, d) => t.replace(d, ""), b);
        // A sentence made of dropped pieces alone (`下转4版 上接3版` after a full stop) is dropped whole.
        if (cut === "") continue;
        if (cut !== b) {
          b = cut;
          i = text.indexOf(b, at);
        }
      }
      if (i === -1) {
        // A line of a copy wrapped in the middle of a dropped piece (`…全部达到（紧` / `转第2版） （紧接第1版）河…`): its
        // part of that piece, at the line's start or end, is dropped with it.
        const cut = trimPieces(b, cuts);
        if (cut === "") continue;
        if (cut !== b) {
          b = cut;
          i = text.indexOf(b, at);
        }
      }
      if (i === -1 && ENTRY_NUMBER.test(b)) {
        // An appendix entry's number as written (`1.`, `［1］`) is carried by the ordered list of the output.
        b = b.replace(ENTRY_NUMBER, "");
        i = text.indexOf(b, at);
      }
      if (i === -1 && moved) i = text.indexOf(b);
      if (i !== -1) at = i + b.length;
      else if (!dropped.includes(b)) missing.push(s);
    }
  }
  return missing;
}

const TXT = [...RAW.filter((p) => p.endsWith(".txt")), "tests/fixtures/reports/nested-2021.txt", "tests/fixtures/reports/variant-2022.txt"];
const MD = [...RAW.filter((p) => p.endsWith(".md")), ...CORPUS_DEV, ...UNSEEN.filter((p) => p.endsWith(".md"))];

describe.each(TXT)("nothing of %s is lost", (path) => {
  const result = ingestOnce(path);
  const out = outputText(result);
  const source = splitLines(readFileSync(join(root, path), "utf8"))
    .map((l) => trimLine(decodeEntities(l)))
    .filter(Boolean);

  it("every sentence of every source line is in the output, in order", () => {
    expect(missingSentences(source, out, "")).toEqual([]);
  });

  it("the output holds no character the source does not (apart from list numbers and line breaks)", () => {
    const count = (text: string) => text.replace(/\s/g, "").length;
    expect(count(out)).toBe(count(source.join("")));
  });
});

describe.each(UNSEEN.filter((p) => p.endsWith(".txt")))("nothing of the plain-text copy %s is lost", (path) => {
  const result = ingestOnce(path);
  const out = outputText(result);
  const dropped = result.document.meta.dropped.map((d) => bare(d.text)).join("\n");
  const source = splitLines(readFileSync(join(root, path), "utf8"))
    .map((l) => trimLine(decodeEntities(l)))
    .filter(Boolean);

  it("every sentence of every source line is in the output or among the dropped lines (a web page's residue, a PDF's page numbers), in order", () => {
    expect(missingSentences(source, out, dropped)).toEqual([]);
  });

  it("adds no text of its own: the output (entry numbers aside) and the dropped lines are no longer than the source", () => {
    const count = (text: string) => text.replace(/\s/g, "").length;
    expect(count(outputText(result, false)) + count(dropped)).toBeLessThanOrEqual(count(source.join("")));
  });
});

describe.each(MD)("nothing of the Markdown report %s is lost", (path) => {
  const result = ingestOnce(path);
  const marks = result.document.meta.dropped.filter((d) => d.reason === "markup");
  const { blocks, comments, numbers } = markdownText(readFileSync(join(root, path), "utf8"), marks);
  const dropped = result.document.meta.dropped.filter((d) => d.reason !== "markup").map((d) => bare(d.text)).join("\n");

  it("every sentence of the text (markup removed) is in the output or among the dropped lines, in order", () => {
    const moved = result.warnings.some((w) => /appendix .*set inside the text/.test(w.message));
    expect(missingSentences(blocks, outputText(result, false), dropped, moved)).toEqual([]);
  });

  it("drops only HTML comments, web-page residue and emphasis marks, each with its text and line", () => {
    const all = bare(outputText(result, false)) + "\n" + dropped;
    for (const c of comments) expect(all).toContain(bare(c));
    for (const d of result.document.meta.dropped) {
      expect(d.line).toBeGreaterThan(0);
      if (d.reason === "comment") expect(comments.map(bare).some((c) => c.includes(bare(d.text)))).toBe(true);
      if (d.reason === "markup") expect(d.text).toMatch(/^\*+$/);
    }
  });

  it("adds no text of its own: the output is no longer than the source text", () => {
    const count = (text: string) => bare(text).length;
    const src = count(blocks.join("")) + count(comments.join("")) + count(marks.map((m) => m.text).join("")) + numbers;
    expect(count(outputText(result, false)) + count(dropped)).toBeLessThanOrEqual(src);
  });
});

describe("paragraph ids", () => {
  it("count paragraphs from p-1 in document order, the same on every run", () => {
    for (const path of [...RAW, ...CORPUS_DEV]) {
      const a = ingestOnce(path);
      const b = ingestFile(path);
      expect(a.markdown).toBe(b.markdown);
      expect(a.document.paragraphs.map((p) => p.id)).toEqual(a.document.paragraphs.map((_, i) => `p-${i + 1}`));
    }
  }, 60_000);

  it("put the salutation first and the appendix entries last in Zhongwei", () => {
    const doc = ingestFile("content/raw/zhongwei-2020.txt").document;
    expect(doc.paragraphs[0]).toMatchObject({ id: "p-1", text: "各位代表：" });
    expect(doc.paragraphs.slice(-17).every((p) => p.kind === "glossary")).toBe(true);
  });
});

describe("Markdown round trip", () => {
  it.each([...RAW, ...CORPUS_DEV, ...UNSEEN, "tests/fixtures/reports/nested-2021.txt", "tests/fixtures/reports/markup-2025.txt"])(
    "%s reads back from its Markdown exactly as built (same ids, texts, leads, kinds, periods)",
    (path) => {
      const r = ingestOnce(path);
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

describe("the copies of reports of other places and years (tests/fixtures/unseen)", () => {
  it.each(UNSEEN)("%s: read as its plan year's report, with parts, every warning naming a line of the file", (path) => {
    const r = ingestOnce(path);
    const name = path.split("/").pop()!;
    const lines = splitLines(readFileSync(join(root, path), "utf8")).length;
    for (const w of r.warnings) {
      expect(w.file).toBe(name);
      expect(w.line, w.message).toBeGreaterThan(0);
      expect(w.line, w.message).toBeLessThanOrEqual(lines);
    }
    expect(r.document.meta.year).toBe(Number(/-(\d{4})\./.exec(name)![1]));
    expect(r.document.headings.filter((h) => h.depth === 2).length, "parts").toBeGreaterThan(1);
  });
});
