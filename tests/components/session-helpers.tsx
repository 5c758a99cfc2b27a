// Renders components as a page would: English messages through the i18n context, and in-memory session ports.
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, vi } from 'vitest';
import { I18nContext } from '../../components/i18n';
import type { ReadingDirection } from '../../core/reading-direction';
import type { SessionPorts } from '../../core/session-ports';
import type { NewBreak } from '../../core/breaks';
import type { PlayerState } from '../../core/player';
import { t } from '../support/messages';

afterEach(cleanup);

/** With `dir: 'rtl'`, as an Arabic page mounts it: the context's direction (charts, arrow keys) and the element's `dir`. */
export function renderWithI18n(ui: ComponentChildren, locale = 'en', dir: ReadingDirection = 'ltr') {
  return render(
    <I18nContext.Provider value={{ t, locale, dir }}>
      {dir === 'rtl' ? <div dir="rtl">{ui}</div> : ui}
    </I18nContext.Provider>,
  );
}

export function memoryPorts(options: { safetyAccepted?: boolean; player?: PlayerState } = {}) {
  let player = options.player;
  let accepted = options.safetyAccepted ?? true;
  const recorded: NewBreak[] = [];
  const ids = new Set<string>();
  const ports: SessionPorts = {
    loadPlayer: async () => player,
    savePlayer: async (s) => {
      player = s;
    },
    watchPlayer: () => () => undefined,
    loadSafetyAccepted: async () => accepted,
    acceptSafety: async () => {
      accepted = true;
    },
    // Like the worker: a break sent again under an id already stored (a retry, a second page) adds nothing.
    record: vi.fn(async (fields: NewBreak, id?: string) => {
      if (id !== undefined && ids.has(id)) return;
      if (id !== undefined) ids.add(id);
      recorded.push(fields);
    }),
  };
  return { ports, recorded, saved: () => player, accepted: () => accepted };
}
