// The literals a rule regex needs: a set of word fragments, one of which every text the regex
// matches contains (`^(jsonify|make_response)$` needs "jsonify" or "make_response"). Only runs of
// letters, digits and `_` are taken, never across a `.`: the texts a condition sees may be a name's
// spelling through an import (`os.system` for `from os import system`), whose words all occur in
// the file but whose dots and joins may not. Anything not understood needs nothing (undefined).

/** Fragments longer than this many alternatives are not worth checking. */
const MAX_ALTERNATIVES = 64;

/** What a piece of a regex tells: the exact words it matches (when finite) and what it needs. */
interface Info {
  /** Every text the piece matches, when these are few and all word characters. */
  exact?: string[];
  /** One of these occurs in every text the piece matches; undefined: nothing known. */
  needs?: string[];
  /** A repeated piece (`b+`): what one repetition matches, which the text around it touches. */
  repeated?: string[];
}

const NOTHING: Info = {};
const WORD = /^[A-Za-z0-9_]$/;

function shortest(list: string[]): number {
  let min = Infinity;
  for (const s of list) if (s.length < min) min = s.length;
  return min;
}

/** The better of two requirements: longer shortest fragment, then fewer alternatives. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const byLength = shortest(a) - shortest(b);
  if (byLength !== 0) return byLength > 0 ? a : b;
  return a.length <= b.length ? a : b;
}

/** A set of exact words as a requirement: none may be empty (an empty match needs nothing). */
function asNeeds(exact: string[] | undefined): string[] | undefined {
  return exact && exact.every((s) => s.length > 0) ? exact : undefined;
}

class RegexReader {
  private at = 0;

  constructor(private readonly source: string) {}

  read(): Info {
    const info = this.alternation();
    // A stray `)` ends the reading early: what was read cannot be trusted to cover the rest.
    return this.at !== this.source.length ? NOTHING : info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    const exact = branches.every((b) => b.exact) ? [...new Set(branches.flatMap((b) => b.exact!))] : undefined;
    const needs = branches.every((b) => b.needs) ? [...new Set(branches.flatMap((b) => b.needs!))] : undefined;
    return {
      exact: exact && exact.length <= MAX_ALTERNATIVES ? exact : undefined,
      needs: needs && needs.length <= MAX_ALTERNATIVES ? needs : undefined,
    };
  }

  private sequence(): Info {
    let run: string[] = [''];
    let broken = false;
    let needs: string[] | undefined;
    const flush = (): void => {
      needs = better(needs, asNeeds(run));
      run = [''];
    };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.quantified(this.atom());
      if (atom.repeated) {
        // `ab+c` needs "ab" and "bc": the first repetition ends a run, the last starts one.
        const joined = run.flatMap((left) => atom.repeated!.map((right) => left + right));
        if (joined.length <= MAX_ALTERNATIVES) run = joined;
        flush();
        broken = true;
        run = atom.repeated;
        continue;
      }
      if (atom.exact) {
        const joined = run.flatMap((left) => atom.exact!.map((right) => left + right));
        if (joined.length <= MAX_ALTERNATIVES) {
          run = joined;
          continue;
        }
        flush();
        run = atom.exact;
        broken = true;
        continue;
      }
      flush();
      broken = true;
      needs = better(needs, atom.needs);
    }
    if (!broken) return { exact: run, needs: asNeeds(run) };
    flush();
    return { needs };
  }

  /** Applies a quantifier after an atom: optional pieces need nothing, repeated ones are not exact. */
  private quantified(atom: Info): Info {
    const rest = this.source.slice(this.at);
    const brace = /^\{(\d+)(,\d*)?\}/.exec(rest);
    const mark = rest[0];
    let min: number;
    let single = false;
    if (brace) {
      this.at += brace[0].length;
      min = Number(brace[1]);
      single = min === 1 && brace[2] === undefined;
    } else if (mark === '*' || mark === '+' || mark === '?') {
      this.at++;
      min = mark === '+' ? 1 : 0;
    } else return atom;
    if (this.source[this.at] === '?') this.at++;
    if (single) return atom;
    if (min === 0) return mark === '?' && atom.exact ? { exact: [...new Set(['', ...atom.exact])] } : NOTHING;
    return atom.exact && atom.exact.every((s) => s.length > 0) ? { repeated: atom.exact } : { needs: atom.needs };
  }

  private atom(): Info {
    const c = this.source[this.at++];
    if (c === '(') return this.group();
    if (c === '[') {
      this.skipClass();
      return NOTHING;
    }
    if (c === '\\') return this.escape();
    if (WORD.test(c)) return { exact: [c], needs: [c] };
    // `.`, `^`, `$`, punctuation and spaces: not a word character.
    return NOTHING;
  }

  private group(): Info {
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const head = this.source.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.at += 3;
        lookaround = true;
      } else if (head.startsWith('?<')) this.at = this.source.indexOf('>', this.at) + 1 || this.source.length;
      else {
        // An unknown group form: give up on the whole regex.
        this.at = this.source.length + 1;
        return NOTHING;
      }
    }
    const inner = this.alternation();
    if (this.source[this.at] === ')') this.at++;
    else this.at = this.source.length + 1;
    // A lookaround matches no text of its own.
    return lookaround ? NOTHING : inner;
  }

  private skipClass(): void {
    if (this.source[this.at] === ']') this.at++;
    while (this.at < this.source.length && this.source[this.at] !== ']') {
      if (this.source[this.at] === '\\') this.at++;
      this.at++;
    }
    this.at++;
  }

  private escape(): Info {
    const c = this.source[this.at++];
    if (c === undefined) return NOTHING;
    // \xHH, \uHHHH, \u{…}, \cX, \p{…}, \k<name>: consumed, taken as any character.
    const skip = { x: /^[0-9A-Fa-f]{2}/, u: /^(\{[0-9A-Fa-f]+\}|[0-9A-Fa-f]{4})/, c: /^[A-Za-z]/, p: /^\{[^}]*\}/ }[
      c as 'x' | 'u' | 'c' | 'p'
    ];
    const k = c === 'k' || c === 'P' ? /^<[^>]*>|^\{[^}]*\}/ : undefined;
    const consumed = (skip ?? k)?.exec(this.source.slice(this.at));
    if (consumed) this.at += consumed[0].length;
    // Classes, anchors, control characters and backreferences: no literal.
    if (/[A-Za-z0-9]/.test(c)) return NOTHING;
    return c === '_' ? { exact: ['_'], needs: ['_'] } : NOTHING;
  }
}

/**
 * The word fragments one of which every match of `source` (as written in a rule, `(?i)` prefix
 * allowed) contains, lower-cased; undefined when none can be told. The check is made on the
 * lower-cased text, so a case-insensitive regex needs nothing more.
 */
export function regexNeeds(source: string): string[] | undefined {
  // The catalogue repeats its regexes (a callee list per pattern): each is read once.
  if (known.has(source)) return known.get(source);
  const body = source.startsWith('(?i)') ? source.slice(4) : source;
  const read = new RegexReader(body).read().needs;
  const needs = read && [...new Set(read.map((s) => s.toLowerCase()))];
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(source, needs);
  return needs;
}

const known = new Map<string, string[] | undefined>();
const MAX_KNOWN = 10_000;
