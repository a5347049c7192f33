import { describe, expect, it } from "vitest";
import { bound, readFlat, readPercentWords, readPointWords, readQuantity, readWordAmount } from "../../../src/lib/figures/quantity.ts";
import { baseValue, familiesOf, inUnit, readUnit, sameQuantity, unitScale } from "../../../src/lib/figures/units.ts";
import { fixture, one } from "./helpers.ts";

const read = (text: string) => {
  const q = readQuantity(text, text.search(/\d/));
  return q && { written: text.slice(q.start, q.end), value: q.value, min: q.min, max: q.max, unit: q.unit, qualifier: q.qualifier };
};

describe("the number and unit grammar", () => {
  it("reads a number with its unit as written, magnitude included", () => {
    expect(read("增长6%，")).toMatchObject({ written: "6%", value: 6, unit: "%" });
    expect(read("接待游客达853万人次，")).toMatchObject({ written: "853万人次", value: 853, unit: "万人次" });
    expect(read("旅游总收入70亿元")).toMatchObject({ written: "70亿元", value: 70, unit: "亿元" });
    expect(read("城镇新增就业1.4万人。")).toMatchObject({ written: "1.4万人", value: 1.4, unit: "万人" });
    expect(read("新增市场主体10782户")).toMatchObject({ written: "10782户", value: 10782, unit: "户" });
    expect(read("农村公路317公里")).toMatchObject({ written: "317公里", unit: "公里" });
    expect(read("装机规模达到484万千瓦。")).toMatchObject({ written: "484万千瓦", unit: "万千瓦" });
    expect(read("改造老旧小区27个94万平方米")).toMatchObject({ written: "27个", unit: "个" });
  });

  it("gives a number of a list the unit its next item writes (Qitaihe 2014: 一产和三产分别上升3.0 和8.4 个百分点)", () => {
    expect(read("一产和三产分别上升3.0 和8.4 个百分点")).toMatchObject({ written: "3.0", value: 3, unit: "个百分点" });
    expect(read("分别高于全国0.6和1.1个百分点")).toMatchObject({ written: "0.6", value: 0.6, unit: "个百分点" });
    expect(read("分别提高1.5、2个百分点")).toMatchObject({ written: "1.5", value: 1.5, unit: "个百分点" });
    // Handan 2014: a `个` the list's last item completes to 个百分点 is a count of points too; a count of things stays one.
    expect(read("高于生产总值增速2.8个和5.7个百分点")).toMatchObject({ written: "2.8个", value: 2.8, unit: "个百分点" });
    expect(read("新增3个和5个项目")).toMatchObject({ written: "3个", value: 3, unit: "个" });
    // A number followed by words, or by a ratio, is still no figure.
    expect(read("第3和第4")).toBeNull();
    expect(read("2020和2021年度")).toBeNull();
    expect(read("3和13.2：46.8")).toBeNull();
  });

  it("gives a bare 个 after 由…到 the longer unit the number it comes from writes (Zhenjiang 2014: 由14.6个工作日压缩到4.9个)", () => {
    const ascii = "承诺件办理时限由14.6个工作日压缩到4.9个。";
    expect(readQuantity(ascii, ascii.indexOf("4.9"))).toMatchObject({ value: 4.9, unit: "个工作日" });
    // A count of things stays one, and so does a 个 a noun of its own follows.
    const count = "项目由3个增加到5个。";
    expect(readQuantity(count, count.indexOf("5"))).toMatchObject({ value: 5, unit: "个" });
    const noun = "由3个工作日压缩到2个环节";
    expect(readQuantity(noun, noun.indexOf("2"))).toMatchObject({ value: 2, unit: "个" });
  });

  it("reads the picul of tobacco and the count of lamps (Dali 2014: 收购烟叶 161万担, 乡村路灯 6.1万盏)", () => {
    expect(read("收购烟叶 161万担，")).toMatchObject({ written: "161万担", value: 161, unit: "万担" });
    expect(read("建成乡村路灯 6.1万盏，")).toMatchObject({ written: "6.1万盏", value: 6.1, unit: "万盏" });
    expect(read("发放创业担保贷款21.24亿元")).toMatchObject({ unit: "亿元" });
  });

  it("reads bottles as a count (Ningxia 2023: 年产葡萄酒1.38亿瓶), not in a bottleneck", () => {
    expect(read("年产葡萄酒1.38亿瓶。")).toMatchObject({ written: "1.38亿瓶", value: 1.38, unit: "亿瓶" });
    expect(familiesOf("亿瓶")).toEqual(["count"]);
    expect(readUnit("破解3瓶颈", 3)).toBeNull();
  });

  it("reads pots and mushroom-log sections as counts (Fushun 2025: 花卉172万盆, 2亿段), not 段 opening a word; 延长米 as a length (Shuangyashan 2016)", () => {
    expect(read("补植乔灌木21.5万株、花卉172万盆。")).toMatchObject({ written: "21.5万株", unit: "万株" });
    expect(read("花卉172万盆。")).toMatchObject({ written: "172万盆", value: 172, unit: "万盆" });
    expect(familiesOf("万盆")).toEqual(["count"]);
    expect(read("食用菌、中药材、山野菜规模稳定在2亿段、100万亩和28万亩")).toMatchObject({ written: "2亿段", value: 2, unit: "亿段" });
    expect(readUnit("改造3段路", 1)).toBeNull();
    expect(readUnit("国道310段）", 5)).toBeNull();
    expect(read("改造村内道路62.5公里、排水沟1.5万延长米，")).toMatchObject({ written: "62.5公里" });
    expect(read("排水沟1.5万延长米，")).toMatchObject({ written: "1.5万延长米", value: 1.5, unit: "万延长米" });
  });

  it("reads cases as a count (Ningxia 2025: 新生儿缺陷筛查27万多例), not a word opened by 例", () => {
    const x = fixture(["免费开展妇女“两癌”、孕妇产前、新生儿缺陷筛查２７万多例，群众健康水平稳步提升。"], ["地区生产总值增长5.5%左右。"]);
    expect(one(x, "", "２７万多例")).toMatchObject({ value: 27, unit: "万例", qualifier: "at_least" });
    expect(familiesOf("万例")).toEqual(["count"]);
    expect(readUnit("3例如", 1)).toBeNull();
  });

  it("reads no machines in a step (Sichuan 2022: 地区生产总值迈上5万亿台阶)", () => {
    expect(read("全省地区生产总值迈上5万亿台阶，")).toMatchObject({ written: "5万亿", value: 5, unit: "万亿" });
    expect(read("新增工业机器人1200台，")).toMatchObject({ written: "1200台", unit: "台" });
  });

  it("takes the longest unit: 个百分点, 个工作日, 场次, 人次", () => {
    expect(read("债务率下降34个百分点")).toMatchObject({ written: "34个百分点", unit: "个百分点" });
    expect(read("控制在50个工作日内")).toMatchObject({ written: "50个工作日", unit: "个工作日", qualifier: "at_most" });
    expect(read("文艺演出830场次、")).toMatchObject({ unit: "场次" });
    expect(read("培训企业高管300人次以上")).toMatchObject({ unit: "人次", qualifier: "at_least" });
  });

  it("gives the full-width percent sign as the percent it is, the written span as written", () => {
    expect(read("增长9.6％，")).toMatchObject({ written: "9.6％", value: 9.6, unit: "%" });
    expect(read("增长6.5％—7％；")).toMatchObject({ written: "6.5％—7％", min: 6.5, max: 7, unit: "%" });
    expect(read("稳定在98％以上")).toMatchObject({ written: "98％", unit: "%", qualifier: "at_least" });
    expect(readUnit("9.6％", 3)).toBe("%");
  });

  it("reads ranges with any dash, ratios, and 余", () => {
    expect(read("增长6.5%—7%；")).toEqual({ written: "6.5%—7%", value: null, min: 6.5, max: 7, unit: "%", qualifier: null });
    expect(read("增长6.5—7%")).toMatchObject({ written: "6.5—7%", min: 6.5, max: 7 });
    expect(read("增长6.5%～7%")).toMatchObject({ min: 6.5, max: 7 });
    expect(read("增长6.5%-7%")).toMatchObject({ min: 6.5, max: 7 });
    // Web copies write the dash with U+2500 or U+2015 (Shanghai 2003: 国内生产总值增长9%─10%).
    expect(read("国内生产总值增长9%─10%，")).toMatchObject({ written: "9%─10%", value: null, min: 9, max: 10, unit: "%" });
    expect(read("增长9%―10%")).toMatchObject({ min: 9, max: 10 });
    // A copy of an older report types the numeral 一 for the dash, a digit right after it (Shanxi 2006: 农业产业化龙头企业带动农户发展种养业的比例每年提高10%一1 5%); not 一 opening a word (`3个一流`).
    expect(read("比例每年提高10%一1 5%。")).toMatchObject({ value: null, min: 10, max: 15, unit: "%" });
    expect(read("销售收入达到800一2000亿元")).toMatchObject({ written: "800一2000亿元", min: 800, max: 2000, unit: "亿元" });
    // The range's top a round number, more than it writes (Shanxi 2006: 四大传统支柱产业销售收入分别达到800一2000多亿元).
    expect(read("销售收入分别达到800一2000多亿元。")).toMatchObject({ written: "800一2000多亿元", min: 800, max: 2000, unit: "亿元" });
    expect(read("销售收入3000—5000多万元")).toMatchObject({ min: 3000, max: 5000, unit: "万元" });
    expect(read("建设30个一流学科")).toMatchObject({ written: "30个", value: 30, unit: "个" });
    expect(read("调整为14:43:43。")).toMatchObject({ written: "14:43:43", value: [14, 43, 43], unit: ":" });
    // A bound after a ratio is its own (Changji 2021: 农产品加工值与农业生产总值比例达到2.4:1以上).
    expect(read("比例达到2.4:1以上，")).toMatchObject({ written: "2.4:1", value: [2.4, 1], unit: ":", qualifier: "at_least" });
    expect(read("解决突出问题7400余个。")).toMatchObject({ written: "7400余个", value: 7400, unit: "个", qualifier: "at_least" });
  });

  it("reads a ratio of incomes written without its :1 as one to one (Yiyang 2022: 城乡居民收入比缩小到1.77)", () => {
    expect(read("城乡居民收入比缩小到1.77，")).toMatchObject({ written: "1.77", value: [1.77, 1], unit: ":" });
    expect(read("城乡居民收入比下降到2.7左右。")).toMatchObject({ written: "2.7", value: [2.7, 1], unit: ":", qualifier: "approx" });
    // Not a year compared with, nor a multiple (`城乡居民收入比2010年翻一番`, `收入比前五年增长2.44倍`).
    expect(read("城乡居民收入比2010年翻一番")).not.toMatchObject({ unit: ":" });
    expect(read("农民收入比前五年增长2.44倍")).toMatchObject({ value: 2.44, unit: "倍" });
    const x = fixture(["城乡居民收入比由2.09缩小至1.99，脱贫攻坚成果巩固。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "缩小至1.99", "1.99")).toMatchObject({ label_zh: "城乡居民收入比", value: [1.99, 1], unit: ":", kind: "result" });
  });

  it("reads a minus sign before a number after a word or a mark, not a range's dash (Zhongwei 2016: 增速由2月份-4.9%回升至全年6.9%)", () => {
    const month = "增速由2月份-4.9%回升至全年6.9%";
    const q = readQuantity(month, month.indexOf("4.9"))!;
    expect({ written: month.slice(q.start, q.end), value: q.value, unit: q.unit }).toEqual({ written: "-4.9%", value: -4.9, unit: "%" });
    expect(read("地区生产总值增长-2.3%，")).toMatchObject({ written: "-2.3%", value: -2.3, unit: "%" });
    expect(read("规模以上工业增加值（－1.5%）")).toMatchObject({ written: "－1.5%", value: -1.5 });
    expect(read("增长−0.8%")).toMatchObject({ written: "−0.8%", value: -0.8 });
    expect(read("预计增长-1%—1%")).toMatchObject({ written: "-1%—1%", value: null, min: -1, max: 1 });
    // A dash after a number is a range's: no sign.
    expect(read("增长6.5%-7%")).toMatchObject({ written: "6.5%-7%", min: 6.5, max: 7 });
    const second = "提高2-3个百分点";
    expect(readQuantity(second, second.indexOf("3"))).toMatchObject({ start: second.indexOf("3"), value: 3 });
    const amounts = "每个项目补助1000万元-1亿元";
    expect(readQuantity(amounts, amounts.indexOf("1亿"))).toMatchObject({ start: amounts.indexOf("1亿"), value: 1 });
  });

  it("reads a range whose first number writes only the magnitude of the second's unit (Ningxia 2006: 达到3300亿—3500亿元)", () => {
    expect(read("全社会固定资产投资达到3300亿—3500亿元，年均增长14%—16%")).toMatchObject({ written: "3300亿—3500亿元", value: null, min: 3300, max: 3500, unit: "亿元" });
    expect(read("新增就业1万—2万人")).toMatchObject({ written: "1万—2万人", min: 1, max: 2, unit: "万人" });
    // Not another magnitude (`1万—2亿元`), nor two units.
    expect(read("投资1万—2亿元")).toMatchObject({ written: "1万", value: 1 });
    expect(read("建成3个—5家")).toMatchObject({ written: "3个", value: 3 });
  });

  it("reads a unit whose magnitude a web copy spaced from its measure as one (Tianjin 2012: 港口集装箱吞吐量1150万 标准箱)", () => {
    expect(read("港口集装箱吞吐量1150万 标准箱，增长14%")).toMatchObject({ written: "1150万 标准箱", value: 1150, unit: "万标准箱" });
    expect(read("天津港集装箱吞吐量超过1500万标准箱")).toMatchObject({ written: "1500万标准箱", unit: "万标准箱" });
    expect(read("城镇新增就业1.2 万 人")).toMatchObject({ written: "1.2 万 人", value: 1.2, unit: "万人" });
    // A magnitude before a word that is no measure stays the unit alone (`2.2万 农村贫困人口`).
    expect(read("减少2.2万 农村贫困人口")).toMatchObject({ written: "2.2万", unit: "万" });
  });

  it("reads a magnitude of two characters a PDF copy spaced as one (Hebei 2003: 接近或达到1万 亿元)", () => {
    expect(read("基本实现翻一番，接近或达到1万 亿元。")).toMatchObject({ written: "1万 亿元", value: 1, unit: "万亿元" });
    expect(read("达到1万 亿")).toMatchObject({ written: "1万 亿", value: 1, unit: "万亿" });
    // A measure after the space is read as before (万千瓦).
    expect(read("达到1万 千瓦")).toMatchObject({ written: "1万 千瓦", unit: "万千瓦" });
  });

  it("reads trailing qualifiers after the unit, outside the written span", () => {
    expect(read("增长6.5%左右")).toMatchObject({ written: "6.5%", qualifier: "approx" });
    expect(read("稳定在80%以上")).toMatchObject({ written: "80%", qualifier: "at_least" });
    expect(read("控制在4.5%以内")).toMatchObject({ written: "4.5%", qualifier: "at_most" });
  });

  it("gives no figure for a number without a unit", () => {
    expect(read("国4务院")).toBeNull();
    expect(read("入选中国2019农业品牌目录")).toBeNull();
  });

  it("reads 持平 as a change of 0 %", () => {
    expect(readFlat("固定资产投资持平；", 6)).toMatchObject({ value: 0, unit: "%", start: 6, end: 8 });
  });

  it("reads an amount written in Chinese numerals before its unit, as the State Council's 1991 report writes its levels", () => {
    const words = (text: string, from: string) => {
      const q = readWordAmount(text, text.indexOf(from));
      return q && { written: text.slice(q.start, q.end), value: q.value, min: q.min, max: q.max, unit: q.unit, qualifier: q.qualifier };
    };
    expect(words("全年国民生产总值一万七千四百亿元，比上年增长5%；", "一万")).toEqual({ written: "一万七千四百亿元", value: 17400, min: null, max: null, unit: "亿元", qualifier: null });
    expect(words("全国粮食总产量达到四千三百五十亿公斤，比上年增加二百七十五亿公斤", "四千")).toMatchObject({ value: 4350, unit: "亿公斤" });
    expect(words("原煤产量达到十亿八千万吨，比上年增长2.5%", "十亿")).toMatchObject({ written: "十亿八千万吨", value: 10.8, unit: "亿吨" });
    expect(words("原油一亿三千八百万吨，与上年持平", "一亿")).toMatchObject({ value: 1.38, unit: "亿吨" });
    expect(words("职工平均货币工资二千一百五十元，扣除生活费用价格上涨因素", "二千")).toMatchObject({ value: 2150, unit: "元" });
    expect(words("粮食面积力求稳定在十七亿亩左右，", "十七")).toMatchObject({ value: 17, unit: "亿亩", qualifier: "approx" });
    expect(words("国内化肥生产安排九千万至九千二百万吨，", "九千万")).toMatchObject({ value: null, min: 9000, max: 9200, unit: "万吨" });
    expect(words("原油一亿三千八百八十万至一亿三千九百三十万吨，", "一亿")).toMatchObject({ min: 1.388, max: 1.393, unit: "亿吨" });
    expect(words("纱产量四百一十三万三千吨至四百三十一万三千吨；", "四百")).toMatchObject({ min: 413.3, max: 431.3, unit: "万吨" });
    // Counts of things, times, a people named and a scale that names a thing are words of the sentence, no level.
    expect(words("坚持“三个代表”重要思想", "三")).toBeNull();
    expect(words("用三年时间基本解决", "三")).toBeNull();
    expect(words("十三亿人民的共同愿望", "十三")).toBeNull();
    expect(words("围绕打造两百亿元奶产业聚集区目标", "两百")).toBeNull();
    expect(words("一九九一年计划", "一九")).toBeNull();
  });

  it("reads a percentage written in words, as the national reports of the 1990s write them (百分之八, 百分之十二点八)", () => {
    const words = (text: string) => {
      const q = readPercentWords(text, text.indexOf("百分之"));
      return q && { written: text.slice(q.start, q.end), value: q.value, min: q.min, max: q.max, unit: q.unit, qualifier: q.qualifier };
    };
    expect(words("今年国民生产总值计划增长百分之八，")).toEqual({ written: "百分之八", value: 8, min: null, max: null, unit: "%", qualifier: null });
    expect(words("比上年增长百分之十二点八。")).toMatchObject({ written: "百分之十二点八", value: 12.8 });
    expect(words("钢产量增长百分之四十二，")).toMatchObject({ value: 42 });
    expect(words("减少幅度在百分之二十五左右。")).toMatchObject({ written: "百分之二十五", value: 25, qualifier: "approx" });
    expect(words("由原定平均每年百分之六调高到百分之八至九。".slice(12))).toMatchObject({ written: "百分之八至九", value: null, min: 8, max: 9 });
    expect(words("实际增长百分之四至百分之五。")).toMatchObject({ written: "百分之四至百分之五", min: 4, max: 5 });
    expect(words("提高到百分之一百二十")).toMatchObject({ value: 120 });
    // All of it (a slogan's `六个百分之百`) is no figure.
    expect(words("严格落实“六个百分之百”要求")).toBeNull();
  });

  it("reads percentage points written in words after a verb of change (Hunan 2002: 今年全省城镇化率力求提高一个百分点以上)", () => {
    const points = (text: string, word: string) => {
      const q = readPointWords(text, text.indexOf(word));
      return q && { written: text.slice(q.start, q.end), value: q.value, unit: q.unit, qualifier: q.qualifier };
    };
    expect(points("今年全省城镇化率力求提高一个百分点以上。", "一个")).toEqual({ written: "一个百分点", value: 1, unit: "个百分点", qualifier: "at_least" });
    expect(points("单位生产总值能耗下降两个百分点，", "两个")).toMatchObject({ value: 2 });
    expect(points("比重提高了十二个百分点。", "十二")).toMatchObject({ value: 12 });
    // Not after anything but a verb of change: a count of points is no figure (`相差一个百分点`).
    expect(points("两者相差一个百分点。", "一个")).toBeNull();
  });

  it("sets bounds from the qualifier, and leaves ranges alone", () => {
    const q = readQuantity("80%以上", 0)!;
    expect(bound(q, "at_least")).toMatchObject({ value: 80, min: 80, max: null });
    expect(bound(q, "at_most")).toMatchObject({ value: 80, min: null, max: 80 });
    expect(bound(readQuantity("6.5%—7%", 0)!, null)).toMatchObject({ value: null, min: 6.5, max: 7 });
  });
});

describe("units", () => {
  it("reads a battery plant's 亿瓦时 as one unit, and the plant it names as no figure (Hengyang 2020: 新敏雅150亿瓦时高能比电芯)", () => {
    expect(read("新敏雅150亿瓦时高能比电芯、")).toMatchObject({ written: "150亿瓦时", value: 150, unit: "亿瓦时" });
    expect(read("全社会用电量120亿千瓦时。")).toMatchObject({ written: "120亿千瓦时", unit: "亿千瓦时" });
    const x = fixture(["地区生产总值增长6%。"], ["力争新敏雅150亿瓦时高能比电芯、特变电工南方智能电网产业园一期等项目建成投产。储能电池产能达到20亿瓦时。"]);
    expect(x.figures.filter((f) => f.quote.includes("新敏雅"))).toEqual([]);
    expect(one(x, "储能电池产能", "20亿瓦时")).toMatchObject({ label_zh: "储能电池产能", value: 20, unit: "亿瓦时" });
  });

  it("reads computing power in PFLOPS as one unit, not a bare 万 with PFLOPS in the label (Zhongwei 2025: 算力规模4.4万PFLOPS)", () => {
    expect(read("算力规模4.4万PFLOPS。")).toMatchObject({ written: "4.4万PFLOPS", value: 4.4, unit: "万PFLOPS" });
    expect(familiesOf("万PFLOPS")).toEqual([]);
    const x = fixture(["地区生产总值增长6%。"], ["标准机架达到26万架，算力规模突破21万PFLOPS，数字信息产业规模达到130亿元。"]);
    expect(one(x, "算力规模", "21万PFLOPS")).toMatchObject({ label_zh: "算力规模", value: 21, unit: "万PFLOPS", qualifier: "at_least" });
  });

  it("reads computing power written short (P), bandwidth and data in Latin letters as units, no code (Anhui 2024: 智能算力达12000P, 数据集规模达200TB; Guizhou 2023: 出省带宽达4.5万Gbps, 1.3万大箱)", () => {
    expect(read("出省带宽达4.5万Gbps。")).toMatchObject({ value: 4.5, unit: "万Gbps" });
    expect(read("陆港年周转集装箱达到1.3万大箱。")).toMatchObject({ value: 1.3, unit: "万大箱" });
    const x = fixture(["智能算力突破7000P，5G基站突破12万个。"], ["高质量行业数据集规模达200TB，智能算力达12000P。建设3D打印基地2个。"]);
    expect(one(x, "", "200TB")).toMatchObject({ label_zh: "高质量行业数据集规模", value: 200, unit: "TB" });
    expect(one(x, "智能算力达", "12000P")).toMatchObject({ label_zh: "智能算力", value: 12000, unit: "P" });
    expect(one(x, "", "7000P")).toMatchObject({ value: 7000, unit: "P", qualifier: "at_least" });
    expect(x.figures.filter((f) => f.quote.includes("3D")).map((f) => f.value)).toEqual([2]);
  });

  it("reads rounds (轮) as a count at the end of their clause, not a word it opens (Yangjiang 2023: 发放消费券17轮、拉动消费3.3亿元)", () => {
    expect(readUnit("17轮、", 2)).toBe("轮");
    expect(readUnit("3轮驱动", 1)).toBeNull();
    const x = fixture(["组织“乐购”消费等活动，发放消费券17轮、拉动消费3.3亿元，促进消费市场逐步回暖。"], ["地区生产总值增长5%。"]);
    expect(one(x, "发放消费券", "17轮")).toMatchObject({ label_zh: "发放消费券", value: 17, unit: "轮" });
    expect(one(x, "拉动消费", "3.3亿元")).toMatchObject({ label_zh: "拉动消费" });
  });

  it("splits magnitude from base and converts to base units", () => {
    expect(unitScale("万人次")).toEqual({ base: "人次", factor: 1e4 });
    expect(unitScale("亿元")).toEqual({ base: "元", factor: 1e8 });
    expect(unitScale("%")).toEqual({ base: "%", factor: 1 });
    expect(baseValue(1.4, "万人")).toBe(14000);
    expect(baseValue(12.4, "亿元")).toBe(1240000000);
  });

  it("compares one unit at different magnitudes, and nothing else", () => {
    expect([sameQuantity("万人", "人"), sameQuantity("亿元", "万元"), sameQuantity("%", "%")]).toEqual([true, true, true]);
    expect([sameQuantity("户", "人"), sameQuantity("名", "人"), sameQuantity("%", "个百分点"), sameQuantity("万人次", "万人")]).toEqual([false, false, false, false]);
    const f = { value: 12389, min: null, max: null, unit: "人" };
    expect(inUnit(f, "万人")).toEqual({ value: 1.2389, min: null, max: null, unit: "万人" });
    expect(inUnit({ value: null, min: 1.5, max: 2, unit: "亿元" }, "万元")).toEqual({ value: null, min: 15000, max: 20000, unit: "万元" });
    expect(inUnit(f, "人")).toBe(f);
    expect(() => inUnit(f, "户")).toThrow(/人 as 户/);
  });

  it("names the families a unit belongs to", () => {
    expect(familiesOf("万户")).toEqual(["households", "count"]);
    expect(familiesOf("个工作日")).toEqual(["days"]);
    expect(familiesOf(":")).toEqual(["ratio"]);
    expect(familiesOf("万千瓦")).toEqual(["power"]);
    expect(readUnit("万千瓦。", 0)).toBe("万千瓦");
    expect(readUnit("务院", 0)).toBeNull();
  });
});

describe("papers counted by the copy (Changsha 2020: 实现企业开办审批材料不超过7份、环节不超过4个)", () => {
  it("reads 份 as a count, so the cap is a figure and its 份 opens no next label", () => {
    expect(read("实现企业开办审批材料不超过7份、环节不超过4个")).toMatchObject({ written: "7份", value: 7, unit: "份" });
    const x = fixture(["地区生产总值增长8%。"], ["大力推广“三即承诺制”，实现企业开办审批材料不超过7份、环节不超过4个、时间压缩到1个工作日以内和“零收费”。"]);
    expect(x.figures.filter((f) => f.kind === "target" && f.quote.includes("材料")).map((f) => [f.label_zh, f.max, f.unit])).toEqual([
      ["企业开办审批材料", 7, "份"],
      ["环节", 4, "个"],
      ["时间", 1, "个工作日"],
    ]);
  });
});

describe("a number written in two magnitudes (National 2018)", () => {
  it("is one figure in the larger magnitude: 1万6千多户, 2万5千公里, 1亿3千多万", () => {
    expect(read("增加到1万6千多户。")).toMatchObject({ written: "1万6千多户", value: 1.6, unit: "万户", qualifier: "at_least" });
    expect(read("增加到2万5千公里、占世界三分之二")).toMatchObject({ written: "2万5千公里", value: 2.5, unit: "万公里", qualifier: null });
    expect(read("增加到1亿3千多万。")).toMatchObject({ written: "1亿3千多万", value: 1.3, unit: "亿", qualifier: "at_least" });
  });

  it("but not a count of 千 after 亿 without 万, nor a second figure", () => {
    expect(read("增加到1亿3千人")).toMatchObject({ written: "1亿", value: 1, unit: "亿" });
    expect(read("1万、6千户")).toMatchObject({ written: "1万", value: 1 });
  });
});

describe("a point whose decimals a copy lost (Tongren 2014: 公共财政预算支出235.亿元，增长13.1%)", () => {
  it("reads the number as far as it is written when its unit follows the point", () => {
    expect(read("公共财政预算支出235.亿元，增长13.1%")).toMatchObject({ written: "235.亿元", value: 235, unit: "亿元" });
    expect(read("旅游收入157.亿元，增长31.%")).toMatchObject({ written: "157.亿元", value: 157 });
    expect(read("增长31.%")).toMatchObject({ written: "31.%", value: 31, unit: "%" });
    // Not a list item's number (`1.新增就业…`) nor a point before words.
    expect(read("1.亿元")).toBeNull();
    expect(read("第1.新增")).toBeNull();
    expect(read("主要是：1.个体工商户增加")).toBeNull();
    expect(read("增加了。3.个体工商户增加")).toBeNull();
    expect(read("自增率分别控制在12.‰、5.‰以内")).toMatchObject({ written: "12.‰", value: 12 });
  });

  it("gives each figure of the line its own record, and a ratio of such numbers", () => {
    const x = fixture(
      ["全年完成地区生产总值535亿元，增长13.5%，其中公共财政预算收入44.5亿元，增长24.1%，增速全省第五；公共财政预算支出235.亿元，增长13.1%。三次产业结构由27.：28.：44.调整为25.：29.：45.，二、三产比重逐步加大。"],
      ["地区生产总值增长12%。"],
    );
    expect(x.figures.filter((f) => f.quote.includes("预算支出")).map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [235, "亿元", "公共财政预算支出"],
      [13.1, "%", "公共财政预算支出增长"],
    ]);
    expect(x.figures.filter((f) => f.unit === ":").map((f) => f.value)).toEqual([[25, 29, 45]]);
  });

  it("reads a ratio whose points a copy set a space after, and a point set for the full stop before a year as none of the label (Guangdong 2001)", () => {
    expect(read("调整为10.4：51. 1：38. 5。")).toMatchObject({ written: "10.4：51. 1：38. 5", value: [10.4, 51.1, 38.5], unit: ":" });
    const x = fixture(
      ["三大产业比例由1995年的15. 1∶50. 2∶34.7变化到2000年的10.4∶51. 1∶38. 5.2000年地方一般预算收入907. 23亿元，比上年增长19. 1％，是1995年的2. 4倍。"],
      ["地区生产总值增长9%左右。"],
    );
    expect(x.figures.filter((f) => f.unit === ":").at(-1)!.value).toEqual([10.4, 51.1, 38.5]);
    expect(x.figures.filter((f) => f.metric === "budget_revenue").map((f) => [f.value, f.label_zh])).toEqual([[907.23, "地方一般预算收入"]]);
  });
});

describe("thousands set apart by commas (Haikou 2015: 城镇常住居民人均可支配收入26，530元，增长9.6%)", () => {
  it("reads the groups as one number when its unit follows, a list's numbers not", () => {
    expect(read("城镇常住居民人均可支配收入26，530元，增长9.6%")).toMatchObject({ written: "26，530元", value: 26530, unit: "元" });
    expect(read("开工建设12，984套安置房")).toMatchObject({ written: "12，984套", value: 12984, unit: "套" });
    expect(read("收入1,234.5亿元")).toMatchObject({ written: "1,234.5亿元", value: 1234.5, unit: "亿元" });
    // Not two numbers of a list, nor a year and a number, nor a group of two digits.
    expect(read("分别为1，2个")).toBeNull();
    expect(read("2014，500元")).toBeNull();
    expect(read("增长12，98个")).toBeNull();
  });

  it("gives the income its own record and its own growth, not the subject of the clause before", () => {
    const x = fixture(
      ["全市生产总值1005.5亿元，增长9.2%；社会消费品零售总额541.3亿元，增长10.5%；城镇常住居民人均可支配收入26，530元，增长9.6%；农村常住居民人均可支配收入10，630元，增长12.4%；居民消费价格涨幅2.2%。"],
      ["全市生产总值增长8.5%左右。"],
    );
    expect(x.figures.filter((f) => /收入/.test(f.label_zh)).map((f) => [f.metric, f.value, f.unit])).toEqual([
      ["urban_income", 26530, "元"],
      ["urban_income_growth", 9.6, "%"],
      ["rural_income", 10630, "元"],
      ["rural_income_growth", 12.4, "%"],
    ]);
  });
});

describe("machines and their sets as one unit (Yanbian 2018: 亚联机械年产8台套连续压机生产线项目进展顺利)", () => {
  it("reads 台套 whole, never leaving 套 to the label", () => {
    expect(read("亚联机械年产8台套连续压机生产线项目进展顺利")).toMatchObject({ written: "8台套", value: 8, unit: "台套", qualifier: null });
    // Daqing 2025 and Yichang 2023: with its qualifier, and after a magnitude.
    expect(read("更新高性能农机装备5000台套以上")).toMatchObject({ value: 5000, unit: "台套", qualifier: "at_least" });
    expect(read("设备9.4万台套")).toMatchObject({ value: 9.4, unit: "万台套" });
    // In the report it is a project's rated output, before the line it rates: no figure of the place's.
    const x = fixture(["亚联机械年产8台套连续压机生产线项目进展顺利，新增设备200台套。"], []);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([[200, "台套", "新增设备"]]);
  });
});

describe("a second unit in brackets before the qualifier (Sanming 2016: 完成“机器换工”100台（套）以上; Baiyin 2021: 养殖存栏量达到600万头（只）以上)", () => {
  it("keeps the qualifier after it the figure's", () => {
    expect(read("完成“机器换工”100台（套）以上")).toMatchObject({ written: "100台", value: 100, unit: "台", qualifier: "at_least" });
    expect(read("养殖存栏量达到600万头（只）以上")).toMatchObject({ value: 600, unit: "万头", qualifier: "at_least" });
    // With no qualifier after it, the figure has none (Yibin 2016: 开展展示展销活动121场（次）).
    expect(read("开展展示展销活动121场（次），实现销售收入492.68亿元")).toMatchObject({ value: 121, unit: "场", qualifier: null });
  });
});

describe("basis points of an interest rate (Zhuzhou 2025: 一般贷款加权平均利率同比下降30个基点)", () => {
  it("reads 个基点 as the unit, no count of things and no 基点 left in the label", () => {
    expect(read("下降30个基点，")).toMatchObject({ written: "30个基点", value: 30, unit: "个基点" });
    const x = fixture(["一般贷款加权平均利率同比下降30个基点，其中政府平台类企业融资成本下降约80个基点。"], ["地区生产总值增长5.5%以上。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.unit, f.label_zh, f.direction, f.metric])).toEqual([
      [30, "个基点", "一般贷款加权平均利率同比下降", "down", null],
      [80, "个基点", "政府平台类企业融资成本下降", "down", null],
    ]);
  });
});

describe("square metres with the exponent raised (Nanchang 2006: 竣工商品房面积413万米², 经济适用房面积19万米²)", () => {
  it("reads 米² whole as an area, no length and no ² left to open the next label", () => {
    expect(read("竣工商品房面积413万米²，")).toMatchObject({ written: "413万米²", value: 413, unit: "万米²" });
    expect(familiesOf("万米²")).toEqual(["area"]);
    const x = fixture(["城市人均住房面积由2000年10.4米²上升到2005年20.8米²，人均公共绿地面积7.5米²。"], []);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [20.8, "米²", "城市人均住房面积"],
      [7.5, "米²", "人均公共绿地面积"],
    ]);
  });
});

describe("pieces counted by the 颗 (Taiyuan 2023: 为6-9岁儿童免费开展牙齿窝沟封闭1万颗)", () => {
  it("reads 颗 as a count, not before 粒", () => {
    expect(read("免费开展牙齿窝沟封闭1万颗；")).toMatchObject({ written: "1万颗", value: 1, unit: "万颗" });
    expect(readUnit("3颗粒物", 1)).toBeNull();
  });
});

describe("square metres and kilometres in symbols (Xiangtan 2016: 房屋征拆56万m2, 人均公园绿地面积达到9.2m2, 92.8km2)", () => {
  it("reads m2 and km2 whole as an area, no magnitude alone with m2 left to open the next label", () => {
    expect(read("完成土地征收1560亩、房屋征拆56万m2。")?.unit).toBe("亩");
    expect(read("房屋征拆56万m2。")).toMatchObject({ written: "56万m2", value: 56, unit: "万m2" });
    expect(read("人均公园绿地面积达到9.2m2。")).toMatchObject({ written: "9.2m2", value: 9.2, unit: "m2" });
    expect(read("综合治理水土流失面积92.8km2，")).toMatchObject({ written: "92.8km2", value: 92.8, unit: "km2" });
    expect(familiesOf("万m2")).toEqual(["area"]);
    const x = fixture(["开展拆违控违大行动，拆除违法建设140万m2、户外广告17.3万m2，二环线内中心城区立柱广告实现清零。"], []);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [140, "万m2", "拆除违法建设"],
      [17.3, "万m2", "户外广告"],
    ]);
  });

  it("takes a number right before m2 or km2 for an area, no code like 5G or AG600M", () => {
    const x = fixture(["城市绿荫行动有力推进，人均公园绿地面积达到9.2m2。", "综合治理水土流失面积92.8km2，复绿矿山63处。"], []);
    expect(x.figures.map((f) => [f.value, f.unit, f.label_zh])).toEqual([
      [9.2, "m2", "人均公园绿地面积"],
      [92.8, "km2", "综合治理水土流失面积"],
      [63, "处", "复绿矿山"],
    ]);
    expect(fixture(["推进5G基站建设，AG600M完成试验，引进3D打印项目。"], []).figures).toEqual([]);
  });
});

describe("models and products counted by the 款 (Jingmen 2023: 力争“荆门造”车型增至5款、产能30万辆以上)", () => {
  it("reads 款 as a count, the next figure's label its own, but not before 项", () => {
    expect(read("车型增至5款、")).toMatchObject({ written: "5款", value: 5, unit: "款" });
    expect(readUnit("3款项", 1)).toBeNull();
    const x = fixture([], ["加快长城汽车（二期）建设，力争“荆门造”车型增至5款、产能30万辆以上。"]);
    expect(x.figures.map((f) => [f.label_zh, f.value, f.unit, f.qualifier])).toEqual([
      ["“荆门造”车型", 5, "款", null],
      ["产能", 30, "万辆", "at_least"],
    ]);
  });
});

describe("an amount a household (Xiangtan 2016: 特困户建房补助资金提高到4万元/户)", () => {
  it("reads 元/户 whole, a rate of no indicator's family", () => {
    expect(read("特困户建房补助资金提高到4万元/户。")).toMatchObject({ written: "4万元/户", value: 4, unit: "万元/户" });
    expect(familiesOf("万元/户")).toEqual([]);
  });
});

describe("percentage points written without their 个 (Beijing 2007: 房地产开发投资比重下降2.9百分点)", () => {
  it("reads 百分点 as 个百分点, no 2.9 hundreds with 分点 left in the label", () => {
    expect(read("房地产开发投资比重下降2.9百分点。")).toMatchObject({ written: "2.9百分点", value: 2.9, unit: "个百分点" });
    expect(read("新建200百货商店")).toMatchObject({ written: "200百", unit: "百" });
    const x = fixture(["投资结构进一步改善，第三产业投资增长24.5%，房地产开发投资比重下降2.9百分点。"], []);
    expect(one(x, "房地产开发投资比重", "2.9百分点")).toMatchObject({ value: 2.9, unit: "个百分点", label_zh: "房地产开发投资比重下降", direction: "down" });
  });
});

describe("a weight of standard coal (万元生产总值综合能耗降到1.02吨标准煤以下, Shanghai 2005)", () => {
  it("is one unit, its bound after 标准煤", () => {
    expect(read("万元生产总值综合能耗降到1.02吨标准煤以下")).toMatchObject({ written: "1.02吨标准煤", value: 1.02, unit: "吨标准煤", qualifier: "at_most" });
    expect(read("减少能源消耗8万吨标准煤")).toMatchObject({ value: 8, unit: "万吨标准煤" });
    expect(familiesOf("万吨标准煤")).toEqual(["weight"]);
  });

  it("and its short form 吨标煤 (万元GDP能耗1.1吨标煤, Guyuan 2016; 用能120万吨标煤)", () => {
    expect(read("万元GDP能耗1.1吨标煤，这四项指标均完成自治区下达的任务")).toMatchObject({ written: "1.1吨标煤", value: 1.1, unit: "吨标煤" });
    expect(read("腾出用地5万亩、用能120万吨标煤。")).toMatchObject({ value: 5, unit: "万亩" });
    expect(familiesOf("万吨标煤")).toEqual(["weight"]);
    const x = fixture(["城镇登记失业率3.71%，人口自然增长率9.49‰，居民消费价格涨幅1.9%，万元GDP能耗1.1吨标煤，这四项指标均完成自治区下达的任务。"], ["地区生产总值增长8%。"]);
    expect(one(x, "万元GDP能耗1.1吨标煤", "1.1吨标煤")).toMatchObject({ kind: "result", value: 1.1, unit: "吨标煤" });
    const y = fixture(["地区生产总值增长6%。"], ["整治提升高耗低效企业600家，腾出用地1万亩、用能5万吨标煤。"]);
    expect(one(y, "用能5万吨标煤", "5万吨标煤")).toMatchObject({ kind: "target", value: 5, unit: "万吨标煤" });
  });

  it("in Chinese numerals too (全国节约能源总量完成一千万吨标准煤, State Council 1991)", () => {
    const text = "全国节约能源总量完成一千万吨标准煤";
    expect(readWordAmount(text, text.indexOf("一千"))).toMatchObject({ value: 1000, unit: "万吨标准煤" });
  });

  it("gives the plan year's level of energy used per unit of output, and no size class of firms", () => {
    const x = fixture(
      ["地区生产总值增长6%。"],
      ["全市生产总值增长11%左右，万元生产总值综合能耗降到1.02吨标准煤以下。在年耗能5000吨标准煤以上企业中开展节能行动。"],
    );
    expect(one(x, "综合能耗降到1.02吨标准煤以下", "1.02吨标准煤")).toMatchObject({ kind: "target", year: 2020, unit: "吨标准煤", qualifier: "at_most" });
    expect(x.figures.filter((f) => f.quote.includes("5000吨标准煤"))).toEqual([]);
  });
});

describe("kinds counted in 种 (Guangyuan 2024: 集采药品、医用耗材分别达到423种、14类)", () => {
  it("reads 种 as a count at the end of its item, each thing of the list its own number", () => {
    expect(read("分别达到423种、14类")).toMatchObject({ value: 423, unit: "种" });
    const x = fixture(["地区生产总值增长6.2%。集采药品、医用耗材分别达到423种、14类。"], ["地区生产总值增长6.5%以上。"]);
    expect(one(x, "423种", "423种")).toMatchObject({ value: 423, label_zh: "集采药品" });
    expect(one(x, "14类", "14类")).toMatchObject({ value: 14, label_zh: "医用耗材" });
  });

  it("reads no 种 that opens a word of its own (种植, 种子)", () => {
    expect(read("示范推广45.8万亩种植")?.unit).toBe("万亩");
    expect(read("推广3种子")?.unit).not.toBe("种");
  });
});

describe("copies counted in 本 (Guigang 2025: 发放权属证书13.6万本)", () => {
  it("reads 本 as a count at the end of its clause, not 本 opening a word (本地, 本级)", () => {
    expect(read("发放权属证书13.6万本。")).toMatchObject({ value: 13.6, unit: "万本" });
    expect(read("吸纳10万本地居民就业")?.unit).toBe("万");
    expect(read("安排3亿元本级资金")?.unit).toBe("亿元");
  });
});

describe("gigawatts, steam tonnes and tonne-kilometres (Xining 2022, Hohhot 2016)", () => {
  it("reads 吉瓦 and 吉瓦时 as power, no figure lost (Xining 2022: 单晶硅37.5吉瓦，动力及储能电池32.5吉瓦时)", () => {
    expect(familiesOf("吉瓦")).toEqual(["power"]);
    const x = fixture([], ["建成高景单晶硅二期、诺德铜箔二期等项目，多晶硅产能达到10.5万吨，单晶硅37.5吉瓦，动力及储能电池32.5吉瓦时，正负极材料8.3万吨。"]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([
      [10.5, "万吨"],
      [37.5, "吉瓦"],
      [32.5, "吉瓦时"],
      [8.3, "万吨"],
    ]);
  });
  it("reads GW and GWh, MW and MWh by their Latin symbols as power, no code (Yibin 2023: 建成产能累计达150GWh，全年生产动力电池70GWh)", () => {
    expect(familiesOf("GWh")).toEqual(["power"]);
    expect(read("全年生产动力电池70GWh；")).toMatchObject({ written: "70GWh", value: 70, unit: "GWh" });
    expect(read("建设5MWp光伏")?.unit).not.toBe("MW");
    // A plant's size before its product, Han or Latin, is no figure (Heyuan 2014: `旗滨4.5MW余热发电`; Wuzhou 2023: `沐邦高科10GW
    // TOPCON光伏电池生产基地`; Jinzhou 2014: `奥克阳光 200MW多晶硅锭`).
    const x = fixture(
      ["建成产能累计达150GWh，全年生产动力电池70GWh。加快旗滨4.5MW余热发电、奥克阳光200MW多晶硅锭等项目建设。"],
      ["确保新增建成产能30GWh、累计达到180GWh。加快横店东磁20GW电池片一期、沐邦高科10GW TOPCON光伏电池生产基地等项目建设。"],
    );
    expect(x.figures.map((f) => [f.label_zh, f.value, f.unit])).toEqual([
      ["建成产能", 150, "GWh"],
      ["生产动力电池", 70, "GWh"],
      ["新增建成产能", 30, "GWh"],
      ["建成产能", 180, "GWh"],
    ]);
  });
  it("reads 期 before 、 and another phase's number as a phase of a work, no sessions (Yibin 2023: 四川时代3期、5期及时代吉利一期项目建成投产)", () => {
    expect(readUnit("3期、5期及", 1)).toBeNull();
    expect(readUnit("7期、新闻发布活动205场", 1)).toBe("期");
    const x = fixture(["四川时代3期、5期及时代吉利一期项目建成投产，组织在线访谈7期。"], ["地区生产总值增长6%。"]);
    expect(x.figures.filter((f) => f.kind === "result").map((f) => [f.value, f.unit])).toEqual([[7, "期"]]);
  });
  it("reads 重箱 as plate glass by the weight case, as 重量箱 (Benxi 2021: 浮法玻璃产量达到3350万重箱)", () => {
    expect(read("浮法玻璃产量达到3350万重箱、")).toMatchObject({ written: "3350万重箱", value: 3350, unit: "万重箱" });
  });
  it("reads 蒸吨 as a boiler's capacity (Xining 2022: 完成“煤改气”、低氮锅炉改造265蒸吨)", () => {
    expect(read("低氮锅炉改造265蒸吨，")).toMatchObject({ written: "265蒸吨", value: 265, unit: "蒸吨" });
  });
  it("reads 亿吨公里 and 公里/百平方公里 whole (Hohhot 2016: 路网密度达到42.4公里/百平方公里; 完成货运周转量1613.6亿吨公里)", () => {
    expect(read("完成货运周转量1613.6亿吨公里，")).toMatchObject({ written: "1613.6亿吨公里", value: 1613.6, unit: "亿吨公里" });
    expect(read("路网密度达到42.4公里/百平方公里，")).toMatchObject({ written: "42.4公里/百平方公里", value: 42.4, unit: "公里/百平方公里" });
  });
});

describe("the class of boilers a 蒸吨 sizes (Hohhot 2016: 对65蒸吨以上供暖及生产性企业燃煤锅炉进行脱硫脱硝改造)", () => {
  it("reads no figure from the class, but the capacity done after 锅炉 改造 (Xining 2022)", () => {
    const x = fixture(["完成“煤改气”、低氮锅炉改造265蒸吨，城镇清洁供暖率达85.7%。"], ["对65蒸吨以上供暖及生产性企业燃煤锅炉进行脱硫脱硝改造。淘汰10蒸吨及以下燃煤锅炉39台。"]);
    expect(x.figures.map((f) => [f.value, f.unit])).toEqual([
      [265, "蒸吨"],
      [85.7, "%"],
      [39, "台"],
    ]);
  });
});

describe("an amount a year a head written the year first (Hohhot 2016: 今年农村低保标准提高100元/年·人)", () => {
  it("reads the whole unit, no ·人 left over", () => {
    expect(read("今年农村低保标准提高100元/年·人。")).toMatchObject({ value: 100, unit: "元/年·人" });
    expect(familiesOf("元/年·人")).toEqual(["yuan"]);
  });
});

describe("a list of concentrations, the volume written before the first (Heze 2020: PM2.5、PM10分别下降到每立方米57微克、112微克)", () => {
  it("reads the later item in 微克/立方米 too, and gives each its own value", () => {
    expect(read("、112微克，大气环境质量持续改善")).toBeNull();
    const text = "PM2.5、PM10分别下降到每立方米57微克、112微克，大气环境质量持续改善。";
    const q = readQuantity(text, text.indexOf("112"));
    expect(q && { written: text.slice(q.start, q.end), value: q.value, unit: q.unit }).toEqual({ written: "112微克", value: 112, unit: "微克/立方米" });
    const x = fixture(["35蒸吨以下锅炉全部淘汰，PM2.5、PM10分别下降到每立方米57微克、112微克，大气环境质量持续改善。"], ["地区生产总值增长6%以上。"]);
    const pm = x.figures.filter((f) => f.unit === "微克/立方米").map((f) => [f.label_zh, f.value]);
    expect(pm).toEqual([["PM2.5", 57], ["PM10", 112]]);
  });
});

describe("a concentration brought down from an old value, the volume written before it (Huzhou 2021: 市区PM2.5平均浓度从每立方米57微克下降到26微克)", () => {
  it("reads the new value in 微克/立方米 and keeps the old one out", () => {
    const text = "市区PM2.5平均浓度从每立方米57微克下降到26微克，空气优良率从59.2%提高到87.7%。";
    const q = readQuantity(text, text.indexOf("26"));
    expect(q && { written: text.slice(q.start, q.end), value: q.value, unit: q.unit }).toEqual({ written: "26微克", value: 26, unit: "微克/立方米" });
    const x = fixture(["绿色发展指数稳居全省前3位。市区PM2.5平均浓度从每立方米57微克下降到26微克，空气优良率从59.2%提高到87.7%。"], ["地区生产总值增长6%以上。"]);
    const pm = x.figures.filter((f) => /PM2/.test(f.label_zh)).map((f) => [f.label_zh, f.value, f.unit]);
    expect(pm).toEqual([["市区PM2.5平均浓度", 26, "微克/立方米"]]);
  });
});

describe("cubic metres written short (Lvliang 2020: 争取年内煤成气产量达到18亿立方)", () => {
  it("reads 立方 as the unit, a volume, no bare 亿", () => {
    expect(read("煤成气产量达到18亿立方。")).toMatchObject({ written: "18亿立方", value: 18, unit: "亿立方" });
    expect(familiesOf("亿立方")).toEqual(["volume"]);
    expect(read("供水能力10万立方米。")).toMatchObject({ written: "10万立方米", unit: "万立方米" });
    const x = fixture(["地区生产总值增长6%。"], ["大力推动煤成气增储上产，争取年内煤成气产量达到18亿立方。"]);
    const gas = x.figures.filter((f) => f.value === 18);
    expect(gas.map((f) => f.unit)).toEqual(["亿立方"]);
    expect(gas[0]!.label_zh).toMatch(/煤成气产量$/);
  });
});
