// Widens a rule's query so that every spelling of a name reaches its conditions, whatever shape
// the rule wrote it in: a receiver written `os` + `system` also matches a bare `run(cmd)` imported
// as `from os import system as run` (Python, JavaScript, Go dot imports, Java static imports), and
// a name written as a plain identifier also matches a dotted one (`flask.request`,
// `javax.crypto.Cipher`, `java.io.File`). The matches the wider shape adds are admitted only when
// the resolver resolves them through an import (see `admissible` in conditions.ts), so a rule
// matches exactly what it matched before, plus the other spellings of its names.

import type { LanguageId } from '../languages';
import type { Pattern } from '../rule-model';

export interface NameShapes {
  query: string;
  /** Receiver capture → the member capture it qualifies: both hold the bare name in the added shape. */
  qualifiers: Map<string, string>;
  /** Captures written as a plain identifier that may now hold a dotted name. */
  widened: Set<string>;
}

type Rewrite = { find: RegExp; replace: (shapes: NameShapes, ...groups: string[]) => string };

const CAPTURE = '@([\\w.-]+)';
const re = (source: string): RegExp => new RegExp(source.replace(/ /g, '\\s*').replace(/@C/g, CAPTURE), 'g');

const qualified = (shapes: NameShapes, receiver: string, member: string): void => {
  shapes.qualifiers.set(receiver, member);
};

const REWRITES: Partial<Record<LanguageId, Rewrite[]>> = {
  python: [
    {
      find: re('function: \\(attribute object: \\(identifier\\) @C attribute: \\(identifier\\) @C \\)'),
      replace: (s, receiver, member) => {
        qualified(s, receiver, member);
        s.widened.add(receiver);
        return `function: [(attribute object: [(identifier) (attribute)] @${receiver} attribute: (identifier) @${member}) (identifier) @${member} @${receiver}]`;
      },
    },
    {
      find: re('\\(attribute object: \\(identifier\\) @C'),
      replace: (s, receiver) => {
        s.widened.add(receiver);
        return `(attribute object: [(identifier) (attribute)] @${receiver}`;
      },
    },
  ],
  javascript: jsRewrites(),
  typescript: jsRewrites(),
  tsx: jsRewrites(),
  go: [
    {
      find: re('function: \\(selector_expression operand: \\(identifier\\) @C field: \\(field_identifier\\) @C \\)'),
      replace: (s, receiver, member) => {
        qualified(s, receiver, member);
        return `function: [(selector_expression operand: (identifier) @${receiver} field: (field_identifier) @${member}) (identifier) @${member} @${receiver}]`;
      },
    },
  ],
  java: [
    {
      find: re('object: \\(identifier\\) @C'),
      replace: (s, receiver) => {
        s.widened.add(receiver);
        return `object: [(identifier) (field_access)] @${receiver}`;
      },
    },
    {
      find: re(
        '\\(method_invocation object: (\\(_\\)|\\[\\(identifier\\) \\(field_access\\)\\]) @C name: \\(identifier\\) @C',
      ),
      replace: (s, receiver, receiverName, member) => {
        qualified(s, receiverName, member);
        return `(method_invocation object: ${receiver}? @${receiverName} name: (identifier) @${member}`;
      },
    },
    {
      find: re('type: \\(type_identifier\\) @C'),
      replace: (s, type) => {
        s.widened.add(type);
        return `type: [(type_identifier) (scoped_type_identifier)] @${type}`;
      },
    },
  ],
};

function jsRewrites(): Rewrite[] {
  return [
    {
      find: re(
        'function: \\(member_expression object: (\\(_\\)|\\(identifier\\)) @C property: \\(property_identifier\\) @C \\)',
      ),
      replace: (s, receiver, receiverName, member) => {
        qualified(s, receiverName, member);
        return `function: [(member_expression object: ${receiver} @${receiverName} property: (property_identifier) @${member}) (identifier) @${member} @${receiverName}]`;
      },
    },
  ];
}

const cache = new Map<LanguageId, WeakMap<Pattern, NameShapes>>();

/** The pattern's query widened for `language`, with what the widening added (cached per pattern). */
export function nameShapes(pattern: Pattern, language: LanguageId): NameShapes {
  let byPattern = cache.get(language);
  if (!byPattern) cache.set(language, (byPattern = new WeakMap()));
  let shapes = byPattern.get(pattern);
  if (!shapes) {
    const target: NameShapes = { query: pattern.query, qualifiers: new Map(), widened: new Set() };
    for (const { find, replace } of REWRITES[language] ?? []) {
      // The callback gets the match, its groups, then the offset (a number) and the whole text.
      target.query = target.query.replace(find, (_match, ...args: unknown[]) =>
        replace(
          target,
          ...(args.slice(
            0,
            args.findIndex((a) => typeof a === 'number'),
          ) as string[]),
        ),
      );
    }
    byPattern.set(pattern, (shapes = target));
  }
  return shapes;
}
