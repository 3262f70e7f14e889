/**
 * Function words of the languages feeds most often arrive in (English, French, German, Spanish,
 * Italian, Portuguese, Dutch). They carry no story, so two articles sharing them says nothing.
 * Reporting verbs ("said", "told") are included: every news story has them.
 */
const LISTS = [
  // English
  `a an the and or but if of to in on at by for from with without into onto over under about after
  before between during as than then that this these those there here it its is are was were be been
  being has have had do does did will would shall should can could may might must not no nor so such
  too very just also only own same other some any each few more most all both either neither he she
  they them their his her him we our us you your i me my who whom whose which what when where why how
  said says say told tells according while because since until up down out off again further once
  one two three four five six seven eight nine ten first last new now than through across against
  among per via upon yet still even ever much many`,
  // French
  `le la les un une des du de d l et ou mais si au aux en dans sur sous par pour avec sans chez ce
  cet cette ces il elle ils elles on nous vous je tu se sa son ses leur leurs qui que quoi dont où
  est sont était été être avoir a ont avait fait plus ne pas n qu c s y déjà aussi selon a-t-il dit`,
  // German
  `der die das den dem des ein eine einer eines einem einen und oder aber wenn von zu im in an am auf
  mit ohne für bei nach aus über unter um ist sind war waren wird werden wurde hat haben hatte nicht
  kein keine sich er sie es wir ihr ich auch noch nur so wie als dass daß sagte laut bis seit`,
  // Spanish and Portuguese
  `el los las una unos unas del al y o pero si en con sin por para sobre entre es son fue ser ha han
  había se su sus lo que quien como más ya dijo según também não uma um os as do da dos das no na nos
  nas em ao pelo pela foi são ser tem disse segundo`,
  // Italian
  `il lo gli uno della delle dei degli nel nella nei nelle con senza per tra fra sono era stato ha hanno
  che chi come più non anche secondo detto`,
  // Dutch
  `het een en of maar als van op aan met zonder voor bij naar uit over onder om is zijn was waren wordt
  werd heeft hebben niet geen zich hij zij wij ook nog alleen zoals dat volgens zei`,
];

export const STOPWORDS: ReadonlySet<string> = new Set(LISTS.join(' ').split(/\s+/).filter(Boolean));

/** Weekday names: a templated item for another day is another story. */
export const WEEKDAYS: ReadonlyArray<ReadonlySet<string>> = [
  'monday lundi montag lunes lunedì segunda maandag',
  'tuesday mardi dienstag martes martedì terça dinsdag',
  'wednesday mercredi mittwoch miércoles mercoledì quarta woensdag',
  'thursday jeudi donnerstag jueves giovedì quinta donderdag',
  'friday vendredi freitag viernes venerdì sexta vrijdag',
  'saturday samedi samstag sábado sabato zaterdag',
  'sunday dimanche sonntag domingo domenica zondag',
].map((line) => new Set(line.split(' ')));
