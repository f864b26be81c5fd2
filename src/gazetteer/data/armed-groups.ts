/**
 * Starter knowledge base of armed groups active in the Sahel, the Maghreb and
 * the Lake Chad basin, with their names in the three languages, common aliases
 * and public relations between them (affiliation, splits, mergers,
 * succession). Relations record what open sources widely report, not a
 * judgement of Hoggar's.
 */
import { rel, threatActor, type ActorRow } from '../build.js';

const JIHADIST: readonly ActorRow[] = [
  { id: 'al-qaeda', en: ['Al-Qaeda', 'al-Qaida', 'Al Qaeda'], fr: ['Al-Qaïda', 'Al-Qaida', 'Al Qaïda'], ar: ['تنظيم القاعدة', 'القاعدة'] },
  { id: 'aqim', en: ['Al-Qaeda in the Islamic Maghreb', 'Al-Qaida in the Islamic Maghreb', 'al-Qaeda in the Lands of the Islamic Maghreb'], fr: ['Al-Qaïda au Maghreb islamique', 'Al-Qaida au Maghreb islamique'], ar: ['تنظيم القاعدة في بلاد المغرب الإسلامي', 'القاعدة في بلاد المغرب الإسلامي', 'القاعدة في المغرب الإسلامي', 'تنظيم القاعدة في المغرب الإسلامي', 'قاعدة المغرب الإسلامي'], aka: ['AQIM', 'AQMI'], country: 'DZ', rel: [rel('successor-of', 'group:gspc'), rel('affiliated-with', 'group:al-qaeda')] },
  { id: 'gspc', en: ['Salafist Group for Preaching and Combat', 'Salafist Group for Call and Combat'], fr: ['Groupe salafiste pour la prédication et le combat'], ar: ['الجماعة السلفية للدعوة والقتال'], aka: ['GSPC'], country: 'DZ', rel: [rel('split-from', 'group:gia')] },
  { id: 'gia', en: ['Armed Islamic Group'], fr: ['Groupe islamique armé'], ar: ['الجماعة الإسلامية المسلحة'], aka: ['GIA'], country: 'DZ' },
  { id: 'aqim-sahara-emirate', en: ['Sahara Emirate of AQIM', 'AQIM Sahara Emirate'], fr: ["émirat du Sahara d'AQMI"], ar: ['إمارة الصحراء', 'إمارة الصحراء الكبرى'], rel: [rel('affiliated-with', 'group:aqim'), rel('merged-into', 'group:jnim')] },
  { id: 'tariq-ibn-ziyad', en: ['Tariq Ibn Ziyad Battalion'], fr: ['Katiba Tarik Ibn Ziyad'], ar: ['كتيبة طارق بن زياد'], rel: [rel('affiliated-with', 'group:aqim')] },
  { id: 'al-furqan-battalion', en: ['Al-Furqan Battalion'], fr: ['Katiba Al-Furqan'], ar: ['كتيبة الفرقان'], rel: [rel('affiliated-with', 'group:aqim')] },
  { id: 'jnim', en: ["Jama'at Nusrat al-Islam wal-Muslimin", 'Jamaat Nusrat al-Islam wal-Muslimin', 'Group for the Support of Islam and Muslims'], fr: ["Groupe de soutien à l'islam et aux musulmans", 'Jamaat Nosrat al-Islam wal-Mouslimin'], ar: ['جماعة نصرة الإسلام والمسلمين', 'نصرة الإسلام والمسلمين'], aka: ['JNIM', 'GSIM', 'RVIM'], country: 'ML', rel: [rel('affiliated-with', 'group:al-qaeda'), rel('affiliated-with', 'group:aqim')] },
  { id: 'ansar-dine', en: ['Ansar Dine', 'Ansar al-Din', 'Ansar Eddine'], fr: ['Ansar Dine', 'Ansar Eddine'], ar: ['أنصار الدين', 'جماعة أنصار الدين', 'حركة أنصار الدين'], country: 'ML', rel: [rel('affiliated-with', 'group:aqim'), rel('merged-into', 'group:jnim')] },
  { id: 'katiba-macina', en: ['Katiba Macina', 'Macina Liberation Front', 'Katiba Massina'], fr: ['Katiba Macina', 'Front de libération du Macina'], ar: ['كتيبة ماسينا', 'جبهة تحرير ماسينا'], aka: ['FLM'], country: 'ML', rel: [rel('affiliated-with', 'group:ansar-dine'), rel('merged-into', 'group:jnim')] },
  { id: 'katiba-serma', en: ['Katiba Serma'], fr: ['Katiba Serma'], ar: ['كتيبة سرما'], country: 'ML', rel: [rel('affiliated-with', 'group:jnim')] },
  { id: 'signed-in-blood', en: ['Signed-in-Blood Battalion', 'Those Who Sign with Blood', "al-Muwaqqi'un bil-Dima", 'Al-Mulathamun Battalion', 'Masked Men Brigade'], fr: ['Les Signataires par le sang', 'Signataires par le sang', 'Katiba des Enturbannés', 'Al-Moulathamoune'], ar: ['الموقعون بالدماء', 'كتيبة الموقعون بالدماء', 'كتيبة الموقعين بالدماء', 'كتيبة الملثمين', 'الملثمون'], rel: [rel('split-from', 'group:aqim'), rel('merged-into', 'group:al-mourabitoun')] },
  { id: 'mujao', en: ['Movement for Oneness and Jihad in West Africa', 'Movement for Unity and Jihad in West Africa'], fr: ["Mouvement pour l'unicité et le jihad en Afrique de l'Ouest", "Mouvement pour l'unicité et le djihad en Afrique de l'Ouest"], ar: ['حركة التوحيد والجهاد في غرب إفريقيا', 'حركة التوحيد والجهاد في غرب أفريقيا', 'جماعة التوحيد والجهاد في غرب إفريقيا', 'حركة التوحيد والجهاد'], aka: ['MUJAO', 'MOJWA', 'MUJWA'], country: 'ML', rel: [rel('split-from', 'group:aqim'), rel('merged-into', 'group:al-mourabitoun')] },
  { id: 'al-mourabitoun', en: ['Al-Mourabitoun', 'al-Murabitun'], fr: ['Al-Mourabitoune', 'Al-Mourabitoun'], ar: ['المرابطون', 'جماعة المرابطون', 'جماعة المرابطين', 'تنظيم المرابطون'], rel: [rel('affiliated-with', 'group:aqim'), rel('merged-into', 'group:jnim')] },
  { id: 'katiba-salaheddine', en: ['Katiba Salaheddine', 'Salah al-Din Battalion'], fr: ['Katiba Salaheddine', 'Katiba Salah Eddine'], ar: ['كتيبة صلاح الدين'], country: 'ML', rel: [rel('split-from', 'group:mujao')] },
  { id: 'ansarul-islam', en: ['Ansarul Islam', 'Ansaroul Islam', 'Ansar ul Islam'], fr: ['Ansarul Islam', 'Ansaroul Islam'], ar: ['أنصار الإسلام', 'جماعة أنصار الإسلام'], country: 'BF', rel: [rel('affiliated-with', 'group:jnim')] },
  { id: 'islamic-state', en: ['Islamic State', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], fr: ['État islamique', 'Etat islamique', 'groupe État islamique', 'État islamique en Irak et au Levant'], ar: ['تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'داعش', 'تنظيم داعش', 'تنظيم الدولة', 'الدولة الإسلامية في العراق والشام', 'الدولة الإسلامية في العراق وبلاد الشام', 'تنظيم الدولة الإسلامية في العراق والشام', 'تنظيم الدولة الإسلامية في العراق وبلاد الشام'], aka: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Daech', 'EI', 'EIIL'], rel: [rel('split-from', 'group:al-qaeda')] },
  { id: 'is-sahel', en: ['Islamic State in the Greater Sahara', 'Islamic State Sahel Province', 'IS Sahel'], fr: ['État islamique dans le Grand Sahara', 'État islamique au Sahel', 'Province du Sahel de l\'État islamique'], ar: ['تنظيم الدولة الإسلامية في الصحراء الكبرى', 'الدولة الإسلامية في الصحراء الكبرى', 'تنظيم الدولة الإسلامية في الساحل', 'ولاية الساحل', 'داعش الساحل', 'داعش في الصحراء الكبرى'], aka: ['ISGS', 'ISSP', 'IS-Sahel', 'EIGS', 'EIS'], rel: [rel('split-from', 'group:al-mourabitoun'), rel('affiliated-with', 'group:islamic-state')] },
  { id: 'iswap', en: ['Islamic State West Africa Province', 'Islamic State in West Africa'], fr: ["État islamique en Afrique de l'Ouest", "Province d'Afrique de l'Ouest de l'État islamique", "Province de l'État islamique en Afrique de l'Ouest", 'Iswap'], ar: ['ولاية غرب إفريقيا', 'ولاية غرب أفريقيا', 'تنظيم الدولة الإسلامية في غرب إفريقيا', 'تنظيم الدولة الإسلامية ولاية غرب إفريقيا', 'داعش غرب إفريقيا'], aka: ['ISWAP', 'ISWA', 'EIAO'], country: 'NG', rel: [rel('split-from', 'group:boko-haram'), rel('affiliated-with', 'group:islamic-state')] },
  { id: 'boko-haram', en: ['Boko Haram', "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"], fr: ['Boko Haram'], ar: ['بوكو حرام', 'جماعة بوكو حرام', 'جماعة أهل السنة للدعوة والجهاد'], aka: ['JAS'], country: 'NG' },
  { id: 'ansaru', en: ['Ansaru', "Jama'atu Ansarul Muslimina fi Biladis Sudan"], fr: ['Ansaru'], ar: ['أنصارو', 'جماعة أنصار المسلمين في بلاد السودان'], country: 'NG', rel: [rel('split-from', 'group:boko-haram'), rel('affiliated-with', 'group:aqim')] },
  { id: 'lakurawa', en: ['Lakurawa'], fr: ['Lakurawa'], ar: ['لاكوراوا'], country: 'NG' },
  { id: 'ansar-al-sharia-tunisia', en: ['Ansar al-Sharia in Tunisia', 'Ansar al-Sharia (Tunisia)'], fr: ['Ansar al-Charia en Tunisie', 'Ansar al-Charia (Tunisie)'], ar: ['أنصار الشريعة في تونس', 'أنصار الشريعة التونسية', 'جماعة أنصار الشريعة التونسية', 'جماعة أنصار الشريعة في تونس', 'تنظيم أنصار الشريعة في تونس'], aka: ['AST'], country: 'TN' },
  { id: 'okba-ibn-nafaa', en: ['Okba Ibn Nafaa Brigade', 'Uqba ibn Nafi Battalion'], fr: ['Phalange Okba Ibn Nafaâ', 'Katiba Okba Ibn Nafaa', 'brigade Okba Ibn Nafaâ'], ar: ['كتيبة عقبة بن نافع'], country: 'TN', rel: [rel('affiliated-with', 'group:aqim')] },
  { id: 'jund-al-khilafa-tunisia', en: ['Jund al-Khilafa in Tunisia', 'Soldiers of the Caliphate in Tunisia'], fr: ['Jund al-Khilafa en Tunisie', 'Soldats du califat en Tunisie'], ar: ['جند الخلافة في تونس'], country: 'TN', rel: [rel('affiliated-with', 'group:islamic-state')] },
  { id: 'jund-al-khilafa-algeria', en: ['Jund al-Khilafa in Algeria', 'Jund al-Khilafah in the Land of Algeria', 'Soldiers of the Caliphate in Algeria'], fr: ['Jund al-Khilafa en Algérie', 'Soldats du califat en Algérie'], ar: ['جند الخلافة في أرض الجزائر', 'جند الخلافة في الجزائر'], country: 'DZ', rel: [rel('split-from', 'group:aqim'), rel('affiliated-with', 'group:islamic-state')] },
  { id: 'ansar-al-sharia-libya', en: ['Ansar al-Sharia in Libya', 'Ansar al-Sharia (Libya)', 'Ansar al-Sharia in Benghazi'], fr: ['Ansar al-Charia en Libye', 'Ansar al-Charia (Libye)'], ar: ['أنصار الشريعة في ليبيا', 'أنصار الشريعة الليبية', 'جماعة أنصار الشريعة الليبية', 'أنصار الشريعة في بنغازي'], aka: ['ASL'], country: 'LY', rel: [rel('affiliated-with', 'group:benghazi-shura-council')] },
  { id: 'benghazi-shura-council', en: ['Benghazi Revolutionaries Shura Council', 'Shura Council of Benghazi Revolutionaries'], fr: ['Conseil de la choura des révolutionnaires de Benghazi'], ar: ['مجلس شورى ثوار بنغازي'], country: 'LY' },
  { id: 'derna-mujahideen-shura-council', en: ['Mujahideen Shura Council in Derna', 'Derna Mujahideen Shura Council'], fr: ['Conseil de la choura des moudjahidines de Derna'], ar: ['مجلس شورى مجاهدي درنة'], country: 'LY' },
  { id: 'is-libya', en: ['Islamic State in Libya', 'ISIS-Libya', 'Islamic State Libya Province'], fr: ['État islamique en Libye'], ar: ['تنظيم الدولة الإسلامية في ليبيا', 'داعش ليبيا', 'داعش في ليبيا'], country: 'LY', rel: [rel('affiliated-with', 'group:islamic-state')] },
  { id: 'is-sinai', en: ['Islamic State Sinai Province', 'Ansar Bayt al-Maqdis', 'Wilayat Sinai'], fr: ['Province du Sinaï', 'Ansar Beit al-Maqdis'], ar: ['ولاية سيناء', 'أنصار بيت المقدس'], country: 'EG', rel: [rel('affiliated-with', 'group:islamic-state')] },
  { id: 'al-shabaab', en: ['al-Shabaab', 'al-Shabab', 'Harakat al-Shabaab al-Mujahideen'], fr: ['Al-Chabab', 'Chabab', 'Shebab', 'Harakat al-Chabab al-Moudjahidin'], ar: ['حركة الشباب المجاهدين', 'حركة الشباب', 'حركة الشباب الصومالية'], country: 'SO', rel: [rel('affiliated-with', 'group:al-qaeda')] },
];

/**
 * Armed movements of northern Mali that are not designated terrorist groups;
 * they are threat actors only in the sense of armed non-state actors.
 */
const AZAWAD_MOVEMENTS: readonly ActorRow[] = [
  { id: 'mnla', en: ['National Movement for the Liberation of Azawad'], fr: ["Mouvement national de libération de l'Azawad"], ar: ['الحركة الوطنية لتحرير أزواد'], aka: ['MNLA'], country: 'ML', rel: [rel('affiliated-with', 'group:cma')] },
  { id: 'hcua', en: ['High Council for the Unity of Azawad'], fr: ["Haut Conseil pour l'unité de l'Azawad"], ar: ['المجلس الأعلى لوحدة أزواد'], aka: ['HCUA'], country: 'ML', rel: [rel('affiliated-with', 'group:cma')] },
  { id: 'maa', en: ['Arab Movement of Azawad'], fr: ["Mouvement arabe de l'Azawad"], ar: ['الحركة العربية الأزوادية'], aka: ['MAA'], country: 'ML' },
  { id: 'cma', en: ['Coordination of Azawad Movements'], fr: ["Coordination des mouvements de l'Azawad"], ar: ['تنسيقية الحركات الأزوادية', 'تنسيقية حركات أزواد'], aka: ['CMA'], country: 'ML', rel: [rel('merged-into', 'group:fla')] },
  { id: 'csp-psd', en: ['Permanent Strategic Framework for Peace, Security and Development'], fr: ['Cadre stratégique permanent pour la paix, la sécurité et le développement'], ar: ['الإطار الاستراتيجي الدائم للسلام والأمن والتنمية'], aka: ['CSP-PSD', 'CSP'], country: 'ML', rel: [rel('merged-into', 'group:fla')] },
  { id: 'fla', en: ['Azawad Liberation Front'], fr: ["Front de libération de l'Azawad"], ar: ['جبهة تحرير أزواد'], aka: ['FLA'], country: 'ML' },
];

/**
 * Rebel movements, militias and self-defence groups of the region: armed
 * non-state actors, not designated terrorist groups.
 */
const REBELS_AND_MILITIAS: readonly ActorRow[] = [
  { id: 'fact', en: ['Front for Change and Concord in Chad'], fr: ["Front pour l'alternance et la concorde au Tchad"], ar: ['جبهة التناوب والوفاق في تشاد', 'جبهة الوفاق من أجل التغيير في تشاد', 'جبهة التغيير والوفاق في تشاد'], aka: ['FACT'], country: 'TD' },
  { id: 'ccmsr', en: ['Military Command Council for the Salvation of the Republic'], fr: ['Conseil de commandement militaire pour le salut de la République'], ar: ['مجلس القيادة العسكرية لإنقاذ الجمهورية'], aka: ['CCMSR'], country: 'TD' },
  { id: 'ufr', en: ['Union of Resistance Forces'], fr: ['Union des forces de la résistance'], ar: ['اتحاد قوى المقاومة'], aka: ['UFR'], country: 'TD' },
  { id: 'ufdd', en: ['Union of Forces for Democracy and Development'], fr: ['Union des forces pour la démocratie et le développement'], ar: ['اتحاد القوى من أجل الديمقراطية والتنمية'], aka: ['UFDD'], country: 'TD' },
  { id: 'dan-na-ambassagou', en: ['Dan Na Ambassagou'], fr: ['Dan Na Ambassagou', 'Dana Ambassagou'], ar: ['دان نا أمباساغو', 'دان نا امباساغو'], country: 'ML' },
  { id: 'gatia', en: ['Imghad Tuareg Self-Defense Group and Allies'], fr: ["Groupe d'autodéfense touareg Imghad et alliés"], ar: ['مجموعة الدفاع الذاتي للطوارق إمغاد وحلفائهم'], aka: ['GATIA'], country: 'ML' },
  { id: 'msa', en: ['Movement for the Salvation of Azawad'], fr: ["Mouvement pour le salut de l'Azawad"], ar: ['حركة إنقاذ أزواد'], aka: ['MSA'], country: 'ML' },
  { id: 'koglweogo', en: ['Koglweogo'], fr: ['Koglweogo', 'Koglwéogo'], ar: ['كوغلويوغو'], country: 'BF' },
  { id: 'rsf-sudan', en: ['Rapid Support Forces'], fr: ['Forces de soutien rapide'], ar: ['قوات الدعم السريع'], aka: ['RSF', 'FSR'], country: 'SD' },
];

/** Keys of the groups that are not designated terrorist organisations. */
export const NON_TERRORIST_GROUPS: ReadonlySet<string> = new Set([...AZAWAD_MOVEMENTS, ...REBELS_AND_MILITIAS].map((row) => `group:${row.id}`));

/** Armed groups keyed `group:*`. */
export const ARMED_GROUPS = [...JIHADIST, ...AZAWAD_MOVEMENTS, ...REBELS_AND_MILITIAS].map((row) => threatActor('group', row));
