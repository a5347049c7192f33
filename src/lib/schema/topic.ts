import { z } from "astro/zod";
import { metricCategories } from "./metric.ts";

/** One topic of the comparison with the cues that assign paragraphs to it (`content/topics.json`). */
export const topicSchema = z.object({
  /** ASCII id, used as the `/compare/#topic-<id>` anchor, e.g. `ecology`. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Chinese label, e.g. 生态环境保护. */
  zh: z.string().min(1),
  /** English label, e.g. Ecology and environment. */
  en: z.string().min(1),
  /** One sentence saying what the topic covers, shown under its heading. */
  description: z.string().min(1),
  /** The same sentence in English, for the English edition. */
  description_en: z.string().min(1),
  /** Substrings of section headings that point to the topic (the innermost heading counts most). */
  headings: z.array(z.string().min(1)).default([]),
  /** Substrings of a paragraph's lead sentence that point to the topic. */
  leads: z.array(z.string().min(1)).default([]),
  /** Metric categories (`content/metrics.json`) whose figures belong to the topic. */
  categories: z.array(z.enum(metricCategories)).default([]),
  /** Words counted in the paragraph text, each occurrence one point. */
  keywords: z.array(z.string().min(1)).min(1),
});

/** A topic with its cues. */
export type Topic = z.infer<typeof topicSchema>;

/** The hand-kept topic list: the shared topics in display order, and the bucket for framing paragraphs. */
export const topicListSchema = z
  .object({
    /** The shared topics, in the order the comparison shows them. */
    topics: z.array(topicSchema).min(1),
    /** Greetings, overall requirements, thanks and closing words: paragraphs no topic claims land here. */
    other: topicSchema,
    /**
     * The pair `/compare/` opens on, as two report ids (an editorial choice: the site's original two reports).
     * Left out, naming a report the site does not have, or two reports that make no pair, the page opens on a pair
     * of the data (`defaultPair` in src/lib/topics/pairs.ts).
     */
    default_pair: z.tuple([z.string().min(1), z.string().min(1)]).optional(),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const [i, t] of [...list.topics, list.other].entries()) {
      if (seen.has(t.id))
        ctx.addIssue({
          code: "custom",
          message: `topic id "${t.id}" is used twice: give each topic its own id`,
          path: ["topics", i, "id"],
        });
      seen.add(t.id);
    }
  });

/** The topic list. */
export type TopicList = z.infer<typeof topicListSchema>;
