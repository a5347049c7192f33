import type { ReportDocument } from "../report/document.ts";
import type { TopicList } from "../schema/topic.ts";
import { isBodyParagraph } from "./body.ts";
import { scoreTopic } from "./score.ts";
import { partsOf, type Part } from "./parts.ts";

/** Where one body paragraph goes in the comparison. */
export interface TopicAssignment {
  /** Paragraph id, `p-N`. */
  paragraph: string;
  /** The part of the report ({@link partsOf}): review, five-year outlook, the year's plan, or null for the opening words. */
  part: Part | null;
  /** Id of the topic the paragraph is shown under (the `other` topic for framing paragraphs). */
  primary: string;
  /** Further topics the paragraph speaks to, best first (never `other`, never the primary). */
  secondary: string[];
  /** Score of every topic, by id, for inspection. */
  scores: Record<string, number>;
}

/** A secondary topic needs at least this score and this share of the primary topic's score. */
export const SECONDARY = { min: 4, share: 0.5, max: 3 } as const;

/**
 * Assign every body paragraph of a report (with the part it belongs to) to one primary topic and up to three secondary ones. The topic
 * with the highest cue score wins (ties go to the earlier topic of the list); the `other` topic is scored
 * the same way from its framing cues and wins paragraphs no topic scores higher, or that no topic scores at all.
 */
export function assignTopics(doc: Pick<ReportDocument, "meta" | "paragraphs">, list: TopicList): TopicAssignment[] {
  const parts = partsOf(doc);
  return doc.paragraphs.filter(isBodyParagraph).map((p) => {
    const scored = list.topics.map((t) => ({ id: t.id, score: scoreTopic(p, t) }));
    const other = scoreTopic(p, list.other);
    const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
    const primary = best.score > 0 && best.score > other ? best.id : list.other.id;
    const top = primary === list.other.id ? other : best.score;
    const secondary = scored
      .filter((s) => s.id !== primary && s.score >= SECONDARY.min && s.score >= SECONDARY.share * top)
      .sort((a, b) => b.score - a.score)
      .slice(0, SECONDARY.max)
      .map((s) => s.id);
    const scores = Object.fromEntries([...scored.map((s) => [s.id, s.score] as const), [list.other.id, other]]);
    return { paragraph: p.id, part: parts.get(p.id) ?? null, primary, secondary, scores };
  });
}
