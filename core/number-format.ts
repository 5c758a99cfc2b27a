// Numbers as the page's language writes them (Intl): counts, two-digit minutes and a step's countdown.

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(locale: string, digits: 1 | 2): Intl.NumberFormat {
  const key = `${locale} ${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, digits === 2 ? { minimumIntegerDigits: 2, useGrouping: false } : {});
    formats.set(key, format);
  }
  return format;
}

/** A count in the locale's digits and grouping: "1,234" in English, "1.234" in German, "١٬٢٣٤" in Egyptian Arabic. */
export function formatNumber(n: number, locale: string): string {
  return formatFor(locale, 1).format(n);
}

/** A number of minutes past the hour, or seconds of a minute, always two digits: "05", "٠٥". */
export function formatTwoDigits(n: number, locale: string): string {
  return formatFor(locale, 2).format(n);
}

/** A countdown as minutes and seconds, "1:05", in the locale's digits; whole seconds rounded up, as the player counts. */
export function formatCountdown(ms: number, locale: string): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${formatNumber(Math.floor(s / 60), locale)}:${formatTwoDigits(s % 60, locale)}`;
}
