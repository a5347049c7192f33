import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyTree } from "../../../src/lib/markdown/copy-tree.ts";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { root } from "../support/ingest.ts";

/** Every object and array of a value, by identity. */
function objects(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null) {
    into.add(value);
    for (const v of Object.values(value)) objects(v, into);
  }
  return into;
}

describe("copyTree", () => {
  it("copies a real report's tree whole, sharing no object with it, so that changing the copy leaves it as it was", () => {
    const tree = parseMarkdown(readFileSync(join(root, "content/reports/zhongwei-2020.md"), "utf8"));
    const before = JSON.stringify(tree);
    const copy = copyTree(tree);
    expect(copy).toStrictEqual(tree);
    const mine = objects(copy);
    for (const o of objects(tree)) expect(mine.has(o)).toBe(false);
    copy.children.splice(0, copy.children.length);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it("keeps primitives, null and undefined as they are", () => {
    const value = { a: 1, b: "x", c: null, d: undefined, e: [true, false, 0, ""], f: { g: [{ h: 2 }] } };
    expect(copyTree(value)).toStrictEqual(value);
    expect(copyTree(value).f.g[0]).not.toBe(value.f.g[0]);
  });
});
