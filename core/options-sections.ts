// The options page's sections: their URL fragments (options.html#schedule), which the popup, the welcome page and docs link to.

export const OPTIONS_SECTIONS = ['breaks', 'routines', 'schedule', 'sound', 'data', 'admin'] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

/** Fragments inside a section: the notifications help (the popup's "How to turn them on") is part of Schedule. */
const INNER_TARGETS: Readonly<Record<string, OptionsSection>> = { notifications: 'schedule' };

export const isOptionsSection = (x: unknown): x is OptionsSection => (OPTIONS_SECTIONS as readonly unknown[]).includes(x);

/** The section a fragment ("#schedule", "schedule", "#notifications") points into; undefined for none or an unknown one. */
export function sectionOfFragment(fragment: string): OptionsSection | undefined {
  const name = fragment.replace(/^#/, '');
  if (isOptionsSection(name)) return name;
  // Own keys only: "#constructor" is not a section.
  return Object.hasOwn(INNER_TARGETS, name) ? INNER_TARGETS[name] : undefined;
}
