import { lazily } from "../lazy.ts";

type Pinyin = typeof import("pinyin-pro").pinyin;
const pinyinPro = lazily<typeof import("pinyin-pro")>("pinyin-pro");

/** pinyin-pro's `pinyin`, its dictionary loaded at the first call (src/lib/lazy.ts). */
export const pinyin = ((...args: Parameters<Pinyin>) => (pinyinPro().pinyin as (...a: Parameters<Pinyin>) => ReturnType<Pinyin>)(...args)) as Pinyin;
