// The languages Warden scans: grammar file and the node-type vocabulary the dataflow analysis
// needs, added to the ids, extensions and comment syntax of core/protocol (one entry there and one
// here per language).

import { LANGUAGE_INFO, LanguageId, LanguageInfo } from '../../../core/protocol/languages';
import { CONTROL, ControlVocabulary } from './flow/control-vocabulary';

export {
  LANGUAGE_IDS,
  expandRuleLanguages,
  isLanguageId,
  languageForEditorId,
  languageForPath,
} from '../../../core/protocol/languages';
export type { LanguageId } from '../../../core/protocol/languages';

export interface SyntaxVocabulary {
  /** Nodes that open a new function scope. */
  functions: string[];
  /** Field that holds a function's parameter list (or the single parameter of an arrow). */
  parameterFields: string[];
  /** Nodes whose `left`/`name` gets the value in `right`/`value`. */
  assignments: Array<{ type: string; target: string; value: string; augmented?: boolean }>;
  /** Loops that bind their target to elements of an iterable: `for x in xs`. */
  loops: Array<{ type: string; target: string; value: string }>;
  /** Nodes that bind an exception variable (`except E as e`, `catch (e)`). */
  catchBindings: Array<{ type: string; field?: string }>;
  calls: Array<{ type: string; callee: string; args: string }>;
  /** Member access: `object.property`; `object` is the receiver of a call through it. */
  members: Array<{ type: string; object: string; property: string }>;
  returns: string[];
  identifiers: string[];
  /** Literal nodes with no interpolation: always constant. */
  literals: string[];
  /** Nodes that never carry data (types, property names, comments). */
  opaque: string[];
  /** Nodes whose children are statements (where a fix may insert a statement). */
  statementContainers: string[];
  /** Branches, loops, switches, try and exits, for the control-flow graph (flow/). */
  control: ControlVocabulary;
  /** Top-level import nodes (fixes add imports after the last one). */
  imports: string[];
  lineComment: string;
  blockComment?: [string, string];
  /**
   * When set, a call through a receiver resolves to a same-file function only if the receiver is
   * one of these (`this.find(x)`): `orderService.find(x)` is another class's method.
   */
  ownReceivers?: string[];
  /** Go: `f(&x)` may fill x (json.Unmarshal(data, &v)). */
  outArguments?: boolean;
  /** Go: the method field naming the receiver (`s` in func (s *Server) m()), an own receiver too. */
  methodReceiverField?: string;
}

export interface LanguageSpec extends LanguageInfo {
  /** npm package and file of the grammar's wasm. */
  grammarPackage: string;
  wasmFile: string;
  syntax: SyntaxVocabulary;
}

/** The comment syntax of a language, as core/protocol declares it. */
function comments(id: LanguageId): Pick<SyntaxVocabulary, 'lineComment' | 'blockComment'> {
  const { lineComment, blockComment } = LANGUAGE_INFO[id];
  return blockComment ? { lineComment, blockComment } : { lineComment };
}

const jsSyntax: SyntaxVocabulary = {
  functions: [
    'function_declaration',
    'function_expression',
    'function',
    'arrow_function',
    'method_definition',
    'generator_function_declaration',
    'generator_function',
  ],
  parameterFields: ['parameters', 'parameter'],
  assignments: [
    { type: 'variable_declarator', target: 'name', value: 'value' },
    { type: 'assignment_expression', target: 'left', value: 'right' },
    { type: 'augmented_assignment_expression', target: 'left', value: 'right', augmented: true },
    { type: 'assignment_pattern', target: 'left', value: 'right' },
  ],
  loops: [{ type: 'for_in_statement', target: 'left', value: 'right' }],
  catchBindings: [{ type: 'catch_clause', field: 'parameter' }],
  calls: [
    { type: 'call_expression', callee: 'function', args: 'arguments' },
    { type: 'new_expression', callee: 'constructor', args: 'arguments' },
  ],
  members: [
    { type: 'member_expression', object: 'object', property: 'property' },
    { type: 'subscript_expression', object: 'object', property: 'index' },
  ],
  returns: ['return_statement'],
  identifiers: ['identifier', 'shorthand_property_identifier', 'shorthand_property_identifier_pattern'],
  literals: ['string', 'number', 'true', 'false', 'null', 'undefined', 'regex'],
  opaque: [
    'property_identifier',
    'comment',
    'type_annotation',
    'type_identifier',
    'predefined_type',
    'type_arguments',
    'statement_identifier',
    'private_property_identifier',
  ],
  statementContainers: ['statement_block', 'program', 'switch_case', 'switch_default', 'class_body'],
  control: CONTROL.javascript,
  imports: ['import_statement'],
  ownReceivers: ['this', 'super'],
  ...comments('javascript'),
};

export const LANGUAGES: Record<LanguageId, LanguageSpec> = {
  javascript: {
    ...LANGUAGE_INFO.javascript,
    grammarPackage: 'tree-sitter-javascript',
    wasmFile: 'tree-sitter-javascript.wasm',
    syntax: jsSyntax,
  },
  typescript: {
    ...LANGUAGE_INFO.typescript,
    grammarPackage: 'tree-sitter-typescript',
    wasmFile: 'tree-sitter-typescript.wasm',
    syntax: jsSyntax,
  },
  tsx: {
    ...LANGUAGE_INFO.tsx,
    grammarPackage: 'tree-sitter-typescript',
    wasmFile: 'tree-sitter-tsx.wasm',
    syntax: jsSyntax,
  },
  python: {
    ...LANGUAGE_INFO.python,
    grammarPackage: 'tree-sitter-python',
    wasmFile: 'tree-sitter-python.wasm',
    syntax: {
      functions: ['function_definition', 'lambda'],
      parameterFields: ['parameters'],
      assignments: [
        { type: 'assignment', target: 'left', value: 'right' },
        { type: 'augmented_assignment', target: 'left', value: 'right', augmented: true },
        { type: 'named_expression', target: 'name', value: 'value' },
        { type: 'default_parameter', target: 'name', value: 'value' },
        { type: 'typed_default_parameter', target: 'name', value: 'value' },
      ],
      loops: [
        { type: 'for_statement', target: 'left', value: 'right' },
        { type: 'for_in_clause', target: 'left', value: 'right' },
      ],
      catchBindings: [{ type: 'except_clause' }, { type: 'as_pattern', field: 'alias' }],
      calls: [{ type: 'call', callee: 'function', args: 'arguments' }],
      members: [
        { type: 'attribute', object: 'object', property: 'attribute' },
        { type: 'subscript', object: 'value', property: 'subscript' },
      ],
      returns: ['return_statement'],
      identifiers: ['identifier'],
      literals: ['integer', 'float', 'true', 'false', 'none'],
      opaque: ['comment', 'type', 'keyword_argument_name'],
      statementContainers: ['block', 'module'],
      control: CONTROL.python,
      imports: ['import_statement', 'import_from_statement', 'future_import_statement'],
      ownReceivers: ['self', 'cls', 'super()'],
      ...comments('python'),
    },
  },
  java: {
    ...LANGUAGE_INFO.java,
    grammarPackage: 'tree-sitter-java',
    wasmFile: 'tree-sitter-java.wasm',
    syntax: {
      functions: ['method_declaration', 'constructor_declaration', 'lambda_expression'],
      parameterFields: ['parameters'],
      assignments: [
        { type: 'variable_declarator', target: 'name', value: 'value' },
        { type: 'assignment_expression', target: 'left', value: 'right' },
        // try (InputStream in = …) { … }
        { type: 'resource', target: 'name', value: 'value' },
      ],
      loops: [{ type: 'enhanced_for_statement', target: 'name', value: 'value' }],
      catchBindings: [{ type: 'catch_formal_parameter', field: 'name' }],
      calls: [
        { type: 'method_invocation', callee: 'name', args: 'arguments' },
        { type: 'object_creation_expression', callee: 'type', args: 'arguments' },
      ],
      members: [
        { type: 'field_access', object: 'object', property: 'field' },
        { type: 'array_access', object: 'array', property: 'index' },
        { type: 'method_invocation', object: 'object', property: 'name' },
      ],
      returns: ['return_statement'],
      identifiers: ['identifier'],
      literals: [
        'string_literal',
        'character_literal',
        'decimal_integer_literal',
        'hex_integer_literal',
        'decimal_floating_point_literal',
        'true',
        'false',
        'null_literal',
        'text_block',
      ],
      opaque: [
        'line_comment',
        'block_comment',
        'type_identifier',
        'generic_type',
        'scoped_type_identifier',
        'integral_type',
        'floating_point_type',
        'boolean_type',
        'void_type',
        'array_type',
        'modifiers',
        'type_arguments',
        'dimensions',
      ],
      statementContainers: ['block', 'program', 'switch_block_statement_group', 'constructor_body', 'class_body'],
      control: CONTROL.java,
      ownReceivers: ['this', 'super'],
      imports: ['import_declaration', 'package_declaration'],
      ...comments('java'),
    },
  },
  go: {
    ...LANGUAGE_INFO.go,
    grammarPackage: 'tree-sitter-go',
    wasmFile: 'tree-sitter-go.wasm',
    syntax: {
      functions: ['function_declaration', 'method_declaration', 'func_literal'],
      parameterFields: ['parameters'],
      assignments: [
        { type: 'short_var_declaration', target: 'left', value: 'right' },
        { type: 'assignment_statement', target: 'left', value: 'right' },
        { type: 'var_spec', target: 'name', value: 'value' },
        { type: 'const_spec', target: 'name', value: 'value' },
      ],
      loops: [{ type: 'range_clause', target: 'left', value: 'right' }],
      catchBindings: [],
      calls: [{ type: 'call_expression', callee: 'function', args: 'arguments' }],
      members: [
        { type: 'selector_expression', object: 'operand', property: 'field' },
        { type: 'index_expression', object: 'operand', property: 'index' },
      ],
      returns: ['return_statement'],
      identifiers: ['identifier'],
      literals: [
        'interpreted_string_literal',
        'raw_string_literal',
        'int_literal',
        'float_literal',
        'rune_literal',
        'true',
        'false',
        'nil',
        'iota',
      ],
      opaque: [
        'comment',
        'field_identifier',
        'package_identifier',
        'type_identifier',
        'qualified_type',
        'pointer_type',
        'slice_type',
        'map_type',
        'array_type',
        'interface_type',
        'struct_type',
        'function_type',
        'channel_type',
        'generic_type',
        'type_arguments',
      ],
      statementContainers: ['statement_list', 'source_file', 'block'],
      control: CONTROL.go,
      imports: ['import_declaration'],
      methodReceiverField: 'receiver',
      outArguments: true,
      ...comments('go'),
    },
  },
};
