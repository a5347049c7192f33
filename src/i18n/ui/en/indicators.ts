import type { UiDict } from "../index.ts";

const indicators: UiDict["indicators"] = {};
export default indicators;
