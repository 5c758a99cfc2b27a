// One section of the options page: its fragment target, a heading that takes focus when the section is opened, and one line on what it holds.
import type { ComponentChildren } from 'preact';
import type { OptionsSection as Section } from '../../core/options-sections';
import { useI18n } from '../i18n';
import { sectionTitleKey } from './OptionsNav';

export const sectionHeadingId = (section: Section) => `${section}-heading`;

export function OptionsSection({ section, children }: { section: Section; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <section id={section} class="options-section" aria-labelledby={sectionHeadingId(section)}>
      {/* tabindex -1: focus moves here when the section is opened from the navigation or a link, not in the Tab order. */}
      <h2 id={sectionHeadingId(section)} tabIndex={-1} class="options-section__heading">
        {t(sectionTitleKey(section))}
      </h2>
      <p class="options-section__intro">{t(`${sectionTitleKey(section)}_intro`)}</p>
      {children}
    </section>
  );
}
