import { describe, expect, it } from "vitest";
import { congressOf, displayTitle, provenanceOf, speakerOf } from "../../../src/lib/render/report-meta.ts";
import { RAW } from "../support/ingest.ts";
import { ingestFile } from "../support/ingest.ts";

const metas = RAW.map((f) => ingestFile(f).document.meta);
const meta = (id: string) => metas.find((m) => m.id === id)!;

describe("report titles and header fields", () => {
  it("adds the year and the place to a title that names neither, and keeps full titles", () => {
    expect(displayTitle(meta("ningxia-2021"))).toBe("2021年宁夏回族自治区政府工作报告");
    expect(displayTitle(meta("guyuan-2020"))).toBe("2020年固原市政府工作报告");
    expect(displayTitle(meta("zhongwei-2020"))).toBe("2020年中卫市政府工作报告");
    expect(new Set(metas.map(displayTitle)).size).toBe(metas.length);
  });

  it("keeps a title that opens with 关于 whole and puts the year after it", () => {
    const title = "关于甘肃省国民经济和社会发展第十个五年计划纲要的报告";
    expect(displayTitle({ title, year: 2001, place_zh: "甘肃省" })).toBe(`${title}（2001年）`);
    expect(displayTitle({ title: "关于2001年国民经济和社会发展计划的报告", year: 2001, place_zh: "甘肃省" })).toBe("甘肃省关于2001年国民经济和社会发展计划的报告");
  });

  it("finds the speaker in the header lines when the fields are empty", () => {
    expect(speakerOf(meta("zhongwei-2020"))).toBe("市长 李晓波");
    expect(speakerOf(meta("ningxia-2020"))).toBe("自治区主席 咸辉");
    expect(speakerOf({ speaker: "", speaker_title: "", header: ["政府工作报告", "——2020年1月7日在某市会议上"] })).toBe("");
  });

  it("finds the congress over header lines split in two", () => {
    expect(congressOf(meta("guyuan-2020"))).toBe("固原市第四届人民代表大会第四次会议");
  });
});

describe("provenanceOf", () => {
  it("links the origin file at its commit, and the official page", () => {
    const p = provenanceOf(meta("ningxia-2021"));
    expect(p.origin?.name).toBe("lawtext/gov");
    expect(p.origin?.fileHref).toBe(
      `https://github.com/lawtext/gov/blob/060138f7bd3c5da041ab62b28934e094d8bbc0bb/${encodeURIComponent("政府工作报告-省自治区")}/${encodeURIComponent("宁夏回族自治区")}/2021.md`,
    );
    expect(p.official?.href).toMatch(/^https:\/\/www\.nx\.gov\.cn\//);
    expect(p.sha256Short).toBe(p.sha256.slice(0, 12));
    expect(p.download).toBe("/data/reports/ningxia-2021.md");
  });

  it("names an origin that is not a web address without a link", () => {
    const p = provenanceOf(meta("zhongwei-2020"));
    expect(p.origin).toMatchObject({ name: "the project's seed documents", href: null, fileHref: null });
    expect(p.official).toBeNull();
  });
});
