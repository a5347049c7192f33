import type { UiDict } from "../index.ts";

const glossary: UiDict["glossary"] = {};
export default glossary;
