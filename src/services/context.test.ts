import { afterEach, describe, expect, it, vi } from 'vitest';

describe('operatorContext', () => {
  afterEach(() => {
    vi.doUnmock('node:os');
    vi.resetModules();
  });

  it('names the operating-system account that runs the command', async () => {
    const { userInfo } = await import('node:os');
    const { operatorContext } = await import('./context.js');
    expect(operatorContext('MLI').principal).toEqual({ name: `operator:${userInfo().username}`, member: 'MLI', role: 'admin' });
  });

  it('falls back to the uid where the account has no entry in the password database', async () => {
    vi.doMock('node:os', async (original) => ({
      ...(await original<typeof import('node:os')>()),
      userInfo: () => { throw Object.assign(new Error('uv_os_get_passwd returned ENOENT'), { code: 'ENOENT' }); },
    }));
    vi.resetModules();
    const { operatorContext } = await import('./context.js');
    expect(operatorContext('DZA').principal.name).toBe(`operator:uid ${process.getuid!()}`);
  });
});
