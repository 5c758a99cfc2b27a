// The routine catalogue: which guided routines exist, their steps and timings, as pure data; and what every
// routine is, built-in, the user's own ("mine") or an organization's, so every page plays and names them alike.

import type { IllustrationId, Side } from './illustrations';

export const ROUTINE_IDS = [
  'neck-rolls',
  'wall-ball-shoulder-blades',
  'wall-ball-upper-shoulders',
  'jaw-release',
  'hips-glutes',
  'calves',
  'desk-movement',
  'self-massage-15',
] as const;

export type RoutineId = (typeof ROUTINE_IDS)[number];

export type BodyArea = 'neck' | 'upper-back' | 'shoulders' | 'jaw' | 'hips' | 'calves' | 'whole-body';

export type Equipment = 'wall' | 'ball' | 'chair' | 'water';

/** Where a routine comes from: shipped with Unknot, written by the user, or given by an organization's policy. */
export const ROUTINE_SOURCES = ['built-in', 'mine', 'organization'] as const;
export type RoutineSource = (typeof ROUTINE_SOURCES)[number];

export interface RoutineStep {
  /**
   * The instruction: a built-in routine's is a message key (one-sided steps name their side and end in
   * `_left`/`_right`); any other routine's is the literal text its author wrote. routineText resolves both.
   */
  text: string;
  seconds: number;
  side?: Side;
  /** A built-in step always has one; the user's own may have none. */
  illustration?: IllustrationId;
  /** A still hold on a tender spot with the ball or fingertips: 10–30 s, never past 7 out of 10. */
  pressure?: boolean;
}

/** Any routine the player plays. Built-in ones are BuiltInRoutine; the others come from core/custom-routine. */
export interface Routine {
  /** A built-in RoutineId, `mine-<uuid>` for the user's own, or the id an organization's policy gives. */
  id: string;
  source: RoutineSource;
  /** A built-in routine's title message key; any other routine's literal name. routineName resolves both. */
  name: string;
  /** Built-in routines only: the others are the user's own words, with no area or purpose. */
  area?: BodyArea;
  /** Empty when the routine needs nothing but the user (or, for a custom routine, when no one said). */
  needs: readonly Equipment[];
  /** Uses pressure: the player asks for intensity and shows the stop signs. */
  massage: boolean;
  /** Offered instead of the next step when intensity reaches 7; set on massage routines only. */
  gentler?: RoutineId;
  steps: readonly RoutineStep[];
}

/** A routine shipped with Unknot: its id is one of ROUTINE_IDS and its texts are message keys. */
export interface BuiltInRoutine extends Routine {
  id: RoutineId;
  source: 'built-in';
  area: BodyArea;
  steps: readonly (RoutineStep & { illustration: IllustrationId })[];
}

type CatalogueEntry = Omit<BuiltInRoutine, 'source' | 'name'>;

// Steps shared by several routines, so each instruction is written and translated once.
type BuiltInStep = BuiltInRoutine['steps'][number];
const SIT_TALL: BuiltInStep = { text: 'step_sit_tall', seconds: 15, illustration: 'sit-tall' };
const CHIN_TUCK: BuiltInStep = { text: 'step_chin_tuck', seconds: 20, illustration: 'chin-tuck' };
const NECK_HALF_CIRCLES: BuiltInStep = { text: 'step_neck_half_circles', seconds: 30, illustration: 'neck-half-circle' };
const SHOULDER_ROLLS: BuiltInStep = { text: 'step_shoulder_rolls', seconds: 20, illustration: 'shoulder-rolls' };
const BREATHE_AWAY_FROM_WALL: BuiltInStep = { text: 'step_breathe_away_from_wall', seconds: 15, illustration: 'breathe' };
const WALL_BALL_READY: BuiltInStep = { text: 'step_wall_ball_ready', seconds: 10, illustration: 'wall-ball-lean' };
const DRINK_WATER: BuiltInStep = { text: 'step_drink_water', seconds: 20, illustration: 'drink-water' };

/** One side of a ball routine: settle the ball, roll slowly to find a tender spot, then hold it. */
function ballSide(
  prefix: string,
  side: Side,
  illustrations: { place: IllustrationId; roll: IllustrationId; hold: IllustrationId },
  rollSeconds = 30,
): BuiltInStep[] {
  return [
    { text: `${prefix}_place_${side}`, seconds: 10, side, illustration: illustrations.place },
    { text: `${prefix}_roll_${side}`, seconds: rollSeconds, side, illustration: illustrations.roll },
    { text: `${prefix}_hold_${side}`, seconds: 30, side, illustration: illustrations.hold, pressure: true },
  ];
}

const shoulderBlades = (side: Side, rollSeconds?: number) =>
  ballSide('step_wall_ball', side, { place: 'wall-ball-lean', roll: 'wall-ball-roll', hold: 'wall-ball-hold' }, rollSeconds);
const upperShoulders = (side: Side) =>
  ballSide('step_wall_ball_upper', side, { place: 'wall-ball-upper', roll: 'wall-ball-upper', hold: 'wall-ball-upper' });
const hipAtWall = (side: Side) =>
  ballSide('step_hip_ball', side, { place: 'hip-ball-wall', roll: 'hip-ball-wall', hold: 'hip-ball-wall' });
const calfOnBall = (side: Side) =>
  ballSide('step_calf_ball', side, { place: 'calf-ball-seated', roll: 'calf-ball-seated', hold: 'calf-ball-seated' });
const calfStretch = (side: Side): BuiltInStep => ({
  text: `step_calf_stretch_${side}`,
  seconds: 30,
  side,
  illustration: 'calf-stretch',
});
// A second, separate tender spot: the longer session holds more spots rather than holding one spot longer than 30 s.
const shoulderBladeSecondSpot = (side: Side): BuiltInStep => ({
  text: `step_wall_ball_second_spot_${side}`,
  seconds: 30,
  side,
  illustration: 'wall-ball-hold',
  pressure: true,
});

const JAW_STEPS: readonly BuiltInStep[] = [
  { text: 'step_jaw_find', seconds: 10, illustration: 'jaw-press' },
  { text: 'step_jaw_press', seconds: 20, illustration: 'jaw-press', pressure: true },
  { text: 'step_jaw_circles', seconds: 20, illustration: 'jaw-press' },
  { text: 'step_jaw_hold_tender', seconds: 20, illustration: 'jaw-press', pressure: true },
  { text: 'step_jaw_open_close', seconds: 30, illustration: 'jaw-open-close' },
];

const CATALOGUE: readonly CatalogueEntry[] = [
  {
    id: 'neck-rolls',
    area: 'neck',
    needs: ['chair'],
    massage: false,
    steps: [
      SIT_TALL,
      CHIN_TUCK,
      NECK_HALF_CIRCLES,
      { text: 'step_ear_to_shoulder_left', seconds: 20, side: 'left', illustration: 'ear-to-shoulder' },
      { text: 'step_ear_to_shoulder_right', seconds: 20, side: 'right', illustration: 'ear-to-shoulder' },
      SHOULDER_ROLLS,
    ],
  },
  {
    id: 'wall-ball-shoulder-blades',
    area: 'upper-back',
    needs: ['wall', 'ball'],
    massage: true,
    gentler: 'neck-rolls',
    steps: [WALL_BALL_READY, ...shoulderBlades('right', 35), ...shoulderBlades('left', 35), SHOULDER_ROLLS],
  },
  {
    id: 'wall-ball-upper-shoulders',
    area: 'shoulders',
    needs: ['wall', 'ball'],
    massage: true,
    gentler: 'neck-rolls',
    steps: [WALL_BALL_READY, ...upperShoulders('right'), ...upperShoulders('left'), SHOULDER_ROLLS, BREATHE_AWAY_FROM_WALL],
  },
  {
    id: 'jaw-release',
    area: 'jaw',
    needs: [],
    massage: true,
    gentler: 'neck-rolls',
    steps: [
      ...JAW_STEPS,
      { text: 'step_jaw_rest', seconds: 15, illustration: 'breathe' },
      SHOULDER_ROLLS,
    ],
  },
  {
    id: 'hips-glutes',
    area: 'hips',
    needs: ['wall', 'ball'],
    massage: true,
    gentler: 'desk-movement',
    steps: [...hipAtWall('right'), ...hipAtWall('left'), { text: 'step_walk_loose_hips', seconds: 30, illustration: 'walk' }],
  },
  {
    id: 'calves',
    area: 'calves',
    needs: ['ball', 'chair', 'wall'],
    massage: true,
    gentler: 'desk-movement',
    steps: [...calfOnBall('right'), ...calfOnBall('left'), calfStretch('right'), calfStretch('left')],
  },
  {
    id: 'desk-movement',
    area: 'whole-body',
    needs: ['water'],
    massage: false,
    steps: [
      { text: 'step_stand_up', seconds: 10, illustration: 'stand-up' },
      { text: 'step_walk_easy', seconds: 90, illustration: 'walk' },
      SHOULDER_ROLLS,
      DRINK_WATER,
      { text: 'step_breathe_before_sitting', seconds: 15, illustration: 'breathe' },
    ],
  },
  {
    id: 'self-massage-15',
    area: 'whole-body',
    needs: ['wall', 'ball', 'chair', 'water'],
    massage: true,
    gentler: 'desk-movement',
    // Seated warm-up, then the wall spots standing, then the seated spots, and aftercare last.
    steps: [
      SIT_TALL,
      CHIN_TUCK,
      NECK_HALF_CIRCLES,
      SHOULDER_ROLLS,
      WALL_BALL_READY,
      ...shoulderBlades('right'),
      shoulderBladeSecondSpot('right'),
      ...shoulderBlades('left'),
      shoulderBladeSecondSpot('left'),
      ...upperShoulders('right'),
      ...upperShoulders('left'),
      ...hipAtWall('right'),
      ...hipAtWall('left'),
      ...calfOnBall('right'),
      ...calfOnBall('left'),
      ...JAW_STEPS,
      DRINK_WATER,
      { text: 'step_walk_aftercare', seconds: 60, illustration: 'walk' },
    ],
  },
];

// Chrome message names allow only [A-Za-z0-9_], so ids' hyphens become underscores.
const underscored = (s: string) => s.replace(/-/g, '_');

export function messageKey(id: RoutineId, part: 'title' | 'purpose'): string {
  return `routine_${underscored(id)}_${part}`;
}

export const ROUTINES: readonly BuiltInRoutine[] = CATALOGUE.map((r) => ({ ...r, source: 'built-in', name: messageKey(r.id, 'title') }));

/** A built-in routine, or one of `others` (the user's own, an organization's) with that id. */
export function routineById(id: string, others: readonly Routine[] = []): Routine | undefined {
  return ROUTINES.find((r) => r.id === id) ?? others.find((r) => r.id === id);
}

export function builtInRoutine(id: RoutineId): BuiltInRoutine {
  return ROUTINES.find((r) => r.id === id)!;
}

export const isBuiltIn = (r: Routine): r is BuiltInRoutine => r.source === 'built-in';

/**
 * The one place a routine's text becomes what the user sees or hears: a built-in routine's texts are
 * message keys, translated; a custom or organization routine's are shown as their author wrote them.
 * The player, the lists, the history and the speech script all go through it.
 */
export function routineText(routine: Pick<Routine, 'source'>, text: string, t: (key: string) => string): string {
  return routine.source === 'built-in' ? t(text) : text;
}

export function routineName(routine: Routine, t: (key: string) => string): string {
  return routineText(routine, routine.name, t);
}

export function stepText(routine: Routine, step: RoutineStep, t: (key: string) => string): string {
  return routineText(routine, step.text, t);
}

/** What a routine is for, in a sentence: built-in routines have one; the others none. */
export function routinePurpose(routine: Routine, t: (key: string) => string): string | undefined {
  return isBuiltIn(routine) ? t(messageKey(routine.id, 'purpose')) : undefined;
}

/** An id a history or a policy may name for a routine this computer may not have: letters, digits, '-' and '_'. */
export const ROUTINE_ID_SHAPE = /^[A-Za-z0-9_-]{1,100}$/;

export const isRoutineIdShape = (x: unknown): x is string => typeof x === 'string' && ROUTINE_ID_SHAPE.test(x);

/** The prefix of the user's own routines' ids: `mine-<uuid>` never meets a built-in or an organization's id by chance. */
export const MINE_PREFIX = 'mine-';

export function mineRoutineId(uuid: string): string {
  return `${MINE_PREFIX}${uuid}`;
}

/**
 * Whether the player asks for an intensity rating before and after: every massage routine, and
 * the neck rolls, whose whole point is the neck tension the rating tracks.
 */
export function asksIntensity(r: Routine): boolean {
  return r.massage || r.area === 'neck';
}

export function totalSeconds(r: Routine): number {
  return r.steps.reduce((sum, step) => sum + step.seconds, 0);
}

export function isRoutineId(x: unknown): x is RoutineId {
  return typeof x === 'string' && (ROUTINE_IDS as readonly string[]).includes(x);
}

export function areaMessageKey(area: BodyArea): string {
  return `area_${underscored(area)}`;
}

/** `needs_nothing` when the list is empty, so a page can always say what to bring. */
export function needsMessageKeys(needs: readonly Equipment[]): string[] {
  return needs.length === 0 ? ['needs_nothing'] : needs.map((e) => `needs_${e}`);
}

/** Every message key a routine's page shows: title, purpose, area, equipment and step texts. */
export function routineMessageKeys(r: BuiltInRoutine): string[] {
  const keys = [messageKey(r.id, 'title'), messageKey(r.id, 'purpose'), areaMessageKey(r.area), ...needsMessageKeys(r.needs)];
  return [...new Set([...keys, ...r.steps.map((s) => s.text)])];
}
