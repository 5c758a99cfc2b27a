// Lengths in minutes take the language's plural form: Arabic says two minutes, three to ten minutes and eleven or
// more minutes in three different words.
import { describe, expect, it } from 'vitest';
import { minutesLabel } from '../../components/minutes-label';
import { localeMessages } from '../../scripts/locale-messages.mjs';

describe('minutesLabel', () => {
  it.each([
    ['ar', 1, '1 دقيقة'],
    ['ar', 2, '2 دقيقتان'],
    ['ar', 3, '3 دقائق'],
    ['ar', 10, '10 دقائق'],
    ['ar', 15, '15 دقيقة'],
    ['en', 1, '1 min'],
    ['en', 15, '15 min'],
    ['pl', 5, '5 min'],
  ] as const)('%s, %d: %s', (locale, minutes, text) => {
    // The page's Intl digits: Arabic's in the runtime's CLDR default, written out here.
    const digits = new Intl.NumberFormat(locale).format(minutes);
    expect(minutesLabel(minutes, localeMessages(locale), locale)).toBe(text.replace(String(minutes), digits));
  });
});
