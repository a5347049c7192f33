import { describe, expect, it } from "vitest";
import { fixture, one, quoting, written } from "./helpers.ts";
import { withUnitEn } from "../../../src/i18n/figures.ts";
import { readUnit } from "../../../src/lib/figures/units.ts";

/**
 * Sentences of the reports of small prefecture cities of 2014–2016 (Hegang 2016, Zhangye 2014, Bozhou 2016), each in
 * a small report of plan year 2020: what they state, read as the text means it.
 */
describe("what is counted after a magnitude (Hegang 2016, Zhangye 2014)", () => {
  it("trees are counted by 株 and mushroom logs by 袋: the unit keeps them (义务植树84万株, 食用菌3000万袋以上)", () => {
    const x = fixture(["完成工程造林1.6万亩，义务植树84万株。"], ["发展玉米制种70万亩、高原夏菜50万亩、食用菌3000万袋以上。"]);
    expect(one(x, "义务植树84万株", "84万株")).toMatchObject({ label_zh: "义务植树", value: 84, unit: "万株" });
    expect(one(x, "食用菌3000万袋以上", "3000万袋")).toMatchObject({ label_zh: "食用菌", value: 3000, unit: "万袋", qualifier: "at_least" });
    expect(withUnitEn(84, "万株")).toBe("840,000 plants");
    expect(withUnitEn(3000, "万袋")).toBe("30 million bags");
  });

  it("cut flowers are counted by 枝, the stem (Guiyang 2008: 新增花卉大棚2100个，实现年产量2.5亿枝)", () => {
    const x = fixture([], ["新增花卉大棚2100个，实现年产量2.5亿枝。"]);
    expect(one(x, "实现年产量2.5亿枝", "2.5亿枝")).toMatchObject({ value: 2.5, unit: "亿枝" });
    expect(withUnitEn(2.5, "亿枝")).toBe("250 million stems");
  });

  it("fish are counted by 尾, the tail, and the next figure's label keeps none of it (Zhangjiajie 2018: 大鲵发展到212万尾、商品蔬菜基地达到31.5万亩)", () => {
    const x = fixture(["大力发展现代农业，农业“523”行动计划圆满完成，大鲵发展到212万尾、商品蔬菜基地达到31.5万亩。"], ["优化产业结构，新增大鲵60万尾，确保商品蔬菜基地、茶园和水果种植面积分别达到32万亩、12.5万亩和56万亩。"]);
    expect(one(x, "大鲵发展到212万尾", "212万尾")).toMatchObject({ label_zh: "大鲵", value: 212, unit: "万尾" });
    expect(one(x, "商品蔬菜基地达到31.5万亩", "31.5万亩")).toMatchObject({ label_zh: "商品蔬菜基地", value: 31.5, unit: "万亩" });
    expect(one(x, "新增大鲵60万尾", "60万尾")).toMatchObject({ label_zh: "新增大鲵", value: 60, unit: "万尾" });
    expect(withUnitEn(60, "万尾")).toBe("600,000 fish");
    // A word 尾 opens is no fish (`治理3尾矿库`, `10万尾气`): the magnitude alone is the unit.
    expect(readUnit("3尾矿库", 1)).toBeNull();
    expect(readUnit("10万尾气", 2)).toBe("万");
    expect(readUnit("200万尾以上", 3)).toBe("万尾");
  });

  it("trees are counted by 棵 too (Huizhou 2024: 植树30万棵以上, 抢救复壮濒危古树名木60棵以上)", () => {
    const x = fixture([], ["扎实推进县镇村绿化美化，植树30万棵以上，实施矿山生态修复270公顷。加大古树名木保护和濒危古树复壮力度，抢救复壮濒危古树名木60棵以上。"]);
    expect(one(x, "植树30万棵以上", "30万棵")).toMatchObject({ label_zh: "植树", value: 30, unit: "万棵", qualifier: "at_least" });
    expect(withUnitEn(30, "万棵")).toBe("300,000 trees");
    expect(one(x, "濒危古树名木60棵以上", "60棵")).toMatchObject({ value: 60, unit: "棵", qualifier: "at_least" });
  });

  it("a road network's density reads in kilometres a square kilometre (Sanming 2021: 城市建成区路网密度…提高到9.16公里/平方公里)", () => {
    expect(withUnitEn(9.16, "公里/平方公里")).toBe("9.16 km/km²");
    // Telephone exchange lines and courses are both counted by 门 (Henan 2001: 程控电话交换机222万门; Zhejiang 2026: 老年教育
    // 课程100门): a bare count, the label says of what.
    expect(withUnitEn(222, "万门")).toBe("2.22 million");
    expect(withUnitEn(100, "门")).toBe("100");
  });

  it("mushroom logs by 棒, bee colonies by 群 and vaccine doses by 剂次, liquor by 千升 keep their unit; 群众 stays people (万人)", () => {
    const x = fixture(
      ["新增食用菌1.47亿棒，养殖中蜂8.5万群。接种新冠病毒疫苗328万剂次。180万群众喝上了安全的自来水。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "食用菌1.47亿棒", "1.47亿棒")).toMatchObject({ label_zh: "新增食用菌", value: 1.47, unit: "亿棒" });
    expect(one(x, "中蜂8.5万群", "8.5万群")).toMatchObject({ label_zh: "养殖中蜂", value: 8.5, unit: "万群" });
    expect(one(x, "疫苗328万剂次", "328万剂次")).toMatchObject({ value: 328, unit: "万剂次" });
    expect(quoting(x, "180万群众").map((f) => f.unit)).toEqual(["万人"]);
    expect(withUnitEn(1.47, "亿棒")).toBe("147 million logs");
    expect(withUnitEn(8.5, "万群")).toBe("85,000 colonies");
    expect(withUnitEn(328, "万剂次")).toBe("3.28 million doses");
    // Samples by the tube (Wuzhong 2023), not a word of management or a pipe.
    const tubes = fixture(["核酸日检测能力达到18万管，储备隔离房间1万间以上。新建供热管道12公里，培训10万管理人员。"], ["地区生产总值增长6%。"]);
    expect(one(tubes, "核酸日检测能力达到18万管", "18万管")).toMatchObject({ value: 18, unit: "万管" });
    expect(quoting(tubes, "10万管理人员").map((f) => f.unit)).not.toContain("万管");
    expect(withUnitEn(18, "万管")).toBe("180,000 tubes");
    // Liquor by the kilolitre, not a thousand of something unnamed.
    const liquor = fixture(["支持茅台酒6600千升。"], ["地区生产总值增长6%。"]);
    expect(one(liquor, "茅台酒6600千升", "6600千升")).toMatchObject({ value: 6600, unit: "千升" });
    expect(withUnitEn(6600, "千升")).toBe("6,600 kilolitres");
  });

  it("a monthly amount keeps its 元/月, and the new amount its indicator (基本养老金由2014年的1540元/月提高到1756元/月)", () => {
    const x = fixture(["新增参保人员2.9万人，企业离退休人员基本养老金由2014年的1540元/月提高到1756元/月。"], ["地区生产总值增长6%。"]);
    const pension = quoting(x, "基本养老金");
    expect(pension.map((f) => [written(x, f), f.label_zh, f.unit, f.direction])).toEqual([["1756元/月", "企业离退休人员基本养老金", "元/月", "up"]]);
    expect(pension[0]!.metric).toBeNull();
    expect(withUnitEn(1756, "元/月")).toBe("1,756 yuan a month");
  });
});

describe("a count grown or cut from its old value to its new one (Bozhou 2016, Hegang 2016)", () => {
  it("发展到, 拓展到 and 精简到 end a baseline as 增加到 does: only the new value is a result, named without the verb", () => {
    const x = fixture(
      [
        "农民合作社由1080家发展到6455家，是“十一五”末的6倍。全市开发区建成区面积由15.2平方公里拓展到84平方公里。",
        "按要求完成了政府机构改革，政府工作部门由35个精简到32个。开展了“三单一图”改革，权力事项由3129项精简到2528项。",
      ],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "农民合作社由").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["6455家", "农民合作社"],
      ["6倍", "农民合作社是“十一五”末"],
    ]);
    expect(quoting(x, "开发区建成区面积").map((f) => [written(x, f), f.label_zh, f.direction])).toEqual([["84平方公里", "开发区建成区面积", "up"]]);
    expect(quoting(x, "政府工作部门").map((f) => [written(x, f), f.label_zh, f.direction])).toEqual([["32个", "政府工作部门", "down"]]);
    expect(quoting(x, "权力事项").map((f) => [written(x, f), f.label_zh, f.direction])).toEqual([["2528项", "权力事项", "down"]]);
  });
});

describe("an area or a count extended to its new level (Beihai 2021: 城市建成区面积从68平方公里扩展到100平方公里)", () => {
  it("扩展到 ends a baseline as 拓展到 does: only the new value is a result, the level reached at the five years' end", () => {
    const x = fixture(
      ["五年来，城镇化率从56%提升到60%，城市建成区面积从68平方公里扩展到100平方公里。开发区规划面积由863平方公里扩展至1072平方公里。"],
      ["地区生产总值增长6%。"],
    );
    expect(quoting(x, "城市建成区面积").map((f) => [written(x, f), f.label_zh, f.direction, f.period])).toEqual([["100平方公里", "城市建成区面积", "up", null]]);
    expect(quoting(x, "开发区规划面积").map((f) => [written(x, f), f.label_zh, f.direction])).toEqual([["1072平方公里", "开发区规划面积", "up"]]);
  });
});

describe("a change told year by year from the first (Hegang 2016)", () => {
  it("由2013年下降9.5%、 2014年下降9.7%，到2015年增长4%: each figure is its year's, not the five years'", () => {
    const x = fixture(
      [
        "“十二五”时期，是鹤岗发展史上非同寻常、极不平凡的五年。地区生产总值由2013年下降9.5%、 2014年下降9.7%，到2015年增长4%；规模以上工业增加值由2013年下降28.4%、2014年下降39.5%，到2015年增长5.3%。民生事业不断进步，累计民生投入超过292亿元。",
      ],
      ["地区生产总值增长6%。"],
    );
    const years = (clause: string) => quoting(x, clause).map((f) => [written(x, f), f.year, f.period, f.label_zh, f.metric]);
    expect(years("地区生产总值由2013年")).toEqual([
      ["9.5%", 2013, null, "地区生产总值下降", "gdp_growth"],
      ["9.7%", 2014, null, "地区生产总值下降", "gdp_growth"],
      ["4%", 2015, null, "地区生产总值增长", "gdp_growth"],
    ]);
    expect(years("规模以上工业增加值由2013年")).toEqual([
      ["28.4%", 2013, null, "规模以上工业增加值下降", "industrial_value_added_growth"],
      ["39.5%", 2014, null, "规模以上工业增加值下降", "industrial_value_added_growth"],
      ["5.3%", 2015, null, "规模以上工业增加值增长", "industrial_value_added_growth"],
    ]);
    // The years of that run frame no later sentence: the running total is still the five years'.
    expect(one(x, "累计民生投入", "292亿元")).toMatchObject({ year: 2015, period: [2011, 2015] });
  });

  it("a time alone borrows the indicator of the figures right before it, not of those before a clause without one", () => {
    const x = fixture(
      [
        "五年累计新增免减退缓税费5300亿元，其中2018年超2000亿元。",
        "预计2018年城镇居民人均可支配收入达到6180元，年均增长8.1%；克服农业连续严重受灾的不利影响，农民人均纯收入实现了恢复性增长，2018年达到2360元。",
      ],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "其中2018年超2000亿元", "2000亿元")).toMatchObject({ label_zh: "新增免减退缓税费", year: 2018 });
    // The clause before names it: the farmers' income, not the townspeople's.
    expect(one(x, "2018年达到2360元", "2360元").metric).toBe("rural_net_income");
  });
});

describe("a 分别 list of real growths after the levels it pairs (Sanmenxia 2014)", () => {
  it("分别实际增长6.4%和10.5% after two incomes is each income's real growth", () => {
    const x = fixture(["城镇居民人均可支配收入20938元，农民人均纯收入8926元，分别实际增长6.4%和10.5%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "分别实际增长").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["6.4%", "城镇居民人均可支配收入实际增长", "urban_income_growth"],
      ["10.5%", "农民人均纯收入实际增长", "rural_net_income_growth"],
    ]);
  });

  it("年均实际分别递增5.5%和4.8% (Ningbo 2001): the yearly real growth of each income, in the order they are named", () => {
    const x = fixture(["城乡居民收入稳定提高，城镇居民人均可支配收入从7275元增加到10921元，农民人均纯收入从3483元增加到5069元，年均实际分别递增5.5%和4.8%。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "年均实际分别递增").filter((f) => f.unit === "%").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["5.5%", "城镇居民人均可支配收入年均实际递增"],
      ["4.8%", "农民人均纯收入年均实际递增"],
    ]);
  });
});

describe("a bare output after the clause naming the crop's harvest (Heilongjiang 2015)", () => {
  it("粮食再获大丰收，预计总产1352亿斤: 总产 is the grain output", () => {
    const x = fixture(["粮食再获大丰收，预计总产1352亿斤，持续保持全国第一。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "预计总产1352亿斤", "1352亿斤")).toMatchObject({ label_zh: "粮食总产", metric: "grain_output", kind: "result" });
  });
});

describe("a bare output after the clause naming the crop's production (Sanmenxia 2014, Zhangye 2014)", () => {
  it("总产 is the output of the crop whose production the clause before names", () => {
    const x = fixture(["完成农作物播种面积407.4万亩，粮食生产再获丰收，总产达128万吨。"], ["抓好粮食生产，总产保持在5亿公斤以上。"]);
    expect(one(x, "总产达128万吨", "128万吨")).toMatchObject({ label_zh: "粮食总产", metric: "grain_output", kind: "result" });
    expect(one(x, "总产保持在5亿公斤以上", "5亿公斤")).toMatchObject({ label_zh: "粮食总产", metric: "grain_output", kind: "target" });
    expect(one(x, "总产保持在5亿公斤以上", "5亿公斤").quote).toBe("抓好粮食生产，总产保持在5亿公斤以上");
  });
});

describe("a net addition and the stock it brings (Jiujiang 2016)", () => {
  it("规模以上工业企业净增407户，达1259户: the 1259 are the firms, no addition", () => {
    const x = fixture(["规模以上工业企业净增407户，达1259户，总量全省第一。"], ["年完成抽检500批次以上。"]);
    expect(quoting(x, "净增407户").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["407户", "规模以上工业企业净增"],
      ["1259户", "规模以上工业企业"],
    ]);
    expect(one(x, "抽检500批次以上", "500批次")).toMatchObject({ label_zh: "年完成抽检", unit: "批次", qualifier: "at_least" });
  });
});

describe("a yearly average after a change told year by year in the same sentence (Hegang 2016)", () => {
  it("年均增长10.2% after a semicolon spans the five years, not the years after the first year of the change before", () => {
    const x = fixture(
      ["“十二五”时期，是鹤岗发展史上极不平凡的五年。地区生产总值由2013年下降9.5%、2014年下降9.7%，到2015年增长4%；社会消费品零售总额实现116亿元，年均增长10.2%。"],
      ["地区生产总值增长6%。"],
    );
    expect(one(x, "年均增长10.2%", "10.2%")).toMatchObject({ year: 2015, period: [2011, 2015], metric: "retail_sales_growth" });
  });
});

describe("a life span in 岁, and milestones passed in turn without 大关", () => {
  it("years of schooling in 年 after 年限 are a figure (Changchun 2017: 劳动年龄人口平均受教育年限提高0.5年); a year or a span there is none", () => {
    const x = fixture(
      ["人均受教育年限由2015年的9.25年提高到10.2年。"],
      ["劳动年龄人口平均受教育年限提高0.5年，人均预期寿命提高1岁。15岁以上人口平均受教育年限达到9年以上。灵活就业人员医保最低缴费年限减至15年。"],
    );
    expect(one(x, "劳动年龄人口平均受教育年限提高0.5年", "0.5年")).toMatchObject({ kind: "target", value: 0.5, unit: "年", direction: "up" });
    expect(one(x, "平均受教育年限达到9年以上", "9年")).toMatchObject({ kind: "target", value: 9, unit: "年", qualifier: "at_least" });
    expect(one(x, "人均受教育年限由2015年的9.25年提高到10.2年", "10.2年")).toMatchObject({ kind: "result", value: 10.2, unit: "年" });
    expect(quoting(x, "由2015年的").map((f) => f.unit)).toEqual(["年"]);
    expect(quoting(x, "缴费年限")).toEqual([]);
    expect(withUnitEn(0.5, "年")).toBe("0.5 years");
  });
  it("人均预期寿命达到77.8岁 is a figure in 岁, and so is the rise after it; an age bound of a group of people is none", () => {
    const x = fixture(["人均寿命达到76.8岁，提高3.5岁。为6.2万名80岁以上老年人发放高龄津贴。"], ["人均预期寿命提高到78岁。"]);
    expect(one(x, "人均寿命达到76.8岁", "76.8岁")).toMatchObject({ kind: "result", label_zh: "人均寿命", value: 76.8, unit: "岁" });
    expect(one(x, "提高3.5岁", "3.5岁")).toMatchObject({ kind: "result", value: 3.5, unit: "岁", direction: "up" });
    expect(one(x, "人均预期寿命提高到78岁", "78岁")).toMatchObject({ kind: "target", label_zh: "人均预期寿命", value: 78, unit: "岁" });
    expect(quoting(x, "80岁以上").map((f) => f.unit)).toEqual(["万名"]);
    expect(withUnitEn(78, "岁")).toBe("78 years");
  });

  it("the second of two life spans after 分别 is one too (Zhejiang 2003: 男女人均预期寿命已分别达到72.8岁和77.1岁)", () => {
    const x = fixture(["卫生、体育等事业发展步伐加快，人民健康水平不断提高，男女人均预期寿命已分别达到72.8岁和77.1岁。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "寿命已分别达到").map((f) => [f.value, f.unit])).toEqual([[72.8, "岁"], [77.1, "岁"]]);
  });

  it("a bound after a verb of reaching a level (提高到超过77岁): the verb is no word of the label, and gives the direction", () => {
    const x = fixture(["人均预期寿命提高到超过77岁，常住人口城镇化率提高到超过60%。"], ["地区生产总值增长6%。"]);
    expect(one(x, "提高到超过77岁", "77岁")).toMatchObject({ label_zh: "人均预期寿命", qualifier: "at_least", direction: "up" });
    expect(one(x, "提高到超过60%", "60%")).toMatchObject({ label_zh: "常住人口城镇化率", metric: "urbanization_rate", qualifier: "at_least", direction: "up" });
    // A baseline bounded in words (`从不到70万亿元`) is no word of the label either.
    const y = fixture(["国内生产总值从不到70万亿元增加到超过100万亿元。"], ["地区生产总值增长6%。"]);
    expect(one(y, "增加到超过100万亿元", "100万亿元")).toMatchObject({ label_zh: "国内生产总值", qualifier: "at_least", direction: "up" });
  });

  it("相继突破5000亿元和6000亿元 passes two milestones: one level reached, at least the last", () => {
    const x = fixture(["经济总量相继突破5000亿元和6000亿元。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "相继突破").map((f) => [written(x, f), f.label_zh, f.qualifier])).toEqual([["6000亿元", "经济总量", "at_least"]]);
  });

  it("城乡居民人均可支配收入跨上4万元、2万元台阶 (Ningde 2022) falls, no way up: the towns' level, then the countryside's", () => {
    const x = fixture(["城乡居民人均可支配收入跨上4万元、2万元台阶。每年财政支出八成投向民生领域。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "跨上").map((f) => [written(x, f), f.metric, f.qualifier])).toEqual([
      ["4万元", "urban_income", "at_least"],
      ["2万元", "rural_income", "at_least"],
    ]);
    // The way up of one indicator keeps its last milestone alone.
    const y = fixture(["地区生产总值连跨2000亿元、3000亿元大关。"], ["地区生产总值增长6%。"]);
    expect(quoting(y, "连跨").map((f) => written(y, f))).toEqual(["3000亿元"]);
  });
});

describe("a count said to reach its new value from its old one (Yuncheng 2021: 省级开发区数量由5个达到12个)", () => {
  it("达到 ends a baseline as 增加到 does: only the new value is a result", () => {
    const x = fixture(["五年来，我们在加快产业结构调整中转换动能、培育优势。省级开发区数量由5个达到12个。高新技术企业达到169家。"], ["地区生产总值增长6%。"]);
    expect(quoting(x, "省级开发区数量").map((f) => [written(x, f), f.label_zh])).toEqual([["12个", "省级开发区数量"]]);
  });
});

describe("trademarks counted by the 枚 (Neijiang 2014)", () => {
  it("reads 枚 as a count: each trademark figure its own, none lost in the next label (新培育中国驰名商标1枚、四川省著名商标4枚、四川名牌产品10个)", () => {
    const x = fixture(["强化品牌建设，新获四川著名商标7枚，17个争创四川名牌产品通过现场审查。"], ["积极培育品牌建设示范区和质量强市（镇）示范城（镇），新培育中国驰名商标1枚、四川省著名商标4枚、四川名牌产品10个。"]);
    expect(one(x, "新获四川著名商标7枚", "7枚")).toMatchObject({ value: 7, unit: "枚" });
    expect(x.figures.filter((f) => f.kind === "target").map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [1, "枚", "新培育中国驰名商标"],
      [4, "枚", "四川省著名商标"],
      [10, "个", "四川名牌产品"],
    ]);
    expect(withUnitEn(7, "枚")).toBe("7 pieces");
  });
});
