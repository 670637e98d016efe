// Human-readable output: one block per finding with its taint path, then a summary line.

import { allFindings, ScanReport } from './model';

export function formatText(report: ScanReport, color: boolean): string {
  const paint = (code: number, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor = { error: 31, warning: 33, info: 36 } as const;
  const lines: string[] = [];
  for (const p of report.ruleProblems) lines.push(paint(35, `rule problem: ${p.file}:${p.line}: ${p.message}`));
  for (const file of report.files) {
    for (const p of file.problems) lines.push(paint(90, `${file.path}: ${p.message}`));
  }
  const found = allFindings(report);
  for (const { path, finding: f } of found) {
    const where = `${path}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
    lines.push(
      `${paint(1, where)}  ${paint(sevColor[f.severity], f.severity)}  ${f.class}  ${paint(90, `${f.ruleId} (${f.confidence} confidence)`)}`,
    );
    const first = f.message.split(/\n/)[0];
    lines.push(`    ${first}${f.detail ? ` (${f.detail})` : ''}`);
    if (f.trace && f.trace.length > 1) {
      lines.push(
        paint(90, `    path: ${f.trace.map((s) => `${s.label} (line ${s.range.start.line + 1})`).join(' → ')}`),
      );
    }
  }
  const count = (s: string): number => found.filter((x) => x.finding.severity === s).length;
  lines.push(
    `${found.length} finding${found.length === 1 ? '' : 's'} (${count('error')} error, ${count('warning')} warning, ${count('info')} info) ` +
      `in ${report.filesScanned} file${report.filesScanned === 1 ? '' : 's'}` +
      `${report.filesSkipped ? `, ${report.filesSkipped} skipped` : ''}` +
      `${report.baselined ? `, ${report.baselined} more in the baseline` : ''} — ${report.durationMs} ms`,
  );
  return lines.join('\n') + '\n';
}
