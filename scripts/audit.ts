/**
 * `npm run audit`: Lighthouse on the built site, offline. Serves dist/ on 127.0.0.1, starts the browser
 * the tests use (CHROME_PATH, a system Chromium, or @sparticuz/chromium) with a DevTools port, and
 * prints the four category scores for one page of each template (or the pages named as arguments),
 * followed by every audit that lost points. Mobile emulation by default; `--desktop` for the desktop
 * preset. Not part of `npm test` (it takes a minute or two).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import lighthouse, { desktopConfig } from "lighthouse";
import { resolveBrowser } from "./serve-lib/browser.ts";
import { startStaticServer } from "./serve-lib/static-server.ts";

/** One page per template: home, reader, compare pair, indicators year page, indicator page, tracker, glossary, search. */
const defaults = [
  "/",
  "/reports/zhongwei-2021/",
  "/compare/yinchuan-2021/zhongwei-2021/",
  "/indicators/2021/",
  "/indicators/gdp_growth/",
  "/tracker/",
  "/tracker/zhongwei/",
  "/glossary/",
  "/search/?q=就业",
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

/** Starts the browser with a DevTools port and resolves with that port once it listens. */
function startBrowser(executablePath: string, args: string[], profile: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(executablePath, [...args, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  return new Promise((ok, fail) => {
    let log = "";
    const timer = setTimeout(() => fail(new Error(`the browser did not open a DevTools port:\n${log}`)), 30_000);
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      log += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (m) {
        clearTimeout(timer);
        ok({ port: Number(m[1]), child });
      }
    });
    child.once("exit", (code) => fail(new Error(`the browser exited (${code}) before opening a DevTools port:\n${log}`)));
  });
}

const { values, positionals } = parseArgs({ options: { desktop: { type: "boolean", default: false } }, allowPositionals: true });
/** Pages named on the command line (`npm run audit -- /tracker/`), else one per template. */
const pages = positionals.length ? positionals : defaults;
const dist = resolve(import.meta.dirname, "../dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error("error: dist/index.html is missing: run `npm run build` first");
  process.exit(1);
}
const launch = await resolveBrowser();
const server = await startStaticServer({ root: dist });
const profile = await mkdtemp(join(tmpdir(), "audit-profile-"));
const { port, child } = await startBrowser(launch.executablePath, launch.args, profile);
const lost: string[] = [];
let failed = false;
try {
  console.log(`Lighthouse ${values.desktop ? "desktop" : "mobile"} · ${launch.source} · ${server.url}\n`);
  console.log(`${"page".padEnd(40)}${["perf", "a11y", "best", "seo"].map((c) => c.padStart(6)).join("")}`);
  for (const path of pages) {
    const result = await lighthouse(
      server.url + encodeURI(path),
      { port, output: "json", logLevel: "error", onlyCategories: [...categories] },
      values.desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = categories.map((c) => lhr.categories[c]?.score ?? null);
    console.log(`${path.padEnd(40)}${scores.map((s) => (s === null ? "–" : String(Math.round(s * 100))).padStart(6)).join("")}`);
    for (const c of categories) {
      for (const ref of lhr.categories[c]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          lost.push(`${path} · ${c} · ${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ""}`);
        }
      }
    }
  }
  if (lost.length) console.log(`\nAudits below 100:\n${lost.map((l) => `  ${l}`).join("\n")}`);
} catch (err) {
  failed = true;
  console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  child.kill();
  await server.close();
  await rm(profile, { recursive: true, force: true }).catch(() => {});
}
process.exit(failed ? 1 : 0);
