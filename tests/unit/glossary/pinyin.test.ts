/** Glossary terms in pinyin, beside the characters on the English glossary. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { termPinyin } from "../../../src/i18n/glossary.ts";

describe("termPinyin", () => {
  it("gives the term in pinyin, word by word, quotation marks left out, first letter capitalised", () => {
    expect(termPinyin("“两不愁三保障”")).toBe("Liang buchou san baozhang");
    expect(termPinyin("黄河“四乱”")).toBe("Huanghe si luan");
    expect(termPinyin("“1+9”创建机制")).toBe("1+9 chuangjian jizhi");
  });

  it("reads no character as a surname: 六 is liu here", () => {
    expect(termPinyin("“六稳”工作")).toBe("Liu wen gongzuo");
    expect(termPinyin("六废联治")).toMatch(/^Liu /);
  });

  it("gives none for a term without Chinese characters", () => {
    expect(termPinyin("5+3")).toBeNull();
    expect(termPinyin("“1+7+X”")).toBeNull();
  });

  it("leaves no Chinese character in the pinyin of any term of the appendices", () => {
    const dir = join(import.meta.dirname, "../../../content/glossary");
    const terms = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(join(dir, f), "utf8")) as { entries: { term: string; term_display: string }[] }).entries);
    expect(terms.length).toBeGreaterThan(10);
    for (const t of terms)
      for (const text of [t.term, t.term_display]) expect(termPinyin(text) ?? "", text).not.toMatch(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”]/);
  });
});
