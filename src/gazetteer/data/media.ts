/**
 * Media outlets and news agencies commonly quoted as sources in the region,
 * and the propaganda outlets of the armed groups (named in claims of
 * responsibility).
 */
import { organisation, rel, type ActorRow } from '../build.js';

const ROWS: readonly ActorRow[] = [
  { id: 'reuters', en: ['Reuters'], ar: ['رويترز', 'وكالة رويترز'], country: 'GB' },
  { id: 'afp', en: ['Agence France-Presse'], fr: ['Agence France-Presse'], ar: ['وكالة فرانس برس', 'وكالة الصحافة الفرنسية', 'فرانس برس'], aka: ['AFP', 'أ ف ب'], country: 'FR' },
  { id: 'ap', en: ['Associated Press'], fr: ['Associated Press'], ar: ['أسوشيتد برس', 'وكالة أسوشيتد برس'], aka: ['AP'], country: 'US' },
  { id: 'al-jazeera', en: ['Al Jazeera', 'Al-Jazeera'], fr: ['Al Jazeera', 'Al-Jazira'], ar: ['قناة الجزيرة', 'الجزيرة نت', 'الجزيرة'], country: 'QA' },
  { id: 'al-arabiya', en: ['Al Arabiya'], fr: ['Al Arabiya'], ar: ['قناة العربية', 'العربية نت'], country: 'AE' },
  { id: 'sky-news-arabia', en: ['Sky News Arabia'], ar: ['سكاي نيوز عربية'], country: 'AE' },
  { id: 'rfi', en: ['Radio France Internationale'], fr: ['Radio France internationale'], ar: ['إذاعة فرنسا الدولية', 'راديو فرنسا الدولي'], aka: ['RFI'], country: 'FR' },
  { id: 'france-24', en: ['France 24'], ar: ['فرانس 24', 'فرانس ٢٤'], country: 'FR' },
  { id: 'bbc', en: ['BBC', 'British Broadcasting Corporation'], fr: ['BBC'], ar: ['بي بي سي', 'هيئة الإذاعة البريطانية'], country: 'GB' },
  { id: 'le-monde', en: ['Le Monde'], ar: ['لوموند', 'صحيفة لوموند'], country: 'FR' },
  { id: 'jeune-afrique', en: ['Jeune Afrique'], ar: ['جون أفريك', 'مجلة جون أفريك'], country: 'FR' },
  { id: 'erem-news', en: ['Erem News', 'Eram News'], fr: ['Erem News'], ar: ['إرم نيوز', 'موقع إرم نيوز'], country: 'AE' },
  { id: 'aps', en: ['Algeria Press Service'], fr: ['Algérie Presse Service'], ar: ['وكالة الأنباء الجزائرية'], aka: ['APS'], country: 'DZ' },
  { id: 'el-khabar', en: ['El Khabar'], fr: ['El Khabar'], ar: ['جريدة الخبر', 'صحيفة الخبر', 'يومية الخبر'], country: 'DZ' },
  { id: 'echorouk', en: ['Echorouk', 'Echorouk El Youmi'], fr: ['Echorouk'], ar: ['الشروق اليومي', 'جريدة الشروق', 'صحيفة الشروق'], country: 'DZ' },
  { id: 'el-watan', en: ['El Watan'], fr: ['El Watan'], ar: ['جريدة الوطن الجزائرية', 'صحيفة الوطن الجزائرية'], country: 'DZ' },
  { id: 'ennahar', en: ['Ennahar', 'Ennahar TV'], fr: ['Ennahar'], ar: ['النهار الجديد', 'قناة النهار'], country: 'DZ' },
  { id: 'tap', en: ['Tunis Afrique Presse'], fr: ['Tunis Afrique Presse'], ar: ['وكالة تونس إفريقيا للأنباء', 'وكالة تونس أفريقيا للأنباء'], aka: ['TAP'], country: 'TN' },
  { id: 'map', en: ['Maghreb Arabe Presse'], fr: ['Maghreb Arabe Presse'], ar: ['وكالة المغرب العربي للأنباء'], aka: ['MAP'], country: 'MA' },
  { id: 'ami', en: ['Mauritanian Information Agency'], fr: ["Agence mauritanienne d'information"], ar: ['الوكالة الموريتانية للأنباء'], aka: ['AMI'], country: 'MR' },
  { id: 'sahara-medias', en: ['Sahara Medias'], fr: ['Sahara Médias'], ar: ['صحراء ميديا'], country: 'MR' },
  { id: 'anp-niger', en: ['Niger Press Agency'], fr: ['Agence nigérienne de presse'], ar: ['وكالة الأنباء النيجرية'], aka: ['ANP'], country: 'NE' },
  { id: 'amap', en: ['Malian Agency for Press and Promotion'], fr: ["Agence malienne de presse et de publicité"], ar: ['الوكالة المالية للصحافة'], aka: ['AMAP'], country: 'ML' },
  { id: 'lana', en: ['Libya News Agency', 'Libyan News Agency'], fr: ['Agence libyenne de presse'], ar: ['وكالة الأنباء الليبية'], aka: ['LANA'], country: 'LY' },
  { id: 'al-quds-al-arabi', en: ['Al-Quds Al-Arabi'], ar: ['القدس العربي', 'صحيفة القدس العربي'], country: 'GB' },
  { id: 'asharq-al-awsat', en: ['Asharq Al-Awsat'], ar: ['صحيفة الشرق الأوسط', 'جريدة الشرق الأوسط'], country: 'GB' },
  { id: 'amaq', en: ['Amaq News Agency', 'Amaq'], fr: ['agence Amaq', 'Amaq'], ar: ['وكالة أعماق', 'وكالة أعماق الإخبارية'], rel: [rel('affiliated-with', 'group:islamic-state')] },
  { id: 'al-zallaqa', en: ['Az-Zallaqa Media', 'al-Zallaqa'], fr: ['Az-Zallaqa', 'al-Zallaqa'], ar: ['مؤسسة الزلاقة', 'مؤسسة الزلاقة للإنتاج الإعلامي'], rel: [rel('affiliated-with', 'group:jnim')] },
  { id: 'al-andalus-media', en: ['Al-Andalus Media Foundation'], fr: ['Al-Andalus'], ar: ['مؤسسة الأندلس', 'مؤسسة الأندلس للإنتاج الإعلامي'], rel: [rel('affiliated-with', 'group:aqim')] },
];

/** Media outlets keyed `org:*`. */
export const MEDIA = ROWS.map(organisation);
