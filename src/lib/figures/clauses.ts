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

function split(text: string, start: number, end: number, delimiter: RegExp): Stretch[] {
  const out: Stretch[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || delimiter.test(text[i]!)) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/**
 * Split a paragraph into sentences (。！？) and each sentence into clauses (，；：). A ratio's ASCII colon
 * (`14:43:43`) does not split; clauses are the `quote` unit of a figure.
 */
export function splitSentences(text: string): Sentence[] {
  return split(text, 0, text.length, SENTENCE_END).map((s) => ({ ...s, clauses: split(text, s.start, s.end, CLAUSE_END) }));
}
