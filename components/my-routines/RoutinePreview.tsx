// A routine of your own played on the options page as it will play at a break, the gate at 7 included; nothing is recorded.
import { useState } from 'preact/hooks';
import { startPlayer, sync, type PlayerState } from '../../core/player';
import { builtInRoutine, type Routine } from '../../core/routines';
import { RoutinePlayer } from '../RoutinePlayer';
import { useI18n } from '../i18n';
import { useNow } from '../use-now';

interface Props {
  routine: Routine;
  onClose: () => void;
}

export function RoutinePreview({ routine, onClose }: Props) {
  const { t } = useI18n();
  const [state, setState] = useState<PlayerState>(() => startPlayer(routine, Date.now()));
  const now = useNow(250);
  const shown = sync(state, routine, now);
  return (
    <section class="routine-preview" aria-labelledby="preview-heading" data-testid="routine-preview">
      <h4 id="preview-heading">{t('preview_heading')}</h4>
      <RoutinePlayer
        routine={routine}
        state={shown}
        now={now}
        size="large"
        gentler={routine.gentler && builtInRoutine(routine.gentler)}
        onChange={setState}
        onFinish={onClose}
        onStop={onClose}
        // In a preview the gentler routine is only offered: choosing it ends the preview.
        onSwitch={onClose}
      />
      <div class="controls">
        <button type="button" onClick={onClose}>
          {t('preview_close')}
        </button>
      </div>
    </section>
  );
}
