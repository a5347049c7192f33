import { splitSentences, type Stretch } from "./clauses.ts";
import type { Exclusion } from "./exclusions.ts";
import { cleanSubject, completeSubject, dropEnumeration, enumerates, nounAfter, sliceClean } from "./label.ts";
import { listItems } from "./lists.ts";
import { bound, type Quantity } from "./quantity.ts";
import { scanNumbers } from "./scan.ts";
import { readPredicate, type Predicate } from "./verb.ts";

/** A figure of one paragraph before it knows its report: everything the text itself says. */
export interface Draft {
  quantity: Quantity;
  label: string;
  direction: "up" | "down" | null;
  /** The figure is a rate of change (增长 6%, 持平), not a level. */
  change: boolean;
  estimate: boolean;
  /** [start, end) of the quoted clause(s). */
  quote: [number, number];
  /** [start, end) of the sentence, for the kind cues (预计, 力争 …). */
  sentence: [number, number];
}

interface Prior {
  subject: string;
  quoteStart: number;
}

interface Clause {
  text: string;
  exclusions: readonly Exclusion[];
  stretch: Stretch;
  prior: Prior[];
  out: Draft[];
}

/** Record one figure: its label is subject + basis + change verb; a subject-less clause borrows the last one. */
function emit(c: Clause, q: Quantity, subject: string, p: Predicate, quoteStart: number) {
  let from = quoteStart;
  const last = c.prior.at(-1);
  const completed = last ? completeSubject(subject, last.subject) : subject;
  if (completed !== subject) {
    subject = completed;
    from = Math.min(from, last!.quoteStart);
  }
  const quantity = bound(q, q.qualifier ?? p.qualifier);
  const flat = q.value === 0 && c.text.slice(q.start, q.end) === "持平";
  c.out.push({
    quantity,
    label: subject + p.basis + p.verb,
    direction: p.direction,
    change: p.change || flat,
    estimate: false,
    quote: [from, c.stretch.end],
    sentence: [0, 0],
  });
  c.prior.push({ subject, quoteStart: from });
}

/** Figures read one by one (`建成美丽小城镇6个、美丽村庄18个`); adjacent ones (`1765户5557人脱贫`) share a label. */
function plain(c: Clause, qs: Quantity[], from: number) {
  for (let k = 0; k < qs.length; ) {
    let end = k + 1;
    while (end < qs.length && qs[end]!.start === qs[end - 1]!.tail) end++;
    const group = qs.slice(k, end);
    const before = sliceClean(c.text, from, group[0]!.start, c.exclusions);
    const post = nounAfter(c.text, group.at(-1)!, c.stretch.end, c.exclusions);
    let p = readPredicate(before);
    let subject = dropEnumeration(cleanSubject(p.subject));
    if (post) {
      // The number counts the noun after it (`提升30个创业基地孵化能力`): the verb before acts on the noun.
      const ofPercent = c.text[group.at(-1)!.tail] === "的";
      const verb = before.replace(/(?:约|近|超过|突破|达到|达|共|累计)$/, "");
      subject = enumerates(verb) || ofPercent ? post : cleanSubject(verb) + post;
      p = { ...p, verb: "", basis: "", direction: null, change: false };
    }
    for (const q of group) emit(c, q, subject, p, c.stretch.start);
    from = group.at(-1)!.tail;
    k = end;
  }
}

/** `A、B、C分别增长7%、20%、9%`: one figure per item; a subject-less `分别` takes the figures before it. */
function respectively(c: Clause, qs: Quantity[], from: number, marker: number) {
  const p = readPredicate(sliceClean(c.text, from, marker, c.exclusions) + sliceClean(c.text, marker + 2, qs[0]!.start, c.exclusions));
  let items: string[];
  let quoteStart = c.stretch.start;
  if (cleanSubject(p.subject) === "" && c.prior.length >= qs.length) {
    const before = c.prior.slice(-qs.length);
    items = before.map((b) => b.subject);
    quoteStart = before[0]!.quoteStart;
  } else items = listItems(p.subject, qs.length);
  const last = qs.at(-1)!;
  qs.forEach((q, i) => {
    const unit = q.unit !== last.unit && last.unit.startsWith(q.unit) ? last.unit : q.unit;
    const qualifier = q.qualifier ?? last.qualifier ?? p.qualifier;
    emit(c, { ...q, unit, qualifier }, items[i]!, p, quoteStart);
  });
}

/** `城乡居民人均可支配收入均增长8%`: the one figure applies to each named item. */
function each(c: Clause, q: Quantity, from: number, marker: number) {
  const p = readPredicate(sliceClean(c.text, from, marker, c.exclusions) + sliceClean(c.text, marker + 1, q.start, c.exclusions));
  for (const item of listItems(p.subject, null)) emit(c, q, item, p, c.stretch.start);
}

const EACH = /(?<![亩人年平])均(?=(?:同比)?(?:增长|下降|减少|增加|提高|降低|达到|达|为|控制在|超过|突破)?\d)/;

function clauseDrafts(c: Clause, qs: Quantity[]) {
  const s = c.text.slice(c.stretch.start, c.stretch.end);
  const fen = s.indexOf("分别");
  const listFrom = fen >= 0 ? qs.findIndex((q) => q.start > c.stretch.start + fen) : -1;
  if (listFrom >= 0) {
    const marker = c.stretch.start + fen;
    plain(c, qs.slice(0, listFrom), c.stretch.start);
    respectively(c, qs.slice(listFrom), qs[listFrom - 1]?.tail ?? c.stretch.start, marker);
    return;
  }
  const jun = EACH.exec(s);
  const target = jun ? qs.findIndex((q) => q.start > c.stretch.start + jun.index) : -1;
  if (jun && target >= 0) {
    plain(c, qs.slice(0, target), c.stretch.start);
    each(c, qs[target]!, qs[target - 1]?.tail ?? c.stretch.start, c.stretch.start + jun.index);
    plain(c, qs.slice(target + 1), qs[target]!.tail);
    return;
  }
  plain(c, qs, c.stretch.start);
}

/** Read every figure of a paragraph's text, with the numbers it excludes and those it could not read. */
export function paragraphDrafts(paragraph: string) {
  const scan = scanNumbers(paragraph);
  const drafts: Draft[] = [];
  for (const sentence of splitSentences(paragraph)) {
    const at = paragraph.slice(sentence.start, sentence.end).indexOf("预计");
    const estimateFrom = at < 0 ? Infinity : sentence.start + at;
    const prior: Prior[] = [];
    for (const stretch of sentence.clauses) {
      const qs = scan.quantities.filter((q) => q.start >= stretch.start && q.end <= stretch.end);
      if (qs.length === 0) continue;
      const c: Clause = { text: paragraph, exclusions: scan.exclusions, stretch, prior, out: [] };
      clauseDrafts(c, qs);
      for (const d of c.out) drafts.push({ ...d, estimate: d.quantity.start > estimateFrom, sentence: [sentence.start, sentence.end] });
    }
  }
  return { drafts, exclusions: scan.exclusions, unparsed: scan.unparsed };
}
