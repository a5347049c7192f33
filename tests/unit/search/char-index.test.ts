import { describe, expect, it } from "vitest";
import { CharIndex } from "../../../src/lib/search/char-index.ts";

const TEXTS = ["养老服务体系", "幼儿园建设", "养老保险", "服务业", "", "老老实实", "pm2.5浓度"];

/** Brute force: documents holding at least `min` of the distinct characters of `chars`. */
function brute(chars: string, min: number): number[] {
  const distinct = [...new Set(chars)];
  const need = Math.max(1, Math.min(min, distinct.length));
  return TEXTS.flatMap((t, id) => (distinct.filter((c) => t.includes(c)).length >= need ? [id] : []));
}

describe("CharIndex", () => {
  const index = new CharIndex();
  for (const t of TEXTS) index.add(t);

  it.each([
    ["养老", Infinity],
    ["老", Infinity],
    ["服务", Infinity],
    ["养老服务", 3],
    ["养老服务", 1],
    ["pm2.5", Infinity],
    ["pm2.5", 4],
    ["冰淇淋", 1],
    ["老老", Infinity],
  ])("%s with at least %s characters: the same documents as a brute-force scan", (chars, min) => {
    expect(index.candidates(chars, min)).toEqual(brute(chars, min));
  });

  it("numbers documents in the order they were added", () => {
    const i = new CharIndex();
    expect([i.add("甲"), i.add("乙"), i.add("甲乙")]).toEqual([0, 1, 2]);
    expect(i.candidates("甲", Infinity)).toEqual([0, 2]);
  });
});
