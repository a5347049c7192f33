import type { Lang } from "../../i18n/config.ts";
import type { StoredFigure } from "../schema/figure.ts";
import type { TopicList } from "../schema/topic.ts";
import { countOccurrences } from "./score.ts";

/** How many figures a topic shows per report at most. */
export const KEY_FIGURES = 4;

/** How to find the metric category of a figure's indicator (`content/metrics.json`). */
export type CategoryOf = (metric: string) => string | undefined;

const lookups = new WeakMap<ReadonlyMap<string, string>, CategoryOf>();

/** The category lookup of a map of categories by indicator id, one function per map (so it can key caches). */
export function categoryLookup(categories: ReadonlyMap<string, string>): CategoryOf {
  let lookup = lookups.get(categories);
  if (!lookup) lookups.set(categories, (lookup = (metric) => categories.get(metric)));
  return lookup;
}

/**
 * The topic of a figure: the topic listing its indicator's metric category, if any; else the topic whose
 * keywords its label and quote name most (`城镇新增就业1万人` → livelihood), on a tie the topic of its
 * paragraph if it is among the best; with no keyword at all the paragraph's topic, else `other`.
 */
export function topicOfFigure(
  figure: StoredFigure,
  list: TopicList,
  paragraphTopic: (paragraph: string) => string | undefined,
  categoryOf: CategoryOf = () => undefined,
): string {
  const category = figure.metric ? categoryOf(figure.metric) : undefined;
  const byCategory = category && list.topics.find((t) => (t.categories as string[]).includes(category));
  if (byCategory) return byCategory.id;
  const text = `${figure.label_zh} ${figure.quote}`;
  const scores = list.topics.map((t) => ({
    id: t.id,
    score: t.keywords.reduce((s, k) => s + Math.min(1, countOccurrences(text, k)), 0),
  }));
  const max = Math.max(...scores.map((s) => s.score));
  const own = paragraphTopic(figure.paragraph);
  if (max === 0) return own ?? list.other.id;
  const best = scores.filter((s) => s.score === max).map((s) => s.id);
  return own && best.includes(own) ? own : best[0]!;
}

/**
 * The figures to show first for a topic: those whose indicator the other reports have too (`shared`), then
 * the other indicators of the vocabulary, then the rest, each in document order.
 */
export function keyFigures(
  figures: readonly StoredFigure[],
  limit = KEY_FIGURES,
  shared: ReadonlySet<string> = new Set(),
): StoredFigure[] {
  const rank = (f: StoredFigure) => (f.metric ? (shared.has(f.metric) ? 0 : 1) : 2);
  return figures
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .slice(0, limit)
    .map(({ f }) => f);
}

const QUALIFIER = { approx: "左右", at_least: "以上", at_most: "以内" } as const;

/** A figure's value as a reader would say it: `6.5%左右`, `6.5—7%`, `14:43:43`, `1万人以上`. */
export function figureValueText(f: Pick<StoredFigure, "value" | "min" | "max" | "unit" | "qualifier">): string {
  const q = f.qualifier ? QUALIFIER[f.qualifier] : "";
  if (Array.isArray(f.value)) return f.value.join(":");
  if (f.value !== null) return `${f.value}${f.unit}${q}`;
  if (f.min !== null && f.max !== null) return `${f.min}—${f.max}${f.unit}${q}`;
  return `${f.min ?? f.max ?? ""}${f.unit}${q}`;
}

/**
 * What kind of figure it is, in words: `2019年实绩`, `2019年预计`, `2020年目标`, `2016—2020年实绩` for a figure over a
 * period; `2019 result`, `2019 estimate`, `2020 target`, `2016–2020 result`.
 */
export function figureKindText(f: Pick<StoredFigure, "kind" | "year" | "estimate"> & { period?: StoredFigure["period"] }, lang: Lang = "zh-CN"): string {
  const [first, last] = f.period ?? [f.year, f.year];
  if (lang === "en") return `${first === last ? last : `${first}–${last}`} ${f.kind === "target" ? "target" : f.estimate ? "estimate" : "result"}`;
  return `${first === last ? last : `${first}—${last}`}年${f.kind === "target" ? "目标" : f.estimate ? "预计" : "实绩"}`;
}
