import type { UiDict } from "../index.ts";

const reader: UiDict["reader"] = {};
export default reader;
