import { extent } from "d3-array";
import { scaleLinear, type ScaleLinear } from "d3-scale";

/** Options of {@link valueDomain}. */
export interface DomainOptions {
  /**
   * Whether zero belongs in the domain. `auto` (the default) includes it when the values sit close to it
   * relative to their spread (growth rates: 2%…8% → 0…8), and leaves it out for levels far from it
   * (80%…95% stays 75…95), so that small differences between levels stay visible.
   */
  zero?: "auto" | boolean;
  /** Approximate number of ticks the domain is made nice for (default 5). */
  ticks?: number;
  /** Room added beyond the outermost non-zero values, as a share of the spread (default 0.06): arrows and labels. */
  pad?: number;
}

/** The value domain for a set of values: extended to zero where it helps, padded when flat, made nice. */
export function valueDomain(values: readonly number[], options: DomainOptions = {}): [number, number] {
  const { zero = "auto", ticks = 5, pad = 0.06 } = options;
  const [min, max] = extent(values.filter(Number.isFinite));
  if (min === undefined || max === undefined) return [0, 1];
  let [lo, hi] = [min, max];
  const spread = hi - lo;
  const near = lo > 0 ? lo <= 2 * spread || lo <= 10 : hi >= -2 * spread || hi >= -10;
  if (zero === true || (zero === "auto" && near)) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  if (lo === hi) {
    const half = Math.abs(lo) * 0.1 || 1;
    [lo, hi] = [lo - half, hi + half];
  }
  const room = (hi - lo) * pad;
  [lo, hi] = [lo === 0 ? 0 : lo - room, hi === 0 ? 0 : hi + room];
  const [a, b] = scaleLinear().domain([lo, hi]).nice(ticks).domain() as [number, number];
  return [a, b];
}

/** A positioned linear axis: the d3 scale, its domain and its tick values. */
export interface LinearAxis {
  /** Value → x position. */
  scale: ScaleLinear<number, number>;
  /** The nice domain. */
  domain: [number, number];
  /** Tick values inside the domain. */
  ticks: number[];
}

/** Builds a linear axis over a domain onto a pixel range. */
export function linearAxis(domain: [number, number], range: [number, number], ticks = 5): LinearAxis {
  const scale = scaleLinear().domain(domain).range(range);
  return { scale, domain, ticks: scale.ticks(ticks) };
}
