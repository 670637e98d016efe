// What a call Warden cannot resolve returns (issue 18, point 2; docs/engine.md §5): the taint of its
// receiver and arguments and, unless the callee is a known pure library function, a value of
// unknown origin: `os.system(get_cmd())` runs a command Warden cannot see, `os.path.join(BASE, "x")`
// one it can.

import type { Node } from 'web-tree-sitter';
import type { LanguageId, SyntaxVocabulary } from './languages';
import type { ScopeIndex } from './scopes';

/**
 * What an unresolved call does with its inputs:
 *   'transform' – its result is made of its receiver and arguments (formatting, joining paths,
 *                 string and collection methods, and reading the file at a path: a file at a
 *                 fixed path is the operator's, like a constant): constant in, constant out;
 *   'safe'      – its result is a number, boolean or generated id, which cannot carry an injection;
 *                 a rule's own sanitizers decide on tainted input, so taint still passes;
 *   'unknown'   – anything else: a value from somewhere Warden cannot see.
 */
export type CallKind = 'transform' | 'safe' | 'unknown';

/** Of the transforms, those that put text around their inputs: "%s".format(p), fmt.Sprintf, path joins, new File(dir, p). */
export const BUILDING_CALLS =
  /^(format|formatted|Sprintf|Sprint|Sprintln|Errorf|join|Join|joinpath|concat|append|insert|of|File|URL|URI|Path)$/;

interface PureNames {
  /** Functions called without a receiver (`str(x)`, `len(x)`, `String(x)`). */
  plain: RegExp;
  /** Functions of a module, package or class (`os.path.join`, `strings.ToLower`, `String.format`), by qualified text. */
  qualified: RegExp;
  /** Methods called on a value (`s.strip()`, `sb.toString()`, `list.get(0)`). */
  methods: RegExp;
  /** Of the above, those whose result cannot carry an injection, by the last name. */
  safe: RegExp;
}

/** A regex matching exactly one of the space-separated names. */
function names(list: string): RegExp {
  return new RegExp(`^(${list.trim().split(/\s+/).join('|')})$`);
}

const PYTHON: PureNames = {
  plain: names(`str int float bool len repr format abs min max round sorted list tuple dict set frozenset range
    enumerate zip reversed ord chr hex oct bin hash sum any all isinstance bytes next iter filter map open compile
    Path PurePath PurePosixPath`),
  qualified:
    /^(os\.path|posixpath|ntpath|math|uuid|secrets|hashlib|base64|binascii|datetime|time|shlex|html|string|textwrap|pathlib|decimal|itertools|functools|operator|random|str)(\.\w+)+$|^(json\.dumps|re\.escape|re\.sub|urllib\.parse\.\w+)$/,
  methods: names(`format join lower upper strip lstrip rstrip replace split rsplit splitlines encode decode title
    capitalize casefold zfill ljust rjust center partition rpartition startswith endswith get copy keys values
    items hexdigest digest isoformat strftime resolve absolute joinpath with_name with_suffix as_posix count
    index find`),
  safe: names(`int float bool len abs round ord hash sum any all isinstance uuid1 uuid4 UUID time token_hex randint random
    token_urlsafe hexdigest digest startswith endswith count index find isoformat strftime`),
};

const JAVASCRIPT: PureNames = {
  plain: names(`String Number Boolean BigInt parseInt parseFloat encodeURIComponent encodeURI
    decodeURIComponent decodeURI escape isNaN isFinite Array Symbol`),
  qualified:
    /^(path(\.posix|\.win32)?|Math|Object|Array|Number|String|querystring|JSON)(\.\w+)+$|^(fs\.(readFileSync|readFile|createReadStream)|util\.format|Buffer\.from|crypto\.randomUUID|crypto\.randomBytes|url\.format|Date\.now)$/,
  methods: names(`toString toLowerCase toUpperCase toLocaleLowerCase toLocaleUpperCase trim trimStart trimEnd
    replace replaceAll split join slice substring substr concat padStart padEnd repeat normalize at charAt get
    toFixed toISOString toJSON valueOf keys values entries flat flatMap map filter find findLast reduce some
    every reverse sort digest indexOf includes startsWith endsWith`),
  safe: names(`Number Boolean parseInt parseFloat isNaN isFinite randomUUID now toFixed toISOString indexOf
    includes startsWith endsWith some every digest`),
};

const JAVA: PureNames = {
  plain: /^$/,
  qualified:
    /^(String|Integer|Long|Short|Double|Float|Boolean|Character|Math|Paths|Path|List|Set|Map|Arrays|Collections|Collectors|Objects|UUID|URLEncoder|Optional|Base64|Stream|IntStream|StringEscapeUtils|LocalDate|LocalDateTime|Instant)(\.\w+)+$|^Files\.(readString|readAllBytes|readAllLines|newInputStream|newBufferedReader|lines)$/,
  methods: names(`toString trim strip toLowerCase toUpperCase replace replaceAll substring split concat append
    insert format formatted join get getOrDefault valueOf intern charAt resolve normalize toAbsolutePath
    getFileName toFile toPath getName getPath getAbsolutePath getCanonicalPath length size hashCode equals
    contains startsWith endsWith indexOf encodeToString getBytes stream map filter flatMap sorted distinct limit
    skip collect toList toArray reduce findFirst findAny orElse orElseGet orElseThrow isPresent isEmpty anyMatch
    allMatch noneMatch count keySet values entrySet getKey getValue`),
  safe: names(`parseInt parseLong parseDouble parseBoolean randomUUID length size hashCode equals contains
    startsWith endsWith indexOf abs max min round isPresent isEmpty anyMatch allMatch noneMatch count`),
};

const GO: PureNames = {
  plain: names('len cap string append make new copy int int64 int32 uint uint64 float64 byte rune min max'),
  qualified:
    /^(strings|strconv|filepath|path|bytes|time|math|unicode|utf8|hex|base64|sort|uuid|html)(\.\w+)+$|^(os\.(Open|ReadFile)|fmt\.(Sprintf|Sprint|Sprintln|Errorf|Fprintf|Fprint|Fprintln)|errors\.New|url\.(QueryEscape|PathEscape|QueryUnescape|PathUnescape)|template\.(HTMLEscapeString|JSEscapeString)|regexp\.(MustCompile|QuoteMeta))$/,
  methods: names('String Bytes Format Encode Join Get Error'),
  safe: names(`len cap int int64 int32 uint uint64 float64 Itoa FormatInt FormatFloat FormatBool ParseInt
    ParseFloat ParseBool Atoi NewString Now Unix Contains HasPrefix HasSuffix Index Count EqualFold`),
};

const PURE: Record<LanguageId, PureNames> = {
  python: PYTHON,
  javascript: JAVASCRIPT,
  typescript: JAVASCRIPT,
  tsx: JAVASCRIPT,
  java: JAVA,
  go: GO,
};

/**
 * How an unresolved call behaves. `how`: 'plain' for f(x), 'qualified' for a function reached
 * through a module/package/class name (`qualified` is the callee's text, e.g. os.path.join),
 * 'method' for a method of a value.
 */
function callKind(
  language: LanguageId,
  how: 'plain' | 'qualified' | 'method',
  name: string,
  qualified: string,
): CallKind {
  const pure = PURE[language];
  const known =
    how === 'plain'
      ? pure.plain.test(name)
      : how === 'qualified'
        ? pure.qualified.test(qualified)
        : pure.methods.test(name);
  if (!known) return 'unknown';
  return pure.safe.test(name) ? 'safe' : 'transform';
}

/** A module, package or class a callee is reached through (`os.path`, `strings`, `Helpers`), not a value. */
export function isNamespace(receiver: Node, syntax: SyntaxVocabulary, scopes: ScopeIndex): boolean {
  let root = receiver;
  for (;;) {
    const member = syntax.members.find((m) => m.type === root.type);
    const object = member && !syntax.calls.some((c) => c.type === root.type) && root.childForFieldName(member.object);
    if (!object) break;
    root = object;
  }
  // require('path').join(…)
  if (syntax.calls.some((c) => c.type === root.type)) return /^(require|import)\s*\(\s*['"`]/.test(root.text);
  if (!syntax.identifiers.includes(root.type)) return false;
  const def = scopes.resolve(root.text, root);
  if (!def || def.kind === 'import') return true;
  // const helpers = require('./helpers')
  return !!def.value && /^(require|import)\s*\(/.test(def.value.text);
}

/** How an unresolved call named `name` behaves, called through `receiver` (a namespace or a value) or directly. */
export function unresolvedCallKind(
  language: LanguageId,
  call: Node,
  receiver: Node | null,
  namespace: boolean,
  name: string,
): CallKind {
  // Constructors of library types (new File(dir, name), new URL(u)) are made of their arguments.
  if (call.type === 'new_expression' || call.type === 'object_creation_expression') return 'transform';
  // Python calls a class to construct it: CapWords names by convention (Sort(key), Decimal(x)).
  if (language === 'python' && /^[A-Z][a-z]/.test(name)) return 'transform';
  if (!receiver) return callKind(language, 'plain', name, name);
  if (!namespace) return callKind(language, 'method', name, name);
  // java.nio.file.Paths.get is Paths.get: try each suffix after a dot.
  // require('path').join is path.join.
  const module = /^(?:require|import)\s*\(\s*['"`](?:[^'"`]*\/)?([\w.-]+)['"`]/.exec(receiver.text)?.[1];
  const parts = `${module ?? receiver.text}.${name}`.replace(/\s+/g, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const kind = callKind(language, 'qualified', name, parts.slice(i).join('.'));
    if (kind !== 'unknown') return kind;
  }
  return 'unknown';
}

/** `os` in os.path.join(…) or `exec` in exec.Command(…): a module, class or package name. */
export function isCalleeReceiver(node: Node, syntax: SyntaxVocabulary): boolean {
  const parent = node.parent;
  if (!parent) return false;
  // Java keeps the receiver in method_invocation's `object` field (also listed as a member access).
  if (parent.type === 'method_invocation') return parent.childForFieldName('object')?.id === node.id;
  const member = syntax.members.find((m) => m.type === parent.type);
  if (member && parent.childForFieldName(member.object)?.id === node.id) {
    const grand = parent.parent;
    if (grand && syntax.calls.some((c) => c.type === grand.type && grand.childForFieldName(c.callee)?.id === parent.id))
      return true;
    // Chains like os.path.join: the root of a callee chain is also a namespace.
    return isCalleeReceiver(parent, syntax);
  }
  return false;
}
