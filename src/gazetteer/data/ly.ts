/**
 * Libya: the 22 districts (shabiyat) of 2007, which the press still uses, their
 * seats and the towns of the south, the oil crescent and the western border.
 */
import { place, unitsWithSeats, type AdminStyle, type PlaceRow, type SeatRow } from '../build.js';

const DISTRICT: AdminStyle = {
  segment: 'district',
  ar: ['شعبية {}', 'منطقة {}'],
  fr: ['district de {}'],
  en: ['{} District'],
};

/** Districts named after their seat. */
const SEATS: readonly SeatRow[] = [
  { id: 'tripoli', en: 'Tripoli', ar: ['طرابلس', 'طرابلس الغرب'], aka: ['Tarabulus'], at: [32.8872, 13.1913] },
  { id: 'benghazi', en: 'Benghazi', fr: ['Benghazi', 'Bengazi'], ar: 'بنغازي', at: [32.1167, 20.0667] },
  { id: 'misrata', en: 'Misrata', fr: ['Misrata', 'Misurata'], ar: 'مصراتة', aka: ['Misurata', 'Misratah'], at: [32.3754, 15.0925] },
  { id: 'sirte', en: 'Sirte', fr: ['Syrte', 'Sirte'], ar: 'سرت', aka: ['Surt', 'Sirt'], at: [31.2089, 16.5887] },
  { id: 'derna', en: 'Derna', fr: ['Derna', 'Darnah'], ar: 'درنة', aka: ['Darnah'], at: [32.7670, 22.6367] },
  { id: 'sabha', en: 'Sabha', fr: ['Sebha', 'Sabha'], ar: 'سبها', aka: ['Sebha'], at: [27.0377, 14.4283] },
  { id: 'ghat', en: 'Ghat', ar: 'غات', at: [24.9647, 10.1728], seat: 'town' },
  { id: 'murzuq', en: 'Murzuq', fr: ['Mourzouk', 'Murzuq'], ar: 'مرزق', aka: ['Murzuk', 'Marzuq'], at: [25.9155, 13.9184], seat: 'town' },
  { id: 'kufra', en: 'Kufra', fr: ['Koufra', 'Kufra'], ar: 'الكفرة', aka: ['Al Kufrah', 'Al-Jawf'], at: [24.1833, 23.2833] },
  { id: 'zawiya', en: 'Zawiya', fr: ['Zaouïa', 'Zawiya'], ar: 'الزاوية', aka: ['Az Zawiyah', 'Zawiyah'], at: [32.7571, 12.7276] },
  { id: 'nalut', en: 'Nalut', fr: ['Nalout', 'Nalut'], ar: 'نالوت', at: [31.8685, 10.9812], seat: 'town' },
  { id: 'marj', en: 'Marj', fr: ['Al-Marj', 'Marj'], ar: 'المرج', aka: ['Al Marj', 'Barce'], at: [32.5005, 20.8300] },
];

/** Districts not named after their seat. */
const DISTRICTS: readonly PlaceRow[] = [
  { id: 'ly-district-butnan', kind: 'admin1', en: ['Butnan District', 'Butnan'], fr: ['Butnan'], ar: ['البطنان', 'شعبية البطنان'], at: [32.0836, 23.9764] },
  { id: 'ly-district-jabal-al-akhdar', kind: 'admin1', en: ['Jabal al Akhdar District', 'Jebel Akhdar'], fr: ['Djebel Akhdar'], ar: ['شعبية الجبل الأخضر'], at: [32.7627, 21.7551] },
  { id: 'ly-district-wahat', kind: 'admin1', en: ['Al Wahat District'], fr: ['district d\'Al Wahat'], ar: ['شعبية الواحات'], at: [30.7554, 20.2263] },
  { id: 'ly-district-wadi-al-hayaa', kind: 'admin1', en: ['Wadi al Hayaa District', 'Wadi al-Hayat'], fr: ['Wadi al Hayaa'], ar: ['وادي الحياة', 'شعبية وادي الحياة'], at: [26.5903, 12.7751] },
  { id: 'ly-district-wadi-al-shatii', kind: 'admin1', en: ['Wadi al Shatii District', 'Wadi al-Shatii'], fr: ['Wadi al Chati'], ar: ['وادي الشاطئ', 'شعبية وادي الشاطئ'], at: [27.5524, 14.2709] },
  { id: 'ly-district-jufra', kind: 'admin1', en: ['Jufra District', 'Jufra'], fr: ['Djoufra', 'Jufra'], ar: ['الجفرة', 'شعبية الجفرة'], at: [29.1081, 15.9395] },
  { id: 'ly-district-murqub', kind: 'admin1', en: ['Murqub District'], fr: ['district de Murqub'], ar: ['شعبية المرقب'], at: [32.6486, 14.2619] },
  { id: 'ly-district-jafara', kind: 'admin1', en: ['Jafara District', 'Jafara'], fr: ['Djeffara', 'Jafara'], ar: ['الجفارة', 'شعبية الجفارة'], at: [32.5303, 13.0186] },
  { id: 'ly-district-nuqat-al-khams', kind: 'admin1', en: ['Nuqat al Khams District', 'Nuqat al Khams'], fr: ['Nuqat al Khams'], ar: ['النقاط الخمس', 'شعبية النقاط الخمس'], at: [32.9312, 12.0819] },
  { id: 'ly-district-jabal-al-gharbi', kind: 'admin1', en: ['Jabal al Gharbi District', 'Nafusa Mountains', 'Western Mountain'], fr: ['Djebel Nefoussa', 'Djebel Gharbi'], ar: ['الجبل الغربي', 'جبل نفوسة', 'شعبية الجبل الغربي'], at: [32.1722, 13.0203] },
];

const TOWNS: readonly PlaceRow[] = [
  { id: 'ly-tobruk', kind: 'city', en: 'Tobruk', fr: ['Tobrouk', 'Tobruk'], ar: 'طبرق', at: [32.0836, 23.9764], in: 'ly-district-butnan' },
  { id: 'ly-bayda', kind: 'city', en: 'Bayda', fr: ['Al-Bayda', 'Beida'], ar: 'البيضاء', aka: ['Al Bayda', 'Beida'], at: [32.7627, 21.7551], in: 'ly-district-jabal-al-akhdar' },
  { id: 'ly-shahhat', kind: 'town', en: 'Shahhat', fr: ['Shahat', 'Cyrène'], ar: 'شحات', aka: ['Cyrene'], at: [32.8281, 21.8622], in: 'ly-district-jabal-al-akhdar' },
  { id: 'ly-ajdabiya', kind: 'city', en: 'Ajdabiya', fr: ['Ajdabiya', 'Adjedabia'], ar: 'أجدابيا', aka: ['Ajdabiyah', 'Ajdabia'], at: [30.7554, 20.2263], in: 'ly-district-wahat' },
  { id: 'ly-jalu', kind: 'town', en: 'Jalu', fr: ['Djalo', 'Jalu'], ar: 'جالو', at: [29.0331, 21.5482], in: 'ly-district-wahat' },
  { id: 'ly-awjila', kind: 'town', en: 'Awjila', ar: 'أوجلة', aka: ['Aujila'], at: [29.1081, 21.2869], in: 'ly-district-wahat' },
  { id: 'ly-brega', kind: 'town', en: 'Brega', fr: ['Brega', 'Marsa el-Brega'], ar: 'البريقة', aka: ['Marsa Brega', 'Mersa Brega'], at: [30.4167, 19.5833], in: 'ly-district-wahat' },
  { id: 'ly-ras-lanuf', kind: 'town', en: 'Ras Lanuf', ar: 'راس لانوف', aka: ['رأس لانوف'], at: [30.5000, 18.5500], in: 'ly-district-sirte' },
  { id: 'ly-es-sider', kind: 'town', en: 'Es Sider', fr: ['Es-Sider', 'Sidra'], ar: 'السدرة', aka: ['Sidra', 'As Sidr'], at: [30.6300, 18.3500], in: 'ly-district-sirte' },
  { id: 'ly-bin-jawad', kind: 'town', en: 'Bin Jawad', fr: ['Ben Jawad'], ar: 'بن جواد', at: [30.8000, 18.0700], in: 'ly-district-sirte' },
  { id: 'ly-ubari', kind: 'town', en: 'Ubari', fr: ['Oubari', 'Ubari'], ar: 'أوباري', aka: ['Awbari', 'Obari'], at: [26.5903, 12.7751], in: 'ly-district-wadi-al-hayaa' },
  { id: 'ly-brak', kind: 'town', en: 'Brak', ar: 'براك', aka: ['Brak al-Shati', 'براك الشاطئ'], at: [27.5524, 14.2709], in: 'ly-district-wadi-al-shatii' },
  { id: 'ly-hun', kind: 'town', en: 'Hun', fr: ['Houn', 'Hun'], ar: 'هون', aka: ['Houn'], at: [29.1268, 15.9477], in: 'ly-district-jufra' },
  { id: 'ly-khoms', kind: 'city', en: 'Khoms', fr: ['Al-Khums', 'Khoms'], ar: 'الخمس', aka: ['Al Khums', 'Homs (Libya)'], at: [32.6486, 14.2619], in: 'ly-district-murqub' },
  { id: 'ly-aziziya', kind: 'town', en: 'Aziziya', fr: ['Al-Aziziya'], ar: 'العزيزية', aka: ["Al 'Aziziyah"], at: [32.5303, 13.0186], in: 'ly-district-jafara' },
  { id: 'ly-zuwara', kind: 'city', en: 'Zuwara', fr: ['Zouara', 'Zuwara'], ar: 'زوارة', aka: ['Zuwarah', 'Zouara'], at: [32.9312, 12.0819], in: 'ly-district-nuqat-al-khams' },
  { id: 'ly-ras-ajdir', kind: 'town', en: 'Ras Ajdir', fr: ['Ras Jedir', 'Ras Ajdir'], ar: 'رأس اجدير', aka: ['Ras Jdir', 'راس اجدير'], at: [33.1500, 11.5600], in: 'ly-district-nuqat-al-khams' },
  { id: 'ly-gharyan', kind: 'city', en: 'Gharyan', fr: ['Gharyan', 'Gharian'], ar: 'غريان', aka: ['Gharian'], at: [32.1722, 13.0203], in: 'ly-district-jabal-al-gharbi' },
  { id: 'ly-zintan', kind: 'town', en: 'Zintan', ar: 'الزنتان', aka: ['Az Zintan'], at: [31.9315, 12.2529], in: 'ly-district-jabal-al-gharbi' },
  { id: 'ly-yafran', kind: 'town', en: 'Yafran', fr: ['Yefren', 'Yafran'], ar: 'يفرن', aka: ['Yefren'], at: [32.0633, 12.5286], in: 'ly-district-jabal-al-gharbi' },
  { id: 'ly-mizdah', kind: 'town', en: 'Mizdah', ar: 'مزدة', at: [31.4460, 12.9801], in: 'ly-district-jabal-al-gharbi' },
  { id: 'ly-ghadames', kind: 'town', en: 'Ghadames', fr: ['Ghadamès', 'Ghadames'], ar: 'غدامس', at: [30.1337, 9.5007], in: 'ly-district-nalut' },
  { id: 'ly-wazin', kind: 'town', en: 'Wazin', fr: ['Wazen', 'Wazin'], ar: 'وازن', aka: ['Wazen'], at: [31.9420, 10.6653], in: 'ly-district-nalut' },
  { id: 'ly-sabratha', kind: 'city', en: 'Sabratha', ar: 'صبراتة', at: [32.7933, 12.4885], in: 'ly-district-zawiya' },
  { id: 'ly-tajoura', kind: 'city', en: 'Tajoura', ar: 'تاجوراء', at: [32.8817, 13.3506], in: 'ly-district-tripoli' },
  { id: 'ly-tarhuna', kind: 'city', en: 'Tarhuna', fr: ['Tarhounah', 'Tarhuna'], ar: 'ترهونة', aka: ['Tarhunah'], at: [32.4350, 13.6332], in: 'ly-district-murqub' },
  { id: 'ly-bani-walid', kind: 'city', en: 'Bani Walid', fr: ['Bani Walid', 'Beni Walid'], ar: 'بني وليد', at: [31.7566, 13.9942], in: 'ly-district-misrata' },
  { id: 'ly-qatrun', kind: 'town', en: 'Qatrun', fr: ['Al-Qatrun', 'Gatroun'], ar: 'القطرون', aka: ['Al Qatrun', 'Gatrone'], at: [24.9333, 14.6333], in: 'ly-district-murzuq' },
  { id: 'ly-umm-al-aranib', kind: 'town', en: 'Umm al-Aranib', ar: 'أم الأرانب', at: [26.1500, 14.7500], in: 'ly-district-murzuq' },
  { id: 'ly-tazirbu', kind: 'town', en: 'Tazirbu', fr: ['Tazerbo', 'Tazirbu'], ar: 'تازربو', aka: ['Tazerbo'], at: [25.6729, 21.0729], in: 'ly-district-kufra' },
  { id: 'ly-jaghbub', kind: 'town', en: 'Jaghbub', fr: ['Al-Jaghbub', 'Jaghboub'], ar: 'الجغبوب', aka: ['Al Jaghbub'], at: [29.7425, 24.5169], in: 'ly-district-butnan' },
  { id: 'ly-idri', kind: 'town', en: 'Idri', ar: 'إدري', at: [27.4470, 13.0520], in: 'ly-district-wadi-al-shatii' },
  { id: 'ly-waddan', kind: 'town', en: 'Waddan', ar: 'ودان', at: [29.1610, 16.1390], in: 'ly-district-jufra' },
  { id: 'ly-zillah', kind: 'town', en: 'Zillah', fr: ['Zella', 'Zillah'], ar: 'زلة', aka: ['Zella'], at: [28.5510, 17.5440], in: 'ly-district-jufra' },
  { id: 'ly-jadu', kind: 'town', en: 'Jadu', fr: ['Djado (Libye)', 'Jadu'], ar: 'جادو', at: [31.9550, 12.0290], in: 'ly-district-jabal-al-gharbi' },
  { id: 'ly-rujban', kind: 'town', en: 'Rujban', ar: 'الرجبان', aka: ['Al Rujban'], at: [31.9500, 12.1670], in: 'ly-district-jabal-al-gharbi' },
  { id: 'ly-kabaw', kind: 'town', en: 'Kabaw', fr: ['Kabaou', 'Kabaw'], ar: 'كاباو', at: [31.8470, 11.3310], in: 'ly-district-nalut' },
  { id: 'ly-tiji', kind: 'town', en: 'Tiji', ar: 'تيجي', at: [32.0150, 11.3550], in: 'ly-district-nalut' },
  { id: 'ly-derj', kind: 'town', en: 'Derj', fr: ['Derj', 'Daraj'], ar: 'درج', aka: ['Daraj'], at: [30.1650, 10.4580], in: 'ly-district-nalut' },
];

/** Libya's districts (`place:ly-district-*`), seats (`place:ly-*`) and towns. */
export const LIBYA_PLACES = [
  ...unitsWithSeats('LY', DISTRICT, SEATS),
  ...DISTRICTS.map((row) => place('LY', row)),
  ...TOWNS.map((row) => place('LY', row)),
];
