/**
 * How the searched words travel from a result to the page it opens: the search page stores them in
 * sessionStorage when a result is followed (the link itself stays the plain permalink), and the reader
 * highlights them in the element the permalink points at. A `?q=` on the reader's URL does the same.
 */

/** sessionStorage key. */
export const HANDOFF_KEY = "search-highlight";

/** What is stored: the permalink followed and the words to mark there (folded). */
export interface Handoff {
  href: string;
  terms: string[];
}

/** Remember the words to highlight on the page `href` leads to. */
export function storeHandoff(handoff: Handoff): void {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(handoff));
  } catch {
    // Storage can be unavailable (private mode, disabled): the highlight is a nicety.
  }
}
