// A routine definition's check, as tables: what passes as written, and every way one fails, by field.
import { describe, expect, it } from 'vitest';
import { checkRoutineList, customRoutine, definitionOf, validateRoutine } from '../../core/custom-routine';
import { ProblemList } from '../../core/history-problems';
import { builtInRoutine, routineName, stepText } from '../../core/routines';

const step = { text: 'Roll the shoulders slowly', seconds: 20 };
const valid = { id: 'mine-1', name: 'Physio set', steps: [step] };
const withStep = (s: Record<string, unknown>) => ({ ...valid, steps: [{ ...step, ...s }] });
const steps = (n: number) => Array.from({ length: n }, () => step);

describe('a valid definition is kept as written', () => {
  it.each([
    ['the smallest', valid],
    ['a one-character name', { ...valid, name: 'N' }],
    ['an 80-character name', { ...valid, name: 'n'.repeat(80) }],
    ['30 steps', { ...valid, steps: steps(30) }],
    ['a one-character text', withStep({ text: 'x' })],
    ['a 300-character text', withStep({ text: 't'.repeat(300) })],
    ['5 seconds', withStep({ seconds: 5 })],
    ['300 seconds', withStep({ seconds: 300 })],
    ['a pressure step of 10 seconds', withStep({ pressure: true, seconds: 10 })],
    ['a pressure step of 30 seconds', withStep({ pressure: true, seconds: 30 })],
    ['pressure false, 300 seconds', withStep({ pressure: false, seconds: 300 })],
    ['an illustration', withStep({ illustration: 'wall-ball-hold' })],
    ['a left side', withStep({ side: 'left' })],
    ['a right side', withStep({ side: 'right' })],
    ['an organization-style id', { ...valid, id: 'acme_desk-reset' }],
  ])('%s', (_name, definition) => {
    const result = validateRoutine(definition);
    expect(result).toEqual({ ok: true, definition });
  });
});

describe('an invalid definition lists every problem by field, and gives no definition', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['not an object', 'routine', [['(routine)', 'not-object']]],
    ['an array', [valid], [['(routine)', 'not-object']]],
    ['nothing in it', {}, [['id', 'missing'], ['name', 'missing'], ['steps', 'missing']]],
    ['a built-in id', { ...valid, id: 'neck-rolls' }, [['id', 'built-in-id']]],
    ['an id with a space', { ...valid, id: 'mine 1' }, [['id', 'bad-routine']]],
    ['an empty id', { ...valid, id: '' }, [['id', 'bad-routine']]],
    ['a numeric id', { ...valid, id: 7 }, [['id', 'bad-routine']]],
    ['an empty name', { ...valid, name: '' }, [['name', 'bad-routine-name']]],
    ['a blank name', { ...valid, name: '   ' }, [['name', 'bad-routine-name']]],
    ['an 81-character name', { ...valid, name: 'n'.repeat(81) }, [['name', 'bad-routine-name']]],
    ['a two-line name', { ...valid, name: 'a\nb' }, [['name', 'bad-routine-name']]],
    ['a name that is a number', { ...valid, name: 5 }, [['name', 'not-string']]],
    ['no steps', { ...valid, steps: [] }, [['steps', 'bad-step-count']]],
    ['31 steps', { ...valid, steps: steps(31) }, [['steps', 'bad-step-count']]],
    ['steps not a list', { ...valid, steps: step }, [['steps', 'not-array']]],
    ['a step that is text', { ...valid, steps: ['walk'] }, [['steps[0]', 'not-object']]],
    ['an empty text', withStep({ text: '' }), [['steps[0].text', 'bad-step-text']]],
    ['a 301-character text', withStep({ text: 't'.repeat(301) }), [['steps[0].text', 'bad-step-text']]],
    ['a text that is a number', withStep({ text: 3 }), [['steps[0].text', 'not-string']]],
    ['no text', { ...valid, steps: [{ seconds: 20 }] }, [['steps[0].text', 'missing']]],
    ['no seconds', { ...valid, steps: [{ text: 'x' }] }, [['steps[0].seconds', 'missing']]],
    ['4 seconds', withStep({ seconds: 4 }), [['steps[0].seconds', 'bad-step-seconds']]],
    ['301 seconds', withStep({ seconds: 301 }), [['steps[0].seconds', 'bad-step-seconds']]],
    ['12.5 seconds', withStep({ seconds: 12.5 }), [['steps[0].seconds', 'bad-step-seconds']]],
    ['seconds as text', withStep({ seconds: '20' }), [['steps[0].seconds', 'bad-step-seconds']]],
    ['a pressure step of 9 seconds', withStep({ pressure: true, seconds: 9 }), [['steps[0].seconds', 'bad-pressure-seconds']]],
    ['a pressure step of 31 seconds', withStep({ pressure: true, seconds: 31 }), [['steps[0].seconds', 'bad-pressure-seconds']]],
    ['a pressure mark as text', withStep({ pressure: 'yes' }), [['steps[0].pressure', 'not-boolean']]],
    ['an unknown illustration', withStep({ illustration: 'headstand' }), [['steps[0].illustration', 'bad-illustration']]],
    ['an illustration of null', withStep({ illustration: null }), [['steps[0].illustration', 'bad-illustration']]],
    ['a side of both', withStep({ side: 'both' }), [['steps[0].side', 'bad-side']]],
    ['an unknown routine field', { ...valid, colour: 'red' }, [['colour', 'unknown-routine-field']]],
    ['an unknown step field', withStep({ reps: 3 }), [['steps[0].reps', 'unknown-routine-field']]],
    [
      'several problems at once',
      { id: 'neck-rolls', name: '', steps: [step, { text: '', seconds: 1, side: 'up' }, { ...step, pressure: true, seconds: 60 }] },
      [
        ['id', 'built-in-id'],
        ['name', 'bad-routine-name'],
        ['steps[1].text', 'bad-step-text'],
        ['steps[1].seconds', 'bad-step-seconds'],
        ['steps[1].side', 'bad-side'],
        ['steps[2].seconds', 'bad-pressure-seconds'],
      ],
    ],
  ])('%s', (_name, definition, expected) => {
    const result = validateRoutine(definition);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path, p.code])).toEqual(expected);
  });
});

describe('a list of definitions (a history file)', () => {
  it('keeps the valid ones in order and reports the others where they are', () => {
    const problems = new ProblemList();
    const list = checkRoutineList([valid, { ...valid, id: 'mine-2', name: '' }, { ...valid, id: 'mine-3' }, { ...valid, name: 'Again' }], problems);
    expect(list.map((d) => d.id)).toEqual(['mine-1', 'mine-3']);
    expect(problems.listed.map((p) => [p.path, p.code, p.detail])).toEqual([
      ['routines[1].name', 'bad-routine-name', undefined],
      ['routines[3].id', 'duplicate-id', '0'],
    ]);
  });

  it.each([
    ['absent', undefined, []],
    ['not a list', {}, [['routines', 'not-array']]],
    ['101 routines', Array.from({ length: 101 }, (_, i) => ({ ...valid, id: `mine-${i}` })), [['routines', 'too-many-routines']]],
  ] as const)('%s', (_name, raw, expected) => {
    const problems = new ProblemList();
    expect(checkRoutineList(raw, problems)).toEqual([]);
    expect(problems.listed.map((p) => [p.path, p.code])).toEqual(expected);
  });
});

describe('the routine a definition plays as', () => {
  const t = (key: string) => `«${key}»`;

  it('is the user\'s own, named and worded as written', () => {
    const routine = customRoutine({ ...valid, steps: [step, { text: 'Hold', seconds: 20, pressure: true }] });
    expect(routine).toMatchObject({ id: 'mine-1', source: 'mine', massage: true, gentler: 'desk-movement' });
    // Literal text is never looked up as a message key.
    expect(routineName(routine, t)).toBe('Physio set');
    expect(stepText(routine, routine.steps[1]!, t)).toBe('Hold');
  });

  it('without a pressure step is no massage and offers no gentler routine', () => {
    const routine = customRoutine(valid, 'organization');
    expect(routine.source).toBe('organization');
    expect(routine.massage).toBe(false);
    expect(routine.gentler).toBeUndefined();
  });

  it('a built-in routine copied as a definition passes the check, its texts translated', () => {
    const copy = definitionOf(builtInRoutine('wall-ball-shoulder-blades'), t, 'mine-copy', 'My wall ball');
    expect(copy.steps[0]).toEqual({ text: '«step_wall_ball_ready»', seconds: 10, illustration: 'wall-ball-lean' });
    expect(validateRoutine(copy)).toEqual({ ok: true, definition: copy });
  });

  it('built-in names and steps are message keys, translated', () => {
    const routine = builtInRoutine('neck-rolls');
    expect(routineName(routine, t)).toBe('«routine_neck_rolls_title»');
    expect(stepText(routine, routine.steps[0]!, t)).toBe('«step_sit_tall»');
  });
});

describe('a custom routine in the player, the break and the rotation', async () => {
  const { breakOf, beginSteps, isPlayerState, startPlayer, sync } = await import('../../core/player');
  const { isNewBreak } = await import('../../core/breaks');
  const { orderRoutines } = await import('../../core/suggest');
  const mine = customRoutine({ id: 'mine-9', name: 'Physio set', steps: [{ text: 'Hold', seconds: 20, pressure: true }] });
  const T0 = Date.parse('2026-03-29T10:00:00Z');

  it('its break keeps its id and its name', () => {
    const state = sync(beginSteps(startPlayer(mine, T0), mine, T0), mine, T0 + 20_000);
    expect(state.phase).toBe('after');
    const fields = breakOf(state, true, T0 + 20_000);
    expect(fields).toMatchObject({ kind: 'routine', routineId: 'mine-9', routineName: 'Physio set', seconds: 20, completed: true });
    expect(isNewBreak(fields)).toBe(true);
    expect(isPlayerState(state, T0)).toBe(true);
  });

  it.each([
    ['a custom id without its name', { kind: 'routine', routineId: 'mine-9' }, false],
    ['a custom id with a name', { kind: 'routine', routineId: 'mine-9', routineName: 'Physio set' }, true],
    ['a custom id with a blank name', { kind: 'routine', routineId: 'mine-9', routineName: ' ' }, false],
    ['a custom id of the wrong shape', { kind: 'routine', routineId: 'mine 9', routineName: 'Physio set' }, false],
  ])('a page may record %s: %s', (_name, fields, expected) => {
    expect(isNewBreak(fields)).toBe(expected);
  });

  it('is suggested in rotation with the built-ins: never done comes first', () => {
    const lastDone = new Map([['neck-rolls', T0 - 2], ['desk-movement', T0 - 1]]);
    expect(orderRoutines(['neck-rolls', 'desk-movement'], lastDone, false, [mine]).map((r) => r.id)).toEqual(['mine-9', 'neck-rolls', 'desk-movement']);
    lastDone.set('mine-9', T0);
    expect(orderRoutines(['neck-rolls', 'desk-movement'], lastDone, false, [mine]).map((r) => r.id)).toEqual(['neck-rolls', 'desk-movement', 'mine-9']);
  });
});
