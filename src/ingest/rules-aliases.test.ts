/** Alias cues, their owners and what the alias makes of a person (fresh sentences, not from any article). */
import { describe, expect, it } from 'vitest';
import { draftOf } from './rules-test-helpers.js';

describe('alias cues (Arabic)', () => {
  it('reads an alias after a relative clause, a time adverb and a naming noun', () => {
    const d = draftOf('ونفذ الهجوم تنظيم جند الحق، الذي بات يعرف منذ 2021 باسم «سرية الفجر».', 'ar');
    expect(d.aliases).toContain('تنظيم جند الحق = سرية الفجر (cue)');
  });

  it('reads «المعروف بكنيته» and «الشهير بـ» and gives the owner a full name with particles', () => {
    const d = draftOf('أوقفت الشرطة محمد الأمين ولد الشيخ أحمد، الشهير بـ«أبي حفص»، قرب غاو. وكان صالح أغ الطاهر، المعروف بكنيته «أبو سعيد الكيدالي»، قد فر.', 'ar');
    expect(d.aliases).toEqual(expect.arrayContaining(['محمد الأمين ولد الشيخ أحمد = أبي حفص (cue)', 'صالح أغ الطاهر = أبو سعيد الكيدالي (cue)']));
    expect(d.find('صالح أغ الطاهر')).toMatchObject({ type: 'threat-actor' });
  });

  it('gives a cue joined by «و» to the person of the clause, not to the place before it', () => {
    const d = draftOf('وقاد الهجوم موسى داود، قائد المجموعة في غاو والملقب بـ«الأعور».', 'ar');
    expect(d.aliases).toEqual(['موسى داود = الأعور (cue)']);
  });

  it('keeps an acronym in brackets apart from cue aliases', () => {
    const d = draftOf('Le Front de libération du Sahel (FLS) a revendiqué l’attaque.', 'fr');
    expect(d.aliases).toEqual(['Front de libération du Sahel = FLS (acronym)']);
  });
});

describe('alias cues (French and English)', () => {
  it('reads a former name after «anciennement appelé»', () => {
    const d = draftOf("Le groupe Ansar Test, anciennement appelé Front Alpha, opère près de Gao.", 'fr');
    expect(d.aliases).toContain('Ansar Test = Front Alpha (cue)');
  });

  it('finds the owner past an aside in brackets and a conjunction', () => {
    const d = draftOf("Yusuf Karim said the raid had failed. Karim himself, a veteran smuggler known as 'Blackbeard' (the pirate) and nicknamed \"The Fox\", escaped.", 'en');
    expect(d.aliases).toEqual(expect.arrayContaining(['Karim = Blackbeard (cue)', 'Karim = The Fox (cue)']));
    expect(d.find('Yusuf Karim')).toMatchObject({ type: 'threat-actor' });
  });

  it('leaves a person without an alias cue an identity', () => {
    expect(draftOf('Analyst Maria Lopez said the road was closed.', 'en').find('Maria Lopez')).toMatchObject({ type: 'identity' });
  });
});

describe('aliases in brackets and after descriptions', () => {
  it('reads a bracketed kunya after a name as its alias', () => {
    const d = draftOf("The network is run by his partner Hassan Wardi ('Abu Sikin') and others.", 'en');
    expect(d.aliases).toContain('Hassan Wardi = Abu Sikin (cue)');
  });

  it('renames the person an apposition ending in a place describes', () => {
    const d = draftOf('The convoy belonged to Mohamed Sidi, a trader from Gao known locally as "the Engineer", police said.', 'en');
    expect(d.aliases).toContain('Mohamed Sidi = the Engineer (cue)');
    expect(d.relations).toContain('Mohamed Sidi located-at Gao');
  });
});

describe('aliases from naming phrases no cue list spells out', () => {
  it('reads a quoted name or a kunya after a naming word in the clause that follows a name', () => {
    expect(draftOf('La cellule obéit à Seydou Kanté, que ses hommes surnomment « le Vieux », selon la police.', 'fr').aliases).toContain('Seydou Kanté = le Vieux (cue)');
    expect(draftOf('The cell answered to Yaya Bello Musa, who goes by the name Abu Hamza and runs the camp.', 'en').aliases).toContain('Yaya Bello Musa = Abu Hamza (cue)');
    expect(draftOf('وكانت الخلية تحت إمرة سالم ولد محمد، المعروف بين أتباعه بلقب «أبو علي»، والذي فر.', 'ar').aliases).toContain('سالم ولد محمد = أبو علي (cue)');
  });

  it('does not rename a group or a person across a second comma', () => {
    const d = draftOf('The army killed Yaya Bello Musa, the leader, and others, a group the residents call "the Ghosts".', 'en');
    expect(d.aliases.filter((a) => a.startsWith('Yaya Bello Musa'))).toEqual([]);
  });
});
