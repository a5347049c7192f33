import type { Figure } from "../../../src/lib/schema/figure.ts";

let counter = 0;

/** A figure record with defaults; the fields given override them (literal data in the GUIDE §2 shape). */
export function fig(fields: Partial<Figure> & Pick<Figure, "city" | "kind" | "quote">): Figure {
  const report = `${fields.city}-2020`;
  const n = ++counter;
  const paragraph = fields.paragraph ?? `p-${n}`;
  return {
    id: `${report}-${fields.kind === "result" ? "r" : "t"}-${n}`,
    report,
    year: fields.kind === "result" ? 2019 : 2020,
    base_year: null,
    period: null,
    metric: null,
    label_zh: "指标",
    label_en: null,
    value: null,
    min: null,
    max: null,
    unit: "%",
    qualifier: null,
    estimate: false,
    direction: "up",
    paragraph,
    url: `/reports/${report}/#${paragraph}`,
    ...fields,
  };
}

/** GDP growth as the two 2020 reports state it: estimates, 左右, and a range target 6.5%—7%. */
export const gdp = {
  zhongweiResult: fig({
    city: "zhongwei",
    kind: "result",
    metric: "gdp_growth",
    label_zh: "地区生产总值增长",
    value: 6,
    estimate: true,
    quote: "预计全年地区生产总值增长6%",
    paragraph: "p-8",
  }),
  zhongweiTarget: fig({
    city: "zhongwei",
    kind: "target",
    metric: "gdp_growth",
    label_zh: "地区生产总值增长",
    value: 6.5,
    qualifier: "approx",
    quote: "力争地区生产总值增长6.5%左右",
    paragraph: "p-21",
  }),
  shizuishanResult: fig({
    city: "shizuishan",
    kind: "result",
    metric: "gdp_growth",
    label_zh: "地区生产总值增长",
    value: 7,
    qualifier: "approx",
    estimate: true,
    quote: "预计全市地区生产总值增长7%左右",
    paragraph: "p-7",
  }),
  shizuishanTarget: fig({
    city: "shizuishan",
    kind: "target",
    metric: "gdp_growth",
    label_zh: "地区生产总值增长",
    value: null,
    min: 6.5,
    max: 7,
    quote: "地区生产总值增长6.5%—7%",
    paragraph: "p-21",
  }),
};

/** Fixed investment: Zhongwei's estimate of 5%, Shizuishan's 5%左右 and its 持平 target; Zhongwei sets no target. */
export const investment = {
  zhongweiResult: fig({
    city: "zhongwei",
    kind: "result",
    metric: "fixed_investment_growth",
    label_zh: "固定资产投资增长",
    value: 5,
    estimate: true,
    quote: "预计固定资产投资增长5%",
  }),
  shizuishanResult: fig({
    city: "shizuishan",
    kind: "result",
    metric: "fixed_investment_growth",
    label_zh: "固定资产投资增长",
    value: 5,
    qualifier: "approx",
    estimate: true,
    quote: "固定资产投资增长5%左右",
  }),
  shizuishanTarget: fig({
    city: "shizuishan",
    kind: "target",
    metric: "fixed_investment_growth",
    label_zh: "固定资产投资",
    value: 0,
    direction: null,
    quote: "固定资产投资持平",
  }),
};

/** Unemployment: a level kept under a ceiling (以内), where lower is better. */
export const unemployment = {
  zhongweiResult: fig({
    city: "zhongwei",
    kind: "result",
    metric: "urban_unemployment_rate",
    label_zh: "城镇登记失业率",
    value: 3.67,
    direction: null,
    quote: "城镇登记失业率控制在3.67%",
  }),
  zhongweiTarget: fig({
    city: "zhongwei",
    kind: "target",
    metric: "urban_unemployment_rate",
    label_zh: "城镇失业登记率",
    value: 4.5,
    max: 4.5,
    qualifier: "at_most",
    direction: null,
    quote: "城镇失业登记率控制在4.5%以内",
  }),
};

/** New urban jobs written in two magnitudes (人 and 万人) and a floor (以上). */
export const jobs = {
  zhongweiResult: fig({
    city: "zhongwei",
    kind: "result",
    metric: "new_urban_jobs",
    label_zh: "新增就业",
    value: 8271,
    unit: "人",
    quote: "全年新增就业8271人",
  }),
  shizuishanResult: fig({
    city: "shizuishan",
    kind: "result",
    metric: "new_urban_jobs",
    label_zh: "城镇新增就业",
    value: 1.4,
    unit: "万人",
    quote: "城镇新增就业1.4万人",
  }),
  shizuishanTarget: fig({
    city: "shizuishan",
    kind: "target",
    metric: "new_urban_jobs",
    label_zh: "城镇新增就业",
    value: 1,
    min: 1,
    unit: "万人",
    qualifier: "at_least",
    quote: "城镇新增就业1万人以上",
  }),
};

/** PM2.5: a fall (下降), and a fall of at least 12% (下降12%以上). */
export const pm25 = {
  shizuishanResult: fig({
    city: "shizuishan",
    kind: "result",
    metric: "pm25_change",
    label_zh: "PM2.5平均浓度",
    value: 2.6,
    direction: "down",
    quote: "PM2.5、PM10平均浓度分别下降2.6%、8.1%",
  }),
  shizuishanTarget: fig({
    city: "shizuishan",
    kind: "target",
    metric: "pm25_change",
    label_zh: "PM2.5年均浓度",
    value: 12,
    min: 12,
    qualifier: "at_least",
    direction: "down",
    quote: "PM2.5、PM10年均浓度比2015年分别下降12%、11%以上",
  }),
};

/** A ratio (三次产业结构), which no single axis can draw. */
export const structure = fig({
  city: "zhongwei",
  kind: "result",
  metric: "industry_structure",
  label_zh: "三次产业结构",
  value: [14, 43, 43],
  unit: ":",
  direction: null,
  estimate: true,
  quote: "预计三次产业结构由14.3:43.5:42.2调整为14:43:43",
});
