// The schedule's buttons: take a break now (or the skipped one), pause (with its durations) or resume, and snooze or skip a due break within the day's budget.
import { useState } from 'preact/hooks';
import { formatNumber } from '../core/number-format';
import { pluralKey } from '../core/plural';
import type { ScheduleStatus } from '../core/schedule';
import type { Settings } from '../core/settings';
import { useI18n } from './i18n';
import { useLazy } from './use-lazy';

// The time picker is not part of the popup's first view (its size budget): it loads when opened.
const loadPicker = () => import('./PauseUntilPicker');
const reportPickerError = (error: unknown) => console.error('Unknot pause picker:', error);

function LazyPauseUntil(props: { settings: Settings; now: number; onPause: (until: number) => void }) {
  const picker = useLazy(loadPicker, reportPickerError);
  return picker ? <picker.default {...props} /> : null;
}

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
  /** Offers "Pause until…" a time today when given (with pause choices). */
  pauseUntil?: { settings: Settings; now: number };
}

export function BreakControls(props: Props) {
  const { t, locale } = useI18n();
  const [pauseOpen, setPauseOpen] = useState(false);
  const [untilOpen, setUntilOpen] = useState(false);
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
              {t(pluralKey('action_snooze', props.snoozeMinutes, locale), formatNumber(props.snoozeMinutes, locale))}
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
                : t(pluralKey('skips_left', status.skipsLeft, locale), formatNumber(status.skipsLeft, locale))}
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
                {props.pauseUntil && (
                  <li>
                    <button type="button" aria-expanded={untilOpen} aria-controls="pause-until" onClick={() => setUntilOpen(!untilOpen)}>
                      {t('action_pause_until')}
                    </button>
                    <div id="pause-until">
                      {untilOpen && (
                        <LazyPauseUntil
                          {...props.pauseUntil}
                          onPause={(until) => {
                            setUntilOpen(false);
                            setPauseOpen(false);
                            props.onPause(until);
                          }}
                        />
                      )}
                    </div>
                  </li>
                )}
              </ul>
            )}
          </>
        )
      )}
    </div>
  );
}
