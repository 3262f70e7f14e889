/**
 * Dates, counts and short texts as a reader of the site's language expects them, from the
 * runtime's CLDR data (Intl). Built once per service with the configured language.
 */

/** The configured language if Intl knows it, else English (a tag Intl cannot read would throw). */
function usableLocale(language: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const RELATIVE_UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

export class Formatter {
  readonly locale: string;
  readonly #date: Intl.DateTimeFormat;
  readonly #day: Intl.DateTimeFormat;
  readonly #relative: Intl.RelativeTimeFormat;
  readonly #number: Intl.NumberFormat;
  readonly #sentences: Intl.Segmenter;

  constructor(language: string, timeZone = 'UTC') {
    this.locale = usableLocale(language);
    this.#date = new Intl.DateTimeFormat(this.locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    this.#day = new Intl.DateTimeFormat(this.locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone,
    });
    this.#relative = new Intl.RelativeTimeFormat(this.locale, { numeric: 'auto' });
    this.#number = new Intl.NumberFormat(this.locale);
    this.#sentences = new Intl.Segmenter(this.locale, { granularity: 'sentence' });
  }

  /** "20 February 2026 at 07:00 UTC" in the site's language. */
  dateTime(d: Date): string {
    return this.#date.format(d);
  }

  /** "20 Feb 2026": lists, where the time of day is noise. */
  day(d: Date): string {
    return this.#day.format(d);
  }

  /** "3 hours ago", "in 5 minutes", relative to `now`. */
  relative(d: Date, now: Date): string {
    const seconds = Math.round((d.getTime() - now.getTime()) / 1000);
    const abs = Math.abs(seconds);
    for (const [unit, size] of RELATIVE_UNITS) {
      if (abs >= size || unit === 'second') return this.#relative.format(Math.round(seconds / size), unit);
    }
    return this.#relative.format(0, 'second');
  }

  count(n: number): string {
    return this.#number.format(n);
  }

  /** The first sentence of a text, at most `max` characters (cut at a word, with an ellipsis). */
  firstLine(text: string, max = 240): string {
    const first = this.#sentences.segment(text.trim())[Symbol.iterator]().next().value?.segment.trim() ?? '';
    if (first.length <= max) return first;
    const cut = first.slice(0, max);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
  }
}
