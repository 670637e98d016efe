// Workspace text reaching a terminal or a Markdown report is inert (issue 16 #9, #10): file names,
// code strings, suppression reasons and custom rules' text carrying escape sequences, HTML,
// javascript: links, remote images and backticks.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Finding, Rule } from '../../server/src/engine';
import { formatComplianceMarkdown } from '../../server/src/report/compliance';
import { escapeControls, mdCode, mdText } from '../../server/src/report/escape';
import { formatJson } from '../../server/src/report/json';
import { formatSarif } from '../../server/src/report/sarif';
import type { ScanReport } from '../../server/src/report/model';
import { formatText } from '../../server/src/report/text';
import { runCli, tempDir, writeFiles } from './cli-support';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(md: string): string };

const ESC = '\u001b';
/** Set the window title, erase the line, hide text (SGR 8), a C1 CSI, a bidi override, DEL, a newline. */
const HOSTILE = `${ESC}]0;pwned\u0007${ESC}[2K${ESC}[8mhidden\u009b31m\u202eevil\u007f\nsecond line`;
/** Anything a terminal would act on besides the line breaks Warden itself writes. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function finding(over: Partial<Finding> = {}): Finding {
  const at = { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } };
  return {
    ruleId: 'py/demo',
    class: 'sqli',
    severity: 'error',
    confidence: 'high',
    message: 'Untrusted input reaches a query.',
    range: at,
    ...over,
  };
}

function report(files: ScanReport['files'], rules: Rule[] = []): ScanReport {
  return { files, rules, ruleProblems: [], filesScanned: files.length, filesSkipped: 0, durationMs: 1 };
}

describe('text output escapes control characters in workspace text (issue 16 #9)', () => {
  it('escapes C0, C1, DEL, ESC sequences, bidi controls and newlines, visibly', () => {
    const out = escapeControls(HOSTILE);
    assert.doesNotMatch(out, RAW_CONTROL);
    assert.ok(!out.includes('\n'));
    assert.strictEqual(out, '\\x1b]0;pwned\\x07\\x1b[2K\\x1b[8mhidden\\x9b31m\\u202eevil\\x7f\\nsecond line');
    assert.strictEqual(escapeControls('src/app.py: ok — “quotes” ünïcode'), 'src/app.py: ok — “quotes” ünïcode');
  });

  it('no workspace text reaches the terminal raw: path, message, detail, trace, rule id, class, problems', () => {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const r = report([
      {
        path: `evil${HOSTILE}.py`,
        findings: [
          finding({
            ruleId: `custom/${HOSTILE}`,
            class: `cls${HOSTILE}`,
            message: `msg ${HOSTILE}`,
            detail: HOSTILE,
            trace: [
              { label: `source ${HOSTILE}`, range: at },
              { label: 'sink', range: at },
            ],
          }),
        ],
        problems: [{ message: `problem ${HOSTILE}` }],
      },
    ]);
    r.ruleProblems = [{ file: `rules${HOSTILE}.yml`, line: 3, message: HOSTILE }];
    for (const color of [false, true]) {
      // Warden's own colours are the only escape sequences left.
      const out = formatText(r, color).replace(/\u001b\[\d+m/g, '');
      assert.doesNotMatch(out, RAW_CONTROL, `color: ${color}`);
      assert.ok(out.includes('\\x1b]0;pwned\\x07'));
    }
    // One line per item: the newline in the names did not start a line of its own.
    assert.ok(
      !formatText(r, false)
        .split('\n')
        .some((l) => l.startsWith('second line')),
    );
  });

  it('warden scan prints a file named with escape sequences and a newline, and a string of them, escaped', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir();
    try {
      const name = `x${ESC}]0;pwned\u0007${ESC}[2K\nhide.py`;
      writeFiles(dir, {
        [name]: `from flask import request\nimport os\n\ndef run():\n    os.system("echo ${ESC}[2J${ESC}[8m" + request.args.get("cmd"))\n`,
      });
      const run = runCli(['scan', '.'], dir);
      assert.strictEqual(run.code, 1, run.stdout + run.stderr);
      assert.doesNotMatch(run.stdout, RAW_CONTROL);
      assert.match(run.stdout, /x\\x1b\]0;pwned\\x07\\x1b\[2K\\nhide\.py:5:/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('JSON and SARIF printed to a terminal carry no raw control character', () => {
  it('escapes what JSON.stringify leaves raw (DEL, C1, bidi) and parses to the same values', () => {
    const r = report([{ path: `evil${HOSTILE}.py`, findings: [finding({ message: HOSTILE })], problems: [] }]);
    const json = formatJson(r, '0');
    assert.doesNotMatch(json.slice(0, -1), RAW_CONTROL);
    const parsed = JSON.parse(json) as { findings: Array<{ path: string; message: string; explanation: string }> };
    assert.strictEqual(parsed.findings[0].path, `evil${HOSTILE}.py`);
    // The message is the one-line headline; the text as written is the explanation.
    assert.strictEqual(parsed.findings[0].message, HOSTILE.replace(/\s+/g, ' '));
    assert.strictEqual(parsed.findings[0].explanation, HOSTILE);
    const sarif = formatSarif(r, '0');
    assert.doesNotMatch(sarif.replace(/\n/g, ''), RAW_CONTROL);
    assert.strictEqual(
      (JSON.parse(sarif) as { runs: Array<{ results: Array<{ message: { text: string } }> }> }).runs[0].results[0]
        .message.text,
      HOSTILE.replace(/\s+/g, ' '),
    );
  });
});

describe('Markdown report escapes workspace text (issue 16 #10)', () => {
  const REASON =
    '<script>alert(1)</script> [click](javascript:alert(1)) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> &lt;b&gt; *bold* <javascript:alert(2)> www.evil.example | pipe';
  const PATH = 'src/a`b` | <i>x</i>`.py';

  function hostileReport(): ScanReport {
    return report([
      {
        path: PATH,
        findings: [finding({ message: 'Bad ![img](https://evil.example/q.png) <b>x</b>.' })],
        problems: [],
        suppressions: [{ line: 1, appliesTo: 2, targets: ['py/x`y'], reason: REASON, marker: 'warden-ignore' }],
      },
    ]);
  }

  it('renders no HTML, link, image or emphasis from a suppression reason, a message or a file name', () => {
    const md = formatComplianceMarkdown(hostileReport(), { title: 'demo <b>', generated: '2026-01-01', version: '0' });
    const html = new MarkdownIt({ html: true, linkify: true }).render(md);
    for (const bad of ['<script', '<img', '<i>', '<b>', '<a ', '<em>', '<strong>x'])
      assert.ok(!html.includes(bad), `${bad} in:\n${html}`);
    // The texts survive, as text.
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), html);
    assert.ok(html.includes('[click](javascript:alert(1))'), html);
    assert.ok(html.includes('&amp;lt;b&amp;gt;'), 'an entity in the reason stays literal');
    // The file name stays one code span, backticks and pipe included.
    assert.ok(html.includes('<code>src/a`b` | &lt;i&gt;x&lt;/i&gt;`.py:3</code>'), html);
    assert.ok(html.includes('<code>py/x`y</code>'), html);
  });

  it('mdCode picks a fence longer than any backtick run; mdText escapes every inline metacharacter', () => {
    assert.strictEqual(mdCode('a`b``c'), '```a`b``c```');
    assert.strictEqual(mdCode('`edge`'), '`` `edge` ``');
    assert.strictEqual(mdCode('a|b'), '`a\\|b`');
    assert.strictEqual(
      mdText('<a href="x">[t](u)</a> *_~`!|\\'),
      '&lt;a href="x"&gt;\\[t\\]\\(u\\)&lt;/a&gt; \\*\\_\\~\\`\\!\\|\\\\',
    );
  });

  it('warden report on a file named with a backtick and a hostile suppression reason', function () {
    if (process.platform === 'win32') this.skip();
    const dir = tempDir('warden-report-');
    try {
      writeFiles(dir, {
        'we`ird.py': `from flask import request\n\ndef f():\n    # warden-ignore: path-traversal -- ${REASON.replace('|', '/')}\n    return open(request.args.get('n')).read()\n`,
      });
      const run = runCli(['report', '.', '--out', 'r.md'], dir);
      assert.strictEqual(run.code, 0, run.stderr);
      const html = new MarkdownIt({ html: true, linkify: true }).render(
        fs.readFileSync(path.join(dir, 'r.md'), 'utf8'),
      );
      for (const bad of ['<script', '<img', '<a ']) assert.ok(!html.includes(bad), `${bad} in:\n${html}`);
      assert.match(html, /<code>we`ird\.py:4<\/code>/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
