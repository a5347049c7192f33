import type { UiDict } from "../index.ts";

const cite: UiDict["cite"] = {};
export default cite;
