import { z } from "astro/zod";
import { placeLevelSchema } from "./place.ts";

/** A stretch of the source kept out of the body (web-page residue, HTML comments): recorded, never lost. */
export const droppedLineSchema = z.object({
  /** 1-based line in the raw file. */
  line: z.number().int().positive(),
  /** The text as it stood there. */
  text: z.string(),
  /** Why it is not body text: `residue` (breadcrumbs, 打印本页 …), `comment` (an HTML comment) or `markup` (an emphasis mark `**` that pairs with none). */
  reason: z.enum(["residue", "comment", "markup"]),
});

/** Front matter of a generated report (`content/reports/<id>.md`). */
export const reportMetaSchema = z.object({
  /** `<place>-<year>`, lower-case pinyin, the plan year: `zhongwei-2020`, `ningxia-2021`. */
  id: z.string().regex(/^[a-z]+-\d{4}$/),
  /** Place id in pinyin, e.g. `zhongwei` (a key of `content/places.json`). */
  place: z.string().regex(/^[a-z]+$/),
  /** Place name, e.g. 中卫市, 宁夏回族自治区. */
  place_zh: z.string(),
  /** Place name in English, e.g. Zhongwei (the pinyin id when the place is not in `places.json`). */
  place_en: z.string(),
  /** Administrative level of the place. */
  level: placeLevelSchema,
  /** Id of the place one level up, e.g. `ningxia`, or null. */
  parent: z.string().nullable(),
  /** Name of the place one level up, e.g. 宁夏回族自治区 (empty when there is none). */
  parent_zh: z.string(),
  /** Where the place's government sits, when `places.json` names it (a province's capital: 银川). */
  seat: z.string().optional(),
  /** The year the report plans for: a 2021 report reviews 2020 and sets 2021 targets. */
  year: z.number().int(),
  /** Title, e.g. 2020年中卫市政府工作报告. */
  title: z.string(),
  /** Date of delivery, ISO `YYYY-MM-DD` (empty when the report gives none). */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  /** The congress session, e.g. 中卫市第四届人民代表大会第四次会议. */
  congress: z.string(),
  /** Name of the speaker, e.g. 李晓波. */
  speaker: z.string(),
  /** Office of the speaker, e.g. 市长, 自治区主席. */
  speaker_title: z.string(),
  /** The header lines exactly as published (title, dateline, speaker), for the record. */
  header: z.array(z.string()),
  /** Raw file name under `content/raw/`. */
  source: z.string(),
  /** SHA-256 of the raw file's bytes, hex. */
  source_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Format of the raw file: plain text as published, or a Markdown corpus file. */
  source_format: z.enum(["txt", "md"]),
  /** The official web page the text was taken from (Markdown front matter `source`), or null. */
  source_url: z.string().nullable(),
  /** The title the source file gives itself (Markdown front matter `title`), or null. */
  source_title: z.string().nullable(),
  /** Where the raw file was obtained (`content/sources.json`), or null when unrecorded. */
  origin: z.string().nullable(),
  /** Path of the file in its origin, or null. */
  origin_path: z.string().nullable(),
  /** Commit of the origin, or null. */
  origin_commit: z.string().nullable(),
  /** Lines of the source kept out of the body, with their line numbers. */
  dropped: z.array(droppedLineSchema),
});

/** Metadata of one report. */
export type ReportMeta = z.infer<typeof reportMetaSchema>;
/** One dropped line. */
export type DroppedLine = z.infer<typeof droppedLineSchema>;
