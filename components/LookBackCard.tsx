// The popup's weekly look back: "Last week: 17 breaks, best day Tuesday, streak of 6 days", closed with one click.
import { useRef } from 'preact/hooks';
import type { LookBack } from '../core/look-back';
import { pluralKey } from '../core/plural';
import { useI18n } from './i18n';
import { weekdayOptions } from './settings/weekdays';
import './look-back.css';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first control after `el` in the page: where focus goes when the card that held it is gone. */
function nextFocusable(el: HTMLElement): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].find(
    (other) => !el.contains(other) && el.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

export function LookBackCard({ look, onClose }: { look: LookBack; onClose: () => void }) {
  const { t, locale } = useI18n();
  const card = useRef<HTMLElement>(null);
  const number = new Intl.NumberFormat(locale);
  const breaks = t(pluralKey('look_back_breaks', look.breaks, locale), number.format(look.breaks));
  const day = weekdayOptions(locale).find((d) => d.value === look.bestDay)!.label;
  const text =
    look.streak > 0
      ? t('look_back_summary', [breaks, day, t(pluralKey('look_back_streak', look.streak, locale), number.format(look.streak))])
      : t('look_back_summary_no_streak', [breaks, day]);
  const close = () => {
    // The button goes with the card: focus moves on to what follows it, not to the page's start.
    const next = card.current && card.current.contains(document.activeElement) ? nextFocusable(card.current) : undefined;
    onClose();
    next?.focus();
  };
  return (
    <section ref={card} class="look-back" aria-label={t('look_back_heading')} data-testid="look-back">
      <p>{text}</p>
      <button type="button" class="look-back__close" aria-label={t('look_back_close')} onClick={close}>
        <span aria-hidden="true">×</span>
      </button>
    </section>
  );
}
