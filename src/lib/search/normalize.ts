/**
 * Text folding for matching. Folding keeps the length of the text (one UTF-16 unit in, one out), so an
 * offset found in the folded copy is the same offset in the text as written: highlights need no mapping.
 */

/** Dashes of every kind, as ranges are written (`6.5%—7%`, `6.5%-7%`, `6.5%－7%`). */
const DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
/** Full-width ASCII (`ＰＭ２．５`, `％`, `，`) and the ideographic space. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** Fold a text for matching: full-width ASCII to ASCII, dashes to `-`, lower case; the length never changes. */
export function foldText(text: string): string {
  const folded = text
    .replace(FULL_WIDTH, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(DASH, "-");
  const lower = folded.toLowerCase();
  if (lower.length === folded.length) return lower;
  // A few letters change length when lower-cased (İ → i̇): fold those one by one, keeping the rest.
  return Array.from(folded, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  }).join("");
}
