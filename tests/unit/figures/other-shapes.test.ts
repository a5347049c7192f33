import { describe, expect, it } from "vitest";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { extractText, fixture, one } from "./helpers.ts";
import { familiesOf } from "../../../src/lib/figures/units.ts";
import { withUnitEn } from "../../../src/i18n/figures.ts";

/**
 * Sentences of reports of other places and years (Yanbian 2016, Harbin 2006, Inner Mongolia 2006, the State Council
 * 1998, Luzhou 2022, Wuhan 2018, Yichun 2025, Yunfu 2015, Kunming 2022 …), in a small report of plan year 2016.
 */
const REPORT = [
  "---",
  "title: 2016年测试市政府工作报告",
  "---",
  "",
  "——2016年1月10日在测试市第一届人民代表大会第一次会议上",
  "",
  "测试市市长 张三",
  "",
  "各位代表：",
  "",
  "一、2015年工作回顾",
  "",
  "过去一年，地区生产总值增速逐季提高，全年增长8.7%。秋季学期实现全面复学，1000多万高中毕业生顺利完成高考。去年经济增长8.8%。公共财政预算收入93.3亿元，增长6.1%。外贸进出口总额21亿美元。城市居民人均可支配收入增长8.5%。单位GDP二氧化碳排放量下降3.5%。旅游业总收入增长20%。",
  "",
  "惠及困难群众54.4万余人，新建和改造农村公路3万多公里，32.8万国有企业下岗职工实现再就业。发电量6465亿度，集装箱吞吐量220万标箱，举办群众性文化活动1500场。以25度以下坡耕地为重点，实施160千安焙烧生产线改造，建设高新区500亿级园区。",
  "",
  "新建改建110千伏变电站17座，建成500千伏输变电工程。中心城区新增抽排能力490立方米/秒。新能源装机规模突破800兆瓦。全市生产总值两年平均增长6.3%，工业增加值平均每年增长15.3%。天然气产能达到21亿方，商品房去化周期缩短至12个月，签订3方合作协议。",
  "",
  "二、2016年工作安排",
  "",
  "今年经济社会发展的主要预期目标是：地区生产总值增长7%；第三产业增加值增长8%；万元GDP综合能耗降低4%；单位生产总值能源消耗降低5％左右；实际利用外资8亿美元以上；人口自然增长率控制在6‰以内；新增供水能力1.2亿立方米。",
  "",
  "争取年内3至5家企业获高新技术企业认定，新签约100个重大项目。",
  "",
  "力争地区生产总值超200亿元的区县达到20个，“百强镇”经济总量达到700亿元，库区城镇调查失业率控制在5%以内，改造城镇老旧小区107个。",
  "",
  "城镇居民人均可支配收入和农民人均纯收入分别达到10505元和3390元，增长10.3%和8.7%。招商项目签约超1200亿元，新增贷款4万多亿元。农民人均纯收入增长6%以上，旅游综合收入增长10%，单位国内生产总值用水量、能耗分别下降3%、3.5%。",
  "",
  "粮食播种面积稳定在121.1万亩，总产量保持在68.6万吨以上。粮食种植面积870万亩以上，总产稳定在65亿斤左右。居民消费价格指数控制在3%左右。全市现有高新技术企业203家。州直城镇居民人均可支配收入增长4.5%，塔城地区旅游综合收入增长20%。",
  "",
  "市级财政安排民生资金33亿元，比去年增加3亿元；社会保障资金293亿元，比上年预计数增加43.9亿元。",
].join("\n");

const fields = (f: StoredFigure) => ({ kind: f.kind, year: f.year, period: f.period, metric: f.metric, value: f.value, min: f.min, max: f.max, unit: f.unit, qualifier: f.qualifier });

describe("reports of other places and years: units, names and measures", () => {
  const x = extractText("ceshi-2016.md", REPORT);

  it("keeps US dollars, cubic metres, megawatts, flows and per-mille rates as units, with the qualifier after them", () => {
    expect(fields(one(x, "外贸进出口总额21亿美元", "21亿美元"))).toMatchObject({ kind: "result", year: 2015, value: 21, unit: "亿美元" });
    expect(fields(one(x, "实际利用外资8亿美元以上", "8亿美元"))).toMatchObject({ kind: "target", year: 2016, value: 8, min: 8, unit: "亿美元", qualifier: "at_least" });
    expect(fields(one(x, "新增供水能力1.2亿立方米", "1.2亿立方米"))).toMatchObject({ value: 1.2, unit: "亿立方米" });
    expect(fields(one(x, "新增抽排能力490立方米/秒", "490立方米/秒"))).toMatchObject({ value: 490, unit: "立方米/秒" });
    expect(fields(one(x, "新能源装机规模突破800兆瓦", "800兆瓦"))).toMatchObject({ value: 800, unit: "兆瓦", qualifier: "at_least" });
    expect(fields(one(x, "人口自然增长率控制在6‰以内", "6‰"))).toMatchObject({ kind: "target", value: 6, max: 6, unit: "‰", qualifier: "at_most" });
  });

  it("reads 方 after a magnitude as cubic metres and 个月 as a span of months, in Chinese and in English", () => {
    expect(fields(one(x, "天然气产能达到21亿方", "21亿方"))).toMatchObject({ kind: "result", year: 2015, value: 21, unit: "亿方" });
    expect(fields(one(x, "去化周期缩短至12个月", "12个月"))).toMatchObject({ value: 12, unit: "个月" });
    expect(x.figures.filter((f) => f.quote.includes("3方合作协议"))).toEqual([]);
    expect(familiesOf("亿方")).toEqual(["volume"]);
    expect(familiesOf("个月")).toEqual(["months"]);
    expect(withUnitEn(21, "亿方")).toBe("2.1 billion m³");
    expect(withUnitEn(12, "个月")).toBe("12 months");
  });

  it("gives rates, amounts per head and counts by the trip or the basis point English units, never the pinyin of their characters", () => {
    expect(withUnitEn(30, "万吨/日")).toBe("300,000 tonnes a day");
    expect(withUnitEn(400, "万吨/年")).toBe("4 million tonnes a year");
    expect(withUnitEn(493.5, "公斤/亩")).toBe("493.5 kg per mu");
    expect(withUnitEn(16, "万元/人")).toBe("160,000 yuan per person");
    expect(withUnitEn(10.5, "万元/人年")).toBe("105,000 yuan per person-year");
    expect(withUnitEn(5060, "元/人/年")).toBe("5,060 yuan per person a year");
    expect(withUnitEn(467, "元/人·月")).toBe("467 yuan per person a month");
    expect(withUnitEn(30, "个基点")).toBe("30 basis points");
    expect(withUnitEn(119.91, "万辆次")).toBe("1.199 million vehicle trips");
    expect(withUnitEn(30, "支")).toBe("30");
  });

  it("reads 余 and 多 between the magnitude and the unit as a lower bound, and the noun after a bare magnitude as the label", () => {
    expect(fields(one(x, "惠及困难群众54.4万余人", "54.4万余人"))).toMatchObject({ value: 54.4, min: 54.4, unit: "万人", qualifier: "at_least" });
    expect(fields(one(x, "新建和改造农村公路3万多公里", "3万多公里"))).toMatchObject({ value: 3, unit: "万公里", qualifier: "at_least", metric: "rural_road_length" });
    expect(one(x, "32.8万国有企业下岗职工", "32.8万").label_zh).toBe("国有企业下岗职工实现再就业");
    expect(fields(one(x, "发电量6465亿度", "6465亿度"))).toMatchObject({ unit: "亿度" });
    expect(fields(one(x, "集装箱吞吐量220万标箱", "220万标箱"))).toMatchObject({ unit: "万标箱" });
    expect(fields(one(x, "举办群众性文化活动1500场", "1500场"))).toMatchObject({ unit: "场" });
  });

  it("reads 多 between a bare magnitude and the people it counts as a lower bound, not a word of the label (Ningxia 2005: 5万多群众实现了脱贫)", () => {
    const y = fixture(["继续实施千村扶贫开发工程，5万多群众实现了脱贫，山区农民人均纯收入达1487.3元。"], ["地区生产总值增长10%。"]);
    const f = one(y, "5万多群众实现了脱贫", "5万多");
    expect(fields(f)).toMatchObject({ value: 5, unit: "万人", qualifier: "at_least" });
    expect(f.label_zh).toBe("群众实现了脱贫");
  });

  it("reads 余 between a bare magnitude and the kind of people it counts as a lower bound (Xingtai 2019: 涉及10万余企业职工的“三供一业”分离移交任务基本完成)", () => {
    const y = fixture(["深化国企国资改革，涉及10万余企业职工的“三供一业”分离移交任务基本完成。"], ["地区生产总值增长10%。"]);
    const f = one(y, "10万余企业职工", "10万余");
    expect(fields(f)).toMatchObject({ value: 10, unit: "万人", qualifier: "at_least" });
    expect(f.label_zh).not.toContain("余");
  });

  it("reads a voltage class as the name of a line or a substation, not an amount", () => {
    const para = x.doc.paragraphs.find((p) => p.text.includes("千伏变电站"))!;
    const written = x.figures.filter((f) => f.paragraph === para.id).map((f) => para.text.slice(...f.span));
    expect(written).toContain("17座");
    expect(written.filter((w) => /^(?:110|500)/.test(w))).toEqual([]);
    // Nor a slope in degrees, a current class or a size class of parks.
    const other = x.doc.paragraphs.find((p) => p.text.includes("坡耕地"))!;
    const classes = x.figures.filter((f) => f.paragraph === other.id).map((f) => other.text.slice(...f.span));
    expect(classes.filter((w) => /^(?:25|160|500)/.test(w))).toEqual([]);
  });

  it("reads a range written with 至, and 约 ending a word as no qualifier", () => {
    expect(fields(one(x, "3至5家", "3至5家"))).toMatchObject({ value: null, min: 3, max: 5, unit: "家" });
    expect(fields(one(x, "新签约100个重大项目", "100个"))).toMatchObject({ value: 100, qualifier: null });
  });

  it("spans an average over the years it names, and over five years when it names none", () => {
    expect(fields(one(x, "两年平均增长6.3%", "6.3%"))).toMatchObject({ kind: "result", year: 2015, period: [2014, 2015] });
    expect(fields(one(x, "平均每年增长15.3%", "15.3%"))).toMatchObject({ kind: "result", year: 2015, period: [2011, 2015] });
  });

  it("maps the older and other names of the main indicators", () => {
    expect(one(x, "去年经济增长8.8%", "8.8%").metric).toBe("gdp_growth");
    expect(one(x, "公共财政预算收入93.3亿元", "93.3亿元").metric).toBe("budget_revenue");
    expect(one(x, "增长6.1%", "6.1%").metric).toBe("budget_revenue_growth");
    expect(one(x, "城市居民人均可支配收入增长8.5%", "8.5%").metric).toBe("urban_income_growth");
    expect(one(x, "旅游业总收入增长20%", "20%").metric).toBe("tourism_revenue_growth");
    expect(one(x, "第三产业增加值增长8%", "8%").metric).toBe("services_value_added_growth");
    expect(one(x, "万元GDP综合能耗降低4%", "4%").metric).toBe("energy_intensity_change");
    expect(one(x, "单位生产总值能源消耗降低5％左右", "5％").metric).toBe("energy_intensity_change");
    // Changsha 2010.
    const y = fixture([], ["今年经济社会发展的主要预期目标是：地区生产总值增长12%；单位地区生产总值综合能耗下降4%，主要污染物排放总量减少4%。"]);
    expect(one(y, "单位地区生产总值综合能耗下降4%", "4%").metric).toBe("energy_intensity_change");
  });

  it("takes the subject a sentence's first figure leaves out from the clause before it, which states no figure", () => {
    expect(one(x, "地区生产总值增速逐季提高，全年增长8.7%", "8.7%")).toMatchObject({ metric: "gdp_growth", label_zh: "地区生产总值增长" });
    // A time or a deed before it is no subject.
    expect(one(x, "1000多万高中毕业生", "1000多万").label_zh).not.toContain("秋季学期");
  });

  it("reads last year named as a comparison (比去年, 比上年预计数) as no time of the figure's own", () => {
    expect(fields(one(x, "比去年增加3亿元", "3亿元"))).toMatchObject({ kind: "target", year: 2016 });
    expect(fields(one(x, "比上年预计数增加43.9亿元", "43.9亿元"))).toMatchObject({ kind: "target", year: 2016 });
  });

  it("never takes a threshold of a class, nor a part of the place, for the place's indicator", () => {
    const para = x.doc.paragraphs.find((p) => p.text.includes("百强镇"))!;
    const here = x.figures.filter((f) => f.paragraph === para.id);
    expect(here.map((f) => para.text.slice(...f.span))).not.toContain("200亿元");
    expect(one(x, "超200亿元的区县达到20个", "20个").label_zh).toContain("超200亿元的区县");
    expect(one(x, "“百强镇”经济总量达到700亿元", "700亿元").metric).toBeNull();
    expect(one(x, "库区城镇调查失业率控制在5%以内", "5%").metric).toBeNull();
    expect(one(x, "改造城镇老旧小区107个", "107个").metric).toBe("old_housing_renovation_count");
  });

  it("reads a bare 超 as a lower bound, 4万多亿元 as 万亿元, and the older names of rural income and tourism revenue", () => {
    expect(fields(one(x, "招商项目签约超1200亿元", "1200亿元"))).toMatchObject({ value: 1200, min: 1200, qualifier: "at_least" });
    expect(fields(one(x, "新增贷款4万多亿元", "4万多亿元"))).toMatchObject({ value: 4, unit: "万亿元", qualifier: "at_least" });
    expect(one(x, "农民人均纯收入增长6%以上", "6%").metric).toBe("rural_net_income_growth");
    expect(one(x, "旅游综合收入增长10%", "10%").metric).toBe("tourism_revenue_growth");
    expect(one(x, "单位国内生产总值用水量、能耗分别下降3%", "3%").metric).toBe("water_intensity_change");
  });

  it("reads a bare output after a crop's area as that crop's output", () => {
    expect(one(x, "总产量保持在68.6万吨以上", "68.6万吨")).toMatchObject({ metric: "grain_output", label_zh: "粮食总产量", kind: "target", year: 2016 });
    expect(one(x, "总产稳定在65亿斤左右", "65亿斤")).toMatchObject({ metric: "grain_output", label_zh: "粮食总产" });
    expect(one(x, "粮食种植面积870万亩以上", "870万亩").metric).toBe("grain_area");
  });

  it("reads a price index in percent as its change, a stock (现有) as what there is, no additions, and a part of the place (州直, …地区) as no indicator of the place", () => {
    expect(one(x, "居民消费价格指数控制在3%左右", "3%")).toMatchObject({ metric: "cpi_growth", qualifier: "approx" });
    expect(one(x, "全市现有高新技术企业203家", "203家").metric).toBe("high_tech_enterprises");
    expect(one(x, "州直城镇居民人均可支配收入增长4.5%", "4.5%").metric).toBeNull();
    expect(one(x, "塔城地区旅游综合收入增长20%", "20%").metric).toBeNull();
  });

  it("gives a list of figures after one predicate and no subject the subjects of the list before it, in order", () => {
    expect(one(x, "增长10.3%和8.7%", "10.3%")).toMatchObject({ metric: "urban_income_growth", label_zh: "城镇居民人均可支配收入增长" });
    expect(one(x, "增长10.3%和8.7%", "8.7%")).toMatchObject({ metric: "rural_net_income_growth", label_zh: "农民人均纯收入增长" });
    expect(one(x, "增长10.3%和8.7%", "8.7%").quote).toContain("城镇居民人均可支配收入和农民人均纯收入");
  });

  it("never takes a measure per unit of GDP for GDP: the carbon intensity is an indicator of its own", () => {
    expect(one(x, "单位GDP二氧化碳排放量下降3.5%", "3.5%").metric).toBe("carbon_intensity_change");
    const gdp = x.figures.filter((f) => f.metric === "gdp_growth" && f.period === null).map((f) => [f.kind, f.year, f.value]);
    expect(gdp).toEqual([
      ["result", 2015, 8.7],
      ["result", 2015, 8.8],
      ["target", 2016, 7],
    ]);
  });
});

describe("labels of figures inside or after brackets", () => {
  // Yili 2023, Guangxi 2016, Hangzhou 2017: a part's figures in brackets after the whole's, a count in brackets.
  const x = extractText(
    "ceshi-2023.md",
    [
      "---",
      "title: 2023年测试市政府工作报告",
      "---",
      "",
      "各位代表：",
      "",
      "一、2023年主要目标",
      "",
      "全州地区生产总值增长7.6%（州直增长7.5%、塔城地区增长8.5%）。建成乡村振兴示范村100个（精品村20个）。新建、改扩建幼儿园项目35个（其中新建30个，改扩建5个）。力争募集政府投资引导基金200亿元（其中产业投资基金规模40亿元以上）、铁路投资基金二期75亿元。",
    ].join("\n"),
  );

  it("drops the bracket a label starts inside or after, and keeps its words", () => {
    const labels = [
      ["州直增长7.5%", "7.5%", "州直增长"],
      ["精品村20个", "20个", "精品村"],
      ["其中新建30个", "30个", "新建"],
      ["铁路投资基金二期75亿元", "75亿元", "铁路投资基金二期"],
      // A whole aside before a subject is still dropped with its brackets.
      ["全州地区生产总值增长7.6%", "7.6%", "全州地区生产总值增长"],
    ] as const;
    for (const [clause, figure, label] of labels) expect(one(x, clause, figure).label_zh, clause).toBe(label);
  });
});

describe("spaces after a delimiter (Yunfu 2015: 社会消费品零售总额228.5亿元，增长12%; 外贸进出口总额18.02亿美元)", () => {
  it("are no part of the next clause's quote", () => {
    const x = fixture(["预计社会消费品零售总额228.5亿元，增长12%; 外贸进出口总额18.02亿美元，增长14%；城乡居民人均可支配收入14061元。"], []);
    expect(one(x, "外贸进出口总额18.02亿美元", "18.02亿美元").quote).toBe("外贸进出口总额18.02亿美元");
    expect(one(x, "增长14%", "14%").quote).toBe("外贸进出口总额18.02亿美元，增长14%");
  });
});

describe("a share after a share (Gansu 1998)", () => {
  it("is of the subject the share before it is of: 占工业总产值的比重提高到30%以上，占消费品零售总额的比重提高到60%以上", () => {
    const x = fixture(
      ["今后五年，要把放手发展非公有制经济作为振兴甘肃经济的一项战略任务，年均增长速度保持在20%以上，到2002年，占工业总产值的比重提高到30%以上，占消费品零售总额的比重提高到60%以上，使之成为吸纳就业的重要渠道和全省经济的重要组成部分。"],
      [],
    );
    // The pace before them names no subject (非公有制经济 is in an earlier clause): no share of that pace, the shares alone,
    // the second of the same subject as the first.
    expect(one(x, "占工业总产值的比重提高到30%以上", "30%").label_zh).toBe("占工业总产值的比重");
    expect(one(x, "占消费品零售总额的比重提高到60%以上", "60%").label_zh).toBe("占消费品零售总额的比重");
  });
  it("of a list of parts, the share of the last part (Dongguan 2005): 155个村、726个组完成改制，分别占全市总数的27.7%和29.3%", () => {
    const x = fixture(["155个村、726个组完成改制，分别占全市总数的27.7%和29.3%。"], []);
    expect(one(x, "29.3%", "29.3%").label_zh).toBe("组完成改制占全市总数");
  });
});
