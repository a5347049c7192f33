import { describe, expect, it } from "vitest";
import { asciiDigits } from "../../../src/lib/text/hygiene.ts";
import { extractText, fixture, metrics, nationFixture, one, quoting, typed, written, writtenMetrics } from "./helpers.ts";
import { withUnitEn } from "../../../src/i18n/figures.ts";
import { unitParts } from "../../../src/lib/charts/units.ts";
import { listItems } from "../../../src/lib/figures/lists.ts";
import { readUnit } from "../../../src/lib/figures/units.ts";
import { matchMetric } from "../../../src/lib/figures/metric-match.ts";
import { excludedSpans, exclusionAt } from "../../../src/lib/figures/exclusions.ts";
import { partSignal } from "../../../src/lib/figures/parts.ts";

/**
 * Sentences of reports of other places and years than the corpus's (Guangxi 2003 and 2026, Ili 2025, a city's
 * “十三五” review), each in a small report of plan year 2020: what they state, read as the text means it.
 */
describe("a copy that ends its sentences with a Latin point", () => {
  it("labels the figure after `%.` without the point (Guangdong 2004: …增长16.1%.全年地方一般预算收入1313亿元)", () => {
    const x = fixture([
      "财税收入在基数大、减收因素多的情况下，仍然保持较快增长，全年来源于广东的财政总收入达 3280亿元，增长16.1%.全年地方一般预算收入1313亿元，按可比口径计算增长14.8%；地方一般预算支出1695亿元，增长11.5%.金融机构本外币存款余额29641亿元，各项贷款余额20126亿元，分别比上年末增长16.6%和18.6%.",
    ], ["地区生产总值增长6%。"]);
    const of = (metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => [f.label_zh, f.value]);
    expect(of("budget_revenue")).toEqual([["地方一般预算收入", 1313]]);
    expect(of("deposits_balance")).toEqual([["金融机构本外币存款余额", 29641]]);
  });

  it("a change measured on a comparable basis (按可比口径计算增长14.8%) is the change of the revenue before it (Guangdong 2004)", () => {
    const x = fixture(["全年地方一般预算收入1313亿元，按可比口径计算增长14.8%；地方一般预算支出1695亿元，增长11.5%。"], ["地区生产总值增长6%。"]);
    expect(writtenMetrics(x, "14.8%")).toEqual([["14.8%", "budget_revenue_growth"]]);
  });
});

describe("a budget's two sides named once", () => {
  it("a bare 支出 after the budget's revenue is that budget's spending, and its change after 分别 too (Henan 2010: 地方财政一般预算收入1126亿元、支出2903亿元，分别增长11.6%和27.2%)", () => {
    const x = fixture([
      "——经济增长好于预期。初步核算，全省生产总值19367亿元，比上年增长10.7%；地方财政一般预算收入1126亿元、支出2903亿元，分别增长11.6%和27.2%；全社会固定资产投资13705亿元，增长30.6%。",
    ], ["生产总值增长10%。"]);
    expect(x.figures.filter((f) => /^budget_/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["budget_revenue", "地方财政一般预算收入", 1126],
      ["budget_spending", "地方财政一般预算支出", 2903],
      ["budget_revenue_growth", "地方财政一般预算收入增长", 11.6],
      ["budget_spending_growth", "地方财政一般预算支出增长", 27.2],
    ]);
  });

  it("完成 between 分别 and the figures is no word of the last item: 收入和支出分别完成…和… gives the spending too (Guyuan 2016)", () => {
    const x = fixture([
      "一是紧盯项目稳增长。完成地区生产总值217亿元，增长8.5%；全社会固定资产投资345.8亿元，增长15%；地方公共财政一般预算收入和支出分别完成15.91亿元和184.59亿元，分别增长4.02%和11.58%。",
    ], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => /^budget_/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["budget_revenue", "地方公共财政一般预算收入", 15.91],
      ["budget_spending", "地方公共财政一般预算支出", 184.59],
      ["budget_revenue_growth", "地方公共财政一般预算收入增长", 4.02],
      ["budget_spending_growth", "地方公共财政一般预算支出增长", 11.58],
    ]);
  });
});

describe("a running total whose years follow what it totals", () => {
  it("spans those years up to the year reviewed, its label without them (Shanghai 2008: 地方财政收入五年累计完成7155.9亿元，年均增长23.9%)", () => {
    const x = fixture([
      "经济持续平稳健康发展。全市生产总值年均增长12.6%，2007年预计达到1.2万亿元，比2002年翻了一番多，地方财政收入五年累计完成7155.9亿元，年均增长23.9%。",
    ], ["生产总值增长10%左右。"]);
    const total = quoting(x, "7155.9亿元").filter((f) => f.value === 7155.9);
    expect(total.map((f) => [f.metric, f.year, f.period, f.label_zh])).toEqual([["budget_revenue", 2019, [2015, 2019], "地方财政收入累计完成"]]);
  });
});

describe("a year between the indicator and the verb of getting it done", () => {
  it("is the figure's time, no word of its label (Shanghai 2008: 外贸出口2007年完成1439.3亿美元)", () => {
    const x = fixture(["投资、消费、出口保持均衡增长，投资结构趋于优化，外贸出口2007年完成1439.3亿美元，比2002年增长3.5倍。"], ["生产总值增长10%左右。"]);
    expect(quoting(x, "1439.3亿美元").filter((f) => f.value === 1439.3).map((f) => [f.metric, f.label_zh])).toEqual([["exports_usd", "外贸出口"]]);
  });
});

describe("shares of the place's output named by the place", () => {
  it("read as the regional output's, R&D written out as 研究与开发 too, but not a district's (Shanghai 2008)", () => {
    const x = fixture([
      "2007年第三产业增加值预计达到6208.9亿元，占全市生产总值的比重达到51.7%。",
      "全社会研究与开发经费支出相当于全市生产总值的比例达到2.6%，五年共有210项重大科研成果获得国家科技奖励。",
    ], ["第三产业增加值超过1.1万亿元，中心城区第三产业增加值占中心城区生产总值的比重超过80%。"]);
    expect(writtenMetrics(x, "51.7%")).toEqual([["51.7%", "services_share"]]);
    expect(writtenMetrics(x, "2.6%")).toEqual([["2.6%", "rd_intensity"]]);
    expect(writtenMetrics(x, "80%")).toEqual([["80%", null]]);
  });
});

describe("the plan year's aims of a city's report of 2008 (Hangzhou 2008)", () => {
  it("reads R&D written out as 研究开发 as 研发: 全社会研究开发投入占生产总值比重达到2.6% is the R&D intensity", () => {
    const x = fixture(["全市实现生产总值4103.89亿元，比上年增长14.6%。"], [
      "建议2008年全市经济社会发展的预期目标为：在优化结构、提高效益、降低消耗、保护环境的基础上，地区生产总值增长12%以上，地方财政收入增长15%;全社会研究开发投入占生产总值比重达到2.6%；万元生产总值综合能耗下降4.4%，化学需氧量和二氧化硫年排放量分别减少3.7%；城镇居民人均可支配收入和农村居民人均纯收入分别增长8%。",
    ]);
    expect(writtenMetrics(x, "2.6%")).toEqual([["2.6%", "rd_intensity"]]);
  });

  it("reads a pollutant's yearly emissions as its emissions: 化学需氧量和二氧化硫年排放量分别减少5%和4.6% cuts both", () => {
    const x = fixture([
      "全社会固定资产投资1684.13亿元，增长15.3%；万元生产总值能耗下降4%以上；化学需氧量和二氧化硫年排放量分别减少5%和4.6%；年度人口自然增长率为3.36‰。",
    ], ["地区生产总值增长12%以上，万元生产总值综合能耗下降4.4%，化学需氧量和二氧化硫年排放量分别减少3.7%。"]);
    expect(x.figures.filter((f) => /排放/.test(f.label_zh)).map((f) => [f.kind, f.value, f.metric])).toEqual([
      ["result", 5, "cod_emissions_change"],
      ["result", 4.6, "so2_emissions_change"],
      ["target", 3.7, "cod_emissions_change"],
      ["target", 3.7, "so2_emissions_change"],
    ]);
  });
});

describe("a change told from its old value to its new one", () => {
  it("扩大到 ends a baseline as 增加到 does: only the new value is a result", () => {
    const x = fixture(["高等教育招生规模由1997年的4.67万人扩大到2002年的13.88万人。"], ["地区生产总值增长6%。"]);
    const enrolment = quoting(x, "高等教育招生规模");
    expect(enrolment.map((f) => written(x, f))).toEqual(["13.88万人"]);
    expect(typed(enrolment[0]!)).toMatchObject({ kind: "result", label_zh: "高等教育招生规模", value: 13.88, unit: "万人" });
  });

  it("an old value written as an average (由平均20个工作日压缩到5个工作日) or lowered to the new (分别由2万元、3万元降低到3000元、7000元) is a baseline (Ningxia 2019, 2023)", () => {
    const x = fixture(["企业开办时间由平均20个工作日压缩到5个工作日。"], ["将低保边缘人口和因病致贫重病患者救助起付标准分别由2万元、3万元降低到3000元、7000元。"]);
    expect(quoting(x, "企业开办时间").map((f) => [written(x, f), f.label_zh])).toEqual([["5个工作日", "企业开办时间"]]);
    expect(quoting(x, "救助起付标准").map((f) => written(x, f))).toEqual(["3000元", "7000元"]);
  });

  it("an old value given per month or year (分别从每月457元、206元提高到…, 从每人每月 1450 元和 880 元提高到…) is a baseline (Yunfu 2018)", () => {
    const x = fixture(["地区生产总值增长6%。"], [
      "城镇、农村低保对象最低生活保障人均补差水平，分别从每月457元、206元提高到503元、228元，分别提高10%和11%。",
      "孤儿基本生活最低养育标准集中供养和分散供养水平，分别从每人每月 1450 元和 880 元提高到1560元和 950元，平均提高8%。",
      "困难残疾人生活补贴、重度残疾人护理补贴标准，分别从每人每年1800元、2400元提高到1890元、2520元，提高5%。",
    ]);
    const of = (from: string, to: string) =>
      x.figures.filter((f) => f.quote.includes(from) || f.quote.includes(to)).map((f) => written(x, f));
    expect(of("457元", "503元")).toEqual(["503元", "228元", "10%", "11%"]);
    expect(of("1450 元", "1560元")).toEqual(["1560元", "950元"]);
    expect(of("1800元", "1890元")).toEqual(["1890元", "2520元", "5%"]);
  });

  it("an estimate between the old value and the verb (从55.8%预计提高到64%) still marks the old value a baseline (Weifang 2021)", () => {
    const x = fixture(["这五年，城乡区域协调发展。常住人口城镇化率从55.8%预计提高到64%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "常住人口城镇化率").map((f) => written(x, f))).toEqual(["64%"]);
  });

  it("a word of degree between the old value and the verb (由上年的 42.4%大幅提高到46.3%) still marks the old value a baseline, and is no label (Qinghai 2009)", () => {
    const x = fixture(["―――工业增加值预计实现444亿元，工业化率由上年的 42.4%大幅提高到46.3%，一批新能源、新材料产业正在加快崛起。"], ["地区生产总值增长6%。"]);
    const rate = quoting(x, "工业化率");
    expect(rate.map((f) => written(x, f))).toEqual(["46.3%"]);
    expect(typed(rate[0]!)).toMatchObject({ kind: "result", label_zh: "工业化率", value: 46.3, unit: "%" });
  });

  it("a list of old values before 分别 and the verb is all baselines (…人才由36人、165人分别增加到84人和407人)", () => {
    const x = fixture(["省“双创计划”人才由36人、165人分别增加到84人和407人。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "双创计划").map((f) => written(x, f))).toEqual(["84人", "407人"]);
  });

  it("the new values of such a list are each its indicator's, at the end of the years looked back on", () => {
    const x = fixture(["五年来，新增内资企业数和注册资金额由17669家、770亿元分别增加到37786家、2379亿元。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "新增内资企业数").map((f) => [written(x, f), f.label_zh, f.year, f.period])).toEqual([
      ["37786家", "新增内资企业数", 2019, null],
      ["2379亿元", "注册资金额", 2019, null],
    ]);
  });

  it("a five-year plan's end as the old value's time (由“十二五”末的…) marks a baseline too", () => {
    const x = fixture(["国家节水行动取得阶段成效，全市用水总量由“十二五”末的15.81亿立方米减少到14.2亿立方米。"], ["地区生产总值增长6%。"]);
    const water = quoting(x, "全市用水总量");
    expect(water.map((f) => written(x, f))).toEqual(["14.2亿立方米"]);
    expect(typed(water[0]!)).toMatchObject({ kind: "result", label_zh: "用水总量", value: 14.2, direction: "down" });
  });
});

describe("a change told from a part of the year's value to the year-end one", () => {
  it("the part-year value (从上半年5.5%) is a baseline: only the year-end rate is a result", () => {
    const x = fixture(["城镇新增就业42.3万人，年末城镇调查失业率从上半年5.5%降到5.3%。"], ["地区生产总值增长6%。"]);
    const rate = quoting(x, "年末城镇调查失业率");
    expect(rate.map((f) => written(x, f))).toEqual(["5.3%"]);
    expect(typed(rate[0]!)).toMatchObject({ kind: "result", year: 2019, label_zh: "年末城镇调查失业率", metric: "surveyed_unemployment_rate", value: 5.3, direction: "down" });
  });

  it("a quarter's value written right before the figure (从一季度的10.4%, Jilin city 2023) is no year's GDP growth", () => {
    const x = fixture(["地区生产总值累计降幅从一季度的10.4%收窄至前三季度的2.2%，全年经济逐步回稳。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "从一季度的10.4%").map((f) => f.metric)).toEqual([null, null]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.value])).toEqual([["target", 6]]);
  });
});

describe("a deed named at the label's end and denied (仍未脱贫)", () => {
  it("the people not yet out of poverty are no people lifted out of it (Mianyang 2016)", () => {
    const x = fixture(["脱贫攻坚任务依然艰巨，还有约12万贫困人口仍未脱贫。"], ["地区生产总值增长6%。"]);
    expect(writtenMetrics(x, "仍未脱贫")).toEqual([["12万", null]]);
  });

  it("nor are the people who have not (没有脱贫): 全市还有8.4万人没有脱贫 (Ulanqab 2018)", () => {
    const x = fixture(["地区生产总值增长5%。"], ["全市还有8.4万人没有脱贫，全面建成小康社会40项指标还有26项没有达标。", "年内实现4.5万贫困人口稳定脱贫。"]);
    expect(writtenMetrics(x, "没有脱贫")).toEqual([["8.4万人", null]]);
    expect(writtenMetrics(x, "稳定脱贫")).toEqual([["4.5万", "poverty_exits_people"]]);
  });
});

describe("a ratio written with the ratio sign ∶ (U+2236)", () => {
  it("reads as a colon between digits, at the same offsets", () => {
    expect(asciiDigits("由1997年的31.9∶33.8∶34.3转变为")).toBe("由1997年的31.9:33.8:34.3转变为");
    expect(asciiDigits("比例∶前后")).toBe("比例∶前后");
  });

  it("is read as a ratio, its old value a baseline, as with a colon", () => {
    const x = fixture(
      ["产业结构日趋优化，三次产业结构由1997年的31.9∶33.8∶34.3转变为2002年的24.2∶34.9∶40.9。农业的基础地位得到加强，经济作物与粮食作物种植比例由0.65∶1提高到0.83∶1。"],
      ["地区生产总值增长6%。"],
    );
    const ratios = x.figures.filter((f) => f.unit === ":");
    expect(ratios.map((f) => written(x, f))).toEqual(["24.2∶34.9∶40.9", "0.83∶1"]);
    expect(typed(ratios[0]!)).toMatchObject({ kind: "result", year: 2019, label_zh: "三次产业结构", value: [24.2, 34.9, 40.9] });
    expect(ratios[1]!.value).toEqual([0.83, 1]);
  });
});

describe("a ratio with a space beside a colon, as PDF copies leave it (Gansu 2001)", () => {
  it("reads as one ratio, its parts still apart from a number that only follows a colon", () => {
    expect(asciiDigits("由1995年的19.97：46.72 ：33.31调整到")).toBe("由1995年的19.97:46.72\u2060:33.31调整到");
    expect(asciiDigits("比例为0.65 ：1.2")).toBe("比例为0.65\u2060:1.2");
    // An item's number before a colon, and the year after it, are no ratio (`附表1： 2000年…`), nor two whole numbers.
    expect(asciiDigits("附表1： 2000年主要指标")).toBe("附表1： 2000年主要指标");
    expect(asciiDigits("第3 ：2项")).toBe("第3 ：2项");
  });

  it("the old ratio is a baseline and the new one the result, with its label", () => {
    const x = fixture(["——结构调整取得了一定成效。一、二、三产业结构由1995年的19.97：46.72 ：33.31调整到19.63：44.75：35.62。农村经济结构调整成效显著。"], ["地区生产总值增长6%。"]);
    const ratios = x.figures.filter((f) => f.unit === ":");
    expect(ratios.map((f) => written(x, f))).toEqual(["19.63：44.75：35.62"]);
    expect(typed(ratios[0]!)).toMatchObject({ kind: "result", year: 2019, label_zh: "一、二、三产业结构", value: [19.63, 44.75, 35.62] });
  });
});

describe("a verb of getting it done or an estimate between the indicator and its figure", () => {
  it("is no word of the indicator: 完成, 实现, 预计 after its name (Fushan 2019, Xicheng 2015)", () => {
    const x = fixture(
      [
        "2018年,全县地区生产总值完成46.1亿元,同比下降4.3%;规模以上工业增加值完成6.24亿元,同比下降34.9%;全社会固定资产投资完成5.5亿元,同比下降64.4%。",
        "地区生产总值预计实现3038亿元,增长7.5%;三级税收实现4315.1亿元,增长14.4%;居民人均可支配收入预计达到47390元,增长9%。",
      ],
      ["地区生产总值增长6%。"],
    );
    const labels = (clause: string) => quoting(x, clause).map((f) => [written(x, f), f.label_zh, f.metric]);
    expect(labels("全县地区生产总值完成46.1亿元")).toEqual([["46.1亿元", "全县地区生产总值", "gdp"], ["4.3%", "全县地区生产总值同比下降", "gdp_growth"]]);
    expect(labels("全社会固定资产投资完成5.5亿元")).toEqual([["5.5亿元", "全社会固定资产投资", "fixed_investment"], ["64.4%", "全社会固定资产投资同比下降", "fixed_investment_growth"]]);
    expect(labels("地区生产总值预计实现3038亿元")).toEqual([["3038亿元", "地区生产总值", "gdp"], ["7.5%", "地区生产总值增长", "gdp_growth"]]);
    expect(labels("三级税收实现4315.1亿元").map(([, label]) => label)).toEqual(["三级税收", "三级税收增长"]);
    expect(labels("居民人均可支配收入预计达到47390元")).toEqual([["47390元", "居民人均可支配收入", "resident_income"], ["9%", "居民人均可支配收入增长", "resident_income_growth"]]);
  });

  it("is no word of the indicator: an item's dash of U+2015 before it, 初步预计 after it (Qinghai 2009: ―――生产总值初步预计960亿元)", () => {
    const x = fixture(["―――生产总值初步预计960亿元，比上年增长12.5%。", "―――全社会固定资产投资达到582亿元，增长19.4%。"], ["地区生产总值增长9%左右。"]);
    expect(one(x, "生产总值初步预计960亿元", "960亿元")).toMatchObject({ label_zh: "生产总值", metric: "gdp", kind: "result", year: 2019 });
    expect(one(x, "比上年增长12.5%", "12.5%")).toMatchObject({ label_zh: "生产总值比上年增长", metric: "gdp_growth" });
    expect(one(x, "全社会固定资产投资达到582亿元", "582亿元")).toMatchObject({ label_zh: "全社会固定资产投资", metric: "fixed_investment" });
  });

  it("is no word of the indicator: a pledge after its name, 必保 or 确保 as 力争 (Yanbian 2016: 公共财政预算收入必保增长5.5%、力争达到7%)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长7%，公共财政预算收入必保增长5.5%、力争达到7%，固定资产投资确保增长10%。"]);
    expect(one(x, "公共财政预算收入必保增长5.5%", "5.5%")).toMatchObject({ label_zh: "公共财政预算收入增长", metric: "budget_revenue_growth", kind: "target" });
    expect(one(x, "固定资产投资确保增长10%", "10%")).toMatchObject({ label_zh: "固定资产投资增长", metric: "fixed_investment_growth" });
    // The stretch target after it is the same change striven for, with no indicator beside the target's.
    expect(one(x, "公共财政预算收入必保增长5.5%、力争达到7%", "7%")).toMatchObject({ label_zh: "公共财政预算收入增长（力争）", metric: null, kind: "target", direction: "up" });
  });

  it("gives a stretch target after the plan's GDP target a label of its own and no indicator (Linyi 2025: 地区生产总值增长5.5%、力争6%)", () => {
    const x = fixture(["地区生产总值增长5%。"], ["地区生产总值增长5.5%、力争6%，居民人均可支配收入增长5.5%、争取6%以上。"]);
    const gdp = x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth");
    expect(gdp.map((f) => [written(x, f), f.label_zh])).toEqual([["5.5%", "地区生产总值增长"]]);
    expect(one(x, "地区生产总值增长5.5%、力争6%", "6%")).toMatchObject({ label_zh: "地区生产总值增长（力争）", metric: null, value: 6, unit: "%" });
    expect(one(x, "争取6%以上", "6%")).toMatchObject({ label_zh: "居民人均可支配收入增长（力争）", metric: null, qualifier: "at_least" });
    // After a comma too, in a clause of its own (Jiamusi 2023: 地区生产总值增长8%，力争10%).
    const comma = fixture(["地区生产总值增长5%。"], ["地区生产总值增长8%，力争10%。"]);
    expect(comma.figures.filter((f) => f.kind === "target").map((f) => [written(comma, f), f.label_zh, f.metric, f.quote])).toEqual([
      ["8%", "地区生产总值增长", "gdp_growth", "地区生产总值增长8%"],
      ["10%", "地区生产总值增长（力争）", null, "地区生产总值增长8%，力争10%"],
    ]);
    // A level striven for after a growth is a target of its own (Guizhou 2019: 地区生产总值增长9%左右、力争超过1.6万亿元).
    const level = fixture(["地区生产总值增长5%。"], ["地区生产总值增长9%左右、力争超过1.6万亿元。"]);
    expect(one(level, "力争超过1.6万亿元", "1.6万亿元")).toMatchObject({ label_zh: "地区生产总值", metric: "gdp" });
  });

  it("gives the figure the work is organised to after a target a label of its own and no indicator (Tianjin 2004: 国内生产总值增长11.5%，按13%组织)", () => {
    const x = fixture(["全年实现国内生产总值2386.9亿元，比上年增长14.5%。"], ["今年全市经济和社会发展的主要预期目标是：国内生产总值增长11.5%，按13%组织；财政收入增长15%，按18%组织；全社会固定资产投资增长18%，按20%组织。"]);
    const gdp = x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth");
    expect(gdp.map((f) => [written(x, f), f.label_zh])).toEqual([["11.5%", "国内生产总值增长"]]);
    expect(one(x, "国内生产总值增长11.5%，按13%组织", "13%")).toMatchObject({ label_zh: "国内生产总值增长（按…组织）", metric: null, kind: "target", direction: "up" });
    expect(one(x, "全社会固定资产投资增长18%，按20%组织", "20%")).toMatchObject({ label_zh: "全社会固定资产投资增长（按…组织）", metric: null });
    expect(one(x, "全社会固定资产投资增长18%", "18%")).toMatchObject({ metric: "fixed_investment_growth" });
  });

  it("but the share of a plan done is of the doing (Xingtai 2024: 42个省重点项目投资完成148.47%), and a task done as a whole keeps its adverb", () => {
    const x = fixture(["42个省重点项目投资完成148.47%，360个市重点项目投资完成139.88%。110项年度改革任务基本完成。"], ["地区生产总值增长6%。"]);
    expect(one(x, "省重点项目投资完成148.47%", "148.47%").label_zh).toBe("省重点项目投资完成");
    expect(one(x, "年度改革任务基本完成", "110项").label_zh).toBe("年度改革任务基本完成");
  });
});

describe("a multiple of an earlier year's level", () => {
  it("is measured against that year (Xicheng 2017: 是2011年的1.48倍; Xizang 2021: 是“十二五”末的2.3倍)", () => {
    const x = fixture(
      ["2019年全区地区生产总值达到3480亿元,是2011年的1.48倍,年均增长8.2%。金融机构各项本外币贷款余额4957亿元，是“十二五”末的2.3倍。技改投资是上年的2.5倍。"],
      ["地区生产总值增长6%。"],
    );
    expect(typed(one(x, "是2011年的1.48倍", "1.48倍"))).toMatchObject({ kind: "result", year: 2019, base_year: 2011, value: 1.48, unit: "倍" });
    expect(one(x, "是“十二五”末的2.3倍", "2.3倍").base_year).toBe(2015);
    // The year before is the base of every figure: no base year.
    expect(one(x, "技改投资是上年的2.5倍", "2.5倍").base_year).toBeNull();
  });

  it("said as near to it (接近2007年的3倍) leaves the subject to the average after it (Liaoning 2013)", () => {
    const x = fixture(
      ["去年，全省地区生产总值实现2.48万亿元，是2014年的2.2倍，年均增长12.5%，由2014年全国第八位升至第七位。公共财政预算收入实现3103亿元，接近2014年的3倍，年均增长23.4%。"],
      ["地区生产总值增长6%。"],
    );
    expect(typed(one(x, "接近2014年的3倍", "3倍"))).toMatchObject({ kind: "result", year: 2019, base_year: 2014, metric: null, label_zh: "公共财政预算收入接近2014年", value: 3, unit: "倍" });
    expect(typed(one(x, "年均增长23.4%", "23.4%"))).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019], metric: "budget_revenue_growth", label_zh: "公共财政预算收入年均增长", value: 23.4 });
  });
});

describe("a verb that takes a list of amounts, each with its noun", () => {
  it("goes with every noun of the list (Hanbin 2025: 实际使用内资30.2亿元、外资381万美元)", () => {
    const x = fixture(["争取上级转移支付31.8亿元、专项资金25.8亿元，新增一般债券2.3亿元、专项债券6.4亿元。实际使用内资30.2亿元、外资381万美元。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "外资381万美元", "381万美元"))).toMatchObject({ label_zh: "实际使用外资", metric: "fdi_actual" });
    expect(one(x, "专项债券6.4亿元", "6.4亿元").label_zh).toBe("新增专项债券");
    expect(one(x, "专项资金25.8亿元", "25.8亿元").label_zh).toBe("争取专项资金");
  });

  it("but not to words the subject before completes, nor to a rate (Hebei 2016: 实际利用外资320亿美元、年均增长10%)", () => {
    const x = fixture(["实际利用外资320亿美元、年均增长10%。新增就业1.2万人、城镇登记失业率3.9%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "年均增长10%", "10%").label_zh).toBe("实际利用外资年均增长");
    expect(one(x, "城镇登记失业率3.9%", "3.9%").label_zh).toBe("城镇登记失业率");
  });
});

describe("a magnitude of two characters before the unit (千亿, 百亿)", () => {
  it("is one unit with its number: 9千亿元 is 9 of 千亿元, nine hundred billion yuan", () => {
    const x = fixture(["经济实力实现新跨越，一般公共预算收支累计分别突破9千亿元、3万亿元。全部工业增加值超8千亿元、比2015年增加五成以上。"], ["地区生产总值增长6%。"]);
    const sums = quoting(x, "一般公共预算收支累计");
    expect(sums.map((f) => [written(x, f), f.value, f.unit, f.qualifier])).toEqual([
      ["9千亿元", 9, "千亿元", "at_least"],
      ["3万亿元", 3, "万亿元", "at_least"],
    ]);
    const industry = quoting(x, "全部工业增加值超8千亿元");
    expect(industry.map((f) => [written(x, f), f.label_zh, f.value, f.unit])).toEqual([["8千亿元", "全部工业增加值", 8, "千亿元"]]);
    // In English and on a chart's axis, as 亿元 and 万亿元 are.
    expect(withUnitEn(9, "千亿元")).toBe("900 billion yuan");
    expect(withUnitEn(3, "万亿元")).toBe("3,000 billion yuan");
    expect(unitParts("千亿元")).toEqual({ base: "元", factor: 1e11 });
  });
});

describe("a part that looks back on a plan, then turns to the next one without a heading", () => {
  // Guangxi 2026: 二、“十四五”时期发展成就和“十五五”时期主要目标任务.
  const x = extractText(
    "ceshi-2026.md",
    [
      "---",
      "title: 2026年测试市政府工作报告",
      "---",
      "",
      "——2026年2月2日在测试市第一届人民代表大会第一次会议上",
      "",
      "市长 张三",
      "",
      "各位代表：",
      "",
      "**一、2025年工作回顾**",
      "",
      "**——经济增长稳中有进。**全区地区生产总值增长5.1%，增速高于预期目标、高于上年同期、高于全国，取得多年未有的好成绩。",
      "",
      "**二、“十四五”时期发展成就和“十五五”时期主要目标任务**",
      "",
      "过去五年，我们牢记习近平总书记殷切嘱托，勇担历史使命，推动各项事业取得新的长足发展。经济实力实现新跨越，地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元，经济结构持续优化。",
      "",
      "根据《中国共产党广西壮族自治区委员会关于制定国民经济和社会发展第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案），提交大会审查。《纲要》贯彻落实自治区党委《建议》明确的主要目标，细化提出25项主要指标。经济发展方面，围绕增速、结构、效率提出5项指标，综合考虑各方面因素，兼顾需要与可能，提出地区生产总值年均增长5%左右，为确保与全国同步基本实现社会主义现代化、实现2035年人均地区生产总值比2020年翻一番打好基础。",
      "",
      "**三、2026年重点工作**",
      "",
      "今年我区经济社会发展主要预期目标是：经济增长5%左右，城镇调查失业率5.5%左右，居民消费价格指数涨幅2%以内。",
    ].join("\n"),
  );

  it("reads the past five years' figures as results over them, and the coming plan's as its aims", () => {
    expect(typed(one(x, "地区生产总值年均增长4.8%", "4.8%"))).toMatchObject({ kind: "result", year: 2025, period: [2021, 2025], metric: "gdp_growth" });
    expect(typed(one(x, "提出地区生产总值年均增长5%左右", "5%"))).toMatchObject({ kind: "target", year: 2030, period: [2026, 2030], metric: "gdp_growth", qualifier: "approx" });
    expect(typed(one(x, "细化提出25项主要指标", "25项"))).toMatchObject({ kind: "target", period: [2026, 2030] });
  });
});

describe("a label that ends in a verb with 及", () => {
  it("keeps 惠及 whole: 及 ending a word is no connector to drop", () => {
    const x = fixture(["发放困难群众救助补助资金127.8亿元、惠及461万人次。"], ["地区生产总值增长6%。"]);
    expect(one(x, "惠及461万人次", "461万人次").label_zh).toBe("惠及");
  });
});

describe("the three sectors named by their ordinals before a shared noun", () => {
  it("一、二、三产业增加值 is 第一产业增加值, 第二产业增加值 and 第三产业增加值, each with its own figure", () => {
    const x = fixture(["全区地区生产总值增长5.1%。一、二、三产业增加值分别增长4.2%、5%、5.4%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "一、二、三产业增加值").map((f) => [f.label_zh, f.metric, f.value, f.direction])).toEqual([
      ["第一产业增加值增长", "agriculture_value_added_growth", 4.2, "up"],
      ["第二产业增加值增长", "secondary_value_added_growth", 5, "up"],
      ["第三产业增加值增长", "services_value_added_growth", 5.4, "up"],
    ]);
  });

  it("so are 一二三产业 written without separators", () => {
    expect(listItems("一二三产业", 3)).toEqual(["第一产业", "第二产业", "第三产业"]);
    expect(listItems("全区第一、二、三次产业增加值", 3)).toEqual(["全区第一产业增加值", "全区第二产业增加值", "全区第三产业增加值"]);
    // Not the fusion of the three (`一二三产业融合发展示范园`), nor the structure of the three (`三次产业结构`).
    expect(listItems("一二三产业融合发展示范园", 3)).toEqual(Array(3).fill("一二三产业融合发展示范园"));
    expect(listItems("三次产业结构", null)).toEqual(["三次产业结构"]);
  });

  it("三次产业分别增长 with three figures is the growth of each sector in order (Ningxia 2009: 三次产业分别增长7.2%、14%和11%)", () => {
    const x = fixture(["全年地区生产总值突破千亿元大关，达到1070亿元，增长12%。三次产业分别增长7.2%、14%和11%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "三次产业").map((f) => [f.label_zh, f.metric, f.value, f.year])).toEqual([
      ["第一产业增长", "agriculture_value_added_growth", 7.2, 2019],
      ["第二产业增长", "secondary_value_added_growth", 14, 2019],
      ["第三产业增长", "services_value_added_growth", 11, 2019],
    ]);
    expect(listItems("三次产业增加值", 3)).toEqual(["第一产业增加值", "第二产业增加值", "第三产业增加值"]);
    // Not one figure of the three together, nor three that are no such list.
    expect(listItems("三次产业结构", null)).toEqual(["三次产业结构"]);
    expect(listItems("三次产业融合项目", 3)).toEqual(Array(3).fill("三次产业融合项目"));
  });

  it("一、二、三产分别增长, the sectors' short name after their ordinals, is the growth of each (Ningxia 2011: 一、二、三产分别增长7%、16%、11.6%)", () => {
    const x = fixture(["实现地区生产总值1643亿元，增长13.4%，是新世纪以来增速最快的一年；一、二、三产分别增长7%、16%、11.6%。"], ["地区生产总值增长12%。"]);
    expect(quoting(x, "三产分别").map((f) => [f.label_zh, f.metric, f.value, f.year])).toEqual([
      ["第一产业增长", "agriculture_value_added_growth", 7, 2019],
      ["第二产业增长", "secondary_value_added_growth", 16, 2019],
      ["第三产业增长", "services_value_added_growth", 11.6, 2019],
    ]);
  });
});

describe("a price rise read at a point of the year (Ningxia 2009: 居民消费价格涨幅从年初的10.5%回落到年末的3.4%)", () => {
  it("is a month's reading, not the year's consumer price rise", () => {
    const x = fixture(["社会消费品零售总额285亿元，增长22%。居民消费价格涨幅从年初的10.5%回落到年末的3.4%。新增城镇就业6.5万人。"], ["居民消费价格总水平涨幅4%左右。"]);
    expect(one(x, "回落到年末的3.4%", "3.4%").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "cpi_growth").map((f) => [f.kind, f.value])).toEqual([["target", 4]]);
    // A rate of the year's end that is the year's own (`城镇登记失业率年末为4.2%`) keeps its indicator.
    const y = fixture(["城镇登记失业率从年初的4.5%下降到年末的4.2%。"], ["地区生产总值增长6%。"]);
    expect(one(y, "年末的4.2%", "4.2%").metric).toBe("registered_unemployment_rate");
  });
});

describe("a share that opens its clause before its noun", () => {
  it("is the share of that noun, not of the clause before it", () => {
    const x = fixture(
      ["特色产业覆盖率超90%，脱贫人口务工规模293.2万人，超80%监测对象稳定消除返贫风险。实施“千村引领、万村提升”工程项目2758个、完工2746个，99%乡镇通三级及以上等级公路，农村卫生厕所普及率95.6%。"],
      ["地区生产总值增长6%。"],
    );
    const monitored = one(x, "超80%监测对象", "80%");
    expect(monitored).toMatchObject({ label_zh: "监测对象稳定消除返贫风险", qualifier: "at_least", quote: "超80%监测对象稳定消除返贫风险" });
    const roads = one(x, "99%乡镇", "99%");
    expect(roads).toMatchObject({ label_zh: "乡镇通三级及以上等级公路", quote: "99%乡镇通三级及以上等级公路" });
  });

  it("but a share of the amount before it that goes somewhere keeps that amount's name", () => {
    const x = fixture(["全年引进区外资金100亿元，80%投向制造业。"], ["地区生产总值增长6%。"]);
    expect(one(x, "80%投向制造业", "80%").label_zh).toBe("引进区外资金");
  });
});

describe("an amount added, then the total it brings the stock to", () => {
  it("the total is no addition: its label drops 新增 or 新登记", () => {
    const x = fixture(["全州新增煤炭产能350万吨、突破4000万吨。加快推进数字政府建设，全州新登记市场主体4.9万户、达到40.7万户。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "新增煤炭产能", "350万吨"))).toMatchObject({ label_zh: "全州新增煤炭产能", value: 350 });
    expect(typed(one(x, "新增煤炭产能", "4000万吨"))).toMatchObject({ label_zh: "全州煤炭产能", value: 4000, qualifier: "at_least" });
    expect(typed(one(x, "新登记市场主体", "4.9万户"))).toMatchObject({ label_zh: "全州新登记市场主体", metric: "new_market_entities", value: 4.9 });
    expect(typed(one(x, "新登记市场主体", "40.7万户"))).toMatchObject({ label_zh: "全州市场主体", metric: null, value: 40.7 });
  });

  it("a change of the amount added is still the addition's", () => {
    const x = fixture(["新增市场主体10782户，增长17.6%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "增长17.6%", "17.6%").label_zh).toBe("新增市场主体增长");
  });
});

describe("持平 after the year it is compared with", () => {
  it("names the indicator alone: 固定资产投资与上年持平 is fixed investment flat, a change of 0 %", () => {
    const x = fixture(["预计全州地区生产总值增长5.8%左右、一般公共预算收入增长13.2%、固定资产投资与上年持平、社会消费品零售总额增长7.3%左右。"], ["地区生产总值增长6%。"]);
    const f = one(x, "固定资产投资与上年持平", "持平");
    expect(typed(f)).toMatchObject({ kind: "result", label_zh: "固定资产投资", metric: "fixed_investment_growth", value: 0, unit: "%", direction: null, base_year: null });
    expect(one(x, "社会消费品零售总额增长7.3%左右", "7.3%").label_zh).toBe("社会消费品零售总额增长");
  });

  it("an older year compared with is the base year (出口总额与2016年持平 in a 2020 report: against 2016)", () => {
    const x = fixture(["出口总额与2016年基本持平。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "出口总额与2016年基本持平", "持平"))).toMatchObject({ label_zh: "出口总额", value: 0, base_year: 2016 });
  });

  it("持平 with another level, not a time (与全省平均水平基本持平), is parity, no change of 0 % (Yunfu 2018)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["推进金融机构和产品去杠杆工作，银行业金融机构不良贷款占比与全省平均水平基本持平。固定资产投资与上年持平。"]);
    expect(quoting(x, "不良贷款占比")).toEqual([]);
    expect(one(x, "固定资产投资与上年持平", "持平").value).toBe(0);
  });

  it("持平 in a clause of its own after a rate told (社会消费品零售总额增长5.5%，与上年持平) keeps that rate, no flat total (Songyuan 2019)", () => {
    const x = fixture(["社会消费品零售总额增长5.5%，与上年持平。粮食产量360万吨，与上年持平。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.metric === "retail_sales_growth").map((f) => f.value)).toEqual([5.5]);
    expect(quoting(x, "粮食产量").map((f) => f.value)).toContain(0);
  });
});

describe("the growth expected, as the national reports of 1999 and 2004 state the year's GDP target", () => {
  const gdpTargets = (x: ReturnType<typeof fixture>) => x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target" && f.year === 2020 && f.period === null);

  it("经济增长预期为7%左右 names the growth of the economy, a rise, though its verb is 为", () => {
    const x = fixture(["国内生产总值比上年增长7.8%。"], ["综合分析国内外的有利条件和制约因素，今年的经济增长预期为7%左右。实现7%左右的增长速度并不容易。"]);
    expect(typed(one(x, "今年的经济增长预期为7%左右", "7%"))).toMatchObject({ kind: "target", year: 2020, metric: "gdp_growth", label_zh: "经济增长预期", value: 7, qualifier: "approx" });
    expect(gdpTargets(x)).toHaveLength(1);
  });

  it("the authority that states the aim before its verb (中央提出) is no word of the indicator", () => {
    const x = fixture(["国内生产总值比上年增长9.1%。"], ["中央提出今年经济增长预期目标为7%左右，既考虑了保持宏观调控目标的连续性，也考虑了实际条件的衔接。"]);
    expect(typed(one(x, "中央提出今年经济增长预期目标为7%左右", "7%"))).toMatchObject({ kind: "target", metric: "gdp_growth", label_zh: "经济增长预期目标", value: 7, qualifier: "approx" });
  });

  it("a target the clause of main targets gives and a paragraph after it explains is one target", () => {
    const x = fixture(
      ["国内生产总值增长6.9%。"],
      ["今年发展的主要预期目标是：国内生产总值增长6.5%—7%，居民消费价格涨幅3%左右。", "经济增长预期目标6.5%—7%，考虑了与全面建成小康社会目标相衔接。"],
    );
    expect(gdpTargets(x).map((f) => f.quote)).toEqual(["国内生产总值增长6.5%—7%"]);
  });
});

describe("percentages written in words (the national report of 1993)", () => {
  const x = fixture(
    ["国民经济实现了快速增长，国民生产总值比上年增长百分之十二点八。农村居民人均纯收入平均每年实际增长百分之四至百分之五。"],
    ["今年国民生产总值计划增长百分之八，是留有余地的。"],
  );

  it("give the year's GDP growth and its target, each once", () => {
    expect(typed(one(x, "国民生产总值比上年增长百分之十二点八", "百分之十二点八"))).toMatchObject({ kind: "result", year: 2019, metric: "gdp_growth", value: 12.8, unit: "%" });
    expect(typed(one(x, "今年国民生产总值计划增长百分之八", "百分之八"))).toMatchObject({ kind: "target", year: 2020, period: null, metric: "gdp_growth", value: 8, unit: "%" });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target")).toHaveLength(1);
  });

  it("read a range whose second bound repeats 百分之 as one figure", () => {
    expect(x.figures.filter((f) => f.quote.includes("百分之四至百分之五")).map((f) => [f.min, f.max])).toEqual([[4, 5]]);
  });

  it("leave the old value of a change from one level to another out, as in digits", () => {
    const y = fixture(["目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。"], ["地区生产总值增长8%。"]);
    expect(y.figures.filter((f) => f.quote.includes("百分之八十")).map((f) => f.value)).toEqual([80]);
  });
});

describe("words before the indicator that say who states it", () => {
  const x = fixture(["全年地区生产总值增长5%。"], ["兼顾需要与可能，提出地区生产总值年均增长5%左右。我们仍将集中力量办好民生实事10件。确定主产业链链长12名。"]);

  it("a verb of stating the aim (提出) before a figure with its own verb is dropped", () => {
    expect(one(x, "提出地区生产总值年均增长5%左右", "5%").label_zh).toBe("地区生产总值年均增长");
  });

  it("so is the pronoun subject 我们, and the modal and the manner after it", () => {
    expect(one(x, "我们仍将集中力量办好民生实事10件", "10件")).toMatchObject({ label_zh: "办好民生实事", metric: "livelihood_projects" });
  });

  it("but a verb that is what the figure counts is kept (确定主产业链链长12名)", () => {
    expect(one(x, "确定主产业链链长12名", "12名").label_zh).toBe("确定主产业链链长");
  });
});

describe("a count before its noun, then 和 and the examples of a next item its own figure sums up after 等", () => {
  it("counts the noun alone: 办好校园周边交通秩序整治等30件民生实事和大水坑村农贸市场改造等505件“一村一年一事” gives 30 民生实事, the livelihood projects (Wuzhong 2025)", () => {
    const x = fixture(["坚持把增进民生福祉作为政府工作的出发点和落脚点，将80%以上的财力优先用于民生事业，用心用力办好校园周边交通秩序整治等30件民生实事和大水坑村农贸市场改造等505件“一村一年一事”。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "30件民生实事").filter((f) => f.unit === "件").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["30件", "民生实事", "livelihood_projects"],
      ["505件", "“一村一年一事”", null],
    ]);
  });
});

describe("a count of things merged into fewer", () => {
  it("the old count is a baseline; the new one counts the things, as 整合优化为 leaves them", () => {
    const x = fixture(["产业园区管理机构、人事、综合评价等改革加快落实，188个园区整合优化为120个。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "188个园区整合优化为120个").map((f) => [written(x, f), f.label_zh, f.value, f.unit, f.kind])).toEqual([["120个", "园区", 120, "个", "result"]]);
    expect(exclusionAt(excludedSpans("188个园区整合优化为120个"), 0, 3)).toBe("old-count");
  });

  it("a count cut to fewer with 为 is the count left, the old one its baseline (Ningxia 2014: 考核评比由39个压缩为21个，…议事协调机构由292个缩减为79个)", () => {
    const x = fixture(["改文风、改会风，讲短话、讲实话，坚决清理节会论坛、考核评比及表彰活动，节会论坛由19个调整为2个，考核评比由39个压缩为21个，表彰活动由128个减少为53个，议事协调机构由292个缩减为79个，全年文件简报和自治区级会议分别减少50%和40%。"], ["地区生产总值增长6%。"]);
    const counts = x.figures.filter((f) => f.unit === "个").map((f) => [written(x, f), f.label_zh, f.value, f.direction]);
    expect(counts).toEqual([
      ["2个", "节会论坛", 2, null],
      ["21个", "考核评比", 21, "down"],
      ["53个", "表彰活动", 53, "down"],
      ["79个", "议事协调机构", 79, "down"],
    ]);
  });

  it("not a count that names a unit of another figure (`10个项目优化到5个工作日`: another unit)", () => {
    expect(exclusionAt(excludedSpans("10个项目审批时间优化到5个工作日"), 0, 2)).toBeNull();
  });
});

describe("a decimal point a web copy set a space before (Inner Mongolia 2000)", () => {
  it("reads 2608 .7万头 as one number, quoted as written", () => {
    const line = "农业在大灾之年获得较好收成，粮食总产量达到142.85亿公斤，畜牧业又获丰收，牧业年度牲畜总增头数达到2608 .7万头（只），总增长率为4.4％，畜产品产量稳步增长。";
    const x = fixture([line], ["地区生产总值增长6%。"]);
    const head = one(x, "牧业年度牲畜总增头数", "2608 .7万头");
    expect(typed(head)).toMatchObject({ kind: "result", year: 2019, value: 2608.7, unit: "万头" });
    expect(head.label_zh).not.toContain("2608");
    expect(quoting(x, "牧业年度").map((f) => f.value)).not.toContain(7);
  });
});

describe("a decimal point a copy set a space on both sides of (Rizhao 2016)", () => {
  it("reads 8 . 89亿元 and 14 . 4% as one number each, quoted as written", () => {
    const line = "全年发放创业贷款8 . 89亿元，扶持创业7030人，带动就业3.3万人。本外币贷款余额比年初增长14 . 4%，增幅居全省第一。";
    const x = fixture([line], ["地区生产总值增长6%。"]);
    const loans = one(x, "全年发放创业贷款", "8 . 89亿元");
    expect(typed(loans)).toMatchObject({ kind: "result", value: 8.89, unit: "亿元" });
    expect(loans.label_zh).toBe("发放创业贷款");
    expect(one(x, "本外币贷款余额", "14 . 4%")).toMatchObject({ value: 14.4, unit: "%" });
    expect(quoting(x, "创业贷款").map((f) => f.value)).not.toContain(89);
  });
});

describe("a space a web copy set inside a word, where it broke a line (Inner Mongolia 2000)", () => {
  const review =
    "据初步统计，全区国内生产总值达到1271亿元，比上年增长7.7％。其中第一产业增加值增长1％；第二产业增加 值增长10％；第三产业增加值增长10.1％。财政总收入143.7亿元，增长9.5％。其中地 方财政收入100.8亿元，增长12.3％。";
  const plan = "全区工业增加值预期 增长10％左右。50户国有大中型工业企业初步建立现代企业制度并规范运作，80户国有大中 型亏损企业基本摆脱困境。";
  const x = fixture([review], [plan]);

  it("is left out of the label, the quote keeping the text as written", () => {
    expect(one(x, "第二产业增加 值增长10％", "10％").label_zh).toBe("第二产业增加值增长");
    const revenue = one(x, "地 方财政收入100.8亿元", "100.8亿元");
    expect(revenue.label_zh).toBe("地方财政收入");
    expect(revenue.quote).toContain("地 方财政收入");
  });

  it("does not end the noun a count counts (80户国有大中 型亏损企业)", () => {
    expect(one(x, "80户国有大中 型亏损企业", "80户").label_zh).toBe("国有大中型亏损企业基本摆脱困境");
  });

  it("but a space beside a Latin word or a number stays (CPI 上涨, 2013 年)", () => {
    const y = fixture(["物价总体稳定，CPI 累计上涨2.2%。"], ["地区生产总值增长6%。"]);
    expect(one(y, "CPI 累计上涨2.2%", "2.2%").label_zh).toBe("CPI 上涨");
  });
});

describe("older and regional names of the income and jobs indicators", () => {
  it("农牧民人均纯收入 (Inner Mongolia 2000) is the rural net income, 城镇新就业 (Jilin 2005) the new urban jobs", () => {
    const x = fixture(
      ["城镇居民人均可支配收入4770元，增长9.6％；农 牧民人均纯收入2003元，增长3.4％。城镇新就业39万人，下岗失业人员再就业29万人。"],
      ["主要预期目标是：本省生产总值增长10%以上，城镇新就业40万人，城镇登记失业率控制在5%以内。城镇居民人均可支配收入增长8％左右，农牧民人均纯收入增长5％以上。"],
    );
    expect(one(x, "农 牧民人均纯收入2003元", "2003元").metric).toBe("rural_net_income");
    expect(one(x, "增长3.4％", "3.4％").metric).toBe("rural_net_income_growth");
    expect(typed(one(x, "农牧民人均纯收入增长5％以上", "5％"))).toMatchObject({ kind: "target", year: 2020, metric: "rural_net_income_growth", qualifier: "at_least" });
    expect(one(x, "城镇新就业39万人", "39万人").metric).toBe("urban_jobs_new");
    expect(typed(one(x, "城镇新就业40万人", "40万人"))).toMatchObject({ kind: "target", metric: "urban_jobs_new", value: 40, unit: "万人" });
  });
});

describe("a change named after its rate (…实现29%的快速增长)", () => {
  it("is the subject's growth (Qitaihe 2014), and keeping it (保持20%以上的高速增长, Shanghai 2016) is no word of the indicator", () => {
    const x = fixture(
      ["预计地区生产总值实现241 亿元，下降14.5%；公共财政预算收入18.9 亿元，下降13.2%。固定资产投资实现29%的快速增长，收窄了经济下行速度，发展后劲明显增强。", "新增一批国家级电子商务示范基地，电子商务交易额保持20%以上的高速增长。"],
      ["必须从一开始就咬定6％左右的增长目标，努力实现高开高走。"],
    );
    expect(typed(one(x, "固定资产投资实现29%的快速增长", "29%"))).toMatchObject({ kind: "result", year: 2019, metric: "fixed_investment_growth", label_zh: "固定资产投资增长", value: 29, direction: "up" });
    expect(typed(one(x, "电子商务交易额保持20%以上的高速增长", "20%"))).toMatchObject({ metric: "e_commerce_sales_growth", label_zh: "电子商务交易额增长", qualifier: "at_least", direction: "up" });
  });

  it("so is a rate named the pace of a change after it, 以 no word of the indicator (Qinghai 2006: 预计五年间全省生产总值以年均12%的速度持续增长)", () => {
    const x = fixture(
      ["“十五”时期是我省发展历程中的最好时期。", "———国民经济持续快速增长，综合实力明显增强。预计五年间全省生产总值以年均12%的速度持续增长，突破总量500亿元、人均10000元的大关。"],
      ["全省经济社会发展的主要预期目标是：生产总值增长10%以上。"],
    );
    expect(typed(one(x, "预计五年间全省生产总值以年均12%的速度持续增长", "12%"))).toMatchObject({
      kind: "result",
      metric: "gdp_growth",
      label_zh: "全省生产总值年均增长",
      value: 12,
      period: [2015, 2019],
      direction: "up",
      estimate: true,
    });
  });

  it("but not a target named so (咬定6％左右的增长目标, Inner Mongolia 2023)", () => {
    const x = fixture(["全年地区生产总值增长5%。"], ["必须从一开始就咬定6％左右的增长目标，努力实现高开高走。"]);
    expect(one(x, "咬定6％左右的增长目标", "6％").label_zh).not.toMatch(/增长$/);
  });
});

describe("an estimate of the whole year and last year's policy, in the plan part (the State Council, 2020)", () => {
  it("预计全年 there is the plan year's, and 去年出台的…政策 is not the figure's time: both are plan-year targets", () => {
    const x = fixture(
      ["全年地区生产总值增长6.1%。"],
      ["继续执行去年出台的下调增值税税率和企业养老保险费率政策，新增减税降费约5000亿元。小微企业、个体工商户所得税缴纳一律延缓到明年。预计全年为企业新增减负超过2.5万亿元。"],
    );
    expect(typed(one(x, "新增减税降费约5000亿元", "5000亿元"))).toMatchObject({ kind: "target", year: 2020, period: null, metric: "tax_fee_cuts", qualifier: "approx" });
    expect(typed(one(x, "预计全年为企业新增减负超过2.5万亿元", "2.5万亿元"))).toMatchObject({ kind: "target", year: 2020, period: null, estimate: true, qualifier: "at_least" });
  });

  it("so is the whole year or the year named before 预计 (Shenyang 2017: 全年预计…, 当年预计…)", () => {
    const x = fixture(
      ["地区生产总值增长6%。"],
      ["从实现预期目标的主要支撑看：全年预计新增规模以上企业200户左右，也将带来新增量。投资方面，已落实开复工亿元以上项目570个，当年预计完成投资1250亿元左右。"],
    );
    expect(typed(one(x, "全年预计新增规模以上企业200户左右", "200户"))).toMatchObject({ kind: "target", year: 2020, period: null, qualifier: "approx" });
    expect(typed(one(x, "当年预计完成投资1250亿元左右", "1250亿元"))).toMatchObject({ kind: "target", year: 2020, period: null, qualifier: "approx" });
  });

  it("but in the review 预计全年 stays the reviewed year's estimate", () => {
    const x = fixture(["预计全年地区生产总值增长6%。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "预计全年地区生产总值增长6%", "6%"))).toMatchObject({ kind: "result", year: 2019, estimate: true, metric: "gdp_growth" });
  });
});

describe("a concentration in the air (微克/立方米), Shangrao 2024", () => {
  it("is a figure of its own, the PM2.5 level, not lost, nor run into the label of the figure after it", () => {
    const x = fixture(["全年PM2.5浓度均值26微克/立方米，空气质量优良率97%。"], ["确保PM2.5平均浓度稳定在27.7微克/立方米以内、空气质量优良率95.7%以上。"]);
    expect(typed(one(x, "PM2.5浓度均值26", "26微克/立方米"))).toMatchObject({ kind: "result", year: 2019, label_zh: "PM2.5浓度均值", value: 26, unit: "微克/立方米", metric: "pm25_concentration" });
    expect(typed(one(x, "稳定在27.7微克/立方米以内", "27.7微克/立方米"))).toMatchObject({ kind: "target", year: 2020, label_zh: "PM2.5平均浓度", max: 27.7, unit: "微克/立方米", qualifier: "at_most" });
    expect(one(x, "空气质量优良率95.7%以上", "95.7%").label_zh).toBe("空气质量优良率");
  });
});

describe("a concentration with its volume written first (每立方米87微克), Changzhi 2023", () => {
  it("is in 微克/立方米, its label the pollutant's, and the change after it goes on with the same label", () => {
    const x = fixture(["PM10平均浓度控制在每立方米87微克、下降9.4个百分点。"], ["PM2.5平均浓度控制在每立方米35微克以内。"]);
    expect(typed(one(x, "每立方米87微克", "每立方米87微克"))).toMatchObject({ kind: "result", year: 2019, label_zh: "PM10平均浓度", value: 87, unit: "微克/立方米", metric: "pm10_concentration" });
    expect(one(x, "下降9.4个百分点", "9.4个百分点").label_zh).toBe("PM10平均浓度下降");
    expect(typed(one(x, "每立方米35微克以内", "每立方米35微克"))).toMatchObject({ kind: "target", year: 2020, label_zh: "PM2.5平均浓度", max: 35, unit: "微克/立方米", qualifier: "at_most" });
  });
});

describe("books counted by the volume (册), Xuzhou 2014", () => {
  it("图书11.1万册 is 11.1 万册, not a bare magnitude", () => {
    const x = fixture(["文化惠民活动扎实开展，送戏下乡520场、电影2.89万场、图书11.1万册。"], ["地区生产总值增长11%左右。"]);
    expect(one(x, "图书11.1万册", "11.1万册")).toMatchObject({ value: 11.1, unit: "万册" });
  });
});

describe("a concentration in the air written in symbols (μg/m3), Xuzhou 2021", () => {
  it("is a figure of its own, not run into the label of the change after it", () => {
    const x = fixture(["市区PM2.5平均浓度50μg/m3、下降11.8%，优良天数261天、增加45天。"], ["到2025年，PM2.5平均浓度下降到35μg/m3。"]);
    expect(typed(one(x, "平均浓度50μg/m3", "50μg/m3"))).toMatchObject({ kind: "result", year: 2019, label_zh: "市区PM2.5平均浓度", value: 50, unit: "μg/m3", metric: "pm25_concentration" });
    expect(one(x, "下降11.8%", "11.8%")).toMatchObject({ label_zh: "市区PM2.5平均浓度下降", metric: "pm25_concentration_change" });
    expect(one(x, "下降到35μg/m3", "35μg/m3")).toMatchObject({ kind: "target", value: 35, unit: "μg/m3", metric: "pm25_concentration", year: 2025 });
  });
});

describe("a list whose shared noun comes after its last item (Shangrao 2024, Linfen 2021, Qianxinan 2020)", () => {
  it("each item of 分别 takes the measure the last names (…资产总额, …安全利用率)", () => {
    const x = fixture(["上投集团、上饶银行资产总额分别突破3200亿元、2300亿元。"], ["确保受污染耕地、重点建设用地安全利用率分别达93%、95%以上。"]);
    expect(one(x, "资产总额", "3200亿元").label_zh).toBe("上投集团资产总额");
    expect(one(x, "资产总额", "2300亿元").label_zh).toBe("上饶银行资产总额");
    expect(one(x, "安全利用率", "93%").label_zh).toBe("受污染耕地安全利用率");
    expect(one(x, "安全利用率", "95%").label_zh).toBe("重点建设用地安全利用率");
  });

  it("so do figures listed without 分别 (压减煤炭、焦化、钢铁产能1815万吨、1457万吨、252万吨)", () => {
    const x = fixture(["五年来，我们深度调整产业结构，压减煤炭、焦化、钢铁产能1815万吨、1457万吨、252万吨。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "钢铁产能").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["1815万吨", "压减煤炭产能"],
      ["1457万吨", "焦化产能"],
      ["252万吨", "钢铁产能"],
    ]);
  });

  it("one percentage after a list of whole rates is each rate's (…达标率、…优良率稳定保持100%)", () => {
    const x = fixture(
      ["危险废物处置利用率、医疗废物集中处置率100%。"],
      ["集中式饮用水源地水质达标率、主要河流水质优良率、出境断面水质优良率、重要湖（库）监测垂线水质优良率稳定保持100%。"],
    );
    expect(quoting(x, "稳定保持100%").map((f) => [f.kind, f.label_zh, f.value])).toEqual([
      ["target", "集中式饮用水源地水质达标率", 100],
      ["target", "主要河流水质优良率", 100],
      ["target", "出境断面水质优良率", 100],
      ["target", "重要湖（库）监测垂线水质优良率", 100],
    ]);
    expect(quoting(x, "医疗废物集中处置率100%").map((f) => f.label_zh)).toEqual(["危险废物处置利用率", "医疗废物集中处置率"]);
  });

  it("100% after a list that shares its rate's noun is each item's (Xingtai 2024: 农用地和建设用地安全利用率保持100%)", () => {
    const x = fixture(["农用地和建设用地安全利用率保持100%。"], ["城镇社区和农村集中居住区生活垃圾分类覆盖率达60%。"]);
    expect(quoting(x, "安全利用率保持100%").map((f) => [f.kind, f.label_zh, f.value])).toEqual([
      ["result", "农用地安全利用率", 100],
      ["result", "建设用地安全利用率", 100],
    ]);
    // Another value may be the items' together: one record.
    expect(quoting(x, "覆盖率达60%").map((f) => f.label_zh)).toEqual(["城镇社区和农村集中居住区生活垃圾分类覆盖率"]);
  });

  it("均要 before one figure gives it to each item, and so after a clause that lists them and states no figure (Heilongjiang 2007, Nanning 2022)", () => {
    const x = fixture(
      ["地区生产总值增长6%。"],
      ["全省城市污水处理率和生活垃圾无害化处理率，均要提高2个百分点。", "年内三大国家级开发区规模以上工业增加值均要增长20%以上。"],
    );
    expect(quoting(x, "均要提高2个百分点").map((f) => [f.label_zh, f.value])).toEqual([
      ["全省城市污水处理率提高", 2],
      ["全省城市生活垃圾无害化处理率提高", 2],
    ]);
    expect(quoting(x, "均要提高2个百分点")[0]!.quote).toBe("全省城市污水处理率和生活垃圾无害化处理率，均要提高2个百分点");
    expect(quoting(x, "均要增长20%以上").map((f) => f.label_zh)).toEqual(["三大国家级开发区规模以上工业增加值增长"]);
  });

  it("各, 双双 and 都在 before one figure give it to each item of the list (Shanxi 2026, Yinchuan 2021, Xizang 2021, Yunnan 2003)", () => {
    const x = fixture(
      ["花卉、天然药物产值增长都在20%以上。", "全面完成了退耕还林和荒山造林各150万亩的任务。"],
      ["新建省重点实验室、省技术创新中心、省工程研究中心各20家。", "创建市级示范合作社、示范家庭农场各20家。", "旅游人次和收入双双增长20 %以上。", "力争自治区本级财政和社会科技投入双双增长10%以上。"],
    );
    const rows = (text: string) => quoting(x, text).map((f) => [f.label_zh, f.value, f.qualifier]);
    expect(rows("省工程研究中心各20家")).toEqual([
      ["新建省重点实验室", 20, null],
      ["省技术创新中心", 20, null],
      ["省工程研究中心", 20, null],
    ]);
    expect(rows("示范家庭农场各20家")).toEqual([
      ["创建市级示范合作社", 20, null],
      ["示范家庭农场", 20, null],
    ]);
    expect(rows("旅游人次和收入")).toEqual([
      ["旅游人次增长", 20, "at_least"],
      ["旅游收入增长", 20, "at_least"],
    ]);
    expect(rows("社会科技投入")).toEqual([
      ["自治区本级财政科技投入增长", 10, "at_least"],
      ["社会科技投入增长", 10, "at_least"],
    ]);
    expect(rows("天然药物产值")).toEqual([
      ["花卉产值增长", 20, "at_least"],
      ["天然药物产值增长", 20, "at_least"],
    ]);
    expect(quoting(x, "荒山造林").map((f) => f.value)).toEqual([150, 150]);
  });

  it("a rate after a coverage stated in words is the rate's alone (Chengdu 2020, Xiamen 2020, Shizuishan 2021)", () => {
    const x = fixture(
      ["实现村庄高速宽带100%覆盖、农网供电可靠率达100%、农村自来水普及率达95%。"],
      ["实现城市社区养老服务设施全覆盖、农村社区养老服务设施覆盖率达到80%。", "农村生活垃圾治理实现全覆盖、生活污水治理率达到25%。"],
    );
    expect(quoting(x, "农网供电可靠率").map((f) => [written(x, f), f.label_zh])).toContainEqual(["100%", "农网供电可靠率"]);
    expect(quoting(x, "农网供电可靠率").map((f) => f.label_zh)).not.toContain("覆盖、农网供电可靠率");
    expect(one(x, "养老服务设施覆盖率", "80%").label_zh).toBe("农村社区养老服务设施覆盖率");
    // The rate names no place: it is the countryside's the coverage before it names.
    expect(one(x, "生活污水治理率", "25%").label_zh).toBe("农村生活污水治理率");
  });

  it("a bare measure after a statement about a thing is the thing's (Ningxia 2020, Dongguan 2024)", () => {
    const x = fixture(["粮食生产实现“十六连丰”、总产373万吨。推动七大战新基地提速建设、产值突破1000亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "总产373万吨", "373万吨").label_zh).toBe("粮食总产");
    expect(typed(one(x, "产值突破1000亿元", "1000亿元"))).toMatchObject({ label_zh: "七大战新基地产值", qualifier: "at_least" });
  });

  it("a total after an indicator's pace told against the province's is that indicator's level (Yibin 2023: 地区生产总值增速高于全省1个百分点以上、总量达到3800亿元左右)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["主要目标是：地区生产总值增速高于全省1个百分点以上、总量达到3800亿元左右；一般公共预算收入增速高于全省1个百分点、总量突破300亿元。"]);
    expect(typed(one(x, "总量达到3800亿元", "3800亿元"))).toMatchObject({ kind: "target", metric: "gdp", label_zh: "地区生产总值", qualifier: "approx" });
    expect(typed(one(x, "总量突破300亿元", "300亿元"))).toMatchObject({ metric: "budget_revenue", label_zh: "一般公共预算收入", qualifier: "at_least" });
  });

  it("a count of things of several levels (63项国家级、自治区级荣誉) counts the noun they share, not the first level", () => {
    const x = fixture(["全市获得63项国家级、自治区级荣誉。"], ["地区生产总值增长6%。"]);
    expect(one(x, "荣誉", "63项").label_zh).toBe("获得国家级、自治区级荣誉");
  });
});

describe("a total after an amount added (Shangrao 2024)", () => {
  it("is the total of the thing added (新增规上工业企业207家、总数达2315家 → 规上工业企业总数), never an addition", () => {
    const x = fixture(["全年新增规上工业企业207家、总数达2315家。新增市场主体9.4万户、总数达56.8万户。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "总数达2315家", "2315家"))).toMatchObject({ kind: "result", year: 2019, label_zh: "规上工业企业总数", metric: null });
    expect(one(x, "总数达2315家", "207家").label_zh).toBe("新增规上工业企业");
    expect(typed(one(x, "总数达56.8万户", "56.8万户"))).toMatchObject({ label_zh: "市场主体总数", metric: null });
    expect(one(x, "总数达56.8万户", "9.4万户").metric).toBe("new_market_entities");
  });
});

describe("a total after a thing named bare that shares the verb of the item before (Shangrao 2021)", () => {
  it("is the total of that thing (省市两化融合示范企业23家、总数达123家 → 省市两化融合示范企业总数), and 当年 opens no name", () => {
    const x = fixture(
      ["新增上云企业853家、总数达3387家，省市两化融合示范企业23家、总数达123家。新增省级重点工业产业集群6个、总数达10个，过百亿元产业集群5个、总数达6个。当年新增上市公司4家、总数达8家。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "总数达123家", "123家").label_zh).toBe("省市两化融合示范企业总数");
    expect(one(x, "总数达123家", "23家").label_zh).toBe("省市两化融合示范企业");
    expect(one(x, "总数达6个", "6个").label_zh).toBe("过百亿元产业集群总数");
    expect(one(x, "总数达8家", "8家").label_zh).toBe("上市公司总数");
    expect(one(x, "总数达3387家", "3387家").label_zh).toBe("上云企业总数");
  });
});

describe("a total after an amount newly put forward to be recognised (Xiaogan 2021: 新申报高新技术企业100家以上、总数突破400家)", () => {
  it("is the total of the things put forward", () => {
    const x = fixture(["地区生产总值增长4%。"], ["地区生产总值增长6%。大力支持企业自主创新，新申报高新技术企业100家以上、总数突破400家。"]);
    expect(typed(one(x, "总数突破400家", "400家"))).toMatchObject({ kind: "target", year: 2020, label_zh: "高新技术企业总数", metric: "high_tech_enterprises" });
    expect(one(x, "总数突破400家", "100家").label_zh).toBe("新申报高新技术企业");
  });
});

describe("an older report's look back over a five-year plan (Hainan 2006)", () => {
  const review = (lines: string[]) => fixture(lines, ["全省生产总值增长10%左右。"]);

  it("two years compared at the head of a sentence (2000年与2005年预计数比较) span the years after the earlier, up to the later", () => {
    const x = review(["2000年与2005年预计数比较，全省生产总值由526.2亿元增加到903亿元左右，年均递增10%。全社会固定资产投资累计完成1408亿元左右，年均递增12.8%。"]);
    expect(typed(one(x, "增加到903亿元左右", "903亿元"))).toMatchObject({ kind: "result", year: 2005, period: null, metric: "gdp" });
    expect(typed(one(x, "年均递增10%", "10%"))).toMatchObject({ kind: "result", year: 2005, period: [2001, 2005], metric: "gdp_growth", direction: "up" });
  });

  it("递增 is a growth, 增长了 and 达到了 are 增长 and 达到", () => {
    const x = review(["2005年与2000年比较，全省自然保护区总面积扩大到280.9万公顷，增长了76%;森林覆盖率达到了55.5%，提高4.4个百分点。"]);
    expect(typed(one(x, "增长了76%", "76%"))).toMatchObject({ label_zh: "全省自然保护区总面积增长", direction: "up", period: [2001, 2005] });
    expect(typed(one(x, "达到了55.5%", "55.5%"))).toMatchObject({ label_zh: "森林覆盖率", year: 2005, period: null, metric: "forest_coverage" });
  });

  it("an aim over five years after 实现 (力争实现五年转移农村劳动力20万人的目标) is no plan-year target, and 的目标 names nothing", () => {
    const x = fixture(["全年地区生产总值增长6%。"], ["力争实现五年转移农村劳动力20万人的目标。努力实现全省五年新增城镇就业岗位40万个的目标。"]);
    expect(typed(one(x, "转移农村劳动力20万人", "20万人"))).toMatchObject({ kind: "target", year: 2024, period: [2020, 2024], label_zh: "五年转移农村劳动力" });
    expect(typed(one(x, "新增城镇就业岗位40万个", "40万个"))).toMatchObject({ kind: "target", period: [2020, 2024], label_zh: "全省五年新增城镇就业岗位" });
  });
});

describe("labels of Shanxi 2026's review and plan", () => {
  it("a yearly average after a list (…增加值年均分别增长7%、6.8%) is every item's, the items read without it", () => {
    const x = fixture(["五年来，规上制造业、工业战略性新兴产业增加值年均分别增长7%、6.8%。开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "年均分别增长").map((f) => [f.label_zh, f.period])).toEqual([
      ["规上制造业增加值年均增长", [2015, 2019]],
      ["工业战略性新兴产业增加值年均增长", [2015, 2019]],
      ["开发区规上工业增加值年均增长", [2015, 2019]],
      ["工业投资年均增长", [2015, 2019]],
    ]);
  });

  it("an enumeration's marker run into its item (三是…, 十三是…) is no word of the label", () => {
    const x = fixture(["全年地区生产总值增长4%。"], ["今年再办好15件民生实事。三是对上消化道癌高危人群开展内镜检查3万名。十三是维修养护农村供水工程1900处。"]);
    expect(one(x, "内镜检查3万名", "3万名").label_zh).toBe("对上消化道癌高危人群开展内镜检查");
    expect(one(x, "农村供水工程1900处", "1900处").label_zh).toBe("维修养护农村供水工程");
  });

  it("a figure no word before it names takes the words after it, or the clause before it (never an empty label)", () => {
    const x = fixture(["为87万名80岁以上老年人发放高龄津贴。"], ["资助残疾人大学生和困难残疾人家庭子女大学生，合计6300名。"]);
    // The age bound opens the people counted: the label reads on past it, as with no age (为老人发放高龄补贴).
    expect(one(x, "高龄津贴", "87万名").label_zh).toBe("为80岁以上老年人发放高龄津贴");
    expect(one(x, "合计6300名", "6300名").label_zh).toBe("资助残疾人大学生和困难残疾人家庭子女大学生");
  });

  it("the words after a figure stop at the reach the next figure of the clause states (Yinchuan 2026: 15.7亿元兜底保障资金惠及群众35万人)", () => {
    const x = fixture(["15.7亿元兜底保障资金惠及群众35万人。"], ["地区生产总值增长5%以上。"]);
    expect(one(x, "兜底保障资金", "15.7亿元").label_zh).toBe("兜底保障资金");
    expect(one(x, "兜底保障资金", "35万人").label_zh).toBe("兜底保障资金惠及群众");
  });

  it("并 starting a word (并网2000万千瓦) is no conjunction", () => {
    const x = fixture(["全年地区生产总值增长4%。"], ["安排风电光伏装机规模3000万千瓦、并网2000万千瓦。"]);
    expect(one(x, "并网2000万千瓦", "2000万千瓦").label_zh).toBe("并网");
  });
});

describe("a bound between a measure word and its noun (建设300个以上精品示范村、2500个左右提档升级村), Shanxi 2026", () => {
  it("leaves each count its own noun, not the next one's", () => {
    const x = fixture(["全年地区生产总值增长4%。"], ["建设300个以上精品示范村、2500个左右提档升级村。建成3个以上自治区级智能工厂、4个以上数字化车间、10条以上智能化生产线。"]);
    expect(quoting(x, "精品示范村").map((f) => [written(x, f), f.label_zh, f.qualifier])).toEqual([
      ["300个", "建设精品示范村", "at_least"],
      ["2500个", "提档升级村", "approx"],
    ]);
    expect(quoting(x, "智能工厂").map((f) => f.label_zh)).toEqual(["建成自治区级智能工厂", "数字化车间", "智能化生产线"]);
  });

  it("so does a noun opening on a grade in a Latin letter (Taizhou 2019: 打造10万户美丽庭院、200个以上A级景区村庄)", () => {
    const x = fixture(["全年地区生产总值增长7.6%。"], ["打造10万户美丽庭院、200个以上A级景区村庄、20个以上乡村振兴精品村、10条风景示范带。"]);
    expect(quoting(x, "A级景区村庄").map((f) => [written(x, f), f.label_zh, f.qualifier])).toEqual([
      ["10万户", "打造美丽庭院", null],
      ["200个", "A级景区村庄", "at_least"],
      ["20个", "乡村振兴精品村", "at_least"],
      ["10条", "风景示范带", null],
    ]);
  });
});

describe("older and other names of the economy's growth", () => {
  it("国民经济增长 and 经济总量增长 are GDP growth; 经济总量 alone stays the GDP level", () => {
    const x = fixture(["全州国民经济增长5.9%，经济总量达到320亿元。"], ["国民经济增长6.5%左右。"]);
    expect(typed(one(x, "国民经济增长5.9%", "5.9%"))).toMatchObject({ kind: "result", metric: "gdp_growth" });
    expect(typed(one(x, "经济总量达到320亿元", "320亿元"))).toMatchObject({ metric: "gdp" });
    expect(typed(one(x, "国民经济增长6.5%左右", "6.5%"))).toMatchObject({ kind: "target", year: 2020, metric: "gdp_growth", qualifier: "approx" });
    const y = fixture(["全年地区生产总值增长6%。"], ["经济总量增长7%。"]);
    expect(one(y, "经济总量增长7%", "7%").metric).toBe("gdp_growth");
  });
});

describe("a list of years counted as a span (2019、2020两年压减焦化产能1090万吨), Linfen 2021", () => {
  it("spans its own sentence's figure from the first year to the last, not the sentences after it, and is no word of the label", () => {
    const x = fixture(["完成60万吨以下煤矿减量重组。2018、2019两年压减焦化产能1090万吨，占全省的27%。装备制造业增加值同比增长20%。"], ["地区生产总值增长6%。"]);
    const cut = one(x, "压减焦化产能1090万吨", "1090万吨");
    expect(typed(cut)).toMatchObject({ kind: "result", year: 2019, period: [2018, 2019] });
    expect(cut.label_zh).not.toMatch(/\d|两年/);
    expect(typed(one(x, "装备制造业增加值同比增长20%", "20%"))).toMatchObject({ year: 2019, period: null });
  });
});

describe("a share of the region's output or of the local budget after the amount it measures (Jiangsu 2013, Hainan 2012)", () => {
  it("占地区生产总值的43.8%, 占地方公共财政支出的70.2%: shares of the amount before, not 占地", () => {
    const x = fixture(
      ["启动现代服务业“十百千”行动计划，2019年服务业增加值达2.4万亿元，占地区生产总值的43.8%，比2007年提高6个百分点。", "全省民生支出546.95亿元，同比增长33.5%，占地方公共财政支出的70.2%。"],
      ["地区生产总值增长10%左右。"],
    );
    expect(one(x, "占地区生产总值的43.8%", "43.8%").label_zh).toBe("服务业增加值占地区生产总值");
    expect(one(x, "占地方公共财政支出的70.2%", "70.2%").label_zh).toBe("全省民生支出占地方公共财政支出");
  });
});

describe("a level reached in a year after the milestones its indicator passed (Jiangsu 2013)", () => {
  it("全省地区生产总值连跨三个万亿元台阶，2012年达5.4万亿元，同比增长10.1%: the GDP and its growth", () => {
    // The fixture's plan year is 2020: the review's last year is 2019.
    const x = fixture(["五年来，全省地区生产总值连跨三个万亿元台阶，2019年达5.4万亿元，同比增长10.1%，年均增长11.8%，人均地区生产总值突破1万美元。"], ["地区生产总值增长10%左右。"]);
    expect(quoting(x, "2019年达5.4万亿元").map((f) => [written(x, f), f.metric, f.year])).toEqual([
      ["5.4万亿元", "gdp", 2019],
      ["10.1%", "gdp_growth", 2019],
      ["11.8%", "gdp_growth", 2019],
    ]);
  });
});

describe("milestones passed (突破6000万和7000万大关, 跨越3万亿元、4万亿元两个大台阶, 突破1000亿元大关)", () => {
  it("give one record, the level past the last of them, at least", () => {
    const x = fixture(["全年接待游客先后突破6000万和7000万大关。全市经济总量先后跨越3万亿元、4万亿元两个大台阶。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "大关").map((f) => [written(x, f), f.label_zh, f.qualifier])).toEqual([["7000万", "接待游客", "at_least"]]);
    expect(quoting(x, "大台阶").map((f) => [written(x, f), f.label_zh, f.metric, f.qualifier, f.min])).toEqual([["4万亿元", "经济总量", "gdp", "at_least", 4]]);
  });

  it("连跨5万亿元、6万亿元两个台阶 (Fujian 2026) passes them one after another: one record, past the last", () => {
    const x = fixture(["新福建建设取得新的重大成就，经济总量连跨5万亿元、6万亿元两个台阶，社会大局和谐稳定。"], ["地区生产总值增长5%左右。"]);
    expect(quoting(x, "两个台阶").map((f) => [written(x, f), f.label_zh, f.metric, f.qualifier])).toEqual([["6万亿元", "经济总量", "gdp", "at_least"]]);
  });

  it("a single milestone of money (突破1000亿元大关) is the level reached, no class of things", () => {
    const x = fixture(["地区生产总值突破1000亿元大关，全市村组两级集体总资产突破2500亿元大关。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "突破1000亿元大关", "1000亿元"))).toMatchObject({ kind: "result", metric: "gdp", min: 1000, qualifier: "at_least" });
    expect(one(x, "突破2500亿元大关", "2500亿元").label_zh).toBe("村组两级集体总资产");
  });
});

describe("a milestone passed before the level reached, and milestones of several indicators (Sichuan 2005, Yunnan 2003, Chengdu 2020)", () => {
  it("突破6000亿元大关，达到6556亿元: the level is the one record of the indicator, the milestone no second one", () => {
    const x = fixture(["全省生产总值突破6000亿元大关，达到6556亿元，增长12.7%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "大关").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["6556亿元", "全省生产总值", "gdp"],
      ["12.7%", "全省生产总值增长", "gdp_growth"],
    ]);
  });

  it("突破4000亿元大关、达4522.3亿元 (Ningxia 2022): the level after 、 is the indicator's, and so is the growth after it", () => {
    const x = fixture(["全年地区生产总值突破4000亿元大关、达4522.3亿元，增长6.7%，两年平均增长5.3%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "大关").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["4522.3亿元", "地区生产总值", "gdp"],
      ["6.7%", "地区生产总值增长", "gdp_growth"],
      // The average of the two years (Hebei 2003's 五年平均增长 read the same way): the growth over them, no year's.
      ["5.3%", "地区生产总值年均增长", "gdp_growth"],
    ]);
    expect(one(x, "两年平均增长5.3%", "5.3%").period).toEqual([2018, 2019]);
  });

  it("跨越5000亿元大关 is a level reached at least, the verb no word of the label nor of the average after it (Ningxia 2026)", () => {
    const x = fixture(["五年来，地区生产总值跨越5000亿元大关，年均增长5.7%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "跨越").map((f) => [written(x, f), f.label_zh, f.metric, f.qualifier])).toEqual([
      ["5000亿元", "地区生产总值", "gdp", "at_least"],
      ["5.7%", "地区生产总值年均增长", "gdp_growth", null],
    ]);
  });

  it("a milestone above the level after it, or of another indicator, stays", () => {
    const x = fixture(["全省财政收入突破600亿元大关，税收收入达到500亿元。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "收入").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["600亿元", "全省财政收入"],
      ["500亿元", "税收收入"],
    ]);
  });

  it("分别跃上…台阶 and 迈上…台阶 are levels reached at least, the verb no word of the indicator", () => {
    const x = fixture(["国内生产总值和财政总收入分别跃上2000亿元和400亿元的台阶。"], ["电子信息产业规模迈上10000亿元台阶。"]);
    expect(quoting(x, "台阶").map((f) => [f.kind, f.label_zh, f.value, f.qualifier])).toEqual([
      ["result", "国内生产总值", 2000, "at_least"],
      ["result", "财政总收入", 400, "at_least"],
      ["target", "电子信息产业规模", 10000, "at_least"],
    ]);
  });
});

describe("a leap told from one level to another (Zhanjiang 2016: 实现了从1000亿元向2000亿元的跨越)", () => {
  it("is a milestone passed: the level leapt to at least, the old level no record", () => {
    const x = fixture(["五年来，湛江综合实力稳步提升，实现了发展之变：生产总值年均增长10.6%，实现了从1000亿元向2000亿元的跨越；第三产业增加值突破1000亿元。"], ["生产总值增长10%左右。"]);
    expect(quoting(x, "的跨越").map((f) => [written(x, f), f.label_zh, f.metric, f.qualifier, f.min])).toEqual([
      ["2000亿元", "生产总值", "gdp", "at_least", 2000],
    ]);
    expect(quoting(x, "1000亿元向").map((f) => written(x, f))).toEqual(["2000亿元"]);
  });

  it("beside the year's exact level it keeps no indicator: 完成生产总值2380亿元 is the year's GDP", () => {
    const x = fixture([
      "过去一年，全市经济运行总体平稳、稳中有进。完成生产总值2380亿元，增长8.5%。",
      "五年来，湛江综合实力稳步提升，实现了发展之变：生产总值年均增长10.6%，实现了从1000亿元向2000亿元的跨越；第三产业增加值突破1000亿元。",
    ], ["生产总值增长10%左右。"]);
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => [written(x, f), f.qualifier])).toEqual([["2380亿元", null]]);
  });
});

describe("the visitors received told bare, then their spending as a bare revenue (Zhanjiang 2016)", () => {
  it("旅游接待3300万人次，增长14%；总收入271亿元，增长34.6% gives the tourist arrivals and the tourism revenue with their growth", () => {
    const x = fixture(["民航首开湛江至曼谷国际航线，机场旅客吞吐量120.7万人次，增长20%。旅游接待3300万人次，增长14%；总收入271亿元，增长34.6%。商品房销售额180.4亿元，增长7.6%。"], ["生产总值增长10%左右。"]);
    expect(writtenMetrics(x, "旅游接待")).toEqual([
      ["3300万人次", "tourist_arrivals"],
      ["14%", "tourist_arrivals_growth"],
    ]);
    expect(quoting(x, "总收入").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["271亿元", "旅游总收入", "tourism_revenue"],
      ["34.6%", "旅游总收入增长", "tourism_revenue_growth"],
    ]);
  });

  it("a bare revenue in a sentence that does not open on the visitors, and a thing of the visits, stay as they are", () => {
    const x = fixture(["全市农业总产值721.1亿元；总收入271亿元。提升旅游接待能力，旅游接待设施新增12处。"], ["生产总值增长10%左右。"]);
    expect(one(x, "总收入271亿元", "271亿元")).toMatchObject({ label_zh: "总收入", metric: null });
    expect(x.figures.filter((f) => f.metric === "tourist_arrivals")).toEqual([]);
  });
});

describe("the spending on meetings (Zhanjiang 2016: “三公”经费、会议费支出下降14.6%)", () => {
  it("is no change in the number of meetings, which 召开会议同比减少29% is (Jiangmen 2014)", () => {
    const x = fixture(["严格执行中央八项规定，驰而不息纠正“四风”，“三公”经费、会议费支出下降14.6%。“文山会海”大幅削减，市政府印发公文和召开会议同比减少46%和29%。"], ["生产总值增长10%左右。"]);
    expect(writtenMetrics(x, "会议费")).toEqual([["14.6%", null]]);
    expect(one(x, "召开会议同比减少46%和29%", "29%").metric).toBe("meetings_change");
  });
});

describe("cases and parcels (宗), altitudes and radii (Linfen 2021)", () => {
  it("57宗 is a count of its own; 17宗1322亩 two figures of one subject", () => {
    const x = fixture(["出让标准地17宗1322亩。为10家企业解决土地历史遗留问题57宗。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "出让标准地").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["17宗", "出让标准地"],
      ["1322亩", "出让标准地"],
    ]);
    expect(one(x, "问题57宗", "57宗").unit).toBe("宗");
  });

  it("plots by the piece (块) are a count of their own (Yangzhou 2015: 整治“城中村”15块、老小区60万平方米)", () => {
    const x = fixture(["整治“城中村”15块、老小区60万平方米，公房解危4.5万平方米。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "老小区").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["15块", "整治“城中村”"],
      ["60万平方米", "老小区"],
    ]);
    expect(readUnit("培育3块状经济", 3)).toBeNull();
  });

  it("an altitude or a radius (海拔600米以下区域, 周边10公里范围) is no figure", () => {
    const x = fixture(["市区及周边10公里范围重污染企业全部“清零”，“一城三区”海拔600米以下区域基本实现“无煤化”。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "清零")).toEqual([]);
  });

  it("the reach of a service, a circle or a radius is no figure (Shenzhen 2008: 特区外建成区500米公交覆盖率达到65.7%)", () => {
    const x = fixture(
      ["特区外建成区500米公交覆盖率达到65.7%，完成二环路28公里立体绿化全覆盖。"],
      ["力争实现公共交通站点500米全覆盖，构建5公里现代化农事服务圈，启动半径为100公里的都市圈建设。地区生产总值增长6%。"],
    );
    expect(quoting(x, "公交覆盖率").map((f) => written(x, f))).toEqual(["65.7%"]);
    expect(one(x, "二环路28公里", "28公里").value).toBe(28);
    expect(quoting(x, "站点")).toEqual([]);
    expect(quoting(x, "服务圈")).toEqual([]);
    expect(quoting(x, "都市圈")).toEqual([]);
  });

  it("a river's basin area bounding the rivers a work is about is no figure (Zunyi 2022: 完成流域面积50平方公里以下河流划界)", () => {
    const x = fixture(
      ["全市河流总长度8000公里。"],
      ["完成流域面积50平方公里以下河流划界及岸线保护与利用规划编制，加强饮用水源地保护。治理水土流失面积300平方公里，流域面积3000平方公里以上河流全部设立河长。"],
    );
    expect(quoting(x, "划界")).toEqual([]);
    expect(quoting(x, "设立河长")).toEqual([]);
    expect(one(x, "治理水土流失面积300平方公里", "300平方公里").value).toBe(300);
  });
});

describe("this year named in an earlier statement of a review sentence (Hainan 2006)", () => {
  it("looks ahead from that statement alone: the figures after the semicolon stay the reviewed year's", () => {
    const x = fixture(
      ["新兴工业加快发展。东方1—1气田和富岛化肥二期建成投产，60万吨甲醇项目将于今年竣工；海汽二期扩建工程顺利完成，整车生产能力扩大到8万辆；海口“药谷”一期顺利建成，已有9家企业入园落户。"],
      ["地区生产总值增长6%。"],
    );
    expect(typed(one(x, "整车生产能力扩大到8万辆", "8万辆"))).toMatchObject({ kind: "result", year: 2019 });
    expect(typed(one(x, "已有9家企业入园落户", "9家"))).toMatchObject({ kind: "result", year: 2019 });
  });
});

describe("words after a count (the State Council 2020, Hainan 2006)", () => {
  it("the time gone by in the year (今年已过去近5个月) is no figure", () => {
    const x = fixture(["全年地区生产总值增长6.1%。"], ["今年已过去近5个月，下一阶段要毫不放松常态化疫情防控。"]);
    expect(quoting(x, "已过去近5个月")).toEqual([]);
  });

  it("what the things counted have (130.83万人的饮水困难) is named without 的", () => {
    const x = fixture(["实施农村饮水解困工程、解决了农村130.83万人的饮水困难。"], ["地区生产总值增长6%。"]);
    expect(one(x, "饮水困难", "130.83万人").label_zh).toBe("饮水困难");
  });
});

describe("a clause opening with 对 (Dongying 2020)", () => {
  it("names its own object unless it measures the subject before against another (对经济增长的贡献率)", () => {
    const x = fixture(["服务业增加值增长8%，对经济增长的贡献率达到60%。"], ["建设东营港2个10万吨级泊位，对6个码头进行改扩建。"]);
    expect(typed(one(x, "对6个码头进行改扩建", "6个"))).toMatchObject({ kind: "target", label_zh: "对码头进行改扩建" });
    expect(one(x, "对6个码头进行改扩建", "6个").quote).toBe("对6个码头进行改扩建");
    expect(one(x, "贡献率达到60%", "60%").label_zh).toBe("服务业增加值对经济增长的贡献率");
  });
});

describe("a five-year average after a level, then the last year's change (Guangdong 2008)", () => {
  const x = fixture(
    [
      "五年来，全市生产总值由2014年的1350亿元增加至2019年的3060亿元，五年年均增长14.5%，2019年比上年增长12.5%。",
      "2019年全市城镇居民人均可支配收入和农村居民人均可支配收入分别达37699元和15624元，五年年均增长9.7%和7.5%。",
    ],
    ["地区生产总值增长9%左右。"],
  );
  const of = (value: number) => x.figures.filter((f) => f.value === value).map((f) => ({ metric: f.metric, kind: f.kind, year: f.year, period: f.period }));

  it("is the GDP growth over the five years (五年年均 is 年均), and the year's change that year's alone", () => {
    expect(of(14.5)).toEqual([{ metric: "gdp_growth", kind: "result", year: 2019, period: [2015, 2019] }]);
    expect(of(12.5)).toEqual([{ metric: "gdp_growth", kind: "result", year: 2019, period: null }]);
  });

  it("gives each of two subjects its own average", () => {
    expect(of(9.7)).toEqual([{ metric: "urban_income_growth", kind: "result", year: 2019, period: [2015, 2019] }]);
    expect(of(7.5)).toEqual([{ metric: "rural_income_growth", kind: "result", year: 2019, period: [2015, 2019] }]);
  });
});

describe("the place named with its suffix before its output (Beijing 2005)", () => {
  it("is the place's GDP and GDP growth, the year's result and the plan year's target", () => {
    const x = fixture(["测试市生产总值达到4283.3亿元，比上年增长13.2%，是近十年来经济增长最快的一年。"], ["主要预测指标是：测试市生产总值增长9%，城镇居民人均可支配收入实际增长6%以上。"]);
    expect(x.doc.meta.place_zh).toBe("测试市");
    expect(quoting(x, "测试市生产总值").map((f) => [f.kind, f.metric, f.year, f.value])).toEqual([
      ["result", "gdp", 2019, 4283.3],
      ["result", "gdp_growth", 2019, 13.2],
      ["target", "gdp_growth", 2020, 9],
    ]);
  });
});

describe("a term longer than ten years looked back on at the head of a sentence (Hubei 2019)", () => {
  const x = fixture(
    ["各位代表！2018年是改革开放40周年。40年来，湖北人民用勤劳、智慧、奋斗创造了高速度发展的奇迹，地区生产总值年均增长10.6%，城乡居民收入分别增长97倍和124倍，人民对美好生活的向往不断得到回应和实现。"],
    ["地区生产总值增长6%。"],
  );

  it("spans its years: the average and the growth are over the forty years, not the last five", () => {
    expect(typed(one(x, "地区生产总值年均增长10.6%", "10.6%"))).toMatchObject({ kind: "result", year: 2019, period: [1980, 2019], metric: "gdp_growth" });
    expect(quoting(x, "124倍").map((f) => [written(x, f), f.year, f.period])).toEqual([
      ["97倍", 2019, [1980, 2019]],
      ["124倍", 2019, [1980, 2019]],
    ]);
  });

  it("is no time inside a clause (为20年来最好)", () => {
    const y = fixture(["全年粮食总产量达到350万吨，为20年来最好水平。"], ["地区生产总值增长6%。"]);
    expect(typed(one(y, "粮食总产量", "350万吨"))).toMatchObject({ kind: "result", year: 2019, period: null });
  });
});

describe("a paragraph of the plan part that opens on the past year (Sichuan 2010, in its closing part on the government's own work)", () => {
  const x = fixture(
    ["地区生产总值增长6.5%。"],
    [
      "地区生产总值增长6%。",
      "各位代表，过去一年，我们以机关行政效能建设为重点，大力加强政府自身建设。办理人大代表建议和政协委员提案1624件。发布省政府规章14件，向省人大常委会提请审议地方性法规草案5件。",
      "新的一年，我们将进一步转变职能、改进作风。",
    ],
  );

  it("tells last year's results, not the plan year's targets", () => {
    expect(quoting(x, "1624件").map((f) => [written(x, f), f.kind, f.year])).toEqual([["1624件", "result", 2019]]);
    expect(quoting(x, "省政府规章").map((f) => [written(x, f), f.kind, f.year])).toEqual([["14件", "result", 2019]]);
  });

  it("not when the paragraph opens on a figure of last year (去年一季度全区经济增长5.8％，今年…)", () => {
    const y = fixture(["地区生产总值增长6.5%。"], ["去年一季度全区经济增长5.8％，今年在高基数上开好局不容易。必须从一开始就咬定6％左右的增长目标，努力实现高开高走。"]);
    expect(quoting(y, "咬定").map((f) => [written(y, f), f.kind, f.year])).toEqual([["6％", "target", 2020]]);
  });
});

describe("a paragraph of the plan part that opens on a term gone by (Yibin 2016, in its closing part on the government's own work)", () => {
  const x = fixture(
    ["地区生产总值增长6.5%。"],
    [
      "地区生产总值增长6%。",
      "各位代表，“十二五”时期，我们大力推进政府自身建设，各项工作都取得了较好成效。我们坚持依法行政，认真落实市人大及其常委会的决议决定，认真听取各民主党派、工商联和无党派人士的意见，累计办理人大代表建议1834件、议案8件和政协委员提案1396件、意见39件，办复率为100%。着力加强12345市民服务平台建设，群众总满意率达99.8%。我们坚持正风肃纪，着力解决违反中央八项规定精神和发生在群众身边的腐败问题，累计查处案件530件，挽回和避免经济损失1.14亿元。",
      "强化依法行政，打造法治政府。",
    ],
  );

  it("tells the term's results, not the plan year's targets: a rate reached is its last year's, an amount is over the term", () => {
    const of = (text: string) => quoting(x, text).map((f) => [written(x, f), f.kind, f.year, f.period]);
    expect(of("办复率")).toEqual([["100%", "result", 2015, null]]);
    expect(of("群众总满意率")).toEqual([["99.8%", "result", 2015, null]]);
    expect(of("挽回和避免经济损失")).toEqual([["1.14亿元", "result", 2015, [2011, 2015]]]);
  });

  it("not when the term opens no paragraph: the plan's own figures stay targets", () => {
    expect(quoting(x, "地区生产总值增长6%").map((f) => [f.kind, f.year])).toEqual([["target", 2020]]);
  });
});

describe("a running total after a year named inside the five years a paragraph looks back on (Yibin 2016)", () => {
  const x = extractText(
    "ceshi-2016.txt",
    [
      "2016年测试市政府工作报告",
      "2016年1月12日在测试市第一届人民代表大会第六次会议上",
      "市长 张三",
      "各位代表：",
      "一、“十二五”及2015年工作回顾",
      "——过去五年，是我市综合实力快速提升、产业结构逐步优化的五年。2011年全市地区生产总值迈过千亿元大关，预计2015年实现1560亿元、年均增长10.8%。“三个中心、六大基地”规划全面编制实施。全市技改投入累计达1126亿元，是“十一五”时期的2.7倍。",
      "二、2016年工作安排",
      "地区生产总值增长8%以上。",
    ].join("\n"),
  );

  it("is over the five years, not of the year named: that year is a milestone within them", () => {
    expect(quoting(x, "技改投入累计达1126亿元").filter((f) => f.value === 1126).map((f) => [f.kind, f.year, f.period])).toEqual([["result", 2015, [2011, 2015]]]);
  });
});

describe("a change after a clause that names a milestone passed and no figure (Qinghai 2018)", () => {
  it("is the change of the indicator that passed it: the five years' GDP growth", () => {
    const x = fixture(
      ["这五年，是砥砺奋进的五年。地区生产总值跨上第二个千亿元台阶，年均增长8.7% ，固定资产投资跨过两个千亿元大关，全省总财力达到1650.8亿元。"],
      ["地区生产总值增长6%。"],
    );
    expect(typed(one(x, "年均增长8.7%", "8.7%"))).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019], metric: "gdp_growth", label_zh: "地区生产总值年均增长" });
    expect(one(x, "全省总财力", "1650.8亿元").label_zh).toBe("全省总财力");
  });
});

describe("a change after a clause that names how often its indicator doubled and no figure (Qinghai 2013)", () => {
  it("is the change of the indicator that doubled: 生产总值翻了1.2番，年均增长12.9%", () => {
    const x = fixture(
      ["综合经济实力大幅提升。五年来，生产总值翻了1.2番，年均增长12.9%；公共财政收入翻了1.5番，年均增长23.7%；总财力翻了1.9番，年均增长30.2%；固定资产投资翻了2番，年均增长30.5%。"],
      ["地区生产总值增长6%。"],
    );
    expect(typed(one(x, "年均增长12.9%", "12.9%"))).toMatchObject({ kind: "result", period: [2015, 2019], metric: "gdp_growth", label_zh: "生产总值年均增长" });
    expect(typed(one(x, "年均增长30.5%", "30.5%"))).toMatchObject({ period: [2015, 2019], metric: "fixed_investment_growth", label_zh: "固定资产投资年均增长" });
    expect(one(x, "年均增长30.2%", "30.2%").label_zh).toBe("总财力年均增长");
  });
});

describe("a change after a clause that names the rank its indicator rose to and no figure (Liaoning 2011)", () => {
  it("is the change of that indicator: 城镇居民人均可支配收入由全国第十五位上升到第九位，年均实际增长11.4%", () => {
    const x = fixture(["五年来，城乡居民收入较快增长。城镇居民人均可支配收入由全国第十五位上升到第九位，年均实际增长11.4%，农民人均纯收入年均实际增长9.3%。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "年均实际增长11.4%", "11.4%"))).toMatchObject({ period: [2015, 2019], metric: "urban_income_growth", label_zh: "城镇居民人均可支配收入年均实际增长" });
  });
});

describe("a rate that stands at a low level (Hubei 2019)", () => {
  it("is the rate's level: 处于 is a verb of a level, and 的低位 after it names no noun", () => {
    const x = fixture(["大力实施“我选湖北”计划，高校毕业生留鄂就业创业比例超过60%。城镇登记失业率处于2.55%的低位。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "城镇登记失业率", "2.55%"))).toMatchObject({ kind: "result", year: 2019, metric: "registered_unemployment_rate", label_zh: "城镇登记失业率", value: 2.55 });
  });
});

describe("a sentence that opens on the past year, right before the figures, in the plan part (national 2011)", () => {
  it("tells that year's results, not the plan year's targets (过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%)", () => {
    const x = fixture(
      ["全年利用外资1亿元。"],
      ["今年是开局之年，做好今年的工作至关重要。过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，居民消费价格涨幅控制在3.3%，城镇新增就业1168万人。这为做好今年的工作打下了良好基础。", "主要预期目标是：地区生产总值增长8%左右。"],
    );
    expect(x.figures.filter((f) => f.kind === "result" && f.year === 2019 && f.metric).map((f) => [f.metric, f.value])).toEqual([
      ["fdi_actual_yuan", 1],
      ["gdp_growth", 10.3],
      ["cpi_growth", 3.3],
      ["urban_jobs_new", 1168],
    ]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [f.year, f.value])).toEqual([[2020, 8]]);
  });
});

describe("a bound after a verb of change (Zhuhai 2013)", () => {
  it("is a bounded change: 实现实际利用外资增长不低于6% is the target of growth of foreign investment used, at least 6%", () => {
    const x = fixture(["预计实际利用外资14.5亿美元，增长8.2%。"], ["坚持招强引优，突出总部招商，实现实际利用外资增长不低于6%。"]);
    expect(one(x, "增长不低于6%", "6%")).toMatchObject({ kind: "target", year: 2020, label_zh: "实际利用外资增长", metric: "fdi_actual_growth", qualifier: "at_least", direction: "up" });
  });
});

describe("last year's income as the base of a share (Jilin City 2015)", () => {
  it("sets no time: 城乡低保标准分别达到上年度城镇居民人均可支配收入的20% in the plan is a plan-year target", () => {
    const x = fixture(["城镇新增就业9.5万人。"], ["落实社会救助和保障标准与物价上涨挂钩联动机制，城乡低保标准分别达到上年度城镇居民人均可支配收入的20%和农村居民人均纯收入的25%。"]);
    expect(quoting(x, "上年度").map((f) => [f.kind, f.year])).toEqual(expect.arrayContaining([["target", 2020]]));
    expect(quoting(x, "上年度").every((f) => f.kind === "target" && f.year === 2020)).toBe(true);
  });
});

describe("rates named with 普及 in a list (Zhuhai 2013)", () => {
  it("keeps 普及率 whole: 互联网普及率、家庭宽带普及率和无线宽带网络覆盖率均超过78% is three rates", () => {
    expect(listItems("互联网普及率、家庭宽带普及率和无线宽带网络覆盖率", null)).toEqual(["互联网普及率", "家庭宽带普及率", "无线宽带网络覆盖率"]);
    const x = fixture(["智慧城市建设取得成效，互联网普及率、家庭宽带普及率和无线宽带网络覆盖率均超过78%，居全省前列。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "均超过78%").map((f) => f.label_zh)).toEqual(["互联网普及率", "家庭宽带普及率", "无线宽带网络覆盖率"]);
  });
});

describe("an expectation before the plan's aim (Heilongjiang 2015)", () => {
  it("预期今年全省地区生产总值增长6%左右 is labelled 全省地区生产总值增长", () => {
    const x = fixture(["全省地区生产总值增长5.6%。"], ["综合考虑，预期今年全省地区生产总值增长6%左右，居民消费价格涨幅控制在3%。", "人均预期寿命达到78岁。"]);
    expect(one(x, "预期今年全省地区生产总值增长6%左右", "6%")).toMatchObject({ label_zh: "全省地区生产总值增长", metric: "gdp_growth", kind: "target" });
    expect(one(x, "人均预期寿命达到78岁", "78岁").label_zh).toBe("人均预期寿命");
  });
});

describe("a yearly average after a year named inside the span the sentence looks back on (Guangzhou 1998)", () => {
  it("keeps the span: 1996年实现比1980年翻三番 names a milestone within the five years, not the years of the averages after it", () => {
    const x = fixture(
      ["五年间，全市国内生产总值年均增长17.40%，2018年实现比1980年翻三番；人均国内生产总值年均增长15.42%;外贸出口总额年均增长25.13%。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "年均增长").filter((f) => f.metric).map((f) => [f.metric, f.year, f.period])).toEqual([
      ["gdp_growth", 2019, [2015, 2019]],
      ["gdp_per_capita_growth", 2019, [2015, 2019]],
      ["exports_growth", 2019, [2015, 2019]],
    ]);
  });
});

describe("a span named with 以来 in an earlier statement of the sentence (Nanjing 2012)", () => {
  it("is that statement's: the income growth after the semicolon is the year's (将1983年以来被征地人员纳入城保体系，…；…城市居民人均可支配收入达3.22万元，增长13.7%)", () => {
    const x = fixture(
      ["市区两级筹集资金，将1983年以来被征地人员纳入城保体系，已有30多万人拿到了社保卡、医疗卡；顺应群众的最大期盼，制定实施城乡居民收入“双倍增计划”，城市居民人均可支配收入达3.22万元，增长13.7%，农民人均纯收入预计达1.28万元，增长15%。"],
      ["地区生产总值增长6%。"],
    );
    expect(x.figures.filter((f) => f.metric?.startsWith("urban_income") || f.metric?.startsWith("rural_net_income")).map((f) => [f.metric, f.year, f.period])).toEqual([
      ["urban_income", 2019, null],
      ["urban_income_growth", 2019, null],
      ["rural_net_income", 2019, null],
      ["rural_net_income_growth", 2019, null],
    ]);
  });
});

describe("the sentences after one that opens with some months of the plan year (Guangzhou 1998, given in June)", () => {
  const x = fixture(
    ["地区生产总值增长6%。"],
    [
      "今年全市国民经济和社会发展的主要计划指标是：国内生产总值增长13%;社会消费品零售总额增长14%;地方财政一般预算收入增长10%。",
      "从今年上半年经济运行情况来看，国民经济继续保持良好的发展势头。1至5月，全市国内生产总值641.33亿元，比去年同期增长11.6%。工业经济平稳增长，工业总产值934.66亿元，增长11.8%。消费品市场稳中见旺，社会消费品零售总额364.63亿元，增长13.1%。财政金融运行良好，地方财政一般预算收入45.23亿元，增长17.7%。全年实现国内生产总值增长13%的指标仍然有一定难度。",
    ],
  );

  it("tell those months: none of their figures is one of the year's indicators", () => {
    expect(quoting(x, "364.63亿元").map((f) => f.metric)).toEqual([null, null]);
    expect(quoting(x, "45.23亿元").map((f) => f.metric)).toEqual([null, null]);
  });

  it("leave the plan year's targets alone", () => {
    expect(x.figures.filter((f) => f.kind === "target" && f.metric).map((f) => [f.metric, f.value])).toEqual([
      ["gdp_growth", 13],
      ["retail_sales_growth", 14],
      ["budget_revenue_growth", 10],
    ]);
  });
});

describe("residents' income per head written 年人均 (Lhasa 2003)", () => {
  it("is the survey's income per head: 城镇居民年人均可支配收入达到 8800 元 is urban income, and its growth urban income growth", () => {
    const x = fixture(
      ["地区生产总值增长8%。"],
      ["今年经济社会发展的主要目标是：国内生产总值增长 15% 以上；农牧民人均纯收入达到 2180 元，城镇居民年人均可支配收入达到 8800 元，分别增长10.39%和8.92%。"],
    );
    expect(x.figures.filter((f) => f.kind === "target" && f.metric?.match(/income/)).map((f) => [f.metric, f.value])).toEqual([
      ["rural_net_income", 2180],
      ["urban_income", 8800],
      ["rural_net_income_growth", 10.39],
      ["urban_income_growth", 8.92],
    ]);
  });
});

describe("the place's own region before its investment (Xining 2012: 完成地区固定资产投资528亿元，增长31 %)", () => {
  it("is the place's fixed investment and its growth, not a part of the place's", () => {
    const x = fixture(["全年实现地区生产总值770.7亿元，增长15%；地方一般预算收入45.3亿元，增长31.1%；完成地区固定资产投资528亿元，增长31 %；社会消费品零售总额271.3亿元，增长17.1%。"], ["地区生产总值增长14%。"]);
    expect(x.figures.filter((f) => f.metric?.startsWith("fixed_investment")).map((f) => [f.metric, f.kind, f.value])).toEqual([
      ["fixed_investment", "result", 528],
      ["fixed_investment_growth", "result", 31],
    ]);
  });

  it("a region named before it is still a part of the place (贫困地区固定资产投资)", () => {
    const x = fixture(["贫困地区固定资产投资增长20%。"], ["地区生产总值增长14%。"]);
    expect(one(x, "贫困地区", "20%").metric).toBeNull();
  });
});

describe("a list of amounts a web copy spaced (Haikou 2004: 26.1 亿元、 79.75 亿元和 132.33 亿元)", () => {
  it("is one amount per sector, not a class of things worth 79.75 亿元", () => {
    const x = fixture(["其中，第一、二、三产业分别实现增加值 26.1 亿元、 79.75 亿元和 132.33 亿元；分别增长 6.1% 、 25.9% 和 8.7% 。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.label_zh.includes("产业")).map((f) => [f.label_zh, f.value])).toEqual([
      ["第一产业增加值", 26.1],
      ["第二产业增加值", 79.75],
      ["第三产业增加值", 132.33],
      ["第一产业增加值增长", 6.1],
      ["第二产业增加值增长", 25.9],
      ["第三产业增加值增长", 8.7],
    ]);
  });
});

describe("tourists received from home and abroad (接待中外游客, 国内外, 海内外) are the tourist arrivals (Leshan 2020)", () => {
  it("gives the arrivals and their growth their indicator", () => {
    const x = fixture(["全市接待中外游客7014万人次、旅游综合收入1041亿元，分别增长22.3%和16.6%。接待海内外游客1.8亿人次。"], ["地区生产总值增长6%。"]);
    expect(one(x, "接待中外游客7014万人次", "7014万人次").metric).toBe("tourist_arrivals");
    expect(one(x, "分别增长22.3%和16.6%", "22.3%").metric).toBe("tourist_arrivals_growth");
    expect(one(x, "接待海内外游客1.8亿人次", "1.8亿人次").metric).toBe("tourist_arrivals");
  });
});

describe("a level set by the province, reached early (Dongguan 2003: 人均国内生产总值提前5年达到省提出的7000美元的目标)", () => {
  it("is labelled by the indicator's words alone, and per-capita GDP in dollars takes no indicator of yuan", () => {
    const x = fixture(["地区生产总值增长12%。"], ["2005年，全市国内生产总值超过1000亿元，比2000年翻一番，人均国内生产总值提前5年达到省提出的7000美元的目标。"]);
    const f = one(x, "人均国内生产总值提前5年达到省提出的7000美元的目标", "7000美元");
    expect([f.label_zh, f.metric, f.value, f.unit]).toEqual(["人均国内生产总值", null, 7000, "美元"]);
    // Reached early alone, and reaching a level the nation handed down, read the same way.
    const y = fixture(["粮食产量提前一年达到国家下达的500万吨。"], ["地区生产总值增长6%。"]);
    expect(one(y, "粮食产量提前一年达到国家下达的500万吨", "500万吨").label_zh).toBe("粮食产量");
  });
});

describe("a product's trade after its output, in a list (Shaanxi 2026: 猕猴桃综合产值增长8.5％、出口增长53.6％)", () => {
  it("is the product's trade, no indicator of the place's exports", () => {
    const x = fixture(["延安苹果、汉中中药材入选国家级优势特色产业集群，猕猴桃综合产值增长8.5％、出口增长53.6％。"], ["地区生产总值增长6%。"]);
    const f = one(x, "猕猴桃综合产值增长8.5％、出口增长53.6％", "53.6％");
    expect([f.label_zh, f.metric]).toEqual(["猕猴桃出口增长", null]);
    // After the place's own output, exports are the place's.
    const y = fixture(["全市地区生产总值增长8.5％、出口增长5.6％。"], ["地区生产总值增长6%。"]);
    expect(one(y, "出口增长5.6％", "5.6％").metric).toBe("exports_growth");
  });
});

describe("the budget of the city's own level (Jiamusi 2014: 市本级公共财政预算收入完成28.7亿元，同比增长16.7%)", () => {
  it("is no budget revenue of the place, which the sentence gives before it", () => {
    const x = fixture([
      "预计全市地区生产总值完成735亿元，同比增长10%；公共财政预算收入完成41.8亿元，同比增长17.6%，市本级公共财政预算收入完成28.7亿元，同比增长16.7%。",
    ], ["地区生产总值增长10%以上。"]);
    expect(one(x, "公共财政预算收入完成41.8亿元", "41.8亿元").metric).toBe("budget_revenue");
    expect(one(x, "市本级公共财政预算收入完成28.7亿元", "28.7亿元").metric).toBeNull();
    expect(one(x, "同比增长16.7%", "16.7%").metric).toBeNull();
    // A province's or region's own level, with or without its name (自治区本级, 省本级, 本级), is the same.
    const y = fixture(["自治区本级一般公共预算收入增长8%，省本级地方财政收入120亿元。"], ["地区生产总值增长6%。"]);
    expect(one(y, "自治区本级一般公共预算收入增长8%", "8%").metric).toBeNull();
    expect(one(y, "省本级地方财政收入120亿元", "120亿元").metric).toBeNull();
  });

  it("is so of what a level of government owns (Guangzhou 1993: 其中，市属全社会固定资产投资完成389.53亿元)", () => {
    const x = fixture(["全社会固定资产投资完成566.02亿元。其中，市属全社会固定资产投资完成389.53亿元。省属企业工业总产值增长9%。"], ["地区生产总值增长10%。"]);
    expect(one(x, "全社会固定资产投资完成566.02亿元", "566.02亿元").metric).toBe("fixed_investment");
    expect(one(x, "市属全社会固定资产投资完成389.53亿元", "389.53亿元").metric).toBeNull();
    expect(one(x, "省属企业工业总产值增长9%", "9%").metric).toBeNull();
  });
});

describe("a part of a whole after 其中 (Jiamusi 2014: 全年国内招商引资到位资金360亿元，同比增长30%，其中利用省外资金266.5亿元，同比增长46%)", () => {
  it("keeps its record without the indicator the whole before it has", () => {
    const x = fixture(["全年国内招商引资到位资金360亿元，同比增长30%，其中利用省外资金266.5亿元，同比增长46%；实际利用外资2.1亿美元，同比增长15%。"], [
      "全市国内招商引资到位资金同比增长20%以上，其中利用省外资金同比增长30%以上；实际利用外资同比增长15%以上。",
    ]);
    expect(one(x, "全年国内招商引资到位资金360亿元", "360亿元").metric).toBe("investment_attracted");
    expect(one(x, "全年国内招商引资到位资金360亿元，同比增长30%", "30%").metric).toBe("investment_attracted_growth");
    const part = one(x, "其中利用省外资金266.5亿元", "266.5亿元");
    expect([part.label_zh, part.metric]).toEqual(["利用省外资金", null]);
    expect(one(x, "其中利用省外资金266.5亿元，同比增长46%", "46%").metric).toBeNull();
    expect(one(x, "其中利用省外资金同比增长30%以上", "30%").metric).toBeNull();
    expect(one(x, "全市国内招商引资到位资金同比增长20%以上", "20%").metric).toBe("investment_attracted_growth");
    // A part of another indicator keeps its own (其中出口24亿美元 after the trade), and so does a part with no whole before it.
    const y = fixture(["外贸进出口总额42.9亿美元，增长34.3%，其中出口24亿美元，增长21.6%。其中利用省外资金266.5亿元。"], ["地区生产总值增长10%。"]);
    expect(one(y, "其中出口24亿美元", "24亿美元").metric).toBe("exports_usd");
    expect(one(y, "其中利用省外资金266.5亿元", "266.5亿元").metric).toBe("investment_attracted");
    // A part that names its year is that year's share of a span's total (Zhejiang 2003).
    const z = fixture(["利用外资大幅度上升，五年实际利用外资165.4亿美元，占全省历年累计实际利用外资额的60%，其中去年实际利用外商直接投资31.6亿美元，比上年增长43%。"], ["地区生产总值增长9%。"]);
    expect(one(z, "其中去年实际利用外商直接投资31.6亿美元", "31.6亿美元").metric).toBe("fdi_actual");
    expect(one(z, "其中去年实际利用外商直接投资31.6亿美元，比上年增长43%", "43%").metric).toBe("fdi_actual_growth");
  });
});

describe("the income of the residents of the farming districts (Wuhai 2014: 农区居民人均纯收入达到13910元，增长12%)", () => {
  it("is the rural residents' income, result and target", () => {
    const x = fixture(["预计城镇居民人均可支配收入达到27991元，增长10%;农区居民人均纯收入达到13910元，增长12%。"], [
      "地区生产总值增长10.5%，城镇居民人均可支配收入增长11%，农区居民人均纯收入增长13%。",
    ]);
    expect(one(x, "农区居民人均纯收入达到13910元", "13910元").metric).toBe("rural_net_income");
    expect(one(x, "农区居民人均纯收入达到13910元，增长12%", "12%").metric).toBe("rural_net_income_growth");
    expect(one(x, "农区居民人均纯收入增长13%", "13%").metric).toBe("rural_net_income_growth");
    // Their disposable income, as from 2014 on.
    const y = fixture(["农区居民人均可支配收入达到15000元。"], ["地区生产总值增长6%。"]);
    expect(one(y, "农区居民人均可支配收入达到15000元", "15000元").metric).toBe("rural_income");
  });

  it("is theirs when named as the residents counted where they live (Wuhai 2020: 城镇和农区常住居民人均可支配收入分别增长6.4%、10.2%)", () => {
    const x = fixture([
      "全年地区生产总值增长9.5%，居全区首位；城镇和农区常住居民人均可支配收入分别增长6.4%、10.2%，均居全区第7位。",
    ], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "城镇和农区常住居民人均可支配收入分别增长6.4%、10.2%", "6.4%").metric).toBe("urban_income_growth");
    expect(one(x, "城镇和农区常住居民人均可支配收入分别增长6.4%、10.2%", "10.2%").metric).toBe("rural_income_growth");
  });
});

describe("a bound held, between running totals of the years looked back on (Guangxi 2008: 累计新增城镇就业125.2万人，城镇登记失业率控制在4.15％以内，累计新增…)", () => {
  const report = (sentence: string) =>
    extractText("ceshi-2008.txt", [
      "2008年测试区政府工作报告",
      "——2008年1月19日在测试区第十一届人民代表大会第一次会议上",
      "各位代表：",
      "过去五年工作回顾",
      "自治区第十届人民政府自2003年1月任职以来，较好地完成了自治区十届人大各次会议确定的目标任务。",
      `人民生活显著改善。城镇居民人均可支配收入由2002年的7315元增加到2007年的12200元，年均增长10.8％。${sentence}`,
      "刚刚过去的2007年，城镇新增就业34.37万人，城镇登记失业率3.79％。",
      "2008年工作建议",
      "今年经济社会发展的主要目标为：生产总值增长11％。",
    ].join("\n"));

  it("is held over those years, not in the last alone", () => {
    const x = report("累计新增城镇就业125.2万人，城镇登记失业率控制在4.15％以内，累计新增农村劳动力转移就业300万人次。");
    const held = one(x, "城镇登记失业率控制在4.15％以内", "4.15％");
    expect([held.year, held.period]).toEqual([2007, [2003, 2007]]);
    expect(one(x, "累计新增城镇就业125.2万人", "125.2万人").period).toEqual([2003, 2007]);
    const last = one(x, "城镇登记失业率3.79％", "3.79％");
    expect([last.metric, last.year, last.period]).toEqual(["registered_unemployment_rate", 2007, null]);
  });

  it("and so is one after a plain statement, under a heading that names the five years alone, as the statement is (Fujian 2008: 二、过去五年的工作回顾)", () => {
    const x = report("新增城镇就业125.2万人，城镇登记失业率控制在4.15％以内。");
    expect(one(x, "新增城镇就业125.2万人", "125.2万人").period).toEqual([2003, 2007]);
    expect(one(x, "城镇登记失业率控制在4.15％以内", "4.15％").period).toEqual([2003, 2007]);
    // The past year the part turns to keeps its own figures.
    expect(one(x, "城镇新增就业34.37万人", "34.37万人").period).toBeNull();
  });
});

describe("two levels, then their yearly averages and their last year's growths by 分别 (Zhejiang 2003: …平均每年分别增长10.8%和12.7%，其中2002年比上年分别增长12.3%和13.2%)", () => {
  it("pairs each figure with its level's indicator, over the years or in the last year", () => {
    const x = fixture(
      ["经济实力大为增强。国内生产总值由4638亿元增加到7670亿元，财政总收入由341亿元增加到1167亿元，按可比口径计算，平均每年分别增长10.8%和12.7%，其中2019年比上年分别增长12.3%和13.2%。"],
      ["地区生产总值增长6%。"],
    );
    const got = (figure: string) => {
      const f = one(x, "分别增长", figure);
      return [f.label_zh, f.metric, f.year, f.period];
    };
    expect(got("10.8%")).toEqual(["国内生产总值平均每年增长", "gdp_growth", 2019, [2015, 2019]]);
    expect(got("12.7%")).toEqual(["财政总收入平均每年增长", "fiscal_revenue_total_growth", 2019, [2015, 2019]]);
    expect(got("12.3%")).toEqual(["国内生产总值比上年增长", "gdp_growth", 2019, null]);
    expect(got("13.2%")).toEqual(["财政总收入比上年增长", "fiscal_revenue_total_growth", 2019, null]);
  });
});

describe("industry named again after the verb of the class's enterprises (Shanxi 2005)", () => {
  it("规模以上工业企业完成工业增加值1243亿元，增长21.5% is industry's value added above designated size and its growth", () => {
    const x = fixture(
      ["规模以上工业企业完成工业增加值1243亿元，增长21.5%；实现利税470亿元，增长50%；实现利润216亿元，增长58%。"],
      ["全省生产总值增长10%。"],
    );
    // The profits after it are that industry's, their quotes from where the sentence names it.
    expect(writtenMetrics(x, "规模以上工业企业完成工业增加值")).toEqual([
      ["1243亿元", "industrial_value_added"],
      ["21.5%", "industrial_value_added_growth"],
      ["216亿元", "industrial_profit"],
      ["58%", "industrial_profit_growth"],
    ]);
  });
});

describe("an older report's names of the main indicators (Heilongjiang 2005)", () => {
  it("规模以上工业企业实现增加值 is industry's value added, 城镇居民可支配收入 and 农村人均纯收入 the incomes per head", () => {
    const x = fixture(
      [
        "规模以上工业企业实现增加值1619.6亿元，比上年增长15.3%；实现销售收入3613.1亿元，增长23.3%。",
        "农村人均纯收入3010元，比上年提高20%，是1997年以来增幅最高的一年。城镇居民可支配收入7471元，增长11.9%。",
      ],
      ["全省生产总值增长10%，财政一般预算收入增长10%，城镇居民可支配收入增长8%，农民人均纯收入增长5%。"],
    );
    expect(writtenMetrics(x, "规模以上工业企业实现增加值")).toEqual([
      ["1619.6亿元", "industrial_value_added"],
      ["15.3%", "industrial_value_added_growth"],
    ]);
    expect(writtenMetrics(x, "农村人均纯收入")).toEqual([
      ["3010元", "rural_net_income"],
      ["20%", "rural_net_income_growth"],
    ]);
    expect(writtenMetrics(x, "城镇居民可支配收入7471元")).toEqual([
      ["7471元", "urban_income"],
      ["11.9%", "urban_income_growth"],
    ]);
    expect(one(x, "城镇居民可支配收入增长8%", "8%")).toMatchObject({ kind: "target", metric: "urban_income_growth" });
  });

  it("粮豆薯总产量, grain counted with beans and tubers as the statistics count it, is the grain output", () => {
    const x = fixture(["粮食播种面积比上年增加35.4万公顷，粮豆薯总产量达313.5亿公斤，创历史最高水平。"], ["地区生产总值增长10%。"]);
    expect(writtenMetrics(x, "粮豆薯总产量")).toEqual([["313.5亿公斤", "grain_output"]]);
  });
});

describe("the residents' income named with no kind of residents (Handan 2014)", () => {
  it("居民可支配收入增长9% is the growth of all residents' income per head; 城镇 and 农村 keep theirs", () => {
    const x = fixture(
      ["城镇居民人均可支配收入23936元，农民人均纯收入9542元，分别增长10.1%和13%。"],
      ["全市生产总值增长7.5%，公共财政预算收入可比增长9%，全社会固定资产投资增长17%。居民可支配收入增长9%，居民消费价格涨幅控制在3.5%左右。"],
    );
    expect(one(x, "居民可支配收入增长9%", "9%")).toMatchObject({ kind: "target", year: 2020, metric: "resident_income_growth" });
    expect(one(x, "城镇居民人均可支配收入23936元", "23936元")).toMatchObject({ metric: "urban_income" });
  });
});

describe("a clause singled out of the ones before it (Handan 2014, Linfen 2021)", () => {
  it("尤其是 and 特别是 open no label: the indicator or the deed after them is the label", () => {
    const x = fixture(
      [
        "去年全市生产总值等指标没有达到预期目标，尤其是全部财政收入下降8.5%，进出口总值下降3.2%。",
        "特别是18天完成市第三人民医院应急工程，选派4批93名医务人员支援湖北抗击疫情。",
      ],
      ["地区生产总值增长7.5%。"],
    );
    expect(one(x, "全部财政收入下降8.5%", "8.5%")).toMatchObject({ label_zh: "全部财政收入下降", metric: "fiscal_revenue_total_growth" });
    expect(one(x, "18天完成", "18天").label_zh).toBe("市第三人民医院应急工程");
  });
});

describe("the trade of a kind of firm (Qitaihe 2014)", () => {
  it("外贸加工企业实现进出口额 is the processing firms' trade, not the place's; the place's own total keeps its indicator", () => {
    const x = fixture(
      ["社会消费品零售总额实现80 亿元，增长8%；外贸加工企业实现进出口额2400 万美元，增长141%；物价总体稳定，CPI 累计上涨2.2%。"],
      ["地区生产总值增长6%左右，外贸进出口总额增长8%以上。"],
    );
    expect(writtenMetrics(x, "外贸加工企业")).toEqual([
      ["2400 万美元", null],
      ["141%", null],
    ]);
    expect(writtenMetrics(x, "社会消费品零售总额").map(([, m]) => m)).toEqual(["retail_sales", "retail_sales_growth"]);
    expect(one(x, "外贸进出口总额增长8%以上", "8%")).toMatchObject({ kind: "target", metric: "foreign_trade_growth" });
    const y = fixture(["全市进出口总额52亿美元，增长12%，其中民营企业进出口30亿美元，增长20%。"], ["地区生产总值增长6%。"]);
    expect(writtenMetrics(y, "全市进出口总额").map(([, m]) => m)).toEqual(["foreign_trade_usd", "foreign_trade_growth"]);
    expect(writtenMetrics(y, "民营企业进出口").map(([, m]) => m)).toEqual([null, null]);
  });
});

describe("a share and its modal (Heilongjiang 2005)", () => {
  it("畜牧业产值占农业总产值比重要达到40%以上 is labelled with the share, not 比重要", () => {
    const x = fixture(["地区生产总值增长12%。"], ["大力发展畜牧业。畜牧业产值占农业总产值比重要达到40%以上。"]);
    expect(one(x, "比重要达到", "40%")).toMatchObject({ kind: "target", label_zh: "畜牧业产值占农业总产值比重" });
  });
});

describe("the year's investment named with 年 (Heilongjiang 2003)", () => {
  it("全社会固定资产年投资首次突破千亿元 is fixed investment, 1000 亿元 at least", () => {
    const x = fixture(["工业形势进一步趋好。全社会固定资产年投资首次突破千亿元，非国有投资预计比上年增长20%。"], ["地区生产总值增长9%。"]);
    expect(one(x, "固定资产年投资", "千亿元")).toMatchObject({ kind: "result", year: 2019, metric: "fixed_investment", value: 1000, unit: "亿元" });
  });
});

describe("a year between the subject and its verb (Heilongjiang 2003)", () => {
  it("县（市）级财政收入增幅2002年达7.5% is labelled without the year, which is the figure's own", () => {
    const x = fixture(["2001年开始的县级财源建设取得了明显成效，县（市）级财政收入增幅2002年达7.5%，比财源建设前的2000年提高5.2个百分点。"], ["地区生产总值增长9%。"]);
    expect(one(x, "增幅2002年达7.5%", "7.5%")).toMatchObject({ label_zh: "县（市）级财政收入增幅", year: 2002 });
    expect(one(x, "比财源建设前的2000年提高", "5.2个百分点").label_zh).toBe("比财源建设前的2000年提高");
  });
});

describe("an older report's 城镇化水平 (Heilongjiang 2003)", () => {
  it("城镇化水平由目前的55.6%提高到60%左右 is the urbanization rate", () => {
    const x = fixture(["地区生产总值增长9%。"], ["加快农村劳动力转移，使全省城镇化水平由目前的55.6%提高到60%左右。"]);
    expect(one(x, "城镇化水平", "60%")).toMatchObject({ kind: "target", metric: "urbanization_rate", value: 60 });
  });
});

describe("a figure setting the circumstances of the next (Heilongjiang 2003)", () => {
  it("在粮食播种面积减少3%的情况下 is the fall of the sown area, not a share labelled 情况下", () => {
    const x = fixture(["在粮食播种面积减少3%的情况下，粮食总产增长10.9%。"], ["地区生产总值增长9%。"]);
    const fall = one(x, "粮食播种面积减少3%", "3%");
    expect(fall.direction).toBe("down");
    expect(fall.label_zh).toContain("粮食播种面积减少");
    expect(one(x, "粮食总产增长10.9%", "10.9%").metric).toBe("grain_output_growth");
  });
});

describe("a milestone clause naming a thing of its own after other figures (Shenzhen 2007)", () => {
  it("上划中央收入首次突破千亿，达1180亿元 is the revenue remitted to the centre, not the local budget revenue before it", () => {
    const x = fixture(["地方财政一般预算收入500.88亿元，增长21.5%，上划中央收入首次突破千亿，达1180亿元。"], ["地区生产总值增长13%。"]);
    expect(one(x, "地方财政一般预算收入500.88亿元", "500.88亿元").metric).toBe("budget_revenue");
    const remitted = one(x, "上划中央收入首次突破千亿，达1180亿元", "1180亿元");
    expect(remitted.metric).toBeNull();
    expect(remitted.label_zh).toContain("上划中央收入");
  });

  it("a milestone of the same indicator's total after its growth still takes the indicator (…增长15%，总量突破千亿，达1050亿元)", () => {
    const x = fixture(["全市规模以上工业增加值增长15%，总量突破千亿，达1050亿元。"], ["地区生产总值增长13%。"]);
    expect(one(x, "达1050亿元", "1050亿元").metric).toBe("industrial_value_added");
  });
});

describe("a level raised or cut to, written with 为 (Shenzhen 2003)", () => {
  it("全日制高等教育毛入学率由2000年的15.7%提高为28.9% gives the new rate alone, labelled with the rate", () => {
    const x = fixture(["全日制高等教育毛入学率由2000年的15.7%提高为28.9%。"], ["地区生产总值增长12%。"]);
    expect(quoting(x, "毛入学率").map((f) => [written(x, f), f.label_zh])).toEqual([["28.9%", "全日制高等教育毛入学率"]]);
  });

  it("so does a rate lowered to (城镇登记失业率由4.5%下降为3.8%)", () => {
    const x = fixture(["城镇登记失业率由4.5%下降为3.8%。"], ["地区生产总值增长12%。"]);
    expect(quoting(x, "城镇登记失业率").map((f) => [written(x, f), f.metric])).toEqual([["3.8%", "registered_unemployment_rate"]]);
  });
});

describe("a level converted into another currency in brackets (Shenzhen 2003)", () => {
  it("人均国内生产总值达4.6万元（折合5561美元），增长6.5%: the conversion takes no indicator and the growth is the per-head GDP's", () => {
    const x = fixture(["实现国内生产总值2239亿元，比上年增长15%，人均国内生产总值达4.6万元（折合5561美元），增长6.5%；工业增加值1072亿元，增长19.6%。"], ["国内生产总值增长12%。"]);
    expect(one(x, "人均国内生产总值达4.6万元", "4.6万元").metric).toBe("gdp_per_capita");
    expect(one(x, "（折合5561美元）", "5561美元")).toMatchObject({ metric: null, label_zh: "人均国内生产总值（折合）" });
    expect(one(x, "（折合5561美元），增长6.5%", "6.5%")).toMatchObject({ metric: "gdp_per_capita_growth", label_zh: "人均国内生产总值增长" });
  });
});

describe("a level converted into another currency in a clause of its own (Guangxi 2006: 人均生产总值8650元，折合1068美元，增长11.8％)", () => {
  it("the conversion takes no indicator and the growth after it is the per-head GDP's, while a comparison after a comma stays its own", () => {
    const x = fixture(["初步预计，2005年全区生产总值4016亿元，比上年增长12.5％；人均生产总值8650元，折合1068美元，增长11.8％。财政收入475.39亿元，增长17.7％。"], ["地区生产总值增长10%。"]);
    expect(one(x, "人均生产总值8650元", "8650元").metric).toBe("gdp_per_capita");
    expect(one(x, "折合1068美元", "1068美元")).toMatchObject({ metric: null, label_zh: "人均生产总值（折合）" });
    expect(one(x, "折合1068美元，增长11.8％", "11.8％")).toMatchObject({ metric: "gdp_per_capita_growth", label_zh: "人均生产总值增长" });
    const y = fixture(["城镇居民人均可支配收入20000元，相当于全国平均水平的80%。"], ["地区生产总值增长10%。"]);
    expect(one(y, "相当于全国平均水平的80%", "80%").label_zh).not.toContain("（折合）");
  });
});

describe("counties whose output passes a bar, named with 的 (Shangrao 2016)", () => {
  it("全市有8个县（市、区）的GDP超过100亿元 is those counties' GDP, not the place's; the place's own stays", () => {
    const x = fixture(
      ["全年生产总值1650.8亿元，增长9.5%。全市有8个县（市、区）的GDP超过100亿元；5个县（市、区）的财政收入超过20亿元。"],
      ["生产总值增长9%。"],
    );
    expect(one(x, "全年生产总值1650.8亿元", "1650.8亿元").metric).toBe("gdp");
    expect(one(x, "GDP超过100亿元", "100亿元").metric).toBeNull();
  });
});

describe("a clause opening on a list of named counties and districts (Yichun 2025)", () => {
  it("铁力市、嘉荫县、金林区森林资源特许经营权转让项目到位资金16亿元 is those parts' funds, not the place's investment attracted", () => {
    const x = fixture(
      ["推动生态产品价值转化，铁力市、嘉荫县、金林区森林资源特许经营权转让项目到位资金16亿元。全市实际到位资金120亿元。"],
      ["地区生产总值增长5%左右。"],
    );
    expect(one(x, "到位资金16亿元", "16亿元").metric).toBeNull();
    expect(one(x, "全市实际到位资金120亿元", "120亿元").metric).toBe("investment_attracted");
  });

  it("红寺堡区、同心县综合贫困发生率分别下降到0.76%和0.61% is those two's poverty incidence, neither the place's (Wuzhong 2020)", () => {
    const x = fixture(["红寺堡区、同心县综合贫困发生率分别下降到0.76%和0.61%。全市贫困发生率下降到0.5%。"], ["地区生产总值增长6.5%。"]);
    expect(one(x, "分别下降到0.76%和0.61%", "0.61%").metric).toBeNull();
    expect(one(x, "全市贫困发生率下降到0.5%", "0.5%").metric).toBe("poverty_incidence");
  });

  it("towns named with their kind open the sentence: the figures after them are towns' (Dongguan 2023: 石排、洪梅、东坑等镇街…，长安生产总值超过800亿元)", () => {
    const x = fixture(
      ["石排、洪梅、东坑等镇街保持较快经济增速，长安生产总值超过800亿元，松山湖、虎门、南城超过700亿元，共同为稳增长大局作出重要贡献。全市地区生产总值达11200亿元，增长2.6%。"],
      ["地区生产总值增长5%左右。"],
    );
    expect(one(x, "长安生产总值超过800亿元", "800亿元").metric).toBeNull();
    expect(one(x, "全市地区生产总值达11200亿元", "11200亿元").metric).toBe("gdp");
  });
});

describe("a list of tourism's measures whose later items name only their kind (Shangrao 2016)", () => {
  it("旅游人数、门票、综合收入、从业人数分别增长20%以上: each item is tourism's, the revenue tourism revenue", () => {
    const x = fixture(["地区生产总值增长9%。"], ["进一步加快旅游业发展，力争全年旅游人数、门票、综合收入、从业人数分别增长20%以上。"]);
    const items = quoting(x, "分别增长20%以上");
    expect(items.map((f) => f.label_zh)).toEqual(["旅游人数增长", "旅游门票增长", "旅游综合收入增长", "旅游从业人数增长"]);
    expect(items.map((f) => f.metric)).toEqual(["tourist_arrivals_growth", null, "tourism_revenue_growth", null]);
    expect(listItems("旅游人数、门票、综合收入、从业人数", 4)).toEqual(["旅游人数", "旅游门票", "旅游综合收入", "旅游从业人数"]);
  });
});

describe("the public budget's revenue named without 一般 (Yichun 2014)", () => {
  it("公共预算收入 in a list of the plan year's targets is the budget revenue growth", () => {
    const x = fixture(
      ["全口径财政收入35.1亿元，增长16.2%。"],
      ["初步安排2014年全市地区生产总值、规模以上工业增加值、公共预算收入分别增长10%，固定资产投资增长26%。"],
    );
    const items = quoting(x, "公共预算收入分别增长10%");
    expect(items.map((f) => f.metric)).toEqual(["gdp_growth", "industrial_value_added_growth", "budget_revenue_growth"]);
    expect(one(x, "全口径财政收入35.1亿元", "35.1亿元").metric).toBe("fiscal_revenue_total");
  });
});

describe("the general public budget's local revenue named in that order (Yueyang 2023: 一般公共预算地方收入)", () => {
  it("is the budget revenue and its growth, in the review and among the plan year's targets", () => {
    const x = fixture(
      ["“三资”运作改革盘活价值总量近400亿元，完成一般公共预算地方收入185亿元，地方税收占一般公共预算地方收入比重提高2.2个百分点。"],
      ["主要预期目标是：GDP增长7.5%，规模工业增加值增长8.5%，固定资产投资增长9%，社会消费品零售总额增长7.5%，一般公共预算地方收入增长8%，进出口总额达到850亿元。"],
    );
    expect(one(x, "完成一般公共预算地方收入185亿元", "185亿元")).toMatchObject({ metric: "budget_revenue", kind: "result", year: 2019 });
    expect(one(x, "一般公共预算地方收入增长8%", "8%")).toMatchObject({ metric: "budget_revenue_growth", kind: "target", year: 2020 });
    expect(one(x, "地方税收占一般公共预算地方收入比重提高2.2个百分点", "2.2个百分点").metric).toBeNull();
  });
});

describe("the foreign direct investment actually received named 实际外商直接投资额 (Xiangyang 2019)", () => {
  it("is the foreign investment actually used, its growth in the review and among the targets", () => {
    const x = fixture(
      ["外贸出口额增长26.7%，实际外商直接投资额可比增长16.5%，全面完成年初确定的目标任务。"],
      ["地区生产总值增长8%左右，外贸出口和实际外商直接投资额分别增长8%，城镇登记失业率控制在4.5%以内。"],
    );
    expect(one(x, "实际外商直接投资额可比增长16.5%", "16.5%")).toMatchObject({ metric: "fdi_actual_growth", kind: "result" });
    expect(quoting(x, "外贸出口和实际外商直接投资额分别增长8%").map((f) => f.metric)).toEqual(["exports_growth", "fdi_actual_growth"]);
  });
});

describe("circled numerals opening the items of a list run on in one paragraph (Yueyang 2023: ②完成医疗救助27万人次；④支持既有住宅加装电梯300台)", () => {
  it("are no words of the items' labels", () => {
    const x = fixture(
      ["城镇新增就业6.26万人。"],
      ["集中精力办好10件市级民生实事。①实施海绵城市项目建设；②完成医疗救助27万人次；④支持既有住宅加装电梯300台；⑥除险加固小型水库128座、标准化建设小型水库288座；⑨提质改造农贸市场（菜市场）6家；⑩高标准农田建设41.3万亩。"],
    );
    const labels = x.figures.filter((f) => f.kind === "target" && f.metric !== "livelihood_projects").map((f) => f.label_zh);
    expect(labels).toEqual(["医疗救助", "支持既有住宅加装电梯", "除险加固小型水库", "标准化建设小型水库", "提质改造农贸市场（菜市场）", "高标准农田建设"]);
  });
});

describe("a list of what meets its standard, the last item naming the rate (Yichun 2014)", () => {
  it("集中饮用水源地水质、二级以上空气质量达标率均达到100%: each item is labelled with 达标率, not cut mid-word", () => {
    expect(listItems("全市集中饮用水源地水质、二级以上空气质量达标率", null)).toEqual(["集中饮用水源地水质达标率", "二级以上空气质量达标率"]);
    const x = fixture(["全市集中饮用水源地水质、二级以上空气质量达标率均达到100%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "达标率均达到100%").map((f) => f.label_zh)).toEqual(["集中饮用水源地水质达标率", "二级以上空气质量达标率"]);
  });
});

describe("a year's average wage (Xinjiang 2006)", () => {
  it("在岗职工年均工资1.2万元，增长6% is the reviewed year's, no average over several years", () => {
    const x = fixture(["在岗职工年均工资1.2万元，增长6%。"], ["地区生产总值增长9%。"]);
    expect(one(x, "年均工资", "1.2万元")).toMatchObject({ kind: "result", year: 2019, period: null, value: 1.2 });
    expect(one(x, "增长6%", "6%")).toMatchObject({ kind: "result", year: 2019, period: null });
  });
});

describe("a verb of doing with its aspect mark before the figure (Xinjiang 2006)", () => {
  it("实现了34万贫困人口稳定脱贫 leaves no 了 to open the label", () => {
    const x = fixture(["实现了34万贫困人口稳定脱贫和35万人就业再就业，城镇登记失业率3.7%。"], ["地区生产总值增长9%。"]);
    const exits = one(x, "34万贫困人口", "34万");
    expect(exits.label_zh).toBe("贫困人口稳定脱贫");
    expect(exits.metric).toBe("poverty_exits_people");
  });
});

describe("a change measured against the start of the year (Sichuan 2008)", () => {
  it("全省金融机构年末各项存款余额13950.4亿元，比年初增长18.2% is the deposits' change", () => {
    const x = fixture(["全省金融机构年末各项存款余额13950.4亿元，比年初增长18.2%；贷款余额9200.9亿元，增长17.3%。"], ["地区生产总值增长10%。"]);
    expect(one(x, "比年初增长18.2%", "18.2%")).toMatchObject({ kind: "result", year: 2019, label_zh: "全省金融机构年末各项存款余额比年初增长", direction: "up" });
  });
});

describe("the output of the part of the economy its owners make, named before it (Sichuan 2008)", () => {
  it("民营经济发展加快，实现增加值5273.1亿元，增长21%，占生产总值的比重达50.2% is the private economy's", () => {
    const x = fixture(["民营经济发展加快，实现增加值5273.1亿元，增长21%，占生产总值的比重达50.2%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "增加值5273.1亿元").map((f) => [f.label_zh, f.metric])).toEqual([
      ["民营经济增加值", null],
      ["民营经济增加值增长", null],
      ["民营经济增加值占生产总值的比重", null],
    ]);
  });
});

describe("an output after an area that names no crop (Xinjiang 2006)", () => {
  it("种植面积保持在1700万亩左右，总产量190万吨左右 is no crop named 种植; 粮食播种面积…，总产量… stays the grain's", () => {
    const x = fixture(["地区生产总值增长9%。"], ["稳定面积，主攻单产，种植面积保持在1700万亩左右，总产量190万吨左右。粮食播种面积稳定在3000万亩，总产量达到900万吨。"]);
    expect(one(x, "总产量190万吨", "190万吨").label_zh).toBe("总产量");
    expect(one(x, "总产量达到900万吨", "900万吨").label_zh).toBe("粮食总产量");
  });
});

describe("a level reached before the other places' (Shandong 2004)", () => {
  it("高速公路通车里程在全国率先突破3000公里 is labelled 高速公路通车里程", () => {
    const x = fixture(["新增发电装机566万千瓦，高速公路通车里程在全国率先突破3000公里。"], ["地区生产总值增长10%。"]);
    expect(one(x, "率先突破3000公里", "3000公里")).toMatchObject({ label_zh: "高速公路通车里程", qualifier: "at_least" });
  });
});

describe("a rate of change shared by a list of measures (Luoyang 2022)", () => {
  it("生产总值、人均GDP、全员劳动生产率增速均为7% gives the plan year's GDP growth target once", () => {
    const x = fixture(["地区生产总值增长4.8%。"], [
      "今年经济社会发展主要预期目标是：生产总值、人均GDP、全员劳动生产率增速均为7%，研发经费投入强度达到3.15%，规模以上工业增加值增长8%。",
    ]);
    const targets = x.figures.filter((f) => f.kind === "target" && f.quote.includes("均为7%"));
    expect(targets.map((f) => f.label_zh)).toEqual(["生产总值增速", "人均GDP增速", "全员劳动生产率增速"]);
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth").map((f) => [f.year, f.value])).toEqual([[2020, 7]]);
  });

  it("a list whose earlier item is a rate keeps its items: 城镇化率、地区生产总值增速 shares nothing", () => {
    expect(listItems("常住人口城镇化率、地区生产总值增速", null)).toEqual(["常住人口城镇化率", "地区生产总值增速"]);
  });
});

describe("a trade zone's work opening the clause before a figure (Luoyang 2022)", () => {
  it("争取综保区6月底前封关运营，全年进出口额实现30亿元 is the zone's trade; 力争外贸进出口额突破235亿元 stays the city's", () => {
    const x = fixture(["地区生产总值增长4.8%。"], [
      "今年地区生产总值增长7%。",
      "出台跨境电商发展专项政策，全年跨境电商进出口额突破70亿元。争取综保区6月底前封关运营，全年进出口额实现30亿元。新增国内外航线3~5条。",
      "加快外经外贸转型发展。实施“洛企出海”行动，力争外贸进出口额突破235亿元。",
    ]);
    expect(writtenMetrics(x, "全年进出口额实现30亿元")).toEqual([["30亿元", null]]);
    expect(writtenMetrics(x, "外贸进出口额突破235亿元")).toEqual([["235亿元", "foreign_trade"]]);
  });
});

describe("a plan's figure raised or lowered from its former value (State Council 1993)", () => {
  it("调高到 after 由原定平均每年… ends a baseline: the old rate is no target, the new range is the growth target (国民经济增长速度由原定平均每年百分之六调高到百分之八至九)", () => {
    const x = fixture(["地区生产总值增长8%。"], [
      "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。",
      "今年国民生产总值计划增长百分之八，是留有余地的。",
    ]);
    const growth = quoting(x, "国民经济增长速度");
    expect(growth.map((f) => written(x, f))).toEqual(["百分之八至九"]);
    expect(typed(growth[0]!)).toMatchObject({ kind: "target", min: 8, max: 9, unit: "%", metric: "gdp_growth" });
  });
});

describe("an average over the years reviewed written 平均每年 (State Council 1993)", () => {
  it("五年平均每年增长 after a level takes that level's indicator, as 五年年均增长 does (1992年国民生产总值接近24000亿元，五年平均每年增长百分之七点九)", () => {
    const x = fixture(["国民经济持续发展。1992年国民生产总值接近24000亿元，五年平均每年增长百分之七点九。"], ["地区生产总值增长6%。"]);
    const growth = one(x, "五年平均每年增长", "百分之七点九");
    expect(typed(growth)).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "国民生产总值平均每年增长", value: 7.9, period: [2015, 2019] });
  });
});

describe("a second term of years named bare after the first (State Council 2023)", () => {
  it("十年 after a comma before its change is ten years looked back on, not the five before it (国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%)", () => {
    const x = fixture(["——经济发展再上新台阶。国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%，在高基数基础上实现了中高速增长。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "五年年均增长", "5.2%"))).toMatchObject({ metric: "gdp_growth", period: [2015, 2019] });
    expect(typed(one(x, "十年增加", "70万亿元")).period).toEqual([2010, 2019]);
    expect(typed(one(x, "十年增加", "6.2%")).period).toEqual([2010, 2019]);
  });
});

describe("a range of years compared with names no time of the figures after it (State Council 2008)", () => {
  it("是1950年到2002年53年的总和 leaves the five years' additions after it in those five years, not in 2002 (五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里)", () => {
    const x = fixture(["我们制定和实施一系列产业政策。五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和；新增公路19.2万公里，其中高速公路2.8万公里；新增铁路营运里程6100公里。"], ["地区生产总值增长6%。"]);
    for (const [clause, figure] of [["新增电力装机", "3.5亿千瓦"], ["新增公路", "19.2万公里"], ["新增铁路营运里程", "6100公里"]] as const)
      expect(typed(one(x, clause, figure)), clause).toMatchObject({ year: 2019, period: [2015, 2019] });
  });
});

describe("a crop's output named after its harvest told without a figure (State Council 2008)", () => {
  it("2007年产量 after 全国粮食连续四年增产 is the grain output of 2007 (全国粮食连续四年增产，2007年产量达到50150万吨)", () => {
    const x = fixture(["——取消农业税，终结了农民种田交税的历史。全国粮食连续四年增产，2007年产量达到50150万吨。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "产量达到", "50150万吨"))).toMatchObject({ kind: "result", year: 2007, metric: "grain_output", label_zh: "粮食产量", value: 50150, unit: "万吨" });
  });
});

describe("a review part of the past year and the five years (State Council 2023)", () => {
  it("一、过去一年和五年工作回顾 lets 过去五年… frame the bullets after it over the five years; the year's own figures stay the year's (——生态环境明显改善。单位国内生产总值能耗下降8.1%)", () => {
    const x = extractText("ceshi-2020.txt", [
      "2020年测试市政府工作报告", "2020年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：",
      "一、过去一年和五年工作回顾",
      "2019年是极为重要的一年。全年地区生产总值增长3%，城镇新增就业1206万人。",
      "过去五年极不寻常、极不平凡。我们经受了多重考验，取得举世瞩目的重大成就。",
      "——生态环境明显改善。单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%。",
      "二、2020年主要目标", "地区生产总值增长6%。",
    ].join("\n"));
    expect(typed(one(x, "全年地区生产总值增长", "3%"))).toMatchObject({ year: 2019, period: null, metric: "gdp_growth" });
    expect(typed(one(x, "单位国内生产总值能耗下降", "8.1%"))).toMatchObject({ year: 2019, period: [2015, 2019], metric: "energy_intensity_change" });
  });
});

describe("the income of the region's mountain areas (Ningxia 2005: 5万多群众实现了脱贫，山区农民人均纯收入达1487.3元)", () => {
  it("is no rural income of the region, which the review gives before it", () => {
    const x = fixture([
      "城镇居民人均可支配收入7218元，增长10.5%;农民人均纯收入2320元，增长13.5%。",
      "继续实施千村扶贫开发工程，5万多群众实现了脱贫，山区农民人均纯收入达1487.3元，增幅为近年来最高水平。",
    ], ["地区生产总值增长10%。"]);
    expect(one(x, "农民人均纯收入2320元", "2320元").metric).toBe("rural_net_income");
    expect(one(x, "山区农民人均纯收入达1487.3元", "1487.3元").metric).toBeNull();
    // So are the mountain areas named by the side of the place they lie in (南部山区).
    const y = fixture(["南部山区地区生产总值增长9%。"], ["地区生产总值增长10%。"]);
    expect(one(y, "南部山区地区生产总值增长9%", "9%").metric).toBeNull();
    // A district's name ending in the word is no such area (宝山区): this rule leaves it to the others.
    const z = fixture(["全年宝山区地区生产总值增长9%。"], ["地区生产总值增长10%。"]);
    expect(one(z, "宝山区地区生产总值增长9%", "9%").metric).toBe("gdp_growth");
  });
});

describe("the people each way out of poverty lifts (Guyuan 2016: 实施精准脱贫“五个一批”计划，发展生产和转移就业脱贫12.7万人左右，易地搬迁脱贫4万人左右，…)", () => {
  it("are parts of the exits, none the place's count of people lifted out", () => {
    const x = fixture(["贫困村销号126个，脱贫7.8万人。"], [
      "地区生产总值增长8%。",
      "实施精准脱贫“五个一批”计划，发展生产和转移就业脱贫12.7万人左右，易地搬迁脱贫4万人左右，生态补偿脱贫1万人左右，发展教育脱贫2万人左右，社会保障兜底脱贫7万人左右，坚决打赢脱贫攻坚战。完成150个贫困村销号，10万人脱贫。",
    ]);
    expect(x.figures.filter((f) => f.metric === "poverty_exits_people").map((f) => [f.kind, f.value])).toEqual([["result", 7.8], ["target", 10]]);
  });
});

describe("the countryside's toilet coverage named bare", () => {
  it("a bare 卫生厕所普及率 in a sentence about the countryside is the rural coverage, a target and a result (Yinchuan 2020, 2024)", () => {
    const x = fixture(
      ["农村人居环境整治全域推进，卫生厕所普及率、污水治理率分别达92%和73.3%。"],
      ["持续开展农村人居环境综合整治，扎实推进农村“厕所革命”、污水治理、垃圾分类，改水改厕2.6万户，力争卫生厕所普及率达到85%、农村生活垃圾治理率达到90%。"],
    );
    const coverage = x.figures.filter((f) => f.metric === "rural_toilet_coverage").map((f) => [f.kind, f.year, f.value, f.label_zh, written(x, f)]);
    expect(coverage).toEqual([
      ["result", 2019, 92, "农村卫生厕所普及率", "92%"],
      ["target", 2020, 85, "农村卫生厕所普及率", "85%"],
    ]);
  });

  it("not in a sentence that speaks of no countryside, nor of a part of it", () => {
    const x = fixture(["城市建设加快，卫生厕所普及率达到92%。"], ["川区农村卫生厕所普及率达到85%左右。"]);
    expect(x.figures.filter((f) => /卫生厕所普及率/.test(f.label_zh)).map((f) => [f.label_zh, f.metric])).toEqual([
      ["卫生厕所普及率", null],
      ["川区农村卫生厕所普及率", null],
    ]);
  });

  it("a bare 普及率 after a count of the toilets built is their coverage (新建农村卫生厕所3.8万座、普及率达74%, Yinchuan 2020)", () => {
    const x = fixture(["新建农村卫生厕所3.8万座、普及率达74%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "普及率达74%").map((f) => [f.label_zh, f.metric, written(x, f)])).toEqual([
      ["新建农村卫生厕所", "rural_toilets", "3.8万座"],
      ["农村卫生厕所普及率", "rural_toilet_coverage", "74%"],
    ]);
  });
});

describe("a kilogram and a content by the kilogram (Yunnan 2026, Jilin 2026)", () => {
  it("度电排放二氧化碳0.13千克 is in 千克, no magnitude 千 alone; 土壤有机质平均含量28克/千克 is a content in 克/千克", () => {
    const x = fixture(["度电排放二氧化碳0.13千克、全国最低。"], ["地区生产总值增长5%左右，全省土壤有机质平均含量28克/千克。"]);
    expect(quoting(x, "度电排放").map((f) => [written(x, f), f.value, f.unit])).toEqual([["0.13千克", 0.13, "千克"]]);
    expect(quoting(x, "有机质").map((f) => [written(x, f), f.value, f.unit, f.metric])).toEqual([["28克/千克", 28, "克/千克", null]]);
  });
});

describe("an earlier plan's total a figure passes names no time of the figures after it (Inner Mongolia 1999)", () => {
  it("超过“八五”时期的总和 leaves the city works' investment after it in the year reviewed, not in 1991–1995 (其中公路交通建设完成投资31亿元，超过“八五”时期的总和；城市基础设施建设投资达到20亿元，比上年增加12亿元)", () => {
    const x = fixture(["全社会固定资产投资总额达到350亿元，比上年增长10.2%，其中公路交通建设完成投资31亿元，超过“八五”时期的总和；城市基础设施建设投资达到20亿元，比上年增加12亿元。"], ["地区生产总值增长6%。"]);
    for (const figure of ["20亿元", "12亿元"])
      expect(typed(one(x, "城市基础设施建设投资", figure)), figure).toMatchObject({ year: 2019, period: null });
  });
});

describe("各 speaks of the figure right after it only (Jilin 2004)", () => {
  it("a capacity after 各 that names a project gives no later figure to every item before it (华润集团和长春大成各400万吨玉米深加工、长春皓月50万头肉牛综合加工)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["重点实施一汽总投资170亿元的整车扩建、吉化60万吨乙烯扩建及配套、吉林油田百万吨原油扩能、华润集团和长春大成各400万吨玉米深加工、长春皓月50万头肉牛综合加工等项目建设。"]);
    const heads = x.figures.filter((f) => f.unit === "万头");
    expect(heads.length).toBeLessThanOrEqual(1);
    for (const f of heads) expect(f.label_zh).not.toMatch(/整车|乙烯|原油|华润|长春大成/);
  });

  it("各 right before its figure still gives it to every item (建设示范家庭农场、合作社各20家)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["建设示范家庭农场、合作社各20家。"]);
    expect(quoting(x, "合作社各20家").map((f) => [written(x, f), f.label_zh])).toEqual([["20家", "建设示范家庭农场"], ["20家", "合作社"]]);
  });
});

describe("an output after a crop's fair harvest told without a figure is that crop's (Jilin 2004)", () => {
  it("粮食获得较好收成，总产量达到2259.5万吨 gives the grain output", () => {
    const x = fixture(["粮食获得较好收成，总产量达到2259.5万吨。"], ["地区生产总值增长6%。"]);
    expect(typed(one(x, "总产量", "2259.5万吨"))).toMatchObject({ metric: "grain_output", year: 2019, value: 2259.5, unit: "万吨" });
  });
});

describe("a stretch target that says its target's verb again (Bijie 2014)", () => {
  it("生产总值确保增长16%、力争增长17% gives one GDP growth target; 确保完成1600亿元，力争完成1800亿元 one amount", () => {
    const x = fixture(["地区生产总值增长15%。"], [
      "经济社会发展的主要预期目标是：生产总值确保增长16%、力争增长17%；全社会固定资产投资确保完成2125亿元，增长25%以上；招商引资到位资金确保完成1600亿元，力争完成1800亿元；城镇居民人均可支配收入增长13%以上。",
    ]);
    const gdp = x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth");
    expect(gdp.map((f) => [written(x, f), f.label_zh])).toEqual([["16%", "生产总值增长"]]);
    expect(one(x, "力争增长17%", "17%")).toMatchObject({ label_zh: "生产总值增长（力争）", metric: null, kind: "target" });
    expect(one(x, "确保完成1600亿元", "1600亿元")).toMatchObject({ metric: "investment_attracted", kind: "target" });
    expect(one(x, "力争完成1800亿元", "1800亿元")).toMatchObject({ metric: null, kind: "target" });
  });
});

describe("a stretch count of people lifted out of poverty after its target (Bijie 2014)", () => {
  it("确保减少农村贫困人口40万人、力争减少50万人 gives one exit target, the 50 a stretch with no indicator", () => {
    const x = fixture(["地区生产总值增长15%。"], ["确保减少农村贫困人口40万人、力争减少50万人，1个县、20个贫困乡镇实现减贫摘帽目标。"]);
    expect(x.figures.filter((f) => f.metric === "poverty_exits_people").map((f) => written(x, f))).toEqual(["40万人"]);
    expect(one(x, "力争减少50万人", "50万人")).toMatchObject({ metric: null, kind: "target" });
  });
});

describe("a stretch level after a target and its growth (Sichuan 2004)", () => {
  it("确保实现旅游总收入480亿元，增长14.3%，力争达到500亿元: the 480 keeps the indicator, the 500 is the stretch, with none", () => {
    const x = fixture(["地区生产总值增长6%。"], ["确保实现旅游总收入480亿元，增长14.3%，力争达到500亿元。"]);
    expect(typed(one(x, "旅游总收入", "480亿元"))).toMatchObject({ kind: "target", metric: "tourism_revenue" });
    expect(typed(one(x, "力争达到", "500亿元"))).toMatchObject({ kind: "target", metric: null, label_zh: "旅游总收入（力争）" });
  });
});

describe("an amount with its currency named after the unit (Inner Mongolia 1999)", () => {
  it("引进区外资金71.3亿元人民币 and 必保到位额52亿元人民币 are amounts, no class the currency names", () => {
    const x = fixture(["全区直接利用外资到位额1.65亿美元，间接利用外资4.39亿美元，引进区外资金71.3亿元人民币，共折合人民币121.3亿元。"], ["全年引进区外资金必保到位额52亿元人民币、利用国外资金到位额4.2亿美元。"]);
    expect(typed(one(x, "引进区外资金", "71.3亿元"))).toMatchObject({ kind: "result", value: 71.3, unit: "亿元" });
    expect(typed(one(x, "必保到位额", "52亿元"))).toMatchObject({ kind: "target", value: 52, unit: "亿元" });
  });
});

describe("an amount's currency written after its unit (Inner Mongolia 1999)", () => {
  it("人民币 closing an amount is no word of the label after it: 必保到位额52亿元人民币、利用国外资金到位额4.2亿美元", () => {
    const x = fixture(["地区生产总值增长8%。"], ["全年引进区外资金必保到位额52亿元人民币、利用国外资金到位额4.2亿美元。"]);
    expect(x.figures.filter((f) => f.kind === "target" && f.value !== 8).map((f) => [f.label_zh, written(x, f)])).toEqual([
      ["引进区外资金必保到位额", "52亿元"],
      ["利用国外资金到位额", "4.2亿美元"],
    ]);
  });
});

describe("the year's output after a crop's area (Yunnan 2026)", () => {
  it("年度产量 after 粮食播种面积 is the grain output: 粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨", () => {
    const x = fixture(["粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "年度产量首次突破2000万吨", "2000万吨")).toMatchObject({ label_zh: "粮食产量", metric: "grain_output", kind: "result", year: 2019 });
  });

  it("总产量 after the sown area written short is the grain output (Nanchong 2021: 确保粮食播面稳定在840万亩以上、总产量稳定在310万吨以上)", () => {
    const x = fixture(["全市地区生产总值增长3.8%。"], ["兑现好种粮农民补贴政策，建成高标准农田30万亩以上，确保粮食播面稳定在840万亩以上、总产量稳定在310万吨以上。"]);
    expect(one(x, "总产量稳定在310万吨以上", "310万吨")).toMatchObject({ label_zh: "粮食总产量", metric: "grain_output", kind: "target", year: 2020 });
  });

  it("总产 after the crop's gain in output is that crop's output (Xinjiang 2025: 全疆粮食播种面积4440万亩、新增202.9万亩，粮食增产42.2亿斤，总产466亿斤)", () => {
    const x = fixture(["全面落实耕地保护和粮食安全党政同责，安排“三农”资金1137.8亿元，全疆粮食播种面积4440万亩、新增202.9万亩，粮食增产42.2亿斤，总产466亿斤、全国排名上升到第13位，粮食单产1050斤、首次跃居全国第一。"], ["粮食产量476亿斤以上。"]);
    expect(one(x, "总产466亿斤", "466亿斤")).toMatchObject({ label_zh: "粮食总产", metric: "grain_output", kind: "result", year: 2019 });
    expect(one(x, "粮食增产42.2亿斤", "42.2亿斤").metric).toBeNull();
  });
});

describe("cases and accidents counted by 起 (Inner Mongolia 1999, Dongguan 2023)", () => {
  it("破获各类刑事案件34292起 is a count of cases, and the label after it is its own", () => {
    const x = fixture(["破获各类刑事案件34292起，推动交通事故数下降923起、亡人数减少114人。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["破获各类刑事案件", 34292, "起"],
      ["交通事故数下降", 923, "起"],
      ["亡人数减少", 114, "人"],
    ]);
  });

  it("not 起 that opens a word of its own (起草, 起步)", () => {
    expect(readUnit("案件34292起，", 7)).toBe("起");
    expect(readUnit("完成2起草工作", 3)).toBeNull();
    expect(readUnit("票价100起步", 5)).toBeNull();
  });
});

describe("an area of the place named with 地区 as a sentence's subject (Hunan 2005)", () => {
  it("一点一线地区已成为全省经济快速增长带，实现GDP3420.9亿元，增长13.1％；长株潭的龙头作用显现，实现GDP增长14％ gives no GDP growth of the province", () => {
    const x = fixture(
      ["全年完成生产总值5612.3亿元，比上年增长12％。一点一线地区已成为全省经济快速增长带，实现GDP3420.9亿元，增长13.1％；长株潭的龙头作用显现，实现GDP增长14％。消费需求旺盛，实现社会消费品零售总额2069.8亿元，增长14％。"],
      ["主要预期目标是：生产总值增长10％。"],
    );
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.value])).toEqual([["result", 12], ["target", 10]]);
    expect(quoting(x, "2069.8亿元").map((f) => f.metric)).toEqual(["retail_sales", "retail_sales_growth"]);
  });

  it("GDP written right before its figure is the regional product: 全年实现GDP3420.9亿元，增长13.1％ gives the GDP and its growth", () => {
    const x = fixture(["全年实现GDP3420.9亿元，增长13.1％。"], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.unit, f.metric])).toEqual([[3420.9, "亿元", "gdp"], [13.1, "%", "gdp_growth"]]);
  });

  it("but not 地区生产总值 nor the whole place's areas", () => {
    const x = fixture(["地区生产总值增长8%。全省各地区生产总值均有增长，全年地区生产总值增长9%。"], ["地区生产总值增长10%。"]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.value])).toEqual([["result", 8], ["result", 9], ["target", 10]]);
  });

  it("nor a kind of area, whose sentence goes on to the place's own figures (Gansu 2008: 民族地区和老区…，绝对贫困人口减少37.5万人; Zhangye 2014: 力争贫困地区…，贫困发生率降低到5%以下)", () => {
    const x = fixture(
      ["民族地区和老区经济社会快速发展，扶贫开发成效显著，绝对贫困人口减少37.5万人。"],
      ["力争贫困地区农民人均纯收入增幅高于全市平均水平2个百分点，贫困人口减少20%，贫困发生率降低到5%以下。地区生产总值增长8%。"],
    );
    expect(one(x, "绝对贫困人口减少37.5万人", "37.5万人").metric).toBe("poverty_exits_people");
    expect(one(x, "贫困发生率降低到5%以下", "5%").metric).toBe("poverty_incidence");
  });
});

describe("telephone lines counted by 门 (Henan 2001: 新增…电力装机109万千瓦、程控电话交换机222万门、粮食仓容59万吨)", () => {
  it("222万门 is the exchanges' lines, and the item after it is labelled by its own words", () => {
    const x = fixture(["基础设施建设取得新成效，新增节水灌溉面积150万亩、电力装机109万千瓦、程控电话交换机222万门、粮食仓容59万吨、日供水能力34万吨。"], ["地区生产总值增长9%左右。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["新增节水灌溉面积", 150, "万亩"],
      ["新增电力装机", 109, "万千瓦"],
      ["程控电话交换机", 222, "万门"],
      ["粮食仓容", 59, "万吨"],
      ["日供水能力", 34, "万吨"],
    ]);
  });

  it("not 门 that opens a word of its own (门类, 门诊)", () => {
    expect(readUnit("交换机222万门、", 6)).toBe("万门");
    expect(readUnit("涵盖12门类", 4)).toBeNull();
    expect(readUnit("接诊10万门诊人次", 4)).toBe("万");
  });
});

describe("a zone made the subject of its sentence (Guilin 2017)", () => {
  it("高新区要依托…，力争实现工业总产值超800亿元 is the zone's output, no target of the city's", () => {
    const x = fixture(["地区生产总值增长7%。"], [
      "高新区要依托国家级、自治区级战略性创新平台，打造高层次人才聚集中心，加快推进重点续建项目建设，力争实现工业总产值超800亿元。",
      "力争实现工业总产值超3000亿元。",
    ]);
    expect(x.figures.filter((f) => f.label_zh === "工业总产值").map((f) => [f.value, f.metric])).toEqual([
      [800, null],
      [3000, "industry_output"],
    ]);
  });
});

describe("a sentence that opens on the zones it takes as its lever (Shangqiu 2014)", () => {
  it("以商务中心区和特色商业区建设为抓手，…，力争完成固定资产投资70亿元 is those zones' investment, no target of the city's", () => {
    const x = fixture(["全社会固定资产投资完成1246.4亿元。"], [
      "以商务中心区和特色商业区建设为抓手，以服务生产、生活为主要目的，完善基础配套功能，增强对产业项目的吸引力，力争完成固定资产投资70亿元，其中基础设施投资20亿元。",
      "以项目建设为抓手，力争完成固定资产投资700亿元。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target" && f.label_zh === "固定资产投资").map((f) => [f.value, f.metric])).toEqual([
      [70, null],
      [700, "fixed_investment"],
    ]);
  });
});

describe("the sentences after one that makes a zone its subject (Yinchuan 2016)", () => {
  it("综合保税区要提升外向型经济发展水平。加快二期…。…全年实现外贸进出口总额30亿美元，增长35% is the zone's trade, no target of the city's", () => {
    const x = fixture(["完成外贸进出口总额32.66亿美元。"], [
      "今年的主要预期目标是：地区生产总值增长8%。",
      "**培植开放载体，打造内陆开放新高地。**滨河新区要提升“四城”建设水平。加快实施恒天如意科技产业城等80个项目，完成投资120亿元。综合保税区要提升外向型经济发展水平。加快二期全面建成封关运行。启动实施宁夏医科大总院生物科技等四大项目，着力提升黄金珠宝、葡萄酒、现代纺织等主导产业运营能力，全年实现外贸进出口总额30亿美元，增长35%。临港经济区要主动融入区域一体化发展。",
      "全年实现外贸进出口总额40亿美元，增长20%。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target" && /进出口/.test(f.label_zh)).map((f) => [f.value, f.metric])).toEqual([
      [30, null],
      [35, null],
      [40, "foreign_trade_usd"],
      [20, "foreign_trade_growth"],
    ]);
  });

  it("but not a zone's 要素, its factors, in a sentence telling what they did (Qinghai 2016: 三大园区要素集聚…。服务业…旅游人数和总收入累计达到9095万人次、824.5亿元)", () => {
    const x = fixture([
      "结构调整取得新突破。三大园区要素集聚、规模生产和支撑作用显著增强，15个重大产业集群正在形成。服务业发展水平明显提高，旅游业实现跨越发展，旅游人数和总收入累计达到9095万人次、824.5亿元，分别是上个五年的1.8倍和3.15倍。",
    ], ["地区生产总值增长8%。"]);
    expect([one(x, "旅游人数", "9095万人次"), one(x, "824.5亿元", "824.5亿元")].map((f) => f.metric)).toEqual(["tourist_arrivals", "tourism_revenue"]);
  });
});

describe("the parks made the subject of a clause before the verb of their figures (Yunfu 2015)", () => {
  it("力争今年全市重点产业园区实现工业总产值600亿元、工业增加值150亿元: the item after 、 is the parks' too, no target of the city's", () => {
    const x = fixture(["地区生产总值增长10.3%。"], [
      "明确各重点园区和集聚区的发展定位和产业重点，加快形成主导产业。力争今年全市重点产业园区实现工业总产值600亿元、工业增加值150亿元。其中，实现规模以上工业总产值500亿元，占全市比重40%。",
      "全市工业增加值增长10%。",
    ]);
    expect(x.figures.filter((f) => f.unit === "亿元" || /工业增加值/.test(f.label_zh)).map((f) => [f.value, f.metric])).toEqual([
      [600, null],
      [150, null],
      [500, null],
      [10, "industry_value_added_growth"],
    ]);
  });
});

describe("a clause that only says the figures after it are preliminary (Yunfu 2022)", () => {
  it("2020年全市地区生产总值突破千亿大关，初步预计，五年年均（下同）增长5.6%左右 is GDP's five-year average growth", () => {
    const x = fixture([
      "过去五年，是产业加快提质升级、经济持续稳定增长的五年。2020年全市地区生产总值突破千亿大关，初步预计，五年年均（下同）增长5.6%左右；一般公共预算收入年均增长5.14%。",
    ], ["地区生产总值增长7%左右。"]);
    expect(quoting(x, "5.6%").map((f) => [f.metric, f.value, f.period])).toEqual([["gdp_growth", 5.6, [2015, 2019]]]);
  });
});

describe("tourists received from home and abroad named 境内外 (Xinjiang 2020)", () => {
  it("接待境内外游客…达到2.09亿人次 … 分别增长41.6%和40.4% are the tourist arrivals and their growth", () => {
    const x = fixture(["全区接待境内外游客首次突破2亿人次、达到2.09亿人次，实现旅游收入3452.65亿元，分别增长41.6%和40.4%。"], ["地区生产总值增长5.5%左右。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric).map((f) => [f.metric, f.value])).toEqual([
      ["tourist_arrivals", 2.09],
      ["tourism_revenue", 3452.65],
      ["tourist_arrivals_growth", 41.6],
      ["tourism_revenue_growth", 40.4],
    ]);
  });

  it("nor does 游客数量 name other than the tourists' number: 游客数量和旅游收入分别增长16%和25% (Ulanqab 2018)", () => {
    const x = fixture(["全市4A级景区增加到10个，游客数量和旅游收入分别增长16%和25%。"], ["地区生产总值增长7%左右。"]);
    expect(writtenMetrics(x, "游客数量")).toEqual([
      ["16%", "tourist_arrivals_growth"],
      ["25%", "tourism_revenue_growth"],
    ]);
  });
});

describe("a share of a whole told after a change of the same subject (Xinjiang 2020)", () => {
  it("民间投资增速提高38个百分点、占固定资产投资比重36.2%: the 36.2% is no growth of private investment", () => {
    const x = fixture(["全区投资项目实际到位资金增长11.3%，民间投资增速提高38个百分点、占固定资产投资比重36.2%，非公有制经济增加值增长6.3%。"], ["民间投资增长8%。"]);
    expect(writtenMetrics(x, "36.2%").filter(([w]) => w === "36.2%")).toEqual([["36.2%", null]]);
    expect(x.figures.filter((f) => f.metric === "private_investment_growth").map((f) => [f.kind, f.value])).toEqual([["target", 8]]);
  });
});

describe("a park founded in the clause before the figure (Xizang 2016)", () => {
  it("创建藏青工业园，完成固定资产投资35.7亿元 is the park's investment, none of the region's", () => {
    const x = fixture([
      "拉萨国家级经济技术开发区实现税收179.2亿元。创建藏青工业园，完成固定资产投资35.7亿元，入园企业174家。",
      "全社会固定资产投资完成1342.16亿元。",
    ], ["地区生产总值增长10%以上。"]);
    expect(writtenMetrics(x, "固定资产投资")).toEqual([
      ["35.7亿元", null],
      ["1342.16亿元", "fixed_investment"],
    ]);
  });
});

describe("a change over some years told without its subject (Jilin 2026, State Council 2023)", () => {
  it("3年增长58.6% after 财政收入达到1350亿元 is the revenue's change over those years", () => {
    const x = fixture(["财政收入达到1350亿元，3年增长58.6%；建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点。"], ["地区生产总值增长5%左右。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.label_zh, f.value, f.period])).toEqual([
      ["财政收入", 1350, null],
      ["财政收入3年增长", 58.6, [2017, 2019]],
      ["建成面积占永久基本农田比例", 66.25, null],
      ["建成面积占永久基本农田比例近3年提升", 21, [2017, 2019]],
    ]);
  });
});

describe("a bare value added after an industry's output (Yichang 2014)", () => {
  it("确保规模以上工业产值突破5000亿元，增加值增长15% gives the growth target of industry's value added", () => {
    const x = fixture(["地区生产总值增长6%。"], ["确保规模以上工业产值突破5000亿元，增加值增长15%。"]);
    expect(typed(one(x, "增加值增长", "15%"))).toMatchObject({ kind: "target", metric: "industrial_value_added_growth", label_zh: "规模以上工业增加值增长", value: 15 });
  });
});

describe("a bare spending after the tourists counted (Sanming 2025)", () => {
  it("全市旅游总人数6400万人次、总花费540亿元 and 力争旅游总人数、总花费分别增长15%、18%以上 give tourism revenue and its growth", () => {
    const x = fixture(["全市旅游总人数6400万人次、总花费540亿元，分别增长13.5%、15%。"], ["力争旅游总人数、总花费分别增长15%、18%以上。"]);
    expect(typed(one(x, "总花费", "540亿元"))).toMatchObject({ kind: "result", metric: "tourism_revenue", label_zh: "旅游总花费", value: 540 });
    expect(x.figures.filter((f) => f.metric === "tourism_revenue_growth").map((f) => [f.kind, f.value])).toEqual([["result", 15], ["target", 18]]);
  });
});

describe("funds drawn on a borrower's financing (Bozhou 2016)", () => {
  it("建安集团获批融资额度245亿元，到位资金75.9亿元 is no investment attracted; 招商引资到位资金 still is", () => {
    const x = fixture(["建安集团获批融资额度245亿元，到位资金75.9亿元；创新搭建“我要贷款”平台，发放贷款10.2亿元。招商引资到位资金930亿元。"], ["地区生产总值增长9%左右。"]);
    expect(one(x, "到位资金", "75.9亿元").metric).toBeNull();
    expect(typed(one(x, "招商引资到位资金", "930亿元"))).toMatchObject({ kind: "result", metric: "investment_attracted" });
  });
});

describe("the level reached after a count of milestones passed in a row (Bozhou 2016)", () => {
  it("经济总量连续迈上4个百亿元台阶、达950亿元，是“十一五”末的1.9倍，年均增长11% gives GDP and its yearly growth, of 经济总量", () => {
    const x = fixture(["经济总量连续迈上4个百亿元台阶、达950亿元，是“十一五”末的1.9倍，年均增长11%。"], ["地区生产总值增长9%左右。"]);
    expect(typed(one(x, "达", "950亿元"))).toMatchObject({ kind: "result", metric: "gdp", label_zh: "经济总量", value: 950 });
    expect(typed(one(x, "年均增长", "11%"))).toMatchObject({ metric: "gdp_growth", label_zh: "经济总量年均增长" });
  });
});

describe("the households a work reaches after the work (Sanming 2025)", () => {
  it("开展227个老旧小区改造、惠及3.44万户: the 227 are compounds renovated, the 3.44万户 those reached, no count of compounds", () => {
    const x = fixture(["开展227个老旧小区改造、惠及3.44万户，新改建城区生活污水管网200公里。"], ["地区生产总值增长5%。"]);
    expect(typed(one(x, "开展", "227个"))).toMatchObject({ metric: "old_housing_renovation_count", value: 227 });
    expect(one(x, "惠及", "3.44万户").metric).toBeNull();
  });
});

describe("foreign direct investment named bare (Bozhou 2016, Chongqing 2004)", () => {
  it("外商直接投资增长10％左右 is the target of foreign investment used; after ;其中 it is a part of the whole before", () => {
    const x = fixture(["实际利用外资5.7亿美元，增长25.8%;其中外商直接投资3.1亿美元，增长10.8%。"], ["全年外商直接投资增长10％左右。"]);
    expect(x.figures.filter((f) => /外/.test(f.label_zh)).map((f) => [f.kind, f.label_zh, f.value, f.metric])).toEqual([
      ["result", "实际利用外资", 5.7, "fdi_actual"],
      ["result", "实际利用外资增长", 25.8, "fdi_actual_growth"],
      ["result", "外商直接投资", 3.1, null],
      ["result", "外商直接投资增长", 10.8, null],
      ["target", "外商直接投资增长", 10, "fdi_actual_growth"],
    ]);
  });
});

describe("people after a bare magnitude (Hainan 2017)", () => {
  it("patients and poor students counted by 万 are counted in 万人: 对2.3万贫困患者进行医疗救助, 对9.94万建档立卡贫困生…", () => {
    const x = fixture(["对2.3万贫困患者进行医疗救助，对9.94万建档立卡贫困生实现教育资助全覆盖。"], ["地区生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.unit])).toEqual([
      [2.3, "万人"],
      [9.94, "万人"],
    ]);
  });
});

describe("a doubling set as a plan's aim before its average (Ningxia 2011)", () => {
  it("2015年地区生产总值在2010年的基础上实现翻番，年均增长12%左右 is GDP's average growth; 地方财政一般预算收入实现翻番，年均增长15% the budget revenue's, not the per-head GDP's before it", () => {
    const x = fixture(["地区生产总值增长13.4%。"], [
      "主要预期目标是：2015年地区生产总值在2010年的基础上实现翻番，年均增长12%左右，人均生产总值达到41500元（约合6250美元）；地方财政一般预算收入实现翻番，年均增长15%；全社会固定资产投资5年累计完成1.5万亿元，年均增长25%左右。",
    ]);
    expect(quoting(x, "翻番").map((f) => [written(x, f), f.metric, f.year])).toEqual([
      ["12%", "gdp_growth", 2015],
      ["15%", "budget_revenue_growth", 2015],
    ]);
    expect(quoting(x, "41500元").map((f) => f.metric)).toContain("gdp_per_capita");
  });

  it("城乡居民人均可支配收入均比2010年翻了一番，年均分别增长7.2%和8.8% is the average growth of town and country incomes (Ningxia 2021)", () => {
    const x = fixture(["地区生产总值比2010年翻了一番，年均增长6.4%。城乡居民人均可支配收入均比2010年翻了一番，年均分别增长7.2%和8.8%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "翻了一番").map((f) => [written(x, f), f.metric])).toEqual([
      ["6.4%", "gdp_growth"],
      ["7.2%", "urban_income_growth"],
      ["8.8%", "rural_income_growth"],
    ]);
  });
});

describe("a leading verb of getting a figure done (Yichang 2014)", () => {
  it("完成 before the indicator is no word of its label: 完成生产总值2818亿元，同比增长11.5% gives 生产总值 and 生产总值同比增长", () => {
    const x = fixture(["完成生产总值2818亿元，同比增长11.5%。完成规模以上工业增加值1405.8亿元，增长13.7%。完成小型水库除险加固97座。"], ["地区生产总值增长10%。"]);
    expect(one(x, "完成生产总值2818亿元", "2818亿元")).toMatchObject({ metric: "gdp", label_zh: "生产总值" });
    expect(one(x, "同比增长11.5%", "11.5%")).toMatchObject({ metric: "gdp_growth", label_zh: "生产总值同比增长" });
    expect(one(x, "完成规模以上工业增加值1405.8亿元", "1405.8亿元").label_zh).toBe("规模以上工业增加值");
    expect(one(x, "完成小型水库除险加固97座", "97座").label_zh).toBe("小型水库除险加固");
  });
});

describe("a count of people before their amount per head (Liaoning 2013)", () => {
  it("131万农村低收入群众年人均纯收入增加到2258元 counts 农村低收入群众, and the 2258 yuan is their income per head", () => {
    const x = fixture(["131万农村低收入群众年人均纯收入增加到2258元。"], ["确保100万农村低收入贫困人口年人均纯收入达到2500元以上。"]);
    expect(one(x, "131万农村低收入群众", "131万").label_zh).toBe("农村低收入群众");
    // In a look back over five years, those people are the ones at its end, no sum over the years.
    const term = extractText("ceshi-2013.txt", ["2013年测试省政府工作报告", "各位代表：", "一、过去五年工作回顾", "过去五年，我们扎实推进扶贫开发。新建农村公路5万公里，131万农村低收入群众年人均纯收入增加到2258元。", "二、2013年工作安排", "生产总值增长9%。"].join("\n"));
    expect(one(term, "新建农村公路5万公里", "5万公里").period).toEqual([2008, 2012]);
    expect(one(term, "131万农村低收入群众", "131万")).toMatchObject({ year: 2012, period: null, label_zh: "农村低收入群众" });
    expect(one(x, "增加到2258元", "2258元").label_zh).toBe("农村低收入群众年人均纯收入");
    expect(one(x, "确保100万农村低收入贫困人口", "100万")).toMatchObject({ kind: "target", label_zh: "农村低收入贫困人口" });
    expect(one(x, "达到2500元以上", "2500元").label_zh).toBe("农村低收入贫困人口年人均纯收入");
  });
});

describe("a clause that states no figure and names the next one's subject with its standing (Liaoning 2013)", () => {
  it("实际利用外商直接投资连续五年位居全国前茅，累计达到992亿美元 names 实际利用外商直接投资, without its rank", () => {
    const x = fixture(["过去五年，实际利用外商直接投资连续五年位居全国前茅，累计达到992亿美元，年均增长24%。"], ["地区生产总值增长9%。"]);
    expect(one(x, "累计达到992亿美元", "992亿美元")).toMatchObject({ metric: "fdi_actual", label_zh: "实际利用外商直接投资" });
    expect(one(x, "年均增长24%", "24%")).toMatchObject({ metric: "fdi_actual_growth", label_zh: "实际利用外商直接投资年均增长" });
  });
});

describe("the marks that number the appendix's notes (Ganzhou 2021)", () => {
  it("【1】 and [17] are no words of a label: “两城两谷两带”【1】营收占比超70% is labelled “两城两谷两带”营收占比, 5项工作【5】 counts 工作", () => {
    const x = fixture(
      [
        "“两城两谷两带”【1】营收占比超70%，现代家居产业集群产值突破2000亿元。",
        "深入推进“五型”政府【4】建设，5项工作【5】获国务院督查激励。",
        "“一市（县）两校一园”[17]引进中小学幼儿园84所。",
      ],
      ["力争县级综合医院“三大中心”【24】建成率达70%以上。"],
    );
    expect(one(x, "营收占比超70%", "70%").label_zh).toBe("“两城两谷两带”营收占比");
    expect(one(x, "5项工作", "5项").label_zh).toBe("工作");
    expect(one(x, "引进中小学幼儿园84所", "84所").label_zh).toBe("“一市（县）两校一园”引进中小学幼儿园");
    expect(one(x, "建成率达70%", "70%").label_zh).toBe("县级综合医院“三大中心”建成率");
  });
});

describe("a lead clause that sets out on a term (Ganzhou 2021)", () => {
  it("各位代表，启航“十四五”，奋斗新征程。…办好省市101件民生实事 is a target of the plan year, no aim over the five years", () => {
    const x = fixture(["地区生产总值增长4%。"], [
      "主要预期目标是：GDP增长8.5%左右。",
      "各位代表，启航“十四五”，奋斗新征程。我们要深入推进“五型”政府建设。树牢清廉为民形象。坚持群众利益无小事，办好省市101件民生实事，持续正风肃纪反腐！",
    ]);
    const f = one(x, "办好省市101件民生实事", "101件");
    expect([f.kind, f.year, f.period]).toEqual(["target", 2020, null]);
  });
});

describe("a revenue named by no budget, with the budget's revenue a part of it after 其中 (Heilongjiang 2008)", () => {
  it("the part is the budget revenue and its growth; the whole is neither", () => {
    const x = fixture(
      ["五年来，全省国民经济持续快速发展，地区生产总值年均增长11.5%，2007年达到7077.2亿元，比上年增长12.1%，比2002年增长72.5%，是改革开放以来发展最快的时期；经济效益明显提高，财政收入稳步增长，2007年地方财政收入实现579.2亿元，比上年增长20.8%，比2002年增长1.2倍，其中财政一般预算收入实现440.2亿元，比上年增长13.9%，比2002年增长89.8%，是财政形势最好的时期。"],
      ["财政一般预算收入增长14%。"],
    );
    const got = (quote: string, figure: string) => one(x, quote, figure).metric;
    expect(got("地方财政收入实现579.2亿元", "579.2亿元")).toBeNull();
    expect(got("地方财政收入实现579.2亿元，比上年增长20.8%", "20.8%")).toBeNull();
    expect(got("财政一般预算收入实现440.2亿元", "440.2亿元")).toBe("budget_revenue");
    expect(got("财政一般预算收入实现440.2亿元，比上年增长13.9%", "13.9%")).toBe("budget_revenue_growth");
  });
});

describe("the growths of a revenue and of its local part after 其中, given by 分别 after both (Zhejiang 1999)", () => {
  it("the whole's growth is the total revenue's, the part's the budget revenue's", () => {
    const x = fixture(
      ["全省经济继续保持良好发展势头，实现国内生产总值4980亿元，比上年增长10.1%;完成财政收入401.8亿元，其中地方财政收入198.1亿元，按可比口径，分别比上年增长12.3%和12.5%;城镇居民人均可支配收入7837元。"],
      ["国内生产总值增长9%。"],
    );
    const got = (figure: string) => one(x, "分别比上年增长", figure).metric;
    expect(one(x, "完成财政收入401.8亿元", "401.8亿元").metric).toBe("fiscal_revenue_total");
    expect(got("12.3%")).toBe("fiscal_revenue_total_growth");
    expect(got("12.5%")).toBe("budget_revenue_growth");
  });
});

describe("a section whose heading develops and opens one new area (Tianjin 2009)", () => {
  it("（二）加快滨海新区开发开放，龙头带动作用明显增强: its 生产总值增长23% is the area's, not the city's", () => {
    const x = fixture(
      [
        "（一）加快发展方式转变，国民经济实现又好又快发展",
        "全年主要经济指标好于上年，增幅居 全国前列。预计全市生产总值6300亿元，增长16%以上；全社会固定资产投资3404亿元，增长42.5%。",
        "（二）加快滨海新区开发开放，龙头带动作用明显增强",
        "我们坚持把加快滨海新区开发开放作为全市工作的重中之重，滨海新区进入全面开发建设新阶段。生产总值增长23%，工业总产值增长30%，固定资产投资增长43%，地方财政收入增长31%，实际直接利用外资增长30%，口岸进出口总值达到1600亿美元。",
        "（三）加快城乡统筹发展，社会主义新农村建设迈出新步伐",
      ],
      [
        "主要预期目标是：生产总值增长12%左右，全社会固定资产投资增长25%。",
        "（一）努力保持经济平稳较快发展",
        "（二）全力推进滨海新区开发开放",
        "全面加强基础设施建设。力争完成港口货物吞吐量4亿吨。",
      ],
    );
    for (const [text, figure] of [["生产总值增长23%", "23%"], ["工业总产值增长30%", "30%"], ["固定资产投资增长43%", "43%"], ["地方财政收入增长31%", "31%"], ["口岸进出口总值达到1600亿美元", "1600亿美元"]] as const) {
      expect(one(x, text, figure).metric).toBeNull();
    }
    expect(one(x, "增长16%以上", "16%")).toMatchObject({ metric: "gdp_growth", year: 2019 });
    expect(one(x, "全社会固定资产投资3404亿元", "42.5%").metric).toBe("fixed_investment_growth");
    expect(one(x, "生产总值增长12%左右", "12%")).toMatchObject({ metric: "gdp_growth", kind: "target", year: 2020 });
  });
});

describe("a part of an aggregate set aside for a use (Beijing 2001)", () => {
  it("地方财政收入中用于教育事业费的支出五年累计达到216.2亿元 is spending, no budget revenue; 地方财政收入累计达到1182亿元 is", () => {
    const x = fixture(
      [
        "（一）首都经济持续快速健康发展。国民经济运行效益和质量明显提高，地方财政收入累计达到1182亿元，按可比口径比“八五”时期净增709.3亿元，增加1.5倍。",
        "（五）科技创新步伐加快，各项社会事业全面发展。大力发展教育事业，地方财政收入中用于教育事业费的支出五年累计达到216.2亿元，比“八五”时期增加1.9倍。",
      ],
      ["国内生产总值增长9%左右，地方财政收入增长10%。"],
    );
    expect(one(x, "地方财政收入中用于教育事业费的支出", "216.2亿元").metric).toBeNull();
    expect(one(x, "地方财政收入累计达到1182亿元", "1182亿元").metric).toBe("budget_revenue");
    expect(one(x, "地方财政收入增长10%", "10%").metric).toBe("budget_revenue_growth");
  });
});

describe("the place's own exports named 地方出口 (Beijing 2001)", () => {
  it("地方出口46.3亿美元，增长41.8% are the exports and their growth, as 地方外贸出口152.7亿美元 is", () => {
    const x = fixture(
      ["——全市国内生产总值达到2460.5亿元，比上年增长11%；地方财政收入342.4亿元，增长22.7%；地方出口46.3亿美元，增长41.8%；城镇居民人均可支配收入10349.7元，实际增长8.9%。"],
      ["国内生产总值增长9%左右，地方财政收入增长10%。"],
    );
    expect(one(x, "地方出口46.3亿美元", "46.3亿美元")).toMatchObject({ metric: "exports_usd", year: 2019 });
    expect(one(x, "增长41.8%", "41.8%")).toMatchObject({ metric: "exports_growth", year: 2019 });
    expect(one(x, "地方财政收入342.4亿元", "342.4亿元").metric).toBe("budget_revenue");
  });
});

describe("a length after a bare verb (Chongqing 2019)", () => {
  it("建设2.4万公里“四好农村路” measures the roads named after it, as 建成“四好农村路”2.4万公里 does", () => {
    const x = fixture(
      ["过去一年，15件重点民生实事年度任务全面完成。建成“四好农村路”2.4万公里；建成公交优先道105公里。"],
      ["地区生产总值增长6%。", "改善农村人居环境。实施“五沿带动、全域整治”行动，扎实推进农村人居环境整治，建设2.4万公里“四好农村路”，改造3万户农村危房、37.5万户卫生厕所。建设120公里城市管网。"],
    );
    expect(one(x, "建设2.4万公里“四好农村路”", "2.4万公里")).toMatchObject({ kind: "target", label_zh: "建设“四好农村路”", metric: "rural_road_length" });
    expect(one(x, "建成“四好农村路”2.4万公里", "2.4万公里")).toMatchObject({ kind: "result", metric: "rural_road_length" });
    expect(one(x, "建设120公里城市管网", "120公里").label_zh).toBe("建设城市管网");
    expect(one(x, "改造3万户农村危房", "3万户").label_zh).toBe("改造农村危房");
  });
});

describe("the towns' scope of investment beside the whole society's (Henan 2010)", () => {
  it("城镇固定资产投资额双双突破1万亿元 and 带动城镇固定资产投资完成1.3万亿元以上 are no fixed-asset investment; 全社会固定资产投资13705亿元 is", () => {
    const x = fixture([
      "——经济增长好于预期。初步核算，全省生产总值19367亿元，比上年增长10.7%；全社会固定资产投资13705亿元，增长30.6%。",
      "在8个领域开工建设了636个投资超亿元项目，全年新开工项目投资规模、城镇固定资产投资额双双突破1万亿元。",
    ], ["生产总值增长10%。", "力争全年完成投资5000亿元左右，带动城镇固定资产投资完成1.3万亿元以上。"]);
    expect(x.figures.filter((f) => f.metric === "fixed_investment").map((f) => [f.kind, f.label_zh, f.value])).toEqual([
      ["result", "全社会固定资产投资", 13705],
    ]);
  });
});

describe("a result restated in the review of five years (Guangxi 2003)", () => {
  it("全区国内生产总值由1997年的1817.3亿元增加到2002年的2437亿元 restates 全年完成国内生产总值2437亿元: one GDP of the year, the first statement's (the years moved to the fixture's)", () => {
    const x = fixture([
      "初步统计，全年完成国内生产总值2437亿元，比上年增长10.3%;全社会固定资产投资835亿元，增长14.2%。",
      "据统计，全区国内生产总值由2014年的1817.3亿元增加到2019年的2437亿元，年均增长8.5%。全社会固定资产投资由2014年的479.8亿元增加到2019年的835亿元，五年累计完成投资3418亿元，年均增长11.7%。",
    ], ["生产总值增长9%。"]);
    const of = (metric: string) => x.figures.filter((f) => f.metric === metric && f.period === null).map((f) => [f.year, f.value, f.quote]);
    expect(of("gdp")).toEqual([[2019, 2437, "全年完成国内生产总值2437亿元"]]);
    expect(of("fixed_investment")).toEqual([[2019, 835, "全社会固定资产投资835亿元"]]);
    expect(quoting(x, "2437亿元").filter((f) => f.value === 2437)).toHaveLength(2);
  });
});

describe("a multiple of the total of all the years before a date (Guangxi 2003)", () => {
  it("是新中国成立以来至1997年以前总投入的1.3倍 is of the years the total before it runs over, not of 1997 (the years moved to the fixture's)", () => {
    const x = fixture(["城市基础设施建设进一步加强。2015年至2019年城市基础设施建设累计投入166亿元，是新中国成立以来至2014年以前总投入的1.3倍。"], ["生产总值增长9%。"]);
    expect(quoting(x, "1.3倍").filter((f) => f.value === 1.3).map((f) => [f.kind, f.year, f.period])).toEqual([["result", 2019, [2015, 2019]]]);
  });
});

describe("a running total told by its years alone after an average (Shanghai 2008)", () => {
  it("外商直接投资实际到位金额年均增长10.5%，五年累计342.7亿美元 is labelled by what it totals, its five years the period", () => {
    const x = fixture(["对外开放进一步扩大，外商直接投资实际到位金额年均增长10.5%，五年累计342.7亿美元，总部经济加快发展。"], ["生产总值增长9%。"]);
    expect(quoting(x, "342.7亿美元").filter((f) => f.value === 342.7).map((f) => [f.metric, f.label_zh, f.period])).toEqual([
      ["fdi_actual", "外商直接投资实际到位金额", [2015, 2019]],
    ]);
  });
});

describe("a paragraph under a look back over five years that names those five years again (Nanyang 2014)", () => {
  const x = extractText(
    "ceshi-2014.txt",
    [
      "2014年测试市政府工作报告",
      "2014年3月16日在测试市第五届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、过去五年工作回顾",
      "过去五年，是南阳发展史上极不平凡的五年。",
      "——致力保障和改善民生，全面发展各项社会事业，和谐社会建设扎实推进。持续实施“十项重点民生工程”，五年来用于民生支出累计达到1108亿元，占财政支出的70％以上。新增城镇就业51.7万人，农村劳动力转移就业50.8万人，扶持创业4.5万余人，被评为全国就业促进工作先进单位和全省全民创业工作先进单位。",
      "三、2014年重点工作",
      "今年全市经济社会发展的主要预期目标是生产总值增长10％以上。",
    ].join("\n"),
  );

  it("keeps its figures over the five years (五年来 in a later clause says the frame's span again): 新增城镇就业51.7万人 is no 2013 figure", () => {
    expect(x.figures.filter((f) => f.metric === "urban_jobs_new").map((f) => [f.kind, f.year, f.period, f.value])).toEqual([["result", 2013, [2009, 2013], 51.7]]);
  });
});

describe("an item of an enumeration inside a paragraph under a look back over five years (Shiyan 2016)", () => {
  const x = extractText(
    "ceshi-2016.txt",
    [
      "2016年测试市政府工作报告",
      "——2016年1月19日在测试市第四届人民代表大会第七次会议上",
      "市长 张三",
      "各位代表：",
      "一、“十二五”时期经济社会发展回顾",
      "“十二五”是我市面临挑战众多、压力巨大的五年，更是砥砺奋进、硕果累累的五年。",
      "五年来，我们主要做了以下工作：",
      "（一）着力推进转型升级，保持经济持续健康发展",
      "一是做强做大汽车主导产业。汽车工业产值突破1200亿元。三是突破性发展现代服务业。去年接待国内外游客突破4000万人次，实现旅游总收入300亿元，分别增长16%、23%。四是千方百计扩投资促消费。全社会固定资产投资累计完成4540亿元，年均增长27.2%，社会消费品零售总额年均增长15.9%。",
      "二、扎实做好2016年工作",
      "今年经济社会发展的主要预期目标是：地区生产总值增长9%。",
    ].join("\n"),
  );

  it("reads the running total of a later item over the five years: 去年 of an earlier item (三是…。去年接待…) is no time of it", () => {
    expect(x.figures.filter((f) => f.metric === "fixed_investment").map((f) => [f.kind, f.year, f.period, f.value])).toEqual([["result", 2015, [2011, 2015], 4540]]);
    expect(x.figures.filter((f) => f.metric === "tourism_revenue").map((f) => [f.year, f.period])).toEqual([[2015, null]]);
  });
});

describe("a running total within the one year reviewed (Leshan 2014)", () => {
  const x = fixture([
    "第五届乐山大佛旅游文化节、第四届峨眉武术节等活动成功举办，累计接待国内外游客2994.9万人次，实现旅游综合收入319.8亿元，分别增长12%和19%。",
  ], ["地区生产总值增长9.5%。"]);

  it("gives the growth of 累计接待国内外游客 its indicator, as the total has it: the year's sum against the year before's", () => {
    expect(x.figures.filter((f) => /^touris/.test(f.metric ?? "")).map((f) => [f.metric, f.year, f.period, f.value])).toEqual([
      ["tourist_arrivals", 2019, null, 2994.9],
      ["tourism_revenue", 2019, null, 319.8],
      ["tourist_arrivals_growth", 2019, null, 12],
      ["tourism_revenue_growth", 2019, null, 19],
    ]);
  });

  it("but a running total over five years keeps no yearly growth (Jiuquan 2022)", () => {
    const y = fixture(["五年来，累计接待国内外游客2994.9万人次，增长12%。"], []);
    expect(one(y, "增长12%", "12%").metric).toBeNull();
  });
});

describe("an amount added to a balance (Leshan 2022: 新增各项贷款余额200亿元以上)", () => {
  it("is no balance of loans", () => {
    const x = fixture(["全市实现地区生产总值2205.15亿元、增长8.2%。"], ["创新发展科创金融、普惠金融、消费金融，支持企业上市融资，新增各项贷款余额200亿元以上。"]);
    expect(one(x, "新增各项贷款余额200亿元以上", "200亿元").metric).toBeNull();
    const y = fixture(["年末金融机构各项贷款余额934.1亿元。"], ["地区生产总值增长7.5%左右。"]);
    expect(one(y, "贷款余额934.1亿元", "934.1亿元").metric).toBe("loans_balance");
  });
});

describe("an event of one year told inside a look back over five years (Shanxi 2023)", () => {
  const x = extractText(
    "ceshi-2023.txt",
    [
      "2023年测试省政府工作报告",
      "——2023年1月12日在测试省第十四届人民代表大会第一次会议上",
      "各位代表：",
      "一、过去五年工作回顾",
      "刚刚过去的五年，是极不寻常、极不平凡的五年。",
      "五年来，我们践行以人民为中心的发展思想，民生社会事业全面进步。2021年成功应对有气象记录以来最强秋汛，水毁基础设施修复建设全面完成。财政收入八成以上用于民生，持续办好一批民生实事。全民技能提升工程累计培训620万人，城镇新增就业255万人，农村劳动力转移就业216.7万人。城乡居民人均可支配收入分别提高10400元、5530元。",
      "特别是刚刚过去的2022年，我们攻坚克难，全省经济持续稳中向好。预计全省GDP增长4.5%左右。",
      "二、2023年重点工作",
      "地区生产总值增长6%左右，城镇新增就业45万人。",
    ].join("\n"),
  );

  it("keeps the figures after 2021年成功应对…秋汛 over the five years: 城镇新增就业255万人 is no result of 2022", () => {
    expect(x.figures.filter((f) => f.metric === "urban_jobs_new").map((f) => [f.kind, f.year, f.period, f.value])).toEqual([
      ["result", 2022, [2018, 2022], 255],
      ["target", 2023, null, 45],
    ]);
    expect(x.figures.filter((f) => f.metric === "urban_income_change").map((f) => [f.year, f.period, f.value])).toEqual([[2022, [2018, 2022], 10400]]);
  });

  it("still reads a year set apart as the time of what follows (特别是刚刚过去的2022年，…) as that year", () => {
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.year, f.period, f.value])).toEqual([
      ["result", 2022, null, 4.5],
      ["target", 2023, null, 6],
    ]);
  });
});

describe("a goal of the year told again in its review", () => {
  it("is no result when it is one of a list, missed or only nearly reached (Fujian 2001: 分别超过年初预定增长9.2％和8.5％的目标, 未达到年初预定增长8％的目标, 基本达到年初预定增长5％的目标)", () => {
    const x = fixture([
      "全省财政总收入369.53亿元，增长20.9％，其中地方级财政收入234.03亿元，增长15.8％，分别超过年初预定增长9.2％和8.5％的目标；财政支出322.77亿元，增长16.7％，继续实现收支平衡。",
      "——重点建设力度加大。全年完成固定资产投资1110.1亿元，增长2.3％，未达到年初预定增长8％的目标。",
      "——城乡人民生活水平进一步提高。全年城镇居民人均可支配收入达7432元，增长8.3％，扣除物价因素，实际增长4.9％，基本达到年初预定增长5％的目标；全年农民人均纯收入3230元，增长4.5％，实际增长3.8％，低于年初预定增长5％的目标。",
    ], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => /目标/.test(f.quote) && /预定/.test(f.label_zh + f.quote.slice(-12))).map((f) => f.quote)).toEqual([]);
    expect(x.figures.filter((f) => f.kind === "result" && f.unit === "%").map((f) => f.value)).toEqual([20.9, 15.8, 16.7, 2.3, 8.3, 4.9, 4.5, 3.8]);
  });

  it("is no result when named by two words (Shanxi 2005: 城镇登记失业率为3.2%，低于4.5%的年度调控目标)", () => {
    const x = fixture(["城镇登记失业率为3.2%，低于4.5%的年度调控目标。居民消费价格上涨2%，低于3%的预期调控目标。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.metric, f.value])).toEqual([
      ["registered_unemployment_rate", 3.2],
      ["cpi_growth", 2],
    ]);
  });

  it("a level reached is still one (提前5年达到省提出的7000美元的目标)", () => {
    const x = fixture(["人均地区生产总值提前5年达到省提出的7000美元的目标。"], ["地区生产总值增长9%。"]);
    expect(quoting(x, "7000美元").map((f) => f.value)).toEqual([7000]);
  });
});

describe("a list of goals named by their field", () => {
  it("gives no result (Fujian 2008: 单位生产总值能耗降低3.5%、二氧化硫排放量下降1.6%、化学需氧量减少1%的节能减排目标预计可以完成)", () => {
    const x = fixture([
      "初步统计，全省生产总值9075亿元，增长15.1%；城镇登记失业率3.89%；人口自然增长率6.1‰。单位生产总值能耗降低3.5%、二氧化硫排放量下降1.6%、化学需氧量减少1%的节能减排目标预计可以完成。",
    ], ["生产总值增长11%。"]);
    expect(quoting(x, "节能减排目标")).toEqual([]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.value)).toEqual([9075, 15.1, 3.89, 6.1]);
  });

  it("keeps a result the clause after it holds against a goal (全年国内生产总值增长9.5%、超过年初预定增长9%的目标)", () => {
    const x = fixture(["全年国内生产总值增长9.5%、超过年初预定增长9%的目标。"], ["生产总值增长11%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.value)).toEqual([9.5]);
  });
});

describe("a part whose heading names only the five years looked back on", () => {
  it("frames its paragraphs over them (Fujian 2008: 二、过去五年的工作回顾 … （七）改善民生推出新举措。…城镇新增就业285万人)", () => {
    const x = extractText("ceshi-2008.txt", [
      "2008年测试省政府工作报告",
      "——二〇〇八年一月十八日在测试省第十一届人民代表大会第一次会议上",
      "测试省人民政府省长 张三",
      "各位代表：",
      "一、2007年的主要工作",
      "过去的一年，初步统计，全省生产总值9075亿元，增长15.1%。",
      "二、过去五年的工作回顾",
      "本届政府在推动经济社会发展中，按照省委的部署，促进经济社会又好又快发展。",
      "（一）经济实力跃上新台阶。全省生产总值从2002年的4468亿元增加到2007年的9075亿元，年均增长12.9%。城镇化水平从44.6%提高到48.7%。",
      "（七）改善民生推出新举措。整村推进扶贫开发，贫困群体数量明显减少。城镇新增就业285万人，下岗再就业44.6万人，农村劳动力转移就业172.2万人。",
      "三、扎实做好2008年工作",
      "经济社会发展的主要预期目标是：生产总值增长11%。",
    ].join("\n"));
    expect(one(x, "城镇新增就业285万人", "285万人").period).toEqual([2003, 2007]);
    expect(one(x, "农村劳动力转移就业172.2万人", "172.2万人").period).toEqual([2003, 2007]);
    expect(one(x, "城镇化水平从44.6%提高到48.7%", "48.7%").period).toBeNull();
    expect(one(x, "全省生产总值9075亿元，增长15.1%", "15.1%").period).toBeNull();
  });
});

describe("a structure turned to a new one with 转为", () => {
  it("is labelled by the structure, not by the verb (Fujian 2008: 三次产业结构由2002年的14.9∶45.6∶39.5转为2007年的11.5∶49.7∶38.8)", () => {
    const x = fixture(["（二）结构调整迈出新步伐。三次产业结构由2014年的14.9∶45.6∶39.5转为2019年的11.5∶49.7∶38.8。现代农业稳步发展。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => JSON.stringify(f.value) === "[11.5,49.7,38.8]").map((f) => f.label_zh)).toEqual(["三次产业结构"]);
  });
});

describe("a year that dates a thing of an earlier statement of the sentence", () => {
  it("is no time of the figures after its semicolon (Jiangxi 2020: 2018年摸排的449个问题全部办结，…；…发文减少30.5%)", () => {
    const x = extractText("ceshi-2020.txt", [
      "2020年测试省政府工作报告",
      "——2020年1月15日在测试省第十三届人民代表大会第四次会议上",
      "测试省人民政府省长 张三",
      "各位代表：",
      "一、2019年工作回顾",
      "深入推进“五型”政府建设。建立集中破解制约高质量跨越式发展突出问题长效机制，2018年摸排的449个问题全部办结，新梳理的312个问题正在办理；推行“三减三强两倡导”，省政府及省政府办公厅发文减少30.5%、综合性会议减少66.7%。",
      "二、2020年工作安排",
      "主要预期目标是：生产总值增长8%左右。",
    ].join("\n"));
    expect(one(x, "发文减少30.5%", "30.5%")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "综合性会议减少66.7%", "66.7%")).toMatchObject({ kind: "result", year: 2019 });
  });
});

describe("a basis that opens a subject of its own", () => {
  it("names that subject, not the change of the one before it (Lincang 2023: …增速排名全省第6位；同口径一般公共预算收入52.25亿元，增长3.2%)", () => {
    const x = fixture([
      "社会消费品零售总额384.13亿元，增长3.5%，增速排名全省第6位；同口径一般公共预算收入52.25亿元，增长3.2%；一般公共预算支出246.01亿元，增长10.1%；",
    ], ["地区生产总值增长7%以上。"]);
    const of = (value: number) => x.figures.filter((f) => f.value === value).map((f) => [f.metric, f.label_zh]);
    expect(of(52.25)).toEqual([["budget_revenue", "同口径一般公共预算收入"]]);
    expect(of(3.2)).toEqual([["budget_revenue_growth", "同口径一般公共预算收入增长"]]);
    expect(of(384.13)).toEqual([["retail_sales", "社会消费品零售总额"]]);
  });

  it("a basis alone still measures the change of the subject before it (一般公共预算收入20亿元，同口径增长6%)", () => {
    const x = fixture(["一般公共预算收入20亿元，同口径增长6%。"], ["地区生产总值增长7%以上。"]);
    expect(writtenMetrics(x, "6%")).toEqual([["6%", "budget_revenue_growth"]]);
  });

  it("so does one said with 按 and its words (Fujian 2008: 进口245.2亿美元、增长14.6％；按可比口径实际利用外商直接投资81.3亿美元), but not a change so based (…，按可比价格计算实际增长7.5%)", () => {
    const x = fixture(["进口245.2亿美元、增长14.6％；按可比口径实际利用外商直接投资81.3亿美元。城镇居民人均可支配收入30000元，按可比价格计算实际增长7.5%。"], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.value === 81.3).map((f) => [f.metric, f.label_zh])).toEqual([["fdi_actual", "按可比口径实际利用外商直接投资"]]);
    expect(x.figures.filter((f) => f.value === 7.5).map((f) => f.metric)).toEqual(["urban_income_growth"]);
  });

  it("and so does a basis compared or quickened (Shandong 2004: 地方财政收入712.8亿元，同口径相比增长21.3%; Jiangxi 2003: …比上年增长10.5%，同比加快1.7个百分点)", () => {
    const x = fixture(["地方财政收入712.8亿元，同口径相比增长21.3%。预计全年国内生产总值2450亿元，按可比价格计算，比上年增长10.5%，同比加快1.7个百分点。"], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.value === 21.3).map((f) => [f.metric, f.label_zh])).toEqual([["budget_revenue_growth", "地方财政收入同口径相比增长"]]);
    expect(x.figures.filter((f) => f.value === 1.7).map((f) => f.label_zh)).toEqual(["国内生产总值同比加快"]);
  });
});

describe("an unmarked pair of town and country figures before 分别", () => {
  it("is the towns' and the countryside's, and so are the changes 分别 gives after it (Shaanxi 2017: 城乡居民人均收入达到28400元和9400元、分别增长7.5%和8.2%)", () => {
    const x = fixture([
      "预计实现生产总值1.9万亿元、增长7.6%左右，城乡居民人均收入达到28400元和9400元、分别增长7.5%和8.2%，社会消费品零售总额达到7302.57亿元、增长11%。",
    ], ["生产总值增长8%左右。"]);
    const of = (value: number) => x.figures.filter((f) => f.value === value).map((f) => [f.metric, f.label_zh]);
    expect(of(28400)).toEqual([["urban_income", "城镇居民人均收入"]]);
    expect(of(9400)).toEqual([["rural_income", "农村居民人均收入"]]);
    expect(of(7.5)).toEqual([["urban_income_growth", "城镇居民人均收入增长"]]);
    expect(of(8.2)).toEqual([["rural_income_growth", "农村居民人均收入增长"]]);
    expect(of(11)).toEqual([["retail_sales_growth", "社会消费品零售总额增长"]]);
  });
});

describe("names listed then counted as one group before a rate of 100%", () => {
  it("give one rate of the group, not one of each name (Lincang 2023: 澜沧江、怒江两大水系11个国控断面水质优良率达100%)", () => {
    const x = fixture(["严格落实河（湖）长制，澜沧江、怒江两大水系11个国控断面水质优良率达100%，获评省级美丽河湖12个。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.value === 100).map((f) => f.label_zh)).toEqual(["澜沧江、怒江两大水系国控断面水质优良率"]);
  });
});

describe("a rate held to a level with 控制到", () => {
  it("is the rate, the verb no word of its label, at most (Shaanxi 2017: 城镇登记失业率控制到3.3%)", () => {
    const x = fixture(["城镇新增就业44.5万人，农村劳动力转移就业694万人，妥善安置去产能分流职工4.2万人，城镇登记失业率控制到3.3%。"], ["生产总值增长8%左右。"]);
    expect(x.figures.filter((f) => f.value === 3.3).map((f) => [f.metric, f.label_zh, f.qualifier])).toEqual([["registered_unemployment_rate", "城镇登记失业率", "at_most"]]);
  });
});

describe("an average over the years said with 平均, or after the basis of its measure (Hebei 2003: 全省国内生产总值达到6076亿元，五年平均增长9.5％；全部财政收入544亿元，按可比口径年均增长10％)", () => {
  it("is the yearly average growth of the indicator before it, over those years", () => {
    const x = fixture([
      "一、国民经济持续快速健康发展。贯彻中央扩大内需的一系列方针政策，推动经济快速增长和经济结构不断优化。2019年全省国内生产总值达到6076亿元，五年平均增长9.5％；全部财政收入544亿元，按可比口径年均增长10％。",
    ], ["国内生产总值比上年增长9％。"]);
    const gdp = one(x, "五年平均增长9.5％", "9.5％");
    expect([gdp.metric, gdp.period, gdp.label_zh]).toEqual(["gdp_growth", [2015, 2019], "全省国内生产总值年均增长"]);
    const revenue = one(x, "按可比口径年均增长10％", "10％");
    expect([revenue.metric, revenue.period]).toEqual(["fiscal_revenue_total_growth", [2015, 2019]]);
  });

  it("but a bare 平均 names no years: no indicator", () => {
    const x = fixture(["全省国内生产总值达到6076亿元，平均增长9.5％。"], ["国内生产总值比上年增长9％。"]);
    expect(one(x, "平均增长9.5％", "9.5％").metric).toBeNull();
  });
});

describe("the end of a plan's period as the subject of a level (Shandong 2001: 全省国内生产总值年均增长9%，期末达到13150亿元)", () => {
  it("is the level of the indicator before it at the period's end", () => {
    const x = fixture(["全省国内生产总值达到8542亿元。"], [
      "今后5年的主要任务和目标是：",
      "保持国民经济持续发展，综合实力再上新台阶。全省国内生产总值年均增长9%，期末达到13150亿元；人均国内生产总值达到14100元。",
    ]);
    const level = one(x, "期末达到13150亿元", "13150亿元");
    expect([level.kind, level.metric, level.label_zh]).toEqual(["target", "gdp", "全省国内生产总值"]);
  });
});

describe("an average over a count of years written in digits (Shandong 2001: 2000年，全省国内生产总值达到8542亿元，5年年均增长11%)", () => {
  it("is the yearly average growth of the indicator before it, over those years, the years no word of its label", () => {
    const x = fixture([
      "国民经济持续快速健康发展，运行质量和效益稳步提高，综合实力进一步增强。2019年，全省国内生产总值达到8542亿元，5年年均增长11%。人均国内生产总值达到9580元，5年增加3822元。",
    ], ["国内生产总值增长9%。"]);
    const gdp = one(x, "5年年均增长11%", "11%");
    expect([gdp.metric, gdp.period, gdp.label_zh]).toEqual(["gdp_growth", [2015, 2019], "全省国内生产总值年均增长"]);
  });
});

describe("the town's and the country's figures after the whole place and 城乡 (Hebei 2018: 全省城乡居民人均可支配收入达到30548元和12881元，分别增长51.1%和57.9%)", () => {
  it("are the urban and the rural residents' income, not all residents' twice", () => {
    const x = fixture(["全省城乡居民人均可支配收入达到30548元和12881元，分别增长51.1%和57.9%。"], ["生产总值增长6.5%左右。"]);
    expect(writtenMetrics(x, "全省城乡居民")).toEqual([
      ["30548元", "urban_income"],
      ["12881元", "rural_income"],
      ["51.1%", "urban_income_growth"],
      ["57.9%", "rural_income_growth"],
    ]);
  });
});

describe("a yearly average given by 分别 after its price basis (Shandong 2001: 城镇居民人均可支配收入6490元，农民人均纯收入2659元，扣除价格因素年均分别增长5.8%和7.4%)", () => {
  it("is each income's yearly average growth, the price basis no word of the items", () => {
    const x = fixture([
      "城乡人民收入增加，生活质量提高。去年，城镇居民人均可支配收入6490元，农民人均纯收入2659元，扣除价格因素年均分别增长5.8%和7.4%。",
    ], ["国内生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.unit === "%").map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["urban_income_growth", "城镇居民人均可支配收入年均增长", 5.8],
      ["rural_net_income_growth", "农民人均纯收入年均增长", 7.4],
    ]);
  });
});

describe("a yearly average given by 分别 after a comma that ends the items' names (Anhui 2006: 城镇居民人均可支配收入和农民人均纯收入，年均分别增长11.6%和6.4%)", () => {
  it("is each item's average growth, not the growth of the figure before the sentence's clause", () => {
    const x = fixture([
      "这五年，是社会事业全面进步、人民群众得到实惠较多的五年，城镇新增就业200万人，社会保障能力不断增强，长期困扰县乡的欠发工资问题得到有效解决，城镇居民人均可支配收入和农民人均纯收入，年均分别增长11.6%和6.4%，人民生活水平显著提高。",
    ], ["生产总值增长10%以上。"]);
    expect(quoting(x, "年均分别增长").map((f) => [written(x, f), f.metric, f.label_zh, f.period])).toEqual([
      ["11.6%", "urban_income_growth", "城镇居民人均可支配收入年均增长", [2015, 2019]],
      ["6.4%", "rural_net_income_growth", "农民人均纯收入年均增长", [2015, 2019]],
    ]);
  });
});

describe("two amounts after the one word for deposits and loans, with no 分别 before them (Jiujiang 2014: 全市金融机构本外币存贷款余额1759.04亿元和1056.05亿元，分别增长17.7%、14.1%)", () => {
  it("are the deposits' and the loans' balances, and their growth after 分别 each one's", () => {
    const x = fixture([
      "金融保险、家政服务、中介服务、货运代理、广告设计等新兴服务业加快发展，全市金融机构本外币存贷款余额1759.04亿元和1056.05亿元，分别增长17.7%、14.1%；中信银行九江分行挂牌营业，全市金融机构达17家。",
    ], ["生产总值增长11%。"]);
    expect(writtenMetrics(x, "存贷款余额")).toEqual([
      ["1759.04亿元", "deposits_balance"],
      ["1056.05亿元", "loans_balance"],
      ["17.7%", "deposits_balance_growth"],
      ["14.1%", "loans_balance_growth"],
    ]);
  });
});

describe("an area of the place named by where it lies, as the subject of the figures after it (Jiujiang 2014: 力争沿江区域完成固定资产投资1200亿元、规模以上工业主营业务收入突破3000亿元)", () => {
  it("has the area's figures, not the place's investment", () => {
    const x = fixture(["全市完成生产总值1601.73亿元，增长10.4%。"], [
      "生产总值增长11%；固定资产投资增长20%。",
      "进一步加快对接互动，促进板块、县区、江路间的联动、错位、互补发展。力争沿江区域完成固定资产投资1200亿元、规模以上工业主营业务收入突破3000亿元。",
    ]);
    expect(writtenMetrics(x, "沿江区域")).toEqual([
      ["1200亿元", null],
      ["3000亿元", null],
    ]);
  });

  it("but the whole place's figures stay its own (全市区域 names no part)", () => {
    const x = fixture(["全市完成生产总值1601.73亿元，增长10.4%。"], ["生产总值增长11%。力争全市完成固定资产投资1800亿元。"]);
    expect(writtenMetrics(x, "1800亿元")).toEqual([["1800亿元", "fixed_investment"]]);
  });
});


describe("the size of the economy after its growth and a bracketed other measure of it (Jiangsu 2020: 全省地区生产总值增长6.1%（按原核算方法计算增长6.4%），总量达9.96万亿元，人均达12.36万元)", () => {
  it("is the GDP and the GDP per head, the bracket no subject of the clauses after it", () => {
    const x = fixture([
      "全省地区生产总值增长6.1%（按原核算方法计算增长6.4%），总量达9.96万亿元，人均达12.36万元、居各省区第一。实现一般公共预算收入8802亿元、同比增长2%，税占比达83.4%。",
    ], ["地区生产总值增长6%左右。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.metric ?? null, f.value])).toEqual([
      ["gdp_growth", 6.1],
      [null, 6.4],
      ["gdp", 9.96],
      ["gdp_per_capita", 12.36],
      ["budget_revenue", 8802],
      ["budget_revenue_growth", 2],
      [null, 83.4],
    ]);
  });

  it("but the figures of parts in brackets stay the parts' (Yili 2021: 全州实现生产总值2302亿元、增长4.4%（州直1250亿元、增长6%，塔城地区700亿元、增长3%）)", () => {
    const x = fixture(["全州实现生产总值2302亿元、增长4.4%（州直1250亿元、增长6%，塔城地区700亿元、增长3%）。"], ["地区生产总值增长6%左右。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric === "gdp_growth").map((f) => f.value)).toEqual([4.4]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric === "gdp").map((f) => f.value)).toEqual([2302]);
  });
});

describe("a bare 总量 after an indicator a clause names without a figure (Jiangsu 2020: 实际使用外资稳中提质，总量达257亿美元)", () => {
  it("is that indicator's amount", () => {
    const x = fixture([
      "有效应对中美经贸摩擦带来的困难和挑战，进出口总额基本保持稳定，其中出口增长2.1%；实际使用外资稳中提质，总量达257亿美元。",
    ], ["地区生产总值增长6%左右。"]);
    expect(x.figures.filter((f) => f.value === 257).map((f) => [f.metric ?? null, f.label_zh])).toEqual([["fdi_actual", "实际使用外资"]]);
  });

  it("but not after a count of things added, whose total is the stock (Wuzhong 2021: 新增市场主体1.3万户，总量达到10.8万户)", () => {
    const x = fixture(["新增市场主体1.3万户，总量达到10.8万户。"], ["地区生产总值增长6%左右。"]);
    expect(x.figures.filter((f) => f.value === 10.8).map((f) => [f.metric ?? null, f.label_zh])).toEqual([[null, "总量"]]);
  });

  it("nor after one whose verb of adding follows the things (Zhengzhou 2024: 市场主体新增42.47万户、总量突破200万户)", () => {
    const x = fixture(["“郑好融”平台注册用户达85.5万家。市场主体新增42.47万户、总量突破200万户。"], ["地区生产总值增长7%左右。"]);
    expect(writtenMetrics(x, "市场主体新增")).toEqual([
      ["42.47万户", "new_market_entities"],
      ["200万户", null],
    ]);
    expect(one(x, "总量突破200万户", "200万户").label_zh).toBe("总量");
  });

  it("nor after the things added over the five years reviewed (Maoming 2022: 五年新增市场主体14.9万户，总量突破35万户)", () => {
    const x = fixture(["全面落实减税降费政策，五年新增市场主体14.9万户，总量突破35万户。"], ["地区生产总值增长5.5%左右。"]);
    expect(x.figures.filter((f) => f.value === 35 || f.min === 35).map((f) => [f.metric ?? null, f.label_zh])).toEqual([[null, "总量"]]);
  });

  it("nor after the things newly set up each day (Gansu 2022: 新设市场主体30.98万户，日均新设849户，总量突破200万户、达到203.27万户)", () => {
    const x = fixture(["新设市场主体30.98万户，日均新设849户，总量突破200万户、达到203.27万户。"], ["地区生产总值增长6.5%以上。"]);
    expect(x.figures.filter((f) => f.value === 200 || f.value === 203.27 || f.min === 200).map((f) => f.label_zh)).toEqual(["总量", "总量"]);
  });
});

describe("a change from a reading of part of the year to the whole year's", () => {
  it("the month's or the quarter's reading after 由 is no annual figure, the whole year's after 回升至全年 is the indicator's (Zhongwei 2016)", () => {
    const x = fixture([
      "狠抓协调服务。实现规模以上工业增加值91.9亿元，增速由2月份-4.9%回升至全年6.9%，腾格里沙漠环保问题倒逼发展绿色化，地区生产总值增速由一季度0.5%逐季回升到全年6.1%。",
    ], ["地区生产总值增长8%左右。"]);
    const results = x.figures.filter((f) => f.kind === "result");
    expect(results.filter((f) => /growth$/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["industrial_value_added_growth", "规模以上工业增加值增速", 6.9],
      ["gdp_growth", "地区生产总值增速", 6.1],
    ]);
    // The month's reading is written with a minus sign: a fall of 4.9%.
    expect(results.filter((f) => f.value === -4.9 || f.value === 0.5).map((f) => [f.metric, f.value])).toEqual([[null, -4.9], [null, 0.5]]);
  });
});

describe("a pace read quarter by quarter (Dalian 2017: 实现GDP增幅从2%逐季递升至3.5%、3.8%、4.2%、4.3%、5%、5.8%和6.5%)", () => {
  it("gives each quarter's reading no indicator: none is the year's growth", () => {
    const x = fixture([
      "一是抓经济企稳回升。坚持把稳增长作为全年工作的重中之重，经济连续7个季度稳步上升，实现GDP增幅从2%逐季递升至3.5%、3.8%、4.2%、4.3%、5%、5.8%和6.5%。标志着大连经济走出了“低谷”，迈入稳健发展的轨道。",
      "主要指标平稳增长。预计实现地区生产总值8150亿元、增长6.5%。",
    ], ["地区生产总值增长7%。"]);
    const results = x.figures.filter((f) => f.kind === "result");
    expect(results.filter((f) => f.metric === "gdp_growth").map((f) => [f.label_zh, f.value])).toEqual([["地区生产总值增长", 6.5]]);
    expect(results.filter((f) => f.quote.includes("逐季")).map((f) => [f.metric, f.label_zh, f.value])).toEqual(
      [3.5, 3.8, 4.2, 4.3, 5, 5.8, 6.5].map((v) => [null, "GDP增幅", v]),
    );
  });
});

describe("tourists counted in persons", () => {
  it("接待游客890万人 is the tourist arrivals, visits counted as persons (Zhongwei 2023)", () => {
    const x = fixture([
      "服务业负重前行，推进文化旅游、大数据等新兴产业发展壮大。着力打造“沙漠大客厅”“星星的故乡”，接待游客890万人，实现旅游收入53亿元。",
    ], ["地区生产总值增长7%左右。"]);
    expect(x.figures.filter((f) => /^touris/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value, f.unit])).toEqual([
      ["tourist_arrivals", "接待游客", 890, "万人"],
      ["tourism_revenue", "旅游收入", 53, "亿元"],
    ]);
  });
});

describe("a sector's firms above the designated size", () => {
  it("规模以上服务业增加值增长8%以上 is no target of the services' value added (Zhongwei 2023)", () => {
    const x = fixture(["地区生产总值增长7%左右。"], [
      "提质增效现代服务业。持续推进服务业提质增效行动，推动生产性服务业增容扩量、生活性服务业提质升级、新兴服务业发展壮大，规模以上服务业增加值增长8%以上。",
    ]);
    const growth = x.figures.find((f) => f.kind === "target" && f.value === 8)!;
    expect([growth.label_zh, growth.metric]).toEqual(["规模以上服务业增加值增长", null]);
  });

  it("but high-tech industry's value added, counted over those firms, keeps its indicator (Hebei 2016: 年内全省规模以上高新技术产业增加值增长10%以上)", () => {
    const x = fixture(["地区生产总值增长7%左右。"], ["年内全省规模以上高新技术产业增加值增长10%以上。"]);
    expect(x.figures.filter((f) => f.kind === "target" && f.value === 10).map((f) => f.metric)).toEqual(["high_tech_value_added_growth"]);
  });
});

describe("town and country residents counted where they live, their income per head named bare", () => {
  it("城镇、农村常住居民人均收入年均分别增长9%和10%左右 gives the disposable incomes' yearly growth (Zhongwei 2016)", () => {
    const x = fixture(["地区生产总值增长6.1%。"], [
      "主要预期目标是：经济保持中高速增长，地区生产总值年均增长8%左右，地方公共财政预算收入与经济增长同步，城镇、农村常住居民人均收入年均分别增长9%和10%左右，力争实现“一个翻番、两个提前、三个缩小、五个全面提升”目标。",
    ]);
    expect(x.figures.filter((f) => /income/.test(f.metric ?? "")).map((f) => [f.metric, f.value])).toEqual([
      ["urban_income_growth", 9],
      ["rural_income_growth", 10],
    ]);
  });
});

describe("a figure said to be expected with 有望", () => {
  it("is an estimate, and 有望 no word of its label (Jiangxi 2020: 全社会研发投入占GDP比重有望达1.6%)", () => {
    const x = fixture(["全社会研发投入占GDP比重有望达1.6%，高新技术企业突破5000家。地区生产总值增长7%。"], ["地区生产总值增长8%。"]);
    const rd = x.figures.find((f) => f.value === 1.6)!;
    expect([rd.metric, rd.label_zh, rd.estimate]).toEqual(["rd_intensity", "全社会研发投入占GDP比重", true]);
    // 有望 reaches no further than its clause, unlike 预计.
    expect(x.figures.filter((f) => f.value === 5000 || f.value === 7).map((f) => f.estimate)).toEqual([false, false]);
  });
});

describe("a figure written with a minus sign", () => {
  it("is the negative number, its indicator read as for any other", () => {
    const x = fixture(
      ["全市地区生产总值增长-2.3%，规模以上工业增加值增长（－1.5%），增速由2月份-4.9%回升至全年6.9%。"],
      ["地区生产总值增长6%—6.5%。"],
    );
    expect(typed(one(x, "地区生产总值增长-2.3%", "-2.3%"))).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "地区生产总值增长", value: -2.3, unit: "%" });
    expect(one(x, "增速由2月份-4.9%", "-4.9%").value).toBe(-4.9);
    expect(one(x, "规模以上工业增加值增长（－1.5%）", "－1.5%").value).toBe(-1.5);
    expect(typed(one(x, "地区生产总值增长6%—6.5%", "6%—6.5%"))).toMatchObject({ kind: "target", metric: "gdp_growth", min: 6, max: 6.5 });
  });
});

describe("growth said to be its figure with 为 (Guangxi 2006: “十五”时期第一、二、三产业增加值年均增长分别为5.3％、14％和10.8％)", () => {
  it("gives each sector's yearly average growth, a change, as 分别增长 would", () => {
    const x = fixture(
      ["初步预计，“十五”时期第一、二、三产业增加值年均增长分别为5.3％、14％和10.8％，三次产业结构由2000年的26.3∶35.2∶38.5，调整到2005年的22.3∶39∶38.7。"],
      ["地区生产总值增长10%。"],
    );
    expect(quoting(x, "年均增长分别为").map((f) => [written(x, f), f.metric, f.direction])).toEqual([
      ["5.3％", "agriculture_value_added_growth", "up"],
      ["14％", "secondary_value_added_growth", "up"],
      ["10.8％", "services_value_added_growth", "up"],
    ]);
  });

  it("leaves a fall said so the level fallen to", () => {
    const x = fixture(["城镇登记失业率下降为3.5%。"], ["地区生产总值增长10%。"]);
    expect(one(x, "城镇登记失业率下降为3.5%", "3.5%").metric).toBe("registered_unemployment_rate");
  });
});

describe("a rate written with a minus sign", () => {
  it("增长-2.4% is a fall of the revenue named before it, the sign no word of its label (Xinjiang 2017: 预计完成一般公共预算收入1299亿元，增长-2.4%)", () => {
    const x = fixture([
      "积极争取政府债券额度，累计发行各类债券资金1065.2亿元。预计完成一般公共预算收入1299亿元，增长-2.4%；完成一般公共预算支出4141.4亿元，增长8.9%。",
    ], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => /^budget_/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["budget_revenue", "一般公共预算收入", 1299],
      ["budget_revenue_growth", "一般公共预算收入增长", -2.4],
      ["budget_spending", "一般公共预算支出", 4141.4],
      ["budget_spending_growth", "一般公共预算支出增长", 8.9],
    ]);
  });

  it("a range's dash after a rate stays a dash (6.5%-7%)", () => {
    const x = fixture(["全年经济增长达到预期。"], ["地区生产总值增长6.5%-7%。"]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.value, f.min, f.max])).toEqual([[null, 6.5, 7]]);
  });
});

describe("jobs named bare after one industry's investment", () => {
  it("are that industry's, no target of the new urban jobs (Xinjiang 2017: 力争完成纺织服装产业投资600亿元，新增就业10万人)", () => {
    const x = fixture(
      ["城镇新增就业45.5万人。"],
      [
        "大力发展纺织服装、食品加工、民族医药、民族手工业等劳动密集型产业，力争完成纺织服装产业投资600亿元，新增就业10万人。",
        "实施就业惠民工程。力争新增城镇就业44万人以上；农村富余劳动力转移就业260万人次以上。",
      ],
    );
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === "urban_jobs_new").map((f) => f.value)).toEqual([44]);
    expect(one(x, "新增就业10万人", "10万人").metric).toBeNull();
  });

  it("but a sentence's jobs after the place's own investment stay its new urban jobs (全社会固定资产投资增长10%，新增就业5万人)", () => {
    const x = fixture(["城镇新增就业4万人。"], ["全社会固定资产投资增长10%，新增就业5万人。"]);
    expect(one(x, "新增就业5万人", "5万人").metric).toBe("urban_jobs_new");
  });
});

describe("the fields the things counted fall in, and an adverb adding the clause", () => {
  it("办成了10个方面31项民生实事 after 也 labels the projects 办成了民生实事 (Wuzhong 2023)", () => {
    const x = fixture([
      "特别是面对多轮疫情的严重冲击，我们在全力打好阻击战的同时，既有力稳住了经济大盘，也办成了10个方面31项民生实事，实属不易。",
    ], ["地区生产总值增长6.5%。"]);
    const f = x.figures.find((g) => g.value === 31)!;
    expect([f.metric, f.label_zh, f.unit]).toEqual(["livelihood_projects", "办成了民生实事", "项"]);
  });

  it("a count of kinds before the count is no word of its label either (办好11大类100件民生实事)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["办好11大类100件民生实事，促进人民幸福。"]);
    expect(x.figures.filter((g) => g.value === 100).map((g) => [g.metric, g.label_zh])).toEqual([["livelihood_projects", "办好民生实事"]]);
  });
});

describe("one change after 均 and the time it is measured against (Zunyi 2014)", () => {
  it("is each item's: 金融机构存、贷款余额分别完成2222.6亿元、1203.6亿元，均比年初增长29.8% gives the deposits' growth too", () => {
    const x = fixture(
      ["一年来，我们保持经济较快增长。完成地区生产总值1584.7亿元，同比增长（下同）14%；金融机构存、贷款余额分别完成2222.6亿元、1203.6亿元，均比年初增长29.8%；全面小康实现程度提高2个百分点、达78%。"],
      ["地区生产总值增长15%以上。"],
    );
    expect(x.figures.filter((f) => /^(?:deposits|loans)_balance/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["deposits_balance", "金融机构存款余额", 2222.6],
      ["loans_balance", "金融机构贷款余额", 1203.6],
      ["deposits_balance_growth", "金融机构存款余额比年初增长", 29.8],
      ["loans_balance_growth", "金融机构贷款余额比年初增长", 29.8],
    ]);
  });
});

describe("the funds a cooperation with a paired region brings (Zunyi 2022)", () => {
  it("are no investment attracted: 深化珠海遵义新一轮东西部协作，…力争落地企业40家以上，到位资金15亿元以上", () => {
    const x = fixture(
      ["引进省外到位资金1165亿元，增长63.6%。"],
      [
        "持续深化“东部+”合作模式，巩固上海对口帮扶成果，深化珠海遵义新一轮东西部协作，与遵义8个脱贫县和国开区、综保区、高新区深入开展结对共建，力争落地企业40家以上，到位资金15亿元以上。坚持“招商三问”，提升招商成效，力争引进亿元以上项目150个。",
        "引进省外到位资金1500亿元以上、增长30%。",
      ],
    );
    expect(one(x, "到位资金15亿元以上", "15亿元").metric).toBeNull();
    expect(one(x, "引进省外到位资金1500亿元以上", "1500亿元").metric).toBe("investment_attracted");
    expect(one(x, "引进省外到位资金1165亿元", "1165亿元").metric).toBe("investment_attracted");
  });

  it("so are those a paired province brings (Guyuan 2020: 深化闽宁对口协作、定点帮扶，福建到位资金1.86亿元)", () => {
    const x = fixture(
      ["深化闽宁对口协作、定点帮扶，福建到位资金1.86亿元，实施项目193个，新建产业园2个。全年招商引资到位资金121亿元。"],
      ["力争全年招商到位资金130亿元以上。"],
    );
    expect(one(x, "福建到位资金1.86亿元", "1.86亿元").metric).toBeNull();
    expect(one(x, "全年招商引资到位资金121亿元", "121亿元").metric).toBe("investment_attracted");
  });

  it("so are those a section on the paired provinces' aid counts, in a sentence that names no aid (Changji 2020: （七）全面深化对口援疆。…实施产业项目28个，到位资金20.7亿元)", () => {
    const x = fixture(
      [
        "（一）全力维护社会大局稳定。始终把维护稳定作为压倒一切的政治任务。",
        "（二）持续推进“重点发展战略”。主动承接中东部产业转移，执行招商引资项目607个，到位资金743.3亿元。",
        "（三）全面深化对口援疆。认真落实第七次全国对口援疆工作会议精神，进一步深化产业援疆、民生援疆、智力援疆，福建、山西两省全年投入援疆资金5.65亿元，实施项目135个，92.4%的资金用于保障和改善民生。实施产业项目28个，到位资金20.7亿元。引进156名专业技术人才来昌工作，选派281名专业技术人员赴两地培训。",
      ],
      ["年内招商引资到位资金达到1000亿元以上。"],
    );
    expect(one(x, "到位资金20.7亿元", "20.7亿元").metric).toBeNull();
    expect(one(x, "到位资金743.3亿元", "743.3亿元").metric).toBe("investment_attracted");
    expect(one(x, "年内招商引资到位资金达到1000亿元以上", "1000亿元").metric).toBe("investment_attracted");
  });
});

describe("last year named as the ground of an addition (Guizhou 2006)", () => {
  it("is no word of the label: 力争全社会固定资产投资总额在上年基础上再增加150亿元，增长15%左右 gives 全社会固定资产投资总额增长", () => {
    const x = fixture(
      ["全省生产总值增长11.5%。"],
      ["今年全省经济社会发展的主要预期目标是:生产总值增长10%以上；力争全社会固定资产投资总额在上年基础上再增加150亿元，增长15%左右；财政总收入达到410亿元，增长12%。"],
    );
    expect([one(x, "再增加150亿元", "150亿元"), one(x, "增长15%左右", "15%")].map((f) => [f.label_zh, f.metric])).toEqual([
      ["全社会固定资产投资总额增加", null],
      ["全社会固定资产投资总额增长", "fixed_investment_growth"],
    ]);
  });
});

describe("a count of visits whose figure is a bare magnitude", () => {
  it("counts visits in 万人次 (Linyi 2025: 旅游人次、收入分别达到9300万、870亿元)", () => {
    const x = fixture(["“临沂炒鸡”“跟着团长打县城”叫响全国，旅游人次、收入分别达到9300万、870亿元。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别达到").map((f) => [written(x, f), f.label_zh, f.unit, f.metric])).toEqual([
      ["9300万", "旅游人次", "万人次", "tourist_arrivals"],
      ["870亿元", "旅游收入", "亿元", "tourism_revenue"],
    ]);
  });

  it("but not a change of visits, nor a magnitude of anything else (新增就业1.2万)", () => {
    const x = fixture(["接待游客人次增长12%。新增就业1.2万。"], ["地区生产总值增长6%。"]);
    expect(one(x, "增长12%", "12%").unit).toBe("%");
  });
});

describe("the years in a row a level has held", () => {
  it("are no words of its label (Leshan 2025: 粮食总产量连续九年稳定在120万吨以上)", () => {
    const x = fixture(["耕地连续三年实现净增加，粮食总产量连续九年稳定在120万吨以上，生猪出栏增幅居全省前列。"], ["地区生产总值增长6%。"]);
    const f = one(x, "粮食总产量", "120万吨");
    expect([f.label_zh, f.metric, f.value, f.qualifier]).toEqual(["粮食总产量", "grain_output", 120, "at_least"]);
  });
});

describe("households or firms counted each time they are served", () => {
  it("are one unit, 户次 (Leshan 2025: 新增减退税费14亿元，惠及市场主体超12万户次)", () => {
    expect(readUnit("12万户次", 2)).toBe("万户次");
    const x = fixture(["新增减退税费14亿元，惠及市场主体超12万户次。"], ["地区生产总值增长6%。"]);
    const f = one(x, "惠及市场主体", "12万户次");
    expect([f.label_zh, f.unit, f.value, f.qualifier]).toEqual(["惠及市场主体", "万户次", 12, "at_least"]);
    expect(readUnit("5万户", 1)).toBe("万户");
    // In English, households counted each time they are served.
    expect(withUnitEn(12, "万户次")).toBe("120,000 household-times");
  });
});

describe("a note's number in brackets after a term the appendix explains", () => {
  it("is no word of the label (Leshan 2025: “川渝通办”（8）事项扩展至355项, 实施企业“智改数转”（22）项目100个以上)", () => {
    const x = fixture(["强化成渝地区双城经济圈建设战略牵引，“川渝通办”（8）事项扩展至355项。"], ["实施企业“智改数转”（22）项目100个以上。地区生产总值增长6%。"]);
    expect(one(x, "“川渝通办”", "355项").label_zh).toBe("“川渝通办”事项");
    expect(one(x, "实施企业", "100个").label_zh).toBe("实施企业“智改数转”项目");
    // The quote keeps the text as written.
    expect(one(x, "“川渝通办”", "355项").quote).toContain("（8）");
  });
});

describe("milestones of an aggregate counted in yuan written without 元", () => {
  it("are in yuan (Zhejiang 2026: 全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%)", () => {
    const x = fixture(["全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%，规模稳居全国第4位。"], ["地区生产总值增长6%。"]);
    const gdp = x.figures.filter((f) => f.metric === "gdp");
    expect(gdp.map((f) => [f.value, f.unit, f.qualifier])).toEqual([[9, "万亿元", "at_least"]]);
  });

  it("but not a bare magnitude of anything else (东莞150多万市场主体)", () => {
    const x = fixture(["东莞150多万市场主体大力弘扬企业家精神。"], ["地区生产总值增长6%。"]);
    expect(one(x, "东莞150多万", "150多万").unit).toBe("万");
  });
});

describe("a note that the review's figures are estimates from there on", () => {
  it("makes every later result an estimate, no target (Leshan 2025: 预计（下同）全市地区生产总值增长4.5%左右)", () => {
    const x = fixture(
      ["全市经济回升向好，高质量发展扎实推进。预计（下同）全市地区生产总值增长4.5%左右。", "城镇新增就业3.8万人，失业人员再就业1.1万人。"],
      ["地区生产总值增长6%左右。"],
    );
    expect(x.figures.map((f) => [written(x, f), f.kind, f.estimate])).toEqual([
      ["4.5%", "result", true],
      ["3.8万人", "result", true],
      ["1.1万人", "result", true],
      ["6%", "target", false],
    ]);
  });
});

describe("a bare magnitude of a count of people passing a milestone (Yinchuan 2016: 空港口岸年出入境人数突破10万大关)", () => {
  it("counts people in 万人, and the milestone is no word of its label", () => {
    const x = fixture(["新开通国际客运航线5条，首个城市候机楼启用，空港口岸年出入境人数突破10万大关。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "出入境").map((f) => [f.value, f.unit, f.qualifier, f.label_zh])).toEqual([[10, "万人", "at_least", "空港口岸年出入境人数"]]);
  });

  it("so is a count in a measure word (Jiamusi 2019: 佳木斯机场旅客吞吐量突破86万人次大关)", () => {
    const x = fixture(["佳木斯机场旅客吞吐量突破86万人次大关。"], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(x, "吞吐量").map((f) => [f.value, f.unit, f.label_zh])).toEqual([[86, "万人次", "佳木斯机场旅客吞吐量"]]);
  });

  it("so are the people lifted out of poverty, the magnitude after them (Yulin 2020: 实现贫困人口脱贫12.58万、贫困村出列96个)", () => {
    const x = fixture(["脱贫攻坚成效显著。实现贫困人口脱贫12.58万、贫困村出列96个、博白县脱贫摘帽，贫困发生率降至0.37%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "贫困人口脱贫12.58万", "12.58万")).toMatchObject({ value: 12.58, unit: "万人", metric: "poverty_exits_people" });
  });
});

describe("an idiom of effort opening a clause (Yulin 2014: 全力以赴推动 15 个投资超 100 亿元重大能化项目建设)", () => {
  it("goes whole from the label, no 以赴 left to open it", () => {
    const x = fixture(["全市地区生产总值增长3.8%。"], ["全力以赴推动15个投资超100亿元重大能化项目建设。全力推动15个项目建设。"]);
    expect(one(x, "全力以赴推动15个", "15个").label_zh).toBe("推动投资超100亿元重大能化项目建设");
    expect(one(x, "全力推动15个项目建设", "15个").label_zh).toBe("推动项目建设");
  });

  it("and the copy's spaces around the figures keep the noun whole (推动 15 个投资超 100 亿元重大能化项目建设)", () => {
    const x = fixture(["全市地区生产总值增长3.8%。"], ["全力以赴推动 15 个投资超 100 亿元重大能化项目建设。"]);
    expect(one(x, "全力以赴推动 15 个", "15 个").label_zh).toBe("推动投资超100亿元重大能化项目建设");
  });
});

describe("the parks made the subject of a sentence go on after its semicolon (Baiyin 2014)", () => {
  it("工业集中区完成固定资产投资201.5亿元，…；完成工业增加值198.9亿元，同比增长17% is the parks' value added, no result of the city's", () => {
    const x = fixture([
      "全市完成生产总值464.49亿元，同比增长12.8%；工业增加值212.86亿元，增长15.7%。",
      "工业集中区完成固定资产投资201.5亿元，实现技工贸总收入628亿元，同比增长31.1%；完成工业增加值198.9亿元，同比增长17%。",
    ], ["生产总值增长12%。"]);
    expect(x.figures.filter((f) => /工业增加值/.test(f.label_zh)).map((f) => [f.value, f.metric])).toEqual([
      [212.86, "industry_value_added"],
      [15.7, "industry_value_added_growth"],
      [198.9, null],
      [17, null],
    ]);
  });
});

describe("a paragraph led by how the parks are run (Baiyin 2014)", () => {
  it("创新园区管理建设机制。…全年工业增加值增长17%以上 is the parks' target, no target of the city's", () => {
    const x = fixture(["全市完成生产总值464.49亿元，同比增长12.8%。"], [
      "生产总值增长12%，规模以上工业增加值增长15%，固定资产投资增长28%。",
      "创新园区管理建设机制。推行“管委会、经济实体、社会中介组织”三位一体的园区开发模式，行政管理主体与开发建设主体相分离。设立产业投资基金，运用市场化机制，加快园区配套设施建设。全年工业增加值增长17%以上，固定资产投资增长30%。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target" && f.metric).map((f) => [f.metric, f.value])).toEqual([
      ["gdp_growth", 12],
      ["industrial_value_added_growth", 15],
      ["fixed_investment_growth", 28],
    ]);
  });
});

describe("a paragraph led by how the parks are upgraded (Jiamusi 2019)", () => {
  it("加快园区升级攻坚。…地区生产总值45亿元 is the high-tech zone's output, no GDP target of the city's", () => {
    const x = fixture(["预计全市地区生产总值同比增长4%，突破1000亿元大关。"], [
      "地区生产总值增长5.5%左右。",
      "加快园区升级攻坚。把园区经济作为工业重要增长极，全力推动佳木斯国家级高新区以升促建。引入济南高新区成熟经验，健全体制机制，完善综合功能，真正把高新区打造成产业集聚、企业汇聚、人才广聚的创新转型高地。实行全员招商，全力促成项目落地，力争年内实现10个项目建成投产、20个项目开工建设，完成固定资产投资21亿元、技工贸总收入190亿元、地区生产总值45亿元。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target" && f.metric).map((f) => [f.metric, f.value])).toEqual([["gdp_growth", 5.5]]);
  });
});

describe("a count of the areas a work is done in (Pingliang 2016)", () => {
  it("实施天门塬、双桥路、太统路等12个片区棚户区改造 counts areas, no shantytown homes; 实施棚户区改造8311户 does", () => {
    const x = fixture(["全市地区生产总值预计达到356亿元。"], [
      "地区生产总值增长7.5%以上。",
      "用足用活国家政策，实施天门塬、双桥路、太统路等12个片区棚户区改造，加大货币化安置，增强城市可持续发展能力。",
      "3.安居惠民工程。实施棚户区改造8311户；新建公租房2636套；改造农村危房3万户。",
    ]);
    expect(x.figures.filter((f) => f.metric === "shantytown_renovation").map((f) => [f.value, f.unit])).toEqual([[8311, "户"]]);
  });

  it("so is a count in 个 after the works' examples (Zhengzhou 2024: 中原区大李—西岗等94个棚户区改造)", () => {
    const x = fixture(["地区生产总值增长7.4%。"], [
      "地区生产总值增长7%左右。",
      "全力推进惠济区老鸦陈安置房等140个保障性安居工程、中原区大李—西岗等94个棚户区改造、花园口镇等129个城中村改造、富田城等266个商业地产项目建设，力争房地产投资完成1500亿元。",
      "棚户区改造开工1.2万套。",
    ]);
    expect(x.figures.filter((f) => f.metric === "shantytown_renovation").map((f) => [f.value, f.unit])).toEqual([[1.2, "万套"]]);
  });
});

describe("a count before things named as examples of a kind after 等 (Qingyang 2018)", () => {
  it("…和20处环卫工人休息室及文明公厕修建等省市列民生实事项目全部落实到位 counts rest rooms, no livelihood projects", () => {
    const x = fixture([
      "市区48条主次干道、42条巷道综合治理和20处环卫工人休息室及文明公厕修建等省市列民生实事项目全部落实到位。",
      "全年完成教育、医疗等民生实事12件。",
    ], ["生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.metric === "livelihood_projects").map((f) => f.value)).toEqual([12]);
  });
});

describe("two indicators that grow in step (Tianshui 2014)", () => {
  it("旅游接待人次和综合收入同步增长28% is the growth of both the tourist arrivals and the tourism revenue", () => {
    const x = fixture(["全年接待国内外游客1330万人次，实现旅游综合收入75.28亿元。"], [
      "生产总值增长11.5%。",
      "大力发展乡村旅游，规范农家乐管理，促进旅游业持续快速健康发展，旅游接待人次和综合收入同步增长28%。",
      "城乡居民收入与经济同步增长7.5%。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target" && f.metric).map((f) => [f.metric, f.value])).toEqual([
      ["gdp_growth", 11.5],
      ["tourist_arrivals_growth", 28],
      ["tourism_revenue_growth", 28],
    ]);
  });
});

describe("a change of the urbanisation rate in percentage points written in words (Hunan 2002)", () => {
  it("今年全省城镇化率力求提高一个百分点以上 is the plan year's rise of the rate, 1 point at least", () => {
    const x = fixture(["全省完成国内生产总值3983亿元，增长９％。"], [
      "今年全省国内生产总值增长的预期目标为8.5%。",
      "大力推进城镇化进程。工业化和城镇化互为依托，互相支撑，必须把二者有机结合起来，在推进工业化进程的同时，加快城镇化步伐。今年全省城镇化率力求提高一个百分点以上。培育和壮大中心城市。",
    ]);
    expect(x.figures.filter((f) => f.unit === "个百分点").map((f) => [f.kind, f.year, f.metric, f.value, f.qualifier])).toEqual([
      ["target", 2020, "urbanization_rate_change", 1, "at_least"],
    ]);
  });
});

describe("two indicators that both grow by one rate (Shandong 2001)", () => {
  it("城镇居民人均可支配收入和农民人均纯收入年均都增长6% is the growth of both incomes", () => {
    const x = fixture(["全省国内生产总值达到8542亿元。"], [
      "国内生产总值增长9%。",
      "推动社会全面进步，人民生活水平由小康向富裕迈进。城镇居民人均可支配收入和农民人均纯收入年均都增长6%。",
    ]);
    expect(x.figures.filter((f) => f.value === 6).map((f) => [f.metric, f.label_zh])).toEqual([
      ["urban_income_growth", "城镇居民人均可支配收入年均增长"],
      ["rural_net_income_growth", "农民人均纯收入年均增长"],
    ]);
  });
});

describe("older names of the total fiscal revenue and of the investment attracted (Tianshui 2014)", () => {
  it("大口径财政收入86.3亿元，增长19% is the total fiscal revenue; 力争实现到位引资265亿元，增长20% the investment attracted", () => {
    const x = fixture(["预计实现生产总值480亿元，同比增长13%；大口径财政收入86.3亿元，增长19%，其中一般预算收入27.5亿元，增长19%。"], [
      "生产总值增长11.5%，大口径财政收入增长15%。",
      "坚持“走出去、引进来”，加大招商引资力度，力争实现到位引资265亿元，增长20%。",
    ]);
    expect(x.figures.filter((f) => f.metric && /财政|引资/.test(f.label_zh)).map((f) => [f.kind, f.metric, f.value])).toEqual([
      ["result", "fiscal_revenue_total", 86.3],
      ["result", "fiscal_revenue_total_growth", 19],
      ["target", "fiscal_revenue_total_growth", 15],
      ["target", "investment_attracted", 265],
      ["target", "investment_attracted_growth", 20],
    ]);
  });
});

describe("goals of a later year passed with 过, after a verb of aiming at them (Yueyang 2023)", () => {
  const x = fixture(
    ["通过3年努力，建成美丽乡村100个。"],
    [
      "全力以赴拼经济，围绕2025年GDP过万亿、一般公共预算地方收入过400亿、进出口总额过2000亿、集装箱吞吐量过300万标箱目标，瞄准“各项工作总额占全省10%”抓推进。地区生产总值增长6.5%左右。",
    ],
  );
  it("each goal is of that year, at least its amount, under its indicator, in yuan where the indicator is", () => {
    const goals = quoting(x, "围绕2025年").map((f) => [written(x, f), f.kind, f.year, f.metric, f.value, f.unit, f.qualifier, f.label_zh]);
    expect(goals).toEqual([
      ["万亿", "target", 2025, "gdp", 1, "万亿元", "at_least", "GDP"],
      ["400亿", "target", 2025, "budget_revenue", 400, "亿元", "at_least", "一般公共预算地方收入"],
      ["2000亿", "target", 2025, "foreign_trade", 2000, "亿元", "at_least", "进出口总额"],
      ["300万标箱", "target", 2025, null, 300, "万标箱", "at_least", "集装箱吞吐量"],
    ]);
  });
  it("the plan year's own target stays the plan year's, and 通过 is no verb of passing", () => {
    expect(typed(one(x, "地区生产总值增长6.5%左右", "6.5%"))).toMatchObject({ kind: "target", year: 2020, metric: "gdp_growth" });
    expect(one(x, "建成美丽乡村100个", "100个").label_zh).toBe("建成美丽乡村");
  });
  it("nor is 过 after a verb of doing, its aspect: 全年举办过3次大型招商活动 is 3 times exactly", () => {
    const y = fixture(["全年举办过3次大型招商活动，发生过2起较大安全事故。"], ["地区生产总值增长6.5%左右。"]);
    expect(quoting(y, "举办过").map((f) => [f.value, f.qualifier])).toEqual([[3, null]]);
    expect(quoting(y, "发生过").map((f) => [f.value, f.qualifier])).toEqual([[2, null]]);
  });
});

describe("a round amount in words without 元 after a verb of passing it (Changde 2016, Linyi 2025)", () => {
  it("is in yuan when its subject is an aggregate of yuan, and in the magnitude alone when not", () => {
    const x = fixture(["规模工业增加值突破千亿，物流总额突破万亿，游客突破千万，严格执行市委十个方面37条要求。"], ["地区生产总值增长6%。"]);
    expect(one(x, "规模工业增加值突破千亿", "千亿")).toMatchObject({ metric: "industrial_value_added", value: 1000, unit: "亿元", qualifier: "at_least" });
    expect(one(x, "物流总额突破万亿", "万亿")).toMatchObject({ label_zh: "物流总额", value: 1, unit: "万亿元" });
    expect(one(x, "游客突破千万", "千万")).toMatchObject({ value: 1000, unit: "万" });
    // A count of requirements counts them.
    expect(one(x, "37条要求", "37条").label_zh).toBe("严格执行市委十个方面要求");
  });
});

describe("a round count of people or visits in words after a verb of passing it (Ningbo 2019)", () => {
  it("机场旅客吞吐量突破千万人次 is 1000万人次 at least; not a magnitude before other words (百万人口)", () => {
    const x = fixture(["集装箱吞吐量2635.1万标箱，跃居全球第三；机场旅客吞吐量突破千万人次。城区人口突破百万人口大关。"], ["地区生产总值增长6%。"]);
    expect(one(x, "机场旅客吞吐量突破千万人次", "千万人次")).toMatchObject({ value: 1000, unit: "万人次", qualifier: "at_least" });
    expect(quoting(x, "百万人口")).toEqual([]);
  });

  it("and one of people or households in ten thousands or millions (Guizhou 2023: 企业突破百万户; Anhui 2024: 创新创业人才近万人), not one before more words (近万人参加)", () => {
    const x = fixture(["市场主体突破三百万户，其中企业突破百万户。引进创新创业人才近万人。近万人参加培训。"], ["地区生产总值增长6%。"]);
    expect(one(x, "企业突破百万户", "百万户")).toMatchObject({ value: 100, unit: "万户", qualifier: "at_least" });
    expect(one(x, "创新创业人才近万人", "万人")).toMatchObject({ value: 1, unit: "万人" });
    expect(quoting(x, "近万人参加")).toEqual([]);
  });

  it("and so is each item's, after 双双 (Ningxia 2026: 铁路、航空客运量双双超过千万人次)", () => {
    const x = fixture(["铁路、航空客运量双双超过千万人次。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "双双超过千万人次").map((f) => [f.label_zh, f.value, f.unit, f.qualifier])).toEqual([
      ["铁路客运量", 1000, "万人次", "at_least"],
      ["航空客运量", 1000, "万人次", "at_least"],
    ]);
  });

  it("and so is one of tonnes (Fuyang 2014: 全年港口吞吐量突破千万吨), not a size class before more words (万吨级码头)", () => {
    const x = fixture(["颍州港一期主体工程完工，全年港口吞吐量突破千万吨。建成超万吨级码头2个。"], ["地区生产总值增长6%。"]);
    expect(one(x, "全年港口吞吐量突破千万吨", "千万吨")).toMatchObject({ label_zh: "港口吞吐量", value: 1000, unit: "万吨", qualifier: "at_least" });
    expect(quoting(x, "超万吨级").filter((f) => f.unit === "万吨")).toEqual([]);
  });
});

describe("a growth after a share (Pingxiang 2014)", () => {
  it("…战略性新兴产业完成增加值81.36亿元，占全市规模以上工业增加值的22.6%，增长9.15% is the emerging industries' growth, not the industrial value added's", () => {
    const x = fixture([
      "工业经济效益和活力不断增强。煤炭、陶瓷、水泥、花炮、冶金五大传统产业全年预计实现增加值299.16亿元，占全市规模以上工业增加值的83.1%。新材料、新能源、生物医药、先进装备制造等战略性新兴产业完成增加值81.36亿元，占全市规模以上工业增加值的22.6%，增长9.15%。",
      "第三产业增加值占GDP比重达到30.8％，提高0.8个百分点。",
    ], ["生产总值增长10%。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric === "industrial_value_added_growth")).toEqual([]);
    expect(writtenMetrics(x, "9.15%")).toEqual([["9.15%", null]]);
    expect(x.figures.find((f) => f.value === 9.15)?.label_zh).toBe("战略性新兴产业完成增加值增长");
    expect(writtenMetrics(x, "0.8个百分点")).toEqual([["0.8个百分点", "services_share_change"]]);
  });
});

describe("a paragraph led by how the parks' industry grew (Pingxiang 2014)", () => {
  it("园区产业逐步壮大。…完成工业增加值240亿元，增长25% is the parks' value added, no result of the city's", () => {
    const x = fixture([
      "预计全年完成生产总值792亿元，增长8.2%；规模以上工业增加值360亿元，增长9%。",
      "园区产业逐步壮大。深入推进园区产业化、集群化发展。全市6个工业园区22个产业基地已有企业503家，完成主营业务收入883亿元，增长21%；完成工业增加值240亿元，增长25%；上交税金38亿元，增长22.5%。全市工业园区（产业基地）主营业务收入占全市工业总产值的61.1%。",
    ], ["生产总值增长10%。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric).map((f) => [f.metric, f.value])).toEqual([
      ["gdp", 792],
      ["gdp_growth", 8.2],
      ["industrial_value_added", 360],
      ["industrial_value_added_growth", 9],
    ]);
  });
});

describe("a level to be reached within some years after a rate's change (Baoding 2014)", () => {
  it("全市森林覆盖率每年提高1.3个百分点，三年内达到26.5% gives the forest coverage of the third year, not a figure labelled 三年内", () => {
    const x = fixture(["全市生产总值完成2650.6亿元、增长9%。"], [
      "生产总值增长9%左右。",
      "创建国家森林城市，实施三年增绿计划，全市森林覆盖率每年提高1.3个百分点，三年内达到26.5%，努力让人们望得见青山、看得见绿水。",
    ]);
    const level = x.figures.find((f) => f.value === 26.5)!;
    expect([level.kind, level.metric, level.label_zh, level.year, level.period]).toEqual(["target", "forest_coverage", "森林覆盖率", 2022, [2020, 2022]]);
    expect(x.figures.find((f) => f.value === 1.3)).toMatchObject({ metric: "forest_coverage_change", unit: "个百分点" });
  });
});

describe("a target's level said with the verb alone after its growth (Ordos 2014)", () => {
  it("公共财政预算收入增长2%，完成450亿元 and 全社会固定资产投资增长13%，突破3000亿元，完成3390亿元 give the revenue's and the investment's levels", () => {
    const x = fixture(["全市预计完成地区生产总值3965亿元，增长9.5%。"], [
      "经济社会发展的主要预期目标是：地区生产总值增长9%左右，突破4000亿元，达到4300亿元；公共财政预算收入增长2%，完成450亿元；全社会固定资产投资增长13%，突破3000亿元，完成3390亿元；规模以上工业增加值增长12%，突破2000亿元，达到2100亿元。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target" && f.metric).map((f) => [f.metric, f.value])).toEqual([
      ["gdp_growth", 9],
      ["gdp", 4300],
      ["budget_revenue_growth", 2],
      ["budget_revenue", 450],
      ["fixed_investment_growth", 13],
      ["fixed_investment", 3390],
      ["industrial_value_added_growth", 12],
      ["industrial_value_added", 2100],
    ]);
  });
});

describe("two shares of one whole after a clause that names their subjects with no figure (Ordos 2014)", () => {
  it("分别占全市经济总量的78%和70% labels the second share 占全市经济总量, not 占全市经济总量占全市经济总量", () => {
    const x = fixture(["县域经济和非公有制经济实力增强，分别占全市经济总量的78%和70%。"], ["地区生产总值增长9%左右。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.label_zh, f.value])).toEqual([
      ["占全市经济总量", 78],
      ["占全市经济总量", 70],
    ]);
  });
});

describe("a milestone passed with a space before its figure (Dali 2014: 招商引资实际到位资金突破 500亿元、达 534.8亿元)", () => {
  it("keeps the level reached as the indicator's result and the milestone without it", () => {
    const x = fixture([
      "金融机构存款余额突破千亿元、达 1057.1亿元，新增社会融资规模 151亿元。招商引资实际到位资金突破 500亿元、达 534.8亿元，增长 52.4%;实际利用外资 6281万美元，增长 61.4%。",
    ], ["地区生产总值增长 11%以上。"]);
    expect(x.figures.filter((f) => f.metric === "investment_attracted").map((f) => f.value)).toEqual([534.8]);
    expect(x.figures.filter((f) => f.value === 500).map((f) => [written(x, f), f.metric])).toEqual([["500亿元", null]]);
  });
});

describe("a balance listed after an amount added (Dali 2014: 新增银行贷款突破百亿元、贷款余额达 662.8亿元)", () => {
  it("is the balance, no amount added: 贷款余额, the loans outstanding", () => {
    const x = fixture([
      "金融机构存款余额突破千亿元、达 1057.1亿元，新增银行贷款突破百亿元、贷款余额达 662.8亿元，新增社会融资规模 151亿元。",
    ], ["地区生产总值增长 11%以上。"]);
    expect(quoting(x, "662.8").filter((f) => f.value === 662.8).map((f) => [f.label_zh, f.metric])).toEqual([["贷款余额", "loans_balance"]]);
  });
});

describe("one change after a subject-less 分别 for levels given one by one (Jiuquan 2014)", () => {
  it("is each level's change: 实现城镇居民人均可支配收入23270元，农民人均纯收入11190元，分别增长16%", () => {
    const x = fixture([
      "——人民生活持续改善。城镇登记失业率控制在3%，居民消费价格指数控制在103.5。实现城镇居民人均可支配收入23270元，农民人均纯收入11190元，分别增长16%；移民人均纯收入3426元，增长29.3%。",
    ], ["地区生产总值增长12%以上。"]);
    expect(x.figures.filter((f) => /^(?:urban_income|rural_net_income)/.test(f.metric ?? "")).map((f) => [written(x, f), f.metric])).toEqual([
      ["23270元", "urban_income"],
      ["11190元", "rural_net_income"],
      ["16%", "urban_income_growth"],
      ["16%", "rural_net_income_growth"],
    ]);
  });
});

describe("a growth after a clause that says only how its subject fared since some months (Xiangtan 2014)", () => {
  it("is the growth of the indicator the clause before that one names", () => {
    const x = fixture(["规模工业增加值增速扭转下行态势，7月份以来稳定回升，全年增长11%。"], ["地区生产总值增长10.5%。"]);
    expect(typed(one(x, "全年增长11%", "11%"))).toMatchObject({ kind: "result", year: 2019, metric: "industrial_value_added_growth", label_zh: "规模工业增加值增长" });
  });
});

describe("a level reached on the base of the years before it (Shanxi 2012)", () => {
  it("is the indicator's named before the base: 全社会固定资产投资在2009年完成5034亿元、2010年完成6353亿元的基础上，去年又完成7300亿元、增长28%", () => {
    const x = fixture([
      "认真贯彻落实中央宏观调控政策和各项决策部署，立足扩大内需，继续加大投资力度，全社会固定资产投资在2009年完成5034亿元、2010年完成6353亿元的基础上，去年又完成7300亿元、增长28%（按老口径统计为8000亿元）。",
    ], ["地区生产总值增长12%左右。"]);
    expect(x.figures.filter((f) => /^fixed_investment/.test(f.metric ?? "")).map((f) => [written(x, f), f.metric, f.year])).toEqual([
      ["7300亿元", "fixed_investment", 2019],
      ["28%", "fixed_investment_growth", 2019],
    ]);
  });
});

describe("a level reached on the base of the years before it, the indicator named inside the base (Shanxi 2012)", () => {
  it("is the noun's after the level the base names: 在前3年每年完成400多万亩营造林的基础上，去年又完成453万亩", () => {
    const x = fixture(["11个重点城市空气质量进一步改善，在前3年每年完成400多万亩营造林的基础上，去年又完成453万亩，森林覆盖率明显提高。"], ["地区生产总值增长12%左右。"]);
    expect(typed(one(x, "去年又完成453万亩", "453万亩"))).toMatchObject({ kind: "result", year: 2019, metric: "afforestation_area", label_zh: "营造林", value: 453 });
  });
});

describe("a single month's price rise a relief scheme is triggered by (Shanxi 2012)", () => {
  it("is no price rise of the year: 在全国率先实行单月CPI涨幅超过5%或食品价格涨幅超过10%，即向低收入群体…发放临时价格补贴的措施", () => {
    const x = fixture([
      "加强市场监管，我省CPI涨幅低于全国平均水平0.2个百分点。建立了社会救助和保障标准与物价上涨挂钩的联动机制，在全国率先实行单月CPI涨幅超过5%或食品价格涨幅超过10%，即向低收入群体、大中专贫困学生、高校学生食堂发放临时价格补贴的措施。",
    ], ["地区生产总值增长12%左右，居民消费价格总水平涨幅控制在4%左右。"]);
    expect(quoting(x, "单月CPI").filter((f) => f.value === 5).map((f) => f.metric)).toEqual([null]);
    expect(x.figures.filter((f) => f.metric === "cpi_growth").map((f) => [f.kind, f.value])).toEqual([["target", 4]]);
  });
});

describe("a level held in the list of a five-year plan's goals given as yearly averages (Liaoning 2011)", () => {
  it("is held over the plan's years, no second target of the plan year: 主要目标是：地区生产总值年均增长11%，…，城镇登记失业率控制在4%以内", () => {
    const x = fixture(["初步核算，全省地区生产总值增长14.1%。"], [
      "各位代表：今年，我们开始实施第十二个五年规划。“十二五”时期全省经济社会发展的指导方针是：高举中国特色社会主义伟大旗帜，深入贯彻落实科学发展观。",
      "全省经济社会发展的主要目标是：地区生产总值年均增长11%，地方财政一般预算收入年均增长15%，城镇居民人均可支配收入年均增长11%，农民人均纯收入年均增长10%，城镇登记失业率控制在4%以内，完成国家下达的节能减排任务。",
      "各位代表：今年是实施“十二五”规划的第一年。今年全省经济社会发展的主要预期指标是：地区生产总值增长11%，地方财政一般预算收入增长15%，城镇登记失业率控制在4.3%以内。",
    ]);
    expect(x.figures.filter((f) => f.metric === "registered_unemployment_rate").map((f) => [f.value, f.year, f.period])).toEqual([
      [4, 2024, [2020, 2024]],
      [4.3, 2020, null],
    ]);
  });
});

describe("the profits told bare later in a sentence on industry above the designated size (Hunan 2010)", () => {
  it("are that industry's: 全省规模工业实现增加值4250.1亿元，增长20.5%，效益稳步提高，产品销售率98.4%；实现利润571.9亿元，增长46.1%", () => {
    const x = fixture([
      "（一）新型工业化迈出重大步伐。全省规模工业实现增加值4250.1亿元，增长20.5%，效益稳步提高，产品销售率98.4%；实现利润571.9亿元，增长46.1%。非公有制经济加快发展，实现增加值7099.2亿元，增长15.1%，占全省生产总值的54.9%。",
    ], ["生产总值增长10%以上。"]);
    expect(x.figures.filter((f) => /^industrial_profit/.test(f.metric ?? "")).map((f) => [written(x, f), f.metric])).toEqual([
      ["571.9亿元", "industrial_profit"],
      ["46.1%", "industrial_profit_growth"],
    ]);
    // The quote reaches back to the industry the profits are of.
    expect(x.figures.find((f) => f.metric === "industrial_profit")!.quote.startsWith("全省规模工业实现增加值")).toBe(true);
  });

  it("and joined by 、 right after that industry's figure, after a clause that opens the sentence (Chongqing 2017: 主要经济指标持续向好，规模以上工业增加值增长10.3%、利润增长12%)", () => {
    const x = fixture(["主要经济指标持续向好，规模以上工业增加值增长10.3%、利润增长12%，固定资产投资增长12.1%。"], ["生产总值增长10%左右。"]);
    expect(x.figures.filter((f) => /^industrial_/.test(f.metric ?? "")).map((f) => [written(x, f), f.metric, f.label_zh])).toEqual([
      ["10.3%", "industrial_value_added_growth", "规模以上工业增加值增长"],
      ["12%", "industrial_profit_growth", "规模以上工业利润增长"],
    ]);
    // Not after another aggregate's figure: whose profits they are, the text does not say.
    const y = fixture(["工业经济回升，固定资产投资增长5%、利润增长12%。"], ["生产总值增长10%左右。"]);
    expect(y.figures.filter((f) => /^industrial_profit/.test(f.metric ?? ""))).toEqual([]);
  });

  it("but not after a clause of no figure that names another subject: …；市属国有企业改革不断深化，实现利润20亿元", () => {
    const x = fixture(["全市规模以上工业增加值增长9%；市属国有企业改革不断深化，实现利润20亿元，增长15%。"], ["生产总值增长7%。"]);
    expect(x.figures.filter((f) => /^industrial_profit/.test(f.metric ?? ""))).toEqual([]);
  });
});

describe("a bound written after the last of two equal figures of a list (Shanxi 2012)", () => {
  it("is the last one's alone: 城镇居民人均可支配收入、农民人均纯收入分别增长10%和10%以上", () => {
    const x = fixture(["地区生产总值增长13%左右。"], [
      "2012年我省经济社会发展的主要预期指标是：地区生产总值增长12%左右，城镇居民人均可支配收入、农民人均纯收入分别增长10%和10%以上，城镇登记失业率控制在4.2%以内。",
    ]);
    expect(x.figures.filter((f) => /_income_growth$/.test(f.metric ?? "")).map((f) => [f.metric, f.value, f.qualifier])).toEqual([
      ["urban_income_growth", 10, null],
      ["rural_net_income_growth", 10, "at_least"],
    ]);
  });
});

describe("a note in brackets that holds the figures after words that state none", () => {
  it("is a clause of its own, its subjects its own (Fujian 2002: 没有达到预定目标（社会消费品零售总额和居民消费价格总水平年初预定分别增长为11％和3％）)", () => {
    const x = fixture([
      "社会消费品零售总额1499.46亿元，增长9.2％，居民消费价格总水平下降1.3％，没有达到预定目标（社会消费品零售总额和居民消费价格总水平年初预定分别增长为11％和3％）。",
    ], ["地区生产总值增长8.5％。"]);
    expect(quoting(x, "年初预定").map((f) => [written(x, f), f.metric, f.label_zh])).toEqual([
      ["11％", "retail_sales_growth", "社会消费品零售总额增长"],
      ["3％", "cpi_growth", "居民消费价格总水平增长"],
    ]);
  });

  it("but a note inside a subject that a figure follows stays in its clause (完成投资（含2019年结转）50亿元)", () => {
    const x = fixture(["全年完成投资（含2019年结转）50亿元。"], ["地区生产总值增长8.5％。"]);
    expect(quoting(x, "50亿元").map((f) => f.quote)).toEqual(["全年完成投资（含2019年结转）50亿元"]);
  });

  it("nor a note that gives the level of the subject before it with a time and a verb alone (森林覆盖率（目前为45%）进一步提高)", () => {
    const x = fixture(["全市生产总值增长8%。"], ["地区生产总值增长7%。", "森林覆盖率（目前为45%）进一步提高。"]);
    expect(quoting(x, "45%").map((f) => f.metric)).toEqual(["forest_coverage"]);
  });
});

describe("the investment actually received right after the investment contracted", () => {
  it("is the investment actually used, and its change after 分别 too (Fujian 2002: 合同利用外资50.07亿美元，实际到资39.18亿美元，分别增长16.1％和3.0％)", () => {
    const x = fixture([
      "初步统计，全年外贸出口139.26亿美元，增长7.9％，高于全国1.1个百分点；合同利用外资50.07亿美元，实际到资39.18亿美元，分别增长16.1％和3.0％。利用台资转降为升，全年合同利用台资10.79亿美元，实际利用台资5.05亿美元，分别增长52.5％和3.4％。",
    ], ["实际利用外资38亿美元。"]);
    expect(x.figures.filter((f) => /^fdi_/.test(f.metric ?? "")).map((f) => [f.kind, f.metric, f.label_zh, f.value])).toEqual([
      ["result", "fdi_actual", "实际利用外资", 39.18],
      ["result", "fdi_actual_growth", "实际利用外资增长", 3],
      ["target", "fdi_actual", "实际利用外资", 38],
    ]);
  });
});

describe("a bare income per head after the clause that names whose it is (Shaanxi 2002)", () => {
  it("is the farmers', its change too: 农民收入有了恢复性增长，人均纯收入达到1520元，增加50元", () => {
    const x = fixture([
      "城镇居民人均可支配收入达到5430元，比上年增加306元。扶贫开发取得新的进展。农民收入有了恢复性增长，人均纯收入达到1520元，增加50元。全省电话普及率19.5％。",
    ], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => /^rural_net_income/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["rural_net_income", "农民人均纯收入", 1520],
      ["rural_net_income_change", "农民人均纯收入增加", 50],
    ]);
  });
});

describe("milestones climbed one after another (Yunnan 2006)", () => {
  it("gives the last alone, at least: 财政总收入连续登上500亿元、600亿元和700亿元三个台阶", () => {
    const x = fixture([
      "全省经济增长先后经历止跌回升、巩固成果、加快发展三个阶段。人均生产总值超过900美元。财政总收入连续登上500亿元、600亿元和700亿元三个台阶，地方财政一般预算收入年均增长11.6%。",
    ], ["地区生产总值增长8.5%。"]);
    expect(x.figures.filter((f) => f.metric === "fiscal_revenue_total").map((f) => [f.value, f.qualifier])).toEqual([[700, "at_least"]]);
  });
});

describe("a change measured against a count of years back (Gansu 2003)", () => {
  it("pairs each change of 分别 with its income, its base year that many years before the figure's: 分别比五年前增长了71.19%和30.83%", () => {
    const x = fixture([
      "——综合经济实力明显增强，人民生活水平稳步提高。城镇居民人均可支配收入增加2558元，农民人均纯收入增加373元，分别比五年前增长了71.19%和30.83%。",
    ], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.value === 71.19 || f.value === 30.83).map((f) => [f.label_zh, f.year, f.base_year])).toEqual([
      ["城镇居民人均可支配收入比五年前增长", 2019, 2014],
      ["农民人均纯收入比五年前增长", 2019, 2014],
    ]);
  });
});

describe("milestones passed one after another before the level reached (Tibet 2011: 全区生产总值先后突破300亿元、400亿元、500亿元，预计2010年达到507.5亿元)", () => {
  it("leave the GDP to the level reached: the last milestone keeps its record without the indicator", () => {
    const x = extractText(
      "xizang-2011.txt",
      [
        "西藏自治区2011年政府工作报告",
        "（2011年1月10日 白玛赤林）",
        "各位代表：",
        "“十一五”时期国民经济和社会发展回顾",
        "一、抓关键打基础，自我发展能力持续提升",
        "经济总量再上新台阶。全区生产总值先后突破300亿元、400亿元、500亿元，预计2010年达到507.5亿元，年均增长12.4%。",
        "“十二五”时期主要任务",
        "2011年经济社会发展的主要目标是：全区生产总值增长12%以上。",
      ].join("\n"),
    );
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => [written(x, f), f.year])).toEqual([["507.5亿元", 2010]]);
    expect(x.figures.filter((f) => f.value === 500).map((f) => [written(x, f), f.metric, f.qualifier])).toEqual([["500亿元", null, "at_least"]]);
  });
});

describe("items listed before milestones passed in turn, as many as the milestones (Zhuhai 2012: 全市地区生产总值、工业总产值、财税总收入、地方财政一般预算收入相继跨过1000亿元、3000亿元、400亿元和100亿元大关，预计2011年分别达到…)", () => {
  it("are a list, one milestone each: the levels and yearly growths after 分别 are each item's, the GDP's its own", () => {
    const x = extractText(
      "zhuhai-2012.txt",
      [
        "珠海市政府工作报告（2012年1月8日 何宁卡）",
        "各位代表：",
        "一、过去五年工作回顾 过去五年，是我市发展进程中不平凡的五年。",
        "经济实力显著提升。经济增速稳中趋快，经济总量不断扩大。全市地区生产总值、工业总产值、财税总收入、地方财政一般预算收入相继跨过1000亿元、3000亿元、400亿元和100亿元大关，预计2011年分别达到1410亿元、3580亿元、459亿元和143.3亿元，年均增长11.3%、11.1%、18.4%和20.4%。",
        "三、2012年工作部署 今年是新一届政府履职尽责的起始之年。",
        "今年经济社会发展的主要预期目标是：实现地区生产总值增长11%左右；规模以上工业增加值增长14%。",
      ].join("\n"),
    );
    expect(quoting(x, "预计2011年分别达到").filter((f) => f.metric !== null && f.qualifier === null).map((f) => [written(x, f), f.label_zh, f.metric, f.year, f.period])).toEqual([
      ["1410亿元", "地区生产总值", "gdp", 2011, null],
      ["3580亿元", "工业总产值", "industry_output", 2011, null],
      ["143.3亿元", "地方财政一般预算收入", "budget_revenue", 2011, null],
      ["11.3%", "地区生产总值年均增长", "gdp_growth", 2011, [2007, 2011]],
      ["11.1%", "工业总产值年均增长", "industry_output_growth", 2011, [2007, 2011]],
      ["20.4%", "地方财政一般预算收入年均增长", "budget_revenue_growth", 2011, [2007, 2011]],
    ]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => [written(x, f), f.year, f.qualifier])).toEqual([["11%", 2012, "approx"]]);
  });
});

describe("a change measured against a year's level given after the year (Inner Mongolia 2006: 比2000年的1570亿元增长1.2倍，年均增长16.6％)", () => {
  it("is the change of the indicator before it: the GDP's yearly average growth over the plan period", () => {
    const x = extractText(
      "neimenggu-2006.md",
      [
        "---",
        "title: 2006年内蒙古自治区政府工作报告",
        "---",
        "",
        "各位代表：",
        "",
        "**一、“十五”时期和2005年经济社会发展回顾**",
        "",
        "（一）综合经济实力显著增强。五年来，全区国民经济持续快速健康发展，呈现出速度加快、总量翻番、效益提高、后劲增强的良好态势。初步核算2005年自治区生产总值达到3822.8亿元，比2000年的1570亿元增长1.2倍，年均增长16.6％，超过“十五”计划7.6个百分点。",
        "",
        "三、2006年经济和社会发展的主要任务",
        "",
        "今年经济社会发展的主要预期目标是：生产总值增长15％左右。",
        "",
      ].join("\n"),
    );
    expect(quoting(x, "比2000年的1570亿元").filter((f) => f.unit !== "亿元").map((f) => [written(x, f), f.label_zh, f.metric, f.period])).toEqual([
      ["1.2倍", "自治区生产总值比2000年的1570亿元增长", null, [2001, 2005]],
      ["16.6％", "自治区生产总值年均增长", "gdp_growth", [2001, 2005]],
    ]);
  });
});

describe("a year a copy set spaces around before the subject (Guangdong 2001: 预计 2000 年全省国内生产总值达9506亿元)", () => {
  it("is the figure's time, no word of its label", () => {
    const x = fixture(["——国民经济持续快速健康发展。 预计 2000 年全省国内生产总值达9506亿元，比上年增长10. 5％；人均国内生产总值为12973元，比上年增长8. 9％。"], ["国内生产总值增长9％左右。"]);
    expect(quoting(x, "9506").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["9506亿元", "全省国内生产总值", "gdp"],
      ["10. 5％", "全省国内生产总值比上年增长", "gdp_growth"],
    ]);
  });
});

describe("a running total after a year an earlier sentence names, in a part reviewing five years", () => {
  it("is over the years the part reviews (Hubei 2003: 一、过去五年政府工作的回顾 over 2002年预计…。…累计完成固定资产投资7201.59亿元)", () => {
    const x = extractText("hubei-2003.txt", [
      "湖北省人民政府2003年工作报告",
      "——2003年1月15日在湖北省第十届人民代表大会第一次会议上",
      "代省长罗清泉",
      "各位代表：",
      "一、过去五年政府工作的回顾",
      "———国民经济持续稳定增长。“九五”计划目标顺利实现，“十五”计划开局良好。2002年预计全省国内生产总值4975亿元，五年年均增长9.2％。经济运行质量和效益明显提高。投资建设力度加大，累计完成固定资产投资7201.59亿元，年均增长9.7％。",
      "二、2003年的主要工作和政策措施",
      "今年全省经济社会发展的主要预期目标是：国内生产总值增长8.5％左右。",
    ].join("\n"));
    expect(quoting(x, "7201.59亿元").map((f) => [f.metric, f.year, f.period])).toEqual([
      ["fixed_investment", 2002, [1998, 2002]],
      ["fixed_investment_growth", 2002, [1998, 2002]],
    ]);
    expect(one(x, "全省国内生产总值4975亿元", "4975亿元").period).toBeNull();
  });
});

describe("a running total after last year, in a paragraph giving yearly averages of a part reviewing the year and the term it closes (Guilin 2016)", () => {
  it("is over the term (一、2015年和“十二五”工作回顾 over 去年我市地区生产总值达1943亿元…。累计固定资产投资7059亿元)", () => {
    const x = extractText("guilin-2016.txt", [
      "桂林市政府工作报告",
      "——2016年2月1日在桂林市第四届人民代表大会第七次会议上",
      "市长 周家斌",
      "各位代表：",
      "一、2015年和“十二五”工作回顾",
      "经济保持平稳增长。初步预计，地区生产总值增长8.0%，固定资产投资增长19.5%。",
      "（一）经济综合实力迈上新台阶。去年我市地区生产总值达1943亿元，是2010年的1.76倍，年均增长10.4%。累计固定资产投资7059亿元，年均增长23.3%。",
      "二、2016年的主要目标与重点工作",
      "我市经济社会发展主要预期目标是：地区生产总值增长8%-8.5%。",
    ].join("\n"));
    expect(quoting(x, "7059亿元").map((f) => [f.metric, f.year, f.period])).toEqual([
      ["fixed_investment", 2015, [2011, 2015]],
      ["fixed_investment_growth", 2015, [2011, 2015]],
    ]);
    expect(one(x, "去年我市地区生产总值达1943亿元", "1943亿元").period).toBeNull();
  });
});

describe("a potential rate of growth given as a reason for the term's targets (Guilin 2016)", () => {
  it("我市地区生产总值潜在增长率为8.5%左右 is no GDP growth target; 年均增长分别达到8%、10.4%以上 is", () => {
    const x = fixture(["地区生产总值增长8%。"], [
      "其中最关键的就是经济增速要高于全国、全区平均水平，确保到2020年实现地区生产总值和居民人均可支配收入比2010年翻一番的目标，年均增长分别达到8%、10.4%以上。",
      "二是实现上述目标，我市有条件、有基础。根据测算，“十三五”期间，我市地区生产总值潜在增长率为8.5%左右。从供给支撑条件看，农业增加值年均增长3%，工业增加值年均增长9%。",
    ]);
    expect(one(x, "潜在增长率为8.5%左右", "8.5%").metric).toBeNull();
    expect(one(x, "年均增长分别达到8%、10.4%以上", "8%").metric).toBe("gdp_growth");
  });
});

describe("a sector named alone before its fall (Baoshan 2025)", () => {
  it("第二产业下降0.1% is the secondary sector's value added growth, as 第一产业增长2.7% and 第三产业增长4.4% are theirs", () => {
    const x = fixture(["全市地区生产总值增长2.6%，其中:第一产业增长2.7%、第二产业下降0.1%、第三产业增长4.4%。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "第二产业下降0.1%", "0.1%")).toMatchObject({ metric: "secondary_value_added_growth", value: 0.1, direction: "down", kind: "result" });
    expect(one(x, "第三产业增长4.4%", "4.4%").metric).toBe("services_value_added_growth");
  });
});

describe("the output of some industries of the sector (Guilin 2016)", () => {
  it("四大优势产业完成规模以上工业产值1185亿元 and 战略性新兴产业完成规模以上工业产值562亿元 are no industrial output of the place", () => {
    const x = fixture([
      "“十二五”末，电子信息、医药及生物制品、先进装备制造、生态食品等四大优势产业完成规模以上工业产值1185亿元，占规模以上工业总产值的50.3%；新能源、新材料等战略性新兴产业完成规模以上工业产值562亿元，占规模以上工业总产值的23.9%，工业结构进一步优化。2015年，全部工业总产值达2469.9亿元。",
    ], ["地区生产总值增长8%。", "加快推动新能源汽车产业发展，力争四大优势产业规模工业产值达到1300亿元。"]);
    expect(one(x, "四大优势产业完成规模以上工业产值", "1185亿元").metric).toBeNull();
    expect(one(x, "战略性新兴产业完成规模以上工业产值", "562亿元").metric).toBeNull();
    expect(one(x, "力争四大优势产业规模工业产值达到1300亿元", "1300亿元").metric).toBeNull();
    expect(one(x, "全部工业总产值达2469.9亿元", "2469.9亿元").metric).toBe("industry_output");
  });
});

describe("a count of renovation projects (Guilin 2016)", () => {
  it("组织实施19个棚户区改造项目 counts projects, no shantytown homes; 城市棚户区改造项目开工7989套 counts homes", () => {
    const x = fixture([
      "以福隆园、塔山、福利路片区改造为重点，组织实施19个棚户区改造项目；综合改造城中村89个。",
      "城市棚户区改造项目开工7989套，开工完成率102.8%。",
    ], ["地区生产总值增长8%。"]);
    expect(one(x, "组织实施19个棚户区改造项目", "19个").metric).toBeNull();
    expect(one(x, "城市棚户区改造项目开工7989套", "7989套").metric).toBe("shantytown_renovation");
  });
});

describe("a comparison set as a clause of its own before a change", () => {
  it("is the base year of the change, no year's growth (Henan 2006: 与2000年相比，经济总量增长70%以上)", () => {
    const x = fixture([
      "国民经济连续五年实现了较高的增长速度和较高的增长质量，生产总值年均增长11.4%，高出全国2个百分点。与2000年相比，经济总量增长70%以上，地方财政一般预算收入和支出均实现翻番。",
    ], ["生产总值增长10%。"]);
    expect(quoting(x, "70%").map((f) => [f.metric, f.base_year, f.value])).toEqual([[null, 2000, 70]]);
    expect(one(x, "生产总值年均增长11.4%", "11.4%").metric).toBe("gdp_growth");
  });
});

describe("the years since a thing began, counted in a clause of their own", () => {
  it("are the span of the average after them, not five years (Henan 2006: 国家实施宏观调控政策以来的三年，我省生产总值年均增长12.8%)", () => {
    const x = fixture([
      "加强对煤炭、电力、运力以及紧缺资源的调节和调度，努力缓解瓶颈制约。国家实施宏观调控政策以来的三年，我省生产总值年均增长12.8%，高出全国3个百分点，保持了持续快速发展的良好态势。",
    ], ["生产总值增长10%。"]);
    expect(quoting(x, "12.8%").map((f) => [f.metric, f.year, f.period])).toEqual([["gdp_growth", 2019, [2017, 2019]]]);
  });
});


describe("a count of years before 分别 after levels given one by one (Jiangsu 2008, Jiangxi 2006)", () => {
  it("gives each level its own change over the years: 城镇居民人均可支配收入16378元，农村居民人均纯收入6561元，五年分别增长1倍和64.2％", () => {
    const x = fixture([
      "**城乡居民收入增长较快。**大力促进创业致富，多渠道增加城乡居民工资收入、经营收入、财产性收入和其他合法收入。城镇居民人均可支配收入16378元，农村居民人均纯收入6561元，五年分别增长1倍和64.2％。",
    ], ["地区生产总值增长11%。"]);
    expect(quoting(x, "五年分别增长").map((f) => [written(x, f), f.label_zh, f.period])).toEqual([
      ["1倍", "城镇居民人均可支配收入五年增长", [2015, 2019]],
      ["64.2％", "农村居民人均纯收入五年增长", [2015, 2019]],
    ]);
  });

  it("so for the areas a sentence gave with 分别: 城乡居民人均住房面积分别达到28平方米和32平方米，五年分别增加14平方米和4.2平方米", () => {
    const x = fixture(["——人民生活水平有了新提高。城乡居民人均住房面积分别达到28平方米和32平方米，五年分别增加14平方米和4.2平方米。"], ["生产总值增长11％。"]);
    expect(quoting(x, "五年分别增加").filter((f) => f.period).map((f) => [written(x, f), f.label_zh])).toEqual([
      ["14平方米", "城镇居民人均住房面积五年增加"],
      ["4.2平方米", "农村居民人均住房面积五年增加"],
    ]);
  });
});

describe("a year with 又 after a level told from an earlier year (Jiangxi 2006)", () => {
  it("is the same indicator's level in that year: 粮食总产量从2003年的290亿斤增加到2004年的360亿斤，2005年又上升到370.8亿斤", () => {
    const x = fixture([
      "第一，把解决“三农”问题作为全省工作的重中之重，进一步巩固农业的基础地位。这些政策措施的出台，促进了农业农村经济的发展。粮食总产量从2003年的290亿斤增加到2004年的360亿斤，2005年又上升到370.8亿斤，创历史最高水平。",
    ], ["生产总值增长11％。"]);
    expect(x.figures.filter((f) => f.metric === "grain_output").map((f) => [written(x, f), f.year, f.label_zh])).toEqual([
      ["360亿斤", 2004, "粮食总产量"],
      ["370.8亿斤", 2005, "粮食总产量"],
    ]);
  });
});

describe("the end of last year alone after a clause that names the indicator without a figure (Jiangsu 2008)", () => {
  it("is that indicator's level: 城镇登记失业率连续五年下降，去年底降到3.19%", () => {
    const x = fixture([
      "**就业规模日益扩大。**多形式促进充分就业，城镇登记失业率连续五年下降，去年底降到3.19%。各级财政用于就业再就业的资金累计达到51.6亿元。",
    ], ["地区生产总值增长11%。"]);
    expect(writtenMetrics(x, "3.19%")).toEqual([["3.19%", "registered_unemployment_rate"]]);
    expect(quoting(x, "3.19%").map((f) => [f.label_zh, f.year])).toEqual([["城镇登记失业率", 2019]]);
  });

  it("so is a year alone after a clause that tells how it went as a deed done (Jilin 2003: 农民人均纯收入实现了恢复性增长，2002年达到2360元)", () => {
    const x = fixture(["克服农业连续严重受灾和农产品价格下降的不利影响，农民人均纯收入实现了恢复性增长，2002年达到2360元，比1997年增长8%。"], ["国内生产总值增长9%。"]);
    expect(one(x, "2002年达到2360元", "2360元")).toMatchObject({ label_zh: "农民人均纯收入", metric: "rural_net_income" });
  });
});

describe("a level passed said with 跨上 (Anhui 2004)", () => {
  it("is a milestone before the level reached, no word of the indicator: 财政收入跨上400亿元台阶，达412亿元，增长18.9％", () => {
    const x = fixture([
      "国民经济保持较快增长 。预计全年实现国内生产总值3970亿元，比上年增长9.2％；财政收入跨上400亿元台阶，达412亿元，增长18.9％。",
    ], ["国内生产总值增长9.5％以上。"]);
    expect(quoting(x, "跨上").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["412亿元", "财政收入"],
      ["18.9％", "财政收入增长"],
    ]);
  });
});

describe("a year after 实现 opening a clause of the plan (Anhui 2004)", () => {
  it("is the year of the goal: …，实现2007年人均国内生产总值达到1000美元以上的目标", () => {
    const x = fixture(["地区生产总值增长9.2％。"], [
      "在去年已经起步的基础上，全面实施“861”行动计划，即推进八大产业基地和六大基础工程建设，实现2022年人均国内生产总值达到1000美元以上的目标。全年的主要预期目标是：国内生产总值增长9.5％以上，财政收入同步增长。",
    ]);
    expect(quoting(x, "1000美元").map((f) => [written(x, f), f.kind, f.year, f.label_zh])).toEqual([["1000美元", "target", 2022, "人均国内生产总值"]]);
    expect(writtenMetrics(x, "9.5％").map(([w, m]) => [w, m, quoting(x, "9.5％")[0]!.year])).toEqual([["9.5％", "gdp_growth", 2020]]);
  });
});

describe("the next government's five years (Shanxi 2003)", () => {
  it("下届政府的五年 frames the term ahead: 城镇化率达到40%左右 is a target of its last year, not a result of the year reviewed", () => {
    const x = extractText("ceshi-2003.txt", [
      "2003年测试省政府工作报告",
      "（2003年1月10日 张三）",
      "各位代表：",
      "一、关于过去五年的政府工作",
      "城乡居民收入稳步增长。城镇居民人均可支配收入年均增长9.6%，农民人均纯收入增长4.3%。",
      "二、关于下届政府工作的建议",
      "综观全局，从山西实际出发，按照全面建设小康社会的奋斗目标，下届政府的五年，要力争实现国内生产总值比2000年翻一番；财政民入比2002年翻一番；城镇居民收入在全国的位次前移3至5位，农民收入相应提高；城镇化率达到40%左右；大气污染物总量下降30%，水质污染程度好转40%，13个被列入全国严重污染的城市，争取有8个退出，植被覆盖率达到20%；产业结构明显优化。",
      "今年是全面贯彻党的十六大精神的第一年。综合考虑诸多因素，今年全省经济社会发展的主要调控目标为：国内生产总值增长9%，财政总收入增长11%。",
    ].join("\n"));
    const f = one(x, "城镇化率达到40%左右", "40%");
    expect([f.metric, f.kind, f.year, f.period]).toEqual(["urbanization_rate", "target", 2007, [2003, 2007]]);
    expect(x.figures.filter((g) => g.metric === "gdp_growth").map((g) => [g.kind, g.year, g.value])).toEqual([["target", 2003, 9]]);
  });
});

describe("a region of the province opening a sentence (Hunan 2006)", () => {
  it("keeps the figures of its later clause with no subject its own: 湘西地区开发战略初见成效，…，去年完成生产总值690亿元，增长10.8% is no GDP of the province", () => {
    const x = fixture([
      "（一）经济总量显著增加，质量和效益上了新水平。经济持续快速增长，2005年生产总值达到6500亿元（预计数，下同），五年年均增长10.2%。",
      "（六）充分发挥地区优势和特色，区域发展形成新格局。湘西地区开发战略初见成效，经济增长提速，自主发展能力得到增强，去年完成生产总值690亿元，增长10.8%，连续两年实现两位数增长。",
    ], ["生产总值增长10%。"]);
    expect(one(x, "去年完成生产总值690亿元", "690亿元").metric).toBeNull();
    expect(one(x, "增长10.8%", "10.8%").metric).toBeNull();
    expect(one(x, "2005年生产总值达到6500亿元", "6500亿元").metric).toBe("gdp");
  });
});

describe("a bare five years after the verb of an aim (Hunan 2006)", () => {
  it("spans the five years from the plan year: 力争五年实际利用外资达到130亿美元 is a target of 2020–2024, not of the plan year alone", () => {
    const x = fixture([], [
      "积极有效利用外资，进一步激活外源性动力。抓住新一轮全球生产要素优化重组和产业转移的重大机遇，从广度和深度上吸引国际资本及各类生产要素进入湖南，力争五年实际利用外资达到130亿美元。",
      "生产总值增长10%。",
    ]);
    const f = one(x, "力争五年实际利用外资达到130亿美元", "130亿美元");
    expect([f.metric, f.kind, f.year, f.period]).toEqual(["fdi_actual", "target", 2024, [2020, 2024]]);
  });
});

describe("a sentence whose subject is other places the report names bare (Liaoning 2003)", () => {
  it("gives their figures, not the place's: 沈阳、大连要瞄准沿海发达省、市，加快发展步伐，国内生产总值年均递增12%以上", () => {
    const x = fixture([
      "公民道德建设成效明显，涌现出大连市、鞍山市、锦州市、沈阳市的沈河区、和平区等全国创建文明城市工作先进典型，开原市等15个全国创建文明村镇工作先进典型。",
    ], [
      "主要预期指标是：国内生产总值年均增长9%，2007年总量达到8400亿元，人均超过2300美元。",
      "增强沈阳、大连的辐射力，构筑沈大黄金经济带。沈阳、大连要瞄准沿海发达省、市，加快发展步伐，国内生产总值年均递增12%以上。沈阳要提升优化整体产业结构，建成全国装备制造业基地和“汽车城”。",
      "今年是新一届政府施政的第一年，主要预期目标是：国内生产总值增长9%，力争突破6000亿元。",
    ]);
    expect(writtenMetrics(x, "12%")).toEqual([["12%", null]]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [written(x, f), f.year, f.period])).toEqual([
      ["9%", 2024, [2020, 2024]],
      ["9%", 2020, null],
    ]);
  });
});

describe("a county-level city the report names as the subject of its aim (Yinchuan 2025)", () => {
  it("gives its own economy, not the city's: 灵武市力争经济总量突破千亿、在全国百强县争先进位, beside the city's own target", () => {
    const x = fixture([], [
      "主要预期目标是：全市地区生产总值增长5.5%左右；城镇调查失业率控制在5.5%左右。",
      "用好经济综合发展指数评价，推动建设一批经济强县、强区、强镇、强村、强企。灵武市力争经济总量突破千亿、在全国百强县争先进位，兴庆区争取迈入全国百强区，贺兰县提升西部百强县竞争力。",
    ]);
    expect(writtenMetrics(x, "灵武市")).toEqual([["千亿", null]]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" || f.metric === "gdp").map((f) => [f.metric, f.value, f.year])).toEqual([["gdp_growth", 5.5, 2020]]);
  });

  it("but not the report's own place, nor the whole of it: 全市力争地区生产总值突破千亿", () => {
    const x = fixture([], ["全市力争地区生产总值突破千亿元。"]);
    expect(writtenMetrics(x, "全市")).toEqual([["千亿元", "gdp"]]);
  });
});

describe("the foreign capital of one sector summed over years (Liaoning 2003)", () => {
  it("is that sector's part, not the place's: 全省工业累计实际利用外资78亿美元 beside 五年实际直接利用外资138.4亿美元", () => {
    const x = fixture([
      "——工业经济快速增长，效益显著提高。865户国有大中型企业进行了公司制改造。全省实施企业破产291家，涉及核呆额114亿元，盘活资产67亿元。五年减员105余万人。全省工业累计实际利用外资78亿美元；累计完成技改投资1500亿元，比前五年增长39.8%。",
      "——对外开放步入新阶段。五年实际直接利用外资138.4亿美元。",
    ], ["国内生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.metric === "fdi_actual").map((f) => [written(x, f), f.label_zh])).toEqual([["138.4亿美元", "五年实际直接利用外资"]]);
  });
});

describe("the revenue of a lower tier of governments (Shandong 2007)", () => {
  it("is that tier's part, not the place's: 全年县级地方财政收入增幅达到27.6%，比全省平均水平高1.3个百分点", () => {
    const x = fixture([
      "——财政总收入4110.2亿元，其中地方财政收入1355.3亿元，分别增长22.7%和26.3%。",
      "（五）加快发展县域经济，推动区域经济协调发展。加强对县域经济发展的政策扶持，培植特色产业和发展优势，县域经济发展势头强劲。全年县级地方财政收入增幅达到27.6%，比全省平均水平高1.3个百分点。",
    ], ["生产总值增长10%，地方财政收入增长16%。"]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue_growth").map((f) => [written(x, f), f.kind])).toEqual([
      ["26.3%", "result"],
      ["16%", "target"],
    ]);
  });
});

describe("a basis alone before the level reached (Liaoning 2003)", () => {
  it("names the subject whose change comes before it: 地方财政一般预算收入增长9%，按新口径达到420亿元", () => {
    const x = fixture(["国内生产总值同比增长10.2%。"], [
      "今年是新一届政府施政的第一年，主要预期目标是：国内生产总值增长9%，力争突破6000亿元。实际直接利用外资增长12%，力争达到45亿美元；社会消费品零售总额增长10%，力争突破2500亿元；地方财政一般预算收入增长9%，按新口径达到420亿元；城镇居民人均可支配收入增长8%，超7000元。",
    ]);
    expect(quoting(x, "420亿元").map((f) => [written(x, f), f.metric, f.label_zh])).toEqual([["420亿元", "budget_revenue", "地方财政一般预算收入"]]);
  });
});

describe("the whole of an autonomous prefecture named before the verb of a figure got done", () => {
  it("labels the figure with 全州 and without 实现, as 全市实现 is (Enshi 2014: 全州实现生产总值552.5亿元，增长9.9%)", () => {
    const x = fixture([
      "全州实现生产总值552.5亿元，增长9.9%；实现规模以上工业增加值136亿元，增长10.2%。全州金融机构人民币存款余额突破800亿元，达到808.7亿元，增长18.8%。",
    ], ["地区生产总值增长10%。"]);
    const of = (metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => [f.label_zh, f.value]);
    expect(of("gdp")).toEqual([["全州生产总值", 552.5]]);
    expect(of("gdp_growth").filter(([, v]) => v === 9.9)).toEqual([["全州生产总值增长", 9.9]]);
    expect(of("industrial_value_added")).toEqual([["规模以上工业增加值", 136]]);
    expect(of("deposits_balance")).toEqual([["全州金融机构人民币存款余额", 808.7]]);
  });
});

describe("last year before the subject (Hunan 2006: 去年粮食播种面积7823万亩)", () => {
  it("is the figure's time, no word of its label", () => {
    const x = fixture(["去年粮食播种面积7823万亩，去年进出口总额增长20%。全省生产总值增长10%，去年达到6500亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "去年粮食播种面积7823万亩", "7823万亩")).toMatchObject({ label_zh: "粮食播种面积", year: 2019 });
    expect(one(x, "去年进出口总额增长20%", "20%")).toMatchObject({ label_zh: "进出口总额增长", metric: "foreign_trade_growth" });
    // A time alone after a figure keeps the subject before it.
    expect(one(x, "去年达到6500亿元", "6500亿元")).toMatchObject({ label_zh: "全省生产总值", metric: "gdp" });
  });
});

describe("the growth of a part after the level of the whole (Jiuquan 2020)", () => {
  it("gives the part's growth no indicator: 新引进招商项目280个，到位资金355.3亿元，其中省外到位资金增长39%", () => {
    const x = fixture([
      "持续开展领导外出招商和小分队驻点招商，举办北京签约会、承办绿公司年会、参加兰洽会等活动，新引进招商项目280个，到位资金355.3亿元，其中省外到位资金增长39%，增速居全省第一。",
    ], ["生产总值增长7%。"]);
    const of = (metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => [f.label_zh, f.value]);
    expect(of("investment_attracted").map(([, v]) => v)).toEqual([355.3]);
    expect(of("investment_attracted_growth")).toEqual([]);
    expect(quoting(x, "39%").map((f) => [f.metric, f.value])).toEqual([[null, 39]]);
  });
});

describe("the plan year named as the coming term's start after the term's aims (Xiangtan 2016)", () => {
  const text = [
    "湘潭市政府工作报告",
    "——2016年1月12日在湘潭市第十四届人民代表大会第四次会议上",
    "湘潭市人民政府市长 胡伟林",
    "各位代表:",
    "一、“十二五”和2015年工作回顾",
    "全年地区生产总值同比增长9.6%，规模工业增加值增长8.2%，固定资产投资增长20.1%。",
    "二、“十三五”和2016年工作的目标、任务和重点",
    "“十三五”时期是我国全面建成小康社会的决胜阶段。我们必须审时度势，提振信心，实现更高水平的发展。",
    "主要预期目标:地区生产总值年均增长9%以上，三次产业结构调整为5:55:40；财政总收入年均增长9%左右；固定资产投资年均增长15%以上。",
    "实现“十三五”蓝图，2016年开局十分关键。主要预期目标:地区生产总值增长9%;固定资产投资增长18%;规模工业增加值增长8.5%以上；财政总收入增长9%左右。重点抓好以下工作:",
    "（一）大力推进转型升级，在调结构中稳增长",
    "继续办好十件民生实事:新增城镇就业5万人，扶持返乡农民工创业基地10个。",
  ].join("\n");

  it("times the targets after 实现“十三五”蓝图，2016年开局十分关键 as the plan year's, the term's yearly averages as the term's", () => {
    const { figures } = extractText("xiangtan-2016.txt", text);
    const at = (metric: string) => figures.filter((f) => f.metric === metric && f.kind === "target").map((f) => [f.value, f.year, f.period]);
    expect(at("gdp_growth")).toEqual([[9, 2020, [2016, 2020]], [9, 2016, null]]);
    expect(at("fixed_investment_growth")).toEqual([[15, 2020, [2016, 2020]], [18, 2016, null]]);
    expect(at("urban_jobs_new")).toEqual([[5, 2016, null]]);
  });
});

describe("levels written in Chinese numerals (the State Council 1991: 全年国民生产总值一万七千四百亿元，比上年增长5%)", () => {
  it("reads the level and gives the change after it the indicator's name", () => {
    const x = nationFixture(
      ["全年国民生产总值一万七千四百亿元，比上年增长5%；国民收入一万四千三百亿元，增长4.8%。", "全国粮食总产量达到四千三百五十亿公斤，比上年增加二百七十五亿公斤，创历史最高水平。"],
      ["国民生产总值增长4.5%。", "计划安排，全社会固定资产投资总规模五千亿元。"],
    );
    expect(typed(one(x, "国民生产总值一万七千四百亿元", "一万七千四百亿元"))).toMatchObject({ kind: "result", year: 2019, metric: "gdp", value: 17400, unit: "亿元" });
    expect(typed(one(x, "比上年增长5%", "5%"))).toMatchObject({ kind: "result", year: 2019, metric: "gdp_growth", value: 5 });
    expect(typed(one(x, "全国粮食总产量", "四千三百五十亿公斤"))).toMatchObject({ kind: "result", metric: "grain_output", value: 4350, unit: "亿公斤" });
    expect(typed(one(x, "全社会固定资产投资总规模", "五千亿元"))).toMatchObject({ kind: "target", year: 2020, metric: "fixed_investment", value: 5000, unit: "亿元" });
    expect(x.doc.meta.level).toBe("nation");
  });
});

describe("a breakthrough made, 突破 as a noun, passes no milestone (Beijing 1998)", () => {
  it("leaves the share after it to the sector that made it: 第三产业实现新的突破，占国内生产总值的比重达到53.8%", () => {
    const x = fixture([
      "国民经济持续快速增长，人民生活水平明显提高。1997年，全市国内生产总值1807.5亿元，按可比价格与1992年相比，年均递增11.3%。农业的基础地位得到加强，农副产品产量稳定增长。第三产业实现新的突破，占国内生产总值的比重达到53.8%。",
    ], ["地区生产总值增长6%。"]);
    expect(writtenMetrics(x, "53.8%")).toEqual([["53.8%", "services_share"]]);
    expect(x.figures.find((f) => f.value === 53.8)?.label_zh).toBe("第三产业占国内生产总值的比重");
  });
});

describe("a leap made, 跨越 as a noun after 实现, names no part of its indicator (Qinghai 2016)", () => {
  it("leaves the multiple and the change after it to the indicator before the verb: 生产总值实现第二个千亿跨越，是“十一五”末的1.67倍，年均增长10.8%", () => {
    const x = fixture([
      "综合经济实力跃上新台阶。全省主要发展指标实现大幅增长。生产总值实现第二个千亿跨越，是“十一五”末的1.67倍，年均增长10.8%；人均生产总值超过6600美元，与全国相对差距缩小4.7个百分点。",
    ], ["地区生产总值增长6%。"]);
    expect(x.figures.find((f) => f.value === 1.67)?.label_zh).toBe("生产总值是“十一五”末");
    expect(x.figures.find((f) => f.value === 10.8)).toMatchObject({ label_zh: "生产总值年均增长", metric: "gdp_growth" });
  });
});

describe("a modal of what the year can reach, before the verb or after the indicator (Lanzhou 2012, given in November: 全社会固定资产投资可达950亿元)", () => {
  const x = fixture(
    [
      "预计今年生产总值将达到1360亿元，是2006年的2.13倍。全社会固定资产投资可达950亿元，是3.19倍。社会消费品零售总额可达638亿元，是2.2倍。",
      "全年引进到位资金可达405亿元。100项市列重大项目进展顺利，可完成投资330亿元。用于民生事业的支出可达114亿元。",
    ],
    ["生产总值增长15%以上。"],
  );

  it("is no word of the label", () => {
    expect(one(x, "生产总值将达到1360亿元", "1360亿元")).toMatchObject({ label_zh: "生产总值", metric: "gdp" });
    expect(one(x, "全社会固定资产投资可达950亿元", "950亿元")).toMatchObject({ label_zh: "全社会固定资产投资", metric: "fixed_investment" });
    expect(one(x, "社会消费品零售总额可达638亿元", "638亿元")).toMatchObject({ label_zh: "社会消费品零售总额", metric: "retail_sales" });
    expect(one(x, "引进到位资金可达405亿元", "405亿元")).toMatchObject({ label_zh: "引进到位资金", metric: "investment_attracted" });
    expect(one(x, "可完成投资330亿元", "330亿元").label_zh).toBe("投资");
    expect(one(x, "用于民生事业的支出可达114亿元", "114亿元").label_zh).toBe("用于民生事业的支出");
  });

  it("but a word that ends or opens on the same character keeps it (行政许可, 可支配收入, 可再生能源)", () => {
    const y = fixture(["办理行政许可3.2万件。城镇居民人均可支配收入达到15890元。可再生能源装机达到120万千瓦。"], ["生产总值增长15%。"]);
    expect(one(y, "办理行政许可3.2万件", "3.2万件").label_zh).toBe("办理行政许可");
    expect(one(y, "城镇居民人均可支配收入达到15890元", "15890元").label_zh).toBe("城镇居民人均可支配收入");
    expect(one(y, "可再生能源装机达到120万千瓦", "120万千瓦").label_zh).toBe("可再生能源装机");
  });
});

describe("an adverb of a bound held throughout a term (Urumqi 2017: 累计新增城镇就业48.43万人，城镇登记失业率始终控制在3.7%以内)", () => {
  it("is no word of the label", () => {
    const x = fixture(["五年来，累计新增城镇就业48.43万人，城镇登记失业率始终控制在3.7%以内。粮食产量一直稳定在30万吨以上。"], ["地区生产总值增长7.5%。"]);
    expect(one(x, "城镇登记失业率始终控制在3.7%以内", "3.7%")).toMatchObject({ label_zh: "城镇登记失业率", metric: "registered_unemployment_rate", qualifier: "at_most" });
    expect(one(x, "粮食产量一直稳定在30万吨以上", "30万吨").label_zh).toBe("粮食产量");
  });
});

describe("a rate held at a level, 保持 alone before it (Qianxinan 2020: 森林覆盖率保持60%以上; Guyuan 2024: 水质达标率持续保持100%)", () => {
  it("is the level held: neither the verb nor an adverb of holding it is a word of the label", () => {
    const x = fixture(["水质达标率持续保持100%。县级及以上饮用水水源地达标率稳定保持100%。"], ["森林覆盖率保持60%以上。"]);
    expect(one(x, "森林覆盖率保持60%以上", "60%")).toMatchObject({ kind: "target", label_zh: "森林覆盖率", metric: "forest_coverage", qualifier: "at_least" });
    expect(one(x, "水质达标率持续保持100%", "100%").label_zh).toBe("水质达标率");
    expect(one(x, "县级及以上饮用水水源地达标率稳定保持100%", "100%").label_zh).toBe("县级及以上饮用水水源地达标率");
  });
});

describe("a price index kept within a cap by regulation (Beijing 2006: 居民消费价格指数调控在102%以内)", () => {
  it("is the CPI target as the index on the previous year, no rise of 102%", () => {
    const x = fixture(
      ["全年地区生产总值增长10%。"],
      ["全市经济社会发展主要预期指标是：地区生产总值增长9%，地方财政收入增长12%，城市居民人均可支配收入和农民人均纯收入分别实际增长6%以上，居民消费价格指数调控在102%以内。"],
    );
    expect(typed(one(x, "居民消费价格指数调控在102%以内", "102%"))).toMatchObject({ kind: "target", metric: "cpi_growth", value: 102, unit: "（上年=100）", qualifier: "at_most" });
    expect(one(x, "居民消费价格指数调控在102%以内", "102%").label_zh).toBe("居民消费价格指数");
  });
});

describe("lengths each written before the line they measure, in a list (Shanghai 2008)", () => {
  it("labels each with the noun after it: 建成500公里左右的轨道交通运营线路、400公里公交专用道和100个公交枢纽", () => {
    const x = fixture(
      ["全年地区生产总值增长10%。"],
      ["加大政府对公共交通的投入力度，建成500公里左右的轨道交通运营线路、400公里公交专用道和100个公交枢纽，轨道交通客运量占公共交通客运量的比重达到40%以上。"],
    );
    expect(one(x, "建成500公里左右的轨道交通运营线路", "500公里").label_zh).toBe("轨道交通运营线路");
    expect(one(x, "400公里公交专用道", "400公里").label_zh).toBe("公交专用道");
    expect(one(x, "100个公交枢纽", "100个").label_zh).toBe("公交枢纽");
    // A length after its noun in a list keeps the noun before it.
    const y = fixture(["全年地区生产总值增长10%。"], ["新建城市道路120公里、农村公路800公里。"]);
    expect(y.figures.filter((f) => f.unit === "公里").map((f) => f.label_zh)).toEqual(["新建城市道路", "农村公路"]);
  });
});

describe("levels after the real yearly growths of the same incomes (Beijing 2006)", () => {
  it("are the incomes of the year named, no average: …年均实际增长9.9%，2005年分别达到17650元和7850元", () => {
    const x = fixture(
      ["城市居民人均可支配收入年均实际增长10.4%，农民人均纯收入年均实际增长9.9%，2019年分别达到17650元和7850元。"],
      ["地区生产总值增长9%。"],
    );
    const of = (v: number) => x.figures.filter((f) => f.value === v).map((f) => [f.label_zh, f.metric, f.year, f.period]);
    expect(of(17650)).toEqual([["城市居民人均可支配收入", "urban_income", 2019, null]]);
    expect(of(7850)).toEqual([["农民人均纯收入", "rural_net_income", 2019, null]]);
  });
});

describe("已经 before the verb of passing a level (Beijing 2006: 2005年全市常住人口已经超过1530万)", () => {
  it("is no word of the label, which then counts people", () => {
    const x = fixture(["初步预计，2019年全市常住人口已经超过1530万，五年增加166万。"], ["地区生产总值增长9%。"]);
    expect(typed(one(x, "常住人口已经超过1530万", "1530万"))).toMatchObject({ label_zh: "常住人口", unit: "万人", min: 1530 });
  });
});

describe("a park raised to a zone in the clause before the figure (Dongguan 2012)", () => {
  it("松山湖升级为国家级高新区，工业总产值、税收年均分别增长40%和65% is the park's growth, none of the city's", () => {
    const x = fixture([
      "松山湖升级为国家级高新区，工业总产值、税收年均分别增长40%和65%，台湾高科技园开园并引进了一批大型项目。",
      "全市工业总产值增长12%。",
    ], ["地区生产总值增长8%。"]);
    expect(writtenMetrics(x, "工业总产值")).toEqual([
      ["40%", null],
      ["65%", null],
      ["12%", "industry_output_growth"],
    ]);
  });
});

describe("the rural residents' net income named with no 人均 (Dongguan 2012)", () => {
  it("城市居民可支配收入和农村居民纯收入均增长56% gives the rural net income's growth as the urban income's", () => {
    const x = fixture(["五年来，市财政共投入688亿元用于民生发展，城市居民可支配收入和农村居民纯收入均增长56%。"], ["地区生产总值增长8%。"]);
    expect(writtenMetrics(x, "均增长56%")).toEqual([
      ["56%", "urban_income_growth"],
      ["56%", "rural_net_income_growth"],
    ]);
    // Not a total of the countryside's net income (`农民纯收入总额`), which is no income per head.
    const y = fixture(["全市农民纯收入总额120亿元，增长8%。"], ["地区生产总值增长8%。"]);
    expect(writtenMetrics(y, "农民纯收入总额").map(([, m]) => m)).toEqual([null, null]);
  });
});

describe("a web copy's punctuation mangled by its typesetting font (Foshan 2005)", () => {
  it("增长6.6%?鸦城市居民人均可支配收入16045元: ?鸦 is a semicolon, no word of the next label", () => {
    const x = fixture(["全市农村居民人均纯收入7048元，增长6.6%?鸦城市居民人均可支配收入16045元，增长8.2%；城乡居民储蓄存款余额2028.81亿元。"], ["地区生产总值增长12%。"]);
    expect(writtenMetrics(x, "城市居民人均可支配收入16045元")).toEqual([
      ["16045元", "urban_income"],
      ["8.2%", "urban_income_growth"],
    ]);
    expect(one(x, "16045元", "16045元")).toMatchObject({ label_zh: "城市居民人均可支配收入" });
    // ?熏 is a comma: 增长6.6%?熏 … is two clauses too.
    const y = fixture(["全市生产总值1653.70亿元?熏增长16.3%。"], ["地区生产总值增长12%。"]);
    expect(writtenMetrics(y, "增长16.3%")).toEqual([["16.3%", "gdp_growth"]]);
    expect(asciiDigits("增长6.6%?鸦城市")).toHaveLength("增长6.6%?鸦城市".length);
  });
});

describe("a rate set above another time's between an indicator's growth and its level", () => {
  it("leaves the indicator to the level after it (Chongqing 2006: 地区生产总值年均增长11%，高于“九五”1.7个百分点，2005年达到3100亿元)", () => {
    const x = fixture([
      "（一）综合经济实力显著增强。初步统计，“十五”期间全市地区生产总值年均增长11%，高于“九五”1.7个百分点，2005年达到3100亿元，其中工业增加值达到1050亿元，均比2000年接近翻一番。",
    ], ["地区生产总值增长10%。"]);
    expect(writtenMetrics(x, "3100亿元")).toEqual([["3100亿元", "gdp"]]);
    expect(one(x, "2005年达到3100亿元", "3100亿元").label_zh).toMatch(/地区生产总值$/);
    expect(writtenMetrics(x, "1050亿元")).toEqual([["1050亿元", "industry_value_added"]]);
  });
});

describe("a level raised to, written short with 提至 or 升至", () => {
  it("is the level reached, labelled without the verb, the old value no record (Dongguan 2026: 堤防达标率从52%提至85%, 服务业增加值占GDP比重提至45%)", () => {
    const x = fixture(
      ["安全形势持续向好。堤防达标率从52%提至85%，成功防御住强台风、强降雨等自然灾害。建立健全“三项机制”。12345热线接通率从39.4%升至95%，解决率从85%提至92%，工单办理时长从12.6天减至4.5天。"],
      ["地区生产总值增长5%。", "丰富养老托育、物业家政等业态，引导生活性服务业向多样化、精细化、品质化发展，实现服务业增加值占GDP比重提至45%。"],
    );
    const of = (v: number) => x.figures.filter((f) => f.value === v && f.unit === "%").map((f) => [f.kind, f.label_zh, f.direction, f.metric]);
    expect(of(85)).toEqual([["result", "堤防达标率", "up", null]]);
    expect(of(52)).toEqual([]);
    expect(of(92)).toEqual([["result", "解决率", "up", null]]);
    expect(of(45)).toEqual([["target", "服务业增加值占GDP比重", "up", "services_share"]]);
  });
});

describe("a level passed as a new step (新台阶)", () => {
  it("is the level reached, at least, its label without the milestone passed before it (Dongguan 2026: 地区生产总值接连迈上万亿元新起点、跨越1.2万亿元新台阶)", () => {
    const x = fixture(["高质量发展迈出坚实步伐。经济实力稳步增强。地区生产总值接连迈上万亿元新起点、跨越1.2万亿元新台阶。规上工业总产值超2.6万亿元，跃居全省第2。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => [f.kind, f.value, f.unit, f.qualifier, f.label_zh])).toEqual([["result", 1.2, "万亿元", "at_least", "地区生产总值"]]);
  });
});

describe("two things passing one level together (双双突破, said short 双破)", () => {
  it("gives each item the level, at least, a round amount in words too (Urumqi 2026: 工业增加值、社会消费品零售总额双破千亿元)", () => {
    for (const s of [
      "地区生产总值年均增长4.6%；工业增加值、社会消费品零售总额双破千亿元；居民人均可支配收入增速连续跑赢地区生产总值增速。",
      "工业增加值、社会消费品零售总额双双突破千亿元。",
    ]) {
      const x = fixture([s], ["地区生产总值增长5%。"]);
      expect(x.figures.filter((f) => f.unit === "亿元").map((f) => [f.metric, f.value, f.qualifier, f.label_zh])).toEqual([
        ["industry_value_added", 1000, "at_least", "工业增加值"],
        ["retail_sales", 1000, "at_least", "社会消费品零售总额"],
      ]);
    }
  });
});

describe("a clause that states no figure right after a semicolon (Liaoning 2003: …，高于“九五”9.3个百分点；农民人均纯收入在多年徘徊之后，也实现了年均增长8.1%)", () => {
  it("names the subject of the figure after it, not the subject before the semicolon", () => {
    const x = fixture(["地方财政一般预算收入年均增长19.2%，高于“九五”9.3个百分点；农民人均纯收入在多年徘徊之后，也实现了年均增长8.1%。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.value === 8.1).map((f) => [f.metric, f.label_zh, f.quote])).toEqual([
      ["rural_net_income_growth", "农民人均纯收入年均增长", "农民人均纯收入在多年徘徊之后，也实现了年均增长8.1%"],
    ]);
    expect(one(x, "地方财政一般预算收入年均增长19.2%", "19.2%").metric).toBe("budget_revenue_growth");
  });
});

describe("a total reached after an amount added in a list (Beijing 2023: 新增运营里程近200公里、总里程达到797公里)", () => {
  it("takes no verb of adding from the item before it", () => {
    const x = fixture(["累计开通16条段地铁新线、新增运营里程近200公里、总里程达到797公里。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.unit === "公里").map((f) => f.label_zh)).toEqual(["新增运营里程", "总里程"]);
  });
});

describe("the increment of an aggregate (Yunnan 2006: 财政收支增量双双突破100亿元)", () => {
  it("is no level of the aggregate", () => {
    const x = fixture(["财政收支增量双双突破100亿元。财政支出增长10%。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.unit === "亿元").map((f) => [f.label_zh, f.metric])).toEqual([
      ["财政收入增量", null],
      ["财政支出增量", null],
    ]);
    expect(one(x, "财政支出增长10%", "10%").metric).toBe("budget_spending_growth");
  });
});

describe("a round amount in words after 超 (Harbin 2003: 城市居民人均可支配收入超万元)", () => {
  it("is that amount, at least, ten thousand alone before its yuan too; not a class of firms nor of households", () => {
    const x = fixture(["城市居民人均可支配收入超万元。工业总产值超千亿元。赶超百亿元企业3家。人均超万元户200户。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.kind === "result" && /元/.test(f.unit ?? "")).map((f) => [f.metric, f.value, f.unit, f.qualifier])).toEqual([
      ["urban_income", 1, "万元", "at_least"],
      ["industry_output", 1000, "亿元", "at_least"],
    ]);
  });
});

describe("a round amount in words after 近 (Urumqi 2026: 外贸进出口总额近千亿元)", () => {
  it("is that amount, about", () => {
    // Nor is a class of project sizes (Guyuan 2025: 以2个近百亿、6个十亿级、88个亿级项目建设为牵引).
    const x = fixture(["外贸进出口总额近千亿元，地区生产总值接近万亿元。最近百万元的投入不算。以2个近百亿、6个十亿级项目建设为牵引。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.kind === "result" && /亿/.test(f.unit ?? "")).map((f) => [f.metric, f.value, f.unit, f.qualifier])).toEqual([
      ["foreign_trade", 1000, "亿元", "approx"],
      ["gdp", 1, "万亿元", "approx"],
    ]);
  });
});

describe("a contribution to a larger whole's growth after a pace", () => {
  it("is no pace's, nor the GDP growth (Lanzhou 2026: 全市经济增速由2022年的0.8%预计提升至2025年的5.5%，对全省经济增长的贡献率由5.2%提升至28%)", () => {
    const x = fixture(["全市经济增速由2018年的0.8%预计提升至2019年的5.5%，对全省经济增长的贡献率由5.2%提升至28%，经济首位度保持在30%左右。"], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.value === 28).map((f) => [f.metric, f.label_zh])).toEqual([[null, "对全省经济增长的贡献率"]]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "result").map((f) => [f.year, f.value])).toEqual([[2019, 5.5]]);
  });
});

describe("a software park named as the subject of a list of three items (Dalian 2001: 大连软件园年内引进软件企业50家、完成软件收入7亿元、出口创汇3000万美元)", () => {
  it("is the subject of each later item that names no place: no exports of the city", () => {
    const x = fixture(
      ["全市进出口总额首次突破100亿美元大关，其中自营出口52.1亿美元。"],
      [
        "继续大力发展软件产业，大连软件园年内引进软件企业50家、完成软件收入7亿元、出口创汇3000万美元，采取官助民办形式，启动2平方公里的大连软件园教育基地建设。",
        "全年出口创汇58亿美元。",
      ],
    );
    expect(one(x, "出口创汇3000万美元", "3000万美元").metric).toBeNull();
    expect(one(x, "全年出口创汇58亿美元", "58亿美元").metric).toBe("exports_usd");
  });

  it("and so is a zone of any kind two items before, an item naming the place still its own", () => {
    const x = fixture(["地区生产总值增长7.2%。"], ["力争开发区工业投资增长20％、营业收入增长18％、规上工业增加值增长15％、全市固定资产投资增长9.5％。"]);
    expect(one(x, "规上工业增加值增长15％", "15％").metric).toBeNull();
    expect(one(x, "全市固定资产投资增长9.5％", "9.5％").metric).toBe("fixed_investment_growth");
  });
});

describe("a total run up during an earlier plan's years (Shenzhen 2001: “九五”期间实际利用外资总额达135.7亿美元)", () => {
  const x = extractText(
    "ceshi-2001.txt",
    [
      "2001年测试市政府工作报告",
      "2001年3月27日在测试市第三届人民代表大会第二次会议上",
      "市长 张三",
      "各位代表：",
      "一、“九五”时期简要回顾和2000年经济社会发展基本情况",
      "率先初步建立起社会主义市场经济体制，形成了多层次、宽领域的对外开放格局。经济外向度不断提高，出口总额连续八年居我国内地大中城市首位，“九五”期间实际利用外资总额达135.7亿美元，深港经济合作加强。",
      "2000年是“九五”时期的最后一年，也是本届政府工作的第一年，我们全面落实市第三次党代会的部署，完成了市三届人大一次会议确定的各项任务。",
      "（一）大力推进各项改革，进一步提高对外开放水平。",
      "积极发展开放型经济。利用外资规模创历史新高，实际利用外资29.68亿美元，增长7.8％。",
      "二、2001年的主要工作",
      "今年我市经济发展的预期目标是：国内生产总值1880亿元，增长12％。",
    ].join("\n"),
  );

  it("is the sum over those years, no level of the last", () => {
    expect(typed(one(x, "实际利用外资总额达135.7亿美元", "135.7亿美元"))).toMatchObject({ kind: "result", year: 2000, period: [1996, 2000] });
    expect(typed(one(x, "实际利用外资29.68亿美元", "29.68亿美元"))).toMatchObject({ year: 2000, period: null, metric: "fdi_actual" });
  });
});

describe("the general budget's revenue of the locality, its words in the other order (Shenzhen 2001: 一般地方预算财政收入226亿元)", () => {
  it("is the budget revenue, its level and its growth", () => {
    const x = fixture(
      ["地方预算内财政收入221.9亿元，按可比口径计算增长16.5％。"],
      ["今年我市经济发展的预期目标是：国内生产总值1880亿元，增长12％；一般地方预算财政收入226亿元，剔除不可比因素，增长12％。"],
    );
    expect(writtenMetrics(x, "一般地方预算财政收入")).toEqual([
      ["226亿元", "budget_revenue"],
      ["12％", "budget_revenue_growth"],
    ]);
  });
});

describe("the towns' residents named with the city proper and the survey's scope (Jinan 2004)", () => {
  it("城市市区居民（非农业）人均可支配收入达到11013元，增长9.1% gives the urban income and its growth", () => {
    const x = fixture(
      ["城乡居民收入稳定增长。城市市区居民（非农业）人均可支配收入达到11013元，增长9.1%；农民人均纯收入3619.3元，增长7.9%。"],
      ["城市市区居民（非农业）人均可支配收入增长8%，农民人均纯收入增长5%。"],
    );
    expect(writtenMetrics(x, "11013元")).toEqual([
      ["11013元", "urban_income"],
      ["9.1%", "urban_income_growth"],
    ]);
    expect(writtenMetrics(x, "增长8%")).toEqual([["8%", "urban_income_growth"]]);
    // Their spending is no income.
    const y = fixture(["城市市区居民（非农业）人均消费性支出8395元，同比增长7.4%。"], ["地区生产总值增长8%。"]);
    expect(writtenMetrics(y, "8395元").map(([, m]) => m)).toEqual([null, null]);
    // The city proper's residents named alone are a part of the place: no income of all its residents.
    const z = fixture(["市区居民人均可支配收入12000元，增长8%。"], ["地区生产总值增长8%。"]);
    expect(writtenMetrics(z, "12000元").map(([, m]) => m)).toEqual([null, null]);
  });
});

describe("a level at one time and the level reached after it, joined by 到 alone (Zhengzhou 2011)", () => {
  it("全部工业增加值由不足800亿元到2000亿元, 各项存款余额由3000亿元到8000亿元, 外商直接投资由3.4亿美元到19亿美元 give the levels reached, no ranges", () => {
    const x = fixture([
      "——过去的五年，是全市经济社会不断实现新跨越、综合实力显著增强的五年。财政一般预算收入是“十五”末的2.8倍，全部工业增加值由不足800亿元到2000亿元，金融机构各项存款余额由3000亿元到8000亿元。",
      "——过去的五年，是各项改革深入推进、对外开放取得重大成果的五年。累计引进外资项目577个，实际利用外商直接投资由3.4亿美元到19亿美元。",
    ], ["地区生产总值增长13%。"]);
    const levels = x.figures.filter((f) => /由/.test(f.quote)).map((f) => [f.metric, f.value, f.min, f.max]);
    expect(levels).toEqual([
      ["industry_value_added", 2000, null, null],
      ["deposits_balance", 8000, null, null],
      ["fdi_actual", 19, null, null],
    ]);
    // A range still reads as one (`增长8%到9%`).
    const y = fixture(["全市生产总值增长12%。"], ["地区生产总值增长8%到9%。"]);
    expect(writtenMetrics(y, "8%到9%")).toEqual([["8%到9%", "gdp_growth"]]);
  });
});

describe("a budget's revenue and spending named in one word before a 分别 list (收支)", () => {
  it("gives the revenue, then the spending, each its own running total (Guangxi 2026: 一般公共预算收支累计分别突破9千亿元、3万亿元)", () => {
    const x = fixture([
      "过去五年，我们牢记嘱托，推动各项事业取得新的长足发展。经济实力实现新跨越，地区生产总值年均增长4.8%，2019年总量比2014年增加超7400亿元，经济结构持续优化。一般公共预算收支累计分别突破9千亿元、3万亿元。",
    ], ["地区生产总值增长5%左右。"]);
    expect(quoting(x, "收支累计").map((f) => [written(x, f), f.label_zh, f.metric, f.qualifier, f.period])).toEqual([
      ["9千亿元", "一般公共预算收入", "budget_revenue", "at_least", [2015, 2019]],
      ["3万亿元", "一般公共预算支出", "budget_spending", "at_least", [2015, 2019]],
    ]);
  });
});

describe("a list whose first item is counted before its noun and the next after it (新增1个…集群、新入规加工企业20家以上)", () => {
  it("labels the next item by its own noun, not the first's noun before it (Inner Mongolia 2026)", () => {
    const x = fixture(["地区生产总值增长4.7%。"], [
      "大力发展玉米生物制造、固态乳制品、精品牛羊肉、动物疫苗、益生菌、小品种氨基酸等高附加值产业，新增1个国家级优势特色产业集群、新入规加工企业20家以上。",
      "争创1家国家级旅游度假区、培育1家国家4A级旅游景区。",
      "建成上海、杭州等5个离岸孵化器和俄罗斯、乌克兰2个飞地育成平台。",
    ]);
    expect(quoting(x, "新入规加工企业").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["1个", "新增国家级优势特色产业集群"],
      ["20家", "新入规加工企业"],
    ]);
    expect(quoting(x, "4A级").map((f) => f.label_zh).at(-1)).toBe("国家4A级旅游景区");
    // A noun that runs on into a list of its own keeps the next item's words as they were.
    expect(quoting(x, "飞地育成平台").map((f) => f.label_zh).at(-1)).toBe("飞地育成平台");
  });
});

describe("a sentence about a city cluster within the place (天山北坡城市群空气质量明显改善，空气质量优良天数比例达90%…)", () => {
  const x = fixture([
    "天山北坡城市群空气质量明显改善，空气质量优良天数比例达90%、提高3.4个百分点，PM10、PM2.5分别下降19.4%、14.9%，连续三年在国家污染防治攻坚战成效考核中取得优秀等次。",
  ], [
    "进一步完善天山北坡城市群大气环境污染联防联控机制，“乌—昌—石”“奎—独—乌”区域重污染天数比例分别控制在5%和2%以内，全区优良天数比例达到75.5%以上。",
  ]);

  it("gives figures of that cluster, none of the place's indicators, while the whole region's target keeps its own (Xinjiang 2025)", () => {
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [written(x, f), f.metric])).toEqual([
      ["90%", null],
      ["3.4个百分点", null],
      ["19.4%", null],
      ["14.9%", null],
    ]);
    expect(one(x, "全区优良天数比例达到75.5%以上", "75.5%").metric).toBe("good_air_days_ratio");
  });
});

describe("a city cluster named as the object of the work a sentence opens with", () => {
  it("leaves the sentence the place's: 编制完成关中城市群核心区总体规划…，实施棚户区改造30.3万套 (Shaanxi 2017)", () => {
    const x = fixture([
      "编制完成关中城市群核心区总体规划、沿黄城镇带建设规划，实施棚户区改造30.3万套，保障性安居工程竣工56.7万套、入住57.9万套。",
    ], ["地区生产总值增长6%。"]);
    expect(one(x, "实施棚户区改造30.3万套", "30.3万套").metric).toBe("shantytown_renovation");
  });
});

describe("quoted names set side by side before the measure a 分别 list shares (“保交楼”“保交房”交付率分别达100%和88.2%)", () => {
  it("gives each name that measure (Xinjiang 2025)", () => {
    const x = fixture(["出台房地产市场平稳健康发展政策措施，“保交楼”“保交房”交付率分别达100%和88.2%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "交付率").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["100%", "“保交楼”交付率"],
      ["88.2%", "“保交房”交付率"],
    ]);
    expect(listItems("“保交楼”“保交房”交付率", 2)).toEqual(["“保交楼”交付率", "“保交房”交付率"]);
  });
});

describe("a number a copy garbled into the template of a substitution (`１$1.$2％`)", () => {
  it("gives no figure, and a 分别 list gives the one read only to its first item (Harbin 2003)", () => {
    const x = fixture([
      "国民经济在调整中持续快速健康发展。国内生产总值２００２年预计达到１２３２亿元，年均增长１$1.$2％，是历史上增长最快的时期之一。大力推进结构调整，三次产业结构由２$1.$2：３$1.$2：４$1.$2调整为１$1.$2：３$1.$2：４$1.$2。",
    ], [
      "全市经济和社会发展主要预期目标是：国内生产总值增长１$1.$2％，其中一、二、三产业分别增长６％、１$1.$2％、１$1.$2％。地方财政一般预算收入增长９％。城镇登记失业率控制在$1.$2％以内，人口自然增长率控制在$1.$2‰以内。",
    ]);
    expect(x.figures.map((f) => [f.metric, f.value])).toEqual([
      ["gdp", 1232],
      ["agriculture_value_added_growth", 6],
      ["budget_revenue_growth", 9],
    ]);
  });
});

describe("a part whose heading tells the previous congress's tasks done, the verb first", () => {
  it("is a review of the term: its figures are results (Harbin 2003: 一、圆满完成上届人代会确定的各项任务)", () => {
    const x = extractText("ceshi-2003.txt", [
      "政府工作报告",
      "2002年12月28日在测试市十二届人大一次会议上",
      "市长　张三",
      "各位代表：",
      "一、圆满完成上届人代会确定的各项任务",
      "１９９８年以来，我们解放思想，奋发进取，圆满完成了市十一届人大一次会议确定的５年工作任务。",
      "国民经济在调整中持续快速健康发展。国内生产总值２００２年预计达到１２３２亿元。全市财政一般预算收入突破百亿元。冰雪和生态旅游推动了全市旅游业的大发展，旅游业总收入年均增长２２％。",
      "二、２００３年的主要任务",
      "全市经济和社会发展主要预期目标是：国内生产总值增长１１％。",
    ].join("\n"));
    expect(x.figures.map((f) => [f.kind, f.year, f.metric, f.value])).toEqual([
      ["result", 2002, "gdp", 1232],
      ["result", 2002, "budget_revenue", 100],
      ["result", 2002, "tourism_revenue_growth", 22],
      ["target", 2003, "gdp_growth", 11],
    ]);
  });
  it("while a pledge to finish them is no review (确保圆满完成上届…)", () => {
    expect(partSignal("一、圆满完成上届人代会确定的各项任务", 2003)).toBe("review");
    expect(partSignal("确保圆满完成上届人代会确定的各项任务", 2003)).not.toBe("review");
  });
});

describe("a Latin I a scan read for the digit 1 at the head of a percentage", () => {
  it("增长I4.8％ is a growth of 14.8%, its quote as written; a name of Latin letters (ISO14000) stays (Xiamen 2000)", () => {
    const x = fixture([
      "初步测算，全年全市国内生产总值比上年增长I4.8％，财政总收入增长16.89%。",
      "全面推行ISO14000环境质量认证体系。",
    ], ["今年我市主要经济预期目标是：国内生产总值增长14%，地方级财政收入增长15.5%。"]);
    expect(writtenMetrics(x, "I4.8％")).toEqual([["I4.8％", "gdp_growth"]]);
    expect(x.figures.find((f) => f.metric === "gdp_growth" && f.kind === "result")?.value).toBe(14.8);
    expect(asciiDigits("全面推行ISO14000环境质量认证体系")).toBe("全面推行ISO14000环境质量认证体系");
  });
});

describe("the last years of a plan named as the time of an average (“十五”后３年)", () => {
  it("spans those years, not the outlook's five (Harbin 2003: 力争“十五”后３年年均增长１２％)", () => {
    const x = extractText("ceshi-2003.txt", [
      "政府工作报告",
      "2002年12月28日在测试市十二届人大一次会议上",
      "市长　张三",
      "各位代表：",
      "一、2002年工作回顾",
      "国内生产总值２００２年预计达到１２３２亿元。",
      "二、今后５年全面建设小康社会的战略目标和任务",
      "——经济发展再上新台阶。在今后几年可预见的经济持续高增长期，力争“十五”后３年年均增长１２％。城市污水处理率达到７０％。",
      "三、２００３年的主要任务",
      "全市经济和社会发展主要预期目标是：国内生产总值增长１１％。",
    ].join("\n"));
    const of = (v: number) => x.figures.filter((f) => f.value === v).map((f) => [f.kind, f.year, f.period]);
    expect(of(12)).toEqual([["target", 2005, [2003, 2005]]]);
    expect(of(70)).toEqual([["target", 2007, [2003, 2007]]]);
  });
});


describe("a bare total income right after the tourists from home and abroad received (Rikaze 2020)", () => {
  const x = fixture([
    "服务业加快发展。珠峰特色旅游业快速增长，全年接待国内外游客899.37万人次，实现总收入67.36亿元，分别增长29%、22%。",
  ], ["地区生产总值增速保持在9%左右。"]);

  it("is the tourism revenue and its growth: 全年接待国内外游客899.37万人次，实现总收入67.36亿元", () => {
    expect(x.figures.filter((f) => /^touris/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["tourist_arrivals", "接待国内外游客", 899.37],
      ["tourism_revenue", "旅游总收入", 67.36],
      ["tourist_arrivals_growth", "接待国内外游客增长", 29],
      ["tourism_revenue_growth", "旅游总收入增长", 22],
    ]);
  });
});

describe("a list of two revenues done with no 分别 before the verb (Zhangye 2014)", () => {
  const x = fixture(["大口径财政收入和公共财政预算收入完成40.1亿元、16.7亿元，分别增长32.93%和32.06%。"], ["生产总值增长11.5%以上。"]);

  it("labels the last item without the verb: 大口径财政收入和公共财政预算收入完成40.1亿元、16.7亿元 gives 公共财政预算收入", () => {
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["fiscal_revenue_total", "大口径财政收入", 40.1],
      ["budget_revenue", "公共财政预算收入", 16.7],
      ["fiscal_revenue_total_growth", "大口径财政收入增长", 32.93],
      ["budget_revenue_growth", "公共财政预算收入增长", 32.06],
    ]);
  });
});

describe("tiers of settlements of different lengths before the measure they share (Rikaze 2020)", () => {
  it("gives each tier the measure: 乡镇和建制村通畅率分别达到96.6%、84% gives 乡镇通畅率, not 乡镇村通畅率", () => {
    const x = fixture(["全年实施各类公路建设项目613个，公路通车里程达到1.81万公里，乡镇和建制村通畅率分别达到96.6%、84%。"], ["地区生产总值增速保持在9%左右。"]);
    expect(x.figures.filter((f) => f.unit === "%" && f.kind === "result").map((f) => [f.label_zh, f.value])).toEqual([
      ["乡镇通畅率", 96.6],
      ["建制村通畅率", 84],
    ]);
  });

  it("and to a tier qualified before it: 力争具备条件的乡镇、建制村通客车率分别达到100%、80%", () => {
    const x = fixture(["上年情况。"], ["力争具备条件的乡镇、建制村通客车率分别达到100%、80%。"]);
    expect(x.figures.filter((f) => f.unit === "%" && f.metric === null).map((f) => [f.label_zh, f.value])).toEqual([
      ["具备条件的乡镇通客车率", 100],
      ["建制村通客车率", 80],
    ]);
  });

  it("a tier's grade is no word of the measure: 乡镇和村级文化设施覆盖率 gives 乡镇文化设施覆盖率 (Hangzhou 2008)", () => {
    const x = fixture(["乡镇和村级文化设施覆盖率分别达到85.7%和57.67%。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.label_zh)).toEqual(["乡镇文化设施覆盖率", "村级文化设施覆盖率"]);
  });
});

describe("the indicator a clause names before it says how it fared, after the years looked back on (五年间)", () => {
  it("gives the yearly average after it that indicator's: 五年间全省国内生产总值连年保持两位数增长，年均递增14.5％ (Hebei 1998)", () => {
    const x = fixture(["五年间全省国内生产总值连年保持两位数增长，年均递增14.5％，超过了全国平均增长速度，高于上个五年年均增速4.2个百分点。"], ["地区生产总值增长6%。"]);
    const average = one(x, "年均递增14.5％", "14.5％");
    expect([average.metric, average.label_zh, average.period]).toEqual(["gdp_growth", "全省国内生产总值年均递增", [2015, 2019]]);
  });
});

describe("a year set apart from the indicator before it by a space (国民收入 1995年达到158亿元)", () => {
  it("is the figure's year and no word of its label (Hainan 1993)", () => {
    const x = fixture(["地区生产总值增长7%。"], ["国民收入 2022年达到158亿元，年平均增长15.5%；国内生产总值 2022年达到200亿元。"]);
    const income = one(x, "国民收入 2022年达到158亿元", "158亿元");
    expect([income.kind, income.year, income.label_zh]).toEqual(["target", 2022, "国民收入"]);
    const gdp = one(x, "国内生产总值 2022年达到200亿元", "200亿元");
    expect([gdp.kind, gdp.year, gdp.label_zh, gdp.metric]).toEqual(["target", 2022, "国内生产总值", "gdp"]);
  });
});

describe("a bare output in a sentence whose first subject is a crop's production", () => {
  it("is that crop's output: 粮食生产自1994年突破2500万吨大关后，…，1997年虽然发生罕见的严重干旱，总产仍达2746.7万吨 (Hebei 1998)", () => {
    const x = fixture(
      ["农业的基础地位不断加强，粮食生产自2014年突破2500万吨大关后，连年保持稳定增长，2018年在遭受特大洪灾的情况下总产创历史最高水平，2019年虽然发生罕见的严重干旱，总产仍达2746.7万吨。"],
      ["地区生产总值增长6%。"],
    );
    const grain = one(x, "总产仍达2746.7万吨", "2746.7万吨");
    expect([grain.kind, grain.year, grain.metric, grain.label_zh]).toEqual(["result", 2019, "grain_output", "粮食总产"]);
  });
});

describe("a copy that spaces its figures off the words before them", () => {
  it("one growth after 均 and a space is each item's (Siping 2016: 城镇和农村常住居民人均可支配收入均增长 8%)", () => {
    const x = fixture(["预计地区生产总值增长 6.6%，一般公共预算收入增长 7.7%。"], [
      "主要预期目标是：地区生产总值增长 7%，一般公共预算收入增长 7%，工业增加值增长 5.5%，社会消费品零售总额增长 9.5%，城镇和农村常住居民人均可支配收入均增长 8%，居民消费价格指数涨幅控制在 3.5%以内，调查失业率控制在 6%以内，万元 GDP能耗下降 3.2%。",
    ]);
    const incomes = x.figures.filter((f) => /income/.test(f.metric ?? "")).map((f) => [f.kind, f.metric, f.label_zh, f.value]);
    expect(incomes).toEqual([
      ["target", "urban_income_growth", "城镇常住居民人均可支配收入增长", 8],
      ["target", "rural_income_growth", "农村常住居民人均可支配收入增长", 8],
    ]);
  });
});

describe("a bare balance of deposits after a clause that names household savings", () => {
  it("is the savings' balance, no bank deposits: 城乡居民储蓄存款大幅度增加，年末存款余额达到14764亿元，增长百分之二十八 (State Council 1994)", () => {
    const x = fixture(["城乡人民生活继续改善。城乡居民储蓄存款大幅度增加，年末存款余额达到14764亿元，增长百分之二十八。全年城镇新建住宅2.7亿平方米。"], ["地区生产总值增长9%。"]);
    expect(quoting(x, "14764亿元").map((f) => [f.label_zh, f.metric])).toEqual([
      ["城乡居民储蓄存款年末余额", null],
      ["城乡居民储蓄存款年末余额增长", null],
    ]);
  });

  it("but a bare balance after a clause that names the banks' deposits stays theirs (金融机构存款稳步增加，年末存款余额…)", () => {
    const x = fixture(["金融运行平稳。金融机构存款稳步增加，年末存款余额达到2000亿元，增长12%。"], ["地区生产总值增长9%。"]);
    expect(quoting(x, "2000亿元").map((f) => f.metric)).toEqual(["deposits_balance", "deposits_balance_growth"]);
  });
});

describe("an income per head written 按人口平均的 (an older report's words for 人均)", () => {
  it("is that income per head: 农民按人口平均的纯收入达到309.8元，比上年增长14.7% gives the rural net income and its growth (State Council 1984)", () => {
    const x = fixture(["城乡人民生活水平进一步提高。一九八三年，职工家庭按人口平均的生活费收入达到526元，比上年增长6.4%；农民按人口平均的纯收入达到309.8元，比上年增长14.7%。"], ["地区生产总值增长9%。"]);
    expect(writtenMetrics(x, "309.8元")).toEqual([["309.8元", "rural_net_income"], ["14.7%", "rural_net_income_growth"]]);
    expect(writtenMetrics(x, "526元")).toEqual([["526元", null], ["6.4%", null]]);
  });
});

describe("an indicator named alone in the clause before its old value, set off by commas", () => {
  it("is the subject of the new value: 目前国营建筑企业固定职工的比例，已由五十年代的50%左右，上升到80%以上 (State Council 1984); 全市森林覆盖率，已由2015年的50%，提高到60% gives the forest coverage", () => {
    const x = fixture(["目前国营建筑企业固定职工的比例，已由五十年代的50%左右，上升到80%以上，管理机构和后方基地庞大。全市森林覆盖率，已由2015年的50%，提高到60%。"], ["地区生产总值增长9%。"]);
    expect(quoting(x, "80%以上").map((f) => [f.label_zh, f.metric])).toEqual([["国营建筑企业固定职工的比例", null]]);
    expect(quoting(x, "60%").map((f) => [f.label_zh, f.metric, f.value])).toEqual([["森林覆盖率", "forest_coverage", 60]]);
  });
});

describe("an amount invested before the kind of investment it is (Zhejiang 2014: 完成5000亿元企业技改投资)", () => {
  const x = fixture(["完成4500亿元企业技改投资，增长12%。"], ["完成5000亿元企业技改投资。培育50亿元企业10家。地区生产总值增长8%。"]);

  it("is the amount, labelled with the kind after it, not the size class of the firms named first", () => {
    expect(one(x, "完成5000亿元企业技改投资", "5000亿元")).toMatchObject({ kind: "target", value: 5000, unit: "亿元", label_zh: "完成企业技改投资" });
    expect(one(x, "完成4500亿元企业技改投资", "4500亿元")).toMatchObject({ kind: "result", label_zh: "完成企业技改投资" });
  });

  it("leaves a firm's size before the firms counted a size class (培育50亿元企业10家)", () => {
    expect(quoting(x, "培育50亿元企业10家").map((f) => written(x, f))).toEqual(["10家"]);
  });
});

describe("a level in brackets that says what it would have been (Sanming 2021)", () => {
  const x = fixture(
    ["全市一般公共预算总收入从2018年的130.67亿元增加到170.15亿元、增长30.21%（加上减税降费和疫情影响，达到195.47亿元，同口径增长49.59%）；地方一般公共预算收入从2018年的93.68亿元增加到111.16亿元、增长18.65%（加上减税降费和疫情影响，达到126.63亿元，同口径增长35.17%）。"],
    ["地区生产总值增长8%。"],
  );

  it("is no level of the year: the revenue the sentence gave before the brackets is", () => {
    expect(x.figures.filter((f) => f.metric === "budget_revenue").map((f) => f.value)).toEqual([111.16]);
    expect(x.figures.filter((f) => f.metric === "fiscal_revenue_total").map((f) => f.value)).toEqual([170.15]);
    expect(one(x, "达到126.63亿元", "126.63亿元")).toMatchObject({ kind: "result", metric: null });
  });
});

describe("a district's whole in the report of a city", () => {
  it("全区 in a city's report is a district or zone of it, never the city: 带动全区完成固定资产投资200亿元以上 under the new district gives no investment of the city (Kaifeng 2014)", () => {
    const x = fixture(["全市固定资产投资完成941.7亿元。"], [
      "2014年全市经济社会发展的主要预期目标是：生产总值增长11%左右；全社会固定资产投资增长22%左右。",
      "（三）加快推进郑汴融合，打好开封新区五年成规模攻坚战。加快项目建设，培育新区发展新亮点。加快“八园一湖一中心”等137个重点项目建设，再筛选50个以上重大项目集中开工，带动全区完成固定资产投资200亿元以上。",
    ]);
    expect(writtenMetrics(x, "200亿元")).toEqual([["200亿元", null]]);
    expect(writtenMetrics(x, "22%")).toEqual([["22%", "fixed_investment_growth"]]);
    expect(writtenMetrics(x, "941.7亿元")).toEqual([["941.7亿元", "fixed_investment"]]);
  });
});

describe("funds from outside the city named the country's own", () => {
  it("到位市外国内资金790亿元、增长30.2% is the investment attracted and its growth, beside the foreign capital actually used (Jining 2014)", () => {
    const x = fixture(["持续开展境内外系列招商活动，加强与世界500强、大型央企和知名民企对接合作，到位市外国内资金790亿元、增长30.2%，实际利用外资8.1亿美元、增长5.2%，新引进美国惠普等3家世界500强企业。"], ["地区生产总值增长10%左右。"]);
    expect(writtenMetrics(x, "到位市外国内资金")).toEqual([["790亿元", "investment_attracted"], ["30.2%", "investment_attracted_growth"]]);
    expect(writtenMetrics(x, "实际利用外资8.1亿美元")).toEqual([["8.1亿美元", "fdi_actual"], ["5.2%", "fdi_actual_growth"]]);
  });
});

describe("the changes of earlier years after 由, turned by 转为 or 减为 into the year's", () => {
  it("are baselines, the rates after the verb the year's: 单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%；…化学需氧量、二氧化硫排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8% (State Council 2007)", () => {
    const x = fixture([
      "一年来，各地区各部门做了大量工作，取得了积极进展。2019年，单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%；主要污染物排放总量增幅减缓，化学需氧量、二氧化硫排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%。",
    ], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.label_zh, f.metric, f.value, f.direction, f.year])).toEqual([
      ["单位国内生产总值能耗下降", "energy_intensity_change", 1.2, "down", 2019],
      ["化学需氧量排放量增长", "cod_emissions_change", 1.2, "up", 2019],
      ["二氧化硫排放量增长", "so2_emissions_change", 1.8, "up", 2019],
    ]);
    const text = "单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%";
    for (const old of ["4.9", "5.5", "0.2"]) expect(exclusionAt(excludedSpans(text), text.indexOf(old), text.indexOf(old) + 3)).toBe("baseline");
    // Not a change after 比: `比上年增长5.6%，达到…` is the year's.
    expect(exclusionAt(excludedSpans("化学需氧量排放量比上年增长5.6%，达到1428万吨"), 9, 12)).toBeNull();
  });
});

describe("a yearly average opening the economy's growth", () => {
  it("is GDP growth: “十五”期间年均经济增长速度预期目标为7%左右 is the plan's target of GDP growth over 2001–2005 (State Council 2001)", () => {
    const x = extractText("ceshi-2001.txt", [
      "2001年测试市政府工作报告",
      "2001年3月5日在测试市第一届人民代表大会第四次会议上",
      "市长 张三",
      "各位代表：",
      "一、“九五”时期国民经济和社会发展的回顾",
      "国民经济持续快速健康发展。国内生产总值2000年达89404亿元，平均每年增长8.3%。",
      "二、“十五”期间的奋斗目标和指导方针",
      "“十五”计划《纲要》，体现了以下重要指导方针。坚持把发展作为主题。综合考虑各方面因素，“十五”期间年均经济增长速度预期目标为7%左右。这个速度虽然比“九五”实际达到的速度低一点，但仍然是一个较高的速度。",
    ].join("\n"));
    expect(typed(one(x, "“十五”期间年均经济增长速度预期目标为7%左右", "7%"))).toMatchObject({ kind: "target", metric: "gdp_growth", value: 7, period: [2001, 2005], qualifier: "approx" });
  });

  it("but a yearly average is no whole label's name: 年均出口 stays no exports", () => {
    const x = fixture(["年均出口1000亿美元。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "1000亿美元").map((f) => f.metric)).not.toContain("exports_usd");
  });
});

describe("one figure after 都 and a modal, for every item named before it", () => {
  it("is each one's: 二氧化硫、化学需氧量排放量都要减少2% gives the cut of both pollutants (State Council 2014)", () => {
    const x = fixture(["国内生产总值增长7%。"], ["加大节能减排力度，控制能源消费总量，今年能源消耗强度要降低3.9%以上，二氧化硫、化学需氧量排放量都要减少2%。", "地区生产总值增长6%。"]);
    expect(quoting(x, "都要减少2%").map((f) => [f.label_zh, f.metric, f.value, f.direction])).toEqual([
      ["二氧化硫排放量减少", "so2_emissions_change", 2, "down"],
      ["化学需氧量排放量减少", "cod_emissions_change", 2, "down"],
    ]);
  });
});

describe("a bare gross enrolment rate right after a level of schooling's students", () => {
  it("is that level's rate: 高等教育在学人数2500万人，毛入学率提高到22% gives the higher education gross enrolment rate (State Council 2007)", () => {
    const x = fixture(["中等职业学校招生规模扩大到741万人，在校学生总数1809万人。高等教育在学人数2500万人，毛入学率提高到22%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "22%").map((f) => [f.label_zh, f.metric, f.value])).toEqual([["高等教育毛入学率", "higher_education_enrolment_rate", 22]]);
  });

  it("but after kindergartens counted it names no level: 全省共有幼儿园300所，毛入学率达到85% stays bare", () => {
    const x = fixture(["全省共有幼儿园300所，毛入学率达到85%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "85%").map((f) => f.metric)).toEqual([null]);
  });
});

describe("the year a pledge was made, before its maker and 提出", () => {
  it("is no time of the figures that tell how it was kept: 2004年我们提出用三年时间基本解决…，这项工作基本完成，各地已偿还拖欠工程款1834亿元 are of the year reviewed (State Council 2007)", () => {
    const x = fixture(["2017年我们提出用三年时间基本解决建设领域历史上拖欠工程款和农民工工资的问题，这项工作基本完成，各地已偿还拖欠工程款1834亿元，占历史拖欠的98.6%，其中清付农民工工资330亿元。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.year])).toEqual([[1834, 2019], [98.6, 2019], [330, 2019]]);
  });
});

describe("a plan whose first year the plan year is", () => {
  it("places the figures after it in that year: 2001年是进入新世纪、实施“十五”计划的第一年。…继续发行1500亿元长期建设国债 is a target of 2001, not of 2001–2005 (State Council 2001)", () => {
    const x = extractText("ceshi-2001.txt", [
      "2001年测试市政府工作报告", "2001年3月5日在测试市第一届人民代表大会第四次会议上", "市长 张三", "各位代表：",
      "一、“九五”时期国民经济和社会发展的回顾", "国内生产总值2000年达89404亿元。",
      "二、“十五”期间的奋斗目标和指导方针", "“十五”期间年均经济增长速度预期目标为7%左右。",
      "三、加强精神文明建设",
      "2001年是进入新世纪、实施“十五”计划的第一年。要坚持扩大国内需求的方针。继续发行1500亿元长期建设国债，集中用于在建项目和西部开发项目。",
    ].join("\n"));
    expect(typed(one(x, "继续发行1500亿元长期建设国债", "1500亿元"))).toMatchObject({ kind: "target", year: 2001, period: null });
    expect(typed(one(x, "“十五”期间年均经济增长速度预期目标为7%左右", "7%"))).toMatchObject({ kind: "target", period: [2001, 2005] });
  });
});

describe("five years in a sentence that named a five-year plan's time before them", () => {
  it("are that plan's years: “十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨 (State Council 2007)", () => {
    const x = fixture(["国内生产总值增长7%。"], ["二是坚决淘汰落后生产能力。“十三五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦；五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨，今年力争分别淘汰3000万吨和3500万吨。", "地区生产总值增长6%。"]);
    expect(typed(one(x, "五年淘汰落后炼铁产能1亿吨", "1亿吨"))).toMatchObject({ kind: "target", year: 2020, period: [2016, 2020] });
    expect(typed(one(x, "今年要关停1000万千瓦", "1000万千瓦"))).toMatchObject({ kind: "target", year: 2020, period: null });
  });
});

describe("the nation's people named as Chinese", () => {
  it("is no figure: 把13亿中国人的饭碗牢牢端在自己手中 (State Council 2014)", () => {
    const x = fixture(["国内生产总值增长7%。"], ["确保谷物基本自给、口粮绝对安全，把13亿中国人的饭碗牢牢端在自己手中。", "地区生产总值增长6%。"]);
    expect(quoting(x, "13亿中国人")).toEqual([]);
    expect(exclusionAt(excludedSpans("把13亿中国人的饭碗牢牢端在自己手中"), 1, 3)).toBe("population");
  });
});

describe("a percent sign a copy doubled (Wuhan 2007)", () => {
  it("reads 由25%%提高到85% as the level reached, 9%%以上 as a floor, the quote as written", () => {
    const x = fixture(
      ["新、改、扩建农村福利院72所，五保对象集中供养率由25%%提高到85%。2006年森林覆盖率达到21.88%%，比2002年提高4.6个百分点。"],
      ["今年全市经济社会发展的主要预期目标是：生产总值增长12.5%%，城镇居民人均可支配收入增长10%以上，农民人均纯收入增长9%%以上。"],
    );
    const rate = x.figures.filter((f) => f.quote.includes("五保对象集中供养率"));
    expect(rate.map((f) => [f.label_zh, f.value, f.unit])).toEqual([["五保对象集中供养率", 85, "%"]]);
    expect(one(x, "森林覆盖率达到21.88%%", "21.88%").metric).toBe("forest_coverage");
    expect(one(x, "农民人均纯收入增长9%%以上", "9%").qualifier).toBe("at_least");
    expect(one(x, "生产总值增长12.5%%", "12.5%")).toMatchObject({ metric: "gdp_growth", kind: "target", year: 2020, value: 12.5 });
  });
});

describe("a change told as the time of another (Nanjing 2021: 在民生支出增长8.3%的同时)", () => {
  it("is the change of what 在 names, not of a noun 同时", () => {
    const x = fixture(
      ["带头过紧日子，大力优化财政支出结构，压减一般性支出，在民生支出增长8.3%的同时，部门公用经费和“三公”经费压减20%。在经济增长7%的同时，能耗下降3%。"],
      ["地区生产总值增长7%。"],
    );
    expect(one(x, "在民生支出增长8.3%的同时", "8.3%")).toMatchObject({ label_zh: "民生支出增长", direction: "up" });
    expect(one(x, "在经济增长7%的同时", "7%")).toMatchObject({ label_zh: "经济增长", metric: "gdp_growth", kind: "result" });
  });
});

describe("a verb of ensuring with its aspect mark (Wuhan 2017: 确保了20万群众生命财产安全)", () => {
  it("leaves no 了 to open the label", () => {
    const x = fixture(["全市上下众志成城，打赢了邾城保卫战，确保了20万群众生命财产安全。"], ["地区生产总值增长7%。"]);
    expect(one(x, "确保了20万群众生命财产安全", "20万")).toMatchObject({ label_zh: "群众生命财产安全", unit: "万人" });
  });
});

describe("a bare investment after a count of projects (Sichuan 2022: 67个合作共建重大项目开工65个、完成投资2154亿元)", () => {
  it("is the investment in those projects, the verb that counts them no word of it", () => {
    const x = fixture(
      ["地区生产总值增长8.2%。67个合作共建重大项目开工65个、完成投资2154亿元。推进浙川东西部协作，实施帮扶项目776个、完成投资34亿元。"],
      ["地区生产总值增长6.5%左右。"],
    );
    expect(one(x, "完成投资2154亿元", "2154亿元").label_zh).toBe("合作共建重大项目投资");
    expect(one(x, "完成投资34亿元", "34亿元").label_zh).toBe("帮扶项目投资");
    // Heilongjiang 2020: the year's investment of the projects carried out.
    const y = fixture(["百大项目建设取得重大成效，全年共实施百大项目110个，完成年度投资1325.8亿元。"], ["地区生产总值增长5%左右。"]);
    expect(one(y, "完成年度投资1325.8亿元", "1325.8亿元").label_zh).toBe("百大项目年度投资");
  });

  it("no verb before the projects, and no indicator of the place's for projects of a kind (Anqing 2014)", () => {
    const x = fixture(["组织实施亿元以上重点项目583个，完成投资1577亿元。"], ["地区生产总值增长10%。今年实施150个亿元以上重点工业投资改造项目，完成投资750亿元。"]);
    expect(one(x, "完成投资1577亿元", "1577亿元").label_zh).toBe("亿元以上重点项目投资");
    expect(one(x, "完成投资750亿元", "750亿元")).toMatchObject({ label_zh: "亿元以上重点工业投资改造项目投资", metric: null });
  });

  it("but the investment of projects of more than one kind or stage is none of the last one's", () => {
    const x = fixture(["续建项目257个、新开工项目56个，完成投资570亿元以上。新开工招商项目223个、竣工144个，完成投资144.8亿元。"], ["地区生产总值增长7%。"]);
    expect(one(x, "完成投资570亿元以上", "570亿元").label_zh).toBe("投资");
    expect(one(x, "完成投资144.8亿元", "144.8亿元").label_zh).toBe("投资");
    // Shanxi 2012: projects named one by one, each sized by its investment; no project's name goes to the next one's.
    const y = fixture(["投资226亿元的潞安180万吨煤基多联产项目、投资26亿元的晋中吉利10万辆新能源汽车项目、投资170多亿元的大同协鑫多晶硅及光伏产业项目等一大批项目开工。"], ["地区生产总值增长7%。"]);
    expect(one(y, "投资170多亿元", "170多亿元").label_zh).not.toContain("晋中吉利");
  });
});

describe("a bare verb of building after another that named the things built (Liupanshui 2014: 开工城镇保障性住房7840套、建成8544套)", () => {
  const x = fixture(
    ["开工建设保障性安居工程7712套、竣工12748套。新建改扩建公办幼儿园开工31所、竣工10所。新建公厕440座、改造提升666座。"],
    ["地区生产总值增长16%。开工城镇保障性住房7840套、建成8544套。加强地下空间管理，建设雨污管网40公里、改造8公里，完善供水、供气、供热等设施。"],
  );

  it("names the same things built (建成城镇保障性住房, 改造雨污管网), 建设 after 开工 a word of the verb", () => {
    expect(one(x, "建成8544套", "8544套").label_zh).toBe("建成城镇保障性住房");
    expect(one(x, "改造8公里", "8公里").label_zh).toBe("改造雨污管网");
    expect(one(x, "竣工12748套", "12748套").label_zh).toBe("竣工保障性安居工程");
  });

  it("and so after how far the work went (Anqing 2014: 开工建设保障性住房2.7万套、基本建成1.8万套; Wuwei 2023: 累计建成)", () => {
    const y = fixture(["开工建设保障性住房2.7万套、基本建成1.8万套。新建高标准农田47万亩、累计建成226.4万亩。"], ["地区生产总值增长6%。"]);
    expect(one(y, "基本建成1.8万套", "1.8万套").label_zh).toBe("基本建成保障性住房");
    expect(one(y, "累计建成226.4万亩", "226.4万亩").label_zh).toBe("累计建成高标准农田");
  });

  it("leaves a verb alone after a clause whose things hold another verb, and a verb of improving after it", () => {
    expect(one(x, "竣工10所", "10所").label_zh).toBe("竣工");
    expect(one(x, "改造提升666座", "666座").label_zh).toBe("改造提升");
  });
});

describe("a bare verb of addition after a count reached (Qingdao 2016: 高新技术企业达到964家，新增675家)", () => {
  it("counts the things added, the level reached what there is", () => {
    const x = fixture(["市级以上重点实验室、企业技术中心、工程技术研究中心达到908家；高新技术企业达到964家，新增675家。"], ["地区生产总值增长7%。"]);
    expect(one(x, "新增675家", "675家")).toMatchObject({ label_zh: "新增高新技术企业", metric: "high_tech_enterprises_new" });
    expect(one(x, "高新技术企业达到964家", "964家").metric).toBe("high_tech_enterprises");
  });
});

describe("a bare count its sentence goes straight on to tell the additions to (Huanggang 2016: 高新技术企业138家，新认定39家)", () => {
  it("is what there is, the bare verb after it the things added or newly recognised", () => {
    const x = fixture(["高新技术企业138家，新认定39家。高新技术产业增加值占地区生产总值比重8.2%。"], ["地区生产总值增长7%。"]);
    expect(one(x, "高新技术企业138家", "138家").metric).toBe("high_tech_enterprises");
    expect(one(x, "新认定39家", "39家")).toMatchObject({ label_zh: "新认定高新技术企业", metric: "high_tech_enterprises_new" });
  });

  it("names the things added after a quoted name (“四板”挂牌企业153家（含科技板），新增93家)", () => {
    const x = fixture(["“大别山·黄冈板块”成为“新三板”全国第一个地市级板块，挂牌企业12家，新增10家；“四板”挂牌企业153家（含科技板），新增93家，在全省均仅次于武汉。"], ["地区生产总值增长7%。"]);
    expect(one(x, "新增93家", "93家").label_zh).toBe("新增“四板”挂牌企业");
  });
});

describe("an indicator named before the circumstances its figure came about in (Jilin 2016)", () => {
  it("农民人均可支配收入在国家玉米临储价格下调的情况下，仍然达到11326元，增长5.1% gives the rural income and its growth, no label 仍然", () => {
    const x = fixture([
      "——人民生活持续改善。城镇居民人均可支配收入达到24901元，增长7.2%；农民人均可支配收入在国家玉米临储价格下调的情况下，仍然达到11326元，增长5.1%。",
    ], ["地区生产总值增长6%。"]);
    const of = (metric: string) => x.figures.filter((f) => f.metric === metric).map((f) => [f.label_zh, f.value]);
    expect(of("rural_income")).toEqual([["农民人均可支配收入", 11326]]);
    expect(of("rural_income_growth")).toEqual([["农民人均可支配收入增长", 5.1]]);
    expect(x.figures.filter((f) => /仍然/.test(f.label_zh))).toEqual([]);
  });
});

describe("a change told for parts of the year and the whole year (Jilin 2016)", () => {
  it("全省地区生产总值增速呈现“前低后高”态势，一季度、上半年、前三季度和全年分别增长5.8%、6.1%、6.3%、6.5%，总量达到14274.1亿元 gives the year's GDP growth 6.5% and GDP, the parts of the year none", () => {
    const x = fixture([
      "——经济增长缓中趋稳。全省地区生产总值增速呈现“前低后高”态势，一季度、上半年、前三季度和全年分别增长5.8%、6.1%、6.3%、6.5%，总量达到14274.1亿元。规模以上工业增加值达到6054.6亿元，增长5.3%。",
    ], ["地区生产总值增长6%。"]);
    const results = x.figures.filter((f) => f.kind === "result");
    expect(results.filter((f) => f.metric === "gdp_growth").map((f) => [f.label_zh, f.value])).toEqual([["全省地区生产总值增长", 6.5]]);
    expect(results.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([14274.1]);
    expect(results.filter((f) => [5.8, 6.1, 6.3].includes(f.value as number)).map((f) => [f.label_zh, f.metric])).toEqual([
      ["一季度全省地区生产总值增长", null],
      ["上半年全省地区生产总值增长", null],
      ["前三季度全省地区生产总值增长", null],
    ]);
  });
});

describe("a figure in brackets after its subject (Heilongjiang 2014)", () => {
  it("粮食生产实现“十连增”，总产量（达1300亿斤）继续保持全国第一 gives the grain output, no label ending on the bracket", () => {
    const x = fixture(["——农业战胜严重灾害再夺丰收。粮食生产实现“十连增”，总产量（达1300亿斤）继续保持全国第一。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.unit === "亿斤").map((f) => [f.label_zh, f.metric, f.value])).toEqual([["粮食总产量", "grain_output", 1300]]);
  });
});

describe("the livelihood projects the province's government set, in a city's report (Huzhou 2024: 在承接省政府十方面30项民生实事项目的同时)", () => {
  it("gives the province's count no livelihood_projects, the city's own keeping it", () => {
    const x = fixture([], [
      "各位代表，为民造福是最大的政绩。今年，我们在承接省政府十方面30项民生实事项目的同时，通过广泛征集、深入论证、反复征求意见，梳理形成了2024年度市政府12项民生实事候选项目，提请本次大会票决。",
      "全力办好省政府10项民生实事和市政府8项民生实事。",
    ]);
    expect(one(x, "在承接省政府十方面30项民生实事项目的同时", "30项").metric).toBeNull();
    expect(one(x, "全力办好省政府10项民生实事", "10项").metric).toBeNull();
    expect(one(x, "市政府8项民生实事", "8项").metric).toBe("livelihood_projects");
  });
});

describe("the livelihood projects the province's government set, said with the verb of its setting them (Jincheng 2020)", () => {
  it("在办好省政府确定的10件民生实事的基础上 gives the province's count no livelihood_projects, the city's own keeping it", () => {
    const x = fixture([], [
      "各位代表，在办好省政府确定的10件民生实事的基础上，今年市政府还要办好10件民生实事。（1）实施农村饮水安全巩固提升工程，受益人口10万人；（2）对完成清洁取暖改造的农户进行补助。",
    ]);
    expect(one(x, "在办好省政府确定的10件民生实事的基础上", "10件").metric).toBeNull();
    expect(one(x, "今年市政府还要办好10件民生实事", "10件").metric).toBe("livelihood_projects");
  });
});

describe("a level reached after a plan carried out (Jincheng 2020: 继续实施高新技术企业五年倍增计划，今年达到68家)", () => {
  it("gives the high-tech enterprises there are, not those added", () => {
    const x = fixture([], ["激发创新动能。继续实施高新技术企业五年倍增计划，今年达到68家。支持骨干企业开展关键性技术研究。"]);
    expect(one(x, "今年达到68家", "68家").metric).toBe("high_tech_enterprises");
    const y = fixture([], ["实施高新技术企业培育计划，新增高新技术企业20家。"]);
    expect(one(y, "新增高新技术企业20家", "20家").metric).toBe("high_tech_enterprises_new");
  });
});

describe("the tasks the year's livelihood projects hold (Zhuhai 2021: 十件民生实事包含的21项具体任务全部办结)", () => {
  it("counts the tasks, no livelihood projects", () => {
    const x = fixture(["2020年政府工作报告部署的138项具体工作已经完成，十件民生实事包含的21项具体任务全部办结。"], ["地区生产总值增长7%。"]);
    expect(one(x, "十件民生实事包含的21项具体任务全部办结", "21项").metric).toBeNull();
    const y = fixture(["全年办结民生实事10件。"], ["地区生产总值增长7%。"]);
    expect(one(y, "办结民生实事10件", "10件").metric).toBe("livelihood_projects");
  });
});

describe("a new level reached said with 再上 before the figure (Huzhou 2024: 地区生产总值再上新台阶，达到4015亿元，增长5.8%)", () => {
  it("labels the level and its growth by the indicator alone", () => {
    const x = fixture(["地区生产总值再上新台阶，达到4015亿元，增长5.8%；一般公共预算收入410.5亿元，增长6%。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "达到4015亿元", "4015亿元")).toMatchObject({ label_zh: "地区生产总值", metric: "gdp" });
    expect(one(x, "增长5.8%", "5.8%")).toMatchObject({ label_zh: "地区生产总值增长", metric: "gdp_growth" });
  });
});

describe("livestock, machines and land counted by a unit of two words (Hulunbuir 2025)", () => {
  it("reads 头只, 台次 and 亩次 whole, no word of the label (牧业年度牲畜存栏1243万头只, 测试车辆2604台次, 社会化服务面积130万亩次以上)", () => {
    expect(readUnit("1243万头只", 4)).toBe("万头只");
    expect(readUnit("2604台次", 4)).toBe("台次");
    expect(readUnit("130万亩次", 3)).toBe("万亩次");
    const x = fixture(["粮食产量135.85亿斤，实现“十二连丰”。牧业年度牲畜存栏1243万头只，肉、奶产量分别达27万吨和85万吨。接待国内外耐寒测试车企278家，测试车辆2604台次，经营收入1.7亿元。"], [
      "实现农资供应1万吨、社会化服务面积130万亩次以上，辐射带动150个嘎查村。地区生产总值增长5.5%左右。",
    ]);
    expect(one(x, "牧业年度牲畜存栏", "1243万头只")).toMatchObject({ label_zh: "牧业年度牲畜存栏", unit: "万头只", value: 1243 });
    expect(one(x, "测试车辆", "2604台次")).toMatchObject({ label_zh: "测试车辆", unit: "台次", value: 2604 });
    const served = one(x, "社会化服务面积", "130万亩次");
    expect([served.label_zh, served.unit, served.value, served.qualifier, served.metric]).toEqual(["社会化服务面积", "万亩次", 130, "at_least", null]);
    expect(withUnitEn(1243, "万头只")).toBe("12.43 million head");
  });
});

describe("freight wagons counted after the trains that carried them (Gansu 2022: 发运国际货运班列498列1.71万车)", () => {
  it("reads 车 at the end of its clause as the wagons counted, no bare magnitude; 车 opening a word stays none", () => {
    expect(readUnit("1.71万车。", 4)).toBe("万车");
    expect(readUnit("10万车辆", 2)).toBe("万");
    expect(readUnit("3车道", 1)).toBe(null);
    const x = fixture(["开行中欧班列义乌-兰州-莫斯科、武威-第比利斯新线路，发运国际货运班列498列1.71万车。新建“海外仓”6个。"], ["地区生产总值增长6.5%以上。"]);
    expect(one(x, "发运国际货运班列", "1.71万车")).toMatchObject({ unit: "万车", value: 1.71 });
    expect(withUnitEn(1.71, "万车")).toBe("17,100 wagons");
  });
});

describe("a year named past the first clause of a sentence in a review of five years (Enshi 2022: 地区生产总值突破千亿元大关，2021年达到1302.36亿元)", () => {
  const x = extractText("ceshi-2022.md", [
    "---", "title: 2022年测试市政府工作报告", "---", "", "——2022年1月6日在测试市第九届人民代表大会第一次会议上", "", "市长 张三", "", "各位代表：", "",
    "一、过去五年工作回顾", "",
    "过去五年，历经艰辛，极不平凡。", "",
    "经济发展迈上新台阶。地区生产总值突破千亿元大关，2021年达到1302.36亿元。新增国家全域旅游示范区2个、5A级景区1家。新进规上工业企业251家。", "",
    "优化营商环境全面突破。“放管服”改革深入推进，获评“2020年全省优化营商环境标杆城市”。市场活力持续迸发，新增企业类市场主体6.1万户。", "",
    "二、2022年工作重点", "",
    "2022年全市经济社会发展的主要目标是：地区生产总值增长7%。", "",
  ].join("\n"));

  it("dates that clause's figure, the sentences after it going on over the five years", () => {
    expect(one(x, "2021年达到1302.36亿元", "1302.36亿元")).toMatchObject({ kind: "result", year: 2021, period: null, metric: "gdp" });
    for (const [clause, figure] of [["新增国家全域旅游示范区2个", "2个"], ["新进规上工业企业251家", "251家"], ["新增企业类市场主体6.1万户", "6.1万户"]] as const) {
      expect(one(x, clause, figure).period, clause).toEqual([2017, 2021]);
    }
  });
});

describe("the figures a sentence goes on to give of a new area after naming it with its first (Kunming 2024, Nanning 2026)", () => {
  it("滇中新区直管区地区生产总值增长15.7%，规模以上工业增加值增长66.3%: the second is the new area's too, not the city's industry", () => {
    const x = fixture([
      "全市规模以上工业增加值增长6.6%。",
      "制定出台《加快滇中新区高质量发展的实施意见》，滇中新区直管区地区生产总值增长15.7%，规模以上工业增加值增长66.3%。",
    ], ["地区生产总值增长5%左右。"]);
    expect(one(x, "直管区地区生产总值增长15.7%", "15.7%").metric).toBeNull();
    expect(one(x, "规模以上工业增加值增长66.3%", "66.3%").metric).toBeNull();
    expect(one(x, "全市规模以上工业增加值增长6.6%", "6.6%").metric).toBe("industrial_value_added_growth");
  });

  it("五象新区规上工业总产值突破500亿元，东部新城规上工业总产值突破400亿元: a new town's output, no city's output", () => {
    const x = fixture(["园区成为经济增长主战场，五象新区规上工业总产值突破500亿元，东部新城规上工业总产值突破400亿元，比2022年增长2.2倍。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "东部新城规上工业总产值突破400亿元", "400亿元").metric).toBeNull();
    const y = fixture(["东部新城规上工业总产值突破400亿元。"], ["地区生产总值增长5%左右。"]);
    expect(one(y, "东部新城规上工业总产值突破400亿元", "400亿元").metric).toBeNull();
  });

  it("still gives the place's own figures after a new area's when the clause names the whole place: 全市规模以上工业增加值", () => {
    const x = fixture(["滇中新区直管区地区生产总值增长15.7%，全市规模以上工业增加值增长6.6%。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "全市规模以上工业增加值增长6.6%", "6.6%").metric).toBe("industrial_value_added_growth");
  });
});

describe("the year just reviewed told after the term's sections, in a part reviewing both (Changsha 2022: 一、本届政府及2021年工作回顾)", () => {
  const report = (opening: string) =>
    extractText("ceshi-2020.txt", [
      "2020年测试市政府工作报告",
      "2020年1月6日在测试市第一届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、本届政府及2019年工作回顾",
      "过去五年是极不寻常的五年。全市上下坚持稳中求进、奋发作为，取得了极不平凡的成绩。",
      "（一）综合实力实现历史跨越。城镇新增就业71.42万人。",
      "（二）政府效能得到持续改善。办理人大代表建议1704件、政协提案1892件。",
      `${opening}我们融入新发展格局，推进高质量发展。`,
      "一是迎难而上稳定经济增长。全市地区生产总值增长7.5%左右，社会消费品零售总额增长15%。",
      "二、2020年工作重点",
      "地区生产总值增长7.5%以上。",
    ].join("\n"));

  it("gives the figures after 2019年是…的一年，也是本届政府的收官之年 to that year, no span over the term", () => {
    const x = report("2019年是具有里程碑意义的一年，也是本届政府的收官之年。");
    expect(one(x, "全市地区生产总值增长7.5%左右", "7.5%")).toMatchObject({ kind: "result", year: 2019, period: null, metric: "gdp_growth" });
    expect(one(x, "社会消费品零售总额增长15%", "15%")).toMatchObject({ year: 2019, period: null });
    // The term's own figures, in its sections, stay over its years.
    expect(one(x, "城镇新增就业71.42万人", "71.42万人").period).toEqual([2015, 2019]);
  });
});

describe("a target the plan's verb opens (Inner Mongolia 1998: 今年安排工业增加值增长13.5%)", () => {
  it("gives all industry's value added growth, as 计划安排国内生产总值 gives GDP", () => {
    const x = fixture(["全区工业增加值增长10%。"], [
      "全年计划安排国内生产总值1230亿元，增长10%左右。",
      "（二）打一场提高工业经济效益的攻坚战。今年安排工业增加值增长13.5%。",
    ]);
    expect(one(x, "今年安排工业增加值增长13.5%", "13.5%")).toMatchObject({ kind: "target", year: 2020, metric: "industry_value_added_growth" });
    expect(one(x, "计划安排国内生产总值1230亿元", "1230亿元")).toMatchObject({ kind: "target", metric: "gdp" });
  });
});

describe("the retail price level held within a bound (Guangzhou 1997: 零售物价总水平控制在6%以内)", () => {
  it("is the retail prices' rise, as the consumer price level is the consumer prices'", () => {
    const x = fixture(["商品零售价格指数上升4.3%。"], ["2020年国民经济社会发展的主要目标是：国内生产总值增长13%;零售物价总水平控制在6%以内；预算内财政收入增长10%。"]);
    expect(one(x, "零售物价总水平控制在6%以内", "6%")).toMatchObject({ kind: "target", metric: "retail_price_growth", max: 6 });
  });
});

describe("a count of the place's zones as the sentence's subject (Guangzhou 1997: 四个国家级开发区…完成国内生产总值120亿元)", () => {
  it("gives the zones' output no GDP, the place's own keeping it", () => {
    const x = fixture([
      "国内生产总值完成1445.84亿元，比上年增长13.1%。",
      "广州经济技术开发区、云埔工业区、广州高技术产业开发区、广州南沙经济技术开发区和广州保税区的开发建设取得明显进展。四个国家级开发区新开发土地面积8.2平方公里，完成国内生产总值120亿元，正逐步形成各具特色和优势、外向度较高的产业区域。",
    ], ["国内生产总值增长13%。"]);
    expect(one(x, "完成国内生产总值120亿元", "120亿元").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([1445.84]);
  });
});

describe("an industry of the national accounts named by two trades joined with 和 (State Council 2025: 租赁和商务服务业增加值…增长10.4%)", () => {
  it("gives the leasing and business services' growth no services value added growth", () => {
    const x = nationFixture(["国内生产总值增长5%。信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。服务业增加值增长5%。"], ["国内生产总值增长5%左右。"]);
    expect(one(x, "租赁和商务服务业增加值分别增长", "10.4%").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "services_value_added_growth").map((f) => f.value)).toEqual([5]);
  });
});

describe("a real growth of two items each told with its level and growth before (Guangzhou 1997: 扣除价格因素后，分别增长1.35%和9.7%)", () => {
  it("gives the first figure to the town's income and the second to the country's, not both to the last", () => {
    const x = fixture(["城市居民年人均生活费收入9379.12元，比上年增长9.66%;农村居民年人均纯收入5163.48元，增长15.19%;扣除价格因素后，分别增长1.35%和9.7%。"], ["国内生产总值增长13%。"]);
    expect(one(x, "扣除价格因素后，分别增长1.35%和9.7%", "1.35%")).toMatchObject({ label_zh: "城市居民年人均生活费收入增长", metric: null });
    expect(one(x, "扣除价格因素后，分别增长1.35%和9.7%", "9.7%")).toMatchObject({ label_zh: "农村居民年人均纯收入增长", metric: "rural_net_income_growth" });
  });
});

describe("the length of the rural road network (Sichuan 2006: 农村公路里程达到26万公里，新增5.5万公里)", () => {
  it("gives the network's length no rural roads built, the length added keeping it", () => {
    const x = fixture(["农村公路里程达到26万公里，新增5.5万公里，投资120亿元用于农村电网建设和改造。"], ["地区生产总值增长9%以上。"]);
    expect(one(x, "农村公路里程达到26万公里", "26万公里").metric).toBeNull();
    expect(one(x, "新增5.5万公里", "5.5万公里").metric).toBe("rural_road_length");
  });
});

describe("a change against the whole of an earlier plan period (Sichuan 2006: 出口161.9亿美元，比“九五”时期增长1.3倍)", () => {
  it("labels the change with the indicator before it and gives it no yearly growth's id", () => {
    const x = fixture(["加强区域合作交流。五年实际利用外资51.9亿美元，到位国内省外资金1816亿元，比“九五”时期分别增长13.4%和7.5倍。出口161.9亿美元，比“九五”时期增长1.3倍。"], ["地区生产总值增长9%以上。"]);
    expect(one(x, "比“九五”时期增长1.3倍", "1.3倍")).toMatchObject({ label_zh: "出口比“九五”时期增长", metric: null });
    expect(one(x, "比“九五”时期分别增长13.4%和7.5倍", "13.4%")).toMatchObject({ label_zh: "五年实际利用外资比“九五”时期增长", metric: null });
  });

  it("so with the period named bare (Hunan 2026: 地方一般公共预算收入累计超1.6万亿元、较“十三五”增长16.3%), not its end", () => {
    const x = fixture(["地方一般公共预算收入累计超1.6万亿元、较“十三五”增长16.3%。"], ["地区生产总值增长5%。"]);
    expect(one(x, "较“十三五”增长16.3%", "16.3%")).toMatchObject({ label_zh: "地方一般公共预算收入较“十三五”增长", metric: null });
    expect(matchMetric({ label: "地方一般公共预算收入较“十三五”末增长", unit: "%", change: true }, metrics)?.id).toBe("budget_revenue_growth");
  });
});

describe("a count after 及时, a word, not the connector 及 (Qinghai 2025: 及时转移涉险群众40万人次)", () => {
  it("keeps 及时 in the label", () => {
    const x = fixture(["全力应对历史罕见汛情，及时转移涉险群众40万人次，2764人避免了伤亡风险。"], ["地区生产总值增长4.5%左右。"]);
    expect(one(x, "及时转移涉险群众40万人次", "40万人次").label_zh).toBe("及时转移涉险群众");
  });
});

describe("families counted after a magnitude (Qinghai 2025: 危旧房改造惠及3万多家庭)", () => {
  it("reads 家庭 as households, no firms (家) and no label 庭", () => {
    const x = fixture(["城镇老旧小区改造、保障性租赁住房、危旧房改造惠及3万多家庭。"], ["地区生产总值增长4.5%左右。"]);
    const f = one(x, "惠及3万多家庭", "3万多");
    expect([f.unit, f.value, f.qualifier]).toEqual(["万户", 3, "at_least"]);
    expect(f.label_zh).not.toMatch(/^多|^庭/);
    expect(readUnit("惠及10万家庭", 4)).toBe("万");
    expect(readUnit("新增市场主体10万家", 8)).toBe("万家");
  });
});

describe("a plan still running named in a sentence of the review (Xinjiang 2020: “十三五”易地扶贫搬迁建设任务提前一年完成，40146户16.94万人喜迁新居)", () => {
  it("gives the figures after it the plan's years gone by, results, no target of the plan's last year", () => {
    const x = fixture([
      "着力补齐饮水安全和住房安全短板，“十三五”易地扶贫搬迁建设任务提前一年完成，40146户16.94万人喜迁新居；加快实施农村饮水安全巩固提升工程，解决了34.6万贫困人口饮水安全问题。",
    ], ["地区生产总值增长5.5%左右。"]);
    for (const figure of ["40146户", "16.94万人", "34.6万"]) {
      expect(typed(one(x, "", figure)), figure).toMatchObject({ kind: "result", year: 2019, period: [2016, 2019] });
    }
  });
});

describe("a milestone passed with its word 台阶, then the level reached (Hubei 2026: 地区生产总值迈上6万亿元台阶，达到62661亿元)", () => {
  it("gives the level the indicator, the milestone none", () => {
    const x = fixture(["经济规模稳步壮大，地区生产总值迈上6万亿元台阶，达到62661亿元。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "迈上6万亿元台阶", "6万亿元").metric).toBeNull();
    expect(one(x, "达到62661亿元", "62661亿元")).toMatchObject({ metric: "gdp", kind: "result", year: 2019 });
  });
});

describe("list items sharing a measure of several words (Xinjiang 2020, Hubei 2026)", () => {
  it("gives the first item the whole measure: 营业收入, 进出口", () => {
    expect(listItems("规模以上中型企业、小微企业营业收入", 2)).toEqual(["规模以上中型企业营业收入", "小微企业营业收入"]);
    expect(listItems("对东盟、欧盟进出口", 2)[0]).toBe("对东盟进出口");
    const x = fixture(["规模以上中型企业、小微企业营业收入分别增长14.3%和10.7%。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "", "14.3%").label_zh).toBe("规模以上中型企业营业收入增长");
  });
});

describe("a total and an average over a bare number of years the clause names (Guangxi 2024: 工业投资总量三年超万亿元、年均增长17.3%)", () => {
  it("spans those three years, not five", () => {
    const x = fixture(["工业振兴三年行动圆满收官，工业投资总量三年超万亿元、年均增长17.3%，新建项目对工业增长贡献率超50%。"], ["地区生产总值增长5%以上。"]);
    expect(typed(one(x, "", "万亿元"))).toMatchObject({ kind: "result", year: 2019, period: [2017, 2019] });
    expect(typed(one(x, "", "17.3%"))).toMatchObject({ kind: "result", year: 2019, period: [2017, 2019] });
  });
});

describe("classes named by their ordinals before the words they share (Guangxi 2024: 全区一、二、三类地区月最低工资标准分别上调9.9%、16.5%和18.2%)", () => {
  it("labels each class with those words, not 全区一 and 二", () => {
    expect(listItems("全区一、二、三类地区月最低工资标准", 3)).toEqual(["全区一类地区月最低工资标准", "全区二类地区月最低工资标准", "全区三类地区月最低工资标准"]);
    expect(listItems("一、二级公路", 2)).toEqual(["一级公路", "二级公路"]);
    const x = fixture(["全区一、二、三类地区月最低工资标准分别上调9.9%、16.5%和18.2%。"], ["地区生产总值增长5%以上。"]);
    expect(one(x, "", "16.5%").label_zh).toBe("全区二类地区月最低工资标准上调");
  });
});

describe("schools counted each time they are built or extended (Guangxi 2024: 新建、改扩建中小学和幼儿园7536所次)", () => {
  it("reads 所次 as one unit, no label 次", () => {
    expect(readUnit("幼儿园7536所次", 7)).toBe("所次");
    const x = fixture(["新建、改扩建中小学和幼儿园7536所次，新增学位15.45万个。"], ["地区生产总值增长5%以上。"]);
    expect(one(x, "", "7536所次").label_zh).toBe("新建、改扩建中小学和幼儿园");
  });
});

describe("a band of distances and a road's width name what a figure is about (Guangxi 2024)", () => {
  it("边境0—20公里范围内居民 and 自然村屯通3.5米以上硬化路 give no figure of their own", () => {
    const x = fixture([
      "基本医疗保险参保率保持在97%以上，边境0—20公里范围内居民人人享有政府全额参保补助等医保待遇。",
      "新增8000多个自然村屯通3.5米以上硬化路，实施农村供水工程2535个。",
    ], ["地区生产总值增长5%以上。对陆地边境0－3公里范围内的边民给予生活补助。"]);
    expect(x.figures.filter((f) => /公里|米$/.test(f.unit)).map((f) => f.quote)).toEqual([]);
    expect(one(x, "", "8000多个").unit).toBe("个");
  });
});

describe("the bounds of the villages a measure is for, after 对 (Yunnan 2018: 对30户以下、贫困发生率50%以上、…的村庄，原则上应搬尽搬)", () => {
  it("gives no figure, no poverty incidence target, and no count for 确保搬迁1户、脱贫1户", () => {
    const x = fixture(["地区生产总值增长9.5%。"], [
      "一是打好易地扶贫搬迁攻坚战，对30户以下、贫困发生率50%以上、基础设施和公共服务尚未达到脱贫出列条件的村庄，原则上应搬尽搬、整村搬迁、进城入镇，确保搬迁1户、脱贫1户。确保完成国家规划15万人易地扶贫搬迁任务。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => f.quote)).toEqual([expect.stringContaining("15万人")]);
    expect(x.figures.filter((f) => f.metric === "poverty_incidence")).toEqual([]);
  });
});

describe("cattle and sheep counted together by the head (Qinghai 2025: 牛羊出栏937万头只)", () => {
  it("reads 万头只 as one unit, no label ending on 只", () => {
    expect(readUnit("牛羊出栏937万头只", 7)).toBe("万头只");
    const x = fixture(["农牧业增产丰收，牛羊出栏937万头只。"], ["地区生产总值增长4.5%左右。"]);
    expect(one(x, "", "937万头只").label_zh).toBe("牛羊出栏");
  });
});

describe("a run of days without an accident (Xinjiang 2020: 连续1200多天未发生重大生产安全事故)", () => {
  it("is the length of a streak, no figure", () => {
    const x = fixture(["提升防灾减灾救灾、应急处置和综合救援能力，连续1200多天未发生重大生产安全事故。"], ["地区生产总值增长5.5%左右。"]);
    expect(x.figures.filter((f) => f.quote.includes("1200"))).toEqual([]);
  });
});

describe("a share right after a change of the subject's pace (Xinjiang 2020: 民间投资增速提高38个百分点、占固定资产投资比重36.2%)", () => {
  it("is the share of private investment, not of its pace", () => {
    const x = fixture(["全区投资项目实际到位资金增长11.3%，民间投资增速提高38个百分点、占固定资产投资比重36.2%。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "", "36.2%").label_zh).toBe("民间投资占固定资产投资比重");
  });
});

describe("a bare share after a pace held for months in a row (Anhui 2024: 制造业投资增速连续24个月保持18%以上，占比提高到31.1%)", () => {
  it("is the share of the investment, not of its pace, and the months are no word of either label", () => {
    const x = fixture(["制造业投资增速连续24个月保持18%以上，占比提高到31.1%，全省新开工50亿元以上项目76个。"], ["地区生产总值增长6%左右。"]);
    expect([one(x, "", "18%").label_zh, one(x, "", "18%").metric]).toEqual(["制造业投资增速", "manufacturing_investment_growth"]);
    expect([one(x, "", "31.1%").label_zh, one(x, "", "31.1%").metric]).toEqual(["制造业投资占比", null]);
  });
});

describe("a coverage right after a total of the things built (Xinjiang 2020: 共建成卫生厕所163.65万座，普及率达50.02%)", () => {
  it("is the coverage of those things, no 共建成 in its label", () => {
    const x = fixture(["共建成卫生厕所163.65万座，普及率达50.02%。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "", "50.02%").label_zh).toBe("卫生厕所普及率");
  });
});

describe("acts counted by the case, 行为 closing their noun (Shantou 2018: 清理乱摆乱卖行为90.2万宗，查处交通违章行为66.3万宗)", () => {
  it("keeps 行为 in the label, no verb 为 taken off it", () => {
    const x = fixture(["拆除违章建筑物79.7万处，清理乱摆乱卖行为90.2万宗，查处交通违章行为66.3万宗，市容更加整洁有序。"], ["地区生产总值增长7%。"]);
    expect(one(x, "清理乱摆乱卖行为", "90.2万宗").label_zh).toBe("清理乱摆乱卖行为");
    expect(one(x, "查处交通违章行为", "66.3万宗").label_zh).toBe("查处交通违章行为");
  });
});

describe("sizes of clusters joined before their noun (Shantou 2018: 努力打造一批年产值超500亿元、1000亿元产业集群)", () => {
  it("are the classes of the clusters, no target of output", () => {
    const x = fixture(["地区生产总值增长7%。"], ["培育主导产业，引导集聚发展，努力打造一批年产值超500亿元、1000亿元产业集群。地区生产总值增长7%。"]);
    expect(quoting(x, "产业集群")).toEqual([]);
  });
});

describe("a trade zone the subject of the clause before a bare trade figure (Linyi 2018: 综合保税区窗口作用有效发挥，进出口总额突破10亿美元)", () => {
  it("gives the zone's trade no indicator of the city, the city's own named after 全市 keeping its", () => {
    const x = fixture(["综合保税区窗口作用有效发挥，进出口总额突破10亿美元。全市进出口额达到680亿元。"], ["地区生产总值增长7%。综合保税区封关运营，全市进出口总额增长10%。"]);
    expect(one(x, "进出口总额突破10亿美元", "10亿美元").metric).toBeNull();
    expect(one(x, "全市进出口额达到680亿元", "680亿元").metric).toBe("foreign_trade");
    expect(one(x, "全市进出口总额增长10%", "10%").metric).toBe("foreign_trade_growth");
  });
});

describe("homes for the elderly counted by the 家 (Shanghai 2016: 新建50家长者照护之家、80家老年人日间服务中心)", () => {
  it("reads 家 before 长者 as the homes' measure word, 家长 (parents) still no firms", () => {
    const x = fixture([], ["新建50家长者照护之家、80家老年人日间服务中心。培训10万家长。"]);
    expect(one(x, "新建50家长者照护之家", "50家")).toMatchObject({ kind: "target", label_zh: "新建长者照护之家", unit: "家" });
    expect(one(x, "培训10万家长", "10万").unit).toBe("万");
  });
});

describe("one indicator named for several changes after a clause that lists their subjects with no figure (Guangzhou 2014)", () => {
  it("民营企业和小微企业加快发展，规模以上工业总产值分别增长17.8%和17.1% gives each kind of firm's output, not the city's", () => {
    const x = fixture(["全市规模以上工业总产值17310.24亿元，增长12.9%。民营企业和小微企业加快发展，规模以上工业总产值分别增长17.8%和17.1%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "分别增长17.8%和17.1%").map((f) => [f.label_zh, f.value, f.metric])).toEqual([
      ["民营企业规模以上工业总产值增长", 17.8, null],
      ["小微企业规模以上工业总产值增长", 17.1, null],
    ]);
    expect(one(x, "全市规模以上工业总产值17310.24亿元，增长12.9%", "12.9%").metric).toBe("industrial_output_growth");
  });
});

describe("foreign capital actually in place (Hangzhou 2014: 全市实际到位外资52.76亿美元)", () => {
  it("实际到位外资 is foreign investment actually used, its level and its growth", () => {
    const x = fixture(["全市实际到位外资52.76亿美元，增长5.1%。到位内资860.60亿元，增长10.5%。"], ["地区生产总值增长8.5%左右。"]);
    expect(one(x, "全市实际到位外资52.76亿美元", "52.76亿美元")).toMatchObject({ kind: "result", year: 2019, metric: "fdi_actual" });
    expect(one(x, "增长5.1%", "5.1%").metric).toBe("fdi_actual_growth");
    expect(one(x, "到位内资860.60亿元", "860.60亿元").metric).toBeNull();
  });
});

describe("foreign capital directly in place (Mianyang 2014: 直接到位外资2.4亿美元、增长14.8%)", () => {
  it("直接到位外资 is foreign investment actually used, as 实际到位外资 is, its level and its growth", () => {
    const x = fixture(["全市国内省外履约项目293个，到位资金473.8亿元、增长9.2%，直接到位外资2.4亿美元、增长14.8%。"], ["地区生产总值增长10%。"]);
    expect(writtenMetrics(x, "直接到位外资")).toEqual([
      ["2.4亿美元", "fdi_actual"],
      ["14.8%", "fdi_actual_growth"],
    ]);
  });
});

describe("one cut after 均 for pollutants listed (Shaanxi 2010: 二氧化硫、化学需氧量同比均削减3％以上)", () => {
  it("is each pollutant's cut, one record apiece", () => {
    const x = fixture([], ["地区生产总值增长13%左右，二氧化硫、化学需氧量排放同比均削减3%以上。"]);
    expect(quoting(x, "削减").map((f) => [f.label_zh, f.metric, f.value, f.qualifier])).toEqual([
      ["二氧化硫排放同比削减", "so2_emissions_change", 3, "at_least"],
      ["化学需氧量排放同比削减", "cod_emissions_change", 3, "at_least"],
    ]);
  });
});

describe("sulphur dioxide named bare before 同比 and its cut (Shaanxi 2010: 二氧化硫、化学需氧量同比均削减3％以上)", () => {
  it("is the cut of its emissions, as chemical oxygen demand's is", () => {
    const x = fixture([], ["地区生产总值增长13%左右，二氧化硫、化学需氧量同比均削减3%以上。"]);
    expect(quoting(x, "削减").map((f) => [f.label_zh, f.metric])).toEqual([
      ["二氧化硫同比削减", "so2_emissions_change"],
      ["化学需氧量同比削减", "cod_emissions_change"],
    ]);
  });
});

describe("last year between an indicator and its level in a review of five years (Hainan 2013: 瓜果菜、生猪、家禽出岛量去年分别达590万吨…)", () => {
  it("dates that statement alone: the sentences after it are over the five years", () => {
    const x = extractText("ceshi-2013.txt", [
      "2013年测试省政府工作报告",
      "各位代表：",
      "一、过去五年工作回顾",
      "过去的五年，我们坚持统筹发展，努力推动经济社会全面进步。",
      "“三农”工作保持良好态势。瓜果菜、生猪、家禽出岛量去年分别达590万吨、220万头和3950万只；橡胶产量达40万吨。建成农村公路15721公里。推进扶贫“三集中”，农村贫困人口减少21万。城镇化率达51.6%，提高了4.4个百分点。",
      "二、2013年主要任务",
      "地区生产总值增长10%左右。",
    ].join("\n"));
    expect([one(x, "", "590万吨"), one(x, "", "40万吨"), one(x, "", "51.6%")].map((f) => [f.year, f.period])).toEqual([[2012, null], [2012, null], [2012, null]]);
    expect([one(x, "", "15721公里"), one(x, "", "21万"), one(x, "", "4.4个百分点")].map((f) => [f.year, f.period])).toEqual([[2012, [2008, 2012]], [2012, [2008, 2012]], [2012, [2008, 2012]]]);
  });
});

describe("the tourism revenue in a review of five years (Hainan 2013: 旅游过夜人数达3320.4万人次，旅游收入379.1亿元)", () => {
  it("is the last year's revenue, a year's aggregate, not the five years' sum", () => {
    const x = extractText("ceshi-2013.txt", [
      "2013年测试省政府工作报告",
      "各位代表：",
      "一、过去五年工作回顾",
      "过去的五年，我们全力推动国际旅游岛建设。",
      "旅游目的地加快形成。旅游过夜人数达3320.4万人次，旅游收入379.1亿元，分别是2007年的1.8倍和2.2倍。",
      "二、2013年主要任务",
      "地区生产总值增长10%左右。",
    ].join("\n"));
    expect(one(x, "旅游收入", "379.1亿元")).toMatchObject({ metric: "tourism_revenue", year: 2012, period: null });
  });
});

describe("the counties' industrial zones the subject of a list (Shaanxi 2010: 县域工业集中区开工项目441个、完成固定资产投资697亿元)", () => {
  it("gives the zones' investment no indicator of the place, the place's own keeping its", () => {
    const x = fixture(["县域工业集中区开工项目441个、完成固定资产投资697亿元，营业收入突破千亿元。全年完成全社会固定资产投资6553亿元，增长35.1%。"], ["地区生产总值增长13%左右。"]);
    expect(one(x, "县域工业集中区", "697亿元").metric).toBeNull();
    expect(one(x, "全社会固定资产投资", "6553亿元").metric).toBe("fixed_investment");
  });
});

describe("industry's pace named 增长速度 (Shaanxi 2010: 全年规模以上工业增长速度达14.8％)", () => {
  it("is the growth of industry above the designated size, as 规模以上工业增长 is", () => {
    const x = fixture(["1—11月经济效益综合指数较上半年提高28.8，全年规模以上工业增长速度达14.8%。规上工业增速达15%。"], ["地区生产总值增长13%左右。"]);
    expect(one(x, "", "14.8%")).toMatchObject({ metric: "industrial_value_added_growth", year: 2019, kind: "result" });
    expect(one(x, "", "15%").metric).toBe("industrial_value_added_growth");
  });
});

describe("the services' share of output written 在生产总值中的比重 (Shaanxi 2010: 第三产业在生产总值中的比重由36.9％增加到37.7％，提高0.8个百分点)", () => {
  it("is the services share, and its rise the share's change", () => {
    const x = fixture(["第三产业在生产总值中的比重由36.9%增加到37.7%，提高0.8个百分点。"], ["地区生产总值增长13%左右。"]);
    expect(one(x, "", "37.7%").metric).toBe("services_share");
    expect(one(x, "", "0.8个百分点").metric).toBe("services_share_change");
  });
});

describe("statements after the one last year dates, in the same sentence (Hainan 2013: …出岛量去年分别达590万吨…；…；新增国家级和省级农业龙头企业181家)", () => {
  it("go on telling the five years the paragraph looks back on", () => {
    const x = extractText("ceshi-2013.txt", [
      "2013年测试省政府工作报告",
      "各位代表：",
      "一、过去五年工作回顾",
      "过去的五年，我们坚持统筹发展，努力推动经济社会全面进步。",
      "“三农”工作保持良好态势。瓜果菜、生猪、家禽出岛量去年分别达590万吨、220万头和3950万只；橡胶产量达40万吨，占全国的一半；新增国家级和省级农业龙头企业181家、农民专业合作社7677家。",
      "二、2013年主要任务",
      "地区生产总值增长10%左右。",
    ].join("\n"));
    expect([one(x, "", "590万吨"), one(x, "", "40万吨")].map((f) => [f.year, f.period])).toEqual([[2012, null], [2012, null]]);
    expect([one(x, "", "181家"), one(x, "", "7677家")].map((f) => [f.year, f.period])).toEqual([[2012, [2008, 2012]], [2012, [2008, 2012]]]);
  });
});

describe("a rank without 位 after the name a figure's clause takes (Jiangsu 2008: 全省实际利用外资连续五年保持全国第一，去年达218.9亿美元)", () => {
  it("is how the thing fared, no word of the figure's label", () => {
    const x = fixture(["着力提高利用外资的质量和水平，全省实际利用外资连续五年保持全国第一，去年达218.9亿美元。"], ["地区生产总值增长11%。"]);
    expect(one(x, "", "218.9亿美元")).toMatchObject({ label_zh: "全省实际利用外资", metric: "fdi_actual", year: 2019 });
  });
});

describe("an item's marker right before the figure that opens it (Qinghai 2009: 四是1637个标准化村卫生室建成投入运行)", () => {
  it("is no word of the label", () => {
    const x = fixture(["三是新型农村合作医疗补助标准比上年增加40元。四是1637个标准化村卫生室建成投入运行，初步建立了村卫生室运行保障机制。"], ["地区生产总值增长9%左右。"]);
    expect(one(x, "", "1637个").label_zh).toBe("标准化村卫生室建成投入运行");
  });
});

describe("this or last year between an indicator and its verb (Hubei 2012: 全省经济总量今年要确保跨越2万亿元大关)", () => {
  it("is the figure's time, no word of its label", () => {
    const x = fixture(["经济总量去年跨上1.8万亿元新台阶。"], ["地区生产总值增长10%。全省经济总量今年要确保跨越2万亿元大关，力争更好结果。"]);
    expect(one(x, "", "2万亿元")).toMatchObject({ label_zh: "全省经济总量", metric: "gdp", kind: "target", year: 2020 });
    expect(one(x, "", "1.8万亿元").label_zh).toBe("经济总量");
  });
});

describe("an item's marker alone before the figure, the item's first sentence after another's figure (Qinghai 2009: 参保率达到70%。…四是1637个标准化村卫生室建成投入运行)", () => {
  it("is no word of the label either", () => {
    const x = fixture(["城镇居民医疗保险国家试点范围扩大到全省，参保率达到70%。同时，妥善解决了退休职工的医疗保险问题。四是1637个标准化村卫生室建成投入运行，初步建立了村卫生室运行保障机制。"], ["地区生产总值增长9%左右。"]);
    expect(one(x, "", "1637个").label_zh).toBe("标准化村卫生室建成投入运行");
  });
});

describe("a trade zone opening the label of a trade target (Mianyang 2024: 力争综合保税区全年进出口总额25亿元)", () => {
  it("is the zone's trade, no foreign_trade of the city, the city's own trade keeping its", () => {
    const x = fixture(["全市进出口总额增长18.9%。"], ["地区生产总值增长7%左右。力争进出口总额稳中有升。力争综合保税区全年进出口总额25亿元，跨境电商综合试验区交易额24亿元。全市进出口总额达到300亿元。"]);
    expect(one(x, "综合保税区全年进出口总额", "25亿元").metric).toBeNull();
    expect(one(x, "全市进出口总额达到300亿元", "300亿元").metric).toBe("foreign_trade");
    expect(one(x, "全市进出口总额增长18.9%", "18.9%").metric).toBe("foreign_trade_growth");
  });
});

describe("a level exceeded for the first time right after the level reached (Mianyang 2024: 地方一般公共预算收入201.47亿元、首次超过200亿元)", () => {
  it("gives budget revenue the level alone, the milestone keeping its record with no indicator", () => {
    const x = fixture(["全年实现地方一般公共预算收入201.47亿元、首次超过200亿元，地区生产总值4038.73亿元、增长8%。"], ["地区生产总值增长7%左右。"]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue").map((f) => f.value)).toEqual([201.47]);
    expect(one(x, "首次超过200亿元", "200亿元").metric).toBeNull();
  });
});

describe("a grade and those above it, 及以上, inside an item of a list (Mianyang 2024: 国省考核断面水质优良比例、县级及以上集中式饮用水水源地水质达标比例均保持100%)", () => {
  it("reads two items, the second the sources of the counties and above, 及 joining no third", () => {
    const x = fixture(["地区生产总值增长8%。"], ["确保国省考核断面水质优良比例、县级及以上集中式饮用水水源地水质达标比例均保持100%。"]);
    expect(quoting(x, "均保持100%").map((f) => f.label_zh)).toEqual(["国省考核断面水质优良比例", "县级及以上集中式饮用水水源地水质达标比例"]);
  });
});

describe("the share of spending on people's livelihood named 民生支出占比 (Yichang 2023: 财政民生支出占比达到78.6%; Mianyang 2024: 一般公共预算民生支出占比稳定在65%以上)", () => {
  it("is livelihood_spending_share, as 民生支出占一般公共预算支出比重 is", () => {
    const x = fixture(["城乡居民人均可支配收入分别增长7.1%、8.7%。财政民生支出占比达到78.6%。"], ["地区生产总值增长7%左右。确保全市一般公共预算民生支出占比稳定在65%以上。"]);
    expect(one(x, "财政民生支出占比", "78.6%")).toMatchObject({ kind: "result", year: 2019, metric: "livelihood_spending_share" });
    expect(one(x, "民生支出占比稳定在65%以上", "65%")).toMatchObject({ kind: "target", year: 2020, metric: "livelihood_spending_share", qualifier: "at_least" });
  });
});

describe("a size class of projects in a bare magnitude, 元 left out (Yichang 2023: 新签约50亿以上项目50个，其中百亿级项目21个)", () => {
  it("is the class of the projects counted, no amount of its own", () => {
    const x = fixture(["新签约50亿以上项目50个，其中百亿级项目21个；新开工50亿以上项目29个。"], ["地区生产总值增长7.5%。"]);
    expect(x.figures.filter((f) => f.unit.includes("亿"))).toEqual([]);
    expect(one(x, "新签约", "50个").label_zh).toBe("新签约50亿以上项目");
    expect(one(x, "新开工", "29个").label_zh).toBe("新开工50亿以上项目");
  });
});

describe("the counties' economies named one by one after 经济总量 (Zunyi 2021: 到2025年，经济总量仁怀突破2000亿元，汇川达到600亿元)", () => {
  it("gives the city no GDP target of a county's economy, the city's own GDP target kept", () => {
    const x = fixture(["仁怀市成为全省首个经济总量突破千亿的强市。地区生产总值增长4.6%。"], ["地区生产总值增长9%左右。实施县域经济倍增计划，到2025年，经济总量仁怀突破2000亿元，汇川达到600亿元。"]);
    expect(one(x, "经济总量仁怀", "2000亿元").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => f.value)).toEqual([9]);
  });
});

describe("a clause opening on 拥有 lists what there is (Zunyi 2021: 拥有国家级检测中心2个、国家和省级重点实验室10个、高新技术企业212家)", () => {
  it("gives the high-tech enterprises counted the indicator of what there is, not of new ones, those added still read", () => {
    const x = fixture(["拥有国家级检测中心2个、国家和省级重点实验室10个、高新技术企业212家。新增高新技术企业30家。"], ["地区生产总值增长9%左右。"]);
    expect(one(x, "高新技术企业212家", "212家").metric).toBe("high_tech_enterprises");
    expect(one(x, "新增高新技术企业30家", "30家").metric).toBe("high_tech_enterprises_new");
  });
});

describe("old compounds and rural toilets counted by what they are (Zunyi 2021: 实施老旧小区改造4.5万户; Tianshui 2025: 改造城镇老旧小区95个8324户，实施农村厕所革命整村推进村100个)", () => {
  it("counts compounds renovated by the compound, their households apart, and toilets not by the village", () => {
    const x = fixture(["地区生产总值增长6%。"], ["实施老旧小区改造4.5万户。改造城镇老旧小区95个8324户。实施农村厕所革命整村推进村100个，新建改建农村卫生户厕1.1万座。"]);
    expect(one(x, "实施老旧小区改造4.5万户", "4.5万户").metric).toBe("old_housing_renovation_households");
    expect(writtenMetrics(x, "改造城镇老旧小区95个8324户")).toEqual([["95个", "old_housing_renovation_count"], ["8324户", "old_housing_renovation_households"]]);
    expect(one(x, "整村推进村100个", "100个").metric).toBeNull();
    expect(one(x, "农村卫生户厕1.1万座", "1.1万座").metric).toBe("rural_toilets");
  });
});

describe("a span counted from an event within which a thing is to be done (Yichang 2023: 确保产业项目签约后6个月内开工，开工后4个月内入库纳统)", () => {
  it("is a deadline, no figure, the counts of the sentence after it kept", () => {
    const x = fixture(["地区生产总值增长5.5%。"], ["确保产业项目签约后6个月内开工，开工后4个月内入库纳统、2年内竣工投产。确保新开工亿元以上项目750个。"]);
    expect(x.figures.filter((f) => f.unit.includes("月"))).toEqual([]);
    expect(one(x, "新开工亿元以上项目", "750个").kind).toBe("target");
  });
});

describe("where a pace stood among others, joined by 、 to the growth it goes on to (Mianyang 2024: 全市服务业增加值增速连续四个季度居全省第1位、全年增长9.2%)", () => {
  it("is the services' growth, its label without the standing", () => {
    const x = fixture(["全市服务业增加值增速连续四个季度居全省第1位、全年增长9.2%，对经济增长贡献率超52%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "9.2%")).toMatchObject({ kind: "result", year: 2019, metric: "services_value_added_growth", label_zh: "服务业增加值增长" });
  });
});

describe("where a pace stood among others, joined by 、 to another thing the figure names (Shangrao 2016: 预计全市工业投资增幅列全省第2位、新增规模以上工业企业190户)", () => {
  it("labels the figure by that other thing alone", () => {
    const x = fixture(["工业用电量增幅列全省第3位，预计全市工业投资增幅列全省第2位、新增规模以上工业企业190户。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "190户").label_zh).toBe("新增规模以上工业企业");
  });
});

describe("the output counted within the counties' area (Mianyang 2024: 全市县域范围内地区生产总值超3200亿元)", () => {
  it("is the counties' output, no GDP of the city beside its own", () => {
    const x = fixture(["地区生产总值4038.73亿元、增长8%。全市县域范围内地区生产总值超3200亿元。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "县域范围内", "3200亿元").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([4038.73]);
  });
});

describe("the output of the counties taken together, the verb of its figure before it (Shaoyang 2025: 县域实现生产总值2330亿元)", () => {
  it("is the counties' output, no GDP of the city beside its own", () => {
    const x = fixture(["实现地区生产总值2910亿元、增长5.5%。县域经济加快发展。县域实现生产总值2330亿元。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "县域实现", "2330亿元").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([2910]);
  });
});

describe("the industrial output of the counties taken together or of the industry by the port (Qinzhou 2018)", () => {
  it("县域 or 临港 before 规模以上工业总产值 is that part's output, not the city's", () => {
    const x = fixture([
      "规模以上工业总产值、规模以上工业增加值分别增长24.8%、12.3%。一批投资超10亿元项目建设蹄疾步稳，临港规模以上工业总产值增长36.3%。",
      "围绕壮大县域经济，陆屋机电产业园等项目投产运营，县域规模以上工业总产值增长19.5%；完成年度粮食生产任务。",
    ], ["地区生产总值增长8%左右。"]);
    expect(one(x, "临港", "36.3%").metric).toBeNull();
    expect(one(x, "县域", "19.5%").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "industrial_output_growth").map((f) => f.value)).toEqual([24.8]);
  });
});

describe("a measure of two bare names the report writes elsewhere as its counties (Shaoyang 2025: 力争邵东、武冈城镇化率提升1.5个百分点以上)", () => {
  it("is those places' target, no change of the city's urbanization", () => {
    const x = fixture(["武冈市、邵东市、新宁县分别获评全省县域经济先进县、突出贡献县、创新进位县。"], [
      "地区生产总值增长5.5%左右。",
      "推进新型城镇化战略五年行动计划，力争邵东、武冈城镇化率提升1.5个百分点以上、其他7个县城镇化率提升1个百分点以上。",
    ]);
    expect(one(x, "邵东、武冈", "1.5个百分点").metric).toBeNull();
  });
});

describe("a measure the last item of a list names before its share (Luoyang 2022: 高新技术产业、六大高成长性制造业增加值占规上工业比重分别达到43.9%和33.8%)", () => {
  it("is the earlier item's measure too: 高新技术产业增加值占规上工业比重", () => {
    const x = fixture(["高新技术产业、六大高成长性制造业增加值占规上工业比重分别达到43.9%和33.8%。"], ["地区生产总值增长7%。"]);
    expect(quoting(x, "分别达到43.9%和33.8%").map((f) => f.label_zh)).toEqual(["高新技术产业增加值占规上工业比重", "六大高成长性制造业增加值占规上工业比重"]);
  });
});

describe("the spending on people's livelihood told as a share alone (Tianshui 2025: 全市一般公共预算民生支出达到86％)", () => {
  it("is the share of the budget spent on it, its amount and growth no share", () => {
    const x = fixture(["全市一般公共预算民生支出达到86％，省市列民生实事全部办结。民生支出493.4亿元、增长8%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "民生支出达到86", "86％")).toMatchObject({ kind: "result", year: 2019, metric: "livelihood_spending_share" });
    expect(writtenMetrics(x, "民生支出493.4亿元")).toEqual([["493.4亿元", null], ["8%", null]]);
  });
});

describe("more than a magnitude, 多 before a noun or at the end of its clause (State Council 2016: 农村贫困人口减少1亿多，解决3亿多农村人口饮水安全问题)", () => {
  it("is a lower bound of the magnitude, 多 in no label", () => {
    const x = nationFixture(["城镇新增就业人数超过6400万人。农村贫困人口减少1亿多，解决3亿多农村人口饮水安全问题。"], ["国内生产总值增长6.5%。"]);
    expect(one(x, "农村贫困人口减少", "1亿多")).toMatchObject({ metric: "poverty_exits_people", value: 1, unit: "亿人", qualifier: "at_least" });
    expect(one(x, "解决3亿多", "3亿多")).toMatchObject({ label_zh: "解决农村人口饮水安全问题", value: 3, qualifier: "at_least" });
  });
});

describe("a level said to be as high as a figure (State Council 2016: 今年高校毕业生将高达765万人)", () => {
  it("reads 高达 as the verb, no 高 left on the label, and 增长达, 提高达 still a change", () => {
    const x = nationFixture(["财政收入增长达10%，比重提高达5个百分点。"], ["今年高校毕业生将高达765万人，要落实好就业促进计划。国内生产总值增长6.5%。"]);
    expect(one(x, "高达", "765万人").label_zh).toBe("高校毕业生");
    expect(one(x, "增长达", "10%").label_zh).toBe("财政收入增长");
    expect(one(x, "提高达", "5个百分点").label_zh).toBe("比重提高");
  });

  it("leaves no label 长 on a length (State Council 2005: 长达4000公里的西气东输管道全线贯通)", () => {
    const x = nationFixture(["长达4000公里的西气东输管道全线贯通并投入商业运营。"], ["国内生产总值增长8%左右。"]);
    expect(quoting(x, "西气东输").map((f) => f.label_zh)).not.toContain("长");
  });
});

describe("a level raised from an old one given per head (State Council 2016: 全员劳动生产率从人均8.7万元提高到12万元以上)", () => {
  it("drops the old level and its 人均 from the label", () => {
    const x = nationFixture(["国内生产总值增长6.9%。"], ["国内生产总值增长6.5%。全员劳动生产率从人均8.7万元提高到12万元以上。基本公共卫生服务经费财政补助从人均40元提高到45元。"]);
    expect(one(x, "全员劳动生产率", "12万元").label_zh).toBe("全员劳动生产率");
    expect(one(x, "基本公共卫生服务经费", "45元").label_zh).toBe("基本公共卫生服务经费财政补助");
  });
});

describe("a change on last year's budget (State Council 2024: 赤字规模4.06万亿元，比上年年初预算增加1800亿元)", () => {
  it("is a change of the subject before it, measured on the budget, no subject of its own", () => {
    const x = nationFixture(["国内生产总值增长6.1%。"], ["赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。拟安排中央财政赤字3000亿元，比上年预算减少198亿元。"]);
    expect(one(x, "", "1800亿元").label_zh).toBe("赤字规模比上年年初预算增加");
    expect(one(x, "", "198亿元").label_zh).toBe("拟安排中央财政赤字比上年预算减少");
  });
});

describe("a high base the results were reached on (State Council 2016: 这些成绩，是在我国经济总量超过60万亿元的高基数上取得的)", () => {
  it("is a baseline, no GDP of the year", () => {
    const x = nationFixture(["国内生产总值达到67.7万亿元，增长6.9%。这些成绩，是在我国经济总量超过60万亿元的高基数上取得的。"], ["国内生产总值增长6.5%。"]);
    expect(quoting(x, "高基数")).toEqual([]);
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([67.7]);
  });
});

describe("more than some percentage points, 多 inside the measure (State Council 2013: 占国际市场份额比2007年提高2个多百分点)", () => {
  it("is 个百分点 at least, no count of 个", () => {
    const x = nationFixture(["国内生产总值增长7.8%，出口额跃居世界第一位，占国际市场份额比2007年提高2个多百分点。"], ["国内生产总值增长7.5%左右。"]);
    expect(one(x, "占国际市场份额", "2个多百分点")).toMatchObject({ value: 2, unit: "个百分点", qualifier: "at_least" });
  });
});

describe("a target fixed at a level with 定为 (State Council 2013: 今年经济增长预期目标定为7.5%左右)", () => {
  it("reads 定为 as the verb, no 定 left on the label, a count 认定为 still its own verb", () => {
    const x = nationFixture(["国内生产总值增长7.8%。"], ["国内生产总值增长7.5%左右。今年经济增长预期目标定为7.5%左右。广义货币M2预期增长目标拟定为13%左右。新认定为高新技术企业120家。"]);
    expect(one(x, "目标定为", "7.5%").label_zh).toBe("经济增长预期目标");
    expect(one(x, "拟定为", "13%").label_zh).toBe("广义货币M2预期增长目标");
    expect(one(x, "认定为", "120家").label_zh).toBe("新认定为高新技术企业");
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth")).toHaveLength(1);
  });
});

describe("the years a running total is over (State Council 2013: 国家财政性教育经费支出五年累计7.79万亿元，年均增长21.58%)", () => {
  it("are the total's period, no word of its label nor of the average's after it", () => {
    const x = nationFixture(["城镇新增就业1266万人。国家财政性教育经费支出五年累计7.79万亿元，年均增长21.58%。"], ["国内生产总值增长7.5%左右。"]);
    expect(one(x, "", "7.79万亿元")).toMatchObject({ label_zh: "国家财政性教育经费支出", period: [2015, 2019] });
    expect(one(x, "", "21.58%").label_zh).toBe("国家财政性教育经费支出年均增长");
  });
});

describe("people a measure reached, 惠及 before them (State Council 2024: 国家助学贷款提标降息惠及1100多万学生)", () => {
  it("keeps the measure in the label: 及 ending 惠及 joins nothing", () => {
    const x = nationFixture(["国内生产总值增长5.2%。强化义务教育薄弱环节建设，国家助学贷款提标降息惠及1100多万学生。"], ["国内生产总值增长5%左右。"]);
    expect(one(x, "", "1100多万")).toMatchObject({ label_zh: "国家助学贷款提标降息惠及学生", unit: "万人", qualifier: "at_least" });
  });
});

describe("an average per day (State Council 2020: 企业数量日均净增1万户以上)", () => {
  it("keeps 日均 whole in the label, no 均 taken for 'each'", () => {
    const x = nationFixture(["大众创业万众创新深入开展，企业数量日均净增1万户以上。"], ["城镇新增就业900万人以上。"]);
    expect(one(x, "", "1万户").label_zh).toBe("企业数量日均净增");
  });
});

describe("an amount of bonds or funds issued or used after a bare verb (State Council 2024: 增发1万亿元国债支持灾后恢复重建)", () => {
  it("is labelled with the bonds or the funds named after it, up to their noun", () => {
    const x = nationFixture(["国内生产总值增长5.2%。财政政策加力提效，增发1万亿元国债支持灾后恢复重建。"], ["国内生产总值增长5%左右。赤字规模比去年增加1万亿元，同时发行1万亿元抗疫特别国债。用好1800亿元引导基金，依法严格履行合同。"]);
    expect(one(x, "增发", "1万亿元").label_zh).toBe("增发国债");
    expect(one(x, "抗疫特别国债", "1万亿元").label_zh).toBe("发行抗疫特别国债");
    expect(one(x, "引导基金", "1800亿元").label_zh).toBe("用好引导基金");
  });
});

describe("funds gathered after a bare verb (Shandong 1999: 集中5亿元资金专项用于高新技术产业化开发)", () => {
  it("is labelled with the verb and the funds, not the verb alone", () => {
    const x = fixture(["积极推动经济与科技的结合，集中5亿元资金专项用于高新技术产业化开发，与清华大学等高校和科研院所建立了长期技术合作关系。"], ["地区生产总值增长10%。"]);
    expect(one(x, "集中", "5亿元").label_zh).toBe("集中资金");
  });
});

describe("funds set up, put out or set aside after a bare verb (Jingzhou 2021: 设立3亿元技改专项奖励资金; Luoyang 2022: 投放1.6亿元消费券和补贴资金)", () => {
  it("is labelled with the verb and the funds, not the verb alone", () => {
    const x = fixture(
      ["投放1.6亿元消费券和补贴资金，带动消费增长。"],
      ["地区生产总值增长6%。设立3亿元技改专项奖励资金。继续安排1000万元引导资金鼓励青少年参与冰雪活动。六是安排3.43亿元国债资金用于应急救援中心建设。"],
    );
    expect(one(x, "投放", "1.6亿元").label_zh).toBe("投放消费券和补贴资金");
    expect(one(x, "设立3亿元", "3亿元").label_zh).toBe("设立技改专项奖励资金");
    expect(one(x, "继续安排", "1000万元").label_zh).toBe("继续安排引导资金");
    // Funds of bonds named whole (国债资金).
    expect(one(x, "国债资金", "3.43亿元").label_zh).toBe("安排国债资金");
    // Not funds after 的, in a list (Tianjin 2019): no item takes the first one's name.
    const y = fixture([], ["地区生产总值增长4.5%左右。设立50亿元的融资担保发展基金、100亿元的民营企业发展基金。"]);
    expect(y.figures.filter((f) => f.unit === "亿元").map((f) => f.label_zh)).not.toContain("融资担保发展基金");
  });
});

describe("an enumeration's marker before 将 and a count (State Council 2016: 三是将18项行政事业性收费的免征范围，从小微企业扩大到所有企业和个人)", () => {
  it("leaves neither the marker nor 将 in the label", () => {
    const x = nationFixture(["国内生产总值增长6.9%。"], ["国内生产总值增长6.5%—7%。今年将采取三项举措。三是将18项行政事业性收费的免征范围，从小微企业扩大到所有企业和个人。二是将50个项目纳入试点。"]);
    expect(one(x, "", "18项").label_zh).toBe("行政事业性收费的免征范围");
    expect(one(x, "", "50个").label_zh).toBe("项目纳入试点");
  });
});

describe("a step of growth and what it equals some years back (State Council 2016: 现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量)", () => {
  it("gives no figure: a measure of the economy's scale, no result; a change on five years back stays one", () => {
    const x = nationFixture(["国内生产总值增长6.9%。现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量。财政收入比5年前提高2个百分点。"], ["国内生产总值增长6.5%—7%。"]);
    expect(quoting(x, "增量")).toEqual([]);
    expect(one(x, "比5年前提高", "2个百分点").kind).toBe("result");
  });
});

describe("a rate planned at a level (State Council 2020: 今年赤字率拟按3.6%以上安排)", () => {
  it("reads 拟按 as the verb: labelled 赤字率", () => {
    const x = nationFixture(["国内生产总值增长6.1%。"], ["城镇新增就业900万人以上。今年赤字率拟按3.6%以上安排，财政赤字规模比去年增加1万亿元。"]);
    expect(one(x, "", "3.6%")).toMatchObject({ label_zh: "赤字率", qualifier: "at_least" });
  });
});

describe("长达 and 高达 after 总, 全, 最 or 均 (Qianxinan 2020: 光缆总长达6.76万公里; Xizang 2021: 一线边民年人均最高达1.2万元)", () => {
  it("keeps 长 and 高 in the measure, 达 the verb; a level said to be high keeps 高达 its verb", () => {
    const x = fixture(["光缆总长达6.76万公里，一线边民年人均最高达1.2万元。"], ["今年高校毕业生将高达765万人。"]);
    expect(one(x, "光缆总长达6.76万公里", "6.76万公里").label_zh).toBe("光缆总长");
    expect(one(x, "一线边民年人均最高达1.2万元", "1.2万元").label_zh).toBe("一线边民年人均最高");
    expect(one(x, "高校毕业生将高达765万人", "765万人").label_zh).toBe("高校毕业生");
  });
});

describe("a part of a level just stated, after 其中 (Jiangsu 2008: 全省高新技术企业达5286家，其中国家重点高新技术企业629家)", () => {
  it("is a part of what there is, no new high-tech enterprises; a part of the additions is not read as a level", () => {
    const x = fixture(["全省高新技术企业达5286家，其中国家重点高新技术企业629家。新增高新技术企业300家。"], ["地区生产总值增长8%。"]);
    expect(one(x, "其中国家重点高新技术企业629家", "629家").metric).toBeNull();
    expect(one(x, "新增高新技术企业300家", "300家").metric).toBe("high_tech_enterprises_new");
  });

  it("leaves a part of a sum over years a sum (五年省级对苏北的各项投入达到1565亿元，其中省财政转移支付666亿元)", () => {
    const x = fixture(["五年省级对苏北的各项投入达到1565亿元，其中省财政转移支付666亿元。"], ["地区生产总值增长8%。"]);
    expect(one(x, "其中省财政转移支付666亿元", "666亿元").period).toEqual([2015, 2019]);
  });
});

describe("a length or an area after a count and its noun, joined by 和 (Longyan 2019: 新建成4处公园和41公里绿道)", () => {
  it("measures the thing named after it, not the noun the count before counts", () => {
    const x = fixture(["新建成4处公园和41公里绿道，改造12条道路和8.5公里管网。建设10个美丽乡村、2.4万公里农村公路。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "41公里").label_zh).toBe("绿道");
    expect(one(x, "", "8.5公里").label_zh).toBe("管网");
    expect(one(x, "", "2.4万公里")).toMatchObject({ label_zh: "农村公路", metric: "rural_road_length" });
    expect(one(x, "", "4处").label_zh).toBe("新建成公园");
  });
});

describe("foreign investment and foreign trade named in one word before 分别 (Shantou 2018: 外资外贸分别增长; Zunyi 2021: 实现外资外贸分别增长10%以上)", () => {
  it("gives each its figure, or the one figure to each; foreign trade's growth is the trade's", () => {
    const x = fixture(["外资外贸分别增长10%和8%。外贸完成120亿元。"], ["地区生产总值增长6.5%左右。实现外资外贸分别增长10%以上。"]);
    expect(one(x, "外资外贸分别增长10%和8%", "10%").label_zh).toBe("外资增长");
    expect(one(x, "外资外贸分别增长10%和8%", "8%")).toMatchObject({ label_zh: "外贸增长", metric: "foreign_trade_growth" });
    expect(one(x, "外贸完成", "120亿元").metric).toBe("foreign_trade");
    const plan = x.figures.filter((f) => f.kind === "target" && f.quote.includes("外资外贸"));
    expect(plan.map((f) => [f.label_zh, f.value])).toEqual([["外资增长", 10], ["外贸增长", 10]]);
  });

  it("leaves a word of two halves that do not open alike whole (工业企业分别实现利润8亿元和9亿元)", () => {
    const x = fixture(["工业企业分别实现利润8亿元和9亿元。"], ["地区生产总值增长6.5%左右。"]);
    expect(x.figures.filter((f) => f.quote.includes("工业企业")).map((f) => f.label_zh)).toEqual(["工业企业实现利润", "工业企业实现利润"]);
  });
});

describe("the rural residents' disposable income named with no 人均, beside the towns' (Dandong 2016: 城镇居民可支配收入完成24536元，增长7%;农村居民可支配收入完成12335元，增长7%)", () => {
  it("is the rural residents' income per head and its growth, as the towns' is theirs", () => {
    const x = fixture(["城镇居民可支配收入完成24536元，增长7%;农村居民可支配收入完成12335元，增长7%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "城镇居民可支配收入", "24536元").metric).toBe("urban_income");
    expect(one(x, "农村居民可支配收入", "12335元").metric).toBe("rural_income");
    expect(writtenMetrics(x, "农村居民可支配收入")).toEqual([["12335元", "rural_income"], ["7%", "rural_income_growth"]]);
  });
});

describe("kindergarten places added (Zhongshan 2023: 新增幼儿园规范化学位、公办中小学学位各6000个)", () => {
  it("counts places, no kindergartens built; kindergartens built stay counted", () => {
    const x = fixture(["地区生产总值增长0.5%。"], ["地区生产总值增长6%。新增幼儿园规范化学位、公办中小学学位各6000个。新建幼儿园13所。"]);
    expect(writtenMetrics(x, "幼儿园规范化学位")).toEqual([["6000个", null], ["6000个", null]]);
    expect(one(x, "新建幼儿园13所", "13所").metric).toBe("kindergartens_built");
  });
});

describe("a figure said to be actually done (Dandong 2016: 一般公共预算收入实际完成66.3亿元，下降47.3%)", () => {
  it("leaves 实际 out of the labels of the amount and of its change", () => {
    const x = fixture(["一般公共预算收入实际完成66.3亿元，下降47.3%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "", "66.3亿元")).toMatchObject({ label_zh: "一般公共预算收入", metric: "budget_revenue" });
    expect(one(x, "", "47.3%")).toMatchObject({ label_zh: "一般公共预算收入下降", metric: "budget_revenue_growth" });
  });
});

describe("a yearly change after a count of milestones passed (Bozhou 2022: 地区生产总值连续跨越8个百亿元台阶，年均增长8.3%)", () => {
  it("is labelled with the indicator that passed them, not with the milestones", () => {
    const x = fixture(["“十三五”期间，地区生产总值连续跨越8个百亿元台阶，年均增长8.3%、居全省第一位。"], ["地区生产总值增长8.5%。"]);
    expect(one(x, "年均增长8.3%", "8.3%")).toMatchObject({ label_zh: "地区生产总值年均增长", metric: "gdp_growth" });
  });
});

describe("a plan's indicators set on a percentage with no verb of change (Wuhai 2018: 对一般公共预算收入、固定资产投资、社会消费品零售总额指标，分别按6%、9%、7.5%掌握)", () => {
  it("is each amount's growth target, 对 no word of the first; a rate's percentage stays its level", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长6.5%左右。对一般公共预算收入、固定资产投资、社会消费品零售总额指标，分别按6%、9%、7.5%掌握。城镇登记失业率、进出口总额指标，分别按4.5%、8%掌握。"]);
    expect(one(x, "分别按6%", "6%")).toMatchObject({ kind: "target", year: 2020, metric: "budget_revenue_growth", label_zh: "一般公共预算收入增长" });
    expect(one(x, "", "9%")).toMatchObject({ metric: "fixed_investment_growth", label_zh: "固定资产投资增长" });
    expect(one(x, "", "7.5%")).toMatchObject({ metric: "retail_sales_growth", label_zh: "社会消费品零售总额增长" });
    expect(one(x, "", "4.5%")).toMatchObject({ metric: "registered_unemployment_rate", label_zh: "城镇登记失业率" });
    expect(one(x, "", "8%").metric).toBe("foreign_trade_growth");
  });
});

describe("the amount an aggregate's statistics gained by filling their gaps (Yulin 2020: 强力推进“破难查漏”，全年新入库“五上”企业431户，固投补缺100亿元，财税查漏53亿元)", () => {
  it("is no level of the fixed-asset investment; the investment itself still is", () => {
    const x = fixture(["全社会固定资产投资增长14.2%。强力推进“破难查漏”，全年新入库“五上”企业431户，固投补缺100亿元，财税查漏53亿元。完成固定资产投资900亿元。"], ["地区生产总值增长6%以上。"]);
    expect(one(x, "固投补缺", "100亿元").metric).toBeNull();
    expect(one(x, "完成固定资产投资", "900亿元").metric).toBe("fixed_investment");
  });
});

describe("a gap over the province's figure of an indicator it names (Zhangye 2022: 2020年脱贫人口人均可支配收入达到13810元，高于全省农民人均可支配收入3466元)", () => {
  it("gives no figure: no income of the province's farmers, nor of the city's; the gap after the place alone stays none", () => {
    const x = fixture(["脱贫人口人均可支配收入达到13810元，高于全省农民人均可支配收入3466元。农村居民人均可支配收入12000元，高于全国平均水平989元。"], ["地区生产总值增长7.5%。"]);
    expect(quoting(x, "3466元")).toEqual([]);
    expect(quoting(x, "989元")).toEqual([]);
    expect(one(x, "", "12000元").metric).toBe("rural_income");
  });
});

describe("the output of a district or county of the city named with its suffix (Zhangye 2022: 争取2026年甘州区生产总值突破330亿元，争当全省县域经济高质量发展排头兵)", () => {
  it("is that part's, no GDP of the city; the region's own and the city's whole stay GDP", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长7.5%。争取2026年甘州区生产总值突破330亿元，肃南县生产总值突破50亿元。全市地区生产总值突破800亿元。"]);
    expect(one(x, "", "330亿元").metric).toBeNull();
    expect(one(x, "", "50亿元").metric).toBeNull();
    expect(one(x, "", "800亿元").metric).toBe("gdp");
    const region = fixture(["地区生产总值增长6%。"], ["自治区生产总值增长5%。"]);
    expect(one(region, "", "5%").metric).toBe("gdp_growth");
  });
});

describe("the places an institution offers, after its name (Wuwei 2025: 新增义务教育学位4120个、公办幼儿园园位3300个)", () => {
  it("counts places, no kindergartens built; kindergartens built stay so", () => {
    const x = fixture(["新增义务教育学位4120个、公办幼儿园园位3300个。新建幼儿园12所。"], ["地区生产总值增长6%。"]);
    expect(one(x, "", "3300个").metric).toBeNull();
    expect(one(x, "", "12所").metric).toBe("kindergartens_built");
  });
});

describe("the tending of new forests after afforestation's name (Wuwei 2025: 完成人工造林30万亩、工程固沙35万亩、退化林修复15万亩、新造林管护28.9万亩)", () => {
  it("is no area afforested; the planting beside it is", () => {
    const x = fixture(["地区生产总值增长6%。"], ["完成人工造林30万亩、工程固沙35万亩、退化林修复15万亩、新造林管护28.9万亩。"]);
    expect(one(x, "", "28.9万亩").metric).toBeNull();
    expect(one(x, "", "30万亩").metric).toBe("afforestation_area");
  });
});

describe("a level held at, said with 巩固在, and the grain area said short (Wuwei 2025: 确保粮播面积稳定在239万亩、粮食产量巩固在122.5万吨以上)", () => {
  it("leaves the verb out of the label and reads 粮播面积 as the grain area", () => {
    const x = fixture(["地区生产总值增长6%。"], ["确保粮播面积稳定在239万亩、粮食产量巩固在122.5万吨以上。"]);
    expect(one(x, "", "122.5万吨")).toMatchObject({ label_zh: "粮食产量", metric: "grain_output", qualifier: "at_least" });
    expect(one(x, "", "239万亩")).toMatchObject({ label_zh: "粮播面积", metric: "grain_area" });
  });
});

describe("the science contribution rate said short (Wulanchabu 2016: 大力实施…三大工程，科技贡献率达到45%)", () => {
  it("is the contribution of technological progress; a sector's own (农业科技贡献率) is not", () => {
    const x = fixture(["农业科技贡献率达到60%。"], ["地区生产总值增长8%。科技贡献率达到45%。"]);
    expect(one(x, "", "45%").metric).toBe("tech_progress_contribution");
    expect(one(x, "", "60%").metric).toBeNull();
  });
});

describe("namely, before the items an aim is summed up as (Zhangye 2022: 2026年实现“两个突破、两个高于、三个大幅提升”，即地区生产总值突破800亿元)", () => {
  it("leaves 即 out of the label; 即时 stays a word", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长8%。2026年实现“两个突破”，即地区生产总值突破800亿元。即时结算率达到90%。"]);
    expect(one(x, "", "800亿元").label_zh).toBe("地区生产总值");
    expect(one(x, "", "90%").label_zh).toBe("即时结算率");
  });
});

describe("研究与实验发展 for 研究与试验发展 (Guangdong 2013: 研究与实验发展经费支出占生产总值比重从1.3%提高到2.1%)", () => {
  it("reads the R&D written with 实验 as the R&D written with 试验: its share of output is the R&D intensity, its spending the R&D spending", () => {
    const x = fixture(["研究与实验发展经费支出占生产总值比重从1.3%提高到2.1%。全社会研究与实验发展经费增长15%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "研究与实验发展经费支出占生产总值比重", "2.1%").metric).toBe("rd_intensity");
    expect(one(x, "全社会研究与实验发展经费增长", "15%").metric).toBe("rd_spending_growth");
  });
});

describe("a count a day (Gansu 2017: 新增市场主体26.59万户…，平均每天新增市场主体728户)", () => {
  it("reads the things added a day as a rate, no year's count of new market entities; the year's count keeps its indicator", () => {
    const x = fixture(["新增市场主体26.59万户，平均每天新增市场主体728户。全区每天新增市场主体300多家。"], ["地区生产总值增长8%。"]);
    expect(one(x, "新增市场主体26.59万户", "26.59万户").metric).toBe("new_market_entities");
    expect(one(x, "平均每天新增市场主体728户", "728户").metric).toBeNull();
    expect(quoting(x, "全区每天新增市场主体300多家").map((f) => f.metric)).toEqual([null]);
  });
});

describe("a total going up a step (Jiangxi 2006: 力争全省规模以上工业增加值增长20％、总量上1000亿元台阶，销售收入增长30％、总量上3500亿元台阶)", () => {
  it("reads 上 after 总量 as the verb: each total is the indicator named before it, at least the step, and none is lost beside the next", () => {
    const x = fixture(["地区生产总值增长7%。"], ["力争全市规模以上工业增加值增长20％、总量上1000亿元台阶，销售收入增长30％、总量上3500亿元台阶。"]);
    expect(one(x, "总量上1000亿元台阶", "1000亿元")).toMatchObject({ label_zh: "规模以上工业增加值", metric: "industrial_value_added", qualifier: "at_least" });
    expect(one(x, "总量上3500亿元台阶", "3500亿元")).toMatchObject({ label_zh: "销售收入", qualifier: "at_least" });
  });

  it("leaves 上 in other words no verb (规模以上, 线上)", () => {
    const x = fixture(["地区生产总值增长7%。"], ["新增规模以上工业企业50家，线上100家企业入驻平台。"]);
    expect(one(x, "新增规模以上工业企业50家", "50家").qualifier).toBeNull();
    expect(quoting(x, "线上100家").map((f) => f.qualifier)).toEqual([null]);
  });
});

describe("profits of a list of sectors (Hunan 2022: 规模以上工业、服务业利润总额分别增长10%、25%)", () => {
  it("gives each item the list's 利润总额: the first is the industrial profits' growth", () => {
    const x = fixture(["规模以上工业、服务业利润总额分别增长10%、25%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "10%")).toMatchObject({ label_zh: "规模以上工业利润总额增长", metric: "industrial_profit_growth" });
    expect(one(x, "", "25%").label_zh).toBe("服务业利润总额增长");
  });
});

describe("a clause that ranks its subject before the figure's (Guangdong 2013: 单位生产总值能耗居全国第二低位，预计累计下降19.06%)", () => {
  it("takes the ranked subject as the figure's: the energy intensity's fall, the grain output's growth; 居民 is no rank", () => {
    const x = fixture(["单位生产总值能耗居全国第二低位，预计下降3.5%。粮食产量居全省前列，增长5%。城镇居民收入稳定，增长8%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "预计下降3.5%", "3.5%")).toMatchObject({ label_zh: "单位生产总值能耗下降", metric: "energy_intensity_change" });
    expect(one(x, "粮食产量居全省前列", "5%")).toMatchObject({ label_zh: "粮食产量增长", metric: "grain_output_growth" });
  });
});

describe("等 inside a word after a list of verbs (Shizuishan 2023: 新建、改扩建高等级公路100公里以上)", () => {
  it("keeps the word whole: 高等级公路, 中等职业学校, not what follows 等 as after an enumeration's 'and so on'", () => {
    const x = fixture(["地区生产总值增长5%。"], ["新建、改扩建高等级公路100公里以上，改造提升农村公路100公里以上。新建、改扩建中等职业学校5所。实施北塔中学、育才中学等15所学校改造。"]);
    expect(one(x, "高等级公路", "100公里").label_zh).toBe("新建、改扩建高等级公路");
    expect(one(x, "", "5所").label_zh).toBe("新建、改扩建中等职业学校");
    expect(one(x, "", "15所").label_zh).toBe("学校改造");
  });
});

describe("the nation's programme for the north named before the place's figures (Guyuan 2023: 北方地区冬季清洁取暖项目落地实施，…，空气质量优良天数比例稳定在92%以上)", () => {
  it("reads 北方地区 as one of the country's great regions, no division of the city: the share of good-air days is the city's", () => {
    const x = fixture(["地区生产总值增长6%左右。扩大“四尘同治”“五水共治”“六废联治”成果，北方地区冬季清洁取暖项目落地实施，12项主要污染物排放约束性指标顺利完成，空气质量优良天数比例稳定在92%以上，8个国控断面水质稳定达标。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "空气质量优良天数比例", "92%").metric).toBe("good_air_days_ratio");
  });

  it("still reads a prefecture named with 地区 as a division (塔城地区), and a part named by its own name (湘西地区)", () => {
    const x = fixture(["湘西地区开发战略初见成效，经济增长提速，去年完成生产总值690亿元，增长10.8%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "10.8%").metric).toBeNull();
  });
});

describe("people out of poverty said with 脱贫出列 (Yinchuan 2019: 确保19个贫困村8515人脱贫出列)", () => {
  it("counts the 8515 people as lifted out of poverty, the 19 villages as no people", () => {
    const x = fixture(["地区生产总值增长7.2%。16个贫困村6732名贫困人口脱贫退出。"], ["地区生产总值增长7%左右。确保19个贫困村8515人脱贫出列，生态移民人均可支配收入持续增长。"]);
    expect(one(x, "", "8515人")).toMatchObject({ kind: "target", metric: "poverty_exits_people" });
    expect(one(x, "", "19个").metric).toBeNull();
  });
});

describe("goals listed after a paragraph that closes on their deadline (Ningxia 2008: …到2012年的主要预期目标是: then ——实现经济实力新跨越。…地区生产总值力争翻番，跨过1500亿元大关)", () => {
  it("sets the listed items' goals over the years up to the deadline, not the plan year's; the list ends at the first paragraph that is no item", () => {
    const x = fixture(["地区生产总值增长8%。"], [
      "在新的起点上实现新跨越，对政府提出了新的更高要求。今后五年我们工作的总体要求是：加快转变经济发展方式，切实改善人民生活。到2024年的主要预期目标是:",
      "——实现经济实力新跨越。地区生产总值力争翻番，跨过1500亿元大关；工业增加值翻番，达到750亿元。",
      "——实现人民生活水平新提高。城镇居民人均可支配收入16500元，年均增长8.7%;人口自然增长率控制在9‰以内。",
      "大力发展设施农业，新建温棚10万亩。",
      "今年经济和社会发展的主要预期目标是:地区生产总值实现965亿元，增长12%以上。",
    ]);
    expect(one(x, "", "1500亿元")).toMatchObject({ kind: "target", metric: "gdp", year: 2024, period: [2020, 2024] });
    expect(one(x, "", "750亿元")).toMatchObject({ year: 2024, period: [2020, 2024] });
    expect(one(x, "", "16500元")).toMatchObject({ metric: "urban_income", year: 2024, period: [2020, 2024] });
    expect(one(x, "", "10万亩")).toMatchObject({ year: 2020, period: null });
    expect(one(x, "", "965亿元")).toMatchObject({ metric: "gdp", year: 2020, period: null });
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth" && f.year === 2020 && f.period === null)).toHaveLength(1);
  });
});

describe("the ground the year's goals stand on, told in the plan part (Guyuan 2023: 基础在于我市经济总量跨上400亿元台阶，正处在…起步加速阶段)", () => {
  it("is the level the reviewed year reached, no target of the plan year, and 基础在于 no word of its label", () => {
    const x = fixture(["预计全年地区生产总值增长6%左右。"], ["主要预期目标是：地区生产总值增长7%左右。", "实现上述目标，我们有机遇、有基础、有优势。基础在于我市经济总量跨上400亿元台阶，正处在新型工业化、信息化、城镇化起步加速阶段。"]);
    expect(one(x, "", "400亿元")).toMatchObject({ kind: "result", year: 2019, metric: "gdp", label_zh: "我市经济总量" });
    expect(x.figures.filter((f) => f.kind === "target" && f.metric !== null).map((f) => f.metric)).toEqual(["gdp_growth"]);
  });
});

describe("a yearly average after a comparison with the year its span starts from (Ningxia 2008: 2007年实现地区生产总值830亿元，与2002年相比，增加453亿元，按可比价计算，年均增长11.9%)", () => {
  it("is GDP growth averaged over the years after that one, no change against an older base; the amount added stays one", () => {
    const x = fixture(["五年来，我们狠抓发展第一要务。2019年实现地区生产总值830亿元，与2014年相比，增加453亿元，按可比价计算，年均增长11.9%。"], ["地区生产总值增长7%。"]);
    expect(one(x, "", "11.9%")).toMatchObject({ kind: "result", metric: "gdp_growth", period: [2015, 2019], base_year: null });
    expect(one(x, "", "453亿元")).toMatchObject({ metric: null, base_year: 2014 });
  });
});

describe("the amount per head after the report's own place's GDP (Shenzhen 2004: 全年实现本市生产总值2860.51亿元，比上年增长17.3%，人均5.39万元，增长7.5%)", () => {
  it("is the GDP per head and its growth, no second GDP and GDP growth", () => {
    const x = fixture(["据初步核算，全年实现本市生产总值2860.51亿元，比上年增长17.3%，人均5.39万元，增长7.5%。"], ["本市生产总值比上年增长13%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.metric ?? null, f.value])).toEqual([
      ["gdp", 2860.51],
      ["gdp_growth", 17.3],
      ["gdp_per_capita", 5.39],
      ["gdp_per_capita_growth", 7.5],
    ]);
  });
});

describe("the plan year's growth expected, 预期 right before the indicator (Harbin 2011: 预期地区生产总值增长12%以上)", () => {
  it("is the GDP growth target, labelled without 预期; the five-year average stays a period's", () => {
    const x = fixture(["全市地区生产总值增长14%。"], ["预期全市地区生产总值年均增长12%以上，人均地区生产总值突破1万美元。", "在经济社会发展方面，注重实现经济发展速度和结构质量效益相统一。预期地区生产总值增长12%以上。"]);
    expect(one(x, "预期地区生产总值增长12%以上", "12%")).toMatchObject({ kind: "target", metric: "gdp_growth", label_zh: "地区生产总值增长", year: 2020 });
  });
});

describe("a result held against the first years of the plan just ended, then the year's own results after a semicolon (Harbin 2011: 争取项目建设用地24.15平方公里，接近“十一五”时期前4年的总和；…全年实际利用外资7亿美元)", () => {
  it("keeps the figures after it the reviewed year's, no sum over the plan's years", () => {
    const x = fixture(["大项目建设保障力度加大，争取项目建设用地24.15平方公里，接近“十一五”时期前4年的总和；项目招商引资规模扩大，全年实际利用外资7亿美元，增长15.7%。"], ["地区生产总值增长12%以上。"]);
    expect(one(x, "全年实际利用外资7亿美元", "7亿美元")).toMatchObject({ metric: "fdi_actual", year: 2019, period: null });
  });
});

describe("a kind of trade with the verb of its figure (Urumqi 2024: 跨境电商实现进出口额23.8亿元、增长71%)", () => {
  it("is that kind's trade, not the place's imports and exports", () => {
    const x = fixture(["进出口总额增长36.5%。新增跨境电商公共服务平台2个、线下产业园2个，海外仓达到10个，跨境电商实现进出口额23.8亿元、增长71%。"], ["地区生产总值增长7.5%左右。"]);
    expect(writtenMetrics(x, "跨境电商实现")).toEqual([
      ["23.8亿元", null],
      ["71%", null],
    ]);
    expect(one(x, "进出口总额增长36.5%", "36.5%").metric).toBe("foreign_trade_growth");
  });
});

describe("an aggregate named bare right after a clause that pushes on a zone's development (Zhengzhou 2015: 加快产业集聚区发展，力争完成固定资产投资2400亿元)", () => {
  it("is the zone's investment, not the city's; the city's own target stays", () => {
    const x = fixture(["固定资产投资5280亿元，增长20%。"], ["固定资产投资增长18%。加快产业集聚区发展，力争完成固定资产投资2400亿元。"]);
    expect(one(x, "力争完成固定资产投资2400亿元", "2400亿元").metric).toBeNull();
    expect(one(x, "固定资产投资增长18%", "18%").metric).toBe("fixed_investment_growth");
  });
});

describe("R&D spending as a share of GDP named with 和 (Harbin 2011: 全社会研究和试验发展经费支出占地区生产总值的比重达到2.5%以上)", () => {
  it("is the R&D intensity, no share of nothing", () => {
    const x = fixture(["地区生产总值增长14%。"], ["地区生产总值增长12%以上。全社会研究和试验发展经费支出占地区生产总值的比重达到2.5%以上。"]);
    expect(one(x, "研究和试验发展经费支出", "2.5%").metric).toBe("rd_intensity");
  });
});

describe("net additions after a comparison with a year set as a clause of its own (Zhengzhou 2015: 与2011年相比，地区生产总值净增了1820亿元，地方公共财政预算收入净增了332亿元)", () => {
  it("are measured against that year", () => {
    const x = fixture(["地区生产总值增长9.3%。与2016年相比，地区生产总值净增了1820亿元，地方公共财政预算收入净增了332亿元。"], ["地区生产总值增长9%左右。"]);
    expect(quoting(x, "净增了").map((f) => [f.value, f.base_year])).toEqual([
      [1820, 2016],
      [332, 2016],
    ]);
  });
});

describe("a running total over years counted in digits (Harbin 2011: 固定资产投资5年累计达7725.8亿元，是“十五”时期的3.4倍，年均增长32.9%)", () => {
  it("is labelled by what it totals, its years the period, as 五年累计 is", () => {
    const x = fixture(["“十一五”时期，全市地区生产总值年均增长13.5%；固定资产投资5年累计达7725.8亿元，年均增长32.9%。"], ["地区生产总值增长12%以上。"]);
    expect(one(x, "固定资产投资5年累计达7725.8亿元", "7725.8亿元")).toMatchObject({ label_zh: "固定资产投资", metric: "fixed_investment" });
    expect(one(x, "年均增长32.9%", "32.9%").label_zh).toBe("固定资产投资年均增长");
  });
});

describe("two revenues both doubled, then their levels (Guangdong 2013: 来源于广东的财政总收入和地方公共财政预算收入均实现翻番，分别达…)", () => {
  it("leaves the doubling out of the last item's label", () => {
    const x = fixture(["财政总收入和地方公共财政预算收入均实现翻番，分别达到8000亿元和6000亿元。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "6000亿元")).toMatchObject({ label_zh: "地方公共财政预算收入", metric: "budget_revenue" });
    expect(one(x, "", "8000亿元").label_zh).toBe("财政总收入");
  });
});

describe("a yearly average growth right after a share (Guangdong 2013: 民间投资占投资总额的53.5%，年均增长23.8%)", () => {
  it("is the growth of what the share measures, labelled without the whole", () => {
    const x = fixture(["民间投资占投资总额的53.5%，年均增长23.8%。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "23.8%")).toMatchObject({ label_zh: "民间投资年均增长", metric: "private_investment_growth" });
  });
});

describe("a level said with 大于, 多于, 逾, 小于 or 少于 (Dandong 2016: 优良天数大于300天; Shangrao 2024: 交易逾2000万元)", () => {
  it("is a bound, its word no part of the label", () => {
    const x = fixture(["全年优良天数大于300天，电商交易额逾2000万元，新增企业多于500家。逾期贷款下降5%。"], ["地区生产总值增长6.5%左右。PM2.5平均浓度小于35微克/立方米，重大事故少于3起。"]);
    expect(one(x, "", "300天")).toMatchObject({ label_zh: "优良天数", qualifier: "at_least", metric: "good_air_days" });
    expect(one(x, "", "2000万元")).toMatchObject({ label_zh: "电商交易额", qualifier: "at_least" });
    expect(one(x, "", "500家")).toMatchObject({ label_zh: "新增企业", qualifier: "at_least" });
    expect(one(x, "", "35微克/立方米")).toMatchObject({ label_zh: "PM2.5平均浓度", qualifier: "at_most" });
    expect(one(x, "", "3起")).toMatchObject({ label_zh: "重大事故", qualifier: "at_most" });
    expect(one(x, "", "5%")).toMatchObject({ label_zh: "逾期贷款下降", qualifier: null });
  });
});

describe("deputies' motions and suggestions named together (Bozhou 2022: 办理人大代表议案建议1133件; Guyuan 2023: 21件人大议案建议)", () => {
  it("are the deputies' suggestions handled, as 人大代表建议 is", () => {
    const x = fixture(["办理人大代表议案建议1133件、政协提案586件。办理21件人大议案建议。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "1133件").metric).toBe("deputies_suggestions");
    expect(one(x, "", "21件").metric).toBe("deputies_suggestions");
    expect(one(x, "", "586件").metric).toBe("cppcc_proposals");
  });
});

describe("tourist arrivals and tourism spending listed before one growth target (Wuwei 2025: 力争接待游客人数、旅游花费增长25%以上)", () => {
  it("gives each its target", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长6.5%左右。力争接待游客人数、旅游花费增长25%以上。"]);
    expect(quoting(x, "旅游花费").map((f) => [f.label_zh, f.metric, f.value, f.qualifier])).toEqual([
      ["接待游客人数增长", "tourist_arrivals_growth", 25, "at_least"],
      ["旅游花费增长", "tourism_revenue_growth", 25, "at_least"],
    ]);
  });
});

describe("wells counted by the eye (Wuwei 2025: 完成1.62万眼机井计量设施提升改造)", () => {
  it("reads 眼 as the measure word, the wells in the label; 眼 opening a word is none", () => {
    const x = fixture(["新打机井300眼。"], ["地区生产总值增长6.5%左右。完成1.62万眼机井计量设施提升改造。用3眼光看待发展。"]);
    expect(one(x, "", "300眼")).toMatchObject({ unit: "眼", label_zh: "新打机井" });
    expect(one(x, "", "1.62万眼")).toMatchObject({ unit: "万眼", value: 1.62 });
    expect(quoting(x, "眼光")).toEqual([]);
  });
});

describe("yearly averages after a clause that lists the items and gives no figure (Guangzhou 1993: 市预算内财政收入和财政支出，五年平均每年增长11.79%和15.05%)", () => {
  it("are one each, in the order listed", () => {
    const x = fixture(["财政金融发展较快。市预算内财政收入和财政支出，五年平均每年增长11.79%和15.05%。"], ["地区生产总值增长6%。"]);
    expect(writtenMetrics(x, "五年平均每年增长")).toEqual([
      ["11.79%", "budget_revenue_growth"],
      ["15.05%", "budget_spending_growth"],
    ]);
    expect(one(x, "五年平均每年增长", "11.79%").label_zh).toBe("市预算内财政收入平均每年增长");
  });
});

describe("levels a fall ends at, after a clause that lists the items and gives no figure (Beijing 1998: 社会商品零售价格和居民消费价格指数上涨幅度，从连续几年的高位回落到去年的3.8%和5.3%)", () => {
  it("are each item's rise of prices in the year reviewed", () => {
    const x = fixture(["社会商品零售价格和居民消费价格指数上涨幅度，从连续几年的高位回落到去年的3.8%和5.3%。"], ["地区生产总值增长6%。"]);
    expect(writtenMetrics(x, "回落到去年的")).toEqual([
      ["3.8%", "retail_price_growth"],
      ["5.3%", "cpi_growth"],
    ]);
    expect(one(x, "回落到去年的", "5.3%")).toMatchObject({ kind: "result", year: 2019, label_zh: "居民消费价格指数上涨幅度" });
  });
});

describe("a causative 使 before the subject (Beijing 1998: 使科技进步对经济增长的贡献率达到50%以上) and exports named 对外贸易出口 (Inner Mongolia 2000)", () => {
  it("leaves 使 out of the label, keeps 使用 a word, and reads the exports' growth", () => {
    const x = fixture(["地区生产总值增长6%。使用资金5亿元。"], ["地区生产总值增长6.5%左右。使科技进步对经济增长的贡献率达到50%以上，使全区固定资产投资总额增长10%。全区对外贸易出口增长10％左右。"]);
    expect(one(x, "", "50%")).toMatchObject({ label_zh: "科技进步对经济增长的贡献率", metric: "tech_progress_contribution" });
    expect(one(x, "", "10%").label_zh).toBe("全区固定资产投资总额增长");
    expect(one(x, "", "10％").metric).toBe("exports_growth");
    expect(one(x, "", "5亿元").label_zh).toBe("使用资金");
  });
});

describe("a yearly flow held as a multiple of the last term's end, in a paragraph summing up the term (Bozhou 2016: 实际利用外商直接投资6.6亿美元，是“十一五”末的4.2倍，年均增长33%)", () => {
  it("is the reviewed year's amount, no sum over the term's years; the average stays the term's", () => {
    const x = extractText(
      "ceshi-2016.txt",
      [
        "2016年测试市政府工作报告",
        "2016年1月6日在测试市第一届人民代表大会第一次会议上",
        "市长 张三",
        "各位代表：",
        "2015年和“十二五”时期工作回顾",
        "过去一年，全市地区生产总值950亿元，增长9%。",
        "各位代表，2015年各项目标任务的完成，标志着“十二五”规划胜利收官。回顾过去五年，我们积极应对复杂局面。",
        "——综合实力显著提升。社会消费品零售总额达437亿元，是“十一五”末的2倍，年均增长14.4%；实际利用外商直接投资6.6亿美元，是“十一五”末的4.2倍，年均增长33%。",
        "2016年的重点工作",
        "地区生产总值增长9%左右。",
      ].join("\n"),
    );
    expect(one(x, "实际利用外商直接投资6.6亿美元", "6.6亿美元")).toMatchObject({ year: 2015, period: null });
    expect(one(x, "年均增长33%", "33%")).toMatchObject({ metric: "fdi_actual_growth", period: [2011, 2015] });
  });
});

describe("domestic capital from outside the place, 利用内资 or 市外内资 (Bozhou 2016: 全年实际利用内资1231.9亿元，增长21.7%；力争全年引进市外内资增长15%左右、达1380亿元)", () => {
  it("is the investment attracted and its growth", () => {
    const x = fixture(["全年实际利用内资1231.9亿元，增长21.7%。"], ["地区生产总值增长9%左右。力争全年引进市外内资增长15%左右、达1380亿元。"]);
    expect(writtenMetrics(x, "实际利用内资")).toEqual([
      ["1231.9亿元", "investment_attracted"],
      ["21.7%", "investment_attracted_growth"],
    ]);
    expect(writtenMetrics(x, "引进市外内资")).toEqual([
      ["15%", "investment_attracted_growth"],
      ["1380亿元", "investment_attracted"],
    ]);
  });
});

describe("industries listed whole, the last one's name ending in a word of two characters (Qinghai 2017: 新材料、装备制造业分别增长14.8%、35.1%)", () => {
  it("labels each by its own name, no piece of the last one's word added to the first", () => {
    const x = fixture(["地区生产总值增长8%。新材料、装备制造业分别增长14.8%、35.1%。"], ["地区生产总值增长7.5%左右。"]);
    expect(one(x, "新材料、装备制造业", "14.8%").label_zh).not.toMatch(/造业/);
    expect(one(x, "新材料、装备制造业", "35.1%").label_zh).toMatch(/^装备制造业/);
  });
});

describe("the share of days of good air with 平均 inside its name (Inner Mongolia 2019: 全区空气质量平均达标天数比例为83.6%)", () => {
  it("is the share of days of good air", () => {
    const x = fixture(["地区生产总值增长5.3%。全区空气质量平均达标天数比例为83.6%。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "平均达标天数比例", "83.6%").metric).toBe("good_air_days_ratio");
  });
});

describe("a short sentence that tells a new area set up, among the year's other events (Jilin 2022: 批复设立梅河新区。…进出口总额增长17.3%，实际利用外资增长16.7%)", () => {
  it("leads nothing: the foreign trade and investment after it stay the province's", () => {
    const x = fixture(["地区生产总值增长6.6%。长春临空经济示范区正式揭牌。批复设立梅河新区。新增3个国家级外贸转型升级基地。进出口总额增长17.3%，实际利用外资增长16.7%。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "进出口总额增长17.3%", "17.3%").metric).toBe("foreign_trade_growth");
  });
});

describe("the upkeep of rural roads beside the roads built (Jilin 2022: 新改建农村公路2500公里。实施农村公路养护工程3500公里)", () => {
  it("is no road built: only the roads built or rebuilt are the indicator's", () => {
    const x = fixture(["地区生产总值增长6.6%。"], ["地区生产总值增长6%左右。新改建农村公路2500公里。实施农村公路养护工程3500公里。"]);
    expect(one(x, "新改建农村公路2500公里", "2500公里").metric).toBe("rural_road_length");
    expect(one(x, "农村公路养护工程", "3500公里").metric).toBeNull();
  });
});

describe("the patrol of rural roads beside the roads built (Zhaoqing 2020: 农村公路累计巡查（含路政、养护）里程19.36万公里)", () => {
  it("is no road built: the length patrolled is no indicator's", () => {
    const x = fixture(["完成新农村公路硬底化建设410公里。农村公路累计巡查（含路政、养护）里程19.36万公里。"], ["地区生产总值增长6%以上。"]);
    expect(one(x, "农村公路累计巡查", "19.36万公里").metric).toBeNull();
    expect(one(x, "新农村公路硬底化建设410公里", "410公里").metric).toBe("rural_road_length");
  });
});

describe("visitors named bare before their growth (Ningxia 2017: 启动三年行动计划，游客增长14.4%，旅游收入增长28%)", () => {
  it("is the tourist arrivals' growth, as the plan's 接待游客增长 is; a thing of the visitors (游客人均消费) stays none", () => {
    const x = fixture(["成为全国第2个省级全域旅游示范区，启动三年行动计划，游客增长14.4%，旅游收入增长28%。游客人均消费增长5%。"], ["全年接待游客和旅游收入分别增长10%和15%以上。"]);
    expect(one(x, "游客增长14.4%", "14.4%")).toMatchObject({ kind: "result", metric: "tourist_arrivals_growth", year: 2019 });
    expect(one(x, "游客人均消费增长5%", "5%").metric).toBeNull();
    expect(one(x, "接待游客和旅游收入", "10%").metric).toBe("tourist_arrivals_growth");
  });
});

describe("the public budget's revenue named with 财政 before it (Yinchuan 2015: 地方财政公共预算收入增长12%左右)", () => {
  it("is the budget revenue's growth target, as 公共财政预算收入 is the result's", () => {
    const x = fixture(["完成地方财政收入251.70亿元，增长12.7%，其中公共财政预算收入153.60亿元，增长14.1%。"], ["地区生产总值增长10%左右，地方财政公共预算收入增长12%左右，全社会固定资产投资增长22%左右。"]);
    expect(one(x, "地方财政公共预算收入增长12%左右", "12%")).toMatchObject({ kind: "target", metric: "budget_revenue_growth", year: 2020 });
    expect(one(x, "公共财政预算收入153.60亿元", "14.1%").metric).toBe("budget_revenue_growth");
  });
});

describe("the government's meetings and papers named bare before a last item of another kind (Yinchuan 2015: 会议、文件和评比表彰项目分别减少30%、29.5%、16.8%)", () => {
  it("are cut each by its own figure, labelled without the last item's words", () => {
    const x = fixture(["全面清理规范公务用车、办公用房，会议、文件和评比表彰项目分别减少30%、29.5%、16.8%，“三公”经费下降23.8%。"], ["地区生产总值增长10%左右。"]);
    expect(quoting(x, "评比表彰项目").map((f) => [f.label_zh, f.metric])).toEqual([
      ["会议减少", "meetings_change"],
      ["文件减少", "documents_change"],
      ["评比表彰项目减少", null],
    ]);
  });
});

describe("a population bound set for later years, the year between the indicator and its verb (State Council 1996: 全国人口2000年要控制在13亿以内，2010年要控制在14亿以内)", () => {
  it("is a target of each year named, the second of the same population", () => {
    const x = nationFixture(["国内生产总值增长6.1%。"], ["国内生产总值增长6%左右。全国人口2025年要控制在13亿以内，2030年要控制在14亿以内，任务艰巨。"]);
    expect(one(x, "全国人口2025年要控制在13亿以内", "13亿")).toMatchObject({ kind: "target", year: 2025, label_zh: "全国人口" });
    expect(one(x, "2030年要控制在14亿以内", "14亿")).toMatchObject({ kind: "target", year: 2030, label_zh: "全国人口" });
  });
});

describe("the running fall of energy use per unit of GDP over the first years of a plan (State Council 2010: “十一五”前四年累计单位国内生产总值能耗下降14.38%)", () => {
  it("is the energy intensity's change over those years, labelled without the years", () => {
    const x = nationFixture(["“十三五”前四年累计单位国内生产总值能耗下降14.38%，化学需氧量、二氧化硫排放量分别下降9.66%和13.14%。"], ["国内生产总值增长6%左右。"]);
    expect(one(x, "累计单位国内生产总值能耗下降14.38%", "14.38%")).toMatchObject({ metric: "energy_intensity_change", period: [2016, 2019], label_zh: "累计单位国内生产总值能耗下降" });
  });
});

describe("jobs counted as positions (Shanghai 2020: 新增就业岗位58.9万个, target 50万个; Sanya 2014: 新增城镇就业岗位3.3万个)", () => {
  it("are an indicator of their own beside the new urban jobs counted in people, so the target pairs with the result; vacancies a job fair offers are none", () => {
    const x = fixture(["新增就业岗位58.9万个，城镇新增就业1.2万人。举办招聘会，提供就业岗位3万个。"], ["地区生产总值增长6.5%左右。新增就业岗位50万个。"]);
    expect(one(x, "新增就业岗位58.9万个", "58.9万个")).toMatchObject({ metric: "job_positions_new", kind: "result" });
    expect(one(x, "新增就业岗位50万个", "50万个")).toMatchObject({ metric: "job_positions_new", kind: "target" });
    expect(one(x, "", "1.2万人").metric).toBe("urban_jobs_new");
    expect(one(x, "", "3万个").metric).toBeNull();
  });
});

describe("an estimate said to be preliminary before the year's result (Heilongjiang 2020: 初步预计全年地区生产总值增长4.2%)", () => {
  it("leaves 初步预计 and 初步统计 out of the label, the first an estimate", () => {
    const x = fixture(["初步预计全年地区生产总值增长4.2%。初步统计全年规模以上工业增加值增长4%。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "4.2%")).toMatchObject({ label_zh: "地区生产总值增长", metric: "gdp_growth", kind: "result", estimate: true });
    expect(one(x, "", "4%")).toMatchObject({ label_zh: "规模以上工业增加值增长", metric: "industrial_value_added_growth" });
  });
});

describe("older names of tourism revenue and of the funds drawn from other provinces (Hebei 1999: 旅游创收176亿元、创汇1.07亿美元; Jilin 2005: 引进外省资金121亿元，增长30.9%)", () => {
  it("read 旅游创收 as tourism revenue and 外省资金 as investment attracted, as 省外资金 is, the foreign exchange earned no indicator", () => {
    const x = fixture(["引进外省资金121亿元，增长30.9%。旅游创收150亿元。"], ["地区生产总值增长8%左右。旅游创收176亿元、创汇1.07亿美元。"]);
    expect(one(x, "引进外省资金121亿元", "121亿元")).toMatchObject({ metric: "investment_attracted", kind: "result", year: 2019 });
    expect(one(x, "", "30.9%").metric).toBe("investment_attracted_growth");
    expect(one(x, "旅游创收150亿元", "150亿元")).toMatchObject({ metric: "tourism_revenue", kind: "result" });
    expect(one(x, "旅游创收176亿元", "176亿元")).toMatchObject({ metric: "tourism_revenue", kind: "target", year: 2020 });
    expect(one(x, "", "1.07亿美元").metric).toBeNull();
  });
});

describe("more than some percentage points, 以上 inside the measure (Yunnan 2004: 力争非公有制经济在全省国民经济中的比重提高3个以上百分点)", () => {
  it("is a lower bound in 个百分点, not a count of 3, so the urbanisation rate's rise is its indicator", () => {
    const x = fixture(["地区生产总值增长8.6%。"], ["地区生产总值增长8%。力争非公有制经济在全省国民经济中的比重提高3个以上百分点，城镇化率提高1个以上百分点。"]);
    expect(one(x, "比重提高3个以上百分点", "3个以上百分点")).toMatchObject({ value: 3, unit: "个百分点", qualifier: "at_least", kind: "target" });
    expect(one(x, "城镇化率提高1个以上百分点", "1个以上百分点")).toMatchObject({ value: 1, unit: "个百分点", qualifier: "at_least", metric: "urbanization_rate_change" });
  });
});

describe("a bare comprehensive revenue right after the tourists received (Ganzi 2019: 全年接待游客2230万人次、首次跨越“两千万”台阶，综合收入222.5亿元)", () => {
  it("is the tourism revenue, as the plan's 旅游综合收入 is; a comprehensive revenue after no tourists stays none", () => {
    const x = fixture(["全年接待游客2230万人次、首次跨越“两千万”台阶，综合收入222.5亿元、首次突破“两百亿”大关。全市农业综合收入30亿元。"], ["地区生产总值增长8%左右。全年接待游客2800万人次左右，实现旅游综合收入300亿元以上。"]);
    expect(one(x, "综合收入222.5亿元", "222.5亿元")).toMatchObject({ kind: "result", metric: "tourism_revenue", year: 2019, label_zh: "旅游综合收入" });
    expect(one(x, "旅游综合收入300亿元", "300亿元").metric).toBe("tourism_revenue");
    expect(one(x, "农业综合收入30亿元", "30亿元").metric).toBeNull();
  });
});

describe("the funds brought in from outside and the foreign capital used, listed before one growth (Lincang 2022: 引进市外到位资金、实际利用外资同比增长10%)", () => {
  it("is each one's growth target, the investment attracted's and the foreign investment's", () => {
    const x = fixture(["地区生产总值增长7%。"], ["地区生产总值增长8%以上。引进市外到位资金、实际利用外资同比增长10%。"]);
    expect(quoting(x, "实际利用外资同比增长10%").map((f) => [f.label_zh, f.metric, f.kind])).toEqual([
      ["引进市外到位资金同比增长", "investment_attracted_growth", "target"],
      ["实际利用外资同比增长", "fdi_actual_growth", "target"],
    ]);
  });
});

describe("the incomes of the residents of farming and herding villages (Gannan 2014: 农牧村居民家庭人均纯收入5027元，增长18%)", () => {
  it("are the rural incomes per head, net and disposable, level and growth, as 农牧民人均纯收入 is", () => {
    const x = fixture(["农牧民人均纯收入4260元，增长18%。"], ["地区生产总值增长11.5%；农牧村居民家庭人均纯收入5027元，增长18%。农牧村常住居民人均可支配收入增长10%。"]);
    expect(one(x, "农牧村居民家庭人均纯收入5027元", "5027元")).toMatchObject({ kind: "target", metric: "rural_net_income", year: 2020 });
    expect(one(x, "农牧村居民家庭人均纯收入5027元", "18%").metric).toBe("rural_net_income_growth");
    expect(one(x, "农牧村常住居民人均可支配收入增长10%", "10%").metric).toBe("rural_income_growth");
  });
});

describe("foreign investment actually used counted in yuan (Foshan 2026: 新设外资企业5627家，实际利用外资233亿元)", () => {
  it("is an indicator of its own beside the same investment in US dollars, related to it; a target in dollars stays the dollar one", () => {
    const x = fixture(["新设外资企业5627家，实际利用外资233亿元，增长5%。"], ["地区生产总值增长5%左右。实际利用外资10亿美元。"]);
    expect(one(x, "实际利用外资233亿元", "233亿元")).toMatchObject({ metric: "fdi_actual_yuan", kind: "result", year: 2019 });
    expect(one(x, "实际利用外资10亿美元", "10亿美元").metric).toBe("fdi_actual");
    expect(one(x, "233亿元，增长5%", "5%").metric).toBe("fdi_actual_growth");
    expect(metrics.find((m) => m.id === "fdi_actual_yuan")?.related).toContain("fdi_actual");
  });
});

describe("a zone's customs fence told closed in the middle of a paragraph (Foshan 2026: 佛山综合保税区封关运作。…新设外资企业5627家，实际利用外资233亿元)", () => {
  it("is an event of the years reviewed: the figures after it stay the place's; a lead that pushes the closing on still leads the zone's work", () => {
    const x = fixture(["对外开放双向发力。综合保税区封关运作。新设外资企业5627家，实际利用外资233亿元。"], ["地区生产总值增长5%左右。对外开放提质增效。加快综合保税区封关运作。实现进出口总额50亿元。"]);
    expect(one(x, "实际利用外资233亿元", "233亿元").metric).toBe("fdi_actual_yuan");
    expect(one(x, "实现进出口总额50亿元", "50亿元").metric).toBeNull();
  });
});

describe("firms helped counted each time (Foshan 2026: 市级政策性金融工具帮助9300家次企业融资超过800亿元)", () => {
  it("is one unit, 家次, so no 次 is left over to open the amount's label", () => {
    const x = fixture(["升级“信易贷”平台，市级政策性金融工具帮助9300家次企业融资超过800亿元，制造业贷款增长6.4%。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "", "9300家次")).toMatchObject({ unit: "家次", value: 9300 });
    expect(one(x, "", "800亿元")).toMatchObject({ label_zh: "企业融资", qualifier: "at_least" });
    expect(withUnitEn(9300, "家次")).toBe("9,300 firm-times");
  });
});

describe("innovation platforms told at work, no verb of making them (Dongying 2025: 稀土催化研究院等43个国家级创新平台加快高质量发展)", () => {
  it("are no count of new platforms, which takes a verb of founding, building or approving them", () => {
    const x = fixture(["稀土催化研究院等43个国家级创新平台加快高质量发展。建成各类创新平台40家，新获批省级创新平台12个。"], ["地区生产总值增长5.5%以上。新增省级以上创新平台6家。"]);
    expect(one(x, "", "43个").metric).toBeNull();
    expect(one(x, "", "40家").metric).toBe("innovation_platforms_new");
    expect(one(x, "", "12个").metric).toBe("innovation_platforms_new");
    expect(one(x, "", "6家")).toMatchObject({ metric: "innovation_platforms_new", kind: "target" });
  });
});

describe("a multiple of an earlier year's total between a five-year review's level and its average growth (Nanning 2016: 地区生产总值连续跨越2000亿元、3000亿元两个台阶，总量是2010年的1.89倍，年均增长10.6%)", () => {
  it("leaves the indicator, not the comparison, to the average growth after it, whether the multiple says 总量 or names the indicator itself", () => {
    const x = fixture(
      ["“十三五”时期，地区生产总值连续跨越2000亿元、3000亿元两个台阶，总量是2015年的1.89倍，年均增长10.6%；固定资产投资突破3000亿元，总量是2015年的2.42倍，年均增长24.67%；社会消费品零售总额是2015年的1.97倍，年均增长14.4%。"],
      ["地区生产总值增长8%以上。"],
    );
    expect(one(x, "", "10.6%")).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "地区生产总值年均增长", period: [2016, 2019] });
    expect(one(x, "", "24.67%")).toMatchObject({ metric: "fixed_investment_growth", label_zh: "固定资产投资年均增长" });
    expect(one(x, "", "14.4%")).toMatchObject({ metric: "retail_sales_growth", label_zh: "社会消费品零售总额年均增长" });
    expect(one(x, "", "1.89倍")).toMatchObject({ metric: null, unit: "倍" });
  });
});

describe("a city's figure followed by its share of the autonomous region (Nanning 2016: 年均增长10.6%，占全区比重提高1.48个百分点)", () => {
  it("is the city's own, as one followed by its share of the province is; one followed by its share of the city (占全市比重) stays a part's", () => {
    const x = fixture(
      ["“十三五”时期，地区生产总值年均增长10.6%，占全区比重提高1.48个百分点。工业园区规模以上工业增加值100亿元，占全市比重36%。"],
      ["地区生产总值增长8%以上。"],
    );
    expect(one(x, "", "10.6%")).toMatchObject({ kind: "result", metric: "gdp_growth", period: [2016, 2019] });
    expect(one(x, "", "100亿元").metric).toBeNull();
  });
});

describe("the investment of a place's growth areas named one after another, or of the campaign for them (Quanzhou 2011: 泉州湾、湄洲湾南岸、安永德三大增长区域完成年度全社会固定资产投资958.3亿元)", () => {
  it("is those areas', not the city's fixed investment, in the review and in the plan; the city's own stays its indicator", () => {
    const x = fixture(
      ["新增长区域发展战役，泉州湾、湄洲湾南岸、安永德三大增长区域完成年度全社会固定资产投资958.3亿元。全社会固定资产投资1250.81亿元。"],
      ["全社会固定资产投资增长21%。", "新增长区域发展战役要全力确保完成年度全社会固定资产投资1115亿元，其中泉州湾、湄洲湾南岸、安永德区域分别完成年度投资860亿元、210亿元、45亿元。"],
    );
    expect(one(x, "", "958.3亿元").metric).toBeNull();
    expect(one(x, "", "1115亿元").metric).toBeNull();
    expect(one(x, "", "1250.81亿元").metric).toBe("fixed_investment");
    expect(one(x, "", "21%").metric).toBe("fixed_investment_growth");
  });
});

describe("a paragraph led by the opening up of the city's Taiwanese investment zone (Quanzhou 2011: 加速泉州台商投资区开发开放。…力争完成固定资产投资70亿元以上)", () => {
  it("tells the zone's investment, not the city's", () => {
    const x = fixture(["全社会固定资产投资1250.81亿元。"], ["加速泉州台商投资区开发开放。积极争取先行先试政策，高起点、前瞻性编制各项规划。全面铺开基础设施建设，确保南北主干道建成通车，抓好杏秀路拓改、产业园区“七通一平”等项目，力争完成固定资产投资70亿元以上。"]);
    expect(one(x, "", "70亿元").metric).toBeNull();
  });
});

describe("innovation platforms set up, opened under their plaque, settled or striven for (Wulumuqi 2024: 铝基材料重点实验室等７个自治区级创新平台挂牌; Neimenggu 2023: 5个国家级科研创新平台落户农科院; Tianshui 2025: 争创省级创新平台2家以上)", () => {
  it("are new platforms, as those built or approved are", () => {
    const x = fixture(["铝基材料重点实验室等7个自治区级创新平台挂牌，5个国家级科研创新平台落户农科院。"], ["地区生产总值增长5.5%以上。争创省级创新平台2家以上，设立市级创新平台3个。"]);
    expect(one(x, "", "7个").metric).toBe("innovation_platforms_new");
    expect(one(x, "", "5个").metric).toBe("innovation_platforms_new");
    expect(one(x, "", "2家")).toMatchObject({ metric: "innovation_platforms_new", kind: "target" });
    expect(one(x, "", "3个").metric).toBe("innovation_platforms_new");
  });
});

describe("commerce's investment (Shenyang 2004: 商业固定资产投资总额达60亿元以上)", () => {
  it("is that sector's, not the place's fixed-asset investment, which the review's own figure still is", () => {
    const x = fixture(["固定资产投资完成580亿元，增长44.1%。商业固定资产投资总额达60亿元以上。"], ["国内生产总值增长12.5%。"]);
    expect(one(x, "商业固定资产投资总额", "60亿元").metric).toBeNull();
    expect(one(x, "固定资产投资完成580亿元", "580亿元")).toMatchObject({ metric: "fixed_investment", kind: "result" });
  });
});

describe("a paragraph led by a new area told what it is to do (Shenyang 2004: 铁西新区要继续发挥老工业基地振兴中的先行作用。要规划建设100个汽车零部件项目…，固定资产投资争取超过100亿元)", () => {
  it("gives the figures of the sentence after the lead to the area, not the place, whose own target stays", () => {
    const x = fixture(
      ["地区生产总值增长14.2%。"],
      ["国内生产总值增长12.5%，固定资产投资增长25%。", "铁西新区要继续发挥老工业基地振兴中的先行作用。要规划建设100个汽车零部件项目，固定资产投资争取超过100亿元。"],
    );
    expect(one(x, "固定资产投资争取超过100亿元", "100亿元").metric).toBeNull();
    expect(one(x, "固定资产投资增长25%", "25%")).toMatchObject({ metric: "fixed_investment_growth", kind: "target" });
  });
});

describe("a zone's aggregates listed before one verb of their changes, and a zone that completed GDP under its older name (Taiyuan 2003: 高新区国内生产总值、财政总收入分别比上年增长51.9%和63.8%。经济区完成国内生产总值和税收分别增长120%和31%)", () => {
  it("are the zones' figures, every item of the list, not the city's", () => {
    const x = fixture(
      ["全年完成国内生产总值433.6亿元，增长13.5%；财政总收入46.7亿元，增长21.6%。高新区国内生产总值、财政总收入分别比上年增长51.9%和63.8%。经济区完成国内生产总值和税收分别增长120%和31%。"],
      ["国内生产总值增长15%。"],
    );
    expect(one(x, "", "63.8%").metric).toBeNull();
    expect(one(x, "", "51.9%").metric).toBeNull();
    expect(one(x, "", "120%").metric).toBeNull();
    expect(one(x, "", "21.6%")).toMatchObject({ metric: "fiscal_revenue_total_growth", kind: "result" });
    expect(one(x, "", "13.5%").metric).toBe("gdp_growth");
  });
});

describe("a part of the place before the verb of its estimate (Dalian 2008: 涉农区市县预计实现地区生产总值1520亿元，增长19.8%)", () => {
  it("is that part's output and growth, not the city's, whose own estimate stays", () => {
    const x = fixture(["预计全市地区生产总值突破3000亿元，增长17%以上。涉农区市县预计实现地区生产总值1520亿元，增长19.8%。"], ["地区生产总值增长15%。"]);
    expect(one(x, "", "1520亿元").metric).toBeNull();
    expect(one(x, "", "19.8%").metric).toBeNull();
    expect(one(x, "", "3000亿元")).toMatchObject({ metric: "gdp", kind: "result", estimate: true });
  });
});

describe("amounts compared with an earlier plan's whole term (Dalian 2006: 完成地方财政一般预算收入573亿元，…，社会消费品零售总额2908亿元，分别比“九五”时期增长103.6％、140％和68.5％)", () => {
  it("are the totals over the years looked back on, not the last year's budget revenue or retail sales; a level against a term's end stays the year's", () => {
    const x = fixture(
      [
        "地区生产总值增长8%。",
        "五年间，全市累计实现地区生产总值8526亿元，年均增长14.3％。完成地方财政一般预算收入573亿元，全社会固定资产投资3000多亿元，社会消费品零售总额2908亿元，分别比“九五”时期增长103.6％、140％和68.5％。",
        "全年地方财政一般预算收入151亿元，比“十五”末增长20%。",
      ],
      ["地区生产总值增长8%左右。"],
    );
    expect(one(x, "", "573亿元")).toMatchObject({ metric: "budget_revenue", kind: "result", period: [2015, 2019] });
    expect(one(x, "", "2908亿元")).toMatchObject({ metric: "retail_sales", period: [2015, 2019] });
    expect(one(x, "", "151亿元")).toMatchObject({ metric: "budget_revenue", year: 2019, period: null });
  });
});

describe("the exports of the place's own traders, an older report's 自营出口 (Dalian 2006: 完成自营出口124.3亿美元，增长22.4％; 外贸自营出口增长15％左右)", () => {
  it("are the exports, level and growth, result and target, as the five-year aim's 外贸自营出口总额 is; one product's stays none", () => {
    const x = fixture(["完成自营出口124.3亿美元，增长22.4％；机电产品自营出口50亿美元，增长10%。"], ["主要预期目标是：地区生产总值增长13％；外贸自营出口增长15％左右。"]);
    expect(one(x, "完成自营出口124.3亿美元", "124.3亿美元")).toMatchObject({ metric: "exports_usd", kind: "result", year: 2019 });
    expect(one(x, "完成自营出口124.3亿美元，增长22.4％", "22.4％").metric).toBe("exports_growth");
    expect(one(x, "外贸自营出口增长15％左右", "15％")).toMatchObject({ metric: "exports_growth", kind: "target", year: 2020 });
    expect(one(x, "机电产品自营出口50亿美元", "50亿美元").metric).toBeNull();
  });
});

describe("one trade's services named before the sector (Changchun 2013: 现代物流产业增加值增长18.5%，金融服务业增加值增长21%)", () => {
  it("is that trade's value added, no indicator of the place's services, whose own value added keeps its indicator", () => {
    const x = fixture(["服务业增加值完成1854.5亿元，增长12.1%。现代物流产业增加值增长18.5%，金融服务业增加值增长21%，科技服务业增加值30亿元。"], ["地区生产总值增长13％。"]);
    expect(one(x, "金融服务业增加值增长21%", "21%").metric).toBeNull();
    expect(one(x, "科技服务业增加值30亿元", "30亿元").metric).toBeNull();
    expect(one(x, "服务业增加值完成1854.5亿元，增长12.1%", "12.1%").metric).toBe("services_value_added_growth");
  });
});

describe("an amount in euros (Shenyang 2010: 启动实施投资5.6亿欧元的华晨宝马扩能、投资15亿美元的米其林搬迁扩产等重大项目)", () => {
  it("keeps its currency in the unit, 亿欧元, and the verb in the label, not a bare 亿 with 欧元 left in the label", () => {
    const x = fixture(["实际利用外资30亿美元。"], ["地区生产总值增长13％。启动实施投资5.6亿欧元的华晨宝马扩能、投资15亿美元的米其林搬迁扩产等重大项目。"]);
    expect(one(x, "", "5.6亿欧元")).toMatchObject({ value: 5.6, unit: "亿欧元", label_zh: "启动实施投资", metric: null, kind: "target" });
  });
});

describe("the sectors by their short names after 其中, each with its amount, then their growths (Jinan 2004: 其中一产105亿元，二产599.6亿元，三产663.2亿元，分别增长5%、18%和13%)", () => {
  it("are each sector's value added and its growth: a sector's amount listed after 其中 is no whole the growths are parts of", () => {
    const x = fixture(["实现国内生产总值1367.8亿元，增长14.5%，其中一产105亿元，二产599.6亿元，三产663.2亿元，分别增长5%、18%和13%。"], ["地区生产总值增长13％。"]);
    expect(["105亿元", "599.6亿元", "663.2亿元", "5%", "18%", "13%"].map((n) => one(x, "", n).metric)).toEqual([
      "agriculture_value_added",
      "secondary_value_added",
      "services_value_added",
      "agriculture_value_added_growth",
      "secondary_value_added_growth",
      "services_value_added_growth",
    ]);
  });
});

describe("a later clause's own subject compared with an earlier plan's whole term (Urumqi 2026: 中欧（亚）班列通达19个国家26个城市，开行列数较“十三五”时期增长40%)", () => {
  it("leaves the figures before it levels of the year; a figure compared itself, right after it, is a sum over the span", () => {
    const x = fixture(
      ["五年来，中欧（亚）班列通达19个国家26个城市，开行列数较“十三五”时期增长40%。完成外贸出口440亿美元，比“十三五”时期增长87.8%。"],
      ["地区生产总值增长5%左右。"],
    );
    expect(one(x, "", "19个")).toMatchObject({ kind: "result", year: 2019, period: null });
    expect(one(x, "", "440亿美元")).toMatchObject({ kind: "result", period: [2015, 2019] });
  });
});

describe("consumer prices named bare as a target (Shaanxi 2015: 城乡居民收入分别增长11%和12%左右，CPI控制在3%左右)", () => {
  it("is the CPI rise, the only percentage prices are told in", () => {
    const x = fixture(["生产总值增长9.7%。"], ["主要预期目标是：生产总值增长10%左右，CPI控制在3%左右，城镇登记失业率控制在4%以内。"]);
    expect(one(x, "CPI控制在3%左右", "3%")).toMatchObject({ kind: "target", year: 2020, metric: "cpi_growth", qualifier: "approx" });
    const y = fixture(["生产总值增长9.7%。"], ["生产总值增长10%左右，居民消费价格控制在3%左右。"]);
    expect(one(y, "居民消费价格控制在3%左右", "3%").metric).toBe("cpi_growth");
  });
});

describe("a change told bare after a clause naming a pace with no figure (Shaanxi 2015: 推出39个项目鼓励社会资本参与，固定资产投资增速一改连续下滑态势，全年增长17.8％)", () => {
  it("is the change of what the pace is of, not of the count before it", () => {
    const x = fixture(["二是狠抓项目建设考核，推出39个项目鼓励社会资本参与，固定资产投资增速一改连续下滑态势，全年增长17.8％，其中民间投资增长21.1％。"], ["生产总值增长10%左右。"]);
    expect(one(x, "", "17.8％")).toMatchObject({ kind: "result", year: 2019, metric: "fixed_investment_growth", label_zh: "固定资产投资增长" });
    expect(one(x, "推出39个项目", "39个").metric).toBeNull();
  });
  it("but a pace of a part of the subject before it leaves the subject its own", () => {
    const x = fixture(["固定资产投资500亿元，投资增速有所回落，增长5%。"], ["生产总值增长10%左右。"]);
    expect(one(x, "", "5%")).toMatchObject({ metric: "fixed_investment_growth", label_zh: "固定资产投资增长" });
  });
});

describe("the whole year between an indicator and its change (Shaanxi 2015: 固定资产投资…全年增长17.8％)", () => {
  it("is the figure's time, no word of its label", () => {
    const x = fixture(["固定资产投资全年增长17.8％。"], ["生产总值增长10%左右。"]);
    expect(one(x, "", "17.8％")).toMatchObject({ metric: "fixed_investment_growth", label_zh: "固定资产投资增长", year: 2019 });
  });
});

describe("a revenue's share of the year's budget brought in, then its growth (Zhanjiang 2019: 一般公共预算收入122亿元，完成年度预算的103.8%，按可比口径同比增长15.4%)", () => {
  it("makes the share the revenue's, no budget's, and the growth after it the revenue's growth", () => {
    const x = fixture(["一般公共预算收入122亿元，完成年度预算的103.8%，按可比口径同比增长15.4%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "103.8%")).toMatchObject({ metric: null, label_zh: "一般公共预算收入完成年度预算" });
    expect(one(x, "", "15.4%")).toMatchObject({ metric: "budget_revenue_growth", kind: "result", year: 2019 });
  });
  it("leaves the doer of a task's share done to the growth after it too (城镇新增就业8.6万人，完成全年目标的125.2%，增长3%)", () => {
    const x = fixture(["城镇新增就业8.6万人，完成全年目标的125.2%，增长3%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "3%").label_zh).toBe("城镇新增就业增长");
  });
  it("does so with the budget named by its kind alone (Fujian 2017: 地方一般公共预算收入2654.8亿元，完成预算的100.2%，同口径增长7%)", () => {
    const x = fixture(["一般公共预算总收入4295.2亿元，可比增长6.6%；地方一般公共预算收入2654.8亿元，完成预算的100.2%，同口径增长7%；固定资产投资2.29万亿元，增长9.3%。"], ["地区生产总值增长8.5%左右。"]);
    expect(one(x, "", "100.2%")).toMatchObject({ metric: null, label_zh: "地方一般公共预算收入完成预算" });
    expect(one(x, "", "7%")).toMatchObject({ metric: "budget_revenue_growth", label_zh: "地方一般公共预算收入同口径增长" });
  });
});

describe("the consumer prices named without the residents (Zhanjiang 2019: 消费价格涨幅控制在3%以内)", () => {
  it("are the consumer price index's rise, a target of the plan year", () => {
    const x = fixture(["地区生产总值增长6%。"], ["生产总值增长7%左右；消费价格涨幅控制在3%以内。"]);
    expect(one(x, "", "3%")).toMatchObject({ metric: "cpi_growth", kind: "target", year: 2020, qualifier: "at_most" });
  });
  it("but not the country's, named before the residents (全国居民消费价格上涨2%)", () => {
    const x = fixture(["全国居民消费价格上涨2%。"], ["生产总值增长7%左右。"]);
    expect(one(x, "", "2%").metric).toBeNull();
  });
});

describe("a review of the year and of the outgoing government named by its congress's number, summed up since that congress first met (Qujing 2022: 一、2021年和市五届人民政府工作回顾; 各位代表！2021年…为本届市人民政府工作画上圆满句号。市五届人大一次会议以来，…)", () => {
  const text = (section: string) =>
    [
      "测试市政府工作报告",
      "——2020年1月6日在测试市第六届人民代表大会第一次会议上",
      "市长 张三",
      "各位代表：",
      "一、2019年和市五届人民政府工作回顾",
      "过去的一年，是极不平凡的一年。",
      `${section}城镇新增就业4.4万人，新增农村劳动力转移就业5.6万人。`,
      "各位代表！2019年全市经济社会发展成效明显，为本届市人民政府工作画上圆满句号。市五届人大一次会议以来，面对风险挑战，全市上下攻坚克难、开拓奋进。",
      "——统筹全域、内外兼修，城乡面貌实现美丽“蝶变”。新改建农村公路5051公里，获评美丽村庄227个。",
      "——人民至上、共建共享，民生福祉全面增进。农村劳动力转移就业累计达237万人。",
      "二、2020年工作安排",
      "今年经济社会发展主要预期目标是：地区生产总值增长9%。",
    ].join("\n");
  it("puts the term's figures over its years, the year's own figures in that year", () => {
    for (const section of ["", "（一）恪守初心办实事，民生福祉持续增进。"]) {
      const x = extractText("ceshi-2020.txt", text(section));
      expect(one(x, "", "5051公里")).toMatchObject({ metric: "rural_road_length", year: 2019, period: [2015, 2019] });
      expect(one(x, "", "227个").period).toEqual([2015, 2019]);
      expect(one(x, "", "237万人")).toMatchObject({ metric: "rural_labor_transfer", period: [2015, 2019] });
      expect(one(x, "", "5.6万人")).toMatchObject({ metric: "rural_labor_transfer", year: 2019, period: null });
      expect(one(x, "", "9%")).toMatchObject({ metric: "gdp_growth", kind: "target", year: 2020 });
    }
  });
});

describe("the R&D spending of the whole society named with 科技 before it (Shizuishan 2025: 全社会科技研发投入增长10%以上)", () => {
  it("is the R&D spending growth target", () => {
    const x = fixture(["地区生产总值增长3.2%以上。"], ["地区生产总值增长5.5%左右。实施100项科技创新项目，全社会科技研发投入增长10%以上。"]);
    expect(one(x, "全社会科技研发投入增长10%以上", "10%")).toMatchObject({ metric: "rd_spending_growth", kind: "target", year: 2020 });
  });
});

describe("tourism's revenue named 旅游社会收入, without 总 (Guyuan 2016: 力争全年接待游客突破400万人（次），旅游社会收入30亿元)", () => {
  it("is the tourism revenue, as 旅游社会总收入 is", () => {
    const x = fixture(["全年接待游客650万人次，旅游社会收入45亿元，分别增长20%和16%。"], ["地区生产总值增长8%。力争全年接待游客突破400万人（次），旅游社会收入30亿元。"]);
    expect(one(x, "旅游社会收入30亿元", "30亿元")).toMatchObject({ metric: "tourism_revenue", kind: "target" });
    expect(one(x, "旅游社会收入45亿元", "45亿元")).toMatchObject({ metric: "tourism_revenue", kind: "result" });
    expect(one(x, "", "16%")).toMatchObject({ metric: "tourism_revenue_growth", kind: "result" });
  });
});

describe("taxes and fees refunded, cut and deferred for firms (Ningxia 2023: 为各类企业和个体工商户退减缓税费234亿元、是2021年的3.7倍)", () => {
  it("are the tax and fee cuts, not their multiple of the year before", () => {
    const x = fixture(["加大助企纾困力度，为各类企业和个体工商户退减缓税费234亿元、是2021年的3.7倍，新增贷款600多亿元。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "234亿元")).toMatchObject({ metric: "tax_fee_cuts", kind: "result" });
    expect(one(x, "", "3.7倍").metric).toBeNull();
  });
});

describe("tourists counted bare as 游客数 (Guyuan 2021: 全市游客数、旅游社会收入年均分别增长18.2%、27.6%)", () => {
  it("are the tourist arrivals, their yearly average growth over the five years that of the arrivals", () => {
    const x = fixture(["五年来，全市游客数、旅游社会收入年均分别增长18.2%、27.6%。全年游客数达到650万人次。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "18.2%")).toMatchObject({ metric: "tourist_arrivals_growth", period: [2015, 2019] });
    expect(one(x, "", "27.6%").metric).toBe("tourism_revenue_growth");
    expect(one(x, "", "650万人次").metric).toBe("tourist_arrivals");
  });
});

describe("wastes listed in groups, each group ending with its own rate (Wuzhong 2023: 畜禽粪污、农作物秸秆综合利用率和农用残膜回收率均达90%以上)", () => {
  it("gives the bare name before a rate that rate, not the last item's or none", () => {
    const x = fixture(["畜禽粪污、农作物秸秆综合利用率和农用残膜回收率均达90%以上。"], ["地区生产总值增长6.5%。"]);
    const labels = x.figures.filter((f) => f.value === 90).map((f) => f.label_zh);
    expect(labels).toEqual(["畜禽粪污综合利用率", "农作物秸秆综合利用率", "农用残膜回收率"]);
  });
});

describe("two insurances' reimbursement ratios raised by 分别 (Lanzhou 2019: 城乡居民基本医保和大病保险报销比例分别上调5%和10%)", () => {
  it("is a rise (上调 a verb of change) of each item's reimbursement ratio, not a bare ratio of the first", () => {
    const x = fixture(["城乡居民基本医保和大病保险报销比例分别上调5%和10%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "5%")).toMatchObject({ label_zh: "城乡居民基本医保报销比例上调", direction: "up" });
    expect(one(x, "", "10%")).toMatchObject({ label_zh: "大病保险报销比例上调", direction: "up" });
  });
});

describe("a ratio raised from an old year's level to the year's, written with 增长至 (Hohhot 2021: 全社会研发经费投入强度由2016年的0.94%预计增长至2020年的1.6%)", () => {
  it("is the year's R&D intensity, an estimate; the old year's level is no record of it", () => {
    const x = fixture(["五年来，全社会研发经费投入强度由2015年的0.94%预计增长至2019年的1.6%。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "", "1.6%")).toMatchObject({ metric: "rd_intensity", kind: "result", year: 2019, estimate: true, label_zh: "全社会研发经费投入强度" });
    expect(x.figures.filter((f) => f.value === 0.94)).toEqual([]);
  });
});

describe("the whole country and a kind of zone listed with the measure they share (State Council 2023: 全国和自由贸易试验区负面清单条数分别压减51%、72%)", () => {
  it("labels the whole's figure with the measure after the zone's name, no word of that name", () => {
    const x = nationFixture(["持续放宽外资市场准入，全国和自由贸易试验区负面清单条数分别压减51%、72%。"], ["国内生产总值增长6%左右。"]);
    expect(one(x, "", "51%").label_zh).toBe("全国负面清单条数压减");
    expect(one(x, "", "72%").label_zh).toBe("自由贸易试验区负面清单条数压减");
  });
});

describe("a result's excess over the year's expected target or its budget (Jiangxi 2004: 国内生产总值…比上年增长13%，比年初预期目标高2个百分点；…分别超过年初预算10.5和8.1个百分点)", () => {
  it("is a gap, no record; the growth before it is the year's result", () => {
    const x = fixture(["国内生产总值达到2830亿元，比上年增长13%，比年初预期目标高2个百分点。财政总收入达到284.9亿元，增长21.5%，其中地方财政收入167.4亿元，增长19.1%，分别超过年初预算10.5和8.1个百分点。"], ["国内生产总值比上年增长11%。"]);
    expect(x.figures.filter((f) => f.unit === "个百分点")).toEqual([]);
    expect(one(x, "", "13%")).toMatchObject({ metric: "gdp_growth", kind: "result", year: 2019 });
  });
});

describe("a list of agriculture's measures whose later item names its technology bare (Ningxia 2016: 农业机械化综合水平、科技贡献率分别达到71%和58%)", () => {
  it("is agriculture's technology contribution, not the whole economy's technological progress", () => {
    const x = fixture(["粮食总产达372.6万吨。"], ["推广覆膜保墒、复种两熟等先进适用技术，农业机械化综合水平、科技贡献率分别达到71%和58%。"]);
    expect(one(x, "", "58%")).toMatchObject({ label_zh: "农业科技贡献率", metric: null });
  });
});

describe("an income and its growth after a clause that praises a pace (Ningxia 2022: …增长9.7%，为近年最高增速；全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元)", () => {
  it("gives the growth to the income before it in its clause, and the town and country amounts to their incomes", () => {
    const x = fixture(["地方一般公共预算收入460亿元，增长9.7%，为近年最高增速；全体居民人均可支配收入27904元、增长8.4%，其中城镇38291元、农村15337元，分别增长7.2%和10.4%。"], ["地区生产总值增长7%。"]);
    expect(one(x, "", "8.4%")).toMatchObject({ metric: "resident_income_growth", year: 2019 });
    expect(one(x, "", "38291元").metric).toBe("urban_income");
    expect(one(x, "", "15337元").metric).toBe("rural_income");
    expect(one(x, "", "10.4%").metric).toBe("rural_income_growth");
  });
});

describe("a flow of trade named bare beside an investment in a list (Xiangyang 2014: 出口和实际外商直接投资分别增长12%、15%)", () => {
  it("is the exports' growth, no 出口投资; the investment is foreign investment's", () => {
    const x = fixture(["全年出口额增长35%，实际外商直接投资增长20%。"], ["出口和实际外商直接投资分别增长12%、15%。"]);
    expect(one(x, "出口和", "12%")).toMatchObject({ label_zh: "出口增长", metric: "exports_growth", kind: "target", year: 2020 });
    expect(one(x, "出口和", "15%")).toMatchObject({ label_zh: "实际外商直接投资增长", metric: "fdi_actual_growth" });
  });

  it("reads 出口额 as the exports (`预计全年出口额增长35%`)", () => {
    const x = fixture(["预计全年出口额增长35%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "", "35%")).toMatchObject({ metric: "exports_growth", kind: "result", year: 2019 });
  });
});

describe("square metres written 平米 (Yinchuan 2017: 改造民族花园、幸福苑等54个老旧小区86.8万平米)", () => {
  it("is an area in its own unit: the renovated floor area, and the third of a 分别 list is read", () => {
    const x = fixture(
      ["城市绿地率、绿化覆盖率和人均公园绿地面积分别达到40.99%、41.03%和16.57平米。"],
      ["改造民族花园、幸福苑等54个老旧小区86.8万平米。"],
    );
    expect(one(x, "", "86.8万平米")).toMatchObject({ metric: "old_housing_renovation_area", unit: "万平米", label_zh: "老旧小区" });
    expect(one(x, "", "41.03%").label_zh).toBe("绿化覆盖率");
    expect(one(x, "", "16.57平米").label_zh).toBe("人均公园绿地面积");
  });
});

describe("a trade zone's own trade aimed at after the business it takes on (Yinchuan 2017: 综保区引进拓展国际交易结算、综合信息服务、设备租赁、检测咨询等业务，力争实现进出口总额30亿元以上)", () => {
  it("is the zone's trade, not the city's foreign trade target", () => {
    const x = fixture(
      ["外贸进出口总额增长5%。"],
      ["综保区引进拓展国际交易结算、综合信息服务、设备租赁、检测咨询等业务，力争实现进出口总额30亿元以上。外贸进出口总额增长8.5%左右。"],
    );
    expect(one(x, "", "30亿元").metric).toBeNull();
    expect(one(x, "", "8.5%").metric).toBe("foreign_trade_growth");
  });
});

describe("the year's GDP told after the steps it passed, at the year's end (Yinchuan 2017: 经济总量连续跨越1200亿元至1500亿元四个台阶，预计年底达到1580亿元，…，年均增长9%)", () => {
  it("gives the GDP the level reached at the year's end and its yearly average growth, not the span of steps passed", () => {
    const x = fixture(["经济总量连续跨越1200亿元至1500亿元四个台阶，预计年底达到1580亿元，是2015年的1.4倍，年均增长9%。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "", "1580亿元")).toMatchObject({ metric: "gdp", kind: "result", year: 2019 });
    expect(one(x, "", "9%").metric).toBe("gdp_growth");
    expect(x.figures.filter((f) => f.max === 1500).map((f) => f.metric)).toEqual([null]);
  });
});

describe("an adverb of doing it in a row before a verb of passing steps (Yinchuan 2017: 经济总量连续跨越1200亿元至1500亿元四个台阶)", () => {
  it("is no word of the indicator's label", () => {
    const x = fixture(["经济总量连续跨越1200亿元至1500亿元四个台阶，预计年底达到1580亿元。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "", "1580亿元").label_zh).toBe("经济总量");
  });
});

/** A report of 2021 shaped as Karamay 2021: an unnumbered review of the five years and the year, then of the coming five years and the year. */
function termAndYearReport(review: string[], plan: string[]) {
  return extractText(
    "ceshi-2021.txt",
    [
      "2021年测试市政府工作报告",
      "——2021年2月23日在测试市第十四届人民代表大会第六次会议上",
      "市长 张三",
      "各位代表：",
      "“十三五”时期及2020年工作回顾",
      ...review,
      "“十四五”时期重大举措及2021年工作部署",
      ...plan,
    ].join("\n"),
  );
}

describe("a running total in the year's own review, under a heading naming the term, then the year (Karamay 2021: “十三五”时期及2020年工作回顾)", () => {
  it("is the year's total, not the five years', once the paragraphs turn to the year (全市累计投放储备肉200吨, under 一年来，我们主要做了以下工作)", () => {
    const x = termAndYearReport(
      [
        "过去的五年，是我市极不平凡的五年。",
        "——五年来，协作扶贫成效显著，累计投入8007万元。",
        "刚刚过去的2020年，全市疫情防控取得了阶段性胜利。2020年，全市实现地区生产总值886.9亿元，按可比价计算，增长2.3%。",
        "一年来，我们主要做了以下工作：",
        "（一）毫不放松抓好疫情防控，守护人民群众生命安全和身体健康",
        "疫情期间，全市累计投放储备肉200吨，日均供应蔬菜300吨。",
        "（二）始终聚焦总目标，维护社会大局和谐稳定",
        "两大石化公司累计加工原油1257万吨，增长5.6%。",
      ],
      ["2021年经济社会发展的主要预期目标是：地区生产总值增长7%左右。"],
    );
    expect(one(x, "", "8007万元")).toMatchObject({ year: 2020, period: [2016, 2020] });
    expect(one(x, "", "200吨")).toMatchObject({ kind: "result", year: 2020, period: null });
    expect(one(x, "", "1257万吨")).toMatchObject({ kind: "result", year: 2020, period: null });
  });
});

describe("the plan year named again inside a paragraph of its measures, in a part on the coming five years and the year (Karamay 2021)", () => {
  it("leaves the sentences after it the plan year's (“平安宗教场所”创建率达到100%, after 2021年力争…示范单位达到500个以上)", () => {
    const x = termAndYearReport(
      ["2020年，全市实现地区生产总值886.9亿元，增长2.3%。"],
      [
        "“十四五”时期经济社会发展的主要目标是：全市地区生产总值年均增长不低于6%，达到1500亿元。",
        "实现“十四五”时期的规划目标，我们要牢牢把握以下2个方面重点任务：",
        "（一）全面加强党的领导，为高质量发展凝聚强大合力。坚持以习近平新时代中国特色社会主义思想为指导，推动党中央决策部署落地见效。",
        "（二）保持社会大局持续稳定长期稳定，建设平安测试市。坚持总体国家安全观，提高社会治理和防范风险挑战能力。",
        "各位代表！2021年，是实施“十四五”规划的起步之年。",
        "2021年经济社会发展的主要预期目标是：地区生产总值增长7%左右。",
        "主要工作措施是：",
        "（一）牢牢扭住总目标，确保社会大局持续稳定长期稳定",
        "大力开展民族团结进步示范区示范单位创建工作，2021年力争各级民族团结进步示范区示范单位达到500个以上。坚持依法管理宗教事务，“平安宗教场所”创建率达到100%。确保原油加工量不少于1275万吨。",
      ],
    );
    expect(one(x, "", "500个")).toMatchObject({ kind: "target", year: 2021, period: null });
    expect(one(x, "", "100%")).toMatchObject({ kind: "target", year: 2021, period: null });
    expect(one(x, "", "1275万吨")).toMatchObject({ kind: "target", year: 2021, period: null });
    expect(one(x, "年均增长", "6%")).toMatchObject({ metric: "gdp_growth", year: 2025, period: [2021, 2025] });
  });
});

describe("a yearly standard a head written with its year, listed with a monthly one (Shigatse 2022: 农村、城市居民最低生活保障标准分别提高到5060元/人/年、1055元/人/月)", () => {
  it("reads 元/人/年 as one unit: each standard its own figure, no /年 left over as a figure's label", () => {
    const x = fixture(["农村、城市居民最低生活保障标准分别提高到5060元/人/年、1055元/人/月。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "5060元/人/年")).toMatchObject({ label_zh: "农村居民最低生活保障标准", unit: "元/人/年" });
    expect(one(x, "", "1055元/人/月")).toMatchObject({ label_zh: "城市居民最低生活保障标准", unit: "元/人/月" });
    expect(x.figures.filter((f) => f.label_zh.startsWith("/"))).toEqual([]);
  });
});

describe("an amount a person-year (Chongqing 2008: 规模以上工业企业实现利润220亿元，全员劳动生产率达到10.5万元/人年，分别增长4.4倍和1.3倍)", () => {
  it("reads 万元/人年 as one unit: the productivity its own level, and the second growth after 分别 its own", () => {
    const x = fixture(["规模以上工业企业实现利润220亿元，全员劳动生产率达到10.5万元/人年，分别增长4.4倍和1.3倍。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "10.5万元/人年")).toMatchObject({ label_zh: "全员劳动生产率", unit: "万元/人年", value: 10.5 });
    expect(one(x, "", "4.4倍")).toMatchObject({ label_zh: "规模以上工业企业实现利润增长" });
    expect(one(x, "", "1.3倍")).toMatchObject({ label_zh: "全员劳动生产率增长" });
  });
});

describe("person-years of research staff (Shizuishan 2022: 全市R&D人员全时当量达到3000人年)", () => {
  it("reads 人年 as the unit after 当量, no label ending in 年", () => {
    const x = fixture(["全市R&D人员全时当量达到3000人年。"], ["地区生产总值增长7%。"]);
    expect(one(x, "", "3000人年")).toMatchObject({ label_zh: "R&D人员全时当量", unit: "人年", value: 3000 });
  });
  it("leaves 年 to the words after people counted with no 当量 before them (培训农民1万人年均增收500元)", () => {
    expect(readUnit("培训农民1万人年均增收500元", 5)).toBe("万人");
    expect(readUnit("全时当量达到3000人年", 10)).toBe("人年");
  });
});

describe("years of schooling (Qujing 2021: 确保城镇登记失业率控制在5.5%以内、劳动年龄人口平均受教育年限达12.5年、每千人拥有执业（助理）医师3人)", () => {
  it("reads 年 as the unit after 年限, a figure of its own, no word of the next item's label", () => {
    const x = fixture(["地区生产总值增长5.5%。"], ["确保城镇登记失业率控制在5.5%以内、劳动年龄人口平均受教育年限达12.5年、每千人拥有执业（助理）医师3人。"]);
    expect(one(x, "", "12.5年")).toMatchObject({ label_zh: "劳动年龄人口平均受教育年限", unit: "年", value: 12.5, kind: "target" });
    expect(one(x, "", "3人")).toMatchObject({ label_zh: "每千人拥有执业（助理）医师" });
  });
  it("leaves 年 a year or a span elsewhere (用5年时间, 2020年)", () => {
    expect(readUnit("平均受教育年限达12.5年", 12)).toBe("年");
    expect(readUnit("用5年时间引进人才", 2)).toBeNull();
    expect(readUnit("到2025年达到", 5)).toBeNull();
  });
});

describe("a second item of a list of amounts added that opens on a verb of its own (Guyuan 2025: 新增监测对象1802户7147人、消除风险944户3688人)", () => {
  it("keeps the second item's verb, no 新增 of the first put before it", () => {
    const x = fixture(["新增监测对象1802户7147人、消除风险944户3688人。"], ["地区生产总值增长5.6%。"]);
    expect(one(x, "", "944户").label_zh).toBe("消除风险");
    expect(one(x, "", "3688人").label_zh).toBe("消除风险");
    expect(one(x, "", "1802户").label_zh).toBe("新增监测对象");
  });
});

describe("a list whose last item the first's length would split inside a word (Yinchuan 2017: 适度规模经营和主要农产品加工转化率均达到70%以上)", () => {
  it("gives the first item no piece of the last's word (no 适度规模经营工转化率)", () => {
    expect(listItems("适度规模经营和主要农产品加工转化率", 2)).toEqual(["适度规模经营", "主要农产品加工转化率"]);
  });
  it("still shares a tail that starts a word (城市和农村生活垃圾无害化处理率, 国家级、部级创新平台)", () => {
    expect(listItems("城市和农村生活垃圾无害化处理率", 2)).toEqual(["城市生活垃圾无害化处理率", "农村生活垃圾无害化处理率"]);
    expect(listItems("国家级、部级创新平台", 2)).toEqual(["国家级创新平台", "部级创新平台"]);
  });
});

describe("the energy intensity of industry above the designated size (Zhejiang 2023: 规上工业亩均增加值、亩均税收分别增长59.1%和35.3%，规上工业能耗强度下降19.4%)", () => {
  it("is that sector's intensity, no change of the energy used per unit of the place's GDP", () => {
    const x = fixture(["五年来，规上工业能耗强度下降19.4%。单位GDP能耗下降3%。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "", "19.4%").metric).toBeNull();
    expect(one(x, "", "3%").metric).toBe("energy_intensity_change");
  });
});

describe("livelihood projects counted by their kinds and then one by one (Jiangsu 2024: 13类55件民生实事全面完成年度目标)", () => {
  it("gives the indicator to the 件 counted, not to the 类 that counts their kinds", () => {
    const x = fixture(["13类55件民生实事全面完成年度目标。"], ["今年我们安排了12类55件民生实事。"]);
    expect(writtenMetrics(x, "13类55件")).toEqual([["13类", null], ["55件", "livelihood_projects"]]);
    expect(writtenMetrics(x, "12类55件")).toEqual([["12类", null], ["55件", "livelihood_projects"]]);
  });
});

describe("residents' income named bare before its growth (State Council 2018: 国内生产总值增长6.9%，居民收入增长7.3%；…居民收入年均增长7.4%)", () => {
  it("is the growth of all residents' per-head disposable income, the survey's one measure since 2014, the year's and the five years' average", () => {
    const x = nationFixture(["五年来，居民收入年均增长7.4%、超过经济增速。", "国内生产总值增长6.9%，居民收入增长7.3%，增速均比上年有所加快。"], ["国内生产总值增长6.5%左右。"]);
    expect(one(x, "", "7.3%")).toMatchObject({ metric: "resident_income_growth", kind: "result", year: 2019 });
    expect(one(x, "", "7.4%")).toMatchObject({ metric: "resident_income_growth", period: [2015, 2019] });
  });
});

describe("electricity in kilowatt-hours written out as 千瓦小时 (State Council 1991: 发电量六千一百八十亿千瓦小时，增长5.7%)", () => {
  it("keeps the hours in the unit, in words or digits: energy, no capacity in kilowatts", () => {
    const x = nationFixture(["发电量六千一百八十亿千瓦小时，增长5.7%。"], ["国民生产总值增长4.5%。发电量6450亿千瓦小时，增加270亿千瓦小时。"]);
    expect(one(x, "", "六千一百八十亿千瓦小时")).toMatchObject({ value: 6180, unit: "亿千瓦小时" });
    expect(one(x, "", "6450亿千瓦小时")).toMatchObject({ value: 6450, unit: "亿千瓦小时" });
  });
});

describe("the past year's work announced in a sentence of its own before the first part heading (State Council 2002: 首先报告2001年的工作。)", () => {
  it("frames the paragraphs after it: their figures are that year's results, not the plan year's targets", () => {
    const x = extractText("guowuyuan-2020.txt", ["政府工作报告", "——2020年3月5日在第十三届全国人民代表大会第三次会议上", "国务院总理 张三", "各位代表：", "现在，我代表国务院向大会作政府工作报告，请予审议。", "首先报告2019年的工作。", "国民经济保持良好发展势头。2019年国内生产总值达到95933亿元，比上年增长7.3%。", "城乡人民生活继续改善。城镇居民人均可支配收入实际增长8.5%。农民人均纯收入实际增长4.2%。", "2020年是非常重要的一年。", "一、扩大内需", "今年拟发行1500亿元长期建设国债。"].join("\n"));
    expect(one(x, "", "8.5%")).toMatchObject({ metric: "urban_income_growth", kind: "result", year: 2019 });
    expect(one(x, "", "4.2%")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "", "1500亿元")).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("pollutants listed before the emissions they share and one cut (State Council 2018: 今年二氧化硫、氮氧化物排放量要下降3%)", () => {
  it("gives each pollutant's emissions the cut, with its own indicator", () => {
    const x = fixture(["地区生产总值增长6.5%。"], ["二氧化硫、氮氧化物排放量要下降3%。"]);
    const cuts = x.figures.filter((f) => f.quote.includes("排放量要下降3%"));
    expect(cuts.map((f) => [f.kind, f.metric, f.label_zh, f.value])).toEqual([
      ["target", "so2_emissions_change", "二氧化硫排放量下降", 3],
      ["target", "nox_emissions_change", "氮氧化物排放量下降", 3],
    ]);
  });
});

describe("the field of prefecture cities a ranking places the city in (Haidong 2020: 在全国261个地级市综合信用指数排名上升到第66位)", () => {
  it("records no count of 261 cities: how many were ranked, no figure of the place", () => {
    const x = fixture(["在全国261个地级市综合信用指数排名上升到第66位。"], ["地区生产总值增长6.5%左右。"]);
    expect(writtenMetrics(x, "综合信用指数")).toEqual([]);
  });
});

describe("tourist arrivals and tourism revenue joined by 和 before one growth (Guiyang 2013: 确保旅游人次和旅游总收入增长30%以上)", () => {
  it("gives the growth to each, the arrivals' and the revenue's", () => {
    const x = fixture(["地区生产总值增长10%。"], ["地区生产总值增长17%。确保旅游人次和旅游总收入增长30%以上。"]);
    const growth = x.figures.filter((f) => f.value === 30 && f.kind === "target");
    expect(growth.map((f) => f.metric).sort()).toEqual(["tourism_revenue_growth", "tourist_arrivals_growth"]);
  });
});

describe("sulphur dioxide named bare in a list of the air's pollutants whose concentrations fell (Shijiazhuang 2015: 六项主要污染物平均浓度全面下降，其中…二氧化硫、一氧化碳、二氧化氮、臭氧分别下降41%、24.9%、22.1%、15.6%)", () => {
  it("is its concentration's fall, no cut of its emissions; bare in a list of emissions cut it still is", () => {
    const x = fixture(
      ["六项主要污染物平均浓度全面下降，其中PM2.5、PM10分别下降19.5%、32.5%，二氧化硫、一氧化碳、二氧化氮、臭氧分别下降41%、24.9%、22.1%、15.6%。"],
      ["地区生产总值增长8%。化学需氧量、二氧化硫、氨氮、氮氧化物分别削减2.29%、4.44%、4.46%和3.56%。"],
    );
    expect(one(x, "", "41%").metric).toBeNull();
    expect(one(x, "", "4.44%").metric).toBe("so2_emissions_change");
  });
});

describe("sulphur dioxide and chemical oxygen demand listed before one cut on last year, with no 均 (Kunming 2008: 二氧化硫、化学需氧量比上年削减2％以上)", () => {
  it("gives the cut to each, the emissions of both", () => {
    const x = fixture(["地区生产总值增长12.5%。"], ["地区生产总值增长13%以上；万元GDP能耗下降4%以上，二氧化硫、化学需氧量比上年削减2%以上；全社会固定资产投资增长25%。"]);
    expect(quoting(x, "削减").map((f) => f.metric).sort()).toEqual(["cod_emissions_change", "so2_emissions_change"]);
  });
});

describe("the GDP growth rate named as the subject, how it fared, then its value with a verb of level (Datong 2021: 地区生产总值增速上半年实现由负转正，全年达到4.3％)", () => {
  it("is the year's GDP growth, labelled with the rate", () => {
    const x = fixture(["地区生产总值增速上半年实现由负转正，全年达到4.3%。"], ["地区生产总值增长8.5%左右。"]);
    expect(one(x, "", "4.3%")).toMatchObject({ metric: "gdp_growth", kind: "result", year: 2019, label_zh: "地区生产总值增速" });
  });
});

describe("the street lamps of old compounds replaced (Anshan 2020: 聚焦亮化，改造老旧小区路灯1000盏以上)", () => {
  it("counts lamps, not the old compounds renovated", () => {
    const x = fixture(["改造老旧小区58个。"], ["聚焦亮化，改造老旧小区路灯1000盏以上。改造老旧小区71个。"]);
    expect(one(x, "", "1000盏").metric).toBeNull();
    expect(one(x, "", "71个").metric).toBe("old_housing_renovation_count");
  });
});

describe("a bare revenue right after the tourist visits received (Chifeng 2024: 全年旅游接待人数2316万人次、实现收入285亿元，同比分别增长47%和41%)", () => {
  it("is the tourism revenue, and the second growth of the 分别 list its growth", () => {
    const x = fixture(["全年旅游接待人数2316万人次、实现收入285亿元，同比分别增长47%和41%。"], ["力争全年旅游接待人数突破2500万人次、实现收入320亿元以上。"]);
    expect(one(x, "", "285亿元")).toMatchObject({ metric: "tourism_revenue", kind: "result", year: 2019, label_zh: "旅游收入" });
    expect(one(x, "", "41%").metric).toBe("tourism_revenue_growth");
    expect(one(x, "", "320亿元")).toMatchObject({ metric: "tourism_revenue", kind: "target", year: 2020 });
  });
});

describe("foreign investment used, named 利用外资 at the label's start, in yuan or dollars (Chifeng 2024: 全年外贸进出口总额增长15%左右，利用外资4.5亿元以上)", () => {
  it("is the foreign investment actually used, as its growth named the same way already is", () => {
    const x = fixture(["实际利用外资增长23.4%。"], ["全年外贸进出口总额增长15%左右，利用外资4.5亿元以上。利用外资1亿美元。"]);
    expect(one(x, "", "4.5亿元")).toMatchObject({ metric: "fdi_actual_yuan", kind: "target", year: 2020 });
    expect(one(x, "", "1亿美元").metric).toBe("fdi_actual");
  });
});

describe("the days of air quality of grade II or better (Datong 2021: 全年二级以上良好天数达到315天)", () => {
  it("are the days of good air", () => {
    const x = fixture(["全年二级以上良好天数达到315天，PM2.5年均浓度31微克/立方米。"], ["地区生产总值增长8.5%左右。"]);
    expect(one(x, "", "315天")).toMatchObject({ metric: "good_air_days", kind: "result", year: 2019 });
  });
});

describe("town and country named bare before the income per head, two yearly averages after them (Datong 2021: 全市城乡人均可支配收入年均增长6.5％、8.5％)", () => {
  it("gives the second average to the rural residents' income, as the first is the urban residents'", () => {
    const x = fixture(["地区生产总值增长4.3%。"], ["全市城乡人均可支配收入年均增长6.5％、8.5％。"]);
    expect(writtenMetrics(x, "城乡人均可支配收入")).toEqual([
      ["6.5％", "urban_income_growth"],
      ["8.5％", "rural_income_growth"],
    ]);
  });
});

describe("GNP per head given after GNP (Zhejiang 1986: 国民生产总值达到五百八十亿元，人均一千三百六十五元)", () => {
  it("is GDP per capita, the older reports' 国民生产总值 named per head, not the level of GDP", () => {
    const x = fixture(["全省国民生产总值三百五十亿元。"], ["到一九九〇年，国民生产总值达到五百八十亿元，人均一千三百六十五元，都比一九八〇年增长两倍多。"]);
    expect(writtenMetrics(x, "元")).toContainEqual(["一千三百六十五元", "gdp_per_capita"]);
    expect(writtenMetrics(x, "元")).toContainEqual(["五百八十亿元", "gdp"]);
  });
});

describe("amounts said to be a multiple of an earlier plan's whole term (Guilin 2016: 实际到位市外境内资金2789.3亿元，是“十一五”时期的2倍)", () => {
  it("are the totals over the term looked back on, not the last year's investment attracted; a multiple of a term's end stays the year's level", () => {
    const x = extractText(
      "ceshi-2021.txt",
      [
        "2021年测试市政府工作报告",
        "——2021年1月6日在测试市第一届人民代表大会第一次会议上",
        "市长 张三",
        "各位代表：",
        "一、2020年和“十三五”工作回顾",
        "各位代表！随着2020年主要目标任务的完成，我市“十三五”圆满收官。",
        "（一）深化改革开放迈出新步伐。实施“招大引强”战略，累计签订市外境内投资项目1814个，实际到位市外境内资金2789.3亿元，是“十二五”时期的2倍。",
        "（二）民生和社会事业得到新改善。开工建设城镇保障性住房6.98万套，是“十二五”时期的3.81倍。实际利用外资6.6亿美元，是“十二五”末的4.2倍。",
        "二、2021年主要目标",
        "地区生产总值增长8%左右。",
      ].join("\n"),
    );
    expect(one(x, "", "2789.3亿元")).toMatchObject({ metric: "investment_attracted", kind: "result", period: [2016, 2020] });
    expect(one(x, "", "6.98万套")).toMatchObject({ period: [2016, 2020] });
    expect(one(x, "", "6.6亿美元")).toMatchObject({ metric: "fdi_actual", period: null });
  });
});

describe("a level given after 在, the copula of where it stands (Yunfu 2015: 居民消费价格涨幅在1.8%左右; Qujing 2014: 确保粮食播种面积在1000万亩以上)", () => {
  it("leaves 在 out of the label: the indicator is named before it", () => {
    const x = fixture(["地区生产总值增长8%。"], ["主要预期目标是：地区生产总值增长12%左右；居民消费价格涨幅在1.8%左右。确保粮食播种面积在1000万亩以上。"]);
    expect(one(x, "", "1.8%")).toMatchObject({ label_zh: "居民消费价格涨幅", metric: "cpi_growth", kind: "target" });
    expect(one(x, "", "1000万亩").label_zh).toBe("粮食播种面积");
  });
});

describe("a causative 把 before the indicator a bound is set for (Leshan 2014: 把人口自然增长率控制在6‰以内)", () => {
  it("labels the indicator without 把, not 把握", () => {
    const x = fixture(["地区生产总值增长9.5%。"], ["把人口自然增长率控制在6‰以内。"]);
    expect(one(x, "", "6‰")).toMatchObject({ label_zh: "人口自然增长率", metric: "natural_population_growth_rate" });
  });
});

describe("a level a goal is said to matter for (Shijiazhuang 2025: 今年是…收官之年，…，对于推动我市经济总量过万亿、实现弯道超车至关重要)", () => {
  it("records no target of the economy's size: why the year counts, not what it aims at", () => {
    const x = fixture(["全市地区生产总值完成8203.4亿元、增长5.5%。"], ["今年是“十四五”规划收官之年，对于推动我市经济总量过万亿、实现弯道超车至关重要。", "地区生产总值增长6%以上。"]);
    expect(x.figures.filter((f) => f.metric === "gdp" && f.kind === "target")).toEqual([]);
    expect(one(x, "6%以上", "6%")).toMatchObject({ metric: "gdp_growth", kind: "target", year: 2020 });
  });
});

describe("a milestone passed for the first time said short, then the level reached (Hangzhou 2023: 出口首破5000亿元大关、达5141亿元)", () => {
  it("gives the level to exports, labelled by the indicator, and the milestone no indicator", () => {
    const x = fixture(["出口首破5000亿元大关、达5141亿元，占全国比重2.15%。"], ["地区生产总值增长5%以上。"]);
    expect(one(x, "", "5141亿元")).toMatchObject({ metric: "exports", kind: "result", label_zh: "出口", value: 5141 });
    expect(x.figures.filter((f) => f.value === 5000 && f.metric !== null)).toEqual([]);
  });
});

describe("the whole society's R&D spending listed with an aggregate before one growth (Hefei 2021: 高新技术产业增加值、全社会研发投入增长10%以上)", () => {
  it("gives the growth to each, the high-tech industry's value added and R&D spending", () => {
    const x = fixture(["地区生产总值增长4.3%。"], ["地区生产总值增长8%。新增国家高新技术企业900户，高新技术产业增加值、全社会研发投入增长10%以上。"]);
    const growth = x.figures.filter((f) => f.value === 10 && f.kind === "target");
    expect(growth.map((f) => f.metric).sort()).toEqual(["high_tech_value_added_growth", "rd_spending_growth"]);
  });
});

describe("the revenue raised within the city's bounds beside its own budget's (Shenzhen 2022: 来源于深圳辖区的一般公共预算收入达1.11万亿元、增长13.5%)", () => {
  it("gives the revenue of the bounds no indicator, the place's own budget revenue its own", () => {
    const x = fixture(["来源于测试辖区的一般公共预算收入达1.11万亿元、增长13.5%，地方一般公共预算收入4258亿元。"], ["地区生产总值增长6%左右。"]);
    expect(writtenMetrics(x, "一般公共预算收入")).toEqual([
      ["1.11万亿元", null],
      ["13.5%", null],
      ["4258亿元", "budget_revenue"],
    ]);
  });
});

describe("a review part titled by last year and the months of the plan year past (Yunnan 2020, its congress in May: 一、关于去年和今年前4个月工作)", () => {
  it("is the review: its figures are last year's results, and the part after it (关于今年后几个月的重点工作) the plan", () => {
    const x = extractText(
      "ceshi-2020.txt",
      [
        "2020年测试市政府工作报告",
        "——2020年5月10日在测试市第一届人民代表大会第一次会议上",
        "市长 张三",
        "各位代表：",
        "一、关于去年和今年前4个月工作",
        "去年以来，我们重点抓了以下工作。",
        "（一）经济实现平稳健康发展。社会消费品零售总额增长10.4%。",
        "二、关于今年后几个月的重点工作",
        "今年经济社会发展的主要预期目标建议为：固定资产投资增长10%以上。",
      ].join("\n"),
    );
    expect(one(x, "", "10.4%")).toMatchObject({ metric: "retail_sales_growth", kind: "result", year: 2019 });
    expect(one(x, "", "10%")).toMatchObject({ metric: "fixed_investment_growth", kind: "target", year: 2020 });
  });
});

describe("a list of school stages whose enrolment rates are named once per group (Guangxi 2015: 学前教育三年毛入园率、高中阶段和高等教育毛入学率分别为70.4%、82%和27.3%)", () => {
  it("gives the bare stage the gross enrolment rate named after the next item: 高中阶段毛入学率, the high-school rate", () => {
    const x = fixture(["学前教育三年毛入园率、高中阶段和高等教育毛入学率分别为70.4%、82%和27.3%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "82%")).toMatchObject({ label_zh: "高中阶段毛入学率", metric: "high_school_enrolment_rate", kind: "result" });
    expect(one(x, "", "27.3%")).toMatchObject({ metric: "higher_education_enrolment_rate" });
    expect(one(x, "", "70.4%").label_zh).toBe("学前教育三年毛入园率");
  });
});

describe("utilities named before the coverage rate they share (Guangxi 2015: 城镇供水、燃气普及率分别提高到75%、89%)", () => {
  it("gives the first utility the coverage rate too: 城镇供水普及率, not a bare 城镇供水", () => {
    const x = fixture(["城镇供水、燃气普及率分别提高到75%、89%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "75%").label_zh).toBe("城镇供水普及率");
    expect(one(x, "", "89%").label_zh).toBe("燃气普及率");
  });
});

describe("a bare change after a clause that tells a thing rose (Guangxi 2015: 进出口逆势上扬，增长23.5%)", () => {
  it("is that thing's change: the growth of foreign trade, not a bare 增长", () => {
    const x = fixture(["社会消费品零售总额增长12.5%。进出口逆势上扬，增长23.5%，加工贸易增长63.6%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "23.5%")).toMatchObject({ metric: "foreign_trade_growth", kind: "result", year: 2019 });
    expect(one(x, "", "63.6%").label_zh).toBe("加工贸易增长");
  });
});

describe("incomes stated clause by clause, then their changes after a subject-less 分别 (Ningxia 2013)", () => {
  it("gives each growth to its income: a multiple of an earlier year in between names none, a semicolon closes the list's earlier items", () => {
    const x = fixture(
      ["城镇居民人均可支配收入由10859元提高到19831元，农民人均纯收入由3181元提高到6180元，分别是2007年的1.8倍和1.9倍，年均分别增长12.8%和14.2%。"],
      ["主要预期目标是:社会消费品零售总额637亿元，增长16%;城镇居民人均可支配收入22211元，农民人均纯收入6922元，分别增长12%左右；居民消费价格总水平涨幅控制在3.5%左右。"],
    );
    expect(one(x, "", "12.8%")).toMatchObject({ metric: "urban_income_growth", kind: "result" });
    expect(one(x, "", "14.2%")).toMatchObject({ metric: "rural_net_income_growth", kind: "result" });
    expect(quoting(x, "分别增长12%左右").map((f) => f.metric).filter((m) => m?.endsWith("_growth"))).toEqual(["urban_income_growth", "rural_net_income_growth"]);
  });
});

describe("R&D intensity named 全社会R&D强度 and tourist arrivals named 旅游总人次 (Yinchuan 2023: 全社会R&D强度达到2.1%; 旅游总人次、总收入均增长15%以上)", () => {
  it("reads them as the R&D intensity and the tourist arrivals' growth", () => {
    const x = fixture(["地区生产总值增长4.5%。"], ["设立科技创新专项资金，全社会R&D强度达到2.1%。旅游总人次、总收入均增长15%以上。"]);
    expect(one(x, "", "2.1%")).toMatchObject({ metric: "rd_intensity", kind: "target" });
    expect(writtenMetrics(x, "旅游总人次")).toEqual([["15%", "tourist_arrivals_growth"], ["15%", "tourism_revenue_growth"]]);
  });
});

describe("a bound after the last of a list's figures, the first of which is the same figure (Ningxia 2024: 固定资产投资、社会消费品零售总额、进出口总额分别增长6%、5%、6%左右)", () => {
  it("is every figure's: the same figure among others is set apart by nothing, unlike 10%和10%以上", () => {
    const x = fixture(["地区生产总值增长6.6%。"], ["固定资产投资、社会消费品零售总额、进出口总额分别增长6%、5%、6%左右。城镇居民人均可支配收入、农民人均纯收入分别增长10%和10%以上。"]);
    expect(quoting(x, "进出口总额分别").map((f) => [f.metric, f.qualifier])).toEqual([
      ["fixed_investment_growth", "approx"],
      ["retail_sales_growth", "approx"],
      ["foreign_trade_growth", "approx"],
    ]);
    expect(quoting(x, "10%和10%以上").map((f) => f.qualifier)).toEqual([null, "at_least"]);
  });
});

describe("two rates named whole joined by 和 before one level (Guangxi 2015: 城镇污水处理率和生活垃圾无害化处理率达到85%以上)", () => {
  it("gives each rate the level, with its own indicator", () => {
    const x = fixture(["地区生产总值增长8.5%。"], ["城镇污水处理率和生活垃圾无害化处理率达到85%以上。"]);
    expect(x.figures.filter((f) => f.quote.includes("处理率")).map((f) => [f.label_zh, f.metric, f.value, f.qualifier])).toEqual([
      ["城镇污水处理率", "sewage_treatment_rate", 85, "at_least"],
      ["生活垃圾无害化处理率", "waste_treatment_rate", 85, "at_least"],
    ]);
  });
});

describe("a goal named by 预期目标 with no 的 after its figure (Foshan 2013: 去年地区生产总值增速未达到10%预期目标)", () => {
  it("is the missed goal of the year reviewed, no second result of its growth", () => {
    const x = fixture(["全市实现生产总值6709.02亿元，增长8.2%。", "主要表现在：一是受外部环境和自身经济结构影响，去年地区生产总值增速未达到10%预期目标；二是产业结构调整任务艰巨。"], ["全市生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => [f.kind, f.value])).toEqual([["result", 8.2], ["target", 9]]);
  });
});

describe("R&D spending named R&D经费 alone (Zhangzhou 2023: 力争全市R&D经费增长18%以上)", () => {
  it("reads its growth as the R&D spending's, and R&D经费占GDP比重 still as the intensity", () => {
    const x = fixture(["地区生产总值增长6.9%。"], ["实施规模工业企业研发机构广覆盖行动，力争全市R&D经费增长18%以上。R&D经费占GDP比重达到2.5%。"]);
    expect(one(x, "", "18%")).toMatchObject({ metric: "rd_spending_growth", kind: "target", qualifier: "at_least" });
    expect(one(x, "", "2.5%").metric).toBe("rd_intensity");
  });
});

describe("a yearly average growth right after a move in a ranking (Changzhou 2022: 全市地区生产总值连跨3个千亿元台阶，全国排名前移8个位次、跃居第25位；年均增长7.1%)", () => {
  it("is the growth of the indicator named before the ranking, over the five years, not the ranking's", () => {
    const x = fixture(["五年来，经济实力越来越强。全市地区生产总值连跨3个千亿元台阶，全国排名前移8个位次、跃居第25位；年均增长7.1%。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "7.1%")).toMatchObject({ label_zh: "地区生产总值年均增长", metric: "gdp_growth", kind: "result" });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => f.value)).toEqual([6.5]);
  });
});

describe("the sown area written 粮食播面 and new high-tech enterprises written 高企 (Ji'an 2025: 全年粮食播面和总产分别稳定在960万亩、74亿斤以上; Wuhu 2022: 力争新增高企240家、科技型中小企业300家)", () => {
  it("reads them as the grain area and the new high-tech enterprises", () => {
    const x = fixture(["地区生产总值增长5.7%。"], ["全年粮食播面和总产分别稳定在960万亩、74亿斤以上。力争新增高企240家、科技型中小企业300家。"]);
    expect(one(x, "", "960万亩")).toMatchObject({ metric: "grain_area", kind: "target" });
    expect(one(x, "", "74亿斤")).toMatchObject({ metric: "grain_output", kind: "target" });
    expect(one(x, "", "240家")).toMatchObject({ metric: "high_tech_enterprises_new", kind: "target" });
  });
});

describe("a bare intensity after a clause of no figure that names the R&D spending (Hengyang 2023: 进一步加大全社会研发经费投入，力争强度达到2.2%)", () => {
  it("is that spending's intensity, the R&D intensity target", () => {
    const x = fixture(["地区生产总值增长5.5%。"], ["进一步加大全社会研发经费投入，力争强度达到2.2%。"]);
    expect(one(x, "", "2.2%")).toMatchObject({ metric: "rd_intensity", kind: "target", label_zh: "全社会研发经费投入强度" });
  });
});

describe("a standard attained joined by 、 to the rate the figure is of (Hengyang 2023: 努力实现环境空气质量全域达标、空气质量优良天数比率高于88%)", () => {
  it("labels the figure with the rate's name alone", () => {
    const x = fixture(["地区生产总值增长5.5%。"], ["努力实现环境空气质量全域达标、空气质量优良天数比率高于88%。"]);
    expect(one(x, "", "88%")).toMatchObject({ metric: "good_air_days_ratio", kind: "target", label_zh: "空气质量优良天数比率" });
  });

  it("so is a goal a higher level set, met with no figure, before the list of items the figures after 分别 are of (Qujing 2021: 单位生产总值能耗和二氧化碳排放降幅不低于省下达目标、外贸进出口总额和实际利用外资年均分别增长15%和10%以上)", () => {
    const x = fixture(["地区生产总值增长5.5%。"], ["确保常住人口城镇化率达60%、单位生产总值能耗和二氧化碳排放降幅不低于省下达目标、外贸进出口总额和实际利用外资年均分别增长15%和10%以上、中等收入群体占比达30%。"]);
    expect(one(x, "", "15%")).toMatchObject({ metric: "foreign_trade_growth", kind: "target", label_zh: "外贸进出口总额年均增长", qualifier: "at_least" });
    expect(one(x, "", "10%")).toMatchObject({ metric: "fdi_actual_growth", kind: "target", label_zh: "实际利用外资年均增长" });
  });

  it("and one after a figure alone (能耗降幅完成省下达任务、外贸进出口总额增长15%)", () => {
    const x = fixture(["地区生产总值增长5.5%。"], ["确保常住人口城镇化率达60%、单位生产总值能耗降幅完成省下达任务、外贸进出口总额增长15%。"]);
    expect(one(x, "", "15%")).toMatchObject({ metric: "foreign_trade_growth", kind: "target", label_zh: "外贸进出口总额增长" });
  });
});

describe("town residents and country residents counted where they live before one income (Ningxia 2015: 城镇居民和农村常住居民人均可支配收入分别达23285元和8410元)", () => {
  it("gives the first figure the town residents' income, not a 城镇居民常住居民 income of all residents", () => {
    const x = fixture(["城镇居民和农村常住居民人均可支配收入分别达23285元和8410元，分别增长8.4%和10.7%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "分别达23285元").map((f) => [f.label_zh, f.metric])).toEqual([
      ["城镇居民人均可支配收入", "urban_income"],
      ["农村常住居民人均可支配收入", "rural_income"],
      ["城镇居民人均可支配收入增长", "urban_income_growth"],
      ["农村常住居民人均可支配收入增长", "rural_income_growth"],
    ]);
  });
});

describe("a five-year target whose subject names the year it is to be reached by (Ningxia 2003: 国内生产总值到2007年达到520亿元，年均增长9%以上)", () => {
  it("labels the level and its growth without the year: the year is the figure's time, no word of the indicator", () => {
    const x = fixture(["地区生产总值增长8%。"], ["今后五年主要预期目标是：国内生产总值到2007年达到520亿元，年均增长9%以上。"]);
    expect(quoting(x, "到2007年达到520亿元").map((f) => [f.label_zh, f.metric])).toEqual([
      ["国内生产总值", "gdp"],
      ["国内生产总值年均增长", "gdp_growth"],
    ]);
  });
});

describe("a clause opening on 完成 right after a running total over five years (Ningxia 2003: 5年累计实际利用外资2.7亿美元，完成进出口总额19.6亿美元)", () => {
  it("is the same running total: the trade over the five years reviewed, not the last year's", () => {
    const x = fixture(["5年累计实际利用外资2.7亿美元，完成进出口总额19.6亿美元，其中出口14.7亿美元。全年进出口总额增长10%。"], ["地区生产总值增长9%。"]);
    expect(x.figures.filter((f) => f.unit === "亿美元").map((f) => [f.value, f.metric, f.period])).toEqual([
      [2.7, "fdi_actual", [2015, 2019]],
      [19.6, "foreign_trade_usd", [2015, 2019]],
      [14.7, "exports_usd", [2015, 2019]],
    ]);
    expect(one(x, "全年进出口总额增长10%", "10%")).toMatchObject({ year: 2019, period: null });
  });
});

describe("a deadline closing a statement of the review after what was done (Harbin 2019: 已具备安置回迁条件居民约1万户，到2020年全部完成安置；基本建成棚改住房8394套)", () => {
  it("tells when that work ends: the statements after its semicolon are still results of the year reviewed", () => {
    const x = fixture(["对城区59个棚改历史遗留项目分类施策，已具备安置回迁条件居民约1万户，到2021年全部完成安置；基本建成棚改住房8394套，新开工建设7154套；改造农村危房6358户。"], ["地区生产总值增长5.5%以上。"]);
    expect(one(x, "基本建成棚改住房8394套", "8394套")).toMatchObject({ kind: "result", year: 2019, period: null });
    expect(one(x, "新开工建设7154套", "7154套")).toMatchObject({ kind: "result", year: 2019, period: null });
    expect(one(x, "改造农村危房6358户", "6358户")).toMatchObject({ kind: "result", year: 2019, period: null });
  });
});

describe("counties counted before the threshold their total fiscal revenue passed (Ji'an 2014: 全市8个县区财政总收入过10亿元)", () => {
  it("gives the counties' threshold no indicator of the city's total fiscal revenue, which the sentence before states", () => {
    const x = fixture(["财政总收入169亿元、增长18.5%。全市8个县区财政总收入过10亿元，其中泰和县迈上15亿元。"], ["地区生产总值增长11%。"]);
    expect(one(x, "财政总收入169亿元", "169亿元")).toMatchObject({ metric: "fiscal_revenue_total", kind: "result" });
    expect(one(x, "8个县区财政总收入过10亿元", "10亿元").metric).toBeNull();
  });
});

describe("each county's whole-society investment past a threshold (Xinyang 2014: 各县区全社会固定资产投资均突破100亿元)", () => {
  it("gives each county's threshold no indicator of the city's fixed-asset investment, as it gives their revenue none", () => {
    const x = fixture(["尤为可喜的是，一年来，我们坚持持续求进，实现了发展新突破。全市生产总值、全社会固定资产投资、规模以上工业主营业务收入在2010年突破1000亿元的基础上，再次突破1500亿元，综合实力迈上了新的台阶；各县区公共财政预算收入均突破2亿元，各县区全社会固定资产投资均突破100亿元，全市产业集聚区主营业务收入均突破50亿元，县域经济实现了新的发展。"], ["地区生产总值增长9%。"]);
    expect(one(x, "各县区公共财政预算收入均突破2亿元", "2亿元").metric).toBeNull();
    expect(one(x, "各县区全社会固定资产投资均突破100亿元", "100亿元").metric).toBeNull();
  });
});

describe("a milestone passed again after one passed in a year before (Xinyang 2014: …在2010年突破1000亿元的基础上，再次突破1500亿元)", () => {
  it("labels the level by the things named before, without 再次 or the earlier year's milestone", () => {
    const x = fixture(["尤为可喜的是，一年来，我们坚持持续求进，实现了发展新突破。全市生产总值、全社会固定资产投资、规模以上工业主营业务收入在2010年突破1000亿元的基础上，再次突破1500亿元，综合实力迈上了新的台阶。"], ["地区生产总值增长9%。"]);
    expect(one(x, "再次突破1500亿元", "1500亿元")).toMatchObject({ label_zh: "生产总值、全社会固定资产投资、规模以上工业主营业务收入", metric: null });
  });

  it("a bare 再次 before the verb is no label: the subject before it is (财政收入…再次突破170亿元)", () => {
    const x = fixture(["全市财政收入达到100亿元，再次突破170亿元。"], ["地区生产总值增长9%。"]);
    expect(one(x, "再次突破170亿元", "170亿元").label_zh).toBe("财政收入");
  });
});

describe("the year's end written bare after 到 before the subject (Beijing 2001: 力争到年底使社会化管理服务的企事业单位退休人员达到20万人)", () => {
  it("is the figure's time, no word of its label, and the causative 使 after it goes too", () => {
    const x = fixture(["地区生产总值增长11%。"], ["国内生产总值增长9%左右。", "不断提高保险的社会化程度。力争到年底使社会化管理服务的企事业单位退休人员达到20万人。"]);
    expect(one(x, "企事业单位退休人员达到20万人", "20万人")).toMatchObject({ label_zh: "社会化管理服务的企事业单位退休人员", kind: "target", year: 2020 });
  });
});

describe("the threshold more districts and counties are to pass (Tianjin 2004: 争取有更多的区县国内生产总值超过100亿元)", () => {
  it("is no target of the place's GDP, which the plan states on its own", () => {
    const x = fixture(["全年实现国内生产总值2386.9亿元，比上年增长14.5%。"], ["国内生产总值增长11.5%。", "加快推进农业产业化、农村工业化和城市化步伐，实现城乡一体化发展，争取有更多的区县国内生产总值超过100亿元，财政收入超过10亿元。"]);
    expect(one(x, "区县国内生产总值超过100亿元", "100亿元")).toMatchObject({ metric: null, kind: "target" });
    expect(x.figures.filter((f) => f.kind === "target" && (f.metric === "gdp" || f.metric === "gdp_growth")).map((f) => written(x, f))).toEqual(["11.5%"]);
  });
});

describe("a real change written after the year it is compared with (Guangdong 2000: 农村居民人均纯收入3629元，比上年实际增长6.2％)", () => {
  it("is the growth of the income before it, as 实际比上年增长 is", () => {
    const x = fixture(["农村居民人均纯收入3629元，比上年实际增长6.2％；城镇居民人均可支配收入9085元，比上年实际增长4.5％。"], ["地区生产总值增长8%。"]);
    expect(one(x, "比上年实际增长6.2％", "6.2％")).toMatchObject({ metric: "rural_net_income_growth", kind: "result", label_zh: "农村居民人均纯收入比上年实际增长" });
    expect(one(x, "比上年实际增长4.5％", "4.5％")).toMatchObject({ metric: "urban_income_growth", kind: "result" });
  });
});

describe("a share of a fund other than the budget put to people's livelihood (Haibei 2022: 将80%以上对口支援资金用于民生领域)", () => {
  it("is the pairing-assistance fund's use, no share of the budget's spending on livelihood", () => {
    const x = fixture(["地区生产总值增长3.2%。"], ["特别要与山东省、援青央企共同完善“组团式”对口支援机制，坚持输血与造血并举，将80%以上对口支援资金用于民生领域、县及县以下基层、重点向乡镇和村倾斜。"]);
    expect(one(x, "将80%以上对口支援资金用于民生领域", "80%").metric).toBeNull();
  });
  it("still reads the budget's own funds or means put to livelihood as that share", () => {
    const x = fixture(["全年将80%以上的财政资金用于民生。仍将75%以上财力用于民生事业。"], ["地区生产总值增长6%。"]);
    expect(one(x, "将80%以上的财政资金用于民生", "80%").metric).toBe("livelihood_spending_share");
    expect(one(x, "仍将75%以上财力用于民生事业", "75%").metric).toBe("livelihood_spending_share");
  });
});

describe("the budget's input to people's livelihood as a share of its spending (Weinan 2023: 财政民生投入426亿元，占全年财政支出的80%)", () => {
  it("is the share of spending on livelihood, the amount none", () => {
    const x = fixture(["财政民生投入426亿元，占全年财政支出的80%。民生投入增长10%。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "占全年财政支出的80%", "80%")).toMatchObject({ metric: "livelihood_spending_share", kind: "result", year: 2019 });
    expect(one(x, "财政民生投入426亿元", "426亿元").metric).toBeNull();
    expect(one(x, "民生投入增长10%", "10%").metric).toBeNull();
  });
});

describe("a count of the place's counties of a kind as a sentence's subject (Ningxia 2006: 山区8个国家扶贫开发重点县经济增长速度加快，地方财政一般预算收入增长18%)", () => {
  it("gives those counties' revenue and farmers' income no indicator of the place", () => {
    const x = fixture(
      ["全年实现地区生产总值599.4亿元，增长10.3%。山区8个国家扶贫开发重点县经济增长速度加快，地方财政一般预算收入增长18%，农民人均纯收入达到1687元，增长13.4%。"],
      ["地区生产总值增长10%。"],
    );
    expect(one(x, "地方财政一般预算收入增长18%", "18%").metric).toBeNull();
    expect(one(x, "农民人均纯收入达到1687元", "1687元").metric).toBeNull();
    expect(one(x, "农民人均纯收入达到1687元，增长13.4%", "13.4%").metric).toBeNull();
    expect(one(x, "全年实现地区生产总值599.4亿元，增长10.3%", "10.3%").metric).toBe("gdp_growth");
  });
});

describe("a season's share of good-air days (Yinchuan 2018: 强力开展冬季大气污染防治攻坚战，冬季优良天数达标率首次突破75%)", () => {
  it("is the winter's share, no indicator of the year's air quality", () => {
    const x = fixture(["出台大气治理10条，空气质量下滑势头得到有效遏制。强力开展冬季大气污染防治攻坚战，冬季优良天数达标率首次突破75%。"], ["力争空气质量优良天数比例达到75%。"]);
    expect(one(x, "冬季优良天数达标率首次突破75%", "75%").metric).toBeNull();
    expect(one(x, "力争空气质量优良天数比例达到75%", "75%").metric).toBe("good_air_days_ratio");
  });
});

describe("及时 opening a rate's name in a list of two rates (Tonghua 2024: 信访事项及时受理率、按期答复率均达到100%)", () => {
  it("gives the two rates one figure each, the first named whole, no third item cut at 及", () => {
    const x = fixture(["地区生产总值增长6%。", "信访事项及时受理率、按期答复率均达到100%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "均达到100%").map((f) => f.label_zh)).toEqual(["信访事项及时受理率", "按期答复率"]);
  });
});

describe("herders counted after a bare magnitude (Bayannur 2022: 实施饮水安全工程，为30.3万农牧民解决饮水问题)", () => {
  it("counts people, 万人, as farmers are counted", () => {
    const x = fixture(["地区生产总值增长6%。", "实施饮水安全工程，为30.3万农牧民解决饮水问题。"], ["地区生产总值增长6%。"]);
    expect(one(x, "30.3万农牧民", "30.3万")).toMatchObject({ value: 30.3, unit: "万人" });
  });
});

describe("homes of old compounds counted by the dwelling (Bayannur 2022: 实施老旧小区改造10285套、棚户区改造4614套)", () => {
  it("counts the households renovated, not 10285 compounds, and the shantytown homes stay theirs", () => {
    const x = fixture(["地区生产总值增长4.3%。", "实施老旧小区改造10285套、棚户区改造4614套。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "10285套").map((f) => [f.value, f.metric])).toEqual([
      [10285, "old_housing_renovation_households"],
      [4614, "shantytown_renovation"],
    ]);
  });
});

describe("older names of foreign investment and the urbanisation rate (Guangdong 2000: 外商实际直接投资122.03亿美元，增长1.5％; Shaanxi 2002: 城镇化水平…由上年的32.3％提升到33.5％)", () => {
  it("reads 外商实际直接投资 as foreign investment actually used and 城镇化水平 as the urbanisation rate", () => {
    const x = fixture(
      ["外商实际直接投资122.03亿美元，增长1.5%。城镇化水平进一步提高，由上年的32.3%提升到33.5%。"],
      ["国内生产总值增长8.5%。"],
    );
    expect(quoting(x, "外商实际直接投资").map((f) => [f.value, f.metric])).toEqual([
      [122.03, "fdi_actual"],
      [1.5, "fdi_actual_growth"],
    ]);
    expect(one(x, "提升到33.5%", "33.5%")).toMatchObject({ metric: "urbanization_rate", kind: "result" });
  });
});

describe("the main targets announced with no colon (Nanyang 2014: 今年全市经济社会发展的主要预期目标是生产总值增长10％以上)", () => {
  it("labels the first target by its indicator alone, as with the colon", () => {
    const x = fixture(["地区生产总值增长9%。"], ["今年全市经济社会发展的主要预期目标是生产总值增长10%以上，规模以上工业增加值增长14%以上。"]);
    expect(one(x, "主要预期目标是生产总值增长10%以上", "10%")).toMatchObject({ label_zh: "生产总值增长", metric: "gdp_growth", kind: "target" });
  });
});

describe("incomes told on a new statistical basis (Yueyang 2014: 新口径城乡居民收入分别达19351元和10134元)", () => {
  it("gives the town and the country residents each their income, the basis no word of the label", () => {
    const x = fixture(["地区生产总值增长9%。新口径城乡居民收入分别达19351元和10134元，分别增长10.2%和12.5%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "新口径城乡居民收入").map((f) => [f.value, f.label_zh, f.metric])).toEqual([
      [19351, "城镇居民收入", "urban_income"],
      [10134, "农村居民收入", "rural_income"],
      [10.2, "城镇居民收入增长", "urban_income_growth"],
      [12.5, "农村居民收入增长", "rural_income_growth"],
    ]);
  });
});

describe("tourist arrivals and tourism revenue named whole before one growth (Yinchuan 2018: 力争游客接待量和旅游收入增长15%以上)", () => {
  it("gives each its growth", () => {
    const x = fixture(["地区生产总值增长8%。"], ["力争游客接待量和旅游收入增长15%以上。"]);
    expect(quoting(x, "游客接待量和旅游收入").map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["游客接待量增长", "tourist_arrivals_growth", 15],
      ["旅游收入增长", "tourism_revenue_growth", 15],
    ]);
  });
});

describe("a paragraph led by building one new area (Lanzhou 2017: 五年来，全市上下大力开发建设兰州新区，…一个产业新城正在快速崛起。)", () => {
  it("gives the place no GDP or afforestation of the area's, the city's own figures kept", () => {
    const x = fixture(
      [
        "五年来，全市上下大力开发建设兰州新区，在“一张白纸”上描绘蓝图，一个产业新城正在快速崛起。累计完成投资1986.58亿元。完成造林绿化18.3万亩。预计今年生产总值达到150亿元。",
        "预计全市生产总值达到2300亿元，增长9%。",
      ],
      ["生产总值增长8%以上。"],
    );
    expect(one(x, "预计今年生产总值达到150亿元", "150亿元").metric).toBeNull();
    expect(one(x, "完成造林绿化18.3万亩", "18.3万亩").metric).toBeNull();
    expect(one(x, "预计全市生产总值达到2300亿元", "2300亿元").metric).toBe("gdp");
  });
});

describe("areas each written before the land they measure (Weinan 2023: 60万亩“吨粮田”核心示范区、45.5万亩高标准农田全部建成)", () => {
  it("labels each area by the noun after it, a name in quotes among its words", () => {
    const x = fixture(["地区生产总值增长4%。60万亩“吨粮田”核心示范区、45.5万亩高标准农田全部建成。"], ["新建高标准农田10万亩、改造中低产田5万亩。"]);
    expect(quoting(x, "吨粮田").map((f) => [f.value, f.label_zh])).toEqual([
      [60, "“吨粮田”核心示范区"],
      [45.5, "高标准农田全部建成"],
    ]);
    // Areas after their nouns keep them.
    expect(quoting(x, "中低产田").map((f) => [f.value, f.label_zh])).toEqual([
      [10, "新建高标准农田"],
      [5, "改造中低产田"],
    ]);
  });
});

describe("a paragraph on the Corps opened by the salutation and the past year (Xinjiang 2012: 各位代表，过去的一年，新疆生产建设兵团…。预计完成生产总值966亿元，增长16%)", () => {
  it("gives the Corps's output and growth none of the region's indicators; the region's own stay", () => {
    const x = fixture(
      ["预计全区生产总值完成6600亿元，增长12%。", "各位代表，过去的一年，新疆生产建设兵团深入贯彻落实党中央、国务院一系列重大决策部署，综合实力明显增强。预计完成生产总值966亿元，增长16%；固定资产投资670亿元，增长49.5%。"],
      ["全区生产总值增长11%以上。"],
    );
    expect(one(x, "预计完成生产总值966亿元", "966亿元").metric).toBeNull();
    expect(one(x, "增长16%", "16%").metric).toBeNull();
    expect(one(x, "固定资产投资670亿元", "670亿元").metric).toBeNull();
    expect(one(x, "预计全区生产总值完成6600亿元，增长12%", "12%").metric).toBe("gdp_growth");
  });
});

describe("a named development zone made the subject of a sentence's first clause (Honghe 2016: 蒙自经济技术开发区体制机制进一步理顺，全年引进省外到位资金39亿元，实现规上工业增加值98.2亿元，增长10.5%)", () => {
  it("gives the zone's figures in the subjectless clauses after it no indicator of the prefecture", () => {
    const x = fixture(
      ["完成规上工业增加值365亿元，增长10%。", "蒙自经济技术开发区体制机制进一步理顺，全年引进省外到位资金39亿元，实现规上工业增加值98.2亿元，增长10.5%。"],
      ["地区生产总值增长10%。"],
    );
    expect(one(x, "完成规上工业增加值365亿元", "365亿元").metric).toBe("industrial_value_added");
    expect(one(x, "实现规上工业增加值98.2亿元", "98.2亿元").metric).toBeNull();
    expect(one(x, "实现规上工业增加值98.2亿元，增长10.5%", "10.5%").metric).toBeNull();
    expect(one(x, "全年引进省外到位资金39亿元", "39亿元").metric).toBeNull();
  });
});

describe("the year just past named after a clause that only announces a remark (State Council 1988: 这里还要着重指出的是，在刚刚过去的1987年，…。全国工业总产值增长14.6%)", () => {
  it("dates the figures after it in that year alone, not over the five years looked back on", () => {
    const x = extractText("ceshi-1988.txt", [
      "1988年测试市政府工作报告",
      "——1988年3月25日在测试市第七届人民代表大会第一次会议上",
      "各位代表！",
      "过去五年工作回顾",
      "五年来，在改革开放的推动下，我市国民经济持续发展。",
      "——经济实力继续增强。地区生产总值按可比价格计算平均每年增长11.1%。",
      "这里还要着重指出的是，在刚刚过去的1987年，我市国民经济的发展继续保持了良好势头。全市工业总产值增长14.6%，外贸出口增长27.8%。",
      "1988年工作建议",
      "今年地区生产总值增长7.5%。",
    ].join("\n"));
    const industry = one(x, "全市工业总产值增长14.6%", "14.6%");
    expect([industry.kind, industry.year, industry.period]).toEqual(["result", 1987, null]);
    expect(one(x, "外贸出口增长27.8%", "27.8%").period).toBeNull();
    expect(one(x, "平均每年增长11.1%", "11.1%").period).toEqual([1983, 1987]);
  });
});

describe("the central budget named right after the years it spends over (State Council 2006: 今后五年中央财政将投入100亿元支持职业教育发展)", () => {
  it("keeps 中央 whole in the label: 五年中 is no time word there", () => {
    const x = nationFixture(["国内生产总值增长9.9%。"], ["国内生产总值增长8%左右。", "发展职业教育是一项重要而紧迫的任务，今后五年中央财政将投入100亿元支持职业教育发展。"]);
    expect(one(x, "中央财政将投入100亿元", "100亿元").label_zh).toContain("中央财政将投入");
  });
});

describe("R&D spending set against GDP as a ratio (State Council 2017: 全社会研发经费支出与国内生产总值之比达到2.08%)", () => {
  it("is R&D intensity, not R&D spending growth", () => {
    const x = nationFixture(["全社会研发经费支出与国内生产总值之比达到2.08%。"], ["国内生产总值增长6.5%左右。"]);
    expect(one(x, "之比达到2.08%", "2.08%")).toMatchObject({ metric: "rd_intensity", kind: "result", year: 2019 });
  });
});

describe("约 ending the verb before a count (Jinan 2023: 累计签约141个高端优质项目、总投资超过3300亿元)", () => {
  it("keeps 签约 whole in the label, no `about` read off it", () => {
    const x = fixture(["地区生产总值增长6%。", "累计签约141个高端优质项目、总投资超过3300亿元。新签约50个项目。"], ["地区生产总值增长6%。"]);
    expect(one(x, "累计签约141个", "141个")).toMatchObject({ label_zh: "累计签约高端优质项目", qualifier: null });
    expect(one(x, "新签约50个项目", "50个").label_zh).toBe("新签约项目");
  });
});

describe("matters counted each time (Jinan 2023: 12345市民热线服务水平不断提升，全年共为民服务1200万件次)", () => {
  it("is one unit, 万件次, no 次 left over in the label", () => {
    const x = fixture(["地区生产总值增长6%。", "12345市民热线服务水平不断提升，全年共为民服务1200万件次。"], ["地区生产总值增长6%。"]);
    expect(one(x, "全年共为民服务1200万件次", "1200万件次")).toMatchObject({ value: 1200, unit: "万件次", label_zh: "共为民服务" });
  });
});

describe("a snow season's visitors (Changchun 2024: 升级打造冰雪新天地，新雪季接待游客将突破5000万人次)", () => {
  it("are the winter's visitors, no indicator of the year's tourist arrivals, which the year's own count keeps", () => {
    const x = fixture(["地区生产总值增长6%。", "升级打造冰雪新天地，新雪季接待游客将突破5000万人次。全年接待游客1.2亿人次。"], ["地区生产总值增长6%。"]);
    expect(one(x, "新雪季接待游客将突破5000万人次", "5000万人次").metric).toBeNull();
    expect(one(x, "全年接待游客1.2亿人次", "1.2亿人次").metric).toBe("tourist_arrivals");
  });
});

describe("a comparison naming the later year first (State Council 2006: 2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%)", () => {
  it("measures the change against the earlier year, no yearly growth, the yearly average kept", () => {
    const x = fixture(["过去五年，经济实力显著增强。2019年与2014年相比，地区生产总值增长57.3%，年均增长9.5%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "地区生产总值增长57.3%", "57.3%")).toMatchObject({ base_year: 2014, metric: null });
    expect(one(x, "年均增长9.5%", "9.5%")).toMatchObject({ metric: "gdp_growth", period: [2015, 2019] });
  });
});

describe("an increase above the one set for the year (Qingdao 1999: 农民人均纯收入达到2368元，比上年增加620元，比年初预定目标多增320元)", () => {
  it("is how far the result passed the target, no figure of its own, while the increase itself stays a result", () => {
    const x = fixture(["地区生产总值增长6%。", "104个经济困难村的农民人均纯收入达到2368元，比上年增加620元，比年初预定目标多增320元。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.quote.includes("多增320元"))).toEqual([]);
    expect(one(x, "比上年增加620元", "620元").kind).toBe("result");
  });
});

describe("kinds of insurance listed before the coverage they share, named 覆盖面 (Harbin 2006: 城镇职工养老保险、失业保险和医疗保险覆盖面分别达到84%、88%和65.5%)", () => {
  it("gives each insurance its coverage", () => {
    const x = fixture(["地区生产总值增长13.5%。城镇职工养老保险、失业保险和医疗保险覆盖面分别达到84%、88%和65.5%。"], ["地区生产总值增长13%。"]);
    expect(quoting(x, "覆盖面").map((f) => f.label_zh)).toEqual(["城镇职工养老保险覆盖面", "失业保险覆盖面", "医疗保险覆盖面"]);
  });
});

describe("a crop's sown area written by the verb alone, then its output bare (Wuzhou 2023: 全年粮食播种211.4万亩、产量71.6万吨)", () => {
  it("is the grain area, and the output after it the grain output", () => {
    const x = fixture(["全年粮食播种211.4万亩、产量71.6万吨。"], ["地区生产总值增长6%。"]);
    expect(one(x, "粮食播种211.4万亩", "211.4万亩")).toMatchObject({ metric: "grain_area", kind: "result", year: 2019 });
    expect(one(x, "产量71.6万吨", "71.6万吨")).toMatchObject({ metric: "grain_output", label_zh: "粮食产量" });
  });
});

describe("a term's end compared with after a stray space (Shiyan 2016: 市场主体达26.6万户，比 “十一五”末增长1.6倍)", () => {
  it("is the base of the change, not the year of the figure, as without the space", () => {
    const x = fixture(["地区生产总值增长6%。", "市场主体达26.6万户，比 “十二五”末增长1.6倍。"], ["地区生产总值增长6%。"]);
    expect(one(x, "比 “十二五”末增长1.6倍", "1.6倍")).toMatchObject({ kind: "result", year: 2019, base_year: 2015 });
  });
});

describe("a list of works whose last item names the projects' size (Jiaxing 2020: 新开工、竣工亿元以上产业项目分别突破360个和300个)", () => {
  it("gives the first item the whole size, 亿 kept with its 元", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长6%。", "新开工、竣工亿元以上产业项目分别突破360个和300个。"]);
    expect(one(x, "分别突破360个和300个", "360个").label_zh).toBe("新开工亿元以上产业项目");
    expect(one(x, "分别突破360个和300个", "300个").label_zh).toBe("竣工亿元以上产业项目");
  });
});

describe("the visits a year is to receive, told after the year's verb (Shiyan 2016: 力争年实现旅游接待4700万人次)", () => {
  it("are the plan year's tourist arrivals", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长6%。", "扩大重点旅游线路的影响力和吸引力，力争年实现旅游接待4700万人次。"]);
    expect(one(x, "力争年实现旅游接待4700万人次", "4700万人次")).toMatchObject({ metric: "tourist_arrivals", kind: "target", year: 2020 });
  });
});

describe("market entities on the tax rolls (Shanxi 2023: 涉税市场主体182.1万户，增长32.1%；新登记市场主体103.8万户)", () => {
  it("are those paying tax, a stock, not the year's new market entities, which the new registrations keep", () => {
    const x = fixture(["地区生产总值增长4.5%。", "全省市场主体达到397.9万户、同比增长26.1%；涉税市场主体182.1万户，增长32.1%；新登记市场主体103.8万户，增长1倍。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "涉税市场主体182.1万户", "182.1万户").metric).toBeNull();
    expect(one(x, "新登记市场主体103.8万户", "103.8万户").metric).toBe("new_market_entities");
  });
});

describe("a region of the province named by its compass point (Shaanxi 2021: 陕北生产总值占全省比重提升0.6个百分点，陕南生产总值增长46.2%)", () => {
  it("is that region's output, not the province's GDP growth, which the province's own statement keeps", () => {
    const x = extractText("shaanxi-2021.txt", "陕西省2021年政府工作报告\n\n一、2020年工作回顾\n\n实现生产总值2.62万亿元，增长2.2%。区域城乡发展更加协调，陕北生产总值占全省比重提升0.6个百分点，陕南生产总值增长46.2%，全省城镇化率提高5.5个百分点。\n\n二、2021年工作安排\n\n生产总值增长6.5%左右。\n");
    expect(one(x, "陕南生产总值增长46.2%", "46.2%").metric).toBeNull();
    expect(one(x, "实现生产总值2.62万亿元，增长2.2%", "2.2%").metric).toBe("gdp_growth");
  });

  it("keeps the figures told after it with no subject of their own that region's (Shaanxi 2009: 陕北生产总值增长20％，固定资产投资和财政收入分别增长40.8％和22.2％)", () => {
    const x = extractText("shaanxi-2009.txt", "陕西省2009年政府工作报告\n\n一、过去一年工作的回顾\n\n全社会固定资产投资完成4800亿元以上，增长32％。陕北生产总值增长20％，固定资产投资和财政收入分别增长40.8％和22.2％，正在向国内一流、世界知名的能源化工基地迈进。\n\n二、2009年的奋斗目标和总体要求\n\n生产总值增长13％左右。\n");
    expect(one(x, "分别增长40.8％和22.2％", "40.8％").metric).toBeNull();
    expect(one(x, "全社会固定资产投资完成4800亿元以上，增长32％", "32％").metric).toBe("fixed_investment_growth");
    // The whole place named again ends the region's run (Shaanxi 2021: …陕南生产总值增长46.2%，全省城镇化率提高5.5个百分点).
    const y = extractText("shaanxi-2021.txt", "陕西省2021年政府工作报告\n\n一、2020年工作回顾\n\n陕南生产总值增长46.2%，全省固定资产投资增长4.1%。\n\n二、2021年工作安排\n\n生产总值增长6.5%左右。\n");
    expect(one(y, "全省固定资产投资增长4.1%", "4.1%").metric).toBe("fixed_investment_growth");
  });
});

describe("the first time in years, a record (Liaoning 2024: 全省地区生产总值增长5.3%，十年来首次超过全国增速，总量突破3万亿；一般公共预算收入增长9.1%)", () => {
  it("names no span: the figures after it are the year reviewed's, not ten years'", () => {
    const x = fixture(["全省地区生产总值增长5.3%，十年来首次超过全国增速，总量突破3万亿；一般公共预算收入增长9.1%，规模以上工业增加值增长5%。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "一般公共预算收入增长9.1%", "9.1%")).toMatchObject({ metric: "budget_revenue_growth", kind: "result", year: 2019, period: null });
    expect(one(x, "规模以上工业增加值增长5%", "5%")).toMatchObject({ year: 2019, period: null });
  });
});

describe("a section titled with a figure and the sector (Baiyin 2014: 3.第三产业持续发展。完成增加值155.92亿元，增长10.8%)", () => {
  it("makes the bare value added after it the tertiary sector's, as a title numbered 一、 or （一） does", () => {
    const x = extractText("ceshi-2020.txt", [
      "2020年测试市政府工作报告", "——2020年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：", "2019年工作回顾",
      "地区生产总值增长12.8%。", "1.农业经济活力增强。实现农业增加值55.01亿元，增长6.5%。", "2.工业经济稳中有升。实现规模以上工业增加值195.13亿元，增长16%。",
      "3.第三产业持续发展。完成增加值155.92亿元，增长10.8%。文化旅游业不断融合。", "2020年目标任务和重点工作", "地区生产总值增长12%。",
    ].join("\n"));
    expect(one(x, "完成增加值155.92亿元", "155.92亿元")).toMatchObject({ label_zh: "第三产业增加值", metric: "services_value_added", year: 2019 });
    expect(one(x, "完成增加值155.92亿元，增长10.8%", "10.8%").metric).toBe("services_value_added_growth");
  });

  it("and so does the numbered lead sentence run on into the paragraph, heading no section", () => {
    const x = fixture(["地区生产总值增长12.8%。", "3.第三产业持续发展。完成增加值155.92亿元，增长10.8%。文化旅游业不断融合。"], ["地区生产总值增长12%。"]);
    expect(one(x, "完成增加值155.92亿元", "155.92亿元")).toMatchObject({ label_zh: "第三产业增加值", metric: "services_value_added" });
  });
});

describe("town and country incomes of a year before 2014 told on the new survey's basis (Yueyang 2014: 新口径城乡居民收入分别达19351元和10134元, of 2013)", () => {
  it("are the residents' disposable incomes per head, as from 2014 on; without 新口径 they stay unnamed", () => {
    const report = (sentence: string) =>
      extractText("ceshi-2014.txt", ["2014年测试市政府工作报告", "2014年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：", "一、2013年工作回顾", `地区生产总值增长9%。${sentence}`, "二、2014年主要目标和重点任务", "地区生产总值增长10%。"].join("\n"));
    const metricsOf = (sentence: string) => report(sentence).figures.filter((f) => f.unit === "元").map((f) => [f.value, f.year, f.metric]);
    expect(metricsOf("新口径城乡居民收入分别达19351元和10134元。")).toEqual([
      [19351, 2013, "urban_income"],
      [10134, 2013, "rural_income"],
    ]);
    expect(metricsOf("城乡居民收入分别达19351元和10134元。")).toEqual([
      [19351, 2013, null],
      [10134, 2013, null],
    ]);
  });
});

describe("the Japanese form of 增 a copy set for it (Liaoning 2000: 今年，全省工业增加值要増长8％)", () => {
  it("is the verb: the industry's value added grows by the target, and the quote keeps the text as written", () => {
    const x = fixture(["地区生产总值増长8%。"], ["今年，全省工业增加值要増长8％，国有及国有控股大中型企业亏损面控制在20%以内。"]);
    expect(one(x, "工业增加值要増长8％", "8％")).toMatchObject({ kind: "target", metric: "industry_value_added_growth", label_zh: "全省工业增加值增长", quote: "全省工业增加值要増长8％" });
    expect(writtenMetrics(x, "地区生产总值増长8%")).toEqual([["8%", "gdp_growth"]]);
    expect(asciiDigits("増长8％")).toBe("增长8%");
  });
});

describe("foreign direct investment absorbed (Hubei 2008: 吸收外商直接投资增长10%)", () => {
  it("is the foreign investment actually used, as 实际吸收外商直接投资 is; a contract's is not", () => {
    const x = fixture(["实际利用外资增长13.6%。"], ["吸收外商直接投资增长10%，外贸出口增长12%。", "合同吸收外商直接投资增长8%。"]);
    expect(one(x, "吸收外商直接投资增长10%", "10%")).toMatchObject({ kind: "target", metric: "fdi_actual_growth" });
    expect(one(x, "合同吸收外商直接投资增长8%", "8%").metric).toBeNull();
  });
});

describe("an area of the city named bare before its output (Dongguan 2018: 启动水乡新城建设，片区生产总值增长9.3%，快于全市1.1个百分点)", () => {
  it("is that area's growth, not the city's GDP growth, which the city's own statement keeps", () => {
    const x = fixture(["预计全市实现生产总值7580亿元，同比增长8.2%左右。", "水乡经济区科学谋划新城与片区发展定位，启动水乡新城建设，片区生产总值增长9.3%，快于全市1.1个百分点。"], ["生产总值增长8%。"]);
    expect(one(x, "片区生产总值增长9.3%", "9.3%").metric).toBeNull();
    expect(one(x, "同比增长8.2%左右", "8.2%")).toMatchObject({ metric: "gdp_growth", kind: "result", year: 2019 });
  });
});

describe("high-tech enterprises by their short names (Dongguan 2018: 预计全市高企数量从2028家增至4077家，新增高企后备企业2400家; 国家高企数量达4500家)", () => {
  it("counts the national high-tech enterprises named 国家高企 reached, not the firms on the reserve list (后备), which are not yet any", () => {
    const x = fixture(["地区生产总值增长8.2%。", "预计全市高企数量从2028家增至4077家，新增高企后备企业2400家，总量均居全省地级市第一。"], ["生产总值增长8%；国家高企数量达4500家。"]);
    expect(one(x, "新增高企后备企业2400家", "2400家").metric).toBeNull();
    expect(one(x, "高企数量从2028家增至4077家", "4077家").metric).toBe("high_tech_enterprises");
    expect(one(x, "国家高企数量达4500家", "4500家")).toMatchObject({ metric: "high_tech_enterprises", kind: "target", year: 2020 });
  });
});

describe("the days the air met the standard (Dongguan 2018: 全市空气质量达标天数301天; 空气质量达标天数310天以上)", () => {
  it("are the count of good-air days, a result and a target, as their share named so is the share of good days", () => {
    const x = fixture(["地区生产总值增长8.2%。", "全市空气质量达标天数301天。"], ["生产总值增长8%；空气质量达标天数310天以上；空气质量达标天数比例达到85%。"]);
    expect(one(x, "全市空气质量达标天数301天", "301天")).toMatchObject({ metric: "good_air_days", kind: "result", year: 2019 });
    expect(one(x, "空气质量达标天数310天以上", "310天")).toMatchObject({ metric: "good_air_days", kind: "target", year: 2020 });
    expect(one(x, "空气质量达标天数比例达到85%", "85%").metric).not.toBe("good_air_days");
  });
});

describe("the plan year opening a sentence after the five years' aims, a campaign named after it in quotes (Fuzhou 2017: 2017年，我们要…扎实开展“攻坚2017”行动)", () => {
  it("frames the year's sections after it: their targets are the plan year's, not the five years'", () => {
    const x = extractText("ceshi-2020.txt", [
      "2020年测试市政府工作报告", "——2020年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：", "一、2019年工作回顾",
      "地区生产总值增长8.3%。", "二、新一届政府努力方向和2020年工作安排",
      "各位代表，根据市第十一次党代会部署，今后五年我市经济社会发展的总体要求是：加快建设新福州。",
      "——产业支撑更加有力。地区生产总值年均增长9%左右。",
      "各位代表，省第十次党代会作出了战略部署。2020年，我们要紧紧围绕这一目标，扎实开展“攻坚2020”行动，狠抓各项工作落实。今年经济社会发展主要预期目标是：地区生产总值增长9%，固定资产投资增长12%。",
      "（一）聚焦“百姓富”，切实推进社会民生各项事业。", "提高城乡居民收入。争取城镇新增就业12.4万人，转移农业富余劳动力3.8万人。",
    ].join("\n"));
    expect(one(x, "地区生产总值年均增长9%左右", "9%")).toMatchObject({ metric: "gdp_growth", year: 2024, period: [2020, 2024] });
    expect(one(x, "地区生产总值增长9%", "9%")).toMatchObject({ metric: "gdp_growth", kind: "target", year: 2020, period: null });
    expect(one(x, "争取城镇新增就业12.4万人", "12.4万人")).toMatchObject({ metric: "urban_jobs_new", kind: "target", year: 2020, period: null });
  });
});

describe("R&D spending named in full with 投入 against GDP (Fuzhou 2017: 全社会研究与试验发展经费投入占GDP比重1.76%)", () => {
  it("is R&D intensity, as 研发经费投入占 is", () => {
    const x = fixture(["地区生产总值增长8.3%。", "全社会研究与试验发展经费投入占GDP比重1.76%，每万人有效发明专利拥有量12件。"], ["地区生产总值增长9%。"]);
    expect(one(x, "全社会研究与试验发展经费投入占GDP比重1.76%", "1.76%")).toMatchObject({ metric: "rd_intensity", kind: "result", year: 2019 });
  });
});

describe("areas counted before the homes a work renews (Qingyang 2018: 实施35个片区5300多户棚户区改造工程)", () => {
  it("are where the work is done: the homes are the place's shantytown renovation, while an area named bare before an output is a part (Dongguan 2018)", () => {
    const x = fixture(["地区生产总值增长8%。实施35个片区5300多户棚户区改造工程。启动水乡新城建设，片区生产总值增长9.3%。"], ["地区生产总值增长8%。"]);
    expect(writtenMetrics(x, "实施35个片区5300多户棚户区改造工程")).toEqual([
      ["35个", null],
      ["5300多户", "shantytown_renovation"],
    ]);
    expect(writtenMetrics(x, "片区生产总值增长9.3%")).toEqual([["9.3%", null]]);
  });
});

describe("two shares of the budget, each before its use (Chongqing 2011: 保持一般预算的50%以上用于民生、75%用于区县和基层)", () => {
  it("gives the livelihood share to the 50% before 用于民生, not to the 75% that goes to the districts and counties", () => {
    const x = fixture(["地区生产总值增长17%。我们保持一般预算的50%以上用于民生、75%用于区县和基层。"], ["地区生产总值增长13.5%。"]);
    expect(one(x, "75%用于区县和基层", "75%").metric).toBeNull();
    expect(fixture(["地区生产总值增长17%。财政支出用于民生的比重达到75%。"], ["地区生产总值增长13.5%。"]).figures.find((f) => f.value === 75)?.metric).toBe("livelihood_spending_share");
  });
});

describe("the term of the government just elected, named with 任期 (Guangzhou 2003: 新一届政府任期的五年，是…关键时期。…城市生活污水处理率达到80％以上)", () => {
  it("is the five years from the plan year: the goals after it are targets of the term, not results of the year reviewed", () => {
    const report = (lead: string) =>
      extractText("ceshi-2003.txt", [
        "2003年测试市政府工作报告", "——2003年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：", "一、过去五年工作的回顾", "地区生产总值增长9%。",
        "二、今后五年的奋斗目标和2003年工作建议", lead, "―――城市建设和管理再上新水平。城市生活污水处理率达到80％以上。",
        "今年是新一届政府任期的第一年。今年我市经济和社会发展的主要预期目标是：国内生产总值增长12％。",
      ].join("\n"));
    for (const lead of ["新一届政府任期的五年，是全面建设小康社会的关键时期。", "新一届政府的五年，是全面建设小康社会的关键时期。"]) {
      expect(one(report(lead), "城市生活污水处理率达到80％以上", "80％")).toMatchObject({ metric: "sewage_treatment_rate", kind: "target", year: 2007, period: [2003, 2007] });
    }
  });
});

describe("foreign capital taken in over the years looked back on, past a level (Guangzhou 2003: 加大招商引资力度，五年来，全市实际利用外资超过150亿美元)", () => {
  it("is the five years' sum, not the last year's level", () => {
    for (const s of ["充分发挥各开发区的优势，加大招商引资力度，五年来，全市实际利用外资超过150亿美元。", "五年来，全市实际利用外资超过150亿美元。"]) {
      const x = fixture(["地区生产总值增长12%。", s], ["地区生产总值增长12%。"]);
      expect(one(x, "全市实际利用外资超过150亿美元", "150亿美元")).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019] });
    }
    const year = fixture(["地区生产总值增长12%。", "全市实际利用外资超过15亿美元。"], ["地区生产总值增长12%。"]);
    expect(one(year, "全市实际利用外资超过15亿美元", "15亿美元")).toMatchObject({ metric: "fdi_actual", year: 2019, period: null });
  });
});

describe("an amount said to be expected with 可望 (Shenzhen 2003: 我市工业总产值到2005年可望达6200亿元以上)", () => {
  it("is an estimate, as with 有望, and 可望 is no word of the label", () => {
    const x = fixture(["地区生产总值增长12%。", "再加上已有工业企业生产的正常增长，我市工业总产值到2022年可望达6200亿元以上。"], ["地区生产总值增长12%。"]);
    expect(one(x, "我市工业总产值到2022年可望达6200亿元以上", "6200亿元")).toMatchObject({ label_zh: "我市工业总产值", metric: "industry_output", estimate: true });
  });
});

describe("deposits and loans that both passed a milestone, then their amounts (Xiangxi 2021: 金融机构存贷款余额均突破千亿大关，分别为1305.9亿元、1081.7亿元)", () => {
  it("are the deposits' balance, then the loans', not the investment the clause before states", () => {
    const x = fixture(["地区生产总值增长5%。累计完成固定资产投资2223亿元，占建州以来投资总额的47.3%；金融机构存贷款余额均突破千亿大关，分别为1305.9亿元、1081.7亿元。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "分别为1305.9亿元", "1305.9亿元")).toMatchObject({ metric: "deposits_balance", label_zh: "金融机构存款余额" });
    expect(one(x, "分别为1305.9亿元、1081.7亿元", "1081.7亿元")).toMatchObject({ metric: "loans_balance", label_zh: "金融机构贷款余额" });
    expect(one(x, "累计完成固定资产投资2223亿元", "2223亿元").metric).toBe("fixed_investment");
  });
});

describe("deposits and loans that both passed a round sum in words, then their amounts (Inner Mongolia 2013: 金融机构人民币存贷款余额均突破万亿元，分别达到13612亿元和11284.2亿元)", () => {
  it("are the deposits' balance, then the loans', the sum passed no word of their labels", () => {
    const x = fixture(["地区生产总值增长11.7%。金融机构人民币存贷款余额均突破万亿元，分别达到13612亿元和11284.2亿元，年均增长22.4%和24.5%。"], ["地区生产总值增长12%。"]);
    expect(one(x, "分别达到13612亿元", "13612亿元")).toMatchObject({ metric: "deposits_balance", label_zh: "金融机构人民币存款余额" });
    expect(one(x, "分别达到13612亿元和11284.2亿元", "11284.2亿元")).toMatchObject({ metric: "loans_balance", label_zh: "金融机构人民币贷款余额" });
  });
});

describe("a bare value added after a sentence opened on industry's structure (Ordos 2016: 工业结构持续优化，非煤产业完成投资1535亿元，占工业总投资的82%；实现增加值993亿元)", () => {
  it("is not all industry's value added: the structure opens the sentence, the non-coal industries are its subject", () => {
    const x = fixture(["地区生产总值增长8%。工业结构持续优化，非煤产业完成投资1535亿元，占工业总投资的82%；实现增加值993亿元，占规模以上工业增加值的48.3%。"], ["地区生产总值增长7.5%。"]);
    expect(one(x, "实现增加值993亿元", "993亿元").metric).toBeNull();
  });

  it("while industry opening the sentence as its subject still names the bare value added after it", () => {
    const x = fixture(["地区生产总值增长8%。工业持续增长，完成投资1535亿元；实现增加值993亿元。"], ["地区生产总值增长7.5%。"]);
    expect(one(x, "实现增加值993亿元", "993亿元").metric).toBe("industry_value_added");
  });
});

describe("the gaps with the nation's and the province's figures said after both, with 分别 (Qingyang 2018: 全市城镇化率仅为34.9%，比全国、全省分别低22.3和9.7个百分点)", () => {
  it("are comparisons, no figures of the city's: the rate stays", () => {
    const x = fixture(["地区生产总值增长4%。全市城镇化率仅为34.9%，比全国、全省分别低22.3和9.7个百分点。"], ["地区生产总值增长5%。"]);
    expect(quoting(x, "分别低22.3和9.7个百分点")).toEqual([]);
    expect(one(x, "全市城镇化率仅为34.9%", "34.9%").metric).toBe("urbanization_rate");
  });
});

describe("payments counted one by one (Zhengzhou 2026: “亲清在线”平台累计兑付资金9.6万笔、135.5亿元)", () => {
  it("are 9.6万笔, a count, and the amount after them keeps the label of what was paid, not 笔", () => {
    const x = fixture(["地区生产总值增长5.4%。“亲清在线”平台累计兑付资金9.6万笔、135.5亿元。"], ["地区生产总值增长5%以上。"]);
    expect(one(x, "兑付资金9.6万笔", "9.6万笔")).toMatchObject({ value: 9.6, unit: "万笔" });
    expect(one(x, "9.6万笔、135.5亿元", "135.5亿元").label_zh).not.toBe("笔");
  });
});

describe("a change told in words joined by 、 to the figure's own name (Hefei 2025: 全年贷款余额实现两位数增长、科技贷款增长20%以上)", () => {
  it("is the second thing's figure alone: tech loans' growth, not the balance of all loans", () => {
    const x = fixture(["地区生产总值增长6.1%。"], ["地区生产总值增长5.5%以上。全年贷款余额实现两位数增长、科技贷款增长20%以上。"]);
    expect(one(x, "科技贷款增长20%以上", "20%")).toMatchObject({ label_zh: "科技贷款增长", metric: null, kind: "target" });
  });
});

describe("the modal 必须 before the verb (Wuhan 2006: 我市“十一五”时期年均节能率必须达到4.4%左右)", () => {
  it("is no word of the label", () => {
    const x = fixture(["地区生产总值增长13%。"], ["地区生产总值增长12.5%。按照这一安排，我市“十一五”时期年均节能率必须达到4.4%左右。"]);
    expect(one(x, "年均节能率必须达到", "4.4%")).toMatchObject({ label_zh: "我市年均节能率" });
  });
});

describe("a plan's period opening the subject (Wuhan 2006: 一是“十一五”时期全市生产总值年均增长12%以上; “十一五”期间新增城镇就业人数60万人)", () => {
  it("is the figure's time, no word of its label", () => {
    const x = fixture(["地区生产总值增长13%。"], ["地区生产总值增长12.5%。一是“十一五”时期全市生产总值年均增长12%以上。“十一五”期间新增城镇就业人数60万人。"]);
    expect(one(x, "一是“十一五”时期全市生产总值年均增长", "12%")).toMatchObject({ label_zh: "生产总值年均增长", metric: "gdp_growth" });
    expect(one(x, "“十一五”期间新增城镇就业人数", "60万人")).toMatchObject({ label_zh: "新增城镇就业人数" });
  });
});

describe("an enumeration's marker right before the year its item opens with (Wuhan 2006: 二是2010年单位生产总值能耗比2005年降低20%左右)", () => {
  it("is no word of the label, nor is the year", () => {
    const x = fixture(["地区生产总值增长13%。"], ["地区生产总值增长12.5%。这里，我着重就两个方面的重要指标作简要说明。二是2010年单位生产总值能耗比2005年降低20%左右。"]);
    expect(one(x, "二是2010年单位生产总值能耗", "20%")).toMatchObject({ label_zh: "单位生产总值能耗比2005年降低", base_year: 2005 });
  });
});

describe("a change told in words, then the figure the same thing's change is pledged to reach (Nanjing 2024: 固定资产投资保持稳定增长、力争达到3%)", () => {
  it("is that thing's growth: fixed-asset investment growth, no label of the words between", () => {
    const x = fixture(["地区生产总值增长4.6%。"], ["地区生产总值增长5%以上，一般公共预算收入增长2%左右，固定资产投资保持稳定增长、力争达到3%，社会消费品零售总额增长5.5%左右。"]);
    expect(one(x, "固定资产投资保持稳定增长、力争达到3%", "3%")).toMatchObject({ label_zh: "固定资产投资增长", metric: "fixed_investment_growth", kind: "target" });
  });
});

describe("a pace told against the economy's, then the figure it is pledged to reach (Qinghai 2019: 全体居民人均可支配收入持续高于经济增长速度、力争达到8%)", () => {
  it("is that thing's growth: residents' income growth, no label of the comparison", () => {
    const x = fixture(["地区生产总值增长7.2%。"], ["地区生产总值增长6.5%-7%，地方公共财政收入与地区生产总值同步增长，全体居民人均可支配收入持续高于经济增长速度、力争达到8%，城镇新增就业6万人。"]);
    expect(one(x, "持续高于经济增长速度、力争达到8%", "8%")).toMatchObject({ label_zh: "全体居民人均可支配收入增长", metric: "resident_income_growth", kind: "target", year: 2020 });
  });
});

describe("the saying that opens the plan year's part (Wenzhou 2026: 五年看头年，起步是关键。)", () => {
  it("names the plan year, no five years: the sections after it set that year's targets", () => {
    const x = extractText("ceshi-2026.txt", [
      "2026年测试市政府工作报告", "2026年1月20日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：",
      "一、2025年工作回顾", "地区生产总值增长5.4%。", "二、“十五五”时期的奋斗目标和主要任务", "服务业增加值超8000亿元。",
      "三、全力以赴做好“十五五”开局工作", "五年看头年，起步是关键。今年主要预期目标为：地区生产总值增长5.5%—6%。",
      "（一）着力推动经济稳进提质。社会消费品零售总额超5400亿元。",
    ].join("\n"));
    expect(one(x, "社会消费品零售总额超5400亿元", "5400亿元")).toMatchObject({ kind: "target", year: 2026, period: null, metric: "retail_sales" });
    expect(one(x, "服务业增加值超8000亿元", "8000亿元")).toMatchObject({ year: 2030, period: [2026, 2030] });
  });
});

describe("a time a multiple or a share of its level is told of (Xiangxi 2021: 财政累计用于民生支出1045亿元，为“十二五”时期的1.8倍，每年民生支出占财政总支出65%以上)", () => {
  const report = (review: string) =>
    extractText("ceshi-2021.txt", ["2021年测试州政府工作报告", "——2021年1月13日在测试州第一届人民代表大会第一次会议上", "州长 张三", "各位代表：", "一、“十三五”时期工作回顾", review, "二、2021年工作安排", "地区生产总值增长8%。"].join("\n"));

  it("is the base of the figure, no time of it nor of the clauses after it", () => {
    const x = report("五年来，地区生产总值年均增长7%。财政累计用于民生支出1045亿元，为“十二五”时期的1.8倍，每年民生支出占财政总支出65%以上。2020年，新增贷款213.4亿元，为2019年1.5倍。全年接待国内外游客恢复到2019年同期的90%。");
    expect(one(x, "为“十二五”时期的1.8倍", "1.8倍")).toMatchObject({ year: 2020, period: [2016, 2020] });
    expect(one(x, "每年民生支出占财政总支出65%以上", "65%")).toMatchObject({ metric: "livelihood_spending_share", year: 2020 });
    expect(one(x, "为2019年1.5倍", "1.5倍")).toMatchObject({ year: 2020, period: null });
    expect(one(x, "恢复到2019年同期的90%", "90%")).toMatchObject({ year: 2020, period: null });
  });

  it("so after 达到: a look back over five years, in full-width digits (Changzhi 2022: 一般公共预算收入达到２０１６年的２．３倍)", () => {
    const x = extractText("ceshi-2022.txt", ["2022年测试市政府工作报告", "——2022年2月20日在测试市第一届人民代表大会第一次会议上", "市长 张三", "各位代表：", "一、2021年及过去五年工作回顾", "2021年是本届政府收官之年。回顾过去五年，我们真抓实干。综合实力大幅提升。全市地区生产总值翻了一番，一般公共预算收入达到２０１６年的２．３倍，经济总量保持全省第二。", "二、2022年工作安排", "地区生产总值增长８％。"].join("\n"));
    const f = one(x, "一般公共预算收入达到２０１６年的２．３倍", "２．３倍");
    expect(f).toMatchObject({ kind: "result", base_year: 2016, value: 2.3 });
    expect(f.year).toBe(2021);
  });

  it("while a time after 为 that no multiple or share follows still frames its clause", () => {
    const x = report("“十二五”时期，地区生产总值年均增长9%。2020年，新增贷款213.4亿元。");
    expect(one(x, "地区生产总值年均增长9%", "9%")).toMatchObject({ year: 2015, period: [2011, 2015] });
  });
});

describe("levels passed written in words, a list of them joined by 和 (Shandong 2013: 全省生产总值、地方财政收入、粮食总产量分别跨上五万亿元、四千亿元和九百亿斤台阶)", () => {
  it("are each item's level, at least: GDP, budget revenue and the grain output in 亿斤, no one value shared by the list", () => {
    const x = extractText("ceshi-2013.txt", ["2013年测试省政府工作报告", "——2013年1月23日在测试省第一届人民代表大会第一次会议上", "省长 张三", "各位代表：", "一、过去五年工作回顾", "五年来，全省生产总值、地方财政收入、粮食总产量分别跨上五万亿元、四千亿元和九百亿斤台阶。", "二、2013年工作安排", "生产总值增长9.5%左右。"].join("\n"));
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.metric, f.value, f.unit, f.qualifier])).toEqual([
      ["gdp", 50000, "亿元", "at_least"],
      ["budget_revenue", 4000, "亿元", "at_least"],
      ["grain_output", 900, "亿斤", "at_least"],
    ]);
  });
});

describe("adverbs between an indicator and its verb (Hefei 2025: 粮食产量首超300万吨; Qingyang 2018: 城镇化率仅为34.9%, 原油产量、加工量再创新高)", () => {
  it("are no words of its label: 首 of a first time, 仅 of a low level, a record set", () => {
    const x = fixture(["地区生产总值增长5%。粮食产量首超300万吨，农产品加工产值首超2000亿元。城镇化率仅为34.9%。原油产量、加工量再创新高，分别达到100万吨、200万吨。"], ["地区生产总值增长7%。"]);
    expect(one(x, "粮食产量首超300万吨", "300万吨")).toMatchObject({ label_zh: "粮食产量", metric: "grain_output" });
    expect(one(x, "农产品加工产值首超2000亿元", "2000亿元").label_zh).toBe("农产品加工产值");
    expect(one(x, "城镇化率仅为34.9%", "34.9%")).toMatchObject({ label_zh: "城镇化率", metric: "urbanization_rate" });
    expect(one(x, "分别达到100万吨、200万吨", "200万吨").label_zh).toBe("加工量");
  });
});

describe("早日 between an indicator and a milestone hoped for (Jiuquan 2021: 力争经济总量早日突破千亿大关)", () => {
  it("is no word of its label: the economy's size passes a thousand yi yuan", () => {
    const x = fixture(["地区生产总值增长5%。"], ["提升中心城市综合承载和辐射带动能力，力争经济总量早日突破千亿大关，全市人口城镇化率达到66%。"]);
    expect(one(x, "力争经济总量早日突破千亿大关", "千亿")).toMatchObject({ label_zh: "经济总量", metric: "gdp", value: 1000, unit: "亿元", qualifier: "at_least" });
  });
});

describe("the visitors and a bare total revenue given their growth with 分别 (Hubei 2017: 全省旅游接待总人数超过5.7亿人次，实现总收入4870亿元，分别增长12%和13%)", () => {
  it("the revenue's growth is the tourism revenue's, as its level is", () => {
    const x = fixture(["地区生产总值增长8.1%。全省旅游接待总人数超过5.7亿人次，实现总收入4870亿元，分别增长12%和13%。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "分别增长12%和13%", "13%")).toMatchObject({ metric: "tourism_revenue_growth", label_zh: "旅游总收入增长" });
    expect(one(x, "实现总收入4870亿元", "4870亿元").metric).toBe("tourism_revenue");
  });
});

describe("a count of cities before the mean of their PM2.5 (Hubei 2017: 全省17个重点城市PM2.5均值下降16.9%)", () => {
  it("says which cities the mean is taken over: no figure of its own, and the fall of the mean is one", () => {
    const x = fixture(["地区生产总值增长8.1%。全省17个重点城市PM2.5均值下降16.9%。"], ["地区生产总值增长8%左右。"]);
    expect(quoting(x, "17个重点城市").filter((f) => f.unit === "个")).toEqual([]);
    expect(one(x, "PM2.5均值下降16.9%", "16.9%").metric).toBe("pm25_concentration_change");
  });

  it("so does a count of districts and counties before the change of their value added (Tianjin 2004: 18个区县增加值增长17%)", () => {
    const x = fixture(["全市生产总值增长14.5%，18个区县增加值增长17%。"], ["国内生产总值增长11.5%。"]);
    expect(quoting(x, "18个区县").map((f) => [f.value, f.unit, f.metric])).toEqual([[17, "%", null]]);
  });

  it("so does a count of cities before their share of good air days (Xizang 2023: 全区7个地市空气质量优良天数达到99%以上)", () => {
    const x = fixture(["全区完成营造林117.9万亩。全区7个地市空气质量优良天数达到99%以上。"], ["地区生产总值增长8%左右。"]);
    expect(quoting(x, "7个地市").map((f) => [f.min ?? f.value, f.unit, f.metric])).toEqual([[99, "%", "good_air_days_ratio"]]);
  });
});

describe("counties listed and summed up by their count, each to do what one figure says (Shijiazhuang 2013: 年内，藁城、鹿泉、正定、栾城四个县（市）分别新建2个10亿元以上项目)", () => {
  it("is one figure, of each of them: no copy per county with a label cut out of the list", () => {
    const x = fixture(["地区生产总值增长10%。"], ["地区生产总值增长10%以上。年内，藁城、鹿泉、正定、栾城四个县（市）分别新建2个10亿元以上项目。"]);
    const each = quoting(x, "分别新建2个10亿元以上项目").filter((f) => f.unit === "个");
    expect(each).toHaveLength(1);
    expect(each[0]).toMatchObject({ value: 2, kind: "target", label_zh: "藁城、鹿泉、正定、栾城四个县（市）新建" });
  });
  it("leaves one figure after a list of indicators each one's (游客人数、旅游收入分别增长20%)", () => {
    const x = fixture(["地区生产总值增长10%。"], ["地区生产总值增长10%以上。游客人数、旅游收入分别增长20%。"]);
    expect(quoting(x, "分别增长20%")).toHaveLength(2);
  });
});

describe("the funds brought in, named before 到位 (Lanzhou 2010: 全年签约各类国内合同项目33l项，引进资金到位141.38亿元)", () => {
  it("are the investment attracted, in the review and in the plan year's targets", () => {
    const x = fixture(["生产总值增长10.5%。全年签约各类国内合同项目331项，引进资金到位141.38亿元。"], ["生产总值增长11%。力争签约各类合同项目260项，引进资金到位130亿元以上。"]);
    expect(one(x, "引进资金到位141.38亿元", "141.38亿元")).toMatchObject({ kind: "result", metric: "investment_attracted" });
    expect(one(x, "引进资金到位130亿元以上", "130亿元")).toMatchObject({ kind: "target", metric: "investment_attracted" });
  });
});

describe("a research institute named by its number before the park it builds (Lanzhou 2010: 510所航天科技园、国家石油储备兰州基地…等项目开工建设)", () => {
  it("is a name, no count of 510 schools, and the count after it stays", () => {
    const x = fixture(["生产总值增长10.5%。510所航天科技园、5个国家质检中心等项目开工建设。新建幼儿园10所。"], ["生产总值增长11%。"]);
    expect(x.figures.filter((f) => f.value === 510)).toEqual([]);
    expect(one(x, "5个国家质检中心", "5个")).toMatchObject({ value: 5, unit: "个" });
    expect(one(x, "新建幼儿园10所", "10所")).toMatchObject({ value: 10, unit: "所" });
  });
});

describe("a length joined by 和 to a road named before it (Changsha 2007: 投入2亿元建设改造干线公路和1053公里农村公路)", () => {
  it("measures the rural roads named after it: their length, no label of the trunk roads", () => {
    const x = fixture(["地区生产总值增长14.8%。"], ["地区生产总值增长13%以上。投入2亿元建设改造干线公路和1053公里农村公路。"]);
    expect(one(x, "1053公里农村公路", "1053公里")).toMatchObject({ kind: "target", metric: "rural_road_length" });
  });
});

describe("a central city of several cities made one, and its urbanization (Honghe 2014: 滇南中心城市一体化建设步伐加快，…，城镇化水平达61%; 力争滇南中心城镇化率提高3个百分点)", () => {
  it("is that central city's rate, not the prefecture's: the prefecture's own 40.8% and 全州 target keep the metric", () => {
    const x = fixture(
      ["地区生产总值增长12%。城镇化体系建设步伐持续加快，预计城镇化水平为40.8%。滇南中心城市一体化建设步伐加快，建成区面积达85平方公里，城镇化水平达61%。"],
      ["生产总值增长12%以上。加快蒙自核心区市政主干道建设，力争滇南中心城镇化率提高3个百分点；确保全州城镇化率提高2个百分点。"],
    );
    expect(one(x, "城镇化水平达61%", "61%").metric).toBeNull();
    expect(one(x, "力争滇南中心城镇化率提高3个百分点", "3个百分点").metric).toBeNull();
    expect(one(x, "预计城镇化水平为40.8%", "40.8%").metric).toBe("urbanization_rate");
    expect(one(x, "确保全州城镇化率提高2个百分点", "2个百分点").metric).toBe("urbanization_rate_change");
  });
});

describe("old amounts a head a year after 由 (Yingkou 2018: 城乡低保标准分别由年人均5160元、2800元提高到6780元、4060元，分别增长31.4%、45%)", () => {
  it("are baselines: the standards raised to are the figures, each of its own item, and so are their rises", () => {
    const x = fixture(["地区生产总值增长7%。城乡低保标准分别由年人均5160元、2800元提高到6780元、4060元，分别增长31.4%、45%。"], ["地区生产总值增长7.5%。"]);
    expect(quoting(x, "城乡低保标准").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["6780元", "城镇低保标准"], ["4060元", "农村低保标准"], ["31.4%", "城镇低保标准增长"], ["45%", "农村低保标准增长"],
    ]);
  });
});

describe("the largest so many of the world, and a policy named by its count of articles (Hubei 2008: 全球最大的500家跨国公司有80家在湖北投资; State Council 2011: 民间投资新36条)", () => {
  it("are no figures: the firms that invest are, and the roads built are", () => {
    const x = fixture(["地区生产总值增长5%。全球最大的500家跨国公司有80家在湖北投资。"], ["认真落实国务院关于鼓励引导民间投资新36条，新建道路12条。地区生产总值增长7%。"]);
    expect(x.figures.map((f) => `${f.value}${f.unit}`)).toEqual(["5%", "80家", "12条", "7%"]);
  });
});

describe("a bare total right after the firms of a kind the year added or grew by (Hefei 2025: 国家高新技术企业净增1600户以上，总数突破1万户)", () => {
  it("is the firms of that kind in all", () => {
    const x = fixture(["地区生产总值增长5%。国家高新技术企业净增1600户以上，总数突破1万户。科技型中小企业净增2000家，总数13000家。"], ["地区生产总值增长7%。"]);
    expect(one(x, "总数突破1万户", "1万户")).toMatchObject({ metric: "high_tech_enterprises", label_zh: "国家高新技术企业", qualifier: "at_least" });
    expect(one(x, "总数13000家", "13000家")).toMatchObject({ metric: "tech_smes", label_zh: "科技型中小企业" });
  });
});

describe("an amount a year beside an amount a month (Guizhou 2026: 城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年)", () => {
  it("is one unit, 元/年: the next amount keeps the label of what is raised, not /年", () => {
    const x = fixture(["地区生产总值增长4.9%。城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "7226元/年", "7226元/年").label_zh).toBe("农村低保平均标准");
    expect(one(x, "801元/月", "801元/月").label_zh).not.toContain("/年");
  });
});

describe("the size of a side a court is made for (Guizhou 2026: 建成250个社区健身路径或3人制篮球场)", () => {
  it("counts no people: the courts built are the figure, 3人 none", () => {
    const x = fixture(["地区生产总值增长4.9%。"], ["地区生产总值增长5%左右。建成250个社区健身路径或3人制篮球场，新建5人制足球场20片。"]);
    expect(quoting(x, "3人制").filter((f) => f.unit.endsWith("人"))).toEqual([]);
    expect(quoting(x, "5人制").filter((f) => f.unit.endsWith("人"))).toEqual([]);
    expect(one(x, "3人制篮球场", "250个").value).toBe(250);
  });
});

describe("civil air defence works named by their numbers (Shaoyang 2016: 1206、1213人防工程竣工)", () => {
  it("counts no people: 人防 is civil air defence, 1206 and 1213 no figures in people", () => {
    const x = fixture(["地区生产总值增长8.6%。国防动员和双拥共建工作扎实开展，1206、1213人防工程竣工，组织2000人防汛抢险。"], ["地区生产总值增长8%左右。"]);
    expect(quoting(x, "人防工程").filter((f) => f.unit.endsWith("人"))).toEqual([]);
    expect(one(x, "组织2000人防汛抢险", "2000人").unit).toBe("人");
  });
});

describe("two pollutants sharing the fall in their concentration (Henan 2023: PM2.5、PM10平均浓度下降率均超过20%)", () => {
  it("is each one's fall in concentration: the first is no bare PM2.5", () => {
    const x = fixture(["地区生产总值增长3.1%。污染防治攻坚纵深推进，PM2.5、PM10平均浓度下降率均超过20%。"], ["经济增长6%。"]);
    expect(quoting(x, "平均浓度下降率均超过20%").map((f) => f.label_zh)).toEqual(["PM2.5平均浓度下降率", "PM10平均浓度下降率"]);
  });
});

describe("a share of each year's spending that goes to a use, the time before it (Guizhou 2026: 每年70%左右财政支出用于民生事业)", () => {
  it("is the share of the spending so used, labelled by it, as one 将 puts first is", () => {
    const x = fixture(["地区生产总值增长5%。每年70%左右财政支出用于民生事业。"], ["地区生产总值增长7%。"]);
    expect(one(x, "每年70%左右财政支出用于民生事业", "70%")).toMatchObject({ label_zh: "财政支出用于民生事业", metric: "livelihood_spending_share" });
  });
});

describe("a number of years to be spent on a work (Henan 2023: 用3年时间突破和推广应用150项左右先进适用技术)", () => {
  it("is those years from the plan year, of that statement alone", () => {
    const x = fixture(["地区生产总值增长5%。"], ["地区生产总值增长7%。用3年时间突破和推广应用150项左右先进适用技术。新建道路12条。"]);
    expect(one(x, "用3年时间突破和推广应用150项左右先进适用技术", "150项")).toMatchObject({ kind: "target", year: 2022, period: [2020, 2022] });
    const y = fixture(["地区生产总值增长5%。"], ["用5年时间改造中低产田300万亩。"]);
    expect(one(y, "用5年时间改造中低产田300万亩", "300万亩")).toMatchObject({ label_zh: "改造中低产田", year: 2024, period: [2020, 2024] });
    expect(one(x, "新建道路12条", "12条")).toMatchObject({ year: 2020, period: null });
  });
});

describe("the time since a thing began (Mudanjiang 2020: 绥芬河片区启动建设4个月签约项目20个)", () => {
  it("is no figure: the projects signed are", () => {
    const x = fixture(["地区生产总值增长5%。绥芬河片区启动建设4个月签约项目20个。挂牌运行6个月，入驻企业30家。"], ["地区生产总值增长7%。"]);
    expect(x.figures.map((f) => `${f.value}${f.unit}`)).toEqual(["5%", "20个", "30家", "7%"]);
  });
});

describe("thresholds of a list of project classes, the word repeated bare or after each class's count (Xiangyang 2022: 力争在引进投资过50亿元、过100亿元的重大工业项目上实现新突破; 突出抓好35个投资过50亿元、11个投资过100亿元的扛鼎项目)", () => {
  it("are no amounts: the size of each project, no investment of the place", () => {
    const x = fixture(["地区生产总值增长5%。"], ["地区生产总值增长8%以上。力争在引进投资过50亿元、过100亿元的重大工业项目上实现新突破。突出抓好35个投资过50亿元、11个投资过100亿元的扛鼎项目。"]);
    expect(x.figures.filter((f) => f.unit === "亿元")).toEqual([]);
    expect(one(x, "11个投资过100亿元", "11个").value).toBe(11);
  });
});

describe("the size classes of a breakdown of projects, each amount right before its count (Bengbu 2020: 引进市外亿元项目220个以上，其中10亿元20个、50亿元5个、100亿元1个)", () => {
  it("are no amounts: the projects counted are the figures", () => {
    const x = fixture(["地区生产总值增长8%左右。"], ["全市生产总值增长7.5%以上。引进市外亿元项目220个以上，其中10亿元20个、50亿元5个、100亿元1个，到位资金1200亿元。"]);
    expect(x.figures.filter((f) => f.unit === "亿元").map((f) => f.value)).toEqual([1200]);
    expect(one(x, "其中10亿元", "20个").value).toBe(20);
  });
});

describe("a plant's capacity before a chemical named with a Greek letter (Bengbu 2020: 建成投产100万吨蛋白饲料、5万吨聚丙烯酰胺、1.1万吨β-二酮等项目)", () => {
  it("names the plant as the others do: no output of the place", () => {
    const x = fixture(["地区生产总值增长8%左右。"], ["全市生产总值增长7.5%以上。建成投产100万吨蛋白饲料、5万吨聚丙烯酰胺、1.1万吨β-二酮等项目。"]);
    expect(x.figures.filter((f) => f.unit === "万吨")).toEqual([]);
  });
});

describe("a list word that is half of a word (Suzhou 2012: 城乡和谐社区建设达标率分别超过98%和95%)", () => {
  it("joins nothing: 和谐 is harmonious, the rates are the town's and the country's harmonious communities'", () => {
    const x = fixture(["地区生产总值增长8%。"], ["地区生产总值增长7%。城乡和谐社区建设达标率分别超过98%和95%。"]);
    expect(quoting(x, "和谐社区").map((f) => f.label_zh)).toEqual(["城镇和谐社区建设达标率", "农村和谐社区建设达标率"]);
  });
});

describe("a year whose level the clause names before 的基础上 (Xiamen 2010: 在2008年提供951套的基础上再向社会提供保障性住房12138套)", () => {
  it("is the baseline: the houses provided are the year reviewed's", () => {
    const x = fixture(["地区生产总值增长8%。在2018年提供951套的基础上再向社会提供保障性住房12138套。"], ["地区生产总值增长11%。"]);
    expect(one(x, "12138套", "12138套")).toMatchObject({ kind: "result", year: 2019 });
  });
});

describe("a research institute named by its number after its group (Bengbu 2020: 中电科41所)", () => {
  it("is a name, no count of schools: the projects and the schools built are counts", () => {
    const x = fixture(["地区生产总值增长5%。引进中电科41所等项目12个，新建学校3所。"], ["地区生产总值增长7%。"]);
    expect(x.figures.map((f) => `${f.value}${f.unit}`)).toEqual(["5%", "12个", "3所", "7%"]);
  });
});

describe("a research institute named by its number (Handan 2014: 加快718所科研成果…产业化步伐; Luoyang 2014: 725所荣获…提名奖)", () => {
  it("counts no places: the institute's number is no figure, the schools counted beside it are", () => {
    const x = fixture(
      ["地区生产总值增长7.3%。中信重工等企业荣获省长质量奖，725所荣获首届中国质量奖提名奖。新建、改建中小学208所、幼儿园761所。"],
      ["地区生产总值增长7.5%。加快718所科研成果、硅谷化工特种纤维产业化步伐。建成50所农村标准化中小学，为100所海拔1500米以上农村中小学建设供暖设施。为791所县镇公办初中配备保安人员。"],
    );
    expect(quoting(x, "725所").filter((f) => f.unit.endsWith("所"))).toEqual([]);
    expect(quoting(x, "718所").filter((f) => f.unit.endsWith("所"))).toEqual([]);
    expect(one(x, "中小学208所", "208所").value).toBe(208);
    expect(one(x, "建成50所农村标准化中小学", "50所").value).toBe(50);
    expect(one(x, "为100所海拔1500米以上农村中小学", "100所").value).toBe(100);
    expect(one(x, "为791所县镇公办初中", "791所").value).toBe(791);
  });
});

describe("a per-mille sign a scan read as a percent sign and a Latin o (Anhui 2004: 人口自然增长率控制在7％o以内)", () => {
  it("is the natural growth rate's ceiling of 7‰, no 7%", () => {
    const x = fixture(["国内生产总值增长9.2％。人口自然增长率控制在6.5‰以内。"], ["国内生产总值增长9.5％以上，人口自然增长率控制在7％o以内。"]);
    expect(one(x, "控制在7％o以内", "7％")).toMatchObject({ metric: "natural_population_growth_rate", unit: "‰", value: 7, qualifier: "at_most", kind: "target" });
    expect(asciiDigits("增长率7％o以内")).toBe("增长率7‰\u3000以内");
  });
});

describe("a level after a clause that only says the doubling the level before it makes (Fujian 2003: 到2008年国内生产总值力争达到7800亿元，实现第一个翻番；到2017年达到17000亿元)", () => {
  it("is the level of the indicator named before, no level of the doubling", () => {
    const x = fixture(["国内生产总值增长10.5％。"], ["按2000年可比价格计算，到2008年国内生产总值力争达到7800亿元，实现第一个翻番；到2017年达到17000亿元，比全国提前3年翻两番。国内生产总值增长9％。"]);
    expect(one(x, "到2017年达到17000亿元", "17000亿元")).toMatchObject({ metric: "gdp", label_zh: "国内生产总值", year: 2017 });
  });
});

describe("a growth's extent named in full words, fallen from last year's (State Council 1995: 固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八)", () => {
  it("is the investment's growth of the year reviewed, as its 增幅 would be", () => {
    const x = fixture(["国内生产总值增长11.8%。固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八，增长过快的势头初步得到遏制。"], ["国内生产总值增长8%。"]);
    expect(one(x, "回落到百分之二十七点八", "百分之二十七点八")).toMatchObject({ metric: "fixed_investment_growth", kind: "result", year: 2019, value: 27.8 });
  });
});

describe("buildings counted by the 幢 (Hangzhou 2008: 市区完成220处庭院改善、1050幢房屋整治、80条背街小巷改善工程)", () => {
  it("is a count of houses done up, between the courtyards and the lanes", () => {
    const x = fixture(["地区生产总值增长14.6%。"], ["地区生产总值增长12%以上。市区完成220处庭院改善、1050幢房屋整治、80条背街小巷改善工程。"]);
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === null).map((f) => `${f.value}${f.unit}`)).toEqual(["220处", "1050幢", "80条"]);
  });
});

describe("a list whose earlier items write their own bounds (Hangzhou 2008: 市区、县（市）、农村生活垃圾无害化处理率分别达到100%、75%以上、65%以上)", () => {
  it("gives the item written with no bound exactly its figure: the city's 100%, the counties' and the villages' at least theirs", () => {
    const x = fixture(["地区生产总值增长14.6%。"], ["地区生产总值增长12%以上。市区、县（市）、农村生活垃圾无害化处理率分别达到100%、75%以上、65%以上。"]);
    expect(quoting(x, "无害化处理率").map((f) => [f.value, f.qualifier])).toEqual([[100, null], [75, "at_least"], [65, "at_least"]]);
  });
});

describe("a count of zones, one kind of them written in brackets (Kunming 2005: 三个开发（度假）区实现财政总收入9.9亿元，增长24.7%)", () => {
  it("is the zones': neither the revenue nor its growth is the city's", () => {
    const x = fixture(["地区生产总值增长12%。三个开发（度假）区实现财政总收入9.9亿元，增长24.7%。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "开发（度假）区").map((f) => [f.value, f.metric])).toEqual([[9.9, null], [24.7, null]]);
  });
});

describe("money bounding a class a count right after it numbers (Shaoxing 2025: 新引进10亿元以上项目103个，其中50亿元以上19个)", () => {
  it("is the size class of the projects counted, no amount: the projects are counts", () => {
    const x = fixture(["地区生产总值增长6.5%。新引进10亿元以上项目103个，其中50亿元以上19个。"], ["地区生产总值增长6.5%左右。"]);
    expect(x.figures.map((f) => `${f.value}${f.unit}`)).toEqual(["6.5%", "103个", "19个", "6.5%"]);
  });
});

describe("a size class alone after 其中, right after a count of things of another class (Anqing 2014: 全年引进亿元以上项目不低于250个，其中10亿元以上不低于30个)", () => {
  it("counts the same things of that class, named as the count before names them", () => {
    const x = fixture(["地区生产总值增长11%。"], ["地区生产总值增长10.5%。全年引进亿元以上项目不低于250个，其中10亿元以上不低于30个。"]);
    expect(one(x, "其中10亿元以上不低于30个", "30个")).toMatchObject({ label_zh: "引进10亿元以上项目", min: 30, kind: "target" });
    expect(one(x, "全年引进亿元以上项目不低于250个", "250个")).toMatchObject({ label_zh: "引进亿元以上项目", min: 250 });
  });
});

describe("R&D spending as a share of GDP written R&D支出占 (Shaoxing 2025: R&D支出占GDP比重3.3%左右)", () => {
  it("is the R&D intensity target", () => {
    const x = fixture(["地区生产总值增长6.5%。"], ["GDP增长6.5%左右，R&D支出占GDP比重3.3%左右。"]);
    expect(one(x, "R&D支出占GDP比重", "3.3%")).toMatchObject({ metric: "rd_intensity", kind: "target", qualifier: "approx" });
  });
});

describe("dollars after 超 right before the projects they bound (Nantong 2023: 力争新签约注册总投资超5亿元内资项目400个以上、超3000万美元外资项目100个以上)", () => {
  it("is the size class of the foreign-funded projects, no amount: the projects are counts", () => {
    const x = fixture(["地区生产总值增长2.1%。"], ["地区生产总值增长5.5%左右。力争新签约注册总投资超5亿元内资项目400个以上、超3000万美元外资项目100个以上。"]);
    expect(x.figures.map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["2.1%", "5.5%", "400个", "100个"]);
  });
});

describe("a bare value added after a clause that pushes the services on (Sichuan 2009: 推进服务业发展上规模、上档次、上水平，增加值增长9.5%以上)", () => {
  it("is the services' value added growth target", () => {
    const x = fixture(["地区生产总值增长14.5%。"], ["全省生产总值增长10%。加快发展现代服务业。培育发展领军企业，推进服务业发展上规模、上档次、上水平，增加值增长9.5%以上。"]);
    expect(one(x, "增加值增长9.5%以上", "9.5%")).toMatchObject({ metric: "services_value_added_growth", label_zh: "服务业增加值增长", kind: "target" });
  });
});

describe("a yearly amount told from the year it starts (Xinjiang 2006: 从2006年起每年安排3000万元，解决村级基层组织的办公用房)", () => {
  it("keeps its words as its label: 从…年起 is when the yearly sum starts, no old value to drop", () => {
    const x = fixture(["地区生产总值增长8%。"], ["地区生产总值增长9%。从2020年起每年安排3000万元，解决村级基层组织的办公用房。"]);
    expect(one(x, "每年安排3000万元", "3000万元").label_zh).toBe("从2020年起每年安排");
  });
});

describe("a note that the figures are estimates right after the first of them (Qiannan 2023: 完成地区生产总值1820亿元（预计数，下同），…增长2%左右)", () => {
  it("is said of that figure too: the level is an estimate like the growth after it", () => {
    const x = fixture(["完成地区生产总值1820亿元（预计数，下同），继续保持全省第4位，增长2%左右。全员劳动生产率9.35万元/人。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "1820亿元（预计数", "1820亿元")).toMatchObject({ metric: "gdp", estimate: true, year: 2019 });
    expect(one(x, "增长2%左右", "2%")).toMatchObject({ metric: "gdp_growth", estimate: true });
  });
});

describe("measures for the named things counted after their name (Qiannan 2023: 出台23条市场主体培育措施，市场主体总量增长14.9%)", () => {
  it("counts the measures, no new market entities; the entities' growth after them stays theirs", () => {
    const x = fixture(["地区生产总值增长5%。出台23条市场主体培育措施，市场主体总量增长14.9%；净增市场主体4.94万户。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "23条", "23条").metric).toBeNull();
    expect(one(x, "净增市场主体4.94万户", "4.94万户")).toMatchObject({ metric: "new_market_entities" });
  });
});

describe("measures for the named things with a purpose of five words between (Dalian 2022: 发布稳市场主体促经济发展12条政策措施)", () => {
  it("counts the measures, no new market entities", () => {
    const x = fixture(["地区生产总值增长8%左右。发布稳市场主体促经济发展12条政策措施，对市场主体实施全生命周期服务保障。全年新登记市场主体11.04万户，增长20.7%。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "12条", "12条").metric).toBeNull();
    expect(one(x, "新登记市场主体11.04万户", "11.04万户")).toMatchObject({ metric: "new_market_entities" });
  });
});

describe("firms counted after a verb of supporting them (Hefei 2007: 设立并发挥１亿元创新基金的引导作用，重点扶持２０家初具规模的高新技术企业)", () => {
  it("counts the firms helped, no new high-tech enterprises; firms added after 新增 stay new", () => {
    const x = fixture(["地区生产总值增长１６％。设立并发挥１亿元创新基金的引导作用，重点扶持２０家初具规模的高新技术企业。新增国家重点扶持高新技术企业73家。"], ["地区生产总值增长１５％以上。"]);
    expect(one(x, "２０家", "２０家").metric).toBeNull();
    expect(one(x, "73家", "73家")).toMatchObject({ metric: "high_tech_enterprises_new" });
  });
});

describe("a level passed for the first time in its history (Hanzhong 2023: 全市生产总值历史性突破1900亿元、达到1905.45亿元，增长4.3%)", () => {
  it("labels the GDP and its growth without 历史性", () => {
    const x = fixture(["全市生产总值历史性突破1900亿元、达到1905.45亿元，增长4.3%。"], ["生产总值增长7%以上。"]);
    expect(one(x, "1905.45亿元", "1905.45亿元")).toMatchObject({ metric: "gdp", label_zh: "生产总值" });
    expect(one(x, "增长4.3%", "4.3%")).toMatchObject({ metric: "gdp_growth", label_zh: "生产总值增长" });
  });
});

describe("a task done said with its aspect mark (Qinghai 2022: 全面完成了年度确定的10大类45项民生实事)", () => {
  it("labels the livelihood projects with no 了 left of the verb", () => {
    const x = fixture(["地区生产总值增长5.7%。全面完成了年度确定的10大类45项民生实事。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "45项民生实事", "45项").label_zh).not.toMatch(/^了/);
  });
});

describe("a pace's standing among the first joined by 、 to the next figure (Yunnan 2023: 市场主体总数达到491.02万户、增长19.5%、增速居全国前列、净增80.04万户)", () => {
  it("is no word of the label: the figure is the market entities added", () => {
    const x = fixture(["地区生产总值增长4%左右。市场主体总数达到491.02万户、增长19.5%、增速居全国前列、净增80.04万户。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "净增80.04万户", "80.04万户").label_zh).not.toMatch(/前列/);
  });
});

describe("a bare investment right after a sentence naming the fixed assets invested in (Kunming 2005: 固定资产投资适度增长。完成投资435亿元，增长20.3%)", () => {
  it("is the fixed-asset investment, its level and its growth", () => {
    const x = fixture(["全市生产总值增长12%。固定资产投资适度增长。完成投资435亿元，增长20.3%。"], ["全市生产总值增长10%。"]);
    expect(one(x, "完成投资435亿元", "435亿元")).toMatchObject({ metric: "fixed_investment", label_zh: "固定资产投资" });
    expect(one(x, "增长20.3%", "20.3%")).toMatchObject({ metric: "fixed_investment_growth", label_zh: "固定资产投资增长" });
  });

  it("but not after one naming its structure, nor after one stating a figure of its own", () => {
    const x = fixture(["全市生产总值增长12%。固定资产投资结构优化。完成投资435亿元。工业投资增长8%，完成投资200亿元。"], ["全市生产总值增长10%。"]);
    expect(one(x, "完成投资435亿元", "435亿元").metric).toBeNull();
    expect(one(x, "完成投资200亿元", "200亿元").metric).toBeNull();
  });
});

describe("the foreign capital used, listed before a total of trade (Hanzhong 2023: 实际利用外资、进出口总额分别增长31%、15%)", () => {
  it("is a flow named whole, which takes no 总额 of the last item", () => {
    expect(listItems("实际利用外资、进出口总额", 2)).toEqual(["实际利用外资", "进出口总额"]);
    expect(listItems("利润、利税总额", 2)).toEqual(["利润总额", "利税总额"]);
  });
});

describe("pairs counted by the 对 (Sichuan 2010: 新增外国领事馆1家、国际友城3对; Hubei 2008: 新增15对国际友好城市)", () => {
  it("are a count of the twinned cities or the trains", () => {
    expect(readUnit("3对，", 1)).toBe("对");
    expect(readUnit("15对国际友好城市", 2)).toBe("对");
    expect(readUnit("2对以上", 1)).toBe("对");
    const x = fixture(["全省生产总值增长9%。新增外国领事馆1家、国际友城3对。"], ["全省生产总值增长8%。"]);
    expect(one(x, "国际友城3对", "3对")).toMatchObject({ value: 3, unit: "对", kind: "result" });
  });

  it("but not 对 as a preposition or opening a word of its own", () => {
    expect(readUnit("1对1帮扶", 1)).toBeNull();
    expect(readUnit("30对口支援项目", 2)).toBeNull();
    expect(readUnit("3对经济增长的贡献", 1)).toBeNull();
  });
});

describe("a level an item of a list of additions reaches with its own verb (Bozhou 2014: 新增设施蔬菜9万亩、蔬菜种植面积达190万亩)", () => {
  it("is the whole area grown, no area added", () => {
    const x = fixture(["地区生产总值增长10%。新增设施蔬菜9万亩、蔬菜种植面积达190万亩。"], ["地区生产总值增长10%左右。"]);
    expect(one(x, "新增设施蔬菜9万亩", "9万亩").label_zh).toBe("新增设施蔬菜");
    expect(one(x, "蔬菜种植面积达190万亩", "190万亩").label_zh).toBe("蔬菜种植面积");
  });
});

describe("the rural surplus labour moved into work (Bozhou 2014: 新增城镇就业6.14万人、转移农村富余劳动力10.1万人)", () => {
  it("is the rural labour moved into work, in the review and in the plan", () => {
    const x = fixture(["地区生产总值增长10%。新增城镇就业6.14万人、转移农村富余劳动力10.1万人。"], ["地区生产总值增长10%左右。新增城镇就业岗位3万个，转移农村富余劳动力7.6万人。"]);
    expect(one(x, "转移农村富余劳动力10.1万人", "10.1万人")).toMatchObject({ metric: "rural_labor_transfer", kind: "result" });
    expect(one(x, "转移农村富余劳动力7.6万人", "7.6万人")).toMatchObject({ metric: "rural_labor_transfer", kind: "target" });
  });
});

describe("the tourists received counted as 接待旅游人数 (Hohhot 2014: 全年接待旅游人数、实现旅游收入同比分别增长18%和23%)", () => {
  it("types the first growth as the tourist arrivals' and the second as the tourism revenue's", () => {
    const x = fixture(["地区生产总值增长10%。全年接待旅游人数、实现旅游收入同比分别增长18%和23%。"], ["地区生产总值增长9%。"]);
    expect(one(x, "分别增长18%", "18%")).toMatchObject({ metric: "tourist_arrivals_growth", year: 2019 });
    expect(one(x, "分别增长18%", "23%")).toMatchObject({ metric: "tourism_revenue_growth" });
  });
});

describe("a sum told as so many times an earlier term's, after a year named inside the term looked back on (Jinan 2011: 2010年，…；全社会固定资产投资累计完成7226.6亿元，是“十五”时期的2.6倍，年均增长18%)", () => {
  it("is the sum over the term, not that year's investment", () => {
    const x = fixture(["过去五年，是我市发展史上极不平凡的五年。2019年，全市生产总值达到3910.8亿元，年均增长13.9%；全社会固定资产投资累计完成7226.6亿元，是“十二五”时期的2.6倍，年均增长18%。"], ["地区生产总值增长12%。"]);
    expect(one(x, "7226.6亿元", "7226.6亿元")).toMatchObject({ period: [2015, 2019] });
    expect(one(x, "3910.8亿元", "3910.8亿元")).toMatchObject({ metric: "gdp", year: 2019, period: null });
  });
});

describe("the funds brought in from outside an autonomous region (Inner Mongolia 1999: 引进区外资金71.3亿元人民币)", () => {
  it("is the investment attracted, in the review and in the plan, as 省外资金 and 盟外资金 are", () => {
    const x = fixture(
      ["全区直接利用外资到位额1.65亿美元，间接利用外资4.39亿美元，引进区外资金71.3亿元人民币，共折合人民币121.3亿元。"],
      ["国内生产总值增长8%。全年引进区外资金必保到位额52亿元人民币、利用国外资金到位额4.2亿美元。"],
    );
    expect(x.figures.filter((f) => f.metric === "investment_attracted").map((f) => [f.kind, f.year, f.value, f.unit])).toEqual([
      ["result", 2019, 71.3, "亿元"],
      ["target", 2020, 52, "亿元"],
    ]);
  });
});

describe("foreign capital by the amount of the agreements newly signed (Zhejiang 1992: 全省利用外资新签协议金额达到3.83亿美元，比上年增长54.5%)", () => {
  it("is the capital contracted, not the foreign investment actually used, nor its growth", () => {
    const x = fixture(
      ["全年出口创汇达到29.13亿美元，比上年增长28.9%。全省利用外资新签协议金额达到3.83亿美元，比上年增长54.5%，新办三资企业585家。"],
      ["国民生产总值增长6.5%。"],
    );
    expect(x.figures.filter((f) => f.metric?.startsWith("fdi_"))).toEqual([]);
    expect(one(x, "3.83亿美元", "3.83亿美元").label_zh).toMatch(/协议/);
  });
});

describe("the verb setting the plan year's targets before that year (Yichun 2014: 初步安排 2014年全市地区生产总值、…分别增长10%)", () => {
  it("is no word of the GDP growth target's label", () => {
    const x = fixture(["地区生产总值增长6%。"], ["初步安排 2020年全市地区生产总值、规模以上工业增加值、公共预算收入分别增长10%，固定资产投资增长26%。"]);
    const targets = x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target");
    expect(targets.map((f) => [f.year, f.value, f.label_zh])).toEqual([[2020, 10, "地区生产总值增长"]]);
  });
});

describe("tourist arrivals named 接待旅游人数 (Mudanjiang 2015: 接待旅游人数突破 1700万人次、实现收入 108亿元，分别增长 20.8%和 19%)", () => {
  it("types the arrivals and their growth, beside the revenue", () => {
    const x = fixture(["地区生产总值增长7%。接待旅游人数突破1700万人次、实现收入108亿元，分别增长20.8%和19%。"], ["地区生产总值增长6.5%以上。全年接待旅游人数和收入均增长10%以上。"]);
    expect(one(x, "1700万人次", "1700万人次")).toMatchObject({ metric: "tourist_arrivals", year: 2019 });
    expect(one(x, "20.8%和", "20.8%")).toMatchObject({ metric: "tourist_arrivals_growth" });
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === "tourist_arrivals_growth").map((f) => f.value)).toEqual([10]);
  });
});

describe("a density per area from its old year's level to the new one (Foshan 2001: 公路密度从1995年的每百平方公里73公里提高到2000年的每百平方公里97公里)", () => {
  it("drops the old level as a baseline and labels the new one with the density, not the words of its base", () => {
    const x = fixture(["地区生产总值增长11%。公路密度从2015年的每百平方公里73公里提高到2019年的每百平方公里97公里。"], ["地区生产总值增长9.5%。"]);
    expect(x.figures.filter((f) => f.unit === "公里").map((f) => f.value)).toEqual([97]);
    expect(one(x, "97公里", "97公里").label_zh).toBe("公路密度");
  });
});

describe("a change written 增 alone right after the year compared with (Foshan 2001: 税收总额182.84亿元，比上年增长32.78%，比1995年增1.9倍)", () => {
  it("is the tax total's rise on that year, labelled with the tax total like the change before it", () => {
    const x = fixture(["地区生产总值增长11%。税收总额182.84亿元，比上年增长32.78%，比2015年增1.9倍。"], ["地区生产总值增长9.5%。"]);
    expect(one(x, "比2015年增1.9倍", "1.9倍")).toMatchObject({ label_zh: "税收总额比2015年增", base_year: 2015, direction: "up" });
  });
});

describe("projects entered into the coming five-year plan, told among the reviewed year's items of a review with no part heading (Lanzhou 2011: 92个项目列入国家、省上“十二五”规划和专项规划)", () => {
  it("turns no paragraph to that plan: the figures after it are still the reviewed year's results", () => {
    const x = extractText(
      "ceshi-2011.txt",
      [
        "2011年测试市政府工作报告",
        "——2011年1月4日在测试市第一届人民代表大会第六次会议上",
        "市长 张三",
        "各位代表：",
        "2010年，是“十一五”规划的最后一年。我们圆满完成了各项目标任务。",
        "一是经济平稳快速增长。全市生产总值增长12%。",
        "二是项目建设成效显著。全市集中实施重大项目100项。",
        "全力支持区域性重大项目建设，92个项目列入国家、省上“十二五”规划和专项规划，签约各类国内合同项目269项。",
        "三是民生问题逐步解决。城镇新增就业5.64万人。",
        "2011年的政府工作",
        "2011年经济社会发展的主要预期目标是：全市生产总值增长14%以上。",
      ].join("\n"),
    );
    expect(one(x, "签约各类国内合同项目269项", "269项")).toMatchObject({ kind: "result", year: 2010 });
    expect(one(x, "城镇新增就业5.64万人", "5.64万人")).toMatchObject({ kind: "result", year: 2010, metric: "urban_jobs_new" });
  });
});

describe("kinds of insurance listed before the insured they share (Lanzhou 2011: 养老、失业、医疗、工伤、生育参保人数分别达到32.25万人、…)", () => {
  it("gives each kind the insured, not a bare 人数", () => {
    expect(listItems("养老、失业、医疗、工伤、生育参保人数", 5)).toEqual(["养老参保人数", "失业参保人数", "医疗参保人数", "工伤参保人数", "生育参保人数"]);
    expect(listItems("长期护理保险、惠民保参保人数", 2)).toEqual(["长期护理保险参保人数", "惠民保参保人数"]);
  });
});

describe("levels the items of a list reach after the amounts added to them (Jiujiang 2014: 新增主营业务收入过亿元企业58户、过10亿元企业14户，分别达646户、45户)", () => {
  it("are the stocks, labelled and typed with no word of the addition", () => {
    const x = fixture(["全市生产总值增长10%。新增国家高新技术企业58家、省级专精特新企业14家，分别达646家、45家。"], ["全市生产总值增长9%。"]);
    expect(one(x, "分别达646家", "646家")).toMatchObject({ label_zh: "国家高新技术企业", metric: "high_tech_enterprises" });
    expect(one(x, "新增国家高新技术企业58家", "58家")).toMatchObject({ label_zh: "新增国家高新技术企业", metric: "high_tech_enterprises_new" });
  });
});

describe("a space a copy set between the verb of a level and its number (Mudanjiang 2015: 国家级高新技术企业达到 19户)", () => {
  it("reads the level as it reads one unspaced: what there is, not the firms added", () => {
    const spaced = fixture(["全市生产总值增长6%。国家级高新技术企业达到 19户。"], ["全市生产总值增长6.5%。"]);
    const tight = fixture(["全市生产总值增长6%。国家级高新技术企业达到19户。"], ["全市生产总值增长6.5%。"]);
    expect(one(spaced, "达到 19户", "19户").metric).toBe("high_tech_enterprises");
    expect(one(spaced, "达到 19户", "19户").metric).toBe(one(tight, "达到19户", "19户").metric);
  });
});

describe("a number of years of effort pledged for a work (Jilin City 2014: 力争通过3年的努力，清收166万亩、还林100万亩以上，全市森林覆盖率达到57%)", () => {
  it("dates the statement's figures over those years from the plan year, not the plan year alone", () => {
    const x = fixture(["地区生产总值增长9%。"], ["地区生产总值增长10%。当年清收83万亩，还林55万亩。力争通过3年的努力，清收166万亩、还林100万亩以上，全市森林覆盖率达到57%。"]);
    expect(one(x, "全市森林覆盖率达到57%", "57%")).toMatchObject({ kind: "target", metric: "forest_coverage", year: 2022, period: [2020, 2022] });
    expect(one(x, "清收166万亩", "166万亩")).toMatchObject({ kind: "target", year: 2022, period: [2020, 2022] });
    expect(one(x, "当年清收83万亩", "83万亩")).toMatchObject({ kind: "target", year: 2020, period: null });
  });
});

describe("a count of firms named by the highs they run at, listed with 、 (Baotou 2014: 对318户高污染、高耗能企业实施了关停并转)", () => {
  it("labels the count with the whole list and the firms, not the first high alone", () => {
    const x = fixture(["地区生产总值增长9.5%。对318户高污染、高耗能企业实施了关停并转。"], ["地区生产总值增长9.5%左右。"]);
    expect(one(x, "对318户高污染、高耗能企业实施了关停并转", "318户").label_zh).toContain("高污染、高耗能企业");
  });

  it("so does a list of the qualities a thing is built to (Sanming 2023: 在全市建设6—8个高水平、专业化产教融合基地)", () => {
    const x = fixture(["地区生产总值增长4%。"], ["地区生产总值增长5.5%。开展职普融通班试点，在全市建设6—8个高水平、专业化产教融合基地。"]);
    expect(one(x, "产教融合基地", "6—8个").label_zh).toContain("高水平、专业化产教融合基地");
  });
});

describe("a rate per hundred thousand in a list of rates (Wenshan 2021: 孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在16/10万、6‰、9‰以内)", () => {
  it("is the first rate's figure in /10万, the base no figure of its own, and the next rates' labels keep none of it", () => {
    const x = fixture(["地区生产总值增长5%。孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在16/10万、6‰、9‰以内。"], ["地区生产总值增长9.5%。"]);
    expect(one(x, "16/10万", "16/10万")).toMatchObject({ label_zh: "孕产妇死亡率", value: 16, unit: "/10万", qualifier: "at_most" });
    expect(one(x, "16/10万", "9‰").label_zh).toBe("5岁以下儿童死亡率");
    // In English, a rate per hundred thousand, no pinyin of the base.
    expect(withUnitEn(16, "/10万")).toBe("16 per 100,000");
    expect(x.figures.filter((f) => f.unit === "万")).toEqual([]);
  });
});

describe("visitors received right after a count of scenic spots created (Wenshan 2021: 成功创建普者黑5A级景区和8个4A级、31个3A级景区，全年接待旅游者3618.05万人次)", () => {
  it("are the place's tourist arrivals, not the new spots'", () => {
    const x = fixture(["地区生产总值增长5%。成功创建普者黑5A级景区和8个4A级、31个3A级景区，全年接待旅游者3618.05万人次，实现旅游收入366.93亿元。"], ["地区生产总值增长9.5%。"]);
    expect(one(x, "接待旅游者", "3618.05万人次")).toMatchObject({ label_zh: "接待旅游者", metric: "tourist_arrivals", kind: "result" });
  });
});

describe("incomes said to keep pace with the economy, their yearly rises listed (Chuxiong 2016: 城乡居民收入与经济增长保持同步，年均分别增长 11.3% 和 16.5%)", () => {
  it("are the town and country incomes' rises, not a rise of the economy", () => {
    const x = fixture(["全州生产总值增长10%。五年来，城乡居民收入与经济增长保持同步，年均分别增长11.3%和16.5%。"], ["地区生产总值增长9.5%。"]);
    expect(one(x, "保持同步", "11.3%")).toMatchObject({ label_zh: "城镇居民收入年均增长", metric: "urban_income_growth" });
    expect(one(x, "保持同步", "16.5%")).toMatchObject({ label_zh: "农村居民收入年均增长", metric: "rural_income_growth" });
    expect(listItems("城乡居民收入与经济增长保持同步", 2)).toEqual(["城镇居民收入", "农村居民收入"]);
  });
});

describe("a copy that set spaces around every number (Chuxiong 2016: 贫困人口从 49.7 万人下降到 25.8 万人)", () => {
  it("drops the old value from the label, as without the spaces", () => {
    const x = fixture(["全州生产总值增长 9%。贫困人口从 49.7 万人下降到 25.8 万人。"], ["全州生产总值增长 10%。"]);
    expect(one(x, "下降到 25.8 万人", "25.8 万人").label_zh).toBe("贫困人口");
  });
});

describe("a thing brought back to a past year's level, told among the reviewed year's results (Jiangxi 2021: 生猪产能恢复到2017年水平，设施蔬菜面积新增36.75万亩)", () => {
  it("is a base, no time of the clauses after it: they are the reviewed year's results", () => {
    const x = fixture(["乡村振兴取得新进展，生猪产能恢复到2017年水平，设施蔬菜面积新增36.75万亩；71个县实现城乡环卫第三方治理。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "设施蔬菜面积新增36.75万亩", "36.75万亩")).toMatchObject({ kind: "result", year: x.doc.meta.year - 1, period: null });
    expect(one(x, "71个县实现城乡环卫第三方治理", "71个")).toMatchObject({ kind: "result", year: x.doc.meta.year - 1 });
  });
});

describe("a thing fallen back to a past year's level (Shuangyashan 2016: 全市公共财政预算收入仅完成18亿元，回落到2009年水平，而保工资、保运转、保民生等刚性支出是2009年的2倍多)", () => {
  it("is a base, no time of the clauses after it: the multiple is the reviewed year's, measured against 2009", () => {
    const x = fixture(["财税大幅减收，全市公共财政预算收入仅完成18亿元，回落到2009年水平，而保工资、保运转、保民生等刚性支出是2009年的2倍多，特别是多渠道筹资长效机制尚未建立。"], ["地区生产总值增长4%左右。"]);
    expect(one(x, "刚性支出是2009年的2倍多", "2倍")).toMatchObject({ kind: "result", year: x.doc.meta.year - 1, base_year: 2009, period: null });
  });
});

describe("the year things were entered into a plan, before what they count (Jiangxi 2021: 力争2020年纳入计划的1506个老旧小区改造全面完成)", () => {
  it("qualifies the count, no time of it: in the plan year's work the count is a target of the plan year", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长8%左右。力争2019年纳入计划的1506个老旧小区改造全面完成，2020年纳入计划的1277个老旧小区改造全面开工。"]);
    expect(one(x, "1506个老旧小区", "1506个")).toMatchObject({ kind: "target", year: 2020 });
    expect(one(x, "1277个老旧小区", "1277个")).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("the province's high-tech zones named by their kind, then their industry's value added (Guangdong 2010: 高新技术产业开发区建设取得新成效，工业增加值达3100亿元，增长 23.4%)", () => {
  it("gives the zones' industry no indicator of the province, and keeps the province's own", () => {
    const x = fixture(
      ["全省工业增加值达18000亿元，增长10%。", "高新技术产业开发区建设取得新成效，工业增加值达3100亿元，增长 23.4%。"],
      ["生产总值增长9%左右。"],
    );
    expect(one(x, "全省工业增加值达18000亿元", "18000亿元").metric).toBe("industry_value_added");
    expect(one(x, "工业增加值达3100亿元", "3100亿元").metric).toBeNull();
    expect(one(x, "工业增加值达3100亿元，增长 23.4%", "23.4%").metric).toBeNull();
  });
});

describe("a rate per mille written in words, as older reports write it (State Council 1993: 五年平均人口自然增长率控制在千分之十三左右)", () => {
  it("is the natural population growth rate's ceiling in ‰, like 13‰左右", () => {
    const x = nationFixture(["国民生产总值比上年增长百分之十二点八。"], ["今年国民生产总值计划增长百分之八。人口自然增长率控制在千分之十三左右。"]);
    expect(one(x, "人口自然增长率控制在千分之十三左右", "千分之十三")).toMatchObject({ kind: "target", metric: "natural_population_growth_rate", value: 13, unit: "‰", qualifier: "approx" });
  });
});

describe("a count cut from an old number to a new one with 减为 (State Council 1993: 非常设机构由85个减为26个)", () => {
  it("keeps the old number as the baseline: the new number alone is a figure", () => {
    const x = fixture(["地区生产总值增长8%。"], ["地区生产总值增长6%。非常设机构由85个减为26个。"]);
    expect(quoting(x, "非常设机构由85个减为26个").map((f) => written(x, f))).toEqual(["26个"]);
  });
});

describe("an indicator named in a clause of its own, then taken from its old value to the new one after 已经 (State Council 1993: 目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右)", () => {
  it("labels the new value with the indicator the clause before names, not with the old value", () => {
    const x = fixture(["总起来说，目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右。"], ["地区生产总值增长6%。"]);
    expect(one(x, "扩大到百分之八十左右", "百分之八十")).toMatchObject({ label_zh: "由市场决定价格的比重", value: 80 });
  });

  it("drops the old value after 已经 from a subject it follows, as after 已 (城镇化率已经由50%提高到61%)", () => {
    const x = fixture(["城镇化率已经由50%提高到61%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "城镇化率已经由50%提高到61%", "61%")).toMatchObject({ label_zh: "城镇化率", metric: "urbanization_rate" });
  });
});

describe("a rate per hundred thousand written in words (Xizang 2021: 孕产妇死亡率、婴儿死亡率分别下降至十万分之五十、千分之八)", () => {
  it("is a figure in /10万, as 16/10万 is, and leaves the next rate's label its own", () => {
    const x = fixture(["全区生产总值增长7.8%。孕产妇死亡率、婴儿死亡率分别下降至十万分之五十、千分之八。"], ["全区生产总值增长9%。"]);
    expect(one(x, "十万分之五十", "十万分之五十")).toMatchObject({ label_zh: "孕产妇死亡率", value: 50, unit: "/10万" });
    expect(one(x, "十万分之五十", "千分之八")).toMatchObject({ label_zh: "婴儿死亡率", value: 8, unit: "‰" });
  });
});

describe("the R&D spending named 研究与发展经费 (Guangdong 2010: 研究与发展经费支出占生产总值比重提高至1.8%)", () => {
  it("is the R&D intensity", () => {
    const x = fixture(["全省生产总值增长9.5%。研究与发展经费支出占生产总值比重提高至1.8%。"], ["全省生产总值增长9%左右。"]);
    expect(one(x, "提高至1.8%", "1.8%").metric).toBe("rd_intensity");
  });
});

describe("garbage and sewage set side by side before the treatment rate they share (Hebei 2012: 城市垃圾污水处理率分别达到87%和82%)", () => {
  it("are two items, the garbage's rate, then the sewage's", () => {
    expect(listItems("城市垃圾污水处理率", 2)).toEqual(["城市垃圾处理率", "城市污水处理率"]);
    expect(listItems("城市污水处理率", 2)).toEqual(["城市污水处理率", "城市污水处理率"]);
  });
});

describe("points of a rate per mille (State Council 1993: 出生率下降5个千分点; Guangdong 2000: 人口出生率下降了1.19个千分点)", () => {
  it("are the unit of the change, no count, and read in English", () => {
    expect(readUnit("5个千分点，", 1)).toBe("个千分点");
    const x = fixture(["全省生产总值增长9%。人口出生率下降了1.19个千分点。"], ["全省生产总值增长8%。"]);
    expect(one(x, "1.19个千分点", "1.19个千分点")).toMatchObject({ value: 1.19, unit: "个千分点", label_zh: "人口出生率下降", metric: null });
    expect(withUnitEn(1.19, "个千分点")).toBe("1.19 per-mille points");
  });
});

describe("a rate over the city's whole territory (Yinchuan 2024: 全市域清洁取暖率达到100%)", () => {
  it("keeps 全市域 whole in the label, not a stray 域 after the place word", () => {
    const x = fixture(["全市地区生产总值增长7.2%。"], ["全市地区生产总值增长6.5%左右。实施第三热源项目，全市域清洁取暖率达到100%。"]);
    expect(one(x, "全市域清洁取暖率达到100%", "100%")).toMatchObject({ kind: "target", label_zh: "全市域清洁取暖率", value: 100 });
  });
});

describe("a count cut by a share of its old value (Yinchuan 2016: 政府行政职权由原来的8570项压减掉65%)", () => {
  it("keeps the old count a baseline, no figure, and labels the share cut with its verb", () => {
    const x = fixture(["地区生产总值增长8.3%。以打造“两优”环境为目标，政府行政职权由原来的8570项压减掉65%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "8570项").map((f) => f.value)).toEqual([65]);
    expect(one(x, "压减掉65%", "65%")).toMatchObject({ kind: "result", label_zh: "政府行政职权压减掉", value: 65, unit: "%" });
  });

  it("reads the same cut without the complement 掉 alike", () => {
    const x = fixture(["地区生产总值增长8.3%。审批事项由原来的300项压减40%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "300项").map((f) => f.value)).toEqual([40]);
    expect(one(x, "压减40%", "40%")).toMatchObject({ label_zh: "审批事项压减", value: 40 });
  });
});

describe("a level held for years in a row, after the clause that names the indicator (Jilin 2019: 粮食产量达到726.6亿斤，连续6年保持在700亿斤以上水平)", () => {
  it("is the same indicator's level: the run of years names no indicator", () => {
    const x = fixture(["粮食产量达到726.6亿斤，连续6年保持在700亿斤以上水平。"], ["地区生产总值增长6%。"]);
    expect(one(x, "连续6年保持在700亿斤以上水平", "700亿斤")).toMatchObject({ label_zh: "粮食产量", kind: "result", year: x.doc.meta.year - 1, qualifier: "at_least" });
  });
});

describe("two kinds of river sections before the water-quality rate they share (Yunnan 2017: 主要出境、跨界河流断面水质达标率达到100%)", () => {
  it("gives each kind the rivers' sections and the rate, no bare 主要出境达标率", () => {
    const x = fixture(["全省生产总值增长8.7%。"], ["全省生产总值增长8.5%左右。主要出境、跨界河流断面水质达标率达到100%。"]);
    expect(quoting(x, "主要出境、跨界河流断面水质达标率达到100%").map((f) => f.label_zh)).toEqual(["主要出境河流断面水质达标率", "跨界河流断面水质达标率"]);
  });
});

describe("a plan's indicator named in a clause of its own, then taken from its old value to the new one after 将 (State Council 2008: 今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元)", () => {
  it("labels the new value with the indicator the clause before names, not with 将", () => {
    const x = fixture(["地区生产总值增长8%。"], ["地区生产总值增长6%。今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元。"]);
    expect(one(x, "将由去年的1076亿元增加到1562亿元", "1562亿元")).toMatchObject({ kind: "target", label_zh: "中央财政用于教育的投入", value: 1562 });
  });
});

describe("an editor's note in brackets inside a subject, as a web copy explains a subscript (State Council 2015: 广义货币M2（注：M2为M右下角加2）预期增长12%左右)", () => {
  it("ends no clause at the note's colon and is no word of the label", () => {
    const x = fixture(["国内生产总值增长7.4%。"], ["国内生产总值增长7%左右。广义货币M2（注：M2为M右下角加2）预期增长12%左右，在实际执行中，也可以略高些。"]);
    expect(one(x, "预期增长12%左右", "12%")).toMatchObject({ kind: "target", label_zh: "广义货币M2预期增长", quote: "广义货币M2（注：M2为M右下角加2）预期增长12%左右" });
  });
});

describe("a clause turned against the one before with 但 (State Council 2015: 尽管财政收入增速放缓、支出压力加大，但财政用于民生的比例达到70%以上)", () => {
  it("labels the share without the conjunction", () => {
    const x = fixture(["国内生产总值增长7.4%。尽管财政收入增速放缓、支出压力加大，但财政用于民生的比例达到70%以上。"], ["国内生产总值增长7%左右。"]);
    expect(one(x, "但财政用于民生的比例达到70%以上", "70%")).toMatchObject({ kind: "result", label_zh: "财政用于民生的比例" });
  });
});

describe("an amount spent over so many years, the years right before the verb (State Council 2008: 抗灾救灾工作全面加强，中央财政五年支出551亿元)", () => {
  it("is the sum of the five years up to the year reviewed, not the last year's", () => {
    const x = fixture(["抗灾救灾工作全面加强，中央财政五年支出551亿元。"], ["地区生产总值增长8%。"]);
    expect(one(x, "中央财政五年支出551亿元", "551亿元")).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019] });
  });
});

describe("a next item opened by 以及, its examples summed up by 等 (Siping 2015: 建好棚改地块周边 15条道路以及师院北街等 22条断头路和巷路)", () => {
  it("is no word of the noun counted before it: 道路, no 道路以", () => {
    const x = fixture(["地区生产总值增长8%。"], ["地区生产总值增长7.5%。建好棚改地块周边 15条道路以及师院北街等 22条断头路和巷路。"]);
    expect(one(x, "15条道路", "15条").label_zh).toBe("建好棚改地块周边道路");
  });

  it("so is 以及 right before the next item's figure (Heyuan 2014: 6个世界银行贷款项目以及2个高床养殖项目建设): 项目, no 项目以", () => {
    const x = fixture(["地区生产总值增长12.1%。"], ["生产总值增长12.5%。力争完成第一批实施的6个世界银行贷款项目以及2个高床养殖项目建设。"]);
    expect(one(x, "6个世界银行贷款项目", "6个").label_zh).toBe("第一批实施世界银行贷款项目");
  });
});

describe("the central urban area and the built-up area sharing the rate named after the last (Hulunbeier 2021: 中心城区、建成区道路机械化清扫率分别达80%和60%以上)", () => {
  it("is each area's rate, no bare area", () => {
    const x = fixture(["地区生产总值增长3%。中心城区、建成区道路机械化清扫率分别达80%和60%以上。"], ["地区生产总值增长3%左右。"]);
    expect(one(x, "建成区道路机械化清扫率", "80%")).toMatchObject({ label_zh: "中心城区道路机械化清扫率", value: 80 });
    expect(one(x, "建成区道路机械化清扫率", "60%")).toMatchObject({ label_zh: "建成区道路机械化清扫率", value: 60, qualifier: "at_least" });
  });

  it("so are the city proper and the counties' area before one rate (Siping 2015: 市区、县域重点部位视频防控覆盖率达到 100%)", () => {
    const x = fixture(["地区生产总值增长8%。"], ["地区生产总值增长7.5%。市区、县域重点部位视频防控覆盖率达到 100%。"]);
    expect(quoting(x, "视频防控覆盖率").map((f) => f.label_zh)).toEqual(["市区重点部位视频防控覆盖率", "县域重点部位视频防控覆盖率"]);
  });
});

describe("the main urban area and the county towns sharing the rate named after the last (Nanchong 2022: 主城区和县城污水处理率分别达95%、88%)", () => {
  it("gives each its own sewage treatment rate, not the bare name of the main urban area", () => {
    const x = fixture(["地区生产总值增长8%。主城区和县城污水处理率分别达95%、88%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "主城区和县城污水处理率", "95%")).toMatchObject({ label_zh: "主城区污水处理率", value: 95 });
    expect(one(x, "主城区和县城污水处理率", "88%")).toMatchObject({ label_zh: "县城污水处理率", value: 88 });
  });
});

describe("the grain harvested in a year named 粮食年产量 (Nanchong 2022: 确保粮食年产量稳定在310万吨以上)", () => {
  it("is the grain output, as 粮食总产量 is", () => {
    const x = fixture(["地区生产总值增长8%。"], ["地区生产总值增长6%。确保粮食年产量稳定在310万吨以上。"]);
    expect(one(x, "粮食年产量稳定在310万吨以上", "310万吨")).toMatchObject({ kind: "target", metric: "grain_output", value: 310, unit: "万吨" });
  });
});

describe("items counted each time, 项次 (Chenzhou 2021: 获国务院、省政府真抓实干督查激励100项次)", () => {
  it("is one unit: the count keeps its label, no 次 left over as the label", () => {
    const x = fixture(["地区生产总值增长8%。获国务院、省政府真抓实干督查激励100项次。"], ["地区生产总值增长6%。"]);
    const f = one(x, "真抓实干督查激励100项次", "100项次");
    expect(f).toMatchObject({ value: 100, unit: "项次" });
    expect(f.label_zh).not.toBe("次");
  });
});

describe("a level held over a run of years up to the year reviewed (Jilin 2019: 粮食产量达到726.6亿斤，连续6年保持在700亿斤以上水平)", () => {
  it("is held in each of those years, beside the year's own level", () => {
    const x = fixture(["全省生产总值增长4.5%。粮食产量达到726.6亿斤，连续6年保持在700亿斤以上水平。"], ["全省生产总值增长5%。"]);
    expect(one(x, "达到726.6亿斤", "726.6亿斤")).toMatchObject({ metric: "grain_output", year: 2019, period: null });
    expect(one(x, "连续6年保持在700亿斤以上", "700亿斤")).toMatchObject({ metric: "grain_output", year: 2019, period: [2014, 2019], qualifier: "at_least" });
  });

  it("so is a run of ten years or more, in a paragraph on a plan's five years (Hulunbeier 2021: 粮食产量连续10年稳定在120亿斤以上)", () => {
    const x = fixture(["“十三五”期间是综合实力明显增强、质量效益持续提升的五年。我们始终坚持创新发展，地区生产总值连续五年保持在1000亿元以上，产业结构持续优化。现代农牧业量稳质升，粮食产量连续10年稳定在120亿斤以上，奶业振兴、品牌建设成效明显。"], ["地区生产总值增长3%左右。"]);
    expect(one(x, "连续10年稳定在120亿斤以上", "120亿斤")).toMatchObject({ metric: "grain_output", year: 2019, period: [2010, 2019], qualifier: "at_least" });
    expect(one(x, "连续五年保持在1000亿元以上", "1000亿元")).toMatchObject({ metric: "gdp", period: [2015, 2019] });
  });

  it("and the years a plan in the review is to spend over are no years gone by (Yibin 2014: 计划三年投入25.9亿元)", () => {
    const x = fixture(["全市生产总值增长9%。启动棚户区改造三年行动，计划三年投入25.9亿元。中央财政五年支出551亿元。"], ["全市生产总值增长10%。"]);
    expect(one(x, "计划三年投入25.9亿元", "25.9亿元").period).toBeNull();
    expect(one(x, "中央财政五年支出551亿元", "551亿元").period).toEqual([2015, 2019]);
  });
});

describe("a first item of one character, a level whose next the last item opens (State Council 2008: 中、高等职业教育在校生分别达到2000万人和861万人)", () => {
  it("takes the last item's words after that character", () => {
    expect(listItems("中、高等职业教育在校生", 2)).toEqual(["中等职业教育在校生", "高等职业教育在校生"]);
    expect(listItems("初、高中在校生", 2)).toEqual(["初中在校生", "高中在校生"]);
    expect(listItems("省、市级重点项目", 2)).toEqual(["省级重点项目", "市级重点项目"]);
    // Not a whole word before the next level (城市、县城: two places, each whole).
    expect(listItems("城市、县城污水处理率", 2)).toEqual(["城市污水处理率", "县城污水处理率"]);
  });
});

describe("the county towns and a kind of town before the measure they share (县城和中心镇污水处理率)", () => {
  it("gives each its measure, no 县城镇", () => {
    expect(listItems("县城和中心镇污水处理率", 2)).toEqual(["县城污水处理率", "中心镇污水处理率"]);
    expect(listItems("县城、重点镇污水处理率", 2)).toEqual(["县城污水处理率", "重点镇污水处理率"]);
  });
});

describe("a change after a running total (Jinan 2011: 全社会固定资产投资累计完成7226.6亿元，…，年均增长18%)", () => {
  it("is labelled by the indicator, no words of the total run up", () => {
    const x = fixture(["五年来，全市生产总值年均增长12%。全社会固定资产投资累计完成7226.6亿元，年均增长18%。"], ["全市生产总值增长12%。"]);
    expect(one(x, "累计完成7226.6亿元", "7226.6亿元").label_zh).toBe("全社会固定资产投资累计完成");
    expect(one(x, "年均增长18%", "18%")).toMatchObject({ label_zh: "全社会固定资产投资年均增长", metric: "fixed_investment_growth" });
  });
});

describe("a plan named in what the year just past was (Ningbo 2006: 各位代表，2005年是全面实现“十五”计划目标、认真谋划“十一五”发展的承前启后之年)", () => {
  it("places that year in the plan: the figures of the sections after it are the year's, not the five years'", () => {
    const x = fixture(
      ["五年来，全市生产总值年均增长8%。", "各位代表，2019年是决胜“十三五”、谋划高质量发展的关键之年。重点抓了以下工作：", "（一）扩大开放。全市外贸出口增长33.5%，实际利用外资增长10%。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "外贸出口增长33.5%", "33.5%")).toMatchObject({ kind: "result", year: 2019, period: null, metric: "exports_growth" });
    expect(one(x, "实际利用外资增长10%", "10%")).toMatchObject({ year: 2019, period: null });
    expect(one(x, "年均增长8%", "8%").period).toEqual([2015, 2019]);
  });
});

describe("a first item that names a ratio of its own (Ningbo 2006: 初中升高中比例和高等教育毛入学率达到94.2%和42%)", () => {
  it("keeps its own measure, no enrolment rate of the last item added", () => {
    expect(listItems("初中升高中比例和高等教育毛入学率", 2)).toEqual(["初中升高中比例", "高等教育毛入学率"]);
  });
});

describe("items ending on the same noun, the last going on after it (Qingdao 2005: 高新技术产品和机电产品出口分别增长53.6％和50.3％)", () => {
  it("gives each item the words after that noun: the high-tech products' exports, not the products", () => {
    expect(listItems("高新技术产品和机电产品出口", 2)).toEqual(["高新技术产品出口", "机电产品出口"]);
    const x = fixture(["全市生产总值增长8%。高新技术产品和机电产品出口分别增长53.6%和50.3%。"], ["全市生产总值增长8%。"]);
    expect(one(x, "机电产品出口分别增长", "53.6%").label_zh).toBe("高新技术产品出口增长");
  });

  it("takes no rest of a longer word the item's end opens (Yunnan 2017: 实际利用外资和引进省外资金分别增长8%、11%以上)", () => {
    expect(listItems("实际利用外资和引进省外资金", 2)).toEqual(["实际利用外资", "引进省外资金"]);
  });
});

describe("the five years in the name of a plan a clause of the review carries out (Leshan 2019: 深入实施推进服务业综合改革实现五年倍增行动计划，新增规模以上服务业企业20家)", () => {
  it("are no years the results after it ran over: they are the year's", () => {
    const x = fixture(["全市生产总值增长9%。深入实施推进服务业综合改革实现五年倍增行动计划，新增规模以上服务业企业20家，服务业增加值增长10.3%，创近三年新高。"], ["全市生产总值增长10%。"]);
    expect(one(x, "新增规模以上服务业企业20家", "20家")).toMatchObject({ kind: "result", year: 2019, period: null });
    expect(one(x, "服务业增加值增长10.3%", "10.3%")).toMatchObject({ metric: "services_value_added_growth", year: 2019, period: null });
  });
});

describe("the workers and the whole place's residents before the pay they share (Wulanchabu 2018: 职工和城乡居民待遇每月分别提高127元和20元)", () => {
  it("gives each the words after 城乡居民, no 职工居民待遇", () => {
    expect(listItems("职工和城乡居民待遇", 2)).toEqual(["职工待遇", "城乡居民待遇"]);
    expect(listItems("城镇职工和城乡居民医疗保险报销比例", 2)).toEqual(["城镇职工医疗保险报销比例", "城乡居民医疗保险报销比例"]);
    const x = fixture(["全市生产总值增长5%。职工和城乡居民待遇每月分别提高127元和20元。"], ["全市生产总值增长7%。"]);
    expect(one(x, "分别提高127元和20元", "127元").label_zh).toBe("职工待遇每月提高");
    expect(one(x, "分别提高127元和20元", "20元").label_zh).toBe("城乡居民待遇每月提高");
  });
});

describe("the people of a place whose joint effort a hope rests on (State Council 1997: 在600多万香港人的共同努力下)", () => {
  it("is the people as a whole, no figure of the plan year", () => {
    const x = fixture(["国内生产总值比上年增长9.7%。"], ["经济增长速度的调控目标定为8%。我们相信，有全国人民作后盾，在600多万香港人的共同努力下，“一国两制”一定能够成功。"]);
    expect(quoting(x, "600多万香港人")).toEqual([]);
  });
});

describe("the count of the nation's peoples (State Council 1992: 藏族是中国56个民族大家庭的一员)", () => {
  it("is a fact of the country, no figure of the plan year", () => {
    const x = fixture(["国民生产总值比上年增长百分之七。"], ["国民生产总值增长百分之六。西藏是中国神圣领土不可分割的部分，藏族是中国56个民族大家庭的一员。"]);
    expect(quoting(x, "56个民族")).toEqual([]);
  });
});

describe("a level, its rank among the first few and its growth in one run (Hunan 2026: 全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%)", () => {
  it("is the level's growth, no word of the rank in its name", () => {
    const x = fixture(["全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "增长4.8%", "4.8%")).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "全省地区生产总值增长", value: 4.8 });
  });
});

describe("the trade with a group of partner countries and regions (Hainan 2025: 对共建“一带一路”国家和地区货物进出口额增长41.5%)", () => {
  it("is that part of the place's trade, not its whole trade", () => {
    const x = fixture(["地区生产总值增长3.5%。对共建“一带一路”国家和地区货物进出口额增长41.5%。"], ["地区生产总值增长6%以上。"]);
    expect(one(x, "货物进出口额增长41.5%", "41.5%").metric).toBeNull();
  });
});

describe("five years named again before a sum spent, after two years named in the same sentence (Shaanxi 2013: 近两年又把新增财力和财政支出的80%用于民生，五年投入9255亿元，…，城乡居民收入年均增长14%和16.9%)", () => {
  it("frames the averages after it over the five years, not the two", () => {
    const x = fixture(
      ["过去五年，我们推动改革开放和现代化建设取得了令人瞩目的成绩。", "六是群众生活水平大幅提升。在全国率先实施民生八大工程，近两年又把新增财力和财政支出的80%用于民生，五年投入9255亿元，公共财政框架初步形成，城乡居民收入年均增长14%和16.9%。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "五年投入9255亿元", "9255亿元").period).toEqual([2015, 2019]);
    expect(one(x, "城乡居民收入年均增长14%和16.9%", "14%").period).toEqual([2015, 2019]);
    expect(one(x, "城乡居民收入年均增长14%和16.9%", "16.9%").period).toEqual([2015, 2019]);
  });
});

describe("the rate of a cut, the verb and its measure one word (Hunan 2012: 精简行政审批项目203项，精简率35.6%)", () => {
  it("is labelled as written, no 率精简", () => {
    const x = fixture(["地区生产总值增长8%。开展第十一轮行政审批项目清理，精简行政审批项目203项，精简率35.6%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "精简率35.6%", "35.6%")).toMatchObject({ label_zh: "精简率", value: 35.6 });
    expect(one(x, "精简行政审批项目203项", "203项").label_zh).toBe("行政审批项目精简");
  });
});

describe("a yearly standard of relief (Linyi 2016: 农村低保年均保障标准提高到3031元、城市低保月均保障标准提高到416元)", () => {
  it("is the year's standard, no average over several years", () => {
    const x = fixture(["全市生产总值增长7%。农村低保年均保障标准提高到3031元、城市低保月均保障标准提高到416元。"], ["全市生产总值增长8%。"]);
    expect(one(x, "年均保障标准提高到3031元", "3031元")).toMatchObject({ year: 2019, period: null });
    expect(one(x, "月均保障标准提高到416元", "416元")).toMatchObject({ year: 2019, period: null });
  });
});

describe("a year's amount with the running total over the term in the clause after it (Zhongshan 2016: 固定资产投资1055.4亿元，五年累计突破4500亿元)", () => {
  it("is the last year's amount, the total the sum over the term", () => {
    const x = extractText("ceshi-2016.txt", ["2016年测试市政府工作报告", "各位代表：", "“十二五”时期及2015年工作回顾", "“十二五”时期，是我市取得重大成就的五年。", "综合实力迈上新台阶。全市生产总值突破3000亿元，年均增长10.1%。固定资产投资1055.4亿元，五年累计突破4500亿元，年均增长17.1%。", "2016年工作安排", "生产总值增长8%。"].join("\n"));
    expect(one(x, "固定资产投资1055.4亿元", "1055.4亿元")).toMatchObject({ metric: "fixed_investment", year: 2015, period: null });
    expect(one(x, "五年累计突破4500亿元", "4500亿元")).toMatchObject({ year: 2015, period: [2011, 2015] });
  });
});

describe("a count of firms the sentence goes straight on to grow (Zhongshan 2016: 高新技术企业427家，增长近1倍)", () => {
  it("is what there is, not what was added", () => {
    const x = fixture(["全市生产总值增长7%。高新技术企业427家，增长近1倍，增速全省第一。新增高新技术企业52家。"], ["全市生产总值增长8%。"]);
    expect(one(x, "高新技术企业427家", "427家")).toMatchObject({ metric: "high_tech_enterprises", year: 2019 });
    expect(one(x, "新增高新技术企业52家", "52家").metric).toBe("high_tech_enterprises_new");
  });
});

describe("a count added, certified or entered, then its growth or a running total (Xiamen 2020, Hanzhong 2023, Shijiazhuang 2013)", () => {
  it("stays the year's additions, and a total of another thing after it dates no term", () => {
    const x = fixture(
      ["净增国家级高新技术企业300家左右，累计超过1900家。评价入库科技型中小企业348家、增长65%。", "过去五年，关停治理建材企业546家，累计淘汰黄标车6.6万辆。"],
      ["全市生产总值增长8%。"],
    );
    expect(one(x, "净增国家级高新技术企业300家左右", "300家").metric).toBe("high_tech_enterprises_new");
    expect(one(x, "评价入库科技型中小企业348家", "348家").metric).toBe("tech_smes_new");
    const closed = one(x, "关停治理建材企业546家", "546家");
    expect([closed.kind, closed.period]).toEqual(["result", [closed.year - 4, closed.year]]);
  });
});

describe("sizes of places a count numbers (Hunan 2026: 新增1个经济总量近千亿、4个过五百亿的县市)", () => {
  it("are the class of the places counted, no output of the place's own, in words or in digits", () => {
    const x = fixture(["全省地区生产总值增长4.8%，新增1个经济总量近千亿、4个过五百亿的县市，2个人口超100万的城市。"], ["全省地区生产总值增长5%左右。"]);
    expect(x.figures.filter((f) => f.metric === "gdp")).toEqual([]);
    expect(quoting(x, "人口超100万的城市").filter((f) => f.value === 100)).toEqual([]);
  });
});

describe("shares of a named whole after 分别, for the items the sentence gave before (Linyi 2016, Yueyang 2014, Harbin 2019)", () => {
  it("labels each share with its own item, in order", () => {
    const x = fixture(
      ["全市“双百”企业实现主营业务收入3250亿元、利税220亿元，分别占规模以上工业的33%和29%。", "新兴产业增加值增长15.6%，园区工业增加值增长12.4%，占规模工业比重分别提高到22.3%、42.6%。"],
      ["全市生产总值增长8%。"],
    );
    expect(one(x, "分别占规模以上工业的33%", "33%").label_zh).toMatch(/主营业务收入占规模以上工业$/);
    expect(one(x, "分别占规模以上工业的33%和29%", "29%").label_zh).toBe("利税占规模以上工业");
    expect(one(x, "比重分别提高到22.3%", "22.3%").label_zh).toBe("新兴产业增加值占规模工业比重");
  });
});

describe("an average set as the aim of a five-year plan the plan year carries out (Dalian 2012: 全面落实文化产业“十二五”发展规划，…，实现文化产业增加值年均增长20%以上)", () => {
  it("is over that plan's years, not the five years from the plan year", () => {
    const x = fixture(["全市生产总值增长7%。"], ["全市生产总值增长8%。全面落实文化产业“十三五”发展规划，重点推进五项工程，实现文化产业增加值年均增长20%以上。"]);
    expect(one(x, "文化产业增加值年均增长20%以上", "20%")).toMatchObject({ kind: "target", year: 2020, period: [2016, 2020] });
  });
});

describe("the size class of projects on an investment list (Pingliang 2025: 实施500万元以上投资清单项目524个)", () => {
  it("is no amount; the projects counted stay a figure", () => {
    const x = fixture(["全市生产总值增长6%。实施500万元以上投资清单项目524个。"], ["全市实施500万元以上投资清单项目600个以上。完成500亿元以上投资。"]);
    expect(x.figures.filter((f) => f.unit === "万元")).toEqual([]);
    expect(one(x, "投资清单项目524个", "524个").value).toBe(524);
    expect(one(x, "投资清单项目600个以上", "600个").value).toBe(600);
    expect(one(x, "完成500亿元以上投资", "500亿元").value).toBe(500);
  });
});

describe("an indicator named alone, then its change on a price basis (State Council 2000: 城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3%)", () => {
  it("is that indicator's change, the basis how it is measured", () => {
    const x = nationFixture(["城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3%；农村居民人均纯收入实际增长3.8%。"], ["国内生产总值增长8%左右。"]);
    expect(one(x, "考虑价格下降因素比上年实际增长9.3%", "9.3%")).toMatchObject({ metric: "urban_income_growth", kind: "result", year: 2019 });
  });
});

describe("a thing that rose from a month on, then its year's level and growth (State Council 2000: 外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6.1%)", () => {
  it("are the exports and their growth", () => {
    const x = nationFixture(["外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6.1%。"], ["国内生产总值增长8%左右。"]);
    expect(writtenMetrics(x, "外贸出口从7月份")).toEqual([["1949亿美元", "exports_usd"], ["6.1%", "exports_growth"]]);
  });
});

describe("a list of what is already built, in the part on the coming year's policy (State Council 2000: 已建成的主要有：加固大江大河大湖堤防近6100公里；…)", () => {
  it("is results, not the plan year's targets", () => {
    const x = extractText("guowuyuan-2000.txt", ["政府工作报告", "——2000年3月5日在第九届全国人民代表大会第三次会议上", "国务院总理 张三", "各位代表：", "一、1999年国内工作回顾", "国内生产总值增长7.1%。", "二、坚持实行扩大内需的方针", "继续实施积极的财政政策。实践证明，实行积极财政政策是完全正确的。已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1.2万公里，其中高速公路3358公里。", "今年发行1000亿元长期国债。"].join("\n"));
    const built = x.figures.filter((f) => f.unit.endsWith("公里"));
    expect(built.map((f) => [f.value, f.kind, f.year])).toEqual([[6100, "result", 1999], [1.2, "result", 1999], [3358, "result", 1999]]);
    expect(one(x, "发行1000亿元长期国债", "1000亿元").kind).toBe("target");
  });
});

describe("a count of firms the sentence moves up into another class (Wenzhou 2021: 推动100家高新技术企业上规、300家规上企业成为高新技术企业)", () => {
  it("counts the firms that grow above the designated size, no high-tech firms added", () => {
    const x = fixture(["全市生产总值增长3.4%。"], ["地区生产总值增长7%以上。启动“双迈进”计划，推动100家高新技术企业上规、300家规上企业成为高新技术企业。新增高新技术企业550家。"]);
    expect(one(x, "推动100家高新技术企业上规", "100家").metric).toBeNull();
    expect(one(x, "新增高新技术企业550家", "550家").metric).toBe("high_tech_enterprises_new");
  });
});

describe("old values each after the part of the place they are of (Wenzhou 2021: 人均年低保标准从农村5712元、城镇7560元，提高到城乡同标10200元)", () => {
  it("are baselines, only the standard raised to a figure", () => {
    const x = fixture(["全市生产总值增长3.4%。人均年低保标准从农村5712元、城镇7560元，提高到城乡同标10200元。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.some((f) => f.value === 5712 || f.value === 7560)).toBe(false);
    expect(one(x, "提高到城乡同标10200元", "10200元").value).toBe(10200);
  });
});

describe("a milestone passed, then the level of the same indicator told another way in its sentence (Quanzhou 2022)", () => {
  it("keeps the indicator for the level alone: 经济总量突破万亿元大关，全市生产总值从…增加到…11304亿元", () => {
    const x = fixture(["经济总量突破万亿元大关，全市生产总值从2014年的6921亿元增加到2019年的11304亿元。"], ["全市生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([11304]);
  });
});

describe("a level striven for after the level pledged (Hubei 2003: 确保今年技改投资规模达到380亿元，争取达到400亿元)", () => {
  it("is the same thing's stretch target, not a thing named 争取", () => {
    const x = fixture(["全市生产总值增长7%。"], ["全市生产总值增长8%。确保今年技改投资规模达到380亿元，争取达到400亿元。"]);
    expect(one(x, "争取达到400亿元", "400亿元")).toMatchObject({ kind: "target", label_zh: "技改投资规模（力争）", metric: null });
    expect(one(x, "技改投资规模达到380亿元", "380亿元").label_zh).toBe("技改投资规模");
  });

  it("but a count after 争取 followed by a noun of its own is a target of its own (Songyuan 2019: 新增规上工业企业20户，争取30户企业完成股改)", () => {
    const x = fixture(["全市生产总值增长7%。"], ["全市生产总值增长8%。新增规上工业企业20户，争取30户企业完成股改、30户企业在省股权交易所挂牌。"]);
    expect(quoting(x, "股改").map((f) => f.label_zh)).not.toContain("新增规上工业企业（力争）");
  });
});

describe("jobs added net of those lost (Hubei 2003: 全年净增就业岗位40万个)", () => {
  it("are the new jobs created", () => {
    const x = fixture(["全市生产总值增长7%。"], ["全市生产总值增长8%，全年净增就业岗位40万个。"]);
    expect(one(x, "净增就业岗位40万个", "40万个")).toMatchObject({ kind: "target", year: 2020, metric: "job_positions_new" });
  });
});

describe("a floor in an older report's words (State Council 1998: 今年全社会固定资产投资预定增长10%或者更多一些)", () => {
  it("is at least the figure", () => {
    const x = fixture(["全社会固定资产投资增长12%。"], ["今年全社会固定资产投资预定增长10%或者更多一些，经济增长速度8%。"]);
    expect(one(x, "预定增长10%或者更多一些", "10%")).toMatchObject({ qualifier: "at_least", min: 10, metric: "fixed_investment_growth" });
  });
});

describe("lists of measures a share or a noun of their own closes (Pingliang 2025, Linyi 2016)", () => {
  it("gives each item the share told as what is in the whole, and keeps a population whole", () => {
    expect(listItems("工业增加值、民营经济增加值在生产总值中的比重", 2)).toEqual(["工业增加值在生产总值中的比重", "民营经济增加值在生产总值中的比重"]);
    expect(listItems("中心城区人口和建成区面积", 2)).toEqual(["中心城区人口", "建成区面积"]);
    // A measure per head of the people the list names is theirs (Henan 2023).
    expect(listItems("脱贫人口、监测对象人均纯收入", 2)[0]).not.toBe("脱贫人口");
  });
});

describe("the total converted into dollars in a clause of its own (Jiangsu 2015: 实现地区生产总值6.51万亿元，总量折合超过1万亿美元，比上年增长8.7%)", () => {
  it("takes no indicator, and the growth after it is GDP's", () => {
    const x = fixture(["实现地区生产总值6.51万亿元，总量折合超过1万亿美元，比上年增长8.7%；人均地区生产总值超过8万元。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "总量折合超过1万亿美元", "1万亿美元")).toMatchObject({ metric: null, label_zh: "地区生产总值（折合）" });
    expect(one(x, "比上年增长8.7%", "8.7%")).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "地区生产总值比上年增长" });
  });
});

describe("a past year between an indicator and a milestone passed (Hunan 2016: 非公经济增加值2011年突破万亿，2015年超过1.7万亿元)", () => {
  it("dates the milestone to that year, the level after it to its own", () => {
    const x = fixture(["非公经济增加值2011年突破1万亿元，2015年超过1.7万亿元。全年地区生产总值增长8.6%。"], ["地区生产总值增长8.5%左右。"]);
    expect(one(x, "2011年突破1万亿元", "1万亿元")).toMatchObject({ kind: "result", year: 2011 });
    expect(one(x, "2015年超过1.7万亿元", "1.7万亿元")).toMatchObject({ kind: "result", year: 2015 });
  });
});

describe("the industry of a zone named bare as 区内 after the zone's work (Xi'an 2015: 以渭北工业区建设为重点，…区内规模以上工业增加值完成261.3亿元)", () => {
  it("is the zone's, not the place's industrial value added, in the review and the plan", () => {
    const x = fixture(
      ["全市规模以上工业增加值完成1195.3亿元，增长11.1%。以渭北工业区建设为重点，积极培育新的增长极。新舟700正式签约落户，区内规模以上工业增加值完成261.3亿元，增长13.4%，高于全市2.3个百分点。"],
      ["全年规模以上工业增加值增长12%左右。全面加快渭北工业区建设。积极争取重大项目签约落户，确保区内规模以上工业增加值增长13%以上。地区生产总值增长10.5%左右。"],
    );
    expect(one(x, "全市规模以上工业增加值完成1195.3亿元", "1195.3亿元").metric).toBe("industrial_value_added");
    expect(one(x, "全年规模以上工业增加值增长12%左右", "12%")).toMatchObject({ kind: "target", metric: "industrial_value_added_growth" });
    expect(one(x, "区内规模以上工业增加值完成261.3亿元", "261.3亿元").metric).toBeNull();
    expect(one(x, "区内规模以上工业增加值完成261.3亿元，增长13.4%", "13.4%").metric).toBeNull();
    expect(one(x, "确保区内规模以上工业增加值增长13%以上", "13%").metric).toBeNull();
  });
});

describe("a part's output whose share of the city is given with its number alone (Nanjing 2014: 郊区发展实力不断增强，预计实现地区生产总值4120亿元，增长12.3%，占全市51.5%)", () => {
  it("is the part's GDP and growth, not the city's, after its growth clause too", () => {
    const x = fixture(
      ["预计实现地区生产总值8000亿元，按可比价计算增长11%。郊区发展实力不断增强，预计实现地区生产总值4120亿元，增长12.3%，占全市51.5%。"],
      ["地区生产总值增长10.5%左右。"],
    );
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([8000]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "result").map((f) => f.value)).toEqual([11]);
    expect(one(x, "预计实现地区生产总值4120亿元，增长12.3%", "12.3%").metric).toBeNull();
    expect(one(x, "预计实现地区生产总值4120亿元", "4120亿元").metric).toBeNull();
  });
});

describe("a measure's margin over the goal it passed (Xi'an 2015: 全市优良天数超出省考指标71天)", () => {
  it("is the margin, not the good-air days of the year", () => {
    const x = fixture(["全年二级以上良好天数达到211天。全市优良天数超出省考指标71天，群众满意度较上年提高17.7个百分点。"], ["地区生产总值增长10.5%左右。"]);
    expect(one(x, "全年二级以上良好天数达到211天", "211天").metric).toBe("good_air_days");
    expect(one(x, "全市优良天数超出省考指标71天", "71天").metric).toBeNull();
  });
});

describe("the other half of a pair named alone after the first (Shaanxi 2019: 全年实际利用内资、外资分别增长15.1%和16.2%)", () => {
  it("is the foreign investment actually used, the words before the first half shared", () => {
    const x = fixture(["全省生产总值增长8.3%。全年实际利用内资、外资分别增长15.1%和16.2%。"], ["生产总值增长7.5%—8%。"]);
    expect(one(x, "外资分别增长15.1%和16.2%", "16.2%")).toMatchObject({ label_zh: "实际利用外资增长", metric: "fdi_actual_growth" });
    expect(one(x, "外资分别增长15.1%和16.2%", "15.1%").label_zh).toBe("实际利用内资增长");
  });
});

describe("one figure more than the items, one item the one word for deposits and loans (Shaanxi 2019: 金融机构总资产、存贷款余额分别突破5万亿、4万亿和3万亿元)", () => {
  it("gives the assets, then the deposits, then the loans", () => {
    const x = fixture(["全省生产总值增长8.3%。金融机构总资产、存贷款余额分别突破5万亿、4万亿和3万亿元。"], ["生产总值增长7.5%—8%。"]);
    expect(one(x, "存贷款余额分别突破5万亿、4万亿和3万亿元", "4万亿").metric).toBe("deposits_balance");
    expect(one(x, "存贷款余额分别突破5万亿、4万亿和3万亿元", "3万亿元").metric).toBe("loans_balance");
    expect(one(x, "存贷款余额分别突破5万亿、4万亿和3万亿元", "5万亿").label_zh).toBe("金融机构总资产");
  });
});

describe("projects of two levels each named by one character (Longyan 2015: 220个省、市重点项目完成投资504亿元)", () => {
  it("are counted and labelled as the projects of both levels, not a count of 省", () => {
    const x = fixture(["全市生产总值增长7%。220个省、市重点项目完成投资504亿元，占全年目标的136%。"], ["全市生产总值增长8%。加快推进261个省、市重点项目建设。"]);
    expect(one(x, "220个省、市重点项目", "220个").label_zh).toBe("省、市重点项目");
    expect(one(x, "市重点项目完成投资504亿元", "504亿元").label_zh).toBe("省、市重点项目完成投资");
    expect(one(x, "推进261个省、市重点项目建设", "261个").label_zh).toBe("推进省、市重点项目建设");
  });
});

describe("a level reached after the amount a thing grew by (Longyan 2015: 建成区面积扩大3平方公里、达到48平方公里)", () => {
  it("is the thing's level, not its enlargement", () => {
    const x = fixture(["全市生产总值增长7%。建成区面积扩大3平方公里、达到48平方公里。"], ["全市生产总值增长8%。"]);
    expect(one(x, "达到48平方公里", "48平方公里").label_zh).toBe("建成区面积");
    expect(one(x, "扩大3平方公里", "3平方公里").label_zh).toBe("建成区面积扩大");
  });
});

describe("a level reached after the amount an output grew by (Tongliao 2021: 粮食增产3.2亿斤、达到173亿斤)", () => {
  it("is the output's level (粮食产量), not its increase", () => {
    const x = fixture(["全市生产总值增长7%。农牧业向绿色生态转型，新建浅埋滴灌高标准农田17.37万亩，粮食增产3.2亿斤、达到173亿斤，牧业年度新增肉牛存栏53.8万头、达到295.5万头。"], ["全市生产总值增长8%。"]);
    const level = one(x, "达到173亿斤", "173亿斤");
    expect([level.label_zh, level.metric]).toEqual(["粮食产量", "grain_output"]);
    expect(one(x, "粮食增产3.2亿斤", "3.2亿斤").label_zh).toBe("粮食增产");
  });
});

describe("a sentence opening on the field it tells of, then the past year (State Council 1987: 在经济领域，过去一年里取得的最重要的成绩，就是…)", () => {
  it("tells the past year's results, in a part whose heading names no period", () => {
    const x = extractText(
      "ceshi-1987.txt",
      [
        "1987年测试市政府工作报告",
        "各位代表：",
        "一、当前形势和基本任务",
        "三中全会以来，我们的路线经受了实践的检验。",
        "在经济领域，过去一年里取得的最重要的成绩，就是使经济继续纳入正常发展的轨道。全国社会总产值达到18774亿元，比上年增长9.1%。",
        "二、今年的工作",
        "今年要努力工作。",
      ].join("\n"),
    );
    expect(one(x, "社会总产值达到18774亿元", "18774亿元")).toMatchObject({ kind: "result", year: 1986 });
  });
});

describe("a clause that opens on now or on a day of the plan year gone by (State Council 1990: 截至今年2月底，全国已撤并公司7万多个; State Council 1987: 目前…经济联合体有32000多个)", () => {
  it("tells where things stand as the year begins, a result, not the plan year's target", () => {
    const x = fixture(["全市生产总值增长6%。截至今年2月底，全国已撤并公司7万多个，占公司总数的百分之二十四点五。"], ["全市生产总值增长7%。通过几年来的改革，目前在全国注册登记的各种经济联合体有32000多个，已形成24个跨地区的横向经济联合网络。"]);
    expect(one(x, "撤并公司7万多个", "7万多个")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "占公司总数的百分之二十四点五", "百分之二十四点五")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "经济联合体有32000多个", "32000多个")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "已形成24个", "24个")).toMatchObject({ kind: "result", year: 2019 });
  });
  it("so is a day of the plan year gone by whose year is left unsaid (Sichuan 2020, given in May: 截至5月6日，全省累计报告确诊病例561例)", () => {
    const x = fixture(["全市生产总值增长6%。"], ["全市生产总值增长7%。截至5月6日，全省累计报告确诊病例561例，治愈出院558例、死亡3例；目前尚有未解除隔离的无症状感染者8例。"]);
    expect(one(x, "确诊病例561例", "561例")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "治愈出院558例", "558例")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "死亡3例", "3例")).toMatchObject({ kind: "result", year: 2019 });
  });
  it("is still the plan year's when the sentence goes on to what is to be done", () => {
    const x = fixture(["全市生产总值增长6%。"], ["全市生产总值增长7%。目前，今年要新建学校20所。"]);
    expect(one(x, "新建学校20所", "20所")).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("efforts made to win what a sentence of the plan part tells of (Yichun 2016: 近几年来，通过努力争取，…，目前重大项目在库总数434个)", () => {
  it("are a means gone by, no pledge: the count now is where things stand as the year begins", () => {
    const x = fixture(["全市生产总值增长9.3%左右。"], ["全市生产总值增长8.7%左右。近几年来，通过努力争取，一批重点工程建成使用，一批产业项目投产见效，目前重大项目在库总数434个，其中投资10亿元以上186个，发展基础更加坚实。"]);
    expect(one(x, "在库总数434个", "434个")).toMatchObject({ kind: "result", year: 2019 });
    expect(one(x, "投资10亿元以上186个", "186个")).toMatchObject({ kind: "result", year: 2019 });
  });
  it("leaves a pledge to win still a pledge", () => {
    const x = fixture(["全市生产总值增长6%。"], ["全市生产总值增长7%。目前正在争取，新建学校20所。"]);
    expect(one(x, "新建学校20所", "20所")).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("a plant's capacity before a chemical named with a Greek letter and no hyphen (Daqing 2025: 推动3万吨POE高端弹性体、5万吨α烯烃项目建设)", () => {
  it("names the plant as the one before it does: no output of the place, no label of the other plant", () => {
    const x = fixture(["地区生产总值增长3%左右。"], ["全市生产总值增长5%左右。推动3万吨POE高端弹性体、5万吨α烯烃项目建设。"]);
    expect(x.figures.filter((f) => f.unit === "万吨")).toEqual([]);
  });
});

describe("costs of projects each before the project it sizes, joined by 、 (Yantai 2025: 总投资1260亿元的万华新材料低碳产业园一期、总投资560亿元的潍柴—比亚迪新能源动力产业园一期建成投产)", () => {
  it("labels the second cost by its own words, not by the first project's name", () => {
    const x = fixture(["地区生产总值增长5.8%左右。总投资1260亿元的万华新材料低碳产业园一期、总投资560亿元的潍柴—比亚迪新能源动力产业园一期建成投产。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "总投资560亿元", "560亿元").label_zh).toBe("总投资");
    expect(one(x, "总投资1260亿元", "1260亿元").label_zh).toBe("总投资");
  });
});

describe("costs of projects each before the project it sizes, joined by 和 (Dalian 2022: 加快办理投资100亿美元的SK海力士和投资260亿元的恒力聚酯园等506个拟开工项目前期手续)", () => {
  it("labels the second cost by its own word (投资), not by the first project's name", () => {
    const x = fixture(["地区生产总值增长8%左右。"], ["地区生产总值增长8%左右。加快办理投资100亿美元的SK海力士和投资260亿元的恒力聚酯园等506个拟开工项目前期手续，尽早形成实物量投资。"]);
    expect(one(x, "投资260亿元", "260亿元").label_zh).toBe("投资");
  });
});

describe("costs of projects each before the project it sizes, the later items with no words of their own (Dezhou 2020: 投资80亿元的北京有研集团集成电路硅材料、80亿元的红石极威新材料及新能源汽车…)", () => {
  it("labels every cost by the words of the first (投资), none by the name of the project before it", () => {
    const x = fixture(
      ["高质量开展双招双引，新开工过亿元招商项目247个，到位资金231.7亿元，投资80亿元的北京有研集团集成电路硅材料、80亿元的红石极威新材料及新能源汽车、30亿元的中建材凯盛晶华新材料、15亿元的腾讯云（德州）工业云基地等一批大项目好项目相继开工建设或竣工投产。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "北京有研集团").filter((f) => f.unit === "亿元" && f.value !== 231.7).map((f) => [written(x, f), f.label_zh])).toEqual([
      ["80亿元", "投资"],
      ["80亿元", "投资"],
      ["30亿元", "投资"],
      ["15亿元", "投资"],
    ]);
  });
});

describe("a level grown to after a comma that sets off the old value (Dezhou 2020: 三年内规上企业由1390家，发展到2000家)", () => {
  it("names the level by the firms, not by the old value 由1390家", () => {
    const x = fixture(["地区生产总值增长6%左右。"], ["地区生产总值增长6%。三年内规上企业由1390家，发展到2000家；80%以上的企业工艺技术装备达到国内先进水平。"]);
    expect(one(x, "发展到2000家", "2000家").label_zh).toBe("三年内规上企业");
  });
});

describe("serving and retired staff sharing the noun after the last (Yantai 2025: 在职、退休职工普通门诊最高支付限额分别提高到5000元、6000元)", () => {
  it("labels each with the staff's noun: 在职职工…, 退休职工…", () => {
    const x = fixture(["地区生产总值增长5.8%左右。在职、退休职工普通门诊最高支付限额分别提高到5000元、6000元。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "在职、退休职工", "5000元").label_zh).toBe("在职职工普通门诊最高支付限额");
    expect(one(x, "在职、退休职工", "6000元").label_zh).toBe("退休职工普通门诊最高支付限额");
  });
});

describe("the time since a plant started, after the clause that says it started (Yantai 2025: 裕龙岛炼化一体化项目一期投产，3个月营收突破130亿元)", () => {
  it("is how soon, no figure: a word of the revenue's label", () => {
    const x = fixture(["地区生产总值增长5.8%左右。总投资1168亿元的裕龙岛炼化一体化项目一期投产，3个月营收突破130亿元。"], ["地区生产总值增长5.5%左右。"]);
    expect(x.figures.some((f) => f.unit === "个月")).toBe(false);
    expect(one(x, "营收突破130亿元", "130亿元").label_zh).toBe("3个月营收");
  });
});

describe("a year before which the things a clause names were built (Jiuquan 2025: 2000年前建成的老旧小区基本改造完毕；…改建城中村455户)", () => {
  it("qualifies those things, no time of the clauses after it: they stay the plan year's targets", () => {
    const x = fixture(["地区生产总值增长8%左右。"], [
      "地区生产总值增长7%以上。抓好城镇“面子”焕新，推进老旧小区和危旧房改造，改造老旧小区房屋5155套、危旧房1084套，2000年前建成的老旧小区基本改造完毕；抓住国家支持城中村改造政策机遇，改建城中村455户，新建租赁住房3295套。",
    ]);
    expect(one(x, "改建城中村455户", "455户")).toMatchObject({ kind: "target", year: 2020 });
    expect(one(x, "新建租赁住房3295套", "3295套")).toMatchObject({ kind: "target", year: 2020 });
  });
  it("not the quarters of a year opening a clause (2018年前三季度的…)", () => {
    const x = fixture(["地区生产总值增长8%左右。", "回顾过去，2018年前三季度的工业增加值增长9%，新建学校10所。"], ["地区生产总值增长7%以上。"]);
    expect(one(x, "新建学校10所", "10所")).toMatchObject({ kind: "result", year: 2018 });
  });
});

describe("teams counted by the 支 (Jiuquan 2025: 建立基层应急队伍30支、物资储备点112个)", () => {
  it("reads 支 as the measure word; 支 opening a word (支持, 支出, 支付) is none", () => {
    expect(readUnit("队伍30支、", 4)).toBe("支");
    expect(readUnit("30支持", 2)).toBeNull();
    const x = fixture(["地区生产总值增长8%左右。建立基层应急队伍30支、物资储备点112个。"], ["地区生产总值增长7%以上。统筹资金10亿元支持企业发展，安排3万支出。"]);
    expect(one(x, "", "30支")).toMatchObject({ unit: "支", value: 30, label_zh: "建立基层应急队伍" });
    expect(x.figures.some((f) => f.unit === "支" && f.value !== 30)).toBe(false);
  });
});

describe("vehicles counted each time they pass (Kizilsu 2026: 累计通关车辆119.91万辆次、货物1147.74万吨)", () => {
  it("reads 辆次 as one unit, no 次 left over in the label", () => {
    expect(readUnit("119.91万辆次", 6)).toBe("万辆次");
    const x = fixture(["地区生产总值增长8%左右。累计通关车辆119.91万辆次、货物1147.74万吨。"], ["地区生产总值增长7%以上。"]);
    expect(one(x, "", "119.91万辆次")).toMatchObject({ unit: "万辆次", label_zh: "累计通关车辆" });
  });
});

describe("a budget's revenue and spending listed after a clause that states no figure (Jiuquan 2025: 提前完成“十四五”规划目标；一般公共预算收入和支出分别增长16.1%、13.3%)", () => {
  it("gives the spending its budget's name and indicator, as when a figure comes before", () => {
    const x = fixture(["预计全年地区生产总值突破1000亿元、增长8%左右，人均GDP达到9.6万元左右，提前完成“十四五”规划目标；一般公共预算收入和支出分别增长16.1%、13.3%，城乡居民人均可支配收入分别增长7%和8%。"], ["地区生产总值增长7%以上。"]);
    expect(one(x, "", "13.3%")).toMatchObject({ label_zh: "一般公共预算支出增长", metric: "budget_spending_growth" });
    expect(one(x, "", "16.1%")).toMatchObject({ label_zh: "一般公共预算收入增长", metric: "budget_revenue_growth" });
  });
});

describe("a share right after a pace that names no subject (Gansu 1998)", () => {
  it("is the share alone, no share of the pace: 年均增长速度保持在20%以上，到2002年，占工业总产值的比重提高到30%以上", () => {
    const x = fixture(["全市生产总值增长8%。"], [
      "今后五年，要把放手发展非公有制经济作为振兴经济的一项战略任务，年均增长速度保持在20%以上，到2024年，占工业总产值的比重提高到30%以上，占消费品零售总额的比重提高到60%以上，使之成为吸纳就业的重要渠道。",
    ]);
    expect(x.figures.filter((f) => f.unit === "%" && f.value !== 8).map((f) => [written(x, f), f.label_zh])).toEqual([
      ["20%", "年均增长速度"],
      ["30%", "占工业总产值的比重"],
      ["60%", "占消费品零售总额的比重"],
    ]);
  });
});

describe("two measures of the same thing, the second bounded (Gannan 2014: 新建牲畜暖棚2671座近30万平方米)", () => {
  it("labels both with the thing built, no bound word left on the label", () => {
    const x = fixture(["地区生产总值增长12%。高原特色生态畜牧业发展态势良好，新建牲畜暖棚2671座近30万平方米，组建扩建一批牦牛藏羊选育核心群。"], ["地区生产总值增长11.5%。"]);
    expect(one(x, "", "2671座")).toMatchObject({ label_zh: "新建牲畜暖棚", qualifier: null });
    expect(one(x, "", "30万平方米")).toMatchObject({ label_zh: "新建牲畜暖棚", qualifier: "approx", value: 30 });
  });
});

describe("a plan of the running five years named at a sentence's head as what was carried out (Gannan 2014: “十二五”藏区经济社会发展规划执行顺利并通过中期评估)", () => {
  const report = (plan: string) =>
    extractText(
      "ceshi-2014.txt",
      [
        "2014年测试市政府工作报告",
        "2014年1月6日在测试市第一届人民代表大会第一次会议上",
        "市长 张三",
        "各位代表：",
        "一、2013年工作回顾",
        "预计实现地区生产总值111.3亿元，增长12%。",
        `抢抓政策叠加机遇，谋划了一批打基础利长远的建设发展项目。${plan}，国家继续增加对甘南的投资。规划项目开工889项，完工632项，完成投资151亿元。全州八县市城区天然气接通，敷设城区管网68公里，入户5400户。`,
        "二、2014年主要工作任务",
        "地区生产总值增长11.5%。",
      ].join("\n"),
    );
  it("names the document, not the years of the figures after it: they are the year reviewed", () => {
    const x = report("“十二五”藏区经济社会发展规划执行顺利并通过中期评估");
    for (const figure of ["889项", "151亿元", "68公里", "5400户"]) expect(one(x, "", figure)).toMatchObject({ year: 2013, period: null });
  });
  it("but not the plan as what states its aims, whose figures stay over its years", () => {
    const x = report("“十二五”经济社会发展规划目标顺利推进");
    expect(one(x, "", "68公里").period).not.toBeNull();
  });
});

describe("the years a work took, in a clause of its own in the review (Gannan 2014: 以州庆60周年为引领，历时三年，实施了…36个重大建设项目，完成投资234亿元)", () => {
  it("sets its sentence's figures over those years up to the year reviewed, not the next sentence's nor a span of months", () => {
    const x = fixture(
      [
        "地区生产总值增长12%。",
        "以州庆60周年为引领，历时三年，实施了农牧村危房改造、城镇保障性住房建设等36个重大建设项目，完成投资234亿元，极大地推动了全州各方面的工作。新建幼儿园43所。",
        "州庆前，甘肃日报社等60多家媒体历时四个月，全景式宣传报道甘南改革开放以来取得的一系列巨大成就。",
      ],
      ["地区生产总值增长11.5%。"],
    );
    for (const figure of ["36个", "234亿元"]) expect(one(x, "", figure)).toMatchObject({ kind: "result", year: 2019, period: [2017, 2019] });
    expect(one(x, "", "43所")).toMatchObject({ year: 2019, period: null });
    expect(one(x, "", "60多家")).toMatchObject({ year: 2019, period: null });
  });
});

describe("a copy that set a space after the mark before an item (Jinzhou 2014: 其中亿元以上 107个、 10亿元以上 8个)", () => {
  it("opens no label on that space", () => {
    const x = fixture(["地区生产总值增长8.8%。全年实施 1000万元以上项目 582个，其中亿元以上 107个、 10亿元以上 8个。"], ["地区生产总值增长9%。计划安排工业固定资产投资亿元以上项目 100个，其中 10亿元以上 33个。"]);
    expect(one(x, "", "8个").label_zh).toBe("10亿元以上");
    expect(one(x, "", "33个").label_zh).toBe("计划安排工业固定资产投资10亿元以上项目");
    expect(x.figures.filter((f) => f.label_zh !== f.label_zh.trim())).toEqual([]);
  });
});

describe("the last item of a list opened by 以及 after a comma (Jinzhou 2014: …中央南街立交桥东西主线，以及阜盘高速锦州段 60公里续建工程竣工通车)", () => {
  it("leaves the connector off the label", () => {
    const x = fixture(["地区生产总值增长8.8%。城市基础设施建设成果显著。广州街公铁立交桥、市府西路、中央南街立交桥东西主线，以及阜盘高速锦州段 60公里续建工程竣工通车。"], ["地区生产总值增长9%。"]);
    expect(one(x, "", "60公里").label_zh).toBe("阜盘高速锦州段");
  });
});

describe("the figures a sentence goes on to give of the place's piece of a trade zone (Nanning 2022)", () => {
  it("自贸试验区南宁片区新设立企业20649家、增长215%，实际利用外资4.47亿美元: the piece's foreign capital, not the city's", () => {
    const x = fixture([
      "实际利用外资5.78亿美元，增长31.3%。",
      "开放平台持续做实，临空经济示范区吴圩国际机场口岸获批设立进境水果指定监管场地，自贸试验区南宁片区新设立企业20649家、增长215%，实际利用外资4.47亿美元。",
    ], ["地区生产总值增长7%以上。"]);
    expect(one(x, "实际利用外资4.47亿美元", "4.47亿美元").metric).toBeNull();
    expect(one(x, "实际利用外资5.78亿美元", "5.78亿美元").metric).toBe("fdi_actual");
    // The whole place named again in the clause keeps its own figure.
    const y = fixture(["自贸试验区南宁片区新设立企业20649家，全市实际利用外资5.78亿美元。"], ["地区生产总值增长7%以上。"]);
    expect(one(y, "全市实际利用外资5.78亿美元", "5.78亿美元").metric).toBe("fdi_actual");
  });
});

describe("a share of the spending that 把 puts first with 的, then its use (Changji 2021: 把财政支出的70%以上用于保障和改善民生)", () => {
  it("is the share of the spending so used, labelled by it and its use", () => {
    const x = fixture(["地区生产总值增长5%。"], ["地区生产总值增长7%。坚持把实现好、维护好、发展好最广大人民根本利益作为出发点和落脚点，把财政支出的70%以上用于保障和改善民生。"]);
    expect(one(x, "把财政支出的70%以上用于保障和改善民生", "70%")).toMatchObject({ label_zh: "财政支出用于保障和改善民生", metric: "livelihood_spending_share", qualifier: "at_least" });
  });
});

describe("a past plan's honour told inside a look back over five years (Huainan 2018: “十二五”期间污染物总量减排、秸秆禁烧等工作受省通报表彰)", () => {
  const x = extractText(
    "ceshi-2018.txt",
    [
      "2018年测试市政府工作报告",
      "——2018年1月4日在测试市第十六届人民代表大会第一次会议上",
      "各位代表：",
      "一、过去五年工作回顾",
      "市十五届人大一次会议以来的五年，是测试发展进程中极不平凡的五年。",
      "五年来，我们狠抓生态建设、守护碧水蓝天，人居环境逐步向好。实施大气污染防治项目1782个，开展燃煤锅炉整治等十余项环保专项行动。城市污水处理率达93.1%。“十二五”期间污染物总量减排、秸秆禁烧等工作受省通报表彰。国家资源综合利用示范基地加快建设。建成4个生活垃圾处理项目，城市生活垃圾无害化处理率达100%。单位生产总值能耗年均下降3.9%。成片造林27万亩，荣获全国绿化模范城市称号。",
      "二、2018年重点工作任务",
      "地区生产总值增长7%以上。人工造林1.5万亩。",
    ].join("\n"),
  );

  it("keeps the figures after it over the five years, not the plan's", () => {
    expect(x.figures.filter((f) => f.metric === "energy_intensity_change").map((f) => [f.kind, f.year, f.period, f.value])).toEqual([["result", 2017, [2013, 2017], 3.9]]);
    expect(x.figures.filter((f) => f.metric === "afforestation_area").map((f) => [f.kind, f.year, f.period, f.value])).toEqual([
      ["result", 2017, [2013, 2017], 27],
      ["target", 2018, null, 1.5],
    ]);
    expect(one(x, "城市生活垃圾无害化处理率达100%", "100%")).toMatchObject({ year: 2017, period: null });
  });

  it("still reads a sentence that opens on the plan's term alone (“十二五”期间，…) as that term's", () => {
    const y = extractText(
      "ceshi-2018.txt",
      [
        "2018年测试市政府工作报告",
        "一、过去五年工作回顾",
        "五年来，我们狠抓生态建设。“十二五”期间，单位生产总值能耗年均下降3.9%。",
        "二、2018年重点工作任务",
        "地区生产总值增长7%以上。",
      ].join("\n"),
    );
    expect(y.figures.filter((f) => f.metric === "energy_intensity_change").map((f) => [f.year, f.period])).toEqual([[2015, [2011, 2015]]]);
  });
});

describe("a multiple of the five years before, in a review of five years (Huainan 2018: 利用外商直接投资、进出口总额分别是上个五年的1.5倍、2倍)", () => {
  it("is over the five years for every item, a year's aggregate among them", () => {
    const x = extractText(
      "ceshi-2018.txt",
      [
        "2018年测试市政府工作报告",
        "一、过去五年工作回顾",
        "五年来，我们坚持稳中求进、推动综合施策，发展基础日趋稳固。完成民间投资、工业投资2054亿元、1690亿元，分别是上个五年的4.6倍、1.9倍。利用外商直接投资、进出口总额分别是上个五年的1.5倍、2倍。",
        "二、2018年重点工作任务",
        "地区生产总值增长7%以上。",
      ].join("\n"),
    );
    expect(x.figures.filter((f) => f.unit === "倍").map((f) => [f.value, f.year, f.period])).toEqual([
      [4.6, 2017, [2013, 2017]],
      [1.9, 2017, [2013, 2017]],
      [1.5, 2017, [2013, 2017]],
      [2, 2017, [2013, 2017]],
    ]);
  });
});

describe("five years named before a sum to be spent, in the plan (Dongguan 2011: 整合完善现有政策，五年投入100亿元，深入实施科技东莞工程)", () => {
  it("spans the five years from the plan year, not the plan year alone", () => {
    const x = fixture(["地区生产总值增长8%。"], ["二、着力加强科技创新，不断提高自主发展能力", "整合完善现有政策，五年投入100亿元，深入实施科技东莞工程，提升产业竞争力和自主发展能力。"]);
    expect(one(x, "五年投入100亿元", "100亿元")).toMatchObject({ kind: "target", year: 2024, period: [2020, 2024] });
  });
});

describe("the verb 参与 closing a label (Urumqi 2025: 开展各类群众体育赛事活动1865场次、参与12.5万人次)", () => {
  it("keeps its 与: labelled 参与, not 参", () => {
    const x = fixture(["地区生产总值增长5.3%。开展各类群众体育赛事活动1865场次、参与12.5万人次，推动全民健身和全民健康深度融合。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "参与12.5万人次", "12.5万人次").label_zh).toBe("参与");
  });
});

describe("与会, attending the meeting, opening a label (Guangzhou 2018: 与会企业388家)", () => {
  it("keeps its 与: labelled 与会企业, not 会企业", () => {
    const x = fixture(["地区生产总值增长7%。组织13场全球路演活动，与会企业388家，中外嘉宾1100多人，论坛规模超过历届。"], ["地区生产总值增长7.5%左右。"]);
    expect(one(x, "与会企业388家", "388家").label_zh).toBe("与会企业");
  });
});

describe("a second item of a list of amounts added that opens on a verb of works renewed (Chuzhou 2025: 新增保障性租赁住房1.2万套、改造老旧小区67个)", () => {
  it("keeps the second item's verb, no 新增 of the first put before it", () => {
    const x = fixture(["城市更新稳步推进。建成示范区项目12个，新增保障性租赁住房1.2万套、改造老旧小区67个。"], ["地区生产总值增长6%以上。"]);
    expect(one(x, "", "67个").label_zh).toBe("改造老旧小区");
    expect(one(x, "", "67个").metric).toBe("old_housing_renovation_count");
    expect(one(x, "", "1.2万套").label_zh).toBe("新增保障性租赁住房");
  });
  it("so does 更新改造 (Suqian 2019: 新增生态林9.8万亩、更新改造杨树25.36万亩)", () => {
    const x = fixture(["地区生产总值增长6.5%。"], ["地区生产总值增长6.5%以上。抓好生态修复提升。加快百万亩生态林建设，新增生态林9.8万亩、更新改造杨树25.36万亩。"]);
    expect(one(x, "", "25.36万亩").label_zh).toBe("更新改造杨树");
    expect(one(x, "", "9.8万亩").label_zh).toBe("新增生态林");
  });
});

describe("a zone's figures in brackets after the clause that names it (Nanchang 2006)", () => {
  it("南昌高新区实现“三个200亿”（…工业总产值205亿元，增长35%…） gives the zone's output, none of the city's", () => {
    const x = fixture([
      "南昌高新区实现“三个200亿”（技工贸总收入230亿元，增长31%;工业总产值205亿元，增长35%;销售收入200亿元，增长32%），南昌经开区列中西部地区同类开发区第3位。",
      "全市工业总产值增长20%（其中轻工业增长15%）。",
    ], ["地区生产总值增长8%。"]);
    expect(writtenMetrics(x, "工业总产值")).toEqual([
      ["230亿元", null],
      ["31%", null],
      ["205亿元", null],
      ["35%", null],
      ["20%", "industry_output_growth"],
      ["15%", null],
    ]);
  });
});

describe("a part of the city's figures in brackets after the city's own (Zhaotong 2023)", () => {
  it("新增学位2万个以上（中心城区11所、新增学位0.36万个） gives the city's school places, the central district's none of them", () => {
    const x = fixture(["地区生产总值增长3.7%。"], [
      "地区生产总值增长7%左右。新建改扩建幼儿园80所、新增学位2万个以上（中心城区11所、新增学位0.36万个），新建改扩建中小学73所、新增学位3.3万个（昭阳区新中心城区新建7所，新增学位1.18万个）。",
    ]);
    expect(writtenMetrics(x, "新增学位").filter(([w]) => /万个/.test(w))).toEqual([
      ["2万个", "school_places_new"],
      ["0.36万个", null],
      ["3.3万个", "school_places_new"],
      ["1.18万个", null],
    ]);
  });

  it("but a bracket that opens on the whole place, or on all its districts, is no part's", () => {
    const x = fixture(["地区生产总值增长3.7%。"], ["地区生产总值增长7%左右。全年新建改扩建幼儿园80所（全市新增学位2万个）。"]);
    expect(writtenMetrics(x, "2万个").filter(([w]) => /万个/.test(w))).toEqual([["2万个", "school_places_new"]]);
  });
});

describe("the year just reviewed told after the term's sections, in a part heading naming the five years first (Jiangmen 2022: 过去五年和2021年工作回顾)", () => {
  const x = extractText("ceshi-2020.md", [
    "# 2020年测试市政府工作报告",
    "2020年1月6日在测试市第一届人民代表大会第一次会议上",
    "市长 张三",
    "各位代表：",
    "## 过去五年和2019年工作回顾",
    "过去五年，面对复杂多变的国内外形势，顺利完成各项目标任务。预计地区生产总值突破3500亿元，年均增长6.1%。",
    "（一）推动工业立市制造强市，现代产业体系加快构建。城镇新增就业累计超23万人。",
    "（二）持续提升民生保障水平，全面小康圆满收官。新建义务教育学校29所。",
    "2019年是党和国家历史上具有里程碑意义的一年。预计地区生产总值增长8%以上，规模以上工业增加值增长14%。主要抓了以下工作：",
    "这一年，我们推行“链长制”，加快打造战略性产业集群。高技术制造业和先进制造业增加值分别增长35%、18%，新增高新技术企业305家。",
    "## 2020年工作安排",
    "地区生产总值增长8%左右。",
  ].join("\n"));

  it("gives the figures of the paragraphs after 2019年是…的一年 to that year, no span over the term", () => {
    expect(one(x, "高技术制造业和先进制造业增加值分别增长35%、18%", "35%")).toMatchObject({ kind: "result", year: 2019, period: null });
    expect(one(x, "新增高新技术企业305家", "305家")).toMatchObject({ year: 2019, period: null });
    // The term's own figures, in its sections, stay over its years.
    expect(one(x, "城镇新增就业累计超23万人", "23万人").period).toEqual([2015, 2019]);
  });
});

describe("a part heading naming the government's term after it, then the year (Zunyi 2022: 一、市人民政府本届任期和2021年工作回顾)", () => {
  const x = extractText("ceshi-2020.md", [
    "# 2020年测试市政府工作报告",
    "2020年1月6日在测试市第一届人民代表大会第一次会议上",
    "市长 张三",
    "各位代表：",
    "## 一、市人民政府本届任期和2019年工作回顾",
    "本届市人民政府任期的五年，是遵义发展极为不易、极不平凡、极其关键的五年。我们较好完成了本届政府各项目标任务。",
    "五年感恩奋进，脱贫攻坚全面胜利，全面小康同步建成。我们坚持把脱贫攻坚作为头等大事和第一民生工程，易地扶贫搬迁19.8万人，8个贫困县全部摘帽。",
    "五年感恩奋进，社会事业蓬勃发展，民生福祉持续改善。实施教育均衡发展项目3500余个，新增学位13.5万个，在全省率先实现基本普及十五年教育。",
    "各位代表！刚刚过去的2019年，是“十三五”规划的关键之年。",
    "（一）我们坚持以高质量发展统揽全局，推动经济社会发展量质齐升。全年完成地区生产总值4169.9亿元、增长10.3%，新增学位2万个。",
    "## 二、奋力做好2020年工作",
    "主要预期目标是：地区生产总值增长9%以上。",
  ].join("\n"));

  it("sets the term's figures over its five years, the year's own after 刚刚过去的2019年 in that year", () => {
    expect(one(x, "易地扶贫搬迁19.8万人", "19.8万人")).toMatchObject({ kind: "result", year: 2019, period: [2015, 2019] });
    expect(one(x, "新增学位13.5万个", "13.5万个")).toMatchObject({ metric: "school_places_new", period: [2015, 2019] });
    expect(one(x, "新增学位2万个", "2万个")).toMatchObject({ metric: "school_places_new", year: 2019, period: null });
    expect(one(x, "增长10.3%", "10.3%")).toMatchObject({ metric: "gdp_growth", year: 2019, period: null });
  });
});

describe("a level the plan expects, right after the change of the same indicator (Putian 2014: 全市生产总值增长12.5%，预期1550亿元)", () => {
  const x = fixture(["全市生产总值1342.86亿元，增长12.5%。"], [
    "经济社会发展的主要预期目标是：全市生产总值增长12.5%，预期1550亿元，其中，第一、二、三产业增加值分别增长3.5%、13.5%、13%；社会消费品零售总额增长14%，预期488亿元；居民消费价格指数上涨3%左右。",
  ]);

  it("names the level by the indicator before it, a target of the plan year, the growth target kept", () => {
    expect(one(x, "预期1550亿元", "1550亿元")).toMatchObject({ kind: "target", year: 2020, metric: "gdp", label_zh: "生产总值" });
    expect(one(x, "预期488亿元", "488亿元")).toMatchObject({ kind: "target", metric: "retail_sales", label_zh: "社会消费品零售总额" });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => f.value)).toEqual([12.5]);
  });
});

describe("matters settled on the spot (Putian 2014: 市级审批事项减少115项，即办事项比率提高121.3%)", () => {
  it("keeps 即办 in the label, no 即 of namely taken off", () => {
    const x = fixture(["开展行政审批 “四减五增”活动，市级审批事项减少115项，即办事项比率提高121.3%。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "即办事项比率提高121.3%", "121.3%").label_zh).toBe("即办事项比率提高");
  });
});

describe("milestones passed in a row, the unit said once after the last (Tibet 2013: 地区生产总值连续突破400、500、600、700亿元，年均增长12%)", () => {
  it("are one record at least the last, not levels of the GDP each", () => {
    const x = extractText(
      "xizang-2013.txt",
      [
        "西藏自治区政府工作报告 （2013年1月24日 白玛赤林）",
        "各位代表：",
        "过去五年工作回顾",
        "——经济增长速度和质量效益同步提升。地区生产总值连续突破400、500、600、700亿元，年均增长12%；人均GDP突破2万元；公共财政预算收入连续突破30、50、80亿元，税收达到153.56亿元。",
        "2013年工作重点",
        "今年全区经济社会发展主要预期目标是：全区生产总值增长12%以上。",
      ].join("\n"),
    );
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => [written(x, f), f.year, f.qualifier])).toEqual([["700亿元", 2012, "at_least"]]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue").map((f) => [written(x, f), f.qualifier])).toEqual([["80亿元", "at_least"]]);
    expect(x.figures.filter((f) => [400, 500, 600, 30, 50].includes(f.value as number))).toEqual([]);
  });
});

describe("a bare total after the things the clause before newly set up (Tianshui 2014: 新成立融资担保机构2家，总数达19家)", () => {
  it("is the total of those things, no more of them set up", () => {
    const x = fixture(["地区生产总值增长8%。新成立融资担保机构2家，总数达19家。"], ["地区生产总值增长7%。"]);
    expect(one(x, "总数达19家", "19家")).toMatchObject({ label_zh: "融资担保机构", kind: "result" });
    expect(one(x, "新成立融资担保机构2家", "2家")).toMatchObject({ label_zh: "新成立融资担保机构" });
  });

  it("and so is a running total after the things newly grown (Longyan 2014: 新发展农民专业合作社368家、累计1853家)", () => {
    const x = fixture(["地区生产总值增长8%。新发展农民专业合作社368家、累计1853家，发展家庭农场1084个。"], ["地区生产总值增长7%。"]);
    expect(one(x, "累计1853家", "1853家")).toMatchObject({ label_zh: "农民专业合作社", kind: "result" });
    expect(one(x, "新发展农民专业合作社368家", "368家")).toMatchObject({ label_zh: "新发展农民专业合作社" });
  });
});

describe("a total after an amount added said in words (Yuncheng 2021: 4A级景区新增两家、总数达13家)", () => {
  it("is the total of the thing added, no words of the addition on its label", () => {
    const x = fixture(["地区生产总值增长5%。4A级景区新增两家、总数达13家，全部完成智慧化标准化建设。"], ["地区生产总值增长7%。"]);
    expect(one(x, "总数达13家", "13家")).toMatchObject({ label_zh: "4A级景区总数", kind: "result" });
  });
});

describe("an adverb of the change's pace after the subject (Chongqing 2016: 森林覆盖率稳步提高到46%)", () => {
  it("is no word of the label, as 持续 is not", () => {
    const x = fixture([], ["森林覆盖率稳步提高到46%。建成区绿化覆盖率逐步提高到40%，城镇化率进一步提高到60%。城乡居民收入稳步增长8%。"]);
    expect(one(x, "森林覆盖率", "46%")).toMatchObject({ label_zh: "森林覆盖率", metric: "forest_coverage" });
    expect(one(x, "建成区绿化覆盖率", "40%").label_zh).toBe("建成区绿化覆盖率");
    expect(one(x, "城镇化率", "60%").label_zh).toBe("城镇化率");
    expect(one(x, "城乡居民收入", "8%").label_zh).toBe("城乡居民收入增长");
  });
});

describe("an adverb of the change's extent after the subject (Weifang 2021: 工程建设项目全流程审批时间大幅压缩至80个工作日内)", () => {
  it("is no word of the label, as 稳步 is not", () => {
    const x = fixture(["工程建设项目全流程审批时间大幅压缩至80个工作日内。森林覆盖率大幅度提高到46%。"], ["地区生产总值增长7%。"]);
    expect(one(x, "审批时间", "80个工作日").label_zh).toBe("工程建设项目全流程审批时间");
    expect(one(x, "森林覆盖率", "46%")).toMatchObject({ label_zh: "森林覆盖率", metric: "forest_coverage" });
  });
});

describe("a multiple of an earlier year's level right after a five-year average (Anshun 2016: …增加到2015年的620.36亿元，年均增长14.9%，是2010年的2.67倍)", () => {
  it("is the level's multiple in the last year, against that year: no average on its label, no span", () => {
    const x = extractText(
      "ceshi-2016.txt",
      [
        "2016年测试市政府工作报告",
        "——2016年1月19日在测试市三届人大七次会议上",
        "市长 张三",
        "各位代表：",
        "一、“十二五”时期工作回顾",
        "预计，地区生产总值由2010年的232.92亿元增加到2015年的620.36亿元，年均增长14.9%，是2010年的2.67倍。固定资产投资由111.34亿元增加到1300亿元，年均增长63.5%，是2010年的11.68倍。",
        "二、2016年重点任务",
        "2016年全市经济社会发展的主要目标是：地区生产总值增长14%左右。",
      ].join("\n"),
    );
    expect(typed(one(x, "是2010年的2.67倍", "2.67倍"))).toMatchObject({ label_zh: "地区生产总值是2010年", year: 2015, period: null, base_year: 2010 });
    expect(typed(one(x, "是2010年的11.68倍", "11.68倍"))).toMatchObject({ label_zh: "固定资产投资是2010年", year: 2015, period: null, base_year: 2010 });
    expect(one(x, "年均增长14.9%", "14.9%")).toMatchObject({ metric: "gdp_growth", period: [2011, 2015] });
  });
});

describe("the insured named by who they are before the insurance they share (Anshun 2016: 城镇职工、城乡居民基本养老保险参保率分别达到87%和80%)", () => {
  it("gives each group the whole insurance, no bare 城镇职工保险参保率; kinds of insurance still share only 保险参保率", () => {
    expect(listItems("城镇职工、城乡居民基本养老保险参保率", 2)).toEqual(["城镇职工基本养老保险参保率", "城乡居民基本养老保险参保率"]);
    expect(listItems("基本养老、医疗保险参保率", 2)).toEqual(["基本养老保险参保率", "医疗保险参保率"]);
    const x = fixture(["全市生产总值增长9%。城镇职工、城乡居民基本养老保险参保率分别达到87%和80%，城乡三项基本医疗保险参保率达到95.5%。"], ["全市生产总值增长10%。"]);
    expect(one(x, "分别达到87%和80%", "87%").label_zh).toBe("城镇职工基本养老保险参保率");
    expect(one(x, "分别达到87%和80%", "80%").label_zh).toBe("城乡居民基本养老保险参保率");
  });
});

describe("a bare revenue or sales after a clause of no figure that opens on an industry (Zhenjiang 2014: 提升发展旅游业，实现综合收入600亿元)", () => {
  it("is that industry's revenue, tourism's the tourism revenue target", () => {
    const x = fixture(
      ["编制航空航天产业等发展规划，新兴产业呈现集聚发展态势，实现销售3002亿元，增长33.2%。"],
      ["加快发展物流业，实现营业收入625亿元。提升发展旅游业，实现综合收入600亿元。加速发展文化产业，实现营业收入520亿元。"],
    );
    expect(one(x, "", "625亿元")).toMatchObject({ kind: "target", label_zh: "物流业营业收入" });
    expect(one(x, "", "600亿元")).toMatchObject({ metric: "tourism_revenue", kind: "target", label_zh: "旅游业综合收入" });
    expect(one(x, "", "520亿元")).toMatchObject({ kind: "target", label_zh: "文化产业营业收入" });
    expect(one(x, "", "3002亿元")).toMatchObject({ kind: "result", label_zh: "新兴产业销售" });
    // Xinxiang 2023: the verbs of developing it, however many, are no words of the industry.
    const y = fixture([], ["做优拉长轻纺产业，实现营业收入460亿元以上。提质发展装备制造产业，实现营业收入860亿元以上。"]);
    expect(one(y, "", "460亿元").label_zh).toBe("轻纺产业营业收入");
    expect(one(y, "", "860亿元").label_zh).toBe("装备制造产业营业收入");
  });

  it("and so is a bare value added after a clause that says the industry grew fast (Hunan 2005: 高新技术产业发展强劲，实现增加值增长27.9％)", () => {
    const x = fixture(["高新技术产业发展强劲，实现增加值增长27.9％。装备制造业发展迅速，实现增加值120亿元。"], ["地区生产总值增长10％。"]);
    expect(one(x, "", "27.9％")).toMatchObject({ label_zh: "高新技术产业增加值增长", metric: "high_tech_value_added_growth" });
    expect(one(x, "", "120亿元").label_zh).toBe("装备制造业增加值");
  });

  it("and so is a bare output (大力发展新能源产业，产值达240亿元)", () => {
    const x = fixture(["大力发展新能源产业，产值达240亿元。加快发展现代农业，总产值突破100亿元。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "240亿元").label_zh).toBe("新能源产业产值");
    expect(one(x, "", "100亿元").label_zh).toBe("现代农业总产值");
  });

  it("but not a firm's, a job's or a cause's, nor a clause that names no industry first", () => {
    const x = fixture([], ["帮助企业渡过难关，实现营业收入100亿元。深化改革，实现营业收入200亿元。"]);
    expect(one(x, "", "100亿元").label_zh).toBe("营业收入");
    expect(one(x, "", "200亿元").label_zh).toBe("营业收入");
  });
});

describe("the tourists' spending named as a total (Linyi 2018: 全年共接待游客6800万人次，旅游消费总额达到710亿元，分别增长10%和12%)", () => {
  it("is the tourism revenue and its growth", () => {
    const x = fixture(["全域旅游扎实推进，全年共接待游客6800万人次，旅游消费总额达到710亿元，分别增长10%和12%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "710亿元")).toMatchObject({ metric: "tourism_revenue", kind: "result" });
    expect(one(x, "", "12%")).toMatchObject({ metric: "tourism_revenue_growth" });
    expect(one(x, "", "6800万人次")).toMatchObject({ metric: "tourist_arrivals" });
  });
});

describe("overcapacity cut and works built or renewed, listed after the verb (Henan 2019)", () => {
  it("give the verb to every noun of the list, after 又 or not", () => {
    const x = fixture(["又化解煤炭产能825万吨、钢铁产能157万吨。新建改造城市道路1352公里、燃气管网5800公里、热力管网397公里。"], ["地区生产总值增长7%。"]);
    expect(one(x, "钢铁产能157万吨", "157万吨").label_zh).toBe("化解钢铁产能");
    expect(one(x, "燃气管网5800公里", "5800公里").label_zh).toBe("新建改造燃气管网");
    expect(one(x, "热力管网397公里", "397公里").label_zh).toBe("新建改造热力管网");
  });
});

describe("milestones passed in a row counted by 道 (Yangquan 2023: 一般公共预算收入完成81.97亿元，增长45.9%，连续跨越60、70、80亿元三道大关)", () => {
  it("are milestones, no level of the revenue: the level is the one stated before them", () => {
    const x = fixture(["一般公共预算收入完成81.97亿元，增长45.9%，连续跨越60、70、80亿元三道大关。"], ["地区生产总值增长6%左右。"]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue").map((f) => [written(x, f), f.qualifier])).toEqual([["81.97亿元", null]]);
    expect(x.figures.filter((f) => [60, 70].includes(f.value as number) || f.min === 70)).toEqual([]);
  });
});

describe("a share of each year's spending that goes to a use, 坚持 and the time before it (Wuzhong 2022: 坚持每年80%以上财政支出用于保障改善民生)", () => {
  it("is the share of the spending so used, labelled by it and its use", () => {
    const x = fixture(["地区生产总值增长5%。坚持每年80%以上财政支出用于保障改善民生，城乡居民人均可支配收入年均增长7.5%。"], ["地区生产总值增长7%。"]);
    expect(one(x, "坚持每年80%以上财政支出用于保障改善民生", "80%")).toMatchObject({ label_zh: "财政支出用于保障改善民生", metric: "livelihood_spending_share", qualifier: "at_least" });
  });
});

describe("GDP named alone, its change turned from a fall to a rise, then its growth (Jinzhong 2021: GDP由负转正，增长1.5%)", () => {
  it("is the year's GDP growth, labelled by GDP", () => {
    const x = fixture(["在严峻考验中取得比预期更好的成绩。GDP由负转正，增长1.5%；规模以上工业增加值、固定资产投资等6项主要经济指标实现省委提出的目标。"], ["地区生产总值增长9%。"]);
    expect(one(x, "", "1.5%")).toMatchObject({ metric: "gdp_growth", kind: "result", year: 2019, label_zh: "GDP增长" });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => f.value)).toEqual([9]);
  });
});

describe("an amount a mu of land, a development zone's intensity (Shuozhou 2020: 全市开发区投资强度340.3万元/亩; Jinzhong 2021: 产出强度达到200万元/亩以上)", () => {
  it("keeps the mu in the unit and reads the bound after it", () => {
    const x = fixture(["全市开发区投资强度340.3万元/亩，产出强度97.7万元/亩，税收强度8.2万元/亩。"], ["地区生产总值增长9%。9个工业类开发区工业投资增长20%以上，产出强度达到200万元/亩以上。"]);
    expect(one(x, "", "340.3万元/亩")).toMatchObject({ label_zh: "开发区投资强度", value: 340.3, unit: "万元/亩", qualifier: null });
    expect(one(x, "", "8.2万元/亩")).toMatchObject({ label_zh: "税收强度", unit: "万元/亩" });
    expect(one(x, "", "200万元/亩")).toMatchObject({ label_zh: "产出强度", value: 200, unit: "万元/亩", qualifier: "at_least", kind: "target" });
    expect(withUnitEn(340.3, "万元/亩")).toBe("3.403 million yuan per mu");
  });
});

describe("a floor before 再 and the verb of a further rise (Jinzhong 2021: 城乡居民最低生活保障标准每人每月至少再提高20元)", () => {
  it("is the rise's floor, no 至少 in the label", () => {
    const x = fixture(["地区生产总值增长5%。"], ["地区生产总值增长9%。城乡居民最低生活保障标准每人每月至少再提高20元。"]);
    expect(one(x, "", "20元")).toMatchObject({ qualifier: "at_least", value: 20, label_zh: "城乡居民最低生活保障标准每人每月再提高" });
  });
});

describe("the people of the place as one, or their gifts praised (Jinzhong 2021: 339万晋中人民守望相助、握指成拳; Shuozhou 2020: 180万朔州人民拥有无穷的创新智慧)", () => {
  it("are no figures of a year", () => {
    const x = fixture(["339万晋中人民守望相助、握指成拳，31天基本消除新发病例。"], ["地区生产总值增长9%。180万朔州人民拥有无穷的创新智慧、创新潜力，只要我们育好环境、搭好平台、用好人才，必将“近者悦、远者来”。"]);
    expect(x.figures.filter((f) => f.value === 339 || f.value === 180)).toEqual([]);
    expect(one(x, "", "31天").value).toBe(31);
  });
});

describe("a plan's task done, named at a sentence's head in the review (Dingxi 2020: “十三五”易地扶贫搬迁安置任务全面完成，搬迁群众9.23万人。实施…工程27个)", () => {
  it("spans its own sentence's figures over the plan's years gone by, not the next sentences'", () => {
    const x = fixture([
      "完成农村危房改造1.3万户。“十三五”易地扶贫搬迁安置任务全面完成，搬迁群众9.23万人。实施农村安全饮水巩固提升工程27个，有效解决了供水不稳定和冬季冻管问题。建设农村公路和自然村通硬化路1400公里。",
    ], ["地区生产总值增长6%以上。"]);
    expect(typed(one(x, "", "9.23万人"))).toMatchObject({ kind: "result", year: 2019, period: [2016, 2019] });
    for (const figure of ["1.3万户", "27个", "1400公里"]) {
      expect(typed(one(x, "", figure)), figure).toMatchObject({ kind: "result", year: 2019, period: null });
    }
  });
});

describe("a field's aim of a plan met, named at a sentence's head in the review (Huaibei 2022: “十三五”能耗“双控”目标全面完成。…PM2.5平均浓度下降35.8%)", () => {
  it("frames not the sentences after it over the plan's years", () => {
    const x = fixture([
      "坚决打好污染防治攻坚战，以强有力的制度约束和创新举措推动生态文明建设。“十三五”能耗“双控”目标全面完成。蓝天碧水净土保卫战有力推进，PM2.5平均浓度下降35.8%，优良天数比例提高25.8个百分点。全面实施城区雨污分流工程，改造污水管网38.5公里。",
    ], ["地区生产总值增长8%以上。"]);
    for (const figure of ["35.8%", "25.8个百分点", "38.5公里"]) {
      expect(typed(one(x, "", figure)), figure).toMatchObject({ kind: "result", year: 2019, period: null });
    }
  });
  it("still frames what follows the plan's aims as a whole", () => {
    const x = fixture(["“十三五”规划主要目标全面完成。地区生产总值年均增长7.5%。"], ["地区生产总值增长8%以上。"]);
    expect(typed(one(x, "", "7.5%")).period).not.toBeNull();
  });
});

describe("a deadline whose clause ends on the aims to meet by it (Wuwei 2023: 用三年时间，…，到2025年实现“12345”目标。“1”即…)", () => {
  it("spans the aims the sentences after it spell out up to the deadline", () => {
    const x = fixture(["地区生产总值增长5%。"], [
      "实施绿色工业突破行动，用三年时间，加快推进工业经济扩量提质、转型升级、绿色低碳发展，到2025年实现“12345”目标。“1”即实现一个翻番，绿色工业总产值在2019年290亿元的基础上达到600亿元以上；“2”即推动两个下降，单位工业能耗和碳排放两个约束性指标比“十三五”末分别下降13.5%、18%。",
    ]);
    expect(typed(one(x, "", "600亿元"))).toMatchObject({ kind: "target", period: [2020, 2025] });
    expect(typed(one(x, "", "13.5%"))).toMatchObject({ kind: "target", period: [2020, 2025] });
  });
});

describe("the years the things a clause counts were signed in (Kaifeng 2016: 2014年和2015年签约的318个项目开工率达到50%以上)", () => {
  it("qualify those things, no time of the figure: the rate stays the plan year's target", () => {
    const x = fixture(["地区生产总值增长8%左右。"], [
      "地区生产总值增长7%以上。强化跟踪服务，提高招商实效，2014年和2015年签约的318个项目开工率达到50%以上。",
    ]);
    expect(one(x, "开工率达到50%以上", "50%")).toMatchObject({ kind: "target", year: 2020 });
  });
  it("so does a span of years the things were approved in (Jiangmen 2018: 确保2013—2017年间批准的建设用地供地率达到60%以上)", () => {
    const x = fixture(["地区生产总值增长8%左右。"], [
      "地区生产总值增长7%以上。鼓励各区加强对存量土地的盘活利用，确保2015—2019年间批准的建设用地供地率达到60%以上。",
    ]);
    expect(one(x, "供地率达到60%以上", "60%")).toMatchObject({ kind: "target", year: 2020, period: null });
  });
  it("so does last year before its signed projects, with no 的 (Ningde 2014: 上年签约项目开工率80%以上)", () => {
    const x = fixture(["地区生产总值增长8%左右。"], [
      "地区生产总值增长7%以上。力争全年签约项目总投资1200亿元，上年签约项目开工率80%以上，当年签约项目开工率50%以上。",
    ]);
    expect(one(x, "上年签约项目开工率80%以上", "80%")).toMatchObject({ kind: "target", year: 2020 });
    expect(one(x, "当年签约项目开工率50%以上", "50%")).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("a milestone of the plan's end, then the next of a later year (Puyang 2023: 力争生产总值“十四五”末迈上３０００亿元台阶、２０２７年突破３５００亿元)", () => {
  const x = fixture(["地区生产总值增长4%。"], [
    "生产总值增长７％以上。力争生产总值“十四五”末迈上３０００亿元台阶、２０２７年突破３５００亿元。",
    "地区生产总值是“十一五”末的1.84倍，年均增长10.7%。",
  ]);

  it("gives each milestone its own year, both the indicator's, the plan's end no word of the label", () => {
    const gdp = x.figures.filter((f) => f.quote.includes("台阶")).map((f) => [f.year, f.value, f.metric, f.label_zh]);
    expect(gdp).toEqual([
      [2025, 3000, "gdp", "生产总值"],
      [2027, 3500, "gdp", "生产总值"],
    ]);
  });

  it("keeps the plan's end that a multiple is of", () => {
    expect(one(x, "", "1.84倍")).toMatchObject({ label_zh: "地区生产总值是“十一五”末", base_year: 2010 });
  });
});

describe("zones counted as the subject of the clause before a bare industry figure (Nanning 2025: 三大国家级开发区实现“瘦身健体”、发展势头良好，规上工业增加值增长26.9%)", () => {
  it("gives the zones' industry no indicator of the city, the city's own keeping its", () => {
    const x = fixture(
      [
        "规模以上工业增加值增长7.9%。南宁经开区、广西—东盟经开区社会事务管理职能整体剥离，南宁高新区全面接管东部新城开发建设，社会事务管理职能有序移交属地城区，三大国家级开发区实现“瘦身健体”、发展势头良好，规上工业增加值增长26.9%。",
      ],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "规上工业增加值增长26.9%", "26.9%").metric).toBeNull();
    expect(one(x, "规模以上工业增加值增长7.9%", "7.9%").metric).toBe("industrial_value_added_growth");
  });

  it("so does one zone named with a dash, told at work (Nanning 2025: 广西—东盟经开区持续做大…，力争规上工业产值增速10%以上)", () => {
    const x = fixture(["地区生产总值增长3%。"], [
      "地区生产总值增长5%左右。全市产业园区规上工业总产值增长12%以上。广西—东盟经开区持续做大食品加工、新能源等重点产业，力争规上工业产值增速10%以上。",
    ]);
    expect(one(x, "力争规上工业产值增速10%以上", "10%").metric).toBeNull();
  });
});

describe("a look back over the term after the sections of the year, in a part reviewing both (Fuzhou 2011: 一、2010年暨“十一五”发展回顾)", () => {
  const x = extractText("ceshi-2011.txt", [
    "2011年测试市政府工作报告",
    "2011年1月6日在测试市第一届人民代表大会第一次会议上",
    "市长 张三",
    "各位代表：",
    "一、2010年暨“十一五”发展回顾",
    "过去的一年，我们圆满完成了市人大会议确定的任务。预计全市生产总值3065亿元，比增14%。",
    "（一）加快产业升级，三次产业发展取得新突破。全市农林牧渔业总产值475亿元，比增4.5%。",
    "（二）办好惠民实事，人民生活水平取得新提高。城镇新增就业15.3万人。",
    "2010年工作任务的圆满完成，标志着“十一五”规划的胜利实现。过去的五年，是践行科学发展、转变发展方式的五年。五年来，福州经济社会发展迈上了一个新台阶。",
    "一是综合实力显著增强。全市生产总值突破3000亿元，翻一番，年均增长13.8%。",
    "二是人民生活切实改善。城镇登记失业率控制在3.4%以内，累计实现城镇新增就业74.55万人次、转移农业富余劳动力47万人。",
    "二、“十二五”发展暨2011年工作安排",
    "各位代表，2011年是“十二五”发展的开局之年。确定我市今年的发展目标是：地区生产总值增长13%；城镇新增就业14.5万人。",
  ].join("\n"));

  it("gives the sums after 过去的五年…。五年来，… to the term's years", () => {
    expect(one(x, "累计实现城镇新增就业74.55万人次", "74.55万人次")).toMatchObject({ kind: "result", year: 2010, period: [2006, 2010] });
    expect(one(x, "年均增长13.8%", "13.8%")).toMatchObject({ period: [2006, 2010], metric: "gdp_growth" });
  });

  it("leaves the year's own figures, before it and in its sections, to the year", () => {
    expect(one(x, "比增14%", "14%")).toMatchObject({ year: 2010, period: null, metric: "gdp_growth" });
    expect(one(x, "城镇新增就业15.3万人", "15.3万人")).toMatchObject({ year: 2010, period: null, metric: "urban_jobs_new" });
    expect(one(x, "地区生产总值增长13%", "13%")).toMatchObject({ kind: "target", year: 2011, period: null, metric: "gdp_growth" });
  });
});

describe("a doubling said to be near (Fuzhou 2011: 全市生产总值突破3000亿元，接近翻一番，年均增长13.8%)", () => {
  const x = fixture([
    "五年来，全市生产总值突破3000亿元，接近翻一番，年均增长13.8%。地方财政收入接近翻两番，年均增长30.8%。",
  ], ["地区生产总值增长13%。"]);

  it("gives the average to the indicator before it, or to the one it names, no 接近 in the label", () => {
    expect(one(x, "接近翻一番，年均增长13.8%", "13.8%")).toMatchObject({ metric: "gdp_growth", label_zh: "生产总值年均增长" });
    expect(one(x, "地方财政收入接近翻两番，年均增长30.8%", "30.8%")).toMatchObject({ metric: "budget_revenue_growth", label_zh: "地方财政收入年均增长" });
  });
});

describe("firms counted by a threshold of their trade (Yongzhou 2014: 进出口总额过1000万美元的企业达到10家)", () => {
  it("gives the count of those firms, the threshold no trade of the place's", () => {
    const x = fixture(["进出口总额过1000万美元的企业达到10家。全市进出口总额12.5亿美元。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "过1000万美元").map((f) => [f.label_zh, f.value, f.unit])).toEqual([["进出口总额过1000万美元的企业", 10, "家"]]);
    expect(one(x, "", "12.5亿美元").metric).toBe("foreign_trade_usd");
  });
});

describe("figures of other places the place helped (Guiyang 2018: 带动省内其他市（州）13万贫困人口脱贫)", () => {
  it("are no indicator of the place's own, while its own are", () => {
    const x = fixture(["带动省内其他市（州）13万贫困人口脱贫。全市减少农村贫困人口2.1万人，3.2万贫困人口脱贫。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "13万").metric).toBeNull();
    expect(one(x, "", "3.2万").metric).toBe("poverty_exits_people");
  });
});

describe("a bare share after a clause of no figure that opens on an industry (Liaoning 2008: 服务业快速发展，占全省经济的比重达到40%以上)", () => {
  it("is that industry's share, the services share of the economy", () => {
    const x = fixture([], ["高新技术产业增加值占生产总值的比重达到20%。服务业快速发展，占全省经济的比重达到40%以上。"]);
    expect(one(x, "", "40%")).toMatchObject({ metric: "services_share", kind: "target", label_zh: "服务业占全省经济的比重", qualifier: "at_least" });
    expect(one(x, "", "20%").label_zh).toBe("高新技术产业增加值占生产总值的比重");
  });

  it("but not after a clause that names no industry first", () => {
    const x = fixture([], ["深化改革，占全省经济的比重达到40%以上。"]);
    expect(one(x, "", "40%").label_zh).toBe("占全省经济的比重");
  });
});

describe("a bare share after a clause of no figure that opens on a sector (Shandong 2008: 非公有制经济加快发展，占生产总值比重由2002年的36.5%提高到54%)", () => {
  it("is that sector's share, also with the whole put first (Zhejiang 2003: 第三产业进入快速发展阶段，在国内生产总值中占的比重由32.2%提高到40%)", () => {
    const x = fixture(["非公有制经济加快发展，占生产总值比重由2002年的36.5%提高到54%。规模以上工业企业实现利润增幅连续四年超过20%；第三产业进入快速发展阶段，在国内生产总值中占的比重由32.2%提高到40%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "54%").label_zh).toBe("非公有制经济占生产总值比重");
    expect(one(x, "", "40%")).toMatchObject({ label_zh: "第三产业在国内生产总值中占的比重", metric: "services_share" });
  });

  it("but not the whole place's economy's", () => {
    const x = fixture(["全省经济加快发展，占全国比重达到10%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "10%").label_zh).toBe("占全国比重");
  });
});

describe("a revenue's gain in money after its level (Heilongjiang 2014: 基本养老保险费收入实现465亿元，增收83.3亿元，增长21.8%)", () => {
  it("is that revenue's change, and the growth after it that revenue's growth, no growth of the gain", () => {
    const x = fixture(["基本养老保险费收入实现465亿元，增收83.3亿元，增长21.8%。扶贫开发重点县农民人均纯收入4066元，增收523元。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "83.3亿元")).toMatchObject({ label_zh: "基本养老保险费收入增收", direction: "up" });
    expect(one(x, "", "21.8%").label_zh).toBe("基本养老保险费收入增长");
    expect(one(x, "", "523元").label_zh).toBe("扶贫开发重点县农民人均纯收入增收");
  });
});

describe("a crop's loss in output after its name (State Council 1989: 粮食减产2.2%，棉花减产1.1%)", () => {
  it("is that output's fall, its direction down", () => {
    const x = fixture(["在全国自然灾害频繁的情况下，粮食减产2.2%，棉花减产1.1%，但整个农业总产值仍然增长3.2%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "2.2%")).toMatchObject({ label_zh: "粮食减产", direction: "down" });
    expect(one(x, "", "1.1%")).toMatchObject({ label_zh: "棉花减产", direction: "down" });
  });
});

describe("a burden lightened by a share (State Council 2003: 试点地区农民负担平均减轻30%)", () => {
  it("is that burden's fall, its direction down, the verb kept in the label", () => {
    const x = nationFixture(["2002年试点扩大到20个省、自治区、直辖市，试点地区农民负担平均减轻30%。"], ["国内生产总值增长7%左右。"]);
    expect(one(x, "试点地区农民负担平均减轻30%", "30%")).toMatchObject({ kind: "result", label_zh: "试点地区农民负担平均减轻", value: 30, direction: "down" });
  });
});

describe("town and country named bare after a clause of no figure that names the standard of both (Tangshan 2012: 提高城乡低保标准，城镇由每人每月363元提高到410元)", () => {
  it("are that standard of each, not figures of a place", () => {
    const x = fixture([], ["四是进一步提高城乡低保标准，城镇由每人每月363元提高到410元，农村由每人每年1900元提高到2300元。"]);
    expect(quoting(x, "低保").map((f) => [f.label_zh, f.value])).toEqual([["城镇低保标准", 410], ["农村低保标准", 2300]]);
  });

  it("but a clause that names no standard or income lends nothing", () => {
    const x = fixture(["城乡居民收入稳步增长，城镇增长8.5%，农村增长9%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "8.5%").label_zh).not.toMatch(/稳步/);
  });
});

describe("fields listed after a count and closed by 等 before the noun of their kind (Tongliao 2021: 实施163个交通运输、新基建、生态环保、防灾减灾等基础设施领域重点项目)", () => {
  it("leave the count that noun's, no field's", () => {
    const x = fixture([], ["实施163个交通运输、新基建、生态环保、防灾减灾等基础设施领域重点项目，抓好101个公共卫生、养老等民生领域重点项目。今年推动50家不锈钢制品、石材机械等企业数字化转型。"]);
    expect(one(x, "", "163个").label_zh).toBe("实施基础设施领域重点项目");
    expect(one(x, "", "101个").label_zh).toBe("抓好民生领域重点项目");
    expect(one(x, "", "50家").label_zh).toBe("推动企业数字化转型");
  });

  it("but things the count counts themselves keep their noun (Nanyang 2014: 开工建设5条道路、安置小区、专家公寓等基础配套设施)", () => {
    const x = fixture([], ["开工建设5条道路、安置小区、专家公寓等基础配套设施。"]);
    expect(one(x, "", "5条").label_zh).toBe("开工建设道路");
  });
});

describe("batteries' output in kilovolt-ampere-hours (Shaoguan 2016: 蓄电池 17.5万千伏安时、造纸 4.2万吨)", () => {
  it("is a figure of its own unit, the next item's label left alone", () => {
    const x = fixture(["五年淘汰落后水泥产能 508万吨、钢铁 75万吨、蓄电池 17.5万千伏安时、造纸 4.2万吨。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "17.5万千伏安时")).toMatchObject({ unit: "万千伏安时", value: 17.5 });
    expect(one(x, "", "4.2万吨").label_zh).not.toMatch(/蓄电池/);
  });
});

describe("years counted on from a year named before them in the review (Guangdong 2019: 省财政自2018年起三年投入75亿元)", () => {
  it("are no years gone by: they run ahead from that year", () => {
    const x = fixture(["全市生产总值增长6%。省财政自2018年起三年投入75亿元支持粤东粤西粤北省级现代农业产业园建设，首批50个建设进展顺利。中央财政五年支出551亿元。"], ["全市生产总值增长6%。"]);
    expect(one(x, "自2018年起三年投入75亿元", "75亿元").period).toBeNull();
    expect(one(x, "中央财政五年支出551亿元", "551亿元").period).toEqual([2015, 2019]);
  });
});

describe("a bare value added after a clause that puts an industry first among tasks (Tangshan 2016: 把培育壮大装备制造业作为重中之重，确保增加值达到650亿元)", () => {
  it("is that industry's value added, and so after a clause that develops it", () => {
    const x = fixture(["加快发展服务业，实现增加值1614亿元，增长10.5%。"], ["把培育壮大装备制造业作为重中之重，确保增加值达到650亿元。"]);
    expect(one(x, "", "650亿元").label_zh).toBe("装备制造业增加值");
    expect(one(x, "", "1614亿元")).toMatchObject({ label_zh: "服务业增加值", metric: "services_value_added" });
    expect(one(x, "", "10.5%")).toMatchObject({ label_zh: "服务业增加值增长", metric: "services_value_added_growth" });
  });
});

describe("a bare output or revenue right after a count of firms of a kind (Yingtan 2018: 力争全市物联网企业达70家以上、产值突破200亿元)", () => {
  it("is those firms' output", () => {
    const x = fixture(["全市新材料企业达24家，实现主营业务收入43亿元。"], ["力争全市物联网企业达70家以上、产值突破200亿元。"]);
    expect(one(x, "", "200亿元").label_zh).toBe("物联网企业产值");
    expect(one(x, "", "43亿元").label_zh).toBe("新材料企业主营业务收入");
  });

  it("but not after firms added or newly counted, whose output is all of them or the industry's (Bozhou 2014, Shizuishan 2023)", () => {
    const x = fixture(["全市规模以上农产品加工企业发展到325家、新增45家，完成产值450亿元。建筑业对经济贡献明显增强，入规企业达到55家，产值增长20%以上。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "450亿元").label_zh).not.toMatch(/新增/);
    expect(one(x, "", "20%").label_zh).not.toMatch(/入规/);
  });
});

describe("a real change after the rise of prices taken out (Zhejiang 2005: 城镇居民人均可支配收入14546元，增长10.4%，扣除价格上涨因素实际增长7.4%)", () => {
  it("is the real change of the subject before it", () => {
    const x = fixture(["城镇居民人均可支配收入14546元，增长10.4%，扣除价格上涨因素实际增长7.4%。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "7.4%")).toMatchObject({ label_zh: "城镇居民人均可支配收入实际增长", metric: "urban_income_growth" });
  });
});

describe("a bare magnitude before old people, children, townspeople or teachers (Jiayuguan 2014: 惠及3.1万老人; State Council 2014: 惠及3200万孩子)", () => {
  it("counts them in people, as before residents or pupils", () => {
    const x = fixture(["惠及3.1万老人。学生营养改善计划惠及3200万孩子。医保基金付费改革惠及565万市民。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "3.1万").unit).toBe("万人");
    expect(one(x, "", "3200万").unit).toBe("万人");
    expect(one(x, "", "565万").unit).toBe("万人");
  });
});

describe("firms newly certified, said to reach their number (Hefei 2007: 新认定高新技术企业、高新技术产品分别达到５４家和５０个)", () => {
  it("are the year's new ones, not all there are", () => {
    const x = fixture(["新认定高新技术企业、高新技术产品分别达到５４家和５０个。全市高新技术企业达到320家。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "５４家").metric).toBe("high_tech_enterprises_new");
    expect(one(x, "", "320家").metric).toBe("high_tech_enterprises");
  });
});

describe("a bare magnitude of money, 元 left out (Fushun 2025: 力争抚矿和特钢产值双双过百亿; Lanzhou 2014: 全市集中22亿资金)", () => {
  it("is in yuan after an amount its subject names, or before funds", () => {
    const x = fixture(["全年贷款增量过百亿，全市集中22亿资金支持棚户区改造。"], ["力争抚矿和特钢产值双双过百亿。"]);
    expect(one(x, "力争抚矿", "百亿").unit).toBe("亿元");
    expect(one(x, "全年贷款增量过百亿", "百亿").unit).toBe("亿元");
    expect(one(x, "", "22亿").unit).toBe("亿元");
  });

  it("but still counts the people named after it", () => {
    const x = fixture(["帮助2.2万农村贫困人口稳定脱贫。"], ["地区生产总值增长8%。"]);
    expect(one(x, "", "2.2万").unit).toBe("万人");
  });
});

describe("an amount of funds used after a bare verb (State Council 2022: 使用1000亿元失业保险基金支持稳岗和培训)", () => {
  it("is labelled with the verb and the funds, not the verb alone", () => {
    const x = nationFixture(["国内生产总值增长8.1%。"], ["国内生产总值增长5.5%左右。继续开展大规模职业技能培训，共建共享一批公共实训基地。使用1000亿元失业保险基金支持稳岗和培训，加快培养制造业高质量发展的急需人才。"]);
    expect(one(x, "失业保险基金", "1000亿元").label_zh).toBe("使用失业保险基金");
  });
});

describe("students enrolled a measure reached (State Council 2022: 国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生)", () => {
  it("counts people: the bare magnitude before 在校生 is 万人", () => {
    const x = nationFixture(["国内生产总值增长8.1%。国家助学贷款每人每年最高额度增加4000元，惠及500多万在校生。"], ["国内生产总值增长5.5%左右。"]);
    expect(one(x, "", "500多万")).toMatchObject({ unit: "万人", qualifier: "at_least" });
  });
});

describe("land held firmly after its amount (State Council 2022: 坚决守住18亿亩耕地红线)", () => {
  it("labels the land held, not the verb alone", () => {
    const x = fixture(["地区生产总值增长3%。"], ["坚决守住18亿亩耕地红线。牢牢守住392万亩永久基本农田红线。"]);
    expect(one(x, "", "18亿亩").label_zh).toBe("坚决守住耕地红线");
    expect(one(x, "", "392万亩").label_zh).toBe("牢牢守住永久基本农田红线");
  });
});

describe("a county or district of the place that sets its own line as a sentence's subject (Jinchang 2023)", () => {
  it("gives that part's economy, not the place's: 永昌县以…为方向，…确保生产总值达到120亿元以上", () => {
    const x = fixture([], [
      "主要预期目标是：地区生产总值增长7.5%以上。",
      "永昌县以工业主导型和生态功能型为方向，大力发展高品质菜草畜、精细化大化工等产业，确保生产总值达到120亿元以上。金川区以工业主导型和城市服务型为方向，大力发展有色金属新材料等产业，确保生产总值达到450亿元以上。",
    ]);
    expect(writtenMetrics(x, "120亿元")).toEqual([["120亿元", null]]);
    expect(writtenMetrics(x, "450亿元")).toEqual([["450亿元", null]]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" || f.metric === "gdp").map((f) => [f.metric, f.value])).toEqual([["gdp_growth", 7.5]]);
  });

  it("but not the whole of the place: 全区以…为重点，地区生产总值增长6%", () => {
    const x = fixture([], ["全区以高质量发展为重点，推动地区生产总值增长6%。"]);
    expect(writtenMetrics(x, "6%")).toEqual([["6%", "gdp_growth"]]);
  });
});

describe("couples counted by the 对 (Wuhan 2012: 为全市农村符合生育政策的2万对计划怀孕夫妇（含流动人口）提供免费孕前优生健康检查)", () => {
  it("are a count of the couples named a few words on", () => {
    expect(readUnit("2万对计划怀孕夫妇", 1)).toBe("万对");
    const x = fixture(["地区生产总值增长9%。"], ["地区生产总值增长8%。为全市农村符合生育政策的2万对计划怀孕夫妇（含流动人口）提供免费孕前优生健康检查。"]);
    expect(one(x, "2万对计划怀孕夫妇", "2万对")).toMatchObject({ value: 2, unit: "万对", kind: "target" });
  });

  it("but not 对 as a preposition with no couples after it", () => {
    expect(readUnit("3对经济增长的贡献", 1)).toBeNull();
    expect(readUnit("2万对计划生育家庭", 1)).toBe("万");
  });
});

describe("the output of one industry named by its product (Puer 2023)", () => {
  it("茶产业实现规上工业产值17亿元以上 is no industrial output of the place; the place's own still is", () => {
    const x = fixture(["全市完成规模以上工业总产值500亿元。"], [
      "地区生产总值增长6.5%左右。",
      "用工业化理念推动农业现代化。强龙头、补链条、抓融合，农业龙头企业增加到447户。茶产业实现规上工业产值17亿元以上。抓好“第一车间”改造，新增有机茶园2万亩。",
    ]);
    expect(one(x, "茶产业实现规上工业产值", "17亿元").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "industrial_output").map((f) => f.value)).toEqual([500]);
  });
});

describe("a zone's figures in the plan after the zone is named in full (Shenzhen 2025)", () => {
  it("合作区规上工业总产值突破1000亿元, the zone named back by its kind alone, gives no industrial output of the city", () => {
    const x = fixture(["全市规上工业总产值达5.4万亿元。"], [
      "锚定“两地一器”定位，做强深汕特别合作区“一主三辅”现代化产业体系，合作区规上工业总产值突破1000亿元，建成深汕人民医院等项目。",
    ]);
    expect(one(x, "合作区规上工业总产值突破1000亿元", "1000亿元").metric).toBeNull();
    expect(one(x, "全市规上工业总产值达5.4万亿元", "5.4万亿元").metric).toBe("industrial_output");
  });

  it("前海实际利用外资200亿元以上, the zone named back by the short name its full name opens with, is the zone's foreign investment", () => {
    const x = fixture(["全市地区生产总值增长5.8%。"], [
      "加快建设前海深港现代服务业合作区，编制实施前海国土空间规划，高标准建设跨境电商、融资租赁、财税服务等现代服务业集聚区，前海实际利用外资200亿元以上。",
      "实际利用外资100亿元以上。",
    ]);
    expect(one(x, "前海实际利用外资200亿元以上", "200亿元").metric).toBeNull();
    expect(one(x, "实际利用外资100亿元以上", "100亿元").metric).toBe("fdi_actual_yuan");
  });
});

describe("a bare magnitude before workers (State Council 2010)", () => {
  it("counts 城乡劳动者 as people: 全年组织2100万城乡劳动者参加职业培训 is 2100万人", () => {
    const x = nationFixture([
      "实施更加积极的就业政策。强化政府促进就业的责任。中央财政安排就业专项资金426亿元，比上年增长59%。全年组织2100万城乡劳动者参加职业培训。这些措施促进了就业的基本稳定。",
    ], ["国内生产总值增长8%左右。"]);
    expect(one(x, "城乡劳动者", "2100万")).toMatchObject({ kind: "result", year: 2019, value: 2100, unit: "万人" });
  });
});

describe("a share after a bare 在, before its noun (State Council 2010)", () => {
  it("labels 在60%政府举办的基层医疗卫生机构实施基本药物制度 by the institutions, not by 在", () => {
    const x = nationFixture(["经济平稳增长。"], [
      "国内生产总值增长8%左右。",
      "继续扩大基本医疗保障覆盖面。在60%政府举办的基层医疗卫生机构实施基本药物制度，其他医疗机构也要优先选用基本药物。",
    ]);
    expect(one(x, "基本药物制度", "60%")).toMatchObject({ kind: "target", year: 2020, label_zh: "政府举办的基层医疗卫生机构实施基本药物制度", value: 60, unit: "%" });
  });
});

describe("a zone's figure followed by its share of the same indicator of the whole city (Zhumadian 2014)", () => {
  it("全年完成规模以上工业增加值290亿元，占全市规模以上工业增加值的59.2%: the zones' value, no industrial value added of the city", () => {
    const x = fixture([
      "初步核算，全市完成生产总值1542亿元，增长9.5%；规模以上工业增加值489.9亿元，增长14.7%。",
      "产业集聚区基础设施进一步完善，主导产业逐步显现，全年完成规模以上工业增加值290亿元，占全市规模以上工业增加值的59.2%。",
    ], ["生产总值增长9.5%左右。"]);
    expect(x.figures.filter((f) => f.metric === "industrial_value_added").map((f) => f.value)).toEqual([489.9]);
  });

  it("but a share of another indicator of the city's says nothing of the figure (占全市生产总值的23.6%)", () => {
    const x = fixture(["全年完成规模以上工业增加值290亿元，占全市生产总值的23.6%。"], ["生产总值增长9.5%左右。"]);
    expect(one(x, "290亿元", "290亿元").metric).toBe("industrial_value_added");
  });
});

describe("a sentence that opens with the first months of the year told as 前11个月 (Luohe 2023)", () => {
  it("前11个月，规上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入增长7.1%、13.3%、2.4%、15.2%: none of the year's results", () => {
    const x = fixture([
      "前11个月，规上工业增加值、固定资产投资、社会消费品零售总额、一般公共预算收入增长7.1%、13.3%、2.4%、15.2%，分别居全省第四位、第四位、第二位、第三位。预计全年生产总值等主要经济指标增速仍然保持全省第一方阵。",
    ], ["生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric).map((f) => [f.metric, f.value])).toEqual([]);
  });
});

describe("the place's own name with 地区 (Guangzhou 2011: 2010年，广州地区进出口总值1037.8亿美元，同比增长35.3％，…；其中，出口总值483.8亿美元)", () => {
  it("is the place whole, not a prefecture or part of it: the city's trade and exports", () => {
    const x = extractText("guangzhou-2011.txt", "2011年广州市政府工作报告\n\n一、2010年工作回顾\n\n对外经济贸易稳步发展。2010年，广州地区进出口总值1037.8亿美元，同比增长35.3％，是2005年的1.9倍；其中，出口总值483.8亿美元，同比增长29.3％。\n\n二、2011年工作安排\n\n地区生产总值增长11％。\n");
    expect(one(x, "广州地区进出口总值1037.8亿美元", "1037.8亿美元").metric).toBe("foreign_trade_usd");
    expect(one(x, "同比增长35.3％", "35.3％").metric).toBe("foreign_trade_growth");
    expect(one(x, "出口总值483.8亿美元", "483.8亿美元").metric).toBe("exports_usd");
  });

  it("keeps a prefecture named 地区 in a province's report its own part (塔城地区 is not 新疆)", () => {
    const x = extractText("xinjiang-2020.txt", "新疆维吾尔自治区2020年政府工作报告\n\n一、2019年工作回顾\n\n塔城地区进出口总值20亿美元，增长5％。\n\n二、2020年工作安排\n\n地区生产总值增长5％。\n");
    expect(one(x, "塔城地区进出口总值20亿美元", "20亿美元").metric).toBeNull();
  });
});

describe("the revenue raised in the place's own area named by 地区 (Guangzhou 2018: 来源于广州地区的一般公共预算收入5947亿元，增长14%，其中地方一般公共预算收入1533亿元)", () => {
  it("is the place's whole: the total revenue with the local budget's part of it after 其中, as for a revenue named bare", () => {
    const x = extractText("guangzhou-2018.txt", "2018年广州市政府工作报告\n\n一、2017年工作回顾\n\n来源于广州地区的一般公共预算收入5947亿元，增长14%，其中地方一般公共预算收入1533亿元，可比增长10.9%。\n\n二、2018年工作安排\n\n地区生产总值增长7.5%左右。\n");
    expect(one(x, "来源于广州地区的一般公共预算收入5947亿元", "5947亿元").metric).toBe("fiscal_revenue_total");
    expect(one(x, "其中地方一般公共预算收入1533亿元", "1533亿元").metric).toBe("budget_revenue");
  });
});

describe("a goal more than met (Hainan 2012, Tianjin 2009)", () => {
  it("超额完成新增就业岗位8万个的目标 is 8万个 at least, and 超额 is no word of its label; a goal met is its figure", () => {
    const x = fixture(["超额完成新增就业岗位8万个的目标。全面完成新增就业5万人的目标。"], ["地区生产总值增长6%。"]);
    expect(one(x, "超额完成新增就业岗位8万个的目标", "8万个")).toMatchObject({ label_zh: "新增就业岗位", value: 8, min: 8, qualifier: "at_least" });
    expect(one(x, "全面完成新增就业5万人的目标", "5万人")).toMatchObject({ value: 5, min: null, qualifier: null });
  });
});

describe("an area or a length after a verb of starting or stressing a work, or after 对 (Hainan 2012, Yancheng 2016, Guangzhou 2011)", () => {
  it("is labelled with the verb and the thing named after it, no 的 between", () => {
    const x = fixture(["对5600公里农村公路实施提档升级。建成1060公里的绿道。"], ["启动1000公里县道砂土路硬化工程。重点建设50万亩高标准国家冬季瓜菜生产基地。"]);
    const label = (quote: string) => quoting(x, quote).map((f) => f.label_zh);
    expect(label("对5600公里农村公路实施提档升级")).toEqual(["对农村公路实施提档升级"]);
    expect(label("建成1060公里的绿道")).toEqual(["绿道"]);
    expect(label("启动1000公里县道砂土路硬化工程")).toEqual(["启动县道砂土路硬化工程"]);
    expect(label("重点建设50万亩高标准国家冬季瓜菜生产基地")).toEqual(["重点建设高标准国家冬季瓜菜生产基地"]);
  });
});

describe("a line's number in a label (Lanzhou 2016: 轨道交通1号线一期工程完成投资109.37亿元)", () => {
  it("stays: the number is a name, no stray digit", () => {
    const x = fixture(["轨道交通1号线一期工程完成投资109.37亿元。开工建设8号线三期、15号线等88公里轨道交通线。"], ["地区生产总值增长8%。"]);
    expect(one(x, "轨道交通1号线", "109.37亿元").label_zh).toBe("轨道交通1号线一期工程完成投资");
    expect(one(x, "88公里", "88公里").label_zh).toBe("开工建设8号线三期、15号线等");
  });
});

describe("a pledge before the year of its goal (Zhejiang 2003: 争取到2007年全省国内生产总值突破10000亿元)", () => {
  it("is no word of the indicator, as 力争 is not; 争取 before what is won stays", () => {
    const x = fixture([], ["确保到2005年近三分之一市县人均国内生产总值超过3000美元，争取到2007年全省国内生产总值突破10000亿元。争取中央资金10亿元。"]);
    expect(one(x, "", "10000亿元")).toMatchObject({ label_zh: "全省国内生产总值", metric: "gdp" });
    expect(one(x, "", "10亿元").label_zh).toBe("争取中央资金");
  });
});

describe("a length or an area after a verb of work done as a whole or again (Zhejiang 2003: 综合整治10000公里河道，…，再建500万亩标准农田)", () => {
  it("measures the thing named after it", () => {
    const x = fixture([], ["进一步提高水利防洪能力和城乡水环境质量，综合整治10000公里河道，加固1000座水库。广泛开展村镇环境整治活动，再建500万亩标准农田。"]);
    expect(one(x, "", "10000公里").label_zh).toBe("综合整治河道");
    expect(one(x, "", "500万亩").label_zh).toBe("再建标准农田");
  });
});
