import { describe, expect, it } from "vitest";
import { extractText, fixture, one, quoting, typed, written, writtenMetrics } from "./helpers.ts";
import { readUnit } from "../../../src/lib/figures/units.ts";

/**
 * Sentences of reports of other places and years than the corpus's (Inner Mongolia 1998, Wuhai 2021, Yunfu 2015,
 * Sanming 2023), each in a small report of plan year 2020: what they state, read as the text means it.
 */
describe("a 分别 list whose items the clause before names (…指标，分别按增长8%、5%、2%、5%掌握)", () => {
  it("gives each figure its indicator, quoted from the list (Wuhai 2021)", () => {
    const x = fixture(
      ["全年地区生产总值增长2.9%。"],
      ["主要预期目标是：地区生产总值增长6.5%左右；城镇登记失业率控制在5%以内。规模以上工业增加值、固定资产投资、一般公共预算收入、社会消费品零售总额指标，分别按增长8%、5%、2%、5%掌握。"],
    );
    const list = quoting(x, "分别按增长");
    expect(list.map((f) => [written(x, f), f.label_zh, f.metric, f.kind, f.year])).toEqual([
      ["8%", "规模以上工业增加值增长", "industrial_value_added_growth", "target", 2020],
      ["5%", "固定资产投资增长", "fixed_investment_growth", "target", 2020],
      ["2%", "一般公共预算收入增长", "budget_revenue_growth", "target", 2020],
      ["5%", "社会消费品零售总额增长", "retail_sales_growth", "target", 2020],
    ]);
    expect(list[0]!.quote).toMatch(/^规模以上工业增加值、/);
  });

  it("and without the words of how they fared (…快速增长，分别达到…，增长50%、51.8%, Nanchang 2017)", () => {
    const x = fixture(["全市旅游接待总人数和旅游综合收入快速增长，分别达到8301.1万人次、816.8亿元，增长50%、51.8%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别达到").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["8301.1万人次", "旅游接待总人数"],
      ["816.8亿元", "旅游综合收入"],
      ["50%", "旅游接待总人数增长"],
      ["51.8%", "旅游综合收入增长"],
    ]);
    expect(one(x, "816.8亿元", "816.8亿元").metric).toBe("tourism_revenue");
  });

  it("and without 分别 when the changes have no subject of their own (…农村居民人均纯收入5153元，实际增长9.8%和8.5%, State Council 2010)", () => {
    const x = fixture(["城镇新增就业1102万人；城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "实际增长9.8%和8.5%").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["9.8%", "城镇居民人均可支配收入实际增长", "urban_income_growth"],
      ["8.5%", "农村居民人均纯收入实际增长", "rural_net_income_growth"],
    ]);
  });

  it("but not a clause before that names no list of as many", () => {
    const x = fixture(["全年地区生产总值增长2.9%。"], ["各项工作有序推进，分别增长8%、5%。"]);
    expect(quoting(x, "分别增长").map((f) => f.metric)).toEqual([null, null]);
  });
});

describe("a review of the five years, then of the last year after a salutation set off by a comma", () => {
  const x = extractText(
    "ceshi-2021.txt",
    [
      "2021年测试市政府工作报告",
      "2021年3月3日在测试市第九届人民代表大会第四次会议上",
      "市长 张三",
      "各位代表：",
      "一、“十三五”时期和2020年工作回顾",
      "“十三五”时期是全面建成小康社会决胜阶段，是乌海发展进程中具有重要历史意义的五年。",
      "优教优医普惠区社会效应基本显现。城乡居民人均可支配收入年均分别增长6%、8.7%。城镇新增就业3.5万人。",
      "各位代表，刚刚过去的2020年，是极不平凡的一年。全年地区生产总值同比增长2.9%。",
      "（一）全力抗击新冠肺炎疫情。坚持人民至上、生命至上。",
      "（二）扎实做好“六稳”工作、全面落实“六保”任务。市级重点项目开复工155个，完成投资126亿元。出台减免缓缴社保费等稳岗措施，城镇新增就业5107人。",
      "二、2021年工作安排",
      "地区生产总值增长6.5%左右。",
    ].join("\n"),
  );

  it("frames the sections after it by that year (各位代表，刚刚过去的2020年，…, Wuhai 2021)", () => {
    expect(typed(one(x, "城镇新增就业5107人", "5107人"))).toMatchObject({ kind: "result", year: 2020, period: null, metric: "urban_jobs_new" });
    expect(one(x, "市级重点项目开复工155个", "155个").period).toBeNull();
  });

  it("and the five years' figures before it stay over the five years", () => {
    expect(typed(one(x, "城镇新增就业3.5万人", "3.5万人"))).toMatchObject({ year: 2020, period: [2016, 2020], metric: "urban_jobs_new" });
  });
});

describe("an old value told before the new one in other words (Inner Mongolia 1998)", () => {
  it("after a comma, the verb in the next clause (从1992年的1847.4元，增加到1997年的3900元左右): the old value is a baseline", () => {
    const x = fixture(["全区城镇居民人均可支配收入从1992年的1847.4元，增加到1997年的3900元左右，年均实际增长7.3%，比上个五年快4.5个百分点。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "1847.4元").map((f) => written(x, f))).toEqual(["3900元", "7.3%"]);
    expect(typed(one(x, "增加到1997年的3900元左右", "3900元"))).toMatchObject({ kind: "result", metric: "urban_income", label_zh: "全区城镇居民人均可支配收入", value: 3900, qualifier: "approx" });
    expect(one(x, "年均实际增长7.3%", "7.3%")).toMatchObject({ metric: "urban_income_growth", label_zh: "全区城镇居民人均可支配收入年均实际增长" });
  });

  it("a rate per head (由每百人1.5部提高到6.1部) and a peak's list (由最高时期的19.3%和24.3%回落到2.3%和4.8%) are baselines too", () => {
    const x = fixture(
      ["邮电业务总量增长4.9倍，电话普及率由每百人1.5部提高到6.1部。", "使物价涨幅持续回落，到1997年底全区零售物价和居民消费价格涨幅已由最高时期的19.3%和24.3%回落到2.3%和4.8%。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "电话普及率").map((f) => [written(x, f), f.label_zh])).toEqual([["6.1部", "电话普及率"]]);
    expect(quoting(x, "回落到").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["2.3%", "全区零售物价涨幅", "retail_price_growth"],
      ["4.8%", "居民消费价格涨幅", "cpi_growth"],
    ]);
  });
});

describe("a look back over five years whose first paragraph also states the last year's figures (Inner Mongolia 1998)", () => {
  const x = extractText(
    "ceshi-1998.txt",
    [
      "1998年测试市政府工作报告",
      "——1998年1月8日在测试市第九届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、过去五年工作的回顾与总结",
      "本届政府从1993年以来的任期五年，是不同寻常的五年。五年中，本届政府促进了国民经济的快速健康发展。1997年，全区国内生产总值预计达到1100亿元左右，按可比价格计算，比上年增长10%左右，比1992年增长64.6%，年均增长10.5%。",
      "经济发展的后劲显著增强。我们抓住国家发展战略重点西移的有利时机，开展了较大规模的基本建设，全社会固定资产投资累计完成1327亿元，其中基本建设投资730亿元，超过了前45年的总和。",
      "对外开放和交往进一步扩大。全区外贸进出口总额累计完成68.7亿美元，实际利用外资20.6亿美元，引进国内资金到位71亿元人民币。1997年外贸进出口总额突破13亿美元，创历史最高水平，实际利用外资6.7亿美元。",
      "二、一九九八年着重抓好的几项工作",
      "全年计划安排国内生产总值1230亿元，增长10%左右。",
    ].join("\n"),
  );

  it("frames the paragraphs after it by the five years, not by the year a later sentence opens with", () => {
    expect(typed(one(x, "全社会固定资产投资累计完成1327亿元", "1327亿元"))).toMatchObject({ kind: "result", year: 1997, period: [1993, 1997], metric: "fixed_investment" });
    expect(one(x, "全区外贸进出口总额累计完成68.7亿美元", "68.7亿美元").period).toEqual([1993, 1997]);
    expect(one(x, "实际利用外资20.6亿美元", "20.6亿美元").period).toEqual([1993, 1997]);
  });

  it("while the last year's own figures stay that year's", () => {
    expect(typed(one(x, "1997年外贸进出口总额突破13亿美元", "13亿美元"))).toMatchObject({ year: 1997, period: null, metric: "foreign_trade_usd" });
    expect(one(x, "实际利用外资6.7亿美元", "6.7亿美元")).toMatchObject({ year: 1997, period: null, metric: "fdi_actual" });
    expect(one(x, "比上年增长10%左右", "10%")).toMatchObject({ year: 1997, period: null, metric: "gdp_growth" });
  });
});

describe("a figure set as the ground of what follows (…的基础上)", () => {
  it("is a baseline, not a result of the year reviewed (粮食总产量在1992年首次达到100亿公斤的基础上, Inner Mongolia 1998)", () => {
    const x = fixture(["粮食总产量在1992年首次达到100亿公斤的基础上，仅用四年时间，又突破了150亿公斤，在全国的位次由第17位上升到第14位。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "粮食总产量").map((f) => written(x, f))).toEqual([]);
    expect(x.figures.map((f) => written(x, f))).toContain("150亿公斤");
  });
});

describe("a rate followed by how it rates (…控制在3.89%的较低水平)", () => {
  it("is the rate of the subject before it, no share of 较低水平 (Wuhai 2021, Xi'an 2018)", () => {
    const x = fixture(["出台减免缓缴社保费等稳岗措施，城镇新增就业5107人，登记失业率控制在3.89%的较低水平。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "登记失业率控制在3.89%的较低水平", "3.89%"))).toMatchObject({ kind: "result", label_zh: "登记失业率", metric: "registered_unemployment_rate", max: 3.89, qualifier: "at_most" });
  });
});

describe("the market entities there are (实有市场主体)", () => {
  it("are a stock, not the new entities of the year (Sanming 2023, Yunfu 2015)", () => {
    const x = fixture(["全市实有市场主体34.4万户、增长13.2%。新登记市场主体1.29万户，实有市场主体7.29万户、增长9.74%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "全市实有市场主体34.4万户", "34.4万户").metric).toBeNull();
    expect(one(x, "实有市场主体7.29万户", "7.29万户").metric).toBeNull();
    expect(one(x, "新登记市场主体1.29万户", "1.29万户").metric).toBe("new_market_entities");
  });
});

describe("a sector's output that names no sector (增加值达到48.4亿元)", () => {
  it("takes the sector that opens its sentence (建筑业持续高速增长，…; 第三产业虽然…，增加值仍…, Ningxia 2004)", () => {
    const x = fixture(
      ["工业经济克服了资金、电力、运输紧张的困难，增加值达到143.3亿元，增长16.3%。建筑业持续高速增长，增加值达到48.4亿元，增长26.6%。第三产业虽然受到非典疫情的严重影响，增加值仍达到137.8亿元，增长8.3%。"],
      ["地区生产总值增长6%。"],
    );
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["143.3亿元", "工业增加值"],
      ["16.3%", "工业增加值增长"],
      ["48.4亿元", "建筑业增加值"],
      ["26.6%", "建筑业增加值增长"],
      ["137.8亿元", "第三产业增加值"],
      ["8.3%", "第三产业增加值增长"],
    ]);
    expect(one(x, "增加值仍达到137.8亿元，增长8.3%", "8.3%").metric).toBe("services_value_added_growth");
  });

  it("takes the sector of its own statement after a semicolon (…预计工业增加值485亿元，增长13.2％；第三产业持续发展，预计增加值668亿元, Wuhan 2002)", () => {
    const x = fixture(
      ["（一）国民经济持续快速健康发展，综合实力显著增强。 预计国内生产总值1348亿元，比上年增长12％。工业在调整中快速增长，预计工业增加值485亿元，增长13.2％；第三产业持续发展，预计增加值668亿元，增长12.1％。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "预计工业增加值485亿元", "485亿元").metric).toBe("industry_value_added");
    expect(one(x, "预计增加值668亿元", "668亿元").label_zh).toBe("第三产业增加值");
    expect(one(x, "预计增加值668亿元", "668亿元").metric).toBe("services_value_added");
    expect(one(x, "预计增加值668亿元，增长12.1％", "12.1％").metric).toBe("services_value_added_growth");
  });

  it("not the sector the sentence opened on, when the statement after a semicolon names a subject of its own (…；鞋服等十大产业集群发展水平提升，产值1870.52亿元, Putian 2014)", () => {
    const x = fixture(
      ["第二产业增加值 783.46亿元、增长14.3 %，规模以上工业增加值603.95亿元、增长15.3%，新增规模工业企业126家；鞋服等十大产业集群发展水平提升，产值1870.52亿元，增长15.6%；新一代电子信息技术等五大战略性新兴产业加快发展，实现产值285.10亿元，增长23.5%。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "第二产业增加值 783.46亿元", "783.46亿元").label_zh).toBe("第二产业增加值");
    expect(one(x, "产值1870.52亿元", "1870.52亿元").label_zh).not.toMatch(/第二产业/);
    expect(one(x, "实现产值285.10亿元，增长23.5%", "23.5%").label_zh).not.toMatch(/第二产业/);
  });

  it("or, in the first sentence of a section, the sector its title names (（三）第三产业快速发展。实现增加值…, Yunfu 2015)", () => {
    const x = fixture(["（一）第一产业稳定增长。实现增加值148.1亿元，增长4.3%。粮食播种面积达176万亩。", "（二）第三产业快速发展。实现增加值226.2亿元，增长7.8%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "实现增加值148.1亿元", "148.1亿元").label_zh).toBe("第一产业增加值");
    expect(one(x, "实现增加值226.2亿元，增长7.8%", "7.8%")).toMatchObject({ label_zh: "第三产业增加值增长", metric: "services_value_added_growth" });
  });

  it("or the sector that opens the last clause of its section's title (（三）坚持抓调整优结构，服务业实现增量提质。完成投资930亿元、占比达到44%，增加值占比提高1个百分点, Jining 2014)", () => {
    const x = fixture([
      "（一）坚持抓转型稳增长，工业经济持续向好。工业增加值增长12.5%。",
      "（二）坚持抓基础促增收，农业综合生产能力显著增强。粮食生产实现“十连增”、总产达到115.6亿斤。",
      "（三）坚持抓调整优结构，服务业实现增量提质。完成投资930亿元、占比达到44%，增加值占比提高1个百分点，研发设计、金融保险、软件和信息服务等生产性服务业加快发展。",
    ], ["地区生产总值增长10%左右。"]);
    expect(one(x, "增加值占比提高1个百分点", "1个百分点")).toMatchObject({ label_zh: "服务业增加值占比提高", metric: "services_share_change", kind: "result" });
  });

  it("whether it is achieved (实现) or completed (完成): 第三产业增长势头强劲，完成增加值1132.1亿元，增长10.5% (Beijing 1999)", () => {
    const x = fixture(["第三产业增长势头强劲，完成增加值1132.1亿元，增长10.5%，占国内生产总值的比重达到56.3%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "完成增加值1132.1亿元", "1132.1亿元").label_zh).toBe("第三产业增加值");
    expect(one(x, "完成增加值1132.1亿元，增长10.5%", "10.5%")).toMatchObject({ label_zh: "第三产业增加值增长", metric: "services_value_added_growth" });
  });
  it("or the sector that opens the sentence or clause right before, with no figure between (工业继续对经济起重要支撑作用。完成增加值…, Tianjin 2009; …，第三产业显示出较强的发展后劲，增加值比上年增长10.3%, Zhejiang 1999)", () => {
    const x = fixture(
      [
        "工业继续对经济起重要支撑作用。完成增加值3500亿元，增长18.5%，拉动全市经济增长10个百分点。22家工业企业集团销售收入超百亿元。服务业发展提速。完成增加值2400亿元，增长14.7%。",
        "全省工业增加值比上年增长12%。加强流通网络建设和市场体系培育，加快发展旅游业，第三产业显示出较强的发展后劲，增加值比上年增长10.3%。",
      ],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "完成增加值3500亿元", "3500亿元")).toMatchObject({ label_zh: "工业增加值", metric: "industry_value_added" });
    expect(one(x, "完成增加值3500亿元，增长18.5%", "18.5%")).toMatchObject({ label_zh: "工业增加值增长", metric: "industry_value_added_growth" });
    expect(one(x, "完成增加值2400亿元", "2400亿元").label_zh).toBe("服务业增加值");
    expect(one(x, "完成增加值2400亿元，增长14.7%", "14.7%")).toMatchObject({ label_zh: "服务业增加值增长", metric: "services_value_added_growth" });
    expect(one(x, "增加值比上年增长10.3%", "10.3%")).toMatchObject({ label_zh: "第三产业增加值比上年增长", metric: "services_value_added_growth" });
  });

  it("but not past a clause with a figure of its own, nor from a thing of the sector's (工业园区…)", () => {
    const x = fixture(["工业园区建设加快。完成增加值300亿元。加快发展旅游业，服务业新增企业20家，增加值增长9%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "完成增加值300亿元", "300亿元").label_zh).toBe("增加值");
    expect(one(x, "增加值增长9%", "9%").label_zh).toBe("增加值增长");
    const y = fixture(["工业和服务业协调发展。完成增加值300亿元。"], ["地区生产总值增长6%。"]);
    expect(one(y, "完成增加值300亿元", "300亿元").label_zh).toBe("增加值");
  });
});

describe("a 分别 list of parts of the place (杭州、宁波、义乌跨境电商交易额分别增长…)", () => {
  it("gives none of them the place's indicator, since no one item is the whole (Zhejiang 2020)", () => {
    const x = fixture(
      ["社会消费品零售总额增长8.6%，网络零售增长18.1%。杭州、宁波、义乌跨境电商交易额分别增长45.3%、41.6%、28.3%，温州、绍兴获批跨境电商综合试验区。"],
      ["地区生产总值增长6%。"],
    );
    expect(writtenMetrics(x, "跨境电商交易额分别增长")).toEqual([
      ["45.3%", null],
      ["41.6%", null],
      ["28.3%", null],
    ]);
    expect(one(x, "社会消费品零售总额增长8.6%", "8.6%").metric).toBe("retail_sales_growth");
  });
});

describe("a sentence whose subject is a part of the place (去年山区8县…)", () => {
  it("states that part's figures, none of them the place's indicators (Ningxia 2004)", () => {
    const x = fixture(
      ["2003年全区实现国内生产总值385亿元，增长12.2%。去年山区8县全社会固定资产投资达到19.44亿元，是历史上投入最多的一年，GDP增长11.1%，地方财政收入增长15.6%，农民人均纯收入增长7.3%，均为近年最好水平。"],
      ["地区生产总值增长6%。"],
    );
    expect(writtenMetrics(x, "山区8县")).toEqual([["19.44亿元", null]]);
    expect(one(x, "GDP增长11.1%", "11.1%").metric).toBeNull();
    expect(one(x, "农民人均纯收入增长7.3%", "7.3%").metric).toBeNull();
    expect(one(x, "全区实现国内生产总值385亿元，增长12.2%", "12.2%").metric).toBe("gdp_growth");
  });

  it("so does the figure's own clause opening with such a part, inside a sentence about the whole (Hanzhong 2023: …，5个县区超200亿元)", () => {
    const x = fixture(
      ["全市生产总值历史性突破1900亿元、达到1905.45亿元，增长4.3%。加快发展县域经济，县域生产总值增长6.4%，8个县区生产总值过百亿元、5个县区超200亿元。"],
      ["生产总值增长7%以上。"],
    );
    expect(one(x, "5个县区超200亿元", "200亿元").metric).toBeNull();
    expect(one(x, "全市生产总值历史性突破1900亿元、达到1905.45亿元", "1905.45亿元").metric).toBe("gdp");
  });

  it("so does a count of counties a copy set apart from its 个 by a space (Maoming 2014: 6 个县（市、区）主要经济指标增速高于全市平均水平，其中…)", () => {
    const x = fixture(
      ["全年全市完成生产总值 2160.2亿元，增长 13.2%。6 个县（市、区）主要经济指标增速高于全市平均水平，其中规模以上工业增加值增长 28.1%，固定资产投资增长 62.2 %，公共财政预算收入增长 21.5%。"],
      ["生产总值增长 12%。"],
    );
    expect(one(x, "其中规模以上工业增加值增长 28.1%", "28.1%").metric).toBeNull();
    expect(one(x, "固定资产投资增长 62.2 %", "62.2 %").metric).toBeNull();
    expect(one(x, "公共财政预算收入增长 21.5%", "21.5%").metric).toBeNull();
    expect(one(x, "全年全市完成生产总值 2160.2亿元，增长 13.2%", "13.2%").metric).toBe("gdp_growth");
  });

  it("so does a sentence opening with the counties' economy, whose list of measures names no subject (Shenyang 2019: 县域经济呈现积极变化，…分别增长15.6%、10.2%和18.4%)", () => {
    const x = fixture(
      ["预计地区生产总值增长5%左右，固定资产投资增长15%。县域经济呈现积极变化，一般公共预算收入、规模以上工业增加值、固定资产投资分别增长15.6%、10.2%和18.4%。"],
      ["地区生产总值增长6.5%左右。"],
    );
    expect(writtenMetrics(x, "分别增长15.6%")).toEqual([
      ["15.6%", null],
      ["10.2%", null],
      ["18.4%", null],
    ]);
    expect(one(x, "固定资产投资增长15%", "15%").metric).toBe("fixed_investment_growth");
  });

  it("so does a body of its own within the place, after a year and a comma (Xinjiang 2015: 2014年，兵团生产总值增长16%，…)", () => {
    const x = fixture(
      ["预计完成地区生产总值9200亿元，增长10%。2014年，兵团生产总值增长16%，固定资产投资增长16%，城镇常住居民人均可支配收入增长10%。"],
      ["生产总值增长9%左右。"],
    );
    for (const [clause, value] of [["兵团生产总值增长16%", "16%"], ["固定资产投资增长16%", "16%"], ["城镇常住居民人均可支配收入增长10%", "10%"]]) {
      expect(one(x, clause!, value!).metric).toBeNull();
    }
    expect(one(x, "预计完成地区生产总值9200亿元，增长10%", "10%").metric).toBe("gdp_growth");
  });

  it("so does a body of its own within the place after 预计 (Xinjiang 2006: 预计兵团生产总值340亿元，增长11.5%)", () => {
    const x = fixture(
      ["预计全年生产总值2680亿元，比上年增长10.9%。", "十、兵团经济快速发展，维稳戍边能力明显增强。预计兵团生产总值340亿元，增长11.5%。"],
      ["全区生产总值增长9%，力争达到两位数增长。"],
    );
    expect(one(x, "预计兵团生产总值340亿元", "340亿元").metric).toBeNull();
    expect(one(x, "预计兵团生产总值340亿元，增长11.5%", "11.5%").metric).toBeNull();
    expect(one(x, "预计全年生产总值2680亿元，比上年增长10.9%", "10.9%").metric).toBe("gdp_growth");
  });

  it("so does every sentence of a section whose heading names that body (Xinjiang 2006: 十、兵团经济快速发展…)", () => {
    const text = [
      "2006年新疆维吾尔自治区政府工作报告",
      "2006年1月8日在新疆维吾尔自治区第十届人民代表大会第四次会议上",
      "各位代表：",
      "一、2005年工作回顾",
      "（一）经济持续快速发展。预计全年生产总值2680亿元，比上年增长10.9%。全社会固定资产投资完成1352亿元，增长16.4%。完成进出口总额79.4亿美元，增长40.9%。",
      "（二）兵团经济快速发展，维稳戍边能力明显增强。",
      "生产建设兵团认真落实科学发展观，促进了经济持续快速健康发展。预计兵团生产总值340亿元，增长11.5%。固定资产投资130亿元，增长1%。进出口总额30亿美元，增长52.1%。",
      "二、2006年工作安排",
      "全区生产总值增长9%，力争达到两位数增长。",
    ].join("\n");
    const figs = extractText("xinjiang-2006.txt", text).figures;
    const metric = (quote: string) => figs.filter((f) => f.quote === quote).map((f) => f.metric);
    expect(metric("固定资产投资130亿元")).toEqual([null]);
    expect(metric("固定资产投资130亿元，增长1%")).toEqual([null]);
    expect(metric("进出口总额30亿美元")).toEqual([null]);
    expect(metric("全社会固定资产投资完成1352亿元")).toEqual(["fixed_investment"]);
    expect(metric("完成进出口总额79.4亿美元")).toEqual(["foreign_trade_usd"]);
  });

  it("so does a section whose heading supports that body, and a paragraph led by it, though no sentence names it (Xinjiang 2017: （九）着力支持兵团各项事业发展)", () => {
    const paragraph =
      "兵团是自治区的重要组成部分。我们高度重视和支持兵团工作，大力促进兵地融合发展，积极支持兵团深化改革、发展壮大，兵团城镇化、新型工业化、农业现代化加快推进，各项事业取得显著成就。预计实现生产总值2120亿元，增长9%左右；固定资产投资1800亿元左右，增长0.8%；完成社会消费品零售总额626亿元，增长13.5%；城镇常住居民人均可支配收入和连队常住居民人均可支配收入分别增长8.5%和9%；3万贫困人口实现脱贫。";
    const text = (heading: string[]) =>
      [
        "2017年新疆维吾尔自治区政府工作报告",
        "——2017年1月9日在新疆维吾尔自治区第十二届人民代表大会第五次会议上",
        "各位代表：",
        "一、2016年工作回顾",
        "——经济运行整体平稳。预计地区生产总值9550亿元，增长7.6%；社会消费品零售总额2818亿元，增长8.2%。",
        ...heading,
        paragraph,
        "二、2017年工作安排",
        "经济发展主要预期目标是：地区生产总值增长7%以上。",
      ].join("\n");
    for (const heading of [["（九）着力支持兵团各项事业发展"], []]) {
      const figs = extractText("xinjiang-2017.txt", text(heading)).figures.filter((f) => f.kind === "result");
      expect(figs.filter((f) => f.metric !== null && f.paragraph !== figs[0]!.paragraph).map((f) => [f.metric, f.value])).toEqual([]);
      expect(figs.filter((f) => f.metric === "gdp_growth").map((f) => f.value)).toEqual([7.6]);
    }
  });

  it("so does a section whose heading develops a region named by a compass point (Xinjiang 2017: （十）突出抓好南疆发展), not a heading of the nation's strategy", () => {
    const text = (heading: string) =>
      [
        "2017年新疆维吾尔自治区政府工作报告",
        "——2017年1月9日在新疆维吾尔自治区第十二届人民代表大会第五次会议上",
        "各位代表：",
        "一、2016年工作回顾",
        "城镇新增就业45.5万人。",
        "二、2017年工作安排",
        "（六）全力抓好重大惠民工程",
        "实施就业惠民工程。力争新增城镇就业44万人以上；农村富余劳动力转移就业260万人次以上。",
        heading,
        "集中力量补上民生短板。教育素质、就业困难和摆脱贫困是南疆最大的民生短板。有序扩大南疆少数民族群众有组织到内地和区内县市转移就业规模，实现城镇新增就业11万人、农村富余劳动力转移就业150万人次。",
      ].join("\n");
    const jobs = (heading: string) => extractText("xinjiang-2017.txt", text(heading)).figures.filter((f) => f.kind === "target" && f.metric === "urban_jobs_new").map((f) => f.value);
    expect(jobs("（七）突出抓好南疆发展")).toEqual([44]);
    expect(jobs("（七）深入实施西部大开发")).toEqual([44, 11]);
  });

  it("so does a clause later in the sentence whose subject is that body or zones named together (Xinjiang 2024)", () => {
    const x = fixture(
      [
        "地区生产总值增长6.8%。一年来，我们全力支持生产建设兵团改革发展，有力促进了兵地全方位深度融合发展，生产建设兵团综合实力显著增强，生产总值增长6.9%，一般公共预算收入增长14.6%，居民人均可支配收入增长6.4%。",
        "喀什、霍尔果斯经济开发区新一轮总体发展规划获批实施，“两区”进出口贸易额分别增长67.5%、79.4%，招商引资到位资金分别增长53.56%、17%。",
      ],
      ["生产总值增长6.5%左右。"],
    );
    for (const [clause, value] of [["生产总值增长6.9%", "6.9%"], ["一般公共预算收入增长14.6%", "14.6%"], ["居民人均可支配收入增长6.4%", "6.4%"], ["招商引资到位资金分别增长53.56%、17%", "17%"]]) {
      expect(one(x, clause!, value!).metric).toBeNull();
    }
    expect(one(x, "地区生产总值增长6.8%", "6.8%").metric).toBe("gdp_growth");
    // A single zone that won a title, then the place's own figure (Shizuishan 2021): the place's.
    const y = fixture(["开放型经济加快发展，石嘴山经开区获评国家外贸转型升级示范基地，进出口总额增长56.6%。"], []);
    expect(one(y, "进出口总额增长56.6%", "56.6%").metric).toBe("foreign_trade_growth");
  });

  it("so do zones named together each with its kind (Wuhan 2002: 东湖新技术开发区、武汉经济技术开发区保持快速发展势头，预计工业增加值分别比上年增长31％和25％)", () => {
    const x = fixture(
      [
        "工业在调整中快速增长，预计工业增加值485亿元，增长13.2％。",
        "东湖新技术开发区、武汉经济技术开发区保持快速发展势头，预计工业增加值分别比上年增长31％和25％，财政收入分别增长64％和53.9％。",
      ],
      ["地区生产总值增长6%。"],
    );
    expect(x.figures.filter((f) => f.metric === "industry_value_added_growth").map((f) => f.value)).toEqual([13.2]);
  });

  it("so do the divisions of a prefecture, the area it runs directly and its prefectures (Yili 2023: 州直…、塔城地区…)", () => {
    const x = fixture(
      [
        "预计实现地区生产总值2854亿元、增长3.2%左右（州直1548亿元、增长2.5%左右，塔城地区890亿元、增长5%，阿勒泰地区416亿元、增长2%）；一般公共预算收入完成219.7亿元、增长6.2%（州直135亿元、增长2%，塔城地区48.3亿元、增长19.1%，阿勒泰地区36.4亿元、增长7.1%）。招商引资成效显著，州直实施招商引资项目786个、塔城地区500个、阿勒泰地区112个，分别到位资金1444.6亿元、430.1亿元、151.1亿元。",
        "全年实现地区生产总值770.7亿元，增长15%；完成地区固定资产投资528亿元，增长31%。在局部地区受灾和种植面积减少的情况下，粮食总产量达到1360万吨。",
      ],
      ["加强旅游宣传推介，办好各类旅游节庆活动，州直实现旅游接待4374万人次、旅游综合收入232亿元，均增长20%；塔城地区实现旅游接待1230万人次、旅游综合收入73亿元，均增长20%。"],
    );
    for (const value of ["1444.6亿元", "430.1亿元", "151.1亿元"]) expect(one(x, "分别到位资金1444.6亿元、430.1亿元、151.1亿元", value).metric).toBeNull();
    expect(one(x, "州直实现旅游接待4374万人次、旅游综合收入232亿元", "232亿元").metric).toBeNull();
    expect(one(x, "塔城地区实现旅游接待1230万人次、旅游综合收入73亿元", "73亿元").metric).toBeNull();
    // The place's own figures after a division's in brackets, and 地区 after a verb or a preposition, stay the place's.
    expect(one(x, "一般公共预算收入完成219.7亿元、增长6.2%", "6.2%").metric).toBe("budget_revenue_growth");
    expect(one(x, "完成地区固定资产投资528亿元", "528亿元").metric).toBe("fixed_investment");
    expect(one(x, "粮食总产量达到1360万吨", "1360万吨").metric).toBe("grain_output");
  });
});

describe("a sentence whose subject is a zone of the place, before a list of its measures (Yunnan 2023)", () => {
  it("states the zone's targets, none of them the place's indicators (自贸试验区新设企业数、进出口总额、吸引外资均增长30%以上)", () => {
    const x = fixture(["全年利用外资1亿元。"], ["地区生产总值增长6%，进出口总额增长15%左右。自贸试验区新设企业数、进出口总额、吸引外资均增长30%以上。"]);
    expect(quoting(x, "自贸试验区").map((f) => [f.label_zh, f.value, f.metric])).toEqual([
      ["自贸试验区新设企业数增长", 30, null],
      ["进出口总额增长", 30, null],
      ["吸引外资增长", 30, null],
    ]);
    expect(one(x, "进出口总额增长15%左右", "15%").metric).toBe("foreign_trade_growth");
    // A zone that brings the whole place a figure is no subject of it (Luzhou 2022).
    const y = fixture(["综合保税区运行良好，带动全市实现进出口总额129.5亿元、增长44.3%。"], ["地区生产总值增长6%。"]);
    expect(one(y, "进出口总额129.5亿元", "129.5亿元").metric).toBe("foreign_trade");
  });
});

describe("a season across the turn of two years (Jilin City 2022)", () => {
  it("2021—2022年雪季，预计全市接待冰雪游客、旅游收入分别增长20%和18% gives no growth of the year's tourism revenue", () => {
    const x = fixture([
      "北大湖、万科松花湖获评国家体育旅游示范基地，松花湖入选首批国家级滑雪旅游度假地。2021—2022年雪季，预计全市接待冰雪游客、旅游收入分别增长20%和18%，来吉林市“滑粉雪、赏雾凇、泡温泉、添装备、过大年”成为全国冬季旅游新时尚。",
    ], ["地区生产总值增长7%—8%。"]);
    expect(quoting(x, "接待冰雪游客、旅游收入").map((f) => [written(x, f), f.metric])).toEqual([
      ["20%", null],
      ["18%", null],
    ]);
  });
});

describe("the counties taken together before a list of their measures (Jilin City 2014)", () => {
  it("县域生产总值、地方级财政收入分别增长10%和19.4% gives the counties' revenue growth, no growth of the city's revenue", () => {
    const x = fixture([
      "预计实现地区生产总值2630亿元，可比增长9%；地方级财政收入139.9亿元，增长17.6%。",
      "县域发展取得新成果。突出县域开发区建设，磐石“两区三园”、桦甸“五大园区”等产业集中度提升，维依康生物科技、山能集团油页岩综合开发等一批重点项目入区建设，资源型城市转型步伐加大，县域生产总值、地方级财政收入分别增长10%和19.4%。",
    ], ["地区生产总值可比增长10%。"]);
    expect(quoting(x, "县域生产总值、地方级财政收入").map((f) => [written(x, f), f.metric])).toEqual([
      ["10%", null],
      ["19.4%", null],
    ]);
    expect(one(x, "地方级财政收入139.9亿元，增长17.6%", "17.6%").metric).toBe("budget_revenue_growth");
  });

  it("县域地区生产总值平均增长6.9%，…，完成固定资产投资216.7亿元 gives the counties' investment, none of the city's (Jinzhou 2022)", () => {
    const x = fixture(["地区生产总值增长6.2%。"], [
      "地区生产总值增长6.5%；固定资产投资增长10%。",
      "推动三次产业融合发展。打造乡村休闲旅游精品线路4条。县域地区生产总值平均增长6.9%，一般公共预算收入平均增长6%，完成固定资产投资216.7亿元。",
    ]);
    expect(one(x, "县域地区生产总值平均增长6.9%", "6.9%").metric).toBeNull();
    expect(one(x, "一般公共预算收入平均增长6%", "6%").metric).toBeNull();
    expect(one(x, "完成固定资产投资216.7亿元", "216.7亿元").metric).toBeNull();
    expect(one(x, "固定资产投资增长10%", "10%").metric).toBe("fixed_investment_growth");
  });
});

describe("a count before its noun and the verb that takes the amount after it (158个重点项目完成投资326亿元)", () => {
  it("counts the noun, the verb no word of it (Qianxinan 2020, Xingtai 2024)", () => {
    const x = fixture(["全市158个重点项目完成投资326亿元。550个州级重大工程和重点项目完成投资1272.6亿元。42个省重点项目投资完成148.47%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "158个重点项目", "158个").label_zh).toBe("重点项目");
    expect(one(x, "158个重点项目", "326亿元").label_zh).toBe("重点项目完成投资");
    expect(one(x, "550个州级", "550个").label_zh).toBe("州级重大工程和重点项目");
    expect(one(x, "42个省重点项目", "42个").label_zh).toBe("省重点项目");
  });

  it("and before the measure the amount states (232家市级以上农业龙头企业营收超255亿元, Sanming 2023; …完成投资超过360亿元, Xiamen 2020)", () => {
    const x = fixture(["232家市级以上农业龙头企业营收超255亿元、增长4.3%。323个亿元以上产业项目完成投资超过360亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "232家", "232家").label_zh).toBe("市级以上农业龙头企业");
    expect(one(x, "323个", "323个").label_zh).toBe("亿元以上产业项目");
  });
});

describe("a count after its noun, then 和 and the next noun with its own count (研发中心10家和创新创业载体5个)", () => {
  it("keeps the noun before it, not the next item's (Nanning 2019)", () => {
    const x = fixture(["全年新增企业。"], ["力争新增市级以上企业技术中心、研发中心10家和创新创业载体5个，引进和建设高水平新型产业技术研究机构5家以上。"]);
    expect(one(x, "研发中心10家", "10家").label_zh).toBe("新增市级以上企业技术中心、研发中心");
    expect(one(x, "创新创业载体5个", "5个").label_zh).toBe("创新创业载体");
  });
});

describe("a rate named before its figure, then 的 and what has the rate (城镇化率70%以上的特大型现代化城市)", () => {
  it("is the rate, not a share of what follows (Changchun 2022)", () => {
    const x = fixture(["全年新增企业。"], ["进一步优化发展格局，加快打造常住人口城镇化率70%以上的特大型现代化城市。"]);
    expect(one(x, "城镇化率70%", "70%").metric).toBe("urbanization_rate");
  });
});

describe("an area after a bare verb (建设12.48万亩高标准基本农田)", () => {
  it("measures the land named after it (Yunfu 2015, Sanming 2023)", () => {
    const x = fixture(["全市整治撂荒耕地3.12万亩，粮食总产量95.4万吨。"], ["积极实施粮食稳定增产行动，建设12.48万亩高标准基本农田。严守239万亩耕地保护红线，建设高标准农田20万亩。"]);
    expect(one(x, "建设12.48万亩高标准基本农田", "12.48万亩").label_zh).toBe("建设高标准基本农田");
    expect(one(x, "严守239万亩耕地保护红线", "239万亩").label_zh).toBe("严守耕地保护红线");
    expect(one(x, "建设高标准农田20万亩", "20万亩").label_zh).toBe("建设高标准农田");
    expect(one(x, "全市整治撂荒耕地3.12万亩", "3.12万亩").label_zh).toBe("整治撂荒耕地");
  });

  it("measures the houses named after it when their noun opens on a grade in a full-width Latin letter (Ningbo 2002: 改造5.8万平方米Ｄ级危房)", () => {
    const x = fixture(["全市整治撂荒耕地3.12万亩。"], ["改造中小学危房。市、县（市）区配套投入7500万元，改造5.8万平方米Ｄ级危房。"]);
    expect(one(x, "改造5.8万平方米Ｄ级危房", "5.8万平方米").label_zh).toBe("改造Ｄ级危房");
  });

  it("measures the land or the road named after it after a verb of building well or making better, and after a bound (Xianning 2022, Zhangjiajie 2018)", () => {
    const x = fixture(["全市整治撂荒耕地3.12万亩。"], [
      "严格耕地保护，守好咸宁粮仓，建好20.85万亩高标准农田，实施优质粮工程。发展黄精、白芨、金刚藤、杜仲、金银花、钩藤等道地中药材，新建2万亩以上中药材基地。",
      "开工建设竹黄、三人、瑞中、定大、澧洪、G353慈利至市城区等干线公路，加快西线旅游交通建设，提质改造400公里农村公路，实施自然村通水泥（沥青）路工程。",
    ]);
    expect(one(x, "建好20.85万亩高标准农田", "20.85万亩").label_zh).toBe("建好高标准农田");
    expect(one(x, "新建2万亩以上中药材基地", "2万亩")).toMatchObject({ label_zh: "新建中药材基地", qualifier: "at_least" });
    expect(one(x, "提质改造400公里农村公路", "400公里").label_zh).toBe("提质改造农村公路");
    // Not before 的, whose noun is that of the count before the area (Hohhot 2014).
    const y = fixture(["全市整治撂荒耕地3.12万亩。"], ["新建41个300平方米以上的社区服务站、4个5000平方米的精品示范社区服务站。"]);
    expect(one(y, "新建41个300平方米以上的社区服务站", "300平方米").label_zh).not.toMatch(/^的/);
  });
});

describe("a price index written with a percent sign (居民消费价格总指数为104%)", () => {
  it("is the index on the previous year, the consumer price change as the bare index is (101.5)", () => {
    const x = fixture(["居民消费价格总指数为104%，商品零售价格总指数为102.9%。"], ["居民消费价格总指数控制在103%左右。"]);
    expect(typed(one(x, "居民消费价格总指数为104%", "104%"))).toMatchObject({ kind: "result", metric: "cpi_growth", value: 104, unit: "（上年=100）", direction: null });
    // The retail price index is its own indicator, read the same way.
    expect(one(x, "商品零售价格总指数为102.9%", "102.9%")).toMatchObject({ metric: "retail_price_growth", unit: "（上年=100）" });
    expect(typed(one(x, "居民消费价格总指数控制在103%左右", "103%"))).toMatchObject({ kind: "target", metric: "cpi_growth", value: 103, unit: "（上年=100）", qualifier: "approx" });
  });
});

describe("a 均 with no subject of its own after a list of figures (…、进出口总额140亿元，均增长10%)", () => {
  it("is each figure's change, and a sentence about the parks states none of the place's indicators (Dandong 2025)", () => {
    const x = fixture(
      ["外贸进出口总额保持全省第6位。园区经济快速增长，规上工业企业达到364户、增长13%，实现总产值502亿元、进出口总额140亿元，均增长10%。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "均增长10%").filter((f) => written(x, f) === "10%").map((f) => [f.label_zh, f.metric])).toEqual([
      ["总产值增长", null],
      ["进出口总额增长", null],
    ]);
    expect(one(x, "进出口总额140亿元", "140亿元").metric).toBeNull();
  });

  it("a figure whose next clause gives its share of the place's whole is a part's (Yunfu 2015: …，占全市比重36%)", () => {
    const x = fixture(
      [
        "全市规模以上工业增加值260.28亿元，增长9.1%。",
        "实现规模以上工业总产值350亿元，占全市比重35.5%；规模以上工业增加值100亿元，占全市比重36%。",
      ],
      [],
    );
    expect(one(x, "全市规模以上工业增加值260.28亿元", "260.28亿元").metric).toBe("industrial_value_added");
    expect(one(x, "规模以上工业增加值100亿元", "100亿元").metric).toBeNull();
  });

  it("a paragraph led by a new area's building is about that area: its investment is not the place's (Chengdu 2014)", () => {
    const x = fixture(
      [
        "全年完成全社会固定资产投资6500亿元，增长7.5%。",
        "二是天府新区建设全面提速。天府新区成都管委会正式成立并全面运行。天然气管线和给排水主干网及配套建设全面开工，完成固定资产投资274亿元。",
        "三是城市更新改造明显加快。北改工程深入实施，累计启动项目409个，完成投资557亿元。",
      ],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "全社会固定资产投资6500亿元", "6500亿元").metric).toBe("fixed_investment");
    expect(one(x, "完成固定资产投资274亿元", "274亿元").metric).toBeNull();
    // A paragraph led by the whole place's work keeps its indicators.
    const y = fixture(["二是城市建设全面提速。完成固定资产投资274亿元。"], ["地区生产总值增长6%。"]);
    expect(one(y, "完成固定资产投资274亿元", "274亿元").metric).toBe("fixed_investment");
  });

  it("a paragraph led by a sector of ownership's growth is about that sector: its trade is not the place's (Heilongjiang 2007)", () => {
    const x = fixture(
      [
        "对外开放跃上历史新台阶。全省实现进出口总额128.6亿美元，增长34.3%，成为全国第11个、中西部地区第1个突破百亿美元的省份。",
        "非公有制经济持续发展。实现增加值2340亿元，增长20.1%，占全省地区生产总值的37.6%；实现对外贸易进出口额85.3亿美元，增长49.4%，占全省进出口总额的66.4%；实现固定资产投资923.7亿元，占全省的41.3%；实现新增就业60万人，占全省的84.7%。",
      ],
      [
        "2007年经济社会发展的预期目标是：全省地区生产总值增长11.0%，外贸进出口总额增长20.0%。",
        "大力发展非公有制经济。全面实施中小企业创业成长工程，力争新增规模以上企业200家，确保年内全省非公有制经济增加值达到2700亿元，增长16.0%以上。支持一批有实力的企业“走出去”，重点扶持出口型骨干企业做大做强，力争进出口总额增长20.0%，突破100亿美元大关。",
      ],
    );
    expect(one(x, "全省实现进出口总额128.6亿美元", "128.6亿美元").metric).toBe("foreign_trade_usd");
    expect(one(x, "实现对外贸易进出口额85.3亿美元", "85.3亿美元").metric).toBeNull();
    expect(one(x, "实现对外贸易进出口额85.3亿美元，增长49.4%", "49.4%").metric).toBeNull();
    expect(one(x, "外贸进出口总额增长20.0%", "20.0%").metric).toBe("foreign_trade_growth");
    expect(one(x, "突破100亿美元大关", "100亿美元").metric).toBeNull();
    // A paragraph led by the place's own opening-up keeps its indicators; so does one whose lead names another work.
    const y = fixture(["大力发展开放型经济。力争进出口总额增长20.0%，突破100亿美元大关。"], ["地区生产总值增长6%。"]);
    expect(one(y, "突破100亿美元大关", "100亿美元").metric).toBe("foreign_trade_usd");
  });

  it("a paragraph led by developing a region of the place is about that region: its output is not the place's (Guangdong 2017)", () => {
    const x = fixture(
      ["全年地区生产总值增长7.5%。"],
      [
        "地区生产总值增长7%左右，规模以上工业增加值增长6.5%。",
        "推进粤东西北振兴发展。以交通、产业、基本公共服务等为重点，着力推进珠三角与粤东西北一体化发展。狠抓产业园区提质增效，加快重点转移项目落地建设，以项目带动形成一批产业集群，完成工业项目固定资产投资1800亿元，实现规模以上工业增加值2400亿元，省产业转移园规模以上工业增加值占粤东西北地区的比重达30%。",
      ],
    );
    expect(one(x, "实现规模以上工业增加值2400亿元", "2400亿元").metric).toBeNull();
    expect(one(x, "规模以上工业增加值增长6.5%", "6.5%").metric).toBe("industrial_value_added_growth");
    // A paragraph led by the development of the whole place keeps its indicators.
    const y = fixture([], ["推进工业转型发展。实现规模以上工业增加值2400亿元。"]);
    expect(one(y, "实现规模以上工业增加值2400亿元", "2400亿元").metric).toBe("industrial_value_added");
    // So does one led by the nation's strategy for a region the place lies in, whole.
    const z = fixture([], ["深入实施东北振兴战略。实现规模以上工业增加值2400亿元。"]);
    expect(one(z, "实现规模以上工业增加值2400亿元", "2400亿元").metric).toBe("industrial_value_added");
  });

  it("a paragraph led by how the counties' economy fared is about the counties: its revenue is not the place's (Shenyang 2008)", () => {
    const x = fixture(
      [
        "县域经济活力明显增强。2007年县域地区生产总值比上年增长21.5％，占全市地区生产总值比重达到36.9%。地方财政一般预算收入比上年增长60.2%，比2002年增长4倍。",
        "地方财政一般预算收入完成230.1亿元，比上年增长30.9%。",
      ],
      ["地区生产总值增长16%，地方财政一般预算收入增长18%。"],
    );
    expect(one(x, "地方财政一般预算收入比上年增长60.2%", "60.2%").metric).toBeNull();
    expect(one(x, "比上年增长30.9%", "30.9%").metric).toBe("budget_revenue_growth");
    // A paragraph led by the counties' economy joined with another's keeps its indicators.
    const y = fixture(["县域经济和民营经济加快发展。地方财政一般预算收入比上年增长60.2%。"], ["地区生产总值增长16%。"]);
    expect(one(y, "地方财政一般预算收入比上年增长60.2%", "60.2%").metric).toBe("budget_revenue_growth");
  });

  it("a bare 总额 after the change of an amount is that amount (Dalian 2010: 实际使用外资增长20.2%，总额达60.2亿美元)", () => {
    const x = fixture(["──对外开放再创新优势。进出口贸易总额403亿美元；实际使用外资增长20.2%，总额达60.2亿美元，再列全省第一。"], ["地区生产总值增长15%以上。"]);
    expect(one(x, "总额达60.2亿美元", "60.2亿美元")).toMatchObject({ metric: "fdi_actual", label_zh: "实际使用外资", year: 2019 });
    expect(one(x, "实际使用外资增长20.2%", "20.2%").metric).toBe("fdi_actual_growth");
  });

  it("so are the figures of a section whose heading is building one new zone (Zhengzhou 2013: （四）全力建设郑州航空港经济综合实验区…)", () => {
    const x = fixture(
      ["全市生产总值达到5547亿元，比上年增长12%。"],
      [
        "地区生产总值增长12%以上。",
        "（一）加快构建现代产业体系，为经济社会持续健康快速发展提供有力支撑。",
        "突出抓好国家、省、市重点项目建设，力争今年固定资产投资完成4500亿元。",
        "（二）全力建设郑州航空港经济综合实验区，为经济社会持续健康快速发展提供新的有效载体。",
        "航空港经济综合实验区是我市扩大开放的重要平台，也是我市实现赶超跨越发展的优势所在。坚持“区港联动、区区联动”，提升新郑综合保税区辐射带动效应。力争全年实现生产总值230亿元，进出口总额300亿美元，机场旅客吞吐量达到1300万人次。",
        "（三）进一步深化改革开放创新，为经济社会持续健康快速发展提供强大动力。",
        "力争全年进出口总额突破430亿美元。",
      ],
    );
    expect(one(x, "力争全年实现生产总值230亿元", "230亿元").metric).toBeNull();
    expect(one(x, "进出口总额300亿美元", "300亿美元").metric).toBeNull();
    expect(one(x, "力争全年进出口总额突破430亿美元", "430亿美元").metric).toBe("foreign_trade_usd");
    expect(one(x, "力争今年固定资产投资完成4500亿元", "4500亿元").metric).toBe("fixed_investment");
    expect(one(x, "地区生产总值增长12%以上", "12%").metric).toBe("gdp_growth");
  });

  it("so are the figures after a short sentence inside a paragraph that names one zone's work (Yinchuan 2014: 力促综合保税区快见效。…力争年内外贸进出口额突破13亿美元)", () => {
    const x = fixture(
      ["实现外贸进出口总额24亿美元、增长76.4%。"],
      [
        "外贸进出口总额增长15%以上。",
        "构建开放战略载体。力促滨河新区出形象。坚持“四城”战略定位，突出国际化、现代化、高端化，打造“生态田园城”。力促综合保税区快见效。坚持建设、运营、见效并举，逐步启动二期建设。探索建立“一区多园”模式，加快自由贸易园区申报步伐。力争年内外贸进出口额突破13亿美元，再造一个银川外贸，实现运营见效全国最快的目标。力促阅海湾中央商务区早成型。坚持建设、招商、运营并重。",
        "扩大开放合作。构建开放通道。完善选商引资机制，力争全年招商引资实际到位资金突破430亿元，外贸进出口总额突破30亿美元。",
      ],
    );
    expect(one(x, "力争年内外贸进出口额突破13亿美元", "13亿美元").metric).toBeNull();
    expect(one(x, "外贸进出口总额增长15%以上", "15%").metric).toBe("foreign_trade_growth");
    expect(one(x, "外贸进出口总额24亿美元", "24亿美元").metric).toBe("foreign_trade_usd");
    // A short sentence of the whole place's work keeps its indicators.
    expect(one(x, "外贸进出口总额突破30亿美元", "30亿美元").metric).toBe("foreign_trade_usd");
    expect(one(x, "实际到位资金突破430亿元", "430亿元").metric).toBe("investment_attracted");
  });

  it("so are those after a short sentence that names the work of a cluster zone (Nanyang 2014: 加快产业集聚区建设。完成固定资产投资1500亿元)", () => {
    const x = fixture(
      ["全社会固定资产投资增长22.1％。"],
      [
        "全社会固定资产投资增长22％以上。",
        "坚持工业强市战略，全面实施“龙腾计划”，推动工业转型升级、跨越发展。强力推进重大工业项目建设。突出抓好100个超亿元重点工业项目，力争30个以上项目投产达产。加快产业集聚区建设。完成固定资产投资1500亿元，规模以上工业企业实现主营业务收入2100亿元。推动产城互动，促进产业集聚区与主城区基础设施一体化建设。",
      ],
    );
    expect(one(x, "完成固定资产投资1500亿元", "1500亿元").metric).toBeNull();
    expect(one(x, "全社会固定资产投资增长22％以上", "22％").metric).toBe("fixed_investment_growth");
  });

  it("deposits and loans each (金融机构年末存贷款余额分别达到…，均增长29%以上, Ningxia 2004)", () => {
    const x = fixture(["金融机构年末存贷款余额分别达到746.4亿元和681.6亿元，均增长29%以上。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "均增长29%").filter((f) => written(x, f) === "29%").map((f) => f.label_zh)).toEqual(["金融机构年末存款余额增长", "金融机构年末贷款余额增长"]);
  });
});

describe("small words of Dandong 2025's review", () => {
  it("beehives are counted by the 箱, and a count ends before the sales after it", () => {
    const x = fixture(["畜禽养殖规模持续巩固，中华蜂饲养量2.3万箱、肉鸡出栏量2.9亿只、蛋鸡存栏量1300万只，均保持全省前列。线上消费快速增长，19家市级以上电商直播基地销售额2.9亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "中华蜂饲养量2.3万箱", "2.3万箱")).toMatchObject({ label_zh: "中华蜂饲养量", unit: "万箱" });
    expect(one(x, "肉鸡出栏量2.9亿只", "2.9亿只").label_zh).toBe("肉鸡出栏量");
    expect(one(x, "19家市级以上电商直播基地", "19家").label_zh).toBe("市级以上电商直播基地");
  });

  it("the spending each item of a list makes (带动家电、新能源汽车消费分别增长19%、95.3%)", () => {
    const x = fixture(["落实大规模消费品以旧换新行动，兑现补贴1亿元，带动家电、新能源汽车消费分别增长19%、95.3%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别增长19%").map((f) => f.label_zh)).toEqual(["带动家电消费增长", "新能源汽车消费增长"]);
  });
});

describe("an old structure told before 变为 after a comma, and a subject named with its year before a milestone in words", () => {
  it("the old ratio is a baseline, the new one the structure's (由上年的16∶45.9∶38.1，变为14.4∶49.8∶35.8, Ningxia 2004)", () => {
    const x = fixture(["经济结构逐步优化。一、二、三产业的比重由上年的16∶45.9∶38.1，变为14.4∶49.8∶35.8，二、三产业的总份额增大。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.unit === ":").map((f) => [written(x, f), f.label_zh])).toEqual([["14.4∶49.8∶35.8", "一、二、三产业的比重"]]);
  });

  it("the figures after the milestone are the subject's (1997年全区财政收入突破百亿元大关，达到107亿元, Inner Mongolia 1998)", () => {
    const x = fixture(["1997年全区财政收入突破百亿元大关，达到107亿元，比1992年增长1.74倍，年均增长22.4%。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["107亿元", "全区财政收入"],
      ["1.74倍", "全区财政收入比1992年增长"],
      ["22.4%", "全区财政收入年均增长"],
    ]);
  });
});

describe("levels after a comparison of the same items (城乡低保分别比…标准高20元，达到338元和156元)", () => {
  it("are the items' levels, no comparison (Yunfu 2015)", () => {
    const x = fixture(["底线民生保障水平稳步提高，城乡低保分别比省提出的第四类地区最低标准高20元，达到338元和156元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "达到338元和156元", "338元").label_zh).toBe("城镇低保");
    expect(one(x, "达到338元和156元", "156元").label_zh).toBe("农村低保");
  });
});

describe("a deadline before the subject (2023年底前…)", () => {
  it("is the figure's time, no word of its label (Wuhai 2021)", () => {
    // The ovens' height names their make, no figure (Changzhi 2023: `淘汰4座4.3米焦炉`); the deadline is read on a count.
    const x = fixture(["全年地区生产总值增长2.9%。"], ["抓实焦化产业现有产能整合升级，2023年底前全面淘汰炭化室高度4.3米焦炉。2023年底前全面淘汰焦炉12座。"]);
    expect(x.figures.some((f) => f.quote.includes("4.3米"))).toBe(false);
    expect(one(x, "2023年底前全面淘汰焦炉12座", "12座").label_zh).toBe("淘汰焦炉");
  });
});

describe("a plan-year target restated later (in the tasks, then in the list of 民生实事)", () => {
  it("keeps its indicator on one statement, the restatement's record without it (Shizuishan 2021, Inner Mongolia 2023)", () => {
    const x = fixture(
      ["全年地区生产总值增长2.9%。"],
      ["实施城市更新行动，改造棚户区547户、老旧小区60万平方米。", "今年将办好十件民生实事：3.改造老旧小区60万平方米、棚户区住房547套。"],
    );
    const area = x.figures.filter((f) => written(x, f) === "60万平方米");
    expect(area.map((f) => [f.kind, f.metric])).toEqual([
      ["target", "old_housing_renovation_area"],
      ["target", null],
    ]);
  });

  it("but the same figure of another level of government is no restatement (新增国家高新技术企业2家, 自治区农业高新技术企业2家)", () => {
    const x = fixture(["全年地区生产总值增长2.9%。"], ["新增国家高新技术企业2家、自治区农业高新技术企业2家。"]);
    expect(x.figures.filter((f) => f.kind === "target" && f.unit === "家").map((f) => f.metric)).toEqual(["high_tech_enterprises_new", "high_tech_enterprises_new"]);
  });
});

describe("multiples after 分别 of an earlier time (分别是2015年的1.5倍和2倍)", () => {
  it("compare every item with that time, not the last item alone", () => {
    const x = fixture(["地区生产总值和财政收入分别是2015年的1.5倍和2倍。工业增加值、财政收入分别为上年的1.3倍、1.5倍。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.unit === "倍").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["1.5倍", "地区生产总值是2015年"],
      ["2倍", "财政收入是2015年"],
      ["1.3倍", "工业增加值为上年"],
      ["1.5倍", "财政收入为上年"],
    ]);
  });
});

describe("the share of a task done (完成全年目标的125.2%)", () => {
  it("is the share the subject before it did, or with none the task's (Nanchang 2017, Wuhai 2021)", () => {
    const x = fixture(["城镇新增就业人数8.6万人，完成全年目标的125.2%；新增转移农村劳动力4.69万人，完成全年目标的141.1%。", "完成调整任务的85%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "完成全年目标的125.2%", "125.2%").label_zh).toBe("城镇新增就业人数完成全年目标");
    expect(one(x, "完成全年目标的141.1%", "141.1%").label_zh).toBe("新增转移农村劳动力完成全年目标");
    expect(one(x, "完成调整任务的85%", "85%").label_zh).toBe("调整任务完成");
  });
});

describe("a plain-text report that keeps a Markdown corpus's bold marks as text (Henan 2020, Yunnan 2003)", () => {
  const x = extractText(
    "ceshi-2020.txt",
    [
      "2020年测试省政府工作报告",
      "各位代表：",
      "一、2019年工作回顾",
      "**过去的五年，是经济持续增长的五年。**全省国内生产总值年均增长7.4%。",
      "二、2020年工作安排",
      "**今年经济社会发展主要预期目标，按保持“三个同步”“三个高于”原则安排：**生产总值增长7%，规模以上工业增加值增长7.5%。",
    ].join("\n"),
  );

  it("reads the figures after the marks, which stay text in the quote", () => {
    const target = one(x, "生产总值增长7%", "7%");
    expect([target.metric, target.kind, target.year]).toEqual(["gdp_growth", "target", 2020]);
    expect(one(x, "全省国内生产总值年均增长7.4%", "7.4%").period).toEqual([2015, 2019]);
    expect(x.figures.some((f) => f.quote.includes("**"))).toBe(true);
  });
});

describe("a bullet of the review headed by the plan it opens (——“十三五”脱贫攻坚首战告捷。…)", () => {
  it("states results of the reviewed year, and so do the bullets after it (Nanning 2017)", () => {
    const text = [
      "2017年测试市政府工作报告",
      "——2017年2月15日在测试市第一届人民代表大会第一次会议上",
      "市长 张三",
      "一、2016年工作回顾",
      "过去一年，我们坚定信心、克难攻坚，实现了“十三五”良好开局。",
      "——“十三五”脱贫攻坚首战告捷。邕宁区和120个贫困村顺利摘帽，12.8万贫困人口实现脱贫。",
      "——利民惠民取得新成效。全年民生支出433.95亿元、增长13.02%。城镇新增就业7.82万人，城镇登记失业率控制在2.62%。",
      "二、2017年工作安排",
      "经济社会发展主要预期目标是：地区生产总值增长7.5%左右。",
    ].join("\n");
    const x = extractText("ceshi-2017.txt", text);
    const review = x.figures.filter((f) => /摘帽|脱贫|民生支出|就业|失业率/.test(f.quote));
    expect(review).toHaveLength(6);
    expect(review.map((f) => [written(x, f), f.kind, f.year, f.period])).toEqual([
      ["120个", "result", 2016, null],
      ["12.8万", "result", 2016, null],
      ["433.95亿元", "result", 2016, null],
      ["13.02%", "result", 2016, null],
      ["7.82万人", "result", 2016, null],
      ["2.62%", "result", 2016, null],
    ]);
  });
});

describe("a real or nominal change with no subject of its own (…收入22862元、实际增长7.4%)", () => {
  it("is the change of the figure before it (Nanning 2017)", () => {
    const x = fixture(["全市居民人均可支配收入22862元、实际增长7.4%。居民消费价格上涨1.4%。"], ["地区生产总值增长6%。"]);
    const growth = one(x, "实际增长7.4%", "7.4%");
    expect([growth.label_zh, growth.metric, growth.kind, growth.year]).toEqual(["居民人均可支配收入实际增长", "resident_income_growth", "result", 2019]);
  });
});

describe("a list of a count of visits and a bare total after it (旅游人次和总收入分别增长11.3%和23.4%)", () => {
  it("names the total after the count's subject (Xining 2016)", () => {
    const x = fixture(["旅游人次和总收入分别增长11.3%和23.4%，电子商务交易额同比增长17.5%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别增长11.3%").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["11.3%", "旅游人次增长"],
      ["23.4%", "旅游总收入增长"],
    ]);
  });
});

describe("均 after two clauses of one level each (接待国内外游客3300万人次，实现旅游总收入450亿元，均增长30%)", () => {
  it("is the change of both (Urumqi 2018)", () => {
    const x = fixture(["全年接待国内外游客3300万人次，实现旅游总收入450亿元，均增长30%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "均增长30%").filter((f) => f.unit === "%").map((f) => [f.label_zh, f.metric])).toEqual([
      ["接待国内外游客增长", "tourist_arrivals_growth"],
      ["旅游总收入增长", "tourism_revenue_growth"],
    ]);
  });

  it("but not after a clause that states a change of its own (…增长8%，财政收入100亿元，均…)", () => {
    const x = fixture(["地区生产总值增长8%，实现旅游总收入450亿元，均增长30%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "均增长30%").filter((f) => f.value === 30).map((f) => f.label_zh)).toEqual(["旅游总收入增长"]);
  });
});

describe("a level with its year after a clause that names the indicator's trend (空气质量优良率逐年提高，2016年达95.1%)", () => {
  it("is that indicator's level (Nanning 2017)", () => {
    const x = fixture(["深入开展大气污染防控，空气质量优良率逐年提高，2019年达95.1%，同比上升6.3个百分点。"], ["地区生产总值增长6%。"]);
    expect(one(x, "2019年达95.1%", "95.1%").label_zh).toBe("空气质量优良率");
    expect(one(x, "同比上升6.3个百分点", "6.3个百分点").label_zh).toBe("空气质量优良率同比上升");
  });
});

describe("the share of days of good air named 空气质量优良率 or 空气优良率", () => {
  it("is that indicator (Shangrao 2024, Yunfu 2015)", () => {
    const x = fixture(["空气质量优良率97%。"], ["力争全年空气优良率90%以上。"]);
    expect(x.figures.filter((f) => f.unit === "%").map((f) => [f.kind, f.metric])).toEqual([
      ["result", "good_air_days_ratio"],
      ["target", "good_air_days_ratio"],
    ]);
  });
});

describe("a 分别 list of deposits and loans (金融机构本外币存贷款余额分别达到…，增长2.34%和13.43%)", () => {
  it("gives each its level and its change (Lanzhou 2019)", () => {
    const x = fixture(["金融机构本外币存贷款余额分别达到8814.26亿元、11269.24亿元，增长2.34%和13.43%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "存贷款余额").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["8814.26亿元", "金融机构本外币存款余额"],
      ["11269.24亿元", "金融机构本外币贷款余额"],
      ["2.34%", "金融机构本外币存款余额增长"],
      ["13.43%", "金融机构本外币贷款余额增长"],
    ]);
  });
});

describe("an estimate between a list's subject and 分别 (粮食和蔬菜产量预计分别达到17.3万吨、27.7万吨)", () => {
  it("is no word of the items (Lhasa 2025)", () => {
    const x = fixture(["粮食和蔬菜产量预计分别达到17.3万吨、27.7万吨。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别达到").map((f) => [f.label_zh, f.metric, f.estimate])).toEqual([
      ["粮食产量", "grain_output", true],
      ["蔬菜产量", null, true],
    ]);
  });
});

describe("a change against a year written with 较 and no subject of its own (…贡献率达38.4%，较2021年提高了4.2个百分点)", () => {
  it("is the change of the figure before it, against that year, as with 比 (Kunming 2024)", () => {
    const x = fixture(["工业对GDP的贡献率达38.4%，较2017年提高了4.2个百分点。研发投入强度2.1%，较上年提高0.2个百分点。"], ["地区生产总值增长6%。"]);
    const first = one(x, "较2017年提高了4.2个百分点", "4.2个百分点");
    expect([first.label_zh, first.base_year, first.direction]).toEqual(["工业对GDP的贡献率较2017年提高", 2017, "up"]);
    expect(one(x, "较上年提高0.2个百分点", "0.2个百分点").label_zh).toBe("研发投入强度较上年提高");
  });
});

describe("small words at the edges of a label (和美, 总和, a 的 left by the figure before)", () => {
  it("keep the words they belong to and drop the 的 (Lhasa 2025, Urumqi 2018, Changsha 2023)", () => {
    const x = fixture(
      ["征收量为历年棚户区改造征收总和的3.6倍。"],
      ["综合建设美丽乡镇20个、和美村居100个。60%以上的村集体经济收入超过50万元。"],
    );
    expect(one(x, "和美村居100个", "100个").label_zh).toBe("和美村居");
    expect(one(x, "征收总和的3.6倍", "3.6倍").label_zh).toBe("征收量为历年棚户区改造征收总和");
    expect(one(x, "收入超过50万元", "50万元").label_zh).toBe("村集体经济收入");
  });
});

describe("a count before the rate of what it counts (1766个重大项目年度投资完成率达124%)", () => {
  it("is no figure of the rate, nor a word of its label (Changsha 2023, Lhasa 2025, Guyuan 2021)", () => {
    const x = fixture(
      ["全市1766个重大项目年度投资完成率达124%。38个造林片区苗木成活率达到92%以上。五河流域5个国控断面水质优良比例由20%提高到80%。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "1766个").map((f) => [written(x, f), f.label_zh])).toEqual([["124%", "重大项目年度投资完成率"]]);
    expect(quoting(x, "38个").map((f) => [written(x, f), f.label_zh])).toEqual([["92%", "造林片区苗木成活率"]]);
    expect(quoting(x, "5个国控").map((f) => [written(x, f), f.label_zh])).toEqual([["80%", "五河流域国控断面水质优良比例"]]);
  });

  it("a class of water in Roman numerals is a word of the rate's noun (Putian 2020: 9条省控主要汇水小流域Ⅰ-Ⅲ类水质比例由55.6%提升至77.8%)", () => {
    const x = fixture(["全面排查整治入河排水口，9条省控主要汇水小流域Ⅰ-Ⅲ类水质比例由55.6%提升至77.8%。"], ["地区生产总值增长8%左右。"]);
    expect(quoting(x, "9条").map((f) => [written(x, f), f.label_zh])).toEqual([["77.8%", "省控主要汇水小流域Ⅰ-Ⅲ类水质比例"]]);
  });

  it("but a count with an amount of its own after it stays (42个省重点项目投资完成148.47%)", () => {
    const x = fixture(["42个省重点项目投资完成148.47%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "42个省重点项目", "42个").label_zh).toBe("省重点项目");
  });
});

describe("the count of the nation's provinces a thing reaches (与31个省、自治区、直辖市…)", () => {
  it("is no figure (Urumqi 2018, Guyuan 2020, Nanning 2017)", () => {
    const x = fixture(
      ["与31个省、自治区、直辖市医疗机构实现异地就医直接结算。与全国31个省2.3万家医疗机构实现异地就医费用直接结算。地铁1号线开通，也是全国5个少数民族自治区开通的第一条地铁。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "与31个省")).toEqual([]);
    expect(quoting(x, "也是全国5个")).toEqual([]);
    expect(quoting(x, "与全国31个省").map((f) => written(x, f))).toEqual(["2.3万家"]);
  });
});

describe("a count of one level before a count of another of the same thing (27个国控、45个省控地表水监测断面)", () => {
  it("counts the noun the next one names (Kunming 2024, Guyuan 2021)", () => {
    const x = fixture(["27个国控、45个省控地表水监测断面全面消除劣V类水体。打造2个国家级、10个自治区级电子商务示范产业园。"], ["地区生产总值增长6%。"]);
    expect(one(x, "27个国控", "27个").label_zh).toBe("国控地表水监测断面全面消除劣V类水体");
    expect(one(x, "27个国控", "45个").label_zh).toBe("省控地表水监测断面全面消除劣V类水体");
    expect(one(x, "2个国家级", "2个").label_zh).toBe("打造国家级电子商务示范产业园");
  });

  it("counts it too when 和 joins the next count (Heilongjiang 2021)", () => {
    const x = fixture(["现行标准下62.5万建档立卡农村贫困人口全部脱贫，20个国家级和8个省级贫困县全部摘帽，1778个贫困村全部出列。"], ["地区生产总值增长6%。"]);
    expect(one(x, "20个国家级", "20个").label_zh).toBe("国家级贫困县全部摘帽");
    expect(one(x, "20个国家级", "8个").label_zh).toBe("省级贫困县全部摘帽");
  });
});

describe("a count before a rate each item of a list has (…的办理率和满意率均达100%)", () => {
  it("keeps the list's figures as they were (Dongguan 2023)", () => {
    const x = fixture(["228件人大建议和411件政协提案的办理率和满意率均达100%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "228件", "228件").label_zh).toBe("人大建议");
  });
});

describe("units the text writes short or long (2.2万农村贫困人口, 下降19.96个点, 467元/人·月)", () => {
  it("counts people after a bare magnitude (Sanmenxia 2014)", () => {
    const x = fixture(["帮助2.2万农村贫困人口稳定脱贫。"], ["地区生产总值增长6%。"]);
    expect(one(x, "帮助2.2万", "2.2万").unit).toBe("万人");
  });

  it("but not what is no person (东莞150多万市场主体, 235万热电联产)", () => {
    const x = fixture(["东莞150多万市场主体大力弘扬企业家精神。27.9万学生家庭受益。"], ["地区生产总值增长6%。"]);
    expect(one(x, "东莞150多万", "150多万").unit).toBe("万");
    // Households, though, are counted as such (万户): see below.
    expect(one(x, "27.9万学生", "27.9万").unit).toBe("万户");
  });

  it("counts households after a bare magnitude (Ningxia 2009: 3.2万农户喜迁新居, 1.9万城镇低保户住房困难得到解决)", () => {
    const x = fixture([
      "建设新村示范点40个，整治旧村235个，3.2万农户喜迁新居，20%的农户用上清洁能源。",
      "建成廉租房4098套、经济适用房80万平方米，1.9万城镇低保户住房困难得到解决。",
    ], ["地区生产总值增长6%。"]);
    expect(one(x, "3.2万农户", "3.2万").unit).toBe("万户");
    expect(one(x, "1.9万城镇", "1.9万").unit).toBe("万户");
  });

  it("but not a word 户 ends otherwise (改造5万棚户区住房), nor the people of households (Liupanshui 2016: 2万…贫困家庭学生)", () => {
    const x = fixture(["改造5万棚户区住房。对2万建档立卡农村贫困家庭学生上高中、大学免除（补助）学杂费。"], ["地区生产总值增长6%。"]);
    expect(one(x, "改造5万", "5万").unit).toBe("万");
    expect(one(x, "对2万", "2万").unit).toBe("万");
  });

  it("reads points after a change as percentage points (Zhangye 2014)", () => {
    const x = fixture(["人口自然增长率控制在5.24‰，出生人口性别比与第六次人口普查相比，下降19.96个点。全市设置监测5个点位。"], ["地区生产总值增长6%。"]);
    const f = one(x, "下降19.96个点", "19.96个点");
    expect([f.unit, f.label_zh]).toEqual(["个百分点", "出生人口性别比下降"]);
    expect(one(x, "监测5个点位", "5个").unit).toBe("个");
  });

  it("keeps an amount a head a month (Nanning 2017)", () => {
    const x = fixture(["城市低保平均保障标准达467元/人·月。"], ["地区生产总值增长6%。"]);
    expect(one(x, "467元", "467元/人·月").unit).toBe("元/人·月");
  });

  it("keeps an amount a head, and counts pitches (Anhui 2024: 全员劳动生产率16万元/人以上; Shanghai 2021: 多功能运动场96片)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["全员劳动生产率16万元/人以上。新建改建多功能运动场96片。"]);
    expect(one(x, "全员劳动生产率", "16万元/人").unit).toBe("万元/人");
    expect(one(x, "全员劳动生产率", "16万元/人").min).toBe(16);
    expect(one(x, "运动场", "96片").unit).toBe("片");
  });

  it("keeps a yield with its mu (Jilin 2017: 粮食单产达到493.5公斤/亩), no weight of the grain output", () => {
    const x = fixture(["粮食总产量743.4亿斤，粮食单产达到493.5公斤/亩。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "粮食单产", "493.5公斤/亩")).toMatchObject({ unit: "公斤/亩", metric: null });
    expect(one(x, "粮食总产量743.4亿斤", "743.4亿斤")).toMatchObject({ metric: "grain_output" });
  });

  it("keeps a daily capacity with its day (Zhongshan 2022: 新增污水处理能力30万吨/日; Nanning 2019: 40万吨/天以上)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["新增污水处理能力30万吨/日。新增污水处理能力40万吨/天以上。"]);
    expect(one(x, "30万吨", "30万吨/日")).toMatchObject({ unit: "万吨/日", metric: null });
    expect(one(x, "40万吨", "40万吨/天")).toMatchObject({ unit: "万吨/天", min: 40 });
  });

  it("and a yearly capacity with its year, the plant it measures its label (Xinjiang 2025: 哈密400万吨/年煤制油、1500万吨/年煤炭分质分级利用项目启动建设)", () => {
    const x = fixture(["哈密400万吨/年煤制油、1500万吨/年煤炭分质分级利用项目启动建设。"], ["地区生产总值增长6%。"]);
    const results = x.figures.filter((f) => f.kind === "result");
    expect(results.map((f) => [written(x, f), f.unit, f.metric])).toEqual([
      ["400万吨/年", "万吨/年", null],
      ["1500万吨/年", "万吨/年", null],
    ]);
    // Each capacity is labelled by the plant after it, not by the place before the first (哈密).
    expect(results[0]!.label_zh).toBe("煤制油");
    expect(results[1]!.label_zh).toMatch(/^煤炭分质分级利用项目/);
  });

  it("and the last plant named in Latin letters (Dalian 2022: 恒力2000万吨／年炼化一体化、150万吨／年乙烯、1200万吨／年PTA和英特尔二期…)", () => {
    const x = fixture(["恒力2000万吨／年炼化一体化、150万吨／年乙烯、1200万吨／年PTA和英特尔二期等一批重大项目全面建成投产。"], ["地区生产总值增长8%左右。"]);
    const results = x.figures.filter((f) => f.kind === "result");
    expect(results.map((f) => f.label_zh)).toEqual(["炼化一体化", "乙烯", expect.stringMatching(/^PTA/)]);
  });
});

describe("labels without the words around the indicator (推动…, 五年来…, 高新技术企业、科技型中小微企业)", () => {
  it("drop a leading verb of pushing forward (Chengdu 2020, Dongying 2020)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["推动电子信息产业规模迈上10000亿元台阶。推进“个转企”300家。"]);
    expect(one(x, "推动电子信息", "10000亿元").label_zh).toBe("电子信息产业规模");
    expect(one(x, "推进“个转企”", "300家").label_zh).toBe("“个转企”");
  });

  it("drop the years a review looks back on, which the period carries (Inner Mongolia 1998)", () => {
    const x = fixture(["五年中自治区政府共办复人大代表建议1434件。牲畜总头数在五年中增加了500万头。"], ["地区生产总值增长6%。"]);
    expect(one(x, "五年中自治区", "1434件").label_zh).toBe("自治区政府共办复人大代表建议");
    const y = fixture(["近二十年来植树造林面积达到50万亩。"], ["地区生产总值增长6%。"]);
    expect(one(y, "近二十年来", "50万亩").label_zh).toBe("植树造林面积");
  });

  it("name a noun once when a list's items end with it (Dongying 2020)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["高新技术企业、科技型中小微企业分别发展到300家、600家。"]);
    expect(quoting(x, "分别发展到").map((f) => f.label_zh)).toEqual(["高新技术企业", "科技型中小微企业"]);
  });
});

describe("a round amount written in words (进出口总额突破千亿元, 突破千亿元大关)", () => {
  it("is a figure of its magnitude (Changsha 2023)", () => {
    const x = fixture(["长沙片区入选全国高质量发展改革创新十佳园区，进出口总额突破千亿元。全社会固定资产投资突破千亿元大关。"], ["地区生产总值增长6%。"]);
    const f = one(x, "进出口总额突破千亿元", "千亿元");
    expect([f.label_zh, f.value, f.unit, f.qualifier]).toEqual(["进出口总额", 1000, "亿元", "at_least"]);
    // So is a milestone passed, when the sentence states no level past it (Yunfu 2022: `2020年全市地区生产总值突破千亿大关`,
    // 元 left to the subject), as a milestone in digits is.
    const g = one(x, "千亿元大关", "千亿元");
    expect([g.label_zh, g.value, g.unit, g.qualifier, g.metric]).toEqual(["全社会固定资产投资", 1000, "亿元", "at_least", "fixed_investment"]);
    const y = fixture(["2020年全市地区生产总值突破千亿大关。地区生产总值增长8%。"], ["地区生产总值增长7%左右。"]);
    expect(one(y, "突破千亿大关", "千亿")).toMatchObject({ value: 1000, unit: "亿元", year: 2020, metric: "gdp", qualifier: "at_least" });
    // But not one the sentence goes on to the level past of (`突破千亿元大关，达到1056亿元`): that level alone.
    const z = fixture(["地区生产总值突破千亿元大关，达到1056亿元。"], ["地区生产总值增长7%。"]);
    expect(quoting(z, "千亿元大关").map((f) => f.value)).toEqual([1056]);
  });
});

describe("a leading verb of pushing forward with nothing after it (推进4.2万亩新老城区林相改造)", () => {
  it("stays the verb of what the figure counts, no subject borrowed (Yunfu 2015)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["改造2.2万亩疏残林、纯松林和布局不合理的速生林，推进4.2万亩新老城区林相改造。"]);
    expect(one(x, "推进4.2万亩", "4.2万亩").label_zh).toBe("推进新老城区林相改造");
  });
});

describe("a round amount in words after 首次 or for each of a list (金融业增加值首次突破千亿元, …均超过千亿元)", () => {
  it("names the indicator without 首次 and leaves a list's amount alone (Wuhan 2018)", () => {
    const x = fixture(["金融业增加值首次突破千亿元。江岸、江汉、武昌区地区生产总值均超过千亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "金融业增加值首次", "千亿元").label_zh).toBe("金融业增加值");
    expect(quoting(x, "均超过千亿元")).toEqual([]);
  });
});

describe("amounts after a bare verb, joined by 、, before the thing they measure (完成21.7万余户、1730余万平方米老城区改造征收任务)", () => {
  it("are each the measure of that thing (Urumqi 2018)", () => {
    const x = fixture(["完成21.7万余户、1730余万平方米老城区改造征收任务。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "完成21.7万余户").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["21.7万余户", "完成老城区改造征收任务"],
      ["1730余万平方米", "完成老城区改造征收任务"],
    ]);
  });
});

describe("a subject named by a clause without a figure of its own, after other figures of the sentence", () => {
  it("after a semicolon, where a milestone in words names it (Changsha 2012: …增长14％以上；辖内财政收入迈过千亿大关，达1330亿元，增长28.55％)", () => {
    const x = fixture(["地区生产总值达5600亿元，增长14％以上；辖内财政收入迈过千亿大关，达1330亿元，增长28.55％，地方财政总收入668.11亿元。"], ["地区生产总值增长13%。"]);
    expect(one(x, "达1330亿元", "1330亿元")).toMatchObject({ label_zh: "辖内财政收入", metric: null });
    expect(one(x, "增长28.55％", "28.55％")).toMatchObject({ label_zh: "辖内财政收入增长", metric: null });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "result").map((f) => f.value)).toEqual([14]);
  });

  it("before the level it sets as the ground of the next (Hubei 2011: 全省生产总值在2005年6520亿元的基础上，2010年达到15806亿元)", () => {
    const x = fixture(["全省生产总值在2005年6520亿元的基础上，2010年达到15806亿元，五年增长1.42倍。"], ["地区生产总值增长10%。"]);
    expect(one(x, "15806亿元", "15806亿元")).toMatchObject({ label_zh: "全省生产总值", metric: "gdp", kind: "result" });
  });
});

describe("a review set out as a list of dashed lines (Shenyang 2013: ——固定资产投资完成5600亿元，比上年增长22.8%，是2007年的2.8倍；)", () => {
  it("leaves the dash out of the labels", () => {
    const x = fixture(["——预计2012年全市地区生产总值实现6700亿元，比上年增长11.0%，比2007年翻一番；", "——固定资产投资完成5600亿元，比上年增长22.8%，是2007年的2.8倍；"], ["地区生产总值增长10%。"]);
    expect(one(x, "5600亿元", "5600亿元")).toMatchObject({ label_zh: "固定资产投资", metric: "fixed_investment" });
    expect(one(x, "6700亿元", "6700亿元")).toMatchObject({ label_zh: "地区生产总值", metric: "gdp" });
  });
});

describe("a sentence that opens with a quarter (Yunnan 2010: 一季度…；全省财政地方一般预算收入下降4.8%，…)", () => {
  it("tells that quarter's figures across its commas and semicolons, none of them the year's indicators", () => {
    const x = fixture(
      [
        "一季度全省生产总值增速出现了多年来的新低，工业增加值同比仅增长1.1个百分点；全省财政地方一般预算收入下降4.8%，外贸总额下降50.3%。全省生产总值完成6168亿元，增长12.1%，地方财政一般预算收入698.3亿元，增长13.7%。",
      ],
      ["生产总值增长9%以上。"],
    );
    expect(one(x, "下降4.8%", "4.8%").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "budget_revenue_growth").map((f) => [f.kind, f.year, f.value])).toEqual([["result", 2019, 13.7]]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.value])).toEqual([["result", 2019, 12.1], ["target", 2020, 9]]);
  });

  it("until the sentence turns to the whole year (一季度…下降6.8%，全年地区生产总值增长2.3%)", () => {
    const x = fixture(["一季度地区生产总值下降6.8%，二季度由负转正，全年地区生产总值增长2.3%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "下降6.8%", "6.8%").metric).toBeNull();
    expect(one(x, "增长2.3%", "2.3%")).toMatchObject({ metric: "gdp_growth", kind: "result", year: 2019 });
  });

  it("so does a clause that opens with some months inside a longer sentence (Jiuquan 2022: …，今年1—10月旅游人数、旅游收入分别增长48%和46%)", () => {
    const x = fixture(["克服疫情影响，多渠道“引客入酒”，今年1—10月旅游人数、旅游收入分别增长48%和46%，酒泉市被列入第二批国家文化和旅游消费试点城市。旅游总收入增长18.5%。"], ["地区生产总值增长8%以上。"]);
    expect(one(x, "今年1—10月旅游人数、旅游收入分别增长48%和46%", "46%").metric).toBeNull();
    expect(one(x, "旅游总收入增长18.5%", "18.5%").metric).toBe("tourism_revenue_growth");
  });

  it("so does the part of a sentence after a semicolon that opens with the place and a quarter (Sichuan 2020, a congress met in May: …压力增大；我省一季度地区生产总值下降3%，…)", () => {
    const x = fixture(
      ["全省地区生产总值达46616亿元、增长7.5%，全社会固定资产投资增长10.2%。"],
      [
        "国内经济社会发展也受到严重影响，有效需求不足，外需萎缩，中小微企业困难较多，稳住经济基本盘压力增大；我省一季度地区生产总值下降3%，是改革开放以来首次负增长，全社会固定资产投资下降4.3%、规模以上工业增加值下降0.9%、社会消费品零售总额下降13%，大幅低于去年同期水平，困难、风险和不确定因素增多。",
        "今年全社会固定资产投资增长8%。",
      ],
    );
    for (const [quote, value] of [["全社会固定资产投资下降4.3%", "4.3%"], ["规模以上工业增加值下降0.9%", "0.9%"], ["社会消费品零售总额下降13%", "13%"], ["我省一季度地区生产总值下降3%", "3%"]]) expect(one(x, quote!, value!).metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "fixed_investment_growth").map((f) => [f.kind, f.year, f.value])).toEqual([["result", 2019, 10.2], ["target", 2020, 8]]);
  });

  it("so does a half the sentence opens with as an estimate (Yancheng 2012, given in June: 预计上半年，全市地区生产总值同比增长13%，…)", () => {
    const x = fixture(
      ["全市地区生产总值从2007年1371亿元增加到2011年2771亿元，年均增长13.2%。一是经济保持平稳增长。预计上半年，全市地区生产总值同比增长13%，公共财政预算收入增长20%，规模以上工业增加值增长18%，主要经济指标有望实现“双过半”目标。城乡居民收入持续增加，预计上半年城镇居民人均可支配收入增长14.8%，农民人均纯收入增长14.5%。"],
      ["地区生产总值增长10%。"],
    );
    expect(one(x, "同比增长13%", "13%").metric).toBeNull();
    expect(one(x, "公共财政预算收入增长20%", "20%").metric).toBeNull();
    expect(one(x, "农民人均纯收入增长14.5%", "14.5%").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.value])).toEqual([["result", 13.2], ["target", 10]]);
  });
});

describe("a review told before the first part heading, without one of its own (Liangshan 2014)", () => {
  const text = [
    "2014年测试州政府工作报告",
    "——2014年2月18日在测试州第十届人民代表大会第四次会议上",
    "州长 张三",
    "各位代表：",
    "我代表州人民政府，向大会报告过去一年的政府工作，对今年工作提出建议，请予审查。",
    "去年，在省委、省政府和州委的坚强领导下，州人民政府保持了全州经济社会良好发展势头。",
    "经济平稳较快增长。实现地区生产总值1214.4亿元，增长10.2%；社会消费品零售总额379.7亿元，增长13.7%。",
    "2014年是全面深化改革的开局之年。",
    "今年全州经济社会发展的主要预期目标是：地区生产总值增长10%，社会消费品零售总额增长12%以上。",
    "一、坚定不移推进转型升级",
    "确保第一产业增加值增长3.8%以上。",
  ].join("\n");
  const x = extractText("ceshi-2014.txt", text);

  it("frames the figures after 去年 as the past year's results, and those after 2014年是… as the plan year's targets", () => {
    const gdp = x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.value]);
    expect(gdp).toEqual([
      ["result", 2013, 10.2],
      ["target", 2014, 10],
    ]);
    expect(x.figures.filter((f) => f.metric === "retail_sales_growth").map((f) => [f.kind, f.year])).toEqual([
      ["result", 2013],
      ["target", 2014],
    ]);
  });
});

describe("a bare pace after the amount it is the pace of (固定资产投资4078.2亿元，增速达23.6%, Shenzhen 2017)", () => {
  it("is the growth of the indicator named before it", () => {
    const x = fixture(["初步核算，全市生产总值19492.6亿元，同比增长9%；固定资产投资4078.2亿元，增速达23.6%、创22年新高。"], ["地区生产总值增长8.5%左右。"]);
    const f = one(x, "增速达23.6%", "23.6%");
    expect([f.label_zh, f.metric, f.kind, f.year]).toEqual(["固定资产投资增速", "fixed_investment_growth", "result", 2019]);
  });
});

describe("a bare pace after a share of the whole (非公经济增加值达到126.7亿元，占全市生产总值的49.7%，增速达到19.3%, Longnan 2014)", () => {
  it("is the pace of what the share is of, no growth of the whole", () => {
    const x = fixture(["全市非公经济增加值达到126.7亿元，占全市生产总值的49.7%，增速达到19.3%。"], ["生产总值增长11%。"]);
    const f = one(x, "增速达到19.3%", "19.3%");
    expect([f.label_zh, f.metric, f.kind, f.year]).toEqual(["非公经济增加值增速", null, "result", 2019]);
    expect(x.figures.filter((g) => g.metric === "gdp_growth").map((g) => [g.kind, g.value])).toEqual([["target", 11]]);
  });
});

describe("a look back over five years set after the last section of a part that reviews the year and the plan (Zhejiang 2016)", () => {
  const x = extractText(
    "ceshi-2016.txt",
    [
      "2016年测试省政府工作报告",
      "——2016年1月24日在测试省第十二届人民代表大会第四次会议上",
      "测试省省长 张三",
      "各位代表：",
      "一、2015年主要工作和“十二五”发展成就",
      "（一）深化改革开放，增强发展活力",
      "全省生产总值达到42886亿元，增长8%；固定资产投资26665亿元，增长13.2%。",
      "（二）加强民生保障，强化发展惠民",
      "城乡居民人均可支配收入达到43714元和21125元，分别增长8.2%和9%。",
      "各位代表，2015年是“十二五”发展的收官之年，我们全面完成年初确定的各项目标任务和民生实事。",
      "五年来，我们坚持以“八八战略”为总纲，胜利实现了“十二五”规划目标，经济社会发展上了一个新台阶。",
      "我们坚定不移推进有效投资，累计完成固定资产投资超过10万亿元；浙商回归到位资金8352亿元，发展后劲不断增强。",
      "二、2016年主要工作",
      "主要预期目标是：生产总值增长7%—7.5%。",
    ].join("\n"),
  );

  it("reads the running totals after 各位代表，…收官之年 and 五年来，… over the five years, not as 2015's", () => {
    expect(one(x, "累计完成固定资产投资超过10万亿元", "10万亿元")).toMatchObject({ metric: "fixed_investment", year: 2015, period: [2011, 2015] });
    expect(one(x, "浙商回归到位资金8352亿元", "8352亿元")).toMatchObject({ year: 2015, period: [2011, 2015] });
    expect(one(x, "固定资产投资26665亿元", "26665亿元")).toMatchObject({ metric: "fixed_investment", year: 2015, period: null });
  });
});

describe("a look back over the plan told by a later sentence of the paragraph that addresses the deputies (…保证了“十二五”圆满收官。“十二五”时期是…, Yunnan 2016)", () => {
  const x = extractText(
    "ceshi-2016.txt",
    [
      "2016年测试省政府工作报告",
      "——2016年1月24日在测试省第十二届人民代表大会第四次会议上",
      "测试省省长 张三",
      "各位代表：",
      "一、2015年和“十二五”时期经济社会发展回顾",
      "（一）稳增长促发展取得新成绩",
      "经国家统计局审定，全省生产总值增长8.7%，固定资产投资增长18%。",
      "（二）政府自身建设迈出新步伐",
      "加强行政监察和审计监督，严肃查处违纪违法案件，干事创业环境得到改善。",
      "各位代表，去年工作取得的成绩，保证了“十二五”圆满收官。“十二五”时期是我省发展最快的时期之一，各方面工作取得显著成就，为“十三五”顺利开局和实现第一个百年奋斗目标奠定了坚实基础。",
      "——综合实力持续增强。全省铁路营运里程2980公里，高速公路通车里程4005公里，新增航道通航里程1090公里。固定互联网宽带接入用户456万户、移动互联网用户2728万户。",
      "——人民生活水平显著提高。城乡居民收入增速高于经济增速，物价保持基本稳定。城镇新增就业累计达165.9万人，转移农村劳动力1000万人次以上。",
      "——生态文明建设扎实有效。森林覆盖率达到55.7%，提高2.8个百分点。单位GDP能耗累计下降19.8%，超额完成国家下达的节能减排任务。",
      "二、2016年的工作安排",
      "今年经济社会发展的主要目标建议为：国内生产总值增长8.5%左右。",
    ].join("\n"),
  );

  it("reads the running totals after it over the plan's five years, not as 2015's", () => {
    expect(one(x, "城镇新增就业累计达165.9万人", "165.9万人")).toMatchObject({ metric: "urban_jobs_new", year: 2015, period: [2011, 2015] });
    expect(one(x, "单位GDP能耗累计下降19.8%", "19.8%")).toMatchObject({ metric: "energy_intensity_change", year: 2015, period: [2011, 2015] });
    expect(one(x, "森林覆盖率达到55.7%", "55.7%")).toMatchObject({ metric: "forest_coverage", year: 2015, period: null });
    expect(one(x, "全省生产总值增长8.7%", "8.7%")).toMatchObject({ metric: "gdp_growth", year: 2015, period: null });
  });

  it("but a network's length in service and the users of a service there are levels at its end, what was added a sum over it", () => {
    expect(one(x, "全省铁路营运里程2980公里", "2980公里")).toMatchObject({ year: 2015, period: null });
    expect(one(x, "高速公路通车里程4005公里", "4005公里")).toMatchObject({ year: 2015, period: null });
    expect(one(x, "移动互联网用户2728万户", "2728万户")).toMatchObject({ year: 2015, period: null });
    expect(one(x, "新增航道通航里程1090公里", "1090公里")).toMatchObject({ year: 2015, period: [2011, 2015] });
  });
});

describe("a growth named after its rate as 中高速 (经济保持8.5%左右的中高速增长, Yunnan 2016)", () => {
  it("is the economy's growth over the coming plan, beside the plan year's target", () => {
    const x = fixture(
      ["全省生产总值增长8.7%。"],
      ["“十三五”时期努力实现以下目标：经济发展质量和效益全面提升，经济保持8.5%左右的中高速增长，人均GDP从全国平均水平的58%提升到68%左右。", "今年经济社会发展的主要目标建议为：国内生产总值增长8.5%左右。"],
    );
    expect(one(x, "经济保持8.5%左右的中高速增长", "8.5%")).toMatchObject({ label_zh: "经济增长", metric: "gdp_growth", kind: "target", year: 2020, period: [2016, 2020] });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target" && f.period === null)).toHaveLength(1);
  });
});

describe("an aggregate of the place's industrial clusters (全省产业集聚区固定资产投资, Henan 2012)", () => {
  it("is the clusters' investment, not the province's", () => {
    const x = fixture(
      ["全社会固定资产投资1.77万亿元，增长25.5%左右。全省产业集聚区固定资产投资突破7000亿元，占全省比重40%左右。"],
      ["地区生产总值增长10%左右。"],
    );
    expect(one(x, "全社会固定资产投资1.77万亿元", "1.77万亿元").metric).toBe("fixed_investment");
    expect(one(x, "产业集聚区固定资产投资突破7000亿元", "7000亿元").metric).not.toBe("fixed_investment");
  });
});

describe("the output of the place's blocks of counties (一、二、三板块生产总值分别增长…, Kunming 2007)", () => {
  it("is the blocks', not the place's GDP growth", () => {
    const x = fixture(
      ["全市实现地区生产总值1203亿元，增长12.3%。“三大板块”政策效应明显，一、二、三板块生产总值分别增长12.8%、12%和28.9%。"],
      ["地区生产总值增长10%以上。"],
    );
    expect(one(x, "增长12.3%", "12.3%").metric).toBe("gdp_growth");
    expect(one(x, "一、二、三板块生产总值分别增长12.8%、12%和28.9%", "28.9%").metric).not.toBe("gdp_growth");
  });
});

describe("an aside in brackets with a comma of its own (全年实现地区生产总值（预计，下同）7100亿元左右、增长6%左右, Xuzhou 2020)", () => {
  const x = fixture(["全年实现地区生产总值（预计，下同）7100亿元左右、增长6%左右；一般公共预算收入完成468.3亿元。"], ["地区生产总值增长6%以上。"]);

  it("ends no clause: the figures keep the indicator named before it", () => {
    expect([one(x, "7100亿元", "7100亿元").metric, one(x, "增长6%左右", "6%").metric]).toEqual(["gdp", "gdp_growth"]);
    expect(one(x, "增长6%左右", "6%")).toMatchObject({ kind: "result", year: 2019, estimate: true });
  });

  it("and the quote is the whole clause, aside included", () => {
    expect(one(x, "7100亿元", "7100亿元").quote).toBe("全年实现地区生产总值（预计，下同）7100亿元左右、增长6%左右");
  });
});

describe("a sentence about an economic circle within the place (海口经济圈…，经济总量年均增长5.8%, Hainan 2026)", () => {
  const x = fixture(
    [
      "海口经济圈产业发展规划完成编制，经济总量年均增长5.8%，江东新区年营收超5000亿元，文临高速、羊山大道至母瑞山公路建成通车。三亚经济圈经济总量占全省比重超20%，2200余项政务服务事项实现通办。",
      "全省地区生产总值增长4%。",
    ],
    ["地区生产总值增长6%左右。"],
  );

  it("gives figures of that circle, none of the place's indicators", () => {
    expect(one(x, "经济总量年均增长5.8%", "5.8%").metric).toBeNull();
    expect(quoting(x, "三亚经济圈经济总量").map((f) => f.metric)).not.toContain("gdp");
    expect(one(x, "全省地区生产总值增长4%", "4%").metric).toBe("gdp_growth");
  });

  it("but not a circle the sentence builds on (以长春现代化都市圈建设为引领，…, Changchun 2022)", () => {
    const y = fixture(["全市地区生产总值增长6%。"], ["以长春现代化都市圈建设为引领，以“六城”为支点，加快打造常住人口城镇化率70%以上的特大型现代化城市。"]);
    expect(one(y, "常住人口城镇化率70%以上", "70%").metric).toBe("urbanization_rate");
  });
});

describe("a plan's years named as the time of an average (…比1995年增长85.4%（绝对数为当年价，…，下同），“九五”期间年均递增13.1%, Foshan 2001)", () => {
  const x = fixture(
    ["预计2000年全市国内生产总值948.37亿元，比上年增长11.3%，比1995年增长85.4%（绝对数为当年价，增长率按1990年不变价，2000年统计数为预计数，下同），“九五”期间年均递增13.1%。"],
    ["地区生产总值增长8%。"],
  );

  it("name no indicator: the average keeps the one named before it, over the plan's years", () => {
    expect(one(x, "“九五”期间年均递增13.1%", "13.1%")).toMatchObject({ metric: "gdp_growth", kind: "result", period: [1996, 2000] });
  });
});

describe("an aside in brackets with figures of its own (下降1%（扣除新增减税因素影响，增长5.6%）, Ningxia 2021)", () => {
  it("is clauses like the rest: its growth keeps the indicator named before it", () => {
    const x = fixture(["地方一般公共预算收入下降1%（扣除新增减税因素影响，增长5.6%）。"], ["地区生产总值增长6%以上。"]);
    expect(one(x, "增长5.6%", "5.6%").metric).toBe("budget_revenue_growth");
  });
});

describe("the counties named with the kinds of county in brackets (5个县（市、区）人均地区生产总值突破10万元, Yuxi 2024)", () => {
  it("is those counties' output per head, not the place's; the place's own stays", () => {
    const x = fixture(
      ["全市人均地区生产总值达到9.2万元。"],
      ["地区生产总值增长6%。推动县域经济高质量发展，壮大县域综合实力，5个县（市、区）人均地区生产总值突破10万元。"],
    );
    expect(one(x, "全市人均地区生产总值达到9.2万元", "9.2万元").metric).toBe("gdp_per_capita");
    expect(one(x, "5个县（市、区）人均地区生产总值突破10万元", "10万元").metric).toBeNull();
  });
});

describe("the members a platform or a park has taken in (融资信用服务平台入驻市场主体15.3万户, Daqing 2025)", () => {
  it("are no new market entities of the place; the place's own additions stay", () => {
    const x = fixture(
      ["召开信用征信助企融资发展大会，融资信用服务平台入驻市场主体15.3万户、累计助企贷款121.2亿元。全年新增市场主体2.1万户。"],
      ["地区生产总值增长5%左右。"],
    );
    expect(one(x, "融资信用服务平台入驻市场主体15.3万户", "15.3万户").metric).toBeNull();
    expect(one(x, "全年新增市场主体2.1万户", "2.1万户").metric).toBe("new_market_entities");
  });
});

describe("the market entities a measure reached or a kind of them (惠及市场主体20余万家, 新增金融市场主体超120家, Nanjing 2022)", () => {
  it("are no new market entities of the place; the place's own additions stay", () => {
    const x = fixture(
      ["及时出台支持企业稳定发展“惠企十条”，累计为企业减负250亿元，惠及市场主体20余万家。实施市场主体倍增计划，新登记市场主体29.6万户、同比增长19.9%。"],
      ["推进重要金融中心建设，加快建设金融城二期，新增金融市场主体超120家、上市企业10家以上。"],
    );
    expect(one(x, "惠及市场主体20余万家", "20余万家").metric).toBeNull();
    expect(one(x, "新增金融市场主体超120家", "120家").metric).toBeNull();
    expect(one(x, "新登记市场主体29.6万户", "29.6万户").metric).toBe("new_market_entities");
  });

  it("nor are those a fund served (Taizhou 2019: 信保基金累计承保突破220亿元、服务市场主体1.3万家)", () => {
    const x = fixture(["扎实推进小微金改，信保基金累计承保突破220亿元、服务市场主体1.3万家。全年新增市场主体2.1万户。"], ["地区生产总值增长7.5%左右。"]);
    expect(one(x, "服务市场主体1.3万家", "1.3万家").metric).toBeNull();
    expect(one(x, "全年新增市场主体2.1万户", "2.1万户").metric).toBe("new_market_entities");
  });
});

describe("the market entities of one trade (Zunyi 2022: 培育“精特优新”本土旅游市场主体20家)", () => {
  it("are no new market entities of the place; the place's own additions stay", () => {
    const x = fixture(
      ["全年新增市场主体5.2万户。"],
      [
        "加快涉旅国有企业法治化市场化改革，引进涉旅全国百强企业2家，培育“精特优新”本土旅游市场主体20家。",
        "稳步发展涉农市场主体，新增涉农市场主体3000户。全力做响“遵满意”政务服务品牌，新增市场主体6万户以上。",
      ],
    );
    expect(one(x, "培育“精特优新”本土旅游市场主体20家", "20家").metric).toBeNull();
    expect(one(x, "新增涉农市场主体3000户", "3000户").metric).toBeNull();
    expect(one(x, "新增市场主体6万户以上", "6万户").metric).toBe("new_market_entities");
    expect(one(x, "全年新增市场主体5.2万户", "5.2万户").metric).toBe("new_market_entities");
  });
});

describe("the market entities on the register (Qinghai 2016: 全省登记各类市场主体28.９万户，增加近1倍)", () => {
  it("are a stock, no new market entities; those registered new stay new", () => {
    const x = fixture(
      ["大力推进“先照后证”，提前实现“三证合一、一照一码”，极大激发了创新创业活力，全省登记各类市场主体28.９万户，增加近1倍。实有市场主体50万户。新登记市场主体2.6万户。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "全省登记各类市场主体28.９万户", "28.９万户").metric).toBeNull();
    expect(one(x, "实有市场主体50万户", "50万户").metric).toBeNull();
    expect(one(x, "新登记市场主体2.6万户", "2.6万户").metric).toBe("new_market_entities");
  });
});

describe("the intensity of the research spending named just before it (研发经费首次突破30亿元、投入强度达1.26%, Yuxi 2024)", () => {
  it("is the place's R&D intensity", () => {
    const x = fixture(["技术合同成交额居全省第2，研发经费首次突破30亿元、投入强度达1.26%，均居全省第3。"], ["地区生产总值增长6%。"]);
    expect(one(x, "投入强度达1.26%", "1.26%")).toMatchObject({ metric: "rd_intensity", label_zh: "研发经费投入强度", year: 2019 });
  });
});

describe("the tourists' total spending (全年接待游客数量、游客总花费分别增长39%、33%, Daqing 2025)", () => {
  it("is the tourism revenue, as 游客花费 and 旅游总花费 are", () => {
    const x = fixture(["红色研学游、冰雪温泉游持续升温，全年接待游客数量、游客总花费分别增长39%、33%。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "游客总花费分别增长39%、33%", "39%").metric).toBe("tourist_arrivals_growth");
    expect(one(x, "游客总花费分别增长39%、33%", "33%").metric).toBe("tourism_revenue_growth");
  });

  it("and so is the travellers' total spending (全年接待游客人次、出游总花费分别增长20.7%、15.3%, Jilin 2026)", () => {
    const x = fixture(["文旅消费大幅增长，全年接待游客人次、出游总花费分别增长20.7%、15.3%。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "出游总花费分别增长20.7%、15.3%", "20.7%").metric).toBe("tourist_arrivals_growth");
    expect(one(x, "出游总花费分别增长20.7%、15.3%", "15.3%").metric).toBe("tourism_revenue_growth");
  });
});

describe("a figure nearly reached (近, 接近 or 将近 before the number)", () => {
  it("is approximate, and the word is no part of its label (Changde 2019, Baiyin 2021)", () => {
    const x = fixture(
      [
        "盐关口岸集装箱吞吐量近2万标箱，增长43%。外地团组来常游客增长近4倍。全市各级各类市场达到132个，年交易额近80亿元。",
        "非化石能源发电量占总发电量的比重接近40%。",
      ],
      ["地区生产总值增长8%。"],
    );
    const read = (clause: string, value: string) => {
      const f = one(x, clause, value);
      return [f.label_zh, f.value, f.qualifier];
    };
    expect(read("盐关口岸集装箱吞吐量近2万标箱", "2万标箱")).toEqual(["盐关口岸集装箱吞吐量", 2, "approx"]);
    expect(read("增长43%", "43%")).toEqual(["盐关口岸集装箱吞吐量增长", 43, null]);
    expect(read("外地团组来常游客增长近4倍", "4倍")).toEqual(["外地团组来常游客增长", 4, "approx"]);
    expect(read("年交易额近80亿元", "80亿元")).toEqual(["年交易额", 80, "approx"]);
    expect(read("比重接近40%", "40%")).toEqual(["非化石能源发电量占总发电量的比重", 40, "approx"]);
  });

  it("so is one a verb 逼近 nears, in digits or in words (Jingmen 2023: 长城汽车量产，产值逼近百亿)", () => {
    const x = fixture(["长城汽车量产，产值逼近百亿；亿纬产值突破150亿元。", "全市规模工业产值逼近900亿元。"], ["地区生产总值增长7.5%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.label_zh, f.value, f.qualifier])).toEqual([
      ["产值", 100, "approx"],
      ["亿纬产值", 150, "at_least"],
      ["规模工业产值", 900, "approx"],
    ]);
  });

  it("but a place near something (附近, 就近) is no bound", () => {
    const x = fixture(["在城区附近3个乡镇建成污水处理厂。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.qualifier === "approx")).toEqual([]);
  });
});

describe("a subject of the whole place's kind (全市性, 全省性)", () => {
  it("keeps 全市 as a word of 全市性, not a place before the label (Wuzhou 2023: 全市性政府会议压减11%)", () => {
    const x = fixture(["深入开展专题行动，全市性政府会议压减11%、政务公文减少10%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "全市性政府会议压减11%", "11%").label_zh).toBe("全市性政府会议压减");
  });
});

describe("changes with no subject of their own after a span of years (Guangdong 2003)", () => {
  it("are the listed items' own, each in turn (…分别达3912元和11200元，五年年均实际增长3.8％和6.3％)", () => {
    const x = fixture(
      ["预计2019年农村居民人均纯收入、城镇居民人均可支配收入分别达3912元和11200元，五年年均实际增长3.8％和6.3％。"],
      ["地区生产总值增长9%左右。"],
    );
    expect(quoting(x, "五年年均实际增长").map((f) => [written(x, f), f.label_zh, f.metric, f.period])).toEqual([
      ["3.8％", "农村居民人均纯收入年均实际增长", "rural_net_income_growth", [2015, 2019]],
      ["6.3％", "城镇居民人均可支配收入年均实际增长", "urban_income_growth", [2015, 2019]],
    ]);
  });
});

describe("a figure set with no subject after the clause that names its aim (National 1995)", () => {
  const x = fixture(
    ["国内生产总值达到43800亿元，按可比价格计算，比上年增长百分之十一点八。"],
    ["保持适当的经济增长速度。综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。"],
  );

  it("is the aim's indicator: 经济增长速度的宏观调控目标，定为百分之八至九 is the plan year's GDP growth target of 8–9 %", () => {
    const [f, ...rest] = quoting(x, "定为百分之八至九");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: "target", year: 2020, period: null, metric: "gdp_growth", label_zh: "经济增长速度", value: null, min: 8, max: 9 });
    expect(f!.quote).toBe("今年经济增长速度的宏观调控目标，定为百分之八至九");
  });

  it("but a figure set after a clause that names no aim keeps its own words", () => {
    const y = fixture(["全年地区生产总值增长2.9%。"], ["地区生产总值增长6%。加快项目建设，定为100个。"]);
    expect(quoting(y, "定为100个").map((f) => f.metric)).toEqual([null]);
  });
});

describe("a sector of the economy listing its figures (Zhejiang 2020: 民营经济增加值增长9%、出口增长10%)", () => {
  it("keeps them the sector's, within its clause; the place's own figures after a comma stay the place's", () => {
    const x = fixture(["全省民营经济增加值增长9%、出口增长10%，地区生产总值增长6%。数字经济增加值增长20%，出口增长8.5%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "民营经济增加值增长9%、出口增长10%", "10%").metric).toBeNull();
    expect(one(x, "地区生产总值增长6%", "6%").metric).toBe("gdp_growth");
    expect(one(x, "出口增长8.5%", "8.5%").metric).toBe("exports_growth");
  });
});

describe("the private firms' aggregate opening a clause that lists figures, 民营 with no 经济 (Hohhot 2024: 民营规上工业增加值同比增长18.8%、社会消费品零售总额同比增长11.5%)", () => {
  it("gives the private sector's figures, none of the place's; the place's own in the sentence before stay its own", () => {
    const x = fixture(
      ["规模以上工业增加值同比增长23.6%；社会消费品零售总额同比增长13.5%。全面放开市场准入，民营规上工业增加值同比增长18.8%、社会消费品零售总额同比增长11.5%；新增市场主体83364户。"],
      ["地区生产总值增长8%左右。"],
    );
    expect(one(x, "民营规上工业增加值同比增长18.8%", "18.8%").metric).toBeNull();
    expect(one(x, "社会消费品零售总额同比增长11.5%", "11.5%").metric).toBeNull();
    expect(one(x, "规模以上工业增加值同比增长23.6%", "23.6%").metric).toBe("industrial_value_added_growth");
    expect(one(x, "社会消费品零售总额同比增长13.5%", "13.5%").metric).toBe("retail_sales_growth");
    expect(one(x, "新增市场主体83364户", "83364户").metric).toBe("new_market_entities");
  });
});

describe("a change on the year before written short (Fuzhou 2006: 全市生产总值达1720亿元，比增9.8%)", () => {
  const x = fixture(
    ["初步统计，2019年全市生产总值达1720亿元，比增9.8%。财政总收入达195.5亿元，比增16.6%；其中，地方财政收入达127.7亿元，比增19.2%。全市城镇居民人均可支配收入达12560元，比增9.8%；农民人均纯收入达5200元，比增8%。税收同比增17%，能耗比降3.5%。"],
    ["地区生产总值增长11%。"],
  );

  it("is the growth of the indicator the clause before names, as 增长 after it is", () => {
    const growth = (clause: string, figure: string) => {
      const f = one(x, clause, figure);
      return { metric: f.metric, kind: f.kind, year: f.year, value: f.value, direction: f.direction };
    };
    expect(growth("全市生产总值达1720亿元，比增9.8%", "9.8%")).toEqual({ metric: "gdp_growth", kind: "result", year: 2019, value: 9.8, direction: "up" });
    expect(growth("财政总收入达195.5亿元，比增16.6%", "16.6%").metric).toBe("fiscal_revenue_total_growth");
    expect(growth("地方财政收入达127.7亿元，比增19.2%", "19.2%").metric).toBe("budget_revenue_growth");
    expect(growth("城镇居民人均可支配收入达12560元，比增9.8%", "9.8%").metric).toBe("urban_income_growth");
    expect(growth("农民人均纯收入达5200元，比增8%", "8%").metric).toBe("rural_net_income_growth");
    expect(one(x, "税收同比增17%", "17%")).toMatchObject({ label_zh: "税收同比增", direction: "up" });
    expect(one(x, "能耗比降3.5%", "3.5%")).toMatchObject({ direction: "down" });
  });
});

describe("last year's level after an average over the plan, its subject left out (Liaoning 2011: 全省地区生产总值年均增长14%，去年达到18278亿元)", () => {
  const x = fixture(
    ["“十三五”期间，全市地区生产总值年均增长7%，去年达到1800亿元，比2015年翻了一番多。地方一般公共预算收入年均增长9%，去年达到200亿元，是2015年的2倍。"],
    ["地区生产总值增长6%。"],
  );

  it("is the level of the indicator the clause before names, in last year", () => {
    const level = (clause: string, figure: string) => {
      const f = one(x, clause, figure);
      return { metric: f.metric, kind: f.kind, year: f.year, period: f.period };
    };
    expect(level("去年达到1800亿元", "1800亿元")).toEqual({ metric: "gdp", kind: "result", year: 2019, period: null });
    expect(level("去年达到200亿元", "200亿元")).toEqual({ metric: "budget_revenue", kind: "result", year: 2019, period: null });
  });
});

describe("a count of a noun with a bracket of the kinds counted with it (Jilin 2018: 60个县（市、区）全部通过…验收)", () => {
  it("keeps the bracket in the label: 县（市、区）, 乡（镇）卫生院, not 县 or 乡", () => {
    const x = fixture(["全省60个县（市、区）全部通过国家义务教育基本均衡发展验收。新建10个乡（镇）卫生院。渭河、灞河等9个生态示范河（湖）建设[17]有力推进。"], ["地区生产总值增长6%。"]);
    expect(one(x, "60个县", "60个").label_zh).toMatch(/县（市、区）全部通过/);
    expect(one(x, "10个乡", "10个").label_zh).toBe("新建乡（镇）卫生院");
    expect(one(x, "9个生态示范河", "9个").label_zh).toBe("生态示范河（湖）建设");
  });
});

describe("amounts of money each written before its fund (Sanming 2016: 设立20亿元产业发展基金、7.1亿元应急转贷资金)", () => {
  it("gives each amount the noun after it, not the one before", () => {
    const x = fixture(["设立20亿元产业发展基金、7.1亿元应急转贷资金，帮助企业渡过难关。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "设立20亿元").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["产业发展基金", 20, "亿元"],
      ["应急转贷资金", 7.1, "亿元"],
    ]);
  });
});

describe("trips counted with their ships or planes (Sanya 2022: 全年游艇出海近16万艘次)", () => {
  it("keeps 次 in the unit: 万艘次, not 万艘, and out of the label", () => {
    const x = fixture(["全年游艇出海近16万艘次，接待游客超过105万人次。机场起降航班3.2万架次。"], ["地区生产总值增长6%。"]);
    expect([one(x, "游艇出海", "16万艘次").unit, one(x, "游艇出海", "16万艘次").label_zh]).toEqual(["万艘次", "游艇出海"]);
    expect(one(x, "起降航班", "3.2万架次").unit).toBe("万架次");
  });
});

describe("wells, ponds and biogas digesters counted by the 口 (Liangshan 2014: 新建沼气池2.42万口、乡村机耕道1500公里)", () => {
  it("keeps 口 in the unit and out of the next item's label; a port or a mask after the number is no 口", () => {
    const x = fixture(["新建沼气池2.42万口、乡村机耕道1500公里。"], ["建设沼气池1.29万口、机耕道400公里。储备500万口罩。"]);
    expect([one(x, "沼气池", "2.42万口").unit, one(x, "沼气池", "2.42万口").label_zh]).toEqual(["万口", "新建沼气池"]);
    expect(one(x, "机耕道", "1500公里").label_zh).toBe("乡村机耕道");
    expect(one(x, "沼气池", "1.29万口").unit).toBe("万口");
    expect(readUnit("万口罩", 0)).toBe("万");
    expect(readUnit("口岸", 0)).toBeNull();
  });
});

describe("the subject carried past a clause of estimate or to a yearly average however it is said (Henan 2018, National 2003)", () => {
  it("past 初步核算: 全省生产总值先后跨越…台阶，初步核算2017年达到4.5万亿元，年均增长8.4% is GDP and its growth, the milestones no figure", () => {
    const x = fixture(["全省生产总值先后跨越3万亿元、4万亿元台阶，初步核算2017年达到4.5万亿元，年均增长8.4%，高于全国平均水平1.3个百分点。"], ["地区生产总值增长7.5%。"]);
    expect(writtenMetrics(x, "台阶")).toEqual([
      ["4.5万亿元", "gdp"],
      ["8.4%", "gdp_growth"],
    ]);
  });

  it("to 平均每年: 国内生产总值从…增加到2002年的10.2万亿元，按可比价格计算，平均每年增长7.7% is GDP growth, and so the incomes'", () => {
    const x = fixture(
      [
        "国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元，按可比价格计算，平均每年增长7.7%。",
        "城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元，平均每年实际增长8.6%。农村居民家庭人均纯收入由2090元增加到2476元，平均每年实际增长3.8%。",
      ],
      ["地区生产总值增长7.5%。"],
    );
    expect(writtenMetrics(x, "平均每年")).toEqual([
      ["7.7%", "gdp_growth"],
      ["8.6%", "urban_income_growth"],
      ["3.8%", "rural_net_income_growth"],
    ]);
  });
});

describe("a figure set as a standard (National 2012: 将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准)", () => {
  it("keeps its record but is no outcome of the indicator it names", () => {
    const x = fixture(["中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，这个标准比2009年提高了92%。农民人均纯收入6977元。"], ["地区生产总值增长7.5%。"]);
    expect(writtenMetrics(x, "扶贫标准")).toEqual([["2300元", null]]);
    expect(one(x, "农民人均纯收入6977元", "6977元").metric).toBe("rural_net_income");
  });
});

describe("a list of sectors whose first names its measure (…完成增加值75.86亿元，增长3.8%；第二产业771.85亿元…, Foshan 2004)", () => {
  it("gives each sector named alone that measure", () => {
    const x = fixture(["第一产业完成增加值75.86亿元，增长3.8%；第二产业771.85亿元，增长20.5%；第三产业533.68亿元，增长12%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "产业").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["75.86亿元", "第一产业完成增加值", "agriculture_value_added"],
      ["3.8%", "第一产业完成增加值增长", "agriculture_value_added_growth"],
      ["771.85亿元", "第二产业增加值", "secondary_value_added"],
      ["20.5%", "第二产业增加值增长", "secondary_value_added_growth"],
      ["533.68亿元", "第三产业增加值", "services_value_added"],
      ["12%", "第三产业增加值增长", "services_value_added_growth"],
    ]);
  });

  it("but not a sector after another's measure of no output (…第一产业从业人员…；第二产业…)", () => {
    const x = fixture(["第一产业从业人员12万人；第二产业15万人。"], ["地区生产总值增长10%。"]);
    expect(one(x, "第二产业15万人", "15万人").label_zh).toBe("第二产业");
  });
});

describe("visits counted as 旅游接待人次 or 旅游人次 (旅游接待人次、总收入均增长20%以上, Ganzhou 2020)", () => {
  it("gives both items of a 均 list their indicators", () => {
    const x = fixture(["旅游接待人次、总收入均增长20%以上。"], ["旅游人次和收入分别增长15%、18%。"]);
    expect(quoting(x, "均增长20%").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["20%", "旅游接待人次增长", "tourist_arrivals_growth"],
      ["20%", "旅游总收入增长", "tourism_revenue_growth"],
    ]);
    expect(quoting(x, "分别增长15%").map((f) => f.metric)).toEqual(["tourist_arrivals_growth", "tourism_revenue_growth"]);
  });

  it("but not visits of a kind (出境旅游人次)", () => {
    const x = fixture(["出境旅游人次增长8%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "出境旅游人次增长8%", "8%").metric).toBeNull();
  });
});

describe("the growth of an intensity (研究与试验发展经费投入强度年均增长33%, Nanchong 2022)", () => {
  it("is no growth of the spending whose share it is", () => {
    const x = fixture(["研究与试验发展经费投入强度年均增长33%，研究与试验发展经费投入增长12%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "投入强度年均增长33%", "33%").metric).toBeNull();
    expect(one(x, "研究与试验发展经费投入增长12%", "12%").metric).toBe("rd_spending_growth");
  });
});

describe("energy used per unit of an amount (规模以上工业企业增加值能耗下降7.8%, Taiyuan 2007)", () => {
  it("is no change of the amount it is measured by", () => {
    const x = fixture(["地区生产总值增长12%。"], [
      "狠抓重点行业和企业节能降耗，在年耗能5000吨标准煤以上企业中开展“百家企业节能行动”，规模以上工业企业增加值能耗下降7.8%。全市规模以上工业增加值增长13%。",
    ]);
    expect(one(x, "增加值能耗下降7.8%", "7.8%").metric).toBeNull();
    expect(one(x, "全市规模以上工业增加值增长13%", "13%").metric).toBe("industrial_value_added_growth");
  });
});

describe("a zone named as the subject of a clause's first item (确保开发区工业投资增长20％、规上工业增加值增长15％, Changzhi 2023)", () => {
  it("is the subject of the later items that name no place", () => {
    const x = fixture(["地区生产总值增长7.2%。"], [
      "滚动开展“三个一批”活动，新上工业项目原则上全部进开发区，确保开发区工业投资增长20％、规上工业增加值增长15％。",
      "全市规上工业增加值增长8％、固定资产投资增长9.5％。",
    ]);
    expect(one(x, "规上工业增加值增长15％", "15％").metric).toBeNull();
    expect(one(x, "全市规上工业增加值增长8％", "8％").metric).toBe("industrial_value_added_growth");
    expect(one(x, "固定资产投资增长9.5％", "9.5％").metric).toBe("fixed_investment_growth");
  });

  it("but not a later item that names the place (全市)", () => {
    const x = fixture(["地区生产总值增长7.2%。"], ["力争开发区工业投资增长20％、全市规上工业增加值增长10％。"]);
    expect(one(x, "全市规上工业增加值增长10％", "10％").metric).toBe("industrial_value_added_growth");
  });
});

describe("a level held within a bound over the five years looked back on (五年来，…城镇调查失业率控制在5.5%以内, Hainan 2026)", () => {
  const x = extractText(
    "ceshi-2021.txt",
    [
      "2021年测试市政府工作报告",
      "2021年3月3日在测试市第九届人民代表大会第四次会议上",
      "市长 张三",
      "各位代表：",
      "一、过去五年工作回顾",
      "五年来，我们坚定不移践行以人民为中心的发展思想。就业形势保持稳定。城镇新增就业86.22万人、农村劳动力转移就业53.47万人，城镇调查失业率控制在5.5%以内。高新技术企业达到63家。",
      "二、2021年工作安排",
      "地区生产总值增长6.5%左右。",
    ].join("\n"),
  );

  it("held in each of the years, as the amounts added are summed over them", () => {
    expect(typed(one(x, "城镇调查失业率控制在5.5%以内", "5.5%"))).toMatchObject({ year: 2020, period: [2016, 2020], metric: "surveyed_unemployment_rate" });
    expect(typed(one(x, "城镇新增就业86.22万人", "86.22万人"))).toMatchObject({ year: 2020, period: [2016, 2020], metric: "urban_jobs_new" });
  });

  it("but a level reached is the last year's", () => {
    expect(one(x, "高新技术企业达到63家", "63家")).toMatchObject({ year: 2020, period: null });
  });
});

describe("a milestone passed beside the exact level of the same year (经济总量突破500亿元大关, Lijiang 2021)", () => {
  it("leaves the indicator to the exact level", () => {
    const x = fixture(["地区生产总值从2015年的308亿元增加到2019年的512.75亿元。经济总量突破500亿元大关。"], ["地区生产总值增长6%。"]);
    expect(one(x, "增加到2019年的512.75亿元", "512.75亿元").metric).toBe("gdp");
    expect(typed(one(x, "经济总量突破500亿元大关", "500亿元"))).toMatchObject({ metric: null, min: 500, year: 2019 });
  });

  it("but a milestone alone keeps it (生产总值增长8.5%、总量突破3000亿元, Ganzhou 2020)", () => {
    const x = fixture(["生产总值增长8.5%、总量突破3000亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "总量突破3000亿元", "3000亿元")).toMatchObject({ metric: "gdp", min: 3000 });
  });
});

describe("a goal moved toward (全社会固定资产投资向5000亿元的目标迈进, Dalian 2010)", () => {
  it("keeps its record but sets no target of the indicator it names", () => {
    const x = fixture(["全社会固定资产投资3000亿元。"], ["地区生产总值增长12%，全社会固定资产投资向5000亿元的目标迈进，社会消费品零售总额增长18%。"]);
    expect(one(x, "向5000亿元", "5000亿元").metric).toBeNull();
    expect(one(x, "社会消费品零售总额增长18%", "18%").metric).toBe("retail_sales_growth");
  });
});

describe("funds of one sector's projects (招引落地制造业项目120个以上、到位资金突破300亿元, Nanchong 2022)", () => {
  it("are that sector's, no second target of the place's funds", () => {
    const x = fixture(["到位资金700亿元。"], ["地区生产总值增长7%，到位资金突破760亿元。招引落地制造业项目120个以上、到位资金突破300亿元。"]);
    expect(x.figures.filter((f) => f.metric === "investment_attracted" && f.kind === "target").map((f) => f.value)).toEqual([760]);
  });
});

describe("a change measured at comparable prices with no subject of its own (按可比价比上年增长13.2%, Jiangxi 2005)", () => {
  it("is the change of the indicator named before it", () => {
    const x = fixture(["——经济继续快速发展。预计全省生产总值3500亿元，按可比价比上年增长13.2%，比“十五”计划2005年的目标3000亿元超过500亿元。"], ["地区生产总值增长11%。"]);
    expect(one(x, "按可比价比上年增长13.2%", "13.2%")).toMatchObject({ kind: "result", year: 2019, period: null, metric: "gdp_growth", label_zh: "全省生产总值比上年增长" });
  });
});

describe("a plan's deadline named before a semicolon in the review (接近“十一五”末8.5项的规划目标；新型工业化水平达37%, Shanxi 2007)", () => {
  const x = fixture(["——科学技术持续进步。全年专利申请数2824项，每10万人专利申请数达到8.4项，接近“十四五”末8.5项的规划目标；新型工业化水平达37%，提高4个百分点。"], ["地区生产总值增长8%。"]);

  it("aims its own statement only: the figures after the semicolon are last year's results", () => {
    expect(one(x, "新型工业化水平达37%", "37%")).toMatchObject({ kind: "result", year: 2019, period: null });
    expect(one(x, "提高4个百分点", "4个百分点")).toMatchObject({ kind: "result", year: 2019, period: null });
    expect(one(x, "接近“十四五”末8.5项的规划目标", "8.5项")).toMatchObject({ kind: "target", year: 2025 });
  });

  it("while a deadline that sets the goals after it still holds for them (Chongqing 2004)", () => {
    const y = fixture(["提出到2025年建成长江上游交通、通信枢纽的规划目标，高速公路通车里程达到2000公里；建成现代化大电网，电力装机容量达到1300万千瓦以上。"], ["地区生产总值增长8%。"]);
    expect(one(y, "电力装机容量达到1300万千瓦以上", "1300万千瓦")).toMatchObject({ kind: "target", year: 2025 });
  });
});

describe("a change net of prices with no subject of its own (实现社会消费品零售总额137.8亿元，扣除价格因素增长11%, Ningxia 2005)", () => {
  it("is the change of the indicator named before it", () => {
    const x = fixture(["完成全社会固定资产投资379.7亿元，增长19.3%。实现社会消费品零售总额137.8亿元，扣除价格因素增长11%。外贸进出口总额9.1亿美元，增长39.1%。"], ["地区生产总值增长10%。"]);
    expect(one(x, "扣除价格因素增长11%", "11%")).toMatchObject({ kind: "result", year: 2019, metric: "retail_sales_growth", label_zh: "社会消费品零售总额增长" });
  });
});

describe("a bare output right after the value added of an industry (Tianjin 2009: 全市工业增加值达到4000亿元，产值突破1.5万亿元)", () => {
  it("is that industry's output, not an output of nothing", () => {
    const x = fixture(["地区生产总值增长16%。"], ["全市工业增加值达到4000亿元，产值突破1.5万亿元。"]);
    expect(one(x, "产值突破1.5万亿元", "1.5万亿元")).toMatchObject({ label_zh: "工业产值", metric: null });
  });
});

describe("the last count of a list before a rate each item has, with no 的 or 均 (Guyuan 2024: 16件人大议案建议和100件政协提案办复率100%)", () => {
  it("is a figure of its own, and each count names its own noun", () => {
    const x = fixture(["提请市人大常委会审议地方性法规草案1件，16件人大议案建议和100件政协提案办复率100%。"], ["地区生产总值增长6.5%左右。"]);
    expect(quoting(x, "16件人大议案建议").map((f) => [f.value, f.unit, f.label_zh, f.metric])).toEqual([
      [16, "件", "人大议案建议", "deputies_suggestions"],
      [100, "件", "政协提案", "cppcc_proposals"],
      [100, "%", "政协提案办复率", "proposal_reply_rate"],
    ]);
  });
});

describe("a region of several places the place is a pole of, no division of it (Nanchong 2021: 成渝地区双城经济圈次极核建设实现重大突破，地区生产总值年均增长8.5%左右)", () => {
  it("leaves the place's own five-year targets after it the place's", () => {
    const x = fixture(
      ["全市地区生产总值增长3.8%。"],
      [
        "即：到2025年，南充综合实力更加雄厚，成渝第二城建设大见成效，全省经济副中心成功创建，成渝地区双城经济圈次极核建设实现重大突破，地区生产总值年均增长8.5%左右，地方一般公共预算收入年均增长9%左右，常住人口城镇化率达到57%，建成“双两百”城市。",
      ],
    );
    expect(one(x, "地区生产总值年均增长8.5%左右", "8.5%")).toMatchObject({ kind: "target", year: 2025, metric: "gdp_growth" });
    expect(one(x, "地方一般公共预算收入年均增长9%左右", "9%")).toMatchObject({ kind: "target", year: 2025, metric: "budget_revenue_growth" });
    expect(one(x, "常住人口城镇化率达到57%", "57%")).toMatchObject({ kind: "target", year: 2025, metric: "urbanization_rate" });
  });

  it("while a prefecture opening a clause still makes the figures after it its own (塔城地区)", () => {
    const y = fixture(["全州地区生产总值增长6%，塔城地区实现生产总值416亿元，增长5%。"], ["地区生产总值增长6%。"]);
    expect(one(y, "塔城地区实现生产总值416亿元", "416亿元").metric).toBeNull();
  });
});

describe("a zone at work opening a clause of the statement, its figures after it (Yulin 2014: 榆林高新区重点加快未开发区块建设步伐，…，完成生产总值 300 亿元)", () => {
  const x = fixture(
    ["全市完成生产总值2846.8亿元，增长8.8%。"],
    [
      "生产总值增长10%左右。",
      "激发园区发展活力。进一步理顺园区发展体制机制，充分发挥大园区示范辐射带动作用，榆林高新区重点加快未开发区块建设步伐，完善工业配套设施，强力推进重点项目建设，完成生产总值 300 亿元；榆神工业区加快建设国家能源科技示范基地，重点推动重大能化项目及大保当镇后勤服务基地建设，完成生产总值 200 亿元。",
    ],
  );

  it("gives the zones' output, no GDP of the place", () => {
    expect(one(x, "完成生产总值 300 亿元", "300 亿元").metric).toBeNull();
    expect(one(x, "完成生产总值 200 亿元", "200 亿元").metric).toBeNull();
    expect(one(x, "生产总值增长10%左右", "10%").metric).toBe("gdp_growth");
  });

  it("but not once the whole place is named again after it, nor a zone a verb builds", () => {
    const y = fixture(["全市完成生产总值2846.8亿元。"], ["推进重点项目建设，榆林高新区重点加快建设步伐，全市完成生产总值3000亿元。推进重点项目建设，加快榆林高新区建设，完成生产总值3100亿元。"]);
    expect(one(y, "全市完成生产总值3000亿元", "3000亿元").metric).toBe("gdp");
    expect(one(y, "完成生产总值3100亿元", "3100亿元").metric).toBe("gdp");
  });
});

describe("a zone at work whose verb is 突出, its figure after clauses of its work (Suzhou 2014: 市经开区突出发展生物医药首位产业，…，实现规模以上工业增加值39亿元)", () => {
  it("gives the zone's value added, no industrial value added of the city", () => {
    const x = fixture(
      ["规模以上工业增加值增长15%左右。"],
      [
        "全市生产总值增长11%左右，规模以上工业增加值增长15%左右。",
        "推进项目和园区建设。加快各类园区建设，市经开区突出发展生物医药首位产业，加快推进亿帆药业、皖淮生物、安特生化等项目，实现规模以上工业增加值39亿元，积极创建国家级开发区；制鞋产业城一期建成，功能基本完善，实现产值超60亿元、税收超6亿元。",
        "确保规模以上工业增加值实现320亿元。",
      ],
    );
    expect(one(x, "实现规模以上工业增加值39亿元", "39亿元").metric).toBeNull();
    expect(one(x, "确保规模以上工业增加值实现320亿元", "320亿元").metric).toBe("industrial_value_added");
    expect(one(x, "全市生产总值增长11%左右", "11%").metric).toBe("gdp_growth");
  });
});

describe("a space a web page's copy left between a bare magnitude and what it counts (Hebei 2007: 还有187万 农村人口尚未稳定脱贫)", () => {
  it("counts the people after it, as without the space", () => {
    const x = fixture(["四是城乡居民收入总体水平偏低的问题还未得到有效解决，还有187万 农村人口尚未稳定脱贫，仍有部分群众生活比较困难。"], ["地区生产总值增长11%以上。"]);
    expect(quoting(x, "187万").map((f) => [f.value, f.unit, f.label_zh])).toEqual([[187, "万人", "还有农村人口尚未稳定脱贫"]]);
  });
});

describe("a space a web copy left at a line's break before the verb to the new value (Tianjin 2003)", () => {
  it("leaves the old value a baseline: 国内生产总值由1992年的411.2亿元 增加到2022.6亿元", () => {
    const x = fixture([
      "与10年前相比，国内生产总值由1992年的411.2亿元 增加到2022.6亿元，年均增长12.2%。财政收入由63.05亿元增加到375.8亿元，年均增长19.5%。社会消费品零售总额由181.2亿元 增加到941.4亿元，年均增长17.9%。",
    ], ["地区生产总值增长6%。"]);
    const of = (metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => f.value);
    expect(of("gdp")).toEqual([2022.6]);
    expect(of("retail_sales")).toEqual([941.4]);
  });
});

describe("a space a web copy left inside the measure after its magnitude (Tianjin 2003)", () => {
  it("reads one unit over it: 全市外贸出口由50.2亿美元增加到115.95亿美 元 gives exports of 115.95亿美元", () => {
    const x = fixture(["天津口岸年进出口总值由215.6亿美元增加到365.4亿美元。全市外贸出口由50.2亿美元增加到115.95亿美 元。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.value === 115.95).map((f) => [f.metric, f.label_zh, f.unit])).toEqual([["exports_usd", "外贸出口", "亿美元"]]);
  });

  it("leaves a word after the unit alone: 投资20亿元用于 建设 is 亿元", () => {
    const x = fixture(["全年筹集资金20亿元用于 建设。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.value === 20).map((f) => f.unit)).toEqual(["亿元"]);
  });
});

describe("a zone named by its kind alone at work opening a sentence, its figures after it (Lanzhou 2009: 经济区继续抓好基础设施建设，…，生产总值达到56亿元)", () => {
  const x = fixture(
    ["去年全市实现生产总值846.28亿元，比上年增长11.51%。"],
    [
      "经济社会发展的主要预期目标是：生产总值增长10%以上，力争达到11%。",
      "二是围绕园区建设培育新的增长点。加强对园区基础设施、技术创新和重点项目的倾斜支持，加快项目、资金和高新技术产业向园区集中，高新区生产总值达到120亿元，力争“十一五”末在全国高新区排名从51位提升到35位左右，进入中等行列。经济区继续抓好基础设施建设，引进和实施一批重大产业项目，生产总值达到56亿元。坚持推进工业企业出城入园，完成6户企业搬迁改造。",
    ],
  );

  it("gives the zone's output, no GDP target of the place", () => {
    expect(one(x, "生产总值达到56亿元", "56亿元").metric).toBeNull();
    expect(one(x, "高新区生产总值达到120亿元", "120亿元").metric).toBeNull();
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth").map((f) => f.value)).toEqual([10]);
  });

  it("but not the whole place's once it is named after the zone", () => {
    const y = fixture(["全市实现生产总值846.28亿元。"], ["经济区继续抓好基础设施建设，全市生产总值达到950亿元。"]);
    expect(one(y, "全市生产总值达到950亿元", "950亿元").metric).toBe("gdp");
  });
});

describe("a paragraph led by one zone's planning or work (Lanzhou 2012: 一是兰州新区规划建设全面展开。…实现生产总值60亿元; 加快高新区新一轮发展。…确保生产总值达到200亿元)", () => {
  const x = fixture(
    [
      "预计全市生产总值增长15%，规模以上工业增加值增长15%，固定资产投资增长54%。",
      "一是兰州新区规划建设全面展开。编制完成总体规划、核心区控制性详细规划以及道路、生态等专项规划。生态建设同步实施，完成造林绿化1.6万亩，建成公共绿地120公顷。全年可完成固定资产投资160亿元，实现生产总值60亿元。二是两个国家级开发区增容扩区加快实施。高新区围绕建设一流科技新城、打造创新发展高地，优化“一区多园”规划布局。预计可实现生产总值190亿元。",
    ],
    [
      "全市经济社会发展的主要预期目标是：生产总值增长15%以上；全社会固定资产投资增长35%。",
      "着力增强兰州新区产业集聚功能。健全完善路网框架体系，启动建设迎宾大道、北快速路等15条道路。大力推进以经济林为主的生态建设，完成造林绿化3.5万亩。力争完成固定资产投资200亿元，实现生产总值100亿元。",
      "加快高新区新一轮发展。优化提升雁滩产业孵化核心区，新建一批科技研发和企业孵化项目。确保生产总值达到200亿元。",
      "推进经济区西进扩区。健全完善二级园区配套设施。加快实施安宁园区荒山整理开发，综合开发土地1万亩，启动建设沙九产业园。确保生产总值达到100亿元。",
    ],
  );

  it("gives the zones' investment and output, no level of the place's", () => {
    expect(x.figures.filter((f) => f.metric === "gdp" || f.metric === "fixed_investment").map((f) => f.quote)).toEqual([]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.value])).toEqual([["result", 15], ["target", 15]]);
  });

  it("but not a paragraph led by the place's development zones taken together (大力推动开发区提升发展)", () => {
    const y = fixture(["全市生产总值增长7%。"], ["生产总值增长7%。", "大力推动开发区提升发展。严把开发区产业发展定位，推动特色化、差异化、集聚化发展。坚决淘汰落后产能，完成固定资产投资300亿元。"]);
    expect(one(y, "完成固定资产投资300亿元", "300亿元").metric).toBe("fixed_investment");
  });
});

describe("a paragraph led by one named new area's longer work (Dalian 2017: 二是抓金普新区开放型经济新体制综合试点试验。…经济总量达到2296亿元、增长7%)", () => {
  it("gives the area's output and growth, no GDP of the place's", () => {
    const x = fixture(
      [
        "二是抓金普新区开放型经济新体制综合试点试验。经申办和争取，金普新区构建开放型经济新体制综合试点试验区获得国务院批准。我们科学制定实施方案、狠抓七大重点试点试验任务落实，全力推进体制机制创新和开放平台建设，新区开发开放步伐明显加快。新引进亿元以上重大项目50多个、总投资700亿元，注册跨境电商802家，经济总量达到2296亿元、增长7%。新区成为引领全市开放发展的强力引擎。",
        "主要指标平稳增长。预计实现地区生产总值8150亿元、增长6.5%。",
      ],
      ["地区生产总值增长7%。"],
    );
    const results = x.figures.filter((f) => f.kind === "result");
    expect(results.filter((f) => f.metric === "gdp" || f.metric === "gdp_growth").map((f) => [f.metric, f.value])).toEqual([["gdp", 8150], ["gdp_growth", 6.5]]);
    expect(one(x, "经济总量达到2296亿元", "2296亿元").metric).toBeNull();
  });

  it("but not new towns and districts in general beside other work (Xiangyang 2014: 新城新区建设和旧城更新同步推进)", () => {
    const x = fixture(["新城新区建设和旧城更新同步推进。东津新区完成固定资产投资110.9亿元，主城区空气质量优良天数达到314天。"], ["地区生产总值增长10%。"]);
    expect(one(x, "空气质量优良天数达到314天", "314天").metric).toBe("good_air_days");
  });
});

describe("a copy in full-width digits of milestones passed in turn, then the levels (Zhuhai 2012: …相继跨过１０００亿元、３０００亿元、４００亿元和１００亿元大关，预计２０１１年分别达到…)", () => {
  it("leaves every milestone without the indicator its level has, as the same copy in ASCII digits does", () => {
    const lines = (digits: (s: string) => string) =>
      [
        "珠海市政府工作报告（2012年1月8日 何宁卡）",
        "各位代表：",
        "一、过去五年工作回顾 过去五年，是我市发展进程中不平凡的五年。",
        "　　经济实力显著提升。全市地区生产总值、工业总产值、财税总收入、地方财政一般预算收入相继跨过1000亿元、3000亿元、400亿元和100亿元大关，预计2011年分别达到1410亿元、3580亿元、459亿元和143.3亿元。",
        "三、2012年工作部署 今年经济社会发展的主要预期目标是：实现地区生产总值增长11%左右。",
      ].map(digits).join("\n");
    const full = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/％|%/g, "％").replace(/(?<=[０-９])\.(?=[０-９])/g, "．");
    for (const x of [extractText("zhuhai-2012.txt", lines((s) => s)), extractText("zhuhai-2012.txt", lines(full))]) {
      expect(x.figures.filter((f) => f.qualifier === "at_least" && f.metric !== null).map((f) => [f.label_zh, f.value])).toEqual([]);
      expect(x.figures.filter((f) => f.metric === "industry_output").map((f) => [f.value, f.year])).toEqual([[3580, 2011]]);
    }
  });
});

describe("a copy in full-width digits that spaced a decimal point (Siping 2016)", () => {
  it("reads ３７． ０６ 万平方米 and ６． ７ 万平方米 as 37.06 and 6.7, as 37. 06 is read, the label without the number", () => {
    const x = fixture(["预计地区生产总值增长 ６．６％。"], [
      "地区生产总值增长 ７％。",
      "在全面做好各项民生工作的同时，重点完成 ３０件民生实事。（ １）市区棚户区改造 ３７． ０６ 万平方米 、５６３３套；（ ７）市区改造人行步道 １０条、 ６． ７ 万平方米 ；",
    ]);
    expect(x.figures.filter((f) => f.unit === "万平方米").map((f) => [f.value, f.label_zh])).toEqual([
      [37.06, "市区棚户区改造"],
      [6.7, "市区改造人行步道"],
    ]);
  });
});

describe("a change measured on a named basis with no subject of its own (按省口径计算增长16.8%, Nanchang 2014)", () => {
  it("is the change of the indicator named before it", () => {
    const x = fixture(["全年完成财政总收入558亿元，按省口径计算增长16.8%；地方公共财政预算收入291.9亿元，增长21.6%。"], ["地区生产总值增长10%。"]);
    expect(one(x, "按省口径计算增长16.8%", "16.8%")).toMatchObject({ kind: "result", year: 2019, metric: "fiscal_revenue_total_growth", label_zh: "财政总收入增长" });
  });
});

describe("a sentence that opens on one zone of the place by its name (Dalian 2009: 长兴岛临港工业区签约项目46个，…；实际使用外资5.3亿美元，增长102%)", () => {
  it("gives the zone's foreign investment no indicator of the place's", () => {
    const x = fixture(
      ["全市实际使用外资50亿美元，增长58.6%。沿海经济带建设加快推进。长兴岛临港工业区签约项目46个，大阳日酸等32个项目开工建设；实际使用外资5.3亿美元，增长102%。花园口经济区开发建设全面提速，签约项目47个，实际使用外资增长340%。"],
      ["地区生产总值增长8%。"],
    );
    expect(one(x, "实际使用外资50亿美元", "50亿美元").metric).toBe("fdi_actual");
    expect(one(x, "实际使用外资5.3亿美元", "5.3亿美元").metric).toBeNull();
    expect(one(x, "增长102%", "102%").metric).toBeNull();
    expect(one(x, "增长340%", "340%").metric).toBeNull();
  });

  it("but not one that opens on the work of building it", () => {
    const x = fixture(["加快长兴岛临港工业区建设，全市实际使用外资50亿美元。"], ["地区生产总值增长8%。"]);
    expect(one(x, "50亿美元", "50亿美元").metric).toBe("fdi_actual");
  });

  it("gives a zone set up with another place, said to be built apace, its own output (Qingyuan 2023: 广清经济特别合作区加快建设，…)", () => {
    const x = fixture(
      ["全市规上工业总产值增长5.1%。广清经济特别合作区加快建设，“三园”管理机构设置获省委批复同意，新动工项目50个、新建成项目78个，规上工业总产值、全口径税收分别增长25.7%和19.2%。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "增长5.1%", "5.1%").metric).toBe("industrial_output_growth");
    expect(one(x, "分别增长25.7%", "25.7%").metric).toBeNull();
  });
});

describe("a daily capacity of water (Zhengzhou 2020: 新增供水能力10万立方米/日、新增污水处理能力15万吨/日)", () => {
  it("keeps its day in the unit, no word of the next label", () => {
    const x = fixture(["新增供水能力10万立方米/日、新增污水处理能力15万吨/日、污泥处理能力300吨/日。"], ["地区生产总值增长8%。"]);
    expect(one(x, "10万立方米", "10万立方米/日")).toMatchObject({ unit: "万立方米/日", label_zh: "新增供水能力" });
    expect(one(x, "15万吨", "15万吨/日")).toMatchObject({ unit: "万吨/日", label_zh: "新增污水处理能力" });
  });
});

describe("a change on a like basis after a clause that names the aggregate with a factor taken out (Puer 2023)", () => {
  it("is that aggregate's change: 地方一般公共预算收入扣除留抵退税因素后，同口径增长11.3%", () => {
    const x = fixture([
      "全市实现地区生产总值1073亿元，增长3.1%，固定资产投资增长5.7%，规上工业增加值增长4.7%，社会消费品零售总额增长2.8%，地方一般公共预算收入扣除留抵退税因素后，同口径增长11.3%，城乡常住居民人均可支配收入分别增长3%和6.8%。",
    ], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "同口径增长11.3%", "11.3%")).toMatchObject({ kind: "result", metric: "budget_revenue_growth", label_zh: "地方一般公共预算收入同口径增长" });
    expect(x.figures.filter((f) => f.metric === "retail_sales_growth").map((f) => f.value)).toEqual([2.8]);
  });
});

describe("a named new area whose building the clause before its figures tells going on (Meishan 2014: 岷东新区建设全面启动，完成固定资产投资12.09亿元、招商引资到位资金12.1亿元)", () => {
  const x = fixture(
    [
      "全市地区生产总值860亿元，全社会固定资产投资760亿元。",
      "重点区域强力突破。天府新区强力推进，新落户项目30个，招商引资到位资金95亿元。岷东新区建设全面启动，完成固定资产投资12.09亿元、招商引资到位资金12.1亿元。开放合作强力推进。全市招商引资到位资金601.2亿元。",
    ],
    ["地区生产总值增长10%。"],
  );

  it("gives the areas' investment, none of the city's", () => {
    expect(one(x, "招商引资到位资金95亿元", "95亿元").metric).toBeNull();
    expect(one(x, "完成固定资产投资12.09亿元", "12.09亿元").metric).toBeNull();
    expect(one(x, "招商引资到位资金12.1亿元", "12.1亿元").metric).toBeNull();
  });

  it("while the whole city's stay its own", () => {
    expect(one(x, "全社会固定资产投资760亿元", "760亿元").metric).toBe("fixed_investment");
    expect(one(x, "全市招商引资到位资金601.2亿元", "601.2亿元").metric).toBe("investment_attracted");
  });
});

describe("a numbered task led by the building of new areas or of a new industrial town (Meishan 2014: 15．加快新区建设。…完成固定资产投资100亿元)", () => {
  const x = fixture(
    ["全社会固定资产投资760亿元。"],
    [
      "地区生产总值增长10%；全社会固定资产投资增长17%。",
      "8．加快建设现代工业新城。加快总部经济区建设，打造核心区和配套区。完成固定资产投资150亿元，实现工业增加值增长12%以上。",
      "15．加快新区建设。强力推进天府新区建设，加快联合利华（四川）全球生产基地等重大项目建设，完成固定资产投资100亿元，尽快建成宜业宜商宜居的国际化现代新区。",
      "16．扩大有效投资。完成固定资产投资900亿元。",
    ],
  );

  it("gives the areas' and the town's figures, no target of the city's", () => {
    expect(one(x, "完成固定资产投资100亿元", "100亿元").metric).toBeNull();
    expect(one(x, "完成固定资产投资150亿元", "150亿元").metric).toBeNull();
    expect(one(x, "工业增加值增长12%以上", "12%").metric).toBeNull();
  });

  it("while a numbered task of the city's own keeps its indicator", () => {
    expect(one(x, "完成固定资产投资900亿元", "900亿元").metric).toBe("fixed_investment");
  });
});
