/**
 * A JSON array download, piece by piece: exactly `JSON.stringify(records, null, 2)` and a final newline, but
 * written one record at a time, so a large table is never held whole as records or as one string.
 */
export function* jsonArrayLines(records: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const r of records) {
    // Serialised JSON has no raw newline inside a string, so every newline starts a line to indent.
    yield `${first ? "[\n" : ",\n"}  ${JSON.stringify(r, null, 2).replaceAll("\n", "\n  ")}`;
    first = false;
  }
  yield first ? "[]\n" : "\n]\n";
}
