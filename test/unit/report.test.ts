// The compliance report: `warden report` on a folder with code findings, a vulnerable dependency
// and suppressions (with and without a reason), as Markdown and as self-contained HTML; and the
// pure module on a hand-built report (escaping, grouping).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { XMLValidator } from 'fast-xml-parser';
import type { Finding, Rule } from '../../server/src/engine';
import {
  buildCompliance,
  classChartSvg,
  formatComplianceHtml,
  formatComplianceMarkdown,
} from '../../server/src/report/compliance';
import type { ScanReport } from '../../server/src/report/model';
import { runCli, tempDir, VULNERABLE_PY, writeFiles } from './cli-support';

const SUPPRESSED_PY = `from flask import request

def read_report():
    # warden-ignore: py/path-traversal/file-path -- the name is checked against REPORTS above
    a = open(request.args.get('report')).read()
    b = open(request.args.get('other')).read()  # warden-ignore: path-traversal
    return a + b
`;

export function project(): string {
  const dir = tempDir('warden-report-');
  writeFiles(dir, {
    'app.py': VULNERABLE_PY,
    'reports.py': SUPPRESSED_PY,
    'package.json': '{\n  "dependencies": {\n    "lodash": "4.17.20"\n  }\n}\n',
  });
  return dir;
}

describe('compliance report (warden report)', () => {
  let dir: string;
  before(() => {
    dir = project();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('Markdown: counts, OWASP groups, PCI-DSS and SOC 2 controls, classes, suppressions with reasons', () => {
    const run = runCli(['report', '.', '--out', 'report.md'], dir);
    assert.strictEqual(run.code, 0, run.stderr);
    const md = fs.readFileSync(path.join(dir, 'report.md'), 'utf8');
    assert.match(md, /^# Warden security report — /);
    assert.match(md, /advisory snapshot of \d{4}-\d{2}-\d{2}/);
    // app.py: path traversal; package.json: lodash; reports.py: one suppressed, one a missing-reason notice.
    assert.match(md, /\*\*3 findings\*\* in 3 of 3 scanned files — 2 error, 0 warning, 1 info · 2 suppressions\./);
    assert.match(md, /\| error \| 2 \| 0 \| 0 \| 2 \|/);
    assert.match(md, /### A01:2021 - Broken Access Control — 1\n/);
    assert.match(
      md,
      /### A06:2021 - Vulnerable and Outdated Components — 1\n[\s\S]*`package\.json:3` \| `sca\/npm\/vulnerable`/,
    );
    assert.match(md, /\| 6\.2\.4 \| 1 \| `py\/path-traversal\/file-path` \| `app\.py:9` \|/);
    assert.match(md, /\| 6\.3\.3 \| 1 \| `sca\/npm\/vulnerable` \|/);
    assert.match(md, /\| CC7\.1 \| 2 \|/);
    assert.match(md, /Vulnerable dependency \(`vulnerable-dependency`\) \| 1 \|/);
    assert.match(
      md,
      /## Findings without a compliance mapping[\s\S]*`reports\.py:6` \| `warden\/suppression\/missing-reason`/,
    );
    assert.match(
      md,
      /\| `reports\.py:4` \| warden-ignore \| `py\/path-traversal\/file-path` \| the name is checked against REPORTS above \|/,
    );
    assert.match(md, /\| `reports\.py:6` \| warden-ignore \| `path-traversal` \| \*\*no reason given\*\* \|/);
  });

  it('HTML: one self-contained page with an inline SVG bar per class and nothing external or executable', () => {
    const run = runCli(['report', '--out', 'report.html'], dir);
    assert.strictEqual(run.code, 0, run.stderr);
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    assert.strictEqual(XMLValidator.validate(svg), true, 'the chart is well-formed SVG');
    assert.strictEqual(
      (svg.match(/<rect /g) ?? []).length,
      3,
      'one bar per class: path-traversal, vulnerable-dependency, suppression',
    );
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|\bsrc=|url\(/i);
    assert.doesNotMatch(
      html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, ''),
      /https?:\/\//,
      'no external reference',
    );
    assert.match(html, /the name is checked against REPORTS above/);
    assert.match(html, /<span class="none">no reason given<\/span>/);
  });

  it('usage errors exit 2', () => {
    assert.strictEqual(runCli(['report', 'missing-folder'], dir).code, 2);
    assert.strictEqual(runCli(['report', '--format', 'pdf'], dir).code, 2);
  });
});

describe('compliance module', () => {
  const rule = (id: string, over: Partial<Rule>): Rule => ({
    id,
    title: id,
    class: 'xss',
    languages: ['javascript'],
    severity: 'error',
    confidence: 'high',
    cwe: [79],
    owasp: 'A03:2021 - Injection',
    pci: ['6.2.4'],
    soc2: ['CC7.1'],
    message: 'm',
    requirement: 'r',
    topics: [],
    references: [],
    patterns: [],
    report: 'sink',
    file: 'x',
    ...over,
  });
  const finding = (
    ruleId: string,
    cls: string,
    line: number,
    message: string,
    severity: Finding['severity'] = 'error',
    confidence: Finding['confidence'] = 'high',
  ): Finding => ({
    ruleId,
    class: cls,
    severity,
    confidence,
    message,
    range: { start: { line, character: 0 }, end: { line, character: 1 } },
  });
  const report: ScanReport = {
    rules: [
      rule('js/xss/a', {}),
      rule('js/sqli/b', { class: 'sqli', pci: ['6.2.4', '6.10.1'], soc2: ['CC10.1', 'CC6.1'] }),
    ],
    files: [
      {
        path: 'a<b>.js',
        findings: [
          finding('js/xss/a', 'xss', 0, 'Bad <script>alert(1)</script> | pipe. Second sentence.'),
          finding('js/sqli/b', 'sqli', 4, 'SQL.', 'warning', 'medium'),
        ],
        problems: [],
        suppressions: [{ line: 9, appliesTo: 10, targets: [], reason: '<b>trusted</b>', marker: 'nosec' }],
      },
    ],
    ruleProblems: [],
    filesScanned: 1,
    filesSkipped: 0,
    durationMs: 1,
  };

  it('groups by control in natural order and counts severity × confidence', () => {
    const m = buildCompliance(report);
    assert.deepStrictEqual(
      m.pci.map((g) => [g.key, g.items.length]),
      [
        ['6.2.4', 2],
        ['6.10.1', 1],
      ],
    );
    assert.deepStrictEqual(
      m.soc2.map((g) => g.key),
      ['CC6.1', 'CC7.1', 'CC10.1'],
    );
    assert.strictEqual(m.matrix.warning.medium, 1);
    assert.deepStrictEqual(
      m.byClass.map((c) => c.key),
      ['sqli', 'xss'],
    );
    assert.deepStrictEqual(m.suppressions, [
      { path: 'a<b>.js', line: 10, marker: 'nosec', targets: [], reason: '<b>trusted</b>' },
    ]);
  });

  it('escapes user text in HTML and Markdown tables', () => {
    const meta = { title: 'T<x>', generated: '2026-01-01', version: '0' };
    const html = formatComplianceHtml(report, meta);
    assert.ok(!html.includes('<script>alert') && html.includes('Bad &lt;script&gt;alert(1)&lt;/script&gt; | pipe.'));
    assert.ok(html.includes('&lt;b&gt;trusted&lt;/b&gt;') && html.includes('a&lt;b&gt;.js:1'));
    const md = formatComplianceMarkdown(report, meta);
    // Markdown: HTML as entities, link and image punctuation escaped (issue 16 #10).
    assert.match(md, /Bad &lt;script&gt;alert\\\(1\\\)&lt;\/script&gt; \\\| pipe\. \|/);
    assert.match(md, /\| `a<b>\.js:10` \| nosec \| all rules \| &lt;b&gt;trusted&lt;\/b&gt; \|/);
    assert.match(classChartSvg([{ key: 'x', title: 'A & B', count: 2 }]), /A &amp; B/);
  });
});
