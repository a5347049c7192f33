/**
 * What every reader page draws on, loaded once per build and shared: the glossary entries of all reports
 * (one list, so the glossary's term finder is prepared once per report, not once per page and language),
 * and the tracker's badges in each language (computed once, not on every reader).
 */
import { getCollection } from "astro:content";
import type { Lang } from "../../i18n/config.ts";
import type { GlossaryEntry } from "../../lib/schema/glossary.ts";
import { trackerAnnotations, type FigureAnnotation } from "../../lib/tracker/annotations.ts";
import { trackerData } from "../../pages/tracker/_data.ts";

let glossary: Promise<GlossaryEntry[]> | undefined;

/** Every report's glossary entries, in one list. */
export function readerGlossary(): Promise<GlossaryEntry[]> {
  glossary ??= getCollection("glossary").then((all) => all.flatMap((g) => g.data.entries));
  return glossary;
}

const annotations = new Map<Lang, Promise<Map<string, FigureAnnotation>>>();

/** The tracker's badges after the figures, by figure id, in a language. */
export function readerAnnotations(lang: Lang): Promise<Map<string, FigureAnnotation>> {
  let found = annotations.get(lang);
  if (!found) {
    found = trackerData().then((t) => trackerAnnotations(t.records, t.figures, lang, t.metrics));
    annotations.set(lang, found);
  }
  return found;
}
