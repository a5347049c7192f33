import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeReport } from "../../../src/lib/text/decode.ts";
import { IngestError } from "../../../src/lib/errors.ts";
import { ingestBytes, ingestFile, ingestText, root } from "../support/ingest.ts";

describe("text hygiene", () => {
  it("strips the BOM, accepts CRLF and decodes HTML entities", () => {
    const r = ingestFile("tests/fixtures/reports/crlf-2020.txt");
    expect(r.document.meta.title).toBe("2020年示例市政府工作报告");
    expect(r.document.paragraphs.map((p) => p.text)).toEqual(["各位代表：", "研发投入R&D占比提高，<b>保持</b>稳定。"]);
    expect(r.markdown).not.toMatch(/\r|\ufeff|&amp;/);
  });

  it("decodes the real R&amp;D of Shizuishan's report", () => {
    const doc = ingestFile("content/raw/shizuishan-2020.txt").document;
    const all = doc.paragraphs.map((p) => p.text).join("");
    expect(all).toContain("R&D");
    expect(all).not.toContain("&amp;");
  });

  it("keeps the author's characters otherwise: the stray digit in 国4务院 stays", () => {
    const doc = ingestFile("content/raw/shizuishan-2020.txt").document;
    expect(doc.paragraphs.some((p) => p.text.includes("国4务院大督查"))).toBe(true);
  });

  it("keeps markup-like text as text and warns with its line", () => {
    const r = ingestFile("tests/fixtures/reports/markup-2025.txt");
    const p = r.document.paragraphs.at(-1)!;
    expect(p.text).toBe("报告中出现<script>alert(1)</script>这样的文字，以及<img src=x onerror=alert(1)>这样的标记。");
    expect(r.warnings).toContainEqual(expect.objectContaining({ line: 6, message: expect.stringMatching(/markup/) }));
    expect(r.markdown).toContain("\\<script>");
  });
});

describe("decoding raw bytes", () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("refuses an empty file", () => {
    expect(() => decodeReport(new Uint8Array(), "a.txt")).toThrow(/a\.txt:1: the file is empty/);
  });

  it("refuses binary data, naming the line", () => {
    const bytes = new Uint8Array([...utf8("一行\n二行\n"), 0, 1, 2]);
    expect(() => decodeReport(bytes, "b.txt")).toThrow(/b\.txt:3: binary data/);
  });

  it("decodes GB18030 text", () => {
    // “政府工作报告” in GB18030.
    const gb = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6]);
    expect(decodeReport(gb, "c.txt")).toEqual({ text: "政府工作报告", encoding: "gb18030" });
  });

  it("decodes UTF-16 with its byte-order mark, as Windows saves 'Unicode' text, and reads the report as in UTF-8", () => {
    const text = "\ufeff2020年测试市政府工作报告\r\n各位代表：\r\n地区生产总值增长6%。\r\n";
    const le = new Uint8Array(Buffer.from(text, "utf16le"));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect(decodeReport(le, "u.txt")).toEqual({ text: text.slice(1), encoding: "utf-16le" });
    expect(decodeReport(be, "u.txt")).toEqual({ text: text.slice(1), encoding: "utf-16be" });
    const real = readFileSync(join(root, "content/raw/zhongwei-2020.txt"), "utf8");
    const wide = ingestBytes("zhongwei-2020.txt", new Uint8Array(Buffer.from(`\ufeff${real}`, "utf16le")));
    expect(wide.markdown.replace(/source_sha256: .*\n/, "")).toBe(ingestText("zhongwei-2020.txt", real).markdown.replace(/source_sha256: .*\n/, ""));
    expect(wide.warnings).toContainEqual(expect.objectContaining({ line: 1, message: expect.stringMatching(/read as UTF-16LE, not UTF-8/) }));
    // A lone surrogate after the mark is no UTF-16 text: refused, naming the file.
    expect(() => decodeReport(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), "v.txt")).toThrow(/v\.txt:1: not valid UTF-16LE/);
  });

  it("refuses Latin-1 bytes and a file cut in the middle of a character, naming the line", () => {
    const latin1 = new Uint8Array([...utf8("标题\n"), 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(() => decodeReport(latin1, "d.txt")).toThrow(/d\.txt:2: not valid UTF-8/);
    const cut = utf8("第一行\n第二行").slice(0, -1);
    const err = (() => {
      try {
        decodeReport(cut, "e.txt");
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(IngestError);
    expect((err as IngestError).line).toBe(2);
  });

  it("refuses a text with no recognisable header", () => {
    expect(() => ingestText("f-2020.txt", "这不是一份报告。\n只是几行字。\n")).toThrow(/f-2020\.txt:1: no recognisable header/);
  });

  it("refuses a file name that is not <place>-<year>.txt or .md", () => {
    expect(() => ingestText("Report 2020.txt", "x")).toThrow(/file name must be <place>-<year>\.txt or \.md/);
  });
});
