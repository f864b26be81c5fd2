/**
 * ISO 3166-1 alpha-2 codes grouped by UN M49 sub-region, named with the STIX 2.1
 * `region-ov` vocabulary values. Taiwan and Kosovo, absent from M49, are placed
 * with their geographic neighbours.
 */
export type StixRegion =
  | 'africa' | 'eastern-africa' | 'middle-africa' | 'northern-africa' | 'southern-africa' | 'western-africa'
  | 'americas' | 'caribbean' | 'central-america' | 'latin-america-caribbean' | 'northern-america' | 'south-america'
  | 'asia' | 'central-asia' | 'eastern-asia' | 'southern-asia' | 'south-eastern-asia' | 'western-asia'
  | 'europe' | 'eastern-europe' | 'northern-europe' | 'southern-europe' | 'western-europe'
  | 'oceania' | 'antarctica' | 'australia-new-zealand' | 'melanesia' | 'micronesia' | 'polynesia';

export const SUBREGION_MEMBERS: Readonly<Partial<Record<StixRegion, string>>> = {
  'northern-africa': 'DZ EG LY MA SD TN EH',
  'western-africa': 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG',
  'middle-africa': 'AO CM CF TD CG CD GQ GA ST',
  'eastern-africa': 'BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW IO TF',
  'southern-africa': 'BW SZ LS NA ZA',
  caribbean: 'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI',
  'central-america': 'BZ CR SV GT HN MX NI PA',
  'south-america': 'AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE',
  'northern-america': 'BM CA GL PM US',
  'central-asia': 'KZ KG TJ TM UZ',
  'eastern-asia': 'CN HK MO KP JP MN KR TW',
  'south-eastern-asia': 'BN KH ID LA MY MM PH SG TH TL VN',
  'southern-asia': 'AF BD BT IN IR MV NP PK LK',
  'western-asia': 'AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE',
  'eastern-europe': 'BY BG CZ HU PL MD RO RU SK UA',
  'northern-europe': 'AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB',
  'southern-europe': 'AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES XK',
  'western-europe': 'AT BE FR DE LI LU MC NL CH',
  'australia-new-zealand': 'AU CX CC HM NZ NF',
  melanesia: 'FJ NC PG SB VU',
  micronesia: 'GU KI MH FM NR MP PW UM',
  polynesia: 'AS CK PF NU PN WS TK TO TV WF',
  antarctica: 'AQ',
};

const BY_COUNTRY = new Map<string, StixRegion>(
  Object.entries(SUBREGION_MEMBERS).flatMap(([region, codes]) =>
    (codes ?? '').split(' ').map((code) => [code, region as StixRegion] as const),
  ),
);

/** The STIX region of a country, by UN M49 sub-region. */
export function stixRegionOf(alpha2: string): StixRegion | undefined {
  return BY_COUNTRY.get(alpha2.toUpperCase());
}
