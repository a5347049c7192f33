import type { IFuseOptions } from "fuse.js";

/** The fields fuse.js indexes, in record order: a document's title (heading, glossary term) and its text. */
export const FUSE_KEYS: { name: string; weight: number }[] = [
  { name: "title", weight: 2 },
  { name: "text", weight: 1 },
];

/** Record slot of each field in a serialized index (the position of the key in {@link FUSE_KEYS}). */
export const FIELD = { title: "0", text: "1" } as const;

/**
 * Options of the fuzzy fallback. `ignoreLocation` lets a match count anywhere in a long paragraph (the
 * default scoring gives up about 100 characters in); `threshold` 0.34 allows one error in a term of 3–5
 * characters, two in 6–8, none in 1–2, so a two-character query never matches fuzzily.
 */
export const FUZZY_OPTIONS = {
  keys: FUSE_KEYS,
  ignoreLocation: true,
  threshold: 0.34,
  includeMatches: true,
  includeScore: true,
  minMatchCharLength: 2,
  ignoreFieldNorm: true,
} satisfies IFuseOptions<unknown>;

/** Errors fuse.js tolerates in a term of `length` characters with {@link FUZZY_OPTIONS}. */
export function allowedErrors(length: number): number {
  return Math.floor(FUZZY_OPTIONS.threshold * length);
}
