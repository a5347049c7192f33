import { OWNERSHIP_SECTORS, ownArea, SECTORS_OF_ECONOMY } from "./metric-match.ts";
import { TextCache } from "../text/cache.ts";

/** The Production and Construction Corps (`新疆生产建设兵团`, `兵团`; not `兵团精神`, `兵团战士`), a body of its own within its region. */
const CORPS = "(?:新疆)?(?:生产建设)?兵团(?![精战])";

/**
 * A verb of the work done on a circle or cluster, no word of its name (`全面落实天山北坡城市群大气污染联防联控机制，…空气质量
 * 优良天数达318天`, `编制完成关中城市群核心区总体规划，实施棚户区改造30.3万套`: the sentence is the place's).
 */
const CIRCLE_VERB = "落实|完成|编制|实施|推进|推动|建设|加快|打造|完善|加强|深化|制定|出台|启动|培育|融入|做强|围绕|依托";

/**
 * A sentence whose subject is a part of the place (`去年山区8县全社会固定资产投资达到19.44亿元，…，GDP增长11.1%，农民
 * 人均纯收入增长7.3%`, `其中贫困县…`; its counties of a kind counted,
 * Ningxia 2006: `山区8个国家扶贫开发重点县经济增长速度加快，地方财政一般预算收入增长18%，农民人均纯收入达到1687元`; not the
 * counties whose poverty the sentence says ended, `9个贫困县全部摘帽，…62.4万农村贫困人口全部脱贫`; a space a copy set before 个 too,
 * Maoming 2014: `6 个县（市、区）主要经济指标增速高于全市平均水平，其中规模以上工业增加值增长 28.1%`); its counties taken together, `县域经济呈现积极变化，一般公共预算收入、…分别增长
 * 15.6%、10.2%和18.4%`), its parks or zones (`园区经济快速增长，…实现总产值502亿元、进出口总额140亿元`;
 * a list of the zone's measures, `自贸试验区新设企业数、进出口总额、吸引外资均增长30%以上`; of the counties', Jilin City
 * 2014: `县域生产总值、地方级财政收入分别增长10%和19.4%`; a sentence opening on the counties' main aggregate, Jinzhou 2022:
 * `县域地区生产总值平均增长6.9%，一般公共预算收入平均增长6%，完成固定资产投资216.7亿元`, every clause of it theirs; a count of its zones, Guangzhou 1997: `四个国家级开发区新开发土地面积
 * 8.2平方公里，完成国内生产总值120亿元`; with the kind of one of them in brackets, Kunming 2005: `三个开发（度假）区实现财政总收入
 * 9.9亿元，增长24.7%`), several of its counties or
 * districts named one after another (Yichun 2025: `铁力市、嘉荫县、金林区森林资源特许经营权转让项目到位资金16亿元`; by their
 * names and their kind, Dongguan 2023: `石排、洪梅、东坑等镇街保持较快经济增速，长安生产总值超过800亿元`), or a
 * body of its own within it (Xinjiang 2015: `2014年，兵团生产总值增长16%，固定资产投资增长16%，…`; an estimate, Xinjiang
 * 2006: `预计兵团生产总值340亿元，增长11.5%`), or an economic circle named in it (Hainan 2026: `海口经济圈产业发展规划
 * 完成编制，经济总量年均增长5.8%`; a cluster of its cities, Xinjiang 2025: `天山北坡城市群空气质量明显改善，空气质量优良天数比例达90%`;
 * not a circle the sentence builds on, `以长春现代化都市圈建设为引领，…`; a central city of several made one, Honghe 2014:
 * `滇南中心城市一体化建设步伐加快，建成区面积达85平方公里，城镇化水平达61%`, its cities' rate, not the prefecture's 40.8%), or an area of it named by its name and 地区 (Hunan 2005:
 * `一点一线地区已成为全省经济快速增长带，实现GDP3420.9亿元，增长13.1％；长株潭的龙头作用显现，实现GDP增长14％`; not 地区生产总值,
 * nor the whole place's areas, `全省各地区`, nor a kind of area, `贫困地区`, `民族地区`, whose figures a sentence that goes on
 * to the place's own tells beside them: `民族地区和老区经济社会快速发展，扶贫开发成效显著，绝对贫困人口减少37.5万人`, Gansu 2008): its figures are that
 * part's, the place's indicators none of them, unless a label names the whole place again (`全区`, `全市`).
 */
/**
 * The country's great regions by their compass names (`北方地区冬季清洁取暖项目落地实施，12项主要污染物排放约束性指标顺利完成，
 * 空气质量优良天数比例稳定在92%以上`, Guyuan 2023: the nation's programme for the north carried out in the city; `西北地区重要
 * 物流节点`): no division of a province or a city, whose figures the sentence goes on to tell as the place's own.
 */
const NATION_REGION = "(?:[南北]方|东北|西北|西南|东南|华北|华东|华南|华中)";

/** Kinds of area, not one area by its name (`贫困地区`, `少数民族地区`, `革命老区`, `边远地区`), and the country's great regions. */
const AREA_KIND = `(?:(?:少数)?民族|贫困|边远|边疆|偏远|欠发达|发达|落后|农村|城市|城镇|牧区|山区|老区|革命老|重点|沿海|沿边|沿江|其他|其余|部分|受灾|灾区|困难|${NATION_REGION})`;

const PART = new RegExp(
  String.raw`^(?:去年|今年|上年|全年|其中|预计|(?:19|20)\d{2}年[，,]?)?(?:${CORPS}|(?:南部|北部|东部|西部|中部)?(?:山区|川区|库区|牧区|贫困|重点|民族)?(?:(?:\d+|[一二三四五六七八九十两]+)\s?个?|(?:\d+|[一二三四五六七八九十两]+)\s?个(?:国家|省|自治区)?级?(?:扶贫开发|扶贫)(?:工作)?重点(?=县(?![^，。；]{0,4}摘帽)))(?:县|区|城区|县区|县（区）|县\(区\)|乡镇|镇|旗|市县)|(?:\d+|[一二三四五六七八九十两]+)个(?:国家级|省级|市级)?(?:开发区|开发[（(]\p{Script=Han}{1,4}[）)]区|高新区|经开区|园区|工业园区|产业园区)|(?:\p{Script=Han}{2,4}(?:市|县|区|旗)、)+\p{Script=Han}{2,4}(?:市|县|区|旗)(?![、，,])|(?:\p{Script=Han}{2,4}、)+\p{Script=Han}{2,4}等(?:镇街|镇|街道|乡镇|县区|区县|县市区|县|区|旗)|(?:(?:各类|省级|国家级)?(?:园区|开发区|高新区|经开区|工业园区|产业园区)(?:经济)?|县域经济)(?=[^，。；]{0,8}(?:快速|稳步|持续)?(?:增长|发展|壮大|[，,]))|(?:自贸试验区|自贸区|综合保税区|综保区|县域)(?=[^，。；、]{1,8}、)|县域(?=(?:地区)?生产总值|GDP|经济总量|(?:一般公共预算|地方级?财政|财政)收入|(?:全社会)?固定资产投资|规模以上工业)|(?!以|在|对|把|将|从|为|围绕|依托|推动|推进|加快|建设|打造|培育|融入|做强)(?:(?!${CIRCLE_VERB})\p{Script=Han}){2,6}(?:经济圈|都市圈|城市群|中心城市(?=一体化|同城化))|(?![全我本各以在对把将从为支加推促])(?:(?!${CIRCLE_VERB})\p{Script=Han}){2,6}?(?<!${AREA_KIND})地区(?!生产))`,
  "u",
);

/** The place as a whole named at a label's start (`全区地区生产总值`): the whole place's figure again. */
const WHOLE = /^(?:全市|全区|全省|全州|全县|全盟|全旗|全自治区|我市|我区|我省|本市)/;

/**
 * The new areas and zones of a place that its figures may be told of (`天府新区`, `综合保税区`, a cluster zone: `产业集聚区`; a zone
 * for Taiwanese investment, Quanzhou 2011: `泉州台商投资区`).
 */
const AREAS = "新区|开发区|高新区|经开区|集聚区|自贸区|自贸试验区|综合保税区|综保区|台商投资区";

/**
 * A paragraph whose lead sentence is about one new area or zone of the place (`二是天府新区建设全面提速。…完成固定资产
 * 投资274亿元`, Chengdu 2014; its planning too: `一是兰州新区规划建设全面展开。…全年可完成固定资产投资160亿元，实现生产总值
 * 60亿元`, Lanzhou 2012): its figures are that area's too. So are those of a paragraph led by a short sentence that names one
 * zone's work ({@link zoneLead}).
 */
const AREA_LEAD = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、])?[\p{Script=Han}]{2,6}?(?:${AREAS})(?:的)?(?:规划)?(?:建设|开发|发展|开放)[^，。；]{0,8}[。！]?$`,
  "u",
);

/**
 * A paragraph whose lead sentence opens on building one new area of the place, after the time it spans or none, before
 * what came of it (Lanzhou 2017: `五年来，全市上下大力开发建设兰州新区，在“一张白纸”上描绘蓝图，一个产业新城正在快速崛起。
 * 累计完成投资1986.58亿元，…预计今年生产总值达到150亿元`): its figures are that area's, as under {@link AREA_LEAD}. So
 * are those of a new industrial town built (Meishan 2014: `8．加快建设现代工业新城。…完成固定资产投资150亿元，实现工业增加值
 * 增长12%以上`: the town's investment, not the city's).
 */
const AREA_BUILT_LEAD = /^(?:[^，。；]{0,8}[，,])?(?:全[省市区州]上下|我们)?(?:大力|加快|全力|着力|持续|高标准)?(?:开发建设|建设开发|规划建设|开发|建设)\p{Script=Han}{2,6}?(?:新区|工业新城)(?=[，,。！；]|$)/u;

/**
 * A paragraph whose lead sentence makes a sector of ownership of the economy its subject, or its growth the work
 * (Heilongjiang 2007: `非公有制经济持续发展。实现增加值2340亿元，…；实现对外贸易进出口额85.3亿美元，增长49.4%，占全省
 * 进出口总额的66.4%；…`, and in the plan `大力发展非公有制经济。…力争进出口总额增长20.0%，突破100亿美元大关。`): its figures,
 * told with no subject of their own, are that sector's trade, investment and jobs, not the place's.
 */
const SECTOR_LEAD =
  /^(?:[一二三四五六七八九十]是)?(?:(?:大力|加快|积极|着力|鼓励|支持|促进)?(?:发展|壮大|促进)(?:非公有制|非公|民营|个体私营|个私)经济|(?:全[省市区州县]|[我本][省市区])?(?:非公有制|非公|民营|个体私营|个私)经济(?:持续|快速|稳步|加快|蓬勃|健康|不断)*(?:发展|壮大|增长|提速))[^，。；\d]{0,6}[。！]?$/u;

/**
 * A paragraph whose lead sentence is about how the place's parks are run or built (Baiyin 2014: `创新园区管理建设机制。推行…
 * 三位一体的园区开发模式，…加快园区配套设施建设。全年工业增加值增长17%以上，固定资产投资增长30%。`), or how their industry
 * or economy grew (Pingxiang 2014: `园区产业逐步壮大。…全市6个工业园区22个产业基地已有企业503家，完成主营业务收入883亿元，
 * 增长21%；完成工业增加值240亿元，增长25%`): its figures are the parks', as those of a paragraph led by one new area are
 * ({@link AREA_LEAD}). So is one about how they are upgraded (Jiamusi 2019: `加快园区升级攻坚。…全力推动佳木斯国家级高新区以升
 * 促建。…完成固定资产投资21亿元、技工贸总收入190亿元、地区生产总值45亿元`): the zone's output, not the city's.
 */
const PARK_LEAD =
  /^(?:[一二三四五六七八九十]是)?(?:(?:创新|加快|推进|推动|强化|完善|提升|加强|深化)?(?:工业|产业)?(?:园区|集中区)(?:管理|建设|开发|体制|机制|升级)+|(?:工业|产业)?园区(?:产业|经济)(?:逐步|不断|持续|加快|快速|稳步)?(?:发展)?(?:壮大|增长|提升|做大|发展))[^，。；\d]{0,4}[。！]?$/u;

/**
 * A short sentence inside a paragraph that names one zone's work, as a bold lead within it does (Yinchuan 2014: `…力促
 * 综合保税区快见效。坚持建设、运营、见效并举，…力争年内外贸进出口额突破13亿美元，…`): the figures of the sentences after
 * it, until the next short sentence, are that zone's.
 */
const ZONE_SENTENCE = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]是)?(?:力促|加快|推进|推动|全力|着力|做强|做优|提升|打造|建设)?\p{Script=Han}{0,6}?(?:${AREAS})[^，,；;：:\d]{0,8}$`,
  "u",
);
/**
 * A paragraph's lead: a short sentence that names one zone's work, as one inside a paragraph does ({@link ZONE_SENTENCE}),
 * the zone named (`着力增强兰州新区产业集聚功能。…力争完成固定资产投资200亿元，实现生产总值100亿元`) or one a place has
 * one of (`加快高新区新一轮发展。…确保生产总值达到200亿元`, `推进经济区西进扩区。…确保生产总值达到100亿元`, Lanzhou 2012).
 */
const ZONE_LEAD = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]是)?(?:大力|全力|着力|加快|推进|推动|力促|做强|做优|提升|打造|建设|增强|促进|深化)*(?<name>\p{Script=Han}{0,6}?)(?<kind>${AREAS}|经济区)[^，,；;：:\d]{0,8}$`,
  "u",
);

/**
 * A paragraph's lead that names one new area by its own name and a longer work of its own, with no comma (Dalian 2017: `二是抓
 * 金普新区开放型经济新体制综合试点试验。…新区开发开放步伐明显加快。新引进亿元以上重大项目50多个、总投资700亿元，注册跨境电商
 * 802家，经济总量达到2296亿元、增长7%`): its figures are that area's, its output no GDP of the place's. Not new towns and
 * districts in general beside other work (Xiangyang 2014: `新城新区建设和旧城更新同步推进。…主城区空气质量优良天数达到314天`).
 */
const NAMED_NEW_AREA_LEAD = /^(?:[一二三四五六七八九十]是)?(?:抓好?|推进|推动|加快|建设)?(?<name>(?!新城|城市|城区)\p{Script=Han}{2,4}?)(?<kind>新区)[^，,；;：:\d和与及、]{0,16}$/u;

/**
 * Whether a paragraph's lead names one zone's work ({@link ZONE_LEAD}): not the place's zones taken together, counted or
 * named by a bare kind that a place has several of (`大力推动开发区提升发展。…三个开发区…`, `各开发区`).
 */
function zoneLead(lead: string): boolean {
  const bare = lead.replace(/[。！]$/, "");
  const m = ZONE_LEAD.exec(bare) ?? NAMED_NEW_AREA_LEAD.exec(bare);
  if (!m) return false;
  const name = m.groups!.name!;
  if (/^(?:各|全|所有)|(?:[一二三四五六七八九十两几多\d]+个?|各类|各级)$/u.test(name)) return false;
  return !(name === "" && m.groups!.kind === "开发区");
}

/**
 * A sentence that makes one new area or zone its subject, told what it is to do (`桂林经开区要着力在队伍、环境…上下功夫，…，
 * 力争实现工业总产值超700亿元`, `高新区要依托…，力争实现工业总产值超800亿元`, Guilin 2017): its figures are that zone's.
 */
const ZONE_SUBJECT = new RegExp(String.raw`^(?:[一二三四五六七八九十]是)?\p{Script=Han}{0,8}?(?:${AREAS}|园区)(?:要(?![素求点])|将|须|必须|应)`, "u");

/**
 * A sentence that opens on one zone of the place by its name, its figures right after it or after what came of its building
 * (Dalian 2009: `长兴岛临港工业区签约项目46个，大阳日酸等32个项目开工建设；实际使用外资5.3亿美元，增长102%`, `花园口经济区开发
 * 建设全面提速，签约项目47个，实际使用外资增长340%`), or on a zone set up with another place, said to be built apace (Qingyuan
 * 2023: `广清经济特别合作区加快建设，…规上工业总产值、全口径税收分别增长25.7%和19.2%`): its figures are that zone's, no investment or
 * output of the whole place's. Not a
 * sentence that opens on a verb taking the zone as its object (`加快长兴岛临港工业区建设`), nor the place's zones together.
 */
const NAMED_ZONE_OPENS = /^(?![全我本各])(?:(?!加快|推进|推动|建设|打造|培育|以|在|对|把|将|从|为|依托|围绕)\p{Script=Han}){2,8}?(?:临港|临空)?(?:工业区|经济区|(?:经济)?(?:特别)?合作区)(?=\p{Script=Han}{2}[^，,；;。]*?\d|开发建设|加快建设)/u;

/**
 * A sentence that opens on the zones it takes as its lever (Shangqiu 2014: `以商务中心区和特色商业区建设为抓手，…，力争完成固定
 * 资产投资70亿元，其中基础设施投资20亿元`, the counties' business districts): its figures are those zones', no investment of
 * the place's. Not a lever of work (`以项目建设为抓手`), which names no zone.
 */
const ZONE_LEVER = new RegExp(
  String.raw`^以(?:\p{Script=Han}{0,8}?(?:${AREAS}|园区|商务中心区|特色商业区)[和、及]?)+(?:的)?(?:建设|发展|开发)?为(?:抓手|载体|依托|平台|突破口)`,
  "u",
);

/**
 * A clause whose subject is the place's parks or zones, with the verb of reaching their figures right after it (Yunfu
 * 2015: `力争今年全市重点产业园区实现工业总产值600亿元、工业增加值150亿元`): every figure of the clause, the items after
 * 、 too, is the parks', though the place is named before them.
 */
const PARK_CLAUSE = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]是)?(?:力争|争取|确保|预计)?(?:今年|全年|去年|上年|(?:19|20)\d{2}年)?(?:全[市省区州县]|[我本][市省区州县])?\p{Script=Han}{0,8}?(?:${AREAS}|园区|工业园|产业园|集中区)(?:要|将)?(?:实现|完成|达到)`,
  "u",
);

/**
 * A statement after a semicolon that names no subject of its own, opening with the verb of reaching its figures
 * (`；完成工业增加值198.9亿元`): it goes on with the subject of the statement before it.
 */
const SUBJECTLESS_STATEMENT = /^(?:同期|全年|当年)?(?:完成|实现|达到)/;

/**
 * Whether the sentence (`upTo`, its text up to the figure) opens with the parks made the subject of a clause before the
 * verb of their figures ({@link PARK_CLAUSE}), and every statement after it, across semicolons, up to the figure's,
 * opens with that verb with no subject of its own (Baiyin 2014: `工业集中区完成固定资产投资201.5亿元，实现技工贸总收入
 * 628亿元，同比增长31.1%；完成工业增加值198.9亿元，同比增长17%`): the figures are the parks'.
 */
function afterParkClause(upTo: string): boolean {
  const statements = upTo.split(/[；;]/).map((x) => x.trim());
  if (statements.length < 2) return false;
  const first = statements[0]!.split(/[，,]/)[0]!.trim();
  // The figure's own statement may open with its quote (`upTo` ending at the semicolon): its verb is then the quote's.
  const later = statements.slice(1);
  if (later.at(-1) === "") later.pop();
  return PARK_CLAUSE.test(first) && later.length > 0 && later.every((x) => SUBJECTLESS_STATEMENT.test(x));
}

/** A clause that opens with the place's parks taken together as its subject (`全市各级园区`, `各类园区`, `工业园区`). */
const PARKS_OPEN = /^(?:全[市省区州县盟]|[我本][市省区州县])?(?:各类|各级|重点)?(?:工业|产业)?(?:园区|集中区)(?!建设|管理|开发|规划|体制|机制|化)/;

/**
 * A clause that opens, after its time, on a development zone or belt as the subject of a measure of its own reaching its
 * figure (Shaanxi 2002: `今年高新开发带技工贸总收入力争达到560亿元`; `高新区工业总产值达到300亿元`): the zone's, not a
 * verb that builds it (`加快高新区建设`). So is one whose firms, counted, reach it (`集聚区内494家规模以上工业企业完成增加值
 * 350亿元`, Kaifeng 2016): the zone's industry, not the place's. So is a zone set up with another place, named back by its
 * kind alone (Shenzhen 2025: `做强深汕特别合作区“一主三辅”现代化产业体系，合作区规上工业总产值突破1000亿元`).
 */
const ZONE_MEASURE_OPEN = new RegExp(
  String.raw`^(?:今年|去年|全年|当年|上年|预计|(?:19|20)\d{2}年)?(?!加快|推进|推动|建设|支持|打造|做强|提升|完善|依托|以|在|把|将|对|从|围绕|发挥|力争|确保|争取|实施|全[市省区州县盟]|[我本各])\p{Script=Han}{0,8}?(?:${AREAS}|开发带|产业带|合作区)(?!建设|管理|开发|规划|体制|机制|[、和与及])(?:内?\d+[家户个])?\p{Script=Han}{2,10}?(?:力争|预计|要|将)?(?:达到|达|实现|完成|突破)`,
  "u",
);

/**
 * A clause with no figure whose subject is one zone named by its own name, told how it fares (Honghe 2016: `蒙自经济技术
 * 开发区体制机制进一步理顺，全年引进省外到位资金39亿元，实现规上工业增加值98.2亿元`): the figures of the subjectless
 * clauses after it are that zone's. Not a verb that builds it (`加快蒙自经济技术开发区建设`), nor the place's zones counted.
 */
const NAMED_ZONE_CLAUSE = new RegExp(
  String.raw`^(?!加快|推进|推动|建设|支持|打造|做强|提升|完善|依托|以|在|把|将|对|从|围绕|发挥|力争|确保|争取|实施|全[市省区州县盟]|[我本各])\p{Script=Han}{2,8}?(?:经济技术开发区|高新技术产业开发区|综合保税区)(?![、和与及])[^\d，,；;。]{2,16}$`,
  "u",
);

/**
 * The same clause with the zones named by their kind alone, the place's zones of that kind taken together (Guangdong 2010:
 * `高新技术产业开发区建设取得新成效，工业增加值达3100亿元，增长 23.4%`): the industry's figures of the clause right after it,
 * naming no subject of its own, are theirs.
 */
const ZONE_KIND_CLAUSE = /^(?:经济技术开发区|高新技术产业开发区)(?![、和与及])[^\d，,；;。]{2,16}$/;

/** A clause that opens on the industry's value added or output, with no subject of its own (`工业增加值达3100亿元`). */
const BARE_INDUSTRY_CLAUSE = /^(?:规模以上|规上)?工业(?:增加值|总产值)/;

/**
 * A clause that names no subject of its own, opening with the verb of its figure (`吸纳就业6.2万人`, `实现工业增加值154亿元`),
 * or the growth of the figure before it alone (`增长10.5%`).
 */
const SUBJECTLESS_CLAUSE = /^(?:全年|累计)?(?:吸纳|实现|完成|达到|带动|入驻|引进)|^(?:同比)?(?:增长|下降)$/;

/**
 * Whether the figure's clause (the last of `upTo`, the sentence's text up to the figure) goes on, across commas and with no
 * subject of its own, from a clause that makes the place's parks its subject, inside a longer sentence (Jiuquan 2014:
 * `…，玉门经济技术开发区确定为省级示范园区，全市各级园区入驻企业721户，吸纳就业6.2万人，实现工业增加值154亿元，占工业
 * 经济总量的85%`): the figures are the parks'. So are those after a clause that makes a zone the subject of its own measure
 * (Shaanxi 2002: `今年高新开发带技工贸总收入力争达到560亿元，实现工业增加值140亿元`): the zone's industry, not the place's.
 */
function afterParksClause(upTo: string): boolean {
  const clauses = upTo.slice(upTo.search(/[^；;。！]*$/)).split(/[，,]/).map((x) => x.trim());
  for (let i = clauses.length - 1; i >= 0; i--) {
    if (PARKS_OPEN.test(clauses[i]!) || ZONE_MEASURE_OPEN.test(clauses[i]!) || (i === 0 && i < clauses.length - 1 && NAMED_ZONE_CLAUSE.test(clauses[i]!))) return true;
    // The parks made the subject of an earlier clause of the sentence with the verb of their figure (Wuzhou 2014: `力争园区完成
    // 基础设施投资28亿元，完成工业项目投资155亿元，实现工业总产值1900亿元`), or a zone with the firms that came into it (`试验区
    // 进驻企业38家，实现规模以上工业总产值94亿元`): the subjectless clauses after it go on with that subject.
    if (i < clauses.length - 1 && (PARK_CLAUSE.test(clauses[i]!) || ZONE_FIRMS.test(clauses[i]!))) return true;
    if (i === 1 && BARE_INDUSTRY_CLAUSE.test(clauses[1]!) && ZONE_KIND_CLAUSE.test(clauses[0]!)) return true;
    if (!SUBJECTLESS_CLAUSE.test(clauses[i]!)) return false;
  }
  return false;
}

/** A clause that counts the firms come into a zone or park, it their subject (`试验区进驻企业38家`, `园区内入驻企业120户`). */
const ZONE_FIRMS = new RegExp(
  String.raw`^(?![全我本各])\p{Script=Han}{0,8}?(?:${AREAS}|试验区|合作区|园区|工业园|产业园|集中区)内?(?:累计)?(?:进驻|入驻|落户)(?:企业|项目)\d+(?:家|户|个)$`,
  "u",
);

/** A statement that opens with the name of a main aggregate, no subject before it (`财政一般预算收入911亿元`). */
const AGGREGATE_OPENING = /^(?:地方)?(?:财政|一般公共预算|公共财政|一般预算|(?:全社会)?固定资产投资|规模以上工业|社会消费品零售|进出口|(?:地区)?生产总值)/;

/**
 * Whether the figure's statement, after a semicolon, opens with an aggregate's name and no subject of its own, and the
 * statement before it has a clause whose subject is a part of the place ({@link PART}), the whole named in none after it
 * (Liaoning 2011: `…，激发城区经济发展活力，56个城区地区生产总值增长17%；财政一般预算收入911亿元，增长24%`): the figures go on
 * with that part.
 */
function afterPartStatement(upTo: string): boolean {
  const statements = upTo.split(/[；;]/).map((x) => x.trim());
  if (statements.length < 2 || !AGGREGATE_OPENING.test(statements.at(-1)!)) return false;
  const clauses = statements.at(-2)!.split(/[，,]/).map((x) => x.trim());
  const at = clauses.findLastIndex((c) => PART.test(c));
  // Not a part told as one of the whole whose figures the statement gave first (`全市生产总值完成850亿元，增长8%，其中5个县区
  // 生产总值增长10%以上；财政一般预算收入60亿元`): the statement after it goes back to the whole.
  if (at >= 0 && (/^其中/.test(clauses[at]!) || clauses.slice(0, at).some((c) => /[\d０-９]/.test(c)))) return false;
  return at >= 0 && !clauses.slice(at).some((c) => WHOLE.test(c));
}

/**
 * A clause whose subject is an area of the place named by where it lies (Jiujiang 2014: `力争沿江区域完成固定资产投资1200亿元、
 * 规模以上工业主营业务收入突破3000亿元`; `…板块`, `…片区`), with the verb of reaching its figures right after it: every figure
 * of the clause is that area's, not the whole place's (`全市区域` is none). So are areas named one after another and counted
 * (Quanzhou 2011: `泉州湾、湄洲湾南岸、安永德三大增长区域完成年度全社会固定资产投资958.3亿元`), and the work for them told what it
 * is to do (`新增长区域发展战役要全力确保完成年度全社会固定资产投资1115亿元`).
 */
const AREA_CLAUSE = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]是)?(?:力争|争取|确保|预计)?(?:今年|全年|去年|上年|(?:19|20)\d{2}年)?(?![全我本各])(?:\p{Script=Han}{2,6}、)*\p{Script=Han}{2,8}?(?:区域|板块|片区)(?:\p{Script=Han}{0,4}?(?:要|将)(?:全力|努力)?(?:确保|力争|争取)?)?(?:实现|完成|达到)`,
  "u",
);

/** A short sentence without a comma or a figure: a title-like lead of what follows it in its paragraph. */
const SHORT_SENTENCE = /^[^，,；;：:\d]{4,16}$/;

/** Whether the last short sentence of the paragraph before the figure's sentence (`before`) names one zone's work. */
function afterZoneSentence(before: string): boolean {
  // Asked for each figure of a sentence, of the same text before it: read once.
  return ZONE_SENTENCES.get(before, 0, () => readZoneSentence(before));
}

/** Texts before a sentence whose last short sentence is known. */
const ZONE_SENTENCES = new TextCache<0, boolean>(1024);

function readZoneSentence(before: string): boolean {
  const sentences = before.split(/(?<=[。！])/).map((x) => x.trim().replace(/[。！]$/, "")).filter(Boolean);
  // The paragraph's first sentence is its lead, which {@link AREA_LEAD} reads.
  // A sentence that makes a zone its subject, told what it is to do (Yinchuan 2016: `综合保税区要提升外向型经济发展水平。
  // 加快二期全面建成封关运行。启动实施…，全年实现外贸进出口总额30亿美元，增长35%`): the next sentences that name no subject
  // of their own, up to two, go on with its work; not past another subject told its own (`临港经济区要…`) or the whole
  // place named again.
  // The paragraph's lead too (Shenyang 2004: `铁西新区要继续发挥老工业基地振兴中的先行作用。要规划建设100个汽车零部件项目…，
  // 固定资产投资争取超过100亿元`): told what the zone is to do, it is the subject of what follows.
  for (let i = sentences.length - 1; i >= Math.max(0, sentences.length - 2); i--) {
    const sentence = sentences[i]!;
    if (ZONE_SUBJECT.test(sentence)) return true;
    if (WHOLE.test(sentence) || OWN_SUBJECT.test(sentence)) break;
  }
  for (let i = sentences.length - 1; i >= 1; i--) {
    const sentence = sentences[i]!;
    if (SHORT_SENTENCE.test(sentence)) return ZONE_SENTENCE.test(sentence) && !ZONE_FOUNDED.test(sentence) && !(ZONE_OPENED.test(sentence) && !PUSHED_ON.test(sentence));
  }
  return false;
}

/**
 * A short sentence that tells a zone set up or approved (Jilin 2022: `批复设立梅河新区。新晋升6个省级开发区，…。进出口总额增长
 * 17.3%`): an event of the year among others, no lead of the zone's work; the figures after it stay the place's.
 */
const ZONE_FOUNDED = /批复|批准|获批|批设|设立|成立|揭牌|挂牌/;

/**
 * So is a short sentence that tells a zone's customs fence closed and its work begun (Foshan 2026: `佛山综合保税区封关运作。
 * 新设外资企业5627家，实际利用外资233亿元`): an event told done, the figures after it the place's; not a lead that pushes
 * it on (`加快综合保税区封关运作`), which leads the zone's work.
 */
const ZONE_OPENED = /封关/;
const PUSHED_ON = /^(?:[一二三四五六七八九十]是)?(?:力促|加快|推进|推动|全力|着力|争取|力争|确保)/;

/** A sentence that opens on a subject told what it is to do (`阅海湾中央商务区要提升商气`, `各县区要…`). */
const OWN_SUBJECT = /^\p{Script=Han}{2,10}?(?:要|将|须|必须|应)(?!\p{Script=Han}?[求点])/u;

/**
 * A paragraph whose lead sentence is about developing a region of the place named by its compass points (`推进粤东西北
 * 振兴发展。…实现规模以上工业增加值2400亿元`, Guangdong 2017; `苏北`, `陕南`): its figures are that region's.
 * The lead may be the paragraph's first sentence, bold or not. Not the nation's strategies for whole provinces
 * (`深入实施东北振兴战略`, `西部大开发`, `中部崛起`), whose region holds the place itself.
 */
const REGION_LEAD =
  /^(?:[一二三四五六七八九十]是)?(?:大力|加快|全力|着力|扎实|深入|积极|继续)?(?:推进|推动|促进|支持|实施)?(?!(?:新一轮)?(?:东北|西部|中部)(?:地区)?(?:全面)?(?:振兴|崛起|大?开发))\p{Script=Han}?(?:[东西南北]{1,3}|[东西南北中]部)(?:地区)?(?:振兴|崛起|大?开发|发展)+[^，。；]{0,8}[。！]?$/u;

/**
 * A paragraph whose lead sentence tells how the counties' economy taken together fared (`县域经济活力明显增强。2007年县域地区
 * 生产总值比上年增长21.5%，…。地方财政一般预算收入比上年增长60.2%`, Shenyang 2008): its figures are the counties', though a
 * later sentence names them no more. Not a lead that joins them with the whole (`县域经济和城市经济…`).
 */
const COUNTY_LEAD = /^(?:[一二三四五六七八九十]是)?县域经济(?![和与及、])[^，。；]{0,10}[。！]?$/;

/**
 * A heading whose work is developing a region of the place named by a compass point and a name (`（十）突出抓好南疆发展`,
 * Xinjiang 2017; `着力加快南疆经济社会发展`, `推进苏北振兴`): the figures under it are that region's (`实现城镇新增就业11万人、
 * 农村富余劳动力转移就业150万人次`), as those of a paragraph led by such words are ({@link REGION_LEAD}). Not the nation's
 * strategies for whole provinces (`东北振兴`, `西部大开发`, `中部崛起`), nor a compass word of a region's kind (`东西部协作`).
 */
const REGION_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*(?:突出|全力|着力|大力|扎实|深入|积极|继续)?(?:抓好|加快|推进|推动|促进|支持|实施)?(?!(?:新一轮)?(?:东北|西部|中部)(?:地区)?(?:全面)?(?:振兴|崛起|大?开发))(?:\p{Script=Han}[东西南北]{1,2}|[东西南北]{1,2}(?![部方地])\p{Script=Han})(?:地区|片区)?(?:经济社会|经济)?(?:振兴|崛起|大?开发|发展)/u;

/** The kinds of development zone a report names (`经济技术开发区`, `高新区`, `综保区`). */
const ZONES = "经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|新区|自贸试验区|自贸区|综合保税区|综保区";

/**
 * A body of its own within the place (`生产建设兵团`), two or more zones named together (`喀什、霍尔果斯经济开发区`; each
 * with its kind, `东湖新技术开发区、武汉经济技术开发区`, Wuhan 2002), or
 * a division of it: the area it runs directly (`州直`, `市直`) or a prefecture (`塔城地区`; not the place's own output,
 * `全州地区生产总值`, nor 地区 after a verb or a preposition: `完成地区固定资产投资`, `在局部地区受灾…的情况下`, nor a region of
 * several places the place is a pole of: `成渝地区双城经济圈次极核建设实现重大突破，地区生产总值年均增长8.5%左右`, Nanchong
 * 2021), opening a clause as its subject.
 */
const BODY = new RegExp(
  String.raw`^(?:[州市盟]直|(?!在|于|从|对|完成|实现|预计|全年|[全本我各该]|${NATION_REGION}地区)\p{Script=Han}{2,3}地区(?!生产总值|\p{Script=Han}{0,4}(?:经济圈|都市圈|经济带|城市群|经济区))|${CORPS}|(?:\p{Script=Han}{2,6}?(?:${ZONES})?、)+\p{Script=Han}{2,6}?(?:${ZONES}))(?=[\p{Script=Han}“])`,
  "u",
);

/**
 * A sector of the economy opening a clause that lists its figures (`民营经济增加值增长9%、出口增长10%`), the figure's
 * own item naming a thing of its own. Not a bare change after the sector's own amount (`数字经济核心产业增加值5076亿元、
 * 增长2.8%`, Hangzhou 2023): the change of that amount, whose label names the sector, and whose indicator may be the
 * sector's own. A kind of ownership opens it bare too (`民营规上工业增加值同比增长18.8%、社会消费品零售总额同比增长11.5%`,
 * Hohhot 2024: the private firms' retail sales, the city's own 13.5% told before).
 */
const SECTOR_LISTING = new RegExp(`^(?:全[省市区州县国]|[我本][省市区])?(?:(?:${SECTORS_OF_ECONOMY})经济|(?:${OWNERSHIP_SECTORS})(?!经济))[^，,；;]*、(?!(?:同比|比上年)?(?:增长|增速|下降|回落|提高)$)`, "u");

/**
 * A clause that makes one trade zone its subject, after a verb of aiming at what it does (`争取综保区6月底前封关运营`;
 * not one building or passing it, `综合保税区通过国家验收`, which names no work of its own after).
 */
const ZONE_CLAUSE =
  /^(?:[一二三四五六七八九十]是)?(?:争取|力争|确保|推动|促进|支持)(?:[\p{Script=Han}]{0,6}?)(?:综合保税区|综保区|保税区|保税物流中心|自贸试验区|自贸区)(?!建设|发展|改革|政策|[、和与])/u;

/** Verbs and prepositions opening a clause about a zone that is not its subject (`加快综合保税区建设`, `依托…新区`). */
const ZONE_NOT_SUBJECT = "加快|推进|推动|建设|支持|打造|做强|提升|完善|依托|以|在|把|将|对|从|围绕|发挥|力争|确保|争取";

/**
 * A clause that opens on one zone as its subject, before an aside in brackets (`南昌高新区实现“三个200亿”（技工贸总收入230亿元，
 * 增长31%;工业总产值205亿元，增长35%;销售收入200亿元，增长32%）`, Nanchang 2006): not a verb before the zone, nor the whole
 * place or all its zones.
 */
const ZONE_BEFORE_ASIDE = new RegExp(String.raw`^(?!${ZONE_NOT_SUBJECT}|全[市省区州县盟]|[我本各])\p{Script=Han}{0,8}?(?:${AREAS})`, "u");

/**
 * An aside in brackets that opens on a part of the city as its subject: its centre or main urban area, its county towns
 * (`中心城区`, `主城区`, `市区`, `县城`), or one district or county by its name (`昭阳区…`), not the whole place nor all its
 * districts (`全市`, `各县区`) nor a county's area (`县域`).
 */
const PART_ASIDE = /^(?:其中)?(?:中心城区?|主城区?|城区|市区|县城|(?![全各我本])\p{Script=Han}{2,3}?[区县](?![域级内]))/u;

/**
 * A figure inside brackets still open, after a clause whose subject is one zone ({@link ZONE_BEFORE_ASIDE}): the aside
 * spells out the zone's figures (Nanchang 2006: the 工业总产值205亿元 of 南昌高新区), none of the place's. So does an
 * aside that opens on a part of the city ({@link PART_ASIDE}) after the place's figure (Zhaotong 2023: `新增学位2万个以上
 * （中心城区11所、新增学位0.36万个）`, `新增学位3.3万个（昭阳区新中心城区新建7所，新增学位1.18万个）`): the part's places.
 */
function inZoneAside(upTo: string): boolean {
  const open = Math.max(upTo.lastIndexOf("（"), upTo.lastIndexOf("("));
  if (open < 0 || /[）)]/.test(upTo.slice(open))) return false;
  return ZONE_BEFORE_ASIDE.test(upTo.slice(0, open).split(/[，,；;。：:]/).at(-1)?.trim() ?? "") || PART_ASIDE.test(upTo.slice(open + 1));
}

/**
 * A clause that opens on one trade zone as its subject and states no figure (`综合保税区窗口作用有效发挥`; the business it
 * takes on listed, Yinchuan 2017: `综保区引进拓展国际交易结算、综合信息服务、设备租赁、检测咨询等业务`): not a verb before
 * the zone (`加快综合保税区建设`), nor the zone's building or policy named after it.
 */
const ZONE_WORKED = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]是)?(?!${ZONE_NOT_SUBJECT}|全[省市区州县])\p{Script=Han}{0,6}?(?:综合保税区|综保区|保税区|保税物流中心|自贸试验区|自贸区)(?!建设|发展|改革|政策|[、和与])[^，,；;\d]{2,40}$`,
  "u",
);

/**
 * A clause that names the trade bare, no place before it (`进出口总额突破10亿美元`, `外贸进出口增长15%`), after the verb
 * of an aim at most (`力争实现进出口总额30亿元以上`).
 */
const BARE_TRADE = /^(?:力争|确保|争取)?(?:实现|完成)?(?:外贸)?(?:进出口|出口|进口)/;

/**
 * A clause that opens on one named zone as its subject, then the verb of its work (Yulin 2014: `榆林高新区重点加快未开发区块
 * 建设步伐，…，完成生产总值 300 亿元；榆神工业区加快建设国家能源科技示范基地，…，完成生产总值 200 亿元`): the figures of
 * the statement after it, told with no subject of their own, are the zone's. Not a verb before the zone (`加快高新区建设`).
 * The zone may be named by its kind alone, as a report calls the one it has (Lanzhou 2009: `经济区继续抓好基础设施建设，
 * 引进和实施一批重大产业项目，生产总值达到56亿元`, after `高新区生产总值达到120亿元`). The verb may be 突出, the work it
 * puts first (Suzhou 2014: `市经开区突出发展生物医药首位产业，加快推进亿帆药业、皖淮生物、安特生化等项目，实现规模以上工业
 * 增加值39亿元`: the zone's value added, not the city's).
 */
const ZONE_AT_WORK =
  /^(?!加快|推进|推动|建设|支持|打造|做强|提升|完善|依托|以|在|把|将|对|从|围绕|发挥|力争|确保|争取)(?:\p{Script=Han}|—){0,6}?(?:高新区|经开区|开发区|工业区|工业园区|产业园区|新区|经济区)(?:重点|要|将|加快|着力|全力|力争|继续|持续|进一步|大力|积极|突出)/u;

/**
 * A clause that opens on one new area or zone by its name as its subject and tells only how its building went, no figure
 * (Meishan 2014: `岷东新区建设全面启动，完成固定资产投资12.09亿元、招商引资到位资金12.1亿元`; `天府新区强力推进，新落户项目
 * 30个，招商引资到位资金95亿元`): the figures of the statement after it are that area's, as after {@link ZONE_AT_WORK}.
 */
const ZONE_ADVANCED = new RegExp(
  String.raw`^(?!${ZONE_NOT_SUBJECT}|[全我本各])\p{Script=Han}{2,6}?(?:${AREAS})(?:开发)?(?:建设)?(?:强力|全面|加快|有序|稳步|顺利|扎实|全力|大力)?(?:推进|启动|展开)$`,
  "u",
);

/**
 * A clause that counts the place's zones as its subject and states no figure (Nanning 2025: `三大国家级开发区实现“瘦身健体”、
 * 发展势头良好，规上工业增加值增长26.9%`; `三个开发区`): the industry's figure of the clause right after it, naming no
 * subject of its own, is theirs.
 */
const ZONES_COUNTED_CLAUSE = /^(?:[一二三四五六七八九十两]+|\d+)[个大](?:国家级|省级|市级)?(?:经济技术开发区|开发区|高新区|经开区|工业园区|产业园区|园区)[^\d]*$/;

/** A clause that founds one named park or zone, and says nothing more (`创建藏青工业园`, `建成XX高新区`). */
const PARK_FOUNDED = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]是)?(?:创建|新建|建成|设立|组建|获批)(?:了)?(?!一批|一个|多个|\d)\p{Script=Han}{2,10}?(?:工业园区|产业园区|工业园|产业园|物流园区|物流园|开发区|高新区|经开区|新区)$`,
  "u",
);

/**
 * A clause that raises one named park or area to a zone, and says nothing more (Dongguan 2012: `松山湖升级为国家级高新区`;
 * `…晋升为国家级经开区`, `…获批省级高新区`): the figures of the clause after it, told with no subject of their own
 * (`工业总产值、税收年均分别增长40%和65%`), are that zone's.
 */
const ZONE_RAISED = new RegExp(
  String.raw`^(?![全我本各])\p{Script=Han}{2,10}?(?:升级为|升格为|晋升为|获批为?|批准为|被批准为|被列为|列为)(?:国家级|省级)?\p{Script=Han}{0,10}?(?:${ZONES})$`,
  "u",
);

/**
 * A clause earlier in the sentence that makes such a body its subject (`…，生产建设兵团综合实力显著增强，生产总值增长6.9%，
 * 一般公共预算收入增长14.6%`, Xinjiang 2024; `喀什、霍尔果斯经济开发区新一轮总体发展规划获批实施，“两区”进出口贸易额分别
 * 增长67.5%、79.4%`): going back from the figure's clause over clauses that state figures, the first that opens with
 * the body makes the figures that body's; a clause that states none and names another subject, or the whole place,
 * ends the search.
 */
function afterBody(upTo: string): boolean {
  // Within the figure's own statement (after the last semicolon), its asides in brackets left out: a division's
  // figures given in brackets after the place's (`地区生产总值2854亿元（州直1548亿元，…阿勒泰地区416亿元）；一般公共
  // 预算收入…`) make no later statement theirs.
  const statement = upTo.replace(/（[^（）]*）|\([^()]*\)/g, "").split(/[；;]/).at(-1) ?? "";
  const clauses = statement.split(/[，,]/).map((c) => c.trim());
  // The figure's own clause, opening with the body before a list of its figures (`州直实现旅游接待4374万人次、旅游综合
  // 收入232亿元`, Yili 2023): the body's too.
  // So does a sector of the economy listing its figures (`民营经济增加值增长9%、出口增长10%`, Zhejiang 2020: the private
  // sector's exports), within that clause only: a later clause may turn to the place's own (`…，地区生产总值增长6%`).
  if (BODY.test(clauses.at(-1) ?? "") || SECTOR_LISTING.test(clauses.at(-1) ?? "")) return true;
  // A trade zone opening the clause right before the figure's as its subject (`争取综保区6月底前封关运营，全年进出口额
  // 实现30亿元`, Luoyang 2022): the figure is the zone's.
  if (clauses.length >= 2 && ZONE_CLAUSE.test(clauses.at(-2)!)) return true;
  // So does one that makes the zone its subject and tells how it worked, no figure of its own, the figure's clause then
  // naming the trade bare (Linyi 2018: `综合保税区窗口作用有效发挥，进出口总额突破10亿美元`): the zone's trade.
  if (clauses.length >= 2 && ZONE_WORKED.test(clauses.at(-2)!) && BARE_TRADE.test(clauses.at(-1)!)) return true;
  // A park the clause right before founds, named and nothing after (`创建藏青工业园，完成固定资产投资35.7亿元，入园企业
  // 174家`, Xizang 2016): the figures of the clause after it, told with no subject of their own, are the park's.
  if (clauses.length >= 2 && PARK_FOUNDED.test(clauses.at(-2)!)) return true;
  // So are those of the clause after one that raises a named park to a zone (`松山湖升级为国家级高新区，工业总产值、税收
  // 年均分别增长40%和65%`, Dongguan 2012).
  if (clauses.length >= 2 && ZONE_RAISED.test(clauses.at(-2)!)) return true;
  if (clauses.length >= 2 && BARE_INDUSTRY_CLAUSE.test(clauses.at(-1)!) && ZONES_COUNTED_CLAUSE.test(clauses.at(-2)!)) return true;
  // A zone at work, or one whose building is told going on, opening an earlier clause of the statement, the whole place
  // named in none after it: the zone's figure.
  const atWork = clauses.slice(0, -1).findLastIndex((c) => ZONE_AT_WORK.test(c) || ZONE_ADVANCED.test(c));
  if (atWork >= 0 && !clauses.slice(atWork + 1).some((c) => WHOLE.test(c))) return true;
  // A run of figures whose first clause names no subject, only the verb of its figure after its time (`去年完成生产总值
  // 690亿元`), goes on with the subject the sentence opened on, across clauses that tell how that subject went without a
  // figure (Hunan 2006: `湘西地区开发战略初见成效，经济增长提速，自主发展能力得到增强，去年完成生产总值690亿元，增长10.8%`).
  let subjectless = false;
  for (let i = clauses.length - 2; i >= 0; i--) {
    const clause = clauses[i]!;
    if (BODY.test(clause)) return true;
    if (WHOLE.test(clause)) return false;
    if (/\d/.test(clause)) continue;
    subjectless ||= SUBJECTLESS_FIGURE.test(clauses[i + 1]!);
    if (!subjectless || OTHER_ACTOR.test(clause)) return false;
  }
  return false;
}

/** A clause with no subject of its own: a time at most, then the verb of its figure (`去年完成生产总值690亿元`). */
const SUBJECTLESS_FIGURE = /^(?:去年|今年|全年|当年|上年|(?:19|20)\d{2}年)?(?:完成|实现)/;

/** A clause that names who acts (`我们`, `各级政府`, `省政府`): a subject other than the body the sentence opened on. */
const OTHER_ACTOR = /^(?:我们|各级|[省市区州县]政府|[省市区州县]委)/;

/**
 * A heading whose subject is a body of its own within the place (`十、兵团经济快速发展，维稳戍边能力明显增强。`, Xinjiang
 * 2006), or whose work is supporting it (`（九）着力支持兵团各项事业发展`, Xinjiang 2017): every figure under it is that
 * body's (`固定资产投资130亿元`), not only those of a sentence naming it.
 */
const BODY_HEADING = new RegExp(
  String.raw`^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*(?:(?:着力|全力|大力|积极|充分|全面)?(?:支持|发挥|促进|推动))?${CORPS}(?![与和、及])`,
);

/**
 * A paragraph whose lead sentence makes such a body its subject (Xinjiang 2017: `兵团是自治区的重要组成部分。我们高度重视和
 * 支持兵团工作，…。预计实现生产总值2120亿元，增长9%左右；…`): its figures are that body's, told with no subject of their own.
 * The salutation and the past year may open that sentence first (Xinjiang 2012: `各位代表，过去的一年，新疆生产建设兵团深入
 * 贯彻落实…。预计完成生产总值966亿元，增长16%；…`).
 */
const BODY_LEAD = new RegExp(String.raw`^(?:各位(?:人大)?代表[，,！!]\s*)?(?:(?:过去的?一年|去年|上年|一年来|(?:19|20)\d{2}年)[，,]\s*)?${CORPS}(?![与和、及])`);

/**
 * A heading whose work is building one new area or zone of the place (`（四）全力建设郑州航空港经济综合实验区，为经济社会
 * 持续健康快速发展提供新的有效载体。`, Zhengzhou 2013), or developing and opening it (`（二）加快滨海新区开发开放，龙头带动
 * 作用明显增强`, Tianjin 2009): the figures under it are that area's (`力争全年实现生产总值230亿元，进出口总额300亿美元`;
 * `生产总值增长23%，工业总产值增长30%`), as those of a paragraph led by it are ({@link AREA_LEAD}).
 */
const AREA_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])?\s*(?:全力|加快|着力|大力|全面|扎实|积极)?(?:推进|推动)?(?:建设\p{Script=Han}{2,14}?(?:新区|开发区|高新区|经开区|自贸区|自贸试验区|综合保税区|综保区|综合实验区)|\p{Script=Han}{2,14}?(?:新区|开发区|高新区|经开区|综合实验区)(?:的)?(?:开发开放|开发建设|开放开发))(?:[，,。]|$)/u;

/**
 * A clause that tells one or more counties or districts of the place, by name, pushed on in their development (Lanzhou 2026:
 * `靶向推动城关区率先发展，经济总量超过1300亿元`, `加快七里河区转型发展、西固区裂变发展，总量分别跨过600亿元、500亿元大关`).
 */
const DISTRICT_DEVELOPED = new RegExp(
  String.raw`^\p{Script=Han}{0,2}?(?:推动|支持|加快|促进|引导|鼓励)(?:(?![全我本各])\p{Script=Han}{2,4}(?:区|县|旗)\p{Script=Han}{0,4}发展[、和及]?)+$`,
  "u",
);

/**
 * A clause that opens on one new area or zone of the place named as the subject of an aggregate, its figure after it
 * (Kunming 2024: `滇中新区直管区地区生产总值增长15.7%`; Nanning 2026: `五象新区规上工业总产值突破500亿元`); not a verb
 * before the area (`加快滇中新区建设`), nor the whole place. So is the place's piece of a trade zone, named after the zone,
 * with the firms set up in it (Nanning 2022: `自贸试验区南宁片区新设立企业20649家、增长215%，实际利用外资4.47亿美元`: the
 * piece's foreign capital, not the city's).
 */
const ZONE_AGGREGATE = new RegExp(
  String.raw`^(?!${ZONE_NOT_SUBJECT}|[全我本各])(?:\p{Script=Han}{1,8}?(?:${AREAS}|新城)|(?:${AREAS})\p{Script=Han}{2,4}片区)(?:直管区|核心区|本级)?(?:地区)?(?:生产总值|GDP|经济总量|规上|规模以上|(?:全社会)?固定资产投资|一般公共预算|财政|进出口|社会消费品|新设(?:立)?(?:外资)?企业)[^，,；;]*\d`,
  "u",
);

/**
 * Whether the figure's clause, which names no place of its own, goes on, within its statement, from a clause of
 * {@link ZONE_AGGREGATE} across clauses that state figures (Kunming 2024: `滇中新区直管区地区生产总值增长15.7%，规模以上
 * 工业增加值增长66.3%`; Nanning 2026: `…，东部新城规上工业总产值突破400亿元`): that area's figure too, as the sentence's
 * subject stays; a clause that states no figure, or names the whole place, ends the search.
 */
function afterZoneAggregate(upTo: string): boolean {
  const clauses = (upTo.split(/[；;。]/).at(-1) ?? "").split(/[，,]/).map((x) => x.trim());
  if (WHOLE.test(clauses.at(-1)!)) return false;
  for (let i = clauses.length - 2; i >= 0; i--) {
    const clause = clauses[i]!;
    if (WHOLE.test(clause) || !/[\d０-９]/.test(clause)) return false;
    if (ZONE_AGGREGATE.test(clause)) return true;
  }
  return false;
}

/** Kinds of zone a zone's full name ends with, named back later by the short name it opens with ({@link afterZoneShortName}). */
const ZONE_KIND_END = "(?:合作区|新区|开发区|高新区|经开区|自贸区|自贸试验区|综合保税区)";

/** Openings of a clause that are no zone's short name: the whole place, a verb or a time. */
const NO_SHORT_NAME = /^[全我本各国新加推建完实力确争累其今去上年]/;

/**
 * Whether the figure's clause opens with the first two characters of a zone whose full name the sentence gave before it
 * (Shenzhen 2025: `加快建设前海深港现代服务业合作区，编制实施前海国土空间规划，…，前海实际利用外资200亿元以上`): the
 * zone's short name as the clause's subject, its figure the zone's, not the place's.
 */
function afterZoneShortName(upTo: string): boolean {
  const statement = upTo.split(/[；;。]/).at(-1) ?? "";
  // Cheap guard: every zone kind ends with 区.
  if (!statement.includes("区")) return false;
  const clauses = statement.split(/[，,]/);
  const own = clauses.at(-1)!.trim();
  const short = own.slice(0, 2);
  if (clauses.length < 2 || !/^\p{Script=Han}{2}$/u.test(short) || NO_SHORT_NAME.test(short)) return false;
  const before = clauses.slice(0, -1).join("，");
  const at = before.indexOf(short);
  return at >= 0 && ZONE_NAME_REST.test(before.slice(at + short.length));
}

/** The rest of a zone's full name after its first two characters, up to its kind (`深港现代服务业合作区` of 前海…). */
const ZONE_NAME_REST = new RegExp(String.raw`^\p{Script=Han}{0,12}?${ZONE_KIND_END}`, "u");

/** A figure's clause that names the economy bare, no place of its own (`经济总量超过1300亿元`, `总量分别突破300亿元`). */
const BARE_ECONOMY = /^(?:经济总量|总量|(?:地区)?生产总值|GDP)/;

/**
 * A clause that pushes on one new area or zone of the place in its development, and states no figure (Zhengzhou 2015:
 * `加快产业集聚区发展，力争完成固定资产投资2400亿元`): the figure after it tells that development. Not the whole place's
 * areas (`全市各开发区`), nor a zone's building (`加快榆林高新区建设，完成生产总值3100亿元`: one task of the place's among others).
 */
const ZONE_DEVELOPED = new RegExp(String.raw`^\p{Script=Han}{0,2}?(?:推动|支持|加快|促进)(?![全我本各])\p{Script=Han}{0,6}?(?:${AREAS})发展$`, "u");

/** A figure's clause that names a main aggregate bare, after the verbs a goal opens with (`力争完成固定资产投资`). */
const BARE_AGGREGATE = /^(?:力争|确保|争取)?(?:全年)?(?:完成|实现)?(?:经济总量|总量|(?:地区)?生产总值|GDP|(?:全社会)?固定资产投资|(?:规模以上|规上)工业增加值|一般公共预算收入|财政收入|进出口)/;

/**
 * Whether the figure's clause names the economy bare right after a clause of {@link DISTRICT_DEVELOPED}: those districts'
 * economy; or a main aggregate bare right after a clause of {@link ZONE_DEVELOPED}: that zone's.
 */
function afterDistrictClause(upTo: string): boolean {
  const clauses = (upTo.split(/[；;。]/).at(-1) ?? "").split(/[，,]/).map((x) => x.trim());
  if (clauses.length < 2) return false;
  const [own, before] = [clauses.at(-1)!, clauses.at(-2)!];
  return (BARE_ECONOMY.test(own) && DISTRICT_DEVELOPED.test(before)) || (BARE_AGGREGATE.test(own) && ZONE_DEVELOPED.test(before));
}

/**
 * Whether a figure with `label`, in a sentence that opens with `sentence`, in a paragraph whose lead sentence is
 * `lead`, is one of a part of the place's; `upTo` is the sentence's text up to the figure, `heading` the title of the
 * section (or part) it stands in.
 */
export function ofPart(sentence: string, label: string, lead: string | null = null, upTo = "", heading = "", before = "", place = ""): boolean {
  // The place's own name with 地区 (`2010年，广州地区进出口总值1037.8亿美元`, Guangzhou 2011, in 广州市's report: its
  // customs area, the city whole) names no part of it, as 全市 does not: read as that.
  if (place !== "") [sentence, upTo, before] = [sentence, upTo, before].map((text) => ownAreaAsWhole(text, place)) as [string, string, string];
  // The figure's own clause may open with such a part too, inside a sentence about the whole (`加快发展县域经济，…，8个
  // 县区生产总值过百亿元、5个县区超200亿元`, Hanzhong 2023).
  const clause = upTo.split(/[，,；;]/).at(-1)?.trim() ?? "";
  return (PART.test(sentence) || PART.test(clause) || PARK_CLAUSE.test(clause) || AREA_CLAUSE.test(clause) || ZONE_SUBJECT.test(sentence) || NAMED_ZONE_OPENS.test(sentence) || ZONE_LEVER.test(sentence) || (lead !== null && (AREA_LEAD.test(lead) || AREA_BUILT_LEAD.test(lead) || zoneLead(lead) || PARK_LEAD.test(lead) || SECTOR_LEAD.test(lead) || REGION_LEAD.test(lead) || BODY_LEAD.test(lead) || COUNTY_LEAD.test(lead))) || afterBody(upTo) || inZoneAside(upTo) || afterParkClause(upTo) || afterParksClause(upTo) || afterPartStatement(upTo) || afterDistrictClause(upTo) || afterZoneAggregate(upTo) || afterZoneShortName(upTo) || afterZoneSentence(before) || BODY_HEADING.test(heading) || AREA_HEADING.test(heading) || REGION_HEADING.test(heading)) && !WHOLE.test(label);
}

/** `text` with each area named by the stem of `place` and 地区 (`广州地区` in 广州市's report) written as its whole (`全市`). */
function ownAreaAsWhole(text: string, place: string): string {
  const whole = `全${place.at(-1)}`;
  for (const stem of [place.slice(0, 3), place.slice(0, 2)]) if (ownArea(`${stem}地区`, place)) text = text.replaceAll(`${stem}地区`, whole);
  return text;
}

/**
 * A sentence that opens with a quarter, a half or some months of the year (Yunnan 2010: `一季度全省生产总值增速出现了多年来
 * 的新低，工业增加值同比仅增长1.1个百分点；全省财政地方一般预算收入下降4.8%，…`): every clause after it, across commas
 * and semicolons, tells that part of the year, whose figures are none of the place's annual indicators, until the
 * sentence turns to the whole year or to what came after (`全年`, `年末`, `此后`, `逐季`). So does a season across the
 * turn of two years (Jilin City 2022: `2021—2022年雪季，预计全市接待冰雪游客、旅游收入分别增长20%和18%`): its figures
 * are neither year's. So does such a part told as an estimate (Yancheng 2012, given in June: `预计上半年，全市地区生产总值同比
 * 增长13%，公共财政预算收入增长20%`): the half's outturn, no figure of the year.
 * So do the first months of the year counted (Luohe 2023: `前11个月，规上工业增加值、固定资产投资、社会消费品零售总额、一般
 * 公共预算收入增长7.1%、13.3%、2.4%、15.2%`): those months' growth, none of the year's results.
 */
const SUB_YEAR_OPENING = /^(?:预计)?(?:(?:19|20)\d{2}年|今年|去年|上年)?[，,]?(?:[我全][省市区州县])?(?:第?[一二三四]季度|前三季度?|上半年|下半年|前(?:[两二三四五六七八九十]|十一|\d{1,2})个月|\d{1,2}\s*[-—～~至到]\s*\d{1,2}月(?:份)?|(?:19|20)\d{2}\s*[-—－～~至到]\s*(?:19|20)?\d{2}年?度?(?:冰雪季|雪季|冬季|采暖季|供暖季|供热季))/;
const WHOLE_YEAR = /全年|年末|年底|年终|此后|随后|逐季|之后/;

/**
 * A quarter, a half or some months and 的 right before a figure (`从一季度的10.4%`), or one month, a quarter or a half the
 * change starts from, with or without 的 (`增速由2月份-4.9%回升至全年6.9%`, `由一季度0.5%逐季回升到全年6.1%`, Zhongwei
 * 2016): that part of the year's figure.
 */
const SUB_YEAR_OF = /(?:季度|上半年|下半年|\d+\s*[-—～~至到]\s*\d+月(?:份)?)(?:末|底)?的$|[由从](?:第?[一二三四]季度|前三季度?|[上下]半年|\d{1,2}月份?)(?:末|底)?的?[-－]?$/;

/**
 * A reading the pace rose or fell to quarter by quarter, or month by month, in its clause (Dalian 2017: `实现GDP增幅从2%逐季
 * 递升至3.5%、3.8%、4.2%、4.3%、5%、5.8%和6.5%`): a quarter's or a month's, not the year's; not one named the whole year's
 * (`由一季度0.5%逐季回升到全年6.1%`, Zhongwei 2016).
 */
const BY_QUARTER = /逐[季月][^，,；;。]*$(?<!全年的?)/;

/**
 * A price rise read at a point of the year right before its figure (Ningxia 2009: `居民消费价格涨幅从年初的10.5%回落到年末
 * 的3.4%`): a month's reading against the same month of the year before, not the year's average rise (but a rate of the
 * year's end that is the year's own, `城镇登记失业率…年末的4.2%`, is no price).
 */
const PRICE = /价格|物价|CPI/;
const YEAR_POINT_OF = /(?:年初|年中|年末|年底|\d{1,2}月(?:份)?)(?:末|底)?的$/;

/** Whether a figure labelled `label`, with `quote` its quote up to the figure, is a price rise at a point of the year. */
export function priceAtYearPoint(label: string, quote: string): boolean {
  return PRICE.test(label) && YEAR_POINT_OF.test(quote);
}

/**
 * Whether a figure is of part of the year: its sentence opens with that part (`sentence`, the text from the sentence's
 * start to the figure) or names it right before the figure (`quote`, from the quote's start: `从一季度的10.4%`).
 */
export function ofSubYear(sentence: string, quote: string, earlier = ""): boolean {
  // The figure's own clause may open with that part too, inside a longer sentence (`克服疫情影响，…，今年1—10月旅游人数、
  // 旅游收入分别增长48%和46%`, Jiuquan 2022).
  // So may any clause of the part of the sentence after its last semicolon, the figure's clause going on to tell that part,
  // until a clause turns to the whole year: an earlier clause of its statement (`城乡居民收入持续增加，预计上半年城镇居民人均
  // 可支配收入增长14.8%，农民人均纯收入增长14.5%`, Yancheng 2012), or its first, with the place as subject first (`…稳住经济
  // 基本盘压力增大；我省一季度地区生产总值下降3%，是改革开放以来首次负增长，全社会固定资产投资下降4.3%、…`, Sichuan 2020, a
  // congress met in May): those are the part's figures, none of them the plan year's.
  const statement = sentence.split(/[；;]/).at(-1) ?? "";
  const clauses = statement.split(/[，,]/);
  return (
    (SUB_YEAR_OPENING.test(sentence) && !WHOLE_YEAR.test(sentence)) ||
    clauses.some((c, i) => SUB_YEAR_OPENING.test(c.trim()) && !WHOLE_YEAR.test(clauses.slice(i).join("，"))) ||
    SUB_YEAR_OF.test(quote) ||
    BY_QUARTER.test(quote) ||
    afterSubYear(earlier, sentence)
  );
}

/** A year opening a sentence (`2019年，…`, `今年…`, `去年…`): the sentence turns to a time of its own. */
const YEAR_OPENING = /^(?:(?:19|20)\d{2}年|今年|去年|上年|过去一年)/;

/**
 * In the plan part, a sentence after one that opens with some months of the plan year, in the same paragraph (Guangzhou
 * 1998, given in June: `1至5月，全市国内生产总值641.33亿元，比去年同期增长11.6%。工业经济平稳增长，工业总产值934.66亿元，
 * 增长11.8%。消费品市场稳中见旺，社会消费品零售总额364.63亿元，增长13.1%。`): it goes on telling those months, whose
 * outturn is no target of the year, until a sentence turns to the whole year or opens with a year of its own. In the
 * review the year after a bad quarter is told without a word for it (Yunnan 2010), so `earlier` (the paragraph's text
 * before the figure's sentence) is given in the plan part only.
 */
function afterSubYear(earlier: string, sentence: string): boolean {
  const sentences = earlier.split(/(?<=[。！？])/).map((t) => t.trim());
  const from = sentences.findLastIndex((t) => SUB_YEAR_OPENING.test(t));
  if (from === -1) return false;
  const run = [...sentences.slice(from + 1), sentence.trim()];
  return !WHOLE_YEAR.test(sentences[from]!) && run.every((t) => !WHOLE_YEAR.test(t) && !YEAR_OPENING.test(t));
}

/**
 * The clause after a figure giving its share of the place's whole (`规模以上工业增加值100亿元，占全市比重36%`, `…，占全市的
 * 81%`, Yunfu 2015 on its industrial parks): the figure is a part's. A share of another aggregate (`占全市生产总值的23.6%`)
 * says nothing of it, nor does a share of the province above a city (`占全省的比重`), which is the city's own. The share
 * may follow its number at once, and a level's share may follow the clause of its growth (Nanjing 2014, on its suburbs:
 * `预计实现地区生产总值4120亿元，增长12.3%，占全市51.5%`). The aggregate a share names, if any, is the match's group 1: a
 * share of the same indicator of the whole (Zhumadian 2014, on its industrial zones: `全年完成规模以上工业增加值290亿元，占全市
 * 规模以上工业增加值的59.2%`) makes the figure a part of it too.
 */
const SHARE_AFTER = (whole: string) =>
  new RegExp(String.raw`^[^，,；;。]*(?:[，,]\s*(?:增长|下降)[^，,；;。]*)?[，,]\s*占(?:全|我|本)${whole}(?:的|比重|[\d０-９]|([一-鿿]{2,16}?)(?:的|比重))`);
const CITY_SHARE_AFTER = SHARE_AFTER("[市州盟]");
/** A district's or county's whole (`占全区的`, `占全县比重`). */
const DISTRICT_SHARE_AFTER = SHARE_AFTER("[市县区旗]");
const PROVINCE_SHARE_AFTER = SHARE_AFTER("(?:省|自治区|区)");

/**
 * Whether a figure with `label`, followed in its sentence by `after`, in the report of a place of `level`, is a part's by
 * the share after it. A city's whole is 全市 (全州, 全盟); 全区 in a city's report is its autonomous region (Nanning 2016:
 * `年均增长10.6%，占全区比重提高1.48个百分点`), whose share the city's own figure has, as a province's is.
 */
export function ofWholeShare(after: string, label: string, level: string): boolean {
  const share = level === "city" ? CITY_SHARE_AFTER : level === "district" ? DISTRICT_SHARE_AFTER : PROVINCE_SHARE_AFTER;
  const m = share.exec(after);
  return m !== null && (m[1] === undefined || label.endsWith(m[1])) && !WHOLE.test(label);
}
