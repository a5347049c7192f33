import { describe, expect, it } from "vitest";
import { topicListSchema } from "../../../src/lib/schema/topic.ts";
import { topics } from "./support.ts";

describe("content/topics.json", () => {
  it("holds 10 to 12 shared topics with Chinese and English labels and descriptions, and the bucket for framing paragraphs", () => {
    expect(topics.topics.length).toBeGreaterThanOrEqual(10);
    expect(topics.topics.length).toBeLessThanOrEqual(12);
    for (const t of [...topics.topics, topics.other]) {
      expect(t.zh).toMatch(/\p{Script=Han}/u);
      expect(t.en).toMatch(/^[A-Z][A-Za-z ,:'’-]+$/);
      expect(t.description).toMatch(/\p{Script=Han}/u);
      expect(t.description_en).not.toMatch(/\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u);
      expect(t.description_en).toMatch(/^["A-Z].*\.$/);
      expect(t.keywords.length).toBeGreaterThan(0);
    }
    expect(topics.other.id).toBe("other");
  });

  it("covers the topics the comparison promises", () => {
    const ids = topics.topics.map((t) => t.id);
    for (const id of [
      "economy",
      "innovation",
      "ecology",
      "rural",
      "urban",
      "reform",
      "opening",
      "livelihood",
      "culture",
      "governance",
      "risk",
      "government",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("gives each metric category to one topic at most, and rejects unknown categories", () => {
    const cats = topics.topics.flatMap((t) => t.categories);
    expect(new Set(cats).size).toBe(cats.length);
    expect(cats).toEqual(expect.arrayContaining(["economy", "employment", "ecology", "poverty"]));
    const t = topics.topics[0]!;
    expect(
      topicListSchema.safeParse({ topics: [{ ...t, categories: ["weather"] }], other: topics.other }).success,
    ).toBe(false);
  });

  it("rejects a list that uses one id twice, saying which", () => {
    const t = topics.topics[0]!;
    const result = topicListSchema.safeParse({ topics: [t, { ...t, zh: "重复" }], other: topics.other });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(`"${t.id}" is used twice`);
  });

  it("rejects ids that cannot be URL fragments", () => {
    const t = topics.topics[0]!;
    expect(topicListSchema.safeParse({ topics: [{ ...t, id: "经济" }], other: topics.other }).success).toBe(false);
  });
});
