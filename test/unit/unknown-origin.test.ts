// Unknown origin (issue 18, points 2, 6 and 9; policy.md "Severity, confidence and the gate"): the
// construct-matrix cells of slice d, scored by label, and the severity the policy asks for. A line
// marked `policy: origin-not-traced` above its expect label is a value passed whole from a parameter
// or an unresolved call: info, saying so. Every other expect label of these cells keeps the rule's
// severity and does not say it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { languageForPath } from '../../server/src/engine';
import { checkLabels, parseLabels } from '../../server/src/engine/labels';
import { ORIGIN_NOT_TRACED } from '../../server/src/engine/origin';
import type { Finding } from '../../server/src/engine/types';
import { REPO, scanner } from '../helpers';
import { runCli, tempDir, writeFiles } from './cli-support';

const MATRIX = path.join(REPO, 'test', 'matrix');
const POINTS = ['p02-unresolved-call', 'p06-param-sink', 'p09-multi-return'];
const MARKER = /^\s*(\/\/|#)\s*policy:\s*origin-not-traced\s*$/;

function cells(): Array<{ cell: string; file: string }> {
  return POINTS.flatMap((point) =>
    fs
      .readdirSync(path.join(MATRIX, point))
      .sort()
      .map((name) => ({ cell: `${point}/${path.parse(name).name}`, file: path.join(MATRIX, point, name) })),
  );
}

/** Zero-based code lines whose expect label has the origin-not-traced marker among the comments above it. */
function markedLines(text: string): Set<number> {
  const lines = text.split(/\r\n|\r|\n/);
  const marked = new Set<number>();
  for (const label of parseLabels(text)) {
    for (let i = label.line - 1; i >= 0 && /^\s*(\/\/|#)/.test(lines[i]); i--) {
      if (MARKER.test(lines[i])) marked.add(label.line);
    }
  }
  return marked;
}

async function findingsOf(file: string, text: string): Promise<Finding[]> {
  return (await scanner().scanText(text, languageForPath(file)!)).findings;
}

describe('unknown origin (issue 18 slice d)', () => {
  const status = JSON.parse(fs.readFileSync(path.join(MATRIX, 'status.json'), 'utf8')) as Record<string, string>;

  for (const { cell, file } of cells()) {
    it(`${cell}: labels hold as status.json says, and severity follows the origin`, async () => {
      const text = fs.readFileSync(file, 'utf8');
      const findings = await findingsOf(file, text);
      const labels = parseLabels(text);
      const check = checkLabels(labels, findings);
      const passes = check.missed.length === 0 && check.falsePositives.length === 0;
      const problems = [
        ...check.missed.map((m) => `missed ${m.cls} at line ${m.label.line + 1}`),
        ...check.falsePositives.map((f) => `false positive ${f.cls} at line ${f.label.line + 1}`),
      ];
      assert.ok(status[cell], `${cell} has no entry in test/matrix/status.json`);
      assert.strictEqual(passes ? 'pass' : 'fail', status[cell], problems.join('\n') || 'passes: mark it "pass"');
      const marked = markedLines(text);
      for (const label of labels.filter((l) => l.kind === 'expect')) {
        for (const cls of label.classes) {
          const hits = findings.filter((f) => f.class === cls && f.range.start.line === label.line);
          if (hits.length === 0) continue; // a miss, counted above
          const where = `${cell}:${label.line + 1} ${cls}`;
          const says = hits.some((f) => (f.detail ?? '').includes(ORIGIN_NOT_TRACED));
          if (marked.has(label.line)) {
            assert.ok(
              hits.every((f) => f.severity === 'info' && f.confidence === 'medium'),
              `${where}: info/medium expected`,
            );
            assert.ok(says, `${where}: "${ORIGIN_NOT_TRACED}" expected`);
          } else {
            assert.ok(
              hits.every((f) => f.severity !== 'info'),
              `${where}: rule severity expected, got ${hits.map((f) => f.severity)}`,
            );
            assert.ok(!says, `${where}: built or traced, the text does not apply`);
          }
        }
      }
    });
  }

  it('a value passed whole stays out of the default gate; a query built from a parameter fails it', () => {
    const dir = tempDir();
    try {
      writeFiles(dir, {
        'dao.py':
          'def run(conn, sql):\n    return conn.execute(sql)\n\n\ndef run_command(cmd):\n    import os\n    os.system(cmd)\n',
      });
      const whole = runCli(['scan', '.', '--format', 'json'], dir);
      const reported = JSON.parse(whole.stdout) as { findings: Array<{ severity: string }> };
      assert.ok(
        reported.findings.some((f) => f.severity === 'info'),
        whole.stdout,
      );
      assert.strictEqual(whole.code, 0, 'info findings do not fail the default gate (--fail-on warning)');
      assert.strictEqual(runCli(['scan', '.', '--fail-on', 'info'], dir).code, 1, '--fail-on info counts them');
      writeFiles(dir, {
        'dao.py': 'def find(conn, name):\n    return conn.execute("SELECT * FROM t WHERE name = \'" + name + "\'")\n',
      });
      assert.strictEqual(runCli(['scan', '.'], dir).code, 1, 'a query built from a parameter keeps the rule severity');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
