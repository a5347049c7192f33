import { z } from "astro/zod";
import { foldText } from "./normalize.ts";
import { foldKey } from "./synonyms.ts";

/**
 * `content/synonyms.json`: an object from a word people search for (`GDP`, `看病`, `retail sales`) to the
 * words the reports use for it (`地区生产总值`; `医疗`, `医院`; `社会消费品零售总额`). Applied one way only,
 * and shown on the results page. English words are how the English edition searches the Chinese reports.
 */
export const synonymTableSchema = z
  .record(
    /**
     * The searched word; matched case-insensitively, also inside a longer term (a word in Latin script only
     * as a whole word). Several words (`retail sales`) are matched as one phrase.
     */
    z.string().trim().min(1),
    /** What to search as well, in the reports' wording. */
    z.array(z.string().trim().min(1)).min(1),
  )
  .superRefine((table, ctx) => {
    const keys = new Map<string, string>();
    for (const [key, also] of Object.entries(table)) {
      const folded = foldKey(key);
      const clash = keys.get(folded);
      if (clash !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `"${key}" is the same word as "${clash}": merge the two entries`,
        });
      keys.set(folded, key);
      const seen = new Set<string>();
      for (const word of also) {
        const f = foldText(word);
        if (f === folded)
          ctx.addIssue({ code: "custom", path: [key], message: `"${key}" lists itself: remove "${word}"` });
        if (seen.has(f))
          ctx.addIssue({ code: "custom", path: [key], message: `"${word}" is listed twice under "${key}"` });
        seen.add(f);
      }
    }
  });

/** Validate a parsed `content/synonyms.json`, throwing an error that names the entry to fix. */
export function parseSynonymTable(json: unknown, file = "content/synonyms.json"): Record<string, string[]> {
  const result = synonymTableSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`);
  throw new Error(`${file} is not a valid synonym table; fix these entries:\n${lines.join("\n")}`);
}
