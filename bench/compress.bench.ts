/**
 * `serve --compress`: how much a page of 1,000 objects shrinks in br and gzip and how long
 * compressing it takes, against serialising the same page (the work every answer does) in
 * the same run.
 */
import { generateObjects } from './generate.js';
import { compress } from '../src/util/content-coding.js';
import { fmt } from './measure.js';

const ROUNDS = 30;
const page = { more: false, objects: generateObjects(1000) };

let body: Buffer = Buffer.alloc(0);
let start = process.hrtime.bigint();
for (let i = 0; i < ROUNDS; i++) body = Buffer.from(JSON.stringify(page));
const serialiseMs = Number(process.hrtime.bigint() - start) / ROUNDS / 1e6;
console.log(`a page of 1,000 objects: ${fmt(body.length)} bytes, serialised in ${fmt(serialiseMs, 2)} ms`);
for (const coding of ['br', 'gzip'] as const) {
  let out: Buffer = Buffer.alloc(0);
  start = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) out = await compress(body, coding);
  const ms = Number(process.hrtime.bigint() - start) / ROUNDS / 1e6;
  console.log(`  ${coding}: ${fmt(out.length)} bytes (${fmt(body.length / out.length, 1)} x smaller) in ${fmt(ms, 2)} ms = ${fmt(ms / serialiseMs, 1)} x the serialisation, on libuv's pool`);
}
