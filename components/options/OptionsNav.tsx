// The options page's navigation: one link per section, the one being read marked as current.
import { OPTIONS_SECTIONS, type OptionsSection } from '../../core/options-sections';
import { useI18n } from '../i18n';

export const sectionTitleKey = (section: OptionsSection) => `options_section_${section}`;

export function OptionsNav({ current }: { current: OptionsSection }) {
  const { t } = useI18n();
  return (
    <nav class="options-nav" aria-label={t('options_nav_label')}>
      <ul>
        {OPTIONS_SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#${section}`} aria-current={section === current ? 'location' : undefined}>
              {t(sectionTitleKey(section))}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
