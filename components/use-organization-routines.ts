// The organization's routine pack (policy customRoutines) a page offers, in its language. The pack's check loads after
// the first view and only when the policy has a pack: the popup's first chunk stays without it.
import { useMemo } from 'preact/hooks';
import type { Routine } from '../core/routines';
import type { ScheduleView } from '../platform/schedule-view';
import { useLazy } from './use-lazy';

type PackCode = typeof import('../core/policy-routines');
const loadPack = (): Promise<PackCode> => import('../core/policy-routines');
const noPack = (): Promise<undefined> => Promise.resolve(undefined);
const NONE: readonly Routine[] = [];

export function useOrganizationRoutines(view: Pick<ScheduleView, 'policy' | 'settings'> | undefined, locale: string, onError: (error: unknown) => void): readonly Routine[] {
  const raw = view?.policy.customRoutines;
  const code = useLazy<PackCode | undefined>(raw === undefined ? noPack : loadPack, onError);
  const enabled = view?.settings.enabledRoutines;
  return useMemo(
    () => (code && raw !== undefined && enabled ? code.offeredOrganizationRoutines(code.packOf(raw).routines, enabled, locale) : NONE),
    [code, raw, enabled, locale],
  );
}
