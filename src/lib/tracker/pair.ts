import type { Figure } from "../schema/figure.ts";
import type { Metric } from "../schema/metric.ts";
import type { TrackerRecord } from "../schema/tracker.ts";
import type { Lang } from "../../i18n/config.ts";
import { pinyinText } from "../../i18n/format.ts";
import { isCeiling, judge } from "./judge.ts";
import { isMeasureWord, sameQuantity } from "../figures/units.ts";
import { addsKinds } from "../figures/label.ts";
import { matchMetric } from "../figures/metric-match.ts";
import { isSingleYear, partOfYear, runningTotal } from "../indicators/years.ts";

/** A piece of a rule's text: English or Chinese words, or a Chinese term quoted in an English rule (`{ zh: "万人" }`). */
export type RulePart = string | { zh: string };

/** A rule's parts as plain text: a Chinese term kept in Chinese on the Chinese side, in pinyin in English. */
export function plainRule(parts: readonly RulePart[], lang: Lang = "zh-CN"): string {
  return parts.map((p) => (typeof p === "string" ? p : lang === "en" ? pinyinText(p.zh).toLowerCase() : p.zh)).join("");
}

/** The parts of a figure `otherBasisRule` reads. */
type BasisFigure = Pick<Figure, "unit" | "metric" | "label_zh" | "label_en" | "value" | "quote"> & { base_year?: number | null };

/**
 * The figure counts a whole group that all reached the aim, as counted at the time (`5413人贫困人口全部实现脱贫`,
 * `1163户4041名未脱贫人口全部脱贫退出`): the clause says 全部 after the number. Against a target that named another
 * number of the same group (`完成1765户5557人脱贫`), the difference is a recount of the group, not a shortfall.
 */
export function wholeGroup(f: Pick<Figure, "value" | "unit" | "quote">): boolean {
  if (typeof f.value !== "number" || !isMeasureWord(f.unit)) return false;
  const at = f.quote.indexOf(`${f.value}${f.unit}`);
  return at >= 0 && /全部/.test(f.quote.slice(at).split(/[，,；;。]/)[0]!);
}

/** The administrative level a label names, if any: `国家级高新技术企业`, `自治区农业高新技术企业`. */
function levelOf(label: string): "national" | "provincial" | null {
  if (/国家/.test(label)) return "national";
  if (/自治区|省级/.test(label)) return "provincial";
  return null;
}

/**
 * Two figures of one indicator count the same things: neither adds up several kinds the other names alone
 * (`改扩建中小学、幼儿园34所` against `建成11所城镇小区配套幼儿园`), and they name no two administrative levels
 * (`新增国家级高新技术企业20家` against `自治区农业高新技术企业2家`). Two rates add nothing up: a rate of several kinds
 * together is the rate of the whole (`人大代表议案建议、政协提案办复率全部达到100%` against `…人大代表建议321件、政协委员提案526件，
 * 办复率均达100%`).
 */
export function sameScope(a: Pick<Figure, "label_zh" | "unit">, b: Pick<Figure, "label_zh" | "unit">): boolean {
  const rates = a.unit === "%" && b.unit === "%";
  if (!rates && addsKinds(a.label_zh) !== addsKinds(b.label_zh)) return false;
  const [la, lb] = [levelOf(a.label_zh), levelOf(b.label_zh)];
  return la === null || lb === null || la === lb;
}

/** The outcome is all of a group counted again ({@link wholeGroup}), of the target's indicator and unit. */
function recount(other: BasisFigure, target: Pick<Figure, "unit" | "label_zh">, metric: Pick<Metric, "id" | "unit">): boolean {
  return other.metric === metric.id && sameQuantity(other.unit, target.unit, metric.unit) && sameScope(other, target) && wholeGroup(other);
}

/**
 * The rule of `not_comparable`: the next report gives the same question on another basis: an older base year,
 * another unit, a related indicator (surveyed vs registered unemployment), or all of a group counted again, where
 * the target named a larger number of it.
 */
export function otherBasisRule(
  nextYear: number,
  other: BasisFigure,
  target: Pick<Figure, "unit" | "value" | "label_zh">,
  metric: Pick<Metric, "id" | "unit">,
  lang: Lang = "zh-CN",
): RulePart[] {
  const base = other.base_year ?? null;
  const whole = base === null && recount(other, target, metric);
  const scope = base === null && (other.metric === metric.id || other.metric === null) && sameQuantity(other.unit, target.unit, metric.unit) && !sameScope(other, target);
  if (lang === "en") {
    const why: RulePart[] =
      base !== null
        ? [`measured against ${base} rather than the year before`]
        : whole
          ? [`the outcome is all of a group (“`, { zh: "全部" }, `”, ${other.value} `, { zh: other.unit }, `), a count other than the target's ${target.value} `, { zh: target.unit }]
          : scope
            ? ["the outcome counts “", { zh: other.label_zh }, "”, the target “", { zh: target.label_zh }, "”"]
            : other.metric === metric.id
              ? ["given in ", { zh: other.unit }, " where the target is in ", { zh: target.unit }]
              : ["another indicator, “", other.label_en ?? { zh: other.label_zh }, "”"];
    return [`Not comparable: the ${nextYear} report gives a figure on another basis, which cannot be compared with the target: `, ...why];
  }
  const why =
    base !== null
      ? `比${base}年`
      : whole
        ? `结果为“全部”的${other.value}${other.unit}，与目标的${target.value}${target.unit}是两次不同的计数`
        : scope
          ? `结果计的是“${other.label_zh}”，目标计的是“${target.label_zh}”`
          : other.metric === metric.id
            ? `单位为${other.unit}`
            : `指标为${other.label_zh}`;
  return [`口径不同：${nextYear}年报告给出的是另一口径的数字（${why}），不能与目标相比`];
}

/**
 * A count or amount of several kinds added up, one of them the target's indicator (`改扩建中小学、幼儿园34所` for a
 * target of kindergartens built): no indicator's figure (each kind is counted in it), but the same question on
 * another basis, in the target's unit.
 */
export function sumIncluding(f: Pick<Figure, "metric" | "label_zh" | "unit">, metric: Metric, metrics: readonly Metric[]): boolean {
  if (f.metric !== null || !addsKinds(f.label_zh)) return false;
  return f.label_zh.split(/、|和|及/).some((kind) => kind !== "" && matchMetric({ label: kind, unit: f.unit, change: false }, metrics)?.id === metric.id);
}

/** The rule of `not_reported`: the next report gives no single-year figure of the indicator for the target's year. */
export function noOutcomeRule(nextYear: number, year: number, lang: Lang = "zh-CN"): string {
  return lang === "en"
    ? `Not reported: the ${nextYear} report gives no single-year figure for this indicator in ${year}`
    : `未报告：${nextYear}年报告没有给出${year}年这一指标的单年数字`;
}

/**
 * The rule of a target still awaiting its outcome: the next year's report is not on the site yet, so the target is
 * listed, not judged (it is no tracker record, and no status of the downloads).
 */
export function awaitingRule(nextYear: number, year: number, lang: Lang = "zh-CN"): string {
  return lang === "en"
    ? `Awaiting the next report: the site has no ${nextYear} report yet; the target will be judged by the figure for ${year} it gives`
    : `待报告：本站尚未收录${nextYear}年报告，待其给出${year}年这一指标的数字后判断`;
}

/** A figure record with the time-span fields the tracker reads (`base_year`, `period`). */
export type SpanFigure = Figure & { base_year: number | null; period: readonly [number, number] | null };

/** The reports the tracker knows: id, place and plan year. */
export interface TrackedReport {
  id: string;
  place: string;
  year: number;
}

/** What the tracker makes of the corpus. */
export interface Tracking {
  /** One record per tracked target, in target-report and document order. */
  records: TrackerRecord[];
  /**
   * Targets of a report whose next year's report is in the corpus, but with no indicator id, or of an indicator where
   * neither way is better and with no ceiling (`人口自然增长率5‰左右`): listed, not judged.
   */
  untracked: SpanFigure[];
  /**
   * Targets with an indicator id of a report whose next year's report is not in the corpus (a place's latest report,
   * or its only one): awaiting their outcome, listed, not judged; in target-report and document order.
   */
  awaiting: SpanFigure[];
}

/**
 * The ids a figure of another basis can carry for the same question: the level beside a growth rate
 * (`gdp` ↔ `gdp_growth`), and the ids a metric names as related in the vocabulary (surveyed vs registered
 * unemployment).
 */
export function otherBases(metric: Metric, metrics: readonly Metric[]): Set<string> {
  const stem = metric.id.replace(/_(growth|change|rate)$/, "");
  const ids = metrics.filter((m) => m.id !== metric.id && m.id.replace(/_(growth|change|rate)$/, "") === stem).map((m) => m.id);
  for (const m of metrics) if (m.id !== metric.id && (m.related ?? []).includes(metric.id)) ids.push(m.id);
  return new Set([...ids, ...(metric.related ?? [])]);
}

/** An indicator where neither way is better (`人口自然增长率`) is judged only against a ceiling the text sets. */
const judgeable = (target: SpanFigure, metric: Metric) => metric.better !== null || isCeiling(target, metric);

/**
 * Pair every target of report `P-Y` (a metric id, a single year) with the result for `Y` of the same metric in
 * report `P-(Y+1)`, and judge it, in the finer unit when the two are written at two magnitudes of one (`万人`,
 * `人`). Five-year averages, totals over several years, running totals ({@link runningTotal}), cumulative changes, changes against an older base
 * year and targets are never outcomes; a figure of the same question for that year on another basis (an older base
 * year, another unit, a related indicator) makes the target `not_comparable`, no figure at all, or one over several
 * years only, `not_reported`. Targets of the last year of a place (or of a year whose next report is missing) wait
 * for its next report: they are no records, but listed as `awaiting` when they have an indicator id.
 */
export function trackTargets(figures: readonly SpanFigure[], reports: readonly TrackedReport[], metrics: readonly Metric[]): Tracking {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const byReport = new Map<string, SpanFigure[]>();
  for (const f of figures) byReport.set(f.report, [...(byReport.get(f.report) ?? []), f]);
  const records: TrackerRecord[] = [];
  const untracked: SpanFigure[] = [];
  const awaiting: SpanFigure[] = [];
  const ordered = [...reports].sort((a, b) => a.id.localeCompare(b.id));
  for (const report of ordered) {
    const next = reports.find((r) => r.place === report.place && r.year === report.year + 1);
    if (!next) {
      for (const target of byReport.get(report.id) ?? []) {
        const metric = target.metric ? byId.get(target.metric) : undefined;
        if (target.kind === "target" && target.year === report.year && isSingleYear(target) && metric && judgeable(target, metric)) awaiting.push(target);
      }
      continue;
    }
    const results = (byReport.get(next.id) ?? []).filter((f) => f.kind === "result" && f.year === report.year && !runningTotal(f) && !partOfYear(f));
    for (const target of byReport.get(report.id) ?? []) {
      if (target.kind !== "target" || target.year !== report.year || !isSingleYear(target)) continue;
      const metric = target.metric ? byId.get(target.metric) : undefined;
      if (!metric || !judgeable(target, metric)) {
        untracked.push(target);
        continue;
      }
      const base = { id: target.id, place: report.place, metric: metric.id, year: report.year, target_report: report.id, target_figure: target.id, outcome_report: next.id };
      // An outcome at another magnitude of the target's unit (`12389人` for `1.1万人`), or in another word for it
      // where the indicator counts people (`1047名` for `1049人`), is judged like one in it.
      const same = results.filter((f) => f.metric === metric.id && isSingleYear(f) && sameQuantity(f.unit, target.unit, metric.unit) && sameScope(f, target));
      const judged = same.map((o) => ({ o, j: judge(target, o, metric) })).find((x) => x.j !== null);
      if (judged) {
        // `5413人贫困人口全部实现脱贫` against `完成5557人脱贫`: the group was recounted, and all of it reached the aim.
        const recounted = judged.j!.status !== "met" && recount(judged.o, target, metric);
        records.push(
          recounted
            ? { ...base, outcome_figure: judged.o.id, status: "not_comparable", rule_id: "other_basis", rule: plainRule(otherBasisRule(next.year, judged.o, target, metric)) }
            : { ...base, outcome_figure: judged.o.id, ...judged.j! },
        );
        continue;
      }
      const bases = otherBases(metric, metrics);
      // A total over several years (`五年来处置291家`) is no outcome of one year, on any basis: not reported.
      const other = results.find(
        (f) =>
          !f.period &&
          ((f.metric === metric.id && ((f.base_year ?? null) !== null || !sameQuantity(f.unit, target.unit, metric.unit) || !sameScope(f, target))) ||
            (f.metric !== null && bases.has(f.metric) && isSingleYear(f)) ||
            (isSingleYear(f) && sameQuantity(f.unit, target.unit, metric.unit) && sumIncluding(f, metric, metrics))),
      );
      if (other) {
        records.push({ ...base, outcome_figure: other.id, status: "not_comparable", rule_id: "other_basis", rule: plainRule(otherBasisRule(next.year, other, target, metric)) });
      } else {
        records.push({ ...base, outcome_figure: null, status: "not_reported", rule_id: "no_outcome", rule: noOutcomeRule(next.year, report.year) });
      }
    }
  }
  return { records, untracked, awaiting };
}
