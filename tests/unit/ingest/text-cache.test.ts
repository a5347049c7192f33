import { describe, expect, it } from "vitest";
import { forgetTexts, TextCache } from "../../../src/lib/text/cache.ts";

describe("TextCache: a pure function's answers of a text, each computed once", () => {
  it("computes an answer once per text and key, and gives it back after", () => {
    const cache = new TextCache<number, string>(8);
    let calls = 0;
    const read = (text: string, at: number) => cache.get(text, at, () => `${text.slice(at)}#${++calls}`);
    expect(read("地区生产总值增长6%", 6)).toBe("增长6%#1");
    expect(read("地区生产总值增长6%", 6)).toBe("增长6%#1");
    // The same characters built anew are the same text.
    expect(read(["地区生产总值", "增长6%"].join(""), 6)).toBe("增长6%#1");
    expect(read("地区生产总值增长6%", 0)).toBe("地区生产总值增长6%#2");
    expect(read("财政收入增长5%", 4)).toBe("增长5%#3");
    expect(calls).toBe(3);
  });

  it("keeps an answer that is null or false", () => {
    const cache = new TextCache<0, boolean | null>(8);
    let calls = 0;
    for (let i = 0; i < 3; i++) cache.get("没有数字", 0, () => (++calls, null));
    for (let i = 0; i < 3; i++) cache.get("也没有", 0, () => (++calls, false));
    expect(calls).toBe(2);
  });

  it("forgets every text when it holds as many as it keeps, then computes again", () => {
    const cache = new TextCache<0, number>(2);
    let calls = 0;
    const read = (text: string) => cache.get(text, 0, () => ++calls);
    read("一");
    read("二");
    expect(read("一")).toBe(1);
    read("三");
    expect(calls).toBe(3);
    expect(read("一")).toBe(4);
  });

  it("keeps what a computation asked of the same text (a range reads the number after it)", () => {
    const cache = new TextCache<number, string>(8);
    const calls: number[] = [];
    const read = (text: string, at: number): string =>
      cache.get(text, at, () => {
        calls.push(at);
        return at < text.length - 1 ? text[at]! + read(text, at + 1) : text[at]!;
      });
    expect(read("6%—7%", 0)).toBe("6%—7%");
    expect(read("6%—7%", 2)).toBe("—7%");
    expect(calls).toEqual([0, 1, 2, 3, 4]);
  });

  it("forgets every cache's answers when told to, so a timed parse finds none of its texts known", () => {
    const [a, b] = [new TextCache<0, number>(8), new TextCache<0, number>(8)];
    let calls = 0;
    a.get("地区生产总值", 0, () => ++calls);
    b.get("财政收入", 0, () => ++calls);
    forgetTexts();
    a.get("地区生产总值", 0, () => ++calls);
    b.get("财政收入", 0, () => ++calls);
    expect(calls).toBe(4);
  });
});
