import { describe, expect, it } from "vitest";
import { excludedSpans, exclusionAt, type ExclusionRule } from "../../../src/lib/figures/exclusions.ts";
import { fixture, nationFixture, one, quoting, real, written } from "./helpers.ts";

const reports = [real("zhongwei-2020"), real("shizuishan-2020")];

/** Where `text` occurs in a body paragraph of the real reports. */
function locate(text: string) {
  for (const e of reports) {
    for (const p of e.doc.paragraphs) {
      const at = p.text.indexOf(text);
      if (at >= 0 && p.kind !== "glossary") return { e, p, at };
    }
  }
  throw new Error(`“${text}” is in no body paragraph`);
}

/** Pins: a string of the real reports, and the rule that keeps each of its numbers from becoming a figure. */
const PINS: [string, ExclusionRule][] = [
  ["“1+16”", "quoted"],
  ["“12345”政务服务热线", "quoted"],
  ["“1116”", "quoted"],
  ["“1+5”", "quoted"],
  ["“9个方面”", "quoted"],
  ["精准扶贫50佳案例", "quoted"],
  ["5G布网", "code"],
  ["PM2.5、PM10平均浓度", "code"],
  ["4A级旅游景区", "code"],
  ["3A级物流企业", "code"],
  ["G338线", "code"],
  ["民营500强", "ranking"],
  ["110国道", "road"],
  ["（2018—2035年）", "plan-period"],
  ["（2019—2023）", "plan-period"],
  ["2019年，市政府坚持", "year"],
  ["比2015年", "year"],
  ["办好办实2020年", "year"],
  ["中国2019农业品牌目录", "year"],
  ["新中国成立70周年", "anniversary"],
  ["建市60周年", "anniversary"],
  ["60年来", "anniversary"],
  ["石嘴山60年的发展", "anniversary"],
  ["国4务院", "stray-digit"],
  ["1万吨正极材料", "attribute"],
  ["1000万吨保税仓", "attribute"],
  ["2个50亿元企业", "attribute"],
  ["3.84%降至", "baseline"],
  ["14.3:43.5:42.2调整为", "baseline"],
  ["3大优势品类", "set-name"],
  ["20字总要求", "set-name"],
];

describe("numbers that are not figures", () => {
  it.each(PINS)("%s: no record, excluded as %s", (text, rule) => {
    const { e, p, at } = locate(text);
    const end = at + text.length;
    const exclusions = excludedSpans(p.text);
    const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => [at + m.index, at + m.index + m[0].length] as const);
    const excludedHere = numbers.filter(([s, t]) => exclusionAt(exclusions, s, t) !== null);
    expect(excludedHere.length).toBeGreaterThan(0);
    for (const [s, t] of excludedHere) expect(exclusionAt(exclusions, s, t)).toBe(rule);
    const overlapping = e.figures.filter((f) => f.paragraph === p.id && f.span[0] < end && at < f.span[1]);
    for (const f of overlapping) for (const [s, t] of excludedHere) expect(f.span[0] >= t || f.span[1] <= s).toBe(true);
  });

  it("reads the width of a band along a river as no length (Tongling 2019: 率先实施沿江1公里区域重化工企业综合整治)", () => {
    for (const text of ["率先实施沿江1公里区域重化工企业综合整治，完成惠溪河黑臭水体治理。", "深入推进沿江1公里化工企业综合整治，完成“散乱污”企业整治。"]) {
      const at = text.indexOf("1公里");
      expect(exclusionAt(excludedSpans(text), at, at + 1), text).toBe("attribute");
      const e = fixture([text], ["地区生产总值增长7%。"]);
      expect(e.figures.filter((f) => f.unit === "公里"), text).toEqual([]);
    }
    const shore = "完成沿江12公里岸线整治。";
    const at = shore.indexOf("12");
    expect(exclusionAt(excludedSpans(shore), at, at + 2)).toBeNull();
  });

  it("reads the start of a pace raised quarter by quarter as a baseline (Dalian 2017: GDP增幅从2%逐季递升至3.5%…)", () => {
    const text = "经济连续7个季度稳步上升，实现GDP增幅从2%逐季递升至3.5%、3.8%、4.2%、4.3%、5%、5.8%和6.5%。";
    const at = text.indexOf("2%");
    expect(exclusionAt(excludedSpans(text), at, at + 1)).toBe("baseline");
    const e = fixture([text], ["地区生产总值增长7%。"]);
    expect(e.figures.filter((f) => f.value === 2)).toEqual([]);
  });

  it("reads old values brought to one new value as baselines (Xi'an 2025: 由每人每月1800元和1500元统一提高到2200元)", () => {
    const text = "孤儿、事实无人抚养儿童基本生活最低养育标准由每人每月1800元和1500元统一提高到2200元。";
    const at = text.indexOf("1800元");
    expect(exclusionAt(excludedSpans(text), at, at + 1)).toBe("baseline");
    const e = fixture(["城镇新增就业18.08万人。"], [text]);
    expect(e.figures.filter((f) => f.unit === "元").map((f) => f.value)).toEqual([2200]);
  });

  it("reads no threshold of a class as an amount, nor as the GDP before it (Qiandongnan 2014: 2000万元以上规模工业增加值)", () => {
    const e = fixture(["（一）经济增长。2000万元以上工业增加值完成108亿元，增长16.8%。"], ["全州生产总值增长16%左右；2000万元以上规模工业增加值增长20%以上；民间投资增长40%。"]);
    expect(e.figures.filter((f) => f.unit === "万元")).toEqual([]);
    expect(e.figures.filter((f) => f.metric === "gdp").map((f) => f.quote)).toEqual([]);
    expect(e.figures.find((f) => f.quote === "2000万元以上规模工业增加值增长20%以上")?.label_zh).toBe("2000万元以上规模工业增加值增长");
    // Wuzhong 2020: the projects counted, labelled with their threshold.
    const wz = real("wuzhong-2020").figures.find((f) => f.quote.endsWith("5000万元以上工业项目80个"))!;
    expect([wz.label_zh, wz.value, wz.unit]).toEqual(["5000万元以上工业项目", 80, "个"]);
  });

  it("reads money put in before the work it pays for as the amount spent (Zhongwei 2022: 投入24.5亿元解决了7.4万名…遗留问题; Ningxia 2023)", () => {
    const e = fixture(
      ["社保覆盖面持续扩大，投入24.5亿元解决了7.4万名被征地农民和特岗教师养老保险遗留问题，人民群众实实在在享受到了改革发展成果。"],
      ["围绕群众急难愁盼的现实问题，系统化规划、工程化实施，投入68亿元全力办好10个方面30项民生实事，不断实现群众对美好生活的向往。"],
    );
    expect(e.figures.filter((f) => f.unit === "亿元").map((f) => [f.kind, f.year, f.value, f.label_zh])).toEqual([
      ["result", 2019, 24.5, "投入"],
      ["target", 2020, 68, "投入"],
    ]);
    // What the money paid for keeps its own figure, its label no longer holding the amount.
    expect(one(e, "7.4万名", "7.4万名").label_zh).toBe("解决了被征地农民和特岗教师养老保险遗留问题");
    expect(one(e, "30项民生实事", "30项")).toMatchObject({ metric: "livelihood_projects", label_zh: "办好民生实事" });
  });

  it("reads funds named before their amount, then the work they pay for, as the amount (Yinchuan 2014: 财政资金5亿元扶持…; Sichuan 2020)", () => {
    const e = fixture(
      ["筹集资金近1000亿元扎实办好30件民生实事。"],
      ["放宽市场准入。每年统筹安排财政资金5亿元扶持非公有制经济发展，支持引导非公企业和民间投资进入基础设施、公用事业等领域。"],
    );
    expect(e.figures.filter((f) => f.unit === "亿元").map((f) => [f.kind, f.value, f.label_zh])).toEqual([
      ["result", 1000, "筹集资金"],
      ["target", 5, "每年统筹安排财政资金"],
    ]);
    // What the money paid for keeps its own figure, its label no longer holding the amount.
    expect(one(e, "30件民生实事", "30件")).toMatchObject({ metric: "livelihood_projects", label_zh: "办好民生实事" });
  });

  it("reads funds named by their use as the amount of those funds, a class of firms still not (national 2005: 安排109亿元资金支持再就业)", () => {
    const e = fixture(
      ["全年利用外资1亿元。"],
      ["地区生产总值增长6%。今年中央财政安排109亿元资金支持再就业，比上年增加26亿元。国务院决定今年安排30亿元建设资金，支持国有煤矿安全技术改造。培育10亿元企业5家。"],
    );
    expect(e.figures.filter((f) => f.unit === "亿元").map((f) => [f.kind, f.year, f.value, f.label_zh])).toEqual([
      ["result", 2019, 1, "利用外资"],
      ["target", 2020, 109, "中央财政安排"],
      ["target", 2020, 26, "中央财政安排比上年增加"],
      ["target", 2020, 30, "国务院决定今年安排"],
    ]);
    expect(e.figures.filter((f) => f.unit === "家").map((f) => [f.value, f.label_zh])).toEqual([[5, "培育10亿元企业"]]);
    // So are bonds, loans and funds named after the amount (national 2000: 发行2100亿元长期国债; national 2022).
    const b = fixture(["两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金。"], ["地区生产总值增长6%。使用1000亿元失业保险基金支持稳岗和培训。"]);
    expect(b.figures.filter((f) => f.unit === "亿元").map((f) => [f.kind, f.value])).toEqual([
      ["result", 2100],
      ["result", 4200],
      ["target", 1000],
    ]);
  });

  it("reads four digits before 多 or 余 and a unit as an amount, no year (national 1997: 农村居民人均纯收入达到1900多元)", () => {
    const e = fixture(["城镇居民人均生活费收入达到4300多元，实际增长3.3%。农村居民人均纯收入达到1900多元，实际增长9%，是近年来增幅最高的一年。取得国家级重大科技成果2000多项。完成投资2050余亿元。这座古城有2000多年历史。"], ["地区生产总值增长6%。"]);
    expect(e.figures.filter((f) => f.kind === "result").map((f) => [f.metric, f.value, f.unit])).toEqual([
      [null, 4300, "元"],
      [null, 3.3, "%"],
      ["rural_net_income", 1900, "元"],
      ["rural_net_income_growth", 9, "%"],
      [null, 2000, "项"],
      [null, 2050, "亿元"],
    ]);
  });

  it("reads no threshold of a class of projects in dollars or before 投资项目 as an amount (Nantong 2022, Baiyin 2021)", () => {
    const e = fixture(
      [
        "新签约并注册总投资10亿元以上内资项目109个、3000万美元以上外资项目38个，实际使用外资31.2亿美元。",
        "实施500万元以上投资项目506个，白银至青城旅游公路建成通车。",
      ],
      ["确保实际使用外资40亿美元以上，完成500亿元以上投资。"],
    );
    expect(e.figures.filter((f) => f.unit === "万美元" || f.unit === "万元")).toEqual([]);
    expect(e.figures.filter((f) => f.quote.includes("外资项目38个")).map((f) => [f.value, f.unit])).toContainEqual([38, "个"]);
    expect(e.figures.find((f) => f.quote.endsWith("投资项目506个"))?.value).toBe(506);
    // An amount bounded below and no class after it stays a figure.
    expect(e.figures.find((f) => f.quote === "确保实际使用外资40亿美元以上")?.value).toBe(40);
    expect(e.figures.find((f) => f.quote.includes("完成500亿元以上投资"))?.value).toBe(500);
  });

  it("reads no threshold of projects in dollars joined by 和 to another class of the same projects (Ningbo 2002: 重点引进1000 万美元以上和国际大公司、大财团的项目)", () => {
    const e = fixture(["地区生产总值增长12%。"], ["切实推进重大招商引资项目，重点引进1000 万美元以上和国际大公司、大财团的项目。确保全年实际利用外资12亿美元，增长38%。"]);
    expect(e.figures.filter((f) => f.unit === "万美元")).toEqual([]);
    expect(e.figures.find((f) => f.quote === "确保全年实际利用外资12亿美元")?.value).toBe(12);
  });

  it("reads no rate of a tax deduction a policy grants as a figure (Hangzhou 2019: 研发费用75%加计扣除扩大到全部企业)", () => {
    const e = fixture(
      ["全社会研发经费支出占地区生产总值比重提高到3.3%。"],
      ["切实落实好一系列减税降费政策；用好单位价值不超过500万元新购进设备一次性税前扣除、研发费用75%加计扣除扩大到全部企业等政策。全社会研发经费支出占地区生产总值比重3.4%左右。"],
    );
    expect(e.figures.filter((f) => f.value === 75)).toEqual([]);
    expect(e.figures.find((f) => f.kind === "target" && f.metric === "rd_intensity")?.value).toBe(3.4);
  });

  it("reads no term of a policy on a household's work as a count of people (Gansu 2008: 基本实现了城镇零就业家庭至少有1人就业)", () => {
    const e = fixture(
      ["城镇新增就业11.5万人，基本实现了城镇零就业家庭至少有1人就业。"],
      ["确保零就业家庭每户至少1人稳定就业。城镇新增就业12万人。"],
    );
    expect(e.figures.filter((f) => f.value === 1)).toEqual([]);
    expect(e.figures.find((f) => f.quote.includes("城镇新增就业11.5万人"))?.value).toBe(11.5);
    expect(e.figures.find((f) => f.quote.includes("城镇新增就业12万人"))?.value).toBe(12);
  });

  it("reads no size class of villages in people as a figure (Fuzhou 2018: 100人以上民族自然村的基础设施建设)", () => {
    const e = fixture(
      ["转移农业富余劳动力3.8万人。"],
      ["加强革命老区、少数民族贫困村、经济薄弱村以及100人以上民族自然村的基础设施建设。实施职业技能培训4万人次，城镇新增就业12.2万人以上，转移农业富余劳动力3.8万人。"],
    );
    expect(e.figures.filter((f) => f.value === 100)).toEqual([]);
    expect(e.figures.find((f) => f.quote.includes("城镇新增就业12.2万人以上"))?.value).toBe(12.2);
    // So are administrative villages sized by their people (Huizhou 2019).
    const villages = fixture(["转移农业富余劳动力3.8万人。"], ["加快小区配套幼儿园、农村幼儿园建设，确保常住人口4000人以上行政村单独办园全覆盖，全市新增学前教育学位2万个以上。"]);
    expect(villages.figures.filter((f) => f.value === 4000)).toEqual([]);
    expect(villages.figures.find((f) => f.quote.includes("学前教育学位"))?.unit).toBe("万个");
    // The people counted themselves stay a figure (Qianxinan 2020: 五是培训2000名以上村医).
    expect(fixture(["转移农业富余劳动力3.8万人。"], ["五是培训2000名以上村医。"]).figures.find((f) => f.value === 2000)?.unit).toBe("名");
  });

  it("reads no size class of sites, farms or counties as a figure (Hengshui 2016: 5万平方米以上联建社区达到46个; Handan 2023: 支持30万人以上县（市、区）规划建设技工院校)", () => {
    const e = fixture(
      ["加快“三区同建”步伐，5万平方米以上联建社区达到46个，16个省级中心村开工建设。3000亩以上规模经营典型78个，注册家庭农场4978家。"],
      ["加强职业教育骨干特色专业建设，支持30万人以上县（市、区）规划建设技工院校。新建改造高标准农田20万亩以上，城镇新增就业11万人以上。"],
    );
    expect(e.figures.filter((f) => typeof f.value === "number" && [5, 3000, 30].includes(f.value))).toEqual([]);
    expect(e.figures.filter((f) => typeof f.value === "number" && [46, 78, 4978, 16].includes(f.value)).map((f) => f.unit)).toEqual(["个", "个", "个", "家"]);
    // The area or the people counted themselves stay figures.
    expect(e.figures.find((f) => f.value === 20)?.unit).toBe("万亩");
    expect(e.figures.find((f) => f.value === 11)?.unit).toBe("万人");
  });

  it("reads no size class of districts whose amount follows as a figure (Jinhua 2023: 其中1平方公里以上片区改造项目投资600亿元以上)", () => {
    const e = fixture(
      ["转移农业富余劳动力3.8万人。"],
      ["深入推进城市更新“4321”行动，力争完成城市更新总投资800亿元以上，其中1平方公里以上片区改造项目投资600亿元以上。"],
    );
    expect(e.figures.filter((f) => f.unit === "平方公里")).toEqual([]);
    expect(e.figures.filter((f) => typeof f.value === "number" && [800, 600].includes(f.value)).map((f) => f.unit)).toEqual(["亿元", "亿元"]);
  });

  it("reads no size of a tract, 坝区 or 连片, as a figure (Zunyi 2020: 以500亩以上坝区产业结构调整为抓手; Hubei 2004: 10万亩以上集中连片的)", () => {
    const e = fixture(
      ["以500亩以上坝区产业结构调整为抓手，建立 “坝长制”，全市农业八大产业和县域特色产业发展提质增效。重点支持一批10万亩以上集中连片的优质农产品基地建设。"],
      ["实施遵义朝天椒换种工程20万亩，新建改造高标准农田20万亩以上。"],
    );
    expect(e.figures.filter((f) => typeof f.value === "number" && [500, 10].includes(f.value))).toEqual([]);
    // The area planted or built stays a figure, with or without 以上.
    expect(e.figures.filter((f) => f.value === 20).map((f) => [f.unit, f.qualifier])).toEqual([
      ["万亩", null],
      ["万亩", "at_least"],
    ]);
  });

  it("reads no size of the parks a plan names as a figure (Guangan 2014: 邻水工业园区纳入省500亿园区培育计划)", () => {
    const e = fixture(
      ["广安经开区纳入全省千亿园区培育计划并创建为全国循环化改造试点示范园区，邻水工业园区纳入省500亿园区培育计划。实现产值170亿元。"],
      ["力争高新区打造成500亿园区。"],
    );
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [170, "亿元"],
      [500, "亿"],
    ]);
  });

  it("reads the old value before 升至 as a baseline (Shaoxing 2021: AQI优良天数比例由75.7%升至90.7%)", () => {
    const e = fixture(
      ["转移农业富余劳动力3.8万人。"],
      ["持续打好蓝天保卫战，AQI优良天数比例由75.7%升至90.7%，PM2.5平均浓度由56微克/立方米降至28微克/立方米。"],
    );
    expect(e.figures.filter((f) => f.value === 75.7)).toEqual([]);
    expect(e.figures.find((f) => f.value === 90.7)?.unit).toBe("%");
  });

  it("reads a growth's shortfall said with 差 as a gap (Huaihua 2019: 固定资产投资、规模工业增加值增幅分别差3个、0.2个百分点)", () => {
    const e = fixture(
      ["一是经济形势稳中有变，经济下行压力加大，经济增速明显放缓，一些主要经济指标没有达到年初预期，比如固定资产投资、规模工业增加值增幅分别差3个、0.2个百分点。"],
      ["转移农业富余劳动力3.8万人。"],
    );
    expect(e.figures.filter((f) => f.value === 3 || f.value === 0.2)).toEqual([]);
    expect(e.figures.map((f) => f.value)).toEqual([3.8]);
  });

  it("reads the old value before 减少至 as a baseline (Huaihua 2019: 融资平台由87家减少至30家)", () => {
    const e = fixture(["推进平台公司转型，融资平台由87家减少至30家。新增信贷投放89.99亿元，贷存比56.23%。"], ["转移农业富余劳动力3.8万人。"]);
    expect(e.figures.filter((f) => f.value === 87)).toEqual([]);
    expect(e.figures.filter((f) => f.value === 30).map((f) => [f.unit, f.label_zh])).toEqual([["家", "融资平台"]]);
  });

  it("reads the old value after a year written without 年 as a baseline (Sanming 2021: 森林覆盖率从2015的76.8%提升至78.73%)", () => {
    const e = fixture(["森林覆盖率从2015的76.8%提升至78.73%，三明被命名为国家森林城市、全国生态保护与建设示范区。"], ["转移农业富余劳动力3.8万人。"]);
    expect(e.figures.filter((f) => f.value === 76.8)).toEqual([]);
    expect(e.figures.filter((f) => f.metric === "forest_coverage").map((f) => f.value)).toEqual([78.73]);
  });

  it("reads the old value at a year's peak as a baseline (Sanming 2021: 不良贷款率从2015年最高8.58%下降至0.94%)", () => {
    const e = fixture(["五年共化解政府债务402.01亿元、处置不良贷款316亿元，不良贷款率从2015年最高8.58%下降至0.94%。"], ["转移农业富余劳动力3.8万人。"]);
    expect(e.figures.filter((f) => f.value === 8.58)).toEqual([]);
    expect(e.figures.filter((f) => f.value === 0.94).map((f) => f.unit)).toEqual(["%"]);
  });

  it("reads a road network's density as one unit, the old one a baseline (Sanming 2021: 城市建成区路网密度从2015年的8.14公里/平方公里提高到9.16公里/平方公里)", () => {
    const e = fixture(["城市建成区路网密度从2015年的8.14公里/平方公里提高到9.16公里/平方公里。"], ["转移农业富余劳动力3.8万人。"]);
    expect(e.figures.filter((f) => f.value === 8.14)).toEqual([]);
    expect(e.figures.filter((f) => f.value === 9.16).map((f) => [f.unit, f.label_zh])).toEqual([["公里/平方公里", "城市建成区路网密度"]]);
  });

  it("reads an output a square kilometre and a yearly capacity of vehicles as one unit each (Guangdong 2011: 单位建设用地二、三产业增加值由1.22亿元/平方公里提高到2.37亿元/平方公里)", () => {
    const e = fixture(["单位建设用地二、三产业增加值由1.22亿元/平方公里提高到2.37亿元/平方公里，升幅达94.3%。汽车整车生产能力达140万辆/年，轿车产量居全国第二位。"], ["转移农业富余劳动力3.8万人。"]);
    expect(e.figures.filter((f) => f.value === 2.37).map((f) => [f.unit, f.label_zh])).toEqual([["亿元/平方公里", "单位建设用地二、三产业增加值"]]);
    expect(e.figures.filter((f) => f.value === 140).map((f) => f.unit)).toEqual(["万辆/年"]);
  });

  it("reads the old value at an older plan's end as a baseline (Beijing 2001: 科技进步对经济增长的贡献率由“八五”末期的43.1%提高到52.5%)", () => {
    const e = fixture(["科技进步对经济增长的贡献率由“八五”末期的43.1%提高到52.5%。"], ["转移农业富余劳动力3.8万人。"]);
    expect(e.figures.filter((f) => f.value === 43.1)).toEqual([]);
    expect(e.figures.find((f) => f.value === 52.5)?.metric).toBe("tech_progress_contribution");
  });

  it("reads the old value after the water class it is measured at as a baseline (Qinghai 2016: 湟水河出省断面水质达标率要由现在的四类83%提高到三类50%)", () => {
    const e = fixture(["地区生产总值增长8%。"], ["还青海人民一条清澈的母亲河，是政府的庄严承诺，《纲要（草案）》提出，湟水河出省断面水质达标率要由现在的四类83%提高到三类50%。"]);
    expect(e.figures.filter((f) => f.value === 83)).toEqual([]);
    expect(e.figures.filter((f) => f.value === 50).map((f) => [f.unit, f.label_zh])).toEqual([["%", "湟水河出省断面水质达标率"]]);
  });

  it("reads the number a kind was brought back from, even at most so many, as a baseline (Qinghai 2021: 普氏原羚由上世纪末的300多只恢复到2700多只)", () => {
    const e = fixture(["森林覆盖率由6.3%提高到7.5%，普氏原羚由上世纪末的300多只恢复到2700多只，藏羚羊由最低时的不足2万只恢复到7万只左右。"], ["地区生产总值增长6%。"]);
    expect(e.figures.filter((f) => f.value === 300 || f.value === 2)).toEqual([]);
    expect(e.figures.filter((f) => f.unit === "只" || f.unit === "万只").map((f) => f.value)).toEqual([2700, 7]);
  });

  it("reads the old value at the tenth plan's end, “十五” having no digit between 十 and 五, as a baseline (Shanxi 2006: 到2010年，全省矿井总数控制在2500个以内，矿区煤炭资源回采率由“十五”末的40%提高到60%以上)", () => {
    const e = fixture(["地区生产总值增长12%。"], ["到2010年，全省矿井总数控制在2500个以内，矿区煤炭资源回采率由“十五”末的40%提高到60%以上，全省原煤年产量控制在7亿吨左右。"]);
    expect(e.figures.filter((f) => f.label_zh === "矿区煤炭资源回采率").map((f) => [f.value, f.min, f.year])).toEqual([[60, 60, 2010]]);
  });

  it("reads the old value before 变化到 as a baseline (Guangdong 2001: 三大产业比例由1995年的15. 1∶50. 2∶34.7变化到2000年的10.4∶51. 1∶38. 5)", () => {
    const e = fixture(["三大产业比例由1995年的15. 1∶50. 2∶34.7变化到2000年的10.4∶51. 1∶38. 5.2000年地方一般预算收入907. 23亿元。"], ["转移农业富余劳动力3.8万人。"]);
    expect(e.figures.filter((f) => f.unit === ":").map((f) => [f.value, f.label_zh])).toEqual([[[10.4, 51.1, 38.5], "三大产业比例"]]);
  });

  it("reads no rate that bounds a class counted after it as a figure (Liuzhou 2020: 贫困发生率在5%以上的18个贫困村)", () => {
    const e = fixture(
      ["转移农业富余劳动力3.8万人。"],
      ["开展深度极度贫困地区集中脱贫攻坚，资金、项目、政策进一步向深度极度贫困地区倾斜，对融水县、三江县和2019年底贫困发生率在5%以上的18个贫困村实行挂牌督战。推进“三微”平台建设，扩大产业扶贫成效。"],
    );
    expect(e.figures.filter((f) => f.value === 5 || f.min === 5)).toEqual([]);
    expect(e.figures.find((f) => f.value === 18)?.unit).toBe("个");
    // A rate over a class not counted stays a figure (产业扶贫覆盖90%以上贫困户).
    expect(fixture(["转移农业富余劳动力3.8万人。"], ["产业扶贫覆盖90%以上贫困户。"]).figures.find((f) => f.value === 90 || f.min === 90)?.unit).toBe("%");
  });

  it("keeps the real figure next to a name: 3A级物流企业5家以上, PM2.5浓度…下降5.7%", () => {
    const zw = reports[0]!;
    expect(zw.figures.some((f) => f.quote.includes("3A级物流企业5家以上") && f.value === 5)).toBe(true);
    expect(zw.figures.some((f) => f.label_zh === "PM2.5浓度下降" && f.value === 5.7)).toBe(true);
  });

  it("dates, ordinals and the appendix give no records", () => {
    const e = fixture(
      ["2019年12月30日，项目建成投产。第3批试点通过验收。"],
      ["1月6日起实施新办法。"],
      ["1.“1+9”创建机制：密织创建工作1张网，建立9大工作推进组工作台账。", "2.“五个过硬”：信念过硬。"],
    );
    expect(e.figures).toEqual([]);
    const rules = (text: string) => excludedSpans(text).map((x) => x.rule);
    expect(rules("2019年12月30日")).toContain("date");
    expect(rules("第3批")).toContain("ordinal");
    expect(rules("于15日召开")).toContain("date");
  });

  it("how many fields a list of tasks covers is no figure, the count of its tasks is (10个方面24项民生实事)", () => {
    const figures = real("ningxia-2021").figures;
    expect(figures.filter((f) => /\d\s?个方面/.test(f.quote) && f.value === 10)).toEqual([]);
    const done = figures.find((f) => f.quote.includes("10个方面24项民生实事全面完成"))!;
    expect([done.kind, done.year, done.value, done.unit, done.metric]).toEqual(["result", 2020, 24, "项", "livelihood_projects"]);
    expect(excludedSpans("着力推进7 个方面43 项重点工程").map((e) => e.rule)).toEqual(["aspects"]);
  });

  it("the count of provinces that aid the region by pairing is no figure (Changji 2021: 19个省市、中央和国家机关、中央企业对口支援新疆)", () => {
    const text = "党中央给予的一系列特殊政策，19个省市、中央和国家机关、中央企业对口支援新疆，为新疆经济社会发展注入了强劲动力。";
    expect(excludedSpans(text).map((e) => [e.rule, text.slice(e.start, e.end)])).toEqual([["attribute", "19"]]);
    expect(excludedSpans("19个援疆省市累计投入资金").map((e) => e.rule)).toEqual(["attribute"]);
    const e = fixture(["地区生产总值增长6%。"], ["从全疆看，特别是党中央给予的一系列特殊政策，19个省市、中央和国家机关、中央企业对口支援新疆，为新疆经济社会发展注入了强劲动力。城镇新增就业2.8万人。"]);
    expect(e.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.unit])).toEqual([[2.8, "万人"]]);
  });

  it("a size class of places by their population is no figure (Guizhou 2006: 力争在各市和40万人口以上的县普遍设置救助管理站)", () => {
    expect(excludedSpans("力争在各市和40万人口以上的县普遍设置救助管理站。").map((e) => e.rule)).toEqual(["attribute"]);
    const e = fixture(["地区生产总值增长8%。"], ["健全城市生活无着的流浪乞讨人员管理救助体系，力争在各市和40万人口以上的县普遍设置救助管理站。城镇新增就业5万人。"]);
    expect(e.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.unit])).toEqual([[5, "万人"]]);
  });

  it("a threshold a count of places passes is no figure (Ningxia 2005: …地方财政一般预算收入过亿元的7个，农民人均纯收入过3000元的11个)", () => {
    expect(excludedSpans("农民人均纯收入过3000元的11个。").map((e) => e.rule)).toEqual(["attribute"]);
    const e = fixture(
      ["城镇居民人均可支配收入7218元，增长10.5%;农民人均纯收入2320元，增长13.5%。", "去年，全区三分之二的县市区经济增长速度都在10%以上，地区生产总值川区过20亿元的县市区6个、山区过10亿元的县区2个，地方财政一般预算收入过亿元的7个，农民人均纯收入过3000元的11个。"],
      ["地区生产总值增长10%。"],
    );
    expect(e.figures.filter((f) => f.metric === "rural_net_income").map((f) => f.value)).toEqual([2320]);
    expect(e.figures.some((f) => f.value === 20 || f.value === 3000)).toBe(false);
  });

  it("how many tasks the text goes on to set out is no figure (Harbin 2008: 为实现上述目标，重点抓好10项工作。)", () => {
    expect(excludedSpans("为实现上述目标，重点抓好10项工作。").map((e) => e.rule)).toEqual(["aspects"]);
    const e = fixture(["全年29项工作受到省政府表扬激励。"], ["为实现上述目标，重点抓好10项工作。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([[29, "项"]]);
  });

  it("the size of a field of cities named by words between 地级 and 市 is no figure (Yan'an 2014)", () => {
    const text = "城市文明程度指数测评在全国61个地级提名资格市中提升到第33位。";
    expect(excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end))).toEqual(["61"]);
    const e = fixture(["深入开展全国文明城市创建活动，城市文明程度指数测评在全国61个地级提名资格市中提升到第33位。县城、重点镇和新型农村社区完成投资198亿元。"], []);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([[198, "亿元"]]);
  });

  it("the size of the field a ranking places the place in is no figure (Changchun 2019, Nanjing 2015, Guiyang 2016)", () => {
    for (const text of ["在全国358个地级以上城市群众安全感排名前移至第16位。", "在15个副省级城市中，我市地区生产总值、服务业增加值增幅均居第1位。", "力争在全国74个重点城市排位前移。"])
      expect(excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end))).toHaveLength(1);
    const e = fixture(["在全国74个重点城市排第8位，新建城市公园12个。"], ["在15个副省级城市中进至第9位，完成20个重点项目。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [12, "个"],
      [20, "个"],
    ]);
  });

  it("so is the field of a rank written in words after its verb (Baotou 2022: 在全国168个重点城市中改善幅度位列第一)", () => {
    const text = "PM2.5浓度在全国168个重点城市中改善幅度位列第一。";
    expect(excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end))).toEqual(["168"]);
    const e = fixture(["全年空气优良天数达到303天，PM2.5浓度在全国168个重点城市中改善幅度位列第一。"], ["新建城市公园12个。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [303, "天"],
      [12, "个"],
    ]);
  });

  it("so is the field of a region's cities whose first so many it aims to join (Changzhi 2022: 综合实力在中部87个地级市中力争进入前20强)", () => {
    const text = "经济总量稳居全省第二，综合实力在中部87个地级市中力争进入前20强。";
    expect(excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end))).toEqual(["20", "87"]);
    const e = fixture(["全年新建城市公园12个。"], ["综合实力在中部87个地级市中力争进入前20强，完成20个重点项目。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [12, "个"],
      [20, "个"],
    ]);
  });

  it("the field whose front ranks the place stands in is no figure (Huizhou 2024: 位居全国168个重点城市前列)", () => {
    for (const text of ["空气质量优良率98.4%、位居全国168个重点城市前列，绿水青山成色更足。", "环境空气质量稳居全国168个重点城市前列；"])
      expect(excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end))).toEqual(["168"]);
    // A count of things of the place's own is none: 建成10个城市公园, 全省3个城市进入前列.
    for (const text of ["建成10个城市公园。", "全省3个城市进入前列。"]) expect(excludedSpans(text).filter((e) => e.rule === "ranking")).toEqual([]);
    const e = fixture(
      ["全市生态环境质量保持优良，国考断面水质优良比例100%，空气质量优良率98.4%、位居全国168个重点城市前列，绿水青山成色更足。"],
      ["地区生产总值增长6%以上；环境空气质量稳居全国168个重点城市前列；集中式饮用水水源地水质达标率保持100%。"],
    );
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([[100, "%"], [98.4, "%"], [6, "%"], [100, "%"]]);
  });

  it("the field whose ranking the place moves in is no figure (Zigong 2023: 环境空气质量综合指数全国168个重点城市排名同比前进15位)", () => {
    const text = "1—11月PM2.5浓度下降12.1%，环境空气质量综合指数全国168个重点城市排名同比前进15位，国省考断面水质优良率100%。";
    expect(excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end))).toEqual(["168"]);
    // The place's own cities ranked are counted: 全省3个城市排名进入前十.
    expect(excludedSpans("全市3个县排名进入前十。").filter((e) => e.rule === "ranking")).toEqual([]);
    const e = fixture([text], ["地区生产总值增长6%。"]);
    expect(quoting(e, "168个").map((f) => f.value)).toEqual([]);
  });

  it("how few the whole province has, after the place's own count, is no figure (Xingtai 2024: 新增国家技术创新示范企业1家，全省仅2家)", () => {
    const text = "新增国家高新技术企业117家；新增国家技术创新示范企业1家，全省仅2家。47家工业企业研发机构获评省A级。";
    expect(excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end))).toEqual(["2"]);
    // The whole's count alone, or of another thing, is read as it is.
    expect(excludedSpans("全省仅2家。").filter((e) => e.rule === "ranking")).toEqual([]);
    const e = fixture([text], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(e, "全省仅2家").map((f) => f.value)).toEqual([]);
    expect(quoting(e, "新增国家技术创新示范企业1家").map((f) => f.value)).toEqual([1]);
  });

  it("the length of a run of months or quarters is no figure (Huizhou 2024: 连续43个月保持两位数以上增长; Mianyang 2025: 连续7个季度)", () => {
    const attr = (text: string) => excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end));
    expect(attr("工业投资总量全省第二，连续43个月保持两位数以上增长，占总投资比重近10年最高。")).toEqual(["43"]);
    expect(attr("涪城连续7个季度排名全省县域经济高质量发展运行监测第1位，在全国百强区排名上升2位。")).toEqual(["7"]);
    // A streak said with 持续 (Gansu 2001).
    expect(attr("价格总水平在持续30个月负增长后开始回升。")).toEqual(["30"]);
    const x = fixture(
      ["推动经济逐月逐季向好，地区生产总值增长5.6%，多项指标增速居全省前列；工业投资总量全省第二，连续43个月保持两位数以上增长，占总投资比重近10年最高。"],
      ["地区生产总值增长6%以上。"],
    );
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[5.6, "%"], [6, "%"]]);
  });

  it("the months it took, opening a clause before what was done, are no figure (Shandong 2021: 1个月初步遏制疫情蔓延，2个月将本土每日新增病例控制在个位数以内)", () => {
    const text = "坚决打赢疫情防控阻击战，1个月初步遏制疫情蔓延，2个月将本土每日新增病例控制在个位数以内，依法科学果断处置任城监狱疫情，率先实现复工复产。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["1", "2"]);
    const x = fixture([text + "倾力支援湖北服务全国大局，累计派出12支医疗队、1812名医务人员。"], ["地区生产总值增长6%以上。"]);
    expect(x.figures.filter((f) => f.unit === "个月")).toEqual([]);
    // A time limit reached is a figure still (去化周期缩短至12个月).
    const y = fixture(["商品住房去化周期缩短至12个月。"], ["地区生产总值增长6%以上。"]);
    expect(y.figures.map((f) => [f.value, f.unit])).toEqual([[12, "个月"], [6, "%"]]);
  });

  it("the months a work lasted, said with 历时, are no figure (Liaoyuan 2016: 编制工作历时18个月)", () => {
    const text = "编制工作历时18个月，期间起草组深入研判形势、分析市情，积极主动与省“十三五”规划有效对接。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["18"]);
    const x = fixture(["新建城市公园12个。"], ["“十三五”时期，经济保持中高速增长。" + text, "地区生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.unit === "个月")).toEqual([]);
  });

  it("a range of size classes of industry clusters is no amount (Datong 2022: 装备制造、现代医药2个300到500亿级)", () => {
    const text = "着力建设煤炭、电力产业1个千亿级，装备制造、现代医药2个300到500亿级，新能源、大数据、文化旅游3个百亿级产业集群。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["300到500"]);
    const e = fixture(["新建城市公园12个。"], [text]);
    expect(e.figures.filter((f) => f.unit === "亿")).toEqual([]);
    expect(e.figures.filter((f) => f.quote.includes("300到500亿级")).map((f) => [f.value, f.unit])).toEqual([[2, "个"]]);
  });

  it("units times the size of each is no figure (Hohhot 2015: 北方联合电力和林电厂2×60万千瓦、托电五期2×66万千瓦项目获得国家核准)", () => {
    const text = "电力能源产业建设项目集中落地，北方联合电力和林电厂2×60万千瓦、托电五期2×66万千瓦项目获得国家核准，京能盛乐热电厂2×35万千瓦项目纳入国家2014年度火电建设规划，3个项目总投资134亿元。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end)).filter((t) => t.includes("×"))).toEqual(["2×60", "2×66", "2×35"]);
    const e = fixture([text], ["要组织实施好北方联合电力和林电厂2×60万千瓦、京能盛乐热电厂2×35万千瓦、三峡集团抽水蓄能电站以及环聚新能源风光电等项目，力争电力装机突破1000万千瓦。"]);
    expect(e.figures.map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["项目", 3, "个"],
      ["项目总投资", 134, "亿元"],
      ["电力装机", 1000, "万千瓦"],
    ]);
  });

  it("a range of power before the facilities it sizes is a class, no figure (Wuhan 2006: 155千瓦至800千瓦骨干排灌电站)", () => {
    const text = "加强以小型水利设施为重点的农田水利基本建设，逐步更新改造远城区155千瓦至800千瓦骨干排灌电站。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toContain("155千瓦至800千瓦");
    const e = fixture(["地区生产总值增长12%。"], [text, "新增装机容量100千瓦至200千瓦。"]);
    // A range of power that sizes no facility stays a figure.
    expect(e.figures.filter((f) => f.unit === "千瓦").map((f) => [f.min, f.max])).toEqual([[100, 200]]);
  });

  it("the field a ranking verb places it in is no count (Huzhou 2024: 可持续发展指数位列全国11个创新示范区第1)", () => {
    const ranks = (text: string) => excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end));
    expect(ranks("可持续发展指数位列全国11个创新示范区第1，在全省率先实现国家创新型县全覆盖。")).toEqual(["11"]);
    const x = fixture(["可持续发展指数位列全国11个创新示范区第1，新认定高新技术企业323家。"], ["地区生产总值增长6%。"]);
    expect(x.figures.map((f) => f.value)).toEqual([323, 6]);
    // Not a count that the place itself has (`建成11个创新示范区`).
    expect(ranks("建成11个创新示范区。")).toEqual([]);
  });

  it("so is the field when the ranking leaves its scope unsaid (Changsha 2020: 创新能力居78个国家创新型城市第8)", () => {
    const ranks = (text: string) => excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end));
    expect(ranks("——长沙荣获国家级科技奖22项，居全国前列，高新技术企业突破3000家，创新能力居78个国家创新型城市第8。")).toEqual(["78"]);
    const x = fixture(["长沙荣获国家级科技奖22项，居全国前列，高新技术企业突破3000家，创新能力居78个国家创新型城市第8。"], ["地区生产总值增长8%左右。"]);
    expect(x.figures.map((f) => f.value)).toEqual([22, 3000, 8]);
    // Not the people of a place (`居民`), nor a count with no rank after it.
    expect(ranks("安置居民78个小区。")).toEqual([]);
  });

  it("a place among the first so many is a rank, no count (Tianjin 2012: 位列前20名)", () => {
    const ranks = (text: string) => excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end));
    expect(ranks("全市在全国文明城市测评中位列前20名。")).toEqual(["20"]);
    expect(ranks("综合实力进入全省前10位。")).toEqual(["10"]);
    // Not the first months of a year, nor a number of times or places.
    expect(ranks("前10个月财政收入增长8%，前3名次")).toEqual([]);
    const e = fixture(["全市在全国文明城市测评中位列前20名，新建城市公园12个。"], ["新增城镇就业1.2万人。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [12, "个"],
      [1.2, "万人"],
    ]);
  });

  it("how many places the place overtook is a ranking, no count (Bozhou 2021: 经济总量和财政收入均又赶超2个市)", () => {
    const ranks = (text: string) => excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end));
    expect(ranks("经济总量和财政收入均又赶超2个市，分别上升至全省第9、第10位。")).toEqual(["2"]);
    // A count of the place's own parts that goes on to what they did stays.
    expect(ranks("超过10个县区实现地区生产总值增长10%以上。")).toEqual([]);
    const e = fixture(["经济总量和财政收入均又赶超2个市，分别上升至全省第9、第10位。新建城市公园12个。"], ["新增城镇就业1.2万人。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [12, "个"],
      [1.2, "万人"],
    ]);
  });

  it("a number of days is no date: 企业开办实现1日办结, 3日内办结", () => {
    const e = fixture(["企业开办实现1日办结，不动产登记3日内办结。"], []);
    expect(e.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [1, "日", null],
      [3, "日", "at_most"],
    ]);
  });
});

describe("a structure changed from one ratio to another", () => {
  it("records the new ratio alone, labelled by its subject, whatever the verb (调整为, 调整到, 优化为) or colon (:, ：)", () => {
    const ratios = ["zhongwei-2020", "zhongwei-2021", "wuzhong-2021", "ningxia-2021", "shizuishan-2021"].map((id) =>
      real(id).figures.filter((f) => f.unit === ":").map((f) => [id, f.kind, f.year, f.value, f.label_zh]),
    );
    expect(ratios).toEqual([
      [["zhongwei-2020", "result", 2019, [14, 43, 43], "三次产业结构"]],
      [["zhongwei-2021", "result", 2020, [14, 40.1, 45.9], "三次产业比"]],
      // 由13.5:56:30.5优化为13.7:43.9:42.4: the first is the baseline.
      [["wuzhong-2021", "result", 2020, [13.7, 43.9, 42.4], "三次产业结构"]],
      // 由9.2：43.3：47.5调整到8.6：41.0：50.4, with full-width colons.
      [["ningxia-2021", "result", 2020, [8.6, 41, 50.4], "三次产业比重"]],
      [["shizuishan-2021", "result", 2020, [7, 48, 45], "三次产业结构"]],
    ]);
    for (const verb of ["优化至", "调整优化为"]) {
      const e = fixture([`三次产业结构由12.1：52.0：35.9${verb}11.0：49.3：39.7。`], []);
      expect(e.figures.map((f) => [f.value, f.label_zh])).toEqual([[[11, 49.3, 39.7], "三次产业结构"]]);
    }
  });

  it("reads 演进为 as such a verb: the old ratio is the baseline (Hohhot 2016)", () => {
    const e = fixture(["——产业结构明显优化。三次产业结构由4.9∶36.4∶58.7演进为4.1∶28.0∶67.9，形成了以服务业为主导，多元发展、多极支撑的产业格局。"], []);
    expect(e.figures.map((f) => [f.value, f.label_zh])).toEqual([[[4.1, 28, 67.9], "三次产业结构"]]);
  });
});

describe("a list of earlier levels set as the ground of what follows (Shanxi 2012)", () => {
  it("在2009年完成5034亿元、2010年完成6353亿元的基础上: neither is a result of the year", () => {
    const x = fixture(["全社会固定资产投资在2009年完成5034亿元、2010年完成6353亿元的基础上，去年又完成7300亿元、增长28%。"], ["地区生产总值增长12%左右。"]);
    const values = x.figures.filter((f) => f.quote.includes("基础上")).map((f) => f.value);
    expect(values).not.toContain(5034);
    expect(values).not.toContain(6353);
  });
});

describe("a level before the noun it measures, set as the ground of what follows (Shanxi 2012)", () => {
  it("在前3年每年完成400多万亩营造林的基础上: no result of the year; the level after it is", () => {
    const x = fixture(["11个重点城市空气质量进一步改善，在前3年每年完成400多万亩营造林的基础上，去年又完成453万亩，森林覆盖率明显提高。"], ["地区生产总值增长12%左右。"]);
    expect(quoting(x, "基础上").map((f) => f.value)).toEqual([453]);
    // A level right before 的基础上 stays a ground as before, and a level with no 在 before it stays a figure.
    const plain = fixture(["完成营造林400万亩，森林覆盖率明显提高。"], ["地区生产总值增长12%左右。"]);
    expect(quoting(plain, "营造林").map((f) => f.value)).toEqual([400]);
  });
});

describe("a growth in words set as the ground of the plan year's (State Council 1994)", () => {
  it("在连续两年增长百分之十三的基础上: no target of the plan year, only the year's 百分之九 is", () => {
    const x = nationFixture([], ["根据这个要求，今年计划国内生产总值增长百分之九。在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的。"]);
    expect(x.figures.map((f) => [f.kind, f.metric, f.value])).toEqual([["target", "gdp_growth", 9]]);
  });
});

describe("the rate in force that a task takes to a new one (State Council 2019)", () => {
  it("现行16%的税率降至13%: the 16% in force is a baseline, no target", () => {
    const text = "深化增值税改革，将制造业等行业现行16%的税率降至13%，将交通运输业、建筑业等行业现行10%的税率降至9%。";
    expect(excludedSpans(text).filter((e) => e.rule === "baseline").map((e) => text.slice(e.start, e.end))).toEqual(["16%", "10%"]);
    const x = nationFixture([], [text]);
    expect(x.figures.map((f) => f.value)).toEqual([13, 9]);
  });
});

describe("the nation's peoples as the ones who strive together (State Council 2019)", () => {
  it("56个民族共同团结奋斗 is no figure", () => {
    const text = "加大对民族地区和人口较少民族发展的支持，深入实施兴边富民行动，同心协力建设56个民族共同团结奋斗、共同繁荣发展的美好家园。";
    expect(excludedSpans(text).map((e) => [text.slice(e.start, e.end), e.rule])).toEqual([["56", "attribute"]]);
  });
});

describe("a rate in words that would already be an achievement (State Council 1994)", () => {
  it("只要…保持百分之八至百分之九的增长率，就是了不起的成绩: no figure, the plan year's 百分之九 stays", () => {
    const x = nationFixture([], ["根据这个要求，今年计划国内生产总值增长百分之九。只要我们能够再连续若干年保持百分之八至百分之九的增长率，就是了不起的成绩。"]);
    expect(x.figures.map((f) => [f.metric, f.value])).toEqual([["gdp_growth", 9]]);
  });
});

describe("a population that names a country or the people of the place (National 2018, National 2009, Anhui 2010, Dalian 2001)", () => {
  it("is no figure", () => {
    const rules = (text: string) => excludedSpans(text).filter((e) => e.rule === "population").map((e) => text.slice(e.start, e.end));
    expect(rules("城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。")).toEqual(["13"]);
    expect(rules("在我们这样一个13亿人口的发展中国家，要实现充分就业。")).toEqual(["13"]);
    expect(rules("有6700万江淮儿女的艰苦奋斗，我们有信心。")).toEqual(["6700"]);
    expect(rules("同全市550万人民一起，再创佳绩。")).toEqual(["550"]);
    // Yibin 2016: the people's toil, no count of anyone reached.
    expect(rules("凝聚着宜宾565万人民的辛勤汗水和智慧结晶。")).toEqual(["565"]);
    // Heilongjiang 2021: the people the government pledges not to fail.
    expect(rules("不辜负这片充满希望的热土，不辜负3700万龙江人民！")).toEqual(["3700"]);
    // Hebei 2003: the people whose trust the government bears, a copy's space after the magnitude.
    expect(rules("面对时代赋予的庄严使命，肩负全省6700万 人民的重托，我们必须高举旗帜，与时俱进")).toEqual(["6700"]);
    expect(rules("肩负全省6700万人民的重托")).toEqual(["6700"]);
    // Shenyang 2008: the people whose shared hope the five years' aims are, the place named after the number.
    expect(rules("实现沈阳未来五年发展的美好蓝图，是时代赋予我们的神圣使命，也是740万沈阳人民的共同期盼。")).toEqual(["740"]);
    // Shenyang 2001: the people the government names as what it has to build on.
    expect(rules("我们有685万充满热情、通情达理的人民群众，有大量高水平的专业科技人才")).toEqual(["685"]);
    // Huainan 2018: the people the government leads, in its closing hope for the coming five years.
    expect(rules("只要我们团结带领390万勤劳智慧的淮南人民坚定信心、开拓奋进，就一定能开创更加美好的明天！")).toEqual(["390"]);
    expect(rules("带领全市120万各族群众奋力前行")).toEqual(["120"]);
    // Hohhot 2024: the people the government leans on and unites, in its closing call.
    expect(rules("紧紧依靠和团结全市360万人民群众，盯住目标、拿出冲劲")).toEqual(["360"]);
    expect(rules("依靠全市360万人民群众")).toEqual(["360"]);
    // Putian 2014: the people whose strength the report rallies in closing.
    expect(rules("凝聚300多万莆田人民的磅礴力量，为建设更加美丽富裕的莆田而努力奋斗！")).toEqual(["300"]);
    expect(rules("凝聚起全市200万各族群众的力量")).toEqual(["200"]);
    // Tongliao 2023: the people whose joint effort the report thanks, named with the words before 群众.
    expect(rules("287万各族干部群众的团结奋斗，是我们战胜一切艰难险阻的动力源。")).toEqual(["287"]);
    // Kaifeng 2016: the people's effort said with 奋勇, in the closing hope for the five years' plan.
    expect(rules("有550万开封人民的奋勇拼搏，我市“十三五”发展蓝图一定能够如期实现！")).toEqual(["550"]);
    expect(rules("全市新增就业2.4万群众的收入稳定增长")).toEqual([]);
    // Not the people a deed reaches (National 2009: 解决4800多万农村人口的饮水安全问题), nor a count the place has of others.
    expect(rules("全市有12万名下岗职工实现再就业")).toEqual([]);
    expect(rules("解决4800多万农村人口的饮水安全问题")).toEqual([]);
    const e = fixture(["城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业。"], ["有6700万江淮儿女的艰苦奋斗，城镇新增就业60万人。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [6600, "万人"],
      [60, "万人"],
    ]);
  });
});

describe("the days left before a date (National 1995: …我国对香港恢复行使主权，只有849天了; National 1997: 离香港回归祖国只有122天了)", () => {
  it("is a countdown, no figure", () => {
    const rules = (text: string) => excludedSpans(text).filter((e) => e.rule === "countdown").map((e) => text.slice(e.start, e.end));
    expect(rules("从今天起，到1997年7月1日我国对香港恢复行使主权，只有849天了。")).toEqual(["849"]);
    expect(rules("现在，离香港回归祖国只有122天了，各项准备工作正在进行。")).toEqual(["122"]);
    // Not a time a thing takes (`企业开办时间压缩到3天`).
    expect(rules("企业开办时间压缩到3天。")).toEqual([]);
    const e = fixture(["新增城镇就业1.2万人。"], ["从今天起，到1997年7月1日我国对香港恢复行使主权，只有849天了。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([[1.2, "万人"]]);
  });
});

describe("the days left before an event named with 距, no 了 after them (Beijing 2007: 今天距奥运会开幕仅剩560天)", () => {
  it("is a countdown, no target of the year", () => {
    const rules = (text: string) => excludedSpans(text).filter((e) => e.rule === "countdown").map((e) => text.slice(e.start, e.end));
    expect(rules("2007年是奥运筹备决战之年，今天距奥运会开幕仅剩560天，完成好全年各项工作，时间紧、任务重。")).toEqual(["560"]);
    // Not a time still to be cut (`企业开办时间还有3天的压缩空间`), nor a stay left with no event before it.
    expect(rules("企业开办时间还有3天的压缩空间。")).toEqual([]);
    const e = fixture([], ["2020年是决战之年，今天距冬奥会开幕仅剩560天。地区生产总值增长9%。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([[9, "%"]]);
  });
});

describe("amounts of money a class is not named by (Fuzhou 2006, Dandong 2022, Shanxi 2012)", () => {
  // Each excluded stretch once, whichever rules find it.
  const attributes = (text: string) =>
    [...new Map(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => [`${e.start}:${e.end}`, text.slice(e.start, e.end)])).values()];

  it("an amount before 和 and another item is one of a list of amounts", () => {
    expect(attributes("增加困难县财政转移支付8000万元和农村基础设施补助2000万元，切实保证农村基层政权正常运转。")).toEqual([]);
    // Not the threshold of a class (Beihai 2021: 5000万元及以上项目投资增长58.7%).
    expect(attributes("其中5000万元及以上项目投资增长58.7%。")).toEqual(["5000万元"]);
  });

  it("the cost of a project before numbers that name it is no class counted: only a threshold names one", () => {
    expect(attributes("实施投资7亿元的丹东港20万吨级矿石泊位、粮食泊位改扩建和投资2.5亿元的大东港公用航道维护性疏浚等基础设施项目。")).not.toContain("7亿元");
    expect(attributes("投资226亿元的潞安180万吨煤基多联产项目、投资26亿元的晋中吉利10万辆新能源汽车项目开始布局。")).not.toContain("226亿元");
    // `超200亿元的区县达到20个`, `营业收入过50亿元的企业达到39家`: a class, counted after it.
    expect(attributes("力争地区生产总值超200亿元的区县达到20个。")).toEqual(["200亿元"]);
    expect(attributes("营业收入过50亿元的企业达到39家。")).toEqual(["50亿元"]);
  });

  it("so is an amount reached with 上 before 的 and places counted (Leshan 2022: 经济总量上200亿元的区县增至6个), but not a level reached (迈上)", () => {
    expect(attributes("经济总量上200亿元的区县增至6个，完成第三次全国国土调查。")).toEqual(["200亿元"]);
    const x = fixture(["全市实现地区生产总值2205.15亿元、增长8.2%。县域承载能力得到提升。经济总量上200亿元的区县增至6个，完成第三次全国国土调查。"], ["地区生产总值增长7.5%左右。"]);
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([2205.15]);
    expect(attributes("地区生产总值迈上1000亿元的新台阶。")).toEqual([]);
  });

  it("a threshold before 的 and places or bodies names their class, not the place's amount (Shijiazhuang 2014)", () => {
    expect(attributes("新增晋州、元氏2个全部财政收入超10亿元的县（市），总数达到9个县（市）。")).toEqual(["10亿元"]);
    expect(attributes("强化外贸企业分类扶持，对进出口额超5000万美元的大型企业实行“一对一”帮扶。")).toEqual(["5000万美元"]);
    // A total is an amount (Shaanxi 2011).
    expect(attributes("着力抓好100个总投资超过2000亿元的技改项目。")).toEqual([]);
    // 财政总收入 names the revenue each county passes, no total (Ganzhou 2014).
    expect(attributes("财政总收入过10亿元的县（市、区）达到9个。")).toEqual(["10亿元"]);
    expect(attributes("力争财政总收入过10亿元的县（市、区）新增3个 ，2个县（市、区）突破30亿元。")).toContain("10亿元");
    const x = fixture(["新增晋州、元氏2个全部财政收入超10亿元的县（市），总数达到9个县（市）。"], ["对进出口额超5000万美元的大型企业实行“一对一”帮扶，全年外贸进出口总值增长5%以上。"]);
    expect(x.figures.filter((f) => f.metric === "fiscal_revenue_total" || f.metric === "foreign_trade_usd")).toEqual([]);
  });

  it("so does each threshold of a list before 的 and the places (Guangxi 2005: 培育壮大一批生产总值超50亿元、财政收入超5亿元的经济强县)", () => {
    expect(attributes("加快培育壮大一批生产总值超50亿元、财政收入超5亿元的经济强县。")).toEqual(["50亿元", "5亿元"]);
    const x = fixture(["地区生产总值增长10%。"], ["加快培育壮大一批生产总值超50亿元、财政收入超5亿元的经济强县。"]);
    expect(x.figures.filter((f) => f.metric === "gdp")).toEqual([]);
    // A list of amounts that are no thresholds stays amounts.
    expect(attributes("全年生产总值超3000亿元、财政收入400亿元的目标全面实现。")).toEqual([]);
  });

  it("each gives a record", () => {
    const x = fixture(["稳定、完善、强化各项惠农支农政策，增加困难县财政转移支付8000万元和农村基础设施补助2000万元，切实保证农村基层政权正常运转。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.unit === "万元").map((f) => [f.value, f.label_zh])).toEqual([
      [8000, "增加困难县财政转移支付"],
      [2000, "农村基础设施补助"],
    ]);
  });
});

describe("a growth rate supposed to reckon what it would bring (Qinghai 2013: 据测算，保持12%的增速，我省生产总值到2020年有望…翻两番)", () => {
  it("is a hypothesis, no figure", () => {
    const rules = (text: string) => excludedSpans(text).filter((e) => e.rule === "hypothesis").map((e) => text.slice(e.start, e.end));
    expect(rules("据测算，保持12%的增速，我省生产总值到2020年有望比2010年实现翻两番。")).toEqual(["12"]);
    // Not a rate set as an aim (`保持8%的增速，确保…`).
    expect(rules("保持8%的增速，确保完成全年目标。")).toEqual([]);
    const e = fixture(["新增城镇就业1.2万人。"], ["一是力促经济持续健康发展。这是实现全面建成小康社会的关键所在。据测算，保持12%的增速，我省生产总值到2020年有望比2010年实现翻两番。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([[1.2, "万人"]]);
  });
});

describe("how far a rate is below the control line set from above (Liuzhou 2020: 低于自治区目标控制线1.34个百分点)", () => {
  it("is a gap, no figure of the place", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    expect(gaps("城镇登记失业率2.66%，低于自治区目标控制线1.34个百分点。")).toEqual(["1.34"]);
    // Ganzi 2019: 低于省控制线0.9个百分点; 城镇登记失业率低于控制目标0.81个百分点
    expect(gaps("低于省控制线0.9个百分点")).toEqual(["0.9"]);
    expect(gaps("城镇登记失业率低于控制目标0.81个百分点")).toEqual(["0.81"]);
    // Not a change of the rate itself (`城镇登记失业率下降0.5个百分点`).
    expect(gaps("城镇登记失业率下降0.5个百分点")).toEqual([]);
  });

  it("takes a later item that names its own place (Chuxiong 2022: 城镇化率低于全国19个百分点、全省5个百分点)", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    expect(gaps("二是城镇化水平较低，城镇化率低于全国19个百分点、全省5个百分点，人口外流较为突出")).toEqual(["19个百分点、全省5"]);
    expect(gaps("分别高于全国0.2和0.4个百分点")).toEqual(["0.2和0.4"]);
  });

  it("takes two places named first, a gap each after them (Lanzhou 2016: 分别高于全省、全国1个和2.2个百分点)", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    expect(gaps("城镇居民人均可支配收入年均增长11%，分别高于全省、全国1个和2.2个百分点")).toEqual(["1个和2.2"]);
    expect(gaps("增速高于全省和全国0.5个百分点")).toEqual(["0.5"]);
  });

  it("takes the province's average said short (Yangzhou 2019: 乡镇卫生院、村卫生室示范化建设比例高于省均5个百分点以上)", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    expect(gaps("规划建设一批便民服务中心、便民超市、卫生服务机构，乡镇卫生院、村卫生室示范化建设比例高于省均5个百分点以上。")).toEqual(["5"]);
    // Not the place's own average after a verb (`人均公共文体设施面积达2.81平方米`), nor a rate raised (`提高5个百分点`).
    expect(gaps("园区经济对经济增长贡献率提高5个百分点")).toEqual([]);
  });

  it("takes the whole named as 面上 (Huzhou 2024: 高新技术产业、装备制造业增加值增速分别快于面上0.9和7.2个百分点)", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    expect(gaps("规上工业中，八大新兴产业链营收占比提升2.6个百分点，高新技术产业、装备制造业增加值增速分别快于面上0.9和7.2个百分点。")).toEqual(["0.9和7.2"]);
    const x = fixture(["规上工业中，八大新兴产业链营收占比提升2.6个百分点，高新技术产业、装备制造业增加值增速分别快于面上0.9和7.2个百分点。"], ["地区生产总值增长6%。"]);
    expect(x.figures.map((f) => f.value)).toEqual([2.6, 6]);
  });

  it("is a gap in the figure's own unit too (Chuxiong 2022: 每千人拥有市场主体低于全国15.5户; Liaoning 2011: 高出全国平均水平989元)", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    expect(gaps("三是平台主体带动较弱，营商环境还不够优，每千人拥有市场主体低于全国15.5户，市场主体中企业占比低于全国10.6个百分点")).toEqual(["10.6", "15.5"]);
    expect(gaps("农民人均纯收入年均实际增长9.3%，高出全国平均水平989元。")).toEqual(["989"]);
    // Not the place's own figures, which name no other place.
    expect(gaps("城乡居民人均可支配收入分别达25939元、9711元。")).toEqual([]);
  });
});

describe("two excesses over plan after 分别, each with its unit (Zunyi 2020: 分别超计划9000人、7000人)", () => {
  it("are both gaps, no figure of the place", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    const text = "十件民生实事完成较好，农村户用卫生厕所改造超计划2.08万户，就业困难群体职业技能培训和实现就业分别超计划9000人、7000人，开通了12345市民服务热线。";
    expect(gaps(text)).toEqual(["2.08", "9000人、7000"]);
    const x = fixture([text], ["地区生产总值增长9%左右。"]);
    expect(x.figures.map((f) => f.value)).toEqual([9]);
    // Not the place's own figures listed after a verb (`分别达25939元、9711元`).
    expect(gaps("城乡居民人均可支配收入分别达25939元、9711元。")).toEqual([]);
  });
});

describe("two excesses over target in percent after 分别 (Huaian 2025: 实际投资额分别超目标29%和10%)", () => {
  it("are both gaps, none left to a record labelled with the other", () => {
    const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));
    const text = "20个省重大项目、366个市重大产业项目提前两个月完成全年任务，实际投资额分别超目标29%和10%。";
    expect(gaps(text)).toEqual(["29%和10"]);
    const x = fixture([text], ["地区生产总值增长7%以上。"]);
    expect(x.figures.map((f) => f.value)).toEqual([20, 366, 7]);
    // Not the place's own growths listed after a verb (`分别增长11.9%、24.5%和17.9%`).
    expect(gaps("1—11月规上固定资产投资、规上工业投资、民间投资分别增长11.9%、24.5%和17.9%，均居全省第一。")).toEqual([]);
  });
});

describe("a gap with the region named by its kind of place, or with a target said with 高于 (Wuhai 2014: 高于自治区15.5个百分点; Wuhai 2020: 高于自治区下达目标任务3.5个百分点)", () => {
  const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));

  it("is a gap, no figure of the place", () => {
    expect(gaps("强化师资队伍建设，引进招聘优秀本科生、研究生150名。2013年本科平均录取率达到59.7%，高于自治区15.5个百分点。")).toEqual(["15.5"]);
    expect(gaps("一批突出环境问题得到解决，中心城区空气优良天数达标率81.1%，高于自治区下达目标任务3.5个百分点。")).toEqual(["3.5"]);
    expect(gaps("城镇化率低于全自治区平均水平2个百分点")).toEqual(["2"]);
    const x = fixture(["2013年本科平均录取率达到59.7%，高于自治区15.5个百分点。中心城区空气优良天数达标率81.1%，高于自治区下达目标任务3.5个百分点。"], ["地区生产总值增长10.5%。"]);
    expect(x.figures.map((f) => f.value)).toEqual([59.7, 81.1, 10.5]);
  });

  it("but the region's own figures stay (自治区级绿色矿山7个)", () => {
    expect(gaps("累计建成自治区级绿色矿山7个，争取自治区园区建设补贴资金1.3亿元。")).toEqual([]);
    expect(gaps("地区生产总值增长9.5%，居全区首位。")).toEqual([]);
  });
});

describe("a gap said with 比 before the nation (Shandong 2017: 规模以上工业产销率达到98.8%，比全国平均水平高1个百分点)", () => {
  const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));

  it("is a gap, no figure of the place", () => {
    expect(gaps("规模以上工业产销率达到98.8%，比全国平均水平高1个百分点。")).toEqual(["1"]);
    expect(gaps("规模以上工业企业资产负债率54%，比全国低1.8个百分点。")).toEqual(["1.8"]);
    expect(gaps("货物进出口总额15466.5亿元，增长3.5%，比全国高4.4个百分点，增幅在全国外贸前十省市中位居第一。")).toEqual(["4.4"]);
    const x = fixture(["规模以上工业企业资产负债率54%，比全国低1.8个百分点。货物进出口总额15466.5亿元，增长3.5%，比全国高4.4个百分点。"], ["地区生产总值增长7.5%左右。"]);
    expect(x.figures.map((f) => f.value)).toEqual([54, 15466.5, 3.5, 7.5]);
  });

  it("but a change on last year stays (比上年提高3.2万元)", () => {
    expect(gaps("全员劳动生产率达到38.7万元，比上年提高3.2万元。")).toEqual([]);
    expect(gaps("城镇化率比上年提高1.5个百分点。")).toEqual([]);
  });
});

describe("the sizes of a class of enterprises (Shantou 2018: 培育一批年主营收入超100亿元、300亿元的龙头企业)", () => {
  const attributes = (text: string) => excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end));

  it("are no figures: two or more amounts under a threshold before 的 and an enterprise noun", () => {
    expect(attributes("加快培育一批年主营收入超100亿元、300亿元的龙头企业。")).toEqual(["100亿元、300亿元"]);
    expect(attributes("培育50亿元以上和100亿元以上的企业集团。")).toContain("50亿元以上和100亿元以上");
    // A size word before the noun (Guangxi 2005: 培育出更多年销售收入超100亿元、50亿元和30亿元的大企业集团).
    expect(attributes("在有色金属、汽车、机械、电力、烟草等行业培育出更多年销售收入超100亿元、50亿元和30亿元的大企业集团。")).toEqual(["100亿元、50亿元和30亿元"]);
    // A word of standing before the noun (Zhuzhou 2014: 着力培育一批过1亿元、10亿元、20亿元、50亿元、100亿元的优质企业).
    const tiers = "大力实施工业振兴“十百千”工程，着力培育一批过1亿元、10亿元、20亿元、50亿元、100亿元的优质企业。";
    expect(attributes(tiers)).toEqual(["1亿元、10亿元、20亿元、50亿元、100亿元"]);
    expect(fixture([], [tiers, "地区生产总值增长8%。"]).figures.map((f) => f.value)).toEqual([8]);
    const x = fixture([], ["加快培育一批年主营收入超100亿元、300亿元的龙头企业。", "地区生产总值增长8%。"]);
    expect(x.figures.map((f) => f.value)).toEqual([8]);
  });

  it("but one amount stays a figure (Guangdong 2003: 超过1000亿元的…支付风险; Zhengzhou 2024: 不低于1000亿元的产业基金群)", () => {
    expect(fixture(["妥善解决了超过1000亿元的地方金融内外债支付风险。"], ["地区生产总值增长8%。"]).figures.map((f) => f.value)).toContain(1000);
    expect(fixture([], ["撬动社会资本，打造不低于1000亿元的产业基金群。"]).figures.map((f) => f.value)).toEqual([1000]);
  });

  it("so are the sizes of a class of projects joined right before their noun (Yangzhou 2019: 推动100亿元、50亿元重特大产业项目…取得新突破)", () => {
    expect(attributes("推动100亿元、50亿元重特大产业项目和成长性强的科创项目取得新突破。")).toContain("100亿元、50亿元");
    const x = fixture([], ["更大力度招引大项目好项目，新引进重大产业项目240个以上，推动100亿元、50亿元重特大产业项目和成长性强的科创项目取得新突破。", "地区生产总值增长8%。"]);
    expect(x.figures.map((f) => f.value)).toEqual([240, 8]);
    // Not amounts invested in a list (`完成投资100亿元、50亿元`), which name no project after them.
    expect(attributes("分别完成投资100亿元、50亿元。")).toEqual([]);
  });

  it("so are the sizes of firms joined right before their noun, with no threshold word (Fuyang 2020: 打造一批年产值10亿元、…、100亿元企业)", () => {
    expect(attributes("打造一批年产值10亿元、30亿元、50亿元、80亿元、100亿元企业。")).toContain("10亿元、30亿元、50亿元、80亿元、100亿元");
    const x = fixture([], ["加大政策落实和奖补力度，打造一批年产值10亿元、30亿元、50亿元、80亿元、100亿元企业。", "地区生产总值增长8%。"]);
    expect(x.figures.map((f) => f.value)).toEqual([8]);
    // Not amounts of a list that name no firm after them.
    expect(attributes("分别完成产值10亿元、30亿元。")).toEqual([]);
  });

  it("so is one size of projects offered in either currency (Yangzhou 2015: 全年新开工10亿元或1亿美元重大工业项目50个)", () => {
    const x = fixture([], ["全年新开工10亿元或1亿美元重大工业项目50个、重大服务业项目40个，基本产业和“双高”项目占比均达60%以上。", "地区生产总值增长10%。"]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[50, "个"], [40, "个"], [60, "%"], [60, "%"], [10, "%"]]);
    // The same in full-width digits.
    const fw = fixture([], ["全年新开工１０亿元或１亿美元重大工业项目５０个。", "地区生产总值增长１０％。"]);
    expect(fw.figures.map((f) => f.value)).toEqual([50, 10]);
    // Not an amount or another one spent (`投资10亿元或1亿美元用于…`), which names no project after it.
    expect(attributes("新开工10亿元或1亿美元重大工业项目50个。")).toContain("10亿元或1亿美元");
    expect(attributes("投资10亿元或1亿美元用于基础设施。")).not.toContain("10亿元或1亿美元");
  });

  it("so is the scale bounding the towns named after 规模的 (Yangzhou 2015: 每个县（市、区）集中力量规划建设1-2个10万人以上规模的现代新城镇)", () => {
    const x = fixture([], ["分类推进卫星镇、特色镇、一般镇建设，每个县（市、区）集中力量规划建设1-2个10万人以上规模的现代新城镇。", "地区生产总值增长10%。"]);
    expect(x.figures.map((f) => [f.min, f.max, f.value, f.unit])).toEqual([[1, 2, null, "个"], [null, null, 10, "%"]]);
    // People counted before a scale named otherwise stay a figure.
    expect(fixture([], ["培训2000名以上村医。", "地区生产总值增长10%。"]).figures.map((f) => f.value)).toEqual([2000, 10]);
  });

  it("so are bare sizes of projects, 元 left out, each after its place (Yangzhou 2015: 加快实现沿江100亿、沿河50亿投资项目第二轮全覆盖)", () => {
    const x = fixture([], ["紧盯跨国公司、央企和知名民企，加快实现沿江100亿、沿河50亿投资项目第二轮全覆盖。", "地区生产总值增长10%。"]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[10, "%"]]);
    const fw = fixture([], ["加快实现沿江１００亿、沿河５０亿投资项目第二轮全覆盖。", "地区生产总值增长１０％。"]);
    expect(fw.figures.map((f) => f.value)).toEqual([10]);
    // A bare amount that sizes no project stays a figure.
    expect(fixture([], ["全年完成投资100亿。", "地区生产总值增长10%。"]).figures.map((f) => f.value)).toEqual([100, 10]);
  });

  it("so is a bare size with its bound before the projects it sizes (Chengdu 2022: 亿元及以上重大产业项目500个以上、50亿及以上重大产业项目100个以上)", () => {
    const x = fixture(["力争落地建设亿元及以上重大产业项目500个以上、50亿及以上重大产业项目100个以上。"], []);
    expect(x.figures.map((f) => [f.value ?? f.min, f.unit, f.label_zh])).toEqual([
      [500, "个", "落地建设亿元及以上重大产业项目"],
      [100, "个", "50亿及以上重大产业项目"],
    ]);
  });
});

describe("how far a figure is above or below its target (Ganzi 2019: 增长8.6%，超目标任务0.1个百分点)", () => {
  const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));

  it("is an excess or a shortfall, no figure of the place", () => {
    expect(gaps("城镇居民人均可支配收入32022元，增长8.6%，超目标任务0.1个百分点。")).toEqual(["0.1"]);
    // Gansu 2020: 超目标任务35.9%; Weifang 2021: 超过省定目标25天; Yunfu 2018: 超出省下达目标任务15.85个百分点;
    // Shanxi 2012: 超出年初计划10万人
    expect(gaps("完成营造林面积475.65万亩，超目标任务35.9%。")).toEqual(["35.9"]);
    expect(gaps("空气优良天数达到267天，超过省定目标25天。")).toEqual(["25"]);
    expect(gaps("光纤入户率达56.85%，超出省下达目标任务15.85个百分点。")).toEqual(["15.85"]);
    expect(gaps("全年新增城镇就业岗位50万个，超出年初计划10万人。")).toEqual(["10"]);
    expect(gaps("居民消费价格上涨2.5%，比目标低0.5个百分点。")).toEqual(["0.5"]);
    const x = fixture(["城镇居民人均可支配收入32022元，增长8.6%，超目标任务0.1个百分点。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "32022元").map((f) => f.value)).toEqual([32022, 8.6]);
  });
});

describe("a share of a revenue set aside for a use (Tangshan 2012: 落实土地出让金收益10%用于农田水利的政策要求)", () => {
  const asides = (text: string) => excludedSpans(text).filter((e) => e.rule === "set-aside").map((e) => text.slice(e.start, e.end));
  it("is a rule's term, no figure", () => {
    expect(asides("落实土地出让金收益10%用于农田水利的政策要求")).toEqual(["10"]);
    expect(asides("按土地出让收益的10%提取农田水利建设资金")).toEqual(["10"]);
    // Not a share of spending put to a use, an outcome.
    expect(asides("财政支出的77.4%用于民生领域")).toEqual([]);
    const x = fixture(["财政支出的77.4%用于民生领域。"], ["地区生产总值增长11%。落实土地出让金收益10%用于农田水利的政策要求。"]);
    expect(x.figures.map((f) => [f.value, f.unit, f.kind])).toEqual([
      [77.4, "%", "result"],
      [11, "%", "target"],
    ]);
  });
});

describe("a gap said with 超过 or 优于 (Jilin 2026)", () => {
  const gaps = (text: string) => excludedSpans(text).filter((e) => e.rule === "gap").map((e) => text.slice(e.start, e.end));

  it("超过全国平均水平0.28个百分点 and 优于国家考核目标14.6个百分点 are gaps, no figure of the province", () => {
    expect(gaps("建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点，超过全国平均水平0.28个百分点。")).toEqual(["0.28"]);
    expect(gaps("国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点，Ⅴ类及以下水体保持清零。")).toEqual(["14.6"]);
    // Not a level passed (`产值超过350亿元`) nor a rise of the rate itself.
    expect(gaps("新材料产业产值超过350亿元。优良天数比例上升3个百分点。")).toEqual([]);
    const x = fixture(["建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点，超过全国平均水平0.28个百分点。"], ["地区生产总值增长5%左右。"]);
    expect(x.figures.map((f) => f.value)).toEqual([66.25, 21, 5]);
  });

  it("a gap above the economy's own growth is none either: 高于生产总值增速2.8个和5.7个百分点 (Handan 2014)", () => {
    const text = "城镇居民人均可支配收入23936元，农民人均纯收入9542元，分别增长10.1%和13%，高于生产总值增速2.8个和5.7个百分点。";
    expect(gaps(text)).toEqual(["2.8个和5.7"]);
    // A rise of the growth itself is no gap.
    expect(gaps("经济增长7.3%，增速提高1.2个百分点。")).toEqual([]);
    const x = fixture([text], ["地区生产总值增长5%左右。"]);
    expect(x.figures.map((f) => f.value)).toEqual([23936, 9542, 10.1, 13, 5]);
  });

  it("so is one above the whole place's growth of the same years: 高于同期全省地区生产总值增速10.1个百分点 (Heilongjiang 2008)", () => {
    const text = "2007年全省非公有制经济实现增加值2808亿元，比2002年增长1.7倍，年均增长21.6%，高于同期全省地区生产总值增速10.1个百分点；缴纳税金240亿元。";
    expect(gaps(text)).toEqual(["10.1"]);
    expect(gaps("增长12%，高于同期地区生产总值增速2个百分点。")).toEqual(["2"]);
  });
});

describe("a leader's visits and letters counted later in the sentence that names him (Yunnan 2026)", () => {
  it("3次亲临云南考察、4次回信、2次致贺信 after 习近平总书记始终心系云岭大地 are no figures; a count of the place's own stays", () => {
    const leader = (text: string) => excludedSpans(text).filter((e) => e.rule === "leader").map((e) => text.slice(e.start, e.end));
    const text = "新时代以来，习近平总书记始终心系云岭大地、深情牵挂各族群众，3次亲临云南考察、4次回信、2次致贺信，作出一系列重要指示。";
    expect(leader(text)).toEqual(["3", "4", "2"]);
    expect(leader("省委、省政府16次调度推进重大产业项目。")).toEqual([]);
    const x = fixture([text + "地区生产总值突破3万亿元。"], ["地区生产总值增长4.5%左右。"]);
    expect(x.figures.map((f) => f.value)).toEqual([3, 4.5]);
  });
});

describe("a size class of places with its bound before 人口 (Yunnan 2026: 20万以上人口县实现特殊教育学校全覆盖)", () => {
  it("is no figure of the province", () => {
    expect(excludedSpans("新增2所本科高校、1所职业院校，20万以上人口县实现特殊教育学校全覆盖。").filter((e) => e.rule === "attribute").length).toBe(1);
    const x = fixture(["中外合作办学机构实现零的突破，20万以上人口县实现特殊教育学校全覆盖。招募留用银龄人才5494人。"], ["地区生产总值增长4.5%左右。"]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[5494, "人"], [4.5, "%"]]);
  });
});

describe("a count before a share said with 占…的 (Yunnan 2026: 14个重点产业产值占农林牧渔业总产值的80%以上)", () => {
  it("says what the share is of, no figure of its own", () => {
    const scope = (text: string) => excludedSpans(text).filter((e) => e.rule === "scope").map((e) => text.slice(e.start, e.end));
    expect(scope("农业龙头企业实现“三个全覆盖”，14个重点产业产值占农林牧渔业总产值的80%以上。")).toEqual(["14个"]);
    expect(scope("建成3个项目，占地500亩。")).toEqual([]);
    const x = fixture(["农业龙头企业实现“三个全覆盖”，14个重点产业产值占农林牧渔业总产值的80%以上。"], ["地区生产总值增长4.5%左右。"]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[80, "%"], [4.5, "%"]]);
  });
});

describe("a count before the share of a plan it did (Ji'an 2025: 915个重点项目完成年度投资计划的116%)", () => {
  it("says what the share is of, no figure of its own; a list's shares done each a task's own", () => {
    const scope = (text: string) => excludedSpans(text).filter((e) => e.rule === "scope").map((e) => text.slice(e.start, e.end));
    expect(scope("坚定实施项目带动战略，915个重点项目完成年度投资计划的116%。")).toEqual(["915个"]);
    // The task's own figure before its share, after a pause, stays one: 新增就业4.6万人，完成年度任务的115%.
    expect(scope("城镇新增就业4.6万人，完成年度任务的115%。")).toEqual([]);
    const x = fixture(
      ["（一）扩大需求稳增长，发展态势更趋稳固。坚定实施项目带动战略，915个重点项目完成年度投资计划的116%。城镇新增就业、城镇失业人员再就业分别完成年度任务的112%和127%。"],
      ["地区生产总值增长5.8%左右。"],
    );
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.unit])).toEqual([[116, "%"], [112, "%"], [127, "%"]]);
  });
});

describe("meetings a place hosts, sized by who attends (Hainan 2017: 全年举办100人以上会议近15000场、增长15.4%)", () => {
  it("keeps the size class out of the figures and the conventions out of the government's meetings cut", () => {
    const x = fixture(["会展规模、数量、层次、影响力都有较大提升，全年举办100人以上会议近15000场、增长15.4%，参会人数290万人次、增长17.5%，各类展览115个、增长12.7%。"], ["地区生产总值增长7%以上。"]);
    expect(quoting(x, "会议").map((f) => [f.value, f.unit, f.label_zh, f.metric])).toEqual([
      [15000, "场", "举办100人以上会议", null],
      [15.4, "%", "举办100人以上会议增长", null],
    ]);
  });
});

describe("a plant's capacity before its product's Latin abbreviation (Gansu 2008: 银光公司10万吨TDI)", () => {
  it("is a size of the plant, as before a Han name (华煤集团60万吨甲醇), no figure of the plan", () => {
    const x = fixture(["地区生产总值增长6%。"], ["加快实施庆阳石化搬迁改造、西北铝20万吨铝板带、东兴铝业10万吨大型预焙槽、酒钢150万吨碳钢冷轧、银光公司10万吨TDI、华煤集团60万吨甲醇等项目。"]);
    expect(quoting(x, "银光公司")).toEqual([]);
  });
});

describe("a weight before 阶段性水平 (Jilin 2013: 力争粮食综合生产能力达到700亿斤阶段性水平)", () => {
  it("is the level reached, as before 大关 or 台阶, no size of a plant; and no grain output", () => {
    const x = fixture(["粮食综合生产能力跃上600亿斤阶段性水平，去年总产达到668.6亿斤。"], ["地区生产总值增长12%左右。力争粮食综合生产能力达到700亿斤阶段性水平。"]);
    expect(quoting(x, "粮食综合生产能力").map((f) => [f.kind, f.value, f.unit, f.qualifier, f.label_zh, f.metric])).toEqual([
      ["result", 600, "亿斤", "at_least", "粮食综合生产能力", null],
      ["target", 700, "亿斤", null, "粮食综合生产能力", null],
    ]);
  });
});

describe("a plant's volume before its product's Latin abbreviation and 项目 (Qitaihe 2014: 隆鹏2 亿立方米LNG 项目)", () => {
  it("is a size of the plant, as a weight is, no figure of the plan; a volume of gas supplied stays", () => {
    const x = fixture(["地区生产总值增长6%左右。"], ["积极促进项目投产达效，加快伊普润滑油、龙盛达煤焦油二期项目建设，争取宝泰隆30 万吨芳烃、隆鹏2 亿立方米LNG 项目开工。"]);
    expect(quoting(x, "隆鹏")).toEqual([]);
    const y = fixture(["地区生产总值增长6%左右。"], ["全年供应天然气2 亿立方米LNG 储备充足。"]);
    expect(quoting(y, "天然气")).toHaveLength(1);
  });
});

describe("a rate that would be enough for a goal, after 只要 and before 就可以 (Qinghai 2016)", () => {
  it("is a hypothesis, no target; the rate the report sets after it is", () => {
    const text = "经测算，未来五年我省生产总值只要年均增长3.7%、城乡居民人均收入年均增长1.7%，就可以实现“两个翻番”。";
    const rules = (t: string) => excludedSpans(t).filter((e) => e.rule === "hypothesis").map((e) => t.slice(e.start, e.end));
    expect(rules(text)).toEqual(["3.7", "1.7"]);
    // Not a rate with no 只要 before it.
    expect(rules("生产总值年均增长7.5%，就可以实现翻番。")).toEqual([]);
    const x = fixture(["新增城镇就业1.2万人。"], [
      `根据这一目标要求，${text}提出到2020年实现生产总值和城乡居民人均收入比2011年翻一番，生产总值按年均增长7.5%、城乡居民人均收入按年均增长8%安排。`,
    ]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth").map((f) => f.value)).toEqual([7.5]);
  });
});

describe("a level past which a thing is said to happen (Yueyang 2023: 城镇化率超过60%以后，是城市问题集中爆发期)", () => {
  it("is the condition of a general rule, no target of the plan year; the place's own rate stays", () => {
    const text = "国际经验表明，城镇化率超过60%以后，是城市问题集中爆发期。";
    const rules = (t: string) => excludedSpans(t).filter((e) => e.rule === "hypothesis").map((e) => t.slice(e.start, e.end));
    expect(rules(text)).toEqual(["60"]);
    expect(rules("城镇化率超过60%，比上年提高1个百分点。")).toEqual([]);
    const x = fixture(["推进以人为核心的新型城镇化，城镇化率达到62%。"], [`城市是我们共同的家园。${text}岳阳已进入城镇化的“下半场”。`]);
    expect(x.figures.filter((f) => f.metric === "urbanization_rate").map((f) => [f.kind, f.value])).toEqual([["result", 62]]);
  });
});

describe("a year opening an event's name and a speed naming a railway (Tianjin 2009)", () => {
  const excluded = (text: string) => excludedSpans(text).map((e) => [text.slice(e.start, e.end), e.rule]);
  it("成功举办了2008天津夏季达沃斯论坛 is the event's name, no 2008 days", () => {
    expect(excluded("成功举办了2008天津夏季达沃斯论坛。")).toEqual([["2008", "year"]]);
    const x = fixture(["成功举办了2008天津夏季达沃斯论坛，举办各类展会120个。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.unit])).toEqual([[120, "个"]]);
  });

  it("but a count of events hosted stays a figure (举办2000场招聘会)", () => {
    expect(excluded("全年举办2000场招聘会。")).toEqual([]);
  });

  it("国内第一条时速350公里的京津城际高速铁路 names the railway by its speed, no length", () => {
    expect(excluded("特别是国内第一条时速350公里的京津城际高速铁路正式通车。")).toEqual([["350", "attribute"]]);
    const x = fixture(["特别是国内第一条时速350公里的京津城际高速铁路正式通车，新建农村公路1000公里。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "时速350公里")).toEqual([]);
  });

  it("广州至湛江350公里时速高铁 names the railway by its speed told before 时速, no length (Guangdong 2019)", () => {
    expect(excluded("广州至湛江350公里时速高铁列入国家专项规划。")).toEqual([["350", "attribute"]]);
    const x = fixture(["广州至湛江350公里时速高铁列入国家专项规划，新增高铁运营里程342公里、总里程达1905公里。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "350公里")).toEqual([]);
    expect(one(x, "", "342公里").label_zh).toBe("新增高铁运营里程");
  });

  it("长江南京以下12.5米深水航道整治工程 names the channel by its depth, no length (Jiangsu 2012)", () => {
    expect(excluded("开工建设长江南京以下12.5米深水航道整治工程。")).toEqual([["12.5", "attribute"]]);
    const x = fixture(["新建农村公路1000公里。"], ["加快连云港30万吨级航道工程建设，开工建设长江南京以下12.5米深水航道整治工程，新建农村公路1000公里。"]);
    expect(quoting(x, "12.5米")).toEqual([]);
  });
});

describe("the districts a count numbers, before an aggregate (Wuhan 2002: 预计13个区国内生产总值和财政收入分别为593亿元和49.6亿元，同比增长14％和30％)", () => {
  it("are their sum, no figure of the city's own", () => {
    const x = fixture(
      ["预计国内生产总值1348亿元，比上年增长12％。区级经济发展加快，预计13个区国内生产总值和财政收入分别为593亿元和49.6亿元，同比增长14％和30％。"],
      ["地区生产总值增长6%。"],
    );
    expect(x.figures.filter((f) => f.kind === "result" && (f.metric === "gdp_growth" || f.metric === "gdp")).map((f) => f.value)).toEqual([1348, 12]);
  });
});

describe("a talent programme named by its number", () => {
  it("is no count of people (Fujian 2001: 加快实施\"541人才工程“和”百千万人才工程\")", () => {
    const e = fixture(["全年城镇居民人均可支配收入达7432元。"], ["加快实施\"541人才工程“和”百千万人才工程\"，重点培养一批现代化建设急需的各类人才。引进高层次人才500人。地区生产总值增长9%。"]);
    expect(e.figures.filter((f) => f.unit === "人").map((f) => f.value)).toEqual([500]);
    expect(excludedSpans("加快实施\"541人才工程“和”").map((x) => x.rule)).toContain("set-name");
  });
});

describe("an old count after 从 taken to a new one (Zhejiang 2026: 全国重点实验室从15家跃升到38家)", () => {
  it("is a baseline, its phrase no word of the new count's label", () => {
    const text = "全国重点实验室从15家跃升到38家。";
    expect(excludedSpans(text).map((e) => e.rule)).toEqual(["baseline"]);
    const x = fixture(["国家先进制造业集群总数达8个。全国重点实验室从15家跃升到38家。高新技术企业从2.2万家跃升至4.9万家。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "跃升").map((f) => [f.label_zh, f.value, f.unit, f.kind])).toEqual([
      ["全国重点实验室", 38, "家", "result"],
      ["高新技术企业", 4.9, "万家", "result"],
    ]);
  });

  it("is so after 攀升, whose 攀 is no word of the label (Huizhou 2022: “两抢”零发案天数逐年攀升至333天)", () => {
    expect(excludedSpans("零发案天数从120天攀升到333天。").map((e) => e.rule)).toEqual(["baseline"]);
    const x = fixture(["“两抢”零发案天数逐年攀升至333天。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "攀升").map((f) => [f.label_zh, f.value, f.unit, f.direction])).toEqual([["“两抢”零发案天数", 333, "天", "up"]]);
  });
});

describe("a rate bounding the places a task is about (Guyuan 2025: 对城镇化率低于40%的西吉、泾源、彭阳，因地制宜、分类施策)", () => {
  it("is no urbanisation rate of the city; the city's own rise after it stays", () => {
    const text =
      "实施新型城镇化五年行动，对城镇化率低于40%的西吉、泾源、彭阳，因地制宜、分类施策，增强城镇化的拉力和引力，全市常住人口城镇化率增长1.5个百分点以上。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["40"]);
    const x = fixture(["全年地区生产总值增长6.1%。"], ["今年主要预期目标是：地区生产总值增长5.6%。", text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.unit, f.metric])).toEqual([
      [5.6, "%", "gdp_growth"],
      [1.5, "个百分点", "urbanization_rate_change"],
    ]);
    expect(excludedSpans("确保地区生产总值保持高于7%的增长，力争高于8%的目标。").filter((e) => e.rule === "attribute")).toEqual([]);
  });
});

describe("an income below which households qualify for aid (Zhejiang 2007: 对人均纯收入低于2000元的农村居民家庭子女…免收义务教育阶段课本作业本费)", () => {
  it("is no income of the province nor a target; the incomes it reaches by name stay", () => {
    const text =
      "四是提高农村义务教育公用经费标准；对人均纯收入低于2000元的农村居民家庭子女、人均可支配收入低于4000元的城镇居民家庭子女，免收义务教育阶段课本作业本费。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["2000", "4000"]);
    const x = fixture(["全年地区生产总值增长13.6%。"], ["今年主要目标是：全省生产总值增长10%以上，农村居民人均纯收入实际增长6%。", text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.unit])).toEqual([
      [10, "%"],
      [6, "%"],
    ]);
    expect(excludedSpans("农村居民人均纯收入达到7335元的水平。").filter((e) => e.rule === "attribute")).toEqual([]);
  });
});

describe("equity and funds listed as sums put into a fund (Liaoning 2017: 将424亿元国有股权益、100亿元财政资金纳入养老保险风险基金)", () => {
  it("keeps the equity as an amount, no class it sizes, and gives each sum the noun after it", () => {
    const text = "发行置换债券2708亿元，节省利息支出140亿元。将424亿元国有股权益、100亿元财政资金纳入养老保险风险基金，补充养老金缺口。";
    expect(excludedSpans(text).map((e) => text.slice(e.start, e.end))).not.toContain("424亿元");
    const x = fixture([text], ["今年地区生产总值增长6.5%左右。"]);
    expect(quoting(x, "将424亿元").map((f) => [f.label_zh.slice(0, 5), f.value, f.unit])).toEqual([
      ["国有股权益", 424, "亿元"],
      ["财政资金纳", 100, "亿元"],
    ]);
  });
});

describe("a capacity below which mines are shut (Liaoning 2017: 关闭落后产能低于9万吨的煤矿179个)", () => {
  it("is no capacity of the province nor a target; the count of the mines stays", () => {
    const text = "全面落实“三去一降一补”五大任务。关闭落后产能低于9万吨的煤矿179个，产能9万吨及以上煤矿，务必符合安全生产条件。";
    // The later 9万吨及以上 is a class bound too, by an older rule.
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end)).sort()).toEqual(["9", "9万吨"]);
    const x = fixture(["全年地区生产总值增长6%。"], ["今年地区生产总值增长6.5%左右。", text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.unit])).toEqual([
      [6.5, "%"],
      [179, "个"],
    ]);
    // A floor is no such bar (`不低于5万吨的…`).
    const floor = "新建产能不低于120万吨的现代化矿井2处。";
    expect(excludedSpans(floor).map((e) => floor.slice(e.start, e.end))).not.toContain("120");
  });
});

describe("how long each thing lasts, from a count of months to another (Zhejiang 2007: 接受6个月到1年的职业技能培训)", () => {
  it("is no figure; the count of the people trained stays", () => {
    const text = "资助5万名以上农村未升学的初高中毕业生接受6个月到1年的职业技能培训。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["6", "1"]);
    expect(excludedSpans("组织3至6个月的岗位培训。").filter((e) => e.rule === "attribute").map((e) => e.start)).toEqual([2, 4]);
    const x = fixture(["全年地区生产总值增长13.6%。"], ["今年全省生产总值增长10%以上。", text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.unit])).toEqual([
      [10, "%"],
      [5, "万名"],
    ]);
    // A span of years is no such length (`2021至2025年的规划`).
    expect(excludedSpans("编制2021至2025年的规划。").filter((e) => e.rule === "attribute")).toEqual([]);
  });
});

describe("the size of the nation's first batch of cities the place was one of (Yantai 2009: 我市作为全国首批14个沿海开放城市)", () => {
  it("is no count of the city's own, in the review or the plan", () => {
    const x = fixture(
      ["全市完成外贸进出口总额350.3亿美元，分别增长46.3%和46.5%，出口增幅居全国首批14个沿海开放城市之首。出口过亿美元的企业15家。"],
      ["我市作为全国首批14个沿海开放城市，经济外向度高，对国际市场的依赖性强。全市生产总值增长11%。"],
    );
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[350.3, "亿美元"], [46.3, "%"], [46.5, "%"], [15, "家"], [11, "%"]]);
  });
});

describe("the size of a set the place is one of (Yinchuan 2019: 银川被列为23个空港型国家物流枢纽承载城市之一)", () => {
  it("is no count of the city's own", () => {
    const x = fixture(
      ["国际货运班列常态化运营。银川被列为23个空港型国家物流枢纽承载城市之一、55个商贸服务型国家物流枢纽承载城市之一。新设外资企业24家。"],
      ["地区生产总值同比增长7%左右。"],
    );
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[24, "家"], [7, "%"]]);
  });

  it("named by a quoted title with a year in it (Mianyang 2024: 成为20个“中国改革2023年度…市域案例”之一)", () => {
    const x = fixture(
      ["重点领域改革蹄疾步稳。“聚力科技创新与科技成果转化同时发力，跨越式提升中国科技城创新能级”成为20个“中国改革2023年度地方全面深化改革市域案例”之一，是全省地级市唯一入选案例。新设外资企业24家。"],
      ["地区生产总值增长7%左右。"],
    );
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[24, "家"], [7, "%"]]);
  });
});

describe("funds in place for the rebuilding after a disaster (Dali 2014)", () => {
  it("a bare 到位资金 after the rebuilding's projects is no investment attracted: 222项重建项目稳步实施，到位资金 7.85亿元", () => {
    const x = fixture([
      "地震灾后重建全面推进。洱源“3· 03”、“4· 17”地震抢险救灾和恢复重建扎实有效，1.44万户民房修复、 4428户民房重建如期完成，基础设施等七大类工程 222项重建项目稳步实施，到位资金 7.85亿元。",
      "招商引资实际到位资金 534.8亿元，增长 52.4%。",
    ], ["地区生产总值增长 11%以上。"]);
    expect(x.figures.filter((f) => f.metric === "investment_attracted").map((f) => f.value)).toEqual([534.8]);
  });
});

describe("funds won by projects approved, named beside the investment attracted (Tongliao 2023)", () => {
  it("立项争资到位资金增长10% is no growth of the investment attracted, beside 招商引资到位资金…增长86%", () => {
    const x = fixture(["坚持“项目为王、招商为要”，招商引资到位资金预计达到300亿元、增长86%，立项争资到位资金增长10%，创近年新高。"], ["地区生产总值增长7%左右。"]);
    expect(x.figures.filter((f) => f.metric === "investment_attracted_growth").map((f) => f.value)).toEqual([86]);
    expect(one(x, "", "10%").metric).toBeNull();
  });
});

describe("funds in place that bonds raised (Siping 2016)", () => {
  it("争取国家新增和置换债券到位资金 10.75亿元 is no investment attracted, beside the investment 招商引资项目到位资金 400亿元", () => {
    const x = fixture([
      "大力开展招商引资。积极参加“民企吉林行”、“央企走进吉林”和东博会等招商活动，实施小分队定点精准招商，预计省外投资 3000万元以上招商引资项目到位资金 400亿元。建立招商引资基础数据库和重大项目跟踪推进机制，列入省招商库项目 71个。预计实际利用外资 3.4亿美元，增长 12.5%。向上争取开发区发展引导资金 2300万元。努力拓宽融资渠道。组建城市发展投资控股有限公司，与浦发银行、光大银行签订战略合作协议，与国开行、农发行、浦发银行、建设银行、交通银行、吉林银行等广泛合作，共融资到位资金 25.17亿元，其中用于偿还债务及解决历史遗留问题 11.7亿元，初步破解了城市基础设施建设融资难的问题。争取国家新增和置换债券到位资金 10.75亿元。利用 PPP模式融资 3.56亿元。",
    ], ["地区生产总值增长 7%。"]);
    expect(x.figures.filter((f) => f.metric === "investment_attracted").map((f) => f.value)).toEqual([400]);
  });
});

describe("all the place's parks made the subject of a clause inside a longer sentence (Jiuquan 2014)", () => {
  it("the figures of the subjectless clauses after it are the parks': 全市各级园区入驻企业721户，吸纳就业6.2万人，实现工业增加值154亿元", () => {
    const x = fixture([
      "规模以上工业完成增加值228亿元，增长17.8%。制定特色工业园区建设方案和经济技术开发区发展指导意见，大力推进“一区多园”和“飞地建园”，酒泉工业园区升格为国家级经济技术开发区，酒泉现代资源综合利用产业园和敦煌工业园区创建为省级循环经济示范园区，玉门经济技术开发区确定为省级示范园区，全市各级园区入驻企业721户，吸纳就业6.2万人，实现工业增加值154亿元，占工业经济总量的85%。",
    ], ["地区生产总值增长12%以上。"]);
    expect(quoting(x, "154亿元").filter((f) => f.value === 154).map((f) => f.metric)).toEqual([null]);
    expect(x.figures.filter((f) => f.metric === "industrial_value_added").map((f) => f.value)).toEqual([228]);
  });
});

describe("a count of projects after a list of kinds of work (Jiuquan 2014)", () => {
  it("counts the projects of all the kinds, no kindergartens built: 实施校舍安全工程、薄弱学校改造、农村幼儿园建设项目137个", () => {
    const x = fixture([
      "实施校舍安全工程、薄弱学校改造、农村幼儿园建设项目137个，新建校舍16万平方米，新建市级标准化学校65所。新建农村幼儿园12所。",
    ], ["地区生产总值增长12%以上。"]);
    expect(x.figures.filter((f) => f.metric === "kindergartens_built").map((f) => f.value)).toEqual([12]);
  });

  it("but verbs of building listed before the last item name one kind of work: 新建、改扩建幼儿园项目20个 counts the kindergartens", () => {
    const x = fixture(["新建、改扩建幼儿园项目20个。"], ["地区生产总值增长12%以上。"]);
    expect(x.figures.filter((f) => f.metric === "kindergartens_built").map((f) => f.value)).toEqual([20]);
  });
});

describe("a bound set for each of the place's districts (Liaoning 2011)", () => {
  it("is no figure of the place: 每个城区财政一般预算收入都要达到3亿元以上", () => {
    const x = fixture(["地方财政一般预算收入2004.8亿元。"], [
      "地方财政一般预算收入增长15%。",
      "加快推进城区区划调整和下放城区管理权限，全面完成第一个城区经济三年倍增计划。每个城区财政一般预算收入都要达到3亿元以上。",
    ]);
    expect(quoting(x, "每个城区").map((f) => f.metric)).toEqual([null]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue").map((f) => f.value)).toEqual([2004.8]);
  });
});

describe("the place's districts made the subject of a clause inside a longer sentence (Liaoning 2011)", () => {
  it("the next statement after the semicolon, naming no subject, is theirs: 56个城区地区生产总值增长17%；财政一般预算收入911亿元", () => {
    const x = fixture([
      "初步核算，全省地区生产总值增长14.1%；地方财政一般预算收入增长26%。",
      "以调整区划和下放管理权限为核心，激发城区经济发展活力，56个城区地区生产总值增长17%；财政一般预算收入911亿元，增长24%。",
    ], ["地区生产总值增长11%。"]);
    expect(quoting(x, "911亿元").map((f) => f.metric)).toEqual([null, null]);
    expect(quoting(x, "17%").filter((f) => f.value === 17).map((f) => f.metric)).toEqual([null]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue_growth").map((f) => f.value)).toEqual([26]);
  });
});

describe("a part told as one of the whole the statement gave first", () => {
  it("the statement after the semicolon goes back to the whole: …增长8%，其中5个县区生产总值增长10%以上；财政一般预算收入60亿元", () => {
    const x = fixture([
      "全市生产总值完成850亿元，增长8%，其中5个县区生产总值增长10%以上；财政一般预算收入60亿元，增长9%。",
    ], ["地区生产总值增长7%。"]);
    expect(quoting(x, "60亿元").filter((f) => f.value === 60).map((f) => f.metric)).toEqual(["budget_revenue"]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue_growth").map((f) => f.value)).toEqual([9]);
  });
});

describe("a development belt made the subject of its own measure (Shaanxi 2002)", () => {
  it("the subjectless clause after it is the belt's: 今年高新开发带技工贸总收入力争达到560亿元，实现工业增加值140亿元 gives no industry value added of the province", () => {
    const x = fixture(["全年完成技改投资138亿元，比上年增长1.5％。"], [
      "加快阎良飞机城建设。今年高新开发带技工贸总收入力争达到560亿元，实现工业增加值140亿元。",
      "全省工业增加值增长10%。",
    ]);
    expect(quoting(x, "140亿元").filter((f) => f.value === 140).map((f) => f.metric)).toEqual([null]);
    expect(x.figures.filter((f) => f.metric === "industry_value_added_growth").map((f) => f.value)).toEqual([10]);
  });
});

describe("a zone's firms, counted, made the subject of their own measure (Kaifeng 2016)", () => {
  it("are the zone's: 集聚区内494家规模以上工业企业完成增加值350亿元，增长12.9% gives no industry value added of the city", () => {
    const x = fixture([
      "工业投资完成707.6亿元，同比增长19.0%；集聚区内494家规模以上工业企业完成增加值350亿元，增长12.9%，拉动规模以上工业增加值增长8.9个百分点。",
    ], ["地区生产总值增长8%。"]);
    expect(quoting(x, "350亿元").filter((f) => f.value === 350).map((f) => f.metric)).toEqual([null]);
    expect(quoting(x, "增长12.9%").filter((f) => f.value === 12.9).map((f) => f.metric)).toEqual([null]);
  });
});

describe("districts named at work in the clause before a bare economy (Lanzhou 2026)", () => {
  it("make its size theirs, no GDP of the place: 靶向推动城关区率先发展，经济总量超过1300亿元", () => {
    const x = fixture([
      "五年来，我们积极践行新发展理念。全市地区生产总值预计年均增长4.3%，总量超过3900亿元。三县五区竞相出彩。靶向推动城关区率先发展，经济总量超过1300亿元，稳居全省第一、全国百强；加快七里河区转型发展、西固区裂变发展，总量分别跨过600亿元、500亿元大关；支持安宁区创新发展、榆中县融合发展，总量分别突破300亿元、200亿元。",
    ], ["地区生产总值增长5%。"]);
    expect(x.figures.filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([3900]);
    expect(x.figures.filter((f) => f.unit === "亿元" && f.value !== 3900).map((f) => f.value)).toEqual([1300, 600, 500, 300, 200]);
  });
});

describe("a deficit turned into a surplus (Xiamen 2000: 外汇结售汇由上年的逆差5.22亿美元转为顺差6.58亿美元)", () => {
  it("reads the old deficit as a baseline, the surplus as the result", () => {
    const rules = (text: string) => excludedSpans(text).filter((e) => e.rule === "baseline").map((e) => text.slice(e.start, e.end));
    expect(rules("厦门关区税收净增30.5亿元，增长1.36倍，外汇结售汇由上年的逆差5.22亿美元转为顺差6.58亿美元。")).toEqual(["5.22亿美元"]);
    const e = fixture(["外汇结售汇由上年的逆差5.22亿美元转为顺差6.58亿美元。"], ["地区生产总值增长6%。"]);
    expect(e.figures.filter((f) => f.unit === "亿美元").map((f) => [f.kind, f.value, f.label_zh])).toEqual([["result", 6.58, "外汇结售汇"]]);
  });
});

describe("a population sample survey named by its share (Zhuzhou 2025: 高质量开展全国1%人口抽样调查)", () => {
  it("is the survey's name, no rate of the place", () => {
    const text = "持续做好保交楼、保交房后续管理。高质量开展全国1%人口抽样调查。";
    expect(excludedSpans(text).filter((e) => e.rule === "set-name").map((e) => text.slice(e.start, e.end))).toEqual(["1"]);
    const x = fixture(["全市地区生产总值增长5.7%左右。"], [text]);
    expect(x.figures.filter((f) => f.kind === "target")).toEqual([]);
  });
});

describe("a tax policy named by its rate (Haikou 2023: 扩大两个15%所得税政策享惠面)", () => {
  it("is the policy's name, no target of the plan year nor a share of the year before", () => {
    const plan = "扩大两个15%所得税政策享惠面。加快国际贸易、保税维修、融资租赁等业态跨越发展。";
    expect(excludedSpans(plan).filter((e) => e.rule === "set-name").map((e) => plan.slice(e.start, e.end))).toEqual(["15"]);
    const x = fixture(["15%所得税政策个人、企业享惠面分别增长100%和16.6%。"], [plan]);
    expect(x.figures.filter((f) => f.kind === "target")).toEqual([]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([
      [100, "%"],
      [16.6, "%"],
    ]);
  });
});

describe("a range of money right before the firms it sizes (Ganzhou 2024: 新增营收50亿—100亿元企业5家、超百亿元企业2家)", () => {
  it("is the class the count numbers, no amount; the count is labelled with its class", () => {
    const text = "实施“链主”企业培育计划，新增营收50亿—100亿元企业5家、超百亿元企业2家。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toContain("50亿—100亿元");
    const x = fixture(["全年GDP增长5.3%。"], [text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.min, f.max, f.unit, f.label_zh])).toEqual([
      [5, null, null, "家", "新增营收50亿—100亿元企业"],
      [2, null, null, "家", "新增超百亿元企业"],
    ]);
  });
});

describe("the figures of a long-range vision a clause works toward (Tongren 2024: 围绕中心城区100万人口、100平方公里建成区面积“双百城市”远景目标)", () => {
  it("are what the place is to become some day, no target of the plan year; the plan year's own after them stay", () => {
    const text = "围绕中心城区100万人口、100平方公里建成区面积“双百城市”远景目标，坚持以城促产、以产兴城、以业聚人，稳步建新城、疏老城。实现中心城区常住人口49万人、首位度提高至24%以上。";
    expect(excludedSpans(text).filter((e) => e.rule === "vision").map((e) => text.slice(e.start, e.end))).toEqual(["100", "100"]);
    const x = fixture(["全年GDP增长3.6%。"], ["地区生产总值增长6%左右。" + text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["6%", "49万人", "24%"]);
  });
});

describe("a bare magnitude right before the firms it sizes and their count (Liangshan 2014: 新增百亿企业1户、50亿企业2户、10亿企业3户)", () => {
  it("is the class the count numbers, no amount", () => {
    const text = "加快企业培育，重点发展30户科技型优势企业，新增百亿企业1户、50亿企业2户、10亿企业3户，培育中小企业100户。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["50亿", "10亿"]);
    const x = fixture(["全年GDP增长10.2%。"], ["地区生产总值增长10%。" + text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => `${f.value}${f.unit}`)).toEqual(["10%", "30户", "1户", "2户", "3户", "100户"]);
  });
});

describe("a bare magnitude after a threshold word, before the projects or firms it bounds (Jining 2025: 突出抓好10个超百亿、30个超30亿大项目)", () => {
  it("is the size class of the things counted, alone or in a list of thresholds, no amount", () => {
    const text = "全速推进1100个省市县重点项目，突出抓好10个超百亿、30个超30亿大项目。再招引一批投资过50亿、过百亿大项目。营收过10亿生产性服务业企业达到7家以上。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["百亿", "30亿", "50亿", "百亿", "10亿"]);
    const x = fixture(["全年GDP增长6%。"], ["地区生产总值增长5.5%以上。" + text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["5.5%", "1100个", "10个", "30个", "7家"]);
  });

  it("but not an amount in yuan, nor a bare magnitude a comma parts from the projects", () => {
    const text = "全年完成投资超过300亿，重点项目进展顺利。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute")).toEqual([]);
  });
});

describe("an amount in yuan after a threshold word, right before a count of the firms it sizes (Lu'an 2016: 主营业务收入超百亿元企业2-3家，超10亿元30-40家)", () => {
  it("is the size class of the firms counted, no amount", () => {
    const text = "财政收入超过205亿元。主营业务收入超百亿元企业2-3家，超10亿元30-40家。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["10亿元"]);
    const x = fixture(["全年GDP增长7%。"], ["地区生产总值增长7.5%左右。" + text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["7.5%", "205亿元", "2家", "30家"]);
  });

  it("but not an amount a comma parts from the count", () => {
    const text = "营业收入超过10亿元，新增规上企业30家。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute")).toEqual([]);
  });
});

describe("a magnitude after a count and a threshold word (Xiaogan 2021: 7个省级重点产业集群1个过500亿、4个过百亿元)", () => {
  it("is the size class of the things counted, no amount", () => {
    const text = "传统产业技改扩能，战略性新兴产业茁壮成长，7个省级重点产业集群1个过500亿、4个过百亿元。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toEqual(["500亿", "百亿元"]);
    const x = fixture(["地区生产总值增长4%。" + text], ["地区生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => `${f.value}${f.unit}`)).toEqual(["4%", "7个", "1个", "4个"]);
  });
});

describe("sizes of villages joined before 的 and their kind (Yancheng 2023: 全市集体经营性收入30万元以上、50万元以上的村分别达100%和50%)", () => {
  it("are the classes the shares are of, no income: the shares are the records", () => {
    const text = "开展强村富民帮促行动，全市集体经营性收入30万元以上、50万元以上的村分别达100%和50%。";
    expect(excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end))).toContain("30万元以上、50万元以上");
    const x = fixture(["全年GDP增长4.5%左右。"], ["地区生产总值增长6.5%左右。" + text]);
    expect(x.figures.filter((f) => f.kind === "target").map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["6.5%", "100%", "50%"]);
  });
});

describe("a research institute named by its number after its shipbuilding group (Luoyang 2022: 中国船舶725所填补我国海底实验站钛合金框架制造技术空白)", () => {
  it("is a name, no count of schools", () => {
    const x = fixture(["地区生产总值增长4.8%。“三大改造”实现规上工业企业全覆盖，中国船舶725所填补我国海底实验站钛合金框架制造技术空白，4家企业荣获中国质量奖提名奖。"], ["地区生产总值增长7%。"]);
    expect(x.figures.map((f) => `${f.value}${f.unit}`)).toEqual(["4.8%", "4家", "7%"]);
  });
});

describe("a research institute named by its number after its group named as such (Changzhi 2023: 支持兵器集团207所建设特种计算机创新中心和科技成果转化中心)", () => {
  it("is a name, no count of schools", () => {
    const x = fixture(["地区生产总值增长7.2%。"], ["地区生产总值增长7%以上。支持兵器集团207所建设特种计算机创新中心和科技成果转化中心，推动长治中关村信息谷创新基地建设。完成1787个5G基站建设。"]);
    expect(x.figures.map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["7.2%", "7%", "1787个"]);
  });
});

describe("a height names the coke ovens of that make (Changzhi 2023: 淘汰4座4.3米焦炉；全部关停4.3米焦炉)", () => {
  it("is no length; the count of ovens before it stays", () => {
    const x = fixture(["地区生产总值增长7.2%。持续推进钢铁、焦化等行业节能减排，淘汰4座4.3米焦炉，重污染天气比例降至0.27%。"], ["地区生产总值增长7%以上。推动4个“上大关小”项目建成投产，全部关停4.3米焦炉，先进产能达到90%以上。"]);
    expect(x.figures.map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["7.2%", "4座", "0.27%", "7%", "4个", "90%"]);
  });
});

describe("a month inside a label is no stray digit (Dazhou 2022: 确保金垭机场5月正式通航、开通航线20条以上)", () => {
  it("keeps the month's digit in the label, and leaves out a month a change is told from (Guangdong 2010)", () => {
    const x = fixture(["地区生产总值增长6%。"], ["全速推进项目建设。确保金垭机场5月正式通航、开通航线20条以上。"]);
    expect(one(x, "开通航线20条以上", "20条").label_zh).toContain("金垭机场5月正式通航");
    const told = "外贸出口分别由1月下降31.1%转变为12月增长32.3%";
    expect(excludedSpans(told).some((e) => e.rule === "stray-digit" && told.slice(e.start, e.end) === "1")).toBe(true);
    expect(excludedSpans("确保金垭机场5月正式通航").some((e) => e.rule === "stray-digit")).toBe(false);
  });
});

describe("a one-digit first item of a list that shares the last item's unit is no stray digit (Jinan 2005: 分别增长1和0.6个百分点)", () => {
  it("reads both rises, each of its rate", () => {
    const x = fixture(["城市供热普及率43%，城市用气普及率98%，分别增长1和0.6个百分点。"], ["地区生产总值增长14%。"]);
    expect(one(x, "分别增长1和0.6个百分点", "1")).toMatchObject({ value: 1, unit: "个百分点", label_zh: "城市供热普及率增长" });
    expect(one(x, "分别增长1和0.6个百分点", "0.6个百分点")).toMatchObject({ value: 0.6, label_zh: "城市用气普及率增长" });
  });
});

describe("firms counted by 户 with 以上 are no class (Liupanshui 2016: 新增1200户以上企业市场主体及80户以上规上企业)", () => {
  it("reads the firms added as figures, while households still size a village", () => {
    const x = fixture(["地区生产总值增长6%。"], ["新增1200户以上企业市场主体及80户以上规上企业。对20户以上自然村实施通组硬化路建设。"]);
    expect(one(x, "新增1200户以上企业市场主体", "1200户")).toMatchObject({ value: 1200, unit: "户", qualifier: "at_least" });
    expect(one(x, "80户以上规上企业", "80户")).toMatchObject({ label_zh: "规上企业", value: 80, qualifier: "at_least" });
    expect(quoting(x, "20户以上自然村")).toEqual([]);
  });
});

describe("households sizing villages with 规模以上, or in a list of sizes before the villages, are no figure (Hubei 2019, Gansu 2018)", () => {
  it("keeps 20户规模以上村组 and 30户以上、其他地区50户以上的自然村 out, while the road length stays", () => {
    const x = fixture(
      ["还有8万公里深度贫困地区30户以上、其他地区50户以上的自然村村组道路需要硬化。"],
      ["新建改建农村公路2万公里，力争20户规模以上村组通达硬化路。"],
    );
    expect(quoting(x, "20户规模以上村组")).toEqual([]);
    expect(x.figures.filter((f) => f.unit === "户")).toEqual([]);
    expect(one(x, "新建改建农村公路2万公里", "2万公里")).toMatchObject({ value: 2, unit: "万公里" });
  });
});

describe("a total investment after a count of projects, 的 left out, is no size class (Huangshi 2014)", () => {
  it("reads 总投资2237亿元 as the amount of the 716 projects, while a size class before projects stays out", () => {
    const x = fixture(
      ["地区生产总值增长6%。"],
      ["继续实行项目建设专题推进机制，加快推进716个、总投资2237亿元导向性计划项目，确保正威电子信息产业园等395个、总投资1177亿元的在建项目顺利实施。新开工10亿元重大项目。"],
    );
    expect(one(x, "总投资2237亿元导向性计划项目", "2237亿元")).toMatchObject({ label_zh: "总投资", value: 2237, unit: "亿元" });
    expect(one(x, "总投资1177亿元的在建项目", "1177亿元")).toMatchObject({ value: 1177, unit: "亿元" });
    expect(quoting(x, "10亿元重大项目")).toEqual([]);
  });
});

describe("the people of the place who stood together (Yangquan 2023: 131万阳泉人民风雨同舟、共克时艰)", () => {
  it("is no figure", () => {
    const x = fixture(["地区生产总值增长4.4%。在这场艰苦卓绝的抗疫斗争中，131万阳泉人民风雨同舟、共克时艰，每个人都出了力。"], ["地区生产总值增长6%左右。"]);
    expect(x.figures.filter((f) => f.value === 131)).toEqual([]);
  });
});

describe("a grant named right after its sum (分别给予最高500万元和300万元补助, Tianjin 2019)", () => {
  const excluded = (text: string, figure: string) => {
    const at = text.indexOf(figure);
    return exclusionAt(excludedSpans(text), at, at + figure.length);
  };

  it("is the sum given, no class of things the sum sizes", () => {
    const text = "对民营科技领军企业和领军培育企业实施重大创新项目分别给予最高500万元和300万元补助";
    expect(excluded(text, "300")).toBeNull();
    expect(excluded("今年继续拿出8100万元兑现奖励政策", "8100")).toBeNull();
  });

  it("but a rate of aid per head or per month, or a standard set, stays out", () => {
    expect(excluded("对200名贫困学龄前残疾儿童给予每人1万元康复训练补助", "1")).not.toBeNull();
    expect(excluded("高校毕业生进企就业每月享受1500元补助", "1500")).not.toBeNull();
    expect(excluded("全面落实城镇居民医疗保险和新农合240元补助标准", "240")).not.toBeNull();
  });

  it("gives each firm of the list its own sum", () => {
    const x = fixture(
      ["地区生产总值增长6%。"],
      ["全面提升民营企业核心竞争力，对民营科技领军企业和领军培育企业实施重大创新项目分别给予最高500万元和300万元补助，强化知识产权创造、保护和运用。"],
    );
    expect(one(x, "分别给予最高500万元和300万元补助", "300万元")).toMatchObject({ value: 300, unit: "万元" });
  });
});

describe("old values a month's and a year's after their year (Tai'an 2016: 城乡低保标准分别由2010年的月均267.5元、年均1225元，提高到499元和3350元)", () => {
  it("are baselines, both of them: the standards raised to are the figures", () => {
    const x = fixture(["地区生产总值增长7%。城乡低保标准分别由2010年的月均267.5元、年均1225元，提高到499元和3350元。"], ["地区生产总值增长7.5%。"]);
    expect(quoting(x, "城乡低保标准").map((f) => `${f.value}${f.unit}`)).toEqual(["499元", "3350元"]);
  });
});

describe("a count merged and cut from an old number to a new one (Zhongwei 2016: 审批事项由229项合并压减为80项)", () => {
  it("keeps the old number as the baseline: the new number alone is a figure, labelled by the thing cut", () => {
    const x = fixture(["地区生产总值增长6%。深化行政审批制度改革，审批事项由229项合并压减为80项，减幅达65%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "审批事项由229项合并压减为80项").map((f) => [written(x, f), f.label_zh])).toEqual([["80项", "审批事项"]]);
  });
});

describe("a weight done as a task (Ordos 2023)", () => {
  it("is the amount of the task named after it, no size of a plant (完成…6.96亿吨煤炭保供任务)", () => {
    const x = fixture(["完成6.96亿吨煤炭保供任务；生产天然气295.3亿立方米。"], ["地区生产总值增长6%。"]);
    expect(one(x, "完成6.96亿吨煤炭保供任务", "6.96亿吨")).toMatchObject({ label_zh: "完成煤炭保供任务", value: 6.96, unit: "亿吨", kind: "result" });
    // In the report's sentence, after the places supplied, the amount is found too.
    const whole = fixture(["完成全国25个省区市和区内10个盟市6.96亿吨煤炭保供任务；生产天然气295.3亿立方米。"], ["地区生产总值增长6%。"]);
    expect(quoting(whole, "6.96亿吨").map((f) => written(whole, f))).toContain("6.96亿吨");
    // A plant's capacity before its product stays no figure (`华煤集团60万吨甲醇`), a task or not after it.
    const plant = fixture(["建成华煤集团60万吨甲醇项目，完成年度投资任务。"], ["地区生产总值增长6%。"]);
    expect(quoting(plant, "60万吨").map((f) => written(plant, f))).not.toContain("60万吨");
  });
});

describe("an amount invested named the aim for that investment (Inner Mongolia 2022)", () => {
  it("is the plan year's amount of the investment named, no size of a target (全力完成5200亿元固定资产投资目标)", () => {
    const x = fixture(
      ["地区生产总值增长6.3%。"],
      ["地区生产总值增长6%左右。采取超常举措强化要素保障、做好前期工作，全力完成5200亿元固定资产投资目标。"],
    );
    expect(one(x, "全力完成5200亿元固定资产投资目标", "5200亿元")).toMatchObject({
      kind: "target",
      year: 2020,
      metric: "fixed_investment",
      label_zh: "完成固定资产投资",
      value: 5200,
      unit: "亿元",
    });
  });
});

describe("an amount right before the aim it is, closing its clause (Benxi 2021)", () => {
  it("keeps the last of three amounts aimed at, its 目标 no noun it sizes (…储备项目投资规模1000亿元目标)", () => {
    const clause = "力争实现开工建设项目投资规模1000亿元、开展前期工作项目投资规模1000亿元、储备项目投资规模1000亿元目标";
    const x = fixture(["地区生产总值同比增长1.1%。"], ["地区生产总值增长6%以上。" + clause + "。"]);
    expect(quoting(x, clause).map((f) => [f.label_zh, f.value, f.unit, f.kind])).toEqual([
      ["开工建设项目投资规模", 1000, "亿元", "target"],
      ["开展前期工作项目投资规模", 1000, "亿元", "target"],
      ["储备项目投资规模", 1000, "亿元", "target"],
    ]);
  });
  it("takes no aim alone that may be of a later plan (Pingliang 2025: 锚定经济总量1100亿元目标，科学谋划“十五五”发展)", () => {
    const text = "锚定经济总量1100亿元目标，科学谋划“十五五”发展。";
    expect(exclusionAt(excludedSpans(text), text.indexOf("1100"), text.indexOf("1100") + 4)).toBe("attribute");
  });
  it("still sizes the projects a bare amount is followed by (10亿元项目)", () => {
    const text = "新开工10亿元项目12个。";
    expect(exclusionAt(excludedSpans(text), text.indexOf("10"), text.indexOf("10") + 2)).toBe("attribute");
  });
});

describe("four digits before the next item of a list that shares the last one's unit (Hainan 2021: 产值突破4000、2000和500亿元)", () => {
  it("2000 is an amount in 亿元, no year; a list of years stays years", () => {
    const x = fixture([], ["做强数字经济、石油化工新材料、现代生物医药等三个战略性新兴产业能级，产值突破4000、2000和500亿元，数字经济年均增长30%以上。"]);
    expect(quoting(x, "产值突破").filter((f) => f.unit === "亿元").map((f) => [written(x, f), f.value])).toEqual([
      ["4000", 4000],
      ["2000", 2000],
      ["500亿元", 500],
    ]);
    const years = excludedSpans("2018、2019年各确定12个，2019、2020两年压减焦化产能1090万吨。").filter((s) => s.rule === "year");
    expect(years.map((s) => [s.start, s.end])).toEqual(expect.arrayContaining([[0, 4], [17, 21]]));
  });
});

describe("four digits a space apart from their unit, as a PDF writes them (Yulin 2014: 实现规模以上工业增加值 1901 亿元，增长 9.6%)", () => {
  it("are an amount, no year, the growth after it its own; a year a space before 年 stays a year", () => {
    const text = "精甲醇 158 万吨，增长 19.3% ；实现规模以上工业增加值 1901 亿元，增长 9.6% 。";
    expect(excludedSpans(text).filter((s) => s.rule === "year")).toEqual([]);
    const x = fixture([text], ["生产总值增长8%。"]);
    expect(quoting(x, "1901").map((f) => [written(x, f), f.metric])).toEqual([
      ["1901 亿元", "industrial_value_added"],
      ["9.6%", "industrial_value_added_growth"],
    ]);
    const year = "比 2012 年提高了 1.3 个百分点。";
    expect(exclusionAt(excludedSpans(year), 2, 6)).toBe("year");
  });
});

describe("voltage classes listed before the word they share (Zhangye 2017: 新建330、110千伏变电站10座)", () => {
  it("are no figures, neither the first nor the last: the substations counted are", () => {
    const x = fixture(["生产总值增长7%。"], ["生产总值增长8%。新建330、110千伏变电站10座。"]);
    expect(quoting(x, "千伏变电站").map((f) => [f.value, f.unit, f.label_zh])).toEqual([[10, "座", "新建330、110千伏变电站"]]);
  });
});

describe("the people whose dreams a plan bears (Zhangye 2017: 承载着130万张掖人民的梦想和荣光)", () => {
  it("are no figure, the place's first character no measure word", () => {
    const x = fixture(["生产总值增长7%。"], ["生产总值增长8%。新的征程承载着130万张掖人民的梦想和荣光。"]);
    expect(quoting(x, "张掖人民")).toEqual([]);
  });
});

describe("a size class or an aperture that names the thing built (Guizhou 2008)", () => {
  it("is no count and no length: 4座级通用飞机, 500米口径球面射电望远镜", () => {
    const x = fixture(["国家大科学工程500米口径球面射电望远镜项目落户我省。"], ["以国际合作研制4座级通用飞机为突破口，重点发展30座级通用飞机，启动建设贵州区域通用航空网络。", "建成400个村级农民体育健身场地。"]);
    expect(x.figures.map((f) => f.value)).toEqual([400]);
  });
});

describe("a distance that names a sporting event (Tieling 2023: 运动员宋布寒获世锦赛男子10米气步枪团体银牌)", () => {
  it("is no length; the figures beside it stay", () => {
    const x = fixture(["组织开展群众文化活动160余场，演员张春丰获得中国曲艺牡丹奖表演奖，运动员宋布寒获世锦赛男子10米气步枪团体银牌。"], ["地区生产总值增长6%左右。新建和改造口袋公园30个。"]);
    expect(x.figures.map((f) => `${f.value ?? f.min}${f.unit}`)).toEqual(["160场", "6%", "30个"]);
  });
});

describe("the people of the place who look to the government, in a verb of their own (Lvliang 2016: 380 万吕梁人民期盼着我们)", () => {
  it("is no figure", () => {
    const x = fixture(["地区生产总值增长4.4%。"], ["地区生产总值增长6%左右。全面建成小康社会的宏伟蓝图鼓舞着我们，380 万吕梁人民期盼着我们。"]);
    expect(x.figures.filter((f) => f.value === 380)).toEqual([]);
  });
});

describe("an old rate brought down to zero, the zero said in words (Lasa 2021: 贫困发生率从2015年的14.2%到实现动态清零)", () => {
  it("is a baseline, no result of the year: the report's other figures stand", () => {
    const x = fixture(["历史性消除绝对贫困，贫困发生率从2015年的14.2%到实现动态清零，242个贫困村（居）全部退出。"], ["地区生产总值增长9%左右。"]);
    expect(quoting(x, "贫困").map((f) => [f.value, f.unit])).toEqual([[242, "个"]]);
  });
});

describe("old values listed each with the span per head it is for (Tangshan 2012: 由每人每月310元、每人每年1540元分别提高至363元和1900元)", () => {
  it("are baselines, both: the new standards are the figures, each labelled by its part", () => {
    const x = fixture(["城乡低保标准由每人每月310元、每人每年1540元分别提高至363元和1900元，保障水平居全省首位。"], ["地区生产总值增长11%。"]);
    expect(quoting(x, "低保").map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [363, "元", "城镇低保标准"],
      [1900, "元", "农村低保标准"],
    ]);
  });
});

describe("an old value an amount a day (Baotou 2022: 进京高铁客运量由每天2880人增至5200人)", () => {
  it("is a baseline: the new amount is the figure", () => {
    const x = fixture(["进京高铁客运量由每天2880人增至5200人，新增国内航线14条。"], ["地区生产总值增长8%左右。"]);
    expect(quoting(x, "客运量").map((f) => [f.value, f.unit])).toEqual([[5200, "人"]]);
  });
});

describe("a rated output a year or a day before 的 and the facilities it rates (Bayannaoer 2015: 建成5个年出栏10万只以上的肉羊养殖园区)", () => {
  it("is the class of each, no figure; the count of the facilities stays", () => {
    const x = fixture(["建成5个年出栏10万只以上的肉羊养殖园区。建设日处理500吨的垃圾焚烧发电厂2座。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.year === 2019).map((f) => [f.value, f.unit])).toEqual([[5, "个"], [2, "座"]]);
  });

  it("so is one before the goods and the project or line it rates, no 的 between (Huangshi 2022: 闻泰科技年产1000万台笔记本电脑项目开工建设)", () => {
    const x = fixture(["闻泰科技年产1000万台笔记本电脑项目开工建设，建成年产20亿剂重组新冠疫苗生产线。粮食年产100万吨，工业增加值增长5%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "项目开工")).toEqual([]);
    expect(quoting(x, "生产线")).toEqual([]);
    expect(one(x, "粮食年产100万吨", "100万吨").value).toBe(100);
  });

  it("but an aim of output stays a figure (Anqing 2019: 力争落实年产8万辆的计划)", () => {
    const x = fixture([], ["江淮新能源汽车力争落实年产8万辆的计划。"]);
    expect(quoting(x, "8万辆").map((f) => f.value)).toEqual([8]);
  });
});

describe("a weight of a raw material cut after a verb of cutting (Langfang 2014: 我市要压减412万吨铁、170万吨钢、450万吨煤)", () => {
  it("is the capacity cut, labelled by the material, while a plant's size stays out", () => {
    const x = fixture(["地区生产总值增长9%。"], ["到2017年，我市要压减412万吨铁、170万吨钢、450万吨煤，任务十分艰巨。建成华煤集团60万吨甲醇项目。"]);
    expect(quoting(x, "万吨").map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [412, "万吨", "我市要压减铁"],
      [170, "万吨", "钢"],
      [450, "万吨", "煤"],
    ]);
  });
});

describe("a count before kinds of sections joined by 、 inside the noun of their rate (Baoshan 2025: 22个国控、省控断面水质优良率100%)", () => {
  it("says what the rate is of, no figure of its own", () => {
    const x = fixture(["22个国控、省控断面水质优良率100%。１１个国、省考断面达标率１００％。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.unit === "个")).toEqual([]);
    expect(quoting(x, "省考").map((f) => f.label_zh)).toEqual(["国考断面达标率", "省考断面达标率"]);
  });

  it("but a count before a list of things and their rates stays (累计完成8985个自然村、覆盖率达82.4%; 城镇新增就业1.66万人、调查失业率控制在5.5%以内)", () => {
    const x = fixture(["累计完成8985个自然村、覆盖率达82.4%。20个国考断面水质全部达标、优良率90%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "个").filter((f) => f.unit === "个").map((f) => f.value)).toEqual([8985, 20]);
  });
});

describe("the share of the world's land or people a country has (State Council 1996: 我国以占世界7%的耕地，养育着世界22%的人口)", () => {
  it("is no figure of the country's, nor a target; the task after it is", () => {
    const x = nationFixture([], ["我国以占世界7%的耕地，养育着世界22%的人口，粮食生产有特殊的重要性。2000年粮食总产量要保证达到4900亿公斤。"]);
    expect(x.figures.map((f) => f.value)).toEqual([4900]);
    // A share the country's output reaches is its figure.
    const y = nationFixture(["我国钢产量占世界的50%。"], []);
    expect(y.figures.map((f) => f.value)).toEqual([50]);
  });
});

describe("loans named before their amount, then the work they bring about (Bortala 2016: 发放养殖业保证保险贷款9605万元带动养殖户1369户)", () => {
  it("are the amount lent, no size of what follows, and the households stay", () => {
    const x = fixture(["发放养殖业保证保险贷款9605万元带动养殖户1369户，新建规模化养殖场53个。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "贷款").map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [9605, "万元", "发放养殖业保证保险贷款"],
      [1369, "户", "带动养殖户"],
    ]);
  });
});

describe("a research institute named by its number in a list of bases (Tongchuan 2021: 航天一院检测基地、618所无人机试飞研产基地、智星空间卫星总装集成测试工厂等项目)", () => {
  it("is a name, no count of 618 schools", () => {
    const x = fixture(["生产总值增长5%。"], ["生产总值增长7%左右。开工建设深蓝航天液体火箭动力系统试验基地、科工六院装备生产基地、航天一院检测基地、618所无人机试飞研产基地、智星空间卫星总装集成测试工厂等项目。"]);
    expect(x.figures.filter((f) => f.value === 618)).toEqual([]);
  });

  it("but schools counted before a base of theirs stay (建设15所职业院校实训基地)", () => {
    const x = fixture(["生产总值增长5%。"], ["生产总值增长7%左右。建设15所职业院校实训基地、3个产业园。"]);
    expect(one(x, "建设15所职业院校实训基地", "15所")).toMatchObject({ value: 15, unit: "所" });
  });
});

describe("the townspeople of the place standing together, or more than a number of its people (Taiyuan 2023: ５３９万太原市民风雨同舟; Chengdu 2023: 与2100多万市民一起)", () => {
  it("are no figure", () => {
    const x = fixture(["５３９万太原市民风雨同舟、守望相助。2100多万市民同舟共济。"], ["与440多万兰州人民一道，地区生产总值增长8%。"]);
    expect(x.figures.map((f) => f.value)).toEqual([8]);
  });
});

describe("sizes of clusters each after its threshold word (Hebei 2021: 新增营业收入超50亿元、超100亿元产业集群6个和4个)", () => {
  it("are the classes of the clusters counted, no amount, each count labelled by its class", () => {
    const attributes = (text: string) => excludedSpans(text).filter((e) => e.rule === "attribute").map((e) => text.slice(e.start, e.end));
    expect(attributes("新增营业收入超50亿元、超100亿元产业集群6个和4个。")).toContain("50亿元、超100亿元");
    const x = fixture(["生产总值增长3.9%。"], ["生产总值增长6.5%。加快提升107个省级县域特色产业集群竞争力，新增营业收入超50亿元、超100亿元产业集群6个和4个。"]);
    expect(x.figures.filter((f) => f.unit === "亿元")).toEqual([]);
    expect(quoting(x, "产业集群6个和4个").map((f) => [f.value, f.label_zh])).toEqual([
      [6, "新增营业收入超50亿元产业集群"],
      [4, "超100亿元产业集群"],
    ]);
  });
});

describe("a rate bounding the villages a count before it numbers (Hebei 2021: 1073个空置率50%以上的“空心村”全部搬迁整治)", () => {
  it("is which villages are meant, no rate of the place's, a range too (完成631个农宅空置率30%—50%的“空心村”治理)", () => {
    const x = fixture(
      ["农村人居环境整治三年行动任务圆满完成，1073个空置率50%以上的“空心村”全部搬迁整治。"],
      ["生产总值增长6.5%。新改造农村户用卫生厕所100万座以上，完成631个农宅空置率30%—50%的“空心村”治理，建设改造农村公路7500公里。"],
    );
    expect(x.figures.filter((f) => f.unit === "%" && f.metric !== "gdp_growth")).toEqual([]);
    expect(x.figures.map((f) => f.value)).toEqual([6.5, 100, 7500]);
  });

  it("but a rate the villages reach stays (贫困村贫困发生率降至3%以下)", () => {
    const x = fixture(["全市120个贫困村贫困发生率降至3%以下。"], ["生产总值增长6.5%。"]);
    expect(x.figures.map((f) => f.value)).toContain(3);
  });
});

describe("the months of the year so far, opening a clause (Henan 2017: 前11个月国有控股工业企业利润增长1.6倍)", () => {
  it("are the span the figure covers, no figure of their own", () => {
    const x = fixture(["36户企业混合所有制改革扎实开展，前11个月国有控股工业企业利润增长1.6倍，安钢全年扭亏为盈。"], ["地区生产总值增长7%。"]);
    expect(quoting(x, "前11个月").map((f) => written(x, f))).toEqual(["1.6倍"]);
  });
});

describe("the people described before the place's name (Yangjiang 2023: 还有300万努力拼搏的阳江人民，正汇聚成…磅礴力量)", () => {
  it("is no target, but an institution named after the people keeps its amount", () => {
    const x = fixture(["地区生产总值增长3%。"], [
      "地区生产总值增长5.5%。",
      "一条条车水马龙的街道，一个个欣欣向荣的乡村，一家家生机勃勃的企业，还有300万努力拼搏的阳江人民，正汇聚成推动阳江阔步迈向现代化的磅礴力量！",
      "投资3000万元的县人民医院建成投用。",
    ]);
    expect(quoting(x, "阳江人民")).toEqual([]);
    expect(quoting(x, "人民医院").map((f) => written(x, f))).toEqual(["3000万元"]);
  });
});

describe("the size of the school classes done away with (Meizhou 2020: 基本消除义务教育阶段56人以上大班额)", () => {
  it("is no figure; the school places added in the clause before stay", () => {
    const x = fixture(["地区生产总值增长3%。"], ["地区生产总值增长5%。", "新建和改扩建一批中小学校，年内新增1.8万中小学学位，基本消除义务教育阶段56人以上大班额。"]);
    expect(quoting(x, "大班额")).toEqual([]);
    expect(one(x, "新增1.8万中小学学位", "1.8万")).toMatchObject({ kind: "target", year: 2020 });
  });
});

describe("the dead that size a class of accidents (Zhanjiang 2016: 连续7年未发生死亡10人以上重特大事故)", () => {
  it("is no figure; the people a task reaches stay", () => {
    const x = fixture(["连续7年未发生死亡10人以上重特大事故，未发生一次死亡3人以上非生产经营性事故。培训安全生产人员10000人以上。"], ["地区生产总值增长5%。"]);
    expect(quoting(x, "事故")).toEqual([]);
    expect(one(x, "培训安全生产人员10000人以上", "10000人").qualifier).toBe("at_least");
  });
});

describe("the articles of a policy the clause carries out (Henan 2017: 深入落实中央八项规定精神及省委、省政府20条意见; Nei Mongol 2005: 认真贯彻自治区服务业发展纲要和60条优惠政策)", () => {
  const named = (text: string) => excludedSpans(text).filter((e) => e.rule === "set-name").map((e) => text.slice(e.start, e.end));

  it("name the policy, no count", () => {
    expect(named("深入落实中央八项规定精神及省委、省政府20条意见")).toEqual(["20"]);
    expect(named("认真贯彻自治区服务业发展纲要和60条优惠政策")).toEqual(["60"]);
    expect(named("落实大气污染防治30条措施")).toEqual(["30"]);
  });

  it("but measures issued are a count", () => {
    expect(named("出台稳增长20条措施")).toEqual([]);
    expect(named("落实资金20亿元，出台支持民营经济发展30条措施")).toEqual([]);
  });
});

describe("the place's area as the land its work is done on, and the counties of a ranking (Rizhao 2016)", () => {
  const rules = (text: string) => excludedSpans(text).map((e) => [text.slice(e.start, e.end), e.rule]);

  it("are no figures of the year", () => {
    expect(rules("让高质量发展在5359平方公里的土地上全面展开")).toEqual([["5359", "attribute"]]);
    expect(rules("在全省116个县域单位GDP排名中位列第10位")).toContainEqual(["116", "ranking"]);
  });

  it("but an area built or a county's count stays", () => {
    expect(rules("新增建设用地5.2平方公里")).toEqual([]);
    expect(rules("全省116个县域单位全部通高速")).toEqual([]);
  });
});

describe("a magnitude each of a count of things passes, their output named right after the count (Anhui 2016)", () => {
  it("is the size class of the bases counted, no amount: 其中10个左右产值突破千亿元", () => {
    const x = fixture([], ["重点发展新一代信息技术、智能装备等先进制造业，形成20个左右在国内外有重要影响力的战略性新兴产业集聚发展基地，其中10个左右产值突破千亿元。"]);
    expect(x.figures.filter((f) => f.unit === "亿元").map((f) => f.quote)).toEqual([]);
    expect(x.figures.map((f) => [f.value, f.unit])).toContainEqual([10, "个"]);
  });

  it("but an output of its own stays: 战略性新兴产业产值突破千亿元", () => {
    const x = fixture([], ["战略性新兴产业产值突破千亿元。"]);
    expect(x.figures.filter((f) => f.unit === "亿元").map((f) => f.value)).toEqual([1000]);
  });
});

describe("the parks or a zone made the subject of an earlier clause of the sentence (Wuzhou 2014)", () => {
  it("the parks' output target is no industrial output of the place: 力争园区完成基础设施投资28亿元，完成工业项目投资155亿元，实现工业总产值1900亿元", () => {
    const x = fixture(["完成规模以上工业总产值1745.5亿元。"], [
      "推进宝石集中加工园区规划建设。力争园区完成基础设施投资28亿元，完成工业项目投资155亿元，实现工业总产值1900亿元；建成产值达500亿元以上园区1个。",
      "地区生产总值增长11%，力争12%。",
    ]);
    expect(quoting(x, "1900亿元").filter((f) => f.value === 1900).map((f) => f.metric)).toEqual([null]);
  });

  it("a zone's output is no industrial output of the place: 试验区进驻企业38家，实现规模以上工业总产值94亿元", () => {
    const x = fixture([
      "全市完成规模以上工业总产值1745.5亿元。全力加快粤桂合作特别试验区建设，先行区形成“三园一城”的发展格局，起步区的道路、桥梁等基础设施建设快速推进，试验区进驻企业38家，实现规模以上工业总产值94亿元。",
    ], ["地区生产总值增长11%。"]);
    expect(quoting(x, "94亿元").filter((f) => f.value === 94).map((f) => f.metric)).toEqual([null]);
    expect(x.figures.filter((f) => f.metric === "industrial_output").map((f) => f.value)).toEqual([1745.5]);
  });
});

describe("a top share of a field ranked in (Shenzhen 2025: 新增ESI全球前1‰学科4个、前1%学科16个)", () => {
  it("is a ranking's bracket, no share of the place's; the counts in it stay", () => {
    const ranked = (text: string) => excludedSpans(text).filter((e) => e.rule === "ranking").map((e) => text.slice(e.start, e.end));
    expect(ranked("新增ESI全球前1‰学科4个、前1%学科16个，920名学者入选全球前2%顶尖科学家榜单。")).toEqual(["1", "1", "2"]);
    const x = fixture(["新增ESI全球前1‰学科4个、前1%学科16个，国家创新型城市排名进入全国前30%，研发投入强度达到5.8%。"], ["地区生产总值增长5.5%。"]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([[4, "个"], [16, "个"], [5.8, "%"], [5.5, "%"]]);
    // 前 after a time is "by" it: the share stays (Guangdong 2011).
    expect(ranked("年底前70%以上地市开展统筹城乡居民医疗保险一体化工作。")).toEqual([]);
  });
});
