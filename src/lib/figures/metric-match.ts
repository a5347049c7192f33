import type { Metric } from "../schema/metric.ts";
import { familiesOf } from "./units.ts";
import { namesChange } from "./verb.ts";
import { LAST_YEAR } from "./cues.ts";
import { CUMULATIVE } from "./timespan.ts";
import { TextCache } from "../text/cache.ts";

/** What a figure offers for matching: its label, unit, whether it is a rate of change, and the year it is about. */
export interface MatchInput {
  label: string;
  unit: string;
  change: boolean;
  /** The year the figure is about: a change against an older base year (比2015年下降12%) is no annual change. */
  year?: number;
  /** The base year the text gives (`比“十二五”末` → 2015), when the label does not name it. */
  baseYear?: number | null;
  /** The figure is a level reached (`达到135家`, `总数`), not an amount added. */
  level?: boolean;
  /**
   * The figure's time is one year alone, no span of years (`period` null): a running total in it (`累计接待国内外游客…，
   * 分别增长12%和19%` under 刚刚过去的2013年) is that year's sum, its change a yearly one. Unknown when not given.
   */
  singleYear?: boolean;
  /** Whether a bare name is another place the report names (`成都`, in Sichuan's report): see `namedPlaces`. */
  otherPlace?: (name: string) => boolean;
  /** The report's own place as named with its suffix (`北京市`): before a name (`北京市生产总值`), the place itself. */
  place?: string;
  /** The figure's sentence, in the report of a place below a province, names the place's own whole beside `全省`:
   * `全省` names the province above it, not the place. */
  city?: boolean;
  /**
   * Whether the report is the nation's. In a report of any place below it, `全国` before a name names the country's
   * figure (`全国居民消费价格上涨2%`), not the place's; unknown when not given.
   */
  nation?: boolean;
  /**
   * The words of the figure's quote before its number (`新建、改扩建城乡中小学30所、幼儿园`): where an indicator's verbs
   * are looked for. Without them, none is required.
   */
  clause?: string;
  /** The words of the figure's sentence before its number: the visitors it named before (`接待入境过夜游客…，游客花费…`). */
  sentence?: string;
}

/**
 * Place and time words a label may open with before its indicator (`全市经济增长`, `我国经济增长`), and 地方, the place's
 * own as against the state's firms within it (`地方出口46.3亿美元，增长41.8%`, Beijing 2001, as `地方外贸出口` is). 全域, the
 * whole territory, names the place too (`全域旅游人数、旅游综合收入分别增长8.5%、9.5%`, Zhejiang 2025).
 */
const OPENING = /^(?:全市|全区|全省|全州|全县|全域|全国|全年|今年|去年|上年|本市|市区|地方|[我本][市省区国州县盟旗])+/;

/**
 * Words that make the name that follows them the measure of another indicator: taken per unit of it
 * (`单位GDP二氧化碳排放量`, `万元生产总值综合能耗`, `每新增亿元生产总值新增建设用地`, `人均地区生产总值`), per unit of
 * something else (`单位建设用地GDP产出`, Wuxi 2016: 5.81亿元/平方公里; `每平方公里土地产出GDP为2.91亿元`, Shenzhen
 * 2007; `地均GDP`; per mu of land, Xianning 2022: `亩平GDP年均增速6.8%`, and `亩均GDP`), as a density (`每百平方公里高速公路里程`)
 * or as a share of it (`占GDP比重`). 地方 may stand between, as it does in the name (`人均地方财政总收入突破万元大关`,
 * Inner Mongolia 2013: the revenue per head, not the total).
 */
const PER = /(?:单位\p{Script=Han}{0,4}|[万亿]元|每|占|人均|地均|亩[均平]|每[百千万]?(?:平方公里|平方米|公顷|亩)\p{Script=Han}{0,6})(?:国内|地区|地方)?$/u;

/**
 * A unit of GDP and a measure taken per it, then 、: the names listed after it are taken per it too. Not after the
 * energy or water used per unit of GDP, a measure named whole (`单位GDP能耗、化学需氧量排放分别下降3%和2%`: the second the
 * total emissions).
 */
const PER_GDP_LISTED = /(?:单位|[万亿]元)(?:GDP|(?:国内|地区)?生产总值)(?!(?:综合)?能耗|能源消耗|电耗|水耗|用水量)(?:\p{Script=Han}{2,8}、)+$/u;

/**
 * The kinds of zone within a place (`高新区`, `经开区`, `工业园`, a new town: `东部新城`, Nanning 2026; the counties'
 * industrial zones: `县域工业集中区开工项目441个、完成固定资产投资697亿元`, Shaanxi 2010; a bonded or free trade zone:
 * `综合保税区`, `综保区`, `自贸试验区`, Mianyang 2024: `力争综合保税区全年进出口总额25亿元`; a count of industrial platforms,
 * Jinhua 2023: `确保十大平台规上工业总产值达到2400亿元、制造业投资增长25%以上`): the parts {@link PART_OF} and
 * {@link ZONE_LED} read.
 */
export const ZONES = String.raw`新区|新城(?!镇)|开发区|高新区|经开区|示范区|集聚区|集中区|保税区|综保区|自贸区|自贸试验区|(?:产业|工业|科技|物流|转移|软件)园|[二三四五六七八九十\d]大(?:制造业|产业)?平台`;

/**
 * A part of the place (`滇中新区地区生产总值`, `产业集聚区固定资产投资`, `省产业转移园规模以上工业增加值`, `一、二、三板块生产总值`, an area named bare, Dongguan 2018: `启动水乡新城建设，片区生产总值增长9.3%`, `“百强镇”经济总量`, `库区城镇登记失业率`, `全省乡镇一般公共预算收入`) before the name: the
 * indicator of that part, not of the place (but `全县`, `全区` name the whole, and `城镇`, `农村` a kind of its people
 * or things: `城镇老旧小区`, `农村户厕`). So is a level of government's own budget (`市本级公共财政预算收入`, `自治区本级`,
 * `省本级`, Jiamusi 2014), or what a level of government owns (`其中，市属全社会固定资产投资完成389.53亿元`, Guangzhou 1993):
 * that level's share, not the place's whole. So are the mountain, pastoral or plains areas of a
 * place, bare or named by their side (`山区农民人均纯收入`, `南部山区`, Ningxia 2005; `川区农村卫生厕所普及率`, Zhongwei 2020;
 * not a district's name: `宝山区`). So is a central city named by the side of the place it lies at (Honghe 2014:
 * `力争滇南中心城镇化率提高3个百分点`, beside `确保全州城镇化率提高2个百分点`); not the central city named bare, whose air
 * a city's figures of good-air days measure (`中心城市环境空气质量优良天数占比93.9%`, Chifeng 2024). So is the zone a
 * passage is about named bare as 区内, within the zone (Xi'an 2015: `以渭北工业区建设为重点，…区内规模以上工业增加值完成261.3亿元，
 * 增长13.4%，高于全市2.3个百分点`), not `全区内`, `城区内` or `辖区内`, which the place's whole or its own area are.
 */
const PART_OF = new RegExp(String.raw`(?:本级|${ZONES}|库区|州直|市直|[省市州县区]属|板块|片区|城[一二三四五六七八九十]区|[近远]?郊区|(?<=[东西南北])中心)|(?:(?<![城农乡])[县镇乡村]|(?<=[^全])地区|乡镇|”|(?:^|[东南西北中]部)(?:山区|牧区|川区)|(?:^|确保|力争|争取)区内)$`);

/** Places other than the report's (`省内其他市（州）`, `其它县区`). */
const OTHER_PLACES = /其[他它](?:[省市州县区]|地区|城市|地市|县市|市县|区县)/;

/**
 * Whether the words before a name tell places other than the report's (`带动省内其他市（州）13万贫困人口脱贫`, Guiyang 2018):
 * their figure, the place's effect on them, not the place's own.
 */
function ofOthers(before: string): boolean {
  return before.includes("其") && OTHER_PLACES.test(before);
}

/**
 * A district named with its suffix as the subject of the verb the figure opens with (`铁山港区完成固定资产投资111.8亿元`,
 * Beihai 2021; GDP under its older name, `经济区完成国内生产总值和税收分别增长120%和31%`, Taiyuan 2003): that district's
 * figure (but not the place itself, `全区完成`, `自治区实现`, nor a kind of area a figure counts, `采煤沉陷区棚户区改造`,
 * `中心城区空气质量`).
 */
const DISTRICT_DID = /\p{Script=Han}{2,3}(?<![全我本该市地特治])区(?:完成|实现)(?:国内|地区)?$/u;

/**
 * Cities or provinces other than the place before the name of its economy's size (`七大区域中心城市经济总量`,
 * `绵阳市地区生产总值`): their output, not the place's (but `全市`, `我市`, `本省` name the place itself). A bare
 * name (`成都经济总量`) is read with the report's text (`MatchInput.otherPlace`).
 */
const OTHER_PLACE = /(?:城市|(?<![全我本])[市省])$/;
/**
 * Two or more bare names listed before the size of an economy (`荆州、黄冈经济总量有望突破2000亿元`, Hubei 2019): the
 * economies of those places, not the report's own, which is never named as a list (but not sectors: `工业、农业生产总值`).
 */
const LISTED_NAMES = /^\p{Script=Han}{2,3}(?:、\p{Script=Han}{2,3})+$/u;
const ECONOMY_SIZE = /生产总值|经济总量|GDP/;

/** A region named by one character and the compass points it lies at (`陕南`, `苏北`, `川东北`): group 1 the character. */
const COMPASS_REGION = /^(\p{Script=Han})(?:[东西南北]{1,3}|中)(?:地区|片区)?$/u;

/** Whether `owner` names a region of `place` by a character of the place's name and a compass point, not the place itself. */
function compassRegion(owner: string, place: string): boolean {
  const m = COMPASS_REGION.exec(owner);
  return m !== null && place.includes(m[1]!) && !place.startsWith(owner.replace(/(?:地区|片区)$/, ""));
}
/** A clause opening on the size or the growth of a region's economy (`陕北生产总值增长20％`): group 1 the region. */
const REGION_ECONOMY = /^(\p{Script=Han}{2,5}?)(?:生产总值|经济总量|GDP)/u;

/**
 * Whether `upTo`, a sentence up to a figure, tells the economy of a region of `place` named by its compass points in an
 * earlier clause of the figure's statement, each clause after it stating figures with no subject of its own
 * (`陕北生产总值增长20％，固定资产投资和财政收入分别增长40.8％和22.2％`, Shaanxi 2009): the figures go on being that
 * region's. A clause naming the whole place (`全省`) or one with no figure ends the run.
 */
export function afterRegionClause(upTo: string, place: string | undefined): boolean {
  if (!place || !/[东西南北]/.test(upTo)) return false;
  const clauses = (upTo.split(/[；;。]/).at(-1) ?? "").split(/[，,]/).map((c) => c.trim());
  for (let i = clauses.length - 2; i >= 0; i--) {
    const clause = clauses[i]!;
    const region = REGION_ECONOMY.exec(clause)?.[1];
    if (region !== undefined && compassRegion(region, place)) return !/^(?:全|[我本])[省市区州县]/.test(clauses.at(-1)!);
    if (/^(?:全|[我本])[省市区州县]/.test(clause) || !/[\d０-９]/.test(clause)) return false;
  }
  return false;
}

/**
 * A district, county or banner named with its suffix closing the words before a name (`甘州区`, `肃南县`): group 1 its
 * stem. Not the place's whole or its own kind of place (`全区`, `我县`, `自治区`), 地区 of 地区生产总值, nor a kind of
 * area (`开发区`, `新区`, `园区`, `城区`, `景区`, `矿区`, `示范县`).
 */
const PART_NAMED = /(\p{Script=Han}[^\P{Script=Han}全我本该各地治园城辖市社景矿片新郊发范税农牧林山库灾老苏边港业验试贸口经困点强])(?:区|县|旗)$/u;
/**
 * Each of the place's parts opening the label (`每个城区财政一般预算收入都要达到3亿元以上`, Liaoning 2011; `每个县`, `每一个乡镇`):
 * a bound set for every part, not the place's own figure (but not a time, `每年`, which names no part).
 */
const EACH_PART = /^每一?个\p{Script=Han}{0,3}?(?:县|区|市|乡|镇|村|旗|园区)/u;
/** The names of the air's quality: its good days' share, its fine particles. */
const AIR = /优良天数|优良率|PM2\.5/;
/** A few provinces or countries named and counted (`闽粤两省`, `沪苏浙三省市`, `中日韩三国`) opening a label. */
const SOME_PROVINCES = /^\p{Script=Han}{1,6}?[两二三四五六七八九十]个?(?:省区市|省市|省区|省|国)(?![级内外])/u;
/**
 * The names of a place's main aggregates: its output, investment, budget revenue (its total too, `财政总收入`), retail sales,
 * income and trade.
 */
const AGGREGATE = /生产总值|经济总量|GDP|投资|预算收入|财政总?收入|零售总额|可支配收入|纯收入|进出口|增加值/;
/**
 * A sector or kind of the economy before `经济总量` or `生产总值` (`数字经济总量`, `海洋经济总量`, `民营经济总量`,
 * `海洋生产总值`, `农业生产总值`, Haikou 2011: 农业生产总值年均增长7.6%), or that part named whole as an economy before its
 * output (`海洋经济生产总值达到1550亿元`, Nantong 2014): the size of that part of it, not the place's output.
 */
export const SECTORS_OF_ECONOMY = "数字|海洋|民营|非公有制|非公|县域|园区|城区|实体|文旅|旅游|夜间|平台|网络|数据|林下|开放型|外向型|枢纽|临空|临港|总部|楼宇|低空|循环|绿色|特色|农业|工业|林业|渔业|牧业";
const SECTOR_ECONOMY = new RegExp(`(?:${SECTORS_OF_ECONOMY})(?:经济)?$`);
/**
 * The sectors of the economy that are kinds of ownership, named bare before any main aggregate (`民营规上工业增加值同比增长18.8%`,
 * Hohhot 2024, beside the city's own 23.6%): that kind's part, not the place's. Exported: a clause they open lists their figures.
 */
export const OWNERSHIP_SECTORS = "民营|非公有制|非公|个体私营";
const OWNERSHIP_ECONOMY = new RegExp(`(?:${OWNERSHIP_SECTORS})(?:经济)?$`);
/**
 * Such a part of the economy named whole before an investment (`数字经济固定资产投资增长25%以上`, Lincang 2023): that
 * part's investment, not the place's.
 */
const SECTOR_ECONOMY_NAMED = new RegExp(`(?:${SECTORS_OF_ECONOMY})经济$`);

/**
 * A kind of trade or a partner before the name of trade (`一般贸易进出口额`, `加工贸易进出口额`, `边民互市贸易进出口额`,
 * `对俄进出口总额`, `对东盟出口总额`, services said with or without 贸易: `服务进出口总额`): that part of the place's trade, not
 * the whole (but `对外贸易进出口总额` is). A partner may be quoted (`对共建“一带一路”国家`), or named without 对 as a list's
 * later item is (`对东盟、共建“一带一路”国家进出口总额`: `共建“一带一路”国家进出口总额`), the partners' regions with them
 * (`对共建“一带一路”国家和地区货物进出口额`, Hainan 2025: its trade in goods with them). So is a kind of firm whose trade it is
 * (`外贸加工企业实现进出口额2400万美元`, Qitaihe 2014; `民营企业进出口`, `外资企业出口`), not the trading firms at large. Any of
 * them may take the verb the figure opens with (`跨境电商实现进出口额23.8亿元`, Urumqi 2024: that kind's trade). Digital trade is
 * such a kind too (`数字贸易进出口额660亿美元以上`, Shenzhen 2025, beside its services trade).
 */
const TRADE_PART =
  /(?:(?:加工|外资|外商投资|三资|民营|私营|国有|重点|龙头)企业|一般贸易|加工贸易|数字贸易|边境(?:小额)?贸易|边贸|(?:边民)?互市(?:贸易)?|跨境电商|跨境电子商务|服务(?:贸易)?|市场采购(?:贸易)?|对(?!外)[\p{Script=Han}“”]{1,12}|\p{Script=Han}[\p{Script=Han}“”]*(?:国家|成员国|经济体)(?:和地区)?|东盟|欧盟)(?:实现|完成)?(?:货物)?$/u;

/**
 * Words after a name that count something the named thing has or offers (`幼儿园学位`, `幼儿园托育班`, `幼儿园托班托额`, `养老机构床位`,
 * `学校教师`, `老旧小区住宅加装电梯`, its verb between, `26个老旧小区完成加装电梯`, Zhaoqing 2020; `老旧小区路灯`, Anshan 2020: lamps replaced, no compounds renovated; what is added to
 * them, `为2万户老旧小区住宅加建户外公共燃气管道`, Zhuhai 2021: the homes given gas pipes, no compounds renovated; their pipe networks,
 * `改造老旧小区供热管网87处`, Tongliao 2022: the sections of pipes renovated; or their supply systems, `启动中心城区79个老旧小区供水系统改造工程`,
 * Shangrao 2021: the compounds whose water systems are redone, no compounds renovated; what they hold, `十件民生实事包含的21项具体任务全部办结`, Zhuhai 2021: the tasks of the
 * ten projects, no projects), or a kind of people after jobs (`新增就业大学生12.2万人`): the figure counts those,
 * not the things the name names.
 */
const OWNED = /^(?:学位|托位|托班|托额|床位|车位|座位|岗位|教师|路灯|托育班|班级|(?:供热|供暖|供水|供气|燃气|排水|污水|雨污)?(?:管网|管道|管线)|(?:二次)?(?:供热|供暖|供水|供气|燃气|排水|污水|雨污)(?:系统|设施)|(?:完成|实现)?(?:住宅|楼道)?(?:加装|增设|加建|(?=电梯))|大学生|高校毕业生|所?(?:包含|包括|涵盖|含))/;
/**
 * Words after a name that tell what the named things did for others (`创新平台帮助企业解决难题900余个`, Shaanxi 2024): the
 * figure counts what was solved, not the things the name names.
 */
const SOLVED_FOR = /^(?:帮助|协助|助力|为)\p{Script=Han}{1,8}?(?:解决|破解|攻克|化解)/u;
/**
 * Measures for the named things after the name (`出台23条市场主体培育措施`, Qiannan 2023; `扶持政策`, `实施办法`), a purpose
 * of a few words between (`发布稳市场主体促经济发展12条政策措施`, Dalian 2022): the figure counts the measures, not the things
 * the name names.
 */
const MEASURES_FOR = /^\p{Script=Han}{0,6}?(?:措施|举措|政策|办法|细则)/u;
/**
 * Words after a name that tell the named things move up into another class (`推动100家高新技术企业上规`, Wenzhou 2021: the
 * high-tech firms to grow above the designated size; `升规`, `入规`, `上市`): the figure counts the firms that move up, not
 * the things the name names, added or in all.
 */
const MOVED_UP = /^(?:上规|升规|入规|进规|上市)/;
/**
 * Words after a name that set the figure against a goal it passed (Xi'an 2015: `全市优良天数超出省考指标71天`): the figure is
 * the margin over the goal, not the measure the name names.
 */
const BEYOND_GOAL = /^(?:超出|超过|高于|多于)\p{Script=Han}{0,6}?(?:指标|目标|任务)/u;
/**
 * Words after a name that tell what the named things produced (`全市229户规模以上高新技术企业完成增加值138.4亿元`, Pingxiang
 * 2014, its verb taken out before the name is matched): the figure counts or measures the producers of that output, not the
 * things the name names as the indicator does (no new high-tech enterprises).
 */
const PRODUCED = /^(?:完成|实现)?(?:工业)?(?:增加值|总?产值|主营业务收入|营业收入|销售收入|利税|利润)/;
/**
 * A ranking the name is part of, in the same quoted title (`15家企业入围省“高新技术企业创新能力500强”`, Quzhou 2025): the
 * figure counts the firms on that list, not the things the name names, added or in all.
 */
const RANKED = /^[^”，,；;。]{0,8}?(?:\d+|[十百千])强/;
/**
 * A size after a name and the things of that size (`进出口总额1亿美元以上外贸企业达41家，增长71%`, Changsha 2020; `投资亿元以上项目`):
 * the name sets the class, and the figure counts the firms or projects in it or their growth, not the measure the name names.
 */
const SIZE_CLASS = /^(?:超|过|达)?[\d.]*(?:[十百千]?[万亿])?(?:美元|元)(?:及)?以上的?\p{Script=Han}{0,6}?(?:企业|项目|单位|公司)/u;
/** The same after the rest of a name the label opens with (`进出口` then `总额1亿美元以上外贸企业`). */
const SIZE_CLASS_LATER = new RegExp(SIZE_CLASS.source.replace("^", String.raw`^\p{Script=Han}{0,4}?`), "u");
/** Words after a name that make the figure no measure of the things the name names ({@link nameIn}). */
const NOT_WHAT_IS_NAMED = [OWNED, SOLVED_FOR, PRODUCED, MEASURES_FOR, MOVED_UP, BEYOND_GOAL, RANKED, SIZE_CLASS];

/**
 * Safety works along a road after its name (`农村公路安保工程`, `农村公路安防工程`, `农村公路生命安全防护工程`): their length is
 * the stretch of road made safer, no road built.
 */
const SAFETY_WORKS = /^(?:安保|安防|(?:安全)?生命(?:安全)?防护)(?:设施)?工程/;

/**
 * The upkeep of a road after its name (Jilin 2022: `实施农村公路养护工程3500公里`, after `新改建农村公路2500公里`): the length
 * kept up, no road built. So is its patrol (Zhaoqing 2020: `农村公路累计巡查（含路政、养护）里程19.36万公里`): the length
 * patrolled.
 */
const UPKEEP = /^(?:养护|管养|大中修|(?:累计)?巡查)/;

/**
 * The length of a road network after its name (`农村公路里程达到26万公里，新增5.5万公里`, Sichuan 2006; `总里程`, `通车里程`):
 * the whole network's length, no road built, unless a verb of building or adding it comes before the name (`新增农村公路里程`).
 */
const NETWORK_LENGTH = /^(?:总|通车)?里程/;
const BUILT_BEFORE = /新增|新建|改建|建成|改造|硬化/;

/**
 * Training after a name (`完成农村劳动力转移就业培训60万人`, `农村劳动力转移技能培训`): the figure counts the people trained
 * for it, not the named deed done.
 */
const TRAINING = /^(?:就业)?(?:技能)?培训/;

/**
 * The places an institution offers, after its name (`新增义务教育学位4120个、公办幼儿园园位3300个`, Wuwei 2025; `托位`, `床位`),
 * and after a kind of kindergarten a few words of their kind between (`新增幼儿园规范化学位、公办中小学学位各6000个`,
 * Zhongshan 2023): the figure counts places, not the institutions built. Group 1 the words between.
 */
const PLACES_IN = /^(\p{Script=Han}{0,4}?)(?:园位|学位|托位|床位)/u;

/**
 * The tending of what was planted, after its name (`新造林管护28.9万亩`, Wuwei 2025; `造林抚育`): the area cared for, no area
 * newly afforested.
 */
const TENDED = /^(?:管护|抚育)/;

/**
 * Meetings held as a trade, before their name (`全年举办100人以上会议近15000场、增长15.4%`, Hainan 2017): the conventions a
 * place hosts, sized by who attends, not the government's own meetings cut.
 */
const HOSTED = /举办|承办|引进|接待|\d+人(?:及)?以上$/;

/**
 * The one thing a superlative picks out before a name (`全市最大的工矿棚户区五龙金矿棚户区22栋9万平方米安置房已全部封顶`,
 * `最大的单体项目`): the figure is of that thing, not the place's whole.
 */
const ONE_PICKED = /最(?:大|小|长|高|多|早)的[^，；。]*$/;

/**
 * An increase of a wider whole after a name that ends in a share (`研发投入占` + `全省增量`: `全社会研发投入42.7亿元，净增10.2亿元、
 * 占全省增量的88.7%`), or the whole society's own amount of the thing named (`研发投入占` + `全社会比重`: `企业研发投入、研发人员、
 * 研发机构、有效发明专利占全社会比重均超过80%`): the part of that whole, not a share of the place's output.
 */
const SHARE_OF_INCREASE = /^(?:(?:全\p{Script=Han})?增量|全社会)/u;

/**
 * A sector, or its projects, before an investment (`工业固定资产投资`, `农业固定资产投资`, `房地产开发投资`, `工业项目固定资产投资`,
 * commerce's: `商业固定资产投资总额达60亿元以上`, Shenyang 2004): the investment of that sector, not the place's whole
 * (`全社会固定资产投资` and `规模以上固定资产投资` are).
 */
const SECTOR = /(?:工业|农业|服务业|第[一二三]产业|制造业|房地产|交通|水利|能源|技改|基础设施|民间|民营|商业|商贸)(?:项目)?$/;

/**
 * The towns' or the country's scope before an investment (`城镇固定资产投资额双双突破1万亿元`, `带动城镇固定资产投资完成1.3万亿元以上`,
 * Henan 2010, beside `全社会固定资产投资13705亿元`; `农村固定资产投资`): a part of the whole society's investment, which
 * the vocabulary's is (but not the two together, `城乡`).
 */
const TOWN_OR_COUNTRY = /(?:城镇|城市|农村|农户)(?:项目)?$/;

/**
 * A kind before a sector's investment (`高技术制造业投资`), or the sector without a branch (`非电工业投资`, the industry's
 * investment outside power): a narrower investment than the sector's own. So are the firms of one ownership or some
 * industries before it (`其中国有技改投资增长24％`, Shandong 1995; `钢铁、装备制造、石化三大传统产业技改投资２３００亿元`, Hebei
 * 2012): a part of the place's investment of that kind.
 */
const NARROWER = /(?:高技术|高新技术|先进|装备|战略性新兴|新兴|非电|非煤|国有|集体|产业)$/;

/**
 * The investment attracted from outside, counted where it forms fixed assets (`全市招商引资形成固定资产投资1489亿元、增长26%以上`,
 * Jinan 2018, beside `固定资产投资4400亿元左右`): a part of the place's investment, not its whole.
 */
const ATTRACTED = /招商引资(?:项目)?(?:形成|完成|带动)?$/;

/**
 * The retail sales of the enterprises above (or below) the quota the statistics survey in full (`限额以上社会消费品零售总额
 * 增长14.5%`, Taizhou 2015; `限上消费品零售额`): a part of the place's retail sales, not the whole.
 */
const QUOTA_CLASS = /(?:限额以[上下]|限[上下])(?:企业|单位|批发零售业|商贸企业)?(?:（单位）|\(单位\))?(?:实现|完成)?(?:社会)?$/;

/** The part of a place whose retail sales the statistics count apart: the counties and below, the towns, the countryside. */
const RETAIL_PART = /(?:县及县以下|县以下|城镇|城市|城区|乡村|农村|农牧区)(?:社会)?$/;

/**
 * Some industries of a sector, not the sector (`现代服务业增加值1.52万亿元`, `九大重点产业累计完成规模以上工业增加值`,
 * a kind said with 性, `营利性服务业增加值`, or the information industry's services, `软件和信息服务业增加值`, or an industry
 * of the national accounts named by two trades joined with 和, State Council 2025: `租赁和商务服务业增加值分别增长…10.4%`,
 * `科学研究和技术服务业`), or one trade named before the sector (Changchun 2013: `现代物流产业增加值增长18.5%，金融服务业增加值
 * 增长21%`): their value added is no indicator of the place's. So is a kind said with 型 (Sichuan 2020: `4大支柱型服务业增加值
 * 突破1万亿元`, four of the province's service industries).
 */
const SOME_INDUSTRIES = /(?:现代|\p{Script=Han}[性型]|高端|信息(?:技术)?|[重优主特支][点势导色柱]产业|新兴产业|和\p{Script=Han}{1,4}|金融|物流|商贸|商务|科技|文化|旅游|软件|外包|家政|养老|健康|体育)$/u;
/** One industry named by its product or trade (`茶产业`, `咖啡产业`, `林产业`), not a sector of the national accounts. */
const NAMED_INDUSTRY = /^(?!第[一二三]|[一二三]次)\p{Script=Han}{1,6}产业$/u;
/** The registered population (`户籍人口`, `户籍人员`), as against the residents (`常住人口`). */
const REGISTERED = /户籍/;
/**
 * The urbanisation of the countryside alone (`全市农村城市化率达到55%`, the share of the rural places and people turned
 * urban, Tianjin 2009): a measure of its own, not the share of all the place's residents living in towns.
 */
const RURAL_URBANISATION = /(?:农村|乡村|郊区)(?:人口)?城[市镇]化/;
/** One sex's measure (`男女人均预期寿命分别达到72.8岁和77.1岁`): not the place's whole. */
const ONE_SEX = /(?<!妇)[男女]性?$/;

/** A share of a whole the label ends on (`占固定资产投资比重`, `占全省的比例`). */
const SHARE_OF_WHOLE = /占[^占，,；;、]*(?:比重|比例)$/;

/** A name of a share (`服务业比重`, `服务业增加值占比`). */
const SHARE = /比重$|占比$/;
/**
 * A grade below the country's of a designation the country makes (`55家省级高新技术企业`, beside `22家国家级`, Longyan
 * 2019): the province's or city's own list, not the high-tech enterprises the indicator counts.
 */
const LOWER_GRADE = /(?:省|自治区|市|州|区|县)级$/;

/**
 * Schools written right before or after a kind of kindergarten, with no word between (`新建改扩建中小学幼儿园81所`,
 * `建成幼儿园中小学项目48个`) or the kindergartens in brackets after them (`新建、改扩建中小学（幼儿园）40所`): schools and
 * kindergartens counted together, no count of kindergartens.
 */
const SCHOOLS_BEFORE = /(?:中小学校?|小学校?|中学|学校)[（(]?$/;
const SCHOOLS_AFTER = /^(?:[）)])?(?:中小学|小学|中学|学校)/;

/**
 * A name that is one of several kinds added up (`新建成中小学和幼儿园98所`, `改扩建中小学、幼儿园34所`): a count or
 * an amount counts them all, none of them alone (a rate or a change, `游客接待量和旅游收入增长15%`, is each one's).
 * Joined by 、, 和 or 及 right before or after the name (not 与: `研究与试验发展`; not the words 和谐, 和平, 普及, 涉及 …), or
 * before it by 和 or 及 and the work done on the name's things after other things (`开工保障性住房和改造棚户区15244套`,
 * Mianyang 2014: the homes of both kinds, as `保障性住房和棚户区改造` counts them); not after another work on the same things
 * (`新建和改造高标准农田`, `改造和建设农村公路`: two works, one kind of thing).
 */
const JOINED_BEFORE = /(?:、|(?<![谐平])和|(?<![普惠涉顾触波危提])及|(?<![建造设成工])[和及](?:改造|改建|新建|改扩建|扩建|建设|建成|开工))$/;
const JOINED_AFTER = /^(?:、|和(?![谐平])|及(?![时格]))/;

/**
 * A platform, a park or a building that has taken the named things in (`融资信用服务平台入驻市场主体15.3万户`, `园区入驻企业`):
 * the figure counts its members, not the place's.
 */
const TAKEN_IN = /入驻$/;

/**
 * A measure's reach before the named things (`惠企十条…惠及市场主体20余万家`, Nanjing 2022), those a fund served
 * (`信保基金累计承保突破220亿元、服务市场主体1.3万家`, Taizhou 2019), or a kind of market entity (`新增金融市场主体超120家`:
 * financial institutions): the figure counts those helped or those of that kind, not the place's new market entities.
 */
const REACHED = /(?:惠及|覆盖|帮扶|服务)$/;
/** A label that opens on a verb of supporting things that are there already (`重点扶持`, `支持`, `帮扶`). */
const SUPPORTED = /^(?:重点)?(?:扶持|支持|帮扶)/;
/**
 * The entities on the register before the name (`全省登记各类市场主体28.9万户，增加近1倍`, Qinghai 2016; `实有市场主体`): all of
 * them, a stock, not the year's new ones.
 */
const ON_REGISTER = /(?<![新增年])(?:登记|实有|现有|存量|在册)的?(?:各类)?$/;
/**
 * The reach of a work after the thing it names (`开展227个老旧小区改造、惠及3.44万户`): the figure counts those it reaches,
 * no measure of that thing.
 */
const REACH_AFTER = /[、，,]\s*(?:惠及|受益)$/;

/**
 * A line or belt the named things string together (`打造国道、高铁沿线美丽村庄风景线5条`, Jilin City 2022): the count is of
 * the lines, not of the things along them.
 */
const LINE_OF = /^(?:风景线|景观带|示范带|精品线|示范线|连线|廊道|走廊)/;

/**
 * A demonstration zone or base named after the thing it shows (`建设高标准农田示范区20万亩`, Luohe 2023, after `新建高标准农田
 * 6.1万亩`): the zone's size, not the amount of that thing built. So are the sites that show a work done to it, the work's
 * words between (`打造汉阳知音东苑等5个老旧小区成片改造示范点`, Wuhan 2023): a count of sites, no compounds renovated; not
 * a showcase site named bare, which may be one of the things (`建设美丽村庄示范点59个`, Wuzhong 2020: villages).
 */
const SHOWCASE_OF = /^(?:(?:成片|整片|连片|整体)?(?:改造|更新|提升|整治|治理))?示范(?:区|园区?|片区?|基地)|^(?:成片|整片|连片|整体)?(?:改造|更新|提升|整治|治理)示范点/;

/**
 * A kind of market entity named by its trade (`新增金融市场主体超120家`, `培育“精特优新”本土旅游市场主体20家`, Zunyi 2022;
 * `涉农市场主体`), or those on the tax rolls (`涉税市场主体182.1万户，增长32.1%`, Shanxi 2023): those of that trade or
 * that standing, not the place's new market entities.
 */
const MARKET_ENTITY_KIND = /(?:金融|旅游|文旅|涉旅|涉农|涉税|农业|外贸|文化)$/;

/** A label naming things, then 等 and the kind they are examples of: the things (group 1). */
const EXAMPLES_THEN_KIND = /^(.+?)(?<![平同对相均])等(?![级待同])/u;

/** A list of kinds of work whose last item is projects (`校舍安全工程、薄弱学校改造、农村幼儿园建设项目`), not livelihood projects. */
const KINDS_OF_PROJECTS = /、[^、，,；;]{2,}(?<!实事)项目$/u;
/**
 * Verbs of building listed before the last item, not kinds of work (`新建、改扩建幼儿园项目20个`): the projects are all of the
 * one thing the last item names.
 */
const BUILT_LISTED = /(?:^|[、，,])(?:实施|推进|启动|完成)?(?:新建|改建|扩建|改扩建|续建|迁建|重建|新开工|维修|改造|提升)、[^、]+$/u;

/** The noun of areas a work is done in, right after their count (`12个片区棚户区改造`). */
const AREAS_COUNTED = /^(?:片区|地块|区块)/;

/** A list of named items closed by 等 (`农村道路畅通工程、城市老旧小区整治、城乡困难群体法律援助等`). */
const LISTED_ITEMS = /、[^、，,；;]{2,}等$/u;

/** A verb of certifying or naming opening an item of a list (`认定普惠性民办幼儿园189所`): no building. */
const CERTIFIED = /^(?:新)?(?:认定|评定|认证|命名)/;

/**
 * A clause whose first item, with its figure, names a zone of the place as its subject (`确保开发区工业投资增长20％、`, after
 * the verbs a goal opens with): the zone is the subject of every later item joined by 、 that names no place of its own
 * (`规上工业增加值增长15％`, Changzhi 2023: the zones' value added, not the city's), however many items stand between
 * (`大连软件园年内引进软件企业50家、完成软件收入7亿元、出口创汇3000万美元`, Dalian 2001: the park's exports), none of
 * them naming the place (`between`).
 */
const ZONE_LED = new RegExp(String.raw`^(?:确保|力争|争取|努力|推动|促进|实现|全年)*(?:全[市省区州县])?\p{Script=Han}{0,6}?(?:${ZONES}|园区)[^，,；;。、]*?\d[^，,；;。、]*、(?<between>(?:[^，,；;。、]*\d[^，,；;。、]*、)*)(?<own>[^，,；;。、]*)$`, "u");

/**
 * A clause that lists a zone's aggregate first, then others with no place of their own, before one verb of their changes
 * given each (Taiyuan 2003: `高新区国内生产总值、财政总收入分别比上年增长51.9%和63.8%`): every item is the zone's, as
 * the first is ({@link ZONE_LED} for items with figures of their own). `items` holds the names after the first.
 */
const ZONE_LISTED = new RegExp(String.raw`^(?:确保|力争|争取|努力|实现|全年)*(?:全[市省区州县])?\p{Script=Han}{0,6}?(?:${ZONES}|园区)[^，,；;。、和及与\d]*(?<items>(?:[、和及与][^，,；;。、和及与\d]+)+?)(?:分别|均|都)`, "u");

/**
 * A grade a school or kindergarten is rated at, right before its name (`新增省级示范性普通高中5所、省级示范性幼儿园10所`,
 * Liupanshui 2016; `一级幼儿园`, `星级幼儿园`): the ones newly rated so, none built.
 */
const GRADED = /(?:示范性?|[一二三]级|[一二三]类|星级|等级)$/;

/** A verb of building before the grade (`新建省级示范性幼儿园2所`): built to that grade, counted as built. */
const BUILT = /新建|建成|建设|改扩建|扩建|改建/;

/**
 * A kind of tourism before the tourists or the tourism revenue (`乡村旅游接待游客`, `乡村旅游总收入`, `休闲农业和乡村旅游收入`,
 * `乡村休闲旅游收入达86亿元`, Wuhan 2017; the year's tourists of leisure and sightseeing farming, `全市休闲观光农业年接待游客650万
 * 人次`, Yangzhou 2019),
 * or a carrier or venue that received them (`游艇接待游客`, `A级景区接待游客`): the figures of that kind or venue, not of the
 * place's tourism (but `全域旅游` is the whole). So are the visitors from abroad or those staying overnight (`入境过夜游客人数
 * 增长24.9%`, Zhejiang 2026): a part of the tourists.
 */
/**
 * A sentence up to a figure with a clause on cross-border e-commerce that states no figure, then a count of the firms
 * doing it, then their trade named bare (`提升跨境电商零售进口试点城市、综合试验区载体能级，经营主体超过100家，进出口额突破`):
 * not the place's trade, which a clause on developing that trade may go straight on to (`积极发展跨境电子商务，进出口总额
 * 增长2.3%`, Jiangsu 2015; `全市进出口额突破60亿元`).
 */
const CROSS_BORDER_LAST = /跨境(?:电商|电子商务)[^，,；;。\d]*[，,][^，,；;。]*(?:经营主体|市场主体|企业)[^，,；;。]*\d[^，,；;。]*[，,、](?:实现|完成)?(?:进出口|出口|进口)[^，,；;。]*$/;

/** Visitors of a part of the tourism (`入境过夜游客`), the last visitors a text names: no 游 after them. */
const PART_VISITORS_LAST = /(?:入境|境外|海外|外国|国际|过夜)(?:旅游者|游客)[^游]*$/;

const TOURISM_KIND = /(?:(?:乡村|农村)(?:休闲)?|(?:休闲|观光)+农业|农家乐|红色|工业|冰雪|研学|夜间|邮轮|游轮|游艇|景区|景点|入境|境外|海外|外国|国际|过夜)(?:旅游)?(?:年|全年)?$/;

/**
 * The intensity after an amount (`研究与试验发展经费投入强度`, the spending as a share of the output): a share, no measure of
 * the amount, nor its change (`…投入强度年均增长33%` is no growth of the spending).
 */
const INTENSITY = /^(?:投入)?强度/;

/**
 * A contribution after the name, in the same label (`第三产业占比首次超过第二产业、对经济增长的贡献率达到59.7%`, Xingtai 2019):
 * what the named thing added to the growth of another, no measure of the named thing itself (its share, its level).
 */
const CONTRIBUTION = /贡献[率度]/;

/**
 * Energy, water or emissions per unit of an amount after its name (`规模以上工业企业增加值能耗下降7.8%`, Taiyuan 2007: energy
 * used per unit of industrial value added): a measure of that use, no measure of the amount nor of its change.
 */
const USE_PER_UNIT = /^(?:综合)?(?:能耗|能源消耗|水耗|用水量|电耗|煤耗|(?:二氧化碳|碳)排放)/;

/**
 * A part of the trade online before its sales (`农村电子商务交易额`, `跨境电商交易额`; `农产品网络零售额增长２０％以上`,
 * `限上企业网络零售额增长30%`, `实物商品网上零售额增长１５％`): that part's, not the place's.
 */
const E_COMMERCE_PART = /(?:(?:农村|乡村|农产品|跨境)(?:电商|电子商务)?|限上(?:企业)?|限额以上(?:企业)?|实物商品)$/;

/**
 * A part of an aggregate set aside for a use, after its name (`地方财政收入中用于教育事业费的支出五年累计达到216.2亿元`, Beijing
 * 2001): that spending, no measure of the aggregate.
 */
const SPENT_OUT_OF = /^中(?:用于|的)/;

/** Words that make the output named after them an amount added to it (`新增粮食产量`). */
const ADDED = /(?:新增|增加|净增)$/;

/**
 * A group of people before the jobs found (`退役军人、残疾人新增就业均超7.3万人`, Yunnan 2026; `高校毕业生新增就业`): the jobs
 * of that group, no count of the place's new urban jobs.
 */
const GROUP_JOBS = /(?:军人|残疾人|毕业生|大学生|农民工|脱贫人口|贫困人口|劳动力|失业人员|困难人员|妇女|青年)$/;

/**
 * A fund other than the budget's own before its use for people's livelihood (`将80%以上对口支援资金用于民生领域`, Haibei
 * 2022: the pairing-assistance fund's share): that fund's use, no share of the budget's spending (but `财政资金` is the
 * budget's, as 财力 is). So is a part of the budget saved by a cut (`压缩7%的“三公”经费用于改善民生`, Baotou 2014): the cut's.
 */
const OTHER_FUND = /(?<!财政)(?:资金|经费)$/;

/**
 * Firms, or a class of them, before R&D spending (`规上企业研发经费投入增长14.2%`, `其中规上工业企业研发投入占比60%左右`,
 * Jilin 2026), or the government or its budget (`力争政府研发投入增长23%以上`, Chengdu 2014; `财政R&D投入增长30%`,
 * `财政科技研发投入增长30%以上`, Yinchuan 2021, 2022): their part of the
 * spending, or its share of the whole, no R&D spending or intensity of the place's, which society's whole names
 * (`全社会研发经费投入`).
 */
const FIRMS = /(?:企业|政府|财政(?:科技)?)$/;
/**
 * The same firms named by the item before the figure's in its list, the R&D spending left bare after 、 (`推进规模以上工业企业
 * 研发活动覆盖率达到65%、研发投入增长17%以上`, Zhengzhou 2022): theirs too.
 */
const FIRMS_LISTED = /企业(?:研发|R&D|研究与试验发展)[^，,；;。、]*、(?:研发|R&D|研究与试验发展)[^，,；;。、]*$/;

/** Verbs a figure's clause opens with before its indicator (`完成地区生产总值921亿元`): no place's name. */
const OPENS_FIGURE = /^(?:完成|实现|建成|达到|突破|预计|力争|确保|保持|迈上|跃上|全年|初步核算)$/;

/** A year before a label's subject (`2005年`, `2002年末`): no part of what it names. */
const LEAD_YEAR = /^(?:19|20)\d{2}年(?:末|底|初)?/;

/**
 * The plan's verb opening a target's label (`今年安排工业增加值增长13.5%`, `全年计划安排国内生产总值1230亿元`, Inner
 * Mongolia 1998): the year's figure set in the plan, named after it.
 */
const PLANNED = /^(?:计划)?安排(?=\p{Script=Han}{2})/u;

/** The words of a yearly average right before a verb of change (`出口年均增长`, `出口平均每年增长`). */
const YEARLY_BEFORE_CHANGE = /(?:年均|平均每年|每年平均)(?=增长|下降|提高|减少|增加)/g;

/**
 * The verb of holding a pace right before the change (`经济保持年均增长9%左右`, Chongqing 2016): the name's change, as
 * `经济年均增长` is, no other measure.
 */
const HELD_BEFORE_CHANGE = /保持(?=增长|增速)/g;

/** Last year, as the base a change is compared with (`比上年`, `较去年`, `同比`). */
const SINCE_LAST_YEAR = new RegExp(`(?:[比较]${LAST_YEAR}(?:同期)?|同比)(?=增长|下降|提高|减少|增加|回落|持平)`, "g");

/** Last year as the base, then an amount added (`同比新增`, `比上年多`): the difference between the years. */
const ADDED_SINCE_LAST_YEAR = new RegExp(`(?:[比较]${LAST_YEAR}(?:同期)?|同比)(?:新增|净增|多增?)$`);

/**
 * Candidates (`梳理形成12个民生实事候选项目`, `遴选形成12件候选项目`): the items put forward to be chosen from, no count of
 * the things chosen or done. So are firms on a reserve list (`新增高企后备企业2400家`, Dongguan 2018): not yet any of the
 * kind, added or in all.
 */
const CANDIDATES = /候选|后备(?:企业|库)/;

/**
 * A potential rate of growth (`根据测算，“十三五”期间，我市地区生产总值潜在增长率为8.5%左右`, Guilin 2016): an estimate of
 * what the economy could bear, given in the reasons for a target, no growth set or reached.
 */
const POTENTIAL = /潜在(?:经济)?(?:增长率|增速|增长|产出)/;

/**
 * A quarter, a half or some months (`一季度`, `上半年`, `1-2月`), or a single month (`单月CPI涨幅超过5%`, Shanxi 2012: the month a
 * relief scheme is triggered by), or a season (Yinchuan 2018: `冬季优良天数达标率首次突破75%`, the winter's share of good-air
 * days, not the year's; not `四季`), a snow season too (Changchun 2024: `新雪季接待游客将突破5000万人次`, the visitors of
 * the winter running across the new year, not the year's tourist arrivals): the vocabulary's indicators are annual.
 */
const SUB_YEAR = /季度|上半年|下半年|前三季|单月|\d+\s*[-—～~至到]\s*\d+月|月份|(?<!四)[春夏秋冬]季|采暖季|供暖季|供热季|雪季/;

/**
 * A count a day (`平均每天新增市场主体728户`, Gansu 2017; `全区每天新增市场主体300多家`, Ningxia 2020; `日均净增`): a rate of the
 * things added, no year's count the indicator is.
 */
const PER_DAY = /(?:平均)?(?:每天|每日)|日均/;

/**
 * A label as the vocabulary's names are matched in it: spaces do not count (`R&D 经费投入强度` is R&D经费投入强度); the
 * place's output named by the place (`第三产业增加值占全市生产总值的比重`) is the regional output the names say
 * (占地区生产总值比重), and 研究与开发 is 研发 written out (`研究与开发经费支出相当于全市生产总值的比例`, Shanghai 2008), as
 * 研究开发 is (`全社会研究开发投入占生产总值比重达到2.6%`, Hangzhou 2008); funds from outside it named the country's own are
 * the funds from outside it (`市外国内资金` is 市外资金).
 */
const compactBase = (label: string) =>
  label
    .replace(/\s+/g, "")
    // So is the nation's output named 国内生产总值 in the State Council's report (`研究与试验开发经费…占国内生产总值的比重`, 2003).
    .replace(/占(?:全[省市区县州](?:地区)?|国内)生产总值的?比重/g, "占地区生产总值比重")
    // So is the share of the output written with 的 (`数字经济核心产业增加值占GDP的比重达6.5%`, Qujing 2021): the same share.
    .replace(/占(地区生产总值|GDP)的比重/g, "占$1比重")
    // A sector's share of the place's economy or of its size (`服务业发展提速。增加值占全市经济比重达到46%`, Tianjin 2012;
    // `占全市经济总量的比重`): its share of the place's output.
    .replace(/(?<=增加值|产业|服务业)占全[省市区县州](?:经济总量|经济)的?比重/g, "占地区生产总值比重")
    .replace(/研究与?开发/g, "研发")
    // 研究与实验发展 is 研究与试验发展 in another character (`研究与实验发展经费支出占生产总值比重从1.3%提高到2.1%`, Guangdong
    // 2013), and 研究和试验发展 with another conjunction (`研究和试验发展经费支出占地区生产总值的比重`, Harbin 2011): the same R&D.
    // So is 研究与试验开发, an older report's wording (`全国研究与试验开发经费…占国内生产总值的比重从0.64%提高到1.13%`,
    // State Council 2003).
    .replace(/研究[与和][试实]验(?:发展|开发)/g, "研究与试验发展")
    // The R&D funds put in against the output (`全社会研究与试验发展经费投入与地区生产总值之比为1.75%`, Kunming 2016): the funds
    // spent against it, the R&D intensity (研发经费支出与地区生产总值之比), whichever name the R&D is written in.
    .replace(/(?:研发|研究与试验发展|R&D)经费(?:投入|支出)(?=与(?:地区|国内)生产总值之比)/g, "研发经费支出")
    // The funds from outside the place said to be the country's own (`到位市外国内资金790亿元、增长30.2%`, Jining 2014): the
    // funds brought in from outside the place (市外资金), as against foreign capital.
    .replace(/(?<=[省市州盟]外)(?:国内|境内)(?=资金)/g, "")
    // A sector's share written with 所占 or 的 (`第三产业所占比重达到67.7%`, `第三产业的比重达到72%左右`, Beijing 2006), the
    // output it is a share of between (`第三产业在生产总值中的比重由36.9％增加到37.7％`, Shaanxi 2010), there with 占 (`第三产业…，
    // 在国内生产总值中占的比重由32.2%提高到40%`, Zhejiang 2003).
    .replace(/(第[一二三]产业|服务业)(?:增加值)?(?:在(?:地区|国内)?生产总值中)?(?:所占|占的?|的)比重/g, "$1比重")
    // The particles' size written as a Markdown subscript (`PM_2.5平均浓度降至34微克/立方米`, Nantong 2021): PM2.5.
    .replace(/PM_(?=2\.5|10)/g, "PM")
    // Life expectancy written with 期望 for 预期 (`市民平均期望寿命达到80.6岁`, Shanghai 2008): the same measure.
    .replace(/期望寿命/g, "预期寿命")
    // The nine years of compulsory schooling written with a digit (`9年义务教育巩固率达84%以上`, Bijie 2014): 九年义务教育.
    .replace(/(?<![\d０-９.])[9９]年义务教育/g, "九年义务教育")
    // So is compulsory schooling named bare, no number of years before it (`义务教育巩固率由93.8%提高到95.5%`, State Council
    // 2023): the nine years are the compulsory ones.
    .replace(/(?<![年\d０-９.])义务教育巩固率/g, "九年义务教育巩固率")
    // The disposable income written 可支配性收入 (`城镇居民人均可支配性收入达到9421元`, Shenyang 2001), and the green coverage
    // of the city's area written with 内 (`城区内绿化覆盖率达到23.91%`): the same measures.
    .replace(/可支配性收入/g, "可支配收入")
    .replace(/(城区|市区|建成区)内(?=绿化覆盖率)/g, "$1")
    // The participation rate named bare after the scheme's subsidy in the clause before it (`新型农村合作医疗人均补助标准从
    // 上年的40元提高到80元，参合率达到92.1%`, Guizhou 2009): 参合 is joining the cooperative medical scheme, whose rate it is.
    .replace(/^参合率/, "新农合参合率")
    // Tourism named as the industry, the verb of its figure between it and its revenue (`旅游业实现总收入370.7亿元，增长26.1％`,
    // Hunan 2005): the tourism revenue, 旅游业总收入.
    .replace(/旅游业?(?:实现|完成|创)(?=总?收入)/g, "旅游业")
    // The tourism industry's comprehensive revenue (`提升发展旅游业，实现综合收入600亿元`, Zhenjiang 2014: 旅游业综合收入): the
    // tourism revenue, 旅游综合收入.
    .replace(/旅游业(?=综合收入)/g, "旅游")
    // The tourists' spending named as a total (`旅游消费总额达到710亿元`, Linyi 2018; `实现旅游消费总额964亿元、增长13.8%`,
    // Jinan 2018): the tourism revenue, 旅游总消费.
    .replace(/旅游消费总额/g, "旅游总消费")
    // The banks' balances of the whole place (`银行贷款余额突破万亿元，增长19.9%`, Huzhou 2024): the financial institutions'
    // balances, not those of one kind of bank (`农村商业银行贷款余额`), whose name comes first.
    .replace(/^(全[省市区州县])?银行业?(?:金融机构)?(?=(?:本外币|人民币)?(?:各项)?(?:存|贷)款余额)/, "$1金融机构");

/**
 * R&D put in or spent, its funds named or not, said to be as much as a share of the output: see {@link compactLabel}.
 * 研究与发展 is R&D written out in other words (`全社会研究与发展经费支出相当于国内生产总值的比重达到2.2%`, Shanghai 2004).
 */
const RD_AGAINST_OUTPUT = /(?:研发|研究与试验发展|研究与发展|R&D)(?:经费)?(?:投入|支出)相当于(?=(?:全[省市区县州]|地区|国内)?生产总值|GDP)/g;

/**
 * A label as the vocabulary's names are matched in it ({@link compactBase}). The R&D put in said to be as much as a share
 * of the output (`全社会研究与开发投入相当于生产总值的1.34%`, Zhejiang 2007) is the R&D spending against it (研发经费支出相当于),
 * the R&D intensity, as with 经费 named.
 */
const compactLabel = (label: string) => {
  const c = compactBase(label);
  return c.includes("相当于") ? c.replace(RD_AGAINST_OUTPUT, "研发经费支出相当于") : c;
};

/**
 * A place named with its suffix (`owner`, `昌吉市`) that shares its name with the report's place but not its level
 * (`昌吉回族自治州`: the prefecture and its seat, or `长沙市` and `长沙县`): another place, the report's own part at most.
 */
function sameNameOtherLevel(owner: string, place = ""): boolean {
  const m = /^(\p{Script=Han}{2,3})(市|州|县|盟)$/u.exec(owner);
  if (!m || !place || place === owner || !place.startsWith(m[1]!)) return false;
  return !place.endsWith(m[2]!);
}

/**
 * Words right after a name that opens the label which make the figure another thing: the name's increment (`增量`), or the
 * time goods take through customs (`进出口整体通关时间分别压减44.03%、52.6%`, Mianyang 2020: the clearance times of imports
 * and exports cut, no change of trade).
 */
const NOT_AFTER_OPENING = /^(?:增量|(?:货物)?(?:整体)?通关)/;

/** Labels without their opening words, and without a yearly average after them. */
const OPENED = new TextCache<0, readonly [string, string]>(4096);

/**
 * Whether `word` is the place's own name, short of its suffix, with 地区 (`广州地区`, in 广州市's report: its customs area,
 * the city whole): the place itself, no part of it.
 */
export function ownArea(word: string, place: string): boolean {
  return /^\p{Script=Han}{2,}地区$/u.test(word) && word.length - 2 < place.length && place.startsWith(word.slice(0, -2));
}

/**
 * A name of the vocabulary occurs in the label: anywhere but after a word that makes it the measure of another
 * indicator ({@link PER}: `单位GDP能耗` names no GDP) or of a part of the place ({@link PART_OF}), nor before a word
 * for what the named thing has ({@link OWNED}: `幼儿园学位` counts no kindergartens), or at its start
 * for a name written `^经济增长` (the whole label for `^出口$`), or at its end for a name written `脱贫$` (not as one of several kinds added up).
 * `label` is the figure's label with its spaces taken out ({@link compactLabel}).
 */
function nameIn(label: string, name: string, sums = false, otherPlace?: (name: string) => boolean, place?: string, city = false, below = false): boolean {
  if (name.startsWith("^")) {
    // The year compared with may stand between the name and its verb (`出口比上年增长24.3%`); a name written
    // `^出口$` is the whole label (`其中出口351.9亿美元`), not the start of another (`出口交货值`, `出口退税`).
    // So may the words of a yearly average (`其中出口由101.1亿美元增加到294.2亿美元，平均每年增长23.8%`: 出口平均每年增长).
    // A yearly average may open it too (`“十五”期间年均经济增长速度预期目标为7%左右`, State Council 2001): the name's average.
    // Read once per label, not once per name.
    const [opened, averaged] = OPENED.get(label, 0, () => {
      const opened = label.replace(OPENING, "").replace(PLANNED, "").replace(SINCE_LAST_YEAR, "").replace(YEARLY_BEFORE_CHANGE, "").replace(HELD_BEFORE_CHANGE, "");
      return [opened, opened.replace(/^(?:年均|平均每年|每年平均)/, "")] as const;
    });
    if (name.endsWith("$")) return opened === name.slice(1, -1);
    // A size class of firms or projects the name sets (`进出口总额1亿美元以上外贸企业`, see SIZE_CLASS): their count or growth.
    if (opened.startsWith(name.slice(1)) && SIZE_CLASS_LATER.test(opened.slice(name.length - 1))) return false;
    return (opened.startsWith(name.slice(1)) && !NOT_AFTER_OPENING.test(opened.slice(name.length - 1))) || (averaged !== opened && averaged.startsWith(name.slice(1)) && !NOT_AFTER_OPENING.test(averaged.slice(name.length - 1)));
  }
  // A name written `脱贫$` ends the label: the deed itself (`贫困人口全部脱贫`), not a group named by it (`脱贫人口务工规模`),
  // nor the deed denied (`贫困人口仍未脱贫`, `全市还有8.4万人没有脱贫`: those still poor).
  if (name.endsWith("$")) {
    const deed = name.slice(0, -1);
    const before = label.slice(0, -deed.length);
    return label.endsWith(deed) && !/(?:未|没有?)$/.test(before) && !(sums && JOINED_BEFORE.test(before)) && !ofOthers(before);
  }
  for (let at = label.indexOf(name); at >= 0; at = label.indexOf(name, at + 1)) {
    const before = label.slice(0, at);
    const after = label.slice(at + name.length);
    // Another place's economy (`成都经济总量`): a bare name the report writes elsewhere as a city's (成都市), not a
    // verb the figure opens with (`完成地区生产总值`, though the text writes 完成市…, 完成州级…).
    const owner = before.replace(LEAD_YEAR, "").replace(OPENING, "");
    if (ECONOMY_SIZE.test(name) && !OPENS_FIGURE.test(owner) && otherPlace?.(owner)) continue;
    // So is a bare name right after the economy's (`到2025年，经济总量仁怀突破2000亿元，汇川达到600亿元`, Zunyi 2021, with
    // `仁怀市` in the text): the targets of the counties and cities named one by one.
    if (ECONOMY_SIZE.test(name) && otherPlace?.(after.replace(/(?<=^\p{Script=Han}{2,3})[市县]$/u, ""))) continue;
    // A region of the place named by a character of the place's name and its compass points (`陕北生产总值占全省比重提升
    // 0.6个百分点，陕南生产总值增长46.2%`, Shaanxi 2021; `苏北`, `蒙东`): that region's economy, not the place's own (which
    // is never so named: `山西` in 山西省's report is the place itself).
    if (ECONOMY_SIZE.test(name) && place && compassRegion(owner, place)) continue;
    // The province's whole in the report of a place below it (`办好全省30件民生实事`, Ganzi 2019): the province's. So is
    // what its government set, by the fields it spans or not (`在承接省政府十方面30项民生实事项目的同时`, Huzhou 2024, before
    // the city's own), or with the verb of its setting them (`在办好省政府确定的10件民生实事的基础上，今年市政府还要办好10件民生实事`,
    // Jincheng 2020).
    if (city && /(?:全省|省政府|省委省政府)(?:确定|部署|下达|安排)?的?(?:[一二三四五六七八九十\d]+个?方面)?$/.test(before)) continue;
    // So is the country's in the report of a place below it (`全国居民消费价格上涨2%` beside the city's own); not the national
    // congress's deputies or the national committee's members, whose suggestions the place handles (`办理全国人大代表建议9件`).
    if (below && /全国$/.test(before) && !/^(?:人大|政协)/.test(name)) continue;
    // A main aggregate of a city, prefecture, county or league the report names, written with its suffix
    // (`阜新市固定资产投资增长19%`, `朝阳市一般公共预算收入增长21.7%`, Liaoning 2019): that place's, not the report's
    // (but not a verb or a whole before 市, `带动全市工业技改投资`, `完成城市…投资`).
    const suffixed = /^(\p{Script=Han}{2,3})(?:市|州|县|盟)$/u.exec(owner)?.[1];
    // Not the report's own place, unless named at another level (`昌吉市空气优良率达到74%` in the report of 昌吉回族自治州,
    // Changji 2020: the prefecture's seat, a city of the same name).
    const another = (stem: string) => otherPlace?.(stem) || sameNameOtherLevel(owner, place);
    if (suffixed && AGGREGATE.test(name) && !/全|城$/.test(suffixed) && another(suffixed)) continue;
    // The districts or counties a count numbered, their name left bare before an aggregate (`预计13个区国内生产总值和财政收入
    // 分别为593亿元和49.6亿元，同比增长14％和30％`, Wuhan 2002: 区国内生产总值): the sum of those parts, not the place's own;
    // so is each one's threshold (`全市8个县区财政总收入过10亿元`, Ji'an 2014), and the threshold more of them are to pass
    // (`争取有更多的区县国内生产总值超过100亿元`, Tianjin 2004), with the whole society's investment named so too
    // (`各县区全社会固定资产投资均突破100亿元`, Xinyang 2014: each county's, not the city's).
    if (AGGREGATE.test(name) && /^(?:各|(?:争取|力争|推动|促进|使)?有?(?:更多|越来越多)的?)?(?:区|县|县（市）|县市|县区|区县|乡镇)(?:国内|地区|全社会)?$/.test(owner)) continue;
    // The parks' aggregate or output (`力争园区规上工业产值突破350亿元`, Lincang 2023): theirs, a part of the place's. So is
    // that of the counties taken together or of the industry by the port or airport (Qinzhou 2018: `县域规模以上工业总产值
    // 增长19.5%`, `临港规模以上工业总产值增长36.3%`, beside the city's own 24.8%); not in a county's own report, whose 县域 is
    // its whole.
    if ((AGGREGATE.test(name) || /产值$/.test(name)) && (/园区$/.test(owner) || (/^(?:县域|临港|临空)$/.test(owner) && !/[县旗]$/.test(place ?? "")))) continue;
    // So is the air of a city the report names (`西宁市空气优良率达到77.6%`, Qinghai 2016), but not the cities of a grade,
    // whose share is the place's own measure (`地级市空气质量优良天数比例`).
    if (suffixed && AIR.test(name) && !/全|城$|^(?:地级|县级|设区|省辖)$/.test(suffixed) && another(suffixed)) continue;
    // The figure of a few other provinces or countries counted by name (`闽粤两省招商项目到位资金70亿元`, Ningxia 2023, beside
    // `全年招商引资到位资金1785亿元`): theirs, a part of the place's whole at most.
    if (SOME_PROVINCES.test(before)) continue;
    // The revenue of a lower tier of the place's governments (`全年县级地方财政收入增幅达到27.6%，比全省平均水平高1.3个百分点`,
    // Shandong 2007): that tier's part of the place's revenue.
    if (/收入/.test(name) && /^(?:县级|县乡|乡镇|乡级)$/.test(owner)) continue;
    // So is the revenue raised within the place's bounds (`来源于深圳辖区的一般公共预算收入达1.11万亿元`, Shenzhen 2022, beside
    // its own `地方一般公共预算收入4258亿元`): the central taxes counted in, no revenue of the place's budget.
    if (/收入/.test(name) && /来源于[^，,；;]*(?:辖区|境内|区域)(?:内)?的?$/.test(before)) continue;
    if (EACH_PART.test(owner)) continue;
    // So is the foreign capital one sector drew, summed over years or not (`全省工业累计实际利用外资78亿美元`, Liaoning 2003,
    // beside `五年实际直接利用外资138.4亿美元`): that sector's part.
    if (/外资|外商/.test(name) && SECTOR.test(before.replace(/(?:累计|共)$/, ""))) continue;
    // So is the energy one sector uses per unit of its output (`规上工业能耗强度下降19.4%`, Zhejiang 2023): that sector's
    // intensity, not the energy used per unit of the place's GDP.
    if (/能耗|能源消耗/.test(name) && SECTOR.test(before)) continue;
    if (name.includes("投资") && (SECTOR.test(before) || NARROWER.test(before) || ATTRACTED.test(before) || TOWN_OR_COUNTRY.test(before) || SECTOR_ECONOMY_NAMED.test(owner))) continue;
    // So is an investment that names a kind of projects, their investment after it (`今年实施150个亿元以上重点工业投资改造项目，
    // 完成投资750亿元`, Anqing 2014: 亿元以上重点工业投资改造项目投资): those projects', not the place's investment in industry.
    if (name.includes("投资") && /项目/.test(after)) continue;
    // Their output too (`四大优势产业完成规模以上工业产值1185亿元`, `战略性新兴产业完成规模以上工业产值562亿元`, Guilin 2016).
    if ((name.endsWith("增加值") || name.endsWith("产值") || SHARE.test(name)) && SOME_INDUSTRIES.test(before.replace(/(?:累计)?(?:完成|实现)$/, ""))) continue;
    // So is the output of one industry named by its product (Puer 2023: `茶产业实现规上工业产值17亿元以上`): that industry's, not
    // the place's; not the three sectors of the national accounts (`第二产业`, `三次产业`).
    if (name.endsWith("产值") && NAMED_INDUSTRY.test(before.replace(/(?:累计)?(?:完成|实现)$/, ""))) continue;
    if (name === "高新技术企业" && LOWER_GRADE.test(before)) continue;
    // The firms above the designated size of a sector whose indicator names the sector whole (`规模以上服务业增加值增长8%以上`,
    // Zhongwei 2023): those firms' value added or output, not the sector's (an indicator named with the class, 规模以上工业增加值,
    // matches from its own first word). Not high-tech industry, whose value added is counted over those firms alone
    // (`年内全省规模以上高新技术产业增加值增长10%以上`, Hebei 2016).
    if (/(?:规模以上|规上)$/.test(before) && /(?:增加值|产值)$/.test(name) && !/^高(?:新)?技术/.test(name)) continue;
    // A share whose label names the part before it (`商贸物流营收占规上服务业比重`): the part's share of the named whole.
    if (SHARE.test(name) && /占/.test(before)) continue;
    // The report's own place named with its suffix (`北京市生产总值达到4283.3亿元`, Beijing 2005) is the place itself.
    if (ECONOMY_SIZE.test(name) && OTHER_PLACE.test(before) && owner !== place) continue;
    // So is a district, county or banner of the place named with its suffix (`争取2026年甘州区生产总值突破330亿元`, Zhangye 2022):
    // that part's output, not the city's; not the report's own place.
    const namedPart = ECONOMY_SIZE.test(name) ? PART_NAMED.exec(before)?.[1] : undefined;
    if (namedPart && !place?.startsWith(namedPart)) continue;
    // The sector may be told as an area within which the output is counted (`全市县域范围内地区生产总值超3200亿元`, Mianyang
    // 2024: the counties' output, a part of the city's).
    // So may the verb of its figure stand between the area and the output (`县域实现生产总值2330亿元`, Shaoyang 2025).
    if (ECONOMY_SIZE.test(name) && SECTOR_ECONOMY.test(owner.replace(/(?:(?:范围)?内|实现|完成)$/, ""))) continue;
    // So is any main aggregate of a kind of ownership (`民营规上工业增加值`: {@link OWNERSHIP_ECONOMY}).
    if (AGGREGATE.test(name) && OWNERSHIP_ECONOMY.test(owner.replace(/(?:规模以上|规上)$/, "").replace(/(?:实现|完成)$/, ""))) continue;
    if (ECONOMY_SIZE.test(name) && LISTED_NAMES.test(owner) && !owner.split("、").some((n) => SECTOR_ECONOMY.test(n) || /^[全我本]|[业产]$/.test(n))) continue;
    // Any measure of two or more bare names the report writes elsewhere as places of its own (Shaoyang 2025: `力争邵东、武冈
    // 城镇化率提升1.5个百分点以上`, with 邵东市 and 武冈市 in its text): the targets of those places, not the report's own.
    if (otherPlace && LISTED_NAMES.test(owner) && owner.split("、").every((n) => otherPlace(n))) continue;
    if (/[进出]口/.test(name) && TRADE_PART.test(owner)) continue;
    // The balances of one kind of bank, named before the banks (`外埠银行业金融机构贷款余额增长13.7%`, Chengde 2014, beside
    // `银行业金融机构存贷款余额分别增长17.8%和14.2%`; `农商银行各项贷款余额`): that kind's, not the place's (the banks named
    // bare, `银行业金融机构`, are all of them: {@link compactLabel}).
    if (name.includes("款余额") && /\p{Script=Han}银行业?(?:金融机构)?$/u.test(owner)) continue;
    if (name.includes("零售") && QUOTA_CLASS.test(before)) continue;
    // So are those of the counties and below, the towns or the countryside, as the statistics split them (`县及县以下社会消费品
    // 零售总额首次超过30亿元，增长9.8%，农牧区消费增长快于城市`, Xizang 2004): that part's, not the place's whole.
    if (name.includes("零售") && RETAIL_PART.test(before)) continue;
    if (name.endsWith("园") && GRADED.test(before) && !BUILT.test(before)) continue;
    // `出口` right after `进` is the second half of `进出口` (`服务贸易进出口总额`): imports and exports, never exports alone.
    if (name.startsWith("出口") && before.endsWith("进")) continue;
    if (sums && (JOINED_BEFORE.test(before) || JOINED_AFTER.test(after))) continue;
    if (sums && /园$/.test(name) && (SCHOOLS_BEFORE.test(before) || SCHOOLS_AFTER.test(after))) continue;
    if (TAKEN_IN.test(before)) continue;
    if (REACH_AFTER.test(after)) continue;
    if (sums && LINE_OF.test(after)) continue;
    if (sums && SHOWCASE_OF.test(after)) continue;
    if (name.includes("就业") && GROUP_JOBS.test(before)) continue;
    if (/^(?:研发|R&D|研究与试验发展)/.test(name) && FIRMS.test(before)) continue;
    if (name === "市场主体" && (REACHED.test(before) || MARKET_ENTITY_KIND.test(before) || ON_REGISTER.test(before))) continue;
    if (SAFETY_WORKS.test(after) || UPKEEP.test(after)) continue;
    if (/公路|路$/.test(name) && NETWORK_LENGTH.test(after) && !BUILT_BEFORE.test(before)) continue;
    if (TRAINING.test(after)) continue;
    const places = PLACES_IN.exec(after);
    if ((places && (places[1] === "" || /园$/.test(name))) || TENDED.test(after)) continue;
    if (name.startsWith("用于") && OTHER_FUND.test(before)) continue;
    if (name === "会议" && HOSTED.test(before)) continue;
    // The spending on meetings (`“三公”经费、会议费支出下降14.6%`, Zhanjiang 2016): money, not the number of meetings held.
    if (name === "会议" && /^(?:经)?费/.test(after)) continue;
    if (ONE_PICKED.test(before)) continue;
    if (INTENSITY.test(after)) continue;
    if (CONTRIBUTION.test(after) && !CONTRIBUTION.test(name)) continue;
    if (USE_PER_UNIT.test(after)) continue;
    if (AGGREGATE.test(name) && SPENT_OUT_OF.test(after)) continue;
    if (/旅游|游客/.test(name) && TOURISM_KIND.test(before)) continue;
    if (/^(?:电商|电子商务|网络零售|网上零售)/.test(name) && E_COMMERCE_PART.test(before)) continue;
    // The people newly insured in a job, after the new jobs' name (`新增就业参保大专以上人数40多万`, Nanjing 2021: those with a
    // college degree who newly joined the insurance as employees): a count of the insured, not the new urban jobs.
    if (/就业$/.test(name) && /^参保/.test(after)) continue;
    // So are the poor helped into jobs, after the new jobs' name (`实现产业扶持3.75万人、新增就业扶持5300人`, Anshun 2016): a
    // count of people a poverty programme supports, not the new urban jobs.
    if (/就业$/.test(name) && /^(?:扶持|帮扶)/.test(after)) continue;
    if (name.endsWith("占") && SHARE_OF_INCREASE.test(after)) continue;
    // The increment of an aggregate (`财政收支增量双双突破100亿元`, Yunnan 2006: 财政支出增量) is no level of it, nor is the
    // amount its statistics gained by filling their gaps (`固投补缺100亿元，财税查漏53亿元`, Yulin 2020).
    if (/^(?:增量|补缺|补漏|查漏)/.test(after)) continue;
    // An output added (`力争新增粮食产量100万吨以上`): the increase of a year's output, not the output.
    if (/(?:产量|总产)$/.test(name) && ADDED.test(before)) continue;
    // So is a balance added to (`新增各项贷款余额200亿元以上`, Leshan 2022): the year's new loans, not the balance.
    if (name.endsWith("余额") && ADDED.test(before.replace(/(?:金融机构|人民币|本外币|各项)+$/, ""))) continue;
    // So is a main aggregate with 新增 or 净增 right before it, or 新增 closing the label after it (`力争新增固定资产投资
    // 1100亿元以上`, `全省生产总值新增1000亿元`): the amount added in the year, not the level reached (净增 after the name is
    // a verb of change, read as such: `城镇居民人均可支配收入净增1000元`).
    if (AGGREGATE.test(name) && (/(?:新增|净增)$/.test(before) || after === "新增")) continue;
    // A kind of people after the part (`脱贫县农村居民人均可支配收入`) keeps the figure that part's, and so does the list
    // of kinds in brackets after it (`5个县（市、区）人均地区生产总值`), and 的 after the part or its brackets (`8个县（市、区）
    // 的GDP超过100亿元`, Shangrao 2016).
    // `地区` alone before the name, or after the verb the figure opens with (`完成地区固定资产投资528亿元`), is the place's
    // own region, as in 地区生产总值: no part of it.
    // The whole place named last (`…全市`) makes it the place's again, but not the year (`综合保税区全年进出口总额`, Mianyang
    // 2024: the zone's trade over the year).
    // The verb of the figure after the part, an estimate's too (`涉农区市县预计实现地区生产总值1520亿元`, Dalian 2008: the farming
    // districts, cities and counties), leaves the part its subject.
    const part = before.replace(/(?:预计|可|将)?(?:完成|实现)$/, "").replace(/的$/, "").replace(/[（(][^（）()]*[）)]$/, "").replace(/(?:城镇|城乡|农村|乡村)$/, "").replace(/^(?:全年)?(?:完成|实现)/, "");
    if (ONE_SEX.test(before)) continue;
    // Measures listed after a unit of GDP they are taken per (`万元地区生产总值二氧化硫、化学需氧量年均下降10%`, Taiyuan
    // 2007): each per unit of GDP, as the first is, not the place's total.
    if (PER_GDP_LISTED.test(before)) continue;
    if (ofOthers(before)) continue;
    // The place's own name before `地区` (`广州地区进出口总值1037.8亿美元`, Guangzhou 2011, in 广州市's report: its customs
    // area, the city whole) is the place itself, no part of it.
    if (!PER.test(before) && !(PART_OF.test(part) && !/全[^年]$/.test(part) && !(place !== undefined && ownArea(part, place))) && !DISTRICT_DID.test(before) && !NOT_WHAT_IS_NAMED.some((re) => re.test(after))) return true;
  }
  return false;
}

/**
 * A label that is one name in quotes and nothing else (`1012户3678人“脱贫监测户”`, `5次“国考”`) names a group or a
 * campaign by its slogan: it counts the members of that group, not the indicator a word of the slogan recalls.
 */
const SLOGAN_ONLY = /^“[^“”]+”$/;

/**
 * Town or country residents' income named bare (`城乡居民收入分别增长6.5%和7.5%` → 城镇居民收入增长), or per head without
 * its kind (`城乡居民人均收入分别达到32193元和12638元，增长8.7%和9.4%`, `…人均收入年均分别增长8.9%和10.9%`, Chongqing
 * 2018), residents counted where they live too (`城镇、农村常住居民人均收入年均分别增长9%和10%左右`, Zhongwei 2016), or all
 * residents' with no kind (`居民收入增长7.3%`, `居民收入年均增长7.4%`, State Council 2018): since the
 * statistics of 2014 on, when the country's income survey gave one measure to both, their per-head
 * disposable income; before, a country income was a net income, and stays unnamed, unless the sentence says the figures
 * are on the new survey's basis (`新口径城乡居民收入分别达19351元和10134元`, Yueyang 2014, of 2013): that measure then.
 */
function perCapitaIncome(label: string, year: number | undefined, newBasis: boolean): string {
  return (year !== undefined && year >= 2014) || newBasis
    ? label.replace(/^((?:全区|全市|全省|全县)?(?:城镇|农村)(?:常住)?|(?:全国|全区|全市|全省|全县)?(?:全体)?)居民(?:人均)?收入(?=(?:年均)?(?:增长|增速|增幅)|$)/, "$1居民人均可支配收入")
    : label;
}

/**
 * A sentence before a figure whose last subject named is the country (`我国经济实力…跃上新的台阶，国内生产总值突破…`), no
 * whole of the place's after it (`全市`, `我州`).
 */
const COUNTRY_SUBJECT = /我国(?:(?!全[市州省区县盟旗]|[我本][市州省区县盟旗]).)*$/u;

/**
 * A running total in a label (timespan.ts's, not one of the year itself: `全年累计`), nor one of months (`1-11月累计`),
 * nor a running change or level (`累计下降`, `累计浓度`), nor the running change of a measure per unit of output, which no
 * years can sum (`“十一五”前四年累计单位国内生产总值能耗下降14.38%`, State Council 2010).
 */
const RUNNING_TOTAL = new RegExp(`(?<!月)${CUMULATIVE.source}(?!增|下降|提高|减少|降低|上升|上涨|浓度|降幅|单位|万元)`);

/**
 * The poor population made smaller, closing a label (`农村贫困人口减少`, `减少贫困人口`; the poor on the register too, the count
 * before them: `减少6万建档立卡贫困人口`, Kunming 2016): group 1 or 2 the population; or the people who left poverty written
 * out (`59.6万人摆脱贫困`, Chongqing 2017).
 */
const POOR_FEWER = /(?:减少((?:建档立卡)?(?:农村)?(?:绝对)?贫困人口)|((?:农村)?(?:绝对)?贫困人口)(?:比上年)?减少|(?<![^累计全区市省县州])(?:减贫(?:人口)?|摆脱贫困))$/;

/** A way out of poverty before 脱贫 (`易地搬迁脱贫`, `生态补偿脱贫`, `发展教育脱贫`, `社会保障兜底脱贫`, `发展生产和转移就业脱贫`). */
const POVERTY_PATH = /(?:发展生产|转移就业|易地搬迁|异地搬迁|生态补偿|生态保护|发展教育|教育扶贫|社会保障兜底|兜底保障|政策兜底|兜底)脱贫$/;

/** The poverty exit a count of people is the task of, closing a label (`贫困人口预脱贫目标`, `脱贫任务`). */
const POOR_TASK = /(?<=贫困人口(?:预|稳定)?)脱贫(?:目标|任务)$/;

/** The base year a change is measured against (`比2015年`, `较2015年`), if the label names one. */
const baseYear = (label: string) => Number(/[比较](\d{4})年/.exec(label)?.[1] ?? Number.NaN);

/** A share right before the words of its use for people's livelihood, and another item after them (`…的50%以上用于民生、`). */
const SHARE_USED_BEFORE = /[%％](?:以上|左右)?用于民生[^%％\d]*[、，,]$/;

/** A share taken of a firm's sales or business revenue (`占销售收入`, `占主营业务收入比重`). */
const SHARE_OF_REVENUE = /占[^，,。；;]{0,6}?(?:销售|营业|主营业务|营业务)收入/;

/**
 * The vocabulary entry of a figure: one of its names occurs in the label, its unit family holds the figure's unit
 * and its measure agrees (a change such as 增长 6% never maps to a level such as 装机能力达到30万台; a total reached
 * never maps to additions).
 * The longest matching name wins; null when none fits, when the change is measured against an older base year, or
 * when the figure is about part of a year (`一季度`), its label is a slogan alone or it counts candidates.
 */
export function matchMetric(input: MatchInput, metrics: readonly Metric[]): Metric | null {
  // `一产、二产、三产增加值分别增长6%、8%、5%左右`: the sectors by their short names; `一产增长6.9%`, the short name
  // alone before its growth, is the growth of the sector's value added.
  // `研究与试验发展（R&D）经费占GDP比重`: an abbreviation in brackets repeats the name before it.
  // `城镇居民年人均可支配收入`, `农村居民年人均纯收入`, `农牧民年人均纯收入` (an older report's words): the yearly income
  // per head, the survey's own measure.
  // `农区居民人均纯收入` (a city of farming and mining districts, Wuhai 2014): the residents of its farming districts, its
  // rural residents, and so are its resident residents (`城镇和农区常住居民人均可支配收入分别增长6.4%、10.2%`, Wuhai 2020), the
  // rural residents counted where they live. An older report's words for the same measures: `城镇居民可支配收入7471元` (no 人均: the survey's
  // income is per head) and `农村人均纯收入3010元` (the country's residents, unnamed), Heilongjiang 2005.
  const label = perCapitaIncome(
    input.label
      // The nation's fiscal revenue named bare (`全国财政收入3.93万亿元`, `国家财政收入达13380亿元`, State Council 2007): its
      // budget's revenue, central and local, the general public budget revenue; in a place's report a bare 财政收入 may be
      // either budget's, and stays unnamed.
      .replace(/^((?:全国|国家)?)财政收入(?!总)/, (m, whole: string) => (input.nation === true ? `${whole}一般公共预算收入` : m))
      // An older report's words for per head (`农民按人口平均的纯收入达到309.8元`, State Council 1984): 人均.
      .replace(/按人口平均(?:计算)?的?(?=(?:可支配|纯|生活费)?收入)/, "人均")
      .replace(/(居民|农民|牧民)(家庭)?年人均(?=可支配收入|纯收入|收入)/, "$1$2人均")
      // The towns' residents of an older report named with the city proper they live in and the scope of the survey in
      // brackets (`城市市区居民（非农业）人均可支配收入达到11013元`, Jinan 2004): the urban residents' measure, the only one the
      // survey took; the city proper named alone (`市区居民`) stays a part of the place (matchMetric).
      .replace(/(城市|城镇)市区居民/, "$1居民")
      .replace(/(?<=(?:城市|城镇)居民)[（(]非农业?(?:人口)?[）)](?=(?:家庭)?(?:人均)?可支配收入)/, "")
      .replace(/农区(常住)?居民(?=(?:家庭)?人均(?:可支配收入|纯收入))/, "农村$1居民")
      // So is the rural residents' disposable income named the same way beside the towns' (`城镇居民可支配收入完成24536元，
      // 增长7%;农村居民可支配收入完成12335元，增长7%`, Dandong 2016): the survey's income per head, its rural measure.
      .replace(/((?:城镇|城市|农村)居民(?:家庭)?)(?=可支配收入(?!总[额量]))/, "$1人均")
      // So is the residents' income named with no kind of residents (`居民可支配收入增长9%`, Handan 2014): the survey's
      // income per head of all residents.
      .replace(/(?<!城镇|城市|城乡|农村|牧区|农区)居民(家庭)?(?=可支配收入(?!总[额量]))/, "居民$1人均")
      .replace(/农村(?=人均纯收入)/, "农村居民")
      // So is the rural residents' net income named with no 人均 beside the towns' (`城市居民可支配收入和农村居民纯收入均增长
      // 56%`, Dongguan 2012): the survey's income per head, as 城镇居民可支配收入 is; not a total (`农民纯收入总额`).
      .replace(/(农村居民(?:家庭)?|(?<![牧农])农民|农牧民)(?=纯收入(?!总[额量]))/, "$1人均")
      // All kinds of deposits or loans named with no balance (`各项贷款比年初增加297.54亿元，增长12.3％`, Fujian 2002): their
      // balance, the stock the banks hold, and its growth; so at the year's end, in a prefecture or a league
      // (`年末全州各项存款1286亿元`, Yanbian 2015).
      .replace(/^((?:年末|年底)?(?:全[省区市州盟县])?(?:金融机构)?(?:本外币|人民币)?各项(?:存款|贷款))(?=(?:增长|增速|增幅)?$)/, "$1余额")
      // The energy used per ten thousand yuan of GDP under GDP's older name (`万元国内生产总值综合能耗力争比上年降低5％`,
      // Hebei 2001): the energy intensity, as 万元生产总值综合能耗.
      .replace(/^((?:全[省区市])?万元)国内生产总值(?=(?:综合)?(?:能耗|能源消耗))/, "$1生产总值")
      // The farmers' disposable income per head (`城镇居民和农民人均可支配收入实际增长5%以上`, Beijing 2001) is the rural
      // residents' measure of that name, as 农民人均纯收入 is theirs of net income.
      .replace(/(?<!牧)农民(?=(?:家庭)?人均可支配收入)/, "农村居民")
      // The towns named bare before the income per head, beside the farmers' (`城镇和农民人均可支配收入分别达到28260元和
      // 11148元`, Yinchuan 2016), are their residents: the urban residents' measure, as the country's bare name before net
      // income is the rural residents'. So is the countryside named bare beside the towns (`全市城乡人均可支配收入年均增长6.5％、
      // 8.5％`, Datong 2021: 农村人均可支配收入), the rural residents' measure.
      .replace(/(?<![城乡])(城镇|城市|农村)(?=(?:常住)?人均可支配收入)/, "$1居民")
      // Grain counted with beans and tubers, as the statistics count it (`粮豆薯总产量达313.5亿公斤`, Heilongjiang 2005), is
      // the grain output.
      .replace(/粮豆薯(?=总产|产量)/, "粮食")
      // The year's investment named with 年 (`全社会固定资产年投资首次突破千亿元`, Heilongjiang 2003) is the investment.
      .replace(/固定资产年投资/, "固定资产投资")
      // The public budget's revenue without 一般 (`全市地区生产总值、规模以上工业增加值、公共预算收入分别增长10%`, Yichun
      // 2014) is the general public budget's, the budget revenue.
      .replace(/(?<!一般|财政)公共预算收入/, "一般公共预算收入")
      // The general budget's revenue of the locality with its words in the other order (`一般地方预算财政收入226亿元，剔除不可比
      // 因素，增长12％`, Shenzhen 2001) is the local general budget's, the budget revenue.
      .replace(/一般地方预算(财政)?收入/, "地方一般预算$1收入")
      // An older report's name of the total budget revenue, the local budget's with the taxes shared with the centre
      // (`财政一般预算总收入1395.7亿元，增长31.8%`, Sichuan 2008), is the total fiscal revenue, not the local budget's.
      .replace(/(?:财政)?一般预算总收入/, "财政总收入")
      // The fiscal revenue the place organises (`组织财政收入223.8亿元，增长7%`, Guilin 2017: a Guangxi city's words for the
      // revenue collected in it, the centre's share too) is the total fiscal revenue.
      .replace(/^(?:全[市区县州]|[我本][市区县])?组织财政收入/, "财政总收入")
      // So is the fiscal revenue that comes from the place (`来源于我市的财政收入277.92亿元`, Shantou 2014: the revenue raised in
      // it, the shares passed up too, beside the budget's own `其中公共财政预算收入…`).
      .replace(/^来源于(?:[我本全][市区县州省]|本地区?)的?财政(?:总)?收入/, "财政总收入")
      // The deputies' suggestions and the members' proposals handled, named without their bodies (`办理代表建议307件、委员
      // 提案334件`, Ningde 2022): those of the people's congress and of the CPPCC, the only deputies and members a
      // government's report answers.
      .replace(/^((?:办理|办结|承办)?)代表建议/, "$1人大代表建议")
      .replace(/^((?:办理|办结|承办)?)委员提案/, "$1政协委员提案")
      // The visits received told bare (`旅游接待3300万人次，增长14%`, Zhanjiang 2016) are the tourist arrivals; not a thing of
      // them (`旅游接待设施`, `旅游接待能力`).
      // So are they after the year's verb of getting them (`力争年实现旅游接待4700万人次`, Shiyan 2016).
      .replace(/^(?:全[市区县州省]|[我本][市区县州省])?(?:全?年实现)?旅游接待(?=$|增长|增速)/, "旅游接待人次")
      // Society's spending on scientific research (`全社会科研投入25.8亿元，增长8%`, Guilin 2017) is its R&D spending, as
      // 全社会研发投入 is; not the spending on science and technology (`科技投入`), which is wider.
      .replace(/^全社会科研(经费)?投入/, "全社会研发$1投入")
      // Society's R&D costs as a share of GDP (`全社会研发费用占GDP比重3.48%`, Nanjing 2021) are its R&D spending's share, the
      // R&D intensity; not a firm's costs (`研发费用加计扣除`), which no share of the output measures.
      .replace(/研发费用(?=占(?:GDP|地区生产总值|生产总值))/, "研发经费")
      // So is society's R&D spending's share opening the label (`全社会研发经费占比提高到3.2%`, Qingdao 2016), as `R&D占比` is.
      .replace(/^((?:全[市省区])?全社会)研发(?:经费)?(?:投入|支出)?占比/, "$1研发经费占GDP比重")
      // Foreign capital used, told as the funds of it actually received, with its scope in brackets or not
      // (`利用外资（全口径）实际到位资金3.6亿美元`, Liuzhou 2014), is the foreign investment actually used.
      .replace(/^(?:全[市省区州])?利用外资(?:[（(][^（）()]{1,6}[）)])?实际到位(?:资金)?/, "实际利用外资")
      // So is the registered foreign capital named before its arrival (`注册外资实际到账25亿美元`, Nantong 2014), the words of
      // `实际到账注册外资` in the other order.
      .replace(/^((?:全[市省区州])?)注册外资实际到(?:账|位)(?:资金)?/, "$1实际到账注册外资")
      // The balances of deposits and loans at the year's end, the time written inside the name (`金融机构年末存贷款余额分别达到
      // 3561.1亿元、2276.5亿元`, Jining 2014: 金融机构年末存款余额; `存款年末余额`), are the balances: the time is no word of them.
      .replace(/(?:年末|年底)(?=(?:本外币|人民币)?(?:各项)?[存贷]款余额)/, "")
      .replace(/(?<=[存贷]款)(?:年末|年底)(?=余额)/, "")
      // Deposits and loans of every kind (`金融机构各类存贷款余额达1230亿元、290亿元`, Tibet 2011) are those of every item,
      // 各项存款余额, the balances.
      .replace(/各类(?=(?:本外币|人民币)?[存贷]款余额)/, "各项")
      // Foreign capital used directly, opening the label (`外贸进出口和直接利用外资均增长10%`, Jilin City 2022), is the
      // foreign direct investment actually used (实际直接利用外资); not the capital contracted (`合同直接利用外资`).
      // Nor the capital contracted told after the name (`全市直接利用外资合同额35.1亿美元`, Tianjin 2004).
      .replace(/^((?:全[市省区州])?)直接利用外资(?!(?:新签)?(?:协议|合同))/, "$1实际直接利用外资")
      // Foreign direct investment by the amount its contracts agree (`外商直接投资协议金额120.5亿美元，实际到位54.5亿美元`,
      // Zhejiang 2004; `外商直接投资合同金额`) is the capital contracted, not that actually used: the contract's words first.
      .replace(/^((?:全[市省区州])?)外商直接投资(协议|合同)(?=金额|外资|投资额)/, "$1$2外商直接投资")
      // So is the foreign capital used by the amount of the agreements newly signed (`全省利用外资新签协议金额达到3.83亿美元`,
      // Zhejiang 1992; `利用外资合同金额`): the capital contracted, not that actually used.
      .replace(/^((?:全[市省区州])?)利用外资((?:新签)?(?:协议|合同))(?=金额|外资|投资额)/, "$1$2利用外资")
      // Areas counted before the figure (`实施35个片区5300多户棚户区改造工程`, Qingyang 2018) are where the work is done, the
      // whole place's, not a part of it named bare (`片区生产总值增长9.3%`, Dongguan 2018; {@link PART_OF}).
      .replace(/^片区(?=\p{Script=Han})/u, (m) => (/(?:\d|[一二三四五六七八九十两])个片区$/.test(input.clause ?? "") ? "" : m)),
    input.year,
    input.sentence?.includes("新口径") === true,
  )
    // A sector's short name with a verb before its value added (`二产实现增加值3434亿元、增长10.4%`, Daqing 2014) is the
    // same name.
    .replace(/(^|[^第])([一二三])产(?:实现|完成)?(?=增加值)/, "$1第$2产业")
    .replace(/(^|[^第一二三])([一二三])产(?=增长|增速)/, "$1第$2产业增加值")
    // So is the short name as the whole label of an amount, the output's parts after 其中 (`实现国内生产总值1367.8亿元，增长
    // 14.5%，其中一产105亿元，二产599.6亿元，三产663.2亿元`, Jinan 2004): each sector's value added.
    .replace(/^([一二三])产$/, "第$1产业增加值")
    // The tertiary sector's share of the economy by its short name and without 地区 (`三产业占生产总值比重达到41%`,
    // Changde 2016) is the services' share, as `第三产业增加值占地区生产总值比重` is; not the three sectors (`一二三产业`).
    // So is its share of 国内生产总值, an older report's name of the place's own output (`力争今年第三产业占国内生产总值的比重
    // 上升1个百分点`, Anhui 2002), and its share of GDP, the output's Latin name (`服务业占GDP比重达49.7%`, Shaoguan 2018).
    .replace(/(^|[^第一二])三产业(?=(?:增加值)?占(?:(?:地区|国内)?生产总值|GDP))/, "$1第三产业")
    .replace(/(第三产业|服务业)(?:增加值)?占(?:(?:地区|国内)?生产总值|GDP)(?:的)?比重/, "$1增加值占地区生产总值比重")
    // The sector's full name alone before its growth, closing the label (`第三产业增长13.8%`), is the same, and so before
    // its yearly average growth (`三次产业年均分别增长3.7%、12.7%和11.7%` → 第一产业年均增长, Guizhou 2006), and before its fall
    // (`第一产业增长2.7%、第二产业下降0.1%、第三产业增长4.4%`, Baoshan 2025).
    .replace(/(第[一二三]产业)(?=(?:年均)?(?:增长|增速|下降)$)/, "$1增加值")
    // The service sector named alone before its growth, the whole label (`服务业增长8.4%`, Luoyang 2022), is its value
    // added's growth, as the tertiary sector's is; not a kind of services (`现代服务业增长`).
    .replace(/^((?:全[市省区州]|[我本][市省区州])?服务业)(?=(?:年均)?(?:增长|增速)$)/, "$1增加值")
    .replace(/[（(][A-Za-z&＆]{2,6}[）)]/g, "")
    // High-tech enterprises by their short name (`新增高新企业600家以上，总数超过1800家`, Guangxi 2019) are the same firms.
    .replace(/高新企业/, "高新技术企业")
    // Sulphur dioxide named bare before its cut (`化学需氧量、二氧化硫、氨氮、氮氧化物分别削减2.29%、4.44%、4.46%和3.56%`,
    // Qiqihar 2016: the pollutants' emissions cut), as chemical oxygen demand is: its emissions' cut; so with the year
    // compared with before the verb (`二氧化硫、化学需氧量同比均削减3％以上`, Shaanxi 2010).
    // Not in a list of the air's pollutants that has carbon monoxide or ozone, whose concentrations are meant (`二氧化硫、
    // 一氧化碳、二氧化氮、臭氧分别下降41%、24.9%、22.1%、15.6%`, Shijiazhuang 2015): no emissions of theirs are cut.
    .replace(/^((?:全[市省区州县]|[我本][市省区州县])?二氧化硫)(?=(?:同比|比上年)?(?:削减|减排|下降|减少|降低)$)/, (m) =>
      /一氧化碳|臭氧/.test(input.clause ?? "") ? m : `${m}排放`,
    )
    // Its yearly emissions (`化学需氧量和二氧化硫年排放量分别减少5%和4.6%`, Hangzhou 2008) are its emissions: the year is
    // the time of the cut, no word of the pollutant's name.
    .replace(/(二氧化硫|化学需氧量)年(?=排放)/, "$1")
    // Patents per ten thousand of the population (`每万人口发明专利拥有量19.9件`, Anhui 2022) are the patents per ten
    // thousand people, the same measure.
    .replace(/万人口(?=(?:有效)?发明专利拥有量)/, "万人")
    // Industry above designated size written as its threshold of yearly revenue (`2000万元以上工业增加值`; 500万元
    // before 2011): the same class.
    .replace(/(?<!\d)(?:2000|500)万元以上(?:的)?(?=工业增加值)/, "规模以上")
    // The enterprises of that class by its short name before their profits (`全市规模工业企业实现利润总额70.6亿元`, Jilin City
    // 2022), as `规模工业增加值` is that class's value added: the profits of industry above designated size.
    .replace(/(?<![大中小])规模工业(企业)?(?=(?:实现|完成)?(?:利润|净盈利))/, "规模以上工业$1")
    // Their net profit (`规模以上工业企业…实现净盈利178.7亿元`, Jilin 2005) is their profit after their losses are offset.
    .replace(/((?:规模以上|规上)工业)(?:企业)?(?:实现)?净盈利/, "$1企业盈亏相抵后实现利润")
    // The value added of the enterprises of that class (`规模以上工业企业增加值增长19.9%`, with a verb too: `规模以上工业企业
    // 实现增加值1619.6亿元`, Heilongjiang 2005, and industry named again after it: `规模以上工业企业完成工业增加值1243亿元`,
    // Shanxi 2005) is the class's value added.
    .replace(/(规模以上|规上|规模)工业企业(?:工业)?(?:实现|完成)?(?:工业)?(?=增加值)/, "$1工业")
    // A verb between a sector and its value added (`规模以上工业实现增加值684亿元`, `服务业完成增加值…`, `农林牧渔业实现增加值
    // 3781亿元`) is the same name, and so with a modal or a pledge before the verb (`今年全市第三产业要完成增加值1273亿元，
    // 增长11%`, Beijing 1999), or an estimate's (`第三产业预计实现增加值53亿元，增长15%`, Jiayuguan 2014).
    .replace(/(?<=业)(?:要|将|需|力争|争取|确保|初步预计|预计)?(?:实现|完成)(?=增加值)/, "")
    // The level of urbanisation in a percentage (`城市化水平由48.7%提高到55%左右`, `使全省城镇化水平由目前的55.6%提高到60%左右`,
    // Zhejiang 2006 and Heilongjiang 2003: an older report's words) is its rate, its definition in brackets after it or not
    // (`2005年城市化水平（城市人口占总人口的比重）达到75％`, Shenzhen 2001).
    .replace(/(城市化|城镇化)水平(?:[（(][^（）()]{1,20}[）)])?$/, (m, name: string) => (familiesOf(input.unit).includes("percent") ? `${name}率` : m))
    // So is the level raised by some points (`户籍制度改革继续深化，全省城镇化水平提高1.3个百分点`, Anhui 2004): the rate's rise.
    .replace(/(城市化|城镇化)水平(?=(?:再)?(?:提高|上升|提升|增加)$)/, (m, name: string) => (familiesOf(input.unit).includes("points") ? `${name}率` : m))
    // Grain production as the whole label, told in a weight or an area (`粮食生产稳定在1200万亩、370万吨`, Ningxia 2016), is
    // the grain output or the grain area; not a kind of it (`优质粮生产`) nor its value (`粮食生产总值`).
    .replace(/^((?:全[市省区州县]|[我本][市省区州县])?粮食)生产$/, (m, grain: string) => {
      const f = familiesOf(input.unit);
      return f.includes("weight") ? `${grain}产量` : f.includes("area") ? `${grain}面积` : m;
    })
    // GDP named bare, in a percentage the whole year rose or fell back to (`全市生产总值由一季度的 3.8%回升到全年的 6.5%左右`,
    // Shaoguan 2016): the year's growth, its pace, as `地区生产总值增速由一季度0.5%逐季回升到全年6.1%` (Zhongwei 2016) says.
    .replace(/^((?:全[市省区州]|[我本][市省区州])?(?:地区|国内)?生产总值)$/, (m, gdp: string) =>
      familiesOf(input.unit).includes("percent") && /(?:回升|回落|加快|放缓)(?:到|至)全年的?\s*$/.test(input.clause ?? "") ? `${gdp}增速` : m,
    );
  const families = familiesOf(input.unit);
  // A fall of the poor population counted in people (`减少农村贫困人口10万人`, `贫困人口减少800万人`, `累计减少贫困人口
  // 55.99万人`, and in its short word `减贫12.1万人`, `累计减贫43万人`, Ningxia 2016) is the number of people who left
  // poverty: the count lifted out, no rate of change.
  const lifted = families.includes("people") && POOR_FEWER.test(label);
  // So is a count of people the label names as the poverty exit task done (`完成2.4万贫困人口预脱贫目标`, `…脱贫任务`).
  const task = families.includes("people") && POOR_TASK.test(label);
  const figure = { ...input, label: lifted ? label.replace(POOR_FEWER, "$1$2脱贫") : task ? label.replace(POOR_TASK, "脱贫") : label };
  // A label that ends on the thing's share of a whole (`民间投资增速提高38个百分点、占固定资产投资比重36.2%`, Xinjiang
  // 2020: the item after 、 told of the same subject) states a share, no change, whatever word of change stands before it.
  const change = !lifted && !SHARE_OF_WHOLE.test(compactLabel(figure.label)) && (figure.change || namesChange(figure.label));
  // The vocabulary's change indicators are year-on-year: a change over several years has no id of its own.
  const base = figure.baseYear ?? baseYear(figure.label);
  if (change && figure.year !== undefined && base < figure.year - 1) return null;
  // So has a change against the whole of an earlier plan period (`出口161.9亿美元，比“九五”时期增长1.3倍`, Sichuan 2006; the
  // period named bare: `地方一般公共预算收入累计超1.6万亿元、较“十三五”增长16.3%`, Hunan 2026): the sums over two terms
  // compared, not the level at the period's end (`比“十二五”末`); so has one against the span of as many years before the one
  // reviewed (`社会消费品零售总额、旅游业总收入分别达2123亿元和935亿元，比前五年分别增长116%和75%`, Zhuhai 2012), unless it is a
  // yearly average.
  if (change && /[比较](?:“[^“”]{2,6}”(?!(?:时期|期)?[末底])|前(?:[两三四五六七八九十]|\d{1,2})年(?!年均|平均))/.test(figure.label)) return null;
  // Nor is the change of a running total (`累计实现一般公共预算收入183亿元，增长21.3%`: the years' sum against the sum of the
  // years before), unless it is the yearly average of the amounts summed (`固定资产投资累计完成…，年均增长19.4%`), or a
  // total the year itself runs up (`全年累计`) or a running change (`累计下降`).
  // A running total within the one year the figure is of (`累计接待国内外游客2994.9万人次，…分别增长12%和19%` in the
  // review of that year, Leshan 2014) is that year's sum: its growth is the yearly one.
  if (change && RUNNING_TOTAL.test(figure.label) && !/年均|平均/.test(figure.label) && figure.singleYear !== true) return null;
  // The country's GDP named bare in the report of a place below it, the country the sentence's subject
  // (`我国经济实力、科技实力、综合国力跃上新的台阶，国内生产总值突破一百万亿元`, Changji 2021): the nation's economy, not
  // the place's, which is named with its whole (`全市国内生产总值`) or as the region's (`地区生产总值`).
  if (input.nation === false && /^(?:我国)?(?:人均)?国内生产总值/.test(figure.label) && input.sentence !== undefined && COUNTRY_SUBJECT.test(input.sentence)) return null;
  // An amount more than last year's, said with 新增 or 多 after the comparison (`全年空气优良天数达到324天，同比新增28天`,
  // Yinchuan 2020): the difference between the two years, no level and no change the vocabulary measures.
  if (!change && ADDED_SINCE_LAST_YEAR.test(figure.label)) return null;
  // A share a thing was bettered by, the verb right before the figure (`PM2.5平均浓度、空气优良天数分别改善16.3%和12%`, Yingkou
  // 2021): a change in the direction that is better for it, no level (the share of good days is not 12%), and no rise or fall
  // the vocabulary's changes read a sign from. Not a share put to a use that closes on 改善 (`新增财力的80%以上用于民生改善`).
  // Not a concentration bettered (`PM2.5平均浓度同比改善14.5%`, Weifang 2021), which the predicate reads as a fall.
  if (BETTERED.test(figure.label) && !figure.change && families.includes("percent") && (input.clause === undefined || input.clause.includes("改善"))) return null;
  if (SUB_YEAR.test(figure.label) || PER_DAY.test(figure.label) || SLOGAN_ONLY.test(figure.label.trim()) || CANDIDATES.test(figure.label) || POTENTIAL.test(figure.label)) return null;
  // A count of areas, the label opening with their noun right after the count (`实施天门塬、双桥路、太统路等12个片区棚户区
  // 改造`, Pingliang 2016): the areas the work is done in, no count of the homes or things the indicator counts.
  if (input.unit === "个" && AREAS_COUNTED.test(figure.label)) return null;
  // A count of items in 项 closing a list of named works with 等 (`其中新增农村道路畅通工程、…、城市老旧小区整治、…、城乡困难
  // 群体法律援助等6项`, Anhui 2016): the number of works listed, no count of the things one of them names.
  if (input.unit === "项" && LISTED_ITEMS.test(figure.label)) return null;
  // A count of projects after a list of kinds of work (`实施校舍安全工程、薄弱学校改造、农村幼儿园建设项目137个`, Jiuquan 2014):
  // the projects of all the kinds, no count of the things the last kind builds. Not a list of the places of livelihood
  // projects (`…民生实事项目`), which names the indicator's own things.
  if (families.includes("count") && KINDS_OF_PROJECTS.test(figure.label) && !BUILT_LISTED.test(figure.label)) return null;
  // The people one way out of poverty lifts (`发展生产和转移就业脱贫12.7万人左右`, `易地搬迁脱贫4万人左右`, `社会保障兜底脱贫
  // 7万人左右`, Guyuan 2016: the “五个一批” paths): a part of the exits, no count of the place's people lifted out.
  const path = POVERTY_PATH.test(figure.label);
  // Counts and amounts add up (`中小学和幼儿园98所`); rates, changes and multiples do not.
  const sums = !families.some((f) => f === "percent" || f === "points" || f === "permille" || f === "multiple" || f === "ratio");
  // A count before its label that names its things and then, after 等, the kind they are examples of (`市区48条主次干道、
  // 42条巷道综合治理和20处环卫工人休息室及文明公厕修建等省市列民生实事项目全部落实到位`, Qingyang 2018): it counts the things
  // named before 等 (rest rooms), not the kind (livelihood projects). Not a count after its label (`完成教育、卫生等民生实事12件`).
  const examples = EXAMPLES_THEN_KIND.exec(figure.label);
  if (sums && examples && input.clause !== undefined && !input.clause.includes(examples[1]!)) figure.label = examples[1]!;
  let best: Metric | null = null;
  let bestLength = 0;
  const compact = compactLabel(figure.label);
  // What the figure's label and clause say, whatever the indicator: read once, not once per indicator.
  const registered = REGISTERED.test(figure.label);
  const ruralUrbanisation = RURAL_URBANISATION.test(figure.label);
  const certified = figure.clause !== undefined && CERTIFIED.test(figure.clause.replace(/^.*\d[^、，,；;]*、/u, ""));
  const zoneLed = figure.clause !== undefined ? ZONE_LED.exec(figure.clause)?.groups : undefined;
  const ledByZone = zoneLed !== undefined && ![zoneLed.own!, ...zoneLed.between!.split("、")].some((item) => OPENING.test(item));
  const zoneListed = figure.clause !== undefined ? ZONE_LISTED.exec(figure.clause)?.groups : undefined;
  const listedByZone = zoneListed !== undefined && !zoneListed.items!.split(/[、和及与]/).some((item) => OPENING.test(item));
  const cityProper = /(?<!城市|城镇)市区居民/.test(compact);
  // A running total built up, told of one year (`累计建成国家高新技术企业26家`, Wuhai 2020): all there are, as a level
  // reached is; not the sum of what was added over years (`累计新增…`, `累计增加…`).
  const runningTotal = figure.singleYear === true && figure.label.startsWith("累计") && !/^累计(?:新增|净增|增加|新认定)/.test(figure.label);
  // So is a count of those whose certificate is still valid (`预计有效期内高新技术企业670户、同比增加90户`, Huaian 2023):
  // all there are at the year's end, the 90 added being the change.
  const inForce = figure.label.startsWith("有效期内");
  // Visitors told bare right after the visitors from abroad or staying overnight (`接待入境过夜游客24.75万人次、增长44.81%，
  // 游客花费9391.05万美元、增长54.65%`, Nanning 2026): those visitors, a part of the place's tourism.
  const partVisitors = /^游客/.test(figure.label.replace(OPENING, "")) && input.sentence !== undefined && PART_VISITORS_LAST.test(input.sentence.slice(0, input.sentence.lastIndexOf("游客")));
  // Trade named bare after a clause on cross-border e-commerce and a count of the firms doing it (`提升跨境电商零售进口
  // 试点城市、综合试验区载体能级，经营主体超过100家，进出口额突破1亿元`, Lianyungang 2021): that kind's trade, a part of the
  // place's.
  const crossBorderTrade = input.sentence?.includes("跨境") === true && /^(?:实现|完成)?(?:进出口|出口|进口)/.test(figure.label) && CROSS_BORDER_LAST.test(input.sentence);
  for (const m of fitting(metrics, families, /套$/.test(input.unit), change)) {
    if (path && m.id.startsWith("poverty_exits")) continue;
    if (crossBorderTrade && m.category === "trade") continue;
    if (partVisitors && m.id.startsWith("touris")) continue;
    if (m.id === "shantytown_renovation" && !shantytownHomes(compact, input.unit, sums)) continue;
    // Nor are livelihood projects counted in 类, which counts their kinds (`13类55件民生实事全面完成年度目标`, Jiangsu 2024):
    // the projects are the 件 after it.
    if (m.id === "livelihood_projects" && input.unit === "类") continue;
    // Rural toilets are never counted by the village, which a label ending on 村 counts (`实施农村厕所革命整村推进村100个`,
    // Tianshui 2025).
    if (m.id === "rural_toilets" && /村$/.test(compact)) continue;
    // An indicator of additions (新增高新技术企业, named 高新技术企业) never takes a total reached (达到135家).
    if (figure.level && m.label_zh.startsWith("新增")) continue;
    // Nor a running total built up told of one year (`runningTotal`; `累计发展高新技术企业51家`, Yinchuan 2016): all there are,
    // not the year's new ones. Over a span of years (`累计增加高新技术企业214家`, Chenzhou 2021, of five) the sum is of those added.
    if (m.label_zh.startsWith("新增") && (runningTotal || inForce)) continue;
    // Nor firms a label opens on supporting (`重点扶持２０家初具规模的高新技术企业`, Hefei 2007): those helped, not the year's
    // new ones (but `新增国家重点扶持高新技术企业73家`, Huzhou 2016, opens on 新增).
    if (m.label_zh.startsWith("新增") && SUPPORTED.test(figure.label)) continue;
    // And an indicator of what there is (高新技术企业 in all) takes nothing but a level reached, or such a running total: a
    // count with no verb of reaching is one added (`新增高新技术企业10家、科技型中小企业30家`) or of another kind, and firms
    // applying (`力争申报国家高新技术企业数超360家`, Zhangzhou 2023) are not yet any.
    if (m.stock && ((!figure.level && !runningTotal && !inForce) || figure.label.includes("申报"))) continue;
    // Nor what is still being built (`在建高速公路里程`): none of it is there yet.
    if (m.stock && compact.includes("在建")) continue;
    // An indicator of the resident population (常住人口城镇化率) never takes a measure of the registered one
    // (`力争户籍人口城镇化率达到38%`, a lower rate counted on the household register).
    if (registered && m.label_zh.includes("常住")) continue;
    if (ruralUrbanisation && m.id.startsWith("urbanization_rate")) continue;
    // An indicator of things made takes only a figure whose quote writes one of its verbs before the number or in
    // its label (`新建幼儿园13所`, `13所公办幼儿园建成招生`; not `回收公建民营幼儿园55所`).
    if (m.verbs && figure.clause !== undefined && !m.verbs.some((v) => figure.clause!.includes(v) || figure.label.includes(v))) continue;
    // Nor one whose own item of a list, after an earlier item's figure, opens with a verb of certifying (`新增73所公办
    // 幼儿园、认定普惠性民办幼儿园189所`): the list's opening verb is not its own.
    if (m.verbs && certified) continue;
    // Nor one whose things are where the work is done, the label opening on 在 and its verb after them (`在全市幼儿园建成
    // 明厨亮灶1200家`, Zhengzhou 2019): what is made is named after the verb, not the indicator's things.
    if (m.verbs && figure.label.startsWith("在") && m.names.some((n) => {
      const at = figure.label.indexOf(n);
      return at > 0 && m.verbs!.some((v) => figure.label.includes(v, at + n.length));
    })) continue;
    // Nor one whose clause's first item names a zone as its subject, the figure's own item naming no place (ZONE_LED).
    if (ledByZone || listedByZone) continue;
    // The use for people's livelihood that a share before the figure goes to (`保持一般预算的50%以上用于民生、75%用于区县和
    // 基层`, Chongqing 2011) is that share's: the label it leaves the next share, opening with it, names no use of its own.
    if (m.id === "livelihood_spending_share" && figure.label.startsWith("用于民生") && figure.clause !== undefined && SHARE_USED_BEFORE.test(figure.clause)) continue;
    // R&D intensity is R&D spending against the place's output: a share of firms' R&D spending in their sales or business
    // revenue (`全市设立技术研发机构的企业研发投入占销售收入（R&D）比重努力达到2.2%`, Liuzhou 2014) is none.
    if (m.id === "rd_intensity" && SHARE_OF_REVENUE.test(figure.label)) continue;
    if (m.id.startsWith("rd_") && figure.clause !== undefined && FIRMS_LISTED.test(figure.clause)) continue;
    // The income of all the place's residents is never that of the city proper's (`市区居民人均可支配收入12000元`): a part of
    // the place (but `城市市区居民`, the towns' residents, are the urban income's, read above).
    if (cityProper && m.id.startsWith("resident_income")) continue;
    // Between two names as long, the indicator counted in the unit's own family wins (`改造老旧小区5.2万户`: households, of
    // which 户 is a count too, not the compounds counted).
    const ownFamily = m.unit === families[0] && best?.unit !== families[0];
    for (const name of m.names) {
      if ((name.length > bestLength || (ownFamily && name.length === bestLength)) && nameIn(compact, name, sums, figure.otherPlace, figure.place, figure.city, figure.nation === false)) {
        best = m;
        bestLength = name.length;
      }
    }
  }
  // Two indicators' things named together before one count (`办理人大代表建议意见和政协委员提案593件`, Yinchuan 2016): their
  // sum, neither one's count.
  if (best && sums && jointCount(compact, best, metrics, families, change)) return null;
  return best;
}

/**
 * Whether a count under a name of shantytown renovation counts the homes renovated. The homes are never a count of projects
 * (`组织实施19个棚户区改造项目`, Guilin 2016), nor one in 个, which counts projects or areas (`中原区大李—西岗等94个棚户区改造`,
 * Zhengzhou 2024), nor one in 条, the roads or lines built around them (`建好棚改地块周边15条道路`, Siping 2015); nor the
 * households of a problem the works left (`解决棚改逾期未安置项目户数不少于1.2万户`, `涉及2.6万户的棚改历史遗留项目`): homes still
 * owed; nor the homes of several kinds listed after them before one count (`新建城市棚改房、廉租房、公租房、经济适用房5884套`,
 * Qitaihe 2014): their sum (but not ways of providing the same homes, `采沉区棚改工程新建、回购住宅13254套`, Shuangyashan 2016).
 */
function shantytownHomes(compact: string, unit: string, sums: boolean): boolean {
  if (/项目$/.test(compact) || /^[万亿]?[个条]$/.test(unit) || /遗留|逾期|未安置|问题$/.test(compact)) return false;
  return !(sums && /(?:棚改|棚户区)\p{Script=Han}{0,3}房、/u.test(compact));
}

/** A label closing on the verb of betterment (`空气优良天数改善`, `PM2.5浓度同比改善`). */
const BETTERED = /改善$/;

/** The indicators whose unit and measure a figure's fit, in the vocabulary's order, by the vocabulary, then by unit and measure. */
const FITTING = new WeakMap<readonly Metric[], Map<string, readonly Metric[]>>();

/**
 * The indicators a figure in a unit of `families` may be (`dwellings`: counted in 套) with a change or not: the same few
 * lists serve every figure of every report, so each is made once.
 */
function fitting(metrics: readonly Metric[], families: readonly string[], dwellings: boolean, change: boolean): readonly Metric[] {
  let lists = FITTING.get(metrics);
  if (!lists) FITTING.set(metrics, (lists = new Map()));
  const key = `${families.join(" ")}|${dwellings}|${change}`;
  let list = lists.get(key);
  if (!list) {
    list = metrics.filter((m) => {
      // Visits counted in persons (`接待游客890万人`, Zhongwei 2023) are the visits a count of person-times counts.
      // Homes of old compounds counted by the dwelling (`实施老旧小区改造10285套`, Bayannur 2022) are their households, never a
      // count of compounds.
      const unitFits = dwellings && m.id.startsWith("old_housing_renovation") ? m.unit === "households" : families.includes(m.unit) || (m.unit === "person_times" && families.includes("people"));
      return unitFits && (m.measure === "change") === change;
    });
    lists.set(key, list);
  }
  return list;
}

/** Whether `label` names, beside a name of `best`, a name of another indicator of the same family, joined to it by 和, 及 or 与. */
function jointCount(label: string, best: Metric, metrics: readonly Metric[], families: readonly string[], change: boolean): boolean {
  const own = best.names.map((n) => label.indexOf(n)).filter((i) => i >= 0);
  if (own.length === 0) return false;
  return metrics.some(
    (m) =>
      m !== best &&
      m.category === best.category &&
      families.includes(m.unit) &&
      (m.measure === "change") === change &&
      m.names.some((n) => {
        const at = label.indexOf(n);
        if (at < 0 || best.names.some((b) => b.includes(n) || n.includes(b))) return false;
        const [a, b] = own[0]! < at ? [own[0]!, at] : [at, own[0]!];
        const between = label.slice(a, b);
        return /[和及与](?!\p{Script=Han}*[和及与])\p{Script=Han}*$/u.test(between) && !/[，,；;]/.test(between);
      }),
  );
}
