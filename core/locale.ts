// Which language tag a page formats with: the one its messages are written in.

/** The primary language subtag, lower case: "pt" for "pt-BR" and "pt_BR". */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0]!;

/**
 * The tag for plural rules, numbers, dates, `lang` and the voice. The browser's own tag while it is the language of
 * the messages (so "en-GB" keeps its day-month dates); the messages' tag when the browser's language has no
 * translation and the messages fall back to another (a Ukrainian browser reads English: its few and many forms
 * would find no message). An unreadable messages tag leaves the browser's.
 */
export function pageLocale(browserLanguage: string, messagesTag: string): string {
  if (!/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(messagesTag)) return browserLanguage;
  return primaryLanguage(browserLanguage) === primaryLanguage(messagesTag) ? browserLanguage : messagesTag.replace('_', '-');
}
