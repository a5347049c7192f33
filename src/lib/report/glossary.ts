import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { termCore, withoutPageReference } from "../parse/glossary-line.ts";
import { familyOf, type GlossaryEntry } from "../schema/glossary.ts";
import type { ReportDocument } from "./document.ts";

/** Term and definition of an entry's paragraph: the term is its bold opening, the separator (`：`, `:`, a space) follows. */
function splitEntry(node: Paragraph | undefined, text: string): { display: string; definition: string } {
  const first = node?.children[0];
  if (first?.type === "strong") {
    const display = toString(first);
    // The closing bracket a copy left after a term whose opening one it lost (`六大六小】“六大”即…`) separates it too.
    // A space a copy left after the separator (`“劳动力地图”： 全省劳动力资源…`, Jiangxi 2021) opens no definition.
    return { display, definition: text.slice(display.length).replace(/^[：:。】\s]\s*/, "") };
  }
  const m = /^(.+?)([：:])\s*(.*)$/s.exec(text);
  return { display: m?.[1] ?? text, definition: m?.[3] ?? "" };
}

/** A definition cut off in mid-word (`2017年6月16`, `在丝绸之路沿线国`): it ends in a character of a word, not a mark. */
const CUT_OFF = /[\p{Script=Han}\d]$/u;
/** A paragraph that continues such a word (`日，石泰峰书记…`, `家布局…`): it opens with one, not a number or a mark. */
const RUNS_ON = /^\p{Script=Han}/u;

/**
 * The glossary entries of a report's appendix, in order. A definition cut off in mid-word by a page break of the
 * source, its rest a paragraph of its own right after it, is read whole (`2017年6月16` + `日，石泰峰书记…`).
 */
export function glossaryOf(doc: ReportDocument): GlossaryEntry[] {
  const nodes = new Map([...doc.paragraphIds].map(([node, id]) => [id, node]));
  const entries: GlossaryEntry[] = [];
  let open: GlossaryEntry | null = null;
  for (const [k, p] of doc.paragraphs.entries()) {
    if (p.kind !== "glossary") {
      // Only a paragraph between two entries (or the last) continues one: a paragraph the report's text runs on
      // into (a page of the body the source set among the entries) does not.
      const next = doc.paragraphs[k + 1];
      const between = !next || next.kind === "glossary";
      if (open && between && p.kind === "paragraph" && CUT_OFF.test(open.definition) && RUNS_ON.test(p.text)) {
        open.definition += p.text;
        continue;
      }
      open = null;
      continue;
    }
    const { display: written, definition } = splitEntry(nodes.get(p.id), p.text);
    // The page of the print the term is first used on (`四个作用（P1）`, Zhuzhou 2020) is no part of the term.
    const display = withoutPageReference(written);
    // The id counts the entries; the number is the appendix's own (`1. … 2. … 5. …` keeps 5), else the count.
    const n = entries.length + 1;
    open = {
      id: `${doc.meta.id}-g${n}`,
      term: termCore(display),
      term_display: display,
      definition,
      report: doc.meta.id,
      family: familyOf(doc.meta),
      number: p.item ?? n,
      paragraph: p.id,
    };
    entries.push(open);
  }
  return entries;
}
