/**
 * The downloads written piece by piece: the JSON and CSV tables are the same bytes as one-shot serialisation
 * (`JSON.stringify(records, null, 2)`, d3's `csvFormatRows`), and the stream the build writes carries exactly
 * the pieces' text, whatever their size, in UTF-8.
 */
import { csvFormatRows, csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { csvLines } from "../../../src/lib/data/csv.ts";
import { jsonArrayLines } from "../../../src/lib/data/json.ts";
import { textStream } from "../../../src/lib/data/stream.ts";
import { figureCsvLines, figureJsonLines, figuresToCsv, figuresToJson } from "../../../src/lib/figures/export.ts";
import { real } from "../figures/helpers.ts";

const figures = [...real("zhongwei-2020").figures, ...real("ningxia-2021").figures];

describe("jsonArrayLines", () => {
  const cases: unknown[][] = [
    [],
    [1],
    [{ a: 1, b: [1, 2], c: null, d: { e: "x" } }],
    [{ quote: "他说：“要\n稳中求进”", emptyList: [], emptyObject: {} }, "字符串", [[]], true],
  ];
  it.each(cases)("writes what JSON.stringify(records, null, 2) writes, and a final newline (case %#)", (...records) => {
    expect([...jsonArrayLines(records)].join("")).toBe(`${JSON.stringify(records, null, 2)}\n`);
  });

  it("gives one piece per record, so a large table is never one string", () => {
    expect([...jsonArrayLines([{ a: 1 }, { a: 2 }, { a: 3 }])]).toHaveLength(4);
  });

  it("writes the real figure records as one-shot serialisation would", () => {
    expect(figuresToJson(figures)).toBe(`${JSON.stringify(JSON.parse(figuresToJson(figures)), null, 2)}\n`);
    expect(JSON.parse([...figureJsonLines(figures)].join(""))).toHaveLength(figures.length);
  });
});

describe("csvLines", () => {
  const fields = ["id", "text", "n", "pair", "flag"] as const;
  const records = [
    { id: "a", text: "含逗号,和“引号”\"及换行\n", n: 1.5, pair: [1, 2], flag: true },
    { id: "b", text: "", n: null, pair: null, flag: false },
  ];

  it("writes d3's csvFormatRows with a byte-order mark and a final newline", () => {
    const rows = records.map((r) => [r.id, r.text, r.n === null ? "" : String(r.n), r.pair ? r.pair.join(":") : "", String(r.flag)]);
    expect([...csvLines(fields, records)].join("")).toBe(`\ufeff${csvFormatRows([[...fields], ...rows])}\n`);
    expect([...csvLines(fields, [])].join("")).toBe(`\ufeff${fields.join(",")}\n`);
  });

  it("gives the header and then one line per record", () => {
    expect([...csvLines(fields, records)]).toHaveLength(3);
  });

  it("writes the real figure records, one row each, read back by a CSV parser", () => {
    const csv = [...figureCsvLines(figures)].join("");
    expect(csv).toBe(figuresToCsv(figures));
    expect(csvParse(csv.slice(1))).toHaveLength(figures.length);
  });
});

describe("textStream", () => {
  const read = async (pieces: Iterable<string>) => {
    const bytes = new Uint8Array(await new Response(textStream(pieces)).arrayBuffer());
    return { bytes, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  };

  it("carries the pieces' text as UTF-8, across many chunks", async () => {
    const pieces = Array.from({ length: 20_000 }, (_, i) => `第${i}行，增长6.5%；𠀀\n`);
    const { bytes, text } = await read(pieces);
    expect(text).toBe(pieces.join(""));
    expect(bytes.length).toBe(Buffer.byteLength(pieces.join(""), "utf8"));
  });

  it("writes nothing for no pieces, and one piece larger than a chunk whole", async () => {
    expect((await read([])).text).toBe("");
    const big = "字".repeat(200_000);
    expect((await read(["<", big, ">"])).text).toBe(`<${big}>`);
  });

  it("pulls pieces only as the stream is read", async () => {
    let made = 0;
    function* pieces() {
      for (let i = 0; i < 100_000; i++) {
        made++;
        yield "0123456789";
      }
    }
    const reader = textStream(pieces()).getReader();
    await reader.read();
    expect(made).toBeLessThan(100_000);
    await reader.cancel();
  });
});
