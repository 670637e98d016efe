// `warden mcp` driven by the MCP SDK's own client over stdio (issue 27): the tool list and its
// schemas, the seed snippets' 7 findings, paths confined to the workspace roots, bounded output,
// malformed calls answered with errors while the server keeps serving.

import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseLabels } from '../../server/src/engine/labels';
import { MAX_FINDING_BYTES, MAX_FINDINGS } from '../../server/src/mcp/findings';
import { REPO, seed } from '../helpers';
import { call, CLI, connect, errorOf, Session, tempDir } from './mcp-support';

const SEEDS = ['AuthService.java', 'handler.go', 'preferences.js', 'upload.py'];
const SECURE = path.join(REPO, 'test', 'fixtures', 'seed-secure');

type Found = { line: number; class: string; rule: string; fix: string; file?: string };

describe('warden mcp over stdio (SDK client)', function () {
  this.timeout(120000);
  let workspace: string;
  let session: Session;

  before(async () => {
    workspace = tempDir('mcp');
    fs.writeFileSync(
      path.join(workspace, 'app.py'),
      'import os\n\ndef run(request):\n    os.system(request.args["cmd"])\n',
    );
    session = await connect(workspace);
  });
  after(async () => {
    await session?.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('lists the six tools, each with an object input schema and an output schema', async () => {
    const { tools } = await session.client.listTools();
    assert.deepStrictEqual(tools.map((t) => t.name).sort(), [
      'explain_rule',
      'fix_code',
      'harden_prompt',
      'scan_code',
      'scan_files',
      'security_instructions',
    ]);
    for (const t of tools) {
      assert.strictEqual(t.inputSchema.type, 'object', t.name);
      assert.strictEqual(t.outputSchema?.type, 'object', t.name);
      assert.ok(t.description && t.description.length > 20, t.name);
    }
    const scanCode = tools.find((t) => t.name === 'scan_code')!;
    assert.deepStrictEqual(scanCode.inputSchema.required, ['code']);
    assert.ok(Object.keys(scanCode.outputSchema!.properties!).includes('omitted'));
  });

  it('scan_code reports the seed snippets’ 7 labeled findings, each on its labeled line', async () => {
    let total = 0;
    for (const name of SEEDS) {
      const text = seed(name);
      const r = await call(session, 'scan_code', { code: text, filename: name });
      assert.ok(!r.isError, JSON.stringify(r.content));
      const found = r.structuredContent!.findings as Found[];
      const expected = parseLabels(text)
        .flatMap((l) => l.classes.map((c) => `${l.line + 1}:${c}`))
        .sort();
      assert.deepStrictEqual([...new Set(found.map((f) => `${f.line}:${f.class}`))].sort(), expected, name);
      total += r.structuredContent!.total as number;
      assert.match(r.content[0].text!, /never add suppression/);
    }
    assert.strictEqual(total, 7);
  });

  it('scan_code reports nothing on the secure rewrites, by language as well as by file name', async () => {
    const languages: Record<string, string> = { java: 'java', go: 'go', js: 'javascript', py: 'python' };
    for (const name of SEEDS) {
      const code = fs.readFileSync(path.join(SECURE, name), 'utf8');
      const r = await call(session, 'scan_code', { code, language: languages[name.split('.').pop()!] });
      assert.strictEqual(r.structuredContent!.total, 0, name);
    }
  });

  it('scan_files scans files and folders inside the root, relative to it', async () => {
    const r = await call(session, 'scan_files', { paths: ['app.py', '.'] });
    assert.ok(!r.isError, JSON.stringify(r.content));
    const found = r.structuredContent!.findings as Found[];
    assert.deepStrictEqual(
      found.map((f) => `${f.file}:${f.line}:${f.class}`),
      ['app.py:4:cmdi'],
    );
    assert.strictEqual(r.structuredContent!.filesScanned, 1);
  });

  it('refuses paths outside the workspace root, through .. or a symlink, and scans nothing', async () => {
    const outside = tempDir('mcp-outside');
    try {
      fs.writeFileSync(path.join(outside, 'secret.py'), 'import os\nos.system(input())\n');
      fs.symlinkSync(path.join(outside, 'secret.py'), path.join(workspace, 'link.py'));
      fs.symlinkSync(outside, path.join(workspace, 'linked-folder'));
      for (const p of [
        path.join(outside, 'secret.py'),
        `../${path.basename(outside)}/secret.py`,
        'link.py',
        'linked-folder',
        '/etc/passwd',
      ]) {
        const message = await errorOf(session, 'scan_files', { paths: ['app.py', p] });
        assert.match(message, /outside the workspace roots/, p);
      }
      // The walk of the root itself never follows the links out either.
      const r = await call(session, 'scan_files', { paths: ['.'] });
      assert.deepStrictEqual(
        (r.structuredContent!.findings as Found[]).map((f) => f.file),
        ['app.py'],
      );
    } finally {
      fs.rmSync(path.join(workspace, 'link.py'), { force: true });
      fs.rmSync(path.join(workspace, 'linked-folder'), { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('bounds the answer: at most 50 findings of at most 1 KB each, with the count left out', async () => {
    const lines = ['import pickle', 'from flask import request', ''];
    for (let i = 0; i < 120; i++) lines.push(`def load${i}():`, '    return pickle.loads(request.data)', '');
    const r = await call(session, 'scan_code', { code: lines.join('\n'), language: 'python' });
    const found = r.structuredContent!.findings as Found[];
    assert.strictEqual(found.length, MAX_FINDINGS);
    assert.strictEqual(r.structuredContent!.total, 120);
    assert.strictEqual(r.structuredContent!.omitted, 70);
    for (const f of found) assert.ok(Buffer.byteLength(JSON.stringify(f)) <= MAX_FINDING_BYTES);
    assert.match(r.content[0].text!, /70 left out/);
  });

  it('refuses oversized code with a message that says what to do instead', async () => {
    const code = `x = 1\n${'# padding\n'.repeat(60000)}`;
    const message = await errorOf(session, 'scan_code', { code, language: 'python' });
    assert.match(message, /over the 512 KB limit.*scan_files/);
  });

  it('answers malformed calls with errors and keeps serving', async () => {
    assert.match(await errorOf(session, 'no_such_tool', {}), /no_such_tool|not found/i);
    assert.match(await errorOf(session, 'scan_code', { code: 42 }), /code|expected string/i);
    assert.match(await errorOf(session, 'scan_code', {}), /code/i);
    assert.match(await errorOf(session, 'scan_code', { code: 'x = 1' }), /give the language/);
    assert.match(await errorOf(session, 'scan_code', { code: 'x', language: 'cobol' }), /unknown language 'cobol'/);
    assert.match(await errorOf(session, 'scan_files', { paths: [] }), /paths|at least/i);
    assert.match(await errorOf(session, 'explain_rule', { id: 'sqli' }), /no rule 'sqli'; did you mean/);
    const r = await call(session, 'scan_code', { code: 'x = 1\n', language: 'python' });
    assert.strictEqual(r.structuredContent!.total, 0);
  });

  it('survives bytes that are not JSON-RPC on its input', async () => {
    const child = spawn(process.execPath, [CLI, 'mcp'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    try {
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stdin.write('this is not json\n{"jsonrpc":"2.0","id":7,"method":"no/such"}\n{"broken": \n');
      child.stdin.write(
        JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
        }) + '\n',
      );
      for (let i = 0; i < 600 && !/"id":1,/.test(out) && !/"id":1}/.test(out); i++)
        await new Promise((r) => setTimeout(r, 50));
      const answers = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id?: number; result?: { serverInfo?: { name: string } }; error?: unknown });
      assert.strictEqual(answers.find((a) => a.id === 1)?.result?.serverInfo?.name, 'warden');
      assert.ok(answers.find((a) => a.id === 7)?.error, 'an unknown method gets a JSON-RPC error');
      assert.strictEqual(child.exitCode, null, 'the server is still running');
    } finally {
      child.kill();
    }
  });

  it('explains a rule with its requirement, secure example and references', async () => {
    const r = await call(session, 'explain_rule', { id: 'py/deserialization/pickle-loads' });
    const rule = r.structuredContent!;
    assert.strictEqual(rule.class, 'deserialization');
    assert.match(rule.requirement as string, /\w+/);
    assert.ok((rule.references as string[]).length > 0);
  });

  it('hardens a prompt and lists the workspace’s security instructions without writing them', async () => {
    const h = await call(session, 'harden_prompt', { prompt: 'write a flask endpoint that runs a shell command' });
    assert.ok((h.structuredContent!.requirements as unknown[]).length > 0);
    assert.ok((h.structuredContent!.prompt as string).startsWith('write a flask endpoint'));
    const before = fs.readdirSync(workspace).sort();
    const i = await call(session, 'security_instructions', { agent: 'claude' });
    const files = i.structuredContent!.files as Array<{ path: string; content: string }>;
    assert.deepStrictEqual(
      files.map((f) => f.path),
      ['CLAUDE.md'],
    );
    assert.deepStrictEqual(fs.readdirSync(workspace).sort(), before);
  });
});

describe('warden mcp: the client’s roots replace the working folder', function () {
  this.timeout(120000);
  it('scans inside the roots the client sends and refuses the server’s own folder', async () => {
    const cwd = tempDir('mcp-cwd');
    const root = tempDir('mcp-root');
    fs.writeFileSync(path.join(cwd, 'here.py'), 'import os\nos.system(input())\n');
    fs.writeFileSync(path.join(root, 'there.py'), 'import os\n\ndef run(request):\n    os.system(request.args["c"])\n');
    const session = await connect(cwd, [root]);
    try {
      // The server asks for the roots once initialized; a first call may race it, so wait for them.
      let r = await call(session, 'scan_files', { paths: [path.join(root, 'there.py')] });
      for (let i = 0; i < 100 && r.isError; i++) {
        await new Promise((done) => setTimeout(done, 50));
        r = await call(session, 'scan_files', { paths: [path.join(root, 'there.py')] });
      }
      assert.ok(!r.isError, JSON.stringify(r.content));
      assert.strictEqual((r.structuredContent!.findings as Found[])[0].file, 'there.py');
      assert.match(await errorOf(session, 'scan_files', { paths: [path.join(cwd, 'here.py')] }), /outside/);
      const relative = await call(session, 'scan_files', { paths: ['there.py'] });
      assert.strictEqual(relative.structuredContent!.filesScanned, 1);
    } finally {
      await session.close();
      fs.rmSync(cwd, { recursive: true, force: true });
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
