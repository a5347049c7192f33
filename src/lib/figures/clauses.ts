import { thousandsComma } from "./quantity.ts";

/** A stretch of a paragraph: [start, end) offsets into its text, delimiter excluded. */
export interface Stretch {
  start: number;
  end: number;
}

/** A sentence and its clauses. */
export interface Sentence extends Stretch {
  clauses: Stretch[];
}

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[，；：,;]/;
/**
 * An ASCII colon ends a clause unless it joins the parts of a ratio (`14:43:43`, or with a word joiner beside it where
 * a PDF copy set a space: see asciiDigits; or after a point whose decimals a copy lost: `27.:28.:44.`).
 */
const asciiColon = (text: string, i: number) => text[i] === ":" && !(/\d[\u2060.]?$/.test(text.slice(Math.max(0, i - 2), i)) && /^\u2060?\d/.test(text.slice(i + 1, i + 3)));

/**
 * A short note in brackets that closes within the sentence and states no figure (`地区生产总值（预计，下同）7100亿元`,
 * `（按可比价格计算，下同）`): its commas end no clause. An aside with figures of its own (`（扣除减税因素，增长5.6%）`) is
 * clauses like the rest. An editor's note (`广义货币M2（注：M2为M右下角加2）预期增长12%左右`, State Council 2015: how a web
 * copy writes the subscript) is an aside whatever it holds: its colon ends no clause. So is a short quoted name that
 * states no figure (Huizhou 2022: `新增国家级“一村一品，一镇一业”示范镇（村）5个`): its comma is the name's, not the clause's.
 */
const ASIDE = /（[^（）。！？\d０-９]{1,16}）|\([^()。！？\d０-９]{1,16}\)|（注[：:][^（）。！？]{1,30}）|“[^“”。！？；\d０-９]{1,16}”/g;

/** The offsets of [start, end) that lie inside a closed bracketed aside. */
function insideAsides(text: string, start: number, end: number): Set<number> {
  const inside = new Set<number>();
  for (const m of text.slice(start, end).matchAll(ASIDE)) for (let i = 1; i < m[0].length - 1; i++) inside.add(start + m.index + i);
  return inside;
}

/**
 * An opening bracket after words that state no figure, whose note holds the clause's figures and closes with its clause
 * (`没有达到预定目标（社会消费品零售总额和居民消费价格总水平年初预定分别增长为11％和3％）`): the note is a clause of its
 * own, its subjects its own. Not a note inside a subject that a figure follows (`完成投资（含2019年结转）50亿元`), nor a
 * list item's number (`（1）`).
 */
function opensNote(text: string, i: number, from: number, end: number): boolean {
  if (text[i] !== "（" && text[i] !== "(") return false;
  if (i === from || /[\d０-９]/.test(text.slice(from, i)) || !/^\p{Script=Han}/u.test(text.slice(i + 1, i + 2))) return false;
  const close = text.slice(i + 1, end).search(/[）)]/);
  if (close < 0) return false;
  const note = text.slice(i + 1, i + 1 + close);
  const after = text.slice(i + 2 + close, end).split(CLAUSE_END)[0]!;
  if (!/[\d０-９]/.test(note) || /[\d０-９]/.test(after)) return false;
  // The note names subjects of its own before its figures; not one that gives the level of the subject before it, with a
  // time and a verb alone (`森林覆盖率（目前为45%）进一步提高`, `…收入（上年为3.5万元）稳步增长`): that is the subject's.
  const lead = note.slice(0, note.search(/[\d０-９]/)).replace(NOTE_TIME, "").replace(NOTE_VERB, "");
  return /\p{Script=Han}{2}/u.test(lead);
}

/** A time opening a note (`目前`, `上年`, `2019年底`). */
const NOTE_TIME = /^(?:目前|现在|当前|上年|去年|今年|当年|同期|年初|年末|年底|(?:19|20)\d{2}年(?:底|末)?)/;
/** A verb of a level closing the words before a note's figure (`为`, `已达`, `约`). */
const NOTE_VERB = /(?:已经|已)?(?:为|是|达到|达|约|有)?$/;

/**
 * An exclamation or question mark that closes a quoted name inside a sentence, the sentence going on after the quote
 * (`“聊·胜一筹！”产品销售额突破100亿元`, Liaocheng 2023: a brand's name): it ends no sentence. A full stop before a closing
 * quote does end one (`…的老路。”当前经济增长…`: a quoted speech, and the next sentence, which the quote does not open).
 */
const quotedMark = (text: string, i: number) => (text[i] === "！" || text[i] === "？") && /^[”」][\p{Script=Han}\p{L}\d０-９，、]/u.test(text.slice(i + 1, i + 3));

function split(text: string, start: number, end: number, delimiter: RegExp): Stretch[] {
  const out: Stretch[] = [];
  let from = start;
  const colon = delimiter === CLAUSE_END;
  const aside = colon ? insideAsides(text, start, end) : null;
  for (let i = start; i <= end; i++) {
    if (aside?.has(i)) continue;
    // A comma that sets apart a number's thousands (`26，530元`, Haikou 2015) ends no clause.
    if (colon && (text[i] === "，" || text[i] === ",") && thousandsComma(text, i)) continue;
    if (!colon && i < end && quotedMark(text, i)) continue;
    if (i === end || delimiter.test(text[i]!) || (colon && (asciiColon(text, i) || opensNote(text, i, from, end)))) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
      // A closing quote right after a sentence's end closes the quoted speech that sentence ended (`“小康不小康，关键看老乡。”
      // 我市现有贫困人口151.7万人`, Bijie 2014): it belongs to the sentence before, and opens no quote or label of the next.
      if (!colon) while (from < end && /[”’」』]/.test(text[from]!)) from++;
      // Spaces after a delimiter (`增长12%; 外贸进出口总额…`, a copy's ASCII semicolon and a space) open no stretch.
      while (from < end && /[ \t\u3000]/.test(text[from]!)) from++;
    }
  }
  return out;
}

/**
 * Split a paragraph into sentences (。！？) and each sentence into clauses (，；： and an ASCII `:` or `;`). A ratio's
 * ASCII colon (`14:43:43`) does not split, nor a comma inside a bracketed note (`（预计，下同）`); clauses are the
 * `quote` unit of a figure.
 */
export function splitSentences(text: string): Sentence[] {
  return split(text, 0, text.length, SENTENCE_END).map((s) => ({ ...s, clauses: split(text, s.start, s.end, CLAUSE_END) }));
}
