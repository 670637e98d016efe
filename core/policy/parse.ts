// `.warden/policy.yaml`: the team's boundaries for AI-written code, extra tier globs and keywords,
// and the gate per tier. Validated here against one hand-written schema; a malformed file gives
// one error (file and line) and the built-in defaults, so a scan never stops on it. Pure: the
// caller reads the file (and only in a trusted workspace: the CLI counts as trusted, the server
// asks workspace trust as it does for custom rules).

import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { SEVERITIES, type Severity } from '../protocol/settings';

export const POLICY_FILE = '.warden/policy.yaml';

export const TIERS = ['high', 'medium', 'low'] as const;
export type PolicyTier = (typeof TIERS)[number];

export const BOUNDARY_KINDS = ['forbidden', 'needs-approval'] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

export interface Boundary {
  /** Path globs relative to the workspace root (picomatch syntax, `**` for any depth). */
  paths: string[];
  /** What AI-labelled code inside those paths needs. */
  ai: BoundaryKind;
  /** Why the team drew the line; shown with each violation. */
  reason: string;
  /** One-based line of the entry in the policy file (for messages). */
  line: number;
}

export interface TierRule {
  paths: string[];
  keywords: string[];
}

export interface Policy {
  boundaries: Boundary[];
  tiers: Partial<Record<PolicyTier, TierRule>>;
  /** The severity that fails the gate for files of a tier; `none` never fails. */
  gate: Partial<Record<PolicyTier, Severity | 'none'>>;
}

export const DEFAULT_POLICY: Policy = { boundaries: [], tiers: {}, gate: {} };

export interface PolicyError {
  file: string;
  /** One-based. */
  line: number;
  message: string;
}

export interface LoadedPolicy {
  policy: Policy;
  /** Set when the file was malformed: the policy is then the default. */
  error?: PolicyError;
}

/** A policy file larger than this is refused (a real one is a few hundred bytes). */
export const MAX_POLICY_BYTES = 64 * 1024;

class Invalid extends Error {
  constructor(
    message: string,
    readonly node: Node | null | undefined,
  ) {
    super(message);
  }
}

function keysOf(node: Node | null | undefined, where: string, allowed: readonly string[]): Map<string, Node> {
  if (!isMap(node)) throw new Invalid(`${where} must be a mapping`, node);
  const out = new Map<string, Node>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!allowed.includes(key))
      throw new Invalid(
        `unknown key '${key}' in ${where} (expected ${allowed.map((k) => `'${k}'`).join(', ')})`,
        pair.key as Node,
      );
    out.set(key, pair.value as Node);
  }
  return out;
}

function stringList(node: Node | null | undefined, where: string): string[] {
  if (isScalar(node) && typeof node.value === 'string') return [node.value];
  if (!isSeq(node)) throw new Invalid(`${where} must be a list of strings`, node);
  return node.items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '')
      throw new Invalid(`${where} must be a list of non-empty strings`, item as Node);
    return item.value;
  });
}

function oneOf<T extends string>(node: Node | null | undefined, where: string, values: readonly T[]): T {
  const value = isScalar(node) ? String(node.value) : undefined;
  if (value === undefined || !values.includes(value as T))
    throw new Invalid(`${where} must be one of ${values.map((v) => `'${v}'`).join(', ')}`, node);
  return value as T;
}

export function parsePolicy(text: string, file = POLICY_FILE): LoadedPolicy {
  const lineCounter = new LineCounter();
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  if (text.length > MAX_POLICY_BYTES)
    return { policy: DEFAULT_POLICY, error: { file, line: 1, message: `larger than ${MAX_POLICY_BYTES} bytes` } };
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first.linePos?.[0].line ?? lineCounter.linePos(first.pos[0]).line;
    return { policy: DEFAULT_POLICY, error: { file, line, message: first.message.split('\n')[0] } };
  }
  try {
    if (doc.contents === null) return { policy: DEFAULT_POLICY };
    const top = keysOf(doc.contents as Node, 'the policy', ['version', 'boundaries', 'tiers', 'gate']);
    const policy: Policy = { boundaries: [], tiers: {}, gate: {} };
    const version = top.get('version');
    if (version !== undefined && !(isScalar(version) && version.value === 1))
      throw new Invalid('version must be 1', version);
    const boundaries = top.get('boundaries');
    if (boundaries !== undefined) {
      if (!isSeq(boundaries)) throw new Invalid('boundaries must be a list', boundaries);
      for (const item of boundaries.items) {
        const where = `boundaries (line ${lineOf(item as Node)})`;
        const entry = keysOf(item as Node, where, ['paths', 'ai', 'reason']);
        if (!entry.has('paths')) throw new Invalid(`${where} needs 'paths'`, item as Node);
        if (!entry.has('ai')) throw new Invalid(`${where} needs 'ai' (forbidden or needs-approval)`, item as Node);
        const reason = entry.get('reason');
        if (reason !== undefined && !(isScalar(reason) && typeof reason.value === 'string'))
          throw new Invalid(`${where}: reason must be text`, reason);
        policy.boundaries.push({
          paths: stringList(entry.get('paths'), `${where}: paths`),
          ai: oneOf(entry.get('ai'), `${where}: ai`, BOUNDARY_KINDS),
          reason: reason ? String((reason as { value: unknown }).value) : '',
          line: lineOf(item as Node),
        });
      }
    }
    const tiers = top.get('tiers');
    if (tiers !== undefined)
      for (const [tier, node] of keysOf(tiers, 'tiers', TIERS)) {
        const rule = keysOf(node, `tiers.${tier}`, ['paths', 'keywords']);
        policy.tiers[tier as PolicyTier] = {
          paths: rule.has('paths') ? stringList(rule.get('paths'), `tiers.${tier}.paths`) : [],
          keywords: rule.has('keywords') ? stringList(rule.get('keywords'), `tiers.${tier}.keywords`) : [],
        };
      }
    const gate = top.get('gate');
    if (gate !== undefined)
      for (const [tier, node] of keysOf(gate, 'gate', TIERS))
        policy.gate[tier as PolicyTier] = oneOf(node, `gate.${tier}`, [...SEVERITIES, 'none'] as const);
    return { policy };
  } catch (e) {
    if (!(e instanceof Invalid)) throw e;
    return { policy: DEFAULT_POLICY, error: { file, line: lineOf(e.node), message: e.message } };
  }
}

/** `file:line: message`, as the CLI prints it and the editor shows it. */
export function formatPolicyError(error: PolicyError): string {
  return `${error.file}:${error.line}: ${error.message}; using the default policy`;
}
