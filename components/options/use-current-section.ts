// Which options section is open: the URL fragment decides (so links and the browser's Back work), focus goes to its
// heading when the fragment changes, and while the person scrolls the navigation follows the section being read.
import { useEffect, useState } from 'preact/hooks';
import { OPTIONS_SECTIONS, sectionOfFragment, type OptionsSection } from '../../core/options-sections';
import { sectionHeadingId } from './OptionsSection';

function focusSection(section: OptionsSection, fragment: string) {
  const target = document.getElementById(fragment.replace(/^#/, ''));
  target?.scrollIntoView();
  // The heading takes focus (a screen reader says where the person is) without moving the page again.
  document.getElementById(sectionHeadingId(section))?.focus({ preventScroll: true });
}

/**
 * The section being read: the one the fragment opened while its heading is still in the window (the last
 * sections are too short to reach the upper third, so the rule below alone would mark the one before them),
 * otherwise the last section whose top has passed the upper third of the window.
 */
function sectionInView(): OptionsSection | undefined {
  const opened = sectionOfFragment(location.hash);
  const heading = opened && document.getElementById(sectionHeadingId(opened))?.getBoundingClientRect();
  if (opened && heading && heading.top >= 0 && heading.bottom <= window.innerHeight) return opened;
  let found: OptionsSection | undefined;
  for (const section of OPTIONS_SECTIONS) {
    const element = document.getElementById(section);
    if (element && element.getBoundingClientRect().top <= window.innerHeight / 3) found = section;
  }
  return found;
}

/**
 * `ready`: the sections are drawn (the page waits for storage first), so the fragment's target exists and stays
 * where it is (content still to come above it would push it out of the window after the scroll).
 */
export function useCurrentSection(ready: boolean): OptionsSection {
  const [current, setCurrent] = useState<OptionsSection>(() => sectionOfFragment(location.hash) ?? OPTIONS_SECTIONS[0]);

  useEffect(() => {
    if (!ready) return;
    const open = () => {
      const section = sectionOfFragment(location.hash);
      if (!section) return;
      setCurrent(section);
      focusSection(section, location.hash);
    };
    open();
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const section = sectionInView();
        if (section) setCurrent(section);
      });
    };
    window.addEventListener('hashchange', open);
    window.addEventListener('scroll', follow, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('hashchange', open);
      window.removeEventListener('scroll', follow);
    };
  }, [ready]);

  return current;
}
