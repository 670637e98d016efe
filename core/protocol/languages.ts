// The languages Warden scans, as both sides of the protocol name them: the id, the file extensions,
// the VS Code language ids a grammar serves, and the comment syntax. The engine adds its grammar
// and syntax vocabulary to these entries (server/src/engine/languages.ts).

export type LanguageId = 'java' | 'javascript' | 'typescript' | 'tsx' | 'python' | 'go';

export interface LanguageInfo {
  id: LanguageId;
  extensions: string[];
  /** VS Code language ids served by this grammar. */
  editorLanguageIds: string[];
  lineComment: string;
  blockComment?: [string, string];
}

const C_COMMENTS = { lineComment: '//', blockComment: ['/*', '*/'] as [string, string] };

export const LANGUAGE_INFO: Record<LanguageId, LanguageInfo> = {
  javascript: {
    id: 'javascript',
    extensions: ['.js', '.jsx', '.mjs', '.cjs'],
    editorLanguageIds: ['javascript', 'javascriptreact'],
    ...C_COMMENTS,
  },
  typescript: {
    id: 'typescript',
    extensions: ['.ts', '.mts', '.cts'],
    editorLanguageIds: ['typescript'],
    ...C_COMMENTS,
  },
  tsx: { id: 'tsx', extensions: ['.tsx'], editorLanguageIds: ['typescriptreact'], ...C_COMMENTS },
  python: { id: 'python', extensions: ['.py', '.pyw'], editorLanguageIds: ['python'], lineComment: '#' },
  java: { id: 'java', extensions: ['.java'], editorLanguageIds: ['java'], ...C_COMMENTS },
  go: { id: 'go', extensions: ['.go'], editorLanguageIds: ['go'], ...C_COMMENTS },
};

export const LANGUAGE_IDS = Object.keys(LANGUAGE_INFO) as LanguageId[];

export function isLanguageId(value: string): value is LanguageId {
  return Object.prototype.hasOwnProperty.call(LANGUAGE_INFO, value);
}

const byExtension = new Map<string, LanguageId>();
const byEditorId = new Map<string, LanguageId>();
for (const info of Object.values(LANGUAGE_INFO)) {
  for (const ext of info.extensions) byExtension.set(ext, info.id);
  for (const id of info.editorLanguageIds) byEditorId.set(id, info.id);
}

/** The language of a file path, or undefined when Warden does not scan it. */
export function languageForPath(filePath: string): LanguageId | undefined {
  const dot = filePath.lastIndexOf('.');
  return dot < 0 ? undefined : byExtension.get(filePath.slice(dot).toLowerCase());
}

export function languageForEditorId(editorLanguageId: string): LanguageId | undefined {
  return byEditorId.get(editorLanguageId);
}

/** Rules written for `javascript` also run on TypeScript and TSX, whose grammars extend it. */
export function expandRuleLanguages(declared: LanguageId[]): LanguageId[] {
  const out = new Set<LanguageId>(declared);
  if (out.has('javascript')) {
    out.add('typescript');
    out.add('tsx');
  }
  return [...out];
}
