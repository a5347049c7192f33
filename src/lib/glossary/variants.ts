import type { GlossaryEntry } from "../schema/glossary.ts";

/** Quotation marks that the reports put around slogans, in pairs. */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ["“", "”"],
  ["「", "」"],
  ["『", "』"],
  ["‘", "’"],
];

const QUOTES = /[“”「」『』‘’"]/g;
const CN_DIGITS = "零一二三四五六七八九";

/** Text without quotation marks: `守好“三条生命线”` → 守好三条生命线. */
export function unquote(text: string): string {
  return text.replace(QUOTES, "");
}

/**
 * A run of at least two quoted names that ends a term's display (`“六稳”“六保”`, `江苏“时代楷模”“最美人物”`), the last
 * one maybe joined by 和, 及 or 与 (`“两个屏障”“两个基地”和“一个桥头堡”`) and the run maybe followed by a short noun
 * the names share (`“黑天鹅”“灰犀牛”事件`, `“联包助帮”和“三办”活动`).
 */
const NAME_RUN = /(?:[“「『][^“”「」『』]+[”」』][、和及与]?){2,}(?<![、和及与])\p{Script=Han}{0,3}$/u;

/**
 * The names a glossary term gathers: each quoted name of a display that ends in a run of them (`“六稳”“六保”` → 六稳,
 * 六保; `“八个明确”“十四个坚持”`; `“黑天鹅”“灰犀牛”事件` → 黑天鹅, 灰犀牛), else the term alone. Each name is a term the
 * text uses on its own.
 */
export function termNames(entry: Pick<GlossaryEntry, "term" | "term_display">): string[] {
  const run = NAME_RUN.exec(entry.term_display)?.[0];
  const names = run ? [...run.matchAll(/[“「『]([^“”「」『』]+)[”」』]/g)].map((m) => m[1]!) : [];
  return names.length >= 2 && names[0] === entry.term ? names : [entry.term];
}

/**
 * The spellings under which a glossary term occurs in running text, longest first: the display form
 * without quotes (工业对标十大行动, 六稳工作), the core (十大行动, 六稳), the numbered slogan inside a
 * verb phrase (守好三条生命线 → 三条生命线) and a single digit written as a Chinese numeral (9个方面 → 九个方面).
 * A display of several quoted names (`“六稳”“六保”`) is spelt under each of them, or under those of `names` only.
 */
export function termVariants(entry: Pick<GlossaryEntry, "term" | "term_display">, names: readonly string[] = termNames(entry)): string[] {
  const variants = new Set<string>();
  for (const name of names) {
    const core = unquote(name);
    if (name === entry.term) variants.add(unquote(entry.term_display));
    variants.add(core);
    // A verb of at most two characters before a numbered slogan (守好三条生命线 → 三条生命线); a longer prefix is
    // part of the slogan itself (双随机一公开 is not 一公开).
    const numbered = /^[^一二两三四五六七八九十\d]{1,2}([一二两三四五六七八九十\d].{3,})$/.exec(core)?.[1];
    if (numbered && numbered !== core) variants.add(numbered);
  }
  for (const v of [...variants]) {
    const m = /^(\d)([个大项条].+)$/.exec(v);
    if (m) variants.add(CN_DIGITS[Number(m[1])] + m[2]!);
  }
  return [...variants].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length);
}
