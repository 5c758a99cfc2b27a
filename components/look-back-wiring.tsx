// The popup's look back with its storage and history calls, loaded together after the first view.
import { useEffect, useState } from 'preact/hooks';
import type { LookBack } from '../core/look-back';
import { closeLookBack, loadLookBack, type LookBackSettings } from '../platform/look-back';
import { LookBackCard } from './LookBackCard';

interface Props {
  settings: LookBackSettings;
  onError: (error: unknown) => void;
  /** The clock, for tests; the popup reads it when it opens. */
  now?: () => number;
}

export default function LookBackWiring({ settings, onError, now = Date.now }: Props) {
  const [look, setLook] = useState<LookBack>();
  const { workDays, workHoursByDay, dailyGoal } = settings;
  // By value: the popup re-reads its settings on every change and hands over equal but new objects.
  const key = JSON.stringify([workDays, workHoursByDay, dailyGoal]);
  useEffect(() => {
    let live = true;
    loadLookBack({ workDays, workHoursByDay, dailyGoal }, now())
      .then((found) => live && setLook(found))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [key]);
  if (!look) return null;
  const close = () => {
    setLook(undefined);
    closeLookBack(look.week).catch(onError);
  };
  return <LookBackCard look={look} onClose={close} />;
}
