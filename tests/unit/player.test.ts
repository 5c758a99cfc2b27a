import { describe, expect, it } from 'vitest';
import {
  beginSteps,
  breakOf,
  isPlayerState,
  mustEaseOff,
  next,
  pause,
  previous,
  rate,
  remainingMs,
  resume,
  secondsSpent,
  startPlayer,
  sync,
} from '../../core/player';
import { routineById, type Routine } from '../../core/routines';

const T0 = 1_800_000_000_000;
const S = 1000;
const neck = routineById('neck-rolls')!;
const ball = routineById('wall-ball-shoulder-blades')!;
const desk = routineById('desk-movement')!;
const ms = (r: Routine, i: number) => r.steps[i]!.seconds * S;
const firstPressure = (r: Routine) => r.steps.findIndex((s) => s.pressure);

describe('player time arithmetic, clock passed in', () => {
  it('starts a routine without a rating on step 1 with the full time', () => {
    const p = startPlayer(desk, T0);
    expect(p.phase).toBe('step');
    expect(remainingMs(p, desk, T0)).toBe(ms(desk, 0));
  });

  it('neck rolls ask for a rating first, then step 1 has its full time', () => {
    const p = beginSteps(startPlayer(neck, T0), neck, T0);
    expect(p.phase).toBe('step');
    expect(remainingMs(p, neck, T0)).toBe(ms(neck, 0));
    expect(remainingMs(p, neck, T0 + 4 * S)).toBe(ms(neck, 0) - 4 * S);
  });

  it('moves on by itself when a step ends, exactly at its end', () => {
    const p = beginSteps(startPlayer(neck, T0), neck, T0);
    const at = T0 + ms(neck, 0) + 2 * S;
    const s = sync(p, neck, at);
    expect(s.step).toBe(1);
    expect(s.stepStartedAt).toBe(T0 + ms(neck, 0));
    expect(remainingMs(s, neck, at)).toBe(ms(neck, 1) - 2 * S);
  });

  it('a page closed for a while catches up through several steps without drift', () => {
    const p = beginSteps(startPlayer(neck, T0), neck, T0);
    const at = T0 + ms(neck, 0) + ms(neck, 1) + ms(neck, 2) + 1 * S;
    const s = sync(p, neck, at);
    expect(s.step).toBe(3);
    expect(remainingMs(s, neck, at)).toBe(ms(neck, 3) - 1 * S);
  });

  it('pause freezes the time left; resume continues from there', () => {
    const p = pause(beginSteps(startPlayer(neck, T0), neck, T0), T0 + 5 * S);
    expect(remainingMs(p, neck, T0 + 60 * S)).toBe(ms(neck, 0) - 5 * S);
    expect(sync(p, neck, T0 + 600 * S)).toBe(p);
    const r = resume(p, T0 + 60 * S);
    expect(remainingMs(r, neck, T0 + 61 * S)).toBe(ms(neck, 0) - 6 * S);
    expect(secondsSpent(r, T0 + 61 * S)).toBe(6);
  });

  it('next skips to the following step with its full time; previous goes back', () => {
    const p = next(beginSteps(startPlayer(neck, T0), neck, T0), neck, T0 + 3 * S);
    expect(p.step).toBe(1);
    expect(remainingMs(p, neck, T0 + 3 * S)).toBe(ms(neck, 1));
    const b = previous(p, neck, T0 + 4 * S);
    expect(b.step).toBe(0);
    expect(remainingMs(b, neck, T0 + 4 * S)).toBe(ms(neck, 0));
    expect(previous(b, neck, T0 + 5 * S).step).toBe(0);
  });

  it('next while paused stays paused on the new step', () => {
    const p = next(pause(beginSteps(startPlayer(neck, T0), neck, T0), T0 + 2 * S), neck, T0 + 3 * S);
    expect(p.pausedAt).toBe(T0 + 3 * S);
    expect(remainingMs(p, neck, T0 + 100 * S)).toBe(ms(neck, 1));
  });

  it('resumes after a reopen with the same step and time left (state is plain data)', () => {
    const p = sync(beginSteps(startPlayer(neck, T0), neck, T0), neck, T0 + ms(neck, 0) + 5 * S);
    const reopened = JSON.parse(JSON.stringify(p));
    const at = T0 + ms(neck, 0) + 7 * S;
    expect(sync(reopened, neck, at).step).toBe(1);
    expect(remainingMs(reopened, neck, at)).toBe(ms(neck, 1) - 7 * S);
  });

  it('past the last step is the end; seconds spent stop there', () => {
    let p = beginSteps(startPlayer(neck, T0), neck, T0);
    let at = T0;
    for (let i = 0; i < neck.steps.length; i++) {
      at += 1 * S;
      p = next(p, neck, at);
    }
    expect(p.phase).toBe('after');
    expect(secondsSpent(p, at + 100 * S)).toBe(neck.steps.length);
  });
});

describe('massage routines and the intensity gate', () => {
  it('ask intensity first and start the clock when the steps begin', () => {
    const p = startPlayer(ball, T0);
    expect(p.phase).toBe('before');
    const s = beginSteps(rate(p, 4), ball, T0 + 20 * S);
    expect(s.phase).toBe('step');
    expect(s.intensityBefore).toBe(4);
    expect(secondsSpent(s, T0 + 30 * S)).toBe(10);
  });

  it.each([
    [6, 'step'],
    [7, 'ease-off'],
    [10, 'ease-off'],
  ] as const)('a rating of %i before: the first pressure step is %s', (rating, phase) => {
    let p = beginSteps(rate(startPlayer(ball, T0), rating), ball, T0);
    for (let i = 0; i < firstPressure(ball); i++) p = next(p, ball, T0 + (i + 1) * S);
    expect(p.phase).toBe(phase);
    expect(mustEaseOff(p)).toBe(rating >= 7);
  });

  it('a rating of 7 during a step holds back the next pressure step, also when time runs out', () => {
    let p = beginSteps(rate(startPlayer(ball, T0), 2), ball, T0);
    p = rate(p, 8);
    const s = sync(p, ball, T0 + 3600 * S);
    expect(s.phase).toBe('ease-off');
    expect(s.step).toBe(firstPressure(ball));
  });

  it('a lower rating later lets the pressure steps through again', () => {
    let p = beginSteps(rate(startPlayer(ball, T0), 8), ball, T0);
    p = rate(p, 3);
    for (let i = 0; i < firstPressure(ball); i++) p = next(p, ball, T0 + (i + 1) * S);
    expect(p.phase).toBe('step');
  });

  it('ratings are whole numbers from 0 to 10', () => {
    const p = startPlayer(ball, T0);
    expect(rate(p, 12).intensityBefore).toBe(10);
    expect(rate(p, -3).intensityBefore).toBe(0);
    expect(rate(p, 6.6).intensityBefore).toBe(7);
  });
});

describe('a saved player', () => {
  const HOUR = 3600 * S;

  it('resumes when well formed and recent, through a JSON round trip as storage keeps it', () => {
    const saved = JSON.parse(JSON.stringify(next(startPlayer(desk, T0), desk, T0 + 10 * S)));
    expect(isPlayerState(saved, T0 + HOUR)).toBe(true);
  });

  // A routine left running would have reached its last step by then (see below): abandoned means left half done.
  it('is dropped when abandoned two hours ago or more', () => {
    expect(isPlayerState(pause(startPlayer(desk, T0), T0 + 10 * S), T0 + 2 * HOUR)).toBe(false);
    expect(isPlayerState(startPlayer(neck, T0), T0 + 2 * HOUR)).toBe(false);
  });

  it('is kept, however long ago, when the routine ran to its last step with no page open: its break is still to be recorded', () => {
    const deskSeconds = desk.steps.reduce((sum, step) => sum + step.seconds, 0);
    const left = startPlayer(desk, T0);
    expect(isPlayerState(JSON.parse(JSON.stringify(left)), T0 + 3 * HOUR)).toBe(true);
    expect(isPlayerState(left, T0 + 30 * 24 * HOUR)).toBe(true);
    // The break it stands for is the routine's own length, not the hours since.
    expect(breakOf(sync(left, desk, T0 + 3 * HOUR), true, T0 + 3 * HOUR)).toMatchObject({ routineId: 'desk-movement', completed: true, seconds: deskSeconds });
  });

  it('is kept, however long ago, while its break is on its way to the history', () => {
    const ended = { ...pause(startPlayer(desk, T0), T0 + 10 * S), recording: { id: 'b-1', fields: { kind: 'routine' as const, routineId: 'desk-movement' as const, seconds: 10, completed: false } } };
    expect(isPlayerState(JSON.parse(JSON.stringify(ended)), T0 + 5 * HOUR)).toBe(true);
    expect(isPlayerState({ ...ended, recording: { id: '', fields: ended.recording.fields } }, T0)).toBe(false);
    expect(isPlayerState({ ...ended, recording: { id: 'b-1', fields: { kind: 'natural' } } }, T0)).toBe(false);
  });

  it.each([
    ['nothing', undefined],
    ['an unknown routine', { ...startPlayer(desk, T0), routineId: 'headstand' }],
    ['an unknown phase', { ...startPlayer(desk, T0), phase: 'warm-up' }],
    ['a fractional step', { ...startPlayer(desk, T0), step: 1.5 }],
    ['no start time', { ...startPlayer(desk, T0), startedAt: undefined }],
    ['a malformed record on its way', { ...startPlayer(desk, T0), recording: 'yes' }],
  ])('is dropped when it holds %s', (_, saved) => {
    expect(isPlayerState(saved, T0)).toBe(false);
  });
});
