// The schedule's state in words, for the popup: "Next break in 42 min", "Paused until 14:30".
import type { ScheduleStatus } from './schedule';
import { formatNumber } from './number-format';
import { pluralKey } from './plural';
import { MINUTE } from './time';
import type { Translate } from './translate';

/** A time a Date can hold: Intl throws RangeError on any other (a stored pause once held Number.MAX_VALUE). */
const isShowable = (at: number) => !Number.isNaN(new Date(at).getTime());

export function formatTime(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "Monday 09:00", or only the time when `at` is today. */
export function formatWeekdayTime(at: number, now: number, locale: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  if (sameDay) return formatTime(at, locale);
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(at);
  return `${weekday} ${formatTime(at, locale)}`;
}

export function statusText(status: ScheduleStatus, now: number, t: Translate, locale: string): string {
  switch (status.kind) {
    case 'due':
      return t('status_due');
    case 'waiting':
      if (!isShowable(status.until)) return t('status_due');
      return t(status.reason === 'call' ? 'status_waiting_call' : 'status_waiting_fullscreen', formatTime(status.until, locale));
    case 'paused':
      return isShowable(status.until) ? t('status_paused', formatTime(status.until, locale)) : t('schedule_status_paused');
    case 'next': {
      const minutes = Math.ceil((status.at - now) / MINUTE);
      return minutes <= 1 && status.at - now < MINUTE ? t('status_next_soon') : t(pluralKey('status_next_in', minutes, locale), formatNumber(minutes, locale));
    }
    case 'outside':
      return isShowable(status.at) && isShowable(now)
        ? t('status_outside', formatWeekdayTime(status.at, now, locale))
        : t('schedule_status_outside');
    case 'off':
      return t('status_off');
  }
}
