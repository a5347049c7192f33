/**
 * Citations in the downloads: each report's Markdown gains `citation:` at the end of its front matter, every
 * other byte unchanged; each figure record of indicators.json / indicators.csv its issuer, title, date and
 * absolute permalink, in the published schema's field order, the CSV holding the same as the JSON.
 */
import { csvParse } from "d3-dsv";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { figureCiter, frontMatterCitation, siteOf, withCitation } from "../../../src/lib/cite/data.ts";
import { citation, parseEn, parseGbt } from "../../../src/lib/cite/reference.ts";
import { figuresToCsv, figuresToJson, publishedFigure } from "../../../src/lib/figures/export.ts";
import { figureFields, publishedFigureFields, publishedFigureSchema, storedFigureSchema } from "../../../src/lib/schema/figure.ts";
import { root } from "../support/ingest.ts";
import { REPORTS, SITE } from "./reports.ts";

const metas = REPORTS.map((r) => r.doc.meta);
const figures = REPORTS.flatMap((r) =>
  (JSON.parse(readFileSync(join(root, "content/indicators", `${r.doc.meta.id}.json`), "utf8")) as { figures: unknown[] }).figures.map((f) =>
    storedFigureSchema.parse(f),
  ),
);

describe("/data/reports/<id>.md", () => {
  it.each(REPORTS.map((r) => [r.doc.meta.id, r] as const))("%s: citation added to the front matter, the rest byte for byte", (_id, { markdown, doc }) => {
    const out = withCitation(markdown, doc.meta, SITE);
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(out)!;
    const data = parse(fm[1]!) as Record<string, unknown>;
    expect(data.citation).toEqual(frontMatterCitation(doc.meta, SITE));
    const c = data.citation as ReturnType<typeof frontMatterCitation>;
    expect(Object.keys(c)).toEqual(["issuer", "issuer_en", "title", "title_pinyin", "title_en", "date", "permalink", "permalink_en", "gbt", "en"]);
    expect(c.permalink).toBe(`${SITE}/reports/${doc.meta.id}/`);
    expect(parseGbt(c.gbt)?.url).toBe(c.permalink);
    expect(parseEn(c.en)?.url).toBe(c.permalink_en);
    // Removing the added block gives the file back.
    expect(out.replace(/\ncitation:\n[\s\S]*?(?=\n---\n)/, "")).toBe(markdown);
  });

  it("refuses Markdown without front matter", () => {
    expect(() => withCitation("# x\n", metas[0]!, SITE)).toThrow(/no front matter/);
  });

  it("needs the site's address", () => {
    expect(() => siteOf(undefined)).toThrow(/site/);
    expect(siteOf("https://example.org").href).toBe("https://example.org/");
  });
});

describe("/data/indicators.json and /data/indicators.csv", () => {
  const cite = figureCiter(metas, SITE);

  it("give every record of every report its report's issuer, title, date and paragraph permalink", () => {
    const byId = new Map(metas.map((m) => [m.id, m]));
    for (const f of figures) {
      const meta = byId.get(f.report)!;
      const c = citation(meta, SITE, f.paragraph);
      expect(cite(f)).toEqual({ issuer: c.issuer, title: c.title, date: meta.date, permalink: `${SITE}${f.url}` });
    }
  });

  it("JSON: the published schema's fields in order, the record's first, then the citation's", { timeout: 60_000 }, () => {
    const parsed = JSON.parse(figuresToJson(figures, cite)) as Record<string, unknown>[];
    expect(parsed).toHaveLength(figures.length);
    expect(publishedFigureFields).toEqual([...figureFields, "issuer", "title", "date", "permalink"]);
    for (const record of parsed) expect(Object.keys(record)).toEqual(publishedFigureFields);
    expect(publishedFigureSchema.strict().array().parse(parsed)).toEqual(parsed);
    expect(parsed[0]).toEqual(publishedFigure(figures[0]!, cite));
  });

  it("CSV: the same columns and the same citation values as the JSON", () => {
    const rows = csvParse(figuresToCsv(figures, cite).slice(1));
    expect(rows.columns).toEqual(publishedFigureFields);
    const json = JSON.parse(figuresToJson(figures, cite)) as Record<string, unknown>[];
    rows.forEach((row, i) => {
      for (const k of ["issuer", "title", "date", "permalink", "id", "quote"]) expect(row[k]).toBe(json[i]![k]);
    });
  });

  it("refuse a record of an unknown report", () => {
    expect(() => cite({ report: "nowhere-2020", paragraph: "p-1" })).toThrow(/unknown report/);
  });
});
