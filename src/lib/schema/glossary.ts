import { z } from "astro/zod";

/** One entry of a report's appendix of policy slogans (附：有关情况说明). */
export const glossaryEntrySchema = z.object({
  /** ASCII id used as the `/glossary/#<id>` anchor, e.g. `zhongwei-2020-g1`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The term without its quotation marks, e.g. 三大攻坚战. */
  term: z.string().min(1),
  /** The term as the appendix writes it, e.g. “三大攻坚战”. */
  term_display: z.string().min(1),
  /** The definition text. */
  definition: z.string().min(1),
  /** Report id whose appendix defines it. */
  report: z.string(),
  /**
   * The place whose reports share the report's slogans ({@link familyOf}: its parent, the region of a city, else the
   * place itself): another region's appendix defines local programmes as often as national slogans.
   */
  family: z.string().optional(),
  /** The entry's number in that appendix. */
  number: z.number().int(),
  /** Paragraph id of the entry in the reader (`p-N`). */
  paragraph: z.string(),
});

/** A glossary entry. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** The place whose reports share a report's slogans: its parent (the region of a city), else the place itself. */
export const familyOf = (meta: { place: string; parent?: string | null }): string => meta.parent || meta.place;
