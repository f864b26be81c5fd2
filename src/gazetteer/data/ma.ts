/**
 * Morocco's main cities and ten of its twelve regions, and Western Sahara's
 * towns. Following ISO 3166, places in Western Sahara carry the country EH; the
 * two Moroccan regions drawn over that territory are not listed.
 */
import { place, type PlaceRow } from '../build.js';

const REGIONS: readonly PlaceRow[] = [
  { id: 'ma-region-tanger', kind: 'admin1', en: 'Tanger-Tetouan-Al Hoceima', fr: 'Tanger-Tétouan-Al Hoceïma', ar: 'جهة طنجة تطوان الحسيمة', at: [35.7673, -5.7998] },
  { id: 'ma-region-oriental', kind: 'admin1', en: ['Oriental Region', 'Oriental'], fr: "région de l'Oriental", ar: 'جهة الشرق', at: [34.6867, -1.9114] },
  { id: 'ma-region-fes-meknes', kind: 'admin1', en: 'Fès-Meknès', ar: 'جهة فاس مكناس', at: [34.0331, -5.0003] },
  { id: 'ma-region-rabat', kind: 'admin1', en: 'Rabat-Salé-Kénitra', ar: 'جهة الرباط سلا القنيطرة', at: [34.0209, -6.8416] },
  { id: 'ma-region-beni-mellal', kind: 'admin1', en: 'Béni Mellal-Khénifra', ar: 'جهة بني ملال خنيفرة', at: [32.3373, -6.3498] },
  { id: 'ma-region-casablanca', kind: 'admin1', en: 'Casablanca-Settat', ar: 'جهة الدار البيضاء سطات', at: [33.5731, -7.5898] },
  { id: 'ma-region-marrakech', kind: 'admin1', en: 'Marrakech-Safi', ar: 'جهة مراكش آسفي', at: [31.6295, -7.9811] },
  { id: 'ma-region-draa', kind: 'admin1', en: 'Drâa-Tafilalet', ar: 'جهة درعة تافيلالت', at: [31.9314, -4.4244] },
  { id: 'ma-region-souss', kind: 'admin1', en: 'Souss-Massa', ar: 'جهة سوس ماسة', at: [30.4278, -9.5981] },
  { id: 'ma-region-guelmim', kind: 'admin1', en: 'Guelmim-Oued Noun', ar: 'جهة كلميم واد نون', at: [28.9870, -10.0574] },
];

const CITIES: readonly PlaceRow[] = [
  { id: 'ma-rabat', kind: 'city', en: 'Rabat', ar: 'الرباط', at: [34.0209, -6.8416], in: 'ma-region-rabat' },
  { id: 'ma-sale', kind: 'city', en: 'Salé', ar: 'سلا', aka: ['Sale'], at: [34.0531, -6.7985], in: 'ma-region-rabat' },
  { id: 'ma-kenitra', kind: 'city', en: 'Kenitra', fr: 'Kénitra', ar: 'القنيطرة', at: [34.2610, -6.5802], in: 'ma-region-rabat' },
  { id: 'ma-casablanca', kind: 'city', en: 'Casablanca', ar: ['الدار البيضاء', 'كازابلانكا'], aka: ['Dar el Beida', 'Casa'], at: [33.5731, -7.5898], in: 'ma-region-casablanca' },
  { id: 'ma-el-jadida', kind: 'city', en: 'El Jadida', ar: 'الجديدة', at: [33.2316, -8.5007], in: 'ma-region-casablanca' },
  { id: 'ma-fes', kind: 'city', en: 'Fez', fr: 'Fès', ar: 'فاس', aka: ['Fes'], at: [34.0331, -5.0003], in: 'ma-region-fes-meknes' },
  { id: 'ma-meknes', kind: 'city', en: 'Meknes', fr: 'Meknès', ar: 'مكناس', at: [33.8935, -5.5473], in: 'ma-region-fes-meknes' },
  { id: 'ma-taza', kind: 'city', en: 'Taza', ar: 'تازة', at: [34.2100, -4.0100], in: 'ma-region-fes-meknes' },
  { id: 'ma-marrakech', kind: 'city', en: 'Marrakesh', fr: 'Marrakech', ar: 'مراكش', aka: ['Marrakech'], at: [31.6295, -7.9811], in: 'ma-region-marrakech' },
  { id: 'ma-safi', kind: 'city', en: 'Safi', ar: 'آسفي', at: [32.2994, -9.2372], in: 'ma-region-marrakech' },
  { id: 'ma-tangier', kind: 'city', en: 'Tangier', fr: 'Tanger', ar: 'طنجة', aka: ['Tanger'], at: [35.7673, -5.7998], in: 'ma-region-tanger' },
  { id: 'ma-tetouan', kind: 'city', en: 'Tetouan', fr: 'Tétouan', ar: 'تطوان', at: [35.5889, -5.3626], in: 'ma-region-tanger' },
  { id: 'ma-al-hoceima', kind: 'city', en: 'Al Hoceima', fr: 'Al Hoceïma', ar: 'الحسيمة', at: [35.2517, -3.9372], in: 'ma-region-tanger' },
  { id: 'ma-oujda', kind: 'city', en: 'Oujda', ar: 'وجدة', at: [34.6867, -1.9114], in: 'ma-region-oriental' },
  { id: 'ma-nador', kind: 'city', en: 'Nador', ar: 'الناظور', at: [35.1681, -2.9335], in: 'ma-region-oriental' },
  { id: 'ma-figuig', kind: 'town', en: 'Figuig', ar: 'فجيج', at: [32.1090, -1.2290], in: 'ma-region-oriental' },
  { id: 'ma-beni-mellal', kind: 'city', en: 'Beni Mellal', fr: 'Béni Mellal', ar: 'بني ملال', at: [32.3373, -6.3498], in: 'ma-region-beni-mellal' },
  { id: 'ma-errachidia', kind: 'city', en: 'Errachidia', ar: 'الرشيدية', at: [31.9314, -4.4244], in: 'ma-region-draa' },
  { id: 'ma-ouarzazate', kind: 'city', en: 'Ouarzazate', ar: 'ورزازات', at: [30.9189, -6.8934], in: 'ma-region-draa' },
  { id: 'ma-agadir', kind: 'city', en: 'Agadir', ar: 'أكادير', aka: ['أغادير'], at: [30.4278, -9.5981], in: 'ma-region-souss' },
  { id: 'ma-guelmim', kind: 'city', en: 'Guelmim', ar: 'كلميم', at: [28.9870, -10.0574], in: 'ma-region-guelmim' },
  { id: 'ma-tan-tan', kind: 'town', en: 'Tan-Tan', ar: 'طانطان', at: [28.4380, -11.1032], in: 'ma-region-guelmim' },
];

const WESTERN_SAHARA: readonly PlaceRow[] = [
  { id: 'eh-laayoune', kind: 'city', en: 'Laayoune', fr: 'Laâyoune', ar: 'العيون', aka: ['El Aaiún', 'El Aaiun'], at: [27.1536, -13.2033] },
  { id: 'eh-dakhla', kind: 'city', en: 'Dakhla', ar: 'الداخلة', aka: ['Villa Cisneros'], at: [23.6848, -15.9580] },
  { id: 'eh-smara', kind: 'town', en: 'Smara', fr: 'Smara', ar: 'السمارة', aka: ['Es-Semara'], at: [26.7384, -11.6719] },
];

/** Morocco's regions (`place:ma-region-*`) and cities, and Western Sahara's towns. */
export const MOROCCO_PLACES = [
  ...[...REGIONS, ...CITIES].map((row) => place('MA', row)),
  ...WESTERN_SAHARA.map((row) => place('EH', row)),
];
