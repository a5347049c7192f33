import { z } from "astro/zod";

/** Where one raw report came from (`content/sources.json`). */
export const sourceSchema = z.object({
  /** File name under `content/raw/`, e.g. `ningxia-2021.md`. */
  file: z.string().regex(/^[a-z]+-\d{4}\.(txt|md)$/),
  /** Where the file was obtained: a repository or the project's seed documents. */
  origin: z.string().min(1),
  /** Path of the file in its origin, or null. */
  path: z.string().nullable(),
  /** Commit of the origin the file was copied from, or null. */
  commit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  /** SHA-256 of the file's bytes, hex: the raw file must match it. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/** The sources file. */
export const sourcesFileSchema = z.array(sourceSchema);

/** Provenance of one raw report. */
export type Source = z.infer<typeof sourceSchema>;
