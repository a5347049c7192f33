/**
 * The UI strings, one dictionary per language, split by area of the site. The Chinese dictionary defines
 * the key set; every other language is typed against it ({@link UiDict}), so a missing or extra key, or a
 * phrase taking other arguments, fails type checking, and `tests/unit/i18n` fails on it at run time.
 * Phrases with numbers or names in them are functions, so each language orders its words itself.
 */
import type { Lang } from "../config.ts";
import zhCite from "./zh/cite.ts";
import zhCommon from "./zh/common.ts";
import zhCompare from "./zh/compare.ts";
import zhGlossary from "./zh/glossary.ts";
import zhHome from "./zh/home.ts";
import zhIndicators from "./zh/indicators.ts";
import zhReader from "./zh/reader.ts";
import zhSearch from "./zh/search.ts";
import zhTracker from "./zh/tracker.ts";
import enCite from "./en/cite.ts";
import enCommon from "./en/common.ts";
import enCompare from "./en/compare.ts";
import enGlossary from "./en/glossary.ts";
import enHome from "./en/home.ts";
import enIndicators from "./en/indicators.ts";
import enReader from "./en/reader.ts";
import enSearch from "./en/search.ts";
import enTracker from "./en/tracker.ts";

const zh = {
  common: zhCommon,
  home: zhHome,
  reader: zhReader,
  compare: zhCompare,
  indicators: zhIndicators,
  tracker: zhTracker,
  glossary: zhGlossary,
  search: zhSearch,
  cite: zhCite,
};

/** A dictionary's shape: the Chinese one's keys, with string literals widened to `string`. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : { [K in keyof T]: Widen<T[K]> };

/** The shape every language's dictionary has. */
export type UiDict = Widen<typeof zh>;

const en: UiDict = {
  common: enCommon,
  home: enHome,
  reader: enReader,
  compare: enCompare,
  indicators: enIndicators,
  tracker: enTracker,
  glossary: enGlossary,
  search: enSearch,
  cite: enCite,
};

/** Every language's dictionary. */
export const dictionaries: Record<Lang, UiDict> = { "zh-CN": zh, en };
