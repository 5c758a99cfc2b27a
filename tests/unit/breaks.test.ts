// Which breaks a page may ask the worker to record: the kinds a user takes, with every field in range.
import { describe, expect, it } from 'vitest';
import { isNewBreak, MAX_INTENSITY, MAX_SECONDS } from '../../core/breaks';

describe('isNewBreak', () => {
  it.each([
    { kind: 'movement', completed: true },
    { kind: 'routine', routineId: 'neck-rolls', seconds: 150, completed: true, intensityBefore: 4, intensityAfter: 2 },
    { kind: 'routine', routineId: 'self-massage-15', seconds: 0, completed: false },
    { kind: 'routine', seconds: MAX_SECONDS, intensityBefore: 0, intensityAfter: MAX_INTENSITY },
  ])('accepts %j', (fields) => {
    expect(isNewBreak(fields)).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'routine'],
    ['a natural break (the worker records those itself)', { kind: 'natural', completed: true }],
    ['a skipped break', { kind: 'skipped' }],
    ['no kind', { completed: true }],
    ['an unknown routine', { kind: 'routine', routineId: 'headstand' }],
    ['completed as a string', { kind: 'movement', completed: 'yes' }],
    ['negative seconds', { kind: 'routine', seconds: -1 }],
    ['more than a day', { kind: 'routine', seconds: MAX_SECONDS + 1 }],
    ['fractional seconds', { kind: 'routine', seconds: 1.5 }],
    ['intensity above the scale', { kind: 'routine', intensityBefore: MAX_INTENSITY + 1 }],
    ['intensity below the scale', { kind: 'routine', intensityAfter: -1 }],
    ['intensity as a string', { kind: 'routine', intensityAfter: '3' }],
    ['an id of its own, which would replace the record\'s', { kind: 'movement', completed: true, id: 'x' }],
    ['a time of its own, which would replace the record\'s', { kind: 'movement', completed: true, time: -5 }],
    ['a field no break has', { kind: 'movement', completed: true, note: 'hello' }],
    ['an array', [{ kind: 'movement' }]],
  ])('refuses %s', (_, fields) => {
    expect(isNewBreak(fields)).toBe(false);
  });
});
