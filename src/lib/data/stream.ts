/** How many characters of text a stream chunk gathers before it is encoded. */
const CHUNK_CHARS = 1 << 16;

/**
 * A download's body as a stream of UTF-8 chunks from its pieces of text, read as the stream is pulled: the
 * build writes a table of any size without first holding all of its text as one string.
 */
export function textStream(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = pieces[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = "";
      while (text.length < CHUNK_CHARS) {
        const next = it.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      it.return?.();
    },
  });
}
