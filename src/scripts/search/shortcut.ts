/**
 * On every page: `/` focuses the search box (the search page's own, else the header's), unless the user
 * is typing somewhere; focusing the header's box prefetches the search page and its index.
 */
const typing = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || typing(e.target)) return;
  const box = document.querySelector<HTMLInputElement>("[data-search-input]") ?? document.querySelector<HTMLInputElement>("#site-search-q");
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});

const prefetch = (href: string) => {
  const link = document.createElement("link");
  link.rel = "prefetch";
  link.href = href;
  document.head.append(link);
};

/** Bytes of shards to prefetch at most: enough for a small corpus, not a large one on a phone. */
const PREFETCH_BUDGET = 400_000;

document.querySelector("#site-search-q")?.addEventListener(
  "focus",
  () => {
    if (location.pathname === "/search/") return;
    prefetch("/search/");
    fetch("/search/manifest.json")
      .then((r) => r.json() as Promise<{ shards: { url: string; bytes: number }[] }>)
      .then((m) => {
        let budget = PREFETCH_BUDGET;
        for (const s of m.shards) if ((budget -= s.bytes) >= 0) prefetch(s.url);
      })
      .catch(() => {});
  },
  { once: true },
);
