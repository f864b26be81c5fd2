import { describe, expect, it } from 'vitest';
import { AddressPolicy, addressPolicyFromEnv } from './address-policy.js';

describe('AddressPolicy', () => {
  const policy = new AddressPolicy();

  it('allows public addresses and refuses the special-purpose ranges', () => {
    for (const open of ['8.8.8.8', '1.1.1.1', '41.200.1.1', '2a00:1450:4007::1', '2606:4700::1111']) expect(policy.allows(open), open).toBe(true);
    for (const closed of ['127.0.0.1', '127.8.9.10', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
      '224.0.0.1', '255.255.255.255', '198.18.0.1', '::', '::1', '::ffff:127.0.0.1', '::ffff:8.8.8.8', '64:ff9b::a00:1', '2002:a00:1::', '2001::1', 'fd12:3456::1', 'fe80::1', 'ff02::1']) {
      expect(policy.allows(closed), closed).toBe(false);
    }
    expect(policy.allows('172.32.0.1')).toBe(true);
    expect(policy.allows('not an address')).toBe(false);
  });

  it('opens only the networks the operator names', () => {
    const intranet = new AddressPolicy(['10.20.0.0/16', 'fd00:1234::/32', '192.168.1.7']);
    expect(['10.20.5.5', 'fd00:1234::9', '192.168.1.7', '8.8.8.8'].map((a) => intranet.allows(a))).toEqual([true, true, true, true]);
    expect(['10.21.0.1', 'fd00:1235::1', '192.168.1.8', '127.0.0.1'].map((a) => intranet.allows(a))).toEqual([false, false, false, false]);
  });

  it('refuses a malformed network by name', () => {
    for (const bad of ['nonsense', '10.0.0.0/33', '10.0.0.0/8/8', 'fd00::/129', '10.0.0/8', '10.0.0.0/x']) {
      expect(() => new AddressPolicy([bad]), bad).toThrow(`"${bad}" is not a network`);
    }
    expect(() => addressPolicyFromEnv({ HOGGAR_FETCH_ALLOW: '10.0.0.0/8, oops' })).toThrow('"oops" is not a network');
    expect(addressPolicyFromEnv({ HOGGAR_FETCH_ALLOW: ' 10.0.0.0/8 , ,fd00::/8 ' }).openedNetworks).toEqual(['10.0.0.0/8', 'fd00::/8']);
    expect(addressPolicyFromEnv({}).openedNetworks).toEqual([]);
  });
});
