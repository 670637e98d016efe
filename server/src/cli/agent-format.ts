// `warden scan --format agent`: compact text an AI agent reads well after it edited files (hooks
// pass the edited paths). One line per finding with what to do, bounded like the MCP tools (at
// most 50 findings, each at most 1 KB, the rest counted), and every suppression marker the change
// added reported as an item to fix: an agent must fix findings, never silence them.

import * as path from 'path';
import { ANY_SUPPRESSION_MARKER } from '../../../core/protocol/suppressions';
import { gitRunner } from '../../../core/io/git';
import { readWorkspaceFile } from '../../../core/io/read-file';
import { LANGUAGES, languageForPath } from '../engine';
import { parseSuppressions } from '../engine/suppressions';
import { ScanReport } from '../report/model';
import { escapeControls } from '../report/escape';
import { AgentFinding, boundFindings, toAgentFinding } from '../mcp/findings';

export interface AddedSuppression {
  path: string;
  /** One-based. */
  line: number;
  marker: string;
  text: string;
}

const MAX_SUPPRESSIONS_LISTED = 20;

/** The text of `file` at git `ref`, or undefined when git, the ref or the file there is missing. */
function textAt(ref: string, file: string): string | undefined {
  try {
    const dir = path.dirname(path.resolve(file));
    const git = gitRunner({ cwd: dir, trusted: true });
    const top = git(['rev-parse', '--show-toplevel']);
    if (!top.ok) return undefined;
    const rel = path.relative(top.stdout.trim(), path.resolve(file)).split(path.sep).join('/');
    const shown = gitRunner({ cwd: top.stdout.trim(), trusted: true })(['show', `${ref}:${rel}`]);
    return shown.ok ? shown.stdout : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Suppression comments in `files` that `ref`'s version of each file did not have (all of them when
 * the file is new or not in git): what an agent may have added to silence a finding.
 */
export function addedSuppressions(files: string[], ref = 'HEAD'): AddedSuppression[] {
  const out: AddedSuppression[] = [];
  for (const file of files) {
    const language = languageForPath(file);
    if (!language) continue;
    const read = readWorkspaceFile(file, { maxBytes: 2048 * 1024 });
    if (!read.ok || !ANY_SUPPRESSION_MARKER.test(read.text)) continue;
    const lines = read.text.split(/\r\n|\r|\n/);
    // Lines of the old version, counted: a marker line is added when the new file has more of it.
    const before = new Map<string, number>();
    for (const l of (textAt(ref, file) ?? '').split(/\r\n|\r|\n/))
      before.set(l.trim(), (before.get(l.trim()) ?? 0) + 1);
    for (const s of parseSuppressions(read.text, LANGUAGES[language].syntax.lineComment)) {
      const text = lines[s.line].trim();
      const left = before.get(text) ?? 0;
      if (left > 0) {
        before.set(text, left - 1);
        continue;
      }
      out.push({ path: file, line: s.line + 1, marker: s.marker, text });
    }
  }
  return out;
}

function findingLine(f: AgentFinding): string {
  const fix = f.fix === 'safe' ? ' A safe fix exists (MCP tool fix_code, or the editor quick-fix).' : '';
  const requirement = f.requirement ? ` Do instead: ${f.requirement}` : '';
  return escapeControls(
    `${f.file}:${f.line}:${f.column} ${f.severity} [${f.rule}] ${f.message}${requirement}${fix}`.replace(
      /\s*\n\s*/g,
      ' ',
    ),
  );
}

export function formatAgent(report: ScanReport, added: AddedSuppression[]): string {
  const ruleOf = new Map(report.rules.map((r) => [r.id, r]));
  const all = report.files.flatMap((file) =>
    file.findings.map((f) => toAgentFinding(f, (id) => ruleOf.get(id), file.path)),
  );
  const bounded = boundFindings(all);
  const lines: string[] = [];
  if (bounded.total === 0 && added.length === 0) {
    lines.push(`Warden: no security findings in ${report.filesScanned} file(s).`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Warden: ${bounded.total} security finding(s)` +
      (added.length ? ` and ${added.length} suppression comment(s) added` : '') +
      ` in ${report.filesScanned} file(s). Fix each one in the code before you finish; never add suppression comments (warden-ignore, nosec, nosemgrep).`,
  );
  for (const f of bounded.findings) lines.push(findingLine(f));
  if (bounded.omitted > 0) lines.push(`… ${bounded.omitted} more finding(s) left out: fix these, then scan again.`);
  for (const s of added.slice(0, MAX_SUPPRESSIONS_LISTED))
    lines.push(
      escapeControls(
        `${s.path}:${s.line} suppression added (${s.marker}): remove it and fix the finding it hides instead. ${s.text}`,
      ),
    );
  if (added.length > MAX_SUPPRESSIONS_LISTED)
    lines.push(`… ${added.length - MAX_SUPPRESSIONS_LISTED} more suppression comment(s) added.`);
  return `${lines.join('\n')}\n`;
}
