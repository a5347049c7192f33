/** A unit split into a magnitude prefix and its base, so that 万人 and 人 can share one scale. */
export interface UnitParts {
  /** The unit without its magnitude prefix (`人`, `亩`, `元`), `%` or `个百分点` as is. */
  base: string;
  /** How many base units one written unit is: 万 → 10 000, 亿 → 100 000 000, 万亿 → 10¹², otherwise 1. */
  factor: number;
}

/** Longest first: a magnitude of two characters (`万亿元`, `千亿元`, `百万千瓦`) before its last character alone. */
const prefixes: [string, number][] = [
  ["万亿", 1e12],
  ["千亿", 1e11],
  ["百亿", 1e10],
  ["千万", 1e7],
  ["百万", 1e6],
  ["亿", 1e8],
  ["万", 1e4],
];

/** Units that keep their leading character: a prefix there is part of the word, not a magnitude. */
const whole = new Set(["%", "个百分点", ":", "万"]);

/** Splits a unit as written into magnitude and base (`853万人次` → 万 × 人次). */
export function unitParts(unit: string): UnitParts {
  if (!whole.has(unit)) {
    for (const [prefix, factor] of prefixes) {
      if (unit.startsWith(prefix) && unit.length > prefix.length) return { base: unit.slice(prefix.length), factor };
    }
  }
  return { base: unit, factor: 1 };
}

/**
 * The scale family of a unit: figures of one family can be drawn on one axis. Percentages form one family,
 * percentage points another, and every absolute unit its own (万亩 with 亩, 万人 with 人).
 */
export const unitFamily = (unit: string): string => unitParts(unit).base;

/** True for units whose numbers are rates in percent (growth, shares, ratios to 100). */
export const isPercent = (unit: string): boolean => unit === "%";

/**
 * The unit to draw figures in: the largest magnitude any of them was written in, so that 1.4万人 and 8271人
 * are both drawn in 万人 (0.8271万人). Units of that magnitude with other words for the thing counted (个 and
 * 家, both counts) are named together: `个/家`. Returns the unit and its factor.
 */
export function displayUnit(units: readonly string[]): { unit: string; factor: number } {
  const parts = units.map(unitParts);
  const factor = Math.max(1, ...parts.map((p) => p.factor));
  const named = [...new Set(units.filter((_, i) => parts[i]?.factor === factor))];
  return { unit: named.join("/"), factor };
}
