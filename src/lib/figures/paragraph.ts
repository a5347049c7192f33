import { splitSentences } from "./clauses.ts";
import { type Clause, type Draft, emit, type Prior, TIME_ONLY, wholeOf } from "./draft.ts";
import { CUT_GOODS } from "./exclusions.ts";
import { cleanSubject, disposedObject, DISPOSAL, dropEnumeration, enumerates, nounAfter, OF_EARLIER, RATE_AFTER, sliceClean, withoutDone } from "./label.ts";
import { each, EACH, PER_BASIS, respectively, unmarkedList } from "./list-drafts.ts";
import { aggregatesGrowth, completeAggregates, completeRates, fullRates, listItems } from "./lists.ts";
import { type Quantity, readQuantity } from "./quantity.ts";
import { scanNumbers } from "./scan.ts";
import { familiesOf, isMagnitude, isMeasureWord } from "./units.ts";
import { leadingCut, leadingRaise, PASSING, readPredicate } from "./verb.ts";

export type { Draft } from "./draft.ts";

/**
 * A clause that states only a list of figures after one predicate, with no subject (`，增长10.3％和8.7％` after
 * `城镇居民人均可支配收入和农村居民人均纯收入分别达到10505元和3390元`): the figures follow, in order, the subjects of as
 * many figures just before them in the sentence, and so does a yearly average of them (`，年均增长7.4%和9.3%` after
 * `城乡居民人均可支配收入分别达到33221元、13456元`). True when it emitted them.
 */
function listAfterList(c: Clause, qs: Quantity[], from: number): boolean {
  if (qs.length < 2) return false;
  const named = c.prior.length < qs.length ? aggregatesBefore(c, qs.length) : null;
  if (c.prior.length < qs.length && !named) return false;
  const p = readPredicate(sliceClean(c.text, from, qs[0]!.start, c.exclusions));
  // `，年均增长7.4%和9.3%`: a yearly average of the same subjects, real or nominal too (`，五年年均实际增长3.8％和6.3％`).
  // The year a change is compared with is no word of theirs either (`城镇居民人均可支配收入和农民人均纯收入分别达到14180元和
  // 3400元左右，比上年实际增长7%和9%左右`, Guizhou 2011): each its real growth.
  const bare = p.change ? cleanSubject(p.subject).replace(/^(?:比上年|比去年|较上年|较去年|同比)(?=实际|名义|可比|$)/, "") : cleanSubject(p.subject);
  // `，是2016年的1.4倍和1.7倍` after `城乡居民人均可支配收入预计分别超过3.23万元、1.32万元`: each a multiple of its own
  // earlier level.
  const compared = bare.search(OF_EARLIER) === 0;
  if (compared ? !qs.every((q) => q.unit === "倍") : !/^(?:年均)?(?:实际|名义|可比)?$/.test(bare) || p.bare) return false;
  for (let i = 1; i < qs.length; i++) {
    // A copy that spaces its numbers may space the 、 too (`增长 11.1% 、 13.1%`).
    if (!/^\s*[、和及与]\s*$/.test(c.text.slice(qs[i - 1]!.tail, qs[i]!.start))) return false;
  }
  if (c.text.slice(qs.at(-1)!.tail, c.stretch.end).trim() !== "") return false;
  const earlier = named ?? c.prior.slice(-qs.length);
  // `城乡低保分别比省提出的…最低标准高20元，达到338元和156元`: the levels are the items', no comparison.
  const level = !p.change && bare === "";
  const subjects = earlier.map((x) => (level ? x.subject.replace(/比[^，。；、]{1,30}?[高低多少]$/, "") : x.subject).replace(/年均$/, "") + bare);
  if (new Set(subjects).size !== subjects.length) return false;
  // Each is quoted from the clause that names the subjects.
  const quoteStart = Math.min(...earlier.map((x) => x.quoteStart));
  // A bound after the last figure is every figure's (`比上年实际增长7%和9%左右`, Guizhou 2011: both about), as after 分别,
  // unless an earlier one writes a bound of its own or is the same figure.
  const last = qs.at(-1)!;
  const shared = qs.slice(0, -1).every((q) => q.qualifier === null && !(q.value === last.value && q.unit === last.unit));
  qs.forEach((q, i) => emit(c, shared ? { ...q, qualifier: last.qualifier } : q, subjects[i]!, p, quoteStart));
  return true;
}

/**
 * The subjects of a clause before, in the sentence, that states no figure and opens with a list of `n` main aggregates,
 * each named whole (`全省生产总值、固定资产投资跨上万亿元新台阶，年均增长11.1%和24.7%`): the subjects of the list of
 * figures after it, quoted from there; null otherwise.
 */
function aggregatesBefore(c: Clause, n: number): Prior[] | null {
  if (!c.before) return null;
  const text = c.text.slice(c.before.start, c.before.end);
  // A list joins its items with 、 or 和: the words before the first are no list.
  const joint = text.search(/[、和]/);
  if (joint < 0) return null;
  for (let k = text.length; k >= Math.max(4, joint + 1); k--) {
    const items = completeAggregates(text.slice(0, k));
    if (items) return items.length === n ? items.map((subject) => ({ subject, quoteStart: c.before!.start })) : null;
  }
  return null;
}

/**
 * The words an item of a list names its own things by before its number: a noun of two characters or more, no verb alone;
 * or the rank of the government they are of (`国家级15项改革试点、自治区级28项改革试点接续推进`, Shizuishan 2023: 自治区级改革试点,
 * the first item's 国家级 no more theirs than the region's is the first's).
 */
const OWN_ITEM_WORDS = /^(?:\p{Script=Han}{2,}(?:站|厂|场|港|园|区|县|市|镇|村|矿|库|所|院|馆|校|中心|基地|公司|集团|企业|项目|工程)|(?:国家|省|自治区|市|州|盟|县|区)级)$/u;

/**
 * The noun a figure qualifies after 的, up to the 、 that closes its item, before a subject of two characters or more; or up
 * to 和 before a short word that is all the next item has before its figure (`投资100亿美元的SK海力士和投资260亿元的恒力聚酯园`,
 * Dalian 2022: 投资).
 */
const RELATIVE_ITEM = /^的[^、，；。\d]{2,}(?:、(?=\p{Script=Han}{2})|和(?=\p{Script=Han}{2,3}$))/u;

/** The same noun and 、, then the next figure right away: an item with no words of its own before its number. */
const RELATIVE_BARE_ITEM = /^的[^、，；。\d]{2,}、$/u;

/** Figures read one by one (`建成美丽小城镇6个、美丽村庄18个`); adjacent ones (`1765户5557人脱贫`) share a label. */
function plain(c: Clause, qs: Quantity[], from: number) {
  if (from === c.stretch.start && listAfterList(c, qs, from)) return;
  const shares = sharesBeforeNouns(c, qs);
  // The noun a count just before counts and the subject of that count, for a comparison or a change right after the noun.
  let counted: { noun: string; owner: string } | null = null;
  // The noun the figure before counts, written right after it (`新增1个国家级优势特色产业集群、新入规加工企业20家以上`).
  let countedAfter = "";
  // The verb of a cut written before its object, by the figure before (`压减“三公”经费5%`), for the next item; with the unit
  // of that figure and its object.
  let cutBefore = "";
  let cutOf = { unit: "", object: "" };
  for (let k = 0; k < qs.length; ) {
    let end = k + 1;
    while (end < qs.length && qs[end]!.start === qs[end - 1]!.tail) end++;
    // Households then people opening the clause, joined by 、, before what both did (Zibo 2014: `贫困人口人均增收1157元，
    // 3.76万户、9.12万人实现脱贫`): one pair, as when adjacent (`1765户5557人脱贫`), not the households of the clause before.
    if (end === k + 1 && end < qs.length && c.text.slice(qs[k]!.tail, qs[end]!.start) === "、" && sliceClean(c.text, from, qs[k]!.start, c.exclusions) === "" &&
      /户$/.test(qs[k]!.unit) && /人$/.test(qs[end]!.unit)) end++;
    const group = qs.slice(k, end);
    // That noun and the 、 or the 和 after it are no words of the next figure's subject: the next item names its own
    // (`新建成4处公园和41公里绿道`: the length is the greenways', after the verb both items share).
    const joined: string | undefined = countedAfter && !counted && c.text.startsWith(countedAfter, from) ? c.text[from + countedAfter.length] : undefined;
    const skipped: boolean = Boolean(joined && /[、和及]/.test(joined) && from + countedAfter.length + 1 <= group[0]!.start);
    if (skipped) from += countedAfter.length + 1;
    countedAfter = "";
    // The thing the figure before qualifies after 的, then 、 (`总投资1260亿元的万华新材料低碳产业园一期、总投资560亿元的…`,
    // Yantai 2025): that figure's noun, closing its item; the next item names its own subject after the 、.
    if (k > 0 && from === qs[k - 1]!.tail) from += RELATIVE_ITEM.exec(c.text.slice(from, group[0]!.start))?.[0].length ?? 0;
    // An item with no words of its own after that 、 (`投资80亿元的北京有研集团集成电路硅材料、80亿元的红石极威新材料及新能源
    // 汽车`, Dezhou 2020) is sized as the first is, in the same unit, under its words (投资), not under the name of the
    // project before it. Not a figure of another unit, which counts the things after it (`新建41个300平方米以上的社区服务站、
    // 4个5000平方米的…`, Hohhot 2014).
    const bareItem = k > 0 && from === qs[k - 1]!.tail && c.text[from] === "的" && group[0]!.unit === qs[k - 1]!.unit && RELATIVE_BARE_ITEM.test(c.text.slice(from, group[0]!.start));
    // `突破4000亿元大关、达4522.3亿元`: the level reached after a milestone passed is the same subject's.
    let before = bareItem ? (c.prior.at(-1)?.subject ?? "") : sliceClean(c.text, from, group[0]!.start, c.exclusions).replace(k > 0 ? PASSED_BEFORE : /$^/, "");
    // `经济总量五年跨越8个百亿元台阶、是“十二五”末的1.7倍，年均增长8.3%`: a multiple of an earlier level or a change right
    // after the noun a count counts is of the subject that passed the count (经济总量), not of that noun.
    const owned = counted && before.startsWith(counted.noun) ? AFTER_COUNTED.exec(before.slice(counted.noun.length)) : null;
    if (owned && counted) {
      before = owned[1]!;
      c.prior[c.prior.length - 1] = { ...c.prior.at(-1)!, subject: counted.owner };
    }
    counted = null;
    let p = readPredicate(before);
    // `实现29%的快速增长`: the rate is the change the words after it name.
    const rate = !p.change && group.at(-1)!.unit === "%" ? RATE_AFTER.exec(c.text.slice(group.at(-1)!.tail)) : null;
    if (rate) {
      const up = /增/.test(rate[1]!);
      // The verb that keeps or reaches the rate (`保持20%以上的高速增长`) is no word of the indicator.
      // Nor is 以 before the pace (`以年均12%的速度持续增长`), whose 年均 stays the change's.
      const kept = p.subject.replace(/(?:继续|仍)?(?:保持|实现|达到|完成)$/, "").replace(/以((?:年均|平均)?)$/, "$1");
      p = { ...p, subject: kept, verb: up ? "增长" : "下降", direction: up ? "up" : "down", change: true, bare: false };
    }
    const named = dropEnumeration(cleanSubject(p.subject));
    let subject = withoutDone(named, !p.change && group[0]!.unit === "%");
    // A year the verb of getting it done hid at the subject's end is the figure's time (`外贸出口2007年完成1439.3亿美元`,
    // Shanghai 2008): tidied off as it is before any other verb.
    if (subject !== named) subject = cleanSubject(subject);
    // A share after a bare 在, written before the noun it is a share of (`在60%政府举办的基层医疗卫生机构实施基本药物制度`,
    // State Council 2010): 在 is no word of the indicator, and the figure opens its clause as it does after 在…的.
    if (subject === "在" && group.length === 1 && group[0]!.unit === "%" && !p.change && /^\p{Script=Han}/u.test(c.text.slice(group[0]!.tail))) subject = "";
    // The figure opens its clause, with no subject nor verb of change before it (`，超80%监测对象…`).
    // Or it is one of a list of shares each written before its noun (`创造了50%税收、60%研发投入…`).
    const listedBeforeNoun = end === k + 1 && shares.has(k);
    // Or it opens the second of two things done, after 和, written before its noun (`确保收入9000元以下脱贫户动态清零和60%
    // 监测对象动态消除风险`, Guyuan 2023): the share of the things after it, not of those the first thing names.
    const joinedShare = group.length === 1 && group[0]!.unit === "%" && group[0]!.tail === group[0]!.end && c.text[group[0]!.start - 1] === "和" && /^\p{Script=Han}{2}/u.test(c.text.slice(group[0]!.tail)) && !/^(?:的|增长|下降|提高|降低|左右|以上|以下|以内)/.test(c.text.slice(group[0]!.tail));
    const opens = (subject === "" || listedBeforeNoun || joinedShare) && !p.change;
    // A rate named right before its figure (`常住人口城镇化率70%以上的特大型现代化城市`): what follows 的 is what has the
    // rate, not a noun the figure counts.
    const last = group.at(-1)!;
    const rated = RATE_NAMED.test(subject) && last.unit.endsWith("%") && c.text[last.tail] === "的";
    // The time of another thing a change is (`在民生支出增长8.3%的同时`, Nanjing 2021), or the state it is in (`在供地总量仅增长
    // 5.1%的情况下`, Sichuan 2004): 在 opens no word of the indicator.
    if (/^的(?:同时|情况下)/.test(c.text.slice(last.tail)) && /^在\p{Script=Han}{2,}/u.test(subject)) subject = subject.slice(1);
    // A count and the area (or length) of the same things, adjacent, after a verb that names nothing (`加快1.7万套91万平方米公租房建设`,
    // Zhongwei 2016: 加快 only speeds the work up) measure the noun after the area, as after a bare verb; no word of it is a figure.
    // Not a pair that opens its clause (`19条2095公里公路列入国网、省网规划`, Zhangye 2016), whose label runs on to the verb.
    const countSized = subject === "" && before.trim() !== "" && group.length > 1 && isMeasureWord(group[0]!.unit);
    // A weight of a raw material cut, the material named after it (`我市要压减412万吨铁、170万吨钢`, Langfang 2014): the
    // material is what it measures, as the land is an area's after a bare verb (the exclusions let it through only after a cut).
    const cutGoods = familiesOf(last.unit).includes("weight") && CUT_GOODS.test(c.text.slice(last.tail));
    const post: string = rated ? "" : nounAfter(c.text, last, c.stretch.end, c.exclusions, opens, BARE_VERB.test(subject) || (FUNDS_VERB.test(subject) && familiesOf(last.unit).includes("yuan")) || (skipped && subject === "") || JOINED_AFTER.test(before) || countSized || cutGoods, listedBeforeNoun);
    // `帮助2.2万农村贫困人口稳定脱贫`: a bare magnitude before people counts people (万人).
    if (post && PEOPLE.test(post)) group.forEach((q, j) => isMagnitude(q.unit) && (group[j] = { ...q, unit: `${q.unit}人` }));
    // `3.2万农户喜迁新居`, `1.9万城镇低保户住房困难得到解决`: a bare magnitude before households counts households (万户).
    else if (post && HOUSEHOLDS.test(post)) group.forEach((q, j) => isMagnitude(q.unit) && (group[j] = { ...q, unit: `${q.unit}户` }));
    // `全市集中22亿资金`, `力争抚矿和特钢产值双双过百亿` (Fushun 2025): a bare magnitude before funds, or after an amount of money
    // its subject names, is an amount in yuan (亿元), 元 left out.
    else if (post ? FUNDS_AFTER.test(post) : MONEY_NAMED.test(subject)) group.forEach((q, j) => isMagnitude(q.unit) && (group[j] = { ...q, unit: `${q.unit}元` }));
    // `完成21.7万余户、1730余万平方米老城区改造征收任务`: amounts after a bare verb measure the thing named after the last.
    const measured = !post && !p.change && BARE_VERB.test(subject) ? namedAfterList(c, group.at(-1)!) : "";
    if (measured) subject += measured;
    if (post) {
      // Not a noun that runs on into a list of its own (`5个离岸孵化器和俄罗斯、乌克兰2个飞地育成平台`).
      if (c.text.startsWith(post, last.tail) && !/[和及与或]/.test(post)) countedAfter = post;
      // The number counts the noun after it (`提升30个创业基地孵化能力`): the verb before acts on the noun.
      const ofPercent = c.text[group.at(-1)!.tail] === "的" || (opens && group.at(-1)!.unit.endsWith("%")) || listedBeforeNoun;
      // How many fields or kinds the things counted fall in (`办成了10个方面31项民生实事`, `办好11大类100件民生实事`): no word of
      // the noun the number counts.
      // `约` ending a word (`累计签约141个高端优质项目`, Jinan 2023) is that word's, as in readPredicate: no `about` to drop.
      // Nor is a floor set before it (`培育至少40家示范性农民合作社`, Xining 2024), read as the figure's bound, said 不少于 too
      // (`中心城区建设不少于5个高品质河东书房`, Yuncheng 2021), or set before the verb (`每个开发区至少建设1个省级科技孵化器`,
      // Yuncheng 2021: 每个开发区建设省级科技孵化器).
      let verb = before.replace(/\d+\s?(?:个\s?方面|个\s?领域|大类|大方面)$/, "").replace(/(?:(?<![签条节制契履违合预公相特邀])约|近|超过|突破|达到|达|共|累计|至少|最少|不少于)$/, "");
      if (verb.includes("少")) verb = verb.replace(/(?:至少|最少)(?=\p{Script=Han}{1,2}$)/u, "");
      // A modal or 将 alone before it (`将116项行政管理事项…`) is no word of the noun.
      const lead = cleanSubject(verb);
      // So is the one after a list's item counted before its noun (`每个非贫困村都有1名扶贫专干、每个贫困户都有1名帮扶联系人`):
      // the words between name no more of the noun than the 、 before them did.
      // An item whose own words stand between the noun the figure before counts and its number (`锦屏一二级水电站6台机组、溪洛渡
      // 水电站12台机组`, Liangshan 2014) keeps them: they name whose things it counts, as the first item's do.
      // Not the last item of a list whose kind 等 names after it (`制定出台稳运行促消费23条、制造业发展20条等政策包`, Liaocheng
      // 2023): the kind is the whole list's, the item's own words name what it counts (制造业发展等政策包), as a list of one's do.
      const listKind = post.startsWith("等") && /^[、和及]?[^、和与及]{2,}$/.test(verb);
      // A share of the things a scheme or a network reaches, after the verb of covering (`新农保试点覆盖60%以上的县（市、区）`,
      // Ningxia 2010): what covers them and the verb stay on the label (新农保试点覆盖县（市、区）), not the things alone. Not the
      // verb alone, its subject in the clause before (`推广装配式建筑877万平方米，覆盖84%以上的新建项目`, Haikou 2023).
      const covered = ofPercent && c.text[last.tail] === "的" && lead.endsWith("覆盖") && /\p{Script=Han}{2}覆盖$/u.test(lead);
      subject = covered ? lead + post : (enumerates(verb) && !listKind) || ofPercent || (skipped && !listKind && !OWN_ITEM_WORDS.test(lead)) ? post : (DISPOSAL.test(lead) ? "" : lead) + post;
      // A count after a verb of passing (`跨越`, `突破`, `超过`, read as its bound) has the indicator before it as its subject.
      // Nor is an adverb of passing them in a row (`经济总量连续迈上4个百亿元台阶`).
      const owner = p.qualifier && !p.verb && !p.change ? cleanSubject(p.subject).replace(YEARS_BEFORE_PASS, "").replace(/(?:连续|接连|相继|先后)$/, "") : "";
      if (owner.length >= 2 && !enumerates(owner) && group.length === 1) counted = { noun: post, owner };
      // `34件民生实事已完成33件`: the whole, a part of which the count after it is.
      // So is one a relative clause before it sets apart (`确定的30件民生实事已完成29件`, Heilongjiang 2014).
      const modified = c.text[group[0]!.start - 1] === "的" && !c.text.slice(from, group[0]!.start).includes("占");
      const whole = (opens || modified) && group.length === 1 ? wholeOf(c.text, group[0]!) : null;
      if (whole) subject = whole;
      // So is one after words that name whose things they are (`东北振兴44个重大项目累计竣工15个`, Jilin 2017): those words
      // stay on its label (东北振兴重大项目（总数）).
      const named = !whole && lead && !DISPOSAL.test(lead) && !enumerates(verb) && !ofPercent && !skipped && group.length === 1 ? wholeOf(c.text, group[0]!) : null;
      if (named) subject = lead + named;
      // A count of milestones after the verb that passed them (`全市经济总量连跨4个千亿级台阶`, Nantong 2021) is how many it
      // passed, no bound: the verb's `at least` is said of a level it passes (`跨越5000亿元大关`), not of a count.
      const stepsPassed = MILESTONES_COUNTED.test(post) && PASSED_LAST.test(before);
      p = { ...p, verb: "", basis: "", direction: null, change: false, qualifier: stepsPassed ? null : p.qualifier };
    } else if ((DISPOSAL.test(subject) && disposedObject(c.text, group.at(-1)!, c.stretch.end)) || (/^(?:坚持)?(?:每年|全年)$/.test(subject) && /^\p{Script=Han}{2,}用于/u.test(disposedObject(c.text, group.at(-1)!, c.stretch.end)))) {
      // `仍将75%以上财力用于民生事业`: the figure is of the object 将 puts before the verb. So is a share of a time that
      // goes to a use (`每年70%左右财政支出用于民生事业`, Guizhou 2026), 坚持 before the time too (`坚持每年80%以上财政支出用于
      // 保障改善民生`, Wuzhong 2022).
      subject = disposedObject(c.text, group.at(-1)!, c.stretch.end);
    } else if ((SHARE_PUT_FIRST.test(before) || (SHARE_OF_FUNDS.test(before) && group.at(-1)!.unit.endsWith("%") && !FUNDS_CUT.test(before))) && /^用于/.test(disposedObject(c.text, group.at(-1)!, c.stretch.end))) {
      // A share of a whole that 将 or 把 puts first with 的, its use after it (`把财政支出的70%以上用于保障和改善民生`,
      // Changji 2021): the share of the whole so used, labelled by the whole and the use, not the whole alone. So is one of
      // funds that open the clause with no 将 (`全市公共财政75%用于民生支出`, Shaoxing 2014; `财政支出的77.4%用于民生领域`);
      // not an amount of them (`筹措财政资金8200万元用于…`), nor a share of them cut (`再压缩一般性支出5%用于重点支出`).
      subject += disposedObject(c.text, group.at(-1)!, c.stretch.end);
    } else if (p.bare) {
      // The verb before its object (`减少文件36%`): the figure is the fall, the label `文件减少`.
      const cut = leadingCut(subject);
      // An item right after such a cut in percent, with no verb of its own (`压减“三公”经费5%、一般性支出10%`, Wuhai 2020),
      // is cut as the first is: the fall of its object (一般性支出压减), no level of it. So is one in another unit, the same as
      // the first's, whose object ends as the first's does, a kind of the same thing (`全市压减生铁产能284万吨、粗钢产能211万吨`,
      // Handan 2014: 粗钢产能压减).
      const next = !cut && cutBefore && group[0]!.unit === cutOf.unit && c.text[from] === "、" && /^\p{Script=Han}{2,}$/u.test(subject) && !/[率比重]$/.test(subject) &&
        (cutOf.unit === "%" || (subject.length > 2 && subject.slice(-2) === cutOf.object.slice(-2)));
      // A verb of raising before its object, in percent or points (`提高城市低保标准10%`, Lanzhou 2016): the rise of its object.
      const raise = !cut && !next && group.length === 1 && /^(?:%|％|个百分点)$/.test(group[0]!.unit) ? leadingRaise(subject) : null;
      if (cut) {
        subject = cut.subject;
        p = { ...p, verb: cut.verb, direction: "down", change: true };
      } else if (raise) {
        subject = raise.subject;
        p = { ...p, verb: raise.verb, direction: "up", change: true };
      } else if (next) {
        p = { ...p, verb: cutBefore, direction: "down", change: true };
      }
      cutBefore = cut && group.length === 1 ? cut.verb : next ? cutBefore : "";
      if (cut) cutOf = { unit: group[0]!.unit, object: cut.subject };
    } else {
      cutBefore = "";
    }
    // `城镇新增就业人数8.6万人，完成全年目标的125.2%`: the share of the task the subject before it did; with none before
    // it (`完成调整任务的85%`), the task's share done. So is the share of the year's budget a revenue brought in
    // (`一般公共预算收入122亿元，完成年度预算的103.8%，按可比口径同比增长15.4%`, Zhanjiang 2019), whose doer the clauses
    // after it still speak of: the revenue grew, not the share. The plan may be named by its kind alone (`地方一般公共预算收入
    // 2654.8亿元，完成预算的100.2%，同口径增长7%`, Fujian 2017).
    const done = group[0]!.unit === "%" && c.text[group[0]!.start - 1] === "的" ? /^(?:超额|全面)?完成(.*?(?:任务|计划|目标|预算))$/.exec(subject) : null;
    const doer = done ? c.prior.at(-1)?.subject.replace(/年均$/, "") : undefined;
    if (done) subject = doer ? `${doer}${subject}` : `${done[1]}完成`;
    // A bare total opening its clause after a clause of no figure that says what one more became (`马钢成为国家级制造业单项冠军，
    // 总数达5家`, Maanshan 2025): the total of those things, not a total of nothing named.
    const became = k === 0 && c.before && /^(?:总数|总量)$/.test(subject) ? BECAME.exec(c.text.slice(c.before.start, c.before.end).trim()) : null;
    if (became) subject = became[1]! + subject;
    subject = measureOfStated(afterCovered(sharedVerb(c, from, subject, k > 0, !p.bare && !p.change)));
    // `全年农村贫困人口减少700万`, `减少贫困人口40万`: a bare magnitude after a population, no noun after it, counts people.
    if (!post && POPULATION.test(subject)) group.forEach((q, j) => isMagnitude(q.unit) && (group[j] = { ...q, unit: `${q.unit}人` }));
    // `…水质达标率、…水质优良率稳定保持100%`: one percentage after a list of rates is each rate's.
    // `农用地和建设用地安全利用率保持100%`: a list that shares its noun, at 100%, is each item at 100%.
    // Not a list the figure before runs into (`村庄高速宽带100%覆盖、农网供电可靠率达100%`: 覆盖 is that figure's).
    const listed = from === c.stretch.start || /^[、，和]/.test(c.text.slice(from));
    const one = group.length === 1 && group[0]!.unit === "%" && !post;
    // `地区生产总值、固定资产投资、规上工业增加值增长5%以上`: one rate of change after a list of aggregates is each one's.
    // So is one growth rate named after them as a noun (`制造业投资和高新技术产业投资增速不低于20%`, Jinhua 2023).
    const rates = one && !p.change
      ? (completeRates(subject) ?? (listed ? (fullRates(subject, group[0]!.value) ?? aggregatesGrowth(subject)) : null))
      : one && listed
        ? completeAggregates(subject)
        : null;
    for (const item of rates ?? [subject]) for (const q of group) emit(c, q, item, p, c.stretch.start);
    if (doer && c.prior.length > 0) c.prior[c.prior.length - 1] = { ...c.prior.at(-1)!, subject: doer };
    from = group.at(-1)!.tail;
    k = end;
  }
  // A count of milestones closing the clause (`地区生产总值连续跨越8个百亿元台阶，年均增长8.3%`, Bozhou 2022): a clause after it
  // that names no subject is of the indicator that passed them (地区生产总值年均增长), not of the milestones.
  if (counted && MILESTONES_COUNTED.test(counted.noun) && c.prior.length > 0) c.prior[c.prior.length - 1] = { ...c.prior.at(-1)!, subject: counted.owner };
}

/** The milestones a count after a verb of passing counts (`8个百亿元台阶`, `两个大关`). */
const MILESTONES_COUNTED = /(?:台阶|大关|关口)$/;

/** A verb of passing milestones ending the words before a count (`连跨`, `跨过`, `迈上`). */
const PASSED_LAST = new RegExp(`(?:${PASSING})\\s*$`);

/**
 * The figures of `qs` in a list of shares each written before its noun (`创造了50%税收、60%研发投入、70%就业、90%市场主体数量`):
 * percentages whose nouns alone, no verb nor figure, stand between them before 、. Each is the share of the noun after it,
 * not of the one before. Their indices.
 */
function sharesBeforeNouns(c: Clause, qs: Quantity[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + 1 < qs.length; i++) {
    const [a, b] = [qs[i]!, qs[i + 1]!];
    // So are amounts of money each before the fund or the capital it is (`设立20亿元产业发展基金、7.1亿元应急转贷资金`).
    // So are lengths each before the line or road it measures (`建成500公里左右的轨道交通运营线路、400公里公交专用道`,
    // Shanghai 2008), a bound and 的 between the first and its noun.
    // And capacities each before the plant they measure (`哈密400万吨/年煤制油、1500万吨/年煤炭分质分级利用项目`, Xinjiang 2025).
    // And areas each before the land they measure, a name in quotes among its words (`60万亩“吨粮田”核心示范区、45.5万亩高标准农田
    // 全部建成`, Weinan 2023).
    const kind = (u: string) => (u.endsWith("%") ? "%" : /元$/.test(u) ? "元" : familiesOf(u).includes("length") ? "length" : /吨\/(?:年|日|天)$/.test(u) ? "capacity" : familiesOf(u).includes("area") ? "area" : "");
    const length = kind(a.unit) === "length";
    const bound = length && /^\s*(?:以上|左右)$/.test(c.text.slice(a.end, a.tail));
    if (kind(a.unit) === "" || kind(a.unit) !== kind(b.unit) || (a.tail !== a.end && !bound)) continue;
    if (kind(a.unit) === "元" && !MONEY_NOUN.test(c.text.slice(a.tail, b.start - 1))) continue;
    const noun = kind(a.unit) === "area" ? /^(?:[\u4e00-\u9fff]|“[\u4e00-\u9fff]{1,6}”){1,12}、$/ : length ? /^的?[\u4e00-\u9fff]{1,10}、$/ : /^[\u4e00-\u9fff]{1,10}、$/;
    if (!noun.test(c.text.slice(a.tail, b.start)) || (!length && /^的/.test(c.text.slice(a.tail)))) continue;
    // The last item's noun follows it too, its name in capitals maybe (`150万吨／年乙烯、1200万吨／年PTA和英特尔二期…`,
    // Dalian 2022).
    if (!(b.tail === b.end && /^(?:[\u4e00-\u9fff]|[A-Z]{2,}[\u4e00-\u9fff])/.test(c.text.slice(b.tail)))) continue;
    out.add(i).add(i + 1);
  }
  return out;
}

/**
 * A noun of money set aside or raised (`产业发展基金`, `应急转贷资金`, `引导资金`, `专项债券`), equity put into a fund too
 * (`将424亿元国有股权益、100亿元财政资金纳入养老保险风险基金`, Liaoning 2017).
 */
const MONEY_NOUN = /^[\u4e00-\u9fff]{0,8}(?:基金|资金|资本金|债券|贷款|权益)$/;

/** A subject that ends on a rate or a share (`城镇化率`, `…占比`, `…比重`). */
const RATE_NAMED = /(?:率|比重|占比|比例)$/;

const PASSING_END = new RegExp(`(?:${PASSING})$`);
/** A verb of passing milestones, or of exceeding them (`突破`, `超过`), ending the text before them. */
const PASSED_WITH = new RegExp(`(?:突破|${PASSING}|超过)$`);

/**
 * After the noun a count counts, a separator and a multiple of an earlier level, a yearly change or the level reached
 * (`经济总量连续迈上4个百亿元台阶、达950亿元`): group 1 from it on.
 */
const AFTER_COUNTED = /^[、，,]((?:是|为|相当于)[^，；。]*(?:年|末|期间)的?|年均(?:实际)?(?:增长|增速)|达到|达)$/;
/** The years a subject passed the count in (`经济总量五年跨越…`): a span of time, no word of the indicator. */
const YEARS_BEFORE_PASS = /(?:[两二三四五六七八九十]|\d{1,2})年$/;
/** The word of a milestone passed right after its figure, and the 、 or comma after it (`台阶、`, `大关，`). */
const MILESTONE_WORD = "^(?:的)?(?:两个|三个)?大?(?:关|台阶)[、，,]?";
/** A later year, in either digits (`2027年`, `２０２７年底`). */
const LATER_YEAR = "(?:19|20|１９|２０)[0-9０-９]{2}年(?:底|末)?";
/** A later year's milestone passed (`2027年突破`). */
const LATER_PASS = `${LATER_YEAR}(?:突破|迈上|跨越|跨上|跨过|超过)`;
/**
 * The word of a milestone passed right after its figure, and the 、 or comma before the level reached (`大关、达`) or the
 * change of the same subject (`地区生产总值2018年迈上2000亿元台阶、年均增长7.2%`, Deyang 2021: 台阶、年均增长), or the
 * next milestone of a later year (`力争生产总值“十四五”末迈上3000亿元台阶、2027年突破3500亿元`, Puyang 2023).
 */
const PASSED_BEFORE = new RegExp(`${MILESTONE_WORD}(?=(?:达到|达|升至|增至|为|(?:年均)?(?:实际)?(?:增长|增速)|${LATER_PASS}|${LATER_YEAR}(?:达到|达))$)`);

/**
 * A rate listed after a coverage stated in words (`实现城市社区养老服务设施全覆盖、农村社区养老服务设施覆盖率达到80%`,
 * `村庄高速宽带100%覆盖、农网供电可靠率达100%`): the figure is the rate's alone, not the coverage's. The rate takes the
 * town or country the coverage names when it names none (`农村生活垃圾治理实现全覆盖、生活污水治理率达到25%` →
 * 农村生活污水治理率).
 */
function afterCovered(subject: string): string {
  const m = /^(.*?覆盖)、([^、]{2,}率)$/.exec(subject);
  if (!m || m[1]!.includes("、")) return subject;
  const scope = /^(?:农村|城市|城镇|乡村)/.exec(m[1]!)?.[0];
  return scope && !/^(?:农村|城市|城镇|乡村|城乡)/.test(m[2]!) ? scope + m[2]! : m[2]!;
}

/**
 * A bare measure listed after a statement about a thing (`粮食生产实现“十六连丰”、总产373万吨`, `推动七大战新基地提速建设、
 * 产值突破1000亿元`): the measure is that thing's, named by the statement's words before its verb (粮食总产, 七大战新基地产值),
 * not the statement's words; 生产 of 生产总值 is no verb.
 * A total after the pace of an indicator told against a higher level's (Yibin 2023: `地区生产总值增速高于全省1个百分点以上、
 * 总量达到3800亿元左右`) is that indicator's level, named by it alone (地区生产总值), as 总量 after its growth is (see label.ts).
 */
function measureOfStated(subject: string): string {
  const m = /^([^、]+)、(总产量?|产量|总产值|产值|营业收入|营收|总收入|收入|规模|总量)$/.exec(subject);
  const paced = m && m[2] === "总量" ? PACE_AGAINST.exec(m[1]!)?.[1] : undefined;
  if (paced) return paced;
  const thing = m ? /^(?:推动|推进|促进)?(\p{Script=Han}{2,10}?)(?:生产(?!总值)|提速|加快|实现|建设|发展)/u.exec(m[1]!)?.[1] : undefined;
  return thing ? thing + m![2]! : subject;
}

/** An indicator's pace told against a higher level's or another's (`地区生产总值增速高于全省`): group 1 the indicator. */
const PACE_AGAINST = /^(\p{Script=Han}{2,}?)(?:增速|增幅|增长速度)(?:要|将)?(?:高于|快于|超过|超出|领先于?|不低于)/u;

/** A noun of people (`农村贫困人口`, `城镇失业人员`, `高中毕业生`, `学校师生`, students enrolled: `惠及500多万在校生`, State Council 2022, `贫困患者`, herders as farmers: `47.7万农牧民`, Bayannur 2022, workers: `全年组织2100万城乡劳动者参加职业培训`, State Council 2010), as a magnitude before it counts them; not their households (`27.9万学生家庭`). */
const PEOPLE = /^[\u4e00-\u9fff“”]{0,8}?(?:人口|人员|居民|[农牧]民工?|职工|群众|劳动力|毕业生|贫困生|学生|在校生|师生|员工|游客|残疾人|老年人|老人|儿童|孩子|青少年|妇女|患者|病人|市民|村民|教师|劳动者)(?!家庭|户)/;

/**
 * A noun of households (`农户`, `贫困户`, `城镇低保户`, `沼气用户`, `住房困难家庭`), as a magnitude before it counts them; not a word
 * 户 opens or ends otherwise (`户籍`, `棚户区`, `落户`), nor the people of those households (`2万建档立卡农村贫困家庭学生`, Liupanshui
 * 2016: students).
 */
const HOUSEHOLDS = /^[\u4e00-\u9fff“”]{0,8}?(?:[农牧贫困难特低五保脱搬迁住用民]户|家庭)(?![籍口外型厕区])(?!\p{Script=Han}{0,2}(?:学生|子女|儿童|成员|人口|劳动力|妇女|老人))/u;

/** Funds or bonds, as a magnitude before them is their amount (`22亿资金`, `1500亿建设国债`, `20亿私募债`). */
const FUNDS_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:资金|基金|国债|债券|私募债|专项债|经费)/;

/** A subject that names an amount of money (`产值`, `营收`, `投资`, `交易额`, `贷款增量`), then perhaps 双双 or 均. */
const MONEY_NAMED = /(?:产值|营收|营业收入|收入|投资|投资额|资金|交易额|成交额|销售额|贷款|存款|增加值|税收|利税|利润|余额|增量)(?:双双|均|都|也|各)?$/;

/**
 * A subject that ends on a population (`农村贫困人口`, `常住人口`, `农村转移劳动力`, `下岗职工`), a count of people or the
 * jobs found for them (`新增就业人数9.42万`, Taizhou 2015).
 */
const POPULATION = /(?:人口|人员|劳动力|职工|农民工|毕业生|人数|就业)$/;

/**
 * The thing named right after a list of amounts joined by 、 that `q` opens (`21.7万余户、1730余万平方米老城区改造征收任务` →
 * 老城区改造征收任务), or empty when `q` is not followed so.
 */
function namedAfterList(c: Clause, q: Quantity): string {
  let j = q.tail;
  let n = 0;
  for (; c.text[j] === "、"; n++) {
    const next = readQuantity(c.text, j + 1);
    if (!next || next.start !== j + 1) return "";
    j = next.tail;
  }
  const noun = n > 0 ? /^[\u4e00-\u9fff“”]{2,}/.exec(c.text.slice(j, c.stretch.end))?.[0] : undefined;
  return noun ? cleanSubject(noun) : "";
}

/** A verb alone before an amount of land (`建设12.48万亩高标准基本农田`, `严守239万亩耕地保护红线`), no noun of its own. */
/**
 * A figure right after 和 or 及 that joins it to a thing named before it (`投入2亿元建设改造干线公路和1053公里农村公路`, Changsha
 * 2007): a length or an area of it measures the noun named after it, as after a bare verb.
 */
const JOINED_AFTER = /\p{Script=Han}{2}[和及]\s?$/u;

/**
 * Verbs that take an amount, an area or a length right before the thing it measures (`建设12.48万亩高标准基本农田`); among
 * them the works renewed, made or started (`更新46公里老旧管网`, `打造7.6万亩种业基地`, Xining 2024; `新开工建设26.1万亩高标准
 * 农田`, Nanning 2022): the label is the verb and that thing, not the verb alone. So are funds gathered or set aside
 * (`集中5亿元资金专项用于高新技术产业化开发`, Shandong 1999): 集中资金, not 集中 alone. So is a base made better
 * (`提升打造200万亩特色粮油产业基地`, Zigong 2023): 提升打造特色粮油产业基地, not 提升打造 alone. So are funds set up or put out,
 * again or not (`设立3亿元技改专项奖励资金`, Jingzhou 2021; `投放1.6亿元消费券和补贴资金`, Luoyang 2022): 设立技改
 * 专项奖励资金, not 设立 alone. So are works built well or made better (`建好20.85万亩高标准农田`, Xianning 2022; `提质改造400公里
 * 农村公路`, Zhangjiajie 2018): 建好高标准农田, 提质改造农村公路. So are they held firmly (`坚决守住18亿亩耕地红线`, State
 * Council 2022): 坚决守住耕地红线. So are works started or stressed (`启动1000公里县道砂土路硬化工程`, `重点建设50万亩高标准国家冬季
 * 瓜菜生产基地`, Hainan 2012), and the road a work is done on (`对5600公里农村公路实施提档升级`, Yancheng 2016): 对农村公路….
 * So are works done as a whole or built again (`综合整治10000公里河道`, `再建500万亩标准农田`, Zhejiang 2003): 综合整治河道,
 * 再建标准农田, not the verb alone.
 */
const BARE_VERB = /^(?:继续|再|又|坚决|牢牢|重点|加快|全面|着力|综合)?(?:新建|建设|(?<=^[再又])建|启动(?:实施|建设)?|对|集中|拿出|设立|投放|(?:新)?开工建设|建成|更新|(?:提升|提质)?打造|(?:提质)?改造|建好|严守|守住|消灭|推进|实施|完成|治理|整治|种植|流转|保护|修复|恢复|营造|新增|发展|落实|发行|增发|用好)$/;

/**
 * Verbs that win or set aside an amount of money right before the funds it is (`争取5亿元国债资金`, Xianyang 2014; `安排1亿元
 * 经费`, Yuxi 2024): 争取国债资金, 安排经费, not the verb alone. Money only: land won for a plan (`争取６万亩土地列入全省高标准
 * 农田建设规划`, Zhangye 2016) is no farmland built. So are funds used or drawn on (`使用1000亿元失业保险基金支持稳岗和培训`,
 * State Council 2022): 使用失业保险基金, not 使用 alone.
 */
const FUNDS_VERB = /^(?:继续|再|又)?(?:争取|安排|使用|动用)$/;

/** What a thing became or was named, a rank of the country's or the province's (`成为国家级制造业单项冠军`): group 1 that rank. */
const BECAME = /(?:成为|获评|入选|获批|评为|认定为)((?:全国|国家|省|市)\p{Script=Han}{2,16})$/u;

/**
 * An amount added (`新增规上工业企业`, `新引进农业项目`), or newly put forward to be recognised (`新申报高新技术企业100家以上、
 * 总数突破400家`, Xiaogan 2021): group 1 the thing added.
 */
const ADDED = /^(?:全年|当年)?(?:新增|新引进|新认定|新培育|新建|新注册|新申报)(?:认定)?([\u4e00-\u9fff“”（）、]{2,})$/;

/**
 * A thing named bare, no verb of its own, as a list's later item is when it shares the verb of the item before
 * (`新增上云企业853家、总数达3387家，省市两化融合示范企业23家、总数达123家`, Shangrao 2021): the thing whose total a 总数 after it
 * is (省市两化融合示范企业总数), as after an amount added. Not one that says how it was added or grew (`规模工业企业新增90家`,
 * `国家高新技术企业通过认定14家`): the total is not of those words. A 总量 after an amount's growth is the amount itself
 * (`物流业增加值增长8%以上、总量突破850亿元`), no total of things counted.
 */
const THING_BARE = /^(?!(?:全年|当年|今年|累计|共|已|净|引进|培育|建成|建设|完成|实现|创建|获批|入选|实施|改造|打造|争取|带动|达到?|突破|超过?))(?!.*(?:新|增(?!加值)|年均|认定|通过))[\u4e00-\u9fff“”（）]{2,}$/;

/** A thing, an amount of it added in words (`新增两家`), then its total (`4A级景区新增两家、总数`): group 1 the thing, 2 the total. */
const ADDED_IN_WORDS = /^([^、，；]{2,}?)(?:新增|净增)[一二两三四五六七八九十]{1,3}(?:个|家|所|项|座|处|户|条|名)、(总数|总量)$/;

/**
 * A verb that takes a list of amounts, each with its noun (`实际使用内资30.2亿元、外资381万美元`, `新增一般债券…、专项债券…`).
 * So do overcapacity cut and works built or renewed (Henan 2019: `又化解煤炭产能825万吨、钢铁产能157万吨`: 化解钢铁产能;
 * `新建改造城市道路1352公里、燃气管网5800公里`: 新建改造燃气管网), after 又 (again) or not: group 1 the verb.
 */
const LIST_VERB = /^又?(实际使用|实际利用|新增|争取|化解|新建改造)(?=[\u4e00-\u9fff“])/;

/**
 * The subject of an amount listed after another in its clause, given the verb the first one opens with (`实际使用内资30.2亿元、
 * 外资381万美元` → 实际使用外资): a short noun right after `、`, not a rate or a share, nor one with a verb of its own,
 * nor words the subject before completes (`实际利用外资320亿美元、年均增长10%`: see completeSubject).
 */
function sharedVerb(c: Clause, from: number, subject: string, after: boolean, reached = false): string {
  // `新增规上工业企业207家、总数达2315家`: the total after an amount added is the total of the thing added.
  const prior = c.prior.at(-1)?.subject ?? "";
  const totalOf = after && c.text[from] === "、" && /^(?:总数|总量)$/.test(subject) ? (ADDED.exec(prior)?.[1] ?? (subject === "总数" ? THING_BARE.exec(prior)?.[0] : undefined)) : undefined;
  if (totalOf) return totalOf + subject;
  // So is one after an amount added in words, no figure of its own (`4A级景区新增两家、总数达13家`, Yuncheng 2021: 4A级景区总数).
  const addedInWords = subject.includes("、") ? ADDED_IN_WORDS.exec(subject) : null;
  if (addedInWords) return addedInWords[1]! + addedInWords[2]!;
  // `年均新增城镇就业8.4万人、农村劳动力转移就业2.4万人`: a yearly average opening the first item's subject is every
  // item's, so each is marked an average as the first is (`农村劳动力转移就业年均`).
  const yearly = after && c.text[from] === "、" ? /^(?:年均|平均每年|每年平均)(?=[\u4e00-\u9fff]{2})/.exec(c.prior.at(-1)?.subject ?? "")?.[0] : undefined;
  if (yearly && /^[\u4e00-\u9fff]{2,}$/.test(subject) && !/率|比重|比例|^(?:年均|平均|每年|同比|累计|比|占|对|人均)/.test(subject)) return subject + "年均";
  const verb = after ? LIST_VERB.exec(c.prior.at(-1)?.subject ?? "")?.[1] : undefined;
  // Nor a balance, a stock the amount added goes into (`新增银行贷款突破百亿元、贷款余额达 662.8亿元`, Dali 2014: 贷款余额), nor
  // a total reached (`新增运营里程近200公里、总里程达到797公里`, Beijing 2023: 总里程).
  if (!verb || c.text[from] !== "、" || !/^[\u4e00-\u9fff]{2,6}$/.test(subject) || /率|比重|比例|占|余额|^(?:年均|可比|同比|同口径|人均|强度|对|总)/.test(subject)) return subject;
  // Nor a level an item reaches with a verb of its own (`新增设施蔬菜9万亩、蔬菜种植面积达190万亩`, Bozhou 2014): the whole
  // area or stock, no amount added.
  if (reached && verb === "新增") return subject;
  // Nor one that opens on a verb of its own (`新增监测对象1802户7147人、消除风险944户3688人`, Guyuan 2025: 消除风险), a verb
  // of works renewed too (`新增保障性租赁住房1.2万套、改造老旧小区67个`, Chuzhou 2025; `新增生态林9.8万亩、更新改造杨树25.36万亩`,
  // Suqian 2019): the old estates renovated, no estates added. Not 整治, which also opens a noun (`新增省级美丽乡村建设示范村60个
  // 以上、整治村240个以上`, Jingzhou 2021: villages newly made 整治村).
  return LIST_VERB.test(subject) || /^(?:新|实际|完成|实现|建成|引进|培育|发放|消除|化解|带动|帮扶|解决|吸纳|安置|转移|改造|更新)/.test(subject) ? subject : verb + subject;
}

/**
 * The word that marks a list of figures, one per item named before: `分别`, or `各` right before a change (`各提高了`) or
 * before the levels a change starts from (`城镇居民和农村居民人均可支配收入各由15660元、5987元提高到26500元、11139元`,
 * Jiangxi 2016).
 */
const RESPECTIVELY = /分别|各(?=(?:提高|增长|增加|下降|降低|减少|上升|提升)了?\d|[由从]\d)/;

function clauseDrafts(c: Clause, qs: Quantity[]) {
  const s = c.text.slice(c.stretch.start, c.stretch.end);
  // `分别`, or `各` before a change and a list of figures (`各提高了10个、3.8个和5个百分点`): one figure per item.
  const mark = RESPECTIVELY.exec(s);
  const fen = mark ? mark.index : -1;
  const listFrom = fen >= 0 ? qs.findIndex((q) => q.start > c.stretch.start + fen) : -1;
  // One figure after 分别 and a verb that qualifies its noun with 的 (`中国工程物理研究院、西南科技大学、迪澳药业分别牵头或参与
  // 实施的3个项目`, Mianyang 2020): the things the items did between them, counted once, no figure of each.
  // So is one right after 等 (`分别谋划推进城区大三亚湾整体提升、两河四岸整治提升等4个综合型示范项目`, Sanya 2022): the items
  // are examples of the things it counts, counted once.
  const lead = listFrom >= 0 ? c.text.slice(c.stretch.start + fen, qs[listFrom]!.start) : "";
  const together = listFrom >= 0 && ((listFrom === qs.length - 1 && /的$/.test(lead)) || /等$/.test(lead));
  if (listFrom >= 0 && !together && (mark![0] === "分别" || qs.length - listFrom >= 2)) {
    const marker = c.stretch.start + fen;
    // The figures before the mark may be a list of their own, unmarked (`城乡居民人均收入达到28400元和9400元、分别增长7.5%和
    // 8.2%`, Shaanxi 2017): the towns' and the countryside's, whose changes 分别 then gives in turn.
    unmarkedOrPlain(c, qs.slice(0, listFrom));
    // The list ends where a figure names a subject of its own (`…分别增长8%和10%以上、城镇和农村居民人均可支配收入
    // 分别增长9%和10%、社会消费品零售总额增长8%`): what follows is read as a clause of its own.
    let end = listFrom + 1;
    // A basis of time or head before an item (`每人每月388元和每人每年2572元`) is no subject.
    while (end < qs.length && cleanSubject(readPredicate(sliceClean(c.text, qs[end - 1]!.tail, qs[end]!.start, c.exclusions).replace(/^[、和及与，,]+/, "")).subject).replace(PER_BASIS, "") === "") end++;
    respectively(c, qs.slice(listFrom, end), qs[listFrom - 1]?.tail ?? c.stretch.start, marker, marker + mark![0].length);
    if (end < qs.length) {
      const start = qs[end - 1]!.tail + /^[、和及与\s]*/.exec(c.text.slice(qs[end - 1]!.tail))![0].length;
      clauseDrafts({ ...c, stretch: { start, end: c.stretch.end } }, qs.slice(end));
    }
    return;
  }
  const jun = EACH.exec(s);
  const target = jun ? qs.findIndex((q) => q.start > c.stretch.start + jun.index) : -1;
  // The figure 均 or 各 speaks of is the one right after it: when that one is no figure of the text (a capacity naming a
  // project, `华润集团和长春大成各400万吨玉米深加工`), a later one (`长春皓月50万头肉牛综合加工`) is not each item's.
  if (jun && target >= 0 && /\S/.test(c.text.slice(c.stretch.start + jun.index + jun[0].length, qs[target]!.start).replace(/^(?:要|将)?(?:同比|比(?:上年|去年|年初|上年末|上年同期|去年同期))?(?:累计)?(?:增长|下降|减少|削减|增加|提高|降低|达到|达|为|控制在|超过|突破|破|保持|在)?/, ""))) {
    plain(c, qs, c.stretch.start);
    return;
  }
  if (jun && target >= 0) {
    plain(c, qs.slice(0, target), c.stretch.start);
    each(c, qs[target]!, qs[target - 1]?.tail ?? c.stretch.start, c.stretch.start + jun.index, c.stretch.start + jun.index + jun[0].length);
    plain(c, qs.slice(target + 1), qs[target]!.tail);
    return;
  }
  // One growth in percent after indicators listed with 、 alone and no 分别 or 均 (`力争全年旅游人次、总收入增长15%以上`,
  // Yinchuan 2022): each item's, as with 均, not one indicator named by the whole list; so after two joined by 和 that
  // each write out the words they share (`旅游人数和旅游收入增长15%以上`, Jiuquan 2021).
  if (qs.length === 1 && /[、和]/.test(s) && listedGrowth(c, qs[0]!)) {
    each(c, qs[0]!, c.stretch.start, qs[0]!.start, qs[0]!.start);
    return;
  }
  const passed = milestones(c, qs);
  // Milestones that do not rise are passed apart, one by each thing named (Ningde 2022): a list, each at least its own.
  if (passed?.apart) {
    unmarkedOrPlain(c, qs.map((q, i) => (i >= passed.at && i < passed.at + passed.n ? { ...q, qualifier: q.qualifier ?? "at_least" } : q)));
    return;
  }
  if (passed) {
    // `先后突破6000万和7000万大关`, `跨越3万亿元、4万亿元两个大台阶`: the milestones passed one after another; the
    // level reached is past the last, the others are on the way to it.
    const { at, n } = passed;
    plain(c, qs.slice(0, at), c.stretch.start);
    const p = readPredicate(sliceClean(c.text, qs[at - 1]?.tail ?? c.stretch.start, qs[at]!.start, c.exclusions).replace(PASSING_END, "超过"));
    const last = qs[at + n - 1]!;
    emit(c, { ...last, qualifier: last.qualifier ?? "at_least" }, cleanSubject(p.subject).replace(/(?:先后|相继|连续|接连)$/, ""), p, c.stretch.start);
    plain(c, qs.slice(at + n), last.tail);
    return;
  }
  unmarkedOrPlain(c, qs);
}

/**
 * Whether the clause's one figure is a growth in percent whose subject lists two or more indicators with 、 alone, each
 * of two characters or more, that share words the list writes once (`旅游人次、总收入`: 旅游; `金融、信息、旅游产业`,
 * Jinan 2011: 产业): no 和, 及 or 与, which may join the parts of one indicator, no 等, which sums a group (`家电、汽车等
 * 消费`), no one-character item, which qualifies a shared noun (`省、市重点项目`), and no average over the items
 * (`学校、医院、商圈周边通行效率平均提高10%`, Changchun 2024) or a group they are counted as (`电子信息、生物制药、新材料三大
 * 新兴产业增加值五年增长70%`, Heilongjiang 2003: the three together). Not items that share no words (`电动汽车、锂电池、光伏产品
 * 出口表现突出、增长77.6%`, Hebei 2025: the exports of all three), nor an item that says how a thing fares (`会展经济持续
 * 活跃、签约交易额增长17.5%`, Urumqi 2025), a clause of its own.
 */
function listedGrowth(c: Clause, q: Quantity): boolean {
  if (q.unit !== "%" && q.unit !== "％") return false;
  const before = sliceClean(c.text, c.stretch.start, q.start, c.exclusions);
  if (!before.includes("、")) return before.includes("和") && pairedGrowth(before);
  if (/[和及与等]|平均|[两二三四五六七八九十][大个类项种]/.test(before)) return false;
  const p = readPredicate(before);
  if (!p.change || p.direction !== "up") return false;
  const subject = cleanSubject(p.subject);
  const parts = subject.split("、");
  if (parts.length < 2 || parts.some((x) => x.length < 2 || TREND.test(x))) return false;
  const items = listItems(subject, null);
  return items.length === parts.length && new Set(items).size === items.length && items.some((x, i) => x !== parts[i]);
}

/**
 * Two indicators joined by 和 that each write out the words they share (`力争旅游人数和旅游收入增长15%以上`, Jiuquan 2021):
 * one growth of each, as with 、 ({@link listedGrowth}). Not parts that share no words, which 和 may join into one
 * indicator (`精细化工和煤化工产值`), nor an average over them.
 */
function pairedGrowth(before: string): boolean {
  if (/[及与等、]|平均/.test(before)) return false;
  const p = readPredicate(before);
  if (!p.change || p.direction !== "up") return false;
  return /^(\p{Script=Han}{2,}?)\p{Script=Han}{2,}和\1\p{Script=Han}{2,}$/u.test(cleanSubject(p.subject));
}

/** Figures of a clause read as an unmarked list ({@link unmarkedList}) where they make one, else one by one. */
function unmarkedOrPlain(c: Clause, qs: Quantity[]) {
  const list = qs.length >= 2 ? unmarkedList(c, qs) : null;
  if (list) {
    const { at, n } = list;
    plain(c, qs.slice(0, at), c.stretch.start);
    respectively(c, qs.slice(at, at + n), qs[at - 1]?.tail ?? c.stretch.start, qs[at]!.start);
    plain(c, qs.slice(at + n), qs[at + n - 1]!.tail);
    return;
  }
  plain(c, qs, c.stretch.start);
}

/**
 * Milestones passed one after another (`先后突破6000万和7000万大关`, `跨越3万亿元、4万亿元两个大台阶`, `相继突破5000亿元和
 * 6000亿元`): figures of one unit joined by 、 or 和 after a verb of passing, and before 大关 or 台阶 or after 先后, 相继
 * or 接连. The index of the first and their number, or null; `apart` when their values do not rise one after another.
 */
function milestones(c: Clause, qs: Quantity[]): { at: number; n: number; apart: boolean } | null {
  for (let k = 0; k < qs.length - 1; k++) {
    let n = 1;
    while (k + n < qs.length && /^\s*[、和及与]\s*$/.test(c.text.slice(qs[k + n - 1]!.tail, qs[k + n]!.start)) && qs[k + n]!.unit === qs[k]!.unit) n++;
    if (n < 2) continue;
    const before = sliceClean(c.text, qs[k - 1]?.tail ?? c.stretch.start, qs[k]!.start, c.exclusions);
    // `经济总量连跨5万亿元、6万亿元两个台阶`: 跨 alone, after 连, passes them too.
    const verb = PASSED_WITH.exec(before);
    // One after another is said by 大关 or 台阶 after the figures, or by 先后, 相继, 接连 or 连续 before the verb
    // (`地区生产总值连续突破400、500、600、700亿元`, Tibet 2013, the unit said once after the last).
    const inTurn = /^(?:[两三四五]个)?大?(?:关|台阶)/.test(c.text.slice(qs[k + n - 1]!.tail)) || /(?:先后|相继|接连|连续)\D{0,2}$/.test(before.slice(0, verb?.index));
    // Unless the subject lists as many items as there are milestones (`全市地区生产总值、工业总产值、财税总收入、地方财政一般
    // 预算收入相继跨过1000亿元、3000亿元、400亿元和100亿元大关`, Zhuhai 2012): each item passed its own, one after another,
    // a list read one figure per item, no one indicator's way up.
    // Nor unless each is higher than the one before: a way up rises (`城乡居民人均可支配收入跨上4万元、2万元台阶`, Ningde
    // 2022: the towns' level and the countryside's, a list of two, each passed).
    if (verb && inTurn && !ownMilestones(before.slice(0, verb.index), n)) return { at: k, n, apart: !rising(qs.slice(k, k + n)) };
    k += n - 1;
  }
  return null;
}

/** Whether the figures' values rise one after another (`3万亿元、4万亿元`), as milestones passed in turn do. */
function rising(qs: Quantity[]): boolean {
  return qs.every((q, i) => i === 0 || (typeof q.value === "number" && typeof qs[i - 1]!.value === "number" && q.value > (qs[i - 1]!.value as number)));
}

/** Whether the words before a verb of passing list `n` items (`A、B、C、D相继`), each the owner of one milestone. */
function ownMilestones(owners: string, n: number): boolean {
  const subject = cleanSubject(owners.replace(/(?:先后|相继|接连|连续)$/, ""));
  return /[、和及与]/.test(subject) && new Set(listItems(subject, n)).size === n;
}

/**
 * Words after which a clause says how its subject fared (`增速逐季提高`, `保持稳定增长`), which milestone it passed in
 * words (`全社会固定资产投资突破千亿元大关`) or where it ranks (`单位生产总值能耗居全国第二低位`, Guangdong 2013), not what it is.
 * Its change turned from a fall to a rise too (`GDP由负转正，增长1.5%`, Jinzhong 2021): the growth after it is the GDP's.
 * So are the ranks it joined (`全市地区生产总值迈入“千亿俱乐部”行列，人均生产总值达到48042元，年均分别增长11.5%、11.3%`,
 * Jingmen 2016: the first pace is the GDP's).
 */
const TREND = /增速|增幅|增长|同比|逐季|逐月|逐年|保持|稳中|持续|回升|企稳|由负转正|快于|高于|慢于|同步于|突破|首破|跨越|迈上|迈过|迈入|跃上|站上|超过(?=[百千万亿]+(?:元|美元|千瓦时|度|吨|人次)?(?!的|[百千万亿元]))|居(?=全国|全省|全区|全市|全州|全县|[东中西]部|同类|前列|首位|第)/;
const COMPARES = /快于|高于|慢于|同步于/;
/** A clause that gives a value with a verb of level alone, before any word of change (`全年达到4.3%`, `全年为6.1%`). */
const LEVEL_ONLY = /^(?:全年|年底|年末|全年累计)?(?:达到|达|为|实现)[^增降\d]{0,2}\d/;
/**
 * A milestone passed in words and nothing after it (`首次突破千亿`, `突破百亿元大关`, `迈上千亿台阶`), or exceeded
 * (`电网售电量首次超过百亿千瓦时，达104.04亿千瓦时、增长10.9%`, Mianyang 2020: the level and its change are the sales'); not
 * the threshold of a class named after 的 (`销售收入超过百亿元的企业集团，由上年的4家增加到9家`, Tianjin 2004), which counts the class.
 * The milestone may be in dollars or in containers (`宁波港货物吞吐量达到1.285亿吨，增长11.3%，集装箱吞吐量历史性地突破百万标箱大关，
 * 达到121.3万标箱，增长34.5%`, Ningbo 2002): the level and its change are the containers', not the cargo's before them.
 * So is one passed first in the short word for it, 首破 (Weihai 2014: `港口货物吞吐量达到7000万吨，增长12.9%；开通至台北的直线航班，
 * 机场旅客吞吐量首破百万，达到114.6万人次，增长25.6%`): the passengers', not the cargo's.
 */
/**
 * A clause that gives an index's reading alone, a bare number (`经济效益综合指数达125`), its verb unsaid too (`全年空气质量综合指数
 * 4.73`, Xingtai 2024): group 1 the index.
 */
const INDEX_READ = /^(\p{Script=Han}{2,12}?指数)(?:达到|达|为)?\d+(?:\.\d+)?$/u;
const MILESTONE_WORDS = /(?:突破|首破|跨越|迈上|迈过|跃上|站上|超过)[百千万亿]+(?:元|美元|千瓦时|度|吨|标箱|人次)?(?:大关|台阶|关口)?$/;

/** A clause that says a thing grew bigger and nothing else (`经济总量不断壮大`): group 1 the thing. */
const GREW_BIGGER = /^(\p{Script=Han}{2,8}?)(?:不断|持续|稳步|日益|进一步)?(?:壮大|扩大|增强)$/u;

/**
 * The indicator a clause without a figure names before it says how it fared (`地区生产总值增速逐季提高` →
 * 地区生产总值), or empty: a short noun phrase, no digits, nothing cut off but the trend.
 */
function statedSubject(clause: string, next = ""): string {
  const m = TREND.exec(clause);
  // A year before the subject (`1997年全区财政收入突破百亿元大关`) is its time, no figure.
  if (!m || /\d/.test(clause.replace(/^(?:19|20)\d{2}年/, ""))) return "";
  // The rate itself named as the subject, then how it fared, for a clause that gives its value with a verb of level, not of
  // change (`地区生产总值增速上半年实现由负转正，全年达到4.3%`, Datong 2021): the subject is the rate (地区生产总值增速).
  if (/^增[速幅]$/.test(m[0]) && LEVEL_ONLY.test(next)) {
    const rate = cleanSubject(clause.slice(0, m.index + 2));
    if (rate.length >= 4 && rate.length <= 14 && !/[、和及与]/.test(rate)) return rate;
  }
  // A breakthrough made, 突破 as a noun after the verb that makes it (`第三产业实现新的突破`, `取得重大突破`), passes no
  // milestone: the subject is what comes before that verb (第三产业), not the words of the breakthrough.
  // So is a leap made, 跨越 as a noun so (`生产总值实现第二个千亿跨越，是“十一五”末的1.67倍，年均增长10.8%`, Qinghai 2016):
  // the multiple and the change after it are 生产总值's.
  const made = m[0] === "突破" || m[0] === "跨越" ? /(?:实现|取得|有)(?:了)?[^，、]{0,5}?的?$/.exec(clause.slice(0, m.index)) : null;
  const subject = cleanSubject(clause.slice(0, made ? made.index : m.index));
  return subject.length >= 2 && subject.length <= 12 && !/[、和及与]/.test(subject) ? subject : "";
}

/**
 * A clause that takes an indicator to its new value (`提高到60%`, `上升到80%以上`), or turns its change of earlier years into
 * the year's (`转为下降1.2%`, `减为增长1.2%和1.8%`, State Council 2007).
 */
const TAKEN_TO = /^(?:分别|均)?(?:(?:增加|提高|提升|上升|增长|扩大|下降|减少|降低|回落|缩小|调整|优化)(?:到|至|为)|变为|变成|转为|减为)/;

/** A clause opening on its old value (`已由五十年代的50%左右`, `将由去年的1076亿元`), and the same with the value in it. */
const OLD_VALUE_OPENING = /^(?:已经?|又|将)?[由从]/;
const OLD_VALUE_CLAUSE = new RegExp(`${OLD_VALUE_OPENING.source}[^由从，]*(?:\\d|[百千]分之)`);

/**
 * The indicator a clause names alone before the clause of its old value, set off by a comma (`目前国营建筑企业固定职工的比例，
 * 已由五十年代的50%左右，上升到80%以上`, State Council 1984): the subject of both, not the words of the old value.
 */
function subjectBeforeBaseline(named: string, baseline: string, clause: string): string {
  if (!OLD_VALUE_CLAUSE.test(baseline.trim()) || !TAKEN_TO.test(clause.trim())) return "";
  const subject = cleanSubject(named.trim().replace(/^(?:目前|现在|当前)/, ""));
  return subject.length >= 2 && subject.length <= 16 && !/[\d、和及与]/.test(subject) ? subject : "";
}

/**
 * The same, the old value and the new one in one clause after it (`目前由市场决定价格的比重，已经由五年前的百分之五十左右扩大到
 * 百分之八十左右`, State Council 1993), or a plan's (`今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元`, State
 * Council 2008): the clause before names the subject of the new value.
 */
function subjectBeforeChange(named: string, clause: string): string {
  const text = clause.trim();
  const from = OLD_VALUE_OPENING.exec(text);
  if (!from) return "";
  for (let k = from[0].length; k < text.length; k++) {
    if (/[由从，]/.test(text[k]!)) return "";
    if (TAKEN_TO.test(text.slice(k))) return subjectBeforeBaseline(named, text.slice(0, k), text.slice(k));
  }
  return "";
}

function baselineSubject(clause: string, next: string): string {
  const m = /^(.+?)(?:已|又)?[由从][^由从]*\d[^由从]*$/.exec(clause);
  if (!m || !TAKEN_TO.test(next)) return "";
  const subject = cleanSubject(m[1]!);
  return subject.length >= 2 && !/\d/.test(subject) ? subject : "";
}

/**
 * The indicator a clause names before the level it sets as the ground of the next (`全省生产总值在2005年6520亿元的基础上`,
 * then `2010年达到15806亿元`); empty otherwise.
 */
function groundSubject(clause: string): string {
  const m = /^(.+?)在(?:(?:19|20)\d{2}年)?[^在]*\d[^在]*的(?:良好|坚实)?基础上$/.exec(clause);
  const subject = m ? cleanSubject(m[1]!) : "";
  return subject.length >= 2 && subject.length <= 12 && !/\d/.test(subject) ? subject : "";
}

/**
 * The indicator a clause names before the circumstances its figure came about in (`农民人均可支配收入在国家玉米临储价格下调的
 * 情况下`, then `仍然达到11326元`, Jilin 2016): the subject of the figures after it, not the words of the circumstances.
 */
function circumstanceSubject(clause: string): string {
  const m = /^(.+?)在[^在，；]{2,}?的(?:情况|背景|形势|条件)下$/.exec(clause.trim());
  const subject = m ? cleanSubject(m[1]!) : "";
  return subject.length >= 2 && subject.length <= 12 && !/[\d、和及与]/.test(subject) ? subject : "";
}

/** The words between a milestone and the next, passed in a later year (`台阶、2027年突破`); not a later year's level reached. */
const LATER_MILESTONE = new RegExp(`${MILESTONE_WORD}${LATER_PASS}$`);

/**
 * A milestone passed (`全省生产总值突破6000亿元大关，达到6556亿元`) is no figure of its own when the sentence goes on to
 * the level reached, of the same indicator and unit and at least as high: the level is the record, the milestone would
 * count the indicator twice. So when the sentence told the level before it, in a clause of its own
 * (`社会消费品零售总额1082亿元，增长12.4%，总量首次突破千亿元大关`, Fuyang 2020), not a milestone listed before it (`早日突破
 * 35000元和10000元大关`, Ningxia 2013: two indicators' milestones), nor a level told before a semicolon, of another part
 * (Lanzhou 2026: `城关区…，经济总量超过1300亿元，…；加快…西固区裂变发展，总量分别跨过600亿元、500亿元大关`). The sentence's drafts, from index `first` on, are dropped in place.
 */
function dropPassedMilestones(paragraph: string, drafts: Draft[], first: number) {
  const own = drafts.slice(first);
  for (const d of own) {
    const q = d.quantity;
    const passed = q.value;
    if (d.change || typeof passed !== "number" || !/^(?:的)?(?:两个|三个)?大?(?:关|台阶)/.test(paragraph.slice(q.tail))) continue;
    // Not when the next is a milestone of a later year (`迈上3000亿元台阶、2027年突破3500亿元`, Puyang 2023): each is its year's.
    const level = own.find((x) => x !== d && !x.change && x.label === d.label && x.quantity.unit === q.unit && typeof x.quantity.value === "number" && x.quantity.value >= passed && (x.quantity.start < q.start ? /^[^；;]*[，,][^；;]*$/.test(paragraph.slice(x.quantity.end, q.start)) : !LATER_MILESTONE.test(paragraph.slice(q.tail, x.quantity.start))));
    if (level) drafts.splice(drafts.indexOf(d), 1);
  }
}

/**
 * A clause that says nothing but how its subject, named before it, has fared since a time (`7月份以来稳定回升`, `下半年以来逐月
 * 回暖`): no subject of its own.
 */
const FARED_SINCE = /^(?:\d{1,2}月份?以来|下半年(?:以来)?|年内|四季度(?:以来)?|三季度(?:以来)?)(?:稳定|稳步|持续|逐步|逐月|逐季|明显|快速)?(?:回升|回暖|向好|加快|提高|企稳|好转)$/;

/** A clause that says nothing but that the figures after it are estimated or preliminary (`初步预计`, `据初步核算`). */
const ESTIMATE_ONLY = /^(?:据|经)?(?:初步)?(?:预计|核算|统计|测算)$/;

/**
 * A clause that says nothing but where its subject, named before it, ranks (`全国倒排第21`, `全省排名第3位`): no subject of its
 * own (Xingtai 2024: `全年空气质量综合指数4.73，全国倒排第21，同比下降4.1%`, the change the index's).
 */
const RANK_ONLY = /^(?:全国|全省|全区|全市|[东中西]部)?(?:倒排|排名|排位|位列|位居|居)(?:全国|全省|全区|全市)?(?:倒数)?第\s?\d+\s?[位名]?$/;

/** A whole that 将 or 把 puts first, 的 right before the share of it that follows (`把财政支出的`). */
const SHARE_PUT_FIRST = /(?:将|把)\p{Script=Han}{2,8}的$/u;
/** Funds a share of which a use after it takes, naming them right before it (`全市公共财政75%用于民生支出`). */
const SHARE_OF_FUNDS = /\p{Script=Han}(?:财政|财力|支出|资金|收入)的?$/u;
/** A verb of cutting funds ({@link SHARE_OF_FUNDS}): the share after them is the cut. */
const FUNDS_CUT = /压缩|压减|削减|缩减|减少|降低|精简/;

/** Read every figure of a paragraph's text, with the numbers it excludes and those it could not read. */
export function paragraphDrafts(paragraph: string) {
  const scan = scanNumbers(paragraph);
  const drafts: Draft[] = [];
  for (const sentence of splitSentences(paragraph)) {
    const first = drafts.length;
    const at = paragraph.slice(sentence.start, sentence.end).indexOf("预计");
    const estimateFrom = at < 0 ? Infinity : sentence.start + at;
    const prior: Prior[] = [];
    for (const [i, stretch] of sentence.clauses.entries()) {
      const qs = scan.quantities.filter((q) => q.start >= stretch.start && q.end <= stretch.end);
      if (qs.length === 0) continue;
      // A figure may leave its subject to the clause before it, which states no figure: `地区生产总值增速逐季提高，
      // 全年增长4.5%`, `…年均增长7%左右；居民人均可支配收入快于经济增速，达到4万元以上`.
      // A clause that only says the figures after it are preliminary (`…突破千亿大关，初步预计，五年年均增长5.6%左右`, Yunfu
      // 2022) stands between them and the clause that names their subject: that one is the clause before.
      const prev = sentence.clauses[i - 1];
      // So does one that only says how the subject has fared since some months, with no subject of its own (`规模工业增加值增速
      // 扭转下行态势，7月份以来稳定回升，全年增长11%`, Xiangtan 2014).
      const skipped = prev && i >= 2 && (ESTIMATE_ONLY.test(paragraph.slice(prev.start, prev.end).trim()) || FARED_SINCE.test(paragraph.slice(prev.start, prev.end).trim()) || RANK_ONLY.test(paragraph.slice(prev.start, prev.end).trim()));
      const before = skipped ? sentence.clauses[i - 2] : prev;
      const bare = before && !scan.quantities.some((q) => q.start >= before.start && q.end <= before.end);
      // After other figures, only a clause that compares its subject with another (`快于经济增速`) names it, or one that
      // opens a new part of the sentence after a semicolon (`…增长14％以上；辖内财政收入迈过千亿大关，达1330亿元`).
      const stated = bare ? paragraph.slice(before.start, before.end) : "";
      const fresh = bare && /[；;]/.test(paragraph[before.start - 1] ?? "");
      // So does one that names a thing of its own passing a milestone in words (`…增长21.5%，上划中央收入首次突破千亿，
      // 达1180亿元`): the level after it is that thing's, not the last figure's indicator's.
      const own = stated && prior.length > 0 && !fresh && MILESTONE_WORDS.test(stated) ? statedSubject(stated) : "";
      // So does one that gives an index's reading, a bare number that is no figure here (`…拉动地区生产总值增长6.3个百分点，
      // 经济效益综合指数达125，提高18个百分点`, Ningxia 2005): the change after it is that index's.
      const reading = stated.includes("指数") ? INDEX_READ.exec(stated.trim()) : null;
      let named = (stated && (prior.length === 0 || fresh || COMPARES.test(stated)) ? statedSubject(stated, paragraph.slice(stretch.start, stretch.end).trim()) : own.length >= 4 && !prior.some((p) => p.subject.endsWith(own)) ? own : "") || (reading ? cleanSubject(reading[1]!) : "");
      // A milestone passed with only its time before it (Suining 2021: `经济总量不断壮大，每年跨越一个百亿台阶，年均增长7.7%`)
      // names no subject (每年): the clause before it that says the thing grew does (经济总量), or none does.
      let namedFrom = before?.start ?? 0;
      if (named && TIME_ONLY.test(named)) {
        const grown = i >= 2 && !skipped ? sentence.clauses[i - 2]! : undefined;
        const m = grown && !scan.quantities.some((q) => q.start >= grown.start && q.end <= grown.end) ? GREW_BIGGER.exec(paragraph.slice(grown.start, grown.end).trim()) : null;
        named = m ? cleanSubject(m[1]!) : "";
        if (m) namedFrom = grown!.start;
      }
      const baselined = bare && !named ? baselineSubject(stated, paragraph.slice(stretch.start, stretch.end)) || groundSubject(stated) || circumstanceSubject(stated) : "";
      // The clause before a bare old value may name the indicator alone (`目前国营建筑企业固定职工的比例，已由五十年代的50%左右，
      // 上升到80%以上`): that clause names the subject, from its start.
      const nounClause = bare && !named && !baselined && !skipped && prior.length === 0 ? sentence.clauses[i - 2] : undefined;
      const noun = nounClause && !scan.quantities.some((q) => q.start >= nounClause.start && q.end <= nounClause.end)
        ? subjectBeforeBaseline(paragraph.slice(nounClause.start, nounClause.end), stated, paragraph.slice(stretch.start, stretch.end))
        : "";
      // Or the clause before names it, and this one takes it from the old value to the new (`目前由市场决定价格的比重，已经由…`).
      const changed = bare && !named && !baselined && !noun && !skipped && prior.length === 0 ? subjectBeforeChange(stated, paragraph.slice(stretch.start, stretch.end)) : "";
      // A list's old values, 分别 before them, set off by a comma from the new ones (`城乡低保标准分别由2010年的月均267.5元、年均
      // 1225元，提高到499元和3350元`, Tai'an 2016): the new values are the items' in turn, as with no comma (城镇低保标准 499元).
      const items = !named && qs.length >= 2 && baselined.endsWith("分别") ? listItems(baselined.slice(0, -2), qs.length) : [];
      if (items.length === qs.length && new Set(items).size === items.length) prior.push(...items.map((subject) => ({ subject, quoteStart: before!.start, stated: true })));
      else if (named || baselined) prior.push({ subject: named || baselined, quoteStart: named ? namedFrom : before!.start, stated: true });
      else if (noun) prior.push({ subject: noun, quoteStart: nounClause!.start, stated: true });
      else if (changed) prior.push({ subject: changed, quoteStart: before!.start, stated: true });
      const earlier = drafts.length > first ? drafts.at(-1) : undefined;
      const c: Clause = { text: paragraph, exclusions: scan.exclusions, stretch, prior, out: [], ...(bare ? { before } : {}), ...(earlier ? { earlier } : {}) };
      clauseDrafts(c, qs);
      // A figure said to be expected in its own clause (`全社会研发投入占GDP比重有望达1.6%`, Jiangxi 2020) is an estimate too;
      // 有望 (or 可望), unlike 预计, reaches no further than its clause.
      const expectedFrom = paragraph.slice(stretch.start, stretch.end).search(/[有可]望/);
      const expected = (d: Draft) => expectedFrom >= 0 && d.quantity.start > stretch.start + expectedFrom;
      for (const d of c.out) drafts.push({ ...d, estimate: d.quantity.start > estimateFrom || expected(d), sentence: [sentence.start, sentence.end] });
    }
    dropPassedMilestones(paragraph, drafts, first);
  }
  return { drafts, exclusions: scan.exclusions, unparsed: scan.unparsed };
}
