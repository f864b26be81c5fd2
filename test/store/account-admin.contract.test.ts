/**
 * Who may sign in, and who changed that: disabling an account shuts its password and its
 * tokens at once, the last admin cannot be shut out, and every account, right and peer
 * change is in the audit log with its author, in the same transaction as the change.
 */
import { expect, it } from 'vitest';
import { operatorContext, systemContext } from '../../src/services/context.js';
import { PeerService } from '../../src/sync/peer-service.js';
import { identity } from '../factories/stix.js';
import { contract } from '../helpers/contract.js';

contract('store: account administration', (fresh) => {
  it('disables and enables an account: password and tokens refused while disabled, even a password just verified', async () => {
    const { node, addUser } = await fresh();
    const ctx = operatorContext('DZA');
    const { user, password } = await addUser('analyst', 'DZA');
    const { id: tokenId, token } = await node.auth.createToken(ctx, user, { label: 'laptop' });
    expect(await node.auth.byPassword(user, password)).toMatchObject({ name: user });
    expect(await node.auth.byToken(token)).toMatchObject({ name: user });

    expect(await node.auth.setDisabled(ctx, user, true)).toEqual({ changed: true });
    expect(await node.auth.byPassword(user, password)).toBeUndefined();
    expect(await node.auth.byToken(token)).toBeUndefined();
    expect(await node.auth.setDisabled(ctx, user, true)).toEqual({ changed: false });
    expect((await node.store.accounts.user(user))?.disabled_us).toEqual(expect.any(Number));

    expect(await node.auth.setDisabled(ctx, user, false)).toEqual({ changed: true });
    expect(await node.auth.byPassword(user, password)).toMatchObject({ name: user });
    expect(await node.auth.byToken(token)).toMatchObject({ name: user });

    await node.auth.revokeToken(ctx, tokenId);
    expect(await node.auth.byToken(token)).toBeUndefined();
    await expect(node.auth.revokeToken(ctx, tokenId)).rejects.toMatchObject({ code: 'not_found', message: `no token with id ${tokenId}` });
    await expect(node.auth.setDisabled(ctx, 'nobody', true)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('stops accepting a token once it expires, and refuses an expiry in the past', async () => {
    const { node, addUser } = await fresh();
    const ctx = operatorContext('DZA');
    const { user } = await addUser('courier', 'NER');
    const expiresUs = Date.now() * 1000 + 1_500_000;
    const { id, token } = await node.auth.createToken(ctx, user, { label: 'short', expiresUs });
    const lasting = await node.auth.createToken(ctx, user);
    expect(await node.auth.byToken(token)).toMatchObject({ name: user });
    expect((await node.store.accounts.tokens(user)).find((t) => t.id === id)?.expires_us).toBe(expiresUs);
    await new Promise((resolve) => setTimeout(resolve, 1_700));
    expect(await node.auth.byToken(token)).toBeUndefined();
    expect(await node.auth.byToken(lasting.token)).toMatchObject({ name: user });
    await expect(node.auth.createToken(ctx, user, { expiresUs: Date.now() * 1000 - 1 })).rejects.toMatchObject({ code: 'bad_request', message: 'a token must expire in the future' });
  });

  it('tells a name taken by a concurrent request as a conflict, not a database error', async () => {
    const { node } = await fresh();
    const ctx = operatorContext('DZA');
    const users = await Promise.allSettled([1, 2, 3].map(() => node.auth.addUser(ctx, { name: 'twin', member: 'DZA', role: 'analyst', password: 'a-long-password' })));
    expect(users.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const refused of users.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expect(refused.reason).toMatchObject({ code: 'conflict', message: 'user twin already exists' });
    }
    const peers = new PeerService(node);
    const peer = { name: 'niamey', url: 'https://niamey.example/taxii2/root/', member: 'NER', token: 't', collection: 'c1', verify: false };
    const added = await Promise.allSettled([1, 2].map(() => peers.add(ctx, peer)));
    expect(added.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'added')).sort()).toEqual(['added', 'conflict']);
    const collections = await Promise.allSettled([1, 2].map(() => node.collections.create(ctx, { title: 'x', alias: 'shared', grants: [] })));
    expect(collections.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'added')).sort()).toEqual(['added', 'conflict']);
  });

  it('revokes a token, and deletes an object, once when asked twice at once', async () => {
    const { node, init } = await fresh();
    const ctx = operatorContext('DZA');
    const { id } = await node.auth.createToken(ctx, 'admin');
    const revoked = await Promise.allSettled([node.auth.revokeToken(ctx, id), node.auth.revokeToken(ctx, id)]);
    expect(revoked.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'revoked')).sort()).toEqual(['not_found', 'revoked']);
    const object = identity();
    await node.writer.add(ctx, init.collectionId, [object]);
    const deleted = await Promise.allSettled([1, 2].map(() => node.deleter.delete(ctx, init.collectionId, object.id)));
    expect(deleted.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'deleted')).sort()).toEqual(['deleted', 'not_found']);
    const audited = (await node.store.audit.recent(10_000)).map((r) => r.action);
    expect(audited.filter((a) => a === 'tokens.revoke')).toHaveLength(1);
    expect(audited.filter((a) => a === 'objects.delete')).toHaveLength(1);
  });

  it('never disables the last enabled admin', async () => {
    const { node, addUser } = await fresh();
    const ctx = operatorContext('DZA');
    await expect(node.auth.setDisabled(ctx, 'admin', true)).rejects.toMatchObject({
      code: 'conflict', message: 'admin is the last enabled admin; add or enable another admin first',
    });
    await addUser('second-admin', 'DZA', 'admin');
    await node.auth.setDisabled(ctx, 'admin', true);
    await expect(node.auth.setDisabled(ctx, 'second-admin', true)).rejects.toMatchObject({ code: 'conflict' });
    await node.auth.setDisabled(ctx, 'admin', false);
    await node.auth.setDisabled(ctx, 'second-admin', true);
    // Two admins disabling each other at the same moment: one of them stays enabled.
    await node.auth.setDisabled(ctx, 'second-admin', false);
    const outcomes = await Promise.allSettled([node.auth.setDisabled(ctx, 'admin', true), node.auth.setDisabled(ctx, 'second-admin', true)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((await node.store.accounts.users()).filter((u) => u.role === 'admin' && u.disabled_us === null)).toHaveLength(1);
  });

  it('audits every account, right and peer change with its author, and never a secret', async () => {
    const { node } = await fresh();
    const ctx = operatorContext('DZA');
    const before = (await node.store.audit.recent(10_000)).length;
    await node.auth.addUser(ctx, { name: 'liaison', member: 'MLI', role: 'analyst', password: 'a-long-password' });
    await node.auth.setPassword(ctx, 'liaison', 'another-long-password');
    const { id: tokenId, token } = await node.auth.createToken(ctx, 'liaison', { label: 'sync box' });
    await node.auth.revokeToken(ctx, tokenId);
    await node.auth.setDisabled(ctx, 'liaison', true);
    await node.auth.setDisabled(ctx, 'liaison', false);
    const collection = await node.collections.create(ctx, { title: 'Liaison', grants: [{ principal: 'user:liaison', canRead: true, canWrite: false }] });
    await node.collections.grant(ctx, collection, { principal: 'member:MLI', canRead: true, canWrite: true });
    const peers = new PeerService(node);
    await peers.add(systemContext('DZA'), { name: 'bamako', url: 'https://bamako.example/taxii2/root/', member: 'MLI', token: 'peer-secret-token', collection: 'c1', verify: false });
    await peers.remove(ctx, 'bamako');

    const rows = (await node.store.audit.recent(10_000)).slice(before);
    expect(rows.map((r) => [r.action, r.target, r.actor])).toEqual([
      ['users.add', 'liaison', ctx.principal.name + '@DZA'],
      ['users.passwd', 'liaison', ctx.principal.name + '@DZA'],
      ['tokens.create', 'liaison', ctx.principal.name + '@DZA'],
      ['tokens.revoke', 'liaison', ctx.principal.name + '@DZA'],
      ['users.disable', 'liaison', ctx.principal.name + '@DZA'],
      ['users.enable', 'liaison', ctx.principal.name + '@DZA'],
      ['collections.add', collection, ctx.principal.name + '@DZA'],
      ['collections.grant', collection, ctx.principal.name + '@DZA'],
      ['peers.add', 'bamako', 'system@DZA'],
      ['peers.remove', 'bamako', ctx.principal.name + '@DZA'],
    ]);
    expect(JSON.parse(rows[2]!.detail_json!)).toEqual({ token_id: tokenId, label: 'sync box', expires: null });
    const everything = JSON.stringify(rows);
    for (const secret of [token, 'a-long-password', 'another-long-password', 'peer-secret-token']) expect(everything).not.toContain(secret);
    expect(ctx.principal.name).toMatch(/^operator:.+/);
  });
});
