/** A stretch of a paragraph: [start, end) offsets into its text, delimiter excluded. */
export interface Stretch {
  start: number;
  end: number;
}

/** A sentence and its clauses. */
export interface Sentence extends Stretch {
  clauses: Stretch[];
}

const SENTENCE_END = /[。！？!?]/;
const CLAUSE_END = /[，；：,;]/;
/**
 * An ASCII colon ends a clause unless it joins the parts of a ratio (`14:43:43`, or with a word joiner beside it where
 * a PDF copy set a space: see asciiDigits).
 */
const asciiColon = (text: string, i: number) => text[i] === ":" && !(/\d\u2060?$/.test(text.slice(Math.max(0, i - 2), i)) && /^\u2060?\d/.test(text.slice(i + 1, i + 3)));

function split(text: string, start: number, end: number, delimiter: RegExp): Stretch[] {
  const out: Stretch[] = [];
  let from = start;
  const colon = delimiter === CLAUSE_END;
  for (let i = start; i <= end; i++) {
    if (i === end || delimiter.test(text[i]!) || (colon && asciiColon(text, i))) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/**
 * Split a paragraph into sentences (。！？) and each sentence into clauses (，；： and an ASCII `:` or `;`). A ratio's
 * ASCII colon (`14:43:43`) does not split; clauses are the `quote` unit of a figure.
 */
export function splitSentences(text: string): Sentence[] {
  return split(text, 0, text.length, SENTENCE_END).map((s) => ({ ...s, clauses: split(text, s.start, s.end, CLAUSE_END) }));
}
