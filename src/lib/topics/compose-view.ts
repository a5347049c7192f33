import type { ReportTopics, TopicParagraph } from "./report-topics.ts";
import { PAIR_PAGE_LIMIT, pairOf, pairPath, type PairRef, type ReportPair } from "./pairs.ts";

/** A report id as the site spells it: `zhongwei-2020`. */
const REPORT_ID = /^[a-z]+-\d{4}$/;

/** The two report ids of a `/compare/view/?a=…&b=…` query, or null when either is missing, malformed or both are the same. */
export function pairQuery(search: string): { a: string; b: string } | null {
  const params = new URLSearchParams(search);
  const a = params.get("a") ?? "";
  const b = params.get("b") ?? "";
  return REPORT_ID.test(a) && REPORT_ID.test(b) && a !== b ? { a, b } : null;
}

/** One topic of the composed pair: the paragraphs of each report under it. */
export interface ComposedTopic {
  id: string;
  label: string;
  label_en: string;
  columns: [TopicParagraph[], TopicParagraph[]];
}

/** Two reports side by side by topic, in the topic order of the first; topics neither report speaks to are left out. */
export function composePair(a: ReportTopics, b: ReportTopics): ComposedTopic[] {
  const of = new Map(b.topics.map((t) => [t.id, t.paragraphs]));
  return a.topics
    .map((t): ComposedTopic => ({ id: t.id, label: t.label, label_en: t.label_en, columns: [t.paragraphs, of.get(t.id) ?? []] }))
    .filter((t) => t.columns[0].length + t.columns[1].length > 0);
}

/** A paragraph's permalink in the reader. */
export const permalink = (report: string, paragraph: string): string => `/reports/${report}/#${paragraph}`;

/** A report's topic page, the no-JavaScript view of its topics. */
export const topicsPath = (report: string): string => `/reports/${report}/topics/`;

/** The view-time composer's URL for two reports. */
export const viewPath = (a: string, b: string): string =>
  `/compare/view/?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;

/**
 * Where a pair is read: its pre-rendered page `/compare/<a>/<b>/` while the site has at most
 * {@link PAIR_PAGE_LIMIT} reports, the view-time composer above it (no pair page is built then).
 */
export function pairHref(a: PairRef, b: PairRef, reportCount: number, limit = PAIR_PAGE_LIMIT): string {
  const [x, y] = a.id < b.id ? [a, b] : [b, a];
  return reportCount > limit ? viewPath(x.id, y.id) : pairPath({ a: x, b: y });
}

/**
 * Where a report is read beside each of `others` it forms a pair with (`pairHref`), by the other report's id: the
 * compare links of a reader, made in getStaticPaths so that its cache key holds them, not the list of every pair.
 */
export function comparePaths(id: string, others: readonly PairRef[], pairs: readonly ReportPair<PairRef>[], reportCount: number): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const other of others) {
    const pair = pairOf(pairs, id, other.id);
    if (pair) paths[other.id] = pairHref(pair.a, pair.b, reportCount);
  }
  return paths;
}
