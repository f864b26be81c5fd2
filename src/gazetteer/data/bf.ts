/**
 * Burkina Faso: the 17 regions of the July 2025 reform (13 renamed with
 * national-language toponyms, 4 created: Soum, Sirba, Tapoa, Sourou), with the
 * pre-2025 names as aliases, their seats and the towns of the north and east.
 * Arabic forms of the new toponyms are transliterations.
 */
import { place, type PlaceRow } from '../build.js';

/** [id, name, French name with article, Arabic, former names, seat id, seat, seat Arabic, lat, lon] */
type RegionRow = readonly [string, string, string, string, readonly string[], string, string, readonly string[], number, number];

const REGIONS: readonly RegionRow[] = [
  ['bankui', 'Bankui', 'région du Bankui', 'بانكوي', ['Boucle du Mouhoun', 'région de la Boucle du Mouhoun'], 'dedougou', 'Dédougou', ['ديدوغو'], 12.4634, -3.4608],
  ['djoro', 'Djôrô', 'région du Djôrô', 'جورو', ['Sud-Ouest Region', 'région du Sud-Ouest'], 'gaoua', 'Gaoua', ['غاوا'], 10.3250, -3.1740],
  ['goulmou', 'Goulmou', 'région du Goulmou', 'غولمو', ['Est Region', "région de l'Est"], 'fada', "Fada N'Gourma", ['فادا نغورما'], 12.0616, 0.3585],
  ['guiriko', 'Guiriko', 'région du Guiriko', 'غيريكو', ['Hauts-Bassins', 'région des Hauts-Bassins'], 'bobo-dioulasso', 'Bobo-Dioulasso', ['بوبو ديولاسو'], 11.1771, -4.2979],
  ['kadiogo', 'Kadiogo', 'région du Kadiogo', 'كاديوغو', ['Centre Region', 'région du Centre'], 'ouagadougou', 'Ouagadougou', ['واغادوغو'], 12.3714, -1.5197],
  ['kuilse', 'Kuilsé', 'région du Kuilsé', 'كويلسي', ['Centre-Nord', 'région du Centre-Nord'], 'kaya', 'Kaya', ['كايا'], 13.0917, -1.0844],
  ['liptako', 'Liptako', 'région du Liptako', 'ليبتاكو', ['région du Sahel'], 'dori', 'Dori', ['دوري'], 14.0354, -0.0345],
  ['nando', 'Nando', 'région du Nando', 'ناندو', ['Centre-Ouest', 'région du Centre-Ouest'], 'koudougou', 'Koudougou', ['كودوغو'], 12.2526, -2.3627],
  ['nakambe', 'Nakambé', 'région du Nakambé', 'ناكامبي', ['Centre-Est', 'région du Centre-Est'], 'tenkodogo', 'Tenkodogo', ['تنكودوغو'], 11.7800, -0.3697],
  ['nazinon', 'Nazinon', 'région du Nazinon', 'نازينون', ['Centre-Sud', 'région du Centre-Sud'], 'manga', 'Manga', ['مانغا'], 11.6636, -1.0731],
  ['oubri', 'Oubri', "région de l'Oubri", 'أوبري', ['Plateau-Central', 'région du Plateau-Central'], 'ziniare', 'Ziniaré', ['زينياري'], 12.5822, -1.2983],
  ['sirba', 'Sirba', 'région de la Sirba', 'سيربا', [], 'bogande', 'Bogandé', ['بوغاندي'], 12.9714, -0.1436],
  ['soum', 'Soum', 'région du Soum', 'سوم', [], 'djibo', 'Djibo', ['جيبو'], 14.1022, -1.6306],
  ['tannounyan', 'Tannounyan', 'région du Tannounyan', 'تانونيان', ['Cascades', 'région des Cascades'], 'banfora', 'Banfora', ['بانفورا'], 10.6333, -4.7667],
  ['tapoa', 'Tapoa', 'région de la Tapoa', 'تابوا', [], 'diapaga', 'Diapaga', ['دياباغا'], 12.0708, 1.7889],
  ['sourou', 'Sourou', 'région du Sourou', 'سورو', [], 'tougan', 'Tougan', ['توغان'], 13.0686, -3.0703],
  ['yaadga', 'Yaadga', 'région du Yaadga', 'يادغا', ['Nord Region', 'région du Nord'], 'ouahigouya', 'Ouahigouya', ['واهيغويا'], 13.5828, -2.4216],
];

function regionEntries([id, name, frName, ar, former, seatId, seat, seatAr, lat, lon]: RegionRow) {
  const unitId = `bf-region-${id}`;
  const unit: PlaceRow = {
    id: unitId, kind: 'admin1', en: [`${name} Region`, name], fr: [frName, name], ar: [`منطقة ${ar}`, `إقليم ${ar}`, ar],
    aka: former, at: [lat, lon],
  };
  return [place('BF', unit), place('BF', { id: `bf-${seatId}`, kind: 'city', en: seat, ar: seatAr, at: [lat, lon], in: unitId })];
}

const TOWNS: readonly PlaceRow[] = [
  { id: 'bf-arbinda', kind: 'town', en: 'Arbinda', ar: 'أربيندا', aka: ['Aribinda'], at: [14.2281, -0.8675], in: 'bf-region-soum' },
  { id: 'bf-barsalogho', kind: 'town', en: 'Barsalogho', ar: 'بارسالوغو', at: [13.4167, -1.0667], in: 'bf-region-kuilse' },
  { id: 'bf-kongoussi', kind: 'town', en: 'Kongoussi', ar: 'كونغوسي', at: [13.3258, -1.5347], in: 'bf-region-kuilse' },
  { id: 'bf-gorom-gorom', kind: 'town', en: 'Gorom-Gorom', ar: 'غوروم غوروم', at: [14.4439, -0.2361], in: 'bf-region-liptako' },
  { id: 'bf-sebba', kind: 'town', en: 'Sebba', ar: 'سيبا', at: [13.4364, 0.5304], in: 'bf-region-liptako' },
  { id: 'bf-titao', kind: 'town', en: 'Titao', ar: 'تيتاو', at: [13.7667, -2.0667], in: 'bf-region-yaadga' },
  { id: 'bf-kantchari', kind: 'town', en: 'Kantchari', ar: 'كانتشاري', at: [12.4775, 1.5170], in: 'bf-region-tapoa' },
  { id: 'bf-pama', kind: 'town', en: 'Pama', ar: 'باما', at: [11.2500, 0.7000], in: 'bf-region-goulmou' },
  { id: 'bf-nouna', kind: 'town', en: 'Nouna', ar: 'نونا', at: [12.7290, -3.8630], in: 'bf-region-bankui' },
  { id: 'bf-solenzo', kind: 'town', en: 'Solenzo', ar: 'سولينزو', at: [12.1833, -4.0833], in: 'bf-region-bankui' },
  { id: 'bf-tin-akoff', kind: 'town', en: 'Tin-Akoff', ar: 'تين أكوف', aka: ['Tin Akoff'], at: [14.9650, -0.1630], in: 'bf-region-liptako' },
  { id: 'bf-oursi', kind: 'town', en: 'Oursi', ar: 'أورسي', at: [14.6760, -0.4600], in: 'bf-region-liptako' },
  { id: 'bf-deou', kind: 'town', en: 'Déou', ar: 'ديو', aka: ['Deou'], at: [14.6010, -0.7190], in: 'bf-region-liptako' },
  { id: 'bf-gayeri', kind: 'town', en: 'Gayéri', ar: 'غايري', aka: ['Gayeri'], at: [12.6480, 0.4930] },
  { id: 'bf-kompienga', kind: 'town', en: 'Kompienga', ar: 'كومبيينغا', at: [11.0820, 0.7240] },
  { id: 'bf-koupela', kind: 'town', en: 'Koupéla', ar: 'كوبيلا', aka: ['Koupela'], at: [12.1790, -0.3510], in: 'bf-region-nakambe' },
  { id: 'bf-pissila', kind: 'town', en: 'Pissila', ar: 'بيسيلا', at: [13.1640, -0.8230], in: 'bf-region-kuilse' },
  { id: 'bf-yalgo', kind: 'town', en: 'Yalgo', ar: 'يالغو', at: [12.9330, -0.8500], in: 'bf-region-kuilse' },
  { id: 'bf-bourzanga', kind: 'town', en: 'Bourzanga', ar: 'بورزانغا', at: [13.6780, -1.5460], in: 'bf-region-kuilse' },
];

/** Burkina Faso's regions (`place:bf-region-*`), their seats and towns. */
export const BURKINA_PLACES = [...REGIONS.flatMap(regionEntries), ...TOWNS.map((row) => place('BF', row))];
