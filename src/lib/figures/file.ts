import { figureFileSchema, type FigureFile } from "../schema/figure.ts";

/** A figure file's text, parsed and validated; an error names the file (and, for bad records, the field). */
export function parseFigureFile(text: string, file: string): FigureFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
  const parsed = figureFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: not a figure file: ${issue.path.join(".") || "(top level)"}: ${issue.message}`);
  }
  return parsed.data;
}
