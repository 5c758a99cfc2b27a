// The administrator's policy from storage.managed (Chrome: managed_schema; Firefox: policies.json "3rdparty").
import { browser } from 'wxt/browser';
import { NO_POLICY, parsePolicy, type Policy } from '../core/policy';
import type { SettingProblem } from '../core/settings';
import { versionedItem } from './storage-item';

/** The last policy read, so a slow start of Chrome's policy service never holds up the schedule. */
export const POLICY_CACHE = 'policyCache';
/** v1: the raw storage.managed answer as 0.1 stores it under "policyCache". */
const cache = versionedItem(`local:${POLICY_CACHE}`, 1, {});
/** How long a caller waits for storage.managed before going on with the last policy seen. */
const MANAGED_WAIT_MS = 100;
const NOT_YET = Symbol('not yet');

/** What storage.managed said: a policy (`{}` is none), or an error that says nothing about the policy. */
type Answer = { raw: unknown } | { error: unknown };

/**
 * Firefox rejects with exactly this when no policy names the add-on (w3c/webextensions#497,
 * Firefox bug 1868153): that is no policy, like Chrome's `{}`. Any other rejection (a policy
 * service failing) is not an answer, and must never unlock what the administrator locked.
 */
const isNoPolicyError = (error: unknown) => String((error as Error | undefined)?.message ?? error).includes('Managed storage manifest not found');

// One read per page or worker start, shared by every caller until the policy changes, and
// remembered once when it answers.
let reading: { answer: Promise<Answer>; remembered: Promise<void> } | undefined;

function readManaged() {
  if (reading) return reading;
  const answer: Promise<Answer> = browser.storage.managed.get().then(
    (raw) => ({ raw }),
    (error: unknown) => (isNoPolicyError(error) ? { raw: {} } : { error }),
  );
  const current = { answer, remembered: Promise.resolve() };
  current.remembered = answer
    .then(async (a) => {
      if ('raw' in a) return remember(a.raw);
      console.warn('Unknot: storage.managed failed; keeping the last policy seen.', a.error);
      // This read said nothing: the next caller asks again.
      if (reading === current) reading = undefined;
    })
    .catch((error: unknown) => console.warn('Unknot: policy not cached', error));
  reading = current;
  return current;
}

/** Chrome announced a policy change: the next read asks storage.managed again. */
export function forgetPolicy(): void {
  reading = undefined;
}

const isEmpty = (raw: unknown) => raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0);

async function remember(raw: unknown): Promise<void> {
  const { raw: cached } = await cache.read();
  // Written only when it changed (no policy before and none now is no change): the write itself
  // tells listeners to read the settings again.
  if (isEmpty(cached) && isEmpty(raw)) return;
  if (JSON.stringify(cached) !== JSON.stringify(raw)) await cache.save(raw);
}

function parseAndReport(raw: unknown): Policy {
  const policy = parsePolicy(raw);
  const problems = policy.problems;
  const report = (p: SettingProblem) => {
    const noBreak = { 'no-break-fits': `one ${p.detail}-minute interval`, 'no-break-at-minute': `minute :${p.detail} of an hour` }[p.reason as string];
    console.warn(
      noBreak
        ? `Unknot: the policy's working time ("${p.name}") never holds ${noBreak}, so no break can come.`
        : `Unknot: policy value "${p.name}" is ignored (${p.code ?? p.reason}${p.detail ? `, expected ${p.detail}` : ''}).`,
    );
  };
  problems.forEach(report);
  // The routine pack's check loads apart (it stays out of the popup's first chunk), only when there is a pack.
  if (policy.customRoutines !== undefined) {
    import('../core/policy-routines')
      .then(({ packOf }) => packOf(policy.customRoutines).problems.forEach(report))
      .catch((error: unknown) => console.warn('Unknot: the routine pack was not checked', error));
  }
  return policy;
}

export interface LoadPolicyOptions {
  /**
   * false: only for showing settings. Goes on with the last policy seen at once, and still asks
   * storage.managed: when it answers with another policy, remembering it tells onPolicyChanged's
   * listeners to read again. Never for a save or the worker: they wait (default true), so a lock
   * only storage.managed knows of is never bypassed.
   */
  wait?: boolean;
}

/** The last policy seen: the cache, or no policy when there is none. */
async function lastPolicySeen(): Promise<Policy> {
  const { raw: cached } = await cache.read();
  return cached === null ? NO_POLICY : parseAndReport(cached);
}

export async function loadPolicy({ wait = true }: LoadPolicyOptions = {}): Promise<Policy> {
  const { answer, remembered } = readManaged();
  // The popup waited the whole MANAGED_WAIT_MS at every opening, as storage.managed does not answer
  // at document start (issue 10, "Speed"): a page that only shows settings does not wait.
  if (!wait) return lastPolicySeen();
  // Chrome's storage.managed.get() can take seconds, or not answer, right after a browser start
  // (w3c/webextensions#547): go on with the last policy seen, and update when it answers.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<typeof NOT_YET>((resolve) => (timer = setTimeout(() => resolve(NOT_YET), MANAGED_WAIT_MS)));
  const first = await Promise.race([answer, waited]);
  clearTimeout(timer);
  if (first !== NOT_YET && 'raw' in first) {
    await remembered;
    return parseAndReport(first.raw);
  }
  // Slow or failed: the last policy seen. A slow read goes on, and remembering its answer tells
  // every page and the worker to read again.
  return lastPolicySeen();
}

/** The policy changed: Chrome announced a new one, or a read remembered a different answer. */
export function onPolicyChanged(listener: () => void): () => void {
  const managed = (_changes: unknown, area: string) => {
    if (area !== 'managed') return;
    forgetPolicy();
    listener();
  };
  browser.storage.onChanged.addListener(managed);
  const unwatch = cache.item.watch(() => listener());
  return () => {
    browser.storage.onChanged.removeListener(managed);
    unwatch();
  };
}
