import { describe, expect, it } from "vitest";
import { assignTopics } from "../../../src/lib/topics/assign.ts";
import { isBodyParagraph } from "../../../src/lib/topics/body.ts";
import { reportTopics } from "../../../src/lib/topics/report-topics.ts";
import { reportOf, reports, topics } from "./support.ts";

describe("reportTopics", () => {
  it("names the report and lists every topic, `other` last, in both languages", () => {
    const doc = reportOf("zhongwei", "zhongwei-2020").document;
    const t = reportTopics(doc, topics);
    expect(t.meta).toEqual({ id: "zhongwei-2020", place_zh: doc.meta.place_zh, place_en: "Zhongwei", year: 2020, title: doc.meta.title });
    expect(t.topics.map((x) => x.id)).toEqual([...topics.topics, topics.other].map((x) => x.id));
    expect(t.topics.map((x) => x.label)).toEqual([...topics.topics, topics.other].map((x) => x.zh));
    expect(t.topics.map((x) => x.label_en)).toEqual([...topics.topics, topics.other].map((x) => x.en));
  });

  it("labels the parts the report has, in reading order, in both languages", () => {
    const t = reportTopics(reportOf("zhongwei", "zhongwei-2020").document, topics);
    expect(t.parts).toEqual([
      { id: "review", label: "2019年工作回顾", label_en: "2019 review" },
      { id: "plan", label: "2020年工作安排", label_en: "2020 plan" },
    ]);
    const next = reportTopics(reportOf("zhongwei", "zhongwei-2021").document, topics);
    expect(next.parts).toEqual([
      { id: "review", label: "2020年工作回顾", label_en: "2020 review" },
      { id: "outlook", label: "“十四五”时期（2021—2025年）", label_en: "14th Five-Year Plan, 2021–2025" },
      { id: "plan", label: "2021年工作安排", label_en: "2021 plan" },
    ]);
  });

  it.each(reports.map((r) => [r.id, r] as const))("%s: every body paragraph once, under its primary topic, in order", (_, r) => {
    const doc = r.document;
    const t = reportTopics(doc, topics);
    const listed = t.topics.flatMap((x) => x.paragraphs);
    expect(listed.map((p) => p.id).sort()).toEqual(doc.paragraphs.filter(isBodyParagraph).map((p) => p.id).sort());
    const primary = new Map(assignTopics(doc, topics).map((a) => [a.paragraph, a]));
    for (const topic of t.topics) {
      expect(topic.paragraphs.map((p) => p.n)).toEqual([...topic.paragraphs.map((p) => p.n)].sort((x, y) => x - y));
      for (const p of topic.paragraphs) {
        const source = doc.paragraphs.find((x) => x.id === p.id)!;
        expect(p).toEqual({ id: source.id, n: source.n, text: source.text, part: primary.get(p.id)!.part });
        expect(primary.get(p.id)!.primary).toBe(topic.id);
      }
    }
  });
});
