// How reminders were answered: each break that came due, followed through its snoozes to what ended it.
import type { BreakRecord } from './breaks';
import { addDaysToKey, dayOfBreak, weekStartKey } from './day';

/** How one reminder ended. A reminder snoozed and then skipped counts as skipped. */
export const ANSWERS = ['taken', 'snoozedTaken', 'natural', 'skipped', 'unanswered'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface WeekAnswers extends Record<Answer, number> {
  /** Monday, "YYYY-MM-DD". */
  start: string;
  /** Reminders that came due that week (a snoozed one and the break after it are one reminder). */
  due: number;
}

/** What a record that names a due record (by dueId) says of it. */
type Link = 'snoozed' | 'taken' | 'natural' | 'skipped' | 'dropped';

function linkOf(b: BreakRecord): Link | undefined {
  switch (b.kind) {
    case 'snoozed':
    case 'natural':
    case 'skipped':
    case 'dropped':
      return b.kind;
    case 'routine':
    case 'movement':
      return b.completed ? 'taken' : undefined;
    default:
      return undefined;
  }
}

/**
 * Adds records in any order, one at a time (the dashboard's one loop over the year), then `result()` gives
 * the last `weeks` weeks up to today's, oldest first. A due record that follows a snooze names the snoozed
 * one (its dueId): together they are one reminder, dated by the first.
 */
export function answersTally(today: string, weeks: number) {
  const dues = new Map<string, { day: string; follows?: string }>();
  const links = new Map<string, Link>();
  /** The due record that came after a snooze of this one. */
  const next = new Map<string, string>();

  function add(b: BreakRecord): void {
    if (b.kind === 'due') {
      dues.set(b.id, { day: dayOfBreak(b.at), ...(b.dueId === undefined ? {} : { follows: b.dueId }) });
      if (b.dueId !== undefined) next.set(b.dueId, b.id);
      return;
    }
    const link = b.dueId === undefined ? undefined : linkOf(b);
    // A reminder answered twice (two pages) keeps its first answer that is not a snooze.
    if (link !== undefined && (links.get(b.dueId!) === undefined || links.get(b.dueId!) === 'snoozed')) links.set(b.dueId!, link);
  }

  /** Follows a reminder from its first due record to the end: how it ended. */
  function outcome(first: string): Answer {
    let id = first;
    let snoozed = false;
    // Each step moves to a record not seen before: a file that links in a circle ends too.
    const seen = new Set<string>();
    while (!seen.has(id)) {
      seen.add(id);
      const link = links.get(id);
      if (link === 'taken') return snoozed ? 'snoozedTaken' : 'taken';
      if (link === 'natural' || link === 'skipped') return link;
      const after = link === 'snoozed' ? next.get(id) : undefined;
      if (after === undefined) return 'unanswered';
      snoozed = true;
      id = after;
    }
    return 'unanswered';
  }

  function result(): WeekAnswers[] {
    const thisWeek = weekStartKey(today);
    const starts = Array.from({ length: weeks }, (_, i) => addDaysToKey(thisWeek, -7 * (weeks - 1 - i)));
    const byWeek = new Map(starts.map((start) => [start, { start, due: 0, taken: 0, snoozedTaken: 0, natural: 0, skipped: 0, unanswered: 0 }]));
    for (const [id, due] of dues) {
      // The break after a snooze belongs to the reminder it continues, when that one is known.
      if (due.follows !== undefined && dues.has(due.follows)) continue;
      const week = byWeek.get(weekStartKey(due.day));
      if (!week) continue;
      week.due += 1;
      week[outcome(id)] += 1;
    }
    return [...byWeek.values()];
  }

  return { add, result };
}

/** The share of a week's reminders answered by a break taken (at once or after snoozing), 0–1; undefined with none. */
export function takenShare(week: WeekAnswers): number | undefined {
  return week.due === 0 ? undefined : (week.taken + week.snoozedTaken) / week.due;
}
