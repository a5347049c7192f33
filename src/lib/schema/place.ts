import { z } from "astro/zod";

/** Administrative level of a place: the nation, a province-level region, a prefecture-level city, a county or district. */
export const placeLevelSchema = z.enum(["nation", "province", "city", "district"]);

/** One hand-kept place (`content/places.json`). */
export const placeSchema = z.object({
  /** Lower-case pinyin, the first part of a report id: `zhongwei`, `ningxia`. */
  id: z.string().regex(/^[a-z]+$/),
  /** Official Chinese name: 中卫市, 宁夏回族自治区. */
  name_zh: z.string().min(1),
  /** English name: Zhongwei, Ningxia Hui Autonomous Region. */
  name_en: z.string().min(1),
  /** `province` for 省/自治区/直辖市 (Ningxia is a province-level autonomous region), `city` for 地级市/州/盟. */
  level: placeLevelSchema,
  /** Id of the place one level up (zhongwei → ningxia); null for the top. */
  parent: z.string().nullable(),
  /**
   * Where its government sits, when that is not the place itself: a province's capital (宁夏回族自治区 → 银川).
   * The place of publication (出版地) of its reports' GB/T 7714 references.
   */
  seat: z.string().min(1).optional(),
});

/** The places file: every place the reports belong to. */
export const placesFileSchema = z.array(placeSchema);

/** A place. */
export type Place = z.infer<typeof placeSchema>;
/** A place's level. */
export type PlaceLevel = z.infer<typeof placeLevelSchema>;
