/**
 * Niger: the seven regions and the Niamey capital district, their seats, and
 * the towns that reporting on the Sahara, the Liptako and the Lake Chad basin
 * names.
 */
import { place, unitsWithSeats, type AdminStyle, type PlaceRow, type SeatRow } from '../build.js';

const REGION: AdminStyle = {
  segment: 'region',
  ar: ['منطقة {}', 'إقليم {}', 'ولاية {}'],
  fr: ['région de {}'],
  en: ['{} Region'],
};

const SEATS: readonly SeatRow[] = [
  { id: 'agadez', en: 'Agadez', ar: ['أغاديس', 'أكاديس', 'أقاديس'], aka: ['Agades'], at: [16.9733, 7.9911] },
  { id: 'diffa', en: 'Diffa', ar: 'ديفا', at: [13.3154, 12.6113] },
  { id: 'dosso', en: 'Dosso', ar: 'دوسو', at: [13.0490, 3.1937] },
  { id: 'maradi', en: 'Maradi', ar: 'مارادي', at: [13.5000, 7.1017] },
  { id: 'tahoua', en: 'Tahoua', ar: 'تاهوا', aka: ['طاوة'], at: [14.8888, 5.2692] },
  { id: 'tillaberi', en: 'Tillabéri', ar: ['تيلابيري', 'تيلابري'], aka: ['Tillaberi', 'Tillabéry'], at: [14.2117, 1.4531] },
  { id: 'zinder', en: 'Zinder', ar: 'زيندر', aka: ['Damagaram', 'زندر'], at: [13.8053, 8.9883] },
];

const TOWNS: readonly PlaceRow[] = [
  { id: 'ne-niamey-district', kind: 'admin1', en: ['Niamey Capital District'], fr: ['communauté urbaine de Niamey', 'ville de Niamey'], ar: ['مقاطعة نيامي', 'منطقة نيامي'], at: [13.5116, 2.1254] },
  { id: 'ne-niamey', kind: 'city', en: 'Niamey', ar: 'نيامي', at: [13.5116, 2.1254], in: 'ne-niamey-district' },
  { id: 'ne-arlit', kind: 'town', en: 'Arlit', ar: 'أرليت', aka: ['ارليت'], at: [18.7369, 7.3853], in: 'ne-region-agadez' },
  { id: 'ne-bilma', kind: 'town', en: 'Bilma', ar: 'بيلما', at: [18.6853, 12.9164], in: 'ne-region-agadez' },
  { id: 'ne-assamaka', kind: 'town', en: 'Assamaka', ar: 'أساماكا', at: [19.3500, 5.7833], in: 'ne-region-agadez' },
  { id: 'ne-dirkou', kind: 'town', en: 'Dirkou', ar: 'ديركو', at: [18.9967, 12.8750], in: 'ne-region-agadez' },
  { id: 'ne-iferouane', kind: 'town', en: 'Iférouane', ar: 'إيفروان', aka: ['Iferouane'], at: [19.0700, 8.4200], in: 'ne-region-agadez' },
  { id: 'ne-ingall', kind: 'town', en: 'Ingall', ar: 'إنغال', at: [16.7850, 6.9303], in: 'ne-region-agadez' },
  { id: 'ne-tchirozerine', kind: 'town', en: 'Tchirozérine', ar: 'تشيروزرين', aka: ['Tchirozerine'], at: [17.2210, 7.7614], in: 'ne-region-agadez' },
  { id: 'ne-madama', kind: 'town', en: 'Madama', ar: 'ماداما', aka: ['Madama outpost'], at: [21.9600, 13.6400], in: 'ne-region-agadez' },
  { id: 'ne-nguigmi', kind: 'town', en: "N'Guigmi", ar: 'انغيغمي', aka: ['Nguigmi', 'إنغيغمي'], at: [14.2495, 13.1092], in: 'ne-region-diffa' },
  { id: 'ne-bosso', kind: 'town', en: 'Bosso', ar: 'بوسو', at: [13.6981, 13.3092], in: 'ne-region-diffa' },
  { id: 'ne-maine-soroa', kind: 'town', en: 'Mainé-Soroa', ar: 'ماين سوروا', aka: ['Maine-Soroa', 'Mainé Soroa'], at: [13.2114, 12.0241], in: 'ne-region-diffa' },
  { id: 'ne-ayorou', kind: 'town', en: 'Ayorou', ar: 'أيورو', at: [14.7308, 0.9174], in: 'ne-region-tillaberi' },
  { id: 'ne-ouallam', kind: 'town', en: 'Ouallam', ar: 'ولام', at: [14.3181, 2.0861], in: 'ne-region-tillaberi' },
  { id: 'ne-tera', kind: 'town', en: 'Téra', ar: 'تيرا', aka: ['Tera'], at: [14.0078, 0.7531], in: 'ne-region-tillaberi' },
  { id: 'ne-torodi', kind: 'town', en: 'Torodi', ar: 'تورودي', at: [13.1150, 1.7993], in: 'ne-region-tillaberi' },
  { id: 'ne-abala', kind: 'town', en: 'Abala', ar: 'أبالا', at: [14.9300, 3.4300], in: 'ne-region-tillaberi' },
  { id: 'ne-banibangou', kind: 'town', en: 'Banibangou', ar: 'بانيبانغو', at: [15.0400, 2.7000], in: 'ne-region-tillaberi' },
  { id: 'ne-filingue', kind: 'town', en: 'Filingué', ar: 'فيلينغي', aka: ['Filingue'], at: [14.3521, 3.3168], in: 'ne-region-tillaberi' },
  { id: 'ne-tillia', kind: 'town', en: 'Tillia', ar: 'تيليا', at: [16.1333, 4.7833], in: 'ne-region-tahoua' },
  { id: 'ne-tchintabaraden', kind: 'town', en: 'Tchintabaraden', ar: 'تشين تاباراضن', aka: ['Tchin-Tabaraden'], at: [15.8969, 5.7985], in: 'ne-region-tahoua' },
  { id: 'ne-birni-nkonni', kind: 'town', en: "Birni-N'Konni", ar: 'بيرني نكوني', aka: ['Birnin Konni', 'Konni'], at: [13.7904, 5.2599], in: 'ne-region-tahoua' },
  { id: 'ne-gaya', kind: 'town', en: 'Gaya', ar: 'غايا', at: [11.8844, 3.4492], in: 'ne-region-dosso' },
  { id: 'ne-dogondoutchi', kind: 'town', en: 'Dogondoutchi', ar: 'دوغوندوتشي', at: [13.6393, 4.0287], in: 'ne-region-dosso' },
  { id: 'ne-magaria', kind: 'town', en: 'Magaria', ar: 'ماغاريا', at: [12.9983, 8.9099], in: 'ne-region-zinder' },
  { id: 'ne-tessaoua', kind: 'town', en: 'Tessaoua', ar: 'تيساوا', at: [13.7570, 7.9874], in: 'ne-region-maradi' },
  { id: 'ne-bankilare', kind: 'town', en: 'Bankilaré', ar: 'بانكيلاري', aka: ['Bankilare'], at: [14.5770, 0.7270], in: 'ne-region-tillaberi' },
  { id: 'ne-kollo', kind: 'town', en: 'Kollo', ar: 'كولو', at: [13.3040, 2.3390], in: 'ne-region-tillaberi' },
  { id: 'ne-gotheye', kind: 'town', en: 'Gothèye', ar: 'غوتاي', aka: ['Gotheye', 'Gothey'], at: [13.8560, 1.5670], in: 'ne-region-tillaberi' },
  { id: 'ne-tassara', kind: 'town', en: 'Tassara', ar: 'تاسارا', at: [16.8050, 5.6440], in: 'ne-region-tahoua' },
  { id: 'ne-abalak', kind: 'town', en: 'Abalak', ar: 'أبالاك', at: [15.4510, 6.2790], in: 'ne-region-tahoua' },
  { id: 'ne-bouza', kind: 'town', en: 'Bouza', ar: 'بوزا', at: [14.4230, 6.0430], in: 'ne-region-tahoua' },
  { id: 'ne-illela', kind: 'town', en: 'Illéla', ar: 'إيليلا', aka: ['Illela'], at: [14.4600, 5.2440], in: 'ne-region-tahoua' },
  { id: 'ne-madaoua', kind: 'town', en: 'Madaoua', ar: 'مادوا', at: [14.0730, 5.9600], in: 'ne-region-tahoua' },
  { id: 'ne-aderbissinat', kind: 'town', en: 'Aderbissinat', fr: 'Adérbissinat', ar: 'أديربيسينات', at: [15.6270, 7.8940], in: 'ne-region-agadez' },
  { id: 'ne-fachi', kind: 'town', en: 'Fachi', ar: 'فاشي', at: [18.0980, 11.5860], in: 'ne-region-agadez' },
  { id: 'ne-dakoro', kind: 'town', en: 'Dakoro', ar: 'داكورو', at: [14.5110, 6.7650], in: 'ne-region-maradi' },
  { id: 'ne-guidan-roumdji', kind: 'town', en: 'Guidan Roumdji', ar: 'غيدان رومجي', aka: ['Guidan-Roumdji'], at: [13.6580, 6.6960], in: 'ne-region-maradi' },
  { id: 'ne-mayahi', kind: 'town', en: 'Mayahi', ar: 'ماياهي', at: [13.9550, 7.6710], in: 'ne-region-maradi' },
  { id: 'ne-tanout', kind: 'town', en: 'Tanout', ar: 'تانوت', at: [14.9710, 8.8880], in: 'ne-region-zinder' },
  { id: 'ne-goure', kind: 'town', en: 'Gouré', ar: 'غوري', aka: ['Goure'], at: [13.9830, 10.2700], in: 'ne-region-zinder' },
  { id: 'ne-mirriah', kind: 'town', en: 'Mirriah', ar: 'ميرية', at: [13.7070, 9.1500], in: 'ne-region-zinder' },
  { id: 'ne-kantche', kind: 'town', en: 'Kantché', ar: 'كانتشي', aka: ['Kantche'], at: [13.5390, 8.4630], in: 'ne-region-zinder' },
  { id: 'ne-goudoumaria', kind: 'town', en: 'Goudoumaria', ar: 'غودوماريا', at: [13.7110, 11.1880], in: 'ne-region-diffa' },
];

/** Niger's regions (`place:ne-region-*`), seats (`place:ne-*`) and towns. */
export const NIGER_PLACES = [...unitsWithSeats('NE', REGION, SEATS), ...TOWNS.map((row) => place('NE', row))];
