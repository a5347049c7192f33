/** A numbered appendix entry: `1.“三大攻坚战”：防范化解重大风险…`. */
export interface GlossaryLine {
  n: number;
  /** The term as written, quotation marks included. */
  term: string;
  /** The separator as written (`：` or `:`). */
  sep: string;
  definition: string;
}

/** Parse one appendix line into number, term and definition; null when it is not of that shape. */
export function parseGlossaryLine(text: string): GlossaryLine | null {
  const m = /^(\d{1,3})[.．、]\s*([^：:]{1,40}?)\s*([：:])(.+)$/.exec(text);
  if (!m) return null;
  return { n: Number(m[1]), term: m[2]!, sep: m[3]!, definition: m[4]! };
}

/** The core of a term for matching in text: the quoted part (`工业对标“十大行动”` → 十大行动), else the whole. */
export function termCore(term: string): string {
  const q = /[“"「『]([^”"」』]+)[”"」』]/.exec(term);
  return q ? q[1]! : term;
}
