import { expect, it } from 'vitest';
import type { Node } from '../../src/node/node.js';
import { memberIdentityId } from '../../src/members/registry.js';
import type { RequestContext, Role } from '../../src/services/context.js';
import { systemContext } from '../../src/services/context.js';
import { releasabilityMarking, TLP2_MARKING_IDS } from '../../src/stix/markings.js';
import type { StixObject } from '../../src/stix/types.js';
import { identity } from '../factories/stix.js';
import { contract } from '../helpers/contract.js';

const as = (member: string, role: Role = 'analyst'): RequestContext => ({ principal: { name: `${member.toLowerCase()}-${role}`, member, role } });

const REL_DZA_MLI = releasabilityMarking(['MLI', 'DZA']);
const REL_NER = releasabilityMarking(['NER']);
const REL_MLI = releasabilityMarking(['MLI']);

function marked(name: string, markings: string[], extra: Record<string, unknown> = {}): StixObject {
  return identity({ name, object_marking_refs: markings.length ? markings : undefined, ...extra });
}

/** Objects under every kind of marking, and who must see each one on a DZA node. */
function cases() {
  const t = TLP2_MARKING_IDS;
  return [
    { object: marked('clear', [t.clear]), read: ['DZA', 'MLI', 'NER'], share: ['DZA', 'MLI', 'NER'] },
    { object: marked('green', [t.green]), read: ['DZA', 'MLI', 'NER'], share: [] },
    { object: marked('amber', [t.amber]), read: ['DZA'], share: [] },
    { object: marked('unmarked', []), read: ['DZA'], share: [] },
    { object: marked('amber rel dza mli', [t.amber, REL_DZA_MLI.id]), read: ['DZA', 'MLI'], share: ['DZA', 'MLI'] },
    { object: marked('red rel dza mli', [t.red, REL_DZA_MLI.id]), read: ['DZA', 'MLI'], share: [] },
    { object: marked('green rel ner', [t.green, REL_NER.id]), read: ['DZA', 'NER'], share: ['NER'] },
    { object: marked('amber+strict rel ner', [t['amber+strict'], REL_NER.id]), read: ['DZA', 'NER'], share: ['NER'] },
    {
      // A granular TLP:RED marking makes the whole object red: no part of it is released further than its marking allows.
      object: marked('green with red part', [t.green], { granular_markings: [{ marking_ref: t.red, selectors: ['description'] }], description: 'secret' }),
      read: ['DZA'], share: [],
    },
    {
      // Granular markings only narrow: a part released to Mali does not release the AMBER whole.
      object: marked('amber with a part released to mali', [t.amber], { granular_markings: [{ marking_ref: REL_DZA_MLI.id, selectors: ['name'] }] }),
      read: ['DZA'], share: [],
    },
    {
      object: marked('unmarked with a clear part', [], { granular_markings: [{ marking_ref: t.clear, selectors: ['name'] }] }),
      read: ['DZA'], share: [],
    },
    {
      object: marked('from mali, released to algeria', [t.amber, REL_DZA_MLI.id], { created_by_ref: memberIdentityId('MLI') }),
      read: ['DZA', 'MLI'], share: ['DZA', 'MLI'],
    },
  ];
}

async function visible(node: Node, ctx: RequestContext, collectionId: string) {
  const page = await node.reader.page(ctx, collectionId, { types: ['identity'], limit: 1000 });
  return new Set(page.rows.map((r) => JSON.parse(r.json).name as string));
}

contract('store: access by markings', (fresh) => {
  it('serves each member exactly what its markings release to it, on every read path', async () => {
    const { node, init } = await fresh('DZA');
    const all = cases();
    const result = await node.writer.add(systemContext('DZA'), init.collectionId, [REL_DZA_MLI, REL_NER, ...all.map((c) => c.object)]);
    expect(result.outcomes.every((o) => o.ok)).toBe(true);
    for (const member of ['DZA', 'MLI', 'NER']) {
      const reads = await visible(node, as(member), init.collectionId);
      const shares = await visible(node, as(member, 'peer'), init.collectionId);
      for (const c of all) {
        const name = c.object.name as string;
        expect(reads.has(name), `${member} reading "${name}"`).toBe(c.read.includes(member));
        expect(shares.has(name), `${member} peer receiving "${name}"`).toBe(c.share.includes(member));
      }
    }
  });

  it('refuses an object from another member that is not released to this node', async () => {
    const { node, init } = await fresh('DZA');
    const foreign = marked('mali only', [TLP2_MARKING_IDS.amber, REL_MLI.id], { created_by_ref: memberIdentityId('MLI') });
    const greenForeign = marked('mali green, no release list', [TLP2_MARKING_IDS.green], { created_by_ref: memberIdentityId('MLI') });
    const result = await node.writer.add(as('MLI', 'peer'), init.collectionId, [REL_MLI, foreign, greenForeign]);
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, false, false]);
    expect(result.outcomes[1]!.message).toMatch(/not released to DZA/);
    expect(await visible(node, as('DZA'), init.collectionId)).not.toContain('mali only');
  });

  it('keeps an object owner-only until its releasability marking arrives, then applies it', async () => {
    const { node, init } = await fresh('DZA');
    const early = marked('marking arrives later', [TLP2_MARKING_IDS.amber, REL_NER.id]);
    const stored = await node.writer.add(systemContext('DZA'), init.collectionId, [early]);
    expect(stored.outcomes[0]).toMatchObject({ ok: true, message: `stored; only its owner's member may read it until this node receives its marking definitions ${REL_NER.id}` });
    expect(await visible(node, as('NER'), init.collectionId)).not.toContain('marking arrives later');
    expect(await visible(node, as('DZA'), init.collectionId)).toContain('marking arrives later');
    await node.writer.add(systemContext('DZA'), init.collectionId, [REL_NER]);
    expect(await visible(node, as('NER'), init.collectionId)).toContain('marking arrives later');
    expect(await visible(node, as('NER', 'peer'), init.collectionId)).toContain('marking arrives later');
    expect(await visible(node, as('MLI'), init.collectionId)).not.toContain('marking arrives later');
  });

  it('lets a user see only the collections it holds a right on', async () => {
    const { node } = await fresh('DZA');
    const secret = await node.collections.create(systemContext('DZA'), { title: 'DZA eyes only', grants: [{ principal: 'member:DZA', canRead: true, canWrite: true }] });
    const drop = await node.collections.create(systemContext('DZA'), { title: 'drop box', grants: [{ principal: 'user:mli-analyst', canRead: false, canWrite: true }] });
    const mli = (await node.collections.list(as('MLI'))).map((c) => c.id);
    expect(mli).not.toContain(secret);
    expect(mli).toContain(drop);
    await expect(node.collections.require(as('MLI'), secret, 'read')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(node.collections.require(as('MLI'), drop, 'read')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(node.collections.require(as('MLI'), drop, 'write')).resolves.toMatchObject({ canWrite: true });
    await expect(node.collections.require(as('MLI'), 'no-such-collection', 'read')).rejects.toMatchObject({ code: 'not_found' });
  });
});
