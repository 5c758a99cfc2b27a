// Policy `customRoutines`: an organization's pack. Every bad routine, step or language is ignored alone and listed;
// texts are shown in the browser's language, then English, then the first given; enabledRoutines may name them.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../core/policy';
import { offeredOrganizationRoutines, organizationRoutines, packOf, parseCustomRoutines, textFor } from '../../core/policy-routines';
import type { SettingProblem } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import en from '../../public/_locales/en/messages.json';

const STRETCH = { text: { en: 'Roll your shoulders back', de: 'Schultern nach hinten rollen' }, seconds: 20, illustration: 'shoulder-rolls', pressure: false };
const HOLD = { text: { en: 'Hold the tender spot', de: 'Die empfindliche Stelle halten' }, seconds: 20, illustration: 'wall-ball-hold', pressure: true, side: 'left' };
const DESK = { id: 'acme-desk-reset', name: { en: 'Desk reset', de: 'Schreibtisch-Pause', 'pt-BR': 'Pausa na mesa' }, steps: [STRETCH, HOLD] };
const WALK = { id: 'acme-walk', name: { en: 'Walk to the window' }, steps: [{ text: { en: 'Walk to the window and back' }, seconds: 60, illustration: 'walk' }] };

/** DESK as parsed: the same fields, nothing added. */
const DESK_PARSED = {
  id: 'acme-desk-reset',
  name: DESK.name,
  steps: [
    { text: STRETCH.text, seconds: 20, illustration: 'shoulder-rolls', pressure: false },
    { text: HOLD.text, seconds: 20, illustration: 'wall-ball-hold', side: 'left', pressure: true },
  ],
};

/** DESK with step `i` replaced. */
const deskWithStep = (i: number, step: unknown) => ({ ...DESK, steps: DESK.steps.map((s, j) => (j === i ? step : s)) });

const expectMessages = (problems: SettingProblem[]) => {
  for (const p of problems) expect(en, `${p.name}: ${p.reason}`).toHaveProperty(problemMessageKey(p));
};

describe('customRoutines: a valid pack', () => {
  it('is read with every language and step as given', () => {
    const { routines, problems } = parseCustomRoutines([DESK, WALK]);
    expect(problems).toEqual([]);
    expect(routines).toEqual([DESK_PARSED, { id: 'acme-walk', name: WALK.name, steps: [{ text: WALK.steps[0]!.text, seconds: 60, illustration: 'walk' }] }]);
  });

  it.each([
    ['de', 'Schreibtisch-Pause'],
    ['de-AT', 'Schreibtisch-Pause'],
    ['pt-BR', 'Pausa na mesa'],
    ['pt_BR', 'Pausa na mesa'],
    // The same language from another region before English.
    ['pt-PT', 'Pausa na mesa'],
    ['fr', 'Desk reset'],
    ['en-GB', 'Desk reset'],
  ])('in %s the name is %s', (locale, name) => {
    expect(textFor(DESK.name, locale)).toBe(name);
  });

  it('without the language, English, wherever it stands (Chrome hands the languages on sorted: "de" before "en")', () => {
    expect(textFor({ de: 'Schreibtisch-Pause', en: 'Desk reset' }, 'fr')).toBe('Desk reset');
    expect(textFor({ de: 'Schreibtisch-Pause', 'en-US': 'Desk reset' }, 'ja')).toBe('Desk reset');
  });

  it('without the language or English, the first given text', () => {
    expect(textFor({ de: 'Schreibtisch-Pause', fr: 'Pause au bureau' }, 'ja')).toBe('Schreibtisch-Pause');
    // Chrome's underscore form of a language tag is read as the tag.
    expect(parseCustomRoutines([{ ...WALK, name: { pt_BR: 'Caminhe até a janela' } }]).routines[0]!.name).toEqual({ 'pt-BR': 'Caminhe até a janela' });
  });

  it('plays as routines of the organization, in the page language; a pressure step makes it a massage routine', () => {
    const [desk, walk] = organizationRoutines(parseCustomRoutines([DESK, WALK]).routines, 'de');
    expect(desk).toMatchObject({ id: 'acme-desk-reset', source: 'organization', name: 'Schreibtisch-Pause', massage: true });
    expect(desk!.steps.map((s) => s.text)).toEqual(['Schultern nach hinten rollen', 'Die empfindliche Stelle halten']);
    expect(walk).toMatchObject({ id: 'acme-walk', source: 'organization', name: 'Walk to the window', massage: false });
  });
});

describe('customRoutines: each bad routine is ignored alone and listed', () => {
  it.each([
    ['not an object', 'acme', [{ name: 'customRoutines[0]', reason: 'routine-definition', code: 'not-object', detail: '' }]],
    ['without an id', { ...DESK, id: undefined }, [{ name: 'customRoutines[0].id', reason: 'routine-definition', code: 'missing', detail: '' }]],
    ['with an id of spaces', { ...DESK, id: 'acme desk reset' }, [{ name: 'customRoutines[0].id', reason: 'routine-definition', code: 'bad-routine', detail: '' }]],
    ['with a built-in id', { ...DESK, id: 'neck-rolls' }, [{ name: 'customRoutines[0].id', reason: 'routine-definition', code: 'built-in-id', detail: 'neck-rolls' }]],
    ['with the prefix of staff’s own', { ...DESK, id: 'mine-desk' }, [{ name: 'customRoutines[0].id', reason: 'organization-routine-id', detail: 'mine-' }]],
    ['without a name', { ...DESK, name: undefined }, [{ name: 'customRoutines[0].name', reason: 'routine-definition', code: 'missing', detail: '' }]],
    ['with a name of one text for all', { ...DESK, name: 'Desk reset' }, [{ name: 'customRoutines[0].name', reason: 'no-text', detail: '' }]],
    ['with a name of no language', { ...DESK, name: {} }, [{ name: 'customRoutines[0].name', reason: 'no-text', detail: '' }]],
    ['with an empty name', { ...DESK, name: { en: ' ' } }, [{ name: 'customRoutines[0].name.en', reason: 'bad-routine-text', detail: '1–80' }]],
    ['with a name of 81 characters', { ...DESK, name: { en: 'x'.repeat(81) } }, [{ name: 'customRoutines[0].name.en', reason: 'bad-routine-text', detail: '1–80' }]],
    ['with a name of two lines', { ...DESK, name: { en: 'Desk\nreset' } }, [{ name: 'customRoutines[0].name.en', reason: 'bad-routine-text', detail: '1–80' }]],
    ['with a name in a number', { ...DESK, name: { en: 42 } }, [{ name: 'customRoutines[0].name.en', reason: 'bad-routine-text', detail: '1–80' }]],
    ['with a name under no language', { ...DESK, name: { english: 'Desk reset' } }, [{ name: 'customRoutines[0].name.english', reason: 'bad-locale', detail: 'english' }]],
    ['without steps', { ...DESK, steps: undefined }, [{ name: 'customRoutines[0].steps', reason: 'routine-definition', code: 'missing', detail: '' }]],
    ['with steps not a list', { ...DESK, steps: STRETCH }, [{ name: 'customRoutines[0].steps', reason: 'routine-definition', code: 'not-array', detail: '' }]],
    ['with no step', { ...DESK, steps: [] }, [{ name: 'customRoutines[0].steps', reason: 'routine-definition', code: 'bad-step-count', detail: '0' }]],
    ['with 31 steps', { ...DESK, steps: Array.from({ length: 31 }, () => STRETCH) }, [{ name: 'customRoutines[0].steps', reason: 'routine-definition', code: 'bad-step-count', detail: '31' }]],
    ['with a field a routine has not', { ...DESK, author: 'Health team' }, [{ name: 'customRoutines[0].author', reason: 'routine-definition', code: 'unknown-routine-field', detail: 'author' }]],
    [
      'whose every step is bad',
      { ...DESK, steps: [{ ...STRETCH, seconds: 4 }] },
      [
        { name: 'customRoutines[0].steps[0].seconds', reason: 'routine-definition', code: 'bad-step-seconds', detail: '' },
        { name: 'customRoutines[0].steps', reason: 'no-valid-step', detail: '' },
      ],
    ],
  ])('a routine %s', (_, routine, problems) => {
    const { routines, problems: found } = parseCustomRoutines([routine, WALK]);
    expect(found).toEqual(problems);
    // The other routine still applies.
    expect(routines.map((r) => r.id)).toEqual(['acme-walk']);
    expectMessages(found);
  });

  it('a second routine with the same id is ignored', () => {
    const { routines, problems } = parseCustomRoutines([DESK, WALK, { ...WALK, name: { en: 'Another walk' } }]);
    expect(routines.map((r) => r.name.en)).toEqual(['Desk reset', 'Walk to the window']);
    expect(problems).toEqual([{ name: 'customRoutines[2].id', reason: 'duplicate-routine-id', detail: 'customRoutines[1]' }]);
    expectMessages(problems);
  });

  it('keeps the first 20 routines of a longer list, and says so', () => {
    const many = Array.from({ length: 22 }, (_, i) => ({ ...WALK, id: `acme-walk-${i + 1}` }));
    const { routines, problems } = parseCustomRoutines(many);
    expect(routines.map((r) => r.id)).toEqual(Array.from({ length: 20 }, (_, i) => `acme-walk-${i + 1}`));
    expect(problems).toEqual([{ name: 'customRoutines', reason: 'too-many-organization-routines', detail: '20' }]);
    expectMessages(problems);
  });

  it.each([['a routine'], [{ id: 'acme' }], [42], [null]])('customRoutines of %j is listed and gives no routine', (raw) => {
    const policy = parsePolicy({ customRoutines: raw, dailyGoal: 6 });
    const pack = packOf(policy.customRoutines);
    expect(pack.routines).toEqual([]);
    expect(pack.problems).toEqual([{ name: 'customRoutines', reason: 'bad-custom-routines', detail: '' }]);
    // The rest of the policy applies.
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual({ dailyGoal: 6 });
    expectMessages(pack.problems);
  });
});

describe('customRoutines: each bad step or language is ignored alone, the routine keeps the rest', () => {
  const NAME = 'customRoutines[0].steps[1]';
  it.each([
    ['too short', { ...HOLD, pressure: false, seconds: 4 }, [{ name: `${NAME}.seconds`, reason: 'routine-definition', code: 'bad-step-seconds', detail: '' }]],
    ['too long', { ...HOLD, pressure: false, seconds: 301 }, [{ name: `${NAME}.seconds`, reason: 'routine-definition', code: 'bad-step-seconds', detail: '' }]],
    ['of seconds in text', { ...HOLD, seconds: '20' }, [{ name: `${NAME}.seconds`, reason: 'routine-definition', code: 'bad-pressure-seconds', detail: '' }]],
    ['of a pressure hold past 30 seconds', { ...HOLD, seconds: 40 }, [{ name: `${NAME}.seconds`, reason: 'routine-definition', code: 'bad-pressure-seconds', detail: '' }]],
    ['of a pressure hold under 10 seconds', { ...HOLD, seconds: 8 }, [{ name: `${NAME}.seconds`, reason: 'routine-definition', code: 'bad-pressure-seconds', detail: '' }]],
    ['of an unknown figure', { ...HOLD, illustration: 'yoga-pose' }, [{ name: `${NAME}.illustration`, reason: 'routine-definition', code: 'bad-illustration', detail: '' }]],
    ['of a side neither left nor right', { ...HOLD, side: 'both' }, [{ name: `${NAME}.side`, reason: 'routine-definition', code: 'bad-side', detail: '' }]],
    ['of a pressure mark in text', { ...HOLD, pressure: 'yes' }, [{ name: `${NAME}.pressure`, reason: 'routine-definition', code: 'not-boolean', detail: '' }]],
    ['with a field a step has not', { ...HOLD, colour: 'red' }, [{ name: `${NAME}.colour`, reason: 'routine-definition', code: 'unknown-routine-field', detail: 'colour' }]],
    ['without a text', { ...HOLD, text: undefined }, [{ name: `${NAME}.text`, reason: 'routine-definition', code: 'missing', detail: '' }]],
    ['of one text for all', { ...HOLD, text: 'Hold the tender spot' }, [{ name: `${NAME}.text`, reason: 'no-text', detail: '' }]],
    ['of an empty text', { ...HOLD, text: { en: '' } }, [{ name: `${NAME}.text.en`, reason: 'bad-routine-text', detail: '1–300' }]],
    ['of a text of 301 characters', { ...HOLD, text: { en: 'x'.repeat(301) } }, [{ name: `${NAME}.text.en`, reason: 'bad-routine-text', detail: '1–300' }]],
    ['not an object', 20, [{ name: NAME, reason: 'routine-definition', code: 'not-object', detail: '' }]],
  ])('a step %s', (_, step, problems) => {
    const { routines, problems: found } = parseCustomRoutines([deskWithStep(1, step), WALK]);
    expect(found).toEqual(problems);
    expect(routines).toEqual([{ ...DESK_PARSED, steps: [DESK_PARSED.steps[0]] }, expect.objectContaining({ id: 'acme-walk' })]);
    expectMessages(found);
  });

  it('a step of 300 characters and a side, and a hold of 10 and of 30 seconds, are kept', () => {
    const steps = [{ text: { en: 'x'.repeat(300) }, seconds: 300, side: 'right' }, { ...HOLD, seconds: 10 }, { ...HOLD, seconds: 30 }];
    expect(parseCustomRoutines([{ ...DESK, steps }]).problems).toEqual([]);
  });

  it('a bad language of a text is left out; the step keeps the others', () => {
    const { routines, problems } = parseCustomRoutines([deskWithStep(0, { ...STRETCH, text: { en: 'Roll your shoulders back', de: '', 'not a tag': 'x' } })]);
    expect(problems).toEqual([
      { name: 'customRoutines[0].steps[0].text.de', reason: 'bad-routine-text', detail: '1–300' },
      { name: 'customRoutines[0].steps[0].text.not a tag', reason: 'bad-locale', detail: 'not a tag' },
    ]);
    expect(routines[0]!.steps[0]!.text).toEqual({ en: 'Roll your shoulders back' });
    // In German, the step falls back to English.
    expect(organizationRoutines(routines, 'de')[0]!.steps.map((s) => s.text)).toEqual(['Roll your shoulders back', 'Die empfindliche Stelle halten']);
  });
});

describe('enabledRoutines may name the pack’s routines', () => {
  it.each([
    [['neck-rolls', 'acme-walk'], ['neck-rolls', 'acme-walk'], []],
    [['acme-walk'], ['acme-walk'], []],
    [['acme-walk', 'yoga', 'calves'], ['calves', 'acme-walk'], ['yoga']],
    // Each unknown id alone is ignored: a list left with none is ignored whole, the entries say why.
    [['yoga', 'pilates'], undefined, ['yoga', 'pilates']],
  ])('%j gives %j', (enabled, kept, unknown) => {
    const policy = parsePolicy({ customRoutines: [DESK, WALK], enabledRoutines: enabled });
    expect(policy.values.enabledRoutines).toEqual(kept);
    expect(policy.problems).toEqual(unknown.map((detail) => ({ name: 'enabledRoutines', reason: 'unknown-routine', detail })));
    expectMessages(policy.problems);
  });

  it('an id of a routine the pack does not have (or no longer has) is unknown', () => {
    const policy = parsePolicy({ customRoutines: [WALK], enabledRoutines: ['neck-rolls', 'acme-desk-reset'] });
    expect(policy.values.enabledRoutines).toEqual(['neck-rolls']);
    expect(policy.problems).toEqual([{ name: 'enabledRoutines', reason: 'unknown-routine', detail: 'acme-desk-reset' }]);
  });

  it('the pack’s routines offered: those enabledRoutines names, or all when it names none', () => {
    const pack = parseCustomRoutines([DESK, WALK]).routines;
    const ids = (enabled: string[]) => offeredOrganizationRoutines(pack, enabled, 'en').map((r) => r.id);
    expect(ids(['neck-rolls'])).toEqual(['acme-desk-reset', 'acme-walk']);
    expect(ids(['neck-rolls', 'acme-walk'])).toEqual(['acme-walk']);
  });
});
