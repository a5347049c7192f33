import { describe, expect, it } from "vitest";
import { linearAxis, valueDomain } from "../../../src/lib/charts/scale.ts";
import { displayUnit, unitFamily, unitParts } from "../../../src/lib/charts/units.ts";

describe("valueDomain", () => {
  it("extends growth rates to zero and leaves room past the largest value", () => {
    const [lo, hi] = valueDomain([6, 6.5, 7, 6.5]);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(7);
  });

  it("keeps levels far from zero off zero, so that 80% and 80.8% stay apart", () => {
    const [lo, hi] = valueDomain([80, 80.8, 89]);
    expect(lo).toBeGreaterThan(50);
    expect(lo).toBeLessThanOrEqual(80);
    expect(hi).toBeGreaterThanOrEqual(89);
  });

  it("reaches below the largest fall and up to zero for falls", () => {
    const [lo, hi] = valueDomain([-2.6, -12]);
    expect(lo).toBeLessThan(-12);
    expect(hi).toBe(0);
  });

  it("spans both signs when values do", () => {
    const [lo, hi] = valueDomain([-5, 8]);
    expect(lo).toBeLessThan(-5);
    expect(hi).toBeGreaterThan(8);
  });

  it("opens a flat set of values into an interval around them", () => {
    const [lo, hi] = valueDomain([0, 0]);
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(0);
  });

  it("can be forced to include zero, or not", () => {
    expect(valueDomain([80, 90], { zero: true })[0]).toBe(0);
    expect(valueDomain([3, 8], { zero: false })[0]).toBeGreaterThan(0);
  });

  it("ends on tick values (nice)", () => {
    const [lo, hi] = valueDomain([1.3, 7.7]);
    const axis = linearAxis([lo, hi], [0, 100]);
    expect(axis.ticks[0]).toBe(lo);
    expect(axis.ticks.at(-1)).toBe(hi);
  });
});

describe("units", () => {
  it("split a magnitude off absolute units and leave rates whole", () => {
    expect(unitParts("万人次")).toEqual({ base: "人次", factor: 1e4 });
    expect(unitParts("亿元")).toEqual({ base: "元", factor: 1e8 });
    expect(unitParts("公里")).toEqual({ base: "公里", factor: 1 });
    expect(unitParts("%")).toEqual({ base: "%", factor: 1 });
    expect(unitParts("个百分点")).toEqual({ base: "个百分点", factor: 1 });
  });

  it("put 万人 with 人 but percentages apart from percentage points and from counts", () => {
    expect(unitFamily("万人")).toBe(unitFamily("人"));
    expect(unitFamily("%")).not.toBe(unitFamily("个百分点"));
    expect(unitFamily("万亩")).not.toBe(unitFamily("万人"));
  });

  it("draw a family in the largest magnitude written", () => {
    expect(displayUnit(["人", "万人", "人"])).toEqual({ unit: "万人", factor: 1e4 });
    expect(displayUnit(["%"])).toEqual({ unit: "%", factor: 1 });
    expect(displayUnit(["万人", "名", "人"])).toEqual({ unit: "万人", factor: 1e4 });
    expect(displayUnit(["个", "家", "个"])).toEqual({ unit: "个/家", factor: 1 });
  });
});
