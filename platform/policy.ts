// The administrator's policy from storage.managed (Chrome: managed_schema; Firefox: policies.json "3rdparty").
import { browser } from 'wxt/browser';
import { NO_POLICY, parsePolicy, type Policy } from '../core/policy';

/** The last policy read, so a slow start of Chrome's policy service never holds up the schedule. */
export const POLICY_CACHE = 'policyCache';
/** How long a caller waits for storage.managed before going on with the last policy seen. */
const MANAGED_WAIT_MS = 100;
const NOT_YET = Symbol('not yet');

// One read per page or worker start, shared by every caller until the policy changes, and
// remembered once when it answers.
let reading: { raw: Promise<unknown>; remembered: Promise<void> } | undefined;

function readManaged() {
  if (!reading) {
    // Firefox throws when no policy names this add-on: that is simply no policy.
    const raw = browser.storage.managed.get().catch(() => ({}));
    const remembered = raw.then(remember).catch((error: unknown) => console.warn('Unknot: policy not cached', error));
    reading = { raw, remembered };
  }
  return reading;
}

/** Chrome announced a policy change: the next read asks storage.managed again. */
export function forgetPolicy(): void {
  reading = undefined;
}

const isEmpty = (raw: unknown) => raw === undefined || (typeof raw === 'object' && raw !== null && Object.keys(raw).length === 0);

async function remember(raw: unknown): Promise<void> {
  const cached = (await browser.storage.local.get(POLICY_CACHE))[POLICY_CACHE];
  // Written only when it changed (no policy before and none now is no change): the write itself
  // tells listeners to read the settings again.
  if (isEmpty(cached) && isEmpty(raw)) return;
  if (JSON.stringify(cached) !== JSON.stringify(raw)) await browser.storage.local.set({ [POLICY_CACHE]: raw });
}

function parseAndReport(raw: unknown): Policy {
  const policy = parsePolicy(raw);
  for (const p of policy.problems) {
    console.warn(`Unknot: policy value "${p.name}" is ignored (${p.reason}, expected ${p.detail}).`);
  }
  return policy;
}

export async function loadPolicy(): Promise<Policy> {
  const { raw: fresh, remembered } = readManaged();
  // Chrome's storage.managed.get() can take seconds, or not answer, right after a browser start
  // (w3c/webextensions#547): go on with the last policy seen, and update when it answers.
  const waited = new Promise<typeof NOT_YET>((resolve) => setTimeout(() => resolve(NOT_YET), MANAGED_WAIT_MS));
  const raw = await Promise.race([fresh, waited]);
  if (raw !== NOT_YET) {
    await remembered;
    return parseAndReport(raw);
  }
  // The read goes on; remembering its answer tells every page and the worker to read again.
  const cached = (await browser.storage.local.get(POLICY_CACHE))[POLICY_CACHE];
  return cached === undefined ? NO_POLICY : parseAndReport(cached);
}
