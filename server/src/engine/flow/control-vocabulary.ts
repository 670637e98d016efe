// How each language spells control flow, as data for the one CFG builder (cfg.ts): which nodes
// run their children in order, branch, loop, switch, catch, or leave. A node type not named here
// is a plain statement (one step of its block).

export interface SwitchSpec {
  type: string;
  /** Field of the value switched on (absent: Go's `switch { case x > 0: }`). */
  value: string;
  /** Field of the node holding the cases (absent: the cases are the switch's own children). */
  body?: string;
  cases: string[];
  /** A case of one of these types, or whose label reads `default`, runs when no case matches. */
  defaults: string[];
  /** Children of a case that label it rather than run (their constants make the case a guard). */
  labelTypes: string[];
  labelFields: string[];
  /** A case's end runs into the next case (C-style switch groups)… */
  fallsThrough: boolean;
  /** …except cases of these types (Java's `case "x" -> …`). */
  arrowCases?: string[];
  /** `break` inside leaves the switch (not the enclosing loop). */
  breaks: boolean;
}

export interface ControlVocabulary {
  /** Statement lists and blocks: children run in order. */
  sequences: string[];
  /** `if`: fields condition / consequence / alternative (Go's `initializer` runs first). */
  ifs: string[];
  /** Wrappers of an else or elif branch: their `condition` (elif) or body runs. */
  elseClauses: string[];
  /** Loops: the part before `body` is the header, run before every iteration. */
  loops: string[];
  /** Loops whose body runs once before the condition. */
  doLoops: string[];
  switches: SwitchSpec[];
  tries: string[];
  /** Handlers inside a try: catch / except clauses. */
  handlers: string[];
  finallies: string[];
  /** Statements that run a body after a header (`with`, `synchronized`, labels). */
  wrappers: string[];
  /** Statements that leave the function. */
  exits: string[];
  breaks: string[];
  continues: string[];
  /** Go: a case ending in this runs into the next one. */
  fallthrough?: string;
  /** Calls that never return (`panic`, `sys.exit`, `abort`), by callee text. */
  exitCalls: RegExp;
}

const C_SWITCH_BREAK = { fallsThrough: true, breaks: true };

const javascript: ControlVocabulary = {
  sequences: ['statement_block', 'program'],
  ifs: ['if_statement'],
  elseClauses: ['else_clause'],
  loops: ['for_statement', 'for_in_statement', 'while_statement'],
  doLoops: ['do_statement'],
  switches: [
    {
      type: 'switch_statement',
      value: 'value',
      body: 'body',
      cases: ['switch_case', 'switch_default'],
      defaults: ['switch_default'],
      labelTypes: [],
      labelFields: ['value'],
      ...C_SWITCH_BREAK,
    },
  ],
  tries: ['try_statement'],
  handlers: ['catch_clause'],
  finallies: ['finally_clause'],
  wrappers: ['labeled_statement', 'with_statement'],
  exits: ['return_statement', 'throw_statement'],
  breaks: ['break_statement'],
  continues: ['continue_statement'],
  exitCalls: /^process\.exit$/,
};

const python: ControlVocabulary = {
  sequences: ['block', 'module'],
  ifs: ['if_statement'],
  elseClauses: ['elif_clause', 'else_clause'],
  loops: ['for_statement', 'while_statement'],
  doLoops: [],
  switches: [
    {
      type: 'match_statement',
      value: 'subject',
      body: 'body',
      cases: ['case_clause'],
      defaults: [],
      labelTypes: ['case_pattern'],
      labelFields: ['guard'],
      fallsThrough: false,
      breaks: false,
    },
  ],
  tries: ['try_statement'],
  handlers: ['except_clause', 'except_group_clause'],
  finallies: ['finally_clause'],
  wrappers: ['with_statement'],
  exits: ['return_statement', 'raise_statement'],
  breaks: ['break_statement'],
  continues: ['continue_statement'],
  exitCalls: /^((flask\.)?abort|sys\.exit|exit|os\._exit)$/,
};

const java: ControlVocabulary = {
  sequences: ['block', 'constructor_body', 'program'],
  ifs: ['if_statement'],
  elseClauses: [],
  loops: ['for_statement', 'enhanced_for_statement', 'while_statement'],
  doLoops: ['do_statement'],
  // The switch statement and the switch expression share one shape.
  switches: ['switch_expression', 'switch_statement'].map((type) => ({
    type,
    value: 'condition',
    body: 'body',
    cases: ['switch_block_statement_group', 'switch_rule'],
    defaults: [],
    labelTypes: ['switch_label'],
    labelFields: [],
    arrowCases: ['switch_rule'],
    ...C_SWITCH_BREAK,
  })),
  tries: ['try_statement', 'try_with_resources_statement'],
  handlers: ['catch_clause'],
  finallies: ['finally_clause'],
  wrappers: ['labeled_statement', 'synchronized_statement'],
  exits: ['return_statement', 'throw_statement'],
  breaks: ['break_statement'],
  continues: ['continue_statement'],
  exitCalls: /^System\.exit$/,
};

const GO_SWITCH = {
  value: 'value',
  defaults: ['default_case'],
  labelTypes: [],
  labelFields: ['value', 'type'],
  fallsThrough: false,
  breaks: true,
};

const go: ControlVocabulary = {
  sequences: ['block', 'statement_list', 'source_file'],
  ifs: ['if_statement'],
  elseClauses: [],
  loops: ['for_statement'],
  doLoops: [],
  switches: [
    { type: 'expression_switch_statement', cases: ['expression_case', 'default_case'], ...GO_SWITCH },
    { type: 'type_switch_statement', cases: ['type_case', 'default_case'], ...GO_SWITCH },
    { type: 'select_statement', cases: ['communication_case', 'default_case'], ...GO_SWITCH },
  ],
  tries: [],
  handlers: [],
  finallies: [],
  wrappers: ['labeled_statement'],
  exits: ['return_statement'],
  breaks: ['break_statement'],
  continues: ['continue_statement'],
  fallthrough: 'fallthrough_statement',
  exitCalls: /^(panic|os\.Exit|log\.(Fatal|Fatalf|Fatalln|Panic|Panicf|Panicln))$/,
};

export const CONTROL = { javascript, python, java, go };
