// What voice guidance says and when, for every built-in routine: the expected lines are written out here from the
// routines as a person reads them (message keys, so a translation edit does not move them), and once in English.
import { describe, expect, it } from 'vitest';
import { beginSteps, next, pause, rate, startPlayer, sync } from '../../core/player';
import { routineById, ROUTINE_IDS, type RoutineId } from '../../core/routines';
import { linesDue, speechScript, type Line } from '../../core/speech-script';
import { getMessage } from '../support/messages';

const keys = (key: string) => key;
/** One line as the tables below write it: "step 3: step_x", "step 3 @10: voice_ten_seconds". */
const written = (l: Line) => `${l.place}${l.secondsLeft === undefined ? '' : ` @${l.secondsLeft}`}: ${l.text}`;

/**
 * A step as the tables write it: its place, its text key, and marks: S the side changes here ("switch sides"
 * first), P a pressure step (the intensity question; the gate's warning where it is held back), T ten seconds.
 */
function step(i: number, key: string, marks = ''): string[] {
  const at = `step ${i}`;
  return [
    ...(marks.includes('S') ? [`${at}: voice_switch_sides`] : []),
    `${at}: ${key}`,
    ...(marks.includes('P') ? [`${at}: intensity_during`] : []),
    ...(marks.includes('T') ? [`${at} @10: voice_ten_seconds`] : []),
    ...(marks.includes('P') ? [`ease-off ${i}: ease_off_heading`, `ease-off ${i}: ease_off_message`] : []),
  ];
}
const ASK = ['before: intensity_before'];
const ASK_AND_STOP_SIGNS = ['before: intensity_before', 'before: stop_signs_body'];
const END_AND_ASK = ['after: voice_done', 'after: intensity_after'];

const EXPECTED: Record<RoutineId, string[]> = {
  'neck-rolls': [
    ...ASK,
    ...step(0, 'step_sit_tall'),
    ...step(1, 'step_chin_tuck', 'T'),
    ...step(2, 'step_neck_half_circles', 'T'),
    ...step(3, 'step_ear_to_shoulder_left', 'T'),
    ...step(4, 'step_ear_to_shoulder_right', 'ST'),
    ...step(5, 'step_shoulder_rolls', 'T'),
    ...END_AND_ASK,
  ],
  'wall-ball-shoulder-blades': [
    ...ASK_AND_STOP_SIGNS,
    ...step(0, 'step_wall_ball_ready'),
    ...step(1, 'step_wall_ball_place_right'),
    ...step(2, 'step_wall_ball_roll_right', 'T'),
    ...step(3, 'step_wall_ball_hold_right', 'PT'),
    ...step(4, 'step_wall_ball_place_left', 'S'),
    ...step(5, 'step_wall_ball_roll_left', 'T'),
    ...step(6, 'step_wall_ball_hold_left', 'PT'),
    ...step(7, 'step_shoulder_rolls', 'T'),
    ...END_AND_ASK,
  ],
  'wall-ball-upper-shoulders': [
    ...ASK_AND_STOP_SIGNS,
    ...step(0, 'step_wall_ball_ready'),
    ...step(1, 'step_wall_ball_upper_place_right'),
    ...step(2, 'step_wall_ball_upper_roll_right', 'T'),
    ...step(3, 'step_wall_ball_upper_hold_right', 'PT'),
    ...step(4, 'step_wall_ball_upper_place_left', 'S'),
    ...step(5, 'step_wall_ball_upper_roll_left', 'T'),
    ...step(6, 'step_wall_ball_upper_hold_left', 'PT'),
    ...step(7, 'step_shoulder_rolls', 'T'),
    ...step(8, 'step_breathe_away_from_wall'),
    ...END_AND_ASK,
  ],
  'jaw-release': [
    ...ASK_AND_STOP_SIGNS,
    ...step(0, 'step_jaw_find'),
    ...step(1, 'step_jaw_press', 'PT'),
    ...step(2, 'step_jaw_circles', 'T'),
    ...step(3, 'step_jaw_hold_tender', 'PT'),
    ...step(4, 'step_jaw_open_close', 'T'),
    ...step(5, 'step_jaw_rest'),
    ...step(6, 'step_shoulder_rolls', 'T'),
    ...END_AND_ASK,
  ],
  'hips-glutes': [
    ...ASK_AND_STOP_SIGNS,
    ...step(0, 'step_hip_ball_place_right'),
    ...step(1, 'step_hip_ball_roll_right', 'T'),
    ...step(2, 'step_hip_ball_hold_right', 'PT'),
    ...step(3, 'step_hip_ball_place_left', 'S'),
    ...step(4, 'step_hip_ball_roll_left', 'T'),
    ...step(5, 'step_hip_ball_hold_left', 'PT'),
    ...step(6, 'step_walk_loose_hips', 'T'),
    ...END_AND_ASK,
  ],
  calves: [
    ...ASK_AND_STOP_SIGNS,
    ...step(0, 'step_calf_ball_place_right'),
    ...step(1, 'step_calf_ball_roll_right', 'T'),
    ...step(2, 'step_calf_ball_hold_right', 'PT'),
    ...step(3, 'step_calf_ball_place_left', 'S'),
    ...step(4, 'step_calf_ball_roll_left', 'T'),
    ...step(5, 'step_calf_ball_hold_left', 'PT'),
    ...step(6, 'step_calf_stretch_right', 'ST'),
    ...step(7, 'step_calf_stretch_left', 'ST'),
    ...END_AND_ASK,
  ],
  // No intensity question, no stop signs, no side: the steps and the end alone.
  'desk-movement': [
    ...step(0, 'step_stand_up'),
    ...step(1, 'step_walk_easy', 'T'),
    ...step(2, 'step_shoulder_rolls', 'T'),
    ...step(3, 'step_drink_water', 'T'),
    ...step(4, 'step_breathe_before_sitting'),
    'after: voice_done',
  ],
  'self-massage-15': [
    ...ASK_AND_STOP_SIGNS,
    ...step(0, 'step_sit_tall'),
    ...step(1, 'step_chin_tuck', 'T'),
    ...step(2, 'step_neck_half_circles', 'T'),
    ...step(3, 'step_shoulder_rolls', 'T'),
    ...step(4, 'step_wall_ball_ready'),
    ...step(5, 'step_wall_ball_place_right'),
    ...step(6, 'step_wall_ball_roll_right', 'T'),
    ...step(7, 'step_wall_ball_hold_right', 'PT'),
    ...step(8, 'step_wall_ball_second_spot_right', 'PT'),
    ...step(9, 'step_wall_ball_place_left', 'S'),
    ...step(10, 'step_wall_ball_roll_left', 'T'),
    ...step(11, 'step_wall_ball_hold_left', 'PT'),
    ...step(12, 'step_wall_ball_second_spot_left', 'PT'),
    ...step(13, 'step_wall_ball_upper_place_right', 'S'),
    ...step(14, 'step_wall_ball_upper_roll_right', 'T'),
    ...step(15, 'step_wall_ball_upper_hold_right', 'PT'),
    ...step(16, 'step_wall_ball_upper_place_left', 'S'),
    ...step(17, 'step_wall_ball_upper_roll_left', 'T'),
    ...step(18, 'step_wall_ball_upper_hold_left', 'PT'),
    ...step(19, 'step_hip_ball_place_right', 'S'),
    ...step(20, 'step_hip_ball_roll_right', 'T'),
    ...step(21, 'step_hip_ball_hold_right', 'PT'),
    ...step(22, 'step_hip_ball_place_left', 'S'),
    ...step(23, 'step_hip_ball_roll_left', 'T'),
    ...step(24, 'step_hip_ball_hold_left', 'PT'),
    ...step(25, 'step_calf_ball_place_right', 'S'),
    ...step(26, 'step_calf_ball_roll_right', 'T'),
    ...step(27, 'step_calf_ball_hold_right', 'PT'),
    ...step(28, 'step_calf_ball_place_left', 'S'),
    ...step(29, 'step_calf_ball_roll_left', 'T'),
    ...step(30, 'step_calf_ball_hold_left', 'PT'),
    ...step(31, 'step_jaw_find'),
    ...step(32, 'step_jaw_press', 'PT'),
    ...step(33, 'step_jaw_circles', 'T'),
    ...step(34, 'step_jaw_hold_tender', 'PT'),
    ...step(35, 'step_jaw_open_close', 'T'),
    ...step(36, 'step_drink_water', 'T'),
    ...step(37, 'step_walk_aftercare', 'T'),
    ...END_AND_ASK,
  ],
};

describe('the speech script of every built-in routine', () => {
  it('covers every routine', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ROUTINE_IDS].sort());
  });

  it.each(ROUTINE_IDS)('%s: what is said, where, in order', (id) => {
    expect(speechScript(routineById(id)!, keys).map(written)).toEqual(EXPECTED[id]);
  });

  it('reads in the page language: the wall-ball routine in English, as the player shows it', () => {
    const lines = speechScript(routineById('wall-ball-shoulder-blades')!, getMessage).map(written);
    expect(lines.slice(0, 5)).toEqual([
      'before: Before you start: how strong is the tension or soreness? 0 is none, 10 the worst.',
      'before: Stop straight away if you feel sharp or shooting pain, numbness or tingling, dizziness, or a headache that gets worse, and ask a clinician before you try again.',
      expect.stringMatching(/^step 0: .*wall/),
      'step 1: Rest the ball between your spine and your right shoulder blade, then lean back into the wall.',
      expect.stringMatching(/^step 2: /),
    ]);
    expect(lines).toContain('step 2 @10: Ten seconds.');
    expect(lines).toContain('step 4: Switch sides.');
    expect(lines.slice(-2)).toEqual(['after: Routine complete. Well done.', 'after: And now, after the routine? 0 is none, 10 the worst.']);
  });
});

describe('which lines are due, by the wall clock', () => {
  const T0 = 1_800_000_000_000;
  const S = 1000;
  const ball = routineById('wall-ball-shoulder-blades')!;
  const script = speechScript(ball, keys);
  const due = (state: Parameters<typeof linesDue>[1], now: number) => linesDue(script, state, ball, now).map((i) => written(script[i]!));

  it('before the first step: the question and the stop signs', () => {
    expect(due(startPlayer(ball, T0), T0)).toEqual(ASK_AND_STOP_SIGNS);
  });

  it('a step: its lines at once, "ten seconds" from 10 s left and not once it is late', () => {
    // Step 2 (the roll, 35 s) starts 20 s in: after step 0 (10 s) and step 1 (10 s).
    const started = sync(beginSteps(startPlayer(ball, T0), ball, T0), ball, T0 + 20 * S);
    expect(started.step).toBe(2);
    const at = (seconds: number) => due(sync(started, ball, T0 + (20 + seconds) * S), T0 + (20 + seconds) * S);
    expect(at(0)).toEqual(['step 2: step_wall_ball_roll_right']);
    expect(at(24.9)).toEqual(['step 2: step_wall_ball_roll_right']);
    expect(at(25)).toEqual(['step 2: step_wall_ball_roll_right', 'step 2 @10: voice_ten_seconds']);
    expect(at(27.5)).toEqual(['step 2: step_wall_ball_roll_right', 'step 2 @10: voice_ten_seconds']);
    // A page that comes back with 4 s left does not say "ten seconds".
    expect(at(31)).toEqual(['step 2: step_wall_ball_roll_right']);
  });

  it('paused, the time stands still: "ten seconds" waits', () => {
    const started = sync(beginSteps(startPlayer(ball, T0), ball, T0), ball, T0 + 20 * S);
    const paused = pause(started, T0 + 22 * S);
    expect(due(paused, T0 + 600 * S)).toEqual(['step 2: step_wall_ball_roll_right']);
  });

  it('the gate at 7: the warning where the pressure step is held back, and the end', () => {
    const rated = rate(beginSteps(rate(startPlayer(ball, T0), 7), ball, T0), 7);
    // Steps 0–2, then the hold (step 3) is held back.
    let s = rated;
    for (let i = 0; i < 3; i++) s = next(s, ball, T0 + i * S);
    expect(s.phase).toBe('ease-off');
    expect(due(s, T0 + 3 * S)).toEqual(['ease-off 3: ease_off_heading', 'ease-off 3: ease_off_message']);
    const ended = sync(beginSteps(startPlayer(ball, T0), ball, T0), ball, T0 + 3600 * S);
    expect(due(ended, T0 + 3600 * S)).toEqual(END_AND_ASK);
  });
});
