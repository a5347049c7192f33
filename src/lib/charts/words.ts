/**
 * The words of the result → target charts in each language: their phrases (the `indicators.chart` dictionary),
 * value labels, tick labels and the axis unit. Chinese is the default, so callers that pass no language draw
 * the charts as they always were.
 */
import { format } from "d3-format";
import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import { markLabelEn, unitEn, valueTextEn } from "../../i18n/figures.ts";
import { dictionaries, type UiDict } from "../../i18n/ui/index.ts";
import { markLabel, tickLabel, valueText } from "./labels.ts";
import type { FigureValue } from "./value-mark.ts";

/** The chart phrases of one language. */
export type ChartWords = UiDict["indicators"]["chart"];

/** The chart phrases of a language. */
export const chartWords = (lang: Lang = DEFAULT_LANG): ChartWords => dictionaries[lang].indicators.chart;

/** A figure's value in a language: `6.5%左右` / `about 6.5%`. */
export const valueWords = (figure: FigureValue, lang: Lang = DEFAULT_LANG): string => (lang === "en" ? valueTextEn(figure) : valueText(figure));

/** The label drawn next to a mark in a language: `预计6%` / `est. 6%`. */
export const markWords = (figure: FigureValue, lang: Lang = DEFAULT_LANG): string => (lang === "en" ? markLabelEn(figure) : markLabel(figure));

const tickEn = format(",~f");

/** English magnitudes an axis may count in, largest first: from which value on, and how many one counts. */
const MAGNITUDES: [from: number, per: number, word: string][] = [
  [1e9, 1e9, "billion"],
  [1e6, 1e6, "million"],
  [1e4, 1e3, "thousand"],
];

/** How a chart's axis is written: its tick labels and the caption naming its unit (null where the ticks carry it). */
export interface AxisWords {
  tick: (n: number) => string;
  caption: string | null;
}

/**
 * The axis of a chart whose values are in `unit` (the display unit, `万人`, `亿元`, `个/家`) over `domain`, in a
 * language. Chinese counts in the unit as written (`单位：亿元`, ticks 0 20 40); English counts in its own
 * magnitudes, chosen by the largest value (`Unit: billion yuan`, ticks 0 2 4; `Unit: thousand people`).
 */
export function axisWords(unit: string, domain: readonly [number, number], lang: Lang = DEFAULT_LANG): AxisWords {
  if (lang !== "en") return { tick: (n) => tickLabel(n, unit), caption: unit === "%" ? null : chartWords(lang).unit(unit || "—") };
  if (unit === "%") return { tick: (n) => `${tickEn(n)}%`, caption: null };
  const parts = unit.split("/").filter(Boolean);
  const factor = Math.max(1, ...parts.map((p) => unitEn(p).factor));
  const names = [...new Set(parts.map((p) => unitEn(p).suffix.trim()).filter(Boolean))].join("/");
  const largest = Math.max(...domain.map(Math.abs)) * factor;
  const [, per, word] = MAGNITUDES.find(([from]) => largest >= from) ?? [0, 1, ""];
  const what = [word, names].filter(Boolean).join(" ") || "number";
  return { tick: (n) => tickEn(Number(((n * factor) / per).toPrecision(12))), caption: chartWords(lang).unit(what) };
}
