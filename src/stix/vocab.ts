/**
 * Every STIX 2.1 vocabulary (OASIS STIX 2.1 OS, section 10) as data, in one place.
 *
 * Open vocabularies (`-ov`) list the values the specification suggests: a value
 * outside the list is allowed and earns a warning. Enumerations (`-enum`) are
 * closed: a value outside the list is an error.
 */
export const OPEN_VOCABULARIES = {
  'account-type-ov': [
    'facebook', 'ldap', 'nis', 'openid', 'radius', 'skype', 'tacacs', 'twitter', 'unix',
    'windows-local', 'windows-domain',
  ],
  'attack-motivation-ov': [
    'accidental', 'coercion', 'dominance', 'ideology', 'notoriety', 'organizational-gain',
    'personal-gain', 'personal-satisfaction', 'revenge', 'unpredictable',
  ],
  'attack-resource-level-ov': ['individual', 'club', 'contest', 'team', 'organization', 'government'],
  'grouping-context-ov': ['suspicious-activity', 'malware-analysis', 'unspecified'],
  'hash-algorithm-ov': ['MD5', 'SHA-1', 'SHA-256', 'SHA-512', 'SHA3-256', 'SHA3-512', 'SSDEEP', 'TLSH'],
  'identity-class-ov': ['individual', 'group', 'system', 'organization', 'class', 'unknown'],
  'implementation-language-ov': [
    'applescript', 'bash', 'c', 'c++', 'c#', 'go', 'java', 'javascript', 'lua', 'objective-c',
    'perl', 'php', 'powershell', 'python', 'ruby', 'scala', 'swift', 'typescript',
    'visual-basic', 'x86-32', 'x86-64',
  ],
  'indicator-type-ov': [
    'anomalous-activity', 'anonymization', 'benign', 'compromised', 'malicious-activity',
    'attribution', 'unknown',
  ],
  'industry-sector-ov': [
    'agriculture', 'aerospace', 'automotive', 'chemical', 'commercial', 'communications',
    'construction', 'defense', 'education', 'energy', 'entertainment', 'financial-services',
    'government', 'emergency-services', 'government-national', 'government-regional',
    'government-local', 'government-public-services', 'healthcare', 'hospitality-leisure',
    'infrastructure', 'dams', 'nuclear', 'water', 'insurance', 'manufacturing', 'mining',
    'non-profit', 'pharmaceuticals', 'retail', 'technology', 'telecommunications',
    'transportation', 'utilities',
  ],
  'infrastructure-type-ov': [
    'amplification', 'anonymization', 'botnet', 'command-and-control', 'exfiltration',
    'hosting-malware', 'hosting-target-lists', 'phishing', 'reconnaissance', 'staging', 'unknown',
  ],
  'malware-capabilities-ov': [
    'accesses-remote-machines', 'anti-debugging', 'anti-disassembly', 'anti-emulation',
    'anti-memory-forensics', 'anti-sandbox', 'anti-vm', 'captures-input-peripherals',
    'captures-output-peripherals', 'captures-system-state-data', 'cleans-traces-of-infection',
    'commits-fraud', 'communicates-with-c2', 'compromises-data-availability',
    'compromises-data-integrity', 'compromises-system-availability', 'controls-local-machine',
    'degrades-security-software', 'degrades-system-updates', 'determines-c2-server',
    'emails-spam', 'escalates-privileges', 'evades-av', 'exfiltrates-data', 'fingerprints-host',
    'hides-artifacts', 'hides-executing-code', 'infects-files', 'infects-remote-machines',
    'installs-other-components', 'persists-after-system-reboot', 'prevents-artifact-access',
    'prevents-artifact-deletion', 'probes-network-environment', 'self-modifies',
    'steals-authentication-credentials', 'violates-system-operational-integrity',
  ],
  'malware-result-ov': ['malicious', 'suspicious', 'benign', 'unknown'],
  'malware-type-ov': [
    'adware', 'backdoor', 'bot', 'bootkit', 'ddos', 'downloader', 'dropper', 'exploit-kit',
    'keylogger', 'ransomware', 'remote-access-trojan', 'resource-exploitation',
    'rogue-security-software', 'rootkit', 'screen-capture', 'spyware', 'trojan', 'unknown',
    'virus', 'webshell', 'wiper', 'worm',
  ],
  'pattern-type-ov': ['stix', 'pcre', 'sigma', 'snort', 'suricata', 'yara'],
  'processor-architecture-ov': ['alpha', 'arm', 'ia-64', 'mips', 'powerpc', 'sparc', 'x86', 'x86-64'],
  'region-ov': [
    'africa', 'eastern-africa', 'middle-africa', 'northern-africa', 'southern-africa',
    'western-africa', 'americas', 'latin-america-caribbean', 'south-america', 'caribbean',
    'central-america', 'northern-america', 'asia', 'central-asia', 'eastern-asia',
    'southern-asia', 'south-eastern-asia', 'western-asia', 'europe', 'eastern-europe',
    'northern-europe', 'southern-europe', 'western-europe', 'oceania', 'antarctica',
    'australia-new-zealand', 'melanesia', 'micronesia', 'polynesia',
  ],
  'report-type-ov': [
    'attack-pattern', 'campaign', 'identity', 'indicator', 'intrusion-set', 'malware',
    'observed-data', 'threat-actor', 'threat-report', 'tool', 'vulnerability',
  ],
  'threat-actor-type-ov': [
    'activist', 'competitor', 'crime-syndicate', 'criminal', 'hacker', 'insider-accidental',
    'insider-disgruntled', 'nation-state', 'sensationalist', 'spy', 'terrorist', 'unknown',
  ],
  'threat-actor-role-ov': [
    'agent', 'director', 'independent', 'infrastructure-architect', 'infrastructure-operator',
    'malware-author', 'sponsor',
  ],
  'threat-actor-sophistication-ov': [
    'none', 'minimal', 'intermediate', 'advanced', 'expert', 'innovator', 'strategic',
  ],
  'tool-type-ov': [
    'denial-of-service', 'exploitation', 'information-gathering', 'network-capture',
    'credential-exploitation', 'remote-access', 'vulnerability-scanning', 'unknown',
  ],
  'windows-pebinary-type-ov': ['dll', 'exe', 'sys'],
} as const;

export const CLOSED_VOCABULARIES = {
  'encryption-algorithm-enum': ['AES-256-GCM', 'ChaCha20-Poly1305', 'mime-type-indicated'],
  'extension-type-enum': [
    'new-sdo', 'new-sco', 'new-sro', 'property-extension', 'toplevel-property-extension',
  ],
  'network-socket-address-family-enum': [
    'AF_UNSPEC', 'AF_INET', 'AF_IPX', 'AF_APPLETALK', 'AF_NETBIOS', 'AF_INET6', 'AF_IRDA', 'AF_BTH',
  ],
  'network-socket-type-enum': ['SOCK_STREAM', 'SOCK_DGRAM', 'SOCK_RAW', 'SOCK_RDM', 'SOCK_SEQPACKET'],
  'opinion-enum': ['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree'],
  'windows-integrity-level-enum': ['low', 'medium', 'high', 'system'],
  'windows-registry-datatype-enum': [
    'REG_NONE', 'REG_SZ', 'REG_EXPAND_SZ', 'REG_BINARY', 'REG_DWORD', 'REG_DWORD_BIG_ENDIAN',
    'REG_DWORD_LITTLE_ENDIAN', 'REG_LINK', 'REG_MULTI_SZ', 'REG_RESOURCE_LIST',
    'REG_FULL_RESOURCE_DESCRIPTION', 'REG_RESOURCE_REQUIREMENTS_LIST', 'REG_QWORD',
    'REG_INVALID_TYPE',
  ],
  'windows-service-start-type-enum': [
    'SERVICE_AUTO_START', 'SERVICE_BOOT_START', 'SERVICE_DEMAND_START', 'SERVICE_DISABLED',
    'SERVICE_SYSTEM_ALERT',
  ],
  'windows-service-type-enum': [
    'SERVICE_KERNEL_DRIVER', 'SERVICE_FILE_SYSTEM_DRIVER', 'SERVICE_WIN32_OWN_PROCESS',
    'SERVICE_WIN32_SHARE_PROCESS',
  ],
  'windows-service-status-enum': [
    'SERVICE_CONTINUE_PENDING', 'SERVICE_PAUSE_PENDING', 'SERVICE_PAUSED', 'SERVICE_RUNNING',
    'SERVICE_START_PENDING', 'SERVICE_STOP_PENDING', 'SERVICE_STOPPED',
  ],
  // Not named as a vocabulary in section 10, but section 7.2.1.4 fixes the TLP 1.0
  // marking levels to exactly these four.
  'tlp-1-level-enum': ['white', 'green', 'amber', 'red'],
  // The TLP 2.0 extension (cti-stix-common-objects) fixes `tlp_2_0` to these five.
  'tlp-2-level-enum': ['clear', 'green', 'amber', 'amber+strict', 'red'],
} as const;

export type OpenVocabularyName = keyof typeof OPEN_VOCABULARIES;
export type ClosedVocabularyName = keyof typeof CLOSED_VOCABULARIES;

/**
 * Predefined SCO extensions (section 6): the dictionary keys that name a
 * specification-defined extension rather than an extension-definition id.
 */
export const PREDEFINED_SCO_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  file: ['archive-ext', 'ntfs-ext', 'pdf-ext', 'raster-image-ext', 'windows-pebinary-ext'],
  'network-traffic': ['http-request-ext', 'icmp-ext', 'socket-ext', 'tcp-ext'],
  process: ['windows-process-ext', 'windows-service-ext'],
  'user-account': ['unix-account-ext'],
};

/** Hex digits each hash algorithm of hash-algorithm-ov must have (SSDEEP and TLSH are free-form). */
export const HASH_HEX_LENGTH: Readonly<Record<string, number>> = {
  MD5: 32, 'SHA-1': 40, 'SHA-256': 64, 'SHA-512': 128, 'SHA3-256': 64, 'SHA3-512': 128,
};

const openSets = new Map<string, ReadonlySet<string>>(
  Object.entries(OPEN_VOCABULARIES).map(([name, values]) => [name, new Set<string>(values)]),
);
const closedSets = new Map<string, ReadonlySet<string>>(
  Object.entries(CLOSED_VOCABULARIES).map(([name, values]) => [name, new Set<string>(values)]),
);

/** The suggested values of an open vocabulary, as a set for constant-time lookups. */
export function openVocabulary(name: OpenVocabularyName): ReadonlySet<string> {
  return openSets.get(name)!;
}

/** The allowed values of an enumeration, as a set for constant-time lookups. */
export function closedVocabulary(name: ClosedVocabularyName): ReadonlySet<string> {
  return closedSets.get(name)!;
}
