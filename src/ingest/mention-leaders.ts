/**
 * Persons named next to a leader phrase: «أمير جماعة X، فلان،», "the leader of
 * X, Name,". The group is already a mention; the person is the name run after
 * the comma.
 */
import { cueAt } from './cues.js';
import { isPunct, type DocumentView } from './document.js';
import type { MentionIndex } from './mention-index.js';
import { personMention } from './mention-build.js';
import { arabicPersonForward, latinNameForward } from './names.js';

export function leaderApposition(doc: DocumentView, index: MentionIndex): void {
  for (const group of [...index.mentions]) {
    if (group.type !== 'threat-actor' || group.kind !== 'group') continue;
    const first = index.firstToken(group);
    const last = index.lastToken(group);
    const ctx = index.context(first);
    let leader = false;
    for (let back = 1; back <= 3 && first - back >= 0; back++) {
      const hit = cueAt(ctx.cues.leaderNouns, doc.tokens, first - back);
      if (hit && hit.next >= first - 1) { leader = true; break; }
      if (doc.tokens[first - back]!.kind !== 'word') break;
    }
    let comma = last;
    while (ctx.cues.genericAdjectives.has(doc.tokens[comma]?.text ?? '')) comma++;
    if (!leader || !isPunct(doc, comma, ',')) continue;
    const start = comma + 1;
    if (index.startingAt(start)) continue;
    const end = ctx.cues.lang === 'ar' ? arabicPersonForward(ctx, start) : latinNameForward(ctx, start, 'person');
    if (end - start >= (ctx.cues.lang === 'ar' ? 2 : 1) && !index.overlaps(start, end)) index.add(personMention(doc, start, end, 'leader'));
  }
}
