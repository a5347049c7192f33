/**
 * On the not-found page: when the address asks for a comparison of two reports that has no page of its own
 * (`/compare/<a>/<b>/` of another year's pair, or the two the other way round), each language's note links the
 * composed view of the two, `/compare/view/?a=<a>&b=<b>` (the view says so if either is no report).
 */
const PAIR = /^(?:\/[a-z]{2})?\/compare\/([a-z]+-\d{4})\/([a-z]+-\d{4})\/?$/;

/** The two report ids a comparison address asks for, or null. */
export function pairOfPath(pathname: string): { a: string; b: string } | null {
  const m = PAIR.exec(pathname);
  return m && m[1] !== m[2] ? { a: m[1]!, b: m[2]! } : null;
}

export function offerPair(doc: Document, pathname: string): void {
  const pair = pairOfPath(pathname);
  if (!pair) return;
  for (const note of doc.querySelectorAll<HTMLElement>(".nf__pair")) {
    const link = note.querySelector("a");
    if (!link) continue;
    link.href = `${note.dataset.langPrefix ?? ""}/compare/view/?a=${encodeURIComponent(pair.a)}&b=${encodeURIComponent(pair.b)}`;
    note.hidden = false;
  }
}
