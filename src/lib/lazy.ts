import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

/**
 * A package loaded when its first caller needs it, not when a module that names it is imported: a build imports
 * every page's code to list its paths, and a page reused from the last build renders nothing, so the Markdown
 * parser (unified, remark, micromark), the HTML serialiser and the pinyin dictionary, about a quarter of a
 * second of module loading, stay unloaded in a build whose pages are all reused. Packages are ES modules, read
 * with Node's synchronous `require` of ES modules; the type is the package's own (`lazily<typeof
 * import("unified")>("unified")`). Server code only: the browser's scripts import their packages.
 */
export function lazily<T>(specifier: string): () => T {
  let found: T | undefined;
  return () => (found ??= load(specifier) as T);
}
