// English messages as the browser's i18n.getMessage would give them, for tests outside a browser.
import en from '../../public/_locales/en/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const messages = en as Record<string, Entry>;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => positional(entry.placeholders?.[name.toLowerCase()]?.content ?? entry.placeholders?.[name]?.content ?? ''))
    .replace(/\$\$/g, '$');
}

export const t = (key: string, substitutions?: string | string[]) => getMessage(key, substitutions) || key;
