import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Yaml } from "mdast";
import { stringify as toYaml } from "yaml";
import type { ReportMeta } from "../schema/report.ts";
import type { Block } from "../parse/structure.ts";

/**
 * Phrasing of a paragraph: its lead sentence (if any) in `strong`, then the rest. The sentence's final
 * punctuation stays outside the `strong`, so the Markdown reads `**推动工业提质增效**。启动…` without escapes.
 */
function phrasing(text: string, lead: string | null): PhrasingContent[] {
  if (!lead) return [{ type: "text", value: text }];
  // A space a copy set before the lead's full stop (`国民经济保持较快增长 。`, Anhui 2004) stays outside the bold, as the
  // stop does: no space closes a strong span, which Markdown would write as a character reference.
  const head = lead.replace(/[。！？]$/, "").replace(/[ \u3000\u00a0]+$/, "");
  const rest = text.slice(head.length);
  lead = head;
  return [{ type: "strong", children: [{ type: "text", value: lead }] }, ...(rest ? [{ type: "text" as const, value: rest }] : [])];
}

/** Strings double-quoted so that no YAML reader turns a date or a hex digest into another type. */
const YAML_OPTIONS = { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" } as const;

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: "paragraph", children });
const item = (p: Paragraph): ListItem => ({ type: "listItem", spread: false, children: [p] });

/**
 * Build the mdast tree of a report: YAML front matter, the title as `#`, then the body blocks.
 * Consecutive enumerations (`一是…`) become a bullet list; glossary entries an ordered list whose items
 * start with the term in `strong`.
 */
export function reportToMdast(meta: ReportMeta, blocks: Block[]): Root {
  const yaml: Yaml = { type: "yaml", value: toYaml(meta, YAML_OPTIONS).trimEnd() };
  const children: RootContent[] = [yaml, { type: "heading", depth: 1, children: [{ type: "text", value: meta.title }] }];
  let list: List | null = null;
  /** The number of the last glossary entry of the open list: an entry that does not follow it starts a list of its own. */
  let last = 0;

  for (const b of blocks) {
    const wantList = b.type === "enumeration" ? "enum" : b.type === "glossary" ? "glossary" : null;
    const current: string | null = list ? (list.ordered ? "glossary" : "enum") : null;
    // An appendix that skips numbers (`1. … 2. … 5. …`) keeps them: a Markdown list numbers its items from its start.
    const skips = b.type === "glossary" && current === "glossary" && b.n !== last + 1;
    if (b.type === "glossary") last = b.n;
    if (wantList !== current || skips) {
      list = null;
      if (wantList) {
        list = { type: "list", ordered: wantList === "glossary", spread: true, children: [] };
        if (b.type === "glossary") list.start = b.n;
        children.push(list);
      }
    }
    switch (b.type) {
      case "heading": {
        const h: Heading = { type: "heading", depth: b.depth as Heading["depth"], children: [{ type: "text", value: b.text }] };
        children.push(h);
        break;
      }
      case "paragraph":
        children.push(paragraph(phrasing(b.text, b.lead)));
        break;
      case "enumeration":
        list!.children.push({ ...item(paragraph(phrasing(b.text, b.lead))), spread: true });
        break;
      case "glossary":
        list!.children.push({
          ...item(paragraph([{ type: "strong", children: [{ type: "text", value: b.term }] }, { type: "text", value: b.sep + b.definition }])),
          spread: true,
        });
        break;
    }
  }
  return { type: "root", children };
}
