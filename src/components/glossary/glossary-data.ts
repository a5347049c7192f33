/**
 * The glossary page's model, made once per build for both languages: the reports as documents (places, then
 * years), every appendix entry, the merged terms with their uses, and the other slogans many reports share.
 */
import { getCollection } from "astro:content";
import { mergeGlossary, type GlossaryTerm } from "../../lib/glossary/merge.ts";
import { sharedPhrases, type SharedPhrase } from "../../lib/glossary/shared.ts";
import { termVariants } from "../../lib/glossary/variants.ts";
import { layoutOfEntries, type GlossaryLayout } from "../../lib/glossary/pages.ts";
import { sharedDocument } from "../../lib/report/document.ts";
import { reportsInPlaceOrder } from "../report/reports-in-order.ts";
import { withBodies } from "../../pages/_reports.ts";
import { reportFigures } from "../../pages/_figures.ts";
import type { GlossaryEntry } from "../../lib/schema/glossary.ts";
import type { ReportMeta } from "../../lib/schema/report.ts";

export interface GlossaryModel {
  /** The reports' metadata, in the order to list them (places, then years); their documents are not kept. */
  metas: ReportMeta[];
  glossary: GlossaryEntry[];
  /** Terms in the order of the Chinese collation (pinyin), so the index reads like a dictionary's. */
  terms: GlossaryTerm[];
  /** Slogans in quotation marks that at least half of the reports use (at most 30, most used first). */
  others: SharedPhrase[];
  /** The glossary's pages: one, or one per initial when it has many terms. */
  layout: GlossaryLayout;
}

let model: Promise<GlossaryModel> | undefined;

/** The glossary page's model (made on first use, once per build). */
export function glossaryModel(): Promise<GlossaryModel> {
  model ??= load();
  return model;
}

async function load(): Promise<GlossaryModel> {
  const reports = await withBodies(await reportsInPlaceOrder());
  const docs = reports.map((r) => sharedDocument(r));
  const glossary = (await getCollection("glossary")).flatMap((g) => g.data.entries);
  // The readers mark every figure record, and a term over a figure's mark is no link: the counts leave it out.
  const marked = new Map(await Promise.all(docs.map(async (d) => [d.meta.id, await reportFigures(d.meta.id)] as const)));
  const terms = mergeGlossary(glossary, docs, marked).sort((a, b) => a.term.localeCompare(b.term, "zh-Hans-CN"));
  const covered = new Set(glossary.flatMap((e) => termVariants(e)));
  const others =
    docs.length > 1
      ? sharedPhrases(docs, [], Math.max(2, Math.ceil(docs.length / 2))).filter((s) => !covered.has(s.phrase)).slice(0, 30)
      : [];
  return { metas: docs.map((d) => d.meta), glossary, terms, others, layout: layoutOfEntries(glossary) };
}
