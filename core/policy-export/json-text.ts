// JSON files as administrators read them: two-space indent, a final newline.
import type { Json } from './policy-values';

export const jsonText = (value: Json): string => `${JSON.stringify(value, null, 2)}\n`;
