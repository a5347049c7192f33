import { cleanSubject } from "./label.ts";
import { ZONES } from "./metric-match.ts";

/**
 * Nouns the last item of a list shares with the others: `PM10、PM2.5浓度` → PM10浓度, PM2.5浓度; `粮食、蔬菜、肉类产量`
 * → 粮食产量, 蔬菜产量, 肉类产量.
 */
const TAILS = [
  // `基本养老、失业、工伤保险参保人数`: the kinds of insurance.
  "保险参保人数",
  // `全市企业养老、基本医疗保险覆盖人数分别增加10万人和4万人` (Wuxi 2010): each insurance's people covered, its 保险 too
  // (企业养老保险覆盖人数), no bare 企业养老人数.
  "保险覆盖人数",
  "保险参保率",
  // `养老、失业、医疗、工伤、生育参保人数分别达到32.25万人、…` (Lanzhou 2011): each insurance's insured, its 保险 left out.
  "参保人数",
  "参保率",
  // `城镇养老、医疗、失业保险覆盖率分别达到96%、86.5%和97%` (Taiyuan 2007): each insurance's coverage.
  "保险覆盖率",
  // `城镇职工养老保险、失业保险和医疗保险覆盖面分别达到84%、88%…` (Harbin 2006): so is its coverage named 覆盖面.
  "保险覆盖面",
  // `全省参加企业养老、失业、医疗和工伤保险的人数分别为1146万、954万、877万和1120万` (Guangdong 2004).
  "保险的人数",
  "常住居民人均可支配收入",
  "居民人均可支配收入",
  "人均可支配收入",
  // `城镇、农村居民收入分别增长4.8%、5.9%`: each kind of residents' income.
  "居民收入",
  // `PM2.5、PM10平均浓度下降率均超过20%` (Henan 2023): the fall in each pollutant's concentration, no bare PM2.5.
  "平均浓度下降率",
  "浓度下降率",
  "年均浓度",
  "平均浓度",
  "浓度",
  "投资",
  // `自治区本级财政和社会科技投入双双增长10%以上`: the funds each puts into science.
  "科技投入",
  // `带动家电、新能源汽车消费分别增长19%、95.3%`: the spending on each.
  "消费",
  "数量",
  "增加值",
  "产值",
  "总产量",
  // `果、菜总产分别达到545.8万吨、387.3万吨` (Xianyang 2014): the output of each, 总产 short for 总产量, no bare 果.
  "总产",
  "产量",
  "总收入",
  // `全口径、地方级财政收入分别增长5%、8%` (Siping 2014): the fiscal revenue on each basis (全口径财政收入), no bare revenue.
  "财政收入",
  "收入",
  "总量",
  // `邮政、电信业务总量分别增长44.5%和1.9倍` (Guangxi 2019): each one's business volume, its 业务 no word of the last item.
  "业务总量",
  // `上饶经开区、广丰经开区主营业务收入分别突破700亿元、500亿元`: each one's revenue from its main business.
  "主营业务收入",
  "业务收入",
  // `规模以上中型企业、小微企业营业收入分别增长14.3%和10.7%` (Xinjiang 2020): each kind of firm's operating revenue.
  "营业收入",
  // `对东盟、欧盟进出口分别增长16.7%、40.2%` (Hubei 2026): the trade with each.
  "进出口",
  "人数",
  // `服务业、战略性新兴产业投资比重分别提高到40%和10%以上` (Jilin City 2014): each one's share of the investment, not its
  // share of the economy.
  "投资比重",
  "比重",
  // `葡萄、枸杞种植面积分别新增2000亩、8000亩`: the area each is grown on.
  "种植面积",
  // `土地和草牧场流转面积分别达到410万亩和480万亩` (Wulanchabu 2016): the area of each whose use is transferred (土地流转面积),
  // not the land's whole area.
  "流转面积",
  "面积",
  // `上投集团、上饶银行资产总额分别突破3200亿元、2300亿元`: each one's assets.
  "资产总额",
  // `规模以上工业、服务业利润总额分别增长10%、25%` (Hunan 2022): each one's profits, no bare 总额.
  "利润总额",
  "总额",
  // `压减煤炭、焦化、钢铁产能1815万吨、1457万吨、252万吨`: each industry's capacity.
  "产能",
  // `限上新能源汽车、家具零售额分别增长74%和15%` (Ji'an 2025): the retail sales of each; of each class, when the last names
  // its class (`汽车、石油类零售额` → 汽车类零售额).
  "类零售额",
  "零售额",
  // `受污染耕地、重点建设用地安全利用率分别达93%、95%以上`: each kind of land's.
  "安全利用率",
  // `年内秸秆、畜禽粪污综合利用率分别达到96%、95%以上` (Xuzhou 2023): the share of each waste put to use (秸秆综合利用率),
  // not the words after the first item's length (no 秸秆粪污综合利用率). Only after wastes named bare ({@link WASTE_THING}).
  "资源化利用率",
  "综合利用率",
  // `畜禽粪污、秸秆和废旧地膜回收利用率分别达到90%、86%和83%` (Baotou 2022): the share of each recovered for use.
  "回收利用率",
  // `城镇供水、燃气普及率分别提高到75%、89%` (Guangxi 2015): the share of the people each utility reaches.
  "普及率",
  // `全市农业新品种、新技术推广率分别达到99%和87%` (Dalian 2017): the share each is taken up at, no bare 农业新品种.
  "推广率",
  // `二氧化硫和化学需氧量排放量分别削减5%和1.5%`, `二氧化硫、化学需氧量排放分别减少7.9%、4.3%`: each pollutant's emissions.
  "排放总量",
  "排放量",
  "排放",
  // `全市集中饮用水源地水质、二级以上空气质量达标率均达到100%` (Yichun 2014): the rate each meets its standard at.
  "达标率",
  // `主要出境、跨界河流断面水质达标率达到100%` (Yunnan 2017): the rivers' sections each kind names, their water's rate
  // (主要出境河流断面水质达标率), no bare 主要出境达标率.
  "河流断面水质达标率",
  "断面水质达标率",
  "河流断面水质优良率",
  "断面水质优良率",
  // `中央环保督察及“回头看”转办件办结率分别达99%、98%` (Yinchuan 2019): the share of each one's cases closed
  // (中央环保督察转办件办结率), no bare 中央环保督察. Not a bare 办结率: a list of motions at 100% it would split into items
  // that name no one's (`人大代表议案、建议和政协提案办结率100%`, Guangxi 2015: no bare 建议办结率).
  "转办件办结率",
  // `乡级综合养老服务中心、社区日间照料机构（设施）覆盖率分别达到60%和90%以上` (Wuzhong 2025): the coverage of each kind of
  // facility, no bare facility.
  "覆盖率",
  // `排污权、碳排放权交易额分别增长40%和19.3%` (Wuzhong 2025): the turnover of each right's trade.
  "交易额",
  // `中心城区、县城环境空气质量优良率分别达98%和97%以上` (Zunyi 2022): the share of good-air days of each.
  "环境空气质量优良率",
  "空气质量优良率",
  "空气质量优良天数比例",
  "优良天数比例",
  // `设市城市、县城建成区生活垃圾无害化处理率分别达95%、90%以上` (Zunyi 2020): the share of each place's household waste
  // treated harmlessly (设市城市生活垃圾无害化处理率), no bare 设市城市.
  "生活垃圾无害化处理率",
  // `科技、教育、卫生、环境保护支出分别增长39.2%、43.2%、59.9%、20.2%`: the spending on each, whatever the length of
  // the last item's own words (环境保护).
  "支出",
  // `城镇居民和农民恩格尔系数为44.7％、49％`, `高中阶段教育和高等教育毛入学率分别达到60％和13％以上` (Fujian 2001): each
  // group's coefficient, each level's gross enrolment, whatever the length of the last item's own words (农民, 高等教育).
  "恩格尔系数",
  "毛入学率",
  // `高铁、高速公路通车里程分别达到2110公里、7473公里` (Shandong 2021): the length of each kind of line open to traffic,
  // whatever the length of the last item's own words (高速公路), no 高铁公路通车里程.
  "通车里程",
  "营运里程",
  "运营里程",
  "里程",
  // `港口和集装箱吞吐量分别达到4.1亿吨、1450万标准箱` (Qingdao 2013): each one's throughput (港口吞吐量), not the words after
  // the first item's length (no 港口箱吞吐量). Not when the last names the port or airport whose throughput it is (see
  // {@link FACILITY_THROUGHPUT}).
  "吞吐量",
].sort((a, b) => b.length - a.length);

/**
 * Nouns whose prefix the first item shares with bare later items: `旅游接待人数、收入`, `旅游人次和收入` → 旅游收入, `旅游人次和总收入` →
 * 旅游总收入; a total's 总 is its noun's, no word of the prefix (`规上工业总产值和增加值` → 规上工业增加值, `旅游接待总人次和总收入`
 * → 旅游总收入, Jiangxi 2020); so do the patents applied for and granted (`发明专利申请量、授权量年均增长 17.1%和 38.3%`, Weihai
 * 2016 → 发明专利授权量), and the accidents counted, then their dead (`生产安全事故起数、死亡人数分别下降11.2%、9%`, Sichuan
 * 2022 → 生产安全事故死亡人数, no dead of nothing).
 */
const HEADS = ["接待总人次", "接待人数", "接待人次", "总人次", "人数", "人次", "总收入", "收入", "数量", "总量", "总产值", "产值", "增加值", "总额", "申请量", "授权量", "起数"].sort((a, b) => b.length - a.length);

/**
 * What joins a list's items, tried in order: every joining word, then without the ones words also contain. 及 and 与
 * inside a word (`普及率`, `涉及`, `参与`) join nothing even then (`互联网普及率、家庭宽带普及率和无线宽带网络覆盖率均超过78%`),
 * nor does 及 before a bound (`县级及以上集中式饮用水水源地水质达标比例`, Mianyang 2024: the sources of the counties and above),
 * nor 及 opening a word (`信访事项及时受理率、按期答复率均达到100%`, Tonghua 2024: 及时, timely, is the first rate's word),
 * nor 及 before 其, "and its" (`稀土、钨及其应用和新能源汽车及其配套、铜铝有色金属三个主营业务收入分别超1000亿元`, Ganzhou 2014:
 * tungsten and its uses are one industry),
 * nor 和 of 和谐 (`城乡和谐社区建设达标率分别超过98%和95%`, Suzhou 2012: harmonious communities, no list).
 */
/** A 及 of a list (not 普及, 及时) with a 、 after it. */
const INNER_JI = /(?<![普惠涉顾触波危提])及(?!以[上下]|[时格其])[^、]*、/;

const SEPARATORS = [/、|和(?!谐)|(?<![普惠涉顾触波危提])及(?!以[上下]|[时格其])|(?<!参)与/, /、|和(?!谐)/, /、/];

/**
 * `s` split at `sep` outside brackets: a list inside brackets is one item's own words (`每个县（市、区）新开工、建成或部分
 * 建成项目` → 每个县（市、区）新开工, 建成或部分建成项目).
 */
function splitOutside(s: string, sep: RegExp): string[] {
  const pieces = s.split(new RegExp(`(${sep.source})`));
  const items: string[] = [];
  let open = 0;
  for (const [i, piece] of pieces.entries()) {
    // Odd pieces are the separators the split kept: inside brackets they stay in their item.
    if (i % 2 === 1) {
      if (open > 0) items[items.length - 1] += piece;
      continue;
    }
    if (open > 0) items[items.length - 1] += piece;
    else items.push(piece);
    open += (piece.match(/[（(]/g)?.length ?? 0) - (piece.match(/[）)]/g)?.length ?? 0);
  }
  return items;
}

const endsWithNoun = (s: string) => TAILS.some((t) => s.endsWith(t)) || HEADS.some((h) => s.endsWith(h));

/**
 * `制造业、战略性新兴产业占规上工业增加值比重`: the `占…` tail belongs to every item. A last item that names before it only
 * a measure the first ends with one of (`高新技术产业投资、产值占比`, Linyi 2025) is that measure of the same thing, whose
 * words before its measure it takes too (高新技术产业产值占比). So is a share told as what is in the whole (`工业增加值、民营经济
 * 增加值在生产总值中的比重分别达到25%和50.3%`, Pingliang 2025: 工业增加值在生产总值中的比重).
 */
const SHARE_IN = /在\p{Script=Han}{1,10}中的?(?:比重|占比|比例)$/u;
const SHARE_OF = new RegExp(`占|${SHARE_IN.source}`, "u");

function shareShare(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  const i = last.search(SHARE_OF);
  if (i <= 0 || parts.slice(0, -1).some((p) => SHARE_OF.test(p))) return null;
  const tail = last.slice(i);
  // A bare 占比 that names no whole is the last item's own measure (`医疗费用增速和药占比分别下降3.05个和4.94个百分点`, Fujian
  // 2017: the drugs' share of costs): an earlier item that is a rate already keeps its own words (no 医疗费用增速占比); not an
  // amount, whose share it is (`制造业增加值、绿色经济占比分别提升至12%、48%`, Tongren 2024: 制造业增加值占比).
  if (tail === "占比" && parts.slice(0, -1).some((p) => /(?:率|增速|增幅|速度)$/.test(p))) return null;
  const measure = last.slice(0, i);
  const first = parts[0]!;
  const own = MEASURES.includes(measure) ? MEASURES.find((m) => first.endsWith(m) && first.length > m.length) : undefined;
  const whole = own ? first.slice(0, -own.length) + last : last;
  // The measure the last item names before its share, an earlier item naming none of its own, is theirs too
  // (`高新技术产业、六大高成长性制造业增加值占规上工业比重分别达到43.9%和33.8%`, Luoyang 2022: 高新技术产业增加值占规上工业比重).
  const shared = MEASURES.filter((m) => measure.endsWith(m) && measure.length > m.length).sort((a, b) => b.length - a.length)[0];
  const measured = (p: string) => (shared !== undefined && !MEASURES.some((m) => p.endsWith(m)) ? p + shared : p);
  return [...parts.slice(0, -1).map((p) => measured(p) + tail), whole];
}

/**
 * A part's share within a whole the last item names (`全部财政收入和公共财政预算收入中税收占比分别达到81.2%和67.2%`, Handan
 * 2014): every earlier item is another whole, which takes the same part and share (全部财政收入中税收占比), not the share
 * alone.
 */
const PART_SHARE = /^\p{Script=Han}{2,}?(中\p{Script=Han}{1,8}?(?:占比|比重|比例))$/u;

function sharePartShare(parts: string[]): string[] | null {
  // Not a share told as what is in the whole (`…在生产总值中的比重`): {@link shareShare}'s.
  const share = SHARE_IN.test(parts.at(-1)!) ? undefined : PART_SHARE.exec(parts.at(-1)!)?.[1];
  if (!share || parts.slice(0, -1).some((p) => !HAN.test(p) || p.length < 2 || p.includes("中") || /(?:占比|比重|比例|率)$/.test(p))) return null;
  return [...parts.slice(0, -1).map((p) => p + share), parts.at(-1)!];
}

/**
 * A list of agriculture's measures, its first item naming the sector (`农业机械化综合水平、科技贡献率分别达到71%和58%`, Ningxia
 * 2016): a later item that names technology's contribution bare is agriculture's too (农业科技贡献率), not the whole economy's.
 */
function shareFarming(parts: string[]): string[] | null {
  const [first, ...rest] = parts as [string, ...string[]];
  if (!first.startsWith("农业") || !rest.some((p) => /^科技(?:进步)?贡献率$/.test(p))) return null;
  return [first, ...rest.map((p) => (/^科技(?:进步)?贡献率$/.test(p) ? "农业" + p : p))];
}

/** Measures of a trade or of its firms (`投资`, `产值`, `营收`) that a later item of a list may name alone. */
const MEASURES = ["投资", "产值", "总产值", "增加值", "营收", "营业收入", "主营业务收入", "利润", "利税", "收入"];

/**
 * `规上农产品加工企业、营收` (Linyi 2025): firms named first, then only a measure of them, which is theirs
 * (规上农产品加工企业营收).
 */
function shareFirms(parts: string[]): string[] | null {
  const [first, ...rest] = parts as [string, ...string[]];
  if (!/企业$/.test(first) || !rest.every((p) => MEASURES.includes(p))) return null;
  return [first, ...rest.map((p) => first + p)];
}

/** `p` and `tail` joined, the words `p` ends with and `tail` begins with written once: 城镇居民 + 居民人均… → 城镇居民人均…. */
function joinOverlap(p: string, tail: string): string {
  for (let k = Math.min(p.length, tail.length - 1); k > 0; k--) if (p.endsWith(tail.slice(0, k))) return p + tail.slice(k);
  return p + tail;
}

/**
 * An item that names a whole measure already (`游客接待量`, `接待游客`; a consumption, `单位生产总值能耗和二氧化碳排放量均
 * 下降6%`, Chongqing 2017): it takes no tail of the last item.
 */
const COMPLETE = /(?:量|数|率|额|值|比例|比重|[能水电煤]耗|人次|游客|人口)$/;
/** A pollutant named by its measure (`化学需氧量`, COD). */
const POLLUTANT_MEASURE = /需氧量$/;

/**
 * The grades of certified farm produce (`无公害`, `绿色`, `有机`, `地理标志`), named bare before the last, which goes on with
 * the produce and the measure they share (`绿色、有机食品认证面积分别增长3.8%和8.7%`, Suihua 2018): each grade's
 * (绿色食品认证面积), not a bare grade before the measure alone (no 绿色面积).
 */
const PRODUCE_GRADE = /^(?:无公害|绿色|有机|地理标志)/;

function shareProduceGrades(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  const grade = PRODUCE_GRADE.exec(last)?.[0];
  if (!grade || !parts.slice(0, -1).every((p) => PRODUCE_GRADE.exec(p)?.[0] === p)) return null;
  const rest = last.slice(grade.length);
  return HAN.test(rest) && rest.length >= 2 ? [...parts.slice(0, -1).map((p) => p + rest), last] : null;
}

/**
 * A known tail widened by the words the last item sets between its own noun and it, every item ending on that noun's last
 * character (`种植业、畜牧业良种覆盖率分别达98%、96%`, `科技型中小企业、高新技术企业、瞪羚企业新增数量分别增长2.4倍、1.75倍、4.5倍`,
 * Dandong 2022): the seed varieties' coverage of each sector (种植业良种覆盖率), the new firms of each kind, not a bare 种植业覆盖率.
 */
function widenedTail(parts: readonly string[], tail: string | undefined): string | undefined {
  if (tail === undefined) return tail;
  const own = parts.at(-1)!.slice(0, -tail.length);
  const end = parts[0]!.at(-1)!;
  if (!/\p{Script=Han}/u.test(end) || !parts.every((p) => p.at(-1) === end || p === parts.at(-1))) return tail;
  const at = own.lastIndexOf(end);
  const words = own.slice(at + 1);
  // Words that end as a trade does name a thing of their own, the character found inside a word of it (`海洋化工、海洋工程
  // 建筑业增加值`, Qingdao 2019: 工 of 工程), no measure of the earlier items' (no 海洋化工程建筑业增加值).
  return at >= 1 && /^\p{Script=Han}{2,4}$/u.test(words) && !words.includes(end) && !DONE_VERB.test(words) && !words.endsWith("业") ? words + tail : tail;
}

/** A verb of the predicate, no words of what the items measure (`工业、农业、旅游业分别完成投资420亿元、…`, Qiannan 2023). */
const DONE_VERB = /^(?:完成|实现|达到|累计|合计|总计|共计)/;

/**
 * A throughput whose last item names the airport or port it is of (`厦门、福州机场旅客吞吐量分别达2790.6万人次、1529.9万人次`,
 * Fujian 2025): the places before it share those words too (厦门机场旅客吞吐量), no bare 厦门吞吐量.
 */
const FACILITY_THROUGHPUT = /(?:机场|港|站)\p{Script=Han}*吞吐量$/u;

/**
 * The insured named by who they are (`城镇职工`, `城乡居民`), not by a kind of insurance: they share all the words of the
 * insurance after the last one's group, not only its 保险参保率 (`城镇职工、城乡居民基本养老保险参保率分别达到87%和80%`,
 * Anshun 2016: 城镇职工基本养老保险参保率, no 城镇职工保险参保率).
 */
const INSURED_GROUP = /(?:职工|居民)$/;

/** A kind of social insurance named bare (`基本养老`, `医疗`), its 保险 left to the last item. */
const INSURANCE_KIND = /(?:养老|医疗|失业|工伤|生育)$/;

/**
 * `基本养老、基本医疗保险户籍人员参保率分别保持在90%和98%以上` (Jiaxing 2019): the people the last item names between its
 * 保险 and the share insured (户籍人员, registered residents) are every kind's: a kind named bare takes the words from 保险
 * (基本养老保险户籍人员参保率), no bare 基本养老参保率.
 */
function insuredTail(parts: readonly string[], tail: string | undefined): string | undefined {
  if (tail === undefined || !tail.startsWith("参保")) return tail;
  const last = parts.at(-1)!;
  const at = last.lastIndexOf("保险");
  if (at < 2 || at + 2 >= last.length - tail.length || !parts.slice(0, -1).every((p) => INSURANCE_KIND.test(p))) return tail;
  return last.slice(at);
}

/**
 * A waste or a farm's leavings named bare (`秸秆`, `畜禽粪污`, `工业固废`), which a rate of use may follow. Not the rates of
 * other things before it (`卫生厕所普及、行政嘎查村生活垃圾治理、畜禽粪污资源化利用率`, Hulunbuir 2021: no 卫生厕所普及资源化利用率).
 */
const WASTE_THING = /(?:秸秆|粪污|粪便|固废|废物|废弃物|尾矿|垃圾|污泥|残膜|农膜|地膜|煤矸石|粉煤灰|废渣)$/;
const USE_RATE = /^(?:资源化|综合|回收)利用率$/;
/** A measure of output or income, which no tax paid before it shares (`亩均税收、亩均工业增加值`, Jiaxing 2019). */
const OUTPUT_MEASURE = /^(?:总?产值|增加值|(?:营业|主营业务)?收入)$/;

function shareTail(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  if (FACILITY_THROUGHPUT.test(last)) return null;
  // A last item that is only a measure of a trade or of its firms, named alone (`市直企业资产、主营业务收入分别增长15.3%、11.3%`,
  // Qingdao 2019), lends no shorter measure it ends with (no 市直企业资产业务收入).
  const tail = MEASURES.includes(last) ? undefined : insuredTail(parts, widenedTail(parts, TAILS.find((t) => last.endsWith(t) && last.length > t.length)));
  if (tail !== undefined && USE_RATE.test(tail) && !parts.slice(0, -1).every((p) => WASTE_THING.test(p))) return null;
  // `规上企业亩均税收、亩均工业增加值分别增长34%和13%` (Jiaxing 2019): the taxes paid are a measure whole in themselves
  // (规上企业亩均税收), no 亩均税收增加值.
  if (tail !== undefined && OUTPUT_MEASURE.test(tail) && parts.slice(0, -1).some((p) => p.endsWith("税收"))) return null;
  if (tail !== undefined && /^(?:保险|参保)/.test(tail) && parts.slice(0, -1).some((p) => INSURED_GROUP.test(p))) return null;
  // A pollutant whose name ends as a measure does (`化学需氧量、二氧化硫排放总量分别控制在7.7万吨和13.7万吨以内`, Qinghai
  // 2009) is no measure of its own before the emissions the list shares.
  // A people named by 人口 is a measure whole in itself (`中心城区人口和建成区面积`, Linyi 2016), unless what the list shares
  // is a measure per head of them (`脱贫人口、监测对象人均纯收入`, Henan 2023).
  const complete = (p: string) => COMPLETE.test(p) && !(tail?.startsWith("排放") && POLLUTANT_MEASURE.test(p)) && !(p.endsWith("人口") && /人均|收入/.test(tail ?? ""));
  // A flow of trade named bare (`出口和实际外商直接投资分别增长12%、15%`, Xiangyang 2014) is a measure whole in itself: the
  // exports, no 出口投资.
  const whole = (p: string) => endsWithNoun(p) || complete(p);
  if (parts.slice(0, -1).some((p) => TRADE_FLOW.test(p))) return null;
  if (parts.slice(0, -1).some(whole)) {
    // A list of rates, bare things after them right before the last rate (`国省考断面水质优Ⅲ比例、受污染耕地和重点建设用地安全
    // 利用率均达100%`, Yancheng 2023): the things' is the last rate (受污染耕地安全利用率); a rate named whole keeps its own.
    // Not a bare thing before a rate of its own group (`畜禽粪污、农作物秸秆综合利用率和…`: {@link shareGroupRates}).
    const bare = parts.slice(0, -1).findIndex((p) => !whole(p));
    const rates = parts.slice(0, -1).filter(whole);
    if (!tail?.endsWith("率") || bare < 0 || !parts.slice(bare, -1).every((p) => !whole(p)) || !rates.every((p) => /(?:率|比例|比重)$/.test(p))) return null;
    return [...parts.slice(0, bare), ...parts.slice(bare, -1).map((p) => joinOverlap(p, tail)), last];
  }
  return tail ? [...parts.slice(0, -1).map((p) => joinOverlap(p, tail)), last] : null;
}

/**
 * Kinds of a thing, the last named with 类 and the thing after it (`政府投资、社会投资和带方案出让类工程建设项目审批时限分别压缩
 * 至45天、42天和27天`, Zhanjiang 2021): each earlier kind, bare and short, is of the same thing (政府投资类工程建设项目审批时限).
 * Not a kind named whole, a measure of its own, nor one that ends as the thing does: a thing of its own.
 */
const CLASS_OF = /^\p{Script=Han}{2,}?类(\p{Script=Han}{2,})$/u;

/** A stage of projects (`开工、竣工亿元以上产业类项目`, Bengbu 2020), no kind of them. */
const PROJECT_STAGE = /(?:新?开工|竣工|建成|投产|续建|在建)$/;

/** Whether two texts share two characters in a row (`一般项目建设` and `重点项目审批时限` share 项目). */
const sharesWord = (a: string, b: string) => [...a].some((_, i) => i < a.length - 1 && b.includes(a.slice(i, i + 2)));

function shareClassed(parts: string[]): string[] | null {
  const thing = CLASS_OF.exec(parts.at(-1)!)?.[1];
  // Not a stage of the projects, nor an item that names the thing itself (`一般项目建设、鼓励类重点项目审批时限`, Mudanjiang 2015).
  if (!thing || parts.slice(0, -1).some((p) => !HAN.test(p) || p.length > 6 || p.includes("类") || COMPLETE.test(p) || p.slice(-2) === thing.slice(-2) || PROJECT_STAGE.test(p) || sharesWord(p, thing))) return null;
  return [...parts.slice(0, -1).map((p) => `${p}类${thing}`), parts.at(-1)!];
}

/**
 * Tourism's visitors named first, then only revenue (`2016-2019年全市旅游接待过夜旅客、收入年均增长12.8%、21.9%`, Zhanjiang
 * 2021): the revenue is tourism's (旅游收入), not a bare one.
 */
const TOURISM_FIRST = /^(?:\d{4}(?:[-—至到]\d{4})?年)?(?:全[市省区州县]|[我本][市省区州县])?旅游/;

function shareTourism(parts: string[]): string[] | null {
  const [first, ...rest] = parts as [string, ...string[]];
  if (!TOURISM_FIRST.test(first) || !rest.every((p) => /^(?:总|综合)?收入$/.test(p))) return null;
  return [first, ...rest.map((p) => "旅游" + p)];
}

/**
 * A later item that names only a kind of the first item's measure (`旅游人数、门票、综合收入、从业人数`, Shangrao 2016): the
 * tickets, the overall revenue or the people employed of the same trade, a noun of {@link HEADS} after the kind or none; so do
 * the dead and the injured of the accidents the first counts (`各类生产安全事故起数和死亡人数分别下降36.4%、27.4%`,
 * Heilongjiang 2020).
 */
const KIND_OF_HEAD = new RegExp(`^(?:综合|门票|从业|死亡|受伤)(?:${HEADS.join("|")})?$`);

function shareHead(parts: string[]): string[] | null {
  const [first, ...rest] = parts as [string, ...string[]];
  const head = HEADS.find((h) => first.endsWith(h) && first.length > h.length);
  if (!head || !rest.every((p) => HEADS.includes(p) || KIND_OF_HEAD.test(p))) return null;
  // The verb of the accidents' happening is no word of their dead (`全年安全生产事故发生起数、死亡人数同比分别下降40.5%和39%`,
  // Chifeng 2020: 安全生产事故死亡人数, no 安全生产事故发生死亡人数).
  const prefix = first.slice(0, -head.length).replace(/(?<=\p{Script=Han}{2})发生$/u, "");
  return [first, ...rest.map((p) => prefix + p)];
}

/**
 * The sectors named by their ordinals before what they share (`一、二、三产业增加值`, `一二三产业`, `第一、二、三次产业`):
 * two or three of 一, 二, 三 in order, joined or not, then 产业 or 次产业, or 产 alone, the short name (`一、二、三产分别增长
 * 7%、16%、11.6%`, Ningxia 2011), but not a word it opens (产品, 产值, 产量); not their fusion (`一二三产业融合`).
 */
const SECTORS = /^(.*?)第?([一二三])(?:[、和及与]?第?([一二三]))(?:[、和及与]?第?([一二三]))?(?:次?产业|产(?![品值量能权出业]))(?!融合)(.*)$/;

/** `一、二、三产业增加值` → 第一产业增加值, 第二产业增加值, 第三产业增加值; null when the subject names no such list. */
function sectors(s: string): string[] | null {
  // The three sectors named together (`其中，三次产业年均分别增长3.7%、12.7%和11.7%`, Guizhou 2006; `三次产业分别增长7.2%、
  // 14%和11%`, Ningxia 2009): first, second and third, in that order; not their structure or ratio (`三次产业结构`),
  // which is one figure, nor their fusion.
  const all = /^(.*?)(?<![一二、和与及])三次产业(?!结构|比例|比重|融合|协同)(.*)$/.exec(s);
  if (all) return ["一", "二", "三"].map((x) => `${all[1]}第${x}产业${all[2]}`);
  const m = SECTORS.exec(s);
  if (!m) return null;
  const numerals = [m[2]!, m[3]!, m[4]].filter((x): x is string => x !== undefined);
  const order = "一二三";
  if (numerals.some((x, i) => i > 0 && order.indexOf(x) <= order.indexOf(numerals[i - 1]!))) return null;
  return numerals.map((x) => `${m[1]}第${x}产业${m[5]}`);
}

const GRADE_NUMERALS = "一二三四五六七八九十";

/** Numerals one to ten each written alone, in rising order (`一`, `二`, `三`): the grades or classes of a list. */
function ascending(numerals: readonly string[]): boolean {
  const order = numerals.map((p) => (p.length === 1 ? GRADE_NUMERALS.indexOf(p) : -1));
  return order.every((x, i) => x >= 0 && (i === 0 || x > order[i - 1]!));
}

/**
 * Classes or grades named by their ordinals before the measure word they share (`全区一、二、三类地区月最低工资标准`, Guangxi
 * 2024; `一、二级公路`): each class with the words after it (全区一类地区月最低工资标准, …), two or more ordinals in order.
 */
const CLASSES = /^(.*?)([一二三四五六七八九十])((?:、[一二三四五六七八九十])+)(类|级|档|等)(.+)$/;

function classes(s: string): string[] | null {
  const m = CLASSES.exec(s);
  if (!m) return null;
  const numerals = [m[2]!, ...m[3]!.split("、").filter(Boolean)];
  if (!ascending(numerals)) return null;
  return numerals.map((x) => `${m[1]}${x}${m[4]}${m[5]}`);
}

const HAN = /^\p{Script=Han}+$/u;
/**
 * Levels of government named before the noun they share, the last by one character (Songyuan 2019: `中央和省环保督察反馈问题
 * 分别办结98.5%和88.8%`): each level with the words after the last (中央环保督察反馈问题, 省环保督察反馈问题), not 中央 bare.
 * Not a level's own body or grade after it (`省委`, `省级`, `市直`, `省属`), which is no shared noun.
 */
const GOVERNMENT_LEVELS = /^(中央|国家)((?:[、和及与](?:省|市|县))+)(?![级委直属长政])(\p{Script=Han}{2,})$/u;

/**
 * Levels of government fused into one word, one character each and in order, before the noun they share (Linyi 2018:
 * `市县行政权力事项分别压减34%和27%`): each level with that noun (市行政权力事项, 县行政权力事项). Not the levels counted
 * together (`市县两级`, `省市县三级继续分别抓好100家重点企业`, Henan 2011: no 省县三级, 市县三级 of a run cut short, the level
 * left over read as the noun's), nor a level's own body or grade after them (`省市级`, `市县政府`), nor a word a level opens
 * (`市场`, `县城`, `市区`).
 */
const FUSED_LEVELS = /^(省)?(市)?(县)?(乡)?(?![省市县乡]|[两三四五]级|[级委直属长政府场城区镇])(\p{Script=Han}{2,})$/u;

function levels(s: string): string[] | null {
  const m = GOVERNMENT_LEVELS.exec(s);
  if (m) return [m[1]!, ...m[2]!.split(/[、和及与]/).filter(Boolean)].map((x) => x + m[3]!);
  const fused = /^[省市县乡]{2}/.test(s) ? FUSED_LEVELS.exec(s) : null;
  const named = fused ? [fused[1], fused[2], fused[3], fused[4]].filter((x): x is string => x !== undefined) : [];
  return named.length >= 2 ? named.map((x) => x + fused![5]!) : null;
}

/** A place's people or its area named bare (`人口`, `面积`). */
const SIZE_MEASURE = /^(?:人口|面积)$/;

/** Town or country, the two halves of a place's people (`城镇`, `农村`). */
const TOWN_COUNTRY = /^(?:城镇|城市|农村|乡村)$/;
const PLACE = /^.{2,}[区县市旗盟州]$/;

/**
 * `肉牛、肉羊饲养量`, `城市和农村生活垃圾无害化处理率`: earlier items of one length name what the last item's words of
 * that length name, and share what follows them.
 */
/** The two-character word an industry's name ends with before its 业 (`装备制造业`, `现代服务业`, `农产品加工业`). */
const INDUSTRY_WORD = /^(?:制造|服务|加工|建筑|物流|旅游|餐饮|零售|批发|金融|运输|养殖|种植)业$/;

/**
 * A flow of trade or of capital named whole (`外贸出口`, `进口`; `实际利用外资、进出口总额分别增长31%、15%`, Hanzhong 2023:
 * the foreign capital used, no 实际利用外资总额).
 */
const TRADE_FLOW = /(?:出口|进口|利用外资)$/;
/**
 * The government's own meetings and papers named bare (`会议、文件和评比表彰项目分别减少30%、29.5%、16.8%`, Yinchuan 2015):
 * things whole in themselves, the cuts of each, that share no words of a last item of another kind (no 会议表彰项目).
 */
const OWN_PAPERS = /^(?:会议|文件|简报)$/;

/** The Chinese words of a text, as ICU's dictionary draws them. */
const WORDS = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * The yield of a crop per unit of land (`单产`, `亩产`), a word wherever it stands: ICU's dictionary draws a word across it after
 * some crops (`粮食和油菜单产分别增长2%、3%`, Guizhou 2023: 油/菜单/产, a menu), which would leave the crops no yield they share.
 */
const YIELD = /^(?:单产|亩产)/;

/** Whether a word of `text` starts at `at` (ICU's word segmentation, or a crop's {@link YIELD}). */
function wordStartsAt(text: string, at: number): boolean {
  if (YIELD.test(text.slice(at))) return true;
  for (const { index } of WORDS.segment(text)) if (index >= at) return index === at;
  return false;
}

/** Whether a word of two characters or more of `text` starts at `at` (ICU's word segmentation). */
function longWordAt(text: string, at: number): boolean {
  for (const { index, segment } of WORDS.segment(text)) if (index >= at) return index === at && segment.length >= 2;
  return false;
}

/**
 * Kinds of two characters listed before a last item that goes on, after a word as long, with words that qualify the measure
 * they share (`生猪、家禽规模化养殖比重分别达到60%和70%`; `城区和县城控规覆盖率`, Neijiang 2014; `广播、电视综合人口覆盖率`;
 * `机场、高铁旅客吞吐量`): each kind takes the last's words after its own length (生猪规模化养殖比重, 城区控规覆盖率), not only
 * the measure that ends it (no 生猪比重). Not the rest of a longer name (`粮食、蔬菜、肉蛋奶产量`, `钢铁、水泥、平板玻璃产能`):
 * only the words that qualify a measure, never a thing, are shared so.
 */
const SHARED_QUALIFIER = /^(?:规模化|综合|人口|旅客|产业|行业|工程|基础设施|控规)/;

function shareShortKinds(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  if (!parts.slice(0, -1).every((p) => p.length === 2 && HAN.test(p)) || !SHARED_QUALIFIER.test(last.slice(2)) || !wordStartsAt(last, 2)) return null;
  return [...parts.slice(0, -1).map((p) => p + last.slice(2)), last];
}

function shareParallel(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  const k = parts[0]!.length;
  if (k < 2 || last.length < k + 2 || !HAN.test(last.slice(0, k + 1))) return null;
  // Places (`红寺堡区、同心县综合贫困发生率`) are names of any length; an item that names its measure already (`工业投资、
  // 工业技改投资`) takes nothing of the last.
  // Nor does an item that names a flow of trade (`外贸出口和实际外商直接投资额分别增长8%`, Xiangyang 2019: the exports, no
  // 外贸出口直接投资额), a measure whole in itself.
  // Nor do the government's meetings or papers named bare (OWN_PAPERS).
  if (parts.slice(0, -1).some((p) => p.length !== k || !HAN.test(p) || COMPLETE.test(p) || TRADE_FLOW.test(p) || OWN_PAPERS.test(p) || PLACE.test(p) || endsWithNoun(p))) return null;
  // `国家级、部级创新平台` (Jilin 2026): the last item's grade is shorter than the first's, ending as theirs do (级, 型, 类)
  // before the length of the first: the words after it are the tail (国家级创新平台), not those after the first's length
  // (but a character inside a word, `全区零售物价、居民消费价格涨幅`, ends no grade).
  const end = parts[0]!.at(-1)!;
  // `文件简报和自治区级会议分别减少50%和40%` (Ningxia 2014): the last item's words up to the first's length end as a grade
  // (自治区级) that the earlier items do not name: it is a noun of its grade, the earlier ones nouns whole (文件简报).
  if (last[k - 1] === "级" && !/[级型类]$/.test(end)) return null;
  const graded = /[级型类]/.test(end) && parts.slice(0, -1).every((p) => p.endsWith(end));
  const shorter = graded ? last.slice(0, k - 1).lastIndexOf(end) : -1;
  // `新开工、竣工亿元以上产业项目分别突破360个和300个` (Jiaxing 2020): a split between a magnitude and its unit (亿|元) falls
  // inside the size the projects share: the tail opens with the magnitude (新开工亿元以上产业项目, no 新开工元以上产业项目).
  const cut = (shorter > 0 ? shorter + 1 : k) - (/[万亿]/.test(last[k - 1]!) && /^(?:元|美元)/.test(last.slice(k)) && shorter <= 0 ? 1 : 0);
  // `民营企业、小微企业、制造业中长期贷款分别增长10%、12%和13%以上` (Tongliao 2023): a split between 中 and 长期 falls inside
  // the term of the loans (中长期, medium and long term) the items share: the tail opens with it (民营企业中长期贷款, no
  // 民营企业长期贷款).
  const at = last[cut - 1] === "中" && /^[长短]期/.test(last.slice(cut)) ? cut - 1 : cut;
  // `新材料、装备制造业分别增长14.8%、35.1%` (Qinghai 2017): a split inside the word an industry's name ends with (制造业,
  // 服务业) leaves no tail the others share, only a piece of the last's own word (no 新材料造业).
  if (INDUSTRY_WORD.test(last.slice(at - 1)) && !INDUSTRY_WORD.test(last.slice(at))) return null;
  const tail = last.slice(at);
  // `职工和城乡居民待遇每月分别提高127元和20元` (Wulanchabu 2018): 城乡居民 is one group, the whole place's residents; a split
  // after 城乡 is inside it: the others share the words after the group (职工待遇, no 职工居民待遇). So is 机关事业单位, the
  // government's offices and its public institutions (`企业和机关事业单位退休人员基本养老金年人均分别提高1627元和1584元`,
  // Henan 2019: 企业退休人员基本养老金, no 企业事业单位退休人员基本养老金).
  // `城镇职工和居民政策范围内报销比例分别保持在85%和75%以上` (Wulanchabu 2016): insured groups named whole, the last going on
  // after its own group (居民) with what they share: the others take the words after that group (城镇职工政策范围内报销比例),
  // not those after the first's length (no 城镇职工范围内报销比例).
  const insured = parts.slice(0, -1).every((p) => INSURED_GROUP.test(p)) ? /^(?:城乡|城镇|农村)?(?:职工|居民)/.exec(last)?.[0].length : undefined;
  const group = insured ?? (last.startsWith("城乡居民") && at === 2 ? 4 : last.startsWith("机关事业单位") && at > 0 && at < 6 ? 6 : 0);
  if (group > 0) {
    const after = last.slice(group);
    return HAN.test(after) ? [...parts.slice(0, -1).map((p) => p + after), last] : null;
  }
  // `排污权、碳排放权交易额`: a tail that opens with the item's last word shows heads of other lengths. Not when the tail
  // opens on a word of its own of two characters or more (`在职、退休职工普通门诊最高支付限额`, Yantai 2025: 职工, which the
  // first item's 职 only happens to open; 在职职工…, as 退休职工…).
  if (parts.slice(0, -1).some((p) => p.at(-1) === tail[0]) && !longWordAt(last, at)) return null;
  // `制造业、战略性新兴产业分别增长18%和32%` (Jiangsu 2020): industries listed whole, each ending as one (业), share no words.
  if (last.endsWith("业") && parts.slice(0, -1).every((p) => p.endsWith("业"))) return null;
  // `高新技术企业、科技型中小微企业`: an item that ends with the tail names the same noun already.
  if (parts.slice(0, -1).some((p) => p.endsWith(tail))) return null;
  // `八类案件及涉众型经济犯罪案件立案`: an item whose last two words the tail repeats (案件) names its noun already and
  // takes only the words after it there (八类案件立案), not the last's words after its own length.
  const after = (p: string) => {
    const at = tail.indexOf(p.slice(-2));
    return at < 0 ? null : tail.slice(at + 2);
  };
  // A tail that starts inside a word of the last item is no words the others share (`适度规模经营和主要农产品加工转化率`,
  // Yinchuan 2017: 加工, no 适度规模经营工转化率), the words as the dictionary of the runtime's ICU segmenter draws them.
  const own = parts.slice(0, -1).map(after);
  if (own.includes(null) && !wordStartsAt(last, at)) {
    // `孕产妇和婴儿死亡率` (Tibet 2013): a last item of two words, its head a character shorter than the first item (婴儿,
    // 孕产妇): its second word is the tail the others share (孕产妇死亡率, no 孕产妇亡率). Not a longer last item, whose
    // words after its head may be its own (`适度规模经营和主要农产品加工转化率`, Yinchuan 2017).
    const words = [...WORDS.segment(last)].map((w) => w.segment);
    return at === k && words.length === 2 && words[0]!.length === k - 1 && words[1]!.length >= 2 ? [...parts.slice(0, -1).map((p) => p + words[1]), last] : null;
  }
  return [...parts.slice(0, -1).map((p, i) => p + (own[i] ?? tail)), last];
}

/**
 * The items a `分别` / `均` list names, each as a full label: `城镇和农村常住居民人均可支配收入` → 城镇…, 农村…;
 * `城乡居民人均可支配收入` → 城镇居民…, 农村居民…; `重大产业、工业技改、高新技术产业投资` → …投资 ×3.
 * `n` is the number of figures of a `分别` list (null for `均`); when the items do not match it, every figure
 * gets the whole subject.
 */
export function listItems(subject: string, n: number | null): string[] {
  // `规上制造业、工业战略性新兴产业增加值年均`: the yearly average is every item's; the items are read without it. So is a
  // real change (`城镇居民人均可支配收入和农民人均纯收入年均分别实际增长7%和5%以上`, Guizhou 2006): 年均实际 is each one's.
  const yearly = /^(.+[、和及与].+?)((?:年均)?(?:实际|名义)|年均)$/.exec(cleanSubject(subject));
  if (yearly) return listItems(yearly[1]!, n).map((item) => item + yearly[2]!);
  // `主要污染物化学需氧量和二氧化硫排放总量在2005年基础上均累计削减30%` (Wuxi 2010): the year the cut is measured from is
  // every item's, no word of the last one; the items are read without it (化学需氧量排放总量在2005年基础上).
  const ground = subject.includes("基础上") ? /^(.+[、和及与].+?)(在(?:19|20)\d{2}年(?:末|底)?的?基础上)$/.exec(cleanSubject(subject)) : null;
  if (ground) return listItems(ground[1]!, n).map((item) => item + ground[2]!);
  // `PM10、PM2.5平均浓度与上半年相比分别下降21.7%、10.4%` (Henan 2017): the time the change is measured against is every
  // item's, no word of the last one; the items are read without it (PM10平均浓度与上半年相比, no bare PM10).
  const against = subject.endsWith("相比") ? /^(.+[、和及与].+?)((?:与|同|跟|较)\p{Script=Han}{2,8}?相比)$/u.exec(cleanSubject(subject)) : null;
  if (against) return listItems(against[1]!, n).map((item) => item + against[2]!);
  // `PM10、PM2.5平均浓度分别改善1%和1.9%` (Dezhou 2020): the betterment every item's figure is, a word no list of verbs
  // reads, is no word of the last item; the items are read without it (PM10平均浓度改善, no bare PM10).
  const bettered = subject.endsWith("改善") ? /^(.+[、和及与].+?)((?:同比)?改善)$/.exec(cleanSubject(subject)) : null;
  if (bettered) return listItems(bettered[1]!, n).map((item) => item + bettered[2]!);
  // `粮食和蔬菜产量预计分别达到…`: the estimate before the figures is no word of the items, nor is the verb of getting them
  // done with no 分别 before it (`大口径财政收入和公共财政预算收入完成40.1亿元、16.7亿元`, Zhangye 2014).
  const s = cleanSubject(subject).replace(/(?<=[\u4e00-\u9fff”])(?:预计|力争|争取|完成|实现)$/, "")
    // `全社会用电量、货运量、中长期贷款余额等先行指标分别增长…`: the word that sums up a list (`等先行指标`, `等主要指标`) is
    // no word of its last item.
    // `财政总收入和地方公共财政预算收入均实现翻番，分别达…` (Guangdong 2013): the doubling both items share is no word of the last.
    .replace(/(?<=[、和及与]\p{Script=Han}+)(?:均|都|双双)(?:已经?|提前)?(?:实现了?)?(?:翻番|翻一番|翻两番|翻了一番|翻了两番)$/u, "")
    // `城乡居民收入与经济增长保持同步，年均分别增长11.3%和16.5%` (Chuxiong 2016): what the items keep pace with is no item of
    // the list; the figures are the items' before 与 (城镇居民收入, 农村居民收入), none of the economy's.
    .replace(/(?<=\p{Script=Han}{2})[与同]\p{Script=Han}+?(?:基本)?(?:保持|实现)?同步(?:增长)?$/u, "")
    // So is their count with no 等 before it (`生产安全事故起数、死亡人数、直接经济损失数三项指标分别下降17.4%、20.5%、18.5%`,
    // Yiyang 2022: 直接经济损失数, no 直接经济损失数三项指标).
    .replace(/(?<=[、和及与].+)(?:等(?:[几两三四五六七八九十]项)?|[两三四五六七八九十]项)(?:主要|重要|先行|关键|核心|预期性|约束性)?(?:经济)?指标$/, "")
    // `电子信息、机械装备、石油化工三大主导产业实现产值6000亿元、7800亿元、6150亿元` (Fujian 2017): the count that sums up the
    // items and the verb of getting the figures are no words of the last item (石油化工产值, no 石油化工三大主导产业实现产值).
    .replace(/(?<=[、和及与]\p{Script=Han}+?)[两三四五六七八九十]大(?:主导|支柱|重点|优势|特色|传统|新兴|战略性新兴)?(?:产业|行业|板块|集群)(?=\p{Script=Han}{2})/u, "")
    .replace(/(?<=[、和及与]\p{Script=Han}+?)(?:实现|完成)(?=(?:总产值|产值|增加值|营业收入|主营业务收入|营收|销售收入)$)/u, "")
    // `“保交楼”“保交房”交付率分别达100%和88.2%` (Xinjiang 2025): quoted names set side by side with no mark between them
    // are items of the list, as if 、 stood there.
    .replace(/”(?=“)/g, "”、");
  const ordinals = sectors(s) ?? classes(s) ?? levels(s);
  if (ordinals && (n === null || n === ordinals.length)) return ordinals;
  let splits = SEPARATORS.map((sep) => splitOutside(s, sep).map(cleanSubject).filter(Boolean));
  // `新引进产业链关键环节项目、消费及贸易类项目、“三类500强”及行业龙头项目各20个以上` (Changde 2025): a 及 a 、 comes after
  // joins words of one item, not items of the list, and so does every 及 of that list: it is read by 、 and 和 first.
  if (s.includes("及") && INNER_JI.test(s)) splits = [...splits.slice(1), splits[0]!];
  // `农村卫生厕所普及率、生活污水治理率`: 及 and 与 also write words (普及, 参与); the list is read without them when
  // splitting on them gives more items than figures.
  const parts = (n === null ? undefined : splits.find((p) => p.length === n)) ?? splits[0]!;
  // The whole place named before 城乡 is no word of the items (`全省城乡居民人均可支配收入达到30548元和12881元`, Hebei 2018).
  const towns = s.replace(/^全(?:省|市|区|州|县|自治区)(?=城乡)/, "");
  if (parts.length === 1 && towns.startsWith("城乡") && (n === null || n === 2)) return ["城镇", "农村"].map((w) => w + towns.slice(2));
  // `人均可支配收入年均分别增长7%、8%左右`: two figures of the residents' income, no items named, are town's and country's.
  if (parts.length === 1 && n === 2 && /^(?:居民)?人均(?:可支配)?收入/.test(s)) return ["城镇居民", "农村居民"].map((w) => w + s.replace(/^居民/, ""));
  // `金融机构本外币存贷款余额分别达到8814.26亿元、11269.24亿元`: the deposits', then the loans'.
  if (parts.length === 1 && s.includes("存贷款") && (n === null || n === 2)) return ["存款", "贷款"].map((w) => s.replace("存贷款", w));
  // `金融机构总资产、存贷款余额分别突破5万亿、4万亿和3万亿元` (Shaanxi 2019): one figure more than the items, one item the
  // one word for deposits and loans, is that item read as two, the deposits', then the loans'.
  const loans = n !== null && parts.length === n - 1 ? parts.filter((p) => p.includes("存贷款")) : [];
  if (loans.length === 1) return listItems(parts.flatMap((p) => (p === loans[0] ? ["存款", "贷款"].map((w) => p.replace("存贷款", w)) : [p])).join("、"), n);
  // `社会消费品零售总额、城乡常住居民人均可支配收入年均分别增长7.9%、8%和9%` (Chaoyang 2018): one figure more than the
  // items, the last item opening with 城乡, is that item read as two, the towns', then the countryside's (城镇常住居民…,
  // 农村常住居民…). Not a first item (`城乡低保和企业退休人员养老金分别增长45.7%、71.4%和40.4%`): the words after it may be
  // the last item's alone.
  const both = n !== null && parts.length > 1 && parts.length === n - 1 ? parts.at(-1)! : "";
  if (both.startsWith("城乡") && both.length > 3 && !parts.slice(0, -1).some((p) => p.startsWith("城乡"))) {
    return listItems([...parts.slice(0, -1), "城镇" + both.slice(2), "农村" + both.slice(2)].join("、"), n);
  }
  // `一般公共预算收支累计分别突破9千亿元、3万亿元` (Guangxi 2026): a budget's two sides named in one word, its revenue, then
  // its spending.
  if (parts.length === 1 && /(?:预算|财政)收支/.test(s) && (n === null || n === 2)) return ["收入", "支出"].map((w) => s.replace(/(?<=预算|财政)收支/, w));
  // `城市垃圾污水处理率分别达到87%和82%` (Hebei 2012): garbage and sewage set side by side before the treatment rate they share,
  // the garbage's, then the sewage's.
  const treated = parts.length === 1 && (n === null || n === 2) ? /^(.*?)(垃圾|污水)(垃圾|污水)(处理率)$/.exec(s) : null;
  if (treated && treated[2] !== treated[3]) return [treated[1]! + treated[2]! + treated[4]!, treated[1]! + treated[3]! + treated[4]!];
  // `外资外贸分别增长` (Shantou 2018): two words of two characters that open with the same one, set side by side with no
  // mark between them, are the two items (外资, 外贸).
  const fused = parts.length === 1 && (n === null || n === 2) ? /^(\p{Script=Han})(\p{Script=Han})\1(\p{Script=Han})$/u.exec(s) : null;
  if (fused && fused[2] !== fused[3]) return [fused[1]! + fused[2]!, fused[1]! + fused[3]!];
  // An earlier item with an aside in brackets after its name (`城市（县城）、乡镇分别新增日污水处理能力13万立方米、1万立方米`,
  // Guizhou 2023) shares the last item's words as the item without it does, the aside kept after its name (城市（县城）新增日污水
  // 处理能力), not a noun of nothing. Only where each item has its own figure (分别): one figure of all of them
  // (`医疗（生育）、长期照护保险待遇发放率100%`, Karamay 2021) is read whole.
  const asides = parts.length > 1 && parts.length === n ? parts.slice(0, -1).map((p) => /^(\p{Script=Han}{2,}?)(（[^（）]+）)$/u.exec(p)) : [];
  if (asides.some(Boolean)) {
    const bare = listItems(parts.map((p, k) => asides[k]?.[1] ?? p).join("、"), n);
    if (bare.length === parts.length && bare.every((b, k) => !asides[k] || b.startsWith(asides[k]![1]!))) {
      return bare.map((b, k) => (asides[k] ? asides[k]![1]! + asides[k]![2]! + b.slice(asides[k]![1]!.length) : b));
    }
  }
  if (parts.length < 2 || (n !== null && parts.length !== n)) return Array<string>(n ?? 1).fill(s);
  // The wholes one measure is compared with, listed after the verb of comparing (Yinchuan 2025: `城镇化率分别高于全国、全区
  // 16.6、15.5个百分点`): each figure is the measure's lead over one of them (城镇化率高于全区), no item named before the verb.
  const compared = parts[0]!.includes("于") ? COMPARED_FIRST.exec(parts[0]!) : null;
  if (compared && parts.slice(1).every((p) => COMPARED_WHOLE.test(p))) return [parts[0]!, ...parts.slice(1).map((p) => compared[1]! + p)];
  // A place's people and its area, the first named with the place, the last bare (Linyi 2018: `中心城区建成区人口和面积分别
  // 发展到220万人、231平方公里`): the last is that place's too (中心城区建成区面积), no area of nothing.
  const sized = parts.length === 2 && SIZE_MEASURE.test(parts[1]!) ? /^(\p{Script=Han}{2,}?)(人口|面积)$/u.exec(parts[0]!) : null;
  if (sized && sized[2] !== parts[1]) return [parts[0]!, sized[1]! + parts[1]!];
  // Town and country bare and in full inside a longer list (`地区生产总值、地方一般公共预算收入、城镇和农村常住居民人均可支配收入
  // 年均增长5.9%、6.9%、7.1%和8.4%`, Hainan 2021): the bare town takes the words after the country (城镇常住居民人均可支配收入).
  const bareTown = parts.length > 2 ? parts.findIndex((p, k) => TOWN_COUNTRY.test(p) && k + 1 < parts.length && parts[k + 1]!.length > 2 && TOWN_COUNTRY.test(parts[k + 1]!.slice(0, 2)) && parts[k + 1]!.slice(0, 2) !== p) : -1;
  if (bareTown >= 0) return listItems(parts.map((p, k) => (k === bareTown ? p + parts[k + 1]!.slice(2) : p)).join("、"), n);
  // `城镇、农村常住居民人均收入`: town and country share all the words after the last one's, not only its noun (收入).
  const townAndCountry = parts.length === 2 && TOWN_COUNTRY.test(parts[0]!) && TOWN_COUNTRY.test(parts[1]!.slice(0, 2));
  if (townAndCountry) return shareParallel(parts) ?? parts;
  // `城镇居民和农村居民人均住房使用面积`: town and country each with the same noun, the last going on; the first takes
  // the rest of the last after that noun (城镇居民人均住房使用面积).
  const kind = parts.length === 2 ? /^(城镇|城市|农村|乡村)(\p{Script=Han}+)$/u.exec(parts[0]!) : null;
  if (kind && TOWN_COUNTRY.test(parts[1]!.slice(0, 2)) && parts[1]!.slice(2).startsWith(kind[2]!) && parts[1]!.length > parts[0]!.length) {
    return [kind[1]! + parts[1]!.slice(2), parts[1]!];
  }
  // `城镇居民和农村常住居民人均可支配收入分别达23285元和8410元` (Ningxia 2015): the last names its residents as counted
  // where they live (常住) before the same noun; the first takes the rest after that noun (城镇居民人均可支配收入), not the
  // last's 常住居民 again.
  if (kind && TOWN_COUNTRY.test(parts[1]!.slice(0, 2)) && parts[1]!.slice(2).startsWith("常住" + kind[2]!) && parts[1]!.length > parts[0]!.length + 2) {
    return [parts[0]! + parts[1]!.slice(4 + kind[2]!.length), parts[1]!];
  }
  // `人民币各项存、贷款余额增速`: a word split in halves before the rest (存款, 贷款) is read first, before a rate of change
  // ending the last item is taken for every item's (人民币各项存增速).
  return shareGoodsServices(parts) ?? shareTradeOf(parts) ?? shareSizeClasses(parts) ?? shareAmountClasses(parts) ?? shareWasteRates(parts) ?? shareTownServices(parts) ?? shareCityParts(parts) ?? shareOutput(parts) ?? shareZoneMeasure(parts) ?? shareWholeAndZones(parts) ?? shareTiers(parts) ?? shareGrades(parts) ?? shareRatings(parts) ?? shareGovernmentLevels(parts) ?? shareQuoted(parts) ?? shareInsideQuotes(parts) ?? shareCounted(parts) ?? shareHalfWord(parts) ?? shareWholeHalves(parts) ?? sharePer(parts) ?? shareFarming(parts) ?? sharePartShare(parts) ?? shareShare(parts) ?? shareChange(parts) ?? shareProduceGrades(parts) ?? shareShortKinds(parts) ?? shareTail(parts) ?? shareClassed(parts) ?? shareTourism(parts) ?? shareHead(parts) ?? shareFirms(parts) ?? shareWithin(parts) ?? shareParallel(parts) ?? shareLateTail(parts) ?? shareGroupRates(parts) ?? shareSameNoun(parts) ?? parts;
}

/**
 * Goods and services named bare before the trade the last goes on with (`促进货物、服务进出口总额增长12%和15%`, Hainan 2021):
 * each one's trade (货物进出口总额), not the last's two characters of total (no 货物总额), nor the verb of pushing it before the
 * first (no 促进货物进出口总额).
 */
const GOODS_SERVICES_TRADE = /^(?:货物|服务)(?=(?:贸易)?(?:进出口|出口|进口|贸易))/;
const GOODS_OR_SERVICES = /^(?:促进|推动|推进)?(货物|服务)$/;

function shareGoodsServices(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  if (!GOODS_SERVICES_TRADE.test(last)) return null;
  const items = parts.slice(0, -1).map((p) => GOODS_OR_SERVICES.exec(p)?.[1]);
  if (items.some((w) => w === undefined || w === last.slice(0, 2))) return null;
  return [...items.map((w) => w! + last.slice(2)), last];
}

/**
 * Goods or firms listed before the exports or imports the last names (`高新技术产品、民营企业出口分别增长30.3%和30.5%`, Fujian
 * 2008): each one's trade (高新技术产品出口), not the things bare. Not a flow of trade or capital listed itself (`实际利用外资、
 * 出口`), nor trade named whole as the last (`外贸出口`), nor an earlier item that is a measure of its own (`电子商务交易额、
 * 农村网络零售额、跨境电商出口额`).
 */
const MEASURE_END = /(?:额|量|值|率|数|收入|投资|产值|利润)$/;
const TRADE_OF = /^(?!外贸|对外|货物|服务)(\p{Script=Han}{2,}?)((?:进出口|出口|进口)(?:额|总额|总值)?)$/u;

function shareTradeOf(parts: string[]): string[] | null {
  const trade = TRADE_OF.exec(parts.at(-1)!);
  if (!trade || parts.slice(0, -1).some((p) => !HAN.test(p) || p.length < 2 || /出口|进口|外资|贸易|外贸/.test(p) || MEASURE_END.test(p))) return null;
  return [...parts.slice(0, -1).map((p) => p + trade[2]!), parts.at(-1)!];
}

/** The first item of a list of wholes compared with: the measure and the verb of comparing, then the first whole. */
const COMPARED_FIRST = /^(\p{Script=Han}{2,}?(?:高于|低于|快于|慢于))(\p{Script=Han}{2,4})$/u;
/** A whole a measure is compared with (`全国`, `全区`, `全省平均`, `上年`). */
const COMPARED_WHOLE = /^(?:全国|全省|全区|全市|全州|[东中西]部|上年|去年)(?:平均(?:水平)?)?$/;

/** An amount of money written in digits (`300亿元`, `1.5万元`). */
const MONEY = "\\d+(?:\\.\\d+)?[十百千万亿]*元";
/** The first item of a list of size classes: the measure and the verb of passing, then its amount (`营业收入过300亿元`). */
const SIZE_CLASS_FIRST = new RegExp(`^(\\p{Script=Han}{2,}?(?:过|超过?|突破|达到?))(${MONEY})$`, "u");
const SIZE_CLASS_AMOUNT = new RegExp(`^${MONEY}$`);
const SIZE_CLASS_LAST = new RegExp(`^(${MONEY})(\\p{Script=Han}*)$`, "u");

/**
 * Classes of firms by size, the later ones named by their amount alone (`营业收入过300亿元、100亿元、50亿元、10亿元的企业分别
 * 发展到5家、10家、20家、80家左右`, Dezhou 2020): each class is the measure passing its amount, and the things after the
 * last are every class's (营业收入过100亿元的企业), no bare 100亿元的企业.
 */
function shareSizeClasses(parts: string[]): string[] | null {
  const first = SIZE_CLASS_FIRST.exec(parts[0]!);
  const last = first ? SIZE_CLASS_LAST.exec(parts.at(-1)!) : null;
  if (!first || !last || !parts.slice(1, -1).every((p) => SIZE_CLASS_AMOUNT.test(p))) return null;
  const [, measure, amount] = first;
  const things = last[2]!;
  return [measure! + amount! + things, ...parts.slice(1, -1).map((p) => measure + p + things), measure + last[1]! + things];
}

/** An amount written in Chinese numerals that names a class of size (`千亿`, `五百亿`, `百亿`, `十万`). */
const AMOUNT_CLASS = "[一二两三四五六七八九十百千]*[十百千万亿]";

/**
 * Classes of size named by their amount alone, the last going on with the things they class (`千亿、五百亿、百亿园区分别增加
 * 2家、4家和9家`, Guangxi 2024): each amount is a class of those things (千亿园区, 五百亿园区), no bare 千亿.
 */
function shareAmountClasses(parts: string[]): string[] | null {
  const last = new RegExp(`^${AMOUNT_CLASS}级?(?=\\p{Script=Han}{2})`, "u").exec(parts.at(-1)!);
  if (!last || !parts.slice(0, -1).every((p) => new RegExp(`^${AMOUNT_CLASS}级?$`).test(p))) return null;
  const things = parts.at(-1)!.slice(last[0].length);
  return [...parts.slice(0, -1).map((p) => p + things), parts.at(-1)!];
}

/**
 * Wastes named bare before the rate of treatment the last one goes on with (`市县生活垃圾、污水无害化处理率分别达96.5%、88.6%`,
 * Fujian 2017): each waste's rate (市县生活垃圾无害化处理率), not a bare waste, nor the rate cut to the last one's length
 * (no 生活垃圾化处理率).
 */
const WASTE = "(?:生活垃圾|垃圾|生活污水|污水|污泥|医疗废物|危险废物)";
const WASTE_RATE = new RegExp(`^.*?${WASTE}((?:集中)?(?:无害化)?(?:处理|处置)率)$`);
const WASTE_BARE = new RegExp(`^\\p{Script=Han}{0,4}${WASTE}$`, "u");

function shareWasteRates(parts: string[]): string[] | null {
  const rate = WASTE_RATE.exec(parts.at(-1)!)?.[1];
  if (!rate || !parts.slice(0, -1).every((p) => WASTE_BARE.test(p))) return null;
  return [...parts.slice(0, -1).map((p) => p + rate), parts.at(-1)!];
}

/**
 * Rates of a town's services after a first item that names the towns (`全区城镇供水普及率、污水处理率、生活垃圾无害化处理率
 * 分别达98%、96.9%、97%`, Xinjiang 2021): the towns are every item's (城镇污水处理率), no sewage treated anywhere. Only the
 * rates of water, gas, sewage and waste: another rate set after them (`城市空气质量优良率、森林覆盖率`) is the place's own.
 */
const TOWNS_FIRST = /^((?:全(?:省|市|区|州|县|自治区))?(?:城镇|城市|城区|县城))\p{Script=Han}{2,}率$/u;
const TOWN_SERVICE_RATE = /^(?:(?:生活)?(?:污水|垃圾)(?:集中)?(?:无害化)?处理率|(?:供水|燃气|供气|天然气)普及率)$/;

function shareTownServices(parts: string[]): string[] | null {
  const towns = TOWNS_FIRST.exec(parts[0]!)?.[1];
  if (!towns || !parts.slice(1).every((p) => TOWN_SERVICE_RATE.test(p))) return null;
  return [parts[0]!, ...parts.slice(1).map((p) => towns + p)];
}

/**
 * Items that end on the same noun, the last going on after it with what they share (`高新技术产品和机电产品出口分别增长53.6％
 * 和50.3％`, Qingdao 2005): each earlier item takes the rest of the last after that noun (高新技术产品出口), not the bare noun.
 * Not an item whose end a longer word of the last opens (`实际利用外资和省外资金`: no 外资金).
 */
function shareSameNoun(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  let rest: string | null = null;
  for (const p of parts.slice(0, -1)) {
    let found: string | null = null;
    for (let k = Math.min(p.length - 1, 4); k >= 2 && found === null; k--) {
      const i = last.indexOf(p.slice(-k));
      // What follows is a word of its own, two characters or more (`产品出口`), not the rest of a longer word the noun
      // opens (`外资` in `省外资金`).
      if (i > 0 && i + k + 1 < last.length) found = last.slice(i + k);
    }
    if (found === null || !HAN.test(found) || (rest !== null && rest !== found)) return null;
    rest = found;
  }
  return rest === null ? null : [...parts.slice(0, -1).map((p) => p + rest), last];
}

/**
 * Rates of the use or recovery of a waste that bare names before them share (`秸秆综合利用率`, `残膜回收率`), and the
 * enrolment rates of the stages of schooling (`学前教育三年毛入园率、高中阶段和高等教育毛入学率分别为70.4%、82%和27.3%`,
 * Guangxi 2015: 高中阶段毛入学率, no bare 高中阶段). So is the share of the people a utility reaches, before a waste's rate
 * (`集中供热、燃气、供水普及率、生活垃圾无害化处理率分别达到95%、99%、99.5%、98.7%`, Changji 2021: 集中供热普及率, no bare
 * 集中供热).
 */
const GROUP_RATES = ["资源化利用率", "综合利用率", "回收利用率", "利用率", "回收率", "无害化处理率", "处理率", "毛入学率", "毛入园率", "入园率", "普及率"].sort((a, b) => b.length - a.length);

/**
 * `畜禽粪污、农作物秸秆综合利用率和农用残膜回收率均达90%以上` (Wuzhong 2023): a list of groups, each ending with an item
 * that names its rate: the bare names before an item take that item's rate (畜禽粪污综合利用率), not the last item's
 * (no 畜禽粪污回收率) nor none.
 */
function shareGroupRates(parts: string[]): string[] | null {
  const rate = (p: string) => GROUP_RATES.find((t) => p.endsWith(t) && p.length > t.length);
  if (!rate(parts.at(-1)!)) return null;
  const out: string[] = [];
  let bare: string[] = [];
  for (const p of parts) {
    const tail = rate(p);
    if (tail === undefined) {
      if (!HAN.test(p) || COMPLETE.test(p) || endsWithNoun(p)) return null;
      bare.push(p);
      continue;
    }
    out.push(...bare.map((b) => b + tail), p);
    bare = [];
  }
  // Only when a group's rate is not the last item's: a list sharing the last item's rate is read before.
  return out.length === parts.length && parts.slice(0, -1).some((p) => rate(p) !== undefined) ? out : null;
}

/**
 * Nouns the last item shares with earlier items when no other reading shares more of its words: a share named once
 * (`全省已建脱硝设施的火电机组和水泥生产线比例分别达92.3%、81.7%`, Anhui 2015: 火电机组比例, no bare 火电机组), after the
 * readings of items of one length (`居民和职工医保住院报销比例`: 居民医保住院报销比例, no 居民比例).
 */
// A reimbursement ratio the items share (`城乡居民基本医保和大病保险报销比例`, Lanzhou 2019): each item's reimbursement
// ratio (城乡居民基本医保报销比例), no bare ratio of the insurance.
const LATE_TAILS = ["报销比例", "比例"];

function shareLateTail(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  const tail = LATE_TAILS.find((t) => last.endsWith(t) && last.length > t.length);
  if (!tail || parts.slice(0, -1).some((p) => endsWithNoun(p) || COMPLETE.test(p) || p.endsWith(tail))) return null;
  return [...parts.slice(0, -1).map((p) => p + tail), last];
}

/**
 * Quoted names, the last going on with the measure they share (`“保交楼”“保交房”交付率`, Xinjiang 2025): each name's measure
 * (“保交楼”交付率, “保交房”交付率).
 */
function shareQuoted(parts: string[]): string[] | null {
  const last = /^(“[^“”]+”)(\p{Script=Han}{2,})$/u.exec(parts.at(-1)!);
  if (!last || !parts.slice(0, -1).every((p) => /^“[^“”]+”$/.test(p))) return null;
  return [...parts.slice(0, -1).map((p) => p + last[2]!), parts.at(-1)!];
}

/**
 * Names listed inside one pair of quotes, the last going on after the closing mark with the things they share (`新增“新三板、
 * 四板”挂牌展示企业10家、150家`, Yingtan 2018): each name quoted with those things and the words before the quote
 * (新增“新三板”挂牌展示企业, 新增“四板”挂牌展示企业), no name cut at a quote mark.
 */
function shareInsideQuotes(parts: string[]): string[] | null {
  const first = /^(\p{Script=Han}*)“([^“”]+)$/u.exec(parts[0]!);
  const last = first ? /^([^“”]+)”(\p{Script=Han}{2,})$/u.exec(parts.at(-1)!) : null;
  if (!first || !last || parts.slice(1, -1).some((p) => /[“”]/.test(p))) return null;
  const [, lead, name] = first;
  return [name!, ...parts.slice(1, -1), last[1]!].map((p) => `${lead}“${p}”${last[2]}`);
}

/**
 * A part of a city by its kind of area (`城八区`, `中心城区`, `郊区`, `近郊区`, `新城`, `山区`), or the city's main urban area
 * and the county towns (`主城区`, `市区`, `县城`: `主城区和县城污水处理率分别达95%、88%`, Nanchong 2022). So are the built-up area
 * (`中心城区、建成区道路机械化清扫率分别达80%和60%以上`, Hulunbeier 2021) and the counties' area (`市区、县域重点部位视频防控
 * 覆盖率达到100%`, Siping 2015).
 */
export const CITY_PART = "(?:城[一二三四五六七八九十]区|中心城区?|主城区?|[近远]?郊区?|新城区?|山区|平原区|市区|建成区|县城|县域|(?:中心|重点|建制|小城)镇|乡镇)";

/**
 * `城八区和郊区城镇污水处理率` (Beijing 2006): parts of the city each named by its kind of area, the last going on with the
 * measure they share: each part's measure (城八区城镇污水处理率, 郊区城镇污水处理率; 主城区污水处理率, 县城污水处理率), the
 * towns too (`县城和中心镇污水处理率` → 县城污水处理率, 中心镇污水处理率).
 */
/** The output of a place, named after the last of a list of places (`宣汉、大竹GDP`, Dazhou 2022). */
const OUTPUT_TAILS = ["地区生产总值", "生产总值", "GDP"];

/**
 * Places set side by side before the output the last names (`宣汉、大竹GDP分别突破500亿元、400亿元`, Dazhou 2022; `高新区、经济区
 * 生产总值分别达到150亿元和70.8亿元`, Lanzhou 2010): each place's output (宣汉GDP), no bare place. Not a list of measures
 * (`财政收入、地区生产总值`), whose items are whole.
 */
function shareOutput(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  const tail = OUTPUT_TAILS.find((t) => last.endsWith(t) && last.length > t.length + 1);
  if (!tail || /(?:地区|全[省市区州县国])$/.test(last.slice(0, -tail.length))) return null;
  if (!parts.slice(0, -1).every((p) => /^\p{Script=Han}{2,6}$/u.test(p) && !endsWithNoun(p) && !COMPLETE.test(p) && !/[占率比]/.test(p))) return null;
  return [...parts.slice(0, -1).map((p) => p + tail), last];
}

/**
 * Zones set side by side, each named whole by its kind, before the measure the last goes on with (`市经开区、慈湖高新区、当涂
 * 经开区营收分别突破1200亿元、950亿元、1100亿元`, Maanshan 2025): each zone's measure (市经开区营收), no bare zone.
 */
const ZONE_NAMED = new RegExp(String.raw`^\p{Script=Han}{1,10}(?:${ZONES}|园区|试验区|功能区)`, "u");
const ZONE_MEASURE = /^(?:营收|营业收入|主营业务收入|销售收入|工业总产值|总产值|产值|(?:规上|规模以上)?工业增加值|增加值|税收|财政收入|生产总值|GDP|固定资产投资|投资|进出口总额)$/;
/** A zone named by its kind alone (`经开区`, `高新区`, `综保区`), a whole item of a list of zones. */
const ZONE_BARE = new RegExp(String.raw`^(?:${ZONES})$`, "u");
/** The kind a zone's name ends with (`工业园区`, `产业园`, `经开区`). */
const ZONE_KIND = new RegExp(String.raw`(?:(?:工业|产业|科技|物流|转移|软件)园区?|${ZONES}|园区|试验区|功能区)$`, "u");
/** A place named bare in two characters (`永宁`), no whole place (`全市`) nor a kind of zone's first word (`工业`). */
const BARE_PLACE = /^(?![全本我])(?!工业|产业|科技|物流|转移|软件)\p{Script=Han}{2}$/u;

/**
 * The zone a label names before a measure of zones (`经开区工业增加值` → 经开区, `永宁工业园区工业增加值` → 永宁工业园区); null
 * when the label is no zone's measure.
 */
export function zoneOfMeasure(label: string): string | null {
  const m = ZONE_NAMED.exec(label) ?? new RegExp(String.raw`^(?:${ZONES})`, "u").exec(label);
  return m && ZONE_MEASURE.test(label.slice(m[0].length)) ? m[0] : null;
}

/** Whether a subject is a measure zones are told by (`固定资产投资`, `工业增加值`). */
export const isZoneMeasure = (s: string): boolean => ZONE_MEASURE.test(s);

/**
 * Floor space built, the verb of getting it done before it (Xiamen 2013: `集美、海沧、同安、翔安新城分别完成建筑面积198、174、
 * 113、70万平方米`): a measure each zone of the list is told by, as its output is.
 */
const ZONE_FLOOR_SPACE = /^(?:完成|新增|竣工)?(?:建筑|竣工)面积$/;

function shareZoneMeasure(parts: string[]): string[] | null {
  const last = ZONE_NAMED.exec(parts.at(-1)!);
  const tail = last ? parts.at(-1)!.slice(last[0].length) : "";
  if (!ZONE_MEASURE.test(tail) && !ZONE_FLOOR_SPACE.test(tail)) return null;
  const zone = (p: string) => ZONE_NAMED.exec(p)?.[0] === p || ZONE_BARE.test(p);
  // `经开区、高新区、苏银产业园和永宁、贺兰工业园区工业增加值分别增长6.5%、10%、15%、6.5%、7%以上` (Yinchuan 2026): places named
  // bare right before the last zone share its kind (永宁工业园区工业增加值), no bare place; a zone named by its kind alone
  // (经开区) is a zone whole.
  const earlier = parts.slice(0, -1);
  let bare = earlier.length;
  while (bare > 0 && BARE_PLACE.test(earlier[bare - 1]!) && !ZONE_MEASURE.test(earlier[bare - 1]!) && !COMPLETE.test(earlier[bare - 1]!)) bare--;
  // Only after a zone named whole: bare words alone before a zone may be measures of their own.
  // Floor space is no measure of a bare place's own: places named bare alone before the zone share its kind too.
  const kind = bare === earlier.length ? "" : bare > 0 || ZONE_FLOOR_SPACE.test(tail) ? ZONE_KIND.exec(last![0])?.[0] : undefined;
  if (kind === undefined || !earlier.slice(0, bare).every(zone)) return null;
  return [...earlier.map((p, i) => (i < bare ? p : p + kind) + tail), parts.at(-1)!];
}

function shareCityParts(parts: string[]): string[] | null {
  const last = new RegExp(`^${CITY_PART}(?=\\p{Script=Han}{2})`, "u").exec(parts.at(-1)!);
  if (!last || !parts.slice(0, -1).every((p) => new RegExp(`^${CITY_PART}$`).test(p))) return null;
  const tail = parts.at(-1)!.slice(last[0].length);
  return [...parts.slice(0, -1).map((p) => p + tail), parts.at(-1)!];
}

/** A zone set apart inside a place by its kind (`自由贸易试验区`, `高新区`, `经济技术开发区`, `新区`, `综合保税区`). */
const ZONE = "(?:试验区|开发区|高新区|新区|园区|示范区|保税区|自贸区|自贸港)";

/**
 * `全国和自由贸易试验区负面清单条数分别压减51%、72%` (State Council 2023): the whole place and a kind of zone in it, the zone
 * going on with the measure they share: the whole's measure (全国负面清单条数), no word of the zone's name (no 全国贸易试验区…).
 */
function shareWholeAndZones(parts: string[]): string[] | null {
  const last = new RegExp(`^\\p{Script=Han}+?${ZONE}(?=\\p{Script=Han}{2})`, "u").exec(parts.at(-1)!);
  if (!last || !parts.slice(0, -1).every((p) => /^全(?:国|省|市|区|州|县|自治区)$/.test(p))) return null;
  const tail = parts.at(-1)!.slice(last[0].length);
  return [...parts.slice(0, -1).map((p) => p + tail), parts.at(-1)!];
}

/** A tier of the place's settlements (`乡镇`, `建制村`, `行政村`, `社区`), with what qualifies it before (`具备条件的乡镇`). */
const TIER = "(?:乡镇|建制村|行政村|自然村|村居|社区|村)";

/**
 * `乡镇和建制村通畅率`, `具备条件的乡镇、建制村通客车率分别达到100%、80%` (Rikaze 2020): tiers of settlements of different
 * lengths, the last going on with the measure they share: each tier's measure (乡镇通畅率, 建制村通畅率), not the words after
 * the first item's length (乡镇村通畅率).
 */
function shareTiers(parts: string[]): string[] | null {
  const last = new RegExp(`^${TIER}级?(?=\\p{Script=Han}{2})`, "u").exec(parts.at(-1)!);
  if (!last || !parts.slice(0, -1).every((p) => new RegExp(`^(?:\\p{Script=Han}{2,6}的)?${TIER}$`, "u").test(p))) return null;
  const tail = parts.at(-1)!.slice(last[0].length);
  return [...parts.slice(0, -1).map((p) => p + tail), parts.at(-1)!];
}

/** A level of government named bare (`国家`, `国`, `省`), or with its 级 (`国家级`, `省级`). */
const GOVERNMENT_LEVEL = /^(?:国家|国|省|市|县|州|地)级?$/;
/**
 * The verb a list of levels may open with (`入选国、省级中小企业特色产业集群各2个`, Mianyang 2024; `新增国家、省级专精特新企业`):
 * the first item's, before its level; 国 is the state's level, 国家级.
 */
const LEVEL_VERB = /^(?:新增|新认定|认定|入选|获批|获评|创建|成功创建|争创|培育|建成)/;

/**
 * `力争国家、省级开发区亩均产值分别达到400万元、300万元以上` (Kunming 2024): levels of government, the earlier ones named bare,
 * then the last with its 级 and the noun they share: each earlier level is that level of the noun (国家级开发区亩均产值), not
 * the last word alone after it (国家产值).
 */
function shareGovernmentLevels(parts: string[]): string[] | null {
  const last = /^(?:国家|省|市|县|州|地)级(\p{Script=Han}{2,})$/u.exec(parts.at(-1)!);
  if (!last || !parts.slice(0, -1).every((p, i) => GOVERNMENT_LEVEL.test(i === 0 ? p.replace(LEVEL_VERB, "") : p))) return null;
  return [...parts.slice(0, -1).map((p) => p.replace(/国$/, "国家").replace(/级?$/, "级") + last[1]!), parts.at(-1)!];
}

/** The numerals of grades in their order (`一级`, `二级` … `十级`). */

/**
 * `二、三级子企业分别压减24.5%和31%` (Hulunbuir 2025): bare numerals, then the last item's numeral with its grade (级) and
 * the noun they share, the numerals rising: each numeral is a grade of that noun (二级子企业, 三级子企业), no noun of its own.
 */
function shareGrades(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  if (!/^\p{Script=Han}级\p{Script=Han}{2}/u.test(last)) return null;
  if (!ascending([...parts.slice(0, -1), last[0]!])) return null;
  return [...parts.slice(0, -1).map((p) => p + last.slice(1)), last];
}

/**
 * `年内新增4A级和3A级景区各1个` (Haixi 2022): earlier items that end on a grade or rating (级), then the last item's grade
 * and the noun they share: each earlier item is a grade of that noun (年内新增4A级景区), no noun of its own.
 */
function shareRatings(parts: string[]): string[] | null {
  const noun = /^[\p{Script=Han}0-9A-Z\uFF10-\uFF19\uFF21-\uFF3A]*?级(\p{Script=Han}{2,})$/u.exec(parts.at(-1)!)?.[1];
  if (!noun || !parts.slice(0, -1).every((p) => p.endsWith("级"))) return null;
  return [...parts.slice(0, -1).map((p) => p + noun), parts.at(-1)!];
}

/** The numerals of a count of the items a list names (`三个`, `3个`). */
const COUNT_OF = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 } as Record<string, number>;

/**
 * `金积、太阳山、青铜峡三个工业园区产值` (Wuzhong 2023): the last item's count of the items named, as many as they are,
 * then the noun they share: each item is that noun's (金积工业园区产值, …, 青铜峡工业园区产值), the count no word of any.
 */
function shareCounted(parts: string[]): string[] | null {
  const m = /^(\p{Script=Han}+?)([两二三四五六七八九十]|\d+)个(\p{Script=Han}{2,})$/u.exec(parts.at(-1)!);
  if (!m || (COUNT_OF[m[2]!] ?? Number(m[2])) !== parts.length) return null;
  if (parts.slice(0, -1).some((p) => !/^\p{Script=Han}+$/u.test(p))) return null;
  return [...parts.slice(0, -1), m[1]!].map((p) => p + m[3]!);
}

/** A rate of change that ends a list's last item (`增速`, `增幅`, `增长率`). */
const CHANGE_TAIL = /(?:增速|增幅|增长率)$/;

/**
 * `生产总值、人均GDP、全员劳动生产率增速均为7%` (Luoyang 2022): a rate of change ending the last item is every earlier
 * item's too, each the name of a measure of its own (生产总值增速, 人均GDP增速), not of a rate or a share, nor a rate of
 * change already.
 */
function shareChange(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  const tail = CHANGE_TAIL.exec(last)?.[0];
  if (!tail || last.length <= tail.length + 1) return null;
  const earlier = parts.slice(0, -1);
  if (earlier.some((p) => p.length < 2 || /\d/.test(p) || /(?:率|比重|比例|增速|增幅|增长|占\p{Script=Han}*)$/u.test(p))) return null;
  return [...earlier.map((p) => p + tail), last];
}

/** A measure taken per unit of output that opens a list (`万元GDP`, `单位地区生产总值`, `每万元生产总值`). */
const PER_OUTPUT = /^(?:单位|每?万元)(?:GDP|国内生产总值|地区生产总值|生产总值)/;

/**
 * `万元GDP建设用地、能耗和水耗分别下降10%、2.75%和4%`: the first item's measure per unit of output is every bare later
 * item's (万元GDP能耗, 万元GDP水耗).
 */
function sharePer(parts: string[]): string[] | null {
  const per = PER_OUTPUT.exec(parts[0]!)?.[0];
  if (!per || parts[0]!.length === per.length) return null;
  const rest = parts.slice(1);
  // Carbon dioxide's emissions after the energy a unit of output uses are per unit of output too (单位生产总值二氧化碳排放量).
  if (!rest.every((p) => HAN.test(p) && (p.length <= 6 || /^二氧化碳排放/.test(p)) && !PER_OUTPUT.test(p) && !/^(?:单位|万元|每|人均)/.test(p))) return null;
  return [parts[0]!, ...rest.map((p) => per + p)];
}

/**
 * `满意和基本满意率`: an earlier item the last one contains names what the last names from there on (满意率), and takes
 * the words that follow it there, not the last's words after the earlier item's length.
 */
function shareWithin(parts: string[]): string[] | null {
  const last = parts.at(-1)!;
  const earlier = parts.slice(0, -1);
  if (earlier.some((p) => p.length < 2 || !HAN.test(p) || !last.slice(1).includes(p) || last.endsWith(p))) return null;
  return [...earlier.map((p) => p + last.slice(last.indexOf(p, 1) + p.length)), last];
}

/** One character of a pair of opposites, each half of a word the other half of which they share (存款、贷款; 进口、出口). */
const HALVES = ["存贷", "进出", "中小", "大中", "内外", "收支"];

/**
 * `银行存、贷款余额`: an item that ends with one half of a pair of opposites whose other half opens the last item shares
 * the rest of the last item's words, and the last shares its words before that half (银行存款余额, 银行贷款余额).
 */
function shareHalfWord(parts: string[]): string[] | null {
  // Whole items before the pair (`工业用电量和金融机构存、贷款余额分别增长12.8%、13.4%、14.9%`, Xingtai 2024): the pair is
  // read as two items are, the earlier ones as they are (工业用电量, 金融机构存款余额, 金融机构贷款余额).
  if (parts.length > 2) {
    const pair = parts.slice(-2);
    const earlier = parts.slice(0, -2);
    if (!HALVES.includes(pair[0]!.at(-1)! + pair[1]![0]!) || earlier.some((p) => p.length < 2 || !HAN.test(p))) return null;
    const read = shareHalfWord(pair);
    return read && [...earlier, ...read];
  }
  if (parts.length !== 2) return null;
  const [first, last] = parts as [string, string];
  if (last.length < 3 || !HAN.test(first + last)) return null;
  // A first item of one character, a level or a stage whose next the last opens (`中、高等职业教育在校生`, State Council
  // 2008; `初、高中`, `省、市级`, `国、省道`): it takes the last's words after that character (中等职业教育在校生).
  if (first.length === 1 && LEVELS.includes(first + last[0]!)) return [first + last.slice(1), last];
  if (!HALVES.includes(first.at(-1)! + last[0]!)) return null;
  return [first + last.slice(1), first.slice(0, -1) + last];
}

/**
 * Two levels or stages named by one character each (中等, 高等; 初中, 高中; 省级, 市级; 国道, 省道); a city's districts and
 * the cities or counties under it (`区、市最低工资标准分别提高12.7%和15.8%`, Qingdao 2013: 区最低工资标准, no bare 区).
 */
const LEVELS = ["中高", "初高", "省市", "市县", "县乡", "国省", "省部", "区市", "区县"];

/**
 * `金融机构人民币各项存款、贷款余额` (Wuhu 2021): an item that ends with a whole word one half of a pair of opposites opens
 * (存款), the last opening with the word of the other half (贷款) and going on: the first takes the last's words after that
 * word (余额), the last the first's before its own (金融机构人民币各项存款余额, 金融机构人民币各项贷款余额).
 */
function shareWholeHalves(parts: string[]): string[] | null {
  if (parts.length !== 2) return null;
  const [first, last] = parts as [string, string];
  // The last that is the other half's word alone (`实际利用内资、外资分别增长15.1%和16.2%`, Shaanxi 2019) takes the first's
  // words before its own (实际利用外资), the first as it is.
  if (first.length < 2 || last.length < 2 || !HAN.test(first + last)) return null;
  if (!HALVES.includes(first.at(-2)! + last[0]!) || first.at(-1) !== last[1]) return null;
  return [first + last.slice(2), first.slice(0, -2) + last];
}

/**
 * The items of a list with an item that is two joined by 和, each whole by `whole` (`城镇污水处理率和生活垃圾无害化处理率`,
 * `城镇居民人均可支配收入和农民人均纯收入`): that item split in two; the items as they are otherwise. The 和 may join the
 * first two of a list the 、 goes on (Jilin 2013: `地区生产总值和公共预算全口径财政收入、地方级财政收入年均增长12%以上`).
 */
function splitJoined(parts: readonly string[], whole: (item: string) => boolean): string[] {
  return parts.flatMap((part) => {
    for (let i = part.indexOf("和"); i > 0; i = part.indexOf("和", i + 1)) {
      const [a, b] = [part.slice(0, i), part.slice(i + 1)];
      if (whole(a) && whole(b)) return [a, b];
    }
    return [part];
  });
}

/**
 * The rates a list names, each whole (`集中式饮用水源地水质达标率、主要河流水质优良率…稳定保持100%`): two or more items
 * joined by 、, each a rate of its own, which one percentage after them is each of, as with `均`; null otherwise. The
 * verb that keeps or reaches the level (`稳定保持`, `达到`) is no word of the last.
 */
export function completeRates(subject: string): string[] | null {
  const s = withoutLevelVerb(subject);
  const parts = s.split("、").map(cleanSubject);
  // The last joined by 和, both halves rates named whole (`城镇污水处理率和生活垃圾无害化处理率达到85%以上`, Guangxi 2015).
  const items = splitJoined(parts, (p) => p.length >= 4 && p.endsWith("率"));
  if (items.length < 2 || items.some((p) => p.length < 3 || !p.endsWith("率") || /\d|[和及与]/.test(p))) return null;
  return new Set(items).size === items.length ? items : null;
}

/** The main pollutants whose emissions the plans cut. */
const POLLUTANT = "(?:化学需氧量|氨氮|二氧化硫|氮氧化物|挥发性有机物)";

/**
 * The name of a main aggregate, whole in itself (`地区生产总值`, `固定资产投资`, `规上工业增加值`, `社会消费品零售总额`),
 * tourism's two (`接待游客人数`, `旅游花费`, and `旅游人次` opening an item: Guiyang 2013, `确保旅游人次和旅游总收入增长30%以上`;
 * `游客接待量`, Yinchuan 2018: `力争游客接待量和旅游收入增长15%以上`),
 * the investment brought in and the foreign capital used (`引进市外到位资金、实际利用外资同比增长10%`, Lincang 2022), and a
 * pollutant whose emissions are cut, named whole (Kunming 2008: `二氧化硫、化学需氧量比上年削减2％以上`: each one's), and the whole
 * society's R&D spending (Hefei 2021: `高新技术产业增加值、全社会研发投入增长10%以上`: each one's growth), and a kind of
 * investment named whole (Jinhua 2023: `其中制造业投资和高新技术产业投资增速不低于20%`: each one's growth; Baoshan 2025:
 * `力争产业投资和民间投资增长10%以上`: the investment in industry's growth and private investment's).
 */
const AGGREGATE = new RegExp(
  `(?:生产总值|固定资产投资|增加值|零售总额|进出口总额|预算收入|财政(?:总)?收入|税收收入|可支配收入|纯收入|游客(?:人数|人次|总人次|接待量|接待人次)|^旅游(?:总)?人次|^旅游接待(?:量|人次)|旅游(?:总)?(?:收入|花费)|到位资金|实际(?:利用|使用)外资|^全社会(?:研发|R&D|研究与试验发展)(?:经费(?:投入|支出)?|投入)|^(?:制造业|工业|产业|民间|高新技术产业|高技术产业)投资|^${POLLUTANT}(?:排放(?:总)?量?)?(?:同比|比上年)?)$`,
);

/** Two kinds of residents, each named whole, sharing an income per head and the words after it (`城镇居民和农民人均可支配收入实际`). */
const RESIDENTS_SHARING = /^((?:城镇|城市|农村|乡村)居民|农民|农牧民|牧民)和((?:城镇|城市|农村|乡村)居民|农民|农牧民|牧民)(人均(?:可支配|纯)?收入)((?:年均)?(?:实际)?)$/;

/** Pollutants listed before the emissions they share (`二氧化硫、氮氧化物排放量`), which {@link listItems} gives each. */
const POLLUTANTS_SHARING = new RegExp(`^${POLLUTANT}(?:[、和及]${POLLUTANT})+排放(?:总)?量?$`);

/**
 * The main aggregates a list names, each whole (`地区生产总值、固定资产投资、规上工业增加值增长5%以上`): two or more
 * items joined by 、, each the full name of an aggregate, which one rate of change after them is each of, as with `均`;
 * null otherwise (`规模以上工业增加值、利润增长10%`: 利润 is no aggregate's whole name).
 */
export function completeAggregates(subject: string): string[] | null {
  // `城镇居民人均可支配收入、农民人均纯收入年均增长12%`: the yearly average is every item's, the items read without it; so
  // it is after two joined by 和 (`城市居民人均可支配收入和农民人均纯收入年均增长8%以上`, Dongguan 2012).
  const clean = cleanSubject(subject);
  const yearly = /^(.+[、和].+?)年均$/.exec(clean);
  // `城镇居民和农民人均可支配收入实际增长5%以上`: two kinds of residents, each named whole, before the income per head they
  // share: each kind's income (城镇居民人均可支配收入, 农民人均可支配收入).
  const residents = RESIDENTS_SHARING.exec(clean);
  if (residents && residents[1] !== residents[2]) return [residents[1]!, residents[2]!].map((who) => who + residents[3]! + residents[4]!);
  if (yearly) return completeAggregates(yearly[1]!)?.map((item) => item + "年均") ?? null;
  // `二氧化硫、氮氧化物排放量要下降3%` (State Council 2018): pollutants named before the emissions they share, each one's
  // emissions cut by the rate.
  if (POLLUTANTS_SHARING.test(clean)) return listItems(clean, null);
  // `城镇居民人均可支配收入和农民人均纯收入实际增长10%左右` (Jiangsu 2012): a real or nominal change is every item's too.
  const real = /^(.+[、和].+?)((?:年均)?(?:实际|名义))$/.exec(clean);
  if (real) return completeAggregates(real[1]!)?.map((item) => item + real[2]!) ?? null;
  const parts = subject.split("、").map(cleanSubject);
  // `城镇居民人均可支配收入和农民人均纯收入增长11%左右`: the last item joined by 和 is an item of its own when both halves are
  // aggregates named whole (not `城镇和农村居民人均可支配收入`, whose first half is no aggregate).
  const items = splitJoined(parts, (p) => p.length >= 4 && AGGREGATE.test(p));
  if (items.length < 2 || items.some((p) => p.length < 4 || !AGGREGATE.test(p) || /\d|[和及与占]/.test(p))) return null;
  return new Set(items).size === items.length ? items : null;
}

/**
 * The main aggregates a list names before the rate of growth they share as a noun (Jinhua 2023: `制造业投资和高新技术产业投资
 * 增速不低于20%` → 制造业投资增速, 高新技术产业投资增速): each one's growth, as with a verb of change; null otherwise.
 */
export function aggregatesGrowth(subject: string): string[] | null {
  if (!subject.endsWith("增速")) return null;
  const head = subject.slice(0, -2);
  return completeAggregates(head)?.map((item) => item + "增速") ?? null;
}

/** The verb that keeps or reaches a level (`稳定保持`, `达到`), no word of the indicator before it. */
const withoutLevelVerb = (subject: string) => subject.replace(/(?:稳定|继续|持续|始终|均)?(?:保持|达到|达|为|稳定在|保持在)$/, "");

/**
 * The rates a list shares a noun for, when they are all at 100% (`农用地和建设用地安全利用率保持100%` → 农用地安全利用率,
 * 建设用地安全利用率): a whole of 100% is each part's, so each item has it; null otherwise, and for any other value,
 * which may be the items' together (`城镇社区和农村集中居住区生活垃圾分类覆盖率达60%`).
 */
export function fullRates(subject: string, value: unknown): string[] | null {
  const s = withoutLevelVerb(subject);
  if (value !== 100 || !/[、和]/.test(s)) return null;
  // Names listed then counted as one group (`澜沧江、怒江两大水系11个国控断面水质优良率达100%`, Lincang 2023): the rate of
  // the group's whole, one rate, not one of each name.
  if (/[、和]\p{Script=Han}{1,8}?[两二三四五六七八九十]大/u.test(s)) return null;
  const items = listItems(s, null);
  return items.length > 1 && new Set(items).size === items.length && items.every((item) => item.endsWith("率") && item.length > 3) ? items : null;
}
