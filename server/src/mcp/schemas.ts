// The MCP tools' input and output schemas (zod; the SDK publishes them as JSON Schema in
// tools/list and validates every call's arguments against them before a tool runs).

import * as z from 'zod/v4';
import { AGENTS } from '../../../core/coach/agents';

const finding = z.object({
  file: z.string().optional().describe('Path relative to its workspace root (scan_files)'),
  line: z.number().int().describe('One-based line'),
  column: z.number().int().describe('One-based column'),
  rule: z.string().describe('Rule id, for explain_rule'),
  class: z.string().describe('Vulnerability class, e.g. sqli'),
  severity: z.enum(['info', 'warning', 'error']),
  confidence: z.enum(['low', 'medium', 'high']),
  message: z.string(),
  requirement: z.string().optional().describe('What the code must do instead'),
  fix: z.enum(['safe', 'review', 'none']).describe('safe: fix_code applies it; review: fix by hand'),
});

const bounded = {
  findings: z.array(finding).describe('At most 50, most severe first'),
  total: z.number().int().describe('Findings in all'),
  omitted: z.number().int().describe('Findings left out of the list'),
};

const codeInput = {
  code: z.string().describe('The source text (at most 512 KB)'),
  language: z.string().optional().describe('java, javascript, typescript, tsx, python or go'),
  filename: z.string().optional().describe('A file name; its extension gives the language when none is given'),
};

export const schemas = {
  codeInput,
  scanCodeOutput: { ...bounded, notScanned: z.string().optional().describe('Why the code was not scanned') },
  scanFilesInput: {
    paths: z.array(z.string()).min(1).max(100).describe('Files or folders inside the workspace roots'),
  },
  scanFilesOutput: {
    ...bounded,
    filesScanned: z.number().int(),
    notScanned: z.array(z.object({ file: z.string(), reason: z.string() })).describe('At most 20'),
    notScannedTotal: z.number().int(),
  },
  explainInput: { id: z.string().min(1).describe('A rule id, e.g. py/path-traversal/flask-upload') },
  explainOutput: {
    id: z.string(),
    title: z.string(),
    class: z.string(),
    severity: z.string(),
    languages: z.array(z.string()),
    cwe: z.array(z.number()),
    owasp: z.string(),
    message: z.string(),
    requirement: z.string(),
    secureExample: z.string().optional(),
    references: z.array(z.string()),
    fix: z.boolean().describe('Whether the rule offers a quick-fix'),
  },
  fixCodeOutput: {
    ...bounded,
    code: z.string().describe('The code with the safe fixes applied'),
    applied: z.array(z.object({ rule: z.string(), line: z.number().int(), title: z.string() })),
    rounds: z.number().int().describe('Fix-and-rescan rounds run'),
  },
  hardenInput: {
    prompt: z.string().describe('The prompt for a coding assistant'),
    language: z.string().optional().describe('The language the code will be in'),
  },
  hardenOutput: {
    prompt: z.string().describe('The prompt with the requirements appended'),
    followUp: z.string(),
    requirements: z.array(z.object({ id: z.string(), text: z.string(), rule: z.string().optional() })),
    language: z.string().nullable(),
    topics: z.array(z.string()),
  },
  instructionsInput: { agent: z.enum(AGENTS).optional().describe('Default: agents (AGENTS.md)') },
  instructionsOutput: {
    files: z.array(z.object({ path: z.string(), ownership: z.enum(['whole', 'section']), content: z.string() })),
  },
};
