import type { UiDict } from "../index.ts";

const tracker: UiDict["tracker"] = {};
export default tracker;
