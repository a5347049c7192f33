/**
 * The places a report names besides its own, as a test of a bare name: a name the text also writes with the suffix of
 * a city, prefecture, county or league (`成都市获批…` names 成都), not a word before 市场, 县域 …, and not the report's own
 * place (四川省: 四川). A figure whose label opens with such a name (`成都经济总量近2万亿元`) is that place's.
 */
export function namedPlaces(text: string, own: string): (name: string) => boolean {
  const seen = new Map<string, boolean>();
  return (name) => {
    if (!seen.has(name)) {
      // Only a name of two or three Han characters is tried, so no character of it is special in a pattern (a
      // plain-text report may hold a `**` or a bracket where the name would be).
      const plausible = /^[\u4e00-\u9fff]{2,3}$/.test(name) && !own.startsWith(name);
      seen.set(name, plausible && new RegExp(`${name}(?:市(?![场民政容级值面委域])|州(?![府])|县(?![域级城])|盟)`).test(text));
    }
    return seen.get(name)!;
  };
}

/**
 * A sentence whose subject is one or more of the places the report names (see {@link namedPlaces}), bare or with 市, before
 * the verb of what they must do (Liaoning 2003: `沈阳、大连要瞄准沿海发达省、市，加快发展步伐，国内生产总值年均递增12%以上`):
 * its figures are theirs, not the report's place's. Not the place's whole or its parts taken together (`各市要`, `全省要`).
 * So is one named before the verb of what it strives for (Yinchuan 2025: `灵武市力争经济总量突破千亿、在全国百强县争先进位，
 * 兴庆区争取迈入全国百强区`): a county-level city's own economy.
 */
const PLACES_SUBJECT = /^((?:\p{Script=Han}{2,3}市?、)*\p{Script=Han}{2,3}市?)(?:两市|三市|等市)?(?:要|将|须|必须|应|力争|争取)(?![素求点])/u;

/** Whether `upTo`, a sentence from its start to a figure, has other places the report names as its subject. */
export function placesAsSubject(upTo: string, otherPlace: (name: string) => boolean): boolean {
  const m = PLACES_SUBJECT.exec(upTo);
  if (!m) return false;
  return m[1]!.split("、").every((n) => !/^[各全我本]/.test(n) && otherPlace(n.replace(/(?<=^\p{Script=Han}{2,3})市$/u, "")));
}

/**
 * A sentence whose subject is a county, district, banner or county-level city of the place, named with its suffix, that
 * sets the line it takes (Jinchang 2023: `永昌县以工业主导型和生态功能型为方向，大力发展…，确保生产总值达到120亿元以上`,
 * `金川区以工业主导型和城市服务型为方向，…确保生产总值达到450亿元以上`): its figures are that part's, not the report's
 * place's. Not the place's whole or its own name (`全区`, `我县`, `金昌市` in Jinchang's report).
 */
const PART_WAY_SUBJECT = /^(\p{Script=Han}{2,4}?)(?:市|县|区|旗)以[^。；，]{1,30}?为(?:方向|主攻方向|重点|主导|定位|引领|抓手)，/u;

/** Whether `upTo`, a sentence from its start to a figure, has a part of the report's place `own` as its subject. */
export function partTakingWay(upTo: string, own: string): boolean {
  // The cheap test first: `以` right after a name of two to four characters and its suffix.
  if (upTo[3] !== "以" && upTo[4] !== "以" && upTo[5] !== "以") return false;
  const m = PART_WAY_SUBJECT.exec(upTo);
  return !!m && !/^[各全我本该]/.test(m[1]!) && !own.startsWith(m[1]!);
}
