// One user action that can fail (a save, an import, a delete): whether it runs, and whether its last run failed, so the component can say so.
import { useRef, useState } from 'preact/hooks';

export type ActionResult<T> = { done: true; value: T } | { done: false };

export function useFailableAction() {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  // Only the latest run speaks: an older save failing after a newer one succeeded is old news.
  const latest = useRef(0);

  /** Runs the action; `onFailed` runs with the failure's own render, so what the user sees changes at once. */
  const run = async <T>(action: () => T | Promise<T>, onFailed?: () => void): Promise<ActionResult<T>> => {
    const id = ++latest.current;
    setPending(true);
    setFailed(false);
    try {
      return { done: true, value: await action() };
    } catch (error) {
      // Shown to the user by the component; the cause goes to the console for whoever debugs it.
      console.error('Unknot: an action failed', error);
      if (id === latest.current) {
        setFailed(true);
        onFailed?.();
      }
      return { done: false };
    } finally {
      if (id === latest.current) setPending(false);
    }
  };

  return { pending, failed, run };
}
