/** Which addresses the not-found page reads as a comparison of two reports (src/scripts/not-found.ts). */
import { describe, expect, it } from "vitest";
import { pairOfPath } from "../../../src/scripts/not-found.ts";

describe("pairOfPath", () => {
  it("reads the two report ids of a comparison address, in either language, with or without the last slash", () => {
    expect(pairOfPath("/compare/zhongwei-2021/yinchuan-2021/")).toEqual({ a: "zhongwei-2021", b: "yinchuan-2021" });
    expect(pairOfPath("/en/compare/guyuan-2020/yinchuan-2021")).toEqual({ a: "guyuan-2020", b: "yinchuan-2021" });
  });

  it("reads nothing else: other pages, one id, the same id twice, ids that are not report ids", () => {
    for (const path of ["/reports/zhongwei-2021/", "/compare/zhongwei-2021/", "/compare/a/b/", "/compare/zhongwei-2021/zhongwei-2021/", "/compare/zhongwei-2021/yinchuan-2021/x/", "/compare/view/"])
      expect(pairOfPath(path), path).toBeNull();
  });
});
