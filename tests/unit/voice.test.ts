// Which voice reads: the one chosen when this browser has it, else the best for the page's language, else none.
import { describe, expect, it } from 'vitest';
import { pickVoice, voicesForLanguage } from '../../core/voice';

const VOICES = [
  { name: 'Anna', lang: 'de-DE' },
  { name: 'Daniel', lang: 'en-GB' },
  { name: 'Samantha', lang: 'en-US', default: true },
  { name: 'Luciana', lang: 'pt-BR' },
  { name: 'Joana', lang: 'pt-PT' },
  { name: 'espeak pt', lang: 'pt' },
];

describe('voicesForLanguage', () => {
  it.each([
    ['en', ['Samantha', 'Daniel']],
    ['en-GB', ['Daniel', 'Samantha']],
    ['de-AT', ['Anna']],
    ['pt-BR', ['Luciana', 'Joana', 'espeak pt']],
    ['pt_BR', ['Luciana', 'Joana', 'espeak pt']],
    ['PT-pt', ['Joana', 'Luciana', 'espeak pt']],
    ['ja', []],
  ])('%s: %j', (lang, names) => {
    expect(voicesForLanguage(VOICES, lang).map((v) => v.name)).toEqual(names);
  });
});

describe('pickVoice', () => {
  it.each([
    ['en', '', 'Samantha'],
    ['en', 'Daniel', 'Daniel'],
    // A voice chosen by name reads even when it is of another language: the user asked for it.
    ['en', 'Anna', 'Anna'],
    // A name this browser lacks: the default for the language.
    ['de', 'Petra', 'Anna'],
    ['ja', '', undefined],
    ['ja', 'Kyoko', undefined],
  ])('page %s, chosen %j: %s', (lang, name, expected) => {
    expect(pickVoice(VOICES, lang, name)?.name).toBe(expected);
  });
});
