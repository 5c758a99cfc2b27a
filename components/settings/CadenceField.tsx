// When breaks come: after every interval of working time, or at one minute of every working hour (breakAtMinute).
import { useEffect, useState } from 'preact/hooks';
import type { Bounds } from '../../core/policy-ranges';
import { SETTING_RANGES } from '../../core/settings';
import { useI18n } from '../i18n';
import { boundsNote } from './bounds-note';
import { describedBy, SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';

interface Props {
  /** null: every interval; 0–59: that minute of every working hour. */
  value: number | null;
  /** Locked together with the interval (the cadence is one choice). */
  locked: boolean;
  onSave: SaveSettings;
  /** The policy's bounds on the minute; the interval cadence stays open (it has no minute to bound). */
  bounds?: Bounds;
}

/** The minute offered when a person first chooses the clock: the gap meetings that end 10 minutes early leave. */
const FIRST_MINUTE = 50;
type Mode = 'interval' | 'clock';

export function CadenceField({ value, locked, onSave, bounds }: Props) {
  const { t, locale } = useI18n();
  const { step } = SETTING_RANGES.breakAtMinute;
  const min = bounds?.min ?? SETTING_RANGES.breakAtMinute.min;
  const max = bounds?.max ?? SETTING_RANGES.breakAtMinute.max;
  const [mode, setMode] = useState<Mode>(value === null ? 'interval' : 'clock');
  // The first minute offered, within the policy's bounds.
  const firstMinute = Math.min(max, Math.max(min, FIRST_MINUTE));
  const [minute, setMinute] = useState(String(value ?? firstMinute));
  useEffect(() => {
    setMode(value === null ? 'interval' : 'clock');
    if (value !== null) setMinute(String(value));
  }, [value]);
  // A refused save shows the stored cadence again, as the message says.
  const { problem, change, saveFailed, saveError } = useSettingField('breakAtMinute', onSave, () => {
    setMode(value === null ? 'interval' : 'clock');
    setMinute(String(value ?? firstMinute));
  }, bounds);
  const id = 'setting-breakAtMinute';
  const state = { id, locked, problem, saveFailed, saveError, note: t('h3c_cadence_hint'), boundsNote: boundsNote(bounds, t, locale) };
  const asMinute = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : text);
  const choose = (next: Mode) => {
    setMode(next);
    change(next === 'interval' ? null : asMinute(minute));
  };
  const radio = (value: Mode, label: string) => (
    <label class="checkbox">
      <input type="radio" name="cadence" value={value} checked={mode === value} disabled={locked} onChange={() => choose(value)} />
      {label}
    </label>
  );
  return (
    <SettingField {...state} legend={t('h3c_cadence_legend')}>
      {radio('interval', t('h3c_cadence_interval'))}
      {radio('clock', t('h3c_cadence_clock'))}
      {mode === 'clock' && (
        <div class="field__sub">
          <label for={`${id}-minute`}>{t('h3c_cadence_minute')}</label>
          <input
            id={`${id}-minute`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={step}
            value={minute}
            disabled={locked}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={describedBy(state)}
            onInput={(e) => {
              const text = (e.target as HTMLInputElement).value;
              setMinute(text);
              change(asMinute(text));
            }}
          />
        </div>
      )}
    </SettingField>
  );
}
