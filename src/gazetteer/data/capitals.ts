/**
 * National capitals that reporting on the Sahel and the Maghreb names: every
 * African country (those of the countries with a file of their own are in that
 * file), the Middle East, and the foreign capitals that stand for their
 * governments («باريس», «Washington», «Moscou»). Where the seat of government
 * differs from the official capital, or moved in wartime, both are listed
 * (Porto-Novo and Cotonou, Khartoum and Port Sudan, Sanaa and Aden…).
 *
 * A capital that shares its country's name (Djibouti, Kuwait) is written
 * qualified («Djibouti City», «مدينة الكويت») so that the bare name stays the
 * country's.
 */
import { place, type PlaceRow } from '../build.js';

/** The country is the key's first segment: `sn-dakar` is in SN. */
const AFRICA: readonly PlaceRow[] = [
  { id: 'eg-cairo', kind: 'city', en: 'Cairo', fr: 'Le Caire', ar: 'القاهرة', aka: ['Caire'], at: [30.0626, 31.2497] },
  { id: 'sd-khartoum', kind: 'city', en: 'Khartoum', ar: 'الخرطوم', at: [15.5518, 32.5324] },
  { id: 'sd-port-sudan', kind: 'city', en: 'Port Sudan', fr: 'Port-Soudan', ar: ['بورتسودان', 'بور سودان'], at: [19.6175, 37.2164] },
  { id: 'sn-dakar', kind: 'city', en: 'Dakar', ar: ['داكار', 'دكار'], at: [14.6937, -17.4441] },
  { id: 'gm-banjul', kind: 'city', en: 'Banjul', ar: 'بانجول', at: [13.4527, -16.5780] },
  { id: 'gw-bissau', kind: 'city', en: 'Bissau', ar: 'بيساو', at: [11.8636, -15.5977] },
  { id: 'gn-conakry', kind: 'city', en: 'Conakry', ar: 'كوناكري', aka: ['Konakry'], at: [9.5380, -13.6773] },
  { id: 'sl-freetown', kind: 'city', en: 'Freetown', ar: 'فريتاون', at: [8.4871, -13.2356] },
  { id: 'lr-monrovia', kind: 'city', en: 'Monrovia', ar: 'مونروفيا', at: [6.3005, -10.7969] },
  { id: 'ci-yamoussoukro', kind: 'city', en: 'Yamoussoukro', ar: 'ياموسوكرو', at: [6.8205, -5.2767] },
  { id: 'ci-abidjan', kind: 'city', en: 'Abidjan', ar: ['أبيدجان', 'أبيجان'], at: [5.3544, -4.0017] },
  { id: 'gh-accra', kind: 'city', en: 'Accra', ar: 'أكرا', at: [5.5560, -0.1969] },
  { id: 'tg-lome', kind: 'city', en: 'Lomé', ar: 'لومي', aka: ['Lome'], at: [6.1287, 1.2215] },
  { id: 'bj-porto-novo', kind: 'city', en: 'Porto-Novo', ar: 'بورتو نوفو', aka: ['Porto Novo'], at: [6.4965, 2.6036] },
  { id: 'bj-cotonou', kind: 'city', en: 'Cotonou', ar: 'كوتونو', at: [6.3654, 2.4183] },
  { id: 'cv-praia', kind: 'city', en: 'Praia', ar: 'برايا', at: [14.9315, -23.5125] },
  { id: 'cm-yaounde', kind: 'city', en: 'Yaoundé', ar: 'ياوندي', aka: ['Yaounde'], at: [3.8667, 11.5167] },
  { id: 'cf-bangui', kind: 'city', en: 'Bangui', ar: ['بانغي', 'بانجي'], at: [4.3612, 18.5550] },
  { id: 'ga-libreville', kind: 'city', en: 'Libreville', ar: 'ليبرفيل', at: [0.3924, 9.4536] },
  { id: 'gq-malabo', kind: 'city', en: 'Malabo', ar: 'مالابو', at: [3.7558, 8.7817] },
  { id: 'cg-brazzaville', kind: 'city', en: 'Brazzaville', ar: 'برازافيل', at: [-4.2661, 15.2832] },
  { id: 'cd-kinshasa', kind: 'city', en: 'Kinshasa', ar: 'كينشاسا', at: [-4.3276, 15.3136] },
  { id: 'ao-luanda', kind: 'city', en: 'Luanda', ar: 'لواندا', at: [-8.8368, 13.2343] },
  { id: 'st-sao-tome', kind: 'city', en: 'São Tomé', ar: 'ساو تومي', aka: ['Sao Tome'], at: [0.3376, 6.7299] },
  { id: 'ss-juba', kind: 'city', en: 'Juba', fr: ['Djouba', 'Juba'], ar: 'جوبا', at: [4.8517, 31.5825] },
  { id: 'et-addis-ababa', kind: 'city', en: 'Addis Ababa', fr: 'Addis-Abeba', ar: 'أديس أبابا', aka: ['Addis Abeba'], at: [9.0250, 38.7469] },
  { id: 'er-asmara', kind: 'city', en: 'Asmara', ar: ['أسمرة', 'أسمرا'], at: [15.3381, 38.9318] },
  { id: 'dj-djibouti-city', kind: 'city', en: 'Djibouti City', fr: ['Djibouti-ville', 'ville de Djibouti'], ar: 'مدينة جيبوتي', at: [11.5890, 43.1450] },
  { id: 'so-mogadishu', kind: 'city', en: 'Mogadishu', fr: 'Mogadiscio', ar: 'مقديشو', aka: ['Muqdisho'], at: [2.0371, 45.3438] },
  { id: 'ke-nairobi', kind: 'city', en: 'Nairobi', ar: 'نيروبي', at: [-1.2833, 36.8167] },
  { id: 'ug-kampala', kind: 'city', en: 'Kampala', ar: 'كمبالا', at: [0.3163, 32.5822] },
  { id: 'rw-kigali', kind: 'city', en: 'Kigali', ar: ['كيغالي', 'كيجالي'], at: [-1.9500, 30.0588] },
  { id: 'bi-gitega', kind: 'city', en: 'Gitega', ar: ['غيتيغا', 'جيتيجا'], at: [-3.4271, 29.9246] },
  { id: 'bi-bujumbura', kind: 'city', en: 'Bujumbura', ar: 'بوجمبورا', at: [-3.3819, 29.3614] },
  { id: 'tz-dodoma', kind: 'city', en: 'Dodoma', ar: 'دودوما', at: [-6.1722, 35.7395] },
  { id: 'tz-dar-es-salaam', kind: 'city', en: 'Dar es Salaam', fr: 'Dar es Salam', ar: 'دار السلام', at: [-6.8235, 39.2695] },
  { id: 'mw-lilongwe', kind: 'city', en: 'Lilongwe', ar: 'ليلونغوي', at: [-13.9669, 33.7873] },
  { id: 'zm-lusaka', kind: 'city', en: 'Lusaka', ar: 'لوساكا', at: [-15.4067, 28.2871] },
  { id: 'zw-harare', kind: 'city', en: 'Harare', ar: 'هراري', at: [-17.8277, 31.0534] },
  { id: 'mz-maputo', kind: 'city', en: 'Maputo', ar: 'مابوتو', at: [-25.9655, 32.5832] },
  { id: 'mg-antananarivo', kind: 'city', en: 'Antananarivo', ar: 'أنتاناناريفو', aka: ['Tananarive'], at: [-18.9137, 47.5361] },
  { id: 'km-moroni', kind: 'city', en: 'Moroni', ar: 'موروني', at: [-11.7022, 43.2551] },
  { id: 'mu-port-louis', kind: 'city', en: 'Port Louis', fr: 'Port-Louis', ar: 'بورت لويس', at: [-20.1619, 57.4989] },
  { id: 'sc-victoria', kind: 'city', en: 'Victoria', ar: 'فيكتوريا', at: [-4.6200, 55.4550] },
  { id: 'na-windhoek', kind: 'city', en: 'Windhoek', ar: 'ويندهوك', at: [-22.5594, 17.0832] },
  { id: 'bw-gaborone', kind: 'city', en: 'Gaborone', ar: ['غابورون', 'جابورون'], at: [-24.6545, 25.9086] },
  { id: 'za-pretoria', kind: 'city', en: 'Pretoria', ar: 'بريتوريا', at: [-25.7449, 28.1878] },
  { id: 'za-cape-town', kind: 'city', en: 'Cape Town', fr: 'Le Cap', ar: 'كيب تاون', at: [-33.9258, 18.4232] },
  { id: 'ls-maseru', kind: 'city', en: 'Maseru', ar: 'ماسيرو', at: [-29.3167, 27.4833] },
  { id: 'sz-mbabane', kind: 'city', en: 'Mbabane', ar: 'مباباني', at: [-26.3167, 31.1333] },
];

const MIDDLE_EAST: readonly PlaceRow[] = [
  { id: 'sa-riyadh', kind: 'city', en: 'Riyadh', fr: 'Riyad', ar: 'الرياض', aka: ['Riad'], at: [24.6877, 46.7219] },
  { id: 'ae-abu-dhabi', kind: 'city', en: 'Abu Dhabi', fr: 'Abou Dhabi', ar: ['أبوظبي', 'أبو ظبي'], at: [24.4512, 54.3970] },
  { id: 'qa-doha', kind: 'city', en: 'Doha', ar: 'الدوحة', at: [25.2855, 51.5310] },
  { id: 'bh-manama', kind: 'city', en: 'Manama', ar: 'المنامة', at: [26.2279, 50.5857] },
  { id: 'kw-kuwait-city', kind: 'city', en: 'Kuwait City', fr: ['Koweït City', 'ville de Koweït'], ar: 'مدينة الكويت', at: [29.3670, 47.9743] },
  { id: 'om-muscat', kind: 'city', en: 'Muscat', fr: 'Mascate', ar: 'مسقط', at: [23.5841, 58.4078] },
  { id: 'ye-sanaa', kind: 'city', en: 'Sanaa', ar: 'صنعاء', aka: ["Sana'a"], at: [15.3545, 44.2065] },
  { id: 'ye-aden', kind: 'city', en: 'Aden', ar: 'عدن', at: [12.7796, 45.0385] },
  { id: 'iq-baghdad', kind: 'city', en: 'Baghdad', fr: 'Bagdad', ar: 'بغداد', at: [33.3406, 44.4009] },
  { id: 'sy-damascus', kind: 'city', en: 'Damascus', fr: 'Damas', ar: 'دمشق', at: [33.5102, 36.2913] },
  { id: 'lb-beirut', kind: 'city', en: 'Beirut', fr: 'Beyrouth', ar: 'بيروت', at: [33.8933, 35.5016] },
  { id: 'jo-amman', kind: 'city', en: 'Amman', ar: ['عمّان', 'عمان'], at: [31.9552, 35.9450] },
  { id: 'ps-ramallah', kind: 'city', en: 'Ramallah', ar: 'رام الله', at: [31.8996, 35.2042] },
  { id: 'ir-tehran', kind: 'city', en: 'Tehran', fr: 'Téhéran', ar: 'طهران', at: [35.6944, 51.4215] },
  { id: 'tr-ankara', kind: 'city', en: 'Ankara', ar: 'أنقرة', at: [39.9199, 32.8543] },
  { id: 'cy-nicosia', kind: 'city', en: 'Nicosia', fr: 'Nicosie', ar: 'نيقوسيا', at: [35.1728, 33.3540] },
  { id: 'af-kabul', kind: 'city', en: 'Kabul', fr: 'Kaboul', ar: 'كابول', at: [34.5281, 69.1723] },
  { id: 'pk-islamabad', kind: 'city', en: 'Islamabad', ar: ['إسلام آباد', 'إسلام أباد'], at: [33.7215, 73.0433] },
  { id: 'az-baku', kind: 'city', en: 'Baku', fr: 'Bakou', ar: 'باكو', at: [40.3777, 49.8920] },
  { id: 'am-yerevan', kind: 'city', en: 'Yerevan', fr: 'Erevan', ar: 'يريفان', at: [40.1776, 44.5126] },
  { id: 'ge-tbilisi', kind: 'city', en: 'Tbilisi', fr: 'Tbilissi', ar: 'تبليسي', at: [41.6914, 44.8341] },
];

const ELSEWHERE: readonly PlaceRow[] = [
  { id: 'fr-paris', kind: 'city', en: 'Paris', ar: 'باريس', at: [48.8534, 2.3488] },
  { id: 'gb-london', kind: 'city', en: 'London', fr: 'Londres', ar: 'لندن', at: [51.5085, -0.1257] },
  { id: 'us-washington', kind: 'city', en: ['Washington', 'Washington, D.C.'], ar: 'واشنطن', aka: ['Washington DC'], at: [38.8951, -77.0364] },
  { id: 'ru-moscow', kind: 'city', en: 'Moscow', fr: 'Moscou', ar: 'موسكو', at: [55.7520, 37.6178] },
  { id: 'de-berlin', kind: 'city', en: 'Berlin', ar: 'برلين', at: [52.5244, 13.4105] },
  { id: 'be-brussels', kind: 'city', en: 'Brussels', fr: 'Bruxelles', ar: 'بروكسل', at: [50.8505, 4.3488] },
  { id: 'it-rome', kind: 'city', en: 'Rome', ar: 'روما', aka: ['Roma'], at: [41.8919, 12.5113] },
  { id: 'es-madrid', kind: 'city', en: 'Madrid', ar: 'مدريد', at: [40.4165, -3.7026] },
  { id: 'cn-beijing', kind: 'city', en: 'Beijing', fr: 'Pékin', ar: ['بكين', 'بيجين'], aka: ['Peking', 'Pekin'], at: [39.9075, 116.3972] },
  { id: 'pt-lisbon', kind: 'city', en: 'Lisbon', fr: 'Lisbonne', ar: 'لشبونة', aka: ['Lisboa'], at: [38.7251, -9.1498] },
  { id: 'nl-amsterdam', kind: 'city', en: 'Amsterdam', ar: 'أمستردام', at: [52.3740, 4.8897] },
  { id: 'ch-bern', kind: 'city', en: 'Bern', fr: 'Berne', ar: 'برن', at: [46.9481, 7.4474] },
  { id: 'ca-ottawa', kind: 'city', en: 'Ottawa', ar: 'أوتاوا', at: [45.4112, -75.6981] },
  { id: 'ua-kyiv', kind: 'city', en: ['Kyiv', 'Kiev'], fr: ['Kiev', 'Kyiv'], ar: 'كييف', at: [50.4547, 30.5238] },
  { id: 'mt-valletta', kind: 'city', en: 'Valletta', fr: 'La Valette', ar: 'فاليتا', at: [35.8997, 14.5148] },
];

/** Capitals outside the countries that have a file of their own, keyed `place:<cc>-<name>`. */
export const CAPITALS = [...AFRICA, ...MIDDLE_EAST, ...ELSEWHERE].map((row) => place(row.id.slice(0, 2).toUpperCase(), row));
