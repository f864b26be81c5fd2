import { describe, expect, it } from 'vitest';
import { normaliseForMatching } from './normalise.js';
import { tokenise } from './tokens.js';

const sentences = (text: string): string[] => {
  const norm = normaliseForMatching(text);
  const { sentences: list } = tokenise(norm);
  return list.map((s) => norm.text.slice(s.start, s.end));
};

describe('tokenise', () => {
  it('splits words, punctuation and paragraph breaks', () => {
    const { tokens } = tokenise(normaliseForMatching('قال، «أبو عياض».\nثم'));
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'punct', 'punct', 'word', 'word', 'punct', 'punct', 'break', 'word']);
  });

  it('ends sentences at full stops, also without a following space in Arabic', () => {
    expect(sentences('خارج حدود البلد.قمة تمنراست سوف تنكب.')).toEqual(['خارج حدود البلد.', 'قمه تمنراست سوف تنكب.']);
  });

  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(sentences('Gen. Goïta met M. Diallo, a.k.a. Abu Y, at 3.5 km. Then left.')).toHaveLength(2);
  });

  it('keeps a closing quote with its sentence and does not count paragraph breaks as sentences', () => {
    expect(sentences('«Attaque.» Puis.\n\nSuite.')).toEqual(['"attaque."', 'puis.', 'suite.']);
  });
});

describe('sentences without stops', () => {
  it('cuts a run of tokens with no sentence end into pieces of at most 300 tokens', () => {
    const { tokens, sentences } = tokenise(normaliseForMatching('word '.repeat(1000)));
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of sentences) expect(s.last - s.first).toBeLessThanOrEqual(300);
    expect(sentences.at(-1)!.last).toBe(tokens.length);
  });
});
