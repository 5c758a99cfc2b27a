// Runs tests with the machine in another timezone: Node reads process.env.TZ again whenever it changes.
import { afterAll, afterEach, beforeEach } from 'vitest';

/** Sets the timezone, or (for undefined) goes back to the system's: assigning undefined would set the text "undefined". */
function setTz(tz: string | undefined): void {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
}

/** Switches to `tz` now, while the file loads, and back after all the tests of the file or describe block. */
export function timezoneForAll(tz: string): void {
  const saved = process.env.TZ;
  setTz(tz);
  afterAll(() => setTz(saved));
}

/** Each test of the file or describe block runs in `tz`; the timezone before it is put back after it. */
export function timezoneForEach(tz: string): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    setTz(tz);
  });
  afterEach(() => setTz(saved));
}

/** Runs `run` in `tz` and puts the timezone back, even when it throws. */
export function inTimezone<T>(tz: string, run: () => T): T {
  const saved = process.env.TZ;
  setTz(tz);
  try {
    return run();
  } finally {
    setTz(saved);
  }
}
