// What each MCP tool does, as plain async functions over a ToolContext (server.ts only wires them
// to the SDK). Scans go through the engine entries the CLI uses (Scanner.scanText/scanNamedText,
// workspace/scan-file), fixes through fixes/apply (safe fixes only), coaching through core/coach.
// Nothing here writes a file, runs workspace code or opens a connection.

import * as fs from 'fs';
import * as path from 'path';
import { Finding, LanguageId, languageForPath, Rule, Scanner } from '../engine';
import { applyEdits, compatibleEdits } from '../engine/fixes/apply';
import { isLanguageId, LANGUAGE_IDS } from '../../../core/protocol/languages';
import { Knowledge } from '../../../core/coach/knowledge';
import { hardenJson, HardenJson } from '../../../core/coach/prompt';
import { mainLanguageFromRoot } from '../../../core/coach/detect';
import { Agent } from '../../../core/coach/agents';
import { instructionFiles, InstructionFile } from '../../../core/coach/instructions';
import { detectStack } from '../../../core/coach/stack';
import { workspaceFiles } from '../cli/coach';
import { collectFiles } from '../cli/walk';
import { scanFile } from '../workspace/scan-file';
import { AgentFinding, AgentRuleText, boundFindings, BoundedFindings, fixAvailable, toAgentFinding } from './findings';
import { WorkspaceRoots } from './roots';

/** Code sent inline larger than this is refused (scan_files reads files up to the editor's 2 MB). */
export const MAX_CODE_BYTES = 512 * 1024;
/** Files scanned by one scan_files call at most; the rest are counted as not scanned. */
export const MAX_FILES_PER_CALL = 500;
/** fix_code applies safe fixes, rescanning, at most this many times (a fix can uncover another). */
export const MAX_FIX_ROUNDS = 3;

/** A refusal the agent can act on: becomes an MCP tool error with this message. */
export class ToolError extends Error {}

export interface ToolContext {
  scanner: Scanner;
  knowledge: () => Knowledge;
  roots: WorkspaceRoots;
}

const LANGUAGE_ALIASES: Record<string, LanguageId> = {
  js: 'javascript',
  jsx: 'javascript',
  node: 'javascript',
  ts: 'typescript',
  py: 'python',
  golang: 'go',
};

export interface CodeInput {
  code: string;
  language?: string;
  filename?: string;
}

function languageOf(input: CodeInput): LanguageId | undefined {
  if (input.language) {
    const id = input.language.toLowerCase();
    const language = LANGUAGE_ALIASES[id] ?? id;
    if (!isLanguageId(language))
      throw new ToolError(`unknown language '${input.language}': one of ${LANGUAGE_IDS.join(', ')}`);
    return language;
  }
  return input.filename ? languageForPath(input.filename) : undefined;
}

function checkSize(code: string): void {
  const size = Buffer.byteLength(code, 'utf8');
  if (size > MAX_CODE_BYTES)
    throw new ToolError(
      `the code is ${Math.round(size / 1024)} KB, over the ${MAX_CODE_BYTES / 1024} KB limit for inline code: ` +
        'write it to a file in the workspace and call scan_files, or send a smaller part',
    );
}

function rulesById(ctx: ToolContext): (id: string) => AgentRuleText | undefined {
  const byId = new Map<string, AgentRuleText>(ctx.scanner.ruleSet.rules.map((r) => [r.id, r]));
  return (id) => byId.get(id);
}

async function scanInline(
  ctx: ToolContext,
  input: CodeInput,
  code: string,
): Promise<{ findings: Finding[]; note?: string }> {
  const language = languageOf(input);
  if (input.filename) {
    const result = await ctx.scanner.scanNamedText(path.basename(input.filename), code);
    if (result) return { findings: result.findings, note: result.skipped?.detail };
  }
  if (!language)
    throw new ToolError(
      `give the language (one of ${LANGUAGE_IDS.join(', ')}) or a file name with a known extension` +
        (input.filename ? ` ('${input.filename}' has none)` : ''),
    );
  const result = await ctx.scanner.scanText(code, language);
  return { findings: result.findings, note: result.skipped?.detail };
}

export interface ScanCodeResult extends BoundedFindings {
  notScanned?: string;
}

export async function scanCode(ctx: ToolContext, input: CodeInput): Promise<ScanCodeResult> {
  checkSize(input.code);
  const { findings, note } = await scanInline(ctx, input, input.code);
  const ruleOf = rulesById(ctx);
  const bounded = boundFindings(findings.map((f) => toAgentFinding(f, ruleOf)));
  return note ? { ...bounded, notScanned: note } : bounded;
}

export interface ScanFilesResult extends BoundedFindings {
  filesScanned: number;
  notScanned: Array<{ file: string; reason: string }>;
  notScannedTotal: number;
}

const MAX_NOT_SCANNED_LISTED = 20;

export async function scanFiles(ctx: ToolContext, input: { paths: string[] }): Promise<ScanFilesResult> {
  if (input.paths.length === 0) throw new ToolError('give at least one file or folder');
  const resolved = input.paths.map((p) => ctx.roots.resolve(p));
  const refused = resolved.flatMap((r) => (r.ok ? [] : [r.error]));
  if (refused.length > 0) throw new ToolError(`nothing scanned: ${refused.join('; ')}`);
  const targets = resolved.flatMap((r) => (r.ok ? [r] : []));
  const files: Array<{ file: string; root: string }> = [];
  const notScanned: Array<{ file: string; reason: string }> = [];
  const relative = (root: string, file: string): string =>
    path.relative(root, file).split(path.sep).join('/') || path.basename(file);
  for (const target of targets) {
    const walk = collectFiles([target.file]);
    for (const u of walk.unreadable) notScanned.push({ file: relative(target.root, u.path), reason: u.detail });
    for (const file of walk.files) files.push({ file, root: target.root });
  }
  const unique = [...new Map(files.map((f) => [f.file, f])).values()];
  for (const extra of unique.slice(MAX_FILES_PER_CALL))
    notScanned.push({
      file: relative(extra.root, extra.file),
      reason: `over ${MAX_FILES_PER_CALL} files in one call: name fewer files or a smaller folder`,
    });
  const ruleOf = rulesById(ctx);
  const all: AgentFinding[] = [];
  let scanned = 0;
  for (const { file, root } of unique.slice(0, MAX_FILES_PER_CALL)) {
    // The file is read through core/io's reader: regular files only, symlinks only inside the root.
    const scan = await scanFile(ctx.scanner, file, { root });
    const name = relative(root, file);
    if (!scan.ok) {
      if (scan.reason !== 'no-rules') notScanned.push({ file: name, reason: scan.detail });
      continue;
    }
    scanned++;
    for (const f of scan.findings) all.push(toAgentFinding(f, ruleOf, name));
  }
  return {
    ...boundFindings(all),
    filesScanned: scanned,
    notScanned: notScanned.slice(0, MAX_NOT_SCANNED_LISTED),
    notScannedTotal: notScanned.length,
  };
}

export interface FixCodeResult extends BoundedFindings {
  code: string;
  applied: Array<{ rule: string; line: number; title: string }>;
  rounds: number;
}

const sameEdit = (
  a: { newText: string; range: Finding['range'] },
  b: { newText: string; range: Finding['range'] },
): boolean => a.newText === b.newText && JSON.stringify(a.range) === JSON.stringify(b.range);

/** The code with every safe fix applied (review fixes never are), and what is left to fix by hand. */
export async function fixCode(ctx: ToolContext, input: CodeInput): Promise<FixCodeResult> {
  checkSize(input.code);
  let code = input.code;
  const applied: FixCodeResult['applied'] = [];
  let rounds = 0;
  let findings = (await scanInline(ctx, input, code)).findings;
  while (rounds < MAX_FIX_ROUNDS) {
    const safe = findings.filter((f) => fixAvailable(f) === 'safe');
    const kept = compatibleEdits(
      code,
      safe.map((f) => f.fix!.edits),
    );
    if (kept.length === 0) break;
    for (const f of safe)
      if (f.fix!.edits.every((e) => kept.some((k) => sameEdit(k, e))))
        applied.push({ rule: f.ruleId, line: f.range.start.line + 1, title: f.fix!.title });
    code = applyEdits(code, kept);
    rounds++;
    findings = (await scanInline(ctx, input, code)).findings;
  }
  const ruleOf = rulesById(ctx);
  return { code, applied, rounds, ...boundFindings(findings.map((f) => toAgentFinding(f, ruleOf))) };
}

export interface RuleExplanation {
  id: string;
  title: string;
  class: string;
  severity: string;
  languages: string[];
  cwe: number[];
  owasp: string;
  message: string;
  requirement: string;
  secureExample?: string;
  references: string[];
  fix: boolean;
}

export function explainRule(ctx: ToolContext, input: { id: string }): RuleExplanation {
  const rules = ctx.scanner.ruleSet.rules;
  const rule: Rule | undefined = rules.find((r) => r.id === input.id);
  if (!rule) {
    const needle = input.id.toLowerCase();
    const near = rules
      .filter((r) => r.id.includes(needle) || r.class === needle)
      .slice(0, 8)
      .map((r) => r.id);
    throw new ToolError(
      `no rule '${input.id}'` +
        (near.length ? `; did you mean: ${near.join(', ')}` : ' (ids look like py/sqli/format)'),
    );
  }
  const out: RuleExplanation = {
    id: rule.id,
    title: rule.title,
    class: rule.class,
    severity: rule.severity,
    languages: [...rule.languages],
    cwe: [...rule.cwe],
    owasp: rule.owasp,
    message: rule.message,
    requirement: rule.requirement,
    references: [...rule.references],
    fix: !!rule.fix,
  };
  if (rule.secureExample) out.secureExample = rule.secureExample;
  return out;
}

function rootNames(root: string): string[] {
  try {
    return fs.readdirSync(root);
  } catch {
    return [];
  }
}

export function hardenPromptTool(ctx: ToolContext, input: { prompt: string; language?: string }): HardenJson {
  if (input.prompt.trim() === '') throw new ToolError('the prompt is empty');
  checkSize(input.prompt);
  const editor = input.language ? languageOf({ code: '', language: input.language }) : undefined;
  return hardenJson(input.prompt, ctx.knowledge(), {
    editor,
    workspace: mainLanguageFromRoot(rootNames(ctx.roots.list()[0])),
  });
}

/** What `warden instructions --agent` would write for the first root; never written from here. */
export function securityInstructions(ctx: ToolContext, input: { agent?: Agent }): { files: InstructionFile[] } {
  const stack = detectStack(workspaceFiles(ctx.roots.list()[0]));
  return { files: instructionFiles(stack, input.agent ?? 'agents') };
}
