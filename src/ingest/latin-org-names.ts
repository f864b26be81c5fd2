/**
 * Where a French or English organisation or group name ends, from its
 * capitalised head; shared by the Latin-script cue rules.
 */
import { cueAt } from './cues.js';
import { isCapitalised } from './document.js';
import { TOWN_PREPOSITIONS, type NameContext } from './names.js';

export function runHasHead(ctx: NameContext, first: number, last: number, list: 'org' | 'group'): boolean {
  const cues = ctx.cues;
  for (let k = first; k < last; k++) {
    if (!isCapitalised(ctx.doc, k)) continue;
    const hit = list === 'org' ? cueAt(cues.orgHeads, ctx.doc.tokens, k) : cueAt(cues.groupHeads, ctx.doc.tokens, k);
    if (hit && hit.next - hit.first === 1) return true;
  }
  return false;
}

/**
 * "Sahara Security Forum in London": a trailing "in/at/à + capitalised words"
 * says where an organisation is; it is not part of its name (group names keep
 * it: "Front for Change and Concord in Chad").
 */
export function withoutTrailingPlace(ctx: NameContext, first: number, end: number): number {
  for (let k = end - 2; k > first + 1; k--) {
    const token = ctx.doc.tokens[k]!;
    if (['in', 'at', 'a', 'au', 'en'].includes(token.text) && !isCapitalised(ctx.doc, k)) return k;
    if (!isCapitalised(ctx.doc, k)) break;
  }
  return end;
}

export function runHasMarker(ctx: NameContext, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (ctx.cues.orgMarkers.has(ctx.doc.tokens[k]!.text)) return true;
  return false;
}

const FRENCH_ORG_CONNECTORS = new Set(['de', 'd', 'du', 'des', 'la', 'l', 'le', 'les', 'pour', 'et', 'en', 'sur', 'aux', 'au', 'a', 'contre', 'dans']);

/**
 * End of a French organisation or group name from its capitalised head:
 * connectors, nouns and adjectives up to punctuation or a word that starts a
 * cue («basé à», «dirigé par», «a déclaré»): «Office central de répression du
 * trafic illicite des stupéfiants», «Front de libération du Sahel».
 */
export function frenchOrgEnd(ctx: NameContext, i: number): number {
  const { doc, cues } = ctx;
  let j = i + 1;
  let end = i + 1;
  const stops = [cues.reportingVerbs, cues.locatedCues, cues.ledBy, cues.aliasCues, cues.threatCues, cues.memberCues, cues.affiliationCues, cues.leadParticiples];
  // After a proper name ("Front Alpha"), only connectors and capitalised words go on ("… de l'Ouest").
  let proper = false;
  while (j < i + 12) {
    const token = doc.tokens[j];
    if (!token || token.kind !== 'word') break;
    // «… et des Volontaires»: a second name joined by «et» ends the first.
    if (token.text === 'et' && ['des', 'les', 'le', 'la', 'l', 'du', 'de', 'd', 'au', 'aux'].includes(doc.tokens[j + 1]?.text ?? '') && isCapitalised(doc, j + 2)) break;
    // «la katiba Serma à Gao»: the town is where the group is, not part of its name.
    if (TOWN_PREPOSITIONS.has(token.text) && ctx.towns?.[j + 1]) break;
    if (FRENCH_ORG_CONNECTORS.has(token.text)) { j++; continue; }
    // A listed name inside the name («… des Nations unies») is one unit of it.
    if (ctx.blocked[j] && j > i + 1) {
      while (ctx.blocked[j]) j++;
      end = j;
      proper = true;
      continue;
    }
    if (cues.stopwords.has(token.text) || stops.some((list) => cueAt<unknown>(list, doc.tokens, j))) break;
    const capitalised = isCapitalised(doc, j);
    if (proper && !capitalised) break;
    proper ||= capitalised && !cues.orgMarkers.has(token.text);
    j++;
    end = j;
  }
  return end;
}
