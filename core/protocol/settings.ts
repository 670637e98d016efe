// Warden's settings (the `warden.*` section, declared in package.json contributes.configuration):
// one definition of their defaults for the server, the client, the CLI and the report. A test
// keeps these defaults equal to package.json's.

export const SETTINGS_SECTION = 'warden';

export const SEVERITIES = ['info', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Files larger than this are not scanned (warden.maxFileSizeKB, the CLI's --max-file-kb). */
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;
export const DEFAULT_MAX_BYTES = DEFAULT_MAX_FILE_SIZE_KB * 1024;

/** The AI-generated region marker: `<label> begin` … `<label> end` in a comment. */
export const DEFAULT_AI_LABEL = 'warden:ai-generated';

/** Code kinds (policy.md) a user can have scanned like product code; none by default. */
export const INCLUDABLE_CODE_KINDS = ['tests', 'vendored', 'generated', 'minified'] as const;
export type IncludedCodeKind = (typeof INCLUDABLE_CODE_KINDS)[number];

/** Every `warden.<name>` setting with its default, named as in package.json. */
export const SETTING_DEFAULTS = {
  enable: true,
  minimumSeverity: 'info' as Severity,
  disabledRules: [] as string[],
  maxFileSizeKB: DEFAULT_MAX_FILE_SIZE_KB,
  customRulesPath: '',
  includeCodeKinds: [] as IncludedCodeKind[],
  'aiMarker.label': DEFAULT_AI_LABEL,
  'aiMarker.note': '',
  'securityHeader.requireForHighTier': false,
  'assistantInstructions.agentsMd': false,
  /** Read by vscode-languageclient itself (the client's id is `warden`): the LSP trace in the output channel. */
  'trace.server': 'off' as 'off' | 'messages' | 'verbose',
};
export type SettingName = keyof typeof SETTING_DEFAULTS;

/** The settings the language server scans with. */
export interface WardenSettings {
  enable: boolean;
  minimumSeverity: Severity;
  disabledRules: string[];
  maxFileSizeKB: number;
  customRulesPath: string;
  /** warden.aiMarker.label; empty means the default label. */
  aiMarkerLabel: string;
  /** warden.includeCodeKinds: test, vendored, generated or minified code scanned like product code. */
  includeCodeKinds: IncludedCodeKind[];
}

export const DEFAULT_SETTINGS: WardenSettings = {
  enable: SETTING_DEFAULTS.enable,
  minimumSeverity: SETTING_DEFAULTS.minimumSeverity,
  disabledRules: [],
  maxFileSizeKB: SETTING_DEFAULTS.maxFileSizeKB,
  customRulesPath: SETTING_DEFAULTS.customRulesPath,
  aiMarkerLabel: '',
  includeCodeKinds: [],
};

/** Accepts whatever the client sent (the `warden` section) and falls back to defaults field by field. */
export function normalizeSettings(raw: unknown): WardenSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    minimumSeverity: SEVERITIES.includes(r.minimumSeverity as Severity)
      ? (r.minimumSeverity as Severity)
      : DEFAULT_SETTINGS.minimumSeverity,
    disabledRules: Array.isArray(r.disabledRules)
      ? r.disabledRules.filter((x): x is string => typeof x === 'string')
      : [],
    maxFileSizeKB:
      typeof r.maxFileSizeKB === 'number' && r.maxFileSizeKB > 0 ? r.maxFileSizeKB : DEFAULT_SETTINGS.maxFileSizeKB,
    customRulesPath: typeof r.customRulesPath === 'string' ? r.customRulesPath : '',
    aiMarkerLabel:
      typeof (r.aiMarker as { label?: unknown } | undefined)?.label === 'string'
        ? (r.aiMarker as { label: string }).label
        : '',
    includeCodeKinds: Array.isArray(r.includeCodeKinds)
      ? r.includeCodeKinds.filter((x): x is IncludedCodeKind => INCLUDABLE_CODE_KINDS.includes(x as IncludedCodeKind))
      : [],
  };
}
