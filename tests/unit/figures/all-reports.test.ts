import { describe, expect, it } from "vitest";
import { storedFigureSchema } from "../../../src/lib/schema/figure.ts";
import { SET_BEFORE } from "../../../src/lib/figures/verb.ts";
import { dev, DEV_IDS, metrics, real, RAW_IDS, unseen, UNSEEN_IDS } from "./helpers.ts";

const ALL = [
  ...RAW_IDS.map((id) => ["content/raw", id] as const),
  ...DEV_IDS.map((id) => ["corpus-dev", id] as const),
  ...UNSEEN_IDS.map((id) => ["unseen", id] as const),
];

describe.each(ALL)("the records of %s/%s", (dir, id) => {
  const e = dir === "content/raw" ? real(id) : dir === "corpus-dev" ? dev(id) : unseen(id);
  const plan = e.doc.meta.year;
  const text = (paragraph: string) => e.doc.paragraphs.find((p) => p.id === paragraph)!.text;

  it("quote their paragraph exactly, and the quote holds the figure as written", () => {
    for (const f of e.figures) {
      expect(text(f.paragraph).includes(f.quote), `${f.id}: ${f.quote}`).toBe(true);
      expect(f.quote.includes(text(f.paragraph).slice(...f.span)), f.quote).toBe(true);
    }
  });

  it("are valid records whose time agrees with itself and with the plan year", () => {
    const known = new Set(metrics.map((m) => m.id));
    for (const f of e.figures) {
      expect(storedFigureSchema.parse(f)).toEqual(f);
      if (f.metric !== null) expect(known.has(f.metric)).toBe(true);
      // Results are of years before the plan year, targets of the plan year or later, but for a past year's target told
      // again as set then (`年初确定的16件57项为民办实事项目基本得到落实`, Fuzhou 2010), the words of its setting in its
      // quote or earlier in its sentence (`去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内`,
      // State Council 1995).
      const para = text(f.paragraph);
      const sentence = (para.slice(0, para.indexOf(f.quote)).split(/[。！？]/).at(-1) ?? "") + f.quote;
      const told = f.kind === "target" && f.year === plan - 1 && SET_BEFORE.test(sentence);
      expect(f.kind === "result" ? f.year < plan : f.year >= plan || told, `${f.id} ${f.kind} ${f.year}: ${f.quote}`).toBe(true);
      if (f.period) expect(f.year, f.quote).toBe(f.period[1]);
      if (f.base_year !== null) expect(f.base_year, f.quote).toBeLessThan(f.year - 1);
    }
  });

  it("are numbered in document order per kind, none from an appendix entry", () => {
    for (const kind of ["result", "target"] as const) {
      const list = e.figures.filter((f) => f.kind === kind);
      expect(list.map((f) => f.id)).toEqual(list.map((_, i) => `${id}-${kind === "result" ? "r" : "t"}-${i + 1}`));
    }
    const appendix = new Set(e.doc.paragraphs.filter((p) => p.kind === "glossary").map((p) => p.id));
    expect(e.figures.filter((f) => appendix.has(f.paragraph))).toEqual([]);
  });
});
