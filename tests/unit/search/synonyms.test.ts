import { describe, expect, it } from "vitest";
import { foldText } from "../../../src/lib/search/normalize.ts";
import { parseSynonymTable } from "../../../src/lib/search/synonyms-schema.ts";
import { corpus, synonymTable } from "./corpus.ts";

describe("content/synonyms.json", () => {
  it("is a valid table", () => {
    expect(Object.keys(synonymTable).length).toBeGreaterThan(10);
  });

  it("points every entry at wording the reports actually use", () => {
    const text = corpus.docs.map((d) => `${d.foldedTitle}\n${d.foldedText}`).join("\n");
    const dead = Object.entries(synonymTable).filter(([, also]) => !also.some((w) => text.includes(foldText(w))));
    expect(dead).toEqual([]);
  });
});

describe("parseSynonymTable", () => {
  it("names the entry to fix", () => {
    expect(() => parseSynonymTable({ GDP: ["地区生产总值"], gdp: ["生产总值"] })).toThrow(
      /"gdp" is the same word as "GDP"/,
    );
    expect(() => parseSynonymTable({ 看病: ["医疗", "看病"] })).toThrow(/lists itself/);
    expect(() => parseSynonymTable({ 看病: ["医疗", "医疗"] })).toThrow(/listed twice/);
    expect(() => parseSynonymTable({ 看病: [] })).toThrow(/content\/synonyms\.json/);
    expect(() => parseSynonymTable(["GDP"])).toThrow();
  });
});
