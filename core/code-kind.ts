// What kind of code a file holds, per the policy's "Code kinds" (shared/docs/policy.md): product,
// test, vendored, generated or minified. Pure: it looks at a path relative to the scan root and,
// when given, the file's text; it reads nothing itself.

export const CODE_KINDS = ['product', 'test', 'vendored', 'generated', 'minified'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

export interface CodeKindOptions {
  /**
   * Folders (relative to the scan root, '/'-separated, e.g. `examples`, `test/fixtures`) whose
   * files are always product: a repository's own fixtures, examples, corpora and bench inputs.
   */
  productPaths?: readonly string[];
}

export interface CodeKindVerdict {
  kind: CodeKind;
  /** Why, for hover and reports: e.g. "folder `tests/`", "file name `*_test.go`". */
  reason: string;
}

export const VENDORED_DIRS: ReadonlySet<string> = new Set([
  'vendor',
  'third_party',
  'node_modules',
  'bower_components',
]);
const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'e2e', 'testdata', 'fixtures']);
const TEST_FILE_NAMES: Array<[RegExp, string]> = [
  [/_test\.go$/, '*_test.go'],
  [/^test_.*\.py$/, 'test_*.py'],
  [/_test\.py$/, '*_test.py'],
  [/^conftest\.py$/, 'conftest.py'],
  [/.\.test\.[^.]+/, '*.test.*'],
  [/.\.spec\.[^.]+/, '*.spec.*'],
];
const GENERATED_FILE_NAMES: Array<[RegExp, string]> = [
  [/\.pb\.go$/, '*.pb.go'],
  [/_pb2\.py$/, '*_pb2.py'],
  [/\.g\.dart$/, '*.g.dart'],
];
const MINIFIED_FILE_NAMES: Array<[RegExp, string]> = [
  [/\.min\.js$/, '*.min.js'],
  [/\.min\.mjs$/, '*.min.mjs'],
];
const GENERATED_MARKERS = [/Code generated .* DO NOT EDIT/, /@generated/];
/** Longer average lines than this mean minified (or machine-packed) code. */
export const MINIFIED_AVERAGE_LINE_LENGTH = 300;
/** The header comment is looked for in this many leading lines at most. */
const HEADER_LINES = 60;

/**
 * The code kind of a file. Where several kinds apply, the one that says most about who wrote the
 * file wins: vendored (someone else's), then generated, minified (a machine's), then test.
 */
export function classifyCode(relativePath: string, text?: string, options: CodeKindOptions = {}): CodeKindVerdict {
  const path = normalize(relativePath);
  const segments = path.split('/');
  const name = segments[segments.length - 1].toLowerCase();
  const folders = segments.slice(0, -1);

  const productRoot = (options.productPaths ?? []).map(normalize).find((p) => p && isUnder(path, p));
  if (productRoot !== undefined) return { kind: 'product', reason: `under \`${productRoot}/\`, declared product` };

  const vendorDir = folders.find((f) => VENDORED_DIRS.has(f));
  if (vendorDir) return { kind: 'vendored', reason: `folder \`${vendorDir}/\`` };

  const generatedName = GENERATED_FILE_NAMES.find(([re]) => re.test(name));
  if (generatedName) return { kind: 'generated', reason: `file name \`${generatedName[1]}\`` };
  const marker = text === undefined ? undefined : generatedMarker(text);
  if (marker) return { kind: 'generated', reason: `header comment \`${marker}\`` };

  const minifiedName = MINIFIED_FILE_NAMES.find(([re]) => re.test(name));
  if (minifiedName) return { kind: 'minified', reason: `file name \`${minifiedName[1]}\`` };
  if (text !== undefined) {
    const average = averageLineLength(text);
    if (average > MINIFIED_AVERAGE_LINE_LENGTH)
      return { kind: 'minified', reason: `average line length ${Math.round(average)} characters` };
  }

  const testDir = folders.find((f) => TEST_DIRS.has(f.toLowerCase()));
  if (testDir) return { kind: 'test', reason: `folder \`${testDir}/\`` };
  const testName = TEST_FILE_NAMES.find(([re]) => re.test(name));
  if (testName) return { kind: 'test', reason: `file name \`${testName[1]}\`` };

  return { kind: 'product', reason: 'no test, vendored, generated or minified sign' };
}

export function codeKind(relativePath: string, text?: string, options?: CodeKindOptions): CodeKind {
  return classifyCode(relativePath, text, options).kind;
}

/** Forward slashes, no leading `./` or `/`, no trailing `/`. */
function normalize(p: string): string {
  return p
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
}

function isUnder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

/**
 * The generated-code marker in the file's header comment: the comment lines before the first
 * line of code (Go's rule for `Code generated … DO NOT EDIT.`), so a mention further down does not count.
 */
function generatedMarker(text: string): string | undefined {
  let inBlock = false;
  const lines = text.slice(0, 16 * 1024).split('\n', HEADER_LINES);
  for (const raw of lines) {
    const line = raw.trim();
    if (!inBlock && line !== '' && !/^(\/\/|#|\/\*|\*|<!--)/.test(line)) return undefined;
    if (line.startsWith('/*') || line.startsWith('<!--')) inBlock = true;
    if (inBlock && (line.includes('*/') || line.includes('-->'))) inBlock = false;
    const found = GENERATED_MARKERS.map((re) => re.exec(line)).find((m) => m);
    if (found) return found[0];
  }
  return undefined;
}

/** Characters per line, newlines excluded; a final newline does not start another line. */
export function averageLineLength(text: string): number {
  if (text.length === 0) return 0;
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
  const lines = text.endsWith('\n') ? newlines : newlines + 1;
  return (text.length - newlines) / lines;
}
