/**
 * The glossary's pages (src/lib/glossary/pages.ts): one page while the terms fit on it, else a page per pinyin
 * initial, an initial of too many terms split by syllable and small runs of syllables sharing a page.
 */
import { describe, expect, it } from "vitest";
import { GLOSSARY_PAGE_TERMS, glossaryHrefs, glossaryLayout, termLetter } from "../../../src/lib/glossary/pages.ts";
import type { GlossaryEntry } from "../../../src/lib/schema/glossary.ts";

const entry = (term: string, id: string): GlossaryEntry => ({ id, term, term_display: `“${term}”`, definition: "…", report: id.replace(/-g\d+$/, ""), number: 1, paragraph: "p-1" });

/** `n` distinct terms opening with `head` (`三` → 三甲, 三乙 …, each second character a different one). */
const termsOf = (head: string, n: number, from = 0x4e00) => Array.from({ length: n }, (_, i) => `${head}${String.fromCodePoint(from + i * 7)}工程`);

describe("termLetter", () => {
  it("files a term by its first character: the pinyin initial of a Chinese one, a Latin letter, or 0 for a digit", () => {
    expect(termLetter("三大攻坚战")).toBe("s");
    expect(termLetter("“六稳”")).toBe("l");
    expect(termLetter("长江经济带")).toBe("c");
    expect(termLetter("A股")).toBe("a");
    // A number first: the page of numbers.
    expect(termLetter("5G基站")).toBe("0");
    expect(termLetter("1+3+N")).toBe("0");
    expect(termLetter("“1+1+9”")).toBe("0");
  });
});

describe("glossaryLayout", () => {
  it("keeps a glossary of up to GLOSSARY_PAGE_TERMS terms on one page, /glossary/", () => {
    const terms = [...termsOf("三", 30), ...termsOf("六", GLOSSARY_PAGE_TERMS - 30)];
    const layout = glossaryLayout([...terms, ...terms]);
    expect(layout.split).toBe(false);
    expect(layout.pages).toHaveLength(1);
    expect(layout.pathOf(terms[0]!)).toBe("/glossary/");
  });

  it("above it, files every term on exactly one page per initial, none over the limit, in the order of the letters", () => {
    const terms = [...termsOf("三", 20), ...termsOf("六", 30), ...termsOf("八", 15), "1+3+N", "5G基站"];
    const layout = glossaryLayout(terms);
    expect(layout.split).toBe(true);
    expect(layout.pages.map((p) => [p.id, p.label, p.terms.length])).toEqual([
      ["0", "0", 2],
      ["b", "B", 15],
      ["l", "L", 30],
      ["s", "S", 20],
    ]);
    for (const t of terms) expect(layout.pages.filter((p) => p.terms.includes(t)), t).toHaveLength(1);
    expect(layout.pathOf(terms[0]!)).toBe("/glossary/s/");
  });

  it("splits an initial of too many terms by syllable, and runs of small syllables share a page", () => {
    // 三 (san) 70 terms, 四 (si) 5, 十 (shi) 4, 双 (shuang) 3, then 六 (liu) for the other letter.
    const terms = [...termsOf("三", 70), ...termsOf("四", 5), ...termsOf("十", 4), ...termsOf("双", 3), ...termsOf("六", 10)];
    const layout = glossaryLayout(terms);
    const s = layout.pages.filter((p) => p.id !== "l");
    // 三 alone is still too large: split by its two first syllables, then packed up to the limit.
    expect(s.every((p) => p.terms.length <= GLOSSARY_PAGE_TERMS)).toBe(true);
    expect(s.flatMap((p) => p.terms).toSorted()).toEqual(terms.filter((t) => !t.startsWith("六")).toSorted());
    expect(s.length).toBeGreaterThanOrEqual(2);
    for (const p of layout.pages) expect(p.id).toMatch(/^[a-z0-9_-]+$/);
    // The small syllables after 三 share the last page with the last of 三's: shi, shuang and si in one run.
    const last = s.at(-1)!;
    for (const head of ["十", "双", "四"]) expect(last.terms.some((t) => t.startsWith(head)), head).toBe(true);
    expect(last.id).toMatch(/^san-[a-z]+_si$/);
    expect(last.label).toMatch(/^San [A-Z][a-z]*–Si$/);
    expect(layout.pages.find((p) => p.id === "l")!.terms).toHaveLength(10);
    // Ids are distinct path segments.
    expect(new Set(layout.pages.map((p) => p.id)).size).toBe(layout.pages.length);
  });

  it("moves no term of another initial when a term is added", () => {
    const base = [...termsOf("三", 40), ...termsOf("六", 30)];
    const before = glossaryLayout(base);
    const after = glossaryLayout([...base, "八项规定"]);
    for (const t of base) expect(after.pathOf(t), t).toBe(before.pathOf(t));
    expect(after.pathOf("八项规定")).toBe("/glossary/b/");
  });
});

describe("glossaryHrefs", () => {
  it("links each entry at its term's page, by its own id", () => {
    const few = [entry("三大攻坚战", "a-2020-g1"), entry("三大攻坚战", "b-2020-g2")];
    expect(glossaryHrefs(few)(few[1]!)).toBe("/glossary/#b-2020-g2");
    const many = [...termsOf("三", 40), ...termsOf("六", 30)].map((t, i) => entry(t, `c-2020-g${i + 1}`));
    const href = glossaryHrefs(many);
    expect(href(many[0]!)).toBe(`/glossary/s/#c-2020-g1`);
    expect(href(many[45]!)).toBe(`/glossary/l/#c-2020-g46`);
  });
});
