// Where break-due belongs, worked out by the test itself with plain Date arithmetic from the numbers a policy
// file or the README states, never with the app's own scheduler: for one working range a day.
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export interface Plan {
  intervalMinutes: number;
  /** docs/policy.md: "A break at this minute of every working hour"; the interval is then not in use. */
  breakAtMinute?: number | null;
  /** Working days as the settings and policy files name them ("mon", "tue", …). */
  workDays: readonly string[];
  /** One working range a day, "HH:MM" local time. */
  start: string;
  end: string;
}

const at = (day: Date, time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes).getTime();
};

/**
 * The first break after `anchor`: one interval after the anchor, or after the start of that day's range when
 * the anchor lies before it, on the first working day where that still falls before the range ends.
 */
export function firstBreakAfter(plan: Plan, anchor: number): number {
  if (typeof plan.breakAtMinute === 'number') return firstBreakAtMinute(plan, plan.breakAtMinute, anchor);
  const today = new Date(anchor);
  for (let offset = 0; offset <= 7; offset++) {
    const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() + offset);
    if (!plan.workDays.includes(DAY_NAMES[day.getDay()]!)) continue;
    const due = Math.max(anchor, at(day, plan.start)) + plan.intervalMinutes * 60_000;
    if (due < at(day, plan.end)) return due;
  }
  throw new Error(`no working time in the week after ${new Date(anchor).toString()}`);
}

/** The first moment at least 20 minutes after `anchor` at minute `minute` of an hour, strictly inside a working day's range. */
function firstBreakAtMinute(plan: Plan, minute: number, anchor: number): number {
  const start = new Date(anchor);
  for (let hour = 0; hour <= 8 * 24; hour++) {
    const due = new Date(start.getFullYear(), start.getMonth(), start.getDate(), start.getHours() + hour, minute).getTime();
    const day = new Date(due);
    // README: after the last break (or the start) the next :MM is one at least 20 minutes away.
    if (due < anchor + 20 * 60_000 || !plan.workDays.includes(DAY_NAMES[day.getDay()]!)) continue;
    if (due > at(day, plan.start) && due < at(day, plan.end)) return due;
  }
  throw new Error(`no working hour holds minute ${minute} in the week after ${new Date(anchor).toString()}`);
}
