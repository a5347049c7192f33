import type { ReportDocument } from "../report/document.ts";
import { isBodyParagraph } from "../topics/body.ts";
import { plainPhraseFinder } from "./match.ts";
import { unquote } from "./variants.ts";

/** A phrase that several reports use, with its number of uses in each. */
export interface SharedPhrase {
  /** The phrase without quotation marks, e.g. 放管服. */
  phrase: string;
  /** Uses per report id. */
  counts: Record<string, number>;
}

/** Bounds on the length of a quoted phrase taken as a slogan (longer quotations are titles or sentences). */
export const SLOGAN_LENGTH = { min: 2, max: 16 } as const;

/** The quoted phrases of a text: `深化“放管服”改革` → 放管服. Digits-only quotes are left out. */
export function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[“「『]([^“”「」『』]+)[”」』]/g)) {
    const phrase = unquote(m[1]!.trim());
    if (phrase.length >= SLOGAN_LENGTH.min && phrase.length <= SLOGAN_LENGTH.max && !/^[\d.%]+$/.test(phrase))
      out.push(phrase);
  }
  return out;
}

/** The body paragraphs' texts of each report. */
const bodiesOf = (docs: readonly ReportDocument[]) =>
  docs.map((d) => ({ id: d.meta.id, texts: d.paragraphs.filter(isBodyParagraph).map((p) => p.text) }));

/**
 * The uses of each candidate in the reports' body texts, with or without quotation marks, the longest candidate
 * at each place: those used by at least `minReports` reports, most used first, then by phrase.
 */
function countPhrases(
  bodies: readonly { id: string; texts: readonly string[] }[],
  candidates: ReadonlySet<string>,
  minReports: number,
): SharedPhrase[] {
  const find = plainPhraseFinder(candidates);
  const counts = new Map<string, Record<string, number>>([...candidates].map((c) => [c, {}]));
  for (const b of bodies) {
    for (const text of b.texts) {
      for (const m of find(text)) {
        const c = counts.get(m.key)!;
        c[b.id] = (c[b.id] ?? 0) + 1;
      }
    }
  }
  return [...counts]
    .filter(([, c]) => Object.keys(c).length >= minReports)
    .map(([phrase, c]) => ({ phrase, counts: Object.fromEntries(bodies.map((b) => [b.id, c[b.id] ?? 0])) }))
    .sort((a, b) => total(b) - total(a) || a.phrase.localeCompare(b.phrase, "zh"));
}

/**
 * The slogans used by at least `minReports` of the reports (by default all of them, at least two): every
 * phrase one report puts in quotation marks, plus the `extra` candidates (e.g. glossary terms), counted in
 * the body text of each report with or without quotation marks. Most used first, then by phrase.
 */
export function sharedPhrases(
  docs: readonly ReportDocument[],
  extra: readonly string[] = [],
  minReports = Math.max(2, docs.length),
): SharedPhrase[] {
  const bodies = bodiesOf(docs);
  return countPhrases(bodies, new Set([...extra, ...bodies.flatMap((b) => b.texts.flatMap(quotedPhrases))]), minReports);
}

/** A five-year plan's name (十四五): every report of a period names it, so it tells no two reports apart. */
const FIVE_YEAR_PLAN = /^十[一二三四五六七八九]五$/;

/**
 * The slogans that every report puts in quotation marks in its body text (深化“放管服”改革), the five-year plans'
 * names left out; most used first (with or without quotation marks, among these slogans alone), then by phrase.
 */
export function slogansQuotedByAll(docs: readonly ReportDocument[]): string[] {
  return slogansQuotedInAll(bodiesOf(docs).map((b) => b.texts));
}

/** {@link slogansQuotedByAll} of reports given as the texts of their body paragraphs (in the browser, from topic data). */
export function slogansQuotedInAll(reports: readonly (readonly string[])[]): string[] {
  if (reports.length < 2) return [];
  const bodies = reports.map((texts, i) => ({ id: String(i), texts }));
  const [first, ...rest] = reports.map((texts) => new Set(texts.flatMap(quotedPhrases)));
  const quotedByAll = new Set([...first!].filter((p) => !FIVE_YEAR_PLAN.test(p) && rest.every((q) => q.has(p))));
  return countPhrases(bodies, quotedByAll, 0).map((s) => s.phrase);
}

const total = (s: SharedPhrase) => Object.values(s.counts).reduce((a, b) => a + b, 0);
