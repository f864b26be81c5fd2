/**
 * Extraction throughput on one core for Arabic text, with a matcher of 100,000
 * names (the bundled gazetteer plus generated person, group and place names
 * in Arabic and Latin script), and the time to build that matcher.
 * Run: npx tsx bench/extract.bench.ts [--mb 2]. Prints figures; no assertions.
 */
import { loadGazetteer, type GazetteerEntry } from '../src/gazetteer/index.js';
import { createExtractor } from '../src/ingest/index.js';
import { surfaceForms } from '../src/gazetteer/index.js';
import { MENTIONS_EXTENSION_ID } from '../src/ingest/index.js';
import { LONG } from './langdetect-snippets.js';

const TARGET_NAMES = 100_000;
const mbArg = process.argv.indexOf('--mb');
const TEXT_MB = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 1;

// Deterministic pseudo-random generator so runs compare.
let seed = 42;
const random = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const AR_SYLLABLES = ['با', 'تو', 'سي', 'مو', 'را', 'كا', 'لي', 'نو', 'دي', 'فا', 'غا', 'زي', 'شو', 'حا', 'عي', 'قو', 'يا', 'ها', 'طا', 'جو'];
const LATIN_SYLLABLES = ['ba', 'to', 'si', 'mo', 'ra', 'ka', 'li', 'no', 'di', 'fa', 'ga', 'zi', 'sho', 'ha', 'ou', 'ko', 'ya', 'ta', 'djo', 'ma'];
const word = (syllables: readonly string[], n: number): string => Array.from({ length: n }, () => pick(syllables)).join('');
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** The index written in base-20 syllables: every generated name is distinct. */
const digits = (i: number, syllables: readonly string[]): string => {
  let out = '';
  do { out += syllables[i % 20]; i = Math.floor(i / 20); } while (i > 0);
  return out;
};

function generatedEntries(count: number): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (let i = 0; i < count; i++) {
    const ar = `${word(AR_SYLLABLES, 2)} ${digits(i, AR_SYLLABLES)}`;
    const latin = `${cap(word(LATIN_SYLLABLES, 2))} ${cap(digits(i, LATIN_SYLLABLES))}`;
    const kind = i % 3;
    entries.push({
      key: `bench:${i}`,
      type: kind === 0 ? 'threat-actor' : kind === 1 ? 'location' : 'identity',
      kind: kind === 0 ? 'individual' : kind === 1 ? 'town' : 'organization',
      canonical: latin,
      names: { ar: [ar], fr: [], en: [latin] },
      ...(kind === 1 ? { country: 'ML', lat: 15, lon: -2 } : {}),
    });
  }
  return entries;
}

// Original Arabic sentences in the register of regional security news (written for this benchmark).
const SENTENCES = [
  'أفادت مصادر أمنية جزائرية أن وحدات من الجيش الوطني الشعبي نفذت عملية تمشيط واسعة قرب تمنراست.',
  'وقال الخبير الأمني كريم العلوي، الباحث في مركز الدراسات الإستراتيجية والدولية، إن تنظيم داعش يسعى إلى التمدد في الساحل.',
  'وحسب وكالة الأنباء الجزائرية، فقد تم حجز أسلحة وذخيرة على الحدود مع مالي والنيجر.',
  'وكانت جماعة نصرة الإسلام والمسلمين التي يقودها إياد أغ غالي قد تبنت هجوما على ثكنة في شمال مالي.',
  'ونقلت صحيفة الخبر عن مسؤول عسكري قوله إن التنسيق مع موريتانيا وليبيا يتواصل.',
  'كما كشفت تقارير أمنية تونسية عن تفكيك خلية تابعة لتنظيم القاعدة في بلاد المغرب الإسلامي في ولاية القصرين.',
  'ويرتقب أن تحتضن نواكشوط اجتماعا لوزراء الداخلية لبحث ظاهرة تهريب المخدرات عبر الصحراء الكبرى.',
  'وأعلنت بوكو حرام مسؤوليتها عن الهجوم الذي استهدف قرية قرب مايدوغوري في نيجيريا.',
];

/**
 * News prose mixes sentences full of names with sentences that have none; the
 * long Arabic snippets of the language benchmark (written for Hoggar) supply
 * the second kind, so the text has about the density of names of a real
 * article (the figure is printed).
 */
const PLAIN = LONG.ar;

function arabicText(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 4 }, (_, k) => (k % 2 === 0 ? pick(SENTENCES) : pick(PLAIN))).join(' ');
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return parts.join('\n\n');
}

const gazetteer = loadGazetteer();
const gazetteerNames = gazetteer.reduce((n, e) => n + surfaceForms(e).length, 0);
const extra = generatedEntries(Math.ceil((TARGET_NAMES - gazetteerNames) / 2)); // each generated entry has 2 names
const entries = [...gazetteer, ...extra];
const totalNames = entries.reduce((n, e) => n + surfaceForms(e).length, 0);

/**
 * Wall-clock milliseconds of `work`, best of `runs`. Extraction runs on the main
 * thread, so wall time on an idle core is the one-core figure; the best of
 * several runs filters out the time other processes take the core from us.
 */
function timed<T>(work: () => T, runs = 1): { value: T; wallMs: number } {
  let best = Infinity;
  let value!: T;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    value = work();
    best = Math.min(best, performance.now() - started);
  }
  return { value, wallMs: best };
}
const rate = (bytes: number, ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(2);
const RUNS = 3;

const build = timed(() => createExtractor({ gazetteer: entries }));
const extractor = build.value;

const text = arabicText(TEXT_MB * 1024 * 1024);
const bytes = Buffer.byteLength(text);
// Warm up the JIT on a smaller document first.
extractor.extract(text.slice(0, 20_000), { lang: 'ar' });
const one = timed(() => extractor.extract(text, { lang: 'ar', maxBytes: bytes + 1 }), RUNS);

// Many small documents: the node's usual load.
const articles = text.split('\n\n').slice(0, 400);
const articleBytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
const many = timed(() => { for (const article of articles) extractor.extract(article, { lang: 'ar' }); }, RUNS);

console.log(`matcher: ${totalNames.toLocaleString('en')} names (${gazetteerNames.toLocaleString('en')} from the gazetteer), ${extractor.matcher.patterns.length.toLocaleString('en')} distinct patterns`);
console.log(`matcher build: ${build.wallMs.toFixed(0)} ms`);
console.log(`one Arabic document of ${(bytes / 1e6).toFixed(2)} MB (${one.value.bundle.objects.length} objects): ${one.wallMs.toFixed(0)} ms → ${rate(bytes, one.wallMs)} MB/s (best of ${RUNS})`);
console.log(`${articles.length} Arabic articles, ${(articleBytes / 1e6).toFixed(2)} MB: ${many.wallMs.toFixed(0)} ms → ${rate(articleBytes, many.wallMs)} MB/s (best of ${RUNS})`);
const report = one.value.bundle.objects[0]!;
const mentionCount = ((report.extensions as Record<string, { mentions: unknown[] }>)[MENTIONS_EXTENSION_ID]?.mentions.length) ?? 0;
console.log(`density: ${(mentionCount / (bytes / 1024)).toFixed(1)} entity mentions per KB (the Tamanrasset article: about 10)`);
console.log(`load average while measuring: ${(await import('node:os')).loadavg()[0]!.toFixed(2)} on ${(await import('node:os')).cpus().length} cores`);
