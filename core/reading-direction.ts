// Reading direction for drawings and keys: where an item of a row goes, and which way an arrow key moves along it.

export type ReadingDirection = 'ltr' | 'rtl';

/**
 * The x of something `size` wide that sits at `x` when read left to right, in a drawing `width` wide read
 * the given way: right to left, the row starts at the right (a point has size 0, a rect its width).
 */
export function inlineX(x: number, width: number, direction: ReadingDirection, size = 0): number {
  return direction === 'rtl' ? width - x - size : x;
}

/**
 * How far along a row (in reading order) an arrow key moves: +1 for the next item, -1 for the previous.
 * ArrowRight goes to the item on the right: the next one left to right, the previous one right to left.
 * Undefined for any other key.
 */
export function inlineMove(key: string, direction: ReadingDirection): 1 | -1 | undefined {
  const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  return key === forward ? 1 : key === back ? -1 : undefined;
}

/**
 * Days moved by an arrow key in a calendar whose columns are weeks and rows weekdays: up and down by a day,
 * left and right by a week, towards later days along the reading direction.
 */
export function calendarMove(key: string, direction: ReadingDirection): number | undefined {
  if (key === 'ArrowUp') return -1;
  if (key === 'ArrowDown') return 1;
  const along = inlineMove(key, direction);
  return along === undefined ? undefined : along * 7;
}
