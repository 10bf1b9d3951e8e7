/**
 * Weekday and month names, times of day and night per language — a closed list (the treebanks tag them PROPN in English and
 * German and NOUN elsewhere, so word classes cannot tell them apart; the lexicon's README says as much).
 * A trailing `*` marks a stem whose inflected forms (up to 5 more letters) count too: `понедельник*`
 * covers `понедельника`, `tammikuu*` covers `tammikuussa`. Forms that are also ordinary words are left
 * out or listed exactly: ru `среда` is also "environment", pl `środowisko` must not match `środa`,
 * en `may`, `sun`, `mar`, `jan` are words or names.
 */
const CALENDAR: Readonly<Record<string, readonly string[]>> = {
  en: ['monday*', 'tuesday*', 'wednesday*', 'thursday*', 'friday*', 'saturday*', 'sunday*', 'tue', 'tues', 'thu', 'thur', 'thurs', 'fri', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'feb', 'aug', 'sept', 'oct', 'nov', 'today', 'tomorrow', 'yesterday', 'tonight', 'morning*', 'afternoon*', 'evening*', 'weekday*', 'weekend*', 'night', 'nights', 'overnight'],
  de: ['montag*', 'dienstag*', 'mittwoch*', 'donnerstag*', 'freitag*', 'samstag*', 'sonntag*', 'sonnabend*', 'januar*', 'jänner*', 'februar*', 'märz', 'april*', 'mai', 'juni*', 'juli*', 'august*', 'september*', 'oktober*', 'november*', 'dezember*', 'heute', 'morgen', 'gestern', 'vormittag*', 'nachmittag*', 'abend*', 'wochenende*', 'nacht', 'nachts', 'uhr'],
  fr: ['lundi*', 'mardi*', 'mercredi*', 'jeudi*', 'vendredi*', 'samedi*', 'dimanche*', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'aujourd', "aujourd'hui", 'demain', 'hier', 'matin*', 'après-midi', 'soir*', 'week-end*', 'nuit', 'nuits'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado*', 'domingo*', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'hoy', 'mañana', 'ayer', 'tarde*', 'noche*', 'madrugada'],
  pt: ['segunda-feira*', 'terça-feira*', 'quarta-feira*', 'quinta-feira*', 'sexta-feira*', 'sábado*', 'domingo*', 'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'hoje', 'amanhã', 'ontem', 'manhã*', 'tarde*', 'noite*', 'madrugada'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'sabati', 'domenica', 'domeniche', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'oggi', 'domani', 'ieri', 'mattina*', 'pomeriggio*', 'sera', 'sere', 'notte'],
  nl: ['maandag*', 'dinsdag*', 'woensdag*', 'donderdag*', 'vrijdag*', 'zaterdag*', 'zondag*', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'vandaag', 'morgen', 'gisteren', 'ochtend*', 'middag*', 'avond*', 'weekend*', 'nacht', 'nachts', 'uur'],
  ru: ['понедельник*', 'вторник*', 'среду', 'среды', 'средам', 'четверг*', 'пятниц*', 'суббот*', 'воскресень*', 'январ*', 'феврал*', 'март', 'марта', 'марте', 'апрел*', 'май', 'мая', 'мае', 'июн*', 'июл*', 'август*', 'сентябр*', 'октябр*', 'ноябр*', 'декабр*', 'сегодня', 'завтра', 'вчера', 'утро*', 'утром', 'вечер*', 'ночь', 'ночью', 'ночи'],
  pl: ['poniedział*', 'wtorek', 'wtorku', 'wtorki', 'wtorkach', 'środa', 'środy', 'środę', 'środzie', 'środą', 'środach', 'czwartek*', 'czwartk*', 'piątek', 'piątku', 'piątki', 'piątkiem', 'sobot*', 'niedziel*', 'styczeń', 'stycznia', 'styczniu', 'luty', 'lutego', 'lutym', 'marzec', 'marca', 'marcu', 'kwiecień', 'kwietnia', 'kwietniu', 'maj', 'maja', 'maju', 'czerwiec', 'czerwca', 'czerwcu', 'lipiec', 'lipca', 'lipcu', 'sierpień', 'sierpnia', 'sierpniu', 'wrzesień', 'września', 'wrześniu', 'październik*', 'listopad', 'listopada', 'listopadzie', 'grudzień', 'grudnia', 'grudniu', 'dzisiaj', 'dziś', 'jutro', 'wczoraj', 'rano', 'wieczor*', 'wieczór', 'noc', 'nocy', 'nocą'],
  sv: ['måndag*', 'tisdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lördag*', 'söndag*', 'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'idag', 'imorgon', 'igår', 'förmiddag*', 'eftermiddag*', 'kväll*', 'helg*', 'natt', 'natten', 'klockan', 'kl'],
  da: ['mandag*', 'tirsdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lørdag*', 'søndag*', 'januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december', 'idag', 'i dag', 'formiddag*', 'eftermiddag*', 'aften*', 'weekend*', 'nat', 'natten', 'klokken', 'kl'],
  no: ['mandag*', 'tirsdag*', 'onsdag*', 'torsdag*', 'fredag*', 'lørdag*', 'søndag*', 'januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember', 'formiddag*', 'ettermiddag*', 'kveld*', 'helg*', 'natt', 'natten', 'klokka', 'klokken', 'kl'],
  fi: ['maanantai*', 'tiistai*', 'keskiviikko*', 'keskiviikon', 'torstai*', 'perjantai*', 'lauantai*', 'sunnuntai*', 'tammikuu*', 'helmikuu*', 'maaliskuu*', 'huhtikuu*', 'toukokuu*', 'kesäkuu*', 'heinäkuu*', 'elokuu*', 'syyskuu*', 'lokakuu*', 'marraskuu*', 'joulukuu*', 'tänään', 'huomenna', 'eilen', 'aamu*', 'iltapäivä*', 'ilta', 'illalla', 'viikonloppu*', 'yö', 'yöllä', 'kello'],
};

/** Time zones and quarters, in every language. */
const EVERYWHERE = ['utc', 'gmt', 'cet', 'cest', 'eet', 'pst', 'pdt', 'est', 'edt', 'q1', 'q2', 'q3', 'q4'];

/** Clock times written as one word: 10h15, 9h, 14h30 (French, Portuguese, Spanish usage). */
const CLOCK_TIME = /^\d{1,2}h(?:\d{2})?$/u;

/** Most letters an inflected form may add to a `*` stem. */
const MAX_ENDING = 5;

/** A membership test for one language's calendar words. */
export interface CalendarWords {
  has(form: string): boolean;
}

const NONE: CalendarWords = { has: () => false };

/** The calendar words of a language (ISO 639-1); none for others. */
export function calendarWords(language: string): CalendarWords {
  const list = Object.hasOwn(CALENDAR, language) ? CALENDAR[language]! : undefined;
  if (list === undefined) return NONE;
  const exact = new Set([...EVERYWHERE, ...list.filter((w) => !w.endsWith('*'))]);
  // Stems by their first two letters: a token is compared with the few stems that could match it
  // (this runs for every word of every page).
  const stems = new Map<string, string[]>();
  for (const w of list) {
    if (!w.endsWith('*')) continue;
    const stem = w.slice(0, -1);
    const key = stem.slice(0, 2);
    stems.set(key, [...(stems.get(key) ?? []), stem]);
  }
  return {
    has(form: string): boolean {
      if (exact.has(form)) return true;
      const candidates = stems.get(form.slice(0, 2));
      if (candidates !== undefined) for (const s of candidates) if (form.length <= s.length + MAX_ENDING && form.startsWith(s)) return true;
      return form.length <= 5 && CLOCK_TIME.test(form);
    },
  };
}
