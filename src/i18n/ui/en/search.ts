import type { UiDict } from "../index.ts";

const search: UiDict["search"] = {};
export default search;
