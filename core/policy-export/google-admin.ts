// The Google Admin console's "Policy for extensions": every key wrapped in an object with a Value. Installing is
// done in the console itself (Add Chrome app or extension by ID, Force install), so the file names no id.
import { jsonText } from './json-text';
import type { PolicyObject } from './policy-values';

export function googleAdminJson(policy: PolicyObject): string {
  return jsonText(Object.fromEntries(Object.entries(policy).map(([name, value]) => [name, { Value: value }])));
}
