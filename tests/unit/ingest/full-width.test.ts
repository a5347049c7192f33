/**
 * Reports published in full-width digits (`增长６．５％`, `（１）`, `１．“三大攻坚战”`): the same structure, glossary
 * and figure records as the same report in ASCII digits, each quote as written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/lib/figures/extract.ts";
import { asciiDigits } from "../../../src/lib/text/hygiene.ts";
import { metrics } from "../figures/helpers.ts";
import { RAW, ingestText, root } from "../support/ingest.ts";

/** Every ASCII digit full-width, and a point or colon after a digit (`6.5`, `1.`, `14.3:43.5`) too. */
const fullWidth = (text: string) =>
  text
    .replace(/(?<=\d)\./g, "．")
    .replace(/(?<=\d):(?=\d)/g, "：")
    .replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("asciiDigits", () => {
  it("reads full-width digits, and a full-width point or colon between digits, at the same offsets", () => {
    expect(asciiDigits("增长６．５％左右，由１４．３：４３．５调整")).toBe("增长6.5%左右，由14.3:43.5调整");
    expect(asciiDigits("（１）目标：１．“三大攻坚战”")).toBe("（1）目标：1．“三大攻坚战”");
    const text = "完成１２．２亿元。主要目标：增长６％";
    expect(asciiDigits(text)).toHaveLength(text.length);
    expect(asciiDigits("没有数字的句子。")).toBe("没有数字的句子。");
  });
});

// A Markdown report's list and heading syntax is ASCII; the plain-text reports are converted whole.
describe.each(RAW.filter((f) => f.endsWith(".txt")))("%s in full-width digits", (path) => {
  const text = readFileSync(join(root, path), "utf8");
  const name = path.split("/").at(-1)!;
  const ascii = ingestText(name, text);
  const wide = ingestText(name, fullWidth(text));
  const [a, w] = [extractFigures(ascii.document, metrics), extractFigures(wide.document, metrics)];

  it("has the same headings, paragraphs and glossary entries", () => {
    const shape = (r: typeof ascii) => ({
      headings: r.document.headings.map((h) => [h.id, h.depth]),
      paragraphs: r.document.paragraphs.map((p) => [p.id, p.kind, p.period]),
      // Terms as written: `“１+９”创建机制` stays full-width.
      glossary: r.glossary.map((g) => [g.number, asciiDigits(g.term), asciiDigits(g.term_display)]),
    });
    expect(shape(wide)).toEqual(shape(ascii));
    expect(wide.document.meta).toMatchObject({ year: ascii.document.meta.year, date: ascii.document.meta.date, place_zh: ascii.document.meta.place_zh });
  });

  it("states the same figure records, each quoting the sentence as written", () => {
    expect(a.length).toBeGreaterThan(50);
    const typed = ({ quote: _q, label_zh: _l, ...rest }: (typeof a)[number]) => rest;
    expect(w.map(typed)).toEqual(a.map(typed));
    for (const [i, f] of w.entries()) {
      expect(f.quote).toBe(fullWidth(a[i]!.quote));
      expect(asciiDigits(f.label_zh)).toBe(asciiDigits(a[i]!.label_zh));
    }
  });
});
