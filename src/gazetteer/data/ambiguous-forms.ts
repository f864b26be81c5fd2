/**
 * Forms the extractor should not take at face value: ordinary words and given
 * names that are also entry names («مالي» is Mali and "financial"), names that
 * several entries share, capitals that share their country's name, and short
 * abbreviations that collide with common words. `candidates` lists the entries
 * the form may mean; the tests require every name shared by two entries of one
 * type to appear here.
 */
import type { Lang } from '../types.js';

export type AmbiguityReason =
  | 'common-word'
  | 'person-name'
  | 'shared-name'
  | 'country-and-capital'
  | 'place-elsewhere'
  | 'short-abbreviation'
  /** A name several entries go by that the gazetteer gives to none of them. */
  | 'generic-name';

export interface AmbiguousForm {
  readonly form: string;
  readonly lang: Lang | 'any';
  readonly reason: AmbiguityReason;
  /** Keys of the entries the form may refer to. */
  readonly candidates: readonly string[];
  /** What else the form means. */
  readonly note: string;
}

type Row = readonly [form: string, lang: Lang | 'any', reason: AmbiguityReason, candidates: string, note: string];

const ROWS: readonly Row[] = [
  // Shared by several entries
  ['Congo', 'en', 'shared-name', 'country:CD country:CG', 'both Congo republics'],
  ['ولاية أدرار', 'ar', 'shared-name', 'place:dz-wilaya-adrar place:mr-wilaya-adrar', 'Adrar wilaya in Algeria and in Mauritania'],
  ['Adrar', 'any', 'shared-name', 'place:dz-adrar place:mr-wilaya-adrar', "the Algerian town; also Mauritania's Adrar region and the Adrar des Ifoghas"],
  ['Tinzaouaten', 'any', 'shared-name', 'place:dz-tinzaouaten place:ml-tinzaouaten', 'twin border towns in Algeria and Mali'],
  ['Tin Zaouaten', 'any', 'shared-name', 'place:dz-tinzaouaten place:ml-tinzaouaten', 'twin border towns in Algeria and Mali'],
  ['العيون', 'ar', 'shared-name', 'place:eh-laayoune place:mr-aioun', "Laayoune (Western Sahara) and Aïoun (Mauritania); also 'the eyes, the springs'"],
  ['باما', 'ar', 'shared-name', 'place:ng-bama place:bf-pama', 'Bama (Nigeria) and Pama (Burkina Faso)'],
  ['ANP', 'any', 'shared-name', 'org:algerian-army org:anp-niger', "Armée nationale populaire (Algeria) and Agence nigérienne de presse"],
  ['Illela', 'any', 'shared-name', 'place:ng-illela place:ne-illela', 'Illela (Sokoto, Nigeria) and Illéla (Tahoua, Niger)'],
  ['إيليلا', 'ar', 'shared-name', 'place:ng-illela place:ne-illela', 'Illela (Sokoto, Nigeria) and Illéla (Tahoua, Niger)'],
  ['أدري', 'ar', 'shared-name', 'place:td-adre place:ly-idri', 'Adré (Chad) «أدري» and Idri (Libya) «إدري» differ only in the hamza seat'],
  ['Fada', 'any', 'shared-name', 'place:td-fada place:bf-fada', "Fada (Chad) and the short form of Fada N'Gourma (Burkina Faso)"],
  ['جند الخلافة', 'ar', 'generic-name', 'group:jund-al-khilafa-algeria group:jund-al-khilafa-tunisia', 'IS-aligned groups of that name in Algeria and Tunisia'],
  ['Jund al-Khilafa', 'any', 'generic-name', 'group:jund-al-khilafa-algeria group:jund-al-khilafa-tunisia', 'IS-aligned groups of that name in Algeria and Tunisia'],
  ['أنصار الشريعة', 'ar', 'generic-name', 'group:ansar-al-sharia-tunisia group:ansar-al-sharia-libya', 'Tunisian, Libyan (and Yemeni) groups of that name'],
  ['Ansar al-Sharia', 'any', 'generic-name', 'group:ansar-al-sharia-tunisia group:ansar-al-sharia-libya', 'Tunisian, Libyan (and Yemeni) groups of that name'],
  // A country and its capital
  ['الجزائر', 'ar', 'country-and-capital', 'country:DZ place:dz-algiers', 'Algeria and Algiers'],
  ['تونس', 'ar', 'country-and-capital', 'country:TN place:tn-tunis', 'Tunisia and Tunis'],
  ['مصر', 'ar', 'country-and-capital', 'country:EG', 'Egypt; in Egyptian usage also Cairo'],
  // A place of the same name outside the gazetteer
  ['طرابلس', 'ar', 'place-elsewhere', 'place:ly-tripoli', 'also Tripoli in Lebanon'],
  ['Tripoli', 'any', 'place-elsewhere', 'place:ly-tripoli', 'also Tripoli in Lebanon'],
  ['عمان', 'ar', 'place-elsewhere', 'country:OM place:jo-amman', 'Oman; unvocalised also Amman, capital of Jordan'],
  ['دار السلام', 'ar', 'place-elsewhere', 'place:tz-dar-es-salaam', "'abode of peace': an epithet of Baghdad, Brunei's name, towns in Sudan and Chad"],
  ['Niger', 'any', 'place-elsewhere', 'country:NE place:ng-state-niger', 'the country, the river and Niger State (Nigeria)'],
  ['أنصار الإسلام', 'ar', 'place-elsewhere', 'group:ansarul-islam', 'also the Iraqi Kurdish group Ansar al-Islam'],
  // Ordinary words
  ['مالي', 'ar', 'common-word', 'country:ML', "'financial'"],
  ['المالي', 'ar', 'common-word', 'country:ML', "'Malian' and 'the financial'"],
  ['المالية', 'ar', 'common-word', 'country:ML', "'Malian' (fem.) and 'finance', 'the financial'"],
  ['مالية', 'ar', 'common-word', 'country:ML', "'Malian' (fem.) and 'financial', 'finances'"],
  ['الماليين', 'ar', 'common-word', 'country:ML', "'Malians' and 'financial' (pl.)"],
  ['صينية', 'ar', 'common-word', 'country:CN', "'Chinese' (fem.) and 'tray'"],
  ['المغرب', 'ar', 'common-word', 'country:MA region:maghreb', "Morocco; the Maghreb; 'the west', 'sunset prayer'"],
  ['مغربي', 'ar', 'common-word', 'country:MA region:maghreb', "'Moroccan' and 'Maghrebi'"],
  ['صحراوي', 'ar', 'common-word', 'country:EH', "'Sahrawi' and 'of the desert'"],
  ['الصحراوي', 'ar', 'common-word', 'country:EH', "'Sahrawi' and 'of the desert'; also a nisba in names (al-Sahrawi)"],
  ['الصحراوية', 'ar', 'common-word', 'country:EH', "'Sahrawi' (fem.) and 'of the desert', 'Saharan' (desert tracks, regions)"],
  ['الساحل', 'ar', 'common-word', 'region:sahel', "'the coast'; also Tunisia's coastal Sahel"],
  ['الشام', 'ar', 'common-word', 'region:levant', 'the Levant; colloquially Damascus'],
  ['القاعدة', 'ar', 'common-word', 'group:al-qaeda', "'the base', 'the rule'"],
  ['الدولة الإسلامية', 'ar', 'common-word', 'group:islamic-state', "'an Islamic state' in general"],
  ['المرابطون', 'ar', 'common-word', 'group:al-mourabitoun', "the Almoravid dynasty; 'those stationed (at the frontier)'"],
  ['الجزيرة', 'ar', 'common-word', 'org:al-jazeera', "'the island'; the Jazira region"],
  ['الجديدة', 'ar', 'common-word', 'place:ma-el-jadida', "'the new' (feminine)"],
  ['البيضاء', 'ar', 'common-word', 'place:ly-bayda', "'the white' (feminine); part of «الدار البيضاء»"],
  ['البيض', 'ar', 'common-word', 'place:dz-el-bayadh', "'eggs', 'the white ones'"],
  ['الوادي', 'ar', 'common-word', 'place:dz-el-oued', "'the valley'"],
  ['النعامة', 'ar', 'common-word', 'place:dz-naama', "'the ostrich'"],
  ['النعمة', 'ar', 'common-word', 'place:mr-nema', "'the blessing'"],
  ['المدية', 'ar', 'common-word', 'place:dz-medea', "'the knife'"],
  ['معسكر', 'ar', 'common-word', 'place:dz-mascara', "'camp'"],
  ['المنيعة', 'ar', 'common-word', 'place:dz-el-meniaa', "'the impregnable'"],
  ['القنطرة', 'ar', 'common-word', 'place:dz-el-kantara', "'the arch, the bridge'; also Qantara in Egypt"],
  ['الخمس', 'ar', 'common-word', 'place:ly-khoms', "'the five', 'the fifth'"],
  ['المرج', 'ar', 'common-word', 'place:ly-marj', "'the meadow'"],
  ['الزاوية', 'ar', 'common-word', 'place:ly-zawiya', "'the corner', a Sufi lodge"],
  ['الكاف', 'ar', 'common-word', 'place:tn-kef', "the letter kaf"],
  ['قبلي', 'ar', 'common-word', 'place:tn-kebili', "'before me', 'southern'"],
  ['سوسة', 'ar', 'common-word', 'place:tn-sousse', "'woodworm'"],
  ['البحيرة', 'ar', 'common-word', 'place:td-province-lac', "'the lake'; also Beheira governorate (Egypt)"],
  ['سان', 'ar', 'common-word', 'place:ml-san', "'Saint' in transliterated names"],
  ['بير', 'ar', 'common-word', 'place:ml-ber', "a spelling of «بئر» 'well'"],
  ['درج', 'ar', 'common-word', 'place:ly-derj', "'stairs', 'drawer'; 'became customary'"],
  ['الرقاب', 'ar', 'common-word', 'place:tn-regueb', "'the necks'"],
  ['بنين', 'ar', 'common-word', 'country:BJ', "'sons, boys'"],
  ['قطر', 'ar', 'common-word', 'country:QA', "'diameter'"],
  ['Lac', 'fr', 'common-word', 'place:td-province-lac', "French 'lake'"],
  ['Bol', 'any', 'common-word', 'place:td-bol', "French 'bowl'"],
  ['Oriental', 'any', 'common-word', 'place:ma-region-oriental', "the adjective 'oriental'"],
  ['Turkey', 'en', 'common-word', 'country:TR', 'the bird'],
  ['Guinea', 'en', 'common-word', 'country:GN', 'part of Guinea-Bissau, Equatorial Guinea, Gulf of Guinea'],
  ['Georgia', 'en', 'place-elsewhere', 'country:GE', 'also the US state'],
  ['San', 'any', 'common-word', 'place:ml-san', "'Saint' in Spanish and Italian names"],
  ['Nara', 'any', 'place-elsewhere', 'place:ml-nara', 'also Nara in Japan'],
  ['مسقط', 'ar', 'common-word', 'place:om-muscat', "«مسقط رأس» 'birthplace'"],
  ['Le Cap', 'fr', 'common-word', 'place:za-cape-town', "'the cape', 'the milestone' («franchir le cap»)"],
  // Given names
  ['Chad', 'en', 'person-name', 'country:TD', 'a given name; also Lake Chad'],
  ['Jordan', 'en', 'person-name', 'country:JO', 'a given name; the river'],
  ['Kaya', 'any', 'person-name', 'place:bf-kaya', 'a given name and surname'],
  ['Dori', 'any', 'person-name', 'place:bf-dori', 'a given name'],
  ['Mao', 'any', 'person-name', 'place:td-mao', 'Mao Zedong'],
  ['Kita', 'any', 'person-name', 'place:ml-kita', 'a surname'],
  ['Victoria', 'any', 'person-name', 'place:sc-victoria', 'a given name; Lake Victoria, many towns'],
  ['فيكتوريا', 'ar', 'person-name', 'place:sc-victoria', 'a given name; Lake Victoria, many towns'],
  ['Juba', 'any', 'place-elsewhere', 'place:ss-juba', 'also the Juba river and Jubaland (Somalia)'],
  ['سعيدة', 'ar', 'person-name', 'place:dz-saida', "a given name; 'happy' (feminine)"],
  ['مسعد', 'ar', 'person-name', 'place:dz-messaad', 'a given name'],
  ['تركي', 'ar', 'person-name', 'country:TR', "'Turkish'; the given name Turki"],
  // Abbreviations that are common words
  ['IS', 'en', 'short-abbreviation', 'group:islamic-state', "the verb 'is'"],
  ['EI', 'fr', 'short-abbreviation', 'group:islamic-state', 'many other expansions'],
  ['US', 'en', 'short-abbreviation', 'country:US', "the pronoun 'us'"],
  ['UN', 'any', 'short-abbreviation', 'org:united-nations', "French 'un'"],
  ['AU', 'any', 'short-abbreviation', 'org:african-union', "French 'au'"],
  ['AP', 'any', 'short-abbreviation', 'org:ap', 'many other expansions'],
  ['FAN', 'any', 'short-abbreviation', 'org:niger-armed-forces', "English 'fan'"],
  ['FAR', 'any', 'short-abbreviation', 'org:far-morocco', "English 'far'"],
  ['MAP', 'any', 'short-abbreviation', 'org:map', "English 'map'"],
  ['TAP', 'any', 'short-abbreviation', 'org:tap', "English 'tap'"],
  ['AMI', 'any', 'short-abbreviation', 'org:ami', "French 'ami'"],
  ['ANT', 'any', 'short-abbreviation', 'org:chadian-army', "English 'ant'"],
  ['CSP', 'any', 'short-abbreviation', 'group:csp-psd', 'many other expansions'],
];

/** Forms to treat with care, for the extractor (see module comment). */
export const AMBIGUOUS_FORMS: readonly AmbiguousForm[] = ROWS.map(([form, lang, reason, candidates, note]) => ({
  form, lang, reason, candidates: candidates.split(' '), note,
}));
