import { CUT_GOODS, type Exclusion, INVESTED, WEIGHT_TASK } from "./exclusions.ts";
import { type Quantity, readQuantity } from "./quantity.ts";
import { SECTOR } from "./sector.ts";
import { CN_ITEM_NUMBER } from "../text/numerals.ts";
import { familiesOf, isMagnitude, isMeasureWord } from "./units.ts";
import { AIMED_AT, GROUND } from "./cues.ts";
import { TextCache } from "../text/cache.ts";
import { asciiDigits } from "../text/hygiene.ts";

/** Words that open a clause without naming the indicator: the pronoun subject, estimates, pledges, time and place, manner. */
const FLUFF = [
  "我们",
  // With how firm the estimate is (`初步预计全年地区生产总值增长4.2%`, Heilongjiang 2020).
  "(?:初步)?预计",
  // An estimate's method (`初步核算2017年达到4.5万亿元`, `初步统计全年…`): the subject is the one before it.
  "(?:据|经)?初步(?:核算|统计)",
  // Before the year, the place (`预期今年全省…`) or the indicator itself (`预期地区生产总值增长12%以上`, Harbin 2011): not
  // `预期寿命`, `预期性指标`, `预期目标`, nor a word of what is expected (`预期增长`, `预期任务`, `预期值`).
  "预期(?!寿命|性|目标|任务|增长|增速|值|的|效果|收益)(?=[\\u4e00-\\u9fff]{2})",
  "力争",
  // A pledge before the year of its goal (`争取到2007年全省国内生产总值突破10000亿元`, Zhejiang 2003), as 力争 is: no word of
  // the indicator, the year the figure's time. Not 争取 before what is won (`争取中央资金`), the verb of that figure.
  "争取(?=[\\s\u3000]*(?:到|至)?[\\s\u3000]*(?:19|20)\\d{2}[\\s\u3000]*年)",
  // A level or a pace pledged to hold (`保持出境断面水质优良率100%`, Guizhou 2019; `今年要保持工业企业技术改造投资增长２０％以上`, Ningxia 2004): no
  // word of the indicator; not its rate (`保持率`) nor where it is to stay (`保持在`).
  "保持(?![率在])(?=[\\u4e00-\\u9fff“]{2})",
  // The years a work is to take (`用5年时间改造中低产田300万亩`, Ningxia 2009): the figure's period, which the time span reads.
  "用(?:[两二三四五2-5])年(?:左右)?的?时间",
  // With its aspect mark too (`确保了20万群众生命财产安全`, Wuhan 2017): no 了 left to open the label.
  "确保了?",
  "全年",
  "今年",
  // Last year before the subject (`去年粮食播种面积7823万亩`, Hunan 2006): the figure's time, which the time span reads.
  "去年(?![底末初同以度])(?=[\\u4e00-\\u9fff])",
  // Now before the subject (`目前我市按户籍人均GDP已超过8000美元`, Hangzhou 2008; `现在我国人口已经达到12亿`): the figure's
  // time, which the time span reads; not a word that starts so (`目前的`, `现在化`, `当前的`).
  "(?:目前|现在|当前)(?![的化])(?=[\\u4e00-\\u9fff])",
  // Not of a kind that spans the place (`全市性政府会议压减11%`), nor the whole territory, a word of the label
  // (`全市域清洁取暖率达到100%`, Yinchuan 2024).
  "全市(?!性|域)",
  "其中",
  // Namely, before the items an aim was summed up as (`实现“两个突破、两个高于、三个大幅提升”，即地区生产总值突破800亿元`,
  // Zhangye 2022): no word of the indicator; not 即将, 即时 or 即期, nor 即办 of matters settled on the spot (`即办事项比率提高
  // 121.3%`, Putian 2014).
  "即(?![将时期可使便刻办])",
  "同时",
  // A connector opening the last item of a list after a comma (`…、中央南街立交桥东西主线，以及阜盘高速锦州段 60公里续建工程
  // 竣工通车`, Jinzhou 2014): no word of the indicator; not 以 before 及时.
  "以及(?!时)",
  // A clause singled out of the ones before it (`尤其是全部财政收入下降8.5%`, Handan 2014): no word of the indicator.
  "尤其是",
  "特别是",
  // The ground a plan stands on told as it is (`基础在于我市经济总量跨上400亿元台阶`, Guyuan 2023): no word of the indicator.
  GROUND,
  // The currency the amount before it closes on (`必保到位额52亿元人民币、利用国外资金到位额4.2亿美元`, Inner Mongolia
  // 1999): a word of that amount, none of the next label.
  "人民币(?=[、，,；;和及])",
  "努力",
  // With its aspect mark too (`实现了34万贫困人口稳定脱贫`, Xinjiang 2006): no 了 left to open the label.
  "实现了?",
  // Its sibling, the verb of a figure got done (`完成生产总值2818亿元`, `完成规模以上工业增加值1405.8亿元`, Yichang 2014): no
  // word of the indicator; not the rate or the amount of a plan done (`完成率`, `完成额`), nor the share of an aim or a task
  // done (`完成全年目标的125.2%`, `完成调整任务的85%`), nor the share of the year's budget brought in (`完成年度预算的103.8%`,
  // Zhanjiang 2019), and never alone. With its aspect mark too (`全面完成了年度确定的10大类45项民生实事`, Qinghai 2022): no
  // 了 left to open the label.
  "完成了?(?![率额值量数情])(?![^，；。]*(?:目标|任务|计划|预算)的?$)(?=[\\u4e00-\\u9fff“]{2})",
  "集中力量",
  // An adverb adding the clause to the one before it (`既有力稳住了经济大盘，也办成了10个方面31项民生实事`, Wuzhong 2023):
  // no word of the indicator (not 也门).
  "也(?![门])(?=[\\u4e00-\\u9fff])",
  // A conjunction turning against the clause before (`尽管财政收入增速放缓、支出压力加大，但财政用于民生的比例达到70%以上`,
  // State Council 2015): no word of the indicator.
  "但是?(?=[\\u4e00-\\u9fff“]{2})",
  "全面",
  // A goal more than met (`超额完成新增就业岗位8万个的目标`, Hainan 2012): the figure is at least the goal's; 超额 is no word of it.
  "超额(?=完成|实现)",
  "扎实",
  "加快",
  "大力",
  "积极",
  "着力",
  "深入",
  "持续",
  "进一步",
  "切实",
  "稳步",
  // Not the idiom it starts (`全力以赴推动15个投资超100亿元重大能化项目建设`, Yulin 2014), which goes whole.
  "全力以赴",
  "全力",
  "力促",
  "依然将",
  // An adverb of holding on despite the clause before (`…在国家玉米临储价格下调的情况下，仍然达到11326元`, Jilin 2016): no
  // word of the indicator.
  "仍然|依然(?!将)",
  // A verb of aiming at the goals of a year (`围绕2030年GDP过万亿`, Yueyang 2023): no word of the indicator.
  `${AIMED_AT}(?=(?:19|20)\\d{2}年)`,
  // The verb of setting the year's targets before that year (`初步安排 2014年全市地区生产总值、…分别增长10%`, Yichun 2014):
  // no word of the indicator; the year is the figure's time.
  "(?:初步)?(?:安排|确定|提出)(?=[ \\u3000]?(?:19|20)\\d{2}[ \\u3000]?年)",
  // The statistical basis the figures after it are counted on (`新口径城乡居民收入分别达19351元和10134元`, Yueyang 2014): no
  // word of the indicator.
  "(?:按|以)?新口径(?:计算|统计|测算)?的?(?=[\\u4e00-\\u9fff]{2})",
  // The words announcing the main targets with no colon after them (`今年全市经济社会发展的主要预期目标是生产总值增长10％以上`,
  // Nanyang 2014): no word of the first indicator, as with the colon.
  "(?:(?:国民)?经济(?:和|与)?社会(?:发展)?的?)?主要(?:预期|调控|奋斗|发展)?(?:目标|指标)(?:任务)?(?:是|为)(?=[\\u4e00-\\u9fff]{2})",
];
/**
 * A verb of pushing a thing forward (`推动电子信息产业规模迈上10000亿元台阶`, `推进“个转企”300家`): the indicator follows it.
 * Alone it stays, the verb of what the figure counts (`推进4.2万亩新老城区林相改造`).
 */
const PUSH = /^(?:推动|推进)(?=.{2})/;
/**
 * The time before the subject (`2005年完成工业增加值`, `2002年末…`, `2003年以来…`, `到2020年…`, `2023年底前…`): the figure's time,
 * which the time span reads from the text, no part of what it names; so too with the spaces a copy set around the year
 * (`预计 2000 年全省国内生产总值达9506亿元`, Guangdong 2001); and the year's end written bare after 到 (`力争到年底前使基本医疗保险的
 * 覆盖面达到150-200万职工`, Beijing 2001); and the end of a month as a deadline, its number or not (`今年6月底前完成2017年度13.7万人
 * 搬迁入住任务`, Qiandongnan 2018); and the year's end as a deadline without 到, or the year itself (`年底前经开区营收规模达到300亿元`,
 * `力争年内新增上市企业2~3家`, Luoyang 2022; before a name that opens with digits and a letter, `年内5G基站达到1.4万座以上`,
 * Taiyuan 2023), not the year's end that names a stock (`年末总人口`, `年底存款余额`); and this or last year's end bare before
 * the subject (`力争今年底亿元工业企业达2400家以上`, Guangxi 2013).
 */
const TIME = "[\\s\u3000]*(?:到|至)?[\\s\u3000]*(?:19|20)\\d{2}[\\s\u3000]*年(?:度|末|底|初|以来|全年)?(?:前|之前)?|(?:19|20)\\d{2}年?(?:这)?[两二三四五2-5]年|(?:到|至)(?:今年)?年[底末](?:前|之前)?|(?:今年)?年[底末](?:前|之前)|(?:今年)?年内(?=[\\u4e00-\\u9fff“]{2}|[0-9０-９]+[A-Z])|(?:今年)?\\d{0,2}月[底末](?:前|之前)|(?:今|去|上)年[底末](?=[\\u4e00-\\u9fff]{2})";
/**
 * A modal or an adverb before the subject or the verb (`仍将75%以上财力…`, `要全面完成…`, `今年将…`), or a causative 使
 * (`使科技进步对经济增长的贡献率达到50%以上`, Beijing 1998) or 把 (`把人口自然增长率控制在6‰以内`, Leshan 2014), not a word that
 * starts so (`将来`, `将近`, `要求`, `要素`, `要点`, `使用`, `使命`, `把握`, `把关`).
 */
const MODAL = "(?:仍|还|也|都)?(?:将(?![来军近])|要(?![求素点件害闻务道塞职领案])|可(?=完成|实现|达到|突破|超过)|使得?(?![用命馆者之节团])|把(?![握关守持控脉])(?=[\\u4e00-\\u9fff]{2}))(?=[\\u4e00-\\u9fff“])";
/**
 * An aside in brackets before the subject (`预计（下同）全市…`) names nothing of it; nor does the bracket a
 * subject opens inside (`（州直增长7.5%、…）`, `（其中新建30个`) or after (`…40亿元以上）、铁路投资基金二期75亿元`).
 * 并 joins clauses, but not in a word it starts (`并网2000万千瓦`, `并购`); nor does 和 (`和美村居100个`, `和谐`), nor 及
 * (`及时转移涉险群众40万人次`, Qinghai 2025: 及时 is the label's first word); a 的 left
 * before the subject by the figure it follows (`60%以上的村集体经济收入超过50万元`) is no word of it; nor is the dash that
 * opens an item of a list (`——固定资产投资完成5600亿元`, `―――生产总值初步预计960亿元` with U+2015), nor a point a copy set for the
 * full stop before it (`…增长16.1%.全年地方一般预算收入1313亿元`; before a year, `…10.4∶51. 1∶38. 5.2000年地方一般预算收入907. 23亿元`,
 * Guangdong 2001).
 */
// 与 joins two words or ends a phrase, but not in the verb 参与 (Urumqi 2025: `开展各类群众体育赛事活动1865场次、参与12.5万人次`,
// labelled 参与, not 参); so below in TRAILING, TRAILING_WORDS and the trim of a label's last joining word. Nor 与 of 与会,
// attending the meeting (Guangzhou 2018: `与会企业388家`, labelled 与会企业, not 会企业).
const ASIDE = `[—―]+|[.．](?=[\\u4e00-\\u9fff]|(?:19|20)\\d{2}年)|[、，；：且）)]|(?<!参)与(?!会(?:企业|代表|嘉宾|人员|人数|者|客商|单位))|及(?![时早])|和(?![美谐])|的(?=[\\u4e00-\\u9fff])|并(?![网购联入轨列存发])|[（(](?![^（）()]*[）)])|\\d+[．.、]\\s*|^${CN_ITEM_NUMBER}|（[^（）]*）|\\([^()]*\\)`;
/**
 * An enumeration's marker run into its item (`三是对上消化道癌高危人群开展内镜检查3万名`, `十三是…`), or a circled or
 * bracketed numeral one character long that opens an item of a list run on in one paragraph (`②完成医疗救助27万人次；④支持
 * 既有住宅加装电梯300台`, Yueyang 2023; `⑴`, `❶`); so is one right before the figure that opens its item
 * (`四是1637个标准化村卫生室建成投入运行`, Qinghai 2009), and one right before the year its item opens with
 * (`二是2010年单位生产总值能耗比2005年降低20%左右`, Wuhan 2006: the year is the figure's time, dropped after it).
 */
const ENUMERATION = "[一二三四五六七八九十]{1,3}是(?=[\\u4e00-\\u9fff“]|(?:19|20)\\d{2}年|$)|[\\u2460-\\u2487\\u2776-\\u2793]";
/**
 * A plan's period opening the subject (`一是“十一五”时期全市生产总值年均增长12%以上`, `“十一五”期间新增城镇就业人数60万人`,
 * Wuhan 2006): the figure's time, which the time span reads, no word of what it names. Not before an average over it
 * (`“十三五”时期PM2.5年均浓度平均值为26微克/立方米`, Zhanjiang 2021): the period names what is averaged.
 */
const PLAN_PERIOD = "(?:在|整个)?(?:“(?:[六七八九]|十[一二三四五六七八九]?)五”|十[一二三四五六七八九]五)(?:时期|期间)(?![^，。；]*平均值)";
/** What a label drops before its subject: asides and separators, a time, a modal, fluff, an enumeration's marker. */
const LEADING = new RegExp(`^(?:${ASIDE}|${TIME}|${PLAN_PERIOD}|${MODAL}|${ENUMERATION}|${FLUFF.join("|")})+`);
/**
 * Connectors (not 和 ending 总和), 首次 (`金融业增加值首次突破千亿元`), running-total words and a modal or 已 (已经) before the verb (`全区固定资产投资要达到…`, `…涨幅已由…回落到…`, `全市常住人口已经超过1530万`, Beijing 2006)
 * after the subject; 及 ending a word (`惠及`, `普及`, `涉及`) is no connector, nor 要 ending one (`重要`), but 比重 then 要 is
 * the share and its modal (`畜牧业产值占农业总产值比重要达到40%以上`, Heilongjiang 2005). A year between the subject and
 * its verb (`县（市）级财政收入增幅2002年达7.5%`, `上市公司1997年18家`, Heilongjiang 2003) is the figure's time, not its name;
 * not one a comparison names (`比财源建设前的2000年`). Nor are the years in a row it has held (`粮食总产量连续九年稳定在120万吨以上`,
 * Leshan 2025), nor the months or quarters (`制造业投资增速连续24个月保持18%以上`, Anhui 2024): the figure is this year's level. Nor is an adverb of a bound held throughout (`城镇登记失业率始终控制在3.7%以内`,
 * Urumqi 2017). Nor is the plan's end so placed (`力争生产总值“十四五”末迈上3000亿元台阶`, Puyang 2023), a time as a year is (not the
 * base of a multiple, `是“十一五”末的1.84倍`). Nor is this or last year so placed (`全省经济总量今年要确保跨越2万亿元大关`, Hubei 2012; `出岛量去年分别达590万吨`,
 * Hainan 2013), nor the whole year (`固定资产投资全年增长17.8％`, Shaanxi 2015; not the last
 * of the parts of the year listed: `一季度、上半年、前三季度和全年分别增长…`, Jilin 2016). Nor is a milestone passed before the figure's own (`地区生产总值接连迈上万亿元新起点、跨越1.2万亿元新台阶`,
 * Dongguan 2026): the figure names the same indicator. So is one said with 再上 (`地区生产总值再上新台阶，达到4015亿元，增长5.8%`,
 * Huzhou 2024). Nor is the bracket the figure stands in after its subject (`粮食生产实现“十连增”，总产量（达1300亿斤）继续保持全国第一`,
 * Heilongjiang 2014). Nor is the copula 在 of where a level stands (`居民消费价格涨幅在1.8%左右`, Yunfu 2015; `确保粮食播种面积在
 * 1000万亩以上`, Qujing 2014): the indicator is named before it (not a word it ends, `存在`, `所在`, `现在`). Nor is the
 * 首 of a level passed for the first time (`粮食产量首超300万吨`, Hefei 2025; not `榜首`, `之首`), nor 历史性 of a level passed
 * for the first time in its history (`全市生产总值历史性突破1900亿元、达到1905.45亿元`, Hanzhong 2023), the 仅 of a level said to
 * be low (`城镇化率仅为34.9%`, Qingyang 2018), nor a record said of items before their figures (`原油产量、加工量再创新高，分别
 * 达到…`). Nor is an adverb of the pace of the change (`森林覆盖率稳步提高到46%`, Chongqing 2016; `逐步`, `进一步`; `“两抢”零发案天数
 * 逐年攀升至333天`, Huizhou 2022), as 持续 is not,
 * nor one of its extent (`工程建设项目全流程审批时间大幅压缩至80个工作日内`, Weifang 2021; `大幅度`, `大大`).
 * Nor is the modal 必须 of a rate the plan needs (`我市“十一五”时期年均节能率必须达到4.4%左右`, Wuhan 2006).
 * Nor is 再次 or 再度 of a milestone passed again, as 首次 is not, nor the milestone of a year before it built on
 * (`全市生产总值、全社会固定资产投资、规模以上工业主营业务收入在2010年突破1000亿元的基础上，再次突破1500亿元`, Xinyang 2014):
 * the things named before are the figure's. Nor is the 早日 of a milestone hoped for soon (`力争经济总量早日突破千亿大关`,
 * Jiuquan 2021; `尽早`, `尽快`).
 */
const TRAILING = /(?:[、，的（(]|(?<!参)与|(?:接连|连续|先后|相继)?(?:跨越|跨上|跨过|连跨|迈上|跃上|站上|登上|迈过|越过|突破|再上|又上)[^\d，。；、]{1,8}?(?:新起点|新台阶|台阶|大关|关口)|首次|再次|再度|历史性地?|(?<=\p{Script=Han}{2})(?:早日|尽早|尽快)|(?<=\p{Script=Han}{2})(?<![榜之居])首|(?<![不])仅|(?:再|又|均|都|屡次?|连续)?创(?:历史)?新高|始终|一直|连年|(?<=\p{Script=Han}{2})(?<![存所现实正自])在|(?:接连|连续|先后|相继)(?=$)|并?继续|持续|(?<=\p{Script=Han}{2})(?:稳步|逐步|逐年|进一步|大幅度?|大大)|(?<!不)稳定|在(?:上年|去年|(?:19|20)\d{2}年[^，。；\d]{0,6}\d+(?:\.\d+)?[^，。；\d]{0,4})的?基础上再?|连续(?:[两二三四五六七八九十]{1,3}|\d+)(?:年|个(?:月|季度))|(?<!总)和|(?<![普惠涉顾触波危提])及|累计|总计|合计|(?<![主需必纲提摘概只])(?<!(?<!比)重)要|(?<=\p{Script=Han}{2})必须|(?:仍|还|也|即)将|(?<![大老名猛武干主])将|(?<![许认不即宁尚皆])可|(?<![不而业早])已经?|仍|(?<=[\p{Script=Han}）)][ \u3000]?)(?<![比较由从与同是于在自至到截止][ \u3000]?)(?<![比较由从]\P{P}*)[ \u3000]?(?:19|20)\d{2}年(?:底|末)?|(?<=\p{Script=Han}{2})(?:到|至)(?:19|20)\d{2}年(?:底|末)?|(?<=\p{Script=Han}{2})(?<![是为达到比较于])(?:到|至)?(?:“(?:[六七八九]|十[一二三四五六七八九]?)五”|十[一二三四五六七八九]五)(?:期)?末|(?<=\p{Script=Han}{2})(?<![比较由从与同是于在自至到截止过])(?:(?:今|去|上)年(?:底|末)?|(?<![和、])全年))+$/u;
/**
 * The verb of a figure got done after the whole place that opens the subject (`全州实现生产总值552.5亿元`, Enshi 2014;
 * `全区完成固定资产投资…`): no word of the indicator, the place before it kept as the label keeps it (`全州生产总值`); not
 * the rate or the amount of a plan done, nor the share of an aim or a task done.
 */
const PLACE_DONE = /^(全[省区州盟县]|全?自治区)(?:实现了?|完成(?![率额值量数情])(?![^，；。]*(?:目标|任务|计划|预算)的?$))(?=[\u4e00-\u9fff“]{2})/;
/**
 * The same, without the time and the modals: for a subject that is nothing else (`1995年达到…`, `仍将75%…`); 首次 alone (`，首次突破500亿元`) leaves none.
 * An enumeration's marker before such a modal (`三是将18项行政事业性收费的免征范围…`, State Council 2016) is no word of it either.
 * Nor is a run of years a level has held (`粮食产量达到726.6亿斤，连续6年保持在700亿斤以上水平`, Jilin 2019): no time of the
 * figure, no indicator; the clause names none and is the clause before's.
 */
const LEADING_WORDS = new RegExp(`^(?:${ASIDE}|${ENUMERATION}|${FLUFF.join("|")})+`);
const TRAILING_WORDS = /(?:[、，和的]|(?<!参)与|首次|再次|再度|历史性地?|(?<![普惠涉顾触波危提])及|累计|总计|合计|连续(?:[两二三四五六七八九十]{1,3}|\d+)年)+$/;

/**
 * An estimate or a pledge after the indicator (`居民人均可支配收入预计达到47390元`, `生产总值初步预计960亿元`, `…投资力争完成100亿元`,
 * `…收入必保增长5.5%`, `…比重有望达1.6%`, and its older word: `我市工业总产值到2005年可望达6200亿元以上`, Shenzhen 2003).
 */
const AFTER_MODAL = /(?<=[\u4e00-\u9fff”])(?:初步预计|预计|有望|可望|力争|争取|努力|必保|确保)$/;
/**
 * A verb of getting it done after the indicator (`全县地区生产总值完成46.1亿元`, `三级税收实现4315.1亿元`), said to be
 * actual or not (`一般公共预算收入实际完成66.3亿元，下降47.3%`, Dandong 2016: 实际 no word of the indicator), not a task done
 * as a whole (`基本完成`, `全面完成`, `顺利实现`, `超额完成`, `已完成`), nor a running total (`累计实现`).
 */
const AFTER_DONE = /(?<=[\u4e00-\u9fff”])(?<!基本|全面|全部|顺利|超额|提前|圆满|总体|累计|已|均|都)(?:实际)?(?:完成|实现)$/;

/**
 * A subject without the estimate, pledge or verb of getting it done that stands between the indicator and its figure
 * (`地区生产总值预计实现3038亿元` → 地区生产总值, `一般公共预算收入完成0.86亿元,同比增长16.0%`): the kind and the estimate
 * are read elsewhere. A level in percent after 完成 or 实现 is the share of a plan done (`省重点项目投资完成148.47%`) and
 * keeps it.
 */
export function withoutDone(subject: string, percentLevel: boolean): string {
  let s = subject;
  for (let prev = ""; prev !== s; ) {
    prev = s;
    s = s.replace(AFTER_MODAL, "");
    if (!percentLevel) s = s.replace(AFTER_DONE, "");
  }
  return s;
}

/**
 * Where a thing stands among others, after its name in a clause that states no figure (`实际利用外商直接投资连续五年位居全国前茅`,
 * `…规模以上工业总产值跃居全省第二位`, the rank without 位: `全省实际利用外资连续五年保持全国第一，去年达218.9亿美元`, Jiangsu
 * 2008): how it fared, no word of what the figure after it names.
 */
const STANDING = /(?:连续(?:[两二三四五六七八九十]|\d+)年)?(?:跃居|跃升至|跃升到|位居|位列|稳居|名列|居于?|保持)(?:全[省市国区州]|西部|中西部|东北|同类城市)(?:第[一二三四五六七八九十\d]+位?|前茅|前列|首位|前[一二三四五六七八九十\d]+位?)$/;

/**
 * Where the pace of a thing stood among others, joined by 、 to the figure it goes on to (`全市服务业增加值增速连续四个季度居全省
 * 第1位、全年增长9.2%`, Mianyang 2024; `规上工业增加值增速居全省第2位、增长8.4%`): how it fared, no word of the figure's name,
 * which is the thing's growth (服务业增加值全年增长).
 */
/**
 * A standard attained, joined by 、 to the one name the figure is of (`努力实现环境空气质量全域达标、空气质量优良天数比率高于88%`,
 * Hengyang 2023): a goal of no figure, no word of the name (空气质量优良天数比率). So is a goal set by a higher level, met or
 * kept within (`单位生产总值能耗和二氧化碳排放降幅不低于省下达目标、外贸进出口总额和实际利用外资年均分别增长15%和10%以上`,
 * Qujing 2021: the trade's and the foreign capital's growth, no word of the energy's).
 */
const ATTAINED_JOINED = /^、?[^、，；]*(?:达标|(?:不低于|不高于|不超过|完成|达到|控制在)[^、，；\d]*?下达的?(?:目标|任务|指标)(?:任务)?(?:以内|之内|范围内)?)、(?=[^、]{4,}$)/;

/**
 * A change told in words, joined by 、 to the one name the figure is of (`全年贷款余额实现两位数增长、科技贷款增长20%以上`,
 * Hefei 2025): the first thing's change states no figure, no word of the name (科技贷款增长).
 */
const WORDED_CHANGE_JOINED = /^[^、，；]*(?:实现|保持)?(?:两位数|较快|快速|平稳|稳定|稳步)(?:增长|提升|提高|下降)、(?=[^、]{4,}$)/;

/**
 * A change told in words, then the figure the same thing's change is pledged to reach (`固定资产投资保持稳定增长、力争达到3%`,
 * Nanjing 2024): the figure is that thing's change (固定资产投资增长), the words between no part of its name.
 */
const WORDED_CHANGE_PLEDGED = /^([^、，；]{2,}?)(?:实现|保持)(?:两位数|较快|快速|平稳|稳定|稳步)(增长|下降)、(?:力争|争取|努力)$/;

/**
 * So is a pace told against the economy's, then the figure it is pledged to reach (`全体居民人均可支配收入持续高于经济增长速度、
 * 力争达到8%`, Qinghai 2019): the figure is that thing's growth (全体居民人均可支配收入增长), the comparison no part of its name.
 */
const PACE_ABOVE_ECONOMY_PLEDGED = /^([^、，；]{2,}?)(?:持续|继续|保持|始终)?(?:高于|快于|略高于|不低于|跑赢)(?:经济|地区生产总值|生产总值|GDP)(增长)(?:速度)?、(?:力争|争取|努力)$/;

// Or among the first without a rank (`市场主体总数达到491.02万户、增长19.5%、增速居全国前列、净增80.04万户`, Yunnan 2023: 净增 the
// figure's name, no word of the pace's standing), or among the first few (`全省地区生产总值达到5.53万亿元、稳居全国前十强、增长4.8%`,
// Hunan 2026: the level's growth, no word of its rank).
const STANDING_JOINED = /(?:增速|增幅)?(?:连续(?:[两二三四五六七八九十]|\d+)?个?(?:年|季度|月))?(?:跃居|位居|位列|稳居|名列|居于?)(?:全[省市国区州]|西部|中西部|同类城市)(?:第[一二三四五六七八九十\d]*位|前列|前茅|首位|前[一二三四五六七八九十\d]+[强位名])、/;

/**
 * Where a thing's pace stood, joined by 、 to another thing the figure names in full (`预计全市工业投资增幅列全省第2位、新增规模以上
 * 工业企业190户`, Shangrao 2016): the figure is that other thing's, no word of the first (新增规模以上工业企业). Not a bare change
 * after it (`…居全省第1位、全年增长9.2%`), which is the first thing's ({@link STANDING_JOINED}).
 */
const STANDING_BEFORE_NAME = /^[^、，；]*?(?:增速|增幅)(?:跃居|位居|位列|稳居|名列|居于?|列)(?:全[省市国区州]|西部|中西部|同类城市)(?:第[一二三四五六七八九十\d]*位|前列|前茅|首位)、(?=[^、]{4,}$)(?!(?:全年)?(?:增长|下降|提高|降低|增加|减少|净增|新增)$)/;

/** The name of what a clause that states no figure is about ({@link cleanSubject}), without where it stands among others. */
export function clauseName(clause: string): string {
  const name = cleanSubject(clause);
  const bare = name.replace(STANDING, "");
  return bare !== name && /^\p{Script=Han}{2,}$/u.test(bare) ? bare : name;
}

/** What a subject left as only a modal or 将/把 says: the figure's object follows it (`仍将75%以上财力用于民生事业`). */
export const DISPOSAL = /^(?:仍|还|也|都)?(?:要)?(?:将|把)$/;

/**
 * The object after a figure that 将 or 把 puts first (`仍将75%以上财力用于民生事业` → 财力用于民生事业,
 * `将30%公共租赁住房定向出租给农民工`): the text after it up to the next delimiter or figure.
 */
export function disposedObject(text: string, q: Quantity, end: number): string {
  let out = "";
  for (let i = q.tail; i < end && !NOUN_STOP.test(text[i]!) && !/\d/.test(text[i]!); i++) out += text[i];
  return out.replace(/^的/, "");
}

/**
 * Tidy a subject into a label: drop leading fluff (预计, 全年, 力争 …), times (`2005年`) and modals (`仍将`, `要`), the
 * years a review looks back on (`五年来`), and trailing connectors and modals.
 */
export function cleanSubject(subject: string): string {
  // Asked of the same subjects again and again (each figure's, each list's items, each clause before a list): tidied once.
  return SUBJECTS.get(subject, 0, () => tidySubject(subject));
}

/** Subjects tidied. */
const SUBJECTS = new TextCache<0, string>(8192);

function tidySubject(subject: string): string {
  const tidy = (leading: RegExp, trailing: RegExp) => {
    let s = subject.trim().replace(EDITOR_NOTE, "").replace(AVERAGE_OVER_YEARS, "$1年均").replace(YEARS_PAST, "");
    // A bracket still open that names the figure's own subject after a clause of its own (`南昌高新区实现“三个200亿”（技工贸
    // 总收入230亿元`, Nanchang 2006): the words before it name no part of what the figure measures.
    if (s.includes("（")) s = s.replace(OPEN_ASIDE_BEFORE, "");
    // Only a subject with a 、 can join a standing to another name.
    if (s.includes("、")) s = s.replace(STANDING_BEFORE_NAME, "").replace(WORDED_CHANGE_PLEDGED, "$1$2").replace(PACE_ABOVE_ECONOMY_PLEDGED, "$1$2");
    s = s.replace(STANDING_JOINED, "").replace(ATTAINED_JOINED, "").replace(WORDED_CHANGE_JOINED, "");
    for (let prev = ""; prev !== s; ) {
      prev = s;
      // A space a copy set after the word or the mark taken off is no word either (`其中亿元以上 107个、 10亿元以上 8个`,
      // Jinzhou 2014): trimmed again at the start, so that no label opens on it.
      s = s.replace(leading, "").replace(trailing, "").replace(PLACE_DONE, "$1").trimStart();
      const pushed = s.replace(PUSH, "").replace(leading, "");
      if (pushed.length >= 2) s = pushed;
    }
    return s;
  };
  // A time or a modal alone is kept: the subject is left out (`1995年达到1400亿元`) or follows (`仍将75%以上财力…`). Not an
  // item's marker alone (`参保率达到70%。四是1637个标准化村卫生室建成投入运行`, Qinghai 2009): the words after the figure name it.
  return tidy(LEADING, TRAILING) || tidy(LEADING_WORDS, TRAILING_WORDS).replace(/^[一二三四五六七八九十]{1,3}是$/, "");
}

/** The words before a bracket left open, a name of at least two characters after it, no verb or 其中 ({@link tidySubject}). */
const OPEN_ASIDE_BEFORE = /^[^（）]{2,}”（(?=(?!其中|含|达|为|即|比|下同)\p{Script=Han}{2}[^（）]*$)/u;

/** An editor's note inside a subject (`广义货币M2（注：M2为M右下角加2）`, State Council 2015): no word of what it names. */
const EDITOR_NOTE = /[（(]注[：:][^（）()]*[）)]/g;

/**
 * An average over the years named before it said with 平均 alone (`全省国内生产总值达到6076亿元，五年平均增长9.5％`, Hebei
 * 2003): the yearly average. Not a bare 平均 with no years (`平均增长9.5％`), whose years the text does not say.
 */
const AVERAGE_OVER_YEARS = /((?:过去的?|近)?这?(?:[二三四五六七八九十两]{1,3}|(?<!\d)\d{1,2})年)平均(?=$|增长|递增)/;

/**
 * The years a review looks back on (`五年来共提请…审议地方性法规草案59项`, `五年中自治区政府共办复…`, `五年间全省国内生产总值连年保持两位数增长`, `牲畜总头数在五年中…`, `近二十年来…`),
 * or that an average is taken over (`…增加至2007年的30606亿元，五年年均增长14.5%`, a plan's years named as a time:
 * `…比1995年增长85.4%，“九五”期间年均递增13.1%`, an older report's `…接近24000亿元，五年平均每年增长百分之七点九`), or
 * a running total is taken over, in words or digits (`固定资产投资5年累计达7725.8亿元，…年均增长32.9%`, Harbin 2011), the
 * first years of a plan too (`“十一五”前四年累计单位国内生产总值能耗下降14.38%`, State Council 2010), or of the five looked
 * back on, no plan named (`地区生产总值迈过2000亿元，前四年年均增长7.6%`, Xiaogan 2021): the
 * figure's period, which the time span reads from the text, no word of what it names. Not the 中 of 中央 after the years
 * (`今后五年中央财政将投入100亿元支持职业教育发展`, State Council 2006): the central budget, a word of the label.
 */
const YEARS_PAST = /(?:在|过去的?|近)?这?[二三四五六七八九十两]{1,3}年(?:以来|来|中(?!央)|间|(?=年均|平均每年|每年平均|累计|总计|合计|共计))|(?:在|过去的?|近)?这?(?<!\d)\d{1,2}年(?=年均|平均每年|每年平均|累计|总计|合计|共计)|(?:在|整个)?(?:“?十[一二三四五六七八九]五”?|“(?:[六七八九]|十)五”)(?:时期|期间|以来)(?=年均|平均每年|每年平均)|(?:(?:“?十[一二三四五六七八九]五”?|“(?:[六七八九]|十)五”)的?|(?<![提目之此以日]))前(?:[两二三四]|[2-4])年(?=年均|平均每年|每年平均|累计|总计|合计|共计)/g;

/** A size class of money alone, its noun or none after it (`10亿元以上`, `10亿元以上项目`). */
const SIZE_CLASS_ALONE = /^((?:\d+(?:\.\d+)?)?[十百千万亿]*(?:元|美元)(?:及?以上))(\p{Script=Han}*)$/u;
/** Things counted by a size class of money (`引进亿元以上项目`): what comes before the class, and the things. */
const SIZE_CLASSED = /^(\p{Script=Han}*?)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)?[十百千万亿]*(?:元|美元)(?:及?以上)(\p{Script=Han}+)$/u;

/**
 * A subject that is a time and nothing else (`2014年`, `到2015年`, `去年`: `…年均增长14%，去年达到18278亿元`; `去年底`), the end of
 * the plan's period too (`全省国内生产总值年均增长9%，期末达到13150亿元`, Shandong 2001), with an adverb of doing it again
 * after it (`…的基础上，去年又完成7300亿元`, Shanxi 2012) or without the time, the year read off as the figure's time
 * (`粮食总产量从2003年的290亿斤增加到2004年的360亿斤，2005年又上升到370.8亿斤`, Jiangxi 2006): 又 names nothing either,
 * nor does the 要 of a bound set for a later year (`全国人口2000年要控制在13亿以内，2010年要控制在14亿以内`, State Council 1996).
 * So does the year's end written bare (Yinchuan 2017: `经济总量…，预计年底达到1580亿元`).
 */
const TIME_ALONE = new RegExp(`^(?:(?:${TIME}|(?:去|上|今|当)年(?:底|末)?|年(?:底|末)|(?:到|至)?期末)(?:又|再|也|还|要)?|又|再)$`);

/** A circumstance the figure is reached under, alone, after its time or not (`2020年在疫情严重冲击下`, `受疫情影响`). */
const CIRCUMSTANCE_ALONE = new RegExp(`^(?:${TIME}|(?:去|上|今|当)年)?(?:在[^\\d，；。、]{1,10}?(?:冲击|影响|形势|背景|压力)下|受[^\\d，；。、]{1,10}?影响)$`);

/** A subject that is a time and nothing else names no indicator: the figure's time, which the time span reads. */
export const timeAlone = (subject: string) => TIME_ALONE.test(subject.trim());

/**
 * A carrier or a venue that opens a subject (`游艇出海`, `邮轮靠港`, `A级景区`, `机场`): it receives people of its own. Not
 * venues the clause sets out to win or build (`争创国家A级景区（点）3家，实现接待国内外游客、旅游总收入分别增长12%、13%以上`,
 * Hengyang 2020): those are counted, and the reception after them is the place's.
 */
const VENUE = /^(?!(?:力争|努力|成功)?(?:争创|创建|创成|新创|新建|建成|新增|打造|申报|申创))[^、，]{0,6}?(?:游艇|邮轮|游轮|景区|景点|机场|码头|港口|车站|高铁站|博物馆|度假区)/;

const PLACES = "(?:全市|全区|市辖区|市区|城区|建成区|县城|县区|川区|山区|农村|城镇|乡镇)";

/**
 * 年均 before a measure of its own (`年均空气质量优良天数`, the verb 增加 after it): the yearly average of that measure. Not
 * 年均 before a verb alone (`年均增长`, `年均接待游客`), which names no measure, nor before a pace (`年均增长率`).
 */
const OWN_AVERAGE = /^年均(?![增递降下提减]|实际|名义)\p{Script=Han}{2,}?(?:天数|浓度|比例|比重|[数总产]量|人[数次]|率)$/u;

/**
 * A comparison with a plan's period alone (`累计新增城镇就业368万人，下岗失业人员再就业299万人，分别比“十五”增加88万人和53万人`,
 * Heilongjiang 2011), or with its end (`城市污水处理率达到40%，城市垃圾无害化处理率达到81.5%，分别比“八五”末期提高20.6个和60个百分点`,
 * Beijing 2001): the items are the figures before, each compared with that period, as with the year before.
 */
export const PLAN_COMPARED = /^[比较]“[^”]{2,4}”(?:期间|时期|末期|期末|末)?$/;

/**
 * A bare verb of building work (`建成`, `新开工`, `改造`), naming no things of its own; how far the work went may come first
 * (`开工建设保障性住房2.7万套、基本建成1.8万套`, Anqing 2014).
 */
const BUILD_VERB = /^(?:基本|全面|累计)?(?:新?开工|建成|新?建设|新建|改造|改扩建|竣工|完工)$/;

/**
 * Such a verb, then the things it built (`开工城镇保障性住房`, `建设雨污管网`; `开工建设保障性住房`, 建设 a word of the verb): no
 * verb of building among the things (`新建改扩建公办幼儿园开工`, Mianyang 2020, names no things alone).
 */
const BUILT_THINGS = /^(新?开工(?:建设)?|建成|新?建设|新建|改造|改扩建|竣工|完工)((?:(?!开工|建设|建成|新建|改造|改扩建|竣工|完工|提升)\p{Script=Han}){2,})$/u;

/**
 * The clause right before a bare investment, when it counts one kind of projects and ends on that count (`全年共实施百大项目110个，`,
 * `67个合作共建重大项目开工65个、`, `实施铁路现代综合物流园、土右煤炭物流园等36个重点项目，`): the investment is theirs. Not
 * a clause that counts projects of more than one kind or stage (`续建项目257个、新开工项目56个，`, `实施省、市重点项目113个、1517个，`,
 * Jiaozuo 2014; `新开工招商项目223个、竣工144个，`), nor one that names projects by their size (`…、投资26亿元的晋中吉利10万辆新能源
 * 汽车项目、`, Shanxi 2012).
 */
const PROJECTS_CLAUSE = /([^，。；;！？]*)[，、,][\s\u3000]*(?:全年|年内|今年|力争|确保|争取){0,3}(?:完成|实现)?(?:年度|累计)?投资(?:超过?|突破|达到?|约|近)?[\s\u3000]*$/u;
const ENDS_ON_COUNT = /(?:项目(?:开工|竣工|建成|投产|落地|签约)?(?:超过?|达到?|近|约)?[\s\u3000]*[\d０-９][\d０-９.．]*(?:多|余)?[\s\u3000]*[个项]|[\d０-９](?:多|余)?[\s\u3000]*[个项](?:以上|左右|多)?[^，。；;、\d０-９]{0,16}?项目)(?:以上|左右|多)?$/u;
function projectsCountedBefore(before: string): boolean {
  const clause = PROJECTS_CLAUSE.exec(before)?.[1]?.trim();
  return clause !== undefined && ENDS_ON_COUNT.test(clause) && !/项目.*项目/.test(clause) && !/、[^、，,\d０-９]{0,4}[\d０-９]/.test(clause);
}

/**
 * Projects counted, the verb of carrying them out before them or of starting or finishing them after them no word of the
 * projects (`共实施百大项目`, `合作共建重大项目开工` → 百大项目, 合作共建重大项目), nor the words before that verb (`组织实施亿元以上
 * 重点项目`, `每年滚动推进重大项目`, `年初确定重点建设项目` → 亿元以上重点项目, 重大项目, 重点建设项目).
 */
const PROJECTS_COUNTED = /^(?:\p{Script=Han}*?(?:实施|推进|安排|谋划|确定|抓好))?(\p{Script=Han}{2,}?项目)(?:开工|竣工|建成|投产|落地|签约)?$/u;

/**
 * Complete an elliptical subject from the one before it in the sentence: none (`，增长17.6%`) → the previous
 * subject; `对经济增长的贡献率` → 服务业增加值对…; `年均` / `可比` → 地区生产总值年均…; a bare place
 * (`，县城达到60%`) → 县城道路机械化清扫率, (`全体居民人均可支配收入…，其中城镇35720元`) → 城镇居民人均可支配收入;
 * a bare share (`优良天数311天、比例达85.1%`) → 优良天数比例; a bare output after an area (`粮食播种面积…，总产量…`)
 * → 粮食总产量. `before` is the paragraph's text up to the figure.
 */
export function completeSubject(subject: string, previous: string, adjacent = true, change = false, opening?: string, before = ""): string {
  // A price basis alone (`全省生产总值3500亿元，按可比价比上年增长13.2%`, `社会消费品零售总额137.8亿元，扣除价格因素增长11%`)
  // says how the change is measured, not of what: the previous subject's change.
  // So does a basis named for whose count it is (`全年完成财政总收入558亿元，按省口径计算增长16.8%`, Nanchang 2014).
  if (subject === "" || /^(?:按可比(?:价格?|口径)(?:计算)?|按(?:全?省|市)口径(?:计算|统计)|(?:扣除|剔除)(?:物价|价格)因素(?:后)?)$/.test(subject)) return previous;
  // So does one that names the rise of prices taken out, before a real change (`城镇居民人均可支配收入14546元，增长10.4%，扣除
  // 价格上涨因素实际增长7.4%`, Zhejiang 2005): the real change of the subject before it.
  if (previous && /^(?:扣除|剔除)(?:物价|价格)(?:上涨|变动)?因素(?:后)?实际$/.test(subject)) return `${previous}实际`;
  // A size class alone right after a count of things of another class (`全年引进亿元以上项目不低于250个，其中10亿元以上不低于30个`,
  // Anqing 2014; `新引进10亿元以上项目103个，其中50亿元以上19个`): the same things of that class (引进10亿元以上项目), no
  // count of a sum of money.
  // Only one that opens its clause after a comma or a 、, after 其中 or not (`opening`: its clause from the mark before it):
  // not one after a verb of its own (`开工建设…等亿元以上项目35个`), nor one after a semicolon, of another list.
  const sized = adjacent && opening !== undefined ? SIZE_CLASS_ALONE.exec(subject.trim()) : null;
  const classed = sized ? SIZE_CLASSED.exec(previous) : null;
  // Not other things (`…工业企业增加值700亿元；2000万元以上规模工业增加值677亿元`), nor a clause of its own with the class
  // opening it (`亿元以上项目完成投资达到全市投资总额的35%以上`).
  const opens = sized ? asciiDigits(opening!).replace(/[\s\u3000]/g, "").replace(/^[、，,]?(?:其中)?[，,]?/, "").startsWith(sized[1]!) : false;
  if (sized && classed && opens && (sized[2] === "" || classed[2]!.endsWith(sized[2]!) || sized[2]!.endsWith(classed[2]!))) return classed[1]! + sized[1]! + (sized[2] || classed[2]!);
  // A reception right after a clause about a carrier or a venue (`全年游艇出海近16万艘次，接待游客超过105万人次`): what that
  // carrier or venue received, not the place.
  // Not when that clause counts the venues themselves (`成功创建普者黑5A级景区和8个4A级、31个3A级景区，全年接待旅游者3618.05万人次`,
  // Wenshan 2021): those made that year received no one yet; the reception is the place's.
  const venue = adjacent && /^接待/.test(subject) ? VENUE.exec(previous)?.[0] : undefined;
  if (venue && venue !== previous) return venue + subject;
  // A time alone right after the figures before it (`地区生产总值由2013年下降9.5%、2014年下降9.7%，到2015年增长4%`,
  // `五年累计新增免减退缓税费5300亿元，其中2022年超2000亿元`): the same indicator in that year, no running total. Not
  // after a clause that states no figure (`…，农民人均纯收入实现了恢复性增长，2002年达到2360元`), which names another.
  // Nor an average (`全省生产总值…，五年年均增长14.5%，2007年比上年增长14.5%`): that year's change.
  if (previous && adjacent && TIME_ALONE.test(subject.trim())) return previous.replace(/^(?:(?:[两二三四五六七八九十]|\d+)年)?(?:累计|总计|合计)/, "").replace(/年均$/, "") || previous;
  // So is a circumstance alone, after its time or not, right after the figures before it (`接待境内外游客2017年突破1亿人次、
  // 2019年突破2亿人次，2020年在疫情严重冲击下超过1.58亿人次`, Xinjiang 2021): the same indicator under it, no figure of the
  // shock.
  if (previous && adjacent && /[下响]$/.test(subject) && CIRCUMSTANCE_ALONE.test(subject.trim())) return previous.replace(/年均$/, "") || previous;
  // An expectation alone right after the change of an indicator (`全市生产总值增长12.5%，预期1550亿元`, Putian 2014): the
  // level that indicator is expected to reach, no figure of nothing.
  if (previous && adjacent && !change && (subject === "预期" || subject === "预计")) return previous;
  // `研究与试验发展经费投入9.4亿元，强度达到1.82%`, `研发经费首次突破30亿元、投入强度达1.26%`: the intensity of the
  // spending before it (of a running total, `累计投入28.3亿元，强度1.7%`, the intensity over those years, no year's).
  if (/^(?:投入)?强度$/.test(subject) && /经费|投入/.test(previous)) {
    const spending = previous.replace(/年均$/, "");
    return spending.endsWith("投入") ? spending + "强度" : spending + subject;
  }
  // A bare spending right after a budget's revenue (`地方财政一般预算收入1126亿元、支出2903亿元`, Henan 2010), or a bare
  // revenue after its spending: the other side of the same budget (地方财政一般预算支出), no spending of nothing.
  const side = /^(收入|支出)$/.exec(subject)?.[1];
  const budget = side && adjacent ? /^(\p{Script=Han}{2,}?)(收入|支出)$/u.exec(previous.replace(/年均$/, "")) : null;
  if (budget && budget[2] !== side && /财政|预算/.test(budget[1]!)) return budget[1]! + side;
  // The investment actually received right after the investment contracted (`合同利用外资50.07亿美元，实际到资39.18亿美元`,
  // Fujian 2002): the same investment actually used (实际利用外资), no funds of nothing.
  const contracted = adjacent && /^实际(?:到资|到位|利用|使用)$/.test(subject) ? /^(?:全年)?(?:合同|协议)(利用|使用)(\p{Script=Han}{0,4}?(?:外资|外商直接投资|外商投资|台资|侨资|港资))$/u.exec(previous) : null;
  if (contracted) return `实际${contracted[1]}${contracted[2]}`;
  // A bare kind of motion right after another the same members made (`办理人大代表议案6件、建议121件`, Yinchuan 2019): the
  // same members' motions of that kind (办理人大代表建议), no motions of nobody.
  const motion = /^(议案|建议|提案)$/.exec(subject)?.[1];
  const made = motion ? /^(\p{Script=Han}{2,}?(?:代表|委员|人大|政协))(议案|建议|提案)$/u.exec(previous) : null;
  if (made && made[2] !== motion) return made[1]! + motion;
  // A bare verb of building right after another that named the things built (`开工城镇保障性住房7840套、建成8544套`, Liupanshui
  // 2014; `建设雨污管网40公里、改造8公里`, Zunyi 2022): the same things (建成城镇保障性住房, 改造雨污管网), no work on nothing.
  const worked = adjacent && !change && BUILD_VERB.test(subject) ? BUILT_THINGS.exec(previous) : null;
  if (worked && worked[1] !== subject) return subject + worked[2];
  // A bare investment right after a count of projects (`67个合作共建重大项目开工65个、完成投资2154亿元`, Sichuan 2022; `全年共
  // 实施百大项目110个，完成年度投资1325.8亿元`, Heilongjiang 2020): the investment in those projects (合作共建重大项目投资), as
  // `158个重点项目完成投资326亿元` names it, no investment of nothing.
  // Only right after the clause that counts them (projectsCountedBefore): not after projects of more than one kind or stage
  // (`续建项目257个、新开工项目56个，完成投资570亿元以上`;
  // `实施省、市重点项目113个、1517个，完成投资403亿元、2314亿元`, Jiaozuo 2014; `新开工招商项目223个、竣工144个`): the
  // investment is of them all, or of one the previous subject does not name.
  const invested = adjacent && !change && /^(?:年度|累计)?投资$/.test(subject) && projectsCountedBefore(before) ? PROJECTS_COUNTED.exec(previous)?.[1] : undefined;
  if (invested) return invested + subject;
  // A bare gross enrolment rate right after a level of schooling's students (`高等教育在学人数2500万人，毛入学率提高到22%`, State
  // Council 2007): that level's rate (高等教育毛入学率), no rate of nothing.
  const level = adjacent && subject === "毛入学率" ? /^(?:全[省市区国])?(高等教育|高中阶段(?:教育)?|学前(?:三年)?教育)/.exec(previous)?.[1] : undefined;
  if (level) return level + subject;
  // A bare verb of addition right after a count of things reached (`高新技术企业达到964家，新增675家`, Qingdao 2016): the things
  // added (新增高新技术企业), no additions of nothing. So are the things newly recognised (`高新技术企业138家，新认定39家`,
  // Huanggang 2016: 新认定高新技术企业), and things with a quoted name (`“四板”挂牌企业153家（含科技板），新增93家`).
  if (adjacent && /^(?:新增|净增|新认定)$/.test(subject) && /^[“”‘’]*\p{Script=Han}(?:[“”‘’]*\p{Script=Han})+[“”‘’]*$/u.test(previous) && !/新增|净增|累计|完成|实现|建成|达到|增长|增加|提高|下降|减少/.test(previous)) return subject + previous;
  // A bare rate of good days right after a clause about the air's good days (`空气质量优良天数237天，比上年增加45天，优良率
  // 64.8%`, Wuhan 2017): the air's rate of good days (空气质量优良率), no rate of nothing; not after another subject (a
  // project's or a product's `优良率`).
  const air = /^优良(?:率|天数比例|天数比率)$/.test(subject) ? /^.*?空气(?:质量)?(?=优良|达标天数)/.exec(previous) : null;
  if (air) return air[0] + subject;
  // `地区生产总值…突破700亿元，人均超过6万元`: the amount per head of the indicator before it.
  // The whole place named before it stays before 人均 (`全省地区生产总值…，总量达9.96万亿元，人均达12.36万元`, Jiangsu 2020:
  // 全省人均地区生产总值), which opens the indicator's name; so does the report's own place (`全年实现本市生产总值2860.51亿元，
  // 比上年增长17.3%，人均5.39万元，增长7.5%`, Shenzhen 2004: 本市人均生产总值, no second GDP growth).
  if (subject === "人均" && previous) return previous.replace(/年均$/, "").replace(/^((?:全[省市区县州盟]|[本我][省市区县州盟])?)/, "$1人均");
  // `地区生产总值年均增长6.5%以上，总量突破千亿元`: the size of the economy named before it.
  if (subject === "总量" && /生产总值|GDP/.test(previous)) return previous.replace(/年均$/, "");
  // `实际使用外资增长20.2%，总额达60.2亿美元`: the amount of the indicator whose change comes before it. So is a bare
  // 总量 after an indicator a clause named without a figure (`…；实际使用外资稳中提质，总量达257亿美元`, Jiangsu 2020).
  // Not after a count of things added (`新增市场主体1.3万户，总量达到10.8万户`), whose total is the stock, no addition; nor
  // after one whose verb of adding follows the things (`市场主体新增42.47万户、总量突破200万户`, Zhengzhou 2024); nor after
  // the things set up each day (`新设市场主体30.98万户，日均新设849户，总量突破200万户`, Gansu 2022), a pace of additions.
  // So when the additions are counted over the years reviewed (`五年新增市场主体14.9万户，总量突破35万户`, Maoming 2022).
  if (subject === "总量" && /^(?:全年|[一二三四五六七八九十\d]年(?:来|间)?|累计)?(?:新(?:增(?!长)|登记|注册|设立?|培育|引进|认定|建)|净增(?!长))|\p{Script=Han}(?:新增|净增|新设)$/u.test(previous)) return subject;
  // So after a yearly average, whose 年均 is no word of the total (`技术合同交易成交额年均增长65.8%、总量突破2500亿元`, Hunan 2023).
  if (/^(?:总额|总量)$/.test(subject) && /^\p{Script=Han}{2,}$/u.test(previous) && !/[率比重速幅]$/.test(previous)) return previous.replace(/(?:年均)?(?:增长)?$/, "");
  // `固定资产投资4078.2亿元，增速达23.6%`: the pace of the indicator whose amount comes before it.
  // Not after a pace already (`增幅分别比上年回落…`, a list of paces).
  // After a share of a whole (`全市非公经济增加值达到126.7亿元，占全市生产总值的49.7%，增速达到19.3%`, Longnan 2014) it is the
  // pace of what the share is of (非公经济增加值增速), no pace of the whole.
  if (/^(?:增速|增幅)$/.test(subject) && previous && !/增速|增幅/.test(previous)) {
    const part = previous.includes("占") ? /^(\p{Script=Han}{2,}?)占(?!地(?![区方]))/u.exec(previous)?.[1] : undefined;
    return (part ?? previous).replace(/年均$/, "") + subject;
  }
  // A basis that goes on to a subject of its own (`…增速排名全省第6位；同口径一般公共预算收入52.25亿元，增长3.2%`, Lincang
  // 2023) names that subject, measured on the same basis, not a change of the one before it.
  // So does one said with 按 and its words (`…；按可比口径实际利用外商直接投资81.3亿美元`, Fujian 2008).
  // A basis alone before the level reached (`地方财政一般预算收入增长9%，按新口径达到420亿元`, Liaoning 2003): the level of
  // the subject whose change comes before it, measured on that basis.
  if (/^按?(?:新|可比|同|现行)口径(?:计算)?$/.test(subject) && /^\p{Script=Han}{2,}$/u.test(previous) && !/[率比重速幅]$/.test(previous.replace(/(?:年均)?增长$/, ""))) return previous.replace(/(?:年均)?增长$/, "");
  const based = /^按?(?:可比|同口径|同比)(?:口径|价格计算|价格|价|计算)?(\p{Script=Han}{2,})$/u.exec(subject)?.[1];
  if (based && !/^(?:价格?|口径|计算|相比|比较|比|增|减|降|提|加快|放缓|回落|持平|多|少|下|上|新增|净增|翻|(?:实际|名义)(?:增|降|下|提|减|$)|年均|平均|分别|均)/.test(based)) return subject;
  // Not a noun that starts with those words: `对外贸易扩大至79个国家和地区`, `对口帮扶`, `占地面积` (but `占地区生产总值`,
  // `占地方公共财政支出` are shares).
  // 对 begins such a subject only when it measures the one before against another (`对经济增长的贡献率`), not when it
  // is the object of a task of its own (`建设东营港2个10万吨级泊位，对6个码头进行改扩建`).
  // So does a real or nominal change (`居民人均可支配收入22862元、实际增长7.4%`), and a yearly average however it is said
  // A real change after the year it is compared with (`农村居民人均纯收入3629元，比上年实际增长6.2％`, Guangdong 2000) is as
  // much that subject's as one the other way round (`…4899元，实际比上年增长7.5％`).
  // (`…增加到2002年的7703元，平均每年实际增长8.6%`).
  // A share after a share (`…，占工业总产值的比重提高到30%以上，占消费品零售总额的比重提高到60%以上`) is of the subject
  // the share before it is of, not of that share.
  const share = /^占(?!地(?![区方]))/.test(subject) ? /^(.{2,}?)占/.exec(previous)?.[1] : undefined;
  if (share) return share + subject;
  // So does a yearly average after the basis of its measure (`全部财政收入544亿元，按可比口径年均增长10％`, Hebei 2003).
  // A share after a share that names no subject either (`县域经济和非公有制经济实力增强，分别占全市经济总量的78%和70%`,
  // Ordos 2014) is a share of the same whole, not a share of that share: no words of the one before it.
  if (/^占(?!地(?![区方]))/.test(subject) && /^占(?!地(?![区方]))/.test(previous)) return subject;
  // A pace or a rate before it contributes nothing (`全市经济增速由2022年的0.8%预计提升至2025年的5.5%，对全省经济增长的
  // 贡献率由5.2%提升至28%`, Lanzhou 2026): the contribution is the place's, named as the text names it.
  if (/^对(?![外口])/.test(subject) && /(?:增速|增幅|速度|[率比]|比重)$/.test(previous.replace(/(?:年均)?增长$/, ""))) return subject;
  // A share right after a pace that names no subject (`年均增长速度保持在20%以上，到2002年，占工业总产值的比重提高到30%以上`,
  // Gansu 1998, whose subject 非公有制经济 an earlier sentence names) is no share of that pace: the share alone.
  if (/^占(?!地(?![区方]))/.test(subject) && /^(?:年均|平均每年|每年平均)?(?:增长速度|增速|增幅)$/.test(previous)) return subject;
  // A share right after a change of the subject's pace (`民间投资增速提高38个百分点、占固定资产投资比重36.2%`, Xinjiang 2020)
  // is the share of the subject, not of its pace.
  if (/^占(?!地(?![区方]))/.test(subject) && /\p{Script=Han}{2}(?:增速|增幅)$/u.test(previous)) return previous.replace(/(?:增速|增幅)$/, "") + subject;
  // A yearly average that opens a noun of its own (`生态环境质量持续改善，年均空气质量优良天数增加70天`, Changchun 2021: the
  // good-air days of the average year) names its subject: no words of the clause before it. Not 年均 before its verb or an
  // adverb of it (`，年均增长8%`, `年均实际增长`, `年均新增城镇就业`): the pace of the subject before it.
  if (OWN_AVERAGE.test(subject)) return subject;
  // So does a yearly average before a verb and its object, after a rate or a share (`农畜产品加工转化率达到85%，年均签约项目1000个
  // 以上`, Baotou 2022): a yearly count of its own, no pace of that rate. Not a verb of change (`，年均提高1个百分点`), the rate's.
  if (/(?:[率]|比重|比例|占比)$/.test(previous) && /^年均(?![增递降下提减升]|实际|名义|分别)\p{Script=Han}{2,}$/u.test(subject)) return subject;
  // A bare comparison with the year before, said as higher or lower (`毕业生就业率达81%，比上年高5个百分点`, Sichuan 2004), is
  // the change of the rate before it, no comparison of nothing.
  if (previous && adjacent && /^(?:比|较)(?:上年|去年|上一年)(?:高|低)$/.test(subject)) return previous.replace(/年均$/, "") + subject;
  // Trade with a market named after 对 (`进出口总额突破1300亿元、增长5%，对RCEP市场进出口额占比达30%`, Xuzhou 2023) is a noun
  // of its own, that trade's share: no words of the clause before it (no 进出口总额对RCEP市场进出口额占比).
  if (/^对(?![外口])[\p{Script=Han}A-Za-z]{1,12}?(?:进出口|出口|进口|贸易)总?额?(?:占比|比重|增速|增幅)?$/u.test(subject)) return subject;
  // So is what the place gives a higher fisc (`地方财政一般预算收入…增长31.4%；对中央财政的贡献大幅增长78.9%`, Shenzhen 2007):
  // the taxes it hands up, no measure of the revenue it keeps, as a rate of contribution to growth is of the subject before it.
  if (/^对(?![外口])\p{Script=Han}{0,6}(?:财政|税收)的?贡献(?!率)/u.test(subject)) return subject;
  if (/^(?:对(?![外口])(?=.*(?:贡献|拉动|增长|增速|比重|占))|占(?!地(?![区方]))|年均|平均每年|每年平均|按?可比|按?同口径|同比|(?:比上年|比去年|较上年|较去年)?(?:实际|名义)(?:增长|增速|下降)?$)/.test(subject)) return previous.replace(/年均$/, "") + subject;
  // A comparison with a plan's period alone (`全社会固定资产投资累计达到2.1万亿元，年均增长31.5%，比“十五”增长2.2倍`,
  // Heilongjiang 2011), or with its end (`人均国内生产总值达到2700美元，比“八五”末期增长72.3%`, Beijing 2001), is of the
  // subject before it over this period, no comparison of nothing (not its yearly average).
  // So is a yearly average since the period's end (`地区生产总值达到730亿元，比“十一五”末（下同）年均增长11.4%`, Ezhou 2016):
  // the subject's pace over the years since.
  if (previous && PLAN_COMPARED.test(subject.replace(/(?:年均|平均每年)$/, ""))) return previous.replace(/年均$/, "") + subject;
  // A change over some years with no subject (`财政收入达到1350亿元，3年增长58.6%`, `…比例达到66.25%，近3年提升21个百分点`,
  // Jilin 2026) is the change of the subject before it over those years.
  // A count of years alone before an amount, no change (`外商直接投资实际到位金额年均增长10.5%，五年累计342.7亿美元`, Shanghai
  // 2008, its 累计 left out of the subject), is the amount of the subject before it over those years: the years are its
  // period, which the time span reads, no word of its label.
  // So is a level to be reached within some years (`全市森林覆盖率每年提高1.3个百分点，三年内达到26.5%`, Baoding 2014): the
  // level of the rate whose change comes before it (森林覆盖率), the years its period.
  if (previous && adjacent && !change && /^(?:近|过去)?(?:\d{1,2}|[两二三四五六七八九十])年(?:来)?(?:累计)?$/.test(subject)) return previous.replace(/年均$/, "");
  if (previous && adjacent && !change && /^(?:\d{1,2}|[两二三四五六七八九十])年(?:之?内)$/.test(subject) && /[率重](?:每年|年均)?$/.test(previous)) return previous.replace(/(?:每年|年均)$/, "");
  if (previous && adjacent && /^(?:近|过去)?(?:\d{1,2}|[两二三四五六七八九十])年(?:来)?(?:累计)?(?:增长|提升|提高|下降|增加)?$/.test(subject)) return previous.replace(/年均$/, "") + subject;
  // A bare share (`全区优良天数311天、比例达85.1%`) is the share of what the subject before it counts.
  // After the pace of a thing (`制造业投资增速连续24个月保持18%以上，占比提高到31.1%`, Anhui 2024) it is the thing's share,
  // not its pace's, as a share told with 占 after a pace is.
  if (/^(?:比例|比重|占比|比率)$/.test(subject) && previous) return previous.replace(/(?<=\p{Script=Han}{2})(?:增速|增幅)$/u, "") + subject;
  // A bare coverage right after a count of the things built (`新建农村卫生厕所3.8万座、普及率达74%`, Yinchuan 2020) is
  // the coverage of those things (农村卫生厕所普及率), not of the building.
  // So after a total built (`共建成卫生厕所163.65万座，普及率达50.02%`, Xinjiang 2020).
  const built = /^(?:普及率|覆盖率)$/.test(subject) && adjacent ? previous.replace(/^(?:共|累计)?(?:新建|改建|新改建|改造|建设|建成)+/, "") : "";
  if (/^\p{Script=Han}{2,}$/u.test(built) && !/[率比重]$/.test(built)) return built + subject;
  // A sector named alone after a sector whose output the subject before it measures (`第一产业完成增加值75.86亿元，增长3.8%；
  // 第二产业771.85亿元`): the same measure of that sector (第二产业增加值).
  const sector = SECTOR.exec(subject);
  const measure = sector && sector[0] === subject ? /^(?:实现|完成)?((?:增加值|总产值|产值)(?:年均)?)$/.exec(previous.replace(SECTOR, ""))?.[1] : undefined;
  if (measure && SECTOR.test(previous)) return subject + measure.replace(/年均$/, "");
  // A bare total or spending right after the tourists counted (`全市旅游总人数6400万人次、总花费540亿元`, or from home and
  // abroad: `全年接待国内外游客899.37万人次，实现总收入67.36亿元`, Rikaze 2020): the tourists' spending (旅游总花费), the
  // tourism revenue, not a total of nothing.
  // So is a bare comprehensive revenue (`全年接待游客2230万人次、首次跨越“两千万”台阶，综合收入222.5亿元`, Ganzi 2019): the
  // tourism revenue the plan names 旅游综合收入.
  // So is a bare revenue right after the visits received (`全年旅游接待人数2316万人次、实现收入285亿元`, Chifeng 2024).
  if (/^(?:总花费|总消费|总收入|综合收入|花费|消费|收入)$/.test(subject) && /^(?:全[市省区县州])?(?:全年)?(?:接待)?(?:国内外|海内外|境内外|中外)?(?:旅游|游客)(?:总人数|总人次|人数|人次|接待量|总量|接待人数|接待人次)?$/.test(previous)) return "旅游" + subject;
  // A bare value added right after the output of what the subject before it names (`规模以上工业产值突破5000亿元，
  // 增加值增长15%`): the value added of that industry (规模以上工业增加值), not a measure of nothing.
  const maker = adjacent && /^增加值(?:年均)?$/.test(subject) ? /^(\p{Script=Han}{2,}?)(?:实现|完成)?(?:总)?产值(?:年均)?$/u.exec(previous)?.[1] : undefined;
  if (maker && !/[、和及]/.test(maker)) return maker + subject;
  // And the other way round: a bare output right after the value added of what the subject before it names (`全市工业增加值
  // 达到4000亿元，产值突破1.5万亿元`, Tianjin 2009): that industry's output (工业产值).
  const adder = adjacent && /^(?:总)?产值$/.test(subject) ? /^(\p{Script=Han}{2,}?)(?:实现|完成)?增加值$/u.exec(previous)?.[1] : undefined;
  if (adder && !/[、和及]/.test(adder)) return adder + subject;
  // A bare output or revenue right after a count of firms of a kind (`力争全市物联网企业达70家以上、产值突破200亿元`, Yingtan 2018):
  // those firms' (物联网企业产值), no output of nothing.
  const firms = adjacent && /^(?:产值|营业收入|主营业务收入)$/.test(subject) ? /^(?:全[市省区州])?(\p{Script=Han}{2,}?企业)$/u.exec(previous)?.[1] : undefined;
  // Not firms added or newly counted (`全市规模以上农产品加工企业发展到325家、新增45家，完成产值450亿元`, Bozhou 2014; `建筑业…，入规企业
  // 达到55家，产值增长20%以上`, Shizuishan 2023): the output is of all of them, or of the industry named before.
  if (firms && !/[、和及]/.test(firms) && !/^(?:新增|净增|新入规|入规|新培育|新引进)/.test(firms)) return firms + subject;
  // A bare profit right after the output or value added of industry above designated size (`全市规模工业实现产值3250亿元，
  // 利润55亿元`, Jilin City 2014; `规模以上工业企业完成增加值增长18.6%，实现净盈利178.7亿元`, Jilin 2005): those firms'
  // profits, not a profit of nothing.
  const earner = adjacent && /^(?:利润(?:总额)?|净盈利)$/.test(subject) ? /^(?:全[市省区州])?((?:规模以上|规上|规模)工业(?:企业)?)(?:实现|完成)?(?:工业)?(?:总)?(?:产值|增加值)(?:增长|增速)?$/u.exec(previous)?.[1] : undefined;
  if (earner) return earner + subject;
  // Trade alone right after the output of a product or an industry (`猕猴桃综合产值增长8.5％、出口增长53.6％`): that
  // product's trade, not the place's.
  const product = /^(?:出口|进口|进出口)(?:额|总额)?$/.test(subject) ? PRODUCT_OUTPUT.exec(previous)?.[1] : undefined;
  if (product && !AGGREGATE_OUTPUT.test(product) && !new RegExp(`^(?:全体|${PLACES})*$`).test(product)) return product + subject;
  // A bare output (`粮食播种面积达176万亩，总产量突破70万吨`; the year's, `粮食播种面积稳定在6200万亩以上、年度产量首次突破2000万吨`,
  // Yunnan 2026) is the output of the crop whose area comes before it.
  // Not an area that names no crop (`种植面积保持在1700万亩左右，总产量190万吨左右`, Xinjiang 2006): the verb of sowing is none.
  // The sown area may be written short (`确保粮食播面稳定在840万亩以上、总产量稳定在310万吨以上`, Nanchong 2021), or by the
  // verb alone (`全年粮食播种211.4万亩、产量71.6万吨`, Wuzhou 2023).
  // So is one right after the crop's gain or loss in output (`粮食增产42.2亿斤，总产466亿斤`, Xinjiang 2025).
  const output = /^(?:年度)?(?:总产量|产量|总产)$/.test(subject);
  const crop = output ? (/^(?!(?:播种|种植)面积|播面)(.+?)(?:(?:播种|种植)?面积|播面|播种$)/.exec(previous) ?? (adjacent ? /^(?:全[省市区县州疆])?(\p{Script=Han}{2,4}?)(?:增产|减产)$/u.exec(previous) : null))?.[1] : undefined;
  if (crop) return crop + subject.replace(/^年度/, "");
  if (new RegExp(`^${PLACES}+$`).test(subject)) {
    const rest = previous.replace(new RegExp(`^(?:全体|${PLACES})+`), "");
    if (rest && rest !== previous) return subject + rest;
  }
  return subject;
}

/** The output of a product or an industry, after its name (`猕猴桃综合产值`, `高新技术产业产值`, `茶叶产量`). */
const PRODUCT_OUTPUT = /^(\p{Script=Han}{2,}?)(?:实现|完成)?(?:综合|总)?(?:产值|产量|销售收入|营业收入|销售额)(?:年均)?$/u;
/** An output of the place as a whole, whose trade is the place's (`国内生产总值`, `全市工业总产值`). */
const AGGREGATE_OUTPUT = /生产|GDP|经济|全[市省区县州]/;

/** `制定《甲》《乙》等地方性法规` → 地方性法规: what an enumeration of names (、 《》 和 … 等) amounts to. */
export function dropEnumeration(subject: string): string {
  // `宝瑞隆石化煤焦油等5000万元以上工业项目`: a size class after 等 ends the enumeration too.
  // 等 inside a word is no "and so on" (`新建、改扩建高等级公路100公里以上`, Shizuishan 2023: 高等级公路; `中等职业学校`,
  // `高等教育`, `同等`, `平等`).
  const m = /[、》和].*(?<![同平对均相超])等(?![级次]|职业|教育)([^等]{2,})$/.exec(subject) ?? /等(\d[^等]+)$/.exec(subject);
  return m ? m[1]! : subject;
}

/**
 * A label adds up several kinds of things (`中小学、幼儿园`, `老旧小区和“三供一业”改造`): 、, 和 or 及 between them.
 * Stricter than {@link enumerates}, which reads a subject as it is written: 与 joins the words of one term
 * (`研究与试验发展`), and 和谐, 和平, 普及, 惠及, 涉及, 及时 are words.
 */
export function addsKinds(label: string): boolean {
  return /、|和(?![谐平])|(?<![普惠涉顾触波危提])及(?![时格])/.test(label);
}

/**
 * The subject lists several named things (`宁夏隆基硅、利安隆`, `…中宁六中等`): it enumerates, it does not name. 及 ending a
 * verb (`惠及`, `普及`, `涉及`: `国家助学贷款提标降息惠及1100多万学生`, State Council 2024) joins nothing.
 */
export function enumerates(subject: string): boolean {
  return /[、和与]|(?<![普惠涉顾触波危提])及|等$/.test(subject);
}

/** The excluded numbers a label leaves out: a stray digit, a count of old, a scope, a basis per head. */
const DROPPED_FROM_LABELS = new Set<Exclusion["rule"]>(["stray-digit", "old-count", "scope", "per-base"]);

/**
 * The text of [start, end) with numbers excluded as stray digits (`国4务院`) old counts (`188个园区整合…`) or counts of what a rate is of (`1766个重大项目…完成率`) or the base a figure is per (`每10万人12张`) removed (a number another rule names first stays),
 * and the spaces a copy broke a line with inside a word ({@link wordBreakAt}: `地 方财政收入`) left out.
 */
export function sliceClean(text: string, start: number, end: number, exclusions: readonly Exclusion[]): string {
  let out = "";
  for (let i = start; i < end; i++) {
    if (wordBreakAt(text, i, out)) continue;
    // A number takes the name of the first rule that covers it (`excludedSpans` lists them in rule order): a digit a name
    // holds stays in the label (`轨道交通1号线一期工程`, Lanzhou 2016: a line's number, no stray digit).
    const rule = exclusions.find((e) => e.start <= i && i < e.end)?.rule;
    if (rule === undefined || !DROPPED_FROM_LABELS.has(rule)) out += text[i];
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/**
 * Whether the character at `i` is a space between two Han characters (`第二产业增加 值`, `农 牧民人均纯收入`), where a
 * web or PDF copy broke the line inside a word: Chinese prose sets no space between words. `before` is the text read
 * so far.
 */
export function wordBreakAt(text: string, i: number, before: string): boolean {
  if (!/[ \u3000]/.test(text[i]!)) return false;
  let j = i;
  while (j < text.length && /[ \u3000]/.test(text[j]!)) j++;
  return j - i <= 2 && HAN.test(before.at(-1) ?? "") && HAN.test(text[j] ?? "");
}

const NOUN_STOP = /[，。；：、！？,;:（）()“”《》\s]/;

/** A name in quotes inside a noun (`26个“千吨万人”农村水源地`, `6168人“边缘户”`): at most this long, on one clause. */
const QUOTED = /^“[^“”，。；：]{1,20}”/;

/**
 * A change named after its rate (`固定资产投资实现29%的快速增长`, `财政收入保持12%的较快增长`): the figure is the
 * subject's growth or fall, not a share of a noun; not a target named so (`咬定6％左右的增长目标`). Group 1 is the change.
 */
/** The aim a figure is, after 的 (`…20万人的目标`, `…落实率90%以上的重要任务`): the words before it name the figure. */
const AIM = "(?:重要|主要|重点|既定|预期|各项|约束性)?(?:目标|任务|要求)";
const AIM_AFTER = new RegExp(`^的${AIM}`);
/**
 * The aim written right after the measure word, closing its clause (`集装箱吞吐量过300万标箱目标，…`, Yueyang 2023): no noun
 * the figure counts either; but a count of aims counts them (`实现5个目标`, `市委十个方面37条要求`).
 */
const AIM_BARE = new RegExp(`^${AIM}(?=[，,。；;、）)]|$)`);
/**
 * After 的, the aim, the pace or the level a figure is (`增长8%的目标`, `3.89%的较低水平`, `处于2.55%的低位`), or the time
 * of another thing (`在民生支出增长8.3%的同时`, Nanjing 2021): no noun it is a share of.
 */
const OF_FIGURE_AFTER = new RegExp(`^的(?:(?:情况|前提|背景|条件)下|同时|${AIM}|增速|增长|增幅|速度|幅度|(?:[较最]?[低高好]|历史最[低高好]|合理|正常)?(?:水平|区间)|[较最]?[低高]位)`);

/**
 * A multiple of an earlier level named before it (`是2016年的1.4倍`): the words `是…年` or `为…末` before the figure; or
 * `是…时`, the level when the thing began (`示范区规模以上工业增加值、固定资产投资分别完成59亿元、96亿元，是组建时的3倍、4.5倍`,
 * Jiaozuo 2014).
 */
export const OF_EARLIER = /(?:是|为|相当于)[^，；。]*(?:年|末|时)$/;

/**
 * A change named after its rate (`实现29%的快速增长`), or after the pace the rate is (`以年均12%的速度持续增长`, Qinghai 2006):
 * group 1 the change.
 */
export const RATE_AFTER =
  /^的(?:(?:年均|平均)?速度(?:持续|稳定|快速|较快|稳步|平稳)?|快速|较快|中高速|高速|稳定|平稳较快|平稳|稳步|大幅|强劲|持续)?(增长|增速|增幅|下降|降幅)(?!目标|任务|要求|预期)/;

/**
 * The thing a measure word counts when it follows the number (`38个贫困村`, `2076名建档立卡贫困人口…`,
 * `65%的村庄…`, `26个“千吨万人”农村水源地`): the text after the unit up to the next delimiter or figure; empty
 * when the noun comes first. A noun that runs on into the subject of the next figure (`4114名未脱贫人口和收入在
 * 5000元以下…`) ends at the connector. A percentage that `opens` its clause counts the noun right after it too
 * (`超80%监测对象稳定消除返贫风险`), and an area or a length after a bare verb (`verbOnly`) the land or the road named
 * after it.
 */
export function nounAfter(text: string, q: Quantity, end: number, exclusions: readonly Exclusion[], opens = false, verbOnly = false, listed = false): string {
  let i = q.tail;
  // Not the aim or the pace a change is set to (`增长8%的目标`, `保持20%以上的增速`), nor how the level rates
  // (`登记失业率控制在3.89%的较低水平`): no share of a noun.
  const percentOf =
    q.unit.endsWith("%") &&
    text[i] === "的" &&
    !OF_FIGURE_AFTER.test(text.slice(i)) &&
    !RATE_AFTER.test(text.slice(i));
  if (percentOf) i++;
  // A share that opens its clause (`opens`) before a noun (`超80%监测对象…`, `99%乡镇通三级…公路`) is a share of that noun,
  // not a share of the amount before it going somewhere (`…100亿元，80%投向制造业`, `90%用于民生`).
  // So is an amount of a list of amounts each before its noun (`设立20亿元产业发展基金、7.1亿元应急转贷资金`: `listed`).
  // The last of such a list may name its noun in capitals (`150万吨／年乙烯、1200万吨／年PTA和英特尔二期…`, Dalian 2022).
  if (!percentOf && opens && (q.unit.endsWith("%") || listed) && (/^[\u4e00-\u9fff“]/.test(text.slice(i)) || (listed && /^[A-Z]{2,}[\u4e00-\u9fff]/.test(text.slice(i)))) && !SHARE_GOES.test(text.slice(i))) {
    return readNoun(text, i, end, exclusions);
  }
  // A length of such a list after its bound, the noun after 的 (`建成500公里左右的轨道交通运营线路、400公里公交专用道`).
  if (!percentOf && opens && listed && q.tail !== q.end && /^的[\u4e00-\u9fff“]/.test(text.slice(i))) return readNoun(text, i + 1, end, exclusions);
  // An area after a bare verb (`建设12.48万亩高标准基本农田`, `严守239万亩耕地保护红线`) measures the land named after it,
  // and a length the road or line named after it, quoted or not (`建设2.4万公里“四好农村路”`, Chongqing 2019), and an amount
  // the investment of the kind named after it (`完成5000亿元企业技改投资`, Zhejiang 2014).
  // So does a weight the task named after it (`完成6.96亿吨煤炭保供任务`, Ordos 2023): the goods and the task, 煤炭保供任务;
  // and one the raw material cut named after it (`压减412万吨铁、170万吨钢`, Langfang 2014): 压减铁.
  const measured =
    familiesOf(q.unit).some((f) => f === "area" || f === "length") ||
    (familiesOf(q.unit).includes("yuan") && INVESTED.test(text.slice(i))) ||
    (familiesOf(q.unit).includes("weight") && (WEIGHT_TASK.test(text.slice(i)) || CUT_GOODS.test(text.slice(i))));
  // So does one whose noun opens on the size class of what it serves (`完成…、1000公里30户以上自然村通硬化路`, Dali 2022):
  // that class is no figure (see exclusions), but a word of the noun.
  const sized = () => /\d/.test(text[i] ?? "") && exclusions.some((e) => e.start === i);
  // So does one whose noun opens on a grade in a Latin letter (`改造5.8万平方米Ｄ级危房`, Ningbo 2002): the grade is a word of it.
  // So does one with 以上 between it and the noun (`新建2万亩以上中药材基地`, Xianning 2022; `完成４００万亩以上农业水价综合改革`,
  // Yunnan 2023): 新建中药材基地, not 新建 alone. Not before 的, whose noun is that of a count before the area (`新建41个300平方米
  // 以上的社区服务站`, Hohhot 2014), nor after 左右, where a verb may go on (`建设５０００公里左右通５００人以上自然村…公路`).
  const boundOnly = q.tail === q.end || (/^\s*以上$/.test(text.slice(q.end, q.tail)) && text[q.tail] !== "的");
  if (!percentOf && verbOnly && measured && boundOnly && (/^(?:[A-ZＡ-Ｚ]级)?[\u4e00-\u9fff“]/.test(text.slice(i)) || sized())) {
    // The noun after 的 (`建成1060公里的绿道`, Guangzhou 2011; `启动220万平方米的大型综合安置小区建设`): no 的 opens the label.
    const noun = readNoun(text, /^的[\u4e00-\u9fff“]/.test(text.slice(i)) ? i + 1 : i, end, exclusions);
    // The aim or the task an investment is named as (`完成5200亿元固定资产投资目标`, Inner Mongolia 2022) is no word of what it
    // measures: 完成固定资产投资, as `完成5000亿元企业技改投资` gives 完成企业技改投资 (Zhejiang 2014).
    return familiesOf(q.unit).includes("yuan") ? noun.replace(/(?<=投资额?)(?:目标|任务)$/, "") : noun;
  }
  // So does an amount of bonds or funds issued or used after a bare verb (`增发1万亿元国债支持灾后恢复重建`, `同时发行1万亿元
  // 抗疫特别国债`, `用好1800亿元引导基金`, State Council 2024, 2020, 2016): the bonds or the funds named after it, up to their noun.
  const funds = !percentOf && verbOnly && q.tail === q.end && familiesOf(q.unit).includes("yuan") ? FUNDS_AFTER.exec(text.slice(i, end)) : null;
  if (funds) return funds[1]!;
  // A bare magnitude counts what follows it too (`32.8万国有企业下岗职工`, `1000多万高中毕业生`), but a measure
  // word this module does not know (`1.47亿棒`) is no noun.
  // Not the aim the figure is (`实现五年转移农村劳动力20万人的目标`, `…落实率90%以上的重要任务`): the words before it name the figure.
  if (AIM_AFTER.test(text.slice(i)) || (AIM_BARE.test(text.slice(i)) && !/^(?:个|项|条|件|大)$/.test(q.unit))) return "";
  const magnitude = isMagnitude(q.unit);
  // Nor the milestone a bare magnitude or a measure word passes (`空港口岸年出入境人数突破10万大关`, Yinchuan 2016;
  // `佳木斯机场旅客吞吐量突破86万人次大关`, Jiamusi 2019): no thing it counts.
  if (/^(?:大关|关口|大台阶|新台阶|台阶)/.test(text.slice(i))) return "";
  // A bound between the measure word and its noun (`建设300个以上精品示范村、2500个左右提档升级村`) leaves the noun its own,
  // one opening on a grade in a Latin letter too (`打造10万户美丽庭院、200个以上A级景区村庄`, Taizhou 2019).
  const bounded = q.tail !== q.end && /^\s*(?:以上|左右)$/.test(text.slice(q.end, q.tail)) && /^的?(?:[A-ZＡ-Ｚ]级)?[\u4e00-\u9fff“]/.test(text.slice(q.tail));
  if (bounded && text[i] === "的") i++;
  if (!percentOf && (!(isMeasureWord(q.unit) || magnitude) || (q.tail !== q.end && !bounded))) return "";
  // A space a web page's copy left where its source wrapped the line, between a bare magnitude and what it counts
  // (`还有187万 农村人口尚未稳定脱贫`, Hebei 2007): the noun after it.
  if (magnitude && q.tail === q.end && /^ \p{Script=Han}/u.test(text.slice(i))) i++;
  if (q.unit.endsWith("人") && text[i] === "口") i--;
  // What the things counted have (`解决了农村130.83万人的饮水困难`): the noun after 的, not 的 itself.
  if (!percentOf && text[i] === "的" && /^的[\u4e00-\u9fff“]/.test(text.slice(i))) i++;
  // A connector right after the measure word (`研发中心10家和创新创业载体5个`, `文物79处及其保护范围`): the noun came
  // first, and what follows is the next item's. Not 与, which after a count is mostly a preposition (`61项与央企合作项目`),
  // nor a bound (`30户及以上村民组`).
  if (/^[和及](?![谐美睦时平]|以[上下])/.test(text.slice(i))) return "";
  // Short qualities joined by 、 and closed by 的 before the noun (`21处功能完善、服务暖心的“青年驿站”建成开放`, Luoyang 2022):
  // they qualify the one noun after 的, no items of a list; the noun is that one. So do fields closed by 等 (Tongliao 2021).
  const qualities = text.slice(i, i + 7).includes("、") ? MODIFIERS_OF.exec(text.slice(i, end)) : null;
  if (qualities) i += qualities[0].length;
  const out = readNoun(text, i, end, exclusions);
  if (magnitude && [...out].length < 2) return "";
  return out;
}

/**
 * Qualities of two to six characters joined by 、 and closed by 的, before a noun (`功能完善、服务暖心的`), or fields, trades or
 * faults so joined and closed by 等, before the noun of their kind (`163个交通运输、新基建、生态环保、防灾减灾等基础设施领域重点项目`,
 * Tongliao 2021; `50家不锈钢制品、石材机械等企业`, `83起不担当、不作为等问题`). Not things the count counts themselves
 * (`5条道路、安置小区、专家公寓等基础配套设施`: 道路), whose noun is the first.
 */
const MODIFIERS_OF = /^\p{Script=Han}{2,6}(?:、\p{Script=Han}{2,6})+(?:的(?=[\p{Script=Han}“])|等(?=\p{Script=Han}{0,6}(?:领域|行业|问题|企业)))/u;

/**
 * Bonds or funds named after their amount (`抗疫特别国债`, `引导基金`, `专项奖补资金`), the funds of bonds whole (`国债资金`,
 * Xianyang 2014), and money for work (`经费`, Yuxi 2024: `安排1亿元经费`): group 1 their name. Not after 的
 * (`设立50亿元的融资担保发展基金、100亿元的民营企业发展基金`, Tianjin 2019), whose items a list's later figures would take from
 * the first.
 */
const FUNDS_AFTER = /^(?!的)([\u4e00-\u9fff]{0,6}?(?:(?:国债|债券|基金)(?:资金)?|资金|经费))/;


/** Verbs and particles a share opening its clause may go on with: it is a part of the amount before it, no noun's share. */
const SHARE_GOES = /^(?:[为是占由在以用来和与及或的]|投向|投入|流向|集中|分布|属于|达到|得到|实现|完成|通过|进入|获得)/;

/** A control level or a rank that qualifies a noun (`国控`, `省控`, `国家级`, `自治区级`). */
const RANK = "(?:国控|省控|市控|县控|国家级|省级|市级|县级|区级|自治区级|州级)";

/** A bracket of short names joined by 、 or one alone (`（市、区）`, `（镇）`, `（社区）`): kinds counted with the noun before it. */
const KINDS_BRACKET = /^[（(]\p{Script=Han}{1,3}(?:、\p{Script=Han}{1,3})*[）)]/u;

/** The size class of a small reservoir or dam after 小 (`小（2）型`, `小(一)型`). */
const SMALL_CLASS = /^[（(][12一二１２][）)]型/;

/** The noun from offset `i` up to the next delimiter or figure, as {@link nounAfter} reads it, or empty. */
/** A word that bounds the figure after it, alone (`近`, `约`, `超过`, `逾`, `达到`, `突破`). */
const BOUND_ALONE = /^(?:约|接近|将近|近|超过|超|逾|达到?|突破)$/;

/** A number of years, hours or minutes, or a grade, inside a noun: no figure of its own. */
const TERM_IN_NOUN = /^\d+\s?(?:年|小时|分钟|[AＡ]级)/;

/**
 * A band of ages that opens the people counted (Shangqiu 2014: `完成…630名0—6岁贫困残疾儿童抢救性康复工程`): a word of the
 * noun, read whole, no figure ahead that ends it (no label 完成 alone). So is an age bound above or below (Sanya 2022:
 * `新增1456个3岁以下婴幼儿托位`, the places for the under-threes, no label 新增 alone).
 */
const AGE_BAND = /^\d+\s?(?:[—–～~\-至到]\s?\d+\s?周?岁|周?岁(?:及?以[上下]|以内))/;

function readNoun(text: string, i: number, end: number, exclusions: readonly Exclusion[]): string {
  let out = "";
  for (; i < end; i++) {
    const rest = text.slice(i);
    const quoted = QUOTED.exec(rest);
    if (quoted) {
      out += quoted[0];
      i += quoted[0].length - 1;
      continue;
    }
    const ages = rest.charCodeAt(0) >= 48 && rest.charCodeAt(0) <= 57 ? AGE_BAND.exec(rest) : null;
    if (ages) {
      out += ages[0];
      i += ages[0].length - 1;
      continue;
    }
    // A figure ahead, after spaces or not (`45 个美丽村庄和 7000个`), or a note's mark (`建设[17]`, `工作【5】`): the noun ends at the
    // connector before it. A term or a grade is a word of the noun (`提前5年建成`, `连续3年大幅提高`, `24小时开放`, `4A级景区`).
    const gap = /^[\s\u3000]*/.exec(rest)![0].length;
    const term = TERM_IN_NOUN.test(rest.slice(gap)) && readQuantity(text, i + gap) === null && !/[[［【〔〖]$/.test(out);
    if (/\d/.test(rest[gap] ?? "") && !exclusions.some((e) => e.start <= i + gap && i + gap < e.end) && !term) {
      // A note's mark before its number (`建设[17]`) is no word either.
      // Nor is the whole a next item's figure is of (`全省30件民生实事和全州28件民生实事`: 和全州 opens the next item).
      // Nor the examples of a next item that its figure sums up after 等 (`30件民生实事和大水坑村农贸市场改造等505件“一村一年一事”`,
      // Wuzhong 2025: 和 opens the next item). So does 以及, whole (`建好棚改地块周边15条道路以及师院北街等22条断头路和巷路`,
      // Siping 2015: 道路, no 道路以), and so does 以及 right before the next item's figure (`6个世界银行贷款项目以及2个高床养殖项目`,
      // Heyuan 2014: 项目, no 项目以).
      out = out.replace(/[[［【〔〖]$/, "").replace(/(?<=\p{Script=Han}{2})(?:以及|[和及])[^和及与，、]{2,}等$/u, "").replace(/(?:以及|[和及等]|(?<!参)与)+$/, "").replace(/[和及与][^和及与]*[在为达占至到]$/, "").replace(/[和及与](?:全|本|我)[国省市州县区盟旗]$/, "");
      // `158个重点项目完成投资326亿元`, `232家…龙头企业营收超255亿元`: the verb that takes the amount after it (and the
      // measure it states) is no word of the noun counted.
      // `131万农村低收入群众年人均纯收入增加到2258元`: the people counted are the ones whose amount per head the next figure
      // states; the measure and its verb are that figure's words, none of the noun counted.
      let noun = out.replace(/(?<=\p{Script=Han}{2})(?:年|月)?人均\p{Script=Han}*$/u, "");
      for (let prev = ""; prev !== noun; ) {
        prev = noun;
        noun = noun
          .replace(/(?:营收|营业收入|主营业务收入|销售收入|总产值|产值)?(?:累计|共|当年|年度)?(?:完成|实现|达到|达|超过|超|突破)(?:总)?(?:投资|产值|销售收入|营业收入|营收)?(?:额)?$/, "")
          // `确保30户大企业大集团实现工业总产值1000亿元` (Xianyang 2014): the output of industry, whole (工业总产值), is that
          // figure's measure, no 总 left on the firms counted.
          .replace(/(?:销售额|交易额|营业额|销售收入|营业收入|营收|(?:工业)?总?产值)$/, "")
          .replace(/(?:累计|共|计划|总)?投资(?:额)?$/, "");
      }
      // `100件政协提案办复率100%`: the rate the percentage after it states is that figure's word, none of the noun counted.
      if (readQuantity(text, i + gap)?.unit.endsWith("%")) noun = noun.replace(/(?<=\p{Script=Han}{2})\p{Script=Han}{1,2}(?:率|比例)$/u, "");
      if (noun.length >= 2) out = noun;
      // Nothing but the bound of the figure after it (`新建牲畜暖棚2671座近30万平方米`, Gannan 2014): two measures of the same
      // thing, no noun the count counts.
      else if (BOUND_ALONE.test(out)) out = "";
      break;
    }
    if (wordBreakAt(text, i, out)) continue;
    // A space a copy left around an excluded figure inside the noun (`15 个投资超 100 亿元重大能化项目`, Yulin 2014) is no
    // end of it, and no word of it.
    if (/^[\s\u3000]/.test(rest) && exclusions.some((e) => (e.start <= i + gap && i + gap < e.end) || (e.start <= i && i < e.end))) continue;
    // `63项国家级、自治区级荣誉`: a level alone is no noun; the list of levels shares the noun after the last.
    if (rest[0] === "、" && /级$/.test(out) && /^、[\u4e00-\u9fff]/.test(rest)) {
      out += "、";
      continue;
    }
    // `220个省、市重点项目完成投资504亿元` (Longyan 2015): so is a level named by one character alone before the next level's
    // (省、市, 市、县): the projects of both levels, not a count of 省.
    if (rest[0] === "、" && /^[国省市县区乡镇]$/.test(out) && /^、[省市县区乡镇村]/.test(rest)) {
      out += "、";
      continue;
    }
    // `对318户高污染、高耗能企业实施了关停并转` (Baotou 2014): so does a list of the high or low an industry is in (高污染,
    // 高耗能, 高排放, 低效): a word of the noun the last one qualifies, not the noun. So does a list of the qualities a thing
    // is built to, the high or a kind made (`在全市建设6—8个高水平、专业化产教融合基地`, Sanming 2023: 高水平、专业化产教融合基地,
    // no 高水平 alone).
    if (rest[0] === "、" && /^(?:[高低][\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,3}化)$/.test(out) && /^、(?:[高低][\u4e00-\u9fff]|[\u4e00-\u9fff]{1,3}化)/.test(rest)) {
      out += "、";
      continue;
    }
    // `27个国控、45个省控地表水监测断面`, `2个国家级、10个自治区级电子商务示范产业园`: a control level or rank alone, before a
    // count of the same thing at another, counts the noun the next one names. So does one joined to it by 和 or 及
    // (`20个国家级和8个省级贫困县全部摘帽`, Heilongjiang 2021).
    if ((rest[0] === "、" || rest[0] === "和" || rest[0] === "及") && new RegExp(`^${RANK}$`).test(out)) {
      const next = readQuantity(text, i + 1);
      const shared = next && next.start === i + 1 && next.tail === next.end ? new RegExp(`^${RANK}(.{2,})$`).exec(readNoun(text, next.tail, end, exclusions)) : null;
      if (shared) return out + shared[1]!;
    }
    // `146座小（2）型水库除险加固任务全面完成` (Yichun 2016): the size class of a small reservoir, its number in a bracket, is
    // a word of the noun, no end of it.
    const size = out.endsWith("小") ? SMALL_CLASS.exec(rest) : null;
    if (size) {
      out += size[0];
      i += size[0].length - 1;
      continue;
    }
    // `60个县（市、区）`: a bracket of the kinds counted with the noun (市, 区 as well as 县) is a word of it.
    const kinds = out !== "" ? KINDS_BRACKET.exec(rest) : null;
    if (kinds) {
      out += kinds[0];
      i += kinds[0].length - 1;
      continue;
    }
    if (NOUN_STOP.test(rest[0]!) || /^(?:分别|[年月]?均[增减达下提降为])/.test(rest)) {
      // `抓好常乐、三河等5个特色小城镇和姚滩、白马等19个美丽村庄建设` (Zhongwei 2016): after 和 or 及, the first of the names the
      // next item's figure sums up after 等 is that item's, no word of this noun (特色小城镇, not 特色小城镇和姚滩). So after 以及
      // (`等78条主干街路以及火车站、霁虹广场等20处景观节点`, Harbin 2010: 主干街路).
      if (rest[0] === "、" && /[和及]/.test(out) && /^、[\u4e00-\u9fff、]{1,12}?等\s?\d/.test(rest)) {
        const own = /^(\p{Script=Han}{2,}?)(?:以及|[和及])\p{Script=Han}{1,6}$/u.exec(out);
        if (own) out = own[1]!;
      }
      // `41.9万名企业退休人员月人均增加养老金139.5元` (Wuxi 2010): 均 of 人均 is no "each" after the noun; the amount per head
      // (and its month) is the next figure's words, none of the people counted (企业退休人员, no 企业退休人员月人).
      if (rest[0] === "均" && out.endsWith("人")) {
        const noun = out.replace(/[年月]?人$/, "");
        if (noun.length >= 2) out = noun;
      }
      break;
    }
    out += rest[0];
  }
  // A Latin letter may be written full-width (`Ｄ级危房`, Ningbo 2002).
  return /^[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ0-9“]/.test(out) ? out : "";
}
