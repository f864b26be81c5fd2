/**
 * HTML → article text. Keeps the readable body of a page (paragraphs, headings,
 * list items) and drops the furniture around it (scripts, styles, navigation,
 * headers, footers, asides, forms). When the page marks its article with
 * <article> or <main>, only that part is kept.
 */
import { Parser } from 'htmlparser2';

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form',
  'iframe', 'svg', 'canvas', 'button', 'select', 'textarea', 'object', 'head', 'figure',
]);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'blockquote', 'tr', 'td', 'th', 'table', 'pre', 'dd', 'dt', 'hr', 'body',
]);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'source', 'col', 'area', 'base', 'embed', 'param', 'track']);

export interface HtmlArticle {
  readonly text: string;
  readonly title?: string;
  /** The page's declared publication date (meta tags or <time datetime>), as written. */
  readonly published?: string;
  /** `<meta charset>` or http-equiv content type charset, lower-cased. */
  readonly declaredCharset?: string;
  readonly lang?: string;
}

interface Scope { blocks: string[]; current: string }

const DATE_META = new Set(['article:published_time', 'date', 'dc.date', 'dc.date.issued', 'pubdate', 'publishdate', 'og:published_time']);

/** Reduces an HTML page to its article text, one paragraph per line pair. */
export function htmlToArticle(html: string): HtmlArticle {
  const whole: Scope = { blocks: [], current: '' };
  const article: Scope = { blocks: [], current: '' };
  let skipDepth = 0;
  let articleDepth = 0;
  let inTitle = false;
  let title = '';
  let published: string | undefined;
  let declaredCharset: string | undefined;
  let lang: string | undefined;
  const stack: string[] = [];

  const flush = (scope: Scope): void => {
    const text = scope.current.replace(/\s+/g, ' ').trim();
    if (text) scope.blocks.push(text);
    scope.current = '';
  };
  const breakBlock = (): void => {
    flush(whole);
    if (articleDepth > 0) flush(article);
  };

  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'html' && attributes.lang) lang = attributes.lang;
      if (name === 'meta') {
        if (attributes.charset) declaredCharset = attributes.charset.toLowerCase();
        const equiv = attributes['http-equiv']?.toLowerCase();
        const match = equiv === 'content-type' ? /charset=([\w-]+)/i.exec(attributes.content ?? '') : null;
        if (match?.[1]) declaredCharset = match[1].toLowerCase();
        const key = (attributes.property ?? attributes.name ?? attributes.itemprop ?? '').toLowerCase();
        if (!published && (DATE_META.has(key) || key === 'datepublished') && attributes.content) published = attributes.content;
      }
      if (name === 'time' && !published && attributes.datetime) published = attributes.datetime;
      if (name === 'title') inTitle = true;
      if (VOID.has(name)) {
        if (BLOCKS.has(name)) breakBlock();
        return;
      }
      stack.push(name);
      if (SKIPPED.has(name)) skipDepth++;
      if (name === 'article' || name === 'main') articleDepth++;
      if (BLOCKS.has(name)) breakBlock();
    },
    ontext(text) {
      if (inTitle) title += text;
      if (skipDepth > 0) return;
      whole.current += text;
      if (articleDepth > 0) article.current += text;
    },
    onclosetag(name, implied) {
      if (name === 'title') inTitle = false;
      if (VOID.has(name)) return;
      // Close intermediate unclosed tags so counters stay balanced.
      const at = stack.lastIndexOf(name);
      if (at < 0) return;
      while (stack.length > at) {
        const open = stack.pop()!;
        if (SKIPPED.has(open)) skipDepth--;
        if (BLOCKS.has(open)) breakBlock();
        if (open === 'article' || open === 'main') articleDepth--;
      }
      void implied;
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  flush(whole);
  flush(article);

  const blocks = article.blocks.length > 0 ? article.blocks : whole.blocks;
  const cleanTitle = title.replace(/\s+/g, ' ').trim();
  return {
    text: blocks.join('\n\n'),
    ...(cleanTitle ? { title: cleanTitle } : {}),
    ...(published ? { published } : {}),
    ...(declaredCharset ? { declaredCharset } : {}),
    ...(lang ? { lang } : {}),
  };
}

/** True when the text looks like an HTML document rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml') && head.includes('<html')) return true;
  const tags = head.match(/<(p|div|body|head|article|span|br|h[1-6]|meta|title)[\s>/]/g);
  return (tags?.length ?? 0) >= 2;
}
