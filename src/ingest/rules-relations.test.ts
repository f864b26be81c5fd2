/** Relation rules on fresh sentences (not from any article), with the small test gazetteer. */
import { describe, expect, it } from 'vitest';
import { draftOf } from './rules-test-helpers.js';

describe('leaders and members', () => {
  it('keeps two coordinated leader appositions apart ("X, the leader of A, and Y, the leader of B")', () => {
    const relations = draftOf('Yaya Coulibaly, the leader of the Front Alpha, and Ali Touré, the leader of the Front Beta, are ill.', 'en').relations;
    expect(relations).toEqual(expect.arrayContaining(['Yaya Coulibaly leads Front Alpha', 'Ali Touré leads Front Beta']));
    expect(relations).not.toContain('Ali Touré leads Front Alpha');
    const fr = draftOf('Yaya Coulibaly, le chef du Front Alpha, et Ali Touré, le chef du Front Beta, sont malades.', 'fr').relations;
    expect(fr).not.toContain('Ali Touré leads Front Alpha');
  });

  it('reads a leader named right after the group, with no comma, and past a place phrase', () => {
    expect(draftOf('ويعد الرجل من المقربين من زعيم جماعة أنصار النور سالم ولد محمد.', 'ar').relations).toContain('سالم ولد محمد leads أنصار النور');
    expect(draftOf('وتتهم السلطات القائد العسكري لجماعة أنصار النور في منطقة غاو، سالم ولد محمد، بالهجوم.', 'ar').relations).toContain('سالم ولد محمد leads أنصار النور');
  });

  it('makes the leader of one unit a member of the group, and the head of an organisation its employee', () => {
    expect(draftOf("L'attaque a été menée par Ali Sidibé, chef d'une unité du Front Alpha opérant près de Gao.", 'fr').relations).toContain('Ali Sidibé member-of Front Alpha');
    expect(draftOf('Musa Kanu, head of the Gao Vigilance Committee, said the road was closed.', 'en').relations).toContain('Musa Kanu works-for Gao Vigilance Committee');
  });

  it('finds the agent of a founding or leading participle several words later, past titles and kin nouns', () => {
    const d = draftOf("Le groupe Front Alpha, fondé en 2015 par l'imam Oumar Diallo et dirigé depuis sa mort en 2019 par son frère Issa Diallo, opère près de Gao.", 'fr');
    expect(d.relations).toEqual(expect.arrayContaining(['Oumar Diallo leads Front Alpha', 'Issa Diallo leads Front Alpha']));
  });

  it('steps over every possessive and kin noun of the cue tables after "led by"', () => {
    expect(draftOf('The Front Alpha is led by her brother Issa Diallo.', 'en').relations).toContain('Issa Diallo leads Front Alpha');
    const d = draftOf('The Front Alpha, founded in 2015 by the cleric Oumar Diallo and led since 2019 by her uncle Issa Diallo, operates near Gao.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Oumar Diallo leads Front Alpha', 'Issa Diallo leads Front Alpha']));
  });

  it('reads a member noun with adjectives before its preposition, and a relative clause subject', () => {
    const d = draftOf('وكان سالم ولد محمد، المكنى «أبو علي»، وهو قيادي سابق في جماعة أنصار النور، قد فر.', 'ar');
    expect(d.relations).toContain('سالم ولد محمد member-of أنصار النور');
  });

  it('reads the subject of a leader noun through a relative clause with a predicative verb', () => {
    const d = draftOf('Police arrested Yaya Coulibaly, alias Abu Bakr, whom he described as the leader of the Front Alpha.', 'en');
    expect(d.relations).toContain('Yaya Coulibaly leads Front Alpha');
  });
});

describe('groups', () => {
  it('finds the subject of an allegiance past a relative clause between commas', () => {
    const d = draftOf('The Front Alpha, which split from the Front Beta in 2019, remains loyal to the Front Gamma.', 'en');
    expect(d.relations).toContain('Front Alpha affiliated-with Front Gamma');
    expect(d.relations).not.toContain('Front Beta affiliated-with Front Gamma');
  });

  it('reads a merger into a new group, and a group joining a group', () => {
    const d = draftOf('The Front Alpha merged in 2014 with the Front Beta to form the Front Gamma, which later joined the Front Delta.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Front Alpha affiliated-with Front Gamma', 'Front Beta affiliated-with Front Gamma', 'Front Gamma affiliated-with Front Delta']));
  });

  it('ties an outlet to the group it belongs to', () => {
    expect(draftOf('ونشرت منصة «صدى الصحراء» التابعة لجماعة أنصار النور البيان.', 'ar').relations).toContain('صدى الصحراء affiliated-with أنصار النور');
  });
});

describe('places and targets', () => {
  it('reads a list of places after a located cue, past a time phrase, for a person', () => {
    const d = draftOf('وأكدت المصادر أن القيادي سالم ولد محمد ينشط منذ سنوات بين غاو وكاي.', 'ar');
    expect(d.relations).toEqual(expect.arrayContaining(['سالم ولد محمد located-at Gao', 'سالم ولد محمد located-at Kayes']));
  });

  it('reads "P-based" and an organisation named after its city', () => {
    expect(draftOf('"The roads are mined," said Awa Diop, a Gao-based researcher.', 'en').relations).toContain('Awa Diop located-at Gao');
    expect(draftOf('The Kayes Security Directorate said the convoy was stopped in Kayes.', 'en').relations).toContain('Kayes Security Directorate located-at Kayes');
  });

  it('reads the actor after an attack noun and the force it hit, not the place it was near', () => {
    const d = draftOf('كمين لجماعة أنصار النور قرب غاو يوقع قتلى في صفوف الجيش المالي.', 'ar');
    expect(d.relations).toContain('أنصار النور targets الجيش المالي');
    expect(d.relations.filter((r) => r.endsWith('targets Gao'))).toEqual([]);
  });

  it('reads where a person is when an apposition about a group stands between', () => {
    const d = draftOf('Sidi Traoré, a former member of the Front Alpha, is believed to have moved between Gao and Kayes.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Sidi Traoré located-at Gao', 'Sidi Traoré located-at Kayes']));
    expect(d.relations.filter((r) => r.startsWith('Front Alpha located-at'))).toEqual([]);
  });
});

describe('group nouns and forces', () => {
  it('resolves a unit noun to the group whose name has it, and reads a merger with long names', () => {
    const d = draftOf('The Front Alpha and the Gao Martyrs Battalion attacked Kayes. The battalion merged that year with the Movement for Unity and Jihad in the Sahel (MUJS) to form the Front Omega.', 'en');
    expect(d.relations).toEqual(expect.arrayContaining(['Gao Martyrs Battalion affiliated-with Front Omega', 'Movement for Unity and Jihad in the Sahel affiliated-with Front Omega']));
  });

  it('gives a spokesman of "the army" to the national force the document named', () => {
    const d = draftOf('Malian soldiers repelled the attack near Gao. Army spokesman Colonel Bakary Keita said two soldiers died.', 'en');
    expect(d.relations).toContain('Bakary Keita works-for Malian soldiers');
  });

  it('reads an Arabic lead verb whose pronoun stands for the group named before', () => {
    expect(draftOf('وهي جماعة أنصار النور، ويقودها سالم ولد محمد منذ عامين.', 'ar').relations).toContain('سالم ولد محمد leads أنصار النور');
  });

  it('makes a person who pledged allegiance to a group its member', () => {
    expect(draftOf("Ali Sidibé, dit Abou Bakr, aurait prêté allégeance au Front Alpha en 2024.", 'fr').relations).toContain('Ali Sidibé member-of Front Alpha');
  });

  it('gives targets to the group a sentence is about, not to a group in its apposition', () => {
    const d = draftOf("The Front Alpha, the Front Beta's affiliate in the Sahel, has stepped up attacks on Kayes.", 'en');
    expect(d.relations).toContain('Front Alpha targets Kayes');
    expect(d.relations).not.toContain('Front Beta targets Kayes');
  });

  it('reads a branch named after a demonym ("la branche malienne du Front Alpha")', () => {
    expect(draftOf("La katiba Gao Nord, la branche malienne du Front Alpha, a revendiqué l'attaque.", 'fr').relations).toContain('Gao Nord affiliated-with Front Alpha');
  });
});

describe('successors named without a predecessor', () => {
  const ill = 'Yaya Coulibaly, the leader of the Front Alpha, is ill, analysts say.';

  it('reads "the obvious successor" and "a possible heir: X" as may-succeed the leader the document shows', () => {
    expect(draftOf(`${ill} Moussa Diarra, a Front Alpha commander, is seen as the obvious successor.`, 'en').relations).toContain('Moussa Diarra may-succeed Yaya Coulibaly');
    expect(draftOf(`${ill} They point to a possible heir: Moussa Diarra, a Front Alpha commander.`, 'en').relations).toContain('Moussa Diarra may-succeed Yaya Coulibaly');
    expect(draftOf('Yaya Coulibaly, le chef du Front Alpha, serait malade. Moussa Diarra, un commandant du Front Alpha, est le successeur naturel.', 'fr').relations).toContain('Moussa Diarra may-succeed Yaya Coulibaly');
    expect(draftOf('قال محللون إن يحيى كوليبالي، زعيم جبهة ألفا، مريض. ويرون في القيادي موسى ديارا الخليفة المحتمل.', 'ar').relations).toContain('موسى ديارا may-succeed يحيى كوليبالي');
  });

  it('keeps "the obvious successor to X" hedged, with X as the one succeeded', () => {
    const relations = draftOf(`${ill} Moussa Diarra, a Front Alpha commander, is seen as the obvious successor to Coulibaly.`, 'en').relations;
    expect(relations).toContain('Moussa Diarra may-succeed Yaya Coulibaly');
    expect(relations.filter((r) => r.includes(' succeeds '))).toEqual([]);
  });

  it('names no successor when a group would take over, when no leader is shown, or when two leaders tie', () => {
    const takeOver = draftOf(`${ill} The Front Alpha could take over Gao, said Moussa Diarra, a Front Alpha commander.`, 'en').relations;
    expect(takeOver.filter((r) => r.includes('succeed'))).toEqual([]);
    const leaderless = draftOf('Moussa Diarra, a Front Alpha commander, is the obvious successor.', 'en');
    expect(leaderless.entities('threat-actor')).toContain('Moussa Diarra');
    expect(leaderless.relations.filter((r) => r.includes('succeed'))).toEqual([]);
    const tie = draftOf('Yaya Coulibaly, the leader of the Front Alpha, and Ali Touré, the leader of the Front Beta, are ill. Moussa Diarra, a Front Alpha commander, is seen as the obvious successor.', 'en');
    expect(tie.entities('threat-actor')).toContain('Moussa Diarra');
    expect(tie.relations.filter((r) => r.includes('succeed'))).toEqual([]);
  });
});

describe('where a leader is', () => {
  it('places a leader in the area named right after the group he leads', () => {
    expect(draftOf('Issa Hamadou, le chef du Front Alpha (FA) dans la zone de Gao, a été tué.', 'fr').relations).toEqual(expect.arrayContaining(['Issa Hamadou leads Front Alpha', 'Issa Hamadou located-at Gao']));
    expect(draftOf("Issa Hamadou, chef d'une unité du Front Alpha opérant dans la région de Kayes.", 'fr').relations).toContain('Issa Hamadou located-at Kayes');
    expect(draftOf('Moussa Diarra, the leader of the Front Alpha in the Gao area, was killed.', 'en').relations).toContain('Moussa Diarra located-at Gao');
  });

  it('does not place him where the sentence only goes on about something else', () => {
    const relations = draftOf('Moussa Diarra, the leader of the Front Alpha, was killed, and the army then entered Gao.', 'en').relations;
    expect(relations).toContain('Moussa Diarra leads Front Alpha');
    expect(relations.filter((r) => r.startsWith('Moussa Diarra located-at'))).toEqual([]);
  });
});
