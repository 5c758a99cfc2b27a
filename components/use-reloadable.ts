// A value loaded from storage that may be unavailable (IndexedDB can fail), and loaded again on request.
import { useCallback, useEffect, useState } from 'preact/hooks';

export interface Reloadable<T> {
  value?: T;
  /** The last load failed: the page says so instead of showing stale or empty data. */
  failed: boolean;
  reload: () => void;
}

/** `load` and `report` should be stable (module-level or memoized): a new one loads again. */
export function useReloadable<T>(load: () => Promise<T>, report: (error: unknown) => void): Reloadable<T> {
  const [value, setValue] = useState<T>();
  const [failed, setFailed] = useState(false);
  const reload = useCallback(() => {
    load()
      .then((v) => {
        setValue(v);
        setFailed(false);
      })
      .catch((error: unknown) => {
        report(error);
        setFailed(true);
      });
  }, [load, report]);
  useEffect(reload, [reload]);
  return { value, failed, reload };
}
