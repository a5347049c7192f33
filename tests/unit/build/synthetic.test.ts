import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyOf, hasAppendix, syntheticProject } from "../../../scripts/lib/synthetic.ts";
import { loadTables } from "../../../scripts/lib/tables.ts";
import { placesFileSchema } from "../../../src/lib/schema/place.ts";

const root = join(import.meta.dirname, "../../..");
const raws = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort();
const { places } = await loadTables(root);

describe("the bench's and tests' copies of the project", () => {
  const dir = syntheticProject(root, places, raws.length * 2 + 1);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = readdirSync(join(dir, "content/raw")).sort();

  it("hold the real reports, then the real reports again under new place ids, a place of the table when their source's is", () => {
    expect(files).toHaveLength(raws.length * 2 + 1);
    for (const raw of raws) expect(files).toContain(raw);
    // The copy's table is valid (a report whose place is not in content/places.json adds no entry for its copies).
    const table = placesFileSchema.parse(JSON.parse(readFileSync(join(dir, "content/places.json"), "utf8")));
    const ids = new Set(table.map((p) => p.id));
    const known = new Set(places.map((p) => p.id));
    const placeOf = (f: string) => f.replace(/-\d{4}\.(txt|md)$/, "");
    for (const f of files) {
      const source = raws.find((r) => copyOf(f, r))!;
      expect(ids.has(placeOf(f)), f).toBe(known.has(placeOf(source)));
      if (known.has(placeOf(source))) expect(table.find((p) => p.id === placeOf(f))).toMatchObject({ ...places.find((p) => p.id === placeOf(source)), id: placeOf(f) });
    }
    // The real reports have places of the table, so their copies do too.
    expect(files.some((f) => ids.has(placeOf(f)) && !raws.includes(f))).toBe(true);
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
