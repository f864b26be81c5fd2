/** Source attribution on fresh sentences (not from any article), with the small test gazetteer. */
import { describe, expect, it } from 'vitest';
import { gazetteerEntry } from '../gazetteer/index.js';
import { draftOf, TEST_PLACES } from './rules-test-helpers.js';

describe('sources after a verb or a preposition', () => {
  it('skips a day, an addressee and chained titles to the speaker', () => {
    const d = draftOf("Le convoi a été intercepté près de Gao, a indiqué lundi à la presse le chef de la brigade, le capitaine Moussa Coulibaly.", 'fr');
    expect(d.notes).toEqual(['Moussa Coulibaly official B3']);
  });

  it('reads a source phrase that starts on the preposition («de source …», «auprès d\'une source …»)', () => {
    expect(draftOf('Le camion a été saisi près de Gao, a-t-on appris de source douanière malienne.', 'fr').sources).toEqual(['source douanière malienne']);
    expect(draftOf("Deux bergers ont été enlevés près de Kayes, a-t-on appris mardi auprès d'une source municipale.", 'fr').sources).toEqual(['source municipale']);
  });

  it('skips an adjective and a qualifier before an English head, and keeps the head words a name carries', () => {
    expect(draftOf('According to a Malian customs official who asked not to be named, the truck came from Gao.', 'en').sources).toEqual(['Malian customs official']);
  });

  it('reads a speaker after an Arabic title with a complement and a second title', () => {
    const d = draftOf('ويرى الباحث في شؤون منطقة الساحل، الدكتور سليمان داود، أن الهجوم متوقع.', 'ar');
    expect(d.notes).toEqual(['سليمان داود expert C3']);
  });
});

describe('references back and channels', () => {
  it('gives a pronoun or a bare definite head the source named before', () => {
    const d = draftOf("Selon la chercheuse Awa Traoré, la route est coupée. Selon elle, les convois passent par Kayes.", 'fr');
    expect(d.notes).toEqual(['Awa Traoré expert C3', 'Awa Traoré expert C3']);
    const e = draftOf('وقالت مصادر أمنية إن الطريق مغلق. وأضافت المصادر أن الجيش انتشر في غاو.', 'ar');
    expect(e.sources).toEqual(['مصادر أمنية']);
  });

  it('makes the outlet a source told, or named before «نقلا عن», the channel', () => {
    const d = draftOf('ذكرت صحيفة الأخبار، نقلا عن مصدر أمني، أن الطريق مغلق قرب غاو.', 'ar');
    expect(d.notes).toEqual(['مصدر أمني via صحيفة الأخبار anonymous-official D3']);
  });

  it('reads every source of a list before the verb, and the subject past an apposition', () => {
    expect(draftOf('Residents and a local police officer said the road near Gao was mined.', 'en').sources).toEqual(expect.arrayContaining(['Residents', 'local police officer']));
    const d = draftOf('The Gao Vigilance Committee, a militia formed in 2015 to help the army against the Front Alpha, says it lost two men.', 'en');
    expect(d.notes).toEqual(['Gao Vigilance Committee official B3']);
  });

  it('does not read the object of "called for" as the speaker', () => {
    expect(draftOf("The governor of Gao called for the Gao Vigilance Committee to be strengthened.", 'en').notes).toEqual([]);
  });

  it('gives an organisation noun the organisation named before with that head', () => {
    const d = draftOf("L'organisation non gouvernementale Sahel Aid Network a publié un rapport sur Gao. L'ONG estime que dix villages sont isolés.", 'fr');
    expect(d.notes.at(-1)).toBe('Sahel Aid Network official B3');
  });
});

describe('organisations named in lower case or by a possessive', () => {
  it('reads "the interior ministry", "Mali\'s defence ministry" and "Niger\'s army"', () => {
    const d = draftOf("Mali's defence ministry said the convoy was hit near Gao. The interior ministry confirmed it. Niger's army said it sent troops.", 'en');
    expect(d.entities('identity')).toEqual(expect.arrayContaining(['defence ministry', 'interior ministry', "Niger's army"]));
    expect(d.notes.map((n) => n.split(' official')[0])).toEqual(['defence ministry', 'interior ministry', "Niger's army"]);
  });

  it('keeps a listed organisation inside a longer French name', () => {
    const d = draftOf("D'après le Bureau de liaison des Nations unies (BLNU), le convoi est passé par Gao.", 'fr', [
      ...[{ key: 'org:un', type: 'identity' as const, kind: 'organization', canonical: 'United Nations', names: { ar: [], fr: ['Nations unies'], en: ['United Nations'] } }],
    ]);
    expect(d.entities('identity')).toEqual(['Bureau de liaison des Nations unies']);
  });

  it('refers a bare definite head back only to a source of the same kind', () => {
    const d = draftOf("Le ministère de l'Intérieur a annoncé l'arrestation. Le suspect aurait séjourné à Gao, selon les enquêteurs.", 'fr');
    expect(d.sources).toEqual(['enquêteurs']);
  });

  it('makes the outlet an Arabic source spoke to the channel', () => {
    expect(draftOf('وأوضح مصدر أمني لصحيفة الأخبار أن الطريق مغلق قرب غاو.', 'ar').notes).toEqual(['مصدر أمني via صحيفة الأخبار anonymous-official D3']);
  });

  it('reads an English subject after the verb only after the clause it reports', () => {
    expect(draftOf('Mali says Front Alpha fighters attacked Gao.', 'en').notes).toEqual([]);
    expect(draftOf('"The road is closed," said Awa Diop, a researcher.', 'en').notes).toEqual(['Awa Diop expert C3']);
  });

  it('keeps a national force that qualifies a source head in the anonymous phrase', () => {
    expect(draftOf('The convoy was hit near Gao, according to Malian military sources.', 'en').sources).toEqual(['Malian military sources']);
  });

  it('gives the statement to the spokesman, and the spokesman to the ministry', () => {
    const d = draftOf("Le convoi a été arrêté près de Gao, a annoncé le porte-parole du ministère de la Sécurité, Oumar Touré.", 'fr');
    expect(d.notes).toEqual(['Oumar Touré official B3']);
    expect(d.relations).toContain('Oumar Touré works-for ministère de la Sécurité');
  });

  it('reads an Arabic report whose author follows an adjective, and leaves «قوله» out of a source phrase', () => {
    expect(draftOf('وأوقفت الوحدات مهربين في غاو، حسب حصيلة أسبوعية لوزارة الدفاع المالية.', 'ar').notes).toEqual(['وزارة الدفاع المالية official B3']);
    expect(draftOf('ونقلت صحيفة الأخبار عن مصدر أمني قوله إن الطريق مغلق قرب غاو.', 'ar').sources).toEqual(['مصدر أمني']);
  });
});

describe('outlets named by a title with an article', () => {
  it('finds a capitalised title and not the same words in lowercase', () => {
    const d = draftOf("L'essor du jihadisme inquiète les autorités, titre L'Essor.", 'fr', [gazetteerEntry('org:lessor')!]);
    expect(d.entities('identity')).toContain("L'Essor");
    expect(d.mentions("L'Essor")).toEqual(["L'Essor"]);
  });
});

describe('subjects after the verb and listed names after a head', () => {
  it('attributes a clause to the subject after the verb rather than to a group ending the clause', () => {
    const d = draftOf("L'armée a lancé une opération contre le Front Alpha, a annoncé samedi l'état-major général des armées dans un communiqué.", 'fr');
    expect(d.entities('identity')).toContain('état-major général des armées');
    expect(d.notes.some((n) => n.startsWith('état-major général des armées'))).toBe(true);
    expect(d.notes.some((n) => n.startsWith('Front Alpha'))).toBe(false);
  });

  it('keeps a listed organisation apart from the head noun that introduces it', () => {
    const d = draftOf("D'après un rapport de l'ONG Human Rights Watch, les attaques se sont multipliées.", 'fr', [gazetteerEntry('org:hrw')!]);
    expect(d.mentions('Human Rights Watch')).toEqual(['Human Rights Watch']);
  });
});

describe('English sources with qualifiers, places and asides', () => {
  it('finds a qualified singular source head past a place and a relative clause', () => {
    const d = draftOf('A Western diplomat in Gao, who asked not to be identified, said the army had no sign of it.', 'en');
    expect(d.sources).toEqual(['Western diplomat']);
  });

  it('finds plural officials with the bare present "say" and a possessive title before a name', () => {
    expect(draftOf('Officials in the south say the seizure reflects a change of route.', 'en').sources).toEqual(['Officials']);
    const d = draftOf('"Every convoy brings armed men," Gao\'s mayor, Kousa Ahmed, said by telephone.', 'en');
    expect(d.notes).toEqual(['Kousa Ahmed official B3']);
  });
});

describe('outlets spoken to', () => {
  it('keeps the person as the source and the outlet as the channel, before or after the verb', () => {
    const gazetteer = [...TEST_PLACES, gazetteerEntry('org:rfi')!];
    const fr = draftOf('« Les pêcheurs ne peuvent plus sortir », a confié à RFI Abakar Kellou, chef de canton à Gao.', 'fr', gazetteer);
    expect(fr.notes).toEqual(['Abakar Kellou via Radio France Internationale official B3']);
    const en = draftOf('"People are taken every week," Ibrahim Musa, a community leader in Gao, told RFI.', 'en', gazetteer);
    expect(en.notes).toEqual(['Ibrahim Musa via Radio France Internationale official B3']);
  });
});

describe('a source before the verb after an aside', () => {
  it('keeps the anonymous official who spoke, not the residents he spoke of', () => {
    const d = draftOf('A local official in Gao, who spoke on condition of anonymity because he was not authorized to speak, said residents had fled toward Kayes.', 'en');
    expect(d.notes).toHaveLength(1);
    expect(d.notes[0]).toMatch(/official/);
    expect(d.sources).not.toContain('residents');
  });
});

describe('the army as a source', () => {
  it('reads "the army said" as the national force the document names', () => {
    const fama = { key: 'org:fama', type: 'identity' as const, kind: 'organization', canonical: 'Malian Armed Forces', names: { en: ['Malian army', 'Malian Armed Forces'], fr: ['Forces armées maliennes'], ar: ['الجيش المالي'] }, country: 'ML' };
    const d = draftOf('Gunmen killed 14 soldiers near Gao on Tuesday, the army said. The Malian army has struggled for years.', 'en', [...TEST_PLACES, fama]);
    expect(d.notes).toEqual(['Malian Armed Forces official B3']);
  });
});

describe('Arabic verb-first attributions with a bare title', () => {
  it('reads «قال حاكم الإقليم، الجنرال X» as X speaking', () => {
    const d = draftOf('قال حاكم الإقليم، الجنرال حسين ماكايي برمة، إن المجموعة هاجمت غاو.', 'ar');
    expect(d.notes).toEqual(['حسين ماكايي برمة official B3']);
  });
});

describe('quantified anonymous sources', () => {
  it('reads «selon plusieurs sources locales» and "several security sources"', () => {
    expect(draftOf('Selon plusieurs sources locales, les assaillants venaient de Gao.', 'fr').sources).toEqual(['sources locales']);
    expect(draftOf('According to several security sources, the attackers came from Gao.', 'en').notes).toHaveLength(1);
  });
});
