// The one way a page loads its data: loading, failed or a value; loaded again when the source changes, or on Retry.
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface Loaded<T> {
  /** The last value loaded; kept while a reload runs or after one fails. */
  value?: T;
  /** The last load failed: the page says so and offers `reload`. */
  failed: boolean;
  reload: () => void;
}

interface Options {
  /** Calls `changed` when the source changed; returns how to stop watching. */
  watch?: (changed: () => void) => () => void;
  onError?: (error: unknown) => void;
}

/** A new `load` loads again; `watch` and `onError` are read as they are at mount and at each answer. */
export function useLoad<T>(load: () => Promise<T>, options: Options = {}): Loaded<T> {
  const [state, setState] = useState<{ value?: T; failed: boolean }>({ failed: false });
  const opts = useRef(options);
  opts.current = options;
  // Only the newest load may answer, and none after the page has gone.
  const latest = useRef(0);
  const mounted = useRef(true);
  const reload = useCallback(() => {
    const run = ++latest.current;
    setState((s) => (s.failed ? { value: s.value, failed: false } : s));
    load().then(
      (value) => {
        if (mounted.current && run === latest.current) setState({ value, failed: false });
      },
      (error: unknown) => {
        opts.current.onError?.(error);
        if (mounted.current && run === latest.current) setState((s) => ({ value: s.value, failed: true }));
      },
    );
  }, [load]);
  // The first load starts during the first render: an effect would wait for the frame after the paint.
  const started = useRef<typeof reload>();
  if (!started.current) {
    started.current = reload;
    reload();
  }
  useLayoutEffect(() => {
    mounted.current = true;
    if (started.current !== reload) {
      started.current = reload;
      reload();
    }
    const stop = opts.current.watch?.(reload);
    return () => {
      mounted.current = false;
      stop?.();
    };
  }, [reload]);
  return { ...state, reload };
}
