// Arrow keys and x positions by reading direction: right to left, rows start at the right and ArrowLeft moves on.
import { describe, expect, it } from 'vitest';
import { calendarMove, inlineMove, inlineX } from '../../core/reading-direction';

describe('inlineMove', () => {
  it.each([
    ['ArrowRight', 'ltr', 1],
    ['ArrowLeft', 'ltr', -1],
    ['ArrowRight', 'rtl', -1],
    ['ArrowLeft', 'rtl', 1],
    ['ArrowUp', 'ltr', undefined],
    ['ArrowDown', 'rtl', undefined],
    [' ', 'rtl', undefined],
    ['Home', 'ltr', undefined],
  ] as const)('%s in %s moves %s', (key, dir, move) => {
    expect(inlineMove(key, dir)).toBe(move);
  });
});

describe('calendarMove', () => {
  // Columns are weeks and rows weekdays: up and down a day either way, left and right a week the reading way.
  it.each([
    ['ArrowUp', 'ltr', -1],
    ['ArrowDown', 'ltr', 1],
    ['ArrowUp', 'rtl', -1],
    ['ArrowDown', 'rtl', 1],
    ['ArrowRight', 'ltr', 7],
    ['ArrowLeft', 'ltr', -7],
    ['ArrowRight', 'rtl', -7],
    ['ArrowLeft', 'rtl', 7],
    ['PageDown', 'rtl', undefined],
  ] as const)('%s in %s moves %s days', (key, dir, days) => {
    expect(calendarMove(key, dir)).toBe(days);
  });
});

describe('inlineX', () => {
  it('leaves left-to-right positions as they are', () => {
    expect(inlineX(30, 719, 'ltr', 11)).toBe(30);
    expect(inlineX(26, 719, 'ltr')).toBe(26);
  });

  it('mirrors a box about the drawing, so its right edge sits where its left edge sat from the other side', () => {
    // A box at 30..41 in a drawing 719 wide is at 678..689 right to left: 719 - 41 = 678.
    expect(inlineX(30, 719, 'rtl', 11)).toBe(678);
    // A point (a label's anchor) at 26 is at 693.
    expect(inlineX(26, 719, 'rtl')).toBe(693);
  });

  it('keeps the order reversed: the first of a row is rightmost right to left', () => {
    const xs = [0, 1, 2, 3].map((i) => inlineX(i * 22, 88, 'rtl', 22));
    expect(xs).toEqual([66, 44, 22, 0]);
  });
});
