import type { ReportDocument } from "../report/document.ts";
import type { TopicList } from "../schema/topic.ts";
import { assignTopics } from "./assign.ts";
import { partHeading } from "./labels.ts";
import { PARTS, type Part } from "./parts.ts";

/** One paragraph of a report under its primary topic. */
export interface TopicParagraph {
  /** Paragraph id, `p-N`; its permalink is `/reports/<id>/#p-N`. */
  id: string;
  /** Index (1-based) of the paragraph in document order. */
  n: number;
  text: string;
  /** The part of the report, or null for the opening words. */
  part: Part | null;
}

/**
 * A report's paragraphs by topic: what `/compare/topics/<id>.json` serves (one file for both editions, so
 * names and labels come in both languages) and `/reports/<id>/topics/` shows.
 */
export interface ReportTopics {
  meta: { id: string; place_zh: string; place_en: string; year: number; title: string };
  /** The parts of the report, in reading order, with what they are called (`2019年工作回顾`, `2019 review`). */
  parts: { id: Part; label: string; label_en: string }[];
  /** Every topic of the list (the `other` bucket last), in both languages, each with its paragraphs in document order. */
  topics: { id: string; label: string; label_en: string; paragraphs: TopicParagraph[] }[];
}

/** Every body paragraph of a report under its primary topic ({@link assignTopics}), once each, in document order. */
export function reportTopics(doc: Pick<ReportDocument, "meta" | "paragraphs">, list: TopicList): ReportTopics {
  const { id, place_zh, place_en, year, title } = doc.meta;
  const assignments = assignTopics(doc, list);
  const byId = new Map(doc.paragraphs.map((p) => [p.id, p]));
  const present = new Set(assignments.map((a) => a.part));
  return {
    meta: { id, place_zh, place_en, year, title },
    parts: PARTS.filter((p) => present.has(p)).map((p) => ({ id: p, label: partHeading(p, year), label_en: partHeading(p, year, "en") })),
    topics: [...list.topics, list.other].map((t) => ({
      id: t.id,
      label: t.zh,
      label_en: t.en,
      paragraphs: assignments
        .filter((a) => a.primary === t.id)
        .map((a) => {
          const p = byId.get(a.paragraph)!;
          return { id: p.id, n: p.n, text: p.text, part: a.part };
        }),
    })),
  };
}
