// The schedule's buttons: take a break now (or the skipped one), pause (with its durations) or resume, and snooze or skip a due break within the day's budget.
import { useState } from 'preact/hooks';
import { pluralKey } from '../core/plural';
import type { ScheduleStatus } from '../core/schedule';
import { useI18n } from './i18n';

export interface PauseChoice {
  label: string;
  until: number;
}

interface Props {
  status: ScheduleStatus;
  snoozeMinutes: number;
  /** Empty when pausing is not allowed. */
  pauseChoices: PauseChoice[];
  onTakeBreak?: () => void;
  onPause: (until: number) => void;
  onResume: () => void;
  onSnooze: () => void;
  onSkip: () => void;
}

export function BreakControls(props: Props) {
  const { t, locale } = useI18n();
  const [pauseOpen, setPauseOpen] = useState(false);
  const { status } = props;

  return (
    <div class="controls">
      {props.onTakeBreak && (
        <button type="button" class="primary" onClick={props.onTakeBreak}>
          {t(status.kind === 'next' && status.skippedBreak ? 'action_take_skipped_break' : 'action_take_break')}
        </button>
      )}
      {status.kind === 'due' ? (
        <>
          {status.snoozesLeft > 0 ? (
            <button type="button" onClick={props.onSnooze}>
              {t('action_snooze', String(props.snoozeMinutes))}
            </button>
          ) : (
            <p class="hint">{t('snoozes_left_none')}</p>
          )}
          {status.skipsLeft !== 0 && (
            <button type="button" onClick={props.onSkip}>
              {t('action_skip')}
            </button>
          )}
          {status.skipsLeft !== null && (
            <p class="hint" data-testid="skips-left">
              {status.skipsLeft === 0
                ? t('skips_left_none')
                : t(pluralKey('skips_left', status.skipsLeft, locale), String(status.skipsLeft))}
            </p>
          )}
        </>
      ) : status.kind === 'paused' ? (
        <button type="button" onClick={props.onResume}>
          {t('action_resume')}
        </button>
      ) : (
        props.pauseChoices.length > 0 && (
          <>
            <button
              type="button"
              aria-expanded={pauseOpen}
              aria-controls="pause-choices"
              onClick={() => setPauseOpen(!pauseOpen)}
            >
              {t('action_pause')}
            </button>
            {pauseOpen && (
              <ul id="pause-choices" class="choices" aria-label={t('action_pause')}>
                {props.pauseChoices.map((choice) => (
                  <li key={choice.label}>
                    <button
                      type="button"
                      onClick={() => {
                        setPauseOpen(false);
                        props.onPause(choice.until);
                      }}
                    >
                      {choice.label}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      )}
    </div>
  );
}
