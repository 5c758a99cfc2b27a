// Plural message keys: "<base>_<category>", the category chosen by the language's own plural rules (CLDR, through
// Intl.PluralRules): English has one and other, Polish one, few, many and other, Arabic zero, one, two, few, many
// and other, Japanese other only. Every translation carries each form its language uses, and no other.
const rules = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

/** The message key for `count` of `base` in `locale`, which must be the language the messages are written in. */
export function pluralKey(base: string, count: number, locale: string): string {
  return `${base}_${rulesFor(locale).select(count)}`;
}
