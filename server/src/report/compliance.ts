// The compliance report (`warden report`, "Warden: Security report"): findings grouped by OWASP
// Top 10 2021 category and by PCI-DSS v4.0 requirement and SOC 2 criterion, counts by severity
// and confidence, a bar chart of findings per class, and every suppression with its reason.
// Pure: a ScanReport in, Markdown or one self-contained HTML page out (inline CSS and SVG, no
// external assets, nothing executable).

import type { Confidence, Finding, Rule, Severity } from '../engine';
import { CLASSES } from '../engine';
import { mdCode, mdText } from './escape';
import { allFindings, ScanReport } from './model';

export interface ReportMeta {
  /** What was scanned, e.g. the workspace folder name. */
  title: string;
  generated: string;
  version: string;
  /** Date of the advisory snapshot used for dependency findings. */
  advisoryDate?: string;
}

interface Located {
  path: string;
  finding: Finding;
  rule?: Rule;
}

interface Group {
  key: string;
  items: Located[];
}

export interface ComplianceModel {
  total: number;
  files: number;
  filesScanned: number;
  bySeverity: Record<Severity, number>;
  /** severity → confidence → count */
  matrix: Record<Severity, Record<Confidence, number>>;
  byClass: Array<{ key: string; title: string; count: number }>;
  owasp: Group[];
  pci: Group[];
  soc2: Group[];
  unmapped: Located[];
  suppressions: Array<{ path: string; line: number; marker: string; targets: string[]; reason: string }>;
}

const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
const CONFIDENCE_ORDER: Confidence[] = ['high', 'medium', 'low'];

/** Natural order for control ids: 6.2.4 before 6.10.1, CC6.1 before CC10.1. */
function controlOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function group(items: Located[], keys: (l: Located) => string[]): Group[] {
  const map = new Map<string, Located[]>();
  for (const item of items) for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  return [...map.entries()].map(([key, list]) => ({ key, items: list })).sort((a, b) => controlOrder(a.key, b.key));
}

export function buildCompliance(report: ScanReport): ComplianceModel {
  const rules = new Map(report.rules.map((r) => [r.id, r]));
  const located: Located[] = allFindings(report).map(({ path, finding }) => ({
    path,
    finding,
    rule: rules.get(finding.ruleId),
  }));
  const bySeverity = { error: 0, warning: 0, info: 0 } as Record<Severity, number>;
  const matrix = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, { high: 0, medium: 0, low: 0 }])) as Record<
    Severity,
    Record<Confidence, number>
  >;
  const classCounts = new Map<string, number>();
  for (const { finding } of located) {
    bySeverity[finding.severity]++;
    matrix[finding.severity][finding.confidence]++;
    classCounts.set(finding.class, (classCounts.get(finding.class) ?? 0) + 1);
  }
  const mapped = located.filter((l) => l.rule);
  return {
    total: located.length,
    files: new Set(located.map((l) => l.path)).size,
    filesScanned: report.filesScanned,
    bySeverity,
    matrix,
    byClass: [...classCounts.entries()]
      .map(([key, count]) => ({ key, title: (CLASSES as Record<string, { title: string }>)[key]?.title ?? key, count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    owasp: group(mapped, (l) => [l.rule!.owasp]),
    pci: group(mapped, (l) => l.rule!.pci),
    soc2: group(mapped, (l) => l.rule!.soc2),
    unmapped: located.filter((l) => !l.rule),
    suppressions: report.files
      .flatMap((f) =>
        (f.suppressions ?? []).map((s) => ({
          path: f.path,
          line: s.line + 1,
          marker: s.marker,
          targets: s.targets,
          reason: s.reason,
        })),
      )
      .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line),
  };
}

function firstSentence(message: string): string {
  const first = message.split('\n')[0];
  const m = /^(.*?[.!?])(\s|$)/.exec(first);
  return (m ? m[1] : first).trim();
}

function where(l: Located): string {
  return `${l.path}:${l.finding.range.start.line + 1}`;
}

// ---------- Markdown: every piece of workspace text through mdText (plain) or mdCode (code span)

function mdFindingTable(items: Located[]): string[] {
  return [
    '| location | rule | severity | confidence | finding |',
    '|---|---|---|---|---|',
    ...items.map(
      (l) =>
        `| ${mdCode(where(l))} | ${mdCode(l.finding.ruleId)} | ${l.finding.severity} | ${l.finding.confidence} | ${mdText(firstSentence(l.finding.message))} |`,
    ),
  ];
}

function textBar(count: number, max: number, width = 30): string {
  return '█'.repeat(Math.max(count > 0 ? 1 : 0, Math.round((count / Math.max(1, max)) * width)));
}

export function formatComplianceMarkdown(report: ScanReport, meta: ReportMeta): string {
  const m = buildCompliance(report);
  const out: string[] = [];
  out.push(`# Warden security report — ${mdText(meta.title)}`, '');
  out.push(
    `Generated ${meta.generated} by Warden ${meta.version}${meta.advisoryDate ? ` · advisory snapshot of ${meta.advisoryDate}` : ''}.`,
    '',
  );
  out.push(
    `**${m.total} finding${m.total === 1 ? '' : 's'}** in ${m.files} of ${m.filesScanned} scanned file${m.filesScanned === 1 ? '' : 's'} — ` +
      `${m.bySeverity.error} error, ${m.bySeverity.warning} warning, ${m.bySeverity.info} info · ${m.suppressions.length} suppression${m.suppressions.length === 1 ? '' : 's'}.`,
    '',
  );
  out.push('## Severity and confidence', '', '| severity | high | medium | low | total |', '|---|---|---|---|---|');
  for (const s of SEVERITY_ORDER)
    out.push(`| ${s} | ${CONFIDENCE_ORDER.map((c) => m.matrix[s][c]).join(' | ')} | ${m.bySeverity[s]} |`);
  out.push('', '## Findings per class', '');
  const max = Math.max(0, ...m.byClass.map((c) => c.count));
  if (m.byClass.length === 0) out.push('No findings.');
  else {
    out.push('| class | findings | |', '|---|---:|---|');
    for (const c of m.byClass)
      out.push(`| ${mdText(c.title)} (${mdCode(c.key)}) | ${c.count} | ${textBar(c.count, max)} |`);
  }
  out.push('', '## OWASP Top 10 (2021)', '');
  if (m.owasp.length === 0) out.push('No findings.', '');
  for (const g of m.owasp) out.push(`### ${mdText(g.key)} — ${g.items.length}`, '', ...mdFindingTable(g.items), '');
  out.push('## PCI-DSS v4.0 requirements', '');
  out.push(...controlSummaryMd(m.pci, 'requirement'));
  out.push('## SOC 2 criteria', '');
  out.push(...controlSummaryMd(m.soc2, 'criterion'));
  if (m.unmapped.length > 0)
    out.push('## Findings without a compliance mapping', '', ...mdFindingTable(m.unmapped), '');
  out.push('## Suppressions', '');
  if (m.suppressions.length === 0) out.push('No suppressions.');
  else {
    out.push('| location | marker | suppresses | reason |', '|---|---|---|---|');
    for (const s of m.suppressions) {
      out.push(
        `| ${mdCode(`${s.path}:${s.line}`)} | ${mdText(s.marker)} | ${s.targets.length ? s.targets.map(mdCode).join(', ') : 'all rules'} | ${s.reason ? mdText(s.reason) : '**no reason given**'} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}

function controlSummaryMd(groups: Group[], noun: string): string[] {
  if (groups.length === 0) return ['No findings.', ''];
  const out = [`| ${noun} | findings | rules | locations |`, '|---|---:|---|---|'];
  for (const g of groups) {
    const rules = [...new Set(g.items.map((l) => l.finding.ruleId))];
    const locations =
      g.items
        .slice(0, 8)
        .map((l) => mdCode(where(l)))
        .join(', ') + (g.items.length > 8 ? ` and ${g.items.length - 8} more` : '');
    out.push(`| ${mdText(g.key)} | ${g.items.length} | ${rules.map(mdCode).join(', ')} | ${locations} |`);
  }
  return [...out, ''];
}

// ---------- HTML

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Horizontal bar chart of findings per class, as inline SVG. */
export function classChartSvg(byClass: ComplianceModel['byClass']): string {
  const barHeight = 22;
  const gap = 8;
  const labelWidth = 240;
  const chartWidth = 420;
  const max = Math.max(1, ...byClass.map((c) => c.count));
  const height = Math.max(1, byClass.length) * (barHeight + gap) + gap;
  const bars = byClass.map((c, i) => {
    const y = gap + i * (barHeight + gap);
    const w = Math.max(2, Math.round((c.count / max) * chartWidth));
    return (
      `<text x="${labelWidth - 8}" y="${y + barHeight * 0.7}" text-anchor="end">${esc(c.title)}</text>` +
      `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" rx="3" fill="#c0392b"><title>${esc(`${c.title}: ${c.count}`)}</title></rect>` +
      `<text x="${labelWidth + w + 6}" y="${y + barHeight * 0.7}">${c.count}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Findings per class" width="${labelWidth + chartWidth + 60}" height="${height}" ` +
    `viewBox="0 0 ${labelWidth + chartWidth + 60} ${height}" font-family="system-ui, sans-serif" font-size="13">${bars.join('')}</svg>`
  );
}

function htmlFindingTable(items: Located[]): string {
  const rows = items
    .map(
      (l) =>
        `<tr><td><code>${esc(where(l))}</code></td><td><code>${esc(l.finding.ruleId)}</code></td><td class="sev-${l.finding.severity}">${l.finding.severity}</td><td>${l.finding.confidence}</td><td>${esc(firstSentence(l.finding.message))}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>location</th><th>rule</th><th>severity</th><th>confidence</th><th>finding</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function htmlControls(groups: Group[], noun: string): string {
  if (groups.length === 0) return '<p>No findings.</p>';
  const rows = groups
    .map((g) => {
      const rules = [...new Set(g.items.map((l) => l.finding.ruleId))].map((r) => `<code>${esc(r)}</code>`).join(', ');
      const locations = g.items.map((l) => `<code>${esc(where(l))}</code>`).join(', ');
      return `<tr><td>${esc(g.key)}</td><td class="num">${g.items.length}</td><td>${rules}</td><td>${locations}</td></tr>`;
    })
    .join('\n');
  return `<table><thead><tr><th>${noun}</th><th>findings</th><th>rules</th><th>locations</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

const CSS = `body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.num{text-align:right}code{font-size:.85em}.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#a15c00}.sev-info{color:#2b6cb0}
.summary{font-size:1.05rem}.none{color:#b00020;font-weight:600}`;

export function formatComplianceHtml(report: ScanReport, meta: ReportMeta): string {
  const m = buildCompliance(report);
  const parts: string[] = [];
  parts.push(`<h1>Warden security report — ${esc(meta.title)}</h1>`);
  parts.push(
    `<p>Generated ${esc(meta.generated)} by Warden ${esc(meta.version)}${meta.advisoryDate ? ` · advisory snapshot of ${esc(meta.advisoryDate)}` : ''}.</p>`,
  );
  parts.push(
    `<p class="summary"><strong>${m.total} finding${m.total === 1 ? '' : 's'}</strong> in ${m.files} of ${m.filesScanned} scanned files — ` +
      `${m.bySeverity.error} error, ${m.bySeverity.warning} warning, ${m.bySeverity.info} info · ${m.suppressions.length} suppression${m.suppressions.length === 1 ? '' : 's'}.</p>`,
  );
  parts.push('<h2>Severity and confidence</h2>');
  parts.push(
    `<table><thead><tr><th>severity</th>${CONFIDENCE_ORDER.map((c) => `<th>${c} confidence</th>`).join('')}<th>total</th></tr></thead><tbody>` +
      SEVERITY_ORDER.map(
        (s) =>
          `<tr><td class="sev-${s}">${s}</td>${CONFIDENCE_ORDER.map((c) => `<td class="num">${m.matrix[s][c]}</td>`).join('')}<td class="num">${m.bySeverity[s]}</td></tr>`,
      ).join('') +
      '</tbody></table>',
  );
  parts.push('<h2>Findings per class</h2>', m.byClass.length ? classChartSvg(m.byClass) : '<p>No findings.</p>');
  parts.push('<h2>OWASP Top 10 (2021)</h2>');
  if (m.owasp.length === 0) parts.push('<p>No findings.</p>');
  for (const g of m.owasp) parts.push(`<h3>${esc(g.key)} — ${g.items.length}</h3>`, htmlFindingTable(g.items));
  parts.push('<h2>PCI-DSS v4.0 requirements</h2>', htmlControls(m.pci, 'requirement'));
  parts.push('<h2>SOC 2 criteria</h2>', htmlControls(m.soc2, 'criterion'));
  if (m.unmapped.length > 0) parts.push('<h2>Findings without a compliance mapping</h2>', htmlFindingTable(m.unmapped));
  parts.push('<h2>Suppressions</h2>');
  if (m.suppressions.length === 0) parts.push('<p>No suppressions.</p>');
  else {
    parts.push(
      '<table><thead><tr><th>location</th><th>marker</th><th>suppresses</th><th>reason</th></tr></thead><tbody>' +
        m.suppressions
          .map(
            (s) =>
              `<tr><td><code>${esc(`${s.path}:${s.line}`)}</code></td><td>${esc(s.marker)}</td><td>${s.targets.length ? s.targets.map((t) => `<code>${esc(t)}</code>`).join(', ') : 'all rules'}</td><td>${s.reason ? esc(s.reason) : '<span class="none">no reason given</span>'}</td></tr>`,
          )
          .join('\n') +
        '</tbody></table>',
    );
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Warden security report — ${esc(meta.title)}</title>
<style>${CSS}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
