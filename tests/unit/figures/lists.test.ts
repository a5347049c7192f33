import { describe, expect, it } from "vitest";
import { aggregatesGrowth, completeAggregates, listItems } from "../../../src/lib/figures/lists.ts";
import { extractText, fixture, one, quoting, real, written } from "./helpers.ts";

const zw = real("zhongwei-2020");
const sz = real("shizuishan-2020");

const rows = (e: typeof zw, text: string) =>
  quoting(e, text).map((f) => ({
    label: f.label_zh,
    metric: f.metric,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    direction: f.direction,
    written: written(e, f),
  }));

describe("分别 lists: one record per figure, each with its own indicator", () => {
  it("城镇和农村常住居民人均可支配收入分别增长7.8%和8.2%", () => {
    expect(rows(zw, "城镇和农村常住居民人均可支配收入分别增长7.8%和8.2%")).toEqual([
      { label: "城镇常住居民人均可支配收入增长", metric: "urban_income_growth", value: 7.8, unit: "%", qualifier: null, direction: "up", written: "7.8%" },
      { label: "农村常住居民人均可支配收入增长", metric: "rural_income_growth", value: 8.2, unit: "%", qualifier: null, direction: "up", written: "8.2%" },
    ]);
  });

  it("城乡居民人均可支配收入分别增长8%和9%左右: 城乡 is urban then rural, and 左右 applies to both", () => {
    expect(rows(zw, "城乡居民人均可支配收入分别增长8%和9%左右").map((r) => [r.metric, r.value, r.qualifier])).toEqual([
      ["urban_income_growth", 8, "approx"],
      ["rural_income_growth", 9, "approx"],
    ]);
    expect(rows(sz, "城乡居民人均可支配收入分别增长7.5%和8%").map((r) => [r.metric, r.value])).toEqual([
      ["urban_income_growth", 7.5],
      ["rural_income_growth", 8],
    ]);
  });

  it("PM10、PM2.5浓度分别下降19.6%、5.7%: the shared noun goes to every item", () => {
    expect(rows(zw, "PM10、PM2.5浓度分别下降").map((r) => [r.label, r.metric, r.value, r.direction])).toEqual([
      ["PM10浓度下降", "pm10_concentration_change", 19.6, "down"],
      ["PM2.5浓度下降", "pm25_concentration_change", 5.7, "down"],
    ]);
  });

  it("重大产业、工业技改、高新技术产业投资分别增长7%、20%、9%", () => {
    expect(rows(sz, "重大产业、工业技改、高新技术产业投资").map((r) => [r.label, r.value])).toEqual([
      ["重大产业投资增长", 7],
      ["工业技改投资增长", 20],
      ["高新技术产业投资增长", 9],
    ]);
  });

  it("分别控制在3个、4个、50个工作日内: the last unit and the upper bound apply to all", () => {
    expect(rows(sz, "分别控制在3个、4个、50个工作日内").map((r) => [r.label, r.metric, r.value, r.unit, r.qualifier, r.written])).toEqual([
      ["企业开办", "business_startup_days", 3, "个工作日", "at_most", "3个"],
      ["不动产登记", "property_registration_days", 4, "个工作日", "at_most", "4个"],
      ["社会投资项目施工许可", "construction_permit_days", 50, "个工作日", "at_most", "50个工作日"],
    ]);
  });

  it("a trailing qualifier applies to every figure: 分别增长15%和11%以上, 分别下降12%、11%以上", () => {
    expect(rows(sz, "全市旅游接待人数、收入分别增长15%和11%以上").map((r) => [r.label, r.metric, r.qualifier])).toEqual([
      ["旅游接待人数增长", "tourist_arrivals_growth", "at_least"],
      ["旅游收入增长", "tourism_revenue_growth", "at_least"],
    ]);
    expect(rows(sz, "比2015年分别下降12%、11%以上").map((r) => [r.label, r.qualifier])).toEqual([
      ["PM2.5年均浓度比2015年下降", "at_least"],
      ["PM10年均浓度比2015年下降", "at_least"],
    ]);
  });

  it("a subject-less 分别 takes the figures before it: 接待游客…，旅游总收入…，分别增长12.2%和12.9%", () => {
    const found = zw.figures.filter((f) => ["853万人次", "70亿元", "12.2%", "12.9%"].includes(written(zw, f)));
    expect(found.map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["接待游客", "tourist_arrivals", 853],
      ["旅游总收入", "tourism_revenue", 70],
      ["接待游客增长", "tourist_arrivals_growth", 12.2],
      ["旅游总收入增长", "tourism_revenue_growth", 12.9],
    ]);
    expect(found[2]!.quote).toBe("全年接待游客达853万人次，实现旅游总收入70亿元，分别增长12.2%和12.9%");
  });

  it("占…比重 belongs to every item: 制造业、战略性新兴产业占规上工业增加值比重分别达58%和17.9%", () => {
    expect(rows(zw, "战略性新兴产业占规上工业增加值比重").map((r) => [r.label, r.metric])).toEqual([
      ["制造业占规上工业增加值比重", null],
      ["战略性新兴产业占规上工业增加值比重", null],
    ]);
  });

  it("industries listed whole share no words (Jiangsu 2020: 其中制造业、战略性新兴产业分别增长18%和32%)", () => {
    expect(listItems("其中制造业、战略性新兴产业", 2)).toEqual(["制造业", "战略性新兴产业"]);
  });

  it("takes a 分别 list's items from the clause right before that names them, past figures of other things earlier in the sentence (Xiangyang 2016)", () => {
    const x = fixture(
      ["地区生产总值跃上3000亿元台阶，预计2015年突破3400亿元，是2010年的2.2倍，占全省的比重由“十一五”期末的9.7%提高到11.4%；地方公共财政预算收入、规模以上工业总产值跃居全省第二位，分别达到339.1亿元和6000亿元，分别是2010年的6.6倍和2.6倍。"],
      ["地区生产总值增长8%。"],
    );
    // Neither item is GDP; their rank (跃居全省第二位) is no word of them.
    expect([one(x, "339.1亿元", "339.1亿元"), one(x, "6000亿元", "6000亿元")].map((f) => [f.label_zh, f.metric])).toEqual([
      ["地方公共财政预算收入", "budget_revenue"],
      ["规模以上工业总产值", "industrial_output"],
    ]);
    expect(quoting(x, "3400亿元").map((f) => f.metric)).toContain("gdp");
  });

  it("各 before a change and a list is 分别: each rate its own rise, in 个百分点 (Guyuan 2023: …各提高了10个、3.8个和5个百分点)", () => {
    const x = fixture(["农村垃圾治理率、生活污水治理率、卫生厕所覆盖率分别达到75%、39.8%和55%，各提高了10个、3.8个和5个百分点。"], ["地区生产总值增长6%。"]);
    expect(rows(x, "各提高了").map((r) => [r.label, r.value, r.unit, r.direction, r.written])).toEqual([
      ["农村垃圾治理率提高", 10, "个百分点", "up", "10个"],
      ["生活污水治理率提高", 3.8, "个百分点", "up", "3.8个"],
      ["卫生厕所覆盖率提高", 5, "个百分点", "up", "5个百分点"],
    ]);
    // One figure after 各 is each item's, as before (`示范家庭农场各20家`), not the last item's alone.
    const one = fixture(["创建市级示范合作社、示范家庭农场各20家。"], ["地区生产总值增长6%。"]);
    expect(rows(one, "各20家").map((r) => r.label)).toEqual(["创建市级示范合作社", "示范家庭农场"]);
  });

  it("各 before 由 and a list is 分别 too: each item's level raised to, no 各 in its label (Jiangxi 2016: …人均可支配收入各由15660元、5987元提高到26500元、11139元)", () => {
    const x = fixture(["全省城镇居民和农村居民人均可支配收入各由15660元、5987元提高到26500元、11139元，年均分别增长11.1%和13.2%。"], ["地区生产总值增长6%。"]);
    expect(rows(x, "各由").map((r) => [r.label, r.metric, r.value, r.unit])).toEqual([
      ["全省城镇居民人均可支配收入", "urban_income", 26500, "元"],
      ["农村居民人均可支配收入", "rural_income", 11139, "元"],
      ["全省城镇居民人均可支配收入年均增长", "urban_income_growth", 11.1, "%"],
      ["农村居民人均可支配收入年均增长", "rural_income_growth", 13.2, "%"],
    ]);
  });

  it("one growth after indicators listed with 、 and no 分别 or 均 is each one's (Yinchuan 2022: 旅游人次、总收入增长15%以上)", () => {
    const e = fixture(["地区生产总值增长6%。"], ["办好“一山一河”文化旅游节和中国银川旅行商大会，力争全年旅游人次、总收入增长15%以上。"]);
    expect(rows(e, "旅游人次、总收入").map((r) => [r.label, r.metric, r.value, r.qualifier])).toEqual([
      ["旅游人次增长", "tourist_arrivals_growth", 15, "at_least"],
      ["旅游总收入增长", "tourism_revenue_growth", 15, "at_least"],
    ]);
    // Not a group the items are counted as (Heilongjiang 2003), nor items that share no words (Hebei 2025): one figure.
    const group = fixture(["电子信息、生物制药、新材料三大新兴产业增加值增长70%。电动汽车、锂电池、光伏产品出口表现突出、增长77.6%。"], ["地区生产总值增长6%。"]);
    expect(rows(group, "三大新兴产业").map((r) => r.label)).toEqual(["电子信息、生物制药、新材料三大新兴产业增加值增长"]);
    expect(rows(group, "光伏产品").map((r) => r.value)).toEqual([77.6]);
  });

  it("one growth after two indicators joined by 和 that each write out their shared words is each one's (Jiuquan 2021)", () => {
    const e = fixture(["地区生产总值增长6%。"], ["带动旅游业扩规模、提档次，力争旅游人数和旅游收入增长15%以上。力争精细化工和煤化工产值增长30%以上。"]);
    expect(rows(e, "旅游人数和旅游收入").map((r) => [r.label, r.metric, r.value, r.qualifier])).toEqual([
      ["旅游人数增长", "tourist_arrivals_growth", 15, "at_least"],
      ["旅游收入增长", "tourism_revenue_growth", 15, "at_least"],
    ]);
    // Parts that share no words may be one indicator: one figure.
    expect(rows(e, "煤化工产值").map((r) => r.value)).toEqual([30]);
  });

  it("items that already name their noun keep it: 生产安全死亡人数、环保投诉、信访总量", () => {
    expect(rows(sz, "信访总量分别下降").map((r) => [r.label, r.value])).toEqual([
      ["生产安全死亡人数下降", 27.9],
      ["环保投诉下降", 32.5],
      ["信访总量下降", 21],
    ]);
  });
});

describe("a net increase after its indicators (Nanjing 2012: 地区生产总值、一般预算收入分别净增1000亿元和100亿元以上)", () => {
  it("adds an amount to each indicator and is no level of either; a count's net increase and its total keep their reading", () => {
    const e = fixture(["地区生产总值、一般预算收入分别净增1000亿元和100亿元以上。规模以上工业企业净增407户，达1259户。"], []);
    expect(quoting(e, "分别净增").map((f) => [f.label_zh, f.metric, f.value, f.direction])).toEqual([
      ["地区生产总值净增", null, 1000, "up"],
      ["一般预算收入净增", null, 100, "up"],
    ]);
    expect(quoting(e, "规模以上工业企业净增").map((f) => [f.label_zh, f.value])).toEqual([
      ["规模以上工业企业净增", 407],
      ["规模以上工业企业", 1259],
    ]);
    // A net increase of income per head is its increase, as 增加 is.
    const income = fixture(["城镇居民人均可支配收入净增1000元。"], []);
    expect(income.figures.map((f) => f.metric)).toEqual(["urban_income_change"]);
  });
});

describe("items listed each after its count (Yiyang 2025: 50个省重点项目、438个市重点项目分别完成年度目标任务的110%、106%)", () => {
  it("gives each figure after 分别 to its own item, in their order, the counts kept", () => {
    const e = fixture(["全市到位“三类”中央资金62.88亿元。50个省重点项目、438个市重点项目分别完成年度目标任务的110%、106%。"], []);
    expect(quoting(e, "分别完成").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["省重点项目", 50, "个"],
      ["市重点项目", 438, "个"],
      ["省重点项目完成年度目标任务", 110, "%"],
      ["市重点项目完成年度目标任务", 106, "%"],
    ]);
  });
});

describe("the fiscal revenue on two bases (Siping 2014: 全口径、地方级财政收入分别增长 5%、 8%)", () => {
  it("gives the total fiscal revenue's growth and the budget revenue's, the first labelled 全口径财政收入, not 全口径收入", () => {
    const x = fixture(["预计地区生产总值完成 1210亿元，同比增长 9.5%。"], [
      "2014年主要预期目标是:全市地区生产总值增长 10%;固定资产投资增长 14%;全口径、地方级财政收入分别增长 5%、 8%;社会消费品零售总额增长 10%。",
    ]);
    expect(x.figures.filter((f) => /财政/.test(f.label_zh)).map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["全口径财政收入增长", "fiscal_revenue_total_growth", 5],
      ["地方级财政收入增长", "budget_revenue_growth", 8],
    ]);
  });
});

describe("the rates things are taken up at (Dalian 2017: 全市农业新品种、新技术推广率分别达到99%和87%)", () => {
  it("gives each item the shared 推广率, no bare 农业新品种", () => {
    const x = fixture(["“互联网+现代农业”发展迅速，全市农业新品种、新技术推广率分别达到99%和87%。"], []);
    expect(x.figures.map((f) => [f.label_zh, f.value])).toEqual([
      ["农业新品种推广率", 99],
      ["新技术推广率", 87],
    ]);
  });
});

describe("an addition after its indicators (Jilin 2018: 高速公路、铁路里程分别新增867公里、634公里)", () => {
  it("adds each amount to its item, as 净增 does, and is no level of either", () => {
    const e = fixture(["城乡基础设施明显改善，高速公路、铁路里程分别新增867公里、634公里，“一主多辅”机场格局基本形成。"], []);
    expect(quoting(e, "分别新增").map((f) => [f.label_zh, f.value, f.direction])).toEqual([
      ["高速公路里程新增", 867, "up"],
      ["铁路里程新增", 634, "up"],
    ]);
    // An indicator named before 分别新增 takes the amount as its increase, not as its level.
    const gdp = fixture(["地区生产总值、一般预算收入分别新增1000亿元和100亿元以上。"], []);
    expect(quoting(gdp, "分别新增").map((f) => [f.label_zh, f.metric, f.value, f.direction])).toEqual([
      ["地区生产总值新增", null, 1000, "up"],
      ["一般预算收入新增", null, 100, "up"],
    ]);
    // So do 增收 after the year compared with alone, for the items the clause before names (Longnan 2014), the basis kept
    // before the verb as it is before 增长 (`同比增长`).
    const revenue = fixture(["全市大口径财政收入和公共财政预算收入均实现快速增长，同比分别增收10.2亿元和5.48亿元。"], []);
    expect(quoting(revenue, "分别增收").map((f) => [f.label_zh, f.metric, f.value, f.direction])).toEqual([
      ["大口径财政收入同比增收", null, 10.2, "up"],
      ["公共财政预算收入同比增收", null, 5.48, "up"],
    ]);
    // 新增 that names what is added (Baotou 2024: `分别新增学位2710个、10080个`) keeps its reading.
    const seats = fixture(["新改扩建幼儿园、中小学校22所，分别新增学位2710个、10080个。"], []);
    expect(quoting(seats, "分别新增").map((f) => [f.label_zh, f.value, f.direction])).toEqual([
      ["新增学位", 2710, null],
      ["新增学位", 10080, null],
    ]);
  });
});

describe("a list of multiples after a 分别 list (Guyuan 2022: …分别超过3.23万元、1.32万元，是2016年的1.4倍和1.7倍，年均分别增长7.3％和11.4％)", () => {
  it("gives each multiple, and each average after them, its own item", () => {
    const e = fixture(["城乡居民人均可支配收入预计分别超过3.23万元、1.32万元，是2016年的1.4倍和1.7倍，年均分别增长7.3％和11.4％。"], ["地区生产总值增长7％以上。"]);
    expect(rows(e, "城乡居民人均可支配收入预计").map((r) => [r.label, r.metric, r.written])).toEqual([
      ["城镇居民人均可支配收入", "urban_income", "3.23万元"],
      ["农村居民人均可支配收入", "rural_income", "1.32万元"],
      ["城镇居民人均可支配收入是2016年", null, "1.4倍"],
      ["农村居民人均可支配收入是2016年", null, "1.7倍"],
      ["城镇居民人均可支配收入年均增长", "urban_income_growth", "7.3％"],
      ["农村居民人均可支配收入年均增长", "rural_income_growth", "11.4％"],
    ]);
  });
});

describe("multiples after a subject-less 分别, of the items the clause before gave levels (Lanzhou 2016: …达到593.42亿元和185.19亿元，分别是2010年的1.95倍和2.55倍)", () => {
  it("gives each multiple its own item, as without 分别; a way of counting before the year (按可比口径计算) no word of theirs", () => {
    const e = fixture(["地区财政总收入和一般公共预算收入达到593.42亿元和185.19亿元，分别是2010年的1.95倍和2.55倍。全部财政收入完成1035.2亿元，其中一般预算收入515.7亿元，按可比口径计算分别是2000年的2.65倍和2.15倍。"], ["地区生产总值增长8%。"]);
    expect(rows(e, "").filter((r) => r.written.endsWith("倍")).map((r) => [r.label, r.written])).toEqual([
      ["地区财政总收入是2010年", "1.95倍"],
      ["一般公共预算收入是2010年", "2.55倍"],
      ["全部财政收入是2000年", "2.65倍"],
      ["一般预算收入是2000年", "2.15倍"],
    ]);
  });
});

describe("changes with no subject after a 分别 list of levels (Guizhou 2011: …分别达到14180元和3400元左右，比上年实际增长7%和9%左右，年均分别增长8.3%)", () => {
  it("gives each real growth its own item, the year compared with no word of theirs and 左右 both figures'; the one yearly average after 分别 each item's", () => {
    const e = fixture(["2019年城镇居民人均可支配收入和农民人均纯收入分别达到14180元和3400元左右，比上年实际增长7%和9%左右，年均分别增长8.3%。"], ["地区生产总值增长13%。"]);
    expect(rows(e, "城镇居民人均可支配收入和农民人均纯收入").map((r) => [r.label, r.metric, r.written, r.qualifier])).toEqual([
      ["城镇居民人均可支配收入", "urban_income", "14180元", "approx"],
      ["农民人均纯收入", "rural_net_income", "3400元", "approx"],
      ["城镇居民人均可支配收入实际增长", "urban_income_growth", "7%", "approx"],
      ["农民人均纯收入实际增长", "rural_net_income_growth", "9%", "approx"],
      ["城镇居民人均可支配收入年均增长", "urban_income_growth", "8.3%", null],
      ["农民人均纯收入年均增长", "rural_net_income_growth", "8.3%", null],
    ]);
  });
});

describe("rates of the towns' services after a first item naming the towns (Xinjiang 2021: 全区城镇供水普及率、污水处理率、生活垃圾无害化处理率分别达98%、96.9%、97%)", () => {
  it("gives the towns to every service's rate, the sewage's the towns' sewage treatment rate; another rate stays the place's", () => {
    const e = fixture(["全区城镇供水普及率、污水处理率、生活垃圾无害化处理率分别达98%、96.9%、97%。城市空气质量优良率、森林覆盖率分别达到90%和40%。"], ["地区生产总值增长6%。"]);
    expect(rows(e, "全区城镇供水普及率").map((r) => [r.label, r.metric, r.written])).toEqual([
      ["全区城镇供水普及率", null, "98%"],
      ["全区城镇污水处理率", "sewage_treatment_rate", "96.9%"],
      ["全区城镇生活垃圾无害化处理率", "waste_treatment_rate", "97%"],
    ]);
    expect(rows(e, "森林覆盖率").map((r) => [r.label, r.metric])).toEqual([
      ["城市空气质量优良率", "good_air_days_ratio"],
      ["森林覆盖率", "forest_coverage"],
    ]);
  });
});

describe("均 lists: the one figure applies to each named item", () => {
  it("one rate after a list of whole aggregates is each one's (Mudanjiang 2020: 地区生产总值、固定资产投资、规上工业增加值增长5%以上)", () => {
    const x = fixture(
      ["全市地区生产总值增长4%左右。"],
      ["经济发展预期目标是：地区生产总值、固定资产投资、规上工业增加值增长5%以上，一般公共预算收入增长2%以上，社会消费品零售总额、对外贸易进出口总额增长5%。"],
    );
    const targets = (text: string) => quoting(x, text).filter((f) => f.kind === "target").map((f) => [f.metric, f.value, f.qualifier, f.year]);
    expect(targets("地区生产总值、固定资产投资、规上工业增加值增长5%以上")).toEqual([
      ["gdp_growth", 5, "at_least", 2020],
      ["fixed_investment_growth", 5, "at_least", 2020],
      ["industrial_value_added_growth", 5, "at_least", 2020],
    ]);
    expect(targets("社会消费品零售总额、对外贸易进出口总额增长5%").map((t) => t[0])).toEqual(["retail_sales_growth", "foreign_trade_growth"]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target")).toHaveLength(1);
    // An item that is no aggregate's whole name keeps the one record of the whole subject.
    const y = fixture(["全市地区生产总值增长4%左右。"], ["规模以上工业增加值、利润增长10%。"]);
    expect(quoting(y, "利润增长10%")).toHaveLength(1);
  });

  it("and a yearly average after the list is each one's (Jilin 2011: 城镇居民人均可支配收入、农民人均纯收入年均增长12%)", () => {
    const x = fixture(
      ["全省地区生产总值增长13.7%。"],
      ["《纲要（草案）》提出“十二五”时期经济社会发展的预期性和约束性指标，其中，城镇化率达到60%；城镇居民人均可支配收入、农民人均纯收入年均增长12%，群众生活水平明显提高。"],
    );
    expect(quoting(x, "农民人均纯收入年均增长12%").map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["城镇居民人均可支配收入年均增长", "urban_income_growth", 12],
      ["农民人均纯收入年均增长", "rural_net_income_growth", 12],
    ]);
  });

  it("a list of rates with no subject after a clause that names whole aggregates and no figure is theirs, in order (Yunnan 2016: 全省生产总值、固定资产投资跨上万亿元新台阶，年均增长11.1%和24.7%)", () => {
    const x = fixture(["“十二五”时期是我省发展最快的时期之一。全省生产总值、固定资产投资跨上万亿元新台阶，年均增长11.1%和24.7%。"], ["地区生产总值增长8.5%左右。"]);
    expect(quoting(x, "年均增长11.1%和24.7%").map((f) => [f.label_zh, f.metric, f.value, f.period])).toEqual([
      ["全省生产总值年均增长", "gdp_growth", 11.1, [2011, 2015]],
      ["固定资产投资年均增长", "fixed_investment_growth", 24.7, [2011, 2015]],
    ]);
  });

  it("and so is one rate after two aggregates joined by 和 (Xuzhou 2014: 城镇居民人均可支配收入和农民人均纯收入增长11%左右)", () => {
    const x = fixture(
      ["全市城乡居民收入分别为23670元和12050元，增长9%和12%。"],
      ["到今年底，力争实现以下经济社会发展目标：（1）地区生产总值增长11%左右；（7）城镇居民人均可支配收入和农民人均纯收入增长11%左右；（8）居民消费价格涨幅不高于全省平均水平。"],
    );
    expect(quoting(x, "农民人均纯收入增长11%左右").map((f) => [f.label_zh, f.metric, f.value, f.kind])).toEqual([
      ["城镇居民人均可支配收入增长", "urban_income_growth", 11, "target"],
      ["农民人均纯收入增长", "rural_net_income_growth", 11, "target"],
    ]);
    // Not a list whose first half is no aggregate: 城镇和农村居民人均可支配收入 is one income of two kinds of residents.
    expect(completeAggregates("城镇和农村居民人均可支配收入")).toBeNull();
  });

  it("and so is one yearly average after two aggregates joined by 和 (Dongguan 2012: 城市居民人均可支配收入和农民人均纯收入年均增长8%以上)", () => {
    const x = fixture(
      ["全市生产总值4735亿元，增长8%。"],
      ["未来五年，全市发展的主要目标是：生产总值年均增长8%以上，人均生产总值年均增长7.5%以上，研究与开发经费支出占生产总值比例2.4%，城市居民人均可支配收入和农民人均纯收入年均增长8%以上，单位生产总值能耗降低19.5%。"],
    );
    expect(quoting(x, "农民人均纯收入年均增长8%以上").map((f) => [f.label_zh, f.metric, f.value, f.qualifier])).toEqual([
      ["城市居民人均可支配收入年均增长", "urban_income_growth", 8, "at_least"],
      ["农民人均纯收入年均增长", "rural_net_income_growth", 8, "at_least"],
    ]);
    expect(completeAggregates("城市居民人均可支配收入和农民人均纯收入年均")).toEqual(["城市居民人均可支配收入年均", "农民人均纯收入年均"]);
  });

  it("and so is one yearly average after two aggregates joined by 和 that open a list 、 goes on (Jilin 2013: 全省地区生产总值和公共预算全口径财政收入、地方级财政收入年均增长12%以上)", () => {
    const x = fixture(
      ["去年实现11937.82亿元，年均增长13.8%。"],
      ["今后五年，根据省第十次党代会确定的奋斗目标，全省地区生产总值和公共预算全口径财政收入、地方级财政收入年均增长12%以上，城乡居民人均收入增长与经济增长同步。"],
    );
    expect(quoting(x, "地方级财政收入年均增长12%以上").map((f) => [f.label_zh, f.metric, f.value, f.qualifier])).toEqual([
      ["全省地区生产总值年均增长", "gdp_growth", 12, "at_least"],
      ["公共预算全口径财政收入年均增长", "fiscal_revenue_total_growth", 12, "at_least"],
      ["地方级财政收入年均增长", "budget_revenue_growth", 12, "at_least"],
    ]);
  });

  it("and so is one real rate after two aggregates joined by 和 (Jiangsu 2012: 城镇居民人均可支配收入和农民人均纯收入实际增长10%左右)", () => {
    const x = fixture(
      ["全年地区生产总值48604亿元，比上年增长11%。"],
      ["今年经济社会发展的主要预期目标是：地区生产总值增长10%左右，社会消费品零售总额增长17%，城镇居民人均可支配收入和农民人均纯收入实际增长10%左右，居民消费价格涨幅控制在4%左右。"],
    );
    expect(quoting(x, "农民人均纯收入实际增长10%左右").map((f) => [f.label_zh, f.metric, f.value, f.kind])).toEqual([
      ["城镇居民人均可支配收入实际增长", "urban_income_growth", 10, "target"],
      ["农民人均纯收入实际增长", "rural_net_income_growth", 10, "target"],
    ]);
  });

  it("and so is one growth rate named as a noun after two kinds of investment (Jinhua 2023: 其中制造业投资和高新技术产业投资增速不低于20%)", () => {
    const x = fixture(
      ["全市地区生产总值5562.47亿元、增长2.5%。"],
      ["实施100个标志性重大项目，带动全市完成固定资产投资2250亿元、增长10%以上，其中制造业投资和高新技术产业投资增速不低于20%。"],
    );
    expect(quoting(x, "投资增速不低于20%").map((f) => [f.label_zh, f.metric, f.value, f.kind])).toEqual([
      ["制造业投资增速", "manufacturing_investment_growth", 20, "target"],
      ["高新技术产业投资增速", "high_tech_investment_growth", 20, "target"],
    ]);
    // Not a share of investment, nor a list whose half is no aggregate named whole.
    expect(aggregatesGrowth("制造业投资和高新技术产业投资占比")).toBeNull();
    expect(aggregatesGrowth("重点项目和产业投资增速")).toBeNull();
  });

  it("and so is one growth rate after investment in industry and private investment joined by 和 (Baoshan 2025: 力争产业投资和民间投资增长10%以上)", () => {
    const x = fixture(
      ["全市地区生产总值增长2.6%。产业投资、民间投资分别增长30%、22%。"],
      ["持续开展精准招商，力争省外产业招商到位资金增长10%以上，引进1亿元以上产业项目30个以上。用好政府与社会资本合作新机制，动态发布推介重点民间投资项目，实施民间投资要素保障护航专项行动，力争产业投资和民间投资增长10%以上。"],
    );
    expect(quoting(x, "力争产业投资和民间投资增长10%以上").map((f) => [f.label_zh, f.metric, f.value, f.qualifier, f.kind])).toEqual([
      ["产业投资增长", null, 10, "at_least", "target"],
      ["民间投资增长", "private_investment_growth", 10, "at_least", "target"],
    ]);
    expect(completeAggregates("产业投资和民间投资")).toEqual(["产业投资", "民间投资"]);
  });

  it("and so is one rate after two kinds of residents sharing their income per head (Beijing 2001: 城镇居民和农民人均可支配收入实际增长5%以上)", () => {
    const x = fixture(
      ["全市城乡居民收入分别为23670元和12050元，增长9%和12%。"],
      ["今年国民经济和社会发展的主要预期目标是：国内生产总值增长9%；城镇居民和农民人均可支配收入实际增长5%以上；城镇登记失业率控制在2.5%以内。"],
    );
    expect(quoting(x, "城镇居民和农民人均可支配收入实际增长5%以上").map((f) => [f.label_zh, f.metric, f.value, f.kind])).toEqual([
      ["城镇居民人均可支配收入实际增长", "urban_income_growth", 5, "target"],
      ["农民人均可支配收入实际增长", "rural_income_growth", 5, "target"],
    ]);
    expect(completeAggregates("城镇居民和农民人均可支配收入年均")).toEqual(["城镇居民人均可支配收入年均", "农民人均可支配收入年均"]);
  });

  it("城乡居民人均可支配收入均增长8% gives an urban and a rural record on the same span", () => {
    const found = quoting(sz, "城乡居民人均可支配收入均增长8%");
    expect(found.map((f) => [f.metric, f.value, f.estimate, f.kind])).toEqual([
      ["urban_income_growth", 8, true, "result"],
      ["rural_income_growth", 8, true, "result"],
    ]);
    expect(found[0]!.span).toEqual(found[1]!.span);
  });

  it("发文、会议均减少39%以上 and three items with 均增长8%以上", () => {
    expect(rows(zw, "发文、会议均减少39%以上").map((r) => [r.label, r.metric, r.qualifier, r.direction])).toEqual([
      ["发文减少", "documents_change", "at_least", "down"],
      ["会议减少", "meetings_change", "at_least", "down"],
    ]);
    expect(rows(sz, "均增长8%以上")).toHaveLength(3);
  });

  it("均 with one named item stays one record, and 亩均/人均 are no list markers", () => {
    expect(quoting(zw, "办复率均达到100%")).toHaveLength(1);
    expect(rows(sz, "亩均税收贡献率").map((r) => r.label)).toEqual(["三个开发区投资强度增长", "经济密度增长", "亩均税收贡献率增长"]);
  });
});

describe("one rate of several items", () => {
  it("keeps its indicator once: 人大代表建议、政协委员提案办复率达100% (Wuhai 2024)", () => {
    const e = fixture(["全年办理人大代表建议、政协委员提案186件，人大代表建议、政协委员提案办复率达100%。"], ["地区生产总值增长6%。"]);
    const found = quoting(e, "办复率达100%").filter((f) => f.value === 100);
    expect(found.filter((f) => f.metric === "proposal_reply_rate")).toHaveLength(1);
    expect(found.find((f) => f.metric === "proposal_reply_rate")).toMatchObject({ kind: "result", label_zh: "人大代表建议办复率" });
    // Two rates of one number that are two indicators keep both (城乡居民人均可支配收入均增长8%).
    const both = fixture(["城乡居民人均可支配收入均增长8%。"], ["地区生产总值增长6%。"]);
    expect(quoting(both, "均增长8%").map((f) => f.metric)).toEqual(["urban_income_growth", "rural_income_growth"]);
  });
});

describe("zones set side by side before the measure the last goes on with (Maanshan 2025: 市经开区、慈湖高新区、当涂经开区营收分别突破1200亿元、950亿元、1100亿元)", () => {
  it("give each zone the measure, no bare zone", () => {
    expect(listItems("市经开区、慈湖高新区、当涂经开区营收", 3)).toEqual(["市经开区营收", "慈湖高新区营收", "当涂经开区营收"]);
  });
  it("leave a list of measures whole", () => {
    expect(listItems("高新区生产总值、财政收入", 2)).toEqual(["高新区生产总值", "财政收入"]);
  });
  it("give a zone named by its kind alone, and places named bare before the last zone, its kind and measure (Yinchuan 2026)", () => {
    expect(listItems("经开区、高新区、苏银产业园和永宁、贺兰工业园区工业增加值", 5)).toEqual([
      "经开区工业增加值",
      "高新区工业增加值",
      "苏银产业园工业增加值",
      "永宁工业园区工业增加值",
      "贺兰工业园区工业增加值",
    ]);
    // Bare words with no zone named whole before them may be measures of their own.
    expect(listItems("永宁、贺兰工业园区工业增加值", 2)).toEqual(["永宁增加值", "贺兰工业园区工业增加值"]);
  });
  it("give places named bare before the last zone its kind and the floor space built (Xiamen 2013: 集美、海沧、同安、翔安新城分别完成建筑面积198、174、113、70万平方米)", () => {
    const x = fixture(["集美、海沧、同安、翔安新城分别完成建筑面积198、174、113、70万平方米。"], ["地区生产总值增长11%。"]);
    expect(x.figures.filter((f) => f.unit === "万平方米").map((f) => [f.label_zh, f.value])).toEqual([
      ["集美新城完成建筑面积", 198],
      ["海沧新城完成建筑面积", 174],
      ["同安新城完成建筑面积", 113],
      ["翔安新城完成建筑面积", 70],
    ]);
  });
  it("give a zones' measure named alone after the zones' list each zone's, in their order (Yinchuan 2026)", () => {
    const x = fixture(
      ["地区生产总值增长5.3%。"],
      ["经开区、高新区、苏银产业园和永宁、贺兰工业园区工业增加值分别增长6.5%、10%、15%、6.5%、7%以上，固定资产投资分别增长10%、6%、8%、6%、8%以上，综保区进出口总值增长10%以上。"],
    );
    expect(quoting(x, "固定资产投资分别增长").map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["经开区固定资产投资增长", null, 10],
      ["高新区固定资产投资增长", null, 6],
      ["苏银产业园固定资产投资增长", null, 8],
      ["永宁工业园区固定资产投资增长", null, 6],
      ["贺兰工业园区固定资产投资增长", null, 8],
    ]);
  });
});

describe("listItems", () => {
  it("revenue named bare after tourism's visitors is tourism's (Zhanjiang 2021: 旅游接待过夜旅客、收入年均增长12.8%、21.9%)", () => {
    expect(listItems("全市旅游接待过夜旅客、收入", 2)).toEqual(["旅游接待过夜旅客", "旅游收入"]);
    const x = fixture(["滨海旅游业加快发展，2016-2019年全市旅游接待过夜旅客、收入年均增长12.8%、21.9%，是全国境内游增长最快5大城市之一。"], ["地区生产总值增长7%。"]);
    expect(one(x, "收入年均增长", "21.9%")).toMatchObject({ label_zh: "旅游收入年均增长", metric: "tourism_revenue_growth" });
  });

  it("kinds of a thing, the last named with 类 and the thing after it, are each of that thing (Zhanjiang 2021)", () => {
    expect(listItems("政府投资、社会投资和带方案出让类工程建设项目审批时限", 3)).toEqual([
      "政府投资类工程建设项目审批时限",
      "社会投资类工程建设项目审批时限",
      "带方案出让类工程建设项目审批时限",
    ]);
    const x = fixture(["地区生产总值增长6%。"], ["深化工程建设项目审批制度改革，政府投资、社会投资和带方案出让类工程建设项目审批时限分别压缩至45天、42天和27天。"]);
    expect(quoting(x, "分别").map((f) => [f.label_zh, f.value])).toEqual([
      ["政府投资类工程建设项目审批时限", 45],
      ["社会投资类工程建设项目审批时限", 42],
      ["带方案出让类工程建设项目审批时限", 27],
    ]);
  });

  it("but not a stage of the projects, nor an item that names the thing itself (Bengbu 2020, Mudanjiang 2015)", () => {
    expect(listItems("市高新区开工、竣工亿元以上产业类项目", 2)[0]).not.toBe("市高新区开工类项目");
    expect(listItems("一般项目建设、鼓励类重点项目审批时限", 2)[0]).not.toBe("一般项目建设类重点项目审批时限");
  });

  it("levels of government before the noun they share, the last by one character (Songyuan 2019)", () => {
    expect(listItems("中央和省环保督察反馈问题", 2)).toEqual(["中央环保督察反馈问题", "省环保督察反馈问题"]);
    const x = fixture(["中央和省环保督察反馈问题分别办结98.5%和88.8%，查处环境违法案件213件。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => f.label_zh)).toEqual(["中央环保督察反馈问题办结", "省环保督察反馈问题办结"]);
  });

  it("levels of government fused into one word before the noun they share (Linyi 2018)", () => {
    expect(listItems("市县行政权力事项", 2)).toEqual(["市行政权力事项", "县行政权力事项"]);
    expect(listItems("省市县重点项目", 3)).toEqual(["省重点项目", "市重点项目", "县重点项目"]);
    // Not the levels counted together, their government, nor a word a level opens.
    expect(listItems("市县两级财政收入", 2)).toEqual(["市县两级财政收入", "市县两级财政收入"]);
    expect(listItems("市县政府债务", 2)).toEqual(["市县政府债务", "市县政府债务"]);
    expect(listItems("市场主体", 2)).toEqual(["市场主体", "市场主体"]);
    const x = fixture(["深化放管服改革，市县行政权力事项分别压减34%和27%，市场主体活力进一步增强。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => f.label_zh)).toEqual(["市行政权力事项压减", "县行政权力事项压减"]);
  });

  it("levels counted together are no list, nor a run of them cut short, the level left over read as the noun's (Henan 2011)", () => {
    expect(listItems("省市县三级继续抓好", 2)).toEqual(["省市县三级继续抓好", "省市县三级继续抓好"]);
    expect(listItems("省市县乡四级财政", 2)).toEqual(["省市县乡四级财政", "省市县乡四级财政"]);
    const x = fixture(["地区生产总值增长6%。"], ["完善企业服务长效机制，省市县三级继续分别抓好100家重点企业。"]);
    expect(quoting(x, "重点企业").map((f) => [f.label_zh, f.value])).toEqual([["省市县三级继续抓好", 100]]);
  });

  it("a place's people and a bare area after them are both the place's (Linyi 2018)", () => {
    expect(listItems("中心城区建成区人口和面积", 2)).toEqual(["中心城区建成区人口", "中心城区建成区面积"]);
    expect(listItems("人口和面积", 2)).toEqual(["人口", "面积"]);
    const x = fixture(["中心城区建成区人口和面积分别发展到220万人、231平方公里，实现农业转移人口市民化35万人。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => f.label_zh)).toEqual(["中心城区建成区人口", "中心城区建成区面积"]);
  });

  it("a shared spending or emissions noun goes to every item, whatever the length of the last item's own words (Sichuan 2008)", () => {
    // 科技、教育、卫生、环境保护支出分别增长39.2%、43.2%、59.9%、20.2%: not 科技保护支出.
    expect(listItems("科技、教育、卫生、环境保护支出", 4)).toEqual(["科技支出", "教育支出", "卫生支出", "环境保护支出"]);
    // 二氧化硫、化学需氧量排放分别减少7.9%、4.3%: not 二氧化硫量排放.
    expect(listItems("二氧化硫、化学需氧量排放", 2)).toEqual(["二氧化硫排放", "化学需氧量排放"]);
    expect(listItems("二氧化硫、化学需氧量排放量", 2)).toEqual(["二氧化硫排放量", "化学需氧量排放量"]);
    const x = fixture(["科技、教育、卫生、环境保护支出分别增长39.2%、43.2%、59.9%、20.2%。二氧化硫、化学需氧量排放分别减少7.9%、4.3%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => f.label_zh)).toEqual([
      "科技支出增长",
      "教育支出增长",
      "卫生支出增长",
      "环境保护支出增长",
      "二氧化硫排放减少",
      "化学需氧量排放减少",
    ]);
  });

  it("a shared coverage or turnover goes to every item (Wuzhong 2025: 乡级综合养老服务中心、社区日间照料机构（设施）覆盖率, 排污权、碳排放权交易额)", () => {
    expect(listItems("乡级综合养老服务中心、社区日间照料机构（设施）覆盖率", 2)).toEqual(["乡级综合养老服务中心覆盖率", "社区日间照料机构（设施）覆盖率"]);
    expect(listItems("排污权、碳排放权交易额", 2)).toEqual(["排污权交易额", "碳排放权交易额"]);
    // An item that names its own rate keeps it.
    expect(listItems("互联网普及率、宽带覆盖率", 2)).toEqual(["互联网普及率", "宽带覆盖率"]);
    const x = fixture(
      ["深入推进“六权”改革，用能权完成有偿使用交易第一单，排污权、碳排放权交易额分别增长40%和19.3%。"],
      ["鼓励各类养老服务机构特色化发展，推动乡级综合养老服务中心、社区日间照料机构（设施）覆盖率分别达到60%和90%以上。"],
    );
    expect(quoting(x, "分别").map((f) => [f.label_zh, f.value])).toEqual([
      ["排污权交易额增长", 40],
      ["碳排放权交易额增长", 19.3],
      ["乡级综合养老服务中心覆盖率", 60],
      ["社区日间照料机构（设施）覆盖率", 90],
    ]);
  });

  it("an item that is the last's grade and its noun shares no words with a noun whole before it (Ningxia 2014: 全年文件简报和自治区级会议分别减少50%和40%)", () => {
    expect(listItems("文件简报和自治区级会议", 2)).toEqual(["文件简报", "自治区级会议"]);
    const x = fixture(["改文风、改会风，讲短话、讲实话，全年文件简报和自治区级会议分别减少50%和40%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => [f.label_zh, f.value])).toEqual([
      ["文件简报减少", 50],
      ["自治区级会议减少", 40],
    ]);
  });

  it("the length of lines open to traffic goes to every kind of line, whatever the length of the last item's own words (Shandong 2021)", () => {
    // 高铁、高速公路通车里程分别达到2110公里、7473公里: not 高铁公路通车里程.
    expect(listItems("高铁、高速公路通车里程", 2)).toEqual(["高铁通车里程", "高速公路通车里程"]);
    const x = fixture(["“四横五纵”综合交通大通道日益完善，高铁、高速公路通车里程分别达到2110公里、7473公里，进入全国第一方阵。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => [f.label_zh, f.value])).toEqual([
      ["高铁通车里程", 2110],
      ["高速公路通车里程", 7473],
    ]);
  });

  it("the throughput named once goes to every item, whatever the length of the last item's own words (Qingdao 2013)", () => {
    // 港口和集装箱吞吐量分别达到4.1亿吨、1450万标准箱: not 港口箱吞吐量.
    expect(listItems("港口和集装箱吞吐量", 2)).toEqual(["港口吞吐量", "集装箱吞吐量"]);
    // The airport the last names is every place's (Fujian 2025): not 厦门吞吐量.
    expect(listItems("厦门、福州机场旅客吞吐量", 2)).toEqual(["厦门机场旅客吞吐量", "福州机场旅客吞吐量"]);
    const x = fixture(["青岛港30万吨级矿石码头建成运营，港口和集装箱吞吐量分别达到4.1亿吨、1450万标准箱。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => [f.label_zh, f.value])).toEqual([
      ["港口吞吐量", 4.1],
      ["集装箱吞吐量", 1450],
    ]);
  });

  it("a city's districts and its cities named by one character each share the last item's words (Qingdao 2013: 区、市最低工资标准)", () => {
    expect(listItems("区、市最低工资标准", 2)).toEqual(["区最低工资标准", "市最低工资标准"]);
    const x = fixture(["全市新增就业41.7万人。区、市最低工资标准分别提高12.7%和15.8%，企业退休人员养老金提高14.5%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => [f.label_zh, f.value])).toEqual([
      ["区最低工资标准提高", 12.7],
      ["市最低工资标准提高", 15.8],
    ]);
  });

  it("a share named once after a list is each item's share (Anhui 2015)", () => {
    // 全省已建脱硝设施的火电机组和水泥生产线比例分别达92.3%、81.7%: not a bare 全省已建脱硝设施的火电机组.
    expect(listItems("全省已建脱硝设施的火电机组和水泥生产线比例", 2)).toEqual(["全省已建脱硝设施的火电机组比例", "水泥生产线比例"]);
    // Items of one length share every word after the first's length (Shandong 2021: 居民和职工医保住院报销比例分别提高到70%左右和
    // 80%以上), not the share alone.
    expect(listItems("居民和职工医保住院报销比例", 2)).toEqual(["居民医保住院报销比例", "职工医保住院报销比例"]);
    const x = fixture(["新建29台火电机组和19套水泥脱硝设施，全省已建脱硝设施的火电机组和水泥生产线比例分别达92.3%、81.7%，淘汰燃煤小锅炉2797台。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别").map((f) => [f.label_zh, f.value])).toEqual([
      ["全省已建脱硝设施的火电机组比例", 92.3],
      ["水泥生产线比例", 81.7],
    ]);
  });

  it("distributes shared tails, shared heads and 城乡", () => {
    expect(listItems("城镇和农村常住居民人均可支配收入", 2)).toEqual(["城镇常住居民人均可支配收入", "农村常住居民人均可支配收入"]);
    expect(listItems("城乡居民人均可支配收入", null)).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
    expect(listItems("全市旅游接待人数、收入", 2)).toEqual(["旅游接待人数", "旅游收入"]);
    expect(listItems("政府会议、文件数量", 2)).toEqual(["政府会议数量", "文件数量"]);
    // An item that already ends with the tail's first words does not repeat them.
    expect(listItems("城镇居民、农村居民人均可支配收入", 2)).toEqual(["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
    // Zhejiang 2003: 城镇居民和农村居民人均住房使用面积分别由16.3平方米和37.3平方米增加到20.7平方米和49.5平方米.
    expect(listItems("城镇居民和农村居民人均住房使用面积", 2)).toEqual(["城镇居民人均住房使用面积", "农村居民人均住房使用面积"]);
    // Outputs (Wuhai 2024: 粮食、蔬菜、肉类产量分别增长12.5%、6.3%、9.4%): the grain output is 粮食产量.
    expect(listItems("粮食、蔬菜、肉类产量", 3)).toEqual(["粮食产量", "蔬菜产量", "肉类产量"]);
    // Crops grown (Xiangxi 2022: 烟叶、桑叶种植面积分别达到22万亩、10万亩以上): each the area it is grown on, not its area.
    expect(listItems("烟叶、桑叶种植面积", 2)).toEqual(["烟叶种植面积", "桑叶种植面积"]);
    // Town and country share every word after the last one's (Zhongwei 2016: 城镇、农村常住居民人均收入年均分别增长9%和10%左右),
    // not its noun alone (城镇收入).
    expect(listItems("城镇、农村常住居民人均收入", 2)).toEqual(["城镇常住居民人均收入", "农村常住居民人均收入"]);
    // Two figures of the residents' income with no items named are town's and country's (Wuzhong 2022: 持续提高城乡居民收入，
    // 人均可支配收入年均分别增长7%、8%左右); one is everyone's.
    expect(listItems("人均可支配收入年均", 2)).toEqual(["城镇居民人均可支配收入年均", "农村居民人均可支配收入年均"]);
    expect(listItems("居民人均可支配收入", 1)).toEqual(["居民人均可支配收入"]);
  });

  it("gives a bare later item the first item's words before its whole noun (Wuzhou 2023: 规上工业总产值和增加值分别增长15%和10%左右)", () => {
    expect(listItems("规上工业总产值和增加值", 2)).toEqual(["规上工业总产值", "规上工业增加值"]);
    const x = fixture(["地区生产总值增长4%。"], ["力争规上工业总产值和增加值分别增长15%和10%左右，第二产业增加值增长8.6%。"]);
    expect(one(x, "分别增长15%和10%左右", "10%")).toMatchObject({ label_zh: "规上工业增加值增长", metric: "industrial_value_added_growth" });
    // The total's own words stay with a later item that has them (旅游人次和总收入 → 旅游总收入).
    expect(listItems("旅游人次和总收入", 2)).toEqual(["旅游人次", "旅游总收入"]);
    // So is a total of visits's 总 (Jiangxi 2020: 旅游接待总人次和总收入分别增长15.65%、18.55%): the revenue is 旅游总收入.
    expect(listItems("旅游接待总人次和总收入", 2)).toEqual(["旅游接待总人次", "旅游总收入"]);
    const y = fixture(["地区生产总值增长8.0%。"], ["武功山获评国家5A级景区，旅游接待总人次和总收入分别增长15.65%、18.55%。"]);
    expect(one(y, "分别增长15.65%、18.55%", "18.55%")).toMatchObject({ label_zh: "旅游总收入增长", metric: "tourism_revenue_growth" });
  });

  it("gives an item that names its measure already nothing of the last item (Enshi 2023: 工业投资、工业技改投资分别增长12%、15%)", () => {
    expect(listItems("工业投资、工业技改投资", 2)).toEqual(["工业投资", "工业技改投资"]);
    // Items of one length that name no measure still share the last item's (肉牛、肉羊饲养量).
    expect(listItems("肉牛、肉羊饲养量", 2)).toEqual(["肉牛饲养量", "肉羊饲养量"]);
    // Recovered for use (Baotou 2022).
    expect(listItems("畜禽粪污、秸秆和废旧地膜回收利用率", 3)).toEqual(["畜禽粪污回收利用率", "秸秆回收利用率", "废旧地膜回收利用率"]);
    // Not after rates of other things named bare (Hulunbuir 2021).
    expect(listItems("卫生厕所普及、行政嘎查村生活垃圾治理、畜禽粪污资源化利用率", 3)[0]).not.toBe("卫生厕所普及资源化利用率");
  });

  it("splits no list inside brackets: it is one item's own words (Sanming 2016: 确保每个县（市、区）新开工、建成或部分建成项目各10个以上)", () => {
    expect(listItems("每个县（市、区）新开工、建成或部分建成项目", null)).toEqual(["每个县（市、区）新开工", "建成或部分建成项目"]);
    const x = fixture(["地区生产总值增长8.5%。"], ["实施470个市级以上重点项目，完成投资580亿元以上，确保每个县（市、区）新开工、建成或部分建成项目各10个以上。"]);
    expect(quoting(x, "各10个以上").map((f) => [f.label_zh, written(x, f)])).toEqual([
      ["每个县（市、区）新开工", "10个"],
      ["建成或部分建成项目", "10个"],
    ]);
  });

  it("gives every figure the whole subject when the items do not match their number", () => {
    expect(listItems("软件和信息技术服务业增加值", 3)).toEqual(Array(3).fill("软件和信息技术服务业增加值"));
  });
});

describe("a list in a copy that spaces its numbers (Yulin 2014: 城乡居民收入分别达到 26820 元、 8687 元，增长 11.1% 、 13.1% )", () => {
  it("gives each figure its own item, as without the spaces", () => {
    const e = fixture(["城乡居民人均可支配收入分别达到 26820 元、 8687 元，增长 11.1% 、 13.1% 。粮食种植面积、产量稳定在 302.5 万亩 、 104.1 万吨。"], ["地区生产总值增长 8% 。"]);
    expect(one(e, "增长 11.1% 、 13.1%", "11.1%")).toMatchObject({ label_zh: "城镇居民人均可支配收入增长", metric: "urban_income_growth" });
    expect(one(e, "增长 11.1% 、 13.1%", "13.1%")).toMatchObject({ label_zh: "农村居民人均可支配收入增长", metric: "rural_income_growth" });
    expect(one(e, "104.1 万吨", "104.1 万吨")).toMatchObject({ label_zh: "粮食产量", metric: "grain_output" });
  });
});

describe("a 分别 list of growths over last year after the levels it pairs (Hainan 2012)", () => {
  it("分别比上年实际增长11.8%和13.4% after two incomes is each income's real growth", () => {
    const x = fixture(
      ["城镇居民人均可支配收入18369元，农村居民人均纯收入6446元，分别比上年实际增长11.8%和13.4%;居民消费价格涨幅6.1%。"],
      ["生产总值增长13%左右。"],
    );
    expect(quoting(x, "分别比上年实际增长").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["11.8%", "城镇居民人均可支配收入实际增长", "urban_income_growth"],
      ["13.4%", "农村居民人均纯收入实际增长", "rural_net_income_growth"],
    ]);
  });
});

describe("a yearly average opening the first item of a list (Anyang 2023: 年均新增城镇就业8.4万人、农村劳动力转移就业2.4万人)", () => {
  it("marks every item an average over the years looked back on, as the first", () => {
    const x = fixture(["五年来，我们坚持就业优先，年均新增城镇就业8.4万人、农村劳动力转移就业2.4万人。"], []);
    const first = one(x, "年均新增城镇就业8.4万人", "8.4万人");
    const second = one(x, "农村劳动力转移就业2.4万人", "2.4万人");
    expect([first.label_zh, first.metric, first.period]).toEqual(["年均新增城镇就业", "urban_jobs_new", [2015, 2019]]);
    expect([second.label_zh, second.metric, second.period]).toEqual(["农村劳动力转移就业年均", "rural_labor_transfer", [2015, 2019]]);
  });
});

describe("an item the last item of a list contains (Nanping 2018: 满意和基本满意率均为100%)", () => {
  it("takes the words that follow it there: 满意率, not 满意满意率", () => {
    const x = fixture(["提请审议人大代表建议222件，政协委员提案294件，满意和基本满意率均为100%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "满意和基本满意率").map((f) => [f.label_zh, f.value])).toEqual([
      ["满意率", 100],
      ["基本满意率", 100],
    ]);
  });
});

describe("an item that is half of a word the last item completes, before a rate of change (Zibo 2020: 人民币各项存、贷款余额增速分别达到8.9%和12.1%)", () => {
  it("names each whole, the rate each one's: 人民币各项存款余额增速 and 人民币各项贷款余额增速", () => {
    const x = fixture(["建成运行智慧金融综合服务平台，预计人民币各项存、贷款余额增速分别达到8.9%和12.1%，存贷比较年初提高1.9个百分点。"], ["地区生产总值增长6.5%左右。"]);
    expect(quoting(x, "存、贷款余额增速").map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["人民币各项存款余额增速", "deposits_balance_growth", 8.9],
      ["人民币各项贷款余额增速", "loans_balance_growth", 12.1],
    ]);
  });
});

describe("an item that is half of a word the last item completes (Yibin 2016: 银行存、贷款余额; 大、中专毕业生)", () => {
  it("names each whole: 银行存款余额 and 银行贷款余额, 大专 and 中专", () => {
    const x = fixture(["金融业加快发展，2015年末银行存、贷款余额分别是2010年末的2倍和2.4倍。金融机构存、贷款余额分别为690亿元、490亿元。"], ["力争大、中专毕业生当年就业率分别达到90%和95%以上。"]);
    expect(quoting(x, "银行存、贷款余额").map((f) => f.label_zh.replace(/是.*$/, ""))).toEqual(["银行存款余额", "银行贷款余额"]);
    expect(quoting(x, "金融机构存、贷款余额").map((f) => f.label_zh)).toEqual(["金融机构存款余额", "金融机构贷款余额"]);
    expect(quoting(x, "大、中专").map((f) => f.label_zh)).toEqual(["大专毕业生当年就业率", "中专毕业生当年就业率"]);
  });
});

describe("an item that is half of a word the last item completes, after a whole item (Xingtai 2024: 工业用电量和金融机构存、贷款余额)", () => {
  it("names the pair whole, the item before it as it is: 金融机构存款余额 and 金融机构贷款余额", () => {
    const x = fixture(["工业用电量和金融机构存、贷款余额分别增长12.8%、13.4%、14.9%，先行指标保持全省前列。"], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(x, "存、贷款余额").map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["工业用电量增长", null, 12.8],
      ["金融机构存款余额增长", "deposits_balance_growth", 13.4],
      ["金融机构贷款余额增长", "loans_balance_growth", 14.9],
    ]);
  });
});

describe("an item that is a whole word one half of a pair opens, the last opening with the other's (Wuhu 2021: 金融机构人民币各项存款、贷款余额)", () => {
  it("names each whole, the deposits' growth too: 金融机构人民币各项存款余额 and 金融机构人民币各项贷款余额; 大型、中型企业", () => {
    const x = fixture(["金融机构人民币各项存款、贷款余额分别增长12.9%、9%。扶持大型、中型企业分别达到20家、50家。"], ["地区生产总值增长8.5%左右。"]);
    expect(quoting(x, "存款、贷款余额").map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["金融机构人民币各项存款余额增长", "deposits_balance_growth", 12.9],
      ["金融机构人民币各项贷款余额增长", "loans_balance_growth", 9],
    ]);
    expect(quoting(x, "大型、中型企业").map((f) => f.label_zh)).toEqual(["扶持大型企业", "扶持中型企业"]);
  });
});

describe("an item naming a flow of trade before a longer last item (Xiangyang 2019: 外贸出口和实际外商直接投资额分别增长8%)", () => {
  it("takes none of the last item's words: the exports' growth, no 外贸出口直接投资额", () => {
    const x = fixture(["外贸出口额增长26.7%。"], ["地区生产总值增长8%左右，外贸出口和实际外商直接投资额分别增长8%，城镇登记失业率控制在4.5%以内。"]);
    expect(quoting(x, "外贸出口和实际外商直接投资额").map((f) => f.label_zh)).toEqual(["外贸出口增长", "实际外商直接投资额增长"]);
    expect(quoting(x, "外贸出口和实际外商直接投资额")[0]!.metric).toBe("exports_growth");
  });
});

describe("a year alone before 分别 (Wuxi 2017: …的情况得以改变，2016年分别突破1.5万亿元、3000亿元)", () => {
  it("is no subject: the items are named by the clause before, or else none, never the year", () => {
    const x = fixture(["规模以上工业总产值和增加值多年徘徊不前的情况得以改变，2016年分别突破1.5万亿元、3000亿元，达1.51万亿元和3075亿元。"], []);
    const labels = quoting(x, "2016年分别突破").map((f) => [f.label_zh, f.year]);
    expect(labels.length).toBe(4);
    for (const [label, year] of labels) {
      expect(label).not.toMatch(/^2016年/);
      expect(year).toBe(2016);
    }
  });
  it("so is a year alone before a single figure (Yibin 2016: 高考本科上线人数实现“十连增”，2015年达13937人)", () => {
    const x = fixture(["高考本科上线人数实现“十连增”，2015年达13937人，重本上线人数比上年增长53.2%。"], []);
    const f = one(x, "2015年达13937人", "13937人");
    expect([f.label_zh.startsWith("2015年"), f.year]).toEqual([false, 2015]);
  });
});

describe("an item that names the noun the last item repeats (Heilongjiang 2021: 八类案件及涉众型经济犯罪案件立案分别下降18%、35.8%)", () => {
  it("takes only the words after that noun: 八类案件立案, not 八类案件济犯罪案件立案", () => {
    expect(listItems("八类案件及涉众型经济犯罪案件立案", 2)).toEqual(["八类案件立案", "涉众型经济犯罪案件立案"]);
    // Items of one length that name no such noun still share the last one's words (肉牛饲养量).
    expect(listItems("肉牛、肉羊饲养量", 2)).toEqual(["肉牛饲养量", "肉羊饲养量"]);
    // Not after rates of other things named bare (Hulunbuir 2021).
    expect(listItems("卫生厕所普及、行政嘎查村生活垃圾治理、畜禽粪污资源化利用率", 3)[0]).not.toBe("卫生厕所普及资源化利用率");
  });
});

describe("the number of a list item run into the text (Enshi 2014: …实施4万户清洁能源入户工程；3.实施农村公路通畅工程1200公里)", () => {
  it("is no word of the quote, nor of the label", () => {
    const x = fixture(
      [],
      [
        "今年我们将继续实施十大民生工程：1.新建保障性住房2.4万套，改造农村危房1万户、特色民居8000户；2.解决30万农村人口的饮水安全问题，实施4万户清洁能源入户工程；3.实施农村公路通畅工程1200公里，配套实施农村公路安保工程1500公里。",
        "2、新改扩建公益普惠性幼儿园40所、中小学校20所。",
      ],
    );
    expect([one(x, "通畅工程", "1200公里")].map((f) => [f.quote, f.label_zh, f.metric])).toEqual([["实施农村公路通畅工程1200公里", "实施农村公路通畅工程", "rural_road_length"]]);
    expect(one(x, "保障性住房", "2.4万套").quote).toBe("新建保障性住房2.4万套");
    expect(one(x, "饮水安全", "30万").quote).toBe("解决30万农村人口的饮水安全问题");
    expect(one(x, "公益普惠性幼儿园", "40所").quote).toBe("新改扩建公益普惠性幼儿园40所、中小学校20所");
  });

  it("so is a number in brackets (Jiamusi 2014: …8000人次以上。（2）…（3）转移农村劳动力36.5万人次)", () => {
    const x = fixture([], [
      "（六）加大力度，构建民生幸福城市。（1）健全面向全体劳动者的职业培训制度，全市培训城乡劳动者6万人以上。（3）转移农村劳动力36.5万人次，实现劳务收入36.5亿元以上。（7）全市新建公共租赁住房1220套。",
    ]);
    expect(one(x, "转移农村劳动力", "36.5万人次").quote).toBe("转移农村劳动力36.5万人次");
    expect(one(x, "公共租赁住房", "1220套").quote).toBe("全市新建公共租赁住房1220套");
  });
});

describe("an item numbered in Chinese numerals (Zunyi 2014's 民生实事: 五、完成1.6万人生态移民)", () => {
  it("is no word of the quote, nor of the label; a run of numerals and a name made of numerals stay", () => {
    const x = fixture(
      [],
      [
        "今年为民办十件实事。二、实施通村油（水泥）路3000公里。五、完成1.6万人生态移民。九、按照不低于10%的增幅提高城乡最低生活保障标准。十二、新建乡镇综合文化站12个。",
        "结构持续优化。一、二、三产业比重调整为6.9∶52.6∶40.5。三一、中联、中烟3家企业年销售收入均过300亿元。",
      ],
    );
    expect([one(x, "通村油", "3000公里")].map((f) => [f.quote, f.label_zh])).toEqual([["实施通村油（水泥）路3000公里", "实施通村油（水泥）路"]]);
    expect(one(x, "生态移民", "1.6万人").quote).toBe("完成1.6万人生态移民");
    expect(one(x, "最低生活保障", "10%").label_zh.startsWith("九、")).toBe(false);
    expect(one(x, "文化站", "12个").quote).toBe("新建乡镇综合文化站12个");
    expect(x.figures.filter((f) => f.quote.includes("产业比重")).map((f) => f.quote.slice(0, 8))).toEqual(["一、二、三产业比"]);
    expect(one(x, "中烟", "3家").quote.startsWith("三一、中联")).toBe(true);
  });
});

describe("two wholes' counts of one noun joined by 和 (Ganzi 2019: 全力办好全省30件民生实事和全州28件民生实事)", () => {
  it("labels the first without the whole the second opens with, and gives the province's none of the city's indicators", () => {
    const x = fixture([], ["全力办好全省30件民生实事和全州28件民生实事。"]);
    expect(x.figures.map((f) => [f.value, f.label_zh, f.metric])).toEqual([
      [30, "办好全省民生实事", null],
      [28, "民生实事", "livelihood_projects"],
    ]);
  });
});

describe("a measure per unit of output opening a list (Shenzhen 2007: 万元GDP建设用地、能耗和水耗分别下降10%、2.75%和4%)", () => {
  it("is every bare later item's: 万元GDP能耗, 万元GDP水耗", () => {
    expect(listItems("万元GDP建设用地、能耗和水耗", 3)).toEqual(["万元GDP建设用地", "万元GDP能耗", "万元GDP水耗"]);
    expect(listItems("单位地区生产总值能耗、水耗", 2)).toEqual(["单位地区生产总值能耗", "单位地区生产总值水耗"]);
    const x = fixture([], ["本市生产总值增长13%；万元GDP建设用地、能耗和水耗分别下降10%、2.75%和4%。"]);
    expect(one(x, "万元GDP建设用地、能耗和水耗分别下降10%、2.75%和4%", "2.75%")).toMatchObject({ label_zh: "万元GDP能耗下降", metric: "energy_intensity_change" });
  });

  it("so in Ningxia 2021: 单位GDP用水量、煤炭消耗、电力消耗均下降15% gives 单位GDP煤炭消耗下降 and 单位GDP电力消耗下降", () => {
    const labels = quoting(real("ningxia-2021"), "单位GDP用水量、煤炭消耗、电力消耗均下降15%").map((f) => f.label_zh);
    expect(labels).toEqual(expect.arrayContaining(["单位GDP煤炭消耗下降", "单位GDP电力消耗下降"]));
  });

  it("the energy a unit of output uses takes no tail of the emissions after it, which are per unit of output too (Chongqing 2017: 全市单位生产总值能耗和二氧化碳排放量均下降6%)", () => {
    expect(listItems("单位生产总值能耗和二氧化碳排放量", null)).toEqual(["单位生产总值能耗", "单位生产总值二氧化碳排放量"]);
    const x = fixture(["全市单位生产总值能耗和二氧化碳排放量均下降6%，超额完成国家下达的节能减排任务。"], ["生产总值增长10%左右。"]);
    expect(quoting(x, "全市单位生产总值能耗和二氧化碳排放量均下降6%").map((f) => [f.label_zh, f.metric])).toEqual([
      ["单位生产总值能耗下降", "energy_intensity_change"],
      ["单位生产总值二氧化碳排放量下降", "carbon_intensity_change"],
    ]);
  });

  it("leaves items that name a measure of their own alone (单位GDP能耗、人均用水量)", () => {
    expect(listItems("单位GDP能耗、人均用水量", 2)).toEqual(["单位GDP能耗", "人均用水量"]);
  });
});

describe("emissions cut (Shenzhen 2007: 二氧化硫和化学需氧量排放量分别削减5%和1.5%)", () => {
  it("削减 is a fall, and each pollutant's emissions are named whole", () => {
    expect(listItems("二氧化硫和化学需氧量排放量", 2)).toEqual(["二氧化硫排放量", "化学需氧量排放量"]);
    const x = fixture([], ["地区生产总值增长13%；二氧化硫和化学需氧量排放量分别削减5%和1.5%。"]);
    expect(one(x, "二氧化硫和化学需氧量排放量分别削减5%和1.5%", "5%")).toMatchObject({ label_zh: "二氧化硫排放量削减", direction: "down", value: 5 });
    expect(one(x, "二氧化硫和化学需氧量排放量分别削减5%和1.5%", "1.5%")).toMatchObject({ label_zh: "化学需氧量排放量削减", direction: "down" });
  });
});

describe("the three sectors named together before three figures (Guizhou 2006: 其中，三次产业年均分别增长3.7%、12.7%和11.7%)", () => {
  it("gives each figure its sector, first to third", () => {
    expect(listItems("三次产业年均", 3)).toEqual(["第一产业年均", "第二产业年均", "第三产业年均"]);
    const x = fixture(["全省生产总值从2000年的1029.9亿元增加到2005年的1910亿元，年均增长10.2%左右。其中，三次产业年均分别增长3.7%、12.7%和11.7%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "三次产业年均分别增长").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["3.7%", "第一产业年均增长"],
      ["12.7%", "第二产业年均增长"],
      ["11.7%", "第三产业年均增长"],
    ]);
  });

  it("leaves their structure one figure, and a single figure of the three the list's", () => {
    expect(listItems("三次产业结构", 1)).toEqual(["三次产业结构"]);
    expect(listItems("三次产业年均", 1)).toEqual(["三次产业年均"]);
  });
});

describe("a pollutant named by its measure before the emissions a list shares (Qinghai 2009: 年内化学需氧量、二氧化硫排放总量分别控制在7.7万吨和13.7万吨以内)", () => {
  it("takes the emissions as the later pollutant does", () => {
    expect(listItems("化学需氧量、二氧化硫排放总量", 2)).toEqual(["化学需氧量排放总量", "二氧化硫排放总量"]);
    expect(listItems("化学需氧量、氨氮排放量", 2)).toEqual(["化学需氧量排放量", "氨氮排放量"]);
  });

  it("leaves a measure of its own before another noun's measure a list of two measures", () => {
    expect(listItems("粮食产量、油料播种面积", 2)).toEqual(["粮食产量", "油料播种面积"]);
  });
});

describe("items of kinds of different lengths before the noun they share (Jilin 2026: 国家级、部级创新平台分别达到22家、182家)", () => {
  it("the first takes the words after the last's kind, not after its own length", () => {
    expect(listItems("国家级、部级创新平台", 2)).toEqual(["国家级创新平台", "部级创新平台"]);
    expect(listItems("省级、市级重点实验室", 2)).toEqual(["省级重点实验室", "市级重点实验室"]);
    // Not a character inside a word that ends the first item as well (价 in 消费价格).
    expect(listItems("全区零售物价、居民消费价格涨幅", 2)).toEqual(["全区零售物价涨幅", "居民消费价格涨幅"]);
  });
});

describe("a list summed up by the word for them (Chongqing 2019: 全社会用电量、货运量、中长期贷款余额等先行指标分别增长12.3%、11.2%、15.3%)", () => {
  it("keeps 等先行指标 out of the last item", () => {
    const x = fixture(["预期稳，全社会用电量、货运量、中长期贷款余额等先行指标分别增长12.3%、11.2%、15.3%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "等先行指标").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["12.3%", "全社会用电量增长"],
      ["11.2%", "货运量增长"],
      ["15.3%", "中长期贷款余额增长"],
    ]);
    expect(listItems("地区生产总值、财政收入等主要指标", 2)).toEqual(["地区生产总值", "财政收入"]);
  });

  it("keeps their count out of the last item with no 等 before it (Yiyang 2022: 生产安全事故起数、死亡人数、直接经济损失数三项指标分别下降…)", () => {
    const x = fixture(["生产安全事故起数、死亡人数、直接经济损失数三项指标分别下降17.4%、20.5%、18.5%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "三项指标").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["17.4%", "生产安全事故起数下降"],
      ["20.5%", "死亡人数下降"],
      ["18.5%", "直接经济损失数下降"],
    ]);
  });
});

describe("a list whose last item's own words are not the first's length (Fujian 2001)", () => {
  it("shares the measure whole: 城镇居民和农民恩格尔系数, 高中阶段教育和高等教育毛入学率", () => {
    expect(listItems("城镇居民和农民恩格尔系数", 2)).toEqual(["城镇居民恩格尔系数", "农民恩格尔系数"]);
    expect(listItems("高中阶段教育和高等教育毛入学率", 2)).toEqual(["高中阶段教育毛入学率", "高等教育毛入学率"]);
  });
});

describe("a last item that is a whole measure, or whose words only seem to share the first item's last character (Qingdao 2019)", () => {
  it("lends no shorter measure nor words cut inside a word", () => {
    // 市直企业资产、主营业务收入分别增长15.3%、11.3%: 主营业务收入 is a measure whole, no 业务收入 to lend.
    expect(listItems("市直企业资产、主营业务收入", 2)).toEqual(["市直企业资产", "主营业务收入"]);
    // 海洋化工、海洋工程建筑业增加值均增长20%以上: the 工 of 工程 is no end of a noun like 化工's.
    expect(listItems("海洋化工、海洋工程建筑业增加值", 2)).toEqual(["海洋化工增加值", "海洋工程建筑业增加值"]);
    // The words between the noun and the measure are still shared (Dandong 2022, Ningxia).
    expect(listItems("种植业、畜牧业良种覆盖率", 2)).toEqual(["种植业良种覆盖率", "畜牧业良种覆盖率"]);
  });
});

describe("services named before the business volume they share (Guangxi 2019: 邮政、电信业务总量分别增长44.5%和1.9倍)", () => {
  it("gives each its business volume", () => {
    expect(listItems("邮政、电信业务总量", 2)).toEqual(["邮政业务总量", "电信业务总量"]);
    expect(listItems("邮政、电信业务收入", 2)).toEqual(["邮政业务收入", "电信业务收入"]);
    // Shangrao 2016: 上饶经开区、广丰经开区主营业务收入分别突破700亿元、500亿元.
    expect(listItems("上饶经开区、广丰经开区主营业务收入", 2)).toEqual(["上饶经开区主营业务收入", "广丰经开区主营业务收入"]);
    const x = fixture(["现代物流、金融保险、健康养老、电商等蓬勃发展。邮政、电信业务总量分别增长44.5%和1.9倍。旅游总消费增长36.5%。"], ["地区生产总值增长7%左右。"]);
    expect(quoting(x, "邮政、电信业务总量").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["44.5%", "邮政业务总量增长"],
      ["1.9倍", "电信业务总量增长"],
    ]);
  });
});

describe("a list whose last item counts the items before the noun they share (Wuzhong 2023)", () => {
  it("金积、太阳山、青铜峡三个工业园区产值均超过200亿元 gives each park's output, the count no word of any", () => {
    const x = fixture([
      "新增“专精特新”中小企业16家、产值过亿元企业10家、规上工业企业26家，5个化工园区安全风险等级全部降为C级，金积、太阳山、青铜峡三个工业园区产值均超过200亿元；成功举办第二届早茶美食文化节等系列促消费活动。",
    ], ["地区生产总值增长6.5%。"]);
    expect(x.figures.filter((f) => f.value === 200).map((f) => [f.label_zh, f.metric])).toEqual([
      ["金积工业园区产值", null],
      ["太阳山工业园区产值", null],
      ["青铜峡工业园区产值", null],
    ]);
  });

  it("but not when the count is not the number of items named (甲、乙、丙两个…)", () => {
    expect(listItems("甲、乙、丙两个工业园区产值", null)).not.toContain("甲工业园区产值");
  });
});

describe("sectors named before the share of investment they share (Jilin City 2014: 服务业、战略性新兴产业投资比重分别提高到40%和10%以上)", () => {
  it("gives each its share of the investment, the services' none of the services' share of the economy", () => {
    expect(listItems("服务业、战略性新兴产业投资比重", 2)).toEqual(["服务业投资比重", "战略性新兴产业投资比重"]);
    const x = fixture([], [
      "抓好项目建设和招商引资工作。有效优化投资结构。实施“产业升级百项重点工程”，服务业、战略性新兴产业投资比重分别提高到40%和10%以上；亿元以上重大项目力争达到500项，占全市投资总额的45%以上。",
      "地区生产总值可比增长10%。",
    ]);
    expect(quoting(x, "服务业、战略性新兴产业投资比重").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["40%", "服务业投资比重", null],
      ["10%", "战略性新兴产业投资比重", null],
    ]);
  });
});

describe("places listed before the share of good-air days they share (Zunyi 2022)", () => {
  it("each take the whole measure: 中心城区、县城环境空气质量优良率分别达98%和97%以上", () => {
    expect(listItems("中心城区、县城环境空气质量优良率", 2)).toEqual(["中心城区环境空气质量优良率", "县城环境空气质量优良率"]);
    expect(listItems("城市、农村空气质量优良天数比例", 2)).toEqual(["城市空气质量优良天数比例", "农村空气质量优良天数比例"]);
    const x = fixture(["全年地区生产总值增长10.3%。"], ["强化城市扬尘污染治理精细化管控，确保中心城区、县城环境空气质量优良率分别达98%和97%以上。"]);
    expect([one(x, "空气质量优良率", "98%"), one(x, "空气质量优良率", "97%")].map((f) => [f.label_zh, f.value, f.metric])).toEqual([
      ["中心城区环境空气质量优良率", 98, null],
      ["县城环境空气质量优良率", 97, null],
    ]);
  });
});

describe("places listed before the share of waste treated they share (Zunyi 2020)", () => {
  it("each take the whole measure: 设市城市、县城建成区生活垃圾无害化处理率分别达95%、90%以上", () => {
    expect(listItems("设市城市、县城建成区生活垃圾无害化处理率", 2)).toEqual(["设市城市生活垃圾无害化处理率", "县城建成区生活垃圾无害化处理率"]);
    const x = fixture(["全年地区生产总值增长9.7%。"], ["建成投运仁怀市垃圾焚烧发电项目（一期），设市城市、县城建成区生活垃圾无害化处理率分别达95%、90%以上。"]);
    expect([one(x, "无害化处理率", "95%"), one(x, "无害化处理率", "90%")].map((f) => [f.label_zh, f.value, f.qualifier])).toEqual([
      ["设市城市生活垃圾无害化处理率", 95, "at_least"],
      ["县城建成区生活垃圾无害化处理率", 90, "at_least"],
    ]);
  });
});

describe("a real change after the items a list names (Guizhou 2006)", () => {
  it("is each item's: 城镇居民人均可支配收入和农民人均纯收入年均分别实际增长7%和5%以上 labels both real yearly growths", () => {
    expect(listItems("城镇居民人均可支配收入和农民人均纯收入年均实际", 2)).toEqual(["城镇居民人均可支配收入年均实际", "农民人均纯收入年均实际"]);
    const x = fixture(
      ["全省生产总值增长11.5%。"],
      [
        "“十一五”时期我省经济社会发展的主要预期调控指标是:生产总值年均增长10%以上；城镇居民人均可支配收入和农民人均纯收入年均分别实际增长7%和5%以上；到2010年，人口自然增长率下降到6‰左右。",
        "今年全省经济社会发展的主要预期目标是:生产总值增长10%以上；城镇居民人均可支配收入和农民人均纯收入分别实际增长7%和5%以上。",
      ],
    );
    expect(x.figures.filter((f) => /income_growth/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value, f.period])).toEqual([
      ["urban_income_growth", "城镇居民人均可支配收入年均实际增长", 7, [2006, 2010]],
      ["rural_net_income_growth", "农民人均纯收入年均实际增长", 5, [2006, 2010]],
      ["urban_income_growth", "城镇居民人均可支配收入实际增长", 7, null],
      ["rural_net_income_growth", "农民人均纯收入实际增长", 5, null],
    ]);
  });
});

describe("the end of a year named between the items and 分别 (Guizhou 2003)", () => {
  it("is no word of the last item: 全部金融机构存、贷款余额2002年底分别达到1553亿元和1404亿元 gives the deposits and the loans", () => {
    const md = [
      "---", "title: 测试省2003年政府工作报告", "---", "", "（2003年1月12日 张三）", "",
      "各位代表，现在，我代表省人民政府，向大会作工作报告。", "",
      "**一、关于过去五年的政府工作回顾**", "",
      "五年累计完成全社会固定资产投资2207亿元。全部金融机构存、贷款余额2002年底分别达到1553亿元和1404亿元，比1997年底增长1.2倍和84.3%;金融产品向多元化方向发展。", "",
      "**二、关于2003年政府工作的目标和重点**", "",
      "今年经济社会发展的主要预期目标是:国内生产总值增长9%。",
    ].join("\n");
    const x = extractText("ceshi-2003.md", md);
    expect(x.figures.filter((f) => /余额/.test(f.label_zh)).map((f) => [f.metric, f.label_zh, f.value, f.year])).toEqual([
      ["deposits_balance", "全部金融机构存款余额", 1553, 2002],
      ["loans_balance", "全部金融机构贷款余额", 1404, 2002],
      [null, "全部金融机构存款余额比1997年底增长", 1.2, 2002],
      [null, "全部金融机构贷款余额比1997年底增长", 84.3, 2002],
    ]);
  });
});

describe("a later item naming only a measure of what the first names (Linyi 2025)", () => {
  it("takes the words before the first's measure (高新技术产业投资、产值占比分别达到54%、46.5%)", () => {
    expect(listItems("高新技术产业投资、产值占比", 2)).toEqual(["高新技术产业投资占比", "高新技术产业产值占比"]);
    // A share whose items each name their thing stays as it was.
    expect(listItems("制造业、战略性新兴产业占规上工业增加值比重", 2)).toEqual(["制造业占规上工业增加值比重", "战略性新兴产业占规上工业增加值比重"]);
  });

  it("takes the firms named first (规上农产品加工企业、营收分别达到2445家、3530亿元)", () => {
    expect(listItems("规上农产品加工企业、营收", 2)).toEqual(["规上农产品加工企业", "规上农产品加工企业营收"]);
    expect(listItems("新登记企业、个体工商户", 2)).toEqual(["新登记企业", "个体工商户"]);
  });
});

describe("the towns named bare before the income per head (Yinchuan 2016)", () => {
  it("城镇和农民人均可支配收入分别达到28260元和11148元，增长8.2%和8.5% gives the urban residents' income and its growth", () => {
    const x = fixture(
      [
        "地区生产总值达到1480.73亿元，增长8.3%；城镇和农民人均可支配收入分别达到28260元和11148元，增长8.2%和8.5%；新增城镇就业6万人。",
        "城镇和农民人均可支配收入年均分别增长10.8%和11.9%，快于GDP增速。",
      ],
      ["今年的主要预期目标是：地区生产总值增长8%。"],
    );
    expect(
      quoting(x, "城镇和农民人均可支配收入分别达到28260元和11148元").map((f) => [f.label_zh, f.metric, f.value, f.unit]),
    ).toEqual([
      ["城镇人均可支配收入", "urban_income", 28260, "元"],
      ["农民人均可支配收入", "rural_income", 11148, "元"],
      ["城镇人均可支配收入增长", "urban_income_growth", 8.2, "%"],
      ["农民人均可支配收入增长", "rural_income_growth", 8.5, "%"],
    ]);
    expect(quoting(x, "年均分别增长10.8%和11.9%").map((f) => [f.metric, f.value])).toEqual([
      ["urban_income_growth", 10.8],
      ["rural_income_growth", 11.9],
    ]);
  });
});

describe("kinds of insurance before the coverage they share (Taiyuan 2007: 城镇养老、医疗、失业保险覆盖率分别达到96%、86.5%和97%)", () => {
  it("gives each kind its coverage", () => {
    expect(listItems("城镇养老、医疗、失业保险覆盖率", 3)).toEqual(["城镇养老保险覆盖率", "医疗保险覆盖率", "失业保险覆盖率"]);
    // Guangdong 2004: 全省参加企业养老、失业、医疗和工伤保险的人数分别为1146万、954万、877万和1120万.
    expect(listItems("全省参加企业养老、失业、医疗和工伤保险的人数", 4)).toEqual(["全省参加企业养老保险的人数", "失业保险的人数", "医疗保险的人数", "工伤保险的人数"]);
  });
});

describe("the parts of a city named before the rate they share (Beijing 2006: 城八区和郊区城镇污水处理率分别达到70%和40%)", () => {
  it("gives each part the rate, and neither part's rate is the city's", () => {
    expect(listItems("城八区和郊区城镇污水处理率", 2)).toEqual(["城八区城镇污水处理率", "郊区城镇污水处理率"]);
    expect(listItems("城八区和郊区生活垃圾无害化处理率", 2)).toEqual(["城八区生活垃圾无害化处理率", "郊区生活垃圾无害化处理率"]);
    // A part named whole, its 区 kept (Wuhan 2018: 中心城区和新城区最低工资标准分别提高12.9%、13.6%).
    expect(listItems("中心城区和新城区最低工资标准", 2)).toEqual(["中心城区最低工资标准", "新城区最低工资标准"]);
    const x = fixture(
      ["坚持不懈地推进污染治理和生态建设，城八区和郊区城镇污水处理率分别达到70%和40%，城八区和郊区生活垃圾无害化处理率分别达到95.2%和46.6%。"],
      ["地区生产总值增长9%。"],
    );
    expect(x.figures.filter((f) => f.unit === "%" && f.kind === "result").map((f) => [f.label_zh, f.metric])).toEqual([
      ["城八区城镇污水处理率", null],
      ["郊区城镇污水处理率", null],
      ["城八区生活垃圾无害化处理率", null],
      ["郊区生活垃圾无害化处理率", null],
    ]);
    // Said alone, a part's rate is no more the city's.
    const y = fixture(["郊区城镇污水处理率达到40%，城八区生活垃圾无害化处理率达到95.2%。"], ["地区生产总值增长9%。"]);
    expect(y.figures.filter((f) => f.unit === "%" && f.kind === "result").map((f) => f.metric)).toEqual([null, null]);
  });
});

describe("kinds of goods listed before the retail sales they share (Ji'an 2025)", () => {
  it("each kind's retail sales: 限上新能源汽车、家具零售额分别增长74%和15% gives 限上新能源汽车零售额 and 家具零售额", () => {
    const x = fixture(
      ["细化落实“两新”政策，市县联动举办4000余场促消费活动，限上新能源汽车、家具零售额分别增长74%和15%。全市汽车、石油类零售额分别增长8%和3%。"],
      ["地区生产总值增长5.8%左右。"],
    );
    expect(x.figures.filter((f) => f.label_zh.includes("零售额")).map((f) => [f.label_zh, f.value, f.metric])).toEqual([
      ["限上新能源汽车零售额增长", 74, null],
      ["家具零售额增长", 15, null],
      // The class the last names is each one's too.
      ["汽车类零售额增长", 8, null],
      ["石油类零售额增长", 3, null],
    ]);
  });
});

describe("a part's share within each whole named once", () => {
  it("全部财政收入和公共财政预算收入中税收占比分别达到81.2%和67.2% gives each revenue's tax share (Handan 2014)", () => {
    expect(listItems("全部财政收入和公共财政预算收入中税收占比", 2)).toEqual(["全部财政收入中税收占比", "公共财政预算收入中税收占比"]);
    const x = fixture(["全部财政收入和公共财政预算收入中税收占比分别达到81.2%和67.2%，提高2个和4.2个百分点。"], ["生产总值增长7.5%。"]);
    expect(quoting(x, "81.2%").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["81.2%", "全部财政收入中税收占比"],
      ["67.2%", "公共财政预算收入中税收占比"],
      ["2个", "全部财政收入中税收占比提高"],
      ["4.2个百分点", "公共财政预算收入中税收占比提高"],
    ]);
  });
});

describe("a bare share after 分别 following the items' levels", () => {
  it("高新技术产业产值、新兴产业产值分别达到1500亿元和1000亿元，占比分别提高2个和1个百分点 gives each one's share (Jining 2014)", () => {
    const x = fixture(["工业增加值增长12.5%。"], ["年内高新技术产业产值、新兴产业产值分别达到1500亿元和1000亿元，占比分别提高2个和1个百分点。"]);
    expect(quoting(x, "占比分别提高").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["2个", "高新技术产业产值占比提高"],
      ["1个百分点", "新兴产业产值占比提高"],
    ]);
  });
});

describe("bare numerals listed before the last's grade and the noun they share", () => {
  it("二、三级子企业分别压减24.5%和31% gives the second and third grades of the subsidiaries (Hulunbuir 2025)", () => {
    expect(listItems("二、三级子企业", 2)).toEqual(["二级子企业", "三级子企业"]);
    const x = fixture(["市国资委出资监管企业由12户整合为10户，二、三级子企业分别压减24.5%和31%。"], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(x, "分别压减").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["24.5%", "二级子企业压减"],
      ["31%", "三级子企业压减"],
    ]);
    // Not numerals out of order, nor a noun whole before a grade.
    expect(listItems("三、二级子企业", 2)).not.toContain("三级子企业");
  });
});

describe("earlier items that end on a rating before the last's rating and the noun they share", () => {
  it("年内新增4A级和3A级景区各1个 gives the new 4A-rated and 3A-rated scenic areas (Haixi 2022)", () => {
    expect(listItems("年内新增4A级和3A级景区", null)).toEqual(["新增4A级景区", "3A级景区"]);
    const x = fixture(["年内新增4A级和3A级景区各1个，旅游人次、旅游总收入分别增长7.1%和8.4%。"], ["地区生产总值增长5.5%以上。"]);
    expect(quoting(x, "各1个").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["1个", "新增4A级景区"],
      ["1个", "3A级景区"],
    ]);
    // A noun whole before a grade and its noun names no grade (Ningxia 2014).
    expect(listItems("文件简报和自治区级会议", 2)).not.toContain("文件简报会议");
  });
});

describe("levels of government, the earlier named bare, before the last's level and the noun they share", () => {
  it("力争国家、省级开发区亩均产值分别达到400万元、300万元以上 gives the national-level zones' output per mu (Kunming 2024)", () => {
    expect(listItems("国家、省级开发区亩均产值", 2)).toEqual(["国家级开发区亩均产值", "省级开发区亩均产值"]);
    const x = fixture(["地区生产总值增长3.3%。"], ["确保开发区工业总产值增速高于全省开发区平均增速，力争国家、省级开发区亩均产值分别达到400万元、300万元以上。"]);
    expect(quoting(x, "亩均产值分别").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["400万元", "国家级开发区亩均产值"],
      ["300万元", "省级开发区亩均产值"],
    ]);
    // A level named whole stays as it was.
    expect(listItems("国家级、省级开发区亩均产值", 2)).toEqual(["国家级开发区亩均产值", "省级开发区亩均产值"]);
  });
});

describe("a 分别 list compared with a plan's period alone, its items the figures before (Heilongjiang 2011)", () => {
  it("累计新增城镇就业368万人，下岗失业人员再就业299万人，分别比“十五”增加88万人和53万人 gives each item its own addition", () => {
    const x = fixture(
      ["——过去五年，我们切实保障和改善民生。就业规模不断扩大，累计新增城镇就业368万人，下岗失业人员再就业299万人，分别比“十五”增加88万人和53万人，城镇登记失业率控制在4.6%以内。"],
      ["地区生产总值增长12%以上。"],
    );
    expect(quoting(x, "分别比“十五”增加").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["88万人", "累计新增城镇就业比“十五”增加"],
      ["53万人", "下岗失业人员再就业比“十五”增加"],
    ]);
  });
});

describe("an average per household before its figure (Qiandongnan 2018: 确保户均1人以上稳定就业)", () => {
  it("is no 均 of a list: the label keeps 户均", () => {
    const x = fixture(["地区生产总值增长8%左右。"], ["地区生产总值增长7%以上。深入落实“五个三”，扎实推进“一步搬到位、五个全覆盖”，确保户均1人以上稳定就业。"]);
    expect(x.figures.filter((f) => f.value === 1).map((f) => [f.label_zh, f.unit, f.qualifier])).toEqual([["户均稳定就业", "人", "at_least"]]);
  });
});

describe("an average per village before its verb (Suqian 2019: 省定经济薄弱村集体经营性收入村均超过23.9万元、增长25.8%)", () => {
  it("is no 均 of a list: the label keeps 村均, and the figure is kept", () => {
    const x = fixture(
      ["村级集体经济加快发展。引导村集体通过开发集体资源等形式创收，省定经济薄弱村集体经营性收入村均超过23.9万元、增长25.8%，46个省定薄弱村实现脱贫、累计脱贫率达79.8%。"],
      ["地区生产总值增长6.5%以上。"],
    );
    expect(quoting(x, "村均超过").filter((f) => f.value === 23.9 || f.value === 25.8).map((f) => [f.label_zh, f.unit, f.qualifier])).toEqual([
      ["省定经济薄弱村集体经营性收入村均", "万元", "at_least"],
      ["省定经济薄弱村集体经营性收入村均增长", "%", null],
    ]);
  });
});

describe("an average per month or per day before its verb (Yingkou 2021: 企业退休人员基本养老金月均增加127元)", () => {
  it("is no 均 of a list: the label keeps 月均 and 日均", () => {
    const x = fixture(["民生保障不断加强。企业退休人员基本养老金月均增加127元，全市外卖配送服务日均超过2万单。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "月均增加127元", "127元").label_zh).toBe("企业退休人员基本养老金月均增加");
    expect(one(x, "日均超过2万单", "2万").label_zh).toBe("外卖配送服务日均");
  });
});

describe("a list of rates with bare things right before the last rate (Yancheng 2023: 国省考断面水质优Ⅲ比例、受污染耕地和重点建设用地安全利用率均达100%)", () => {
  it("gives the things the last rate, and leaves a rate named whole its own", () => {
    expect(listItems("国省考断面水质优Ⅲ比例、受污染耕地和重点建设用地安全利用率", 3)).toEqual(["国省考断面水质优Ⅲ比例", "受污染耕地安全利用率", "重点建设用地安全利用率"]);
    const x = fixture(["全年GDP增长4.5%左右。空气质量优良天数比率84.1%，国省考断面水质优Ⅲ比例、受污染耕地和重点建设用地安全利用率均达100%。"], ["地区生产总值增长6.5%左右。"]);
    expect(x.figures.filter((f) => f.value === 100).map((f) => f.label_zh)).toEqual(["国省考断面水质优Ⅲ比例", "受污染耕地安全利用率", "重点建设用地安全利用率"]);
  });

  it("but not a bare thing before a rate of its own group (Wuzhong 2023: 畜禽粪污、农作物秸秆综合利用率和农用残膜回收率)", () => {
    expect(listItems("畜禽粪污、农作物秸秆综合利用率和农用残膜回收率", 3)).toEqual(["畜禽粪污综合利用率", "农作物秸秆综合利用率", "农用残膜回收率"]);
  });
});

describe("utilities before the coverage rate one of them names, another rate after it (Changji 2021: 集中供热、燃气、供水普及率、生活垃圾无害化处理率分别达到95%、99%、99.5%、98.7%)", () => {
  it("gives the bare utilities the coverage rate of their group, not their bare names", () => {
    expect(listItems("集中供热、燃气、供水普及率、生活垃圾无害化处理率", 4)).toEqual(["集中供热普及率", "燃气普及率", "供水普及率", "生活垃圾无害化处理率"]);
    const x = fixture(["集中供热、燃气、供水普及率、生活垃圾无害化处理率分别达到95%、99%、99.5%、98.7%。"], ["地区生产总值增长7%左右。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.label_zh)).toEqual(["集中供热普及率", "燃气普及率", "供水普及率", "生活垃圾无害化处理率"]);
  });
});

describe("an item that names its own facility between the noun the count before it counts and its number (Liangshan 2014)", () => {
  it("keeps that name: 锦屏一二级水电站6台机组、溪洛渡水电站12台机组", () => {
    const x = fixture(["锦屏一二级水电站6台机组、溪洛渡水电站12台机组、官地水电站全部机组投产发电。"], ["地区生产总值增长10%。"]);
    expect(one(x, "", "6台").label_zh).toBe("锦屏一二级水电站机组");
    expect(one(x, "", "12台").label_zh).toBe("溪洛渡水电站机组");
    // A verb between names no facility: the noun after the number is the label, as before (Longyan 2019).
    const y = fixture(["建设10个美丽乡村、2.4万公里农村公路。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(y, "", "2.4万公里").label_zh).toBe("农村公路");
  });
});

describe("the patents applied for, then a bare 授权量 (Weihai 2016: 发明专利申请量、授权量年均增长 17.1%和 38.3%)", () => {
  it("the later item takes the first's prefix: 发明专利授权量", () => {
    expect(listItems("发明专利申请量、授权量", 2)).toEqual(["发明专利申请量", "发明专利授权量"]);
    const x = fixture(["地区生产总值增长8.5%。促成产学研合作项目 405项。发明专利申请量、授权量年均增长 17.1%和 38.3%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "授权量年均增长").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["17.1%", "发明专利申请量年均增长"],
      ["38.3%", "发明专利授权量年均增长"],
    ]);
  });
});

describe("the accidents counted, then their dead named bare (Sichuan 2022, Heilongjiang 2020)", () => {
  it("the dead take the accidents the first item names: 生产安全事故死亡人数", () => {
    expect(listItems("生产安全事故起数、死亡人数", 2)).toEqual(["生产安全事故起数", "生产安全事故死亡人数"]);
    expect(listItems("各类生产安全事故起数和死亡人数", 2)).toEqual(["各类生产安全事故起数", "各类生产安全事故死亡人数"]);
    // The verb of their happening is no word of the dead (Chifeng 2020).
    expect(listItems("全年安全生产事故发生起数、死亡人数", 2)).toEqual(["安全生产事故发生起数", "安全生产事故死亡人数"]);
    const x = fixture(["地区生产总值增长8.2%。生产安全事故起数、死亡人数分别下降11.2%、9%，未发生重大及以上事故。"], ["地区生产总值增长6.5%左右。"]);
    expect(quoting(x, "死亡人数分别下降").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["11.2%", "生产安全事故起数下降"],
      ["9%", "生产安全事故死亡人数下降"],
    ]);
  });
});

describe("grades of certified farm produce named bare before the last, which names the produce (Suihua 2018)", () => {
  it("gives each grade the produce and the measure: 绿色、有机食品认证面积分别增长3.8%和8.7%", () => {
    expect(listItems("绿色、有机食品认证面积", 2)).toEqual(["绿色食品认证面积", "有机食品认证面积"]);
    const x = fixture(["地区生产总值增长5%。"], ["绿色、有机食品认证面积分别增长3.8%和8.7%，鲜食玉米面积发展到60万亩。"]);
    expect(one(x, "", "3.8%").label_zh).toBe("绿色食品认证面积增长");
    expect(one(x, "", "8.7%").label_zh).toBe("有机食品认证面积增长");
  });
});

describe("loans of a term the items share, the split of the items' length inside it (Tongliao 2023)", () => {
  it("keeps 中长期 whole: 民营企业、小微企业、制造业中长期贷款分别增长10%、12%和13%以上", () => {
    expect(listItems("民营企业、小微企业、制造业中长期贷款", 3)).toEqual(["民营企业中长期贷款", "小微企业中长期贷款", "制造业中长期贷款"]);
    const x = fixture(["地区生产总值增长4%左右。"], ["新增基金投资、担保贷款规模30亿元以上，民营企业、小微企业、制造业中长期贷款分别增长10%、12%和13%以上。"]);
    expect(one(x, "", "10%").label_zh).toBe("民营企业中长期贷款增长");
    expect(one(x, "", "12%").label_zh).toBe("小微企业中长期贷款增长");
  });
});

describe("a known tail the last item sets words before, every item ending as its own noun does (Dandong 2022)", () => {
  it("种植业、畜牧业良种覆盖率分别达98%、96%: the seed varieties' coverage of each sector, no bare 种植业覆盖率", () => {
    const x = fixture(["种植业、畜牧业良种覆盖率分别达98%、96%。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.unit === "%" && f.kind === "result").map((f) => [f.label_zh, f.value])).toEqual([
      ["种植业良种覆盖率", 98],
      ["畜牧业良种覆盖率", 96],
    ]);
  });

  it("科技型中小企业、高新技术企业、瞪羚企业新增数量分别增长…: the new firms of each kind", () => {
    const x = fixture(["科技型中小企业、高新技术企业、瞪羚企业新增数量分别增长2.4倍、1.75倍、4.5倍。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.unit === "倍").map((f) => f.label_zh)).toEqual(["科技型中小企业新增数量增长", "高新技术企业新增数量增长", "瞪羚企业新增数量增长"]);
  });
});

describe("a verb between the items and a known tail (Qiannan 2023)", () => {
  it("工业、农业、旅游业分别完成投资…: the investment in each, no 工业完成投资", () => {
    const x = fixture(["工业、农业、旅游业分别完成投资420亿元、100亿元、35亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "分别完成投资420亿元", "420亿元").label_zh).toBe("工业投资");
  });
});

describe("places set side by side before the output the last names (Dazhou 2022: 宣汉、大竹GDP分别突破500亿元、400亿元)", () => {
  it("gives each place its output, and none of them the place's own GDP metric", () => {
    expect(listItems("宣汉、大竹GDP", 2)).toEqual(["宣汉GDP", "大竹GDP"]);
    expect(listItems("高新区、经济区生产总值", 2)).toEqual(["高新区生产总值", "经济区生产总值"]);
    // A list of measures keeps its items whole; a share keeps its 比重 (Ji'an 2014).
    expect(listItems("一般公共预算收入、地区生产总值", 2)).toEqual(["一般公共预算收入", "地区生产总值"]);
    const x = fixture(["地区生产总值达2351.7亿元、增长8.3%。", "县域经济竞相发展。宣汉、大竹GDP分别突破500亿元、400亿元，宣汉创建全国“百强县”赶超升位。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "宣汉、大竹GDP").map((f) => [f.label_zh, f.value, f.metric])).toEqual([
      ["宣汉GDP", 500, null],
      ["大竹GDP", 400, null],
    ]);
  });
});

describe("kinds of insurance before the people they cover (Wuxi 2010: 全市企业养老、基本医疗保险覆盖人数分别增加10万人和4万人)", () => {
  it("gives each insurance its people covered, 保险 too, no bare 企业养老人数", () => {
    expect(listItems("全市企业养老、基本医疗保险覆盖人数", 2)).toEqual(["企业养老保险覆盖人数", "基本医疗保险覆盖人数"]);
    const x = fixture(["地区生产总值增长10%。"], ["进一步提高企业退休人员基本养老金，全市企业养老、基本医疗保险覆盖人数分别增加10万人和4万人。"]);
    expect(quoting(x, "保险覆盖人数").map((f) => [f.label_zh, f.value])).toEqual([
      ["企业养老保险覆盖人数增加", 10],
      ["基本医疗保险覆盖人数增加", 4],
    ]);
  });
});

describe("wastes named bare before the treatment rate the last one goes on with (Fujian 2017)", () => {
  it("gives each waste the rate: 市县生活垃圾、污水无害化处理率分别达96.5%、88.6%", () => {
    expect(listItems("市县生活垃圾、污水无害化处理率", 2)).toEqual(["市县生活垃圾无害化处理率", "污水无害化处理率"]);
    expect(listItems("生活垃圾、污水无害化处理率", 2)).toEqual(["生活垃圾无害化处理率", "污水无害化处理率"]);
    // A place before the last (城市和农村生活垃圾无害化处理率) is no waste: read as before.
    expect(listItems("城市和农村生活垃圾无害化处理率", 2)).toEqual(["城市生活垃圾无害化处理率", "农村生活垃圾无害化处理率"]);
    const x = fixture(["推进美丽乡村建设工程，市县生活垃圾、污水无害化处理率分别达96.5%、88.6%。"], ["地区生产总值增长8.5%左右。"]);
    expect(quoting(x, "处理率").map((f) => [f.label_zh, f.value])).toEqual([
      ["市县生活垃圾无害化处理率", 96.5],
      ["污水无害化处理率", 88.6],
    ]);
  });
});

describe("a list before the year its cut is measured from and 均累计 (Wuxi 2010: 主要污染物化学需氧量和二氧化硫排放总量在2005年基础上均累计削减30%)", () => {
  it("splits the items before the year's ground, each taking it", () => {
    expect(listItems("主要污染物化学需氧量和二氧化硫排放总量在2005年基础上", null)).toEqual(["主要污染物化学需氧量排放总量在2005年基础上", "二氧化硫排放总量在2005年基础上"]);
  });

  it("gives each pollutant the one cut, 累计 between 均 and the verb too", () => {
    const x = fixture(["节能减排完成良好。预计主要污染物化学需氧量和二氧化硫排放总量在2005年基础上均累计削减30%。"], ["地区生产总值增长12%左右。"]);
    expect(quoting(x, "均累计削减30%").map((f) => [f.label_zh, f.value, f.base_year])).toEqual([
      ["主要污染物化学需氧量排放总量在2005年基础上削减", 30, 2005],
      ["二氧化硫排放总量在2005年基础上削减", 30, 2005],
    ]);
    const y = fixture(["化学需氧量和二氧化硫排放总量均累计削减30%。"], ["地区生产总值增长12%左右。"]);
    expect(quoting(y, "均累计削减30%").map((f) => [f.label_zh, f.metric])).toEqual([
      ["化学需氧量排放总量削减", "cod_emissions_change"],
      ["二氧化硫排放总量削减", "so2_emissions_change"],
    ]);
  });
});

describe("a count that sums up the items, then the verb of getting their figures (Fujian 2017)", () => {
  it("are no words of the last item: 电子信息、机械装备、石油化工三大主导产业实现产值6000亿元、7800亿元、6150亿元", () => {
    expect(listItems("电子信息、机械装备、石油化工三大主导产业实现产值", 3)).toEqual(["电子信息产值", "机械装备产值", "石油化工产值"]);
    const x = fixture(["地区生产总值增长8.4%。"], ["增强产业集群竞争优势，电子信息、机械装备、石油化工三大主导产业实现产值6000亿元、7800亿元、6150亿元。"]);
    expect(quoting(x, "三大主导产业").map((f) => [f.label_zh, f.value])).toEqual([
      ["电子信息产值", 6000],
      ["机械装备产值", 7800],
      ["石油化工产值", 6150],
    ]);
  });
});

describe("a bare 占比 that names no whole, after an item that is a measure already (Fujian 2017)", () => {
  it("is the last item's own: 医疗费用增速和药占比分别下降3.05个和4.94个百分点", () => {
    expect(listItems("医疗费用增速和药占比", 2)).toEqual(["医疗费用增速", "药占比"]);
    // An earlier item that names no measure of its own still takes the share (Linyi 2025), and so does an amount (Tongren 2024).
    expect(listItems("制造业增加值、绿色经济占比", 2)).toEqual(["制造业增加值占比", "绿色经济占比"]);
    expect(listItems("高新技术产业投资、产值占比", 2)).toEqual(["高新技术产业投资占比", "高新技术产业产值占比"]);
    const x = fixture(["医改继续深化，医保管理职责整合，医疗费用增速和药占比分别下降3.05个和4.94个百分点。"], ["地区生产总值增长8.5%左右。"]);
    expect(quoting(x, "药占比").map((f) => f.label_zh)).toEqual(["医疗费用增速下降", "药占比下降"]);
  });
});

describe("a last item of two words whose head is a character shorter than the first item (Tibet 2013: 孕产妇和婴儿死亡率分别由…下降到…)", () => {
  it("gives the first item the last's second word (孕产妇死亡率), no cut inside a word", () => {
    expect(listItems("孕产妇和婴儿死亡率", 2)).toEqual(["孕产妇死亡率", "婴儿死亡率"]);
    // A longer last item keeps its words to itself (Yinchuan 2017).
    expect(listItems("适度规模经营和主要农产品加工转化率", 2)[0]).not.toBe("适度规模经营加工转化率");
  });
});

describe("pollutants listed before the betterment they share (Dezhou 2020: PM10、PM2.5平均浓度分别改善1%和1.9%)", () => {
  it("gives each pollutant its concentration's betterment, no bare PM10", () => {
    expect(listItems("PM10、PM2.5平均浓度改善", 2)).toEqual(["PM10平均浓度改善", "PM2.5平均浓度改善"]);
    const x = fixture(["生态环境持续改善。PM10、PM2.5平均浓度分别改善1%和1.9%，改善幅度居全省前列，空气质量优良率达到51.5%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "PM10、PM2.5", "1%").label_zh).toBe("PM10平均浓度改善");
    expect(one(x, "PM10、PM2.5", "1.9%").label_zh).toBe("PM2.5平均浓度改善");
    // Each concentration fell by its share.
    expect(one(x, "PM10、PM2.5", "1.9%")).toMatchObject({ metric: "pm25_concentration_change", direction: "down" });
    expect(one(x, "PM10、PM2.5", "1%")).toMatchObject({ metric: "pm10_concentration_change", direction: "down" });
  });
});

describe("a mean concentration and a particulate matter named bare listed before the betterment they share (Jining 2014: SO2浓度均值、PM10同比改善22.7%、3.9%)", () => {
  it("reads each betterment as a fall of the pollutant's concentration", () => {
    const x = fixture(["重拳整治大气污染，SO2浓度均值、PM10同比改善22.7%、3.9%，大气环境质量改善幅度居全省前列。"], ["地区生产总值增长6%。"]);
    expect(one(x, "SO2浓度均值、PM10", "22.7%")).toMatchObject({ label_zh: "SO2浓度均值同比改善", metric: null, direction: "down" });
    expect(one(x, "SO2浓度均值、PM10", "3.9%")).toMatchObject({ label_zh: "PM10同比改善", metric: "pm10_concentration_change", direction: "down" });
  });
});

describe("multiples of the level when a thing began, after a 分别 list (Jiaozuo 2014: …分别完成59亿元、96亿元，是组建时的3倍、4.5倍)", () => {
  it("gives each item its own multiple, as a multiple of a year's level is", () => {
    const x = fixture(["2013年，示范区规模以上工业增加值、固定资产投资分别完成59亿元、96亿元，是组建时的3倍、4.5倍。"], ["地区生产总值增长10%以上。"]);
    expect(one(x, "是组建时", "3倍").label_zh).toBe("示范区规模以上工业增加值是组建时");
    expect(one(x, "是组建时", "4.5倍").label_zh).toBe("固定资产投资是组建时");
  });
});

describe("classes of firms by size, the later named by their amount alone (Dezhou 2020: 营业收入过300亿元、100亿元、50亿元、10亿元的企业分别发展到…)", () => {
  it("gives every class the measure passing its amount and the things after the last", () => {
    expect(listItems("营业收入过300亿元、100亿元、50亿元、10亿元的企业", 4)).toEqual([
      "营业收入过300亿元的企业",
      "营业收入过100亿元的企业",
      "营业收入过50亿元的企业",
      "营业收入过10亿元的企业",
    ]);
    const x = fixture(["地区生产总值增长6%左右。"], ["地区生产总值增长6%。营业收入过300亿元、100亿元、50亿元、10亿元的企业分别发展到5家、10家、20家、80家左右。"]);
    expect(one(x, "营业收入过300亿元", "10家").label_zh).toBe("营业收入过100亿元的企业");
    expect(one(x, "营业收入过300亿元", "80家").label_zh).toBe("营业收入过10亿元的企业");
  });
});

describe("classes of size named by their amount alone before the things they class (Guangxi 2024: 千亿、五百亿、百亿园区分别增加2家、4家和9家)", () => {
  it("gives every amount the things after the last, no bare 千亿", () => {
    expect(listItems("千亿、五百亿、百亿园区增加", 3)).toEqual(["千亿园区增加", "五百亿园区增加", "百亿园区增加"]);
    const x = fixture(["园区能级明显提升，产业集聚度比2019年提高6个百分点，千亿、五百亿、百亿园区分别增加2家、4家和9家。"], ["地区生产总值增长6%。"]);
    expect(one(x, "千亿、五百亿", "2家").label_zh).toBe("千亿园区增加");
    expect(one(x, "千亿、五百亿", "4家").label_zh).toBe("五百亿园区增加");
  });
});

describe("totals after 分别 of the things the clause before adds (Xi'an 2025: 净增高新技术企业1800家、科技型中小企业2500家，总数分别突破1.5万家和1.9万家)", () => {
  it("gives each total to its thing, in order, not both to the last", () => {
    const x = fixture(
      ["大力发展科技金融和产业基金投资服务，积极开展金融资产投资公司股权投资试点，净增高新技术企业1800家、科技型中小企业2500家，总数分别突破1.5万家和1.9万家。"],
      ["地区生产总值增长5.5%左右。"],
    );
    expect(quoting(x, "总数分别突破").filter((f) => f.unit === "万家").map((f) => [f.label_zh, f.value, f.metric, f.qualifier])).toEqual([
      ["高新技术企业总数", 1.5, "high_tech_enterprises", "at_least"],
      ["科技型中小企业总数", 1.9, "tech_smes", "at_least"],
    ]);
  });
});

describe("firms and the government's offices and institutions before the pension they share (Henan 2019: 企业和机关事业单位退休人员基本养老金年人均分别提高1627元和1584元)", () => {
  it("reads 机关事业单位 as one group: the firms' retirees take the words after it, not 事业单位", () => {
    expect(listItems("企业和机关事业单位退休人员基本养老金年人均提高", 2)).toEqual(["企业退休人员基本养老金年人均提高", "机关事业单位退休人员基本养老金年人均提高"]);
    const x = fixture(["企业和机关事业单位退休人员基本养老金年人均分别提高1627元和1584元。"], ["全市生产总值增长7%。"]);
    expect(one(x, "分别提高1627元和1584元", "1627元").label_zh).toBe("企业退休人员基本养老金年人均提高");
    expect(one(x, "分别提高1627元和1584元", "1584元").label_zh).toBe("机关事业单位退休人员基本养老金年人均提高");
  });
});

describe("the output of each, 总产 for 总产量 (Xianyang 2014: 果、菜总产分别达到545.8万吨、387.3万吨)", () => {
  it("gives each item the shared 总产, no bare 果", () => {
    const x = fixture(["全年粮食产量189.4万吨，果、菜总产分别达到545.8万吨、387.3万吨，畜禽产品产量101.2万吨。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "果、菜总产").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["果总产", 545.8, "万吨"],
      ["菜总产", 387.3, "万吨"],
    ]);
  });
});

describe("the cases handed over by inspectors, each list's closed (Yinchuan 2019: 中央环保督察及“回头看”转办件办结率分别达99%、98%)", () => {
  it("gives the first item the shared 转办件办结率, no bare 中央环保督察", () => {
    const x = fixture(["中央环保督察交办2017年整改任务全部完成，中央环保督察及“回头看”转办件办结率分别达99%、98%，严肃查处了违规违法生产等问题。"], ["地区生产总值增长7%左右。"]);
    expect(quoting(x, "转办件办结率").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["中央环保督察转办件办结率", 99, "%"],
      ["“回头看”转办件办结率", 98, "%"],
    ]);
  });
});

describe("an item that names the rank of the government its things are of before its number (Shizuishan 2023: 国家级15项改革试点、自治区级28项改革试点接续推进)", () => {
  it("keeps that rank: 自治区级改革试点, not the first item's noun alone", () => {
    const x = fixture(["国企改革三年行动顺利完成。国家级15项改革试点、自治区级28项改革试点接续推进。"], ["地区生产总值增长6.5%以上。"]);
    expect(one(x, "", "15项").label_zh).toBe("国家级改革试点");
    expect(one(x, "", "28项").label_zh).toMatch(/^自治区级改革试点/);
  });
});

describe("the wholes one measure is compared with, listed after the verb (Yinchuan 2025: 城镇化率分别高于全国、全区16.6、15.5个百分点)", () => {
  it("reads the leads over them as comparisons, no figures, as a lead over one whole is (高于全国0.2个百分点); no 全区化率", () => {
    const x = fixture(["令人振奋的是，人均GDP超过10万元，首位度进一步提升。城镇化率分别高于全国、全区16.6、15.5个百分点。"], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(x, "城镇化率")).toEqual([]);
    expect(x.figures.filter((f) => f.label_zh.includes("全区化率"))).toEqual([]);
  });
});

describe("a bare pace after 分别, after the levels of the items it pairs (Ankang 2021)", () => {
  it("增幅分别达到44.1%和78.2% after 生产总值 and 财政总收入 is each one's growth over the five years, in order", () => {
    const x = extractText(
      "ceshi-2021.txt",
      [
        "2021年测试市政府工作报告",
        "——2021年3月28日在测试市第四届人民代表大会第七次会议上",
        "市长 张三",
        "各位代表：",
        "一、2020年和“十三五”工作回顾",
        "五年来，我们坚持发展为要，聚力追赶超越，经济综合实力大幅提升。全市生产总值突破千亿元大关，财政总收入跨越百亿元关口，增幅分别达到44.1%和78.2%，经济综合实力与发展内生动力持续增强。",
        "二、2021年重点工作",
        "今年全市经济发展预期目标是：生产总值增长7%左右。",
      ].join("\n"),
    );
    expect(quoting(x, "增幅分别达到").map((f) => [written(x, f), f.label_zh, f.metric, f.period])).toEqual([
      ["44.1%", "生产总值增幅", "gdp_growth", [2016, 2020]],
      ["78.2%", "财政总收入增幅", "fiscal_revenue_total_growth", [2016, 2020]],
    ]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.period === null).map((f) => [f.kind, f.value])).toEqual([["target", 7]]);
  });
});

describe("a bare pace after 分别, after an aggregate that joined the ranks in words (Jingmen 2016)", () => {
  it("地区生产总值迈入“千亿俱乐部”行列，人均生产总值达到48042元，年均分别增长11.5%、11.3%: the first pace is the GDP's", () => {
    const x = extractText(
      "ceshi-2016.txt",
      [
        "2016年测试市政府工作报告",
        "——2016年1月13日在测试市第八届人民代表大会第七次会议上",
        "市长 张三",
        "各位代表：",
        "一、2015年和“十二五”时期工作回顾",
        "这五年，是综合实力大幅提升的五年。全市地区生产总值迈入“千亿俱乐部”行列，人均生产总值达到48042元，年均分别增长11.5%、11.3%。",
        "二、2016年主要工作",
        "今年全市经济社会发展的主要预期目标是：地区生产总值增长10%左右。",
      ].join("\n"),
    );
    expect(quoting(x, "年均分别增长").map((f) => [written(x, f), f.metric, f.period])).toEqual([
      ["11.5%", "gdp_growth", [2011, 2015]],
      ["11.3%", "gdp_per_capita_growth", [2011, 2015]],
    ]);
  });
});

describe("lists of goods and services, and of town and country inside a longer list (Hainan 2021)", () => {
  it("促进货物、服务进出口总额增长12%和15%: each one's trade, the verb no word of the label", () => {
    const x = fixture([], ["促进货物、服务进出口总额增长12%和15%，实际利用外资增长15%。"]);
    expect(quoting(x, "进出口总额").map((f) => [f.label_zh, f.value])).toEqual([
      ["货物进出口总额增长", 12],
      ["服务进出口总额增长", 15],
    ]);
  });

  it("地区生产总值、地方一般公共预算收入、城镇和农村常住居民人均可支配收入年均增长…7.1%和8.4%: the bare town takes the country's words", () => {
    expect(listItems("地区生产总值、地方一般公共预算收入、城镇和农村常住居民人均可支配收入年均", 4)).toEqual([
      "地区生产总值年均",
      "地方一般公共预算收入年均",
      "城镇常住居民人均可支配收入年均",
      "农村常住居民人均可支配收入年均",
    ]);
  });
});

describe("及 before 其, and its, joins no items (Ganzhou 2014: 稀土 、 钨及其应用和新能源汽车及其配套 、 铜铝有色金属三个主营业务收入)", () => {
  it("keeps 钨及其应用 and 新能源汽车及其配套 whole", () => {
    expect(listItems("稀土、钨及其应用和新能源汽车及其配套、铜铝有色金属", null)).toEqual(["稀土", "钨及其应用", "新能源汽车及其配套", "铜铝有色金属"]);
    const x = fixture(["地区生产总值增长10.5%。"], ["围绕培育稀土 、 钨及其应用和新能源汽车及其配套 、 铜铝有色金属三个主营业务收入分别超1000亿元的优势产业集群，加快产业发展升级。"]);
    expect(quoting(x, "1000亿元").map((f) => f.label_zh).some((l) => /^其/.test(l))).toBe(false);
  });
});

describe("names listed inside one pair of quotes before the things they share (Yingtan 2018: 新增“新三板、四板”挂牌展示企业10家、150家)", () => {
  it("gives each name the things after the quote and the words before it", () => {
    expect(listItems("新增“新三板、四板”挂牌展示企业", 2)).toEqual(["新增“新三板”挂牌展示企业", "新增“四板”挂牌展示企业"]);
    const x = fixture(["设立全域发展引导基金，新增“新三板、四板”挂牌展示企业10家、150家。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "挂牌展示企业").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["10家", "新增“新三板”挂牌展示企业"],
      ["150家", "新增“四板”挂牌展示企业"],
    ]);
  });
});

describe("a tax paid per mu before a value added per mu (Jiaxing 2019: 规上企业亩均税收、亩均工业增加值分别增长34%和13%)", () => {
  it("keeps the taxes whole (规上企业亩均税收), no 亩均税收增加值", () => {
    expect(listItems("规上企业亩均税收、亩均工业增加值", 2)).toEqual(["规上企业亩均税收", "亩均工业增加值"]);
    const x = fixture(["深化“亩均论英雄”改革，腾退低效用地2.5万亩，规上企业亩均税收、亩均工业增加值分别增长34%和13%。"], ["地区生产总值增长7%以上。"]);
    expect(one(x, "亩均工业增加值分别增长", "34%").label_zh).toBe("规上企业亩均税收增长");
  });
});

describe("wastes before the rate they are put to use at (Xuzhou 2023: 年内秸秆、畜禽粪污综合利用率分别达到96%、95%以上)", () => {
  it("gives each waste the rate alone (秸秆综合利用率), not the words after the first item's length", () => {
    expect(listItems("秸秆、畜禽粪污综合利用率", 2)).toEqual(["秸秆综合利用率", "畜禽粪污综合利用率"]);
    expect(listItems("肉牛、肉羊饲养量", 2)).toEqual(["肉牛饲养量", "肉羊饲养量"]);
    // Not after rates of other things named bare (Hulunbuir 2021).
    expect(listItems("卫生厕所普及、行政嘎查村生活垃圾治理、畜禽粪污资源化利用率", 3)[0]).not.toBe("卫生厕所普及资源化利用率");
  });
});

describe("kinds of insurance named bare before the insured the last names (Jiaxing 2019: 基本养老、基本医疗保险户籍人员参保率)", () => {
  it("gives each kind the words from 保险 (基本养老保险户籍人员参保率), no bare 基本养老参保率", () => {
    expect(listItems("基本养老、基本医疗保险户籍人员参保率", 2)).toEqual(["基本养老保险户籍人员参保率", "基本医疗保险户籍人员参保率"]);
    expect(listItems("养老、医疗保险参保率", 2)).toEqual(["养老保险参保率", "医疗保险参保率"]);
    expect(listItems("城镇职工、城乡居民基本养老保险参保率", 2)).toEqual(["城镇职工基本养老保险参保率", "城乡居民基本养老保险参保率"]);
  });
});

describe("kinds of two characters before words that qualify the measure they share (生猪、家禽规模化养殖比重; Neijiang 2014: 城区和县城控规覆盖率)", () => {
  it("take those words too, not the measure alone", () => {
    expect(listItems("生猪、家禽规模化养殖比重", 2)).toEqual(["生猪规模化养殖比重", "家禽规模化养殖比重"]);
    expect(listItems("城区和县城控规覆盖率", 2)).toEqual(["城区控规覆盖率", "县城控规覆盖率"]);
    expect(listItems("广播、电视综合人口覆盖率", 2)).toEqual(["广播综合人口覆盖率", "电视综合人口覆盖率"]);
    expect(listItems("石化、煤炭、电力行业增加值", 3)).toEqual(["石化行业增加值", "煤炭行业增加值", "电力行业增加值"]);
  });

  it("but not the rest of a longer name of a thing", () => {
    expect(listItems("粮食、蔬菜、肉蛋奶产量", 3)).toEqual(["粮食产量", "蔬菜产量", "肉蛋奶产量"]);
    expect(listItems("钢铁、水泥、平板玻璃产能", 3)).toEqual(["钢铁产能", "水泥产能", "平板玻璃产能"]);
    expect(listItems("秸秆、畜禽粪污综合利用率", 2)).toEqual(["秸秆综合利用率", "畜禽粪污综合利用率"]);
  });
});

describe("goods or firms listed before the exports the last item names (Fujian 2008: 高新技术产品、民营企业出口分别增长30.3%和30.5%)", () => {
  it("are each one's exports", () => {
    expect(listItems("高新技术产品、民营企业出口", 2)).toEqual(["高新技术产品出口", "民营企业出口"]);
    expect(listItems("手机、锂电产品出口", 2)).toEqual(["手机出口", "锂电产品出口"]);
  });

  it("but not flows or measures of their own", () => {
    expect(listItems("实际利用外资、出口", 2)).toEqual(["实际利用外资", "出口"]);
    expect(listItems("电子商务交易额、农村网络零售额、跨境电商出口额", 3)).toEqual(["电子商务交易额", "农村网络零售额", "跨境电商出口额"]);
  });
});

describe("a time the items' change is measured against, after the last item (Henan 2017: PM10、PM2.5平均浓度与上半年相比分别下降21.7%、10.4%)", () => {
  it("is every item's, no word of the last one", () => {
    expect(listItems("PM10、PM2.5平均浓度与上半年相比", 2)).toEqual(["PM10平均浓度与上半年相比", "PM2.5平均浓度与上半年相比"]);
  });

  it("so the first pollutant's fall since midyear is no change of its year", () => {
    const x = fixture(["特别是打响攻坚战以来，PM10、PM2.5平均浓度与上半年相比分别下降21.7%、10.4%，优良天数增加26天。"], ["地区生产总值增长7%。"]);
    expect(rows(x, "与上半年相比").map((r) => [r.label, r.metric])).toEqual([
      ["PM10平均浓度与上半年相比下降", null],
      ["PM2.5平均浓度与上半年相比下降", null],
    ]);
  });
});

describe("城乡 before two new values a comma sets off from it (Meizhou 2020: 城乡低保对象最低生活保障人均补差水平，分别从每月554元、251元提高到609元、276元)", () => {
  it("gives the towns' value, then the countryside's, no figure as the other's name", () => {
    const x = fixture(["地区生产总值增长3%。"], ["①城乡低保对象最低生活保障人均补差水平，分别从每月554元、251元提高到609元、276元；特困人员基本生活标准不低于当地最低生活保障标准的1.6倍。"]);
    expect(quoting(x, "609元").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["609元", "城镇低保对象最低生活保障人均补差水平"],
      ["276元", "农村低保对象最低生活保障人均补差水平"],
    ]);
  });
});

describe("levels of government after a verb, the state's said 国 (Mianyang 2024: 入选国、省级中小企业特色产业集群各2个)", () => {
  it("are each level of the noun the last names", () => {
    expect(listItems("入选国、省级中小企业特色产业集群", 2)).toEqual(["入选国家级中小企业特色产业集群", "省级中小企业特色产业集群"]);
    expect(listItems("新增国家、省级专精特新企业", 2)).toEqual(["新增国家级专精特新企业", "省级专精特新企业"]);
  });
});

describe("及 inside the items of a list that 、 sets apart (Changde 2025: 新引进产业链关键环节项目、消费及贸易类项目、“三类500强”及行业龙头项目各20个以上)", () => {
  it("joins words of one item, when a 、 comes after it: no item split in two", () => {
    expect(listItems("新引进产业链关键环节项目、消费及贸易类项目、“三类500强”及行业龙头项目", null)).toEqual([
      "新引进产业链关键环节项目",
      "消费及贸易类项目",
      "“三类500强”及行业龙头项目",
    ]);
  });

  it("so 各 gives one record an item, three, not five", () => {
    const x = fixture(["地区生产总值增长3%。"], ["新引进产业链关键环节项目、消费及贸易类项目、“三类500强”及行业龙头项目各20个以上，力争在引进过五十亿、过百亿项目上实现突破。"]);
    expect(quoting(x, "各20个").map((f) => [f.label_zh, f.value])).toEqual([
      ["新引进产业链关键环节项目", 20],
      ["消费及贸易类项目", 20],
      ["“三类500强”及行业龙头项目", 20],
    ]);
  });

  it("but still ends a list as its last joint (A、B及C)", () => {
    expect(listItems("农产品加工、乡村旅游及农村电商", null)).toEqual(["农产品加工", "乡村旅游", "农村电商"]);
  });
});

describe("an area whose use is transferred, shared by the items (Wulanchabu 2016: 土地和草牧场流转面积分别达到410万亩和480万亩)", () => {
  it("is each item's transferred area, not the land's whole area", () => {
    expect(listItems("土地和草牧场流转面积", 2)).toEqual(["土地流转面积", "草牧场流转面积"]);
    const x = fixture(["地区生产总值增长8%。"], ["大力发展适度规模经营，土地和草牧场流转面积分别达到410万亩和480万亩。"]);
    expect(x.figures.filter((f) => written(x, f) === "410万亩").map((f) => f.label_zh)).toEqual(["土地流转面积"]);
  });
});

describe("insured groups, the last going on after its group (Wulanchabu 2016: 城镇职工和居民政策范围内报销比例保持在85%和75%以上)", () => {
  it("gives the first the words after the last's group, not after the first's length", () => {
    expect(listItems("城镇职工和居民政策范围内报销比例", 2)).toEqual(["城镇职工政策范围内报销比例", "居民政策范围内报销比例"]);
    expect(listItems("职工和城乡居民待遇每月", 2)).toEqual(["职工待遇每月", "城乡居民待遇每月"]);
  });
});

describe("an item opening with 城乡 when the list has one figure more than items (Chaoyang 2018)", () => {
  it("reads that item as the towns' and the countryside's", () => {
    expect(listItems("社会消费品零售总额、城乡常住居民人均可支配收入年均", 3)).toEqual([
      "社会消费品零售总额年均",
      "城镇常住居民人均可支配收入年均",
      "农村常住居民人均可支配收入年均",
    ]);
    // Not a first item: the words after it may be the last item's alone (Chaoyang 2018).
    expect(listItems("城乡低保和企业退休人员养老金", 3)).toEqual(Array(3).fill("城乡低保和企业退休人员养老金"));
  });

  it("gives each figure its own indicator", () => {
    const x = fixture(["五年来，社会消费品零售总额、城乡常住居民人均可支配收入年均分别增长7.9%、8%和9%。"], ["地区生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.quote.includes("年均分别")).map((f) => [f.metric, f.value])).toEqual([
      ["retail_sales_growth", 7.9],
      ["urban_income_growth", 8],
      ["rural_income_growth", 9],
    ]);
  });

  it("leaves a list whose items match the figures alone", () => {
    expect(listItems("城镇职工、城乡居民基本养老保险参保率", 2)).toEqual(["城镇职工基本养老保险参保率", "城乡居民基本养老保险参保率"]);
  });
});

describe("an item with an aside in brackets after its name", () => {
  it("shares the last item's words as the item without it does (Guizhou 2023: 城市（县城）、乡镇分别新增日污水处理能力13万立方米、1万立方米)", () => {
    expect(listItems("城市（县城）、乡镇新增日污水处理能力", 2)).toEqual(["城市（县城）新增日污水处理能力", "乡镇新增日污水处理能力"]);
    const x = fixture(["全市生产总值增长5%。"], ["城市（县城）、乡镇分别新增日污水处理能力13万立方米、1万立方米，开工建设生活垃圾焚烧发电厂11座。"]);
    expect(one(x, "", "13万立方米").label_zh).toBe("城市（县城）新增日污水处理能力");
  });
});

describe("crops listed before the yield they share", () => {
  it("share it where the dictionary draws a word across it (Guizhou 2023: 粮食和油菜单产分别增长2%、3%, not 粮食增长)", () => {
    expect(listItems("粮食和油菜单产增长", 2)).toEqual(["粮食单产增长", "油菜单产增长"]);
    const x = fixture(["全市生产总值增长5%。"], ["粮食和油菜单产分别增长2%、3%，完成国家下达粮食播种面积和产量任务。"]);
    expect(one(x, "", "2%").label_zh).toBe("粮食单产增长");
  });
});
