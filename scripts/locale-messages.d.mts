// Types for locale-messages.mjs, so TypeScript tests can import it.
export type Messages = (key: string, substitutions?: string | string[]) => string;
export declare function localeMessages(code: string): Messages;
