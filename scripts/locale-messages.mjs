// A shipped language's messages as chrome.i18n gives them (placeholders filled in): for the scripts and the
// end-to-end tests to find what a user of that language sees, without asking the extension.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LOCALES = fileURLToPath(new URL('../public/_locales/', import.meta.url));

/**
 * `t(key, substitutions)` over `public/_locales/<code>/messages.json`; throws on a key the language lacks. Like
 * chrome.i18n.getMessage, one substitution may be given as a string.
 */
export function localeMessages(code) {
  const entries = JSON.parse(readFileSync(`${LOCALES}${code}/messages.json`, 'utf8'));
  return (key, given = []) => {
    const substitutions = typeof given === 'string' ? [given] : given;
    const entry = entries[key];
    if (!entry) throw new Error(`no message ${key} in ${code}`);
    const placeholder = (name) =>
      (entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name])?.content.replace(/\$(\d)/g, (_, n) => substitutions[Number(n) - 1] ?? '') ?? '';
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name) => placeholder(name)).replace(/\$\$/g, '$');
  };
}
