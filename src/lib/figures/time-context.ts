import type { ParagraphInfo } from "../report/document.ts";
import { AUTHORITY } from "./authority.ts";
import { ADDED, type Draft } from "./draft.ts";
import { type TimeContext, YEARS_AVERAGED } from "./timespan.ts";
import { cuesOnce, ENTERED, plansNamed, timeCues, YEARS_SUMMED, type TimeCue } from "./cues.ts";
import { familiesOf } from "./units.ts";
import { GROWN_TO } from "./verb.ts";
import { TextCache } from "../text/cache.ts";

/** A yearly average over several years (`年均增长`, `平均每年增长`); not 均 after the whole year (`全年均保持11%以上`, Yangzhou 2015). */
const TERM_AVERAGE = /(?<!全)年均|平均每年|每年平均/;

/**
 * Level verbs: the figure is the state reached (`达到63家`, `提高到2%`, a bound passed: `国家高新技术企业超1.5万家`, but not
 * records broken: `共破超25项（次）世界纪录`; a milestone passed: `工业总产值…相继跨过…3000亿元…大关`, Zhuhai 2012, in a review
 * of five years), not an amount over the span.
 */
const LEVEL_VERBS = `(?:达到|达|跨过|跨越|跨上|迈上|迈过|越过|提高到|提高至|提高为|提升到|提升至|提升为|增至|增加到|增加至|增加为|增长到|增长至|上升到|上升至|上升为|升至|提至|降至|降为|降到|下降到|下降至|下降为|减少到|减至|减少为|降低为|为|突破|超过|(?<![破赶])超|稳定在|保持在|(?:调整|优化){1,2}(?:为|到|至)|(?:压缩|压减|缩短|精简|削减|缩减)(?:至|到|为)|(?:${GROWN_TO.join("|")})(?:到|至)|扩大到|扩大至|缩小到|缩小至|(?:整合|合并|撤并|归并)(?:优化)?(?:为|到|至|成))约?`;
/** The verb stands right before the figure, or before the first figure of its list (`增加到30780元、12200元`, `达到…元和…元`). */
const REACHED = new RegExp(`${LEVEL_VERBS}$|${LEVEL_VERBS}\\d[^，；：,;:]*(?:、|和|及)$`);
/**
 * The new value of a change told from its old one (`新增内资企业数…由17669家、770亿元分别增加到37786家`): a level at
 * the end of the span, even of an amount added (that year's), never a sum over it.
 */
const FROM_OLD = new RegExp(`[由从][^，；：,;:]*(?:${LEVEL_VERBS}$|${LEVEL_VERBS}\\d[^，；：,;:]*(?:、|和|及)$)`);

/**
 * Words of an amount added over the span (`城镇新增就业超过6000万人`), never a level reached, and of things newly certified
 * (`新认定高新技术企业、高新技术产品分别达到５４家和５０个`, Hefei 2007: the year's new ones); so is the foreign capital
 * taken in, money received year after year (`五年来，全市实际利用外资超过150亿美元`, Guangzhou 2003: the five years' sum).
 */
const FLOW = /新增|新认定|新建|新开|建成|完成|累计|引进|培育|实施|办理|发放|投入|减少|压减|改造|利用外资/;
/** The verb of a plan carried out, before the plan's name that closes a label (`实施高新技术企业五年倍增计划`). */
const PLAN_CARRIED_OUT = /实施(?=\p{Script=Han}*计划$)/u;

/**
 * Names of a year's aggregate (`地方一般公共预算收入23亿元`, `地区生产总值500亿元`, the tourism revenue: `旅游过夜人数达
 * 3320.4万人次，旅游收入379.1亿元`, Hainan 2013, in a review of five years; the total fiscal revenue: `财政总收入153.36亿元`,
 * Quanzhou 2006): over several years, the level of the last of them, never their sum (which a report writes with `累计`).
 * So is a yearly output told as such (`年产葡萄酒1.38亿瓶`, Ningxia 2023, in a review of five years), and a yearly trade, sales,
 * throughput or count of visitors (`全市各级各类市场达到132个，年交易额近80亿元`, Baiyin 2021, in a review of five years).
 */
const ANNUAL = /生产总值|GDP|预算收入|财政总?收入|零售总额|可支配收入|纯收入|进出口总额|增加值|旅游业?总?收入|^年产(?!值)|^年(?:交易|销售|吞吐|接待|营业)/;

/** A span's time named as the time within which something ran up (`“九五”期间`, `五年期间`), and a total run up. */
const DURING = /期间/;
const TOTAL = /总额$/;

/**
 * Words of a stock or a rate (`总数152.9万家`, `拥有量`, `实有市场主体`, `万人拥有…`), a network's length in service
 * (`全省铁路营运里程2980公里`, `高速公路通车里程4005公里`), the users of a service (`移动互联网用户2728万户`), a life span
 * (`人均期望寿命79.82岁`) or a measure per head (`每千常住人口医疗机构床位5.89张`, Sanming 2021), an area per head among them
 * (`建设城镇各类保障性住房44.4万户，人均住房面积33平方米`, Qinghai 2016, in a review of five years), or a capacity named
 * with no verb (`新型储能超过760万千瓦，绿氢产能近3万吨`, Ningxia 2026, in a review of five years; not one its clause cuts,
 * `共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨`, State Council 2013, nor one added, which FLOW reads): a level at the end
 * of the span.
 */
const STOCK = /总数|总量|余额|保有量|拥有|存栏|现有|实有|共有|(?:营运|运营|通车|通航)里程|用户$|寿命|^每[百千万]|人均\p{Script=Han}{0,4}面积$/u;
/** A capacity named alone (`绿氢产能`), and the verbs of cutting one (`淘汰落后炼铁产能…、炼钢产能`), read in its clause. */
const CAPACITY = /^\p{Script=Han}{1,8}产能$/u;
const CAPACITY_CUT = /淘汰|化解|压减|压缩|削减|退出|关停|去产能|落后|过剩/;
/** A verb of having opening a clause (`拥有…`, `现有…`, `共有…`). */
const STOCK_OPENING = /^(?:拥有|现有|实有|共有)/;
/**
 * What is left to do, a count the clause says is still not done (`脱贫攻坚任务依然艰巨，还有约12万贫困人口仍未脱贫`, Mianyang
 * 2016, among the problems after a review of five years): what there is at the span's end, no sum over it. Not 还有 as "also"
 * (`还有35个项目获得省级以上科技成果奖`), whose clause says nothing is undone.
 */
// So is it with the whole place before 还有, after earlier items of a list of what is left (Gansu 2018: `全省还有189万贫困人口
// 尚未脱贫`, `仍有52个片区县、4个插花县需要摘帽`), and where the clause says the things still lack it or still need it done
// (`还有31个县不通高速公路`, `还有8万公里…的自然村村组道路需要硬化`).
const REMAINING_OPENING = /^(?:全[省市区州县盟])?(?:还有|尚有|仍有)约?(?:[^、，。；！？]*\d[^、，。；！？]*、)*$/;
const NOT_YET_DONE = /^[^，。；！？,;]{0,32}?(?:仍未|尚未|未(?![来知])|没有|不通|需要|有待|亟待)/;

/** The span as long before, then the multiple (`是上个五年的`, `分别是前五年的1.5倍、`), before a figure in 倍. */
const SPAN_BEFORE_MULTIPLE = /(?:是|为|相当于)(?:上一?个|前)(?:[两二三四五六七八九十]|\d{1,2})个?年(?:时期|期间)?的(?:\d+(?:\.\d+)?倍[、和])*$/;

/** A salutation opening a paragraph (`各位代表，过去一年，…`): the time word after it leads the first sentence. */
const SALUTATION = /^各位(?:人大)?代表[，,：:！!]\s*/;

/**
 * A lead clause that is a statement of its own, a span ahead and then a verb and its object (`今明两年继续提高企业退休人员
 * 基本养老金`, `今后三年内中央财政再支持5000所中心乡镇卫生院…建设`): its span is that statement's, no frame of the
 * sentences after it. A time alone (`今后五年`, `“十一五”时期`), a time described (`“十二五”时期是…的五年`) or a time
 * announcing what follows (`今后五年经济社会发展的主要目标是：`) frames them; so does a span looked back on, whatever
 * follows it (`五年来我们坚持…`).
 */
function ownStatement(lead: string, sentence: string, year: number): boolean {
  if ([...lead].length <= 8 || /是|为/.test(lead) || /^[：:]/.test(sentence.slice(lead.length))) return false;
  const cues = timeCues(lead, year);
  if (cues.length > 0 && cues.every((c) => c.type === "span" && c.first >= year)) return true;
  // So is the last few years fused with a figure of their own in one clause (Hengshui 2016, in a look back over five
  // years: `近两年交通、水利年度完成投资均超百亿元。项目谋划跑办水平有了新提高。入库重大储备项目373项`): the figures of the
  // sentences after it are the five years', not those two.
  if (RECENT_YEARS.test(lead) && /\d|[百千万]亿/.test(lead) && cues.length === 1 && cues[0]!.type === "span" && cues[0]!.last < year) return true;
  // So is a plan's term gone by with the count it names fused to it (Xinyu 2016, in the review of the year: `“十二五”35个
  // 贫困村如期实现脱贫。市养老福利中心一期工程竣工，新建社区居家养老服务中心14个`): the villages are the term's, the
  // centres after it the year's.
  return TERM_COUNT.test(lead) && cues.length > 0 && cues.every((c) => c.type === "span" && c.last < year);
}

/** A lead clause opening on a plan's term, a number right after it (`“十二五”35个贫困村…`). */
const TERM_COUNT = /^\s*“?(?:十[一二三四五六七八九]五|[六七八九]五)”?[\d０-９]/;

/** A clause opening on the last few years (`近两年`, `近3年`), set off by no comma (see `ownStatement`). */
const RECENT_YEARS = /^\s*近(?:[两二三四]|[2-4])年(?![来以])/;

/**
 * A first clause naming the coming term, then a clause that opens with the plan year as what begins it (`实现“十三五”
 * 蓝图，2016年开局十分关键。主要预期目标:地区生产总值增长9%`, Xiangtan 2016): the term only places the year, which is
 * the time of the sentences after it, as `在过去五年中，2022年是…` is.
 */
function yearOpensTerm(first: string, next: string, year: number): boolean {
  // Only a clause that opens on a year can be the year a term's clause places (most clauses do not: no cues to find).
  if (!/^\s*(?:[ \u3000]?(?:19|20)\d{2}[ \u3000]?|今|本|明)年/.test(next)) return false;
  const term = [...timeCues(first, year).map((c) => (c.type === "span" ? [c.first, c.last] : [0, 0])), ...plansNamed(first).map((p) => p.years)];
  const own = timeCues(next.trim(), year);
  return term.length > 0 && term.every(([a, b]) => a! <= year && b! >= year) && own[0]?.type === "year" && own[0].at === 0 && own[0].last === year;
}

/** The first clause of each sentence of `text` (`五年来`, `特别是刚刚过去的2016年`), joined: the paragraph's time words. */
function leadClauses(text: string, year: number, following = ""): string {
  // Asked of the same paragraph's text before each of its figures: read once. The sentence after the text (the figure's
  // own) counts only when the text names aims it may spell out (`…目标。`).
  const next = text.endsWith("目标。") && SPELLED_OUT.test(following) ? "即" : "";
  return LEADS.get(next ? `${text}\n${next}` : text, year, () => readLeadClauses(text, year, next));
}

/** Texts whose lead clauses are known, by plan year. */
const LEADS = new TextCache<number, string>(1024);

function readLeadClauses(text: string, year: number, following = ""): string {
  let spanBefore = false;
  return text
    .replace(SALUTATION, "")
    .split(/[。！？]/)
    .map((sentence, i, sentences) => {
      const [first = "", next = ""] = sentence.split(/[，；：,;:]/);
      // A span that only places the year after it (`各位代表，在过去五年中，2022年是极不平凡、极为特殊的一年。…全年预计地区
      // 生产总值…同比增长5%左右`, Ningxia 2023): that year is the paragraph's time, as it frames the paragraphs after it.
      // So does a stage of a plan named by its number, its years in the next clause (`第一阶段，从1991至1995年。`, Guangzhou
      // 1993): those years, without the 从 that would make them a baseline, are the time of the sentences after it.
      const years = next.trim().replace(/^[从自]/, "");
      const stage = /^第[一二三四五六七八九十]阶段$/.test(first.trim()) && timeCues(years, year).some((c) => c.type === "span");
      // So does a clause that only announces a remark (`这里还要着重指出的是，在刚刚过去的1987年，我国国民经济的发展继续保持了
      // 良好势头。全国工业总产值增长14.6%`, State Council 1988, inside a look back over five years): the time after it is
      // the sentence's, and frames the sentences after it.
      // So does a clause that only names the field the sentence tells of (`在经济领域，过去一年里取得的最重要的成绩，就是…`,
      // State Council 1987): the time after it is the sentence's.
      const framing = (REMARK.test(first.trim()) || /^在.+中$/.test(first.trim()) || FIELD.test(first.trim())) && timeCues(next, year).some((c) => c.type === "year");
      // So does a deadline closing the sentence on the aims to meet by it (`用三年时间，…，到2025年实现“12345”目标。“1”即实现一个
      // 翻番，绿色工业总产值…达到600亿元以上`, Wuwei 2023), when the next sentence spells them out (`“1”即`, `即`, `其中`): up to
      // that year. Not when it goes on to other work (`力争到2027年实现“科技型企业倍增”目标。深化…`, Ningxia 2024).
      const aims = sentence.includes("目标") && SPELLED_OUT.test(sentences[i + 1] || (i === sentences.length - 2 ? following : "")) ? AIMS_BY.exec(sentence) : null;
      const lead = stage ? years : framing || yearOpensTerm(first, next, year) ? next : aims && timeCues(first, year).length === 0 ? aims[1]! : first;
      const cues = timeCues(lead, year);
      // Inside a look back over a span (`五年来，…。2021年成功应对有气象记录以来最强秋汛，…。…城镇新增就业255万人`, Shanxi
      // 2023), a sentence that opens on one year with the event of it in the same clause, and states no figure, tells that
      // event: the sentences after it go on telling the span. Not a year set apart as the time of what follows (`特别是刚刚
      // 过去的2016年，我们…`), which frames them.
      // So does one that opens on a plan's term gone by with the deed of it in the same clause (`五年来，…。城市污水处理率达
      // 93.1%。“十二五”期间污染物总量减排、秸秆禁烧等工作受省通报表彰。…单位生产总值能耗年均下降3.9%`, Huainan 2018): not the
      // term alone (`“十二五”期间，…`) nor the term described (`“十二五”时期是…`), which frame.
      const episode =
        spanBefore &&
        cues.length > 0 &&
        (cues.every((c) => c.type === "year") ? !/年(?:度|里|中|间)?$/.test(lead.trim()) : pastPlanDeed(lead, cues, year)) &&
        !/\d/.test(sentence.replace(/(?:19|20)\d{2}年/, ""));
      if (cues.some((c) => c.type === "span" && c.frame && c.last < year)) spanBefore = true;
      return episode || (!stage && ownStatement(lead, sentence, year)) || SETTING_OUT.test(lead.trim()) || PLAN_OUTCOME.test(lead.trim()) || REASON.test(lead) ? "" : lead;
    })
    .join("。");
}

/** A lead clause naming only a plan's term gone by, then what was done in it (`“十二五”期间污染物总量减排…受省通报表彰`). */
function pastPlanDeed(lead: string, cues: readonly TimeCue[], year: number): boolean {
  const plans = plansNamed(lead);
  return plans.length > 0 && cues.every((c) => c.type === "span" && c.last < year) && !/(?:期间|时期|期|以来|年来|年间)$/.test(lead.trim()) && !lead.includes("是");
}

/**
 * A lead clause giving the reason for what the sentence says (`由于“十二五”时期我市实现了比较高的增速，“十三五”时期三项指标年均
 * 分别增长2.4%、1.4%和6%就可以达到`, Jiuquan 2016, in a paragraph on the coming term opened by `今后五年`): the term it names
 * is the cause's time, no frame of the sentences after it (`只有保持12%的投资增长速度，才能支撑7.5%的经济增速` is the coming
 * term's, not the term gone by).
 */
const REASON = /^\s*(?:由于|因为)/;

/** A sentence that spells out the aims named before it (`“1”即实现一个翻番`, `即…`, `其中…`). */
const SPELLED_OUT = /^\s*(?:“[^”]{1,6}”)?(?:即|其中)/;

/** A sentence's last clause: a deadline and the aims to meet by it (`到2025年实现“12345”目标`). */
const AIMS_BY = /[，；,;]\s*((?:力争|争取)?(?:到|至)(?:19|20)\d{2}年(?:底|末)?(?:实现|达到|完成)[^，。；！？,;]{0,16}目标)\s*$/;

/** A clause that only names the field of what follows (`在经济领域`, `在科技方面`, `在农业战线`). */
const FIELD = /^在\p{Script=Han}{1,12}(?:领域|方面|战线)$/u;

/** A clause that only announces the remark after it (`这里还要着重指出的是`, `需要说明的是`, `值得一提的是`). */
const REMARK = /^\p{Script=Han}{0,10}(?:指出|说明|强调|一提)的是$/u;

/**
 * A lead clause that tells how a plan went (`“九五”计划顺利完成，“十五”计划开局良好。全省国内生产总值从1997年的793亿元增加
 * 到2002年的1180亿元，年均增长8.7%`, Guizhou 2003): a statement of its own, no frame of the sentences after it, whose
 * figures the years they name place. So does one that tells how one of its goals went (`“十二五”减排目标全面完成。按照“零容忍”
 * 要求，查处环境问题企业546家`, Yichun 2016, in the review of the year): the firms were dealt with in the year.
 */
const PLAN_OUTCOME =
  /^“?(?:十[一二三四五六七八九]五|[六七八九]五|十五)”?(?:(?:计划|规划)(?:目标|任务|各项(?:目标|任务|指标))*|(?!时期|期间)\p{Script=Han}{1,6}?(?:目标|任务)+)(?:顺利|圆满|全面|胜利|超额|基本)?(?:完成|收官|实现|开局)/u;

/**
 * A lead clause that sets out on a term (`各位代表，启航“十四五”，奋斗新征程。…办好省市101件民生实事`, Ganzhou 2021, closing
 * its plan year's work): the term's first step, the year the part plans, no span over its five years.
 */
const SETTING_OUT = /^(?:启航|起航|扬帆|开启|踏上|迈上|迈入)(?:新的?)?“?(?:十[一二三四五六七八九]五|[\d一二三四五六七八九十]+五)”?$/;

/**
 * What a paragraph right under a part says of the time of the paragraphs after it: the clause it opens with
 * (`四年来`, `“十三五”时期是…的5年`, `2022年是极不平凡的一年`, after a salutation: `各位代表！2020年，…`, `各位代表，刚刚过去的2020年，…`), and later
 * sentences that open with a time alone (`…。过去五年，是…的五年。五年来，我们…`); a time word inside a later
 * statement (`近三年淘汰落后钢铁产能…`) is that statement's own.
 */
function framingClauses(text: string, year: number): string {
  // A salutation set off by a comma or a colon (`各位代表，刚刚过去的2020年，是极不平凡的一年`, `各位代表：在刚刚过去的
  // 2005年，…`) opens the sentence whose time frames.
  const sentences = text.replace(/^各位(?:人大)?代表[，,：:]\s*/, "").split(/[。！？]/);
  const leads = sentences.map((sentence) => {
    const [lead = "", next = ""] = sentence.split(/[，；：,;:]/);
    // A span that only places the year after it (`在过去五年中，2022年是极不平凡、极为特殊的一年`): that year frames.
    if (((/^在.+中$/.test(lead.trim()) || FIELD.test(lead.trim())) && timeCues(next, year).some((c) => c.type === "year")) || yearOpensTerm(lead, next, year)) return next.trim();
    // A plan cited as the ground of what follows (`根据“十五”计划纲要（草案）提出的指导思想和目标任务，今年，国内生产总值
    // 增长8.5％`, Hebei 2001) frames no time: the time word after it does, if any.
    if (/^(?:根据|按照|依据|遵照)/.test(lead.trim())) return timeCues(next, year).length > 0 ? next.trim() : "";
    return lead.trim();
  });
  const start = /^各位(?:人大)?代表$/.test(leads[0] ?? "") ? 1 : 0;
  // A later sentence that opens with one year and states figures of it (`1997年，全区国内生产总值预计达到1100亿元左右`,
  // inside a look back over five years) tells that year's figures, not the time of the paragraphs after it. A name in
  // quotes states no figure (`2017年，我们要…扎实开展“攻坚2017”行动`, Fuzhou 2017: the year frames the sections after it).
  const ownYear = (i: number) =>
    timeCues(leads[i]!, year).some((c) => c.type === "year") && /\d/.test(sentences[i]!.slice(sentences[i]!.indexOf(leads[i]!) + leads[i]!.length).replace(/“[^“”]*”/g, ""));
  // A later sentence that tells what a term gone by was (`各位代表，去年工作取得的成绩，保证了“十二五”圆满收官。“十二五”
  // 时期是我省发展最快的时期之一，…`) frames the look back over that term after it, however long its description. So does
  // one that tells what the year just past was, after a look back over the term (`这五年，…。各位代表，知之非难，行之惟艰。
  // 刚刚过去的2020年是营口发展极不平凡的一年。`, Yingkou 2021, under `一、过去五年和2020年工作回顾`): the sections after it
  // tell that year (`全年新增市场主体5.1万户`), as they do after `刚刚过去的1988年，是…的一年`.
  const pastTerm = (lead: string) => {
    const time = lead.split("是")[0]!;
    const cues = timeCues(time, year);
    if (time.length === lead.length || cues.length === 0) return false;
    if (cues.every((c) => c.type === "span" && c.last < year)) return [...time].length <= 8;
    return short(time) && cues.every((c) => c.type === "year" && c.first === year - 1 && c.last === year - 1);
  };
  // A year's digits count as one character: a later sentence that comes back to the year just past after a look back
  // over a longer span (`…。十年来，我国各个方面都发生了巨大的历史性变化，…。刚刚过去的1988年，是…的一年`, State Council
  // 1989) opens on a time alone, as `过去一年` does, and that year frames the paragraphs after it.
  const short = (lead: string) => [...lead.replace(/(?:19|20)\d{2}(?=年)/g, "Y")].length <= 8;
  // A later sentence that opens on the time since the outgoing congress first met (`…为本届市人民政府工作画上圆满句号。市五届人大
  // 一次会议以来，面对百年变局和世纪疫情，…`, Qujing 2022) frames the look back over its term after it, as `五年来` does.
  const sinceCongress = (lead: string) => /届\p{Script=Han}{0,8}会议(?:召开)?以来$/u.test(lead) && timeCues(lead, year).some((c) => c.type === "span" && c.frame);
  // A later sentence that opens on a phase of a term (`各位代表！刚刚过去的2015年，是…的一年。“十二五”中后期，受外部冲击和自身
  // 结构的叠加影响，…经济持续下行`, Tangshan 2016) tells the circumstances of part of the term: the year it opened on still
  // frames the sections after it.
  const phase = (lead: string) => lead.endsWith("期") && TERM_PHASE.test(lead);
  return leads.filter((lead, i) => i === start || (i > start && ((short(lead) && !ownYear(i) && !phase(lead)) || pastTerm(lead) || sinceCongress(lead)))).join("。");
}

/** A five-year plan's term named by a phase of it (`“十二五”中后期`, `“十一五”后期`, `“九五”初期`), not the whole term. */
const TERM_PHASE = /五”?(?:初|前|中|后|末|中后|前中)期$/;

/**
 * A paragraph that turns to a five-year plan still to come, named as a plan or a term (`…第十五个五年规划的建议，我们
 * 编制了“十五五”规划纲要（草案）`, `“十五五”时期`; an older report's `第十个五年计划`, `“十五”计划`) in a report of its
 * first year or before.
 */
export function turnsToComingPlan(text: string, year: number): boolean {
  return plansNamed(text).some(
    (plan) => plan.years[0] >= year && /^(?:规划|计划|时期|期间)/.test(text.slice(plan.end)) && !ENTERED_INTO.test(text.slice(0, plan.end).split(/[，。；！？,;]/).at(-1)!),
  );
}

/**
 * Projects entered into the coming plan, told as a result of the year (`92个项目列入国家、省上“十二五”规划和专项规划`, Lanzhou
 * 2011, in an unheaded review between its items): the plan is what they joined, no turn of the text to that plan.
 */
const ENTERED_INTO = new RegExp(ENTERED);

/**
 * The time words that frame each paragraph from outside it: the lead clauses of its part's own paragraphs (those
 * right under the part heading) before it (`各位代表，过去的五年，是…的五年。` above `（一）…`, `（二）…` or above
 * `——经济发展成效明显。…` sets their figures over the five years), until a paragraph turns to the coming plan. A
 * paragraph that names a time of its own before a figure (`刚刚过去的2020年…`) is not framed there; the first paragraph
 * of a part has no frame. The paragraphs before the first part heading frame each other the same way.
 */
export function partFrames(paragraphs: readonly ParagraphInfo[], year: number): Map<ParagraphInfo, string> {
  const frames = new Map<ParagraphInfo, string>();
  /** The deadline a paragraph closed on announcing the goals listed after it, and the part it was announced in. */
  let announced: { part: string; deadline: string } | null = null;
  // Only the last framing time word counts (timeSpan): each part keeps the latest clause that holds one, so that
  // a long part is read in linear time.
  const latest = new Map<string, string>();
  /** The sections whose closing paragraphs address the deputies again and speak for the whole part from there on. */
  const summing = new Set<string>();
  /** The parts whose heading has been read for a term that frames them. */
  const seeded = new Set<string>();
  /** Each part's last section: the one a look back over the part's term may follow (see `termSummed`). */
  const lastSections = new Map<string, string>();
  for (const p of paragraphs) if (p.headings.length > 1 && p.headings[0]) lastSections.set(`${p.headings[0].id} ${p.period}`, p.headings.at(-1)!.id);
  for (const p of paragraphs) {
    // A part that turns to another period without a heading (a review, then the five-year aims) frames each apart.
    // The text before the first part heading frames its own paragraphs too: a report that tells the past year there,
    // without a part heading (`去年，在省委…` then `经济平稳较快增长。实现地区生产总值…`), until `2014年是…`.
    const part = p.headings[0] ? `${p.headings[0].id} ${p.period}` : p.period === null ? "" : undefined;
    if (part === undefined) continue;
    // A part whose heading names only a term gone by (`二、过去五年的工作回顾`, Fujian 2008) is framed by it from its first
    // paragraph on: its figures are over that term unless a paragraph names a time of its own (`城镇新增就业285万人` is
    // over the five years). Not a heading that names a year too (`一、2020年和“十三五”工作回顾`), nor one whose part
    // turns to the coming plan.
    if (p.headings[0] && !latest.has(part) && !seeded.has(part)) {
      seeded.add(part);
      const cues = headingCues(p.headings[0].text, year);
      if (cues.length > 0 && cues.every((c) => c.type === "span" && c.frame && c.last < year)) latest.set(part, p.headings[0].text);
    }
    let frame = latest.get(part);
    // An item of an enumeration (`二是…。三年来，我们…`) says the time of its own sentences, not of the items after it.
    // A paragraph that addresses the deputies again (`各位代表，2017年，我们完成了主要目标和任务。回顾过去五年，…`) speaks
    // for the whole part, though it follows the part's last section.
    // So does one that opens on the year just reviewed as what it was (`2021年是党和国家历史上具有里程碑意义的一年，也是本届
    // 政府的收官之年。`, Changsha 2022, after the term's last section `（八）政府效能得到持续改善。`) in a part whose heading
    // names that year beside the term (`一、本届政府及2021年工作回顾`): the year's own review starts there.
    // So does one that, after the last section, turns to the term its part's heading names beside the year (`2010年工作任务的圆满
    // 完成，标志着“十一五”规划的胜利实现。过去的五年，是…的五年。五年来，…`, Fuzhou 2011, under `一、2010年暨“十一五”发展回顾`
    // after `（八）推进提速增效，…`): the term's look back starts there, its items (`一是综合实力显著增强。…`) over its years.
    const addressed =
      /^各位(?:人大)?代表[，,！!]/.test(p.text) ||
      (p.headings.length > 1 && (reviewedYearOpens(p.text, p.headings[0]!.text, year) || (lastSections.get(part) === p.headings.at(-1)!.id && termSummed(p, year))));
    // So do the paragraphs after it under the same last section, which sum up the part with it (`各位代表，2015年是“十二五”
    // 的收官之年，…。` then `五年来，我们…`, Zhejiang 2016), and every paragraph before the first part heading.
    const section = p.headings.length > 1 ? p.headings.at(-1)!.id : null;
    if (addressed && section !== null) summing.add(section);
    const ownSection = section !== null && !addressed && !summing.has(section);
    // A look back framing the part (`过去五年，…`) ends where a paragraph of the part turns to the coming plan: its figures
    // are the plan's aims (`提出地区生产总值年均增长5%左右`), and so are those after it. A paragraph of a section that names
    // the coming plan as what a project joins (`一批重点项目已按建设年限纳入省级和国家“十四五”规划`) turns no part.
    if (frame && !ownSection && turnsToComingPlan(p.text, year) && timeCues(frame, year).every((c) => c.last < year)) {
      latest.delete(part);
      frame = undefined;
    }
    // The items listed right after a paragraph that closes on a deadline announcing them (`…到2012年的主要预期目标是:` above
    // `——实现经济实力新跨越。…地区生产总值力争翻番，跨过1500亿元大关`, Ningxia 2008) are that deadline's goals; the list ends at
    // the first paragraph that is no item of it.
    if (announced && (announced.part !== part || !LIST_ITEM.test(p.text))) announced = null;
    if (announced) frame = announced.deadline;
    if (frame) frames.set(p, frame);
    const goals = GOALS_ANNOUNCED.exec(p.text.trim());
    if (goals && Number(goals[1]) > year) announced = { part, deadline: `到${goals[1]}年` };
    if (ownSection || p.kind === "enumeration") continue;
    const clauses = framingClauses(p.text, year).split("。");
    // A deadline opening a sentence (`到2007年，`) frames the rest of its own paragraph only.
    const last = clauses.findLast((clause) => timeCues(clause, year).some((c) => c.frame && c.type !== "until"));
    if (last) latest.set(part, last);
  }
  return frames;
}

/**
 * A paragraph's last sentence naming a deadline, then the goals it announces, closing on a colon (`到2012年的主要预期目标是:`,
 * `到2025年，主要目标是：`): the paragraphs after it list them.
 */
const GOALS_ANNOUNCED = /(?:^|[。！？])[\s\u3000]*(?:到|至)((?:19|20)\d{2})年(?:底|末)?[，,]?[^。！？：:，,；;]{0,16}(?:目标|任务)(?:是|为)?[：:]$/;

/** A paragraph that opens as an item of a list (`——实现经济实力新跨越。`, `一是…`, `（一）…`, `1.…`). */
const LIST_ITEM = /^[\s\u3000]*(?:[—─―－-]{1,2}|[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.．、]|第[一二三四五六七八九十]{1,2}[，,、])/;

/**
 * Whether a paragraph opens on the year before the plan year as what that year was (`2021年是…的一年`), in a part whose
 * heading names the government's term and that year (`一、本届政府及2021年工作回顾`, `一、过去五年和2021年工作回顾`).
 * So does one that opens on that year as a time alone (`2015年，面对持续加大的经济下行压力，…。预计实现生产总值376.6亿元`,
 * Zhangye 2016, after the term's last section `（六）着力强化改革创新，…`) in a part whose heading names the plan's term gone
 * by and that year (`关于“十二五”和2015年工作`): the year's own sections follow it.
 */
function reviewedYearOpens(text: string, heading: string, year: number): boolean {
  if (!heading.includes(`${year - 1}年`)) return false;
  if (text.startsWith(`${year - 1}年是`)) return TERM.test(heading);
  return YEAR_ALONE.test(text) && text.startsWith(`${year - 1}年`) && plansNamed(heading).some((plan) => plan.years[1] === year - 1);
}

/**
 * Whether a paragraph that is no item of a list names, as a time alone opening one of its sentences (`过去的五年`, `五年来`),
 * the span of the plan's term that its part's heading names beside the year before the plan year (`一、2010年暨“十一五”发展
 * 回顾`): the look back over that term.
 */
function termSummed(p: ParagraphInfo, year: number): boolean {
  const heading = p.headings[0]!.text;
  // Most paragraphs follow no heading that names a term gone by: a test of two characters first.
  if (!heading.includes("五") || !heading.includes(`${year - 1}年`) || p.kind === "enumeration" || LIST_ITEM.test(p.text)) return false;
  if (!plansNamed(heading).some((plan) => plan.years[1] === year - 1)) return false;
  return framingClauses(p.text, year)
    .split("。")
    .some((clause) => timeCues(clause, year).some((c) => c.type === "span" && c.frame && c.last === year - 1 && c.first < c.last));
}

/** A paragraph opening on a year as a time alone, set off by a comma (`2015年，`). */
const YEAR_ALONE = /^(?:19|20)\d{2}年[，,]/;

/**
 * A year a heading names after a term, joined to it (`“十三五”时期及2020年工作回顾`, Karamay 2021; `过去五年和2020年…`): a
 * time of the heading as much as the term is, as it is when it comes first (`2020年和“十三五”工作回顾`). So is one joined
 * after what the term achieved (`一、“十三五”时期取得的成就及2020年工作`, Heilongjiang 2021).
 */
const YEAR_JOINED = /(?<=[”期间年]|[”期间](?:取得|实现)?的?(?:成就|成绩|成效|工作))[和及与](?=(?:19|20)\d{2}年)/g;

/** The time cues of a part's heading, a year joined after a term among them. */
function headingCues(heading: string, year: number): readonly TimeCue[] {
  return timeCues(heading.replace(YEAR_JOINED, "，"), year);
}

/** A sentence opening an item of an enumeration inside a paragraph (`三是突破性发展现代服务业。`). */
const ITEM_OPENING = /(?<=^|[。！？])[\s\u3000]*[一二三四五六七八九十]是/gu;

/**
 * The paragraph's text before the sentence at `start`, without the earlier items of an enumeration the sentence's
 * own item follows (`三是…。去年接待国内外游客突破4000万人次，…。四是千方百计扩投资促消费。全社会固定资产投资累计完成
 * 4540亿元`): an item says the time of its own sentences, not of the items after it; the text before the first item
 * (`五年来，…：`) still leads them all.
 */
function ownItem(text: string, start: number): string {
  const head = text.slice(0, start);
  if (!head.includes("是")) return head;
  const items = [...head.matchAll(ITEM_OPENING)].map((m) => m.index);
  if (items.length < 2) return head;
  return head.slice(0, items[0]) + head.slice(items.at(-1));
}

/** A sentence that opens with a verb of aiming: `确保`, `力争`, `争取`. */
const TARGET_OPENING = /^[\s\u3000]*(?:确保|力争|争取)/;

/**
 * Whether the figure's sentence goes on with the list of main targets an earlier sentence of its paragraph opens, the
 * items set out as sentences of their own (`主要调控目标是:国内生产总值增长9%;其中…，第三产业增长9.5%。全社会固定资产投资
 * 225亿元，增长15%。地方财政收入26亿元，可比增长10.6%。…城镇登记失业率控制在4.4%以内，…。`, Ningxia 2002, at the end of
 * its part reviewing the past year): each sentence from the marker's up to the figure's gives a figure and names no
 * time of its own, nor says what was done (`了`, `已`).
 */
function listGoesOn(text: string, start: number, at: number, year: number): boolean {
  const head = text.slice(0, start);
  // Most paragraphs name no aim: a test of two characters first.
  if (!head.includes("标")) return false;
  const sentences = head.split(/(?<=[。！？])/).filter((t) => t.trim());
  const marker = sentences.findLastIndex((t) => AUTHORITY.test(t));
  if (marker < 0) return false;
  const told = (t: string) => !/[了已]/.test(t) && timeCues(t, year).length === 0;
  const listed = (t: string) => /\d/.test(t) && told(t);
  // The marker's own sentence lists targets too: a figure after the marker and no time after it, no yearly average
  // (the goals of a term). No time before it but the plan year (`2002年是实施“十五”计划的关键一年`): not the goals of the
  // coming five years (`今后五年经济社会发展的主要目标是：地区生产总值年均增长8%。城镇化率达到60%。`).
  const own = sentences[marker]!;
  const at0 = AUTHORITY.exec(own)!.index;
  const lead = sentences.slice(0, marker).join("") + own.slice(0, at0);
  if (!timeCues(lead, year).every((c) => c.type === "year" && c.first === year && c.last === year)) return false;
  return listed(own.slice(at0)) && !own.includes("年均") && sentences.slice(marker + 1).every(listed) && told(text.slice(start, at));
}

/**
 * The government's term of office (`本届政府`, `本届市人民政府`, or named by its congress's number: `一、2021年和市五届人民政府
 * 工作回顾`, Qujing 2022): the years since the last congress elected it; or its five years named beside the past one
 * (`一、过去一年和五年工作回顾`, `2022年和过去五年工作回顾`), first too (`过去五年和2021年工作回顾`, Jiangmen 2022). So is
 * the government's term named after it (`一、市人民政府本届任期和2021年工作回顾`, Zunyi 2022).
 */
const TERM = /(?:本|[一二三四五六七八九十]{1,3})届(?:\p{Script=Han}{0,3}政府|任期)|[和及与](?:过去|近)?的?(?:五|5)年|(?:过去|近)的?(?:五|5)年[和及与]/u;

/** The people a count names, then the amount per head they reached (`农村低收入群众年人均纯收入增加到`, before its figure). */
/**
 * The people or households a count names, the subject of a yearly amount right after it (`为8000名家庭困难的高中生年均发放
 * 助学金1000元`, Dalian 2009): what each of them gets in a year, so the count is that year's, no average over several years.
 * Not a rate of the count (`年均增长`), which is an average.
 */
const EACH_YEARLY = /^\p{Script=Han}{1,8}?年均(?!增长|递增|增速|增幅|提高|下降)/u;
const PER_HEAD_REACHED = new RegExp(`^\\p{Script=Han}{2,}?(?:群众|人口|居民|农民|职工|人员|家庭|户)(?:年|月)?人均\\p{Script=Han}*?${LEVEL_VERBS}\\d`, "u");

/**
 * A comparison with the year before, in the figure's own clause (`社会消费品零售总额17415亿元，比上年增长17.3%，年均增长17.1%`,
 * Guangdong 2011, in a review of five years) or right after it (`规模以上工业企业实现利润4000亿元，比上年增长36.5%`): the
 * figure is that one year's, whatever span the paragraph looks back on.
 */
const YEAR_ON_YEAR = /[比较](?:上年|去年)|同比/;
const YEAR_ON_YEAR_NEXT = /^[、，,]\s*(?:[比较](?:上年|去年)|同比)/;

/**
 * A comparison with an earlier year's end right after a figure (`、较2015年末增长2.5倍`, `，比上年末增加12家`), or a multiple
 * of an earlier year's or a term's end (`实际利用外商直接投资6.6亿美元，是“十一五”末的4.2倍`, Bozhou 2016): a year's figure
 * held against another year's, not a sum over the years.
 */
const COMPARED_WITH_END = /^[、，,]\s*(?:[较比](?:(?:19|20)\d{2}年|上年|去年|“?十[一二三四五]五”?)(?:末|底)|(?:是|为|相当于)(?:(?:19|20)\d{2}年(?:末|底)?|“?十[一二三四五]五”?末)的?\d+(?:\.\d+)?倍)/;

/**
 * A clause that is a multiple of an earlier year's level and nothing else (`，是2010年的11.68倍` after `固定资产投资由111.34亿元
 * 增加到1300亿元，年均增长63.5%`, Anshun 2016, in a review of five years): the level of the span's last year held against
 * that year's, no sum over the years.
 */
const OF_YEAR_LEVEL = /^(?:是|为|相当于)(?:19|20)\d{2}年(?:末|底)?的?$/;

/**
 * A comparison of the figure with an earlier plan's whole term, right after it (`完成外贸自营出口440亿美元，比“九五”时期增长
 * 87.8％`) or closing a list of figures it is one of (`完成地方财政一般预算收入573亿元，…，社会消费品零售总额2908亿元，分别比
 * “九五”时期增长103.6％、140％和68.5％`, Dalian 2006, under `五年间，全市累计…`): only a sum over a term compares with the
 * sum of the term before it, so the figure is the total over its span, not a level of the span's last year (not a term's
 * end, `比“十五”末`, a level compared with a level). Not a later clause's own subject compared (`中欧（亚）班列通达19个国家
 * 26个城市，开行列数较“十三五”时期增长40%`, Urumqi 2026: the countries reached are a level). So is a comparison with the
 * span of as many years before, 分别 after it or before (`社会消费品零售总额、旅游业总收入分别达2123亿元和935亿元，比前五年分别增长
 * 116%和75%`, Zhuhai 2012, in a review of five years).
 */
const EARLIER_TERM = "(?:(?:“[^”]{1,4}”|[一二三四五六七八九十]{1,3}五)(?:计划|规划)?(?:时期|期间)|前(?:[两三四五六七八九十]|\\d{1,2})年(?!年均|平均))";
const AGAINST_TERM = new RegExp(`^(?:[，,]?\\s*(?:分别|均)?|[^。！？；;]*?[，,]\\s*(?:分别|均))[比较]${EARLIER_TERM}|^[^。！？；;]*?[，,]\\s*[比较]${EARLIER_TERM}(?:分别|均)`);

/**
 * A multiple of an earlier plan's whole term right after the figure (`实际到位市外境内资金2789.3亿元，是“十一五”时期的2倍`,
 * `开工建设城镇保障性住房6.98万套，是“十一五”时期的3.81倍`, Guilin 2016): so many times the sum of the term before, a sum
 * over its span too. Not a multiple of the term's end (`是“十一五”末的4.2倍`, {@link COMPARED_WITH_END}), a level.
 */
const MULTIPLE_OF_TERM = /^[，,]\s*(?:是|为|相当于)(?:“[^”]{1,4}”|[一二三四五六七八九十]{1,3}五)(?:计划|规划)?(?:时期|期间)的?\d+(?:\.\d+)?倍/;

/**
 * A running total alone in its clause (`累计2177家`, `累计达到1500家`) right after a clause that counts the year's additions
 * (`高新技术企业新增521家，`): what there is now, not what was added. So is a total past a milestone (`新增高新技术企业261家，
 * 总数突破300家`, Zhanjiang 2021).
 */
const TOTAL_AFTER_ADDED = /^(?:累计|总数|总量)(?:达到|达|突破|超过)?$/;
/**
 * A count of firms its sentence goes straight on to grow (`高新技术企业427家，增长近1倍`, Zhongshan 2016): what there is,
 * grown on what there was, not what was added. Not a count its clause says was added, certified or entered that year
 * (`净增…`, `评价入库科技型中小企业348家、增长65%`, Hanzhong 2023), which grows on the year before's.
 */
const GROWN_NEXT = /^[、，,]\s*增长(?:近|约|超过?)?\d+(?:\.\d+)?(?:倍|%)/;
/**
 * A count its sentence goes straight on to tell the year's additions to, naming no thing of their own (`高新技术企业138家，
 * 新认定39家`, `入驻创业团队628个，新增373个`, Huanggang 2016): what there is, the additions a part of it.
 */
const ADDED_NEXT = /^[、，,]\s*(?:新增|净增|新认定)\d/;
/** Verbs of a count certified or entered, beside those of an amount added ({@link ADDED}). */
const ENTERED_VERB = /增加|认定|通过|入库|备案|引进|培育|评价|获批/;
/**
 * A running total over a number of years in the clause right after the figure (`固定资产投资1055.4亿元，五年累计突破4500亿元`,
 * Zhongshan 2016, in a review of five years): the figure is the last year's amount, the total the sum over the years. Not
 * a total of its own after additions (`净增…300家左右，累计超过1900家`), nor one of another thing (`，累计淘汰黄标车6.6万辆`).
 */
const TOTAL_NEXT = /^[，,]\s*[两二三四五六七八九十2-9]年(?:来)?(?:累计|总计|合计|共计)/;
const ADDED_CLAUSE = /(?:新增|净增|新认定|新引进|新培育|新登记)[^，；：,;:]*\d/;
/** An item that opens on a verb of adding (`净增`, `新增`), after a time of the year or not. */
const ADDED_OPENING = new RegExp(`^(?:全年|今年|年内|当年)?(?:${ADDED.source})`);
/** A verb of passing a mark right before the figure (`突破`, `超过`). */
const PASSING_END = /(?:突破|超过|(?<![破赶])超)$/;
/** A clause that sums over years (`五年…投入达到1565亿元`, `累计`, `“十五”期间`). */
const SUMMED_CLAUSE = /累计|总计|合计|[两二三四五六七八九十\d]年(?!底|末)|期间|以来/;
/** A clause that states a level reached (`全省高新技术企业达5286家`): a verb of a level, then its figure. */
const LEVEL_CLAUSE = new RegExp(`${LEVEL_VERBS}\\d`);

/** Words that turn to the year just past (`刚刚过去的2020年`, `过去的一年`, `去年`). */
const JUST_PAST = /刚刚过去|过去的?一年|去年/;

/** What a figure's paragraph says about its time (GUIDE §2: kind, year, base year, period), within its frame. */
export function timeContext(p: ParagraphInfo, d: Draft, year: number, frame = "", delivered: number | null = null): TimeContext {
  // A space a copy set between the verb and the number (`国家级高新技术企业达到 19户`, Mudanjiang 2015) says nothing.
  const before = p.text.slice(d.sentence[0], d.quantity.start).replace(/[\s\u3000]+$/, "");
  const clause = before.split(/[，；：,;:]/).at(-1) ?? "";
  const families = familiesOf(d.quantity.unit);
  // A share or a ratio is never an amount added (`研发经费投入强度达到1.27%`: 投入 names what is measured).
  const share = families.includes("percent") || families.includes("ratio");
  // A plan carried out (`继续实施高新技术企业五年倍增计划，今年达到68家`, Jincheng 2020: the label the figure's clause borrowed
  // from the clause before) adds nothing by its 实施: the level its own clause reaches is of the things the plan is for.
  const flow = FLOW.test(d.label.endsWith("计划") ? d.label.replace(PLAN_CARRIED_OUT, "") : d.label) && !share;
  // A clause that opens on a verb of having lists what there is (`拥有国家级检测中心2个、国家和省级重点实验室10个、高新技术
  // 企业212家`, Zunyi 2021): every item a level, the later ones too, whose labels have lost the verb.
  // A multiple of the span as long before (`利用外商直接投资、进出口总额分别是上个五年的1.5倍、2倍`, Huainan 2018, in a review of
  // five years) compares the sums of the two spans: no level, though the item is a year's aggregate.
  const ofSpanBefore = d.quantity.unit === "倍" && SPAN_BEFORE_MULTIPLE.test(clause);
  const remaining = REMAINING_OPENING.test(clause.trim()) && NOT_YET_DONE.test(p.text.slice(d.quantity.tail));
  const stock = !ofSpanBefore && (STOCK.test(d.label) || (CAPACITY.test(d.label) && !CAPACITY_CUT.test(clause)) || STOCK_OPENING.test(clause.trim()) || remaining || share || ANNUAL.test(d.label));
  // An amount whose clause opens on a bare number of years (`五年粮食总产量达5540万吨`) is their sum, not the last year's
  // level, whatever verb reaches it; a share or a ratio so opened (`五年…比重达到30%`) stays a level.
  const summed = !share && YEARS_SUMMED.test(clause.trim());
  // A count of people before the amount per head they reached (`131万农村低收入群众年人均纯收入增加到2258元`): those people
  // then, a level, not a sum over the years.
  const perHead = PER_HEAD_REACHED.test(p.text.slice(d.quantity.tail).split(/[，；：。,;:]/)[0] ?? "");
  const eachYearly = /^万?[户人名]$/.test(d.quantity.unit) && EACH_YEARLY.test(p.text.slice(d.quantity.tail, d.quantity.tail + 12));
  // So is a total its own clause says was run up during a span (`“九五”期间实际利用外资总额达135.7亿美元`, Shenzhen 2001): the
  // sum over that span, whatever verb reaches it; not a year's aggregate (`进出口总额`, `零售总额`), a level at the span's end.
  const during = !share && DURING.test(clause) && TOTAL.test(d.label) && !ANNUAL.test(d.label);
  // So is a count the sentence goes on to compare with an earlier year's end (`全市高新技术企业147家、较2015年末增长2.5倍`,
  // Sanming 2021): what there is, not what was added.
  const comparedWithEnd = COMPARED_WITH_END.test(p.text.slice(d.quantity.tail));
  const ofYearLevel = d.quantity.unit === "倍" && OF_YEAR_LEVEL.test(clause.trim());
  const yearOnYear = YEAR_ON_YEAR.test(clause) || YEAR_ON_YEAR_NEXT.test(p.text.slice(d.quantity.tail));
  const grown = !d.change && /^万?家$/.test(d.quantity.unit) && !ADDED.test(clause) && !ENTERED_VERB.test(clause) && GROWN_NEXT.test(p.text.slice(d.quantity.tail, d.quantity.tail + 12));
  const beforeAdded = !d.change && !ADDED.test(clause) && !ENTERED_VERB.test(clause) && ADDED_NEXT.test(p.text.slice(d.quantity.tail, d.quantity.tail + 8));
  const beforeTotal = !d.change && !ADDED_CLAUSE.test(clause) && TOTAL_NEXT.test(p.text.slice(d.quantity.tail, d.quantity.tail + 12));
  // So is a running total alone in its clause after the year's additions (`高新技术企业新增521家，累计2177家`, Wuhan 2017).
  const clauses = before.split(/[，；：,;:]/);
  // So is a bare total after 、 right after the firms the year certified or added (`国家高新技术企业通过认定14家、总数37家`,
  // Panzhihua 2020): what there is, the additions a part of it.
  const items = clause.includes("、") ? clause.split("、") : [];
  const totalAfterItem = items.length > 1 && TOTAL_AFTER_ADDED.test(items.at(-1)!.trim()) && /\d/.test(items.at(-2)!) && (ADDED_CLAUSE.test(items.at(-2)!) || ENTERED_VERB.test(items.at(-2)!));
  const totalAfterAdded = (clauses.length > 1 && TOTAL_AFTER_ADDED.test(clause.trim()) && ADDED_CLAUSE.test(clauses.at(-2)!)) || totalAfterItem;
  // Such a total compared with an earlier term after it (`新增高新技术企业261家，总数突破300家，比“十二五”时期增长7倍多`,
  // Zhanjiang 2021) is still what there is now: the term's firms were a stock too, no sum over its years.
  const againstTerm = !share && !d.change && !totalAfterAdded && (AGAINST_TERM.test(p.text.slice(d.quantity.tail, d.quantity.tail + 80)) || MULTIPLE_OF_TERM.test(p.text.slice(d.quantity.tail, d.quantity.tail + 40)));
  // So is a part of a level the clause before states, after 其中 (`全省高新技术企业达5286家，其中国家重点高新技术企业629家`,
  // Jiangsu 2008): a part of what there is, not of what was added. Not a part of a sum over years (`五年省级对苏北的各项投入
  // 达到1565亿元，其中省财政转移支付666亿元`): a sum too.
  const partOfLevel = clauses.length > 1 && /^其中/.test(clause.trim()) && LEVEL_CLAUSE.test(clauses.at(-2)!) && !ADDED_CLAUSE.test(clauses.at(-2)!) && !SUMMED_CLAUSE.test(clauses.at(-2)!);
  // A pace of an aggregate paired from a 分别 list after the levels the items passed over the span (`全市生产总值突破千亿元
  // 大关，财政总收入跨越百亿元关口，增幅分别达到44.1%和78.2%`, Ankang 2021, in a review of five years) is its growth over the
  // span, no level of the last year, though its verb reaches it.
  const spanPace = share && /分别/.test(clause) && /(?:增幅|增速)$/.test(d.label) && ANNUAL.test(d.label);
  // An addition told as passing a mark (`净增高新技术企业超过3000家、总数突破1.2万家`, Wuhan 2023): the size of what was added,
  // its item opening on the verb of adding, no level reached, though its verb passes one.
  const addedItem = clause.split("、").at(-1)!.trim();
  const addedPassing = ADDED_OPENING.test(addedItem) && PASSING_END.test(addedItem);
  const level =
    !d.change &&
    !spanPace &&
    !addedPassing &&
    !summed &&
    !during &&
    !againstTerm &&
    ((!flow && (REACHED.test(clause) || stock || perHead || comparedWithEnd || ofYearLevel || partOfLevel || beforeTotal || grown || beforeAdded)) || FROM_OLD.test(clause) || totalAfterAdded);
  // The frame counts only where the paragraph names no time of its own before the figure (`刚刚过去的2020年…`).
  // A time of its own that only says again the frame's span (`——致力保障和改善民生，…。持续实施…，五年来用于民生支出累计达到
  // 1108亿元，…。新增城镇就业51.7万人` under `过去五年，…`) displaces nothing: the frame still holds.
  // A time of an earlier sentence that frames nothing past its own clause (`到2020年县域比重占全市GDP的50%以上。…常住人口
  // 城镇化率达到78%以上` under `“十三五”时期，…`, Yinchuan 2016) displaces nothing either: it says no time of the figure's.
  const earlier = ownItem(p.text, d.sentence[0]);
  const own = cuesOnce(earlier + p.text.slice(d.sentence[0], d.quantity.start), year);
  const frameCues = frame ? timeCues(frame, year) : [];
  const frameSpans = frameCues.filter((c) => c.type === "span");
  // Nor does a year an earlier sentence names past its first clause when no earlier sentence opens on a time
  // (`经济发展迈上新台阶。地区生产总值突破千亿元大关，2021年达到1302.36亿元。新增国家全域旅游示范区2个` under `一、过去五年
  // 工作回顾`, Enshi 2022): it dates that clause's figure, not the sentences after it, which go on telling the five years.
  const leadless = frameSpans.length > 0 && timeCues(leadClauses(earlier, year), year).length === 0;
  // A time that frames nothing past its own statement displaces nothing after that statement's semicolon either, in the
  // same sentence (`瓜果菜、生猪、家禽出岛量去年分别达590万吨…；…；新增国家级和省级农业龙头企业181家`, Hainan 2013, under
  // `过去的五年，…`): the later statements go on telling the frame's years.
  const statement = earlier.length + p.text.slice(d.sentence[0], d.quantity.start).lastIndexOf("；") + 1;
  const repeats = own.every(
    (c) =>
      (((!c.frame && c.at < statement) || (leadless && c.at < earlier.length)) && frameSpans.length > 0) ||
      (c.type === "span" && frameSpans.some((f) => f.first === c.first && f.last === c.last)) ||
      // So does the frame's own year said again (`…，2021年力争各级民族团结进步示范区示范单位达到500个以上，…。…“平安宗教场所”
      // 创建率达到100%` under `各位代表！2021年，是…开局之年`, Karamay 2021, in its part on the coming five years): the
      // sentences after it are still that year's.
      (c.type === "year" && frameCues.at(-1)?.type === "year" && frameCues.at(-1)!.last === c.last),
  );
  const framed = frame && repeats ? frame : "";
  const leads = leadClauses(ownItem(p.text, d.sentence[0]), year, p.text.slice(d.sentence[0], d.sentence[0] + 8));
  const context = [framed, leads].filter(Boolean).join("。");
  // Its time comes from the frame alone, one that turns to the year just past (`刚刚过去的2020年`, `过去的一年`, `去年`): the
  // paragraph's own lead clauses name none. Not a year the frame names bare (`2000年是“九五”计划的最后一年`, Beijing 2001,
  // above the sections that look back over that plan).
  const framedOnly = framed !== "" && JUST_PAST.test(framed) && timeCues(leads, year).length === 0;
  // The heading of the part: one year named and no span (`一、2021年工作回顾`) is a review of that year alone; not one
  // that also reviews the government's term (`一、2021年和本届政府工作回顾`), which spans the five years.
  const heading = p.headings[0]?.text ?? "";
  const partCues = headingCues(heading, year);
  // A part heading that names no time (`附件一`) leaves it to the heading the figure stands under: one year named alone
  // there (`2021年十件民生实事完成情况汇总表`, Shantou 2022) is the time of the section, so a running total in it
  // (`累计服务约1万车次`) is that year's, not one over five years.
  const sub = partCues.length === 0 && p.headings.length > 1 ? headingCues(p.headings.at(-1)!.text, year) : [];
  const cues = sub.length === 1 && sub[0]!.type === "year" && sub[0]!.last < year ? sub : partCues;
  const term = TERM.test(heading);
  const partYear = !term && cues.length > 0 && cues.every((c) => c.type === "year" && c.last === cues[0]!.last) ? cues[0]!.last : null;
  // A heading that names a span of past years and no year alone (`一、过去五年政府工作的回顾`) reviews those years.
  const spanned = cues.length > 0 && cues.every((c) => c.type === "span" && c.last < year) ? cues.at(-1)! : null;
  const partSpan: [number, number] | null = spanned ? [spanned.first, spanned.last] : null;
  // A paragraph that opens on the past year, a time alone in its first clause (`各位代表，过去一年，我们以机关行政效能建设为
  // 重点…`), tells what was done then; not one that opens on a figure of it (`去年一季度全区经济增长5.8％，今年…`).
  // So does the sentence right before the figure's when it opens so (`2011年，是“十二五”开局之年，…。过去一年，我们的各项
  // 工作取得了很大成绩。国内生产总值增长10.3%，…`): the sentence after it tells that year.
  // So does one that opens on this year in a report given the December before its plan year (Zigong 2023, given on 28
  // December 2022: `今年工作中，我们坚持…`): the year it was given.
  const pastOpening = (text: string) => {
    const opening = (text.replace(SALUTATION, "").split(/[，；：,;:]/)[0] ?? "").trim();
    return [...opening].length <= 8 && timeCues(opening, year, null, delivered).some((c) => c.type === "year" && c.frame && c.last < year);
  };
  const previous = p.text.slice(0, d.sentence[0]).split(/(?<=[。！？])/).filter((t) => t.trim()).at(-1) ?? "";
  const opensPast = [p.text, previous].some((t) => pastOpening(t.split(/[。！？]/)[0] ?? ""));
  // A paragraph that opens on a term gone by, a time alone in its first clause (`各位代表，“十二五”时期，我们大力推进政府自身
  // 建设，…`), looks back over it.
  const opening = (p.text.replace(SALUTATION, "").split(/[。！？]/)[0]?.split(/[，；：,;:]/)[0] ?? "").trim();
  const opensPastTerm = [...opening].length <= 8 && timeCues(opening, year).some((c) => c.type === "span" && c.frame && c.last < year);
  // A sentence right after the clause of main targets that opens with a target verb (`…主要预期调控目标是:生产总值增长10%
  // 以上；…。确保全省生产总值超过10000亿元，…`) adds to those targets, in a part reviewing the past year too.
  const adds = (TARGET_OPENING.test(p.text.slice(d.sentence[0], d.quantity.start)) && AUTHORITY.test(previous)) || listGoesOn(p.text, d.sentence[0], d.quantity.start, year);
  // A clause of main goals whose first item is a yearly average (`全省经济社会发展的主要目标是：地区生产总值年均增长11%，…，
  // 城镇登记失业率控制在4%以内`, Liaoning 2011, under `“十二五”时期…的指导方针是`) sets the goals of the plan's years, not the
  // plan year's: every item of it, a level held too, is over those years.
  const marker = AUTHORITY.exec(before);
  const termGoals = marker !== null && TERM_AVERAGE.test(before.slice(marker.index + marker[0].length).split(/[，；,;]/)[0] ?? "");
  return { year, part: p.period, context, before, label: d.label, level, authority: (AUTHORITY.test(before) || adds) && !termGoals, partYear, partSpan, delivered, opensPast, opensPastTerm, termGoals, averagedParagraph: /年均/.test(p.text), eachYearly, averagedBefore: previous.includes("年") ? (YEARS_AVERAGED.exec(previous)?.[1] ?? null) : null, againstTerm, yearOnYear, framedOnly };
}
