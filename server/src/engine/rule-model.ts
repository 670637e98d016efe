// The shape of a rule after loading and validation. Rules are data: queries, conditions and text;
// nothing in a rule file is ever evaluated as code.

import type { RuleClass } from '../../../core/protocol/classes';
import type { LanguageId } from './languages';
import type { Confidence, Severity } from './types';
import type { TextPattern } from './rule-regex';
import type { ObjectSpec } from './objects';

// The classes are part of the protocol (suppressions and the coach name them too).
export { CLASSES } from '../../../core/protocol/classes';
export type { RuleClass } from '../../../core/protocol/classes';

export type TaintRequirement = 'tainted' | 'non-constant';

/** A condition on a match; all conditions of a pattern must hold. */
export type Condition =
  | {
      kind: 'regex';
      capture: string;
      regex: TextPattern;
      negate: boolean;
      /** How many steps of variable values the text takes in: 0 none, 2 for `resolve: true`, 1 for `once`. */
      resolve: number;
      detail?: string;
    }
  | { kind: 'taint'; capture: string; requirement: TaintRequirement }
  | { kind: 'not-defined-in-file'; capture: string }
  /** The literal looks like a secret, not a name or placeholder (core/secrets/value-shape.ts, policy.md). */
  | { kind: 'secret-value'; capture: string }
  /** The literal holds a token in a documented provider format (the catalogue, provider-catalogue.ts). */
  | { kind: 'provider-token'; capture: string }
  | {
      kind: 'inside';
      capture: string;
      types: string[];
      regex?: TextPattern;
      /** The regex as written when it names captures (`{{value}}`, see capture-template.ts). */
      template?: string;
      maxDepth: number;
      negate: boolean;
    }
  | {
      kind: 'scope';
      scope: 'function' | 'file';
      regex: TextPattern;
      template?: string;
      negate: boolean;
      detail?: string;
    }
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
  /** A configured object: where it takes effect and what makes it safe (engine/objects.ts). */
  object?: ObjectSpec;
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
