// How reminders were answered, from sequences of records as the worker writes them (ids and links written out).
import { describe, expect, it } from 'vitest';
import { answersTally, takenShare, type WeekAnswers } from '../../core/answers';
import type { BreakRecord } from '../../core/breaks';

/** A record on a day of the week of Monday 2026-11-23 (or later weeks), at 10:00 local time in Berlin. */
const rec = (id: string, day: string, fields: Omit<BreakRecord, 'id' | 'at' | 'time'>): BreakRecord => {
  const at = `${day}T10:00:00+01:00`;
  return { id, at, time: Date.parse(at), ...fields };
};
const TODAY = '2026-12-02'; // a Wednesday: this week starts on Monday 2026-11-30

function weeks(records: BreakRecord[], n = 2): WeekAnswers[] {
  const tally = answersTally(TODAY, n);
  for (const r of records) tally.add(r);
  return tally.result();
}
const none = { due: 0, taken: 0, snoozedTaken: 0, natural: 0, skipped: 0, unanswered: 0 };

describe('how reminders were answered', () => {
  it('each kind of ending, counted in the week the reminder first came due', () => {
    const records = [
      // taken at once
      rec('due-a', '2026-11-24', { kind: 'due' }),
      rec('r1', '2026-11-24', { kind: 'routine', routineId: 'neck-rolls', completed: true, dueId: 'due-a' }),
      // snoozed twice, then taken
      rec('due-b', '2026-11-25', { kind: 'due' }),
      rec('s1', '2026-11-25', { kind: 'snoozed', dueId: 'due-b' }),
      rec('due-b2', '2026-11-25', { kind: 'due', dueId: 'due-b' }),
      rec('s2', '2026-11-25', { kind: 'snoozed', dueId: 'due-b2' }),
      rec('due-b3', '2026-11-25', { kind: 'due', dueId: 'due-b2' }),
      rec('m1', '2026-11-25', { kind: 'movement', completed: true, dueId: 'due-b3' }),
      // away from the computer
      rec('due-c', '2026-11-26', { kind: 'due' }),
      rec('n1', '2026-11-26', { kind: 'natural', seconds: 600, dueId: 'due-c' }),
      // snoozed, then skipped: skipped
      rec('due-d', '2026-11-27', { kind: 'due' }),
      rec('s3', '2026-11-27', { kind: 'snoozed', dueId: 'due-d' }),
      rec('due-d2', '2026-11-27', { kind: 'due', dueId: 'due-d' }),
      rec('k1', '2026-11-27', { kind: 'skipped', dueId: 'due-d2' }),
      // dropped at the day's end; a routine started but not finished does not answer
      rec('due-e', '2026-11-27', { kind: 'due' }),
      rec('r2', '2026-11-27', { kind: 'routine', routineId: 'calves', completed: false, dueId: 'due-e' }),
      rec('x1', '2026-11-27', { kind: 'dropped', dueId: 'due-e' }),
      // snoozed, and then nothing came (a pause): unanswered
      rec('due-f', '2026-12-01', { kind: 'due' }),
      rec('s4', '2026-12-01', { kind: 'snoozed', dueId: 'due-f' }),
      // no record at all after it
      rec('due-g', '2026-12-02', { kind: 'due' }),
      // breaks taken with no reminder are not reminders
      rec('r3', '2026-12-02', { kind: 'routine', routineId: 'neck-rolls', completed: true }),
    ];
    expect(weeks(records)).toEqual([
      { start: '2026-11-23', due: 5, taken: 1, snoozedTaken: 1, natural: 1, skipped: 1, unanswered: 1 },
      { start: '2026-11-30', due: 2, taken: 0, snoozedTaken: 0, natural: 0, skipped: 0, unanswered: 2 },
    ]);
  });

  it('records in any order give the same', () => {
    const records = [
      rec('m1', '2026-11-25', { kind: 'movement', completed: true, dueId: 'due-b2' }),
      rec('due-b2', '2026-11-25', { kind: 'due', dueId: 'due-b' }),
      rec('s1', '2026-11-25', { kind: 'snoozed', dueId: 'due-b' }),
      rec('due-b', '2026-11-25', { kind: 'due' }),
    ];
    expect(weeks(records)[0]).toEqual({ start: '2026-11-23', ...none, due: 1, snoozedTaken: 1 });
    expect(weeks(records.toReversed())[0]).toEqual({ start: '2026-11-23', ...none, due: 1, snoozedTaken: 1 });
  });

  it('a reminder snoozed across midnight into the next week counts in the week it first came due', () => {
    const records = [
      rec('due-a', '2026-11-29', { kind: 'due' }),
      rec('s1', '2026-11-29', { kind: 'snoozed', dueId: 'due-a' }),
      rec('due-a2', '2026-11-30', { kind: 'due', dueId: 'due-a' }),
      rec('k1', '2026-11-30', { kind: 'skipped', dueId: 'due-a2' }),
    ];
    expect(weeks(records)).toEqual([
      { start: '2026-11-23', ...none, due: 1, skipped: 1 },
      { start: '2026-11-30', ...none },
    ]);
  });

  it('a history from before reminders were linked (version 1) or a file that links in a circle: nothing breaks', () => {
    expect(weeks([rec('r1', '2026-11-24', { kind: 'routine', routineId: 'neck-rolls', completed: true })])).toEqual([
      { start: '2026-11-23', ...none },
      { start: '2026-11-30', ...none },
    ]);
    const circle = [
      rec('due-a', '2026-11-24', { kind: 'due', dueId: 'due-b' }),
      rec('due-b', '2026-11-24', { kind: 'due', dueId: 'due-a' }),
      rec('s1', '2026-11-24', { kind: 'snoozed', dueId: 'due-a' }),
      rec('s2', '2026-11-24', { kind: 'snoozed', dueId: 'due-b' }),
    ];
    expect(weeks(circle)[0]!.due).toBe(0);
  });

  it('the share taken: breaks taken at once or after snoozing, of the reminders', () => {
    expect(takenShare({ start: '2026-11-23', due: 5, taken: 1, snoozedTaken: 1, natural: 1, skipped: 1, unanswered: 1 })).toBe(0.4);
    expect(takenShare({ start: '2026-11-23', ...none })).toBeUndefined();
  });
});
