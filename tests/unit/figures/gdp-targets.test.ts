import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { dev, DEV_IDS, real, RAW_IDS, root, unseen, UNSEEN_IDS, type Extracted } from "./helpers.ts";

/** The plan year's GDP growth target as the issue defines it: metric gdp_growth, a target of the plan year itself. */
const planGdpTargets = (e: Extracted): StoredFigure[] =>
  e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target" && f.year === e.doc.meta.year && f.period === null && f.base_year === null);

type Expected = { clause: string; value: number | null; min: number | null; max: number | null; qualifier: StoredFigure["qualifier"] };
const approx = (clause: string, value: number): Expected => ({ clause, value, min: null, max: null, qualifier: "approx" });
const atLeast = (clause: string, value: number): Expected => ({ clause, value, min: value, max: null, qualifier: "at_least" });
const exact = (clause: string, value: number): Expected => ({ clause, value, min: null, max: null, qualifier: null });
const range = (clause: string, min: number, max: number): Expected => ({ clause, value: null, min, max, qualifier: null });
/** The fields that state a figure. */
const figure = (f: Pick<StoredFigure, "value" | "min" | "max" | "qualifier">) => ({ value: f.value, min: f.min, max: f.max, qualifier: f.qualifier });

/** Read from the reports (`grep -n 主要预期目标 content/raw/*`; guyuan-2021 states it in `二是抓实经济运行`). */
const RAW: Record<string, Expected> = {
  "guyuan-2020": exact("全市地区生产总值增长6.5%", 6.5),
  "guyuan-2021": atLeast("全市地区生产总值增长7%以上", 7),
  "ningxia-2020": approx("地区生产总值增长6.5%左右", 6.5),
  "ningxia-2021": atLeast("地区生产总值增长7%以上", 7),
  "shizuishan-2020": range("地区生产总值增长6.5%—7%", 6.5, 7),
  "shizuishan-2021": atLeast("地区生产总值增长7.5%以上", 7.5),
  "wuzhong-2020": exact("地区生产总值增长7%", 7),
  "wuzhong-2021": approx("地区生产总值增长7.5%左右", 7.5),
  "yinchuan-2020": exact("地区生产总值同比增长6.5%", 6.5),
  "yinchuan-2021": exact("全市地区生产总值增长7.0%", 7),
  "zhongwei-2020": approx("力争地区生产总值增长6.5%左右", 6.5),
  "zhongwei-2021": approx("地区生产总值增长8%左右", 8),
};

/** A fixture folder README's last column, the GDP target clause, by file id: the rows whose first cell names a report file. */
const targetColumn = (folder: string) =>
  new Map(
    readFileSync(join(root, folder, "README.md"), "utf8")
      .split("\n")
      .flatMap((line) => {
        const cells = line.split("|").map((c) => c.trim());
        const file = /^`([a-z]+-\d{4})\.(?:md|txt)`$/.exec(cells[1] ?? "");
        return file ? [[file[1]!, cells.at(-2)!] as const] : [];
      }),
  );

/** The corpus README's GDP target column, by file id (a verbatim clause of the file). */
const README = targetColumn("tests/fixtures/corpus-dev");

/** The figures of the README clauses (the clause's first part, up to a comma, is the target's quote or inside it). */
const DEV: Record<string, Expected | null> = {
  "beijing-2023": atLeast("", 4.5),
  "chengdu-2020": null,
  "dongguan-2023": atLeast("", 5.5),
  "guizhou-2019": approx("", 9),
  "guowuyuan-2021": atLeast("", 6),
  "hebei-2016": approx("", 7),
  "jingdezhen-2022": atLeast("", 7),
  "luzhou-2022": atLeast("", 7),
  "nanchang-2017": approx("", 9),
  "neimenggu-2023": approx("", 6),
  "qianxinan-2020": approx("", 9),
  "shanghai-2016": range("", 6.5, 7),
  "taiyuan-2019": approx("", 8),
  "tianjin-2018": exact("", 5),
  "wuhan-2018": approx("", 7.8),
  "wuxi-2017": range("", 7, 7.5),
  "xiamen-2020": approx("", 7.5),
  "xian-2018": approx("", 8),
  "xingtai-2024": approx("", 5.5),
  "xizang-2021": atLeast("", 9),
};

describe("the plan year's GDP growth target of each content/raw report", () => {
  it("covers every report of content/raw", () => {
    expect(Object.keys(RAW).sort()).toEqual(RAW_IDS);
  });

  // A report without a hand-read target fails the test above, not this one.
  it.each(RAW_IDS.filter((id) => id in RAW))("%s: found exactly once, from its main-targets clause, and no decoy shares its classification", (id) => {
    const e = real(id);
    const want = RAW[id]!;
    const found = planGdpTargets(e);
    expect(found.map((f) => f.quote), id).toHaveLength(1);
    const f = found[0]!;
    expect(figure(f)).toEqual(figure(want));
    expect(f.quote).toContain(want.clause);
    expect(f).toMatchObject({ unit: "%", direction: "up", estimate: false, label_en: "GDP growth" });
  });
});

describe("the plan year's GDP growth target of the development corpus (other places and years)", () => {
  it("pins every file the README lists", () => {
    expect(Object.keys(DEV).sort()).toEqual(DEV_IDS);
    expect([...README.keys()].sort()).toEqual(DEV_IDS);
  });

  it.each(DEV_IDS)("%s: the README's target clause, exactly once", (id) => {
    const e = dev(id);
    const want = DEV[id] ?? null;
    const clause = README.get(id)!;
    const found = planGdpTargets(e);
    if (want === null) {
      // chengdu-2020 gives its GDP aim without a figure: nothing is read as one.
      expect(found).toEqual([]);
      expect(e.figures.filter((f) => f.metric === "gdp_growth" && f.kind === "target")).toEqual([]);
      return;
    }
    expect(found.map((f) => f.quote), id).toHaveLength(1);
    const f = found[0]!;
    expect(figure(f)).toEqual(figure(want));
    expect(f.quote).toContain(clause.split(/[，,；]/)[0]);
  });
});

/** The GDP target column of tests/fixtures/unseen/README.md, by file id (`none` where the report states none). */
const UNSEEN_README = targetColumn("tests/fixtures/unseen");

/** The figures of the README clauses, read off each copy by hand; null where the report states no growth target. */
const UNSEEN: Record<string, Expected | null> = {
  "anhui-2004": atLeast("", 9.5),
  "anhui-2014": exact("", 9.5),
  "anhui-2026": range("", 5, 5.5),
  "anqing-2019": exact("", 8),
  "anshan-2020": approx("", 6),
  "anshun-2016": approx("", 14),
  "anyang-2016": approx("", 7.5),
  "baiyin-2014": exact("", 12),
  "baoding-2024": atLeast("", 6),
  "baoji-2014": approx("", 13),
  "baoji-2023": exact("", 6),
  "baotou-2014": approx("", 9.5),
  "baotou-2015": exact("", 8),
  "bayannaoer-2022": approx("", 6),
  "beihai-2014": exact("", 12),
  "beijing-2001": approx("", 9),
  "beijing-2007": exact("", 9),
  "bengbu-2020": atLeast("", 7.5),
  "bijie-2016": exact("", 13),
  "bozhou-2014": approx("", 10),
  "changchun-2021": approx("", 7),
  "changchun-2024": atLeast("", 6.5),
  "changde-2015": approx("", 9.5),
  "changji-2021": approx("", 7),
  "changsha-2007": atLeast("", 13),
  "changsha-2012": exact("", 13),
  "changsha-2016": approx("", 9.5),
  "changsha-2020": approx("", 8),
  "changzhi-2022": exact("", 8),
  "changzhou-2022": approx("", 6.5),
  "chengde-2014": approx("", 9),
  "chengdu-2023": atLeast("", 6),
  "chenzhou-2021": atLeast("", 7.5),
  "chifeng-2024": approx("", 7),
  "chongqing-2008": exact("", 12),
  "chongqing-2011": exact("", 13.5),
  "chongqing-2016": approx("", 10),
  "chuxiong-2016": approx("", 10),
  "chuzhou-2025": atLeast("", 6),
  "dali-2022": approx("", 7.5),
  "dalian-2012": exact("", 13),
  "dalian-2017": exact("", 7),
  "dandong-2022": atLeast("", 6),
  "daqing-2025": approx("", 5),
  "datong-2021": approx("", 8.5),
  "datong-2022": atLeast("", 7),
  "dazhou-2022": atLeast("", 7.6),
  "deyang-2021": atLeast("", 7.5),
  "dezhou-2020": exact("", 6),
  "dongguan-2011": exact("", 8.5),
  "dongguan-2018": exact("", 8),
  "dongying-2014": approx("", 11),
  "eerduosi-2016": exact("", 7.5),
  "enshi-2018": atLeast("", 7),
  "foshan-2001": exact("", 9.5),
  "foshan-2013": exact("", 9),
  "foshan-2014": exact("", 10),
  "fujian-2003": exact("", 9),
  "fujian-2017": approx("", 8.5),
  "fujian-2025": range("", 5, 5.5),
  "fuzhou-2010": exact("", 12),
  "fuzhou-2017": exact("", 9),
  "gannan-2014": exact("", 11.5),
  "gansu-1998": exact("", 8),
  "gansu-2009": approx("", 10),
  "gansu-2022": atLeast("", 6.5),
  "ganzhou-2024": approx("", 6),
  "guangan-2014": approx("", 11),
  "guangdong-2000": exact("", 8.5),
  "guangdong-2010": approx("", 9),
  "guangdong-2011": approx("", 9),
  "guangxi-2005": approx("", 10),
  "guangxi-2015": exact("", 8),
  "guangxi-2024": atLeast("", 5),
  "guangxiyulin-2020": approx("", 7),
  "guangzhou-2003": exact("", 12),
  "guangzhou-2018": approx("", 7.5),
  "guilin-2016": range("", 8, 8.5),
  "guiyang-2008": atLeast("", 13),
  "guiyang-2013": exact("", 17),
  "guizhou-2011": exact("", 13),
  "guizhou-2026": approx("", 5),
  "guyuan-2022": atLeast("", 7),
  "guyuan-2023": approx("", 7),
  "guyuan-2025": exact("", 5.6),
  "haibei-2022": approx("", 5.5),
  "haidong-2020": approx("", 6.5),
  "haikou-2015": approx("", 8.5),
  "haikou-2023": approx("", 10),
  "hainan-1994": exact("", 18),
  "hainan-1998": atLeast("", 8),
  "hainan-2025": atLeast("", 6),
  "hami-2022": atLeast("", 8),
  "handan-2023": approx("", 7),
  "hangzhou-2008": atLeast("", 12),
  "hangzhou-2023": atLeast("", 5),
  "hanzhong-2023": atLeast("", 7),
  "harbin-2006": exact("", 13),
  "harbin-2010": exact("", 14),
  "harbin-2019": atLeast("", 5.5),
  "hebei-2012": approx("", 9),
  "hebei-2025": atLeast("", 5),
  "hefei-2021": exact("", 8),
  "hefei-2025": atLeast("", 5.5),
  "hegang-2016": exact("", 8.5),
  "heilongjiang-2003": atLeast("", 9),
  "heilongjiang-2011": atLeast("", 12),
  "heilongjiang-2021": approx("", 6),
  "henan-2006": exact("", 10),
  "henan-2018": approx("", 7.5),
  "henan-2019": range("", 7, 7.5),
  "henan-2023": exact("", 6),
  "hengshui-2016": exact("", 8.5),
  "hengyang-2020": approx("", 8.5),
  "hengyang-2023": approx("", 7.5),
  "honghe-2014": atLeast("", 12),
  "honghe-2016": exact("", 10),
  "huainan-2018": atLeast("", 7),
  "huanggang-2016": approx("", 9),
  "huangshi-2014": exact("", 10),
  "hubei-2003": approx("", 8.5),
  "hubei-2004": atLeast("", 9),
  "hubei-2008": exact("", 10),
  "hubei-2014": exact("", 10),
  "hubei-2017": approx("", 8),
  "huhehaote-2014": exact("", 9),
  "huizhou-2019": exact("", 7),
  "hulunbeier-2021": approx("", 3),
  "hunan-2002": exact("", 8.5),
  "hunan-2012": exact("", 11),
  "hunan-2016": approx("", 8.5),
  "hunan-2019": range("", 7.5, 8),
  "hunan-2023": approx("", 6.5),
  "hunan-2026": approx("", 5),
  "huzhou-2016": atLeast("", 8),
  "jiamusi-2019": approx("", 5.5),
  "jian-2014": exact("", 11),
  "jian-2025": approx("", 5.8),
  "jiangmen-2022": approx("", 8),
  "jiangsu-2004": atLeast("", 10),
  "jiangsu-2012": approx("", 10),
  "jiangsu-2015": approx("", 8),
  "jiangsu-2024": atLeast("", 5),
  "jiangxi-2004": exact("", 11),
  "jiangxi-2018": approx("", 8.5),
  "jiangxi-2021": approx("", 8),
  "jiangxi-2022": atLeast("", 7),
  "jiaozuo-2014": atLeast("", 10),
  "jiaxing-2020": approx("", 7),
  "jilin-2003": exact("", 9),
  "jilin-2007": exact("", 12),
  "jilin-2017": approx("", 7),
  "jilin-2019": range("", 5, 6),
  "jilinshi-2014": exact("", 10),
  "jinan-2011": exact("", 12),
  "jinan-2018": approx("", 7.5),
  "jinan-2023": atLeast("", 5.5),
  "jincheng-2020": approx("", 6.2),
  "jincheng-2022": exact("", 8),
  "jingmen-2023": exact("", 7.5),
  "jingzhou-2021": atLeast("", 11),
  "jinhua-2023": approx("", 6),
  "jining-2025": atLeast("", 5.5),
  "jinzhou-2014": exact("", 9),
  "jiujiang-2014": exact("", 11),
  "jiuquan-2023": atLeast("", 7),
  "jiuquan-2025": atLeast("", 7),
  "jixi-2020": atLeast("", 5),
  "kelamayi-2021": approx("", 7),
  "kezilesu-2026": range("", 6.5, 7),
  "kunming-2005": exact("", 10),
  "kunming-2008": atLeast("", 13),
  "kunming-2016": atLeast("", 8.5),
  "lanzhou-2010": exact("", 11),
  "lanzhou-2011": atLeast("", 14),
  "lanzhou-2024": exact("", 6),
  "leshan-2014": exact("", 9.5),
  "leshan-2019": approx("", 8.3),
  "liangshan-2014": exact("", 10),
  "liaocheng-2023": atLeast("", 5.5),
  "liaoning-2000": approx("", 8),
  "liaoning-2017": approx("", 6.5),
  "liaoning-2024": approx("", 5.5),
  "lijiang-2021": atLeast("", 8.5),
  "linyi-2016": exact("", 8),
  "linyi-2018": approx("", 8),
  "lishui-2023": atLeast("", 6),
  "liupanshui-2016": atLeast("", 12),
  "liuzhou-2015": exact("", 8.5),
  "longnan-2014": exact("", 11),
  "longyan-2015": approx("", 10.5),
  "longyan-2016": approx("", 9),
  "luan-2016": approx("", 7.5),
  "luoyang-2022": exact("", 7),
  "maanshan-2025": exact("", 6),
  "mianyang-2020": approx("", 8.3),
  "mudanjiang-2015": atLeast("", 6.5),
  "mudanjiang-2020": atLeast("", 5),
  "nanchang-2006": exact("", 14.5),
  "nanchong-2022": atLeast("", 7.5),
  "nanjing-2012": exact("", 12),
  "nanjing-2014": approx("", 10.5),
  "nanjing-2024": atLeast("", 5),
  "nanning-2022": atLeast("", 7),
  "nantong-2023": approx("", 5.5),
  "nanyang-2014": atLeast("", 10),
  "neimenggu-1999": exact("", 8),
  "ningbo-2002": exact("", 10),
  "ningbo-2006": exact("", 12),
  "ningxia-2003": exact("", 9),
  "ningxia-2006": exact("", 10),
  "ningxia-2009": exact("", 10),
  "ningxia-2011": exact("", 12),
  "ningxia-2013": approx("", 12),
  "ningxia-2014": approx("", 10),
  "ningxia-2015": exact("", 8),
  "ningxia-2016": atLeast("", 7.5),
  "ningxia-2018": approx("", 7.5),
  "ningxia-2019": range("", 6.5, 7),
  "ningxia-2022": exact("", 7),
  "ningxia-2023": approx("", 6.5),
  "ningxia-2024": approx("", 6),
  "ningxia-2026": approx("", 5),
  "panjin-2023": atLeast("", 5),
  "pingliang-2025": exact("", 6),
  "putian-2014": exact("", 12.5),
  "qiandongnan-2018": approx("", 11),
  "qiannan-2023": approx("", 7),
  "qingdao-1999": approx("", 12),
  "qingdao-2005": exact("", 14),
  "qingdao-2013": exact("", 10.5),
  "qinghai-2005": atLeast("", 10),
  "qinghai-2016": approx("", 7.5),
  "qinghai-2022": approx("", 5.5),
  "qingyang-2018": exact("", 5),
  "qinzhou-2018": approx("", 8),
  "qiqihaer-2023": exact("", 6.5),
  "quanzhou-2006": exact("", 12.5),
  "quanzhou-2022": range("", 7, 7.5),
  "qujing-2014": atLeast("", 11),
  "quzhou-2025": approx("", 6.5),
  "rikaze-2022": exact("", 8),
  "sanya-2014": approx("", 10),
  "shaanxi-2002": exact("", 9),
  "shaanxi-2009": approx("", 13),
  "shaanxi-2013": approx("", 12.5),
  "shaanxi-2019": range("", 7.5, 8),
  "shaanxi-2021": approx("", 6.5),
  "shandong-1995": exact("", 10),
  "shandong-1997": exact("", 10),
  "shandong-1999": exact("", 10),
  "shandong-2013": approx("", 9.5),
  "shanghai-2005": approx("", 11),
  "shangrao-2016": exact("", 9),
  "shantou-2022": approx("", 6),
  "shanxi-2023": approx("", 6),
  "shanxi-2025": approx("", 5),
  "shaoxing-2025": approx("", 6.5),
  "shaoyang-2025": approx("", 5.5),
  "shenyang-2008": exact("", 16),
  "shenyang-2011": exact("", 12),
  "shenzhen-2003": exact("", 12),
  "shenzhen-2022": approx("", 6),
  "shijiazhuang-2013": atLeast("", 10),
  "shijiazhuang-2015": exact("", 8),
  "shijiazhuang-2025": atLeast("", 6),
  "shiyan-2016": exact("", 9),
  "shizuishan-2018": approx("", 8),
  "shizuishan-2022": exact("", 7),
  "shizuishan-2023": atLeast("", 6.5),
  "shizuishan-2025": approx("", 5.5),
  "sichuan-2004": exact("", 9),
  "sichuan-2010": exact("", 10),
  "sichuan-2015": approx("", 7.5),
  "sichuan-2020": null,
  "siping-2015": exact("", 7.5),
  "songyuan-2019": approx("", 5),
  "suihua-2018": exact("", 6.5),
  "suqian-2019": atLeast("", 6.5),
  "suzhou-2012": null,
  "suzhou-2022": atLeast("", 5.5),
  "taian-2016": range("", 7.5, 8),
  "taiyuan-2023": approx("", 6.5),
  "taizhou-2015": approx("", 7.5),
  "taizhou-2016": atLeast("", 9),
  "tianjin-2004": exact("", 11.5),
  "tianjin-2019": approx("", 4.5),
  "tianshui-2014": exact("", 11.5),
  "tonghua-2024": approx("", 6),
  "tongliao-2023": approx("", 7),
  "tongren-2024": approx("", 6),
  "weifang-2020": approx("", 6),
  "weihai-2016": range("", 8, 8.5),
  "weinan-2023": approx("", 6),
  "wenshan-2020": exact("", 10),
  "wenshan-2021": atLeast("", 10),
  "wenzhou-2021": atLeast("", 7),
  "wenzhou-2026": range("", 5.5, 6),
  "wuhai-2020": approx("", 6.5),
  "wuhan-2004": exact("", 12),
  "wuhan-2006": exact("", 12.5),
  "wuhu-2022": atLeast("", 9),
  "wulanchabu-2018": approx("", 7),
  "wulumuqi-2025": approx("", 6),
  "wuxi-2010": approx("", 12),
  "wuzhong-2022": exact("", 7.5),
  "wuzhong-2023": exact("", 6.5),
  "wuzhong-2025": approx("", 6),
  "wuzhou-2023": approx("", 7),
  "xiamen-2010": exact("", 11),
  "xian-2015": approx("", 10.5),
  "xian-2025": approx("", 5.5),
  "xiangtan-2016": exact("", 9),
  "xiangxi-2021": exact("", 8),
  "xiangyang-2014": exact("", 12),
  "xiangyang-2019": approx("", 8),
  "xiangyang-2022": atLeast("", 8),
  "xianyang-2014": approx("", 13),
  "xiaogan-2021": null,
  "xining-2024": approx("", 5.5),
  "xinjiang-2006": exact("", 9),
  "xinjiang-2012": atLeast("", 11),
  "xinjiang-2021": approx("", 6.5),
  "xinxiang-2023": atLeast("", 7.5),
  "xinyang-2014": atLeast("", 9.5),
  "xinyu-2016": exact("", 8.5),
  "xizang-2013": atLeast("", 12),
  "xizang-2023": approx("", 8),
  "xuchang-2021": atLeast("", 7.5),
  "yancheng-2012": null,
  "yancheng-2023": approx("", 6.5),
  "yangquan-2023": approx("", 6),
  "yangzhou-2015": exact("", 10),
  "yantai-2005": exact("", 14),
  "yantai-2025": approx("", 5.5),
  "yibin-2014": atLeast("", 10),
  "yichang-2023": exact("", 7.5),
  "yichun-2014": exact("", 10),
  "yichun-2016": approx("", 8.7),
  "yinchuan-2013": atLeast("", 13),
  "yinchuan-2015": approx("", 10),
  "yinchuan-2016": exact("", 8),
  "yinchuan-2017": approx("", 8),
  "yinchuan-2018": approx("", 8),
  "yinchuan-2019": approx("", 7),
  "yinchuan-2022": atLeast("", 7),
  "yinchuan-2023": approx("", 6.5),
  "yinchuan-2024": approx("", 6.5),
  "yinchuan-2026": atLeast("", 5),
  "yingkou-2018": exact("", 7.5),
  "yiyang-2025": exact("", 5.5),
  "yueyang-2014": exact("", 10),
  "yueyang-2025": atLeast("", 5.5),
  "yulin-2020": atLeast("", 6),
  "yuncheng-2021": atLeast("", 10),
  "yunfu-2015": approx("", 12),
  "yunfu-2022": approx("", 7),
  "yunnan-2017": approx("", 8.5),
  "yunnan-2020": null,
  "yunnan-2023": approx("", 6),
  "yuxi-2024": exact("", 6),
  "zhangye-2016": exact("", 8),
  "zhangzhou-2014": exact("", 12),
  "zhangzhou-2023": exact("", 6.5),
  "zhanjiang-2021": exact("", 7),
  "zhejiang-1986": null,
  "zhejiang-1992": exact("", 6.5),
  "zhejiang-1997": exact("", 10),
  "zhejiang-2007": atLeast("", 10),
  "zhejiang-2023": atLeast("", 5),
  "zhengzhou-2022": exact("", 7.5),
  "zhengzhou-2026": atLeast("", 5),
  "zhenjiang-2014": exact("", 10),
  "zhongguo-1987": null,
  "zhongguo-1988": null,
  "zhongguo-1990": exact("", 5),
  "zhongguo-1991": exact("", 4.5),
  "zhongguo-1992": exact("", 6),
  "zhongguo-1993": exact("", 8),
  "zhongguo-1994": exact("", 9),
  "zhongguo-1995": range("", 8, 9),
  "zhongguo-1997": exact("", 8),
  "zhongguo-1998": exact("", 8),
  "zhongguo-1999": approx("", 7),
  "zhongguo-2000": null,
  "zhongguo-2002": null,
  "zhongguo-2004": approx("", 7),
  "zhongguo-2006": approx("", 8),
  "zhongguo-2008": approx("", 8),
  "zhongguo-2009": approx("", 8),
  "zhongguo-2011": approx("", 8),
  "zhongguo-2012": exact("", 7.5),
  "zhongguo-2013": approx("", 7.5),
  "zhongguo-2015": approx("", 7),
  "zhongguo-2016": range("", 6.5, 7),
  "zhongguo-2017": approx("", 6.5),
  "zhongguo-2018": approx("", 6.5),
  "zhongguo-2019": range("", 6, 6.5),
  "zhongshan-2016": range("", 8, 8.5),
  "zhongwei-2016": approx("", 8),
  "zhongwei-2022": approx("", 7),
  "zhongwei-2023": approx("", 7),
  "zhongwei-2025": atLeast("", 6),
  "zhuhai-2012": approx("", 11),
  "zhuhai-2013": approx("", 9),
  "zhuzhou-2025": atLeast("", 5.5),
  "zibo-2014": approx("", 9),
  "zigong-2023": null,
  "zunyi-2014": atLeast("", 15),
  "zunyi-2020": approx("", 9),
};

describe("the plan year's GDP growth target of the copies of reports of other places and years, in the shapes copies come in", () => {
  it("pins every copy the README lists", () => {
    expect(Object.keys(UNSEEN).sort()).toEqual(UNSEEN_IDS);
    expect([...UNSEEN_README.keys()].sort()).toEqual(UNSEEN_IDS);
  });

  it.each(UNSEEN_IDS)("%s: the README's target clause, exactly once, or none where the report states none", (id) => {
    const e = unseen(id);
    const want = UNSEEN[id] ?? null;
    const clause = UNSEEN_README.get(id)!;
    const found = planGdpTargets(e);
    if (want === null) {
      expect(clause).toBe("none");
      expect(found.map((f) => f.quote)).toEqual([]);
      return;
    }
    expect(found.map((f) => f.quote), id).toHaveLength(1);
    const f = found[0]!;
    expect(figure(f)).toEqual(figure(want));
    expect(f.quote).toContain(clause);
  });
});
