// The feedback loop: `warden feedback add` records a false positive or a missed vulnerability in
// .warden/feedback.json, and `warden feedback export` writes labeled fixture drafts from them.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { appendFeedback, newFeedbackRecord, parseFeedback } from '../../core/feedback/records';
import { runCli, tempDir, writeFiles } from './cli-support';

const APP = `from flask import request
import subprocess

def ping():
    host = request.args['host']
    subprocess.run(['ping', '-c', '1', host])
    return run_legacy(host)
`;

describe('warden feedback', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('warden-feedback-');
    writeFiles(dir, { 'app/ping.py': APP });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('records both kinds with a snippet and exports one labeled draft per record', () => {
    const missed = runCli(
      [
        'feedback',
        'add',
        '--kind',
        'missed',
        '--file',
        'app/ping.py',
        '--line',
        '7',
        '--rule',
        'py/cmdi/shell-call',
        '--reason',
        'run_legacy calls os.system',
      ],
      dir,
    );
    assert.strictEqual(missed.code, 0, missed.stderr);
    const fp = runCli(
      [
        'feedback',
        'add',
        '--kind',
        'false-positive',
        '--file',
        'app/ping.py',
        '--line',
        '6',
        '--class',
        'cmdi',
        '--reason',
        'argument list, no shell',
      ],
      dir,
    );
    assert.match(fp.stdout, /recorded \(2 in \.warden\/feedback\.json\)/);
    const records = JSON.parse(fs.readFileSync(path.join(dir, '.warden', 'feedback.json'), 'utf8')).records;
    assert.deepStrictEqual(
      records.map((r: { kind: string; class: string; snippet: string[]; snippetLine: number }) => [
        r.kind,
        r.class,
        r.snippet[r.snippetLine - 1].trim(),
      ]),
      [
        ['missed', 'cmdi', 'return run_legacy(host)'],
        ['false-positive', 'cmdi', "subprocess.run(['ping', '-c', '1', host])"],
      ],
    );
    const exported = runCli(['feedback', 'export'], dir);
    assert.strictEqual(exported.code, 0, exported.stderr);
    const missedDraft = fs
      .readFileSync(path.join(dir, '.warden/fixture-drafts/rules/python/cmdi/shell-call.feedback-1.py'), 'utf8')
      .split('\n');
    const label = missedDraft.indexOf('    # expect: py/cmdi/shell-call');
    assert.ok(label > 0, missedDraft.join('\n'));
    assert.strictEqual(missedDraft[label + 1], '    return run_legacy(host)');
    assert.match(missedDraft[1], /Reason given: run_legacy calls os\.system/);
    const fpDraft = fs
      .readFileSync(path.join(dir, '.warden/fixture-drafts/rules/python/cmdi/feedback.feedback-2.py'), 'utf8')
      .split('\n');
    assert.strictEqual(
      fpDraft[fpDraft.indexOf('    # safe: cmdi') + 1],
      "    subprocess.run(['ping', '-c', '1', host])",
    );
  });

  it('refuses incomplete input and a malformed feedback file (exit 2)', () => {
    assert.strictEqual(runCli(['feedback', 'add', '--kind', 'maybe'], dir).code, 2);
    writeFiles(dir, { '.warden/feedback.json': '{"records": 3}' });
    const run = runCli(['feedback', 'export'], dir);
    assert.strictEqual(run.code, 2);
    assert.match(run.stderr, /not a Warden feedback file/);
  });

  it("the editor command's record (newFeedbackRecord, appendFeedback) is the one the CLI exports", () => {
    const record = newFeedbackRecord({
      kind: 'false-positive',
      ruleId: 'py/cmdi/program-from-data',
      class: 'cmdi',
      file: 'app/ping.py',
      line: 6,
      language: 'python',
      text: APP,
      reason: 'argument list',
      date: '2026-12-07',
    });
    assert.strictEqual(record.snippet[record.snippetLine - 1].trim(), "subprocess.run(['ping', '-c', '1', host])");
    const first = appendFeedback(undefined, record);
    const second = appendFeedback(first, { ...record, kind: 'missed', line: 7 });
    assert.deepStrictEqual(
      parseFeedback(second).records.map((r) => [r.kind, r.line]),
      [
        ['false-positive', 6],
        ['missed', 7],
      ],
    );
    assert.throws(() => appendFeedback('{"version": 2}', record), /not a Warden feedback file/);
  });
});
