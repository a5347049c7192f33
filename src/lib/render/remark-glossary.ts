import type { Data, List, Nodes, Parent, PhrasingContent, Root } from "mdast";
import type { GlossaryEntry } from "../schema/glossary.ts";
import { replacePhrases } from "../glossary/replace.ts";
import { phraseFinder, type PhrasePattern, type PhraseMatch } from "../glossary/match.ts";
import { termPatterns } from "../glossary/terms.ts";
import { glossaryHrefs } from "../glossary/pages.ts";

/** A glossary term of an appendix's list (rendered as `<dt>`), opaque to phrase marking. */
export interface GlossaryTermNode extends Parent {
  type: "glossaryTerm";
  data?: Data;
  children: PhrasingContent[];
}

/** A linked term's tooltip, its definition (rendered as `<span class="term-tip">`), opaque to phrase marking. */
export interface GlossaryTipNode extends Parent {
  type: "glossaryTip";
  data?: Data;
  children: PhrasingContent[];
}

declare module "mdast" {
  interface PhrasingContentMap {
    glossaryTerm: GlossaryTermNode;
    glossaryTip: GlossaryTipNode;
  }
  interface RootContentMap {
    glossaryTerm: GlossaryTermNode;
    glossaryTip: GlossaryTipNode;
  }
}

/** Options of {@link remarkGlossary}. */
export interface RemarkGlossaryOptions {
  /** Glossary entries of every report. */
  entries: readonly GlossaryEntry[];
  /** The report being rendered: its own entry wins when two appendices define the same term. */
  report?: string;
  /** The report's family ({@link familyOf}): the appendices of its region it reads first; without it, every appendix. */
  family?: string;
  /** Prefix of the tooltip ids, so that several rendered fragments can share a page. */
  idPrefix?: string;
  /** Link target of an entry; by default its place in the glossary of `entries` (`/glossary/#<id>`, src/lib/glossary/pages.ts). */
  hrefOf?: (entry: GlossaryEntry) => string;
  /** Subtrees to leave alone; by default ordered lists (the appendix, whose entries are the definitions). */
  skip?: (node: Nodes) => boolean;
  /** Ids of entries to mark as used by every report (class `shared`). */
  shared?: ReadonlySet<string>;
}

const isAppendix = (node: Nodes) => node.type === "list" && (node as List).ordered === true;

type Prepared = { patterns: PhrasePattern<GlossaryEntry>[]; find: (text: string) => PhraseMatch<GlossaryEntry>[] };

/** The patterns of a list of entries for one report, with their finder: made once per list, report and family. */
const prepared = new WeakMap<readonly GlossaryEntry[], Map<string, Prepared>>();

const samePattern = (a: PhrasePattern<GlossaryEntry>, b: PhrasePattern<GlossaryEntry>) =>
  a.variants.length === b.variants.length && a.variants.every((v, i) => v === b.variants[i]) && a.suffix === b.suffix;

/** The key of the patterns of a report without entries of its own: every term is another appendix's. */
const NO_OWN = "";

function preparedTerms(entries: readonly GlossaryEntry[], report: string | undefined, family: string | undefined): Prepared {
  let byReport = prepared.get(entries);
  if (!byReport) prepared.set(entries, (byReport = new Map()));
  const key = `${report ?? "\0"}\0${family ?? "\0"}`;
  let terms = byReport.get(key);
  if (!terms) {
    const patterns = termPatterns(entries, report, family);
    // The finder of the list as a report of the family without entries of its own reads it serves every report
    // whose own definitions are spelt and found as the ones they replace, its matches handed this report's entries:
    // one trie per list and family for most reports, not one per report.
    const base = report === undefined || report === NO_OWN ? undefined : preparedTerms(entries, NO_OWN, family);
    if (base && patterns.length === base.patterns.length && patterns.every((p, i) => samePattern(p, base.patterns[i]!))) {
      const own = new Map(base.patterns.map((b, i) => [b.key, patterns[i]!.key]));
      terms = { patterns, find: (text) => base.find(text).map((m) => ({ ...m, key: own.get(m.key)! })) };
    } else {
      terms = { patterns, find: phraseFinder(patterns) };
    }
    byReport.set(key, terms);
  }
  return terms;
}

/**
 * Remark plugin: link every occurrence of a glossary term in the text to its entry on the glossary page,
 * as `<a class="term" href aria-describedby>…</a><span class="term-tip" role="tooltip" id>definition</span>`:
 * two elements, no wrapper (a long report links a term a hundred times, and its reader keeps within the element
 * budget). The definition shows on hover and keyboard focus through CSS alone (src/components/glossary/terms.css)
 * and is the link's accessible description. Text inside existing links (figure marks) and headings is left alone.
 */
export default function remarkGlossary(options: RemarkGlossaryOptions) {
  const { entries, report, family, idPrefix = "", hrefOf = glossaryHrefs(entries), skip = isAppendix, shared } = options;
  const { patterns, find } = preparedTerms(entries, report, family);
  return (tree: Root) => {
    let n = 0;
    replacePhrases(tree, {
      patterns,
      find,
      skip,
      build: ({ key: entry }, text): PhrasingContent[] => {
        const tip = `${idPrefix}term-${++n}`;
        const className = shared?.has(entry.id) ? ["term", "shared"] : ["term"];
        return [
          {
            type: "link",
            url: hrefOf(entry),
            data: { hProperties: { className, ariaDescribedBy: [tip], dataTerm: entry.id } },
            children: [{ type: "text", value: text }],
          },
          {
            type: "glossaryTip",
            data: { hName: "span", hProperties: { className: ["term-tip"], id: tip, role: "tooltip" } },
            children: [{ type: "text", value: `${entry.term_display}：${entry.definition}` }],
          },
        ];
      },
    });
  };
}
