// Python allow-list skeletons (py-program-allowlist) and html escaping's refusal of loop sources.

import * as assert from 'assert';
import type { Finding } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/fixes/apply';
import { reportedFinding, scanner } from '../helpers';

async function findingOf(body: string, ruleId: string): Promise<{ text: string; finding: Finding }> {
  const text = `import subprocess\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n${body}\n`;
  return { text, finding: await reportedFinding(text, 'python', ruleId) };
}

describe('py-program-allowlist', () => {
  it('refuses every program until the TODO lists them, and is not offered twice', async () => {
    const { text, finding } = await findingOf(
      "@app.route('/run')\ndef run():\n    tool = request.args['tool']\n    subprocess.run(tool)",
      'py/cmdi/program-from-data',
    );
    assert.strictEqual(finding.fix?.safety, 'review');
    const out = applyEdits(text, finding.fix.edits);
    assert.ok(
      out.includes(
        "    if tool not in allowed_programs:\n        raise ValueError('program not allowed')\n    subprocess.run(tool)",
      ),
      out,
    );
    const again = (await scanner().scanText(out, 'python')).findings.find(
      (f) => f.ruleId === 'py/cmdi/program-from-data',
    );
    assert.strictEqual(again?.fix, undefined);
  });

  it('offers nothing for a whole command line (no program name to list)', async () => {
    const text =
      "import pexpect\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n@app.route('/ssh')\ndef ssh():\n    host = request.args['host']\n    pexpect.run('ssh ' + host)\n";
    const finding = (await scanner().scanText(text, 'python')).findings.find(
      (f) => f.ruleId === 'py/cmdi/program-from-data',
    );
    assert.ok(finding, 'reported');
    assert.strictEqual(finding.fix, undefined);
  });
});

describe('py-html-escape', () => {
  it('does not escape the source of a loop (it would iterate the escaped text)', async () => {
    const { finding } = await findingOf(
      "@app.route('/t')\ndef t():\n    return '<ul>' + ''.join(f'<li>{x}</li>' for x in request.args.getlist('x')) + '</ul>'",
      'py/xss/html-response',
    );
    assert.strictEqual(finding.fix, undefined);
  });
});
