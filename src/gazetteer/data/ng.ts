/**
 * Northern Nigeria: the nineteen northern states and the Federal Capital
 * Territory, their capitals, and the towns of the Boko Haram / ISWAP theatre
 * (Borno, Yobe, Adamawa) and of the north-west banditry belt.
 */
import { place, type PlaceRow } from '../build.js';

/** [state id, state English, state Arabic, capital id, capital English, capital Arabic, lat, lon] */
type StateRow = readonly [string, string, string, string, string, string, number, number];

const STATES: readonly StateRow[] = [
  ['borno', 'Borno', 'بورنو', 'maiduguri', 'Maiduguri', 'مايدوغوري', 11.8464, 13.1603],
  ['yobe', 'Yobe', 'يوبي', 'damaturu', 'Damaturu', 'داماتورو', 11.7470, 11.9608],
  ['adamawa', 'Adamawa', 'أداماوا', 'yola', 'Yola', 'يولا', 9.2035, 12.4954],
  ['bauchi', 'Bauchi', 'باوتشي', 'bauchi', 'Bauchi', 'باوتشي', 10.3158, 9.8442],
  ['gombe', 'Gombe', 'غومبي', 'gombe', 'Gombe', 'غومبي', 10.2897, 11.1673],
  ['taraba', 'Taraba', 'تارابا', 'jalingo', 'Jalingo', 'جالينغو', 8.8937, 11.3596],
  ['kano', 'Kano', 'كانو', 'kano', 'Kano', 'كانو', 12.0001, 8.5167],
  ['kaduna', 'Kaduna', 'كادونا', 'kaduna', 'Kaduna', 'كادونا', 10.5222, 7.4383],
  ['katsina', 'Katsina', 'كاتسينا', 'katsina', 'Katsina', 'كاتسينا', 12.9908, 7.6018],
  ['jigawa', 'Jigawa', 'جيغاوا', 'dutse', 'Dutse', 'دوتسي', 11.7566, 9.3388],
  ['kebbi', 'Kebbi', 'كيبي', 'birnin-kebbi', 'Birnin Kebbi', 'بيرنين كيبي', 12.4539, 4.1975],
  ['sokoto', 'Sokoto', 'سوكوتو', 'sokoto', 'Sokoto', 'سوكوتو', 13.0609, 5.2390],
  ['zamfara', 'Zamfara', 'زامفارا', 'gusau', 'Gusau', 'غوساو', 12.1628, 6.6614],
  ['niger', 'Niger State', 'ولاية النيجر', 'minna', 'Minna', 'مينا', 9.6139, 6.5569],
  ['kwara', 'Kwara', 'كوارا', 'ilorin', 'Ilorin', 'إيلورين', 8.4966, 4.5421],
  ['kogi', 'Kogi', 'كوجي', 'lokoja', 'Lokoja', 'لوكوجا', 7.8023, 6.7333],
  ['benue', 'Benue', 'بينوي', 'makurdi', 'Makurdi', 'ماكوردي', 7.7322, 8.5391],
  ['plateau', 'Plateau State', 'ولاية بلاتو', 'jos', 'Jos', 'جوس', 9.8965, 8.8583],
  ['nasarawa', 'Nasarawa', 'ناساراوا', 'lafia', 'Lafia', 'لافيا', 8.4939, 8.5153],
];

function stateEntries([id, en, ar, capitalId, capital, capitalAr, lat, lon]: StateRow) {
  const unitId = `ng-state-${id}`;
  // A state that shares its capital's name owns only the qualified forms;
  // Niger and Plateau State are written qualified because the bare words mean
  // something else (the country, a landform).
  const qualifiedOnly = id === capitalId || en.endsWith(' State');
  const base = en.replace(/ State$/, '');
  const arBase = ar.replace(/^ولاية /, '');
  const unit: PlaceRow = {
    id: unitId, kind: 'admin1',
    en: [`${base} State`, ...(qualifiedOnly ? [] : [base])],
    fr: [`État de ${base}`, ...(qualifiedOnly ? [] : [base])],
    ar: [`ولاية ${arBase}`, ...(qualifiedOnly ? [] : [arBase])],
    at: [lat, lon],
  };
  const seat: PlaceRow = { id: `ng-${capitalId}`, kind: 'city', en: capital, ar: capitalAr, at: [lat, lon], in: unitId };
  return [place('NG', unit), place('NG', seat)];
}

const TOWNS: readonly PlaceRow[] = [
  { id: 'ng-fct', kind: 'admin1', en: ['Federal Capital Territory', 'FCT'], fr: ['Territoire de la capitale fédérale'], ar: ['إقليم العاصمة الاتحادية'], at: [9.0579, 7.4951] },
  { id: 'ng-abuja', kind: 'city', en: 'Abuja', ar: 'أبوجا', at: [9.0579, 7.4951], in: 'ng-fct' },
  { id: 'ng-bama', kind: 'town', en: 'Bama', ar: 'باما', at: [11.5221, 13.6856], in: 'ng-state-borno' },
  { id: 'ng-gwoza', kind: 'town', en: 'Gwoza', ar: 'غوزا', at: [11.0833, 13.6950], in: 'ng-state-borno' },
  { id: 'ng-chibok', kind: 'town', en: 'Chibok', ar: 'شيبوك', aka: ['تشيبوك'], at: [10.8700, 12.8500], in: 'ng-state-borno' },
  { id: 'ng-monguno', kind: 'town', en: 'Monguno', ar: 'مونغونو', at: [12.6700, 13.6100], in: 'ng-state-borno' },
  { id: 'ng-baga', kind: 'town', en: 'Baga', ar: 'باغا', at: [13.1100, 13.8300], in: 'ng-state-borno' },
  { id: 'ng-dikwa', kind: 'town', en: 'Dikwa', ar: 'ديكوا', at: [12.0361, 13.9182], in: 'ng-state-borno' },
  { id: 'ng-damboa', kind: 'town', en: 'Damboa', ar: 'دامبوا', at: [11.1553, 12.7564], in: 'ng-state-borno' },
  { id: 'ng-konduga', kind: 'town', en: 'Konduga', ar: 'كوندوغا', at: [11.6500, 13.4200], in: 'ng-state-borno' },
  { id: 'ng-damasak', kind: 'town', en: 'Damasak', ar: 'داماساك', at: [13.1100, 12.5100], in: 'ng-state-borno' },
  { id: 'ng-malam-fatori', kind: 'town', en: 'Malam Fatori', ar: 'مالام فاتوري', at: [13.6800, 13.3400], in: 'ng-state-borno' },
  { id: 'ng-biu', kind: 'town', en: 'Biu', ar: 'بيو', at: [10.6111, 12.1950], in: 'ng-state-borno' },
  { id: 'ng-dapchi', kind: 'town', en: 'Dapchi', ar: 'دابتشي', at: [12.4900, 11.5000], in: 'ng-state-yobe' },
  { id: 'ng-geidam', kind: 'town', en: 'Geidam', ar: 'غيدام', at: [12.8944, 11.9265], in: 'ng-state-yobe' },
  { id: 'ng-potiskum', kind: 'town', en: 'Potiskum', ar: 'بوتيسكوم', at: [11.7091, 11.0694], in: 'ng-state-yobe' },
  { id: 'ng-mubi', kind: 'town', en: 'Mubi', ar: 'موبي', at: [10.2676, 13.2644], in: 'ng-state-adamawa' },
  { id: 'ng-zaria', kind: 'city', en: 'Zaria', ar: 'زاريا', at: [11.0855, 7.7199], in: 'ng-state-kaduna' },
  { id: 'ng-kankara', kind: 'town', en: 'Kankara', ar: 'كانكارا', at: [11.9311, 7.4112], in: 'ng-state-katsina' },
  { id: 'ng-illela', kind: 'town', en: 'Illela', ar: 'إيليلا', at: [13.7300, 5.3000], in: 'ng-state-sokoto' },
  { id: 'ng-kaura-namoda', kind: 'town', en: 'Kaura Namoda', ar: 'كاورا ناموضا', at: [12.5936, 6.5864], in: 'ng-state-zamfara' },
  { id: 'ng-marte', kind: 'town', en: 'Marte', ar: 'مارتي', at: [12.3650, 13.8290], in: 'ng-state-borno' },
  { id: 'ng-kukawa', kind: 'town', en: 'Kukawa', ar: 'كوكاوا', at: [12.9250, 13.5660], in: 'ng-state-borno' },
  { id: 'ng-mafa', kind: 'town', en: 'Mafa', ar: 'مافا', at: [11.9240, 13.6010], in: 'ng-state-borno' },
  { id: 'ng-ngala', kind: 'town', en: 'Ngala', ar: 'نغالا', at: [12.3410, 14.1870], in: 'ng-state-borno' },
  { id: 'ng-gamboru', kind: 'town', en: 'Gamboru', ar: 'غامبورو', aka: ['Gamboru Ngala', 'Gamboru-Ngala'], at: [12.3730, 14.2070], in: 'ng-state-borno' },
  { id: 'ng-askira', kind: 'town', en: 'Askira', ar: 'أسكيرا', at: [10.6510, 12.9090], in: 'ng-state-borno' },
  { id: 'ng-uba', kind: 'town', en: 'Uba', ar: 'أوبا', at: [10.4550, 13.2220], in: 'ng-state-borno' },
  { id: 'ng-magumeri', kind: 'town', en: 'Magumeri', ar: 'ماغوميري', at: [12.1150, 12.8260], in: 'ng-state-borno' },
  { id: 'ng-gubio', kind: 'town', en: 'Gubio', ar: 'غوبيو', at: [12.4970, 12.7810], in: 'ng-state-borno' },
  { id: 'ng-benisheikh', kind: 'town', en: 'Benisheikh', ar: 'بني شيخ', aka: ['Beni Sheikh'], at: [11.8090, 12.4920], in: 'ng-state-borno' },
  { id: 'ng-buni-yadi', kind: 'town', en: 'Buni Yadi', ar: 'بوني يادي', at: [11.2740, 12.0090], in: 'ng-state-yobe' },
  { id: 'ng-gujba', kind: 'town', en: 'Gujba', ar: 'غوجبا', at: [11.5000, 11.9340], in: 'ng-state-yobe' },
  { id: 'ng-goniri', kind: 'town', en: 'Goniri', ar: 'غونيري', at: [11.4850, 12.3130], in: 'ng-state-yobe' },
  { id: 'ng-kanamma', kind: 'town', en: 'Kanamma', ar: 'كانامّا', at: [13.1000, 12.1080], in: 'ng-state-yobe' },
  { id: 'ng-machina', kind: 'town', en: 'Machina', ar: 'ماتشينا', at: [13.1360, 10.0490], in: 'ng-state-yobe' },
  { id: 'ng-nguru', kind: 'town', en: 'Nguru', ar: 'نغورو', at: [12.8770, 10.4550], in: 'ng-state-yobe' },
  { id: 'ng-gashua', kind: 'town', en: 'Gashua', ar: 'غاشوا', at: [12.8740, 11.0410], in: 'ng-state-yobe' },
  { id: 'ng-madagali', kind: 'town', en: 'Madagali', ar: 'ماداغالي', at: [10.8890, 13.6280], in: 'ng-state-adamawa' },
  { id: 'ng-michika', kind: 'town', en: 'Michika', ar: 'ميتشيكا', at: [10.6200, 13.3890], in: 'ng-state-adamawa' },
  { id: 'ng-gulak', kind: 'town', en: 'Gulak', ar: 'غولاك', at: [10.8050, 13.4580], in: 'ng-state-adamawa' },
];

/** Northern Nigeria's states (`place:ng-state-*`), capitals and towns. */
export const NIGERIA_PLACES = [...STATES.flatMap(stateEntries), ...TOWNS.map((row) => place('NG', row))];
