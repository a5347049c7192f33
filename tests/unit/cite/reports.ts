/** The real reports as the site reads them: the generated Markdown of content/reports/, front matter and paragraphs. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { readDocument, type ReportDocument } from "../../../src/lib/report/document.ts";
import { reportMetaSchema } from "../../../src/lib/schema/report.ts";
import { parse } from "yaml";
import { root } from "../support/ingest.ts";

/** The site address the tests cite with (astro.config.mjs has the same). */
export const SITE = "https://example.org";

/** A generated report: its file's text and its document. */
export interface RealReport {
  markdown: string;
  doc: ReportDocument;
}

/** Every generated report, in id order. */
export const REPORTS: RealReport[] = readdirSync(join(root, "content/reports"))
  .filter((f) => f.endsWith(".md"))
  .sort()
  .map((f) => {
    const markdown = readFileSync(join(root, "content/reports", f), "utf8");
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(markdown)!;
    const meta = reportMetaSchema.parse(parse(fm[1]!));
    return { markdown, doc: readDocument(parseMarkdown(markdown.slice(fm[0].length)), meta) };
  });
