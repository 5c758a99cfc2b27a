// The 0–10 intensity rating: a labelled slider that arrow keys move, with its value read aloud as "4 of 10".
import { MAX_INTENSITY } from '../core/breaks';
import { formatNumber } from '../core/number-format';
import { EASE_OFF_AT } from '../core/player';
import { useI18n } from './i18n';

interface Props {
  id: string;
  labelKey: 'intensity_before' | 'intensity_during' | 'intensity_after';
  value: number | undefined;
  onChange: (value: number) => void;
}

export function IntensityInput({ id, labelKey, value, onChange }: Props) {
  const { t, locale } = useI18n();
  const shown = value ?? 0;
  return (
    <div class={`intensity${shown >= EASE_OFF_AT ? ' intensity--high' : ''}`}>
      <label for={id}>{t(labelKey)}</label>
      <div class="intensity__row">
        <input
          id={id}
          data-testid="intensity"
          type="range"
          min={0}
          max={MAX_INTENSITY}
          step={1}
          value={shown}
          aria-valuetext={t('intensity_value', formatNumber(shown, locale))}
          onInput={(e) => onChange(Number((e.target as HTMLInputElement).value))}
        />
        <output for={id} aria-hidden="true">
          {formatNumber(shown, locale)}
        </output>
      </div>
    </div>
  );
}
