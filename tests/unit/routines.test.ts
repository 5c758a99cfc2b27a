// Integrity of the routine catalogue: ids, timings, safety fields, illustrations and translations.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ILLUSTRATION_IDS, type IllustrationId } from '../../core/illustrations';
import {
  ROUTINE_IDS,
  ROUTINES,
  type Equipment,
  type BuiltInRoutine,
  type Routine,
  isRoutineId,
  messageKey,
  routineById,
  routineMessageKeys,
  totalSeconds,
} from '../../core/routines';

const LONG_SESSION = 'self-massage-15';
const shortRoutines = ROUTINES.filter((r) => r.id !== LONG_SESSION);
const massageRoutines = ROUTINES.filter((r) => r.massage);
const allSteps = ROUTINES.flatMap((r) => r.steps.map((step, i) => ({ routine: r.id, i, step })));
const allKeys = [...new Set(ROUTINES.flatMap(routineMessageKeys))];

describe('routine ids', () => {
  it('lists exactly the eight shipped routines, once each, in catalogue order', () => {
    expect([...ROUTINE_IDS]).toEqual([
      'neck-rolls',
      'wall-ball-shoulder-blades',
      'wall-ball-upper-shoulders',
      'jaw-release',
      'hips-glutes',
      'calves',
      'desk-movement',
      'self-massage-15',
    ]);
    expect(ROUTINES.map((r) => r.id)).toEqual([...ROUTINE_IDS]);
    expect(new Set(ROUTINES.map((r) => r.id)).size).toBe(ROUTINES.length);
  });

  it.each([
    ['neck-rolls', true],
    ['self-massage-15', true],
    ['neck_rolls', false],
    ['', false],
    [undefined, false],
    [42, false],
  ])('isRoutineId(%j) is %s', (x, expected) => {
    expect(isRoutineId(x)).toBe(expected);
  });

  it.each(ROUTINE_IDS.map((id) => [id]))('routineById finds %s', (id) => {
    expect(routineById(id)?.id).toBe(id);
  });

  it('routineById returns undefined for an unknown id', () => {
    expect(routineById('neck-circles')).toBeUndefined();
  });
});

describe('message keys', () => {
  it.each([
    ['neck-rolls', 'title', 'routine_neck_rolls_title'],
    ['wall-ball-upper-shoulders', 'purpose', 'routine_wall_ball_upper_shoulders_purpose'],
    ['self-massage-15', 'title', 'routine_self_massage_15_title'],
  ] as const)('messageKey(%s, %s) is %s', (id, part, key) => {
    expect(messageKey(id, part)).toBe(key);
  });

  // Chrome rejects a messages.json whose names use anything else.
  it('uses only valid Chrome message names', () => {
    expect(allKeys.filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
  });
});

describe('steps', () => {
  const rows = allSteps.map(({ routine, i, step }) => [routine, i, step.text, step] as const);

  it.each(rows)('%s step %i (%s) is well formed', (_r, _i, _text, step) => {
    expect(step.text).toMatch(/^step_[a-z0-9_]+$/);
    expect(ILLUSTRATION_IDS).toContain(step.illustration);
    expect(Number.isInteger(step.seconds)).toBe(true);
    expect(step.seconds).toBeGreaterThanOrEqual(step.pressure ? 10 : 5);
    expect(step.seconds).toBeLessThanOrEqual(step.pressure ? 30 : 90);
    // The key names the side so every locale's text can say it too; a two-sided step's key must not.
    expect(/_(left|right)$/.exec(step.text)?.[1]).toBe(step.side);
  });

  it('gives a reused step key the same illustration, side and pressure everywhere', () => {
    const byKey = new Map<string, string>();
    for (const { step } of allSteps) {
      const shape = JSON.stringify([step.illustration, step.side, Boolean(step.pressure)]);
      expect(byKey.get(step.text) ?? shape, step.text).toBe(shape);
      byKey.set(step.text, shape);
    }
  });
});

// What an illustration shows the user holding or standing against.
const EQUIPMENT_SHOWN: Partial<Record<IllustrationId, readonly Equipment[]>> = {
  'wall-ball-lean': ['wall', 'ball'],
  'wall-ball-roll': ['wall', 'ball'],
  'wall-ball-hold': ['wall', 'ball'],
  'wall-ball-upper': ['wall', 'ball'],
  'hip-ball-wall': ['wall', 'ball'],
  'hip-ball-seated': ['chair', 'ball'],
  'calf-ball-seated': ['ball'],
  'calf-stretch': ['wall'],
  'drink-water': ['water'],
};

describe.each(ROUTINES.map((r) => [r.id, r] as [string, BuiltInRoutine]))('%s', (_id, r) => {
  it('has steps', () => {
    expect(r.steps.length).toBeGreaterThan(0);
  });

  it('lists the equipment its steps show, and no duplicates', () => {
    const shown = new Set(r.steps.flatMap((s) => EQUIPMENT_SHOWN[s.illustration] ?? []));
    for (const e of shown) expect(r.needs).toContain(e);
    expect(new Set(r.needs).size).toBe(r.needs.length);
  });

  it('works both sides equally long', () => {
    const secondsOn = (side: string) =>
      r.steps.filter((s) => s.side === side).reduce((sum, s) => sum + s.seconds, 0);
    expect(secondsOn('left')).toBe(secondsOn('right'));
  });

  if (r.massage) {
    it('offers a gentler, non-massage routine at intensity 7', () => {
      expect(r.gentler).toBeDefined();
      const gentler = routineById(r.gentler ?? '');
      expect(gentler?.massage).toBe(false);
    });

    it('has at least one pressure hold', () => {
      expect(r.steps.some((s) => s.pressure)).toBe(true);
    });
  } else {
    it('has no gentler routine and no pressure holds', () => {
      expect(r.gentler).toBeUndefined();
      expect(r.steps.some((s) => s.pressure)).toBe(false);
    });
  }
});

describe('safety', () => {
  // These show the stop signs and ask for intensity; the other two are the gentler fallbacks.
  it('marks exactly the ball and fingertip routines as massage', () => {
    expect(massageRoutines.map((r) => r.id)).toEqual([
      'wall-ball-shoulder-blades',
      'wall-ball-upper-shoulders',
      'jaw-release',
      'hips-glutes',
      'calves',
      'self-massage-15',
    ]);
  });
});

describe('durations', () => {
  it.each(shortRoutines.map((r) => [r.id, r] as [string, Routine]))('%s lasts 2–4 minutes', (_id, r) => {
    expect(totalSeconds(r)).toBeGreaterThanOrEqual(120);
    expect(totalSeconds(r)).toBeLessThanOrEqual(240);
  });

  it(`${LONG_SESSION} lasts about fifteen minutes`, () => {
    const r = routineById(LONG_SESSION)!;
    expect(totalSeconds(r)).toBeGreaterThanOrEqual(840);
    expect(totalSeconds(r)).toBeLessThanOrEqual(960);
  });

  it(`${LONG_SESSION} ends with water and an easy walk`, () => {
    const last = routineById(LONG_SESSION)!.steps.slice(-2).map((s) => s.illustration);
    expect(last).toEqual(['drink-water', 'walk']);
  });

  it('totalSeconds adds up the steps', () => {
    const r: Routine = {
      id: 'desk-movement',
      source: 'built-in',
      name: 'routine_desk_movement_title',
      area: 'whole-body',
      needs: [],
      massage: false,
      steps: [
        { text: 'step_a', seconds: 10, illustration: 'walk' },
        { text: 'step_b', seconds: 25, illustration: 'breathe' },
      ],
    };
    expect(totalSeconds(r)).toBe(35);
  });
});

describe('translations', () => {
  const localesDir = fileURLToPath(new URL('../../public/_locales', import.meta.url));
  const locales = existsSync(localesDir)
    ? readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    : [];

  it('public/_locales has an English locale', () => {
    expect(locales).toContain('en');
  });

  // Fall back to 'en' so that a missing folder fails loudly above and here, instead of running no checks.
  it.each((locales.length ? locales : ['en']).map((l) => [l]))(
    '%s has a non-empty message for every key the catalogue uses',
    (locale) => {
      const messages = JSON.parse(readFileSync(`${localesDir}/${locale}/messages.json`, 'utf8')) as Record<
        string,
        { message?: unknown } | undefined
      >;
      const missing = allKeys.filter((key) => {
        const message = messages[key]?.message;
        return typeof message !== 'string' || message.trim() === '';
      });
      expect(missing).toEqual([]);
    },
  );
});
