/** Organisation and group names, places and what is not a place (fresh sentences, not from any article). */
import { describe, expect, it } from 'vitest';
import { draftOf } from './rules-test-helpers.js';

describe('organisation and group names', () => {
  it('spells a name out from its acronym, lower-case words included', () => {
    const d = draftOf('Des éléments de la Compagnie mobile de protection des frontières (CMPF) ont saisi un camion.', 'fr');
    expect(d.entities('identity')).toEqual(['Compagnie mobile de protection des frontières']);
    expect(d.aliases).toEqual(['Compagnie mobile de protection des frontières = CMPF (acronym)']);
    expect(draftOf('The Joint Border Patrol Unit (JBPU) was deployed near Gao.', 'en').entities('identity')).toContain('Joint Border Patrol Unit');
  });

  it('does not spell out an acronym whose letters the words do not give', () => {
    expect(draftOf('The Joint Border Patrol Unit (XYZ) was deployed near Gao.', 'en').entities('identity')).not.toContain('Joint Border Patrol Unit (XYZ)');
  });

  it('keeps a place written before an organisation in its name, and leaves out the place after "in"', () => {
    const d = draftOf('Fatou Sy, a researcher at the Gao Conflict Research Network in Kayes, said the roads were mined.', 'en');
    expect(d.entities('identity')).toContain('Gao Conflict Research Network');
    expect(d.entities('threat-actor')).toEqual([]);
    expect(d.relations).toContain('Fatou Sy works-for Gao Conflict Research Network');
  });

  it('reads a group head that is part of the name, with a place in it', () => {
    const d = draftOf("Des combattants de la katiba Gao de l'émir Hamadou Sall ont attaqué Kayes.", 'fr');
    expect(d.entities('threat-actor')).toContain('Gao');
    expect(d.mentions('Gao')).toEqual(['katiba Gao']);
  });

  it('names an Arabic organisation with a place and a complement in it, and a university after a person', () => {
    const d = draftOf('وقال مدير مركز غاو للأبحاث حول السلم إن الأستاذ بجامعة أحمد بابا في غاو غادر.', 'ar');
    expect(d.entities('identity')).toEqual(expect.arrayContaining(['مركز غاو للأبحاث حول السلم', 'جامعة أحمد بابا']));
  });
});

describe('what is not a place', () => {
  it('drops countries named in currencies and languages, and region adjectives on their own', () => {
    expect(draftOf('The smugglers carried 20,000 US dollars and a Saharan map.', 'en', [
      { key: 'country:US', type: 'location', kind: 'country', canonical: 'United States', names: { ar: [], fr: [], en: ['US', 'United States'] }, country: 'US' },
      { key: 'region:sahara', type: 'location', kind: 'region', canonical: 'Sahara', names: { ar: [], fr: [], en: ['Sahara'] }, adjectives: { ar: [], fr: [], en: ['Saharan'] } },
    ]).entities('location')).toEqual([]);
    expect(draftOf('وصدر البيان باللغة المالية في غاو.', 'ar').entities('location')).toEqual(['Gao']);
  });

  it('does not type a quoted phrase as a group because a group noun governed by a preposition follows it', () => {
    expect(draftOf('وباتت الفدية «مصدر دخل ثابت» للتنظيم في غاو.', 'ar').entities('threat-actor')).toEqual([]);
  });
});

describe('quoted Arabic names with an organisation head', () => {
  it('does not name a group after its purpose ("a network for smuggling …"), and keeps the named group beside it', () => {
    const d = draftOf('فككت قوات الأمن خلية لتجنيد الشباب قرب أوباري كانت تعمل لصالح جماعة نصرة الإسلام والمسلمين، وأوقفت زعيمها المدعو سالم بن عمار.', 'ar');
    const groups = d.entities('threat-actor');
    expect(groups.some((name) => name.includes('تجنيد'))).toBe(false);
    expect(groups).toContain('نصرة الإسلام والمسلمين');
  });

  it('keeps the whole quote as the name and types it by the group noun in apposition', () => {
    const d = draftOf('وأوضح البيان أن المهاجمين ينتمون إلى "مجلس القيادة العسكرية لإنقاذ الجمهورية"، وهو فصيل متمرد تأسس عام 2016.', 'ar');
    expect(d.entities('threat-actor')).toEqual(['مجلس القيادة العسكرية لإنقاذ الجمهورية']);
  });
});

describe('where a new group name ends', () => {
  it('leaves a town after "in", "à" out of the name and places the group there', () => {
    const en = draftOf('The Katiba Serma in Gao claimed the attack.', 'en');
    expect(en.entities('threat-actor')).toEqual(['Katiba Serma']);
    expect(en.relations).toContain('Katiba Serma located-at Gao');
    const fr = draftOf('Des combattants du Front Delta à Gao ont attaqué un convoi.', 'fr');
    expect(fr.entities('threat-actor')).toEqual(['Front Delta']);
    expect(fr.relations).toContain('Front Delta located-at Gao');
  });

  it('keeps a country that is part of a name ("… in Niger")', () => {
    expect(draftOf('The Front for Change and Concord in Niger attacked Gao.', 'en').entities('threat-actor')).toEqual(['Front for Change and Concord in Niger']);
  });

  it('does not take the group\'s fighters into its name ("Fighters of the Front Delta …")', () => {
    expect(draftOf('Fighters of the Front Delta attacked a convoy near Gao.', 'en').entities('threat-actor')).toEqual(['Front Delta']);
  });
});
