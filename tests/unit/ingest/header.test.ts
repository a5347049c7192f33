import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_DEV, RAW, ingestFile, ingestText, places, root, sources } from "../support/ingest.ts";
import { ingestReport } from "../../../src/lib/ingest.ts";
import { IngestError } from "../../../src/lib/errors.ts";
import { extractText } from "../figures/helpers.ts";

/** [file, title, date, year, congress, speaker_title, speaker]: read off each report's first lines by hand. */
const HEADERS: [string, string, string, number, string, string, string][] = [
  ["content/raw/guyuan-2020.md", "2020年固原市政府工作报告", "2020-01-07", 2020, "固原市第四届人民代表大会第四次会议", "固原市市长", "马汉成"],
  ["content/raw/guyuan-2021.md", "2021年固原市政府工作报告", "2021-01-16", 2021, "固原市第四届人民代表大会第五次会议", "固原市市长", "马汉成"],
  ["content/raw/ningxia-2020.md", "2020年宁夏回族自治区政府工作报告", "2020-01-11", 2020, "宁夏回族自治区第十二届人民代表大会第三次会议", "自治区主席", "咸辉"],
  ["content/raw/ningxia-2021.md", "2021年宁夏回族自治区政府工作报告", "2021-01-29", 2021, "宁夏回族自治区第十二届人民代表大会第四次会议", "自治区主席", "咸辉"],
  ["content/raw/shizuishan-2020.txt", "2020年石嘴山市政府工作报告", "2020-01-05", 2020, "石嘴山市第十四届人民代表大会第五次会议", "市人民政府代市长", "张利"],
  ["content/raw/shizuishan-2021.md", "2021年石嘴山市政府工作报告", "2021-01-20", 2021, "石嘴山市第十四届人民代表大会第六次会议", "市人民政府市长", "张利"],
  ["content/raw/wuzhong-2020.md", "2020年吴忠市政府工作报告", "2020-01-07", 2020, "吴忠市第五届人民代表大会第五次会议", "", ""],
  ["content/raw/wuzhong-2021.md", "2021年吴忠市政府工作报告", "2021-01-25", 2021, "吴忠市第五届人民代表大会第六次会议", "市长", "喜清江"],
  ["content/raw/yinchuan-2020.md", "2020年银川市政府工作报告", "2020-01-06", 2020, "银川市第十五届人民代表大会第四次会议", "银川市人民政府市长", "杨玉经"],
  ["content/raw/yinchuan-2021.md", "2021年银川市政府工作报告", "2021-03-02", 2021, "银川市第十五届人民代表大会第五次会议", "银川市人民政府代市长", "赵旭辉"],
  ["content/raw/zhongwei-2020.txt", "2020年中卫市政府工作报告", "2020-01-06", 2020, "中卫市第四届人民代表大会第四次会议", "市长", "李晓波"],
  ["content/raw/zhongwei-2021.md", "2021年中卫市政府工作报告", "2021-01-18", 2021, "中卫市第四届人民代表大会第五次会议", "市长", "李晓波"],
  ["tests/fixtures/corpus-dev/beijing-2023.md", "2023年北京市政府工作报告", "2023-01-15", 2023, "北京市第十六届人民代表大会第一次会议", "北京市代市长", "殷勇"],
  ["tests/fixtures/corpus-dev/chengdu-2020.md", "2020年成都市政府工作报告", "2020-05-14", 2020, "成都市第十七届人民代表大会第三次会议", "成都市人民政府市长", "罗强"],
  ["tests/fixtures/corpus-dev/dongguan-2023.md", "2023年东莞市政府工作报告", "2023-02-09", 2023, "东莞市第十七届人民代表大会第三次会议", "东莞市人民政府市长", "吕成蹊"],
  ["tests/fixtures/corpus-dev/guizhou-2019.md", "2019年贵州省政府工作报告", "2019-01-27", 2019, "贵州省第十三届人民代表大会第二次会议", "省长", "谌贻琴"],
  ["tests/fixtures/corpus-dev/guowuyuan-2021.md", "2021年国务院政府工作报告", "2021-03-05", 2021, "第十三届全国人民代表大会第四次会议", "国务院总理", "李克强"],
  ["tests/fixtures/corpus-dev/hebei-2016.md", "2016年河北省政府工作报告", "2016-01-08", 2016, "河北省第十二届人民代表大会第四次会议", "河北省人民政府省长", "张庆伟"],
  ["tests/fixtures/corpus-dev/jingdezhen-2022.md", "2022年景德镇市政府工作报告", "2022-01-23", 2022, "市十六届人大二次会议", "市长", "胡雪梅"],
  ["tests/fixtures/corpus-dev/luzhou-2022.md", "2022年泸州市政府工作报告", "2022-01-05", 2022, "泸州市第九届人民代表大会第一次会议", "泸州市人民政府市长", "余先河"],
  ["tests/fixtures/corpus-dev/nanchang-2017.md", "2017年南昌市政府工作报告", "2017-02-07", 2017, "南昌市第十五届人民代表大会第二次会议", "市人民政府市长", ""],
  ["tests/fixtures/corpus-dev/neimenggu-2023.md", "2023年内蒙古自治区政府工作报告", "", 2023, "", "", ""],
  ["tests/fixtures/corpus-dev/qianxinan-2020.md", "2020年黔西南州政府工作报告", "2020-01-22", 2020, "州八届人大五次会议", "州人民政府州长", "杨永英"],
  ["tests/fixtures/corpus-dev/shanghai-2016.md", "2016年上海市政府工作报告", "", 2016, "上海市第十四届人民代表大会第四次会议", "上海市市长", "杨雄"],
  ["tests/fixtures/corpus-dev/taiyuan-2019.md", "2019年太原市政府工作报告", "2019-02-24", 2019, "太原市第十四届人民代表大会第四次会议", "代市长", "李晓波"],
  ["tests/fixtures/corpus-dev/tianjin-2018.md", "2018年天津市政府工作报告", "2018-01-24", 2018, "天津市第十七届人民代表大会第一次会议", "天津市代市长", "张国清"],
  ["tests/fixtures/corpus-dev/wuhan-2018.md", "2018年武汉市政府工作报告", "2018-01-10", 2018, "武汉市第十四届人民代表大会第二次会议", "市长", "万勇"],
  ["tests/fixtures/corpus-dev/wuxi-2017.md", "2017年无锡市政府工作报告", "2017-02-14", 2017, "无锡市第十六届人民代表大会第一次会议", "市长", "汪泉"],
  ["tests/fixtures/corpus-dev/xiamen-2020.md", "2020年厦门市政府工作报告", "2020-01-06", 2020, "厦门市第十五届人民代表大会第五次会议", "厦门市人民政府市长", "庄稼汉"],
  ["tests/fixtures/corpus-dev/xian-2018.md", "2018年西安市政府工作报告", "2018-02-03", 2018, "西安市第十六届人民代表大会第三次会议", "西安市市长", "上官吉庆"],
  ["tests/fixtures/corpus-dev/xingtai-2024.md", "2024年邢台市政府工作报告", "2024-01-28", 2024, "邢台市第十六届人民代表大会第五次会议", "邢台市人民政府市长", "宋华英"],
  ["tests/fixtures/corpus-dev/xizang-2021.md", "2021年西藏自治区政府工作报告", "2021-01-20", 2021, "西藏自治区第十一届人民代表大会第四次会议", "西藏自治区主席", "齐扎拉"],
];

describe("header of every real report", () => {
  it("covers all of content/raw and tests/fixtures/corpus-dev", () => {
    expect(HEADERS.map((h) => h[0]).sort()).toEqual([...RAW, ...CORPUS_DEV].sort());
  });

  it.each(HEADERS)("%s: title, date, year, congress, speaker", (path, title, date, year, congress, speaker_title, speaker) => {
    const r = ingestFile(path);
    expect(r.document.meta).toMatchObject({ title, date, year, congress, speaker_title, speaker });
    // The body opens at the salutation: no header line is read as body text, nor the other way round.
    expect(r.document.paragraphs[0]!.text).toMatch(/^各位代表[：:]$/);
  });

  it("keeps the header lines as published, the repeated dateline of the region's reports included", () => {
    expect(ingestFile("content/raw/ningxia-2021.md").document.meta.header).toEqual([
      "——2021年1月29日在宁夏回族自治区第十二届人民代表大会第四次会议上",
      "政府工作报告",
      "——2021年1月29日在宁夏回族自治区第十二届人民代表大会第四次会议上",
      "自治区主席 咸辉",
    ]);
    expect(ingestFile("tests/fixtures/corpus-dev/beijing-2023.md").document.meta.header[0]).toBe("原标题：政府工作报告——");
    expect(ingestFile("tests/fixtures/corpus-dev/neimenggu-2023.md").document.meta.header).toEqual([]);
  });

  it("keeps no stray star beside a bold title line (Harbin 2005, Tianjin 2018: ***政府工作报告**), and records it as dropped", () => {
    const text = ["***政府工作报告**", "2005年2月19日在哈尔滨市第十二届人大第三次会议上", "", "市长　石忠信", "", "各位代表：", "", "现在，我代表市人民政府向大会作工作报告，请予审议。"].join("\n");
    const r = ingestText("haerbin-2005.md", text);
    expect(r.document.meta.header).toEqual(["政府工作报告", "2005年2月19日在哈尔滨市第十二届人大第三次会议上", "市长　石忠信"]);
    expect(r.document.meta.dropped).toEqual([{ line: 1, text: "*", reason: "markup" }]);
    // The same star after the bold title.
    const after = ingestText("haerbin-2005.md", text.replace("***政府工作报告**", "**政府工作报告***"));
    expect(after.document.meta.header[0]).toBe("政府工作报告");
    expect(after.document.meta.dropped).toEqual([{ line: 1, text: "*", reason: "markup" }]);
  });

  it("warns, with the line, when a header part is missing, and never refuses the report", () => {
    const nm = ingestFile("tests/fixtures/corpus-dev/neimenggu-2023.md");
    expect(nm.warnings).toContainEqual(expect.objectContaining({ line: 6, message: expect.stringMatching(/no dateline/) }));
    expect(nm.warnings).toContainEqual(expect.objectContaining({ line: 6, message: expect.stringMatching(/no title line/) }));
    const nc = ingestFile("tests/fixtures/corpus-dev/nanchang-2017.md");
    expect(nc.warnings).toContainEqual(expect.objectContaining({ line: 8, message: expect.stringMatching(/office .* but no person/) }));
  });
});

describe("header shapes, hand-made", () => {
  it("reads the session from the dateline, not from the cover notice that prints the report (关于印发…《政府工作报告》的通知)", () => {
    // Xi'an 2025: the city government's notice, quoted above the report.
    const text = [
      "> **西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知**",
      "> ",
      "> 各区、县人民政府，市人民政府各工作部门、各直属机构：",
      "> ",
      "> 叶牛平市长在市十七届人大六次会议上所作的《政府工作报告》已经大会审议通过，现印发给你们，请认真抓好落实，确保各项目标任务圆满完成。",
      "",
      "---",
      "",
      "**政府工作报告**",
      "——2025年3月25日在西安市第十七届人民代表大会第六次会议上",
      "",
      "西安市市长 叶牛平",
      "",
      "各位代表：",
      "",
      "现在，我代表西安市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。",
    ].join("\n");
    const r = ingestText("xian-2025.md", text);
    expect(r.document.meta).toMatchObject({
      title: "2025年西安市政府工作报告",
      place_zh: "西安市",
      congress: "西安市第十七届人民代表大会第六次会议",
      speaker: "叶牛平",
      date: "2025-03-25",
    });
  });

  it("reads the session of a web page's headline that names the speaker, name before title, before its 在 (龚正市长在上海市…会议的政府工作报告)", () => {
    // Shanghai 2026, as its web page gives it: the page's headline first, the year in brackets after it.
    const text = [
      "龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告（２０２６年）",
      "政府工作报告",
      "——２０２６年２月３日在上海市第十六届人民代表大会第四次会议上",
      "上海市市长 龚正",
      "　　各位代表：",
      "　　现在，我代表上海市人民政府，向大会报告工作，请予审议。请各位政协委员和其他列席人员提出意见。",
    ].join("\n");
    const r = ingestText("shanghai-2026.txt", text);
    expect(r.document.meta).toMatchObject({
      title: "2026年上海市政府工作报告",
      place_zh: "上海市",
      congress: "上海市第十六届人民代表大会第四次会议",
      speaker: "龚正",
      date: "2026-02-03",
    });
  });

  it("reads the session off a source's title that names it and the report alone, with no 在 (厦门市第十一届人民代表大会第三次会议政府工作报告)", () => {
    // Xiamen 2000: the header a speaker and a bracketed date, the session named only by the page's title.
    const text = [
      "---",
      "source: https://www.xm.gov.cn/szf/szfgzbg/201903/t20190306_2229622.htm",
      "title: 厦门市第十一届人民代表大会第三次会议政府工作报告",
      "---",
      "",
      "**厦门市市长 洪永世**",
      "",
      "**（2000年2月16日）**",
      "",
      "各位代表：",
      "",
      "我代表市人民政府向大会作政府工作报告，请予审议。并请市政协委员和其他列席人员提出意见。",
    ].join("\n");
    const r = ingestText("xiamen-2000.md", text);
    expect(r.document.meta).toMatchObject({
      place_zh: "厦门市",
      congress: "厦门市第十一届人民代表大会第三次会议",
      speaker: "洪永世",
      date: "2000-02-16",
    });
  });

  it("reads a line that says who delivered the report (市长马汉成作政府工作报告) as no title, keeps it in the header, and warns with its line", () => {
    // Guyuan 2016: the caption of the news page before the dateline.
    const text = [
      "---",
      "title: 示例市政府工作报告 （2016年1月19日 马某某）",
      "---",
      "",
      "市长马某某作政府工作报告",
      "",
      "——2016年1月19日在示例市第三届人民代表大会第四次会议上",
      "",
      "示例市市长 马某某",
      "",
      "各位代表：",
      "",
      "现在，我代表市人民政府向大会报告工作，请予审议。",
    ].join("\n");
    const r = ingestText("shili-2016.md", text);
    expect(r.document.meta).toMatchObject({ title: "2016年示例市政府工作报告", place_zh: "示例市", speaker: "马某某", date: "2016-01-19" });
    expect(r.document.meta.header[0]).toBe("市长马某某作政府工作报告");
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 5, message: expect.stringMatching(/tells who delivered the report/) }));
    // A title is still a title: a place whose name holds 作 (焦作市).
    expect(ingestText("jiaozuo-2016.md", text.replace("市长马某某作政府工作报告", "2016年焦作市政府工作报告")).document.meta.title).toBe("2016年焦作市政府工作报告");
  });

  it("reads session, date and speaker off a photo caption above the salutation when no header line says them (Henan 2020)", () => {
    const text = [
      "---",
      "source: https://www.henan.gov.cn/2020/01-17/1281952.html",
      "title: 政府工作报告",
      "---",
      "",
      "<!-- 1月10日上午，尹弘在河南省第十三届人民代表大会第三次会议上作政府工作报告。（记者 杜小伟 摄） -->",
      "",
      "各位代表：",
      "",
      "现在，我代表省人民政府，向大会报告工作，请予审议，并请各位政协委员和其他列席人士提出意见。",
      "",
      "**一、2019年工作回顾**",
    ].join("\n");
    const r = ingestText("henan-2020.md", text);
    expect(r.document.meta).toMatchObject({
      title: "2020年河南省政府工作报告",
      place_zh: "河南省",
      level: "province",
      date: "2020-01-10",
      congress: "河南省第十三届人民代表大会第三次会议",
      speaker: "尹弘",
      speaker_title: "",
    });
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 6, message: expect.stringMatching(/read off the photo caption/) }));
    // A caption that names no session says nothing of the header; a dateline, when there is one, comes first.
    const plain = ingestText("henan-2020.md", text.replace(/<!-- .* -->/, "<!-- 会场全景。（记者 杜小伟 摄） -->"));
    expect(plain.document.meta).toMatchObject({ date: "", congress: "", speaker: "" });
    const dated = ingestText("henan-2020.md", text.replace("各位代表：", "——2020年1月9日在河南省第十三届人民代表大会第三次会议上\n\n各位代表："));
    expect(dated.document.meta).toMatchObject({ date: "2020-01-09", speaker: "" });
  });

  it("reads the place off the congress where the title names the prefecture's city of the same name (Dali 2014 as a plain copy)", () => {
    const text = [
      "大理市政府工作报告",
      "——2014年2月18日在大理白族自治州第十三届人民代表大会第二次会议上",
      "州长 何华",
      "各位代表:",
      "现在，我代表州人民政府向大会报告工作，请予审议，并请州政协各位委员提出意见。",
      "一、 2013年工作回顾",
      "2013 年是本届政府的开局之年。",
    ].join("\n");
    const r = ingestText("dali-2014.txt", text);
    expect(r.document.meta).toMatchObject({ title: "大理市政府工作报告", place_zh: "大理白族自治州", speaker_title: "州长", date: "2014-02-18" });
    // A city's report to its own congress keeps the title's city, and so does one whose office the title's level names.
    const city = ingestText("dali-2014.txt", text.replace("大理白族自治州第十三届", "大理市第十三届").replace("州长 何华", "市长 何华").replace("州人民政府", "市人民政府"));
    expect(city.document.meta.place_zh).toBe("大理市");
  });

  it("reads date and speaker off the source's title that gives them in brackets, with no dateline (Ningxia 2012)", () => {
    const text = [
      "---",
      "title: 宁夏回族自治区政府工作报告（2012年1月11日 王正伟）",
      "---",
      "",
      "<!-- 宁夏回族自治区主席王正伟作政府工作报告 -->",
      "",
      "各位代表：",
      "",
      "现在，我代表自治区人民政府，向大会作政府工作报告，请予审议，并请自治区政协委员和其他列席人员提出意见。",
      "",
      "**一、2011年工作回顾** 过去的一年，在党中央、国务院和自治区党委的坚强领导下，全区上下深入贯彻科学发展观。",
    ].join("\n");
    const r = ingestText("ningxia-2012.md", text);
    expect(r.document.meta).toMatchObject({ year: 2012, date: "2012-01-11", congress: "", speaker: "王正伟" });
    expect(r.warnings).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/read off the source's title; the congress is unknown/) }));
  });

  it("reads them off a caption that opens the session and names the speaker in the next sentence (Ningxia 2025)", () => {
    const text = [
      "---",
      "source: https://www.nx.gov.cn/zwxx_11337/nxyw/202501/t20250126_4807319.html",
      "title: 2025年宁夏回族自治区政府工作报告",
      "---",
      "",
      "<!-- 1月19日，宁夏回族自治区第十三届人民代表大会第三次会议在银川开幕。自治区人民政府主席张雨浦作政府工作报告。宁夏日报记者 王鼎 摄 -->",
      "",
      "各位代表：",
      "",
      "现在，我代表自治区人民政府向大会报告工作，请予审议。请各位政协委员和其他列席人员提出宝贵意见。",
      "",
      "**一、2024年工作回顾**",
    ].join("\n");
    expect(ingestText("ningxia-2025.md", text).document.meta).toMatchObject({
      date: "2025-01-19",
      congress: "宁夏回族自治区第十三届人民代表大会第三次会议",
      speaker: "张雨浦",
      speaker_title: "自治区人民政府主席",
    });
  });

  it("reads them off the same caption in a plain-text copy, a line of its own with its photo credit (Ningxia 2025)", () => {
    const text = [
      "２０２５年宁夏回族自治区政府工作报告",
      "　　１月１９日，宁夏回族自治区第十三届人民代表大会第三次会议在银川开幕。自治区人民政府主席张雨浦作政府工作报告。宁夏日报记者 王鼎 摄",
      "　　各位代表：",
      "　　现在，我代表自治区人民政府向大会报告工作，请予审议。请各位政协委员和其他列席人员提出宝贵意见。",
      "　　一、２０２４年工作回顾",
    ].join("\n");
    const r = ingestText("ningxia-2025.txt", text);
    expect(r.document.meta).toMatchObject({
      date: "2025-01-19",
      congress: "宁夏回族自治区第十三届人民代表大会第三次会议",
      speaker: "张雨浦",
      speaker_title: "自治区人民政府主席",
    });
    expect(r.document.paragraphs.map((p) => p.text).join("")).not.toContain("王鼎");
  });

  it("reads session and date off the source's own title when that is the dateline (Lhasa 2025, delivered in December)", () => {
    const text = [
      "---",
      "source: https://www.lasa.gov.cn/lasa/zfgzbg/202501/0cf2c3d04f8443289da9c33bfdf899f9.shtml",
      "title: 2024年12月29日在拉萨市第十二届人民代表大会第五次会议上的政府工作报告",
      "---",
      "",
      "拉萨市市长 王强",
      "",
      "各位代表：",
      "",
      "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和列席人员提出意见。",
      "",
      "2024年工作回顾",
    ].join("\n");
    const r = ingestText("lasa-2025.md", text);
    expect(r.document.meta).toMatchObject({ year: 2025, date: "2024-12-29", congress: "拉萨市第十二届人民代表大会第五次会议", speaker: "王强" });
    expect(r.warnings).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/read off the source's title/) }));
    // A source title that is only a title says nothing of date or session.
    const plain = ingestText("lasa-2025.md", text.replace(/^title: .*$/m, "title: 2025年拉萨市政府工作报告"));
    expect(plain.document.meta).toMatchObject({ date: "", congress: "" });
  });

  it("reads date, congress and place off a title line that opens with its date, in a plain copy (Lasa 2021: 2021年1月12日在拉萨市…会议上的政府工作报告)", () => {
    const lines = (title: string) =>
      [
        "当前位置：首页 > 政务公开 > 政府工作报告",
        title,
        "各位代表：",
        "现在，我代表市人民政府向大会报告工作，请连同《拉萨市国民经济和社会发展第十四个五年规划和二Ο三五年远景目标纲要（草案）》一并审议，并请政协委员和其他列席人员提出意见。",
        "一、“十三五”工作回顾",
      ].join("\n");
    const r = ingestText("lasa-2021.txt", lines("2021年1月12日在拉萨市第十一届人民代表大会第六次会议上的政府工作报告"));
    expect(r.document.meta).toMatchObject({ year: 2021, date: "2021-01-12", congress: "拉萨市第十一届人民代表大会第六次会议", place_zh: "拉萨市" });
    expect(r.warnings).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/read off the title$/) }));
    // Delivered in December, it plans for the year after: the title's year is the date's, not the plan year.
    const december = ingestText("lasa-2025.txt", lines("2024年12月29日在拉萨市第十二届人民代表大会第五次会议上的政府工作报告"));
    expect(december.document.meta).toMatchObject({ year: 2025, date: "2024-12-29", place_zh: "拉萨市" });
  });

  it("warns when the dateline names the session but gives no date (Henan 2001: ——河南省第九届人民代表大会第四次会议)", () => {
    const text = ["---", "title: 政府工作报告", "---", "", "——河南省第九届人民代表大会第四次会议", "", "省长 李克强", "", "各位代表:", "", "现在，我代表省人民政府，向大会作政府工作报告，请予审议。"].join("\n");
    const r = ingestText("henan-2001.md", text);
    expect(r.document.meta).toMatchObject({ date: "", congress: "河南省第九届人民代表大会第四次会议", speaker_title: "省长", speaker: "李克强", place_zh: "河南省" });
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 5, message: expect.stringMatching(/gives no date/) }));
  });

  it("reads the speaker off the office it knows, not off a slogan of two halves above it (Xiamen 2006: 做强做大 更快更好 / 厦门市市长 张昌平)", () => {
    const head = ["厦门市第十二届人民代表大会第四次会议政府工作报告", "做强做大 更快更好", "为推进新一轮跨越式发展而努力奋斗", "――2006年2月15日在厦门市第十二届人民代表大会第四次会议上"];
    const body = ["各位代表：", "现在，我代表市人民政府向大会作政府工作报告，请予审议，并请市政协委员和各位列席人员提出意见。"];
    const r = ingestText("xiamen-2006.txt", [...head, "厦门市市长 张昌平", ...body].join("\n"));
    expect(r.document.meta).toMatchObject({ date: "2006-02-15", speaker_title: "厦门市市长", speaker: "张昌平" });
  });

  it("reads the speaker's name set after the date inside its parentheses (Jilin 2005: （2005年1月25日 王珉）)", () => {
    const text = ["---", "title: 吉林省2005年政府工作报告", "---", "", "（2005年1月25日 王珉）", "", "各位代表：", "", "现在，我代表吉林省人民政府，向大会作政府工作报告，请予审议。"].join("\n");
    const r = ingestText("jilin-2005.md", text);
    expect(r.document.meta).toMatchObject({ date: "2005-01-25", speaker: "王珉", speaker_title: "" });
    expect(r.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
    // A date alone stays a date; words after it that are no name are no speaker.
    expect(ingestText("jilin-2005.md", text.replace(" 王珉", "")).document.meta.speaker).toBe("");
    expect(ingestText("jilin-2005.md", text.replace(" 王珉", " 会议通过")).document.meta.speaker).toBe("");
  });

  it("reads the speaker's name after a date in full-width digits inside its parentheses (Yunnan 2006 in full-width digits: 　　（２００６年１月１６日 徐荣凯）)", () => {
    const text = ["云南省2006年政府工作报告", "　　（２００６年１月１６日 徐荣凯）", "　　各位代表：", "　　我代表省人民政府，向大会作政府工作报告，请予审议。"].join("\n");
    const r = ingestText("yunnan-2006.txt", text);
    expect(r.document.meta).toMatchObject({ date: "2006-01-16", speaker: "徐荣凯", speaker_title: "" });
    expect(r.document.meta.header).toContain("（２００６年１月１６日 徐荣凯）");
    expect(r.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
  });

  it("reads the speaker's name set right after the date, no space, when the two fill the parentheses (Jilin 2003: （2003年1月10日洪虎）)", () => {
    const text = ["---", "title: 吉林省2003年政府工作报告", "---", "", "（2003年1月10日洪虎）", "", "各位代表，吉林省第九届人民政府任期已满。现在，我代表省九届人民政府，向吉林省第十届人民代表大会第一次会议报告政府工作，请予审议，并请省政协各位委员提出意见。", "", "**一、过去五年的经济社会发展**", "", "正文。"].join("\n");
    const r = ingestText("jilin-2003.md", text);
    expect(r.document.meta).toMatchObject({ date: "2003-01-10", speaker: "洪虎", speaker_title: "" });
    expect(r.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
    // A time of the day or a verb of the document after the date is no name.
    expect(ingestText("jilin-2003.md", text.replace("日洪虎", "日上午")).document.meta.speaker).toBe("");
    expect(ingestText("jilin-2003.md", text.replace("日洪虎", "日通过")).document.meta.speaker).toBe("");
  });

  it("reads the session the opening sentence makes the report to when the dateline names none (Jilin 2003: 向吉林省第十届人民代表大会第一次会议报告政府工作)", () => {
    const text = ["---", "title: 吉林省2003年政府工作报告", "---", "", "（2003年1月10日洪虎）", "", "各位代表，吉林省第九届人民政府任期已满。现在，我代表省九届人民政府，向吉林省第十届人民代表大会第一次会议报告政府工作，请予审议，并请省政协各位委员提出意见。", "", "**一、过去五年的经济社会发展**", "", "正文。"].join("\n");
    const r = ingestText("jilin-2003.md", text);
    expect(r.document.meta).toMatchObject({ congress: "吉林省第十届人民代表大会第一次会议", place_zh: "吉林省" });
    expect(r.warnings.map((w) => w.message)).not.toContain("the dateline names no congress session (…在…会议上)");
    // The usual opening, to the congress unnamed, names none.
    const plain = ingestText("jilin-2005.md", ["---", "title: 吉林省2005年政府工作报告", "---", "", "（2005年1月25日 王珉）", "", "各位代表：", "", "现在，我代表吉林省人民政府，向大会作政府工作报告，请予审议。"].join("\n"));
    expect(plain.document.meta.congress).toBe("");
  });

  it("reads a speaker line whose space a copy turned into a question mark (Hanzhong 2023: 汉中市人民政府市长 ?张烨)", () => {
    const text = ["---", "title: 汉中市政府工作报告（2023年2月22日 张烨）", "---", "", "——2023年2月22日在汉中市第六届人民代表大会第三次会议上", "", "汉中市人民政府市长 ?张烨", "", "各位代表：", "", "现在，我代表市人民政府向大会报告工作，请予审议。"].join("\n");
    const r = ingestText("hanzhong-2023.md", text);
    expect(r.document.meta).toMatchObject({ speaker: "张烨", speaker_title: "汉中市人民政府市长" });
    expect(r.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
  });

  it("reads the speaker of a dateline that ends on 讲话 without it (Fuzhou 2006: （…会议上 代市长郑松岩讲话）)", () => {
    const text = ["---", "title: 政府工作报告（2006年）", "---", "", "**政府工作报告**", "（2006年1月14日在福州市第十二届人民代表大会第四次会议上 代市长郑松岩讲话）", "", "各位代表：", "", "现在，我代表市人民政府向大会作政府工作报告，请各位代表审议。"].join("\n");
    const r = ingestText("fuzhou-2006.md", text);
    expect(r.document.meta).toMatchObject({ date: "2006-01-14", congress: "福州市第十二届人民代表大会第四次会议", speaker: "郑松岩", speaker_title: "代市长" });
    expect(ingestText("fuzhou-2006.md", text.replace("郑松岩讲话", "郑松岩的讲话")).document.meta.speaker).toBe("郑松岩");
  });

  it("reads a two-digit year, a session adopted (通过) with an unmatched ）, and a speaker fused with the salutation", () => {
    const r = ingestFile("tests/fixtures/reports/speaker-2019.txt");
    expect(r.document.meta).toMatchObject({
      title: "2019年示例区政府工作报告",
      date: "2019-01-20",
      congress: "示例区第三届人民代表大会第四次会议",
      speaker_title: "区长",
      speaker: "孙某某",
    });
    expect(r.document.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(["各位代表：", "现在，我代表区人民政府向大会报告工作，请予审议。"]);
  });

  it("writes a title line's full-width digits as ASCII (Fujian 2012 as a web page copy: ２０１２年福建省人民政府工作报告)", () => {
    const text = [
      "２０１２年福建省人民政府工作报告",
      "政府工作报告",
      "——二〇一二年一月十二日在福建省第十一届人民代表大会第六次会议上",
      "　　各位代表：",
      "　　现在，我代表福建省人民政府向大会作政府工作报告，请予审议，并请省政协各位委员和其他列席的同志提出意见。",
    ].join("\n");
    const r = ingestText("fujian-2012.txt", text);
    expect(r.document.meta).toMatchObject({ title: "2012年福建省人民政府工作报告", year: 2012, date: "2012-01-12" });
  });

  it("reads a date without a year (the file's year, with a warning), spaces and full-width digits, office and name on two lines", () => {
    const r = ingestFile("tests/fixtures/reports/yearless-2018.txt");
    expect(r.document.meta).toMatchObject({
      title: "2018年示例县政府工作报告",
      date: "2018-01-20",
      year: 2018,
      congress: "示例县十八届人大三次会议",
      speaker_title: "县人民政府县长",
      speaker: "王某",
    });
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 2, message: expect.stringMatching(/gives no year/) }));
  });

  it("reads 〇 written as a Latin O, a date alone in parentheses before the session line, and a name with no office", () => {
    const r = ingestFile("tests/fixtures/reports/omicron-2018.txt");
    expect(r.document.meta).toMatchObject({ date: "2018-02-06", year: 2018, congress: "示例市第十四届人民代表大会第二次会议", speaker: "赵某某", speaker_title: "" });
    expect(r.document.meta.title).toBe("2018年示例市政府工作报告");
  });

  it("reads the speaker before the date, a title in book-title marks and an acting governor", () => {
    const r = ingestFile("tests/fixtures/reports/speakerfirst-2016.txt");
    expect(r.document.meta).toMatchObject({
      title: "2016年示例省政府工作报告",
      date: "2016-01-08",
      congress: "示例省第十二届人民代表大会第四次会议",
      speaker_title: "示例省人民政府代省长",
      speaker: "钱某",
    });
  });

  it("reads a Markdown header whose title and dateline share a paragraph, after web-page residue", () => {
    const r = ingestFile("tests/fixtures/reports/markdown-2021.md");
    expect(r.document.meta).toMatchObject({
      title: "2021年示范市政府工作报告",
      date: "2021-01-12",
      congress: "示范市第十届人民代表大会第五次会议",
      speaker_title: "示范市代市长",
      speaker: "郑某某",
      header: ["政府工作报告", "——2021 年 1 月 12 日在示范市第十届人民代表大会第五次会议上", "示范市代市长 郑某某"],
    });
  });

  it("reads a speaker with the date in parentheses after the name, 于 for 在, a dateline without a day, 各位人大代表", () => {
    const a = ingestText("jia-2020.txt", "2020年甲市政府工作报告\n市长 李某某（2020年1月6日）\n于甲市第三届人民代表大会第四次会议上\n各位代表：\n正文。\n");
    expect(a.document.meta).toMatchObject({ date: "2020-01-06", congress: "甲市第三届人民代表大会第四次会议", speaker_title: "市长", speaker: "李某某" });
    const b = ingestText("yi-2021.txt", "政府工作报告\n——2021年1月在乙省第十三届人民代表大会第五次会议上\n省长　王某\n各位人大代表：\n正文。\n");
    expect(b.document.meta).toMatchObject({ title: "2021年乙省政府工作报告", date: "", year: 2021, congress: "乙省第十三届人民代表大会第五次会议", speaker: "王某" });
    expect(b.document.paragraphs[0]!.text).toBe("各位人大代表：");
  });

  it("takes a salutation that addresses others beside the deputies (Honghe 2016: 各位代表、各位同志：) for the end of the header", () => {
    const text = [
      "——2016年1月14日在丁州第十一届人民代表大会第四次会议上",
      "州长某某",
      "各位代表、各位同志：",
      "现在，我代表州人民政府，向大会报告政府工作。",
      "一、2015年工作回顾",
      "预计全年完成生产总值1222亿元，增长10%。",
      "各位代表，“十二五”期间我州取得的成绩来之不易。",
      "二、2016年工作安排",
      "全州生产总值增长10%。",
    ].join("\n");
    const r = ingestText("ding-2016.txt", `${text}\n`);
    expect(r.document.meta.header).toEqual(["——2016年1月14日在丁州第十一届人民代表大会第四次会议上", "州长某某"]);
    expect(r.document.paragraphs[0]!.text).toBe("各位代表、各位同志：");
    expect(r.document.paragraphs.map((p) => p.text)).toContain("预计全年完成生产总值1222亿元，增长10%。");
    const b = ingestText("ding-2016.txt", `${text.replace("各位代表、各位同志：", "各位代表，各位委员：")}\n`);
    expect(b.document.paragraphs[0]!.text).toBe("各位代表，各位委员：");
    expect(b.document.meta.header).toHaveLength(2);
  });

  it("takes 位代表： for the salutation whose first character a copy lost (Xining 2016 lost it in 位代表，五年来…)", () => {
    const r = ingestText("xining-2016.txt", "政府工作报告\n——2016年2月25日在西宁市第十五届人民代表大会第八次会议上\n市长 张晓容\n位代表：\n在，我代表市人民政府，向大会报告政府工作。\n");
    expect(r.document.meta).toMatchObject({ date: "2016-02-25", speaker: "张晓容", header: ["政府工作报告", "——2016年2月25日在西宁市第十五届人民代表大会第八次会议上", "市长 张晓容"] });
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(["位代表：", "在，我代表市人民政府，向大会报告政府工作。"]);
    expect(r.warnings.some((w) => /no salutation/.test(w.message))).toBe(false);
  });

  it("starts the body at an opening sentence that names the report when there is no salutation (Kunming 2007: 我代表市人民政府，向大会作政府工作报告，…。)", () => {
    const r = ingestText(
      "ding-2007.md",
      "——2007年2月6日在丁市第十二届人民代表大会第二次会议上\n\n市长 某某\n\n我代表市人民政府，向大会作政府工作报告，请予审议，并请市政协委员提出意见。\n\n一、2006年工作回顾\n\n正文。\n",
    );
    expect(r.document.meta).toMatchObject({ date: "2007-02-06", speaker: "某某", header: ["——2007年2月6日在丁市第十二届人民代表大会第二次会议上", "市长 某某"] });
    expect(r.document.paragraphs[0]!.text).toBe("我代表市人民政府，向大会作政府工作报告，请予审议，并请市政协委员提出意见。");
  });

  it.each([
    ["2021年政府工作报告", "2021年丁市政府工作报告"],
    ["二〇二一年政府工作报告", "2021年丁市政府工作报告"],
    ["《政府工作报告》", "2021年丁市政府工作报告"],
    ["丁市政府工作报告（2021年）", "丁市政府工作报告（2021年）"],
    ["2021年丁市人民政府工作报告", "2021年丁市人民政府工作报告"],
  ])("completes the title “%s” only when it names no place: %s", (line, title) => {
    const r = ingestText("ding-2021.txt", `${line}\n——2021年1月8日在丁市第五届人民代表大会第三次会议上\n市长 某某\n各位代表：\n一、2020年工作回顾\n正文。\n`);
    expect(r.document.meta).toMatchObject({ title, year: 2021, place_zh: "丁市" });
  });

  it("reads a title with the site's bare year in brackets after it as the title, its dateline as the header's (Lanzhou 2009 as a web page gives it: 兰州市人民政府工作报告（2009）)", () => {
    const text = [
      "您现在的位置：首页 > 政务公开 > 政府工作报告",
      "兰州市人民政府工作报告（2009）",
      "【字体：大 中 小】",
      "——2009年2月16日在兰州市第十四届人民代表大会第四次会议",
      "甘肃省政协副主席  兰州市市长  张津梁",
      "各位代表：",
      "一、2008年政府工作回顾",
      "去年全市实现生产总值846.28亿元，比上年增长11.51%。",
    ].join("\n");
    const r = ingestText("lanzhou-2009.txt", text);
    expect(r.document.meta).toMatchObject({ title: "兰州市人民政府工作报告（2009）", year: 2009, date: "2009-02-16", place_zh: "兰州市", speaker: "张津梁" });
    expect(r.warnings.filter((w) => /no title line/.test(w.message))).toEqual([]);
  });

  it("leaves the year out of the place a title names after it (Shenyang 2013: 沈阳市2013年政府工作报告)", () => {
    const r = ingestText("ding-2013.txt", "丁市2013年政府工作报告\n——2013年1月6日在丁市第十五届人民代表大会第一次会议上\n丁市人民政府市长某某\n各位代表：\n一、2012年工作回顾\n正文。\n");
    expect(r.document.meta).toMatchObject({ title: "丁市2013年政府工作报告", year: 2013, place_zh: "丁市" });
  });

  it("reads the session of a dateline that a half-bolded title runs on before (Shaanxi 2019: *政府工作报告2019年1月27日在…会议上)", () => {
    const r = ingestText("wu-2019.txt", "戊省2019年政府工作报告\n*政府工作报告2019年1月27日在戊省第十三届人民代表大会第二次会议上\n戊省省长  某某\n各位代表：\n一、2018年工作回顾\n正文。\n");
    expect(r.document.meta).toMatchObject({ date: "2019-01-27", congress: "戊省第十三届人民代表大会第二次会议", place_zh: "戊省", speaker: "某某" });
  });

  it("reads the speaker inside the parentheses after a title (Jilin 2019), and the place from a shortened session (Harbin 2006)", () => {
    const a = ingestText("wu-2019.txt", "政府工作报告（2019年1月26日在戊省第十三届人民代表大会第二次会议上 省长 景某某）\n各位代表：\n一、2018年工作回顾\n正文。\n");
    expect(a.document.meta).toMatchObject({ title: "2019年戊省政府工作报告", date: "2019-01-26", congress: "戊省第十三届人民代表大会第二次会议", speaker_title: "省长", speaker: "景某某" });
    expect(a.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
    const b = ingestText("ji-2006.txt", "政府工作报告\n——2006年2月24日己市十二届人大四次会议通过\n市长　石某某\n各位代表：\n一、2005年工作回顾\n正文。\n");
    expect(b.document.meta).toMatchObject({ title: "2006年己市政府工作报告", place_zh: "己市", congress: "己市十二届人大四次会议" });
    // A session that names no place (`市十六届人大二次会议`) gives none.
    const c = ingestText("geng-2022.txt", "政府工作报告\n——2022年1月5日在市十六届人大二次会议上\n市长　某某\n各位代表：\n一、2021年工作回顾\n正文。\n");
    expect(c.document.meta.place_zh).toBe("geng");
  });


  it("reads the session after the date on a dateline that repeats the title before it, under a title line of its own (plain text of Fuzhou 2024, Harbin 2008)", () => {
    const a = ingestText("gui-2024.txt", "政府工作报告（2024年）\n政府工作报告（2024年1月13日在癸市第十六届人民代表大会第三次会议上）\n各位代表:\n一、2023年工作回顾\n正文。\n");
    expect(a.document.meta).toMatchObject({ title: "政府工作报告（2024年）", date: "2024-01-13", place_zh: "癸市", congress: "癸市第十六届人民代表大会第三次会议" });
    const b = ingestText("ren-2008.txt", "2008年政府工作报告\n*政府工作报告2007年12月12日在壬市第十三届人民代表大会第二次会议上\n市长 某某\n各位代表：\n一、2007年工作回顾\n正文。\n");
    expect(b.document.meta).toMatchObject({ title: "2008年壬市政府工作报告", year: 2008, place_zh: "壬市", congress: "壬市第十三届人民代表大会第二次会议" });
  });

  it("reads the speaker inside the parentheses of a title line repeated under a headline of its own (plain text of Jilin 2026)", () => {
    const r = ingestText("zi-2026.txt", "政府工作报告\n政府工作报告（2026年1月27日在子省第十四届人民代表大会第五次会议上 省长  胡某某）\n各位代表：\n一、工作回顾\n正文。\n");
    expect(r.document.meta).toMatchObject({ date: "2026-01-27", congress: "子省第十四届人民代表大会第五次会议", speaker_title: "省长", speaker: "胡某某" });
    expect(r.document.meta.header).toEqual(["政府工作报告", "政府工作报告（2026年1月27日在子省第十四届人民代表大会第五次会议上 省长  胡某某）"]);
    expect(r.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
  });

  it("reads a bare name set off by a space after the date in the parentheses of a title line (plain text of Changchun 2012: 长春政府工作报告 （2011年12月26日 崔杰）)", () => {
    const r = ingestText("chou-2012.txt", "丑市政府工作报告 （2011年12月26日 崔某某）\n各位代表：\n一、2011年工作回顾\n正文。\n");
    expect(r.document.meta).toMatchObject({ date: "2011-12-26", speaker: "崔某某", speaker_title: "" });
    expect(r.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
    // Not a name run on to the date without a space.
    expect(ingestText("chou-2012.txt", "丑市政府工作报告 （2011年12月26日崔某某）\n各位代表：\n一、2011年工作回顾\n正文。\n").document.meta.speaker).toBe("");
  });

  it("reads the place of a title that sets the year after it (合肥市2015年政府工作报告, a plain text's first line)", () => {
    const r = ingestText("xin-2015.txt", "辛市2015年政府工作报告\n政府工作报告\n——2015年1月20日在辛市\n第十五届人民代表大会第三次会议上\n各位代表：\n一、2014年工作回顾\n正文。\n");
    expect(r.document.meta).toMatchObject({ title: "辛市2015年政府工作报告", place_zh: "辛市", congress: "辛市第十五届人民代表大会第三次会议" });
  });
  it("reads a dateline a copy broke between the month and the day as one (Wuhan 2006: 2006年1月 / 6日在武汉市…会议上)", () => {
    const text = "2006年1月\n\n6日在武汉市第十一届人民代表大会第四次会议上\n\n市长 李宪生\n\n各位代表：\n\n一、“十五”工作回顾\n\n正文。\n";
    expect(ingestText("wuhan-2006.md", text).document.meta).toMatchObject({ date: "2006-01-06", congress: "武汉市第十一届人民代表大会第四次会议", place_zh: "武汉市", speaker: "李宪生" });
  });
  it("reads a dateline broken between the month and the day in full-width digits as one (Wuhan 2006: ２００６年１月 / ６日在武汉市…会议上)", () => {
    const text = "武汉市２００６年政府工作报告\n　　２００６年１月\n　　６日在武汉市第十一届人民代表大会第四次会议上\n　　市长 李宪生\n　　各位代表：\n　　一、“十五”工作回顾\n　　正文。\n";
    expect(ingestText("wuhan-2006.txt", text).document.meta).toMatchObject({ date: "2006-01-06", congress: "武汉市第十一届人民代表大会第四次会议", speaker: "李宪生" });
  });
  it("reads the session off the dateline, not off the label of the session's documents above it (Dongguan 2003: 市十二届人大六次会议文件（一）)", () => {
    const text = "市十二届人大六次会议文件（一）\n\n政府工作报告\n\n——2003年2月25日在东莞市第十二届人民代表大会第六次会议上\n\n东莞市人民政府市长  黎桂康\n\n各位代表：\n\n一、2002年工作回顾\n\n正文。\n";
    expect(ingestText("dongguan-2003.md", text).document.meta).toMatchObject({ date: "2003-02-25", congress: "东莞市第十二届人民代表大会第六次会议", speaker: "黎桂康" });
  });
  it("completes a place the title names without its level as the text writes it (长春政府工作报告, Changchun 2012 as a web page gives it)", () => {
    const title = "丑春政府工作报告 （2011年12月26日 崔某某）\n各位代表：\n现在，我代表市人民政府向大会作工作报告，请予审议。\n一、2011年工作回顾\n";
    const r = ingestText("chouchun-2012.txt", `${title}预计全市地区生产总值完成4040亿元。丑春市的发展，丑春市人民的期待。\n`);
    // The title stays as the source gives it.
    expect(r.document.meta).toMatchObject({ title: "丑春政府工作报告", place_zh: "丑春市", speaker: "崔某某" });
    // A text that never writes the full name: the level of the government the opening speaks for.
    expect(ingestText("chouchun-2012.txt", `${title}正文。\n`).document.meta.place_zh).toBe("丑春市");
  });
  it("reads the place of a title that names the government before the year (江苏省政府2007年政府工作报告, a plain text's first line)", () => {
    const r = ingestText("xin-2007.txt", "辛省政府2007年政府工作报告\n政府工作报告\n——2007年1月27日在辛省第十届人民代表大会第五次会议上\n省长 梁某某\n各位代表：\n一、2006年工作回顾：\n正文。\n");
    expect(r.document.meta).toMatchObject({ place_zh: "辛省", speaker: "梁某某" });
    expect(ingestText("xin-2007.txt", "辛市人民政府2007年政府工作报告\n各位代表：\n一、2006年工作回顾\n正文。\n").document.meta.place_zh).toBe("辛市");
  });
  it("reads a bare name set off by a space after the session on the dateline (Ulanqab 2016) as the speaker", () => {
    const r = ingestText("xin-2016.txt", "——2016年1月12日在辛市第三届人民代表大会第四次会议上 陶某某\n各位代表：\n一、2015年工作回顾\n正文。\n");
    expect(r.document.meta).toMatchObject({ date: "2016-01-12", congress: "辛市第三届人民代表大会第四次会议", speaker: "陶某某", speaker_title: "" });
    expect(r.warnings.map((w) => w.message)).not.toContain("no speaker line in the header");
    // Run on without a space, the words after the session are no speaker.
    const s = ingestText("xin-2016.txt", "——2016年1月12日在辛市第三届人民代表大会第四次会议上讲话\n各位代表：\n一、2015年工作回顾\n正文。\n");
    expect(s.document.meta.speaker).toBe("");
  });

  it("keeps the title of a report given on a five-year plan in the year it begins (Gansu 2001), not one made up", () => {
    const md = [
      "---",
      "title: 关于甘肃省国民经济和社会发展第十个五年计划纲要的报告",
      "---",
      "",
      "**关于甘肃省国民经济和社会发展第十个五年计划纲要的报告**",
      "——2001年1月10日在甘肃省第九届人民代表大会第四次会议上",
      "",
      "甘肃省代省长  **陆 浩**",
      "",
      "各位代表：",
      "",
      "**一、 关于“九五”计划的完成情况**",
      "",
      "“九五”时期，各方面工作都取得了比较显著的成就。",
    ].join("\n");
    const r = ingestText("gansu-2001.md", md);
    expect(r.document.meta).toMatchObject({
      title: "关于甘肃省国民经济和社会发展第十个五年计划纲要的报告",
      place_zh: "甘肃省",
      year: 2001,
      date: "2001-01-10",
      speaker_title: "甘肃省代省长",
      speaker: "陆浩",
    });
    expect(r.warnings.map((w) => w.message).filter((m) => /title/.test(m))).toEqual([]);
    // A sentence about such a report is no title.
    const s = ingestText("ren-2021.txt", "政府工作报告\n——2021年1月8日在壬市第五届人民代表大会第三次会议上\n关于壬市的报告，请予审议\n市长 某某\n各位代表：\n一、2020年工作回顾\n正文。\n");
    expect(s.document.meta.title).toBe("2021年壬市政府工作报告");
  });

  it("reads a government's report titled with its year between the government and 工作报告 as the title (Hubei 2003: 湖北省人民政府2003年工作报告)", () => {
    const text = [
      "湖北省人民政府2003年工作报告",
      "——2003年1月15日在湖北省第十届人民代表大会第一次会议上",
      "代省长罗清泉",
      "各位代表：",
      "一、过去五年政府工作的回顾",
      "过去的五年，是全省人民高举邓小平理论伟大旗帜，抢抓机遇，深化改革的五年。",
    ].join("\n");
    const r = ingestText("hubei-2003.txt", text);
    expect(r.document.meta).toMatchObject({ title: "湖北省人民政府2003年工作报告", year: 2003, speaker: "罗清泉", speaker_title: "代省长" });
    expect(r.warnings.map((w) => w.message).filter((m) => /title/.test(m))).toEqual([]);
    // A sentence that names such a report is no title.
    const s = ingestText("hubei-2003.txt", ["省人民政府2003年工作报告提出，要加快发展。", ...text.split("\n").slice(1)].join("\n"));
    expect(s.document.meta.title).toBe("2003年湖北省政府工作报告");
  });

  it("reads a content-farm page's title of the shape …在…会上…工作汇报/报告 as the title, after its search line (Quxian 2012)", () => {
    const text = [
      "快捷搜索:论文 合同 演讲 心得",
      "区长在代表会上工作汇报",
      "各位代表:",
      "现在,我代表区人民政府向大会作工作报告,请予审议,并请各位政协委员和其他列席人员提出意见。",
      "一、五年政府工作回顾",
      "统计、审计、农机、移民、物价、双拥、民族宗教、档案、地方志等工作也都取得了新的成绩。",
    ].join("\n");
    const r = ingestText("quxian-2012.txt", text);
    expect(r.document.meta).toMatchObject({ title: "区长在代表会上工作汇报", year: 2012, header: ["区长在代表会上工作汇报"] });
    expect(r.document.meta.dropped).toEqual([{ line: 1, text: "快捷搜索:论文 合同 演讲 心得", reason: "residue" }]);
    expect(r.warnings.map((w) => w.message).filter((m) => /title/.test(m) && !/^no speaker line/.test(m))).toEqual([]);
    // A sentence that reports on such a speech is no title.
    for (const line of ["区长在代表会上作工作汇报时指出，要狠抓落实。", "会上，区长作了工作汇报"]) {
      const s = ingestText("gui-2012.txt", `${line}\n各位代表:\n一、五年政府工作回顾\n正文。\n`);
      expect(s.document.meta.title).toBe("2012年政府工作报告");
    }
  });

  it("reads the office a title names as the speaker's when no speaker line says more (Quxian 2012: 区长在代表会上工作汇报)", () => {
    const text = ["快捷搜索:论文 合同 演讲 心得", "区长在代表会上工作汇报", "各位代表:", "现在,我代表区人民政府向大会作工作报告,请予审议。", "一、五年政府工作回顾", "正文。"].join("\n");
    const r = ingestText("quxian-2012.txt", text);
    expect(r.document.meta).toMatchObject({ title: "区长在代表会上工作汇报", speaker_title: "区长", speaker: "" });
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 2, message: expect.stringMatching(/no speaker line.*区长.*title/) }));
    // Xicheng 2017's page title: the office before 政府工作报告.
    const farm = ingestText("xicheng-2017.txt", "  • 区人民政府区长政府工作报告\n各位代表:\n一、过去五年工作回顾\n正文。\n");
    expect(farm.document.meta).toMatchObject({ speaker_title: "区人民政府区长", speaker: "" });
    // A speaker line wins over the title; a title without an office gives none (湖南省长沙市: no 省长).
    const both = ingestText("quxian-2012.txt", "区长在代表会上工作汇报\n代区长 某某某\n各位代表:\n一、五年政府工作回顾\n正文。\n");
    expect(both.document.meta).toMatchObject({ speaker_title: "代区长", speaker: "某某某" });
    // The office tells the level of a place the list and the text do not name (区长: a district, not a city).
    expect(r.document.meta).toMatchObject({ place_zh: "quxian", level: "district" });
    expect(ingestText("mou-2012.txt", "县长在县人代会上的政府工作报告\n各位代表:\n一、五年政府工作回顾\n正文。\n").document.meta.level).toBe("district");
    expect(ingestText("mou-2012.txt", "政府工作报告\n自治区主席 某某\n各位代表:\n一、五年政府工作回顾\n正文。\n").document.meta.level).toBe("province");
    const city = ingestText("changsha-2012.txt", "湖南省长沙市政府工作报告\n各位代表:\n一、五年政府工作回顾\n正文。\n");
    expect(city.document.meta).toMatchObject({ speaker_title: "", place_zh: "湖南省长沙市" });
  });

  it("reads a congress whose name the dateline breaks over two lines whole (Xicheng 2015, Hanbin 2025)", () => {
    const xicheng = [
      "政府工作报告",
      "—— 2015年1月13日在北京市西城区第十五届",
      "人民代表大会第五次会议上",
      "北京市西城区人民政府区长 王少峰",
      "各位代表:",
      "一、2014年工作回顾",
      "(一)区域经济发展稳中有升",
    ].join("\n");
    expect(ingestText("xicheng-2015.txt", xicheng).document.meta).toMatchObject({
      date: "2015-01-13",
      congress: "北京市西城区第十五届人民代表大会第五次会议",
      speaker_title: "北京市西城区人民政府区长",
      speaker: "王少峰",
      header: ["政府工作报告", "—— 2015年1月13日在北京市西城区第十五届", "人民代表大会第五次会议上", "北京市西城区人民政府区长 王少峰"],
    });
    const hanbin = ["2025年3月21日在汉滨区第十九届", "", "人民代表大会第四次会议上", "汉滨区人民政府代区长 向诗兵", "各位代表:", "一、过去一年工作回顾"].join("\n");
    expect(ingestText("hanbin-2025.txt", hanbin).document.meta).toMatchObject({
      date: "2025-03-21",
      congress: "汉滨区第十九届人民代表大会第四次会议",
      speaker: "向诗兵",
    });
  });

  it("reads no place from the office a content-farm title names (Xicheng 2017: 区人民政府区长政府工作报告), but the congress's or the opening's", () => {
    const farm = [
      "• 当前位置:创业找项目 > 范文大全 > 区人民政府区长政府工作报告",
      "  • 区人民政府区长政府工作报告",
      "",
      "      各位代表:",
      "",
      "      现在,我代表西城区人民政府向大会报告工作,请予审议,并请各位政协委员提出意见。",
      "",
      "      一、过去五年工作回顾",
      "",
      "      过去的五年,是西城区发展进程中很不平凡的五年。",
    ].join("\n");
    const r = ingestText("xicheng-2017.txt", farm);
    // The title stays as written; the place is the one the opening sentence names, not the office.
    expect(r.document.meta).toMatchObject({ title: "区人民政府区长政府工作报告", place_zh: "西城区", level: "district" });
    // With a dateline, the congress names the place.
    const dated = ["区人民政府区长政府工作报告", "——2017年1月5日在北京市西城区第十六届人民代表大会第一次会议上", "各位代表:", "一、过去五年工作回顾", "正文。"].join("\n");
    expect(ingestText("xicheng-2017.txt", dated).document.meta.place_zh).toBe("北京市西城区");
    // A place before the office is still read: 某县人民政府县长政府工作报告 names 某县.
    expect(ingestText("mou-2017.txt", "甲县人民政府县长政府工作报告\n各位代表:\n一、过去五年工作回顾\n正文。\n").document.meta.place_zh).toBe("甲县");
    // A document site's headline that is no title still names the place (Qijiang 2003: 綦江县人民政府政府工作报告工作总结,
    // fused with the salutation); a breadcrumb ending in 政府工作报告 names none.
    const site = ingestText(
      "qijiang-2003.txt",
      "綦江县人民政府政府工作报告工作总结各位代表: 现在,我代表县人民政府,向大会作政府工作报告,请予审议,并请各位县政协委员和其他列席人员提出意见。\n一、结构调整步伐加快,综合实力逐渐增强\n正文。\n",
    );
    expect(site.document.meta).toMatchObject({ title: "2003年綦江县政府工作报告", place_zh: "綦江县", level: "district" });
    expect(site.document.meta.header).toEqual(["綦江县人民政府政府工作报告工作总结"]);
    const crumb = ingestText("mou-2019.txt", "首页>政务公开>政府工作报告专栏\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n一、2018年工作回顾\n正文。\n");
    expect(crumb.document.meta.place_zh).toBe("mou");
    // A headline naming the speech names no place before 政府工作报告: the office stops it, even followed by where
    // it was given (县长在县第十五届人民代表大会第一次会议上的政府工作报告); an office's characters inside a
    // place's name do not (西安市长安区, 湖南省长沙市).
    const speech = ingestText("mou-2008.txt", "县长在县第十五届人民代表大会第一次会议上的政府工作报告\n各位代表:\n一、过去五年工作回顾\n正文。\n");
    expect(speech.document.meta).toMatchObject({ place_zh: "mou", speaker_title: "县长" });
    // Where it was given is the congress when no dateline names one (a content farm's 在县第十五届人民代表大会第一次会议上的政府工作报告).
    expect(speech.document.meta.congress).toBe("县第十五届人民代表大会第一次会议");
    expect(speech.warnings.map((w) => w.message)).toContain("no dateline (…年…月…日在…会议上): the date is unknown; the congress is read off the title");
    expect(ingestText("mou-2008.txt", "西安市长安区人民政府工作报告\n各位代表:\n一、2007年工作回顾\n正文。\n").document.meta.place_zh).toBe("西安市长安区");
    // An opening that names only the level (我代表区人民政府) gives no place.
    expect(ingestText("quxian-2012.txt", "区长在代表会上工作汇报\n各位代表:\n现在,我代表区人民政府向大会作工作报告。\n一、五年政府工作回顾\n正文。\n").document.meta.place_zh).toBe("quxian");
  });

  it("reads the plan year of a report delivered in December as the year after", () => {
    const r = ingestText("bing-2020.txt", "政府工作报告\n——2019年12月28日在丙市第五届人民代表大会第三次会议上\n市长 某某\n各位代表：\n一、2019年工作回顾\n正文。\n");
    expect(r.document.meta).toMatchObject({ title: "2020年丙市政府工作报告", date: "2019-12-28", year: 2020 });
    expect(r.warnings.some((w) => /file name says/.test(w.message))).toBe(false);
  });

  it("accepts a report that starts at the salutation or at its first part, and refuses text that reads as no report", () => {
    const r = ingestText("bare-2022.txt", "各位代表：\n一、2021年工作回顾\n经济稳定增长。\n");
    expect(r.document.meta).toMatchObject({ title: "2022年政府工作报告", date: "", speaker: "" });
    const body = ingestText("body-2020.txt", "一、2019年工作回顾\n经济稳定增长。\n二、2020年主要任务\n稳中求进。\n");
    expect(body.document.headings.map((h) => h.text)).toEqual(["一、2019年工作回顾", "二、2020年主要任务"]);
    expect(body.warnings).toContainEqual(expect.objectContaining({ line: 1, message: expect.stringMatching(/^no header/) }));
    expect(() => ingestText("none-2022.txt", "这不是一份报告。\n只是几行字。\n")).toThrow(/none-2022\.txt:1: no recognisable header/);
  });
});

describe("a title naming the year the report reviews (a web page's headline: 2004年四川省人民政府工作报告 over Sichuan's 2005 report)", () => {
  const body = (review: number, plan: number) => [
    "各位代表：我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
    `${review}年工作回顾`,
    `${review}年，按照党中央、国务院的部署，全省生产总值达到6556亿元，增长12.7%。`,
    `${plan}年工作安排`,
    `综合各方面因素，省政府拟定${plan}年经济社会发展的主要预期目标为：生产总值增长9%。`,
  ];

  it("is read as the report of the file name's year when the text reviews the title's year and plans the next", () => {
    const r = ingestText("sichuan-2005.txt", ["2004年四川省人民政府工作报告", ...body(2004, 2005)].join("\n"));
    expect([r.document.meta.year, r.document.meta.title]).toEqual([2005, "2004年四川省人民政府工作报告"]);
    expect(r.warnings.map((w) => [w.line, w.message])).toContainEqual([1, "the title names 2004, the year the report reviews; read as the report for 2005, the year of the file name, which it plans"]);
    const x = extractText("sichuan-2005.txt", ["2004年四川省人民政府工作报告", ...body(2004, 2005)].join("\n"));
    const gdp = x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.value]);
    expect(gdp).toEqual([["result", 2004, 12.7], ["target", 2005, 9]]);
  });

  it("but the title's year stands when the text plans for it, or a dateline dates the report", () => {
    const planned = ingestText("sichuan-2005.txt", ["2004年四川省人民政府工作报告", ...body(2003, 2004)].join("\n"));
    expect(planned.document.meta.year).toBe(2004);
    expect(planned.warnings.some((w) => /file name says 2005 but the report says 2004/.test(w.message))).toBe(true);
    const dated = ingestText("sichuan-2005.txt", ["2004年四川省人民政府工作报告", "——2004年1月10日在四川省第十届人民代表大会第二次会议上", ...body(2004, 2005)].join("\n"));
    expect(dated.document.meta.year).toBe(2004);
  });

  it("and a dateline a year after the title's year dates the report when the text reviews the title's year (Sichuan 2008: 2007年四川省人民政府工作报告 over （2008年1月22日在四川省第十一届人民代表大会第一次会议上）)", () => {
    const text = ["2007年四川省人民政府工作报告", "政府工作报告", "（2008年1月22日在四川省第十一届人民代表大会第一次会议上）", "四川省人民政府省长　蒋巨峰", ...body(2007, 2008)].join("\n");
    const r = ingestText("sichuan-2008.txt", text);
    expect([r.document.meta.year, r.document.meta.date, r.document.meta.title]).toEqual([2008, "2008-01-22", "2007年四川省人民政府工作报告"]);
    expect(r.warnings.some((w) => /file name says/.test(w.message))).toBe(false);
    expect(r.warnings.map((w) => w.message)).toContain("the title names 2007, the year the report reviews; read as the report for 2008, the year of its date, which it plans");
    const gdp = extractText("sichuan-2008.txt", text).figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.value]);
    expect(gdp).toEqual([["result", 2007, 12.7], ["target", 2008, 9]]);
  });
});

describe("a dateline's year", () => {
  const head = (dateline: string) => ["1998年内蒙古自治区政府工作报告", dateline, "自治区主席 乌力吉", "各位代表：", "现在，我代表自治区人民政府作工作报告，请予审议。"].join("\n");

  it("of two digits is of the century it fits (98年 → 1998, 05年 → 2005)", () => {
    expect(ingestText("neimenggu-1998.txt", head("——98年1月8日在内蒙古自治区第九届人民代表大会第一次会议上")).document.meta.date).toBe("1998-01-08");
    expect(ingestText("neimenggu-2005.txt", head("——05年1月8日在内蒙古自治区第十届人民代表大会第三次会议上").replace("1998年", "2005年")).document.meta.date).toBe("2005-01-08");
  });

  it("is none when a copy lost a digit of it (1)998年), and the file name's year dates the report", () => {
    const r = ingestText("neimenggu-1998.txt", head("——1)998年1月8日在内蒙古自治区第九届人民代表大会第一次会议上"));
    expect([r.document.meta.date, r.document.meta.year]).toEqual(["1998-01-08", 1998]);
  });
});

describe("a fault of the ingest itself on a report", () => {
  it("stops with an error naming the file, not a stack trace", () => {
    const boom = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'length')");
    };
    const text = readFileSync(join(root, "content/raw/zhongwei-2020.txt"));
    let caught: unknown;
    try {
      ingestReport("zhongwei-2020.txt", text, { places, sources, extractFigures: boom });
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(IngestError);
    expect((caught as IngestError).message).toBe(
      "zhongwei-2020.txt:1: the ingest failed on this report, a fault of the ingest to report with the file (TypeError: Cannot read properties of undefined (reading 'length'))",
    );
  });
});

describe("a dateline broken off after the congress's name", () => {
  it("joins the session's number on the next line (Lanzhou 2019: …兰州市第十六届人民代表大会 / 第三次会议上)", () => {
    const text = [
      "---",
      "title: 兰州市人民政府工作报告（2019）",
      "---",
      "",
      "**政府工作报告**",
      "",
      "——2019年2月22日在兰州市第十六届人民代表大会",
      "",
      "第三次会议上",
      "",
      "兰州市市长 张伟文",
      "",
      "各位代表:",
      "",
      "现在，我代表市人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
    ].join("\n");
    const r = ingestText("lanzhou-2019.md", text);
    expect(r.document.meta).toMatchObject({ date: "2019-02-22", congress: "兰州市第十六届人民代表大会第三次会议", speaker: "张伟文", speaker_title: "兰州市市长" });
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/names no congress session/));
  });

  it("joins a dateline without a date cut after the congress's number (Taiyuan 2007: ──在太原市第十二届 / 人民代表大会第一次会议上)", () => {
    const text = [
      "---",
      "source: https://www.taiyuan.gov.cn/zfgzbg/20070528/1058047.html",
      "title: 2007年政府工作报告",
      "---",
      "",
      "**──在太原市第十二届**",
      "",
      "**人民代表大会第一次会议上**",
      "",
      "**太原市市长** **张兵生**",
      "",
      "各位代表：",
      "",
      "现在，我代表市政府向大会作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
    ].join("\n");
    const r = ingestText("taiyuan-2007.md", text);
    expect(r.document.meta).toMatchObject({ date: "", congress: "太原市第十二届人民代表大会第一次会议", speaker: "张兵生", speaker_title: "太原市市长" });
  });

  it("keeps the congress when the session is lost and the speaker follows (Gansu 2008: ——2008年1月20日在甘肃省第十一届人民代表大会)", () => {
    const text = [
      "---",
      "source: https://www.gansu.gov.cn/gsszf/c100190/200801/163123.shtml",
      "title: 2008年政府工作报告",
      "---",
      "",
      "——2008年1月20日在甘肃省第十一届人民代表大会",
      "",
      "甘肃省省长徐守盛",
      "",
      "各位代表：",
      "",
      "现在，我代表省人民政府向大会作工作报告，请予审议。并请政协委员和列席人员提出意见、建议。",
    ].join("\n");
    const r = ingestText("gansu-2008.md", text);
    expect(r.document.meta).toMatchObject({ date: "2008-01-20", congress: "甘肃省第十一届人民代表大会", speaker: "徐守盛", speaker_title: "甘肃省省长" });
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/names the congress but not its session/));
  });
});

describe("a web page's headline that names the speaker before the session (Guangdong 2001 as plain text)", () => {
  it("reads the session after the speaker's 在, not the speaker with it, so place, title and congress are the province's", () => {
    const text = [
      "2001年2月11日广东省省长某某某 在广东省第九届人民代表大会第四次会议上作政府工作报告",
      "政府工作报告",
      "──2001年2月11日在广东省第九届人民代表大会第四次会议上",
      "广东省省长 某某某",
      "各位代表：",
      "我代表省人民政府向大会作政府工作报告，请予审议。",
    ].join("\n");
    const r = ingestText("guangdong-2001.txt", text);
    expect(r.document.meta).toMatchObject({
      title: "2001年广东省政府工作报告",
      place_zh: "广东省",
      congress: "广东省第九届人民代表大会第四次会议",
      date: "2001-02-11",
      speaker: "某某某",
      speaker_title: "广东省省长",
    });
  });
});

describe("a header a PDF copy broke as it breaks centred lines", () => {
  const body = ["各位代表：", "现在，我代表省人民政府，向大会作政府工作报告，请予审议。", "一、2004年工作回顾", "2004年，全省生产总值增长12%。"];

  it("reads a title cut after the place and the year, and a bracket of date and speaker cut before the name (Jilin 2005)", () => {
    const r = ingestText("jilin-2005.txt", ["        吉林省2005年", "        政府工作报告", "        （2005年1月25日", "        王珉）", ...body].join("\n"));
    expect(r.document.meta).toMatchObject({ title: "吉林省2005年政府工作报告", date: "2005-01-25", speaker: "王珉" });
    expect(r.document.meta.header).toEqual(["吉林省2005年", "政府工作报告", "（2005年1月25日", "王珉）"]);
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/no speaker/));
  });

  it("keeps the title's year in brackets set under it (Chongqing 2022), and a title cut before 人民政府工作报告", () => {
    const a = ingestText("chongqing-2022.txt", ["重庆市人民政府工作报告", "（2022年）", "——2022年1月17日在重庆市第五届人民代表大会第五次会议上", ...body].join("\n"));
    expect(a.document.meta).toMatchObject({ title: "重庆市人民政府工作报告（2022年）", date: "2022-01-17", congress: "重庆市第五届人民代表大会第五次会议" });
    const b = ingestText("shijiazhuang-2017.txt", ["2017年石家庄市", "人民政府工作报告", ...body.slice(2)].join("\n"));
    expect(b.document.meta.title).toBe("2017年石家庄市人民政府工作报告");
    const c = ingestText("chongqing-2022.txt", ["重庆市人民政府", "工作报告（2022年）", ...body].join("\n"));
    expect(c.document.meta.title).toBe("重庆市人民政府工作报告（2022年）");
  });

  it("does not join a headline line that is no part of the title to the title under it", () => {
    const r = ingestText("guangdong-2001.txt", ["2001年2月11日广东省", "政府工作报告", "──2001年2月11日在广东省第九届人民代表大会第四次会议上", "广东省省长 某某某", ...body].join("\n"));
    expect(r.document.meta).toMatchObject({ title: "2001年广东省政府工作报告", speaker: "某某某" });
  });
});

describe("a place the table lacks and the header does not name (Jiangxi 2017, Gansu 2020: 政府工作报告, 省长 刘奇, 我代表省人民政府)", () => {
  const report = (speaker: string[], opening: string, body: string[]) =>
    ["政府工作报告", ...speaker, "各位代表：", opening, "一、2016年工作回顾", ...body, "二、2017年工作安排", "生产总值增长8.5%左右。"].join("\n");

  it("is the name the text uses that reads as the file's pinyin id, with the level of the speaker's office or of the government it speaks for", () => {
    const jx = ingestText("jiangxi-2017.txt", report(["省长 刘奇"], "现在，我代表省人民政府向大会报告工作。", ["推进江西建设，打响“江西制造”品牌，江西银行上市。"]));
    expect([jx.document.meta.place_zh, jx.document.meta.level, jx.document.meta.title]).toEqual(["江西省", "province", "2017年江西省政府工作报告"]);
    const gs = ingestText("gansu-2017.txt", report([], "我代表省人民政府，向大会报告工作。", ["建设幸福美好新甘肃，甘肃、青海合作，甘肃区域发展。"]));
    expect([gs.document.meta.place_zh, gs.document.meta.level]).toEqual(["甘肃省", "province"]);
    // Where the text writes the level, that is the name (`陕西省`); Shaanxi is 陕西, not 山西, though both read shanxi.
    const sx = ingestText("shaanxi-2017.txt", report([], "我代表政府向大会报告工作。", ["山西、陕西合作。陕西省经济增长，陕西制造。"]));
    expect(sx.document.meta.place_zh).toBe("陕西省");
    const shx = ingestText("shanxi-2017.txt", report([], "我代表政府向大会报告工作。", ["山西、陕西合作。山西转型，山西制造。"]));
    expect(shx.document.meta.place_zh).toBe("山西");
  });

  it("is the city the opening speaks for, not its county of the same name the text writes more often (Changsha 2005)", () => {
    const cs = ingestText("changsha-2005.txt", report([], "现在，我代表市人民政府向大会报告工作，请予审议。", ["岳麓区、长沙县、望城县通过国家级生态示范区验收。长沙县获中国人居环境范例奖。", "举办长沙市第六届运动会，培育高水平体育竞技表演市场。"]));
    expect([cs.document.meta.place_zh, cs.document.meta.level]).toEqual(["长沙市", "city"]);
    const county = ingestText("changsha-2005.txt", report([], "现在，我代表县人民政府向大会报告工作。", ["长沙市、长沙县合作，长沙市发展。长沙县发展。"]));
    expect(county.document.meta.place_zh).toBe("长沙县");
  });

  it("is a province whose name ends in 州, the 州 of its name no level (Guizhou 2008: 中共贵州省委, 我代表省人民政府)", () => {
    const gz = ingestText("guizhou-2008.txt", report([], "我代表省人民政府，向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。", ["在中共贵州省委的领导下，贵州大学进入“211工程”大学建设行列，加快构建“和谐贵州”。"]));
    expect([gz.document.meta.place_zh, gz.document.meta.level, gz.document.meta.title]).toEqual(["贵州省", "province", "2008年贵州省政府工作报告"]);
  });

  it("but not a word the name opens (江西市场), nor a name the text uses once; then the id stands", () => {
    const market = ingestText("jiangxi-2017.txt", report(["省长 刘奇"], "我代表政府向大会报告工作。", ["江西市场活跃，江西市场主体增长。"]));
    expect(market.document.meta.place_zh).toBe("江西省");
    const once = ingestText("jiangxi-2017.txt", report([], "我代表政府向大会报告工作。", ["江西建设。"]));
    expect(once.document.meta.place_zh).toBe("jiangxi");
  });
});

describe("a header set after the text, as some pages give the credits last (Baotou 2014)", () => {
  const body = [
    "各位代表：",
    "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和列席会议的同志提出意见。",
    "2013年工作回顾",
    "2013年，在宏观经济下行压力较大、市场需求持续低迷的形势下，全市认真落实中央和自治区稳增长、调结构、促改革、惠民生的要求，经济社会总体保持稳中有进的发展态势。预计地区生产总值3500亿元，增长9.5%。",
    "2014年重点工作安排",
    "今年经济社会发展的主要预期目标是：地区生产总值增长9.5%左右，固定资产投资增长15%左右。",
    "各位代表，对党忠诚，对人民负责，全心全意为人民服务是政府的天职，也是时代赋予的使命。我们一定在自治区党委、政府和市委的坚强领导下，把握改革的新机遇，凝聚社会的正能量，夙夜在公、殚精竭虑，努力为全市人民创造更多的福祉！",
  ];
  const trailer = ["包头市代市长 包钢", "包头市政府工作报告", "———2014年1月9日在包头市第十四届人民代表大会第二次会议上"];

  it("is read as the header: title, date, congress and speaker, and kept out of the body", () => {
    const r = ingestText("baotou-2014.txt", [...body, ...trailer].join("\n\n"));
    const { meta } = r.document;
    expect([meta.title, meta.date, meta.congress, meta.speaker_title, meta.speaker]).toEqual([
      "包头市政府工作报告", "2014-01-09", "包头市第十四届人民代表大会第二次会议", "包头市代市长", "包钢",
    ]);
    expect(r.markdown).not.toMatch(/^#+ .*(?:包钢|代表大会)/m);
    expect(r.markdown).toContain("努力为全市人民创造更多的福祉！");
    expect(r.warnings.filter((w) => /stand after the text/.test(w.message)).map((w) => w.line)).toEqual([15]);
  });

  it("but a report with its own title on top keeps its last lines where they are", () => {
    const r = ingestText("baotou-2014.txt", ["包头市政府工作报告", ...body, trailer[2]!].join("\n\n"));
    expect(r.document.meta.congress).toBe("");
    expect(r.warnings.filter((w) => /stand after the text/.test(w.message))).toEqual([]);
  });
});

describe("a speaker line that sets the name off from the office by a colon, in bold (Qinghai 2016: **省长:郝鹏**)", () => {
  it("reads the office and the name", () => {
    const text = [
      "---",
      "title: 政府工作报告",
      "---",
      "",
      "——2016年1月25日在青海省第十二届人民代表大会第五次会议上",
      "",
      "**省长:郝鹏**",
      "",
      "**各位代表：**",
      "",
      "现在，我代表省人民政府，向大会报告政府工作，请予审议，并请各位政协委员提出意见。",
      "",
      "**一、“十二五”圆满收官，青海发展站上了新的历史起点**",
      "",
      "经济保持中高速增长，全省生产总值达到2417亿元，增长8.2%。",
      "",
      "**二、着力抓好今年工作**",
      "",
      "生产总值增长7.5%左右。",
    ].join("\n");
    const r = ingestText("qinghai-2016.md", text);
    expect(r.document.meta).toMatchObject({ speaker: "郝鹏", speaker_title: "省长", congress: "青海省第十二届人民代表大会第五次会议" });
    const full = ingestText("qinghai-2016.md", text.replace("省长:郝鹏", "省长：郝鹏"));
    expect([full.document.meta.speaker, full.document.meta.speaker_title]).toEqual(["郝鹏", "省长"]);
  });
});

describe("a page's headline over the report's own title with the plan year (Xianyang 2014 as a web page gives it)", () => {
  it("takes the fuller title, 2014年咸阳市政府工作报告, and keeps the speaker", () => {
    const r = ingestText(
      "zi-2014.txt",
      "咸阳市政府工作报告\n2014年咸阳市政府工作报告\n——2014年2月19日在咸阳市第七届人民代表大会第二次会议上\n咸阳市市长 卫华\n各位代表：\n一、2013年工作回顾\n正文。\n",
    );
    expect([r.document.meta.title, r.document.meta.speaker, r.document.meta.speaker_title, r.document.meta.congress]).toEqual([
      "2014年咸阳市政府工作报告",
      "卫华",
      "咸阳市市长",
      "咸阳市第七届人民代表大会第二次会议",
    ]);
  });
  it("so with a headline that gives the year in brackets after it (Zhuhai 2021 as a web page gives it: 珠海市政府工作报告（2021年）)", () => {
    const r = ingestText(
      "zj-2021.txt",
      "首页 > 政务公开 > 政府工作报告\n珠海市政府工作报告（2021年）\n【字体：大 中 小】\n2021年珠海市政府工作报告\n　　——2021年2月2日在珠海市第九届人民代表大会第九次会议上\n　　市长 姚奕生\n　　各位代表：\n　　一、“十三五”时期发展成就和2020年主要工作\n　　正文。\n",
    );
    expect([r.document.meta.title, r.document.meta.speaker, r.document.meta.congress]).toEqual([
      "2021年珠海市政府工作报告",
      "姚奕生",
      "珠海市第九届人民代表大会第九次会议",
    ]);
  });
});

describe("a plan's report delivered by the head of the planning commission (the State Council 1991: 国务委员兼国家计划委员会主任邹家华)", () => {
  it("reads the office and the name, the name written on after the office", () => {
    const text = [
      "**1991年政府工作报告**",
      "**关于1990年国民经济和社会发展计划执行情况与1991年计划草案的报告**",
      "——1991年3月26日在第七届全国人民代表大会第四次会议上",
      "",
      "国务委员兼国家计划委员会主任邹家华",
      "",
      "各位代表：",
      "",
      "现在，我受国务院委托，向大会报告一九九〇年国民经济和社会发展计划的执行情况与一九九一年计划的安排意见，请予审议。",
      "",
      "## 一、1990年计划的执行情况",
      "",
      "正文。",
    ].join("\n");
    const r = ingestText("mou-1991.md", text);
    expect(r.document.meta).toMatchObject({ speaker_title: "国务委员兼国家计划委员会主任", speaker: "邹家华", date: "1991-03-26", congress: "第七届全国人民代表大会第四次会议" });
    expect(r.warnings).not.toContainEqual(expect.objectContaining({ message: expect.stringMatching(/no speaker line/) }));
  });
});

describe("a photo caption that gives the date and the speaker in brackets before the session (Changsha 2022)", () => {
  it("reads the date off it, and a date in December as the report of the year after", () => {
    const text = [
      "---",
      "source: http://www.changsha.gov.cn/szf/zfgzbg/202201/t20220110_10433858.html",
      "title: 2022年政府工作报告",
      "---",
      "",
      "<!-- （2021年12月30日 郑建新） 在长沙市第十六届人民代表大会第一次会议上，郑建新作政府工作报告。 -->",
      "",
      "市长 郑建新",
      "",
      "各位代表：",
      "",
      "现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。",
      "",
      "一、本届政府及2021年工作回顾",
      "",
      "正文。",
    ].join("\n");
    const r = ingestText("changsha-2022.md", text);
    expect(r.document.meta).toMatchObject({ year: 2022, title: "2022年长沙市政府工作报告", date: "2021-12-30", congress: "长沙市第十六届人民代表大会第一次会议", speaker: "郑建新", speaker_title: "市长" });
  });
});

describe("a speaker line that names the report after the name (Zhangye 2022: 赵立香作政府工作报告)", () => {
  it("reads the name as the speaker, with no office", () => {
    const text = [
      "张掖市政府工作报告",
      "——2021年12月8日在张掖市第五届人民代表大会第一次会议上",
      "赵立香作政府工作报告",
      "各位代表：",
      "现在，我代表市人民政府，向大会报告工作，请予审议。",
      "一、过去五年工作回顾",
      "正文。",
    ].join("\n");
    const r = ingestText("zhangye-2022.txt", text);
    expect(r.document.meta).toMatchObject({ year: 2022, date: "2021-12-08", speaker: "赵立香", speaker_title: "" });
    expect(r.warnings).not.toContainEqual(expect.objectContaining({ message: expect.stringMatching(/no speaker line/) }));
  });
});

describe("a line under the speaker's that says the report was delivered by the name alone (Gansu 2021: 任振鹤作《政府工作报告》)", () => {
  it("reads it as no title, and the place off the speaker's office", () => {
    const text = [
      "---",
      "source: https://www.example.gov.cn/1366099.shtml",
      "title: 2021年政府工作报告",
      "---",
      "",
      "甘肃省代省长 任振鹤",
      "",
      "任振鹤作《政府工作报告》",
      "",
      "各位代表：",
      "",
      "我代表省人民政府，向大会报告工作，请予审议。",
      "",
      "**2021年工作任务**",
      "",
      "正文。",
    ].join("\n");
    const r = ingestText("gansu-2021.md", text);
    expect(r.document.meta).toMatchObject({ title: "2021年甘肃省政府工作报告", place_zh: "甘肃省", speaker: "任振鹤", speaker_title: "甘肃省代省长" });
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 8, message: expect.stringMatching(/tells who delivered the report/) }));
  });
});

describe("front matter that gives the official pages as a list under url: (Fuzhou 2010: url: - …t20100115_137648.htm - …t20100115_137648_7.htm)", () => {
  it("takes the first page as the source's address", () => {
    const text = [
      "---",
      "url:",
      "- https://www.example.gov.cn/zfgzbg/201001/t20100115_137648.htm",
      "- https://www.example.gov.cn/zfgzbg/201001/t20100115_137648_7.htm",
      "title: 政府工作报告（2010年）",
      "---",
      "",
      "（2010年1月12日在福州市第十三届人民代表大会第五次会议上）",
      "",
      "各位代表：",
      "",
      "现在，我代表福州市人民政府向大会作政府工作报告，请予审议。",
      "",
      "**一、2009年工作回顾**",
      "",
      "正文。",
    ].join("\n");
    const r = ingestText("fuzhou-2010.md", text);
    expect(r.document.meta).toMatchObject({
      source_url: "https://www.example.gov.cn/zfgzbg/201001/t20100115_137648.htm",
      source_title: "政府工作报告（2010年）",
    });
  });
});

describe("a photo caption under the dateline that says only who delivered the report (Shijiazhuang 2025: 市长马宇骏代表市政府向大会作政府工作报告。)", () => {
  it("names the speaker when no header line does", () => {
    const text = [
      "---",
      "title: 政府工作报告",
      "---",
      "",
      "——2025年1月19日在石家庄市第十五届人民代表大会第六次会议上",
      "",
      "<!-- 市长马宇骏代表市政府向大会作政府工作报告。 -->",
      "",
      "各位代表：",
      "",
      "现在，我代表市人民政府向大会报告工作，请予审议。",
      "",
      "一、2024年工作回顾",
      "",
      "正文。",
    ].join("\n");
    const r = ingestText("shijiazhuang-2025.md", text);
    expect(r.document.meta).toMatchObject({ date: "2025-01-19", speaker: "马宇骏", speaker_title: "市长" });
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 7, message: expect.stringMatching(/speaker 市长马宇骏 read off the photo caption/) }));
    // A caption of the hall says nothing of the speaker.
    const hall = ingestText("shijiazhuang-2025.md", text.replace("市长马宇骏代表市政府向大会作政府工作报告。", "会议现场。（记者 某某 摄）"));
    expect(hall.document.meta).toMatchObject({ speaker: "", speaker_title: "" });
  });
});

describe("a speaker line whose office a copy cut to its last character (Yingkou 2018: 长 余功斌, 市长 with its 市 lost)", () => {
  it("names the speaker by the name after the space, no office character in it", () => {
    const text = [
      "---", "title: 测试市政府工作报告 （2018年1月6日 张三丰）", "---", "",
      "——2018年1月6日在测试市第十六届人民代表大会第一次会议上", "", "长 张三丰", "", "各位代表：", "",
      "现在，我代表市政府向大会报告工作，请予审议。", "", "一、2017年工作回顾", "", "正文。",
    ].join("\n");
    expect(ingestText("ceshi-2018.md", text).document.meta).toMatchObject({ speaker: "张三丰", speaker_title: "" });
  });
});

describe("a title line that names the session before the report (Xiamen 2010: 厦门市第十三届人民代表大会第五次会议政府工作报告)", () => {
  it("names the place before the session, not the session with a level added", () => {
    const text = [
      "当前位置：首页 > 政务公开", "", "示例市第十三届人民代表大会第五次会议政府工作报告", "",
      "——2010年1月18日在示例市第十三届人民代表大会第五次会议上", "", "示例市人民政府市长 张三", "", "各位代表：", "",
      "现在，我代表市人民政府，向大会作政府工作报告，请予审议。", "", "一、2009年工作回顾", "", "正文。",
    ].join("\n");
    expect(ingestText("shili-2010.txt", text).document.meta).toMatchObject({ place_zh: "示例市", congress: "示例市第十三届人民代表大会第五次会议" });
  });
});

describe("a prefecture's report whose text names only the county-level city of the same name (Wenshan 2020: 州长张秀兰, 文山市、砚山县列为全省“一县一业”示范县)", () => {
  it("is the prefecture the speaker's office governs, not the city its text names once", () => {
    const text = [
      "政府工作报告", "——2020年1月14日在州第十四届人民代表大会第五次会议上", "州长张秀兰", "各位代表：",
      "现在，我代表州人民政府，向大会报告工作，请予审议。", "一、2019年工作回顾",
      "2019年，是文山发展史上具有重要意义的一年。文山市、砚山县列为全省“一县一业”示范县，文山三七产业发展加快。",
      "二、2020年主要任务", "今年经济社会发展的主要预期目标建议为：地区生产总值增长10%。",
    ].join("\n");
    const r = ingestText("wenshan-2020.txt", text);
    expect([r.document.meta.place_zh, r.document.meta.level, r.document.meta.title]).toEqual(["文山州", "city", "2020年文山州政府工作报告"]);
  });
});

describe("a news lead that sets the date off by a comma before the session (Tibet 2013: 1月24日，自治区十届人大一次会议在拉萨隆重开幕。)", () => {
  it("reads the session without the comma", () => {
    const text = [
      "---", "title: 西藏自治区政府工作报告 （2013年1月24日 白玛赤林）", "---", "",
      "1月24日，自治区十届人大一次会议在拉萨隆重开幕。白玛赤林代表自治区人民政府向大会作政府工作报告。", "",
      "自治区主席白玛赤林", "", "各位代表：", "",
      "现在，我代表自治区人民政府向大会报告工作，请各位代表审议。", "", "一、过去五年工作回顾", "", "正文。",
    ].join("\n");
    expect(ingestText("xizang-2013.md", text).document.meta).toMatchObject({ date: "2013-01-24", congress: "自治区十届人大一次会议" });
  });
});

describe("a resolution printed above the report (Shenzhen 2025)", () => {
  it("dates the report by its speech, not by the vote that adopted it: 2025-02-25, not the resolution's 2025-02-27", () => {
    const text = [
      "深圳市第七届人民代表大会第六次会议关于深圳市人民政府工作报告的决议",
      "（2025年2月27日深圳市第七届人民代表大会第六次会议通过）",
      "深圳市第七届人民代表大会第六次会议听取和审议了覃伟中市长代表市人民政府所作的工作报告。会议充分肯定市人民政府过去一年的工作，决定批准这个报告。",
      "政府工作报告",
      "——2025年2月25日在深圳市第七届人民代表大会第六次会议上",
      "深圳市市长 覃伟中",
      "各位代表：",
      "现在，我代表深圳市人民政府，向大会报告政府工作，请予审议。",
    ].join("\n");
    const meta = ingestText("shenzhen-2025.txt", text).document.meta;
    expect([meta.date, meta.year, meta.congress]).toEqual(["2025-02-25", 2025, "深圳市第七届人民代表大会第六次会议"]);
  });
});
