import { z } from "astro/zod";
import { figureCitationSchema } from "./figure.ts";

/** The statuses a tracked target can get (GUIDE §2b). */
export const trackerStatuses = ["met", "near", "missed", "not_reported", "not_comparable"] as const;

/** A status. */
export type TrackerStatus = (typeof trackerStatuses)[number];

/** The rules the tracker applies, one per way of judging. */
export const trackerRules = ["floor", "floor_approx", "ceiling", "reduction", "no_outcome", "other_basis"] as const;

/** A rule id. */
export type TrackerRule = (typeof trackerRules)[number];

/** One tracked target: a target of report `P-Y` against the outcome for `Y` stated in report `P-(Y+1)`. */
export const trackerRecordSchema = z.object({
  /** Stable id: the target's figure id, e.g. `zhongwei-2020-t-7`. */
  id: z.string(),
  /** Place id, e.g. `zhongwei`. */
  place: z.string(),
  /** Indicator id from `content/metrics.json`. */
  metric: z.string(),
  /** The year the target is for (the target report's plan year). */
  year: z.number().int(),
  /** Report that set the target, e.g. `zhongwei-2020`. */
  target_report: z.string(),
  /** Figure id of the target in `/data/indicators.json`. */
  target_figure: z.string(),
  /** Report that states the outcome, e.g. `zhongwei-2021`. */
  outcome_report: z.string(),
  /** Figure id of the outcome, or null when there is none to judge by. */
  outcome_figure: z.string().nullable(),
  /** `met`, `near`, `missed`, `not_reported` or `not_comparable`. */
  status: z.enum(trackerStatuses),
  /** Which rule decided the status. */
  rule_id: z.enum(trackerRules),
  /** The rule as applied, in one line, with both numbers. */
  rule: z.string(),
});

/** A tracker record as published in `/data/tracker.json`. */
export type TrackerRecord = z.infer<typeof trackerRecordSchema>;

/** The ordered list of a tracker record's own fields (the downloads add both sentences: {@link publishedTrackerFields}). */
export const trackerFields = Object.keys(trackerRecordSchema.shape) as (keyof TrackerRecord)[];

/**
 * A tracker record as the downloads publish it: the record's fields, then both sentences and where they are, so
 * that a row can be checked and quoted without joining `/data/indicators.csv`.
 */
export const publishedTrackerSchema = trackerRecordSchema.extend({
  /** The sentence that sets the target, as the report words it. */
  target_quote: z.string().min(1),
  /** The absolute permalink of the target's paragraph: `https://example.org/reports/zhongwei-2020/#p-30`. */
  target_permalink: figureCitationSchema.shape.permalink,
  /** The sentence that states the outcome, or null when there is none. */
  outcome_quote: z.string().min(1).nullable(),
  /** The absolute permalink of the outcome's paragraph, or null. */
  outcome_permalink: figureCitationSchema.shape.permalink.nullable(),
});

/** A tracker record as published in `/data/tracker.json` and `/data/tracker.csv`. */
export type PublishedTrackerRecord = z.infer<typeof publishedTrackerSchema>;

/** The columns of `/data/tracker.csv` (and the keys of each record of `/data/tracker.json`), in order. */
export const publishedTrackerFields = Object.keys(publishedTrackerSchema.shape) as (keyof PublishedTrackerRecord)[];
