// A shipped language's messages, as chrome.i18n gives them: for finding what a user of that language sees.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type Messages = (key: string, substitutions?: string[]) => string;

/** The text of each message in `public/_locales/<code>/messages.json`, with `$NAME$` placeholders filled in. */
export function localeMessages(code: string): Messages {
  const entries = JSON.parse(readFileSync(resolve('public/_locales', code, 'messages.json'), 'utf8')) as Record<string, Entry>;
  return (key, substitutions = []) => {
    const entry = entries[key];
    if (!entry) throw new Error(`no message ${key} in ${code}`);
    const placeholder = (name: string) =>
      (entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name])?.content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '') ?? '';
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => placeholder(name)).replace(/\$\$/g, '$');
  };
}

/** Matches an accessible name that starts with `text` (a routine button's name goes on with its purpose and length). */
export const startsWith = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
