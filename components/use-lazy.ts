// Loads a module after the first render, so what a page does not show at once stays out of its first paint.
import { useEffect, useState } from 'preact/hooks';

export function useLazy<T>(load: () => Promise<T>, onError: (error: unknown) => void): T | undefined {
  const [module, setModule] = useState<T>();
  useEffect(() => {
    let live = true;
    load()
      .then((m) => live && setModule(() => m))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [load, onError]);
  return module;
}
