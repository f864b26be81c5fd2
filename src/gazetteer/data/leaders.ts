/**
 * Well-known leaders of the armed groups in data/armed-groups.ts, with their
 * kunyas and real names as aliases where these are public, and `leads`
 * relations to the groups they led (past or present: the relation carries no
 * dates).
 */
import { rel, threatActor, type ActorRow } from '../build.js';

const ROWS: readonly ActorRow[] = [
  { id: 'abdelmalek-droukdel', en: ['Abdelmalek Droukdel', 'Abdelmalek Droukdal'], fr: ['Abdelmalek Droukdel', 'Abdelmalek Droukdal'], ar: ['عبد الملك درودكال', 'عبد المالك دروكدال', 'عبد الملك دروكدال'], aka: ['Abu Musab Abdel Wadoud', 'Abou Moussab Abdelwadoud', "Abu Mus'ab 'Abd al-Wadud", 'أبو مصعب عبد الودود'], country: 'DZ', rel: [rel('leads', 'group:aqim'), rel('leads', 'group:gspc')] },
  { id: 'abu-ubaydah-al-annabi', en: ['Abu Ubaydah Yusuf al-Annabi'], fr: ['Abou Obeida Youssef al-Annabi'], ar: ['أبو عبيدة يوسف العنابي'], aka: ['Yazid Mebrak', 'يزيد مبارك', 'Yusuf al-Anabi'], country: 'DZ', rel: [rel('leads', 'group:aqim')] },
  { id: 'hassan-hattab', en: ['Hassan Hattab'], ar: ['حسان حطاب'], country: 'DZ', rel: [rel('leads', 'group:gspc')] },
  { id: 'antar-zouabri', en: ['Antar Zouabri'], ar: ['عنتر زوابري'], country: 'DZ', rel: [rel('leads', 'group:gia')] },
  { id: 'iyad-ag-ghaly', en: ['Iyad Ag Ghaly', 'Iyad ag Ghali'], fr: ['Iyad Ag Ghaly'], ar: ['إياد أغ غالي', 'إياد آغ غالي', 'إياد اغ غالي'], aka: ['Abu al-Fadl', 'Abou Fadl', 'أبو الفضل'], country: 'ML', rel: [rel('leads', 'group:ansar-dine'), rel('leads', 'group:jnim')] },
  { id: 'mokhtar-belmokhtar', en: ['Mokhtar Belmokhtar'], ar: ['مختار بلمختار'], aka: ['Khaled Abu al-Abbas', 'Khalid Abu al-Abbas', 'خالد أبو العباس', 'Belaouar', 'Laaouar', 'Le Borgne', 'the One-Eyed', 'Mr Marlboro', 'بلعور', 'الأعور'], country: 'DZ', rel: [rel('leads', 'group:signed-in-blood'), rel('leads', 'group:al-mourabitoun')] },
  { id: 'seifallah-ben-hassine', en: ['Seifallah Ben Hassine'], fr: ['Seifallah Ben Hassine', 'Seif Allah Ben Hassine'], ar: ['سيف الله بن حسين'], aka: ['Abu Iyadh', 'Abou Iyadh', 'Abu Iyadh al-Tunisi', 'أبو عياض', 'أبو عياض التونسي'], country: 'TN', rel: [rel('leads', 'group:ansar-al-sharia-tunisia')] },
  { id: 'abu-bakr-al-baghdadi', en: ['Abu Bakr al-Baghdadi'], fr: ['Abou Bakr al-Baghdadi'], ar: ['أبو بكر البغدادي'], aka: ['Ibrahim Awad Ibrahim al-Badri', 'إبراهيم عواد إبراهيم البدري', "Abu Du'a", 'أبو دعاء'], country: 'IQ', rel: [rel('leads', 'group:islamic-state')] },
  { id: 'adnan-abu-walid-al-sahrawi', en: ['Adnan Abu Walid al-Sahrawi', 'Abu Walid al-Sahrawi'], fr: ['Adnan Abou Walid al-Sahraoui', 'Abou Walid al-Sahraoui'], ar: ['عدنان أبو وليد الصحراوي', 'أبو وليد الصحراوي'], rel: [rel('leads', 'group:is-sahel'), rel('affiliated-with', 'group:mujao')] },
  { id: 'amadou-koufa', en: ['Amadou Koufa', 'Hamadoun Koufa', 'Amadou Kouffa'], fr: ['Amadou Koufa', 'Hamadoun Kouffa'], ar: ['أمادو كوفا', 'أمادو كوفة', 'حمدون كوفا'], country: 'ML', rel: [rel('leads', 'group:katiba-macina'), rel('affiliated-with', 'group:jnim')] },
  { id: 'abubakar-shekau', en: ['Abubakar Shekau'], fr: ['Abubakar Shekau', 'Aboubakar Shekau'], ar: ['أبو بكر شيكاو', 'أبوبكر شيكاو', 'أبو بكر شكاو'], country: 'NG', rel: [rel('leads', 'group:boko-haram')] },
  { id: 'abu-musab-al-barnawi', en: ['Abu Musab al-Barnawi'], fr: ['Abou Mosab al-Barnaoui'], ar: ['أبو مصعب البرناوي'], aka: ['Habib Yusuf', 'حبيب يوسف'], country: 'NG', rel: [rel('leads', 'group:iswap')] },
  { id: 'khalid-al-barnawi', en: ['Khalid al-Barnawi'], fr: ['Khalid al-Barnaoui'], ar: ['خالد البرناوي'], country: 'NG', rel: [rel('leads', 'group:ansaru')] },
  { id: 'ibrahim-malam-dicko', en: ['Ibrahim Malam Dicko'], ar: ['إبراهيم مالام ديكو'], country: 'BF', rel: [rel('leads', 'group:ansarul-islam')] },
  { id: 'jafar-dicko', en: ['Jafar Dicko'], fr: ['Jafar Dicko', 'Djaffar Dicko'], ar: ['جعفر ديكو'], country: 'BF', rel: [rel('leads', 'group:ansarul-islam')] },
  { id: 'abdelhamid-abou-zeid', en: ['Abdelhamid Abou Zeid', 'Abdelhamid Abu Zeid'], fr: ['Abdelhamid Abou Zeid'], ar: ['عبد الحميد أبو زيد'], aka: ['Mohamed Ghedir', 'محمد غدير'], country: 'DZ', rel: [rel('leads', 'group:tariq-ibn-ziyad')] },
  { id: 'yahya-abu-al-hammam', en: ['Yahya Abu al-Hammam'], fr: ['Yahya Abou el-Hammam'], ar: ['يحيى أبو الهمام'], aka: ['Djamel Okacha', 'جمال عكاشة'], country: 'DZ', rel: [rel('leads', 'group:aqim-sahara-emirate'), rel('affiliated-with', 'group:jnim')] },
  { id: 'lokmane-abou-sakhr', en: ['Lokmane Abou Sakhr'], fr: ['Lokmane Abou Sakhr'], ar: ['لقمان أبو صخر'], aka: ['Khaled Chaib', 'خالد الشايب'], country: 'DZ', rel: [rel('leads', 'group:okba-ibn-nafaa')] },
  { id: 'abdelmalek-gouri', en: ['Abdelmalek Gouri'], ar: ['عبد المالك قوري'], aka: ['Khaled Abu Suleimane', 'Khaled Abou Souleimane', 'خالد أبو سليمان'], country: 'DZ', rel: [rel('leads', 'group:jund-al-khilafa-algeria')] },
  { id: 'mohamed-al-zahawi', en: ['Mohamed al-Zahawi', 'Muhammad al-Zahawi'], ar: ['محمد الزهاوي'], country: 'LY', rel: [rel('leads', 'group:ansar-al-sharia-libya')] },
  { id: 'sultan-ould-badi', en: ['Sultan Ould Badi', 'Sultan Ould Bady'], ar: ['سلطان ولد بادي'], country: 'ML', rel: [rel('leads', 'group:katiba-salaheddine')] },
  { id: 'ayman-al-zawahiri', en: ['Ayman al-Zawahiri'], ar: ['أيمن الظواهري'], country: 'EG', rel: [rel('leads', 'group:al-qaeda')] },
  { id: 'osama-bin-laden', en: ['Osama bin Laden', 'Usama bin Ladin'], fr: ['Oussama ben Laden'], ar: ['أسامة بن لادن'], country: 'SA', rel: [rel('leads', 'group:al-qaeda')] },
];

/** Leaders keyed `person:*`. */
export const LEADERS = ROWS.map((row) => threatActor('individual', row));
