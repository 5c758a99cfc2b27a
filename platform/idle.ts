// Idle and lock detection: a long enough pause away from the computer counts as a natural break.
import { browser } from '#imports';
import { IDLE_DETECTION_SECONDS } from '../core/schedule';

export type IdleState = 'active' | 'idle' | 'locked';

export function watchIdle(listener: (state: IdleState) => void): void {
  browser.idle.setDetectionInterval(IDLE_DETECTION_SECONDS);
  // Firefox has no 'locked' state; its 'idle' is treated alike by the scheduler.
  browser.idle.onStateChanged.addListener((state) => listener(state as IdleState));
}
