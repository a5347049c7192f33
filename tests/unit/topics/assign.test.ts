import { describe, expect, it } from "vitest";
import { assignTopics } from "../../../src/lib/topics/assign.ts";
import { isBodyParagraph } from "../../../src/lib/topics/body.ts";
import { leadOf, scoreTopic } from "../../../src/lib/topics/score.ts";
import { partsOf } from "../../../src/lib/topics/parts.ts";
import { docOf, reportOf, reports, topics } from "./support.ts";

const ids = new Set([...topics.topics, topics.other].map((t) => t.id));

/** The primary topic of the paragraph of a place's report (its earliest, or `id`) whose text starts with `start`. */
function primaryOf(city: string, start: string, id?: string): string {
  const doc = reportOf(city, id).document;
  const p = doc.paragraphs.find((x) => x.text.startsWith(start));
  if (!p) throw new Error(`no paragraph of ${city} starts with ${start}`);
  return assignTopics(doc, topics).find((a) => a.paragraph === p.id)!.primary;
}

describe("assignTopics on the real reports", () => {
  it.each(reports.map((r) => [r.id, r] as const))(
    "%s: every body paragraph gets exactly one known primary topic, the appendix none",
    (_id, r) => {
      const assignments = assignTopics(r.document, topics);
      const body = r.document.paragraphs.filter(isBodyParagraph);
      expect(assignments.map((a) => a.paragraph)).toEqual(body.map((p) => p.id));
      expect(body.length).toBeGreaterThan(30);
      for (const a of assignments) {
        expect(ids.has(a.primary)).toBe(true);
        expect(a.secondary).not.toContain(a.primary);
        expect(a.secondary).not.toContain(topics.other.id);
        expect(a.secondary.length).toBeLessThanOrEqual(3);
      }
      const glossaryIds = new Set(r.glossary.map((g) => g.paragraph));
      expect(assignments.some((a) => glossaryIds.has(a.paragraph))).toBe(false);
    },
  );

  it("keeps the part of each paragraph, so the review, the five-year outlook and the plan are compared separately", () => {
    const doc = reportOf("zhongwei").document;
    const a = assignTopics(doc, topics);
    expect(new Set(a.map((x) => x.part))).toEqual(new Set([null, "review", "plan"]));
    for (const x of a) expect(x.part).toBe(partsOf(doc).get(x.paragraph));
    // The first year of a five-year plan (2016, 2021) has the five-year outlook as a part of its own.
    for (const r of reports.filter((r) => r.document.meta.year % 5 === 1)) {
      const parts = assignTopics(r.document, topics).map((x) => x.part);
      expect(new Set(parts), r.id).toEqual(new Set([null, "review", "outlook", "plan"]));
    }
  });

  it("puts greetings, thanks and closing words in the other bucket", () => {
    for (const city of ["zhongwei", "shizuishan"]) {
      expect(primaryOf(city, "各位代表：")).toBe("other");
      expect(primaryOf(city, "现在，我代表市人民政府")).toBe("other");
      const doc = reportOf(city).document;
      const thanks = doc.paragraphs.find((p) => p.text.includes("衷心的感谢"))!;
      expect(primaryOf(city, thanks.text.slice(0, 12))).toBe("other");
      const last = doc.paragraphs.filter(isBodyParagraph).at(-1)!;
      expect(primaryOf(city, last.text.slice(0, 12))).toBe("other");
    }
  });

  it("puts the framing words that open a review or a plan (…是极不平凡的一年) in the other bucket", () => {
    for (const r of reports) {
      const openings = r.document.paragraphs.filter((p) => /^[^。]{0,12}是极不平凡|^今年是具有里程碑意义/.test(p.text));
      for (const p of openings) expect(primaryOf(r.id.split("-")[0]!, p.text.slice(0, 16), r.id), `${r.id} ${p.id}`).toBe("other");
    }
  });

  it("follows lead sentences", () => {
    expect(primaryOf("zhongwei", "推动现代农业提质增效")).toBe("rural");
    expect(primaryOf("zhongwei", "推动创新驱动战略落实")).toBe("innovation");
    expect(primaryOf("zhongwei", "坚持优先发展教育")).toBe("livelihood");
    expect(primaryOf("zhongwei", "促进文化繁荣发展")).toBe("culture");
    expect(primaryOf("zhongwei", "完善社会治安防控体系")).toBe("governance");
    expect(primaryOf("zhongwei", "我们将毫不松懈抓廉政")).toBe("government");
    expect(primaryOf("shizuishan", "推进环境问题整治")).toBe("ecology");
    expect(primaryOf("shizuishan", "持续扩大对外交流合作")).toBe("opening");
    expect(primaryOf("shizuishan", "持续提升优化营商环境")).toBe("reform");
  });

  it("follows section headings where paragraphs have no lead (Shizuishan's review)", () => {
    const doc = reportOf("shizuishan").document;
    const a = assignTopics(doc, topics);
    const under = (heading: string) =>
      a.find((x) =>
        doc.paragraphs
          .find((p) => p.id === x.paragraph)!
          .headings.at(-1)
          ?.text.includes(heading),
      )!;
    expect(under("突出生态立市").primary).toBe("ecology");
    expect(under("突出创新驱动").primary).toBe("innovation");
    expect(under("突出民生福祉").primary).toBe("livelihood");
    expect(under("突出转变职能").primary).toBe("government");
  });

  it("assigns the debt paragraph to risk prevention and notes the other topics a long review paragraph speaks to", () => {
    expect(primaryOf("zhongwei", "以化解政府债务风险")).toBe("risk");
    const doc = reportOf("zhongwei").document;
    const p = doc.paragraphs.find((x) => x.text.startsWith("发展环境逐步优化"))!;
    const a = assignTopics(doc, topics).find((x) => x.paragraph === p.id)!;
    expect(a.primary).toBe("reform");
    expect(a.secondary).toContain("innovation");
  });
});

describe("assignTopics on small reports", () => {
  it("lets a lead sentence outweigh keywords of another topic further on", () => {
    const doc = docOf(["一、2019年工作回顾", "稳步发展教育事业。新建学校3所，同时服务工业企业、工业园区和产业项目。"]);
    const [, a] = assignTopics(doc, topics);
    expect(a!.primary).toBe("livelihood");
    expect(a!.scores["economy"]).toBeGreaterThan(0);
  });

  it("sends a paragraph no topic claims to the other bucket, and a tie between a topic and the framing cues too", () => {
    const doc = docOf(["一、2019年工作回顾", "这一年很不平凡。", "成绩来之不易，学校越办越好。"]);
    const a = assignTopics(doc, topics);
    expect(a.map((x) => x.primary)).toEqual(["other", "other", "other"]);
  });

  it("reports secondary topics only when they score well beside the primary", () => {
    const doc = docOf([
      "二、2020年工作安排",
      "推动工业转型升级。工业企业技术改造，产业项目建设，招商引资；加强生态环境保护，治理大气污染，推进黄河生态修复和绿色低碳发展。",
      "推动工业转型升级。工业企业技术改造，产业项目建设，招商引资；加强生态环境保护。",
    ]);
    const [, rich, poor] = assignTopics(doc, topics);
    expect(rich!.primary).toBe("economy");
    expect(rich!.secondary).toEqual(["ecology"]);
    expect(poor!.primary).toBe("economy");
    expect(poor!.secondary).toEqual([]);
  });
});

describe("scoreTopic and leadOf", () => {
  const ecology = topics.topics.find((t) => t.id === "ecology")!;

  it("takes a short first sentence as the lead when the paragraph has none marked", () => {
    expect(leadOf({ text: "着力办好建市60周年庆祝活动。聚焦群众所盼。", lead: null, headings: [] })).toBe(
      "着力办好建市60周年庆祝活动。",
    );
    expect(leadOf({ text: `${"很长的句子".repeat(10)}。后文。`, lead: null, headings: [] })).toBe("");
  });

  it("counts the innermost heading more than the outer ones and caps each keyword", () => {
    const h = (text: string, depth: number) => ({ id: "s-1", depth, text, appendix: false });
    const inner = scoreTopic(
      { text: "无关。", lead: null, headings: [h("一、回顾", 2), h("（四）突出生态立市", 3)] },
      ecology,
    );
    const outer = scoreTopic(
      { text: "无关。", lead: null, headings: [h("（四）突出生态立市", 2), h("1.其他", 3)] },
      ecology,
    );
    expect(inner).toBeGreaterThan(outer);
    expect(outer).toBeGreaterThan(0);
    const capped = scoreTopic({ text: "生态".repeat(10), lead: null, headings: [] }, ecology);
    expect(capped).toBe(3);
  });
});
