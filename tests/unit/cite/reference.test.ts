/**
 * Citations of the real reports: for every report, the whole report's and each paragraph's GB/T 7714-2015 and
 * English references have the right fields (issuer, title, type, date, place, speaker, permalink), and parse
 * back to what they were written from; reports without a date or a speaker are cited without them.
 */
import { describe, expect, it } from "vitest";
import { issuerEn, issuerZh, shortPlaceEn } from "../../../src/lib/cite/issuer.ts";
import {
  citation,
  enReference,
  formatEn,
  formatGbt,
  gbtReference,
  paragraphNumber,
  parseEn,
  parseGbt,
  permalinkOf,
  publicationPlace,
  speakerEn,
} from "../../../src/lib/cite/reference.ts";
import { displayTitle } from "../../../src/lib/render/report-meta.ts";
import { places } from "../support/ingest.ts";
import { REPORTS, SITE } from "./reports.ts";

describe("the citation of a paragraph, as the issue's example has it", () => {
  const zhongwei = REPORTS.find((r) => r.doc.meta.id === "zhongwei-2021")!.doc.meta;

  it("GB/T 7714-2015: issuer. title[R]. place: publisher, date: paragraph. URL.", () => {
    expect(citation(zhongwei, SITE, "p-12").gbt).toBe(
      "中卫市人民政府. 2021年中卫市政府工作报告[R]. 中卫: 中卫市人民政府, 2021-01-18: 第12段. https://example.org/reports/zhongwei-2021/#p-12.",
    );
  });

  it("English: government. year. pinyin title [English title]. delivered by whom and when, paragraph. URL.", () => {
    expect(citation(zhongwei, SITE, 12).en).toBe(
      "Zhongwei Municipal People's Government. 2021. 2021 nian Zhongwei Shi zhengfu gongzuo baogao [Zhongwei Government Work Report 2021]. Delivered by Mayor Li Xiaobo, 18 January 2021, paragraph 12. https://example.org/en/reports/zhongwei-2021/#p-12.",
    );
  });

  it("the whole report: no paragraph, the report's page", () => {
    const c = citation(zhongwei, `${SITE}/`);
    expect(c.paragraph).toBeNull();
    expect(c.gbt).toBe("中卫市人民政府. 2021年中卫市政府工作报告[R]. 中卫: 中卫市人民政府, 2021-01-18. https://example.org/reports/zhongwei-2021/.");
    expect(c.en).toMatch(/, 18 January 2021\. https:\/\/example\.org\/en\/reports\/zhongwei-2021\/\.$/);
  });
});

describe("the place of publication (出版地)", () => {
  it("is where the government sits: the seat places.json gives, Beijing for the nation, else the place itself", () => {
    const ningxia = REPORTS.find((r) => r.doc.meta.place === "ningxia")!.doc.meta;
    expect(ningxia.seat).toBe("银川");
    expect(gbtReference(ningxia, SITE, 3).place).toBe("银川");
    expect(citation(ningxia, SITE, 3).gbt).toMatch(/\[R\]\. 银川: 宁夏回族自治区人民政府, \d{4}-\d{2}-\d{2}: 第3段\. /);
    expect(publicationPlace({ place_zh: "国务院", level: "nation" })).toBe("北京");
    expect(publicationPlace({ place_zh: "西藏自治区", level: "province" })).toBe("西藏");
    expect(publicationPlace({ place_zh: "西藏自治区", level: "province", seat: "拉萨" })).toBe("拉萨");
    expect(publicationPlace({ place_zh: "成都市", level: "city" })).toBe("成都");
  });
});

describe.each(REPORTS.map((r) => [r.doc.meta.id, r] as const))("%s", (_id, { doc }) => {
  const meta = doc.meta;
  const title = displayTitle(meta);
  const cites = [null, ...doc.paragraphs.map((p) => p.n)].map((n) => citation(meta, SITE, n));

  it("names the issuing government in Chinese and English, from the place", () => {
    // The project's places (content/places.json: the region and its cities) by hand; a place not in that table
    // by the rules of src/lib/cite/issuer.ts for what its front matter says (the nation, a province, a prefecture).
    const known = places.some((p) => p.id === meta.place);
    const zh = known ? `${meta.place_zh}人民政府` : issuerZh(meta);
    const en = !known ? issuerEn(meta) : meta.level === "province" ? `People's Government of ${meta.place_en}` : `${meta.place_en} Municipal People's Government`;
    for (const c of cites) {
      expect(c.issuer).toBe(zh);
      expect(c.issuer_en).toBe(en);
    }
  });

  it("gives title, type [R], place, date, paragraph and permalink in the GB/T reference", () => {
    for (const c of cites) {
      const g = parseGbt(c.gbt)!;
      expect(g, c.gbt).not.toBeNull();
      expect(c.gbt).toContain(`${title}[R]. `);
      expect(g.issuer).toBe(c.issuer);
      expect(g.publisher).toBe(c.issuer);
      // 出版地: where the government sits: the seat content/places.json gives (the region's capital), Beijing
      // for the nation, else the place's own short name.
      if (meta.seat) expect(g.place).toBe(meta.seat);
      else if (meta.level === "nation") expect(g.place).toBe("北京");
      else expect(meta.place_zh.startsWith(g.place) && g.place.length > 0 && g.place.length < meta.place_zh.length).toBe(true);
      expect(g.date).toBe(meta.date || String(meta.year));
      expect(g.paragraph).toBe(c.paragraph);
      expect(g.url).toBe(c.permalink);
      expect(c.permalink).toBe(`${SITE}/reports/${meta.id}/${c.paragraph === null ? "" : `#p-${c.paragraph}`}`);
    }
  });

  it("gives government, year, title in pinyin and English, speaker, date, paragraph and English permalink in the English reference", () => {
    for (const c of cites) {
      const e = parseEn(c.en)!;
      expect(e, c.en).not.toBeNull();
      expect(c.en).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/u);
      expect(e.issuer).toBe(c.issuer_en);
      expect(e.year).toBe(Number((meta.date || String(meta.year)).slice(0, 4)));
      expect(e.titlePinyin).toBe(c.title_pinyin);
      expect(e.titlePinyin).toMatch(new RegExp(`^${meta.year} nian [A-Z][a-z]+('[a-z]+)*( [A-Z][a-z]+('[a-z]+)*)* zhengfu gongzuo baogao$`));
      expect(e.titleEn).toBe(`${meta.place_en} Government Work Report ${meta.year}`);
      expect(e.speaker).toBe(speakerEn(meta));
      expect(e.date).toBe(meta.date);
      expect(e.paragraph).toBe(c.paragraph);
      expect(e.url).toBe(c.permalink_en);
      expect(c.permalink_en).toBe(c.permalink.replace(`${SITE}/reports/`, `${SITE}/en/reports/`));
    }
  });

  it("round trip: each reference parses into the parts it was written from", () => {
    for (const n of [null, 1, doc.paragraphs.length]) {
      const gbt = gbtReference(meta, SITE, n);
      const en = enReference(meta, SITE, n);
      expect(parseGbt(formatGbt(gbt))).toEqual(gbt);
      expect(parseEn(formatEn(en))).toEqual(en);
    }
  });
});

describe("the speakers of the real reports, in English", () => {
  it("office first, name in pinyin; a report naming none has none", () => {
    const speakers = Object.fromEntries(REPORTS.map((r) => [r.doc.meta.id, speakerEn(r.doc.meta)]));
    expect(speakers).toMatchObject({
      "zhongwei-2021": "Mayor Li Xiaobo",
      "ningxia-2020": "Chairman Xian Hui",
      "shizuishan-2020": "Acting Mayor Zhang Li",
      "yinchuan-2021": "Acting Mayor Zhao Xuhui",
      "wuzhong-2020": "",
    });
  });
});

describe("reports without a date or a speaker", () => {
  const base = REPORTS.find((r) => r.doc.meta.id === "zhongwei-2021")!.doc.meta;
  const noSpeaker = { ...base, speaker: "", speaker_title: "", header: [] };
  const noDate = { ...base, date: "" };
  const neither = { ...noSpeaker, date: "" };

  it("without a speaker: delivered when", () => {
    expect(citation(noSpeaker, SITE, 3).en).toContain("[Zhongwei Government Work Report 2021]. Delivered 18 January 2021, paragraph 3. https://");
  });

  it("without a date: the plan year stands for it, in both styles", () => {
    expect(citation(noDate, SITE, 3).gbt).toBe("中卫市人民政府. 2021年中卫市政府工作报告[R]. 中卫: 中卫市人民政府, 2021: 第3段. https://example.org/reports/zhongwei-2021/#p-3.");
    expect(citation(noDate, SITE, 3).en).toContain(". 2021. 2021 nian Zhongwei Shi zhengfu gongzuo baogao [Zhongwei Government Work Report 2021]. Delivered by Mayor Li Xiaobo, paragraph 3. https://");
  });

  it("without either: only the paragraph, or nothing for the whole report", () => {
    expect(citation(neither, SITE, 3).en).toContain("[Zhongwei Government Work Report 2021]. Paragraph 3. https://");
    expect(citation(neither, SITE).en).toBe(
      "Zhongwei Municipal People's Government. 2021. 2021 nian Zhongwei Shi zhengfu gongzuo baogao [Zhongwei Government Work Report 2021]. https://example.org/en/reports/zhongwei-2021/.",
    );
  });

  it("round trip in every case", () => {
    for (const meta of [noSpeaker, noDate, neither]) {
      for (const n of [null, 7]) {
        expect(parseGbt(formatGbt(gbtReference(meta, SITE, n)))).toEqual(gbtReference(meta, SITE, n));
        expect(parseEn(formatEn(enReference(meta, SITE, n)))).toEqual(enReference(meta, SITE, n));
      }
    }
  });

  it("a title without year or place is cited as the page shows it", () => {
    const c = citation({ ...base, title: "政府工作报告" }, SITE, 1);
    expect(c.title).toBe("2021年中卫市政府工作报告");
  });
});

describe("parsers and helpers", () => {
  it("refuse what is not a reference", () => {
    expect(parseGbt("中卫市人民政府. 2021年中卫市政府工作报告. https://example.org/.")).toBeNull();
    expect(parseEn("Zhongwei. A title. https://example.org/.")).toBeNull();
    expect(parseEn("A. 2021. t [T]. Delivered on a Tuesday. https://example.org/.")).toBeNull();
  });

  it("read paragraph numbers and write permalinks", () => {
    expect(paragraphNumber("p-12")).toBe(12);
    expect(paragraphNumber(3)).toBe(3);
    expect(paragraphNumber(null)).toBeNull();
    expect(() => paragraphNumber("s-1")).toThrow(/not a paragraph/);
    expect(permalinkOf("https://example.org/sub/", "x-2020", 4, "en")).toBe("https://example.org/en/reports/x-2020/#p-4");
  });

  it("name other kinds of issuers from their names and level", () => {
    const place = (place_zh: string, place_en: string, level: "nation" | "province" | "city" | "district") => ({ place_zh, place_en, level });
    const cases = [
      [place("广东省", "Guangdong", "province"), "广东省人民政府", "People's Government of Guangdong Province"],
      [place("北京市", "Beijing", "province"), "北京市人民政府", "Beijing Municipal People's Government"],
      [place("内蒙古自治区", "Inner Mongolia Autonomous Region", "province"), "内蒙古自治区人民政府", "People's Government of Inner Mongolia Autonomous Region"],
      [place("黔西南布依族苗族自治州", "Qianxinan", "city"), "黔西南布依族苗族自治州人民政府", "People's Government of Qianxinan Autonomous Prefecture"],
      [place("阿拉善盟", "Alxa", "city"), "阿拉善盟行政公署", "Administrative Office of Alxa League"],
      [place("中宁县", "Zhongning", "district"), "中宁县人民政府", "Zhongning County People's Government"],
      [place("沙坡头区", "Shapotou District", "district"), "沙坡头区人民政府", "Shapotou District People's Government"],
      [place("青铜峡市", "Qingtongxia", "district"), "青铜峡市人民政府", "Qingtongxia Municipal People's Government"],
      [place("中国", "China", "nation"), "中华人民共和国国务院", "State Council of the People's Republic of China"],
    ] as const;
    for (const [p, zh, en] of cases) {
      expect(issuerZh(p)).toBe(zh);
      expect(issuerEn(p)).toBe(en);
    }
  });
});

describe("shortPlaceEn", () => {
  it("drops the generic part and the peoples of an English place name, for tight titles", () => {
    expect(shortPlaceEn("Ningxia Hui Autonomous Region")).toBe("Ningxia");
    expect(shortPlaceEn("Inner Mongolia Autonomous Region")).toBe("Inner Mongolia");
    expect(shortPlaceEn("Qianxinan Bouyei Miao Autonomous Prefecture")).toBe("Qianxinan");
    expect(shortPlaceEn("Guangdong Province")).toBe("Guangdong");
    expect(shortPlaceEn("Zhongwei")).toBe("Zhongwei");
  });
});
