import Fuse from "fuse.js/basic";
import { describe, expect, it } from "vitest";
import { FUZZY_OPTIONS } from "../../../src/lib/search/fuse-options.ts";
import { fuzzyMatches } from "../../../src/lib/search/fuzzy.ts";
import { fuzzyWindows } from "../../../src/lib/search/fuzzy-windows.ts";
import { corpus, parse } from "./corpus.ts";

/** Typos, near misses and words absent from the reports. */
const TERMS = [
  "幼儿圆",
  "养老服物",
  "推动高质量发屏",
  "pm25",
  "营商坏境",
  "黄河流城",
  "全民健康素养",
  "冰淇淋",
  "足球场",
  "老旧小去",
];

describe("fuzzy fallback", () => {
  it.each(TERMS)("%s: the prefilter and windows lose nothing fuse.js finds on every whole document", (term) => {
    const whole = corpus.docs
      .filter(
        (d) =>
          Fuse.match(term, d.text, FUZZY_OPTIONS).isMatch ||
          (d.title !== "" && Fuse.match(term, d.title, FUZZY_OPTIONS).isMatch),
      )
      .map((d) => d.url)
      .sort();
    const ours = fuzzyMatches(corpus, parse(term).terms, Infinity)
      .map((m) => m.item.url)
      .sort();
    expect(ours).toEqual(whole);
    // The search takes the MAX_FUZZY_CANDIDATES documents that share the most character pairs with the query: the
    // near misses it finds are among those, and it finds some when there are any.
    const capped = fuzzyMatches(corpus, parse(term).terms).map((m) => m.item.url);
    for (const url of capped) expect(whole).toContain(url);
    expect(capped.length > 0).toBe(whole.length > 0);
  });

  it("marks the near-miss text in the document as written", () => {
    const hits = fuzzyMatches(corpus, parse("幼儿圆").terms);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const marked = (hit.ranges?.text ?? []).map(([s, e]) => hit.item.text.slice(s, e));
      expect(marked.some((m) => m.startsWith("幼儿"))).toBe(true);
    }
  });

  it("needs every term to match", () => {
    const one = fuzzyMatches(corpus, parse("幼儿圆").terms).length;
    expect(fuzzyMatches(corpus, parse("幼儿圆 冰淇淋").terms)).toEqual([]);
    expect(fuzzyMatches(corpus, parse("幼儿圆 教育").terms).length).toBeLessThanOrEqual(one);
  });
});

describe("fuzzyWindows", () => {
  const freq = (c: number) => ({ 幼: 1, 儿: 5, 园: 2 })[String.fromCharCode(c)] ?? 100;

  it("cuts around the rarest characters, wide enough for the term and its errors", () => {
    const text = `${"甲".repeat(50)}幼儿圆${"乙".repeat(50)}儿${"丙".repeat(50)}`;
    expect(fuzzyWindows(text, "幼儿园", 1, freq)).toEqual([[46, 55]]);
  });

  it("gives up (null) when the windows would cover most of the text", () => {
    expect(fuzzyWindows("幼儿园幼儿园", "幼儿园", 1, freq)).toBeNull();
  });
});
