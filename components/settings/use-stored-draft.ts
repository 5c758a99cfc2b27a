// A field's draft of a stored setting. It follows the stored value, except that stored values arriving before the
// last one sent (an earlier change's save, or another setting's) do not put it back: quick changes would undo each other.
import { useEffect, useRef, useState } from 'preact/hooks';

export function useStoredDraft<V, D = V>(stored: V, toDraft: (value: V) => D, same: (a: V, b: V) => boolean) {
  const [draft, setDraft] = useState(() => toDraft(stored));
  const sent = useRef<{ value: V }>();
  useEffect(() => {
    if (sent.current && !same(sent.current.value, stored)) return;
    sent.current = undefined;
    setDraft(toDraft(stored));
  }, [stored]);
  return {
    draft,
    setDraft,
    /** The value is on its way to storage: the draft waits for it. */
    markSent: (value: V) => {
      sent.current = { value };
    },
    /** Back to what is stored (after a refused save). */
    reset: () => {
      sent.current = undefined;
      setDraft(toDraft(stored));
    },
  };
}
