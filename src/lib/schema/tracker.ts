import { z } from "astro/zod";

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

/** The columns of `/data/tracker.csv`, in order. */
export const trackerFields = Object.keys(trackerRecordSchema.shape) as (keyof TrackerRecord)[];
