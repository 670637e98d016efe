// The shape of a rule after loading and validation. Rules are data: queries, conditions and text;
// nothing in a rule file is ever evaluated as code.

import type { LanguageId } from './languages';
import type { Confidence, Severity } from './types';

/** Label classes (shared/docs/labels.md): every rule maps to exactly one. */
export const CLASSES = {
  sqli: { cwe: 89, title: 'SQL injection' },
  cmdi: { cwe: 78, title: 'OS command injection' },
  'code-injection': { cwe: 94, title: 'Code injection' },
  'path-traversal': { cwe: 22, title: 'Path traversal' },
  'file-upload': { cwe: 434, title: 'Unrestricted file upload' },
  'insecure-cookie': { cwe: 614, title: 'Insecure cookie' },
  'info-leak': { cwe: 209, title: 'Information leak through errors' },
  deserialization: { cwe: 502, title: 'Unsafe deserialization' },
  'weak-crypto': { cwe: 327, title: 'Weak cryptography' },
  'weak-random': { cwe: 338, title: 'Weak random numbers' },
  'tls-verify': { cwe: 295, title: 'TLS verification disabled' },
  xss: { cwe: 79, title: 'Cross-site scripting' },
  ssrf: { cwe: 918, title: 'Server-side request forgery' },
  xxe: { cwe: 611, title: 'XML external entities' },
  'open-redirect': { cwe: 601, title: 'Open redirect' },
  'hardcoded-secret': { cwe: 798, title: 'Hard-coded secret' },
  'type-assertion': { cwe: 617, title: 'Unchecked type assertion' },
  jwt: { cwe: 347, title: 'JWT not verified' },
  cors: { cwe: 942, title: 'Permissive CORS' },
  'vulnerable-dependency': { cwe: 1104, title: 'Vulnerable dependency' },
} as const;
export type RuleClass = keyof typeof CLASSES;

export type TaintRequirement = 'tainted' | 'non-constant';

/** A condition on a match; all conditions of a pattern must hold. */
export type Condition =
  | { kind: 'regex'; capture: string; regex: RegExp; negate: boolean; resolve: boolean; detail?: string }
  | { kind: 'taint'; capture: string; requirement: TaintRequirement }
  | { kind: 'not-defined-in-file'; capture: string }
  | { kind: 'inside'; capture: string; types: string[]; regex?: RegExp; maxDepth: number; negate: boolean }
  | { kind: 'scope'; scope: 'function' | 'file'; regex: RegExp; negate: boolean; detail?: string }
  | { kind: 'any-of'; conditions: Condition[] };

export interface Pattern {
  query: string;
  languages?: LanguageId[];
  where: Condition[];
  /** Line of the pattern in its file, for error messages. */
  line: number;
}

/** A rule's quick-fix: a built-in fixer by name, or a replacement template. */
export type FixSpec =
  | { kind: 'fixer'; name: string; line: number }
  | { kind: 'template'; replace: string; with: string; import?: string; title?: string; line: number };

export interface Rule {
  id: string;
  title: string;
  class: RuleClass;
  languages: LanguageId[];
  severity: Severity;
  confidence: Confidence;
  cwe: number[];
  owasp: string;
  pci: string[];
  soc2: string[];
  message: string;
  requirement: string;
  topics: string[];
  references: string[];
  patterns: Pattern[];
  /** Capture whose node is reported (the sink). */
  report: string;
  /** `line`: where the taint names are written, for unknown-name errors (set by the loader). */
  taint?: { sources: string[]; sanitizers: string[]; line?: number };
  fix?: FixSpec;
  /** The secure version, as a short code sample for the hover. */
  secureExample?: string;
  file: string;
}

/** Named source and sanitizer patterns shared by the rules of a language (`library.yaml`). */
export interface TaintLibrary {
  languages: LanguageId[];
  sources: Map<string, Pattern[]>;
  sanitizers: Map<string, Pattern[]>;
  file: string;
}

export const SOURCE_CAPTURE = 'source';
export const SANITIZER_CAPTURE = 'sanitizer';
