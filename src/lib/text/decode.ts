import { IngestError } from "../errors.ts";

/** Result of decoding a raw report file. */
export interface DecodedText {
  /** The text, BOM removed, line endings as in the file. */
  text: string;
  /** Encoding the bytes were read as. */
  encoding: "utf-8" | "gb18030" | "utf-16le" | "utf-16be";
}

/**
 * Decode a raw report: UTF-8 (with or without BOM), UTF-16 with its BOM (as Windows saves "Unicode" text), or
 * GB18030 when the bytes are valid GB18030 but not UTF-8.
 */
export function decodeReport(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new IngestError(file, "the file is empty", 1);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
      if (text.length === 0) throw new IngestError(file, "the file is empty", 1);
      const nul = text.indexOf("\0");
      if (nul !== -1) throw new IngestError(file, `binary data (a NUL character at character ${nul}); expected plain text`, text.slice(0, nul).split("\n").length);
      return { text, encoding: utf16 };
    } catch (e) {
      if (e instanceof IngestError) throw e;
      throw new IngestError(file, `not valid ${utf16.toUpperCase()} after its byte-order mark; save the file as UTF-8 and run the ingest again`, 1);
    }
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(file, `binary data (a NUL byte at offset ${nul}); expected plain UTF-8 text`, lineAt(bytes, nul));
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    // fall through to GB18030 below
  }
  const bad = firstInvalidUtf8(bytes);
  try {
    const text = new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    if (/[\u4e00-\u9fff]/.test(text) && !/[\u0080-\u009f]/.test(text)) return { text, encoding: "gb18030" };
  } catch {
    // neither encoding fits
  }
  throw new IngestError(
    file,
    `not valid UTF-8 (invalid byte at offset ${bad}); save the file as UTF-8 and run the ingest again`,
    lineAt(bytes, bad),
  );
}

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or the length when the text ends inside a character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
