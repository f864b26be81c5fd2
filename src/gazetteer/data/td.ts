/**
 * Chad: the 23 provinces (the 2018 constitution renamed the regions), whose
 * names differ from their seats, the seats and the towns of the Tibesti, the
 * Borkou-Ennedi and the Lake Chad shore.
 */
import { place, type PlaceRow } from '../build.js';

/** [id, English, French, Arabic names, seat id, seat English, seat French, seat Arabic, lat, lon] */
type ProvinceRow = readonly [string, string, string, readonly string[], string, string, string, readonly string[], number, number];

const PROVINCES: readonly ProvinceRow[] = [
  ['barh-el-gazel', 'Barh El Gazel', 'Barh El Gazel', ['بحر الغزال'], 'moussoro', 'Moussoro', 'Moussoro', ['موسورو'], 13.6408, 16.4901],
  ['batha', 'Batha', 'Batha', ['البطحاء'], 'ati', 'Ati', 'Ati', ['أتي'], 13.2154, 18.3353],
  ['borkou', 'Borkou', 'Borkou', ['بوركو'], 'faya', 'Faya-Largeau', 'Faya-Largeau', ['فايا لارجو', 'فايا'], 17.9257, 19.1043],
  ['chari-baguirmi', 'Chari-Baguirmi', 'Chari-Baguirmi', ['شاري باقرمي'], 'massenya', 'Massenya', 'Massenya', ['ماسينيا'], 11.4028, 16.1700],
  ['ennedi-est', 'Ennedi-Est', 'Ennedi-Est', ['إنيدي الشرقية', 'إنيدي الشرقي'], 'amdjarass', 'Amdjarass', 'Amdjarass', ['أم جرس'], 16.0667, 22.8333],
  ['ennedi-ouest', 'Ennedi-Ouest', 'Ennedi-Ouest', ['إنيدي الغربية', 'إنيدي الغربي'], 'fada', 'Fada', 'Fada', ['فادا'], 17.1842, 21.5817],
  ['guera', 'Guéra', 'Guéra', ['قيرا'], 'mongo', 'Mongo', 'Mongo', ['مونغو'], 12.1837, 18.6930],
  ['hadjer-lamis', 'Hadjer-Lamis', 'Hadjer-Lamis', ['حجر لميس'], 'massakory', 'Massakory', 'Massakory', ['ماساكوري'], 12.9960, 15.7293],
  ['kanem', 'Kanem', 'Kanem', ['كانم'], 'mao', 'Mao', 'Mao', ['ماو'], 14.1194, 15.3133],
  ['lac', 'Lac', 'Lac', ['البحيرة'], 'bol', 'Bol', 'Bol', ['بول'], 13.4586, 14.7147],
  ['logone-occidental', 'Logone Occidental', 'Logone Occidental', ['لوغون الغربي'], 'moundou', 'Moundou', 'Moundou', ['موندو'], 8.5667, 16.0833],
  ['logone-oriental', 'Logone Oriental', 'Logone Oriental', ['لوغون الشرقي'], 'doba', 'Doba', 'Doba', ['دوبا'], 8.6500, 16.8500],
  ['mandoul', 'Mandoul', 'Mandoul', ['ماندول'], 'koumra', 'Koumra', 'Koumra', ['كومرا'], 8.9126, 17.5527],
  ['mayo-kebbi-est', 'Mayo-Kebbi Est', 'Mayo-Kebbi Est', ['مايو كيبي الشرقي'], 'bongor', 'Bongor', 'Bongor', ['بونغور'], 10.2859, 15.3720],
  ['mayo-kebbi-ouest', 'Mayo-Kebbi Ouest', 'Mayo-Kebbi Ouest', ['مايو كيبي الغربي'], 'pala', 'Pala', 'Pala', ['بالا'], 9.3642, 14.9046],
  ['moyen-chari', 'Moyen-Chari', 'Moyen-Chari', ['شاري الأوسط'], 'sarh', 'Sarh', 'Sarh', ['سار'], 9.1429, 18.3923],
  ['ndjamena', "N'Djamena", "N'Djamena", ['إقليم انجامينا'], 'ndjamena', "N'Djamena", "N'Djamena", ['انجامينا', 'نجامينا', 'إنجامينا'], 12.1067, 15.0444],
  ['ouaddai', 'Ouaddaï', 'Ouaddaï', ['وداي'], 'abeche', 'Abéché', 'Abéché', ['أبشة'], 13.8292, 20.8324],
  ['salamat', 'Salamat', 'Salamat', ['سلامات'], 'am-timan', 'Am Timan', 'Am Timan', ['أم تيمان'], 11.0433, 20.2834],
  ['sila', 'Sila', 'Sila', ['سيلا'], 'goz-beida', 'Goz Beïda', 'Goz Beïda', ['قوز بيضة'], 12.2225, 21.4144],
  ['tandjile', 'Tandjilé', 'Tandjilé', ['تانجيلي'], 'lai', 'Laï', 'Laï', ['لاي'], 9.3983, 16.3017],
  ['tibesti', 'Tibesti', 'Tibesti', ['تيبستي'], 'bardai', 'Bardaï', 'Bardaï', ['برداي'], 21.3544, 16.9977],
  ['wadi-fira', 'Wadi Fira', 'Wadi Fira', ['وادي فيرا'], 'biltine', 'Biltine', 'Biltine', ['بلتين'], 14.5333, 20.9167],
];

/** Other spellings of seats, which the province rows have no column for. */
const SEAT_AKA: Readonly<Record<string, readonly string[]>> = {
  ndjamena: ["N'Djaména", 'Ndjamena', 'NDjamena', 'Ndjaména', 'Fort-Lamy', 'أنجمينا', 'إنجمينا'],
  faya: ['Faya', 'Largeau'],
  abeche: ['Abeche', 'Abeshr'],
};

function provinceEntries([id, en, fr, ar, seatId, seatEn, seatFr, seatAr, lat, lon]: ProvinceRow) {
  const unitId = `td-province-${id}`;
  // N'Djamena province shares its bare name with the capital, which keeps it.
  const bare = id === 'ndjamena' ? [] : [en];
  const unit: PlaceRow = {
    id: unitId,
    kind: 'admin1',
    en: [`${en} Province`, ...bare],
    fr: [`province du ${fr}`, ...(id === 'ndjamena' ? [] : [fr])],
    ar: [...ar.map((name) => (name.startsWith('إقليم') ? name : `إقليم ${name}`)), ...(id === 'ndjamena' ? [] : ar)],
    at: [lat, lon],
  };
  const aka = SEAT_AKA[seatId];
  const seat: PlaceRow = { id: `td-${seatId}`, kind: 'city', en: seatEn, fr: seatFr, ar: seatAr, ...(aka ? { aka } : {}), at: [lat, lon], in: unitId };
  return [place('TD', unit), place('TD', seat)];
}

const TOWNS: readonly PlaceRow[] = [
  { id: 'td-zouar', kind: 'town', en: 'Zouar', ar: 'زوار', at: [20.4500, 16.5167], in: 'td-province-tibesti' },
  { id: 'td-aouzou', kind: 'town', en: 'Aouzou', fr: ['Aouzou'], ar: 'أوزو', aka: ['Aozou'], at: [21.8200, 17.4300], in: 'td-province-tibesti' },
  { id: 'td-ounianga-kebir', kind: 'town', en: 'Ounianga Kébir', ar: 'أونيانغا الكبير', aka: ['Ounianga Kebir'], at: [19.0619, 20.4960], in: 'td-province-ennedi-ouest' },
  { id: 'td-baga-sola', kind: 'town', en: 'Baga Sola', ar: 'باغا سولا', at: [13.5333, 14.3167], in: 'td-province-lac' },
  { id: 'td-ngouboua', kind: 'town', en: 'Ngouboua', ar: 'نغوبوا', at: [13.5000, 14.1300], in: 'td-province-lac' },
  { id: 'td-adre', kind: 'town', en: 'Adré', ar: 'أدري', aka: ['Adre'], at: [13.4667, 22.2000], in: 'td-province-ouaddai' },
  { id: 'td-iriba', kind: 'town', en: 'Iriba', ar: 'إريبا', at: [15.1170, 22.2500], in: 'td-province-wadi-fira' },
  { id: 'td-guereda', kind: 'town', en: 'Guéréda', ar: 'قريدا', aka: ['Guereda'], at: [14.5170, 22.0830], in: 'td-province-wadi-fira' },
  { id: 'td-nokou', kind: 'town', en: 'Nokou', ar: 'نوكو', at: [14.5790, 14.7790], in: 'td-province-kanem' },
];

/** Chad's provinces (`place:td-province-*`), their seats and towns. */
export const CHAD_PLACES = [...PROVINCES.flatMap(provinceEntries), ...TOWNS.map((row) => place('TD', row))];
