import type { Nodes, PhrasingContent, Root, RootContent } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkCjkFriendly from "remark-cjk-friendly";
import { parse as parseYaml } from "yaml";
import type { IngestWarning } from "../errors.ts";
import { splitLines, trimLine } from "../text/hygiene.ts";
import type { MarkupNote, SourceLine, SourceMeta } from "./lines.ts";
import { lineOf, runsToLines, type Run } from "./runs.ts";
import { visit } from "unist-util-visit";
import { breakJoin, layoutOf, wrapWidth } from "./wrap.ts";

const COMMENT = /^<!--([\s\S]*?)-->$/;

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm, { singleTilde: false }).use(remarkCjkFriendly);

/** Parse a Markdown corpus file with remark (front matter and GFM: tables, footnotes). */
export function parseSourceMarkdown(text: string): Root {
  return parser.parse(text);
}

/**
 * Join the soft line breaks of a Markdown source wrapped at a fixed width (its paragraphs' lines cut at one column,
 * mid-sentence, as a copy of a printed page): a break after a line that reaches the margin runs on into the next
 * line (see `breakJoin`). A source whose lines share no width, or that puts one paragraph on each line, is left as
 * it is. Returns the width and how many breaks were joined, or null.
 */
function joinWrappedBreaks(tree: Root, source: string): { width: number; joined: number } | null {
  const raw = splitLines(source);
  const bodyFrom = tree.children[0]?.type === "yaml" ? (tree.children[0].position?.end.line ?? 0) : 0;
  const body = raw.slice(bodyFrom);
  const width = wrapWidth(body);
  if (width === null) return null;
  // A Markdown file's section titles are its own marks, not lines set alone by a typesetter.
  const layout = { ...layoutOf(body, width), titlesAlone: false };
  let joined = 0;
  visit(tree, "text", (node) => {
    if (!node.value.includes("\n") || !node.position) return;
    const first = node.position.start.line;
    node.value = node.value.split("\n").reduce((text, part, k) => {
      if (k === 0) return part;
      const join = breakJoin(raw[first + k - 2] ?? "", raw[first + k - 1] ?? "", width, layout);
      if (join === null) return `${text}\n${part}`;
      joined++;
      return text + join + part;
    }, "");
  });
  return { width, joined };
}

/** Flatten phrasing into runs: markup dropped, bold kept as a flag, comments and image captions handed to `onComment`. */
function runsOf(nodes: readonly PhrasingContent[], strong: boolean, out: Run[], onComment: (text: string, kind?: MarkupNote) => void) {
  for (const n of nodes) {
    switch (n.type) {
      case "text":
        out.push({ text: n.value, strong });
        break;
      case "inlineCode":
        out.push({ text: n.value, strong });
        break;
      case "break":
        out.push({ text: "\n", strong });
        break;
      case "strong":
        runsOf(n.children, true, out, onComment);
        break;
      case "emphasis":
      case "delete":
      case "link":
      case "linkReference":
        runsOf(n.children, strong, out, onComment);
        break;
      case "html": {
        const c = COMMENT.exec(n.value.trim());
        if (c) onComment(c[1]!.trim());
        else if (/^<br\s*\/?>$/i.test(n.value.trim())) out.push({ text: "\n", strong });
        else out.push({ text: n.value, strong });
        break;
      }
      case "image":
      case "imageReference":
        if (n.alt) onComment(n.alt, "image");
        break;
      // footnoteReference: a note marker is markup; its definition is kept as a note line.
      default:
        break;
    }
  }
}

/**
 * A cell before a row's last whose words a `<br>` wrapped to the column's width, no sentence in it (Guangzhou 2018:
 * `| **4**  | 公共医疗<br>卫生 | **已完成。**<br>（1）…`): one name, its break dropped (a space between Latin letters or
 * digits), so the row is not cut in two at it. The last cell's breaks still part its items (`（1）…<br>（2）…`).
 */
function nameCell(runs: Run[]): Run[] {
  const breaks = runs.filter((r) => r.text === "\n").length;
  if (breaks === 0 || runs.some((r) => /[。；;！？!?]/.test(r.text))) return runs;
  return runs.map((r, k) => {
    if (r.text !== "\n") return r;
    const before = runs[k - 1]?.text.at(-1) ?? "";
    const after = runs[k + 1]?.text[0] ?? "";
    return { ...r, text: /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after) ? " " : "" };
  });
}

/** Two stars or more left as text: emphasis marks that open or close no span of their paragraph. */
const STRAY_STARS = /\*{2,}/g;

/**
 * Take out of a paragraph's runs the emphasis marks remark left as text because they pair with none in it: two
 * stars or more anywhere (`**一年来，我们主要做了以下工作：` whose bold closes two paragraphs later, or never), and
 * stars beside bold text (`***政府工作报告**`). Each mark taken out is handed to `onMark` with its line (the paragraph's first line `first`, plus the breaks before it).
 */
export function dropStrayMarks(runs: readonly Run[], first: number, onMark: (text: string, line: number) => void): Run[] {
  let breaks = 0;
  return runs.map((run, i) => {
    if (run.strong || !run.text.includes("*")) {
      breaks += run.text.split("\n").length - 1;
      return run;
    }
    // Stars at an edge of plain text that touches bold text (`***政府工作报告**`, read as `*` and bold 政府工作报告).
    const beside = new RegExp(`${runs[i - 1]?.strong ? "^\\*+|" : ""}${runs[i + 1]?.strong ? "\\*+$|" : ""}${STRAY_STARS.source}`, "g");
    const text = run.text.replace(beside, (mark, at: number) => {
      onMark(mark, first + breaks + (run.text.slice(0, at).split("\n").length - 1));
      return "";
    });
    breaks += run.text.split("\n").length - 1;
    return { ...run, text };
  });
}

/**
 * Read a Markdown corpus report into lines with remark: front matter becomes metadata; paragraphs, headings,
 * list items, table rows and footnote definitions become lines with their markup removed; HTML comments
 * become `comment` lines (the ingest records them as dropped, or reads an appendix title from them).
 */
export function readMarkdownSource(
  source: string,
  file: string,
  warn: (w: IngestWarning) => void,
): { meta: SourceMeta; lines: SourceLine[] } {
  const tree = parseSourceMarkdown(source);
  const wrap = joinWrappedBreaks(tree, source);
  if (wrap && wrap.joined > 0) {
    warn({ file, line: 1, message: `the text is wrapped at ${wrap.width} columns, as on a printed page: ${wrap.joined} line(s) joined to the line before, into paragraphs` });
  }
  const meta: SourceMeta = {};
  const lines: SourceLine[] = [];
  const startOf = (n: Nodes) => n.position?.start.line ?? 1;

  const pushRuns = (runs: Run[], first: number, extra: Partial<SourceLine> = {}) => {
    runsToLines(runs).forEach((r, i) => {
      const l = lineOf(r.runs, first + r.offset);
      if (l) lines.push({ ...l, ...(i === 0 ? extra : {}) });
    });
  };
  /** A paragraph's runs without its stray emphasis marks, each recorded as a dropped `emphasis` line. */
  const unmarked = (runs: Run[], first: number) =>
    dropStrayMarks(runs, first, (text, at) => lines.push({ text, line: at, comment: "emphasis" }));
  const commentAt = (line: number) => (text: string, kind: MarkupNote = "comment") => {
    for (const [i, t] of text.split(/\r?\n/).entries()) {
      const c = trimLine(t);
      if (c) lines.push({ text: c, line: line + i, comment: kind });
    }
  };

  const visit = (node: RootContent, extra: Partial<SourceLine> = {}) => {
    const line = startOf(node);
    switch (node.type) {
      case "yaml": {
        try {
          const data = parseYaml(node.value) as Record<string, unknown> | null;
          if (data && typeof data.title === "string") meta.title = data.title.trim();
          if (data && typeof data.source === "string") meta.url = data.source.trim();
          else if (data) {
            // Other copies of the corpus give the official page as `url:`, a string or a list of the pages the
            // text was taken from, the first its start (Fuzhou 2010: `url:` then `- …t20100115_137648.htm`).
            const url = Array.isArray(data.url) ? data.url.find((u) => typeof u === "string") : data.url;
            if (typeof url === "string" && url.trim()) meta.url = url.trim();
          }
        } catch {
          warn({ file, line, message: "the front matter is not valid YAML; it is ignored" });
        }
        break;
      }
      case "heading": {
        const runs: Run[] = [];
        runsOf(node.children, false, runs, commentAt(line));
        pushRuns(
          unmarked(runs, line).map((r) => ({ ...r, strong: true })),
          line,
          { heading: node.depth },
        );
        break;
      }
      case "paragraph": {
        const runs: Run[] = [];
        runsOf(node.children, false, runs, commentAt(line));
        pushRuns(unmarked(runs, line), line, extra);
        break;
      }
      case "html": {
        const c = COMMENT.exec(node.value.trim());
        if (c) commentAt(line)(c[1]!);
        else pushRuns([{ text: node.value, strong: false }], line);
        break;
      }
      case "list":
        node.children.forEach((item) => {
          const first = item.children[0];
          const marker =
            node.ordered && item.position && first?.position
              ? source.slice(item.position.start.offset, first.position.start.offset).trim()
              : "";
          item.children.forEach((child, i) => {
            if (i === 0 && marker && child.type === "paragraph") {
              const runs: Run[] = [{ text: marker, strong: false }];
              runsOf(child.children, false, runs, commentAt(startOf(child)));
              pushRuns(unmarked(runs, startOf(child)), startOf(child), { listItem: true });
            } else visit(child);
          });
        });
        break;
      case "blockquote":
        for (const child of node.children) visit(child);
        break;
      case "table":
        for (const row of node.children) {
          const runs: Run[] = [];
          row.children.forEach((cell, i) => {
            if (i > 0) runs.push({ text: " ", strong: false });
            const cellRuns: Run[] = [];
            runsOf(cell.children, false, cellRuns, commentAt(startOf(row)));
            runs.push(...(i < row.children.length - 1 ? nameCell(cellRuns) : cellRuns));
          });
          pushRuns(runs, startOf(row), { tableRow: true });
        }
        break;
      case "footnoteDefinition":
        node.children.forEach((child, i) => visit(child, i === 0 ? { footnote: node.label ?? node.identifier } : {}));
        break;
      case "code":
        pushRuns([{ text: node.value, strong: false }], line + (node.position && node.position.end.line > line ? 1 : 0));
        break;
      case "definition":
        commentAt(line)(`[${node.label ?? node.identifier}]: ${node.url}`, "definition");
        break;
      default:
        // thematicBreak: a rule is markup only.
        break;
    }
  };
  for (const node of tree.children) visit(node);
  return { meta, lines };
}
