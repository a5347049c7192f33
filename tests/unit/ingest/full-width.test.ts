/**
 * Reports published in full-width digits (`增长６．５％`, `（１）`, `１．“三大攻坚战”`): the same structure, glossary
 * and figure records as the same report in ASCII digits, each quote as written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../../src/lib/figures/extract.ts";
import { asciiDigits } from "../../../src/lib/text/hygiene.ts";
import { fixture, metrics } from "../figures/helpers.ts";
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
    // A full-width colon between ASCII digits is a ratio's too; a colon after words stays.
    expect(asciiDigits("比重由9.2：43.3：47.5调整到，主要目标：")).toBe("比重由9.2:43.3:47.5调整到，主要目标：");
  });

  it("reads a full stop typed for a point after a verb of amount and a bare number (Henan 2004: 普通高校在校生净增8。9万人)", () => {
    expect(asciiDigits("普通高校在校生净增8。9万人，新增一批博士后流动站")).toBe("普通高校在校生净增8.9万人，新增一批博士后流动站");
    // An ordinal ends its sentence (Dongguan 2023: 排名全省第1。88%的村（社区）达到…), and so does a figure with its unit.
    expect(asciiDigits("排名全省第1。88%的村（社区）达到标准")).toBe("排名全省第1。88%的村（社区）达到标准");
    expect(asciiDigits("新增就业8万人。9个项目开工")).toBe("新增就业8万人。9个项目开工");
  });

  it("gives the typed number one record, and none of its fragment", () => {
    const x = fixture(["余所高校新区建成投用。普通高校在校生净增8。9万人，新增一批博士后流动站和博士、硕士学位授予点，3名科学家当选两院院士。"], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.unit === "万人").map((f) => [f.value, f.label_zh])).toEqual([[8.9, "普通高校在校生净增"]]);
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

// Markdown reports of the development corpus with their body in full-width digits (front matter and list markers
// left as Markdown has them): Wuhan's 民生实事 (`１、新增公共停车位１．５万个…`) stay list items, not headings;
// Luzhou's `由12.1：52.0：35.9调整优化为11.0：49.3：39.7` is one ratio either way.
describe.each(["tests/fixtures/corpus-dev/wuhan-2018.md", "tests/fixtures/corpus-dev/luzhou-2022.md"])("%s with its body in full-width digits", (path) => {
  const text = readFileSync(join(root, path), "utf8");
  const [, head, body] = /^(---\r?\n[\s\S]*?\n---\r?\n|)([\s\S]*)$/.exec(text)!;
  const wideBody = body!.split("\n").map((l) => l.replace(/^(\s*\d+\.\s)?(.*)$/, (_, marker: string | undefined, rest: string) => (marker ?? "") + fullWidth(rest)));
  const name = path.split("/").at(-1)!;
  const [ascii, wide] = [ingestText(name, text), ingestText(name, head + wideBody.join("\n"))];

  it("has the same outline and paragraphs, and the same figure records", () => {
    const shape = (r: typeof ascii) => ({ headings: r.document.headings.map((h) => [h.id, h.depth]), paragraphs: r.document.paragraphs.map((p) => [p.id, p.kind]) });
    expect(shape(wide)).toEqual(shape(ascii));
    const typed = (r: typeof ascii) => extractFigures(r.document, metrics).map(({ quote: _q, label_zh: _l, ...rest }) => rest);
    expect(typed(wide)).toEqual(typed(ascii));
  });
});

describe("a full-width slash in a unit (Quanzhou 2006: 以福炼1200万吨／年炼油、80万吨／年乙烯一体化项目为龙头)", () => {
  it("is read as the slash, at the same offsets; one set apart by spaces stays", () => {
    expect(asciiDigits("以福炼1200万吨／年炼油")).toBe("以福炼1200万吨/年炼油");
    expect(asciiDigits("和／或 ／")).toBe("和/或 ／");
  });

  it("gives each capacity its unit whole, and no ／年 in the next figure's label", () => {
    const x = fixture(["地区生产总值增长6%。"], ["以福炼1200万吨／年炼油、80万吨／年乙烯一体化项目为龙头，重点发展化工原料。"]);
    const plants = x.figures.filter((f) => f.unit.startsWith("万吨"));
    expect(plants.map((f) => [f.value, f.unit])).toEqual([
      [1200, "万吨/年"],
      [80, "万吨/年"],
    ]);
    expect(plants[0]!.label_zh).toBe("炼油");
    expect(plants.every((f) => !f.label_zh.includes("／"))).toBe(true);
  });
});

describe("a full stop typed for a point after a name's bare number (Hefei 2009: 财政收入301。2亿元，增长40%，…城镇登记失业率4。1%)", () => {
  it("reads the number whole, before a unit of amount or a rate; an ordinal or a ratio's last term still ends its sentence", () => {
    expect(asciiDigits("财政收入301。2亿元，增长40%")).toBe("财政收入301.2亿元，增长40%");
    expect(asciiDigits("城镇登记失业率4。1%；人口出生率10。2‰")).toBe("城镇登记失业率4.1%；人口出生率10.2‰");
    expect(asciiDigits("三次产业结构调整为11:38:51。20个项目开工")).toBe("三次产业结构调整为11:38:51。20个项目开工");
    expect(asciiDigits("位居全省第3。2023年是关键之年")).toBe("位居全省第3。2023年是关键之年");
  });

  it("gives the revenue its record and none of its fragment", () => {
    const x = fixture(["全市地区生产总值1630亿元，比上年增长17%；财政收入301。2亿元，增长40%，其中地方财政收入160。9亿元，增长57。8%。"], ["地区生产总值增长12%以上。"]);
    expect(x.figures.filter((f) => f.unit === "亿元").map((f) => [f.value, f.metric ?? null])).toEqual([
      [1630, "gdp"],
      [301.2, "fiscal_revenue_total"],
      [160.9, "budget_revenue"],
    ]);
  });
});

describe("a point typed as a full stop before a change in points, or as a comma before one decimal (Shandong 1997: 比上年上涨7%，涨幅回落7。2个百分点 … 全年社会消费品零售总额1715，7亿元，增长21。2%)", () => {
  it("reads the number whole; a clause that ends on a unit or an ordinal, or a count after a comma, stays apart", () => {
    expect(asciiDigits("上涨7%，涨幅回落7。2个百分点")).toBe("上涨7%，涨幅回落7.2个百分点");
    expect(asciiDigits("社会消费品零售总额1715，7亿元，增长21。2%")).toBe("社会消费品零售总额1715.7亿元，增长21.2%");
    expect(asciiDigits("新增就业8万人，7个项目开工")).toBe("新增就业8万人，7个项目开工");
    expect(asciiDigits("位居全省第12，5亿元投资到位")).toBe("位居全省第12，5亿元投资到位");
  });

  it("gives the retail sales their whole amount and the fall in points its record", () => {
    const x = fixture(["全省商品零售价格总水平比上年上涨7%，涨幅回落7。2个百分点。全年社会消费品零售总额1715，7亿元，增长21。2%。"], ["国内生产总值增长10%。"]);
    expect(x.figures.filter((f) => f.metric === "retail_sales").map((f) => f.value)).toEqual([1715.7]);
    expect(x.figures.filter((f) => f.unit === "个百分点").map((f) => f.value)).toEqual([7.2]);
  });
});
