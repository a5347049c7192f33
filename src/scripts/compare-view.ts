import { composePair, pairQuery, permalink, topicsPath } from "../lib/topics/compose-view.ts";
import type { ReportTopics } from "../lib/topics/report-topics.ts";

/** An element with its class and children (text nodes for strings). */
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

/** Read `?a=…&b=…`, fetch the two reports' topic data and show them side by side by topic; else keep the fallback links. */
export async function composeView(doc: Document): Promise<void> {
  const status = doc.getElementById("cv-status");
  const target = doc.getElementById("cv-topics");
  const fallback = doc.getElementById("cv-fallback");
  if (!status || !target || !fallback) return;
  // The fallback links name every report: ids not among them are not fetched (no 404 in the console).
  const known = new Set([...fallback.querySelectorAll("a")].map((link) => link.getAttribute("href")));
  const query = pairQuery(doc.location.search);
  if (!query) {
    const ids = [...known].flatMap((href) => /([a-z]+-\d{4})/.exec(href ?? "")?.[1] ?? []);
    status.textContent = `地址中需要两份不同的报告${ids.length > 1 ? `，如 ?a=${ids[0]}&b=${ids[1]}` : ""}。`;
    return;
  }
  const fetchable = (id: string) => (known.has(topicsPath(id)) ? load(id) : Promise.resolve(null));
  const [a, b] = await Promise.all([fetchable(query.a), fetchable(query.b)]).catch(() => [null, null]);
  if (!a || !b) {
    const missing = [a ? null : query.a, b ? null : query.b].filter(Boolean).join("、");
    status.textContent = `找不到报告：${missing}。`;
    return;
  }
  const names = [a, b].map((r) => `${r.meta.place_zh}${r.meta.year}年`) as [string, string];
  doc.title = `报告对比：${names[0]}与${names[1]} · 政府工作报告对读`;
  const heading = doc.getElementById("cv-title");
  if (heading) heading.textContent = `报告对比：${names[0]}与${names[1]}`;
  const sections = composePair(a, b).map((topic) =>
    el(
      doc,
      "section",
      { "aria-labelledby": `cv-${topic.id}` },
      el(doc, "h2", { id: `cv-${topic.id}` }, topic.label),
      el(
        doc,
        "div",
        { class: "cv__cols" },
        ...[a, b].map((r, i) => {
          const paras = topic.columns[i as 0 | 1];
          return el(
            doc,
            "section",
            { class: "cv__col", "data-report": r.meta.id, "aria-label": `${names[i]}：${topic.label}` },
            el(doc, "h3", {}, names[i]!),
            paras.length === 0
              ? el(doc, "p", { class: "cv__empty" }, "本主题无段落。")
              : el(
                  doc,
                  "ol",
                  {},
                  ...paras.map((p) =>
                    el(doc, "li", {}, el(doc, "a", { href: permalink(r.meta.id, p.id) }, `第${p.n}段`), ` ${p.text}`),
                  ),
                ),
          );
        }),
      ),
    ),
  );
  const more = el(
    doc,
    "p",
    {},
    "每份报告的按主题页：",
    el(doc, "a", { href: topicsPath(a.meta.id) }, names[0]),
    "、",
    el(doc, "a", { href: topicsPath(b.meta.id) }, names[1]),
  );
  fallback.hidden = true;
  target.replaceChildren(...sections, more);
  status.textContent = "";
}
