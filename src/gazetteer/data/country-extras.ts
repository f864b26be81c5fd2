/**
 * What news text calls countries beyond the names `i18n-iso-countries` ships:
 * Arabic article and long forms, common short English names, French forms
 * without the official hyphenation, and the adjective (demonym) stems of the
 * countries of the region and of others frequently named in reporting.
 */
export interface CountryExtra {
  /** English display name when the package's first name is a long official one. */
  readonly canonical?: string;
  readonly ar?: readonly string[];
  readonly fr?: readonly string[];
  readonly en?: readonly string[];
  /** Bare masculine Arabic nisba stems, inflected by `arabicNisba`. */
  readonly arNisba?: readonly string[];
  /** Arabic forms the nisba rule does not produce (broken plurals). */
  readonly arAdj?: readonly string[];
  /** French masculine singular stems, inflected by `frenchAdjective`, or full lists via `frAdjFull`. */
  readonly frAdj?: readonly string[];
  readonly frAdjFull?: readonly string[];
  readonly enAdj?: readonly string[];
}

export const COUNTRY_EXTRAS: Readonly<Record<string, CountryExtra>> = {
  DZ: { ar: ['الجمهورية الجزائرية', 'الجمهورية الجزائرية الديمقراطية الشعبية'], fr: ['République algérienne'], en: ["People's Democratic Republic of Algeria"], arNisba: ['جزائري'], frAdj: ['algérien'], enAdj: ['Algerian'] },
  TN: { ar: ['الجمهورية التونسية'], fr: ['République tunisienne'], arNisba: ['تونسي'], frAdj: ['tunisien'], enAdj: ['Tunisian'] },
  LY: { ar: ['دولة ليبيا'], fr: ['État de Libye'], en: ['State of Libya'], arNisba: ['ليبي'], frAdj: ['libyen'], enAdj: ['Libyan'] },
  ML: { ar: ['جمهورية مالي'], fr: ['République du Mali'], en: ['Republic of Mali'], arNisba: ['مالي'], frAdj: ['malien'], enAdj: ['Malian'] },
  MR: { ar: ['الجمهورية الإسلامية الموريتانية', 'موريتانيا الإسلامية'], fr: ['République islamique de Mauritanie'], en: ['Islamic Republic of Mauritania'], arNisba: ['موريتاني'], frAdj: ['mauritanien'], enAdj: ['Mauritanian'] },
  NE: { ar: ['جمهورية النيجر'], fr: ['République du Niger'], en: ['Republic of Niger'], arNisba: ['نيجري'], frAdj: ['nigérien'], enAdj: ['Nigerien'] },
  NG: { ar: ['جمهورية نيجيريا الاتحادية'], fr: ['Nigeria'], en: ['Federal Republic of Nigeria'], arNisba: ['نيجيري'], frAdj: ['nigérian', 'nigerian'], enAdj: ['Nigerian'] },
  MA: { ar: ['المملكة المغربية'], fr: ['Royaume du Maroc'], en: ['Kingdom of Morocco'], arNisba: ['مغربي'], frAdj: ['marocain'], enAdj: ['Moroccan'] },
  EH: { arNisba: ['صحراوي'], frAdj: ['sahraoui'], enAdj: ['Sahrawi', 'Saharawi'] },
  TD: { ar: ['جمهورية تشاد'], fr: ['République du Tchad'], en: ['Republic of Chad'], arNisba: ['تشادي'], frAdj: ['tchadien'], enAdj: ['Chadian'] },
  BF: { ar: ['بوركينافاسو'], fr: ['Burkina'], en: ['Burkina'], arNisba: ['بوركيني', 'بوركينابي'], frAdjFull: ['burkinabè', 'burkinabé', 'burkinabés', 'burkinabée', 'burkinabées'], enAdj: ['Burkinabe', 'Burkinabè'] },
  SD: { ar: ['جمهورية السودان'], arNisba: ['سوداني'], frAdj: ['soudanais'], enAdj: ['Sudanese'] },
  EG: { ar: ['جمهورية مصر العربية'], fr: ['Egypte'], arNisba: ['مصري'], frAdj: ['égyptien'], enAdj: ['Egyptian'] },
  SN: { arNisba: ['سنغالي'], frAdj: ['sénégalais'], enAdj: ['Senegalese'] },
  CM: { arNisba: ['كاميروني'], frAdj: ['camerounais'], enAdj: ['Cameroonian'] },
  BJ: { arNisba: ['بنيني'], frAdj: ['béninois'], enAdj: ['Beninese'] },
  TG: { arNisba: ['توغولي'], frAdj: ['togolais'], enAdj: ['Togolese'] },
  GH: { arNisba: ['غاني'], frAdj: ['ghanéen'], enAdj: ['Ghanaian'] },
  CI: { canonical: "Côte d'Ivoire", ar: ['كوت ديفوار'], fr: ["Côte d'Ivoire"], arNisba: ['إيفواري'], frAdj: ['ivoirien'], enAdj: ['Ivorian'] },
  GN: { ar: ['غينيا كوناكري'], fr: ['Guinée-Conakry'], en: ['Guinea-Conakry'], arNisba: ['غيني'], frAdj: ['guinéen'], enAdj: ['Guinean'] },
  CF: { ar: ['أفريقيا الوسطى', 'إفريقيا الوسطى', 'جمهورية إفريقيا الوسطى'], fr: ['Centrafrique'], en: ['CAR'], frAdj: ['centrafricain'], enAdj: ['Central African'] },
  CD: { canonical: 'Democratic Republic of the Congo', ar: ['الكونغو الديمقراطية'], fr: ['RDC', 'RD Congo'], en: ['DRC', 'DR Congo'] },
  CG: { canonical: 'Republic of the Congo', ar: ['الكونغو برازافيل'], fr: ['Congo-Brazzaville'], en: ['Congo-Brazzaville'] },
  ZA: { ar: ['جنوب إفريقيا'] },
  SS: { ar: ['دولة جنوب السودان'] },
  SO: { arNisba: ['صومالي'], frAdj: ['somalien'], enAdj: ['Somali'] },
  ET: { arNisba: ['إثيوبي'], frAdj: ['éthiopien'], enAdj: ['Ethiopian'] },
  ER: { arNisba: ['إريتري'], frAdj: ['érythréen'], enAdj: ['Eritrean'] },
  DJ: { frAdj: ['djiboutien'], enAdj: ['Djiboutian'] },
  KE: { arNisba: ['كيني'], frAdj: ['kényan'], enAdj: ['Kenyan'] },
  SY: { canonical: 'Syria', ar: ['سورية', 'الجمهورية العربية السورية'], en: ['Syria'], arNisba: ['سوري'], frAdj: ['syrien'], enAdj: ['Syrian'] },
  IQ: { ar: ['جمهورية العراق'], fr: ['Iraq'], arNisba: ['عراقي'], frAdj: ['irakien'], enAdj: ['Iraqi'] },
  SA: { ar: ['المملكة العربية السعودية'], fr: ['Arabie saoudite'], arNisba: ['سعودي'], frAdj: ['saoudien'], enAdj: ['Saudi'] },
  QA: { ar: ['دولة قطر'], arNisba: ['قطري'], frAdj: ['qatari'], enAdj: ['Qatari'] },
  AE: { canonical: 'United Arab Emirates', ar: ['الإمارات', 'دولة الإمارات'], fr: ['Émirats arabes unis', 'EAU'], arNisba: ['إماراتي'], frAdj: ['émirati'], enAdj: ['Emirati'] },
  KW: { ar: ['دولة الكويت'], arNisba: ['كويتي'], frAdj: ['koweïtien'], enAdj: ['Kuwaiti'] },
  BH: { ar: ['مملكة البحرين'], arNisba: ['بحريني'], frAdj: ['bahreïni'], enAdj: ['Bahraini'] },
  OM: { ar: ['سلطنة عمان'], arNisba: ['عماني'], frAdj: ['omanais'], enAdj: ['Omani'] },
  YE: { ar: ['الجمهورية اليمنية'], arNisba: ['يمني'], frAdj: ['yéménite'], enAdj: ['Yemeni'] },
  JO: { ar: ['المملكة الأردنية الهاشمية'], arNisba: ['أردني'], frAdj: ['jordanien'], enAdj: ['Jordanian'] },
  LB: { ar: ['الجمهورية اللبنانية'], arNisba: ['لبناني'], frAdj: ['libanais'], enAdj: ['Lebanese'] },
  PS: { canonical: 'Palestine', ar: ['دولة فلسطين'], fr: ['État de Palestine'], arNisba: ['فلسطيني'], frAdj: ['palestinien'], enAdj: ['Palestinian'] },
  IL: { arNisba: ['إسرائيلي'], frAdj: ['israélien'], enAdj: ['Israeli'] },
  TR: { canonical: 'Türkiye', ar: ['الجمهورية التركية'], fr: ['Türkiye'], arNisba: ['تركي'], arAdj: ['الأتراك'], frAdjFull: ['turc', 'turque', 'turcs', 'turques'], enAdj: ['Turkish'] },
  IR: { canonical: 'Iran', ar: ['الجمهورية الإسلامية الإيرانية'], fr: ["République islamique d'Iran"], arNisba: ['إيراني'], frAdj: ['iranien'], enAdj: ['Iranian'] },
  AF: { arNisba: ['أفغاني'], arAdj: ['الأفغان'], frAdj: ['afghan'], enAdj: ['Afghan'] },
  PK: { arNisba: ['باكستاني'], frAdj: ['pakistanais'], enAdj: ['Pakistani'] },
  FR: { ar: ['الجمهورية الفرنسية'], fr: ['République française'], en: ['French Republic'], arNisba: ['فرنسي'], frAdj: ['français'], enAdj: ['French'] },
  US: { canonical: 'United States', ar: ['الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية', 'أمريكا', 'أميركا'], fr: ['États-Unis', 'Etats-Unis', 'USA'], arNisba: ['أمريكي', 'أميركي'], frAdj: ['américain'], enAdj: ['American'] },
  GB: { ar: ['بريطانيا', 'بريطانيا العظمى'], fr: ['Grande-Bretagne'], en: ['Britain'], arNisba: ['بريطاني'], frAdj: ['britannique'], enAdj: ['British'] },
  RU: { canonical: 'Russia', ar: ['روسيا الاتحادية'], fr: ['Fédération de Russie'], arNisba: ['روسي'], arAdj: ['الروس'], frAdj: ['russe'], enAdj: ['Russian'] },
  DE: { arNisba: ['ألماني'], arAdj: ['الألمان'], frAdj: ['allemand'], enAdj: ['German'] },
  IT: { arNisba: ['إيطالي'], frAdj: ['italien'], enAdj: ['Italian'] },
  ES: { arNisba: ['إسباني'], arAdj: ['الإسبان'], frAdj: ['espagnol'], enAdj: ['Spanish'] },
  BE: { arNisba: ['بلجيكي'], frAdj: ['belge'], enAdj: ['Belgian'] },
  NL: { arNisba: ['هولندي'], frAdj: ['néerlandais'], enAdj: ['Dutch'] },
  CH: { arNisba: ['سويسري'], frAdj: ['suisse'], enAdj: ['Swiss'] },
  CA: { arNisba: ['كندي'], frAdj: ['canadien'], enAdj: ['Canadian'] },
  CN: { canonical: 'China', ar: ['جمهورية الصين الشعبية'], arNisba: ['صيني'], frAdj: ['chinois'], enAdj: ['Chinese'] },
  UA: { arNisba: ['أوكراني'], frAdj: ['ukrainien'], enAdj: ['Ukrainian'] },
  TZ: { canonical: 'Tanzania' },
  KR: { canonical: 'South Korea' },
  LA: { canonical: 'Laos' },
  MD: { canonical: 'Moldova' },
  TW: { canonical: 'Taiwan' },
  BN: { canonical: 'Brunei' },
  VA: { canonical: 'Vatican City' },
  FM: { canonical: 'Micronesia' },
  GM: { canonical: 'The Gambia' },
  MK: { canonical: 'North Macedonia' },
  CZ: { canonical: 'Czechia' },
};
