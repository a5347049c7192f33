import { describe, expect, it } from "vitest";
import { fixture, one, quoting, written } from "./helpers.ts";

describe("labels and junk records of Ningxia 2022–2024", () => {
  it("labels each share written before its noun by that noun (Ningxia 2024: 创造了50%税收、60%研发投入、70%就业、90%市场主体数量)", () => {
    const x = fixture(["民营经济撑起全区经济的“半壁江山”，创造了50%税收、60%研发投入、70%就业、90%市场主体数量，为宁夏发展作出重大贡献。"], ["地区生产总值增长5.5%左右。"]);
    expect(quoting(x, "创造了50%税收").map((f) => [written(x, f), f.label_zh, f.metric])).toEqual([
      ["50%", "税收", null],
      ["60%", "研发投入", null],
      ["70%", "就业", null],
      ["90%", "市场主体数量", null],
    ]);
  });
});

describe("an aim named after its figure (Ningxia 2023: …高校毕业生总体就业去向落实率90%以上的重要任务)", () => {
  it("labels the rate by the words before it, not by 重要任务", () => {
    const x = fixture(["地区生产总值增长4%。"], ["确保完成城镇新增就业8万人、农村劳动力转移就业80万人以上、高校毕业生总体就业去向落实率90%以上的重要任务。"]);
    expect(one(x, "落实率90%以上的重要任务", "90%").label_zh).toBe("高校毕业生总体就业去向落实率");
  });
});

describe("a figure given per a count of people (Ningxia 2023: 重症床位数提高到每10万人12张以上)", () => {
  it("reads 10万人 after 每 as part of the unit, no figure of its own", () => {
    const x = fixture(["地区生产总值增长4%。"], ["重症床位数提高到每10万人12张以上。"]);
    expect(quoting(x, "重症床位数").map((f) => [written(x, f), f.label_zh, f.value, f.unit, f.qualifier])).toEqual([["12张", "重症床位数", 12, "张/每10万人", "at_least"]]);
  });
});

describe("an age bound inside a noun (Ningxia 2023: 每千人口3岁以下婴幼儿托位数达到4.5个)", () => {
  it("keeps the 3 of 3岁以下 in the label, no stray digit", () => {
    const x = fixture(["每千人口3岁以下婴幼儿托位数达到4.5个。"], ["地区生产总值增长5%左右。"]);
    expect(quoting(x, "婴幼儿托位数").map((f) => [written(x, f), f.label_zh])).toEqual([["4.5个", "每千人口3岁以下婴幼儿托位数"]]);
  });
});

describe("numbers of no figure of the place (Ningxia 2022)", () => {
  const x = fixture(
    [
      "全年地区生产总值突破4000亿元大关、达4522.3亿元，增长6.7%，两年平均增长5.3%，高于全国0.2个百分点；地方一般公共预算收入460亿元，增长9.7%，为近年最高增速。",
      "特别是，习近平总书记连续5次为中阿博览会发来贺信，全区上下倍受鼓舞。",
    ],
    ["地区生产总值增长7%左右。"],
  );

  it("gives no record to a gap with the nation's figure (高于全国0.2个百分点), and keeps the figures before and after it", () => {
    expect(quoting(x, "高于全国")).toEqual([]);
    expect(one(x, "两年平均增长5.3%", "5.3%").value).toBe(5.3);
    expect(one(x, "地方一般公共预算收入460亿元", "9.7%").label_zh).toBe("地方一般公共预算收入增长");
  });

  it("gives no record to a count of a leader's letters (习近平总书记连续5次为中阿博览会发来贺信)", () => {
    expect(quoting(x, "总书记")).toEqual([]);
  });

  it("gives no record to the counts of a list of a leader's visits and speeches (Beijing 2023: 习近平总书记先后10次视察北京、18次对北京发表重要讲话)", () => {
    const x = fixture(["十年来，习近平总书记先后10次视察北京、18次对北京发表重要讲话。"], ["地区生产总值增长4.5%以上。"]);
    expect(quoting(x, "总书记")).toEqual([]);
  });
});

describe("a noun right before the names the next item's figure sums up after 等 (Zhongwei 2016: 抓好常乐、三河等5个特色小城镇和姚滩、白马等19个美丽村庄建设)", () => {
  it("ends the first item's noun at 和: the name after it is the next item's example", () => {
    const x = fixture(["地区生产总值增长6%。"], ["地区生产总值增长8%。抓好常乐、三河等5个特色小城镇和姚滩、白马等19个美丽村庄建设，改造农村危房3500户。"]);
    expect(one(x, "等5个特色小城镇", "5个").label_zh).toBe("特色小城镇");
  });
});

describe("a bare ratio after a clause that tells a structure improved (Ningxia 2026: …分别增长13.8%、18.1%，三次产业结构进一步优化，调整为8.3∶41.4∶50.3)", () => {
  it("labels the ratio by the structure, not by the subject of the growth rates before it", () => {
    const x = fixture(["启动实施特色优势产业高质量发展三年行动计划，规模以上高技术制造业和装备制造业增加值分别增长13.8%、18.1%，三次产业结构进一步优化，调整为8.3∶41.4∶50.3。"], ["地区生产总值增长5%左右。"]);
    expect(one(x, "调整为8.3", "8.3∶41.4∶50.3").label_zh).toBe("三次产业结构");
    expect(one(x, "分别增长13.8%", "18.1%").label_zh).toBe("装备制造业增加值增长");
  });
});

describe("a growth after a share whose whole is left unsaid (Guyuan 2023: 产业项目投资占48%、增长119%)", () => {
  it("labels the growth by what the share measures, without 占", () => {
    const x = fixture(["地区生产总值增长6%左右。"], ["实施投资“649812”工程，建设项目406个，产业项目投资占48%、增长119%，以项目实质性落地夯实发展基础。"]);
    expect(one(x, "产业项目投资占48%", "119%").label_zh).toBe("产业项目投资增长");
    expect(one(x, "产业项目投资占48%", "48%").label_zh).toBe("产业项目投资占");
  });
});

describe("a bare output, herd or planted area in a sentence that opens on an industry (Guyuan 2023)", () => {
  const x = fixture(
    ["地区生产总值增长6%左右。"],
    [
      "肉牛产业坚持扩规提质、延链增值，建设“出户入园”规模化养殖场50个，饲养量达到110万头，打造全国百万头高端肉牛生产加工基地。中药材产业坚持以医带药、医药并举，种植面积扩大到18万亩。",
      "新型材料产业通过引进资源延伸链条、优化配置，延长盐化工下游产品，打造西北地区重要的盐化工产业基地，产值增长20%。清洁能源产业要以资源换产业，新增新能源装机20万千瓦以上，产值增长20%，打造宁南清洁能源基地。装备制造产业依托资源地理等优势，引进培育清洁能源装备等制造业，产值增长4倍。",
    ],
  );

  it("labels each by the industry its sentence opens on, no output of nothing", () => {
    expect(one(x, "饲养量达到110万头", "110万头").label_zh).toBe("肉牛产业饲养量");
    expect(one(x, "种植面积扩大到18万亩", "18万亩").label_zh).toBe("中药材产业种植面积");
    expect(quoting(x, "产值增长").map((f) => [written(x, f), f.label_zh])).toEqual([
      ["20%", "新型材料产业产值增长"],
      ["20%", "清洁能源产业产值增长"],
      ["4倍", "装备制造产业产值增长"],
    ]);
  });
});

describe("a bare output in a sentence that opens on what an industry has become (Ningde 2022)", () => {
  it("labels it by that industry: 锂电新能源产业成为我市第二个千亿产业集群，产值达1580亿元", () => {
    const x = fixture(["锂电新能源产业成为我市第二个千亿产业集群，产值达1580亿元，配套项目建成投产14个、在建17个。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "产值达1580亿元", "1580亿元").label_zh).toBe("锂电新能源产业产值");
  });
});

describe("a share that opens the second of two things done, after 和 (Guyuan 2023: 确保收入9000元以下脱贫户动态清零和60%监测对象动态消除风险)", () => {
  it("labels the share by the things after it, not by the first thing done", () => {
    const x = fixture(["地区生产总值增长6%左右。"], ["紧盯“两个高于”目标，落实“三项机制”，确保收入9000元以下脱贫户动态清零和60%监测对象动态消除风险，脱贫人口人均纯收入增长15%以上。"]);
    expect(one(x, "动态清零和60%", "60%").label_zh).toBe("监测对象动态消除风险");
    expect(one(x, "脱贫人口人均纯收入增长15%以上", "15%").label_zh).toBe("脱贫人口人均纯收入增长");
  });

  it("so labels a share of villages after all the townships (Hunan 2016: 所有乡镇和99.93%建制村通水泥（沥青）路)", () => {
    const x = fixture(["所有乡镇和99.93%建制村通水泥（沥青）路。"], ["地区生产总值增长6%左右。"]);
    expect(one(x, "99.93%建制村", "99.93%").label_zh).toBe("建制村通水泥（沥青）路");
  });
});

describe("a share of the things a scheme covers (Ningxia 2010: 新农保试点覆盖60%以上的县（市、区）)", () => {
  it("keeps what covers them and the verb on the label, not the things alone", () => {
    const x = fixture(
      ["80%以上的乡镇设立了民生服务站。推广装配式建筑877万平方米，覆盖84%以上的新建项目。"],
      ["地区生产总值增长10%。三是实施社会保障“一卡通”，新农保试点覆盖60%以上的县（市、区）。力争新村建设覆盖40%左右的行政村。"],
    );
    expect(one(x, "覆盖60%以上的县", "60%")).toMatchObject({ label_zh: "新农保试点覆盖县（市、区）", value: 60, qualifier: "at_least", kind: "target" });
    expect(one(x, "覆盖40%左右的行政村", "40%").label_zh).toBe("新村建设覆盖行政村");
    // A share with no verb of covering before it keeps the things alone.
    expect(one(x, "80%以上的乡镇", "80%").label_zh).toBe("乡镇设立了民生服务站");
    // Nor the verb alone, its subject in the clause before (Haikou 2023).
    expect(one(x, "覆盖84%以上的新建项目", "84%").label_zh).toBe("新建项目");
  });
});
