/** The reading of a paragraph's `data-shared` by the comparison page's script (src/scripts/shared-marks.ts). */
import { describe, expect, it } from "vitest";
import { parseRanges } from "../../../src/scripts/shared-marks.ts";

describe("parseRanges", () => {
  it("reads start,end pairs separated by spaces", () => {
    expect(parseRanges("2,7 15,20")).toEqual([
      [2, 7],
      [15, 20],
    ]);
  });

  it("puts them in order and leaves out a pair that overlaps one before it", () => {
    expect(parseRanges("15,20 2,7 4,9 20,22")).toEqual([
      [2, 7],
      [15, 20],
      [20, 22],
    ]);
  });

  it("leaves out what is not two ascending whole numbers", () => {
    expect(parseRanges("7,2 3,3 -1,4 a,b 1.5,3 4,6,8  9,12")).toEqual([[9, 12]]);
    expect(parseRanges("")).toEqual([]);
    expect(parseRanges(undefined)).toEqual([]);
  });
});
