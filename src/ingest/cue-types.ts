/**
 * The shape of a language's cue table. Cues are written as ordinary text and
 * normalised when the table is compiled, so tables stay readable. Rules in
 * cues.ts, mentions-cues.ts, relations.ts and sources.ts read these tables;
 * no rule names a particular article, group or person.
 */
export type DocLang = 'ar' | 'fr' | 'en';

/** A person's role from a title; leaders, members and suspects (the accused of a terrorism case) are threat actors. */
export type PersonRole = 'expert' | 'official' | 'military' | 'spokesperson' | 'journalist' | 'leader' | 'member' | 'suspect';

export type SourceKind =
  | 'named-outlet'
  | 'media'
  | 'anonymous-official'
  | 'official'
  | 'official-report'
  | 'expert'
  | 'intelligence'
  | 'witness'
  | 'group-claim'
  | 'anonymous';

export interface CueTable {
  readonly lang: DocLang;
  /** Singular nouns that introduce a group's name («جماعة X», "groupe X", "the X group"). */
  readonly groupHeads: readonly string[];
  /** Plural or definite group nouns: a known or quoted name right after them is a group. */
  readonly groupNouns: readonly string[];
  /** Descriptors that never make a group name on their own («مسلحة», "armed", "terroriste"). */
  readonly genericAdjectives: readonly string[];
  /** Nouns that introduce an organisation's name («مركز», "Institute" inside a name). */
  readonly orgHeads: readonly string[];
  /** Words that make a name with a group head an organisation's ("Lake Chad Research Network", «Réseau d'analyse …»). */
  readonly orgMarkers: readonly string[];
  /** Group heads that are part of the group's name when written before it ("katiba Macina"). */
  readonly namedGroupHeads: readonly string[];
  /** Nouns that introduce a media outlet («صحيفة», "newspaper", "le site"). */
  readonly mediaHeads: readonly string[];
  /** Armed forces nouns that, with a country adjective or name, make a national force. */
  readonly forceHeads: readonly string[];
  /** Titles and roles that mark a person, with the role they imply. */
  readonly personTitles: readonly (readonly [cue: string, role: PersonRole])[];
  /** "leader of GROUP": the person is named next to the phrase. */
  readonly leaderNouns: readonly string[];
  /** "GROUP led by PERSON". */
  readonly ledBy: readonly string[];
  /** "PERSON leads GROUP". */
  readonly leadVerbs: readonly string[];
  readonly aliasCues: readonly string[];
  /** First word of a kunya («أبو», "Abu"). */
  readonly kunyaHeads: readonly string[];
  /** "PERSON, member of GROUP". */
  readonly memberCues: readonly string[];
  /** Member nouns that take adjectives before their preposition («قيادي ميداني في», "senior commander in"). */
  readonly memberNouns: readonly string[];
  /** Prepositions after a member noun («في», "of", «de»). */
  readonly memberPrepositions: readonly string[];
  /** Nouns of a unit of a group: a leader of one unit is a member of the group ("chef d'une unité de"). */
  readonly unitNouns: readonly string[];
  /** Past participles of leading and founding, completed by an agent later ("fondé en 2016 par X"). */
  readonly leadParticiples: readonly string[];
  /** The word that introduces the agent of a passive ("par", "by"). */
  readonly agentWords: readonly string[];
  /** Merger cues: "G1 merged with G2 to form G3", «دمجها … ضمن G». */
  readonly mergerCues: readonly string[];
  /** "G, born from the merger of G1, G2 and G3", «تضم G1 وG2»: the listed groups are affiliated with G. */
  readonly compositionCues: readonly string[];
  /** What a merger forms or joins: "to form", «ضمن», «au sein de». */
  readonly formCues: readonly string[];
  /** Time phrases that may stand between a verb and its complement («منذ سنوات», "for years"). */
  readonly timeFillers: readonly string[];
  /** "GROUP, affiliated with / a branch of GROUP". */
  readonly affiliationCues: readonly string[];
  /** "…a branch named X": the group named after the cue is affiliated with the group before. */
  readonly branchCues: readonly string[];
  /** Naming words between a description and the name it introduces («باسم», "called"). */
  readonly namingCues: readonly string[];
  /** Succession cues; hedged ones («قد يخلف», "could succeed") become may-succeed. */
  readonly successorCues: readonly (readonly [cue: string, hedged: boolean])[];
  /** A successor named without whom he would succeed ("the obvious successor", «الخليفة المحتمل»): always hedged. */
  readonly openSuccessorCues: readonly string[];
  /** Threat and attack cues: ACTOR … cue … LOCATION(s). */
  readonly threatCues: readonly string[];
  /** Attack nouns whose actor follows them: «كمين لجماعة X», "an ambush by X", «l'attaque du JNIM». */
  readonly attackNouns: readonly string[];
  /** Passive attack phrases ending with the agent word: "was attacked by", «visée par», «هاجمها». */
  readonly passiveAttacks: readonly string[];
  /** Nouns of activity: where a group's attacks, operations or presence are, it is. */
  readonly activityNouns: readonly string[];
  /** Words of presence after "where"/«où»/«حيث»: "Gao, where the Front Alpha is active". */
  readonly presenceWords: readonly string[];
  /** Verbs of presence that come before their subject («وتنشط جماعة X … في P»); Arabic only. */
  readonly presenceVerbs: readonly string[];
  /** Nouns of a group's hold on a place ("stronghold", «fief», «معقل»). */
  readonly strongholds: readonly string[];
  /** A group's people in the plural ("fighters", «combattants»): they open no group name. */
  readonly memberPlurals: readonly string[];
  /** "ORG based in PLACE", «مقرها ب». */
  readonly locatedCues: readonly string[];
  /** Prepositions that put an entity in a place when they join it to a location directly. */
  readonly locativePrepositions: readonly string[];
  /** "works at/for/in" prepositions between a person's role and an organisation. */
  readonly employerPrepositions: readonly string[];
  /** Phrases that introduce a source: «حسب», "according to", "selon". */
  readonly sourcePrepositions: readonly string[];
  /** Reporting verbs («أكدت», "said", "a indiqué"). */
  readonly reportingVerbs: readonly string[];
  /** Head nouns of anonymous source phrases, with the kind they imply. */
  readonly sourceHeads: readonly (readonly [cue: string, kind: SourceKind])[];
  /** Qualifiers that turn an anonymous source into an official one («أمنية», "security"). */
  readonly officialQualifiers: readonly string[];
  /** Phrases that refer back to the last source («نفس المصادر», "the same sources"). */
  readonly sameSource: readonly string[];
  /** Phrases that refer back to the last group («هذا التنظيم», "the group"). */
  readonly groupAnaphora: readonly string[];
  /** Administrative words before a place name («ولاية», "région de"): not part of the name proper. */
  readonly adminHeads: readonly string[];
  /** Administrative words after a place name ("Borno State", "Lac province"). */
  readonly adminSuffixes: readonly string[];
  /** Nouns that put a place name after them («مدينة», "town of"). */
  readonly placeHeads: readonly string[];
  /** Compass words that form a region with a country («شمال مالي», "northern Mali"). */
  readonly directions: readonly string[];
  /** Function words that never belong to a name. */
  readonly stopwords: readonly string[];
  /** Words joining the items of a list («و», "and", "et"). */
  readonly listJoiners: readonly string[];
  /** Auxiliaries and adverbs between a subject and its verb ("has led", «a rejoint», "reportedly"). */
  readonly auxiliaries: readonly string[];
  /** Coordinating conjunctions that open another clause after a comma ("…, and Y, the leader of B"). */
  readonly coordinators: readonly string[];
  /** Participles between a group and the area a leader of it holds ("operating in", «opérant dans»). */
  readonly areaParticiples: readonly string[];
  /** Prepositions that open that area ("in", «dans», «à»). */
  readonly areaPrepositions: readonly string[];
  /** Area nouns before a place's name ("the area of", «la zone de»). */
  readonly areaNouns: readonly string[];
  /** Articles that may stand before a noun phrase ("a", "the", «une», «l'»). */
  readonly articles: readonly string[];
  /** Indefinite determiners ("a", "one", «une»): "X, a leader of G" introduces X. */
  readonly indefinites: readonly string[];
  /** Possessive determiners ("its leader", «son chef»). */
  readonly possessives: readonly string[];
  /** Kin nouns and religious titles that may stand between a phrase and a name ("par son frère X", "by the preacher X"). */
  readonly kinAndClerics: readonly string[];
  /** Definite articles, which may stand before a place's name ("the Sahel", «le Tibesti»). */
  readonly definiteArticles: readonly string[];
  /** "of" and its forms between a noun and what it governs ("the stronghold of", «fief du»). */
  readonly ofWords: readonly string[];
  /**
   * Small words a relation rule steps over between a noun and the name it governs ("the
   * leader of its", «le chef de la»): the articles, "of" and the like. Broader than
   * `articles`, which only opens a noun phrase.
   */
  readonly phraseSkips: readonly string[];
  /** Prepositions that open a place phrase a comma then closes ("…, in Mali, X"; «في», «sur»). */
  readonly placePhraseOpeners: readonly string[];
}
