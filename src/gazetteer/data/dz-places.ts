/**
 * Algerian towns, sites and regions beyond the wilaya seats: the southern
 * border towns and oil and gas sites that security reporting names, and the
 * country's named regions. Parents are the wilayas as drawn since 2021.
 */
import { place, type PlaceRow } from '../build.js';

const ROWS: readonly PlaceRow[] = [
  // Far south and borders
  { id: 'dz-tinzaouaten', kind: 'town', en: 'Tinzaouaten', ar: 'تين زاوتين', aka: ['Tin Zaouatine', 'Tinzaouatine', 'Tin Zaouaten', 'تينزاواتين'], at: [19.9533, 2.9667], in: 'dz-wilaya-in-guezzam' },
  { id: 'dz-timiaouine', kind: 'town', en: 'Timiaouine', ar: 'تيمياوين', at: [20.4372, 1.8106], in: 'dz-wilaya-bordj-badji-mokhtar' },
  { id: 'dz-abalessa', kind: 'town', en: 'Abalessa', ar: 'أبلسة', aka: ['أبالسة'], at: [22.8906, 4.8472], in: 'dz-wilaya-tamanrasset' },
  { id: 'dz-in-amguel', kind: 'town', en: 'In Amguel', ar: 'عين امقل', aka: ['Aïn Amguel', 'عين أمقل'], at: [23.6892, 5.1633], in: 'dz-wilaya-tamanrasset' },
  { id: 'dz-tazrouk', kind: 'town', en: 'Tazrouk', ar: 'تاظروك', at: [23.4239, 6.2430], in: 'dz-wilaya-tamanrasset' },
  { id: 'dz-idles', kind: 'town', en: 'Idlès', ar: 'إدلس', aka: ['Idles'], at: [23.8136, 5.9311], in: 'dz-wilaya-tamanrasset' },
  { id: 'dz-silet', kind: 'town', en: 'Silet', ar: 'سيلت', at: [22.6533, 4.5714], in: 'dz-wilaya-tamanrasset' },
  { id: 'dz-reggane', kind: 'town', en: 'Reggane', ar: 'رقان', at: [26.7184, 0.1713], in: 'dz-wilaya-adrar' },
  { id: 'dz-aoulef', kind: 'town', en: 'Aoulef', ar: 'أولف', at: [26.9667, 1.0833], in: 'dz-wilaya-adrar' },
  { id: 'dz-in-amenas', kind: 'town', en: 'In Amenas', ar: 'عين أمناس', aka: ['Aïn Amenas', 'In Aménas', 'إن أمناس'], at: [28.0383, 9.565], in: 'dz-wilaya-illizi' },
  { id: 'dz-tiguentourine', kind: 'town', en: 'Tiguentourine', ar: 'تيقنتورين', aka: ['Tigantourine', 'Tiguentourine gas plant'], at: [27.927, 9.1147], in: 'dz-wilaya-illizi' },
  { id: 'dz-bordj-omar-driss', kind: 'town', en: 'Bordj Omar Driss', ar: 'برج عمر إدريس', at: [28.1303, 6.8197], in: 'dz-wilaya-illizi' },
  { id: 'dz-debdeb', kind: 'town', en: 'Debdeb', ar: 'الدبداب', aka: ['Deb Deb', 'دبداب'], at: [29.9690, 9.4160], in: 'dz-wilaya-illizi' },
  { id: 'dz-hassi-messaoud', kind: 'city', en: 'Hassi Messaoud', ar: 'حاسي مسعود', at: [31.6804, 6.0729], in: 'dz-wilaya-ouargla' },
  { id: 'dz-hassi-rmel', kind: 'town', en: "Hassi R'Mel", ar: 'حاسي الرمل', aka: ['Hassi Rmel'], at: [32.9306, 3.2706], in: 'dz-wilaya-laghouat' },
  { id: 'dz-beni-ounif', kind: 'town', en: 'Béni Ounif', ar: 'بني ونيف', at: [32.0494, -1.2553], in: 'dz-wilaya-bechar' },
  { id: 'dz-taghit', kind: 'town', en: 'Taghit', ar: 'تاغيت', at: [30.9185, -2.0297], in: 'dz-wilaya-bechar' },
  { id: 'dz-el-kala', kind: 'town', en: 'El Kala', ar: 'القالة', at: [36.8956, 8.4433], in: 'dz-wilaya-el-tarf' },
  { id: 'dz-maghnia', kind: 'city', en: 'Maghnia', ar: 'مغنية', aka: ['Marnia'], at: [34.8614, -1.7306], in: 'dz-wilaya-tlemcen' },
  { id: 'dz-el-eulma', kind: 'city', en: 'El Eulma', ar: 'العلمة', at: [36.1528, 5.6900], in: 'dz-wilaya-setif' },
  { id: 'dz-ain-mlila', kind: 'town', en: 'Aïn M\'lila', ar: 'عين مليلة', aka: ['Ain Mlila'], at: [36.0367, 6.5706], in: 'dz-wilaya-oum-el-bouaghi' },
  { id: 'dz-azazga', kind: 'town', en: 'Azazga', ar: 'عزازقة', at: [36.7447, 4.3714], in: 'dz-wilaya-tizi-ouzou' },
  { id: 'dz-bouira-lakhdaria', kind: 'town', en: 'Lakhdaria', ar: 'الأخضرية', aka: ['Palestro'], at: [36.5647, 3.5933], in: 'dz-wilaya-bouira' },
  { id: 'dz-khenchela-kais', kind: 'town', en: 'Kaïs', ar: 'قايس', aka: ['Kais'], at: [35.4944, 6.9264], in: 'dz-wilaya-khenchela' },
];

/** Towns and sites of Algeria outside the wilaya seats. */
export const ALGERIA_PLACES = ROWS.map((row) => place('DZ', row));
