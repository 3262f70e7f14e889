import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { stemmer as armenian } from '@orama/stemmers/armenian';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import type { StopwordLanguage } from './stopwords.js';

/** Snowball stemmers (the `@orama/stemmers` package) for the stopword languages that have one. */
export const STEMMERS: Partial<Record<StopwordLanguage, (word: string) => string>> = {
  en: english,
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  pt: portuguese,
  nl: dutch,
  ru: russian,
  uk: ukrainian,
  sv: swedish,
  da: danish,
  nb: norwegian,
  fi: finnish,
  hu: hungarian,
  ro: romanian,
  tr: turkish,
};

/**
 * Snowball stemmers of the same package for languages read only when an item declares them (see
 * declaredStopwords), by ISO 639-1 code. Serbian's also reads Croatian and Bosnian, which decline
 * alike and are written in its Latin alphabet.
 */
export const DECLARED_STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  lt: lithuanian,
  el: greek,
  id: indonesian,
  ga: irish,
  hy: armenian,
  sr: serbian,
  hr: serbian,
  bs: serbian,
};
