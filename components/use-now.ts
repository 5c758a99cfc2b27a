// The current time for display, refreshed every `periodMs` while the page is open.
import { useEffect, useState } from 'preact/hooks';

export function useNow(periodMs: number, clock: () => number = Date.now): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), periodMs);
    return () => clearInterval(id);
  }, [periodMs, clock]);
  return now;
}
