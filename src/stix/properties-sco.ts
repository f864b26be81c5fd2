import {
  bool, en, int, list, obj, ov, ref, refTarget, refs, str, strings, ts,
} from './properties.js';
import { ANY_SCO, observableType, type TypeRules } from './properties-common.js';
import { hashes } from './properties-nested.js';
import {
  atLeastOne, forbiddenWhen, needs, notBoth,
} from './validate-constraints.js';
import type { ScoType } from './types.js';
import { PREDEFINED_SCO_EXTENSIONS } from './vocab.js';

/**
 * Property tables of the 18 SCOs (STIX 2.1 section 6). SCOs are checked on
 * their common properties, the property each type requires, their references
 * and timestamps; the contents of predefined extensions are not checked.
 */
const target = (label: string, ...types: string[]) => refTarget(label, types);
const ARTIFACT = target('an artifact', 'artifact');
const EMAIL_ADDR = target('an email-addr', 'email-addr');
const USER_ACCOUNT = target('a user-account', 'user-account');
const NETWORK_TRAFFIC = target('a network-traffic', 'network-traffic');
const PROCESS = target('a process', 'process');
const ADDRESS = target('an ipv4-addr, ipv6-addr, mac-addr or domain-name', 'ipv4-addr', 'ipv6-addr', 'mac-addr', 'domain-name');
const PORT = int(0, 65_535);
const COUNT = int(0);

const PROCESS_PROPS = {
  is_hidden: bool, pid: int(), created_time: ts, cwd: str, command_line: str, environment_variables: obj,
  opened_connection_refs: refs(NETWORK_TRAFFIC), creator_user_ref: ref(USER_ACCOUNT),
  image_ref: ref(target('a file', 'file')), parent_ref: ref(PROCESS), child_refs: refs(PROCESS),
};
const USER_ACCOUNT_PROPS = {
  user_id: str, credential: str, account_login: str, account_type: ov('account-type-ov'), display_name: str,
  is_service_account: bool, is_privileged: bool, can_escalate_privs: bool, is_disabled: bool,
  account_created: ts, account_expires: ts, credential_last_changed: ts, account_first_login: ts,
  account_last_login: ts,
};
const REGISTRY_KEY_PROPS = {
  key: str, values: list, modified_time: ts, creator_user_ref: ref(USER_ACCOUNT), number_of_subkeys: COUNT,
};
const X509_PROPS = {
  is_self_signed: bool, hashes, version: str, serial_number: str, signature_algorithm: str, issuer: str,
  validity_not_before: ts, validity_not_after: ts, subject: str, subject_public_key_algorithm: str,
  subject_public_key_modulus: str, subject_public_key_exponent: int(), x509_v3_extensions: obj,
};

// Types with no required property must still carry one of their own (section 6).
const oneOfOwn = (props: Readonly<Record<string, unknown>>, extra: readonly string[] = []) =>
  atLeastOne([...Object.keys(props), ...extra]);

const ipAddress = (): TypeRules => observableType({
  value: str, resolves_to_refs: refs(target('a mac-addr', 'mac-addr')),
  belongs_to_refs: refs(target('an autonomous-system', 'autonomous-system')),
}, ['value']);

export const SCO_RULES: Readonly<Record<ScoType, TypeRules>> = {
  artifact: observableType({
    mime_type: str, payload_bin: str, url: str, hashes,
    encryption_algorithm: en('encryption-algorithm-enum'), decryption_key: str,
  }, [], [atLeastOne(['payload_bin', 'url']), notBoth('payload_bin', 'url'), needs('url', ['hashes'])]),
  'autonomous-system': observableType({ number: int(0), name: str, rir: str }, ['number']),
  directory: observableType({
    path: str, path_enc: str, ctime: ts, mtime: ts, atime: ts,
    contains_refs: refs(target('a file or directory', 'file', 'directory')),
  }, ['path']),
  'domain-name': observableType({
    value: str, resolves_to_refs: refs(target('an ipv4-addr, ipv6-addr or domain-name', 'ipv4-addr', 'ipv6-addr', 'domain-name')),
  }, ['value']),
  'email-addr': observableType({ value: str, display_name: str, belongs_to_ref: ref(USER_ACCOUNT) }, ['value']),
  'email-message': observableType({
    is_multipart: bool, date: ts, content_type: str, from_ref: ref(EMAIL_ADDR), sender_ref: ref(EMAIL_ADDR),
    to_refs: refs(EMAIL_ADDR), cc_refs: refs(EMAIL_ADDR), bcc_refs: refs(EMAIL_ADDR), message_id: str,
    subject: str, received_lines: strings, additional_header_fields: obj, body: str, body_multipart: list,
    raw_email_ref: ref(ARTIFACT),
  }, ['is_multipart'], [
    forbiddenWhen('body', (o) => o.is_multipart === true, 'when is_multipart is true (use body_multipart)'),
    forbiddenWhen('body_multipart', (o) => o.is_multipart === false, 'when is_multipart is false (use body)'),
  ]),
  file: observableType({
    hashes, size: COUNT, name: str, name_enc: str, magic_number_hex: str, mime_type: str,
    ctime: ts, mtime: ts, atime: ts, parent_directory_ref: ref(target('a directory', 'directory')),
    contains_refs: refs(ANY_SCO), content_ref: ref(ARTIFACT),
  }, [], [atLeastOne(['hashes', 'name'])], PREDEFINED_SCO_EXTENSIONS.file),
  'ipv4-addr': ipAddress(),
  'ipv6-addr': ipAddress(),
  'mac-addr': observableType({ value: str }, ['value']),
  mutex: observableType({ name: str }, ['name']),
  'network-traffic': observableType({
    start: ts, end: ts, is_active: bool, src_ref: ref(ADDRESS), dst_ref: ref(ADDRESS),
    src_port: PORT, dst_port: PORT, protocols: strings, src_byte_count: COUNT, dst_byte_count: COUNT,
    src_packets: COUNT, dst_packets: COUNT, ipfix: obj, src_payload_ref: ref(ARTIFACT),
    dst_payload_ref: ref(ARTIFACT), encapsulates_refs: refs(NETWORK_TRAFFIC),
    encapsulated_by_ref: ref(NETWORK_TRAFFIC),
  }, ['protocols'], [
    atLeastOne(['src_ref', 'dst_ref']),
    forbiddenWhen('end', (o) => o.is_active === true, 'when is_active is true'),
  ], PREDEFINED_SCO_EXTENSIONS['network-traffic']),
  process: observableType(PROCESS_PROPS, [], [oneOfOwn(PROCESS_PROPS, ['extensions'])], PREDEFINED_SCO_EXTENSIONS.process),
  software: observableType({
    name: str, cpe: str, swid: str, languages: strings, vendor: str, version: str,
  }, ['name']),
  url: observableType({ value: str }, ['value']),
  'user-account': observableType(USER_ACCOUNT_PROPS, [], [oneOfOwn(USER_ACCOUNT_PROPS, ['extensions'])],
    PREDEFINED_SCO_EXTENSIONS['user-account']),
  'windows-registry-key': observableType(REGISTRY_KEY_PROPS, [], [oneOfOwn(REGISTRY_KEY_PROPS)]),
  'x509-certificate': observableType(X509_PROPS, [], [oneOfOwn(X509_PROPS)]),
};
