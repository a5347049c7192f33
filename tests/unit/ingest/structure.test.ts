import { describe, expect, it } from "vitest";
import { ingestFile, ingestText } from "../support/ingest.ts";
import { extractFigures } from "../../../src/lib/figures/extract.ts";
import { extractText, metrics } from "../figures/helpers.ts";

const outline = (path: string) => ingestFile(path).document.headings.map((h) => `${h.depth} ${h.id} ${h.text.slice(0, 12)}`);

describe("heading hierarchy of the real reports", () => {
  it("Zhongwei: two parts, six task sections inside part 二, the appendix", () => {
    const doc = ingestFile("content/raw/zhongwei-2020.txt").document;
    const parts = doc.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(parts).toEqual(["一、2019年工作回顾", "二、2020年主要目标和重点任务", "附：有关情况说明"]);
    const sections = doc.headings.filter((h) => h.depth === 3);
    expect(sections.map((h) => h.text.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、", "六、"]);
    expect(sections.every((h) => h.id.startsWith("s-2-"))).toBe(true);
    expect(doc.headings.at(-1)).toMatchObject({ id: "s-3", appendix: true });
  });

  it("Shizuishan: three parts with its （一）… sections in both parts", () => {
    const lines = outline("content/raw/shizuishan-2020.txt");
    const parts = lines.filter((l) => l.startsWith("2 "));
    expect(parts).toEqual(["2 s-1 一、2019年工作回顾", "2 s-2 二、2020年重点工作", "2 s-3 三、加强政府自身建设"]);
    const inPart = (n: number) => lines.filter((l) => l.startsWith(`3 s-${n}-`)).map((l) => l.split(" ")[2]!.slice(0, 3));
    expect(inPart(1)).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"]);
    expect(inPart(2)).toEqual(["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）"]);
    expect(inPart(3)).toEqual(["（一）", "（二）", "（三）", "（四）"]);
  });

  it("splits Shizuishan's run-on （一） headings from their text without losing a character", () => {
    const doc = ingestFile("content/raw/shizuishan-2020.txt").document;
    const h = doc.headings.find((x) => x.text.startsWith("（一）突出政治担当"))!;
    expect(h.text).toBe("（一）突出政治担当，任务落实有新成效。");
    const next = doc.paragraphs.find((p) => p.headings.at(-1) === h)!;
    expect(next.text.startsWith("旗帜鲜明讲政治，自觉将党的全面领导贯穿政府工作全局。")).toBe(true);
    expect(next.lead).toBeNull();
  });

  it("marks the periods: review in part 一, plan afterwards, none in the appendix", () => {
    for (const path of ["content/raw/zhongwei-2020.txt", "content/raw/shizuishan-2020.txt"]) {
      const doc = ingestFile(path).document;
      const byPart = Map.groupBy(doc.paragraphs, (p) => p.headings[0]?.id ?? "preamble");
      expect(new Set(byPart.get("preamble")!.map((p) => p.period))).toEqual(new Set([null]));
      expect(new Set(byPart.get("s-1")!.map((p) => p.period))).toEqual(new Set(["review"]));
      expect(new Set(byPart.get("s-2")!.map((p) => p.period))).toEqual(new Set(["plan"]));
    }
  });

  it("keeps enumerations 一是… as list items and marks lead sentences", () => {
    const doc = ingestFile("content/raw/shizuishan-2020.txt").document;
    const items = doc.paragraphs.filter((p) => p.kind === "enumeration");
    expect(items.map((p) => p.text.slice(0, 2))).toEqual(["一是", "二是", "三是", "四是", "五是"]);
    const zw = ingestFile("content/raw/zhongwei-2020.txt").document;
    const leads = zw.paragraphs.filter((p) => p.lead).map((p) => p.lead);
    expect(leads).toContain("推动现代农业提质增效");
    expect(leads).toContain("经济运行在合理区间，回升向好的势头持续巩固");
    // A long opening sentence is not a topic title.
    expect(zw.paragraphs.find((p) => p.text.startsWith("过去一年，市政府"))!.lead).toBeNull();
  });
});

describe("depth inference from the numbering sequence", () => {
  const result = ingestFile("tests/fixtures/reports/nested-2021.txt");
  const headings = result.document.headings.map((h) => [h.depth, h.id, h.text]);

  it("nests a restarted 一、 inside part 二 and returns to the part level when the outer sequence continues", () => {
    expect(headings).toEqual([
      [2, "s-1", "一、2020年工作回顾"],
      [3, "s-1-1", "（一）稳增长。"],
      [3, "s-1-2", "（二）促改革。"],
      [2, "s-2", "二、2021年主要任务"],
      [3, "s-2-1", "一、扎实推进产业发展"],
      [4, "s-2-1-1", "（一）抓项目"],
      [4, "s-2-1-2", "（二）抓招商"],
      [3, "s-2-2", "二、切实保障民生"],
      [3, "s-2-3", "三、加强政府自身建设"],
      [2, "s-3", "附：有关情况说明"],
    ]);
  });

  it("parses the appendix into glossary entries", () => {
    expect(result.glossary.map((g) => [g.number, g.term, g.definition])).toEqual([
      [1, "一带一路", "丝绸之路经济带和21世纪海上丝绸之路。"],
      [2, "放管服", "简政放权、放管结合、优化服务。"],
    ]);
    // The only warnings: the fictional place is not in content/places.json, nor its file in content/sources.json.
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^place “nested”/), expect.stringMatching(/^“nested-2021\.txt” is not in content\/sources\.json/)]);
  });
});

describe("report of a shape never seen before", () => {
  it("reads a spaced-out title, a dateline in Chinese numerals, （一） on its own line, and warns on a numbering jump", () => {
    const r = ingestFile("tests/fixtures/reports/variant-2022.txt");
    expect(r.document.meta).toMatchObject({
      title: "2022年变体市政府工作报告",
      place_zh: "变体市",
      date: "2022-01-15",
      congress: "变体市第二届人民代表大会第三次会议",
      speaker_title: "代市长",
      speaker: "赵某某",
    });
    expect(r.document.headings.map((h) => h.text)).toContain("（一）");
    expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^12: heading “（三）” breaks the numbering/), expect.stringMatching(/^1: place “variant”/)]),
    );
  });

  it("synthesizes a title from the dateline when the title line is missing, with a warning", () => {
    const r = ingestFile("tests/fixtures/reports/notitle-2023.txt");
    expect(r.document.meta.title).toBe("2023年无题市政府工作报告");
    expect(r.warnings.some((w) => w.line === 1 && /no title line/.test(w.message))).toBe(true);
  });

  it("keeps a report without numbered headings as plain paragraphs, with a warning", () => {
    const r = ingestFile("tests/fixtures/reports/flat-2024.txt");
    expect(r.document.headings).toEqual([]);
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(["各位代表：", "过去一年工作取得成效。", "今年要继续努力。"]);
    expect(r.warnings.some((w) => /no numbered headings/.test(w.message))).toBe(true);
  });

  // A run-on section that continues its run ends its title at the first comma (Qitaihe 2014's （四）): a heading, and
  // the section after it no break of the numbering.
  it("reads a heading run on into its paragraph with no full stop near (Qitaihe 2014) up to its first comma, nothing lost, and says so at its line alone", () => {
    const long = "（四）加强城市基础设施建设，打造山水宜居乐业城市以实现城市的绿色承载为理念，强化城市规划、建设、经营、管理，提升山水宜居乐业城市品质。拓展城市发展空间。";
    const text = ["2014年某市政府工作报告", "2014年1月9日在某市第十届人民代表大会第三次会议上", "市长 某", "各位代表：", "一、2013年工作回顾", "正文。", "二、2014年工作安排", "（三）扎实做好“三农”工作", "正文。", long, "（五）加快发展社会事业", "正文。"].join("\n");
    const r = ingestText("x-2014.txt", text);
    const lines = r.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(lines.filter((l) => /^1[01]: /.test(l))).toEqual(["10: heading “（四）” runs on into its text with no full stop: its title read up to its first comma"]);
    expect(r.document.headings.map((h) => h.text)).toContain("（四）加强城市基础设施建设，");
    expect(r.document.paragraphs.some((p) => "（四）加强城市基础设施建设，" + p.text === long)).toBe(true);
  });

  it("ends a run-on section's title at the space where its bold closed, before the first comma (Jiangsu 2004), nothing lost", () => {
    const text = [
      "---", "title: 江苏省2004年政府工作报告", "---", "", "（2004年2月23日 梁保华）", "", "各位代表：", "", "**一、2003年工作回顾**", "",
      "**各位代表，去年是本届政府履行职责的第一年，遇到的困难超过预料，经受的考验非常严峻，取得的成绩来之不易。我们紧紧围绕“两个率先”目标，以“发展、富民、创新”为重点，主要做了以下工作：", "",
      "（一）全力以赴抗击非典和洪涝灾害** 面对非典疫情的严峻挑战，坚持把人民群众身体健康和生命安全放在第一位，迅速对防治工作作出部署。", "",
      "**（二）集中精力加快经济发展** 坚持一手抓防疫抗灾不放松，一手抓经济建设不动摇。", "",
      "二、2004年主要工作目标", "", "正文。",
    ].join("\n");
    const r = ingestText("jiangsu-2004.md", text);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2003年工作回顾", "（一）全力以赴抗击非典和洪涝灾害", "（二）集中精力加快经济发展", "二、2004年主要工作目标"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("面对非典疫情的严峻挑战，坚持把人民群众身体健康和生命安全放在第一位，迅速对防治工作作出部署。");
  });

  it("ends a run-on part's title of two clauses at the space after the second, where a copy dropped its bold (Jilin 2005), nothing lost", () => {
    const run = "三、加强民主法制，建设服务型政府 加快振兴吉林老工业基地，完成今年的各项工作任务，必须切实提高政府的行政能力，提高加快发展、协调发展、稳定发展的能力。围绕中心，把握大局，认真履行职责，科学民主决策。";
    const text = ["吉林省2005年政府工作报告", "（2005年1月25日 王珉）", "各位代表：", "一、2004年工作回顾", "正文。", "二、2005年主要任务", "（八）切实安排好人民生活。就业是民生之本。", run, "各位代表！"].join("\n");
    const r = ingestText("jilin-2005.txt", text);
    expect(r.document.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(["一、2004年工作回顾", "二、2005年主要任务", "三、加强民主法制，建设服务型政府"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain(run.slice("三、加强民主法制，建设服务型政府 ".length));
  });

  it("but not at a space a PDF copy left inside a word right after the comma (Liuzhou 2014: （七）促进社会事业全面发展，不 断增强…), nothing lost", () => {
    const first = "（一）提升城市建设与管理水平，加快建设宜居宜业美丽柳州进一步加强城市建设与管理，努力建设更加美丽柳州，使之与经济发展同步推进，不断满足人民群众的新需求，让发展成果最终体现到提高人民生活水平上来，体现到促进人的全面发展上来。";
    const second = "（二）坚持保障和改善民生，让发展成果更好更公平惠及人民群众顺应人民群众对美好生活的新期待，切实保障和增进民生福祉，使之与经济发展同步推进，不断满足人民群众的新需求，让发展成果最终体现到提高人民生活水平上来，体现到促进人的全面发展上来。";
    const run = "（三）促进社会事业全面发展，不 断增强人民群众生活幸福感坚持统筹兼顾，把社会事业发展摆到更加突出位置，使之与经济发展同步推进，不断满足人民群众的新需求，让发展成果最终体现到提高人民生活水平上来，体现到促进人的全面发展上来。";
    const text = ["2014年某市政府工作报告", "2014年1月10日在某市第十三届人民代表大会第六次会议上", "市长 某", "各位代表：", "一、2013年工作回顾", "正文。", "二、2014年主要任务", first, "正文。", second, "正文。", run, "正文。"].join("\n");
    const r = ingestText("ceshi-2014.txt", text);
    const titles = r.document.headings.map((h) => h.text);
    expect(titles).toContain("（二）坚持保障和改善民生，");
    expect(titles.filter((t) => t.startsWith("（三）"))).toEqual(["（三）促进社会事业全面发展，"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain(run.slice("（三）促进社会事业全面发展，".length));
  });

  it("reads a run of sections each run on into its paragraph from its （一） on, each up to its first comma (Liuzhou 2014), nothing lost", () => {
    const first = "（一）积极开展改革创新突破年活动，奋力开创柳州改革开放新局面深入贯彻落实党的十八届三中全会精神，深入贯彻落实自治区党委、市委关于改革的决策部署，把改革贯穿于经济社会发展各个领域各个环节，使市场在资源配置中起决定性作用和更好发挥政府作用，促进柳州科学发展。";
    const second = "（二）坚持创新驱动、转型升级，努力打造柳州工业经济升级版围绕开展科学发展提升年活动，以提高经济发展质量和效益为中心，推动工业经济转型升级。";
    const text = ["2014年某市政府工作报告", "2014年1月10日在某市第十三届人民代表大会第六次会议上", "市长 某", "各位代表：", "一、2013年工作回顾", "正文。", "二、2014年工作总体要求和目标任务", "为实现今年工作目标任务，应主要抓好以下工作：", first, "积极推进经济体制改革。深化国资国企改革。", second, "正文。"].join("\n");
    const r = ingestText("x-2014.txt", text);
    expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual(["（一）积极开展改革创新突破年活动，", "（二）坚持创新驱动、转型升级，"]);
    expect(r.warnings.filter((w) => /too long to be a heading|breaks the numbering/.test(w.message))).toEqual([]);
    expect(r.document.paragraphs.some((p) => "（一）积极开展改革创新突破年活动，" + p.text === first)).toBe(true);
  });

  it("reads the next section of a run split at its first comma the same way though it is short enough for a heading (Enshi 2014), but not a title of two clauses", () => {
    const fourth = "（四）突出改革创新，提升内生动力坚持把改革创新贯穿于经济社会发展全过程，着力破除影响和制约科学发展的体制机制障碍，以改革促创新、促开放、促转型、促发展。";
    const fifth = "（五）突出生态优势，推动绿色发展把生态文明建设放在突出位置，彰显山水优势，实现绿色发展，让青山常在、蓝天常驻、碧水长流。";
    const sixth = "（六）突出财税保障，提升支撑能力加快公共财政体系建设，促进财政收入稳定增长，引导金融机构优化金融服务，建立金融促进经济发展的长效机制。";
    const text = ["恩施州政府工作报告", "——2014年1月12日在州七届人大四次会议上", "州长 某", "各位代表：", "一、2013年工作回顾", "正文。", "二、2014年工作安排", "围绕实现上述目标，我们将重点抓好以下几个方面的工作：", "（一）突出产业链建设，促进转型升级充分发挥市场在资源配置中的决定性作用，更加注重运用市场的理念、市场的办法、市场的力量，推进六大产业链建设。", "正文。", "（二）突出新型城镇化，统筹城乡发展按照尊重自然、顺应自然的理念，因地制宜，科学规划，推进以人为核心、以产业为支撑、以公共服务为保障的新型城镇化。", "正文。", "（三）突出项目建设，打牢发展基础把握我州当前发展的阶段性特点，坚持把项目建设作为重要抓手，充分发挥投资在推动发展中的关键作用。", "正文。", fourth, "正文。", fifth, "坚持绿色发展。正文。", sixth, "正文。", "（七）突出民生改善，促进社会和谐。", "正文。"].join("\n");
    const r = ingestText("x-2014.txt", text);
    expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual([
      "（一）突出产业链建设，",
      "（二）突出新型城镇化，",
      "（三）突出项目建设，",
      "（四）突出改革创新，",
      "（五）突出生态优势，",
      "（六）突出财税保障，",
      "（七）突出民生改善，促进社会和谐。",
    ]);
    expect(r.document.paragraphs.some((p) => "（五）突出生态优势，" + p.text === fifth)).toBe(true);
  });

  it("keeps whole the next title of such a run when it stands alone on its line, no sentence in it (Zhangye 2017, a PDF copy)", () => {
    // `（三）…` reached the margin and ran on into its text; `（四）` and `（五）` stand alone, their text on the next line.
    const third = "（三）加快落实“双创”政策，激发市场主体活力，开创大众创业万众创新新局面坚持就业优先基本方向，突出改革创新根本动力，全面完成“双创”示范建设任务。";
    const fourth = "（四）加快完善城乡基础设施，强化规划建设管理，全力推进新型城镇化进程";
    const fifth = "（五）加强生态环境保护，改善发展条件，持续增强发展的动力和后劲";
    const text = ["张掖市政府工作报告", "——2016年11月10日在张掖市第四届人民代表大会第一次会议上", "市长 某", "各位代表：", "一、本届政府工作回顾", "正文。", "二、2017年工作重点", "重点抓好七个方面的工作：", "（一）强化项目带动，激活发展要素，促进经济持续稳定增长", "正文。", "（二）打造产业集群，延长产业链条，提升主导产业质量效益", "正文。", third, "正文。", fourth, "突出产业聚集，全力补齐短板，完善承载功能，彰显地域特色。", fifth, "健全完善保护生态、改善生态、永续发展的体制机制。", "（六）加大民生保障投入，改善公共服务条件，提高群众幸福感和满意度", "正文。"].join("\n");
    const r = ingestText("x-2017.txt", text);
    const sections = r.document.headings.filter((h) => h.depth === 3).map((h) => h.text);
    expect(sections.slice(3)).toEqual([fourth, fifth, "（六）加大民生保障投入，改善公共服务条件，提高群众幸福感和满意度"]);
  });

  it("reads a （一） run on into its text as a heading up to its first comma when its （二） is a title alone on its line (Jiangxi 2009), nothing lost", () => {
    const first = "（一）以更加扎实的措施抓好工业，为实现经济平稳较快发展提供强有力支撑没有工业经济的平稳较快发展，就不可能有整个经济的平稳较快发展。";
    const text = [
      "2009年某省政府工作报告",
      "——2009年2月12日在某省第十一届人民代表大会第二次会议上",
      "省长 某",
      "各位代表：",
      "一、2008年工作简要回顾",
      "正文。",
      "二、2009年的工作",
      "我们将着重抓好以下几方面工作：",
      first,
      "在当前形势下，我们要更加坚定不移地以新型工业化为核心，采取更加有力的措施抓好工业发展。",
      "（二）大力推进农村改革发展，为实现经济平稳较快发展打牢坚实基础",
      "以健全严格规范的农村土地管理制度和完善集体林权制度配套改革为重点，大力推进农村制度改革。",
      "（三）着力加大投入、扩大内需，为实现经济平稳较快发展增强拉动力",
      "正文。",
    ].join("\n");
    const r = ingestText("x-2009.txt", text);
    expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual([
      "（一）以更加扎实的措施抓好工业，",
      "（二）大力推进农村改革发展，为实现经济平稳较快发展打牢坚实基础",
      "（三）着力加大投入、扩大内需，为实现经济平稳较快发展增强拉动力",
    ]);
    expect(r.warnings.filter((w) => /too long to be a heading|breaks the numbering/.test(w.message))).toEqual([]);
    expect(r.document.paragraphs.some((p) => "（一）以更加扎实的措施抓好工业，" + p.text === first)).toBe(true);
  });

  it("names the line of a paragraph that opens with a first marker and runs on too long to be a heading", () => {
    const long = "（一）加强城市基础设施建设，打造山水宜居乐业城市以实现城市的绿色承载为理念，强化城市规划、建设、经营、管理，提升山水宜居乐业城市品质。拓展城市发展空间。";
    // The （二） a title sentence, not a title alone on its line (which would make the （一） a title run on, below).
    const text = ["2014年某市政府工作报告", "2014年1月9日在某市第十届人民代表大会第三次会议上", "市长 某", "各位代表：", "一、2013年工作回顾", "正文。", "二、2014年工作安排", long, "（二）加快发展社会事业。", "正文。"].join("\n");
    const r = ingestText("x-2014.txt", text);
    const lines = r.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^8: “（一）” opens a paragraph too long to be a heading/), expect.stringMatching(/^9: heading “（二）” breaks the numbering/)]));
    expect(r.document.paragraphs.some((p) => p.text === long)).toBe(true);
  });

  it("names the file and line in every warning", () => {
    const r = ingestText("x-2020.txt", "2020年某市政府工作报告\n2020年1月1日在某市第一届人民代表大会第一次会议上\n市长 某\n各位代表：\n（二）无头的标题\n");
    expect(r.warnings.every((w) => w.file === "x-2020.txt" && w.line > 0)).toBe(true);
  });
});

describe("a bold heading whose last characters fall outside the bold", () => {
  it("is one heading (**一、2023年工作回**顾), while a bold lead sentence keeps its text apart", () => {
    const md = ["---", "title: 2024年测试市政府工作报告", "---", "", "——2024年1月10日在测试市第一届人民代表大会第一次会议上", "", "测试市市长 张三", "", "各位代表：", "", "**一、2023年工作回**顾", "", "**（一）抓产业。**全年新增企业5家。", "", "**二、2024年工作安排**", "", "今年地区生产总值增长6%左右。"].join("\n");
    const r = ingestText("ceshi-2024.md", md);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2023年工作回顾", "（一）抓产业。", "二、2024年工作安排"]);
    expect(r.document.paragraphs.map((p) => p.text)).not.toContain("顾");
  });

  it("is one heading when a full stop alone falls outside it (Qinghai 2016: **（二）以扩大有效需求支撑经济稳定增长**。), no paragraph “。”", () => {
    const md = ["---", "title: 政府工作报告", "---", "", "——2016年1月25日在青海省第十二届人民代表大会第五次会议上", "", "省长 郝鹏", "", "各位代表：", "", "**一、2015年工作回顾**", "", "全省生产总值达到2417亿元。", "", "**二、着力抓好今年工作**", "", "**（一）以供给侧改革推动经济转型升级。**", "", "推进结构性改革。", "", "**（二）以扩大有效需求支撑经济稳定增长**。", "", "推动消费、投资、出口协同发力。"].join("\n");
    const r = ingestText("qinghai-2016.md", md);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2015年工作回顾", "二、着力抓好今年工作", "（一）以供给侧改革推动经济转型升级。", "（二）以扩大有效需求支撑经济稳定增长。"]);
    expect(r.document.paragraphs.map((p) => p.text)).not.toContain("。");
  });

  it("keeps its full stop when its text runs on after it (Dongguan 2011: **一、力保平稳增长，切实巩固了经济回升势头**。紧紧抓住…), no paragraph opening on “。”", () => {
    const md = ["---", "title: 2011年东莞市政府工作报告", "---", "", "各位代表：", "", "2010年及“十一五”时期工作回顾", "", "**一、力保平稳增长，切实巩固了经济回升势头**。紧紧抓住外部环境有所好转的时机，保持了经济平稳较快增长。预计全市实现生产总值4246亿元，比上年增长10.3%。", "", "**二、加力调整结构，产业转型迈出了坚实步伐**。把调整产业结构作为核心任务，推进经济发展方式有效转变。"].join("\n");
    const r = ingestText("dongguan-2011.md", md);
    expect(r.document.headings.map((h) => h.text)).toEqual(expect.arrayContaining(["一、力保平稳增长，切实巩固了经济回升势头。", "二、加力调整结构，产业转型迈出了坚实步伐。"]));
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(["紧紧抓住外部环境有所好转的时机，保持了经济平稳较快增长。预计全市实现生产总值4246亿元，比上年增长10.3%。"]));
    expect(r.document.paragraphs.every((p) => !p.text.startsWith("。"))).toBe(true);
  });
});

describe("a bold unnumbered part title that opens a paragraph, its text run on after it (Xizang 2004)", () => {
  const md = [
    "---",
    "title: 西藏自治区2004年政府工作报告",
    "---",
    "",
    "（2004年5月17日 向巴平措）",
    "",
    "各位代表：",
    "",
    "现在，我代表自治区人民政府，向大会作工作报告，请予审议。",
    "",
    "**2003年工作回顾** 2003年，在党中央、国务院和自治区党委的坚强领导下，完成了全年的各项工作目标。完成生产总值184.59亿元，比上年增长12.1%。",
    "",
    "**一、统筹兼顾，跨越式发展势头良好** 经济结构调整迈出重大步伐。第一产业增加值达到40.97亿元，增长3.0%。",
    "",
    "**二、关心群众，人民生活进一步改善** 城乡居民收入明显提高。农牧民人均纯收入达1690元，增长11.1%。城镇居民人均可支配收入8058元，增长3.8%。",
    "",
    "2004年工作任务",
    "",
    "2004年经济社会发展的主要预期目标是：全区生产总值增长12%以上，突破200亿元大关；城镇居民人均可支配收入达到8500元，农牧民人均纯收入达到1850元。",
    "",
    "一、统筹城乡发展，狠抓“三农”工作",
    "",
    "千方百计增加农牧民收入。",
    "",
    "加强政府自身建设",
    "",
    "我区正处于推进跨越式发展和全面建设小康社会的重要时期。",
    "",
    "一、牢记宗旨，全心全意为人民谋利益",
    "",
    "我们的政府是人民的政府。",
  ].join("\n");

  it("is the review part, its bold numbered headings its sections, and the plain part titles after it parts", () => {
    const r = ingestText("xizang-2004.md", md);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 2003年工作回顾",
      "3 一、统筹兼顾，跨越式发展势头良好",
      "3 二、关心群众，人民生活进一步改善",
      "2 2004年工作任务",
      "3 一、统筹城乡发展，狠抓“三农”工作",
      "2 加强政府自身建设",
      "3 一、牢记宗旨，全心全意为人民谋利益",
    ]);
    expect(r.document.paragraphs.some((p) => p.text.startsWith("2003年，在党中央、国务院和自治区党委的坚强领导下"))).toBe(true);
  });

  it("so the review's figures are results of 2003, not targets of 2004", () => {
    const figures = extractFigures(ingestText("xizang-2004.md", md).document, metrics);
    const of = (metric: string) => figures.filter((f) => f.metric === metric).map((f) => `${f.kind} ${f.year} ${f.value}`);
    expect(of("rural_net_income")).toEqual(["result 2003 1690", "target 2004 1850"]);
    expect(of("urban_income")).toEqual(["result 2003 8058", "target 2004 8500"]);
    expect(of("agriculture_value_added")).toEqual(["result 2003 40.97"]);
    expect(of("gdp_growth")).toEqual(["result 2003 12.1", "target 2004 12"]);
  });

  it("while a bold topic or lead sentence that opens a paragraph stays its lead", () => {
    const lead = md.replace("**2003年工作回顾** 2003年，", "**2003年，**").replace("**一、统筹兼顾，跨越式发展势头良好** ", "**加快产业发展** ");
    const r = ingestText("xizang-2004.md", lead);
    expect(r.document.headings.map((h) => h.text)).not.toContain("加快产业发展");
  });
});

describe("an unnumbered part title opening a paragraph, set off from its text by a space in a plain copy (Xizang 2004)", () => {
  const text = [
    "西藏自治区2004年政府工作报告",
    "（2004年5月17日 向巴平措）",
    "各位代表：",
    "现在，我代表自治区人民政府，向大会作工作报告，请予审议。",
    "2003年工作回顾 2003年，在党中央、国务院和自治区党委的坚强领导下，完成了全年的各项工作目标。农牧民人均纯收入达1690元，增长11.1%。",
    "一、统筹兼顾，跨越式发展势头良好",
    "第一产业增加值达到40.97亿元，增长3.0%。",
    "2004年工作任务",
    "2004年经济社会发展的主要预期目标是：全区生产总值增长12%以上；农牧民人均纯收入达到1850元。",
    "一、统筹城乡发展，狠抓“三农”工作",
    "千方百计增加农牧民收入。",
  ].join("\n");

  it("is the review part, with a warning, and its text a paragraph under it", () => {
    const r = ingestText("xizang-2004.txt", text);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 2003年工作回顾",
      "3 一、统筹兼顾，跨越式发展势头良好",
      "2 2004年工作任务",
      "3 一、统筹城乡发展，狠抓“三农”工作",
    ]);
    expect(r.document.paragraphs.some((p) => p.text.startsWith("2003年，在党中央"))).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContain("part title “2003年工作回顾” opens a paragraph, its text run on after a space; read as a heading");
    const figures = extractFigures(r.document, metrics).filter((f) => f.metric === "rural_net_income");
    expect(figures.map((f) => `${f.kind} ${f.year} ${f.value}`)).toEqual(["result 2003 1690", "target 2004 1850"]);
  });

  it("but not a title's words that a sentence goes on after a space (2004年工作任务 是…), nor a quantity", () => {
    for (const line of ["2004年工作任务 是全面完成各项目标。", "2004年工作安排 15亿元用于民生。"]) {
      const r = ingestText("xizang-2004.txt", text.replace(/^2003年工作回顾 .*$/m, line));
      expect(r.document.paragraphs.map((p) => p.text)).toContain(line);
      expect(r.warnings.map((w) => w.message).join("\n")).not.toMatch(/opens a paragraph, its text run on after a space/);
    }
  });
});

describe("sections （一） with no parts above them that restart, or that a copy gives twice (Changsha 2004)", () => {
  const text = [
    "2004年长沙市政府工作报告",
    "2004年1月3日在长沙市第十二届人民代表大会第二次会议上",
    "市长 谭仲池",
    "各位代表：",
    "现在，我代表市人民政府向大会作工作报告，请予审议。",
    "（一）结构调整取得显著成效，国民经济保持了良好的发展态势。全市国内生产总值增长14.6%。",
    "（一）结构调整取得显著成效，国民经济保持了良好的发展态势。全市国内生产总值增长14.6%。",
    "（二）基础设施建设快速推进，城乡面貌发生了深刻变化。完成城市基础设施投资50亿元。",
    "各位代表，2003年是我市改革开放取得新的进展、经济社会全面发展的一年。",
    "今年政府工作的总体要求是：国内生产总值增长12%以上。",
    "（一）突出发展产业集群，全力推进新型工业化进程。工业增加值增长18%。",
    "（二）着力繁荣农村经济，加快城乡一体化步伐。农民人均纯收入增长6%。",
  ].join("\n");
  const r = ingestText("changsha-2004.txt", text);

  it("reads every （一） run as sections of the outermost level, none nested in another （一）", () => {
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 3)}`)).toEqual(["2 （一）", "2 （一）", "2 （二）", "2 （一）", "2 （二）"]);
  });

  it("keeps the review's figures results and the plan's targets", () => {
    const figures = extractFigures(r.document, metrics);
    expect(figures.filter((f) => f.quote.includes("14.6%")).map((f) => [f.kind, f.year])).toEqual([["result", 2003], ["result", 2003]]);
    expect(figures.filter((f) => f.quote.includes("工业增加值增长18%")).map((f) => [f.kind, f.year])).toEqual([["target", 2004]]);
  });
});

describe("a run of sections that restarts at 一、 at the depth of an earlier run (Guyuan 2016)", () => {
  const md = [
    "---",
    "title: 固原市政府工作报告",
    "---",
    "",
    "——2016年1月19日在固原市第三届人民代表大会第四次会议上",
    "",
    "固原市市长 马汉成",
    "",
    "各位代表：",
    "",
    "**2015年及“十二五”工作**",
    "",
    "过去的一年，市人民政府认真贯彻落实自治区党委、政府和市委的决策部署。",
    "",
    "一、扶贫开发温暖人心。累计争取扶贫资金45.1亿元，完成贫困村销号189个。",
    "",
    "二、生态保护深得人心。生态成为我市一张亮丽名片。",
    "",
    "三、产业发展稳定人心。累计安排财政资金2.1亿元，推进产业优化升级。",
    "",
    "各位代表，过去的五年，成绩令人鼓舞、变化催人奋进。",
    "",
    "回顾“十二五”，发展短板依然突出。",
    "",
    "“十三五”时期是我市脱贫摘帽、同步小康的决胜期，更是我市补齐短板、拔掉穷根的机遇期。",
    "",
    "一、精准脱贫，产业富民。脱贫是我市发展最根本的任务，既是压力和责任，更是机遇和希望。",
    "",
    "（一）全面落实“1+21+X”脱贫攻坚规划。实施精准脱贫“五个一批”计划，发展生产和转移就业脱贫12.7万人左右。",
    "",
    "二、创新驱动，项目带动。创新是发展最关键的动力。",
    "",
    "**2016年重点工作**",
    "",
    "一、抓实精准脱贫规划。安排1亿元扶贫开发担保资金，完成150个贫困村销号，10万人脱贫。",
    "",
  ].join("\n");
  const doc = ingestText("ceshi-2016.md", md).document;

  it("reads the second run as sections at the same depth, not nested in the first run's last section", () => {
    expect(doc.headings.map((h) => `${h.depth} ${h.id} ${h.text.slice(0, 3)}`)).toEqual([
      "2 s-1 201",
      "3 s-1-1 一、扶",
      "3 s-1-2 二、生",
      "3 s-1-3 三、产",
      "3 s-1-4 一、精",
      "4 s-1-4-1 （一）",
      "3 s-1-5 二、创",
      "2 s-2 201",
      "3 s-2-1 一、抓",
    ]);
  });

  it("turns to the outlook at the paragraph between the runs that opens with the coming plan", () => {
    const period = (text: string) => doc.paragraphs.find((p) => p.text.startsWith(text))!.period;
    expect(period("回顾“十二五”")).toBe("review");
    expect(period("“十三五”时期是")).toBe("outlook");
    expect(period("实施精准脱贫")).toBe("outlook");
    expect(period("安排1亿元")).toBe("plan");
  });
});

describe("the parts of an older report, named by its plans (Gansu 2001)", () => {
  const text = [
    "关于甘肃省国民经济和社会发展第十个五年计划纲要的报告",
    "——2001年1月10日在甘肃省第九届人民代表大会第四次会议上",
    "甘肃省代省长 陆浩",
    "各位代表：",
    "一、 关于“九五”计划的完成情况",
    "“九五”时期，全省各族人民共同努力，各方面工作都取得了比较显著的成就。",
    "二、关于“十五”经济社会发展的目标任务和主要措施",
    "“十五”是甘肃经济社会发展的重要时期。国内生产总值年均增长8%、力争9%。",
    "三、关于二〇〇一年的政府工作",
    "2001年是新世纪的第一年，是实施“十五”计划的开局之年。",
    "四、关于2000年计划执行情况",
    "各项计划指标全面完成。",
  ].join("\n");
  const doc = ingestText("gansu-2001.txt", text).document;
  const period = (start: string) => doc.paragraphs.find((p) => p.text.startsWith(start))!.period;

  it("reads the finished plan (“九五”) as the review and the plan that begins (“十五”) as the outlook, though its heading names tasks", () => {
    expect(period("“九五”时期")).toBe("review");
    expect(period("“十五”是甘肃")).toBe("outlook");
    expect(period("2001年是新世纪")).toBe("plan");
  });

  it("reads a part on how a plan went (执行情况) as a look back, wherever it stands", () => {
    expect(period("各项计划指标")).toBe("review");
  });
});

describe("bold part titles of an older report (Gansu 2006)", () => {
  const md = [
    "---",
    "title: 2006年政府工作报告",
    "---",
    "",
    "——2006年1月15日在甘肃省第十届人民代表大会 第四次会议上",
    "",
    "甘肃省省长  **陆 浩**",
    "",
    "**各位代表：**",
    "",
    "今年是实施“十一五”规划的开局之年，我代表省人民政府向大会报告工作。",
    "",
    "**“十五”计划完成情况**",
    "",
    "“十五”时期，全省各族人民全面完成了“十五”计划主要预期目标任务。",
    "",
    "**“十一五”经济社会发展的指导思想、奋斗目标和工作重点**",
    "",
    "“十一五”时期，我们肩负着实现总体小康并向全面小康迈进的历史重任。",
    "",
    "一、高度重视“三农”工作，推进社会主义新农村建设。",
    "",
    "要始终不渝地把解决好“三农”问题作为各项工作的重中之重。",
    "",
    "二、全力实施工业强省战略，推进经济结构调整。",
    "",
    "坚持以信息化带动工业化，走新型工业化道路。",
    "",
    "**２００６年的政府工作**",
    "",
    "２００６年是实施“十一五”规划的第一年。主要预期目标是：生产总值增长１０％以上。",
  ].join("\n");
  const doc = ingestText("gansu-2006.md", md).document;

  it("reads a part on how a plan went (完成情况), and then a whole bold line listing what its part holds, as parts", () => {
    expect(doc.headings.map((h) => [h.depth, h.text.slice(0, 8)])).toEqual([
      [2, "“十五”计划完成"],
      [2, "“十一五”经济社"],
      [3, "一、高度重视“三"],
      [3, "二、全力实施工业"],
      [2, "２００６年的政府"],
    ]);
  });

  it("gives each part its period", () => {
    const period = (start: string) => doc.paragraphs.find((p) => p.text.startsWith(start))!.period;
    expect(period("“十五”时期")).toBe("review");
    expect(period("要始终不渝")).toBe("outlook");
    expect(period("２００６年是")).toBe("plan");
  });

  it("opens the text run on after a heading without the space a copy left before it", () => {
    const run = md.replace("二、全力实施工业强省战略，推进经济结构调整。\n\n坚持", "二、全力实施工业强省战略，推进经济结构调整。 坚持");
    const p = ingestText("gansu-2006.md", run).document.paragraphs.find((x) => x.text.includes("以信息化带动工业化"))!;
    expect(p.text).toBe("坚持以信息化带动工业化，走新型工业化道路。");
    expect(p.headings.at(-1)!.text).toBe("二、全力实施工业强省战略，推进经济结构调整。");
  });

  it("takes a plain line with 、 for a part only when each piece names a part; a bold one whenever 、 joins two words", () => {
    const headingsOf = (line: string) => ingestText("gansu-2006.md", md.replace("**“十一五”经济社会发展的指导思想、奋斗目标和工作重点**", line)).document.headings.map((h) => h.text.slice(0, 8));
    // 指导思想, 奋斗目标, 工作重点: each names a part, bold or not.
    expect(headingsOf("“十一五”经济社会发展的指导思想、奋斗目标和工作重点")).toContain("“十一五”经济社");
    // 社会事业 names no part: plain, the line stays a paragraph; bold, it is the part it opens.
    expect(headingsOf("“十一五”经济社会发展的指导思想、社会事业")).not.toContain("“十一五”经济社");
    expect(headingsOf("**“十一五”经济社会发展的指导思想、社会事业**")).toContain("“十一五”经济社");
  });
});

describe("a bold part title that joins two phrases with a comma (Guangdong 2001)", () => {
  const md = [
    "**政府工作报告**",
    "",
    "──2001年2月11日在广东省第九届人民代表大会第四次会议上",
    "",
    "广东省省长 某某",
    "",
    "各位代表：",
    "",
    "**“九五”时期工作回顾**",
    "",
    "“九五”时期，全省国民经济继续保持了快速、健康发展的势头。",
    "",
    "**“十五”时期的奋斗目标和主要任务**",
    "",
    "一、突出抓好经济结构的战略性调整",
    "",
    "优化提高第二产业。",
    "",
    "**扎实工作，为“十五”计划开好头起好步**",
    "",
    "今年我省经济发展主要预期目标是：国内生产总值增长9％左右。",
    "",
    "一、抓好产业结构调整优化，提高经济整体素质",
    "",
    "加快农业结构调整。",
  ].join("\n");

  it("is a part of its own, so that the plan year's sections are not read as the five-year plan's", () => {
    const doc = ingestText("guangdong-2001.md", md).document;
    expect(doc.headings.map((h) => [h.depth, h.text.slice(0, 6)])).toEqual([
      [2, "“九五”时期"],
      [2, "“十五”时期"],
      [3, "一、突出抓好"],
      [2, "扎实工作，为"],
      [3, "一、抓好产业"],
    ]);
  });

  it("stays a paragraph when plain, or when its comma joins phrases that name no part", () => {
    const headingsOf = (line: string) => ingestText("guangdong-2001.md", md.replace("**扎实工作，为“十五”计划开好头起好步**", line)).document.headings.map((h) => h.text.slice(0, 4));
    expect(headingsOf("扎实工作，为“十五”计划开好头起好步")).not.toContain("扎实工作");
    expect(headingsOf("**稳中求进，再创佳绩**")).not.toContain("稳中求进");
  });
});

describe("a numbered part title set on two lines (Beijing 1999)", () => {
  const md = (second: string) =>
    [
      "---",
      "title: 政府工作报告",
      "---",
      "",
      "——1999年2月5日在北京市第十一届人民代表大会第二次会议上",
      "",
      "北京市市长 某某",
      "",
      "各位代表：",
      "",
      "**一、1998年工作的回顾**",
      "",
      "1998年是全市各族人民经受严峻考验并取得重大成就的一年。",
      "",
      "**二、以迎接建国50周年为强大推动力**",
      "",
      second,
      "",
      "今年是我国历史发展进程中具有特殊意义的一年，也是首都跨世纪发展至关重要的一年。",
      "",
      "（一）加大结构调整力度，提高经济运行的质量和效益",
      "",
      "保持全市经济持续快速健康发展的关键在于，进一步优化经济结构。",
    ].join("\n");

  it("joins the title's second line to the part heading", () => {
    const doc = ingestText("beijing-1999.md", md("全面开创首都改革开放和现代化建设的新局面")).document;
    expect(doc.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual([
      "一、1998年工作的回顾",
      "二、以迎接建国50周年为强大推动力 全面开创首都改革开放和现代化建设的新局面",
    ]);
    expect(doc.paragraphs.map((p) => p.text)).not.toContain("全面开创首都改革开放和现代化建设的新局面");
  });

  it("leaves a punctuated line, a subtitle after a dash and a section after the title as they are", () => {
    const parts = (second: string) => ingestText("beijing-1999.md", md(second)).document.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(parts("全面开创首都改革开放和现代化建设的新局面。")[1]).toBe("二、以迎接建国50周年为强大推动力");
    expect(parts("——全面开创首都改革开放和现代化建设的新局面")[1]).toBe("二、以迎接建国50周年为强大推动力");
    expect(parts("（一）全面开创首都改革开放新局面")[1]).toBe("二、以迎接建国50周年为强大推动力");
  });
});

describe("a part title that ends on a part word, the paragraph under it cut by a printed page (Linyi 2018)", () => {
  const md = [
    "---",
    "title: 临沂市政府工作报告 （2018年1月8日 张术平）",
    "---",
    "",
    "——2018年1月8日在临沂市第十九届人民代表大会第二次会议上",
    "",
    "市长 张术平",
    "",
    "各位代表：",
    "",
    "**一、2017年工作回顾**",
    "",
    "刚刚过去的2017年，是很不平凡的一年。",
    "",
    "**二、2018年工作安排**",
    "",
    "今年是全面贯彻党的十九大和省第十一次党代会精神的开局",
    "",
    "之年，是改革开放40周年，也是决胜全面建成小康社会、实施“十三五”规划承上启下的关键一年。",
    "",
    "今年工作的主要目标是：地区生产总值增长8%左右，一般公共预算收入增长7%左右。",
  ].join("\n");

  it("keeps the title whole and the cut line in the part's text", () => {
    const doc = ingestText("linyi-2018.md", md).document;
    expect(doc.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(["一、2017年工作回顾", "二、2018年工作安排"]);
    expect(doc.paragraphs.map((p) => p.text).join("")).toContain("今年是全面贯彻党的十九大和省第十一次党代会精神的开局");
  });
});

describe("a part title naming a year's work, an unnumbered heading under it (Shaanxi 2024: 二、2024年工作 / 总体要求和预期目标)", () => {
  it("keeps the title whole and the line under it apart", () => {
    const md = [
      "---",
      "title: 陕西省2024年政府工作报告",
      "---",
      "",
      "2024年1月26日在陕西省第十四届人民代表大会第二次会议上",
      "",
      "陕西省省长 赵刚",
      "",
      "各位代表：",
      "",
      "一、2023年工作回顾",
      "",
      "全年生产总值达到33786亿元、增长4.3%。",
      "",
      "二、2024年工作",
      "",
      "总体要求和预期目标",
      "",
      "今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。",
      "",
      "今年发展主要预期目标是：生产总值增长5.5%左右。",
      "",
      "三、2024年重点工作",
      "",
      "（一）强化创新引领，加快构建现代化产业体系",
      "",
      "加快建设科技强省。",
    ].join("\n");
    const doc = ingestText("shaanxi-2024.md", md).document;
    expect(doc.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(["一、2023年工作回顾", "二、2024年工作", "三、2024年重点工作"]);
    expect(doc.paragraphs.map((p) => p.text)).toContain("总体要求和预期目标");
  });
});

describe("a numbered part title run on into its first sentence with no mark between (Hefei 2006)", () => {
  const md = [
    "---",
    "title: 合肥市2006年政府工作报告",
    "---",
    "",
    "各位代表：",
    "",
    "**一、“十五”期间回顾和2005年的政府工作**",
    "",
    "“十五”是我市改革开放以来经济社会发展最好的时期。",
    "",
    "**二、“十一五”期间经济社会发展的总体目标和主要思路**",
    "",
    "“十一五”时期既是十分难得的“黄金发展期”，又是不可忽视的“矛盾凸显期”。",
    "",
    "三、2006年的主要工作2006年是“十一五”开局之年，切实做好今年各项工作，对于顺利实施“十一五”规划具有十分重要的意义。2006年经济社会发展的主要预测指标建议为：地区生产总值增长16%;财政收入增长15%。",
    "",
    "（一）全面实施“工业立市”战略，加快发展工业经济。认真落实《优先加快工业发展行动纲要》。",
  ].join("\n");

  it("ends the title at its last part word, before the year that opens the sentence", () => {
    const doc = ingestText("hefei-2006.md", md).document;
    expect(doc.headings.filter((h) => h.depth === 2).map((h) => h.text)[2]).toBe("三、2006年的主要工作");
    expect(doc.paragraphs.map((p) => p.text)).toContain(
      "2006年是“十一五”开局之年，切实做好今年各项工作，对于顺利实施“十一五”规划具有十分重要的意义。2006年经济社会发展的主要预测指标建议为：地区生产总值增长16%;财政收入增长15%。",
    );
  });
});

describe("a part title run on into a first sentence that opens with the past year (Huludao 2023)", () => {
  const md = [
    "---",
    "title: 葫芦岛市政府工作报告（2023年1月4日 何志勇）",
    "---",
    "",
    "各位代表：",
    "",
    "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席同志提出意见。",
    "",
    "一、2022年工作回顾过去的一年，极不平凡、极不容易、极为难忘。百年变局和世纪疫情交织叠加，外部环境复杂严峻，改革发展稳定任务繁重艰巨。",
    "",
    "预计2022年，地区生产总值增幅为正，规上工业增加值下降2.3%，固定资产投资增长1%。",
    "",
    "二、2023年工作安排",
    "",
    "今年的预期目标是：地区生产总值增长6%，一般公共预算收入增长6%。",
  ].join("\n");

  it("ends the title at its part word, before the past year its first sentence opens with", () => {
    const doc = ingestText("huludao-2023.md", md).document;
    expect(doc.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(["一、2022年工作回顾", "二、2023年工作安排"]);
    expect(doc.paragraphs.map((p) => p.text)).toContain("过去的一年，极不平凡、极不容易、极为难忘。百年变局和世纪疫情交织叠加，外部环境复杂严峻，改革发展稳定任务繁重艰巨。");
  });
});

describe("a part title that opens with its part word as a verb, the year its object (Pingxiang 2014, a PDF copy)", () => {
  const txt = [
    "萍乡市政府工作报告",
    "——2014年1月15日在萍乡市第十四届人民代表大会第五次会议上",
    "代市长 李小豹",
    "各位代表：",
    "现在，我代表市人民政府向大会作政府工作报告，请予审议。",
    "一、回顾2013年：攻坚克难，经济社会发展稳中有进",
    "2013年是贯彻落实党的十八大精神的开局之年，也是我市经济社会发展较为艰难的一年。",
    "二、奋战2014年：改革创新，积极有为促进转型升级",
    "今年全市经济社会发展的主要预期目标是：生产总值增长10%，财政总收入增长13%。",
  ].join("\n");

  it("keeps the title whole: `一、回顾` is no title that ends before the year", () => {
    const doc = ingestText("pingxiang-2014.txt", txt).document;
    expect(doc.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual([
      "一、回顾2013年：攻坚克难，经济社会发展稳中有进",
      "二、奋战2014年：改革创新，积极有为促进转型升级",
    ]);
    expect(doc.paragraphs.map((p) => p.text)).not.toContain("2013年：攻坚克难，经济社会发展稳中有进");
  });
});

describe("a national report whose parts the Markdown marks at one depth, the first unnumbered (national 2002)", () => {
  const md = [
    "**政府工作报告**",
    "——2002年3月5日在第九届全国人民代表大会第五次会议上",
    "",
    "国务院总理　某某",
    "",
    "各位代表：",
    "",
    "## 首先报告2001年的工作。",
    "",
    "2001年国内生产总值达到95933亿元，比上年增长7.3%。",
    "",
    "## 一、扩大和培育内需，促进经济较快增长",
    "",
    "保持国民经济较快增长。",
    "",
    "## 二、加快农业和农村经济发展，努力增加农民收入",
    "",
    "发展农业生产力。",
  ].join("\n");

  it("reads the numbered parts as the unnumbered part's siblings, not its sub-parts", () => {
    const doc = ingestText("guowuyuan-2002.md", md).document;
    expect(doc.headings.map((h) => [h.depth, h.text.slice(0, 6)])).toEqual([
      [2, "首先报告20"],
      [2, "一、扩大和培"],
      [2, "二、加快农业"],
    ]);
  });
});

describe("a paragraph cut off in mid-sentence by the source (Gansu 2001)", () => {
  it("gives its rest no lead sentence of its own: the rest goes on the paragraph it was cut from", () => {
    const md = [
      "——2001年1月10日在甘肃省第九届人民代表大会第四次会议上",
      "",
      "各位代表：",
      "",
      "**一、 关于“九五”计划的完成情况**",
      "",
      "——结构调整取得了一定成效。农村经济结构调整成效显著，粮食基本实现了省内自给，形成了一批支柱产业",
      "",
      "基地和加工运销企业。通过“抓大放小”，实施名牌战略，组建了21个企业集团。",
      "",
      "对于这些问题，我们将采取有效措施。认真加以解决。",
    ].join("\n");
    const doc = ingestText("gansu-2001.md", md).document;
    const lead = (start: string) => doc.paragraphs.find((p) => p.text.startsWith(start))!.lead;
    expect(lead("——结构调整")).toBe("——结构调整取得了一定成效");
    expect(doc.paragraphs.find((p) => p.text.startsWith("——结构调整"))!.text).toContain("形成了一批支柱产业基地和加工运销企业。");
    expect(doc.paragraphs.some((p) => p.text.startsWith("基地和加工"))).toBe(false);
    expect(lead("对于这些问题")).toBe("对于这些问题，我们将采取有效措施");
  });
});

describe("a part numbered 三、 after a section （二） whose own part lost its numeral (Xining 2016)", () => {
  it("closes the section rather than nesting in it, so the plan year's targets are read as that year's", () => {
    const text = [
      "2016年西宁市政府工作报告",
      "——2016年2月25日在西宁市第十五届人民代表大会第八次会议上",
      "市长 张晓容",
      "各位代表：",
      "、科学谋划“十三五”，全面建成小康社会",
      "**（二）“十三五”时期经济社会发展的奋斗目标**",
      "此，明确了“十三五”时期经济发展、生态文明、民生福祉、创新驱动4大类28项指标。",
      "三、打好实现“12315”总目标第一仗，奋力开启“幸福西宁”建设新征程",
      "2016年是全面建成小康社会决胜阶段的开局之年。",
      "经济社会发展主要预期目标是：地区生产总值增长9.5%左右，新增城镇就业3万人。",
      "**（一）全力以赴稳增长，为建设“幸福西宁”夯实物质基础。**",
      "确保全社会固定资产投资增长10%以上。",
    ].join("\n");
    const r = ingestText("xining-2016.md", text);
    expect(r.document.headings.map((h) => [h.depth, h.text.slice(0, 6)])).toEqual([
      [2, "（二）“十三"],
      [2, "三、打好实现"],
      [3, "（一）全力以"],
    ]);
    const x = extractFigures(r.document, metrics);
    const gdp = x.filter((f) => f.metric === "gdp_growth");
    expect(gdp.map((f) => [f.kind, f.year, f.period, f.value])).toEqual([["target", 2016, null, 9.5]]);
  });
});

describe("part headings whose numeral a copy lost", () => {
  // Xining 2016 as copied from its web page: every paragraph lost its first character, the part headings 一、 and 二、
  // their numeral.
  const text = [
    "政府工作报告",
    "——2016年2月25日在西宁市第十五届人民代表大会第八次会议上",
    "市长 张晓容",
    "各位代表：",
    "在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协委员和其他列席人员提出意见。",
    "、“十二五”圆满收官，西宁各项事业有了新突破",
    "十二五”时期是极不平凡的五年，是西宁发展势头好、城乡面貌变化大、人民群众得实惠多的五年。",
    "位代表，五年来，我们心系民生，坚持每年都办成一批惠民实事。",
    "、科学谋划“十三五”，全面建成小康社会",
    "据《中共西宁市委关于制定国民经济和社会发展第十三个五年规划的建议》，市政府制定了纲要。",
    "三、打好实现“12315”总目标第一仗，奋力开启“幸福西宁”建设新征程",
    "2016年是全面建成小康社会决胜阶段的开局之年。",
  ].join("\n");

  it("reads them as the parts the numbering around them says, keeps their text and names their lines", () => {
    const r = ingestText("xining-2016.txt", text);
    const parts = r.document.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(parts).toEqual(["、“十二五”圆满收官，西宁各项事业有了新突破", "、科学谋划“十三五”，全面建成小康社会", "三、打好实现“12315”总目标第一仗，奋力开启“幸福西宁”建设新征程"]);
    const lost = r.warnings.filter((w) => /lost its numeral/.test(w.message));
    expect(lost.map((w) => [w.line, /part (.)、/.exec(w.message)?.[1]])).toEqual([[6, "一"], [9, "二"]]);
    expect(r.warnings.some((w) => /“（四）” breaks the numbering/.test(w.message))).toBe(false);
    // The paragraphs keep the text as written, no character made up.
    expect(r.document.paragraphs.map((p) => p.text[0])).toContain("在");
  });

  it("leaves a line opening with 、 alone when the numbering has no gap for it", () => {
    const r = ingestText("x-2016.txt", text.replace("、科学谋划", "二、科学谋划"));
    const parts = r.document.headings.filter((h) => h.depth === 2).map((h) => h.text.slice(0, 4));
    expect(parts).toEqual(["、“十二", "二、科学", "三、打好"]);
    const r2 = ingestText("x-2016.txt", text.replace("三、打好", "二、打好"));
    expect(r2.document.headings.filter((h) => h.text.startsWith("、"))).toEqual([]);
  });

  it("reads a last part that lost its numeral as the one after the part before it, and none in a report without 一、", () => {
    const r = ingestText("xining-2016.txt", `${text}\n、加强政府自身建设，提高依法行政能力\n各位代表，新的征程已经开启。\n`);
    expect(r.document.headings.filter((h) => h.depth === 2).at(-1)!.text).toBe("、加强政府自身建设，提高依法行政能力");
    expect(r.warnings.find((w) => w.line === 13)?.message).toMatch(/read as part 四、/);
    const bare = ingestText("x-2016.txt", "各位代表：\n、“十二五”圆满收官，西宁各项事业有了新突破\n正文。\n");
    expect(bare.document.headings.filter((h) => !h.appendix)).toEqual([]);
  });
});

describe("a paragraph a copy broke off after a comma", () => {
  const head = ["---", "title: 2016年测试市政府工作报告", "---", "", "——2016年1月10日在测试市第一届人民代表大会第一次会议上", "", "测试市市长 张三", "", "各位代表：", ""];

  it("is joined with the paragraph that goes on its sentence, with a warning naming that line (Zhongwei 2016)", () => {
    const md = [
      ...head,
      "**一、2016年工作安排**",
      "",
      "保护美丽环境。加强工业大气污染治理，督促电石、铁合金等行业企业建成余热发电项目，",
      "",
      "完善企业治污、除尘、脱硫、脱硝设施。实施节能降耗行动计划。",
    ].join("\n");
    const r = ingestText("ceshi-2016.md", md);
    expect(r.document.paragraphs.map((p) => p.text)).toEqual([
      "各位代表：",
      "保护美丽环境。加强工业大气污染治理，督促电石、铁合金等行业企业建成余热发电项目，完善企业治污、除尘、脱硫、脱硝设施。实施节能降耗行动计划。",
    ]);
    expect(r.warnings.filter((w) => /breaks off after a comma/.test(w.message)).map((w) => [w.file, w.line])).toEqual([["ceshi-2016.md", 15]]);
  });

  it("keeps a list's figures when the list goes on in the next paragraph (Tianjin 2018: …规模超亿元企业4200家，)", () => {
    const text = [
      "2018年测试市政府工作报告",
      "——2018年1月25日在测试市第一届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、过去五年工作回顾",
      "科技型企业发展到9.7万家，规模超亿元企业4200家，",
      "国家高新技术企业突破4000家，超级计算机等一批科技重大专项取得突破。",
    ].join("\n");
    const { doc, figures } = extractText("ceshi-2018.txt", text);
    expect(doc.paragraphs.at(-1)!.text).toBe("科技型企业发展到9.7万家，规模超亿元企业4200家，国家高新技术企业突破4000家，超级计算机等一批科技重大专项取得突破。");
    expect(figures.map((f) => [f.quote, f.paragraph])).toEqual(
      expect.arrayContaining([["规模超亿元企业4200家", doc.paragraphs.at(-1)!.id], ["国家高新技术企业突破4000家", doc.paragraphs.at(-1)!.id]]),
    );
  });

  it("is not joined across a heading, a numbered item, a bold line or the salutation", () => {
    const md = [
      ...head,
      "**一、2016年工作安排**",
      "",
      "加强工业大气污染治理，",
      "",
      "（一）推进节能降耗。",
      "",
      "一是抓好重点企业，",
      "",
      "二是抓好园区。",
      "",
      "督促企业建成余热发电项目，",
      "",
      "**二、加强政府自身建设**",
    ].join("\n");
    const r = ingestText("ceshi-2016.md", md);
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(["加强工业大气污染治理，", "一是抓好重点企业，", "督促企业建成余热发电项目，"]));
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2016年工作安排", "（一）推进节能降耗。", "二、加强政府自身建设"]);
    expect(r.warnings.some((w) => /breaks off after a comma/.test(w.message))).toBe(false);
  });
});

describe("a paragraph a printed page cut inside a word (Linyi 2018: …围绕增进民生福祉，集中 / 力量实施十大领域百项惠民工程，…)", () => {
  const head = ["---", "title: 2018年测试市政府工作报告", "---", "", "——2018年1月8日在测试市第一届人民代表大会第一次会议上", "", "市长 张三", "", "各位代表：", ""];
  const part = ["**一、2017年工作回顾**", "", "（四）人民群众生活得到新改善。围绕增进民生福祉，集中", "", "力量实施十大领域百项惠民工程，全市财政用于民生支出486亿元。", ""];

  it("is one paragraph again, in Markdown and in plain text, with a warning naming the line that goes on it", () => {
    const joined = "围绕增进民生福祉，集中力量实施十大领域百项惠民工程，全市财政用于民生支出486亿元。";
    const md = ingestText("ceshi-2018.md", [...head, ...part].join("\n"));
    const txt = ingestText("ceshi-2018.txt", [...head.slice(4), ...part].filter((l) => l).map((l) => l.replace(/\*\*/g, "")).join("\n"));
    for (const r of [md, txt]) {
      expect(r.document.paragraphs.map((p) => p.text)).toContain(joined);
      expect(r.warnings.some((w) => /breaks off inside a word/.test(w.message))).toBe(true);
    }
    expect(md.warnings.find((w) => /inside a word/.test(w.message))!.line).toBe(15);
  });

  it("is one paragraph again when the cut falls after the Latin letters of a name whose subscript the copy lost (Nanchong 2021: 主城区PM / 平均浓度较2015年下降34.1%)", () => {
    const cut = [
      "**一、“十三五”发展主要成就和2020年工作回顾**",
      "",
      "**过去五年，我们多措并举治源头、优生态，美丽南充建设取得新成效**。生态环境质量明显改善，主城区PM",
      "",
      "平均浓度较2015年下降34.1%，空气质量优良天数率94%、较2015年提高14个百分点。",
      "",
    ];
    const r = ingestText("ceshi-2018.md", [...head, ...cut].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain(
      "过去五年，我们多措并举治源头、优生态，美丽南充建设取得新成效。生态环境质量明显改善，主城区PM平均浓度较2015年下降34.1%，空气质量优良天数率94%、较2015年提高14个百分点。",
    );
    expect(r.warnings.some((w) => /breaks off inside a word/.test(w.message))).toBe(true);
  });

  it("is one paragraph again when the cut falls inside a quoted name, the next line opening on its closing mark (Xiamen 2003: “台交会 / ”办会方式)", () => {
    const cut = ["**二、2003年工作的建议**", "", "扶持会展业发展。改革“投洽会”、“台交会", "", "”办会方式，促进会展中心与国际会展企业合作经营。", ""];
    const r = ingestText("ceshi-2018.md", [...head, ...cut].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain("扶持会展业发展。改革“投洽会”、“台交会”办会方式，促进会展中心与国际会展企业合作经营。");
    expect(r.warnings.some((w) => /breaks off inside a word/.test(w.message))).toBe(true);
  });

  it("is one paragraph again when the cut falls before a count and its measure word (Guangzhou 1993: 黄埔新沙港 / 2个泊位和…), but not before a year", () => {
    const cut = [
      "**一、五年工作的回顾**",
      "",
      "基本建设和技术改造取得较大成绩。五年全社会固定资产投资完成566.02亿元。投资结构有所改善，基础设施和原材料工业建设明显加强。完成了珠江电厂一期工程、珠江水泥厂、标致汽车一期工程、机场路、黄埔新沙港",
      "",
      "2个泊位和市内程控电话工程等一批大型基础设施建设，完成技改项目7454项，总投资136.62亿元，对改善投资环境、增强经济发展后劲起到了重要作用。",
      "",
    ];
    const r = ingestText("ceshi-2018.md", [...head, ...cut].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain(
      "基本建设和技术改造取得较大成绩。五年全社会固定资产投资完成566.02亿元。投资结构有所改善，基础设施和原材料工业建设明显加强。完成了珠江电厂一期工程、珠江水泥厂、标致汽车一期工程、机场路、黄埔新沙港2个泊位和市内程控电话工程等一批大型基础设施建设，完成技改项目7454项，总投资136.62亿元，对改善投资环境、增强经济发展后劲起到了重要作用。",
    );
    expect(r.warnings.some((w) => /breaks off inside a word/.test(w.message))).toBe(true);
    const year = [...cut.slice(0, 4), "2017年，全市生产总值增长8%，财政收入完成60亿元。", ""];
    expect(ingestText("ceshi-2018.md", [...head, ...year].join("\n")).document.paragraphs.map((p) => p.text)).toContain("2017年，全市生产总值增长8%，财政收入完成60亿元。");
  });

  it("is one paragraph again when the cut falls after the closing mark of a quoted or bracketed name (Guangdong 2001: “三个代表” / 重要思想，…; 先进城市（城区） / 光荣称号。)", () => {
    const cut = [
      "**一、“九五”时期工作回顾**",
      "",
      "——社会主义精神文明建设和社会各项事业取得新成果。按照中共中央的部署，在省委领导下，全省县级以上领导班子和领导干部以及高等学校全面开展“讲学习、讲政治、讲正气”教育。全省城乡认真贯彻江泽民同志“三个代表”",
      "",
      "重要思想，广泛深入开展“致富思源，富而思进”教育活动，进一步加强思想政治工作。各级加强对精神文明建设的领导，推动群众性文明创建活动上新水平，深圳、中山、肇庆和广州市天河区被授予全国创建文明城市工作先进城市（城区）",
      "",
      "光荣称号。各级政府积极关心和支持部队和民兵预备役建设。",
      "",
    ];
    const r = ingestText("ceshi-2018.md", [...head, ...cut].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain(
      "——社会主义精神文明建设和社会各项事业取得新成果。按照中共中央的部署，在省委领导下，全省县级以上领导班子和领导干部以及高等学校全面开展“讲学习、讲政治、讲正气”教育。全省城乡认真贯彻江泽民同志“三个代表”重要思想，广泛深入开展“致富思源，富而思进”教育活动，进一步加强思想政治工作。各级加强对精神文明建设的领导，推动群众性文明创建活动上新水平，深圳、中山、肇庆和广州市天河区被授予全国创建文明城市工作先进城市（城区）光荣称号。各级政府积极关心和支持部队和民兵预备役建设。",
    );
    expect(r.warnings.filter((w) => /breaks off inside a word/.test(w.message))).toHaveLength(2);
  });

  it("but a paragraph that ends on a note in brackets after its full stop is whole: …增长9%。（以上数据均为初步统计数） / 城乡居民收入稳步增长，…", () => {
    const md = [
      ...head,
      "**一、2017年工作回顾**",
      "",
      "过去一年，全市生产总值增长8%，财政收入完成60亿元，增长9%。（以上数据均为初步统计数）",
      "",
      "城乡居民收入稳步增长，城镇居民人均可支配收入3.5万元，增长8%。",
      "",
    ];
    const r = ingestText("ceshi-2018.md", md.join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain("过去一年，全市生产总值增长8%，财政收入完成60亿元，增长9%。（以上数据均为初步统计数）");
    expect(r.document.paragraphs.map((p) => p.text)).toContain("城乡居民收入稳步增长，城镇居民人均可支配收入3.5万元，增长8%。");
  });

  it("but a heading, a line that states no sentence, a salutation and a line after that is no prose are not joined", () => {
    const md = [
      ...head,
      "**二、2018年工作安排**",
      "",
      "建设油用牡丹基地6万亩。推进林业",
      "",
      "有关情况说明",
      "",
      "让人民放心。二、对今后工作的建议",
      "",
      "各位代表，新的征程已经开启。",
      "",
      "（一）加快转换新旧发展动能",
      "",
      "以制定规划为重点，培育新动能。",
    ].join("\n");
    const r = ingestText("ceshi-2018.md", md);
    expect(r.warnings.some((w) => /inside a word/.test(w.message))).toBe(false);
    const texts = [...r.document.paragraphs.map((p) => p.text), ...r.document.headings.map((h) => h.text)];
    expect(texts).toEqual(expect.arrayContaining(["建设油用牡丹基地6万亩。推进林业", "有关情况说明", "各位代表，新的征程已经开启。"]));
  });

  it("is one paragraph again when the next line opens on the mark of punctuation the cut left behind (Shaanxi 2002: …努力实现山川秀美 / 。 / 突出抓好…; …加强计划生育工作 / ，搞好综合服务…)", () => {
    const cut = [
      "**二、2018年工作安排**",
      "",
      "（五）以山川秀美工程为重点，积极推进生态省建设",
      "",
      "生态环境建设是陕西经济社会实现后起飞跃的重要保障。发挥综合效益，努力实现山川秀美",
      "。",
      "突出抓好陕北长城沿线风沙区、陕北黄土高原丘陵沟壑区五大生态工程示范区。全年完成造林900万亩。",
      "",
      "推动文化、卫生、体育、广播影视、新闻出版、档案等各项事业健康发展，促进社会全面进步。承办好第三届全国特殊奥林匹克运动会。加强计划生育工作",
      "，搞好综合服务，稳定低生育水平，提高人口素质。",
      "全面推进依法治省。各级政府都要自觉接受人民代表大会及其常委会的法律监督和政协的民主监督。",
      "",
    ];
    for (const [file, text] of [
      ["ceshi-2018.md", [...head, ...cut].join("\n")],
      ["ceshi-2018.txt", [...head.slice(4), ...cut].filter((l) => l).map((l) => l.replace(/\*\*/g, "")).join("\n")],
    ] as const) {
      const r = ingestText(file, text);
      const texts = r.document.paragraphs.map((p) => p.text);
      expect(texts).toContain("生态环境建设是陕西经济社会实现后起飞跃的重要保障。发挥综合效益，努力实现山川秀美。");
      expect(texts).toContain("突出抓好陕北长城沿线风沙区、陕北黄土高原丘陵沟壑区五大生态工程示范区。全年完成造林900万亩。");
      expect(texts.find((t) => t.startsWith("推动文化"))!.endsWith("加强计划生育工作，搞好综合服务，稳定低生育水平，提高人口素质。")).toBe(true);
      expect(texts).toContain("全面推进依法治省。各级政府都要自觉接受人民代表大会及其常委会的法律监督和政协的民主监督。");
      expect(texts.some((t) => /^[。，]/.test(t))).toBe(false);
      expect(r.warnings.filter((w) => /before its punctuation mark/.test(w.message))).toHaveLength(2);
    }
  });

  it("but a section run on after a full stop and a space is no cut: the next paragraph stays its text (Gansu 2003: …制度改革。 六、努力保持各项社会事业与经济建设的协调发展)", () => {
    const cut = [
      "**二、2018年工作安排**",
      "",
      "五、努力扩大就业和再就业，进一步完善社会保障体系",
      "",
      "促进就业，扩大再就业，关系到改革发展稳定的大局。完善养老保险省级统筹，实行养老金社会化发放和离退休人员社会化管理。推进城镇职工基本医疗保险制度改革。 六、努力保持各项社会事业与经济建设的协调发展",
      "",
      "进一步深化科技体制改革，推进科技创新。不断提高科研院所的技术开发水平和市场竞争能力。",
      "",
      "七、加强民主法制建设，全力维护社会稳定",
      "",
    ];
    const r = ingestText("ceshi-2018.md", [...head, ...cut].join("\n"));
    expect(r.document.headings.map((h) => h.text)).toContain("六、努力保持各项社会事业与经济建设的协调发展");
    expect(r.document.paragraphs.map((p) => p.text)).toContain("进一步深化科技体制改革，推进科技创新。不断提高科研院所的技术开发水平和市场竞争能力。");
    expect(r.warnings.some((w) => /inside a word/.test(w.message))).toBe(false);
  });

  it("is one paragraph again when the next line opens inside a word (之年), though no sentence ended before the cut (Linyi 2018)", () => {
    const cut = ["**二、2018年工作安排**", "", "今年是全面贯彻党的十九大和省第十一次党代会精神的开局", "", "之年，是改革开放40周年。", "", "之所以取得这些成绩，是全市人民共同奋斗的结果。", ""];
    const r = ingestText("ceshi-2018.md", [...head, ...cut].join("\n"));
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("今年是全面贯彻党的十九大和省第十一次党代会精神的开局之年，是改革开放40周年。");
    // 之所以 opens a sentence of its own.
    expect(texts).toContain("之所以取得这些成绩，是全市人民共同奋斗的结果。");
    expect(r.warnings.some((w) => /breaks off inside a word/.test(w.message))).toBe(true);
  });
});

describe("a paragraph a copy broke off mid-sentence right before a number (Hainan 1993: …计划的要求，我省 / 1993年经济发展的主要指标是：…)", () => {
  const head = ["---", "title: 政府工作报告", "---", "", "——1993年1月30日在海南省第一届人民代表大会第一次会议上", "", "海南省省长 刘剑锋", "", "各位代表：", ""];
  const cut = [
    "三、 1993年的目标和主要工作",
    "",
    "根据新修订的“八五”计划的要求，我省",
    "",
    "1993年经济发展的主要指标是：国内生产总值157亿元（当年价），比1992年增长16%，力争增长16.5%以上。",
    "",
    "按照重新修改后的“八五”计划和十年规划，要求“八五”期间国内生产总值年平均增长",
    "",
    "16%，“九五”期间年平均增长17.6%，这个增长速度是比较高的。",
    "",
    "贸易、财政、金融形势很好。我省市场繁荣，购销两旺。预计",
    "",
    "1992年全省社会商品零售总额54亿元，比上年增长20.1%。",
    "",
    "第五，加快重点项目建设，提高投资效益",
    "",
    "1993年我省计划全社会固定资产投资82亿元，比1992年增长26.1%。",
    "",
  ];

  it("is one paragraph again, with a warning naming the line that goes on it; a heading before a number is not", () => {
    const r = ingestText("hainan-1993.md", [...head, ...cut].join("\n"));
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("根据新修订的“八五”计划的要求，我省1993年经济发展的主要指标是：国内生产总值157亿元（当年价），比1992年增长16%，力争增长16.5%以上。");
    expect(texts).toContain("按照重新修改后的“八五”计划和十年规划，要求“八五”期间国内生产总值年平均增长16%，“九五”期间年平均增长17.6%，这个增长速度是比较高的。");
    expect(texts).toContain("贸易、财政、金融形势很好。我省市场繁荣，购销两旺。预计1992年全省社会商品零售总额54亿元，比上年增长20.1%。");
    expect(texts).toContain("1993年我省计划全社会固定资产投资82亿元，比1992年增长26.1%。");
    expect(r.warnings.filter((w) => /mid-sentence before the number/.test(w.message)).map((w) => w.line)).toEqual([15, 19, 23]);
  });

  it("and the year after the place's own name (我省1993年) is the time of the sentence's figures, whatever plan its lead names", () => {
    const { figures } = extractText("hainan-1993.md", [...head, ...cut].join("\n"));
    const gdp = figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [f.year, f.period, f.value]);
    expect(gdp).toEqual([[1993, null, 16], [1995, [1991, 1995], 16]]);
  });
});

describe("an unnumbered part title that lists what the part holds with 、 (Zunyi 2020)", () => {
  const body = [
    "各位代表:",
    "现在，我代表市人民政府向大会报告工作，请予审议。",
    "2019年工作回顾",
    "过去一年，全市经济社会发展总体平稳。初步统计，全市全年完成地区生产总值3483.32亿元，增长9.7%。",
    "民族、宗教、侨务",
    "2020年的总体要求、奋斗目标和重点任务",
    "今年的主要预期目标是:地区生产总值增长9%左右，规模以上工业增加值增长10%。",
    "一、坚定不移巩固脱贫成果，夺取全面小康胜利。举全市之力，确保正安县脱贫退出。",
    "九、坚定不移发展社会事业，持续增进民生福祉。实现城镇新增就业12.6万人。",
  ];
  const head = ["遵义市政府工作报告", "2020年1月6日在遵义市第五届人民代表大会第四次会议上", "代理市长 黄 伟"];

  it("is a part heading, in plain text and in bold, and the plan's figures are the plan year's", () => {
    const md = ["---", "title: 遵义市政府工作报告（2020年1月6日 黄伟）", "---", "", ...[`**${head[1]}**`, `**${head[2]}**`, ...body].map((l) => (/^20\d\d年(?:工作回顾|的总体)/.test(l) ? `**${l}**` : l)).flatMap((l) => [l, ""])].join("\n");
    for (const [file, text] of [["zunyi-2020.txt", [...head, ...body].join("\n")], ["zunyi-2020.md", md]] as const) {
      const { doc, figures } = extractText(file, text);
      expect(doc.headings.map((h) => `${h.depth} ${h.text.slice(0, 8)}`)).toEqual(["2 2019年工作回", "2 2020年的总体", "3 一、坚定不移巩固", "3 九、坚定不移发展"]);
      expect(doc.paragraphs.find((p) => p.text === "民族、宗教、侨务")).toBeDefined();
      const jobs = figures.find((f) => f.quote.includes("城镇新增就业12.6万人"))!;
      expect([jobs.kind, jobs.year]).toEqual(["target", 2020]);
      expect(figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [f.year, f.value])).toEqual([[2020, 9]]);
    }
  });
});

describe("an unnumbered part title that lists the plan's guiding thought, aims and tasks with 、 (Xizang 2016, as a web page gives it)", () => {
  it("is a part heading in plain text, and the five-year plan's figures under it are targets", () => {
    const text = [
      "西藏自治区政府工作报告",
      "——2016年1月27日在西藏自治区第十届人民代表大会第四次会议上",
      "自治区主席 洛桑江村",
      "各位代表：",
      "现在，我代表自治区人民政府，向大会报告工作，请予审议。",
      "“十二五”时期国民经济和社会发展回顾",
      "2015年，全区生产总值达到1026.39亿元、增长11%。",
      "“十三五”时期的指导思想、奋斗目标和主要任务",
      "“十三五”时期国民经济和社会发展主要目标是：全社会固定资产投资年均增长20%左右。",
      "一、坚持创新发展，增强内生动力",
      "强化项目带动。力争铁路运营里程达到1300公里以上，民航旅客吞吐量突破700万人次。",
      "二、坚持协调发展，优化结构布局",
      "统筹推进区域发展。城镇化率达到30%以上。",
      "2016年重点工作",
      "经济社会发展主要预期目标是：地区生产总值增长10%以上。",
    ].join("\n");
    const { doc, figures } = extractText("xizang-2016.txt", text);
    expect(doc.headings.map((h) => `${h.depth} ${h.text.slice(0, 8)}`)).toEqual(["2 “十二五”时期国", "2 “十三五”时期的", "3 一、坚持创新发展", "3 二、坚持协调发展", "2 2016年重点工"]);
    expect(figures.filter((f) => /铁路运营里程|民航旅客吞吐量|城镇化率/.test(f.label_zh)).map((f) => [f.kind, f.year])).toEqual([
      ["target", 2020],
      ["target", 2020],
      ["target", 2020],
    ]);
  });
});

describe("a first bold unnumbered part whose title names no part, before one that does (Sichuan 2012: **汶川特大地震灾后恢复重建胜利完成**)", () => {
  const md = (first: string) =>
    [
      "---",
      "title: 2011年四川省人民政府工作报告",
      "---",
      "",
      "**政府工作报告**",
      "在四川省第十一届人民代表大会第五次会议上（2012年1月10日）",
      "",
      "四川省人民政府省长蒋巨峰 ",
      "",
      "各位代表：",
      "",
      "我代表省人民政府，向大会报告工作，请予审查，并请省政协委员提出意见。",
      "",
      first,
      "",
      "2011年是完成汶川特大地震灾后恢复重建规划任务的最后一年。到9月底，纳入国家规划的恢复重建项目完工98.68%。",
      "",
      "**“十二五”发展实现良好开局**",
      "",
      "2011年是“十二五”开局之年。预计全省生产总值突破2万亿元，增速近15%。",
      "",
      "**一、经济持续较快发展**",
      "",
      "投资、消费较快增长。预计全社会固定资产投资1.51万亿元，增长17%以上。",
      "",
      "**扎实做好2012年工作**",
      "",
      "综合考虑宏观经济形势和我省实际，2012年全省经济社会发展的主要预期目标是：生产总值增长12%。",
    ].join("\n");

  it("reads it as the first part, beside the others", () => {
    const doc = ingestText("sichuan-2012.md", md("**汶川特大地震灾后恢复重建胜利完成**")).document;
    expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 汶川特大地震灾后恢复重建胜利完成",
      "2 “十二五”发展实现良好开局",
      "3 一、经济持续较快发展",
      "2 扎实做好2012年工作",
    ]);
  });

  it("and so in a plain-text copy, where no line is bold", () => {
    const txt = md("汶川特大地震灾后恢复重建胜利完成").split("\n").slice(4).filter((l) => l.trim()).map((l) => `　　${l.replace(/\*\*/g, "")}`).join("\n");
    const doc = ingestText("sichuan-2012.txt", txt).document;
    expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 汶川特大地震灾后恢复重建胜利完成",
      "2 “十二五”发展实现良好开局",
      "3 一、经济持续较快发展",
      "2 扎实做好2012年工作",
    ]);
  });

  it("but not a bold line set as a sentence's lead (**汶川特大地震灾后恢复重建胜利完成。**) nor a plain line among bold titles", () => {
    for (const first of ["**汶川特大地震灾后恢复重建胜利完成。**", "汶川特大地震灾后恢复重建胜利完成"]) {
      const doc = ingestText("sichuan-2012.md", md(first)).document;
      expect(doc.headings.map((h) => h.text)[0]).toBe("“十二五”发展实现良好开局");
    }
  });
});

describe("unnumbered parts titled by their period, a dash and what it was (Changde 2016: **“十二五”——创新创业、稳中求进的五年**)", () => {
  const head = ["常德市政府工作报告", "——2016年1月12日在常德市第六届人民代表大会第五次会议上", "常德市人民政府市长 周德睿", "各位代表："];
  const body = [
    "现在，我代表市人民政府，向大会报告政府工作，请予审查。",
    "“十二五”——创新创业、稳中求进的五年",
    "五年来，经济实力大为增强。地区生产总值由2010年1492亿元增加到2015年2720亿元（预计数，下同），总量位居全省第三，年均增长11.3%。",
    "2015——奋发有为、迎难而上的一年",
    "2015年是实施“十二五”规划的最后一年。主要经济指标较快增长，地区生产总值增长9%，规模工业增加值增长7.2%，固定资产投资增长20%。",
    "“十三五”——全面小康、决战决胜的五年",
    "到2020年，全市地区生产总值达到4300亿元，年均增长9%左右。",
    "2016——抢抓先机、扎实开局的一年",
    "2016年，是“十三五”的开局之年。今年经济社会发展的主要预期目标是：地区生产总值增长9%左右，规模工业增加值增长8.5%左右。",
    "1、着力推进新型工业化",
    "夯实园区平台。完成基础设施投入50亿元以上。",
    "2、着力推进农业现代化",
    "优化农业结构。建设高标准农田15万亩。",
  ];

  it("reads the four as parts, in plain text and in bold, the plan year's sections under its part, and each part's figures its own", () => {
    const md = ["---", "title: 常德市政府工作报告 （2016年1月12日 周德睿）", "---", "", ...[head[1]!, head[2]!, head[3]!, ...body].map((l) => (/^(?:“十二五”|2015)——/.test(l) ? `**${l}**` : l)).flatMap((l) => [l, ""])].join("\n");
    for (const [file, text] of [["changde-2016.txt", [...head, ...body].join("\n")], ["changde-2016.md", md]] as const) {
      const { doc, figures } = extractText(file, text);
      expect(doc.headings.map((h) => `${h.depth} ${h.text.slice(0, 8)}`)).toEqual(["2 “十二五”——创", "2 2015——奋发", "2 “十三五”——全", "2 2016——抢抓", "3 1、着力推进新型", "3 2、着力推进农业"]);
      const gdp = figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.value]);
      expect(gdp).toEqual([["result", 2015, 11.3], ["result", 2015, 9], ["target", 2020, 9], ["target", 2016, 9]]);
    }
  });
  it("reads a run of 1、 items each a title sentence then a paragraph as the review's sections, and the 十件大事 after as a list (1、下大力引进产业项目，实体经济取得新突破。主攻重大项目建设。…)", () => {
    const lines = [
      ...head,
      "2015——奋发有为、迎难而上的一年",
      "2015年是实施“十二五”规划的最后一年。主要经济指标较快增长，地区生产总值增长9%。",
      "1、下大力引进产业项目，实体经济取得新突破。主攻重大项目建设。浪潮常德云计算中心、东星家居广场一期等项目建成运营，桃花源古镇、友阿国际广场、和瑞欢乐城等项目完成主体工程，汉能光伏、常德汽贸城、华兰德光纤等项目稳步推进，中国中车、中国兵装集团等战略投资者引进取得积极进展。全年引进内外资总额610亿元，开工建设亿元项目186个。深入推进园区攻坚。完成园区基础设施投入61亿元，新建标准化厂房150万平方米，均创历史新高。完成技改投入400亿元，新增规模工业企业101家。成功创建国家农业科技园区，国家高新区创建进入候批程序，全省创新创业园区“135”工程建设现场推进会在常德召开，推介了我市工作经验。激活消费市场需求。成功打造欢乐水世界、武陵阁步行城、沙滩公园等消费热点，高水平承办2015中国湖南国际旅游节，带旺了人气、聚集了财气、提升了名气，全年接待游客和旅游收入分别增长22.3%、26.9%。积极建设武陵移动互联网产业园，电子商务发展较快。帮扶市场主体发展。开展“千名干部联系服务千家企业”活动，与企业手挽手渡难关、闯市场。积极破解融资难题，市本级设立3亿元中小企业信贷过桥资金，帮助35家企业解决了燃眉之急；益丰大药房在上交所上市，3家企业在新三板挂牌，临澧、石门农商行挂牌营运；金融机构新增各类贷款176亿元，存贷比首次突破50%。优化用地和拆迁服务，较好地保障了重大项目用地需求。支持创新创业，新增市场主体3万户，新增家庭农场423家、农民合作社604家、规模农产品加工企业31家。",
      "2、下大力建设海绵城市，城市提质取得新突破。从130多座城市的比拼中脱颖而出，成功入选全国首批16家海绵城市建设试点城市，3年内将获得国家专项补贴资金12亿元，海绵城市设计和79个建设试点项目已经启动。强化规划引领作用，完成了中心城区高速公路环圈内总体城市设计。加快重点项目建设，白鹤山、芦荻山和机场三大快速通道建成，柳叶湖环湖大道、桥南人防工程投入运行，穿紫河风光带、柳叶大道西延、江南风光带、沅水四桥等项目进展顺利。深入推进城市建设“三改四化”，实施项目108个，完成投入85亿元。积极推进城市管理“一改四化”，开展交通秩序、渣土运输、户外广告等专项整治，市容市貌进一步改善。持续促进城镇协调发展。各县（市）城区也按照“三改四化”“一改四化”的要求，加强城市建设，规范城市管理，城镇面貌有了很大改观。市财政安排3000万元，在鼎城灌溪镇、汉寿蒋家嘴镇、临澧新安镇、安乡黄山头镇等13个镇开展美丽城镇建设试点。完成了乡镇区划调整改革任务，以此为契机优化城镇体系，扩大城镇规模。持续推进完美社区建设。各级财政投入2.5亿元，实施建设项目218个，街道和社区公共服务硬件建设基本达标。“3+N”治理模式全面建立，社会治理信息平台、完美社区服务平台投入运行。打造社区公益服务品牌，社区服务功能得到提升。",
      "“十三五”——全面小康、决战决胜的五年",
      "“十三五”期间，我们要举全市之力，集中办好关乎全局发展、惠及全市人民的“十件大事”。",
      "1、打赢精准脱贫攻坚战。在2017年实现全市农村贫困人口整体脱贫，提前实现全面小康决战决胜。",
      "2、建成三条高铁。实现长益常、黔张常、常岳九高铁建成通车，形成与长株潭、成渝、武汉三大城市群的快速通道。",
      "2016——抢抓先机、扎实开局的一年",
      "1、着力推进新型工业化",
      "夯实园区平台。完成基础设施投入50亿元以上。",
    ];
    const doc = ingestText("changde-2016.txt", lines.join("\n")).document;
    expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 2015——奋发有为、迎难而上的一年",
      "3 1、下大力引进产业项目，实体经济取得新突破。",
      "3 2、下大力建设海绵城市，城市提质取得新突破。",
      "2 “十三五”——全面小康、决战决胜的五年",
      "2 2016——抢抓先机、扎实开局的一年",
      "3 1、着力推进新型工业化",
    ]);
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.startsWith("主攻重大项目建设。浪潮常德云计算中心"))).toBe(true);
    expect(texts).toContain("1、打赢精准脱贫攻坚战。在2017年实现全市农村贫困人口整体脱贫，提前实现全面小康决战决胜。");
    expect(texts).toContain("2、建成三条高铁。实现长益常、黔张常、常岳九高铁建成通车，形成与长株潭、成渝、武汉三大城市群的快速通道。");
  });
});

describe("a section heading run on after a sentence of the paragraph before it (Wulanchabu 2018)", () => {
  const head = ["乌兰察布市政府工作报告", "──2018年1月6日在乌兰察布市第四届人民代表大会第一次会议上", "市长 费东斌", "各位代表："];
  const body = [
    "三、2018年重点工作",
    "（一）大力实施乡村振兴战略，集中力量打好脱贫攻坚战",
    "以“绣花”功夫抓好精准脱贫。年内实现4.5万贫困人口稳定脱贫。",
    "（二）大力实施创新驱动发展战略，提高实体经济质量和效益",
    "积极发展大健康产业。加快建设红海子体育产业园，每个旗县建设1个标准化足球场。当好东道主，办好全区第十四届运动会。（三）狠抓项目建设，增强经济持续发展后劲着力构建大招商格局。坚持把优化营商环境放在招商引资的首要位置。年内实现“三个一百”，即开工100个、投产100个、储备100个产业项目。",
    "强力推进项目建设。落实重大项目领导责任制。",
    "（四）以五城联创为载体，提升城市发展水平彰显规划特色。坚持以人为本、产城互动、城乡融合。",
  ];

  it("is read as the next section, its text as the section's first paragraph, with a warning; nothing is lost", () => {
    const r = ingestText("wulanchabu-2018.txt", [...head, ...body].join("\n"));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 6)}`)).toEqual(["2 三、2018", "3 （一）大力实", "3 （二）大力实", "3 （三）狠抓项", "3 （四）以五城"]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("积极发展大健康产业。加快建设红海子体育产业园，每个旗县建设1个标准化足球场。当好东道主，办好全区第十四届运动会。");
    expect(texts).toContain("坚持把优化营商环境放在招商引资的首要位置。年内实现“三个一百”，即开工100个、投产100个、储备100个产业项目。");
    expect(r.document.paragraphs.find((p) => p.text.startsWith("强力推进"))!.headings.at(-1)!.text.slice(0, 3)).toBe("（三）");
    expect(r.warnings.some((w) => /section “（三）” run on after a sentence/.test(w.message))).toBe(true);
    expect(r.warnings.some((w) => /“（四）” breaks the numbering/.test(w.message))).toBe(false);
  });

  it("leaves a list set in one paragraph, and a marker that continues no open run, as text", () => {
    const list = "重点抓好三件事：（一）抓项目，年内开工100个。（二）抓招商，到位资金200亿元。（三）抓服务，办结率100%。";
    const stray = "办好全区第十四届运动会。（五）另起一事，文字不长。再说一句。";
    const r = ingestText("wulanchabu-2018.txt", [...head, ...body.slice(0, 4), list, stray].join("\n"));
    expect(r.document.headings.map((h) => h.text.slice(0, 3))).toEqual(["三、2", "（一）", "（二）"]);
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining([list, stray]));
  });
});

describe("a first section run on after a sentence of a paragraph, its next ones too (Jining 2014)", () => {
  const head = ["济宁市政府工作报告", "———2014年1月9日在济宁市第十六届人民代表大会第三次会议上", "市长 梅永红", "各位代表："];
  const body = [
    "一、2013年工作回顾",
    "过去的一年，全市经济发展稳中有进。预计全市地区生产总值完成3501亿元、增长11%，较好地完成了全年任务目标。（一）坚持抓转型稳增长，工业经济持续向好。纵深推进工业强市战略，工业经济实现增量提质。全民创业行动深入开展，民营经济实现增加值2540亿元、增长16%。（二）坚持抓基础促增收，农业综合生产能力显著增强。粮食生产实现“十连增”、总产达到115.6亿斤。",
    "一年来，我们不断加强政府自身建设。",
    "二、2014年重点工作",
    "实现上述任务目标，我们必须坚持深化改革；必须坚持民生优先！重点抓好七个方面的工作。（一）着力推进产业转型，加快提升发展质量效益。一是打造工业经济升级版。把新型工业化作为主攻方向。",
    "二是大力发展现代农业。实施“粮食安全”工程。年内服务业增加值占比提高1个百分点以上。（二）着力深化改革扩大开放，加快释放发展生机活力。一是全方位深化改革。认真落实中央各项改革措施。",
  ];

  it("is read as the run's first section, the sections after it too, with a warning; nothing is lost", () => {
    const r = ingestText("jining-2014.txt", [...head, ...body].join("\n"));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 6)}`)).toEqual([
      "2 一、2013", "3 （一）坚持抓", "3 （二）坚持抓", "2 二、2014", "3 （一）着力推", "3 （二）着力深",
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("过去的一年，全市经济发展稳中有进。预计全市地区生产总值完成3501亿元、增长11%，较好地完成了全年任务目标。");
    expect(texts).toContain("实现上述任务目标，我们必须坚持深化改革；必须坚持民生优先！重点抓好七个方面的工作。");
    expect(texts).toContain("二是大力发展现代农业。实施“粮食安全”工程。年内服务业增加值占比提高1个百分点以上。");
    expect(r.warnings.some((w) => /section “（一）” run on after a sentence/.test(w.message))).toBe(true);
  });

  it("leaves a list of short items or of figures set in one paragraph as text", () => {
    const list = "今年办好以下实事。（一）新增就业5万人。（二）改造棚户区1000户。";
    const short = "今年要抓好三件大事。（一）抓项目。（二）抓招商。（三）抓服务。";
    const r = ingestText("jining-2014.txt", [...head, ...body.slice(0, 1), list, short].join("\n"));
    expect(r.document.headings.map((h) => h.text.slice(0, 3))).toEqual(["一、2"]);
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining([list, short]));
  });
});

describe("a first section run on after a paragraph's last sentence or its colon, its second on a line of its own or run on (Hubei 2008)", () => {
  const head = ["湖北省人民政府2008年工作报告", "——2008年1月25日在湖北省第十一届人民代表大会第一次会议上", "代省长 李鸿忠", "各位代表："];
  const outlook = "根据上述总体要求和奋斗目标，考虑到省十一届人大一次会议将要进行政府换届，本届省政府经过认真研究，对今后五年的政府工作提出以下建议。（一）加快推进经济结构调整和经济发展方式转变。坚持把“三农”工作作为重中之重，以加快发展现代农业为重点，全面繁荣农村经济，促进农民持续增收。";
  const plan = "对今年全省经济社会发展主要奋斗目标的建议是：生产总值增长10%，单位生产总值能耗下降4.4%。为保证以上目标实现，我们将重点做好以下工作：（一）扎实推进社会主义新农村建设。继续增加对农业农村的投入，加强农业综合生产能力建设，改善农村生产生活条件。（二）加快推进新型工业化。突破性发展高新技术产业。";
  const body = [
    "一、过去五年工作的回顾",
    "过去五年，是改革开放以来湖北发展最好最快、人民群众受益最多的五年。",
    "二、今后五年工作的建议",
    outlook,
    "（二）坚定不移地实施开放先导战略。坚持以招商引资为重点，努力提高对内对外开放水平。",
    "三、2008年经济社会发展的重点任务和主要措施",
    plan,
    "（三）加快发展服务业。认真落实国家扶持现代物流业的税收优惠政策。",
  ];

  it("is read as the run's first section, with a warning; nothing is lost, and the plan year's target stays", () => {
    const r = ingestText("hubei-2008.txt", [...head, ...body].join("\n"));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 6)}`)).toEqual([
      "2 一、过去五年", "2 二、今后五年", "3 （一）加快推", "3 （二）坚定不", "2 三、2008", "3 （一）扎实推", "3 （二）加快推", "3 （三）加快发",
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("根据上述总体要求和奋斗目标，考虑到省十一届人大一次会议将要进行政府换届，本届省政府经过认真研究，对今后五年的政府工作提出以下建议。");
    expect(texts).toContain("对今年全省经济社会发展主要奋斗目标的建议是：生产总值增长10%，单位生产总值能耗下降4.4%。为保证以上目标实现，我们将重点做好以下工作：");
    expect(r.warnings.filter((w) => /section “（一）” run on after a sentence/.test(w.message))).toHaveLength(2);
    const gdp = extractFigures(r.document, metrics).filter((f) => f.metric === "gdp_growth");
    expect(gdp.map((f) => [f.kind, f.year, f.value])).toEqual([["target", 2008, 10]]);
  });
});

describe("a `一、` section run on after a sentence of the section before it (Guyuan 2016: …服务业增加值年均增长9.7%。 四、民生改善凝聚人心。…)", () => {
  const head = ["固原市政府工作报告", "——2016年1月19日在固原市第三届人民代表大会第四次会议上", "固原市市长 马汉成", "各位代表："];
  const body = [
    "2015年及“十二五”工作",
    "过去的一年，市人民政府认真贯彻落实自治区党委、政府和市委的决策部署。",
    "一、扶贫开发温暖人心。累计争取扶贫资金45.1亿元，完成贫困村销号189个。",
    "二、生态保护深得人心。生态成为我市一张亮丽名片。",
    "三、产业发展稳定人心。累计安排财政资金2.1亿元，推进产业优化升级。三是服务业健康发展。服务业增加值年均增长9.7%。 四、民生改善凝聚人心。累计办理民生实事108件，民生投入占财政支出80%以上。一是教育文化利民。",
    "探索创新社会治理模式，群众安全感连续五年居全区五市第一。",
    "五、改革开放鼓舞人心。完成政府机构改革，政风行风建设成效明显。",
  ];

  it("is read as the next section, its text as the section's first paragraph, with a warning; nothing is lost", () => {
    const r = ingestText("guyuan-2016.txt", [...head, ...body].join("\n"));
    expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text.slice(0, 2))).toEqual(["一、", "二、", "三、", "四、", "五、"]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("累计安排财政资金2.1亿元，推进产业优化升级。三是服务业健康发展。服务业增加值年均增长9.7%。");
    expect(texts).toContain("累计办理民生实事108件，民生投入占财政支出80%以上。一是教育文化利民。");
    expect(r.warnings.some((w) => /section “四、” run on after a sentence/.test(w.message))).toBe(true);
    expect(r.warnings.some((w) => /breaks the numbering/.test(w.message))).toBe(false);
  });

  it("leaves the second and third sectors named after a full stop (…。二、三产业…) as text", () => {
    const line = "产业结构调整加快。二、三产业比重提高到80%，增加值增长9%。";
    const r = ingestText("guyuan-2016.txt", [...head, body[0]!, body[1]!, body[2]!, line, body[3]!].join("\n"));
    expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text.slice(0, 2))).toEqual(["一、", "二、"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain(line);
  });
});

describe("an appendix a copy set inside the text, between two halves of a cut paragraph (Guyuan 2016: …建设油用牡丹基地6万亩、林业 / 有关情况说明 / … / 产业示范点20个，…)", () => {
  const md = [
    "---", "title: 固原市政府工作报告", "---", "",
    "——2016年1月19日在固原市第三届人民代表大会第四次会议上", "", "固原市市长 马汉成", "", "各位代表：", "",
    "**2016年重点工作**", "",
    "一、抓实精准脱贫规划。安排1亿元扶贫开发担保资金，整合投入16.5亿元，完成150个贫困村销号，10万人脱贫。", "",
    "二、抓实产业提质增效。统筹安排1亿元产业引导扶持资金，建基地、引龙头、创品牌。二是林业林下经济坚持因地制宜、规模发展，建设油用牡丹基地6万亩、林业", "",
    "有关情况说明", "",
    "1.1+21+X脱贫攻坚规划：“1”即全市扶贫总体规划；“X”即销号村、销号后巩固提升村和典型示范村规划。", "",
    "2．农村“两个带头人工程”：在贫困村培养基层党组织带头人和致富带头人。", "",
    "3．“3+X”模式：“3”即在全市范围内发展草畜产业、林业林下经济和全域旅游，“X”即各县（区）根据实际自主选", "",
    "产业示范点20个，发展特色经果林8.8万亩、苗木1万亩。农业增加值增长5%左右。", "",
    "三、抓实重点项目建设。全年计划实施500万元以上项目460个，总投资1200亿元。", "",
    "各位代表，用实干书写历史，用业绩回报人民。让我们为实现如期脱贫而努力奋斗！", "",
    "择发展马铃薯、冷凉蔬菜、苗木、中药材、小杂粮等特色产业。", "",
    "4．PPP模式：政府与私营商签订长期协议，授权私营商代替政府建设、运营或管理公共基础设施。", "",
  ].join("\n");
  const r = ingestText("ceshi-2016.md", md);

  it("puts the halves of the paragraph and of the cut entry together again, the appendix after the text, with warnings", () => {
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 4)}`)).toEqual(["2 2016", "3 一、抓实", "3 二、抓实", "3 三、抓实", "2 有关情况"]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.endsWith("建设油用牡丹基地6万亩、林业产业示范点20个，发展特色经果林8.8万亩、苗木1万亩。农业增加值增长5%左右。"))).toBe(true);
    expect(r.glossary.map((e) => e.term_display)).toEqual(["1+21+X脱贫攻坚规划", "农村“两个带头人工程”", "“3+X”模式", "PPP模式"]);
    expect(r.glossary[2]!.definition).toBe("“3”即在全市范围内发展草畜产业、林业林下经济和全域旅游，“X”即各县（区）根据实际自主选择发展马铃薯、冷凉蔬菜、苗木、中药材、小杂粮等特色产业。");
    expect(r.warnings.some((w) => /appendix .*set inside the text/.test(w.message))).toBe(true);
  });
});

describe("a section run on at the end of the line of the section before it (Luoyang 2014)", () => {
  const head = ["洛阳市政府工作报告", "——2014年2月24日在洛阳市第十四届人民代表大会第一次会议上", "洛阳市人民政府市长 李柳身", "各位代表："];
  const first =
    "（一）坚持优化结构、提升质量，努力推动工业经济持续稳定增长。注重以服务稳运行、以项目增后劲、以创新添动力、以载体强支撑，不断提高新型工业化水平。强化载体支撑。年内产业集聚区建成区、发展区的主要基础设施要全部建成投用，公共服务平台基本完善，满足入驻企业在科技、就业、培训、信息等方面的服务需求。";
  const second = "（二）坚持扩大规模、增加总量，努力把服务业打造成经济发展的重要支撑。把壮大服务业作为调整产业结构、促进经济转型的关键举措。";
  const third = "（三）坚持强基固本、惠农富农，努力提升农业现代化水平。认真落实各项惠农政策。";

  it("is read as the next section, after a space the copy left, with a warning; nothing is lost", () => {
    const r = ingestText("luoyang-2014.txt", [...head, "三、2014年工作安排", `${first} ${second}`, third].join("\n"));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 6)}`)).toEqual(["2 三、2014", "3 （一）坚持优", "3 （二）坚持扩", "3 （三）坚持强"]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.endsWith("满足入驻企业在科技、就业、培训、信息等方面的服务需求。"))).toBe(true);
    expect(texts).toContain("把壮大服务业作为调整产业结构、促进经济转型的关键举措。");
    expect(r.warnings.some((w) => /section “（二）” run on after a sentence/.test(w.message))).toBe(true);
  });

  it("leaves a section's line that holds only its heading before the next marker, and a marker out of turn, as they were", () => {
    const short = "（一）抓项目。（二）抓招商，到位资金200亿元。";
    const skip = `${first}（三）另起一事，文字不长。再说一句。`;
    const r = ingestText("luoyang-2014.txt", [...head, "三、2014年工作安排", short, skip].join("\n"));
    expect(r.document.headings.filter((h) => h.text.includes("另起一事") || h.text.startsWith("（二）抓招商"))).toEqual([]);
  });
});

describe("a first section run on after the colon that announces the list (Liuzhou 2016)", () => {
  const head = ["柳州市政府工作报告", "——2016年1月19日在柳州市第十三届人民代表大会第八次会议上", "吴炜", "各位代表："];
  const intro = "今年，我们将重点抓好以下工作：（一）大力开展实体经济发展年活动，提高工业发展质量和效益。坚持创新驱动发展。";
  const body = [
    "一、2016年的重点工作",
    intro,
    "培育发展战略性新兴产业。构建战略性新兴产业联盟。",
    "（二）大力开展重大项目建设年活动，扩大投资增强发展后劲。实施市级层面重大项目458项。",
  ];

  it("is the first section, its text the section's, with a warning, when a second section follows; nothing is lost", () => {
    const r = ingestText("liuzhou-2016.txt", [...head, ...body].join("\n"));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 6)}`)).toEqual(["2 一、2016", "3 （一）大力开", "3 （二）大力开"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("今年，我们将重点抓好以下工作：");
    expect(r.document.paragraphs.find((p) => p.text.startsWith("培育"))!.headings.at(-1)!.text.slice(0, 3)).toBe("（一）");
    expect(r.warnings.some((w) => /section “（一）” run on/.test(w.message))).toBe(true);
    expect(r.warnings.some((w) => /breaks the numbering/.test(w.message))).toBe(false);
  });

  it("leaves it in its paragraph when no second section follows, or when the paragraph lists the sections itself", () => {
    const alone = ingestText("liuzhou-2016.txt", [...head, ...body.slice(0, 3)].join("\n"));
    expect(alone.document.headings.map((h) => h.text.slice(0, 3))).toEqual(["一、2"]);
    expect(alone.document.paragraphs.map((p) => p.text)).toContain(intro);
    const list = "重点抓好以下工作：（一）抓项目，年内开工100个；（二）抓招商，到位资金200亿元。";
    const listed = ingestText("liuzhou-2016.txt", [...head, body[0]!, list, body[3]!].join("\n"));
    expect(listed.document.paragraphs.map((p) => p.text)).toContain(list);
  });
});

describe("section titles with no full stop run on at the end of the paragraph before them (Xiangyang 2019: …重点工作：（一）推动经济稳中有进, …更便利。（二）培育壮大经济新动能)", () => {
  const head = ["襄阳市政府工作报告", "——2019年1月8日在襄阳市第十七届人民代表大会第四次会议上", "襄阳市人民政府市长郄英才", "各位代表："];
  const body = [
    "一、2018年工作回顾",
    "过去的一年，面对稳中有变、变中有忧的新挑战，“一极两中心”建设迈出坚实步伐。",
    "二、2019年重点工作",
    "新的一年，我们将扎实抓好以下八个方面的重点工作：（一）推动经济稳中有进",
    "提高投资质量效益。聚力精准招商，搭建专业化招商平台，探索市场化招商机制。",
    "支持民营企业发展。开展营商环境评价和突出问题治理，构建亲清新型政商关系，真正把企业的事当成自家事，把企业家当成自家人，让广大投资者实实在在感受到投资襄阳更安全、更公平、更便利。（二）培育壮大经济新动能",
    "加快改造升级传统产业。重点抓好260个投资过千万元的技改项目，力争170个竣工投产。",
    "（三）深入实施乡村振兴战略",
    "深化农业供给侧结构性改革。大力发展特色优势农业、培育特色农产品品牌。",
  ];

  it("reads both as sections of the run, their paragraphs whole, with warnings; nothing is lost", () => {
    const r = ingestText("xiangyang-2019.txt", [...head, ...body].join("\n"));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual(["2 一、2018年工作回顾", "2 二、2019年重点工作", "3 （一）推动经济稳中有进", "3 （二）培育壮大经济新动能", "3 （三）深入实施乡村振兴战略"]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("新的一年，我们将扎实抓好以下八个方面的重点工作：");
    expect(texts.some((t) => t.endsWith("让广大投资者实实在在感受到投资襄阳更安全、更公平、更便利。"))).toBe(true);
    expect(r.document.paragraphs.find((p) => p.text.startsWith("加快改造"))!.headings.at(-1)!.text).toBe("（二）培育壮大经济新动能");
    expect(r.warnings.some((w) => /breaks the numbering/.test(w.message))).toBe(false);
  });

  it("leaves a marker at a line's end that continues no run, or an item ending on a semicolon, as text", () => {
    const stray = "让广大投资者实实在在感受到投资襄阳更安全、更公平、更便利。（五）另起一事";
    const item = "让广大投资者实实在在感受到投资襄阳更安全、更公平、更便利。（二）抓招商；";
    for (const line of [stray, item]) {
      const r = ingestText("xiangyang-2019.txt", [...head, ...body.slice(0, 3), "（一）推动经济稳中有进", body[4]!, line, body[6]!].join("\n"));
      expect(r.document.paragraphs.map((p) => p.text)).toContain(line);
    }
  });
});

describe("sections numbered with one-character parenthesized numbers (㈠, ⑴; Boertala 2025)", () => {
  const text = [
    "2025年某州政府工作报告",
    "2025年1月10日在某州第十五届人民代表大会第四次会议上",
    "州长 某某",
    "各位代表：",
    "一、2024年工作回顾",
    "㈠坚定不移扩开放、促合作，口岸经济聚能成势。全年过货2892万吨、增长8.4%。",
    "㈡坚定不移兴业态、创品牌，文旅经济迅猛发展。全年接待游客突破3100万人次。",
    "二、2025年工作安排",
    "主要预期目标是：地区生产总值增长8%左右。",
    "㈠紧紧围绕对外开放深化改革，奋力打造向西开放新高地。持续深化“口岸强州”战略。",
    "⑴着力打造对外贸易新平台。坚持把试验区建设作为“头号工程”。",
    "⑵全力提升口岸通关效能。力争实现全年通关过货3000万吨以上。",
  ].join("\n");

  it("reads them as （一） and （1）: sections with their text as paragraphs, numbered without a warning", () => {
    const r = ingestText("x-2025.txt", text);
    const headings = r.document.headings.map((h) => `${h.depth} ${h.text}`);
    expect(headings).toEqual([
      "2 一、2024年工作回顾",
      "3 ㈠坚定不移扩开放、促合作，口岸经济聚能成势。",
      "3 ㈡坚定不移兴业态、创品牌，文旅经济迅猛发展。",
      "2 二、2025年工作安排",
      "3 ㈠紧紧围绕对外开放深化改革，奋力打造向西开放新高地。",
      "4 ⑴着力打造对外贸易新平台。",
      "4 ⑵全力提升口岸通关效能。",
    ]);
    expect(r.warnings.filter((w) => /numbering/.test(w.message))).toEqual([]);
    const first = r.document.paragraphs.find((p) => p.headings.at(-1)?.text.startsWith("㈠坚定"))!;
    expect(first.text).toBe("全年过货2892万吨、增长8.4%。");
    expect(r.document.paragraphs.find((p) => p.text.startsWith("全年接待"))!.period).toBe("review");
  });
});

describe("sections of a plain-text copy that kept its Markdown source's bold marks (Xining 2025, Shenyang 2026)", () => {
  const text = [
    "2025年某市政府工作报告",
    "——2025年1月25日在某市第十七届人民代表大会第七次会议上",
    "市长 某某",
    "各位代表:",
    "一、2024年工作回顾",
    "**——我们守护一江清水，湟水水质改善明显。**坚定不移当好“中华水塔”守护人。",
    "**（一）全力以赴稳增长。**面对经济运行持续承压态势，建筑业增加值增长4.8%。",
    "**（二）多措并举优生态。**森林覆盖率达到37.8%。",
    "二、2025年目标任务和重点工作",
    "主要预期目标是:**地区生产总值增长5%左右，力争更好结果。**",
    "**（一）更好推进降碳减污扩绿增长。**以生态优势定义城市。",
  ].join("\n");

  it("reads **（一）…** as a section, the marks kept with its title, and its text as its paragraph; nothing is lost", () => {
    const r = ingestText("x-2025.txt", text);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、2024年工作回顾",
      "3 **（一）全力以赴稳增长。**",
      "3 **（二）多措并举优生态。**",
      "2 二、2025年目标任务和重点工作",
      "3 **（一）更好推进降碳减污扩绿增长。**",
    ]);
    expect(r.warnings.filter((w) => /numbering/.test(w.message))).toEqual([]);
    const under = (t: string) => r.document.paragraphs.filter((p) => p.headings.at(-1)?.text === t).map((p) => p.text);
    expect(under("**（一）全力以赴稳增长。**")).toEqual(["面对经济运行持续承压态势，建筑业增加值增长4.8%。"]);
    // A bold line that opens with no marker stays a paragraph, its marks as written.
    expect(r.document.paragraphs.some((p) => p.text.startsWith("**——我们守护一江清水"))).toBe(true);
  });
});

describe("parts and sections of a plain-text copy that kept its Markdown source's heading marks (Hunan 2022)", () => {
  const text = [
    "政府工作报告",
    "——2022年1月17日在湖南省第十三届人民代表大会第五次会议上",
    "毛 伟 明",
    "各位代表：",
    "现在，我代表省人民政府，向大会作政府工作报告，请予审议，并请各位政协委员提出意见。",
    "## 一、2021年工作回顾",
    "——发展态势保持平稳。实现地区生产总值4.6万亿元，增长7.7%，两年平均增长5.7%，高于全国平均水平0.6个百分点。投资增长8%，消费增长14.4%。",
    "## 二、关于2022年工作",
    "今年主要预期目标是：地区生产总值增长6.5%以上，规模工业增加值增长7.2%，固定资产投资增长7.5%。",
    "### （一）持续推动经济稳定增长",
    "发展是最大的民生。要始终坚持以经济建设为中心，力争地区生产总值突破5万亿元，不断巩固向上向好势头。",
    "### （二）全力培塑高质量发展新优势",
    "坚持创新引领。",
    "## 三、全面加强政府自身建设",
    "打铁必须自身硬。",
  ].join("\n");

  it("reads the numbering after the marks as parts and sections, keeps the marks as text and warns on the first", () => {
    const r = ingestText("x-2022.txt", text);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 ## 一、2021年工作回顾",
      "2 ## 二、关于2022年工作",
      "3 ### （一）持续推动经济稳定增长",
      "3 ### （二）全力培塑高质量发展新优势",
      "2 ## 三、全面加强政府自身建设",
    ]);
    expect(r.warnings.filter((w) => /heading marks/.test(w.message)).map((w) => w.line)).toEqual([6]);
    expect(r.warnings.filter((w) => /numbering/.test(w.message))).toEqual([]);
    // The review's figures are last year's results, the plan's this year's targets.
    const figures = extractFigures(r.document, metrics);
    // The two years' average (两年平均增长5.7%) is the growth over them, no year's.
    const growth = figures.filter((f) => f.metric === "gdp_growth").map((f) => `${f.kind} ${f.year} ${f.value}${f.period ? ` ${f.period.join("–")}` : ""}`);
    expect(growth).toEqual(["result 2021 7.7", "result 2021 5.7 2020–2021", "target 2022 6.5"]);
    expect(figures.find((f) => f.quote === "投资增长8%")).toMatchObject({ kind: "result", year: 2021 });
  });

  it("keeps a line of a plain-text copy that opens with # but no space as written, and reads no heading of it", () => {
    const r = ingestText("x-2022.txt", text.replace("## 二、关于2022年工作", "#二、关于2022年工作"));
    expect(r.document.headings.some((h) => h.text.startsWith("#二"))).toBe(false);
    expect(r.document.paragraphs.some((p) => p.text === "#二、关于2022年工作")).toBe(true);
  });
});

describe("sections of a Word copy numbered １．, ２．, a number in quotation marks in a title (Gansu 2013)", () => {
  const text = [
    "2013年某省政府工作报告",
    "2013年1月20日在某省第十二届人民代表大会第一次会议上",
    "省长 某某",
    "各位代表：",
    "一、2013年工作安排",
    "１．围绕做大经济总量和提高质量，着力推动转型跨越发展  ",
    "",
    "牢牢把握中央宏观政策取向，全力以赴推动经济转型跨越发展。",
    "",
    "２．深入实施“3341”项目工程，着力增强投资拉动力",
    "",
    "紧紧抓住中央宏观调控政策蕴含的重大机遇，用足用好现有政策。",
    "",
    "３．实施《2013年民生实事方案》，着力保障和改善民生 ",
    "",
    "全年新增城镇就业40万人。",
  ].join("\n");

  it("reads each as a section: the number in quotation marks or in a title's marks is no figure of a list item", () => {
    const r = ingestText("x-2013.txt", text);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、2013年工作安排",
      "3 １．围绕做大经济总量和提高质量，着力推动转型跨越发展",
      "3 ２．深入实施“3341”项目工程，着力增强投资拉动力",
      "3 ３．实施《2013年民生实事方案》，着力保障和改善民生",
    ]);
    expect(r.warnings.filter((w) => /numbering/.test(w.message))).toEqual([]);
  });

  it("still reads an item whose figure stands outside the quotation marks as an item of a list", () => {
    const r = ingestText("x-2013.txt", [...text.split("\n").slice(0, 5), "１．建设“15分钟生活圈”100个", "２．新建学校10所"].join("\n"));
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2013年工作安排"]);
  });
});

describe("sections of a numbered part set as plain lines with no number (Liaoning 2013)", () => {
  const md = (sections: string[]) =>
    [
      "---",
      "title: 2013年省政府工作报告",
      "---",
      "",
      "——2013年1月24日在辽宁省第十二届人民代表大会第一次会议上",
      "",
      "各位代表：",
      "",
      "**一、过去五年工作回顾**",
      "",
      "过去五年，在党中央、国务院和中共辽宁省委的正确领导下，我们在全面振兴的大道上奋勇前行，胜利完成了省十一届人民代表大会确定的各项任务！",
      "",
      ...sections.flatMap((s) => [s, ""]),
      "**二、今后五年的奋斗目标和主要任务**",
      "",
      "今后五年，是辽宁老工业基地全面振兴的决胜期，是全面建成小康社会的关键期。",
    ].join("\n");
  const sections = [
    "经济总量跃上新台阶",
    "去年，全省地区生产总值实现2.48万亿元，是2007年的2.2倍，年均增长12.5%，由2007年全国第八位升至第七位。",
    "区域发展开创新局面",
    "沿海经济带开发开放全面推进，42个重点园区蓬勃发展。全长1443公里的滨海大道建成通车。",
    "突破辽西北取得明显成效，三市主要经济指标增速连续五年超过全省平均水平，生态环境发生了重大变化。",
    "产业结构调整取得新进展",
    "粮食产量去年达到414亿斤，再创历史新高。林、牧、渔各业产量和产值跃居全国前列。",
  ];

  it("reads each as a section of the part, with a warning, nothing lost", () => {
    const r = ingestText("liaoning-2013.md", md(sections));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、过去五年工作回顾",
      "3 经济总量跃上新台阶",
      "3 区域发展开创新局面",
      "3 产业结构调整取得新进展",
      "2 二、今后五年的奋斗目标和主要任务",
    ]);
    expect(r.warnings.filter((w) => /plain line with no number/.test(w.message))).toHaveLength(3);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("突破辽西北取得明显成效，三市主要经济指标增速连续五年超过全省平均水平，生态环境发生了重大变化。");
  });

  it("keeps fewer than three such lines, or lines in a part numbered inside, as paragraphs", () => {
    const two = ingestText("liaoning-2013.md", md(sections.slice(0, 5)));
    expect(two.document.headings.map((h) => h.text)).toEqual(["一、过去五年工作回顾", "二、今后五年的奋斗目标和主要任务"]);
    const numbered = ingestText("liaoning-2013.md", md(["（一）稳增长", "全省地区生产总值增长9.5%。", ...sections]));
    expect(numbered.document.headings.map((h) => h.text)).toEqual(["一、过去五年工作回顾", "（一）稳增长", "二、今后五年的奋斗目标和主要任务"]);
  });

  it("reads such lines led by a dash as sections too (Tieling 2023: ——工业经济运行企稳向好), not a dash lead of a paragraph", () => {
    const dashed = sections.map((s) => (s.includes("。") ? s : `——${s}`));
    const r = ingestText("tieling-2023.md", md(dashed));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、过去五年工作回顾",
      "3 ——经济总量跃上新台阶",
      "3 ——区域发展开创新局面",
      "3 ——产业结构调整取得新进展",
      "2 二、今后五年的奋斗目标和主要任务",
    ]);
    // A dash lead that runs on into its sentences stays a paragraph.
    const leads = ingestText("tieling-2023.md", md(sections.filter((s) => s.includes("。")).map((s) => `——经济总量跃上新台阶。${s}`)));
    expect(leads.document.headings.map((h) => h.text)).toEqual(["一、过去五年工作回顾", "二、今后五年的奋斗目标和主要任务"]);
  });
});

describe("sections of an unnumbered part set as plain lines that open on the same words (Huizhou 2019)", () => {
  const md = (sections: string[]) =>
    [
      "---",
      "title: 惠州市政府工作报告（2019年1月16日 刘吉）",
      "---",
      "",
      "——2019年1月16日在惠州市第十二届人民代表大会第五次会议上",
      "",
      "各位代表：",
      "",
      "**2018年工作回顾**",
      "",
      "过去一年，我们坚持稳中求进工作总基调，努力开创了全市经济社会发展的新局面。",
      "",
      ...sections.flatMap((s) => [s, ""]),
      "**2019年工作安排**",
      "",
      "今年经济社会发展的主要预期目标是：国内生产总值增长7%。",
    ].join("\n");
  const sections = [
    "一年来，我们坚持稳中求进，经济保持平稳健康发展",
    "面对复杂多变的经济形势，我们坚定发展信心，增强战略定力。预计全市地区生产总值约4150亿元，同比增长6.6%左右（下同）。",
    "一年来，我们抓住“窗口期”，乘势而为集聚发展新动能",
    "产业项目引进取得重大突破。化危为机、抢抓机遇，引进投资100亿美元的埃克森美孚化工综合体项目。",
    "一年来，我们坚决打好三大攻坚战，加快补齐跨越高质量发展重大关口的短板",
    "积极防控化解风险。强化忧患意识、底线思维，出台政府投资项目和财政预算收支三年滚动计划。",
  ];

  it("reads each as a section of the part, the paragraph after it led by its topic sentence", () => {
    const r = ingestText("huizhou-2019.md", md(sections));
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 2018年工作回顾",
      "3 一年来，我们坚持稳中求进，经济保持平稳健康发展",
      "3 一年来，我们抓住“窗口期”，乘势而为集聚发展新动能",
      "3 一年来，我们坚决打好三大攻坚战，加快补齐跨越高质量发展重大关口的短板",
      "2 2019年工作安排",
    ]);
    expect(r.document.paragraphs.find((p) => p.text.startsWith("积极防控"))?.lead).toBe("积极防控化解风险");
  });

  it("keeps two such lines, or lines that open on different words, as paragraphs", () => {
    const two = ingestText("huizhou-2019.md", md(sections.slice(0, 4)));
    expect(two.document.headings.map((h) => h.text)).toEqual(["2018年工作回顾", "2019年工作安排"]);
    const apart = ingestText("huizhou-2019.md", md(sections.map((s, i) => (i === 2 ? s.replace("一年来", "去年") : s))));
    expect(apart.document.headings.map((h) => h.text)).toEqual(["2018年工作回顾", "2019年工作安排"]);
  });
});

describe("a longer section line beside three short siblings that open on the same words (Jiayuguan 2014)", () => {
  const text = (lines: string[]) =>
    [
      "嘉峪关市政府工作报告",
      "——2014年1月19日在嘉峪关市第九届人民代表大会第三次会议上",
      "嘉峪关市市长 柳鹏",
      "各位代表：",
      "2013年工作回顾",
      "过去的一年，面对严峻的经济形势，市政府较好地完成了主要目标任务。预计完成生产总值239.3亿元，增长18%。",
      ...lines,
      "2014年主要工作",
      "全市经济社会发展主要预期目标是：地区生产总值增长12.5%。",
    ].join("\n");
  const sections = [
    "一年来，我们始终坚持把项目建设作为推动转型跨越的主攻方向，发展的质量和效益有了新的提升",
    "突出地企联动，强化要素保障，优化服务机制，全力推进“3341”项目工程。全社会预计完成固定资产投资140亿元，增长50.1%。",
    "一年来，我们始终坚持生态立市战略，人居环境进一步改善",
    "坚持规划建绿、戈壁造绿、见缝插绿，完成了关城景区、工业园区、城市周边及道路两侧园林景观等绿化工程。",
    "一年来，我们始终坚持把保障民生作为政府工作的重中之重，公共服务体系更加完善",
    "坚持财政投入持续向民生领域倾斜，民生支出占财政支出的71%。高度重视社会保障工作。",
    "一年来，我们始终坚持推进改革开放，经济社会发展活力不断增强",
    "紧紧围绕经济社会发展中的体制性问题，不断深化改革，在一些重点领域和关键环节取得新的突破。",
    "一年来，我们始终坚持把提升行政效能作为政府自身建设的关键环节，作风建设取得明显成效",
    "坚持依法行政，自觉接受人大法律监督、政协民主监督和社会公众监督。全年共办理市人大代表意见建议75件。",
  ];

  it("reads the 43- and 41-character lines as sections too, beside the three of 40 characters or fewer", () => {
    const r = ingestText("jiayuguan-2014.txt", text(sections));
    expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text.slice(0, 15))).toEqual([
      "一年来，我们始终坚持把项目建设",
      "一年来，我们始终坚持生态立市战",
      "一年来，我们始终坚持把保障民生",
      "一年来，我们始终坚持推进改革开",
      "一年来，我们始终坚持把提升行政",
    ]);
  });

  it("but long lines alone, beside fewer than three short ones, stay paragraphs", () => {
    const r = ingestText("jiayuguan-2014.txt", text([...sections.slice(0, 4), ...sections.slice(8)]));
    expect(r.document.headings.filter((h) => h.depth === 3)).toEqual([]);
  });
});

describe("a marker a web page's copy split with a space where its source wrapped the line (Hebei 2007)", () => {
  const doc = ingestText("hebei-2007.txt", [
    "2007年河北省政府工作报告",
    "——2007年1月16日在河北省第十届人民代表大会第五次会议上",
    "河北省代省长 郭庚茂",
    "各位代表：",
    "一、2006年工作回顾",
    "二是基础设施基础产业的支撑力得到提升，发展的后劲增强。坚持统筹规划、适度超前的原则。",
    "三 是改革开放取得重要进展，发展的活力增强。行政管理体制改革深入进行。",
    "四是社会事业发展步伐明显加快，发展的协调性增强。积极推进和谐河北建设。",
    "二、促进经济更好更快发展",
    "第一，加快经济结构战略性调整。坚持存量调强、增量调优。",
    "第 二，打造新的区域经济增长极。建设沿海经济社会发展强省，是全省的共同奋斗目标。",
    "第三，深入推进社会主义新农村建设。新农村建设关系经济社会发展全局。",
  ].join("\n")).document;

  it("reads `第 二，` as the section between 第一， and 第三，", () => {
    expect(doc.headings.filter((h) => h.depth === 3).map((h) => h.text.slice(0, 4))).toEqual(["第一，加", "第 二，", "第三，深"]);
  });

  it("keeps `三 是` an item of the enumeration", () => {
    expect(doc.paragraphs.filter((p) => p.kind === "enumeration").map((p) => p.text.slice(0, 3))).toEqual(["二是基", "三 是", "四是社"]);
  });
});

describe("a section title run on into the first item of its enumeration (Jining 2014: （一）着力推进产业转型，加快提升发展质量效益。一是打造工业经济升级版。…)", () => {
  const doc = ingestText("jining-2014.txt", [
    "2014年济宁市政府工作报告",
    "——2014年1月9日在济宁市第十六届人民代表大会第三次会议上",
    "市长 梅永红",
    "各位代表：",
    "一、2013年工作回顾",
    "过去的一年，全市经济发展稳中有进。",
    "二、2014年重点工作",
    "重点抓好七个方面的工作。",
    "（一）着力推进产业转型，加快提升发展质量效益。一是打造工业经济升级版。把新型工业化作为实施工业强市战略的主攻方向。",
    "二是大力发展现代农业。实施“粮食安全”工程。",
    "三是集聚发展现代服务业。坚持把服务业发展放在优先位置。",
  ].join("\n")).document;

  it("reads the text after the title as the enumeration's first item, led by its first sentence as the items after it are", () => {
    expect(doc.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual(["（一）着力推进产业转型，加快提升发展质量效益。"]);
    expect(doc.paragraphs.filter((p) => p.kind === "enumeration").map((p) => p.lead)).toEqual(["一是打造工业经济升级版", "二是大力发展现代农业", "三是集聚发展现代服务业"]);
  });

  it("but leaves a whole enumeration run on in the title's one paragraph its text (Fujian 2008: （六）加强节能减排和生态文明建设。一是强化节能工作，…；二是…)", () => {
    const one = ingestText("fujian-2008.txt", [
      "2008年福建省政府工作报告",
      "——2008年1月15日在福建省第十一届人民代表大会第一次会议上",
      "省长 黄小晶",
      "各位代表：",
      "一、2007年工作回顾",
      "过去的一年，全省经济发展稳中有进。",
      "二、2008年主要任务",
      "（一）加快发展先进制造业。推进产业集群发展。",
      "（二）加强节能减排和生态文明建设。一是强化节能工作，推行合同能源管理。二是强化资源综合利用，推进循环经济示范园区建设。",
      "（三）扎实推进重点项目建设。提升重点项目组织化水平。",
    ].join("\n")).document;
    expect(one.paragraphs.filter((p) => p.kind === "enumeration")).toEqual([]);
  });
});

describe("a closing unnumbered part on how the government governs, after the plan's numbered sections (Jiuquan 2020: 全面提升政府治理能力)", () => {
  const lines = [
    "政府工作报告",
    "——2020年1月4日在酒泉市第四届人民代表大会第四次会议上",
    "酒泉市代市长 王立奇",
    "各位代表：",
    "现在，我代表市人民政府向大会作工作报告，请予审议，并请各位政协委员和列席人员提出意见。",
    "2019年工作回顾",
    "预计，全市生产总值增长7%左右，高于预期目标0.8个百分点；固定资产投资增长13%。",
    "2020年工作安排",
    "主要预期目标是：生产总值增长7%，固定资产投资增长8%，社会消费品零售总额增长7.5%。",
    "一、加快构建现代产业体系，夯实高质量发展基础",
    "坚持生态优先、绿色发展，着力做优传统产业，做大新兴产业，振兴实体经济。",
    "七、全面发展社会事业，切实增进民生福祉",
    "时刻把群众的安危冷暖放在心上，用情用心保障和改善民生。",
    "全面提升政府治理能力",
    "党的十九届四中全会对构建职责明确、依法行政的政府治理体系提出了明确要求，我们要强化制度意识。",
    "一是切实增强政治自觉。始终把政治建设摆在首位。",
    "各位代表！",
  ];

  it("is a part heading beside the review and the plan, not a paragraph of the plan's last section", () => {
    const { doc } = extractText("jiuquan-2020.txt", lines.join("\n"));
    expect(doc.headings.map((h) => `${h.depth} ${h.text.slice(0, 8)}`)).toEqual(["2 2019年工作回", "2 2020年工作安", "3 一、加快构建现代", "3 七、全面发展社会", "2 全面提升政府治理"]);
  });
});

describe("a closing unnumbered part titled by the government it is to build, its qualities listed with 、 (Xiamen 2000: 努力建设依法行政、廉洁高效的人民政府)", () => {
  const lines = [
    "政府工作报告",
    "（2000年2月16日）",
    "厦门市市长 洪永世",
    "各位代表：",
    "我代表市人民政府向大会作政府工作报告，请予审议。",
    "1999年工作回顾",
    "初步测算，全年全市国内生产总值比上年增长14.8％。",
    "2000年主要工作",
    "今年我市主要经济预期目标是：国内生产总值增长14%，地方级财政收入增长15.5%。政府主要工作是：",
    "（一）加快工业结构调整，大力发展高新技术产业",
    "以高新技术产业为重点，发展壮大工业支柱行业。",
    "（八）发展城乡社会事业，提高人民生活水平",
    "加快教育改革与发展。改革教学方式和考试制度，全面推进素质教育。",
    "努力建设依法行政、廉洁高效的人民政府",
    "面对新世纪和我国即将加入世贸组织的挑战，厦门经济特区要再创新辉煌，必须加快建立科学的行政管理体制。",
    "民族、宗教工作",
    "各位代表，今年是国家批准设立厦门经济特区20周年。",
  ];

  it("is a part heading beside the review and the plan, while a list of things (民族、宗教工作) stays text", () => {
    const { doc } = extractText("xiamen-2000.txt", lines.join("\n"));
    expect(doc.headings.map((h) => `${h.depth} ${h.text.slice(0, 8)}`)).toEqual(["2 1999年工作回", "2 2000年主要工", "3 （一）加快工业结", "3 （八）发展城乡社", "2 努力建设依法行政"]);
  });
});

describe("a run of 1、 sections, each a title sentence then its text, whose later items are short (Nanjing 2012: 十大民生实事)", () => {
  it("reads the later items as sections of the run too: 4、促进优质教育资源均衡化。推进学前教育优质普惠发展，…", () => {
    const lines = [
      "南京市政府工作报告",
      "2012年1月12日在南京市第十四届人民代表大会第五次会议上",
      "市长 季建业",
      "各位代表：",
      "一、2011年工作回顾",
      "经济发展跃上新台阶。预计全年地区生产总值达到6140亿元，增长12%。",
      "二、2012年经济社会发展的主要任务",
      "（六）加快推进和落实重大民生实事，继续改善民生建设幸福都市",
      "保障群众权利、维护群众利益、回应群众关切，让群众生活得更有尊严，是政府的首要责任。一个负责任的政府，必须在经济发展的基础上，不断改善民生。在这个问题上，不能拖，不能等，也不能开“空头支票”。今年要重点完成“十大民生实事”：",
      "1、增加居民收入，完善社会保障。全力推进城乡居民收入“双倍增计划”，实施更加积极的就业政策，拓宽就业、创业、社保和帮扶等增收渠道，突出农民、企业职工、中低收入者和困难家庭的增收，提高退休工人养老待遇。拓展多种渠道，增加城乡居民投资性收入，进一步扩大中等收入人群比重。建立城乡一体的居民养老保险制度，将非职工城镇居民纳入养老保险范围。城乡居民养老保险覆盖率达98%。继续做好被征地人员进城保工作。将在宁在校大学生全部纳入城镇居民医保范围。城镇职工医保住院费用报销比例提高到82%。城镇登记失业率控制在4%以内。",
      "2、加快保障性住房建设。做好岱山、丁家庄、花岗、上坊四大组团保障房片区的建设、交通保障及综合配套，力争年底前8.2万套达到分房入住的条件。今年重点建设公共租赁房、中低价商品房和安置房，全年新开工住房面积600万平方米，储备廉租房1800套。更为重视解决人才公租房和中等偏下收入住房困难家庭及新就业人员、外来务工人员的基本居住问题。健全保障性住房的准入、审核、轮候、分配和退出机制。实施河北村、电台村、蔡家巷等城中村、危旧房、工矿棚户区改造，出新老旧小区40个。",
      "3、关爱特殊人群生活。对80岁以上老人常见病、多发病报销比例提高5个百分点。严格执行残疾人按比例就业政策，健全残疾人社会保障和服务体系，在残疾人“助学、助行、助听、助视”上办实事。继续办好祖堂山社会福利院、青龙山精神病院，启动儿童福利院搬迁扩建。适时提高农村五保、重点优抚、城市“三无”对象保障和孤儿养育标准，继续完善困难群体物价上涨补贴联动机制。吸引多元投资，规划建设“银发社区”，健全居家、社区、机构养老服务体系，新增养老床位6400张，为全市60岁以上困难独居老人购买基本居家养老服务。稳定低生育水平，继续做好计划生育各项重点工作。",
      "4、促进优质教育资源均衡化。推进学前教育优质普惠发展，完善“幼儿助学券”制度，优化办园结构，改善办园条件。强化中小学校舍、食堂、校车安全管理。推进名校进四大保障房片区，建设6所中学、10所小学。打造职业教育示范特色品牌，促进高等教育内涵发展。",
      "5、优化医疗资源配置。加快建设河西新城、南部新城等新区三级甲等医院，规划建设浦口新城和全市公共卫生医疗中心。统筹考虑市中医院搬迁工作。完善急救中心体系。建设保障房片区医疗服务中心，使普通市民都能享受优质医疗资源。完善基层医疗卫生机构基础设施，深入开展公立医院改革试点，推进“名院、名科、名医”工程，努力让人民群众看得上病、看得起病、看得好病。",
      "6、推进公交、环卫体制改革。整合公交行业资源，全面实施城乡公交刷卡付费，基本建成南京站换乘中心，开工建设马群换乘中心，规划建设公交车、出租车司乘人员服务站，优化公交线路布局，新增和更新公交车1000辆、出租车300辆，加强地铁运营管理，提高市民出行品质。推进环卫市场化改革，提高道路清扫费标准，主干道每平方米由4.86元提高到10元，增加环卫工人收入并从7月1日起将其纳入社会保险。",
    ];
    const doc = ingestText("nanjing-2012.txt", lines.join("\n")).document;
    expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、2011年工作回顾",
      "2 二、2012年经济社会发展的主要任务",
      "3 （六）加快推进和落实重大民生实事，继续改善民生建设幸福都市",
      "4 1、增加居民收入，完善社会保障。",
      "4 2、加快保障性住房建设。",
      "4 3、关爱特殊人群生活。",
      "4 4、促进优质教育资源均衡化。",
      "4 5、优化医疗资源配置。",
      "4 6、推进公交、环卫体制改革。",
    ]);
    expect(doc.paragraphs.map((p) => p.text)).toContain("推进学前教育优质普惠发展，完善“幼儿助学券”制度，优化办园结构，改善办园条件。强化中小学校舍、食堂、校车安全管理。推进名校进四大保障房片区，建设6所中学、10所小学。打造职业教育示范特色品牌，促进高等教育内涵发展。");
  });
});

describe("a run of 1. sections, the first ones run on after a short title sentence, later ones titles alone on their lines (Changde 2021)", () => {
  it("reads 1．坚持优化产业生态，培育先进制造业新优势。对标… as a section like 3．坚持建设精致城市，提升城镇集聚和承载能力", () => {
    const lines = [
      "常德市政府工作报告",
      "——2021年1月6日在常德市第七届人民代表大会第六次会议上",
      "市长 邹文辉",
      "各位代表：",
      "一、2020年工作回顾",
      "这一年，我们真抓实干、稳中求进，预计地区生产总值增长4.2%。",
      "二、2021年工作安排",
      "实现以上目标任务，要抓好以下三个方面的工作：",
      "１．坚持优化产业生态，培育先进制造业新优势。对标全省打造国家重要先进制造业高地，努力完善产业生态系统，改善产业发展条件，提高制造业占GDP比重和在全省的位置。",
      "培强产业优势。大力培育工程机械、烟草、生物医药、大健康等支柱产业，新增规模工业企业１２０家以上。",
      "２．坚持创新驱动发展，激发高质量发展动能。对标全省打造具有核心竞争力的科技创新高地，致力创建国家创新型城市。",
      "加强创新能力建设。强化企业创新主体地位，认定高新技术企业１００家以上。",
      "３．坚持建设精致城市，提升城镇集聚和承载能力",
      "强化规划引领。高质量编制国土空间规划，完成“三区三线”划定、国土空间规划大纲编制等工作。",
    ];
    const doc = ingestText("changde-2021.txt", lines.join("\n")).document;
    expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、2020年工作回顾",
      "2 二、2021年工作安排",
      "3 １．坚持优化产业生态，培育先进制造业新优势。",
      "3 ２．坚持创新驱动发展，激发高质量发展动能。",
      "3 ３．坚持建设精致城市，提升城镇集聚和承载能力",
    ]);
    expect(doc.paragraphs.map((p) => p.text)).toContain("对标全省打造具有核心竞争力的科技创新高地，致力创建国家创新型城市。");
  });

  it("keeps the tasks of a list, one item after another, items of a list though a later one stands with no full stop", () => {
    const lines = [
      "测试市政府工作报告",
      "各位代表：",
      "一、2021年工作安排",
      "今年要办好以下民生实事：",
      "1.实施就业工程。新增城镇就业5万人。",
      "2.新改造城镇老旧小区230个。",
      "3.巩固提升农村饮水安全",
      "各位代表！新的征程已经开启，让我们努力奋斗！",
    ];
    const doc = ingestText("ceshi-2021.txt", lines.join("\n")).document;
    expect(doc.headings.map((h) => h.text).filter((t) => /^[12]\./.test(t))).toEqual([]);
  });
});

describe("a run of 1. sections whose second item is short and states figures, in a body whose other runs of 1. are sections (Zhangye 2014)", () => {
  it("reads 1.强化规划引导作用。… and 2.完善城市基础设施。开工建设总投资39.8亿元的城镇化项目93项。… as sections like 1.加快大景区建设。…", () => {
    const lines = [
      "张掖市政府工作报告",
      "──2014年2月25日在张掖市第三届人民代表大会第三次会议上",
      "张掖市人民政府市长 黄泽元",
      "各位代表：",
      "一、2014年工作任务",
      "（一）强化宜居宜游首位产业主导地位，增强经济发展内生动力",
      "1.加快大景区建设。修编完成张掖国际旅游度假名城建设暨旅游业发展规划，加快编制大景区发展总体规划、功能片区规划和重点景区建设性详规。丹霞国家地质公园开园揭牌，丹霞七彩镇、硖口长城文化游览区、马文化产业园、山丹马场鸾鸟湖草上乐园等33项重点旅游项目开工建设；抓好国家地质公园快速通道、景观大道，大沙河、大湖湾、扁都口、焉支山、裕固风情走廊等34项旅游续建项目；加快通往4A级景区二级公路、重点景区道路、旅游专线通道和山丹至中牧马场公路改建等旅游交通项目建设，完善游客服务中心、景区公厕等配套服务设施。新创建4A级旅游景区3家，新增年接待游客达到百万人次以上的大景区2家以上。启动丹霞地质公园、马蹄寺、焉支山等重点景区创建5A级景区资源评估工作。",
      "2.延长旅游产业链条。启动建设展示丝路文化的“大博物馆”，组织实施丝绸之路古城邦、骆驼城古遗址博物馆等重点文化项目。加快建设具有国际知名度的“大运动场”，开工建设以体育公园、公共足球场为重点的体育场馆，加快推进滨河新区自驾游营地、国际乡村俱乐部、国际赛车城、西游文化主题公园、露营基地、国际滑雪场等经营项目建设，办好中国·张掖汽车拉力锦标赛、冬季山地户外挑战赛、户外运动嘉年华等重大赛事。积极开发演艺娱乐、滑雪滑冰、森林旅游、湿地养生、黑河漂流、登山健身、赛马赛车等休闲度假产品，完善宾馆饭店、购物中心、租车公司等服务设施，提升旅游产业综合效益。加强宣传推介，组织开展“张掖旅游全民宣传行动”，营造人人当代言人、个个做宣传员的强大声势和良好氛围。办好第四届敦煌行·丝绸之路国际旅游节开幕式。全年接待游客1000万人次以上，实现旅游综合收入50亿元以上，占GDP的比重达到13%以上。",
      "（四）加快新型城镇化建设步伐，统筹城乡一体化发展",
      "1.强化规划引导作用。健全完善规划编制审查、公示、听证和监督制度，切实维护规划的权威性和严肃性。按照两个“1＋5”生态城市框架和“两城两心”的城市定位，分解落实《张掖市宜居宜游城市发展规划纲要》任务，编制完成张掖市城镇风貌规划和历史文化名城保护重点片区规划，修编老城区、滨河新区、西南片区、工业园区控制性详细规划，推广应用城市三维数字影像系统，建立老城区地下管线数据采集、数据库及管线管理信息系统。加快推进5县城总规、详规、控规和城乡交通发展规划修编，完成所有建制乡镇、公路沿线及大景区周边乡村规划，用高水平规划指导新型城镇化建设。",
      "2.完善城市基础设施。开工建设总投资39.8亿元的城镇化项目93项。改拓建城市道路34条32.1公里、供水管道98.3公里。实施临泽、高台、民乐3县城市垃圾收集中转工程，完成5县城区集中供热工程，建成市区热电联产项目。加快张掖大剧院、高铁客运站广场、公交客运枢纽等项目建设进度，增强城市综合服务功能。",
      "3.提升城市经营管理水平。适应新型城镇化加快发展、城市资源聚集作用日益显现的形势要求，树立经营城市理念，全方位整合、聚集、利用城市资源，形成推动经济发展的强大动力。进一步完善“市上主导规划、参与建设，区上主导建设管理、参与规划”的城市管理新机制，集中力量开展违章建筑拆迁攻坚和以公共卫生为主的环境整治、以退市还路为主的市场整治、以美化亮化为主的风貌整治行动，建设重点精品街区。加强城市交通综合管理，实行公共场所停车泊位市场化运作，严肃整治乱停乱放等违章违规行为。严格落实环卫保洁人员定时清扫、单位住户“门前三包”、社会公益性岗位人员全天候维护的城市环境卫生管理制度。加强物业管理，切实解决居民反映的突出问题。广泛开展文明城市、文明社区、文明市民评选活动，创建洁净、舒适、优美、文明的生活环境。在全市范围内开展以张掖城市精神大讨论、城市风貌大整治、行为陋习大曝光、市民素质大提升为主要内容的“城市形象提升行动”，增强市民的自豪感和城市管理的内在动力。",
    ];
    const doc = ingestText("zhangye-2014.txt", lines.join("\n")).document;
    expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、2014年工作任务",
      "3 （一）强化宜居宜游首位产业主导地位，增强经济发展内生动力",
      "4 1.加快大景区建设。",
      "4 2.延长旅游产业链条。",
      "3 （四）加快新型城镇化建设步伐，统筹城乡一体化发展",
      "4 1.强化规划引导作用。",
      "4 2.完善城市基础设施。",
      "4 3.提升城市经营管理水平。",
    ]);
    expect(doc.paragraphs.map((p) => p.text)).toContain("开工建设总投资39.8亿元的城镇化项目93项。改拓建城市道路34条32.1公里、供水管道98.3公里。实施临泽、高台、民乐3县城市垃圾收集中转工程，完成5县城区集中供热工程，建成市区热电联产项目。加快张掖大剧院、高铁客运站广场、公交客运枢纽等项目建设进度，增强城市综合服务功能。");
  });
});

describe("a Markdown ordered list whose items are sections, each a title sentence then a long text (Haidong 2020)", () => {
  it("reads 1. 坚持两手抓两促进，坚决打赢疫情防控阻击战。面对… as a section, not a task of a list", () => {
    const lines = [
      "---",
      "title: 海东市政府工作报告（2020年4月9日 王林虎）",
      "---",
      "",
      "——2020年4月9日在海东市第二届人民代表大会",
      "",
      "第八次会议上",
      "",
      "市长 王林虎",
      "",
      "各位代表：",
      "",
      "一、砥砺初心，2019年经济社会呈现新气象",
      "",
      "2019年，在市委的坚强领导下，全市经济社会呈现出稳中有进、进中向好的良好态势。",
      "",
      "三、践行初心，在推动经济社会发展中展现新作为",
      "",
      "1. 坚持两手抓两促进，坚决打赢疫情防控阻击战。面对全球流行的新冠肺炎疫情，市委、市政府进一步压实责任、依法管控、科学防疫、分县施策，精准发力，全市疫情防控工作有力有序有效开展，取得了“零输入、零感染、零报告”的阶段性重大成果。全市66名医护人员驰援湖北疫区，充分展示了河湟儿女能征敢战、同舟共济的使命担当。我们深入贯彻落实习近平总书记关于统筹推进疫情防控和经济社会发展工作重要指示精神，迅速恢复正常生产生活秩序。不误农时，全面推进春播备耕工作；制定下发《关于做好疫情防控帮助工业企业尽快复工复产的通知》，从财税支持、金融支撑、企业减负、要素保障等14个方面帮助工业企业复工复产；出台海东市应对新冠肺炎疫情确保拉面产业平稳健康发展的十条政策措施，有序组织拉面店开业运营，1.3万名返乡拉面人已全部返岗复工；全市769所学校24万名学生在全省全国率先实现开学开课，教育教学活动全面步入正轨；梳理计划当年完成投资420亿元的860个项目，举行了一季度重点项目集中开工仪式，83个项目集中开复工。我们看到，疫情对经济社会发展的冲击是短期的、暂时的、阶段性的，我国经济健康发展的基本面、支撑高质量发展的生产要素条件、长期稳中向好的总体势头不会改变。今后一段时间，我们将进一步做好“外防输入、内防反弹”工作，帮助工商企业复工复产、达产达效，推动经济社会早日全面步入正常轨道，千方百计把疫情耽误的时间抢回来、把疫情造成的损失夺回来，努力夺取海东疫情防控和经济社会发展的双胜利！",
      "",
      "2. 加快主导产业升级，夯实经济高质量发展基础。做精做细绿色有机农业。抢抓部省共建青海绿色有机农畜产品示范省的机遇，立足高原现代农业示范园区，率先在全省启动海东全域绿色有机农产品示范区建设，谋划实施青稞产业园、牦牛产业园、平北田园综合体项目建设，推动农村一二三产业融合发展。稳定粮食和蔬菜生产，对撂荒地全面复耕复产。推进百万头生猪生产基地建设，建成互助源虹、乐都容生、乐都弘育等3家生猪规模化养殖场，扩大牛羊养殖和禽蛋生产规模，实施互助东山20万只高原生态羊养殖基地等重大项目；做强做大绿色低碳工业。以海东工业园区为引领，充分发挥5个县区工业园主力军作用，不断提升工业对全市经济发展的支撑和带动作用。开展“工业经济质量提升年活动”，加快铁合金、水泥、有色金属等领域的技术改造，支持重点企业增品种、提品质、强配套，推动产业向中高端攀升。促进比亚迪动力电池、博锋矿业绿色建材等项目尽快达产达效，加快实施95兆瓦分布式风力发电、天然气储气、中钛年产3.3万件钛合金锻件生产线等项目，力促“5369”和青海百德10万吨牦牛藏羊全产业链生产加工等项目开工建设。推动中国电信、中住建筑业大数据中心、易华录城市数据湖等项目建设。积极承接深圳森光、灿鸿等基础电子材料企业产业转移；做优做活现代服务产业。推动商贸物流集群发展，加快建设河湟新区二手车交易市场、海东农副产品集散中心、海东乐都建材市场、循化清真食品（用品）物流园等项目。加快中国（海东）跨境电子商务综合试验区建设，搭建好线上综合服务平台和线下综合支撑平台，积极探索创新，推动产业转型升级。加快推进国家电子商务进农村综合示范县项目，构建县乡村三级电商服务体系、物流体系和农产品供应链体系。大力发展文旅康养等新兴服务业，加快“双万”健康养老基地建设。",
      "",
      "3. 做强四大品牌产业，打造引领经济发展的新引擎。推动青稞酒产业振兴发展。实施青稞酒产业“振兴计划”，以提升产品质量为核心，围绕“巩固本省市场、占领国内市场、走向国际市场”的发展目标，在打造重点产品、提升品牌影响力、标准化体系建设、强化市场监管、延伸产业链条等方面重点发力，推动青稞酒产业结构调整，形成“大酒厂强势引领、小酒厂快速发展”的产业格局。突出“老字号”，彰显“高原牌”，始终保持我市青稞酒产业在全国青稞酒行业的引领地位；推动拉面产业提质发展。完善拉面产业标准、品牌营销、资金结算、食材供应、人才培训等体系，建设青海拉面产业大数据平台，建立拉面从业人员档案信息，加强人员动态管理。建立拉面产业总部基地、组建拉面品牌运营管理公司、拉面产业结算中心。继续加大“拉面贷”投放力度，持续做好拉面店高级经营管理人才和“带薪在岗实训”人员培训工作，推动“青海拉面”扩面升级；推动青绣产业创新发展。出台《青绣产业发展三年行动计划》，制定青绣行业质量标准，提升青绣产品质量和档次，加强政府引导、社会参与、旅游带动、品牌打造、宣传推介，谋划建设青绣产业园，引领带动以回族撒拉族刺绣、土族盘绣、藏族堆绣等为代表的青绣产业全面兴盛。组建文创专业团队，培养一批懂文化、懂技艺、能创新的“绣娘”，实现青绣的技术传承和推陈出新，推进青绣从展品向商品转变、品种向品牌转变、产品向产业转变；推动富硒产业健康发展。把打造“河湟硒谷”区域品牌作为推进全市特色农业提升品牌竞争力、产品附加值的重要抓手，注册统一公用的“青字号”富硒品牌，培育粮油、蔬菜、果品、畜禽等富硒品牌产业。建设富硒产业园，按照市场化运作方式，探索“公司+合作社+基地+农户”的产业发展模式，推行统一产品品种、统一施肥管理、统一贴标销售，提高富硒产品附加值。",
    ];
    const doc = ingestText("haidong-2020.md", lines.join("\n")).document;
    expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、砥砺初心，2019年经济社会呈现新气象",
      "2 三、践行初心，在推动经济社会发展中展现新作为",
      "3 1.坚持两手抓两促进，坚决打赢疫情防控阻击战。",
      "3 2.加快主导产业升级，夯实经济高质量发展基础。",
      "3 3.做强四大品牌产业，打造引领经济发展的新引擎。",
    ]);
  });

  it("keeps a list of short tasks a list: 1. 新增城镇就业5万人。", () => {
    const doc = ingestText("test-2020.md", ["各位代表：", "", "一、2020年工作安排", "", "1. 实施就业工程。新增城镇就业5万人。", "", "2. 实施安居工程。改造棚户区3000户。"].join("\n")).document;
    expect(doc.headings.map((h) => h.text)).toEqual(["一、2020年工作安排"]);
  });
});

describe("a section the Markdown source marks as a heading, one sentence however long (State Council 1984)", () => {
  const md = [
    "**1984年测试市政府工作报告**",
    "——1984年5月15日在测试市第六届人民代表大会第二次会议上",
    "",
    "市长　张三",
    "",
    "各位代表：",
    "",
    "## 关于国内建设",
    "",
    "### 一、认真地有步骤地改革城市经济中普遍存在的吃“大锅饭”的弊端，更好地调动企业和职工的积极性。",
    "",
    "当前城市经济体制改革的中心课题，是要彻底改变企业经营好坏一个样的状况。",
    "",
    "## 关于外交工作",
    "",
    "现在，我就维护世界和平、坚持和平共处五项原则和加强同第三世界国家的团结合作这三个方面，对我国的对外政策作些阐述。",
    "",
    "### 一、维护世界和平是我国对外政策的主要目标，我们要坚持不懈地为缓和国际紧张局势、停止军备竞赛、促进实现裁军、防止世界战争而努力。",
    "",
    "中国要和平，不要战争。",
    "",
    "### 二、我们坚持在和平共处五项原则的基础上发展同世界各国的关系，并且主张世界上所有国家都应当遵循五项原则，使它真正成为国际关系的普遍准则。",
    "",
    "“互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处”五项原则早已裁入我国宪法。",
  ].join("\n");

  it("is a section of its part: 一、维护世界和平是我国对外政策的主要目标，…而努力。 (63 characters) and 二、… under 关于外交工作", () => {
    const r = ingestText("ceshi-1984.md", md);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text.slice(0, 8)}`)).toEqual([
      "2 关于国内建设",
      "3 一、认真地有步骤",
      "2 关于外交工作",
      "3 一、维护世界和平",
      "3 二、我们坚持在和",
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("中国要和平，不要战争。");
  });
});

describe("a section title of several clauses, a little over 60 characters, alone on its line after its run's titles (Nanning 2026)", () => {
  const title = "（五）围绕在扛起全面从严治党政治责任上走在前作表率，统筹建好“两个生态”、统筹发展和安全，清廉、美丽、平安南宁建设纵深推进";
  const lines = [
    "政府工作报告",
    "——2026年2月8日在南宁市第十五届人民代表大会第七次会议上",
    "市长 侯 刚",
    "各位代表：",
    "一、“十四五”主要成就及2025年工作",
    "（四）围绕在着力打造宜居宜业品质城市上走在前作表率，坚持人民至上、城乡融合，民生福祉有形有效、可感可及",
    "城市治理焕发新景象、升腾“烟火气”。国土空间规划体系进一步完善，国土空间开发保护格局基本形成。",
    title,
    "统筹建好风清气正的政治生态。坚持从讲政治的高度抓经济工作，落实经济运行党政联合调度机制，出台稳增长政策措施。",
  ];

  it("is the section's whole title, not split at its first comma, in a plain copy and in the Markdown source (bold)", () => {
    const txt = ingestText("nanning-2026.txt", lines.join("\n")).document;
    expect(txt.headings.map((h) => `${h.depth} ${h.text}`)).toContain(`3 ${title}`);
    expect(txt.paragraphs.map((p) => p.text)).not.toContain("统筹建好“两个生态”、统筹发展和安全，清廉、美丽、平安南宁建设纵深推进");
    const md = ingestText("nanning-2026.md", lines.map((l) => (l.startsWith("（") || l.startsWith("一、") ? `**${l}**` : l)).join("\n\n")).document;
    expect(md.headings.map((h) => `${h.depth} ${h.text}`)).toContain(`3 ${title}`);
  });

  it("still splits a section run on into its text with no full stop near: （四）加强城市基础设施建设，打造…", () => {
    const runOn = "（五）围绕在扛起全面从严治党政治责任上走在前作表率，统筹建好两个生态统筹发展和安全清廉美丽平安南宁建设纵深推进坚持从讲政治的高度抓经济工作，落实经济运行党政联合调度机制。";
    const doc = ingestText("nanning-2026.txt", [...lines.slice(0, 7), runOn].join("\n")).document;
    expect(doc.headings.at(-1)!.text).toBe("（五）围绕在扛起全面从严治党政治责任上走在前作表率，");
  });
});

describe("the first title of a run, a little over 60 characters, alone on its line before a second set so (Zhaoqing 2020)", () => {
  const title = "一、全面参与推进粤港澳大湾区建设，主动对接支持深圳建设先行示范区和广州实现老城市新活力，全力在粤港澳大湾区建设中争得一席之地";
  const lines = [
    "肇庆市政府工作报告",
    "——2020年1月10日在肇庆市第十三届人民代表大会第七次会议上",
    "各位代表：",
    "2019年工作回顾",
    "一、深入推进“六稳”工作，实现经济平稳健康发展",
    "重点领域投资增速加快。民间投资增长21%，房地产开发投资增长30%。",
    "二、聚焦重大平台建设，融入粤港澳大湾区建设步伐加快",
    "特色平台进一步扩容提质。肇庆新区总体规划扩容修编工作获省同意。",
    "2020年工作安排",
    "我们将重点做好以下八个方面的工作。",
    title,
    "全面融入大湾区产业发展。瞄准大湾区产业发展所需，积极参与广佛肇都市圈建设。",
    "二、全面做好“六稳”工作，增强经济发展韧性，确保经济保持稳中向好发展态势",
    "大力扶持实体经济。落实减税降费政策，出台扶持制造业高质量发展实施意见。",
  ];

  it("is a heading, the section's whole title, in a plain copy and in the Markdown source", () => {
    const txt = ingestText("zhaoqing-2020.txt", lines.join("\n")).document;
    expect(txt.headings.map((h) => `${h.depth} ${h.text}`)).toContain(`3 ${title}`);
    expect(txt.paragraphs.map((p) => p.text)).not.toContain(title);
    const md = ingestText("zhaoqing-2020.md", lines.join("\n\n")).document;
    expect(md.headings.map((h) => `${h.depth} ${h.text}`)).toContain(`3 ${title}`);
  });

  it("stays a paragraph when the next numbered line is no title alone on its line (二、…。)", () => {
    const next = "二、全面做好“六稳”工作，增强经济发展韧性，确保经济保持稳中向好发展态势。落实减税降费政策。";
    const doc = ingestText("zhaoqing-2020.txt", [...lines.slice(0, 12), next].join("\n")).document;
    expect(doc.headings.map((h) => h.text)).not.toContain(title);
  });
});

describe("titles of a run each one sentence of 61 to 80 characters, ended by a full stop, alone on their lines (State Council 1984)", () => {
  const first = "一、维护世界和平是我国对外政策的主要目标，我们要坚持不懈地为缓和国际紧张局势、停止军备竞赛、促进实现裁军、防止世界战争而努力。";
  const second = "二、我们坚持在和平共处五项原则的基础上发展同世界各国的关系，并且主张世界上所有国家都应当遵循五项原则，使它真正成为国际关系的普遍准则。";
  const lines = [
    "1984年政府工作报告",
    "——1984年5月15日在第六届全国人民代表大会第二次会议上",
    "各位代表：",
    "关于国内建设",
    "五、更加重视知识和知识分子的作用，加强智力开发，不断提高职工队伍的素质。",
    "改革经济体制，迎接技术革命，推进经济建设，都迫切需要大批掌握现代科学技术和管理知识的人才。",
    "关于外交工作",
    "现在，我就维护世界和平、坚持和平共处五项原则和加强同第三世界国家的团结合作这三个方面，对我国的对外政策作些阐述。",
    first,
    "中国要和平，不要战争。中国人民正在致力于建设现代化的国家，当然需要一个稳定的、长期的和平国际环境。",
    second,
    "“互相尊重主权和领土完整、互不侵犯、互不干涉内政、平等互利、和平共处”五项原则早已载入我国宪法。",
  ];

  it("are headings, each its whole sentence, the first told by the second, where the report's titles end on a full stop", () => {
    const doc = ingestText("zhongguo-1984.txt", lines.join("\n")).document;
    expect(doc.headings.map((h) => h.text)).toEqual(expect.arrayContaining([first, second]));
    expect(doc.paragraphs.map((p) => p.text)).not.toContain(first);
  });

  it("stay paragraphs when the items follow one another with no text of their own (a list, one item a line)", () => {
    const doc = ingestText("zhongguo-1984.txt", [...lines.slice(0, 9), second].join("\n")).document;
    expect(doc.headings.map((h) => h.text)).not.toContain(first);
  });

  it("stay paragraphs where the report's last title of the family has no full stop (titles run on into a sentence)", () => {
    const doc = ingestText("zhongguo-1984.txt", lines.map((l) => l.replace(/素质。$/, "素质")).join("\n")).document;
    expect(doc.headings.map((h) => h.text)).not.toContain(first);
  });
});

describe("a paragraph broken off after a list's first circled numeral (Hunan 2022: …竭尽全力办好十大民生实事：① / 增加公办义务教育学位；②…)", () => {
  const lines = [
    "2022年测试省政府工作报告",
    "——2022年1月17日在测试省第十三届人民代表大会第五次会议上",
    "各位代表：",
    "一、关于2022年工作",
    "抓好重点民生实事。坚持一件事、一个方案、一套班子、一抓到底，竭尽全力办好十大民生实事：①",
    "增加公办义务教育学位；②职业教育楚怡行动；③特殊群体健康保障。",
    "民生无小事，枝叶总关情。",
  ];

  it("is one paragraph with the item that goes on it, with a warning naming that line", () => {
    const r = ingestText("ceshi-2022.txt", lines.join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain("抓好重点民生实事。坚持一件事、一个方案、一套班子、一抓到底，竭尽全力办好十大民生实事：①增加公办义务教育学位；②职业教育楚怡行动；③特殊群体健康保障。");
    expect(r.warnings.filter((w) => /breaks off after a comma or a list's first circled numeral/.test(w.message)).map((w) => w.line)).toEqual([6]);
  });

  it("keeps apart a paragraph that ends on a circled numeral of no list opening (…见表①)", () => {
    const r = ingestText("ceshi-2022.txt", [...lines.slice(0, 4), "主要指标完成情况见表①", "增加公办义务教育学位。"].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(["主要指标完成情况见表①", "增加公办义务教育学位。"]));
  });
});

describe("unnumbered parts titled by their year, a colon and what it was (Yueyang 2018: **2017年：“四大会战”强力开启岳阳发展新局面**)", () => {
  const head = ["岳阳市政府工作报告", "——2018年1月2日在岳阳市第八届人民代表大会第二次会议上", "岳阳市人民政府市长 刘和生", "各位代表："];
  const body = [
    "现在，我代表市人民政府，向大会报告政府工作，请予审议。",
    "2017年：“四大会战”强力开启岳阳发展新局面",
    "2017年，我们坚持以“四大会战”统揽新增长极建设，预计全市GDP增长6.7%。",
    "人民生活得到明显改善。社会事业方面：全年新建中小学校51所，新增城镇就业5.4万人。",
    "2018年：向着新增长极建设宏伟目标坚实迈进",
    "2018年全市经济社会发展目标是：地区生产总值增长8%左右。",
    "一、坚持经济提质提效，打造岳阳发展的“升级版”",
    "建设现代化经济体系是岳阳经济发展的时代主题。",
  ];

  it("reads the two as parts, in plain text, in full-width digits and in bold, the plan year's sections under its part, and the review's figures the year reviewed", () => {
    const fullWidth = (l: string) => l.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const md = ["---", "title: 岳阳市政府工作报告 （2018年1月2日 刘和生）", "---", "", ...[head[1]!, head[2]!, head[3]!, ...body].map((l) => (/^20\d\d年：/.test(l) ? `**${l}**` : l)).flatMap((l) => [l, ""])].join("\n");
    for (const [file, text] of [["yueyang-2018.txt", [...head, ...body].join("\n")], ["yueyang-2018.txt", [...head, ...body].map(fullWidth).join("\n")], ["yueyang-2018.md", md]] as const) {
      const { doc, figures } = extractText(file, text);
      const titles = ["2 2017年：“四大会战”强力开启岳阳发展新局面", "2 2018年：向着新增长极建设宏伟目标坚实迈进", "3 一、坚持经济提质提效，打造岳阳发展的“升级版”"];
      expect(doc.headings.map((h) => `${h.depth} ${h.text}`)).toEqual(text.includes("２０") ? titles.map((t) => `${t.slice(0, 2)}${fullWidth(t.slice(2))}`) : titles);
      expect(figures.filter((f) => f.metric === "urban_jobs_new").map((f) => [f.kind, f.year])).toEqual([["result", 2017]]);
    }
  });

  it("keeps a line of a year, a colon and a sentence a paragraph (2017年：地区生产总值增长6.7%。)", () => {
    const doc = ingestText("yueyang-2018.txt", [...head, "2017年：地区生产总值增长6.7%，经济社会发展处于稳健区间。", "一、2018年工作安排", "地区生产总值增长8%左右。"].join("\n")).document;
    expect(doc.headings.map((h) => h.text)).toEqual(["一、2018年工作安排"]);
  });
});

describe("a section title run on into its first sentence with no mark between, the sentence opening with the place's whole (Yunnan 2004)", () => {
  const head = ["云南省2004年政府工作报告", "（2004年2月12日 徐荣凯）", "各位代表：", "一、团结进取，狠抓落实，全面完成2003年各项预期目标", "2003年，全省各族人民坚持以“三个代表”重要思想为指导。"];
  const first = "（一）国民经济实现较快增长全省生产总值完成2458.8亿元，比上年增长8.6%，其中第一产业增长5.0%，第二产业增长10.4%，第三产业增长8.6%。";

  it("ends the title before 全省, the sentence whole in the text, so the year's GDP and its growth are read", () => {
    const text = [...head, first, "农村经济加速发展。正文。", "（二）各项改革取得较大进展", "正文。", "二、开拓创新，奋发努力，全面加快2004年经济社会发展", "全省生产总值增长8%。"].join("\n");
    const { doc, figures } = extractText("yunnan-2004.txt", text);
    expect(doc.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual(["（一）国民经济实现较快增长", "（二）各项改革取得较大进展"]);
    expect(doc.paragraphs.some((p) => "（一）国民经济实现较快增长" + p.text === first)).toBe(true);
    expect(figures.filter((f) => f.metric === "gdp" || f.metric === "gdp_growth").map((f) => [f.metric, f.kind, f.year, f.value])).toEqual([
      ["gdp", "result", 2003, 2458.8],
      ["gdp_growth", "result", 2003, 8.6],
      ["gdp_growth", "target", 2004, 8],
    ]);
  });

  it("keeps a title that names the place and a figure of its own whole up to its comma (（一）全市生产总值突破1000亿元，…)", () => {
    const own = "（一）全市生产总值突破1000亿元，经济实力迈上新台阶，各项主要指标保持较快增长，发展的质量和效益进一步提高，为今后发展奠定了坚实基础。";
    const doc = ingestText("x-2004.txt", [...head, own, "正文。", "（二）各项改革取得较大进展", "正文。"].join("\n")).document;
    expect(doc.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual(["（一）全市生产总值突破1000亿元，", "（二）各项改革取得较大进展"]);
  });
});

describe("a bold section heading run on into the bold lead of its text (Zhejiang 2023: **（三）大力推进数字化改革，建设数字浙江、打造数字变革高地。发展数字政务，**推动技术融合…)", () => {
  it("ends the heading at its full stop and keeps the lead's clause in one paragraph with the sentence it opens", () => {
    const text = [
      "**政府工作报告**", "", "**2023年1月12日在测试市第十四届人民代表大会第一次会议上**", "", "各位代表：", "",
      "**一、今后五年的目标任务**", "",
      "**（一）建设现代化产业体系，打造高质量发展高地。**加快构建现代化产业体系。", "",
      "**（二）大力推进数字化改革，建设数字浙江、打造数字变革高地。发展数字政务，**推动技术融合、业务融合，提升政府履职效率。**打造数字文化，**加强优质网络文化产品供给。", "",
    ].join("\n");
    const doc = ingestText("ceshi-2023.md", text).document;
    expect(doc.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual(["（一）建设现代化产业体系，打造高质量发展高地。", "（二）大力推进数字化改革，建设数字浙江、打造数字变革高地。"]);
    expect(doc.paragraphs.map((p) => p.text)).toContain("发展数字政务，推动技术融合、业务融合，提升政府履职效率。打造数字文化，加强优质网络文化产品供给。");
  });
});

describe("a paragraph a copy broke off between a number and its unit, or before an amount after the name it measures (Hainan 1994: …增长 28 / %。… ; …农业总产值 / 97.4 亿元，…)", () => {
  const head = ["---", "title: 政府工作报告", "---", "", "——1994年3月1日在海南省第一届人民代表大会第二次会议上", "", "海南省省长阮崇武", "", "各位代表：", ""];
  const cut = [
    "二、 1994 年的目标和任务",
    "",
    "我省确定今年国民经济和社会发展计划目标为：国内生产总值 270 亿元，比上年增长 18 %，其中第三产业增长 23 %。农业总产值",
    "",
    "97.4 亿元，增长 10 %;工业增加值 38 亿元，增长 28",
    "%。地方财政收入 25.9",
    "亿元，增长 18.4 %。",
    "",
    "继续坚持科技兴农的方针，加快发展乡镇企业。今年乡镇企业总产值计划增长",
    "",
    "64.1 %，达到 75",
    "",
    "亿元。",
    "",
  ];

  it("is one paragraph again, each cut warned of by its line, so the amounts keep their units and their names", () => {
    const r = ingestText("hainan-1994.md", [...head, ...cut].join("\n"));
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("我省确定今年国民经济和社会发展计划目标为：国内生产总值 270 亿元，比上年增长 18 %，其中第三产业增长 23 %。农业总产值97.4 亿元，增长 10 %;工业增加值 38 亿元，增长 28%。地方财政收入 25.9亿元，增长 18.4 %。");
    expect(texts).toContain("继续坚持科技兴农的方针，加快发展乡镇企业。今年乡镇企业总产值计划增长64.1 %，达到 75亿元。");
    expect(r.warnings.filter((w) => /between a number and its unit/.test(w.message)).map((w) => w.line)).toEqual([16, 17, 23]);
    expect(r.warnings.filter((w) => /mid-sentence before the number/.test(w.message)).map((w) => w.line)).toEqual([15, 21]);
    const { figures } = extractText("hainan-1994.md", [...head, ...cut].join("\n"));
    const targets = figures.filter((f) => f.kind === "target").map((f) => [f.metric, f.value, f.unit]);
    expect(targets).toContainEqual(["industry_value_added_growth", 28, "%"]);
    expect(targets).toContainEqual(["budget_revenue", 25.9, "亿元"]);
    expect(figures.filter((f) => f.label_zh === "农业总产值").map((f) => [f.value, f.unit])).toEqual([[97.4, "亿元"]]);
    expect(figures.filter((f) => f.label_zh === "乡镇企业总产值计划增长").map((f) => [f.value, f.unit])).toEqual([[64.1, "%"]]);
  });

  it("but leaves apart a paragraph that ends a sentence on its number's line and a next one that opens a year", () => {
    const r = ingestText("hainan-1994.md", [...head, "二、 1994 年的目标和任务", "", "今年计划投资 70 亿元。", "", "1994 年，全省重点工程计划投资 70 亿元。", ""].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text).slice(-2)).toEqual(["今年计划投资 70 亿元。", "1994 年，全省重点工程计划投资 70 亿元。"]);
  });
});

describe("a paragraph a copy broke off right after a percentage, its qualifier opening the next line (Shanghai 2004: …上升到35% / 左右。…)", () => {
  const head = ["---", "title: 政府工作报告", "---", "", "——2004年1月22日在上海市第十二届人民代表大会第二次会议", "", "上海市市长韩正", "", "各位代表：", ""];
  const cut = [
    "一、2003年工作的回顾",
    "",
    "（三）国资国企改革和市场体系建设不断推进。鼓励、支持和引导民间投资，在浦东新区试行在企业登记注册中扩大出资者范围。非公有制经济加快发展，非公经济增加值占全市国内生产总值的比重上升到35%",
    "",
    "左右。继续推进现代市场体系建设，上海产权交易市场快速健康发展，全年实现产权交易约3244亿元。",
    "",
  ];

  it("is one paragraph again, the qualifier kept with its figure", () => {
    const r = ingestText("shanghai-2004.md", [...head, ...cut].join("\n"));
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.includes("上升到35%左右。继续推进现代市场体系建设"))).toBe(true);
    expect(texts.some((t) => t.startsWith("左右"))).toBe(false);
    expect(r.warnings.filter((w) => /after a percentage, before the word qualifying it/.test(w.message)).map((w) => w.line)).toEqual([15]);
    const { figures } = extractText("shanghai-2004.md", [...head, ...cut].join("\n"));
    expect(figures.filter((f) => f.value === 35).map((f) => f.qualifier)).toEqual(["approx"]);
  });
});

describe("sections numbered with a space before the enumeration comma, as a copy of a printed page keeps it (Hainan 1994: 1 、以公司制改造为重点，加快建立现代企业制度。)", () => {
  it("reads them as the sections of the part they stand in, each title whole, not as items of a list", () => {
    const text = [
      "政府工作报告", "——1994年3月1日在海南省第一届人民代表大会第二次会议上", "海南省省长阮崇武", "各位代表：",
      "二、 1994 年的目标和任务", "（二）重点改革措施", "今年是实现经济体制改革整体推进的关键一年。",
      "1 、以公司制改造为重点，加快建立现代企业制度。", "加快转换企业经营机制的配套改革。",
      "2 、合理调整市县财政体制，全面推行现代税收征管制度。", "今年是实行分税制改革的第一年。",
    ].join("\n");
    const doc = ingestText("hainan-1994.txt", text).document;
    expect(doc.headings.filter((h) => h.depth === 4).map((h) => h.text)).toEqual(["1 、以公司制改造为重点，加快建立现代企业制度。", "2 、合理调整市县财政体制，全面推行现代税收征管制度。"]);
    expect(doc.paragraphs.map((p) => p.text)).toContain("加快转换企业经营机制的配套改革。");
  });
});

describe("a paragraph a copy broke off between a count of years or a year and its 年 (Hainan 1998: 过去的 5 / 年，是我省… ; 从 1998 / 年起，… ; 5 / 年历程…)", () => {
  const head = ["---", "title: 政府工作报告", "---", "", "政府工作报告  ——1998年4月23日在海南省第二届人民代表大会第一次会议上", "", "海南省代省长 汪啸风", "", "各位代表：", ""];
  const body = [
    "过去五年的工作",
    "",
    "过去的 5",
    "",
    "年，是我省经济发展波动最大的时期，我们踏越了一条不平坦的发展之路。",
    "",
    "5",
    "",
    "年历程加深了我们这样一些认识：必须坚持解放思想、实事求是的思想路线。",
    "",
    "新的展望和 1998 年的工作建议",
    "",
    "从 1998",
    "",
    "年起，我们已进入新一轮的创业阶段。",
    "",
    "1998 年是新一届政府的开局之年。今年全省国民经济和社会发展的主要安排是：国内生产总值增长 8% 以上。",
    "",
  ];

  it("is one paragraph again, with a warning naming the line, and no number alone is read as a heading", () => {
    const r = ingestText("hainan-1998.md", [...head, ...body].join("\n"));
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("过去的 5年，是我省经济发展波动最大的时期，我们踏越了一条不平坦的发展之路。");
    expect(texts).toContain("5年历程加深了我们这样一些认识：必须坚持解放思想、实事求是的思想路线。");
    expect(texts).toContain("从 1998年起，我们已进入新一轮的创业阶段。");
    expect(r.document.headings.map((h) => h.text)).not.toContain("从 1998");
    expect(r.warnings.filter((w) => /between a number and its unit/.test(w.message)).map((w) => w.line)).toEqual([15, 19, 25]);
  });

  it("leaves a paragraph that opens on a year set off by itself, after a sentence's end, standing alone", () => {
    const r = ingestText("hainan-1998.md", [...head, "过去五年的工作", "", "经济稳步增长。", "", "1998 年是新一届政府的开局之年，任务繁重。", ""].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain("1998 年是新一届政府的开局之年，任务繁重。");
  });
});

describe("a number a copy set on a line of its own, cut out of its sentence (Hainan 1998: …无纺布、 / 80 / 万吨水泥…; …每年推广 / 100 / 项农业新技术…)", () => {
  const head = ["海南省政府工作报告", "——1998年4月23日在海南省第二届人民代表大会第一次会议上", "海南省代省长 汪啸风", "各位代表："];

  it("is one paragraph with the prose before and the measure after, each join warned of with its line; the figures read whole", () => {
    const r = ingestText("hainan-1998.txt", [
      ...head,
      "过去五年的工作",
      "1993",
      "年以来，经济社会发展取得了显著成就。",
      "工业发展步伐加快。天然气大化肥、无纺布、",
      "80",
      "万吨水泥、镀锡薄板等一批新兴工业项目相继建成。",
      "新的展望和 1998 年的工作建议",
      "建设一批示范县市、示范基地和示范户，每年推广",
      "100",
      "项农业新技术、新品种。广播电视节目的省内人口覆盖率均达到",
      "90%",
      "以上。实现省级电视广播节目卫星传送。",
    ].join("\n"));
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("工业发展步伐加快。天然气大化肥、无纺布、80万吨水泥、镀锡薄板等一批新兴工业项目相继建成。");
    expect(texts).toContain("建设一批示范县市、示范基地和示范户，每年推广100项农业新技术、新品种。广播电视节目的省内人口覆盖率均达到90%以上。实现省级电视广播节目卫星传送。");
    // The title before a year is no prose: the year and its 年 open the paragraph after it.
    expect(texts).toContain("1993年以来，经济社会发展取得了显著成就。");
    expect(r.document.headings.map((h) => h.text)).toContain("过去五年的工作");
    expect(r.warnings.filter((w) => /before the number that opens this line/.test(w.message)).map((w) => w.line)).toEqual([9, 13, 15]);
    expect(r.warnings.filter((w) => /between a number and its unit/.test(w.message)).map((w) => w.line)).toEqual([7, 10, 14, 16]);
  });

  it("leaves a number no measure follows on a line of its own, as a page number a copy kept: the prose around it is not joined through it", () => {
    const r = ingestText("hainan-1998.txt", [...head, "过去五年的工作", "经济稳步增长，人民生活不断改善，", "12", "社会事业全面进步。"].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).not.toContain("经济稳步增长，人民生活不断改善，12社会事业全面进步。");
  });
});

describe("a lead sentence a copy set a space before its full stop (Anhui 2004: 国民经济保持较快增长 。预计全年实现…)", () => {
  it("is bold without the space, which stays in the text after it: no character reference in the Markdown", () => {
    const text = ["2004年测试省人民政府工作报告", "", "——2004年1月12日在测试省第十届人民代表大会第二次会议上", "", "测试省省长 张三", "", "各位代表：", "", "一、2003年工作回顾", "", "国民经济保持较快增长 。预计全年实现国内生产总值3970亿元，比上年增长9.2％。", "", "二、2004年主要任务", "", "国内生产总值增长9.5％以上。"].join("\n");
    const r = ingestText("ceshi-2004.txt", text);
    expect(r.markdown).toContain("**国民经济保持较快增长** 。预计全年实现国内生产总值3970亿元");
    expect(r.markdown).not.toContain("&#x");
  });
});

describe("a dashed item whose first sentence fills the lead's length only with its dash (Harbin 2010: ——积极应对国际金融危机等不利因素影响，开创了经济回升向好新局面。)", () => {
  it("has its lead as the items beside it do: the dash is no word of it", () => {
    const text = ["2010年测试市政府工作报告", "", "——2010年1月20日在测试市第十三届人民代表大会第四次会议上", "", "市长 张三", "", "各位代表：", "", "一、2009年工作回顾", "", "——积极应对国际金融危机等不利因素影响，开创了经济回升向好新局面。注重思路引领。", "", "——注重打基础、攒后劲，全面协调可持续发展能力建设取得新进展。创新完善发展战略。", "", "二、2010年主要任务", "", "地区生产总值增长14%。"].join("\n");
    const r = ingestText("ceshi-2010.txt", text);
    expect(r.markdown).toContain("**——积极应对国际金融危机等不利因素影响，开创了经济回升向好新局面**。注重思路引领。");
    expect(r.markdown).toContain("**——注重打基础、攒后劲，全面协调可持续发展能力建设取得新进展**。");
  });
});

describe("sections whose opening parenthesis a copy lost with the first character of each line (Lanzhou 2024: 一）全力以赴稳增长、促发展，…)", () => {
  it("reads 一） 二） as the sections （一） （二） of their part, run on into their text, nothing lost", () => {
    const text = [
      "政府工作报告",
      "——2024年1月10日在测试市第十七届人民代表大会第四次会议上",
      "测试市市长 张三",
      "各位代表:",
      "一、2023年工作回顾",
      "一年来，我们扎实开展了以下八个方面工作：",
      "一）全力以赴稳增长、促发展，经济运行走出低谷、稳中有进。预计全年实现生产总值3477亿元、增长4.2%。",
      "二）远谋近施抓项目、抓引资，发展动能加速集聚、持续增强。新引进项目333个。",
      "二、2024年工作安排",
      "经济发展主要预期目标是：生产总值增长6%。",
      "一）聚焦发力“五大工程”，加快构建“3+2”现代产业体系。坚持一产抓升级。",
    ].join("\n");
    const r = ingestText("ceshi-2024.txt", text);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、2023年工作回顾"],
      [3, "一）全力以赴稳增长、促发展，经济运行走出低谷、稳中有进。"],
      [3, "二）远谋近施抓项目、抓引资，发展动能加速集聚、持续增强。"],
      [2, "二、2024年工作安排"],
      [3, "一）聚焦发力“五大工程”，加快构建“3+2”现代产业体系。"],
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("预计全年实现生产总值3477亿元、增长4.2%。");
    expect(texts).toContain("坚持一产抓升级。");
  });
});

describe("a section's title that names an anniversary's years (Yangzhou 2015: ６．围绕建城２５００周年，进一步提升城市品质和文化影响力)", () => {
  const head = ["扬州市政府工作报告", "——2015年1月9日在扬州市第七届人民代表大会第四次会议上", "市长 朱民阳", "各位代表："];
  const body = [
    "2015年工作安排",
    "2015年全市经济社会发展的主要预期目标为：地区生产总值增长10%，公共财政预算收入增长10%。",
    "1.切实加强环境保护，全面提升生态文明建设水平",
    "加强生态涵养。恢复湿地4000亩。市区新增城市绿地100万平方米。",
    "2.围绕建城2500周年，进一步提升城市品质和文化影响力",
    "按照市委“城建项目决胜年”、“城市管理强化年”和“市民素质提升年”部署，推动城市硬件设施和软实力双提升、人与城市共发展。",
    "加快重大基础设施建设。宁启铁路复线电气化改造扬州段全线建成。",
    "3.突出稳定性、连续性和累积性，继续推进民生幸福工程",
    "千方百计增加居民收入。全年新增城镇就业5万人。",
  ];

  it("reads it as the run's next section, its years no figure of a task, in ASCII and full-width digits", () => {
    const fw = (l: string) => `　　${l.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/%/g, "％").replace(/\./g, "．")}`;
    for (const [lines, markers] of [
      [[...head, ...body], ["1.", "2.", "3."]],
      [[...head, ...body.map(fw)], ["１．", "２．", "３．"]],
    ] as const) {
      const r = ingestText("yangzhou-2015.txt", lines.join("\n"));
      expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text.slice(0, 2))).toEqual(markers);
      expect(r.document.headings.find((h) => h.text.includes("周年"))?.text).toMatch(/围绕建城.{4}周年，进一步提升城市品质和文化影响力$/);
      expect(r.warnings.some((w) => /breaks the numbering/.test(w.message))).toBe(false);
    }
  });
});

describe("leads side by side, one a little longer than the rest (Tongliao 2023: 一年来，我们坚持高质量发展与高水平保护协同发力，绿色底蕴愈加深厚。)", () => {
  it("has its lead as the paragraphs beside it opening on the same words do", () => {
    const text = [
      "2023年测试市政府工作报告", "", "——2023年1月1日在测试市第六届人民代表大会第二次会议上", "", "市长 张三", "", "各位代表：", "", "一、2022年工作回顾", "",
      "一年来，我们坚持改革开放与优化环境协同发力，发展动能持续增强。国企改革三年行动圆满收官。", "",
      "一年来，我们坚持新型城镇化与乡村振兴协同发力，城乡发展日趋协调。推进城市环境提质、管理提标。", "",
      "一年来，我们坚持高质量发展与高水平保护协同发力，绿色底蕴愈加深厚。“三区三线”划定成果落地应用。", "",
      "二、2023年重点工作", "", "地区生产总值增长7%左右。",
    ].join("\n");
    const r = ingestText("ceshi-2023.txt", text);
    expect(r.markdown).toContain("**一年来，我们坚持新型城镇化与乡村振兴协同发力，城乡发展日趋协调**。");
    expect(r.markdown).toContain("**一年来，我们坚持高质量发展与高水平保护协同发力，绿色底蕴愈加深厚**。“三区三线”");
  });

  it("but a long first sentence with no such leads beside it leads nothing", () => {
    const text = [
      "2023年测试市政府工作报告", "", "——2023年1月1日在测试市第六届人民代表大会第二次会议上", "", "市长 张三", "", "各位代表：", "", "一、2022年工作回顾", "",
      "一年来，我们坚持高质量发展与高水平保护协同发力，绿色底蕴愈加深厚。“三区三线”划定成果落地应用。", "",
      "二、2023年重点工作", "", "地区生产总值增长7%左右。",
    ].join("\n");
    expect(ingestText("ceshi-2023.txt", text).markdown).not.toContain("**一年来");
  });
});

describe("a short opening sentence whose full stop falls inside a quotation (Guangdong 2011)", () => {
  it("is no lead: the quoted words run on past the stop", () => {
    const para = "去年，我们成功举办广州亚运会和亚残运会，全面践行“激情盛会。和谐亚洲”和“欢聚、分享、共赢”理念，展示了良好国际形象。";
    const text = ["2011年某省政府工作报告", "2011年1月22日在某省第十一届人民代表大会第四次会议上", "省长 某", "各位代表：", "一、“十一五”时期工作回顾", "正文。", para, "二、2011年工作安排", "正文。"].join("\n");
    const p = ingestText("x-2011.txt", text).document.paragraphs.find((x) => x.text === para)!;
    expect(p.lead).toBeNull();
  });
});

describe("unnumbered part titles that name their year after a word, then after a comma what was done (Yiyang 2025: 实干二〇二四，我们攻坚克难、收获满满)", () => {
  const lines = [
    "益阳市政府工作报告", "——2024年12月28日在益阳市第七届人民代表大会第五次会议上", "熊 炜", "各位代表:",
    "现在，我代表市人民政府，向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
    "实干二〇二四，我们攻坚克难、收获满满",
    "2024年，面对复杂严峻的发展形势，我们坚持以习近平新时代中国特色社会主义思想为指导，全面建设社会主义现代化新益阳迈出坚实步伐。",
    "——发展态势回升向好。前三季度，全市地区生产总值增长4.8%，居全省第8位。预计全年地区生产总值增长5%（预计数，下同）。",
    "一年来，我们聚焦集群强实体，产业发展提质增效。工业投资、工业技改投资分别增长12%、10%。",
    "奋斗二〇二五，我们锚定目标、拼搏进取",
    "2025年是“十四五”规划的收官之年，是进一步全面深化改革的关键之年，做好全年工作意义重大。",
    "2025年经济社会发展主要预期目标是:地区生产总值增长5.5%，规模工业增加值增长7%，固定资产投资增长6.5%。",
    "我们将重点抓好以下八个方面工作:",
    "一、狠抓扩大内需。聚焦“两重”“两新”加力举措，抢抓政策机遇。完成交通投资50亿元。",
    "二、狠抓产业立市。坚定不移走好产业强市之路。新增规模工业企业100家。",
    "加强自身建设，我们坚守初心、担当使命",
    "初心如磐，使命如炬。我们将始终保持赶考的心态、拼搏的姿态，努力建设人民满意的服务型政府。",
  ];

  it("reads each as a part, the plan year's title not joined to the sentence after it, and times the parts by their years", () => {
    const r = ingestText("yiyang-2025.txt", lines.join("\n"));
    const parts = r.document.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(parts).toEqual(["实干二〇二四，我们攻坚克难、收获满满", "奋斗二〇二五，我们锚定目标、拼搏进取", "加强自身建设，我们坚守初心、担当使命"]);
    expect(r.document.paragraphs.some((p) => p.text.startsWith("奋斗二〇二五"))).toBe(false);
    const period = (start: string) => r.document.paragraphs.find((p) => p.text.startsWith(start))!.period;
    expect(period("一年来，我们聚焦集群强实体")).toBe("review");
    expect(period("2025年经济社会发展主要预期目标是")).toBe("plan");
    // The review's note that its figures are estimates from there on (`预计数，下同`) ends with the review.
    const figures = extractFigures(r.document, metrics);
    const gdp = figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target");
    expect(gdp).toMatchObject([{ year: 2025, value: 5.5, estimate: false, period: null, base_year: null }]);
    expect(figures.find((f) => f.label_zh === "工业投资增长")).toMatchObject({ kind: "result", year: 2024, estimate: true });
  });

  it("and in full-width digits with indents", () => {
    const fw = (l: string) => `　　${l.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/%/g, "％").replace(/\./g, "．")}`;
    const r = ingestText("yiyang-2025.txt", [...lines.slice(0, 4), ...lines.slice(4).map(fw)].join("\n"));
    expect(r.document.headings.filter((h) => h.depth === 2).map((h) => h.text.slice(0, 6))).toEqual(["实干二〇二四", "奋斗二〇二五", "加强自身建设"]);
  });

  it("but a paragraph's first sentence cut after a year and its 年 stays text", () => {
    const r = ingestText("test-2025.txt", [...lines.slice(0, 5), "一、2024年工作回顾", "2024年，面对复杂严峻的发展形势", "我们坚持稳中求进，全市经济回升向好。"].join("\n"));
    expect(r.document.headings.map((h) => h.text)).not.toContain("2024年，面对复杂严峻的发展形势");
  });
});

describe("the speaker's opening words set as a sentence of their own (Tianshui 2014: 现在，我代表市人民政府向大会报告工作，请予审议。并请…)", () => {
  it("are no lead: they address the congress, no topic of the paragraph", () => {
    const para = "现在，我代表市人民政府向大会报告工作，请予审议。并请各位政协委员和列席人员提出意见、建议。";
    const text = ["2014年某市政府工作报告", "——2013年12月28日在某市第六届人民代表大会第三次会议上", "某市市长 某", "各位代表：", para, "2013年工作回顾", "正文。", "2014年奋斗目标和主要任务", "正文。"].join("\n");
    const r = ingestText("x-2014.txt", text);
    expect(r.document.paragraphs.find((x) => x.text === para)!.lead).toBeNull();
    expect(r.markdown).not.toContain("**现在");
  });
});

describe("bold leads of a run of numbered tasks, each its own paragraph (Haikou 2023)", () => {
  const md = [
    "---",
    "title: 2023年海口市政府工作报告",
    "---",
    "",
    "海口市市长 丁 晖",
    "",
    "各位代表：",
    "",
    "**一、2022年工作回顾**",
    "",
    "全年地区生产总值2134.8亿元、增长1.3%。",
    "",
    "**二、2023年重点工作**",
    "",
    "**（一）纵深推进自贸港核心区建设**",
    "",
    "**1.加快封关运作准备。**高标准推进口岸基础设施、信息化监管平台、非设关地反走私综合执法站建设，确保年内全部竣工。",
    "",
    "**2.放大自贸港政策效应。**深化拓展“一线放开、二线管住”进出口政策制度试点成果。扩大两个15%所得税政策享惠面。",
    "",
    "**3.推进高水平对外开放。**用好RCEP与自贸港政策叠加优势，力争货物和服务进出口均增长15%以上。",
    "",
    "**（二）加速驶入高质量发展快车道**",
    "",
    "**4.狠抓重点项目建设。**推动55个重点项目一季度竣工。",
    "",
  ].join("\n");

  it("keeps the lead the source marks bold on every item of the run, not on its first alone", () => {
    const doc = ingestText("haikou-2023.md", md).document;
    const leads = doc.paragraphs.filter((p) => /^\d\./.test(p.text)).map((p) => p.lead);
    expect(leads).toEqual(["1.加快封关运作准备", "2.放大自贸港政策效应", "3.推进高水平对外开放", "4.狠抓重点项目建设"]);
  });
});

describe("a part title of two clauses set off by a space before a short first sentence of its text (Ningxia 2012, PDF copy)", () => {
  const run = "三、进一步抓好重大项目建设，在拉动经济稳步快速增长上务求更大实效 投资是我区经济增长的第一拉力。越是出口低迷、消费不振，越要以投资保增长、促就业、调结构，确保固定资产投资突破2000亿元。";
  const text = [
    "宁夏回族自治区政府工作报告（2012年1月11日 王正伟）", "各位代表：", "一、2011年工作回顾", "正文。", "二、当前形势和2012年奋斗目标", "主要预期目标是：全区生产总值增长12%左右。",
    run, "四、进一步加速新型工业化，在引领经济结构转型升级上务求更大实效", "正文。",
  ].join("\n");

  it("ends the title at the space: the sentence after it is text, nothing lost", () => {
    const r = ingestText("ningxia-2012.txt", text);
    expect(r.document.headings.filter((h) => h.depth === 2).map((h) => h.text)).toContain("三、进一步抓好重大项目建设，在拉动经济稳步快速增长上务求更大实效");
    expect(r.document.paragraphs.map((p) => p.text)).toContain(run.slice(run.indexOf(" ") + 1));
  });

  it("but a title alone on its line with a space inside stays whole", () => {
    const alone = "三、进一步抓好重大项目建设，在拉动经济稳步快速增长上务求更大实效 投资是我区经济增长的第一拉力。";
    const r = ingestText("ningxia-2012.txt", text.replace(run, `${alone}\n正文。`));
    expect(r.document.headings.map((h) => h.text)).toContain(alone);
  });
});

describe("a first （一） section after a lead's colon and a space, as a copy of `**…：** （一）…` leaves it (Ningxia 2012)", () => {
  const lead = "一年来的主要工作是： （一）围绕提升经济竞争力，狠抓了特色优势产业的培育壮大。打优势牌，走特色路，构建起具有宁夏特色的现代产业体系。";
  const text = [
    "宁夏回族自治区政府工作报告（2012年1月11日 王正伟）", "各位代表：", "一、2011年工作回顾", "过去的一年，全区上下深入贯彻科学发展观。", lead,
    "（二）围绕提升区域竞争力，推进了“两大战略”的深入实施。以沿黄城市带和山区大县城建设为抓手，城镇化率达49.8%。",
    "二、当前形势和2012年奋斗目标", "正文。",
  ].join("\n");

  it("is the run's first section, the lead a paragraph before it, nothing lost", () => {
    const r = ingestText("ningxia-2012.txt", text);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 一、2011年工作回顾", "3 （一）围绕提升经济竞争力，狠抓了特色优势产业的培育壮大。", "3 （二）围绕提升区域竞争力，推进了“两大战略”的深入实施。", "2 二、当前形势和2012年奋斗目标",
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("一年来的主要工作是：");
    expect(texts).toContain("打优势牌，走特色路，构建起具有宁夏特色的现代产业体系。");
    expect(r.warnings.some((w) => /numbering/.test(w.message))).toBe(false);
  });
});

describe("a plain part title of two phrases joined by a comma, right before the paragraph that says what its year is (Guangdong 2001, a web page's copy: 扎实工作，为“十五”计划开好头起好步 / 2001年是新世纪的第一年，…)", () => {
  const lines = [
    "政府工作报告",
    "──2001年2月11日在广东省第九届人民代表大会第四次会议上",
    "广东省省长 卢瑞华",
    "各位代表：",
    "我代表省人民政府向大会作政府工作报告，请予审议，并请政协各位委员和其他列席人员提出意见。",
    "“九五”时期工作回顾",
    "——国民经济持续快速健康发展。 预计 2000 年全省国内生产总值达9506亿元，比上年增长10. 5％。",
    "“十五”时期的奋斗目标和主要任务",
    "“十五”时期我省经济发展主要预期目标是：国内生产总值年均增长9％左右；全社会固定资产投资年均增长8％。",
    "加强社会治安综合治理，有效遏制“黄赌毒”等社会丑恶现象，严厉打击各类犯罪，确保社会稳定和经济发展。",
    "扎实工作，为“十五”计划开好头起好步",
    "2001年是新世纪的第一年，是全面实施“十五”计划的开局之年，做好今年的各项工作，具有十分重要的意义。",
    "今年我省经济发展主要预期目标是：国内生产总值增长9％左右；社会消费品零售总额实际增长12％；出口总额增长9％。",
    "一、抓好产业结构调整优化，提高经济整体素质以增加农民收入为重点，加快农业结构调整。在确保285万公顷基本农田、确保粮食生产能力的前提下，围绕市场需求调整农业生产结构。",
  ];

  it("is a part of its own, not joined to that paragraph as a clause cut before its number, and the figures under it are the plan year's", () => {
    const r = ingestText("guangdong-2001.txt", lines.join("\n"));
    const parts = r.document.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(parts).toEqual(["“九五”时期工作回顾", "“十五”时期的奋斗目标和主要任务", "扎实工作，为“十五”计划开好头起好步"]);
    expect(r.document.paragraphs.some((p) => p.text.startsWith("扎实工作"))).toBe(false);
    expect(r.warnings.some((w) => /mid-sentence before the number/.test(w.message))).toBe(false);
    const figures = extractFigures(r.document, metrics);
    expect(figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [f.year, f.period, f.value])).toEqual([[2005, [2001, 2005], 9], [2001, null, 9]]);
    expect(figures.find((f) => f.unit === "万公顷")).toMatchObject({ kind: "target", year: 2001, period: null });
  });
});

describe("the speaker owning to the problems ahead (Zhejiang 2010: 我们十分清醒地看到，我省经济社会发展还面临很多困难和问题。)", () => {
  it("is no lead: the sentence opens the paragraph that lists the problems, while a topic sentence beside it stays a lead", () => {
    const para = "我们十分清醒地看到，我省经济社会发展还面临很多困难和问题。经济持续回升的基础仍不稳固，全年外贸出口仍然是负增长。";
    const topic = "努力保持经济平稳较快增长。坚持抓早、抓实、抓主动，及时出台一系列政策措施。";
    const text = ["2010年某省政府工作报告", "——2010年1月26日在某省第十一届人民代表大会第三次会议上", "某省省长 某", "各位代表：", "一、2009年主要工作", topic, para, "二、2010年主要目标", "正文。"].join("\n");
    const r = ingestText("x-2010.txt", text);
    expect(r.document.paragraphs.find((x) => x.text === para)!.lead).toBeNull();
    expect(r.document.paragraphs.find((x) => x.text === topic)!.lead).toBe("努力保持经济平稳较快增长");
    expect(r.markdown).not.toContain("**我们十分清醒");
  });
});

describe("a part title broken over two lines, the second opening on 和 (Yaan 2021: 2020年工作 / 和“十三五”成就回顾)", () => {
  const md = [
    "---",
    "title: 测试市政府工作报告（2021年2月27日 张三）",
    "---",
    "",
    "2021年2月27日在测试市第四届人民代表大会第六次会议上",
    "",
    "测试市人民政府市长 张三",
    "",
    "各位代表：",
    "",
    "2020年工作",
    "",
    "和“十三五”成就回顾",
    "",
    "2020年是极不平凡的一年。实现地区生产总值754.59亿元，增长4.4%。",
    "",
    "“十四五”规划",
    "",
    "和2035年远景目标考虑",
    "",
    "“十四五”时期是我国开启全面建设社会主义现代化国家新征程的第一个五年。",
    "",
    "2021年重点工作安排",
    "",
    "综合考虑，今年全市经济社会发展主要预期目标是：地区生产总值增长8.5%。",
  ].join("\n");

  it("is one part title, no subtitle under its first half, nothing lost", () => {
    const r = ingestText("ceshi-2021.md", md);
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 2020年工作和“十三五”成就回顾",
      "2 “十四五”规划和2035年远景目标考虑",
      "2 2021年重点工作安排",
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("2020年是极不平凡的一年。实现地区生产总值754.59亿元，增长4.4%。");
  });
});
