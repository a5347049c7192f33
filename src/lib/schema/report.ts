import { z } from "astro/zod";

/** Front matter of a generated report (`content/reports/<id>.md`). */
export const reportMetaSchema = z.object({
  /** `<city>-<year>`, lower-case pinyin, e.g. `zhongwei-2020`. */
  id: z.string().regex(/^[a-z]+-\d{4}$/),
  /** City id in pinyin, e.g. `zhongwei`. */
  city: z.string().regex(/^[a-z]+$/),
  /** City name as the report writes it, e.g. 中卫市. */
  city_zh: z.string(),
  /** Province-level region, e.g. 宁夏回族自治区. */
  province: z.string(),
  /** The year the report plans for (its title year). */
  year: z.number().int(),
  /** Title as published, e.g. 2020年中卫市政府工作报告. */
  title: z.string(),
  /** Date of delivery, ISO `YYYY-MM-DD` (empty when the report gives none). */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  /** The congress session, e.g. 中卫市第四届人民代表大会第四次会议. */
  congress: z.string(),
  /** Name of the speaker, e.g. 李晓波. */
  speaker: z.string(),
  /** Office of the speaker, e.g. 市长. */
  speaker_title: z.string(),
  /** The header lines exactly as published (title, dateline, speaker), for the record. */
  header: z.array(z.string()),
  /** Raw file name under `content/raw/`. */
  source: z.string(),
  /** SHA-256 of the raw file's bytes, hex. */
  source_sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** Metadata of one report. */
export type ReportMeta = z.infer<typeof reportMetaSchema>;
