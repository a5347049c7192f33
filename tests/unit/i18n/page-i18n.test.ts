import { describe, expect, it } from "vitest";
import { useI18n } from "../../../src/i18n/astro.ts";

describe("useI18n", () => {
  const site = new URL("https://example.org");

  it("gives a page's language, its links and its alternates", () => {
    const zh = useI18n({ currentLocale: "zh-CN", url: new URL("https://example.org/reports/zhongwei-2020/"), site });
    expect(zh.lang).toBe("zh-CN");
    expect(zh.href("/tracker/")).toBe("/tracker/");
    expect(zh.href("/tracker/", "en")).toBe("/en/tracker/");
    expect(zh.alternates.map((a) => a.href)).toEqual([
      "https://example.org/reports/zhongwei-2020/",
      "https://example.org/en/reports/zhongwei-2020/",
    ]);
    const en = useI18n({ currentLocale: "en", url: new URL("https://example.org/en/reports/zhongwei-2020/"), site });
    expect(en.lang).toBe("en");
    expect(en.href("/tracker/")).toBe("/en/tracker/");
    expect(en.alternates).toEqual(zh.alternates);
  });

  it("makes the helpers once per page: every component of a page shares its URL object", () => {
    const url = new URL("https://example.org/en/glossary/");
    const first = useI18n({ currentLocale: "en", url, site });
    expect(useI18n({ currentLocale: "en", url, site })).toBe(first);
    // Another page (another URL object, even of the same address) has its own.
    const other = useI18n({ currentLocale: "en", url: new URL(url), site });
    expect(other).not.toBe(first);
    expect(other.alternates).toEqual(first.alternates);
    expect(other.t).toBe(first.t);
  });
});
