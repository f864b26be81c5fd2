import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerExtract } from './extract.js';

const dir = mkdtempSync(path.join(tmpdir(), 'hoggar-extract-'));

async function run(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err += String(chunk); return true; });
  process.exitCode = undefined;
  try {
    const program = new Command('hoggar').exitOverride();
    registerExtract(program);
    await program.parseAsync(['node', 'hoggar', 'extract', ...args]);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out, err, code };
}

afterEach(() => { process.exitCode = undefined; });

describe('hoggar extract', () => {
  it('prints the draft bundle as JSON', async () => {
    const file = path.join(dir, 'a.txt');
    writeFileSync(file, 'Boko Haram a attaqué Maiduguri, selon des sources sécuritaires nigérianes.');
    const { out, code } = await run([file, '--json']);
    expect(code).toBeUndefined();
    const bundle = JSON.parse(out) as { type: string; objects: { type: string; name?: string }[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.objects.some((o) => o.type === 'threat-actor' && o.name === 'Boko Haram')).toBe(true);
  });

  it('prints a short summary without --json', async () => {
    const file = path.join(dir, 'b.txt');
    writeFileSync(file, 'هاجم تنظيم داعش مدينة سرت في ليبيا.');
    const { out } = await run([file, '--lang', 'ar']);
    expect(out).toMatch(/^report: /);
    expect(out).toMatch(/language: ar/);
    expect(out).toMatch(/Islamic State/);
  });

  it('reports errors with their code and exit status 2', async () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { err, code } = await run([empty]);
    expect(err).toBe('error: input is empty (empty_input)\n');
    expect(code).toBe(2);
    const missing = await run([path.join(dir, 'nope.txt')]);
    expect(missing.err).toMatch(/\(not_found\)\n$/);
    expect(missing.code).toBe(2);
  });
});
