/** Titles, complements and apposition: the persons they name (fresh sentences, not from any article). */
import { describe, expect, it } from 'vitest';
import { draftOf, TEST_PLACES } from './rules-test-helpers.js';

describe('Arabic titles', () => {
  it('skips a prepositional complement written without a comma', () => {
    expect(draftOf('وقال الباحث في الشؤون الاقتصادية سليم ولد الحاج إن الأسعار ارتفعت.', 'ar').entities('identity')).toContain('سليم ولد الحاج');
  });

  it('skips an indefinite complement up to a comma, and a second title after it', () => {
    const d = draftOf('وحسب رئيس بلدية غاو، الدكتور يوسف كمارا، فإن الطريق مغلق. وأكد المحلل في شؤون منطقة الساحل، المهندس كريم داود، ذلك.', 'ar');
    expect(d.entities('identity')).toEqual(expect.arrayContaining(['يوسف كمارا', 'كريم داود']));
  });

  it('does not take a function word with a conjunction into a name', () => {
    expect(draftOf('وكان العقيد حمزة بلعيد قد زار غاو.', 'ar').entities('identity')).toEqual(['حمزة بلعيد']);
  });
});

describe('French and English titles', () => {
  it('does not read the name itself as the complement of a title', () => {
    expect(draftOf("La sociologue Awa Traoré, de l'Institut du Sahel, a parlé.", 'fr').entities('identity')).toContain('Awa Traoré');
  });

  it('skips a lower-case complement up to a comma and a second title', () => {
    const d = draftOf('Le préfet de la région de Gao, le colonel Amadou Diallo, a annoncé un couvre-feu.', 'fr');
    expect(d.entities('identity')).toContain('Amadou Diallo');
  });

  it('leaves titles and adjectives out of the name, and keeps the role of the last title', () => {
    const d = draftOf('Police spokesman Major Ibrahim Musa said the road was reopened. The convoy was led by the general Ali Sanda.', 'en');
    expect(d.entities('identity')).toEqual(expect.arrayContaining(['Ibrahim Musa', 'Ali Sanda']));
    expect(draftOf('Le commissaire principal Moussa Hama a parlé.', 'fr').entities('identity')).toEqual(['Moussa Hama']);
  });
});

describe('Arabic given names with the article', () => {
  it('finds a person whose given name carries the article after a title and a complement', () => {
    const d = draftOf('ويرى الباحث في شؤون الجماعات المتشددة، الهادي القلعي، من مركز غاو للدراسات، أن الجماعة ضعفت.', 'ar');
    expect(d.entities('identity')).toContain('الهادي القلعي');
    expect(d.relations.some((r) => r.startsWith('الهادي القلعي works-for'))).toBe(true);
  });

  it('does not make a person of a definite word that is not a listed given name', () => {
    expect(draftOf('وقال الباحث إن الوضع الأمني تدهور.', 'ar').entities('identity')).toEqual([]);
  });
});

describe('common nouns where a name is expected', () => {
  it('does not make a person of «رجل» after a leader cue', () => {
    const d = draftOf('وكان المهاجمون بقيادة رجل يلقبه الأهالي بـ«دوغو» قرب غاو.', 'ar');
    expect(d.entities('threat-actor').some((n) => n.startsWith('رجل'))).toBe(false);
  });
});

describe('nisbas in Latin-script names', () => {
  it('keeps a demonym after «al» inside the name and drops the country mention', () => {
    const d = draftOf('Le Front Alpha, dirigé depuis 2021 par Abou al-Bara al-Malien, multiplie les assauts.', 'fr');
    expect(d.entities('threat-actor')).toContain('Abou al-Bara al-Malien');
    expect(d.entities('location')).not.toContain('Mali');
  });
});

describe('leaders of organisations', () => {
  it('keeps the leader of an organisation (not an armed group) an identity, graded as an official', () => {
    const cjtf = { key: 'org:cjtf', type: 'identity' as const, kind: 'organization', canonical: 'Civilian Joint Task Force', names: { en: ['Civilian Joint Task Force'], fr: ['Force civile conjointe'], ar: ['قوة المهام المشتركة المدنية'] }, country: 'NG' };
    const d = draftOf('Babakura Kolo, a leader of the Civilian Joint Task Force, told reporters the attackers came from Gao.', 'en', [...TEST_PLACES, cjtf]);
    expect(d.find('Babakura Kolo')).toMatchObject({ type: 'identity' });
    expect(d.relations).toContain('Babakura Kolo works-for Civilian Joint Task Force');
    expect(d.notes).toEqual(['Babakura Kolo official B3']);
  });
});

describe('«قوله» after a name', () => {
  it('ends the name before «قوله» (his saying)', () => {
    const d = draftOf('ونقلت الصحيفة عن وزير الدفاع حننه ولد سيدي قوله إن الجيش سيرد.', 'ar');
    expect(d.entities('identity')).toContain('حننه ولد سيدي');
  });
});

describe('persons named only as the subject of a lead or member verb', () => {
  it('reads a name run before "has led", "dirige", "a rejoint" a group as a person', () => {
    expect(draftOf('Yaya Coulibaly has led the Front Alpha since 2017.', 'en').relations).toContain('Yaya Coulibaly leads Front Alpha');
    expect(draftOf('Analysts say Moussa Traoré heads the Front Alpha.', 'en').relations).toContain('Moussa Traoré leads Front Alpha');
    expect(draftOf('Issa Diallo dirige le Front Alpha depuis 2019.', 'fr').relations).toContain('Issa Diallo leads Front Alpha');
    expect(draftOf('Issa Diallo a rejoint le Front Alpha en 2019.', 'fr').relations).toContain('Issa Diallo member-of Front Alpha');
  });

  it('makes no person of a place, a force or a single word before the verb', () => {
    expect(draftOf('Yesterday Gao joined the Front Alpha.', 'en').entities('threat-actor')).toEqual(['Front Alpha']);
    expect(draftOf('The Malian army has joined the Front Alpha.', 'en').entities('threat-actor')).toEqual(['Front Alpha']);
    expect(draftOf('Diallo leads the Front Alpha.', 'en').entities('threat-actor')).toEqual(['Front Alpha']);
  });
});
