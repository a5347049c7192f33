import { langOfPath, localePath, type Lang } from "../i18n/config.ts";
import zhCompare from "../i18n/ui/zh/compare.ts";
import enCompare from "../i18n/ui/en/compare.ts";
import { composePair, pairQuery, permalink, topicsPath } from "../lib/topics/compose-view.ts";
import { pairTitle, reportName } from "../lib/topics/labels.ts";
import type { ReportTopics } from "../lib/topics/report-topics.ts";
import { slogansQuotedInAll } from "../lib/glossary/shared.ts";
import { plainPhraseFinder } from "../lib/glossary/match.ts";
import { highlightShared } from "./shared-marks.ts";

/** The composer's strings in each language (only the compare area's: the page says the rest). */
const STRINGS: Record<Lang, typeof enCompare> = { "zh-CN": zhCompare, en: enCompare };

/** An element with its attributes and children (text nodes for strings). */
function el(doc: Document, tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A report's topic data, or null when it is not there. */
async function load(id: string): Promise<ReportTopics | null> {
  const res = await fetch(`/compare/topics/${id}.json`);
  return res.ok ? ((await res.json()) as ReportTopics) : null;
}

/**
 * Read `?a=…&b=…`, fetch the two reports' topic data and show them side by side by topic; else keep the
 * fallback links. The page's path says its language: the headings, labels and messages are written in it
 * and the links stay in it; the reports' paragraphs are marked as Chinese on an English page.
 */
export async function composeView(doc: Document): Promise<void> {
  const status = doc.getElementById("cv-status");
  const target = doc.getElementById("cv-topics");
  const fallback = doc.getElementById("cv-fallback");
  if (!status || !target || !fallback) return;
  const lang = langOfPath(doc.location.pathname);
  const en = lang === "en";
  const t = STRINGS[lang];
  const page = (path: string) => localePath(lang, path);
  // The fallback links name every report: ids not among them are not fetched (no 404 in the console).
  const known = new Set([...fallback.querySelectorAll("a")].map((link) => link.getAttribute("href")));
  const query = pairQuery(doc.location.search);
  if (!query) {
    const ids = [...known].flatMap((href) => /([a-z]+-\d{4})/.exec(href ?? "")?.[1] ?? []);
    status.textContent = t.view.needPair(ids.length > 1 ? `?a=${ids[0]}&b=${ids[1]}` : "");
    return;
  }
  // The form shows the pair asked for, when its lists hold those reports.
  for (const [name, id] of [["a", query.a], ["b", query.b]] as const) {
    const select = doc.querySelector<HTMLSelectElement>(`.pair-form select[name="${name}"]`);
    if (select && [...select.options].some((o) => o.value === id)) select.value = id;
  }
  const fetchable = (id: string) => (known.has(page(topicsPath(id))) ? load(id) : Promise.resolve(null));
  const [a, b] = await Promise.all([fetchable(query.a), fetchable(query.b)]).catch(() => [null, null]);
  if (!a || !b) {
    status.textContent = t.view.notFound([a ? null : query.a, b ? null : query.b].filter((id): id is string => !!id));
    return;
  }
  const names = [a, b].map((r) => reportName(r.meta, lang)) as [string, string];
  const heading = t.view.pairHeading(names[0], names[1]);
  // The <title> keeps the site's name after the pair (in English the pair's short name: the site's name is long).
  const title = en ? t.docTitle(pairTitle(a.meta, b.meta, lang)) : heading;
  const siteName = doc.title.split(" · ").at(-1);
  doc.title = siteName && siteName !== doc.title ? `${title} · ${siteName}` : title;
  const h1 = doc.getElementById("cv-title");
  if (h1) h1.textContent = heading;
  /** The report's text: marked Chinese on an English page, the paragraph links in it read in English. */
  const zh: Record<string, string> = en ? { lang: "zh-CN" } : {};
  const ui: Record<string, string> = en ? { lang: "en" } : {};
  // The slogans both reports put in quotation marks, highlighted where they occur as on a pair page: each
  // paragraph's data-shared places them in its text after the permalink (and the space before the text).
  const slogans = slogansQuotedInAll([a, b].map((r) => r.topics.flatMap((topic) => topic.paragraphs.map((p) => p.text))));
  const find = plainPhraseFinder(slogans);
  const shared = (text: string): Record<string, string> => {
    const found = find(text);
    return found.length > 0 ? { "data-shared": found.map((m) => `${m.start + 1},${m.end + 1}`).join(" ") } : {};
  };
  const sections = composePair(a, b).map((topic) => {
    const label = en ? topic.label_en : topic.label;
    return el(
      doc,
      "section",
      { "aria-labelledby": `cv-${topic.id}` },
      el(doc, "h2", { id: `cv-${topic.id}` }, label),
      el(
        doc,
        "div",
        { class: "cv__cols" },
        ...[a, b].map((r, i) => {
          const paras = topic.columns[i as 0 | 1];
          return el(
            doc,
            "section",
            { class: "cv__col", "data-report": r.meta.id, "aria-label": t.view.columnLabel(names[i]!, label) },
            el(doc, "h3", {}, names[i]!),
            paras.length === 0
              ? el(doc, "p", { class: "cv__empty" }, t.view.empty)
              : el(
                  doc,
                  "ol",
                  zh,
                  ...paras.map((p) =>
                    el(doc, "li", shared(p.text), el(doc, "a", { href: page(permalink(r.meta.id, p.id)), ...ui }, t.paragraph(p.n)), ` ${p.text}`),
                  ),
                ),
          );
        }),
      ),
    );
  });
  const more = el(
    doc,
    "p",
    {},
    t.view.more,
    el(doc, "a", { href: page(topicsPath(a.meta.id)) }, names[0]),
    t.view.moreJoin,
    el(doc, "a", { href: page(topicsPath(b.meta.id)) }, names[1]),
  );
  fallback.hidden = true;
  target.replaceChildren(...sections, more);
  const legend = doc.getElementById("cv-legend");
  if (legend && slogans.length > 0) legend.hidden = false;
  highlightShared(target, "li", "a", "cmp-shared");
  status.textContent = "";
}
