/**
 * Mali: the nineteen regions and the Bamako district of the 2012 territorial
 * law (the ten new regions took effect in 2023), their seats, and the towns
 * that reporting on the north and centre names.
 */
import { place, unitsWithSeats, type AdminStyle, type PlaceRow, type SeatRow } from '../build.js';

const REGION: AdminStyle = {
  segment: 'region',
  ar: ['منطقة {}', 'إقليم {}', 'ولاية {}'],
  fr: ['région de {}'],
  en: ['{} Region'],
};

const SEATS: readonly SeatRow[] = [
  { id: 'kayes', en: 'Kayes', ar: 'كاي', aka: ['كايس'], at: [14.4469, -11.4456] },
  { id: 'koulikoro', en: 'Koulikoro', ar: 'كوليكورو', at: [12.8627, -7.5599] },
  { id: 'sikasso', en: 'Sikasso', ar: 'سيكاسو', at: [11.3176, -5.6665] },
  { id: 'segou', en: 'Ségou', ar: 'سيغو', aka: ['Segou', 'Segu', 'سيجو'], at: [13.4317, -6.2157] },
  { id: 'mopti', en: 'Mopti', ar: 'موبتي', at: [14.4843, -4.1830] },
  { id: 'timbuktu', en: ['Timbuktu', 'Tombouctou'], fr: ['Tombouctou'], ar: ['تمبكتو', 'تومبوكتو', 'تنبكتو', 'تينبكتو'], aka: ['Timbuctoo', 'Tumbutu'], at: [16.7735, -3.0074] },
  { id: 'gao', en: 'Gao', ar: ['غاو', 'قاو', 'جاو'], at: [16.2717, -0.0447] },
  { id: 'kidal', en: 'Kidal', ar: 'كيدال', at: [18.4411, 1.4078] },
  { id: 'taoudenit', en: ['Taoudenni', 'Taoudénit'], fr: ['Taoudéni', 'Taoudénit'], ar: ['تاوديني', 'تاودني'], aka: ['Taoudeni', 'Taoudenit'], at: [22.6783, -3.9836], seat: 'town' },
  { id: 'menaka', en: 'Ménaka', ar: 'ميناكا', aka: ['Menaka'], at: [15.9182, 2.4022] },
  { id: 'nioro', en: 'Nioro du Sahel', ar: ['نيورو', 'نيورو دو ساحل'], aka: ['Nioro'], at: [15.2305, -9.5900] },
  { id: 'kita', en: 'Kita', ar: 'كيتا', at: [13.0350, -9.4895] },
  { id: 'dioila', en: 'Dioïla', ar: 'ديويلا', aka: ['Dioila'], at: [12.4937, -6.7934], seat: 'town' },
  { id: 'nara', en: 'Nara', ar: 'نارا', at: [15.1681, -7.2859], seat: 'town' },
  { id: 'bougouni', en: 'Bougouni', ar: 'بوغوني', at: [11.4177, -7.4832] },
  { id: 'koutiala', en: 'Koutiala', ar: 'كوتيالا', at: [12.3917, -5.4642] },
  { id: 'san', en: 'San', ar: 'سان', at: [13.3034, -4.8955] },
  { id: 'douentza', en: 'Douentza', ar: 'دوينتزا', aka: ['دوانتزا'], at: [15.0019, -2.9497], seat: 'town' },
  { id: 'bandiagara', en: 'Bandiagara', ar: 'باندياغارا', at: [14.3501, -3.6104], seat: 'town' },
];

const BAMAKO: readonly PlaceRow[] = [
  { id: 'ml-district-bamako', kind: 'admin1', en: ['Bamako Capital District', 'District of Bamako'], fr: ['District de Bamako'], ar: ['مقاطعة باماكو', 'منطقة باماكو'], at: [12.6392, -8.0029] },
  { id: 'ml-bamako', kind: 'city', en: 'Bamako', ar: 'باماكو', at: [12.6392, -8.0029], in: 'ml-district-bamako' },
];

const TOWNS: readonly PlaceRow[] = [
  { id: 'ml-tessalit', kind: 'town', en: 'Tessalit', ar: 'تساليت', aka: ['تيساليت'], at: [20.1986, 1.0114], in: 'ml-region-kidal' },
  { id: 'ml-aguelhok', kind: 'town', en: 'Aguelhok', fr: ['Aguelhok', 'Aguel\'hoc'], ar: 'أغلهوك', aka: ['Aguelhoc', 'Aguel Hoc', 'اغلهوك', 'أجلهوك'], at: [19.4614, 0.8589], in: 'ml-region-kidal' },
  { id: 'ml-tinzaouaten', kind: 'town', en: 'Tinzaouaten', ar: 'تين زواتين', aka: ['Tin Zaouaten', 'Tinzawatene', 'تنزاواتن'], at: [19.9450, 2.9700], in: 'ml-region-kidal' },
  { id: 'ml-abeibara', kind: 'town', en: 'Abeïbara', ar: 'أبيبرة', aka: ['Abeibara'], at: [19.1167, 1.7500], in: 'ml-region-kidal' },
  { id: 'ml-tin-essako', kind: 'town', en: 'Tin-Essako', ar: 'تين إيساكو', aka: ['Tin Essako'], at: [18.4500, 2.4833], in: 'ml-region-kidal' },
  { id: 'ml-anefis', kind: 'town', en: 'Anéfis', ar: 'أنفيس', aka: ['Anefis'], at: [18.0500, 0.6000], in: 'ml-region-kidal' },
  { id: 'ml-ansongo', kind: 'town', en: 'Ansongo', ar: 'أنسونغو', aka: ['انسونغو'], at: [15.6597, 0.5022], in: 'ml-region-gao' },
  { id: 'ml-bourem', kind: 'town', en: 'Bourem', ar: 'بوريم', at: [16.9543, -0.3497], in: 'ml-region-gao' },
  { id: 'ml-anderamboukane', kind: 'town', en: 'Andéramboukane', ar: 'أنديرامبوكان', aka: ['Anderamboukane'], at: [15.4247, 3.0311], in: 'ml-region-menaka' },
  { id: 'ml-goundam', kind: 'town', en: 'Goundam', ar: 'غوندام', at: [16.4145, -3.6708], in: 'ml-region-timbuktu' },
  { id: 'ml-niafunke', kind: 'town', en: 'Niafunké', ar: 'نيافونكي', aka: ['Niafunke'], at: [15.9322, -3.9906], in: 'ml-region-timbuktu' },
  { id: 'ml-dire', kind: 'town', en: 'Diré', ar: 'ديري', aka: ['Dire'], at: [16.2800, -3.3900], in: 'ml-region-timbuktu' },
  { id: 'ml-lere', kind: 'town', en: 'Léré', ar: 'ليري', aka: ['Lere'], at: [15.7225, -4.9117], in: 'ml-region-timbuktu' },
  { id: 'ml-ber', kind: 'town', en: 'Ber', ar: 'بير', at: [16.8700, -2.4600], in: 'ml-region-timbuktu' },
  { id: 'ml-gourma-rharous', kind: 'town', en: 'Gourma-Rharous', ar: 'غورما راروس', aka: ['Gourma Rharous', 'Rharous'], at: [16.8797, -1.9261], in: 'ml-region-timbuktu' },
  { id: 'ml-boni', kind: 'town', en: 'Boni', ar: 'بوني', at: [15.0667, -1.9667], in: 'ml-region-douentza' },
  { id: 'ml-hombori', kind: 'town', en: 'Hombori', ar: 'هومبوري', at: [15.2833, -1.7000], in: 'ml-region-douentza' },
  { id: 'ml-sevare', kind: 'town', en: 'Sévaré', ar: 'سيفاري', aka: ['Sevare'], at: [14.5333, -4.1000], in: 'ml-region-mopti' },
  { id: 'ml-konna', kind: 'town', en: 'Konna', ar: 'كونا', at: [14.9500, -3.8833], in: 'ml-region-mopti' },
  { id: 'ml-djenne', kind: 'town', en: 'Djenné', ar: 'جيني', aka: ['Djenne', 'Jenne', 'جنى'], at: [13.9061, -4.5533], in: 'ml-region-mopti' },
  { id: 'ml-tenenkou', kind: 'town', en: 'Ténenkou', ar: 'تيننكو', aka: ['Tenenkou'], at: [14.4572, -4.9169], in: 'ml-region-mopti' },
  { id: 'ml-moura', kind: 'town', en: 'Moura', ar: 'مورا', at: [14.3278, -4.6000], in: 'ml-region-mopti' },
  { id: 'ml-diabaly', kind: 'town', en: 'Diabaly', ar: 'ديابالي', at: [14.6903, -6.0197], in: 'ml-region-segou' },
  { id: 'ml-niono', kind: 'town', en: 'Niono', ar: 'نيونو', at: [14.2526, -5.9929], in: 'ml-region-segou' },
  { id: 'ml-nampala', kind: 'town', en: 'Nampala', ar: 'نامبالا', at: [15.2800, -5.5500], in: 'ml-region-segou' },
  { id: 'ml-ke-macina', kind: 'town', en: 'Ké-Macina', ar: 'كي ماسينا', aka: ['Ke Macina', 'Macina town'], at: [13.9600, -5.3600], in: 'ml-region-segou' },
  { id: 'ml-kati', kind: 'city', en: 'Kati', ar: 'كاتي', at: [12.7441, -8.0726], in: 'ml-region-koulikoro' },
  // Cercle seats and border towns; `in` is left out where the 2023 regions' cercles are not settled here.
  { id: 'ml-diema', kind: 'town', en: 'Diéma', ar: 'ديما', aka: ['Diema'], at: [14.5400, -9.1921] },
  { id: 'ml-yelimane', kind: 'town', en: 'Yélimané', ar: 'يليماني', aka: ['Yelimane'], at: [15.1187, -10.5773] },
  { id: 'ml-bafoulabe', kind: 'town', en: 'Bafoulabé', ar: 'بافولابي', aka: ['Bafoulabe'], at: [13.8084, -10.8334] },
  { id: 'ml-banamba', kind: 'town', en: 'Banamba', ar: 'بانامبا', at: [13.5477, -7.4481] },
  { id: 'ml-kangaba', kind: 'town', en: 'Kangaba', ar: 'كانغابا', at: [11.9333, -8.4167] },
  { id: 'ml-kolokani', kind: 'town', en: 'Kolokani', ar: 'كولوكاني', at: [13.5739, -8.0327] },
  { id: 'ml-fana', kind: 'town', en: 'Fana', ar: 'فانا', at: [12.7787, -6.9564], in: 'ml-region-dioila' },
  { id: 'ml-baroueli', kind: 'town', en: 'Barouéli', ar: 'باروييلي', aka: ['Baroueli'], at: [13.0770, -6.8312], in: 'ml-region-segou' },
  { id: 'ml-markala', kind: 'town', en: 'Markala', ar: 'ماركالا', at: [13.6843, -6.0735], in: 'ml-region-segou' },
  { id: 'ml-sokolo', kind: 'town', en: 'Sokolo', ar: 'سوكولو', at: [14.7328, -6.1219], in: 'ml-region-segou' },
  { id: 'ml-tominian', kind: 'town', en: 'Tominian', ar: 'توميان', at: [13.2874, -4.5932], in: 'ml-region-san' },
  { id: 'ml-bankass', kind: 'town', en: 'Bankass', ar: 'بانكاس', at: [14.0775, -3.5159] },
  { id: 'ml-koro', kind: 'town', en: 'Koro', ar: 'كورو', at: [14.0640, -3.0754] },
  { id: 'ml-youwarou', kind: 'town', en: 'Youwarou', ar: 'يوارو', at: [15.3684, -4.2628], in: 'ml-region-mopti' },
  { id: 'ml-tessit', kind: 'town', en: 'Tessit', ar: 'تيسيت', at: [15.2167, -0.3000], in: 'ml-region-gao' },
  { id: 'ml-inekar', kind: 'town', en: 'Inékar', ar: 'إينكار', aka: ['Inekar', 'Inékar'], at: [15.9594, 3.1411], in: 'ml-region-menaka' },
  { id: 'ml-araouane', kind: 'town', en: 'Araouane', ar: 'أروان', aka: ['Arawane', 'Araouan'], at: [18.9048, -3.5265], in: 'ml-region-taoudenit' },
  { id: 'ml-kadiolo', kind: 'town', en: 'Kadiolo', ar: 'كاديولو', at: [10.5500, -5.7667], in: 'ml-region-sikasso' },
  { id: 'ml-kolondieba', kind: 'town', en: 'Kolondiéba', ar: 'كولونديبا', aka: ['Kolondieba'], at: [11.0894, -6.8929], in: 'ml-region-bougouni' },
  { id: 'ml-yanfolila', kind: 'town', en: 'Yanfolila', ar: 'يانفوليلا', at: [11.1833, -8.1500], in: 'ml-region-bougouni' },
  { id: 'ml-yorosso', kind: 'town', en: 'Yorosso', ar: 'يوروسو', at: [12.3581, -4.7769], in: 'ml-region-koutiala' },
];

/** Mali's regions (`place:ml-region-*`), seats (`place:ml-*`) and towns. */
export const MALI_PLACES = [
  ...unitsWithSeats('ML', REGION, SEATS),
  ...BAMAKO.map((row) => place('ML', row)),
  ...TOWNS.map((row) => place('ML', row)),
];
