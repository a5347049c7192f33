import { describe, expect, it } from "vitest";
import { termPieces } from "../../../src/lib/search/pieces.ts";
import { piecesWindow } from "../../../src/lib/search/reorder.ts";

describe("termPieces", () => {
  it("splits a Chinese term into its words, joining the single characters the segmenter leaves", () => {
    expect(termPieces("老旧小区改造")).toEqual(["老旧", "小区", "改造"]);
    expect(termPieces("营商环境优化")).toEqual(["营商", "环境", "优化"]);
    expect(termPieces("高质量发展")).toEqual(["高质量", "发展"]);
  });

  it("leaves short, one-word and Latin terms whole", () => {
    expect(termPieces("十四五")).toEqual([]);
    expect(termPieces("乡村")).toEqual([]);
    expect(termPieces("pm2.5 r&d")).toEqual([]);
  });
});

describe("piecesWindow", () => {
  it("finds the closest stretch holding every piece, in any order, within one sentence", () => {
    expect(piecesWindow("改造老旧小区55个", ["老旧", "小区", "改造"], 12)).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
    ]);
    expect(piecesWindow("老旧住宅，小区道路。改造", ["老旧", "小区", "改造"], 12)).toBeNull();
    expect(piecesWindow("改造了一大批城市里的老旧小区", ["老旧", "小区", "改造"], 12)).toBeNull();
    expect(piecesWindow("小区", ["老旧", "小区"], 12)).toBeNull();
  });
});
