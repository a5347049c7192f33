/**
 * `npm run bench -- budgets`: the element budget (no page over 1,500 elements, tests/e2e/budgets.test.ts) on a
 * wider site than the project's: its reports and the twenty real reports of the development corpus
 * (tests/fixtures/corpus-dev/), built in a throw-away copy of the project. Prints, per page template, the number of
 * pages and the largest page's elements, marking those over the budget; then the readers over the budget of their
 * HTML and CSS (gzip). The test checks the project's own site; this shows how the templates hold as the corpus
 * grows (more places and years, longer reports, more glossary terms).
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runLogged } from "../lib/build-log.ts";
import { projectBuildCommand } from "../lib/build-command.ts";
import { widerProject } from "../lib/synthetic.ts";
import { parseHtml, readHtmlFiles } from "../../tests/e2e/support/dist.ts";
import { templateOf } from "../../tests/e2e/support/pages.ts";
import { budgets, htmlCssBytes } from "../../tests/e2e/support/budgets.ts";

const root = join(import.meta.dirname, "../..");

export default async function bench(): Promise<void> {
  const dev = join(root, "tests/fixtures/corpus-dev");
  const more = readdirSync(dev).filter((f) => /^[a-z]+-\d{4}\.(txt|md)$/.test(f)).map((f) => join(dev, f));
  const dir = widerProject(root, more);
  try {
    const { flags, args } = projectBuildCommand(root);
    const run = runLogged([...flags, ...args], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
    if (run.status !== 0) throw new Error(`the build failed (${run.status}):\n${run.stderr}\n${run.stdout.slice(-2000)}`);
    const pages = (await readHtmlFiles(join(dir, "dist"))).filter((f) => f.file !== "404.html");
    const largest = new Map<string, { count: number; path: string; elements: number }>();
    const heavyReaders: { path: string; bytes: number }[] = [];
    for (const p of pages) {
      const root = await parseHtml(p.html);
      const elements = root.querySelectorAll("*").length;
      if (/^\/reports\/[^/]+\/$/.test(p.path)) {
        const bytes = await htmlCssBytes(join(dir, "dist"), p.path, p.html, root);
        if (bytes > budgets.readerHtmlCss) heavyReaders.push({ path: p.path, bytes });
      }
      const t = templateOf(p.path);
      const seen = largest.get(t);
      largest.set(t, { count: (seen?.count ?? 0) + 1, ...(seen && seen.elements >= elements ? { path: seen.path, elements: seen.elements } : { path: p.path, elements }) });
    }
    const reports = readdirSync(join(dir, "content/raw")).length;
    const over = [...largest.values()].filter((l) => l.elements > budgets.elements).length;
    console.log(`${reports} reports (the project's and the development corpus), ${pages.length} pages; budget ${budgets.elements} elements a page: ${over} template(s) over it`);
    console.log("| template | pages | largest page | elements |");
    console.log("|---|---:|---|---:|");
    for (const [t, l] of [...largest].sort((a, b) => b[1].elements - a[1].elements))
      console.log(`| \`${t}\` | ${l.count} | \`${l.path}\` | ${l.elements.toLocaleString("en")}${l.elements > budgets.elements ? " (over)" : ""} |`);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`readers over the budget of ${kb(budgets.readerHtmlCss)} of HTML and CSS (gzip): ${heavyReaders.map((r) => `${r.path} ${kb(r.bytes)}`).join(", ") || "none"}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
