/**
 * Organisations often named as actors in the region's security reporting:
 * joint staffs, national armed forces, missions and operations, regional and
 * international bodies, and research centres.
 */
import { organisation, rel, type ActorRow } from '../build.js';

const SECURITY: readonly ActorRow[] = [
  { id: 'cemoc', en: ['Joint Operational Staff Committee', 'Joint Military Staff Committee of the Sahel Region'], fr: ["Comité d'état-major opérationnel conjoint"], ar: ['لجنة الأركان العملياتية المشتركة', 'لجنة الأركان العملياتية المشتركة لدول الميدان', 'قيادة الأركان العملياتية المشتركة', 'قيادة أركان جيوش دول الميدان', 'قيادة أركان جيوش دول الساحل'], aka: ['CEMOC'], country: 'DZ', at: [22.785, 5.5228], rel: [rel('located-at', 'place:dz-tamanrasset')] },
  { id: 'ufl', en: ['Fusion and Liaison Unit'], fr: ['Unité de fusion et de liaison'], ar: ['وحدة الدمج والاتصال'], aka: ['UFL'], country: 'DZ', rel: [rel('located-at', 'place:dz-algiers')] },
  { id: 'algerian-army', en: ["People's National Army", 'Algerian Army', 'Algerian Armed Forces'], fr: ['Armée nationale populaire', 'armée algérienne'], ar: ['الجيش الوطني الشعبي', 'الجيش الجزائري'], aka: ['ANP'], country: 'DZ' },
  { id: 'algerian-gendarmerie', en: ['Algerian National Gendarmerie', 'Algerian gendarmerie'], fr: ['Gendarmerie nationale algérienne', 'gendarmerie algérienne'], ar: ['الدرك الوطني الجزائري', 'الدرك الجزائري'], country: 'DZ' },
  { id: 'fama', en: ['Malian Armed Forces', 'Malian army'], fr: ['Forces armées maliennes', 'armée malienne'], ar: ['القوات المسلحة المالية', 'الجيش المالي'], aka: ['FAMa', 'FAMA'], country: 'ML' },
  { id: 'niger-armed-forces', en: ['Niger Armed Forces', 'Nigerien army'], fr: ['Forces armées nigériennes', 'armée nigérienne'], ar: ['القوات المسلحة النيجرية', 'الجيش النيجري'], aka: ['FAN'], country: 'NE' },
  { id: 'mauritanian-army', en: ['Mauritanian Armed Forces', 'Mauritanian army'], fr: ['Forces armées mauritaniennes', 'armée mauritanienne'], ar: ['الجيش الموريتاني', 'القوات المسلحة الموريتانية', 'الجيش الوطني الموريتاني'], country: 'MR' },
  { id: 'mauritanian-gendarmerie', en: ['Mauritanian National Gendarmerie', 'Mauritanian gendarmerie'], fr: ['Gendarmerie nationale mauritanienne', 'gendarmerie mauritanienne'], ar: ['الدرك الوطني الموريتاني', 'الدرك الموريتاني'], country: 'MR' },
  { id: 'burkina-army', en: ['Burkina Faso Armed Forces', 'Burkinabe army'], fr: ['Forces armées nationales du Burkina Faso', 'armée burkinabè'], ar: ['الجيش البوركيني', 'القوات المسلحة البوركينية'], country: 'BF' },
  { id: 'chadian-army', en: ['Chadian National Army', 'Chadian army'], fr: ['Armée nationale tchadienne', 'armée tchadienne'], ar: ['الجيش التشادي', 'الجيش الوطني التشادي'], aka: ['ANT'], country: 'TD' },
  // A state-backed vigilante force: an organisation beside the army, not an armed group.
  { id: 'cjtf', en: ['Civilian Joint Task Force'], fr: ['Force civile conjointe'], ar: ['قوة المهام المشتركة المدنية'], aka: ['CJTF'], country: 'NG' },
  { id: 'nigerian-army', en: ['Nigerian Army'], fr: ['armée nigériane'], ar: ['الجيش النيجيري'], country: 'NG' },
  { id: 'tunisian-army', en: ['Tunisian Armed Forces', 'Tunisian army'], fr: ['Forces armées tunisiennes', 'armée tunisienne'], ar: ['الجيش التونسي', 'القوات المسلحة التونسية', 'الجيش الوطني التونسي'], country: 'TN' },
  { id: 'tunisian-national-guard', en: ['Tunisian National Guard'], fr: ['Garde nationale tunisienne', 'garde nationale tunisienne'], ar: ['الحرس الوطني التونسي'], country: 'TN' },
  { id: 'lna', en: ['Libyan National Army', 'Libyan Arab Armed Forces'], fr: ['Armée nationale libyenne'], ar: ['الجيش الوطني الليبي', 'القوات المسلحة العربية الليبية'], aka: ['LNA', 'ANL'], country: 'LY' },
  { id: 'far-morocco', en: ['Royal Armed Forces', 'Moroccan army'], fr: ['Forces armées royales', 'armée marocaine'], ar: ['القوات المسلحة الملكية', 'الجيش المغربي'], aka: ['FAR'], country: 'MA' },
  { id: 'french-army', en: ['French Armed Forces', 'French army'], fr: ['armée française', 'Forces armées françaises'], ar: ['الجيش الفرنسي', 'القوات الفرنسية'], country: 'FR' },
  // Russian state-backed forces deployed beside the Sahel armies: like the national forces, an organisation.
  { id: 'wagner', en: ['Wagner Group', 'Wagner'], fr: ['groupe Wagner', 'Wagner'], ar: ['مجموعة فاغنر', 'فاغنر'], country: 'RU' },
  { id: 'africa-corps', en: ['Africa Corps'], fr: ['Africa Corps'], ar: ['الفيلق الأفريقي', 'الفيلق الإفريقي'], country: 'RU', rel: [rel('affiliated-with', 'org:wagner')] },
  { id: 'operation-barkhane', en: ['Operation Barkhane', 'Barkhane'], fr: ['opération Barkhane', 'force Barkhane', 'Barkhane'], ar: ['عملية برخان', 'قوة برخان', 'برخان'], country: 'FR' },
  { id: 'operation-serval', en: ['Operation Serval'], fr: ['opération Serval'], ar: ['عملية سرفال', 'عملية سيرفال'], country: 'FR' },
  { id: 'takuba', en: ['Task Force Takuba'], fr: ['task force Takuba', 'force Takuba'], ar: ['قوة تاكوبا'] },
  { id: 'minusma', en: ['United Nations Multidimensional Integrated Stabilization Mission in Mali'], fr: ['Mission multidimensionnelle intégrée des Nations unies pour la stabilisation au Mali'], ar: ['بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي', 'بعثة الأمم المتحدة في مالي', 'مينوسما'], aka: ['MINUSMA'], country: 'ML' },
  { id: 'g5-sahel', en: ['G5 Sahel', 'Group of Five for the Sahel'], fr: ['G5 Sahel'], ar: ['مجموعة دول الساحل الخمس', 'مجموعة الساحل الخمس'], aka: ['G5S'] },
  { id: 'g5-sahel-joint-force', en: ['G5 Sahel Joint Force'], fr: ['Force conjointe du G5 Sahel'], ar: ['القوة المشتركة لمجموعة دول الساحل الخمس'], aka: ['FC-G5S'], rel: [rel('affiliated-with', 'org:g5-sahel')] },
  { id: 'mnjtf', en: ['Multinational Joint Task Force'], fr: ['Force multinationale mixte'], ar: ['القوة المشتركة متعددة الجنسيات'], aka: ['MNJTF', 'FMM'] },
  { id: 'aes', en: ['Alliance of Sahel States', 'Confederation of Sahel States'], fr: ['Alliance des États du Sahel', 'Confédération des États du Sahel'], ar: ['تحالف دول الساحل', 'كونفدرالية دول الساحل'], aka: ['AES'] },
  { id: 'africom', en: ['United States Africa Command', 'US Africa Command'], fr: ["Commandement des États-Unis pour l'Afrique"], ar: ['القيادة الأمريكية في أفريقيا', 'القيادة العسكرية الأمريكية لأفريقيا', 'أفريكوم'], aka: ['AFRICOM'], country: 'US' },
  { id: 'interpol', en: ['Interpol', 'International Criminal Police Organization'], fr: ['Interpol', 'Organisation internationale de police criminelle'], ar: ['الإنتربول', 'المنظمة الدولية للشرطة الجنائية'], aka: ['ICPO'] },
  { id: 'europol', en: ['Europol', 'European Union Agency for Law Enforcement Cooperation'], fr: ['Europol'], ar: ['يوروبول', 'الشرطة الأوروبية'] },
  { id: 'afripol', en: ['Afripol', 'African Union Mechanism for Police Cooperation'], fr: ['Afripol'], ar: ['أفريبول', 'آلية الاتحاد الأفريقي للتعاون الشرطي'], country: 'DZ', rel: [rel('located-at', 'place:dz-algiers')] },
];

const INSTITUTIONS: readonly ActorRow[] = [
  { id: 'united-nations', en: ['United Nations'], fr: ['Nations unies', 'Organisation des Nations unies'], ar: ['الأمم المتحدة', 'منظمة الأمم المتحدة'], aka: ['UN', 'ONU'] },
  // United Nations agencies and the humanitarian organisations whose figures the press quotes.
  { id: 'unhcr', en: ['UN High Commissioner for Refugees', 'United Nations High Commissioner for Refugees', 'UN refugee agency'], fr: ['Haut-Commissariat des Nations unies pour les réfugiés', 'Haut Commissariat des Nations unies pour les réfugiés'], ar: ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية الأمم المتحدة لشؤون اللاجئين', 'المفوضية الأممية لشؤون اللاجئين'], aka: ['UNHCR', 'HCR'], rel: [rel('affiliated-with', 'org:united-nations')] },
  { id: 'iom', en: ['International Organization for Migration'], fr: ['Organisation internationale pour les migrations'], ar: ['المنظمة الدولية للهجرة'], aka: ['IOM', 'OIM'], rel: [rel('affiliated-with', 'org:united-nations')] },
  { id: 'ocha', en: ['UN Office for the Coordination of Humanitarian Affairs', 'Office for the Coordination of Humanitarian Affairs'], fr: ['Bureau de la coordination des affaires humanitaires'], ar: ['مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'مكتب تنسيق الشؤون الإنسانية'], aka: ['OCHA'], rel: [rel('affiliated-with', 'org:united-nations')] },
  { id: 'unicef', en: ['UNICEF', "United Nations Children's Fund"], fr: ["Fonds des Nations unies pour l'enfance"], ar: ['منظمة الأمم المتحدة للطفولة', 'اليونيسف', 'يونيسف'], aka: ['UNICEF'], rel: [rel('affiliated-with', 'org:united-nations')] },
  { id: 'wfp', en: ['World Food Programme'], fr: ['Programme alimentaire mondial'], ar: ['برنامج الأغذية العالمي'], aka: ['WFP', 'PAM'], rel: [rel('affiliated-with', 'org:united-nations')] },
  { id: 'unodc', en: ['UN Office on Drugs and Crime', 'United Nations Office on Drugs and Crime'], fr: ['Office des Nations unies contre la drogue et le crime'], ar: ['مكتب الأمم المتحدة المعني بالمخدرات والجريمة'], aka: ['UNODC', 'ONUDC'], rel: [rel('affiliated-with', 'org:united-nations')] },
  { id: 'icrc', en: ['International Committee of the Red Cross'], fr: ['Comité international de la Croix-Rouge'], ar: ['اللجنة الدولية للصليب الأحمر'], aka: ['ICRC', 'CICR'] },
  { id: 'msf', en: ['Doctors Without Borders', 'Médecins Sans Frontières'], fr: ['Médecins sans frontières'], ar: ['أطباء بلا حدود', 'منظمة أطباء بلا حدود'], aka: ['MSF'] },
  { id: 'hrw', en: ['Human Rights Watch'], fr: ['Human Rights Watch'], ar: ['هيومن رايتس ووتش', 'منظمة هيومن رايتس ووتش'], aka: ['HRW'] },
  { id: 'amnesty', en: ['Amnesty International'], fr: ['Amnesty International'], ar: ['منظمة العفو الدولية', 'العفو الدولية'] },
  { id: 'un-security-council', en: ['United Nations Security Council', 'UN Security Council'], fr: ['Conseil de sécurité des Nations unies'], ar: ['مجلس الأمن الدولي', 'مجلس الأمن'], aka: ['UNSC'], rel: [rel('affiliated-with', 'org:united-nations')] },
  { id: 'african-union', en: ['African Union'], fr: ['Union africaine'], ar: ['الاتحاد الأفريقي', 'الاتحاد الإفريقي'], aka: ['AU', 'UA'] },
  { id: 'ecowas', en: ['Economic Community of West African States'], fr: ["Communauté économique des États de l'Afrique de l'Ouest"], ar: ['المجموعة الاقتصادية لدول غرب أفريقيا', 'المجموعة الاقتصادية لدول غرب إفريقيا', 'إيكواس'], aka: ['ECOWAS', 'CEDEAO'] },
  { id: 'arab-maghreb-union', en: ['Arab Maghreb Union'], fr: ['Union du Maghreb arabe'], ar: ['اتحاد المغرب العربي'], aka: ['AMU', 'UMA'] },
  { id: 'arab-league', en: ['Arab League', 'League of Arab States'], fr: ['Ligue arabe', 'Ligue des États arabes'], ar: ['جامعة الدول العربية', 'الجامعة العربية'] },
  { id: 'european-union', en: ['European Union'], fr: ['Union européenne'], ar: ['الاتحاد الأوروبي'], aka: ['EU', 'UE'] },
  { id: 'nato', en: ['NATO', 'North Atlantic Treaty Organization'], fr: ['OTAN', "Organisation du traité de l'Atlantique nord"], ar: ['حلف شمال الأطلسي', 'الناتو', 'حلف الناتو'] },
  { id: 'caert', en: ['African Centre for the Study and Research on Terrorism'], fr: ["Centre africain d'études et de recherche sur le terrorisme"], ar: ['المركز الإفريقي للدراسات والبحوث حول الإرهاب', 'المركز الأفريقي للدراسات والبحوث حول الإرهاب'], aka: ['ACSRT', 'CAERT'], country: 'DZ', rel: [rel('located-at', 'place:dz-algiers')] },
  { id: 'csis', en: ['Center for Strategic and International Studies'], fr: ["Centre d'études stratégiques et internationales"], ar: ['مركز الدراسات الإستراتيجية والدولية', 'مركز الدراسات الاستراتيجية والدولية'], aka: ['CSIS'], country: 'US' },
  { id: 'crisis-group', en: ['International Crisis Group', 'Crisis Group'], fr: ['International Crisis Group'], ar: ['مجموعة الأزمات الدولية'], aka: ['ICG'] },
  { id: 'acled', en: ['Armed Conflict Location & Event Data', 'ACLED'], fr: ['ACLED'], ar: ['مشروع بيانات مواقع وأحداث النزاعات المسلحة'] },
  { id: 'carnegie-mec', en: ['Malcolm H. Kerr Carnegie Middle East Center', 'Carnegie Middle East Center'], fr: ['Centre Carnegie pour le Moyen-Orient'], ar: ['مركز مالكوم كير–كارنيغي للشرق الأوسط', 'مركز كارنيغي للشرق الأوسط'], country: 'LB' },
  { id: 'ctc-west-point', en: ['Combating Terrorism Center at West Point'], fr: ['Combating Terrorism Center de West Point'], ar: ['مركز مكافحة الإرهاب في ويست بوينت'], aka: ['CTC'], country: 'US' },
  { id: 'site-intelligence', en: ['SITE Intelligence Group'], fr: ['SITE Intelligence Group'], ar: ['مجموعة سايت للاستخبارات', 'مجموعة سايت'], country: 'US' },
];

/** Organisations keyed `org:*`. */
export const ORGANISATIONS = [...SECURITY, ...INSTITUTIONS].map(organisation);
