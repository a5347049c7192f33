/**
 * The topic list's paragraph counts follow the comparison's part filter (the `cmp-period` radio buttons, which hide
 * the other parts' cells through CSS alone): while one part is shown, each count reads that part's number, from
 * its `data-part-<part>` attribute; with every part shown, the total it was rendered with. Without script the
 * counts stay the totals.
 */
export function followPartFilter(doc: Document): void {
  const counts = [...doc.querySelectorAll<HTMLElement>(".cmp-nav__counts > span")];
  for (const span of counts) span.dataset.partAll ??= span.textContent ?? "";
  const apply = () => {
    const part = doc.querySelector<HTMLInputElement>('input[name="cmp-period"]:checked')?.value ?? "all";
    for (const span of counts) {
      // "all" reads the total kept in data-part-all.
      const text = span.getAttribute(`data-part-${part}`) ?? span.dataset.partAll ?? "";
      if (span.textContent !== text) span.textContent = text;
    }
  };
  doc.addEventListener("change", (event) => {
    if ((event.target as HTMLInputElement | null)?.name === "cmp-period") apply();
  });
  // The browser may restore a checked filter when the reader comes back to the page.
  apply();
  addEventListener("pageshow", apply);
}
