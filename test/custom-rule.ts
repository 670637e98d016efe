// A minimal custom rule file for tests of rule loading: a Python call `run("…")` whose string
// argument matches `argRegex`; `preamble` goes before `match:` (extra top-level YAML).

export const customRule = (id: string, argRegex: string, preamble = ''): string => `id: ${id}
title: Custom
class: cmdi
languages: [python]
severity: error
cwe: [78]
owasp: 'A03:2021 - Injection'
message: A custom rule.
requirement: None.
${preamble}match:
  - query: |
      (call function: (identifier) @fn arguments: (argument_list (string) @arg)) @sink
    where:
      - { capture: fn, regex: '^run$' }
      - { capture: arg, regex: '${argRegex}' }
`;
