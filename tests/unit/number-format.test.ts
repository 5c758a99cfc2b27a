// Counts and the player's countdown in the page's language: digits and grouping from Intl, never String(n).
import { describe, expect, it } from 'vitest';
import { formatCountdown, formatNumber, formatTwoDigits } from '../../core/number-format';

describe('formatNumber', () => {
  it.each([
    ['en', 1234, '1,234'],
    ['en', 7, '7'],
    ['de', 1234, '1.234'],
    // Egyptian Arabic writes Arabic-Indic digits with the Arabic thousands separator (U+066C).
    ['ar-EG', 1234, '\u0661\u066c\u0662\u0663\u0664'],
    ['ar-EG', 0, '\u0660'],
    ['hi-IN', 1234567, '12,34,567'],
  ])('%s writes %d as %s', (locale, n, text) => {
    expect(formatNumber(n, locale)).toBe(text);
  });
});

describe('formatTwoDigits', () => {
  it.each([
    ['en', 5, '05'],
    ['en', 30, '30'],
    ['ar-EG', 5, '\u0660\u0665'],
  ])('%s writes %d as %s', (locale, n, text) => {
    expect(formatTwoDigits(n, locale)).toBe(text);
  });
});

describe('formatCountdown', () => {
  it.each([
    ['en', 65_000, '1:05'],
    ['en', 64_001, '1:05'],
    ['en', 30_000, '0:30'],
    ['en', 0, '0:00'],
    ['en', -400, '0:00'],
    ['en', 600_000, '10:00'],
    ['ar-EG', 65_000, '\u0661:\u0660\u0665'],
  ])('%s shows %d ms as %s', (locale, ms, text) => {
    expect(formatCountdown(ms, locale)).toBe(text);
  });
});
