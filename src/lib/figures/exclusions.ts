import { readPercentWords, readQuantity } from "./quantity.ts";
import { familiesOf, isMeasureWord, readUnit } from "./units.ts";
import { GROWN_TO, PART_YEAR } from "./verb.ts";

/** Why a number of the text is not a figure. */
export type ExclusionRule =
  | "date"
  | "plan-period"
  | "year"
  | "anniversary"
  | "code"
  | "quoted"
  | "title"
  | "ordinal"
  | "ranking"
  | "road"
  | "set-name"
  | "aspects"
  | "attribute"
  | "baseline"
  | "old-count"
  | "scope"
  | "per-base"
  | "gap"
  | "leader"
  | "population"
  | "countdown"
  | "hypothesis"
  | "set-aside"
  | "vision"
  | "stray-digit"
  | "garbled";

/** A stretch of text whose digits are not figures, and the rule that says so. */
export interface Exclusion {
  start: number;
  end: number;
  rule: ExclusionRule;
}

type Finder = (text: string) => [number, number][];

const HAN = "\\u4e00-\\u9fff";
const matches =
  (re: RegExp): Finder =>
  (text) =>
    [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

/** A finder run only on a text where `cue` is found: a cheap test before a costly pattern. */
const when =
  (cue: RegExp, find: Finder): Finder =>
  (text) =>
    cue.test(text) ? find(text) : [];

/** Stretches between paired marks (“…”, 《…》): names, slogans and titles. */
const between =
  (open: string, close: string): Finder =>
  (text) => {
    const out: [number, number][] = [];
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      const j = text.indexOf(close, i + 1);
      if (j < 0) break;
      out.push([i, j + 1]);
      i = j;
    }
    return out;
  };

/**
 * A year written without 年 inside a name (`中国2019农业品牌目录`): four digits 19xx/20xx with no unit after, nor after 多 or
 * 余 (`人均纯收入达到1900多元`, `科技成果2000多项`: an amount), nor before the next item of a list of numbers that share the
 * unit written after the last (`产值突破4000、2000和500亿元`, Hainan 2021: 2000亿元, no year). Not before a list of years
 * (`2018、2019年`, `2019、2020两年`). The unit may come after the one or two spaces a PDF leaves (`规模以上工业增加值 1901 亿元`,
 * Yulin 2014: an amount, no year).
 */
const YEAR_GAP = /^[ \u3000\u00a0]{0,2}[多余]?/;
const yearInName: Finder = (text) =>
  [...text.matchAll(/(?<![\d.:：])(?:19|20)\d{2}(?![\d.:：%％])/g)]
    .filter((m) => readUnit(text, m.index + 4 + YEAR_GAP.exec(text.slice(m.index + 4))![0].length) === null && !sharesUnit(text, m.index))
    .map((m) => [m.index, m.index + 4]);

/** Whether the four digits at `start` are an item of a list whose later item writes a unit they share, not a time's. */
function sharesUnit(text: string, start: number): boolean {
  if (!/[、和及与]/.test(text[start + 4] ?? "")) return false;
  const q = readQuantity(text, start);
  return q !== null && !/[年月日天季周]/.test(q.unit);
}

/** The noun that closes the name of an event (`论坛`, `博览会`, `运动会`). */
const EVENT = "(?:论坛|峰会|博览会|运动会|年会|大会|交易会|洽谈会|展览会|文化节|艺术节|旅游节|电影节|赛事|大赛)";

/**
 * A year opening the name of an event the place hosts or holds (`成功举办了2008天津夏季达沃斯论坛`, Tianjin 2009), even when
 * the name's first word reads as a unit (天津 → 天): the event's name, no number of days. Not a count of events (`举办2000场…`).
 */
const yearOfEvent = matches(
  new RegExp(`(?<=(?:举办|承办|主办|召开|举行|办好|筹办|协办)了?\\s?)(?:19|20)\\d{2}(?![\\d.场次个项届期批])(?=[${HAN}A-Za-z·（）()]{1,16}?${EVENT})`, "g"),
);

/**
 * A threshold right before an amount (`超200亿元`, `营业收入过50亿元`, `不低于5亿元`, `经济总量上200亿元`): the amount bounds
 * a class. Not a level reached (`迈上`, `登上`, `跃上`, `踏上`).
 */
const THRESHOLD_WORD = "(?:超过?|过|逾|高于|大于|不低于|不少于|(?<![迈登跃踏走赶比])上)";
const THRESHOLD = new RegExp(`${THRESHOLD_WORD}$`);

/**
 * What follows the threshold of a class of places or bodies: `的` and their kind (`的县（市）`, `的大型企业`), maybe after
 * the later thresholds of a list (`、财政收入超5亿元的经济强县`), the word repeated bare (`力争在引进投资过50亿元、过100亿元的
 * 重大工业项目上实现新突破`) or after a count of its own (`突出抓好35个投资过50亿元、11个投资过100亿元的扛鼎项目`, Xiangyang 2022).
 */
const CLASS_AFTER = new RegExp(
  `^(?:[、和](?:\\d+个)?[^\\d，。；、]{0,8}?${THRESHOLD_WORD}\\s?\\d+(?:\\.\\d+)?\\s?[万亿千百]*(?:元|美元)(?:以上)?)*的[^\\d，。；、]{0,4}?(?:县|区|市|乡|镇|村|企业|集团|项目|园区)`,
);

/**
 * Money, weight or power naming a facility or class (`1万吨正极材料`, `1000万吨保税仓`, `50亿元企业`), or the threshold of
 * a class (`2000万元以上规模工业企业`).
 */
/** A Han character opening what follows a figure (after 的 or not), and funds of a kind named after it. */
const HAN_NOUN_AFTER = new RegExp(`^的?[${HAN}]`);

/**
 * Another class of projects or firms joined by 和 or 及 after a money threshold, the two sharing the noun after 的
 * (`重点引进1000 万美元以上和国际大公司、大财团的项目`, Ningbo 2002): the threshold sizes the projects sought, no amount.
 */
const CLASS_JOINED = /^[和及][^\d，。；]{2,14}?的(?:大)?(?:项目|企业|集团)/;
const HAN_FIRST = new RegExp(`^[${HAN}]`);
// Equity put into a fund is such a sum too (`将424亿元国有股权益、100亿元财政资金纳入养老保险风险基金`, Liaoning 2017).
const FUNDS = new RegExp(`^[${HAN}]{0,4}?(?:资金|经费|国债|债券|贷款|基金|权益)`);
/**
 * So is a grant or award named by its kind (`分别给予最高500万元和300万元补助`, Tianjin 2019; `拿出8100万元兑现奖励政策`): the
 * sum given. Not a rate of aid per head or per month (`给予每人1万元康复训练补助`, `每月享受1500元补助`) nor the standard
 * set (`240元补助标准`), which are no amount of the place's and stay out as before.
 */
const GRANTS = new RegExp(`^[${HAN}]{0,4}?(?:补助|补贴|奖励|奖补)(?!标准)`);
const PER_HEAD_BEFORE = /每[人户月年天日亩][^，。；、\d]{0,4}$/;
/** An amount invested named by its kind, the noun phrase ending on 投资 (`完成5000亿元企业技改投资`, Zhejiang 2014): the amount. */
/** A chemical's name opening on a Greek letter, a hyphen after it or not (`β-二酮`, `α-烯烃`, `α烯烃`, Daqing 2025). */
const GREEK_CHEMICAL = new RegExp(`^[α-ω][-－]?[${HAN}]`);
/** A count of things right after an amount (`19个`, `5项`, `3家`), not a gap in points (`2个百分点`). */
const COUNT_AFTER = /^\s?\d+\s?(?:个(?!百分点)|项|家)/;
/** The things an area bounds, then their count (`联建社区达到46个`, `规模经营典型78个`; see `attribute`). */
const AREA_CLASS_COUNTED = /^的?[^\d，。；、]{1,8}?(?:达到|达|有)?\d+(?:\.\d+)?\s?(?:个(?!百分点)|家|处|座|户)/;
/** What follows an area bounding districts or plots: their kind, then an amount of money (see `attribute`). */
const AREA_CLASS_AMOUNT = /^的?(?:片区|区块|地块)[^\d，。；、]{0,8}?\d+(?:\.\d+)?\s?(?:[万亿]|万亿)?元/;
/**
 * Land that an area bounds by the size of its one tract, 坝区 or 连片 (`以500亩以上坝区产业结构调整为抓手`, Zunyi 2020;
 * `重点支持一批10万亩以上集中连片的优质农产品基地建设`; see `attribute`): which tracts are meant, no area of the place's.
 */
const AREA_TRACT = /^的?(?:坝区|(?:集中)?连片)/;
/**
 * What follows a bare size of projects: the later sizes of its list, then the projects (see `attribute`); or its bound, then
 * the projects (Chengdu 2022: `力争落地建设亿元及以上重大产业项目500个以上、50亿及以上重大产业项目100个以上`).
 */
const BARE_SIZES_AFTER = /^(?:、[^\d，。；、]{0,4}\d+(?:\.\d+)?(?:千万|[百千]?亿))*(?:及?以上)?的?(?:重大|重点)?(?:产业|工业|投资)?项目/;
/** What follows a bare size of firms: the firms, then their count (see `attribute`). */
const BARE_FIRMS_AFTER = /^(?:级)?企业\d+(?:户|家|个)/;
/** Firms or market entities right after a count by 户 (`企业市场主体`, `规上企业`, `个体工商户`): the things counted. */
const FIRMS_COUNTED = /^[^，。；、\d]{0,4}?(?:企业|市场主体|工商户)/;
/**
 * Another size of villages by their households joined by 、 after one, the two sharing the villages after it (`深度贫困地区
 * 30户以上、其他地区50户以上的自然村`, Gansu 2018): each bounds a class of villages, no households counted.
 */
const HOUSEHOLD_SIZES_JOINED = /^、[^\d，。；、]{0,8}?\d+户(?:规模)?以上的?(?:自然村|行政村|村组|村庄|村寨)/;
/**
 * The kind of an investment named after its amount, up to 投资 and the clause's end (`完成5000亿元企业技改投资`): the amount
 * invested, no size of what follows (see `attribute`); the label reads the kind as what it measures. So is one named the
 * year's aim or task for that investment (`全力完成5200亿元固定资产投资目标`, Inner Mongolia 2022): the amount aimed at, no
 * size of a target.
 */
export const INVESTED = new RegExp(`^[${HAN}]{1,6}?投资额?(?:目标|任务)?(?![${HAN}])`);
// So is the last amount of a list of aims, right before the aim or task they are, closing its clause (`力争实现开工建设项目投资
// 规模1000亿元、开展前期工作项目投资规模1000亿元、储备项目投资规模1000亿元目标`, Benxi 2021): the amount aimed at, as the
// items before it are, no size class. Only after an earlier item: an aim alone may be of a later plan (`锚定经济总量1100亿元
// 目标，科学谋划“十五五”发展`, Pingliang 2025) or far off (`远期实现1000亿元目标`, Xiangxi 2021).
const AIM_CLOSING = /^(?:目标|任务)(?:任务)?(?=[，,。；;、）)！]|$)/;
const LISTED_BEFORE = /[\d０-９][^，。；,;：:、]*、[^，。；,;：:、\d０-９]*$/;
/**
 * A weight done as a task, its goods and the task's kind named after it (`完成全国25个省区市和区内10个盟市6.96亿吨煤炭保供任务`,
 * Ordos 2023): the amount the task was of, no size of a plant (`华煤集团60万吨甲醇`). 完成 opens its clause before it.
 */
export const WEIGHT_TASK = new RegExp(`^[${HAN}]{1,8}?任务`);
const TASK_DONE_BEFORE = /完成[^，。；,;：:]*$/;
/** A verb of output or throughput a year or a day right before a figure (`年出栏`, `日处理`, `年产`): the rating of a facility. */
const RATED = /[年日](?:出栏|屠宰|存栏|饲养|产|加工|处理|吞吐)\s?$/;
/** The goods and the project, line or plant a rated output names, right after it. */
const RATED_FACILITY = /^[^\d，。；、,;]{1,14}?(?:项目|生产线|基地|工厂)/;
/**
 * A weight of a raw material cut after a verb of cutting capacity in its clause (`我市要压减412万吨铁、170万吨钢、450万吨煤`,
 * Langfang 2014): the capacity cut, the material named after it, no size of a plant (`华煤集团60万吨甲醇`).
 */
export const CUT_GOODS = /^(?:生铁|粗钢|钢铁|钢材|钢|铁|原煤|煤炭|煤|焦炭|水泥)(?=[、，,。；;和及]|$)/;
const CUT_BEFORE = /(?:压减|削减|化解|淘汰|去除)[^，。；,;：:]*$/;
const attribute: Finder = (text) =>
  [...text.matchAll(/\d+(?:\.\d+)?/g)].flatMap((m): [number, number][] => {
    const q = readQuantity(text, m.index);
    if (!q) return [];
    const families = familiesOf(q.unit);
    // A range of power or weight is a size class of the facilities named right after it, as one size is
    // (`155千瓦至800千瓦骨干排灌电站`).
    // So is a range of money right before the firms or projects it sizes (`新增营收50亿—100亿元企业5家`, Ganzhou 2024): the
    // class the count after it numbers, no amount.
    const sizes =
      q.value === null &&
      q.min !== null &&
      (families.some((f) => f === "weight" || f === "power") ||
        (families.some((f) => f === "yuan" || f === "dollars") && /^的?[^\d，。；、]{0,4}?(?:企业|项目|集团)/.test(text.slice(q.end))));
    if (typeof q.value !== "number" && !sizes) return [];
    // A rated output or throughput a year or a day, before 的 and the facilities it rates (`建成5个年出栏10万只以上的肉羊养殖园区`,
    // Bayannaoer 2015; `建设日处理500吨的垃圾焚烧发电厂2座`): the class of each, no output of the place's; the count stays. Not
    // an aim of output (`力争落实年产8万辆的计划`, Anqing 2019). So before the goods and the project or line it rates, no 的
    // between (`闻泰科技年产1000万台笔记本电脑项目开工建设`, Huangshi 2022; `建成年产20亿剂重组新冠疫苗生产线`): the size of one
    // project, no output of the place's.
    if ((text[q.tail] === "的" ? !/^的(?:计划|目标|任务|规模)/.test(text.slice(q.tail)) : RATED_FACILITY.test(text.slice(q.tail))) && RATED.test(text.slice(Math.max(0, q.start - 4), q.start)) && /^(?:以上)?$/.test(text.slice(q.end, q.tail).trim()) && !q.unit.endsWith("%"))
      return [[q.start, q.tail]];
    if (q.tail !== q.end) {
      // A size class or threshold of the noun right after it (`20户以上自然村`, `100人以上民族自然村`, `10亿元以上大项目`,
      // `2000万元以上规模工业增加值增长20%`, `5亿元以上的领军企业`, `3000万美元以上外资项目`, `500万元以上投资项目`,
      // a list's name between: `500万元以上投资清单项目`, Pingliang 2025), which other units count; not an aim (`…以上的目标`)
      // or an amount spent or invested (`…以上用于民生`, `完成500亿元以上投资`).
      const bound = text.slice(q.end, q.tail).trim();
      const after = text.slice(q.tail);
      // People size a place or a body (`100人以上民族自然村`, `300人以上企业`, `确保常住人口4000人以上行政村单独办园全覆盖`,
      // Huizhou 2019), or a meeting (`举办100人以上会议近15000场`), or a school class (`基本消除义务教育阶段56人以上大班额`,
      // Meizhou 2020: the size of the classes done away with), not the people counted (`培训2000名以上村医`).
      // Any measure bounds a class that a count right after it numbers (`贫困发生率在5%以上的18个贫困村`).
      // A bare magnitude of money, 元 left out, sizes projects or firms as an amount does (`新签约50亿以上项目50个`, Yichang 2023).
      // Households size a village (`20户以上自然村`); firms counted by 户 are no class (`新增1200户以上企业市场主体及80户以上规上企业`,
      // Liupanshui 2016): the firms added, at least so many.
      const sized =
        families.some((f) => f === "yuan" || f === "dollars" || f === "weight" || f === "power") ||
        (families.includes("households") && !FIRMS_COUNTED.test(after)) ||
        (/^(?:千万|[百千]?亿)$/.test(q.unit) && /^的?[^，。；、\d]{0,4}?(?:项目|企业|集团)/.test(after)) ||
        (families.includes("people") && /^的?[^，。；、\d]{0,4}?(?:自然村|行政村|村庄|村寨|社区|企业|单位|会议|班额)/.test(after)) ||
        // So do the dead size a class of accidents (Zhanjiang 2016: `连续7年未发生死亡10人以上重特大事故`; `一次死亡3人以上非生产经营性
        // 事故`): which accidents none happened of, no people of the place's.
        (families.includes("people") && /^的?[^，。；、\d]{0,8}?事故/.test(after) && /死亡\s?$/.test(text.slice(Math.max(0, q.start - 3), q.start))) ||
        // So do they size the counties a pledge is for (Handan 2023: `支持30万人以上县（市、区）规划建设技工院校`), not a county's work.
        (families.includes("people") && /^县(?!域)/.test(after)) ||
        // An area bounds a class of sites or farms a count right after them numbers (Hengshui 2016: `5万平方米以上联建社区达到
        // 46个`, `3000亩以上规模经营典型78个`): which ones are counted, no area of the place's. So does it bound the tracts of
        // land meant (AREA_TRACT), and a class of districts whose amount follows (Jinhua 2023: `其中1平方公里以上片区改造项目投资
        // 600亿元以上`): the size of each district renewed.
        (families.includes("area") && (AREA_CLASS_COUNTED.test(after) || AREA_TRACT.test(after) || AREA_CLASS_AMOUNT.test(after))) ||
        // Any measure bounds the scale of the things named after 规模的 (Yangzhou 2015: `规划建设1-2个10万人以上规模的现代新城镇`).
        after.startsWith("规模的") ||
        /^的\d/.test(after);
      // So is money bounding a class a count right after it numbers, its noun left to the clause before
      // (`新引进10亿元以上项目103个，其中50亿元以上19个`, Shaoxing 2025), as without 以上 below.
      const counted = families.some((f) => f === "yuan" || f === "dollars") && COUNT_AFTER.test(after);
      // So is each size of a list of them before the villages they share (Gansu 2018: `深度贫困地区30户以上、其他地区50户以上的
      // 自然村`).
      const villages = families.includes("households") && !FIRMS_COUNTED.test(after);
      return sized &&
        /^以[上下]$/.test(bound) &&
        ((HAN_NOUN_AFTER.test(after) &&
          (!/^[用支投实和与及]|^的?(?:目标|任务|增长|增速|水平|规模以上)/.test(after) || /^投资[^\d，。；、的]{0,4}?(?:项目|企业)/.test(after) || CLASS_JOINED.test(after))) ||
          counted ||
          (villages && HOUSEHOLD_SIZES_JOINED.test(after)))
        ? [[q.start, q.tail]]
        : [];
    }
    const rest = text.slice(q.end);
    // Households size a village written with 规模 before 以上 too (Hubei 2019: `力争20户规模以上村组通达硬化路`), as `20户以上
    // 自然村` does: the class of villages, no households counted.
    const village = /^规模以上的?(?:自然村|行政村|村组|村庄|村寨)/.exec(rest);
    if (village && familiesOf(q.unit).includes("households")) return [[q.start, q.end + 4]];
    // A bare magnitude of money, 元 left out, right before the projects it sizes, alone or in a list of such sizes each
    // after its place (Yangzhou 2015: `加快实现沿江100亿、沿河50亿投资项目第二轮全覆盖`): their size class, as `50亿以上项目` is.
    if (/^(?:千万|[百千]?亿)$/.test(q.unit) && BARE_SIZES_AFTER.test(rest)) return [[q.start, q.end]];
    // So is one right before the firms it sizes and their count (`新增百亿企业1户、50亿企业2户、10亿企业3户`, Liangshan 2014):
    // their size class, as `50亿元企业` is.
    if (/^(?:千万|[百千]?亿)$/.test(q.unit) && BARE_FIRMS_AFTER.test(rest)) return [[q.start, q.end]];
    // So is one right before the parks a plan or list names (`邻水工业园区纳入省500亿园区培育计划`, Guangan 2014): the class of
    // parks, as `千亿园区` is, no amount of the place's; not a park's aim (`高新区打造成500亿园区`, Shizuishan 2022).
    if (/^(?:千万|[百千]?亿)$/.test(q.unit) && /^级?(?:产业)?园区(?:培育|创建|建设)?(?:计划|名单|行列)/.test(rest)) return [[q.start, q.end]];
    // `2个全部财政收入超10亿元的县（市）`, `对进出口额超5000万美元的大型企业实行“一对一”帮扶`: the threshold of places or
    // bodies named right after it, none of the place's own amount; not a total (`100个总投资超过2000亿元的技改项目`).
    // So is each threshold of a list of them before 的 (`一批生产总值超50亿元、财政收入超5亿元的经济强县`, Guangxi 2005:
    // 生产总值 is the output of each, no total). Nor is 财政总收入 a total (`财政总收入过10亿元的县（市、区）达到9个`, Ganzhou
    // 2014): the revenue each county passes; nor 进出口总额 (`进出口总额过1000万美元的企业达到10家`, Yongzhou 2014): each firm's trade.
    if (
      families.some((f) => f === "yuan" || f === "dollars") &&
      THRESHOLD.test(text.slice(Math.max(0, q.start - 4), q.start)) &&
      !/(?<!生产|财政|出口|进口)总[^\d，。；、]{0,3}$/.test(text.slice(Math.max(0, q.start - 8), q.start).replace(THRESHOLD, "")) &&
      CLASS_AFTER.test(rest)
    )
      return [[q.start, q.end]];
    // Dollars after a threshold word, right before the projects or firms they bound (`力争新签约注册总投资超5亿元内资项目
    // 400个以上、超3000万美元外资项目100个以上`, Nantong 2023): the size class of the projects counted, as yuan are below.
    if (
      families.includes("dollars") &&
      THRESHOLD.test(text.slice(Math.max(0, q.start - 4), q.start)) &&
      /^[^\d，。；、的]{0,4}?(?:项目|企业|集团)/.test(rest)
    )
      return [[q.start, q.end]];
    // A volume right before a product named by its Latin abbreviation and the project that makes it (Qitaihe 2014, a copy
    // that spaces its numbers: `争取宝泰隆30 万吨芳烃、隆鹏2 亿立方米LNG 项目开工`): the size of the plant, as a weight is
    // (`银光公司10万吨TDI`), no volume of the place's.
    if (families.includes("volume") && /^[A-Z]{2,6}(?![A-Za-z\d])\s?(?:等)?(?:项目|装置|工厂)/.test(rest)) return [[q.start, q.end]];
    if (!families.some((f) => f === "yuan" || f === "weight" || f === "power")) return [];
    // `分别为34328元和12858元` (a copy may space it: `79.75 亿元和 132.33 亿元`; the next may be per another time:
    // `每人每月388元和每人每年2572元`; money before any other item: `增加困难县财政转移支付8000万元和农村基础设施补助2000万元`,
    // but not a class's threshold, `5000万元及以上项目`): a list of amounts, not a class;
    // `超200亿元的区县达到20个`: a class counted after it, named by the threshold before it, its noun left to the clause
    // before (`…地方财政一般预算收入过亿元的7个，农民人均纯收入过3000元的11个`, Ningxia 2005) (not the cost of a project
    // that numbers follow: `实施投资7亿元的丹东港20万吨级矿石泊位…改扩建`, `实施总投资63亿元的工业技改项目17个`).
    if (THRESHOLD.test(text.slice(Math.max(0, q.start - 4), q.start)) && /^的[^\d，。；、]{0,8}?(?:达到|达|超过|增至|增加到|有|共)?\d/.test(rest)) return [[q.start, q.end]];
    // An amount right before a count of the things it sizes (`引进市外亿元项目220个以上，其中10亿元20个、50亿元5个、100亿元1个`,
    // Bengbu 2020): the size class of the projects counted, no amount; not a gap in points (`…亿元，2个百分点`).
    if (families.some((f) => f === "yuan" || f === "dollars") && COUNT_AFTER.test(rest)) return [[q.start, q.end]];
    // Not a milestone passed (`突破1000亿元大关`, `跨越3万亿元、4万亿元两个大台阶`, counted by 道 too: `连续跨越60、70、80亿元
    // 三道大关`, Yangquan 2023): the level reached. Nor a level said as one (Jilin 2013: `粮食综合生产能力跃上600亿斤阶段性水平`):
    // the level reached, no size of a plant. Nor funds, bonds or
    // loans named by their use (`安排109亿元资金支持再就业`, `安排30亿元建设资金`, `发行2100亿元长期国债`, `4200多亿元银行
    // 贷款`, `1000亿元失业保险基金`): the amount of them. Nor the currency named after the unit (`引进区外资金71.3亿元人民币`).
    // A product named by its Latin abbreviation after a weight or a power (`银光公司10万吨TDI`) names the plant as a Han
    // name does (`华煤集团60万吨甲醇`); so does a chemical's name opening on a Greek letter (`建成投产…1.1万吨β-二酮等项目`, Bengbu 2020).
    // So does a product's Latin name after a space (`沐邦高科10GW TOPCON光伏电池生产基地`, Wuzhou 2023). 余 and 多 opening a
    // product's name say no more than (`旗滨4.5MW余热发电`, Heyuan 2014; `奥克阳光 200MW多晶硅锭`, Jinzhou 2014).
    const latinProduct = families.some((f) => f === "weight" || f === "power") && (/^\s?[A-Z]{2,6}(?![A-Za-z\d])/.test(rest) || GREEK_CHEMICAL.test(rest));
    // The total investment of the projects a count before it numbers, 的 left out (`加快推进716个、总投资2237亿元导向性计划
    // 项目`, Huangshi 2014): the amount of those projects, as with 的 (`…395个、总投资1177亿元的在建项目`), no size class.
    if (families.includes("yuan") && /\d\s?个\s?[、，,]\s?总投资$/.test(text.slice(Math.max(0, q.start - 12), q.start))) return [];
    // Money put in, then the work it pays for (`投入24.5亿元解决了7.4万名被征地农民和特岗教师养老保险遗留问题`, Zhongwei 2022;
    // `投入68亿元全力办好10个方面30项民生实事`, Ningxia 2023): the amount spent, no size of what follows.
    if (families.includes("yuan") && /投入\s?(?:近|约|超过?|逾)?\s?$/.test(text.slice(Math.max(0, q.start - 6), q.start))) return [];
    // So are funds named before their amount, then the work they pay for (`每年统筹安排财政资金5亿元扶持非公有制经济发展`,
    // Yinchuan 2014): the amount of those funds, no size of what follows.
    // So are loans named before their amount, then the work they bring about (Bortala 2016: `发放养殖业保证保险贷款9605万元
    // 带动养殖户1369户`): the amount lent, no size of what follows.
    if (families.includes("yuan") && /(?:资金|贷款)\s?(?:近|约|超过?|逾)?\s?$/.test(text.slice(Math.max(0, q.start - 6), q.start))) return [];
    return (HAN_FIRST.test(rest) || latinProduct) &&
      !/^(?:余(?!热)|多(?!晶)|[用支投实的]|人民币|[和与及]\s*(?:(?:每[人户亩])?每[年月日天季]|每[人户])?\s*\d|(?:[两三四][个道])?(?:大|新的?)?(?:关|台阶|(?:阶段性)?水平))/.test(rest) &&
      !(families.includes("yuan") && /^[和与及](?!以[上下])/.test(rest)) &&
      !FUNDS.test(rest) &&
      !(GRANTS.test(rest) && !PER_HEAD_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) &&
      !INVESTED.test(rest) &&
      !(AIM_CLOSING.test(rest) && LISTED_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) &&
      !(families.includes("weight") && WEIGHT_TASK.test(rest) && TASK_DONE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))) &&
      !(families.includes("weight") && CUT_GOODS.test(rest) && CUT_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)))
      ? [[q.start, q.end]]
      : [];
  });

/**
 * Two or more sizes joined by 、 or 和 under a threshold word, before 的 and a kind of enterprise (`培育一批年主营收入
 * 超100亿元、300亿元的龙头企业`, `50亿元以上和100亿元以上的企业集团`, a size word before it: `超100亿元、50亿元和30亿元的大企业
 * 集团`, Guangxi 2005), or of projects (`100亿元、50亿元重特大产业项目`, Yangzhou 2019): the size classes of the enterprises or
 * projects, no figure; so are those of clusters (`年产值超500亿元、1000亿元产业集群`, Shantou 2018). One
 * amount alone is left to the rules above (`超过1000亿元的…支付风险`, `不低于1000亿元的产业基金群` are amounts).
 */
const AMOUNT = "\\d+(?:\\.\\d+)?\\s?[万亿千百]*(?:元|美元)";
/**
 * 的 and a kind of enterprise, maybe after a word of its standing (`的龙头企业`, `的大企业集团`, `的骨干企业`, `的优质企业`,
 * Zhuzhou 2014: 着力培育一批过1亿元、10亿元、20亿元、50亿元、100亿元的优质企业).
 */
const FIRM_KIND = "的(?:大型?|骨干|重点|优质|优势|领军|明星|龙头)?(?:龙头企业|企业集团|企业|集团)";
const enterpriseSizes = matches(
  new RegExp(
    `(?<=${THRESHOLD_WORD}\\s?)${AMOUNT}(?:以上)?(?:\\s?[、和]\\s?${AMOUNT}(?:以上)?)+(?=\\s?${FIRM_KIND})|` +
      `${AMOUNT}以上(?:\\s?[、和]\\s?${AMOUNT}以上)+(?=\\s?${FIRM_KIND})|` +
      // So are sizes of villages or places joined before 的 and their kind (`全市集体经营性收入30万元以上、50万元以上的村分别达
      // 100%和50%`, Yancheng 2023): the classes the shares are of, no income.
      `${AMOUNT}以上(?:\\s?[、和]\\s?${AMOUNT}以上)+(?=\\s?的(?:行政)?(?:村|社区|乡镇|县))|` +
      // So are sizes of projects joined right before their noun (`推动100亿元、50亿元重特大产业项目…取得新突破`, Yangzhou 2019),
      // or offered as one size in either currency (`全年新开工10亿元或1亿美元重大工业项目50个`, Yangzhou 2015).
      `${AMOUNT}(?:以上)?(?:\\s?[、和或]\\s?${AMOUNT}(?:以上)?)+(?=\\s?(?:级)?的?(?:重特大|特大|重大|重点|大)?(?:产业|工业|制造业|科创|招商|投资)?项目)|` +
      // So are sizes of firms joined right before their noun, with no threshold word (`打造一批年产值10亿元、30亿元、50亿元、
      // 80亿元、100亿元企业`, Fuyang 2020): the tiers of firms to be grown, no output of the place's.
      `${AMOUNT}(?:\\s?[、和]\\s?${AMOUNT})+(?=\\s?(?:级)?(?:龙头|骨干|大)?(?:企业|集团))|` +
      // So are sizes of clusters (`努力打造一批年产值超500亿元、1000亿元产业集群`, Shantou 2018), the threshold word said
      // again before each (`新增营业收入超50亿元、超100亿元产业集群6个和4个`, Hebei 2021).
      `${AMOUNT}(?:以上)?(?:\\s?[、和]\\s?(?:${THRESHOLD_WORD})?${AMOUNT}(?:以上)?)+(?=\\s?(?:级)?的?(?:产业|工业|制造业)?集群)`,
    "g",
  ),
);

/**
 * Sizes of places a count numbers, between the count and 的 and the kind of place (`新增1个经济总量近千亿、4个过五百亿的县市`,
 * Hunan 2026; `2个人口超100万的城市`): the class of the places counted, no amount of the place's own, in digits or in words.
 */
const PLACES_SIZED = /(?:\d+|[一二三四五六七八九十两]+)个([^，。；！？]{2,30}?)的(?:县市|县区|市县|区县|县（市、区）|县（市）|县|城市|乡镇)/g;
const SIZE_AMOUNT = /[\d.一二三四五六七八九十百千]+\s?(?:万亿|亿|万)元?/g;
const placeSizes: Finder = (text) =>
  [...text.matchAll(PLACES_SIZED)].flatMap((m) => {
    const from = m.index + m[0].indexOf(m[1]!);
    return [...m[1]!.matchAll(SIZE_AMOUNT)].map((a): [number, number] => [from + a.index, from + a.index + a[0].length]);
  });

/**
 * Verbs merging things into fewer (`整合为`, `整合优化为`, `合并为`, `撤并为`), the merger also said to cut them
 * (`审批事项由229项合并压减为80项`, Zhongwei 2016).
 */
export const MERGED = "(?:整合|合并|撤并|归并)(?:优化|压减|精简|压缩)?(?:为|到|至|成)";

/**
 * Verbs from an old value to a new one (`降至`, `调整为`, `提高到`, `扩大到`, `缩小至`, `转变为`, `整合为`; a count grown or cut:
 * `农民合作社由1080家发展到6455家`, `由15.2平方公里拓展到84平方公里`, `从68平方公里扩展到100平方公里`, `政府工作部门由35个精简到
 * 32个`, `非常设机构由85个减为26个`, State Council 1993; `融资平台由87家减少至30家`, Huaihua 2019); a count said to reach its new one, the number right after the verb
 * (`省级开发区数量由5个达到12个`, Yuncheng 2021); a structure said to evolve into its new one (`三次产业结构由4.9∶36.4∶58.7演进为4.1∶28.0∶67.9`,
 * Hohhot 2016).
 */
const TO_NEW = new RegExp(`^(?:${MERGED}|达到(?=\\d)|变为|变成|变化(?:到|至|为)|降至|降为|降到|下降到|下降至|降低到|降低至|回落到|回落至|减少到|减少至|减至|减为|缩小到|缩小至|缩小为|(?:调整|优化){1,2}(?:为|到|至)|调[高低增减](?:为|到|至)|转变为|(?:演进|演变)(?:为|到|至)|转为(?:顺差|逆差|盈利|亏损)?|提高到|提高至|提高为|提升到|提升至|提升为|增至|增加到|增加至|增加为|增长到|增长至|上升到|上升至|上升为|升至|升到|提至|扩大到|扩大至|扩大为|下降为|减少为|降低为|(?:${GROWN_TO.join("|")})(?:到|至)|恢复(?:到|至)|(?:精简|压缩|压减|缩短|削减|缩减)(?:到|至|为))`);

/**
 * The old value of `由2018年3.84%降至0.61%` / `由14.3:43.5:42.2调整为14:43:43` (调整到, 优化为) / `从33.35%提高到42.4%` /
 * `由2015年的304亿元增加到440亿元` (its year a copy wrote without 年: `从2015的76.8%提升至78.73%`; the year's peak:
 * `不良贷款率从2015年最高8.58%下降至0.94%`, Sanming 2021) /
 * `由1997年的4.67万人扩大到2002年的13.88万人` / `由“十二五”末的9:32.8:58.2调整为…` (变化到,
 * Guangdong 2001: `三大产业比例由1995年的15. 1∶50. 2∶34.7变化到2000年的10.4∶51. 1∶38. 5`) /
 * an older plan's end, `由“八五”末期的43.1%提高到52.5%`, the tenth's too, `由“十五”末的40%提高到60%以上` (Shanxi 2006) /
 * `从上半年5.5%降到5.3%` (a part of the year, or the year before) / a plan's former rate raised, `由原定平均每年百分之六调高到百分之八至九` / `由平均20个工作日压缩到5个工作日` / `分别由2万元、3万元降低到3000元、7000元` / `由36人、165人分别增加到84人和407人` / `由最高时期的19.3%和
 * 24.3%回落到…` / `由每百人1.5部提高到6.1部` / `从1992年的1847.4元，增加到…` / the old values of the parts of the place (`从农村5712元、城镇7560元，提高到…`, Wenzhou 2021) / an amount per month or year (`分别从每月457元、206元
 * 提高到…`, `从每人每月 1450 元和 880 元提高到…`, `分别由年人均5160元、2800元提高到6780元、4060元`, Yingkou 2018; a month's or
 * a year's after the year, `分别由2010年的月均267.5元、年均1225元，提高到499元和3350元`, Tai'an 2016) / a deficit turned into a surplus (`外汇结售汇由上年的逆差5.22亿美元转为顺差6.58亿美元`,
 * Xiamen 2000) / a density per area after its year (`公路密度从1995年的每百平方公里73公里提高到2000年的每百平方公里97公里`,
 * Foshan 2001) / a concentration with its volume written first (`市区PM2.5平均浓度从每立方米57微克下降到26微克`, Huzhou 2021) / a rate at the water class it is measured at, the new one at another (`湟水河出省断面水质达标率要由现在的四类83%
 * 提高到三类50%`, Qinghai 2016) / a number brought back from its low, at most so many (`普氏原羚由上世纪末的300多只恢复到2700多只，
 * 藏羚羊由最低时的不足2万只恢复到7万只左右`, Qinghai 2021): a baseline, not a result.
 */
const OLD_VALUE = new RegExp(
  `[由从](?:原定|原计划|原来的?)?(?:平均每年|年均|平均)?(?:(?:19|20)\\d{2}年(?:底|末)?的?|(?:19|20)\\d{2}的|“?(?:十[一二三四五六七八九]?|[六七八九])五”?(?:期?末|末期)的?|(?:(?:19|20)\\d{2}年)?${PART_YEAR}的?|[${HAN}]{2,6}的|每[百千万]?[人户]|(?:每[人户亩])?每[月年季造天日](?:人均)?|[年月]人均)?(?:[年月]均)?(?:每[百千万]?平方公里|每立方米)?(?:最高|最低)?(?:逆差|顺差|亏损|盈利)?(?:城镇|城市|农村|乡村)?(?:[一二三四五ⅠⅡⅢⅣⅤ]类)?(?:不足|不到)?\\s*(?=\\d|[百千]分之)`,
  "g",
);
/** A cut by a share of the old value right after it (`由原来的8570项压减掉65%`): a verb of cutting, then a percentage. */
const CUT_BY_SHARE = /^(?:压减|压缩|精简|削减|缩减|减少|下降|降低)(?:掉|了)?\s*\d+(?:\.\d+)?\s*%/;
/** The figure at `i`, in digits or a percentage in words (`由五年前的百分之五十左右扩大到百分之八十左右`). */
const readAt = (text: string, i: number) => readQuantity(text, i) ?? readPercentWords(text, i);
const baseline: Finder = (text) =>
  [...text.matchAll(OLD_VALUE)].flatMap((m): [number, number][] => {
    // `分别由21604元、8002元增加到…`: every old value of the list is a baseline.
    const olds: [number, number][] = [];
    for (let q = readAt(text, m.index + m[0].length); q; ) {
      olds.push([q.start, q.end]);
      // `1450 元和 880 元`: a copy may space the list. Each old value may follow the part of the place it is of
      // (`人均年低保标准从农村5712元、城镇7560元，提高到城乡同标10200元`, Wenzhou 2021).
      // So may the span each is an amount for, after its year (`由2010年的月均267.5元、年均1225元，提高到499元和3350元`, Tai'an
      // 2016: the urban standard a month, the rural one a year).
      // So may the span each is for, per head (`由每人每月310元、每人每年1540元分别提高至363元和1900元`, Tangshan 2012).
      const join = /^\s*[、和]\s*(?:城镇|城市|农村|乡村)?(?:[年月]均|(?:每[人户])?每[月年])?/.exec(text.slice(q.tail));
      const sep = join ? q.tail + join[0].length : -1;
      if (sep < 0 || !/\d|百/.test(text[sep] ?? "")) {
        // `由36人、165人分别增加到84人和407人`: the verb after 分别 or 均.
        // `从1992年的1847.4元，增加到1997年的3900元`: the verb after a comma.
        // `从55.8%预计提高到64%`: the verb after an estimate.
        // `由上年的 42.4%大幅提高到46.3%`: the verb after a word of its degree.
        // `GDP增幅从2%逐季递升至3.5%、…和6.5%` (Dalian 2017): the verb after the pace it went at, quarter by quarter.
        // `由每人每月1800元和1500元统一提高到2200元` (Xi'an 2025): the verb after the old values brought to one.
        // `由1992年的411.2亿元 增加到2022.6亿元` (Tianjin 2003): the verb after a space a copy left at a line's break.
        // `由3000亿元到8000亿元` (Zhengzhou 2011): 到 alone after the old value, right before the new one, is the verb.
        if (/^(?:到|至)(?=(?:不足|超过|突破|近|约)?\d)/.test(text.slice(q.tail))) return olds;
        // `贫困发生率从2015年的14.2%到实现动态清零` (Lasa 2021): 到 before the zero it came down to, said in words.
        if (/^(?:到|至)(?:实现)?(?:动态)?(?:清零|归零)/.test(text.slice(q.tail))) return olds;
        // `政府行政职权由原来的8570项压减掉65%` (Yinchuan 2016): the old value cut by a share of itself, the share after the verb.
        if (CUT_BY_SHARE.test(text.slice(q.tail))) return olds;
        return TO_NEW.test(text.slice(q.tail).replace(/^\s*[，,]?(?:已|又|预计)?(?:分别|均)?(?:大幅度?|大大|明显|显著|进一步|稳步|逐步|逐[季月年]递?|统一)?/, "")) ? olds : [];
      }
      q = readAt(text, sep);
    }
    return [];
  });

/**
 * The changes of earlier years after 由 or 从, before a verb that turns them into the year's own (`单位国内生产总值能耗由前三年
 * 分别上升4.9%、5.5%、0.2%，转为下降1.2%`, `化学需氧量、二氧化硫排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%`, State
 * Council 2007): the old rates, baselines; the rates after the verb are the year's.
 */
const OLD_CHANGE = new RegExp(
  `[由从](?:上年|去年|前[一二两三四五]年|(?:19|20)\\d{2}年|“?十[一二三四五]五”?(?:期间|时期)?)的?(?:分别|均)?(?:上升|增长|下降|增加|减少|提高|降低)了?\\s*(?=\\d)`,
  "g",
);
const oldChange: Finder = (text) =>
  [...text.matchAll(OLD_CHANGE)].flatMap((m): [number, number][] => {
    const olds: [number, number][] = [];
    for (let q = readQuantity(text, m.index + m[0].length); q; ) {
      olds.push([q.start, q.end]);
      const join = /^\s*[、和]\s*(?=\d)/.exec(text.slice(q.tail));
      if (!join) {
        const after = text.slice(q.tail).replace(/^\s*[，,]?\s*(?:又|再|则)?/, "");
        return TO_NEW.test(after) || /^(?:减为|转而)/.test(after) ? olds : [];
      }
      q = readQuantity(text, q.tail + join[0].length);
    }
    return [];
  });

/**
 * A figure set as the ground of what follows (`粮食总产量在1992年首次达到100亿公斤的基础上，…又突破了150亿公斤`, `在上年增长
 * 8%的基础上`, `在2009年完成5034亿元、2010年完成6353亿元的基础上`): an earlier level or change, a baseline, not a result.
 * So is one written in words (`在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的`, State Council 1994): the growth of
 * the years before, no target of the plan year.
 */
/** A short noun, then 的基础上 (`营造林的基础上`; see `groundOf`). */
const GROUND_NOUN = new RegExp(`^(?:左右|以上|多)?[${HAN}]{1,6}的(?:良好|坚实)?基础上`);
const groundOf: Finder = (text) =>
  [...text.matchAll(/\d+(?:\.\d+)?|(?:十万|[百千])分之(?=[一二两三四五六七八九十])/g)].flatMap((m): [number, number][] => {
    const q = readAt(text, m.index);
    if (!q || q.start !== m.index) return [];
    // So is each of a list of earlier levels before it (`在2009年完成5034亿元、2010年完成6353亿元的基础上`).
    // So is a high base the figure is (`这些成绩，是在我国经济总量超过60万亿元的高基数上取得的`, State Council 2016).
    if (/^(?:左右|以上|多)?(?:、[^，,；;。：:]*?)?的(?:(?:良好|坚实)?基础|(?:较高|更高|高)?基数)上/.test(text.slice(q.tail))) return [[q.start, q.end]];
    // So is one before the noun it measures, in a clause 在 opens on the years before (`在前3年每年完成400多万亩营造林的基础上，
    // 去年又完成453万亩`, Shanxi 2012): the level of those years. Not a count set by others, no years named (`在办好省政府确定的
    // 10件民生实事的基础上`, Jincheng 2020), which stays a figure.
    return text[q.tail] !== "的" && GROUND_NOUN.test(text.slice(q.tail)) && /在[^，,；;。：:]*年[^，,；;。：:]*$/.test(text.slice(0, q.start)) ? [[q.start, q.end]] : [];
  });

/**
 * The rate in force that a task takes to a new one (`将制造业等行业现行16%的税率降至13%`, State Council 2019): a baseline, the
 * new rate after the verb the target.
 */
const CURRENT_TO_NEW = new RegExp(`^的[${HAN}]{1,8}?${TO_NEW.source.slice(1)}`);
const inForce: Finder = (text) =>
  [...text.matchAll(/(?<=现行\s?)\d+(?:\.\d+)?/g)].flatMap((m): [number, number][] => {
    const q = readQuantity(text, m.index);
    return q && q.start === m.index && CURRENT_TO_NEW.test(text.slice(q.tail)) ? [[q.start, q.end]] : [];
  });

/**
 * A count before its noun that a verb takes to a new count of the same unit (`188个园区整合优化为120个`, `37个乡镇撤并为
 * 25个`): the old count, a baseline, and no word of the new count's label.
 */
/** A noun, then a verb taking it to a new value right before the new value's digits. */
const NOUN_TO_NEW = new RegExp(`^[${HAN}“”]{1,12}?${TO_NEW.source.slice(1)}(?=\\d)`);
const oldCount: Finder = (text) =>
  [...text.matchAll(/\d+(?:\.\d+)?/g)].flatMap((m): [number, number][] => {
    const q = readQuantity(text, m.index);
    if (!q || q.start !== m.index || q.tail !== q.end || !isMeasureWord(q.unit)) return [];
    // Not an old value after 由 or 从 (`全国重点实验室从15家跃升到38家`, Zhejiang 2026): a baseline, whose phrase the subject
    // drops whole, and the words after it are the verb's, no noun (跃 is no noun before 升到).
    if (/[由从]$/.test(text.slice(0, q.start))) return [];
    const verb = NOUN_TO_NEW.exec(text.slice(q.tail));
    const next = verb ? readQuantity(text, q.tail + verb[0].length) : null;
    return next && next.unit === q.unit ? [[q.start, q.end]] : [];
  });

/**
 * The change of an aggregate of the parts a count numbers (`18个区县增加值增长17%`, Tianjin 2004): the count says whose
 * aggregate it is, as it does of a rate.
 */
const PARTS_AGGREGATE_CHANGE = "(?:增加值|生产总值|财政收入|一般预算收入|公共预算收入)(?:同比|比上年)?(?:增长|下降)";

/**
 * A count before the noun of a rate that follows it in the same clause (`1766个重大项目年度投资完成率达124%`, `38个造林片区苗木
 * 成活率达到92%以上`, `8个国控断面水质优良比例保持在80%以上`, `14个重点产业产值占农林牧渔业总产值的80%以上`, `915个重点项目完成
 * 年度投资计划的116%`): it says what the rate is of, no figure of its own, and no word
 * of the rate's label. So is a count before the mean of what it counts changed by a percentage (`全省17个重点城市PM2.5均值下降
 * 16.9%`, Hubei 2017): the cities the mean is taken over; and before the change of their aggregate ({@link PARTS_AGGREGATE_CHANGE}).
 * So is a count before the share of good air days written as the days (`全区7个地市空气质量优良天数达到99%以上`, Xizang 2023):
 * the cities the share is taken over (the next figure must be a percentage, so a count of days stays a figure).
 * A class of water in Roman numerals is a word of the rate's noun (`木兰溪9条省控主要汇水小流域Ⅰ-Ⅲ类水质比例由55.6%提升至77.8%`,
 * Putian 2020: the nine catchments the share is taken over).
 */
/** A rate's noun after a count, up to the rate's digits. */
const RATE_AFTER_COUNT = new RegExp(`^(?![、])(?:[${HAN}“”]|(?<=(?:^|、)[${HAN}]{1,2})、(?=[${HAN}])|PM2\\.5|PM10|[ⅠⅡⅢⅣⅤ]+(?:[-—－～~至][ⅠⅡⅢⅣⅤ]+)?(?=类)){1,20}?(?:率|比例|比重|占比|均值|平均浓度|优良天数|占[${HAN}]{1,16}?的|完成[${HAN}]{0,8}?(?:计划|任务)的|${PARTS_AGGREGATE_CHANGE})[${HAN}]{0,8}?(?=\\d)`);
const scopeCount: Finder = (text) =>
  [...text.matchAll(/\d+(?:\.\d+)?/g)].flatMap((m): [number, number][] => {
    const q = readQuantity(text, m.index);
    if (!q || q.start !== m.index || q.tail !== q.end || !isMeasureWord(q.unit)) return [];
    // Not a list's (`228件人大建议和411件政协提案的办理率和满意率均达100%`, `…14个监测断面水质达标率均为100%`), whose rate is each item's.
    // A share said with 占 before its whole is such a rate too (`14个重点产业产值占农林牧渔业总产值的80%以上`, Yunnan 2026), and
    // so is the share of a plan or a task done (`915个重点项目完成年度投资计划的116%`, Ji'an 2025).
    // A connector inside the noun, before its rate, joins kinds of the one thing counted (`22个国控、省控断面水质优良率100%`, Neijiang
    // 2014): no list of rates, and the count says what the rate is of.
    const rate = RATE_AFTER_COUNT.exec(text.slice(q.tail));
    if (rate && /(?:率|比例|比重|占比|均值|浓度|天数|的)[^和及与、]*[和及与、]|均(?!值)|分别/.test(rate[0])) return [];
    // Nor the last item of such a list, the earlier counted in the same measure before it (`16件人大议案建议和100件政协提案
    // 办复率100%`, Guyuan 2024): the rate is each item's, and each count a figure of its own.
    if (rate && new RegExp(`\\d\\s?${q.unit}[${HAN}“”]{1,16}?[和及与、]$`).test(text.slice(Math.max(0, q.start - 24), q.start))) return [];
    const next = rate ? readQuantity(text, q.tail + rate[0].length) : null;
    return next && next.unit.endsWith("%") ? [[q.start, q.end]] : [];
  });

/**
 * The count of the nation's provinces or regions a thing reaches or is one of (`与31个省、自治区、直辖市医疗机构实现异地就医直接
 * 结算`, `与全国31个省2.3万家医疗机构…`, `也是全国5个少数民族自治区开通的第一条地铁`): a fact of the country, no figure of the report.
 */
const nationsRegions = matches(/(?<=(?:全国|[与同]全?国?)\s?)\d+(?=\s?多?个(?:少数民族)?(?:省|自治区|直辖市))/g);

/**
 * A lone digit inside a word (`国4务院`): a typing slip, with no unit after it; not the start of a range (`3至5家`), nor the
 * first of a list of numbers that share the unit after the last (`城市供热普及率43%，城市用气普及率98%，分别增长1和0.6个百分点`,
 * Jinan 2005), nor an age bound inside a noun (`每千人口3岁以下婴幼儿托位数`), which stays a word of the label as a longer
 * age does (`60岁以上老年人`).
 * Nor a month (`确保金垭机场5月正式通航、开通航线20条以上`, Dazhou 2022; `灾后恢复重建9月底前完成…`, Sichuan 2010), a word of the
 * label as a year is; but one a change is told from (`分别由1月下降31.1%…转变为12月增长…`, Guangdong 2010) stays out, lest
 * the month's change be read as the year's.
 */
const strayDigit: Finder = (text) =>
  [...text.matchAll(new RegExp(`(?<=[${HAN}])\\d(?=[${HAN}])(?![至到和及与、]\\d|周?岁|年)(?!月(?<=[^由从]\\d月))`, "g"))]
    .filter((m) => readUnit(text, m.index + 1) === null)
    .map((m) => [m.index, m.index + 1]);

/**
 * The figures of a long-range vision a clause works toward (`围绕中心城区100万人口、100平方公里建成区面积“双百城市”远景目标`,
 * Tongren 2024): what the place is to become some day, no target of the plan year and no year of their own.
 */
const VISION = /(?<=(?:围绕|朝着|瞄准|锚定|向着)[^，。；！？,;]{0,30}?)\d+(?:\.\d+)?(?=[^，。；！？,;]{0,30}?远景目标)/g;
/** An income below which households or people qualify for aid, before 的 and whom it names (see RULES). */
const INCOME_BAR = new RegExp(`(?<=收入\\s?(?:低于|不足|不到|不高于)\\s?)\\d+(?:\\.\\d+)?(?=\\s?万?元(?:以下)?的[${HAN}])`, "g");
const incomeBar = when(/收入/, matches(INCOME_BAR));
/**
 * A capacity below which mines, plants or boilers are shut, before 的 and what it bounds (`关闭落后产能低于9万吨的煤矿179个`,
 * Liaoning 2017): which of them a task reaches, no output or capacity of the place's own; the count after it stays. Not a
 * floor (`不低于`), which may be an amount sought.
 */
const CAPACITY_BAR = new RegExp(`(?<=(?<!不)(?:低于|小于|不足|不到)\\s?)\\d+(?:\\.\\d+)?(?=\\s?[万千百]?(?:吨|蒸吨|千瓦|瓦)(?:以下)?的[${HAN}])`, "g");
const capacityBar = when(/低于|小于|不足|不到/, matches(CAPACITY_BAR));
/**
 * How long each thing lasts, a span from a count of months to another before 的 and the thing (`资助5万名以上农村未升学的初高中
 * 毕业生接受6个月到1年的职业技能培训`, Zhejiang 2007; `3至6个月的岗位培训`): no figure, a word of the noun.
 */
const MONTHS_LONG = /\d+(?=\s?个月\s?(?:到|至)\s?\d+\s?(?:个月|年)的)|(?<=\d\s?个月\s?(?:到|至)\s?)\d+(?=\s?(?:个月|年)的)|\d+(?=\s?(?:到|至)\s?\d+\s?个月的)|(?<=\d\s?(?:到|至)\s?)\d+(?=\s?个月的)/g;
const monthsLong = when(/个月/, matches(MONTHS_LONG));
const vision = when(/远景目标/, matches(VISION));

/** The rules in order of precedence: a number takes the name of the first rule that covers it. */
const RULES: [ExclusionRule, Finder][] = [
  // A number a copy's conversion replaced by the template of its substitution (`年均增长１$1.$2％`, `三次产业结构由２$1.$2：
  // ３$1.$2：４$1.$2`, Harbin 2003: each decimal written `$1.$2`): its value is lost, and neither the digits before the
  // template nor its group numbers are a figure.
  ["garbled", matches(/\d*\$\d\.\$\d/g)],
  // A day of the month (`3月15日`, `15日`), not a number of days (`企业开办实现1日办结`, `3日内`).
  // Spaces may stand between the digits and the words (`1 月 6 日`, `2020 年`), as in web pages and PDFs.
  ["date", matches(/(?:\d{4}\s?年\s?)?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|(?<![\d个])\d{1,2}\s?日(?![内办以])/g)],
  ["plan-period", matches(/\d{4}\s*(?:[—–－~～-]+|至|到)\s*\d{2,4}年?/g)],
  ["year", matches(/\d{4}(?=\s?年)|(?<![\d.])(?:1 ?9|2 ?0) ?\d ?\d(?=\s?年)/g)],
  ["year", yearInName],
  ["year", yearOfEvent],
  ["anniversary", matches(/\d+(?=\s?(?:周年|年来|年的|年历史))/g)],
  // Not the regional product's abbreviation a copy set right before its figure (`实现GDP3420.9亿元`, Hunan 2005): a figure.
  // Nor a number before the symbol of square metres or kilometres (`人均公园绿地面积达到9.2m2`, `综合治理水土流失面积
  // 92.8km2`, Xiangtan 2016): an area, no code. Nor one before a unit of computing, bandwidth or data in Latin letters
  // (`智能算力达12000P`, `数据集规模达200TB`, Anhui 2024; `1000Gbps`), or of power or energy (`150GWh`, Yibin 2023): a measure (see
  // units.ts), no code.
  ["code", matches(/(?<![A-Za-z])(?!GDP\d)[A-Za-z][A-Za-z0-9.+]*\d[A-Za-z0-9]*|\d[\d.]*(?!(?:k?m[2²]|[PE]FLOPS|[PT]B|[MGT]bps|P|[GM]Wh?)(?![A-Za-z0-9]))[A-Za-z][A-Za-z0-9]*/g)],
  ["quoted", between("“", "”")],
  ["quoted", between("‘", "’")],
  ["quoted", between("「", "」")],
  ["title", between("《", "》")],
  ["ordinal", matches(/第\s?\d+/g)],
  ["ranking", matches(/\d+(?=\s?[强佳])/g)],
  // A place among the first so many (`在全国文明城市测评中位列前20名`, `进入全省前10位`): a rank, no count of people.
  ["ranking", matches(/(?<=前\s?)\d+(?=\s?[名位](?![次置]))/g)],
  // So is a top share of a field (`新增ESI全球前1‰学科4个、前1%学科16个`, `920名深圳学者入选全球前2%顶尖科学家榜单`, Shenzhen 2025;
  // `家创新型城市排名进入全国前30%`): the bracket ranked in, no share of the place's; the count of what is in it stays. Not 前 as
  // "by" a time (`年底前７０％以上地市开展统筹城乡居民医疗保险一体化工作`, Guangdong 2011: a share of the prefectures).
  ["ranking", when(/前\s?\d/, matches(/(?<=(?<![年底末月日季节期周天])前\s?)\d+(?:\.\d+)?(?=\s?[%％‰])/g))],
  // The largest so many of the world or the country (`全球最大的500家跨国公司有80家在湖北投资`, Hubei 2008): a league's size, no
  // count of the place's.
  ["ranking", matches(/(?<=最大的?\s?)\d+(?=\s?家)/g)],
  // The size of the field a ranking places the place in (`在全国358个地级以上城市群众安全感排名前移至第16位`,
  // `在全国261个地级市综合信用指数排名上升到第66位`, Haidong 2020; `在15个副省级城市中，我市地区生产总值…均居第1位`,
  // `在全国74个重点城市排位前移`): how many were ranked, no figure of the place. So the cities of a region, and the first
  // so many of them it aims to join (`综合实力在中部87个地级市中力争进入前20强`, Changzhi 2022), and the counties of a province
  // (`在全省116个县域单位GDP排名中`, Rizhao 2016). So are cities of a kind named by words between 地级 and 市, when 中 closes
  // the field (`城市文明程度指数测评在全国61个地级提名资格市中提升到第33位`, Yan'an 2014). So is a rank written in words after a
  // verb of ranking (`PM2.5浓度在全国168个重点城市中改善幅度位列第一`, Baotou 2022).
  ["ranking", matches(/(?<=在(?:全国|全省|全区|同类|[东中西]部|东北)?\s?)\d+(?=\s?个[^，。；、\d]{0,16}?(?:城市|省份|省区市|地市|地级市|市州|国家|县域单位|县（市、区）|县市区|县区|区县|县|市(?=中))[^。；]{0,40}?(?:第\s?\d+\s?[位名]|(?:位列|位居|居|排)第[一二三四五六七八九十]+|排位|排名|位次|前\s?\d+\s?[强名位]))/g)],
  // So is the field whose front ranks it stands in (`空气质量优良率98.4%、位居全国168个重点城市前列`, `环境空气质量稳居全国168个
  // 重点城市前列`, Huizhou 2024).
  ["ranking", matches(/(?<=(?:全国|全省|全区)\s?)\d+(?=\s?个[^，。；、\d]{0,16}?(?:城市|省份|省区市|地市|地级市|市州|国家)中?的?(?:前列|前茅|首位|之首|第一方阵))/g)],
  // So is the field whose ranking it moves in, no 在 before it (`环境空气质量综合指数全国168个重点城市排名同比前进15位`,
  // Zigong 2023).
  ["ranking", when(/排名|排位|位次/, matches(/(?<=(?<!在)(?:全国|全省|全区)\s?)\d+(?=\s?个[^，。；、\d]{0,16}?(?:城市|省份|省区市|地市|地级市|市州|国家)中?的?(?:排名|排位|位次))/g))],
  // So is the field a ranking verb places it in, its rank after it (`可持续发展指数位列全国11个创新示范区第1`, Huzhou 2024), its
  // scope unsaid too (`创新能力居78个国家创新型城市第8`, Changsha 2020).
  ["ranking", matches(/(?<=(?:位列|位居|居于?|列|排名?)(?:全国|全省|全区)?\s?)\d+(?=\s?个[^，。；、\d]{0,16}?第\s?(?:\d+|[一二三四五六七八九十]+))/g)],
  // How many places the place overtook (`经济总量和财政收入均又赶超2个市，分别上升至全省第9、第10位`): a move in a ranking, no
  // figure of the place; the places end the clause, unlike a count of its own that goes on (`超过10个县区实现…`).
  ["ranking", matches(/(?<=(?:赶超|超过|超越|追赶|反超|赶上)了?\s?)\d+(?=\s?个(?:兄弟)?(?:省份|省区市|省区|省|地市|市州|城市|市|县区|县市|县|区|国家)(?:[，。；,;]|$))/g)],
  // How few the whole country or province has, told right after the place's own count of the same thing (`新增国家技术创新示范
  // 企业1家，全省仅2家`, Xingtai 2024): how rare it is, no figure of the place.
  ["ranking", when(/[仅只才]/, matches(/(?<=\d\s?(家|个|项|座|所|名|处)[，,、]\s?(?:全国|全省|全区)(?:[仅只才]有?|仅仅|只有)\s?)\d+(?=\s?\1)/g))],
  ["road", matches(/\d+(?=\s?(?:国道|省道|县道|号线|线))/g)],
  // How long a run of months or quarters has lasted (`工业投资…连续43个月保持两位数以上增长`, Huizhou 2024; `涪城连续7个季度
  // 排名全省县域经济高质量发展运行监测第1位`, Mianyang 2025; `价格总水平在持续30个月负增长后`, Gansu 2001): the length of a streak,
  // no figure, as a run of years is none.
  // So is a run of days (`连续1200多天未发生重大生产安全事故`, Xinjiang 2020).
  ["attribute", matches(/(?<=(?:连续|接连|持续)\s?)\d+(?=\s?个(?:月|季度)|\s?(?:多|余)?(?:天|日)(?:未|没有|无|零))/g)],
  // The time it took, a count of months opening a clause right before what was done in it (`坚决打赢疫情防控阻击战，1个月初步
  // 遏制疫情蔓延，2个月将本土每日新增病例控制在个位数以内`, Shandong 2021): how fast, no figure.
  ["attribute", matches(/(?<=(?:^|[，。；：,;:])\s?)\d+(?=\s?个月(?:内|时间内?)?(?:初步|基本|全面|就|即|便|将|把|实现|完成|遏制|控制))/g)],
  // So is the time a piece of work lasted, said with 历时 (`编制工作历时18个月`, Liaoyuan 2016, on drafting the five-year plan):
  // how long, no figure, and no target of the plan's years.
  ["attribute", when(/历时/, matches(/(?<=历时\s?(?:近|约|将近)?)\d+(?=\s?(?:多|余)?(?:个月|个多月|天|日|周))/g))],
  // A span counted from an event, within which a thing is to be done (`确保产业项目签约后6个月内开工，开工后4个月内入库纳统`,
  // Yichang 2023): a deadline, no figure.
  ["attribute", matches(/(?<=[\u4e00-\u9fff]后\s?)\d+(?=\s?(?:个月|个工作日|年|天|日)内)/g)],
  // The time since a thing began (`绥芬河片区启动建设4个月签约项目20个`, Mudanjiang 2020; `挂牌运行6个月`), a comma between or
  // not (`裕龙岛炼化一体化项目一期投产，3个月营收突破130亿元`, Yantai 2025): how soon, no figure.
  ["attribute", matches(/(?<=(?:启动建设|开工建设|建设|挂牌|运行|成立|开园|开通|投运|投产|揭牌)[，,]?\s?)\d+(?=\s?个月(?![的内])(?:[，,]?[\u4e00-\u9fff]))/g)],
  // The months of the year so far that a figure covers, opening its clause (`前11个月国有控股工业企业利润增长1.6倍`, Henan
  // 2017): the span, no figure.
  ["attribute", when(/前/, matches(/(?<=(?:^|[，。；：,;:（(])\s?(?:今年|去年|上年|全年|\d{4}年)?前\s?)\d+(?=\s?个月)/g))],
  // The time gone by in the year (`今年已过去近5个月`), no figure.
  ["attribute", matches(/(?<=(?:已经?|刚刚)?过去(?:了)?(?:近|约|将近)?)\d+(?=\s?个月)/g)],
  // An altitude or a radius names the place a figure is about (`海拔600米以下区域`, `市区及周边10公里范围`, or a band of
  // distances, `边境0—20公里范围内居民`, Guangxi 2024; `陆地边境0－3公里范围`, Guangxi 2013), no amount; so does the width of the
  // roads a village is linked by (`新增8000多个自然村屯通3.5米以上硬化路`, Guangxi 2024).
  // The share of the world's land or people a country has, the ground of a task (`我国以占世界7%的耕地，养育着世界22%的人口`,
  // State Council 1996): a word of the noun after it, no figure of the country's own, nor a target.
  ["attribute", when(/世界|全球/, matches(/(?<=(?:以|用)占(?:世界|全球)\s?|(?:养育|养活|供养)了?着?(?:世界|全球)\s?)\d+(?:\.\d+)?(?=\s?[%％]的[\u4e00-\u9fff])/g))],
  // The place's own area, as the land its work is done on (`在5359平方公里的土地上全面展开`, Rizhao 2016): what the place is, no
  // figure of the year.
  ["attribute", when(/[土大热]地上|热土上/, matches(/\d+(?:\.\d+)?(?=\s?万?平方(?:公里|千米)的?(?:土地|大地|热土)上)/g))],
  ["attribute", when(/海拔|范围|路/, matches(/(?<=海拔\s?)\d+(?:\.\d+)?(?=\s?(?:米|千米))|\d+(?:\.\d+)?(?:\s?[—–－～~\-至到]\s?\d+(?:\.\d+)?)?(?=\s?(?:公里|千米|米)范围)|\d+(?:\.\d+)?(?=\s?米(?:以上|及以上)?(?:的)?(?:宽)?(?:硬化路|硬化道路|沥青路|水泥路))/g))],
  // So does the reach of a service, a circle or a radius around each home or stop (`力争实现公共交通站点500米全覆盖`, Ganzhou
  // 2014; `特区外建成区500米公交覆盖率达到65.7%`, Shenzhen 2008; `公园绿地500米服务半径覆盖率`; `构建5公里现代化农事服务圈`;
  // `半径为100公里的都市圈`): how near the service is, no length built; the share covered stays. Not a length a work covers
  // whole (`完成二环路28公里立体绿化全覆盖`).
  ["attribute", when(/圈|覆盖|半径/, matches(/\d+(?:\.\d+)?(?=\s?(?:公里|千米|米)(?:[\u4e00-\u9fff]{0,8}?圈|(?:公交|服务半径)?(?:全?覆盖|覆盖率)|服务半径|半径))|(?<=半径(?:为|是|达)?\s?)\d+(?:\.\d+)?(?=\s?(?:公里|千米|米))/g))],
  // The width of the band along a river or a coast a work is bounded to (`率先实施沿江1公里区域重化工企业综合整治`, `深入推进沿江
  // 1公里化工企业综合整治`, Tongling 2019): where the firms lie, no length built. Not a length of the shore itself (`沿江12公里
  // 岸线整治`).
  ["attribute", when(/沿/, matches(/(?<=沿[江河湖海]\s?)\d+(?:\.\d+)?(?=\s?(?:公里|千米|米)(?:区域|范围|以内|内|重?化工|企业))/g))],
  // A river's basin area bounds the class of rivers a work is about (`完成流域面积50平方公里以下河流划界`, Zunyi 2022;
  // `流域面积3000平方公里以上河流`), no area of the place's.
  ["attribute", matches(/(?<=流域面积\s?(?:在\s?)?)\d+(?:\.\d+)?(?=\s?(?:平方公里|平方千米)\s?(?:及)?以[上下]的?(?:中小)?(?:河流|河道|河湖|江河))/g)],
  // A bare magnitude of money, 元 left out, after a threshold word and before the projects or firms it bounds, alone or in
  // a list of such thresholds, each after its count (`突出抓好10个超百亿、30个超30亿大项目`, `再招引一批投资过50亿、过百亿
  // 大项目`, `营收过10亿生产性服务业企业达到7家以上`, Jining 2025): the size class of the things counted, no amount.
  ["attribute", matches(/(?<=(?:超过?|过|逾)\s?)(?:\d+(?:\.\d+)?\s?)?(?:千万|[百千]?亿)(?![元美\d])(?=(?:[、和](?:\d+个)?[^\d，。；、]{0,6}?(?:超过?|过|逾)\s?(?:\d+(?:\.\d+)?\s?)?(?:千万|[百千]?亿)(?![元美]))*[^\d，。；、元]{0,8}?(?:项目|企业|集团))/g)],
  // An amount in yuan after a threshold word, right before a count, the noun it sizes left out as said just before
  // (`主营业务收入超百亿元企业2-3家，超10亿元30-40家`, Lu'an 2016): the size class of the firms counted, no amount.
  ["attribute", when(/[超过逾]/, matches(/(?<=(?:超过?|过|逾)\s?)\d+(?:\.\d+)?\s?(?:千万|[百千]?亿|万)元(?=\s?\d+(?:\s?[-—～~至到]\s?\d+)?\s?[家户个](?![\d万亿]))/g))],
  // A magnitude after a count and a threshold word, in yuan or bare (`7个省级重点产业集群1个过500亿、4个过百亿元`, Xiaogan
  // 2021): the size class of the things counted, no amount. Where projects or firms follow, the rule below has it.
  ["attribute", when(/个\s?[超过逾]/, matches(/(?<=\d\s?个\s?(?:超过?|过|逾)\s?)(?:\d+(?:\.\d+)?\s?)?(?:千万|[百千]?亿)元?(?![美\d])(?![^，。；]{0,20}?(?:项目|企业|集团))/g))],
  // So is a magnitude each of a count of things passes, their output named right after the count (`形成20个左右…战略性新兴
  // 产业集聚发展基地，其中10个左右产值突破千亿元`, Anhui 2016): the size class of the bases counted, no amount.
  ["attribute", when(/个(?:左右)?(?:产值|营收|营业收入|主营业务收入|销售收入)/, matches(/(?<=\d\s?个(?:左右)?(?:产值|营收|营业收入|主营业务收入|销售收入)(?:超过?|过|逾|突破)\s?)(?:\d+(?:\.\d+)?\s?)?(?:千万|[百千]?亿)元?(?![美\d])/g))],
  // A speed names the line or road built for it (`国内第一条时速350公里的京津城际高速铁路`, Tianjin 2009), no length; so
  // does one told before 时速 (`广州至湛江350公里时速高铁列入国家专项规划`, Guangdong 2019).
  ["attribute", when(/时速/, matches(/(?<=时速\s?)\d+(?:\.\d+)?(?=\s?(?:公里|千米))|\d+(?:\.\d+)?(?=\s?(?:公里|千米)\s?时速)/g))],
  // A depth names the channel or berth dredged to it (`长江南京以下12.5米深水航道整治工程`, Jiangsu 2012), no length.
  ["attribute", matches(/\d+(?:\.\d+)?(?=\s?米(?:深水)?(?:航道|泊位|码头))/g)],
  // A height names the coke ovens of that make (`淘汰4座4.3米焦炉`, `全部关停4.3米焦炉`, Changzhi 2023): no length; the count
  // before it stays.
  ["attribute", when(/焦炉/, matches(/\d+(?:\.\d+)?(?=\s?米(?:及以[上下]|以[上下])?的?(?:捣固|顶装)?(?:焦炉|炭化室))/g))],
  // A voltage or current class names a line, a substation or a plant (`220千伏变电站`, `11万伏`, `160千安焙烧生产线`), and
  // a size class a kind of park (`500亿级园区`), or a range of them (`2个300到500亿级`), or a list of them sharing the last's
  // word (`新建330、110千伏变电站10座`, Zhangye 2017): not amounts.
  ["attribute", matches(/(?:\d+(?:\.\d+)?\s?(?:到|至|[-—～~、和及])\s?)*\d+(?:\.\d+)?(?=\s?(?:(?:万|千)?伏(?!安)|千安(?![置全排装])|(?:万|千|百)?亿级|万级))/g)],
  // A size class names the thing made or built (`以国际合作研制4座级通用飞机为突破口，重点发展30座级通用飞机`, Guizhou 2008), and
  // a dish's aperture names the telescope (`500米口径球面射电望远镜项目落户我省`): no count, no length.
  ["attribute", when(/座级|米口径/, matches(/\d+(?:\.\d+)?(?=\s?(?:座级|米口径))/g))],
  // A distance names the sporting event a medal was won in (`运动员宋布寒获世锦赛男子10米气步枪团体银牌`, Tieling 2023;
  // `女子100米蝶泳`, `110米栏`): no length.
  ["attribute", when(/米/, matches(/\d+(?:\.\d+)?(?=\s?米(?:气步枪|气手枪|步枪|手枪|跳台|跳板|栏(?!杆)|自由泳|蛙泳|仰泳|蝶泳|混合泳|个人混合泳|接力))/g))],
  // A set of units times the size of each (`和林电厂2×60万千瓦`, `7×24小时政务服务`): the make of a plant or a service's
  // hours, no amount; neither number is a figure.
  ["attribute", matches(/\d+(?:\.\d+)?\s?[×✕]\s?\d+(?:\.\d+)?/g)],
  // The rate of a tax deduction a policy grants (`研发费用75%加计扣除扩大到全部企业`): a term of the policy, no figure of the place.
  ["attribute", matches(/\d+(?:\.\d+)?(?=\s?[%％]\s?加计扣除)/g)],
  // How many of a household a policy finds work for (`基本实现了城镇零就业家庭至少有1人就业`, `确保每户至少1人稳定就业`): a term of
  // the policy, no count of people.
  ["attribute", matches(/(?<=(?:至少|最少)有?\s?)1(?=\s?(?:个|名)?人(?:实现|稳定|转移)?就业)/g)],
  // The bounds of the villages or households a measure is for, listed after 对 and before the noun they qualify (`对30户以下、
  // 贫困发生率50%以上、基础设施和公共服务尚未达到脱贫出列条件的村庄，原则上应搬尽搬`, Yunnan 2018): which ones, no figure of
  // the place, no poverty incidence. So is one household for one (`确保搬迁1户、脱贫1户`, Yunnan 2018): a pledge, no count.
  ["attribute", when(/对|户/, matches(/(?<=对[^。；！？，,]*?)\d+(?:\.\d+)?(?=\s?(?:户|人|%|％)\s?(?:以[上下]|及以[上下])[^。；！？，,]*?的(?:村庄|自然村|行政村|村组|村|农户|家庭|地区|区域))|(?<=[\u4e00-\u9fff]{2})1(?=户、[\u4e00-\u9fff]{2}1户)|(?<=1户、[\u4e00-\u9fff]{2})1(?=户)/g))],
  ["set-name", matches(new RegExp(`\\d+(?=\\s?[大字][${HAN}])`, "g"))],
  // A policy of so many articles named by them (`认真落实国务院关于鼓励引导民间投资新36条`, State Council 2011): a name, no count.
  ["set-name", matches(new RegExp(`(?<=新\\s?)\\d+(?=\\s?条(?![${HAN}]))`, "g"))],
  // The articles of a policy the clause carries out, counted in its name (`落实大气污染防治30条措施`, `深入落实中央八项规定精神及省委、
  // 省政府20条意见`, Henan 2017; `认真贯彻自治区服务业发展纲要和60条优惠政策`, Nei Mongol 2005): which policy, no count of
  // measures taken or to take. Not measures a report issues (`出台稳增长20条措施`), a result.
  ["set-name", when(/条/, matches(new RegExp(`(?<=(?:落实|贯彻|执行)[^，。；！？,;]{0,40}?)\\d+(?=\\s?条(?:[${HAN}“”]{0,6}?)(?:措施|意见|政策|举措|规定|办法|细则)(?![${HAN}]{0,2}(?:出台|制定)))`, "g")))],
  // A research institute named by its number, right before the park or building it builds (`510所航天科技园、国家石油储备兰州基地
  // …等项目开工建设`, Lanzhou 2010): a name, no count of schools; 所 counts no park (`新建幼儿园10所` counts with the noun before it).
  ["set-name", matches(new RegExp(`\\d+(?=所[${HAN}]{0,4}?(?:科技园|产业园|工业园|科技城|大厦))`, "g"))],
  // So is one in a list of bases to be built, right before the base it builds (`航天一院检测基地、618所无人机试飞研产基地、
  // 智星空间卫星总装集成测试工厂等项目`, Tongchuan 2021); schools before a base of theirs are counted (`5所职业院校实训基地`).
  ["set-name", when(/所/, matches(new RegExp(`(?<=[、，,：:]|^)\\d{2,4}(?=所(?:(?![校学院医园])[${HAN}]){1,8}?基地)`, "g")))],
  // So is one right after the group it belongs to (`中电科41所`, Bengbu 2020; `航天科工206所`), the shipbuilders' too
  // (`中国船舶725所填补我国海底实验站钛合金框架制造技术空白`, Luoyang 2022; `中船重工`), and one after the group named as
  // such (`支持兵器集团207所建设特种计算机创新中心和科技成果转化中心`, Changzhi 2023).
  ["set-name", when(/所/, matches(/(?<=(?:电科|科工|航天|兵器|中船|中核|中航|核工业|船舶|重工)(?:集团)?\s?)\d+(?=\s?所)/g))],
  // So is one of three digits, its group unnamed, whose clause goes on to its works or deeds and names no school, hospital,
  // home or other place 所 could count (`加快718所科研成果、硅谷化工特种纤维产业化步伐`, Handan 2014; `725所荣获首届中国质量奖
  // 提名奖`, Luoyang 2014; `抓好718所肥乡特种气体二期`, Handan 2019); not the places counted (`为100所海拔1500米以上农村中小学
  // 建设供暖设施`, `为791所县镇公办初中…配备保安人员`), nor a count bounded, changing or sized (`幼儿园100所以上`,
  // `由150所增加到200所`, `新改建学校666所130万平方米`).
  ["set-name", when(/所/, matches(/(?<![\d.])\d{3}(?=所(?!以[上下]|左右|[多余增提减降达到和及\d]|上升|扩大|发展)(?:(?!中心|机构|基地|[初高]中|中职)[^学校园院所室站馆医厕舍堂托，。、；,;：:）)\s])+(?:[，。、；,;：:）)]|$))/g))],
  // A population sample survey named by the share of the people it samples (`高质量开展全国1%人口抽样调查`, Zhuzhou 2025): the
  // survey's name, no rate of the place.
  ["set-name", when(/抽样调查/, matches(/\d+(?:\.\d+)?(?=\s?[%％‰]\s?人口(?:变动)?抽样调查)/g))],
  // A tax policy named by its rate (`扩大两个15%所得税政策享惠面`, `15%所得税政策个人、企业享惠面分别增长100%和16.6%`,
  // Haikou 2023): the policy's name, no share or change of the place's.
  ["set-name", when(/所得税/, matches(/\d+(?:\.\d+)?(?=\s?[%％]\s?(?:的)?(?:企业|个人)?所得税(?:政策|优惠))/g))],
  // A talent programme named by its number (`加快实施"541人才工程“和”百千万人才工程"`): the 人 is 人才's, no count of people.
  ["set-name", matches(/\d+(?=\s?人才(?:工程|计划|战略|专项))/g)],
  // How many fields a list of tasks covers (`10个方面的民生实事`, `10个方面24项民生实事`, `重点抓好9个方面工作`): the
  // tasks are counted by the number after it, if any.
  ["aspects", matches(/\d+(?=\s?个\s?方面)/g)],
  // So is how many tasks the text goes on to set out (`为实现上述目标，重点抓好10项工作。`).
  ["aspects", matches(/(?<=(?:抓好|做好|抓实|突出抓好)(?:以下)?)\d+(?=\s?项(?:重点)?工作[。：:，,])/g)],
  ["attribute", attribute],
  ["attribute", enterpriseSizes],
  ["attribute", placeSizes],
  // A size class of places by their population (`力争在各市和40万人口以上的县普遍设置救助管理站`, Guizhou 2006): which places a
  // task reaches, no figure.
  // The bound may come before 人口 (`20万以上人口县实现特殊教育学校全覆盖`, Yunnan 2026).
  ["attribute", when(/人口/, matches(/\d+(?:\.\d+)?(?=\s?万?(?:人口(?:以上|以下)|(?:以上|以下)人口)的?(?:县城|县|城市|市|建制镇|乡镇|城镇|镇|地区))/g))],
  // A rate bounding the places or bodies a task is about, before 的 and their names (`对城镇化率低于40%的西吉、泾源、彭阳，
  // 因地制宜、分类施策`, Guyuan 2025; `资产负债率超过70%的企业`): which of them the task reaches, no rate of the place's
  // own. Not an aim or a level (`高于8%的目标`, `…以上的增速`).
  ["attribute", matches(new RegExp(`(?<=(?:低于|高于|不足|不到|超过|大于|小于)\\s?)\\d+(?:\\.\\d+)?(?=\\s?[%％](?:以[上下])?的(?!目标|水平|增长|增速|增幅|速度|幅度|标准|要求)[${HAN}])`, "g"))],
  // So is a rate bounding the villages a count before it numbers, before 的 and the villages (`1073个空置率50%以上的“空心村”
  // 全部搬迁整治`, `完成631个农宅空置率30%—50%的“空心村”治理`, Hebei 2021): which villages are meant, no rate of the place's own.
  ["attribute", when(/率/, matches(/(?<=\d\s?个[^，。；！？\d]{0,6}?率\s?)\d+(?:\.\d+)?(?:\s?[%％]?\s?[—–~～至到-]\s?\d+(?:\.\d+)?)?(?=\s?[%％](?:以[上下])?的[“"]?[^，。；！？\d”"]{0,4}?(?:村|村庄|社区)[”"]?)/g))],
  // So is an income below which households or people qualify for aid, before 的 and whom it names (`对人均纯收入低于2000元的
  // 农村居民家庭子女、人均可支配收入低于4000元的城镇居民家庭子女，免收义务教育阶段课本作业本费`, Zhejiang 2007): whom a measure
  // reaches, no income of the place's own nor a target.
  ["attribute", incomeBar],
  ["attribute", capacityBar],
  ["attribute", monthsLong],
  ["baseline", baseline],
  ["baseline", oldChange],
  ["baseline", groundOf],
  ["baseline", inForce],
  ["old-count", oldCount],
  ["scope", scopeCount],
  ["attribute", nationsRegions],
  // So is the count of the provinces that aid a region by pairing (`19个省市、中央和国家机关、中央企业对口支援新疆`, Changji
  // 2021; `19个援疆省市`): a fact of the country's policy, no figure of the place.
  ["attribute", matches(/\d+(?=\s?个(?:兄弟)?(?:省市|省区市|省份)[^。；！？\d]{0,30}?对口(?:支援|援助|援建)|\s?个(?:对口)?援[疆藏青](?:省市|省份))/g)],
  // So is the count of the nation's peoples (`藏族是中国56个民族大家庭的一员`, State Council 1992): a fact of the country; named
  // as the peoples who strive together, too (`同心协力建设56个民族共同团结奋斗、共同繁荣发展的美好家园`, State Council 2019).
  ["attribute", matches(/(?<=(?:中国|我国|全国|中华)\s?)\d+(?=\s?个民族)|\d+(?=\s?个民族(?:共同|大家庭))/g)],
  // The size of a set the place or a body of it is one of (`银川被列为23个空港型国家物流枢纽承载城市之一、55个商贸服务型国家物流
  // 枢纽承载城市之一`, Yinchuan 2019; `成为全国10个试点城市之一`): which list it joined, no count of the place's own.
  // The list may be a quoted title with a year in it (`成为20个“中国改革2023年度地方全面深化改革市域案例”之一`, Mianyang 2024).
  ["attribute", matches(new RegExp(`\\d+(?=\\s?[个家所座批](?:[${HAN}“”（）()]|“[^“”。；]{1,30}”){1,24}?之一)`, "g"))],
  // So is the size of the nation's first batch of cities the place was one of (`我市作为全国首批14个沿海开放城市`, `出口增幅居
  // 全国首批14个沿海开放城市之首`, Yantai 2009): the country's list, no count of the place's own.
  ["attribute", when(/全国首批/, matches(new RegExp(`(?<=全国首批\\s?)\\d+(?=\\s?个[${HAN}]{0,10}?城市)`, "g")))],
  // How far a figure is above or below the nation's, the province's or the region's (`增长6.7%，…，高于全国0.2个百分点`,
  // `分别高于全国0.2和0.4个百分点`), or below a control line set from above (`低于自治区目标控制线1.34个百分点`, `低于控制目标
  // 0.81个百分点`): a comparison, no value of the place's own. A later item may name its own place (`城镇化率低于全国19个
  // 百分点、全省5个百分点`), or two places come first, a gap each after them (`分别高于全省、全国1个和2.2个百分点`, Lanzhou 2016).
  // The region named by its kind of place alone is the region (`2013年本科平均录取率达到59.7%，高于自治区15.5个百分点`, Wuhai 2014).
  // Said with 超过 or 优于 too (`建成面积占永久基本农田比例达到66.25%，…，超过全国平均水平0.28个百分点`, Jilin 2026).
  // Or above the economy's own growth (`城乡居民收入增速分别高于生产总值增速2.8个和5.7个百分点`, Handan 2014), of the same years
  // and the whole place too (`年均增长21.6%，高于同期全省地区生产总值增速10.1个百分点`, Heilongjiang 2008).
  // The province's average said short (`乡镇卫生院、村卫生室示范化建设比例高于省均5个百分点以上`, Yangzhou 2019) is the province's.
  // So is the whole's figure named as 面上, the field at large (`高新技术产业、装备制造业增加值增速分别快于面上0.9和7.2个百分点`,
  // Huzhou 2024: above all industry's growth).
  ["gap", when(/个百分点/, matches(/(?<=(?:[高低快慢][于出]|超过|超出|优于|好于)(?:(?:全国|全省|全区|全市|全州|全?自治区)+(?:[、和](?:全国|全省|全区|全市|全州|全?自治区)+)*(?:平均水平|平均)?|[国省区市州]均|面上(?:平均)?(?:水平)?|(?:国家|省|自治区|市|区|州)?(?:下达的?)?(?:目标)?控制(?:线|目标)|(?:同期)?(?:全国|全省|全区|全市|全州|全?自治区)?(?:地区)?(?:生产总值|GDP|经济)(?:增速|增幅|增长))(?:近|约)?\s?)\d+(?:\.\d+)?(?:(?:个(?:百分点)?)?[和、](?:全国|全省|全区|全市|全州|全?自治区)?(?:平均水平|平均)?\d+(?:\.\d+)?)*(?=\s?个百分点)/g))],
  // So is a gap in the figure's own unit right after the place (`每千人拥有市场主体低于全国15.5户`, `农民人均纯收入年均实际
  // 增长9.3%，高出全国平均水平989元`), or after the place's indicator it is compared with (`2020年脱贫人口人均可支配收入达到
  // 13810元，高于全省农民人均可支配收入3466元`, Zhangye 2022: no income of the province's, nor of the city's farmers).
  ["gap", matches(new RegExp(`(?<=[高低多少][于出](?:全国|全省|全区|全市|全州|全?自治区)+(?:(?!达|为|是|增|提)[${HAN}]){0,16}?(?:平均水平|平均)?(?:近|约)?\\s?)\\d+(?:\\.\\d+)?(?=\\s?(?:元|万元|亿元|户|万户|人|万人|家|岁|天))`, "g"))],
  // So is the gap said with 比 before the place and the comparison after it (`规模以上工业产销率达到98.8%，比全国平均水平高1个
  // 百分点`, `资产负债率54%，比全国低1.8个百分点`).
  // Two places named in a row, each with its own gap after 分别 (`全市城镇化率仅为34.9%，比全国、全省分别低22.3和9.7个百分点`,
  // Qingyang 2018).
  ["gap", matches(/(?<=比(?:全国|全省|全区|全市|全州|全?自治区)+(?:、(?:全国|全省|全区|全市|全州|全?自治区)+)*(?:平均水平|平均)?(?:分别)?(?:[高低快慢]出?了?)(?:近|约)?\s?)\d+(?:\.\d+)?(?:(?:个(?:百分点)?)?[和、]\d+(?:\.\d+)?)*(?=\s?个百分点)/g)],
  // How far a figure is above or below the target or plan set for it (`增长8.6%，超目标任务0.1个百分点`, `超过省定目标25天`,
  // `超出年初计划10万人`, `比目标低0.5个百分点`): an excess or a shortfall, no value of the place's own.
  // So is one said with 高于 or 低于 (`中心城区空气优良天数达标率81.1%，高于自治区下达目标任务3.5个百分点`, Wuhai 2020).
  // So is one held against the year's expected target or its budget (`比年初预期目标高2个百分点`, `分别超过年初预算10.5和8.1个百分点`,
  // Jiangxi 2004).
  // So is one said with 优于 or 好于 a target set to judge it by (`国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点`, Jilin 2026).
  // So is an increase above the one set (`农民人均纯收入…比上年增加620元，比年初预定目标多增320元`, Qingdao 1999).
  // Two excesses in a row after 分别, each with its unit (`就业困难群体职业技能培训和实现就业分别超计划9000人、7000人`, Zunyi 2020),
  // the unit a percent too (`20个省重大项目、366个市重大产业项目…，实际投资额分别超目标29%和10%`, Huaian 2025).
  ["gap", when(/目标|计划|预算/, matches(/(?<=(?:超出?过?|超额|比|优于|好于|[高低][于出])(?:年初|全年|省定|市定|(?:国家|省|市|自治区|州)下达的?|下达的?|(?:国家|省|市|自治区|州)?考核)?(?:预期|预定)?(?:目标|计划|预算)(?:任务)?(?:[高低多少快慢]增?了?)?(?:近|约)?\s?)\d+(?:\.\d+)?(?:(?:个(?:百分点)?|万?人次?|万?户|%)?[和、]\d+(?:\.\d+)?)*/g))],
  // So is how far a growth fell short, said with 差 (`一些主要经济指标没有达到年初预期，比如固定资产投资、规模工业增加值增幅分别差3个、
  // 0.2个百分点`, Huaihua 2019): a shortfall against the goal, no growth of the place's own.
  ["gap", when(/差/, matches(/(?<=(?:增幅|增速|涨幅|增长)(?:分别|均|还|仍|尚)?相?差了?(?:近|约)?\s?)\d+(?:\.\d+)?(?:(?:个(?:百分点)?)?[和、]\d+(?:\.\d+)?)*(?=\s?个百分点)/g))],
  // A count of a leader's visits, letters or speeches (`习近平总书记连续5次为中阿博览会发来贺信`, `习近平总书记先后10次视察北京、18次
  // 对北京发表重要讲话`): no figure of the place.
  ["leader", matches(/(?<=(?:总书记|总理)(?:连续|先后|曾)?)\d+\s?次(?:[^，。；！\d]{1,12}、\d+\s?次)*/g)],
  // So is such a count later in the sentence that names the leader, with the visit or letter after it (`习近平总书记始终心系云岭大地、
  // 深情牵挂各族群众，3次亲临云南考察、4次回信、2次致贺信`, Yunnan 2026).
  ["leader", when(/总书记|总理/, matches(/(?<=(?:总书记|总理)[^。；！？]{0,40}?)\d+(?=\s?次(?:亲临|莅临|考察|视察|回信|复信|致贺信|致信|发来贺信|作出重要指示|发表重要讲话))/g))],
  // A population that names a country by its size (`13亿多人口的大国实现了比较充分就业`, `在我们这样一个13亿人口的发展中国家`)
  // or the people of the place as a whole (`有6700万江淮儿女的艰苦奋斗`, `同全市550万人民一起`, `凝聚着宜宾565万人民的辛勤汗水`):
  // no figure of a year. So is the people a government pledges not to fail (`不辜负3700万龙江人民`), or whose trust it bears
  // (`肩负全省6700万 人民的重托`, Hebei 2003, a copy's space after the magnitude), or whose shared hope its goals are, the
  // place named after the number (`也是740万沈阳人民的共同期盼`, Shenyang 2008), or who stood together through hard times
  // (`131万阳泉人民风雨同舟、共克时艰`, Yangquan 2023; `339万晋中人民守望相助、握指成拳`, Jinzhong 2021, or as one; its
  // townspeople too, `５３９万太原市民风雨同舟`, Taiyuan 2023, `2100多万市民同舟共济`, Chengdu 2023), or whose
  // gifts the report praises (`180万朔州人民拥有无穷的创新智慧、创新潜力`, Shuozhou 2020, in its plan: no target), or whose dreams
  // a plan bears (`承载着130万张掖人民的梦想和荣光`, Zhangye 2017), or who look to the government, said in a verb of their own
  // (`380 万吕梁人民期盼着我们`, Lvliang 2016, closing its plan: no target).
  ["population", when(/不辜负|不负|无愧于|对得起|人口的|儿女|人民|市民/, matches(new RegExp(`(?<=(?:不辜负|不负|无愧于|对得起)(?:全[省市区县])?)\\d+(?:\\.\\d+)?(?=\\s?[万亿]多?[${HAN}]{0,4}(?:人民|儿女|群众|父老乡亲))|\\d+(?:\\.\\d+)?(?=\\s?[万亿]多?人口的[${HAN}]{0,6}?(?:大国|国家|大省|省份)|\\s?多?[万亿]多?\\s?(?:[${HAN}]{0,4}儿女|[${HAN}]{0,4}?(?:人民|市民)(?=一起|一道|携手|共同|风雨同舟|同舟共济|众志成城|守望相助|万众一心|齐心协力|拥有|期盼|期待|期望|盼望|的(?:共同)?(?:辛勤|智慧|心血|汗水|团结|奋斗|拼搏|努力|重托|嘱托|期望|期盼|信任|梦想|希望|期待|心愿|愿望|福祉))))`, "g")))],
  // So is the nation's people named as Chinese (`把13亿中国人的饭碗牢牢端在自己手中`, State Council 2014): the people of the
  // country, no figure of a year.
  ["population", matches(/\d+(?:\.\d+)?(?=\s?亿多?\s?中国人(?![口均]))/g)],
  // So are the people of a place named by it, whose joint effort a hope rests on (`在600多万香港人的共同努力下，“一国两制”一定能够
  // 成功`, State Council 1997): the people as a whole, no figure of a year.
  ["population", matches(new RegExp(`\\d+(?:\\.\\d+)?(?=\\s?多?[万亿]多?[${HAN}]{1,4}人的(?:共同|辛勤)?(?:努力|奋斗|拼搏))`, "g"))],
  // So is the people a government names as what it has to build on (`我们有685万充满热情、通情达理的人民群众，有大量高水平的
  // 专业科技人才`, Shenyang 2001): the people of the place, no figure of a year.
  ["population", matches(/(?<=(?:我们|我市|全市|本市)(?:拥有|有)\s?)\d+(?:\.\d+)?(?=\s?万多?[^，。；！？\d]{0,16}?(?:人民群众|人民|群众|儿女))/g)],
  // So are the people whose joint effort the report thanks, named with the words before 群众 (`287万各族干部群众的团结奋斗，是我们
  // 战胜一切艰难险阻的动力源`, Tongliao 2023): the people of the place, no figure of a year. So is that effort said with
  // 奋勇 before it (`有550万开封人民的奋勇拼搏，我市“十三五”发展蓝图一定能够如期实现`, Kaifeng 2016, closing its outlook: no target).
  ["population", when(/奋斗|努力|拼搏|付出/, matches(new RegExp(`\\d+(?:\\.\\d+)?(?=\\s?[万亿]多?[${HAN}]{0,6}?(?:人民|群众|儿女)的(?:团结|辛勤|共同|奋勇)?(?:奋斗|努力|拼搏|付出))`, "g")))],
  // So is the people a government leads (`只要我们团结带领390万勤劳智慧的淮南人民坚定信心、开拓奋进`, Huainan 2018, closing its
  // aims for the coming five years): the people of the place, no target. So are those it leans on or unites (`紧紧依靠和团结
  // 全市360万人民群众，盯住目标、拿出冲劲`, Hohhot 2024, in its closing call).
  ["population", when(/带领|依靠|团结/, matches(new RegExp(`(?<=(?:带领|依靠|团结)(?:全[省市区县州盟旗])?\\s?)\\d+(?:\\.\\d+)?(?=\\s?[万亿]多?[${HAN}]{0,10}?(?:人民|儿女|群众|父老乡亲))`, "g")))],
  // So is the people described by what they do or are, before the place's name (`还有300万努力拼搏的阳江人民，正汇聚成推动阳江
  // 阔步迈向现代化的磅礴力量`, Yangjiang 2023, closing its plan): the people of the place, no target. Not an institution named
  // after the people (`人民医院`, `人民币`): the word ends there.
  ["population", when(/人民|儿女/, matches(new RegExp(`\\d+(?:\\.\\d+)?(?=\\s?多?[万亿]多?[${HAN}]{1,10}?的[${HAN}]{0,4}(?:人民|儿女)(?:[^${HAN}]|$|的|正|一起|一道|共同|携手))`, "g")))],
  // So is the people whose strength the report rallies (`凝聚300多万莆田人民的磅礴力量`, Putian 2014, closing its plan): the people
  // of the place, no figure of a year.
  ["population", when(/凝聚/, matches(new RegExp(`(?<=凝聚(?:起|着)?(?:全[省市区县州盟旗])?\\s?)\\d+(?:\\.\\d+)?(?=\\s?多?[万亿]多?[${HAN}]{0,6}?(?:人民|儿女|群众|父老乡亲)的)`, "g")))],
  // The days left before a date (`到1997年7月1日我国对香港恢复行使主权，只有849天了`, `离香港回归祖国只有122天了`): a countdown, no figure.
  ["countdown", matches(/(?<=(?:只有|还有|仅有|只剩|还剩|仅剩)\s?)\d+(?=\s?天了)|(?<=倒计时\s?)\d+(?=\s?天)/g)],
  // So are the days left before an event the clause names with 距 or 离, with no 了 after them (`今天距奥运会开幕仅剩560天，完成好
  // 全年各项工作，时间紧、任务重`, Beijing 2007): a countdown, no target of the year.
  ["countdown", when(/(?:只有|还有|仅有|只剩|还剩|仅剩)\s?\d+\s?天/, matches(/(?<=[距离][^，。；！？\d]{1,20}?(?:只有|还有|仅有|只剩|还剩|仅剩)\s?)\d+(?=\s?天(?!了))/g))],
  // A growth rate supposed to reckon what it would bring (`据测算，保持12%的增速，我省生产总值到2020年有望比2010年实现翻两番`):
  // a hypothesis, neither a target nor a result.
  ["hypothesis", matches(/(?<=(?:保持|按照?|以)(?:年均)?\s?)\d+(?:\.\d+)?(?=\s?[%％](?:左右)?的(?:年均)?(?:增速|增长速度|速度|增幅|增长率)[，,][^。；！？]*?(?:有望|可望))/g)],
  // So is a rate that would be enough for a goal (`未来五年我省生产总值只要年均增长3.7%、城乡居民人均收入年均增长1.7%，就可以实现
  // “两个翻番”`, Qinghai 2016): the least the goal needs, no rate the report sets; the one it sets follows (`生产总值按年均增长7.5%…安排`).
  // So is one in words that would already be an achievement (`只要我们能够再连续若干年保持百分之八至百分之九的增长率，就是了不起的
  // 成绩`, State Council 1994): a condition over years, no rate of the plan year.
  ["hypothesis", when(/只要/, matches(/(?<=只要[^，。；！？,;]{0,40}?)(?:\d+(?:\.\d+)?(?=\s?[%％])|百分之(?=[一二两三四五六七八九十]))(?=[^。；！？;]{0,40}?[，,]\s?就(?:可以|可|能够?|是))/g))],
  // So is a level past which a thing is said to happen (`国际经验表明，城镇化率超过60%以后，是城市问题集中爆发期`, Yueyang
  // 2023): the condition of a general rule, no level of the place's own, neither reached nor aimed at.
  ["hypothesis", matches(/(?<=(?:超过|超出|达到|突破|跨过|迈过|进入)\s?)\d+(?:\.\d+)?(?=\s?(?:[%％]|[万千百]*美元)\s?(?:以后|之后)[，,])/g)],
  // So is a level a goal is said to matter for (`今年是“十四五”规划收官之年，…，对于推动我市经济总量过万亿、实现弯道超车至关重要`,
  // Shijiazhuang 2025): why the year counts, no target of the year.
  ["hypothesis", matches(/(?<=对于)[^。；！？;]{1,40}?(?=(?:至关重要|意义重大|十分重要|尤为重要|十分关键|尤为关键|具有重要意义))/g)],
  // So is a step the economy takes and what it equals some years back (`现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个
  // 百分点、10年前2.5个百分点的增量`, State Council 2016): a measure of scale, neither a result nor a target.
  ["hypothesis", matches(/(?<=每(?:增长|提高|增加)\s?)\d+(?:\.\d+)?(?=\s?个百分点)|(?<=相当于[^，。；！？,;]{0,20}?(?:\d{1,2}|[一二三四五六七八九十])年前的?\s?)\d+(?:\.\d+)?(?=\s?个百分点)/g)],
  // The figures of a long-range vision (`…“双百城市”远景目标`): see VISION.
  ["vision", vision],
  // A share of a revenue set aside for a use by a rule (`落实土地出让金收益10%用于农田水利的政策要求`, `按土地出让收益的10%提取
  // 农田水利建设资金`): the rule's term, no figure of the year. A share of spending put to a use (`财政支出的77.4%用于民生领域`)
  // is an outcome and stays.
  ["set-aside", matches(/(?<=(?:出让金|出让收入|出让收益|收益)的?\s?)\d+(?:\.\d+)?(?=\s?[%％]\s?(?:专项)?用于)|(?<=按[^，。；,;]{1,20}?的\s?)\d+(?:\.\d+)?(?=\s?[%％]\s?(?:的比例)?(?:提取|计提))/g)],
  ["stray-digit", strayDigit],
];

/** Every stretch of `text` whose digits are not figures, each with its rule, in rule order. */
export function excludedSpans(text: string): Exclusion[] {
  return RULES.flatMap(([rule, find]) => find(text).map(([start, end]) => ({ start, end, rule })));
}

/** The rule that excludes the number at [start, end), if any (the first rule in precedence order). */
export function exclusionAt(exclusions: readonly Exclusion[], start: number, end: number): ExclusionRule | null {
  return exclusions.find((e) => e.start < end && start < e.end)?.rule ?? null;
}
