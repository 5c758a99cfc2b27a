// Plural forms by each language's own rules, and the language a page formats in.
import { describe, expect, it } from 'vitest';
import { pageLocale } from '../../core/locale';
import { pluralKey } from '../../core/plural';

describe('pluralKey', () => {
  // Expected forms from the CLDR rules as grammars state them, not from Intl.
  it.each([
    ['en', 1, 'one'],
    ['en', 0, 'other'],
    ['en', 21, 'other'],
    ['fr', 0, 'one'],
    ['fr', 1_000_000, 'many'],
    ['ja', 1, 'other'],
    ['pl', 1, 'one'],
    ['pl', 3, 'few'],
    ['pl', 22, 'few'],
    ['pl', 5, 'many'],
    ['pl', 12, 'many'],
    ['pl', 112, 'many'],
    ['ar', 0, 'zero'],
    ['ar', 1, 'one'],
    ['ar', 2, 'two'],
    ['ar', 3, 'few'],
    ['ar', 110, 'few'],
    ['ar', 111, 'many'],
    ['ar', 11, 'many'],
    ['ar', 100, 'other'],
    ['ko', 1, 'other'],
    ['zh-CN', 2, 'other'],
  ] as const)('%s, %d: the %s form', (locale, count, form) => {
    expect(pluralKey('breaks', count, locale)).toBe(`breaks_${form}`);
  });
});

describe('pageLocale', () => {
  it('keeps the browser tag while it is the language of the messages', () => {
    expect(pageLocale('en-GB', 'en')).toBe('en-GB');
    expect(pageLocale('pt-BR', 'pt-BR')).toBe('pt-BR');
    expect(pageLocale('ar', 'ar')).toBe('ar');
  });

  it('takes the messages tag when the browser language has no translation', () => {
    expect(pageLocale('uk', 'en')).toBe('en');
    expect(pageLocale('sw-KE', 'en')).toBe('en');
  });

  it('reads Chrome’s underscore form and ignores a tag that is no tag', () => {
    expect(pageLocale('fi', 'zh_CN')).toBe('zh-CN');
    expect(pageLocale('fi', '')).toBe('fi');
    expect(pageLocale('fi', 'locale_tag')).toBe('fi');
  });
});
