// The ESLint side of the blind-set comparison (issue 21): ESLint 9 with eslint-plugin-security 4,
// eslint-plugin-no-unsanitized 4 and @microsoft/eslint-plugin-sdl 1 (recommended configs; the
// TypeScript parser reads .ts/.tsx), scored by bench/blind.ts with the same ±1-line rule. A
// message counts for the class its rule id maps to below; rules with no class are not counted.

import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { PeerTool } from './peers';

/** ESLint rule id → label class (shared/docs/labels.md); ids not listed name no class we score. */
export const ESLINT_CLASS: Record<string, string> = {
  'security/detect-eval-with-expression': 'code-injection',
  'security/detect-non-literal-require': 'code-injection',
  'no-eval': 'code-injection',
  'no-implied-eval': 'code-injection',
  'no-new-func': 'code-injection',
  '@microsoft/sdl/no-msapp-exec-unsafe': 'code-injection',
  'security/detect-child-process': 'cmdi',
  'security/detect-non-literal-fs-filename': 'path-traversal',
  'security/detect-unsafe-regex': 'redos',
  'security/detect-non-literal-regexp': 'redos',
  'security/detect-object-injection': 'prototype-pollution',
  'security/detect-pseudoRandomBytes': 'weak-random',
  '@microsoft/sdl/no-insecure-random': 'weak-random',
  'security/detect-disable-mustache-escape': 'xss',
  'no-unsanitized/method': 'xss',
  'no-unsanitized/property': 'xss',
  '@microsoft/sdl/no-inner-html': 'xss',
  '@microsoft/sdl/no-document-write': 'xss',
  '@microsoft/sdl/no-html-method': 'xss',
  '@microsoft/sdl/no-angular-bypass-sanitizer': 'xss',
  '@microsoft/sdl/no-angularjs-bypass-sce': 'xss',
  '@microsoft/sdl/no-angularjs-sanitization-whitelist': 'xss',
  '@microsoft/sdl/no-angular-sanitization-trusted-urls': 'xss',
  '@microsoft/sdl/no-angularjs-enable-svg': 'xss',
  '@microsoft/sdl/no-winjs-html-unsafe': 'xss',
  'react/no-danger': 'xss',
  '@microsoft/sdl/no-cookies': 'insecure-cookie',
  '@microsoft/sdl/no-insecure-url': 'tls-verify',
};

export interface PeerFinding {
  ruleId: string;
  class: string;
  range: { start: { line: number } };
}

/** Runs ESLint once over a folder; findings by path relative to `repo`, lines zero-based. */
export function eslintFindings(
  tool: PeerTool,
  dir: string,
  repo: string,
): { findings: Map<string, PeerFinding[]>; parseErrors: string[] } {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'warden-eslint-')), 'report.json');
  const args = tool.args(dir).map((a) => (a === '/dev/null' ? out : a));
  // From the repository: ESLint 9 lints only files under the working directory given -c.
  const r = spawnSync(tool.command, args, { cwd: repo, encoding: 'utf8', timeout: 600_000, maxBuffer: 64 << 20 });
  if (!tool.okStatus.includes(r.status ?? -1) || !fs.existsSync(out))
    throw new Error(`ESLint failed (${r.status}): ${(r.stderr || r.stdout || '').slice(0, 500)}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string | null; line: number; fatal?: boolean; message: string }>;
  }>;
  const findings = new Map<string, PeerFinding[]>();
  const parseErrors: string[] = [];
  for (const file of report) {
    const rel = path.relative(repo, file.filePath).split(path.sep).join('/');
    const list: PeerFinding[] = [];
    for (const m of file.messages) {
      if (m.fatal || !m.ruleId) {
        parseErrors.push(`${rel}: ${m.message}`);
        continue;
      }
      const cls = ESLINT_CLASS[m.ruleId];
      if (cls) list.push({ ruleId: m.ruleId, class: cls, range: { start: { line: m.line - 1 } } });
    }
    findings.set(rel, list);
  }
  return { findings, parseErrors };
}
