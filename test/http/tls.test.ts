/**
 * HTTPS on the node itself: TLS 1.2 or later with the operator's certificate, refused
 * certificates and keys named at start, and a peer signed by a partner's own authority
 * trusted through NODE_EXTRA_CA_CERTS, with a hint when it is not.
 */
import { execFile, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tlsConnect } from 'node:tls';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTlsCredentials } from '../../src/http/tls.js';
import type { RunningServer } from '../../src/http/server.js';
import { hoggar, startHoggar, stop } from '../helpers/cli.js';
import { createTestNode, serve, type TestNode } from '../helpers/nodes.js';
import { sqliteBackend } from '../helpers/stores.js';

const dir = mkdtempSync(join(tmpdir(), 'hoggar-tls-'));
const file = (name: string) => join(dir, name);

/** A self-signed certificate for 127.0.0.1 and its key, made by openssl for this run. */
function makeCertificate(name: string): void {
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', file(`${name}.key`), '-out', file(`${name}.pem`)], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
}

/** GET over HTTPS trusting `ca`, with the TLS versions given. */
function get(url: string, options: { ca?: Buffer; token?: string; maxVersion?: 'TLSv1.1' | 'TLSv1.3' }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      ca: options.ca, maxVersion: options.maxVersion, minVersion: 'TLSv1',
      headers: { Accept: 'application/taxii+json;version=2.1', ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}) },
    }, (res) => {
      let body = '';
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** The SHA-256 fingerprint of the certificate a server presents on a new connection. */
function fingerprint(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.on('error', reject);
  });
}

const certificateFingerprint = (name: string) => new X509Certificate(readFileSync(file(name))).fingerprint256;

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 50) {
    if (waited > 10_000) throw new Error('timed out waiting for the server');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('HTTPS', () => {
  const backend = sqliteBackend();
  let test: TestNode;
  let server: RunningServer;

  beforeAll(async () => {
    makeCertificate('node');
    makeCertificate('other');
    test = await createTestNode((await backend.open()).store, 'MLI');
    server = await serve(test.node, { tls: loadTlsCredentials(file('node.pem'), file('node.key')) });
  });

  afterAll(async () => {
    await server.close();
    await test.node.close();
    await backend.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves TAXII over TLS 1.2 or later, and refuses older protocols', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const discovery = await get(`${server.url}/taxii2/`, { ca: loadTlsCredentials(file('node.pem'), file('node.key')).cert, token: test.init.admin.token });
    expect(discovery.status).toBe(200);
    expect(JSON.parse(discovery.body).api_roots).toEqual([`${server.url}/taxii2/root/`]);
    await expect(get(`${server.url}/healthz`, { maxVersion: 'TLSv1.1' })).rejects.toThrow(/protocol version|unsupported protocol|no protocols available/i);
    // Without the node's certificate among its authorities, a client refuses the server.
    await expect(get(`${server.url}/healthz`, {})).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
  });

  it('names a missing, foreign or mismatched certificate or key before starting', () => {
    expect(() => loadTlsCredentials(file('node.pem'), file('other.key'))).toThrow(`the TLS key ${file('other.key')} is not the key of the certificate ${file('node.pem')}`);
    expect(() => loadTlsCredentials(file('absent.pem'), file('node.key'))).toThrow(`cannot read the TLS certificate ${file('absent.pem')}: no such file`);
    writeFileSync(file('plain.txt'), 'not a certificate');
    expect(() => loadTlsCredentials(file('plain.txt'), file('node.key'))).toThrow(/cannot be used \(PEM files are expected\)/);
    const cli = hoggar(['serve', '--data', file('unused'), '--tls-cert', file('node.pem')]);
    expect([cli.status, cli.stderr.trim()]).toEqual([2, 'error: --tls-cert and --tls-key go together: give both, or neither for plain HTTP (bad_request)']);
  });

  it('serves a renewed certificate after SIGHUP without a restart, and keeps the current one if the new files are bad', async () => {
    const data = file('renewing');
    expect(hoggar(['init', '--data', data]).status).toBe(0);
    copyFileSync(file('node.pem'), file('live.pem'));
    copyFileSync(file('node.key'), file('live.key'));
    const running = await startHoggar(['serve', '--data', data, '--port', '0', '--tls-cert', file('live.pem'), '--tls-key', file('live.key')], /listening on (https:\/\/\S+)/);
    const port = Number(new URL(running.match[1]!).port);
    try {
      expect(await fingerprint(port)).toBe(certificateFingerprint('node.pem'));
      copyFileSync(file('other.pem'), file('live.pem'));
      copyFileSync(file('other.key'), file('live.key'));
      running.child.kill('SIGHUP');
      await until(() => running.output().includes(`TLS certificate reloaded from ${file('live.pem')}`));
      expect(await fingerprint(port)).toBe(certificateFingerprint('other.pem'));
      writeFileSync(file('live.pem'), 'not a certificate');
      running.child.kill('SIGHUP');
      await until(() => running.output().includes('warning: the TLS certificate was not reloaded, the current one stays'));
      expect(await fingerprint(port)).toBe(certificateFingerprint('other.pem'));
    } finally {
      await stop(running.child);
    }
  });

  it('lets a node register a peer signed by a partner\'s own authority once told to trust it', async () => {
    const data = file('dza');
    expect(hoggar(['init', '--data', data]).status).toBe(0);
    // Asynchronously: the server the command reaches runs in this process.
    const add = (env: Record<string, string>) => new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts'),
        'peers', 'add', 'bamako', '--url', `${server.url}/taxii2/`, '--member', 'MLI', '--token', test.init.admin.token, '--data', data],
      { encoding: 'utf8', env: { ...process.env, ...env } }, (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }));
    });
    const untrusted = await add({});
    expect(untrusted.status).toBe(1);
    expect(untrusted.stderr).toContain('self-signed certificate (to trust a peer\'s own certificate authority, start hoggar with NODE_EXTRA_CA_CERTS=its-ca.pem)');
    const trusted = await add({ NODE_EXTRA_CA_CERTS: file('node.pem') });
    expect(trusted.status, trusted.stderr).toBe(0);
    expect(trusted.stdout).toContain(`peer bamako (MLI) added: ${server.url}/taxii2/root/`);
  });
});
