import type { Figure } from "../schema/figure.ts";

/**
 * The fields of a figure record that decide how it is drawn, and optionally what its indicator measures
 * (vocabulary `measure`): a `change` (增长 6%, 下降 19.6%) or a `level` (达 89%, 降至 0.61%).
 */
export type FigureValue = Pick<Figure, "value" | "min" | "max" | "unit" | "qualifier" | "estimate" | "direction" | "quote"> & {
  measure?: "change" | "level" | undefined;
};

/** How one figure is drawn on a value axis: a point, a band (a range), or a bound (以上 / 以内) with an arrow. */
export interface ValueMark {
  /** `point`: one value; `band`: a range min—max; `bound`: a threshold open on one side. */
  shape: "point" | "band" | "bound";
  /** The position of a point or bound, the middle of a band, in the figure's unit, signed (下降 5% → −5). */
  value: number;
  /** Lower end of the mark (a band's min; the value otherwise). */
  lo: number;
  /** Upper end of the mark (a band's max; the value otherwise). */
  hi: number;
  /** For a bound, which side is open: `at_least` (以上, arrow to larger values) or `at_most` (以内, to smaller). */
  bound: "at_least" | "at_most" | null;
  /** 左右 / 约: the text gives the value as approximate. */
  approx: boolean;
  /** 预计: the text gives the value as an estimate. */
  estimate: boolean;
  /** 持平: a target of no change (drawn at zero). */
  flat: boolean;
}

/** A change stated as a fall (下降 5%), as opposed to a level reached (降至 0.61%, 控制在 4.5%). */
const statesLevel = /(降|减|下降|减少)(至|到)|控制在|保持在|稳定在/;

/**
 * The sign a figure's numbers take: −1 for a stated fall (下降 5% is a change of −5%), +1 otherwise. A level is
 * never negative; without a `measure`, the wording tells a level reached (降至, 控制在) from a fall.
 */
export function figureSign(figure: FigureValue): 1 | -1 {
  if (figure.direction !== "down" || figure.measure === "level") return 1;
  return figure.measure === "change" || !statesLevel.test(figure.quote) ? -1 : 1;
}

/** True when the figure is a 持平 (no change) statement. */
export const isFlat = (figure: FigureValue): boolean =>
  /持平/.test(figure.quote) && (figure.value === 0 || (figure.value === null && figure.min === null && figure.max === null));

/** Interprets a figure record as a mark on a value axis, or null when it has no single-axis reading (a ratio). */
export function valueMark(figure: FigureValue): ValueMark | null {
  const base = { approx: figure.qualifier === "approx", estimate: figure.estimate, flat: false };
  if (isFlat(figure)) return { ...base, shape: "point", value: 0, lo: 0, hi: 0, bound: null, flat: true };
  if (Array.isArray(figure.value)) return null;
  const sign = figureSign(figure);
  const at = (n: number) => sign * n;
  const { value, min, max, qualifier } = figure;
  if (min !== null && max !== null && min !== max) {
    const [lo, hi] = [at(min), at(max)].sort((a, b) => a - b) as [number, number];
    return { ...base, shape: "band", value: (lo + hi) / 2, lo, hi, bound: null };
  }
  if (qualifier === "at_least" || qualifier === "at_most") {
    const n = value ?? (qualifier === "at_least" ? min : max) ?? min ?? max;
    if (n === null) return null;
    const flips = sign === -1;
    const bound = (qualifier === "at_least") !== flips ? "at_least" : "at_most";
    return { ...base, shape: "bound", value: at(n), lo: at(n), hi: at(n), bound };
  }
  const n = value ?? min ?? max;
  if (n === null) return null;
  return { ...base, shape: "point", value: at(n), lo: at(n), hi: at(n), bound: null };
}

/** Rescales a mark from one magnitude to another (8271人 in 万人: from 1 to 10 000 → 0.8271). */
export function scaleMark(mark: ValueMark, from: number, to: number): ValueMark {
  if (from === to) return mark;
  const f = (n: number) => (n * from) / to;
  return { ...mark, value: f(mark.value), lo: f(mark.lo), hi: f(mark.hi) };
}
