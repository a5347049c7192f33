import type { Qualifier } from "./quantity.ts";

/** What the words just before a number say about it. */
export interface Predicate {
  /** The text before the predicate: the indicator's name, still to be cleaned. */
  subject: string;
  /** Comparison words kept in the label: `同比`, `同口径`, `比2015年`. */
  basis: string;
  /** A change verb as written (`增长`, `下降`), kept in the label; empty for level verbs (`达到`, `降至`). */
  verb: string;
  direction: "up" | "down" | null;
  /** The figure is a rate of change (增长 6%), not a level (达到 89%, 提高到 90%). */
  change: boolean;
  /** Bound from a leading word: 控制在/不超过 → at_most; 超过/突破 → at_least; 约 → approx. */
  qualifier: Qualifier | null;
  /** No predicate word stands right before the number (`降低实体经济成本100亿元`, not `降低率为5%`). */
  bare: boolean;
}

type Verb = [words: string, direction: "up" | "down" | null, change: boolean, qualifier: Qualifier | null];

/**
 * Verbs of passing a milestone (`跨越3万亿元、4万亿元两个大台阶`; `连跨`, one after another; `连续登上500亿元、600亿元和700亿元
 * 三个台阶`, Yunnan 2006): the level reached at least. One list for the predicate before a number, the clauses that name
 * a milestone and the milestones passed one after another.
 */
const PASSING_VERBS = ["跨越", "跨上", "跨过", "连跨", "迈上", "跃上", "站上", "登上", "迈过", "越过"];
/** The same, as an alternation for regular expressions. */
export const PASSING = PASSING_VERBS.join("|");

/** Verbs of a count or an area grown to a new level, before 到 or 至 (`由1080家发展到6455家`, `从68平方公里扩展到100平方公里`, `全国重点实验室从15家跃升到38家`, Zhejiang 2026; `“两抢”零发案天数逐年攀升至333天`, Huizhou 2022). */
export const GROWN_TO = ["发展", "拓展", "扩展", "跃升", "攀升"];

/** Predicates that may stand right before a number, tried longest first (不低于 before 低于, 达到 before 达). */
const VERBS: Verb[] = [
  ...["提高到", "提高至", "提升到", "提升至", "增至", "增加到", "增加至", "增长到", "增长至", "上升到", "上升至"].map((w): Verb => [w, "up", false, null]),
  ...["上涨到", "上涨至", "回升到", "回升至", "扩大到", "扩大至"].map((w): Verb => [w, "up", false, null]),
  // A level brought back to after a fall (`旅客吞吐量恢复到150万人次以上`, Luoyang 2022): no word of the indicator.
  ...["恢复到", "恢复至"].map((w): Verb => [w, "up", false, null]),
  // The same written short (`R&D占比从2020年的3.39%提至2024年的4.01%`, `12345热线接通率从39.4%升至95%`, Dongguan 2026).
  ...["提至", "升至"].map((w): Verb => [w, "up", false, null]),
  // A plan's figure raised or lowered (`国民经济增长速度由原定平均每年百分之六调高到百分之八至九`).
  ...["调高到", "调高至", "调高为", "调增到", "调增至"].map((w): Verb => [w, "up", false, null]),
  ...["调低到", "调低至", "调低为", "调减到", "调减至"].map((w): Verb => [w, "down", false, null]),
  // A standard or ratio raised or lowered to a level, or by an amount (`城乡居民基本医保和大病保险报销比例分别上调5%和10%`,
  // Lanzhou 2019): 上调 and 下调 are verbs of change as 提高 and 降低 are, no words of the indicator.
  ...["上调到", "上调至", "上调为"].map((w): Verb => [w, "up", false, null]),
  ...["下调到", "下调至", "下调为"].map((w): Verb => [w, "down", false, null]),
  // A level raised to, written with 为 (`全日制高等教育毛入学率由2000年的15.7%提高为28.9%`).
  ...["提高为", "提升为", "增加为", "上升为", "扩大为"].map((w): Verb => [w, "up", false, null]),
  // A count or an area grown to a new level (`农民合作社由1080家发展到6455家`, `建成区面积由15.2平方公里拓展到84平方公里`).
  ...GROWN_TO.flatMap((w) => [`${w}到`, `${w}至`]).map((w): Verb => [w, "up", false, null]),
  ...["降至", "降为", "降到", "下降到", "下降至", "下降为", "减少到", "减少至", "减少为", "减至", "下跌到", "下跌至", "回落到", "回落至", "缩小到", "缩小至", "缩小为", "降低到", "降低至", "降低为"].map((w): Verb => [w, "down", false, null]),
  // Cuts of time, meetings, documents and spending (企业开办时间压缩到3个工作日, 会议压缩20%, 文件精简41.3%).
  ...["压缩到", "压缩至", "压减到", "压减至", "缩短到", "缩短至", "精简到", "精简至", "削减到", "削减至"].map((w): Verb => [w, "down", false, null]),
  // The same written with 消减, a variant of 削减 (`PM2.5年均浓度消减至每立方米39.4微克`, Mianyang 2020): no 消 left in the label.
  // So is one written with 压降, pressed down (`不良贷款率压降至4.5%以下`, Tongliao 2022): no 压 left in the label.
  ...["消减到", "消减至", "消减为", "压降到", "压降至", "压降为"].map((w): Verb => [w, "down", false, null]),
  // The same cut to a count written with 为 (`考核评比由39个压缩为21个`, `议事协调机构由292个缩减为79个`, Ningxia 2014).
  ...["压缩为", "压减为", "缩短为", "精简为", "削减为", "缩减为", "缩减到", "缩减至"].map((w): Verb => [w, "down", false, null]),
  // An older report's yearly rate (`年均递增10%`) is a growth.
  // A net increase after its indicator (`地区生产总值、一般预算收入分别净增1000亿元和100亿元以上`) adds an amount to it.
  ...["增长", "增加", "净增", "提高", "提升", "上升", "上涨", "回升", "递增", "上调"].map((w): Verb => [w, "up", true, null]),
  // A revenue's gain or loss in money after its level (`基本养老保险费收入实现465亿元，增收83.3亿元，增长21.8%`, Heilongjiang
  // 2014): the change of that revenue, as 增加 is.
  ...["增收", "减收"].map((w): Verb => [w, w === "增收" ? "up" : "down", true, null]),
  // A crop's loss in output after its name (`粮食减产2.2%，棉花减产1.1%`, State Council 1989): the change of that output,
  // as 下降 is. Not 增产, a word of the label too (`粮食增产3.2亿斤、达到173亿斤`, `实现节水、扩灌和增产各30%的目标`).
  ["减产", "down", true, null] satisfies Verb,
  // Emissions cut (`二氧化硫和化学需氧量排放量分别削减5%和1.5%`), and a burden lightened (`试点地区农民负担平均减轻30%`, State
  // Council 2003).
  ...["下降", "减少", "降低", "回落", "下滑", "下跌", "压缩", "压减", "缩短", "缩减", "精简", "递减", "削减", "下调", "减轻"].map((w): Verb => [w, "down", true, null]),
  // A pollutant's concentration bettered (`PM2.5平均浓度同比改善14.5%`, Weifang 2021; `PM10、PM2.5平均浓度分别改善1%和1.9%`,
  // Dezhou 2020): the concentration fell so much (see readPredicate: only right after a concentration).
  ["改善", "down", true, null] satisfies Verb,
  // With the complement of a thing done away with (`政府行政职权由原来的8570项压减掉65%`, Yinchuan 2016): the same cut.
  ...["压减掉", "精简掉", "削减掉", "减掉"].map((w): Verb => [w, "down", true, null]),
  // A change on the year before written short (`地区生产总值达1720亿元，比增9.8%`, `税收同比增17%`).
  ...["同比增", "比增", "同比降", "比降"].map((w): Verb => [w, w.endsWith("增") ? "up" : "down", true, null]),
  // So is 增 or 降 alone right after the year compared with (`税收总额182.84亿元，比上年增长32.78%，比1995年增1.9倍`, Foshan
  // 2001): the change on that year (see readPredicate: only after a basis, or 增 after a measure's name).
  ...["增", "降"].map((w): Verb => [w, w === "增" ? "up" : "down", true, null]),
  // So are 新增 and 增产 right after it (`金融机构各项贷款余额4355.1亿元，比年初新增552.5亿元`, Hunan 2005; `比上年增产50亿斤`):
  // the rise on that time, as 增加 is. Elsewhere 新增 opens the name of what is added (`新增城镇就业`), and 增产 is a word of the
  // label (`粮食增产3.2亿斤`), unless it stands alone after an output's level (`粮食总产量达到502亿斤，增产50亿斤`, Jilin 2005).
  ...["新增", "增产"].map((w): Verb => [w, "up", true, null]),
  // A rate held to a level (`城镇登记失业率控制到3.3%`, Shaanxi 2017) as one held at it, or kept there by regulation
  // (`居民消费价格指数调控在102%以内`, Beijing 2006), or a bound not to be passed (`总人口不突破9000万人`, Shandong 1996).
  // Said with 小于 or 少于 too (`PM2.5平均浓度小于35微克/立方米`).
  ...["控制在", "控制到", "调控在", "调控到", "不超过", "不超出", "不突破", "不高于", "低于", "小于", "少于"].map((w): Verb => [w, null, false, "at_most"]),
  // 过 alone is passing a level (`GDP过万亿、一般公共预算地方收入过400亿`, Yueyang 2023), not in a word ending with it (see
  // readPredicate: `通过`, `经过`, `不过` …).
  // So are 大于, 多于 and 逾 (`优良天数大于300天`, Dandong 2016; `交易逾2000万元`, Shangrao 2024).
  // And 首破, passing it for the first time said short (`出口首破5000亿元大关、达5141亿元`, Hangzhou 2023).
  ...["超过", "突破", "首破", "不低于", "不少于", "高于", "大于", "多于", "超", "过", "逾"].map((w): Verb => [w, null, false, "at_least"]),
  // A level passed (`推动电子信息产业规模迈上10000亿元台阶`, `推动经济总量跨过3万亿元大关`, `地区生产总值跨越5000亿元大关`,
  // `财政收入跨上400亿元台阶，达412亿元`, Anhui 2004) is reached at least.
  ...PASSING_VERBS.map((w): Verb => [w, null, false, "at_least"]),
  // So is a step a total goes up (`力争全省规模以上工业增加值增长20％、总量上1000亿元台阶`, Jiangxi 2006): 上 after the total
  // alone (see readPredicate), the total the indicator named before it.
  ["上", null, false, "at_least"] satisfies Verb,
  // A structure changed to a new level (`由13.5:56:30.5优化为13.7:43.9:42.4`, `由2002年的14.9∶45.6∶39.5转为2007年的11.5∶49.7∶38.8`),
  // or said to evolve into it (`三次产业结构由4.9∶36.4∶58.7演进为4.1∶28.0∶67.9`, Hohhot 2016).
  ...["演进为", "演进到", "演变为", "演变到"].map((w): Verb => [w, null, false, null]),
  // Things merged into fewer (`188个园区整合优化为120个`).
  ...["整合", "合并", "撤并", "归并"].flatMap((w) => ["", "优化"].flatMap((o) => ["为", "到", "至", "成"].map((t): Verb => [w + o + t, null, false, null]))),
  // A level a rate stands at (`城镇登记失业率处于2.55%的低位`) is one too, as 保持在 says.
  // So is a level held at (`粮食产量巩固在122.5万吨以上`, Wuwei 2025), as 稳定在 says.
  ...["调整为", "调整到", "调整至", "转变为", "转为", "变为", "变成", "优化为", "优化到", "优化至", "调整优化为", "调整优化到", "优化调整为", "优化调整到", "稳定在", "巩固在", "保持在", "保持", "处于", "达到", "达", "为", "累计", "总计", "合计"].map((w): Verb => [w, null, false, null]),
  // A level said to be high or long (`今年高校毕业生将高达765万人`, `长达4000公里的西气东输管道`, State Council 2016 and
  // 2005): 高达, 长达 and 多达 are the verb, no 高 left on the indicator (but 提高达, 增长达 are a change then 达).
  ...["高达", "长达", "多达"].map((w): Verb => [w, null, false, null]),
  // A target fixed at a level (`今年经济增长预期目标定为7.5%左右`, `广义货币M2预期增长目标拟定为13%左右`, State Council
  // 2013): 定为 is the verb, no 定 left on the label (but 认定为, 评定为 are verbs of their own: a count of things rated).
  ...["拟定为", "确定为", "设定为", "定为"].map((w): Verb => [w, null, false, null]),
  // A rate planned at a level (`今年赤字率拟按3.6%以上安排`, `赤字率拟按3%安排`, State Council 2020 and 2024): 拟按 is the verb.
  ...["拟按"].map((w): Verb => [w, null, false, null]),
].sort((a, b) => b[0].length - a[0].length);

/** The verbs by their last character, each list in the order of {@link VERBS}, the longest first. */
const VERBS_BY_LAST = Map.groupBy(VERBS, ([w]) => w.at(-1)!);

/** The verbs that end `text`, in the order of {@link VERBS} (the first that reads right is the predicate). */
const verbsEnding = (text: string): Verb[] => (VERBS_BY_LAST.get(text.at(-1) ?? "") ?? []).filter(([w]) => text.endsWith(w));

/**
 * What a change is measured against, after its subject: the year before (`较上年`, `同比`), a year or its end
 * (`比2015年`, `比2015年末`), its budget (`赤字规模4.06万亿元，比上年年初预算增加1800亿元`, State Council 2024), the start of the year (`存款余额13950.4亿元，比年初增长18.2%`, Sichuan 2008), the end of a
 * plan period (`较“十三五”末`, whose year the time span reads), the whole of an earlier plan period (`出口161.9亿美元，比“九五”时期
 * 增长1.3倍`, Sichuan 2006: the sums over the two terms compared), or a count of years back (`分别比五年前增长了71.19%和
 * 30.83%`, Gansu 2003), or the span of as many years before the one reviewed (`五年全市完成固定资产投资总额2254亿元，比前五年
 * 增长145%`, Zhuhai 2012: the sums over the two spans compared); a year's level given after it (`自治区生产总值达到3822.8亿元，比2000年的1570亿元增长1.2倍，年均增长
 * 16.6％`, Inner Mongolia 2006) is part of the basis, no subject.
 */
const BASIS = /(同比|同口径|[比较](?:上年|去年|(?:19|20)\d{2}年)(?:末|底|(?:年初)?预算(?:数)?)?(?:的\d+(?:\.\d+)?\s?[万亿千百]*(?:元|美元|人|吨|户|个|家)?)?|[比较]年初|[比较]“[^“”]{2,6}”(?:(?:时期|期)?末|时期|期间)|[比较](?:[两三四五六七八九十]|\d{1,2})年前|[比较]前(?:[两三四五六七八九十]|\d{1,2})年)$/;
/**
 * A word saying the figure holds for each of a list, or for all of them, right before the verb (`分别达到`, `均达`, `都`;
 * `南水北调干线水质优良比例全部达到100%`, Jining 2025): no word of the indicator. Not the 均 of an average per village or
 * per mu (`省定经济薄弱村集体经营性收入村均超过23.9万元`, Suqian 2019): 村均 is a word of the indicator, as 户均 is.
 */
const LIST_WORDS = /(分别|(?<![年平人日月户村亩])均|都|全部)$/;
/**
 * A concentration, maybe compared with the year before, that 改善 after it says fell (`PM2.5平均浓度同比改善14.5%`): its mean
 * too (`SO2浓度均值`), or a particulate matter named bare, whose concentration is what is measured (Jining 2014: `SO2浓度均值、
 * PM10同比改善22.7%、3.9%`).
 */
const IMPROVED_CONCENTRATION = /(?:浓度(?:均值|平均值)?|PM2\.5|PM10)(?:同比|[比较](?:上年|去年))?$/;
/**
 * A part of a year or the year before, as the time of an old value (`从上半年5.5%降到5.3%`, `由年初的…`, `从上年末的…`).
 */
export const PART_YEAR = "(?:上半年|下半年|年初|年中|前三季度|第?[一二三四]季度|上年|去年)(?:末|底)?";
/** 由 of an old value, not inside a word (`自由`, `理由`, `缘由`, `经由`), but after 已经 (`已经由五年前的…`). */
const FROM_OLD = "(?<![自理缘])(?<!(?<!已)经)由";
/** The old value a change by a share of it is told from (`由原来的8570项`, before `压减掉65%`). */
const OLD_BEFORE_CUT = new RegExp(`${FROM_OLD}(?:原来|原有)?的?\\d[^，；。由从]*$`);
/** The end of a five-year plan, as the time of an old value (`“十二五”末`, `十一五期末的`). */
const PLAN_END = "“?十[一二三四五六七八九]五”?(?:时期|期)?[末底]的?[\\s\\u3000]?(?:不到|不足|近|约)?\\d";

/** A government or its budget, then the verb of what it does or pays for (`中央代`, `省级财政统一安排`, `中央财政承担`), after 由. */
const AGENT_DOES = "(?:中央|国家|省级?|市级?|县级?|地方|各级|本级|财政|政府)[^，；。\\d]{0,6}?(?:代|统一|负责|承担|安排|支付|筹集|发行|出资)";

/**
 * A baseline phrase before a level verb (`由2018年3.84%`, `从33.35%`, `从上半年5.5%`, `从不到70万亿元`), dropped from the
 * subject; after 已经 too (`…的比重，已经由五年前的百分之五十左右扩大到百分之八十左右`, State Council 1993). Not 由 inside a
 * word (`自由贸易试验区`, `理由`, `经由`, `由于`), nor 从 opening the year a yearly amount starts from (`从2006年起每年安排3000万元`,
 * Xinjiang 2006), which is no old value. A space a copy set before the number (`贫困人口从 49.7 万人下降到 25.8 万人`,
 * Chuxiong 2016) changes nothing, nor an amount a month before it (`城乡居民基础养老金最低标准从每月70元提高到88元`, State
 * Council 2019), nor the volume a concentration is taken in (`市区PM2.5平均浓度从每立方米57微克下降到26微克`, Huzhou 2021). So is the end of a five-year plan before the old value (`7个国省考核断面水质优良率从“十二五”末14.3%提高到100%`,
 * Deyang 2021).
 * Nor 由 naming who pays or does the thing, a government or its budget and its verb (`其中中央财政赤字9500亿元，由中央代地方发债
 * 4000亿元`, State Council 2014): its words are the subject (由中央代地方发债), kept.
 */
const BASELINE = new RegExp(`(?:${FROM_OLD}(?![于此]|${AGENT_DOES})|从(?!(?:19|20)\\d{2}年(?:起|开始))(?=[\\s\\u3000]?(?:人均|户均|平均|每人(?:每年|每月)?|每[月年]|每立方米)?(?:不到|不足|近|约)?[\\s\\u3000]?\\d|${PART_YEAR}|${PLAN_END}))[^，；。]*$`);

/** The rate in force before its noun (`现行16%的` of `现行16%的税率`), the noun closing the subject. */
const IN_FORCE = /现行[\s\u3000]?\d+(?:\.\d+)?\s?[%％]的(?=\p{Script=Han}{1,8}$)/u;

/**
 * A verb of stating an aim at the start of a subject (`提出`, `明确`, `确定`), after separators, and the authority that
 * states it before the verb, if any (`中央提出今年经济增长预期目标为7%左右`, `市委经济工作会议确定…`).
 */
const STATED = /^([、，；和及与\s]*)(?:(?:党中央|中央|国务院|(?:省|市|区|州|县|自治区)(?:委|政府))(?:经济工作会议)?)?(?:提出|明确|确定|设定)(?=[\u4e00-\u9fff“])/;

/**
 * Words of a target set before its year ran (`原定`, `原计划`, `年初确定的`, `去年我在政府工作报告中曾提出`), restated in
 * the review.
 */
export const SET_BEFORE = /原定|原计划|年初(?:确定|提出|设定|制定|预期|预定)的?|曾经?(?:提出|确定|要求)/;
/**
 * A plan approved (`省会2011-2020年总体规划获国务院批复`, `…规划获批`), and the clause right after it: the figures there
 * (`中心城区扩展到287平方公里`) are what the plan sets, neither a target of the report nor a result. A later clause
 * (`…总体规划成功获批，城市建成区扩展到210平方公里，…，全市城镇化率达到49.4%`) tells results again.
 */
export const APPROVED_PLAN = /[^，；。,;:：]*(?:规划|计划|纲要|方案)[^，；。,;:：]{0,12}?(?:获(?:得)?[^，；。,;:：]{0,8}?(?:批复|批准)|获批)[^，,；;。]*(?:[，,][^，,；;。]*)?$/;
const SET_BEFORE_END = new RegExp(`(?:${SET_BEFORE.source})$`);

/** The authority that set a level, before it (`省提出的`, `国家下达的`, `市政府确定的`). */
const SET_BY = /(?:党中央|中央|国务院|国家|省|市|自治区|州|县)(?:委|政府)?(?:提出|下达|确定|设定|规定|要求)的$/;
/**
 * How early a level was reached, before the verb of reaching it (`提前5年`, `提前一年半`, `比原计划提前两年`), or that
 * it was reached before the other places' (`高速公路通车里程在全国率先突破3000公里`, Shandong 2004).
 */
const AHEAD = /(?:(?:比原?(?:计划|规划|预定))?提前(?:[\d一二两三四五六七八九十]+个?(?:年|月|季度)半?|一年半|半年)?|(?:在(?:全国|全省|全区|全市|西部|中西部|东部|中部)(?:各省区市|各省市|各省|各市)?)?率先)$/;

/** Words ending with 过 that are no verb of passing a level (`通过3年努力`, `经过5年`, `不过`, `度过`, `超过` read before). */
const PAST_WORD = /[通经度不越跨迈难错路放闯渡挺熬胜大路看想做去来得到超跳略穿走]过$/;
/**
 * A verb of doing or undergoing before 过, its aspect of having done so (`全年举办过3次大型招商活动`, `发生过2起`): no level
 * passed, the count after it exact.
 */
const DONE_BEFORE = /(?:举办|主办|承办|开展|召开|举行|发生|出现|获得|荣获|受到|参加|组织|进行|实施|经历|遭遇|遭受|有)过$/;

/** A bound on a share of another measure, before the figure (`不低于工业固定资产投资的`, `不超过上年的`). */
const SHARE_BOUND = /(不低于|不少于|不高于|不超过|不多于)[^\d，,；;。：:]{1,16}的$/;

/** Nouns that end with 为, no verb of a level (`违章行为`). */
const NOUN_WEI = /(?<![执运进])行为$/;

/** `与上年`, `同去年同期`, `与2016年基本` before 持平. */
const FLAT_AGAINST = /(?:与|同|和|跟)(?:上年|去年|(?:19|20)\d{2}年)(?:同期)?(?:水平)?(?:相比)?(?:基本|大体|总体)?$/;

/**
 * A measure's name right before 增 alone, each of a list's or not (`地区生产总值增12%`, Jilin 2007; `城乡居民人均可支配收入分别增
 * 7.5%、8%左右`, Jingdezhen 2022): 增 is its growth said short, as it is after a basis.
 */
const NAMED_BEFORE_ZENG = /(?:总值|增加值|总额|收入|GDP)(?:分别)?$/;

/** Growth closing the words before a verb of being or reaching, a pledge after it or not (`年均增长为`, `年均增长确保达`). */
const GROWTH_SAID = /(?<!新)增长(?:确保|力争|争取)?$/;

/**
 * Split the text before a number into subject and predicate: `地区生产总值增长` → 地区生产总值 + 增长 (up, change);
 * `城镇失业登记率控制在` → at_most; `贫困发生率由2018年3.84%降至` → 贫困发生率, down, level.
 */
export function readPredicate(before: string): Predicate {
  // A space between the words and the number (`增长 6.5%`, as web pages and PDFs leave it) is no word, nor an aside
  // saying the words hold for the figures after it (`同比增长（下同）6%`, `增长（按可比价格计算，下同）7%`); a basis it
  // names (`增长（同比，下同）9%`) is read as if written before the verb.
  // The time of a new value after its verb (`，增加到1997年的3900元`) is the figure's time, no word of it.
  let words = before.replace(/[\s\u3000]+$/, "");
  // Nor is a note naming the short form the text uses from there on (`同比增长（以下简称“增长”）7%`, Mianyang 2025,
  // `地区生产总值（以下简称GDP）增长…`): it defines a word, the words before it are the predicate.
  words = words.replace(/（以下(?:简称|称)[^（）\d]{0,12}）(?=\p{Script=Han}|$)|\(以下(?:简称|称)[^()\d]{0,12}\)(?=\p{Script=Han}|$)/gu, "");
  // So is one before the verb (`五年年均（下同）增长5.6%左右`, Yunfu 2022), a basis it names kept where it stands.
  words = words.replace(/（([^（）\d]*?)[，,]?下同）(?=\p{Script=Han})|\(([^()\d]*?)[，,]?下同\)(?=\p{Script=Han})/gu, (_m, a?: string, b?: string) =>
    /^(?:同比|同口径)$/.test(a ?? b ?? "") ? (a ?? b)! : "",
  );
  const aside = /(?:（([^（）\d]*?)[，,]?下同）|\(([^()\d]*?)[，,]?下同\))$/.exec(words);
  if (aside) {
    words = words.slice(0, aside.index);
    const basis = /^(?:同比|同口径)$/.test(aside[1] ?? aside[2] ?? "") ? (aside[1] ?? aside[2])! : "";
    const verb = basis ? verbsEnding(words).find(([, , isChange]) => isChange) : undefined;
    if (verb) words = words.slice(0, -verb[0].length) + basis + verb[0];
  }
  // So is the whole year's after a reading of part of it (`增速由2月份-4.9%回升至全年6.9%`, `由一季度0.5%逐季回升到全年6.1%`,
  // Zhongwei 2016): the year's own figure.
  words = words.replace(/(?<=[到至为])(?:(?:19|20)\d{2}年(?:底|末)?|全年)的?$/, "");
  // `约` before a number is `about`; ending a word (`签约`, `条约`, `节约`, `制约`), it is no qualifier. `近`, `接近` and
  // `将近` (`年交易额近80亿元`, `游客增长近4倍`, `比重接近40%`) say `nearly`; not a place near (`附近`, `就近`, `邻近`). So
  // does `逼近` (`长城汽车量产，产值逼近百亿`, Jingmen 2023): nearly, no 逼 left in the label.
  let rest = words.replace(/(?:(?<![签条节制契履违合预公相特邀])约|接近|将近|逼近|(?<![附就邻临最亲贴走])近)$/, "");
  let qualifier: Qualifier | null = rest.length < words.length ? "approx" : null;
  // `至少` or `最少` right before a number is a floor (`培育至少40家示范性农民合作社和家庭农场`, `建设至少30个乡村产业示范村`,
  // Xining 2024): at least, no word of the indicator.
  if (!qualifier && /(?:至少|最少)$/.test(rest)) {
    rest = rest.slice(0, -2);
    qualifier = "at_least";
  }
  // So is `至少` before the verb of a number (`每个县（市、区）至少打造1个高标准、高水平的示范性田园综合体`, `至少新上4个5000万元以上
  // 项目`, Suihua 2018): the floor of what is made, the verb still the figure's. With 再 before that verb too (`城乡居民最低生活
  // 保障标准每人每月至少再提高20元`, Jinzhong 2021): the floor of a further rise.
  if (!qualifier && rest.includes("少") && /(?:至少|最少)再?\p{Script=Han}{1,2}$/u.test(rest)) {
    rest = rest.replace(/(?:至少|最少)(?=再?\p{Script=Han}{1,2}$)/u, "");
    qualifier = "at_least";
  }
  // A floor or a ceiling set as a share of another measure (`技改投入不低于工业固定资产投资的30%`, Dandong 2022; `确保教育投入
  // 不低于全市生产总值的4%`): the figure so bounded, the words before it the indicator's.
  if (!qualifier && rest.endsWith("的")) {
    const bound = SHARE_BOUND.exec(rest);
    if (bound) qualifier = /低|少/.test(bound[1]!) ? "at_least" : "at_most";
  }
  let verb = "";
  let direction: Predicate["direction"] = null;
  let change = false;
  let bare = true;
  let matched = "";
  rest = rest.replace(LIST_WORDS, "");
  // A level set by a higher authority, reached (`人均国内生产总值提前5年达到省提出的7000美元的目标`): the setter is no word
  // of the indicator, when a verb of reaching stands before it.
  const setBy = SET_BY.exec(rest);
  if (setBy && verbsEnding(rest.slice(0, setBy.index)).some(([w, , isChange, q]) => !isChange && !q && w.length > 1)) rest = rest.slice(0, setBy.index);
  // A verb in the perfect (`增长了76%`, `达到了55.5%`) is the verb.
  if (rest.endsWith("了") && verbsEnding(rest.slice(0, -1)).length > 0) rest = rest.slice(0, -1);
  for (const [words, dir, isChange, q] of verbsEnding(rest)) {
    if (words === "增长" && rest.endsWith("新增长")) continue;
    if ((words === "增" || words === "降") && !BASIS.test(rest.slice(0, -1)) && !(words === "增" && NAMED_BEFORE_ZENG.test(rest.slice(0, -1)))) continue;
    if ((words === "新增" || words === "增产") && !BASIS.test(rest.slice(0, -2)) && !(words === "增产" && rest === words)) continue;
    if (words === "过" && (PAST_WORD.test(rest) || DONE_BEFORE.test(rest) || !/\p{Script=Han}|[A-Za-z）)]/u.test(rest.slice(-2, -1)))) continue;
    // 为 closing the noun 行为 is no verb (Shantou 2018: `清理乱摆乱卖行为90.2万宗`): the acts are counted.
    if (words === "为" && NOUN_WEI.test(rest)) continue;
    // 上 is a verb of reaching a step only after a total or a size (`总量上1000亿元台阶`), not in other words (`以上`, `线上`).
    if (words === "上" && !/(?:总量|规模|总额)上$/.test(rest)) continue;
    // Nor after 总, 全, 最 or 均, whose 长 or 高 is a word of the measure (`光缆总长达6.76万公里`, `一线边民年人均最高达1.2万元`,
    // Xizang 2021): the total length, the highest amount, then 达.
    if (/^[高长多]达$/.test(words) && /[提增成延生拉抬升助众繁总全最均]$/.test(rest.slice(0, -2))) continue;
    if (words === "改善" && !IMPROVED_CONCENTRATION.test(rest.slice(0, -2))) continue;
    if (words === "定为" && /[认评鉴判核决制规选审]$/.test(rest.slice(0, -2))) continue;
    bare = false;
    matched = words;
    rest = rest.slice(0, -words.length);
    verb = isChange ? words : "";
    direction = dir;
    change = isChange;
    qualifier = q ?? qualifier;
    break;
  }
  // `约` before the verb of a level (`调查失业率约为5.2%`, Dazhou 2022; `约达`) is `about` too, no word of the indicator;
  // ending a word (`预约为`, `节约达`) it is none.
  if (!bare && !qualifier && rest.endsWith("约") && /^(?:为|达|达到)$/.test(matched) && /(?<![签条节制契履违合预公相特邀])约$/.test(rest)) {
    rest = rest.slice(0, -1);
    qualifier = "approx";
  }
  // So is `约有` before a bare figure (`去年价格上涨的翘尾影响约有1个百分点`, State Council 2013): about, and no word of the
  // indicator.
  if (bare && !qualifier && rest.endsWith("约有") && /(?<![签条节制契履违合预公相特邀])约有$/.test(rest)) {
    rest = rest.slice(0, -2);
    qualifier = "approx";
  }
  // A bound after a verb of reaching a level (`人均预期寿命提高到超过77岁`, `达到不低于60%`): that verb is the predicate's
  // too, and gives the direction.
  const reached = qualifier && !change && !bare ? verbsEnding(rest).find(([w, , isChange, q]) => !isChange && !q && w.length > 1) : undefined;
  if (reached) {
    rest = rest.slice(0, -reached[0].length);
    direction = reached[1];
  }
  // The years a running total is over (`国家财政性教育经费支出五年累计7.79万亿元`, State Council 2013): its period, which the
  // time span reads, no word of the indicator.
  if (/^(?:累计|总计|合计)$/.test(matched)) rest = rest.replace(/(?<=\p{Script=Han}{2})(?:[两二三四五六七八九十]|\d{1,2})年(?:中|来|间)?$/u, "");
  // How early a level was reached (`提前5年达到`, `比计划提前一年达到`): the time of the reaching, no word of the indicator.
  if (!bare && !change) rest = rest.replace(AHEAD, "");
  // How it got there, quarter by quarter or month by month (`由一季度0.5%逐季回升到全年6.1%`): no word of the indicator.
  if (!bare) rest = rest.replace(/逐(?:季|月)$/, "");
  // A bound after a verb of change (`实际利用外资增长不低于6%`, `基础设施投资增长超25%`): the figure is that change,
  // bounded, and the verb is the predicate's as it is before a bare number.
  const changed = qualifier && !change && !bare && !reached ? verbsEnding(rest).find(([w, , isChange]) => isChange && !(w === "增长" && rest.endsWith("新增长"))) : undefined;
  if (changed) {
    rest = rest.slice(0, -changed[0].length);
    verb = changed[0];
    direction = changed[1];
    change = true;
  }
  // Growth said to be a figure (`年均增长为10.6%`, `第一、二、三产业增加值年均增长分别为5.3％、14％和10.8％`, Guangxi 2006):
  // the figure is that growth, not a level (but a fall said so, `下降为3.5%`, is the level fallen to). So with a pledge
  // between (`生产总值确保达2800亿元、力争3100亿元，年均增长确保达12%、力争14%`, Bijie 2016): the growth pledged. So is growth
  // held at a figure (`“十三五”时期经济年均增长保持在6.5%以上`, State Council 2016): that growth, no level held.
  const grown = !change && !bare && !reached && !changed && /^(?:为|达到|达|保持在|稳定在)$/.test(matched) ? GROWTH_SAID.exec(rest.replace(LIST_WORDS, "")) : null;
  if (grown) {
    rest = rest.replace(LIST_WORDS, "").slice(0, grown.index);
    verb = "增长";
    direction = "up";
    change = true;
  }
  let basis = "";
  for (let again = true; again; ) {
    again = false;
    const list = LIST_WORDS.exec(rest);
    if (list) rest = rest.slice(0, -list[0].length);
    const b = BASIS.exec(rest);
    if (b) {
      basis = b[1] + basis;
      rest = rest.slice(0, -b[1]!.length);
      again = true;
    }
  }
  if (!change) rest = rest.replace(BASELINE, "");
  // The rate in force before the noun a level verb takes to a new rate (`将制造业等行业现行16%的税率降至13%`, State Council
  // 2019): a baseline, no word of the indicator; the noun after it is.
  if (!change && !bare && rest.includes("现行")) rest = rest.replace(IN_FORCE, "");
  // The first year of a change told year by year (`地区生产总值由2013年下降9.5%、2014年下降9.7%`): its time, no word of it.
  else rest = rest.replace(/[由从](?:19|20)\d{2}年$/, "");
  // The old value a change by a share of it is told from (`政府行政职权由原来的8570项压减掉65%`, Yinchuan 2016): a baseline,
  // no word of the indicator.
  if (change) rest = rest.replace(OLD_BEFORE_CUT, "");
  // `提出地区生产总值年均增长5%左右`: a verb stating the aim before an indicator that has a predicate of its own (not a
  // verb the figure counts the object of: `确定主产业链链长12名`).
  if (!bare) rest = rest.replace(STATED, "$1");
  // A target set before, restated (`居民消费价格指数涨幅原定控制在4%左右`): the words of its setting are no word of the indicator.
  if (!bare) rest = rest.replace(SET_BEFORE_END, "");
  // The year a flat figure is compared with (`固定资产投资与上年持平`, `与2016年基本持平`): no word of the indicator.
  if (bare) rest = rest.replace(FLAT_AGAINST, "");
  return { subject: rest, basis, verb, direction, change, qualifier, bare };
}

/**
 * Words in a label that make a level figure a rate of change (`居民消费价格涨幅控制在3%`, `地区生产总值增长预期目标为6%`,
 * the growth expected, `今年的经济增长预期为7%左右`, `居民消费价格指数控制在3%左右`: a price index in percent is its change,
 * and so is a price level, `居民消费价格总水平控制在4％以内`, the retail prices' too: `零售物价总水平控制在6%以内`, Guangzhou 1997).
 */
export function namesChange(label: string): boolean {
  // A natural growth rate (`人口自然增长率`, births less deaths per thousand) is a level, no change of itself.
  // Consumer prices named bare as the whole label (`CPI控制在3%左右`, Shaanxi 2015; `居民消费价格控制在3%左右`): their rise,
  // the only percentage they are told in.
  // The growth's extent in full words (`固定资产投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八`, State Council 1995)
  // is its 增幅. So is the fall's extent (`社会投资连续下滑，固定资产投资下降幅度达68.5%`, Dalian 2017) its 降幅, and its rate
  // (`单位生产总值能耗降低率达到7%`, Zhengzhou 2019).
  return /涨幅|增幅|增长幅度|增速|降幅|(?:下降|降低|回落)(?:的?幅度|率)|(?<!自然)增长率|上涨|增长(?:的)?(?:预期)?目标|增长(?:的)?预期|增长速度|(?:价格|物价)(?:总)?(?:指数|水平)|^(?:全[省市区州县国]|[我本][省市区州县])?(?:CPI|居民消费(?:品)?价格)$/.test(label);
}

/**
 * The direction a label's own noun of change says, for a percentage with no verb of change before it: a rise
 * (`居民消费价格涨幅3%左右`, `涨幅控制在3%`, `增速8%`) is up, a fall (`能耗降幅3%`, `固定资产投资下降幅度达68.5%`, Dalian 2017;
 * `能耗降低率达到7%`) down. A rate of either sign
 * (`人口自然增长率`) says none.
 */
export function namedDirection(label: string): "up" | "down" | null {
  if (/(?:涨幅|增幅|增长幅度|增速|增长速度)$/.test(label)) return "up";
  if (/(?:降幅|(?:下降|降低|回落)(?:的?幅度|率))$/.test(label)) return "down";
  // Emissions cut by a share, the cut said with 减排 (`主要污染物总量减排2%`, Ningxia 2007): a fall, as 削减 is. Only a
  // percentage is read here: a count after 减排 is of projects (`管理减排17个`, Honghe 2014), no cut.
  if (label.endsWith("减排")) return "down";
  return null;
}

/**
 * A verb opening a subject, after a level of government or not, then its object of two characters at least, no
 * measure of the verb itself (`精简率`, `降低幅度`): the level, the verb, the object.
 */
function leadingVerb(verbs: string): RegExp {
  return new RegExp(`^((?:市本级|全市|全区|市级|区级|县级)?)(${verbs})了?(?!(?:率|幅度?|比例|比率)$)(.{2,})$`);
}

/** The object and the verb of a subject `re` reads (see {@link leadingVerb}), or null. */
function objectThenVerb(re: RegExp, subject: string): { subject: string; verb: string } | null {
  const m = re.exec(subject);
  return m ? { subject: m[1]! + m[3]!, verb: m[2]! } : null;
}

/**
 * A cut written before its object (`减少文件36%`, `降低实体经济成本100亿元`), after a level of government or not. Not a
 * rate of the cut, the verb and its measure one word (Hunan 2012: `精简行政审批项目203项，精简率35.6%`): no object.
 * Nor one character after the verb, which makes one noun with it (Shangqiu 2014: `年产冰箱冷柜1200万台、压缩机300万台`,
 * compressors made, no cut of 机): an object has two characters at least.
 */
const LEADING_CUT = leadingVerb("减少|降低|压缩|压减|精简|缩减|缩短");

/**
 * A subject that starts with a verb of cutting, the number after its object: `减少文件` (36%) → 文件 + 减少, a fall;
 * `市本级减少债务` → 市本级债务 + 减少; `降低了企业成本` → 企业成本 + 降低. Verbs of raising are read so only before a rate
 * ({@link leadingRaise}): `提升示范村30个` counts the villages improved, not a rise. Only for a number with no predicate
 * word of its own ({@link Predicate.bare}): `降低率为5%` is a level.
 */
export function leadingCut(subject: string): { subject: string; verb: string } | null {
  return objectThenVerb(LEADING_CUT, subject);
}

/** A verb of raising opening a subject, then its object (`提高城市低保标准`; not 增加值, a noun). */
const LEADING_RAISE = leadingVerb("提高|提升|上调|增加(?!值)");

/**
 * A subject that starts with a verb of raising, the number after its object a percentage or points (`提高城市低保标准10%`,
 * Lanzhou 2016; `提高森林覆盖率2个百分点`): `城市低保标准` + 提高, a rise. A count after such a verb is none (`提升示范村30个`
 * counts the villages improved), so the caller asks only for a rate.
 */
export function leadingRaise(subject: string): { subject: string; verb: string } | null {
  return objectThenVerb(LEADING_RAISE, subject);
}
