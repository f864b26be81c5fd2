/**
 * Tunisia: the 24 governorates, each named after its seat, and the border and
 * mountain towns that counter-terrorism reporting names (Kasserine, Chaambi,
 * Ben Gardane…).
 */
import { place, unitsWithSeats, type AdminStyle, type PlaceRow, type SeatRow } from '../build.js';

const GOVERNORATE: AdminStyle = {
  segment: 'gov',
  ar: ['ولاية {}'],
  fr: ['gouvernorat de {}'],
  en: ['{} Governorate'],
};

const SEATS: readonly SeatRow[] = [
  { id: 'tunis', en: 'Tunis', ar: 'تونس العاصمة', unitAka: ['ولاية تونس'], at: [36.8065, 10.1815] },
  { id: 'ariana', en: 'Ariana', ar: 'أريانة', at: [36.8625, 10.1956] },
  { id: 'ben-arous', en: 'Ben Arous', ar: 'بن عروس', at: [36.7531, 10.2189] },
  { id: 'manouba', en: 'Manouba', ar: 'منوبة', aka: ['La Manouba'], at: [36.8101, 10.0956] },
  { id: 'nabeul', en: 'Nabeul', ar: 'نابل', at: [36.4561, 10.7376] },
  { id: 'zaghouan', en: 'Zaghouan', ar: 'زغوان', at: [36.4029, 10.1429] },
  { id: 'bizerte', en: 'Bizerte', ar: 'بنزرت', aka: ['Binzart'], at: [37.2744, 9.8739] },
  { id: 'beja', en: 'Béja', ar: 'باجة', aka: ['Beja'], at: [36.7256, 9.1817] },
  { id: 'jendouba', en: 'Jendouba', ar: 'جندوبة', at: [36.5011, 8.7802] },
  { id: 'kef', en: 'El Kef', fr: ['Le Kef', 'El Kef'], ar: 'الكاف', aka: ['Kef'], at: [36.1826, 8.7148] },
  { id: 'siliana', en: 'Siliana', ar: 'سليانة', at: [36.0849, 9.3708] },
  { id: 'sousse', en: 'Sousse', ar: 'سوسة', at: [35.8254, 10.6360] },
  { id: 'monastir', en: 'Monastir', ar: 'المنستير', at: [35.7643, 10.8113] },
  { id: 'mahdia', en: 'Mahdia', ar: 'المهدية', at: [35.5047, 11.0622] },
  { id: 'sfax', en: 'Sfax', ar: 'صفاقس', at: [34.7406, 10.7603] },
  { id: 'kairouan', en: 'Kairouan', ar: 'القيروان', at: [35.6781, 10.0963] },
  { id: 'kasserine', en: 'Kasserine', ar: 'القصرين', at: [35.1676, 8.8365] },
  { id: 'sidi-bouzid', en: 'Sidi Bouzid', ar: 'سيدي بوزيد', at: [35.0382, 9.4849] },
  { id: 'gabes', en: 'Gabès', ar: 'قابس', aka: ['Gabes'], at: [33.8815, 10.0982] },
  { id: 'medenine', en: 'Médenine', ar: 'مدنين', aka: ['Medenine'], at: [33.3549, 10.5055] },
  { id: 'tataouine', en: 'Tataouine', ar: 'تطاوين', aka: ['Foum Tataouine'], at: [32.9297, 10.4518] },
  { id: 'gafsa', en: 'Gafsa', ar: 'قفصة', at: [34.4250, 8.7842] },
  { id: 'tozeur', en: 'Tozeur', ar: 'توزر', at: [33.9197, 8.1335] },
  { id: 'kebili', en: 'Kébili', ar: 'قبلي', aka: ['Kebili'], at: [33.7044, 8.9690] },
];

const TOWNS: readonly PlaceRow[] = [
  { id: 'tn-ben-gardane', kind: 'town', en: 'Ben Gardane', ar: 'بن قردان', aka: ['Ben Guerdane'], at: [33.1378, 11.2197], in: 'tn-gov-medenine' },
  { id: 'tn-zarzis', kind: 'town', en: 'Zarzis', ar: 'جرجيس', at: [33.5036, 11.1122], in: 'tn-gov-medenine' },
  { id: 'tn-djerba', kind: 'town', en: 'Djerba', ar: 'جربة', aka: ['Jerba', 'Houmt Souk'], at: [33.8757, 10.8575], in: 'tn-gov-medenine' },
  { id: 'tn-remada', kind: 'town', en: 'Remada', ar: 'رمادة', at: [32.3061, 10.3950], in: 'tn-gov-tataouine' },
  { id: 'tn-dhehiba', kind: 'town', en: 'Dhehiba', ar: 'الذهيبة', aka: ['Dehiba'], at: [32.0110, 10.7010], in: 'tn-gov-tataouine' },
  { id: 'tn-sbeitla', kind: 'town', en: 'Sbeitla', ar: 'سبيطلة', at: [35.2364, 9.1294], in: 'tn-gov-kasserine' },
  { id: 'tn-thala', kind: 'town', en: 'Thala', ar: 'تالة', at: [35.5724, 8.6703], in: 'tn-gov-kasserine' },
  { id: 'tn-feriana', kind: 'town', en: 'Fériana', ar: 'فريانة', aka: ['Feriana'], at: [34.9506, 8.5722], in: 'tn-gov-kasserine' },
  { id: 'tn-sbiba', kind: 'town', en: 'Sbiba', ar: 'سبيبة', at: [35.5436, 9.0736], in: 'tn-gov-kasserine' },
  { id: 'tn-ghardimaou', kind: 'town', en: 'Ghardimaou', ar: 'غار الدماء', at: [36.4503, 8.4386], in: 'tn-gov-jendouba' },
  { id: 'tn-hammamet', kind: 'town', en: 'Hammamet', ar: 'الحمامات', at: [36.4000, 10.6167], in: 'tn-gov-nabeul' },
  { id: 'tn-bardo', kind: 'town', en: 'Le Bardo', fr: ['Le Bardo', 'Bardo'], ar: 'باردو', aka: ['Bardo'], at: [36.8092, 10.1406], in: 'tn-gov-tunis' },
  { id: 'tn-metlaoui', kind: 'town', en: 'Metlaoui', ar: 'المتلوي', at: [34.3206, 8.4014], in: 'tn-gov-gafsa' },
  { id: 'tn-sakiet-sidi-youssef', kind: 'town', en: 'Sakiet Sidi Youssef', ar: 'ساقية سيدي يوسف', at: [36.2233, 8.3553], in: 'tn-gov-kef' },
  { id: 'tn-tajerouine', kind: 'town', en: 'Tajerouine', ar: 'تاجروين', at: [35.8920, 8.5530], in: 'tn-gov-kef' },
  { id: 'tn-kalaat-es-senam', kind: 'town', en: 'Kalaat Senan', fr: ['Kalâat Snan', 'Kalaat es Senam'], ar: 'قلعة سنان', aka: ['Kalaat es Senam', 'Kalaat Snan'], at: [35.7680, 8.3420], in: 'tn-gov-kef' },
  { id: 'tn-moulares', kind: 'town', en: 'Moularès', ar: 'أم العرائس', aka: ['Moulares', 'Oum Larayes'], at: [34.4890, 8.2690], in: 'tn-gov-gafsa' },
  { id: 'tn-bir-lahmar', kind: 'town', en: 'Bir Lahmar', ar: 'بئر الأحمر', at: [33.1500, 10.3670], in: 'tn-gov-tataouine' },
  { id: 'tn-ghomrassen', kind: 'town', en: 'Ghomrassen', ar: 'غمراسن', at: [33.0590, 10.3370], in: 'tn-gov-tataouine' },
  { id: 'tn-mezzouna', kind: 'town', en: 'Mezzouna', ar: 'المزونة', at: [34.5780, 9.8420], in: 'tn-gov-sidi-bouzid' },
  { id: 'tn-regueb', kind: 'town', en: 'Regueb', fr: ['Regueb', 'Er Regueb'], ar: 'الرقاب', aka: ['Er Regueb'], at: [34.8590, 9.7870], in: 'tn-gov-sidi-bouzid' },
];

/** Tunisia's governorates (`place:tn-gov-*`), seats (`place:tn-*`) and towns. */
export const TUNISIA_PLACES = [...unitsWithSeats('TN', GOVERNORATE, SEATS), ...TOWNS.map((row) => place('TN', row))];
