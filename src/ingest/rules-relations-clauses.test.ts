/** Relations across clause structure: descriptions before a relative pronoun, coordinated verbs, compositions, titles with adjectives. */
import { describe, expect, it } from 'vitest';
import { draftOf, TEST_PLACES } from './rules-test-helpers.js';

describe('relations across clauses', () => {
  it('reads the subject past a description before a relative pronoun, and shares it with a coordinated verb', () => {
    const d = draftOf('Yaya Coulibaly, the veteran smuggler who founded the Front Alpha in 2012 and has led the Front Beta since 2017, was seen near Gao.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Yaya Coulibaly leads Front Alpha', 'Yaya Coulibaly leads Front Beta']));
  });

  it('does not carry a subject over a conjunction when no clause had one', () => {
    const d = draftOf('The army patrolled near Gao and the Front Alpha attacked a convoy.', 'en');
    expect(d.relations.filter((r) => r.includes(' leads '))).toEqual([]);
  });

  it('makes every group of a merger list affiliated with what it formed', () => {
    const d = draftOf("Le Front Gamma est né de la fusion du Front Alpha, du Front Beta et du Front Delta.", 'fr');
    expect(d.relations).toEqual(expect.arrayContaining(['Front Alpha affiliated-with Front Gamma', 'Front Beta affiliated-with Front Gamma', 'Front Delta affiliated-with Front Gamma']));
    const e = draftOf('The Front Gamma was born from the merger of the Front Alpha and the Front Beta, and it has pledged allegiance to the Front Delta.', 'en');
    expect(e.relations).toEqual(expect.arrayContaining(['Front Alpha affiliated-with Front Gamma', 'Front Beta affiliated-with Front Gamma', 'Front Gamma affiliated-with Front Delta']));
  });

  it('finds an employer after a title with an adjective', () => {
    const d = draftOf('"The roads are closed," said Aminata Traoré, a senior researcher at the Sahel Peace Institute.', 'en');
    expect(d.relations).toContain('Aminata Traoré works-for Sahel Peace Institute');
  });
});

describe('where groups are', () => {
  it('places every group of a list after a positions noun at every place of the list', () => {
    const d = draftOf("L'armée a frappé les positions du Front Alpha et du Front Beta dans les îles de Gao et de Kayes.", 'fr');
    expect(d.relations).toEqual(expect.arrayContaining(['Front Alpha located-at Gao', 'Front Beta located-at Gao', 'Front Alpha located-at Kayes', 'Front Beta located-at Kayes']));
  });

  it('reads a headquarters phrase', () => {
    expect(draftOf("Le Front Alpha, dont le quartier général se trouve à Gao, a démenti.", 'fr').relations).toContain('Front Alpha located-at Gao');
  });
});

describe('leaders named around a unit or a group head', () => {
  it('reads the leader of the faction of a group as its leader', () => {
    expect(draftOf("Le chef de la faction du Front Alpha dans la zone, Issa Diallo, surnommé « le Pêcheur », aurait été blessé.", 'fr').relations).toContain('Issa Diallo leads Front Alpha');
  });

  it('reads a group named with the head the leader cue ends with, and a leader after a time word and a demonym', () => {
    expect(draftOf('تلقت الخلية تعليماتها من أمير كتيبة أنصار النور سالم ولد محمد.', 'ar').relations).toContain('سالم ولد محمد leads أنصار النور');
    const d = draftOf('ونشطت جماعة أنصار النور قرب غاو. وكانت الخلية تتلقى تعليماتها من أمير الجماعة آنذاك، المالي سالم ولد محمد، المعروف باسم «أبو علي».', 'ar');
    expect(d.relations).toContain('سالم ولد محمد leads أنصار النور');
  });

  it('reaches a quoted name past its group head', () => {
    expect(draftOf('دعم الخلية لجماعة "أنصار النور" الموالية لتنظيم "جبهة الصحراء".', 'ar').relations).toContain('أنصار النور affiliated-with جبهة الصحراء');
  });
});

describe('subjects past asides', () => {
  it('reads the subject past an alias reading and a passive agent', () => {
    const d = draftOf("Parmi les tués figurerait Issa Diallo, plus connu sous le nom de « Kabirou », présenté par l'armée comme le chef du Front Alpha dans la zone.", 'fr');
    expect(d.relations).toContain('Issa Diallo leads Front Alpha');
  });

  it('skips an apposition opened by a relation noun', () => {
    const d = draftOf('Plus au sud, le Front Alpha, rival du Front Beta, reste actif autour de Gao.', 'fr');
    expect(d.relations).toContain('Front Alpha located-at Gao');
    expect(d.relations).not.toContain('Front Beta located-at Gao');
  });

  it('reads a regional branch as an affiliation', () => {
    expect(draftOf("Le Front Alpha, branche sahélienne du Front Beta, a revendiqué l'attaque.", 'fr').relations).toContain('Front Alpha affiliated-with Front Beta');
  });
});

describe('group nouns and pronouns as subjects', () => {
  it('reads a group noun before a relative clause as the subject, and a pronoun copula after it', () => {
    const d = draftOf('ونشطت جماعة أنصار النور قرب غاو. وأضافت المصادر أن الجماعة، التي يعد سالم ولد محمد الرجل الأول فيها، تتخذ من غابة كاي إحدى قواعدها، وهي أحد مكونات جبهة الصحراء.', 'ar');
    expect(d.relations).toContain('أنصار النور located-at Kayes');
    expect(d.relations.some((r) => r.startsWith('أنصار النور affiliated-with') && r.includes('الصحراء'))).toBe(true);
    expect(d.relations).not.toContain('سالم ولد محمد located-at Kayes');
  });
});

describe('Arabic leadership and location phrasings', () => {
  it('reads «على رأسها» as leading and fighters spread in a place as the group being there', () => {
    const d = draftOf('ونشط في صفوف جماعة أنصار النور، وهي الجماعة التي كان على رأسها سالم ولد محمد. وتحولت إلى جبهة الصحراء التي ينتشر مقاتلوها في منطقة غاو.', 'ar');
    expect(d.relations).toContain('سالم ولد محمد leads أنصار النور');
    expect(d.relations.some((r) => r.endsWith('located-at Gao'))).toBe(true);
  });
});

describe('units of groups', () => {
  it('reads a named katiba with «du», its parent, its leader and where the leader comes from', () => {
    const d = draftOf("Le journal attribue l'embuscade à la katiba du Kaarta, une unité du Front Alpha dirigée par Issa Diallo, dit « Bamba », un ancien commerçant de bétail de Gao.", 'fr');
    expect(d.relations).toEqual(expect.arrayContaining(['Kaarta affiliated-with Front Alpha', 'Issa Diallo leads Kaarta', 'Issa Diallo located-at Gao']));
    expect(d.relations).not.toContain('Issa Diallo leads Front Alpha');
  });

  it('does not make an organisation of a hyphenated noun', () => {
    expect(draftOf('Des files attendent devant les stations-service de Gao et de Kayes.', 'fr').entities('identity')).toEqual([]);
  });
});

describe('possessive founders', () => {
  it('gives "its founder" to the group named last in the sentence', () => {
    const d = draftOf('The Front Alpha is strong. The rival Front Beta went through its own succession after its founder, Abu Bakr al-Fulani, was killed in 2021.', 'en');
    expect(d.relations).toContain('Abu Bakr al-Fulani leads Front Beta');
    expect(d.relations).not.toContain('Abu Bakr al-Fulani leads Front Alpha');
  });
});

describe('more English clause shapes', () => {
  it('gives a relative clause subject to a verb coordinated inside it, and reads possessive affiliates', () => {
    const d = draftOf("Police named Yaya Bello Musa, who uses the kunya Abu Hamza and runs the Front Alpha's operations north of Gao. The Front Beta's Sahel affiliate, the Front Gamma, denied it.", 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Yaya Bello Musa leads Front Alpha', 'Front Gamma affiliated-with Front Beta']));
  });

  it('reads a recruiter for a group as a member', () => {
    const d = draftOf('The Front Alpha operates out of Gao. A second figure, Yaya Bello Musa, a recruiter for the group, was seen there.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Front Alpha located-at Gao', 'Yaya Bello Musa member-of Front Alpha']));
  });
});

describe('French apposition and leadership phrasings', () => {
  it('reads «la filiale sahélienne de» and «a pris la tête des unités du»', () => {
    const d = draftOf("L'attaque a été revendiquée par le Front Alpha, la filiale sahélienne du Front Beta. Elle est attribuée aux hommes d'Issa Diallo, que ses combattants appellent « Tonton » et qui a pris la tête des unités du Front Alpha près de Gao.", 'fr');
    expect(d.relations).toEqual(expect.arrayContaining(['Front Alpha affiliated-with Front Beta', 'Issa Diallo leads Front Alpha']));
    expect(d.aliases).toContain('Issa Diallo = Tonton (cue)');
  });
});

describe('English roles around organisations', () => {
  it('reads an organisation before a title and a person, and an X-based organisation', () => {
    const d = draftOf('Police found what Sahel Peace Institute spokesperson Awa Keita described as a camp. Fatou Diallo, a researcher at the Gao-based Sahel Peace Institute, said the camp answered to Yaya Bello Musa, who is believed to be the Front Alpha\'s top man in Gao.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Awa Keita works-for Sahel Peace Institute', 'Fatou Diallo works-for Sahel Peace Institute', 'Sahel Peace Institute located-at Gao']));
  });

  it('gives a coordinated verb the sentence subject, and keeps community leaders out of armed groups', () => {
    const d = draftOf('The Front Alpha began as an offshoot of the Front Beta in 2012 and aligned itself with the Front Gamma.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Front Alpha affiliated-with Front Beta', 'Front Alpha affiliated-with Front Gamma']));
    expect(d.relations).not.toContain('Front Beta affiliated-with Front Gamma');
    expect(draftOf('"We never know," Ibrahim Musa Kakangi, a community leader in Gao, told reporters.', 'en').find('Ibrahim Musa Kakangi')).toMatchObject({ type: 'identity' });
  });
});

describe('local offices and their places', () => {
  it('places a person at the place of a civil or customary office, before or after the name', () => {
    expect(draftOf('Amadou Koné, chef coutumier de Gao, a parlé aux journalistes.', 'fr').relations).toContain('Amadou Koné located-at Gao');
    expect(draftOf('"We never know," Ibrahim Musa, a community leader in Gao, told reporters.', 'en').relations).toContain('Ibrahim Musa located-at Gao');
    expect(draftOf('The mayor of Kayes, Amadou Maiga, said roads were closed.', 'en').relations).toContain('Amadou Maiga located-at Kayes');
  });

  it('does not place an expert at the place of the institute they work at', () => {
    const d = draftOf('Fatou Diallo, a researcher at the Gao Peace Institute, said the roads were closed.', 'en');
    expect(d.relations).not.toContain('Fatou Diallo located-at Gao');
  });
});

describe('passive attacks and army spokesmen', () => {
  it('reads the agent of a passive attack as the group that targets', () => {
    expect(draftOf('Le poste de Gao a été pris pour cible par le Front Alpha mardi.', 'fr').relations).toContain('Front Alpha targets Gao');
    expect(draftOf('The base in Gao was attacked by the Front Alpha on Monday.', 'en').relations).toContain('Front Alpha targets Gao');
  });

  it('gives «le porte-parole de l\'armée» to the national army named before', () => {
    const d = draftOf("Les Forces armées maliennes ont lancé une opération. Le porte-parole de l'armée, le colonel Souleymane Dembélé, a parlé.", 'fr', [...TEST_PLACES, { key: 'org:fama', type: 'identity', kind: 'organization', canonical: 'Malian Armed Forces', names: { fr: ['Forces armées maliennes'], en: ['Malian Armed Forces'], ar: ['القوات المسلحة المالية'] }, country: 'ML' }]);
    expect(d.relations).toContain('Souleymane Dembélé works-for Malian Armed Forces');
  });
});

describe('common news shapes', () => {
  it('reads "where G is active" after a place, in the three languages', () => {
    expect(draftOf('Soldiers patrolled Gao, where the Front Alpha is active.', 'en').relations).toContain('Front Alpha located-at Gao');
    expect(draftOf('Les soldats patrouillent à Gao, où le Front Alpha est très actif.', 'fr').relations).toContain('Front Alpha located-at Gao');
    expect(draftOf('انتشر الجنود في غاو حيث تنشط جماعة أنصار النور.', 'ar').relations).toContain('أنصار النور located-at Gao');
    expect(draftOf('Les soldats patrouillent à Gao ou le Front Alpha est actif.', 'fr').relations).not.toContain('Front Alpha located-at Gao');
  });

  it('makes a person of a name before ", who heads G" and reads the possessive leader before a comma', () => {
    expect(draftOf('Issa Diallo, who heads the Front Alpha, fled to Gao.', 'en').relations).toContain('Issa Diallo leads Front Alpha');
    expect(draftOf('وفر سالم ولد محمد، الذي يقود جماعة أنصار النور، إلى غاو.', 'ar').relations).toContain('سالم ولد محمد leads أنصار النور');
    expect(draftOf("Police said the Front Alpha's leader, Issa Diallo, was killed.", 'en').relations).toContain('Issa Diallo leads Front Alpha');
  });
});

describe('strongholds and control', () => {
  it('places a group at its stronghold, fief or «معقل», and where it controls much of a place', () => {
    expect(draftOf('Troops entered Gao, a Front Alpha stronghold, on Monday.', 'en').relations).toContain('Front Alpha located-at Gao');
    expect(draftOf('The army retook the Front Alpha stronghold of Gao.', 'en').relations).toContain('Front Alpha located-at Gao');
    expect(draftOf("L'armée est entrée à Gao, fief du Front Alpha.", 'fr').relations).toContain('Front Alpha located-at Gao');
    expect(draftOf('دخل الجيش غاو، معقل جماعة أنصار النور.', 'ar').relations).toContain('أنصار النور located-at Gao');
    expect(draftOf('The Front Alpha controls much of Gao.', 'en').relations).toContain('Front Alpha located-at Gao');
  });
});

describe('group member appositions', () => {
  it('makes "X, a (senior) G commander" a person and a member of G', () => {
    expect(draftOf('Police arrested Issa Diallo, a Front Alpha commander, in Gao.', 'en').relations).toContain('Issa Diallo member-of Front Alpha');
    expect(draftOf('Issa Diallo, a senior Front Alpha figure, was arrested.', 'en').relations).toContain('Issa Diallo member-of Front Alpha');
  });
});

describe('local offices are local', () => {
  it('does not place the head of a regional programme in the region', () => {
    const d = draftOf('"It is worrying," said Ulf Berger, head of the Sahel program at the Gao Peace Institute.', 'en', [...TEST_PLACES, { key: 'place:sahel', type: 'location', kind: 'region', canonical: 'Sahel', names: { en: ['Sahel'], fr: ['Sahel'], ar: ['الساحل'] } }]);
    expect(d.relations.filter((r) => r.includes('located-at Sahel'))).toEqual([]);
  });
});

describe('claimed attacks', () => {
  it('reads "the attack on P was claimed by G" as G targets P, but not a place beside the target', () => {
    expect(draftOf('The attack on Gao was claimed by the Front Alpha.', 'en').relations).toContain('Front Alpha targets Gao');
    expect(draftOf("L'attaque de Gao a été revendiquée par le Front Alpha.", 'fr').relations).toContain('Front Alpha targets Gao');
    expect(draftOf('The assault on the camp near Gao was claimed by the Front Alpha.', 'en').relations).not.toContain('Front Alpha targets Gao');
  });
});

describe('Arabic verb-first presence and attacks', () => {
  it('reads «وتنشط جماعة X، …، في P1 وP2» and «هاجم مسلحون من جماعة X مدينة P»', () => {
    const d = draftOf('وتنشط جماعة أنصار النور، المرتبطة بجبهة الصحراء، في منطقتي غاو وكاي.', 'ar');
    expect(d.relations).toEqual(expect.arrayContaining(['أنصار النور located-at Gao', 'أنصار النور located-at Kayes']));
    expect(draftOf('هاجم مسلحون من جماعة أنصار النور مدينة غاو يوم الجمعة.', 'ar').relations).toContain('أنصار النور targets Gao');
  });
});

describe('hyphenated affiliation adjectives', () => {
  it('reads "G, a G2-linked group" as an affiliation', () => {
    expect(draftOf('The Front Alpha, a Front Beta-linked group, has carried out attacks across Gao.', 'en').relations).toContain('Front Alpha affiliated-with Front Beta');
  });
});
