import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLLECTION_NAMES, contentKey, type KeyedEntry } from "../../../src/lib/build/content-key.ts";

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
