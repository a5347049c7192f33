/**
 * A sector of the economy as a report names it before its output (`建筑业`, `第三产业`, `工业经济`), or the part of it
 * its owners make (`民营经济发展加快，实现增加值5273.1亿元`, Sichuan 2008).
 */
export const SECTOR = /^(第[一二三]产业|农林牧渔业|农业|林业|畜牧业|渔业|工业|建筑业|制造业|服务业|现代服务业|批发零售业|住宿餐饮业|交通运输业|金融业|房地产业|旅游业|民营经济|非公有制经济|非公经济)(?:经济)?/;

/** A measure of a sector's output with no sector named (`增加值`, `实现增加值`, `完成增加值`, `增加值仍`, `总产值`). */
const BARE_OUTPUT = /^(?:实现|完成)?(?:增加值|总产值|产值)/;

/**
 * The label of a sector's output that names no sector (`增加值达到48.4亿元`), given the words that open its sentence
 * (or the statement of it after a semicolon) before it (`建筑业持续高速增长，`, `第三产业虽然受到非典疫情的严重影响，`) or, in a paragraph's first sentence, the
 * title of its section (`（一）第一产业稳定增长。` above `实现增加值148.1亿元`): the sector's output (`建筑业增加值`).
 * Any other label is returned as it is.
 */
export function withSector(label: string, opening: string, section: string | undefined, before = ""): string {
  if (!BARE_OUTPUT.test(label)) return label;
  // The statement of the sentence that holds the figure names its sector before the sentence's opening does
  // (`工业在调整中快速增长，预计工业增加值485亿元，增长13.2％；第三产业持续发展，预计增加值668亿元`, Wuhan 2002: the tertiary
  // sector's, not industry's).
  const statement = opening.slice(Math.max(opening.lastIndexOf("；"), opening.lastIndexOf(";")) + 1).trimStart();
  // A statement after a semicolon that opens on a subject of its own, a clause stating no figure (`第二产业增加值783.46亿元，
  // …；鞋服等十大产业集群发展水平提升，产值1870.52亿元`, Putian 2014): the output is that subject's, not the sector's the
  // sentence opened on.
  const ownSubject = statement.length < opening.length && /^[^，,；;\d]{2,}[，,]/.test(statement);
  const sector = subjectSector(statement) ?? (ownSubject ? undefined : subjectSector(opening)) ?? adjacentSector(before) ?? (section === undefined ? undefined : titleSector(section));
  return sector ? sector + label.replace(/^(?:实现|完成)/, "") : label;
}

/**
 * The sector that opens a sentence or statement as its subject. Not one whose structure is the subject (`工业结构持续优化，
 * 非煤产业完成投资1535亿元，占工业总投资的82%；实现增加值993亿元`, Ordos 2016: the value added of the non-coal industries
 * the sentence goes on to, not all industry's).
 */
function subjectSector(text: string): string | undefined {
  const sector = SECTOR.exec(text);
  return sector && !text.startsWith("结构", sector[0].length) ? sector[1] : undefined;
}

/**
 * The sector a section's title names: at its start after its number (`（一）第一产业稳定增长。`, `3.第三产业持续发展。`), or opening its last clause, the work done
 * before it (`（三）坚持抓调整优结构，服务业实现增量提质。` above `完成投资930亿元、占比达到44%，增加值占比提高1个百分点`,
 * Jining 2014: the services' share).
 */
function titleSector(section: string): string | undefined {
  // A title numbered in figures (`3.第三产业持续发展。` above `完成增加值155.92亿元，增长10.8%`, Baiyin 2014) likewise.
  const title = section.replace(/^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、|^\d{1,2}[.．、]\s*/, "");
  return SECTOR.exec(title)?.[1] ?? SECTOR.exec(title.split(/[，,]/).at(-1)!.trimStart())?.[1];
}

/**
 * The sector named by the sentence or clause right before the one a bare output opens, given the paragraph's text up to
 * it: when that sentence or clause opens with the sector, or a verb pushing it on, and states no figure of its own (`工业继续对经济起重要支撑作用。
 * 完成增加值3500亿元`, Tianjin 2009; `…，第三产业显示出较强的发展后劲，增加值比上年增长10.3%`, Zhejiang 1999). Not a
 * thing of the sector's (`工业园区…`, `工业企业…`), nor a bare output inside its clause.
 */
function adjacentSector(before: string): string | undefined {
  if (!/[，。；！]$/.test(before)) return undefined;
  // The item's number before a lead sentence run on into its paragraph is no figure of it (`3.第三产业持续发展。完成增加值
  // 155.92亿元`, Baiyin 2014).
  const previous = before.slice(0, -1).split(/[，。；！？：]/).at(-1)!.replace(/^\d{1,2}[.．、]\s*/, "");
  if (/\d/.test(previous)) return undefined;
  // A clause that only pushes the sector on states it as the thing grown (`推进服务业发展上规模、上档次、上水平，增加值增长
  // 9.5%以上`, Sichuan 2009: the services' value added).
  return /^(?:推进|推动|促进|加快)?(?:全[省市区县]|我[省市区县])?(第[一二三]产业|工业|建筑业|服务业|农业|旅游业|金融业|民营经济|非公有制经济)(?:经济)?(?![园区企项集品化部门行产和及与、])/.exec(previous)?.[1];
}

/** A coverage the statistics keep for the countryside alone, named bare (`卫生厕所普及率`, `力争卫生厕所普及率达到85%`). */
const RURAL_COVERAGE = /^卫生厕所普及率/;

/**
 * The label of a coverage kept for the countryside, named bare, given the words that open its sentence before it: when
 * they speak of the countryside (`持续开展农村人居环境综合整治，扎实推进农村“厕所革命”…，力争卫生厕所普及率达到85%`,
 * Yinchuan 2020; `农村人居环境整治全域推进，卫生厕所普及率、污水治理率分别达92%和73.3%`, Yinchuan 2024), the
 * countryside's (`农村卫生厕所普及率`). Any other label is returned as it is.
 */
export function withCountryside(label: string, opening: string): string {
  return RURAL_COVERAGE.test(label) && /农村|乡村/.test(opening) ? "农村" + label : label;
}

/** A revenue named bare (`总收入`, `综合收入`, `实现总收入`). */
const BARE_REVENUE = /^(?:实现|完成)?(?:总|综合)收入/;
/** A statement that opens on the visitors received (`旅游接待3300万人次`, `接待游客…`, `全市游客人数…`). */
const TOURISM_OPENING = /^(?:全[省市区县州]|[我本][省市区县州])?(?:旅游接待|接待(?:国内外|境内外|中外|海内外|国内|入境)?(?:游客|旅游者)|游客|旅游人数|旅游人次)/;

/**
 * The label of a revenue named bare after the visitors received in its sentence (`旅游接待3300万人次，增长14%；总收入271亿元，
 * 增长34.6%`, Zhanjiang 2016): the tourism revenue (`旅游总收入`). Any other label is returned as it is.
 */
export function withTourism(label: string, opening: string): string {
  if (!BARE_REVENUE.test(label) || !TOURISM_OPENING.test(opening.trimStart())) return label;
  return "旅游" + label.replace(/^(?:实现|完成)/, "");
}

/** An investment named bare (`投资`, `完成投资`, `实现投资`). */
const BARE_INVESTMENT = /^(?:实现|完成)?投资(?![\u4e00-\u9fff])|^(?:实现|完成)?投资(?=增长|下降)/;
/** A sentence or clause that names the fixed assets invested in as its subject (`固定资产投资适度增长`). */
const INVESTMENT_OPENING = /^(?:全[省市区县州]|[我本][省市区县州])?((?:全社会|城镇)?固定资产投资)(?![\u4e00-\u9fff]*?(?:结构|项目|主体|领域|方向))/;

/**
 * The label of an investment named bare, given the paragraph's text up to it: when the sentence or clause right before
 * names the fixed assets invested in as its subject and states no figure of its own (`固定资产投资适度增长。完成投资435亿元，
 * 增长20.3%`, Kunming 2005), that investment (`固定资产投资`). Any other label is returned as it is.
 */
export function withInvestment(label: string, before: string): string {
  if (!BARE_INVESTMENT.test(label)) return label;
  const previous = before.slice(0, -1).split(/[，。；！？：]/).at(-1)!.replace(/^\d{1,2}[.．、]\s*/, "").trimStart();
  if (/\d/.test(previous)) return label;
  const named = INVESTMENT_OPENING.exec(previous)?.[1];
  return named ? named + label.replace(/^(?:实现|完成)?投资/, "") : label;
}

