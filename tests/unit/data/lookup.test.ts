import { describe, expect, it } from "vitest";
import { byId } from "../../../src/lib/lookup.ts";

describe("byId: a list by id, indexed once per list", () => {
  const places = [
    { id: "zhongwei", name: "中卫市" },
    { id: "guyuan", name: "固原市" },
    { id: "zhongwei", name: "中卫（重复）" },
  ];

  it("finds each id, the first item of an id as find would, and nothing for an unknown id", () => {
    expect(byId(places).get("guyuan")).toBe(places[1]);
    expect(byId(places).get("zhongwei")).toBe(places.find((p) => p.id === "zhongwei"));
    expect(byId(places).get("nowhere")).toBeUndefined();
  });

  it("keeps one index per list: the same list gives the same index, another list its own", () => {
    expect(byId(places)).toBe(byId(places));
    const other = places.slice(1);
    expect(byId(other)).not.toBe(byId(places));
    expect(byId(other).get("zhongwei")).toBe(places[2]);
  });
});
