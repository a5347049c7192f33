import type { ParagraphInfo } from "../report/document.ts";
import type { Topic } from "../schema/topic.ts";

/** How much each kind of cue counts: a lead sentence or the innermost heading says more than a word in the text. */
export const CUE_WEIGHTS = { lead: 10, innerHeading: 4, outerHeading: 1, keyword: 1, keywordCap: 3 } as const;

/** The part of a paragraph that cues are matched against. */
export type ScoredParagraph = Pick<ParagraphInfo, "text" | "lead" | "headings">;

/** Non-overlapping occurrences of `word` in `text`. */
export function countOccurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** The lead sentence of a paragraph, or its first sentence when that is short enough to act as one. */
export function leadOf(p: ScoredParagraph): string {
  if (p.lead) return p.lead;
  const first = /^[^。！？；]*[。！？；]/.exec(p.text)?.[0] ?? "";
  return first.length <= 25 ? first : "";
}

const hits = (text: string, cues: readonly string[]) => cues.some((c) => text.includes(c));

/** The cue score of one topic for one paragraph: lead and heading cues plus keyword occurrences (each word capped). */
export function scoreTopic(p: ScoredParagraph, topic: Topic): number {
  const w = CUE_WEIGHTS;
  const inner = p.headings.at(-1);
  const outer = p.headings.slice(0, -1);
  let score = 0;
  if (hits(leadOf(p), topic.leads)) score += w.lead;
  if (inner && hits(inner.text, topic.headings)) score += w.innerHeading;
  if (outer.some((h) => hits(h.text, topic.headings))) score += w.outerHeading;
  for (const k of topic.keywords) score += w.keyword * Math.min(w.keywordCap, countOccurrences(p.text, k));
  return score;
}
