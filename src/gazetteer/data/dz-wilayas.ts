/**
 * Algeria's 69 wilayas and their seats. 1–48: law 84-09 (1984); 49–58: law
 * 19-12 (2019), in force since 2021; 59–69: the eleven delegated wilayas of the
 * High Plateaus and the South promoted by the Council of Ministers of
 * 16 November 2025 (law passed by parliament in December 2025; numbers as
 * announced then). Every wilaya is named after its seat; coordinates are the
 * seat's.
 */
import { unitsWithSeats, type AdminStyle, type SeatRow } from '../build.js';

export const WILAYA: AdminStyle = {
  segment: 'wilaya',
  ar: ['ولاية {}'],
  fr: ['wilaya de {}'],
  en: ['{} Province', 'Wilaya of {}'],
};

const ROWS: readonly SeatRow[] = [
  { id: 'adrar', en: 'Adrar', ar: 'أدرار', at: [27.8743, -0.2939] }, // 01
  { id: 'chlef', en: 'Chlef', ar: 'الشلف', aka: ['El Asnam', 'Ech Cheliff', 'الأصنام'], at: [36.1647, 1.3317] },
  { id: 'laghouat', en: 'Laghouat', ar: 'الأغواط', at: [33.8, 2.8651] },
  { id: 'oum-el-bouaghi', en: 'Oum El Bouaghi', ar: 'أم البواقي', at: [35.8775, 7.1136] },
  { id: 'batna', en: 'Batna', ar: 'باتنة', at: [35.5559, 6.1741] }, // 05
  { id: 'bejaia', en: 'Béjaïa', ar: 'بجاية', aka: ['Bejaia', 'Bougie', 'Vgayet'], at: [36.7509, 5.0567] },
  { id: 'biskra', en: 'Biskra', ar: 'بسكرة', at: [34.8504, 5.7281] },
  { id: 'bechar', en: 'Béchar', ar: 'بشار', aka: ['Bechar'], at: [31.6167, -2.2167] },
  { id: 'blida', en: 'Blida', ar: 'البليدة', at: [36.47, 2.8277] },
  { id: 'bouira', en: 'Bouira', ar: 'البويرة', at: [36.3749, 3.902] }, // 10
  { id: 'tamanrasset', en: 'Tamanrasset', ar: ['تمنراست', 'تامنغست', 'تمنغست'], aka: ['Tamanghasset', 'Tamenghest', 'Tamenghasset'], at: [22.785, 5.5228] },
  { id: 'tebessa', en: 'Tébessa', ar: 'تبسة', aka: ['Tebessa', 'Theveste'], at: [35.4043, 8.1242] },
  { id: 'tlemcen', en: 'Tlemcen', ar: 'تلمسان', at: [34.8783, -1.315] },
  { id: 'tiaret', en: 'Tiaret', ar: 'تيارت', aka: ['Tihert', 'تيهرت'], at: [35.3711, 1.3169] },
  { id: 'tizi-ouzou', en: 'Tizi Ouzou', ar: 'تيزي وزو', at: [36.7117, 4.0459] }, // 15
  { id: 'algiers', en: 'Algiers', fr: 'Alger', ar: 'الجزائر العاصمة', aka: ['Dzayer', 'El Djazaïr', 'El Bahdja', 'البهجة'], unitAka: ['ولاية الجزائر', "wilaya d'Alger"], at: [36.7538, 3.0588] },
  { id: 'djelfa', en: 'Djelfa', ar: 'الجلفة', at: [34.6728, 3.263] },
  { id: 'jijel', en: 'Jijel', ar: 'جيجل', at: [36.8205, 5.7667] },
  { id: 'setif', en: 'Sétif', ar: 'سطيف', aka: ['Setif', 'Stif'], at: [36.1911, 5.4137] },
  { id: 'saida', en: 'Saïda', ar: 'سعيدة', aka: ['Saida'], at: [34.8303, 0.1517] }, // 20
  { id: 'skikda', en: 'Skikda', ar: 'سكيكدة', aka: ['Philippeville'], at: [36.8762, 6.9092] },
  { id: 'sidi-bel-abbes', en: 'Sidi Bel Abbès', ar: 'سيدي بلعباس', aka: ['Sidi Bel Abbes', 'سيدي بل عباس'], at: [35.1899, -0.6309] },
  { id: 'annaba', en: 'Annaba', ar: 'عنابة', aka: ['Bône', 'Bona'], at: [36.9, 7.7667] },
  { id: 'guelma', en: 'Guelma', ar: 'قالمة', at: [36.4621, 7.4261] },
  { id: 'constantine', en: 'Constantine', ar: 'قسنطينة', aka: ['Qacentina', 'Cirta'], at: [36.365, 6.6147] }, // 25
  { id: 'medea', en: 'Médéa', ar: 'المدية', aka: ['Medea', 'Lemdiyya'], at: [36.2642, 2.7539] },
  { id: 'mostaganem', en: 'Mostaganem', ar: 'مستغانم', at: [35.9311, 0.0892] },
  { id: 'msila', en: "M'Sila", ar: 'المسيلة', aka: ['Msila', 'MSila'], at: [35.7058, 4.5419] },
  { id: 'mascara', en: 'Mascara', ar: 'معسكر', aka: ['Mouaskar'], at: [35.3969, 0.1403] },
  { id: 'ouargla', en: 'Ouargla', ar: 'ورقلة', aka: ['Wargla', 'Warqla'], at: [31.9493, 5.3250] }, // 30
  { id: 'oran', en: 'Oran', ar: 'وهران', aka: ['Wahran'], at: [35.6969, -0.6331] },
  { id: 'el-bayadh', en: 'El Bayadh', ar: 'البيض', aka: ['Géryville'], at: [33.6831, 1.0192] },
  { id: 'illizi', en: 'Illizi', ar: 'إليزي', aka: ['Fort Polignac', 'اليزي'], at: [26.4833, 8.4667] },
  { id: 'bordj-bou-arreridj', en: 'Bordj Bou Arréridj', ar: 'برج بوعريريج', aka: ['Bordj Bou Arreridj', 'BBA'], at: [36.0732, 4.7611] },
  { id: 'boumerdes', en: 'Boumerdès', ar: 'بومرداس', aka: ['Boumerdes'], at: [36.7664, 3.4772] }, // 35
  { id: 'el-tarf', en: 'El Tarf', ar: 'الطارف', at: [36.7672, 8.3138] },
  { id: 'tindouf', en: 'Tindouf', ar: 'تندوف', at: [27.6711, -8.1474] },
  { id: 'tissemsilt', en: 'Tissemsilt', ar: 'تيسمسيلت', at: [35.6072, 1.8108] },
  { id: 'el-oued', en: 'El Oued', ar: 'الوادي', aka: ['El-Oued', 'Oued Souf', 'وادي سوف'], at: [33.3683, 6.8674] },
  { id: 'khenchela', en: 'Khenchela', ar: 'خنشلة', at: [35.4358, 7.1433] }, // 40
  { id: 'souk-ahras', en: 'Souk Ahras', ar: 'سوق أهراس', at: [36.2864, 7.9511] },
  { id: 'tipaza', en: 'Tipaza', ar: 'تيبازة', aka: ['Tipasa'], at: [36.5894, 2.4475] },
  { id: 'mila', en: 'Mila', ar: 'ميلة', at: [36.4503, 6.2644] },
  { id: 'ain-defla', en: 'Aïn Defla', ar: 'عين الدفلى', aka: ['Ain Defla'], at: [36.2639, 1.9679] },
  { id: 'naama', en: 'Naâma', ar: 'النعامة', aka: ['Naama'], at: [33.2667, -0.3167] }, // 45
  { id: 'ain-temouchent', en: 'Aïn Témouchent', ar: 'عين تموشنت', aka: ['Ain Temouchent'], at: [35.2974, -1.1404] },
  { id: 'ghardaia', en: 'Ghardaïa', ar: 'غرداية', aka: ['Ghardaia'], at: [32.4909, 3.6735] },
  { id: 'relizane', en: 'Relizane', ar: 'غليزان', aka: ['Ighil Izane'], at: [35.7373, 0.5559] },
  { id: 'timimoun', en: 'Timimoun', ar: 'تيميمون', aka: ['Timimoune'], at: [29.2639, 0.231] }, // 49
  { id: 'bordj-badji-mokhtar', en: 'Bordj Badji Mokhtar', ar: 'برج باجي مختار', aka: ['Bordj Mokhtar', 'BBM'], at: [21.3289, 0.9481] },
  { id: 'ouled-djellal', en: 'Ouled Djellal', ar: 'أولاد جلال', at: [34.4167, 5.0667] },
  { id: 'beni-abbes', en: 'Béni Abbès', ar: 'بني عباس', aka: ['Beni Abbes'], at: [30.1308, -2.1686] },
  { id: 'in-salah', en: 'In Salah', ar: 'عين صالح', aka: ['Aïn Salah', 'Ain Salah', 'Insalah', 'إن صالح'], at: [27.1935, 2.4607] },
  { id: 'in-guezzam', en: 'In Guezzam', ar: 'عين قزام', aka: ['Aïn Guezzam', 'Ain Guezzam', 'In Guezzem', 'إن قزام'], at: [19.5686, 5.7722] },
  { id: 'touggourt', en: 'Touggourt', ar: 'تقرت', aka: ['Tuggurt', 'Tougourt'], at: [33.1043, 6.0648] }, // 55
  { id: 'djanet', en: 'Djanet', ar: 'جانت', aka: ['Janet'], at: [24.5553, 9.4849] },
  { id: 'el-mghair', en: "El M'Ghair", ar: 'المغير', aka: ['El Meghaier', 'El Mghair', 'El Meghaïer'], at: [33.9506, 5.9243] },
  { id: 'el-meniaa', en: 'El Meniaa', ar: 'المنيعة', aka: ['El Menia', 'El Goléa', 'El Golea'], at: [30.5794, 2.8792] },
  { id: 'aflou', en: 'Aflou', ar: 'آفلو', aka: ['أفلو'], at: [34.1123, 2.1018] }, // 59
  { id: 'el-abiodh-sidi-cheikh', en: 'El Abiodh Sidi Cheikh', ar: 'الأبيض سيدي الشيخ', aka: ['El Abiod Sidi Cheikh'], at: [32.8979, 0.5457] },
  { id: 'el-aricha', en: 'El Aricha', ar: 'العريشة', at: [34.2226, -1.2640] },
  { id: 'el-kantara', en: 'El Kantara', ar: 'القنطرة', at: [35.2239, 5.7082] },
  { id: 'barika', en: 'Barika', ar: 'بريكة', at: [35.3890, 5.3659] },
  { id: 'bou-saada', en: 'Bou Saâda', ar: 'بوسعادة', aka: ['Bou Saada', 'Boussaâda', 'بو سعادة'], at: [35.2134, 4.1738] },
  { id: 'bir-el-ater', en: 'Bir El Ater', ar: 'بئر العاتر', aka: ['Bir al-Ater'], at: [34.7446, 8.0600] },
  { id: 'ksar-el-boukhari', en: 'Ksar El Boukhari', ar: 'قصر البخاري', at: [35.8889, 2.7492] },
  { id: 'ksar-chellala', en: 'Ksar Chellala', ar: 'قصر الشلالة', at: [35.2122, 2.3189] },
  { id: 'ain-oussera', en: 'Aïn Oussera', ar: 'عين وسارة', aka: ['Ain Oussera', 'Aïn Oussara'], at: [35.4514, 2.9061] },
  { id: 'messaad', en: 'Messaad', ar: 'مسعد', aka: ['Messâad'], at: [34.1542, 3.5030] }, // 69
];

/** The wilayas (`place:dz-wilaya-*`) and their seats (`place:dz-*`). */
export const ALGERIA_WILAYAS = unitsWithSeats('DZ', WILAYA, ROWS);
