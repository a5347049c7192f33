import { otherBases } from "../../../src/lib/tracker/pair.ts";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFigureExtractor, loadMetrics } from "../../../scripts/lib/figures.ts";
import { matchMetric } from "../../../src/lib/figures/metric-match.ts";
import { withUnitEn } from "../../../src/i18n/figures.ts";
import { metricLookup } from "../../../src/lib/schema/metric.ts";
import { dev, extractText, fixture, nationFixture, metrics, one, quoting, real, root, typed, writtenMetrics } from "./helpers.ts";

const reports = [real("zhongwei-2020"), real("shizuishan-2020")];

/** Metric ids with both a result and a target in one report. */
const paired = (e: (typeof reports)[number]) => {
  const kinds = (k: string) => new Set(e.figures.filter((f) => f.kind === k && f.metric).map((f) => f.metric));
  const targets = kinds("target");
  return [...kinds("result")].filter((m) => targets.has(m));
};

describe("the indicator vocabulary", () => {
  it("validates, and holds the ids the charts and the comparison rely on", async () => {
    const loaded = await loadMetrics(root);
    expect(loaded).toEqual(metrics);
    const find = metricLookup(metrics);
    for (const id of [
      "gdp_growth",
      "industrial_value_added_growth",
      "budget_revenue_growth",
      "retail_sales_growth",
      "fixed_investment_growth",
      "urban_income_growth",
      "rural_income_growth",
    ]) {
      expect(find(id), id).toMatchObject({ unit: "percent", measure: "change", better: "up" });
    }
    expect(find(null)).toBeUndefined();
    expect(find("pm25_concentration_change")).toMatchObject({ better: "down" });
  });

  it("names no indicator twice with the same unit family and measure (one of what there is and one of additions aside)", () => {
    const seen = new Map<string, string>();
    for (const m of metrics) {
      for (const name of m.names) {
        const key = `${name}|${m.unit}|${m.measure}|${m.stock ?? false}`;
        expect(seen.get(key), `${name} in ${m.id}`).toBeUndefined();
        seen.set(key, m.id);
      }
    }
  });
});

describe("pairing on the real reports", () => {
  it("gives the main indicators the same id in both cities, results and targets alike", () => {
    for (const e of reports) {
      for (const id of ["gdp_growth", "budget_revenue_growth", "industrial_value_added_growth", "urban_income_growth", "rural_income_growth"]) {
        expect(paired(e), `${e.doc.meta.id} ${id}`).toContain(id);
      }
    }
  });

  it("pairs every indicator each report gives for both years", () => {
    expect(paired(reports[0]!).sort()).toEqual(
      [
        "gdp_growth",
        "industrial_value_added_growth",
        "budget_revenue_growth",
        "retail_sales_growth",
        "urban_income_growth",
        "rural_income_growth",
        "registered_unemployment_rate",
        "good_air_days_ratio",
        "afforestation_area",
        "selenium_base_area",
        "selenium_parks",
        "server_capacity",
        "tourist_arrivals",
        "rd_intensity",
        "urban_jobs_new",
        "rural_labor_transfer",
        "beautiful_towns",
        "beautiful_villages",
        "rural_road_length",
        "rural_toilets",
        "kindergartens_built",
        "poverty_exits_people",
        "livelihood_projects",
      ].sort(),
    );
    expect(paired(reports[1]!).sort()).toEqual(
      [
        "gdp_growth",
        "fixed_investment_growth",
        "budget_revenue_growth",
        "urban_income_growth",
        "rural_income_growth",
        "industrial_value_added_growth",
        "services_value_added_growth",
        "industrial_upgrade_investment_growth",
        "investment_attracted_growth",
        "tourist_arrivals_growth",
        "tourism_revenue_growth",
        "net_exports_growth",
        "rd_intensity",
        "innovation_platforms_new",
        "sci_tech_cooperation_projects",
        "high_tech_enterprises_new",
        "tech_smes_new",
        "good_air_days_ratio",
        "old_housing_renovation_area",
        "shantytown_renovation",
        "zombie_enterprises_disposed",
        "low_cost_renovation_projects",
        "hollow_villages_renovated",
        "urban_jobs_new",
        "poverty_exits_people",
        "business_startup_days",
        "property_registration_days",
        "construction_permit_days",
      ].sort(),
    );
  });

  it("uses only ids of the vocabulary", () => {
    const ids = new Set(metrics.map((m) => m.id));
    for (const e of reports) for (const f of e.figures) if (f.metric !== null) expect(ids.has(f.metric), f.metric).toBe(true);
  });
});

describe("matchMetric", () => {
  const match = (label: string, unit: string, change: boolean) => matchMetric({ label, unit, change }, metrics)?.id ?? null;

  it("reads the industrial firms' technical upgrading investment as the industry's (Ningxia 2004: 今年要保持工业企业技术改造投资增长20%以上)", () => {
    const x = fixture(["地区生产总值增长8%。"], ["今年要保持工业企业技术改造投资增长20%以上。"]);
    expect(one(x, "工业企业技术改造投资增长20%以上", "20%")).toMatchObject({ kind: "target", metric: "industrial_upgrade_investment_growth", min: 20 });
    expect(match("工业企业技改投资增长", "%", true)).toBe("industrial_upgrade_investment_growth");
  });

  it("reads a bare technical upgrading investment as the industry's, not one ownership's part of it (Panzhihua 2020: 完成工业投资240亿元、技改投资177亿元以上，分别增长8%、5%以上)", () => {
    const x = fixture(["地区生产总值增长7%。"], ["完成工业投资240亿元、技改投资177亿元以上，分别增长8%、5%以上。技术改造投资增长15%以上。"]);
    expect(one(x, "技改投资177亿元以上，分别增长8%、5%以上", "5%")).toMatchObject({ kind: "target", metric: "industrial_upgrade_investment_growth", min: 5 });
    expect(one(x, "技术改造投资增长15%以上", "15%")).toMatchObject({ kind: "target", metric: "industrial_upgrade_investment_growth", min: 15 });
    // Shandong 1995: 其中国有技改投资增长24％, the state firms' alone.
    expect(match("国有技改投资增长", "%", true)).toBeNull();
  });

  it("gives no yearly change to a change against the span of as many years before (Zhuhai 2012: 社会消费品零售总额、旅游业总收入分别达2123亿元和935亿元，比前五年分别增长116%和75%)", () => {
    expect(match("社会消费品零售总额比前五年增长", "%", true)).toBeNull();
    expect(match("旅游业总收入比前五年增长", "%", true)).toBeNull();
    expect(match("社会消费品零售总额比上年增长", "%", true)).toBe("retail_sales_growth");
  });

  it("maps all kinds of loans named with no balance to the loans outstanding (Fujian 2002: 各项贷款比年初增加297.54亿元，增长12.3％)", () => {
    expect(match("各项贷款增长", "%", true)).toBe("loans_balance_growth");
    expect(match("全省金融机构各项存款", "亿元", false)).toBe("deposits_balance");
    expect(match("各项贷款比年初增加", "亿元", false)).toBeNull();
    // At the year's end, in a prefecture (Yanbian 2015: 年末全州各项存款1286亿元).
    expect(match("年末全州各项存款", "亿元", false)).toBe("deposits_balance");
    expect(match("年末全州各项存款增长", "%", true)).toBe("deposits_balance_growth");
    const x = fixture(["金融运行平稳，年末各项存款余额比年初增加499.95亿元，增长16.1％，各项贷款比年初增加297.54亿元，增长12.3％。"], ["地区生产总值增长8.5％。"]);
    expect(x.figures.filter((f) => /_balance/.test(f.metric ?? "")).map((f) => [f.metric, f.value])).toEqual([["deposits_balance_growth", 16.1], ["loans_balance_growth", 12.3]]);
  });

  it("maps the energy used per ten thousand yuan of GDP under GDP's older name (Hebei 2001: 万元国内生产总值综合能耗力争比上年降低5％)", () => {
    expect(match("万元国内生产总值综合能耗比上年降低", "%", true)).toBe("energy_intensity_change");
    expect(match("全省万元国内生产总值能耗降低", "%", true)).toBe("energy_intensity_change");
    const x = fixture([], ["万元国内生产总值综合能耗力争比上年降低5％，取水量稳定在224亿立方米左右。"]);
    expect(quoting(x, "综合能耗").map((f) => [f.metric, f.value])).toEqual([["energy_intensity_change", 5]]);
  });

  it("maps the share of days of good air by its older and shorter names (Qingyang 2018, Liupanshui 2016)", () => {
    expect(match("市区优良天气率", "%", false)).toBe("good_air_days_ratio");
    expect(match("市中心城区空气质量AQI优良率", "%", false)).toBe("good_air_days_ratio");
    expect(match("空气质量API优良率", "%", false)).toBe("good_air_days_ratio");
    // Not the days bettered by a share (Yingkou 2021: PM2.5平均浓度、空气优良天数分别改善16.3%和12%): a change, no share of days.
    expect(match("空气优良天数改善", "%", false)).toBeNull();
    const x = fixture(["五年来，PM2.5平均浓度、空气优良天数分别改善16.3%和12%。"], ["地区生产总值增长7%。"]);
    expect(one(x, "空气优良天数分别改善16.3%和12%", "12%").metric).toBeNull();
    // Nor the water's.
    expect(match("国控断面水质优良率", "%", false)).toBeNull();
  });

  it("reads a concentration bettered by a share as its fall (Weifang 2021: PM2.5平均浓度同比改善14.5%)", () => {
    const x = fixture(["大气环境质量明显好转，PM2.5平均浓度同比改善14.5%，空气质量优良天数增加12天。"], ["地区生产总值增长6%。"]);
    expect(one(x, "同比改善14.5%", "14.5%")).toMatchObject({ metric: "pm25_concentration_change", direction: "down", value: 14.5 });
    // Not the days or a share of them bettered, listed after it with one verb (Yingkou 2021): no concentration, no sign.
    const y = fixture(["五年来，PM2.5平均浓度、空气优良天数分别改善16.3%和12%。"], ["地区生产总值增长7%。"]);
    expect(one(y, "分别改善16.3%和12%", "12%")).toMatchObject({ metric: null, direction: null });
  });

  it("maps 人口自然增长率 (a level in ‰, no change for its 增长率) to an indicator where neither way is better", () => {
    expect(match("人口自然增长率", "‰", false)).toBe("natural_population_growth_rate");
    expect(metrics.find((m) => m.id === "natural_population_growth_rate")).toMatchObject({ unit: "permille", measure: "level", better: null });
    expect(match("人口自然增长率", "%", false)).toBeNull();
  });

  it("maps no count of several kinds added up to one of them (新建成中小学和幼儿园98所, Hangzhou 2024); a rate of each keeps its indicator", () => {
    expect(match("新建成中小学和幼儿园", "所", false)).toBeNull();
    expect(match("改扩建中小学、幼儿园", "所", false)).toBeNull();
    expect(match("完成营造林和草原修复面积", "万亩", false)).toBeNull();
    expect(match("建成城镇小区配套幼儿园", "所", false)).toBe("kindergartens_built");
    // Unless the vocabulary names the pair as one (清理拖欠民营企业、中小企业账款, one campaign).
    expect(match("清理拖欠民营企业、中小企业账款", "亿元", false)).toBe("arrears_cleared");
    expect(match("游客接待量和旅游收入增长", "%", true)).toBe("tourist_arrivals_growth");
  });

  it("maps no count of homes of two kinds, the second after its own work, to one of them (Mianyang 2014: 开工保障性住房和改造棚户区15244套); two works on one kind keep it", () => {
    expect(match("开工保障性住房和改造棚户区", "套", false)).toBeNull();
    expect(match("开工保障性住房和棚户区改造", "套", false)).toBeNull();
    expect(match("改造棚户区", "套", false)).toBe("shantytown_renovation");
    expect(match("新建和改造高标准农田", "万亩", false)).toBe("high_standard_farmland");
    expect(match("改造和建设农村公路", "公里", false)).toBe("rural_road_length");
  });

  it("reads 全域, the whole territory, as the place's own (Zhejiang 2025: 全域旅游人数、旅游综合收入分别增长8.5%、9.5%)", () => {
    expect(match("全域旅游人数增长", "%", true)).toBe("tourist_arrivals_growth");
    expect(match("全域旅游人数", "万人次", false)).toBe("tourist_arrivals");
  });

  it("maps no visitors from abroad or staying overnight to all tourists (Zhejiang 2026: 入境过夜游客人数增长24.9%)", () => {
    expect(match("入境过夜游客人数增长", "%", true)).toBeNull();
    expect(match("入境游客人数", "万人次", false)).toBeNull();
    expect(match("境外游客人数增长", "%", true)).toBeNull();
    expect(match("游客人数增长", "%", true)).toBe("tourist_arrivals_growth");
  });

  it("takes the longest name whose unit family and measure fit", () => {
    expect(match("软件和信息技术服务业增加值增长", "%", true)).toBe("software_it_value_added_growth");
    expect(match("服务业增加值增长", "%", true)).toBe("services_value_added_growth");
    expect(match("农村卫生厕所普及率", "%", false)).toBe("rural_toilet_coverage");
    // The rate of the plains areas alone (川区农村卫生厕所普及率达到85%左右, Zhongwei 2020) is a part's, not the city's.
    expect(match("川区农村卫生厕所普及率", "%", false)).toBeNull();
    expect(match("改建农村厕所", "万户", false)).toBe("rural_toilets");
  });

  it("reads industry above the size threshold, written as the threshold, as industry above designated size (Liupanshui 2016)", () => {
    // 规模以上工业 is industry with a yearly revenue of 20 million yuan and over (5 million before 2011).
    expect(match("2000万元以上工业增加值增长", "%", true)).toBe("industrial_value_added_growth");
    expect(match("500万元以上工业增加值", "亿元", false)).toBe("industrial_value_added");
    const e = fixture(
      ["全市生产总值同比增长12.1%，2000万元以上工业增加值增长10%，固定资产投资增长25.9%。"],
      ["今年经济社会发展主要预期目标是：地区生产总值增长12%以上，一产增加值增长7%左右、2000万元以上工业增加值增长10%以上、三产增加值增长13%左右。"],
    );
    const industry = e.figures.filter((f) => f.quote.includes("2000万元以上工业增加值增长") && f.value === 10).map((f) => [f.kind, f.value, f.metric]);
    expect(industry).toEqual([
      ["result", 10, "industrial_value_added_growth"],
      ["target", 10, "industrial_value_added_growth"],
    ]);
    // A threshold of another kind of firm is no such class (`5000万元以上工业项目`).
    expect(match("5000万元以上工业增加值", "亿元", false)).toBeNull();
  });

  it("counts rural toilets by the toilet as by the household (Linfen 2021, Cangzhou 2024)", () => {
    // Linfen 2021: 完成农村改厕22.9万座; Cangzhou 2024: 完成…、3.8万座农村户厕改造任务; Ningxia 2021: 建设卫生户厕10.5万户.
    expect(match("完成农村改厕", "万座", false)).toBe("rural_toilets");
    expect(match("农村户厕改造任务", "万座", false)).toBe("rural_toilets");
    expect(match("建设卫生户厕", "万户", false)).toBe("rural_toilets");
    // Not public toilets (`建成农村公厕71座`), nor the campaigns that name toilets among others (`改水改厕等12个专项行动`).
    expect(match("建成农村公厕", "座", false)).toBeNull();
    expect(match("开展道路硬化、改水改厕等", "个", false)).toBeNull();
  });

  it("reads the tourists and tourism revenue of one kind of tourism as that kind's, not the place's", () => {
    // Sanya 2022: 力争全市乡村旅游接待游客达到300万人次; Chengdu 2020: 全市乡村旅游总收入达489.2亿元; Zhengzhou 2024:
    // 休闲农业与乡村旅游接待游客1427万人次; Wuhu 2025: 休闲农业和乡村旅游收入增长10%以上.
    expect(match("力争全市乡村旅游接待游客达到", "万人次", false)).toBeNull();
    expect(match("全市乡村旅游总收入达", "亿元", false)).toBeNull();
    expect(match("休闲农业与乡村旅游接待游客", "万人次", false)).toBeNull();
    expect(match("休闲农业和乡村旅游收入增长", "%", true)).toBeNull();
    // Wuhan 2017: 乡村休闲旅游收入达86亿元, the country's leisure tourism.
    expect(match("乡村休闲旅游收入达", "亿元", false)).toBeNull();
    // Yangzhou 2019: 全市休闲观光农业年接待游客650万人次, the year's tourists of leisure and sightseeing farming.
    expect(match("全市休闲观光农业年接待游客", "万人次", false)).toBeNull();
    expect(match("观光农业接待游客", "万人次", false)).toBeNull();
    // The place's tourism as a whole keeps its ids (`全域旅游`, `全年接待游客`).
    expect(match("全年接待游客", "万人次", false)).toBe("tourist_arrivals");
    expect(match("全域旅游总收入", "亿元", false)).toBe("tourism_revenue");
  });

  it("names the exports by their earnings in foreign exchange and the contribution of science and technology by its shorter name (Liaoning 2003, Sichuan 2004)", () => {
    const x = fixture(["出口创汇增长9%，达到135亿美元。科技对经济增长的贡献率达到40.2%。农产品出口创汇5亿美元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "出口创汇增长9%", "9%").metric).toBe("exports_growth");
    expect(one(x, "达到135亿美元", "135亿美元").metric).toBe("exports_usd");
    expect(one(x, "贡献率达到40.2%", "40.2%").metric).toBe("tech_progress_contribution");
    // A product's exports are that product's.
    expect(one(x, "农产品出口创汇5亿美元", "5亿美元").metric).toBeNull();
  });

  it("reads tourism revenue with the verb between the industry and its revenue (Hunan 2005: 旅游业实现总收入370.7亿元，增长26.1％)", () => {
    const x = fixture(["消费需求旺盛，实现社会消费品零售总额2069.8亿元，增长14％。旅游业实现总收入370.7亿元，增长26.1％。"], ["地区生产总值增长10％。"]);
    expect(quoting(x, "370.7亿元").map((f) => [f.label_zh, f.metric])).toEqual([
      ["旅游业实现总收入", "tourism_revenue"],
      ["旅游业实现总收入增长", "tourism_revenue_growth"],
    ]);
  });

  it("names the tourism's revenue counted over society and the documents issued by their older names (Jining 2014, Jiangmen 2014)", () => {
    const x = fixture(
      ["全市实现旅游社会总收入389亿元、增长14%。“文山会海”大幅削减，市政府印发公文和召开会议同比减少46%和29%。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "旅游社会总收入389亿元", "389亿元").metric).toBe("tourism_revenue");
    expect(one(x, "增长14%", "14%").metric).toBe("tourism_revenue_growth");
    expect(one(x, "同比减少46%", "46%")).toMatchObject({ metric: "documents_change", direction: "down" });
    expect(one(x, "和29%", "29%").metric).toBe("meetings_change");
  });

  it("names the new urban jobs told as town people newly employed (Urumqi 2014: 新增城镇人员就业8.2万人)", () => {
    const x = fixture(["就业和社会保障工作扎实推进。新增城镇人员就业8.2万人，城镇登记失业率3.4%。"], ["地区生产总值增长10%。"]);
    expect(one(x, "新增城镇人员就业8.2万人", "8.2万人").metric).toBe("urban_jobs_new");
    expect(one(x, "城镇登记失业率3.4%", "3.4%").metric).toBe("registered_unemployment_rate");
  });

  it("names the urban sewage treatment rate by its statistical name, 集中处理率 (Chongqing 2003, 2006)", () => {
    const x = fixture(["城市生活污水集中处理率达到80%。"], ["城镇污水集中处理率、生活垃圾无害化处理率分别达到80%和90%。"]);
    expect(one(x, "城市生活污水集中处理率达到80%", "80%").metric).toBe("sewage_treatment_rate");
    expect(one(x, "城镇污水集中处理率、生活垃圾无害化处理率分别达到80%和90%", "80%")).toMatchObject({ kind: "target", metric: "sewage_treatment_rate" });
    // A village's bare rate stays unnamed, as 污水处理率 does.
    expect(match("农村生活污水集中处理率", "%", false)).toBeNull();
  });

  it("names retail sales and R&D intensity by their shortest names (Dongguan 2026: 社消零总额增长5%, R&D占比从2020年的3.39%提至2024年的4.01%)", () => {
    const x = fixture(["R&D占比从2020年的3.39%提至2024年的4.01%。社消零总额突破5000亿元。"], ["社消零总额增长5%。"]);
    expect(one(x, "R&D占比从2020年的3.39%提至2024年的4.01%", "4.01%").metric).toBe("rd_intensity");
    expect(one(x, "社消零总额突破5000亿元", "5000亿元").metric).toBe("retail_sales");
    expect(one(x, "社消零总额增长5%", "5%")).toMatchObject({ kind: "target", metric: "retail_sales_growth" });
    // A firm's or a sector's share is none of the place's intensity.
    expect(match("企业R&D占比", "%", false)).toBeNull();
  });

  it("names R&D spending by its statistical name alone (Xinjiang 2025: 全疆研究与试验发展经费突破百亿元，增长27%)", () => {
    const x = fixture(["全疆研究与试验发展经费突破百亿元，增长27%。"], ["地区生产总值增长5%。"]);
    expect(one(x, "全疆研究与试验发展经费突破百亿元，增长27%", "27%").metric).toBe("rd_spending_growth");
    // Its intensity stays the intensity.
    expect(match("研究与试验发展经费投入强度", "%", false)).toBe("rd_intensity");
  });

  it("names R&D intensity by the older wording 研究与试验开发 (State Council 2003: 全国研究与试验开发经费…占国内生产总值的比重从0.64%提高到1.13%)", () => {
    const x = nationFixture(["全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元，占国内生产总值的比重从0.64%提高到1.13%。"], ["国内生产总值增长7%左右。"]);
    expect(one(x, "占国内生产总值的比重从0.64%提高到1.13%", "1.13%").metric).toBe("rd_intensity");
    expect(match("研究与试验开发经费投入强度", "%", false)).toBe("rd_intensity");
    // The funds themselves, in money, are no intensity.
    expect(one(x, "增加到2002年的1161亿元", "1161亿元").metric).toBeNull();
  });

  it("names R&D intensity by the statistical name without 经费 (Baoding 2024: 科学研究与试验发展投入强度3.48%; Qianxinan 2020)", () => {
    const x = fixture(["科学研究与试验发展投入强度3.48%，超全国、全省平均水平。"], ["研究与试验发展投入强度提高到0.9%。"]);
    expect(one(x, "科学研究与试验发展投入强度3.48%", "3.48%").metric).toBe("rd_intensity");
    expect(one(x, "研究与试验发展投入强度提高到0.9%", "0.9%")).toMatchObject({ kind: "target", metric: "rd_intensity" });
  });

  it("names R&D intensity by its short name with 与试验 (Ningxia 2018: 研发与试验投入强度达到1.3%左右)", () => {
    const x = fixture(["地区生产总值增长5%。"], ["地区生产总值增长7%。发挥科技后补助资金、科技投资基金作用，引导企业加大科技投入，研发与试验投入强度达到1.3%左右。"]);
    expect(one(x, "研发与试验投入强度达到1.3%左右", "1.3%")).toMatchObject({ kind: "target", metric: "rd_intensity", qualifier: "approx" });
  });

  it("names R&D intensity by its statistical name with 相当于 (Huzhou 2016: 全社会研究与试验发展经费支出相当于地区生产总值的比例从1.64%提高到2.5%以上)", () => {
    const x = fixture(
      ["全社会研究与试验发展经费支出相当于地区生产总值的比例从1.64%提高到2.5%以上，每万人有效发明专利拥有量达到12.9件。"],
      ["全社会研究与试验发展经费支出相当于地区生产总值的比例达到2.6%。"],
    );
    expect(one(x, "全社会研究与试验发展经费支出相当于地区生产总值的比例从1.64%提高到2.5%以上", "2.5%").metric).toBe("rd_intensity");
    expect(one(x, "全社会研究与试验发展经费支出相当于地区生产总值的比例达到2.6%", "2.6%")).toMatchObject({ kind: "target", metric: "rd_intensity" });
    // Spending equal to some other whole is no intensity.
    expect(match("研究与试验发展经费支出相当于上年", "%", false)).toBeNull();
  });

  it("names R&D intensity by the funds put in against the output (Kunming 2016: 全社会研究与试验发展经费投入与地区生产总值之比为1.75%)", () => {
    const x = fixture(
      ["全社会研究与试验发展经费投入与地区生产总值之比为1.75%，成为国家创新型试点城市。"],
      ["大力开展大众创业、万众创新，全社会研究与试验发展经费投入与地区生产总值之比达1.8%。"],
    );
    expect(one(x, "全社会研究与试验发展经费投入与地区生产总值之比为1.75%", "1.75%").metric).toBe("rd_intensity");
    expect(one(x, "全社会研究与试验发展经费投入与地区生产总值之比达1.8%", "1.8%")).toMatchObject({ kind: "target", metric: "rd_intensity", value: 1.8 });
    expect(match("研发经费投入与地区生产总值之比", "%", false)).toBe("rd_intensity");
  });

  it("names the invention patents per ten thousand people without 拥有 (Huizhou 2024: 万人发明专利量提高到23.01件; Mianyang 2025)", () => {
    const x = fixture(["万人发明专利量提高到23.01件。每万人有效发明专利达31.1件。"], ["万人发明专利量23.8件。"]);
    expect(one(x, "万人发明专利量提高到23.01件", "23.01件").metric).toBe("invention_patents_per_10k");
    expect(one(x, "每万人有效发明专利达31.1件", "31.1件").metric).toBe("invention_patents_per_10k");
    expect(one(x, "万人发明专利量23.8件", "23.8件")).toMatchObject({ kind: "target", metric: "invention_patents_per_10k" });
    // Those of high value are a narrower count.
    expect(match("每万人高价值发明专利拥有量", "件", false)).toBeNull();
  });

  it("names the retail price increase, an older report's price target (State Council 1994: 努力把全年零售物价上涨幅度控制在百分之十以内; 1989: 全国零售物价总指数…上升18.5%)", () => {
    const x = nationFixture(["全国零售物价总指数比上年上升13%，商品零售价格总指数为113。"], ["努力把全年零售物价上涨幅度控制在百分之十以内。国民生产总值增长9%。"]);
    expect(x.doc.meta.level).toBe("nation");
    expect(one(x, "全国零售物价总指数比上年上升13%", "13%")).toMatchObject({ kind: "result", year: 2019, metric: "retail_price_growth" });
    expect(one(x, "商品零售价格总指数为113", "113")).toMatchObject({ metric: "retail_price_growth", unit: "（上年=100）" });
    expect(one(x, "努力把全年零售物价上涨幅度控制在百分之十以内", "百分之十")).toMatchObject({ kind: "target", year: 2020, metric: "retail_price_growth", value: 10, qualifier: "at_most" });
  });

  it("names the nation's fiscal revenue told bare its budget revenue, in the State Council's report alone (2007: 全国财政收入3.93万亿元; 国家财政收入达13380亿元)", () => {
    const x = nationFixture(["全国财政收入3.93万亿元，增长22.4%。国家财政收入达13380亿元。中央财政收入增长10%。"], ["财政收入增长10.1%。国内生产总值增长8%。"]);
    expect(["全国财政收入3.93万亿元", "国家财政收入达13380亿元"].map((q) => quoting(x, q)[0]!.metric)).toEqual(["budget_revenue", "budget_revenue"]);
    expect(one(x, "财政收入增长10.1%", "10.1%")).toMatchObject({ kind: "target", metric: "budget_revenue_growth" });
    // The centre's share is none of the whole.
    expect(one(x, "中央财政收入增长10%", "10%").metric).toBeNull();
    // A place's bare 财政收入 may be either budget's, and stays unnamed.
    const y = fixture(["全市财政收入30亿元，增长12%。"], ["财政收入增长10%。"]);
    expect(y.figures.map((f) => f.metric)).toEqual([null, null, null]);
  });

  it("leaves the country's GDP named bare after 我国 in the report of a place below it (Changji 2021: 我国经济实力…，国内生产总值突破一百万亿元)", () => {
    const x = fixture(["我国经济实力、科技实力、综合国力跃上新的台阶，国内生产总值突破一百万亿元，人均国内生产总值超过一万美元。全市国内生产总值增长6%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "国内生产总值突破一百万亿元", "一百万亿元").metric).toBeNull();
    // The place's own, named with its whole in a later sentence, keeps its indicator.
    expect(one(x, "全市国内生产总值增长6%", "6%").metric).toBe("gdp_growth");
    // So is the country's GDP named with 我国 in the label itself.
    const z = fixture(["我国国内生产总值突破一百万亿元。"], ["地区生产总值增长7%左右。"]);
    expect(one(z, "我国国内生产总值突破一百万亿元", "一百万亿元").metric).toBeNull();
    // So does the nation's own in its report.
    const y = nationFixture(["我国经济实力跃上新的台阶，国内生产总值突破一百万亿元。"], ["国内生产总值增长6%左右。"]);
    expect(one(y, "国内生产总值突破一百万亿元", "一百万亿元").metric).toBe("gdp");
  });

  it("leaves the country's figure named with 全国 in the report of a place below it: 全国居民消费价格上涨2% is no price rise of the city's", () => {
    const x = fixture(["全国居民消费价格上涨2%，全国商品零售价格上涨1.8%。全市居民消费价格上涨1.5%。"], ["地区生产总值增长9%。"]);
    expect(one(x, "全国居民消费价格上涨2%", "2%").metric).toBeNull();
    expect(one(x, "全国商品零售价格上涨1.8%", "1.8%").metric).toBeNull();
    expect(one(x, "全市居民消费价格上涨1.5%", "1.5%").metric).toBe("cpi_growth");
    // The suggestions of the national congress's deputies the place handled are its own count.
    const y = fixture(["办理全国人大代表建议9件、全国政协提案5件。"], ["地区生产总值增长9%。"]);
    expect(one(y, "办理全国人大代表建议9件", "9件").metric).toBe("deputies_suggestions");
    expect(one(y, "全国政协提案5件", "5件").metric).toBe("cppcc_proposals");
  });

  it("reads the deputies' suggestions and the members' proposals named without their bodies (Ningde 2022: 办理代表建议307件、委员提案334件)", () => {
    const x = fixture(["办理代表建议307件、委员提案334件。"], ["地区生产总值增长9%。"]);
    expect(one(x, "办理代表建议307件", "307件").metric).toBe("deputies_suggestions");
    expect(one(x, "委员提案334件", "334件").metric).toBe("cppcc_proposals");
    expect(match("办理代表建议", "件", false)).toBe("deputies_suggestions");
    // Not a deputy's suggestion of another kind, nor other members' motions.
    expect(match("职工代表建议", "件", false)).toBeNull();
    expect(match("常委委员提案", "件", false)).toBeNull();
  });

  it("reads the deputies' suggestions and opinions as their suggestions (Tianshui 2018: 225件人大代表意见建议、242件政协提案全部办结)", () => {
    const x = fixture(["225件人大代表意见建议、242件政协提案全部办结。办结人大代表建议意见90件。"], ["地区生产总值增长9%。"]);
    expect(one(x, "225件人大代表意见建议", "225件").metric).toBe("deputies_suggestions");
    expect(one(x, "242件政协提案", "242件").metric).toBe("cppcc_proposals");
    expect(one(x, "人大代表建议意见90件", "90件").metric).toBe("deputies_suggestions");
    // The suggestions and the proposals counted together are neither.
    expect(match("办理人大代表意见建议和政协委员提案", "件", false)).toBeNull();
  });

  it("names the high-tech investment without 产业 in a list of kinds of investment (Shizuishan 2018: 重大产业、工业技改、高新技术、民间投资分别增长13%、15%、20%、10%以上)", () => {
    const x = fixture(["重大产业、工业技改、高新技术、民间投资分别增长13%、15%、20%、10%以上。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.metric)).toEqual([
      "major_industry_investment_growth",
      "industrial_upgrade_investment_growth",
      "high_tech_investment_growth",
      "private_investment_growth",
    ]);
  });

  it("names afforestation said bare and the tourist visits as the tourism's reception (Handan 2014: 完成造林绿化52万亩; Jining 2014: 新增造林24.9万亩; Kaifeng 2014: 全市旅游接待量…4990.2万人次)", () => {
    const x = fixture(["完成造林46万亩，完成造林绿化52万亩，新增造林24.9万亩。全市旅游接待量4990.2万人次，增长12%。义务植树造林100万株。"], ["地区生产总值增长8%。"]);
    expect(["完成造林46万亩", "完成造林绿化52万亩", "新增造林24.9万亩"].map((q) => quoting(x, q)[0]!.metric)).toEqual(["afforestation_area", "afforestation_area", "afforestation_area"]);
    expect(one(x, "全市旅游接待量4990.2万人次", "4990.2万人次").metric).toBe("tourist_arrivals");
    expect(one(x, "增长12%", "12%").metric).toBe("tourist_arrivals_growth");
    // Trees counted are no area afforested.
    expect(one(x, "义务植树造林100万株", "100万株").metric).toBeNull();
  });

  it("names the investment attracted by its amount in place and the good air days by the share that meets the standard (Jinzhou 2014: 域外招商引资到位额857.6亿元，增长11.4%; 城市空气质量达标率达到95%)", () => {
    const x = fixture(["域外招商引资到位额857.6亿元，增长11.4%。城市空气质量达标率达到95%。"], ["城市空气质量达标天数比例保持在85%以上。"]);
    expect(one(x, "域外招商引资到位额857.6亿元", "857.6亿元").metric).toBe("investment_attracted");
    expect(one(x, "增长11.4%", "11.4%").metric).toBe("investment_attracted_growth");
    expect(one(x, "城市空气质量达标率达到95%", "95%").metric).toBe("good_air_days_ratio");
    expect(one(x, "城市空气质量达标天数比例保持在85%以上", "85%")).toMatchObject({ kind: "target", metric: "good_air_days_ratio" });
  });

  it("reads the disposable income written 可支配性收入 and the green coverage of the city's area written with 内 (Shenyang 2001)", () => {
    const x = fixture(["城镇居民人均可支配性收入达到9421元，城区内绿化覆盖率达到23.91%。"], ["地区生产总值增长9%。"]);
    expect(one(x, "城镇居民人均可支配性收入达到9421元", "9421元").metric).toBe("urban_income");
    expect(one(x, "城区内绿化覆盖率达到23.91%", "23.91%").metric).toBe("green_coverage_rate");
  });

  it("reads a natural growth rate named bare as the population's (Mianyang 2014: 自然增长率控制在1.96‰以内)", () => {
    const x = fixture(["全市常住人口增加1.2万人，自然增长率控制在1.96‰以内。"], ["地区生产总值增长6%。"]);
    expect(one(x, "自然增长率控制在1.96‰以内", "1.96‰")).toMatchObject({ metric: "natural_population_growth_rate", qualifier: "at_most" });
  });

  it("reads a fall's rate as its extent (Zhengzhou 2019: 单位生产总值能耗降低率达到7%; Tangshan 2016: 单位GDP能耗下降率为26.1%)", () => {
    const x = fixture(["单位GDP能耗下降率为26.1%。"], ["单位生产总值能耗降低率达到7%。地区生产总值增长6%。"]);
    expect(one(x, "下降率为26.1%", "26.1%")).toMatchObject({ metric: "energy_intensity_change", direction: "down" });
    expect(one(x, "降低率达到7%", "7%")).toMatchObject({ kind: "target", metric: "energy_intensity_change", direction: "down" });
  });

  it("reads PM2.5 written as a Markdown subscript (Nantong 2021: PM_2.5平均浓度降至34微克/立方米)", () => {
    const x = fixture(["PM_2.5平均浓度降至34微克/立方米，下降10.5%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "PM_2.5平均浓度降至34微克/立方米", "34微克/立方米").metric).toBe("pm25_concentration");
    expect(one(x, "下降10.5%", "10.5%").metric).toBe("pm25_concentration_change");
  });

  it("reads the participation rate named bare after the cooperative medical scheme's subsidy (Guizhou 2009: …从上年的40元提高到80元，参合率达到92.1%)", () => {
    const x = fixture(["新型农村合作医疗人均补助标准从上年的40元提高到80元，参合率达到92.1%，提高7.2个百分点。"], ["地区生产总值增长8%左右。"]);
    expect(one(x, "参合率达到92.1%", "92.1%").metric).toBe("rural_coop_medical_rate");
    // Its rise in points and an insurance's enrolment rate are other measures.
    expect(one(x, "提高7.2个百分点", "7.2个百分点").metric).toBeNull();
    expect(match("参保率", "%", false)).toBeNull();
  });

  it("names retail sales and the budget's revenue by their names of the early 1990s (Guangzhou 1993)", () => {
    const x = fixture(
      ["市预算内财政收入达到45亿元。"],
      ["今年计划安排：国内生产总值比去年增长13%;外贸出口增长13%;社会商品零售总额增长20%;预算内财政收入增长7%;物价升幅控制在17%左右。"],
    );
    expect(one(x, "社会商品零售总额增长20%", "20%")).toMatchObject({ kind: "target", metric: "retail_sales_growth" });
    expect(one(x, "预算内财政收入增长7%", "7%")).toMatchObject({ kind: "target", metric: "budget_revenue_growth" });
    expect(one(x, "预算内财政收入达到45亿元", "45亿元").metric).toBe("budget_revenue");
    // Revenue outside the budget is no part of it.
    expect(match("预算外财政收入", "亿元", false)).toBeNull();
  });

  it("reads the e-commerce sales of the countryside or across the border as that part's, not the place's", () => {
    // Guizhou 2016: 农村电子商务交易额超过300亿元, 农村电商交易额增长30%以上.
    expect(match("农村电子商务交易额超过", "亿元", false)).toBeNull();
    expect(match("农村电商交易额增长", "%", true)).toBeNull();
    expect(match("跨境电商交易额", "亿元", false)).toBeNull();
    // The place's e-commerce as a whole keeps its ids (`电子商务交易额达到1400亿元`).
    expect(match("电子商务交易额达到", "亿元", false)).toBe("e_commerce_sales");
    expect(match("全市电商交易额增长", "%", true)).toBe("e_commerce_sales_growth");
  });

  it("reads childcare places per 1,000 people, not places added or a level of places in all", () => {
    const e = extractText(
      "wuzhong-2025.txt",
      [
        "吴忠市政府工作报告",
        "——2025年1月5日在吴忠市第五届人民代表大会第五次会议上",
        "一、2024年工作回顾",
        // Sentences of reports in the test set (新增托位7000个，千人托位数达到5.6个: Jining 2025).
        "新增托位7000个，千人托位数达到5.6个。全市托位数达5.45万个。",
        "二、2025年工作安排",
        // 每千人口拥有3岁以下婴幼儿托位数提高至4.5个: Wuzhong 2025.
        "地区生产总值增长6%左右。新增3岁以下婴幼儿托位2200个以上，每千人口拥有3岁以下婴幼儿托位数提高至4.5个。",
      ].join("\n"),
    );
    expect(one(e, "新增托位7000个", "7000个").metric).toBeNull();
    expect(one(e, "千人托位数达到5.6个", "5.6个").metric).toBe("childcare_places_per_1000");
    expect(one(e, "新增3岁以下婴幼儿托位2200个以上", "2200个").metric).toBeNull();
    expect(one(e, "每千人口拥有3岁以下婴幼儿托位数提高至4.5个", "4.5个")).toMatchObject({ metric: "childcare_places_per_1000", kind: "target", year: 2025 });
    expect(one(e, "全市托位数达5.45万个", "5.45万个").metric).toBeNull();
  });

  it("reads grassland vegetation coverage, results and targets alike (Guyuan 2024: 全市森林覆盖率和草原综合植被盖度分别达到17.74%和87.1%)", () => {
    const e = fixture(
      ["全市森林覆盖率、草原综合植被盖度、重点野生动植物保护率分别达到16.07%、87%和96%，稳居全区第一。"],
      ["地区生产总值增长6.5%左右。全市森林覆盖率和草原综合植被盖度分别达到17.74%和87.1%，建好宁南水源涵养区和水土保持区。"],
    );
    expect(one(e, "分别达到16.07%、87%和96%", "87%")).toMatchObject({ metric: "grassland_vegetation_coverage", kind: "result", year: 2019 });
    expect(one(e, "分别达到16.07%、87%和96%", "96%").metric).toBeNull();
    expect(one(e, "分别达到17.74%和87.1%", "87.1%")).toMatchObject({ metric: "grassland_vegetation_coverage", kind: "target", year: 2020 });
    expect(one(e, "分别达到17.74%和87.1%", "17.74%").metric).toBe("forest_coverage");
    // Zhongwei 2021, in the outlook: 草原综合植被覆盖度达到59%以上.
    expect(match("草原综合植被覆盖度", "%", false)).toBe("grassland_vegetation_coverage");
  });

  it("reads childcare places per 1,000 people written 每千人 (Guyuan 2024: 建成固原市托育综合服务中心，每千人托位数达3.5个)", () => {
    const e = fixture(["新增托位2200个。"], ["地区生产总值增长6.5%左右。推动人口高质量发展，建成固原市托育综合服务中心，每千人托位数达3.5个，减轻生育养育负担。"]);
    expect(one(e, "每千人托位数达3.5个", "3.5个")).toMatchObject({ metric: "childcare_places_per_1000", kind: "target", year: 2020 });
    expect(one(e, "新增托位2200个", "2200个").metric).toBeNull();
  });

  it("reads the place's online retail sales, and those of a part of it as that part's", () => {
    // Wuzhong 2025: 力争全年网络零售额增长10%以上; Zhongwei 2021: 网络零售额41.4亿元; 网上零售额476.5亿元、增长25.8%.
    expect(match("网络零售额增长", "%", true)).toBe("online_retail_sales_growth");
    expect(match("全市电商网络零售额增长", "%", true)).toBe("online_retail_sales_growth");
    expect(match("网络零售额", "亿元", false)).toBe("online_retail_sales");
    expect(match("网上零售额", "亿元", false)).toBe("online_retail_sales");
    // The countryside's, farm produce's, large firms' or physical goods' alone are parts of it.
    expect(match("农村网络零售额突破", "亿元", false)).toBeNull();
    expect(match("农产品网络零售额增长", "%", true)).toBeNull();
    expect(match("限上企业网络零售额增长", "%", true)).toBeNull();
    expect(match("限额以上企业网上零售额增长", "%", true)).toBeNull();
    expect(match("实物商品网上零售额增长", "%", true)).toBeNull();
    // Retail sales of consumer goods keep their own id.
    expect(match("社会消费品零售总额增长", "%", true)).toBe("retail_sales_growth");
  });

  it("gives trade, exports and foreign investment counted in US dollars their own ids, related to the yuan ones", () => {
    expect(match("外贸进出口总额", "亿美元", false)).toBe("foreign_trade_usd");
    expect(match("外贸进出口总额", "亿元", false)).toBe("foreign_trade");
    expect(match("实际利用外资", "亿美元", false)).toBe("fdi_actual");
    expect(match("实际使用外资增长", "%", true)).toBe("fdi_actual_growth");
    // Exports alone, in yuan, in dollars and as a growth; neither trade as a whole nor net exports nor one product's.
    expect(match("外贸出口", "亿元", false)).toBe("exports");
    expect(match("出口总额", "亿美元", false)).toBe("exports_usd");
    expect(match("出口总值增长", "%", true)).toBe("exports_growth");
    expect(match("进出口总值", "亿元", false)).toBe("foreign_trade");
    expect(match("净出口额", "亿元", false)).toBe("net_exports");
    expect(match("农产品出口额", "万美元", false)).toBeNull();
    // Imports alone, as exports are (Fujian 2008: 进口245.2亿美元、增长14.6％; 进口增长9%); neither trade as a whole nor an
    // import reform or a thing imported.
    expect(match("进口", "亿美元", false)).toBe("imports_usd");
    expect(match("进口总额", "亿元", false)).toBe("imports");
    expect(match("进口增长", "%", true)).toBe("imports_growth");
    expect(match("外贸进口总值增长", "%", true)).toBe("imports_growth");
    expect(match("进出口总额", "亿美元", false)).toBe("foreign_trade_usd");
    expect(match("进口博览会成交额", "亿元", false)).toBeNull();
    expect(match("进口商品", "亿元", false)).toBeNull();
    // A kind of trade or a partner is part of the trade (Heilongjiang 2024: 对俄进出口总额增长13.5%; Guangxi 2022:
    // 一般贸易进出口额增长18%, 边民互市贸易进出口额增长49%, 加工贸易进出口额突破千亿元); trade as a whole is not.
    expect(match("对俄进出口总额增长", "%", true)).toBeNull();
    expect(match("对俄出口增长", "%", true)).toBeNull();
    // A partner quoted, or a list's later partner named without 对 (Shanghai 2026: 对东盟、共建“一带一路”国家进出口总额分别
    // 增长10.4%、12.1%; Chengdu 2020: 对欧盟、东盟进出口总额分别增长36.5%、20.6%).
    expect(match("共建“一带一路”国家进出口总额增长", "%", true)).toBeNull();
    expect(match("对共建“一带一路”国家进出口总额增长", "%", true)).toBeNull();
    expect(match("东盟进出口总额增长", "%", true)).toBeNull();
    expect(match("一般贸易进出口额增长", "%", true)).toBeNull();
    expect(match("边民互市贸易进出口额增长", "%", true)).toBeNull();
    expect(match("加工贸易进出口额", "亿元", false)).toBeNull();
    // Exports are never the second half of imports and exports (Sanya 2022: 服务贸易进出口总额22亿元，同比增长57.1%).
    expect(match("服务贸易进出口总额", "亿元", false)).toBeNull();
    expect(match("服务贸易进出口总额同比增长", "%", true)).toBeNull();
    expect(match("服务贸易进出口总值", "亿美元", false)).toBeNull();
    // Nor services trade said without 贸易 (Hainan 2026: 服务进出口总额增长22.1%).
    expect(match("服务进出口总额增长", "%", true)).toBeNull();
    expect(match("服务进出口额", "亿元", false)).toBeNull();
    // Nor digital trade (Shenzhen 2025: 服务贸易进出口额1500亿美元以上，数字贸易进出口额660亿美元以上).
    expect(match("数字贸易进出口额", "亿美元", false)).toBeNull();
    expect(match("外贸进出口总额同比增长", "%", true)).toBe("foreign_trade_growth");
    expect(match("对外贸易进出口总额", "亿元", false)).toBe("foreign_trade");
    expect(match("全年进出口总额增长", "%", true)).toBe("foreign_trade_growth");
    // Contracted foreign investment is not investment used.
    expect(match("合同利用外资", "亿美元", false)).toBeNull();
    const usd = metrics.find((m) => m.id === "foreign_trade_usd")!;
    expect(otherBases(usd, metrics).has("foreign_trade")).toBe(true);
    expect(otherBases(metrics.find((m) => m.id === "foreign_trade")!, metrics).has("foreign_trade_usd")).toBe(true);
  });

  it("takes the place's own name with its suffix for the place itself (Beijing 2005: 北京市生产总值达到4283.3亿元，比上年增长13.2%)", () => {
    const own = (label: string, unit: string, change: boolean) => matchMetric({ label, unit, change, place: "北京市" }, metrics)?.id ?? null;
    expect(own("北京市生产总值", "亿元", false)).toBe("gdp");
    expect(own("北京市生产总值比上年增长", "%", true)).toBe("gdp_growth");
    expect(own("北京市生产总值增长", "%", true)).toBe("gdp_growth");
    // Another city's output stays another's, and without the place given the name is read as another city's.
    expect(own("天津市生产总值增长", "%", true)).toBeNull();
    expect(match("北京市生产总值增长", "%", true)).toBeNull();
  });

  it("never takes the economy of other cities for the place's (Sichuan 2022: 七大区域中心城市经济总量全部突破2000亿元)", () => {
    expect(match("七大区域中心城市经济总量全部突破", "亿元", false)).toBeNull();
    expect(match("绵阳市地区生产总值", "亿元", false)).toBeNull();
    expect(match("绵阳市地区生产总值增长", "%", true)).toBeNull();
    // The place itself (全市, 我市, 本省) and an indicator of its towns and cities (城市调查失业率) stay.
    expect(match("全市地区生产总值", "亿元", false)).toBe("gdp");
    expect(match("我市经济总量", "亿元", false)).toBe("gdp");
    // Nor the size of a sector of it (Yinchuan 2022: 力争数字经济总量达到700亿元), which is that sector's own indicator, or none.
    expect(match("数字经济总量", "亿元", false)).toBe("digital_economy");
    expect(match("力争数字经济总量", "亿元", false)).toBe("digital_economy");
    expect(match("民营经济总量", "亿元", false)).toBeNull();
    // Shandong 2025: 预计海洋生产总值1.8万亿元左右 is the sea economy's output, not the province's.
    expect(match("预计海洋生产总值", "万亿元", false)).toBeNull();
    expect(match("海洋生产总值增长", "%", true)).toBeNull();
    // Nantong 2014: 提升现代海洋渔业，海洋经济生产总值达到1550亿元 names the sea economy whole before its output: no GDP target.
    expect(match("海洋经济生产总值", "亿元", false)).toBeNull();
    expect(match("数字经济生产总值增长", "%", true)).toBeNull();
    // Haikou 2011: 农业生产总值年均增长7.6%，2010年达到60.95亿元 is farming's output, not the city's.
    expect(match("农业生产总值年均增长", "%", true)).toBeNull();
    expect(match("农业生产总值", "亿元", false)).toBeNull();
    expect(match("工业生产总值增长", "%", true)).toBeNull();
    expect(match("全省地区生产总值增长", "%", true)).toBe("gdp_growth");
    expect(match("城市调查失业率", "%", false)).toBe("surveyed_unemployment_rate");
  });

  it("never takes a measure per unit of output for the output (Guangdong 2008: 每新增亿元生产总值新增建设用地…下降60%)", () => {
    expect(match("五年平均每新增亿元生产总值新增建设用地预计比上五年下降", "%", true)).toBeNull();
    expect(match("亿元GDP生产安全事故死亡率下降", "%", true)).toBeNull();
    expect(match("万元生产总值能耗下降", "%", true)).not.toBe("gdp_growth");
    expect(match("实现地区生产总值", "亿元", false)).toBe("gdp");
  });

  it("never takes a narrower kind of a sector's investment for the sector's (Guangxi 2022: 高技术制造业投资增长57.9%)", () => {
    expect(match("高技术制造业投资增长", "%", true)).toBeNull();
    expect(match("装备制造业投资增长", "%", true)).toBeNull();
    expect(match("制造业投资增长", "%", true)).toBe("manufacturing_investment_growth");
    expect(match("高新技术产业投资增长", "%", true)).toBe("high_tech_investment_growth");
  });

  it("reads trade in goods as the place's trade (Qingdao 2018: 货物进出口增长6%左右)", () => {
    expect(match("货物进出口增长", "%", true)).toBe("foreign_trade_growth");
    expect(match("货物贸易进出口总额", "亿元", false)).toBe("foreign_trade");
  });

  it("counts as kindergartens built only those a building verb names (回收公建民营幼儿园55所, Liuzhou 2020, is none), nor schools counted with them", () => {
    const e = fixture(
      [
        "“一市（县）两校一园”[17]引进中小学幼儿园84所、提供优质学位16万个。",
        "新认定普惠性民办幼儿园77所。新建改扩建中小学幼儿园81所。13所公办幼儿园建成招生。",
        "新建、改扩建城乡中小学30所、幼儿园21 所。",
        "新建、改扩建中小学（幼儿园）40所。",
        "新增73所公办幼儿园、认定普惠性民办幼儿园189所。",
      ],
      ["新建幼儿园13所，回收公建民营幼儿园55所，实现普惠性幼儿园在园幼儿占比达80%。"],
    );
    // Brought in (Hainan 2023), certified (Linfen 2021), reclaimed (Liuzhou 2020), schools and kindergartens (Yinchuan 2021).
    expect(one(e, "引进中小学幼儿园", "84所").metric).toBeNull();
    expect(one(e, "新认定普惠性民办幼儿园", "77所").metric).toBeNull();
    expect(one(e, "回收公建民营幼儿园", "55所").metric).toBeNull();
    expect(one(e, "新建改扩建中小学幼儿园", "81所").metric).toBeNull();
    // The kindergartens in brackets after the schools (Chengdu 2026, Xizang 2021: 新建学校（幼儿园）1340所).
    expect(one(e, "中小学（幼儿园）", "40所").metric).toBeNull();
    // Built (Liuzhou 2020, Jiuquan 2022, Dongying 2020: the verb opens the list).
    expect(one(e, "新建幼儿园", "13所").metric).toBe("kindergartens_built");
    expect(one(e, "13所公办幼儿园建成招生", "13所").metric).toBe("kindergartens_built");
    expect(one(e, "幼儿园21 所", "21 所").metric).toBe("kindergartens_built");
    // A later item of the list certified with a verb of its own (Kunming 2023): not built, though the list opens with 新增.
    expect(one(e, "认定普惠性民办幼儿园189所", "189所").metric).toBeNull();
    expect(one(e, "新增73所公办幼儿园", "73所").metric).toBe("kindergartens_built");
  });

  it("counts no kindergartens built where the kindergartens are only where the work is done (在全市幼儿园建成明厨亮灶, Zhengzhou 2019)", () => {
    const e = fixture([], ["在全市幼儿园建成明厨亮灶1200家。新增公办幼儿园100所。"]);
    expect(one(e, "在全市幼儿园建成明厨亮灶", "1200家").metric).toBeNull();
    expect(one(e, "新增公办幼儿园", "100所").metric).toBe("kindergartens_built");
    expect(match("在全市幼儿园建成明厨亮灶", "家", false)).toBeNull();
  });

  it("never takes a name before a word for what the named thing has (幼儿园学位 counts no kindergartens)", () => {
    // Ningxia 2021 and 2022, Shizuishan 2023: places and classes at kindergartens, the school places added.
    expect(match("新增幼儿园学位", "个", false)).toBe("school_places_new");
    expect(match("公办幼儿园学位", "个", false)).toBeNull();
    expect(match("开办公立幼儿园托育班", "个", false)).toBeNull();
    // Shanghai 2026: 新增公办幼儿园托班托额3630个 counts places in nursery classes.
    expect(match("新增公办幼儿园托班托额", "个", false)).toBeNull();
    // Hangzhou 2024: ⑩推进老旧小区住宅加装电梯1118台 counts lifts, not compounds renovated.
    expect(match("推进老旧小区住宅加装电梯", "台", false)).toBeNull();
    // Zhaoqing 2020: 26个老旧小区完成加装电梯 counts the compounds given lifts, not compounds renovated.
    expect(match("老旧小区完成加装电梯", "个", false)).toBeNull();
    expect(match("升级改造老旧小区", "个", false)).toBe("old_housing_renovation_count");
    // Huzhou 2024: 银行贷款余额突破万亿元，增长19.9% is the place's loans balance; one kind of bank's is not.
    expect(match("银行贷款余额", "万亿元", false)).toBe("loans_balance");
    expect(match("银行贷款余额增长", "%", true)).toBe("loans_balance_growth");
    expect(match("全市银行业金融机构存款余额", "亿元", false)).toBe("deposits_balance");
    expect(match("农村商业银行贷款余额", "亿元", false)).toBeNull();
    // Chengde 2014: 外埠银行业金融机构贷款余额增长13.7% is the loans of the banks from outside the city, not the city's.
    expect(match("外埠银行业金融机构贷款余额增长", "%", true)).toBeNull();
    expect(match("银行业金融机构贷款余额增长", "%", true)).toBe("loans_balance_growth");
    expect(match("我市银行业金融机构贷款余额增长", "%", true)).toBe("loans_balance_growth");
    expect(match("农商银行各项贷款余额", "亿元", false)).toBeNull();
    // Zhuhai 2021: 为2万户老旧小区住宅加建户外公共燃气管道 counts the homes given gas pipes, not compounds renovated.
    expect(match("为老旧小区住宅加建户外公共燃气管道", "万户", false)).toBeNull();
    expect(match("老旧小区加装电梯", "部", false)).toBeNull();
    // Tongliao 2022: 改造老旧小区供热管网87处 counts the sections of heating pipes renovated, not compounds renovated.
    expect(match("改造老旧小区供热管网", "处", false)).toBeNull();
    expect(match("改造老旧小区管网", "公里", false)).toBeNull();
    // Shangrao 2021: 启动中心城区79个老旧小区供水系统改造工程 counts the compounds whose water systems are redone, no compounds renovated.
    expect(match("启动中心城区老旧小区供水系统改造工程", "个", false)).toBeNull();
    expect(match("改造老旧小区二次供水设施", "个", false)).toBeNull();
    expect(match("改造老旧小区", "个", false)).toBe("old_housing_renovation_count");
    expect(match("完成城镇老旧小区改造", "个", false)).toBe("old_housing_renovation_count");
    expect(match("新建幼儿园", "所", false)).toBe("kindergartens_built");
    expect(match("城镇小区配套幼儿园", "所", false)).toBe("kindergartens_built");
    const ids = real("ningxia-2021").figures.filter((f) => f.quote.includes("新增幼儿园学位7200个")).map((f) => [f.value, f.metric]);
    expect(ids).toEqual([[7200, "school_places_new"]]);
  });

  it("never takes a name before what the named things did for others (Shaanxi 2024: 创新平台帮助企业解决难题900余个 counts problems solved)", () => {
    expect(match("创新平台帮助企业解决难题", "个", false)).toBeNull();
    expect(match("新增省级创新平台", "个", false)).toBe("innovation_platforms_new");
  });

  it("never maps an output added (力争新增粮食产量100万吨以上, Xinjiang 2024) to the output itself", () => {
    expect(match("新增粮食产量", "万吨", false)).toBeNull();
    expect(match("粮食产量", "万吨", false)).toBe("grain_output");
    expect(match("新增城镇就业", "万人", false)).toBe("urban_jobs_new");
  });

  it("never maps a main aggregate added (Yunnan 2011: 全省生产总值新增1000亿元, 力争新增固定资产投资1100亿元以上) to its level", () => {
    expect(match("全省生产总值新增", "亿元", false)).toBeNull();
    expect(match("新增固定资产投资", "亿元", false)).toBeNull();
    expect(match("全省生产总值", "亿元", false)).toBe("gdp");
    expect(match("全社会固定资产投资", "亿元", false)).toBe("fixed_investment");
  });

  it("never maps a share of a wider whole's increase to R&D intensity (Daqing 2025: 全社会研发投入42.7亿元，净增10.2亿元、占全省增量的88.7%)", () => {
    expect(match("全社会研发投入占全省增量", "%", false)).toBeNull();
    expect(match("全社会研发投入占地区生产总值比重", "%", false)).toBe("rd_intensity");
  });

  it("reads society's R&D costs as a share of GDP as R&D intensity (Nanjing 2021: 实际利用外资50亿美元；全社会研发费用占GDP比重3.48%)", () => {
    const x = fixture(
      ["9600多家企业享受研发费用加计扣除308亿元，增长29.1%。"],
      ["今年经济社会发展的预期性指标是：地区生产总值增长7%；一般公共预算收入增长5%；实际利用外资50亿美元；全社会研发费用占GDP比重3.48%；城镇新增就业26万人。"],
    );
    expect(one(x, "全社会研发费用占GDP比重3.48%", "3.48%").metric).toBe("rd_intensity");
    expect(one(x, "研发费用加计扣除308亿元", "308亿元").metric).toBeNull();
  });

  it("reads society's R&D spending's share by its short name as R&D intensity (Qingdao 2016: 全社会研发经费占比提高到3.2%)", () => {
    expect(match("全社会研发经费占比", "%", false)).toBe("rd_intensity");
    // Not a firm's share, nor one whose whole the label names.
    expect(match("企业研发经费占比", "%", false)).toBeNull();
  });

  it("never maps the people newly insured in a job to the new urban jobs (Nanjing 2021: 新增就业参保大专以上人数40多万)", () => {
    const x = fixture(
      ["发放稳岗补贴13.7亿元，开发见习岗位11万个，新增就业参保大专以上人数40多万。城镇新增就业30.2万人。"],
      ["城镇新增就业26万人。"],
    );
    expect(one(x, "新增就业参保大专以上人数40多万", "40多万").metric).toBeNull();
    expect(one(x, "城镇新增就业30.2万人", "30.2万人").metric).toBe("urban_jobs_new");
  });

  it("never maps the enterprises' share of the whole society's R&D to R&D intensity (Anhui 2024: 企业研发投入、研发人员、研发机构、有效发明专利占全社会比重均超过80%)", () => {
    expect(match("企业研发投入占全社会比重", "%", false)).toBeNull();
    expect(match("研发经费投入占地区生产总值比重", "%", false)).toBe("rd_intensity");
  });

  it("never maps the value added of an industrial park to the place's (Guangdong 2017: 省产业转移园规模以上工业增加值增长约15%)", () => {
    expect(match("省产业转移园规模以上工业增加值增长", "%", true)).toBeNull();
    expect(match("全省规模以上工业增加值增长", "%", true)).toBe("industrial_value_added_growth");
  });

  it("never maps the investment of a sector's projects to the place's (Guangdong 2017: 完成工业项目固定资产投资1800亿元)", () => {
    expect(match("完成工业项目固定资产投资", "亿元", false)).toBeNull();
    expect(match("完成固定资产投资", "亿元", false)).toBe("fixed_investment");
  });

  it("never maps the fixed assets formed by investment attracted to the place's (Jinan 2018: 全市招商引资形成固定资产投资1489亿元、增长26%以上)", () => {
    expect(match("招商引资形成固定资产投资", "亿元", false)).toBeNull();
    expect(match("招商引资形成固定资产投资增长", "%", true)).toBeNull();
    expect(match("固定资产投资", "亿元", false)).toBe("fixed_investment");
  });

  it("never maps the investment of a part of the economy named whole to the place's (Lincang 2023: 数字经济固定资产投资增长25%以上)", () => {
    expect(match("数字经济固定资产投资增长", "%", true)).toBeNull();
    expect(match("民营经济投资增长", "%", true)).toBeNull();
    expect(match("全社会固定资产投资增长", "%", true)).toBe("fixed_investment_growth");
  });

  it("maps a total reached (达到135家, 突破, 发展到) to the indicator of what there is (高新技术企业), never to that of additions (新增高新技术企业)", () => {
    expect(matchMetric({ label: "国家级高新技术企业", unit: "家", change: false, level: true }, metrics)?.id).toBe("high_tech_enterprises");
    expect(matchMetric({ label: "国家高新技术企业", unit: "家", change: false }, metrics)?.id).toBe("high_tech_enterprises_new");
    const ids = (id: string, quote: string) => real(id).figures.filter((f) => f.quote.includes(quote)).map((f) => [f.value, f.metric]);
    expect(ids("yinchuan-2020", "力争国家级高新技术企业达到135家")).toEqual([[135, "high_tech_enterprises"]]);
    expect(ids("yinchuan-2020", "自治区级科技型中小企业达到500家")).toEqual([[500, "tech_smes"]]);
    expect(ids("yinchuan-2021", "新增国家高新技术企业35家")).toEqual([[35, "high_tech_enterprises_new"], [195, "tech_smes_new"]]);
    expect(ids("shizuishan-2021", "高新技术企业达到63家")).toEqual([[63, "high_tech_enterprises"]]);
    // Nor firms applying to be certified (Zhangzhou 2023: 力争申报国家高新技术企业数超360家): none of them yet.
    expect(matchMetric({ label: "申报国家高新技术企业数", unit: "家", change: false, level: true }, metrics)).toBeNull();
    // Nor a total passed (Fujian 2026: 国家高新技术企业超1.5万家), a level at the end of the span; records broken over it
    // (Guangzhou 1998: 共破超25项（次）世界纪录) stay an amount over it.
    const fj = fixture(["五年来，国家级专精特新“小巨人”企业达426家、制造业单项冠军企业达65家，国家高新技术企业超1.5万家。五年来，共破超25项（次）世界纪录。"], []);
    expect(fj.figures.filter((f) => f.value === 1.5).map((f) => [f.metric, f.period])).toEqual([["high_tech_enterprises", null]]);
    expect(fj.figures.filter((f) => f.value === 25).map((f) => f.period)).toEqual([[2015, 2019]]);
    // A level of another indicator is untouched: 城镇化率达到61%.
    expect(matchMetric({ label: "常住人口城镇化率", unit: "%", change: false, level: true }, metrics)?.id).toBe("urbanization_rate");
  });

  it("maps foreign investment arrived, named bare (Huaian 2023: 预计到账外资10.3亿美元), to foreign investment actually used", () => {
    const x = fixture(["开放合作水平持续提高，预计到账外资10.3亿美元，外贸进出口增长15%。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "预计到账外资10.3亿美元", "10.3亿美元").metric).toBe("fdi_actual");
    // Not the registered investment agreed (协议外资), which has not arrived.
    expect(matchMetric({ label: "协议外资", unit: "亿美元", change: false }, metrics)?.id ?? null).toBeNull();
  });

  it("maps a count of firms whose certificate is in force to what there is, its change to none (Huaian 2023: 预计有效期内高新技术企业670户、同比增加90户)", () => {
    const x = fixture(["预计有效期内高新技术企业670户、同比增加90户，全社会研发投入增长10%以上。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "预计有效期内高新技术企业670户", "670户").metric).toBe("high_tech_enterprises");
    expect(one(x, "同比增加90户", "90户").metric).toBeNull();
    // Those added stay additions.
    const added = fixture(["新增高新技术企业90户。"], ["地区生产总值增长7%左右。"]);
    expect(one(added, "新增高新技术企业90户", "90户").metric).toBe("high_tech_enterprises_new");
  });

  it("maps a running total built up, told of one year, to what there is, not to additions (Wuhai 2020: 累计建成国家高新技术企业26家)", () => {
    const x = fixture(["累计建成国家高新技术企业26家、自治区级企业研发中心24家。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "累计建成国家高新技术企业26家", "26家").metric).toBe("high_tech_enterprises");
    // Of a kind with no indicator of what there is, it takes none (Chuzhou 2025).
    const platforms = fixture(["累计建成省级以上创新平台376家。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(platforms, "累计建成省级以上创新平台376家", "376家").metric).toBeNull();
    // Those added, said with 累计 too, stay additions.
    const added = fixture(["累计新增国家高新技术企业26家。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(added, "累计新增国家高新技术企业26家", "26家").metric).toBe("high_tech_enterprises_new");
    // So does a sum over a span of years (Chenzhou 2021: 累计增加高新技术企业214家, of five).
    expect(matchMetric({ label: "累计增加高新技术企业", unit: "家", change: false, singleYear: false }, metrics)?.id).toBe("high_tech_enterprises_new");
  });

  it("never maps a count the sentence compares with an earlier year's end to additions (Sanming 2021: 全市高新技术企业147家、较2015年末增长2.5倍)", () => {
    const x = fixture(
      ["这五年，是产业升级取得突破的五年。“十三五”期间，全社会研究与试验发展（R&D）经费投入年均增长16.6%，全市高新技术企业147家、较2015年末增长2.5倍。全年新增国家级高新技术企业29家。"],
      ["地区生产总值增长7.5%以上。"],
    );
    expect(one(x, "全市高新技术企业147家", "147家").metric).toBe("high_tech_enterprises");
    expect(one(x, "新增国家级高新技术企业29家", "29家").metric).toBe("high_tech_enterprises_new");
  });

  it("never maps a running total alone in its clause after the year's additions to additions (Wuhan 2017: 高新技术企业新增521家，累计2177家)", () => {
    const x = fixture(
      ["企业创新主体作用日益增强。新增国内外500强和跨国公司研发机构30个、各类科技创新平台201个。发明专利申请量20643件，增长36.9%，企业申请量占一半以上。高新技术企业新增521家，累计2177家。"],
      ["地区生产总值增长8%左右。"],
    );
    expect(one(x, "高新技术企业新增521家", "521家").metric).toBe("high_tech_enterprises_new");
    expect(one(x, "累计2177家", "2177家").metric).toBe("high_tech_enterprises");
  });

  it("maps a total past a milestone after the additions to what there is, an earlier term compared after it (Zhanjiang 2021: 总数突破300家，比“十二五”时期增长7倍多)", () => {
    const x = fixture(
      ["高新技术产业逐步壮大。大力实施高新技术企业培育计划，新增高新技术企业261家，总数突破300家，比“十二五”时期增长7倍多。"],
      ["地区生产总值增长7%。"],
    );
    expect(one(x, "新增高新技术企业261家", "261家").metric).toBe("high_tech_enterprises_new");
    expect(one(x, "总数突破300家", "300家")).toMatchObject({ metric: "high_tech_enterprises", period: null, qualifier: "at_least" });
  });

  it("gives no year-on-year id to a change against an older base year (比2015年下降12%)", () => {
    const pm = (label: string) => matchMetric({ label, unit: "%", change: true, year: 2020 }, metrics)?.id ?? null;
    expect(pm("PM2.5年均浓度比2015年下降")).toBeNull();
    expect(pm("PM2.5年均浓度比2019年下降")).toBe("pm25_concentration_change");
    expect(pm("PM2.5平均浓度下降")).toBe("pm25_concentration_change");
    const sz = reports[1]!.figures.filter((f) => f.quote.includes("比2015年"));
    expect(sz.map((f) => [f.label_zh, f.metric, f.value])).toEqual([
      ["PM2.5年均浓度比2015年下降", null, 12],
      ["PM10年均浓度比2015年下降", null, 11],
    ]);
  });

  it("never maps a share, a level or another unit to a growth indicator", () => {
    expect(match("制造业占规上工业增加值比重", "%", false)).toBeNull();
    expect(match("服务业增加值对经济增长的贡献率", "%", false)).toBeNull();
    // A contribution after a share's whole name (Xingtai 2019: 第三产业占比首次超过第二产业、对经济增长的贡献率达到59.7%).
    expect(match("第三产业占比首次超过第二产业、对经济增长的贡献率", "%", false)).toBeNull();
    expect(match("第三产业占比", "%", false)).toBe("services_share");
    expect(match("招商引资实际到位资金", "亿元", false)).toBe("investment_attracted");
    expect(match("招商引资到位资金增长", "%", true)).toBe("investment_attracted_growth");
    expect(match("深度贫困村脱贫出列", "个", false)).toBeNull();
  });

  it("maps people or households lifted out of poverty only where the label ends with the deed, not a group named by it (Guangxi 2026: 脱贫人口务工规模293.2万人)", () => {
    // A group named by the deed counts something else: the exited people who work away from home, cadres, a class, honours.
    expect(match("脱贫人口务工规模", "万人", false)).toBeNull();
    expect(match("促进脱贫人口和防止返贫致贫监测对象实现务工就业", "万名", false)).toBeNull();
    expect(match("脱贫攻坚一线干部免费体检一次", "名", false)).toBeNull();
    expect(match("表彰脱贫光荣户", "户", false)).toBeNull();
    // A sum of several kinds is no exits either; the people still poor a report sets out to lift out are (Wuzhong 2020).
    expect(match("就业创业及脱贫", "万人", false)).toBeNull();
    expect(match("紧盯未脱贫人口", "名", false)).toBe("poverty_exits_people");
    expect(match("贫困人口全部实现脱贫", "人", false)).toBe("poverty_exits_people");
    expect(match("人口脱贫", "万人", false)).toBe("poverty_exits_people");
    expect(match("建档立卡贫困人口脱贫退出", "名", false)).toBe("poverty_exits_people");
    expect(match("脱贫销号", "人", false)).toBe("poverty_exits_people");
    expect(match("累计带动脱贫", "万户", false)).toBe("poverty_exits_households");
  });

  it("never maps a sector's investment (工业固定资产投资, Ulanqab 2016) to the place's fixed-asset investment", () => {
    // Industry's is the industrial investment, its growth a year or on average over years.
    expect(match("工业固定资产投资年均增长", "%", true)).toBe("industrial_investment_growth");
    expect(match("工业固定资产投资增长", "%", true)).toBe("industrial_investment_growth");
    expect(match("农业固定资产投资", "亿元", false)).toBeNull();
    expect(match("全社会固定资产投资增长", "%", true)).toBe("fixed_investment_growth");
    expect(match("规模以上固定资产投资", "亿元", false)).toBe("fixed_investment");
  });

  it("never maps the towns' scope of investment (城镇固定资产投资额双双突破1万亿元, Henan 2010) to the whole society's", () => {
    expect(match("城镇固定资产投资额", "万亿元", false)).toBeNull();
    expect(match("带动城镇固定资产投资", "万亿元", false)).toBeNull();
    expect(match("城镇固定资产投资增长", "%", true)).toBeNull();
    expect(match("农村固定资产投资", "亿元", false)).toBeNull();
    expect(match("全社会固定资产投资", "亿元", false)).toBe("fixed_investment");
    expect(match("城乡固定资产投资", "亿元", false)).toBe("fixed_investment");
  });

  it("never counts the places a thing offers (幼儿园学位, Enshi 2025 and Ningxia 2021) as the things themselves", () => {
    expect(match("公办幼儿园学位", "个", false)).toBeNull();
    expect(match("新增幼儿园学位", "个", false)).toBe("school_places_new");
    expect(match("新建幼儿园", "所", false)).toBe("kindergartens_built");
  });

  it("reads older and shorter names of retail sales and the share of livelihood spending (Qitaihe 2014, Dali 2014)", () => {
    expect(match("消费品零售总额增长", "%", true)).toBe("retail_sales_growth");
    expect(match("社会消费品零售总额", "亿元", false)).toBe("retail_sales");
    expect(match("民生支出占公共财政支出", "%", false)).toBe("livelihood_spending_share");
  });

  it("reads the older names of urban income and budget revenue (Harbin 2006, Guangzhou 2003)", () => {
    expect(match("2005年城镇居民家庭人均可支配收入", "元", false)).toBe("urban_income");
    expect(match("城镇居民家庭人均可支配收入年均增长", "%", true)).toBe("urban_income_growth");
    expect(match("一般预算财政收入", "亿元", false)).toBe("budget_revenue");
  });

  it("reads the household survey's older names of city and country income (Shanghai 2009: 城市和农村居民家庭人均可支配收入分别达到26690元和11400元)", () => {
    expect(match("城市居民家庭人均可支配收入", "元", false)).toBe("urban_income");
    expect(match("城市居民家庭人均可支配收入比上年增长", "%", true)).toBe("urban_income_growth");
    expect(match("农村居民家庭人均可支配收入", "元", false)).toBe("rural_income");
    expect(match("农村居民家庭人均可支配收入比上年增长", "%", true)).toBe("rural_income_growth");
    expect(match("农村居民家庭人均纯收入增长", "%", true)).toBe("rural_net_income_growth");
  });

  it("reads town and country income per head without its kind as disposable income from 2014 on (Chongqing 2018: 城乡居民人均收入分别达到32193元和12638元)", () => {
    const at = (label: string, unit: string, change: boolean, year: number) => matchMetric({ label, unit, change, year }, metrics)?.id ?? null;
    expect(at("城镇居民人均收入", "元", false, 2017)).toBe("urban_income");
    expect(at("农村居民人均收入增长", "%", true, 2017)).toBe("rural_income_growth");
    expect(at("城镇居民人均收入年均增长", "%", true, 2017)).toBe("urban_income_growth");
    expect(at("农村居民收入年均增长", "%", true, 2017)).toBe("rural_income_growth");
    // Before 2014 a country income was a net income: the bare name stays unnamed.
    expect(at("农村居民人均收入增长", "%", true, 2012)).toBeNull();
  });

  it("reads the local-level fiscal revenue as budget revenue (Fujian 2002: 地方级财政收入269.45亿元，增长15.1％)", () => {
    expect(match("其中地方级财政收入", "亿元", false)).toBe("budget_revenue");
    expect(match("地方级财政收入增长", "%", true)).toBe("budget_revenue_growth");
  });

  it("treats 涨幅 in a label as a change", () => {
    expect(match("居民消费价格涨幅", "%", false)).toBe("cpi_growth");
  });

  it("reads a price level in percent as its change (Qingdao 1999: 居民消费价格总水平控制在4％以内)", () => {
    const x = fixture([], ["商品零售价格总水平控制在2％以内。居民消费价格总水平控制在4％以内。城镇居民人均可支配收入增长7％。"]);
    expect(typed(one(x, "居民消费价格总水平控制在4％以内", "4％"))).toMatchObject({ kind: "target", metric: "cpi_growth", value: 4, qualifier: "at_most" });
  });

  it("reads 居民消费品价格, as some reports spell it, as the consumer price index (Yulin 2014: 居民消费品价格指数涨幅控制在 4% 以内)", () => {
    expect(match("居民消费品价格指数涨幅", "%", false)).toBe("cpi_growth");
  });
});

describe("loading the vocabulary", () => {
  const withFile = async (content: string) => {
    const dir = mkdtempSync(join(tmpdir(), "metrics-"));
    try {
      mkdirSync(join(dir, "content"));
      writeFileSync(join(dir, "content/metrics.json"), content);
      return await loadFigureExtractor(dir).then(
        () => "ok",
        (err: Error) => err.message,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const good = { id: "gdp_growth", names: ["地区生产总值"], label_zh: "地区生产总值增速", label_en: "GDP growth", unit: "percent", measure: "change", better: "up", category: "economy" };

  it("accepts a valid file and extracts with it", async () => {
    expect(await withFile(JSON.stringify([good]))).toBe("ok");
  });

  it("names the file, the entry and the field of a bad entry, on one line", async () => {
    const message = await withFile(JSON.stringify([good, { ...good, id: "Bad Id" }]));
    expect(message).toMatch(/^content\/metrics\.json: entry 2 \(“Bad Id”\), field id: must be snake_case/);
    expect(message).not.toContain("\n");
    expect(await withFile(JSON.stringify([good, { ...good, category: "weather" }]))).toMatch(/entry 2 \(“gdp_growth”\), field category/);
    expect(await withFile(JSON.stringify([good, good]))).toMatch(/entry 2 \(“gdp_growth”\), field id: duplicate id/);
    expect(await withFile("[{")).toMatch(/^content\/metrics\.json: not valid JSON/);
  });
});

describe("another city's or the townships' indicator in a province's review (Liaoning 2019: 阜新市固定资产投资增长19%)", () => {
  it("is no figure of the report's place: neither a city the text names as one, nor its townships'", () => {
    const e = fixture(
      ["推进辽西北地区加快发展，阜新市固定资产投资增长19%，朝阳市一般公共预算收入增长21.7%。全省乡镇一般公共预算收入增长27.3%。全市一般公共预算收入增长9.3%，测试市城镇居民人均可支配收入增长6.7%，城镇居民人均可支配收入增长6.5%。"],
      ["地区生产总值增长6%。"],
    );
    const of = (clause: string) => one(e, clause, clause.match(/[\d.]+%$/)![0]).metric;
    expect(of("阜新市固定资产投资增长19%")).toBeNull();
    expect(of("朝阳市一般公共预算收入增长21.7%")).toBeNull();
    expect(of("全省乡镇一般公共预算收入增长27.3%")).toBeNull();
    // The place's own, by 全市 or by its own name, stay.
    expect(of("全市一般公共预算收入增长9.3%")).toBe("budget_revenue_growth");
    expect(of("测试市城镇居民人均可支配收入增长6.7%")).toBe("urban_income_growth");
    expect(of("城镇居民人均可支配收入增长6.5%")).toBe("urban_income_growth");
    // A verb or a whole before 市 is no city (Dongguan 2017, Jiujiang 2016, Zhongwei 2021).
    const verbs = fixture(["带动全市工业技改投资增长35%。办理市人大代表建议170件。年内全市接待游客达到1000万人次。"], ["地区生产总值增长6%。"]);
    expect(one(verbs, "带动全市工业技改投资增长35%", "35%").metric).toBe("industrial_upgrade_investment_growth");
    expect(one(verbs, "办理市人大代表建议170件", "170件").metric).toBe("deputies_suggestions");
    expect(one(verbs, "年内全市接待游客达到1000万人次", "1000万人次").metric).toBe("tourist_arrivals");
  });
});

describe("a district of the city as the subject of the figure's verb (Beihai 2021: 铁山港区完成固定资产投资111.8亿元、增长117%)", () => {
  it("is the district's figure, none of the city's; the whole and the kinds of area a figure counts stay", () => {
    const e = fixture(
      ["固定资产投资增长16.9%。县域经济加快发展，合浦县经济总量保持全区县域前四，铁山港区完成固定资产投资111.8亿元、增长117%。全区完成固定资产投资500亿元。采煤沉陷区棚户区改造工程开工建设4421套。中心城区空气质量优良率达97%。"],
      ["地区生产总值增长12%左右。"],
    );
    expect(one(e, "铁山港区完成固定资产投资111.8亿元", "111.8亿元").metric).toBeNull();
    expect(one(e, "铁山港区完成固定资产投资111.8亿元、增长117%", "117%").metric).toBeNull();
    expect(one(e, "固定资产投资增长16.9%", "16.9%").metric).toBe("fixed_investment_growth");
    expect(one(e, "全区完成固定资产投资500亿元", "500亿元").metric).toBe("fixed_investment");
    expect(one(e, "采煤沉陷区棚户区改造工程开工建设4421套", "4421套").metric).toBe("shantytown_renovation");
    expect(one(e, "中心城区空气质量优良率达97%", "97%").metric).toBe("good_air_days_ratio");
  });
});

describe("another place's economy named bare (成都经济总量近2万亿元, Sichuan 2022)", () => {
  it("is no figure of the report's place when the report writes the name as a city's elsewhere; the place's own stay", () => {
    const e = fixture(
      ["成都市获批建设公园城市示范区，成都经济总量近2万亿元。全市地区生产总值5380亿元。测试经济总量突破6000亿元。完成市文化中心建设，完成地区生产总值5400亿元。"],
      ["地区生产总值增长6%。"],
    );
    const of = (clause: string) => e.figures.find((f) => f.quote.includes(clause) && f.unit.endsWith("元"))!.metric;
    expect(of("成都经济总量近2万亿元")).toBeNull();
    expect(of("全市地区生产总值5380亿元")).toBe("gdp");
    // The report's own place (测试市), and a verb the text also writes before 市 (完成市文化中心), are no other place.
    expect(of("测试经济总量突破6000亿元")).toBe("gdp");
    expect(of("完成地区生产总值5400亿元")).toBe("gdp");
    // Without the suffixed name in the text, a bare word is no place.
    const bare = fixture(["成都经济总量近2万亿元。"], ["地区生产总值增长6%。"]);
    expect(bare.figures.find((f) => f.unit === "万亿元")!.metric).toBe("gdp");
  });

  it("is no figure of the report's place when two or more names are listed before it (Hubei 2019: 荆州、黄冈经济总量有望突破2000亿元)", () => {
    const match = (label: string, unit: string, change: boolean) => matchMetric({ label, unit, change }, metrics)?.id ?? null;
    expect(match("荆州、黄冈经济总量有望突破", "亿元", false)).toBeNull();
    expect(match("荆州、黄冈、咸宁地区生产总值增长", "%", true)).toBeNull();
    // Sectors listed so stay sectors, and no list is the place itself.
    expect(match("全市、全县经济总量", "亿元", false)).toBe("gdp");
    expect(match("工业、农业生产总值", "亿元", false)).toBeNull();
    expect(match("全市经济总量", "亿元", false)).toBe("gdp");
  });
});

describe("total fiscal revenue under the names older and northern reports give it (全口径财政收入, 全部财政收入)", () => {
  it("is fiscal_revenue_total and its growth, as 财政总收入 is; the budget revenue beside it keeps its own; a bare 财政收入 stays unnamed", () => {
    const e = fixture(
      ["全口径财政收入288.6亿元，增长25%。全部财政收入完成488.9亿元，其中地方一般预算收入完成221亿元，分别增长26%和35%。财政收入增长12%。"],
      ["全部财政收入增长14%。"],
    );
    expect(one(e, "全口径财政收入288.6亿元", "288.6亿元").metric).toBe("fiscal_revenue_total");
    expect(one(e, "增长25%", "25%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(e, "全部财政收入完成488.9亿元", "488.9亿元").metric).toBe("fiscal_revenue_total");
    expect(one(e, "分别增长26%和35%", "26%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(e, "分别增长26%和35%", "35%").metric).not.toBe("fiscal_revenue_total_growth");
    expect(one(e, "财政收入增长12%", "12%").metric).toBeNull();
    expect(one(e, "全部财政收入增长14%", "14%")).toMatchObject({ kind: "target", metric: "fiscal_revenue_total_growth" });
  });
});

describe("the value added of industrial enterprises above designated size (Henan 2004: 规模以上工业企业增加值增长19.9%)", () => {
  it("is industry above designated size's value added", () => {
    const x = fixture(["工业经济效益明显提高，规模以上工业企业增加值增长19.9%，实现利润增长58.1%。"], []);
    expect(one(x, "增加值增长19.9%", "19.9%").metric).toBe("industrial_value_added_growth");
    const y = fixture(["规上工业企业增加值完成1200亿元。"], []);
    expect(one(y, "1200亿元", "1200亿元").metric).toBe("industrial_value_added");
  });
});

describe("a verb between a sector and its value added (Sanmenxia 2014: 规模以上工业实现增加值684亿元，增长10.4%)", () => {
  it("is the sector's value added and its growth", () => {
    const x = fixture(["工业增速逐季加快，规模以上工业实现增加值684亿元，增长10.4%。"], []);
    expect(one(x, "684亿元", "684亿元").metric).toBe("industrial_value_added");
    expect(one(x, "增长10.4%", "10.4%").metric).toBe("industrial_value_added_growth");
    // Harbin 2005, Hubei 2002.
    const y = fixture(["第三产业实现增加值761.9亿元，增长12.1%。其中高新技术产业完成增加值276.9亿元，增长16.6％。"], []);
    expect(one(y, "761.9亿元", "761.9亿元").metric).toBe("services_value_added");
    expect(one(y, "增长16.6％", "16.6％").metric).toBe("high_tech_value_added_growth");
    // Guangdong 2017: any sector whose name ends in 业.
    const z = fixture(["农林牧渔业实现增加值3781亿元、增长3.1%。"], []);
    expect(one(z, "3781亿元", "3781亿元").metric).toBe("agriculture_value_added");
    expect(one(z, "增长3.1%", "3.1%").metric).toBe("agriculture_value_added_growth");
  });

  it("so with a modal before the verb: a target (Beijing 1999: 今年全市第三产业要完成增加值1273亿元，增长11%)", () => {
    const x = fixture([], ["第三产业是推动全市经济增长的主体力量。今年全市第三产业要完成增加值1273亿元，增长11%。"]);
    expect(one(x, "1273亿元", "1273亿元")).toMatchObject({ kind: "target", year: 2020, metric: "services_value_added" });
    expect(one(x, "增长11%", "11%")).toMatchObject({ kind: "target", year: 2020, metric: "services_value_added_growth" });
  });

  it("so with an estimate before the verb: a result (Jiayuguan 2014: 第三产业预计实现增加值53亿元，增长15%，占GDP比重较上年提高5.3个百分点)", () => {
    const x = fixture(["预计完成生产总值239.3亿元，增长18%。第三产业预计实现增加值53亿元，增长15%，占GDP比重较上年提高5.3个百分点。"], []);
    expect(one(x, "53亿元", "53亿元")).toMatchObject({ kind: "result", metric: "services_value_added", estimate: true });
    expect(one(x, "增长15%", "15%").metric).toBe("services_value_added_growth");
    expect(one(x, "5.3个百分点", "5.3个百分点").metric).toBe("services_share_change");
  });
});

describe("a few other provinces counted by name before an aggregate (Ningxia 2023: 闽粤两省招商项目到位资金70亿元)", () => {
  it("is theirs, not the place's, which the sentence gives after it", () => {
    const x = fixture(["加大开放合作力度，新设外商投资企业22家，实际利用外资同比增长55%，闽粤两省招商项目到位资金70亿元，全年招商引资到位资金1785亿元。"], []);
    expect(one(x, "闽粤两省招商项目到位资金70亿元", "70亿元").metric).toBeNull();
    expect(one(x, "全年招商引资到位资金1785亿元", "1785亿元").metric).toBe("investment_attracted");
  });
});

describe("grain production as the whole label (Ningxia 2016: 粮食生产稳定在1200万亩、370万吨)", () => {
  it("is the grain output in a weight and the grain area in an area", () => {
    const x = fixture([], ["贯彻藏粮于地、藏粮于技战略，建设优质粮生产基地，粮食生产稳定在1200万亩、370万吨。"]);
    expect(typed(one(x, "370万吨", "370万吨"))).toMatchObject({ kind: "target", year: 2020, metric: "grain_output", value: 370 });
    expect(one(x, "1200万亩", "1200万亩").metric).toBe("grain_area");
  });
});

describe("a fall of the poor population counted in people (Liupanshui 2016: 减少农村贫困人口10万人)", () => {
  it("is the number of people lifted out of poverty", () => {
    const x = fixture(["全年减少贫困人口4.5万人。"], ["减少农村贫困人口10万人。"]);
    expect(typed(one(x, "减少农村贫困人口10万人", "10万人"))).toMatchObject({ kind: "target", year: 2020, metric: "poverty_exits_people", value: 10 });
    expect(one(x, "减少贫困人口4.5万人", "4.5万人").metric).toBe("poverty_exits_people");
  });

  it("the poor on the register too, counted before them (Kunming 2016: 减少6万建档立卡贫困人口和7.5万边缘贫困人口)", () => {
    const x = fixture([], ["加快推进脱贫攻坚。减少6万建档立卡贫困人口和7.5万边缘贫困人口，实现禄劝县脱贫摘帽。"]);
    expect(typed(one(x, "减少6万建档立卡贫困人口", "6万"))).toMatchObject({ kind: "target", year: 2020, metric: "poverty_exits_people", value: 6, unit: "万人" });
    // The people near the line are not those lifted out of it.
    expect(one(x, "7.5万边缘贫困人口", "7.5万").metric).toBeNull();
  });

  it("counted with 万 and no 人 after it too (National 1997: 全年农村贫困人口减少700万; Anhui 2010: 减少贫困人口40万)", () => {
    const x = fixture(["以解决温饱问题为目标的扶贫工作步伐加快，全年农村贫困人口减少700万。"], ["减少贫困人口40万。"]);
    expect(typed(one(x, "全年农村贫困人口减少700万", "700万"))).toMatchObject({ kind: "result", year: 2019, metric: "poverty_exits_people", value: 700, unit: "万人" });
    expect(typed(one(x, "减少贫困人口40万", "40万"))).toMatchObject({ kind: "target", year: 2020, metric: "poverty_exits_people", value: 40, unit: "万人" });
    // A bare magnitude after any population counts its people (Mianyang 2016: 常住人口124.3万).
    expect(one(fixture(["常住人口124.3万。"], []), "常住人口124.3万", "124.3万").unit).toBe("万人");
  });

  it("told in its short word too (Ningxia 2016: 脱贫销号200个村，减贫12.1万人; 累计减贫43万人)", () => {
    const x = fixture(["狠抓扶贫攻坚，生态移民搬迁5万人、累计达32.9万人，脱贫销号200个村，减贫12.1万人，为20万农户安装太阳能热水器。"], []);
    expect(typed(one(x, "减贫12.1万人", "12.1万人"))).toMatchObject({ kind: "result", year: 2019, metric: "poverty_exits_people", value: 12.1 });
    // Not a way of lifting that brings it about (`带动减贫`): a part of the exits.
    expect(one(fixture(["发展特色产业带动减贫3万人。"], []), "带动减贫3万人", "3万人").metric).toBeNull();
  });

  it("or written out as the people who left poverty (Chongqing 2017: 城镇新增就业超过70万人。59.6万人摆脱贫困。)", () => {
    const x = fixture(["——民生福祉持续改善。25件城乡民生实事务实暖心。城镇新增就业超过70万人。59.6万人摆脱贫困。居民人均可支配收入达到22034元、增长9.6%。"], []);
    expect(typed(one(x, "59.6万人摆脱贫困", "59.6万人"))).toMatchObject({ kind: "result", year: 2019, metric: "poverty_exits_people", value: 59.6 });
    // Not the people a way of lifting helps out (`帮助…摆脱贫困`): a part of the exits.
    expect(one(fixture(["发展特色产业帮助3万人摆脱贫困。"], []), "帮助3万人摆脱贫困", "3万人").metric).toBeNull();
  });

  it("but not the poor people still left", () => {
    const x = fixture(["年末全市尚有贫困人口1.06万人。"], []);
    expect(one(x, "尚有贫困人口1.06万人", "1.06万人").metric).toBeNull();
  });
});

describe("the growth of a running total (Jiuquan 2022: 累计实现一般公共预算收入183亿元，增长21.3%)", () => {
  it("is no yearly growth of the indicator, but the total keeps its indicator over the years", () => {
    const x = fixture(["五年来，累计实现一般公共预算收入183亿元，增长21.3%。"], []);
    expect(one(x, "增长21.3%", "21.3%").metric).toBeNull();
    expect(one(x, "183亿元", "183亿元").metric).toBe("budget_revenue");
  });

  it("leaves the yearly average of the amounts summed its indicator", () => {
    const x = fixture(["五年来，固定资产投资累计完成1200亿元，年均增长19.4%。"], []);
    expect(one(x, "年均增长19.4%", "19.4%").metric).toBe("fixed_investment_growth");
  });
});

describe("a count of poor people named as the exit task done (Shantou 2018: 完成2.4万贫困人口预脱贫目标)", () => {
  it("is the people lifted out of poverty", () => {
    const x = fixture(["地区生产总值增长7%。"], ["完成2.4万贫困人口预脱贫目标。"]);
    const f = one(x, "预脱贫目标", "2.4万");
    expect([f.unit, f.metric]).toEqual(["万人", "poverty_exits_people"]);
  });
});

describe("safety works along rural roads (Enshi 2014: 配套实施农村公路安保工程1500公里; Liangshan 2014)", () => {
  const match = (label: string) => matchMetric({ label, unit: "公里", change: false }, metrics)?.id ?? null;

  it("are no rural roads built", () => {
    expect(match("配套实施农村公路安保工程")).toBeNull();
    expect(match("实施农村公路安保工程")).toBeNull();
    // Xiangxi 2022: 农村公路安防工程提质升级300公里; Qianxinan 2020: 完成农村公路生命安全防护工程1261公里
    expect(match("农村公路安防工程提质升级")).toBeNull();
    expect(match("完成农村公路生命安全防护工程")).toBeNull();
    // The roads themselves still are.
    expect(match("新建改建农村公路")).toBe("rural_road_length");
  });
});

describe("training for a deed after its name (Zhejiang 2006: 一是实现25万名城镇失业人员再就业，完成农村劳动力转移就业培训60万人)", () => {
  const match = (label: string) => matchMetric({ label, unit: "万人", change: false }, metrics)?.id ?? null;

  it("counts the people trained, not the rural labour moved into work", () => {
    expect(match("完成农村劳动力转移就业培训")).toBeNull();
    expect(match("农村劳动力转移技能培训")).toBeNull();
    // The labour moved still is (the same report: 转移农村劳动力200万人).
    expect(match("转移农村劳动力")).toBe("rural_labor_transfer");
    expect(match("新增农村劳动力转移就业")).toBe("rural_labor_transfer");
  });
});

describe("the rural labour moved into work, 新增 inside its name (Henan 2017: 城镇新增就业145万人，农村劳动力新增转移就业62万人)", () => {
  it("is the rural labour moved, as 新增农村劳动力转移就业 is", () => {
    const x = fixture(["城镇新增就业145万人，农村劳动力新增转移就业62万人。"], ["新增农村劳动力转移就业60万人。"]);
    expect(one(x, "农村劳动力新增转移就业", "62万人").metric).toBe("rural_labor_transfer");
    expect(one(x, "新增农村劳动力转移就业", "60万人").metric).toBe("rural_labor_transfer");
  });
});

describe("the rural labour sent out to work, 输转 (Tianshui 2018: 输转农村劳动力69.25万人，创劳务收入128.5亿元)", () => {
  it("is the rural labour moved, as 转移农村劳动力 is; the labour of town and country together is not", () => {
    const x = fixture(["输转农村劳动力69.25万人，创劳务收入128.5亿元。"], ["输转农村劳动力69万人。"]);
    expect(one(x, "输转农村劳动力", "69.25万人").metric).toBe("rural_labor_transfer");
    expect(one(x, "输转农村劳动力", "69万人").metric).toBe("rural_labor_transfer");
    const match = (label: string) => matchMetric({ label, unit: "万人", change: false }, metrics)?.id ?? null;
    expect(match("输转农村剩余劳动力")).toBe("rural_labor_transfer");
    expect(match("输转城乡劳动力")).toBeNull();
  });
});

describe("the surplus rural labour moved, 转移农村剩余劳动力 (Mianyang 2014: 转移农村剩余劳动力5.9万人)", () => {
  it("is the rural labour moved, as 转移农村富余劳动力 and 输转农村剩余劳动力 are", () => {
    const x = fixture(["江油武都、安县秀水2个5万人以上中心集镇初步建成，转移农村剩余劳动力5.9万人。"], ["确保实现城镇新增就业6.5万人，转移农村剩余劳动力15万人。"]);
    expect(one(x, "转移农村剩余劳动力", "5.9万人").metric).toBe("rural_labor_transfer");
    expect(one(x, "转移农村剩余劳动力", "15万人").metric).toBe("rural_labor_transfer");
  });
});

describe("the nine-year compulsory schooling written with a digit (Bijie 2014: 9年义务教育巩固率达84%以上)", () => {
  it("is the retention rate of 九年义务教育; no other number of years is", () => {
    const x = fixture(["生产总值增长10%。"], ["强化“控辍保学”工作，9年义务教育巩固率达84%以上；高中阶段教育毛入学率达77%。"]);
    expect(one(x, "9年义务教育巩固率", "84%").metric).toBe("compulsory_education_retention");
    const match = (label: string) => matchMetric({ label, unit: "%", change: false }, metrics)?.id ?? null;
    expect(match("９年义务教育巩固率")).toBe("compulsory_education_retention");
    expect(match("19年义务教育巩固率")).toBeNull();
  });

  it("is the retention rate named bare, no number of years (State Council 2023: 义务教育巩固率由93.8%提高到95.5%)", () => {
    const x = nationFixture(["基本消除城镇大班额，义务教育巩固率由93.8%提高到95.5%。"], ["国内生产总值增长5%左右。"]);
    expect(one(x, "义务教育巩固率由93.8%提高到95.5%", "95.5%").metric).toBe("compulsory_education_retention");
    const match = (label: string) => matchMetric({ label, unit: "%", change: false }, metrics)?.id ?? null;
    expect(match("全市义务教育巩固率")).toBe("compulsory_education_retention");
    expect(match("十二年义务教育巩固率")).toBeNull();
  });
});

describe("the level of urbanisation (Zhejiang 2006: 城市化水平由48.7%提高到55%左右; 城市化水平达到60%左右)", () => {
  it("in a percentage is the urbanisation rate", () => {
    expect(matchMetric({ label: "城市化水平", unit: "%", change: false }, metrics)?.id).toBe("urbanization_rate");
    expect(matchMetric({ label: "全省城镇化水平", unit: "%", change: false }, metrics)?.id).toBe("urbanization_rate");
    // Not in another unit, nor a level of something else named after it.
    expect(matchMetric({ label: "城市化水平", unit: "个", change: false }, metrics)).toBeNull();
    expect(matchMetric({ label: "城市化水平提高", unit: "个百分点", change: true }, metrics)?.id ?? null).not.toBe("urbanization_rate");
  });

  it("with its definition in brackets after it (Shenzhen 2001: 2005年城市化水平（城市人口占总人口的比重）达到75％)", () => {
    expect(matchMetric({ label: "城市化水平（城市人口占总人口的比重）", unit: "%", change: false }, metrics)?.id).toBe("urbanization_rate");
    expect(matchMetric({ label: "城市化水平（城市人口占总人口的比重）", unit: "万人", change: false }, metrics)).toBeNull();
  });

  it("raised by some points is the urbanisation rate's rise (Anhui 2004: 户籍制度改革继续深化，全省城镇化水平提高1.3个百分点)", () => {
    expect(matchMetric({ label: "全省城镇化水平提高", unit: "个百分点", change: true }, metrics)?.id).toBe("urbanization_rate_change");
    expect(matchMetric({ label: "城市化水平提高", unit: "个百分点", change: true }, metrics)?.id).toBe("urbanization_rate_change");
    // Not a rise in percent, which could be of anything the level measures.
    expect(matchMetric({ label: "城镇化水平提高", unit: "%", change: true }, metrics)).toBeNull();
  });
});

describe("the one thing a superlative picks out (Dandong 2014: 全市最大的工矿棚户区五龙金矿棚户区22栋9万平方米安置房已全部封顶)", () => {
  it("gives no figure of the place's whole", () => {
    expect(matchMetric({ label: "全市最大的工矿棚户区五龙金矿棚户区", unit: "栋", change: false }, metrics)).toBeNull();
    expect(matchMetric({ label: "最大的单体项目固定资产投资", unit: "亿元", change: false }, metrics)).toBeNull();
    // The place's own shantytown renovation still is (改造棚户区住房1.2万套).
    expect(matchMetric({ label: "改造棚户区住房", unit: "套", change: false }, metrics)?.id).toBe("shantytown_renovation");
  });
});

describe("shantytown renovation told by its short name 棚改 (Xingtai 2019: 棚改开工建设2564套，基本建成818套)", () => {
  const match = (label: string, unit: string) => matchMetric({ label, unit, change: false }, metrics)?.id ?? null;
  it("is the homes renovated", () => {
    expect(match("棚改开工建设", "套")).toBe("shantytown_renovation");
    expect(match("完成棚改", "万户")).toBe("shantytown_renovation");
    expect(match("建成棚改安置房", "万套")).toBe("shantytown_renovation");
  });
  it("is no road around them, no problem they left, no sum of several kinds of homes", () => {
    expect(match("建好棚改地块周边道路", "条")).toBeNull();
    expect(match("解决棚改逾期未安置项目户数", "万户")).toBeNull();
    expect(match("对城区、涉及的棚改历史遗留项目进行逐一梳理", "万户")).toBeNull();
    expect(match("新建城市棚改房、廉租房、公租房、经济适用房", "套")).toBeNull();
    expect(match("采沉区棚改工程新建、回购住宅", "套")).toBe("shantytown_renovation");
  });
});

describe("exports named bare before a yearly average (Zhejiang 2003: 其中出口由101.1亿美元增加到294.2亿美元，平均每年增长23.8%)", () => {
  it("are the export growth, as without the average's words", () => {
    expect(matchMetric({ label: "出口平均每年增长", unit: "%", change: true }, metrics)?.id).toBe("exports_growth");
    expect(matchMetric({ label: "出口年均增长", unit: "%", change: true }, metrics)?.id).toBe("exports_growth");
    expect(matchMetric({ label: "出口交货值年均增长", unit: "%", change: true }, metrics)?.id ?? null).toBeNull();
  });
});

describe("an older report's total budget revenue (Sichuan 2008: 财政一般预算总收入1395.7亿元，增长31.8%)", () => {
  it("is the total fiscal revenue, and the local budget's revenue stays its own", () => {
    const x = fixture(["财政一般预算总收入1395.7亿元，增长31.8%。地方财政一般预算收入850.3亿元，同口径增长35%。"], ["地区生产总值增长10%。"]);
    expect(one(x, "财政一般预算总收入", "1395.7亿元").metric).toBe("fiscal_revenue_total");
    expect(one(x, "增长31.8%", "31.8%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(x, "地方财政一般预算收入", "850.3亿元").metric).toBe("budget_revenue");
    expect(one(x, "同口径增长35%", "35%").metric).toBe("budget_revenue_growth");
  });
});

describe("a budget revenue whose sentence goes on to the local budget's as its part (Qinghai 2009: 财政一般预算收入…，其中地方一般预算收入…)", () => {
  it("is the total fiscal revenue, the part after 其中 the budget revenue, in results and targets", () => {
    const x = fixture(
      ["财政一般预算收入达到136.5亿元，增长23.6%，其中地方一般预算收入达到71.6亿元，增长26.2%。"],
      ["经济社会发展的主要预期目标是:地区生产总值增长9%左右；全社会固定资产投资增长15%，全省一般预算收入增长 12%，其中地方一般预算收入增长10%;城镇居民人均可支配收入增长8%。"],
    );
    expect(one(x, "财政一般预算收入达到136.5亿元", "136.5亿元").metric).toBe("fiscal_revenue_total");
    expect(one(x, "增长23.6%", "23.6%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(x, "其中地方一般预算收入达到71.6亿元", "71.6亿元").metric).toBe("budget_revenue");
    expect(one(x, "增长26.2%", "26.2%").metric).toBe("budget_revenue_growth");
    expect(one(x, "全省一般预算收入增长 12%", "12%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(x, "其中地方一般预算收入增长10%", "10%").metric).toBe("budget_revenue_growth");
  });

  it("so does a bare 财政收入 whose next sentence opens with the local revenue as its part (Liuzhou 2014: 财政收入285.06亿元，增长9.5%。其中地方财政收入125.12亿元)", () => {
    const x = fixture(["———财政收入285.06亿元，增长9.5%。其中地方财政收入125.12亿元，增长10.2%。财政实力稳步提高。"], ["地区生产总值增长10%。"]);
    expect(one(x, "财政收入285.06亿元", "285.06亿元").metric).toBe("fiscal_revenue_total");
    expect(one(x, "增长9.5%", "9.5%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(x, "其中地方财政收入125.12亿元", "125.12亿元").metric).toBe("budget_revenue");
    expect(one(x, "增长10.2%", "10.2%").metric).toBe("budget_revenue_growth");
  });

  it("so does the same bare 财政收入 in the plan's targets of a report whose review names it the whole the local revenue is part of (Anhui 2014)", () => {
    const x = fixture(
      ["全省生产总值19038.9亿元，增长10.4%；财政收入3365.1亿元，增长11.2%，其中地方财政收入2075.1亿元，增长15.8%。"],
      ["经济社会发展主要预期目标是：全省生产总值增长9.5%，财政收入增长10%左右，城镇新增就业63万人。"],
    );
    expect(one(x, "财政收入增长10%左右", "10%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(x, "其中地方财政收入2075.1亿元", "2075.1亿元").metric).toBe("budget_revenue");
  });

  it("so does one whose sentence's next statement, after a semicolon, is the local budget's revenue (Qinghai 2006: …年均增长19.4%；地方财政一般预算收入由16.6亿元增加到33.7亿元)", () => {
    const x = fixture(
      ["预计五年间全省生产总值以年均12%的速度持续增长。财政一般预算收入由2000年的26.1亿元增加到2005年的63.3亿元，年均增长19.4%；地方财政一般预算收入由16.6亿元增加到33.7亿元，年均增长15.2%。"],
      ["生产总值增长10%以上。"],
    );
    expect(one(x, "财政一般预算收入由2000年的26.1亿元增加到2005年的63.3亿元", "63.3亿元").metric).toBe("fiscal_revenue_total");
    expect(one(x, "年均增长19.4%", "19.4%").metric).toBe("fiscal_revenue_total_growth");
    expect(one(x, "地方财政一般预算收入由16.6亿元增加到33.7亿元", "33.7亿元").metric).toBe("budget_revenue");
    expect(one(x, "年均增长15.2%", "15.2%").metric).toBe("budget_revenue_growth");
  });

  it("but not when a later sentence names the local revenue without 其中: 一般公共预算收入120亿元。地方财政收入… stays the budget revenue", () => {
    const x = fixture(["一般公共预算收入完成120亿元，增长8%。税收收入90亿元，其中地方财政收入60亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "一般公共预算收入完成120亿元", "120亿元").metric).toBe("budget_revenue");
  });

  it("leaves a revenue whose part after 其中 is no local budget's (其中税收收入) the budget revenue", () => {
    const x = fixture(["一般公共预算收入完成120亿元，增长8%，其中税收收入90亿元。"], ["地区生产总值增长6%。"]);
    expect(one(x, "一般公共预算收入完成120亿元", "120亿元").metric).toBe("budget_revenue");
  });
});

describe("a sector's full name before its yearly average growth (Guizhou 2006: 三次产业年均分别增长3.7%、12.7%和11.7%)", () => {
  it("is the growth of the sector's value added, as before its growth", () => {
    const id = (label: string) => matchMetric({ label, unit: "%", change: true }, metrics)?.id ?? null;
    expect(id("第一产业年均增长")).toBe("agriculture_value_added_growth");
    expect(id("第二产业年均增长")).toBe("secondary_value_added_growth");
    expect(id("第三产业年均增长")).toBe("services_value_added_growth");
    expect(id("第三产业增长")).toBe("services_value_added_growth");
  });
});

describe("foreign capital used told as the funds of it actually received (Liuzhou 2014)", () => {
  it("利用外资（全口径）实际到位资金3.6亿美元 is the foreign investment actually used; 市外境内到位资金 is not", () => {
    const x = fixture(["引进市外境内到位资金（含续建项目）600亿元，利用外资（全口径）实际到位资金3.6亿美元。"], ["地区生产总值增长10%。"]);
    expect(one(x, "利用外资（全口径）实际到位资金3.6亿美元", "3.6亿美元").metric).toBe("fdi_actual");
    expect(one(x, "引进市外境内到位资金（含续建项目）600亿元", "600亿元").metric).not.toBe("fdi_actual");
  });
});

describe("foreign direct investment by the amount its contracts agree (Zhejiang 2004)", () => {
  it("外商直接投资协议金额120.5亿美元 and its growth are the capital contracted, not the foreign investment actually used", () => {
    const x = fixture(
      ["努力改善投资环境，加强招商引资工作，全省利用外资呈现强劲增长势头，外商直接投资协议金额120.5亿美元，实际到位54.5亿美元，分别增长77.5%和72.4%。"],
      ["地区生产总值增长10%。"],
    );
    expect(one(x, "外商直接投资协议金额120.5亿美元", "120.5亿美元").metric).toBeNull();
    expect(one(x, "分别增长77.5%和72.4%", "77.5%").metric).toBeNull();
    // The bare name is still the investment actually used.
    const y = fixture(["外商直接投资5.2亿美元，增长12%。"], ["地区生产总值增长10%。"]);
    expect(one(y, "外商直接投资5.2亿美元", "5.2亿美元").metric).toBe("fdi_actual");
  });

  it("so is the foreign capital used directly with its contracts' amount after the name (Tianjin 2004: 全市直接利用外资合同额35.1亿美元)", () => {
    const x = fixture(["全市直接利用外资合同额35.1亿美元，增长74.3%；到位额16.3亿美元，增长62.9%。全市直接利用外资8亿美元。"], ["地区生产总值增长10%。"]);
    expect(one(x, "全市直接利用外资合同额35.1亿美元", "35.1亿美元").metric).toBeNull();
    expect(one(x, "全市直接利用外资合同额35.1亿美元，增长74.3%", "74.3%").metric).toBeNull();
    expect(one(x, "全市直接利用外资8亿美元", "8亿美元").metric).toBe("fdi_actual");
  });
});

describe("the registered foreign capital actually received (Xuzhou 2014)", () => {
  it("实际到账注册外资15亿美元 and 实际到账注册外资增长5% are the foreign investment actually used and its growth", () => {
    const x = fixture(
      ["全市实际到账注册外资15亿美元，进出口总额60亿美元、其中出口44亿美元。"],
      ["到今年底，力争实现以下经济社会发展目标：（1）地区生产总值增长11%左右；（5）实际到账注册外资增长5%；（6）进出口总额增长5%。"],
    );
    expect(one(x, "全市实际到账注册外资15亿美元", "15亿美元").metric).toBe("fdi_actual");
    expect(x.figures.filter((f) => f.metric === "fdi_actual_growth").map((f) => [f.kind, f.year, f.value])).toEqual([["target", 2020, 5]]);
  });
});

describe("the registered foreign capital named before its arrival (Nantong 2014)", () => {
  it("注册外资实际到账25亿美元 is the foreign investment actually used, in the review and in the plan", () => {
    const x = fixture(
      ["外贸进出口总额298亿美元，增长13.4%；注册外资实际到账25亿美元；城镇居民人均可支配收入31059元，农村居民人均纯收入14754元，分别增长9.8%和11.5%。"],
      ["地区生产总值增长10%。更大力度引进外资。强化区域性、龙头型、产业链项目招商，鼓励外资企业增资、扩股、重组，提高超亿美元项目和新兴产业、服务业项目比重，注册外资实际到账25亿美元。"],
    );
    expect(x.figures.filter((f) => f.metric === "fdi_actual").map((f) => [f.kind, f.year, f.label_zh, f.value, f.unit])).toEqual([
      ["result", 2019, "注册外资实际到账", 25, "亿美元"],
      ["target", 2020, "注册外资实际到账", 25, "亿美元"],
    ]);
  });
});

describe("the budget's revenue counted in full (Yanbian 2014)", () => {
  it("公共财政预算全口径收入148.5亿元，增长10.8%，其中公共财政预算收入75.8亿元 gives the revenue in full and the budget revenue of it", () => {
    const x = fixture(["预计，全州实现地区生产总值853亿元，增长11%；公共财政预算全口径收入148.5亿元，增长10.8%，其中公共财政预算收入75.8亿元，增长11.2%。"], ["地区生产总值增长10%以上。"]);
    expect(x.figures.filter((f) => /revenue/.test(f.metric ?? "")).map((f) => [f.metric, f.value])).toEqual([
      ["fiscal_revenue_total", 148.5],
      ["fiscal_revenue_total_growth", 10.8],
      ["budget_revenue", 75.8],
      ["budget_revenue_growth", 11.2],
    ]);
  });
});

describe("foreign capital used, bare before its growth (Enshi 2014)", () => {
  it("外贸出口增长10%，利用外资增长10% gives the growth of foreign investment actually used; 合同利用外资增长 does not", () => {
    const x = fixture(
      ["全年合同利用外资增长12%。"],
      ["今年全州经济社会发展主要预期目标是：地区生产总值增长10%；规模以上工业增加值增长12.5%；外贸出口增长10%，利用外资增长10%；游客接待人数增长8%。"],
    );
    expect(x.figures.filter((f) => f.metric?.startsWith("fdi_")).map((f) => [f.kind, f.year, f.metric, f.label_zh, f.value])).toEqual([
      ["target", 2020, "fdi_actual_growth", "利用外资增长", 10],
    ]);
  });
});

describe("the funds brought in from outside the prefecture (Liangshan 2014)", () => {
  it("引进到位州外资金540.6亿元，增长21.7% is the investment attracted and its growth, in the review and in the plan; 境外资金 is not", () => {
    const x = fixture(
      ["与3个省级部门、高校和11家金融机构签署战略合作协议，引进到位州外资金540.6亿元，增长21.7%；外贸进出口总额8098万美元，增长20%。"],
      ["地区生产总值增长10%。围绕产业链、供应链和价值链招商选资、招大引强，确保引进到位州外资金300亿元。利用境外资金5亿美元。"],
    );
    expect(x.figures.filter((f) => f.metric?.startsWith("investment_attracted")).map((f) => [f.kind, f.year, f.metric, f.value, f.unit])).toEqual([
      ["result", 2019, "investment_attracted", 540.6, "亿元"],
      ["result", 2019, "investment_attracted_growth", 21.7, "%"],
      ["target", 2020, "investment_attracted", 300, "亿元"],
    ]);
  });
});

describe("the balances of deposits and loans with the year's end inside their name (Jining 2014)", () => {
  it("金融机构年末存贷款余额分别达到3561.1亿元、2276.5亿元 are the deposits' and the loans' balances", () => {
    const x = fixture(
      ["通过发行企业债券、中期票据实现直接融资120亿元。新开业银行机构32家，其中村镇银行3家。金融机构年末存贷款余额分别达到3561.1亿元、2276.5亿元。"],
      ["地区生产总值增长10%左右。"],
    );
    expect(x.figures.filter((f) => /^(?:deposits|loans)_balance$/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["deposits_balance", "金融机构年末存款余额", 3561.1],
      ["loans_balance", "金融机构年末贷款余额", 2276.5],
    ]);
  });
});

describe("the balances of deposits and loans of every kind (Tibet 2011)", () => {
  it("预计金融机构各类存贷款余额达1230亿元、290亿元 are the deposits' and the loans' balances", () => {
    const x = fixture(
      ["地方财政一般预算收入累计达到126.3亿元，是“十五”时期的近3倍。截止2010年末，预计金融机构各类存贷款余额达1230亿元、290亿元，比“十五”末增长1.7倍和62%。"],
      ["地区生产总值增长12%以上。"],
    );
    expect(x.figures.filter((f) => /^(?:deposits|loans)_balance$/.test(f.metric ?? "")).map((f) => [f.metric, f.label_zh, f.value])).toEqual([
      ["deposits_balance", "金融机构各类存款余额", 1230],
      ["loans_balance", "金融机构各类贷款余额", 290],
    ]);
  });
});

describe("the fiscal revenue a place organises (Guilin 2017)", () => {
  it("组织财政收入223.8亿元，增长7% is the total fiscal revenue and its growth", () => {
    const x = fixture(["初步预计，地区生产总值完成2074亿元，增长7%;组织财政收入223.8亿元，增长7%;固定资产投资2131亿元，增长16%。"], ["地区生产总值增长7.5%左右。"]);
    expect(one(x, "组织财政收入223.8亿元", "223.8亿元").metric).toBe("fiscal_revenue_total");
    expect(x.figures.filter((f) => f.metric === "fiscal_revenue_total_growth").map((f) => f.value)).toEqual([7]);
  });
});

describe("society's spending on scientific research (Guilin 2017)", () => {
  it("全社会科研投入25.8亿元，增长8% gives the R&D spending growth; 全社会科技投入 does not", () => {
    const x = fixture(["全社会科研投入25.8亿元，增长8%，组织实施科技创新计划项目830项。全社会科技投入30亿元，增长9%。"], ["地区生产总值增长7.5%左右。"]);
    expect(x.figures.filter((f) => f.metric === "rd_spending_growth").map((f) => f.value)).toEqual([8]);
  });
});

describe("a share of firms' R&D spending in their sales revenue (Liuzhou 2014)", () => {
  it("企业研发投入占销售收入（R&D）比重努力达到2.2% is no R&D intensity; 研发经费投入占地区生产总值比重 stays one", () => {
    const x = fixture(["地区生产总值增长10%。"], [
      "全面建设创新型城市。坚持以创新驱动引领产业升级，全市设立技术研发机构的企业研发投入占销售收入（R&D）比重努力达到2.2%。",
      "全社会研发经费投入占地区生产总值比重达到1.8%。",
    ]);
    expect(one(x, "占销售收入（R&D）比重努力达到2.2%", "2.2%").metric).toBeNull();
    expect(one(x, "占地区生产总值比重达到1.8%", "1.8%").metric).toBe("rd_intensity");
  });
});

describe("the service sector named alone before its growth (Luoyang 2022)", () => {
  it("服务业增长8.4% is the services value added growth; 现代服务业增长 is not", () => {
    const id = (label: string) => matchMetric({ label, unit: "%", change: true }, metrics)?.id ?? null;
    expect(id("服务业增长")).toBe("services_value_added_growth");
    expect(id("全市服务业增速")).toBe("services_value_added_growth");
    expect(id("现代服务业增长")).toBeNull();
    const x = fixture(["产业结构稳中调“优”。工业稳增长和转型升级连续三年获国务院督查激励。服务业增长8.4%。粮食总产达到48.2亿斤。"], ["地区生产总值增长7%。"]);
    expect(one(x, "服务业增长8.4%", "8.4%").metric).toBe("services_value_added_growth");
  });
});

describe("a group's new jobs (Yunnan 2026)", () => {
  it("退役军人、残疾人新增就业均超7.3万人 is no count of new urban jobs; 城镇新增就业261.6万人 is", () => {
    const x = fixture(["城镇新增就业261.6万人，高校毕业生去向落实率逐年提升，退役军人、残疾人新增就业均超7.3万人。"], ["地区生产总值增长4.5%左右。"]);
    expect(one(x, "城镇新增就业261.6万人", "261.6万人").metric).toBe("urban_jobs_new");
    expect(x.figures.filter((f) => f.quote.includes("7.3万人")).map((f) => f.metric)).not.toContain("urban_jobs_new");
  });
});

describe("firms' R&D spending (Jilin 2026)", () => {
  it("规上企业研发经费投入增长14.2% is no R&D spending growth of the province, 规上工业企业研发投入占比60%左右 no R&D intensity; 全社会研发经费投入 stays both", () => {
    const x = fixture(["规上企业研发经费投入增长14.2%。全社会研发投入年均增长10.5%。"], [
      "主要目标包括：全社会研发经费投入年均增长9%以上，其中规上工业企业研发投入占比60%左右。全社会研发经费投入占地区生产总值比重达到1.8%。",
    ]);
    expect(one(x, "规上企业研发经费投入增长14.2%", "14.2%").metric).toBeNull();
    expect(one(x, "全社会研发投入年均增长10.5%", "10.5%").metric).toBe("rd_spending_growth");
    expect(one(x, "规上工业企业研发投入占比60%左右", "60%").metric).toBeNull();
    expect(one(x, "全社会研发经费投入年均增长9%以上", "9%").metric).toBe("rd_spending_growth");
    expect(one(x, "占地区生产总值比重达到1.8%", "1.8%").metric).toBe("rd_intensity");
  });

  it("R&D投入 and 研发投入 named bare are the R&D spending, their share still the intensity (Putian 2020: R&D投入增长20%)", () => {
    const x = fixture(["R&D投入占比提高至1.23%。"], ["社会消费品零售总额增长11.5%；R&D投入增长20%；城镇登记失业率3%以内。研发投入增长15%。"]);
    expect(one(x, "R&D投入增长20%", "20%").metric).toBe("rd_spending_growth");
    expect(one(x, "研发投入增长15%", "15%").metric).toBe("rd_spending_growth");
    expect(one(x, "R&D投入占比提高至1.23%", "1.23%").metric).toBe("rd_intensity");
    // Not the budget's (Yinchuan 2021), nor the firms' the list's item before names (Zhengzhou 2022).
    const y = fixture(["地区生产总值增长6%。"], ["财政R&D投入增长30%。力争政府研发投入增长23%以上。推进规模以上工业企业研发活动覆盖率达到65%、研发投入增长17%以上。全市研发投入增长8%左右。"]);
    expect(one(y, "财政R&D投入增长30%", "30%").metric).toBeNull();
    expect(one(y, "政府研发投入增长23%以上", "23%").metric).toBeNull();
    expect(one(y, "研发投入增长17%以上", "17%").metric).toBeNull();
    expect(one(y, "全市研发投入增长8%左右", "8%").metric).toBe("rd_spending_growth");
  });
});

describe("general public budget spending", () => {
  it("names the budget's spending, its older names and its growth (Hebei 2016: 一般公共预算支出由2820亿元增加到5675.3亿元、年均增长15%)", () => {
    const hebei = dev("hebei-2016");
    const spending = hebei.figures.filter((f) => f.quote.startsWith("一般公共预算支出由2820亿元"));
    expect(spending.map((f) => [f.value, f.unit, f.metric, f.year, f.period])).toEqual([
      [5675.3, "亿元", "budget_spending", 2015, null],
      [15, "%", "budget_spending_growth", 2015, [2011, 2015]],
    ]);
    const at = (label: string, unit: string, change: boolean) => matchMetric({ label, unit, change }, metrics)?.id ?? null;
    expect(at("地方财政一般预算支出", "亿元", false)).toBe("budget_spending");
    expect(at("一般预算支出增长", "%", true)).toBe("budget_spending_growth");
    expect(at("财政支出", "亿元", false)).toBe("budget_spending");
  });

  it("keeps a part of the spending unnamed (its share is the livelihood share), and takes the plan year's spending growth as a target", () => {
    const x = fixture(
      ["全市用于民生保障方面的财政支出297亿元，占一般公共预算支出的63.6%。"],
      ["地方一般公共预算收入增长7.5%以上，一般公共预算支出增长10%。"],
    );
    expect(one(x, "财政支出297亿元", "297亿元").metric).toBeNull();
    expect(one(x, "占一般公共预算支出的63.6%", "63.6%").metric).toBe("livelihood_spending_share");
    expect(typed(one(x, "一般公共预算支出增长10%", "10%"))).toMatchObject({ kind: "target", year: 2020, metric: "budget_spending_growth", value: 10 });
  });
});

describe("a rate raised by some percentage points", () => {
  it("names the urbanisation rate's and the forest coverage's change in points (Ningxia 2020: 城镇化率再提高1.5个百分点; Ningxia 2021: 森林覆盖率提高1.1个百分点)", () => {
    const [urban] = real("ningxia-2020").figures.filter((f) => f.quote === "城镇化率再提高1.5个百分点");
    expect(urban && typed(urban)).toMatchObject({ kind: "target", year: 2020, metric: "urbanization_rate_change", value: 1.5, unit: "个百分点" });
    const [forest] = real("ningxia-2021").figures.filter((f) => f.quote === "森林覆盖率提高1.1个百分点");
    expect(forest && typed(forest)).toMatchObject({ kind: "target", year: 2021, metric: "forest_coverage_change", value: 1.1 });
  });

  it("keeps the level and its change apart, and leaves a change since an older year unnamed", () => {
    const x = fixture(["全市城镇化率达到38.1%，比上年提高1.7个百分点；森林覆盖率达到15.2%，比2015年提高3.1个百分点。"], ["城镇化率提高1个百分点以上。"]);
    expect(one(x, "城镇化率达到38.1%", "38.1%").metric).toBe("urbanization_rate");
    expect(one(x, "比上年提高1.7个百分点", "1.7个百分点").metric).toBe("urbanization_rate_change");
    expect(one(x, "森林覆盖率达到15.2%", "15.2%").metric).toBe("forest_coverage");
    expect(one(x, "比2015年提高3.1个百分点", "3.1个百分点").metric).toBeNull();
    expect(typed(one(x, "城镇化率提高1个百分点以上", "1个百分点"))).toMatchObject({ kind: "target", year: 2020, metric: "urbanization_rate_change", qualifier: "at_least" });
  });
});

describe("the urbanisation rate named as the urban population's share", () => {
  it("names 城镇人口比重 the urbanisation rate, its level and its change (Liupanshui 2014: 城镇人口比重提高到40%; Fujian 2003: 城镇人口比重达44.6％)", () => {
    const x = fixture(
      ["城镇人口比重达44.6％，比上年提高1.2个百分点。"],
      ["全市经济社会发展的主要预期目标是：生产总值增长16%；工业经济结构进一步优化，城镇人口比重提高到40%，民营经济比重提高到50%，县域经济比重提高到70%。"],
    );
    expect(one(x, "城镇人口比重达44.6％", "44.6％")).toMatchObject({ kind: "result", metric: "urbanization_rate" });
    expect(one(x, "比上年提高1.2个百分点", "1.2个百分点").metric).toBe("urbanization_rate_change");
    expect(one(x, "城镇人口比重提高到40%", "40%")).toMatchObject({ kind: "target", year: 2020, metric: "urbanization_rate" });
    // The shares of other parts of the economy stay unnamed.
    expect(one(x, "民营经济比重提高到50%", "50%").metric).toBeNull();
    expect(one(x, "县域经济比重提高到70%", "70%").metric).toBeNull();
  });
});

describe("bank deposits and loans outstanding", () => {
  it("names the balances and their growth (Wuzhong 2020: 全市各项贷款余额626.3亿元，同比增长1.6%; Wuzhong 2021: 贷款余额增长7.5%以上)", () => {
    expect(real("wuzhong-2020").figures.filter((f) => f.quote.startsWith("全市各项贷款余额626.3亿元")).map((f) => [f.value, f.metric, f.year])).toEqual([
      [626.3, "loans_balance", 2019],
      [1.6, "loans_balance_growth", 2019],
    ]);
    expect(typed(one(real("wuzhong-2021"), "贷款余额增长7.5%以上", "7.5%"))).toMatchObject({ kind: "target", year: 2021, metric: "loans_balance_growth" });
  });

  it("reads deposits and loans said together, and leaves a kind of loans and household savings unnamed", () => {
    const x = fixture(
      ["金融机构存贷款余额分别达到2777.5亿元和2303.9亿元，增长15%和17.8%。全市绿色贷款余额325亿元、增长38.8%；城乡居民储蓄存款余额5234亿元。"],
      ["各项贷款余额增长8%。"],
    );
    expect(x.figures.filter((f) => f.quote.startsWith("金融机构存贷款余额")).map((f) => [f.value, f.metric])).toEqual([
      [2777.5, "deposits_balance"],
      [2303.9, "loans_balance"],
      [15, "deposits_balance_growth"],
      [17.8, "loans_balance_growth"],
    ]);
    expect(one(x, "绿色贷款余额325亿元", "325亿元").metric).toBeNull();
    expect(one(x, "储蓄存款余额5234亿元", "5234亿元").metric).toBeNull();
  });
});

describe("the plans' indicators of schooling, innovation and emissions", () => {
  it("names technological progress's contribution and the high-school enrolment rate (Guyuan 2020: 科技进步贡献率51.5%; Ningxia 2020: 高中阶段毛入学率达到93%), not agriculture's contribution", () => {
    expect(typed(one(real("guyuan-2020"), "科技进步贡献率51.5%", "51.5%"))).toMatchObject({ kind: "result", year: 2019, metric: "tech_progress_contribution" });
    const ningxia = real("ningxia-2020");
    expect(typed(one(ningxia, "高中阶段毛入学率达到93%", "93%"))).toMatchObject({ kind: "target", year: 2020, metric: "high_school_enrolment_rate" });
    expect(one(ningxia, "农业科技进步贡献率分别达到80%和60%", "60%").metric).toBeNull();
  });

  it("names the high-tech industry's value added, beside its growth (Hunan 2004: 高新技术产业实现增加值304亿元，增长24%), not high-tech manufacturing's", () => {
    const x = fixture(["高新技术产业实现增加值304亿元，增长24%。高技术制造业增加值50亿元。"], ["高新技术产业增加值增长15%，达到350亿元。"]);
    expect(x.figures.map((f) => [f.kind, f.metric, f.value])).toEqual([
      ["result", "high_tech_value_added", 304],
      ["result", "high_tech_value_added_growth", 24],
      ["result", null, 50],
      ["target", "high_tech_value_added_growth", 15],
      ["target", "high_tech_value_added", 350],
    ]);
  });

  it("names an older report's industrial growth written 规模工业增长 (Hunan 2004: 其中规模工业增长20.7％)", () => {
    const x = fixture(["全省工业增加值增长12.1％，其中规模工业增长20.7％。"], ["规模工业增长15％。"]);
    expect(typed(one(x, "其中规模工业增长20.7％", "20.7％"))).toMatchObject({ kind: "result", year: 2019, metric: "industrial_value_added_growth" });
    expect(typed(one(x, "规模工业增长15％", "15％"))).toMatchObject({ kind: "target", year: 2020, metric: "industrial_value_added_growth" });
  });

  it("names life expectancy in years (Ningxia 2021: 人均预期寿命达到78.2岁), not a rise by some years, one sex's or an age bound", () => {
    expect(typed(one(real("ningxia-2021"), "人均预期寿命达到78.2岁", "78.2岁"))).toMatchObject({ kind: "target", year: 2025, metric: "life_expectancy", unit: "岁" });
    const x = fixture(
      ["人均预期寿命由2015年的74.6岁提高到76.8岁。全市60岁以上老年人12万人。"],
      ["人均预期寿命再提高1岁。男女人均预期寿命分别达到72.8岁和77.1岁。"],
    );
    expect(typed(one(x, "人均预期寿命由2015年的74.6岁提高到76.8岁", "76.8岁"))).toMatchObject({ kind: "result", year: 2019, metric: "life_expectancy" });
    expect(one(x, "人均预期寿命再提高1岁", "1岁").metric).toBeNull();
    expect(one(x, "男女人均预期寿命分别达到72.8岁和77.1岁", "77.1岁").metric).toBeNull();
    expect(x.figures.some((f) => f.quote.includes("60岁以上"))).toBe(true);
    expect(x.figures.filter((f) => f.metric === "life_expectancy")).toHaveLength(1);
  });

  it("names the higher-education enrolment rate, carbon intensity and the cuts of COD and sulphur dioxide", () => {
    const x = fixture(
      ["高等教育毛入学率达到40%。化学需氧量、二氧化硫排放量分别削减2.56%、1.02%。"],
      ["单位GDP二氧化碳排放下降3.4%。"],
    );
    expect(one(x, "高等教育毛入学率达到40%", "40%").metric).toBe("higher_education_enrolment_rate");
    expect(x.figures.filter((f) => f.quote.startsWith("化学需氧量")).map((f) => [f.value, f.metric])).toEqual([
      [2.56, "cod_emissions_change"],
      [1.02, "so2_emissions_change"],
    ]);
    expect(typed(one(x, "二氧化碳排放下降3.4%", "3.4%"))).toMatchObject({ kind: "target", year: 2020, metric: "carbon_intensity_change", direction: "down" });
  });

  it("but not the pollutants listed after a unit of GDP they are taken per (Taiyuan 2007)", () => {
    const x = fixture(
      ["化学需氧量、二氧化硫排放量分别削减2.56%、1.02%。"],
      ["万元地区生产总值二氧化硫、化学需氧量年均下降10%，五年下降41%。单位GDP能耗、化学需氧量排放分别下降3%和2%。"],
    );
    expect(one(x, "化学需氧量年均下降10%", "10%").metric).toBeNull();
    expect(one(x, "五年下降41%", "41%").metric).toBeNull();
    expect(one(x, "分别削减2.56%", "2.56%").metric).toBe("cod_emissions_change");
    expect(one(x, "分别下降3%和2%", "2%").metric).toBe("cod_emissions_change");
  });
});

describe("the retail sales of the enterprises above the quota (Taizhou 2015)", () => {
  it("限额以上社会消费品零售总额增长14.5% is a part of the retail sales, no retail sales growth; 社会消费品零售总额增长11%以上 stays one", () => {
    const x = fixture(
      ["限额以上社会消费品零售总额增长14.5%，居全省第二，网络零售额增长80.3%。", "限上消费品零售额达到320亿元。"],
      ["繁荣商贸经济，社会消费品零售总额增长11%以上。"],
    );
    expect(one(x, "限额以上社会消费品零售总额增长14.5%", "14.5%").metric).toBeNull();
    expect(one(x, "限上消费品零售额达到320亿元", "320亿元").metric).toBeNull();
    expect(one(x, "社会消费品零售总额增长11%以上", "11%").metric).toBe("retail_sales_growth");
  });
});

describe("the retail sales of the counties and below (Xizang 2004)", () => {
  it("县及县以下社会消费品零售总额首次超过30亿元，增长9.8% is a part of the retail sales; 社会消费品零售总额58.30亿元 and the towns' or the countryside's apart stay as they are", () => {
    const x = fixture(
      [
        "完成生产总值184.59亿元；社会消费品零售总额58.30亿元，增长9.2%。",
        "实现了扩大农牧区消费的突破，县及县以下社会消费品零售总额首次超过30亿元，增长9.8%，农牧区消费增长快于城市。",
        "城镇消费品零售额达到40亿元，乡村消费品零售额18亿元。",
      ],
      ["社会消费品零售总额增长13%。"],
    );
    expect(one(x, "社会消费品零售总额58.30亿元", "58.30亿元").metric).toBe("retail_sales");
    expect(one(x, "县及县以下社会消费品零售总额首次超过30亿元", "30亿元").metric).toBeNull();
    expect(one(x, "增长9.8%", "9.8%").metric).toBeNull();
    expect(one(x, "城镇消费品零售额达到40亿元", "40亿元").metric).toBeNull();
    expect(one(x, "乡村消费品零售额18亿元", "18亿元").metric).toBeNull();
    expect(one(x, "社会消费品零售总额增长13%", "13%").metric).toBe("retail_sales_growth");
  });
});

describe("a bare magnitude after a count of people or the jobs found (Taizhou 2015)", () => {
  it("新增就业人数9.42万 counts people: 9.42 万人, the new jobs; 城镇新增就业5.3万 too", () => {
    const x = fixture(["以创业带动就业，新增就业人数9.42万，城镇登记失业率2.21%。"], ["城镇新增就业5.3万。"]);
    expect(typed(one(x, "新增就业人数9.42万", "9.42万"))).toMatchObject({ value: 9.42, unit: "万人" });
    expect(one(x, "新增就业人数9.42万", "9.42万").metric).toBe("urban_jobs_new");
    expect(typed(one(x, "城镇新增就业5.3万", "5.3万"))).toMatchObject({ kind: "target", value: 5.3, unit: "万人" });
  });
});

describe("kindergartens newly rated at a grade (Liupanshui 2016)", () => {
  it("新增省级示范性普通高中5所、省级示范性幼儿园10所 builds no kindergartens; 建设28所农村幼儿园 does", () => {
    const x = fixture(["地区生产总值增长12%。"], [
      "坚持教育优先发展，基本普及15年教育。新增省级示范性普通高中5所、省级示范性幼儿园10所。",
      "建设28所农村幼儿园、32个标准化农村寄宿制学校和80个农村留守儿童之家。",
    ]);
    expect(one(x, "省级示范性幼儿园10所", "10所").metric).toBeNull();
    expect(one(x, "建设28所农村幼儿园", "28所").metric).toBe("kindergartens_built");
  });

  it("but built to a grade they are built: 新建省级示范性幼儿园2所 stays kindergartens built", () => {
    const x = fixture(["地区生产总值增长12%。"], ["新建省级示范性幼儿园2所。"]);
    expect(one(x, "新建省级示范性幼儿园2所", "2所").metric).toBe("kindergartens_built");
  });
});

describe("the fiscal revenue that comes from the place (Shantou 2014)", () => {
  it("来源于我市的财政收入277.92亿元 is the total fiscal revenue; 其中公共财政预算收入…达112.11亿元 stays the budget revenue", () => {
    const x = fixture(
      ["全市生产总值1565.9亿元，增长10%。来源于我市的财政收入277.92亿元，其中公共财政预算收入突破百亿元大关，达112.11亿元，增长16.4%。"],
      ["地区生产总值增长10%。"],
    );
    expect(one(x, "来源于我市的财政收入277.92亿元", "277.92亿元").metric).toBe("fiscal_revenue_total");
    expect(one(x, "达112.11亿元", "112.11亿元").metric).toBe("budget_revenue");
  });
});

describe("the air of a city the report names, in a province's review (Qinghai 2016: 西宁市空气优良率达到77.6%)", () => {
  it("is that city's, no good-air share of the place; the place's own and the cities of a grade keep it", () => {
    const e = fixture(
      ["重点生态工程稳步推进，单位GDP和工业增加值能耗实现“双下降”，西宁市空气优良率达到77.6%，是“十二五”最好水平。地级市空气质量优良天数比例达到85%。空气质量优良率达到80%。"],
      ["生产总值增长7.5%左右。"],
    );
    expect(one(e, "西宁市空气优良率达到77.6%", "77.6%").metric).toBeNull();
    expect(one(e, "地级市空气质量优良天数比例达到85%", "85%").metric).toBe("good_air_days_ratio");
    expect(one(e, "空气质量优良率达到80%", "80%").metric).toBe("good_air_days_ratio");
  });
});

describe("the air of the prefecture's seat, a city of the prefecture's name (Changji 2020: 昌吉市空气优良率达到74%)", () => {
  it("is that city's, no good-air share of the prefecture; the county of a city's name is another place too", () => {
    const text = (place: string, speaker: string, air: string) =>
      [
        `——2020年1月2日在${place}第十五届人民代表大会第四次会议上`,
        speaker,
        "各位代表：",
        "一、2019年工作回顾",
        `实施重点工业企业大气污染提标治理项目108个，综合整治“散乱污”企业335家，完成煤改电面积118万平方米，${air}空气优良率达到74%、提高2.1个百分点，PM2.5、PM10平均浓度分别下降5%、11.7%。`,
        "二、2020年工作安排",
        "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
      ].join("\n");
    const changji = extractText("changji-2020.txt", text("昌吉回族自治州", "自治州州长 金之镇", "昌吉市"));
    expect(one(changji, "昌吉市空气优良率达到74%", "74%").metric).toBeNull();
    // The prefecture named short (`昌吉州`) is the prefecture itself, and a city's own name its own air.
    expect(one(extractText("changji-2020.txt", text("昌吉回族自治州", "自治州州长 金之镇", "昌吉州")), "昌吉州空气优良率达到74%", "74%").metric).toBe("good_air_days_ratio");
    expect(one(extractText("changsha-2020.txt", text("长沙市", "市长 某某", "长沙市")), "长沙市空气优良率达到74%", "74%").metric).toBe("good_air_days_ratio");
    expect(one(extractText("changsha-2020.txt", text("长沙市", "市长 某某", "长沙县")), "长沙县空气优良率达到74%", "74%").metric).toBeNull();
  });
});

describe("the cities' indicators of green space, sewage, waste, patents, profits and rural health insurance", () => {
  it("names them in the site's reports (Yinchuan 2020 and 2021: 城市生活垃圾无害化处理率; Wuzhong 2021: 市区污水处理率, 每万人有效发明专利拥有量; Shizuishan 2021: 城市建成区绿化覆盖率)", () => {
    expect(typed(one(real("yinchuan-2020"), "城市生活垃圾无害化处理率达到100%", "100%"))).toMatchObject({ kind: "target", year: 2020, metric: "waste_treatment_rate" });
    expect(typed(one(real("yinchuan-2021"), "城市生活垃圾无害化处理率达100%", "100%"))).toMatchObject({ kind: "result", year: 2020, metric: "waste_treatment_rate" });
    const wuzhong = real("wuzhong-2021");
    expect(one(wuzhong, "市区污水处理率达到95%以上", "95%").metric).toBe("sewage_treatment_rate");
    expect(one(wuzhong, "每万人有效发明专利拥有量2.88件", "2.88件").metric).toBe("invention_patents_per_10k");
    expect(one(real("shizuishan-2021"), "城市建成区绿化覆盖率达到43.1%", "43.1%").metric).toBe("green_coverage_rate");
  });

  it("reads patents per ten thousand of the population as per ten thousand people (Anhui 2022: 每万人口发明专利拥有量19.9件)", () => {
    const x = fixture(["3位科学家当选两院院士，12项科技成果获国家科学技术奖，8项制造业揭榜攻关项目打破国外垄断。每万人口发明专利拥有量19.9件，吸纳技术合同成交额增长92.3%。"], ["生产总值增长7%以上。"]);
    expect(one(x, "每万人口发明专利拥有量19.9件", "19.9件").metric).toBe("invention_patents_per_10k");
  });

  it("reads the technology contracts registered as recognised (认定登记额) or as trade contracts (技术交易合同登记额) as their turnover (Yibin 2023: 力争技术合同认定登记额超20亿元; Nanchong 2021: 技术交易合同登记额年均增长61%)", () => {
    const x = fixture(["技术交易合同登记额年均增长61%。"], ["力争技术合同认定登记额超20亿元。"]);
    expect(one(x, "技术合同认定登记额", "20亿元").metric).toBe("tech_contract_turnover");
    expect(one(x, "技术交易合同登记额", "61%").metric).toBe("tech_contract_turnover_growth");
  });

  it("reads the city's green coverage written with 绿地 as its green coverage (Jinan 2004: 城市绿地覆盖率达到37.5%), not the green space ratio", () => {
    const x = fixture(["全市新增绿地面积161万平方米，城市绿地覆盖率达到37.5%。城市绿地率达到33%。"], ["国内生产总值增长14%。"]);
    expect(one(x, "城市绿地覆盖率达到37.5%", "37.5%").metric).toBe("green_coverage_rate");
    expect(one(x, "城市绿地率达到33%", "33%").metric).toBeNull();
  });

  it("reads industry's profits and the rural cooperative medical scheme, and leaves a village's sewage unnamed", () => {
    const x = fixture(
      ["规模以上工业企业实现利润794.7亿元，增长66.4%。新型农村合作医疗参合率达到99.5%。行政村生活垃圾有效治理率超过90%、污水处理率达到63%。"],
      ["规上工业利润增长10%。"],
    );
    expect(x.figures.filter((f) => f.quote.startsWith("规模以上工业企业实现利润")).map((f) => [f.value, f.metric])).toEqual([
      [794.7, "industrial_profit"],
      [66.4, "industrial_profit_growth"],
    ]);
    expect(one(x, "参合率达到99.5%", "99.5%").metric).toBe("rural_coop_medical_rate");
    expect(one(x, "污水处理率达到63%", "63%").metric).toBeNull();
    expect(typed(one(x, "规上工业利润增长10%", "10%"))).toMatchObject({ kind: "target", year: 2020, metric: "industrial_profit_growth" });
  });
});

describe("a sector's short name with a verb before its value added (Daqing 2014)", () => {
  it("reads 二产实现增加值3434亿元、增长10.4% as the secondary sector's value added and its growth", () => {
    const x = fixture(
      ["预计全市完成地区生产总值4332.7亿元、增长11.1%。工业在较大基数上稳健运行，二产实现增加值3434亿元、增长10.4%。农业“三位一体”共进，一产实现增加值166亿元、增长8.1%。服务业多元业态关联升级，三产实现增加值732.7亿元、增长14.4%。"],
      ["主要预期目标：地区生产总值增长9%。"],
    );
    const got = (v: number) => x.figures.find((f) => f.kind === "result" && f.value === v)?.metric;
    expect([got(3434), got(10.4), got(166), got(8.1), got(732.7), got(14.4)]).toEqual([
      "secondary_value_added",
      "secondary_value_added_growth",
      "agriculture_value_added",
      "agriculture_value_added_growth",
      "services_value_added",
      "services_value_added_growth",
    ]);
  });
});

describe("the services share raised by some percentage points", () => {
  it("names it beside the share (Zibo 2020: 年内服务业增加值占比提高1.5个百分点), and technological progress's contribution to growth written out", () => {
    const x = fixture(["全市服务业增加值增长7%，占比提高1.5个百分点。科技进步对经济增长贡献率达45.6%。"], ["年内服务业增加值占比提高1.5个百分点。"]);
    expect(typed(one(x, "年内服务业增加值占比提高1.5个百分点", "1.5个百分点"))).toMatchObject({ kind: "target", year: 2020, metric: "services_share_change" });
    expect(one(x, "全市服务业增加值增长7%，占比提高1.5个百分点", "1.5个百分点").metric).toBe("services_share_change");
    expect(one(x, "科技进步对经济增长贡献率达45.6%", "45.6%").metric).toBe("tech_progress_contribution");
  });
});

describe("a sector's share of the place's economy (Tianjin 2012: 服务业发展提速。增加值占全市经济比重达到46%)", () => {
  it("is the services' share of its output, not a private economy's share named after it", () => {
    const x = fixture(["服务业发展提速。增加值占全市经济比重达到46%。金融业健康发展。民营经济实力不断增强，占全市经济的比重达到40%。"], ["生产总值增长12%。"]);
    expect(one(x, "增加值占全市经济比重达到46%", "46%").metric).toBe("services_share");
    expect(one(x, "占全市经济的比重达到40%", "40%").metric).toBeNull();
    const y = fixture(["第三产业增加值占全市经济总量的比重达到50.1%。"], ["生产总值增长12%。"]);
    expect(one(y, "50.1%", "50.1%").metric).toBe("services_share");
  });
});

describe("the energy a unit of output consumes written out (Guangxi 2006: 万元生产总值能源消耗降低2％左右)", () => {
  it("is the energy intensity's change, in the plan year and over the plan", () => {
    const x = fixture(
      [],
      [
        "在优化结构、提高效益和降低消耗的基础上，实现生产总值年均增长10％左右，2010年人均生产总值比2000年翻一番以上；期末万元生产总值能源消耗降低10％；财政收入年均增长14％左右。",
        "今年我区国民经济和社会发展的主要预期目标为：全区生产总值增长10％左右，万元生产总值能源消耗降低2％左右，全社会固定资产投资增长19％左右。",
      ],
    );
    expect(one(x, "万元生产总值能源消耗降低2％左右", "2％").metric).toBe("energy_intensity_change");
    expect(one(x, "期末万元生产总值能源消耗降低10％", "10％").metric).toBe("energy_intensity_change");
    // Not the total energy consumed.
    const id = (label: string) => matchMetric({ label, unit: "%", change: true }, metrics)?.id ?? null;
    expect(id("万元地区生产总值能源消耗降低")).toBe("energy_intensity_change");
    expect(id("能源消耗总量增长")).toBe(null);
  });
});

describe("pollutants named bare before the cuts a list shares (Qiqihar 2016: 化学需氧量、二氧化硫、氨氮、氮氧化物分别削减2.29%、4.44%、4.46%和3.56%)", () => {
  it("gives sulphur dioxide's cut its emissions' indicator, as chemical oxygen demand's", () => {
    const x = fixture([], ["地区生产总值增长6.5%左右。控制主要污染物减排，化学需氧量、二氧化硫、氨氮、氮氧化物分别削减2.29%、4.44%、4.46%和3.56%。"]);
    expect(x.figures.filter((f) => f.value === 2.29 || f.value === 4.44 || f.value === 4.46).map((f) => [f.label_zh, f.metric])).toEqual([
      ["化学需氧量削减", "cod_emissions_change"],
      ["二氧化硫削减", "so2_emissions_change"],
      ["氨氮削减", null],
    ]);
    // Not sulphur dioxide's concentration in the air.
    expect(matchMetric({ label: "二氧化硫浓度下降", unit: "%", change: true }, metrics)?.id ?? null).toBe(null);
  });
});

describe("high-tech enterprises by their short name (Guangxi 2019: 新增高新企业600家以上，总数超过1800家)", () => {
  it("counts the new ones as new high-tech enterprises, and the total reached as the high-tech enterprises in all", () => {
    const x = fixture(["战略性新兴产业发展多点突破。新增市场主体53.2万户。新增高新企业600家以上，总数超过1800家。"], ["地区生产总值增长7%左右。"]);
    expect(one(x, "新增高新企业600家以上", "600家").metric).toBe("high_tech_enterprises_new");
    expect(one(x, "总数超过1800家", "1800家")).toMatchObject({ metric: "high_tech_enterprises", label_zh: "高新企业" });
  });
});

describe("an addition told as passing a mark (Wuhan 2023: 净增高新技术企业超过3000家、总数突破1.2万家)", () => {
  it("counts those added as new high-tech enterprises, the total after them as the firms in all", () => {
    const x = fixture(["获批建设科技创新中心，净增高新技术企业超过3000家、总数突破1.2万家。新增科技型中小企业突破500家。"], ["地区生产总值增长6.5%以上。"]);
    expect(one(x, "净增高新技术企业超过3000家", "3000家").metric).toBe("high_tech_enterprises_new");
    expect(one(x, "总数突破1.2万家", "1.2万家").metric).toBe("high_tech_enterprises");
    expect(one(x, "新增科技型中小企业突破500家", "500家").metric).toBe("tech_smes_new");
  });
});

describe("a line the named things string together (Jilin City 2022)", () => {
  it("打造国道、高铁沿线美丽村庄风景线5条 counts lines, no beautiful villages; 美丽村庄50个 still counts them", () => {
    const x = fixture([], [
      "促进乡村宜居宜业。持续整治农村人居环境，打造国道、高铁沿线美丽村庄风景线5条，创建宜居宜业美丽乡村示范村130个、美丽庭院7000个、干净人家1万户，完成农村改厕4400户。建设重点小城镇12个、美丽村庄50个。",
      "地区生产总值增长7%。",
    ]);
    expect(one(x, "美丽村庄风景线5条", "5条").metric).toBeNull();
    expect(one(x, "美丽村庄50个", "50个").metric).toBe("beautiful_villages");
  });
});

describe("the enterprises above designated size by the class's short name before their profits (Jilin City 2022)", () => {
  it("全市规模工业企业实现利润总额70.6亿元 gives the profits of industry above designated size", () => {
    const x = fixture(["中钢机电等20户“双停”企业恢复生产。全市规模工业企业实现利润总额70.6亿元，是上年的6.5倍。"], ["地区生产总值增长7%。"]);
    expect(one(x, "规模工业企业实现利润总额70.6亿元", "70.6亿元").metric).toBe("industrial_profit");
    expect(one(x, "是上年的6.5倍", "6.5倍").metric).toBeNull();
  });

  it("and so is the class named in full with no 企业 before the verb (Changsha 2005: 全市规模以上工业实现利润50亿元)", () => {
    const x = fixture(["四县（市）完成规模以上工业总产值343.99亿元，增长29.8%。全市规模以上工业实现利润50亿元，利税率居全国44个中心城市第一位。"], ["地区生产总值增长14%。"]);
    expect(one(x, "规模以上工业实现利润50亿元", "50亿元").metric).toBe("industrial_profit");
  });
});

describe("a bare profit right after the output or value added of industry above designated size (Jilin 2005, Jilin City 2014)", () => {
  it("规模以上工业企业完成增加值增长18.6%，实现净盈利178.7亿元 and 全市规模工业实现产值3250亿元，利润55亿元 give those firms' profits", () => {
    const x = fixture([
      "积极协调煤、电、运等生产要素，加强生产组织，促进技术进步，提高增长质量，规模以上工业企业完成增加值增长18.6%，实现净盈利178.7亿元。",
      "工业经济保持平稳增长。全市规模工业实现产值3250亿元，利润55亿元，亏损企业减亏19亿元。",
    ], ["地区生产总值增长10%以上。"]);
    expect([one(x, "实现净盈利178.7亿元", "178.7亿元"), one(x, "利润55亿元", "55亿元")].map((f) => [f.label_zh, f.metric])).toEqual([
      ["规模以上工业企业净盈利", "industrial_profit"],
      ["规模工业利润", "industrial_profit"],
    ]);
    expect(one(x, "亏损企业减亏19亿元", "19亿元").metric).toBeNull();
  });
});

describe("foreign capital used directly, opening the label (Jilin City 2022)", () => {
  it("外贸进出口和直接利用外资均增长10% gives the growth of foreign investment actually used beside that of trade", () => {
    const x = fixture([], ["地区生产总值增长7%—8%。着力稳外贸稳外资，外贸进出口和直接利用外资均增长10%。"]);
    expect(quoting(x, "外贸进出口和直接利用外资").map((f) => [f.label_zh, f.metric])).toEqual([
      ["外贸进出口增长", "foreign_trade_growth"],
      ["直接利用外资增长", "fdi_actual_growth"],
    ]);
  });
});

describe("names of output, exports and visits older and newer reports write", () => {
  it("reads the industrial output without 总, the exports of goods and their scale, and the visits received in person-times", () => {
    const x = fixture(
      [
        "工业经济稳中有进，规模工业产值增长24%。",
        "货物贸易出口达3.9万亿元、增长9.5%，出口规模突破4万亿元。",
        "游客接待人次、旅游综合收入年均分别增长15%和18%。",
      ],
      ["地区生产总值增长6%左右，全市规模以上工业产值完成3911.3亿元。"],
    );
    expect(one(x, "规模工业产值增长24%", "24%").metric).toBe("industrial_output_growth");
    expect(one(x, "全市规模以上工业产值完成3911.3亿元", "3911.3亿元").metric).toBe("industrial_output");
    expect([one(x, "货物贸易出口达3.9万亿元", "3.9万亿元"), one(x, "增长9.5%", "9.5%"), one(x, "出口规模突破4万亿元", "4万亿元")].map((f) => f.metric)).toEqual(["exports", "exports_growth", "exports"]);
    expect(one(x, "游客接待人次", "15%").metric).toBe("tourist_arrivals_growth");
  });

  it("leaves the parks' output theirs (Lincang 2023: 力争园区规上工业产值突破350亿元)", () => {
    const x = fixture([], ["地区生产总值增长6%左右，力争园区规上工业产值突破350亿元，规上工业总产值突破1000亿元。"]);
    expect(one(x, "园区规上工业产值突破350亿元", "350亿元").metric).toBeNull();
    expect(one(x, "规上工业总产值突破1000亿元", "1000亿元").metric).toBe("industrial_output");
  });
});

describe("the fixed investment by its short name (Changzhi 2023: 完成固投948.4亿元)", () => {
  it("is the fixed investment, its growth too", () => {
    const x = fixture(["全年完成固投948.4亿元，增长6.1%。"], ["地区生产总值增长7%以上，固投增长10%。"]);
    expect([one(x, "完成固投948.4亿元", "948.4亿元"), one(x, "增长6.1%", "6.1%"), one(x, "固投增长10%", "10%")].map((f) => f.metric)).toEqual([
      "fixed_investment",
      "fixed_investment_growth",
      "fixed_investment_growth",
    ]);
  });
});

describe("the deputies' suggestions and the CPPCC proposals counted together (Yinchuan 2016)", () => {
  it("办理人大代表建议意见和政协委员提案593件 is their sum, neither one's count; each counted apart keeps its own", () => {
    const x = fixture(
      ["自觉接受人大及其常委会法律监督，提请人大常委会审议地方性法规草案2部，办理人大代表建议意见和政协委员提案593件。办理人大代表建议121件，办理政协提案199件。"],
      ["地区生产总值增长8%。"],
    );
    expect(x.figures.filter((f) => f.unit === "件").map((f) => [f.value, f.metric])).toEqual([
      [593, null],
      [121, "deputies_suggestions"],
      [199, "cppcc_proposals"],
    ]);
  });
});

describe("a bare kind of motion after another the same members made (Yinchuan 2019: 办理人大代表议案6件、建议121件)", () => {
  it("is the deputies' suggestions, the motions' count apart", () => {
    const x = fixture(["自觉接受人大和政协监督，办理人大代表议案6件、建议121件，办理政协提案199件，办复率均达到100%。"], ["地区生产总值同比增长7%左右。"]);
    expect(x.figures.filter((f) => f.unit === "件").map((f) => [f.value, f.label_zh, f.metric])).toEqual([
      [6, "办理人大代表议案", null],
      [121, "办理人大代表建议", "deputies_suggestions"],
      [199, "办理政协提案", "cppcc_proposals"],
    ]);
  });
});

describe("a count of the firms that produced an output (Pingxiang 2014)", () => {
  it("全市229户规模以上高新技术企业完成增加值138.4亿元 counts the firms producing, no new high-tech enterprises; 新增高新技术企业23家 does", () => {
    const x = fixture(["全市229户规模以上高新技术企业完成增加值138.4亿元，增长11.7%。新增高新技术企业23家。"], ["生产总值增长10%。"]);
    expect(x.figures.filter((f) => f.metric === "high_tech_enterprises_new").map((f) => f.value)).toEqual([23]);
  });
});

describe("the indicators of older and smaller reports' ecology and investment", () => {
  it("a count of good-air days is its own indicator beside their share; a rise on last year's count is neither (Ningxia 2021, Yinchuan 2020)", () => {
    const x = fixture(
      ["全区优良天数311天、比例达85.1%。全年空气优良天数达到324天，同比新增28天，空气质量优良天数同比增加20天。"],
      ["空气质量优良天数达到280天以上。"],
    );
    expect(x.figures.filter((f) => f.unit === "天" || f.unit === "%").map((f) => [f.kind, f.label_zh, f.value, f.metric])).toEqual([
      ["result", "全区优良天数", 311, "good_air_days"],
      ["result", "全区优良天数比例", 85.1, "good_air_days_ratio"],
      ["result", "空气优良天数", 324, "good_air_days"],
      ["result", "空气优良天数同比新增", 28, null],
      ["result", "空气质量优良天数同比增加", 20, null],
      ["target", "空气质量优良天数", 280, "good_air_days"],
    ]);
  });

  it("an amount more than last year's said with 多增 is no level of what it adds to (城镇新增就业1.2万人，同比多增0.2万人)", () => {
    const x = fixture(["城镇新增就业1.2万人，同比多增0.2万人。"], ["城镇新增就业1万人。"]);
    expect(one(x, "城镇新增就业1.2万人", "1.2万人").metric).toBe("urban_jobs_new");
    expect(one(x, "同比多增0.2万人", "0.2万人")).toMatchObject({ label_zh: "城镇新增就业同比多增", metric: null });
  });

  it("tree coverage (林木覆盖率) is an indicator of its own, not the forest coverage, with its rise in points", () => {
    const x = fixture(["全市林木覆盖率达到35.5%，提高1.2个百分点，森林覆盖率达到20%。"], ["林木覆盖率达到36%。"]);
    expect(x.figures.map((f) => [f.kind, f.value, f.metric])).toEqual([
      ["result", 35.5, "tree_coverage"],
      ["result", 1.2, "tree_coverage_change"],
      ["result", 20, "forest_coverage"],
      ["target", 36, "tree_coverage"],
    ]);
  });

  it("the cuts of nitrogen oxides and of ammonia nitrogen are indicators beside those of sulphur dioxide and COD", () => {
    const x = fixture(["化学需氧量、二氧化硫排放量分别下降2%和3%，氮氧化物排放量下降3%，氨氮排放量下降2.5%。"], ["生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.unit === "%" && f.kind === "result").map((f) => [f.value, f.metric])).toEqual([
      [2, "cod_emissions_change"],
      [3, "so2_emissions_change"],
      [3, "nox_emissions_change"],
      [2.5, "ammonia_nitrogen_emissions_change"],
    ]);
  });

  it("foreign direct investment used, without 实际, is the investment actually used, and its growth; a contracted amount is not", () => {
    const x = fixture(["利用外商直接投资5.2亿美元，增长10%，合同利用外商直接投资8亿美元。"], ["生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.metric])).toEqual([
      [5.2, "fdi_actual"],
      [10, "fdi_actual_growth"],
      [8, null],
    ]);
  });
});

describe("units of rides, doses and duct-kilometres", () => {
  it("reads 乘次, 人份 and 管孔公里 whole after their figures, and names them in English", () => {
    const x = fixture(["全市公交客运量1.2亿乘次，接种疫苗100万人份，新建通信管道300管孔公里。"], ["生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["公交客运量", 1.2, "亿乘次"],
      ["接种疫苗", 100, "万人份"],
      ["新建通信管道", 300, "管孔公里"],
    ]);
    expect([withUnitEn(1.2, "亿乘次"), withUnitEn(100, "万人份"), withUnitEn(300, "管孔公里")]).toEqual(["120 million rides", "1 million doses", "300 duct-km"]);
  });
});

describe("a bridge's length in 延米 (Xinyang 2014: 全市新建改建农村公路400公里、桥梁3000延米)", () => {
  it("reads 延米 whole after its figure, a length in metres, and loses no figure", () => {
    const x = fixture(["地区生产总值增长9%。"], ["生产总值增长9.5%。", "全市新建改建农村公路400公里、桥梁3000延米。"]);
    expect(x.figures.filter((f) => f.kind === "target" && f.unit !== "%").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["新建改建农村公路", 400, "公里"],
      ["桥梁", 3000, "延米"],
    ]);
    expect(withUnitEn(3000, "延米")).toBe("3,000 m");
    // Bridges, no length of road (Nanyang 2014).
    expect(one(fixture(["地区生产总值增长9%。"], ["生产总值增长9.5%。", "改造农村公路危桥6000延米。"]), "危桥6000延米", "6000延米").metric).toBeNull();
  });
});

describe("visitors told bare right after the visitors from abroad or staying overnight (Nanning 2026)", () => {
  it("接待入境过夜游客…，游客花费9391.05万美元、增长54.65%: the inbound visitors' spending, no tourism revenue; the place's visitors' keeps it", () => {
    const x = fixture(["接待入境过夜游客24.75万人次、增长44.81%，游客花费9391.05万美元、增长54.65%。全年接待游客500万人次，游客花费增长8%。"], ["地区生产总值增长5%。"]);
    expect(one(x, "游客花费9391.05万美元、增长54.65%", "54.65%").metric).toBeNull();
    expect(one(x, "游客花费增长8%", "8%").metric).toBe("tourism_revenue_growth");
  });
});

describe("the digital economy and its core industries (Hangzhou 2023, Jiangxi 2021, Zhengzhou 2026)", () => {
  it("reads their value added, its growth and its share of GDP as indicators of their own, the core industries apart from the whole", () => {
    const x = fixture(
      ["数字经济增加值增长11.8%，占GDP比重38%左右。数字经济核心产业增加值5076亿元、增长2.8%，占GDP比重达27.1%。"],
      ["力争数字经济增长15%以上，数字经济规模突破8000亿元，数字经济核心产业增加值占地区生产总值比重达8%左右。"],
    );
    expect(x.figures.map((f) => [f.kind, f.value, f.metric])).toEqual([
      ["result", 11.8, "digital_economy_growth"],
      ["result", 38, "digital_economy_share"],
      ["result", 5076, "digital_core_value_added"],
      ["result", 2.8, "digital_core_value_added_growth"],
      ["result", 27.1, "digital_core_share"],
      ["target", 15, "digital_economy_growth"],
      ["target", 8000, "digital_economy"],
      ["target", 8, "digital_core_share"],
    ]);
  });

  it("leaves a part of them unnamed: the core industries' manufacturing, their firms' revenue", () => {
    const x = fixture(["规上数字经济核心制造业增加值增长11%，数字经济核心产业营业收入增长20%。"], ["生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.metric)).toEqual([null, null]);
  });
});

describe("the trade in goods named bare (Hainan 2025: 货物贸易增长20%)", () => {
  it("is the place's foreign trade, not the trade of a route or a partner", () => {
    const x = fixture(["货物贸易增长20%，货物贸易进出口总额2000亿元，国际班列货物贸易额增长42.1%。"], ["生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.metric)).toEqual(["foreign_trade_growth", "foreign_trade", null]);
  });
});

describe("farmland, school places, industrial investment, technology contracts, expressways and rural water as indicators (Ningxia 2020 and 2021)", () => {
  it("reads each as its own indicator, results and targets", () => {
    const x = fixture(
      ["新建高标准农田108万亩，普惠性幼儿园覆盖率89.1%，技术合同成交额3.4亿元、增长12%，工业投资增长9.6%，高速公路通车里程达到2079公里。"],
      ["新建高标准农田95万亩，新增幼儿园学位7200个，农产品加工转化率达到70%，农村自来水普及率达到90%，九年义务教育巩固率达到96%。"],
    );
    expect(x.figures.map((f) => [f.kind, f.value, f.metric])).toEqual([
      ["result", 108, "high_standard_farmland"],
      ["result", 89.1, "inclusive_kindergarten_coverage"],
      ["result", 3.4, "tech_contract_turnover"],
      ["result", 12, "tech_contract_turnover_growth"],
      ["result", 9.6, "industrial_investment_growth"],
      ["result", 2079, "expressway_length"],
      ["target", 95, "high_standard_farmland"],
      ["target", 7200, "school_places_new"],
      ["target", 70, "agro_processing_rate"],
      ["target", 90, "rural_tap_water_coverage"],
      ["target", 96, "compulsory_education_retention"],
    ]);
  });

  it("leaves unnamed what is not the thing counted: farmland only upgraded, the industry outside power, roads still being built or per area, degrees", () => {
    const x = fixture(
      ["改造提升高标准农田30万亩，非电工业投资增长15%，在建高速公路里程达到300公里，每百平方公里高速公路里程达到3.5公里，新增博士学位授权点3个。"],
      ["地区生产总值增长5%。"],
    );
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.metric])).toEqual([
      [30, null],
      [15, null],
      [300, null],
      [3.5, null],
      [3, null],
    ]);
  });
});

describe("the time imports and exports take through customs (Mianyang 2020: 进出口整体通关时间分别压减44.03%、52.6%)", () => {
  it("is no change of foreign trade", () => {
    const x = fixture(["地区生产总值增长8%左右。进出口整体通关时间分别压减44.03%、52.6%。进出口总额增长12%。"], ["地区生产总值增长7%以上。"]);
    expect(one(x, "", "44.03%").metric).toBeNull();
    expect(one(x, "", "52.6%").metric).toBeNull();
    expect(one(x, "", "12%").metric).toBe("foreign_trade_growth");
  });
});

describe("firms counted into a ranking whose quoted name holds an indicator's name (Quzhou 2025: 仙鹤股份、卡游科技、欧派门业等15家企业入围省“高新技术企业创新能力500强”)", () => {
  it("counts the firms ranked, no high-tech firms added", () => {
    const x = fixture(["地区生产总值增长6.4%。新增国家高新技术企业184家、省科技型中小企业871家，仙鹤股份、卡游科技、欧派门业等15家企业入围省“高新技术企业创新能力500强”。"], ["地区生产总值增长6.5%左右。"]);
    expect(one(x, "", "15家").metric).toBeNull();
    expect(one(x, "", "184家").metric).toBe("high_tech_enterprises_new");
  });
});

describe("the R&D put in said to be as much as a share of the output (Zhejiang 2007: 全社会研究与开发投入相当于生产总值的1.34%)", () => {
  it("is the R&D intensity, as 研发经费支出相当于 is; its rise after it is no R&D spending growth", () => {
    const x = fixture(["地区生产总值增长13.6%。加大对自主创新的支持力度，全省财政科技支出54.3亿元，增长21.7%；全社会研究与开发投入相当于生产总值的1.34%，比上年提高0.12个百分点。"], ["地区生产总值增长10%以上。"]);
    expect(one(x, "", "1.34%").metric).toBe("rd_intensity");
    expect(one(x, "", "0.12个百分点").metric).not.toBe("rd_spending_growth");
  });
});

describe("R&D written out as 研究与发展, said to be as much as a share of the output (Shanghai 2004)", () => {
  it("is the R&D intensity", () => {
    const x = fixture(["全市国内生产总值预计实现6240亿元，比上年增长11.8%。"], ["全市经济和社会发展的主要预期目标为：国内生产总值增长10%以上，城镇登记失业率4.6 %左右，居民消费价格指数103左右，地方财政收入保持与国内生产总值同步增长，全社会研究与发展经费支出相当于国内生产总值的比重达到2.2%，环保投入相当于国内生产总值的比重达到3%以上。"]);
    expect(one(x, "", "2.2%").metric).toBe("rd_intensity");
    expect(one(x, "", "3%").metric).not.toBe("rd_intensity");
  });
});

describe("a size class of firms a name sets (Changsha 2020: 进出口总额1亿美元以上外贸企业达41家，增长71%)", () => {
  const match = (label: string) => matchMetric({ label, unit: "%", change: true }, metrics)?.id ?? null;

  it("counts the firms or projects of that size, no change of the measure the name names", () => {
    expect(match("进出口总额1亿美元以上外贸企业增长")).toBeNull();
    expect(match("固定资产投资亿元以上项目增长")).toBeNull();
    // The measures themselves keep their indicators.
    expect(match("进出口总额增长")).toBe("foreign_trade_growth");
    expect(match("固定资产投资增长")).toBe("fixed_investment_growth");
  });

  it("leaves the firms' growth out of the trade records of a real sentence", () => {
    const x = fixture(["开放主体持续壮大，有外贸实绩企业增加500家以上，进出口总额1亿美元以上外贸企业达41家，增长71%。"], ["地区生产总值增长8%左右。"]);
    expect(x.figures.filter((f) => f.quote.includes("外贸企业达41家")).map((f) => [f.value, f.metric])).toEqual([
      [41, null],
      [71, null],
    ]);
  });
});

describe("people who bid farewell to poverty (Suihua 2018: 望奎、绥棱申请摘帽，132个村、5.06万人将告别贫困)", () => {
  it("are people lifted out of poverty; the villages beside them are not", () => {
    const x = fixture(["强攻光伏、小额贷款、户有产业、政策兜底四大重点，望奎、绥棱申请摘帽，132个村、5.06万人将告别贫困，过上更有尊严、更有奔头的日子。"], ["地区生产总值增长6.5%。"]);
    expect(one(x, "", "5.06万人").metric).toBe("poverty_exits_people");
    expect(one(x, "", "132个").metric).toBeNull();
  });
});

describe("a count of industrial platforms is a part of the place (Jinhua 2023: 确保十大平台规上工业总产值达到2400亿元、制造业投资增长25%以上)", () => {
  it("whose output and investment, in its item or the later ones naming no place, are the platforms'", () => {
    const x = fixture(["全市地区生产总值5562.47亿元、增长2.5%。"], [
      "推动土地、能耗、资金等要素资源50%以上投入十大平台，确保十大平台规上工业总产值达到2400亿元、制造业投资增长25%以上。",
      "带动全市完成固定资产投资2250亿元、增长10%以上，其中制造业投资增速不低于20%。",
    ]);
    expect(one(x, "十大平台规上工业总产值达到2400亿元", "2400亿元").metric).toBeNull();
    expect(one(x, "制造业投资增长25%以上", "25%").metric).toBeNull();
    expect(one(x, "其中制造业投资增速不低于20%", "20%").metric).toBe("manufacturing_investment_growth");
  });
});

describe("the economy said to hold its pace (Chongqing 2016: 经济保持年均增长9%左右)", () => {
  it("is GDP growth, over the five years, as 经济年均增长 is", () => {
    const x = fixture([], ["“十三五”发展的目标是：经济保持年均增长9%左右，发展平衡性、包容性、可持续性不断增强。今年，全市经济社会发展的主要目标是：生产总值增长10%左右。"]);
    expect(one(x, "经济保持年均增长", "9%")).toMatchObject({ metric: "gdp_growth", kind: "target", period: [2016, 2020] });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.period === null).map((f) => [f.year, f.value])).toEqual([[2020, 10]]);
  });
});

describe("the poor helped into jobs (Anshun 2016: 实现产业扶持3.75万人、新增就业扶持5300人、教育扶持2.3万人)", () => {
  it("are counted by a poverty programme, no new urban jobs; the plan's own 城镇新增就业 keeps its indicator", () => {
    const x = fixture([], ["实现产业扶持3.75万人、新增就业扶持5300人、教育扶持2.3万人。城镇新增就业5.2万人，新增创业2400人。"]);
    expect(one(x, "新增就业扶持5300人", "5300人").metric).toBeNull();
    expect(x.figures.filter((f) => f.metric === "urban_jobs_new").map((f) => f.value)).toEqual([5.2]);
  });
});

describe("foreign capital said to be absorbed (Henan 2019: 全省进出口总值5512.7亿元，实际吸收外资179亿美元，引进省外资金9647亿元)", () => {
  it("is the foreign investment actually used, as 实际利用外资 is; the capital from other provinces is not", () => {
    const x = fixture(["全省进出口总值5512.7亿元，实际吸收外资179亿美元，引进省外资金9647亿元。"], ["全市生产总值增长7%，实际吸收外资增长5%。"]);
    expect(one(x, "实际吸收外资179亿美元", "179亿美元").metric).toBe("fdi_actual");
    expect(one(x, "实际吸收外资增长5%", "5%").metric).toBe("fdi_actual_growth");
    expect(one(x, "引进省外资金9647亿元", "9647亿元").metric).not.toMatch(/^fdi/);
  });
});

describe("trade named bare after a clause on cross-border e-commerce (Lianyungang 2021)", () => {
  it("提升跨境电商零售进口试点城市、综合试验区载体能级，…进出口额突破1亿元: that kind's trade, no foreign trade; the place's keeps it", () => {
    const x = fixture(
      ["外贸进出口保持正增长。"],
      ["提升跨境电商零售进口试点城市、综合试验区载体能级，经营主体超过100家，进出口额突破1亿元。积极发展跨境电子商务，进出口总额增长5%。"],
    );
    expect(one(x, "进出口额突破1亿元", "1亿元").metric).toBeNull();
    // A clause on developing that trade going straight on to the place's (Jiangsu 2015).
    expect(one(x, "进出口总额增长5%", "5%").metric).toBe("foreign_trade_growth");
  });
});

describe("the revenue per head with 地方 before its name (Inner Mongolia 2013: 人均地方财政总收入突破万元大关)", () => {
  it("is no total fiscal revenue; the total named in the clause before keeps its indicator", () => {
    const x = fixture(["地方财政总收入由835.5亿元增加到2497.3亿元，年均增长24.5%。人均地方财政总收入突破万元大关，人均一般预算收入和人均财政支出水平进入全国前列。"], ["全市生产总值增长7%。"]);
    const perHead = x.figures.filter((f) => f.quote.startsWith("人均地方财政总收入"));
    expect(perHead.map((f) => f.metric)).toEqual([null]);
    expect(one(x, "地方财政总收入由835.5亿元增加到2497.3亿元", "2497.3亿元").metric).toBe("fiscal_revenue_total");
  });
});

describe("GDP named bare in a percentage the whole year rose back to (Shaoguan 2016: 全市生产总值由一季度的 3.8%回升到全年的 6.5%左右)", () => {
  it("is the year's GDP growth; the quarter's reading before it is none", () => {
    const x = fixture(
      ["一是全力稳增长。坚持问题和目标导向，多措并举，着力推进“三大抓手”，大力促进消费，支持实体经济发展。全市生产总值由一季度的 3.8%回升到全年的 6.5%左右。地方一般公共预算收入增长 4%，社会消费品零售总额增长 10.8%。"],
      ["全市经济社会发展的主要预期目标是：生产总值增长 10%左右。"],
    );
    const results = x.figures.filter((f) => f.kind === "result" && f.quote.includes("一季度"));
    expect(results.map((f) => [f.metric, f.value, f.qualifier])).toEqual([[null, 3.8, null], ["gdp_growth", 6.5, "approx"]]);
    // GDP named bare in a level stays the level (a percentage of nothing else is read as its pace).
    expect(x.figures.filter((f) => f.kind === "target" && f.metric === "gdp_growth").map((f) => f.value)).toEqual([10]);
  });
});

describe("a concentration of fine particles in the air (Ningxia 2021: PM2.5平均浓度降到33微克/立方米)", () => {
  it("is the PM2.5 or PM10 level, in micrograms a cubic metre written in words or in symbols, beside its change", () => {
    const x = fixture(
      ["PM2.5平均浓度降到33微克/立方米，优良天数比例达到85%。PM10平均浓度62微克/立方米、下降8%。市区PM2.5平均浓度50μg/m3、下降11.8%。"],
      ["PM2.5平均浓度控制在35微克/立方米以内。地区生产总值增长6%。"],
    );
    expect(one(x, "降到33微克/立方米", "33微克/立方米")).toMatchObject({ kind: "result", metric: "pm25_concentration", unit: "微克/立方米" });
    expect(one(x, "PM10平均浓度62微克/立方米", "62微克/立方米").metric).toBe("pm10_concentration");
    expect(one(x, "下降8%", "8%").metric).toBe("pm10_concentration_change");
    expect(one(x, "50μg/m3", "50μg/m3").metric).toBe("pm25_concentration");
    expect(one(x, "下降11.8%", "11.8%").metric).toBe("pm25_concentration_change");
    expect(typed(one(x, "控制在35微克/立方米以内", "35微克/立方米"))).toMatchObject({ kind: "target", metric: "pm25_concentration", value: 35, qualifier: "at_most" });
  });

  it("takes no figure of another unit: a share of days, a count of micrograms of nothing", () => {
    const m = metrics.find((e) => e.id === "pm25_concentration")!;
    expect(m).toMatchObject({ unit: "concentration", measure: "level", better: "down" });
    const x = fixture(["PM2.5达标天数比例达到80%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "80%", "80%").metric).not.toBe("pm25_concentration");
  });
});

describe("a count in 项 closing a list of named works with 等 (Anhui 2016: 其中新增农村道路畅通工程、…、城市老旧小区整治、…等6项)", () => {
  it("is the number of works listed, no count of old compounds", () => {
    const x = fixture([], [
      "巩固提升民生工程。投入825.5亿元，继续实施33项民生工程，其中新增农村道路畅通工程、农产品食品安全工程、城市老旧小区整治、重度残疾人护理补贴、提升农村基层党建与服务经费保障、城乡困难群体法律援助等6项，提高义务教育经费保障等6项补助标准。",
    ]);
    expect(writtenMetrics(x, "6项")[0]).toEqual(["6项", null]);
  });

  it("but a count of old compounds still is one: 改造老旧小区120个", () => {
    const x = fixture([], ["改造老旧小区120个。"]);
    expect(writtenMetrics(x, "120个")).toEqual([["120个", "old_housing_renovation_count"]]);
  });
});

describe("a demonstration zone named after the thing it shows (Luohe 2023)", () => {
  it("新建高标准农田6.1万亩，建设高标准农田示范区20万亩: the zone's area is no farmland added; the farmland still is", () => {
    const x = fixture(["生产总值增长7%。"], [
      "坚决遏制耕地“非农化”、防止“非粮化”，新建高标准农田6.1万亩，建设高标准农田示范区20万亩，粮食播种面积稳定在410万亩以上。",
    ]);
    expect(one(x, "新建高标准农田6.1万亩", "6.1万亩").metric).toBe("high_standard_farmland");
    expect(one(x, "示范区20万亩", "20万亩").metric).toBeNull();
  });

  it("nor the sites that show a work done to it, the work's words between (Wuhan 2023: 打造汉阳知音东苑等5个老旧小区成片改造示范点)", () => {
    const x = fixture(["生产总值增长4%。"], ["打造汉阳知音东苑等5个老旧小区成片改造示范点，完成260个老旧小区改造。"]);
    expect(one(x, "5个老旧小区成片改造示范点", "5个").metric).toBeNull();
    expect(one(x, "完成260个老旧小区改造", "260个").metric).toBe("old_housing_renovation_count");
  });
});

describe("foreign trade named 对外贸易 alone (Zhumadian 2014: 实际利用外资和对外贸易分别增长10%以上)", () => {
  it("is the trade's growth, or its level, as 外贸 alone is; its dependence ratio is none", () => {
    const x = fixture(["对外贸易突破800亿美元，对外贸易依存度达到35%。"], ["实际利用外资和对外贸易分别增长10%以上。"]);
    expect(x.figures.filter((f) => f.quote.includes("分别增长10%")).map((f) => [f.label_zh, f.metric])).toEqual([
      ["实际利用外资增长", "fdi_actual_growth"],
      ["对外贸易增长", "foreign_trade_growth"],
    ]);
    expect(one(x, "对外贸易突破800亿美元", "800亿美元").metric).toBe("foreign_trade_usd");
    expect(one(x, "依存度达到35%", "35%").metric).toBeNull();
  });
});
