import { describe, expect, it } from "vitest";
import { isResidue } from "../../../src/lib/parse/residue.ts";
import { RAW_AND_DEV, ingestFile, ingestText } from "../support/ingest.ts";

describe("web-page residue", () => {
  it("moves breadcrumbs, times, font switches, sources, captions and page links around a report to dropped:, with their lines", () => {
    const r = ingestFile("tests/fixtures/reports/webpage-2022.txt");
    expect(r.document.meta.dropped).toEqual([
      { line: 1, text: "当前位置：首页 > 政务公开 > 政府工作报告", reason: "residue" },
      { line: 2, text: "发表时间：2022-01-25 09:30", reason: "residue" },
      { line: 3, text: "【字体：大 中 小】", reason: "residue" },
      { line: 4, text: "来源：示例日报", reason: "residue" },
      { line: 8, text: "1月18日，网页市第九届人民代表大会第二次会议开幕。本报记者 李某 摄", reason: "residue" },
      { line: 16, text: "扫一扫在手机打开当前页", reason: "residue" },
      { line: 17, text: "【打印本页】【关闭窗口】", reason: "residue" },
      { line: 18, text: "相关报道", reason: "residue" },
    ]);
    expect(r.document.meta).toMatchObject({ title: "2022年网页市政府工作报告", date: "2022-01-18", speaker: "周某某" });
    expect(r.warnings.filter((w) => /web-page residue/.test(w.message)).map((w) => w.line)).toEqual([1, 2, 3, 4, 8, 16, 17, 18]);
    // Report sentences that open with the same words stay in the body.
    const text = r.document.paragraphs.map((p) => p.text).join("");
    expect(text).toContain("当前位置更加突出，来源渠道不断拓宽。");
    expect(text).toContain("打印机产业园建成投产，关闭落后产能企业12家。");
    expect(r.document.paragraphs.at(-1)!.text).toBe("各位代表！让我们团结一心，再创佳绩！");
  });

  it("moves a government information page's table above the report and the site's footer after it to dropped:, so that the header is read and none of the footer joins the glossary appendix", () => {
    const head = [
      "无障碍 | 长者模式 | English",
      "索引号：11640100007330952J/2022-00012",
      "主题分类：综合政务",
      "发布机构：网页市人民政府办公室",
      "标题：2022年网页市政府工作报告",
      "公开方式：主动公开",
      "【收藏】【纠错】",
    ];
    const footer = [
      "附件下载：政府工作报告全文.pdf",
      "扫一扫在手机上查看当前页面",
      "主办：网页市人民政府办公室　承办：网页市大数据中心",
      "网站标识码：6401000001　宁ICP备05001234号　宁公网安备 64010402000123号",
      "联系我们 | 网站地图 | 隐私声明",
      "技术支持：某某信息技术有限公司",
      "版权所有：网页市人民政府",
    ];
    const text = [
      ...head,
      "2022年网页市政府工作报告",
      "2022年1月18日在网页市第九届人民代表大会第二次会议上",
      "市长　周某某",
      "各位代表：",
      "一、2021年工作回顾",
      "过去一年，全市地区生产总值增长7.5%。技术支持体系更加完善，主办各类展会12场。",
      "各位代表！让我们团结一心，再创佳绩！",
      "附：名词解释",
      "1．“放管服”：简政放权、放管结合、优化服务。",
      "2．“六稳”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。",
      ...footer,
    ].join("\n");
    const r = ingestText("wangye-2022.txt", text);
    expect(r.glossary.map((e) => e.term)).toEqual(["放管服", "六稳"]);
    expect(r.document.meta).toMatchObject({ title: "2022年网页市政府工作报告", date: "2022-01-18", speaker: "周某某" });
    const dropped = [...head.map((t, i) => [1 + i, t] as const), ...footer.map((t, i) => [head.length + 11 + i, t] as const)];
    expect(r.document.meta.dropped).toEqual(dropped.map(([line, text]) => ({ line, text, reason: "residue" })));
    const body = r.document.paragraphs.map((p) => p.text).join("");
    expect(body).toContain("技术支持体系更加完善，主办各类展会12场。");
    for (const t of footer) expect(body).not.toContain(t);
  });

  it("cuts a newspaper's page-continuation marks (下转第四版, 上接第一版) out of the text, recorded as dropped with their lines and warned, and joins the paragraph they broke", () => {
    // Fushan 2019, from a county newspaper: the review's first paragraph breaks off at the foot of page one.
    const cut = "2018年，全县地区生产总值完成46.1亿元,同比下降4.3%;一般公共预算收入完成0.86亿元,同比增长16.0%;社会(下转第四版)";
    const text = [
      "政府工作报告",
      "2019年3月2日在浮山县第十六届人民代表大会第四次会议上",
      "栗 俊 昌",
      "各位代表:",
      "一、2018年工作回顾",
      cut,
      "（上接第一版）消费品零售总额完成12.5亿元。",
      "（下转第四版）",
    ].join("\n");
    const r = ingestText("fushan-2019.txt", text);
    // The paragraph broke off mid-word (社会|消费品零售总额) at the foot of page one: it is one paragraph again.
    expect(r.document.paragraphs.map((p) => p.text)).toEqual([
      "各位代表:",
      "2018年，全县地区生产总值完成46.1亿元,同比下降4.3%;一般公共预算收入完成0.86亿元,同比增长16.0%;社会消费品零售总额完成12.5亿元。",
    ]);
    expect(r.document.meta.dropped).toEqual([
      { line: 6, text: "(下转第四版)", reason: "residue" },
      { line: 7, text: "（上接第一版）", reason: "residue" },
      { line: 8, text: "（下转第四版）", reason: "residue" },
    ]);
    const said = r.warnings.filter((w) => /continuation mark|web-page residue/.test(w.message)).map((w) => `${w.file}:${w.line}`);
    expect(said).toEqual(["fushan-2019.txt:6", "fushan-2019.txt:7", "fushan-2019.txt:8"]);
  });

  it("keeps a date alone in the header whose next line names the session, the dateline's first half (Chengdu 2022: 政府工作报告 / 2022年1月23日 / 在成都市第十七届人民代表大会第六次会议上)", () => {
    const head = ["政府工作报告", "2022年1月23日", "在某市第十七届人民代表大会第六次会议上", "某市人民政府市长 某某", "各位代表：", "一、2021年工作回顾"];
    const r = ingestText("moushi-2022.txt", [...head, "地区生产总值增长8.6%。"].join("\n"));
    expect(r.document.meta.dropped).toEqual([]);
    expect(r.document.meta).toMatchObject({ date: "2022-01-23", header: ["政府工作报告", "2022年1月23日", "在某市第十七届人民代表大会第六次会议上", "某市人民政府市长 某某"] });
    // A page's date of publication above the title stays residue.
    const page = ingestText("moushi-2022.txt", ["2022年1月25日", ...head.slice(0, 1), "——2022年1月23日在某市第十七届人民代表大会第六次会议上", ...head.slice(3), "地区生产总值增长8.6%。"].join("\n"));
    expect(page.document.meta.dropped).toEqual([{ line: 1, text: "2022年1月25日", reason: "residue" }]);
  });

  it("cuts marks without brackets after a sentence's end (Honghe 2016: …引导公民树立正确的价值取向。 下转4版 上接3版), not words of a sentence", () => {
    const head = ["2016年某州政府工作报告", "2016年1月14日在某州第十一届人民代表大会第五次会议上", "州长 某某", "各位代表：", "一、2015年工作回顾"];
    const r = ingestText("mouzhou-2016.txt", [...head, "加强思想道德建设，引导公民树立正确的价值取向。 下转4版 上接3版", "全州生产总值增长8.5%，报纸发行转载数量增长3倍。"].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(["各位代表：", "加强思想道德建设，引导公民树立正确的价值取向。", "全州生产总值增长8.5%，报纸发行转载数量增长3倍。"]);
    expect(r.document.meta.dropped).toEqual([
      { line: 6, text: "下转4版", reason: "residue" },
      { line: 6, text: "上接3版", reason: "residue" },
    ]);
    expect(r.warnings.filter((w) => /continuation mark/.test(w.message)).map((w) => `${w.file}:${w.line}`)).toEqual(["mouzhou-2016.txt:6", "mouzhou-2016.txt:6"]);
  });

  it("cuts a pair of marks left inside a paragraph (（紧转第2版） （紧接第1版）) whole, the space between them too (Leshan 2020)", () => {
    const head = ["2020年某县政府工作报告", "2020年1月13日在某县第七届人民代表大会第五次会议上", "县长 某某", "各位代表：", "一、2019年工作回顾"];
    const r = ingestText("mouxian-2020.txt", [...head, "现代农业稳步发展，农村土地流转率达35.4%，（紧转第2版） （紧接第1版）产业化带动面提高到74%。"].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(["各位代表：", "现代农业稳步发展，农村土地流转率达35.4%，产业化带动面提高到74%。"]);
    expect(r.document.meta.dropped.map((d) => d.text)).toEqual(["（紧转第2版）", "（紧接第1版）"]);
  });

  it("joins a glossary entry broken off mid-sentence at a pair of marks on a line of their own (Leshan 2022: …重点培育光电信息、 / （紧转第3版） （紧接第2版） / 绿色化工、…)", () => {
    const text = [
      "---", "title: 乐山市政府工作报告（2022年2月23日 陈光浩）", "---", "",
      "2022年2月23日在乐山市第八届人民代表大会第二次会议上", "", "乐山市人民政府市长 陈光浩", "", "各位代表：", "",
      "2021年工作回顾", "", "全市实现地区生产总值2205.15亿元、增长8.2%。", "",
      "注 释", "",
      "13.“4+5+5”现代产业体系：指现代农业体系构建方面，重点培育峨眉山茶、晚熟柑橘、道地中药材、林竹四大产业集群；先进制造业体系构建方面，重点培育光电信息、", "",
      "（紧转第3版） （紧接第2版）", "",
      "绿色化工、民用核技术、食品饮料、新型建材五大产业集群；现代服务业体系构建方面，重点发展旅游、现代物流、现代金融、科技信息和特色餐饮业。", "",
      "14.产业基础再造工程：围绕核心基础零部件、核心电子元器件、工业基础软件、关键基础材料、先进基础工艺、产业技术基础6个方面开展关键核心技术攻关突破。", "",
    ].join("\n");
    const r = ingestText("leshan-2022.md", text);
    expect(r.glossary.map((e) => [e.term, e.definition.slice(-10)])).toEqual([
      ["4+5+5", "科技信息和特色餐饮业。".slice(-10)],
      ["产业基础再造工程", "关键核心技术攻关突破。".slice(-10)],
    ]);
    expect(r.glossary[0]!.definition).toContain("重点培育光电信息、绿色化工、民用核技术");
    expect(r.document.meta.dropped.map((d) => d.text)).toEqual(["（紧转第3版）", "（紧接第2版）"]);
  });

  it("joins a paragraph broken off at a mark on a line of its own, but not one that ended its sentence, nor across other text", () => {
    const head = ["2019年某县政府工作报告", "2019年3月2日在某县第十六届人民代表大会第四次会议上", "县长 某某", "各位代表：", "一、2018年工作回顾"];
    const paragraphs = (body: string[]) => ingestText("mouxian-2019.txt", [...head, ...body].join("\n")).document.paragraphs.map((p) => p.text);
    expect(paragraphs(["全县地区生产总值完成46.1亿元，", "（下转第四版）", "（上接第一版）", "同比增长6%。"])).toEqual(["各位代表：", "全县地区生产总值完成46.1亿元，同比增长6%。"]);
    expect(paragraphs(["全县地区生产总值完成46.1亿元。（下转第四版）", "（上接第一版）一般公共预算收入增长6%。"])).toEqual([
      "各位代表：",
      "全县地区生产总值完成46.1亿元。",
      "一般公共预算收入增长6%。",
    ]);
    expect(paragraphs(["全县地区生产总值完成46.1亿元，（下转第四版）", "本报讯 县里召开会议。", "（上接第一版）同比增长6%。"])).toEqual([
      "各位代表：",
      "全县地区生产总值完成46.1亿元，",
      "本报讯 县里召开会议。",
      "同比增长6%。",
    ]);
  });

  it("joins a paragraph broken off after a comma to the one a resuming mark opens, though the copy lost the mark that broke it off (Ningxia 2011: …开展农村土地确权登记， / （紧接第二版）加快集体林权制度和农垦改革，…)", () => {
    const head = ["2011年某县政府工作报告", "2011年1月18日在某县第十届人民代表大会第四次会议上", "县长 某某", "各位代表：", "一、去年工作回顾"];
    const paragraphs = (body: string[]) => ingestText("mouxian-2011.txt", [...head, ...body].join("\n")).document.paragraphs.map((p) => p.text);
    expect(paragraphs(["宽领域深化重点改革。推行项目代建制，完善政府投资运行体系。深化农村综合改革，开展农村土地确权登记，", "（紧接第二版）加快集体林权制度和农垦改革，落实草原生态补助奖励等政策。"])).toEqual([
      "各位代表：",
      "宽领域深化重点改革。推行项目代建制，完善政府投资运行体系。深化农村综合改革，开展农村土地确权登记，加快集体林权制度和农垦改革，落实草原生态补助奖励等政策。",
    ]);
    // Not after a sentence that ended, nor after a heading.
    expect(paragraphs(["深化农村综合改革，开展农村土地确权登记。", "（紧接第二版）加快集体林权制度和农垦改革。"])).toHaveLength(3);
    expect(paragraphs(["（六）强力推进中阿经贸合作", "（紧接第二版）加快集体林权制度和农垦改革。"])).toEqual(["各位代表：", "加快集体林权制度和农垦改革。"]);
  });

  it("cuts the newspaper a page credits at the end of the text (…而努力奋斗！（云浮日报）, Yunfu 2015) out of it, recorded as dropped", () => {
    const last = "各位代表！面对新形势、新任务，我们深感使命光荣和责任重大，加快发展、造福人民是政府施政所向！让我们在中共云浮市委的坚强领导下，齐心协力，开拓进取，扎实工作，为建设现代生态城市，让全市人民过上更加美好幸福的生活而努力奋斗！（云浮日报）";
    const text = ["云浮市政府工作报告", "2015年1月21日在云浮市第五届人民代表大会第五次会议上", "云浮市市长 卓志强", "各位代表：", "一、2014年工作回顾", "预计全市实现地区生产总值674亿元，增长10.3%。", "二、2015年工作安排", "今年的主要预期目标是：地区生产总值增长12%左右。", last].join("\n");
    const r = ingestText("yunfu-2015.txt", text);
    expect(r.document.paragraphs.at(-1)!.text).toBe(last.replace("（云浮日报）", ""));
    expect(r.document.meta.dropped).toEqual([{ line: 9, text: "（云浮日报）", reason: "residue" }]);
    // A bracket that closes a sentence's own words stays (`（下同）`, `（其中市区82.5%）`).
    expect(ingestText("yunfu-2015.txt", text.replace("（云浮日报）", "（其中市区82.5%）")).document.meta.dropped).toEqual([]);
  });

  it("drops the session secretariat that issued the printed report, signed with its date after the last sentence (Dongguan 2002: 市十二届人大四次会议秘书处 / 2002年3月24日)", () => {
    const last = "各位代表！今年是我们党和国家发展史上非常重要的一年，做好今年的各项工作意义重大。我们一定要与时俱进，锐意创新，团结奋斗，夺取改革开放和现代化建设的新胜利！";
    const text = ["市十二届人大四次会议文件（一）", "政府工作报告", "——2002年3月25日在东莞市第十二届人民代表大会第四次会议上", "东莞市人民政府市长  黎桂康", "各位代表：", "过去一年的工作回顾", "全年实现国内生产总值578.4亿元，比上年增长18%。", "2002年工作安排", "今年全市经济社会发展主要预期目标是：国内生产总值增长15%。", last, "市十二届人大四次会议秘书处", "2002年3月24日"].join("\n");
    const r = ingestText("dongguan-2002.txt", text);
    expect(r.document.paragraphs.at(-1)!.text).toBe(last);
    expect(r.document.meta.dropped).toEqual([
      { line: 11, text: "市十二届人大四次会议秘书处", reason: "residue" },
      { line: 12, text: "2002年3月24日", reason: "residue" },
    ]);
    expect(isResidue("××市第十五届人民代表大会第一次会议秘书处")).toBe(true);
    // A sentence that names the secretariat is the report's.
    expect(isResidue("大会秘书处认真做好会务工作。")).toBe(false);
  });

  it("drops a stray mark a copy left on a line of its own between two paragraphs (Hubei 2003: 、 after …上档次、上水平。), recorded as dropped", () => {
    const before = "加快发展民营经济。大力发展民营科技型企业，促进民营经济上档次、上水平。";
    const after = "加强企业家队伍建设。加快工业化进程，提高企业和产品的竞争力，关键是要培养和造就一大批适应现代化要求的企业家队伍。";
    const text = ["湖北省人民政府2003年工作报告", "——2003年1月15日在湖北省第十届人民代表大会第一次会议上", "代省长罗清泉", "各位代表：", "一、过去五年政府工作的回顾", "2002年预计全省国内生产总值4975亿元。", "二、2003年的主要工作", before, "、", after].join("\n");
    const r = ingestText("hubei-2003.txt", text);
    expect(r.document.paragraphs.map((p) => p.text).slice(-2)).toEqual([before, after]);
    expect(r.document.meta.dropped).toEqual([{ line: 9, text: "、", reason: "residue" }]);
    // A sentence's own mark stays.
    expect(isResidue("、加强企业家队伍建设。")).toBe(false);
  });

  it("cuts a news site a page credits right after the last sentence (…创造济宁更加美好的未来！（东方圣城网）, Jining 2014), recorded as dropped", () => {
    const last = "各位代表，面对发展新形势、人民新期待，我们深感责任重大、使命光荣。让我们在中共济宁市委的坚强领导下，紧紧依靠全市人民，抢抓机遇、改革创新，同心同德、扎实苦干，努力打造鲁西科学发展高地，创造济宁更加美好的未来！（东方圣城网）";
    const text = ["济宁市政府工作报告", "———2014年1月9日在济宁市第十六届人民代表大会第三次会议上", "市长 梅永红", "各位代表：", "一、2013年工作回顾", "预计全市地区生产总值完成3501亿元、增长11%。", "二、2014年重点工作", "主要预期目标安排为：地区生产总值增长10%左右。", last].join("\n");
    const r = ingestText("jining-2014.txt", text);
    expect(r.document.paragraphs.at(-1)!.text).toBe(last.replace("（东方圣城网）", ""));
    expect(r.document.meta.dropped).toEqual([{ line: 9, text: "（东方圣城网）", reason: "residue" }]);
    // A bracket of the sentence's own words that ends on 网 stays.
    expect(ingestText("jining-2014.txt", text.replace("未来！（东方圣城网）", "未来，建设智能电网（含配电网）")).document.meta.dropped).toEqual([]);
    // Nor a note of scope set after a sentence's full stop.
    expect(ingestText("jining-2014.txt", text.replace("未来！（东方圣城网）", "未来！（含物联网）")).document.meta.dropped).toEqual([]);
  });

  it("drops the newspaper's credit on a line of its own after the last sentence, as a copy of one sentence a line sets it (…福祉！ / （包头日报）, Baotou 2014)", () => {
    const last = ["我们一定在自治区党委、政府和市委的坚强领导下，把握改革的新机遇，凝聚社会的正能量，夙夜在公、殚精竭虑，努力为全市人民创造更多的福祉！", "（包头日报）"];
    const head = ["包头市政府工作报告", "———2014年1月9日在包头市第十四届人民代表大会第二次会议上", "包头市代市长 包钢", "各位代表："];
    const body = ["2013年工作回顾", "预计地区生产总值3500亿元，增长9.5%。", "2014年重点工作安排", "今年经济社会发展的主要预期目标是：地区生产总值增长9.5%左右。"];
    const r = ingestText("baotou-2014.txt", [...head, ...body, ...last].join("\n"));
    expect(r.document.paragraphs.at(-1)!.text).toBe(last[0]);
    expect(r.document.meta.dropped).toEqual([{ line: 10, text: "（包头日报）", reason: "residue" }]);
    // Not a bracket on a line of its own before more of the text.
    const kept = ingestText("baotou-2014.txt", [...head, ...body.slice(0, 2), "（包头日报）", ...body.slice(2)].join("\n"));
    expect(kept.document.meta.dropped).toEqual([]);
  });

  it("drops a Word export's table of contents between the title and the dateline, so the speaker is read off the speaker's line (目　　录 / 第一部分　2013年工作回顾………………1, Baotou 2014)", () => {
    const text = [
      "\t包头市政府工作报告", "", "目　　录", "第一部分　2013年工作回顾………………1", "第二部分　今后一个时期的目标思路………………5", "第三部分　2014年重点工作安排………………9", "",
      "\t———2014年1月9日在包头市第十四届人民代表大会第二次会议上", "\t包头市代市长 包钢", "\t各位代表：",
      "第一部分　2013年工作回顾", "\t预计地区生产总值3500亿元，增长9.5%。", "第三部分　2014年重点工作安排", "\t今年经济社会发展的主要预期目标是：地区生产总值增长9.5%左右。",
    ].join("\r\n");
    const r = ingestText("baotou-2014.txt", text);
    expect([r.document.meta.speaker_title, r.document.meta.speaker]).toEqual(["包头市代市长", "包钢"]);
    expect(r.document.meta.dropped.map((d) => d.line)).toEqual([3, 4, 5, 6]);
    expect(r.warnings.filter((w) => /table of contents/.test(w.message)).length).toBe(4);
    // A sentence that ends in an ellipsis and a number is no entry of one.
    expect(isResidue("产业规模不断扩大，产值增长……3")).toBe(false);
  });

  it.each(["(下转第四版)", "（上接第一版）", "(下转第3版)", "（下转A2版）", "（转第2版）", "(上接第1页)"])("takes the continuation mark “%s” for residue", (mark) => {
    expect(isResidue(mark)).toBe(true);
  });

  it.each(["（下转第四版）经济", "下转第四版资金12亿元。"])("keeps “%s”: a sentence around the words is no continuation mark", (line) => {
    expect(isResidue(line)).toBe(false);
  });

  it("drops a printed document's imprint under the closing words (Urumqi 2014: 市十五届人大三次会议秘书处 2014年1月6日印), the close still the last paragraph", () => {
    const text = [
      "政府工作报告", "——2014年1月9日在乌鲁木齐市第十五届人民代表大会", "第三次会议上", "代市长伊力哈木·沙比尔", "各位代表：",
      "一、2013年工作回顾", "预计实现地区生产总值2400亿元，增长15%。", "二、2014年主要工作", "经济社会发展的主要目标是：地区生产总值增长13%。",
      "各位代表，立足新起点，应对新挑战，推进新发展，实现新跨越，这是时代赋予我们的历史重任和光荣使命。让我们奋力拼搏，真抓实干，为实现跨越式发展和长治久安而努力奋斗！",
      "市十五届人大三次会议秘书处 2014年1月6日印",
    ].join("\n\n");
    const r = ingestText("wulumuqi-2014.md", text);
    expect(r.document.meta.dropped).toEqual([{ line: 21, text: "市十五届人大三次会议秘书处 2014年1月6日印", reason: "residue" }]);
    expect(r.document.paragraphs.at(-1)!.text).toMatch(/而努力奋斗！$/);
    expect(isResidue("市政府办公室 2014年1月6日印发")).toBe(true);
    // A sentence that names an office and a day is no imprint.
    expect(isResidue("市政府办公室2014年1月6日印发了实施意见。")).toBe(false);
  });

  it.each(["快捷搜索:论文 合同 演讲 心得", "关键词:政府工作报告", "热门搜索：工作总结 述职报告 心得体会", "标签：政府工作报告 2012年"])(
    "takes a site's search or keyword line of short words “%s” for residue",
    (line) => {
      expect(isResidue(line)).toBe(true);
    },
  );

  it.each(["关键词：创新、协调、绿色、开放、共享。", "搜索：一年来，我们坚持稳中求进。", "标签化管理全面推行，快捷搜索平台上线运行。"])(
    "keeps “%s”: a sentence is no keyword line",
    (line) => {
      expect(isResidue(line)).toBe(false);
    },
  );

  it("drops a government information page's table set out in cells (文件名称 | …), so the date of the dateline is read, not the page's (Hanbin 2025)", () => {
    const table = [
      "文件名称 | 汉滨区2025年政府工作报告 | ||",
      "索引号 | /2025-0000 | 公开目录: | 工作报告 |",
      "公开责任部门 | 公开形式: | 主动公开 | |",
      "文号 | 成文日期: | 2025年04月15日 | |",
      "有效性 | 有效 | 公开日期: | 2025-04-15 14:43 |",
    ];
    const text = [...table, "2025年3月21日在汉滨区第十九届", "人民代表大会第四次会议上", "汉滨区人民政府代区长 向诗兵", "各位代表:", "一、过去一年工作回顾"].join("\n");
    const r = ingestText("hanbin-2025.txt", text);
    expect(r.document.meta.dropped).toEqual(table.map((t, i) => ({ line: i + 1, text: t, reason: "residue" })));
    expect(r.document.meta).toMatchObject({ date: "2025-03-21", header: ["2025年3月21日在汉滨区第十九届", "人民代表大会第四次会议上", "汉滨区人民政府代区长 向诗兵"] });
  });

  it("drops a content-farm page's lines set as a bulleted list, its mobile-version link, an image's file name and its summary of the text (Xicheng 2017, 2021 and 2015)", () => {
    const page = [
      "• 当前位置:创业找项目 > 范文大全 > 区人民政府区长政府工作报告",
      "  • 来源:创业找项目",
      "  • 时间:2018-09-15",
      "  • 移动端:区人民政府区长政府工作报告",
      "• WAP手机版",
      "50588.jpg",
      "内容摘要:2021年政府工作报告政府工作报告——2021年1月12日在北京市西城区第十六届人民代表大会第八次会议上北京市西城区人民政府区长 孙 硕发布时间:2021-02-20各位代表:现在,我代表西城区人民政府向大会报告工作,请予审议,并请各位政协委员提出意见。一、2020年工作回顾20......",
    ];
    for (const line of page) expect(isResidue(line.trim())).toBe(true);
    const text = [
      ...page,
      "2021年北京市西城区政府工作报告",
      "——2021年1月12日在北京市西城区第十六届",
      "人民代表大会第八次会议上",
      "北京市西城区人民政府区长  孙  硕",
      "各位代表:",
      "一、2020年工作回顾",
    ].join("\n");
    const r = ingestText("xicheng-2021.txt", text);
    expect(r.document.meta.dropped.map((d) => d.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.document.meta).toMatchObject({ title: "2021年北京市西城区政府工作报告", date: "2021-01-12", congress: "北京市西城区第十六届人民代表大会第八次会议" });
  });

  it.each(["• 加快推进城市更新。", "移动端应用全面上线，办事更便捷。", "摘要：一年来……", "内容摘要:我们坚持稳中求进。", "文件名称统一规范。"])("keeps the report sentence “%s” of a page's shapes", (line) => {
    expect(isResidue(line)).toBe(false);
  });

  it.each([
    "附件下载：政府工作报告.pdf",
    "附件：2022年政府工作报告全文.docx",
    "扫一扫在手机上查看当前页面",
    "主办单位：某市人民政府办公室",
    "技术支持：某某科技有限公司",
    "京ICP备05060933号",
    "网站标识码：1100000088",
    "京公网安备 11010502030036号",
    "版权所有 © 某市人民政府",
    "Copyright © 2023 某市人民政府",
    "联系我们 | 网站地图 | 隐私声明",
    "无障碍 | 长者模式 | English",
    "索引号：11441900007330952J/2023-00012",
    "主题分类：综合政务",
    "发布机构：某市人民政府办公室",
    "发文字号：无",
    "公开方式：主动公开",
    "标题：2023年某市政府工作报告",
    "有效性：有效",
    "【收藏】【纠错】",
    "【打印】【关闭】【纠错】",
    "（本文来源：某某日报）",
    "阅读数：1234",
    "当前位置：首页 > 政务公开 > 政府工作报告",
    "您现在的位置：首页>信息公开>规划计划",
    "首页 > 政务公开 > 规划计划",
    "发布时间：2021-02-05 10:32",
    "发布日期：2020年01月20日",
    "2020-01-20 10:30 来源：宁夏日报",
    "【字体：大 中 小】",
    "字号：大 中 小",
    "来源：河北日报",
    "时间：2020-01-20",
    "责任编辑：王某",
    "1月29日，自治区主席咸辉作政府工作报告。本报记者 王鼎 摄",
    "（记者 王鼎 摄）",
    "扫一扫在手机打开当前页",
    "打印本页",
    "[ 打印 ] [ 关闭 ]",
    "【打印本页】 【关闭窗口】",
    "关闭窗口",
    "相关报道",
    "相关链接：遵义市人民政府网",
    "合肥市人民政府 - 政务公开",
    "政务公开_福州市人民政府门户网站",
    "相关阅读：《政府工作报告》图解",
    "分享到：",
    "（责任编辑：王某）",
    "【大 中 小】",
    "图为代市长刘某作政府工作报告。",
    "（图为会议现场）",
  ])("takes “%s” for residue", (line) => {
    expect(isResidue(line)).toBe(true);
  });

  it.each([
    "时间紧、任务重，我们要加快推进。",
    "来源于群众的意见建议全部办结。",
    "打印机产业园建成投产。",
    "关闭落后产能企业12家。",
    "相关工作取得新进展。",
    "合肥市人民政府 - 2015年政府工作报告",
    "相关链接：群众办事一网通办，事项全部网上可办。",
    "首页经济加快发展。",
    "2020年是全面建成小康社会之年。",
    "注：*为预计数",
    "（一）时间：全年",
    "主办第二届国际葡萄酒博览会，承办全国性会议12场。",
    "技术支持体系更加完善。",
    "版权保护工作不断加强。",
    "附件：有关情况说明",
    "附件1",
    "有效性不断提升。",
    "主题教育扎实开展。",
    "标题党、形式主义得到整治。",
    "（一）<em>标题</em>后面的正文。",
    "<b>一</b> > <i>二</i> > <u>三</u>",
    "试图为企业减负的政策全部落实。",
  ])("keeps the report sentence “%s”", (line) => {
    expect(isResidue(line)).toBe(false);
  });

  it("drops no line of the real reports and the development corpus except HTML comments and their trailing 来源：", () => {
    const residue = RAW_AND_DEV.flatMap((path) =>
      ingestFile(path).document.meta.dropped.filter((d) => d.reason === "residue").map((d) => `${path.split("/").pop()}:${d.line}: ${d.text}`),
    );
    expect(residue).toEqual(["hebei-2016.md:102: 来源：河北日报", "wuxi-2017.md:294: 来源：无锡市人民政府"]);
  }, 60_000);
});

describe("Markdown markup that holds words but no body text", () => {
  it("keeps an image's caption and a link definition out of the body, recorded as dropped, each warned as what it is", () => {
    const md = [
      "---",
      "title: 2021年测试市政府工作报告",
      "---",
      "",
      "2021年1月20日在测试市第五届人民代表大会第一次会议上",
      "",
      "各位代表：",
      "",
      "![会议现场](https://example.org/a.jpg)",
      "",
      "<!-- 图为大会现场 -->",
      "",
      "现在，我代表市人民政府，向大会报告工作。详见[统计公报][gb]。",
      "",
      "[gb]: https://example.org/b.html",
    ].join("\n");
    const r = ingestText("ceshi-2021.md", md);
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(["各位代表：", "现在，我代表市人民政府，向大会报告工作。详见统计公报。"]);
    expect(r.document.meta.dropped).toEqual([
      { line: 9, text: "会议现场", reason: "comment" },
      { line: 11, text: "图为大会现场", reason: "comment" },
      { line: 15, text: "[gb]: https://example.org/b.html", reason: "comment" },
    ]);
    const said = r.warnings.filter((w) => /kept out of the body/.test(w.message)).map((w) => `${w.line}: ${w.message.split(" kept")[0]}`);
    expect(said).toEqual(["9: image caption", "11: HTML comment", "15: link definition"]);
  });
});

describe("the page numbers of a printed page in a text of one paragraph per line", () => {
  const head = ["2020年测试市政府工作报告", "——2020年1月6日在测试市第四届人民代表大会第四次会议上", "市长 张三", "各位代表："];

  it("are residue alone on a line, in the forms official documents and PDF copies set them; a sentence with numbers is not", () => {
    for (const line of ["— 3 —", "—3—", "- 12 -", "-12-", "－ 5 －", "·3·", "第3页", "第 3 页 共 20 页", "第3页，共20页", "3/20"]) expect([line, isResidue(line)]).toEqual([line, true]);
    for (const line of ["3", "2020", "— 2020年 —", "第3页文件", "增长3/4"]) expect([line, isResidue(line)]).toEqual([line, false]);
  });

  it("join the paragraph a page cut mid-sentence, a word or a number split between the pages", () => {
    const r = ingestText("ceshi-2020.txt", [
      ...head,
      "一、2019年工作回顾",
      "过去一年，全市经济运行稳中有进。预计全年地区生产总值增长6%，地方一般公共预算收入增长8%，加快推进国",
      "— 1 —",
      "有企业改革，完成重组整合3户。",
      "二、2020年工作安排",
      "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业1.",
      "第2页",
      "2万人。",
    ].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text).filter((t) => t !== "各位代表：")).toEqual([
      "过去一年，全市经济运行稳中有进。预计全年地区生产总值增长6%，地方一般公共预算收入增长8%，加快推进国有企业改革，完成重组整合3户。",
      "今年经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，城镇新增就业1.2万人。",
    ]);
    expect(r.document.meta.dropped).toEqual([
      { line: 7, text: "— 1 —", reason: "residue" },
      { line: 11, text: "第2页", reason: "residue" },
    ]);
  });

  it("join no heading to the text after the page, nor a paragraph that ended, nor a page that opens a section", () => {
    const r = ingestText("ceshi-2020.txt", [
      ...head,
      "一、2019年工作回顾",
      "— 1 —",
      "过去一年，全市经济运行稳中有进，主要指标好于预期。",
      "— 2 —",
      "产业结构持续优化，三次产业结构调整为14:43:43，服务业比重提高1个百分点",
      "— 3 —",
      "（一）坚持稳中求进，推动经济高质量发展。",
      "二、2020年工作安排",
    ].join("\n"));
    expect(r.document.paragraphs.map((p) => p.text).filter((t) => t !== "各位代表：")).toEqual([
      "过去一年，全市经济运行稳中有进，主要指标好于预期。",
      "产业结构持续优化，三次产业结构调整为14:43:43，服务业比重提高1个百分点",
    ]);
    expect(r.document.headings.map((h) => h.text)).toEqual(["一、2019年工作回顾", "（一）坚持稳中求进，推动经济高质量发展。", "二、2020年工作安排"]);
  });

});

describe("Markdown emphasis marks that pair with none", () => {
  it("drops bold marks that pair with none in their paragraph (Xizang 2007), each recorded on its line, and the heading reads clean", () => {
    const md = [
      "---",
      "title: 2007年西藏自治区政府工作报告",
      "---",
      "",
      "各位代表：",
      "",
      "**一年来，我们主要做了以下工作：",
      "",
      "一、狠抓首要任务，新农村建设扎实推进**",
      "",
      "我们把改善农牧民生产生活条件、增加农牧民收入作为经济社会发展的首要任务。",
    ].join("\n");
    const r = ingestText("xizang-2007.md", md);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("一年来，我们主要做了以下工作：");
    expect(r.document.headings.map((h) => h.text)).toContain("一、狠抓首要任务，新农村建设扎实推进");
    expect(r.markdown).not.toContain("\\*");
    expect(r.document.meta.dropped).toEqual([
      { line: 7, text: "**", reason: "markup" },
      { line: 9, text: "**", reason: "markup" },
    ]);
    expect(r.warnings.filter((w) => /kept out of the body/.test(w.message)).map((w) => w.line)).toEqual([7, 9]);
  });
});

describe("an older site's page around a report (Inner Mongolia 1999, a 1990s web copy)", () => {
  it("reads 您现在的位置：首页 >> 政务公开 >> 政府工作报告 and the title bar 内蒙古自治区人民政府网站 -- 政务公开 as residue, and the report's own title as its title", () => {
    expect(isResidue("您现在的位置：首页 >> 政务公开 >> 政府工作报告")).toBe(true);
    expect(isResidue("首页 >> 政务公开 >> 政府工作报告")).toBe(true);
    expect(isResidue("内蒙古自治区人民政府网站 -- 政务公开")).toBe(true);
    const txt = [
      "内蒙古自治区人民政府网站 -- 政务公开",
      "您现在的位置：首页 >> 政务公开 >> 政府工作报告",
      "",
      "１９９９年内蒙古自治区政府工作报告",
      "",
      "【字体：大 中 小】",
      "　　１９９９年２月１日在内蒙古自治区第九届人民代表大会第二次会议上",
      "　　自治区主席 云布龙",
      "　　各位代表：",
      "　　１９９８年工作的回顾与总结",
      "　　据初步统计，全区国内生产总值达到１１９２亿元，比上年增长９．６％。",
      "　　１９９９年的主要工作任务",
      "　　主要目标是：国内生产总值增长８％。",
    ].join("\n");
    const r = ingestText("neimenggu-1999.txt", txt);
    expect(r.document.meta).toMatchObject({ title: "1999年内蒙古自治区政府工作报告", place_zh: "内蒙古自治区", speaker: "云布龙" });
    expect(r.document.meta.dropped.map((d) => d.line)).toEqual([1, 2, 6]);
  });
});

describe("a part the copy gives again after the report's close (Daqing 2014)", () => {
  // Daqing 2014: after …而努力奋斗！ and a comment holding the dateline, the page sets **二、2014年工作安排** and all its
  // paragraphs once more, the last with the dateline run on: …而努力奋斗！——2014年1月13日在大庆市第九届人民代表大会第三次会议上.
  const part = [
    "**二、2014年工作安排**",
    "今年政府工作总的要求是，坚持稳中求进总基调。主要预期目标：地区生产总值增长9%，地方财政收入增长15%，固定资产投资增长18%。",
    "（一）构建现代产业体系，推动经济持续健康发展。着眼打牢产业基础，力争三次产业分别增长11.6%、7.4%和16%。",
    "（二）积极稳妥推进新型城镇化，统筹建好宜居宜业家园。着眼打牢市政基础，新建续建87个重点项目。",
    "各位代表，完成全年发展任务目标，必须坚持市委统一领导，切实抓好政府自身建设。",
    "各位代表，落实改革任务需要攻坚克难。让我们团结拼搏，为加快建设现代化国际化城市而努力奋斗！",
  ];
  const md = [
    "---",
    "title: 大庆市政府工作报告 （2014年1月13日 夏立华）",
    "---",
    "——2014年1月13日在大庆市第九届人民代表大会第三次会议上",
    "大庆市市长 夏立华",
    "各位代表：",
    "**一、2013年工作回顾**",
    "过去一年，预计全市完成地区生产总值4332.7亿元、增长11.1%。",
    ...part,
    "<!-- ——2014年1月13日在大庆市第九届人民代表大会第三次会议上 -->",
    ...part.slice(0, -1),
    `${part.at(-1)}——2014年1月13日在大庆市第九届人民代表大会第三次会议上`,
  ].join("\n\n");

  it("keeps the repeat out of the body, each line dropped, the plan year's targets said once", () => {
    const r = ingestText("daqing-2014.md", md);
    const body = r.document.paragraphs.map((p) => p.text).join("\n");
    expect(body.split("主要预期目标").length - 1).toBe(1);
    expect(r.markdown.match(/^## .*$/gm)).toEqual(["## 一、2013年工作回顾", "## 二、2014年工作安排"]);
    expect(r.document.meta.dropped.filter((d) => d.text.includes("2014年工作安排"))).toHaveLength(1);
  });

  it("keeps a text that says its paragraphs again and again but ends on its own close: no repeat at its end", () => {
    const repeated = [...md.split("\n\n").slice(0, -part.length - 1), ...Array.from({ length: 40 }, () => part.slice(0, -1)).flat(), "让我们团结一心，开创新局面！"].join("\n\n");
    const r = ingestText("daqing-2014.md", repeated);
    expect(r.document.meta.dropped.filter((d) => d.text.includes("2014年工作安排"))).toHaveLength(0);
    expect(r.document.paragraphs.at(-1)?.text).toBe("让我们团结一心，开创新局面！");
  });
});

describe("a site's footer credit with no colon (Hunan 2022)", () => {
  it("drops the office that runs the site and the copyright after the closing words: `湖南省人民政府办公厅主办　　版权所有`", () => {
    expect(isResidue("湖南省人民政府办公厅主办　　版权所有")).toBe(true);
    expect(isResidue("湖南省人民政府办公厅主办")).toBe(true);
    expect(isResidue("某某市人民政府办公室 版权所有")).toBe(true);
    expect(isResidue("某某市人民政府主办 某某市大数据中心承办")).toBe(true);
  });

  it("keeps a sentence that names who hosts an event or speaks of copyright", () => {
    expect(isResidue("成功承办第十届中博会，由我省主办。")).toBe(false);
    expect(isResidue("加强版权保护，维护版权所有人合法权益。")).toBe(false);
    expect(isResidue("（三）坚持政府主导、企业主办")).toBe(false);
  });

  it("keeps the footer out of the body after the closing words", () => {
    const text = [
      "政府工作报告",
      "——2022年1月17日在网页省第十三届人民代表大会第五次会议上",
      "各位代表：",
      "一、2021年工作回顾",
      "实现地区生产总值4.6万亿元，增长7.7%。",
      "各位代表！让我们团结一心，以实际行动迎接党的二十大胜利召开！",
      "【打印本页】　【关闭窗口】",
      "网页省人民政府办公厅主办　　版权所有",
    ].join("\n");
    const r = ingestText("wangye-2022.txt", text);
    expect(r.document.paragraphs.at(-1)!.text).toBe("各位代表！让我们团结一心，以实际行动迎接党的二十大胜利召开！");
    expect(r.document.meta.dropped.map((d) => d.line)).toEqual([7, 8]);
  });
});

describe("a page's attachments listed under their label after the closing words (Suzhou 2019: 文档附件： then - 2019年政府工作报告.pdf)", () => {
  it("drops the label and the file's name, so the closing words end the body", () => {
    const md = [
      "---",
      "title: 2019年政府工作报告",
      "---",
      "",
      "——2019年1月21日在市十六届人大三次会议上",
      "",
      "市长 李某",
      "",
      "各位代表：",
      "",
      "一、2018年工作回顾",
      "",
      "预计实现地区生产总值1.86万亿元，增长6.8%。",
      "",
      "各位代表！让我们团结一心，奋力拼搏！",
      "",
      "文档附件：",
      "- 2019年政府工作报告.pdf",
      "",
    ].join("\n");
    const r = ingestText("suzhou-2019.md", md);
    expect(r.document.paragraphs.at(-1)!.text).toBe("各位代表！让我们团结一心，奋力拼搏！");
    expect(r.document.meta.dropped.map((d) => d.text)).toEqual(["文档附件：", "2019年政府工作报告.pdf"]);
  });

  it("keeps a sentence that names a document or an attachment", () => {
    expect(isResidue("附件：名词解释")).toBe(false);
    expect(isResidue("推广电子证照，PDF文件在线签章。")).toBe(false);
  });
});

describe("a government website's name on a line of its own above the page's title (Yunnan 2017: 云南省人民政府门户网站, then 2017年政府工作报告)", () => {
  it("is residue, dropped with its line, and no header line", () => {
    const r = ingestText(
      "yunnan-2017.txt",
      ["云南省人民政府门户网站", "2017年政府工作报告", "——2017年1月16日在云南省第十二届人民代表大会第五次会议上", "代省长 阮成发", "各位代表：", "一、2016年工作回顾", "全省生产总值增长8.7%。"].join("\n"),
    );
    expect(r.document.meta.dropped).toEqual([{ line: 1, text: "云南省人民政府门户网站", reason: "residue" }]);
    expect(r.document.meta.header).not.toContain("云南省人民政府门户网站");
    expect(r.document.meta).toMatchObject({ date: "2017-01-16", speaker: "阮成发" });
  });

  it("keeps a sentence that names the government's website", () => {
    expect(isResidue("建成云南省人民政府门户网站。")).toBe(false);
  });
});

describe("a page's pager left between two parts of the text a site split over pages (Heyuan 2014: 第1页第2页)", () => {
  it("is residue, dropped with its line, and no paragraph of the body", () => {
    const r = ingestText(
      "heyuan-2014.txt",
      ["河源市政府工作报告", "河源市市长 彭建文", "各位代表：", "二、着力提质扩容，积极稳妥推进新型城镇化", "提高城镇建设水平。引导农业转移人口市民化。", "第1页第2页", "三、坚持“三农”为重，加大强农惠农富农力度", "完善全市36个农技推广站。"].join("\n"),
    );
    expect(r.document.meta.dropped).toEqual([{ line: 6, text: "第1页第2页", reason: "residue" }]);
    expect(r.document.paragraphs.map((p) => p.text)).not.toContain("第1页第2页");
  });

  it("keeps a sentence on pages", () => {
    expect(isResidue("第1页第2页")).toBe(true);
    expect(isResidue("上一页 第1页 第2页 下一页")).toBe(true);
    expect(isResidue("报告第2页所列项目全部完成。")).toBe(false);
  });
});

describe("the offices an appended list of practical matters names under each item's task (Puer 2023: 主办单位：…)", () => {
  it("keeps them in the appendix, and still drops a site footer's 主办单位 line", () => {
    const r = ingestText(
      "puer-2023.txt",
      [
        "普洱市政府工作报告",
        "市长 王刚",
        "各位代表：",
        "一、2022年工作回顾",
        "全市实现地区生产总值1073亿元，增长3.1%。",
        "附件",
        "2023年6件惠民实事",
        "一、中心城区小学午间托管服务试点",
        "目标任务：采取“学校为主、家长自愿、试点先行、平稳推进、逐步铺开”方式，在思茅一小分校区、思茅二小分校区开展午间托管服务试点，切实减轻家庭负担。",
        "主办单位：市教育体育局，思茅区人民政府",
        "二、推行惠民殡葬服务",
        "目标任务：确保普洱市新殡仪馆4月前投入试运营，年内全面投入使用。",
        "主办单位：市民政局，各县（区）人民政府",
        "主办单位：普洱市人民政府办公室",
      ].join("\n"),
    );
    const text = r.document.paragraphs.map((p) => p.text);
    expect(text).toContain("主办单位：市教育体育局，思茅区人民政府");
    expect(text).toContain("主办单位：市民政局，各县（区）人民政府");
    expect(r.document.meta.dropped).toEqual([{ line: 14, text: "主办单位：普洱市人民政府办公室", reason: "residue" }]);
  });

  it("keeps them after an item's goal for the year too (Zhaotong 2023: 年度目标：… / 主办单位：市交运局，各县市区人民政府。)", () => {
    const r = ingestText(
      "zhaotong-2023.txt",
      [
        "昭通市政府工作报告",
        "市长 杨承新",
        "各位代表：",
        "一、2022年工作回顾",
        "地区生产总值完成1541亿元、增长3.7%。",
        "附件1",
        "10件民生实事",
        "五、改善农村交通出行条件",
        "年度目标：启动水富至巧家滨江美丽公路建设，新改建乡镇通三级公路180公里、农村公路1530公里，实施安防工程600公里，改造危桥40座。",
        "主办单位：市交运局，各县市区人民政府。",
      ].join("\n"),
    );
    expect(r.document.paragraphs.map((p) => p.text)).toContain("主办单位：市交运局，各县市区人民政府。");
    expect(r.document.meta.dropped).toEqual([]);
  });
});
