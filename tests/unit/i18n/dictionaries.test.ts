/**
 * The UI dictionaries: one key set for every language (as Starlight checks its translations), phrases
 * that take the same arguments, nothing left empty, and the English one in English. Beside them, the
 * names the English pages take from the data: every place's `name_en`, every indicator's `label_en`.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LOCALES } from "../../../src/i18n/config.ts";
import { dictionaries } from "../../../src/i18n/ui/index.ts";

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u;

/** Every leaf of a dictionary: its dotted key and its value (string, function or list). */
function leaves(obj: unknown, prefix = ""): [string, unknown][] {
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) return [[prefix, obj]];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const kind = (v: unknown) => (typeof v === "function" ? `function/${v.length}` : Array.isArray(v) ? `list/${v.length}` : typeof v);

/** Sample arguments for a phrase: numbers and names of each kind. */
const sample = (fn: (...a: never[]) => unknown) => {
  const args = [2021, 3, 7, 5].slice(0, fn.length);
  try {
    return (fn as (...a: unknown[]) => unknown)(...args);
  } catch {
    return (fn as (...a: unknown[]) => unknown)(...Array.from({ length: fn.length }, () => ["A", "B"]));
  }
};

describe("UI dictionaries", () => {
  const zh = new Map(leaves(dictionaries["zh-CN"]));

  it.each(LOCALES.filter((l) => l !== "zh-CN"))("%s has exactly the Chinese keys, each of the same kind", (lang) => {
    const other = new Map(leaves(dictionaries[lang]));
    expect([...other.keys()].filter((k) => !zh.has(k)), "keys only in this language").toEqual([]);
    expect([...zh.keys()].filter((k) => !other.has(k)), "keys missing in this language").toEqual([]);
    expect([...zh].filter(([k, v]) => kind(v) !== kind(other.get(k))).map(([k]) => k), "keys of another kind").toEqual([]);
  });

  it.each(LOCALES)("%s leaves no string empty", (lang) => {
    const empty = leaves(dictionaries[lang]).filter(([, v]) => v === "" || (Array.isArray(v) && v.some((s) => s === "")));
    expect(empty.map(([k]) => k)).toEqual([]);
  });

  it("the English dictionary is in English (the one exception: the link to the Chinese edition, marked lang=zh-CN)", () => {
    const chinese = leaves(dictionaries.en)
      .filter(([k]) => k !== "common.langSwitch.other")
      .flatMap(([k, v]) => {
        const text = typeof v === "function" ? String(sample(v as (...a: never[]) => unknown)) : Array.isArray(v) ? v.join(" ") : String(v);
        return CJK.test(text) ? [`${k}: ${text}`] : [];
      });
    expect(chinese).toEqual([]);
  });
});

describe("names from the data", () => {
  const read = (f: string) => JSON.parse(readFileSync(join("content", f), "utf8")) as Record<string, unknown>[];

  it("every place has an English name in Latin letters", () => {
    const places = read("places.json");
    expect(places.length).toBeGreaterThan(0);
    expect(places.filter((p) => typeof p.name_en !== "string" || !/^[A-Z][A-Za-z' -]+$/.test(p.name_en)).map((p) => p.id)).toEqual([]);
  });

  it("every indicator has an English label in Latin letters", () => {
    const metrics = read("metrics.json");
    expect(metrics.length).toBeGreaterThan(50);
    expect(metrics.filter((m) => typeof m.label_en !== "string" || m.label_en.trim() === "" || CJK.test(m.label_en)).map((m) => m.id)).toEqual([]);
  });
});

describe("English pages", () => {
  const pagesDir = "src/pages";
  const astroPages = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".astro"))
      .map((f) => relative(pagesDir, join(dir, f)).split("\\").join("/"));

  it("every page has an English twin under src/pages/en/ that renders it (but the not-found page, in both languages at once)", () => {
    const zhPages = astroPages(pagesDir).filter((p) => !p.startsWith("en/") && p !== "404.astro");
    // The not-found page is one page for every address, in both languages (tests/e2e/not-found.test.ts).
    expect(zhPages.length).toBeGreaterThan(5);
    const missing = zhPages.filter((p) => {
      try {
        return !readFileSync(join(pagesDir, "en", p), "utf8").includes(`/${p}"`);
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});

describe("the tracker's lede", () => {
  it("keeps a space between the sentences of several tracked years in English, none in Chinese", () => {
    expect(dictionaries.en.tracker.lede([2020, 2022], 12, 3)).toBe(
      "Targets for 2020, against the results for 2020 given in the 2021 reports. Targets for 2022, against the results for 2022 given in the 2023 reports. 12 targets tracked in 3 places, each with the sentence that sets the target, the sentence that reports the outcome, and the rule applied.",
    );
    expect(dictionaries["zh-CN"].tracker.lede([2020, 2022], 12, 3)).toMatch(/^2020年的目标，对照2021年报告所报的2020年结果。2022年的目标，/);
  });
});

describe("the places a sentence is about", () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => `地${i + 1}`);
  it("names up to six and counts more, naming the first three", () => {
    const { zh, en } = { zh: dictionaries["zh-CN"].common, en: dictionaries.en.common };
    expect(zh.places(names(3))).toBe("地1、地2和地3");
    expect(zh.places(names(6))).toBe("地1、地2、地3、地4、地5和地6");
    expect(zh.places(names(79))).toBe("地1、地2、地3等 79 个地方");
    expect(en.places(["Yinchuan", "Guyuan"])).toBe("Yinchuan and Guyuan");
    expect(en.places(["Ningxia", "Yinchuan", "Shizuishan", "Wuzhong", "Guyuan", "Zhongwei", "Baotou"])).toBe("7 places, among them Ningxia, Yinchuan and Shizuishan");
  });
});
