// Guards recognised by shape: which variable a condition proves clean, and on which outcome.
//   x == "k", "k".equals(x)                         equality with a constant
//   x in ("a", "b"), ALLOWED.contains(x), A[x]      membership in a constant collection
//   isAllowed(x), is_valid(x)                       a validation predicate on x
//   !c, not c, c && d (true), c || d (false)        combined as logic says
// A guard holds for the variable it tests, on the outcome that proves it, in the blocks that outcome
// leads to: it becomes a definition of that variable with a constant value at the start of the
// outcome's block (reaching.ts), so it covers exactly the code the outcome dominates until the
// variable is assigned again; another variable, another branch or a mere mention changes nothing.

import type { Node } from 'web-tree-sitter';
import type { SyntaxVocabulary } from '../languages';
import { simpleName } from '../node-names';

export interface GuardFact {
  /** The identifier the condition tests. */
  target: Node;
  outcome: boolean;
}

/** Callee names of validation predicates: the call's truth says its argument is acceptable. */
const VALIDATOR =
  /^(is|has|check|validate|verify|ensure)?_?(valid|allowed|allow|safe|permitted|trusted|whitelisted|allowlisted|known|supported|legal|acceptable)/i;
/** Membership methods of collections: `ALLOWED.contains(x)`, `slices.Contains(ALLOWED, x)`. */
const MEMBERSHIP = /^(contains|containsKey|has|includes|Contains|ContainsKey|__contains__)$/;
/** URL accessors for the host part (WHATWG URL, java.net.URI, net/url, urllib.parse). */
const HOST = /^(host|hostname|getHost|Host|Hostname|netloc)$/;
const EQUALITY = /^(==|===|is)$/;
const INEQUALITY = /^(!=|!==|is not)$/;
/** Names allowed in a constant collection's text: its constructor, never data. */
const COLLECTION_WORDS =
  /^(Set|List|Map|of|asList|Arrays|Collections|unmodifiable\w*|frozenset|set|tuple|list|dict|HashSet|TreeSet|LinkedHashSet|ImmutableSet|ImmutableList|copyOf|EnumSet|Object|freeze|Array)$/;

export class GuardShapes {
  constructor(
    private readonly syntax: SyntaxVocabulary,
    /** The collection a name is bound to, when it is bound once (module constants). */
    private readonly valueOf: (name: Node) => Node | null | undefined,
  ) {}

  /** What `condition` proves when it evaluates to `outcome`. */
  facts(condition: Node, outcome: boolean, depth = 0): GuardFact[] {
    if (depth > 20) return [];
    const type = condition.type;
    if (type === 'parenthesized_expression' && condition.namedChildCount === 1)
      return this.facts(condition.firstNamedChild!, outcome, depth + 1);
    if (type === 'not_operator' || (type === 'unary_expression' && operatorOf(condition) === '!')) {
      const inner = condition.childForFieldName('argument') ?? condition.childForFieldName('operand');
      return inner ? this.facts(inner, !outcome, depth + 1) : [];
    }
    const op = operatorOf(condition);
    if ((type === 'binary_expression' || type === 'boolean_operator') && op) {
      const left = condition.childForFieldName('left');
      const right = condition.childForFieldName('right');
      if (!left || !right) return [];
      // Both sides hold when `a && b` is true, or when `a || b` is false.
      if ((op === '&&' || op === 'and') && outcome) return [...this.facts(left, true), ...this.facts(right, true)];
      if ((op === '||' || op === 'or') && !outcome) return [...this.facts(left, false), ...this.facts(right, false)];
      if (EQUALITY.test(op) || INEQUALITY.test(op)) {
        if (EQUALITY.test(op) !== outcome) return [];
        return this.equality(left, right);
      }
      return [];
    }
    if (type === 'comparison_operator') return this.pythonComparison(condition, outcome);
    if (!outcome) return [];
    if (this.isVariable(condition)) return this.commaOk(condition);
    const call = this.syntax.calls.find((c) => c.type === type);
    if (call) return this.predicateCall(condition, call.callee, call.args);
    // Go `if ALLOWED[x]`: a constant map of booleans indexed by x.
    const member = this.syntax.members.find((m) => m.type === type && m.property === 'index');
    if (member) {
      const index = condition.childForFieldName(member.property);
      const object = condition.childForFieldName(member.object);
      const tested = index && this.member(index);
      if (tested && object && this.isConstantCollection(object)) return [{ target: tested, outcome: true }];
    }
    return [];
  }

  /** Go `if _, ok := ALLOWED[x]; ok`: the lookup's second result, tested in the same if. */
  private commaOk(flag: Node): GuardFact[] {
    let stmt = flag.parent;
    while (stmt && stmt.type !== 'if_statement' && stmt.type === 'unary_expression') stmt = stmt.parent;
    const init = stmt?.childForFieldName('initializer');
    const names = init?.childForFieldName('left')?.namedChildren ?? [];
    const lookup = init?.childForFieldName('right')?.firstNamedChild;
    if (!lookup || names.length !== 2 || names[1]?.text !== flag.text) return [];
    const member = this.syntax.members.find((m) => m.type === lookup.type && m.property === 'index');
    const key = member && lookup.childForFieldName(member.property);
    const table = member && lookup.childForFieldName(member.object);
    return key && table && this.isVariable(key) && this.isConstantCollection(table)
      ? [{ target: key, outcome: true }]
      : [];
  }

  /** A switch case whose labels are all constants proves the switched variable clean on entry. */
  caseFact(value: Node, labels: Node[]): GuardFact[] {
    const subject = unwrap(value);
    if (!this.isVariable(subject)) return [];
    const constant = labels.every((l) => {
      const parts = l.namedChildren.filter((c): c is Node => !!c && !/comment/.test(c.type));
      const leaves =
        parts.length === 0 ? [l] : parts.flatMap((p) => (p.type === 'union_pattern' ? p.namedChildren : [p]));
      return leaves.every((n) => !!n && this.isConstant(n));
    });
    return constant ? [{ target: subject, outcome: true }] : [];
  }

  private equality(left: Node, right: Node): GuardFact[] {
    if (this.isVariable(left) && this.isConstant(right)) return [{ target: left, outcome: true }];
    if (this.isVariable(right) && this.isConstant(left)) return [{ target: right, outcome: true }];
    return [];
  }

  /** Python `x == "k"`, `x in ALLOWED`, `x not in ALLOWED` (comparison_operator). */
  private pythonComparison(node: Node, outcome: boolean): GuardFact[] {
    const operands = node.namedChildren.filter((c): c is Node => !!c);
    if (operands.length !== 2) return [];
    const op = node.children
      .filter((c): c is Node => !!c && !c.isNamed)
      .map((c) => c.text)
      .join(' ');
    const [left, right] = operands;
    if (op === 'in' || op === 'not in') {
      if ((op === 'in') !== outcome) return [];
      const tested = this.member(left);
      return tested && this.isConstantCollection(right) ? [{ target: tested, outcome }] : [];
    }
    if (EQUALITY.test(op) || INEQUALITY.test(op))
      return EQUALITY.test(op) === outcome ? this.equality(left, right) : [];
    return [];
  }

  private predicateCall(call: Node, calleeField: string, argsField: string): GuardFact[] {
    const callee = call.childForFieldName(calleeField);
    const name = callee ? simpleName(callee) : undefined;
    const args = (call.childForFieldName(argsField)?.namedChildren ?? []).filter(
      (a): a is Node => !!a && !/comment/.test(a.type),
    );
    if (!callee || !name) return [];
    const receiver = this.receiver(call, callee);
    if (MEMBERSHIP.test(name)) {
      // ALLOWED.contains(x) / ALLOWED.has(x), or slices.Contains(ALLOWED, x).
      const first = args[0] && this.member(args[0]);
      if (receiver && first && this.isConstantCollection(receiver)) return [{ target: first, outcome: true }];
      const second = args.length === 2 && this.member(args[1]);
      if (second && this.isConstantCollection(args[0])) return [{ target: second, outcome: true }];
      return [];
    }
    if (/^equals(IgnoreCase)?$/.test(name) && receiver && args.length === 1) return this.equality(receiver, args[0]);
    if (VALIDATOR.test(name)) return args.filter((a) => this.isVariable(a)).map((a) => ({ target: a, outcome: true }));
    return [];
  }

  private receiver(call: Node, callee: Node): Node | null {
    const object = call.childForFieldName('object');
    if (object) return object; // Java method_invocation
    const member = this.syntax.members.find((m) => m.type === callee.type);
    return member ? callee.childForFieldName(member.object) : null;
  }

  /**
   * What a membership test vouches for: a variable, or a URL variable whose host is tested
   * (`ALLOWED.has(url.hostname)`, `uri.getHost()`, `u.Hostname()`, `parsed.netloc`): a host
   * allow-list is the check for the whole URL.
   */
  private member(node: Node): Node | null {
    if (this.isVariable(node)) return node;
    const call = this.syntax.calls.find((c) => c.type === node.type);
    // Java's method_invocation is its own member access (`uri.getHost()`).
    const access =
      call && !this.syntax.members.some((m) => m.type === node.type) ? node.childForFieldName(call.callee) : node;
    if (!access || (call && node.childForFieldName(call.args)?.namedChildCount)) return null;
    const spec = this.syntax.members.find((m) => m.type === access.type);
    const property = spec && access.childForFieldName(spec.property);
    const object = spec && access.childForFieldName(spec.object);
    return object && property && HOST.test(property.text) && this.isVariable(object) ? object : null;
  }

  private isVariable(node: Node): boolean {
    return this.syntax.identifiers.includes(node.type);
  }

  /** A literal with no interpolation. */
  isConstant(node: Node): boolean {
    const n = unwrap(node);
    if (this.syntax.literals.includes(n.type)) return true;
    if (!/string/.test(n.type)) return false;
    return !n.descendantsOfType(['interpolation', 'template_substitution']).some((d) => !!d);
  }

  /** A collection written out of constants, inline or bound to a name: `{"a", "b"}`, `Set.of("a")`. */
  isConstantCollection(node: Node, depth = 0): boolean {
    const n = unwrap(node);
    if (this.isVariable(n)) {
      const value = depth < 2 ? this.valueOf(n) : null;
      return !!value && this.isConstantCollection(value, depth + 1);
    }
    if (this.isConstant(n) || n.namedChildCount === 0) return false;
    const names = n.descendantsOfType(this.syntax.identifiers);
    if (names.some((id) => !!id && !COLLECTION_WORDS.test(id.text))) return false;
    return n.descendantsOfType(this.syntax.literals).length > 0 || /string/.test(n.text) || /["']/.test(n.text);
  }
}

function operatorOf(node: Node): string | undefined {
  const op = node.childForFieldName('operator');
  if (op) return op.text;
  // Python boolean_operator keeps `and`/`or` as an anonymous child.
  return node.children.find((c) => !!c && !c.isNamed && /^(and|or)$/.test(c.text))?.text;
}

function unwrap(node: Node): Node {
  let n = node;
  while ((n.type === 'parenthesized_expression' || n.type === 'expression_list') && n.namedChildCount === 1)
    n = n.firstNamedChild!;
  return n;
}
