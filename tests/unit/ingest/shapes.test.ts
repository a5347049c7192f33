import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_DEV, RAW, ingestFile, ingestText, root } from "../support/ingest.ts";
import { extractText } from "../figures/helpers.ts";

const outline = (path: string) => ingestFile(path).document.headings.map((h) => [h.depth, h.text] as const);
const MARKER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|第[一二三四五六七八九十]+，)/;

describe("unnumbered top-level parts", () => {
  it.each([
    ["tests/fixtures/corpus-dev/xizang-2021.md", ["2020年和“十三五”工作回顾", "“十四五”规划和二〇三五年远景展望", "2021年重点工作"]],
    ["tests/fixtures/corpus-dev/wuxi-2017.md", ["过去五年工作回顾", "今后五年奋斗目标和总体要求", "2017年主要工作", "附 录"]],
    ["tests/fixtures/corpus-dev/dongguan-2023.md", ["2022年工作回顾", "2023年工作安排", "名词注解："]],
    ["tests/fixtures/corpus-dev/luzhou-2022.md", ["2021年和过去五年工作回顾", "今后五年政府工作", "2022年重点工作安排", "全面加强政府自身建设", "名词解释"]],
    ["content/raw/guyuan-2021.md", ["“十三五”及2020年工作回顾", "2035年远景和“十四五”目标任务", "2021年重点工作"]],
    ["content/raw/wuzhong-2020.md", ["2019年工作回顾", "2020年主要目标和重点任务", "全面加强政府自身建设"]],
  ])("%s: the parts are depth-2 headings", (path, parts) => {
    expect(outline(path).filter(([d]) => d === 2).map(([, t]) => t)).toEqual(parts);
  });

  it("reads a part title run on at the end of a paragraph as a heading, and the plan year's targets under it as the plan year's", () => {
    const md = [
      "---",
      "title: 2003年政府工作报告",
      "---",
      "",
      "——2003年1月9日在测试省第十届人民代表大会第一次会议上",
      "",
      "测试省省长 **张 三**",
      "",
      "各位代表：",
      "",
      "**2002年及本届政府工作回顾**",
      "",
      "刚刚过去的2002年，预计全年国内生产总值增长9.4%。",
      "",
      "**今后五年的总体思路和主要任务建议**",
      "",
      "经济社会发展的主要预期目标是：国内生产总值年均增长9%以上。",
      "",
      "——深化改革，扩大开放，促进商品和生产要素的自由流动。2003年政府工作建议",
      "",
      "2003年，是全面贯彻落实党的十六大精神的第一年。经济社会发展的主要预期目标是：国内生产总值增长9%；地方财政收入增长9.5%。",
      "",
      "一、全面实施“工业强省”战略，加快工业发展",
      "",
      "一是加快培育大企业、大集团。",
    ].join("\n");
    const r = ingestText("ceshi-2003.md", md);
    expect(r.document.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(["2002年及本届政府工作回顾", "今后五年的总体思路和主要任务建议", "2003年政府工作建议"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("——深化改革，扩大开放，促进商品和生产要素的自由流动。");
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 19, message: expect.stringMatching(/part title “2003年政府工作建议” run on/) }));
    const gdp = extractText("ceshi-2003.md", md).figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [f.year, f.period, f.value]);
    expect(gdp).toEqual([
      [2007, [2003, 2007], 9],
      [2003, null, 9],
    ]);
    // A tail that names no part, or a report whose parts are numbered, keeps the paragraph whole.
    for (const tail of ["张三李四王五赵六", "图为全市经济发展大会现场"]) {
      const kept = ingestText("ceshi-2003.md", md.replace("2003年政府工作建议", tail));
      expect(kept.document.paragraphs.map((p) => p.text)).toContain(`——深化改革，扩大开放，促进商品和生产要素的自由流动。${tail}`);
    }
  });

  it("reads a part title run on between two sentences, and a list of items run on as one paragraph (Sichuan 2005)", () => {
    // Lines of Sichuan's 2005 report as the corpus has them (政府工作报告-省自治区/四川省/2004.md): the copy lost the
    // line breaks around two part titles and between the items of its list of 实事.
    const md = [
      "---",
      "title: 2004年四川省人民政府工作报告",
      "---",
      "",
      "各位代表：我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
      "",
      "**2004年工作回顾**",
      "",
      "2004年，按照党中央、国务院的部署，在省委领导下，全省生产总值突破6000亿元大关，达到6556亿元，增长12.7%。",
      "",
      "**一、宏观调控取得阶段性成果，经济持续快速增长**",
      "",
      "坚决贯彻中央的决策和部署，坚持在发展中搞好调控，在调控中加快发展。",
      "",
      "在看到成绩的同时，我们也清醒地看到，整个经济还是低水平上的快速增长。省政府将正视上述问题，知难而进，扎实工作，不负全省各族人民的重托，努力把各项工作做得更好。2005年工作安排今年是全面完成“十五”计划的最后一年，也是巩固和发展宏观调控成果、保持经济社会发展良好势头、实现跨越式发展战略第一步目标的关键一年。",
      "",
      "综合各方面因素，省政府拟定2005年经济社会发展的主要预期目标为：生产总值增长9%。",
      "",
      "**一、加强经济调节，保持经济发展良好势头**",
      "",
      "切实为群众办实事。今年，省政府承诺继续为群众办好以下10件实事：",
      "",
      "（一）培训农民工500万人次。（二）解决农村15万特困人口温饱问题，改善60万低收入农村贫困人口生产、生活条件。（三）解决农村安全饮水困难50万人。（十）支持农民新建沼气池20万口。政府自身建设 各位代表，过去的一年，我们自觉接受省人大和省政协的监督，办理人大代表和政协委员的建议、批评和议案、提案1554件。",
      "",
      "坚持科学行政。以科学的思想为指导，研究新情况、解决新问题、总结新经验。",
    ].join("\n");
    const r = ingestText("sichuan-2005.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "2004年工作回顾"],
      [3, "一、宏观调控取得阶段性成果，经济持续快速增长"],
      [2, "2005年工作安排"],
      [3, "一、加强经济调节，保持经济发展良好势头"],
      [2, "政府自身建设"],
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("在看到成绩的同时，我们也清醒地看到，整个经济还是低水平上的快速增长。省政府将正视上述问题，知难而进，扎实工作，不负全省各族人民的重托，努力把各项工作做得更好。");
    expect(texts).toContain("今年是全面完成“十五”计划的最后一年，也是巩固和发展宏观调控成果、保持经济社会发展良好势头、实现跨越式发展战略第一步目标的关键一年。");
    expect(texts).toContain("（一）培训农民工500万人次。（二）解决农村15万特困人口温饱问题，改善60万低收入农村贫困人口生产、生活条件。（三）解决农村安全饮水困难50万人。（十）支持农民新建沼气池20万口。");
    expect(texts).toContain("各位代表，过去的一年，我们自觉接受省人大和省政协的监督，办理人大代表和政协委员的建议、批评和议案、提案1554件。");
    // A year's words after the salutation are the paragraph's subject, no title (luzhou-2022: `各位代表！2021年各项工作任务顺利完成，…`).
    const luzhou = ingestFile("tests/fixtures/corpus-dev/luzhou-2022.md");
    expect(luzhou.document.headings.map((h) => h.text)).not.toContain("2021年各项工作任务");
  });

  it("reads no part title off a verb whose quantity a copy spaced from it (Guangdong 2004: …应急办法》。省政府安排 15亿元，…)", () => {
    const md = [
      "---",
      "title: 2004年2月10日广东省省长黄华华 在广东省第十届人民代表大会第二次会议上作政府工作报告",
      "---",
      "",
      "各位代表：",
      "",
      "**2003年工作回顾**",
      "",
      "建立了突发公共卫生事件预警和应急机制。成立突发公共卫生事件应急处理指挥机构，加强疾病预防控制、医疗救治和卫生执法监督体系建设，完善疫情信息网络。制定并实施了《广东省突发公共卫生事件应急办法》。省政府安排 15亿元，专项用于省级和困难地区公共卫生体系建设。21个地级以上市和57个县成立了卫生监督所、疾病预防控制中心和卫生检验中心。",
      "",
      "经济增长创近八年新高。初步核算，2003年实现国内生产总值13450亿元，比上年增长13.6%，增幅为1996年以来最高水平。",
      "",
      "**2004年工作安排**",
      "",
      "今年广东省经济社会发展的主要预期目标是：全省生产总值增长 9%左右，社会消费品零售总额增长11%左右。",
    ].join("\n");
    const r = ingestText("guangdong-2004.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "2003年工作回顾"],
      [2, "2004年工作安排"],
    ]);
    expect(r.warnings.join("\n")).not.toMatch(/省政府安排/);
    const gdp = extractText("guangdong-2004.md", md).figures.filter((f) => f.metric === "gdp");
    expect(gdp.map((f) => [f.kind, f.year, f.value])).toEqual([["result", 2003, 13450]]);
  });

  it("keeps a sentence whole whose subject reads like a part title (`…发展目标。2020年政府工作总体要求是：…`, Yueyang 2020)", () => {
    const md = [
      "---",
      "title: 测试市政府工作报告",
      "---",
      "",
      "——2020年1月6日在测试市第八届人民代表大会第五次会议上",
      "",
      "**2019年工作回顾**",
      "",
      "2019年，全市生产总值增长8%。",
      "",
      "**2020年工作安排**",
      "",
      "决战决胜全面小康，我们既要明确总体要求，更要明确发展目标。2020年政府工作总体要求是：坚持稳中求进工作总基调，强力推动高质量发展。",
      "",
      "2020年主要经济指标预期目标为：地区生产总值增长7.8%左右。",
    ].join("\n");
    const r = ingestText("ceshi-2020.md", md);
    expect(r.document.headings.map((h) => h.text)).toEqual(["2019年工作回顾", "2020年工作安排"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain(
      "决战决胜全面小康，我们既要明确总体要求，更要明确发展目标。2020年政府工作总体要求是：坚持稳中求进工作总基调，强力推动高质量发展。",
    );
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/run on between two sentences/));
  });

  it("reads the three title lines of each unnumbered part as the part and its two-line subtitle (Handan 2023)", () => {
    const txt = [
      "测试市政府工作报告（2023年2月8日 张三）",
      "——2023年2月8日在测试市第十六届人民代表大会第四次会议上",
      "测试市人民政府市长 张三",
      "各位代表：",
      "现在，我代表市人民政府向大会报告工作，请予审议。",
      "回顾2022年工作",
      "我们锚定目标团结奋进攻坚克难",
      "现代化区域中心城市建设迈出坚实步伐",
      "一年来，我们致力发展、稳定增长。全市生产总值增长4.2%。",
      "做好2023年工作",
      "我们要撸起袖子加油干风雨无阻向前行",
      "在推进中国式现代化邯郸场景中填写优异成绩单",
      "今年经济社会发展主要预期目标是：全市生产总值增长7%左右。",
      "（一）抓投资上项目，加快构建量质齐升、后劲十足的高质量发展场景。深入实施扩大内需战略。",
      "加强政府自身建设",
      "全面提升履职能力和服务水平",
      "努力建设人民满意的服务型政府",
      "各位代表！加快构建中国式现代化邯郸场景，对政府工作提出了新的更高要求。",
    ].join("\n");
    const r = extractText("ceshi-2023.txt", txt);
    expect(r.doc.headings.filter((h) => h.depth <= 3).map((h) => [h.depth, h.text])).toEqual([
      [2, "回顾2022年工作"],
      [3, "我们锚定目标团结奋进攻坚克难"],
      [3, "现代化区域中心城市建设迈出坚实步伐"],
      [2, "做好2023年工作"],
      [3, "我们要撸起袖子加油干风雨无阻向前行"],
      [3, "在推进中国式现代化邯郸场景中填写优异成绩单"],
      [2, "加强政府自身建设"],
      [3, "全面提升履职能力和服务水平"],
      [3, "努力建设人民满意的服务型政府"],
    ]);
    const gdp = r.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target");
    expect(gdp.map((f) => [f.value, f.year, f.period])).toEqual([[7, 2023, null]]);
  });

  it("reads the two title lines of each unnumbered part in a plain text as the part and its subtitle (Yueyang 2020)", () => {
    const txt = [
      "测试市政府工作报告（2020年1月6日 张三）",
      "——2020年1月6日在测试市第八届人民代表大会第五次会议上",
      "市长 张三",
      "各位代表：",
      "现在，我代表市人民政府向大会报告工作，请予审议。",
      "强力推进新增长极建设",
      "测试阔步迈入高质量发展新时代",
      "2019年，全市生产总值增长8%。",
      "决战决胜全面建成小康社会",
      "乘势而上开启现代化建设新征程",
      "2020年主要经济指标预期目标为：地区生产总值增长7.8%左右。",
      "巩固扩大主题教育成果",
      "努力提高政府治理能力与治理绩效",
      "坚持以人民为中心，优化政府治理理念。",
      "各位代表，长风破浪会有时，直挂云帆济沧海！",
    ].join("\n");
    const r = ingestText("ceshi-2020.txt", txt);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "强力推进新增长极建设"],
      [3, "测试阔步迈入高质量发展新时代"],
      [2, "决战决胜全面建成小康社会"],
      [3, "乘势而上开启现代化建设新征程"],
      [2, "巩固扩大主题教育成果"],
      [3, "努力提高政府治理能力与治理绩效"],
    ]);
    // A single short line naming no part, between paragraphs, stays text (`努力提高政府治理能力…` alone names the part on
    // how the government governs, as Jiuquan 2020's `全面提升政府治理能力` does).
    const one = ingestText("ceshi-2020.txt", txt.replace("\n努力提高政府治理能力与治理绩效", ""));
    expect(one.document.paragraphs.map((p) => p.text)).toContain("巩固扩大主题教育成果");
  });

  it("reads numbered part titles run on at a paragraph's end, and a salutation with a comma opening the body (Yunnan 2003)", () => {
    // Lines of Yunnan's 2003 report as the corpus has them (政府工作报告-省自治区/云南省/2003.md).
    const md = [
      "---",
      "title: 云南省2003年政府工作报告",
      "---",
      "",
      "（2003年1月10日 徐荣凯）",
      "",
      "各位代表，我代表第九届省人民政府，向大会作政府工作报告，请予审议，并请省政协各位委员提出意见。一、第九届省人民政府工作的回顾",
      "",
      "1998年到2002年，是我省经济社会发展克服各种困难不断前进的五年。",
      "",
      "虽然去年扭转了多年经济增幅持续走低的局面，实现了恢复性增长，但基础仍不牢固，与兄弟省区相比还存在不小差距。我们必须保持清醒头脑，增强忧患意识，增强紧迫感和责任感，振奋精神，树立信心，全力以赴做好各方面工作，让群众满意，让人民放心。二、对第十届省人民政府工作的建议",
      "",
      "**（一）以全面建设小康社会统领发展全局**",
      "",
      "全面建设惠及全省各族人民的更高水平的小康社会，是新世纪头20年我们务求必达的奋斗目标。",
      "",
      "进一步搞好廉政建设。加强法纪教育，建立健全各项制度，严肃处理各种违纪违法行为，严惩腐败分子。继续推进政务公开，完善监督机制，加强法律监督、群众监督和舆论监督，强化对政府部门和各级干部的权力约束，从源头上预防和减少腐败。三、2003年政府工作的主要任务",
      "",
      "宏观调控主要预期目标建议为：国内生产总值增长7.5%以上，全社会固定资产投资增长10%以上。",
      "",
      "**（一）加快工业发展，促进结构调整迈出新步伐**",
      "",
      "工业对我省经济发展至关重要。",
    ].join("\n");
    const r = ingestText("yunnan-2003.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、第九届省人民政府工作的回顾"],
      [2, "二、对第十届省人民政府工作的建议"],
      [3, "（一）以全面建设小康社会统领发展全局"],
      [2, "三、2003年政府工作的主要任务"],
      [3, "（一）加快工业发展，促进结构调整迈出新步伐"],
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(["各位代表，", "我代表第九届省人民政府，向大会作政府工作报告，请予审议，并请省政协各位委员提出意见。"]);
    expect(texts).toContain("进一步搞好廉政建设。加强法纪教育，建立健全各项制度，严肃处理各种违纪违法行为，严惩腐败分子。继续推进政务公开，完善监督机制，加强法律监督、群众监督和舆论监督，强化对政府部门和各级干部的权力约束，从源头上预防和减少腐败。");
    expect(r.document.meta.header).toEqual(["（2003年1月10日 徐荣凯）"]);
  });

  it("takes no paragraph opening 各位代表， after the opening sentence and the first part for the salutation (Yichang 2014: no 各位代表： before 现在，我代表市人民政府向大会报告工作)", () => {
    const md = [
      "---",
      "title: 宜昌市政府工作报告 （2014年1月13日 马旭明）",
      "---",
      "",
      "———2014年1月13日在宜昌市第五届人民代表大会第五次会议上",
      "",
      "市长 马旭明",
      "",
      "现在，我代表市人民政府向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。",
      "",
      "**一、2013年工作回顾**",
      "",
      "2013年，市政府在市委正确领导下，在市人大和市政协监督支持下，紧紧团结依靠全市人民。完成生产总值2818亿元，同比增长11.5%。",
      "",
      "（一）改革创新迈出新步伐。坚持解放思想，加强顶层设计。",
      "",
      "（二）发展质效实现新提升。工业加快转型升级。",
      "",
      "各位代表，这些成绩和进步，是在发展制约因素增多、阶段性特殊困难凸显的情况下取得的，来之十分不易。",
      "",
      "**二、2014年工作重点**",
      "",
      "今年，全市经济社会发展主要预期目标是：生产总值增长12%。",
    ].join("\n");
    const r = ingestText("yichang-2014.md", md);
    expect(r.document.meta.header).toEqual(["———2014年1月13日在宜昌市第五届人民代表大会第五次会议上", "市长 马旭明"]);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、2013年工作回顾"],
      [3, "（一）改革创新迈出新步伐。"],
      [3, "（二）发展质效实现新提升。"],
      [2, "二、2014年工作重点"],
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("各位代表，这些成绩和进步，是在发展制约因素增多、阶段性特殊困难凸显的情况下取得的，来之十分不易。");
  });

  it("reads a numbered part title run on at a paragraph's end in a copy that spaces its numbers (Yulin 2014: …提出意见。一、 2013 年工作回顾)", () => {
    const md = [
      "---",
      "title: 榆林市政府工作报告 （2014年2月24日 陆治原）",
      "---",
      "",
      "——2014年2月24日在榆林市第三届人民代表大会第五次会议上",
      "",
      "各位代表：",
      "",
      "现在，我代表市人民政府向大会作工作报告，请予审议，并请市政协委员和其他列席人员提出意见。一、 2013 年工作回顾",
      "",
      "2013 年，是进入新世纪以来我市经济发展最为困难的一年。全市完成生产总值 2846.8 亿元，按可比价计算，增长 8.8% 。",
      "",
      "（一）全力以赴稳增长，经济在下行压力和困难中保持平稳运行。出台了稳工业十项调控措施。",
      "",
      "**二、 2014 年工作的指导思想和目标任务**",
      "",
      "全市经济社会发展的主要预期目标是：生产总值增长 10% 左右。",
    ].join("\n");
    const r = ingestText("yulin-2014.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、 2013 年工作回顾"],
      [3, "（一）全力以赴稳增长，经济在下行压力和困难中保持平稳运行。"],
      [2, "二、 2014 年工作的指导思想和目标任务"],
    ]);
    expect(r.document.paragraphs[1]!.text).toBe("现在，我代表市人民政府向大会作工作报告，请予审议，并请市政协委员和其他列席人员提出意见。");
    expect(r.document.paragraphs.find((p) => p.text.startsWith("2013 年"))!.period).toBe("review");
  });

  it("reads a numbered part title run on after a space at the end of a paragraph a copy cut short (Jixi 2014: …切实提升应急救援能 三、切实加强改革和政府自身建设)", () => {
    const md = [
      "---",
      "title: 鸡西市政府工作报告 （2014年2月11日 康志文）",
      "---",
      "",
      "——2014年2月11日在鸡西市第十四届人民代表大会第五次会议上",
      "",
      "市长 康志文",
      "",
      "各位代表：",
      "",
      "**一、2013年工作回顾**",
      "",
      "2013年，是极不平凡的一年。全市地区生产总值实现571亿元，增长0.9%。",
      "",
      "**二、2014年工作安排**",
      "",
      "（七）以责任落实为保障，促进安全稳定新提升",
      "",
      "努力维护社会稳定。加强和创新社会治理，健全重大决策社会稳定风险评估机制。畅通和规范群众诉求表达渠道，认真解决好人民群众的信访问题。以“转树练”活动为载体，提高公安队伍执法规范化水平，依法严密防范和惩治各类违法犯罪，让群众生活的更有安全感。切实提升应急救援能 三、切实加强改革和政府自身建设",
      "",
      "面对发展的新机遇、改革的新要求、人民群众的新期盼，政府使命在肩、责任重大。",
      "",
      "大力推进改革。按照国家和省部署，正确、准确、有序、协调推进各项改革，让改革充分释放红利。",
    ].join("\n");
    const r = ingestText("jixi-2014.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、2013年工作回顾"],
      [2, "二、2014年工作安排"],
      [3, "（七）以责任落实为保障，促进安全稳定新提升"],
      [2, "三、切实加强改革和政府自身建设"],
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts.find((t) => t.startsWith("努力维护社会稳定"))!.endsWith("切实提升应急救援能")).toBe(true);
    expect(texts).toContain("面对发展的新机遇、改革的新要求、人民群众的新期盼，政府使命在肩、责任重大。");
    expect(r.warnings.some((w) => /inside a word/.test(w.message))).toBe(false);
  });

  it("keeps every item of a list numbered 1、…10、 a paragraph, one with no figure among them too (Hami 2016: 9、开展免费婚姻登记制度，…)", () => {
    const txt = [
      "2016年测试市政府工作报告",
      "各位代表：",
      "一、2016年工作安排",
      "2016年，市政府将集中财力优先为全市各族群众办实事：",
      "1、投资8882万元，新建1719套砖木结构安居富民房，着力解决困难农牧民住房问题。",
      "2、投资4543万元，新建通村油路75.1公里，着力改善农牧民出行环境和条件。",
      "3、开展免费婚姻登记制度，免收婚姻登记费（含证书工本费），让更多市民切实享受到社会发展成果。",
      "4、投资1500万元，将新型农牧区合作医疗筹资标准提高至690元。",
      "二、全面加强政府自身建设",
      "（一）坚持依法行政，着力推进法治政府建设",
    ].join("\n");
    const r = ingestText("ceshi-2016.txt", txt);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2016年工作安排", "二、全面加强政府自身建设", "（一）坚持依法行政，着力推进法治政府建设"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("3、开展免费婚姻登记制度，免收婚姻登记费（含证书工本费），让更多市民切实享受到社会发展成果。");
  });

  it("keeps the first item of a list numbered 1、 a paragraph when the item after it is one, though it has no figure (Yichun 2014)", () => {
    const md = [
      "---",
      "title: 伊春市政府工作报告 （2014年1月15日 高环）",
      "---",
      "",
      "各位代表：",
      "",
      "**一、2013年工作回顾**",
      "",
      "全年地区生产总值完成286亿元，同比增长10%。",
      "",
      "**二、2014年主要工作**",
      "",
      "（一）提高民生保障的均衡性、普惠性。坚持“问题导向”。",
      "",
      "本着量力而行、尽力而为的原则，**重点办好十件民生实事**，让发展成果普惠林区群众。",
      "",
      "1、分步骤、梯次解决政企合一区（局）机关事业单位人员工资待遇偏低问题；通过争取政策，搞活经营，增加林业局职工收入。",
      "",
      "2、投资10亿元，改造棚户区12330户，新建公租房1500套。",
      "",
      "3、投资2.9亿元，完善“三供两治”工程。",
      "",
      "三、加强政府自身建设",
      "",
      "把党的群众路线教育活动贯穿于作风建设的全过程。",
    ].join("\n");
    const r = ingestText("yichun-2014.md", md);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2013年工作回顾", "二、2014年主要工作", "（一）提高民生保障的均衡性、普惠性。", "三、加强政府自身建设"]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("1、分步骤、梯次解决政企合一区（局）机关事业单位人员工资待遇偏低问题；通过争取政策，搞活经营，增加林业局职工收入。");
  });

  it("keeps short first items of a list numbered 1. paragraphs when the items follow line after line and a later one is a task (Xiangyang 2019)", () => {
    const md = [
      "---", "title: 襄阳市政府工作报告（2019年1月8日郄英才）", "---", "",
      "——2019年1月8日在襄阳市第十七届人民代表大会第四次会议上", "", "襄阳市人民政府市长郄英才", "", "各位代表：", "",
      "**一、2018年工作回顾**", "", "地区生产总值同比增长7.8%。", "",
      "**二、2019年重点工作**", "", "地区生产总值增长8%左右。", "",
      "**三、扎实办好民生实事**", "",
      "始终坚持以人民为中心的发展思想，紧扣人民群众最关心最直接最现实的利益问题，集中力量办好一批民生实事。", "",
      "1.实现全市农村现行标准下贫困人口和贫困村全部脱贫。", "",
      "2.实施农村饮水安全巩固提升工程，全面解决农村居民饮水安全问题。", "",
      "3.新建改建农村公路1000公里，完成公路安全生命防护工程1000公里，加固维修危桥、涵洞20座。", "",
      "4.新建改造农户无害化厕所15.5万座、农村公厕1097座、乡镇公厕113座。", "",
      "各位代表！新时代是奋斗者的时代。", "",
    ].join("\n");
    const r = ingestText("xiangyang-2019.md", md);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2018年工作回顾", "二、2019年重点工作", "三、扎实办好民生实事"]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("1.实现全市农村现行标准下贫困人口和贫困村全部脱贫。");
    expect(texts).toContain("2.实施农村饮水安全巩固提升工程，全面解决农村居民饮水安全问题。");
  });

  it("still reads 1. and 2. as headings when each has a paragraph of its own, though a later item is a task", () => {
    const md = [
      "---", "title: 测试市政府工作报告", "---", "", "——2019年1月8日在测试市第一届人民代表大会第一次会议上", "", "市长 张三", "", "各位代表：", "",
      "**一、2019年重点工作**", "",
      "1.推动经济稳中有进", "", "提高投资质量效益，聚力精准招商。", "",
      "2.培育壮大经济新动能", "", "加快改造升级传统产业。", "",
      "3.新建改建农村公路1000公里，完成公路安全生命防护工程1000公里。", "",
    ].join("\n");
    const r = ingestText("ceshi-2019.md", md);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2019年重点工作", "1.推动经济稳中有进", "2.培育壮大经济新动能"]);
  });

  it("keeps a list of aims numbered （1）…（6） as paragraphs when its first item is too long for a heading (Jilin 2003)", () => {
    // Lines of Jilin's 2003 report as the corpus has them (政府工作报告-省自治区/吉林省/2003.md): （2） and （4） are short
    // enough for run-on headings, yet items of the same list as （1）, （3）, （5） and （6）.
    const md = [
      "---",
      "title: 吉林省2003年政府工作报告",
      "---",
      "",
      "（2003年1月10日洪虎）",
      "",
      "各位代表：",
      "",
      "**二、今后五年和本世纪头20年的目标和任务**",
      "",
      "根据党的十六大精神，从吉林实际出发，到2020年，我省全面建设小康社会的奋斗目标是：",
      "",
      "（1）在优化结构和提高效益基础上，国内生产总值实现比2000年翻两番，人均国内生产总值在全国的位次显著前移，综合经济实力和竞争力明显增强。",
      "",
      "（2）基本实现工业化，建成完善的社会主义市场经济体制和更具活力、更加开放的经济体系。工农差别、城乡差别和地区差别扩大趋势得到扭转，在提高城镇化质量的基础上，城镇人口比重较大幅度提高。",
      "",
      "（3）社会就业比较充分，社会保障体系比较健全，居民家庭财产普遍增加，城乡居民收入超过全国平均水平，人民过上比较富裕的生活。",
      "",
      "（4）社会主义民主更加完善，社会主义法制更加健全，公民的政治、经济和文化权益得到切实保障，社会秩序良好，人民安居乐业。",
      "",
      "**实现上述目标，任重而道远。必须紧紧把握以下几点：**",
      "",
      "第一，坚持与时俱进，不断推进思想创新、制度创新和工作创新。这对全面建设小康社会具有关键性、决定性意义。",
      "",
      "第二，走新型工业化道路，集中力量建设工业省、科教省和生态省。基本实现工业化，是我省全面建设小康社会的核心任务。",
    ].join("\n");
    const r = ingestText("jilin-2003.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "二、今后五年和本世纪头20年的目标和任务"],
      [3, "第一，坚持与时俱进，不断推进思想创新、制度创新和工作创新。"],
      [3, "第二，走新型工业化道路，集中力量建设工业省、科教省和生态省。"],
    ]);
    const items = r.document.paragraphs.filter((p) => /^（\d）/.test(p.text)).map((p) => p.text.slice(0, 3));
    expect(items).toEqual(["（1）", "（2）", "（3）", "（4）"]);
    expect(r.warnings.map((w) => w.message)).not.toContainEqual(expect.stringMatching(/heading “（\d）” breaks the numbering/));
  });

  it("nests the numbered 一、 sequence one level below an unnumbered part", () => {
    const h = outline("tests/fixtures/corpus-dev/xizang-2021.md");
    const review = h.findIndex(([, t]) => t === "2020年和“十三五”工作回顾");
    expect(h[review + 1]).toEqual([3, "一、着力维护社会稳定和民族团结"]);
    expect(h.filter(([d, t]) => d === 3 && /^一、/.test(t))).toHaveLength(2);
  });

  it("nests a part title that follows another directly (luzhou 今后五年政府工作 / 指导思想和主要任务)", () => {
    const h = outline("tests/fixtures/corpus-dev/luzhou-2022.md");
    const i = h.findIndex(([, t]) => t === "今后五年政府工作");
    expect(h[i + 1]).toEqual([3, "指导思想和主要任务"]);
  });

  it("keeps `##` headings as headings (guowuyuan)", () => {
    expect(outline("tests/fixtures/corpus-dev/guowuyuan-2021.md").filter(([d]) => d === 2).map(([, t]) => t)).toEqual([
      "一、2020年工作回顾",
      "二、“十三五”时期发展成就和“十四五”时期主要目标任务",
      "三、2021年重点工作",
    ]);
  });

  it("takes a short plain line for a part only when it names one (现将有关情况报告如下 is a paragraph)", () => {
    const r = ingestText("plain-2022.txt", "2022年某市政府工作报告\n2022年1月6日在某市第一届人民代表大会第二次会议上\n市长 孙某\n各位代表：\n现将有关情况报告如下\n一、2021年工作回顾\n经济稳定增长。\n二、2022年主要任务\n稳中求进。\n");
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、2021年工作回顾"],
      [2, "二、2022年主要任务"],
    ]);
    expect(r.document.paragraphs[1]!.text).toBe("现将有关情况报告如下");
  });

  it("reads no short body line as a part in a report whose parts are numbered", () => {
    for (const path of [...RAW, ...CORPUS_DEV]) {
      const doc = ingestFile(path).document;
      const first = doc.headings[0]!;
      if (!MARKER.test(first.text)) continue;
      const odd = doc.headings.filter((h) => !MARKER.test(h.text) && !h.appendix && !/附|名词|注释|注解|解释|术语|实事/.test(h.text.replace(/\s/g, "")));
      expect(odd.map((h) => `${path}: ${h.text}`)).toEqual([]);
    }
  }, 60_000);
});

describe("第一，… paragraphs", () => {
  it("are run-on headings split at the first 。, nested below the （一） they sit in (qianxinan)", () => {
    const doc = ingestFile("tests/fixtures/corpus-dev/qianxinan-2020.md").document;
    const ordinals = doc.headings.filter((h) => /^第[一二三四五六七八九十]+，/.test(h.text));
    expect(ordinals).toHaveLength(29);
    expect(ordinals[0]).toMatchObject({ depth: 4, text: "第一，全力打好“三场战役”。" });
    const body = doc.paragraphs.find((p) => p.headings.at(-1) === ordinals[0])!;
    expect(body.text.startsWith("奋力打好未脱贫人口脱贫攻坚战")).toBe(true);
  });

  it("read the same way in Shanghai's 说明 of the five-year plan", () => {
    const h = outline("tests/fixtures/corpus-dev/shanghai-2016.md").filter(([, t]) => t.startsWith("第"));
    expect(h.map(([d, t]) => `${d} ${t.slice(0, 3)}`)).toEqual(["4 第一，", "4 第二，", "4 第三，", "4 第四，", "4 第五，"]);
  });

  it("a run of （一） after them is no part of the last 第一， but a sibling of the run (Jilin 2005)", () => {
    const md = [
      "---", "title: 吉林省2005年政府工作报告", "---", "", "（2005年1月25日 王珉）", "", "各位代表：", "",
      "**一、2004年工作回顾**", "", "国民经济平稳较快增长。实现本省生产总值2958.2亿元，比上年增长12.2%。", "",
      "**二、2005年主要任务**", "", "主要预期目标是：本省生产总值增长10%以上，城镇新就业40万人。", "",
      "**做好今年政府工作，推动加快发展，需要把握好以下原则：**", "",
      "第一，坚持以科学发展观为统领。牢固树立和认真落实科学发展观。", "",
      "第二，坚持以加快发展为核心。发展是第一要务。", "",
      "**完成今年任务，实现全省经济社会发展目标，要重点抓好以下工作。**", "",
      "（一）打好国企改革攻坚战。把国企改革作为重中之重。", "",
      "（二）加大投资拉动力度。力争全省固定资产投资比去年增加500亿元。", "",
      "**三、加强民主法制，建设服务型政府**", "", "加强民主法制建设。",
    ].join("\n");
    const h = ingestText("jilin-2005.md", md).document.headings.map((x) => `${x.depth} ${x.text.slice(0, 3)}`);
    expect(h).toEqual(["2 一、2", "2 二、2", "3 第一，", "3 第二，", "3 （一）", "3 （二）", "2 三、加"]);
  });

  it("the next of a run, its topic sentence a little longer than a heading, is one too (Qingdao 1999: 第三，全面实施“民心工程”，…)", () => {
    const md = [
      "---", "title: 1999年政府工作报告", "---", "", "──1999年2月25日在青岛市第十二届人民代表大会第二次会议上", "", "青岛市市长 王家瑞", "", "各位代表：", "",
      "**一、1998年政府工作的回顾**", "", "在去年的工作实践中，我们注意把握了以下几个方面：", "",
      "第一，坚持以经济建设为中心，立足于实现更高水平的发展，坚定信心，振奋精神，凝聚力量，求好求快，努力为全省、全国多做贡献。我们坚持以邓小平理论为指导。", "",
      "第二，积极应对复杂的国内外经济环境，强化措施，趋利避害，在困难中开拓进取，争取工作主动权。为消除亚洲金融危机的影响，及时实施了“安商富商”工程。", "",
      "第三，全面实施“民心工程”，重诺守信，满腔热情，全心全意地为广大群众办好事，办实事，使人民群众在改革开放和经济建设中得到更多实惠。针对人民群众关心的热点难点问题，统筹安排财力。", "",
      "第四，强化素质，树立形象，切实加强政府自身建设，确保各项方针、政策和措施的落实。针对政府换届后的新情况、新特点，坚持以邓小平理论武装政府工作人员。", "",
      "**二、1999年工作的指导思想、主要目标和工作任务**", "", "国内生产总值比上年增长12％左右。",
    ].join("\n");
    const r = ingestText("qingdao-1999.md", md);
    expect(r.document.headings.map((x) => `${x.depth} ${x.text.slice(0, 3)}`)).toEqual(["2 一、1", "3 第一，", "3 第二，", "3 第三，", "3 第四，", "2 二、1"]);
    const third = r.document.headings.find((x) => x.text.startsWith("第三，"))!;
    expect(third.text).toBe("第三，全面实施“民心工程”，重诺守信，满腔热情，全心全意地为广大群众办好事，办实事，使人民群众在改革开放和经济建设中得到更多实惠。");
    expect(r.document.paragraphs.some((p) => p.text.startsWith("针对人民群众关心的热点难点问题"))).toBe(true);
  });

  it("a run that opens long after the section above it began is paragraphs, no sections of it (State Council 2008: 第一，必须坚持解放思想。…)", () => {
    const md = [
      "**政府工作报告**", "——2008年3月5日在第十一届全国人民代表大会第一次会议上", "", "国务院总理　温家宝", "", "各位代表：", "",
      "## 一、过去五年工作回顾", "", "第十届全国人民代表大会第一次会议以来的五年，是不平凡的五年。", "",
      "（三）全面加强社会建设，切实保障和改善民生", "",
      "我们坚持统筹经济社会发展，加快教育、卫生、文化、体育等社会事业发展。", "",
      "在教育方面。全国财政用于教育支出五年累计2.43万亿元，比前五年增长1.26倍。", "",
      "五年来，我们在民主法制建设、国防和军队建设、港澳台工作和外交工作等方面也取得显著成绩。", "",
      "五年来，我们始终重视政府自身改革和建设。", "",
      "过去五年，我们在丰富实践中积累了许多宝贵经验，主要体会是：", "",
      "第一，必须坚持解放思想。解放思想、实事求是是我们党的思想路线。", "",
      "第二，必须坚持落实科学发展观。科学发展观是发展中国特色社会主义的重大战略思想。", "",
      "## 二、2008年主要任务", "",
      "（九）加快行政管理体制改革，加强政府自身建设", "",
      "行政管理体制改革是深化改革的重要环节。", "",
      "第一，加快转变政府职能。这是深化行政管理体制改革的核心。", "",
      "第二，深化政府机构改革。这次国务院机构改革方案，主要围绕转变职能。", "",
    ].join("\n");
    const r = ingestText("guowuyuan-2008.md", md);
    expect(r.document.headings.map((x) => `${x.depth} ${x.text.slice(0, 4)}`)).toEqual(["2 一、过去", "3 （三）全", "2 二、20", "3 （九）加", "4 第一，加", "4 第二，深"]);
    const p = r.document.paragraphs.find((x) => x.text.startsWith("第二，必须"))!;
    expect(p.text).toBe("第二，必须坚持落实科学发展观。科学发展观是发展中国特色社会主义的重大战略思想。");
  });

  it("a 第三， after 首先，… 其次，… paragraphs, with no 第一， before it, is a paragraph like them (Inner Mongolia 1998)", () => {
    const md = [
      "---", "title: 1998年内蒙古自治区政府工作报告", "---", "", "1998年内蒙古自治区政府工作报告", "",
      "——1998年1月8日在内蒙古自治区第九届人民代表大会第一次会议上", "", "自治区主席 乌力吉", "", "各位代表:", "",
      "**一、过去五年工作的回顾与总结**", "", "本届政府从1993年以来的任期五年，是不同寻常的五年。", "",
      "**二、对今后一个时期政府工作的建议**", "",
      "整体推进，全面创新，全方位、深层次推进各项改革，加快构建社会主义市场经济体制。首先，要加快调整和完善所有制结构。", "",
      "其次，加快国有企业改革步伐。按照建立现代企业制度的要求，对国有大中型企业实行规范的公司制改革。", "",
      "第三，积极推进各项配套改革。一是加快市场体系建设。围绕建立统一开放、竞争有序的市场体系，大力发展生产要素市场。", "",
      "继续实施开放带动战略，以开放促改革、促开发、促发展。", "",
      "**三、一九九八年着重抓好的几项工作**", "", "（一）进一步稳定和强化农牧业的基础地位。今年农牧业总的要求是努力实现“四增”。",
    ].join("\n");
    const r = ingestText("neimenggu-1998.md", md);
    expect(r.document.headings.map((x) => `${x.depth} ${x.text.slice(0, 3)}`)).toEqual(["2 一、过", "2 二、对", "2 三、一", "3 （一）"]);
    const p = r.document.paragraphs.find((x) => x.text.startsWith("第三，"))!;
    expect(p.text).toBe("第三，积极推进各项配套改革。一是加快市场体系建设。围绕建立统一开放、竞争有序的市场体系，大力发展生产要素市场。");
    expect(p.headings.map((x) => x.text)).toEqual(["二、对今后一个时期政府工作的建议"]);
  });
});

describe("lists numbered 1、 in the body", () => {
  it("keeps wuhan's 十件实事 (tasks with their figures) as paragraphs, without numbering warnings", () => {
    const r = ingestFile("tests/fixtures/corpus-dev/wuhan-2018.md");
    const items = r.document.paragraphs.filter((p) => /^\d+、/.test(p.text));
    expect(items.map((p) => p.text.split("、")[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(r.document.headings.some((h) => /^\d+、/.test(h.text))).toBe(false);
    expect(r.warnings.some((w) => /breaks the numbering/.test(w.message))).toBe(false);
  });

  it("keeps the items of a Markdown ordered list in the body as paragraphs, their numbers kept", () => {
    const md = "---\ntitle: x\n---\n\n政府工作报告\n\n——2022年1月6日在某市第一届人民代表大会第二次会议上\n\n市长 孙某\n\n各位代表：\n\n一、2022年重点工作\n\n今年要办好以下实事：\n\n1. 加快推进乡村振兴。\n2. 办好人民满意教育。\n";
    const doc = ingestText("list-2022.md", md).document;
    expect(doc.headings.map((h) => h.text)).toEqual(["一、2022年重点工作"]);
    expect(doc.paragraphs.slice(-2).map((p) => p.text)).toEqual(["1.加快推进乡村振兴。", "2.办好人民满意教育。"]);
  });

  it("keeps nanchang's 1.…4. section titles as headings", () => {
    const h = outline("tests/fixtures/corpus-dev/nanchang-2017.md").filter(([, t]) => /^\d\./.test(t));
    expect(h).toEqual([
      [3, "1.着力优平台强集群，产业层级加快提升。"],
      [3, "2.着力抓改革促开放，发展动力明显增强。"],
      [3, "3.着力抓统筹提水平，城市品位提档升级。"],
      [3, "4.着力增投入补短板，幸福指数持续攀升。"],
    ]);
  });
});

describe("Markdown extras", () => {
  it("makes a bold opening sentence the paragraph's lead whatever its length (yinchuan)", () => {
    const doc = ingestFile("content/raw/yinchuan-2020.md").document;
    const p = doc.paragraphs.find((x) => x.text.startsWith("一年来，我们坚持在发展中保障和改善民生"))!;
    expect(p.lead).toBe("一年来，我们坚持在发展中保障和改善民生，致力于推进和谐发展，人民群众获得感、幸福感、安全感有了新提升");
    expect([...p.lead!].length).toBeGreaterThan(32);
  });

  it("splits taiyuan's one-line body into its paragraphs and parts", () => {
    const doc = ingestFile("tests/fixtures/corpus-dev/taiyuan-2019.md").document;
    expect(doc.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual([
      "一、2018年工作回顾",
      "二、2019年工作安排",
      "三、全面加强政府自身建设",
    ]);
    expect(doc.headings.filter((h) => h.depth === 3)).toHaveLength(7);
    expect(doc.paragraphs.length).toBeGreaterThan(50);
    expect(doc.paragraphs.every((p) => [...p.text].length < 3000)).toBe(true);
  });

  it("cuts a plain-text report pasted into one line into its paragraphs, losing nothing but the spaces", () => {
    const review = Array.from({ length: 80 }, (_, i) => `第${i + 1}项工作取得新进展，全年完成投资${i + 10}亿元，增长${i % 9}%。相关指标稳中向好。`);
    const plan = Array.from({ length: 80 }, (_, i) => `推进第${i + 1}项任务，目标增长${(i % 5) + 5}%左右。`);
    const body = ["各位代表：现在，我代表市人民政府向大会报告工作。", "一、2021年工作回顾", ...review, "二、2022年主要任务", ...plan].join(" ");
    const r = ingestText("runon-2022.txt", `2022年连排市政府工作报告\n——2022年1月6日在连排市第一届人民代表大会第二次会议上\n市长 孙某\n${body}\n`);
    expect(body.length).toBeGreaterThan(4000);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2021年工作回顾", "二、2022年主要任务"]);
    expect(r.document.paragraphs).toHaveLength(2 + 80 + 80);
    expect(r.document.paragraphs.map((p) => p.text).join("")).toBe(body.replace(/一、2021年工作回顾|二、2022年主要任务|\s/g, ""));
  });

  it("cuts each part run into one line of a web copy after its heading, and the first section after a colon (Zhengzhou 2013)", () => {
    const r = ingestText(
      "zhengzhou-2013.txt",
      [
        "2013年郑州市政府工作报告",
        "——2013年2月20日在郑州市第十三届人民代表大会第六次会议上",
        "郑州市人民政府市长 马 懿",
        "各位代表： 现在，我代表市人民政府，向大会作政府工作报告，请予审议，并请各位政协委员和列席人员提出意见。",
        "一、2012年工作回顾 过去的一年，在省委、省政府和市委的正确领导下，较好地完成了市十三届人大四次会议确定的目标任务。 ——经济平稳较快增长，质量效益持续提升。初步统计，全市生产总值达到5547亿元，比上年增长12%。",
        "二、2013年工作总体要求和主要目标 今年经济社会发展的预期目标是：地区生产总值增长12%以上，地方公共财政预算收入增长13%以上。",
        "三、2013年工作重点 今年，我们将重点做好以下工作： （一）深入推进新型城镇化建设，为经济社会持续健康快速发展提供广阔空间。坚持新型城镇化引领郑州都市区建设。 （二）加快构建现代产业体系，为经济社会持续健康快速发展提供有力支撑。力争今年固定资产投资完成4500亿元。",
      ].join("\n"),
    );
    expect(r.document.headings.filter((h) => h.depth === 2).map((h) => h.text)).toEqual(["一、2012年工作回顾", "二、2013年工作总体要求和主要目标", "三、2013年工作重点"]);
    expect(r.document.headings.filter((h) => h.depth === 3).map((h) => h.text)).toEqual([
      "（一）深入推进新型城镇化建设，为经济社会持续健康快速发展提供广阔空间。",
      "（二）加快构建现代产业体系，为经济社会持续健康快速发展提供有力支撑。",
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("今年，我们将重点做好以下工作：");
    expect(r.document.paragraphs.map((p) => p.text)).toContain("过去的一年，在省委、省政府和市委的正确领导下，较好地完成了市十三届人大四次会议确定的目标任务。");
    expect(r.document.paragraphs.find((p) => p.text.startsWith("今年经济社会发展的预期目标是"))!.headings.map((h) => h.text)).toEqual(["二、2013年工作总体要求和主要目标"]);
  });

  it("cuts a real report pasted into one line at each paragraph's indent of two full-width spaces, reading it as its own copy", () => {
    const lines = readFileSync(join(root, "content/raw/zhongwei-2020.txt"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
    const pasted = ingestText("zhongwei-2020.txt", lines.map((l) => `\u3000\u3000${l}`).join(""));
    const own = ingestFile("content/raw/zhongwei-2020.txt");
    // Lines without an end of sentence (the header, `附：有关情况说明`) end at the indent too.
    expect(pasted.document.meta.speaker).toBe(own.document.meta.speaker);
    expect(pasted.document.headings.map((h) => h.text)).toEqual(own.document.headings.map((h) => h.text));
    expect(pasted.document.paragraphs.map((p) => [p.id, p.text])).toEqual(own.document.paragraphs.map((p) => [p.id, p.text]));
    expect(pasted.glossary.map((g) => g.term)).toEqual(own.glossary.map((g) => g.term));
    expect(pasted.glossary.length).toBeGreaterThan(10);
  });

  it("keeps each table row as one paragraph with its cells (wuxi)", () => {
    const doc = ingestFile("tests/fixtures/corpus-dev/wuxi-2017.md").document;
    const rows = doc.paragraphs.filter((p) => /^\d+ \S/.test(p.text));
    expect(rows.length).toBeGreaterThanOrEqual(55);
    expect(doc.paragraphs.find((p) => p.text.startsWith("7 居民消费价格总指数"))!.text.split(/\s+/)).toEqual(["7", "居民消费价格总指数", "105.1", "102.3", "-", "-"]);
  });

  it("joins a <br> that wrapped a name cell before the row's last (公共医疗<br>卫生), and keeps the last cell's items on lines of their own (Guangzhou 2018)", () => {
    const text = [
      "——2018年1月11日在测试市第十五届人民代表大会第三次会议上",
      "",
      "各位代表：",
      "",
      "**一、2017年工作回顾**",
      "",
      "| **序号** | **民生领域**   | **完成情况** |",
      "| ------ | ---------- | ---------- |",
      "| **4**  | 公共医疗<br>卫生 | **已完成。**<br>（1）各区母婴室建设工作稳步推进，共建成203间母婴室（年度任务150间以上）。<br>（2）2017年印发了实施方案。 |",
    ].join("\n");
    const doc = ingestText("ceshi-2018.md", text).document;
    const texts = [...doc.paragraphs, ...doc.headings].map((p) => p.text);
    expect(texts).toContain("4 公共医疗卫生 已完成。");
    expect(texts).not.toContain("卫生 已完成。");
    expect(texts).toContain("（2）2017年印发了实施方案。");
  });

  it("removes footnote references from the text (luzhou) and reads Markdown with markup removed", () => {
    const doc = ingestFile("tests/fixtures/corpus-dev/luzhou-2022.md").document;
    expect(doc.paragraphs.some((p) => /\[\^|\*\*|<!--/.test(p.text))).toBe(false);
    expect(doc.paragraphs.some((p) => p.text.includes("统筹构建“1+2+N+X”规划体系，完善财税"))).toBe(true);
  });

  it("reads the hand-made Markdown fixture: residue dropped, parts, lead, table, 民生实事 and glossary", () => {
    const r = ingestFile("tests/fixtures/reports/markdown-2021.md");
    expect(r.document.headings.map((h) => `${h.depth} ${h.text}`)).toEqual([
      "2 2020年和“十三五”工作回顾",
      "3 一、经济运行稳中向好",
      "3 二、民生福祉持续增进",
      "2 2021年重点工作",
      "3 一、稳定经济增长",
      "2 附件1",
      "3 2021年十件民生实事",
      "4 一、教育医疗",
      "2 附件2",
      "3 名词解释",
    ]);
    expect(r.document.paragraphs.find((p) => p.text.startsWith("一年来"))!.lead).toMatch(/^一年来.*新成效$/);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("地区生产总值增速 3.5% 7%以上");
    expect(r.document.paragraphs.map((p) => p.text)).toContain("1．新建幼儿园10所。");
    expect(r.document.meta.dropped.map((d) => [d.line, d.reason])).toEqual([
      [6, "residue"],
      [8, "residue"],
      [15, "comment"],
      [65, "residue"],
      [67, "residue"],
    ]);
  });
});

describe("a section run on into its paragraph with no full stop near", () => {
  it("that continues the open run (（四） after （三）) is a heading up to its first comma, nothing lost, and the guess is warned of with its line", () => {
    const line = "（四）加强城市基础设施建设，打造区域性中心城市以实现城市功能完善和品质提升为目标，加快推进城市道路、供水、排水、供气、供热等基础设施建设并加强管理。";
    const txt = [
      "2020年测试市政府工作报告", "2020年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：",
      "一、2019年工作回顾", "地区生产总值增长6%。", "二、2020年重点工作",
      "（一）推进工业转型。加快技术改造。", "（二）推进服务业发展。加快商贸物流。", "（三）推进乡村振兴。加快农业现代化。",
      line, "（五）保障和改善民生。办好十件实事。",
    ].join("\n");
    const r = ingestText("ceshi-2020.txt", txt);
    const h = r.document.headings.map((x) => `${x.depth} ${x.text}`);
    expect(h.slice(-3)).toEqual(["3 （三）推进乡村振兴。", "3 （四）加强城市基础设施建设，", "3 （五）保障和改善民生。"]);
    const p = r.document.paragraphs.find((x) => x.headings.at(-1)?.text.startsWith("（四）"))!;
    expect("（四）加强城市基础设施建设，" + p.text).toBe(line);
    expect(r.warnings.filter((w) => /heading|numbering/.test(w.message)).map((w) => `${w.line}: ${w.message}`)).toEqual([
      "11: heading “（四）” runs on into its text with no full stop: its title read up to its first comma",
    ]);
  });

  it("but a first item so long is still a paragraph", () => {
    const txt = [
      "2020年测试市政府工作报告", "2020年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：",
      "一、2019年工作回顾", "（一）加强城市基础设施建设，打造区域性中心城市以实现城市功能完善和品质提升为目标，加快推进城市道路、供水、排水、供气、供热等基础设施建设并加强管理。",
      "二、2020年重点工作", "地区生产总值增长6%。",
    ].join("\n");
    expect(ingestText("ceshi-2020.txt", txt).document.headings.map((x) => x.text)).toEqual(["一、2019年工作回顾", "二、2020年重点工作"]);
  });
});

describe("a bold lead announcing the sections, the first run on after it (Ningxia 2012)", () => {
  it("reads **一年来的主要工作是：** （一）… as the lead's paragraph, then the section （一）", () => {
    const md = [
      "---",
      "title: 宁夏回族自治区政府工作报告（2012年1月11日 王正伟）",
      "---",
      "",
      "各位代表：",
      "",
      "**一、2011年工作回顾** 过去的一年，全区上下深入贯彻科学发展观。",
      "",
      "**一年来的主要工作是：** （一）围绕提升经济竞争力，狠抓了特色优势产业的培育壮大。打优势牌，走特色路。",
      "",
      "（二）围绕提升区域竞争力，推进了“两大战略”的深入实施。以沿黄城市带和山区大县城建设为抓手。",
      "",
      "二、当前形势和2012年奋斗目标",
      "",
      "主要预期目标是：全区生产总值增长12%左右。",
    ].join("\n");
    const r = ingestText("ningxia-2012.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、2011年工作回顾"],
      [3, "（一）围绕提升经济竞争力，狠抓了特色优势产业的培育壮大。"],
      [3, "（二）围绕提升区域竞争力，推进了“两大战略”的深入实施。"],
      [2, "二、当前形势和2012年奋斗目标"],
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("一年来的主要工作是：");
  });
});

describe("a bold lead announcing the points it counts, the first run on after it (Jilin 2004)", () => {
  it("reads **…必须牢牢把握以下几点：** 第一，… as the lead's paragraph, then the point 第一， as 第二， after it", () => {
    const md = [
      "---",
      "title: 吉林省2004年政府工作报告",
      "---",
      "",
      "（2004年2月10日 洪虎）",
      "",
      "各位代表：",
      "",
      "**一、2003年工作的回顾** 2003年是我省发展进程中很不寻常的一年。",
      "",
      "**二、推进二次创业，全力振兴吉林老工业基地** 振兴东北地区等老工业基地，是又一重大战略决策。",
      "",
      "**振兴老工业基地，任务十分艰巨，必须牢牢把握以下几点：** 第一，以建设新型工业基地为目标。在全面建设小康社会的新阶段，要使吉林老工业基地焕发青春。",
      "",
      "第二，以改革创新为动力。体制和机制创新是调整生产关系的中心环节。",
      "",
      "**三、开拓创新，认真做好2004年的工作**",
      "",
      "主要预期目标是：本省生产总值增长10%左右。",
    ].join("\n");
    const r = ingestText("jilin-2004.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、2003年工作的回顾"],
      [2, "二、推进二次创业，全力振兴吉林老工业基地"],
      [3, "第一，以建设新型工业基地为目标。"],
      [3, "第二，以改革创新为动力。"],
      [2, "三、开拓创新，认真做好2004年的工作"],
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("振兴老工业基地，任务十分艰巨，必须牢牢把握以下几点：");
  });
});

describe("a bold line alone after the last numbered part (Liangshan 2014)", () => {
  const report = (closing: string, after: string[] = []) =>
    [
      "---", "title: 2014年测试州政府工作报告", "---", "", "——2014年1月10日在测试州第十届人民代表大会第四次会议上", "", "测试州州长 张三", "", "各位代表：", "",
      "今年全州经济社会发展的主要预期目标是：地区生产总值增长10%。", "",
      "**围绕上述要求和目标，我们将重点抓好以下工作。**", "",
      "一、坚定不移推进转型升级，着力做强追赶跨越发展、同步全面小康的产业支撑", "", "加快发展特色农业。", "",
      "四、坚定不移促进富民和谐，广泛凝聚追赶跨越发展、同步全面小康的智慧力量", "", "切实加强和创新社会治理。", "",
      closing, "", "去年，我们严格执行中央“八项规定”。", "",
      ...after,
      "各位代表，使命催生责任，压力激发动力。", "",
    ].join("\n");
  const parts = (md: string) => ingestText("ceshi-2014.md", md).document.headings.filter((h) => h.depth === 2).map((h) => h.text);

  it("opens one more part when it reads as a part title", () => {
    expect(parts(report("**关于政府自身建设**"))).toEqual([
      "一、坚定不移推进转型升级，着力做强追赶跨越发展、同步全面小康的产业支撑",
      "四、坚定不移促进富民和谐，广泛凝聚追赶跨越发展、同步全面小康的智慧力量",
      "关于政府自身建设",
    ]);
  });

  it("stays text before a later numbered part, or when it names no part", () => {
    expect(parts(report("**关于政府自身建设**", ["五、加强政府自身建设", "", "努力在依法行政上取得新进展。", ""]))).not.toContain("关于政府自身建设");
    expect(parts(report("**社会治理创新**"))).not.toContain("社会治理创新");
  });

  it("opens it set plain in a copy that sets nothing in bold, not a line that names no part nor one before a later numbered part", () => {
    const plain = (md: string) => md.replace(/^---\n[\s\S]*?\n---\n\n/, "凉山彝族自治州政府工作报告\n").replace(/\*\*/g, "").split(/\n+/).map((l) => `\u3000\u3000${l}`).join("\n");
    const partsOf = (md: string) => ingestText("liangshan-2014.txt", plain(md)).document.headings.filter((h) => h.depth === 2).map((h) => h.text);
    expect(partsOf(report("**关于政府自身建设**"))).toEqual([
      "一、坚定不移推进转型升级，着力做强追赶跨越发展、同步全面小康的产业支撑",
      "四、坚定不移促进富民和谐，广泛凝聚追赶跨越发展、同步全面小康的智慧力量",
      "关于政府自身建设",
    ]);
    expect(partsOf(report("**关于政府自身建设**", ["五、加强政府自身建设", "", "努力在依法行政上取得新进展。", ""]))).not.toContain("关于政府自身建设");
    expect(partsOf(report("**关于社会治理创新**"))).not.toContain("关于社会治理创新");
  });
});

describe("a range written with single tildes in a Markdown file (Luoyang 2022)", () => {
  it("新增国内外航线3~5条…落地50亿元以上项目1~2个 keeps both tildes as text, no strikethrough between them, and reads ranges", () => {
    const line = "强力推进精准招商。新增国内外航线3~5条，旅客吞吐量恢复到150万人次以上。确保签约项目总投资800亿元以上，落地50亿元以上项目1~2个。";
    const md = ["---", "title: 测试市政府工作报告", "---", "", "各位代表：", "", "一、2021年工作回顾", "", "地区生产总值增长4.8%。", "", "二、2022年重点工作", "", line, ""].join("\n");
    const r = ingestText("ceshi-2022.md", md);
    expect(r.document.paragraphs.map((p) => p.text)).toContain(line);
    const ranges = extractText("ceshi-2022.md", md).figures.filter((f) => f.max !== null && f.unit !== "%").map((f) => [f.label_zh, f.min, f.max]);
    expect(ranges).toEqual([["新增国内外航线", 3, 5], ["落地50亿元以上项目", 1, 2]]);
  });
});

describe("a paragraph indent a web copy kept inside a paragraph (Foshan 2000)", () => {
  const body = [
    "一、继续推进各项改革和调整",
    "推进改革和调整，形成良好的发展机制，是率先基本实现现代化的重要保证。",
    "4.积极抓好机构改革，进一步深化、完善事业单位改革。按照省的部署和要求，切实抓好政府机构改革。与此同时，深化事业单位的改革，重点抓好政府职能部门办的中介性质事业单位的改革。  　　5.加大公有经济布局调整重组力度，大力发展非公有经济。将产业结构的优化升级与所有制结构的调整结合起来。",
    "二、加强农业和农村工作",
    "实现农业现代化是我市率先基本实现现代化的重要组成部分，确保农业增产、农民增收和农村稳定。  　　1.抓好农业结构的战略性调整。突出科技兴农，要围绕市场需求，调整优化农业内部经济结构。",
  ];
  const head = "2000年佛山市政府工作报告\n\n——佛山市第十一届人民代表大会第三次会议\n\n（2000年4月25日）\n\n佛山市市长 梁绍棠\n\n各位代表：\n\n";
  it("cuts the paragraph at the indent after a sentence's end, in a Markdown file and a plain-text one", () => {
    for (const [name, text] of [["foshan-2000.md", "---\ntitle: 2000年佛山市政府工作报告\n---\n\n" + head + body.join("\n\n") + "\n"], ["foshan-2000.txt", head.replace(/\n\n/g, "\n") + body.join("\n") + "\n"]]) {
      const doc = ingestText(name!, text!).document;
      const texts = doc.paragraphs.map((p) => p.text);
      expect(texts).toContain("5.加大公有经济布局调整重组力度，大力发展非公有经济。将产业结构的优化升级与所有制结构的调整结合起来。");
      expect(texts).toContain("实现农业现代化是我市率先基本实现现代化的重要组成部分，确保农业增产、农民增收和农村稳定。");
      expect(texts.some((t) => t.includes("\u3000"))).toBe(false);
    }
  });
});

describe("sections numbered 1. run on into their text, some short (Foshan 2000)", () => {
  it("reads every item of the report's runs as a section once one run shows them so, the short ones too", () => {
    const long = (t: string) => t + "要采取有力措施，进一步加强组织领导，明确工作责任，完善工作机制，强化督促检查，确保各项工作任务落到实处。要加强统筹协调，形成工作合力，推动各项工作取得实效，努力开创工作新局面，为率先基本实现现代化作出新的贡献。".repeat(2);
    const body = [
      "一、继续推进各项改革和调整",
      "推进改革和调整，形成良好的发展机制，是率先基本实现现代化的重要保证。",
      long("1.深化以产权制度改革为重点的企业改革，加快国有企业扭亏脱困步伐。着眼于产权制度改革，全面放开搞活公有中小企业。"),
      "2.全面推进各项配套改革。进一步健全公有资产管理营运监督机制，理顺管理关系。改革公有企业经营者收入分配制度，建立有效的激励机制和监督机制。",
      "二、加快实施科教兴市战略",
      "实施科教兴市战略，推进科技、教育进步，是全面启动率先基本实现现代化的重要动力。",
      long("1.加快技术创新体系建设，推动科技与经济紧密结合。深化科技体制改革，积极引导、扶持企业建立健全技术创新机制。"),
      long("2.依靠科技进步推进产业结构优化升级。大力发展高新技术产业，继续扶持电子信息、生物工程和新材料等产业的发展。"),
      "3.继续抓好人才队伍建设。在重视培养现有人才队伍、充分发挥他们作用的同时，加快引进紧缺专业技术人才。完善企业博士后工作站和留学生创业园工作机制，努力吸引留学人员来我市创业。",
    ];
    const md = "---\ntitle: 2000年佛山市政府工作报告\n---\n\n2000年佛山市政府工作报告\n\n——佛山市第十一届人民代表大会第三次会议\n\n（2000年4月25日）\n\n佛山市市长 梁绍棠\n\n各位代表：\n\n" + body.join("\n\n") + "\n";
    const doc = ingestText("foshan-2000.md", md).document;
    expect(doc.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、继续推进各项改革和调整"],
      [3, "1.深化以产权制度改革为重点的企业改革，加快国有企业扭亏脱困步伐。"],
      [3, "2.全面推进各项配套改革。"],
      [2, "二、加快实施科教兴市战略"],
      [3, "1.加快技术创新体系建设，推动科技与经济紧密结合。"],
      [3, "2.依靠科技进步推进产业结构优化升级。"],
      [3, "3.继续抓好人才队伍建设。"],
    ]);
  });
});

describe("parts titled by a bare period, each with a slogan line under it (Changde 2015: `过去一年`, `新的一年`)", () => {
  it("reads the two lines as the review's and the plan's parts, their numbered runs as their sections, and dates the figures of each", () => {
    const md = [
      "---",
      "title: 政府工作报告",
      "---",
      "",
      "政府工作报告",
      "",
      "2020年1月6日在测试市第六届人民代表大会第四次会议上",
      "",
      "测试市人民政府市长 张三",
      "",
      "各位代表：",
      "",
      "现在，我代表市人民政府，向大会报告政府工作，请予审查。",
      "",
      "过去一年",
      "",
      "坚持出实招，奋发干实事，努力求实效",
      "",
      "一、奋力稳增长，发展目标较好实现。全年完成地区生产总值2520亿元，增长10%。",
      "",
      "二、践行群众路线厉行正风肃纪，政府效能明显提升",
      "",
      "大力改进政风。干部作风和社会风气明显好转。",
      "",
      "新的一年",
      "",
      "适应新常态，抢抓新机遇，推动新发展",
      "",
      "经济社会发展的主要预期目标是：地区生产总值增长9.5%左右。",
      "",
      "一、突出发展主线，全力以赴稳增长",
      "",
      "全年完成社会消费品零售总额918亿元，增长12%。",
    ].join("\n");
    const r = ingestText("ceshi-2020.md", md);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "过去一年"],
      [3, "一、奋力稳增长，发展目标较好实现。"],
      [3, "二、践行群众路线厉行正风肃纪，政府效能明显提升"],
      [2, "新的一年"],
      [3, "一、突出发展主线，全力以赴稳增长"],
    ]);
    const x = extractText("ceshi-2020.md", md);
    const growth = x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.value]);
    expect(growth).toEqual([["result", 2019, 10], ["target", 2020, 9.5]]);
    expect(x.figures.find((f) => f.metric === "retail_sales")).toMatchObject({ kind: "target", year: 2020, value: 918 });
  });
});

describe("a short task of a list numbered 1、 with no text of its own (Yichun 2014: 9、增开伊春区至友好区的公交线路。)", () => {
  it("keeps it a paragraph when the next item, or the next part, follows it right away", () => {
    const txt = [
      "2014年测试市政府工作报告",
      "各位代表：",
      "一、2014年主要工作",
      "本着量力而行、尽力而为的原则，重点办好十件民生实事。",
      "1、投资10亿元，改造棚户区12330户，新建公租房1500套。",
      "2、新建、改扩建300—500平方米达标和标准型社区服务中心2个，1000平方米示范型社区服务中心3个。",
      "3、增开伊春区至友好区的公交线路。",
      "4、投资1897万元，购置现代化清雪设备35台；增设临时休息点。",
      "5、增设临时休息点。",
      "二、加强政府自身建设",
      "把党的群众路线教育活动贯穿于作风建设的全过程。",
    ].join("\n");
    const r = ingestText("ceshi-2014.txt", txt);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2014年主要工作", "二、加强政府自身建设"]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("3、增开伊春区至友好区的公交线路。");
    expect(texts).toContain("5、增设临时休息点。");
    expect(r.warnings.some((w) => /breaks the numbering/.test(w.message))).toBe(false);
  });
});

describe("a section heading sentence a copy broke with a space inside its first word (Hebei 2012: （七）加 快实施河北沿海地区发展规划。紧紧抓住…)", () => {
  it("keeps the heading whole, not a title of one character with its text after the space", () => {
    const txt = [
      "2012年测试省政府工作报告",
      "——2012年1月6日在测试省第十一届人民代表大会第五次会议上",
      "各位代表：",
      "一、2011年工作回顾",
      "（一）加快发展。去年全省生产总值增长10%。",
      "（二）加 快实施沿海地区发展规划。紧紧抓住机遇，加快发展。",
      "二、2012年工作安排",
      "今年全省生产总值增长9%左右。",
    ].join("\n");
    const r = ingestText("ceshi-2012.txt", txt);
    expect(r.document.headings.map((h) => h.text)).toContain("（二）加 快实施沿海地区发展规划。");
    expect(r.document.headings.map((h) => h.text)).not.toContain("（二）加");
  });
});

describe("the closing address to the deputies with a space a copy left inside it, after a paragraph that lost its full stop (Hebei 2012: …让人民满意的政府 / 各 位代表，做好今年的政府工作…)", () => {
  it("keeps the address a paragraph of its own, not the rest of the sentence before it", () => {
    const txt = [
      "2012年测试省政府工作报告",
      "——2012年1月6日在测试省第十一届人民代表大会第五次会议上",
      "各位代表：",
      "一、2011年工作回顾",
      "去年全省生产总值增长10%。",
      "二、2012年工作安排",
      "今年全省生产总值增长9%左右。我们一定要常怀敬民之心，努力建设一个值得人民依赖、让人民满意的政府",
      "各 位代表，做好今年的政府工作，任务繁重，使命光荣。让我们团结一心，奋力拼搏！",
    ].join("\n");
    const r = ingestText("ceshi-2012.txt", txt);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("各 位代表，做好今年的政府工作，任务繁重，使命光荣。让我们团结一心，奋力拼搏！");
    expect(r.warnings.some((w) => /breaks off inside a word/.test(w.message))).toBe(false);
  });
});
