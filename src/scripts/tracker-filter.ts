/** The tracker's filters: which status and indicator to show, as in the URL (`?status=missed&metric=gdp_growth`). */
export interface TrackerFilter {
  status: string;
  metric: string;
}

/** Read the filter from a query string; unknown values read as "all". */
export function readFilter(search: string, statuses: readonly string[], metrics: readonly string[]): TrackerFilter {
  const q = new URLSearchParams(search);
  const status = q.get("status") ?? "";
  const metric = q.get("metric") ?? "";
  return { status: statuses.includes(status) ? status : "", metric: metrics.includes(metric) ? metric : "" };
}

/** The query string of a filter, without the empty parts. */
export function writeFilter(f: TrackerFilter): string {
  const q = new URLSearchParams();
  if (f.status) q.set("status", f.status);
  if (f.metric) q.set("metric", f.metric);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * Wire the filter form of a tracker page: its selects filter the rows (`data-status`, `data-metric`) and are kept
 * in the URL, which also sets them on load; a live region says how many rows are shown. Without JavaScript the
 * form submits the same query and every row is shown. `say` words the count (Chinese unless given).
 */
export function wireTrackerFilter(
  form: HTMLFormElement,
  rows: HTMLElement[],
  live: HTMLElement,
  say: (shown: number, total: number) => string = (shown, total) => `显示 ${shown} / ${total} 项`,
): void {
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const options = (name: string) => [...select(name).options].map((o) => o.value).filter(Boolean);
  const apply = (f: TrackerFilter) => {
    let shown = 0;
    for (const row of rows) {
      const ok = (!f.status || row.dataset.status === f.status) && (!f.metric || row.dataset.metric === f.metric);
      row.hidden = !ok;
      if (ok) shown++;
    }
    live.textContent = say(shown, rows.length);
  };
  const initial = readFilter(location.search, options("status"), options("metric"));
  select("status").value = initial.status;
  select("metric").value = initial.metric;
  apply(initial);
  form.addEventListener("change", () => {
    const f = { status: select("status").value, metric: select("metric").value };
    history.replaceState(null, "", `${location.pathname}${writeFilter(f)}${location.hash}`);
    apply(f);
  });
  form.addEventListener("submit", (e) => e.preventDefault());
}
