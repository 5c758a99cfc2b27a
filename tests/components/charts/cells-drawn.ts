// Counts the calendar's day cells Preact diffs (re-draws), through Preact's documented `options.diffed` hook.
import { options } from 'preact';
import { onTestFinished } from 'vitest';

export function countCellsDrawn() {
  const previous = options.diffed;
  let count = 0;
  options.diffed = (vnode) => {
    if ((vnode.props as { role?: string } | null)?.role === 'gridcell') count++;
    previous?.(vnode);
  };
  onTestFinished(() => {
    options.diffed = previous;
  });
  return { reset: () => void (count = 0), count: () => count };
}
