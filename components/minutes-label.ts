// A length in whole minutes as the pages write it ("3 min"; in Arabic "3 دقائق"): the language's plural form and digits.
import { formatNumber } from '../core/number-format';
import { pluralKey } from '../core/plural';
import type { Translate } from '../core/translate';

export function minutesLabel(minutes: number, t: Translate, locale: string): string {
  return t(pluralKey('routine_duration', minutes, locale), formatNumber(minutes, locale));
}
