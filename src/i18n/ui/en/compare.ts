import type { UiDict } from "../index.ts";

const compare: UiDict["compare"] = {};
export default compare;
