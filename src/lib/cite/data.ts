/**
 * Citations in the data downloads: each record of `/data/indicators.json` names its report's issuer, title
 * and date and its paragraph's absolute permalink; each `/data/reports/<id>.md` carries its report's
 * citation in its front matter.
 */
import { stringify } from "yaml";
import type { FigureCitation } from "../schema/figure.ts";
import { citation, paragraphNumber, permalinkOf, type CiteMeta } from "./reference.ts";

/** The site's address, which every permalink starts with (Astro's `site`); a clear error without one. */
export function siteOf(site: URL | string | undefined): URL {
  if (!site) throw new Error("citations need the site's address: set `site` in astro.config.mjs");
  return new URL(site);
}

/**
 * A function giving each figure record its citation fields, from the reports' front matter (each report's
 * worked out once, when a record of it first asks).
 */
export function figureCiter(metas: readonly CiteMeta[], site: URL | string): (f: { report: string; paragraph: string }) => FigureCitation {
  const byId = new Map(metas.map((m) => [m.id, m]));
  const reports = new Map<string, ReturnType<typeof citation>>();
  return (f) => {
    let c = reports.get(f.report);
    if (!c) {
      const meta = byId.get(f.report);
      if (!meta) throw new Error(`figure of an unknown report: ${f.report}`);
      reports.set(f.report, (c = citation(meta, site)));
    }
    return { issuer: c.issuer, title: c.title, date: c.date, permalink: permalinkOf(site, f.report, paragraphNumber(f.paragraph)) };
  };
}

/** The `citation:` entry of a report's front matter: the whole report's citation, without the paragraph. */
export function frontMatterCitation(meta: CiteMeta, site: URL | string) {
  const c = citation(meta, site);
  return {
    issuer: c.issuer,
    issuer_en: c.issuer_en,
    title: c.title,
    title_pinyin: c.title_pinyin,
    title_en: c.title_en,
    date: c.date,
    permalink: c.permalink,
    permalink_en: c.permalink_en,
    gbt: c.gbt,
    en: c.en,
  };
}

/** Strings double-quoted, as the rest of the front matter is written (src/lib/markdown/to-mdast.ts). */
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" } as const;

/**
 * A report's Markdown with `citation:` added at the end of its front matter; every other byte as it was.
 * Markdown without front matter is refused, not guessed at.
 */
export function withCitation(markdown: string, meta: CiteMeta, site: URL | string): string {
  const end = markdown.startsWith("---\n") ? markdown.indexOf("\n---\n", 3) : -1;
  if (end === -1) throw new Error(`report ${meta.id}: no front matter to add the citation to`);
  const entry = stringify({ citation: frontMatterCitation(meta, site) }, YAML_OPTIONS).trimEnd();
  return `${markdown.slice(0, end + 1)}${entry}${markdown.slice(end)}`;
}
