import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyOf, hasAppendix, syntheticProject } from "../../../scripts/lib/synthetic.ts";
import { loadTables } from "../../../scripts/lib/tables.ts";

const root = join(import.meta.dirname, "../../..");
const raws = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort();
const { places } = await loadTables(root);

describe("the bench's and tests' copies of the project", () => {
  const dir = syntheticProject(root, places, raws.length * 2 + 1);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = readdirSync(join(dir, "content/raw")).sort();

  it("hold the real reports, then the real reports again under new place ids, each a place of the table", () => {
    expect(files).toHaveLength(raws.length * 2 + 1);
    for (const raw of raws) expect(files).toContain(raw);
    const places = new Set((JSON.parse(readFileSync(join(dir, "content/places.json"), "utf8")) as { id: string }[]).map((p) => p.id));
    for (const f of files) expect(places.has(f.replace(/-\d{4}\.(txt|md)$/, "")), f).toBe(true);
  });

  it("copyOf tells each copy's source: the real report of the same year and format whose place it copies", () => {
    for (const f of files) {
      const sources = raws.filter((r) => copyOf(f, r));
      expect(sources, f).toHaveLength(1);
      expect(readFileSync(join(dir, "content/raw", f), "utf8")).toBe(readFileSync(join(root, "content/raw", sources[0]!), "utf8"));
    }
    expect(copyOf("zhongweixab-2020.txt", "zhongwei-2020.txt")).toBe(true);
    expect(copyOf("zhongweixab-2021.md", "zhongwei-2020.txt")).toBe(false);
    expect(copyOf("zhongweixab-2020.md", "zhongwei-2020.txt")).toBe(false);
    expect(copyOf("zhongweiyab-2020.txt", "zhongwei-2020.txt")).toBe(false);
    expect(copyOf("guyuan-2020.md", "zhongwei-2020.md")).toBe(false);
  });

  it("hasAppendix tells a report with glossary entries, a copy by its source, before the copy is ingested", () => {
    const entries = (raw: string) => (JSON.parse(readFileSync(join(root, "content/glossary", raw.replace(/\.(txt|md)$/, ".json")), "utf8")) as { entries: unknown[] }).entries.length;
    const withAppendix = raws.filter((r) => entries(r) > 0);
    // The real reports have both kinds.
    expect(withAppendix.length).toBeGreaterThan(0);
    expect(withAppendix.length).toBeLessThan(raws.length);
    for (const f of files) expect(hasAppendix(root, f), f).toBe(withAppendix.some((r) => copyOf(f, r)));
  });
});
