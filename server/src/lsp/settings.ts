// Warden's settings as the server sees them: declared once in package.json
// (contributes.configuration), read here with defaults, cached per document by the server.

import { SEVERITIES, Severity } from '../engine';

export interface WardenSettings {
  enable: boolean;
  minimumSeverity: Severity;
  disabledRules: string[];
  maxFileSizeKB: number;
  customRulesPath: string;
  /** warden.aiMarker.label: the AI-generated region marker. */
  aiMarkerLabel: string;
}

export const DEFAULT_SETTINGS: WardenSettings = {
  enable: true,
  minimumSeverity: 'info',
  disabledRules: [],
  maxFileSizeKB: 2048,
  customRulesPath: '',
  aiMarkerLabel: '',
};

/** Accepts whatever the client sent and falls back to defaults field by field. */
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
  };
}
