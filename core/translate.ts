// The shape of a translator: a message key (and its substitutions) in, the text in the user's language out.
export type Translate = (key: string, substitutions?: string | string[]) => string;
