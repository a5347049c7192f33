import { describe, expect, it } from "vitest";
import { baseYearOf, planYears, timeCues } from "../../../src/lib/figures/cues.ts";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { partSignal } from "../../../src/lib/figures/parts.ts";
import { partOfTitle } from "../../../src/lib/topics/parts.ts";
import { dev, DEV_IDS, extractText, fixture, one, quoting, real, RAW_IDS, written } from "./helpers.ts";

const when = (f: StoredFigure) => ({ kind: f.kind, year: f.year, base_year: f.base_year, period: f.period });

describe("time words", () => {
  it("name the years of a five-year plan from its number", () => {
    expect(planYears("二")).toEqual([2011, 2015]);
    expect(planYears("三")).toEqual([2016, 2020]);
    expect(planYears("四")).toEqual([2021, 2025]);
  });

  it("are read in text order, baselines and titles left out", () => {
    const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last]);
    expect(types("“十三五”时期，地区生产总值年均增长", 2021)).toEqual([["span", 2016, 2020]]);
    expect(types("五年来，我们", 2021)).toEqual([["span", 2016, 2020]]);
    expect(types("今后5年，全区", 2023)).toEqual([["span", 2023, 2027]]);
    expect(types("到2025年，全市", 2021)).toEqual([["until", 2025, 2025]]);
    expect(types("2016年以来", 2019)).toEqual([["span", 2016, 2018]]);
    // A date since which (Sanya 2022: 2018年4月13日以来，新增市场主体15.8万家): the years from it up to the last one.
    expect(types("。2018年4月13日以来，新增市场主体15.8万家", 2022)).toEqual([["span", 2018, 2021]]);
    expect(types("自2019年6月以来，累计新增企业", 2022)).toEqual([["span", 2019, 2021]]);
    expect(types("2020年地区生产总值达到541.6亿元，比“十二五”末增长38.3%", 2021)).toEqual([["year", 2020, 2020]]);
    expect(types("比上年增长", 2020)).toEqual([]);
    // A bare `五年间` is the term of its part: ahead in the outlook (Guangzhou 1993's stages of its fifteen-year aims), back
    // in the review.
    const spans = (text: string, part: "review" | "outlook") => timeCues(text, 1993, part).map((c) => [c.type, c.first, c.last]);
    expect(spans("五年间，国内生产总值年均增长13.5%左右", "outlook")).toEqual([["span", 1993, 1997]]);
    expect(spans("五年间，国内生产总值年均增长14.51%", "review")).toEqual([["span", 1988, 1992]]);
    expect(spans("五年来，国内生产总值年均增长14.51%", "outlook")).toEqual([["span", 1988, 1992]]);
    // A year a web copy spaced (Guangdong 2001, in its review of the five years: `。 预计 2000 年全省国内生产总值…`).
    expect(types("——国民经济持续快速健康发展。 预计 2000 年全省国内生产总值达9506亿元", 2001)).toEqual([["year", 2000, 2000]]);
    // A baseline (`在去年完成数的基础上`) is no time; this year and the next (`今明两年`) or the next few are a span.
    expect(types("财政收入在去年完成数的基础上有所增长", 1995)).toEqual([]);
    expect(types("今明两年职业技能培训3500万人次以上", 2020)).toEqual([["span", 2020, 2021]]);
    expect(types("今后三年，新建学校", 2020)).toEqual([["span", 2020, 2022]]);
    expect(types("编制《中卫市“一带两廊”发展规划（2018—2035年）》", 2020)).toEqual([]);
    // The years since the city was founded (Zhongwei 2025: 建市20年来，…城乡居民人均可支配收入年均分别增长9.3%和10.2%).
    expect(types("建市20年来，全市地区生产总值增长9倍", 2025)).toEqual([["span", 2005, 2024]]);
    expect(types("设市二十年来", 2025)).toEqual([["span", 2005, 2024]]);
    // A term of another length than five years, looked back on (a council's four years, `过去三年`, `这两年`).
    expect(types("四年来，我们锲而不舍抓转型", 2022)).toEqual([["span", 2018, 2021]]);
    expect(types("过去三年，全市", 2023)).toEqual([["span", 2020, 2022]]);
    expect(types("这两年，我们", 2021)).toEqual([["span", 2019, 2020]]);
    expect(types("改革开放四十年来", 2019)).toEqual([]);
    expect(types("近三年累计，单位国内生产总值能耗下降10.08%", 2009)).toEqual([["span", 2006, 2008]]);
    // The plans before the tenth, in quotes and named as a time; a campaign of that name (`“七五”普法`) is none.
    expect(types("“八五”期间第三产业年均增长15%", 1993)).toEqual([["span", 1991, 1995]]);
    expect(types("“八五”期末出口创汇达到55亿美元左右", 1993)).toEqual([["until", 1995, 1995]]);
    expect(types("“十五”时期，我们坚持", 2006)).toEqual([["span", 2001, 2005]]);
    expect(types("深入开展“七五”普法", 2020)).toEqual([]);
    // A plan's goals (`提前两年实现“十二五”目标`) are no time: the results after them stay the year's.
    expect(types("财政总收入完成117.93亿元，提前两年实现“十二五”目标；公共财政预算收入完成85.99亿元", 2014)).toEqual([]);
    expect(types("“十三五”目标任务全面完成", 2021)).toEqual([]);
    // Nor its preparation (Ganzi 2025: `启动“十五五”前期重大课题`, `提前超额完成“十四五”期资金申报任务`).
    expect(types("启动“十五五”前期重大课题和16个专项规划研究", 2025)).toEqual([]);
    expect(types("提前超额完成“十四五”期资金申报任务", 2025)).toEqual([]);
    expect(types("“十四五”期间，全州", 2025)).toEqual([["span", 2021, 2025]]);
    expect(baseYearOf("单位生产总值能源消耗比“十五”期末降低25％")).toBe(2005);
    // Years compared with (`较2020、2021年度分别增长`) are no time of the figure.
    expect(types("较2020、2021年度分别增长40%和21%", 2023)).toEqual([]);
    expect(types("五年中有3000万贫困人口解决了温饱问题", 1998)).toEqual([["span", 1993, 1997]]);
    // A year ranked among the years before it (`近十年来…最为艰难的一年`) is that one year, no span.
    expect(types("2013年是我市近十年来经济发展最为艰难的一年", 2014)).toEqual([["year", 2013, 2013]]);
    expect(types("近十年来，我们", 2014)).toEqual([["span", 2004, 2013]]);
    // The end of a change told from its start is a value, not a deadline; a year may open a sentence after a full stop.
    expect(types("地区生产总值从2015年的308亿元增加到2020年的512.75亿元", 2021)).toEqual([]);
    expect(types("力争到2020年，工业主营业务收入突破11600亿元", 2017)).toEqual([["until", 2020, 2020]]);
    expect(types("这五年，安全基础不断巩固。2022年是极不平凡的一年", 2023)).toEqual([["span", 2018, 2022], ["year", 2022, 2022]]);
    expect(baseYearOf("单位GDP能耗比2015年下降")).toBe(2015);
    expect(baseYearOf("PM10、PM2.5浓度比“十二五”末")).toBe(2015);
    // A multiple of a plan's last year said 末期 (Jilin 2011: `分别是“十五”末期的2.4倍和2.9倍`), of the tenth plan as of the later ones.
    expect(baseYearOf("地区生产总值是“十五”末期")).toBe(2005);
    expect(baseYearOf("2010年地区生产总值和地方级财政收入分别是“十五”末期的")).toBe(2005);
    expect(baseYearOf("地区生产总值是“十二五”末期的")).toBe(2015);
    const jl = fixture(["2010年地区生产总值和地方级财政收入分别是“十五”末期的2.4倍和2.9倍。"], []);
    expect(jl.figures.filter((f) => f.unit === "倍").map((f) => [f.value, f.base_year])).toEqual([[2.4, 2005], [2.9, 2005]]);
    // A term a rate is compared with (Gansu 2006: `全社会固定资产投资增幅力争高于“十五”时期`) is no time of the figures.
    expect(types("全社会固定资产投资增幅力争高于“十五”时期，基础设施建设实现新的跨越", 2006)).toEqual([]);
    expect(types("工业增速快于2005年", 2006)).toEqual([]);
    // The end of how long a policy lasts is no deadline of the figures after it (Jiangxi 2022, in the review).
    expect(types("国家对口支援赣南等原中央苏区政策延续至2030年，11个设区市地区生产总值全部突破千亿元", 2022)).toEqual([]);
  });

  it("read the year compared with when a PDF's copy spaces it from its words (Zaozhuang 2016: 分别是 2010年的 1.5倍和 2倍)", () => {
    expect(baseYearOf("比 2010年提高")).toBe(2010);
    expect(baseYearOf("分别是 2010年的 ")).toBe(2010);
    const e = fixture(["2015年，预计全市生产总值完成 2030亿元，公共财政预算收入完成 149亿元，分别是 2010年的 1.5倍和 2倍。工业转型升级取得积极进展，预计非煤产业增加值占比达到 88.4%，比 2010年提高 17个百分点。"], []);
    expect(e.figures.filter((f) => f.unit === "倍").map((f) => [f.value, f.base_year])).toEqual([[1.5, 2010], [2, 2010]]);
    expect(e.figures.find((f) => f.unit === "个百分点")?.base_year).toBe(2010);
  });

  it("leave a year right after the verb of finishing what it counts no time of the figures (Jiangxi 2022)", () => {
    const e = fixture([], ["重大工程方面，建成花桥水利枢纽等项目，完成2019年475座已开工小型水库除险加固项目并新开工691座。"]);
    expect(when(one(e, "新开工691座", "691座"))).toMatchObject({ kind: "target", year: 2020, period: null });
    expect(when(one(e, "475座已开工", "475座"))).toMatchObject({ kind: "target", year: 2020, period: null });
  });

  it("give this year's part of what a span is to bring the plan year (Shaanxi 2009: 力争三年内…，其中年内建成30家)", () => {
    const e = fixture([], ["实施“县超工程”，力争三年内在每个县城修建一家中型超市，其中年内建成30家。"]);
    expect(when(one(e, "其中年内建成30家", "30家"))).toMatchObject({ kind: "target", year: 2020, period: null });
  });

  it("give a rise of a year's income of each the plan year, no average over years (Pingxiang 2014: 农民年均收入增长30%以上)", () => {
    const e = fixture([], ["打造一批各具特色的休闲农业精品，实现休闲农业从业农民年均收入增长30%以上。"]);
    expect(when(one(e, "年均收入增长30%", "30%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });

  it("give what each person gets in a year the year reviewed, no average over years (Yantai 2009: 农村低保每人年均1300元)", () => {
    const e = fixture(["提高了城乡低保标准，城市低保每人月均302元，农村低保每人年均1300元，分别提高37元和162元。"], []);
    expect(when(one(e, "每人年均1300元", "1300元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });

  it("give a clause that opens on 年内 after a span of years the plan year (Shizuishan 2025: 用3年时间建成绿电园区，年内…)", () => {
    const e = fixture([], ["坚持全域统筹、分类推进，用3年时间建成绿电园区，年内市域内建设100万千瓦、异地建设100万千瓦新能源项目，力争绿电占比达到40%。"]);
    expect(when(one(e, "年内市域内建设100万千瓦", "100万千瓦"))).toMatchObject({ kind: "target", year: 2020, period: null });
  });

  it("give a clause that opens on 当年 after a plan of several years the plan year (Anqing 2014: 三年改造提升规划，当年完成10个)", () => {
    const e = fixture([], ["推进小型水利工程改造，实施排灌泵站三年改造提升规划，当年完成10个。"]);
    expect(when(one(e, "当年完成10个", "10个"))).toMatchObject({ kind: "target", year: 2020, period: null });
  });

  it("give a sentence that opens on 从今年开始 after a span of this year and a coming term the plan year (Hunan 2005: 今年以至“十一五”期间，…。从今年开始，…)", () => {
    expect(timeCues("从今年开始，全市", 2020).map((c) => [c.type, c.first, c.last])).toEqual([["year", 2020, 2020]]);
    expect(timeCues("从今年起全市", 2020).map((c) => [c.type, c.first, c.last])).toEqual([["year", 2020, 2020]]);
    // 从 before a year it compares with is still a baseline.
    expect(timeCues("从今年的50亿元", 2020)).toEqual([]);
    const e = fixture([], ["着力培育产业集群。今年以至“十四五”期间，全市着力抓好电子信息、新材料等十大优势产业。从今年开始，全市新建标准厂房100万平方米。"]);
    expect(when(one(e, "新建标准厂房100万平方米", "100万平方米"))).toMatchObject({ kind: "target", year: 2020, period: null });
  });

  it("leave a result after the end of how long a policy lasts the year reviewed's (Jiangxi 2022)", () => {
    const e = fixture(["大南昌都市圈“强核行动”启动，国家对口支援赣南等原中央苏区政策延续至2030年，11个设区市地区生产总值全部突破千亿元。"], []);
    expect(when(one(e, "11个设区市", "11个"))).toMatchObject({ kind: "result", year: 2019, period: null });
  });
});

describe("five-year aims with a rate compared with the plan before (Gansu 2006: …增幅力争高于“十五”时期；…城镇化率达到35％以上)", () => {
  it("give an average over the last two years those two years, not the five years looked back on (Sanya 2022)", () => {
    const e = fixture(["过去五年，全市经济稳中有进。2019年全市地区生产总值835.4亿元，同比增长12.1%，两年平均增长7.5%。"], []);
    expect(when(one(e, "同比增长12.1%", "12.1%"))).toMatchObject({ year: 2019, period: null });
    expect(when(one(e, "两年平均增长7.5%", "7.5%"))).toMatchObject({ year: 2019, period: [2018, 2019] });
    // Only the average's own clause (Changchun 2022: 地区生产总值增长6.2%，两年平均增长4.8%，固定资产投资增长11.6%).
    const cc = fixture(["2019年，地区生产总值增长6.2%，两年平均增长4.8%，固定资产投资增长11.6%，地方级财政收入增长5.9%。"], []);
    expect(when(one(cc, "两年平均增长4.8%", "4.8%"))).toMatchObject({ year: 2019, period: [2018, 2019] });
    expect(when(one(cc, "固定资产投资增长11.6%", "11.6%"))).toMatchObject({ year: 2019, period: null });
  });

  it("give an average over a bare number of years those years alone, the statements after it the year's (Huizhou 2022)", () => {
    const e = fixture(
      ["五年来，我们坚定不移发展实体经济。2019年固定资产投资2972.4亿元，增长21.8%，五年年均增长13%；社会消费品零售总额1978.9亿元，增长13.3%。"],
      [],
    );
    expect(when(one(e, "五年年均增长13%", "13%"))).toMatchObject({ year: 2019, period: [2015, 2019] });
    expect(when(one(e, "增长13.3%", "13.3%"))).toMatchObject({ year: 2019, period: null });
    // Not an average said to hold for what follows (Yunfu 2022: 五年年均（下同）增长5.6%左右；一般公共预算收入年均增长5.14%).
    const yf = fixture(["过去五年，经济持续稳定增长。2018年全市地区生产总值突破千亿大关，五年年均（下同）增长5.6%左右；一般公共预算收入年均增长5.14%。"], []);
    expect(when(one(yf, "一般公共预算收入年均增长5.14%", "5.14%"))).toMatchObject({ year: 2019, period: [2015, 2019] });
  });

  it("give a change said over some years right before its verb those years (Zhejiang 2006: 万元生产总值综合能耗五年下降19.6%)", () => {
    const e = fixture(
      [
        "开发区园区和土地市场治理整顿成效明显，耕地得到切实保护，五年建成1300万亩标准农田。节能降耗工作深入推进，万元生产总值综合能耗五年下降19.6%。森林覆盖率提高到60.5%。",
        "全社会科技投入占生产总值的比重由1.7%提高到2.3%。2019年初中入学率达到99.6%，比2000年提高2.9个百分点。",
      ],
      [],
    );
    expect(when(one(e, "五年下降19.6%", "19.6%"))).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019] });
    expect(when(one(e, "森林覆盖率提高到60.5%", "60.5%"))).toMatchObject({ year: 2019, period: null });
    // Not a base year (比2000年提高).
    expect(when(one(e, "比2000年提高2.9个百分点", "2.9个百分点"))).toMatchObject({ year: 2019, period: null });
  });

  it("give an amount whose clause opens on a bare number of years those years (Zhejiang 2003: 利用外资大幅度上升，五年实际利用外资165.4亿美元)", () => {
    const e = fixture(
      ["利用外资大幅度上升，五年实际利用外资165.4亿美元，占全省历年累计实际利用外资额的60%，其中去年实际利用外商直接投资31.6亿美元，比上年增长43%。"],
      [],
    );
    expect(when(one(e, "五年实际利用外资165.4亿美元", "165.4亿美元"))).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019] });
    expect(when(one(e, "去年实际利用外商直接投资31.6亿美元", "31.6亿美元"))).toMatchObject({ year: 2019, period: null });
  });

  it("give an amount reached whose clause opens on a bare number of years those years, no level of the last (Guizhou 2006: 五年粮食总产量达5540万吨)", () => {
    const e = fixture(
      ["农业产业结构调整取得重要进展，五年粮食总产量达5540万吨，比“九五”时期增加125万吨，畜牧业占农业增加值的比重由24.5%上升到33.3%。"],
      [],
    );
    expect(when(one(e, "五年粮食总产量达5540万吨", "5540万吨"))).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019] });
    expect(when(one(e, "畜牧业占农业增加值的比重由24.5%上升到33.3%", "33.3%"))).toMatchObject({ year: 2019, period: null });
  });

  it("are targets over the coming plan's years, not results of the plan before", () => {
    const text = [
      "2006年测试省政府工作报告",
      "——2006年1月15日在测试省第十届人民代表大会第四次会议上",
      "测试省省长 张三",
      "各位代表：",
      "“十一五”经济社会发展的奋斗目标和工作重点",
      "奋斗目标是：经济发展保持两位数增长，２０１０年人均生产总值超过万元；全社会固定资产投资增幅力争高于“十五”时期，基础设施建设实现新的跨越；城镇化率达到３５％以上；城镇居民人均可支配收入年均增长８％。",
      "2006年的政府工作",
      "主要预期目标是：生产总值增长10％以上。",
    ].join("\n");
    const figs = extractText("ceshi-2006.txt", text).figures;
    for (const label of ["城镇化率", "城镇居民人均可支配收入年均增长"]) {
      expect(when(figs.find((f) => f.label_zh === label)!)).toEqual({ kind: "target", year: 2010, base_year: null, period: [2006, 2010] });
    }
  });
});

describe("a review part that opens by ranking its year among the years before (Qitaihe 2014)", () => {
  it("gives the year's results that year, not the decade's", () => {
    const e = fixture(
      ["2019 年是我市近十年来经济发展最为艰难的一年。面对国内煤焦市场持续低迷，我们负重前行。", "经济在困境中逐步企稳。预计地区生产总值实现241 亿元，下降14.5%；公共财政预算收入18.9 亿元，下降13.2%。"],
      ["地区生产总值增长6%左右。"],
    );
    expect(when(one(e, "地区生产总值实现241 亿元", "241 亿元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(e, "下降14.5%", "14.5%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a review sentence that says the plan's goals were met early (Qiandongnan 2014)", () => {
  it("leaves the results after it that year's results, not the plan's targets", () => {
    const e = fixture(
      ["（一）经济持续快速增长。财政总收入完成117.93亿元，增长25.6%，提前两年实现“十二五”目标；公共财政预算收入完成85.99亿元，增长26.9%。"],
      ["地区生产总值增长6%左右。"],
    );
    expect(when(one(e, "公共财政预算收入完成85.99亿元", "85.99亿元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(e, "增长26.9%", "26.9%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a review paragraph that starts the next plan's preparation (Ganzi 2025)", () => {
  it("leaves the year's results that year's, not targets of the next plan", () => {
    const e = fixture(
      ["内需规模持续扩大。提前超额完成“十四五”期资金申报任务，储备亿元以上重大项目97个。启动“十五五”前期重大课题和16个专项规划研究。建成物流园区，新增市场主体10571户、个转企114户。"],
      ["地区生产总值增长6%。"],
    );
    expect(when(one(e, "储备亿元以上重大项目97个", "97个"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(e, "新增市场主体10571户", "10571户"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a review whose heading tells of the plan's good start (Fujian 2002: 一、实施“十五”计划取得良好开局的一年)", () => {
  const e = extractText(
    "kaiju-2002.txt",
    [
      "2002年开局省政府工作报告",
      "——2002年1月23日在开局省第九届人民代表大会第五次会议上的报告",
      "开局省人民政府省长 张三",
      "各位代表：",
      "一、实施“十五”计划取得良好开局的一年",
      "过去的一年，是实施“十五”计划的起始年。",
      "———国民经济平稳增长。精心组织实施“十五”计划纲要，保持了国民经济发展的好势头。初步统计，全省国内生产总值4258.37亿元，增长9％。累计完成投资62.12亿元。",
      "二、满怀信心做好新一年的政府工作",
      "2002年我省国民经济和社会发展的主要预期目标是：全省国内生产总值增长8.5％，力争更快更好些。",
    ].join("\n"),
  );

  it("is the review: its figures are last year's, not targets of the running plan", () => {
    expect(when(one(e, "全省国内生产总值4258.37亿元，增长9％", "9％"))).toEqual({ kind: "result", year: 2001, base_year: null, period: null });
    expect(one(e, "全省国内生产总值4258.37亿元，增长9％", "9％").metric).toBe("gdp_growth");
    expect(when(one(e, "全省国内生产总值增长8.5％", "8.5％"))).toEqual({ kind: "target", year: 2002, base_year: null, period: null });
  });

  it("a running total under the running plan is a result up to last year, none of the plan's years to come", () => {
    const f = one(e, "累计完成投资62.12亿元", "62.12亿元");
    expect(f.kind).toBe("result");
    expect(f.year).toBe(2001);
  });
});

describe("a sentence opening on the whole year, after one naming the running plan (Jiangxi 2003: “十五”计划前四年新增高速公路1000公里的6个项目全面展开，…。全年改造国省道1000公里)", () => {
  const e = extractText(
    "quannian-2003.md",
    [
      "---",
      "title: 全年省2003年政府工作报告",
      "---",
      "",
      "（2003年1月14日 张三）",
      "",
      "各位代表，现在，我代表省人民政府向大会作政府工作报告，请予审议。",
      "",
      "**一、 2002年经济社会发展情况和本届政府工作的简要回顾**",
      "",
      "基础设施建设全面推进，城乡面貌正在发生深刻变化。“十五”计划前四年新增高速公路1000公里的6个项目全面展开，其中全长245公里的梨温高速公路已建成通车。全年改造国省道1000公里、县乡公路1450公里。率先完成了长江干堤加固整治工程。国家投资38亿元、搬迁90万人的移民建镇任务到去年已经完成。",
      "",
      "**二，进一步推动全省经济快速发展**",
      "",
      "经济和社会发展的预期目标是：国内生产总值比上年增长11%。",
    ].join("\n"),
  );

  it("is the reviewed year's, not the plan's years so far", () => {
    expect(when(one(e, "全年改造国省道1000公里", "1000公里"))).toEqual({ kind: "result", year: 2002, base_year: null, period: null });
    expect(when(one(e, "县乡公路1450公里", "1450公里"))).toEqual({ kind: "result", year: 2002, base_year: null, period: null });
  });
});

describe("a running total over a run of years (Ganzi 2025: 连续3年获得省前期工作激励资金累计近1亿元)", () => {
  it("covers those years, not five", () => {
    const e = fixture(["内需规模持续扩大。连续3年获得省前期工作激励资金累计近1亿元，储备亿元以上重大项目97个。"], ["地区生产总值增长6%。"]);
    expect(when(one(e, "累计近1亿元", "1亿元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2017, 2019] });
  });
});

describe("an aim to be met within some years (Yanbian 2018: 积极发展普惠性学前教育，三年内新增独立公办幼儿园20所)", () => {
  it("spans the years from the plan year on, in the plan only", () => {
    const e = fixture(
      ["提前两年完成棚户区改造任务3000户。"],
      [
        "积极发展普惠性学前教育，三年内新增独立公办幼儿园20所，城区适龄幼儿入公办园比例达到50%。",
        "争取两年内建成10个服贸园区（特色服务出口基地），培育30家千万美元以上龙头服务企业。",
        "力争地区生产总值比全省提前2～3年实现翻一番，年均经济增长速度比全省平均水平高1个百分点。",
      ],
    );
    expect(when(one(e, "新增独立公办幼儿园20所", "20所"))).toEqual({ kind: "target", year: 2022, base_year: null, period: [2020, 2022] });
    expect(when(one(e, "建成10个服贸园区", "10个"))).toEqual({ kind: "target", year: 2021, base_year: null, period: [2020, 2021] });
    expect(when(one(e, "棚户区改造任务3000户", "3000户"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    // A growth set as a gap with the province's (`比全省平均水平高1个百分点`) is no figure of the place's own.
    expect(e.figures.filter((f) => f.quote.includes("高1个百分点"))).toEqual([]);
  });
});

describe("a year singled out after the time it stands in (Ningxia 2023: 2020年新冠疫情发生以来，…特别是2022年成功处置了…90多起突发疫情)", () => {
  it("is the time of its clause's figures", () => {
    expect(timeCues("特别是2022年成功处置了“4·06”“9·20”等90多起突发疫情。", 2023, "review").map((c) => [c.type, c.first, c.last])).toEqual([["year", 2022, 2022]]);
    const e = extractText(
      "ceshi-2023.txt",
      [
        "2023年测试区政府工作报告",
        "——2023年1月13日在测试区第十三届人民代表大会第一次会议上",
        "各位代表：",
        "一、过去五年工作回顾和2022年工作总结",
        "二是坚决落实“疫情要防住”的重要要求，全力打赢疫情防控攻坚战。2020年新冠疫情发生以来，我们始终坚持人民至上、生命至上，举全区之力打赢了一系列战役，特别是2022年成功处置了“4·06”“9·20”等90多起突发疫情。加大基础设施保障力度，自治区政府投入10亿多元，建成8个平战结合型方舱医院及1万多间隔离板房。",
        "二、2023年重点工作",
        "地区生产总值增长6.5%左右。",
      ].join("\n"),
    );
    expect(when(one(e, "90多起突发疫情", "90多起"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
  });
});

describe("the years since someone graduated (Ningxia 2023: 对毕业两年内初次创业学生给予创业补助)", () => {
  it("are the people an aid is for, no span of the plan year's figures after them", () => {
    const e = fixture(
      [],
      ["开展“创业宁夏”行动，对毕业两年内初次创业学生给予创业补助，支持城市灵活就业人员从事电商、快递、送餐、家政等行业，新增创业担保贷款10亿元以上，培育创业实体9000个。"],
    );
    expect(when(one(e, "新增创业担保贷款10亿元以上", "10亿元"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(when(one(e, "培育创业实体9000个", "9000个"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });
});

describe("the years of a slogan its quote closes on (Putian 2014: 按照 “五年任务三年完成”的要求，…改造农村公路100公里)", () => {
  it("are the pace the slogan asks for, no span of the plan year's figures after it", () => {
    const e = fixture(
      ["改造提升市区12条主要街道。"],
      [
        "按照 “五年任务三年完成”的要求，续建湄渝高速莆田段，改造农村公路100公里，实施农村公路安保工程400公里。",
        "力争三年完成农村公路改造500公里。",
      ],
    );
    expect(when(one(e, "改造农村公路100公里", "100公里"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(when(one(e, "实施农村公路安保工程400公里", "400公里"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    // The years of an aim not quoted still span from the plan year on.
    expect(when(one(e, "农村公路改造500公里", "500公里"))).toEqual({ kind: "target", year: 2022, base_year: null, period: [2020, 2022] });
  });
});

describe("a running total over the whole year (Liuzhou 2016: 居民消费价格指数全年累计上涨1.7%)", () => {
  it("is that year's, though the review's heading names a term of years too", () => {
    const text = [
      "2016年测试市政府工作报告",
      "——2016年1月19日在测试市第十三届人民代表大会第八次会议上",
      "市长 张三",
      "各位代表：",
      "一、2015年和“十二五”工作回顾",
      "城镇登记失业率3.95%，居民消费价格指数全年累计上涨1.7%。",
      "二、2016年的主要目标与重点工作",
      "地区生产总值增长7.6%以上。",
    ].join("\n");
    const e = extractText("ceshi-2016.txt", text);
    expect(when(one(e, "全年累计上涨1.7%", "1.7%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
  });
});

describe("a span looked back on in the review of one year (Hangzhou 2024: 8年来，…。全市生产总值20059亿元、增长5.6%)", () => {
  it("leaves the year's results of the next sentences that year's", () => {
    const e = fixture(
      ["——经济总量上新台阶。8年来，我们坚持“四个杭州、四个一流”标准，高质量发展动能更加集聚。全市生产总值20059亿元、增长5.6%，财政总收入4916.5亿元、增长7.1%。"],
      ["地区生产总值增长5.5%左右。"],
    );
    expect(when(one(e, "全市生产总值20059亿元、增长5.6%", "5.6%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(e, "财政总收入4916.5亿元、增长7.1%", "7.1%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a plan's term summed up in the review of its last year (national 2016: 2015年是“十二五”收官之年。过去五年，…)", () => {
  it("sets the term's figures over its five years, and leaves the year's own figures that year's", () => {
    const text = [
      "2016年测试市政府工作报告",
      "2016年3月5日在测试市第一届人民代表大会第一次会议上",
      "市长 张三",
      "一、2015年工作回顾",
      "——结构调整取得积极进展。服务业在国内生产总值中的比重上升到50.5%，首次占据“半壁江山”。单位国内生产总值能耗下降5.6%。",
      "2015年是“十二五”收官之年。过去五年，我国发展成就举世瞩目。党的十八大以来，我们继续坚持稳中求进工作总基调，“十二五”规划确定的主要目标任务全面完成。一是经济持续较快发展。国内生产总值年均增长7.8%，经济总量稳居世界第二位。二是结构调整取得标志性进展。服务业成为第一大产业。单位国内生产总值能耗下降18.2%，主要污染物排放量减少12%以上。五是人民生活水平显著提高。城镇新增就业人数超过6400万人。",
      "二、2016年重点工作",
      "今年发展的主要预期目标是：国内生产总值增长6.5%—7%。",
    ].join("\n");
    const e = extractText("ceshi-2016.txt", text);
    expect(when(one(e, "单位国内生产总值能耗下降18.2%", "18.2%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
    expect(when(one(e, "城镇新增就业人数超过6400万人", "6400万人"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
    expect(when(one(e, "国内生产总值年均增长7.8%", "7.8%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
    expect(when(one(e, "单位国内生产总值能耗下降5.6%", "5.6%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
  });
});

describe("a plan's term looked back on in the review of its last year, the plan named the paragraph before (Ningxia 2011: 回顾“十一五”…。 above 5年来，…)", () => {
  it("sets the term's totals over its five years, and leaves the year's own figures that year's", () => {
    const text = [
      "2011年测试区政府工作报告",
      "2011年1月15日在测试区第一届人民代表大会第一次会议上",
      "区长 张三",
      "一、去年工作回顾",
      "2010年，全区地区生产总值增长13%。",
      "各位代表，总结去年，我们深感欣慰和自豪；回顾“十一五”，我们更觉得不平凡、不寻常。可以说，“十一五”是宁夏历史上经济发展最快、城乡面貌变化最大、群众得到实惠最多的5年！",
      "5年来，我们坚决贯彻中央的一系列决策部署，深刻领会国家的战略导向，主动对接，积极工作。我们积极申请国务院批准我区永久承办“中阿经贸论坛”，实现了对外开放的历史性突破。我们连续4年实施民生计划，投入资金1257.4亿元，为民办实事120件，修建农村公路6500公里，减少贫困人口33.2万人。",
      "二、“十二五”的奋斗目标和主要任务",
      "主要预期目标是：2015年地区生产总值在2010年的基础上实现翻番，年均增长12%左右。",
      "三、2011年的工作",
      "今年经济社会发展的主要预期目标是：地区生产总值增长12%。",
    ].join("\n");
    const e = extractText("ceshi-2011.txt", text);
    expect(when(one(e, "减少贫困人口33.2万人", "33.2万人"))).toEqual({ kind: "result", year: 2010, base_year: null, period: [2006, 2010] });
    expect(when(one(e, "修建农村公路6500公里", "6500公里"))).toEqual({ kind: "result", year: 2010, base_year: null, period: [2006, 2010] });
    expect(when(one(e, "全区地区生产总值增长13%", "13%"))).toEqual({ kind: "result", year: 2010, base_year: null, period: null });
  });
});

describe("the term just named ahead in the outlook (Ningxia 2023: 今后五年，是…关键时期。抓好这五年的工作，意义重大)", () => {
  it("is the five years from the plan year, not the five looked back on", () => {
    expect(timeCues("抓好这五年的工作，意义重大、影响深远", 2023, "outlook").map((c) => [c.type, c.first, c.last])).toEqual([["span", 2023, 2027]]);
    expect(timeCues("这两年，我们", 2021, "review").map((c) => [c.type, c.first, c.last])).toEqual([["span", 2019, 2020]]);
    const text = [
      "2023年测试区政府工作报告",
      "2023年1月13日在测试区第一届人民代表大会第一次会议上",
      "区长 张三",
      "一、过去五年工作回顾和2022年工作总结",
      "五年来，我们深入贯彻新发展理念。地区生产总值由3200亿元提高到5000亿元以上，年均增长6%左右。",
      "二、今后五年发展的主要目标",
      "今后五年，是全面建设社会主义现代化国家开局起步的关键时期。抓好这五年的工作，意义重大、影响深远。",
      "——奋力开创经济繁荣新局面，走好高质量发展的现代化之路。坚持把实现高质量发展作为现代化建设的本质要求，推动经济发展质量效益和总量速度明显提升，力争地区生产总值达到8000亿元，年均增长6%左右，人均地区生产总值超过10万元。",
      "三、2023年重点工作",
      "主要预期目标是：地区生产总值增长6.5%左右。",
    ].join("\n");
    const e = extractText("ceshi-2023.txt", text);
    expect(when(one(e, "力争地区生产总值达到8000亿元，年均增长6%左右", "6%"))).toEqual({ kind: "target", year: 2027, base_year: null, period: [2023, 2027] });
    expect(when(one(e, "力争地区生产总值达到8000亿元", "8000亿元"))).toEqual({ kind: "target", year: 2027, base_year: null, period: [2023, 2027] });
  });
});

describe("a year placed within the span a paragraph opens on (Ningxia 2023: 在过去五年中，2022年是极不平凡、极为特殊的一年)", () => {
  it("is the time of the paragraph's figures, not the five years", () => {
    const text = [
      "2023年测试区政府工作报告",
      "2023年1月13日在测试区第一届人民代表大会第一次会议上",
      "区长 张三",
      "一、过去五年工作回顾和2022年工作总结",
      "五年来，我们深入贯彻新发展理念。地区生产总值由3200亿元提高到5000亿元以上，年均增长6%左右。",
      "各位代表，在过去五年中，2022年是极不平凡、极为特殊的一年。二季度和上半年，地区生产总值增长均居全国第一位，创造了历史最好成绩。全年预计地区生产总值突破5000亿元、同比增长5%左右，地方一般公共预算收入同口径增长13.7%，规上工业增加值增长8%左右，进出口总额增长20%左右。",
      "三、2023年重点工作",
      "主要预期目标是：地区生产总值增长6.5%左右。",
    ].join("\n");
    const e = extractText("ceshi-2023.txt", text);
    expect(when(one(e, "同比增长5%左右", "5%"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
    expect(when(one(e, "地方一般公共预算收入同口径增长13.7%", "13.7%"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
    expect(when(one(e, "年均增长6%左右", "6%"))).toEqual({ kind: "result", year: 2022, base_year: null, period: [2018, 2022] });
  });
});

describe("a record set against the years before (Hangzhou 2024: 出让工业用地15115亩、创近10年新高)", () => {
  it("names no span of the figures after it", () => {
    expect(timeCues("出让工业用地15115亩、创近10年新高，建设标准厂房", 2024)).toEqual([]);
    expect(timeCues("粮食产量为近五年来最高", 2024)).toEqual([]);
    const e = fixture(["惠企政策直达快享。出让工业用地15115亩、创近10年新高，建设标准厂房1601万平方米。"], ["地区生产总值增长5.5%左右。"]);
    expect(when(one(e, "建设标准厂房1601万平方米", "1601万平方米"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

/** A report of 2022 given in December 2021 (Guyuan's), its five-year review holding `review`. */
function reportOfDecember2021(review: string[]) {
  return extractText(
    "ceshi-2022.txt",
    [
      "2022年测试市政府工作报告",
      "——2021年12月28日在测试市第五届人民代表大会第一次会议上",
      "测试市市长 张三",
      "各位代表：",
      "一、过去五年工作回顾",
      "市四届人大一次会议以来的五年，是测试市发展史上极不寻常的五年。",
      ...review,
      "二、2022年目标任务",
      "地区生产总值增长7％以上。",
    ].join("\n"),
  );
}

describe("a record of growth set against the years before (Guyuan 2022: …增长13.9％，均为近四年最快增幅；社会消费品零售总额增长8％)", () => {
  it("names no span of the figures after it in its sentence", () => {
    expect(timeCues("地方一般公共预算收入增长13.9％，均为近四年最快增幅；社会消费品零售总额增长", 2022)).toEqual([]);
    const e = reportOfDecember2021([
      "即将过去的2021年，我们扎实做好“六稳”工作，实现“十四五”良好开局。预计地区生产总值增长7％，固定资产投资增长6％左右，地方一般公共预算收入增长13.9％，均为近四年最快增幅；社会消费品零售总额增长8％，城乡居民人均可支配收入分别增长7.6％和10.5％，城镇调查失业率4.6％。",
    ]);
    const single = { kind: "result", year: 2021, base_year: null, period: null };
    expect(when(one(e, "社会消费品零售总额增长8％", "8％"))).toEqual(single);
    expect(when(one(e, "城乡居民人均可支配收入分别增长7.6％和10.5％", "7.6％"))).toEqual(single);
    expect(when(one(e, "地方一般公共预算收入增长13.9％", "13.9％"))).toEqual(single);
  });
});

describe("an estimate of this year in the review of a report given in December (Guyuan 2022: 预计今年地区生产总值达到377亿元)", () => {
  it("is the reviewed year's result, not a target of the plan year", () => {
    const e = reportOfDecember2021([
      "——经济实力大幅增强，居民收入快速跃升。预计今年地区生产总值达到377亿元，是2016年的1.6倍，年均增长6.7％。人均地区生产总值达到3.3万元。",
    ]);
    expect(when(one(e, "预计今年地区生产总值达到377亿元", "377亿元"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
    expect(when(one(e, "年均增长6.7％", "6.7％"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2017, 2021] });
  });
});

describe("this year in the review of a report given in December (Yinchuan 2013: 今年地区生产总值突破千亿元大关，达到1140.83亿元)", () => {
  it("is the year the report was given, reviewed; a running total of its own years still spans them", () => {
    const e = reportOfDecember2021([
      "——综合实力显著提升。今年地区生产总值突破千亿元大关，达到1140.83亿元，是2016年的2.6倍，年均增长13.1%；完成全社会固定资产投资918.73亿元，五年累计达到3159亿元，年均增长26.9%。",
    ]);
    expect(when(one(e, "达到1140.83亿元", "1140.83亿元"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
    expect(when(one(e, "年均增长13.1%", "13.1%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2017, 2021] });
    expect(when(one(e, "五年累计达到3159亿元", "3159亿元"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2017, 2021] });
    expect(when(one(e, "地区生产总值增长7％以上", "7％"))).toEqual({ kind: "target", year: 2022, base_year: null, period: null });
  });

  it("spans the running total of five years named in its clause, after a sentence naming years (Guyuan 2016: 全市五年累计举债134亿元)", () => {
    const e = fixture(
      ["五年来，政府效能有了新提升。2013年、2014年获全区五市效能目标管理考核一等奖。完善政府债务审批偿还机制，全市五年累计举债134亿元。"],
      ["地区生产总值增长8%。"],
    );
    expect(when(one(e, "全市五年累计举债134亿元", "134亿元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2015, 2019] });
  });

  it("spans a running total or an average over six years named in its clause (Chongqing 2003: 全社会固定资产投资六年累计完成3870亿元)", () => {
    const e = fixture(
      [
        "（一）总体经济实力迈上新台阶。据初步统计，2002年全市国内生产总值完成1971亿元，与1996年相比，增长68.9%。全社会固定资产投资六年累计完成3870亿元，是直辖前6年的3.4倍。",
        "（七）对内对外开放进一步扩大。六年实际利用外资累计达到31亿美元，25家世界500强企业在我市投资兴办企业36家。六年出口总额累计49亿美元，年均增长11.3%。",
      ],
      ["地区生产总值增长8%。"],
    );
    expect(when(one(e, "全社会固定资产投资六年累计完成3870亿元", "3870亿元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2014, 2019] });
    expect(when(one(e, "六年实际利用外资累计达到31亿美元", "31亿美元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2014, 2019] });
    expect(when(one(e, "六年出口总额累计49亿美元", "49亿美元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2014, 2019] });
    expect(when(one(e, "年均增长11.3%", "11.3%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2014, 2019] });
  });

  it("is the plan year in a report given in the plan year", () => {
    expect(timeCues("今年地区生产总值", 2022, "review", 2022).map((c) => c.last)).toEqual([2022]);
    expect(timeCues("今年地区生产总值", 2022, "review", 2021).map((c) => c.last)).toEqual([2021]);
    expect(timeCues("今年地区生产总值", 2022, "plan", 2021).map((c) => c.last)).toEqual([2022]);
    // But this year's work so far is the year it was given, in any part (Zigong 2023: 今年工作中，我们…).
    expect(timeCues("今年工作中，我们坚持", 2022, "plan", 2021).map((c) => c.last)).toEqual([2021]);
    expect(timeCues("今年以来，我们坚持", 2022, "plan", 2021).map((c) => c.last)).toEqual([2021]);
    expect(timeCues("今年工作中，我们坚持", 2022, "plan", 2022).map((c) => c.last)).toEqual([2022]);
  });
});

describe("a review of the year and of the government's term (Changchun 2022: 一、2021年和本届政府工作回顾 … 五年来，…)", () => {
  it("gives the changes of the five years their years, and the year's results and the levels reached their year", () => {
    const text = [
      "2022年测试市政府工作报告",
      "——2022年2月20日在测试市第十六届人民代表大会第一次全体会议上",
      "市长 张三",
      "各位代表：",
      "一、2021年和本届政府工作回顾",
      "2021年，是测试发展史上极不平凡的一年。地区生产总值增长6.2%，固定资产投资增长11.6%。",
      "过去的五年，我们始终牢记嘱托，主动作为，开拓奋进，推动振兴发展迈上新台阶。",
      "五年来，着力抓改革促创新，发展活力全面增强。高新技术企业数量增长8倍，是东北唯一连续5年人才净流入地区。",
      "五年来，着力兜底线强保障，民生福祉全面提高。打赢精准脱贫攻坚战，城乡居民收入增长30%以上，全面小康历史任务如期实现。城镇化率达到65.9%。",
      "二、2022年重点工作",
      "2022年全市经济社会发展主要预期目标是：地区生产总值增长6.5%左右。",
    ].join("\n");
    const e = extractText("ceshi-2022.txt", text);
    expect(when(one(e, "地区生产总值增长6.2%", "6.2%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
    expect(when(one(e, "高新技术企业数量增长8倍", "8倍"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2017, 2021] });
    expect(when(one(e, "城乡居民收入增长30%以上", "30%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2017, 2021] });
    expect(when(one(e, "城镇化率达到65.9%", "65.9%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
  });
});

describe("a figure measured against a plan's total (Nanning 2019: 投资额相当于“十二五”时期投资总额的46%)", () => {
  it("is the year reviewed, as are the figures after it in the sentence", () => {
    const e = fixture(["五象新区核心区基本成型。年内新区完成投资420.06亿元、增长18.32%，投资额相当于“十二五”时期投资总额的46%，其中社会资本投资占78.25%。"], ["地区生产总值增长7%以上。"]);
    expect(when(one(e, "投资总额的46%", "46%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(e, "社会资本投资占78.25%", "78.25%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a running total in the review of one year (Sichuan 2022: 一、2021年工作回顾 … 累计覆盖110个县)", () => {
  it("is the total at that year's end, not a sum over five years", () => {
    const e = fixture(
      [
        "毫不放松抓好常态化疫情防控。“四川天府健康通”覆盖超1亿人，接种疫苗累计超1.5亿剂次。",
        "一年来，我们积极扩大有效需求，经济基本盘更加稳固。新增国家级电子商务进农村综合示范项目15个，累计覆盖110个县、居全国第一。",
      ],
      ["地区生产总值增长6.5%左右。"],
    );
    // Framed only by the part's heading (`一、2019年工作回顾`), or by the paragraph too (`一年来`).
    expect(when(one(e, "累计覆盖110个县", "110个"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(e, "接种疫苗累计超1.5亿剂次", "1.5亿剂次"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("the reviewed year's GDP growth in each 2021 report", () => {
  const RESULTS: Record<string, [string, number]> = {
    "guyuan-2021": ["地区生产总值增长5.6%", 5.6],
    "ningxia-2021": ["全年实现地区生产总值3921亿元，增长3.9%", 3.9],
    "shizuishan-2021": ["地区生产总值同比增长6%", 6],
    "wuzhong-2021": ["全年地区生产总值、一般公共预算收入、固定资产投资、城镇居民人均可支配收入分别增长6.2%", 6.2],
    "yinchuan-2021": ["全市地区生产总值增长3.2%", 3.2],
    "zhongwei-2021": ["全市地区生产总值增长0.3%", 0.3],
  };

  it("covers every 2021 report", () => {
    expect(Object.keys(RESULTS).sort()).toEqual(RAW_IDS.filter((id) => id.endsWith("-2021")));
  });

  it.each(Object.keys(RESULTS))("%s: one result of 2020 for gdp_growth, of that year alone", (id) => {
    const e = real(id);
    const [clause, value] = RESULTS[id]!;
    const found = e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "result" && f.year === e.doc.meta.year - 1 && f.period === null);
    expect(found.map((f) => f.quote)).toHaveLength(1);
    expect(found[0]!.quote).toContain(clause);
    expect(found[0]).toMatchObject({ value, base_year: null, estimate: false });
  });
});

describe("the reviewed year's GDP growth in the development corpus (other places and years)", () => {
  /**
   * Read from the files; null where the review gives no figure (北京 预计实现正增长, 天津 five-year averages only).
   * qianxinan-2020 is left out: its text reads `增长109.8%左右`, a slip of the source.
   */
  const RESULTS: Record<string, number | null> = {
    "beijing-2023": null,
    "chengdu-2020": 7.8,
    "dongguan-2023": 0.6,
    "guizhou-2019": 9.1,
    "guowuyuan-2021": 2.3,
    "hebei-2016": 6.8,
    "jingdezhen-2022": 8.7,
    "luzhou-2022": 8.5,
    "nanchang-2017": 9,
    "neimenggu-2023": 4,
    "shanghai-2016": 6.9,
    "taiyuan-2019": 9.2,
    "tianjin-2018": null,
    "wuhan-2018": 8,
    "wuxi-2017": 7.5,
    "xiamen-2020": 8,
    "xian-2018": 7.7,
    "xingtai-2024": 4.1,
    "xizang-2021": 7.8,
  };

  it.each(DEV_IDS.filter((id) => id in RESULTS))("%s: at most one, of that year alone", (id) => {
    const e = dev(id);
    const found = e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "result" && f.year === e.doc.meta.year - 1 && f.period === null);
    expect(found.map((f) => f.value)).toEqual(RESULTS[id] === null ? [] : [RESULTS[id]]);
  });
});

describe("decoys of the plan year's targets and the reviewed year's results", () => {
  it("a “十三五” five-year average is a result over 2016–2020, not the 2020 result", () => {
    const guyuan = one(real("guyuan-2021"), "地区生产总值年均增长6.9%", "6.9%");
    expect(when(guyuan)).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
    expect(guyuan.metric).toBe("gdp_growth");
    expect(when(one(real("wuzhong-2021"), "地区生产总值年均增长7.4%", "7.4%"))).toMatchObject({ kind: "result", period: [2016, 2020] });
  });

  it("a yearly average of the five years under review is no result of the reviewed year", () => {
    const e = dev("neimenggu-2023");
    const average = e.figures.filter((f) => f.quote === "城镇新增就业年均20万人以上");
    expect(average.map((f) => [f.kind, f.year, f.period])).toEqual([["result", 2022, [2018, 2022]]]);
  });

  it("five-year aims are targets over 2021–2025, even after 主要预期目标是： inside the five-year part", () => {
    const ningxia = one(real("ningxia-2021"), "地区生产总值年均增长6%左右", "6%");
    expect(when(ningxia)).toEqual({ kind: "target", year: 2025, base_year: null, period: [2021, 2025] });
    const wuzhong = one(real("wuzhong-2021"), "地区生产总值年均增长6.5%左右", "6.5%");
    expect(when(wuzhong)).toEqual({ kind: "target", year: 2025, base_year: null, period: [2021, 2025] });
    const shizuishan = one(real("shizuishan-2021"), "地区生产总值年均增长6.5%左右", "6.5%");
    expect(when(shizuishan)).toMatchObject({ kind: "target", period: [2021, 2025] });
  });

  it("到2025年 sets a target over the plan's years, levels included", () => {
    const e = real("yinchuan-2021");
    expect(when(one(e, "全市地区生产总值年均增长6%以上", "6%"))).toEqual({ kind: "target", year: 2025, base_year: null, period: [2021, 2025] });
    const perCapita = one(e, "人均地区生产总值达到10万元以上", "10万元");
    expect(when(perCapita)).toEqual({ kind: "target", year: 2025, base_year: null, period: [2021, 2025] });
    expect(perCapita.metric).toBe("gdp_per_capita");
  });

  it("累计 looking back is a running total over several years, not the reviewed year's result", () => {
    const energy = one(real("shizuishan-2021"), "单位GDP能耗累计下降16%", "16%");
    expect(when(energy)).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
    expect(energy.metric).toBe("energy_intensity_change");
    expect(when(one(real("zhongwei-2021"), "累计完成固定资产投资1320亿元", "1320亿元")).period).toEqual([2016, 2020]);
    // In a “十三五” section whose paragraph names no span.
    expect(when(one(real("guyuan-2021"), "累计到位资金762.8亿元", "762.8亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
    // A running total planned for the end of the plan year is that year's target.
    expect(when(one(real("yinchuan-2021"), "力争年底累计建成5G基站4000处", "4000处"))).toEqual({ kind: "target", year: 2021, base_year: null, period: null });
  });

  it("比2015年 / 比“十二五”末: the base year is kept and the change has no year-on-year id", () => {
    for (const [text, figure] of [
      ["PM2.5、PM10年均浓度比2015年分别下降12%", "12%"],
      ["PM2.5、PM10年均浓度比2015年分别下降12%、11%以上", "11%"],
    ] as const) {
      const f = one(real("shizuishan-2020"), text, figure);
      expect(f).toMatchObject({ kind: "target", year: 2020, base_year: 2015, period: null, metric: null });
    }
    const pm = one(real("guyuan-2021"), "PM10、PM2.5浓度比“十二五”末分别下降30.3%", "30.3%");
    expect(pm).toMatchObject({ kind: "result", year: 2020, base_year: 2015, metric: null });
  });

  it("a change against a plan's end (较“十三五”末, 比“十二五”末) keeps the subject of the level before it (Urumqi 2026, Shizuishan 2021, Xizang 2021)", () => {
    const e = fixture(["全市经营主体总量突破50万户，较“十二五”末增长24.2%。资产总额、营业收入分别较“十二五”末增长11.9%、25.2%。"], ["地区生产总值增长6%。"]);
    expect(e.figures.filter((f) => f.unit === "%").map((f) => [f.label_zh, f.base_year, f.quote])).toEqual([
      ["经营主体总量较“十二五”末增长", 2015, "全市经营主体总量突破50万户，较“十二五”末增长24.2%"],
      ["资产总额较“十二五”末增长", 2015, "资产总额、营业收入分别较“十二五”末增长11.9%、25.2%"],
      ["营业收入较“十二五”末增长", 2015, "资产总额、营业收入分别较“十二五”末增长11.9%、25.2%"],
      ["地区生产总值增长", null, "地区生产总值增长6%"],
    ]);
    // The average after the change against the plan's end is the GDP's, over the plan's years.
    const average = one(real("shizuishan-2021"), "比“十二五”末增长38.3%，年均增长6.7%", "6.7%");
    expect(average).toMatchObject({ kind: "result", year: 2020, period: [2016, 2020], metric: "gdp_growth" });
    expect(one(real("shizuishan-2021"), "比“十二五”末增长38.3%", "38.3%")).toMatchObject({ base_year: 2015, metric: null, label_zh: "地区生产总值比“十二五”末增长" });
    expect(one(dev("xizang-2021"), "比“十二五”末增长46.2%", "46.2%").quote).toBe("规上工业企业152家，比“十二五”末增长46.2%");
  });

  it("高于全国…个百分点 beside the GDP result is no GDP growth figure nor any; 增速高于全区平均水平 gives no figure at all", () => {
    const e = real("ningxia-2021");
    expect(e.figures.filter((f) => f.quote.includes("高于全国1.6个百分点"))).toEqual([]);
    const guyuan = real("guyuan-2021");
    expect(guyuan.figures.filter((f) => f.quote.includes("增速高于全区平均水平"))).toEqual([]);
  });

  it("an estimate (预计) of the reviewed year in a 2021 report is a 2020 result", () => {
    const rd = one(real("zhongwei-2021"), "预计全社会研究与试验发展经费投入强度达到1.3%", "1.3%");
    expect(rd).toMatchObject({ kind: "result", year: 2020, period: null, estimate: true, metric: "rd_intensity" });
    const urban = one(real("ningxia-2021"), "城镇化率预计达61%", "61%");
    expect(urban).toMatchObject({ kind: "result", year: 2020, estimate: true, metric: "urbanization_rate" });
  });

  it("a year the sentence names wins over the reviewed year; baselines are not results", () => {
    const e = real("zhongwei-2021");
    expect(when(one(e, "2019年常住人口城镇化率达到44.82%", "44.82%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    const gdp = e.figures.filter((f) => f.quote.includes("地区生产总值由2015年的304亿元增加到440亿元"));
    expect(gdp.map((f) => [f.value, f.year, f.metric])).toContainEqual([440, 2020, "gdp"]);
    expect(gdp.map((f) => f.value)).not.toContain(304);
  });

  it("a part's own “过去的五年” frames its sub-sections: their figures span the five years unless their paragraph names a year", () => {
    const e = real("guyuan-2021");
    // Under “### （五）共享成果温暖人心。”, below the part's “各位代表，过去的五年，是…的五年。”.
    expect(when(one(e, "新增城镇就业3.7万人", "3.7万人"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
    expect(when(one(e, "建成美丽小城镇39个", "39个")).period).toEqual([2016, 2020]);
    // The same sub-section's “各位代表，刚刚过去的2020年令人难忘…” is about 2020: the GDP result the tracker reads.
    expect(one(e, "地区生产总值增长5.6%", "5.6%")).toMatchObject({ kind: "result", year: 2020, period: null, metric: "gdp_growth" });
    // A level reached at the end of the span stays that year's level, the second of a list too (`达到…元和…元`).
    expect(when(one(e, "城乡居民收入分别达到30052.1元和11950.7元", "11950.7元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    // A part with no span of its own frames nothing: the 2020 review of a 2021 report keeps its year.
    const ningxia = real("ningxia-2021").figures.filter((f) => f.kind === "result" && f.metric === "gdp_growth");
    expect(ningxia.some((f) => f.year === 2020 && f.period === null)).toBe(true);
  });

  it("levels reached by verbs of reaching (压缩至, 发展到) are the end year's, in a framed section too", () => {
    const x = dev("xizang-2021");
    expect(when(one(x, "企业申办时间压缩至4个工作日", "4个工作日"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "市场主体发展到36.5万户", "36.5万户"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "新建改建农村公路3.8万公里", "3.8万公里")).period).toEqual([2016, 2020]);
  });
});

describe("terms and frames of reports of other shapes", () => {
  it("reads parts that look back on a term of four years, and that start the new one", () => {
    expect(partSignal("一、过去四年和2021年工作回顾", 2022)).toBe("review");
    expect(partSignal("三、踔厉奋发勇毅前行，在新征程上迈好第一步", 2023)).toBe("plan");
    expect(partSignal("一、攻坚克难，务实重行，实现了新一届政府的良好开局", 2018)).toBe("review");
    expect(partSignal("一、牢记嘱托砥砺奋进，经济社会发展取得新的重大成就", 2023)).toBe("review");
    expect(partSignal("三、力争取得更大成绩", 2023)).not.toBe("review");
    expect(partOfTitle("一、牢记嘱托砥砺奋进，经济社会发展取得新的重大成就", 2023)).toBe("review");
  });

  const report = (year: number, body: string[]) =>
    ["---", `title: ${year}年测试市政府工作报告`, "---", "", `——${year}年1月10日在测试市第一届人民代表大会第一次会议上`, "", "测试市市长 张三", "", "各位代表：", "", ...body.flatMap((p) => [p, ""])].join("\n");

  it("frames the paragraphs right under a part by the part's opening, as it frames its sections", () => {
    const x = extractText("ceshi-2021.md", report(2021, [
      "一、“十三五”时期及2020年工作回顾",
      "“十三五”时期是测试市发展历程中极不平凡的5年。",
      "——基础设施建设实现历史性突破。新建、改建农村公路5906公里，乡（镇）100%通油路。",
      "——经济发展成效明显。地区生产总值从2015年的308亿元增加到2020年的512.75亿元，年均增长8%；固定资产投资累计完成1807亿元。",
      "刚刚过去的2020年是极其艰难而又极富成效的一年。",
      "——全市新建幼儿园12所。",
      "二、2021年工作安排",
      "今年全市地区生产总值增长7%左右。",
    ]));
    expect(when(one(x, "新建、改建农村公路5906公里", "5906公里"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
    expect(when(one(x, "固定资产投资累计完成1807亿元", "1807亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
    expect(when(one(x, "全市新建幼儿园12所", "12所"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "地区生产总值增长7%左右", "7%"))).toEqual({ kind: "target", year: 2021, base_year: null, period: null });
  });

  it("gives a running total of the year's sections to that year, under a heading that joins the year after the term's achievements (Heilongjiang 2021)", () => {
    const x = extractText("ceshi-2021.md", report(2021, [
      "一、“十三五”时期取得的成就及2020年工作",
      "“十三五”时期，全市上下聚力攻坚，真抓实干，“十三五”规划圆满收官。",
      "——民生保障持续改善。五年城镇新增就业282.9万人，城镇登记失业率控制在4.5%以内。",
      "各位代表，2020年是极不平凡的一年。全市地区生产总值增长1%。",
      "（三）坚决当好维护国家粮食安全“压舱石”。生猪生产快速恢复，全年出栏1790万头。建成高标准农田886.7万亩，累计达8116.5万亩。",
      "（四）积极激发市场主体活力。不折不扣落实各项惠企纾困政策，累计新增减税降费336.9亿元。",
      "二、全面做好2021年工作",
      "经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
    ]));
    expect(when(one(x, "累计达8116.5万亩", "8116.5万亩"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "累计新增减税降费336.9亿元", "336.9亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "五年城镇新增就业282.9万人", "282.9万人"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
  });

  it("spans a review of four years over four years, and dates a part whose heading names no time by the year its opening names", () => {
    const wuhai = extractText("ceshi-2022.md", report(2022, [
      "一、过去四年和2021年工作回顾",
      "四年来，我们锲而不舍抓转型。经济总量由424.8亿元增加到719亿元，年均增长7.6%。改造老旧小区97个。",
    ]));
    expect(when(one(wuhai, "年均增长7.6%", "7.6%")).period).toEqual([2018, 2021]);
    expect(when(one(wuhai, "改造老旧小区97个", "97个")).period).toEqual([2018, 2021]);
    const yunnan = extractText("ceshi-2023.md", report(2023, [
      "一、牢记嘱托砥砺奋进，经济社会发展取得新的重大成就",
      "过去五年，全省地区生产总值年均增长5.9%。",
      "2022年是极不平凡、极为艰难的一年。",
      "（一）全力扩大投资消费，发展韧性不断增强。固定资产投资增长7.5%，城镇新增就业52.2万人。",
      "二、2023年工作安排",
      "全省地区生产总值增长6%左右。",
    ]));
    expect(when(one(yunnan, "年均增长5.9%", "5.9%")).period).toEqual([2018, 2022]);
    expect(when(one(yunnan, "固定资产投资增长7.5%", "7.5%"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
    expect(when(one(yunnan, "城镇新增就业52.2万人", "52.2万人"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
    expect(when(one(yunnan, "地区生产总值增长6%左右", "6%"))).toEqual({ kind: "target", year: 2023, base_year: null, period: null });
  });

  it("reads a part whose heading has the outlook's words as the plan year's when its opening names the plan year", () => {
    const enshi = extractText("ceshi-2018.md", report(2018, [
      "一、攻坚克难，务实重行，实现了新一届政府的良好开局",
      "过去一年，城镇常住居民人均可支配收入增长8.5%。",
      "二、凝心聚力，砥砺奋进，开启建设全国先进自治州新征程",
      "2018年是全面贯彻落实十九大精神的开局之年。",
      "主要预期目标是：生产总值增长7%以上；固定资产投资增长14%以上。",
    ]));
    expect(when(one(enshi, "城镇常住居民人均可支配收入增长8.5%", "8.5%"))).toEqual({ kind: "result", year: 2017, base_year: null, period: null });
    expect(when(one(enshi, "生产总值增长7%以上", "7%"))).toEqual({ kind: "target", year: 2018, base_year: null, period: null });
  });

  it("lets a time word inside a statement frame that statement only, not the paragraphs after it", () => {
    const x = extractText("ceshi-2016.md", report(2016, [
      "一、2015年工作回顾",
      "过去一年，各项工作取得新进展。近三年淘汰落后钢铁产能9000万吨以上。",
      "棚户区住房改造开工601万套。",
    ]));
    expect(when(one(x, "棚户区住房改造开工601万套", "601万套"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
  });

  it("lets the last few years fused with a figure frame that sentence only, not the sentences after it (Hengshui 2016)", () => {
    const x = extractText("ceshi-2016.md", report(2016, [
      "一、“十二五”时期经济社会发展回顾",
      "过去五年，全市上下胜利完成“十二五”规划主要目标任务。",
      "坚持发展第一要务，全力以赴抓投资、稳增长。累计完成固定资产投资4187亿元。近两年交通、水利年度完成投资均超百亿元。项目谋划跑办水平有了新提高。入库重大储备项目373项，总投资6747亿元。",
    ]));
    expect(when(one(x, "近两年交通、水利年度完成投资均超百亿元", "百亿元"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2014, 2015] });
    expect(when(one(x, "入库重大储备项目373项", "373项"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
  });

  it("lets a term gone by fused with its count frame that sentence only, not the sentences after it (Xinyu 2016)", () => {
    const x = extractText("ceshi-2016.md", report(2016, [
      "一、2015年工作回顾",
      "（五）紧扣改善民生福祉，社会事业全面进步。为各类困难对象发放保障救助资金2亿元。“十二五”35个贫困村如期实现脱贫。市养老福利中心一期工程竣工，新建社区居家养老服务中心14个、农村颐养之家46个。明志、通济等5所小学扩容改造完成，新增学位7200个。",
    ]));
    expect(when(one(x, "35个贫困村如期实现脱贫", "35个"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
    expect(when(one(x, "新建社区居家养老服务中心14个", "14个"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
    expect(when(one(x, "新增学位7200个", "7200个"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
  });

  it("spans the coming plan over every sentence of a plan-part paragraph it opens (Harbin 2006)", () => {
    const x = extractText("ceshi-2006.md", report(2006, [
      "一、2005年及“十五”时期工作回顾",
      "2005年，实现生产总值1830.4亿元。",
      "二、“十一五”时期主要任务和2006年工作",
      "“十一五”时期，哈尔滨市经济社会发展目标是：经济持续快速协调健康发展，全市生产总值预期年均增长12%以上。经济增长方式进一步转变。资源利用效率显著提高，单位生产总值能源消耗比“十五”期末降低20%，城乡环境质量有较大改善。",
      "2006年哈尔滨市经济社会发展主要预期目标是：地区生产总值增长13%。工业增加值增长16.5%。",
    ]));
    expect(when(one(x, "单位生产总值能源消耗比“十五”期末降低20%", "20%"))).toEqual({ kind: "target", year: 2010, base_year: 2005, period: [2006, 2010] });
    expect(when(one(x, "工业增加值增长16.5%", "16.5%"))).toEqual({ kind: "target", year: 2006, base_year: null, period: null });
  });
});

describe("a bare 五年 opening a sentence of the review (Harbin 2006: 五年完成城市建设投资493亿元)", () => {
  const report = (body: string[]) =>
    ["---", "title: 2006年测试市政府工作报告", "---", "", "——2006年1月10日在测试市第一届人民代表大会第一次会议上", "", "测试市市长 张三", "", "各位代表：", "", ...body.flatMap((p) => [p, ""])].join("\n");

  it("is the term looked back on, as 五年来, but not 五年内 or a plan", () => {
    const types = (text: string) => timeCues(text, 2006).map((c) => [c.type, c.first, c.last]);
    expect(types("城市功能不断完善。五年完成城市建设投资493亿元，是“九五”时期的2.2倍")).toEqual([["span", 2001, 2005]]);
    expect(types("五年实际利用外资15.1亿美元")).toEqual([["span", 2001, 2005]]);
    expect(types("五年内建成地铁一号线")).toEqual([]);
    expect(types("编制五年规划")).toEqual([]);
    // In the plan or the outlook, the five years from the plan year (Chongqing 2008: 五年新转移农村富余劳动力200万人以上).
    expect(timeCues("五年新转移农村富余劳动力200万人以上", 2008, "outlook").map((c) => [c.type, c.first, c.last])).toEqual([["span", 2008, 2012]]);
  });

  it("spans the five years before the plan year, for its sentence and the sentences after it in the paragraph", () => {
    const x = extractText("ceshi-2006.md", report([
      "一、2005年及“十五”时期工作回顾",
      "城市功能不断完善，特色更加突出。五年完成城市建设投资493亿元，是“九五”时期的2.2倍。一批具有深远影响的基础设施项目取得重大进展。新建4座大型桥梁，建成二环快速干道，拓宽改造141条道路，建设通乡通村公路1595公里。",
      "二、“十一五”时期主要任务和2006年工作",
      "2006年主要预期目标是：地区生产总值增长13%。",
    ]));
    expect(when(one(x, "五年完成城市建设投资493亿元", "493亿元"))).toEqual({ kind: "result", year: 2005, base_year: null, period: [2001, 2005] });
    expect(when(one(x, "拓宽改造141条道路", "141条"))).toEqual({ kind: "result", year: 2005, base_year: null, period: [2001, 2005] });
    expect(when(one(x, "地区生产总值增长13%", "13%"))).toEqual({ kind: "target", year: 2006, base_year: null, period: null });
  });
});

describe("a deadline opening a sentence of a paragraph (Guangzhou 2003: 到2007年，三次产业比例为2：41：57。…)", () => {
  const report = (body: string[]) =>
    ["---", "title: 2003年测试市政府工作报告", "---", "", "——2003年1月10日在测试市第一届人民代表大会第一次会议上", "", "测试市市长 张三", "", "各位代表：", "", ...body.flatMap((p) => [p, ""])].join("\n");
  const x = extractText("ceshi-2003.md", report([
    "一、过去五年工作的回顾",
    "五年来，全市国内生产总值年均增长13.4％。",
    "二、今后五年的奋斗目标和2003年工作建议",
    "―――经济结构要进一步优化。到2007年，三次产业比例为2：41：57。高新技术产品产值占工业总产值的比重达到25％以上。现代服务业比较发达。今年，城市生活污水处理率达到50％以上。",
    "―――城市建设和管理再上新水平。城市生活污水处理率达到80％以上。",
  ]));

  it("carries to the sentences after it in its paragraph: aims to that year", () => {
    expect(when(one(x, "三次产业比例为2：41：57", "2：41：57"))).toEqual({ kind: "target", year: 2007, base_year: null, period: [2003, 2007] });
    expect(when(one(x, "高新技术产品产值占工业总产值的比重达到25％以上", "25％"))).toEqual({ kind: "target", year: 2007, base_year: null, period: [2003, 2007] });
  });

  it("stops where a sentence gives its own time", () => {
    expect(when(one(x, "城市生活污水处理率达到50％以上", "50％"))).toEqual({ kind: "target", year: 2003, base_year: null, period: null });
  });

  it("leaves the next paragraph to its part: the five years' aims of 今后五年的奋斗目标和2003年工作建议, not the plan year's", () => {
    expect(when(one(x, "城市生活污水处理率达到80％以上", "80％"))).toEqual({ kind: "target", year: 2007, base_year: null, period: [2003, 2007] });
  });
});

describe("a second run of sections after the review's, opened by the coming plan (Guyuan 2016)", () => {
  it("holds the five-year aims, not the reviewed year's results", () => {
    const x = extractText("ceshi-2016.md", ["---", "title: 测试市政府工作报告", "---", "", "——2016年1月19日在测试市第三届人民代表大会第四次会议上", "", "测试市市长 张三", "", "各位代表：", "",
      "**2015年及“十二五”工作**", "", "过去的一年，市人民政府认真贯彻落实自治区党委、政府和市委的决策部署。", "",
      "一、扶贫开发温暖人心。累计争取扶贫资金45.1亿元，完成贫困村销号189个。", "", "二、生态保护深得人心。生态成为我市一张亮丽名片。", "",
      "“十三五”时期是我市脱贫摘帽、同步小康的决胜期，更是我市补齐短板、拔掉穷根的机遇期。", "",
      "一、精准脱贫，产业富民。脱贫是我市发展最根本的任务。", "",
      "（一）全面落实“1+21+X”脱贫攻坚规划。实施精准脱贫“五个一批”计划，发展生产和转移就业脱贫12.7万人左右。", "",
      "二、生态优先，协调发展。生态是发展最宝贵的优势。", "", "（一）保护好天高云淡、绿树成荫的美丽环境。再造林100万亩，森林覆盖率达到27%以上。", "",
      "**2016年重点工作**", "", "一、抓实精准脱贫规划。完成150个贫困村销号，10万人脱贫。", ""].join("\n"));
    expect(when(one(x, "完成贫困村销号189个", "189个"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
    expect(when(one(x, "发展生产和转移就业脱贫12.7万人左右", "12.7万人"))).toEqual({ kind: "target", year: 2020, base_year: null, period: [2016, 2020] });
    expect(when(one(x, "再造林100万亩", "100万亩"))).toEqual({ kind: "target", year: 2020, base_year: null, period: [2016, 2020] });
    expect(when(one(x, "10万人脱贫", "10万人"))).toEqual({ kind: "target", year: 2016, base_year: null, period: null });
  });
});

describe("the last year of a term, opened by a salutation with a colon (Gansu 2006: 各位代表：在刚刚过去的２００５年，…)", () => {
  it("frames the items after it in that year, while the term's own paragraphs span it", () => {
    const text = [
      "2006年测试省政府工作报告",
      "——2006年1月15日在测试省第十届人民代表大会第四次会议上",
      "测试省省长 张三",
      "各位代表：",
      "“十五”计划完成情况",
      "“十五”时期，全省各族人民全面完成了“十五”计划主要预期目标任务。",
      "———基础设施建设取得突破性进展。新增高等级公路２６４９公里。",
      "各位代表：在刚刚过去的２００５年，全省完成了各项目标任务。主要特点：",
      "一是项目建设顺利推进。全社会固定资产投资预计完成８７２亿元。二是就业扩大，新增就业１６万人左右。",
      "2006年的政府工作",
      "主要预期目标是：生产总值增长10％以上。",
    ].join("\n");
    const figs = extractText("ceshi-2006.txt", text).figures;
    const at = (label: string) => when(figs.find((f) => f.label_zh === label)!);
    expect(at("全社会固定资产投资")).toEqual({ kind: "result", year: 2005, base_year: null, period: null });
    expect(at("新增就业")).toEqual({ kind: "result", year: 2005, base_year: null, period: null });
    expect(at("新增高等级公路")).toEqual({ kind: "result", year: 2005, base_year: null, period: [2001, 2005] });
  });
});

describe("the last year of a term, named without its number (Dandong 2022: 各位代表，刚刚过去的一年，是…重要一年)", () => {
  it("is last year, as 过去一年 is", () => {
    const types = (text: string) => timeCues(text, 2022).map((c) => [c.type, c.first, c.last]);
    expect(types("刚刚过去的一年，是在建党百年历史时刻完成阶段性任务、开启新征程的重要一年")).toEqual([["year", 2021, 2021]]);
    expect(types("过去的一年，我们")).toEqual([["year", 2021, 2021]]);
  });

  it("tells that year's results after the term's look back, not the term's", () => {
    const e = extractText(
      "ceshi-2022.md",
      [
        "---", "title: 测试市政府工作报告（2022年1月8日 张三）", "---", "",
        "——2022年1月8日测试市第十七届人民代表大会第一次会议通过", "", "测试市人民政府市长 张三", "", "各位代表：", "",
        "一、过去四年及2021年工作回顾", "",
        "过去四年，是测试发展历程中极为特殊而又极不平凡的时期。这四年我们主要做了以下工作：", "",
        "推进全面振兴，综合实力持续增强。地区生产总值年均增长2.5%;规模以上工业增加值年均增长4.3%。", "",
        "各位代表，刚刚过去的一年，是在建党百年历史时刻完成阶段性任务、开启新征程的重要一年。我们以“十四五”开好局起好步为目标，全市经济稳定恢复、稳中向好。预计地区生产总值同比增长7.2%，规模以上工业增加值增长8%。", "",
        "一是着力稳增长，有效投资全面扩大。向上争取各类资金24.5亿元，引进项目423个。", "",
        "三、2022年重点工作", "",
        "全市经济社会发展的主要预期目标是：地区生产总值同比增长6%以上。", "",
      ].join("\n"),
    );
    expect(when(one(e, "地区生产总值年均增长2.5%", "2.5%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2018, 2021] });
    expect(when(one(e, "预计地区生产总值同比增长7.2%", "7.2%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
    expect(one(e, "预计地区生产总值同比增长7.2%", "7.2%").metric).toBe("gdp_growth");
    expect(when(one(e, "引进项目423个", "423个"))).toEqual({ kind: "result", year: 2021, base_year: null, period: null });
  });
});

describe("last year as what a plan figure is flat with (Dali 2021: 一般公共预算支出与上年持平，城镇常住居民人均可支配收入增长5%)", () => {
  it("leaves the targets after it the plan year's", () => {
    const e = fixture(
      ["全年地区生产总值增长2%。"],
      ["地区生产总值增长8%以上，一般公共预算收入增长3%，一般公共预算支出与上年持平，城镇常住居民人均可支配收入增长5%，农村常住居民人均可支配收入增长7%。"],
    );
    expect(when(one(e, "城镇常住居民人均可支配收入增长5%", "5%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(one(e, "农村常住居民人均可支配收入增长7%", "7%")).toMatchObject({ kind: "target", year: 2020, metric: "rural_income_growth" });
  });
});

describe("a five-year plan named as what the plan year opens (Yichang 2021: 开局“十四五”，开启新征程)", () => {
  it("is no time of the figures", () => {
    const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last]);
    expect(types("开局“十四五”，开启新征程", 2021)).toEqual([]);
    expect(types("今年是“十四五”开局之年", 2021)).toEqual([["year", 2021, 2021]]);
    expect(types("“十四五”时期，全市", 2021)).toEqual([["span", 2021, 2025]]);
  });

  it("leaves the tasks after the plan year's opening paragraph the plan year's", () => {
    const e = extractText(
      "ceshi-2021.txt",
      [
        "2021年测试市政府工作报告",
        "2021年1月14日在测试市第六届人民代表大会第六次会议上",
        "市长 张三",
        "各位代表：",
        "一、2020年工作回顾",
        "新增城镇就业6.6万人。",
        "二、2021年工作重点",
        "各位代表！今年是我市加速疫后重振的关键之年。开局“十四五”，开启新征程，意义重大。今年的主要预期目标是：生产总值增长11%以上。",
        "（一）坚持创新驱动",
        "培育壮大创新主体。力争新增高新技术企业100家。",
      ].join("\n"),
    );
    expect(when(one(e, "新增高新技术企业100家", "100家"))).toEqual({ kind: "target", year: 2021, base_year: null, period: null });
  });
});

describe("the first years of a plan (State Council 2010: “十一五”前四年累计单位国内生产总值能耗下降14.38%)", () => {
  it("are those years, looked back on", () => {
    const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last]);
    expect(types("“十一五”前四年累计单位国内生产总值能耗下降14.38%", 2010)).toEqual([["span", 2006, 2009]]);
    const e = fixture(["“十三五”前四年累计单位地区生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。"], ["地区生产总值增长8%。"]);
    expect(when(one(e, "能耗下降14.38%", "14.38%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2016, 2019] });
  });
});

describe("the first years of the five looked back on, no plan named (Xiaogan 2021: 地区生产总值迈过2000亿元，前四年年均增长7.6%)", () => {
  it("are those years, in the review only, and no word of the label", () => {
    const types = (text: string, year: number, part: "review" | "plan") => timeCues(text, year, part).map((c) => [c.type, c.first, c.last]);
    expect(types("地区生产总值迈过2000亿元，前四年年均增长7.6%", 2021, "review")).toEqual([["span", 2016, 2019]]);
    expect(types("地区生产总值迈过2000亿元，前四年年均增长7.6%", 2021, "plan")).toEqual([]);
    expect(types("比原计划提前两年累计完成", 2021, "review")).toEqual([]);
    const e = fixture(
      ["这五年，经济实力在调整优化中不断增强。地区生产总值迈过2000亿元，前四年年均增长7.6%。规模以上工业企业达1189家，增加值前四年年均增长8.3%。"],
      ["地区生产总值增长6%。"],
    );
    // The fixture's plan year is 2020: the five looked back on are 2015–2019, their first four 2015–2018.
    expect(one(e, "前四年年均增长7.6%", "7.6%")).toMatchObject({ kind: "result", year: 2018, period: [2015, 2018], metric: "gdp_growth", label_zh: "地区生产总值年均增长" });
    expect(one(e, "增加值前四年年均增长8.3%", "8.3%")).toMatchObject({ kind: "result", year: 2018, period: [2015, 2018] });
  });
});

describe("a five-year plan named before a project of it at the head of a sentence (Haidong 2020: “十三五”易地扶贫搬迁项目进展顺利)", () => {
  it("names the project, no time of the sentences after it", () => {
    const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last]);
    expect(types("。“十三五”易地扶贫搬迁项目进展顺利，搬迁入住14153户", 2020)).toEqual([]);
    expect(types("。“十三五”重点工程全部开工", 2020)).toEqual([]);
    // The plan as the time of what the place did stays a span.
    expect(types("；“十一五”全省固定资产投资累计超过3.2万亿元", 2010)).toEqual([["span", 2006, 2010]]);
    const e = fixture(
      ["全市脱贫攻坚成效显著。“十三五”易地扶贫搬迁项目进展顺利，搬迁入住14153户。全市PM10平均浓度下降15.7%，环境空气质量优良率达到95.5%。"],
      ["地区生产总值增长6.5%左右。"],
    );
    expect(when(one(e, "PM10平均浓度下降15.7%", "15.7%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(one(e, "环境空气质量优良率达到95.5%", "95.5%")).toMatchObject({ kind: "result", year: 2019, metric: "good_air_days_ratio" });
  });
});

describe("a five-year plan named before a long name of a project of it, opening a clause (Mianyang 2014: 新农合实现全覆盖，“十二五”国家重大传染病综合防治示范区项目加快实施)", () => {
  it("names the project: the count after it in the review is last year's, no target of the plan's end", () => {
    const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last]);
    expect(types("新农合实现全覆盖，“十二五”国家重大传染病综合防治示范区项目加快实施", 2014)).toEqual([]);
    const e = fixture(
      ["医药卫生体制改革走在全省前列，新农合实现全覆盖，“十二五”国家重大传染病综合防治示范区项目加快实施，全国中医药先进市顺利验收，7家新增三级医院通过评审。"],
      ["地区生产总值增长10%。"],
    );
    expect(when(one(e, "7家新增三级医院通过评审", "7家"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a five-year aim raised on a base (national 2011: 今后五年，…在明显提高质量和效益的基础上年均增长7%)", () => {
  it("reads `基础上年均` as 上 closing the phrase before 年均, not as 上年 (last year)", () => {
    expect(timeCues("今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%", 2011, "outlook").map((c) => [c.type, c.first, c.last])).toEqual([["span", 2011, 2015]]);
    expect(timeCues("比上年增长7%，上年末总人口", 2011).map((c) => [c.type, c.first, c.last])).toEqual([["year", 2010, 2010]]);
  });

  it("gives the GDP growth of the five years ahead, a target, of the place the label names as 我市", () => {
    const x = extractText("ceshi-2011.txt", [
      "2011年测试市政府工作报告",
      "2011年1月10日在测试市第一届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、“十一五”时期工作回顾",
      "五年来，地区生产总值年均增长11.2%。",
      "二、“十二五”时期的主要目标",
      "今后五年，我市经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。",
      "三、2011年工作",
      "今年主要预期目标是：地区生产总值增长8%。",
    ].join("\n"));
    const f = one(x, "在明显提高质量和效益的基础上年均增长7%", "7%");
    expect(when(f)).toEqual({ kind: "target", year: 2015, base_year: null, period: [2011, 2015] });
    expect(f.metric).toBe("gdp_growth");
  });
});

describe("a past year's target told again in its review (Nanjing 2012: 居民消费价格指数涨幅原定控制在4%左右，但…达到了5.4%)", () => {
  it("is a target of that year, and the figure reached its result, both named without the words of the setting", () => {
    const x = fixture(["需要特别报告的是，居民消费价格指数涨幅原定控制在4%左右，但由于各种因素的影响，达到了5.4%，未能完成目标要求。"], []);
    const set = one(x, "原定控制在4%左右", "4%");
    expect({ ...when(set), metric: set.metric, label: set.label_zh }).toEqual({ kind: "target", year: 2019, base_year: null, period: null, metric: "cpi_growth", label: "居民消费价格指数涨幅" });
    const reached = one(x, "达到了5.4%", "5.4%");
    expect({ ...when(reached), metric: reached.metric, label: reached.label_zh }).toEqual({ kind: "result", year: 2019, base_year: null, period: null, metric: "cpi_growth", label: "居民消费价格指数涨幅" });
  });
});

describe("a goal a result is held against, named after its figure (Hubei 2015: 去年地区生产总值增速与10%的预期目标有少许差距)", () => {
  it("gives no record: it is neither that year's result nor a target of the plan", () => {
    const x = fixture(["全年完成生产总值27367.04亿元，增长9.7%。", "在肯定成绩的同时，我们清醒地认识到，去年地区生产总值增速与10%的预期目标有少许差距。"], ["地区生产总值增长9%以上。"]);
    expect(x.figures.filter((f) => f.quote.includes("预期目标"))).toEqual([]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.value])).toEqual([["result", 9.7], ["target", 9]]);
  });
});

describe("a goal the State Council set, named after its figure in a city's review (Jinchang 2019: 均在国务院提出2019年6月份压缩至120天的目标以内)", () => {
  it("gives no record, though its month falls in the plan year: the nation's goal, not the place's target", () => {
    const x = fixture(["企业投资项目审批时限压缩至100天以内，完成时间和压缩时限均在国务院提出2020年6月份压缩至120天的目标以内。"], ["地区生产总值增长6%左右。"]);
    expect(x.figures.filter((f) => f.quote.includes("国务院"))).toEqual([]);
    expect(x.figures.map((f) => [f.kind, f.value, f.unit])).toEqual([["result", 100, "天"], ["target", 6, "%"]]);
  });
});

describe("funds won with all effort, told in the review (Guangxi 2009: 全力争取到中央新增投资43.55亿元)", () => {
  it("is last year's result: 全力争取 is 全力 and 争取, not the pledge 力争", () => {
    const x = fixture(["去年上半年，周边国家通货膨胀开始显现，年中自治区就早部署、早行动、早落实。第三季度以后，国际金融危机对我区经济影响不断加重，我们冷静分析，沉着应对，全面迅速贯彻中央关于进一步扩大内需保持经济平稳较快增长的政策措施，全力争取到中央新增投资43.55亿元。"], []);
    expect(when(one(x, "全力争取到中央新增投资43.55亿元", "43.55亿元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("work stepped up in the review (Panjin 2023: 持续加力争创全域全国文明城市…，维修黑色路面11万平方米，拆除违法建筑1.5万平方米)", () => {
  it("is last year's result: 加力争创 is 加力 and 争创, not the pledge 力争", () => {
    const x = fixture(["持续加力争创全域全国文明城市和全国文明典范城市，开展基础设施维护、环境卫生整治等六大攻坚行动，维修黑色路面11万平方米，拆除违法建筑1.5万平方米，清理户外广告1.9万处，我市在全省文明城市年度测评中位列地级市第一名。"], []);
    expect(when(one(x, "维修黑色路面11万平方米", "11万平方米"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(x, "拆除违法建筑1.5万平方米", "1.5万平方米"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    // So after 着力 (着力争创, 着力 and 争创).
    const y = fixture(["着力争创国家卫生城市，新建公厕30座。"], []);
    expect(when(one(y, "新建公厕30座", "30座"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a cut measured from a year named as its ground (Harbin 2010: 水、气主要污染物在2005年基础上累计分别削减16%和11%)", () => {
  it("sets that year as the base year of both cuts, as 比2005年 would: no target of the plan year alone", () => {
    expect(baseYearOf("水、气主要污染物在2005年基础上累计分别削减")).toBe(2005);
    expect(baseYearOf("在2008年提供951套的基础上再向社会提供保障性住房")).toBe(null);
    const x = fixture(["全年地区生产总值增长6%。"], ["经济社会发展主要预期目标是：地区生产总值增长14%；万元生产总值综合能耗降低5%；水、气主要污染物在2005年基础上累计分别削减16%和11%。"]);
    expect(when(one(x, "削减16%", "16%"))).toEqual({ kind: "target", year: 2020, base_year: 2005, period: null });
    expect(when(one(x, "和11%", "11%"))).toEqual({ kind: "target", year: 2020, base_year: 2005, period: null });
    expect(when(one(x, "综合能耗降低5%", "5%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });
});

describe("a year's average level as the base of a rise (Guangxi 2009: 企业离退休人员基本养老金在2008年平均水平基础上增加10％左右)", () => {
  it("is the plan year's target: 年平均 after a year's digits is that year's 平均水平, no yearly average over five years", () => {
    const x = fixture(["全年地区生产总值增长6%。"], ["企业离退休人员基本养老金在2019年平均水平基础上增加10％左右。"]);
    expect(when(one(x, "在2019年平均水平基础上增加10％左右", "10％"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });
});

describe("the mean over the whole year (Henan 2001: 市场物价从7月份开始止降回升，全年平均居民消费价格总水平下降0.8%)", () => {
  it("is that year's result, no yearly average over five years: 全年平均 is the year's own mean", () => {
    const x = fixture(["社会消费品零售总额增长10.6%，市场物价从7月份开始止降回升，全年平均居民消费价格总水平下降0.8%，降幅缩小2.3个百分点。"], ["地区生产总值增长9%左右。"]);
    expect(when(one(x, "全年平均居民消费价格总水平下降0.8%", "0.8%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("均 after the whole year, all through it (Yangzhou 2015: 汽车、机械、化工、船舶、新能源新光源等五大千亿产业产值增幅全年均保持11%以上)", () => {
  it("is that year's result, no yearly average over the years before it", () => {
    const x = fixture(["规上工业增加值增长12%。汽车、机械、化工、船舶、新能源新光源等五大千亿产业产值增幅全年均保持11%以上。"], ["地区生产总值增长10%。"]);
    expect(when(one(x, "全年均保持11%以上", "11%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    // A yearly average stays one.
    const y = fixture(["五年来，地区生产总值年均增长9.2%。"], ["地区生产总值增长8%。"]);
    expect(when(one(y, "地区生产总值年均增长9.2%", "9.2%")).period).not.toBeNull();
  });
});

describe("a span ahead opening a statement of its own in the plan (National 2009: 今明两年继续提高企业退休人员基本养老金，…)", () => {
  const e = fixture(
    ["地区生产总值增长9%。"],
    [
      "三是提高社会保障待遇。今明两年继续提高企业退休人员基本养老金，人均每年增长10%左右。继续提高失业保险金和工伤保险金标准。中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。",
      "三是健全基层医疗卫生服务体系。今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院和2400所城市社区卫生服务中心建设。四是促进基本公共卫生服务逐步均等化。城乡居民人均公共卫生服务经费不低于15元。",
      "今后五年经济社会发展的主要目标是：地区生产总值年均增长8%。城镇化率达到60%。",
    ],
  );

  it("spans its own figures, not those of the sentences after it", () => {
    expect(when(one(e, "人均每年增长10%左右", "10%"))).toEqual({ kind: "target", year: 2021, base_year: null, period: [2020, 2021] });
    expect(when(one(e, "中央财政拟投入社会保障资金2930亿元", "2930亿元"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(when(one(e, "增长17.6%", "17.6%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(when(one(e, "今后三年内中央财政再支持5000所", "5000所"))).toEqual({ kind: "target", year: 2022, base_year: null, period: [2020, 2022] });
    expect(when(one(e, "人均公共卫生服务经费不低于15元", "15元"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });

  it("still frames the sentences after a span that announces them", () => {
    expect(when(one(e, "城镇化率达到60%", "60%"))).toEqual({ kind: "target", year: 2024, base_year: null, period: [2020, 2024] });
  });
});

describe("a past year's target whose setting ends the clause before it (National 1995: 去年我在政府工作报告中曾提出，要把…控制在百分之十以内)", () => {
  it("is a target of that year, and the figure reached its result", () => {
    const x = fixture(["去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七，群众反映强烈。"], []);
    expect(when(one(x, "控制在百分之十以内", "百分之十"))).toEqual({ kind: "target", year: 2019, base_year: null, period: null });
    expect(when(one(x, "涨幅仍然高达百分之二十一点七", "百分之二十一点七"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a run of years already past (National 1995: 由于已经连续三年增长速度在百分之十一以上，…今年增长速度比去年低一点是适当的)", () => {
  it("is a time word of those years", () => {
    expect(timeCues("由于已经连续三年增长速度在", 1995).map((c) => [c.type, c.first, c.last])).toEqual([["span", 1992, 1994]]);
  });

  it("gives a level held over them as their result, in the plan part too", () => {
    const x = fixture(["国内生产总值增长11.8%。"], ["由于已经连续三年增长速度在百分之十一以上，当前又存在着较为严重的通货膨胀，今年增长速度比去年低一点是适当的。"]);
    expect(when(one(x, "连续三年增长速度在百分之十一以上", "百分之十一"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2017, 2019] });
  });
});

describe("a plan named since, run straight into its average (Dali 2025: “十四五”以来年均增长7.8%（现价）;规上工业增加值增长7.6%)", () => {
  it("spans that average alone: the growth rates after the semicolon are the year's", () => {
    const e = extractText(
      "dali-2025.txt",
      [
        "大理白族自治州政府工作报告",
        "——2025年1月23日在大理白族自治州第十五届人民代表大会第五次会议上",
        "州长陈真永",
        "一、2024年工作回顾",
        "过去一年，我们破困突围、创优提质，经济发展稳中向好。高质量完成“五经普”工作，2023年全州地区生产总值修订为1943.3亿元，2024年地区生产总值可比增长2.5%、现价增长3.5%，经济总量首次突破2000亿元、达2010.9亿元，“十四五”以来年均增长7.8%（现价）;规上工业增加值增长7.6%;一般公共预算收入104.7亿元、增长4.1%，一般公共预算支出390.1亿元、增长7.6%;居民人均可支配收入增长4.6%。大理发展的底子更实、底气更足！",
        "二、2025年工作建议",
        "全州经济社会发展的主要预期目标建议为:地区生产总值增长5%，规上工业增加值增长8%。",
      ].join("\n"),
    );
    const year = { kind: "result", year: 2024, base_year: null, period: null };
    expect(when(one(e, "“十四五”以来年均增长7.8%", "7.8%"))).toEqual({ kind: "result", year: 2024, base_year: null, period: [2021, 2024] });
    expect(when(one(e, "规上工业增加值增长7.6%", "7.6%"))).toEqual(year);
    expect(when(one(e, "一般公共预算收入104.7亿元、增长4.1%", "4.1%"))).toEqual(year);
    expect(when(one(e, "居民人均可支配收入增长4.6%", "4.6%"))).toEqual(year);
  });
});

describe("a count of households or persons as the subject of 年均 (Changchun 2012: 4.9万户经营者年均增收8000元左右)", () => {
  it("gives an amount each gains in the year reviewed, no average over five years, and the count its noun", () => {
    const x = fixture(["减免个体工商业户、小型微型企业税费4亿多元，4.9万户经营者年均增收8000元左右。"], []);
    expect(when(one(x, "年均增收8000元", "8000元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(one(x, "4.9万户经营者", "4.9万户").label_zh).toBe("经营者");
  });

  it("leaves a rate of the count an average over the years", () => {
    const x = fixture(["五年来，全市农村劳动力转移就业40万人，年均增长8%。"], []);
    expect(when(one(x, "年均增长8%", "8%")).period).toEqual([2015, 2019]);
  });
});

describe("a date since which opening its sentence (Sanya 2022: 2018年4月13日以来，新增市场主体15.8万家，…；新增人才落户4.2万余人)", () => {
  it("is the time of the statements after a semicolon too", () => {
    const x = fixture(["五年来，我们坚持攻坚破题。2018年4月13日以来，新增市场主体15.8万家，98家世界500强企业在本市注册分支机构；新增人才落户4.2万余人，其中高层次人才3600余人。"], []);
    expect(when(one(x, "新增市场主体15.8万家", "15.8万家"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2018, 2019] });
    expect(when(one(x, "新增人才落户4.2万余人", "4.2万余人"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [2018, 2019] });
  });

  it("but not one inside a statement (将1983年以来被征地人员纳入城保体系，…；…达3.22万元)", () => {
    const x = fixture(["将1983年以来被征地人员纳入城保体系，惠及10万人；城市居民人均可支配收入达3.22万元，增长13.7%。"], []);
    expect(when(one(x, "达3.22万元", "3.22万元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a year described in a clause of its own (Qinghai 2013: 小康指标体系确立的2000年，全社会小康实现程度仅为47.6%)", () => {
  it("is that year, as 刚刚过去的2020年 is", () => {
    const types = (text: string) => timeCues(text, 2013).map((c) => [c.type, c.first, c.last]);
    expect(types("由于我省发展起点低，小康指标体系确立的2000年，全社会小康实现程度仅为")).toEqual([["year", 2000, 2000]]);
    expect(types("从2000年的47.6%提高到")).toEqual([]);
    expect(types("小康指标体系确立的2000年，全社会小康实现程度仅为")).toEqual([["year", 2000, 2000]]);
  });

  it("makes the figure of its clause a result of that year", () => {
    const e = extractText(
      "ceshi-2013.md",
      [
        "---", "title: 测试省政府工作报告", "---", "", "——2013年1月26日在测试省第十二届人民代表大会第一次会议上", "", "测试省省长 张三", "", "各位代表：", "",
        "一、过去五年工作回顾", "", "五年来，全省生产总值年均增长12.7%。", "",
        "二、确保与全国同步全面建成小康社会", "",
        "到2020年全面建成小康社会，是中国特色社会主义的阶段性宏伟目标，青海各族人民无不热切期盼。由于我省发展起点低，小康指标体系确立的2000年，全社会小康实现程度仅为47.6%，2007年提高到56.3%，同期仍比全国低16.5个百分点，预计2012年底全面小康进程约为70%。", "",
        "三、2013年工作安排", "", "今年经济社会发展的主要预期目标是：全省生产总值增长12%。", "",
      ].join("\n"),
    );
    expect(when(one(e, "全社会小康实现程度仅为47.6%", "47.6%"))).toEqual({ kind: "result", year: 2000, base_year: null, period: null });
  });
});

describe("a deadline inside a clause group (Shijiazhuang 2014: …，到2020年，形成3.4亿平方米供热能力；…；对主城区33个路段…)", () => {
  it("ends where a statement opening a new verb phrase follows", () => {
    const e = extractText(
      "ceshi-2014.txt",
      [
        "2014年测试市政府工作报告", "2014年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：",
        "一、2013年工作回顾", "全市生产总值增长9.5%。",
        "二、2014年主要任务",
        "启动建设西柏坡、上安电厂废热利用集中供热工程，确保新增和替代供热面积3000万平方米，到2020年，形成3.4亿平方米供热能力；建设城市生活垃圾、建筑垃圾和粪便无害化处理厂；对主城区33个路段和有条件的社区进行雨污分流改造，加快实施石津灌渠城区段雨污导排工程。",
      ].join("\n"),
    );
    expect(when(one(e, "形成3.4亿平方米供热能力", "3.4亿平方米"))).toEqual({ kind: "target", year: 2020, base_year: null, period: [2014, 2020] });
    expect(when(one(e, "对主城区33个路段", "33个"))).toEqual({ kind: "target", year: 2014, base_year: null, period: null });
  });
});

describe("a plan approved (Shijiazhuang 2014: 省会2011-2020年总体规划获国务院批复，中心城区扩展到287平方公里)", () => {
  const x = fixture(
    [
      "城乡统筹发展迈出新步伐。省会2011-2020年总体规划获国务院批复，中心城区扩展到287平方公里。",
      "坚持高水平规划、高标准建设、高效能管理，新一轮城市总体规划、土地利用总体规划成功获批，城市建成区扩展到210平方公里，形成了先跨洛河、再跨伊河发展的格局，全市城镇化率达到49.4%。",
    ],
    [],
  );

  it("sets the figure of the clause after it: no target, no result of an indicator, the time of its part", () => {
    const f = one(x, "中心城区扩展到287平方公里", "287平方公里");
    expect(when(f)).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(f.metric).toBeNull();
  });

  it("but a later clause tells results again (Luoyang 2014: …成功获批，…，全市城镇化率达到49.4%)", () => {
    const f = one(x, "全市城镇化率达到49.4%", "49.4%");
    expect(when(f)).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(f.metric).toBe("urbanization_rate");
  });
});

describe("a paragraph of the five-year part that opens on the plan year (Heilongjiang 2003: 2003年是完成新一届政府五年任务的起步之年)", () => {
  const report = (body: string[]) =>
    ["---", "title: 2003年测试省政府工作报告", "---", "", "——2003年1月9日在测试省第十届人民代表大会第一次会议上", "", "省长张三", "", "各位代表：", "", ...body.flatMap((p) => [p, ""])].join("\n");
  const x = extractText("ceshi-2003.md", report([
    "一、过去五年工作的回顾",
    "经济增长速度加快，效益明显提高。过去的五年，全省国内生产总值年均增长8.7%，高于全国平均水平。",
    "二、今后五年的工作",
    "今后五年，我省经济社会发展的主要目标是：",
    "——经济持续、快速、健康发展。在优化结构和提高效益的基础上，国内生产总值年均增长9%以上，确保到2005年全面完成“十五”计划。",
    "——人民生活水平有较大提高。五年累计增加就业260万人。",
    "2003年是完成新一届政府五年任务的起步之年，也是实现“十五”计划的关键一年。全省经济增长预期目标为9%以上。今年的主要工作任务是：",
    "（一）大力发展优质高效农业。争取今年畜牧业总产值占农业总产值比重由上年的32.4%提高到34%左右。",
  ]));

  it("gives the plan year's growth target, while the five years' aims above it keep their span", () => {
    expect(when(one(x, "全省经济增长预期目标为9%以上", "9%"))).toEqual({ kind: "target", year: 2003, base_year: null, period: null });
    expect(one(x, "全省经济增长预期目标为9%以上", "9%").metric).toBe("gdp_growth");
    expect(when(one(x, "国内生产总值年均增长9%以上", "9%"))).toEqual({ kind: "target", year: 2007, base_year: null, period: [2003, 2007] });
    expect(when(one(x, "五年累计增加就业260万人", "260万人"))).toEqual({ kind: "target", year: 2007, base_year: null, period: [2003, 2007] });
  });
});

describe("a year between an indicator and the verb of its level (Heilongjiang 2003: 县（市）级财政收入增幅2002年达7.5%)", () => {
  it("is the figure's year, not the year an earlier clause of the sentence opens with", () => {
    const x = fixture(["2001年开始的县级财源建设取得了明显成效，县（市）级财政收入增幅2002年达7.5%，比财源建设前的2000年提高5.2个百分点。"], ["地区生产总值增长9%。"]);
    expect(when(one(x, "增幅2002年达7.5%", "7.5%"))).toEqual({ kind: "result", year: 2002, base_year: null, period: null });
    expect(timeCues("税收比2000年达", 2003, "review")).toEqual([]);
    // Right before the figure too: `上市公司1997年18家，2002年达到37家`.
    const y = fixture(["上市公司1997年18家，2002年达到37家。"], ["地区生产总值增长9%。"]);
    expect(when(one(y, "上市公司1997年18家", "18家")).year).toBe(1997);
    expect(when(one(y, "2002年达到37家", "37家")).year).toBe(2002);
  });
});

describe("an early plan named bare before its average (Wuhan 2002: 实现“十五”年均增长12％以上)", () => {
  it("is the plan's five years, as “十五”期间 is, not the five from the plan year", () => {
    const types = (text: string) => timeCues(text, 2002, "plan").map((c) => [c.type, c.first, c.last]);
    expect(types("才有可能争取后三年工作的主动，实现“十五”年均增长")).toEqual([["span", 2001, 2005]]);
    expect(types("“九五”平均每年增长")).toEqual([["span", 1996, 2000]]);
    expect(types("“七五”普法")).toEqual([]);
  });
});

describe("the mean of some years a change is measured against", () => {
  it("is no average over years: the plan year's fall (Lishui 2021: 确保生产安全事故起数、死亡人数比前两年平均数下降20%)", () => {
    const x = fixture(["全市生产总值增长3.4%。"], ["启动农村地区道路交通安全综合治理三年行动，坚决遏制重特大事故，确保生产安全事故起数、死亡人数比前两年平均数下降20%。地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.quote.includes("平均数下降20%")).map((f) => [f.kind, f.year, f.period])).toEqual([["target", 2020, null]]);
  });
});

describe("a five-year plan as the subject that sets a goal (Liuzhou 2018: “十三五”规划提出全市地区生产总值年均增长8%的目标)", () => {
  const text = [
    "2018年测试市政府工作报告",
    "——2018年1月14日在测试市第十四届人民代表大会第三次会议上",
    "市长 张三",
    "各位代表：",
    "一、2017年工作回顾",
    "全市实现地区生产总值2793.3亿元，增长7%。",
    "二、2018年主要工作思路与预期目标",
    "2018年测试市经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，规模以上工业增加值增长6.5%。",
    "以上预期目标，基于以下几方面考虑：三是充分考虑与“十三五”发展目标的衔接。“十三五”规划提出全市地区生产总值年均增长8%的目标，并明确测试市要在全区率先全面建成小康社会，这就需要在“十三五”期后三年经济保持一定的中高速增长。",
  ].join("\n");

  it("gives the goal the plan's years, not five years from the plan year", () => {
    const x = extractText("ceshi-2018.txt", text);
    expect(when(one(x, "“十三五”规划提出全市地区生产总值年均增长8%", "8%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: [2016, 2020] });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.year === 2018).map((f) => f.value)).toEqual([7.5]);
  });

  it("leaves the plan named as a goal met no time of the figures after it", () => {
    expect(timeCues("提前两年实现“十二五”规划目标，地区生产总值增长8%", 2014).filter((c) => c.type === "span")).toEqual([]);
  });
});

describe("a lead clause that tells how a plan went (Guizhou 2003)", () => {
  it("frames no sentence after it: “九五”计划顺利完成，“十五”计划开局良好。…从1997年的793亿元增加到2002年的1180亿元，年均增长8.7% is an average over 1998–2002", () => {
    const md = [
      "---", "title: 测试省2003年政府工作报告", "---", "", "（2003年1月12日 张三）", "",
      "各位代表，现在，我代表省人民政府，向大会作工作报告。", "",
      "**一、关于过去五年的政府工作回顾**", "",
      "**（一）经济发展步伐加快。**“九五”计划顺利完成，“十五”计划开局良好。全省国内生产总值从1997年的793亿元增加到2002年的1180亿元，年均增长8.7%，高于同期全国和西部地区平均水平。财政总收入从1997年的106亿元增加到2002年的203亿元，年均增长13.9%。", "",
      "**二、关于2003年政府工作的目标和重点**", "",
      "今年经济社会发展的主要预期目标是:国内生产总值增长9%。",
    ].join("\n");
    const x = extractText("ceshi-2003.md", md);
    expect(x.figures.filter((f) => /_growth$/.test(f.metric ?? "") && f.kind === "result").map((f) => [f.metric, f.value, f.year, f.period])).toEqual([
      ["gdp_growth", 8.7, 2002, [1998, 2002]],
      ["fiscal_revenue_total_growth", 13.9, 2002, [1998, 2002]],
    ]);
  });
});

describe("the later goals a plan lays the ground for (Guizhou 2003)", () => {
  it("give no time to the figures after them: …为到2010年…、2020年比2010年再翻一番奠定坚实基础；…；力争城镇登记失业率控制在4.5%左右 is a goal of the five years", () => {
    const md = [
      "---", "title: 测试省2003年政府工作报告", "---", "", "（2003年1月12日 张三）", "",
      "各位代表，现在，我代表省人民政府，向大会作工作报告。", "",
      "**一、关于过去五年的政府工作回顾**", "",
      "全省国内生产总值从1997年的793亿元增加到2002年的1180亿元，年均增长8.7%。", "",
      "**二、关于今后五年的奋斗目标和主要任务**", "",
      "根据上述总体要求，今后五年要在优化结构和提高效益的基础上，确保国内生产总值年均增长9%左右，为到2010年国内生产总值比2000年翻一番以上、2020年比2010年再翻一番奠定坚实基础；稳定解决农村贫困人口的温饱问题，二分之一以上的农户实现小康；力争城镇登记失业率控制在4.5%左右。", "",
      "**三、关于2003年政府工作的目标和重点**", "",
      "今年经济社会发展的主要预期目标是:国内生产总值增长9%，城镇登记失业率控制在4.5%左右。",
    ].join("\n");
    const x = extractText("ceshi-2003.md", md);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => [f.metric, f.value, f.year, f.period])).toEqual([
      ["gdp_growth", 9, 2007, [2003, 2007]],
      ["registered_unemployment_rate", 4.5, 2007, [2003, 2007]],
      ["gdp_growth", 9, 2003, null],
      ["registered_unemployment_rate", 4.5, 2003, null],
    ]);
  });
});

describe("a deadline of an earlier sentence under a part framed by the coming plan (Yinchuan 2016)", () => {
  it("leaves the part's frame to the sentences after it: 到2020年县域比重…。…常住人口城镇化率达到78%以上 is a plan aim of 2020", () => {
    const x = extractText("ceshi-2016.md", ["---", "title: 测试市政府工作报告", "---", "", "政府工作报告", "", "——2016年1月19日在测试市第十四届人民代表大会第五次会议上", "", "测试市市长 张三", "", "各位代表：", "",
      "一、奋力攻坚，真抓实干，开放内涵式发展迈出新步伐", "", "地区生产总值达到1480.73亿元，增长8.3%。", "",
      "二、科学谋划，创新理念，率先全面建成小康社会", "",
      "“十三五”时期，是全面建成小康社会的决胜期，是全面深化改革的攻坚期，更是我市创新发展、转型追赶的关键期。", "",
      "**二是坚定不移落实协调发展理念，形成统筹推进新格局。**以宁夏空间发展战略规划为抓手，优化生产力布局。增强区域发展的协调性，推动全域发展，支持发展壮大县域经济，到2020年县域比重占全市GDP的50%以上。增强城乡发展的协调性，完善城市治理体系，提高城市治理能力；加快公共资源向农村配置，常住人口城镇化率达到78%以上。", "",
      "三、创新发展，转型追赶，奋力实现“十三五”良好开局", "",
      "**今年的主要预期目标是：**地区生产总值增长8%；城镇新增就业人数4.5万人。", ""].join("\n"));
    expect(when(one(x, "县域比重占全市GDP的50%以上", "50%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: [2016, 2020] });
    expect(when(one(x, "常住人口城镇化率达到78%以上", "78%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: [2016, 2020] });
    expect(when(one(x, "城镇新增就业人数4.5万人", "4.5万人"))).toEqual({ kind: "target", year: 2016, base_year: null, period: null });
  });
});

describe("the years in the name of a programme a clause ends on (Nanchong 2021: 对接推进全省民营企业雁阵五年培育和民营企业家梯队培育计划，力争民营经济增加值增长7.5%以上)", () => {
  it("are no span of the plan's aims after it: the aim is the plan year's", () => {
    const e = fixture(["全市地区生产总值增长3.8%。"], ["积极争取县域民营经济发展试点，对接推进全省民营企业雁阵五年培育和民营企业家梯队培育计划，力争民营经济增加值增长7.5%以上。"]);
    expect(when(one(e, "民营经济增加值增长7.5%以上", "7.5%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });

  it("while years before the verb of an aim still span the years ahead (三年新建)", () => {
    const e = fixture(["全市地区生产总值增长3.8%。"], ["三年新建学校100所。"]);
    expect(when(one(e, "三年新建学校100所", "100所"))).toEqual({ kind: "target", year: 2022, base_year: null, period: [2020, 2022] });
  });
});

describe("a plan's period named before the plan of it a clause ends on (Pingxiang 2014: 按照省下达的“十二五”期间住房保障规划要求，完成保障性安居工程2800套，棚户区改造9123户)", () => {
  it("is no span of the aims after it: they are the plan year's", () => {
    const e = fixture(["全市生产总值增长8.2%。"], ["按照省下达的“十二五”期间住房保障规划要求，完成保障性安居工程2800套，棚户区改造9123户，加强保障性住房配套设施建设和物业管理。"]);
    expect(when(one(e, "棚户区改造9123户", "9123户"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });

  it("while the period as the time of a clause still spans the plan's years (“十二五”期间，累计完成…)", () => {
    const e = fixture(["“十二五”期间，累计完成保障性安居工程2.8万套。"], ["地区生产总值增长8%。"]);
    expect(when(one(e, "累计完成保障性安居工程2.8万套", "2.8万套"))).toMatchObject({ kind: "result", period: [2011, 2015] });
  });
});

describe("a past year's target told again as set at the year's start (Fujian 2002: …年初预定分别增长为11％和3％)", () => {
  it("is a target of that year, not its result", () => {
    const x = fixture(["社会消费品零售总额1499.46亿元，增长9.2％，居民消费价格总水平下降1.3％，没有达到预定目标（社会消费品零售总额和居民消费价格总水平年初预定分别增长为11％和3％）。"], ["地区生产总值增长8.5％。"]);
    expect(quoting(x, "年初预定").map((f) => [f.value, when(f)])).toEqual([
      [11, { kind: "target", year: 2019, base_year: null, period: null }],
      [3, { kind: "target", year: 2019, base_year: null, period: null }],
    ]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric === "retail_sales_growth").map((f) => f.value)).toEqual([9.2]);
  });
});

describe("a part heading that tells how a start went (Fujian 2005: 一、海峡西岸经济区建设开局良好)", () => {
  it("is a look back, unless it pledges the start", () => {
    expect(partSignal("一、海峡西岸经济区建设开局良好", 2005)).toBe("review");
    expect(partSignal("二、确保“十一五”开局良好", 2006)).toBe("plan");
  });

  it("so its figures are the year before's results (预计全年生产总值6053亿元，增长12.1％)", () => {
    const x = extractText("fujian-2005.txt", [
      "2005年福建省政府工作报告",
      "——2005年1月18日在福建省第十届人民代表大会第三次会议上的报告",
      "福建省人民政府代省长 黄小晶",
      "各位代表：",
      "一、海峡西岸经济区建设开局良好",
      "2004年是树立和落实科学发展观，建设海峡西岸经济区的第一年。预计全年生产总值6053亿元，增长12.1％，比上年提高0.5个百分点。",
      "二、围绕建设海峡西岸经济区扎实做好各项工作",
      "2005年全省经济和社会发展的预期目标是：全省生产总值增长9.5％，力争更快更好些。",
    ].join("\n"));
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.value])).toEqual([["result", 2004, 12.1], ["target", 2005, 9.5]]);
  });
});

describe("a plan cited as the ground of the year's aims (Hebei 2001: 根据“十五”计划纲要（草案）提出的指导思想和目标任务，今年，…)", () => {
  it("frames no span: the paragraphs after it that name no time set the plan year's targets", () => {
    const x = extractText("hebei-2001.txt", [
      "关于河北省国民经济和社会发展第十个五年计划纲要的报告",
      "—在河北省第九届人民代表大会第四次会议上",
      "河北省人民政府省长 钮茂生",
      "（2001年1月8日）",
      "各位代表：",
      "一、“九五”回顾",
      "过去的一年，是实施“九五”计划的最后一年。国内生产总值达到5020亿元，较上年增长9.4％。",
      "二、关于“十五”计划",
      "“十五”期间，全省国内生产总值年均增长率要达到8—9％。",
      "三、2001年的工作",
      "根据“十五”计划纲要（草案）提出的指导思想和目标任务，今年，国内生产总值增长8.5％。这个指标是指导性的。",
      "1、大力推进经济结构调整",
      "调整工业结构。改造提高一批传统优势骨干企业，实施好唐钢超薄热带等50项重大技术改造项目。",
      "实施可持续发展战略，促进经济、社会协调发展。治理水土流失面积2500平方公里，完成造林面积440万亩。",
    ].join("\n"));
    expect(quoting(x, "重大技术改造项目").map(when)).toEqual([{ kind: "target", year: 2001, base_year: null, period: null }]);
    expect(quoting(x, "造林面积").map(when)).toEqual([{ kind: "target", year: 2001, base_year: null, period: null }]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.period])).toEqual([["result", 2000, null], ["target", 2005, [2001, 2005]], ["target", 2001, null]]);
  });
});

describe("the end of the century said before 2000 (Beijing 1998)", () => {
  it("is a deadline of 2000: 第三产业…要继续保持高于其它产业的增长速度，到本世纪末，占国内生产总值的比重接近或达到60%", () => {
    const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last]);
    expect(types("到本世纪末，占国内生产总值的比重接近或达到60%", 1998)).toEqual([["until", 2000, 2000]]);
    expect(types("到本世纪末，全市", 2005)).toEqual([]);
    const x = extractText("beijing-1998.txt", [
      "政府工作报告",
      "──1998年1月14日在北京市第十一届人民代表大会第一次会议上",
      "北京市市长 贾庆林",
      "各位代表：",
      "一、五年工作的回顾",
      "国民经济持续快速增长。1997年，全市国内生产总值1807.5亿元。",
      "二、把首都改革开放和现代化建设全面推向21世纪",
      "第三产业具有广阔的市场需求和良好的发展前景，要继续保持高于其它产业的增长速度，到本世纪末，占国内生产总值的比重接近或达到60%。",
      "三、开创届首之年工作的新局面",
      "今年全市宏观经济调控的主要目标是：国内生产总值2008亿元，按可比价格增长9%。",
    ].join("\n"));
    expect(x.figures.filter((f) => f.value === 60).map(when)).toEqual([{ kind: "target", year: 2000, base_year: null, period: [1998, 2000] }]);
  });
});

describe("an average whose statement starts its indicator from a year, in a review of five years (Tianjin 2003)", () => {
  it("is over the years after that one: 国内生产总值由1992年的411.2亿元 增加到2022.6亿元，年均增长12.2%", () => {
    const x = extractText("tianjin-2003.txt", [
      "天津市2003年政府工作报告",
      "2003年1月15日在天津市第十四届人民代表大会第一次会议上",
      "市长 李盛霖",
      "各位代表：",
      "一、过去五年工作的回顾",
      "（一）国民经济持续快速发展，综合实力跃上新台阶",
      "与10年前相比，国内生产总值由1992年的411.2亿元 增加到2022.6亿元，年均增长12.2%。",
      "二、今后发展的目标步骤和战略举措",
      "今年，全市经济社会发展的主要预期目标是：国内生产总值增长11.5%以上。",
    ].join("\n"));
    expect(x.figures.filter((f) => f.value === 12.2).map(when)).toEqual([{ kind: "result", year: 2002, base_year: null, period: [1993, 2002] }]);
  });
});

describe("the schooling of nine years (Liuzhou 2014, Yunnan 2016)", () => {
  it("is no span of nine years: 九年义务教育 opening a clause sums nothing", () => {
    const x = fixture(["九年义务教育农村学生免费午餐惠及1061所学校。九年义务教育巩固率、高中阶段教育毛入学率分别提高3.3和15.1个百分点。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.period])).toEqual([
      [1061, null],
      [3.3, null],
      [15.1, null],
    ]);
  });
});

describe("the stages of a long-term plan, each named by its years (Guangzhou 1993)", () => {
  it("sets the yearly averages after each stage's bare 五年间 over that stage's years, not the five from the plan year", () => {
    const e = extractText("ceshi-1993.txt", [
      "1993年测试市政府工作报告",
      "——一九九三年六月十九日在测试市第十届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、五年工作的回顾",
      "1992年，全市国内生产总值510.7亿元，五年平均每年增长14.51%。",
      "二、十五年基本实现现代化的设想和调整“八五”计划的建议",
      "我市15年基本实现现代化的实施步骤具体分为三个阶段。第一阶段，从1991至1995年。这一阶段，要全面实现殷实的小康目标，各项主要指标接近亚洲中等发达国家和地区八十年代末期水平。五年间，国内生产总值年均增长13.5%左右，人均国内生产总值年均增长约12%。全面展开跨世纪的经济建设布局，加快基础设施建设。第二阶段，从1996年至2000年。这一阶段，要全面加快现代化进程。五年间，全市国内生产总值年均增长13%左右，人均国内生产总值年均增长11%以上。超前建设适应国际大都市需要的基础设施。第三阶段，从2001年至2005年。这一阶段，经济和社会发展各项主要指标基本达到亚洲中等发达国家和地区当时的平均水平。社会主义市场经济体制全面形成。五年间，全市国内生产总值年均增长12.5%以上，人均国内生产总值年均增长11%左右。",
      "三、一九九三年的主要工作任务",
      "1993年计划安排：国内生产总值比去年增长13%;国民收入增长14.5%。",
    ].join("\n"));
    const growth = e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [f.value, f.year, f.period]);
    expect(growth).toEqual([
      [13.5, 1995, [1991, 1995]],
      [13, 2000, [1996, 2000]],
      [12.5, 2005, [2001, 2005]],
      [13, 1993, null],
    ]);
  });
});

describe("a year whose level the outlook's aims build on (Lanzhou 2012: …等主要经济指标，在2011年基础上翻一番，生产总值达到3000亿元以上)", () => {
  it("is a baseline, no time: the level is the term's target", () => {
    expect(timeCues("…等主要经济指标，在2011年基础上翻一番，生产总值达到3000亿元以上", 2012, "outlook")).toEqual([]);
    const text = [
      "兰州市人民政府工作报告",
      "——2011年11月15日在兰州市第十五届人民代表大会第一次会议上",
      "兰州市市长  袁占亭",
      "各位代表：",
      "一、五年政府工作回顾",
      "预计全市生产总值增长15%。",
      "二、今后五年政府工作的目标任务",
      "今后五年，是我市实施“十二五”规划，加快推进“再造兰州”战略，实现率先跨越发展，全面建设小康社会的重要时期。",
      "（一）综合经济实力大幅提升。坚持“一产抓特色、二产抓延伸、三产抓转型、整体抓提升”，以发展培育多元支柱产业为重点，加快转变经济发展方式，在优化经济结构、强化节能减排的基础上实现“三个高于”、“七个翻番”。“七个翻番”，即生产总值、固定资产投资、社会消费品零售总额、地区性财政收入、城市居民人均可支配收入、农民人均纯收入、引进国内外资金等主要经济指标，在2011年基础上翻一番，生产总值达到3000亿元以上。",
      "三、2012年的政府工作",
      "全市经济社会发展的主要预期目标是：生产总值增长15%以上。",
    ].join("\n");
    const e = extractText("ceshi-2012.txt", text);
    const f = one(e, "生产总值达到3000亿元以上", "3000亿元");
    expect([f.metric, when(f)]).toEqual(["gdp", { kind: "target", year: 2016, base_year: null, period: [2012, 2016] }]);
  });
});

describe("a past term named inside the baseline a goal builds on frames no later sentence (Shanghai 2008)", () => {
  it("keeps the coming five years for 环保投入…保持在3%左右 after 在“十一五”期间下降20%左右的基础上进一步下降", () => {
    const x = fixture(
      ["全年地区生产总值增长10%。"],
      ["今后五年上海经济社会发展的主要目标是：节约能源资源和保护生态环境的产业结构初步形成。万元生产总值综合能耗在“十一五”期间下降20%左右的基础上进一步下降。环保投入相当于全市生产总值的比例保持在3%左右。单位建设用地产出率提高40%以上。"],
    );
    const at = (v: number) => x.figures.filter((f) => f.value === v && f.kind === "target").map((f) => [f.year, f.period]);
    expect(at(3)).toEqual([[2024, [2020, 2024]]]);
    expect(at(40)).toEqual([[2024, [2020, 2024]]]);
  });
});

describe("the term just named looked back on in the part on the next plan (Shanghai 2026: “十四五”时期，…。这五年，综合经济实力再攀新高峰)", () => {
  it("is that term, not the five years from the plan year", () => {
    expect(timeCues("“十四五”时期。这五年。全市生产总值从4.16万亿元增加到5.67万亿元", 2026, "outlook").map((c) => [c.type, c.first, c.last])).toEqual([
      ["span", 2021, 2025],
      ["span", 2021, 2025],
    ]);
    const text = [
      "政府工作报告",
      "——2026年2月3日在测试市第十六届人民代表大会第四次会议上",
      "测试市市长 张三",
      "各位代表：",
      "一、2025年工作回顾",
      "一年来，全市生产总值达到5.67万亿元、增长5.4%。",
      "二、关于《测试市国民经济和社会发展第十五个五年规划纲要（草案）》的说明",
      "“十四五”时期，上海发展历程极不寻常、极不平凡。我们经受住世纪疫情严重冲击，有效应对外部环境变化和风险挑战，推动经济社会发展取得新的重大成就。这五年，综合经济实力再攀新高峰。全市生产总值从4.16万亿元增加到5.67万亿元，单位生产总值能耗累计下降14%。这五年，人民美好生活展现新图景。居民人均可支配收入年均增长5%，年均新增就业岗位61.4万个，PM2.5年均浓度累计下降17%。",
      "三、2026年主要任务",
      "建议今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右。",
    ].join("\n");
    const e = extractText("ceshi-2026.txt", text);
    expect(when(one(e, "单位生产总值能耗累计下降14%", "14%"))).toEqual({ kind: "result", year: 2025, base_year: null, period: [2021, 2025] });
    expect(when(one(e, "居民人均可支配收入年均增长5%", "5%"))).toEqual({ kind: "result", year: 2025, base_year: null, period: [2021, 2025] });
    expect(when(one(e, "PM2.5年均浓度累计下降17%", "17%"))).toEqual({ kind: "result", year: 2025, base_year: null, period: [2021, 2025] });
    expect(e.figures.filter((f) => f.kind === "target" && f.year === 2030)).toEqual([]);
  });
});

describe("a look back over a decade that comes back to the year just past (State Council 1989)", () => {
  it("frames the paragraphs after it by that year: 十年来，… then 刚刚过去的1988年，是…的一年 gives …比上年增长24.4% of 1988 alone, no span of 1979–1988", () => {
    const x = extractText(
      "ceshi-1989.md",
      [
        "**1989年测试市政府工作报告**",
        "——1989年3月20日在测试市第七届人民代表大会第二次会议上",
        "",
        "市长　张三",
        "",
        "各位代表：",
        "",
        "## 一、一心一意进行治理整顿",
        "",
        "1988年是我国实行改革开放的第十年。十年来，我国各个方面都发生了巨大的历史性变化，社会生产力有了很大的发展，国家经济实力显著增强，城乡人民生活明显改善。实践证明中国共产党十一届三中全会以来的路线是正确的。刚刚过去的1988年，是我国社会主义现代化事业继续向前发展的一年。",
        "",
        "国民经济持续增长。全年国民生产总值达到13853亿元，按可比价格计算比上年增长11.2%。在全国自然灾害频繁的情况下，粮食减产2.2%，棉花减产1.1%，但其他许多农产品和多种经营进一步发展，整个农业总产值仍然增长3.2%。",
        "",
        "对外开放进一步扩大。进出口总额突破1000亿美元，比上年增长24.4%，工业制成品的出口比重有了提高。实际利用外资98.4亿美元，比上年增长16.4%。",
        "",
        "## 二、当前治理整顿的重点仍然是压缩社会需求",
        "",
        "今年全社会固定资产投资规模要比上年压缩920亿元，减少21%。",
      ].join("\n"),
    );
    for (const [quote, value] of [["整个农业总产值仍然增长3.2%", "3.2%"], ["比上年增长24.4%", "24.4%"], ["实际利用外资98.4亿美元", "98.4亿美元"]] as const)
      expect(one(x, quote, value)).toMatchObject({ kind: "result", year: 1988, period: null });
  });
});

describe("a look back over five years that comes back to the year just past, told as what it was (Yingkou 2021)", () => {
  it("frames the sections after it by that year: 这五年，… then 刚刚过去的2020年是…的一年 gives 全年新增市场主体5.1万户 of 2020 alone", () => {
    const x = extractText(
      "ceshi-2021.txt",
      [
        "2021年测试市政府工作报告",
        "——2021年1月24日在测试市第十六届人民代表大会第五次会议上",
        "市长　张三",
        "各位代表：",
        "一、过去五年和2020年工作回顾",
        "“十三五”时期，是测试笃定前行、拼搏实干的五年。",
        "这五年，我们坚持发展第一要务，综合经济实力持续提升。地区生产总值年均增长3.1%，总量稳居全省第4位。",
        "各位代表，知之非难，行之惟艰。刚刚过去的2020年是测试发展极不平凡的一年。",
        "（一）克时艰、渡难关，“六稳”“六保”工作落细落实",
        "市场活力叠加释放。为企业减税降费26.5亿元，全年新增市场主体5.1万户。",
        "二、2021年工作安排",
        "全市经济社会发展主要预期目标是：地区生产总值增长7%。",
      ].join("\n"),
    );
    expect(when(one(x, "全年新增市场主体5.1万户", "5.1万户"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "为企业减税降费26.5亿元", "26.5亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "地区生产总值年均增长3.1%", "3.1%"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
  });
});

describe("a life span or a measure per head told in a review of five years (Sanming 2021: 每千常住人口医疗机构床位5.89张、…、人均期望寿命79.82岁)", () => {
  it("is a level at the end of the span, not a figure over it", () => {
    const x = fixture(
      ["过去五年，民生事业全面进步，每千常住人口医疗机构床位5.89张、每万常住人口全科医生3.67名、每千人养老床位38.9张、人均期望寿命79.82岁，均高于全省平均水平。"],
      ["地区生产总值增长7.5%以上。"],
    );
    expect(one(x, "人均期望寿命79.82岁", "79.82岁")).toMatchObject({ metric: "life_expectancy", year: 2019, period: null });
    expect(one(x, "每千常住人口医疗机构床位5.89张", "5.89张").period).toBeNull();
    expect(one(x, "每万常住人口全科医生3.67名", "3.67名").period).toBeNull();
  });
});

describe("an area per head told in a review of five years (Qinghai 2016: 建设城镇各类保障性住房44.4万户，人均住房面积33平方米)", () => {
  it("is a level at the end of the span, beside the homes built over it", () => {
    const x = fixture(
      ["五年来，城乡居民住房全面改善，建设城镇各类保障性住房44.4万户，人均住房面积33平方米，达到全国平均水平，百万人口圆了安居梦。"],
      ["地区生产总值增长7.5%左右。"],
    );
    expect(one(x, "人均住房面积33平方米", "33平方米")).toMatchObject({ year: 2019, period: null });
    expect(one(x, "建设城镇各类保障性住房44.4万户", "44.4万户").period).toEqual([2015, 2019]);
  });
});

/** A 2012 report whose review of five years holds `paragraph`, then the plan year's GDP target (Zhuhai 2012's shape). */
const fiveYearReview = (paragraph: string) =>
  extractText(
    "ceshi-2012.txt",
    [
      "2012年测试市政府工作报告",
      "2012年1月8日在测试市第七届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、过去五年工作回顾",
      "过去五年，是我市发展进程中不平凡的五年。",
      paragraph,
      "二、2012年工作部署",
      "今年经济社会发展的主要预期目标是：实现地区生产总值增长11%左右。",
    ].join("\n"),
  );

describe("what is left undone, told among the problems after a review of five years (Mianyang 2016: 还有约12万贫困人口仍未脱贫)", () => {
  it("is a level at the end of the span, no sum over it; 还有 as also stays a sum", () => {
    const x = fiveYearReview("我们也清醒地认识到，脱贫攻坚任务依然艰巨，还有约12万贫困人口仍未脱贫。还有35个项目获得省级以上科技成果奖。");
    expect(one(x, "还有约12万贫困人口仍未脱贫", "12万")).toMatchObject({ year: 2011, period: null });
    expect(one(x, "还有35个项目获得省级以上科技成果奖", "35个").period).toEqual([2007, 2011]);
  });
});

describe("what is left undone after the whole place, in a list, or still lacking or needing it (Gansu 2018: 全省还有189万贫困人口尚未脱贫)", () => {
  it("is a level at the end of the span, every item of the list", () => {
    const x = fiveYearReview(
      "我们也清醒地看到，全省还有189万贫困人口尚未脱贫，仍有52个片区县、4个插花县需要摘帽。基础设施建设落后仍很突出，还有31个县不通高速公路，还有8万公里深度贫困地区30户以上、其他地区50户以上的自然村村组道路需要硬化。",
    );
    expect(one(x, "全省还有189万贫困人口尚未脱贫", "189万")).toMatchObject({ year: 2011, period: null });
    expect(one(x, "仍有52个片区县", "52个")).toMatchObject({ year: 2011, period: null });
    expect(one(x, "4个插花县需要摘帽", "4个")).toMatchObject({ year: 2011, period: null });
    expect(one(x, "还有31个县不通高速公路", "31个")).toMatchObject({ year: 2011, period: null });
    expect(one(x, "自然村村组道路需要硬化", "8万公里")).toMatchObject({ year: 2011, period: null });
  });
});

describe("a milestone passed told in a review of five years (Zhuhai 2012: 全市地区生产总值、工业总产值、…相继跨过1000亿元、3000亿元、400亿元和100亿元大关)", () => {
  it("is a level at the end of the span, not a sum over it", () => {
    const x = fiveYearReview("经济实力显著提升。全市地区生产总值、工业总产值、财税总收入、地方财政一般预算收入相继跨过1000亿元、3000亿元、400亿元和100亿元大关。");
    expect(one(x, "相继跨过", "3000亿元")).toMatchObject({ label_zh: "工业总产值", qualifier: "at_least", year: 2011, period: null });
    expect(one(x, "相继跨过", "400亿元")).toMatchObject({ label_zh: "财税总收入", period: null });
  });
});

describe("levels the sentence goes on to compare with the span of as many years before (Zhuhai 2012: 社会消费品零售总额、旅游业总收入分别达2123亿元和935亿元，比前五年分别增长116%和75%)", () => {
  it("are sums over the span reviewed, 分别 after the comparison or before it", () => {
    const x = fiveYearReview(
      "（一）保增长，壮大综合经济实力。外贸转型升级，内需持续扩大，消费日益增长，五年累计外贸出口总额达1026亿美元，比前五年增长119%，加工贸易中委托设计和自主品牌混合生产方式出口所占比重达40%；社会消费品零售总额、旅游业总收入分别达2123亿元和935亿元，比前五年分别增长116%和75%。",
    );
    expect(one(x, "分别达2123亿元", "2123亿元")).toMatchObject({ metric: "retail_sales", year: 2011, period: [2007, 2011] });
    expect(one(x, "分别达2123亿元", "935亿元")).toMatchObject({ metric: "tourism_revenue", year: 2011, period: [2007, 2011] });
  });
});

describe("a review of a term of four years (Wuhan 2007: 一、过去四年工作回顾)", () => {
  const review = (heading: string) =>
    extractText(
      "ceshi-2007.txt",
      [
        "2007年测试市政府工作报告",
        "2007年1月9日在测试市第十二届人民代表大会第一次会议上",
        "市长 张三",
        "各位代表：",
        heading,
        "过去的四年，我们紧紧依靠全市人民，各项事业攀上新高峰。",
        "——经济实力显著增强。预计2006年实现生产总值2590亿元，比上年增长14.8%，增幅创十年来新高。财政收入达到502.36亿元，是2002年的2.56倍，年均增长26.4%。社会消费品零售总额达到1293亿元，年均增长12.8%。",
        "——工业发展实现跨越。2006年规模以上工业实现增加值880.53亿元，是2002年的2.35倍，年均增长21.6%。2006年全市高新技术产业实现产值1100亿元，年均增长19.8%。",
        "二、2007年的工作建议",
        "今年全市经济社会发展的主要预期目标是：生产总值增长12.5%。",
      ].join("\n"),
    );

  it("averages its figures over those four years, not five", () => {
    const e = review("一、过去四年工作回顾");
    for (const [clause, figure] of [
      ["年均增长26.4%", "26.4%"],
      ["年均增长12.8%", "12.8%"],
      ["年均增长21.6%", "21.6%"],
      ["年均增长19.8%", "19.8%"],
    ] as const) expect(one(e, clause, figure).period, clause).toEqual([2003, 2006]);
  });

  it("a yearly average right after a multiple of a year's level runs from the year after that one, whatever the heading", () => {
    const e = review("一、工作回顾");
    expect(one(e, "年均增长21.6%", "21.6%").period).toEqual([2003, 2006]);
    expect(one(e, "年均增长26.4%", "26.4%").period).toEqual([2003, 2006]);
  });
});

describe("a range of years opening its sentence as a clause of its own (Suzhou 2012: 2008年～2011年，地区生产总值年均增长12.5%，…；工业总产值年均增长14.8%)", () => {
  it("is the time of the statements after a semicolon too", () => {
    const x = fixture(["经济实现较快增长。2008年～2011年，地区生产总值年均增长12.5%，地方一般预算收入年均增长19.4%；工业总产值年均增长14.8%，全社会固定资产投资年均增长17.4%。"], []);
    for (const [clause, figure] of [
      ["地区生产总值年均增长12.5%", "12.5%"],
      ["工业总产值年均增长14.8%", "14.8%"],
      ["全社会固定资产投资年均增长17.4%", "17.4%"],
    ] as const) expect(when(one(x, clause, figure)).period, clause).toEqual([2008, 2011]);
  });

  it("but not one inside a statement (对2008—2011年建成的小区进行改造，…；…)", () => {
    const x = fixture(["对2008—2011年建成的小区进行改造，惠及3万户；全市生产总值增长8%。"], []);
    expect(when(one(x, "全市生产总值增长8%", "8%")).period).toBeNull();
  });
});

describe("a level the clause says is already reached now (State Council 1995: 现在我国人口已经达到12亿; Hangzhou 2008: 目前我市按户籍人均GDP已超过8000美元)", () => {
  it("is where things stand as the plan year begins: a result of the year before, even in the plan part", () => {
    const x = fixture(["全市生产总值增长10%。"], ["控制人口增长十分重要。现在全市人口已经达到120万，每年还要增加1万多。目前我市按户籍人均GDP已超过8000美元。全市生产总值增长9%。"]);
    expect(when(one(x, "现在全市人口已经达到120万", "120万"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(x, "目前我市按户籍人均GDP已超过8000美元", "8000美元"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(one(x, "目前我市按户籍人均GDP已超过8000美元", "8000美元").label_zh).toBe("我市按户籍人均GDP");
    expect(when(one(x, "全市生产总值增长9%", "9%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });

  it("but not a level now that a target starts from (行车平均时速从目前的14公里左右提高到20公里左右)", () => {
    const x = fixture(["全市生产总值增长10%。"], ["行车平均时速从目前的14公里左右提高到20公里左右。"]);
    expect(when(one(x, "提高到20公里左右", "20公里"))).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("a count the clause says there still is, after 尚有 in the plan part (Chengde 2015: 城乡居民收入还不高，尚有61万农村贫困人口)", () => {
  it("is where things stand as the plan year begins, a result of the year before, no target", () => {
    const x = fixture(["全市生产总值增长10%。"], ["四是改善民生任务较重。基础设施和公共服务欠账多，社会事业投入不足，城乡居民收入还不高，尚有61万农村贫困人口。全市生产总值增长7.5%左右。确保8万贫困人口脱贫。"]);
    expect(when(one(x, "尚有61万农村贫困人口", "61万"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(x, "确保8万贫困人口脱贫", "8万"))).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("a count the clause says is already reached, 已经…了 before it in the plan part (State Council 1997: 国家已经组织了57户企业集团试点，今年要扩大到120户)", () => {
  it("is where things stand as the plan year begins, a result of the year before; the aim after it stays the plan year's", () => {
    const x = fixture(["全市生产总值增长10%。"], ["全市生产总值增长9%。为了发展大型企业集团，全市已经组织了57户企业集团试点，今年要扩大到120户。"]);
    expect(when(one(x, "已经组织了57户企业集团试点", "57户"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(x, "今年要扩大到120户", "120户"))).toMatchObject({ kind: "target", year: 2020 });
  });

  it("but not what the plan year has already set aside (今年已经安排了…)", () => {
    const x = fixture(["全市生产总值增长10%。"], ["全市生产总值增长9%。今年已经安排了5亿元专项资金。"]);
    expect(when(one(x, "今年已经安排了5亿元", "5亿元"))).toMatchObject({ kind: "target", year: 2020 });
  });

  it("so is a level said to be reached already (State Council 2019: 我国60岁以上人口已达2.5亿; 1990: 我国外债余额已达到400多亿美元), not one pledged", () => {
    const x = fixture(["全市生产总值增长10%。"], ["全市生产总值增长9%。我国60岁以上人口已达2.5亿，要大力发展养老特别是社区养老服务业。我国外债余额已达到400多亿美元。力争高新技术企业已达到500家。"]);
    expect(when(one(x, "60岁以上人口已达2.5亿", "2.5亿"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    expect(when(one(x, "外债余额已达到400多亿美元", "400多亿美元"))).toMatchObject({ kind: "result", year: 2019 });
    expect(when(one(x, "高新技术企业已达到500家", "500家"))).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("the total fiscal revenue in a review of five years (Quanzhou 2006: 财政总收入153.36亿元，其中一般预算收入76.11亿元，“十五”期间年均分别增长21.7％和21.7％)", () => {
  it("is the last year's revenue, a year's aggregate as the budget revenue is, not the five years' sum", () => {
    const x = extractText("ceshi-2006.txt", [
      "2006年测试市政府工作报告",
      "各位代表：",
      "一、“十五”经济社会发展回顾",
      "“十五”时期是测试市发展的重要时期。初步统计2005年全市生产总值1804亿元；财政总收入153.36亿元，其中一般预算收入76.11亿元，“十五”期间年均分别增长21.7％和21.7％。",
      "二、2006年主要任务",
      "预期全市生产总值增长12.5％。",
    ].join("\n"));
    expect(one(x, "财政总收入", "153.36亿元")).toMatchObject({ metric: "fiscal_revenue_total", year: 2005, period: null });
    expect(one(x, "一般预算收入", "76.11亿元")).toMatchObject({ metric: "budget_revenue", year: 2005, period: null });
  });
});

describe("a yearly output in a review of five years (Ningxia 2023: 年产葡萄酒1.38亿瓶)", () => {
  it("is the last year's output, not the five years' sum", () => {
    const x = extractText("ceshi-2023.txt", [
      "2023年测试区政府工作报告",
      "——2023年1月13日在测试区第十三届人民代表大会第一次会议上",
      "各位代表：",
      "一、过去五年工作回顾",
      "五年来，我们深入贯彻新发展理念，经济高质量发展取得新成就。累计完成固定资产投资近1万亿元。特色产业不断发展，粮食生产“十九连丰”，年产超过75亿斤。年产葡萄酒1.38亿瓶，居全国酒庄酒产量第一位，获批全球葡萄酒旅游目的地。",
      "二、2023年重点工作",
      "地区生产总值增长6.5%左右。",
    ].join("\n"));
    expect(when(one(x, "年产葡萄酒", "1.38亿瓶"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
    // A running total beside it still sums the five years.
    expect(when(one(x, "累计完成固定资产投资", "1万亿元"))).toEqual({ kind: "result", year: 2022, base_year: null, period: [2018, 2022] });
  });

  it("so is a yearly trade told as such (Baiyin 2021: 全市各级各类市场达到132个，年交易额近80亿元)", () => {
    const x = extractText("ceshi-2021.txt", [
      "2021年测试市政府工作报告",
      "——2021年1月13日在测试市第十届人民代表大会第六次会议上",
      "各位代表：",
      "一、“十三五”时期工作回顾",
      "五年来，我们坚持扩大内需，消费活力持续释放。全市各级各类市场达到132个，年交易额近80亿元。累计完成固定资产投资1500亿元。",
      "二、2021年工作安排",
      "地区生产总值增长7%。",
    ].join("\n"));
    expect(when(one(x, "年交易额", "80亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(x, "累计完成固定资产投资", "1500亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
  });
});

describe("this year as the part of a goal over the coming years (Gansu 1998)", () => {
  it("dates its own statement alone: 国内生产总值年均增长9%以上，其中今年达到870亿元，增长8%；财政收入达到150亿元，年均增长10.6%", () => {
    const x = fixture(["全市生产总值增长8%。"], [
      "从今年起到2024年，是跨世纪发展的关键时期。今年和今后几年，政府工作的基本任务是：保持国民经济持续、快速、健康发展。宏观调控的主要目标是：国内生产总值年均增长9%以上，其中今年达到870亿元，增长8%；财政收入达到150亿元，年均增长10.6%，其中今年达到97.75亿元，增长8%，地方财政收入增长速度要高于全部财政收入增长速度。",
    ]);
    // The level the term's goal reaches is the term's last year's, as its average is over the term.
    expect(when(one(x, "财政收入达到150亿元", "150亿元"))).toEqual({ kind: "target", year: 2024, base_year: null, period: [2020, 2024] });
    expect(when(one(x, "年均增长10.6%", "10.6%"))).toEqual({ kind: "target", year: 2024, base_year: null, period: [2020, 2024] });
    // The parts of this year are the plan year's: the GDP growth target is found once.
    expect(when(one(x, "其中今年达到97.75亿元", "97.75亿元"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target" && f.year === 2020 && f.period === null).map((f) => f.value)).toEqual([8]);
  });
});

describe("last year as the measure a pace is held to (Huanggang 2016: 力争信贷投放增速不低于去年，贷存比提高2个百分点)", () => {
  it("is a comparison: the aim after it is the plan year's", () => {
    const x = fixture(["全市生产总值增长8%。"], [
      "扩大信贷投放。以财政资金撬动信贷投放，完善政银合作贷款模式，发挥政府产业基金放大效应、融资担保平台增信作用、保险行业风险担保功能，设立企业信贷“过桥”基金、专项扶贫基金，力争信贷投放增速不低于去年，贷存比提高2个百分点。",
    ]);
    expect(when(one(x, "贷存比提高2个百分点", "2个百分点"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });
});

describe("last year as the basis a sum is reckoned by (Shandong 2008: 按照上年度全省生产总值万分之零点五的比例，安排服务业发展引导资金)", () => {
  it("is no time of the aim after it: the plan year's", () => {
    const x = fixture(["全市生产总值增长8%。"], [
      "加快发展现代服务业。按照上年度全省生产总值万分之零点五的比例，安排服务业发展引导资金，积极吸引社会资金和信贷资金投向服务业领域，力争全年服务业投资增速高于全省固定资产投资增速5个百分点。",
    ]);
    expect(when(one(x, "力争全年服务业投资增速", "5个百分点"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });
});

describe("a clause opening on the whole year after a span an earlier clause names, in the plan (Longyan 2016: 重点扶持今后三年新增产值50亿元或今后五年新增产值100亿元以上龙头企业，…，全年新增亿元以上企业30家、规模以上工业企业60家)", () => {
  it("is the plan year's, not the years of the span", () => {
    const x = fixture(["全市生产总值增长8%。"], [
      "增强企业竞争力。实施“一业一策”、“一企一策”，重点扶持今后三年新增产值50亿元或今后五年新增产值100亿元以上龙头企业，推动有市场、有潜力的中小企业上规模、上水平，全年新增亿元以上企业30家、规模以上工业企业60家。",
    ]);
    expect(when(one(x, "全年新增亿元以上企业30家", "30家"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(when(one(x, "规模以上工业企业60家", "60家"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });
});

describe("a clause opening on the whole year after a span an earlier clause names, in the review (Heilongjiang 2007: 对俄投资实现8.37亿美元，两年翻了三番，全年实现对俄进出口额66.9亿美元，增长17.8%)", () => {
  it("is the year reviewed, and so is the change told right after it", () => {
    const x = fixture([
      "对外开放跃上历史新台阶。对俄投资实现8.37亿美元，两年翻了三番，全年实现对俄进出口额66.9亿美元，增长17.8%，占全省进出口总额的52.0%。",
    ], ["全市生产总值增长8%。"]);
    const year = { kind: "result", year: 2019, base_year: null, period: null };
    expect(when(one(x, "全年实现对俄进出口额66.9亿美元", "66.9亿美元"))).toEqual(year);
    expect(when(one(x, "增长17.8%", "17.8%"))).toEqual(year);
    expect(when(one(x, "占全省进出口总额的52.0%", "52.0%"))).toEqual(year);
  });
});

describe("a figure compared with the year before, in a review of five years (Guangdong 2011: 社会消费品零售总额17415亿元，比上年增长17.3%，年均增长17.1%)", () => {
  const e = extractText(
    "bishangnian-2011.txt",
    [
      "2011年比上年省政府工作报告",
      "——2011年1月22日在比上年省第十一届人民代表大会第四次会议上",
      "比上年省省长 张三",
      "各位代表：",
      "一、“十一五”时期工作回顾",
      "经济发展内生动力显著增强。全社会固定资产投资五年完成58360亿元、年均增长17.6%，2010年完成投资16113亿元、比上年增长20.7%。省重点项目投资五年完成13020亿元。社会消费品零售总额17415亿元，比上年增长17.3%，年均增长17.1%。经济效益明显提高，规模以上工业企业实现利润4000亿元，比上年增长36.5%，是2005年的3.4倍。",
      "二、2011年工作安排",
      "经济社会发展的主要预期目标是：生产总值增长9%左右。",
    ].join("\n"),
  );

  it("is that one year's, not the five years'", () => {
    expect(when(one(e, "社会消费品零售总额17415亿元，比上年增长17.3%", "17.3%"))).toEqual({ kind: "result", year: 2010, base_year: null, period: null });
    expect(when(one(e, "规模以上工业企业实现利润4000亿元", "4000亿元"))).toEqual({ kind: "result", year: 2010, base_year: null, period: null });
    expect(when(one(e, "比上年增长36.5%", "36.5%"))).toEqual({ kind: "result", year: 2010, base_year: null, period: null });
  });

  it("while the averages and the sums told over the years keep their span", () => {
    expect(one(e, "年均增长17.1%", "17.1%").period).toEqual([2006, 2010]);
    expect(one(e, "全社会固定资产投资五年完成58360亿元", "58360亿元").period).toEqual([2006, 2010]);
  });
});

describe("the year just reviewed opening a paragraph after the term's sections, in a part reviewing both (Zhangye 2016: 关于“十二五”和2015年工作)", () => {
  const report = extractText("ceshi-2016.txt", [
    "2016年测试市政府工作报告",
    "2016年1月24日在测试市第三届人民代表大会第六次会议上",
    "市长 张三",
    "各位代表：",
    "关于“十二五”和2015年工作",
    "过去的五年，是全力实施“十二五”规划、推动经济社会转型跨越发展不平凡的五年。“十二五”规划主要目标任务顺利完成。",
    "（一）着力强化项目带动，经济社会发展动力持续增强。生产总值年均增长10.5%，招引项目962个。",
    "（六）着力强化改革创新，发展环境明显优化。健全各类规章制度769项。",
    "2015年，面对持续加大的经济下行压力，我们基本完成了市三届人大四次会议确定的目标任务。预计实现生产总值376.6亿元，增长7.5%。",
    "（一）实施“双创示范”城市建设，增强了全社会创新活力。建成市级中小企业服务平台27家。",
    "（二）紧盯提质增效，巩固了农业比较优势。完成农业投资33.7亿元，增长28.8%。",
    "关于“十三五”总体部署和2016年工作",
    "今年全市经济社会发展的主要预期目标为：生产总值增长8%。",
  ].join("\n"));

  it("gives the figures of the sections after 2015年，… to that year, no span over the term", () => {
    expect(when(one(report, "建成市级中小企业服务平台27家", "27家"))).toMatchObject({ kind: "result", year: 2015, period: null });
    expect(when(one(report, "完成农业投资33.7亿元", "33.7亿元"))).toMatchObject({ year: 2015, period: null });
    expect(when(one(report, "增长28.8%", "28.8%"))).toMatchObject({ year: 2015, period: null });
  });

  it("keeps the term's own sections over its years", () => {
    expect(when(one(report, "招引项目962个", "962个")).period).toEqual([2011, 2015]);
    expect(when(one(report, "健全各类规章制度769项", "769项")).period).toEqual([2011, 2015]);
  });
});

describe("a comparison set as a clause of its own, the later year named as last year (Henan 2006)", () => {
  it("is the base year of the changes after it, each counted thing's too: 去年与2002年相比，减少事故28509起，减少死亡2158人，分别下降47.5%和29.4%", () => {
    const x = fixture([
      "安全生产形势逐步好转。不断强化安全生产工作，事故起数和死亡人数逐年下降。去年与2002年相比，减少事故28509起，减少死亡2158人，分别下降47.5%和29.4%。",
    ], ["生产总值增长10%。"]);
    expect(["28509起", "2158人", "47.5%", "29.4%"].map((v) => one(x, "", v).base_year)).toEqual([2002, 2002, 2002, 2002]);
  });
});

describe("this year in a later part of a report given in December (Zigong 2023, given on 28 December 2022: 今年工作中，…满意率100%)", () => {
  it("is the year the report was given, done: results, not targets of the plan year", () => {
    const e = extractText(
      "ceshi-2023.txt",
      [
        "2023年测试市政府工作报告",
        "2022年12月28日在测试市第十八届人民代表大会第二次会议上",
        "测试市人民政府市长张三",
        "各位代表：",
        "一、2022年工作回顾",
        "城镇新增就业4万人。",
        "二、2023年政府工作任务",
        "主要预期目标是：地区生产总值增速高于全省平均水平，规模以上工业增加值增长7.5%以上。",
        "三、全面加强政府自身建设",
        "今年工作中，我们坚持以习近平新时代中国特色社会主义思想武装头脑。我们自觉接受市人大及其常委会法律监督和工作监督，主动接受市政协民主监督，490件人大议案、代表建议、政协提案全部办结，满意率100%。我们深入推进党风廉政建设，查处83起不担当、不作为等问题。",
      ].join("\n"),
    );
    expect(when(one(e, "满意率100%", "100%"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
    expect(when(one(e, "查处83起", "83起"))).toEqual({ kind: "result", year: 2022, base_year: null, period: null });
    expect(when(one(e, "规模以上工业增加值增长7.5%以上", "7.5%"))).toEqual({ kind: "target", year: 2023, base_year: null, period: null });
  });
});

describe("a lead clause that tells how one of a plan's goals went (Yichun 2016)", () => {
  it("frames no sentence after it: “十二五”减排目标全面完成。…查处环境问题企业546家 is the year's", () => {
    const md = [
      "---", "title: 测试市政府工作报告", "---", "", "——2016年1月18日在测试市第三届人民代表大会第六次会议上", "",
      "各位代表：", "",
      "**一、2015年工作回顾**", "",
      "（二）统筹城乡发展。城镇化率达44.5%，同比提高1.2个百分点。奉新、上高成功创建国家园林城。“十二五”减排目标全面完成。按照“零容忍”要求，查处环境问题企业546家，限期整改431家。新增省级生态乡镇、村各7个。", "",
      "**二、2016年目标要求**", "",
      "全市经济社会发展预期目标为：生产总值增长8.7%左右。",
    ].join("\n");
    const x = extractText("ceshi-2016.md", md);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.year, f.period])).toEqual([
      [44.5, 2015, null],
      [1.2, 2015, null],
      [546, 2015, null],
      [431, 2015, null],
      [7, 2015, null],
      [7, 2015, null],
    ]);
  });
});

describe("an average right after a sentence that gives one over a bare count of years (Guangxi 2024: 工业投资总量三年超万亿元、年均增长17.3%)", () => {
  it("covers those years, not the five before the plan year", () => {
    const x = fixture(
      ["工业振兴三年行动圆满收官，工业投资总量三年超万亿元、年均增长17.3%，新建项目对工业增长贡献率超50%。新增工业产能规模超7500亿元，工业增加值增量近2000亿元、规模以上工业增加值年均增长6.5%，规模以上工业企业突破万家。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "三年超万亿元", "17.3%").period).toEqual([2017, 2019]);
    expect(one(x, "规模以上工业增加值年均增长", "6.5%").period).toEqual([2017, 2019]);
  });
  it("leaves alone an average whose own sentence names a year", () => {
    const x = fixture(
      ["工业投资总量三年超万亿元、年均增长17.3%。2019年规模以上工业增加值年均增长6.5%。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "规模以上工业增加值年均增长", "6.5%").period).not.toEqual([2017, 2019]);
  });
});

describe("a running total under an appendix heading that names one year (Shantou 2022: 2021年十件民生实事完成情况汇总表)", () => {
  it("is that year's total, not one over five years", () => {
    const md = [
      "---", "title: 测试市政府工作报告", "---", "", "——2022年1月8日在测试市第十五届人民代表大会第一次会议上", "",
      "各位代表：", "",
      "一、工作回顾", "",
      "过去五年，累计建成城镇污水处理厂38座。", "",
      "二、2022年工作安排", "",
      "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", "",
      "附件一", "",
      "2021年十件民生实事完成情况汇总表", "",
      "| 重点事项 | 牵头单位 | 实际进度 |",
      "| --- | --- | --- |",
      "| 四、实施群众办事免费停车和免费邮政速递 | 市政务服务数据管理局 | 为前往市政务服务中心办事群众提供2小时内免费停车服务，累计服务约1万车次。 |",
      "",
    ].join("\n");
    const x = extractText("ceshi-2022.md", md);
    const f = x.figures.find((g) => g.quote.includes("累计服务约1万车次"))!;
    expect([f.kind, f.year, f.period]).toEqual(["result", 2021, null]);
    expect(x.figures.find((g) => g.quote.includes("污水处理厂38座"))!.period).toEqual([2017, 2021]);
  });
});

describe("预计 before the people a task serves (Shantou 2022: 预计为全市60万中小学生提供…课后托管服务)", () => {
  it("is what the plan year's task is expected to reach, in the plan or in an appendix of its tasks, not last year's estimate", () => {
    const x = fixture(["地区生产总值增长6%。"], ["由学生所在学校提供课后托管2学时服务，预计为全市60万中小学生提供自主学习、科普活动、户外运动等课后托管服务。"]);
    expect(when(one(x, "预计为全市", "60万"))).toMatchObject({ kind: "target", year: 2020, period: null });
    const md = [
      "---", "title: 测试市政府工作报告", "---", "", "——2022年1月8日在测试市第十五届人民代表大会第一次会议上", "",
      "各位代表：", "", "一、工作回顾", "", "过去一年，新增就业4.5万人。", "",
      "二、2022年工作安排", "", "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", "",
      "附件二", "", "2022年市十件民生实事", "",
      "- 三、面向全市中小学生提供课后托管服务。针对有接送困难和照看需求的中小学生家庭，由学生所在学校提供课后托管2学时服务，预计为全市60万中小学生提供自主学习、科普活动、户外运动等课后托管服务。", "",
    ].join("\n");
    expect(when(one(extractText("ceshi-2022.md", md), "预计为全市", "60万"))).toMatchObject({ kind: "target", year: 2022, period: null });
  });
  it("leaves alone an estimate of a value (预计为2.5%) and one of last year", () => {
    const x = fixture(["地区生产总值增长6%。"], ["去年全市居民消费价格涨幅预计为2.5%。"]);
    expect(one(x, "预计为", "2.5%").year).toBe(2019);
    const y = fixture(["预计为企业减负30亿元。"], ["地区生产总值增长6%。"]);
    expect(when(one(y, "预计为企业", "30亿元"))).toMatchObject({ kind: "result", year: 2019 });
  });
});

describe("a running total after a statement of its sentence that reaches a year gone by (Hegang 2016)", () => {
  it("is over the term the paragraph looks back on: …，到2015年增长5.3%；固定资产投资累计实现701.6亿元", () => {
    const md = [
      "---", "title: 测试市政府工作报告", "---", "", "——2016年1月14日在测试市第十五届人民代表大会第七次会议上", "",
      "各位代表：", "",
      "**一、“十二五”时期简要回顾及2015年工作情况**", "",
      "“十二五”时期，是测试发展史上非同寻常、极不平凡的五年。地区生产总值由2013年下降9.5%、 2014年下降9.7%，到2015年增长4%；规模以上工业增加值由2013年下降28.4%、2014年下降39.5%，到2015年增长5.3%；固定资产投资累计实现701.6亿元，是“十一五”时期的1.6倍；公共财政收入由2013年下降24.5%、2014年下降18%，到2015年下降7.3%，降幅持续收窄17.2个百分点。", "",
      "**二、“十三五”时期奋斗目标和2016年主要工作**", "",
      "今年全市经济社会发展的主要预期目标是：地区生产总值增长8.5%。",
    ].join("\n");
    const x = extractText("ceshi-2016.md", md);
    const at = (value: number) => x.figures.filter((f) => f.value === value).map((f) => [f.metric, f.year, f.period]);
    expect(at(701.6)).toEqual([["fixed_investment", 2015, [2011, 2015]]]);
    expect(at(5.3)).toEqual([["industrial_value_added_growth", 2015, null]]);
    expect(at(7.3)).toEqual([["budget_revenue_growth", 2015, null]]);
  });
});

describe("a level joined by 、 after a yearly average of its clause (Hunan 2023, in a review of five years)", () => {
  it("is the level the span ends on, the average the figure's before it, and no 年均 in its label", () => {
    const x = fixture(
      [
        "这五年，科技创新取得突破性进展。高新技术企业年均净增1800多家，高新技术产业增加值突破万亿，技术合同交易成交额年均增长65.8%、总量突破2500亿元，科技进步贡献率超过60%。",
        "这五年，各项事业取得显著性进步。文化及相关产业增加值年均增长7%、达2500亿元，5A级旅游景区达11家。",
      ],
      [],
    );
    expect([65.8, 7].map((v) => x.figures.find((f) => f.value === v)!.period)).toEqual([[2015, 2019], [2015, 2019]]);
    const levels = x.figures.filter((f) => f.value === 2500 && f.unit === "亿元");
    expect(levels.map((f) => [f.label_zh, f.year, f.period])).toEqual([
      ["技术合同交易成交额", 2019, null],
      ["文化及相关产业增加值", 2019, null],
    ]);
  });
  it("leaves the later values of a list of averages over the span (Yancheng 2012), and a plan's goals (Hangzhou 2023)", () => {
    const x = fixture(["过去五年，规模以上工业增加值、服务业增加值、工业投资年均增幅分别达到17%、14.3%和29.6%。"], []);
    expect(x.figures.map((f) => [f.value, f.period])).toEqual([[17, [2015, 2019]], [14.3, [2015, 2019]], [29.6, [2015, 2019]]]);
    const y = fixture([], ["今后五年，全市财政科技支出年均增长15%以上、市本级每年新增财力的15%以上用于科技投入。"]);
    expect(y.figures.map((f) => [f.value, f.period])).toEqual([[15, [2020, 2024]], [15, [2020, 2024]]]);
  });
});

describe("a shortfall told outside the review (Zhongwei 2016: 海原县…人均地区生产总值仅为全区、全市平均水平的23.1%和36.7%)", () => {
  it("is how things stand in the year reviewed, no target", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长8%。我市城乡、山川、区域发展不平衡，海原县集中了全市70%的贫困人口，人均地区生产总值仅为全区、全市平均水平的23.1%和36.7%，小康社会实现程度全区最低。"]);
    expect(quoting(x, "仅为全区、全市平均水平").map((f) => [written(x, f), f.kind, f.year, f.period])).toEqual([
      ["23.1%", "result", 2019, null],
      ["36.7%", "result", 2019, null],
    ]);
  });
});

describe("years of effort a pledge is to take, said with 经过 and 多 (Ningxia 2010: 力争经过两年多的努力，新技术、新品种到位率达到90%，农机化综合水平70%，科技贡献率70%)", () => {
  it("spans the figures of that statement over those years and the one they run into, not the plan year alone", () => {
    const e = fixture(
      ["农机化综合水平提高到50%。"],
      [
        "地区生产总值增长10%。力争经过两年多的努力，新技术、新品种到位率达到90%，农机化综合水平70%，科技贡献率70%，带动全区农业结构调整。",
        "力争经过两年的努力，建成10个服贸园区。确保粮食总产稳定在330万吨以上。",
      ],
    );
    expect(when(one(e, "科技贡献率70%", "70%"))).toEqual({ kind: "target", year: 2022, base_year: null, period: [2020, 2022] });
    expect(when(one(e, "新品种到位率达到90%", "90%"))).toEqual({ kind: "target", year: 2022, base_year: null, period: [2020, 2022] });
    expect(when(one(e, "建成10个服贸园区", "10个"))).toEqual({ kind: "target", year: 2021, base_year: null, period: [2020, 2021] });
    expect(when(one(e, "粮食总产稳定在330万吨以上", "330万吨"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(when(one(e, "地区生产总值增长10%", "10%"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });
});

describe("a pace held for years in a row, the rate the object of 保持 (Ningxia 2007: 增长28.6%，连续3年保持了20%以上的增幅)", () => {
  it("gives the floor to the run of years, not a second growth of the year reviewed", () => {
    const x = fixture(["全年地区生产总值增长12.5%。完成地方一般预算收入61.3亿元，增长28.6%，连续3年保持了20%以上的增幅。"], ["地区生产总值增长10%。"]);
    const year = x.doc.meta.year;
    expect(one(x, "增长28.6%", "28.6%")).toMatchObject({ year: year - 1, period: null, metric: "budget_revenue_growth" });
    const held = one(x, "连续3年保持了20%以上的增幅", "20%");
    expect(held).toMatchObject({ kind: "result", qualifier: "at_least", period: [year - 3, year - 1] });
  });
});

describe("a bare total after 、 right after the firms the year certified (Panzhihua 2020: 国家高新技术企业通过认定14家、总数37家)", () => {
  it("is the firms there are, not the year's new ones", () => {
    const x = fixture(["地区生产总值增长6.3%。国家高新技术企业通过认定14家、总数37家，科技型中小企业评价入库113家。"], ["地区生产总值增长7.5%左右。"]);
    expect(one(x, "总数37家", "37家").metric).toBe("high_tech_enterprises");
    expect(one(x, "通过认定14家", "14家").metric).toBe("high_tech_enterprises_new");
  });
});

describe("the new five years that open the outlook (Zhangye 2017: 新的五年，是率先在全省实现全面小康…的决战决胜期)", () => {
  const spans = (text: string, year: number, part: "review" | "outlook") => timeCues(text, year, part).map((c) => [c.type, c.first, c.last]);
  it("reads them as the five years from the plan year, not the five looked back on", () => {
    expect(spans("新的五年，是率先在全省实现全面小康、建设幸福美好金张掖的决战决胜期，也是全面深化改革、创新驱动发展的攻坚克难期。", 2017, "outlook")).toEqual([["span", 2017, 2021]]);
  });
  it("still reads the five years a review sums up as looked back on", () => {
    expect(spans("这是极不平凡的五年，我们攻坚克难。", 2017, "review")).toEqual([["span", 2012, 2016]]);
    // A word that ends on 新 is no new term (Liupanshui 2016: `——这是城乡面貌焕然一新的五年。`).
    expect(spans("——这是城乡面貌焕然一新的五年。全市常住人口城镇化率达到47.5%。", 2016, "review")).toEqual([["span", 2011, 2015]]);
  });
});

describe("a reason naming the term gone by, in a paragraph on the coming term (Jiuquan 2016: 由于“十二五”时期我市实现了比较高的增速，…)", () => {
  it("frames none of the sentences after it: their figures stay the coming term's", () => {
    const text = [
      "2016年测试市政府工作报告",
      "——2015年12月22日在测试市第三届人民代表大会第六次会议上",
      "市长 张三",
      "各位代表：",
      "一、2015年工作回顾",
      "预计，全市完成生产总值560亿元，增长6%。",
      "二、“十二五”主要成就及“十三五”规划纲要说明",
      "——五年来，全市生产总值年均增长8.5%。",
      "今后五年，经济保持中高速增长是中央明确的目标要求。由于“十二五”时期我市实现了比较高的增速，“十三五”时期三项指标年均分别增长2.4%、1.4%和6%就可以达到。从酒泉基础设施欠账大、内生增长动力弱、国内外经济形势不确定因素比较多的情况分析，投资仍是拉动我市经济增长的主要动力，只有保持12%的投资增长速度，才能支撑7.5%的经济增速。",
      "三、2016年工作安排",
      "预期目标是:地区生产总值增长7.5%，固定资产投资增长10%。",
    ].join("\n");
    const e = extractText("ceshi-2016.txt", text);
    const coming = { kind: "target", year: 2020, base_year: null, period: [2016, 2020] };
    expect(when(one(e, "只有保持12%的投资增长速度", "12%"))).toEqual(coming);
    expect(when(one(e, "才能支撑7.5%的经济增速", "7.5%"))).toEqual(coming);
    expect(when(one(e, "三项指标年均分别增长2.4%", "2.4%"))).toEqual(coming);
  });
});

describe("the plan year told as what it is to two terms (Dingxi 2025: 今年是“十四五”规划收官、“十五五”发展谋划之年)", () => {
  it("frames the plan part on that year, not on the coming term's five years", () => {
    const text = [
      "2025年测试市政府工作报告",
      "——2025年1月14日在测试市第五届人民代表大会第五次会议上",
      "市长 张三",
      "各位代表:",
      "2024年工作回顾",
      "地区生产总值增长6.8%、位居全省第4。",
      "决胜“十四五”收官之年的重点任务",
      "今年是“十四五”规划收官、“十五五”发展谋划之年，也是进一步全面深化改革深入推进之年。",
      "经济社会发展主要预期目标是:地区生产总值增长6.5%，固定资产投资增长8%。",
      "（一）促进乡村全面振兴，稳固追赶发展根基。锚定农业强市建设目标。",
      "坚决防止返贫致贫。新建和改造提升高标准农田27.5万亩，新增高效节水灌溉15万亩。",
      "拓宽群众增收渠道。引进龙头企业20家以上。",
    ].join("\n");
    const e = extractText("ceshi-2025.txt", text);
    const plan = { kind: "target", year: 2025, base_year: null, period: null };
    expect(when(one(e, "地区生产总值增长6.5%", "6.5%"))).toEqual(plan);
    expect(when(one(e, "新建和改造提升高标准农田27.5万亩", "27.5万亩"))).toEqual(plan);
    expect(when(one(e, "引进龙头企业20家以上", "20家"))).toEqual(plan);
  });
});

describe("a congress's term since the year the text gives for its first session (Lvliang 2016: 2009 年市二届人大一次会议以来)", () => {
  const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last]);

  it("runs from that year up to the last one, not the five the congress alone names", () => {
    expect(types("2009 年市二届人大一次会议以来，在省委、省政府和市委的坚强领导下", 2016)).toEqual([["span", 2009, 2015]]);
    expect(types("市五届人大一次会议以来，面对百年变局和世纪疫情", 2022)).toEqual([["span", 2017, 2021]]);
    const e = extractText("ceshi-2016.txt", [
      "测试市政府工作报告",
      "——2015年12月27日在测试市第三届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "本届政府工作回顾",
      "2009 年市二届人大一次会议以来，在省委、省政府和市委的坚强领导下，经济社会发展取得明显成效。",
      "一、强化重点领域投资，推动产业优化升级",
      "持续加力扩大投资，新增高速公路通车里程 342 公里 。",
      "“十三五”时期目标任务和工作重点",
      "力争“十三五”末全市电力总装机容量达到 2250 万千瓦。",
    ].join("\n"));
    expect(when(one(e, "新增高速公路通车里程", "342 公里"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2009, 2015] });
  });
});

describe("the government's term since the year it took office (Tongliao 2022: 本届政府自2018年履职以来)", () => {
  const types = (text: string, year: number) => timeCues(text, year).map((c) => [c.type, c.first, c.last, c.frame]);

  it("runs from that year up to the last one and frames the look back after it, not the five years of a term", () => {
    expect(types("本届政府自2018年履职以来，坚持以习近平新时代中国特色社会主义思想为指导", 2022)).toEqual([["span", 2018, 2021, true]]);
    const e = extractText("ceshi-2022.txt", [
      "测试市政府工作报告",
      "——2022年2月12日在测试市第六届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、第五届人民政府工作回顾",
      "本届政府自2018年履职以来，坚持以习近平新时代中国特色社会主义思想为指导，较好地完成了目标任务。",
      "经济发展稳中有进。全市地区生产总值达到1411.44亿元，年均增长2.7%。",
      "城乡面貌明显改观。改造棚户区2.1万套、老旧小区560个。",
    ].join("\n"));
    expect(when(one(e, "年均增长2.7%", "2.7%"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2018, 2021] });
    expect(when(one(e, "改造棚户区2.1万套", "2.1万套"))).toEqual({ kind: "result", year: 2021, base_year: null, period: [2018, 2021] });
  });
});

describe("the year a figure is compared with, spaced from 年 or said with 为 before a list of multiples (Lvliang 2016, Xinzhou 2022)", () => {
  it("is the base year of every figure", () => {
    expect(baseYearOf("我市社会融资规模比 2014 年增长 ")).toBe(2014);
    expect(baseYearOf("社会消费品零售总额分别为2016年的1.6倍、1.5倍、")).toBe(2016);
    const e = fixture(["一般公共预算收入、居民人均可支配收入、社会消费品零售总额分别为2016年的1.6倍、1.5倍、1.35倍。"], ["地区生产总值增长6%左右。"]);
    expect(e.figures.filter((f) => f.unit === "倍").map((f) => [f.value, f.base_year])).toEqual([[1.6, 2016], [1.5, 2016], [1.35, 2016]]);
    const p = fixture([], ["力争到“十三五”末，我市社会融资规模比 2014 年增长 60% 。"]);
    expect(one(p, "社会融资规模", "60%").base_year).toBe(2014);
  });
});

describe("a long term looked back on in a clause of its own (Qinghai 2019: 去年是改革开放40周年，回望40年奋斗历程，全省地区生产总值增长30.5倍，…)", () => {
  it("spans the forty years for the multiples, not the level reached at the end", () => {
    const e = fixture(
      ["去年是改革开放40周年，回望40年奋斗历程，全省地区生产总值增长30.5倍，公共财政预算收入增长154倍，城乡居民收入分别增长158倍和91倍，城镇化率提高35.9个百分点、达到54.5%，青藏铁路建成通车。"],
      ["地区生产总值增长6.5%-7%。"],
    );
    expect(when(one(e, "全省地区生产总值增长", "30.5倍"))).toEqual({ kind: "result", year: 2019, base_year: null, period: [1980, 2019] });
    expect(quoting(e, "城乡居民收入").map((f) => [written(e, f), f.period])).toEqual([["158倍", [1980, 2019]], ["91倍", [1980, 2019]]]);
    expect(when(one(e, "城镇化率提高", "35.9个百分点"))).toMatchObject({ period: [1980, 2019] });
    expect(when(one(e, "达到54.5%", "54.5%"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
    // Said with 回顾 and 的历程 too.
    expect(timeCues("回顾改革开放40年的历程，我们", 2019).map((c) => [c.type, c.first, c.last])).toEqual([["span", 1979, 2018]]);
  });
});

describe("a later sentence that opens on a phase of a term gone by (Tangshan 2016: 刚刚过去的2015年，是…的一年。“十二五”中后期，受外部冲击…)", () => {
  it("tells the circumstances of part of the term: the year just past still frames the sections after it", () => {
    const e = extractText(
      "ceshi-2016.md",
      [
        "**测试市政府工作报告**",
        "——2016年1月26日在测试市第十四届人民代表大会第五次会议上",
        "",
        "市长 张三",
        "",
        "各位代表：",
        "",
        "## 一、“十二五”时期和2015年工作回顾",
        "",
        "过去五年，是唐山发展史上极不寻常的五年。",
        "",
        "综合经济实力跃上新台阶。预计全市地区生产总值由2010年的4469亿元增加到2015年的6100亿元，扣除价格因素，年均增长8.1%。",
        "",
        "各位代表！刚刚过去的2015年，是全市上下攻坚突破、砥砺奋进的一年。“十二五”中后期，受外部冲击和自身结构的叠加影响，唐山发展经历了一个从未有过的艰难时期，经济持续下行，指标增长乏力。经过去年的艰苦努力，全市经济顶住了下行的巨大压力。",
        "",
        "一是着力打好经济下行阻击战。制定出台稳增长系列政策措施。预计全年地区生产总值增长5%，固定资产投资增长10%。",
        "",
        "二是着力以新增长点推动经济结构调整迈出大步伐。实施亿元以上调结构项目953个，项目集中开工成为常态。",
        "",
        "## 二、2016年工作安排",
        "",
        "今年经济社会发展主要预期目标是：地区生产总值增长5%，一般公共预算收入增长6%。",
      ].join("\n"),
    );
    expect(when(one(e, "年均增长8.1%", "8.1%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
    expect(when(one(e, "预计全年地区生产总值增长5%", "5%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
    expect(when(one(e, "固定资产投资增长10%", "10%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
    expect(when(one(e, "实施亿元以上调结构项目953个", "953个"))).toEqual({ kind: "result", year: 2015, base_year: null, period: null });
    // A phase of a term is still its span where it opens a paragraph's first sentence.
    expect(timeCues("“十二五”中后期", 2016).map((c) => [c.type, c.first, c.last])).toEqual([["span", 2011, 2015]]);
  });
});

describe("a partner's pledge of the coming years inside a clause of the review (Rizhao 2016: 与省经开投签署战略合作协议，未来三年向我市投资100亿元以上；…3家企业在“新三板”挂牌)", () => {
  const x = fixture([
    "在抓融资方面，全年实现债券、股票融资135.3亿元，比上年增长40.6%；与省经开投签署战略合作协议，未来三年向我市投资100亿元以上；大力推进直接融资，3家企业在“新三板”挂牌，窝窝商城在纳斯达克上市。",
  ], ["地区生产总值增长6%。"]);

  it("frames only its own statement: the listings after the semicolon are the year reviewed's", () => {
    expect(when(one(x, "企业在“新三板”挂牌", "3家"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });

  it("still spans the pledge itself", () => {
    expect(when(one(x, "未来三年向我市投资", "100亿元"))).toMatchObject({ kind: "target", period: [2020, 2022] });
  });
});

describe("a year's mean water quality (Meizhou 2020: 河流国考和省考断面年平均水质达标率、优良率均达100%)", () => {
  it("is the year's, no average over a term", () => {
    const e = fixture(["新增镇村级污水管网449公里，全市城市黑臭水体基本消除，河流国考和省考断面年平均水质达标率、优良率均达100%。"], ["地区生产总值增长5%。"]);
    const found = quoting(e, "年平均水质达标率");
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(when(f)).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a running total since a plan's start pledged among the plan year's goals (Shaanxi 2024: 单位生产总值能耗降低2.5%以上，力争“十四五”以来累计降低10%左右)", () => {
  const e = extractText("shaanxi-2024.txt", [
    "政府工作报告",
    "2024年1月26日在陕西省第十四届人民代表大会第二次会议上",
    "陕西省省长 赵刚",
    "各位代表：",
    "一、2023年工作回顾",
    "全年生产总值达到33786亿元、增长4.3%，城镇调查失业率平均为5.2%，一般公共预算收入超过3400亿元，粮食产量突破1300万吨。",
    "二、2024年工作",
    "今年发展主要预期目标是：生产总值增长5.5%左右，一般公共预算收入增长3%，城乡居民人均可支配收入分别增长5.5%、6.5%，城镇新增就业40万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右，粮食产量1260万吨以上。单位生产总值能耗降低2.5%以上，力争“十四五”以来累计降低10%左右。",
  ].join("\n"));

  it("is a target over the plan's years up to the plan year, not a result up to the year before", () => {
    expect(when(one(e, "力争“十四五”以来累计降低", "10%"))).toEqual({ kind: "target", year: 2024, base_year: null, period: [2021, 2024] });
  });

  it("leaves the year's own goal before it the plan year's", () => {
    expect(when(one(e, "单位生产总值能耗降低2.5%以上", "2.5%"))).toEqual({ kind: "target", year: 2024, base_year: null, period: null });
  });
});

describe("a running total since a plan's start told with no pledge in the plan part (累计降低 after “十三五”以来 alone)", () => {
  it("stays a result up to the year before", () => {
    const e = fixture(["地区生产总值增长6%。"], ["今年主要预期目标是：地区生产总值增长6%左右。“十三五”以来累计降低12%，今年单位生产总值能耗降低3%。"]);
    expect(when(one(e, "以来累计降低", "12%"))).toMatchObject({ kind: "result", year: 2019, period: [2016, 2019] });
  });
});

describe("a count of persons the subject of a yearly grant right after it (Dalian 2009: 为8000名家庭困难的高中生年均发放助学金1000元)", () => {
  it("is the plan year's count, no average over five years", () => {
    const x = fixture([], ["完善高中困难学生助学体系建设，为8000名家庭困难的高中生年均发放助学金1000元。"]);
    expect(when(one(x, "为8000名", "8000名"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(when(one(x, "助学金1000元", "1000元"))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
  });

  it("leaves a count before a yearly rise an average's (五年来…年均增长8%)", () => {
    const x = fixture(["五年来，全市农村劳动力转移就业40万人，年均增长8%。"], []);
    expect(when(one(x, "年均增长8%", "8%")).period).toEqual([2015, 2019]);
  });
});

describe("what is done so far of an aim ahead, in the review (Zhejiang 2010: 计划到2012年改造建设农村住房100万户，已启动31.8万户)", () => {
  const e = fixture(["把农村住房改造建设作为扩大内需、统筹城乡发展、改善民生的重大举措在全省推开，计划到2022年改造建设农村住房100万户，已启动31.8万户。"], ["地区生产总值增长6%左右。"]);
  it("keeps the aim up to the deadline a target", () => {
    expect(when(one(e, "改造建设农村住房100万户", "100万户"))).toMatchObject({ kind: "target", year: 2022 });
  });
  it("makes the clause opening on 已 a result of the year reviewed", () => {
    expect(when(one(e, "已启动31.8万户", "31.8万户"))).toEqual({ kind: "result", year: 2019, base_year: null, period: null });
  });
});

describe("a running total under a paragraph that turns from the term to the year just past", () => {
  it("is that year's, not the term's (Baiyin 2021)", () => {
    const e = extractText(
      "ceshi-2021.txt",
      [
        "测试市政府工作报告",
        "——2021年2月2日在测试市第九届人民代表大会第五次会议上",
        "测试市市长 张三",
        "各位代表：",
        "“十三五”时期工作回顾",
        "五年来，我们把改革创新作为重大任务，累计签约招商项目673项，到位资金730.6亿元。",
        "刚刚过去的2020年，困难比预料的多，挑战比预想的大，但成效比预期的好。面对突如其来的新冠肺炎疫情，我们迎难而上、主动作为，实现了“十三五”发展顺利收官。",
        "三是经济运行实现稳中向好。及时制定出台支持企业复工复产30条政策措施，积极为市场主体纾难解困，累计减税降费7.9亿元，在全省较早实现重点建设项目全面复工。全年生产总值同比增长2.8%。",
        "2021年重点工作任务",
        "全市经济社会发展主要预期目标是:生产总值增长7％。",
      ].join("\n"),
    );
    expect(when(one(e, "累计减税降费7.9亿元", "7.9亿元"))).toEqual({ kind: "result", year: 2020, base_year: null, period: null });
    expect(when(one(e, "累计签约招商项目673项", "673项"))).toEqual({ kind: "result", year: 2020, base_year: null, period: [2016, 2020] });
  });
});

describe("a clause aiming at the whole year after a deadline an earlier sentence opens on, in the plan (Fuzhou 2016: 力争到2018年，…。…力争全年新引进5000万元以上产业项目320个、实际进资437亿元)", () => {
  it("is the plan year's, not the years up to the deadline", () => {
    const x = extractText(
      "ceshi-2016.txt",
      [
        "2016年测试市政府工作报告",
        "——2016年1月20日在测试市第三届人民代表大会第七次会议上",
        "市长 张三",
        "各位代表：",
        "一、2015年工作回顾",
        "全市实现生产总值1105.14亿元，增长9.2%。",
        "二、2016年工作安排",
        "加快推进工业转型升级。力争到2018年，主营业务收入过100亿元的工业企业达5户以上，过50亿元的10户以上，过10亿元的50户以上。实施产业壮链、补链、延链发展工程。围绕六大主导产业和十大产业集群，绘制研究产业发展“鱼骨图”，推进产业链招商。力争全年新引进5000万元以上产业项目320个、实际进资437亿元。",
      ].join("\n"),
    );
    expect(when(one(x, "过10亿元的50户以上", "50户"))).toEqual({ kind: "target", year: 2018, base_year: null, period: [2016, 2018] });
    expect(when(one(x, "产业项目320个", "320个"))).toEqual({ kind: "target", year: 2016, base_year: null, period: null });
    expect(when(one(x, "实际进资437亿元", "437亿元"))).toEqual({ kind: "target", year: 2016, base_year: null, period: null });
  });
});

describe("a name in quotes that opens on its year, in a look back over five years (Fuzhou 2016: 被中国标准化研究院评为“2015年中国大陆城市‘氧吧’50强”第一名)", () => {
  it("is no time of the figures after it, which are the five years'", () => {
    expect(timeCues("被中国标准化研究院评为“2015年中国大陆城市‘氧吧’50强”第一名。新增就业24.9万人", 2016, "review")).toEqual([]);
    const x = extractText(
      "ceshi-2016.txt",
      [
        "2016年测试市政府工作报告",
        "——2016年1月20日在测试市第三届人民代表大会第七次会议上",
        "市长 张三",
        "各位代表：",
        "一、2015年及“十二五”发展主要成效",
        "全市实现生产总值1105.14亿元，增长9.2%。",
        "需要如实向各位代表报告的是，在经济发展进入新常态、增长速度由高速向中高速转变的大背景下，全市经济运行面临前所未有的下行压力，2015年部分经济指标低于年初计划目标。对照“十二五”规划要求，有部分经济指标略低于预期。但总体上看，我市“十二五”规划主要目标任务基本完成，抚州发展站到了新的历史起点上。经过五年的发展，全市综合实力持续增强，发展质量不断提升。生产总值、固定资产投资突破千亿元大关。财政总收入、公共财政预算收入实现四年翻番。生产总值和财政总收入在全省排名双双前移1位。工业税收成为第一大税源。财政收入超10亿元县（区）由1个增至8个，东乡、临川突破20亿元。重大基础设施建设加快推进，发展基础进一步夯实。争取到我市纳入原中央苏区振兴发展国家战略，支持抚州深化区域合作加快发展上升为省级战略。抚州人民的高速梦、高铁梦、电厂梦和汽车梦圆满实现。城镇化进程不断加快，城乡面貌深刻变化。市中心城区建成区面积从50.3平方公里扩大到63平方公里；成功创建“国家园林城市”、“国家森林城市”、“省级卫生城市”和“省级文明城市”。城镇化率提高7.8个百分点，达到45%。投入26.4亿元，完成了3794个新农村建设村点整治建设。改革开放深入推进，发展活力明显增强。启动各类改革试点、改革示范及试验区建设56个，一批改革试点走在全省前列。引进5000万元以上市外境内项目1877个、资金1608亿元，直接利用外资、出口总额年均增长13.7%和26.95%。生态文明建设扎实推进，生态优势日益凸显。全市森林覆盖率达65.6%，绿地率达37.45%，绿化覆盖率达41.34%，万元GDP能耗下降13%。被中国标准化研究院评为“2015年中国大陆城市‘氧吧’50强”第一名。社会事业全面发展，人民生活得到较大改善。“四条保障线”全面建立。新增就业24.9万人，贫困人口由31.6万人下降到13.9万人。2015年城镇居民和农村居民人均可支配收入分别为2010年的1.73倍和1.9倍。建设城镇保障性住房45083套、250.23万m2，改造农村危房57239户，发展成果更多惠及广大群众。",
        "二、2016年工作安排",
        "全市生产总值增长9.5%左右。",
      ].join("\n"),
    );
    expect(when(one(x, "万元GDP能耗下降13%", "13%"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
    expect(when(one(x, "新增就业24.9万人", "24.9万人"))).toEqual({ kind: "result", year: 2015, base_year: null, period: [2011, 2015] });
  });
});

describe("last year as where a plan's raise starts (Guangxi 2013: 边民生活补助由上年每人每月80元提高到96元，…基础养老金月标准由55元提高到75元)", () => {
  it("leaves the level raised to, and the raises after it, the plan year's targets", () => {
    const e = fixture(
      ["全年地区生产总值增长2%。"],
      ["地区生产总值增长8%。陆地边境行政村农村居民边民生活补助由上年每人每月80元提高到96元，新型农村居民社会养老保险基础养老金月标准由55元提高到75元，农村低保对象月补助水平每人提高10元；新农合筹资标准由人均290元提高到340元。"],
    );
    for (const [quote, value] of [["提高到96元", "96元"], ["由55元提高到75元", "75元"], ["每人提高10元", "10元"], ["提高到340元", "340元"]] as const)
      expect(when(one(e, quote, value))).toEqual({ kind: "target", year: 2020, base_year: null, period: null });
    expect(timeCues("补助由上年每人每月80元提高到96元", 2020, "plan")).toEqual([]);
  });

  it("is still last year's in the review, where the level raised to is that year's", () => {
    const e = fixture(["城乡低保月补助标准由上年的200元提高到260元。"], ["地区生产总值增长8%。"]);
    expect(when(one(e, "提高到260元", "260元"))).toMatchObject({ kind: "result", year: 2019 });
  });
});
