/**
 * The answers of a pure function of a text (and of a second key: an offset, a year), each computed once. A report's
 * figures ask the same questions of the same paragraphs, sentences and subjects again and again (the numbers of a
 * paragraph, the time cues of a sentence, the tidied subject of a clause). Keyed by the text itself, whose hash the
 * engine keeps with the string, then by the second key. The cache is emptied when it holds `kept` texts: about a
 * report's worth, so memory stays flat over any number of reports.
 */
export class TextCache<K, R> {
  readonly #texts = new Map<string, Map<K, R>>();
  readonly #kept: number;

  constructor(kept: number) {
    this.#kept = kept;
    CACHES.add(this);
  }

  /** Forget every answer. */
  clear(): void {
    this.#texts.clear();
  }

  /** The answer for `text` and `key`: the one kept, or `compute()`'s, then kept. */
  get(text: string, key: K, compute: () => R): R {
    const known = this.#texts.get(text);
    if (known?.has(key)) return known.get(key)!;
    const value = compute();
    // Asked again: the computation may have asked of the same text itself (a range reads the number after it).
    let byKey = this.#texts.get(text);
    if (!byKey) {
      if (this.#texts.size >= this.#kept) this.#texts.clear();
      byKey = new Map();
      this.#texts.set(text, byKey);
    }
    byKey.set(key, value);
    return value;
  }
}

/** Every text cache made. */
const CACHES = new Set<TextCache<unknown, unknown>>();

/**
 * Forget every answer of every text cache: a parse timed after it finds none of its texts known, as the build's parse
 * of a report finds none of that report's (the ingest bench times each report so).
 */
export function forgetTexts(): void {
  for (const cache of CACHES) cache.clear();
}
