/**
 * A checker of STIX patterns (STIX 2.1 Part 9, and its grammar): an indicator whose
 * pattern_type is "stix" must hold a pattern that other tools can run, so one that does
 * not parse is refused at the door rather than failing in every consumer later. Only the
 * syntax is checked; what a pattern would match is not evaluated.
 */

type Kind = 'word' | 'string' | 'number' | 'typed' | 'punct' | 'end';

interface Token {
  readonly kind: Kind;
  readonly text: string;
  /** Offset in the pattern, for the error. */
  readonly at: number;
}

/** Raised inside the parser; turned into a message by checkStixPattern. */
class PatternError extends Error {
  constructor(message: string, readonly at: number) {
    super(message);
  }
}

const PUNCT = ['==', '!=', '<>', '<=', '>=', '=', '<', '>', '[', ']', '(', ')', ',', ':', '.', '*'];
const WORD = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /[+-]?(?:\d*\.\d+|\d+)/y;
// b'base64', h'hex' and t'timestamp' literals: a letter right before a quoted string.
const TYPED = /([bht])'([^']*)'/y;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const HEX = /^(?:[0-9A-Fa-f]{2})*$/;
const TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;

function readString(pattern: string, start: number): { text: string; end: number } {
  let i = start + 1;
  let text = '';
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") return { text, end: i + 1 };
    if (c === '\\') {
      const next = pattern[i + 1];
      // Only \' and \\ are escapes in a STIX pattern string.
      if (next !== "'" && next !== '\\') throw new PatternError(`only \\' and \\\\ may be escaped in a string, not \\${next ?? ''}`, i);
      text += next;
      i += 2;
      continue;
    }
    text += c;
    i++;
  }
  throw new PatternError('a string is not closed with a quote', start);
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = (re: RegExp) => { re.lastIndex = i; return re.exec(pattern); };
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') { i++; continue; }
    const typed = (c === 'b' || c === 'h' || c === 't') && pattern[i + 1] === "'" ? at(TYPED) : null;
    if (typed) {
      checkTyped(typed[1]!, typed[2]!, i);
      tokens.push({ kind: 'typed', text: typed[1]!, at: i });
      i += typed[0].length;
      continue;
    }
    if (c === "'") {
      const { text, end } = readString(pattern, i);
      tokens.push({ kind: 'string', text, at: i });
      i = end;
      continue;
    }
    const number = (c >= '0' && c <= '9') || c === '+' || c === '-' || c === '.' ? at(NUMBER) : null;
    if (number) { tokens.push({ kind: 'number', text: number[0], at: i }); i += number[0].length; continue; }
    const word = at(WORD);
    if (word) { tokens.push({ kind: 'word', text: word[0], at: i }); i += word[0].length; continue; }
    const punct = PUNCT.find((p) => pattern.startsWith(p, i));
    if (!punct) throw new PatternError(`unexpected character ${JSON.stringify(c)}`, i);
    tokens.push({ kind: 'punct', text: punct, at: i });
    i += punct.length;
  }
  tokens.push({ kind: 'end', text: 'the end of the pattern', at: pattern.length });
  return tokens;
}

function checkTyped(prefix: string, body: string, at: number): void {
  const ok = prefix === 'b' ? BASE64.test(body) : prefix === 'h' ? HEX.test(body) : TIMESTAMP.test(body);
  const what = prefix === 'b' ? 'base64' : prefix === 'h' ? 'pairs of hex digits' : 'an RFC 3339 UTC timestamp';
  if (!ok) throw new PatternError(`${prefix}'${body}' must hold ${what}`, at);
}

const COMPARISONS = new Set(['=', '==', '!=', '<>', '<', '<=', '>', '>=']);
const ORDERING = new Set(['<', '<=', '>', '>=']);
const STRING_OPERATORS = new Set(['LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET']);

/** A recursive-descent reading of the grammar; it only accepts or throws. */
class Parser {
  private position = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  pattern(): void {
    this.observationExpressions();
    this.expect('end');
  }

  private get next(): Token {
    return this.tokens[this.position]!;
  }

  private is(text: string): boolean {
    const token = this.next;
    return (token.kind === 'punct' || token.kind === 'word') && token.text === text;
  }

  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.position++;
    return true;
  }

  private expect(what: string): Token {
    const found = what === 'end' ? this.next.kind === 'end' : this.is(what);
    if (!found) throw new PatternError(`expected ${what === 'end' ? 'the end of the pattern' : `'${what}'`}, found ${describe(this.next)}`, this.next.at);
    return this.tokens[this.position++]!;
  }

  private take(kind: Kind, what: string, test: (t: Token) => boolean = () => true): Token {
    const token = this.next;
    if (token.kind !== kind || !test(token)) throw new PatternError(`expected ${what}, found ${describe(token)}`, token.at);
    this.position++;
    return token;
  }

  /** Observation expressions joined by AND, OR and FOLLOWEDBY (their precedence does not change what parses). */
  private observationExpressions(): void {
    do this.observationExpression();
    while (this.accept('AND') || this.accept('OR') || this.accept('FOLLOWEDBY'));
  }

  private observationExpression(): void {
    if (this.accept('[')) {
      this.comparisonExpression();
      this.expect(']');
    } else if (this.accept('(')) {
      this.observationExpressions();
      this.expect(')');
    } else {
      throw new PatternError(`expected '[' or '(' to start an observation expression, found ${describe(this.next)}`, this.next.at);
    }
    while (this.qualifier());
  }

  private qualifier(): boolean {
    if (this.accept('START')) {
      this.take('typed', "a timestamp t'…'", (t) => t.text === 't');
      this.expect('STOP');
      this.take('typed', "a timestamp t'…'", (t) => t.text === 't');
      return true;
    }
    if (this.accept('WITHIN')) {
      this.take('number', 'a positive number of seconds', (t) => !t.text.startsWith('-') && Number(t.text) > 0);
      this.expect('SECONDS');
      return true;
    }
    if (this.accept('REPEATS')) {
      this.take('number', 'a positive whole number', (t) => /^\+?\d+$/.test(t.text) && Number(t.text) > 0);
      this.expect('TIMES');
      return true;
    }
    return false;
  }

  private comparisonExpression(): void {
    do this.propertyTest();
    while (this.accept('AND') || this.accept('OR'));
  }

  private propertyTest(): void {
    if (this.accept('(')) {
      this.comparisonExpression();
      this.expect(')');
      return;
    }
    if (this.accept('NOT')) {
      this.expect('EXISTS');
      this.objectPath();
      return;
    }
    if (this.accept('EXISTS')) {
      this.objectPath();
      return;
    }
    this.objectPath();
    this.accept('NOT');
    const operator = this.next;
    if (operator.kind === 'punct' && COMPARISONS.has(operator.text)) {
      this.position++;
      this.literal(ORDERING.has(operator.text));
    } else if (operator.kind === 'word' && operator.text === 'IN') {
      this.position++;
      this.expect('(');
      if (!this.accept(')')) {
        do this.literal(false);
        while (this.accept(','));
        this.expect(')');
      }
    } else if (operator.kind === 'word' && STRING_OPERATORS.has(operator.text)) {
      this.position++;
      this.take('string', `a quoted string after ${operator.text}`);
    } else {
      throw new PatternError(`expected a comparison (=, !=, <, >, IN, LIKE, MATCHES, ISSUBSET, ISSUPERSET), found ${describe(operator)}`, operator.at);
    }
  }

  private literal(orderable: boolean): void {
    const token = this.next;
    const bool = token.kind === 'word' && (token.text === 'true' || token.text === 'false');
    if (token.kind === 'string' || token.kind === 'number' || token.kind === 'typed' || (bool && !orderable)) {
      this.position++;
      return;
    }
    throw new PatternError(`expected a ${orderable ? 'string, number, binary, hex or timestamp' : 'constant'}, found ${describe(token)}`, token.at);
  }

  /** type:property, then .property, .'quoted key' or [index] steps. */
  private objectPath(): void {
    this.take('word', 'an object type such as ipv4-addr');
    this.expect(':');
    this.pathStep();
    for (;;) {
      if (this.accept('.')) this.pathStep();
      else if (this.accept('[')) {
        if (!this.accept('*')) this.take('number', 'a list index or *', (t) => /^[+-]?\d+$/.test(t.text));
        this.expect(']');
      } else return;
    }
  }

  private pathStep(): void {
    if (this.next.kind === 'word' || this.next.kind === 'string') this.position++;
    else throw new PatternError(`expected a property name, found ${describe(this.next)}`, this.next.at);
  }
}

function describe(token: Token): string {
  if (token.kind === 'end') return token.text;
  if (token.kind === 'string') return `the string '${token.text}'`;
  if (token.kind === 'typed') return `a ${token.text}'…' constant`;
  return `'${token.text}'`;
}

/** Undefined when `pattern` is a well-formed STIX pattern, else why not, with the character where it went wrong. */
export function checkStixPattern(pattern: string): string | undefined {
  try {
    new Parser(tokenize(pattern)).pattern();
    return undefined;
  } catch (error) {
    if (!(error instanceof PatternError)) throw error;
    return `not a valid STIX pattern at character ${error.at + 1}: ${error.message}`;
  }
}
