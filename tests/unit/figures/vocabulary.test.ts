import { describe, expect, it } from "vitest";
import { AUTHORITY } from "../../../src/lib/figures/authority.ts";
import { matchMetric } from "../../../src/lib/figures/metric-match.ts";
import { fixture, metrics, real, RAW_IDS } from "./helpers.ts";

const id = (label: string, unit: string, change: boolean) => matchMetric({ label, unit, change }, metrics)?.id ?? null;

/** The indicators the plan year's main-targets clauses and the review's opening figures name most. */
const MAIN = ["gdp_growth", "budget_revenue_growth", "urban_income_growth", "rural_income_growth"];

describe("the vocabulary on the labels of the reports", () => {
  it("names all industry's value added, an older report's main figure, apart from industry above designated size (Shenzhen 2003, Inner Mongolia 1999)", () => {
    for (const label of ["工业增加值", "全部工业增加值", "完成工业增加值", "全市工业增加值"]) expect(id(label, "亿元", false), label).toBe("industry_value_added");
    for (const label of ["工业增加值增长", "工业增加值年均增长", "完成工业增加值增长"]) expect(id(label, "%", true), label).toBe("industry_value_added_growth");
    expect(id("规模以上工业增加值增长", "%", true)).toBe("industrial_value_added_growth");
    expect(id("规模以上工业增加值", "亿元", false)).toBe("industrial_value_added");
    // Not a measure per unit of it, nor a part of industry.
    expect(id("单位工业增加值能耗下降", "%", true)).toBe(null);
    expect(id("高新技术产业工业增加值增长", "%", true)).toBe(null);
    expect(id("工业增加值占地区生产总值比重", "%", false)).toBe(null);
  });

  it("names gross industrial output, above designated size and of all industry, apart (Hubei 2014, Shenzhen 2003, Guilin 2017)", () => {
    expect(id("规模以上工业总产值", "万亿元", false)).toBe("industrial_output");
    expect(id("规模工业总产值增长", "%", true)).toBe("industrial_output_growth");
    expect(id("规模以上工业总产值（1990年价）增长", "%", true)).toBe("industrial_output_growth");
    expect(id("工业总产值", "亿元", false)).toBe("industry_output");
    expect(id("工业总产值增长", "%", true)).toBe("industry_output_growth");
    // Not a part of industry's output, nor a share of it.
    expect(id("高新技术产业工业总产值", "亿元", false)).toBe(null);
    expect(id("高新技术产品产值占工业总产值的比重", "%", false)).toBe(null);
  });

  it("names GDP growth however the report writes it, and nothing that merely contains the words", () => {
    for (const label of ["地区生产总值增长", "全市生产总值增长", "生产总值增长", "国内生产总值增长", "GDP增长", "全年经济增长", "地区生产总值年均增长"]) {
      expect(id(label, "%", true), label).toBe("gdp_growth");
    }
    // A sector's growth is its own indicator's, never GDP's.
    expect(id("数字经济增长", "%", true)).toBe("digital_economy_growth");
    expect(id("民营经济增长", "%", true)).toBeNull();
    expect(id("一季度全市地区生产总值下降", "%", true)).toBeNull();
    expect(id("单位GDP能耗下降", "%", true)).toBe("energy_intensity_change");
    expect(id("万元生产总值能耗下降", "%", true)).toBe("energy_intensity_change");
    // Land taken per 100 million yuan of output (Hefei 2015: 亿元生产总值消耗新增建设用地减至8.7亩、下降9.2%) is no GDP.
    expect(id("亿元生产总值消耗新增建设用地下降", "%", true)).toBeNull();
    expect(id("亿元GDP用水量下降", "%", true)).toBeNull();
    // Investment attracted named bare in a list of the year's amounts (预计完成固定资产投资442亿元、招商引资401亿元, Wuzhong
    // 2023), but not a signed amount or the projects' count.
    expect(id("招商引资", "亿元", false)).toBe("investment_attracted");
    expect(id("签约招商引资项目", "亿元", false)).toBeNull();
    expect(id("招商引资签约额", "亿元", false)).toBeNull();
    // Water use called 水耗 beside 能耗 (万元GDP建设用地、能耗和水耗分别下降10%、2.75%和4%, Shenzhen 2007).
    expect(id("万元GDP水耗下降", "%", true)).toBe("water_intensity_change");
    expect(id("单位地区生产总值水耗下降", "%", true)).toBe("water_intensity_change");
    // Land used per unit of GDP called 地耗 (Yichang 2014: 确保全市单位GDP地耗下降8%以上).
    expect(id("全市单位GDP地耗下降", "%", true)).toBe("land_intensity_change");
    expect(id("单位生产总值地耗下降", "%", true)).toBe("land_intensity_change");
    // Output per square kilometre of built land (Wuxi 2016: 单位建设用地GDP产出预计达5.81亿元/平方公里) is no GDP.
    expect(id("单位建设用地GDP产出", "亿元", false)).toBeNull();
    expect(id("单位建设用地地区生产总值", "亿元", false)).toBeNull();
    // Output per square kilometre of land (Shenzhen 2007: 每平方公里土地产出GDP为2.91亿元，提高0.38亿元) is no GDP.
    expect(id("每平方公里土地产出GDP", "亿元", false)).toBeNull();
    expect(id("每亩产出地区生产总值", "万元", false)).toBeNull();
    expect(id("地均GDP", "亿元", false)).toBeNull();
    // Output per mu of land (Xianning 2022: 亩平GDP年均增速6.8%) is no GDP, nor its growth GDP's growth.
    expect(id("亩平GDP年均增速", "%", true)).toBeNull();
    expect(id("亩均GDP", "万元", false)).toBeNull();
    expect(id("亩均地区生产总值增长", "%", true)).toBeNull();
    expect(id("人均地区生产总值", "万元", false)).toBe("gdp_per_capita");
    // The national and older provincial reports write 国内生产总值 (Shenzhen 2001: 人均国内生产总值6.31万元).
    expect(id("人均国内生产总值", "万元", false)).toBe("gdp_per_capita");
    expect(id("人均国内生产总值增长", "%", true)).toBe("gdp_per_capita_growth");
    expect(id("实现国内生产总值", "亿元", false)).toBe("gdp");
  });

  it("names industry's growth written short (Qinghai 2018: 规上工业增长7%), and not the growth of its profits or output value", () => {
    for (const label of ["规上工业增长", "全市规上工业增长", "规模以上工业增长", "规上工业增加值增长"]) expect(id(label, "%", true), label).toBe("industrial_value_added_growth");
    for (const label of ["规上工业营业收入增长", "规上工业企业增长"]) expect(id(label, "%", true), label).toBeNull();
    // Its profits' growth and its gross output's growth are indicators of their own.
    expect(id("规上工业利润增长", "%", true)).toBe("industrial_profit_growth");
    expect(id("规上工业总产值增长", "%", true)).toBe("industrial_output_growth");
  });

  it("keeps a level apart from its growth, and surveyed unemployment apart from registered", () => {
    expect(id("全年实现地区生产总值", "亿元", false)).toBe("gdp");
    expect(id("地方一般公共预算收入", "亿元", false)).toBe("budget_revenue");
    expect(id("地方一般公共预算收入增长", "%", true)).toBe("budget_revenue_growth");
    expect(id("城镇调查失业率", "%", false)).toBe("surveyed_unemployment_rate");
    expect(id("城市调查失业率", "%", false)).toBe("surveyed_unemployment_rate");
    expect(id("城镇登记失业率", "%", false)).toBe("registered_unemployment_rate");
    expect(id("城镇失业登记率", "%", false)).toBe("registered_unemployment_rate");
    const related = (m: string) => metrics.find((x) => x.id === m)!.related;
    expect(related("surveyed_unemployment_rate")).toEqual(["registered_unemployment_rate"]);
    expect(related("registered_unemployment_rate")).toEqual(["surveyed_unemployment_rate"]);
  });

  /**
   * Read by hand off each report of content/raw: the figures of its plan year's main-targets clause that
   * content/metrics.json has no indicator for (quotes), and the main indicators (MAIN, and the reviewed year's
   * gdp_growth result as `gdp_growth result`) that it does not state. A report added to content/raw fails
   * `covers every report of content/raw` until its entry is here: add the indicators it states to the vocabulary,
   * or list what it lacks.
   */
  const READ: Record<string, { unnamed: string[]; absent: string[] }> = Object.fromEntries(
    ["guyuan", "ningxia", "shizuishan", "wuzhong", "yinchuan", "zhongwei"].flatMap((p) => [2020, 2021].map((y) => [`${p}-${y}`, { unnamed: [], absent: [] }])),
  );

  it("covers every report of content/raw", () => {
    expect(RAW_IDS.filter((rid) => !(rid in READ))).toEqual([]);
  });

  it.each(RAW_IDS.filter((rid) => rid in READ))("%s: every figure of the plan year's main-targets clause has an indicator id", (rid) => {
    const e = real(rid);
    const main = e.figures.filter((f) => {
      const text = e.doc.paragraphs.find((p) => p.id === f.paragraph)!.text;
      const before = text.slice(0, f.span[0]);
      return f.kind === "target" && f.year === e.doc.meta.year && f.period === null && AUTHORITY.test(before);
    });
    expect(main.filter((f) => f.metric === null).map((f) => f.quote)).toEqual(READ[rid]!.unnamed);
  });

  it.each(RAW_IDS.filter((rid) => rid in READ))("%s: the plan year's targets carry the main indicators' ids, and the reviewed year's GDP growth is a result", (rid) => {
    const e = real(rid);
    const year = e.doc.meta.year;
    const single = e.figures.filter((f) => f.period === null && f.base_year === null);
    const targets = new Set(single.filter((f) => f.kind === "target" && f.year === year).map((f) => f.metric));
    const results = new Set(single.filter((f) => f.kind === "result" && f.year === year - 1).map((f) => f.metric));
    const absent = [...MAIN.filter((m) => !targets.has(m)), ...(results.has("gdp_growth") ? [] : ["gdp_growth result"])];
    expect(absent).toEqual(READ[rid]!.absent);
  });
});

describe("foreign investment actually used as older and provincial reports name it", () => {
  it("names 实际使用外商投资 (Sichuan 2010) and 外商直接投资到位 (Inner Mongolia 2004) as it names 实际利用外资, and their growth", () => {
    expect(id("实际使用外商投资", "亿美元", false)).toBe("fdi_actual");
    expect(id("实际使用外商投资增长", "%", true)).toBe("fdi_actual_growth");
    expect(id("外商直接投资到位", "亿美元", false)).toBe("fdi_actual");
    expect(id("外商直接投资到位增长", "%", true)).toBe("fdi_actual_growth");
    expect(id("实际利用外商投资", "亿美元", false)).toBe("fdi_actual");
    // Guangdong 2003: 预计2002年实际吸收外商直接投资131.1亿美元，比上年增长26.6％.
    expect(id("实际吸收外商直接投资", "亿美元", false)).toBe("fdi_actual");
    expect(id("实际吸收外商直接投资比上年增长", "%", true)).toBe("fdi_actual_growth");
    // Foreign capital agreed, not used, stays unnamed.
    expect(id("合同利用外资", "亿美元", false)).toBeNull();
  });
});

describe("high-tech value added as the national reports name it", () => {
  it("names 高技术制造业增加值 (national 2022: 高技术制造业增加值增长18.2%) as it names 高技术产业增加值; equipment manufacturing stays unnamed", () => {
    expect(id("高技术制造业增加值增长", "%", true)).toBe("high_tech_value_added_growth");
    expect(id("高技术产业增加值增长", "%", true)).toBe("high_tech_value_added_growth");
    expect(id("装备制造业增加值增长", "%", true)).toBeNull();
  });
});

describe("the R&D intensity written as the research spending's share (研发支出占)", () => {
  it("names 全社会研发支出占生产总值比重 (Baiyin 2021) as it names 研发经费支出占", () => {
    expect(id("全社会研发支出占生产总值比重", "%", false)).toBe("rd_intensity");
    expect(id("全社会研发经费支出占地区生产总值比重", "%", false)).toBe("rd_intensity");
    // The spending itself is no intensity.
    expect(id("全社会研发支出", "亿元", false)).toBeNull();
  });
});

describe("retail sales written without 总 and the R&D intensity written as the research input's share (Zhuhai 2013, Wuhu 2025)", () => {
  it("names 社会消费品零售额 (社会消费品零售额增长13%) as it names 社会消费品零售总额", () => {
    expect(id("社会消费品零售额增长", "%", true)).toBe("retail_sales_growth");
    expect(id("社会消费品零售额", "亿元", false)).toBe("retail_sales");
  });

  it("names 研发经费投入占GDP比重 (研发经费投入占GDP比重达4.28%) and R&D投入占比 (实现R&D投入占比达2.1%) as the R&D intensity", () => {
    expect(id("研发经费投入占GDP比重", "%", false)).toBe("rd_intensity");
    expect(id("R&D投入占比", "%", false)).toBe("rd_intensity");
    // The input itself is no intensity.
    expect(id("研发经费投入", "亿元", false)).toBeNull();
  });
});

describe("income per head written yearly (年人均, Zhuhai 2013)", () => {
  it("names 城镇居民年人均可支配收入 and 农村居民年人均纯收入 as it names them without 年", () => {
    expect(id("城镇居民年人均可支配收入增长", "%", true)).toBe("urban_income_growth");
    expect(id("农村居民年人均纯收入", "元", false)).toBe("rural_net_income");
    expect(id("农村居民年人均纯收入增长", "%", true)).toBe("rural_net_income_growth");
    // The whole year (全年) before 人均 is no yearly income.
    expect(id("全年人均地区生产总值", "万元", false)).toBe("gdp_per_capita");
  });
});

describe("the urbanisation rate under its older name (Jiangsu 2013)", () => {
  it("城市化率达63% and 城市化率提高到67% are the urbanisation rate; 城市化率提高2个百分点 its change", () => {
    expect(id("城市化率", "%", false)).toBe("urbanization_rate");
    expect(id("城市化率提高", "个百分点", true)).toBe("urbanization_rate_change");
  });
});

describe("foreign trade named 对外贸易总额 (Qingdao 2016)", () => {
  it("对外贸易总额增长2.5%左右 and 对外贸易总额突破800亿美元 are foreign trade and its growth", () => {
    expect(id("对外贸易总额增长", "%", true)).toBe("foreign_trade_growth");
    expect(id("对外贸易总额", "亿美元", false)).toBe("foreign_trade_usd");
    expect(id("对外贸易总额", "亿元", false)).toBe("foreign_trade");
  });
});

describe("foreign trade and exports named bare (Dongying 2020, Hunan 2019, Nanjing 2012, Guangdong 2003)", () => {
  it("进出口 opening the label is the place's foreign trade; 出口 alone is its exports", () => {
    expect(id("进出口", "亿元", false)).toBe("foreign_trade");
    expect(id("全省进出口增长", "%", true)).toBe("foreign_trade_growth");
    expect(id("进出口下降", "%", true)).toBe("foreign_trade_growth");
    expect(id("进出口贸易", "亿美元", false)).toBe("foreign_trade_usd");
    expect(id("出口", "亿美元", false)).toBe("exports_usd");
    expect(id("出口", "亿元", false)).toBe("exports");
  });
  it("but not a kind of trade, another measure named by it, or goods", () => {
    expect(id("服务贸易进出口增长", "%", true)).toBeNull();
    expect(id("口岸进出口", "亿元", false)).toBeNull();
    expect(id("外贸进出口依存度", "%", false)).toBeNull();
    expect(id("进出口粮食", "万吨", false)).toBeNull();
    expect(id("出口交货值", "亿元", false)).toBeNull();
    expect(id("出口退税", "亿元", false)).toBeNull();
    expect(id("新能源汽车出口", "万辆", false)).toBeNull();
  });
  it("the year compared with may stand between the name and its verb: 出口比上年增长24.3%", () => {
    expect(id("出口比上年增长", "%", true)).toBe("exports_growth");
    expect(id("全省进出口同比下降", "%", true)).toBe("foreign_trade_growth");
  });
});

describe("the value added of a sector as an amount (Wuzhong 2021, Fuzhou 2018, Sichuan 2010)", () => {
  it("服务业增加值达到263.6亿元, 规上工业增加值2180亿元, 第一产业增加值2240.6亿元 are the sectors' value added", () => {
    expect(id("服务业增加值", "亿元", false)).toBe("services_value_added");
    expect(id("第三产业增加值", "万亿元", false)).toBe("services_value_added");
    expect(id("全市规模以上工业增加值", "亿元", false)).toBe("industrial_value_added");
    expect(id("实现农林牧渔业增加值", "亿元", false)).toBe("agriculture_value_added");
    // Their growth keeps its own indicator.
    expect(id("服务业增加值增长", "%", true)).toBe("services_value_added_growth");
  });
  it("but not the value added of some industries of the sector (Shenzhen 2023, Nanchang 2017)", () => {
    expect(id("现代服务业增加值", "万亿元", false)).toBeNull();
    expect(id("九大重点产业累计完成规模以上工业增加值", "亿元", false)).toBeNull();
    expect(id("九大重点产业累计完成规模以上工业增加值增长", "%", true)).toBeNull();
    expect(id("生产性服务业增加值增长", "%", true)).toBeNull();
    // Shaanxi 2026: 营利性服务业增加值增长6.9％; Shanghai 2026: 金融业、软件和信息服务业增加值分别增长9.7%、15.3%.
    expect(id("营利性服务业增加值增长", "%", true)).toBeNull();
    expect(id("软件和信息服务业增加值增长", "%", true)).toBeNull();
    // A kind said with 型 (Sichuan 2020: 4大支柱型服务业增加值突破1万亿元).
    expect(id("4大支柱型服务业增加值", "万亿元", false)).toBeNull();
    expect(id("成长型服务业增加值增长", "%", true)).toBeNull();
  });
});

describe("the energy intensity as the national reports name it (National 2014: 能源消耗强度下降3.7%, 今年能源消耗强度要降低3.9%以上)", () => {
  it("is the energy use per unit of output", () => {
    expect(id("能源消耗强度下降", "%", true)).toBe("energy_intensity_change");
    expect(id("今年能源消耗强度降低", "%", true)).toBe("energy_intensity_change");
    expect(id("能耗强度下降", "%", true)).toBe("energy_intensity_change");
  });
  it("is so per ten thousand yuan of output too (Lincang 2021: 万元单位生产总值能耗下降18%)", () => {
    expect(id("万元单位生产总值能耗下降", "%", true)).toBe("energy_intensity_change");
  });
});

describe("the services share named short (National 2014: 服务业增加值比重达到46.1%; Tianjin 2018: 第三产业比重提高到58%)", () => {
  it("is the services share of output", () => {
    for (const label of ["服务业增加值比重", "服务业比重", "第三产业比重", "第三产业增加值比重"]) expect(id(label, "%", false), label).toBe("services_share");
  });

  it("is so by the sector's short name and without 地区 (Changde 2016: 三产业占生产总值比重达到41%), not the three sectors'", () => {
    for (const label of ["三产业占生产总值比重", "第三产业占生产总值比重", "服务业占生产总值比重", "服务业增加值占生产总值的比重"]) expect(id(label, "%", false), label).toBe("services_share");
    expect(id("一二三产业占生产总值比重", "%", false)).toBeNull();
    expect(id("三产业占生产总值比重比2010年提升", "个百分点", true)).not.toBe("services_share");
  });

  it("is so of a share of the output written with 的 (Qujing 2021: 确保数字经济核心产业增加值占GDP的比重达6.5%)", () => {
    expect(id("数字经济核心产业增加值占GDP的比重", "%", false)).toBe("digital_core_share");
    expect(id("数字经济增加值占地区生产总值的比重", "%", false)).toBe("digital_economy_share");
  });

  it("is so of GDP, the output's Latin name, after the sector's short name too (Shaoguan 2018: 现代服务业增加值增长8.5%，服务业占GDP比重达49.7%)", () => {
    for (const label of ["服务业占GDP比重", "第三产业占GDP比重", "三产业占GDP的比重"]) expect(id(label, "%", false), label).toBe("services_share");
    expect(id("服务业占GDP比重提高", "个百分点", true)).toBe("services_share_change");
    expect(id("生产性服务业占GDP比重", "%", false)).toBeNull();
    expect(id("现代服务业占GDP比重", "%", false)).toBeNull();
  });

  it("is so of 国内生产总值, an older report's name of the place's output (Anhui 2002: 力争今年第三产业占国内生产总值的比重上升1个百分点)", () => {
    expect(id("第三产业占国内生产总值的比重上升", "个百分点", true)).toBe("services_share_change");
    expect(id("第三产业增加值占国内生产总值比重", "%", false)).toBe("services_share");
  });

  it("is not the share of some industries of services, nor a part's share of services", () => {
    // Zhuhai 2013: 现代服务业增加值比重达到56%; Urumqi 2026: 商贸物流营收占规上服务业比重攀升至67%.
    expect(id("现代服务业增加值比重", "%", false)).toBeNull();
    expect(id("生产性服务业比重", "%", false)).toBeNull();
    expect(id("商贸物流营收占规上服务业比重攀升至", "%", false)).toBeNull();
    expect(id("现代服务业占服务业增加值比重", "%", false)).toBeNull();
  });
});

describe("the urbanisation rate of the registered population (Gansu 2020: 力争户籍人口城镇化率达到38%)", () => {
  it("is not the urbanisation rate, which counts the residents", () => {
    expect(id("户籍人口城镇化率", "%", false)).toBeNull();
    expect(id("全市户籍人口城镇化率", "%", false)).toBeNull();
    expect(id("常住人口城镇化率", "%", false)).toBe("urbanization_rate");
    expect(id("城镇化率", "%", false)).toBe("urbanization_rate");
  });
});

describe("the services share written with 所占 or 的 (Beijing 2006: 第三产业所占比重达到67.7%, 2010年第三产业的比重达到72%左右)", () => {
  it("is the services share, as 第三产业比重 is", () => {
    expect(id("第三产业所占比重", "%", false)).toBe("services_share");
    expect(id("第三产业的比重", "%", false)).toBe("services_share");
    expect(id("服务业所占比重", "%", false)).toBe("services_share");
  });
});

describe("life expectancy written 期望寿命 after 平均 (Shanghai 2008: 市民平均期望寿命达到80.6岁)", () => {
  it("is the life expectancy, as 平均预期寿命 and 人均期望寿命 are", () => {
    expect(id("市民平均期望寿命", "岁", false)).toBe("life_expectancy");
    expect(id("平均预期寿命", "岁", false)).toBe("life_expectancy");
    expect(id("人均期望寿命", "岁", false)).toBe("life_expectancy");
  });
});

describe("the working-age population's average years of schooling (State Council 2021: 劳动年龄人口平均受教育年限提高到11.3年)", () => {
  it("is its indicator, a level in years; the schooling of new workers, of all over 15 or of children expected is none, nor is a change", () => {
    expect(id("劳动年龄人口平均受教育年限", "年", false)).toBe("schooling_years");
    expect(id("主要劳动年龄人口受教育年限", "年", false)).toBe("schooling_years");
    expect(id("劳动人口平均受教育年限", "年", false)).toBe("schooling_years");
    expect(id("新增劳动力受教育年限", "年", false)).toBeNull();
    expect(id("15岁以上人口平均受教育年限", "年", false)).toBeNull();
    expect(id("儿童平均预期受教育年限", "年", false)).toBeNull();
    expect(id("劳动年龄人口平均受教育年限", "年", true)).toBeNull();
  });
});

describe("the urbanisation rate of the countryside alone (Tianjin 2009: 全市农村城市化率达到55%)", () => {
  it("is not the place's urbanisation rate, which counts all its residents", () => {
    expect(id("全市农村城市化率", "%", false)).toBeNull();
    expect(id("农村城市化率", "%", false)).toBeNull();
    expect(id("农村城镇化率", "个百分点", true)).toBeNull();
    expect(id("全市城市化率", "%", false)).toBe("urbanization_rate");
    expect(id("城镇化率", "个百分点", true)).toBe("urbanization_rate_change");
  });
});

describe("high-tech enterprises of a grade below the country's (Longyan 2019: 新增22家国家级、55家省级高新技术企业)", () => {
  it("are the province's or city's own list, not the indicator's", () => {
    expect(id("新增国家级高新技术企业", "家", false)).toBe("high_tech_enterprises_new");
    expect(id("新增高新技术企业", "家", false)).toBe("high_tech_enterprises_new");
    expect(id("省级高新技术企业", "家", false)).toBeNull();
    expect(id("争取新认定省级高新技术企业", "家", false)).toBeNull();
    expect(id("新增自治区级高新技术企业", "家", false)).toBeNull();
  });
});

describe("candidates (Shaoxing 2021: 梳理形成12个民生实事候选项目)", () => {
  it("are no count of the things chosen from them", () => {
    expect(id("梳理形成民生实事候选项目", "个", false)).toBeNull();
    expect(id("民生实事", "件", false)).toBe("livelihood_projects");
  });
});

describe("a designation listed by grade (Heilongjiang 2021: 建立国家级创新平台68个、省级创新平台1161个)", () => {
  it("keeps the indicator on the first grade only; the grades after it keep their records without it", () => {
    const e = fixture(
      ["建立国家级创新平台68个、省级创新平台1161个。"],
      ["年内新增省级以上创新平台6家、市级创新平台30家以上、国际科技合作平台3家以上。新增国家级创新平台5个，新增省级创新平台20个。"],
    );
    const ids = (quote: string) => e.figures.filter((f) => f.quote === quote).map((f) => [f.value, f.metric]);
    expect(ids("建立国家级创新平台68个、省级创新平台1161个")).toEqual([[68, "innovation_platforms_new"], [1161, null]]);
    expect(ids("年内新增省级以上创新平台6家、市级创新平台30家以上、国际科技合作平台3家以上")).toEqual([[6, "innovation_platforms_new"], [30, null], [3, null]]);
    // Grades in sentences of their own are figures of their own.
    expect(ids("新增国家级创新平台5个")).toEqual([[5, "innovation_platforms_new"]]);
    expect(ids("新增省级创新平台20个")).toEqual([[20, "innovation_platforms_new"]]);
  });
});

describe("the total budget revenue and the tourists received under a 总 of their own (Nanping 2018: 一般公共预算总收入129.84亿元、增长10.35%；…旅游接待总人数4130万人次、增长20%)", () => {
  it("is the total fiscal revenue, apart from the local budget revenue", () => {
    expect(id("一般公共预算总收入", "亿元", false)).toBe("fiscal_revenue_total");
    expect(id("一般公共预算总收入增长", "%", true)).toBe("fiscal_revenue_total_growth");
    expect(id("地方一般公共预算收入", "亿元", false)).toBe("budget_revenue");
  });

  it("is the tourists received", () => {
    expect(id("旅游接待总人数", "万人次", false)).toBe("tourist_arrivals");
    expect(id("旅游接待总人数增长", "%", true)).toBe("tourist_arrivals_growth");
  });
});

describe("tourism and foreign investment under other names (Liuzhou 2020, Shaoxing 2021)", () => {
  it("旅游总人数 and 旅游总消费 are tourist arrivals and tourism revenue", () => {
    // 全市接待国内外旅游总人数7002.9万人次、增长30.6%，实现旅游总消费824.1亿元、增长35.9%
    expect(id("全市接待国内外旅游总人数", "万人次", false)).toBe("tourist_arrivals");
    expect(id("全市接待国内外旅游总人数增长", "%", true)).toBe("tourist_arrivals_growth");
    expect(id("实现旅游总消费", "亿元", false)).toBe("tourism_revenue");
    // 年内实现接待国内外旅游总人数增长20%以上、旅游总消费增长25%以上
    expect(id("旅游总消费增长", "%", true)).toBe("tourism_revenue_growth");
  });
  it("实到外资 is foreign investment actually used", () => {
    // 实到外资10亿美元以上
    expect(id("实到外资", "亿美元", false)).toBe("fdi_actual");
  });
});

describe("a sector's full name alone before its growth (Karamay 2020)", () => {
  it("第三产业增长13.8% is the growth of services value added", () => {
    expect(id("第三产业增长", "%", true)).toBe("services_value_added_growth");
    expect(id("第一产业增长", "%", true)).toBe("agriculture_value_added_growth");
    // 高于第二产业增速10.6个百分点: a gap, and no sector of the vocabulary.
    expect(id("高于第二产业增速", "个百分点", true)).toBeNull();
    // A share of the growth is no growth of the sector.
    expect(id("第三产业增长对经济增长的贡献率", "%", false)).toBeNull();
  });
});

describe("a kind of people after new jobs (Shaoxing 2021)", () => {
  it("新增就业大学生12.2万人 counts graduates in work, not the new urban jobs", () => {
    expect(id("新增就业大学生", "万人", false)).toBeNull();
    expect(id("城镇新增就业", "万人", false)).toBe("urban_jobs_new");
  });
});

describe("the area sown to grain crops (Heilongjiang 2021: 粮食作物播种面积增加150万亩，达2.16亿亩)", () => {
  it("粮食作物播种面积 is the grain area; the increase before the level is no level", () => {
    expect(id("粮食作物播种面积", "亿亩", false)).toBe("grain_area");
    const e = fixture(["粮食作物播种面积增加150万亩，达2.16亿亩。"], ["新增城镇就业1.2万人。"]);
    expect(e.figures.filter((f) => f.metric === "grain_area").map((f) => [f.value, f.unit])).toEqual([[2.16, "亿亩"]]);
  });
});

describe("tourists counted as 旅游人数 (Hainan 2023: 力争旅游人数、旅游收入分别增长20%和25%)", () => {
  it("旅游人数 opening the label is tourist arrivals; inbound tourists alone are not", () => {
    expect(id("旅游人数增长", "%", true)).toBe("tourist_arrivals_growth");
    // Luoyang 2014: 旅游人数、旅游总收入年均分别增长13.6%和17.4%
    expect(id("旅游人数年均增长", "%", true)).toBe("tourist_arrivals_growth");
    // Anhui 2010: 入境旅游人数达到156.2万人次
    expect(id("入境旅游人数", "万人次", false)).toBe(null);
  });
});

describe("R&D and foreign investment in national and provincial wording (Shandong 2017, national 2012)", () => {
  it("研发经费占生产总值的比重 is R&D intensity; 实际使用外商直接投资 is foreign investment actually used", () => {
    // Shandong 2017: 研发经费占生产总值的比重达到2.33%
    expect(id("研发经费占生产总值的比重", "%", false)).toBe("rd_intensity");
    // Henan 2018: 研究与试验发展经费占生产总值的比重进一步提高
    expect(id("研究与试验发展经费占生产总值的比重", "%", false)).toBe("rd_intensity");
    // National 2012: 实际使用外商直接投资1160亿美元
    expect(id("实际使用外商直接投资", "亿美元", false)).toBe("fdi_actual");
    const e = fixture(["实际使用外商直接投资1160亿美元，增长9.7%。研发经费占生产总值的比重达到2.33%。"], ["新增城镇就业1.2万人。"]);
    expect(e.figures.filter((f) => f.metric).map((f) => [f.metric, f.value])).toEqual([["fdi_actual", 1160], ["fdi_actual_growth", 9.7], ["rd_intensity", 2.33], ["urban_jobs_new", 1.2]]);
  });
});
