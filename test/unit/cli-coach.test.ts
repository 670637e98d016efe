// `warden prompt harden` through the built CLI: the same function as the extension, as text or
// JSON, from an argument or standard input, with usage errors as exit code 2.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { hardenJson } from '../../core/coach/prompt';
import { knowledge } from './coach/support';
import { CLI, runCli, tempDir, writeFiles } from './cli-support';

describe('CLI warden prompt harden', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('warden-coach-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON of the pure function, with concept-tagged requirements', () => {
    const prompt = 'a flask endpoint that returns the invoices for a customer id';
    const r = runCli(['prompt', 'harden', '--format', 'json', prompt], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepStrictEqual(json, JSON.parse(JSON.stringify(hardenJson(prompt, knowledge()))));
    assert.strictEqual(json.requirements[0].id, 'authorization');
  });

  it('prints the prompt then the follow-up as text, and reads the prompt from stdin with -', () => {
    const r = spawnSync(process.execPath, [CLI, 'prompt', 'harden', '-'], {
      cwd: dir,
      input: 'a Go handler that unpacks a tar archive the user uploads',
      encoding: 'utf8',
    });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok(r.stdout.startsWith('a Go handler that unpacks a tar archive the user uploads\n\n--- Security'));
    assert.match(r.stdout, /then run Warden on the result\.\n$/);
  });

  it('uses --language when the prompt names none, else the main language of the folder', () => {
    const prompt = 'an endpoint that compares the api key header with ours';
    const flagged = JSON.parse(
      runCli(['prompt', 'harden', '--language', 'golang', '--format=json', prompt], dir).stdout,
    );
    assert.strictEqual(flagged.language, 'go');
    assert.match(flagged.prompt, /subtle\.ConstantTimeCompare/);
    writeFiles(dir, { 'pyproject.toml': '[project]\nname = "x"\n' });
    const fromFolder = JSON.parse(runCli(['prompt', 'harden', '--format', 'json', prompt], dir).stdout);
    assert.strictEqual(fromFolder.language, 'python');
    assert.match(fromFolder.prompt, /hmac\.compare_digest/);
  });

  it('leaves a prompt without security surface unchanged', () => {
    const r = runCli(['prompt', 'harden', 'refactor this to async/await'], dir);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout, 'refactor this to async/await\n');
  });

  it('answers usage errors with exit code 2', () => {
    for (const args of [
      ['prompt', 'harden'],
      ['prompt', 'harden', '--language', 'cobol', 'x'],
      ['prompt', 'harden', '--format', 'xml', 'x'],
      ['prompt', 'harden', '--bogus', 'x'],
      ['prompt', 'rewrite', 'x'],
    ]) {
      const r = runCli(args, dir);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.match(r.stderr, /^warden: /);
    }
  });
});

describe('CLI warden instructions', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('warden-instr-');
    writeFiles(dir, {
      'app/views.py': 'print(1)\n',
      'requirements.txt': 'flask\n',
    });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the files without writing anything unless --write', () => {
    const r = runCli(['instructions'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /==> \.github\/copilot-instructions\.md \(Warden's section\)/);
    assert.match(r.stdout, /==> \.github\/instructions\/warden-python\.instructions\.md \(Warden's file\)/);
    assert.ok(!fs.existsSync(`${dir}/.github`));
  });

  it("writes Claude's section and keeps the user's text around it, then changes nothing", () => {
    const mine = '# Our rules\n\nUse tabs.\n';
    writeFiles(dir, { 'CLAUDE.md': mine });
    const r = runCli(['instructions', '--agent', 'claude', '--write'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout, 'wrote CLAUDE.md\n');
    const text = fs.readFileSync(`${dir}/CLAUDE.md`, 'utf8');
    assert.ok(text.startsWith(mine));
    assert.match(text, /### Python\n- Pass values as query parameters/);
    const edited = text + '\nMore of ours.\n';
    fs.writeFileSync(`${dir}/CLAUDE.md`, edited);
    assert.strictEqual(runCli(['instructions', '--agent=claude', '--write'], dir).stdout, 'unchanged CLAUDE.md\n');
    assert.strictEqual(fs.readFileSync(`${dir}/CLAUDE.md`, 'utf8'), edited);
  });

  it('writes nothing at all when one file cannot be updated', () => {
    writeFiles(dir, { '.github/copilot-instructions.md': 'Ours.\n<!-- warden:instructions begin -->\nhalf\n' });
    const r = runCli(['instructions', '--write'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no '<!-- warden:instructions end -->' line.*nothing written/);
    assert.ok(!fs.existsSync(`${dir}/.github/instructions`), 'no per-language file either');
    assert.strictEqual(
      fs.readFileSync(`${dir}/.github/copilot-instructions.md`, 'utf8'),
      'Ours.\n<!-- warden:instructions begin -->\nhalf\n',
    );
  });

  it('writes the Cursor rule whole and rejects unknown agents', () => {
    assert.strictEqual(runCli(['instructions', '--agent', 'cursor', '--write'], dir).code, 0);
    assert.match(fs.readFileSync(`${dir}/.cursor/rules/warden.mdc`, 'utf8'), /^---\ndescription: /);
    const bad = runCli(['instructions', '--agent', 'emacs'], dir);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--agent must be one of copilot, cursor, claude, codex, agents/);
  });
});

describe('CLI warden prompt challenge', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('warden-challenge-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const CONVERT = [
    "const { exec } = require('child_process');",
    "const express = require('express');",
    'const app = express();',
    "app.post('/convert', (req, res) => {",
    '  const input = req.query.file;',
    '  exec(`ffmpeg -i ${input} out.mp4`, () => res.send("done"));',
    '});',
    '',
  ].join('\n');

  it("builds on the engine's findings: the ffmpeg command it flags, with its rule and path", () => {
    writeFiles(dir, { 'convert.js': CONVERT });
    const r = runCli(['prompt', 'challenge', '--format', 'json', 'convert.js'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const { assumptions } = JSON.parse(r.stdout) as {
      assumptions: Array<{ line: number; rule?: string; concept: string; requirement?: string; path?: string }>;
    };
    const cmd = assumptions.find((a) => a.concept === 'cmdi');
    assert.ok(cmd, JSON.stringify(assumptions, null, 2));
    assert.strictEqual(cmd.line, 5);
    assert.match(cmd.rule!, /^js\/cmdi\//);
    assert.strictEqual(cmd.requirement, knowledge().rule(cmd.rule!)!.requirement);
    assert.match(cmd.path!, /^`req\.query` \(line 5\) → .* → `exec\(`ffmpeg/);
    assert.ok(assumptions.some((a) => a.concept === 'authorization' && a.line === 3));
    for (const a of assumptions.filter((x) => x.rule))
      assert.strictEqual(a.requirement, knowledge().rule(a.rule!)!.requirement, 'never a wrong rule');
  });

  it('limits itself to --lines and prints text by default', () => {
    writeFiles(dir, { 'convert.js': CONVERT });
    const r = runCli(['prompt', 'challenge', '--lines', '1-3', 'convert.js'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Assumptions in convert\.js/);
    assert.doesNotMatch(r.stdout, /Line 6/);
    assert.strictEqual(runCli(['prompt', 'challenge', 'missing.js'], dir).code, 2);
    assert.strictEqual(runCli(['prompt', 'challenge', '--lines', '9-2', 'convert.js'], dir).code, 2);
  });
});
