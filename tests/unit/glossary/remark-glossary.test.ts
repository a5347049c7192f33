import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { describe, expect, it } from "vitest";
import remarkGlossary, { type RemarkGlossaryOptions } from "../../../src/lib/render/remark-glossary.ts";
import type { GlossaryEntry } from "../../../src/lib/schema/glossary.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const entries = JSON.parse(readFileSync(join(fixtures, "entries.json"), "utf8")) as GlossaryEntry[];

/** Markdown through the real processor with the plugin. */
function render(markdown: string, options: Partial<RemarkGlossaryOptions> = {}): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGlossary, { entries, ...options })
    .use(remarkRehype)
    .use(rehypeStringify);
  return processor.stringify(processor.runSync(processor.parse(markdown))) + "\n";
}

describe("remarkGlossary on fixtures", () => {
  const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, "input.md")));

  it.each(cases)("%s", (name) => {
    const html = render(readFileSync(join(fixtures, name, "input.md"), "utf8"));
    const expected = join(fixtures, name, "output.html");
    if (process.env["UPDATE_FIXTURES"] === "1") writeFileSync(expected, html);
    expect(html).toBe(readFileSync(expected, "utf8"));
  });
});

describe("remarkGlossary", () => {
  const linked = (html: string) =>
    [...html.matchAll(/<a href="\/glossary\/#([^"]+)" class="term"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);

  it("links each spelling of a term to its entry and describes it by its definition", () => {
    const html = render("守好“三条生命线”，改善生态环境“三条生命线”，增强九个方面本领。");
    expect(linked(html)).toEqual([
      ["a-2020-g3", "守好“三条生命线”"],
      ["a-2020-g3", "“三条生命线”"],
      ["a-2020-g4", "九个方面本领"],
    ]);
    const [, id] = /aria-describedby="([^"]+)"/.exec(html)!;
    expect(html).toContain(`<span class="term-tip" id="${id}" role="tooltip">守好三条生命线：三条生命线。</span>`);
  });

  it("gives every tooltip a distinct id, with the caller's prefix", () => {
    const html = render("六稳、六稳、十大行动。", { idPrefix: "r-p-3-" });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(["r-p-3-term-1", "r-p-3-term-2", "r-p-3-term-3"]);
    const described = [...html.matchAll(/aria-describedby="([^"]+)"/g)].map((m) => m[1]);
    expect(described).toEqual(ids);
  });

  it("prefers the entry of the report being rendered when two appendices define a term", () => {
    const other = { ...entries[0]!, id: "b-2020-g1", report: "b-2020", definition: "另一份附录的解释。" };
    expect(linked(render("六稳。", { entries: [entries[0]!, other], report: "b-2020" }))).toEqual([
      ["b-2020-g1", "六稳"],
    ]);
    expect(linked(render("六稳。", { entries: [entries[0]!, other], report: "c-2020" }))).toEqual([
      ["a-2020-g1", "六稳"],
    ]);
  });

  it("marks terms every report uses and takes another link target when asked", () => {
    const html = render("六稳。", { shared: new Set(["a-2020-g1"]), hrefOf: (e) => `/terms/${e.number}/` });
    expect(html).toContain('<a href="/terms/1/" class="term shared"');
  });

  it("leaves text without terms as it was", () => {
    expect(render("没有术语的一段。")).toBe("<p>没有术语的一段。</p>\n");
  });
});
