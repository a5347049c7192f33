/** What a pair of reports needs of each report. */
export interface PairRef {
  id: string;
  place: string;
  year: number;
}

/** Two reports compared side by side, `a` before `b` in id order. */
export interface ReportPair<R extends PairRef = PairRef> {
  a: R;
  b: R;
  /** Two places of one year, or one place's consecutive years. */
  kind: "same-year" | "consecutive";
}

/**
 * Pair pages are pre-rendered only while the site has at most this many reports. The pairs grow with the
 * square of the reports (12 reports: 36 pairs; 40 reports over two years: about 400); above the limit no
 * pair page is built, pairs are meant to be composed at view time from per-report topic data, and each
 * report's topics stay readable without JavaScript on its own pages.
 */
export const PAIR_PAGE_LIMIT = 40;

/** `a`, `b` in id order. */
const ordered = <R extends PairRef>(x: R, y: R): [R, R] => (x.id < y.id ? [x, y] : [y, x]);

/** Two reports as a pair when they make one (two places of one year, or one place's consecutive years). */
function asPair<R extends PairRef>(x: R, y: R): ReportPair<R> | null {
  const [a, b] = ordered(x, y);
  if (x.year === y.year && x.place !== y.place) return { a, b, kind: "same-year" };
  if (x.place === y.place && Math.abs(x.year - y.year) === 1) return { a, b, kind: "consecutive" };
  return null;
}

/**
 * Every pair worth a page: any two reports of the same year, and each place's reports of consecutive
 * years; `a` < `b` in id order, listed by year then id. Empty when there are more than `limit` reports.
 */
export function comparePairs<R extends PairRef>(reports: readonly R[], limit = PAIR_PAGE_LIMIT): ReportPair<R>[] {
  if (reports.length > limit) return [];
  const sorted = [...reports].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const pairs: ReportPair<R>[] = [];
  for (const [i, x] of sorted.entries()) {
    for (const y of sorted.slice(i + 1)) {
      const pair = asPair(x, y);
      if (pair) pairs.push(pair);
    }
  }
  const yearOf = (p: ReportPair<R>) => Math.min(p.a.year, p.b.year) + (p.kind === "consecutive" ? 0.5 : 0);
  return pairs.sort((p, q) => yearOf(p) - yearOf(q) || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));
}

/** Each place's reports of consecutive years as pairs (`a` < `b` in id order), by year then id: linear in the reports. */
export function consecutivePairs<R extends PairRef>(reports: readonly R[]): ReportPair<R>[] {
  const byPlaceYear = Map.groupBy(reports, (r) => `${r.place}\n${r.year}`);
  const pairs: ReportPair<R>[] = [];
  for (const x of reports) {
    for (const y of byPlaceYear.get(`${x.place}\n${x.year + 1}`) ?? []) {
      const [a, b] = ordered(x, y);
      pairs.push({ a, b, kind: "consecutive" });
    }
  }
  return pairs.sort((p, q) => Math.min(p.a.year, p.b.year) - Math.min(q.a.year, q.b.year) || p.a.id.localeCompare(q.a.id) || p.b.id.localeCompare(q.b.id));
}

/**
 * How many pairs {@link comparePairs} lists when there is no limit, counted without listing them: two places of
 * one year (reports of one place and year are not paired with each other), and consecutive years.
 */
export function pairCount(reports: readonly PairRef[]): number {
  const choose2 = (n: number) => (n * (n - 1)) / 2;
  const perYear = new Map<number, number>();
  const perPlaceYear = new Map<string, number>();
  for (const r of reports) {
    perYear.set(r.year, (perYear.get(r.year) ?? 0) + 1);
    perPlaceYear.set(`${r.place}\n${r.year}`, (perPlaceYear.get(`${r.place}\n${r.year}`) ?? 0) + 1);
  }
  let consecutive = 0;
  for (const [key, n] of perPlaceYear) {
    const [place, year] = key.split("\n") as [string, string];
    consecutive += n * (perPlaceYear.get(`${place}\n${Number(year) + 1}`) ?? 0);
  }
  const sameYear = [...perYear.values()].reduce((t, n) => t + choose2(n), 0) - [...perPlaceYear.values()].reduce((t, n) => t + choose2(n), 0);
  return sameYear + consecutive;
}

/**
 * Most pairs the picker links one by one (each twice: by year and by place). Past it the picker is a form that
 * picks any two reports, even while every pair still has a page: 32 reports make 80 pairs, and listing them all
 * took `/compare/` over its element budget.
 */
export const PICKER_PAIR_LINKS = 60;

/** Whether the picker links every pair: at most `limit` reports (pair pages are built) and {@link PICKER_PAIR_LINKS} pairs. */
export function pickerLinksEvery(reportCount: number, pairs: number, limit = PAIR_PAGE_LIMIT): boolean {
  return reportCount <= limit && pairs <= PICKER_PAIR_LINKS;
}

/**
 * The pairs the picker links: every pair when {@link pickerLinksEvery}; else only each place's consecutive years
 * (any other two reports are chosen in the picker's form), so the page grows with the reports, not their square.
 */
export function pickerPairs<R extends PairRef>(reports: readonly R[], limit = PAIR_PAGE_LIMIT): ReportPair<R>[] {
  return pickerLinksEvery(reports.length, pairCount(reports), limit) ? comparePairs(reports, Number.POSITIVE_INFINITY) : consecutivePairs(reports);
}

/** The URL of a pair's page. */
export function pairPath(pair: { a: PairRef; b: PairRef }): string {
  return `/compare/${pair.a.id}/${pair.b.id}/`;
}

/**
 * The pair `/compare/` shows: the two reports `preferred` names (content/topics.json's `default_pair`) when the
 * site has both and they make a pair. Otherwise the latest report, in `placeOrder` within its year (the region
 * before its cities), with a partner: the next place of its year, else its own year before (a site of one place
 * opens on its two latest years). Null when no two reports make a pair.
 */
export function defaultPair<R extends PairRef>(reports: readonly R[], placeOrder: readonly string[], preferred?: readonly string[]): ReportPair<R> | null {
  const named = preferred?.map((id) => reports.find((r) => r.id === id));
  if (named?.length === 2 && named[0] && named[1]) {
    const pair = asPair(named[0], named[1]);
    if (pair) return pair;
  }
  const rank = rankIn(placeOrder);
  const latest = [...reports].sort((x, y) => y.year - x.year || rank(x.place) - rank(y.place) || x.id.localeCompare(y.id));
  for (const x of latest) {
    const partner = latest.find((y) => y.year === x.year && y.place !== x.place) ?? latest.find((y) => y.place === x.place && y.year === x.year - 1);
    if (partner) return asPair(x, partner);
  }
  return null;
}

/** A place's rank in `placeOrder` (places not listed last). */
const rankIn = (placeOrder: readonly string[]) => (place: string) =>
  placeOrder.includes(place) ? placeOrder.indexOf(place) : placeOrder.length;

/**
 * The two reports of a pair in reading order, whatever their ids: the place listed first in `placeOrder`
 * (the region before its cities), and for one place the earlier year first.
 */
export function readingOrder<R extends PairRef>(pair: { a: R; b: R }, placeOrder: readonly string[]): [R, R] {
  const rank = rankIn(placeOrder);
  const before = rank(pair.a.place) - rank(pair.b.place) || pair.a.year - pair.b.year;
  return before <= 0 ? [pair.a, pair.b] : [pair.b, pair.a];
}

/**
 * The pairs grouped for the picker: by year (same-year pairs), and by place (every pair the place is in:
 * its partners of each year, then its years together), each group in reading order of the places.
 */
export function pairGroups<R extends PairRef>(
  pairs: readonly ReportPair<R>[],
  placeOrder: readonly string[],
): { byYear: { year: number; pairs: ReportPair<R>[] }[]; byPlace: { place: string; pairs: ReportPair<R>[] }[] } {
  const rank = rankIn(placeOrder);
  const years = [...new Set(pairs.filter((p) => p.kind === "same-year").map((p) => p.a.year))].sort((x, y) => x - y);
  const places = [...new Set(pairs.flatMap((p) => [p.a.place, p.b.place]))].sort((x, y) => rank(x) - rank(y));
  /** Each pair's places' ranks in reading order, worked out once per pair (the sorts compare every pair many times). */
  const ranks = new Map(
    pairs.map((p) => {
      const [first, second] = readingOrder(p, placeOrder);
      return [p, [rank(first.place), rank(second.place)] as const];
    }),
  );
  const byReading = (p: ReportPair<R>, q: ReportPair<R>) => {
    const [p1, p2] = ranks.get(p)!;
    const [q1, q2] = ranks.get(q)!;
    return p1 - q1 || p2 - q2;
  };
  /** For one place: each year's partners in place order, the place's own two years after the earlier year's partners. */
  const forPlace = (place: string) => {
    const partner = (p: ReportPair<R>) => (p.a.place === place ? p.b : p.a);
    const key = (p: ReportPair<R>) => (p.kind === "consecutive" ? Math.min(p.a.year, p.b.year) + 0.5 : p.a.year);
    return pairs
      .filter((p) => p.a.place === place || p.b.place === place)
      .sort((p, q) => key(p) - key(q) || rank(partner(p).place) - rank(partner(q).place));
  };
  return {
    byYear: years.map((year) => ({
      year,
      pairs: pairs.filter((p) => p.kind === "same-year" && p.a.year === year).sort(byReading),
    })),
    byPlace: places.map((place) => ({ place, pairs: forPlace(place) })),
  };
}

const pairIndexes = new WeakMap<readonly ReportPair<PairRef>[], Map<string, ReportPair<PairRef>>>();

/** The pair of two reports in a list of pairs, either way round (the list is indexed once, on first use). */
export function pairOf<R extends PairRef>(pairs: readonly ReportPair<R>[], x: string, y: string): ReportPair<R> | undefined {
  let index = pairIndexes.get(pairs);
  if (!index) {
    index = new Map();
    for (const p of pairs) {
      for (const k of [`${p.a.id}\n${p.b.id}`, `${p.b.id}\n${p.a.id}`]) if (!index.has(k)) index.set(k, p);
    }
    pairIndexes.set(pairs, index);
  }
  return index.get(`${x}\n${y}`) as ReportPair<R> | undefined;
}
