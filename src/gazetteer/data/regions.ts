/**
 * Macro-regions named in reporting (Sahel, Maghreb, Lake Chad basin…), natural
 * and historical regions (Hoggar, Fezzan, Sambisa…), and the directional
 * regions that usage treats as places («شمال مالي», «الجنوب الليبي»). Points
 * are representative, not centroids of a drawn boundary: these regions have
 * none.
 */
import { list, type Names } from '../build.js';
import type { GazetteerEntry } from '../types.js';
import type { StixRegion } from './un-subregions.js';

interface RegionRow {
  readonly id: string;
  readonly en: Names;
  readonly fr: Names;
  readonly ar: Names;
  readonly aka?: readonly string[];
  readonly adj?: GazetteerEntry['adjectives'];
  readonly at: readonly [number, number];
  /** Country the region lies in; omitted for regions that span countries. */
  readonly country?: string;
  /** Parent place id (without `place:`); the country when omitted. */
  readonly in?: string;
  /** STIX region for regions that span countries. */
  readonly stix?: StixRegion;
}

const SPANNING: readonly RegionRow[] = [
  { id: 'africa', en: 'Africa', fr: 'Afrique', ar: ['أفريقيا', 'إفريقيا', 'القارة الأفريقية', 'القارة الإفريقية', 'القارة السمراء'], adj: { ar: ['الأفريقي', 'الأفريقية', 'الإفريقي', 'الإفريقية', 'أفريقي', 'أفريقية', 'إفريقي', 'إفريقية'], fr: ['africain', 'africaine', 'africains', 'africaines'], en: ['African', 'Africans'] }, at: [2.0, 17.0], stix: 'africa' },
  { id: 'north-africa', en: ['North Africa', 'Northern Africa'], fr: ['Afrique du Nord'], ar: ['شمال أفريقيا', 'شمال إفريقيا', 'الشمال الأفريقي', 'الشمال الإفريقي'], adj: { fr: ['nord-africain', 'nord-africaine', 'nord-africains', 'nord-africaines'], en: ['North African'] }, at: [27.0, 10.0], stix: 'northern-africa' },
  { id: 'west-africa', en: ['West Africa', 'Western Africa'], fr: ["Afrique de l'Ouest", 'Afrique occidentale'], ar: ['غرب أفريقيا', 'غرب إفريقيا', 'الغرب الأفريقي', 'الغرب الإفريقي'], adj: { fr: ['ouest-africain', 'ouest-africaine', 'ouest-africains', 'ouest-africaines'], en: ['West African'] }, at: [12.0, -2.0], stix: 'western-africa' },
  { id: 'sub-saharan-africa', en: 'Sub-Saharan Africa', fr: ['Afrique subsaharienne'], ar: ['أفريقيا جنوب الصحراء', 'إفريقيا جنوب الصحراء'], at: [0.0, 20.0], stix: 'africa' },
  { id: 'horn-of-africa', en: 'Horn of Africa', fr: ["Corne de l'Afrique"], ar: ['القرن الأفريقي', 'القرن الإفريقي'], at: [8.0, 45.0], stix: 'eastern-africa' },
  { id: 'gulf-of-guinea', en: 'Gulf of Guinea', fr: ['golfe de Guinée'], ar: ['خليج غينيا'], at: [3.0, 3.0], stix: 'western-africa' },
  { id: 'maghreb', en: ['Maghreb', 'Greater Maghreb', 'Arab Maghreb'], fr: ['Maghreb', 'Grand Maghreb'], ar: ['المغرب العربي', 'بلاد المغرب', 'المغرب الكبير', 'منطقة المغرب العربي', 'الدول المغاربية'], adj: { ar: ['المغاربي', 'المغاربية', 'المغاربيون', 'المغاربيين', 'مغاربي', 'مغاربية'], fr: ['maghrébin', 'maghrébine', 'maghrébins', 'maghrébines'], en: ['Maghrebi'] }, at: [31.0, 2.0], stix: 'northern-africa' },
  { id: 'sahel', en: ['Sahel', 'Sahel region', 'Sahel-Sahara'], fr: ['Sahel', 'bande sahélienne', 'bande sahélo-saharienne', 'Sahel-Sahara'], ar: ['الساحل', 'الساحل الإفريقي', 'الساحل الأفريقي', 'منطقة الساحل', 'الساحل الصحراوي', 'منطقة الساحل والصحراء', 'منطقة الساحل الإفريقي', 'الساحل والصحراء'], adj: { fr: ['sahélien', 'sahélienne', 'sahéliens', 'sahéliennes'], en: ['Sahelian'] }, at: [14.5, 0.0], stix: 'africa' },
  { id: 'central-sahel', en: 'Central Sahel', fr: ['Sahel central'], ar: ['وسط الساحل', 'الساحل الأوسط'], at: [14.5, -1.0], stix: 'western-africa' },
  { id: 'sahara', en: ['Sahara', 'Sahara Desert', 'Greater Sahara'], fr: ['Sahara', 'désert du Sahara', 'Grand Sahara'], ar: ['الصحراء الكبرى', 'الصحراء الإفريقية الكبرى'], adj: { fr: ['saharien', 'saharienne', 'sahariens', 'sahariennes'], en: ['Saharan'] }, at: [23.0, 12.0], stix: 'northern-africa' },
  { id: 'lake-chad-basin', en: ['Lake Chad Basin', 'Lake Chad region'], fr: ['bassin du lac Tchad', 'région du lac Tchad'], ar: ['حوض بحيرة تشاد', 'منطقة بحيرة تشاد'], at: [13.0, 14.0], stix: 'africa' },
  { id: 'lake-chad', en: 'Lake Chad', fr: ['lac Tchad'], ar: ['بحيرة تشاد'], at: [13.2, 14.3], stix: 'africa' },
  { id: 'w-national-park', en: ['W National Park', 'W Park', 'W-Arly-Pendjari complex'], fr: ['parc national du W', 'parc du W', 'parc W', 'complexe WAP'], ar: ['حديقة دبليو الوطنية', 'محمية دبليو', 'منتزه دبليو'], at: [12.0, 2.3], stix: 'western-africa' },
  { id: 'liptako-gourma', en: ['Liptako-Gourma'], fr: ['Liptako-Gourma'], ar: ['ليبتاكو غورما', 'منطقة ليبتاكو غورما'], at: [14.5, 0.0], stix: 'western-africa' },
  { id: 'tri-border-area', en: ['tri-border area', 'three borders area'], fr: ['zone des trois frontières'], ar: ['منطقة الحدود الثلاث', 'المثلث الحدودي'], at: [14.9, 0.5], stix: 'western-africa' },
  { id: 'field-countries', en: ['field countries', 'Sahel field countries'], fr: ['pays du champ'], ar: ['دول الميدان', 'دول الساحل الميدان'], at: [20.0, 0.0], stix: 'africa' },
  { id: 'levant', en: 'Levant', fr: ['Levant'], ar: ['بلاد الشام', 'الشام', 'المشرق العربي'], at: [34.0, 37.0], stix: 'western-asia' },
  { id: 'middle-east', en: ['Middle East', 'Near East'], fr: ['Moyen-Orient', 'Proche-Orient'], ar: ['الشرق الأوسط', 'الشرق الأدنى'], at: [29.0, 42.0], stix: 'western-asia' },
];

const NATIONAL: readonly RegionRow[] = [
  { id: 'ml-azawad', en: 'Azawad', fr: 'Azawad', ar: ['أزواد', 'إقليم أزواد'], aka: ['Azaouad'], adj: { ar: ['الأزوادي', 'الأزوادية', 'أزوادي', 'أزوادية'], fr: ['azawadien', 'azawadienne'] }, at: [18.5, -1.0], country: 'ML' },
  { id: 'ml-north', en: ['Northern Mali', 'north of Mali'], fr: ['nord du Mali', 'Nord-Mali'], ar: ['شمال مالي', 'الشمال المالي'], at: [18.5, -1.5], country: 'ML' },
  { id: 'ml-centre', en: ['Central Mali', 'centre of Mali'], fr: ['centre du Mali'], ar: ['وسط مالي'], at: [14.5, -4.0], country: 'ML' },
  { id: 'ml-inner-niger-delta', en: 'Inner Niger Delta', fr: ['delta intérieur du Niger'], ar: ['دلتا النيجر الداخلية'], at: [14.8, -4.4], country: 'ML', in: 'ml-region-mopti' },
  { id: 'ml-macina', en: ['Macina', 'Massina'], fr: ['Macina', 'Massina'], ar: ['ماسينا'], at: [14.3, -4.8], country: 'ML', in: 'ml-region-mopti' },
  { id: 'ml-adrar-des-ifoghas', en: ['Adrar des Ifoghas', 'Ifoghas Mountains'], fr: ['Adrar des Ifoghas', 'massif des Ifoghas'], ar: ['أدرار إيفوغاس', 'جبال إيفوغاس', 'جبال أدرار إيفوغاس'], at: [19.5, 1.5], country: 'ML', in: 'ml-region-kidal' },
  { id: 'dz-south', en: ['Southern Algeria', 'south of Algeria'], fr: ['Sud algérien', 'Grand Sud algérien', 'sud de l\'Algérie'], ar: ['الجنوب الجزائري', 'جنوب الجزائر', 'أقصى الجنوب الجزائري'], at: [26.0, 3.0], country: 'DZ' },
  { id: 'dz-hoggar', en: ['Ahaggar Mountains', 'Hoggar', 'Ahaggar'], fr: ['Hoggar', 'Ahaggar', 'massif du Hoggar'], ar: ['الهقار', 'جبال الهقار', 'الأهقار'], at: [23.29, 5.53], country: 'DZ', in: 'dz-wilaya-tamanrasset' },
  { id: 'dz-tassili', en: ["Tassili n'Ajjer", 'Tassili'], fr: ["Tassili n'Ajjer", 'Tassili des Ajjer'], ar: ['طاسيلي ناجر', 'الطاسيلي'], at: [25.5, 9.0], country: 'DZ', in: 'dz-wilaya-djanet' },
  { id: 'dz-kabylie', en: ['Kabylia', 'Kabylie'], fr: ['Kabylie'], ar: ['منطقة القبائل', 'القبائل'], at: [36.6, 4.2], country: 'DZ' },
  { id: 'dz-aures', en: ['Aurès', 'Aurès Mountains'], fr: ['Aurès', 'massif des Aurès'], ar: ['الأوراس', 'جبال الأوراس'], at: [35.2, 6.5], country: 'DZ' },
  { id: 'ly-south', en: ['Southern Libya', 'south of Libya'], fr: ['sud libyen', 'sud de la Libye'], ar: ['الجنوب الليبي', 'جنوب ليبيا'], at: [26.0, 15.0], country: 'LY' },
  { id: 'ly-east', en: ['Eastern Libya', 'east of Libya'], fr: ['est libyen', "est de la Libye"], ar: ['الشرق الليبي', 'شرق ليبيا'], at: [31.0, 21.0], country: 'LY' },
  { id: 'ly-west', en: ['Western Libya', 'west of Libya'], fr: ['ouest libyen', "ouest de la Libye"], ar: ['الغرب الليبي', 'غرب ليبيا'], at: [32.0, 13.0], country: 'LY' },
  { id: 'ly-fezzan', en: 'Fezzan', fr: 'Fezzan', ar: ['فزان', 'إقليم فزان'], at: [26.0, 14.0], country: 'LY' },
  { id: 'ly-cyrenaica', en: 'Cyrenaica', fr: ['Cyrénaïque'], ar: ['برقة', 'إقليم برقة'], at: [31.0, 22.0], country: 'LY' },
  { id: 'ly-tripolitania', en: 'Tripolitania', fr: ['Tripolitaine'], ar: ['إقليم طرابلس'], at: [31.5, 13.5], country: 'LY' },
  { id: 'tn-south', en: ['Southern Tunisia', 'south of Tunisia'], fr: ['sud tunisien', 'sud de la Tunisie'], ar: ['الجنوب التونسي', 'جنوب تونس'], at: [33.0, 10.0], country: 'TN' },
  { id: 'tn-chaambi', en: ['Mount Chambi', 'Jebel Chaambi'], fr: ['mont Chambi', 'djebel Chaambi'], ar: ['جبل الشعانبي', 'الشعانبي'], at: [35.2033, 8.6764], country: 'TN', in: 'tn-gov-kasserine' },
  { id: 'ne-north', en: ['Northern Niger', 'north of Niger'], fr: ['nord du Niger'], ar: ['شمال النيجر'], at: [18.5, 9.0], country: 'NE' },
  { id: 'ne-west', en: ['Western Niger', 'west of Niger'], fr: ['ouest du Niger'], ar: ['غرب النيجر'], at: [14.0, 2.0], country: 'NE' },
  { id: 'ne-air', en: ['Aïr Mountains', 'Aïr'], fr: ["massif de l'Aïr", 'Aïr'], ar: ['جبال آير', 'آير'], at: [18.0, 8.5], country: 'NE', in: 'ne-region-agadez' },
  { id: 'ne-tenere', en: 'Ténéré', fr: 'Ténéré', ar: ['تينيري', 'صحراء تينيري'], at: [18.5, 10.5], country: 'NE', in: 'ne-region-agadez' },
  { id: 'ng-north', en: ['Northern Nigeria', 'north of Nigeria'], fr: ['nord du Nigeria', 'nord du Nigéria'], ar: ['شمال نيجيريا'], at: [11.5, 8.0], country: 'NG' },
  { id: 'ng-north-east', en: ['North-East Nigeria', 'northeast Nigeria', 'northeastern Nigeria'], fr: ['nord-est du Nigeria', 'nord-est du Nigéria'], ar: ['شمال شرق نيجيريا', 'شمال شرقي نيجيريا'], at: [11.5, 12.5], country: 'NG' },
  { id: 'ng-north-west', en: ['North-West Nigeria', 'northwest Nigeria', 'northwestern Nigeria'], fr: ['nord-ouest du Nigeria', 'nord-ouest du Nigéria'], ar: ['شمال غرب نيجيريا', 'شمال غربي نيجيريا'], at: [12.5, 6.0], country: 'NG' },
  { id: 'ng-sambisa', en: ['Sambisa Forest', 'Sambisa'], fr: ['forêt de Sambisa'], ar: ['غابة سامبيسا'], at: [11.2, 13.4], country: 'NG', in: 'ng-state-borno' },
  { id: 'bf-north', en: ['Northern Burkina Faso', 'north of Burkina Faso'], fr: ['nord du Burkina Faso', 'nord du Burkina'], ar: ['شمال بوركينا فاسو'], at: [14.0, -1.5], country: 'BF' },
  { id: 'bf-east', en: ['Eastern Burkina Faso', 'east of Burkina Faso'], fr: ['est du Burkina Faso', 'est du Burkina'], ar: ['شرق بوركينا فاسو'], at: [12.0, 1.0], country: 'BF' },
  { id: 'td-north', en: ['Northern Chad', 'north of Chad'], fr: ['nord du Tchad'], ar: ['شمال تشاد'], at: [19.5, 18.5], country: 'TD' },
  { id: 'td-east', en: ['Eastern Chad', 'east of Chad'], fr: ['est du Tchad'], ar: ['شرق تشاد'], at: [13.5, 21.0], country: 'TD' },
  { id: 'td-aouzou-strip', en: 'Aouzou Strip', fr: ["bande d'Aouzou"], ar: ['شريط أوزو', 'قطاع أوزو'], at: [22.0, 18.0], country: 'TD', in: 'td-province-tibesti' },
  { id: 'bf-arly', en: ['Arly National Park', 'Arly'], fr: ["parc national d'Arly", 'parc d\'Arly'], ar: ['حديقة أرلي', 'محمية أرلي'], at: [11.55, 1.45], country: 'BF' },
  { id: 'bj-pendjari', en: ['Pendjari National Park', 'Pendjari'], fr: ['parc national de la Pendjari', 'parc de la Pendjari', 'Pendjari'], ar: ['حديقة بندجاري', 'محمية بندجاري', 'بندجاري'], at: [11.2, 1.5], country: 'BJ' },
  { id: 'mr-east', en: ['Eastern Mauritania', 'east of Mauritania'], fr: ['est de la Mauritanie', 'est mauritanien'], ar: ['شرق موريتانيا', 'الشرق الموريتاني'], at: [16.5, -7.5], country: 'MR' },
];

function regionEntry(row: RegionRow): GazetteerEntry {
  const parent = row.in ? `place:${row.in}` : row.country ? `country:${row.country}` : undefined;
  return {
    key: `region:${row.id}`,
    type: 'location',
    kind: 'region',
    canonical: list(row.en)[0]!,
    names: { ar: list(row.ar), fr: list(row.fr), en: list(row.en) },
    ...(row.aka && row.aka.length > 0 ? { aliases: row.aka } : {}),
    ...(row.adj ? { adjectives: row.adj } : {}),
    ...(row.country ? { country: row.country } : {}),
    lat: row.at[0],
    lon: row.at[1],
    ...(parent ? { parent } : {}),
  };
}

/** Regions keyed `region:*`. */
export const REGION_ENTRIES = [...SPANNING, ...NATIONAL].map(regionEntry);

/** STIX region of each region that spans countries, by key. */
export const SPANNING_REGION_STIX: ReadonlyMap<string, StixRegion> = new Map(
  SPANNING.flatMap((row) => (row.stix ? [[`region:${row.id}`, row.stix] as const] : [])),
);
