/**
 * Which addresses a document may be fetched from. An analyst who can make the node fetch a
 * URL could otherwise make it read its own host, the database, a cloud metadata service or
 * anything else on its private network, and see the answer in a draft. So loopback, private,
 * link-local and the other special-purpose ranges are refused unless the operator opens a
 * network on purpose (an agency's intranet, say).
 */
import { BlockList, isIP } from 'node:net';
import { IngestError } from './errors.js';

/** IANA's special-purpose address ranges (RFC 6890 and its updates), as data. */
const SPECIAL_PURPOSE_V4 = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
  '192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24', '192.168.0.0/16', '198.18.0.0/15',
  '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
];
/** The same for IPv6, with every form that embeds an IPv4 address (mapped, NAT64, 6to4, Teredo). */
const SPECIAL_PURPOSE_V6 = [
  '::/127', '::ffff:0:0/96', '64:ff9b::/96', '64:ff9b:1::/48', '100::/64', '2001::/32',
  '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10', 'ff00::/8',
];

interface Network { readonly address: string; readonly prefix: number; readonly type: 'ipv4' | 'ipv6' }

/** Parses "10.20.0.0/16", "fd00::/8" or a single address; undefined when it is neither. */
function parseNetwork(text: string): Network | undefined {
  const [address = '', prefixText, extra] = text.trim().split('/');
  const family = isIP(address);
  if (!family || extra !== undefined) return undefined;
  const max = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return undefined;
  return { address, prefix, type: family === 4 ? 'ipv4' : 'ipv6' };
}

/**
 * One list per family: a BlockList holding an IPv6 range such as ::ffff:0:0/96 would also match
 * every IPv4 address checked against it (it compares IPv4 addresses in their mapped form).
 */
interface Ranges { readonly ipv4: BlockList; readonly ipv6: BlockList }

function rangesOf(networks: readonly Network[]): Ranges {
  const ranges = { ipv4: new BlockList(), ipv6: new BlockList() };
  for (const n of networks) ranges[n.type].addSubnet(n.address, n.prefix, n.type);
  return ranges;
}

const specialPurpose = rangesOf([...SPECIAL_PURPOSE_V4, ...SPECIAL_PURPOSE_V6].map((text) => parseNetwork(text)!));

export class AddressPolicy {
  private readonly opened: Ranges;

  /** `openedNetworks`: CIDR ranges or addresses the operator allows despite being special-purpose. */
  constructor(readonly openedNetworks: readonly string[] = []) {
    this.opened = rangesOf(openedNetworks.map((text) => {
      const network = parseNetwork(text);
      if (!network) throw new IngestError('invalid_option', `"${text}" is not a network: give an address or a CIDR range such as 10.20.0.0/16 or fd00::/8`);
      return network;
    }));
  }

  /** Whether a document may be fetched from `address` (an IP address, never a name). */
  allows(address: string): boolean {
    const family = isIP(address);
    if (!family) return false;
    const type = family === 4 ? 'ipv4' : 'ipv6';
    return this.opened[type].check(address, type) || !specialPurpose[type].check(address, type);
  }

  /** The error for a refused address, naming what was asked for and how to open it. */
  refusal(host: string, address: string): IngestError {
    const named = host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1') === address ? `${address} is` : `${host} is at ${address},`;
    return new IngestError('address_refused', `${named} a private, local or reserved address; this node fetches documents only from public addresses unless its operator opens that network (HOGGAR_FETCH_ALLOW)`);
  }
}

/** Told by `--help` of the commands that fetch documents. */
export const FETCH_ALLOW_HELP = `
Documents are fetched by URL only from public addresses. To allow private networks as well
(an intranet, say), list them in HOGGAR_FETCH_ALLOW, comma-separated:
  HOGGAR_FETCH_ALLOW=10.20.0.0/16,fd00:1234::/32
Where the network reaches the outside only through an HTTP proxy, name it (the address rules
still apply to the documents' addresses, which are resolved and checked by this node):
  HOGGAR_FETCH_PROXY=http://proxy.example:3128`;

/** The policy of this process: HOGGAR_FETCH_ALLOW holds the opened networks, comma-separated. */
export function addressPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): AddressPolicy {
  const text = env.HOGGAR_FETCH_ALLOW ?? '';
  return new AddressPolicy(text.split(',').map((s) => s.trim()).filter(Boolean));
}
