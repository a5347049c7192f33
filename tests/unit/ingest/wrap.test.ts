import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { breakJoin, fillsCells, fullLine, runningHeaders, unwrapLines, wrapWidth } from "../../../src/lib/source/wrap.ts";
import { splitLines } from "../../../src/lib/text/hygiene.ts";
import { RAW_AND_DEV, ingestText, root } from "../support/ingest.ts";
import { extractText } from "../figures/helpers.ts";

/** A page's layout of a text of one paragraph per line: each cut at `width` columns (a Han character or full-width sign two, any other one), the first line of each paragraph after `indent`. */
function wrap(text: string, width: number, indent = ""): string {
  const cols = (c: string) => (/[\u2e80-\ua4cf\uff00-\uff60\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/.test(c) ? 2 : 1);
  return splitLines(text)
    .flatMap((paragraph) => {
      const lines: string[] = [];
      let line = indent;
      let used = [...indent].reduce((n, c) => n + cols(c), 0);
      for (const c of paragraph) {
        if (used + cols(c) > width) [lines[lines.length], line, used] = [line, "", 0];
        line += c;
        used += cols(c);
      }
      return [...lines, line];
    })
    .join("\n");
}

const zhongwei = readFileSync(join(root, "content/raw/zhongwei-2020.txt"), "utf8");
const records = (text: string) => extractText("zhongwei-2020.txt", text).figures.map((f) => [f.quote, f.value, f.kind, f.year, f.metric]);
const paragraphs = (text: string) => ingestText("zhongwei-2020.txt", text).document.paragraphs.map((p) => p.text);

describe("a plain text wrapped at a fixed width, as a copy of a printed page (Zhongwei 2020 laid out at 76 columns)", { timeout: 30_000 }, () => {
  it("is read as the paragraphs it was cut from: the same figure records, quotes and all, with a warning", () => {
    const wrapped = wrap(zhongwei, 76);
    expect(wrapped.split("\n").length).toBeGreaterThan(2 * zhongwei.split("\n").length);
    expect(records(wrapped)).toEqual(records(zhongwei));
    const r = ingestText("zhongwei-2020.txt", wrapped);
    expect(r.warnings.filter((w) => /wrapped/.test(w.message)).map((w) => [w.line, w.message.replace(/\d+ line/, "N line")])).toEqual([
      [1, "the text is wrapped at 76 columns, as on a printed page: N line(s) joined to the line before, into paragraphs"],
    ]);
    // Without indentation, a paragraph that ends at the margin runs on into the next; no text is lost or changed.
    const read = r.document.paragraphs.map((p) => p.text).join("");
    for (const p of paragraphs(zhongwei)) expect(read).toContain(p);
  });

  it("and exactly so when the first line of each paragraph is indented", () => {
    expect(paragraphs(wrap(zhongwei, 60, "\u3000\u3000"))).toEqual(paragraphs(zhongwei));
  });

  it("joins two Latin words with a space, and a number cut at the margin without one", () => {
    const page = ["推进".repeat(19) + "Open", "Data" + "推进".repeat(18) + "2", "0%。"];
    for (let i = 0; i < 20; i++) page.push("建设".repeat(20), "完成。");
    const { lines, wrap: found } = unwrapLines(page.map((text, i) => ({ text, line: i + 1 })));
    expect(found).toEqual({ width: 80, joined: 22 });
    expect(lines[0]).toEqual({ text: `${"推进".repeat(19)}Open Data${"推进".repeat(18)}20%。`, line: 1 });
    expect(lines.slice(1, 3)).toEqual([
      { text: `${"建设".repeat(20)}完成。`, line: 4 },
      { text: `${"建设".repeat(20)}完成。`, line: 6 },
    ]);
  });

  it("joins an acronym or a word a copy counting characters cut at the margin without a space (Yinchuan 2016: 成功举办TMF全球智慧城市主题峰会)", () => {
    const page = [
      "签订合作项目40个，" + "推进".repeat(14) + "成功举办T",
      "MF全球智慧城市主题峰会、银川开放高峰论坛等系列节会，" + "推进".repeat(12) + "iB",
      "i育成中心跻身中国产业园创新力百强，" + "推进".repeat(15) + "简称TM",
      "Forum 或 TMF。",
    ];
    for (let i = 0; i < 20; i++) page.push("建设".repeat(20), "完成。");
    const { lines } = unwrapLines(page.map((text, i) => ({ text, line: i + 1 })));
    expect(lines[0]!.text).toContain("成功举办TMF全球智慧城市主题峰会");
    expect(lines[0]!.text).toContain("推进iBi育成中心");
    expect(lines[0]!.text).toContain("简称TM Forum 或 TMF。");
  });

  it("in a Markdown source too: a paragraph's lines cut at the margin are one paragraph again (Zhongwei 2021 at 72 columns)", () => {
    const source = readFileSync(join(root, "content/raw/zhongwei-2021.md"), "utf8");
    const end = source.indexOf("\n---\n", 4) + 5;
    const body = source
      .slice(end)
      .split("\n")
      .map((line) => (/^(?:#|\||<!--|\[\^)/.test(line) ? line : wrap(line, 72)))
      .join("\n");
    const wrapped = source.slice(0, end) + body;
    expect(wrapped.split("\n").length).toBeGreaterThan(1.5 * source.split("\n").length);
    const read = (text: string) => ingestText("zhongwei-2021.md", text);
    expect(read(wrapped).document.paragraphs.map((p) => p.text)).toEqual(read(source).document.paragraphs.map((p) => p.text));
    expect(read(wrapped).warnings.some((w) => /wrapped at 72 columns/.test(w.message))).toBe(true);
    const figures = (text: string) => extractText("zhongwei-2021.md", text).figures.map((f) => [f.quote, f.value, f.kind, f.year, f.metric]);
    expect(figures(wrapped)).toEqual(figures(source));
  });

  it("leaves every real report as it is: their lines share no width", () => {
    for (const path of RAW_AND_DEV) {
      const text = readFileSync(join(root, path), "utf8");
      expect([path, wrapWidth(splitLines(text))]).toEqual([path, null]);
    }
  });
});

describe("a wrapped text with the page numbers of a printed page between its lines (— 3 —, - 3 -, 第3页)", { timeout: 30_000 }, () => {
  /** The wrapped text with a page number after every `every` lines, in the given form, with blank lines around it or not. */
  const paged = (text: string, every: number, form: (n: number) => string, blank: boolean) =>
    text
      .split("\n")
      .flatMap((line, i) => ((i + 1) % every === 0 ? [line, ...(blank ? ["", form((i + 1) / every), ""] : [form((i + 1) / every)])] : [line]))
      .join("\n");

  it("reads the paragraphs a page cut as whole, and the numbers go to dropped:, each with its line and a warning", () => {
    const wrapped = wrap(zhongwei, 68, "\u3000\u3000");
    for (const [form, blank] of [[(n: number) => `— ${n} —`, false], [(n: number) => `- ${n} -`, true], [(n: number) => `第${n}页`, true]] as const) {
      const text = paged(wrapped, 30, form, blank);
      const r = ingestText("zhongwei-2020.txt", text);
      expect(r.document.paragraphs.map((p) => p.text)).toEqual(paragraphs(zhongwei));
      const numbers = text.split("\n").flatMap((t, i) => (t === form(1) || /^(?:— \d+ —|- \d+ -|第\d+页)$/.test(t) ? [{ line: i + 1, text: t, reason: "residue" }] : []));
      expect(numbers.length).toBeGreaterThan(5);
      expect(r.document.meta.dropped).toEqual(numbers);
      expect(r.warnings.filter((w) => /^page number kept out of the body/.test(w.message)).map((w) => w.line)).toEqual(numbers.map((n) => n.line));
    }
  });

  it("where paragraphs are indented, runs a line on that stops mid-sentence because the number after it went whole to the next line (Jiangxi 2017 at 72 columns)", () => {
    const page: string[] = [];
    for (let i = 0; i < 20; i++) page.push("\u3000\u3000" + "建设".repeat(17), "完成。");
    page.push(
      "\u3000\u3000聚焦向改革开放要动力，坚定不移推进改革攻坚、扩大双向开放，有效拓展经",
      "政机关公务用车改革。财税金融、医药卫生等改革取得新成效，全面完成农村信",
      "用社银行化改制。积极对接融入国家“一带一路”、长江经济带和长江中游城市群",
      "建设，成功举办泛珠行政首长联席会、绿发会、瓷博会、药交会、赣港会、赣台",
      "会等活动，实际利用外资增长10.2%，引进省外资金增长12%，对外投资增长",
      "15%，开放型经济快速发展。",
      "\u3000\u3000突出向创新创业要活力，多措并举推动大众创业、万众创新，全面激发经济",
    );
    const { lines, wrap: found } = unwrapLines(page.map((text, i) => ({ text, line: i + 1 })));
    expect(found?.width).toBe(72);
    expect(lines.slice(-2).map((l) => l.text)).toEqual([
      "\u3000\u3000聚焦向改革开放要动力，坚定不移推进改革攻坚、扩大双向开放，有效拓展经政机关公务用车改革。财税金融、医药卫生等改革取得新成效，全面完成农村信用社银行化改制。积极对接融入国家“一带一路”、长江经济带和长江中游城市群建设，成功举办泛珠行政首长联席会、绿发会、瓷博会、药交会、赣港会、赣台会等活动，实际利用外资增长10.2%，引进省外资金增长12%，对外投资增长15%，开放型经济快速发展。",
      "\u3000\u3000突出向创新创业要活力，多措并举推动大众创业、万众创新，全面激发经济",
    ]);
  });

  it("where paragraphs are not indented, runs a line on that stops mid-sentence because the number opening the next did not fit (Harbin 2005 at 72 columns)", () => {
    // Lines of 72 columns, and of 74 where a closing mark was kept off the next line.
    const page: string[] = [];
    for (let i = 0; i < 20; i++) page.push("建设".repeat(18), "建设".repeat(17) + "完成。", "完成。");
    page.push(
      // A short line before a number that would have fit ends its paragraph.
      "完成工业投资",
      "140亿元。",
      "商活动取得良好效果。全市直接利用外资实际投入2.57亿美元，增长13.7％。新批",
      "投资额500万美元以上项目29个，加拿大美康、美国加吉、德国麦德龙、瑞士伊文",
      "达等跨国企业进驻我市。国内经济合作取得新进展，到位资金100.6亿元，增长",
      "157.2%。对俄贸易额增长62.82%。与俄罗斯40多个科研单位建立合作关系，33个项",
      "目列入政府间合作计划，液流发生器、多用途轻型飞机等一批项目开始走向产业化。",
    );
    const { lines, wrap: found } = unwrapLines(page.map((text, i) => ({ text, line: i + 1 })));
    expect(found?.width).toBe(74);
    expect(lines.slice(-3).map((l) => l.text)).toEqual([
      "完成工业投资",
      "140亿元。",
      "商活动取得良好效果。全市直接利用外资实际投入2.57亿美元，增长13.7％。新批投资额500万美元以上项目29个，加拿大美康、美国加吉、德国麦德龙、瑞士伊文达等跨国企业进驻我市。国内经济合作取得新进展，到位资金100.6亿元，增长157.2%。对俄贸易额增长62.82%。与俄罗斯40多个科研单位建立合作关系，33个项目列入政府间合作计划，液流发生器、多用途轻型飞机等一批项目开始走向产业化。",
    ]);
  });

  it("but not a line that ends its sentence short of the margin, nor a short line such as a title", () => {
    const page: string[] = ["政府工作报告", "省长 刘奇"];
    for (let i = 0; i < 20; i++) page.push("\u3000\u3000" + "建设".repeat(17), "完成。");
    page.push("\u3000\u3000" + "建设".repeat(15) + "。", "附件");
    const { lines } = unwrapLines(page.map((text, i) => ({ text, line: i + 1 })));
    expect(lines.slice(0, 2).map((l) => l.text)).toEqual(["政府工作报告", "省长 刘奇"]);
    expect(lines.slice(-2).map((l) => l.text)).toEqual(["\u3000\u3000" + "建设".repeat(15) + "。", "附件"]);
  });

  it("passes over a page number between two lines of one paragraph, and keeps it after the paragraph, mended", () => {
    const page = [];
    for (let i = 0; i < 24; i++) page.push("建设".repeat(20), "完成。");
    // The fifth paragraph is cut after its first line.
    page.splice(9, 0, "", "— 1 —", "");
    const { lines } = unwrapLines(page.map((text, i) => ({ text, line: i + 1 })));
    expect(lines.slice(4, 8)).toEqual([
      { text: `${"建设".repeat(20)}完成。`, line: 9 },
      { text: "", line: 10 },
      { text: "— 1 —", line: 11, mended: true },
      { text: "", line: 12 },
    ]);
    expect(lines[8]).toEqual({ text: `${"建设".repeat(20)}完成。`, line: 14 });
  });
});

describe("a copy of a PDF wrapped by characters, its paragraphs not indented (Jining 2025 at 38 characters)", () => {
  // Lines of 38 characters, digits and Han alike, as the copy sets them.
  const filler: string[] = [];
  for (let i = 0; i < 20; i++) filler.push("建设".repeat(19), "完成。");
  const unwrap = (page: string[]) => unwrapLines(page.map((text, i) => ({ text, line: i + 1 }))).lines.map((l) => l.text);

  it("ends a paragraph on a sentence that stops a character short of a full line, though it reaches the slack of the margin", () => {
    const page = [
      ...filler,
      "维稳安保任务，刑事、治安警情分别下降43.9%、14.3%，电信网络诈骗发案",
      "减少15.2%。地方债务化解和融资平台改革转型有序推进，不良贷款率保持较低水",
      "平。信访工作法治化成效明显，食品药品安全水平不断提高，“保交楼”全部完成。",
      "过去一年，国防动员、退役军人、双拥共建等工作扎实推进，对口援疆和协作万州实现",
      "新进展。",
      "五五”良好开局打牢基础，奋力推动中国式现代化济宁实践迈出更加坚实的步伐。",
      "今年经济社会发展的主要预期目标是:地区生产总值增长5.5%以上，一般公共预算",
      "收入增长3.5%左右。",
    ];
    expect(unwrap(page).slice(-4)).toEqual([
      "维稳安保任务，刑事、治安警情分别下降43.9%、14.3%，电信网络诈骗发案减少15.2%。地方债务化解和融资平台改革转型有序推进，不良贷款率保持较低水平。信访工作法治化成效明显，食品药品安全水平不断提高，“保交楼”全部完成。",
      "过去一年，国防动员、退役军人、双拥共建等工作扎实推进，对口援疆和协作万州实现新进展。",
      "五五”良好开局打牢基础，奋力推动中国式现代化济宁实践迈出更加坚实的步伐。",
      "今年经济社会发展的主要预期目标是:地区生产总值增长5.5%以上，一般公共预算收入增长3.5%左右。",
    ]);
  });

  it("but runs on a sentence that ends a full line, and a line a hung mark took past it sets no fuller line", () => {
    const page = [...filler, "建设".repeat(18) + "完成。", "推进".repeat(19), "完成。", "建设".repeat(19) + "。", "推进".repeat(19), "完成。"];
    expect(unwrap(page).slice(-2)).toEqual(["建设".repeat(18) + "完成。" + "推进".repeat(19) + "完成。", "建设".repeat(19) + "。" + "推进".repeat(19) + "完成。"]);
    expect(fullLine(page, 76)).toBe(38);
    expect(fullLine([...page, ...filler.map((l) => (l.length === 38 ? l + "。" : l))], 78)).toBe(38);
  });

  it("and so a sentence that ends a full line holding digits, short of the margin in columns (Yancheng 2016 at 38 characters)", () => {
    const page = [
      ...filler,
      "投资1700亿元，新兴产业主营业务收入增长30.7%。东台跻身全国工业百强县",
      "（市）。服务业增加值、投资、税收分别增长12.5%、25.5%、13.2%。",
      "电子商务交易额突破千亿元。中华麋鹿园创成5A级景区，黄海海滨森林公园创成国家",
      "级森林公园。",
    ];
    expect(unwrap(page).slice(-1)).toEqual([page.slice(-4).join("")]);
    // But a line that opens on the time it speaks of opens a paragraph.
    const next = [...page.slice(0, -2), "2015年，全市城镇化率达54.8%。"];
    expect(unwrap(next).slice(-2)).toEqual([page.slice(-4, -2).join(""), "2015年，全市城镇化率达54.8%。"]);
  });

  it("and runs on a sentence that ends a full line holding digits, short of the margin in columns (Yichang 2014 at 38 characters)", () => {
    const page = [
      ...filler,
      "首批示范基地。宜昌市被确定为全国城镇低效用地再开发试点城市。夷陵、远安获全国",
      "国土资源节约集约模范县市称号。全市单位GDP能耗下降5%、地耗下降8%以上。",
      "植树造林24.77万亩。治理水土流失面积62平方公里。实施减排项目139个。",
      "城区PM2.5监测全面启动。节能减排年度任务全面完成。",
      "学前教育加快发展，新建、改扩建公办幼儿园44所，学前三年毛入园率达到83%。",
      "9个县（市、区）通过国家义务教育均衡发展合格县市区复核认定。",
    ];
    expect(unwrap(page).slice(-2)).toEqual([
      "首批示范基地。宜昌市被确定为全国城镇低效用地再开发试点城市。夷陵、远安获全国国土资源节约集约模范县市称号。全市单位GDP能耗下降5%、地耗下降8%以上。植树造林24.77万亩。治理水土流失面积62平方公里。实施减排项目139个。城区PM2.5监测全面启动。节能减排年度任务全面完成。",
      "学前教育加快发展，新建、改扩建公办幼儿园44所，学前三年毛入园率达到83%。9个县（市、区）通过国家义务教育均衡发展合格县市区复核认定。",
    ]);
    // Not before words that open a paragraph looking back or weighing the targets (Urumqi 2025, Shanxi 2005), though
    // a sentence mid-paragraph at the margin runs on.
    const growth = "外贸进出口总额增长14.5%，城乡居民人均可支配收入分别增长5.6%、9%。";
    expect(breakJoin(growth, "居民消费价格涨幅控制在3%以内。", 76, { cells: true, full: 38 })).toBe("");
    expect(breakJoin(growth, "过去一年，我们坚持旗帜鲜明讲政治，坚决把党的领导贯穿政府工作全过程各方面。", 76, { cells: true, full: 38 })).toBeNull();
    expect(breakJoin(growth, "确定这样的预期目标，符合科学发展观的要求，符合我市实际情况和发展需要。", 76, { cells: true, full: 38 })).toBeNull();
    // A copy's space before the comma keeps the opening (Shaoyang 2016: `过去五年 ，是综合实力大幅提升的五年。`).
    expect(breakJoin(growth, "过去五年 ，是综合实力大幅提升的五年。全市地区生产总值年均增长10.5%，", 76, { cells: true, full: 38 })).toBeNull();
  });
});

describe("a number the margin cut in a copy wrapped by characters (Henan 2018: 年均新登记各类市场主体86. / 6万户)", () => {
  it("goes on into the next line, though its digits leave the line short of the margin", () => {
    expect(breakJoin("业成本，规模以上工业增加值年均增长9.5%。年均新登记各类市场主体86.", "6万户，新型农业经营主体发展到24.7万家。三是强化要素保障。深入实施职", 72)).toBe("");
    expect(breakJoin("百分点。财政总收入先后迈过4000亿元、5000亿元台阶，达到5238.", "3亿元，年均增长9.8%。金融机构本外币存、贷款余额分别突破6万亿元和4", 72)).toBe("");
    expect(breakJoin("3亿元，年均增长9.8%。金融机构本外币存、贷款余额分别突破6万亿元和4", "万亿元，是2012年末的1.9倍和2.1倍。粮食产能新增150亿斤，达到", 72)).toBe("");
  });

  it("but a line that ends a sentence, or a number followed by a Han word, still ends there", () => {
    expect(breakJoin("住了不发生区域性系统性风险的底线。", "（二）调结构促转型，质量效益明显提升。", 72)).toBeNull();
    expect(breakJoin("完成营造林600万亩", "加快沿黄生态带建设。", 72)).toBeNull();
  });

  it("and a sentence that ends at the margin before the next item of a numbered list ends its paragraph (Nanchong 2022 at 72 columns)", () => {
    expect(breakJoin("例实现标准化支付改革，确保参保人购买到高质量、有效率、能负担的医药服务。", "3.惠民惠农财政补贴资金一卡通管理“五个一”模式：一张清单明政策、一部热线", 72)).toBeNull();
    expect(breakJoin("据资源中心，推进城市智能运行中心建设，争创成渝地区大数据中心枢纽节点城市。", "10.优化提升营商环境。启动建设市民中心，深化“一网通办”前提下的“最多跑", 72)).toBeNull();
    // A space after the item's mark (Zhuzhou 2020's 名词解释 copied at 38 characters a line: …乱建等问题。 / 10. 三会一层（P5）：…).
    expect(breakJoin("9. 河湖“清四乱”（P4）：清理整治江河湖库乱占、乱采、乱堆、乱建等问题。", "10. 三会一层（P5）：党委会、董事会、监事会、经理层。", 78, { indents: true, cells: true })).toBeNull();
    // A number cut at the margin, or one after words that run on, still goes on.
    expect(breakJoin("百分点。财政总收入先后迈过4000亿元、5000亿元台阶，达到5238.", "3亿元，年均增长9.8%。金融机构本外币存、贷款余额分别突破6万亿元和4", 72)).toBe("");
    expect(breakJoin("的外部环境、艰巨繁重的发展任务、百年不遇的疫情冲击，我们坚定以习近平新时", "3.5万人次，…", 72)).toBe("");
  });

  it("and a sentence that ends at the margin before an appendix's label on its own line ends its paragraph (Shizuishan 2023 at 76 columns: …满足老年人生活需要。 / 附件2)", () => {
    expect(breakJoin("10.实施适老基地项目建设，改扩建市老年大学，丰富和满足老年人生活需要。", "附件2", 76)).toBeNull();
    expect(breakJoin("为全面建设社会主义现代化美丽石嘴山而团结奋斗！引领生活新风尚新风尚新风尚。", "附件", 76)).toBeNull();
    // Words that open with 附 and run on a sentence still go on.
    expect(breakJoin("为全面建设社会主义现代化美丽石嘴山而团结奋斗！引领生活新风尚新风尚新风尚。", "附近村庄的群众……", 76)).toBe("");
  });
});

describe("an entry of a list numbered in brackets after one that ended at the margin (Sichuan 2020's 名词解释 as a PDF copy at 38 characters)", () => {
  it("opens a paragraph of its own: …住房安全有保障。 / （16）新获批在川设立外国领事机构2家:…", () => {
    const before = "（15）“两不愁三保障”：不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。";
    expect(breakJoin(before, "（16）新获批在川设立外国领事机构2家:尼泊尔、希腊。", 76)).toBeNull();
    expect(breakJoin(before, "（16）新获批在川设立外国领事机构2家:尼泊尔、希腊。", 76, { cells: true, full: 38 })).toBeNull();
    expect(breakJoin("（26）“清四乱”行动：对乱占、乱采、乱堆、乱建等突出问题开展专项清理整治。", "（27）“蜀乡亲”手机客户端：四川农民工服务平台移动端（可在四川农民工服务网", 76)).toBeNull();
    // After a sentence that did not end there, a number in brackets goes on it.
    expect(breakJoin("项目，坚决打好防范化解重大风险、精准脱贫、污染防治“三个攻坚战”，我们要向在座的", "（16）个县区报告。", 76)).toBe("");
  });
});

describe("an ordinal the margin put first on a line of a copy that indents its paragraphs (Shandong 1996 at 76 columns)", () => {
  it("goes on the paragraph when that line is not indented: …领导体制和组织制度。 / 第三，加强企业管理。…", () => {
    const before = "到实处。完善企业法人治理结构，建立与现代企业制度相适应的领导体制和组织制度。";
    const after = "第三，加强企业管理。继续深入扎实地开展“管理效益年”活动，积极采用先进管理方";
    expect(breakJoin(before, after, 76, { indents: true })).toBe("");
    // Indented, it opens a paragraph; so does a part or section numeral, indented or not, and an ordinal where nothing is indented.
    expect(breakJoin(before, `　　${after}`, 76, { indents: true })).toBeNull();
    expect(breakJoin(before, "（三）加强企业管理。继续深入扎实地开展“管理效益年”活动，积极采用先进管理方", 76, { indents: true })).toBeNull();
    expect(breakJoin(before, after, 76)).toBeNull();
  });
});

describe("a rank the margin cut before its comma, in a copy that does not indent (Tongren 2024 as a PDF copy at 38 characters)", () => {
  it("goes on the sentence: …居民健康素养率全省 / 第一，思南县、德江县人民医院成功创建三甲综合医院。…", () => {
    const before = "审，每千人口拥有3岁以下婴幼儿托位4.12个、排全省前列，居民健康素养率全省";
    const after = "第一，思南县、德江县人民医院成功创建三甲综合医院。“保交楼”交付32909套";
    expect(breakJoin(before, after, 76, { cells: true })).toBe("");
    // After the end of a sentence or a clause, or after a line short of the margin, the ordinal opens a paragraph.
    expect(breakJoin("审，每千人口拥有3岁以下婴幼儿托位4.12个、排全省前列，居民健康素养率全省领先。", after, 76, { cells: true })).toBeNull();
    expect(breakJoin("居民健康素养率全省", after, 76, { cells: true })).toBeNull();
  });
});

describe("a part's numeral the margin cut from the word it ends (State Council 1996 as a PDF copy at 38 characters)", () => {
  it("goes on the sentence: …建设成为职能统 / 一、具有权威的宏观调控部门；…", () => {
    const before = "范金融风险。进一步调整和改革政府机构，把综合经济部门逐步调整和建设成为职能统";
    const after = "一、具有权威的宏观调控部门；把专业经济管理部门逐步改组为不具有政府职能的经济";
    expect(breakJoin(before, after, 76)).toBe("");
    // After a sentence's end, or before a title alone on its line, or after a line short of the margin, the numeral opens a part.
    expect(breakJoin("范金融风险。进一步调整和改革政府机构，把综合经济部门逐步调整和建设成为职能统一。", after, 76)).toBeNull();
    expect(breakJoin(before, "一、以企业改革为中心积极推进经济体制改革", 76)).toBeNull();
    expect(breakJoin("建设成为职能统", after, 76)).toBeNull();
  });
});

describe("a numeral the margin put first on a line after a quotation left open (Lu'an 2016 as a PDF copy at 37 characters)", () => {
  it("goes on the quote: …全面实施“三证合 / 一、一照一码”，新登记各类市场主体2.8万户。…", () => {
    const before = "单位工资制度改革和公车制度改革顺利实施。深化商事制度改革，全面实施“三证合";
    const after = "一、一照一码”，新登记各类市场主体2.8万户。积极开展农村集体产权制度改革";
    expect(breakJoin(before, after, 74, { cells: true })).toBe("");
    expect(breakJoin(before, after, 74)).toBe("");
    // A quotation closed on the line, or a line short of the margin, leaves the part's numeral its line.
    expect(breakJoin("单位工资制度改革和公车制度改革顺利实施。深化商事制度改革，全面实施“三证合一”", after, 74)).toBeNull();
    expect(breakJoin("全面实施“三证合", after, 74)).toBeNull();
  });
});

describe("numerals listed before what they count, put first on a line by the margin (Ningxia 2014 as a PDF copy at 38 characters)", () => {
  it("go on the sentence: …增长10%以上，其中 / 一、二、三产业分别增长3%、13%和7%;…", () => {
    const before = "——经济实力不断增强。预计实现地区生产总值2600亿元，增长10%以上，其中";
    const after = "一、二、三产业分别增长3%、13%和7%;地方公共财政预算收入308亿元，增";
    expect(breakJoin(before, after, 76, { indents: true })).toBe("");
    // A part's numeral still opens a line of its own, whatever its title's first word.
    expect(breakJoin(before, "一、稳中求进，迎难而上，保持经济社会良好发展势头", 76, { indents: true })).toBeNull();
    expect(breakJoin(before, "二、三大攻坚战取得决定性成就", 76, { indents: true })).toBeNull();
  });

  it("go on the sentence when they name grades: …优质医疗卫生资源加快向岛外扩展， / 二、三级医院服务向社区延伸，… (Xiamen 2006 at 38 characters)", () => {
    const before = "一医院和中山医院综合病房大楼等工程进展顺利，优质医疗卫生资源加快向岛外扩展，";
    const after = "二、三级医院服务向社区延伸，农村药品供应网络基本建成。成功举办“纪念抗日战争";
    expect(breakJoin(before, after, 76)).toBe("");
  });
});

describe("an address to the deputies after a sentence that ended at the margin (Ulanqab 2018, a scanned copy at 76 columns)", () => {
  it("opens a paragraph of its own", () => {
    expect(breakJoin("险各项工作，坚决打好防范化解重大风险、精准脱贫、污染防治“三个攻坚战”，奋力夺取", "决胜全面建成小康社会伟大胜利。", 76)).toBe("");
    expect(breakJoin("项工作，坚决打好防范化解重大风险、精准脱贫、污染防治“三个攻坚战”，夺取伟大胜利。", "各位代表！实现梦想，时不我待。从现在到2020年，是全面建成小康社会决胜期，仅有", 76)).toBeNull();
    // Inside a sentence it goes on.
    expect(breakJoin("项工作，坚决打好防范化解重大风险、精准脱贫、污染防治“三个攻坚战”，我们要向在座的", "各位代表，向全市各族人民报告。", 76)).toBe("");
  });
});

describe("a copy that gives every character one cell (Henan 2018: every line 36 characters, digits or not)", () => {
  const full = "建设".repeat(18);
  const henan = [
    "算2017年达到4.5万亿元，年均增长8.4%，高于全国平均水平1.3个",
    "业率和城镇登记失业率分别控制在5.5%、4.5%以内，常住人口城镇化率提",
    "0万农村贫困人口稳定脱贫、19",
  ];

  it("is told from one whose digits take half a cell", () => {
    const page: string[] = [];
    for (let i = 0; i < 20; i++) page.push(full, ...henan, "完成。");
    expect(fillsCells(page, 72)).toBe(true);
    // Where digits take half a cell, a line of 36 columns of Han and digits holds more than 36 characters.
    const half: string[] = [];
    for (let i = 0; i < 20; i++) half.push(full, "建设".repeat(16) + "增长12.5%，", "完成。");
    expect(fillsCells(half, 72)).toBe(false);
  });

  it("runs on a line that stops mid-clause short of the margin only by its half-width characters", () => {
    expect(breakJoin(henan[0]!, "百分点。财政总收入先后迈过4000亿元、5000亿元台阶，达到5238.", 72, { cells: true })).toBe("");
    expect(breakJoin(henan[1]!, "高1.5个百分点以上，研究与试验发展经费投入增长15%以上，单位生产", 72, { cells: true })).toBe("");
    expect(breakJoin("贫困县村和非贫困县村精准脱贫工作，实现110万农村贫困人口稳定脱贫、19", "个国定贫困县和14个省定贫困县脱贫摘帽，完成6.29万人易地搬迁安置点建", 72, { cells: true })).toBe("");
    // Counted in columns, as a copy whose digits take half a cell, it stops short.
    expect(breakJoin(henan[0]!, "百分点。财政总收入先后迈过4000亿元、5000亿元台阶，达到5238.", 72)).toBeNull();
  });

  it("where paragraphs are indented, runs on a line that ends a sentence at the margin so counted into a line not indented (Chongqing 2004 at 38 characters)", () => {
    const before = "发100个重大项目提前5年建成或实施，规划确定了第二批300个重点建设项目。";
    expect(breakJoin(before, "提出比原计划提前十年即到2010年建成长江上游交通、通信枢纽的规划目标，高速", 76, { indents: true, cells: true })).toBe("");
    expect(breakJoin("——促进社会全面进步。城镇化率达到39.8%;人口自然增长率控制在4‰以内；", "人均受教育年限达到8.1年。", 76, { indents: true, cells: true })).toBe("");
    // An indented line still starts a paragraph of its own.
    expect(breakJoin(before, "　　各位代表，巴渝大地充满着令人激动的生机与活力。重庆城乡处处的每一个变化", 76, { indents: true, cells: true })).toBeNull();
  });

  it("but a line that ends its sentence there still ends its paragraph", () => {
    expect(breakJoin("9.8%、42.6%。新业态新技术新模式对经济增长的支撑作用明显提升。", "——基础能力不断增强。郑州航空港经济综合实验区、郑洛新国家自主创新示范区", 72, { cells: true })).toBeNull();
  });

  it("runs on a line cut short by the number the next line opens with, counting that number a cell a character (Jincheng 2022 as a PDF copy at 38 characters)", () => {
    expect(breakJoin("“六保”工作，全市经济运行稳定恢复、稳中加固、稳中向好。全年GDP增长", "11.6％，排名全省第一；总量1912.4亿元，排名全省第五，较上年前进两位，", 78, { cells: true })).toBe("");
    expect(breakJoin("“2＋26”城市排名第三。集中攻坚房产办证难问题，应发证房屋登记比例达到", "76％。灾后重建有力有效，安全形势总体平稳，荣获“2017－2020年度平安", 78, { cells: true })).toBe("");
    // Not a line whose number would have fit after it.
    expect(breakJoin("“六保”工作，全市经济运行稳定恢复、稳中加固、稳中向好。全年增长", "11.6％，排名全省第一；总量1912.4亿元，排名全省第五，较上年前进两位，", 78, { cells: true })).toBeNull();
  });

  it("runs on a line that ends a clause at the margin so counted with a semicolon (Baiyin 2014 at 38 characters)", () => {
    const before = "标准化养殖小区75家，牛、羊饲养量分别达到17.23万头、430.15万只；";
    expect(breakJoin(before, "新增特色经济林15万亩。农业科技推广力度不断加大，推广全膜双垄沟播131.1", 76, { cells: true })).toBe("");
    // Not into an item of a list its ordinal word opens, nor counted in columns, where it stops short.
    expect(breakJoin(before, "二是新增特色经济林15万亩。农业科技推广力度不断加大，推广全膜双垄沟播131", 76, { cells: true })).toBeNull();
    expect(breakJoin(before, "新增特色经济林15万亩。农业科技推广力度不断加大，推广全膜双垄沟播131.1", 76)).toBeNull();
  });
});

describe("a copy wrapped by characters whose typesetter hung a punctuation mark past the margin (Sichuan 2004 as a PDF copy at 38 characters: …实现净利润162 / .8亿元，增长43.6%。…)", { timeout: 30_000 }, () => {
  /** Each paragraph indented and cut every `n` characters, digits or not; a punctuation mark that would open a line hangs at the end of the one before (n + 1 characters). */
  const hung = (text: string, n: number) =>
    splitLines(text)
      .flatMap((p) => {
        const out: string[] = [];
        let t = [..."\u3000\u3000" + p];
        while (t.length > n) {
          const k = /[，。、；：！？”）%]/.test(t[n]!) ? n + 1 : n;
          out.push(t.slice(0, k).join(""));
          t = t.slice(k);
        }
        return t.length ? [...out, t.join("")] : out;
      })
      .join("\n");

  it("is read as wrapped at the hung lines' width, though the lines holding digits end short of it and more lines end at the width of the rest", () => {
    // Lines of 38 characters, Han alone (76 columns) or holding a few digits (72 to 74), and lines hung one mark past.
    const full = ["督支持下，省政府动员和组织全省各族人民，高举邓小平理论和“三个代表”重要思想", "伟大旗帜，认真贯彻党的十六大、十六届三中全会精神，紧紧抓住发展这个第一要务，"];
    const digits = ["\u3000\u30002003年，按照党中央、国务院的部署，在省委领导下，在省人大、省政协的监", "全省发现的非典疫情均为输入性，确诊的20例病例中，2例因无抢救机会死亡，其余", "旅游、交通等行业造成的严重影响，消费需求稳步增长。社会消费品零售总额2091"];
    const hanging = ["\u3000\u3000（四）改革开放成效显著。按照建立现代企业制度的要求，全面推进国有企业改革。", "水污染治理初见成效，出川水质达到Ⅲ类，城市环境综合整治和地质灾害防治取得进展。"];
    const page: string[] = [];
    for (let i = 0; i < 5; i++) page.push(...full, ...full, ...full, ...digits, hanging[i % 2]!, "搞好兵役工作和转业、复员、退伍军人安置。");
    // More lines end within the slack of 76 columns (72 to 76) than of 78, but one line in eleven runs past 76: the margin is 78.
    expect(wrapWidth(page)).toBe(78);
    expect(fillsCells(page, 78)).toBe(true);
  });

  it("its paragraphs joined again as they were written (Zhongwei 2020 cut at 36, 38 and 40 characters)", () => {
    for (const n of [36, 38, 40]) expect(paragraphs(hung(zhongwei, n))).toEqual(paragraphs(zhongwei));
  });
});

describe("a dateline line in a wrapped copy that indents its paragraphs (Ningxia 2009: ——2009年1月14日在自治区第十届人民代表大会第二次会议上 / 政府工作报告)", () => {
  it("is whole: the title under it is no part of it", () => {
    expect(breakJoin("——2009年1月14日在自治区第十届人民代表大会第二次会议上", "政府工作报告", 76, { indents: true, cells: true })).toBeNull();
    expect(breakJoin("（2009年1月14日在自治区第十届人民代表大会第二次会议上）", "自治区主席 王正伟", 76, { indents: true, cells: true })).toBeNull();
    // A body line that reaches the margin at 会议上 still runs on.
    expect(breakJoin("　　认真落实自治区党委十三届三次全会暨党委经济工作会和市委六届六次全体会议上", "提出的各项要求，坚持稳中求进工作总基调。", 76, { indents: true, cells: true })).toBe("");
  });
});

describe("a dash after a sentence's end, in a wrapped copy (Henan 2018: …均等化水平明显提高。 / ——人民生活更加富裕。)", () => {
  it("opens an item of a list, even after a full line", () => {
    const before = "系更加健全，多层次社会保障体系更加完善，基本公共服务均等化水平明显提高。";
    expect(breakJoin(before, "——人民生活更加富裕。全省现行标准下农村贫困人口全部脱贫，贫困县全部摘帽", 72)).toBeNull();
    expect(breakJoin(before, "——人民生活更加富裕。全省现行标准下农村贫困人口全部脱贫，贫困县全部摘帽", 72, { cells: true })).toBeNull();
  });

  it("but a full line that stops mid-sentence still runs on into it", () => {
    expect(breakJoin("系更加健全，多层次社会保障体系更加完善，基本公共服务均等化水平明显提高", "——人民生活更加富裕。", 72)).toBe("");
  });
});

describe("a ratio cut at the margin after a colon, in a copy that gives every character one cell (Sanya 2014)", () => {
  it("runs on: the colon after a digit separates the ratio's terms, it ends no clause", () => {
    expect(breakJoin("值分别增长6.4％、9.2％和11.1％，三次产业结构为13.3：19.8：", "66.9。围绕特色优势农产品生产，扶持农民专业合作社发展，加快农业现代化步伐", 76, { indents: true, cells: true })).toBe("");
    // A colon after words still introduces what follows, and its line may end the paragraph.
    expect(breakJoin("今年我市经济社会发展的主要预期目标是：", "全市生产总值增长10%左右", 76, { indents: true, cells: true })).toBeNull();
  });
});

/** The opening lines of Baotou 2014, which the copies below set in two shapes. */
const BAOTOU_HEAD = [
  "包头市政府工作报告",
  "———2014年1月9日在包头市第十四届人民代表大会第二次会议上",
  "包头市代市长 包钢",
  "各位代表：",
  "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和列席会议的同志提出意见。",
  "2013年工作回顾",
];

describe("a double-spaced copy of a gazette's pages with a running header over each page number (Baotou 2014)", { timeout: 30_000 }, () => {
  const paragraphs = [
    ...BAOTOU_HEAD,
    "2013年，在宏观经济下行压力较大、市场需求持续低迷的形势下，全市认真落实中央和自治区稳增长、调结构、促改革、惠民生的要求，经济社会总体保持稳中有进的发展态势。预计地区生产总值3500亿元，增长9.5%；固定资产投资2990亿元，增长18%；社会消费品零售总额1070亿元，增长11%；地方财政总收入345亿元，增长5.6%；城镇居民人均可支配收入36600元，增长9.5%；农牧民人均纯收入12680元，增长11%。",
    "一是确保经济平稳健康发展。坚持把稳工业放在突出位置，认真落实电力多边交易、电价补贴、减少涉企收费、中小企业贷款贴息等措施，累计降低企业用电成本6.9亿元，减免税费12亿元，减少亏损企业63户，16户规模以上停产半停产企业恢复生产。突出抓好重大项目建设，全年实施投资5000万元以上重点项目901个，竣工425个，完成投资1820亿元。着力调整产业结构，高耗能产业占规模以上工业比重下降3个百分点，装备制造业对经济增长贡献率达到28%，高新技术产业增长高于规模以上工业增速2个百分点。",
    "二是切实抓好城乡基础设施建设。实施城建重点项目198个，完成投资307亿元，新建改建道路25条，对27个小区供热和天然气管网进行了改造，扩建了5座污水处理厂，城镇综合承载能力进一步增强。新都市区道路、综合管廊等基础设施开工建设。投资2.67亿元改善农田水利基础设施。在土右旗、达茂旗和固阳县全面开展整乡、整村搬迁改造示范建设，整合搬迁村庄50个、1659户，农牧民生产生活条件不断改善。",
  ];
  const header = "包头市人民政府公报　　　　2014年第2期";
  // Every paragraph indented and cut at 76 columns, a blank line after every line, 8 lines to a page.
  const lines = wrap(paragraphs.join("\n"), 76, "\u3000\u3000").split("\n");
  const page: string[] = [];
  for (let i = 0, n = 1; i < lines.length; i += 8, n++) page.push(header, "", ...lines.slice(i, i + 8).flatMap((l) => [l, ""]), `— ${n} —`, "", "");
  const text = page.join("\n");

  it("joins the lines into their paragraphs, across the pages, with no header in them", () => {
    const r = ingestText("baotou-2014.txt", text);
    const body = r.document.paragraphs.map((p) => p.text);
    for (const p of [4, 6, 7, 8].map((i) => paragraphs[i]!)) expect(body).toContain(p);
    expect(body.join("")).not.toContain("公报");
    expect(r.document.meta.congress).toBe("包头市第十四届人民代表大会第二次会议");
    expect(r.warnings.filter((w) => /running page header/.test(w.message)).length).toBe(page.filter((l) => l === header).length);
    expect(r.warnings.filter((w) => /breaks off/.test(w.message))).toEqual([]);
  });

  it("but a short line that stands three times with no page number by it is no header", () => {
    expect(runningHeaders(["各位代表", "— 1 —", "稳增长", "建设。", "稳增长", "建设。", "稳增长", "建设。"])).toEqual(new Set());
    expect(runningHeaders([header, "建设。", "— 1 —", header, "建设。", "— 2 —", header, "建设。"])).toEqual(new Set([header]));
  });

  it("and one that carries its page's number, different on each page, is one header (包头市人民政府公报　　2014年第2期　　·12·)", () => {
    const numbered = [1, 2, 3].map((n) => `${header}　　·${n}·`);
    expect(runningHeaders([numbered[0]!, "建设。", numbered[1]!, "建设。", numbered[2]!, "建设。"])).toEqual(new Set(numbered));
    const text = page.filter((l) => !/^— \d+ —$/.test(l)).map((l, i) => (l === header ? `${l}　　·${i}·` : l)).join("\n");
    const body = ingestText("baotou-2014.txt", text).document.paragraphs.map((p) => p.text);
    for (const p of [4, 6, 7, 8].map((i) => paragraphs[i]!)) expect(body).toContain(p);
  });
});

describe("a page number a wrapped paragraph went on past, then a line the paragraph ends on cut inside a word (Guyuan 2016 at 76 columns)", () => {
  it("marks no cut at the paragraph's end: the indented appendix heading after it stays a line of its own", () => {
    const head = ["\u3000\u3000固原市政府工作报告", "\u3000\u3000——2016年1月19日在固原市第三届人民代表大会第四次会议上", "\u3000\u3000固原市市长 马汉成", "\u3000\u3000各位代表："];
    const filler = Array.from({ length: 12 }, (_, i) => `\u3000\u3000${"加快建设".repeat(9)}第${i}项。`);
    const lines = [
      ...head,
      "\u3000\u30002016年重点工作",
      ...filler,
      "\u3000\u3000二、抓实产业提质增效。统筹安排1亿元产业引导扶持资金，建基地、引龙头、创",
      "品牌，加速产业提质增效。一是草畜产业突出抓点示范、节本增效，开工建设万家灯火",
      "",
      "- 11 -",
      "",
      "现代草畜产业及光伏扶贫等项目，肉牛饲养量达到108万头。二是林业林下经济坚持因",
      "地制宜、规模发展，建设油用牡丹基地6万亩、林业",
      "\u3000\u3000有关情况说明",
      "\u3000\u30001.“六个精准”：扶持对象精准、目标任务精准、资金使用精准、措施到户精准。",
    ];
    const r = ingestText("guyuan-2016.txt", lines.join("\n"));
    expect(r.document.headings.map((h) => h.text).at(-1)).toBe("有关情况说明");
    expect(r.document.paragraphs.some((p) => p.text.endsWith("建设油用牡丹基地6万亩、林业"))).toBe(true);
    expect(r.document.meta.dropped.map((d) => d.text)).toEqual(["- 11 -"]);
  });
});

describe("a page number a wrapped paragraph went on past, then the paragraph cut inside a word at a page's foot and its rest indented (Shaanxi 2002 as a PDF copy at 38 columns)", () => {
  it("joins the rest to the paragraph: the page number the paragraph was joined across cuts nothing", () => {
    const head = ["陕西省2002年政府工作报告", "\u3000\u3000各位代表：", "\u3000\u3000一、新世纪第一年的工作回顾"];
    const filler = Array.from({ length: 12 }, (_, i) => `\u3000\u3000${"加快建设".repeat(9)}第${i}项。`);
    const lines = [
      ...head,
      ...filler,
      "\u3000\u3000全面推进教育改革和发展，高度重视人才培养和使用。切实加强基础教育，积极落",
      "实“以县为主”的管理体制，全力解决教师工资拖欠问题，年底基本完成中小学危房改",
      "",
      "- 10 -",
      "",
      "造任务。大力推进教育信息化建设，力争年底全省所有普通高校和三分之二的中等职业",
      "学校建成校园",
      "\u3000\u3000网，完成国家现代远程教育扶贫示范工程项目450个示范点建设。",
      "\u3000\u3000（五）以山川秀美工程为重点，积极推进生态省建设",
    ];
    const r = ingestText("shaanxi-2002.txt", lines.join("\n"));
    expect(r.document.paragraphs.map((p) => p.text)).toContain(
      "全面推进教育改革和发展，高度重视人才培养和使用。切实加强基础教育，积极落实“以县为主”的管理体制，全力解决教师工资拖欠问题，年底基本完成中小学危房改造任务。大力推进教育信息化建设，力争年底全省所有普通高校和三分之二的中等职业学校建成校园网，完成国家现代远程教育扶贫示范工程项目450个示范点建设。",
    );
    expect(r.document.meta.dropped.map((d) => d.text)).toEqual(["- 10 -"]);
  });
});

describe("a copy set one sentence a line, its paragraphs lost (Baotou 2014, as a web page's text extraction gives it)", () => {
  const lines = [
    ...BAOTOU_HEAD,
    "2013年，在宏观经济下行压力较大、市场需求持续低迷的形势下，全市认真落实中央和自治区稳增长、调结构、促改革、惠民生的要求，经济社会总体保持稳中有进的发展态势。",
    "预计地区生产总值3500亿元，增长9.5%；固定资产投资2990亿元，增长18%；社会消费品零售总额1070亿元，增长11%；地方财政总收入345亿元，增长5.6%；城镇居民人均可支配收入36600元，增长9.5%；农牧民人均纯收入12680元，增长11%。",
    "一是确保经济平稳健康发展。",
    "坚持把稳工业放在突出位置，认真落实电力多边交易、电价补贴、减少涉企收费、中小企业贷款贴息等措施，累计降低企业用电成本6.9亿元，减免税费12亿元，减少亏损企业63户，16户规模以上停产半停产企业恢复生产。",
    "突出抓好重大项目建设，全年实施投资5000万元以上重点项目901个，竣工425个，完成投资1820亿元。",
    "着力调整产业结构，高耗能产业占规模以上工业比重下降3个百分点，装备制造业对经济增长贡献率达到28%，高新技术产业增长高于规模以上工业增速2个百分点。",
    "各地区与国内知名院校积极开展产学研合作，北大工学院包头分院建设全面推进，17项重点科研成果达到产业化阶段。",
    "旅游、物流、金融等现代服务业持续发展壮大，服务业投资增速达到23%。",
    "新增产业化龙头企业12家、合作社307个，农牧业规模化、集约化、组织化程度显著提升。",
    "二是切实抓好城乡基础设施建设。",
    "实施城建重点项目198个，完成投资307亿元，新建改建道路25条，对27个小区供热和天然气管网进行了改造，扩建了5座污水处理厂，城镇综合承载能力进一步增强。",
    "新都市区道路、综合管廊等基础设施开工建设。",
    "G6高速公路包头段、110国道东河段、211省道固阳至百灵庙段、104省道百灵庙至白云鄂博段等一批高等级公路建成通车，新增农村牧区通村公路290公里。",
    "投资2.67亿元改善农田水利基础设施。",
    "在土右旗、达茂旗和固阳县全面开展整乡、整村搬迁改造示范建设，整合搬迁村庄50个、1659户，农牧民生产生活条件不断改善。",
    "三是举全市之力实施北梁棚改攻坚战。",
    "党中央、国务院和自治区党委、政府高度重视北梁棚改工作，广大群众也寄予了热切期盼。",
    "全市把北梁棚改作为头号民生工程狠抓落实，坚持“先安置后拆迁”的理念，全面启动了棚改工程。",
    "在深入调研基础上科学制定征收补偿方案，积极筹措建设资金，加快实施安置房及配套设施建设，并抽调全市2000多名干部职工开展百日攻坚战。",
    "累计争取各类建设资金60亿元，开工建设150万平方米、1.93万套安置房，完成回购安置房5653套，落实周转过渡房3000余套，集中连片征拆房屋1.3万户、76.4万平方米，搬迁安置居民3.1万人，超额完成全年目标任务。",
    "北梁居民由“忧居”变“宜居”的梦想正在加快变为现实。",
    "四是不断加强环境治理和生态建设。",
    "以坚决的态度和强有力的措施推进大气污染治理及城乡结合部、公路铁路沿线等重点区域环境综合整治。",
    "对318户高污染、高耗能企业实施了关停并转，包钢四座污染较大的焦炉全部关闭，投资3.8亿元的尘源点治理工程正在加快实施。",
    "公路沿线56户重点污染企业已有52户停产，4户进行了转产和改造。",
    "铁路沿线278户煤场已有210户予以关停，保留的正在进行全封闭改造。",
    "公路、铁路沿线共拆除影响环境的各类建筑40.9万平方米，绿化面积2.1万亩，完成投资10.9亿元。",
    "投入4.3亿元完成国家林业重点工程42万亩、六大重点区域绿化7万亩。",
    "实施草原生态补奖项目2400万亩，完成投资2.4亿元。",
    "五是优先保障和做好各项民生工作。",
    "民生支出达到286亿元，占全年新增支出的90%。",
    "大力实施创业就业工程，发放小额担保贷款4亿元，安排1000万元专项资金用于高校毕业生就业创业服务。",
    "城镇新增就业4.2万人，城镇登记失业率控制在3.87%。",
    "农牧民转移就业23.5万人。",
    "将全市行政机关、参公事业单位和社会团体职工纳入工伤保险统筹管理，启动新农合大病商业保险。",
    "企业退休人员养老金月人均增加185元，城镇低保月人均提高45元，农村牧区低保年人均提高276元。",
    "为困难群众发放临时物价补贴1258万元，为8.5万户低收入农牧民免费供应一吨冬季取暖用煤。",
    "全面完成保障性安居工程年度建设任务。",
    "全年落实各类扶贫资金1.62亿元，实施扶贫项目67个，解决了3.5万贫困人口的脱贫问题。",
    "六是加快推进社会事业和社会管理改革发展。",
    "教育建设投入27亿元，蒙中、回中新校区投入使用，市职教园区正式运行，新建改建公办幼儿园26所。",
    "文化体制改革深入推进，完成“三局合并”和国有文艺院团改革，成功申报创建第二批国家公共文化服务体系示范区。",
    "基本药物制度和零差率销售政策覆盖所有公办基层医疗机构。",
    "市精神卫生中心、土右旗中蒙医院和达茂旗蒙医院病房楼开工建设，建成10个标准化社区卫生服务中心。",
    "精街道强社区在全市推行，青山区全国社区治理和服务创新试验区通过民政部评审。",
    "启动四级巡控机制，大力开展平安建设。",
    "扎实做好群众信访工作，妥善化解社会矛盾。",
    "安全生产形势保持稳定，食品药品安全监管不断加强。",
    "顺利通过全国文明城市指数测评，精神文明建设取得新成绩。",
    "过去的一年，市政府自觉接受监督，认真办理人大代表建议和政协委员提案。",
    "深入落实中央八项规定，制定实施转变工作作风的具体措施。",
    "切实清理党政机关超标办公用房和超标公务用车，取消年度“三公”经费预算追加，精简下放审批事项。",
    "加大政务公开、行政监察、审计监督力度，维护了政府的形象。",
    "在总结成绩的同时，我们也清醒认识到自身存在的问题，主要是：工业园区定位不清、同质化竞争严重，园区基础设施建设滞后；投资大、带动强的重大项目少，项目策划和储备能力不强；工业围城带来的空气污染问题还没有得到根本解决，城区环境质量亟待改善；城市二元结构特征突出，城乡结合部、城区出入口及公路铁路沿线脏乱差问题较为严重；城乡发展差距依然明显，改善民生的各项工作还需进一步加强；个别干部墨守成规、求稳怕乱，改革创新、敢于担当意识不强等。",
  ];

  it("is said once, at the first such line, and its parts and sections are still read", () => {
    const r = ingestText("baotou-2014.txt", lines.join("\n"));
    const said = r.warnings.filter((w) => /each hold one sentence/.test(w.message));
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ line: 5, message: expect.stringMatching(/^\d+ of \d+ lines each hold one sentence: the copy lost its paragraphs/) });
    expect(r.document.headings[0]!.text).toBe("2013年工作回顾");
  });

  it("is not said of the same text with its sentences in paragraphs, nor of any report of the project", () => {
    const joined = [...lines.slice(0, 6), ...Array.from({ length: Math.ceil((lines.length - 6) / 4) }, (_, k) => lines.slice(6 + 4 * k, 10 + 4 * k).join(""))];
    expect(ingestText("baotou-2014.txt", joined.join("\n")).warnings.filter((w) => /each hold one sentence/.test(w.message))).toEqual([]);
    for (const path of RAW_AND_DEV) {
      const r = ingestText(path.split("/").pop()!, readFileSync(join(root, path), "utf8"));
      expect(r.warnings.filter((w) => /each hold one sentence/.test(w.message)).map((w) => `${path}:${w.line}`)).toEqual([]);
    }
  }, 60_000);
});

describe("a copy wrapped by characters that hangs every closing mark past the margin and moves a number whole to the next line (Guangzhou 2014 as a PDF copy at 38 characters)", { timeout: 30_000 }, () => {
  /** Each paragraph indented and cut every `n` characters; a number or Latin word the cut would split goes whole to the next line, and the closing marks that would open a line hang at the end of the one before. */
  const typeset = (text: string, n: number) =>
    splitLines(text)
      .flatMap((p) => {
        const out: string[] = [];
        let t = [..."\u3000\u3000" + p];
        while (t.length > n) {
          let k = n;
          while (k > n / 2 && /[0-9A-Za-z.%]/.test(t[k]!) && /[0-9A-Za-z.%]/.test(t[k - 1]!)) k--;
          if (k <= n / 2) k = n;
          while (k < t.length && /[，。、；：！？”）%]/.test(t[k]!)) k++;
          out.push(t.slice(0, k).join(""));
          t = t.slice(k);
        }
        return t.length ? [...out, t.join("")] : out;
      })
      .join("\n");

  it("gives every character one cell, though more than one line in twenty runs past the margin by a hung mark", () => {
    const line = "建设".repeat(19);
    const page: string[] = [];
    for (let i = 0; i < 40; i++) page.push(line, line, line, line, line, i % 3 ? line : `${line}。`, `${line}，`, "值628.06亿美元，增长6.6%；实际使用外资48.04亿美元，增长5%；", "完成。");
    expect(fillsCells(page, 77)).toBe(true);
  });

  it("is read as the paragraphs it was cut from (Zhongwei 2020 so cut at 36, 38 and 40 characters)", () => {
    for (const n of [36, 38, 40]) expect(paragraphs(typeset(zhongwei, n))).toEqual(paragraphs(zhongwei));
  });
});

describe("a whole dateline that reaches the margin of a wrapped copy (Ningxia 2022: ——2022年1月20日在宁夏回族自治区第十二届人民代表大会第五次会议上 / 自治区主席 咸 辉)", () => {
  it("is whole: the speaker under it is no part of it, though the line is full", () => {
    expect(breakJoin("——2022年1月20日在宁夏回族自治区第十二届人民代表大会第五次会议上", "自治区主席 咸 辉", 76, { indents: true, cells: true })).toBeNull();
    expect(breakJoin("——2022年1月20日在宁夏回族自治区第十二届人民代表大会第五次会议上", "自治区主席 咸 辉", 76)).toBeNull();
    // A body line full at 会议上 with no date of its own still runs on.
    expect(breakJoin("　　全区上下深入认真贯彻习近平总书记在中央民族工作会议和全国宗教工作会议上", "的重要讲话精神，铸牢中华民族共同体意识。", 76, { indents: true, cells: true })).toBe("");
  });
});

describe("a whole dateline after the title on its line, at the margin of a wrapped copy (Xingtai 2024: 政府工作报告——2024年1月28日在邢台市第十六届人民代表大会第五次会议上 / 邢台市人民政府市长 宋华英)", () => {
  it("is whole: the speaker under it is no part of it", () => {
    const dateline = "政府工作报告——2024年1月28日在邢台市第十六届人民代表大会第五次会议上";
    expect(breakJoin(dateline, "邢台市人民政府市长 宋华英", 76, { cells: true })).toBeNull();
    expect(breakJoin(dateline, "邢台市人民政府市长 宋华英", 76)).toBeNull();
    // Set off by a bracket the next line closes, it runs on (Jilin 2017).
    expect(breakJoin("政府工作报告（2017年1月15日在吉林省第十二届人民代表大会第六次会议上", "代省长 刘国中）", 76, { cells: true })).toBe("");
    // A body line that names the report before a session with no date runs on.
    expect(breakJoin("　　全市上下深入认真贯彻省政府工作报告和习近平总书记在中央经济工作会议上", "的重要讲话精神，推动高质量发展。", 76, { indents: true, cells: true })).toBe("");
  });
});

describe("a list item closed by its note in brackets at the margin of a wrapped copy (Chengdu 2023 at 38 characters: …数智乡村不少于300个。（牵头单位：移动成都分公司） / 附件2)", () => {
  it("ends its paragraph before an appendix's label or the next item on a line of its own", () => {
    expect(breakJoin("　　86.建设智慧小区、数智乡村不少于300个。（牵头单位：移动成都分公司）", "附件2", 76, { indents: true, cells: true })).toBeNull();
    expect(breakJoin("86.建设智慧小区、数智乡村不少于300个。（牵头单位：移动成都分公司）", "附件2", 76)).toBeNull();
    expect(breakJoin("2.在重点区域开工建设公共停车场30个，改造老旧小区一批。（牵头单位：市住建局）", "3.打通中心城区“断头路”20条。", 76)).toBeNull();
  });
});

describe("a line left open on a bracket in a wrapped copy (Chongqing 2008 as a PDF copy at 38 characters: …《重庆市城乡总体规划（ / 2007-2020年）》获得国务院批准。…)", () => {
  it("goes on into the next line, however short of the margin: the bracket's words are there", () => {
    const before = "（二）基础设施建设提速，城乡面貌焕然一新。《重庆市城乡总体规划（";
    const after = "2007-2020年）》获得国务院批准。城镇化率由2002年的39.9%提高";
    expect(breakJoin(before, after, 76)).toBe("");
    expect(breakJoin(before, after, 76, { cells: true })).toBe("");
    // A line as short that closes its bracket still ends there.
    expect(breakJoin("（二）基础设施建设提速，城乡面貌焕然一新。《重庆市城乡总体规划》", after, 76)).toBeNull();
  });
});

describe("a heading on a line of its own after a sentence that ended at the margin, where paragraphs are not indented (Gansu 2009 as a PDF copy at 78 columns)", () => {
  it("starts a paragraph of its own: …保持社会和谐稳定。 / 推进政府自身建设", () => {
    const before = "努力防范和及时有效地依法打击各种犯罪，增强人民群众的安全感，保持社会和谐稳定。";
    expect(breakJoin(before, "推进政府自身建设", 78)).toBeNull();
    expect(breakJoin(before, "2009年工作总体部署", 78)).toBeNull();
    // Not the words of a line that goes on its paragraph, nor a line well short that still holds a sentence's marks.
    expect(breakJoin(before, "今年，全省经济社会发展任务十分艰巨，经济形势复杂多变，要完成全年的目标任务，", 78)).toBe("");
    expect(breakJoin(before, "需要全省人民共同努力。", 78)).toBe("");
    // Nor after a line that stops mid-sentence at the margin: its words go on there.
    expect(breakJoin("组织筛选和申报一批新的借用国外贷款项目，加快推进政府自身建设和政府职能转变", "推进政府自身建设", 78)).toBe("");
  });

  it("and the text around it unwraps into the paragraph before it whole, the heading, and the paragraph after it", () => {
    const lines = [
      "九、推进民主法制建设，维护社会和谐稳定。坚持党的领导，坚持人民代表大会制度，",
      "保障人民代表依法行使职权。自觉接受人大依法监督、政协民主监督和社会公众监督。",
      "认真落实人大及其常委会各项决议决定，支持人民政协发挥参政议政作用，广泛听取各",
      "民主党派、工商联、无党派人士意见，支持工会、共青团和妇联等人民团体更好地发挥",
      "作用。认真做好人大代表建议和政协提案办理工作，保证时效，提高质量。全面落实依",
      "法治国方略，推进法制建设，加强宣传教育，提高全民法制观念。进一步健全民主管理",
      "制度，扩大基层民主和群众自治范围，切实完善企业民主管理和村民自治机制。坚持和",
      "完善民族区域自治制度，坚决反对民族分裂，深入开展民族团结进步创建活动，促进各",
      "民族共同团结奋斗，共同繁荣发展。全面贯彻党的宗教工作基本方针，依法加强对宗教",
      "事务的管理，充分发挥宗教界人士在促进经济社会发展中的积极作用。开展法律援助和",
      "司法援助，进一步完善群众利益协调、诉求表达、权益保障和矛盾纠纷调处机制，严格",
      "落实信访条例，坚持领导接待和包案制度，强化信访、人民调解和法律服务工作，维护",
      "人民群众的合法权益。及时有效地预防和妥善处置群体性事件。广泛开展社会公德、职",
      "业道德、家庭美德和个人品德教育，构建社会主义核心价值体系，努力形成爱国、敬业、",
      "诚信、友善的良好社会风尚。依法保障妇女儿童合法权益。加强青少年思想道德建设，",
      "营造青少年健康成长的良好环境。加强国防教育，积极开展拥军优属、双拥共建活动，",
      "支持军队现代化建设，推进民兵预备役和国防动员力量建设。",
      "规范整顿市场秩序，开展关系人民健康的重要产品专项整治和打假活动。切实抓好食品",
      "药品质量安全整治，确保食品药品安全。严格落实安全生产责任制，大力整治安全生产",
      "隐患，加强安全防范治理，严防重特大安全事故发生，坚决惩处安全事故涉及的失职、",
      "渎职行为及背后的各种腐败行为。增强国家安全意识，严密防范和严厉打击境内外各种",
      "敌对势力的渗透破坏活动。加强公安机关基层基础建设，着力完善社会治安防控体系，",
      "强化社会治安综合治理，深入开展社会治安专项整治和禁毒斗争，大力推进平安建设。",
      "努力防范和及时有效地依法打击各种犯罪，增强人民群众的安全感，保持社会和谐稳定。",
      "推进政府自身建设",
      "今年，全省经济社会发展任务十分艰巨，经济形势复杂多变，要完成全年的目标任务，",
      "需要全省人民共同努力。政府工作必须坚持以学习实践科学发展观活动为动力，进一步",
      "解放思想，转变观念，围绕破解难题、化解矛盾，推进体制机制创新，促进科学发展。",
    ];
    const { lines: out } = unwrapLines(lines.map((text, i) => ({ text, line: i + 1 })));
    const texts = out.map((l) => l.text);
    const at = texts.indexOf("推进政府自身建设");
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toMatch(/^规范整顿市场秩序.*保持社会和谐稳定。$/);
    expect(texts[at + 1]).toMatch(/^今年，全省经济社会发展任务十分艰巨.*促进科学发展。$/);
  });
});

describe("a section title that fills the line to the margin, in a copy that sets its titles alone (Tianjin 2004 as a PDF copy at 38 characters)", () => {
  const text = [
    "（二）经济体制改革继续深化，市场化程度进一步提高",
    "地方国有企业股份制改造步伐加快，天津港、天津钢管公司等大型企业股份制改造取得重要突破。个体私营企业新增1.44万户，新增注册资金401亿元，增长70.5%。个体私营经济增加值增长29.3%，占全市的比重达到22.6%。非公有制经济增加值占全市的比重达45%。改进和健全社会保障制度，住房制度改革进一步深化。启动了市对区县分税制财政管理体制改革。农村税费改革试点顺利进行。",
    "（三）利用外资和外贸出口快速增长，滨海新区在区域经济发展中的地位明显提高",
    "全市直接利用外资合同额35.1亿美元，增长74.3%；到位额16.3亿美元，增长62.9%。工业仍是利用外资的主体，服务业利用外资步伐加快。外贸进出口总额293.7亿美元，增长28.7%，其中出口143.7亿美元，增长24%，机电产品和高新技术产品出口比重进一步加大。对外经济合作、省市间经济联合与协作取得新成绩，吸引外省市资金112亿元。",
    "（四）广开融资渠道，固定资产投资增势强劲",
    "全社会固定资产投资达到1046.7亿元，增长29%。城市基础设施投资额263.7亿元，增长34.2%；房地产投资211.4亿元，增长20.2%；工业投资382.5亿元，增长23.5%。天钢东移一期、港口15万吨级航道一期、国展中心扩建、滨江金耀广场等24个重点项目按期竣工，钢管公司二期热试成功，丰田轿车二期、大沽化20万吨聚氯乙烯等大项目开工建设。投资结构发生新变化，国内民间资本和外商投资比例明显增加。",
    "海河两岸综合开发改造成绩显著。海河清淤216万立方米，堤岸改造完成8.9公里。海河东路、海河西路等4条道路基本建成，慈海桥、大沽桥开工建设，狮子林桥成功顶升。6个节点规划编制完成。海河两岸综合开发改造带动了全市危陋房屋改造和房地产开发，拆迁量突破450万平方米，比上年增长2.3倍；商品房竣工751万平方米，增长11.5%；现房销售786.5万平方米，增长39.5%。",
    "在肯定成绩的同时，我们也清醒地看到存在的差距和问题。开放意识、改革意识、机遇意识不够强，政府职能转变不适应市场经济发展的要求，政企、政事不分的现象仍然存在；经济总量不够大，服务业发展不够快，个体私营经济比重较小；国有经济布局不够合理，产权流转不畅，部分国有中小企业尚未摆脱困境；社会保障体系还不完善，就业和再就业的压力比较大；城乡居民整体收入水平有待提高，部分群众生活比较困难；官僚主义、形式主义以及部门和行业不正之风依然存在，综合投资环境有待改善。对于这些问题，我们一定高度重视，切实加以解决，决不辜负全市人民的殷切希望。",
  ];
  const page = text.flatMap((p) => p.match(/.{1,38}/gu)!);

  it("ends there: the full line after it opens the section's text", () => {
    expect(page).toContain("（三）利用外资和外贸出口快速增长，滨海新区在区域经济发展中的地位明显提高");
    const { lines, wrap: found } = unwrapLines(page.map((t, i) => ({ text: t, line: i + 1 })));
    expect(found?.width).toBe(76);
    expect(lines.map((l) => l.text)).toEqual(text);
  });

  it("but runs on into the next line where the copy runs titles on into their text (…好形势。继续…)", () => {
    const head = "（三）利用外资和外贸出口快速增长，滨海新区在区域经济发展中的地位明显提高";
    const next = "全市直接利用外资合同额35.1亿美元，增长74.3%；到位额16.3亿美";
    expect(breakJoin(head, next, 76, { cells: true, titlesAlone: true })).toBeNull();
    expect(breakJoin(head, next, 76, { cells: true })).toBe("");
  });
});

describe("a line short of the margin by the opening mark the next line starts with (Ezhou 2016 as a PDF copy at 38 characters: …地区生产总值达到730亿元，比 / “十一五”末（下同）年均增长11.4%。…)", () => {
  it("goes on into the next line: the typesetter moved the mark there rather than end a line with it", () => {
    const before = "为应对新常态，推动了经济跨越发展。预计2015年，地区生产总值达到730亿元，比";
    const after = "“十一五”末（下同）年均增长11.4%。规模以上工业增加值达到382.8亿元，年均增长";
    expect(breakJoin(before, after, 78)).toBe("");
    // A heading as far from the margin still ends there, and so does a section title set alone.
    expect(breakJoin("一、“十二五”时期经济社会发展及2015年工作回顾", "“十二五”时期是我市发展进程中极不平凡的五年。五年来，全市上下以党的十八大精", 78)).toBeNull();
    expect(breakJoin("二、坚持稳中求进工作总基调全面推进高质量发展奋力谱写新时代发展新篇章的", "“十四五”时期是我市发展进程中极不平凡的五年。五年来，全市上下以党的十八大", 78)).toBeNull();
  });
});
