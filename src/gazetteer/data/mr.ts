/**
 * Mauritania: the fifteen wilayas (Nouakchott split in three since 2014), which
 * mostly do not share their seat's name, the seats and the towns of the east
 * and north that border reporting names.
 */
import { place, type PlaceRow } from '../build.js';

const WILAYAS: readonly PlaceRow[] = [
  { id: 'mr-wilaya-adrar', kind: 'admin1', en: ['Adrar Region'], fr: ["wilaya de l'Adrar", 'Adrar mauritanien'], ar: ['ولاية آدرار', 'ولاية أدرار'], at: [20.5167, -13.05] },
  { id: 'mr-wilaya-assaba', kind: 'admin1', en: ['Assaba', 'Assaba Region'], fr: ["l'Assaba", "wilaya de l'Assaba"], ar: ['لعصابة', 'ولاية لعصابة', 'العصابة'], at: [16.6200, -11.4044] },
  { id: 'mr-wilaya-brakna', kind: 'admin1', en: ['Brakna', 'Brakna Region'], fr: ['Brakna', 'wilaya du Brakna'], ar: ['لبراكنة', 'ولاية لبراكنة', 'البراكنة'], at: [17.0500, -13.9167] },
  { id: 'mr-wilaya-dakhlet-nouadhibou', kind: 'admin1', en: ['Dakhlet Nouadhibou', 'Dakhlet Nouadhibou Region'], fr: ['Dakhlet Nouadhibou'], ar: ['داخلت نواذيبو', 'ولاية داخلت نواذيبو'], at: [20.9425, -17.0364] },
  { id: 'mr-wilaya-gorgol', kind: 'admin1', en: ['Gorgol', 'Gorgol Region'], fr: ['Gorgol', 'wilaya du Gorgol'], ar: ['كوركول', 'ولاية كوركول', 'غورغول'], at: [16.1500, -13.5000] },
  { id: 'mr-wilaya-guidimaka', kind: 'admin1', en: ['Guidimaka', 'Guidimakha', 'Guidimaka Region'], fr: ['Guidimakha', 'Guidimaka'], ar: ['كيدي ماغا', 'ولاية كيدي ماغا', 'غيديماغا'], at: [15.1581, -12.1843] },
  { id: 'mr-wilaya-hodh-ech-chargui', kind: 'admin1', en: ['Hodh Ech Chargui', 'Hodh Ech Chargui Region', 'Hodh el-Chargui'], fr: ['Hodh Ech Chargui', 'Hodh oriental'], ar: ['الحوض الشرقي', 'ولاية الحوض الشرقي'], at: [16.6167, -7.2500] },
  { id: 'mr-wilaya-hodh-el-gharbi', kind: 'admin1', en: ['Hodh El Gharbi', 'Hodh El Gharbi Region'], fr: ['Hodh El Gharbi', 'Hodh occidental'], ar: ['الحوض الغربي', 'ولاية الحوض الغربي'], at: [16.6616, -9.6140] },
  { id: 'mr-wilaya-inchiri', kind: 'admin1', en: ['Inchiri', 'Inchiri Region'], fr: ['Inchiri', "wilaya de l'Inchiri"], ar: ['إينشيري', 'ولاية إينشيري', 'انشيري'], at: [19.7500, -14.3833] },
  { id: 'mr-wilaya-nouakchott-nord', kind: 'admin1', en: ['Nouakchott-Nord', 'Nouakchott North'], fr: ['Nouakchott-Nord'], ar: ['نواكشوط الشمالية', 'ولاية نواكشوط الشمالية'], at: [18.1300, -15.9300] },
  { id: 'mr-wilaya-nouakchott-ouest', kind: 'admin1', en: ['Nouakchott-Ouest', 'Nouakchott West'], fr: ['Nouakchott-Ouest'], ar: ['نواكشوط الغربية', 'ولاية نواكشوط الغربية'], at: [18.1000, -15.9800] },
  { id: 'mr-wilaya-nouakchott-sud', kind: 'admin1', en: ['Nouakchott-Sud', 'Nouakchott South'], fr: ['Nouakchott-Sud'], ar: ['نواكشوط الجنوبية', 'ولاية نواكشوط الجنوبية'], at: [18.0400, -15.9500] },
  { id: 'mr-wilaya-tagant', kind: 'admin1', en: ['Tagant', 'Tagant Region'], fr: ['Tagant', 'wilaya du Tagant'], ar: ['تكانت', 'ولاية تكانت', 'تاكانت'], at: [18.5500, -11.4333] },
  { id: 'mr-wilaya-tiris-zemmour', kind: 'admin1', en: ['Tiris Zemmour', 'Tiris Zemmour Region'], fr: ['Tiris Zemmour'], ar: ['تيرس زمور', 'ولاية تيرس زمور'], at: [22.7333, -12.4667] },
  { id: 'mr-wilaya-trarza', kind: 'admin1', en: ['Trarza', 'Trarza Region'], fr: ['Trarza', 'wilaya du Trarza'], ar: ['الترارزة', 'ولاية الترارزة', 'اترارزة'], at: [16.5138, -15.8050] },
];

const TOWNS: readonly PlaceRow[] = [
  { id: 'mr-nouakchott', kind: 'city', en: 'Nouakchott', ar: 'نواكشوط', aka: ['انواكشوط'], at: [18.0858, -15.9785], in: 'mr-wilaya-nouakchott-ouest' },
  { id: 'mr-atar', kind: 'city', en: 'Atar', ar: 'أطار', at: [20.5169, -13.0499], in: 'mr-wilaya-adrar' },
  { id: 'mr-kiffa', kind: 'city', en: 'Kiffa', ar: 'كيفة', at: [16.6200, -11.4044], in: 'mr-wilaya-assaba' },
  { id: 'mr-aleg', kind: 'city', en: 'Aleg', ar: 'ألاك', at: [17.0531, -13.9164], in: 'mr-wilaya-brakna' },
  { id: 'mr-nouadhibou', kind: 'city', en: 'Nouadhibou', ar: 'نواذيبو', aka: ['Port-Étienne'], at: [20.9310, -17.0347], in: 'mr-wilaya-dakhlet-nouadhibou' },
  { id: 'mr-kaedi', kind: 'city', en: 'Kaédi', ar: 'كيهيدي', aka: ['Kaedi'], at: [16.1517, -13.5040], in: 'mr-wilaya-gorgol' },
  { id: 'mr-selibaby', kind: 'city', en: 'Sélibaby', ar: 'سيلبابي', aka: ['Selibaby'], at: [15.1585, -12.1843], in: 'mr-wilaya-guidimaka' },
  { id: 'mr-nema', kind: 'city', en: 'Néma', ar: 'النعمة', aka: ['Nema'], at: [16.6170, -7.2565], in: 'mr-wilaya-hodh-ech-chargui' },
  { id: 'mr-aioun', kind: 'city', en: ['Aioun', 'Ayoun el Atrous'], fr: ['Aïoun', 'Aïoun el-Atrouss'], ar: ['لعيون', 'العيون'], aka: ['Aioun el Atrouss', 'Ayoun'], at: [16.6614, -9.6149], in: 'mr-wilaya-hodh-el-gharbi' },
  { id: 'mr-akjoujt', kind: 'city', en: 'Akjoujt', ar: 'أكجوجت', at: [19.7463, -14.3851], in: 'mr-wilaya-inchiri' },
  { id: 'mr-tidjikja', kind: 'city', en: 'Tidjikja', ar: 'تجكجة', at: [18.5564, -11.4271], in: 'mr-wilaya-tagant' },
  { id: 'mr-zouerate', kind: 'city', en: 'Zouérat', ar: 'الزويرات', aka: ['Zouerate', 'Zouerat', 'Zouîrât'], at: [22.7354, -12.4713], in: 'mr-wilaya-tiris-zemmour' },
  { id: 'mr-rosso', kind: 'city', en: 'Rosso', ar: 'روصو', at: [16.5138, -15.8050], in: 'mr-wilaya-trarza' },
  { id: 'mr-bassikounou', kind: 'town', en: 'Bassikounou', ar: 'باسكنو', aka: ['باسيكونو'], at: [15.8700, -5.9600], in: 'mr-wilaya-hodh-ech-chargui' },
  { id: 'mr-mbera', kind: 'town', en: 'Mbera refugee camp', fr: ['camp de Mbera', 'Mbéra'], ar: ['مخيم امبره', 'امبره'], aka: ["M'bera"], at: [15.8700, -5.7700], in: 'mr-wilaya-hodh-ech-chargui' },
  { id: 'mr-timbedra', kind: 'town', en: 'Timbédra', ar: 'تمبدغة', aka: ['Timbedra'], at: [16.2447, -8.1675], in: 'mr-wilaya-hodh-ech-chargui' },
  { id: 'mr-oualata', kind: 'town', en: 'Oualata', ar: 'ولاتة', aka: ['Walata'], at: [17.3000, -7.0333], in: 'mr-wilaya-hodh-ech-chargui' },
  { id: 'mr-chinguetti', kind: 'town', en: 'Chinguetti', ar: 'شنقيط', at: [20.4600, -12.3600], in: 'mr-wilaya-adrar' },
  { id: 'mr-ouadane', kind: 'town', en: 'Ouadane', ar: 'وادان', at: [20.9333, -11.6167], in: 'mr-wilaya-adrar' },
  { id: 'mr-fderik', kind: 'town', en: "F'Derik", ar: 'فديرك', aka: ['Fderik', 'Fort Gouraud'], at: [22.6783, -12.7069], in: 'mr-wilaya-tiris-zemmour' },
  { id: 'mr-bir-moghrein', kind: 'town', en: 'Bir Moghrein', ar: 'بئر أم اكرين', aka: ['Bir Mogrein', 'بير أم اكرين'], at: [25.2333, -11.5833], in: 'mr-wilaya-tiris-zemmour' },
  { id: 'mr-boutilimit', kind: 'town', en: 'Boutilimit', ar: 'بوتلميت', at: [17.5500, -14.7000], in: 'mr-wilaya-trarza' },
  { id: 'mr-tichitt', kind: 'town', en: 'Tichitt', ar: 'تيشيت', at: [18.4500, -9.5000], in: 'mr-wilaya-tagant' },
  // Moughataa seats of the east and the centre
  { id: 'mr-amourj', kind: 'town', en: 'Amourj', ar: 'أمورج', at: [16.1090, -7.2140], in: 'mr-wilaya-hodh-ech-chargui' },
  { id: 'mr-djiguenni', kind: 'town', en: 'Djiguenni', ar: 'جكني', at: [15.7320, -8.6660], in: 'mr-wilaya-hodh-ech-chargui' },
  { id: 'mr-tintane', kind: 'town', en: 'Tintane', ar: 'الطينطان', at: [16.3950, -10.1740], in: 'mr-wilaya-hodh-el-gharbi' },
  { id: 'mr-kobenni', kind: 'town', en: 'Kobenni', ar: 'كوبني', at: [15.8170, -9.3650], in: 'mr-wilaya-hodh-el-gharbi' },
  { id: 'mr-tamchakett', kind: 'town', en: 'Tamchakett', ar: 'تامشكط', aka: ['Tamchekett'], at: [17.2450, -10.6700], in: 'mr-wilaya-hodh-el-gharbi' },
  { id: 'mr-guerou', kind: 'town', en: 'Guerou', fr: 'Guérou', ar: 'كرو', at: [17.0780, -12.0390], in: 'mr-wilaya-assaba' },
  { id: 'mr-kankossa', kind: 'town', en: 'Kankossa', ar: 'كنكوصة', at: [15.9390, -11.5270], in: 'mr-wilaya-assaba' },
  { id: 'mr-barkewol', kind: 'town', en: 'Barkéwol', ar: 'باركيول', aka: ['Barkeol', 'Barkewol'], at: [16.6400, -12.4980], in: 'mr-wilaya-assaba' },
  { id: 'mr-moudjeria', kind: 'town', en: 'Moudjeria', ar: 'المجرية', at: [17.8770, -12.3330], in: 'mr-wilaya-tagant' },
  { id: 'mr-maghama', kind: 'town', en: 'Maghama', ar: 'مقامة', at: [15.5100, -12.8510], in: 'mr-wilaya-gorgol' },
  { id: 'mr-mbout', kind: 'town', en: "M'Bout", ar: 'امبود', aka: ['Mbout'], at: [16.0230, -12.5790], in: 'mr-wilaya-gorgol' },
  { id: 'mr-magta-lahjar', kind: 'town', en: 'Magta Lahjar', ar: 'مقطع لحجار', at: [17.5060, -13.0930], in: 'mr-wilaya-brakna' },
];

/** Mauritania's wilayas (`place:mr-wilaya-*`) and towns. */
export const MAURITANIA_PLACES = [...WILAYAS, ...TOWNS].map((row) => place('MR', row));
