// A shipped language's messages, as chrome.i18n gives them: for finding what a user of that language sees.
export { localeMessages, type Messages } from '../../../scripts/locale-messages.mjs';

/** Matches an accessible name that starts with `text` (a routine button's name goes on with its purpose and length). */
export const startsWith = (text: string): RegExp => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
