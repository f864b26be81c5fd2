/**
 * The first calendar date written in a document, for the report's
 * `published`: ISO dates (2024-05-12), day-month-year with month names in
 * Arabic (Levantine, Egyptian and Maghrebi names), French and English, and
 * English "May 12, 2024". Returns undefined when no plausible date is found.
 */
const MONTHS: Readonly<Record<string, number>> = {
  // Arabic (Egyptian/Gulf names, Levantine names, Maghrebi names), normalised spellings.
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, اغسطس: 8, سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
  جانفي: 1, فيفري: 2, افريل: 4, ماي: 5, جوان: 6, جويليه: 7, جويلية: 7, اوت: 8,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

function fold(text: string): string {
  return text
    .normalize('NFKD').replace(/[\u0300-\u036f\u064B-\u065F\u0640]/g, '').toLowerCase()
    .replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660)).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
}

function valid(year: number, month: number, day: number): Date | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date : undefined;
}

const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const DAY_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er)?\\s+(${MONTH_PATTERN})\\s+(\\d{4})(?!\\d)`, 'u');
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_PATTERN})\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'u');

/** The first date in the text, as a UTC midnight Date. */
export function findPublishedDate(text: string): Date | undefined {
  const folded = fold(text.slice(0, 20000));
  const candidates: { at: number; date: Date }[] = [];
  const iso = ISO.exec(folded);
  if (iso) { const d = valid(+iso[1]!, +iso[2]!, +iso[3]!); if (d) candidates.push({ at: iso.index, date: d }); }
  const dmy = DAY_MONTH_YEAR.exec(folded);
  if (dmy) { const d = valid(+dmy[3]!, MONTHS[dmy[2]!]!, +dmy[1]!); if (d) candidates.push({ at: dmy.index, date: d }); }
  const mdy = MONTH_DAY_YEAR.exec(folded);
  if (mdy) { const d = valid(+mdy[3]!, MONTHS[mdy[1]!]!, +mdy[2]!); if (d) candidates.push({ at: mdy.index, date: d }); }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.date;
}

/** Parses a declared date (HTML meta) into a Date, or undefined. */
export function parseDeclaredDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? findPublishedDate(value) : new Date(ms);
}
