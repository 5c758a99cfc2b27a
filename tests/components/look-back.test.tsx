// @vitest-environment jsdom
// The popup's weekly look back: its sentence in each plural form, closed by keyboard with focus moving on, axe;
// and with the real storage and history (fake browser, fake IndexedDB): shown, closed, not back that week, back the next.
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LookBackCard } from '../../components/LookBackCard';
import LookBackWiring from '../../components/look-back-wiring';
import { I18nContext } from '../../components/i18n';
import type { LookBack } from '../../core/look-back';
import { importHistory } from '../../platform/history';
import { loadLookBack } from '../../platform/look-back';
import { t } from '../../platform/i18n';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const LOOK: LookBack = { week: '2026-12-07', breaks: 17, bestDay: 'tue', streak: 6 };

/** The popup's part: the card until it is closed, and the schedule's first button after it. */
function renderCard(look: LookBack) {
  const onClose = vi.fn();
  function Popup() {
    const [open, setOpen] = useState(true);
    return (
      <main>
        <button type="button">Before</button>
        {open && (
          <LookBackCard
            look={look}
            onClose={() => {
              onClose();
              setOpen(false);
            }}
          />
        )}
        <button type="button">Take a break now</button>
      </main>
    );
  }
  const view = renderWithI18n(<Popup />);
  return { onClose, ...view };
}

describe('LookBackCard', () => {
  it.each<[LookBack, string]>([
    [LOOK, 'Last week: 17 breaks, best day Tuesday, streak of 6 days'],
    [{ ...LOOK, breaks: 1, bestDay: 'sun', streak: 1 }, 'Last week: 1 break, best day Sunday, streak of 1 day'],
    [{ ...LOOK, breaks: 1200, bestDay: 'fri', streak: 0 }, 'Last week: 1,200 breaks, best day Friday'],
  ])('%j reads "%s"', (look, text) => {
    renderCard(look);
    expect(screen.getByRole('region', { name: 'Your last week' }).querySelector('p')!.textContent).toBe(text);
  });

  it('closes with the keyboard, and focus moves on to what followed it', async () => {
    const user = userEvent.setup();
    const { onClose } = renderCard(LOOK);
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: "Close last week's summary" }));
    await user.keyboard('{Enter}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('region', { name: 'Your last week' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take a break now' }));
  });

  it('has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
    const { container } = renderCard(LOOK);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('the look back with its storage and history', () => {
  const SETTINGS = { workDays: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, workHoursByDay: {}, dailyGoal: 2 };
  // Local times, so the days are those of the machine's timezone: last week is Monday 2026-11-30 to Sunday 2026-12-06.
  const SETTINGS_COPY = () => ({ ...SETTINGS, workDays: [...SETTINGS.workDays] });
  const at = (day: number, hour: number) => new Date(2026, 10, 30 + day, hour).getTime();
  const routine = (time: number, i: number) => ({
    id: `r-${i}`,
    at: localIso(time),
    time,
    kind: 'routine' as const,
    routineId: 'neck-rolls',
    completed: true,
  });

  function show(now: number) {
    return render(
      <I18nContext.Provider value={{ t, locale: 'en' }}>
        <LookBackWiring settings={SETTINGS_COPY()} onError={(e) => { throw e; }} now={() => now} />
      </I18nContext.Provider>,
    );
  }

  it('is shown in a new week, closed with one key, and stays closed until the next week', async () => {
    // Monday 2, Tuesday 3, Thursday 2 (Wednesday missed: the streak is Thursday and Friday's), Friday 2.
    const times = [at(0, 9), at(0, 10), at(1, 9), at(1, 10), at(1, 11), at(3, 9), at(3, 10), at(4, 9), at(4, 10)];
    await importHistory(times.map(routine), []);
    const user = userEvent.setup();
    const monday = at(7, 8);
    const first = show(monday);
    expect((await screen.findByRole('region', { name: 'Your last week' })).textContent).toContain(
      'Last week: 9 breaks, best day Tuesday, streak of 2 days',
    );
    await user.tab();
    await user.keyboard(' ');
    expect(screen.queryByRole('region', { name: 'Your last week' })).toBeNull();
    await waitFor(async () => expect(await fakeBrowser.storage.local.get('lookBackClosed')).toEqual({ lookBackClosed: '2026-12-07' }));
    first.unmount();

    // Asked again on Friday of the same week: nothing; the Monday after, a look back at the week it was closed in.
    expect(await loadLookBack(SETTINGS_COPY(), at(11, 16))).toBeUndefined();
    expect(await loadLookBack(SETTINGS_COPY(), at(14, 8))).toBeUndefined(); // that week had no break
    await importHistory([routine(at(9, 9), 99)], []);
    expect(await loadLookBack(SETTINGS_COPY(), at(14, 8))).toEqual({ week: '2026-12-14', breaks: 1, bestDay: 'wed', streak: 0 });
    show(at(14, 8));
    expect((await screen.findByRole('region', { name: 'Your last week' })).textContent).toContain('Last week: 1 break, best day Wednesday');
  });
});

/** "2026-11-30T09:00:00+01:00": the local time with its offset, as the history records it (written out here). */
function localIso(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const zone = `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00${zone}`;
}
