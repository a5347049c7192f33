import { describe, expect, it } from "vitest";
import { snippet } from "../../../src/lib/search/snippet.ts";
import { mergeRanges, findAll } from "../../../src/lib/search/match.ts";
import { readState, writeState } from "../../../src/lib/search/url-state.ts";

const TEXT = "一二三四五六七八九十".repeat(20);

describe("snippet", () => {
  it("shows the text around the first match, marked, with ellipsis flags", () => {
    const s = snippet(
      TEXT,
      [
        [100, 102],
        [105, 106],
      ],
      40,
      10,
    );
    expect(s.cutStart).toBe(true);
    expect(s.cutEnd).toBe(true);
    expect(s.parts.map((p) => p.text).join("")).toBe(TEXT.slice(90, 130));
    expect(s.parts.filter((p) => p.mark).map((p) => p.text)).toEqual([TEXT.slice(100, 102), TEXT.slice(105, 106)]);
  });

  it("starts at the beginning for an early match or none, and ends at the end of a short text", () => {
    expect(snippet(TEXT, [[3, 5]], 40, 10).cutStart).toBe(false);
    expect(snippet(TEXT, [], 40).parts).toEqual([{ text: TEXT.slice(0, 40), mark: false }]);
    const short = snippet("养老服务", [[0, 2]]);
    expect(short).toEqual({
      parts: [
        { text: "养老", mark: true },
        { text: "服务", mark: false },
      ],
      cutStart: false,
      cutEnd: false,
    });
  });

  it("keeps a match near the end of the text whole", () => {
    const s = snippet(TEXT, [[195, 200]], 40, 10);
    expect(s.cutEnd).toBe(false);
    expect(s.parts.map((p) => p.text).join("")).toBe(TEXT.slice(160));
  });
});

describe("ranges", () => {
  it("merges overlapping and touching ranges", () => {
    expect(
      mergeRanges([
        [5, 7],
        [0, 2],
        [1, 3],
        [7, 9],
      ]),
    ).toEqual([
      [0, 3],
      [5, 9],
    ]);
  });

  it("finds every occurrence of every form", () => {
    expect(findAll("养老保险和养老服务", ["养老", "服务", ""])).toEqual([
      [0, 2],
      [5, 9],
    ]);
  });
});

describe("URL state", () => {
  const choices = { places: ["zhongwei", "shizuishan", "ningxia"], years: [2020, 2021], parts: ["review", "plan", "outlook"] };

  it("round-trips the query and the filters", () => {
    const state = { q: "养老 医疗", place: "zhongwei", year: 2021, period: "plan" };
    const qs = writeState(state);
    expect(qs).toBe("?q=%E5%85%BB%E8%80%81+%E5%8C%BB%E7%96%97&place=zhongwei&year=2021&part=plan");
    expect(readState(new URLSearchParams(qs), choices)).toEqual(state);
  });

  it("takes parts from the data, a five-year outlook too", () => {
    expect(readState(new URLSearchParams("?q=x&part=outlook"), choices).period).toBe("outlook");
  });

  it("reads the older city parameter as the place", () => {
    expect(readState(new URLSearchParams("?q=x&city=ningxia"), choices).place).toBe("ningxia");
  });

  it("ignores unknown places, years and parts, and writes nothing for an empty state", () => {
    expect(readState(new URLSearchParams("?q=x&place=beijing&year=1999&part=2019"), choices)).toEqual({
      q: "x",
      place: null,
      year: null,
      period: null,
    });
    expect(writeState({ q: "  ", place: null, year: null, period: null })).toBe("");
  });
});
