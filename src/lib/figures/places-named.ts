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
