/** A problem with an input file, reported as `file:line: message` (like a vfile message). */
export class IngestError extends Error {
  readonly file: string;
  readonly reason: string;
  readonly line: number | undefined;
  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line ? `:${line}` : ""}: ${reason}`);
    this.name = "IngestError";
    this.file = file;
    this.reason = reason;
    this.line = line;
  }
}

/** A warning about an input file: the ingest goes on, the CLI prints it. */
export interface IngestWarning {
  file: string;
  line: number;
  message: string;
}

/** Format a warning as one `file:line: warning: message` line. */
export function formatWarning(w: IngestWarning): string {
  return `${w.file}:${w.line}: warning: ${w.message}`;
}
