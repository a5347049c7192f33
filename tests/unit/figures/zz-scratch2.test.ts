import { it } from "vitest";
import { listItems } from "../../../src/lib/figures/lists.ts";
it("prints", () => {
  for (const s of process.env.ZZ_L!.split("|")) console.log("OUT " + s + " => " + JSON.stringify(listItems(s, s.split(/[、和]/).length)));
});
