/**
 * Funds won from the state (`千方百计争资金、争项目、争政策、争示范，力争更多项目资金投向银川，年到位资金增长15%以上`):
 * a bare `到位资金` in a sentence about winning funds, projects or policies, with no word of investment attracted
 * (`招商`), counts the funds won, not the investment attracted (`招商引资到位资金`).
 */
// Or with words between 争取 and what is won (`争取中央预算内投资项目608个、到位资金117.1亿元`, Nanchong 2022).
const WON = /争(?:取)?(?:资金|项目|政策|示范)|争取\p{Script=Han}{1,8}?(?:资金|项目)|上争|四争/u;

/** A label that names the winning of funds (`立项争资`, `向上争资`, `争取…资金`). */
const LABEL_WON = /争资|争取|上争/;

/**
 * Funds banks lend under a deal (`5家国有银行战略合作协议到位资金231.5亿元`): loans or credit, not investment attracted.
 */
const LENT = /银行|信贷|贷款|授信/;

/**
 * Funds raised by bonds (`争取国家新增和置换债券到位资金 10.75亿元`, Siping 2016): the government's borrowing, not investment
 * attracted.
 */
const BONDS = /债券|(?:专项|一般|地方|政府)债/;

/**
 * Financing granted to a borrower, in the clause before its funds (`建安集团获批融资额度245亿元，到位资金75.9亿元`): the funds
 * drawn on that financing, not investment attracted.
 */
const FINANCED = /融资|信贷|贷款|授信/;

/**
 * A cooperation with a paired region (`深化珠海遵义新一轮东西部协作，与遵义8个脱贫县…深入开展结对共建，力争落地企业40家以上，
 * 到位资金15亿元以上`, Zunyi 2022; `对口帮扶`, `对口支援`): the funds it brings, not all the investment attracted.
 */
const PAIRED = /东西部(?:扶贫)?协作|对口(?:帮扶|支援|协作|合作)|结对(?:共建|帮扶)|援(?:疆|藏|青)/;

/**
 * The rebuilding after a disaster (`地震抢险救灾和恢复重建扎实有效，…，基础设施等七大类工程 222项重建项目稳步实施，到位资金
 * 7.85亿元`, Dali 2014): the funds in place for it, granted and given, not investment attracted.
 */
const REBUILT = /重建|救灾|灾后/;

/**
 * Whether a figure with `label`, in `sentence`, counts funds won or lent rather than investment attracted; `before` is
 * the sentence's text before the figure, whose last clause (after `；`) may grant the financing the funds are drawn on.
 * `heading` is the title of the section the figure stands in: a section on the aid of paired provinces (`（七）全面深化对口
 * 援疆。…福建、山西两省全年投入援疆资金5.65亿元，…实施产业项目28个，到位资金20.7亿元。`, Changji 2020) counts the funds that
 * aid put in place, whatever sentence of it names them.
 */
export function fundsWon(sentence: string, label: string, before = "", heading = ""): boolean {
  if (/到位资金/.test(label) && (LENT.test(label) || BONDS.test(label))) return true;
  // Funds whose label names their winning itself (`招商引资到位资金预计达到300亿元、增长86%，立项争资到位资金增长10%`, Tongliao
  // 2023: the funds won by projects approved): won, whatever investment attracted the sentence names beside them.
  if (/到位资金/.test(label) && LABEL_WON.test(label) && !/招商|引资/.test(label)) return true;
  const clause = before.slice(before.search(/[^；;]*$/));
  if (/到位资金/.test(label) && !/招商/.test(label) && FINANCED.test(clause) && !/招商/.test(clause)) return true;
  return /到位资金/.test(label) && !/招商/.test(label) && (WON.test(sentence) || PAIRED.test(sentence) || REBUILT.test(sentence) || (PAIRED.test(heading) && !/招商|引资/.test(heading))) && !/招商/.test(sentence);
}
