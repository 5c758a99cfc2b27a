// Plural message keys: "<base>_one" or "<base>_other", chosen by the language's own plural rules.
const rules = new Map<string, Intl.PluralRules>();

/**
 * Every plural message has exactly these two forms in every locale; a language whose rules have
 * more categories (few, many) uses its "other" form for them, which reads right for the counts
 * Unknot shows in the languages it ships.
 */
export function pluralKey(base: string, count: number, locale: string): string {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return `${base}_${r.select(count) === 'one' ? 'one' : 'other'}`;
}
