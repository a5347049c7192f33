import { z } from "astro/zod";

/** Unit families: which written units (`%`, `万亩`, `亿元` …) a metric's figures may carry. */
export const unitFamilies = [
  "percent",
  "points",
  "yuan",
  "people",
  "person_times",
  "households",
  "count",
  "area",
  "length",
  "weight",
  "power",
  "days",
  "ratio",
  "multiple",
  "dollars",
  "volume",
  "permille",
  "months",
  "years",
  "concentration",
] as const;

/** A unit family. */
export type UnitFamily = (typeof unitFamilies)[number];

/** Categories the charts and the `/indicators/` filters group metrics by. */
export const metricCategories = [
  "economy",
  "industry",
  "agriculture",
  "tourism",
  "investment",
  "consumption",
  "trade",
  "fiscal",
  "innovation",
  "income",
  "employment",
  "poverty",
  "ecology",
  "urban_rural",
  "social",
  "governance",
] as const;

/** A metric category. */
export type MetricCategory = (typeof metricCategories)[number];

/** One indicator of the hand-kept vocabulary (`content/metrics.json`). */
export const metricSchema = z
  .object({
    /** Stable snake_case id, shared by every report, kind and city: `gdp_growth`. */
    id: z.string().regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, "must be snake_case ASCII, e.g. gdp_growth"),
    /**
     * Chinese names and variants the reports use; a figure whose label contains one maps here (longest wins). A name
     * written `^经济增长` must open the label (after place and time words such as 全市, 今年): 数字经济增长 is no GDP; one
     * written `脱贫$` must end it (贫困人口全部脱贫): 脱贫人口务工规模 counts no one lifted out of poverty; one written
     * `^出口$` is the whole label (出口, not 出口交货值).
     */
    names: z.array(z.string().min(1)).min(1, "list at least one Chinese name"),
    /** Short Chinese label for display, e.g. 地区生产总值增速. */
    label_zh: z.string().min(1),
    /** English label, e.g. "GDP growth". */
    label_en: z.string().min(1),
    /** The unit family of its figures; a figure of another family never maps here. */
    unit: z.enum(unitFamilies),
    /** `change`: a rate of change (增长 6%, 下降 19.6%, 持平); `level`: the value itself (达 89%, 853万人次). */
    measure: z.enum(["change", "level"]),
    /**
     * Which direction is good: `up` (more income), `down` (less PM2.5, fewer days to register a firm), or null when
     * neither is (`人口自然增长率`): the tracker then judges only a ceiling the text sets (`控制在6‰以内`).
     */
    better: z.enum(["up", "down"]).nullable(),
    /** Group used by the charts and filters. */
    category: z.enum(metricCategories),
    /**
     * Verbs one of which the figure's quote must write before its number, when the indicator counts things made
     * (`新建`, `建成`, `改扩建` … for kindergartens built): a count of things reclaimed (`回收`), brought in (`引进`) or
     * certified (`认定`) is none of them.
     */
    verbs: z.array(z.string().min(1)).optional(),
    /**
     * The indicator counts what there is (高新技术企业 in all), beside one of the same names that counts what a year adds
     * (新增高新技术企业): it takes only a level reached (`达到135家`, `总数突破700家`, `累计2177家`), never a count added.
     */
    stock: z.literal(true).optional(),
    /** Ids of the same question on another basis (surveyed vs registered unemployment): never an outcome of this one. */
    related: z.array(z.string()).optional(),
  })
  .strict();

/** A metric of the vocabulary. */
export type Metric = z.infer<typeof metricSchema>;

/** The whole vocabulary file: an array of metrics with unique ids; `related` names ids of the file. */
export const metricsFileSchema = z.array(metricSchema).superRefine((metrics, ctx) => {
  const seen = new Set<string>();
  metrics.forEach((m, i) => {
    if (seen.has(m.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate id “${m.id}”` });
    seen.add(m.id);
  });
  metrics.forEach((m, i) => {
    for (const r of m.related ?? []) {
      if (!seen.has(r)) ctx.addIssue({ code: "custom", path: [i, "related"], message: `“${r}” is not an id of the vocabulary` });
    }
  });
});

/** Index a vocabulary by id, for looking up a figure's `metric`. */
export function metricLookup(metrics: readonly Metric[]): (id: string | null) => Metric | undefined {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  return (id) => (id === null ? undefined : byId.get(id));
}
