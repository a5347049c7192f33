import { it } from "vitest";
import { fixture } from "./helpers.ts";
it("prints", () => {
  const review = (process.env.ZZ_R ?? "").split("|").filter(Boolean);
  const plan = (process.env.ZZ_P ?? "地区生产总值增长8%。").split("|").filter(Boolean);
  const x = fixture(review, plan);
  for (const f of x.figures) console.log(`${f.kind} y=${f.year} p=${f.period} m=${f.metric} l=${f.label_zh} v=${f.value ?? `${f.min}-${f.max}`}${f.unit} q=${f.qualifier} | ${f.quote}`);
});
