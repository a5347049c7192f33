/**
 * The content loaders: content/reports (Markdown: the front matter, and the digest of the whole file, not the body), content/indicators
 * (figure files: report and record count), content/glossary (a JSON file per entry) and the lists of places and
 * sources (one JSON file, an entry per item). What they store, on the real content and on small folders of
 * their own, what a second sync reads again, and the errors that name the file.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { LoaderContext } from "astro/loaders";
import { afterEach, describe, expect, it } from "vitest";
import { figureFolder, jsonFolder, jsonListFile, markdownFolder } from "../../../src/loaders/folders.ts";
import { markdownBody, splitFrontMatter } from "../../../src/lib/markdown/front-matter.ts";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { readDocument } from "../../../src/lib/report/document.ts";
import { reportMetaSchema } from "../../../src/lib/schema/report.ts";

const root = join(import.meta.dirname, "../../..");
const reports = readdirSync(join(root, "content/reports")).filter((f) => f.endsWith(".md"));

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

/** A loader context over a plain Map, recording which entries were parsed (read into the store). */
function context(projectRoot: string) {
  const entries = new Map<string, Stored>();
  const parsed: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: Stored) => (entries.set(e.id, e), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
  };
  const ctx = {
    collection: "test",
    store,
    config: { root: pathToFileURL(`${projectRoot}/`) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
    // Astro's digest takes a string or a value (an item of a list).
    generateDigest: (value: unknown) =>
      createHash("sha256")
        .update(typeof value === "string" ? value : JSON.stringify(value))
        .digest("hex")
        .slice(0, 16),
  } as unknown as LoaderContext;
  return { ctx, entries, parsed };
}

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "loader-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("splitFrontMatter", () => {
  it.each(reports)("%s: the front matter and body the pages read the report from", (file) => {
    const text = readFileSync(join(root, "content/reports", file), "utf8");
    const { data, body } = splitFrontMatter(text);
    expect(markdownBody(text)).toBe(body);
    const whole = readDocument(parseMarkdown(text));
    expect(reportMetaSchema.parse(data)).toEqual(whole.meta);
    expect(body).toBe(body.trim());
    expect(body.startsWith("---")).toBe(false);
    // The body alone gives the same headings, paragraphs and ids as the whole file.
    const fromBody = readDocument(parseMarkdown(body), whole.meta);
    expect(fromBody.paragraphs.map((p) => [p.id, p.text])).toEqual(whole.paragraphs.map((p) => [p.id, p.text]));
    expect(fromBody.headings.map((h) => [h.id, h.text])).toEqual(whole.headings.map((h) => [h.id, h.text]));
  });

  it("reads a byte order mark and Windows line ends, and a file without front matter as all body", () => {
    expect(splitFrontMatter("\uFEFF---\r\nid: a\r\nyear: 2020\r\n---\r\n\r\n正文。\r\n")).toEqual({ data: { id: "a", year: 2020 }, body: "正文。" });
    expect(splitFrontMatter("正文第一段。\n\n---\n\n第二段。\n")).toEqual({ data: {}, body: "正文第一段。\n\n---\n\n第二段。" });
    expect(splitFrontMatter("---\n---\n正文。")).toEqual({ data: {}, body: "正文。" });
    for (const text of ["\uFEFF---\r\nid: a\r\n---\r\n\r\n正文。\r\n", "正文第一段。\n\n---\n\n第二段。\n", "---\n---\n正文。"]) expect(markdownBody(text)).toBe(splitFrontMatter(text).body);
  });
});

describe("markdownFolder", () => {
  it("stores each report's front matter and its file's digest, not the body, and reads only changed files again", async () => {
    const dir = folder({ "a-2020.md": "---\nid: a-2020\n---\n\n甲。\n", "b-2020.md": "---\nid: b-2020\n---\n\n乙。\n", "notes.txt": "不是报告" });
    const { ctx, entries, parsed } = context(dir);
    await markdownFolder(".").load(ctx);
    expect([...entries.keys()].sort()).toEqual(["a-2020", "b-2020"]);
    expect(entries.get("a-2020")).toEqual({ id: "a-2020", data: { id: "a-2020" }, filePath: "a-2020.md", digest: expect.any(String) });
    const digest = entries.get("b-2020")?.digest;

    writeFileSync(join(dir, "b-2020.md"), "---\nid: b-2020\n---\n\n乙，改。\n");
    rmSync(join(dir, "a-2020.md"));
    writeFileSync(join(dir, "c-2021.md"), "---\nid: c-2021\n---\n\n丙。\n");
    parsed.length = 0;
    await markdownFolder(".").load(ctx);
    expect(parsed.sort()).toEqual(["b-2020", "c-2021"]);
    expect([...entries.keys()].sort()).toEqual(["b-2020", "c-2021"]);
    // A change in the body alone changes the digest: the pages read the body again, and their cache keys change.
    expect(entries.get("b-2020")).toEqual({ id: "b-2020", data: { id: "b-2020" }, filePath: "b-2020.md", digest: expect.any(String) });
    expect(entries.get("b-2020")?.digest).not.toBe(digest);
  });
});

describe("figureFolder", () => {
  it("keeps each real figure file's report and record count, not the records", async () => {
    const { ctx, entries } = context(root);
    await figureFolder("./content/indicators").load(ctx);
    const files = readdirSync(join(root, "content/indicators")).filter((f) => f.endsWith(".json"));
    expect(entries.size).toBe(files.length);
    for (const f of files) {
      const json = JSON.parse(readFileSync(join(root, "content/indicators", f), "utf8")) as { report: string; figures: unknown[] };
      const e = entries.get(f.replace(/\.json$/, ""))!;
      expect(e.data).toEqual({ report: json.report, count: json.figures.length });
      expect(e.filePath).toBe(`content/indicators/${f}`);
      expect(json.figures.length).toBeGreaterThan(0);
    }
  });

  it("fails the sync on a file that is not a figure file, naming it", async () => {
    const bad = folder({ "x-2020.json": "{ not json" });
    await expect(figureFolder(".").load(context(bad).ctx)).rejects.toThrow(/x-2020\.json: not JSON/);
    const wrong = folder({ "y-2020.json": JSON.stringify({ report: "y-2020", figures: [{ id: "y-2020-r-1" }] }) });
    await expect(figureFolder(".").load(context(wrong).ctx)).rejects.toThrow(/y-2020\.json: not a figure file: figures\.0\./);
  });

  it("fails the sync on a figure file whose report is not the report of its name, naming both", async () => {
    const [real] = readdirSync(join(root, "content/indicators")).filter((f) => f.endsWith(".json"));
    const text = readFileSync(join(root, "content/indicators", real!), "utf8");
    const moved = folder({ "elsewhere-2020.json": text });
    await expect(figureFolder(".").load(context(moved).ctx)).rejects.toThrow(
      new RegExp(`elsewhere-2020\\.json: the figure file of “elsewhere-2020” names the report “${real!.replace(/\.json$/, "")}”`),
    );
  });
});

describe("jsonFolder", () => {
  it("stores each real glossary file as its entry's data", async () => {
    const { ctx, entries } = context(root);
    await jsonFolder("./content/glossary").load(ctx);
    const files = readdirSync(join(root, "content/glossary")).filter((f) => f.endsWith(".json"));
    expect([...entries.keys()].sort()).toEqual(files.map((f) => f.replace(/\.json$/, "")).sort());
    for (const f of files) expect(entries.get(f.replace(/\.json$/, ""))?.data).toEqual(JSON.parse(readFileSync(join(root, "content/glossary", f), "utf8")));
  });

  it("names a file that is not JSON", async () => {
    await expect(jsonFolder(".").load(context(folder({ "z-2020.json": "" })).ctx)).rejects.toThrow(/z-2020\.json: not JSON/);
  });
});

describe("jsonListFile", () => {
  it("stores each item of the real places and sources under its id", async () => {
    const places = JSON.parse(readFileSync(join(root, "content/places.json"), "utf8")) as { id: string }[];
    const { ctx, entries } = context(root);
    await jsonListFile("./content/places.json").load(ctx);
    expect(entries.size).toBe(places.length);
    for (const p of places) expect(entries.get(p.id)?.data).toEqual(p);

    const sources = JSON.parse(readFileSync(join(root, "content/sources.json"), "utf8")) as { file: string }[];
    const s = context(root);
    await jsonListFile("./content/sources.json", (item) => item["file"]).load(s.ctx);
    expect([...s.entries.keys()].sort()).toEqual(sources.map((x) => x.file).sort());
    expect(s.entries.get(sources[0]!.file)?.data).toEqual({ ...sources[0], id: sources[0]!.file });
  });

  it("parses only changed items again and drops removed ones", async () => {
    const dir = folder({ "list.json": JSON.stringify([{ id: "a", n: 1 }, { id: "b", n: 2 }]) });
    const { ctx, entries, parsed } = context(dir);
    await jsonListFile("./list.json").load(ctx);
    writeFileSync(join(dir, "list.json"), JSON.stringify([{ id: "b", n: 3 }, { id: "c", n: 4 }]));
    parsed.length = 0;
    await jsonListFile("./list.json").load(ctx);
    expect(parsed.sort()).toEqual(["b", "c"]);
    expect([...entries.values()].map((e) => e.data)).toEqual([{ id: "b", n: 3 }, { id: "c", n: 4 }]);
  });

  it("names the file when it is not a list, or an item has no id", async () => {
    await expect(jsonListFile("./l.json").load(context(folder({ "l.json": "{}" })).ctx)).rejects.toThrow(/l\.json: not a list/);
    await expect(jsonListFile("./l.json").load(context(folder({ "l.json": '[{"id":"a"},{"name":"b"}]' })).ctx)).rejects.toThrow(/l\.json: item 2 has no id/);
  });
});
