import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode.js';

const ARABIC = 'هجوم مسلح على ثكنة عسكرية في شمال مالي، حسب مصادر أمنية.';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** windows-1256 encoding of Arabic letters (the code page's upper half). */
function cp1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('decodeDocument', () => {
  it('decodes UTF-8 with and without a byte-order mark', () => {
    expect(decodeDocument(utf8(ARABIC)).text).toBe(ARABIC);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ARABIC)]);
    expect(decodeDocument(withBom)).toMatchObject({ text: ARABIC, encoding: 'utf-8' });
  });

  it('decodes UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.from(`\ufeff${ARABIC}`, 'utf16le');
    expect(decodeDocument(new Uint8Array(le))).toMatchObject({ text: ARABIC, encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decodeDocument(new Uint8Array(be))).toMatchObject({ text: ARABIC, encoding: 'utf-16be' });
  });

  it('detects legacy Arabic (windows-1256) when the bytes are not UTF-8', () => {
    const decoded = decodeDocument(cp1256(ARABIC));
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.text).toBe(ARABIC);
    expect(decoded.warnings.join()).toMatch(/windows-1256/);
  });

  it('keeps the text before a UTF-8 character cut at the end, with a warning', () => {
    const bytes = utf8(ARABIC);
    // «.» is one byte and «ة» before it two: dropping three bytes cuts «ة» in half.
    const decoded = decodeDocument(bytes.subarray(0, bytes.length - 2));
    expect(decoded.warnings.join()).toMatch(/truncated_utf8/);
    expect(ARABIC.startsWith(decoded.text)).toBe(true);
  });

  it('rejects empty and blank input', () => {
    expect(() => decodeDocument(new Uint8Array(0))).toThrow(expect.objectContaining({ code: 'empty_input' }));
    expect(() => decodeDocument(utf8('  \n\t '))).toThrow(expect.objectContaining({ code: 'empty_input' }));
    expect(() => decodeDocument('')).toThrow(expect.objectContaining({ code: 'empty_input' }));
  });

  it('rejects binary input', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeDocument(png)).toThrow(expect.objectContaining({ code: 'binary_input' }));
    const controls = utf8('abc\u0001\u0002\u0003\u0004def\u0005\u0006');
    expect(() => decodeDocument(controls)).toThrow(expect.objectContaining({ code: 'binary_input' }));
  });

  it('rejects input over the size limit before decoding it', () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    expect(() => decodeDocument(big)).toThrow(expect.objectContaining({ code: 'too_large' }));
    expect(() => decodeDocument('a'.repeat(2000), { maxBytes: 1000 })).toThrow(expect.objectContaining({ code: 'too_large' }));
  });

  it('rejects bytes that are no known encoding', () => {
    const latin1 = Uint8Array.from([...'Ceci est un texte ancien : '].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0xe0, 0x20, 0xe8, 0x20, 0xe7]));
    // Only four high bytes, not Arabic in windows-1256: refused rather than guessed.
    expect(() => decodeDocument(latin1)).toThrow(expect.objectContaining({ code: 'unsupported_encoding' }));
  });

  it('reduces HTML to its article text', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Attaque</title><meta property="article:published_time" content="2024-03-05T10:00:00Z"><style>p{}</style></head>
      <body><nav>Accueil | Monde</nav><header>Le Journal</header>
      <article><h1>Attaque à Gao</h1><p>Des hommes armés ont attaqué&nbsp;un poste.</p><script>track()</script><p>Selon l&#39;armée, deux morts.</p></article>
      <aside>À lire aussi</aside><footer>© 2024</footer></body></html>`;
    const decoded = decodeDocument(utf8(html));
    expect(decoded.format).toBe('html');
    expect(decoded.title).toBe('Attaque');
    expect(decoded.published).toBe('2024-03-05T10:00:00Z');
    expect(decoded.text).toBe("Attaque à Gao\n\nDes hommes armés ont attaqué un poste.\n\nSelon l'armée, deux morts.");
  });

  it('treats a declared HTML content type as HTML', () => {
    const decoded = decodeDocument(utf8('<p>Bonjour</p>'), { contentType: 'text/html; charset=utf-8' });
    expect(decoded).toMatchObject({ format: 'html', text: 'Bonjour' });
  });
});
