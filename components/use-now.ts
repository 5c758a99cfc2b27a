// The current time for display: read at every render, and a render at least every `periodMs` while the page is open.
import { useEffect, useReducer } from 'preact/hooks';

export function useNow(periodMs: number, clock: () => number = Date.now): number {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const id = setInterval(tick, periodMs);
    return () => clearInterval(id);
  }, [periodMs]);
  return clock();
}
