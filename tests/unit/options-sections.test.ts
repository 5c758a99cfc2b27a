// Which options section a URL fragment opens: the popup, the welcome page and docs link by these names.
import { describe, expect, it } from 'vitest';
import { OPTIONS_SECTIONS, sectionOfFragment } from '../../core/options-sections';

describe('sectionOfFragment', () => {
  it('knows the six sections, in the page order', () => {
    expect(OPTIONS_SECTIONS).toEqual(['breaks', 'routines', 'schedule', 'sound', 'data', 'admin']);
  });

  it.each([
    ['#breaks', 'breaks'],
    ['#schedule', 'schedule'],
    ['schedule', 'schedule'],
    ['#admin', 'admin'],
    // The popup's "How to turn them on" link: the help is in Schedule.
    ['#notifications', 'schedule'],
    ['', undefined],
    ['#', undefined],
    ['#Schedule', undefined],
    ['#settings', undefined],
    ['#constructor', undefined],
    ['#__proto__', undefined],
  ])('%j opens %s', (fragment, section) => {
    expect(sectionOfFragment(fragment)).toBe(section);
  });
});
