// The popup's "Pause until…" time picker, loaded only when opened: a time later today, or an inline message why not.
import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPauseUntil } from '../core/pause-until';
import type { Settings } from '../core/settings';
import { useI18n } from './i18n';

interface Props {
  settings: Settings;
  now: number;
  onPause: (until: number) => void;
}

export default function PauseUntilPicker({ settings, now, onPause }: Props) {
  const { t } = useI18n();
  const [time, setTime] = useState('');
  const [problem, setProblem] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  // Focus moves here when the picker opens, so the keyboard goes on where the person pressed.
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      class="pause-until"
      onSubmit={(event) => {
        event.preventDefault();
        const check = checkPauseUntil(settings, time, now);
        if ('until' in check) onPause(check.until);
        else setProblem(check.problem);
      }}
    >
      <label for="pause-until-time">{t('pause_until_label')}</label>
      <input
        id="pause-until-time"
        type="time"
        data-testid="pause-until-time"
        value={time}
        ref={input}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? 'pause-until-problem' : undefined}
        onInput={(event) => {
          setTime(event.currentTarget.value);
          setProblem(undefined);
        }}
      />
      <button type="submit" data-testid="pause-until-confirm">
        {t('pause_until_confirm')}
      </button>
      {problem && (
        <p id="pause-until-problem" role="alert" class="hint">
          {t(problem)}
        </p>
      )}
    </form>
  );
}
