// The administrator's policy from storage.managed (Chrome: managed_schema; Firefox: policies.json "3rdparty").
import { browser } from 'wxt/browser';
import { NO_POLICY, parsePolicy, type Policy } from '../core/policy';

export async function loadPolicy(): Promise<Policy> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox throws when no policy names this add-on: that is simply no policy.
    return NO_POLICY;
  }
  const policy = parsePolicy(raw);
  for (const p of policy.problems) {
    console.warn(`Unknot: policy value "${p.name}" is ignored (${p.reason}, expected ${p.detail}).`);
  }
  return policy;
}
