import type { Figure } from "../schema/figure.ts";
import { documentOrder } from "./group.ts";
import type { MetricGroup, MetricInfo } from "./types.ts";

/** The category of records whose indicator is not in the vocabulary. */
export const otherCategory = "other";

/** Display names of the vocabulary's categories (`content/metrics.json` `category`), Chinese and English. */
export const categoryNames: Readonly<Record<string, { zh: string; en: string }>> = {
  economy: { zh: "经济总量", en: "Economy" },
  industry: { zh: "工业与服务业", en: "Industry and services" },
  agriculture: { zh: "农业", en: "Agriculture" },
  tourism: { zh: "旅游", en: "Tourism" },
  investment: { zh: "投资", en: "Investment" },
  consumption: { zh: "消费", en: "Consumption" },
  trade: { zh: "开放与贸易", en: "Trade and opening-up" },
  fiscal: { zh: "财政", en: "Public finance" },
  innovation: { zh: "科技创新", en: "Innovation" },
  income: { zh: "居民收入", en: "Household income" },
  employment: { zh: "就业", en: "Employment" },
  poverty: { zh: "脱贫攻坚", en: "Poverty alleviation" },
  ecology: { zh: "生态环境", en: "Environment" },
  urban_rural: { zh: "城乡建设", en: "Urban and rural development" },
  social: { zh: "社会事业", en: "Social services" },
  governance: { zh: "政府治理", en: "Governance" },
  [otherCategory]: { zh: "其他（未归入指标词表）", en: "Other (not in the vocabulary)" },
};

/** The display name of a category id (the id itself when it has none). */
export const categoryName = (id: string): { zh: string; en: string } => categoryNames[id] ?? { zh: id, en: id };

/** Categories in the vocabulary's order of first appearance, with the fallback category last. */
export function categoryOrder(metrics: readonly MetricInfo[]): string[] {
  return [...new Set([...metrics.map((m) => m.category), otherCategory])];
}

/** The category of a record (by its indicator), or the fallback category. */
export function figureCategory(figure: Figure, metrics: ReadonlyMap<string, MetricInfo>): string {
  return (figure.metric !== null && metrics.get(figure.metric)?.category) || otherCategory;
}

/** Items sorted into categories, in category order, leaving out empty categories. */
export interface Categorised<T> {
  /** The category. */
  category: string;
  /** Its items, in the input's order. */
  items: T[];
}

/** Splits indicator groups by the category of their indicator. */
export function groupsByCategory(groups: readonly MetricGroup[], metrics: readonly MetricInfo[]): Categorised<MetricGroup>[] {
  return categoryOrder(metrics)
    .map((category) => ({ category, items: groups.filter((g) => (g.info?.category ?? otherCategory) === category) }))
    .filter((c) => c.items.length > 0);
}

/**
 * Splits figure records by category for the table of all records: within a category by indicator (vocabulary
 * order), then city (the given order), then result before target, then document order.
 */
export function figuresByCategory(
  figures: readonly Figure[],
  metrics: readonly MetricInfo[],
  cityOrder: readonly string[],
): Categorised<Figure>[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const metricRank = new Map(metrics.map((m, i) => [m.id, i]));
  const rank = (f: Figure) => (f.metric !== null ? (metricRank.get(f.metric) ?? metrics.length) : metrics.length + 1);
  const sorted = [...figures].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.metric ?? "").localeCompare(b.metric ?? "") ||
      cityOrder.indexOf(a.city) - cityOrder.indexOf(b.city) ||
      a.kind.localeCompare(b.kind) ||
      documentOrder(a, b),
  );
  return categoryOrder(metrics)
    .map((category) => ({ category, items: sorted.filter((f) => figureCategory(f, byId) === category) }))
    .filter((c) => c.items.length > 0);
}
