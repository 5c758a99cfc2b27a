// A value loaded once and loaded again whenever its source says it changed.
import { useEffect, useState } from 'preact/hooks';

export function useLive<T>(load: () => Promise<T>, watch: (changed: () => void) => () => void): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    const refresh = () => {
      load()
        .then((v) => live && setValue(v))
        .catch((error: unknown) => console.error('Unknot:', error));
    };
    refresh();
    const stop = watch(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [load, watch]);
  return value;
}
