import { describe, expect, it } from "vitest";
import { dev, fixture, nationFixture, one as oneAt, quoting, real, typed, written } from "./helpers.ts";
import { leadingCut } from "../../../src/lib/figures/verb.ts";
import { paragraphDrafts } from "../../../src/lib/figures/paragraph.ts";

const zw = real("zhongwei-2020");
const sz = real("shizuishan-2020");

/** The one record whose quote ends with `text` (the test fails if there are more or none). */
const one = (e: typeof zw, text: string) => {
  const found = quoting(e, text).filter((f) => f.quote.endsWith(text));
  expect(found, text).toHaveLength(1);
  return found[0]!;
};

describe("single figures in the real reports", () => {
  it("增长6% in a 预计 sentence: an estimated 2019 result, direction up, paired to gdp_growth", () => {
    const f = one(zw, "预计全年地区生产总值增长6%");
    expect(typed(f)).toEqual({
      kind: "result",
      year: 2019,
      base_year: null,
      period: null,
      metric: "gdp_growth",
      label_zh: "地区生产总值增长",
      value: 6,
      min: null,
      max: null,
      unit: "%",
      qualifier: null,
      estimate: true,
      direction: "up",
    });
    expect(written(zw, f)).toBe("6%");
  });

  it("6.5%左右 after 力争: an approximate 2020 target", () => {
    const f = one(zw, "力争地区生产总值增长6.5%左右");
    expect(typed(f)).toMatchObject({ kind: "target", year: 2020, value: 6.5, qualifier: "approx", estimate: false, metric: "gdp_growth" });
  });

  it("6.5%—7%: a range target with min and max and no value", () => {
    const f = one(sz, "地区生产总值增长6.5%—7%");
    expect(typed(f)).toMatchObject({ kind: "target", value: null, min: 6.5, max: 7, unit: "%", qualifier: null, direction: "up" });
    expect(written(sz, f)).toBe("6.5%—7%");
  });

  it("80%以上 / 超过 / 突破: lower bounds", () => {
    expect(typed(one(zw, "空气质量优良天数比例稳定在80%以上"))).toMatchObject({ value: 80, min: 80, max: null, qualifier: "at_least" });
    expect(typed(one(zw, "对经济增长的贡献率超过50%"))).toMatchObject({
      label_zh: "服务业增加值对经济增长的贡献率",
      value: 50,
      min: 50,
      qualifier: "at_least",
      direction: null,
    });
    expect(typed(one(zw, "锰基新材料产值突破100亿元"))).toMatchObject({ value: 100, min: 100, unit: "亿元", qualifier: "at_least" });
    const tourists = one(zw, "力争全年接待游客突破1000万人次");
    expect(typed(tourists)).toMatchObject({ kind: "target", metric: "tourist_arrivals", min: 1000, unit: "万人次", qualifier: "at_least" });
  });

  it("控制在4.5%以内 / 控制在: upper bounds", () => {
    expect(typed(one(zw, "城镇失业登记率控制在4.5%以内"))).toMatchObject({
      kind: "target",
      metric: "registered_unemployment_rate",
      value: 4.5,
      min: null,
      max: 4.5,
      qualifier: "at_most",
    });
    expect(typed(one(zw, "城镇登记失业率控制在3.67%"))).toMatchObject({ kind: "result", metric: "registered_unemployment_rate", max: 3.67 });
    expect(typed(one(zw, "居民消费价格涨幅控制在3%左右"))).toMatchObject({ qualifier: "approx", metric: "cpi_growth" });
  });

  it("不突破 / 不超出: a bound not to be passed is an upper bound, no lower one (Shandong 1996: 人口自然增长率控制在6‰左右，总人口不突破9000万人)", () => {
    const x = fixture(["人口自然增长率为4.67‰。"], ["人口自然增长率控制在6‰左右，总人口不突破9000万人。"]);
    expect(typed(one(x, "总人口不突破9000万人"))).toMatchObject({ kind: "target", label_zh: "总人口", value: 9000, min: null, max: 9000, unit: "万人", qualifier: "at_most" });
  });

  it("预计 covers the rest of its sentence, and nothing before it", () => {
    expect(one(sz, "固定资产投资增长5%左右").estimate).toBe(true);
    expect(one(sz, "地方一般公共预算收入同口径增长3.2%").estimate).toBe(true);
    expect(one(zw, "常态化开行国际班列26列").estimate).toBe(false);
    expect(one(zw, "预计实现进出口总额36亿元，增长40.2%").estimate).toBe(true);
    expect(one(zw, "农业增加值增长3.6%").estimate).toBe(false);
  });

  it("下降19.6% and 下降34个百分点: direction down", () => {
    expect(typed(one(zw, "市本级债务率下降34个百分点"))).toMatchObject({ value: 34, unit: "个百分点", direction: "down" });
    expect(typed(one(zw, "“三公”经费下降14.2%"))).toMatchObject({ value: 14.2, direction: "down", label_zh: "“三公”经费下降" });
  });

  it("units with magnitudes: 853万人次, 70亿元, 1.4万人, 10782户, 317公里, 个工作日", () => {
    expect(typed(one(zw, "全年接待游客达853万人次"))).toMatchObject({ value: 853, unit: "万人次", metric: "tourist_arrivals", direction: null });
    expect(typed(one(zw, "实现旅游总收入70亿元"))).toMatchObject({ value: 70, unit: "亿元", metric: "tourism_revenue" });
    expect(typed(one(sz, "城镇新增就业1.4万人"))).toMatchObject({ value: 1.4, unit: "万人", metric: "urban_jobs_new" });
    expect(typed(one(zw, "新增市场主体10782户"))).toMatchObject({ value: 10782, unit: "户", metric: "new_market_entities" });
    expect(typed(one(zw, "新建改建农村公路317公里"))).toMatchObject({ value: 317, unit: "公里", metric: "rural_road_length" });
  });

  it("a ratio after a baseline: only the new value, 14:43:43, is a result", () => {
    const found = quoting(zw, "三次产业结构");
    expect(found).toHaveLength(1);
    expect(typed(found[0]!)).toMatchObject({ kind: "result", value: [14, 43, 43], unit: ":", estimate: true, label_zh: "三次产业结构" });
    expect(written(zw, found[0]!)).toBe("14:43:43");
  });

  it("由2018年3.84%降至0.61%: the 2018 baseline is dropped, the result goes down", () => {
    const found = quoting(zw, "贫困发生率");
    expect(found.map(typed)).toEqual([expect.objectContaining({ value: 0.61, direction: "down", metric: "poverty_incidence", label_zh: "贫困发生率" })]);
  });

  it("持平: a target of 0 % change for fixed investment", () => {
    const f = one(sz, "固定资产投资持平");
    expect(typed(f)).toMatchObject({ kind: "target", metric: "fixed_investment_growth", value: 0, unit: "%", direction: null });
    expect(written(sz, f)).toBe("持平");
  });

  it("a clause without a subject borrows the one before it: 新增市场主体10782户，增长17.6%", () => {
    const [count, growth] = quoting(zw, "新增市场主体10782户");
    expect(growth!.quote).toBe("新增市场主体10782户，增长17.6%");
    expect(typed(growth!)).toMatchObject({ label_zh: "新增市场主体增长", value: 17.6, direction: "up" });
    expect(count!.label_zh).toBe("新增市场主体");
    expect(typed(one(sz, "同比增长8.7%"))).toMatchObject({ metric: "investment_attracted_growth", label_zh: "招商引资实体项目到位资金同比增长" });
  });

  it("a bare place borrows the indicator before it: …清扫率达到70%，县城达到60%", () => {
    const f = one(sz, "县城达到60%");
    expect(f.label_zh).toBe("县城道路机械化清扫率");
    expect(f.quote).toBe("市辖区建成区道路机械化清扫率达到70%，县城达到60%");
  });

  it("a bare share borrows what the figure before it counts: 全区优良天数311天、比例达85.1%", () => {
    const both = quoting(real("ningxia-2021"), "全区优良天数311天、比例达85.1%");
    expect(both.map((f) => [f.label_zh, f.metric, f.value, f.unit])).toEqual([
      ["全区优良天数", "good_air_days", 311, "天"],
      ["全区优良天数比例", "good_air_days_ratio", 85.1, "%"],
    ]);
    expect(both[1]).toMatchObject({ kind: "result", year: 2020, period: null });
  });

  it("新增 or 增产 after a basis, and 增产 alone after an output, is the rise of the level before it (Hunan 2005: 比年初新增552.5亿元; Jilin 2005: 增产50亿斤)", () => {
    const x = fixture(
      ["金融机构各项贷款余额4355.1亿元，比年初新增552.5亿元，保证了重点信贷投入。粮食总产量达到502亿斤，增产50亿斤。"],
      ["地区生产总值增长10%以上。全年新增城镇就业5万人。"],
    );
    expect([one(x, "比年初新增552.5亿元"), one(x, "增产50亿斤")].map((f) => [f.label_zh, f.metric, f.direction])).toEqual([
      ["金融机构各项贷款余额比年初新增", null, "up"],
      ["粮食总产量增产", null, "up"],
    ]);
    // 新增 with no basis before it still opens the name of what is added.
    expect(one(x, "新增城镇就业5万人").metric).toBe("urban_jobs_new");
  });

  it("a bare rate of good days after the air's good days is the air's (Wuhan 2017: 空气质量优良天数237天，比上年增加45天，优良率64.8%)", () => {
    const x = fixture(
      ["生态环境品质明显改善。空气质量优良天数237天，比上年增加45天，优良率64.8%，比上年提高12.2个百分点，PM10、PM2.5平均浓度分别下降11.5%、18.6%。工程质量合格率100%，优良率80%。"],
      ["地区生产总值增长8%左右。"],
    );
    expect([one(x, "优良率64.8%")].map((f) => [f.label_zh, f.metric])).toEqual([["空气质量优良率", "good_air_days_ratio"]]);
    // Not a rate of good quality after another subject.
    expect(one(x, "优良率80%").metric).toBeNull();
  });

  it("spaces in a label do not hide its indicator: 全市R&D 经费投入强度达到1.27% is the 2020 level of rd_intensity", () => {
    const rd = one(real("wuzhong-2021"), "全市R&D 经费投入强度达到1.27%");
    // In a 五年来 paragraph: a share reached is the end year's level, never an amount added over the years (投入 names what is measured).
    expect(rd).toMatchObject({ metric: "rd_intensity", kind: "result", year: 2020, period: null, value: 1.27 });
  });

  it("the number counts the noun after it: 38个贫困村, 2.96万人口, 75%的财力", () => {
    expect(quoting(zw, "全市38个贫困村").map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [38, "个", "贫困村"],
      [55, "个", "深度贫困村脱贫出列"],
    ]);
    expect(typed(one(zw, "2.96万人口脱贫"))).toMatchObject({ value: 2.96, unit: "万人", label_zh: "人口脱贫", metric: "poverty_exits_people" });
    expect(typed(one(sz, "依然将75%的财力用于民生领域"))).toMatchObject({ value: 75, label_zh: "财力用于民生领域", metric: "livelihood_spending_share" });
    expect(typed(one(sz, "规范提升30个住宅小区物业管理水平"))).toMatchObject({ value: 30, direction: null, label_zh: "规范提升住宅小区物业管理水平" });
  });

  it("a share of funds that open their clause, their use after it, is labelled by both (Shaoxing 2014: 全市公共财政75%用于民生支出)", () => {
    const e = fixture(["全市财政支出的77.4%用于民生领域。"], ["生产总值增长8%以上。全市公共财政75%用于民生支出，重点办好十方面民生实事。"]);
    expect(typed(one(e, "全市公共财政75%用于民生支出"))).toMatchObject({ value: 75, kind: "target", label_zh: "公共财政用于民生支出", metric: "livelihood_spending_share" });
    expect(typed(one(e, "全市财政支出的77.4%用于民生领域"))).toMatchObject({ value: 77.4, kind: "result", label_zh: "财政支出用于民生领域", metric: "livelihood_spending_share" });
    // Said 用于改善民生 too (Jiaxing 2019: `将全部财力的79%用于改善民生`); but not a cut's saving so used (Baotou 2014).
    const f = fixture(["将全部财力的79%用于改善民生。"], ["生产总值增长8%以上。压缩7%的“三公”经费用于改善民生。"]);
    expect(typed(one(f, "将全部财力的79%用于改善民生"))).toMatchObject({ value: 79, metric: "livelihood_spending_share" });
    expect(typed(one(f, "压缩7%的“三公”经费用于改善民生"))).toMatchObject({ value: 7, metric: null });
  });

  it("the last item of a list whose kind 等 names after it keeps its own words (Liaocheng 2023: 稳运行促消费23条、制造业发展20条等政策包)", () => {
    const e = fixture(["制定出台稳运行促消费23条、制造业发展20条等政策包，全力推进“十二大攻坚行动”。"], ["生产总值增长6%。"]);
    expect(quoting(e, "制造业发展20条").map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [23, "条", "制定出台稳运行促消费"],
      [20, "条", "制造业发展等政策包"],
    ]);
  });

  it("a name in quotes is part of the noun after the number: 12个“煤改电”“煤改气”项目, 6168人“边缘户”", () => {
    const yc = real("yinchuan-2020");
    expect([...quoting(yc, "“煤改电”"), ...quoting(yc, "“双替代”")].map((f) => [f.value, f.label_zh])).toEqual([
      [12, "实施“煤改电”“煤改气”项目"],
      [32, "散煤“双替代”项目"],
    ]);
    const wz = real("wuzhong-2020");
    // The noun of the people still poor ends where the next figure's subject begins (和收入在5000元以下…).
    expect(quoting(wz, "紧盯4114名").map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [4114, "名", "紧盯未脱贫人口"],
      [5000, "元", "“边缘户”"],
      [1687, "户", "“边缘户”"],
      [6168, "人", "“边缘户”"],
      [1012, "户", "“脱贫监测户”"],
      [3678, "人", "“脱贫监测户”"],
    ]);
  });

  it("adjacent figures share their label: 1765户5557人脱贫, 2.6万户12.4亿元, 27个94万平方米", () => {
    expect(quoting(zw, "1765户5557人").map((f) => [f.value, f.unit, f.metric])).toEqual([
      [1765, "户", "poverty_exits_households"],
      [5557, "人", "poverty_exits_people"],
      [194, "个", null],
    ]);
    expect(quoting(zw, "发放扶贫小额贷款").map((f) => `${f.label_zh} ${f.value}${f.unit}`)).toEqual([
      "发放扶贫小额贷款 2.6万户",
      "发放扶贫小额贷款 12.4亿元",
    ]);
    expect(quoting(zw, "改造老旧小区27个").map((f) => f.metric)).toEqual(["old_housing_renovation_count", "old_housing_renovation_area"]);
  });

  it("households then people opening a clause, joined by 、, share what they did (Zibo 2014: 贫困人口人均增收1157元，3.76万户、9.12万人实现脱贫)", () => {
    const e = fixture(["启动“十万农户脱贫奔康工程”，贫困人口人均增收1157元，3.76万户、9.12万人实现脱贫。"], ["城镇新增就业11万人以上。"]);
    expect(quoting(e, "实现脱贫").map((f) => [f.label_zh, f.value, f.unit, f.metric])).toEqual([
      ["实现脱贫", 3.76, "万户", "poverty_exits_households"],
      ["实现脱贫", 9.12, "万人", "poverty_exits_people"],
    ]);
  });

  it("7400余个: 余 is a lower bound inside the written figure", () => {
    const f = one(zw, "解决突出问题7400余个");
    expect(typed(f)).toMatchObject({ value: 7400, min: 7400, qualifier: "at_least", unit: "个" });
    expect(written(zw, f)).toBe("7400余个");
  });

  it("a stray digit inside a word does not enter the label: 国4务院大督查反馈6项问题", () => {
    expect(typed(one(sz, "国4务院大督查反馈6项问题全部整改到位"))).toMatchObject({ value: 6, unit: "项", label_zh: "国务院大督查反馈问题全部整改到位" });
  });

  it("a count of years is no stray digit, and stays in the label before or after the figure (Zhongshan 2022: 未来5年全市投入不少于50亿元)", () => {
    const labels = (text: string) => paragraphDrafts(text).drafts.map((d) => d.label);
    expect(labels("实施制造业数字化智能化转型发展系列措施，未来5年全市投入不少于50亿元扶持资金。")).toEqual(["未来5年全市投入"]);
    // A number with no unit after the figure is a word of the noun it counts; a note's mark ends it.
    expect(labels("首批西部开发100个重大项目提前5年建成或实施。")).toEqual(["首批西部开发重大项目提前5年建成或实施"]);
    expect(labels("打造16个“两品一标”[43]农产品。")).toEqual(["打造“两品一标”"]);
    // Hours and grades too (Shanghai 2026: 89.4%的公园实现24小时开放; Lincang 2021: 抓好2个4Ａ级景区…); not a count of other things.
    expect(labels("89.4%的公园实现24小时开放。")).toEqual(["公园实现24小时开放"]);
    expect(labels("抓好2个4Ａ级景区和特色小镇智慧化改造。")).toEqual(["抓好4Ａ级景区和特色小镇智慧化改造"]);
    expect(labels("常态化开行国际班列33列1215车。")[0]).toBe("常态化开行国际班列");
  });

  it("a list's new values after a comma that sets off its old ones are the items' in turn (Tai'an 2016: 城乡低保标准分别由2010年的月均267.5元、年均1225元，提高到499元和3350元)", () => {
    const labels = (text: string) => paragraphDrafts(text).drafts.map((d) => d.label);
    expect(labels("城乡低保标准分别由2010年的月均267.5元、年均1225元，提高到499元和3350元。")).toEqual(["城镇低保标准", "农村低保标准"]);
    // Ningxia 2003: 经济作物和畜牧业占整个农业的比重分别由16.4%和28.4%，提高到20.7%和33.9%.
    expect(labels("粮食产量突破300万吨，经济作物和畜牧业占整个农业的比重分别由16.4%和28.4%，提高到20.7%和33.9%。").slice(1)).toEqual(["经济作物占整个农业的比重", "畜牧业占整个农业的比重"]);
  });

  it("a bare total after a clause of no figure that says what one more became is the total of those things (Maanshan 2025: 马钢成为国家级制造业单项冠军，总数达5家)", () => {
    const labels = (text: string) => paragraphDrafts(text).drafts.map((d) => d.label);
    expect(labels("4家企业获评国家级5G工厂，居全省第2。马钢成为国家级制造业单项冠军，总数达5家、居全省第3。")).toEqual(["企业获评国家级5G工厂", "国家级制造业单项冠军总数"]);
  });

  it("the size class of a small reservoir is a word of the noun counted (Yichun 2016: 146座小（２）型水库除险加固任务全面完成)", () => {
    const labels = (text: string) => paragraphDrafts(text).drafts.map((d) => d.label);
    expect(labels("146座小（2）型水库除险加固任务全面完成，新建仓容34.3万吨。")[0]).toBe("小（2）型水库除险加固任务全面完成");
    expect(labels("146座小（２）型水库除险加固任务全面完成。")[0]).toBe("小（２）型水库除险加固任务全面完成");
  });

  it("sessions counted by 期 at the end of their clause are a count, no word of the next label (Yichun 2016: 组织在线访谈7期、新闻发布活动205场)", () => {
    const drafts = (text: string) => paragraphDrafts(text).drafts.map((d) => [d.label, d.quantity.value, d.quantity.unit]);
    expect(drafts("主动公开政务信息8.7万条，组织在线访谈7期、新闻发布活动205场。")).toEqual([
      ["主动公开政务信息", 8.7, "万条"],
      ["组织在线访谈", 7, "期"],
      ["新闻发布活动", 205, "场"],
    ]);
    // A phase of a work is no count.
    expect(drafts("建成2期工程，新增供水能力10万吨。").map((d) => d[2])).toEqual(["万吨"]);
  });
});

describe("cuts: 压缩, 压减, 精简, 缩短", () => {
  it("a cut to a level (压缩到3个工作日内): down, the verb out of the label", () => {
    const f = one(real("ningxia-2020"), "企业开办时间压缩到3个工作日内");
    expect(typed(f)).toMatchObject({ metric: "business_startup_days", label_zh: "企业开办时间", value: 3, direction: "down" });
  });

  it("a cut by a share (会议压缩20%, 文件精简41.3%, 支出压减11%): a fall, paired where the vocabulary knows it", () => {
    const valued = (e: ReturnType<typeof real>, text: string, value: number) => {
      const found = quoting(e, text).filter((f) => f.value === value);
      expect(found, text).toHaveLength(1);
      return found[0]!;
    };
    expect(typed(valued(real("ningxia-2021"), "自治区政府层面会议压缩20%", 20))).toMatchObject({ metric: "meetings_change", unit: "%", direction: "down" });
    expect(typed(valued(real("ningxia-2020"), "全年文件精简41.3%", 41.3))).toMatchObject({ metric: "documents_change", direction: "down" });
    expect(typed(one(real("wuzhong-2021"), "一般性支出和非刚性支出压减11%"))).toMatchObject({ value: 11, direction: "down" });
  });

  it("a cut written before its object (减少文件36%, 降低实体经济成本100亿元): a fall, the label object then verb", () => {
    const valued = (e: ReturnType<typeof real>, text: string, value: number) => quoting(e, text).find((f) => f.value === value)!;
    expect(typed(valued(real("guyuan-2020"), "减少文件36%、会议压缩43%", 36))).toMatchObject({ metric: "documents_change", label_zh: "文件减少", direction: "down" });
    expect(typed(one(real("guyuan-2020"), "市本级减少债务20亿元"))).toMatchObject({ label_zh: "市本级债务减少", value: 20, unit: "亿元", direction: "down" });
    expect(typed(one(real("ningxia-2021"), "降低实体经济成本100亿元以上"))).toMatchObject({ label_zh: "实体经济成本降低", qualifier: "at_least", direction: "down" });
    expect(typed(one(real("wuzhong-2020"), "全年减少贫困人口23970人"))).toMatchObject({ label_zh: "贫困人口减少", value: 23970, direction: "down" });
    // The items after such a cut in percent, with no verb of their own, are cut as the first is (Wuhai 2020).
    expect(paragraphDrafts("压减“三公”经费5%、一般性支出10%，以政府的“紧日子”换取百姓的“好日子”。").drafts.map((d) => [d.label, d.direction, d.change])).toEqual([
      ["“三公”经费压减", "down", true],
      ["一般性支出压减", "down", true],
    ]);
    // So are those in the same unit as the first, kinds of its object (Handan 2014), not another thing in that unit.
    expect(paragraphDrafts("全市压减生铁产能284万吨、粗钢产能211万吨。").drafts.map((d) => [d.label, d.direction, d.change])).toEqual([
      ["生铁产能压减", "down", true],
      ["粗钢产能压减", "down", true],
    ]);
    expect(paragraphDrafts("压减生铁产能284万吨、钢材产量211万吨。").drafts.map((d) => [d.label, d.direction])[1]).toEqual(["钢材产量", null]);
    // Not an item with a verb of its own.
    expect(paragraphDrafts("压减“三公”经费5%、一般性支出增长10%。").drafts.map((d) => [d.label, d.direction])).toEqual([
      ["“三公”经费压减", "down"],
      ["一般性支出增长", "up"],
    ]);
  });

  it("a verb of raising before its object, in percent or points (Lanzhou 2016: 提高城市低保标准10%): a rise, the label object then verb; a count after it none", () => {
    expect(paragraphDrafts("提高城市低保标准10%；提高农村低保标准21.71%。提高农产品加工转化率3个百分点。").drafts.map((d) => [d.label, d.direction, d.change])).toEqual([
      ["城市低保标准提高", "up", true],
      ["农村低保标准提高", "up", true],
      ["农产品加工转化率提高", "up", true],
    ]);
    expect(paragraphDrafts("提升示范村30个。").drafts.map((d) => [d.label, d.change])).toEqual([["提升示范村", false]]);
    expect(paragraphDrafts("农牧业产业化龙头企业实现增加值占全市农牧业的45%。").drafts.map((d) => d.direction)).toEqual([null]);
  });

  it("a cut verb with one character after it is a noun, no cut (Shangqiu 2014: 压缩机300万台 made, not 机 cut)", () => {
    expect(leadingCut("压缩机")).toBeNull();
    const x = fixture(["民权县制冷产业形成了年产冰箱冷柜1200万台、压缩机300万台、冷藏保温车1.5万辆的生产能力。"], []);
    const f = x.figures.find((g) => written(x, g) === "300万台")!;
    expect(f.label_zh).toContain("压缩机");
    expect(f.direction).not.toBe("down");
  });

  it("a band of ages opens the people counted, no figure that ends the noun (Shangqiu 2014: 630名0—6岁贫困残疾儿童)", () => {
    const x = fixture([], ["完成9200名残疾人就业培训和630名0—6岁贫困残疾儿童抢救性康复工程。", "救助300名3-6岁贫困残疾儿童。"]);
    const label = (w: string) => x.figures.find((g) => written(x, g) === w)!.label_zh;
    expect(label("630名")).toContain("0—6岁贫困残疾儿童抢救性康复工程");
    expect(label("300名")).toBe("救助3-6岁贫困残疾儿童");
  });

  it("so does an age bound above or below (Sanya 2022: 新增1456个3岁以下婴幼儿托位)", () => {
    const x = fixture([], ["新增1456个3岁以下婴幼儿托位。", "建成2个65周岁及以上老年人健康管理中心。"]);
    const label = (w: string) => x.figures.find((g) => written(x, g) === w)!.label_zh;
    expect(label("1456个")).toBe("新增3岁以下婴幼儿托位");
    expect(label("2个")).toBe("建成65周岁及以上老年人健康管理中心");
  });

  it("counts spindles (锭) as a measure word: 20万锭纺纱织布 is 20 万锭, the noun after it in the label", () => {
    const [f] = paragraphDrafts("开工中达传20万锭纺纱织布。").drafts;
    expect(f).toMatchObject({ label: "开工中达传纺纱织布" });
    expect(f!.quantity).toMatchObject({ value: 20, unit: "万锭" });
  });

  it("a price rise (上涨, 同比上涨) and a level risen back (回升) go up", () => {
    expect(typed(one(real("ningxia-2020"), "居民消费价格上涨2.1%"))).toMatchObject({ metric: "cpi_growth", value: 2.1, direction: "up" });
    expect(typed(one(real("wuzhong-2020"), "居民消费价格同比上涨1.4%"))).toMatchObject({ metric: "cpi_growth", label_zh: "居民消费价格同比上涨", direction: "up" });
    const [rise] = paragraphDrafts("平原区地下水位连续7年累计回升10.1米。").drafts;
    expect(rise).toMatchObject({ direction: "up", change: true });
    expect(rise!.quantity.value).toBe(10.1);
    // Risen or fallen to a level: the level, its direction, the verb out of the label.
    expect(paragraphDrafts("地下水位回升至1.2米。").drafts[0]).toMatchObject({ label: "地下水位", direction: "up", change: false });
    expect(paragraphDrafts("城镇调查失业率回落至5.2%。").drafts[0]).toMatchObject({ label: "城镇调查失业率", direction: "down", change: false });
  });

  it("a verb of raising before its object counts what it acts on (提升示范村30个): no direction, the verb kept", () => {
    expect(typed(one(real("guyuan-2020"), "提升示范村30个"))).toMatchObject({ label_zh: "提升示范村", value: 30, direction: null });
    expect(leadingCut("提升示范村")).toBeNull();
    expect(leadingCut("减少")).toBeNull();
    expect(leadingCut("县级压减审批事项")).toEqual({ subject: "县级审批事项", verb: "压减" });
    expect(leadingCut("降低了企业成本")).toEqual({ subject: "企业成本", verb: "降低" });
    // A number with its own predicate word is a level, whatever verb its subject starts with.
    const [level] = paragraphDrafts("降低成本企业占比为5%。").drafts;
    expect(level).toMatchObject({ direction: null, change: false });
    // But a fall's rate is its extent (Zhengzhou 2019: 单位生产总值能耗降低率达到7%).
    const [rate] = paragraphDrafts("降低率为5%。").drafts;
    expect(rate).toMatchObject({ direction: "down" });
    const [cut] = paragraphDrafts("全年降低了企业成本50亿元。").drafts;
    expect(cut).toMatchObject({ label: "企业成本降低", direction: "down", change: true });
  });
});

describe("a space between the words and the number, as web pages and PDFs leave it", () => {
  it("reads 增长 6.5%左右 and 增长　6.5% (ideographic space) as 增长6.5%左右 and 增长6.5%; 约 5% stays approximate", () => {
    const e = fixture([], ["主要预期目标是：地区生产总值增长 6.5%左右，一般公共预算收入增长　6.5%，城镇调查失业率控制在 5.5%以内，居民消费价格涨幅约 3%。"]);
    expect(e.figures.map((f) => [f.metric, f.value, f.qualifier, f.direction])).toEqual([
      ["gdp_growth", 6.5, "approx", "up"],
      ["budget_revenue_growth", 6.5, null, "up"],
      ["surveyed_unemployment_rate", 5.5, "at_most", null],
      ["cpi_growth", 3, "approx", "up"],
    ]);
    for (const f of e.figures) expect(f.label_zh).not.toMatch(/\s$/);
  });
});

describe("spaces around a number and its unit (Jingdezhen 2022: 突破 1000 亿元, 推动 329 个村庄)", () => {
  it("reads the figure as without the spaces, and keeps dates, years, ordinals and a table row's number out", () => {
    const spaced = "力争社消零售总额突破 550 亿元，地区生产总值增长 6.5 % 左右，创建 4 个美丽示范乡镇、45 个美丽村庄和 7000个美丽庭院。";
    const show = (text: string) => fixture([], [text]).figures.map((f) => [f.value, f.unit, f.qualifier, f.metric, f.label_zh]);
    expect(show(spaced)).toEqual(show(spaced.replace(/ /g, "")));
    expect(show(spaced).map(([v, u]) => `${v}${u}`)).toEqual(["550亿元", "6.5%", "4个", "45个", "7000个"]);
    expect(fixture([], ["1 月 6 日召开会议，2020 年启动第 3 批试点，建市 60 周年。"]).figures).toEqual([]);
    // A table's row number before an indicator whose name starts with a magnitude is no figure.
    expect(fixture([], ["20 万人发明专利拥有量 件 7 31.4"]).figures.map((f) => f.value)).not.toContain(20);
  });

  it("reads digits a PDF or OCR copy set apart (6 5 0亿元, 1 000万吨, 24. 8%) as one number, quoted as written; years so written stay out", () => {
    const spaced = "全社会固定资产投资规模6 5 0亿元，增长13%；农民人均纯收入1 6 5 4元，增长4.5%；粮食总产量达到1 000万吨；畜牧业产值比重达到24. 8%。";
    const e = fixture([], [spaced, "力争到2 007年在2 000年的基础上翻一番。"]);
    expect(e.figures.map((f) => [f.value, f.unit, spaced.slice(f.span[0], f.span[1])])).toEqual([
      [650, "亿元", "6 5 0亿元"],
      [13, "%", "13%"],
      [1654, "元", "1 6 5 4元"],
      [4.5, "%", "4.5%"],
      [1000, "万吨", "1 000万吨"],
      [24.8, "%", "24. 8%"],
    ]);
    for (const f of e.figures) expect(f.quote).toContain(spaced.slice(f.span[0], f.span[1]));
    // Numbers of two or more digits side by side are a table's cells, a list item's number is no decimal.
    expect(fixture([], ["城镇新增就业 12 34万人"]).figures.map((f) => [f.value, f.unit])).toEqual([[34, "万人"]]);
    expect(fixture([], ["1. 3项改革全面完成。"]).figures.map((f) => [f.value, f.unit])).toEqual([[3, "项"]]);
    expect(fixture([], ["1 200个村庄完成改造。"]).figures.map((f) => [f.value, f.unit])).toEqual([[200, "个"]]);
  });

  it("reads a number of two or more digits an OCR copy broke with a space after a word (Ulanqab 2018: 完成投资39 8亿元, 接待游客19 00多万人次) as one number", () => {
    const e = fixture(["实施亿元以上项目286个，完成投资39 8亿元。"], ["全年接待游客19 00多万人次、实现旅游收入200亿元，分别增长20%和25%。"]);
    expect(e.figures.map((f) => [f.value, f.unit])).toEqual([
      [286, "个"],
      [398, "亿元"],
      [1900, "万人次"],
      [200, "亿元"],
      [20, "%"],
      [25, "%"],
    ]);
    expect(e.figures.find((f) => f.value === 1900)?.metric).toBe("tourist_arrivals");
  });

  it("reads the 1990s' main-targets clause (主要调控目标是：), its baseline 在去年…的基础上 no time of its own, and grain in 亿公斤 and 亿斤", () => {
    const clause = "主要调控目标是：国内生产总值增长8-9%，财政收入在去年完成数的基础上有所增长，粮食总产达到78亿公斤，农民人均纯收入增加100元以上。";
    const e = fixture([], [clause]);
    expect(e.figures.map((f) => [f.kind, f.year, f.value ?? [f.min, f.max], f.unit, f.metric])).toEqual([
      ["target", 2020, [8, 9], "%", "gdp_growth"],
      ["target", 2020, 78, "亿公斤", "grain_output"],
      ["target", 2020, 100, "元", "rural_net_income_change"],
    ]);
    const nm = dev("neimenggu-2023");
    expect(nm.figures.filter((f) => f.quote.startsWith("粮食产量")).map((f) => [f.kind, f.value, f.unit, f.metric, f.label_zh])).toEqual([
      ["result", 780, "亿斤", "grain_output", "粮食产量"],
      ["result", 734, "万吨", null, "牛奶产量"],
      ["result", 278, "万吨", null, "肉类产量"],
      ["target", 780, "亿斤", "grain_output", "粮食产量"],
      ["target", 785, "万吨", null, "牛奶产量"],
      ["target", 300, "万吨", null, "肉类产量"],
    ]);
  });

  it("finds Jingdezhen 2022's spaced targets in the real report", () => {
    const e = dev("jingdezhen-2022");
    const quoted = (text: string) => e.figures.filter((f) => f.quote.includes(text)).map((f) => `${f.value}${f.unit}`);
    expect(quoted("突破 1000 亿元")).toEqual(["1000亿元", "2600亿元"]);
    expect(quoted("社消零售总额突破 550 亿元")).toEqual(["550亿元"]);
    expect(quoted("推动 329 个村庄整治建设")).toEqual(["329个"]);
  });
});

describe("a multiple and an average after the noun a count counts (Bozhou 2021)", () => {
  it("gives both to the subject that passed the count: 经济总量五年跨越8个百亿元台阶、是“十二五”末的1.7倍，年均增长8.3%", () => {
    const e = fixture(
      ["五年来，我们狠抓发展勇争先，综合实力实现重大突破。经济总量五年跨越8个百亿元台阶、是“十二五”末的1.7倍，年均增长8.3%、居全省第1位；累计完成财政收入951亿元、是“十二五”期间的1.9倍，年均增长10.9%、居全省第2位。"],
      ["地区生产总值增长8%。"],
    );
    const at = (text: string, value?: number) => quoting(e, text).find((f) => f.quote.endsWith(text) && (value === undefined || f.value === value))!;
    expect(typed(at("的1.7倍", 1.7))).toMatchObject({ label_zh: "经济总量是“十二五”末", value: 1.7, unit: "倍" });
    expect(typed(at("年均增长8.3%、居全省第1位"))).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "经济总量年均增长", value: 8.3 });
    // A count after a verb of passing whose noun no multiple follows keeps its own label.
    expect(typed(at("年均增长10.9%、居全省第2位"))).toMatchObject({ label_zh: "累计完成财政收入年均增长" });
  });
});

describe("a count of milestones after the verb that passed them (Nantong 2021: 全市经济总量连跨4个千亿级台阶)", () => {
  it("is how many it passed, no bound; a level passed is still reached at least", () => {
    const e = fixture(["全市经济总量连跨4个千亿级台阶，工业应税销售突破万亿。地区生产总值跨越5000亿元大关。"], ["地区生产总值增长6.5%以上。"]);
    expect(typed(oneAt(e, "连跨4个千亿级台阶", "4个"))).toMatchObject({ kind: "result", value: 4, qualifier: null });
    expect(typed(oneAt(e, "跨越5000亿元大关", "5000亿元"))).toMatchObject({ value: 5000, qualifier: "at_least" });
  });
});

describe("a clause of no figure that names only a time (Yibin 2016, Suining 2021)", () => {
  it("a doubling said with only the years it took names no indicator: the next clause's change is its own subject's", () => {
    const e = fixture(
      ["一般公共预算收入114.6亿元、年均增长15.5%，五年实现翻番；社会消费品零售总额675亿元、年均增长15.5%，实现翻番。"],
      ["地区生产总值增长8%以上。"],
    );
    const growth = quoting(e, "社会消费品零售总额675亿元、年均增长15.5%").filter((f) => f.unit === "%");
    expect(growth.map(typed)).toMatchObject([{ kind: "result", metric: "retail_sales_growth", label_zh: "社会消费品零售总额年均增长", value: 15.5 }]);
    expect(typed(oneAt(e, "一般公共预算收入114.6亿元、年均增长15.5%", "15.5%"))).toMatchObject({ metric: "budget_revenue_growth" });
  });

  it("a milestone passed each year names no subject: the clause before that says the thing grew does (经济总量年均增长)", () => {
    const e = fixture(
      ["过去五年，我们一以贯之专注发展第一要务，全市经济实力实现跃升。经济总量不断壮大，每年跨越一个百亿台阶，年均增长7.7%。"],
      ["地区生产总值增长7.5%以上。"],
    );
    expect(typed(oneAt(e, "每年跨越一个百亿台阶，年均增长7.7%", "7.7%"))).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "经济总量年均增长", value: 7.7 });
    // The plan year's target is still the only GDP growth target.
    expect(e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target").map((f) => f.value)).toEqual([7.5]);
  });
});

describe("a multiple of an earlier level between a level and its growth (Ulanqab 2016)", () => {
  it("leaves the subject to the growth after it: 地区生产总值921亿元，是“十一五”末的1.6倍，年均增长9.2%", () => {
    const e = fixture(
      ["2019年，预计完成地区生产总值921亿元，是“十二五”末的1.6倍，年均增长9.2%；固定资产投资658.5亿元，是“十二五”末的2.4倍，年均增长 19.1%。"],
      ["地区生产总值增长8%。"],
    );
    const growth = (text: string) => quoting(e, text).find((f) => f.quote.endsWith(text))!;
    expect(typed(growth("年均增长9.2%"))).toMatchObject({ kind: "result", metric: "gdp_growth", label_zh: "地区生产总值年均增长", value: 9.2 });
    expect(typed(growth("年均增长 19.1%"))).toMatchObject({ kind: "result", metric: "fixed_investment_growth", label_zh: "固定资产投资年均增长", value: 19.1 });
    expect(typed(growth("的1.6倍"))).toMatchObject({ metric: null, label_zh: "地区生产总值是“十二五”末", value: 1.6, unit: "倍" });
    // A list of multiples after a list of levels (Guyuan 2021) gives each its own level's subject, not both the last's.
    const list = fixture(["城乡居民收入分别达到30052.1元和11950.7元，分别是“十二五”末的1.4倍和1.7倍。"], ["地区生产总值增长8%。"]);
    expect(quoting(list, "1.4倍").filter((f) => f.unit === "倍").map((f) => [f.label_zh, f.value])).toEqual([
      ["城镇居民收入是“十二五”末", 1.4],
      ["农村居民收入是“十二五”末", 1.7],
    ]);
  });
});

describe("a difference from another amount between a level and its growth (Datong 2022)", () => {
  it("leaves the subject to the growth after it: 净增305亿元，比近三年净增量之和多26.1亿元，同比增长7.5％", () => {
    const e = fixture(
      ["全年地区生产总值完成1686亿元，净增305亿元，比近三年净增量之和多26.1亿元，同比增长7.5％、比上年提高3.2个百分点，净增量和增速均达到近五年最高水平；规上工业增加值增长9.0％。"],
      ["地区生产总值增长6.5％。"],
    );
    const growth = quoting(e, "同比增长7.5％").filter((f) => f.value === 7.5);
    expect(growth.map(typed)).toMatchObject([{ kind: "result", metric: "gdp_growth", label_zh: "地区生产总值同比增长", value: 7.5, unit: "%" }]);
    expect(growth[0]!.quote.startsWith("全年地区生产总值完成1686亿元")).toBe(true);
    expect(typed(quoting(e, "多26.1亿元").find((f) => f.value === 26.1)!)).toMatchObject({ metric: null, value: 26.1, unit: "亿元" });
  });
});

describe("a reception right after a clause about a carrier or a venue (Sanya 2022)", () => {
  it("is what the carrier received, not the place's tourists: 全年游艇出海近16万艘次，接待游客超过105万人次", () => {
    const e = fixture(["全年游艇出海近16万艘次，接待游客超过105万人次，同比分别增长47%和44.6%。外贸进出口总额完成165亿美元，接待国内外游客3100万人次。"], ["地区生产总值增长6%。"]);
    const yachts = quoting(e, "接待游客超过105万人次").filter((f) => f.value === 105 || f.value === 44.6);
    expect(yachts.map((f) => [f.label_zh, f.metric])).toEqual([
      ["游艇接待游客", null],
      ["游艇接待游客同比增长", null],
    ]);
    // After a clause about the place's own figure, the reception is the place's.
    expect(quoting(e, "接待国内外游客3100万人次").find((f) => f.value === 3100)!.metric).toBe("tourist_arrivals");
  });

  it("is the place's after venues the clause sets out to win (Hengyang 2020: 争创国家A级景区（点）3家，实现接待国内外游客…)", () => {
    const e = fixture(["地区生产总值增长6%。"], ["争创国家A级景区（点）3家，实现接待国内外游客、旅游总收入分别增长12%、13%以上，培植旅游千亿产业。"]);
    const growth = quoting(e, "接待国内外游客、旅游总收入").filter((f) => f.unit === "%");
    expect(growth.map((f) => [f.label_zh, f.metric, f.value, f.qualifier])).toEqual([
      ["接待国内外游客增长", "tourist_arrivals_growth", 12, "at_least"],
      ["旅游总收入增长", "tourism_revenue_growth", 13, "at_least"],
    ]);
  });
});

describe("a circumstance alone after the time of a figure (Xinjiang 2021: …2019年突破2亿人次，2020年在疫情严重冲击下超过1.58亿人次)", () => {
  it("is the same indicator under it, not a figure of the shock", () => {
    const e = fixture(["接待境内外游客2017年突破1亿人次、2018年突破2亿人次，2019年在疫情严重冲击下超过1.58亿人次，成为经济高质量发展的突出亮点。"], ["地区生产总值增长6%。"]);
    expect(quoting(e, "接待境内外游客").map((f) => [f.label_zh, f.metric, f.year, written(e, f)])).toEqual([
      ["接待境内外游客", "tourist_arrivals", 2017, "1亿人次"],
      ["接待境内外游客", "tourist_arrivals", 2018, "2亿人次"],
      ["接待境内外游客", "tourist_arrivals", 2019, "1.58亿人次"],
    ]);
  });
});

describe("a clause whose subject starts with 对外 or 占地 (Wuhai 2024)", () => {
  it("is no share or contribution of the subject before it: 对外贸易扩大至79个国家和地区", () => {
    const e = fixture(["粮食、蔬菜、肉类产量分别增长12.5%、6.3%、9.4%；对外贸易扩大至79个国家和地区，外贸总额达11亿元。"], ["地区生产总值增长6%。"]);
    const f = quoting(e, "79个").find((r) => r.unit === "个")!;
    expect(f.label_zh).toBe("对外贸易扩大至国家和地区");
    expect(f.quote).toBe("对外贸易扩大至79个国家和地区");
    // A share still takes the subject before it.
    const share = fixture(["服务业增加值增长8%，对经济增长的贡献率达到50%。"], ["地区生产总值增长6%。"]);
    expect(quoting(share, "50%")[0]!.label_zh).toBe("服务业增加值对经济增长的贡献率");
  });
});

describe("trade with a market named after 对 (Xuzhou 2023: 进出口总额突破1300亿元、增长5%，对RCEP市场进出口额占比达30%)", () => {
  it("is a noun of its own, no share of the subject before it", () => {
    const e = fixture(["双向开放不断扩大。进出口总额突破1300亿元、增长5%，对RCEP市场进出口额占比达30%。"], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(e, "30%")[0]!.label_zh).toBe("对RCEP市场进出口额占比");
    // A contribution still takes the subject before it.
    const share = fixture(["服务业增加值增长8%，对经济增长的贡献率达到50%。"], ["地区生产总值增长6%。"]);
    expect(quoting(share, "50%")[0]!.label_zh).toBe("服务业增加值对经济增长的贡献率");
  });
});

describe("a contribution to a higher fisc after the revenue kept (Shenzhen 2008: …增长31.4%；对中央财政的贡献大幅增长78.9%)", () => {
  it("is the place's own, no growth of the revenue before it", () => {
    const e = fixture(["地方财政一般预算收入一年净增157亿元，达658亿元，增长31.4%；对中央财政的贡献大幅增长78.9%，上划中央收入突破2000亿元，达2112亿元。"], ["本市生产总值增长12%。"]);
    const f = quoting(e, "78.9%")[0]!;
    // The adverb of the rise's extent is no word of the label (as 稳步 is not).
    expect(f.label_zh).toBe("对中央财政的贡献增长");
    expect(f.metric).toBeNull();
    // A contribution to growth still takes the subject before it.
    const share = fixture(["服务业增加值增长8%，对经济增长的贡献率达到50%。"], ["地区生产总值增长6%。"]);
    expect(quoting(share, "50%")[0]!.label_zh).toBe("服务业增加值对经济增长的贡献率");
  });
});

describe("a milestone passed in words before the figure (Qiandongnan 2014)", () => {
  it("names the subject of the verb after it: 全社会固定资产投资突破千亿元大关，完成1050亿元，增长34.5%", () => {
    const e = fixture(["全社会固定资产投资突破千亿元大关，完成1050亿元，增长34.5%。"], ["地区生产总值增长6%。"]);
    const level = quoting(e, "1050亿元").find((f) => f.unit === "亿元")!;
    expect(typed(level)).toMatchObject({ kind: "result", metric: "fixed_investment", label_zh: "全社会固定资产投资完成", value: 1050 });
    expect(quoting(e, "增长34.5%")[0]!.metric).toBe("fixed_investment_growth");
    // A verb after a clause with a figure keeps its own object (Yinchuan 2021: 创建2家绿色工厂；完成30个以上重点技改项目).
    const own = fixture(["创建2家绿色工厂；完成30个以上重点技改项目。"], ["地区生产总值增长6%。"]);
    expect(quoting(own, "30个").map((f) => f.label_zh)).not.toContain("创建绿色工厂完成");
  });
});

describe("an index's reading in a bare number before a change (Ningxia 2005)", () => {
  it("names the subject of the change after it: …拉动地区生产总值增长6.3个百分点，经济效益综合指数达125，提高18个百分点", () => {
    const e = fixture(["全区工业完成增加值186.3亿元，增长18.1%，拉动地区生产总值增长6.3个百分点，经济效益综合指数达125，提高18个百分点。"], ["地区生产总值增长6%。"]);
    expect(quoting(e, "提高18个百分点").map((f) => f.label_zh)).toEqual(["经济效益综合指数提高"]);
    expect(quoting(e, "拉动地区生产总值增长6.3个百分点").map((f) => f.label_zh)).toEqual(["拉动地区生产总值增长"]);
  });
});

describe("an index's reading with no verb, then its rank, before a change (Xingtai 2024: 全年空气质量综合指数4.73，全国倒排第21，同比下降4.1%)", () => {
  it("names the index the subject of the change, past the clause that only ranks it", () => {
    const e = fixture(["科学精准治理大气污染，全年空气质量综合指数4.73，全国倒排第21，同比下降4.1%，改善率全省第1。", "全年空气质量综合指数4.73，同比下降4.1%。"], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(e, "同比下降4.1%").map((f) => [f.label_zh, f.value, f.direction])).toEqual([
      ["空气质量综合指数同比下降", 4.1, "down"],
      ["空气质量综合指数同比下降", 4.1, "down"],
    ]);
    // A rank after a figure of its own leaves the change that figure's subject's.
    const own = fixture(["规上工业增加值增长8%，居全省第2，增速提高1个百分点。"], ["地区生产总值增长6%。"]);
    expect(quoting(own, "增速提高1个百分点").map((f) => f.label_zh)).toEqual(["规上工业增加值增速提高"]);
  });
});

describe("a running total after a comma that counts nothing after it (Ulanqab 2016)", () => {
  it("is of the subject before it: 工业固定资产投资年均增长17.5%，累计完成1724亿元", () => {
    const e = fixture(["工业固定资产投资年均增长17.5%，累计完成1724亿元，是“十一五”时期的3倍。"], ["地区生产总值增长6%。"]);
    expect(quoting(e, "1724亿元").find((f) => f.unit === "亿元")!.label_zh).toBe("工业固定资产投资累计完成");
    // Across a semicolon, or with a noun after the number, the verb keeps its own object.
    const own = fixture(["新建学校5所；累计完成1724亿元。建成项目20个，累计完成投资120亿元。"], ["地区生产总值增长6%。"]);
    expect(quoting(own, "1724亿元")[0]!.label_zh).toBe("累计完成");
    expect(quoting(own, "120亿元")[0]!.label_zh).toBe("累计完成投资");
  });
});

describe("an aside （下同） that says the words hold for the figures after it (Leshan 2019, Yunfu 2018)", () => {
  it("is no word of the label nor of the predicate", () => {
    const e = fixture(
      ["预计（下同）全市实现地区生产总值1620亿元、增长8.7%左右。预计全市实现地区生产总值863亿元，同比增长（下同）6%；规模以上工业增加值265亿元，增长5%。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(e, "1620亿元").find((f) => f.unit === "亿元")!.label_zh).toBe("地区生产总值");
    expect(typed(one(e, "同比增长（下同）6%"))).toMatchObject({ metric: "gdp_growth", label_zh: "地区生产总值同比增长", value: 6, direction: "up" });
  });
});

describe("a note that the review's figures are estimates (（预计数，下同）) and a goal the review recalls (Changsha 2012)", () => {
  it("marks the outturns after it estimates, not the goal set for the term", () => {
    const e = fixture(
      [
        "地区生产总值跨越5000亿元，达5600亿元（预计数，下同），增长14％以上；完成固定资产投资3500亿元，增长20％以上。",
        "各位代表！市第十三届人大一次会议确定，到2020年全市实现地区生产总值4000亿元、地方财政收入500亿元、固定资产投资2800亿元。",
      ],
      ["地区生产总值增长13％。"],
    );
    expect(typed(one(e, "完成固定资产投资3500亿元"))).toMatchObject({ kind: "result", estimate: true });
    const goal = quoting(e, "到2020年全市实现").filter((f) => f.unit === "亿元");
    expect(goal.map((f) => [f.kind, f.value, f.estimate])).toEqual([
      ["target", 4000, false],
      ["target", 500, false],
      ["target", 2800, false],
    ]);
  });
});

describe("an aside （下同） before the verb (Yunfu 2022: 五年年均（下同）增长5.6%左右; Xuzhou 2014: 完成（预计，下同）地区生产总值4500亿元)", () => {
  it("is no word of the label", () => {
    const e = fixture(
      ["2020年全市地区生产总值突破千亿大关，初步预计，五年年均（下同）增长5.6%左右。全年完成（预计，下同）地区生产总值4500亿元，增长12%左右。"],
      ["地区生产总值增长7%左右。"],
    );
    expect(quoting(e, "5.6%").map((f) => f.label_zh)).toEqual(["地区生产总值年均增长"]);
    expect(quoting(e, "4500亿元").find((f) => f.unit === "亿元")!.label_zh).toBe("地区生产总值");
  });
});

describe("an aside （同比，下同） between the verb and the number (Ganzi 2019)", () => {
  it("is no word of the label; the basis it names is the label's", () => {
    const e = fixture(
      ["预计全年实现地区生产总值293.08亿元，增长（同比，下同）9%，超目标任务1.5个百分点；全社会固定资产投资438亿元，同口径增长13%。"],
      ["地区生产总值增长8%左右。"],
    );
    expect(typed(one(e, "增长（同比，下同）9%"))).toMatchObject({ metric: "gdp_growth", label_zh: "地区生产总值同比增长", value: 9, direction: "up" });
    // An aside that names no basis is dropped all the same.
    const p = fixture(["全市生产总值850亿元，增长（按可比价格计算，下同）7.5%。"], ["地区生产总值增长8%左右。"]);
    expect(typed(one(p, "下同）7.5%"))).toMatchObject({ metric: "gdp_growth", label_zh: "生产总值增长", value: 7.5 });
  });
});

describe("a note naming the short form used from there on, （以下简称“增长”）, between the verb and the number (Mianyang 2025)", () => {
  it("is no word of the label: 同比增长（以下简称“增长”）7% is the GDP's growth", () => {
    const e = fixture(
      ["这一年，我们服务省之大计，坚决扛起经济大市责任担当。全市实现地区生产总值4344亿元，同比增长（以下简称“增长”）7%、保持全省领先，地方一般公共预算收入216.7亿元、增长7.5%，主要经济指标保持全省前列。"],
      ["地区生产总值增长6.5%左右。"],
    );
    expect(typed(quoting(e, "简称“增长”）7%")[0]!)).toMatchObject({ metric: "gdp_growth", label_zh: "地区生产总值同比增长", value: 7, direction: "up", year: 2019 });
    expect(quoting(e, "增长7.5%").map((f) => f.metric)).toEqual(["budget_revenue", "budget_revenue_growth"]);
    // Before the verb, after the indicator's name, it names nothing of it either.
    const p = fixture(["全市地区生产总值（以下简称GDP）增长7.2%。"], ["地区生产总值增长6%。"]);
    expect(typed(quoting(p, "7.2%")[0]!)).toMatchObject({ metric: "gdp_growth", value: 7.2, direction: "up" });
  });
});

describe("a noun of change with no verb of change (居民消费价格涨幅3%左右, Guowuyuan 2024)", () => {
  it("goes the way the noun says: 涨幅 and 增速 up, 降幅 down; a rate of either sign or a written sign says none", () => {
    const e = fixture(
      [],
      ["居民消费价格涨幅3%左右；经济增长速度8%；单位生产总值能耗降幅3%；人口自然增长率为5‰；工业增速为-2.3%。"],
    );
    expect(e.figures.map((f) => [f.label_zh, f.direction])).toEqual([
      ["居民消费价格涨幅", "up"],
      ["经济增长速度", "up"],
      ["单位生产总值能耗降幅", "down"],
      ["人口自然增长率", null],
      ["工业增速", null],
    ]);
  });

  it("reads the fall's extent written out (Dalian 2017: 固定资产投资下降幅度达68.5%) as a fall, as 降幅 is", () => {
    const e = fixture(["三是有效需求增长乏力，社会投资连续下滑，固定资产投资下降幅度达68.5%，对经济增长的拉动力减弱。"], ["地区生产总值增长7%。"]);
    expect(typed(one(e, "固定资产投资下降幅度达68.5%"))).toMatchObject({ metric: "fixed_investment_growth", value: 68.5, direction: "down" });
  });

  it("reads 控制在3%左右 (Zhongwei 2020) as approximate and bounded above by 3%, a rise", () => {
    expect(typed(one(zw, "居民消费价格涨幅控制在3%左右"))).toMatchObject({ metric: "cpi_growth", value: 3, min: null, max: 3, qualifier: "approx", direction: "up" });
  });
});

describe("a time or a modal before the subject (Harbin 2006: 2005年完成工业增加值; Ningxia 2022: 仍将75%以上财力…)", () => {
  it("is no word of the label: the time is the figure's year, the modal no indicator", () => {
    const e = fixture(
      ["2005年完成工业增加值490.9亿元。我们在财政收支矛盾加剧的特殊情况下，仍将75%以上财力用于民生事业。2002年末金融机构人民币存款余额7498.35亿元。"],
      ["今年全区固定资产投资要达到3400亿元左右，将30%公共租赁住房定向出租给农民工。"],
    );
    const label = (clause: string) => e.figures.find((f) => f.quote.includes(clause))!.label_zh;
    expect(label("490.9亿元")).toBe("工业增加值");
    expect(label("75%以上财力")).toBe("财力用于民生事业");
    expect(typed(one(e, "仍将75%以上财力用于民生事业"))).toMatchObject({ metric: "livelihood_spending_share", year: 2019, min: 75 });
    expect(label("7498.35亿元")).toBe("金融机构人民币存款余额");
    expect(label("3400亿元")).toBe("全区固定资产投资");
    expect(label("30%公共租赁住房")).toBe("公共租赁住房定向出租给农民工");
  });

  it("is no label when nothing else names the figure (1995年达到1400亿元左右, Zhejiang 1993): the year is its time", () => {
    const e = fixture([], ["1995年达到1400亿元左右。"]);
    expect(e.figures.map((f) => [f.label_zh, f.year])).toEqual([["", 1995]]);
  });
});

describe("a price index on the previous year with no unit (Sichuan 2022: 居民消费价格指数控制在103左右)", () => {
  it("is a CPI target in its own unit, （上年=100）, approximate and capped; a bare number elsewhere stays no figure", () => {
    const e = fixture([], ["居民人均可支配收入稳步增长，居民消费价格指数控制在103左右，城镇新增就业85万人。建成103座。"]);
    const f = one(e, "居民消费价格指数控制在103左右");
    expect(typed(f)).toMatchObject({ kind: "target", year: 2020, metric: "cpi_growth", label_zh: "居民消费价格指数", value: 103, max: 103, unit: "（上年=100）", qualifier: "approx" });
    expect(e.figures.filter((x) => x.value === 103)).toHaveLength(2);
    expect(fixture([], ["全年完成项目103，居民消费价格指数涨幅3%左右。"]).figures.map((x) => x.value)).toEqual([3]);
  });
});

describe("a count before its noun, then the part of it done (Heilongjiang 2015: 34件民生实事已完成33件)", () => {
  it("is the whole, with no indicator; the part done keeps the indicator", () => {
    const x = fixture(["34件民生实事已完成33件，另外1件在春节前完成。621个重大项目竣工310个、完成投资2064.5亿元。"], []);
    expect(quoting(x, "34件民生实事").filter((f) => f.unit === "件" && f.value !== 1).map((f) => [f.value, f.label_zh, f.metric])).toEqual([
      [34, "民生实事（总数）", null],
      [33, "民生实事已完成", "livelihood_projects"],
    ]);
    expect(quoting(x, "621个重大项目").filter((f) => f.unit === "个").map((f) => [f.value, f.label_zh])).toEqual([
      [621, "重大项目（总数）"],
      [310, "重大项目竣工"],
    ]);
    // So is one a relative clause sets apart before it (Heilongjiang 2014: 确定的30件民生实事已完成29件).
    const z = fixture(["注意将文化建设、生态文明建设与民生改善结合起来，确定的30件民生实事已完成29件，1件正在推进。"], []);
    expect(z.figures.filter((f) => f.value !== 1).map((f) => [f.value, f.label_zh, f.metric])).toEqual([
      [30, "民生实事（总数）", null],
      [29, "民生实事已完成", "livelihood_projects"],
    ]);
    // So is one after words that name whose things they are, which its label keeps (Jilin 2017: 东北振兴44个重大项目累计竣工15个).
    const w = fixture(["强化有效投资关键作用，开展春季项目“三早”行动，东北振兴44个重大项目累计竣工15个，长春地铁1号线建成试运行。"], []);
    expect(w.figures.filter((f) => f.unit === "个" && f.value !== 1).map((f) => [f.value, f.label_zh])).toEqual([
      [44, "东北振兴重大项目（总数）"],
      [15, "重大项目累计竣工"],
    ]);
    // A count before its noun with no part after it keeps its reading.
    const y = fixture(["办好34件民生实事。"], []);
    expect(y.figures.map((f) => [f.value, f.metric])).toEqual([[34, "livelihood_projects"]]);
  });
});

describe("a milestone passed, then the level reached (Guangdong 2003: 其中出口突破千亿美元，达1186.1亿美元)", () => {
  it("gives the indicator the level; the milestone stays a record without one", () => {
    const e = fixture(["全年地区生产总值突破1000亿元，达到1006亿元，增长6%。外贸进出口总额500亿美元，其中出口突破千亿美元，达1186.1亿美元。"], ["地区生产总值增长6%。"]);
    expect(quoting(e, "突破1000亿元").filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([1006]);
    const passed = e.figures.find((f) => f.quote.endsWith("突破1000亿元"))!;
    expect(typed(passed)).toMatchObject({ metric: null, min: 1000 });
    expect(quoting(e, "千亿美元").filter((f) => f.metric === "exports_usd").map((f) => f.value)).toEqual([1186.1]);
    // A milestone alone keeps its indicator: at least the level it names.
    const alone = fixture(["全年地区生产总值突破1000亿元，增长6%。"], ["地区生产总值增长6%。"]);
    expect(typed(quoting(alone, "突破1000亿元").find((f) => f.unit === "亿元")!)).toMatchObject({ metric: "gdp", min: 1000 });
  });

  it("reads them as one when a pause joins them into one quote (Dali 2025: 经济总量首次突破2000亿元、达2010.9亿元)", () => {
    const e = fixture(
      ["过去一年，我们破困突围、创优提质，经济发展稳中向好。高质量完成“五经普”工作，2018年全州地区生产总值修订为1943.3亿元，2019年地区生产总值可比增长2.5%、现价增长3.5%，经济总量首次突破2000亿元、达2010.9亿元，“十三五”以来年均增长7.8%（现价）。"],
      ["地区生产总值增长5%。"],
    );
    expect(quoting(e, "突破2000亿元").filter((f) => f.metric === "gdp").map((f) => f.value)).toEqual([2010.9]);
    expect(typed(quoting(e, "突破2000亿元").find((f) => f.min === 2000)!)).toMatchObject({ metric: null, min: 2000 });
  });

  it("reads them as one when the milestone is written in another magnitude of the unit (Liuzhou 2018: 全部工业总产值突破5千亿元，达5077亿元)", () => {
    const e = fixture(["——产业转型升级步伐加快。全市全部工业总产值突破5千亿元，达5077亿元，增长8%；工业利税增长13.6%，工业利润增长38.7%。"], ["地区生产总值增长7.5%左右。"]);
    expect(quoting(e, "突破5千亿元").filter((f) => f.metric === "industry_output").map((f) => [f.value, f.unit])).toEqual([[5077, "亿元"]]);
    expect(typed(quoting(e, "突破5千亿元").find((f) => f.unit === "千亿元")!)).toMatchObject({ metric: null, min: 5 });
  });

  it("gives no record of a milestone passed after the level it restates (Fuyang 2020: 社会消费品零售总额1082亿元，…，总量首次突破千亿元大关)", () => {
    const e = fixture(["社会消费品零售总额1082亿元，增长12.4%，总量首次突破千亿元大关、居全省第3位，增速居全省第2位。"], ["地区生产总值增长6%。"]);
    expect(quoting(e, "1082亿元").map((f) => [f.metric, f.value ?? f.min, f.unit])).toEqual([
      ["retail_sales", 1082, "亿元"],
      ["retail_sales_growth", 12.4, "%"],
    ]);
    // A level below the milestone restates none of it: the milestone stays.
    const below = fixture(["社会消费品零售总额982亿元，增长12.4%，总量将突破千亿元大关。"], ["地区生产总值增长6%。"]);
    expect(quoting(below, "千亿元").some((f) => f.min === 1000)).toBe(true);
  });
});

describe("a list of amounts each per its own time (Jilin City 2015: 每人每月388元和每人每年2572元)", () => {
  it("gives each item its amount and its basis", () => {
    const e = fixture(["城市、农村低保标准分别上调到每人每月388元和每人每年2572元。"], ["地区生产总值增长6%。"]);
    expect(quoting(e, "低保标准").map((f) => [f.label_zh, f.value])).toEqual([
      ["城市低保标准上调到每人每月", 388],
      ["农村低保标准上调到每人每年", 2572],
    ]);
    // The time written before 人均 (Yanbian 2018: 城乡低保标准分别达到月人均523元、年人均3728元) is such a basis too.
    const yb = fixture(["城乡低保标准分别达到月人均523元、年人均3728元。"], ["地区生产总值增长6%。"]);
    expect(quoting(yb, "低保标准").map((f) => [f.label_zh, f.value])).toEqual([
      ["城镇低保标准达到月人均", 523],
      ["农村低保标准达到年人均", 3728],
    ]);
    // One basis for both stays the first's.
    const same = fixture(["城乡低保标准分别提高到每人每月500元、300元。"], ["地区生产总值增长6%。"]);
    expect(quoting(same, "低保标准").map((f) => [f.label_zh, f.value])).toEqual([
      ["城镇低保标准提高到每人每月", 500],
      ["农村低保标准提高到每人每月", 300],
    ]);
  });
});

describe("由 inside a word (Heilongjiang 2021: 中国（黑龙江）自由贸易试验区挂牌至今新设立企业6694家)", () => {
  it("opens no baseline: the label keeps the words after it", () => {
    const x = fixture(["中国（黑龙江）自由贸易试验区挂牌至今新设立企业6694家。"], ["地区生产总值增长6%。"]);
    expect(one(x, "新设立企业6694家").label_zh).toBe("中国（黑龙江）自由贸易试验区挂牌至今新设立企业");
  });
});

describe("a change compared with a plan's period alone, after the clause that names its subject (Heilongjiang 2011)", () => {
  it("全社会固定资产投资累计达到2.1万亿元，年均增长31.5%，比“十五”增长2.2倍 is the investment's change, not a change of nothing", () => {
    const x = fixture(
      ["——过去五年，我们有效应对国际金融危机冲击。积极扩大内需，全社会固定资产投资累计达到2.1万亿元，年均增长31.5%，比“十五”增长2.2倍。利用外资累计达到113亿美元，比“十五”增长1倍。"],
      ["地区生产总值增长12%以上。"],
    );
    expect(quoting(x, "比“十五”增长").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["2.2倍", "全社会固定资产投资比“十五”增长"],
      ["1倍", "利用外资比“十五”增长"],
    ]);
  });

  it("so with the period's end (Beijing 2001: 人均国内生产总值达到2700美元，比“八五”末期增长72.3%), one item or a list's", () => {
    const x = fixture(
      ["人均国内生产总值达到2700美元，比“八五”末期增长72.3%。城市污水处理率达到40%，城市垃圾无害化处理率达到81.5%，分别比“八五”末期提高20.6个和60个百分点。"],
      ["国内生产总值增长9%左右。"],
    );
    expect(quoting(x, "比“八五”末期").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["72.3%", "人均国内生产总值比“八五”末期增长"],
      ["20.6个", "城市污水处理率比“八五”末期提高"],
      ["60个百分点", "城市垃圾无害化处理率比“八五”末期提高"],
    ]);
  });

  it("so with a yearly average since the period's end (Ezhou 2016: 地区生产总值达到730亿元，比“十一五”末（下同）年均增长11.4%)", () => {
    const x = fixture(
      ["预计2015年，地区生产总值达到730亿元，比“十一五”末（下同）年均增长11.4%。规模以上工业增加值达到382.8亿元，年均增长13%。"],
      ["地区生产总值增长9%。"],
    );
    expect(quoting(x, "年均增长11.4%").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["11.4%", "地区生产总值比“十一五”末年均增长", "gdp_growth"],
    ]);
  });
});

describe("a figure that opens its clause after a comma, its noun after it (Dali 2022: 4660.7公里管网建成投运，129公里环湖生态廊道全线贯通)", () => {
  it("is the thing the words after it name, not the subject of the clause before", () => {
    const x = fixture(["以最严举措推进洱海保护治理，19座污水处理厂、4660.7公里管网建成投运，129公里环湖生态廊道全线贯通，洱海水质总体保持优良水平。"], []);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [19, "座", "污水处理厂"],
      [4660.7, "公里", "管网建成投运"],
      [129, "公里", "环湖生态廊道全线贯通"],
    ]);
    // A share so opening its clause is one of what the clause before names (Guyuan 2021): it keeps that subject.
    const y = fixture(["冷凉蔬菜面积50万亩，95%以上达到绿色食品标准。"], []);
    expect(y.figures.map((f) => [f.value, f.label_zh])).toEqual([
      [50, "冷凉蔬菜面积"],
      [95, "冷凉蔬菜面积"],
    ]);
  });
});

describe("a figure after the bare verb 实现 opening its clause, its noun after it (Dalian 2017: 完成380万亩土地确权颁证，实现9万亩土地流转)", () => {
  it("is the thing the words after it name, not the subject of the clause before", () => {
    const x = fixture(["稳步推进农村改革，完成380万亩土地确权颁证，实现9万亩土地流转，新建都市型现代农业园区15个。"], []);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [380, "万亩", "完成土地确权颁证"],
      [9, "万亩", "土地流转"],
      [15, "个", "新建都市型现代农业园区"],
    ]);
    // A level after 实现 alone, no noun after it, is still the subject's before it.
    const y = fixture(["全年完成投资100亿元，实现50亿元。"], []);
    expect(y.figures.map((f) => [f.value, f.label_zh])).toEqual([[100, "投资"], [50, "投资"]]);
  });
});

describe("a figure after a bare pledge opening its clause, its noun after it (Cangzhou 2025: 16个万亩高产片，确保185万亩旱碱麦丰收)", () => {
  it("is the thing the words after it name, not the last item of the list before", () => {
    const x = fixture([], ["建设36个百亩攻关田、15个千亩示范方、16个万亩高产片，确保185万亩旱碱麦丰收，秋播面积200万亩以上。"]);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [36, "个", "建设百亩攻关田"],
      [15, "个", "千亩示范方"],
      [16, "个", "万亩高产片"],
      [185, "万亩", "旱碱麦丰收"],
      [200, "万亩", "秋播面积"],
    ]);
    // A level after the pledge alone, no noun after it, is still the subject's before it.
    const y = fixture([], ["新建高标准农田10万亩，力争20万亩。"]);
    expect(y.figures.map((f) => [f.value, f.label_zh])).toEqual([[10, "新建高标准农田"], [20, "新建高标准农田（力争）"]]);
  });
});

describe("a change against the span of as many years before (Zhuhai 2012: 五年全市完成固定资产投资总额2254亿元，比前五年增长145%，预计2011年达620亿元，同比增长24.7%)", () => {
  it("is the change of the subject before it, and the level after it is that subject's, not a thing named 比前五年", () => {
    const x = fixture(["五年全市完成固定资产投资总额2254亿元，比前五年增长145%，预计2011年达620亿元，同比增长24.7%，增速位居珠三角第一。"], ["地区生产总值增长11%左右。"]);
    const rows = quoting(x, "比前五年增长145%").map((f) => [written(x, f), f.label_zh, f.metric, f.year]);
    expect(rows).toContainEqual(["145%", "五年全市完成固定资产投资总额比前五年增长", null, 2019]);
    expect(rows).toContainEqual(["620亿元", "五年全市完成固定资产投资总额", "fixed_investment", 2011]);
    expect(rows).toContainEqual(["24.7%", "五年全市完成固定资产投资总额同比增长", "fixed_investment_growth", 2011]);
  });
});

describe("a length whose noun opens on the size class it serves (Dali 2022: 1000公里30户以上自然村通硬化路)", () => {
  it("is the road named after it, the class a word of its noun, not the item before", () => {
    const x = fixture([], ["完成50公里国省道、160公里县道、1000公里乡村道美丽公路、1000公里30户以上自然村通硬化路及840公里农村公路生命安全防护工程建设。"]);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [50, "公里", "国省道"],
      [160, "公里", "县道"],
      [1000, "公里", "乡村道美丽公路"],
      [1000, "公里", "30户以上自然村通硬化路"],
      [840, "公里", "农村公路生命安全防护工程建设"],
    ]);
  });
});

describe("a rate in force before the noun a verb takes to a new rate (State Council 2019: 将制造业等行业现行16%的税率降至13%)", () => {
  it("leaves the rate in force out of the label", () => {
    const x = nationFixture([], ["深化增值税改革，将制造业等行业现行16%的税率降至13%。"]);
    expect(x.figures.map((f) => [f.label_zh, f.value, f.direction])).toEqual([["制造业等行业税率", 13, "down"]]);
  });
});

describe("an old amount a month after 从 (State Council 2019: 城乡居民基础养老金最低标准从每月70元提高到88元)", () => {
  it("is no word of the new amount's label", () => {
    const x = nationFixture(["提高退休人员基本养老金，城乡居民基础养老金最低标准从每月70元提高到88元。"], []);
    expect(x.figures.map((f) => [f.label_zh, f.value])).toEqual([["城乡居民基础养老金最低标准", 88]]);
  });
});

describe("由 naming who does a thing, no old value before it (State Council 2014: 其中中央财政赤字9500亿元，由中央代地方发债4000亿元)", () => {
  it("keeps its words as the figure's label, no subject borrowed from the clause before", () => {
    const x = nationFixture([], ["今年拟安排财政赤字13500亿元，比上年增加1500亿元，其中中央财政赤字9500亿元，由中央代地方发债4000亿元。"]);
    expect(x.figures.filter((f) => f.value === 4000).map((f) => f.label_zh)).toEqual(["由中央代地方发债"]);
    expect(x.figures.filter((f) => f.value === 9500).map((f) => f.label_zh)).toEqual(["中央财政赤字"]);
  });
});

describe("a cut to a level written with 消减, a variant of 削减 (Mianyang 2020: PM2.5年均浓度消减至每立方米39.4微克)", () => {
  it("leaves no 消 in the label and reads the cut down to a level", () => {
    const x = fixture(["地区生产总值增长8%左右。"], ["地区生产总值增长7%以上。力争城区空气质量优良天数率达85.5%以上，PM2.5年均浓度消减至每立方米39.4微克。"]);
    expect(x.figures.filter((f) => f.value === 39.4).map((f) => [f.label_zh, f.unit, f.direction])).toEqual([["PM2.5年均浓度", "微克/立方米", "down"]]);
  });
});

describe("a cut to a level written with 压降, pressed down (Tongliao 2022: 不良贷款率压降至4.5%以下)", () => {
  it("leaves no 压 in the label and reads the cut down to a level", () => {
    const x = fixture(["地区生产总值增长4%。"], ["地区生产总值增长7%。开展金融领域专项整治，不良贷款率压降至4.5%以下。"]);
    expect(x.figures.filter((f) => f.value === 4.5).map((f) => [f.label_zh, f.qualifier, f.direction])).toEqual([["不良贷款率", "at_most", "down"]]);
  });
});

describe("a milestone exceeded in words before the level reached (Mianyang 2020: 电网售电量首次超过百亿千瓦时，达104.04亿千瓦时、增长10.9%)", () => {
  it("names the level and its change by the thing that exceeded it", () => {
    const x = fixture(["地区生产总值增长8%左右。扎实推进电力体制改革，城区用电突破历史峰值，电网售电量首次超过百亿千瓦时，达104.04亿千瓦时、增长10.9%。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric !== "gdp_growth").map((f) => [f.label_zh, f.value])).toEqual([
      ["电网售电量", 104.04],
      ["电网售电量增长", 10.9],
    ]);
  });

  it("but not the threshold of a class named after 的, which the count after it counts (Tianjin 2004: 销售收入超过百亿元的企业集团，由上年的4家增加到9家)", () => {
    const x = fixture(["国内生产总值增长14.5%。销售收入超过百亿元的企业集团，由上年的4家增加到9家。"], ["国内生产总值增长11.5%。"]);
    expect(one(x, "增加到9家").label_zh).toBe("销售收入超过百亿元的企业集团");
  });
});

describe("a milestone passed in containers before the level reached (Ningbo 2002: 集装箱吞吐量历史性地突破百万标箱大关，达到121.3万标箱，增长34.5%)", () => {
  it("names the level and its change by the containers, not by the cargo of the clauses before", () => {
    const x = fixture(["地区生产总值增长8%左右。宁波港货物吞吐量达到1.285亿吨，增长11.3%，集装箱吞吐量历史性地突破百万标箱大关，达到121.3万标箱，增长34.5%，增幅居大陆沿海主要港口首位。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric !== "gdp_growth").map((f) => [f.label_zh, f.value])).toEqual([
      ["宁波港货物吞吐量", 1.285],
      ["宁波港货物吞吐量增长", 11.3],
      ["集装箱吞吐量", 121.3],
      ["集装箱吞吐量增长", 34.5],
    ]);
  });
});

describe("a milestone passed first in its short word, 首破, before the level reached (Weihai 2014: 机场旅客吞吐量首破百万，达到114.6万人次，增长25.6%)", () => {
  it("names the level and its change by the passengers, not by the cargo of the clauses before", () => {
    const x = fixture(["地区生产总值增长8%左右。港口货物吞吐量达到7000万吨，增长12.9%；开通至台北的直线航班，机场旅客吞吐量首破百万，达到114.6万人次，增长25.6%。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric !== "gdp_growth").map((f) => [f.label_zh, f.value])).toEqual([
      ["港口货物吞吐量", 7000],
      ["港口货物吞吐量增长", 12.9],
      ["机场旅客吞吐量", 114.6],
      ["机场旅客吞吐量增长", 25.6],
    ]);
  });
});

describe("a multiple past the year before after another figure of its clause, without 的 (Mianyang 2020: 净增高新技术企业68家、超过上年2倍，总数达340家)", () => {
  it("compares the figure before it and leaves the total to the firms added", () => {
    const x = fixture(["地区生产总值增长8%左右。实施高新技术企业数量质量双提升行动，净增高新技术企业68家、超过上年2倍，总数达340家、提前一年完成目标。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.kind === "result" && f.metric !== "gdp_growth").map((f) => [f.label_zh, f.value, f.metric])).toEqual([
      ["净增高新技术企业", 68, "high_tech_enterprises_new"],
      ["净增高新技术企业超过上年", 2, null],
      ["高新技术企业", 340, "high_tech_enterprises"],
    ]);
  });
});

describe("the end of a month as a deadline before the subject (Qiandongnan 2018: 今年6月底前完成2017年度13.7万人搬迁入住任务)", () => {
  it("is no word of the label", () => {
    const x = fixture(["地区生产总值增长8%左右。"], ["地区生产总值增长7%以上。鼓励跨县安置，今年6月底前完成2017年度13.7万人搬迁入住任务，完善安置点基本公共服务设施。"]);
    expect(x.figures.filter((f) => f.value === 13.7).map((f) => [f.label_zh, f.kind, f.year])).toEqual([["完成2017年度搬迁入住任务", "target", 2020]]);
  });
});

describe("one figure after 分别 and a verb qualifying its noun with 的 (Mianyang 2020: 中国工程物理研究院、西南科技大学、迪澳药业分别牵头或参与实施的3个项目)", () => {
  it("counts the things done between the items once, no figure of each", () => {
    const x = fixture(["地区生产总值增长8%左右。中国工程物理研究院、西南科技大学、迪澳药业分别牵头或参与实施的3个项目，获得2019年度国家科学技术进步奖二等奖。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.unit === "个").map((f) => [f.label_zh, f.value])).toEqual([["项目", 3]]);
  });
});

describe("a count right after a list that ends in 等 (Sanya 2022: 分别谋划推进城区大三亚湾整体提升、两河四岸整治提升等4个综合型示范项目和39个重点示范项目)", () => {
  it("counts the things the list gives examples of, once, no figure of each example", () => {
    const x = fixture(["地区生产总值增长8%左右。启动实施两个“三年行动”，分别谋划推进城区大三亚湾整体提升、两河四岸整治提升等4个综合型示范项目和39个重点示范项目。"], ["地区生产总值增长7%以上。"]);
    expect(x.figures.filter((f) => f.unit === "个").map((f) => [f.label_zh, f.value])).toEqual([["综合型示范项目", 4], ["重点示范项目", 39]]);
  });
});

describe("全部 before the verb, said of each of a list (Jining 2025: 28个地表水国省控断面、34条入湖河流、南水北调干线水质优良比例全部达到100%)", () => {
  it("is no word of the indicator, as 均 and 分别 are not", () => {
    const x = fixture(["全年GDP增长6%左右。空气质量优良率达到67.8%。28个地表水国省控断面、34条入湖河流、南水北调干线水质优良比例全部达到100%。"], ["地区生产总值增长5.5%以上。"]);
    expect(x.figures.find((f) => f.value === 100)?.label_zh).toBe("南水北调干线水质优良比例");
  });
});

describe("a floor written 至少 right before the number (Xining 2024: 培育至少40家示范性农民合作社和家庭农场)", () => {
  it("is the figure's bound at least, and no word of its label", () => {
    const x = fixture([], ["培育至少40家示范性农民合作社和家庭农场、10家以上农牧业产业化龙头企业。实施脱贫人口增收三年行动，建设至少30个乡村产业示范村。"]);
    expect(x.figures.map((f) => [f.value, f.unit, f.qualifier, f.label_zh])).toEqual([
      [40, "家", "at_least", "培育示范性农民合作社和家庭农场"],
      [10, "家", "at_least", "农牧业产业化龙头企业"],
      [30, "个", "at_least", "建设乡村产业示范村"],
    ]);
  });
});

describe("a floor written 至少 before the verb of the number (Suihua 2018: 每个县（市、区）至少打造1个…示范性田园综合体)", () => {
  it("is the figure's bound at least too", () => {
    const x = fixture([], ["每个县（市、区）至少打造1个高标准、高水平的示范性田园综合体，建立田园休闲养生养老场所10处以上。每个县（市、区）至少建成2个医联体。"]);
    expect(x.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [1, "个", "at_least"],
      [10, "处", "at_least"],
      [2, "个", "at_least"],
    ]);
  });
});

describe("an area or a length after a verb of works renewed, made or started (Xining 2024: 更新46公里老旧管网; Nanning 2022: 新开工建设26.1万亩高标准农田)", () => {
  it("measures the thing named after it, which the label keeps", () => {
    const x = fixture([], ["更新46公里老旧管网，整治955处管网混错接点。建成5万亩高标准农田，打造7.6万亩种业基地。新开工建设26.1万亩高标准农田，推动粮食稳面积提产能。"]);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [46, "公里", "更新老旧管网"],
      [955, "处", "整治管网混错接点"],
      [5, "万亩", "建成高标准农田"],
      [7.6, "万亩", "打造种业基地"],
      [26.1, "万亩", "新开工建设高标准农田"],
    ]);
    expect(x.figures.filter((f) => f.metric === "high_standard_farmland").map((f) => f.value)).toEqual([5, 26.1]);
  });
});

describe("an area after a verb of a base made better (Zigong 2023: 提升打造200万亩特色粮油产业基地)", () => {
  it("measures the base named after it, which the label keeps", () => {
    const x = fixture([], ["建设高标准农田6万亩以上，提升打造200万亩特色粮油产业基地，启动大豆育种核心基地建设。"]);
    expect(quoting(x, "提升打造200万亩").map((f) => [f.value, f.label_zh])).toEqual([[200, "提升打造特色粮油产业基地"]]);
  });
});

describe("the year's end or the year itself as a deadline before the subject, with no 到 (Luoyang 2022: 年底前经开区营收规模达到300亿元, 力争年内新增上市企业2~3家)", () => {
  it("is no word of the label, as the end of a month is not", () => {
    const x = fixture(["地区生产总值增长4.8%。"], [
      "今年地区生产总值增长7%。推动洛龙经开区提质升级，形成产业集聚优势，年底前经开区营收规模达到300亿元。",
      "鼓励企业上市挂牌，力争年内新增上市企业2~3家，“四板”挂牌企业达到500家。",
    ]);
    expect(x.figures.filter((f) => f.kind === "target" && f.metric !== "gdp_growth").map((f) => [f.label_zh, f.unit])).toEqual([
      ["经开区营收规模", "亿元"],
      ["新增上市企业", "家"],
      ["“四板”挂牌企业", "家"],
    ]);
  });
});

describe("this year's end bare before the subject, with no 前 (Guangxi 2013: 力争今年底亿元工业企业达2400家以上)", () => {
  it("is no word of the label, as last year's end is not", () => {
    const x = fixture(["地区生产总值增长4.8%。"], ["今年地区生产总值增长7%。力争今年底亿元工业企业达2400家以上，上规模企业户数近6000家。"]);
    expect(x.figures.filter((f) => f.value === 2400).map((f) => [f.label_zh, f.unit, f.qualifier, f.kind, f.year])).toEqual([["亿元工业企业", "家", "at_least", "target", 2020]]);
  });
});

describe("a level brought back to after a fall (Luoyang 2022: 新增国内外航线3~5条，旅客吞吐量恢复到150万人次以上)", () => {
  it("恢复到 is the verb, no word of the label", () => {
    const x = fixture(["地区生产总值增长4.8%。"], ["今年地区生产总值增长7%。新增国内外航线3~5条，旅客吞吐量恢复到150万人次以上。"]);
    expect(x.figures.filter((f) => f.value === 150).map((f) => [f.label_zh, f.unit, f.qualifier, f.kind])).toEqual([["旅客吞吐量", "万人次", "at_least", "target"]]);
  });
});

describe("short qualities joined by 、 and closed by 的 between a count and its noun (Luoyang 2022: 21处功能完善、服务暖心的“青年驿站”建成开放)", () => {
  it("counts the noun after 的, no quality as an item", () => {
    const x = fixture(["地区生产总值增长4.8%。21处功能完善、服务暖心的“青年驿站”建成开放，首批2条省级示范步行街全部落户我市。"], ["地区生产总值增长7%。"]);
    expect(x.figures.filter((f) => f.value === 21).map((f) => [f.label_zh, f.unit])).toEqual([["“青年驿站”建成开放", "处"]]);
  });
});

describe("a floor set as a share of another measure (Dandong 2022: 技改投入不低于工业固定资产投资的30%)", () => {
  it("bounds the figure from below, as 不低于 right before it does", () => {
    const x = fixture(["工业增加值增长8%。"], ["全年滚动实施技改项目100个，技改投入不低于工业固定资产投资的30%。"]);
    expect(one(x, "技改投入不低于工业固定资产投资的30%")).toMatchObject({ qualifier: "at_least", min: 30, max: null });
  });

  it("bounds it from above after 不超过", () => {
    const x = fixture(["工业增加值增长8%。"], ["一般性支出不超过上年预算的90%。"]);
    expect(one(x, "一般性支出不超过上年预算的90%")).toMatchObject({ qualifier: "at_most", max: 90 });
  });
});

describe("the year as a deadline before a name that opens with digits and a letter (Taiyuan 2023: 年内5G基站达到1.4万座以上)", () => {
  it("is no word of the label", () => {
    const x = fixture(["地区生产总值增长3.3%。"], ["持续推进5G、千兆光网建设，年内5G基站达到1.4万座以上。"]);
    expect(x.figures.filter((f) => f.unit === "万座").map((f) => [f.label_zh, f.qualifier])).toEqual([["5G基站", "at_least"]]);
  });
});

describe("a bracket that spells out a quoted goal, the figure's subject inside it (Nanchang 2006: 南昌高新区实现“三个200亿”（技工贸总收入230亿元）", () => {
  it("labels the figure with the name inside the bracket, not the clause before it", () => {
    const x = fixture(["南昌高新区实现“三个200亿”（技工贸总收入230亿元，增长31%;工业总产值205亿元，增长35%）。"], ["地区生产总值增长8%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => f.label_zh)).toEqual(["技工贸总收入", "技工贸总收入增长", "工业总产值", "工业总产值增长"]);
  });
});

describe("`约` before the verb of a level (Dazhou 2022: 调查失业率约为5.2%)", () => {
  it("reads it as about, not a word of the label", () => {
    const x = fixture(["全力稳就业、促增收，新增城镇就业4.5万人，调查失业率约为5.2%。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "调查失业率约为5.2%").map((f) => [f.label_zh, f.value, f.qualifier, f.metric])).toEqual([["调查失业率", 5.2, "approx", "surveyed_unemployment_rate"]]);
  });
});

describe("`约有` before a bare figure (State Council 2013: 去年价格上涨的翘尾影响约有1个百分点)", () => {
  it("reads it as about, not a word of the label", () => {
    const x = fixture(["去年价格上涨的翘尾影响约有1个百分点。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "约有1个百分点").map((f) => [f.label_zh, f.value, f.unit, f.qualifier])).toEqual([["价格上涨的翘尾影响", 1, "个百分点", "approx"]]);
  });
});

describe("已 after a date that alone opens the clause (State Council 2013: 覆盖面逐步扩大，2012年底已达到12.5%)", () => {
  it("takes the subject before it, as without 已, no 2012年底已 for a label", () => {
    const x = fixture(["建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%。"], ["地区生产总值增长8%。"]);
    const [f] = quoting(x, "12.5%");
    expect([f!.label_zh.startsWith("覆盖面"), f!.year, f!.value]).toEqual([true, 2012, 12.5]);
  });
});

describe("people counted before the amount each gets a month (Wuxi 2010: 41.9万名企业退休人员月人均增加养老金139.5元)", () => {
  it("counts the retirees, no 企业退休人员月人; the amount per head keeps its own label", () => {
    const x = fixture(["41.9万名企业退休人员月人均增加养老金139.5元。"], ["地区生产总值增长10%。"]);
    expect(quoting(x, "41.9万名").map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["企业退休人员", 41.9, "万名"],
      ["企业退休人员月人均增加养老金", 139.5, "元"],
    ]);
  });
});

describe("a yearly average that opens a measure of its own (Changchun 2021: 生态环境质量持续改善，年均空气质量优良天数增加70天)", () => {
  it("labels the good-air days alone, no words of the clause before", () => {
    const x = fixture(["这五年，生态环境质量持续改善，年均空气质量优良天数增加70天，国考断面劣五类水质全面清零。"], ["地区生产总值增长7%。"]);
    expect(quoting(x, "优良天数增加70天").map((f) => f.label_zh)).toEqual(["年均空气质量优良天数增加"]);
  });
});

describe("a yearly count of its own after a rate (Baotou 2022: 农畜产品加工转化率达到85%，年均签约项目1000个以上)", () => {
  it("labels the projects signed alone, no words of the rate before; a yearly rise of the rate stays the rate's", () => {
    const x = fixture([], ["农畜产品加工转化率达到85%，年均签约项目1000个以上，森林覆盖率达到30%，年均提高1个百分点。"]);
    expect(x.figures.map((f) => [f.value, f.label_zh])).toEqual([
      [85, "农畜产品加工转化率"],
      [1000, "年均签约项目"],
      [30, "森林覆盖率"],
      [1, "森林覆盖率年均提高"],
    ]);
  });
});

describe("a floor written 不少于 before the number, or 至少 before its verb (Yuncheng 2021: 中心城区建设不少于5个高品质河东书房; 每个开发区至少建设1个省级科技孵化器)", () => {
  it("is the figure's bound at least, and no word of the label of the things it counts", () => {
    const x = fixture([], ["每个开发区至少建设1个省级科技孵化器或省级众创空间，科研投入增长10%以上。三是中心城区建设不少于5个高品质河东书房。"]);
    expect(x.figures.map((f) => [f.value, f.unit, f.qualifier, f.label_zh])).toEqual([
      [1, "个", "at_least", "每个开发区建设省级科技孵化器或省级众创空间"],
      [10, "%", "at_least", "科研投入增长"],
      [5, "个", "at_least", "中心城区建设高品质河东书房"],
    ]);
  });
});

describe("a comparison with the year before said as higher (Sichuan 2004: 毕业生就业率达81%，比上年高5个百分点)", () => {
  it("is the change of the rate before it, no bare 比上年高", () => {
    const x = fixture(["高等院校办学条件明显改善，高考录取率为71%；毕业生就业率达81%，比上年高5个百分点。"], ["地区生产总值增长8%。"]);
    expect(typed(oneAt(x, "比上年高5个百分点", "5个百分点"))).toMatchObject({ label_zh: "毕业生就业率比上年高", value: 5, unit: "个百分点" });
  });
});

describe("growth said to reach a figure, a pledge between (Bijie 2016: 生产总值确保达2800亿元、力争3100亿元，年均增长确保达12%、力争14%)", () => {
  it("is the five years' GDP growth pledged, no level; the plan year's target stays the only one of its year", () => {
    const x = fixture([], [
      "“十三五”时期经济社会发展的主要预期目标是：生产总值确保达2800亿元、力争3100亿元，年均增长确保达12%、力争14%，人均达40000元以上。",
      "今年经济社会发展的主要预期目标是：确保地区生产总值增长13%、力争14%。",
    ]);
    expect(typed(oneAt(x, "年均增长确保达12%", "12%"))).toMatchObject({ metric: "gdp_growth", kind: "target", period: [2016, 2020], label_zh: "生产总值年均增长", value: 12 });
    expect(typed(oneAt(x, "人均达40000元以上", "40000元"))).toMatchObject({ metric: "gdp_per_capita", label_zh: "人均生产总值" });
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.period === null).map((f) => [f.year, f.value])).toEqual([[2020, 13]]);
  });
});

describe("a change joined by 、 after a milestone passed (Deyang 2021: 地区生产总值2018年迈上2000亿元台阶、年均增长7.2%)", () => {
  it("is the change of the subject that passed it, no 台阶 in its label", () => {
    const x = fixture(["五年来，经济高质量发展迈上新台阶。地区生产总值2018年迈上2000亿元台阶、年均增长7.2%，一般公共预算收入同口径年均增长10.2%。"], ["地区生产总值增长7.5%以上。"]);
    expect(typed(oneAt(x, "台阶、年均增长7.2%", "7.2%"))).toMatchObject({ metric: "gdp_growth", label_zh: "地区生产总值年均增长", value: 7.2 });
  });
});

describe("an old value told from the end of a five-year plan (Deyang 2021: 7个国省考核断面水质优良率从“十二五”末14.3%提高到100%)", () => {
  it("is a baseline, no word of the rate's label", () => {
    const x = fixture(["五年来，生态环境质量持续改善。7个国省考核断面水质优良率从“十二五”末14.3%提高到100%。"], ["地区生产总值增长7.5%以上。"]);
    expect(typed(oneAt(x, "提高到100%", "100%"))).toMatchObject({ label_zh: "国省考核断面水质优良率", value: 100, unit: "%" });
  });
});

describe("growth held at a figure (State Council 2016: “十三五”时期经济年均增长保持在6.5%以上)", () => {
  it("is that growth over the plan's years, no level held; the plan year's target stays the one", () => {
    const x = nationFixture(
      ["国内生产总值达到67.7万亿元，增长6.9%。"],
      [
        "实现全面建成小康社会目标，到2020年国内生产总值和城乡居民人均收入比2010年翻一番，“十三五”时期经济年均增长保持在6.5%以上。",
        "今年发展的主要预期目标是：国内生产总值增长6.5%—7%。",
      ],
    );
    const held = oneAt(x, "经济年均增长保持在", "6.5%");
    expect([held.metric, held.kind, held.direction, held.qualifier, held.period !== null]).toEqual(["gdp_growth", "target", "up", "at_least", true]);
    expect(x.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target" && f.period === null).map((f) => [f.min, f.max])).toEqual([[6.5, 7]]);
    // So is growth steadied at a figure (`工业投资增长稳定在30%以上`, Xi'an 2015).
    const y = fixture(["全市工业投资增长38.8%。"], ["地区生产总值增长8%。", "工业投资增长稳定在30%以上。"]);
    expect(oneAt(y, "稳定在", "30%").metric).toBe("industrial_investment_growth");
  });
});

describe("a contribution after a clause that names the thing that grew (Changsha 2012: 第三产业加快发展，对经济增长的贡献率同比提高4.8个百分点)", () => {
  it("is that thing's contribution, not the subject's further back in the sentence", () => {
    const e = fixture(
      ["——结构调整形成新格局。优势产业集群持续发展，工程机械实现产值1800亿元，三一重工跻身世界上市公司500强；食品烟草晋级千亿产业集群；战略性新兴产业异军突起，蓝思科技进出口额跃居全省第一；第三产业加快发展，对经济增长的贡献率同比提高4.8个百分点。"],
      ["地区生产总值增长13％。"],
    );
    expect(quoting(e, "4.8个百分点").map((f) => f.label_zh)).toEqual(["第三产业对经济增长的贡献率同比提高"]);
  });

  it("so is a change that names nothing, the first figure of its sentence, after a thing that quickened (Hubei 2010)", () => {
    const e = fixture(
      ["投资结构得到改善，第三产业投资明显加快，同比增长48.9%；民间投资较快增长，投资额占全部投资的一半以上，增速为47.0%，高于全省平均水平5.4个百分点。"],
      ["地区生产总值增长10%。"],
    );
    expect(quoting(e, "48.9%").map((f) => [f.label_zh, f.quote])).toEqual([["第三产业投资同比增长", "第三产业投资明显加快，同比增长48.9%"]]);
    // It leaves no subject to the figures after the semicolon, of another thing.
    expect(quoting(e, "47.0%").map((f) => f.label_zh)).toEqual(["增速"]);
  });
});

describe("firms counted before the output of industry they reach (Xianyang 2014: 确保30户大企业大集团实现工业总产值1000亿元)", () => {
  it("counts the firms, with no 实现工业总 left of the output's words", () => {
    const x = fixture([], ["地区生产总值增长6%。", "推动100个重点工业项目早日建成投产，确保30户大企业大集团实现工业总产值1000亿元。"]);
    expect(oneAt(x, "确保30户大企业大集团", "30户")).toMatchObject({ label_zh: "大企业大集团", value: 30, unit: "户" });
    expect(oneAt(x, "工业总产值1000亿元", "1000亿元")).toMatchObject({ label_zh: "大企业大集团实现工业总产值", value: 1000, unit: "亿元" });
  });
});

describe("money won or set aside right before the funds it is (Xianyang 2014: 争取5亿元国债资金; Yuxi 2024: 安排1亿元经费)", () => {
  it("names the funds with the verb, not the verb alone", () => {
    const x = fixture(["争取5亿元国债资金，全面启动旱腰带区域特色城镇化移民搬迁工作。"], ["地区生产总值增长6%。", "精准对接中央和省重点投资导向，安排1亿元经费，做实项目前期。"]);
    expect(oneAt(x, "争取5亿元国债资金", "5亿元").label_zh).toBe("争取国债资金");
    expect(oneAt(x, "安排1亿元经费", "1亿元").label_zh).toBe("安排经费");
  });

  it("not land won for a plan, which is no farmland built (Zhangye 2016: 争取６万亩土地列入全省高标准农田建设规划)", () => {
    const x = fixture([], ["地区生产总值增长6%。", "争取6万亩土地列入全省高标准农田建设规划。"]);
    expect(oneAt(x, "争取6万亩土地", "6万亩")).toMatchObject({ label_zh: "争取", metric: null });
  });
});

describe("增 alone right after a measure's name (Jilin 2007: 地区生产总值增12%; Jingdezhen 2022: 城乡居民人均可支配收入分别增7.5%、8%左右)", () => {
  it("is the measure's growth, said short", () => {
    const x = fixture([], ["按照积极进取、留有余地的原则，综合考虑各种因素，今年全省经济社会发展的主要目标是：地区生产总值增12%，地方级财政收入与经济同步增长，按国家要求完成节能降效减排任务，全社会固定资产投资新增1000亿元，社会消费品零售总额增长13%。"]);
    expect(typed(oneAt(x, "地区生产总值增12%", "12%"))).toMatchObject({ kind: "target", year: 2020, period: null, base_year: null, metric: "gdp_growth", label_zh: "地区生产总值增", value: 12, direction: "up" });
    const y = fixture([], ["城乡居民人均可支配收入分别增7.5%、8%左右，居民消费价格总水平涨幅控制在3%以内。"]);
    expect(y.figures.filter((f) => f.unit === "%" && f.value !== 3).map((f) => [f.value, f.metric, f.direction])).toEqual([
      [7.5, "urban_income_growth", "up"],
      [8, "rural_income_growth", "up"],
    ]);
  });
  it("is no growth after a word that is no measure's name (城镇低保人均月增36元, Zunyi 2014)", () => {
    const x = fixture([], ["提高城乡居民最低生活保障标准，城镇低保人均月增36元。"]);
    expect(quoting(x, "月增36元").map((f) => f.direction)).toEqual([null]);
  });
});

describe("the end of last year opening a subject (State Council 2016: 去年末居民储蓄存款余额增长8.5%)", () => {
  it("is the figure's time, no word of its label", () => {
    const x = fixture(["去年末居民储蓄存款余额增长8.5%。上年末金融机构存款余额达到500亿元。"], ["地区生产总值增长6%。"]);
    expect(oneAt(x, "居民储蓄存款余额增长", "8.5%").label_zh).toBe("居民储蓄存款余额增长");
    expect(oneAt(x, "金融机构存款余额", "500亿元")).toMatchObject({ label_zh: "金融机构存款余额", metric: "deposits_balance" });
  });
});

describe("a change in the state another thing is in (Sichuan 2004: 在供地总量仅增长5.1%的情况下)", () => {
  it("leaves 在 out of the label, as 的同时 does", () => {
    const x = fixture(["在供地总量仅增长5.1%的情况下，保障了重点项目用地。"], ["地区生产总值增长6%。"]);
    expect(oneAt(x, "供地总量", "5.1%").label_zh).toBe("供地总量增长");
  });
});

describe("a count and an area of the same things after a verb that names nothing (Zhongwei 2016: 加快1.7万套91万平方米公租房建设)", () => {
  it("labels both by the noun after the area, no word of the area in the count's label", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长8%。加快1.7万套91万平方米公租房建设，逐步扩大公租房保障范围。"]);
    expect(quoting(x, "加快1.7万套91万平方米公租房建设").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["1.7万套", "公租房建设"],
      ["91万平方米", "公租房建设"],
    ]);
  });
});

describe("emissions cut said with 减排 (Ningxia 2007: 主要污染物总量减排2%)", () => {
  it("is a cut, as 削减 is", () => {
    const x = fixture(["地区生产总值增长12.5%。"], ["地区生产总值增长10%;万元GDP综合能耗降低4%;主要污染物总量减排2%;人口自然增长率控制在10‰。"]);
    expect(oneAt(x, "主要污染物总量减排2%", "2%")).toMatchObject({ kind: "target", direction: "down", value: 2, label_zh: "主要污染物总量减排" });
  });
});

describe("a level or a pace pledged to hold (Guizhou 2019: 保持出境断面水质优良率100%)", () => {
  it("leaves 保持 out of the label, and keeps where it is to stay", () => {
    const x = fixture(
      ["地区生产总值增长6%。"],
      ["地区生产总值增长8%。保持出境断面水质优良率100%。今年要保持工业企业技术改造投资增长２０％以上。进出口总额保持在700亿美元左右。"],
    );
    expect(oneAt(x, "保持出境断面水质优良率100%", "100%").label_zh).toBe("出境断面水质优良率");
    expect(oneAt(x, "保持工业企业技术改造投资增长２０％以上", "２０％")).toMatchObject({
      label_zh: "工业企业技术改造投资增长",
      metric: "industrial_upgrade_investment_growth",
    });
    expect(oneAt(x, "进出口总额保持在700亿美元左右", "700亿美元").label_zh).toBe("进出口总额");
  });
});

describe("a level reached already, no thing named, after the things added (Liuzhou 2014: 新增国家高新技术企业16家，已达到129家)", () => {
  it("is the stock of those things, no figure of nothing", () => {
    const x = fixture(["高新技术企业加快发展，新增国家高新技术企业16家，已达到129家，新增广西创新型企业5家。"], ["地区生产总值增长8%。"]);
    expect(quoting(x, "129家").map((f) => [f.value, f.label_zh, f.metric])).toEqual([[129, "国家高新技术企业", "high_tech_enterprises"]]);
  });
});
