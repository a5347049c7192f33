import type { ParagraphInfo } from "../report/document.ts";
import { AUTHORITY } from "./authority.ts";
import type { Draft } from "./draft.ts";
import type { TimeContext } from "./timespan.ts";
import { familiesOf } from "./units.ts";

/** Level verbs: the figure is the state reached (`达到63家`, `提高到2%`), not an amount over the span. */
const LEVEL_VERBS = "(?:达到|达|提高到|提高至|提升到|提升至|增至|增加到|增长到|上升到|上升至|降至|降为|降到|下降到|下降至|减少到|减至|为|突破|超过|稳定在|保持在|调整为)约?";
/** The verb stands right before the figure, or before the first figure of its list (`增加到30780元、12200元`). */
const REACHED = new RegExp(`${LEVEL_VERBS}$|${LEVEL_VERBS}\\d[^，；：,;:]*、$`);

/** Words of an amount added over the span (`城镇新增就业超过6000万人`), never a level reached. */
const FLOW = /新增|新建|新开|建成|完成|累计|引进|培育|实施|办理|发放|投入|减少|压减|改造/;

/** Words of a stock or a rate (`总数152.9万家`, `拥有量`): a level at the end of the span. */
const STOCK = /总数|总量|余额|保有量|拥有量|存栏/;

/** The first clause of each sentence of `text` (`五年来`, `特别是刚刚过去的2016年`), joined: the paragraph's time words. */
function leadClauses(text: string): string {
  return text
    .split(/[。！？]/)
    .map((sentence) => sentence.split(/[，；：,;:]/)[0] ?? "")
    .join("。");
}

/** What a figure's paragraph says about its time (GUIDE §2: kind, year, base year, period). */
export function timeContext(p: ParagraphInfo, d: Draft, year: number): TimeContext {
  const before = p.text.slice(d.sentence[0], d.quantity.start);
  const clause = before.split(/[，；：,;:]/).at(-1) ?? "";
  const families = familiesOf(d.quantity.unit);
  const flow = FLOW.test(d.label);
  const stock = STOCK.test(d.label) || families.includes("percent") || families.includes("ratio");
  const level = !d.change && !flow && (REACHED.test(clause) || stock);
  return { year, part: p.period, context: leadClauses(p.text.slice(0, d.sentence[0])), before, label: d.label, level, authority: AUTHORITY.test(before) };
}
