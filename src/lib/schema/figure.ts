import { z } from "astro/zod";

/** One quantified statement of a report: a result of the reviewed year(s) or a target of the coming one(s) (GUIDE §2). */
export const figureSchema = z.object({
  /** Stable id: `<report>-r-<n>` for results, `<report>-t-<n>` for targets, numbered in document order. */
  id: z.string().regex(/^[a-z0-9-]+-[rt]-\d+$/),
  /** Report id, e.g. `zhongwei-2020`. */
  report: z.string(),
  /** City id (pinyin), e.g. `zhongwei`. */
  city: z.string(),
  /** `result`: achieved or estimated figure of the reviewed year(s); `target`: a plan or goal. */
  kind: z.enum(["result", "target"]),
  /** The year the figure is about; for a figure over several years, the last year of `period`. */
  year: z.number().int(),
  /** The year a change is measured against when it is not the year before `year` (`比2015年下降12%` → 2015), else null. */
  base_year: z.number().int().nullable(),
  /**
   * First and last year of a figure over several years (`年均增长`, `累计`, `“十三五”时期`, `五年来`, `到2025年`),
   * null for a figure of one year. Five-year results and aims are never a single year's result or target.
   */
  period: z
    .tuple([z.number().int(), z.number().int()])
    .refine(([first, last]) => first < last, "the first year of a period comes before its last")
    .nullable(),
  /** Indicator id from `content/metrics.json`, or null when the indicator is not in the vocabulary. */
  metric: z.string().nullable(),
  /** The indicator as the text names it, e.g. 地区生产总值增长. */
  label_zh: z.string(),
  /** English label from the vocabulary, null when `metric` is null. */
  label_en: z.string().nullable(),
  /** The figure; an array for a ratio (14:43:43); null for a pure range. */
  value: z.union([z.number(), z.array(z.number()), z.null()]),
  /** Lower bound (range start, 以上 …), or null. */
  min: z.number().nullable(),
  /** Upper bound (range end, 以内 / 控制在 …), or null. */
  max: z.number().nullable(),
  /** Unit as written after the number: `%`, `亿元`, `个百分点`, `:` for ratios … */
  unit: z.string(),
  /** 左右/约 → approx; 以上/超过/突破 → at_least; 以内/控制在/不超过 → at_most. */
  qualifier: z.enum(["approx", "at_least", "at_most"]).nullable(),
  /** The text says 预计 (an estimate). */
  estimate: z.boolean(),
  /** 增长/提高 → up; 下降/减少 → down; null where the text says neither. */
  direction: z.enum(["up", "down"]).nullable(),
  /** The exact clause of the source holding the figure (entities decoded). */
  quote: z.string().min(1),
  /** Element id of the paragraph holding the quote, e.g. `p-12`. */
  paragraph: z.string().regex(/^p-\d+$/),
  /** Permalink: `/reports/<report>/#<paragraph>`. */
  url: z.string(),
});

/** A figure record as published in `/data/indicators.json`. */
export type Figure = z.infer<typeof figureSchema>;

/** The ordered list of a record's own fields (the downloads add the citation's: {@link publishedFigureFields}). */
export const figureFields = Object.keys(figureSchema.shape) as (keyof Figure)[];

/**
 * What `/data/indicators.json` and `/data/indicators.csv` add to each record to cite it: its report's issuer,
 * title and date of delivery, and its paragraph's absolute permalink (src/lib/cite/).
 */
export const figureCitationSchema = z.object({
  /** The issuing government: `中卫市人民政府`. */
  issuer: z.string().min(1),
  /** The report's title: `2021年中卫市政府工作报告`. */
  title: z.string().min(1),
  /** The report's date of delivery, ISO `YYYY-MM-DD`, empty when the report gives none. */
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  /** The paragraph's absolute permalink: `https://example.org/reports/zhongwei-2021/#p-12`. */
  permalink: z.string().regex(/^https?:\/\/[^\s#]+\/reports\/[a-z]+-\d{4}\/#p-\d+$/),
});

/** The citation fields of a record. */
export type FigureCitation = z.infer<typeof figureCitationSchema>;

/** A figure record as the downloads publish it: the record's fields, then its citation's. */
export const publishedFigureSchema = figureSchema.extend(figureCitationSchema.shape);

/** A published figure record. */
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;

/** The ordered list of columns of `/data/indicators.csv` (and of the keys of each record of the JSON). */
export const publishedFigureFields = Object.keys(publishedFigureSchema.shape) as (keyof PublishedFigure)[];

/**
 * A figure record as the generated collection stores it (`content/indicators/<id>.json`): the public
 * record plus `span`, the UTF-16 offsets [start, end) in the paragraph's plain text of the figure as
 * written (`6.5%—7%`, `14:43:43`, `853万人次`), so the reader can mark it up. Exports drop `span`.
 */
export const storedFigureSchema = figureSchema.extend({
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
});

/** A stored figure record. */
export type StoredFigure = z.infer<typeof storedFigureSchema>;

/** A report's figure file, `content/indicators/<id>.json`, as the ingest writes it. */
export const figureFileSchema = z.object({ report: z.string(), figures: z.array(storedFigureSchema) });

/** A report's figure file. */
export type FigureFile = z.infer<typeof figureFileSchema>;

/** What the `indicators` collection keeps of a figure file: its report and how many records it holds. */
export const figureFileSummarySchema = z.object({ report: z.string(), count: z.number().int().nonnegative() });
